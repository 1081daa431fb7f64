"""Span scoring shared by every evaluation: trimming, exact and overlap matching, P/R/F1."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: Overlap match: shared characters must cover at least this share of the longer span
#: (the PolNeAR scoring protocol in ../shared/data/README.md).
OVERLAP_MIN = 0.5


def _is_trimmable(ch: str) -> bool:
    # Whitespace and every Unicode punctuation class, so all quote-mark variants go.
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink ``[start, end)`` past whitespace and punctuation at both ends; None if empty."""
    while start < end and _is_trimmable(text[start]):
        start += 1
    while end > start and _is_trimmable(text[end - 1]):
        end -= 1
    return (start, end) if start < end else None


@dataclass
class PRF:
    """Counts and precision / recall / F1 for one kind of item."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.n_pred += n_pred
        self.n_gold += n_gold

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "predicted": self.n_pred,
            "gold": self.n_gold,
        }


Range = tuple[int, int]


def overlap_ratio(a: Range, b: Range) -> float:
    """Shared characters as a share of the longer of the two ranges."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    if shared <= 0:
        return 0.0
    return shared / max(a[1] - a[0], b[1] - b[0])


def spans_match(a: Range | None, b: Range | None, mode: str) -> bool:
    """Exact: same range. Overlap: shares at least ``OVERLAP_MIN`` of the longer one."""
    if a is None or b is None:
        return a is None and b is None
    if mode == "exact":
        return a == b
    return overlap_ratio(a, b) >= OVERLAP_MIN


def match_greedy(pred: Sequence[Range], gold: Sequence[Range], mode: str) -> int:
    """Number of one-to-one matches, taking the best-overlapping pairs first."""
    if mode == "exact":
        return len(set(pred) & set(gold))
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            r = overlap_ratio(p, g)
            if r >= OVERLAP_MIN:
                pairs.append((-r, i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p)


Pair = tuple[Range, Range | None]  # (content, source)


def match_attributions(pred: Sequence[Pair], gold: Sequence[Pair], mode: str) -> int:
    """One-to-one matches of whole attributions: content matches and source matches."""
    used: set[int] = set()
    n = 0
    # Most-overlapping content first, so a near-miss doesn't take a better pair's gold.
    candidates = []
    for i, (pc, ps) in enumerate(pred):
        for j, (gc, gs) in enumerate(gold):
            if spans_match(pc, gc, mode) and spans_match(ps, gs, mode):
                candidates.append((-overlap_ratio(pc, gc), i, j))
    candidates.sort()
    used_p: set[int] = set()
    for _, i, j in candidates:
        if i not in used_p and j not in used:
            used_p.add(i)
            used.add(j)
            n += 1
    return n


def distinct(spans: Iterable[Range | None]) -> list[Range]:
    """Each distinct range once, in order."""
    return sorted({s for s in spans if s is not None})
