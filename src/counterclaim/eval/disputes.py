"""``counterclaim eval disputes``: the claims ledger (positions and disputes) scored on a
gold set of small news scenarios.

The gold set (``bench/gold/disputes``) is one folder per scenario, each with:

* ``articles.jsonl``: 2 to 5 articles, one JSON object a line: ``id`` (``a1`` ...),
  ``title``, ``published`` (``YYYY-MM-DD``), ``outlet``, ``text``;
* ``gold.json``: ``{"propositions": [{"id": "P1", "label": ...}], "positions":
  [{"holder", "proposition", "stance", "article", "evidence"}], "disputes":
  [{"proposition", "kind"}]}`` and, where wire copies are republished,
  ``"same_story": [["a1", "a2", "a3"]]`` (positions in any article of one story are one
  position: the ledger may give its evidence from any copy).

  A gold ``holder`` is a catalogue id (``gov:UKR``), ``NEW:<Full Name>`` for an actor the
  catalogue lacks (matched by a predicted id ending in ``:<slug of the name>``, the way
  the product keys new actors), or alternatives joined by ``|`` where a careful reader
  could record either (``gov:MMR|mil:MMR`` for a military government). ``stance`` is
  ``asserts`` or ``denies``; ``evidence`` is a short exact snippet of the claim's words
  in that article, or a list of them (any of the holder's sentences that carry the
  position). ``kind`` is ``dispute`` or ``update`` (the sides are dated apart: a town
  taken, then lost).

Each scenario is ingested (:func:`counterclaim.ledger.ingest`) into a fresh temporary
SQLite store; the predicted positions are read from ``Store.propositions()`` and
``Store.positions_of()``, the disputes from ``Store.disputes()``. Scoring:

* a predicted position *matches* a gold one when holder, stance and article (or story)
  are the same and a gold snippet overlaps the predicted evidence (case-insensitive
  substring either way, the shorter side at least two words, or at least half of the
  snippet's content words in the evidence);
* each gold proposition is mapped to the predicted proposition holding the most of its
  matched positions (one-to-one: the assignment that maps the most matched positions,
  so two gold propositions tied on one predicted one do not leave the other unmapped;
  greedy, most first, when the search would be too large); a matched position is *correct*
  only when its predicted proposition is the one its gold proposition maps to. A
  predicted proposition may state the gold one's negation ("Ukraine holds Chasiv Yar"
  for "Russia has taken Chasiv Yar"): the mapping then flips every stance on it
  (``inverted``), so one ledger is not scored down for stating the other side first;
* positions: precision = correct / predicted positions (positions always have a
  holder), recall = correct / gold positions;
* disputes: a predicted dispute (kind ``dispute`` or ``update``) is correct when its
  proposition is mapped from a gold disputed proposition; precision, recall, and the
  share of correct disputes whose kind is right.

Every miss is given a cause read from the stored claims of its article: ``no-claim``
(no claim overlaps the snippet: statement or claim extraction missed it),
``article-voice`` (the words were read as the article's own claim: the attribution was
missed), ``no-holder`` (a statement, its speaker linked to no actor), ``wrong-holder``,
``wrong-stance``
(in the right proposition), ``wrong-proposition`` (right holder and stance, but grouped
with other claims), ``wrong-proposition-and-stance``.

:func:`order_independent` ingests every scenario in reverse and in a shuffled order
and checks that the ledger is the same.

Run: ``python -m counterclaim.eval.disputes bench/gold/disputes`` (``--format json`` for
every error, ``--order`` to check order independence as well).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from counterclaim.store import Store

#: Stances a gold position may take.
STANCES = ("asserts", "denies")
#: Dispute kinds a gold dispute may take.
KINDS = ("dispute", "update")
#: Share of a gold snippet's words that must be in the predicted evidence.
WORD_SHARE = 0.5
#: Seed of the shuffled ingest order (fixed, so a failure can be reproduced).
SHUFFLE_SEED = 4

_WORD = re.compile(r"\w+")
#: Words that do not count towards the word share of an overlap.
_STOPWORDS = (
    "a an the of in on at to for from by with and or but that this these those it its "
    "had has have was were is are be been being he she they we his her their our as "
    "said says not no"
)
_STOP = frozenset(_STOPWORDS.split())
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-"})


# -- gold ---------------------------------------------------------------------------


@dataclass
class GoldPosition:
    """One position a careful reader records."""

    holder: str
    proposition: str
    stance: str
    article: str
    evidence: tuple[str, ...]


@dataclass
class Scenario:
    """A scenario folder: its articles (in file order) and its gold ledger."""

    name: str
    path: Path
    articles: list[dict[str, Any]]
    propositions: dict[str, str]
    positions: list[GoldPosition]
    disputes: dict[str, str]
    story_of: dict[str, str] = field(default_factory=dict)

    def story(self, article: str) -> str:
        """The story an article belongs to (itself, unless a wire copy)."""
        return self.story_of.get(article, article)


def _fail(path: Path, reason: str) -> ValueError:
    return ValueError(f"{path}: {reason}")


def read_scenario(path: str | Path) -> Scenario:
    """Read and check one scenario folder."""
    path = Path(path)
    articles = []
    with open(path / "articles.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                rec = json.loads(line)
                if not isinstance(rec, dict) or "id" not in rec or "text" not in rec:
                    raise _fail(path, f"articles.jsonl line {n} needs an id and a text")
                articles.append(rec)
    ids = [a["id"] for a in articles]
    if len(set(ids)) != len(ids):
        raise _fail(path, "article ids repeat")
    gold = json.loads((path / "gold.json").read_text(encoding="utf-8"))
    props = {p["id"]: p["label"] for p in gold["propositions"]}
    texts = {a["id"]: a["text"] for a in articles}
    positions = []
    for p in gold["positions"]:
        ev = p["evidence"]
        evidence = (ev,) if isinstance(ev, str) else tuple(ev)
        pos = GoldPosition(p["holder"], p["proposition"], p["stance"], p["article"], evidence)
        if pos.proposition not in props:
            raise _fail(path, f"position on unknown proposition {pos.proposition}")
        if pos.stance not in STANCES:
            raise _fail(path, f"stance {pos.stance!r} is not one of {STANCES}")
        if pos.article not in texts:
            raise _fail(path, f"position in unknown article {pos.article}")
        for snippet in evidence:
            if _norm(snippet) not in _norm(texts[pos.article]):
                raise _fail(path, f"snippet {snippet!r} is not in article {pos.article}")
        positions.append(pos)
    disputes = {}
    for d in gold["disputes"]:
        if d["proposition"] not in props or d["kind"] not in KINDS:
            raise _fail(path, f"bad dispute {d}")
        disputes[d["proposition"]] = d["kind"]
    story_of = {}
    groups = gold.get("same_story", [])
    if groups and all(isinstance(a, str) for a in groups):
        groups = [groups]  # one story's copies, written as a flat list
    for group in groups:
        if not isinstance(group, list) or not all(isinstance(a, str) and a in texts for a in group):
            raise _fail(path, f"bad same_story group {group!r}: give a list of article ids")
        for a in group:
            story_of[a] = min(group)
    return Scenario(path.name, path, articles, props, positions, disputes, story_of)


def scenarios(gold_dir: str | Path, only: Sequence[str] = ()) -> list[Scenario]:
    """Every scenario under ``gold_dir`` (folders holding a gold.json), by name."""
    root = Path(gold_dir)
    found = sorted(p.parent for p in root.glob("*/gold.json"))
    if only:
        found = [p for p in found if any(o in p.name for o in only)]
    if not found:
        raise ValueError(f"no scenarios (folders with gold.json) under {root}")
    return [read_scenario(p) for p in found]


# -- prediction ---------------------------------------------------------------------


@dataclass
class Ledger:
    """What the product stored for one scenario, keyed by article ids."""

    positions: list[dict[str, Any]]
    disputes: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    labels: dict[str, str]


def _write_order(sc: Scenario, order: Sequence[int], folder: Path) -> tuple[Path, list[str]]:
    path = folder / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in order:
            f.write(json.dumps(sc.articles[i], ensure_ascii=False) + "\n")
    return path, [sc.articles[i]["id"] for i in order]


def ingest_scenario(sc: Scenario, order: Sequence[int] | None = None) -> Ledger:
    """Ingest the scenario's articles (in ``order``, default file order) into a fresh
    temporary store and read back its ledger."""
    from counterclaim.ledger import ingest

    order = list(range(len(sc.articles))) if order is None else list(order)
    with tempfile.TemporaryDirectory(prefix="cc-eval-") as tmp:
        folder = Path(tmp)
        path, ids = _write_order(sc, order, folder)
        store = Store.open(f"sqlite:///{folder / 's.db'}")
        try:
            summary = ingest([path], store)
            if summary.failed:
                raise ValueError(f"{sc.name}: ingest failed: {summary.failed}")
            return read_ledger(store, ids)
        finally:
            store.close()


def read_ledger(store: Store, article_ids: Sequence[str]) -> Ledger:
    """The store's positions, disputes and claims, documents named by the article ids
    of the JSONL lines they came from (``source`` is ``path:LINE``)."""
    article_of: dict[int, str] = {}
    for d in store.documents():
        line = int(str(d["source"]).rsplit(":", 1)[1])
        article_of[d["id"]] = article_ids[line - 1]
    labels: dict[str, str] = {}
    positions = []
    for p in store.propositions():
        labels[p["id"]] = p["label"]
        for x in store.positions_of(p["id"]):
            positions.append(
                {
                    "proposition": p["id"],
                    "label": p["label"],
                    "holder": x["holder_actor_id"],
                    "holder_name": x["holder_name"],
                    "stance": x["stance"],
                    "article": article_of[x["document_id"]],
                    "evidence": x["evidence_text"] or "",
                    "claim_id": x["claim_id"],
                }
            )
    claims = [
        {
            "id": c["id"],
            "article": article_of[c["document_id"]],
            "holder": c["holder_actor_id"],
            "holder_name": c["holder_name"],
            "stance": c["stance"],
            "frame": c["frame"],
            "place": c["place_key"],
            "evidence": c["evidence_text"] or "",
            "proposition": c["proposition_id"],
            "statement": c["statement_id"],
        }
        for c in store.claims()
    ]
    disputes = [
        {"proposition": d["proposition_id"], "kind": d["kind"], "label": d["label"]}
        for d in store.disputes()
    ]
    return Ledger(positions, disputes, claims, labels)


# -- matching -----------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.translate(_QUOTES).lower().split())


def _words(text: str) -> list[str]:
    return _WORD.findall(_norm(text))


def overlap(snippet: str, evidence: str) -> float:
    """How much a gold snippet and a predicted evidence text are the same words: 1.0
    when one is inside the other (the shorter at least two words), else the share of
    the snippet's content words found in the evidence (at most 0.99)."""
    s, e = _norm(snippet), _norm(evidence)
    if not s or not e:
        return 0.0
    shorter = s if len(s) <= len(e) else e
    if len(_words(shorter)) >= 2 and (s in e or e in s):
        return 1.0
    sw = {w for w in _words(s) if w not in _STOP} or set(_words(s))
    return min(0.99, len(sw & set(_words(e))) / len(sw)) if sw else 0.0


