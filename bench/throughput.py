"""Throughput: counterclaim's full per-document path against bare spaCy, same texts.

(a) bare spaCy: ``spacy.load(settings.model_name())`` and
    ``list(nlp.pipe(texts, batch_size=32))``;
(b) counterclaim: ``pipeline.analyze_documents(Document(...) for ...)``, i.e. clean,
    spaCy plus our ``cc_*`` components, offset mapping.

Both are warmed up, then timed ``--repeat`` times, alternating which goes first
(a b, b a, a b, ...); the median is reported, as wall-clock and as process CPU time
(CPU time is the steadier figure on a shared machine). Extractor overhead is
``time_b / time_a - 1``, of the medians and (steadier when the machine's speed drifts
between runs) the median of each run's own ratio, its two paths timed back to back.
A separate pass then runs the same stages one at a time over all texts (each
component of the loaded pipeline over the whole batch, in order) to attribute the
time: clean, chunking, tokenizer, each model component, each of our ``cc_*``
components (``cc_statements`` split further into quotes/context, extraction, cue
finding, role decoding, speaker resolution) and offset mapping. Single process
throughout.

    python bench/throughput.py                 # PolNeAR dev texts, tables
    python bench/throughput.py --texts DIR --repeat 5 --json
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Callable
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from benchutil import Corpus, Stages, Timers, load_corpus, machine_facts, median, table, timed
from counterclaim import nlp as nlp_mod
from counterclaim import pipeline, settings
from counterclaim.clean import clean
from counterclaim.extract import attribution, speakers
from counterclaim.extract.context import DocContext
from counterclaim.pipeline import ExtractionError, analyze_documents
from counterclaim.records import Analysis, Document

BATCH_SIZE = 32

#: Stages of ours outside the spaCy components (every ``cc_*`` component is ours too).
OWN_STAGES = ("clean", "chunk", "offset mapping")
#: Steps inside our components, timed by wrapping them where the components look
#: them up (label, owner, attribute); inclusive, so they overlap their component.
SUBSTEPS: tuple[tuple[str, object, str], ...] = (
    ("  cc_statements > DocContext (quotes)", DocContext, "__init__"),
    ("  cc_statements > attribution.extract", attribution, "extract"),
    ("  cc_statements > extract > find_cues", attribution, "find_cues"),
    ("  cc_statements > extract > decode_roles", attribution, "decode_roles"),
    ("  cc_statements > speakers.resolve", speakers, "resolve"),
)


def is_ours(stage: str) -> bool:
    return stage in OWN_STAGES or stage.startswith("cc_")


def run_spacy(nlp: Language, texts: list[str]) -> list[Doc]:
    """(a) bare spaCy over all texts."""
    return list(nlp.pipe(texts, batch_size=BATCH_SIZE))


def to_documents(corpus: Corpus) -> list[Document]:
    return [Document(text=t, source=n) for n, t in zip(corpus.names, corpus.texts, strict=True)]


def run_analyze(nlp: Language, corpus: Corpus) -> list[Analysis | ExtractionError]:
    """(b) counterclaim's full path over all texts."""
    return list(analyze_documents(to_documents(corpus), nlp, batch_size=BATCH_SIZE))


def _apply(proc: Callable[[Doc], Doc], docs: list[Doc]) -> list[Doc]:
    pipe = getattr(proc, "pipe", None)
    if pipe is not None:
        return list(pipe(docs, batch_size=BATCH_SIZE))
    return [proc(d) for d in docs]


