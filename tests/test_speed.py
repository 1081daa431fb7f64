"""Shortcuts taken for speed give what the slow paths give."""

from __future__ import annotations

import re

import spacy
from spacy.language import Language

from counterclaim import nlp as nlp_mod
from counterclaim import settings
from counterclaim.geo.toponyms import Overlaps, _disjoint, _repeats

TEXTS = [
    "There is a cat. There's no way, and there are two.",
    'He said: "We got it." She gets what she wants; they got home at 5 p.m.',
    "KYIV, Ukraine (Reuters) - Troops said\n\nthe town was taken.\nPARIS - Talks went on.",
    "",
    "  \n\t  ",
    "I'm gonna go, y'all. It's 'fine' -- isn't it?",
]


def test_indexed_attribute_ruler_matches_spacy(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler").match, nlp_mod._RuleMatcher)
    plain = spacy.load(settings.model_name())
    fast = spacy.load(settings.model_name())
    nlp_mod._speed_up_attribute_ruler(fast)
    ref, ours = plain.get_pipe("attribute_ruler"), fast.get_pipe("attribute_ruler")
    assert isinstance(ours.match, nlp_mod._RuleMatcher)
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(plain.pipe(TEXTS))
    for doc in docs:
        assert ours.match(doc) == ref.match(doc)
    for a, b in zip(plain.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
        assert a.to_bytes() == b.to_bytes()


def test_overlaps_and_disjoint_match_the_plain_scans() -> None:
    ranges = [(5, 9), (0, 2), (3, 3), (7, 12), (20, 20), (15, 18)]
    ov = Overlaps(ranges)
    for a in range(-1, 25):
        for b in range(a, a + 5):
            assert ov.hits(a, b) == any(a < e and s < b for s, e in ranges)
    found = [(0, 4, 1), (2, 6, 2), (6, 9, 0), (5, 7, 1), (9, 9, 0), (12, 20, 0)]
    found.sort(key=lambda f: (-(f[1] - f[0]), -f[2], f[0]))
    taken: list[tuple[int, int]] = []
    for start, end, _ in found:
        if not any(start < e and s < end for s, e in taken):
            taken.append((start, end))
    assert _disjoint(found) == taken


def test_repeats_match_the_regex() -> None:
    text = "Chasiv Yar fell. Chasiv Yar-based units, Chasiv Yar_2, xChasiv Yar, Chasiv Yar²."
    found = [(0, 10, 2)]
    want = [
        (m.start(), m.end(), 0)
        for m in re.finditer(r"(?<![\w-])" + re.escape("Chasiv Yar") + r"(?![\w-])", text)
    ]
    assert _repeats(text, found) == want


DATE_TEXTS = [
    "On Monday, March 7, 2023, and again on the 7th of March, officials met.",
    "In early-August 2024 and late September of 2025; Sept. 3-5, 2024; 3 to 5 March.",
    "Last Tuesday night, three days ago, a couple of weeks ago, the past two weeks.",
    "The 2019–20 season, the 1990s, over the weekend, this morning, the day before "
    "yesterday, later this week, next Friday afternoon, in the first quarter of 2023.",
    # glued words: a weekday may begin inside an anchor's word ("this" + "Sunday")
    "thisSunday lastMonday xMonday fridays 2,2024 $2024 2024-02-30 2024-02-29",
    # letters IGNORECASE folds to ASCII ones, and one whose lower case is two letters
    "ſunday ſpring 2020 TUESDAY İstanbul on Thursday",
    "",
]


def test_date_anchors_find_every_match_of_the_full_scan() -> None:
    """The anchored scan (``dates._finditer``) finds exactly what ``finditer`` finds."""
    from pathlib import Path

    from counterclaim.extract import dates

    examples = Path(__file__).resolve().parents[1] / "examples"
    texts = DATE_TEXTS + [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    assert {kind for kind, _ in dates._PATTERNS} == set(dates._ANCHORS)
    for text in texts:
        low = dates._folded(text)
        for kind, pat in dates._PATTERNS:
            want = [m.span() for m in pat.finditer(text)]
            assert [m.span() for m in dates._finditer(kind, pat, text, low)] == want, kind