def overlaps(snippet: str, evidence: str) -> bool:
    """Whether a gold snippet and a predicted evidence text are the same words (see
    :func:`overlap`; at least :data:`WORD_SHARE`)."""
    return overlap(snippet, evidence) >= WORD_SHARE


def holder_matches(gold: str, predicted: str | None) -> bool:
    """A gold holder (id, ``NEW:<name>``, or ``a|b``) against a predicted actor id. A new
    actor's id is ``<kind>:<slug of its name>``, with ``@<document>`` after it when the
    name was kept to one article; the slug is what is compared."""
    if not predicted:
        return False
    for alt in gold.split("|"):
        if alt.startswith("NEW:"):
            from counterclaim.extract.actors import slug

            if predicted.split("@", 1)[0].endswith(":" + slug(alt[4:])):
                return True
        elif alt == predicted:
            return True
    return False


def _evidence_score(g: GoldPosition, text: str) -> float:
    return max(overlap(s, text) for s in g.evidence)


def _evidence_matches(g: GoldPosition, text: str) -> bool:
    return _evidence_score(g, text) >= WORD_SHARE


_FLIP = {"asserts": "denies", "denies": "asserts"}


def _stance_on(stance: str, inverted: bool) -> str:
    """A predicted stance read on the gold proposition (flipped if the predicted
    proposition states its negation)."""
    return _FLIP.get(stance, stance) if inverted else stance


