"""PolNeAR (brat standoff) reader and the attribution scorer.

Protocol (``../shared/data/README.md``): whole articles against the first annotation
file of each article, gold spans as the hull of their ranges, spans trimmed of
whitespace and punctuation, each distinct span once per type, exact and overlap
(>= half of the longer span) one-to-one greedy matching; a whole attribution matches
when its content and its source match (or both have none).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from counterclaim.errors import DataNotFoundError
from counterclaim.eval.spans import (
    PRF,
    Pair,
    Range,
    distinct,
    match_attributions,
    match_greedy,
    trim,
)
from counterclaim.records import Statement

ROLES = ("source", "cue", "content")
_BRAT_ROLE = {"Source": "source", "Cue": "cue", "Content": "content"}

# A T line: id, type, ranges ("10 20;25 40"), then the covered text, which may run
# over several lines; only id, type and ranges matter, the text comes from the .txt.
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t", re.M)
_E_LINE = re.compile(r"^(E\d+)\t(.*)$", re.M)


@dataclass
class GoldAttribution:
    """One annotated attribution, spans as hulls (untrimmed)."""

    source: Range | None
    cue: Range | None
    content: Range | None


@dataclass
class GoldArticle:
    """An article's text and its annotations by role."""

    name: str
    text: str
    spans: dict[str, list[Range]] = field(default_factory=dict)
    attributions: list[GoldAttribution] = field(default_factory=list)


def parse_ann(ann: str) -> tuple[dict[str, list[Range]], list[GoldAttribution]]:
    """Read a brat .ann file: role spans (hulls) and attributions."""
    tspans: dict[str, tuple[str, Range]] = {}
    for m in _T_LINE.finditer(ann):
        tid, typ, ranges = m.groups()
        pieces = [tuple(int(x) for x in r.split()) for r in ranges.split(";")]
        tspans[tid] = (typ, (min(p[0] for p in pieces), max(p[1] for p in pieces)))
    spans: dict[str, list[Range]] = {r: [] for r in ROLES}
    for typ, rng in tspans.values():
        if typ in _BRAT_ROLE:
            spans[_BRAT_ROLE[typ]].append(rng)
    attributions = []
    for m in _E_LINE.finditer(ann):
        args = dict(a.split(":", 1) for a in m.group(2).split() if ":" in a)
        if not any(k.startswith("Attribution") for k in args):
            continue

        def get(key: str, args: dict[str, str] = args) -> Range | None:
            tid = args.get(key)
            return tspans[tid][1] if tid in tspans else None

        attributions.append(GoldAttribution(get("Source"), get("Cue"), get("Content")))
    return spans, attributions


def load_polnear(root: str | Path, split: str) -> list[GoldArticle]:
    """Articles of one split (``train``, ``dev``, ``test``) with their first annotation file."""
    base = Path(root) / split
    if not (base / "text").is_dir() or not (base / "attributions").is_dir():
        raise DataNotFoundError(
            f"no PolNeAR split at {base}: pass --polnear pointing at the folder that holds "
            f"train/ and dev/ (e.g. ../shared/data/polnear)"
        )
    first: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        first.setdefault(name, ann)
    articles = []
    for name, ann in sorted(first.items()):
        txt = base / "text" / f"{name}.txt"
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        spans, attrs = parse_ann(ann.read_text(encoding="utf-8"))
        articles.append(GoldArticle(name, text, spans, attrs))
    return articles


def _trimmed(text: str, rng: Range | None) -> Range | None:
    return trim(text, *rng) if rng else None


def predicted_roles(statements: Iterable[Statement]) -> Iterator[tuple[Range | None, ...]]:
    """(source, cue, content) ranges of our statements, in PolNeAR's roles."""
    for s in statements:
        yield (
            (s.speaker.start, s.speaker.end) if s.speaker else None,
            (s.cue.start, s.cue.end) if s.cue else None,
            (s.content.start, s.content.end),
        )


@dataclass
class AttributionScores:
    """Per-role and whole-attribution scores, exact and overlap."""

    scores: dict[str, dict[str, PRF]] = field(
        default_factory=lambda: {
            mode: {k: PRF() for k in (*ROLES, "attribution")} for mode in ("exact", "overlap")
        }
    )
    articles: int = 0

    def add_article(self, text: str, gold: GoldArticle, predicted: list[Statement]) -> None:
        self.articles += 1
        pred = list(predicted_roles(predicted))
        for i, role in enumerate(ROLES):
            p = distinct(_trimmed(text, r[i]) for r in pred)
            g = distinct(_trimmed(text, r) for r in gold.spans.get(role, []))
            for mode in ("exact", "overlap"):
                self.scores[mode][role].add(match_greedy(p, g, mode), len(p), len(g))
        pp = _pairs(text, ((c, s) for s, _, c in pred))
        gp = _pairs(text, ((a.content, a.source) for a in gold.attributions))
        for mode in ("exact", "overlap"):
            self.scores[mode]["attribution"].add(match_attributions(pp, gp, mode), len(pp), len(gp))

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            **{
                mode: {k: prf.to_dict() for k, prf in by_role.items()}
                for mode, by_role in self.scores.items()
            },
        }


def _pairs(text: str, raw: Iterable[tuple[Range | None, Range | None]]) -> list[Pair]:
    out: set[Pair] = set()
    for content, source in raw:
        c = _trimmed(text, content)
        if c is not None:
            out.add((c, _trimmed(text, source)))
    return sorted(out, key=lambda p: (p[0], p[1] or (-1, -1)))


def evaluate_attribution(
    root: str | Path,
    split: str,
    analyze_texts: Callable[[list[str]], Iterable[list[Statement]]],
    limit: int | None = None,
    progress: Callable[[Iterable[Any], int], Iterable[Any]] | None = None,
) -> dict[str, Any]:
    """Score an extractor (texts in, statements per text out) on one PolNeAR split."""
    articles = load_polnear(root, split)[:limit]
    result = AttributionScores()
    stream = zip(articles, analyze_texts([a.text for a in articles]), strict=True)
    for gold, statements in progress(stream, len(articles)) if progress else stream:
        result.add_article(gold.text, gold, statements)
    out = result.to_dict()
    out["split"] = split
    return out
