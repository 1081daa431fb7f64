"""Scaling: how the cost of one document grows with its size, bare spaCy vs analyze.

Documents of increasing size are built by concatenating N texts (PolNeAR dev
articles by default, blank line between them): for each N in ``--sizes`` up to
``--groups`` disjoint groups of N consecutive articles (at most ``--max-articles``
articles per size, but always one document), so small sizes are averaged over
several articles and not one. Each document is timed
as one call: (a) ``list(nlp.pipe([text]))`` on bare spaCy, (b)
``analyze_documents([Document(text)])`` (clean, spaCy plus our components in pieces of
at most ``pipeline.CHUNK_CHARS`` characters, offset mapping). The median over
``--repeat`` runs is reported, per size as seconds per document and per 1000 words,
with the fitted exponent k of time ~ words**k (least-squares log-log slope; 1.0 is
linear). The largest default sizes exceed CHUNK_CHARS, so bare spaCy parses them whole
while analyze cuts them at paragraph breaks.

    python bench/scaling.py
    python bench/scaling.py --sizes 1 4 16 64 --repeat 1 --json
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.language import Language

from benchutil import (
    count_words,
    load_corpus,
    log_log_slope,
    machine_facts,
    median,
    table,
    timed,
)
from counterclaim import nlp as nlp_mod
from counterclaim import settings
from counterclaim.clean import clean
from counterclaim.pipeline import CHUNK_CHARS, ExtractionError, analyze_documents, chunks
from counterclaim.records import Document

SEPARATOR = "\n\n"


@dataclass
class SizeCase:
    """The documents of one size: N articles each."""

    n_articles: int
    texts: list[str]

    @property
    def words(self) -> float:
        return sum(count_words(t) for t in self.texts) / len(self.texts)

    @property
    def chars(self) -> float:
        return sum(len(t) for t in self.texts) / len(self.texts)

    @property
    def chunked(self) -> str:
        """Whether analyze cuts the documents into pieces: none, some or all of them."""
        over = sum(len(t) > CHUNK_CHARS for t in self.texts)
        return "none" if over == 0 else ("all" if over == len(self.texts) else "some")


def build_cases(
    texts: list[str], sizes: list[int], groups: int, max_articles: int
) -> list[SizeCase]:
    """For each size N, disjoint concatenations of N consecutive texts: up to ``groups``
    of them and at most ``max_articles`` articles in all (but always one)."""
    cases = []
    for n in sizes:
        # a corpus shorter than N is repeated to reach it (only with tiny corpora)
        pool = texts * max(1, -(-n // len(texts)))
        k = max(1, min(groups, len(pool) // n, max_articles // n))
        docs = [SEPARATOR.join(pool[g * n : (g + 1) * n]) for g in range(k)]
        cases.append(SizeCase(n, docs))
    return cases


def time_case(bare: Language, cc: Language, case: SizeCase, order: tuple[str, str]) -> dict:
    """Wall and CPU seconds for all documents of one size, each path, in ``order``."""
    out: dict[str, dict[str, float]] = {}
    for which in order:
        wall = cpu = 0.0
        for text in case.texts:
            gc.collect()
            if which == "spacy":
                t, _ = timed(lambda text=text: list(bare.pipe([text])))
            else:
                t, res = timed(lambda text=text: list(analyze_documents([Document(text)], cc)))
                assert isinstance(res, list)
                if isinstance(res[0], ExtractionError):
                    raise SystemExit(f"extraction failed on a {case.n_articles}-article doc")
            wall += t.wall
            cpu += t.cpu
        out[which] = {"wall": wall, "cpu": cpu}
    return out


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """Build the documents, warm up both pipelines, time every size ``--repeat`` times."""
    corpus = load_corpus(args.texts)
    cases = build_cases(corpus.texts, sorted(set(args.sizes)), args.groups, args.max_articles)
    model = settings.model_name()
    log(f"{corpus.source}: {len(corpus.texts)} texts; loading {model} twice (bare, ours)")
    bare = spacy.load(model)
    cc = nlp_mod.load()
    longest = max(len(t) for c in cases for t in c.texts)
    bare.max_length = max(bare.max_length, longest + 1)
    for text in corpus.texts[:2]:
        list(bare.pipe([text]))
        list(analyze_documents([Document(text)], cc))

    runs: list[dict[int, dict]] = []
    for r in range(args.repeat):
        run: dict[int, dict] = {}
        for i, case in enumerate(cases):
            order = ("spacy", "analyze") if (r + i) % 2 == 0 else ("analyze", "spacy")
            run[case.n_articles] = time_case(bare, cc, case, order)
            s, a = run[case.n_articles]["spacy"], run[case.n_articles]["analyze"]
            log(
                f"  run {r + 1}/{args.repeat} N={case.n_articles:>3} x{len(case.texts)}: "
                f"spacy {s['wall']:.2f}s ({s['cpu']:.2f} cpu), "
                f"analyze {a['wall']:.2f}s ({a['cpu']:.2f} cpu)"
            )
        runs.append(run)

    rows = []
    for case in cases:
        n, k = case.n_articles, len(case.texts)
        row: dict[str, Any] = {
            "articles": n,
            "documents_timed": k,
            "words": round(case.words),
            "chars": round(case.chars),
            "pieces": max(len(chunks(clean(t).text)) for t in case.texts),
            "chunked": case.chunked,
        }
        for which in ("spacy", "analyze"):
            for clock in ("wall", "cpu"):
                sec = median([run[n][which][clock] for run in runs]) / k
                row[f"{which}_{clock}_s"] = round(sec, 4)
                row[f"{which}_{clock}_s_per_1k_words"] = round(1000 * sec / case.words, 4)
        row["overhead_cpu_pct"] = round((row["analyze_cpu_s"] / row["spacy_cpu_s"] - 1) * 100, 1)
        rows.append(row)

    return {
        "command": "python " + " ".join(sys.argv),
        "machine": machine_facts(model, cc.meta.get("version", "?")),
        "corpus": {"source": corpus.source, "documents": len(corpus.texts)},
        "chunk_chars": CHUNK_CHARS,
        "repeat": args.repeat,
        "groups": args.groups,
        "max_articles": args.max_articles,
        "sizes": rows,
        "exponents": fit_exponents(rows),
    }


def fit_exponents(rows: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Log-log slopes of seconds on words: over all sizes, over the sizes whose
    documents are all within CHUNK_CHARS (one piece each), and over those all beyond."""
    subsets = {
        "all sizes": rows,
        "documents <= CHUNK_CHARS": [r for r in rows if r["chunked"] == "none"],
        "documents > CHUNK_CHARS": [r for r in rows if r["chunked"] == "all"],
    }
    out = {}
    for label, rs in subsets.items():
        if len(rs) < 2:
            continue
        words = [r["words"] for r in rs]
        out[label] = {
            key: round(log_log_slope(words, [r[key + "_s"] for r in rs]), 3)
            for key in ("spacy_wall", "spacy_cpu", "analyze_wall", "analyze_cpu")
        }
    return out


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def report(res: dict[str, Any]) -> str:
    """The human-readable table."""
    m = res["machine"]
    lines = [
        f"{res['corpus']['source']}; documents of N concatenated articles, "
        f"CHUNK_CHARS {res['chunk_chars']:,}",
        f"{m['date']} | {m['cpu_model']}, nproc {m['nproc']} | Python {m['python']} | "
        f"spaCy {m['spacy']} | {m['model']} | commit {m['git_commit']}"
        + (f" + uncommitted src/ (digest {m['src_digest']})" if m["src_modified"] else "")
        + (f" | load average at end {m['loadavg']}" if m.get("loadavg") else ""),
        f"median of {res['repeat']} runs; seconds per document (mean over up to "
        f"{res['groups']} disjoint documents of each size), single process",
        "",
    ]
    rows = []
    for r in res["sizes"]:
        rows.append(
            [
                r["articles"],
                r["documents_timed"],
                f"{r['words']:,}",
                f"{r['chars']:,}" + {"none": "", "some": " (*)", "all": " *"}[r["chunked"]],
                r["pieces"],
                f"{r['spacy_wall_s']:.3f}",
                f"{r['analyze_wall_s']:.3f}",
                f"{r['spacy_cpu_s_per_1k_words']:.3f}",
                f"{r['analyze_cpu_s_per_1k_words']:.3f}",
                f"{r['overhead_cpu_pct']:+.1f}%",
            ]
        )
    headers = ["N", "docs", "words", "chars", "pieces", "spaCy s", "analyze s"]
    lines.append(
        table([*headers, "spaCy cpu-s/1k w", "analyze cpu-s/1k w", "overhead (cpu)"], rows)
    )
    lines.append(
        "* over CHUNK_CHARS, (*) some of the documents: analyze parses them in pieces of at "
        "most CHUNK_CHARS, bare spaCy whole"
    )
    lines += ["", "fitted exponent k in time ~ words**k (log-log least squares; 1.0 = linear):"]
    for label, f in res["exponents"].items():
        lines.append(
            f"  {label + ':':<26} bare spaCy {f['spacy_cpu']:.2f} cpu / {f['spacy_wall']:.2f} "
            f"wall; analyze {f['analyze_cpu']:.2f} cpu / {f['analyze_wall']:.2f} wall"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("--texts", metavar="DIR", help="folder of .txt files (default: PolNeAR dev)")
    p.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[1, 2, 4, 8, 16, 32, 64],
        help="articles per document (default: 1 2 4 8 16 32 64)",
    )
    p.add_argument("--groups", type=int, default=3, help="documents timed per size, at most")
    p.add_argument("--max-articles", type=int, default=32, help="articles timed per size, at most")
    p.add_argument("--repeat", type=int, default=3, help="timed runs (median)")
    p.add_argument("--json", action="store_true", help="print JSON instead of the table")
    args = p.parse_args(argv)
    if args.repeat < 1 or args.groups < 1 or min(args.sizes) < 1:
        p.error("--repeat, --groups and --sizes must be at least 1")
    res = measure(args)
    print(json.dumps(res, indent=2) if args.json else report(res))


if __name__ == "__main__":
    main()