def _candidates(
    sc: Scenario, g: GoldPosition, preds: Sequence[dict[str, Any]]
) -> list[tuple[int, bool]]:
    """Predicted positions that may be this gold one: (index, inverted), where
    ``inverted`` says the stance matches only if the predicted proposition is the gold
    one's negation."""
    out = []
    for k, p in enumerate(preds):
        if (
            p["stance"] in _FLIP
            and sc.story(p["article"]) == sc.story(g.article)
            and holder_matches(g.holder, p["holder"])
            and _evidence_matches(g, p["evidence"])
        ):
            out.append((k, p["stance"] != g.stance))
    return out


#: Largest number of assignments :func:`map_propositions` searches exhaustively.
MAX_ASSIGNMENTS = 200_000


def map_propositions(
    sc: Scenario, cands: Sequence[Sequence[tuple[int, bool]]], preds: Sequence[dict[str, Any]]
) -> dict[str, tuple[str, bool]]:
    """Gold proposition -> (predicted proposition, inverted), one-to-one: the assignment
    that maps the most matched positions (ties: the first in gold order, each gold
    proposition's options by count, then same orientation before inverted)."""
    counts: Counter[tuple[str, bool, str]] = Counter()
    for g, ks in zip(sc.positions, cands, strict=True):
        for q, inv in {(preds[k]["proposition"], inv) for k, inv in ks}:
            counts[(g.proposition, inv, q)] += 1
    options: dict[str, list[tuple[int, str, bool]]] = {}
    for (gp, inv, q), n in counts.items():
        options.setdefault(gp, []).append((n, q, inv))
    golds = sorted(options)
    for gp in golds:
        options[gp].sort(key=lambda o: (-o[0], o[2], o[1]))
    size = 1
    for gp in golds:
        size *= len(options[gp]) + 1
    if size > MAX_ASSIGNMENTS:
        return _greedy(options)
    best: tuple[int, dict[str, tuple[str, bool]]] = (-1, {})

    def search(i: int, used: set[str], total: int, chosen: dict[str, tuple[str, bool]]) -> None:
        nonlocal best
        if i == len(golds):
            if total > best[0]:
                best = (total, dict(chosen))
            return
        gp = golds[i]
        for n, q, inv in options[gp]:
            if q not in used:
                chosen[gp] = (q, inv)
                search(i + 1, used | {q}, total + n, chosen)
                del chosen[gp]
        search(i + 1, used, total, chosen)

    search(0, set(), 0, {})
    return best[1]


