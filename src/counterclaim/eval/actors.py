"""``counterclaim eval actors``: speaker linking scored on a gold set of articles.

The gold set (``bench/gold/actors``) is a folder with ``articles/*.txt`` and a
``gold.tsv`` with the header ``file published mention occurrence actor garbled note``:

* ``mention`` is a speaker (or outlet) mention exactly as written, ``occurrence`` which
  occurrence of that string in the file (1-based, whole words, case-sensitive);
* ``actor`` is a catalogue id, ``NEW:<kind>:<Full Name>`` for an actor the catalogue
  lacks, or ``NONE`` when nothing should be linked;
* ``garbled`` is ``yes`` for names spelt as machine translation or OCR spell them.

Each article is analysed with :func:`counterclaim.pipeline.analyze` (``published``
from the gold file); each gold mention is matched to the statement speaker or via span
that overlaps it most. Scores:

* ``accuracy``: share of the gold mentions that a statement covers whose predicted
  actor equals the gold (a catalogue id equal; ``NEW`` matched by a link whose method
  ends in ``new`` with the same normalised name and kind; ``NONE`` by no link);
  ``accuracy_all`` counts the ``missed`` mentions (no statement covers them) as unlinked;
* ``linking``: precision (correct links / links predicted on gold mentions), recall
  (correct links / gold mentions that should be linked, missed ones included), F1;
* the same on the ``garbled`` subset; counts per method; one row per error.

Run: ``python -m counterclaim.eval.actors bench/gold/actors`` (``--json`` for all
rows; ``--overhead DIR`` to time linking on a folder of texts).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import re
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counterclaim.actors import normalise
from counterclaim.errors import CounterclaimError
from counterclaim.records import ActorRef, Analysis, Mention

#: The columns of gold.tsv, in order.
COLUMNS = ("file", "published", "mention", "occurrence", "actor", "garbled", "note")
#: Gold kinds of new actors -> predicted kinds that count as the same.
_KIND_MATCH: dict[str, frozenset[str]] = {
    "person": frozenset({"person"}),
    "organisation": frozenset({"organisation", "group"}),
    "group": frozenset({"organisation", "group"}),
    "media": frozenset({"media"}),
    "government": frozenset({"government"}),
    "military": frozenset({"military"}),
}


class GoldError(CounterclaimError):
    """The gold set is malformed (a missing file, a mention not found in its article)."""


@dataclass(frozen=True)
class GoldMention:
    """One annotated speaker mention and where it is in its article."""

    file: str
    published: str | None
    mention: str
    occurrence: int
    actor: str
    garbled: bool
    note: str
    start: int
    end: int

    @property
    def should_link(self) -> bool:
        """Whether the gold expects a link (anything but NONE)."""
        return self.actor != "NONE"


@dataclass(frozen=True)
class Prediction:
    """What the pipeline said about one gold mention."""

    covered: bool  # a statement's speaker or via span overlaps the mention
    span: str | None  # that span's text
    actor: ActorRef | None


def locate(text: str, mention: str, occurrence: int) -> tuple[int, int]:
    """Character range of the ``occurrence``-th whole-word occurrence of ``mention``."""
    pattern = r"(?<!\w)" + re.escape(mention) + r"(?!\w)"
    for k, m in enumerate(re.finditer(pattern, text), start=1):
        if k == occurrence:
            return m.start(), m.end()
    raise GoldError(f"{mention!r} does not occur {occurrence} time(s)")


def read_gold(gold_dir: str | Path) -> tuple[dict[str, str], list[GoldMention]]:
    """Article texts by file name, and the gold mentions located in them."""
    base = Path(gold_dir)
    table = base / "gold.tsv"
    if not table.is_file():
        raise GoldError(f"{table} not found")
    texts: dict[str, str] = {}
    gold: list[GoldMention] = []
    with table.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise GoldError(f"{table}: header is not {' '.join(COLUMNS)}")
        for lineno, row in enumerate(reader, start=2):
            name = row["file"]
            if name not in texts:
                path = base / "articles" / name
                if not path.is_file():
                    raise GoldError(f"{table}:{lineno}: {path} not found")
                texts[name] = path.read_text(encoding="utf-8")
            try:
                occurrence = int(row["occurrence"])
                start, end = locate(texts[name], row["mention"], occurrence)
            except (ValueError, GoldError) as exc:
                raise GoldError(f"{table}:{lineno}: {exc}") from exc
            gold.append(
                GoldMention(
                    file=name,
                    published=row["published"] or None,
                    mention=row["mention"],
                    occurrence=occurrence,
                    actor=row["actor"],
                    garbled=row["garbled"].strip().lower() == "yes",
                    note=row["note"],
                    start=start,
                    end=end,
                )
            )
    return texts, gold


def _mentions(analysis: Analysis) -> Iterable[Mention]:
    for st in analysis.statements:
        if st.speaker is not None:
            yield st.speaker
        if st.via is not None:
            yield st.via


def predict(gold: GoldMention, analysis: Analysis) -> Prediction:
    """The speaker or via span overlapping the gold mention most (the tighter span on a
    tie) and its actor."""
    best: tuple[int, int, Mention] | None = None
    for m in _mentions(analysis):
        overlap = min(m.end, gold.end) - max(m.start, gold.start)
        if overlap <= 0:
            continue
        key = (overlap, -(m.end - m.start))
        if best is None or key > best[:2]:
            best = (*key, m)
    if best is None:
        return Prediction(False, None, None)
    return Prediction(True, best[2].text, best[2].actor)


def is_correct(gold_actor: str, predicted: ActorRef | None) -> bool:
    """Whether a predicted link (or its absence) equals the gold actor."""
    if gold_actor == "NONE":
        return predicted is None
    if predicted is None:
        return False
    if gold_actor.startswith("NEW:"):
        _, kind, name = gold_actor.split(":", 2)
        return (
            predicted.method.endswith("new")
            and normalise(predicted.name) == normalise(name)
            and predicted.kind in _KIND_MATCH.get(kind, frozenset({kind}))
        )
    return predicted.id == gold_actor


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def _linking(rows: Sequence[tuple[GoldMention, Prediction, bool]]) -> dict[str, Any]:
    predicted = [r for r in rows if r[1].actor is not None]
    tp = sum(1 for r in predicted if r[2])
    should = sum(1 for g, _, _ in rows if g.should_link)
    p, r = _ratio(tp, len(predicted)), _ratio(tp, should)
    f1 = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": f1,
        "tp": tp,
        "predicted": len(predicted),
        "gold": should,
    }


def _block(rows: Sequence[tuple[GoldMention, Prediction, bool]]) -> dict[str, Any]:
    covered = [r for r in rows if r[1].covered]
    return {
        "mentions": len(rows),
        "covered": len(covered),
        "missed": len(rows) - len(covered),
        "accuracy": _ratio(sum(1 for r in covered if r[2]), len(covered)),
        "accuracy_all": _ratio(sum(1 for r in rows if r[2]), len(rows)),
        "linking": _linking(rows),
    }


def _error(g: GoldMention, p: Prediction) -> dict[str, Any]:
    a = p.actor
    if not p.covered:
        what = "missed"
    elif a is None:
        what = "unlinked"
    elif not g.should_link:
        what = "spurious"
    else:
        what = "wrong"
    return {
        "error": what,
        "file": g.file,
        "mention": g.mention,
        "occurrence": g.occurrence,
        "gold": g.actor,
        "predicted": a.id if a else None,
        "method": a.method if a else None,
        "confidence": round(a.confidence, 3) if a else None,
        "evidence": a.evidence if a else None,
        "span": p.span,
        "garbled": g.garbled,
        "note": g.note,
    }


def score(pairs: Sequence[tuple[GoldMention, Prediction]]) -> dict[str, Any]:
    """Accuracy, linking precision/recall/F1 (all and garbled), methods and errors."""
    rows = [(g, p, is_correct(g.actor, p.actor)) for g, p in pairs]
    methods: dict[str, dict[str, int]] = {}
    for _, p, ok in rows:
        if p.actor is None:
            continue
        m = methods.setdefault(p.actor.method, {"links": 0, "correct": 0})
        m["links"] += 1
        m["correct"] += int(ok)
    return {
        "articles": len({g.file for g, _ in pairs}),
        **_block(rows),
        "garbled": _block([r for r in rows if r[0].garbled]),
        "methods": dict(sorted(methods.items())),
        "errors": [_error(g, p) for g, p, ok in rows if not ok],
    }


def run(gold_dir: str | Path, nlp: Any = None) -> dict[str, Any]:
    """Analyse every gold article and score the links of its gold mentions."""
    from counterclaim.pipeline import analyze

    texts, gold = read_gold(gold_dir)
    published = {g.file: g.published for g in gold}
    analyses = {
        name: analyze(text, published=published[name], nlp=nlp) for name, text in texts.items()
    }
    return score([(g, predict(g, analyses[g.file])) for g in gold])


# --- linking cost -----------------------------------------------------------------------


def linking_overhead(texts: Sequence[str], repeat: int = 3, nlp: Any = None) -> dict[str, Any]:
    """What linking adds to analyze time over ``texts``, two ways, medians of ``repeat``:

    * A/B: ``analyze_documents`` with and without the ``cc_actors`` component (same
      texts, same process, alternating which goes first), wall-clock and process CPU;
    * direct: the time of ``extract.actors.link_statements`` alone on the parsed docs,
      as a share of the analyze time without it (steadier on a shared machine).
    """
    from counterclaim import nlp as nlp_mod
    from counterclaim.extract.actors import link_statements
    from counterclaim.pipeline import analyze_documents
    from counterclaim.records import Document

    nlp = nlp or nlp_mod.load()
    published = "2024-01-01"

    def once(disable: bool) -> tuple[float, float]:
        docs = (Document(text=t, source=f"t{i}", published=published) for i, t in enumerate(texts))
        w0, c0 = time.perf_counter(), time.process_time()
        if disable:
            with nlp.select_pipes(disable=["cc_actors"]):
                list(analyze_documents(docs, nlp))
        else:
            list(analyze_documents(docs, nlp))
        return time.perf_counter() - w0, time.process_time() - c0

    once(False)  # warm up (model, catalogue, indexes)
    once(True)
    runs: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    for k in range(repeat):
        for disable in (False, True) if k % 2 == 0 else (True, False):
            runs[disable].append(once(disable))
    wall = {d: statistics.median(r[0] for r in rs) for d, rs in runs.items()}
    cpu = {d: statistics.median(r[1] for r in rs) for d, rs in runs.items()}
    # direct: link the statements of already parsed docs, timed alone
    with nlp.select_pipes(disable=["cc_actors"]):
        parsed = list(nlp.pipe(texts))
    direct: list[float] = []
    for _ in range(repeat):
        c0 = time.process_time()
        for doc in parsed:
            link_statements(doc, doc._.statements or [], published)
        direct.append(time.process_time() - c0)
    link_cpu = statistics.median(direct)
    return {
        "texts": len(texts),
        "characters": sum(len(t) for t in texts),
        "repeat": repeat,
        "wall_seconds_without_actors": round(wall[True], 3),
        "wall_seconds_with_actors": round(wall[False], 3),
        "wall_overhead_percent": round(100 * (wall[False] / wall[True] - 1), 2),
        "cpu_seconds_without_actors": round(cpu[True], 3),
        "cpu_seconds_with_actors": round(cpu[False], 3),
        "cpu_overhead_percent": round(100 * (cpu[False] / cpu[True] - 1), 2),
        "link_statements_cpu_seconds": round(link_cpu, 3),
        "link_statements_percent_of_analyze": round(100 * link_cpu / cpu[True], 2),
    }


def _summary(result: dict[str, Any]) -> str:
    lines = [
        f"{result['articles']} articles, {result['mentions']} gold mentions, "
        f"{result['covered']} covered by a statement, {result['missed']} missed"
    ]
    for label, block in (("all", result), ("garbled", result["garbled"])):
        lk = block["linking"]
        lines.append(
            f"{label:8} accuracy {block['accuracy']:.3f} (all {block['accuracy_all']:.3f}, "
            f"n={block['covered']})  linking P {lk['precision']:.3f} R {lk['recall']:.3f} "
            f"F1 {lk['f1']:.3f} ({lk['tp']}/{lk['predicted']}/{lk['gold']})"
        )
    for method, m in result["methods"].items():
        lines.append(f"  {method:22} {m['correct']}/{m['links']}")
    for e in result["errors"]:
        lines.append(
            f"  {e['error']:8} {e['file'][:2]} {e['mention']!r}: gold {e['gold']}, "
            f"got {e['predicted']} ({e['method']}) span {e['span']!r}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Score the gold set (or time linking with ``--overhead DIR``)."""
    parser = argparse.ArgumentParser(prog="python -m counterclaim.eval.actors")
    parser.add_argument("gold_dir", type=Path, nargs="?", default=Path("bench/gold/actors"))
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument("--overhead", type=Path, help="time linking on the *.txt under DIR")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if args.overhead is not None:
        paths = sorted(args.overhead.rglob("*.txt"))
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
        print(json.dumps(linking_overhead(texts, args.repeat), indent=2))
        return 0
    result = run(args.gold_dir)
    with contextlib.suppress(BrokenPipeError):  # piped into head
        print(json.dumps(result, indent=2) if args.json else _summary(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