def breakdown(nlp: Language, corpus: Corpus) -> tuple[Stages, dict[str, float], int]:
    """Time each stage of the analyze path, each stage run over all texts in turn.

    Follows ``pipeline._run_batch``: clean, cut into pieces, make the docs, then each
    component of the loaded pipeline in order (ours included, as they are), then the
    offset mapping. Steps inside our components (``SUBSTEPS``) are timed by wrappers.
    Returns the stage times, the sub-step seconds and the statements mapped.
    """
    st = Stages()
    documents = to_documents(corpus)
    with st.stage("clean"):
        cleaned = [clean(d.text) for d in documents]
    with st.stage("chunk"):
        pieces = [(i, off, s) for i, c in enumerate(cleaned) for off, s in pipeline.chunks(c.text)]
    with st.stage("spaCy: tokenizer"):
        docs = [nlp.make_doc(s) for _, _, s in pieces]
        for (i, _, _), doc in zip(pieces, docs, strict=True):
            d = documents[i]
            for ext, value in (
                ("published", d.published),
                ("doc_key", d.content_hash[:12]),
                ("outlet", d.outlet),
            ):
                if Doc.has_extension(ext):
                    setattr(doc._, ext, value)
    timers = Timers()
    with timers.patched(SUBSTEPS):
        for name, proc in nlp.pipeline:
            with st.stage(name if name.startswith("cc_") else f"spaCy: {name}"):
                docs = _apply(proc, docs)
    n = 0
    with st.stage("offset mapping"):
        results = [Analysis(document=d) for d in documents]
        collect = getattr(pipeline, "_collect", None)
        for (i, off, _), doc in zip(pieces, docs, strict=True):
            if collect is not None:
                collect(results[i], doc, cleaned[i], off)
            else:  # before pipeline._collect existed
                results[i].statements.extend(
                    pipeline._statement(r, cleaned[i], off, documents[i].text)
                    for r in doc._.statements
                )
        n = sum(len(r.statements) for r in results)
    sub = {label: s.seconds for label, s in timers.stats.items() if s.calls}
    return st, sub, n


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """Load, warm up, time (a) and (b) alternately, then the per-stage breakdown."""
    corpus = load_corpus(args.texts)
    model = settings.model_name()
    log(f"{corpus.source}: {len(corpus.texts)} texts; loading {model} twice (bare, ours)")
    bare = spacy.load(model)
    cc = nlp_mod.load()
    warm = Corpus(corpus.names[:2], corpus.texts[:2], "warm-up")
    run_spacy(bare, warm.texts)
    run_analyze(cc, warm)
    breakdown(cc, warm)

    tokens = sum(len(bare.make_doc(t)) for t in corpus.texts)
    wall: dict[str, list[float]] = {"spacy": [], "analyze": []}
    cpu: dict[str, list[float]] = {"spacy": [], "analyze": []}
    stages: list[Stages] = []
    subs: list[dict[str, float]] = []
    statements = errors = bd_statements = 0
    for r in range(args.repeat):
        order = ("spacy", "analyze") if r % 2 == 0 else ("analyze", "spacy")
        for which in order:
            gc.collect()
            if which == "spacy":
                t, _ = timed(lambda: run_spacy(bare, corpus.texts))
            else:
                t, out = timed(lambda: run_analyze(cc, corpus))
                assert isinstance(out, list)
                errors = sum(isinstance(x, ExtractionError) for x in out)
                statements = sum(len(x.statements) for x in out if isinstance(x, Analysis))
            wall[which].append(t.wall)
            cpu[which].append(t.cpu)
            log(f"  run {r + 1}/{args.repeat} {which}: {t.wall:.2f}s wall, {t.cpu:.2f}s cpu")
        if not args.no_breakdown:
            gc.collect()
            st, sub, bd_statements = breakdown(cc, corpus)
            stages.append(st)
            subs.append(sub)
            log(f"  run {r + 1}/{args.repeat} breakdown: {sum(st.cpu.values()):.2f}s cpu")

    n_docs, words = len(corpus.texts), corpus.words
    a_w, b_w = median(wall["spacy"]), median(wall["analyze"])
    a_c, b_c = median(cpu["spacy"]), median(cpu["analyze"])
    result: dict[str, Any] = {
        "command": "python " + " ".join(sys.argv),
        "machine": machine_facts(model, cc.meta.get("version", "?")),
        "corpus": {
            "source": corpus.source,
            "documents": n_docs,
            "chars": corpus.chars,
            "words": words,
            "spacy_tokens": tokens,
        },
        "repeat": args.repeat,
        "batch_size": BATCH_SIZE,
        "runs": {"wall_seconds": wall, "cpu_seconds": cpu},
        "spacy": _rates(a_w, a_c, n_docs, words),
        "analyze": _rates(b_w, b_c, n_docs, words),
        "overhead_pct": {
            "wall": round((b_w / a_w - 1) * 100, 1),
            "cpu": round((b_c / a_c - 1) * 100, 1),
        },
        # each run times the two paths back to back: the ratio within a run cancels the
        # machine's drift over minutes, which the ratio of the two medians does not
        "overhead_pct_paired": {
            kind: {
                "median": round((median(ratios) - 1) * 100, 1),
                "min": round((min(ratios) - 1) * 100, 1),
                "max": round((max(ratios) - 1) * 100, 1),
            }
            for kind, times in (("wall", wall), ("cpu", cpu))
            for ratios in [[b / a for a, b in zip(times["spacy"], times["analyze"], strict=True)]]
        },
        "statements": statements,
        "extraction_errors": errors,
    }
    if stages:
        keys = list(stages[0].cpu)
        result["breakdown"] = {
            k: {
                "wall": round(median([s.wall[k] for s in stages]), 4),
                "cpu": round(median([s.cpu[k] for s in stages]), 4),
            }
            for k in keys
        }
        result["breakdown_substeps_wall"] = {
            k: round(median([x.get(k, 0.0) for x in subs]), 4) for k in subs[0]
        }
        result["breakdown_statements"] = bd_statements
    return result


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _rates(wall: float, cpu: float, docs: int, words: int) -> dict[str, float]:
    return {
        "wall_seconds": round(wall, 3),
        "cpu_seconds": round(cpu, 3),
        "articles_per_s": round(docs / wall, 2),
        "words_per_s": round(words / wall),
        "ms_per_article": round(1000 * wall / docs, 1),
        "articles_per_cpu_s": round(docs / cpu, 2),
        "words_per_cpu_s": round(words / cpu),
    }