def _greedy(options: dict[str, list[tuple[int, str, bool]]]) -> dict[str, tuple[str, bool]]:
    flat = sorted(
        ((n, gp, q, inv) for gp, opts in options.items() for n, q, inv in opts),
        key=lambda x: (-x[0], x[1], x[3], x[2]),
    )
    mapping: dict[str, tuple[str, bool]] = {}
    used: set[str] = set()
    for _n, gp, q, inv in flat:
        if gp not in mapping and q not in used:
            mapping[gp] = (q, inv)
            used.add(q)
    return mapping


def _diagnose(
    sc: Scenario, g: GoldPosition, ledger: Ledger, target: tuple[str, bool] | None
) -> dict[str, Any]:
    """Why a gold position was not found: what the stored claim of its article that
    overlaps its snippet most says (the right holder's first, on a tie)."""
    story = sc.story(g.article)
    scored = [
        (_evidence_score(g, c["evidence"]), c)
        for c in ledger.claims
        if sc.story(c["article"]) == story
    ]
    best = max((s for s, _ in scored), default=0.0)
    ranked = [(s, c) for s, c in scored if s >= WORD_SHARE and s >= best - 0.2]
    ranked.sort(
        key=lambda x: (
            not holder_matches(g.holder, x[1]["holder"]),
            -x[0],
            len(x[1]["evidence"]),
        )
    )
    near = [c for _s, c in ranked]
    stance_of = {p["claim_id"]: p["stance"] for p in ledger.positions}
    prop, inverted = target if target else (None, False)

    def brief(c: dict[str, Any]) -> dict[str, Any]:
        return {
            "holder": c["holder"],
            "holder_name": c["holder_name"],
            "stance": stance_of.get(c["id"], c["stance"]),
            "frame": c["frame"],
            "place": c["place"],
            "proposition": ledger.labels.get(c["proposition"] or "", None),
            "evidence": c["evidence"],
        }

    right_holder = [c for c in near if holder_matches(g.holder, c["holder"])]
    for c in right_holder:
        own = c["proposition"] == prop
        stance = stance_of.get(c["id"], c["stance"])
        right_stance = _stance_on(stance, inverted if own else False) == g.stance
        if own and right_stance:
            # the claim is there, but its position was folded into an earlier one
            return {"cause": "duplicate-folded", "predicted": brief(c)}
        cause = (
            "wrong-stance"
            if own
            else "wrong-proposition"
            if right_stance or stance not in _FLIP
            else "wrong-proposition-and-stance"
        )
        return {"cause": cause, "predicted": brief(c)}
    if any(c["holder"] for c in near):
        return {"cause": "wrong-holder", "predicted": brief(next(c for c in near if c["holder"]))}
    if near:
        with_statement = [c for c in near if c["statement"] is not None]
        if with_statement:
            return {"cause": "no-holder", "predicted": brief(with_statement[0])}
        return {"cause": "article-voice", "predicted": brief(near[0])}
    return {"cause": "no-claim", "predicted": None}


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 1.0


def _prf(correct: int, predicted: int, gold: int) -> dict[str, Any]:
    p, r = _ratio(correct, predicted), _ratio(correct, gold)
    f1 = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": f1,
        "correct": correct,
        "predicted": predicted,
        "gold": gold,
    }


def score(sc: Scenario, ledger: Ledger) -> dict[str, Any]:
    """Scores and errors of one scenario's ledger against its gold."""
    preds = ledger.positions
    cands = [_candidates(sc, g, preds) for g in sc.positions]
    mapping = map_propositions(sc, cands, preds)
    used: set[int] = set()
    errors: list[dict[str, Any]] = []
    correct = 0
    for g, ks in zip(sc.positions, cands, strict=True):
        target = mapping.get(g.proposition)
        hit = next(
            (k for k, inv in ks if k not in used and (preds[k]["proposition"], inv) == target),
            None,
        )
        if hit is not None:
            used.add(hit)
            correct += 1
            continue
        why = _diagnose(sc, g, ledger, target)
        errors.append(
            {
                "scenario": sc.name,
                "error": "missing",
                "cause": why["cause"],
                "gold": {
                    "holder": g.holder,
                    "proposition": g.proposition,
                    "label": sc.propositions[g.proposition],
                    "stance": g.stance,
                    "article": g.article,
                    "evidence": list(g.evidence),
                },
                "predicted": why["predicted"],
            }
        )
    for k, p in enumerate(preds):
        if k not in used:
            errors.append(
                {
                    "scenario": sc.name,
                    "error": "extra",
                    "cause": _extra_cause(sc, p, mapping),
                    "gold": None,
                    "predicted": _pred_brief(p),
                }
            )
    # disputes
    reverse = {q: gp for gp, (q, _inv) in mapping.items()}
    d_correct = 0
    kind_right = 0
    hit_gold: set[str] = set()
    for d in ledger.disputes:
        gp = reverse.get(d["proposition"])
        if gp is not None and gp in sc.disputes and gp not in hit_gold:
            hit_gold.add(gp)
            d_correct += 1
            if d["kind"] == sc.disputes[gp]:
                kind_right += 1
            else:
                errors.append(
                    {
                        "scenario": sc.name,
                        "error": "dispute-kind",
                        "cause": f"gold {sc.disputes[gp]}, predicted {d['kind']}",
                        "gold": {"proposition": gp, "label": sc.propositions[gp]},
                        "predicted": d,
                    }
                )
        else:
            errors.append(
                {
                    "scenario": sc.name,
                    "error": "extra-dispute",
                    "cause": ("not disputed in gold" if gp is not None else "no gold proposition"),
                    "gold": {"proposition": gp, "label": sc.propositions[gp]} if gp else None,
                    "predicted": d,
                }
            )
    disputed = {d["proposition"] for d in ledger.disputes}
    for gp, kind in sc.disputes.items():
        if gp in hit_gold:
            continue
        q = mapping[gp][0] if gp in mapping else None
        errors.append(
            {
                "scenario": sc.name,
                "error": "missing-dispute",
                "cause": (
                    "gold proposition not found"
                    if q is None
                    else "found, one side missing"
                    if q not in disputed
                    else "found"
                ),
                "gold": {"proposition": gp, "label": sc.propositions[gp], "kind": kind},
                "predicted": {"proposition": q, "label": ledger.labels.get(q)} if q else None,
            }
        )
    splits, merges = _splits_merges(sc, cands, preds)
    return {
        "scenario": sc.name,
        "articles": len(sc.articles),
        "positions": _prf(correct, len(preds), len(sc.positions)),
        "disputes": {
            **_prf(d_correct, len(ledger.disputes), len(sc.disputes)),
            "kind_right": kind_right,
            "kind_accuracy": _ratio(kind_right, d_correct),
        },
        "propositions": {
            "gold": len(sc.propositions),
            "predicted": len(ledger.labels),
            "mapped": len(mapping),
            "inverted": sum(1 for _q, inv in mapping.values() if inv),
            "split": splits,
            "merged": merges,
        },
        "errors": errors,
    }