def report(res: dict[str, Any]) -> str:
    """The human-readable tables."""
    m, c = res["machine"], res["corpus"]
    lines = [
        f"{c['source']}: {c['documents']} documents, {c['words']:,} words, "
        f"{c['chars']:,} chars, {c['spacy_tokens']:,} spaCy tokens",
        f"{m['date']} | {m['cpu_model']}, nproc {m['nproc']} | Python {m['python']} | "
        f"spaCy {m['spacy']} | {m['model']} | commit {m['git_commit']}"
        + (f" + uncommitted src/ (digest {m['src_digest']})" if m["src_modified"] else "")
        + (f" | load average at end {m['loadavg']}" if m.get("loadavg") else ""),
        f"median of {res['repeat']} runs each (a/b order alternating), batch_size "
        f"{res['batch_size']}, single process",
        "",
    ]
    rows = []
    for key, label in (("spacy", "(a) bare spaCy nlp.pipe"), ("analyze", "(b) analyze_documents")):
        r = res[key]
        runs = res["runs"]["wall_seconds"][key]
        rows.append(
            [
                label,
                f"{r['wall_seconds']:.2f}",
                f"{min(runs):.2f}–{max(runs):.2f}",
                f"{r['cpu_seconds']:.2f}",
                f"{r['articles_per_s']:.2f}",
                f"{r['words_per_s']:,}",
                f"{r['ms_per_article']:.0f}",
                f"{r['words_per_cpu_s']:,}",
            ]
        )
    headers = ["path", "wall s", "wall range", "cpu s", "articles/s", "words/s", "ms/article"]
    lines.append(table([*headers, "words/cpu-s"], rows))
    ov = res["overhead_pct"]
    lines += [
        "",
        f"extractor overhead (time_b/time_a - 1): {ov['wall']:+.1f}% wall, {ov['cpu']:+.1f}% cpu;"
        f" {res['statements']:,} statements, {res['extraction_errors']} extraction errors",
    ]
    paired = res["overhead_pct_paired"]["cpu"]
    lines.append(
        f"paired by run (each run's analyze / its spacy - 1, cpu): median {paired['median']:+.1f}%,"
        f" range {paired['min']:+.1f}% to {paired['max']:+.1f}%"
    )
    if "breakdown" in res:
        bd = res["breakdown"]
        total = sum(v["cpu"] for v in bd.values())
        ours = sum(v["cpu"] for k, v in bd.items() if is_ours(k))
        ours_wall = sum(v["wall"] for k, v in bd.items() if is_ours(k))
        rows = []
        for k, v in bd.items():
            share = f"{100 * v['cpu'] / ours:.1f}%" if is_ours(k) and ours else ""
            rows.append(
                [k, f"{v['wall']:.3f}", f"{v['cpu']:.3f}", f"{100 * v['cpu'] / total:.1f}%", share]
            )
            if k == "cc_statements":
                for label, sec in res.get("breakdown_substeps_wall", {}).items():
                    pct = f"{100 * sec / ours_wall:.1f}%" if ours_wall else ""
                    rows.append([label, f"{sec:.3f}", "", "", pct])
        rows.append(["all stages", "", f"{total:.3f}", "100.0%", ""])
        rows.append(
            ["counterclaim's own stages", "", f"{ours:.3f}", f"{100 * ours / total:.1f}%", "100.0%"]
        )
        lines += [
            "",
            "Per-stage breakdown (each stage over all texts in turn, median of runs; shares of cpu"
            " time; indented rows are steps inside cc_statements, wall time, share of our wall"
            " time):",
            table(["stage", "wall s", "cpu s", "% of all", "% of ours"], rows),
            f"(the breakdown pass mapped {res['breakdown_statements']:,} statements, the full "
            f"run {res['statements']:,})",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("--texts", metavar="DIR", help="folder of .txt files (default: PolNeAR dev)")
    p.add_argument("--repeat", type=int, default=3, help="timed runs of each path (median)")
    p.add_argument("--json", action="store_true", help="print JSON instead of the tables")
    p.add_argument("--no-breakdown", action="store_true", help="skip the per-stage pass")
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    res = measure(args)
    print(json.dumps(res, indent=2, ensure_ascii=False) if args.json else report(res))


if __name__ == "__main__":
    main()