def _pred_brief(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "holder": p["holder"],
        "holder_name": p["holder_name"],
        "stance": p["stance"],
        "article": p["article"],
        "proposition": p["label"],
        "evidence": p["evidence"],
    }


def _extra_cause(sc: Scenario, p: dict[str, Any], mapping: dict[str, tuple[str, bool]]) -> str:
    """What a predicted position not in the gold is, as far as the gold can tell: the
    gold position its evidence overlaps most (the same holder's first, on a tie)."""
    scored = [
        (_evidence_score(g, p["evidence"]), holder_matches(g.holder, p["holder"]), g)
        for g in sc.positions
        if sc.story(g.article) == sc.story(p["article"])
    ]
    scored = [x for x in scored if x[0] >= WORD_SHARE]
    if not scored:
        return "not in gold"
    _s, same_holder, g = max(scored, key=lambda x: (x[0], x[1]))
    if not same_holder:
        return "wrong holder"
    q, inv = mapping.get(g.proposition, (None, False))
    if q != p["proposition"]:
        return "wrong proposition"
    if _stance_on(p["stance"], inv) != g.stance:
        return "wrong stance"
    return "duplicate position"


def _splits_merges(
    sc: Scenario, cands: Sequence[Sequence[tuple[int, bool]]], preds: Sequence[dict[str, Any]]
) -> tuple[int, int]:
    """Gold propositions whose matched positions lie in more than one predicted
    proposition (split), and predicted propositions holding matched positions of more
    than one gold proposition (merged)."""
    by_gold: dict[str, set[str]] = {}
    by_pred: dict[str, set[str]] = {}
    for g, ks in zip(sc.positions, cands, strict=True):
        for k, _inv in ks:
            q = preds[k]["proposition"]
            by_gold.setdefault(g.proposition, set()).add(q)
            by_pred.setdefault(q, set()).add(g.proposition)
    return (
        sum(1 for v in by_gold.values() if len(v) > 1),
        sum(1 for v in by_pred.values() if len(v) > 1),
    )


# -- the whole set ------------------------------------------------------------------


def _total(rows: Iterable[dict[str, Any]], part: str) -> dict[str, Any]:
    rows = list(rows)
    c = sum(r[part]["correct"] for r in rows)
    p = sum(r[part]["predicted"] for r in rows)
    g = sum(r[part]["gold"] for r in rows)
    return _prf(c, p, g)


def run(gold_dir: str | Path, only: Sequence[str] = ()) -> dict[str, Any]:
    """Ingest every scenario into a fresh store and score its ledger; micro-averaged
    totals, per-scenario scores and every error (with its cause)."""
    rows = []
    for sc in scenarios(gold_dir, only):
        rows.append(score(sc, ingest_scenario(sc)))
    disputes = _total(rows, "disputes")
    kind_right = sum(r["disputes"]["kind_right"] for r in rows)
    errors = [e for r in rows for e in r.pop("errors")]
    causes = Counter(f"{e['error']}:{e['cause']}" for e in errors)
    return {
        "scenarios": len(rows),
        "articles": sum(r["articles"] for r in rows),
        "positions": _total(rows, "positions"),
        "disputes": {
            **disputes,
            "kind_right": kind_right,
            "kind_accuracy": _ratio(kind_right, disputes["correct"]),
        },
        "per_scenario": rows,
        "error_causes": dict(sorted(causes.items(), key=lambda kv: (-kv[1], kv[0]))),
        "errors": errors,
    }


# -- order independence -------------------------------------------------------------


def signature(ledger: Ledger) -> tuple[frozenset[tuple[Any, ...]], frozenset[tuple[Any, ...]]]:
    """A ledger as sets: positions (proposition label, holder, stance, evidence,
    article) and disputes (label, kind)."""
    pos = frozenset(
        (p["label"], p["holder"], p["stance"], p["evidence"], p["article"])
        for p in ledger.positions
    )
    dis = frozenset((d["label"], d["kind"]) for d in ledger.disputes)
    return pos, dis


def order_differences(gold_dir: str | Path, only: Sequence[str] = ()) -> list[dict[str, Any]]:
    """For each scenario, ingest it in file order, in reverse and shuffled (fixed seed)
    into fresh stores; one row per order whose ledger differs from file order's."""
    out = []
    rng = random.Random(SHUFFLE_SEED)
    for sc in scenarios(gold_dir, only):
        n = len(sc.articles)
        base = signature(ingest_scenario(sc))
        shuffled = list(range(n))
        while n > 1 and shuffled == list(range(n)):
            rng.shuffle(shuffled)
        for name, order in (("reverse", list(range(n))[::-1]), ("shuffled", shuffled)):
            other = signature(ingest_scenario(sc, order))
            if other != base:
                out.append(
                    {
                        "scenario": sc.name,
                        "order": name,
                        "articles": [sc.articles[i]["id"] for i in order],
                        "positions_only_in_file_order": sorted(map(str, base[0] - other[0])),
                        "positions_only_in_this_order": sorted(map(str, other[0] - base[0])),
                        "disputes_only_in_file_order": sorted(map(str, base[1] - other[1])),
                        "disputes_only_in_this_order": sorted(map(str, other[1] - base[1])),
                    }
                )
    return out


def order_independent(gold_dir: str | Path, only: Sequence[str] = ()) -> bool:
    """Whether every scenario gives the same ledger in reverse and shuffled order."""
    return not order_differences(gold_dir, only)


# -- command line -------------------------------------------------------------------


#: Columns of :func:`table_rows` (for a listing face: table, csv).
ROW_COLUMNS = (
    "scenario",
    "positions_p",
    "positions_r",
    "positions",
    "disputes_p",
    "disputes_r",
    "disputes",
    "kind_right",
)


def table_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row per scenario and a last ``TOTAL`` row (micro-averaged); the counts
    columns are ``correct/predicted/gold``."""

    def row(name: str, pos: dict[str, Any], dis: dict[str, Any]) -> dict[str, Any]:
        return {
            "scenario": name,
            "positions_p": pos["precision"],
            "positions_r": pos["recall"],
            "positions": f"{pos['correct']}/{pos['predicted']}/{pos['gold']}",
            "disputes_p": dis["precision"],
            "disputes_r": dis["recall"],
            "disputes": f"{dis['correct']}/{dis['predicted']}/{dis['gold']}",
            "kind_right": f"{dis['kind_right']}/{dis['correct']}",
        }

    rows = [row(r["scenario"], r["positions"], r["disputes"]) for r in result["per_scenario"]]
    rows.append(row("TOTAL", result["positions"], result["disputes"]))
    return rows


def summary(result: dict[str, Any]) -> str:
    """A plain-text report: per scenario and total P/R, then error causes."""

    def cell(s: dict[str, Any]) -> str:
        counts = f"{s['correct']}/{s['predicted']}/{s['gold']}"
        return f"P {s['precision']:.2f} R {s['recall']:.2f} ({counts})"

    lines = [f"{'scenario':46} {'positions':28} disputes"]
    for r in result["per_scenario"]:
        lines.append(f"{r['scenario'][:46]:46} {cell(r['positions']):28} {cell(r['disputes'])}")
    d = result["disputes"]
    lines.append(
        f"{'TOTAL (micro)':46} {cell(result['positions']):28} {cell(d)}"
        f"  kind right {d['kind_right']}/{d['correct']}"
    )
    lines.append("")
    lines.append("error causes:")
    for cause, n in result["error_causes"].items():
        lines.append(f"  {n:4}  {cause}")
    if "order_independent" in result:
        lines.append(f"order independent: {result['order_independent']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Score the gold set; ``--order`` also checks order independence."""
    parser = argparse.ArgumentParser(prog="python -m counterclaim.eval.disputes")
    parser.add_argument("gold_dir", type=Path, nargs="?", default=Path("bench/gold/disputes"))
    parser.add_argument("--format", "-f", choices=("table", "json"), default="table")
    parser.add_argument("--order", action="store_true", help="also check order independence")
    parser.add_argument("--scenario", action="append", default=[], help="only these (substring)")
    args = parser.parse_args(argv)
    result = run(args.gold_dir, args.scenario)
    if args.order:
        diffs = order_differences(args.gold_dir, args.scenario)
        result["order_independent"] = not diffs
        result["order_differences"] = diffs
    print(
        json.dumps(result, indent=2, ensure_ascii=False)
        if args.format == "json"
        else summary(result)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
