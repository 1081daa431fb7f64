"""Tests for counterclaim.clean: each rule, the offset map, debris at the end only."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from counterclaim.clean import CleanText, clean

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "kursk-machine-translated.txt"


def read_exact(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")


def assert_map_consistent(c: CleanText) -> None:
    """Every \\S+ span of the cleaned text maps to an original slice that cleans back to it.

    Debris rules judge whole lines, so a lone token ("Tags:") is re-cleaned without them.
    """
    prev_end = 0
    for m in re.finditer(r"\S+", c.text):
        s, e = c.to_original(*m.span())
        assert prev_end <= s <= e <= len(c.original)
        again = clean(c.original[s:e], remove_debris=False).text
        assert again == m.group(), (m.group(), c.original[s:e])
        prev_end = e


# --- identity fast path ------------------------------------------------------------


def test_identity_fast_path() -> None:
    text = 'Moscow confirmed it.\r\nKyiv denied “it” and said "no" — twice.'
    c = clean(text)
    assert not c.changed
    assert c.text is text
    assert c.original is text
    assert c.flags == set()
    assert c.to_original(3, 9) == (3, 9)
    assert c.to_original(0, len(text)) == (0, len(text))


def test_to_original_rejects_out_of_range() -> None:
    c = clean("a\u200bb")
    with pytest.raises(ValueError):
        c.to_original(0, 5)
    with pytest.raises(ValueError):
        c.to_original(2, 1)


# --- each rule ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("«Yes»", "“Yes”"),
        ("„Yes‟", "“Yes“"),  # ‟ is an opening mark, whatever the writer meant
        ("‹yes›", "‘yes’"),
        ("〝yes〞", "“yes”"),
        ("〝yes〟", "“yes”"),
        ("``Yes,'' he said", "“Yes,” he said"),
        # newspapers' '' for both marks (regression, issue 2: the quote went unseen)
        ("''It's more,'' said Cole. ''I would not.''", "“It's more,” said Cole. “I would not.”"),
        ("＂Yes＂ he said", "“Yes” he said"),
        ("(＂Yes＂)", "(“Yes”)"),
    ],
)
def test_quote_variants(raw: str, expected: str) -> None:
    c = clean(raw)
    assert c.text == expected
    assert "quotes_normalised" in c.flags


def test_straight_curly_and_primes_are_left_alone() -> None:
    text = "He said \"no\" and “yes”, it's 5′ 10″ and rock 'n' roll; a ''' run stays."
    assert clean(text).text == text


def test_invisibles_removed() -> None:
    c = clean("Kur\u200bsk \ufeffre\u00adgion\u2060 zero\u200c\u200dwidth \u200eLTR")
    assert c.text == "Kursk region zerowidth LTR"
    assert c.flags == {"invisibles_removed"}


def test_spaces_normalised() -> None:
    c = clean("14\xa0000 troops\u2009and\u202fmore\u3000here\u2028next")
    assert c.text == "14 000 troops and more here\nnext"
    assert c.flags == {"spaces_normalised"}


def test_controls_removed_and_line_break_controls_become_newlines() -> None:
    c = clean("a\x00b\x07c\x1bd\x7fe\x9df\tg\r\nh\x0ci\x85j")
    assert c.text == "abcdef\tg\r\nh\ni\nj"
    assert "controls_removed" in c.flags


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("â€œHeroismâ€\x9d", "“Heroism”"),
        ("â€œHeroismâ€ here", "“Heroism” here"),
        ("Ukraineâ€™s army â€“ and â€” more â€¦", "Ukraine’s army – and — more …"),
        ("â€˜aâ€™ â€¢ item", "‘a’ • item"),
        ("14Â\xa0000", "14 000"),
    ],
)
def test_mojibake_fixed(raw: str, expected: str) -> None:
    c = clean(raw)
    assert c.text == expected
    assert "mojibake_fixed" in c.flags


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("&quot;no&quot;", '"no"'),
        ("AT&amp;T", "AT&T"),
        ("&#8220;yes&#8221;", "“yes”"),
        ("&#x201C;yes&#x201D;", "“yes”"),
        ("Ukraine&rsquo;s", "Ukraine’s"),
        ("14&nbsp;000", "14 000"),  # decoded, then the space rule applies
        ("&laquo;oui&raquo;", "“oui”"),  # decoded, then the quote rule applies
        ("a&#8203;b", "ab"),
    ],
)
def test_entities_decoded(raw: str, expected: str) -> None:
    c = clean(raw)
    assert c.text == expected
    assert "entities_decoded" in c.flags


def test_unknown_entities_and_bare_ampersands_stay() -> None:
    text = "AT&T; R&D & more &bogus; &#xZZ;"
    assert clean(text).text == text


# --- debris ------------------------------------------------------------------------


def test_founding_example_tag_line_removed_quotes_kept() -> None:
    original = read_exact(EXAMPLE)
    c = clean(original)
    assert original.endswith("\n(Tagstotranslate) Kim Jong Un")
    assert c.text == original[: original.rindex("\n(Tagstotranslate)")]
    assert c.flags == {"debris_removed"}
    assert "“heroism and professionalism”" in c.text
    assert c.to_original(0, len(c.text)) == (0, len(c.text))
    assert_map_consistent(c)


@pytest.mark.parametrize(
    "tail",
    [
        "(Tagstotranslate) Kim Jong Un",
        "(tags to translate) Russia, Ukraine",
        "Tags: Russia, Ukraine, Kursk",
        "Share this article",
        "Read more: Why Kursk matters",
        "Follow us on Twitter and Telegram",
        "Subscribe to our newsletter",
        "Sign up for our daily newsletter for more news.",
        "We use cookies to improve your experience. Accept all",
        "Share this article\n\nRead more: Kursk explained\nTags: Kursk\n",
    ],
)
def test_trailing_debris_removed(tail: str) -> None:
    body = "Ukraine said its units still hold positions in Kursk."
    c = clean(body + "\r\n\r\n" + tail)
    assert c.text == body
    assert c.flags == {"debris_removed"}


def test_debris_only_at_end_or_as_exact_whole_lines() -> None:
    text = (
        "Tags: the word opens this line but more prose follows.\n"
        "He said: Read more: about it later, and follow us on the road.\n"
        "Share this article\n"
        "Advertisement\n"
        "Officials said we use cookies, he joked, in a cookie policy debate.\n"
        "The end."
    )
    c = clean(text)
    assert c.text == text.replace("Share this article\nAdvertisement\n", "")
    assert_map_consistent(c)


def test_long_trailing_line_is_prose_not_debris() -> None:
    tail = "Read more " + "about the long history of the region and its people " * 8
    text = "First line.\n" + tail
    assert clean(text).text == text


def test_remove_debris_false_keeps_debris_but_applies_other_rules() -> None:
    c = clean("«Yes»\nTags: a", remove_debris=False)
    assert c.text == "“Yes”\nTags: a"


def test_text_that_is_all_debris_cleans_to_empty() -> None:
    c = clean("\nShare this article\nTags: x\n")
    assert c.text == ""
    assert c.to_original(0, 0) == (0, 0)


# --- the offset map ----------------------------------------------------------------


def test_replaced_chars_map_to_all_their_original_chars() -> None:
    original = "He said â€œyesâ€\x9d today"
    c = clean(original)
    assert c.text == "He said “yes” today"
    s, e = c.to_original(8, 13)  # “yes”
    assert original[s:e] == "â€œyesâ€\x9d"
    s, e = c.to_original(8, 9)  # just “
    assert original[s:e] == "â€œ"


def test_deleted_chars_at_the_edges_are_excluded() -> None:
    original = "ab \u200b\u200bKursk\u200b\u200d end"
    c = clean(original)
    assert c.text == "ab Kursk end"
    s, e = c.to_original(3, 8)
    assert original[s:e] == "Kursk"
    # inner deletions stay inside the slice
    original = "Ku\u200brsk"
    c = clean(original)
    assert c.to_original(0, 5) == (0, 6)


def test_deleted_then_replaced_at_one_position() -> None:
    original = "x\u200b«y»"
    c = clean(original)
    assert c.text == "x“y”"
    assert c.to_original(1, 2) == (2, 3)
    assert c.to_original(0, 1) == (0, 1)
    assert c.to_original(1, 1)[0] <= c.to_original(1, 1)[1]


def test_map_after_trailing_debris() -> None:
    original = "Moscow confirmed.\nTags: Kursk"
    c = clean(original)
    assert c.to_original(0, len(c.text)) == (0, len(c.text))
    assert c.to_original(len(c.text), len(c.text))[1] == len(c.text)


_PIECES = [
    "the", "army", "said", "Kursk", "don't", "14,000", "Gerasimov", ".", ",",
    "«", "»", "„", "‟", "‹", "›", "〝", "〞", "〟", "＂", "``", "''", "“", "”", '"', "'",
    "\u200b", "\u00ad", "\ufeff", "\u2060", "\xa0", "\u2009", "\u3000", "\u2028",
    "\x01", "\x0c", "\x7f", "\x9d", "\x85",
    "â€œ", "â€\x9d", "â€™", "â€“", "â€", "Â\xa0",
    "&quot;", "&amp;", "&#8220;", "&rsquo;", "&nbsp;", "&laquo;", "&bogus;", "&#10;",
    " ", " ", " ", "\n", "\r\n",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(40))
def test_every_token_maps_back_to_an_original_slice_that_cleans_to_it(seed: int) -> None:
    rng = random.Random(seed)
    original = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 400)))
    c = clean(original)
    assert_map_consistent(c)
    assert c.to_original(0, len(c.text))[1] <= len(original)


def test_map_on_noisy_founding_example() -> None:
    rng = random.Random(7)
    text = read_exact(EXAMPLE)
    noisy = "".join(
        ch + (rng.choice(["\u200b", "&amp;", "«", "\xa0", "â€™"]) if rng.random() < 0.05 else "")
        for ch in text
    )
    c = clean(noisy)
    assert c.changed
    assert {"debris_removed", "invisibles_removed", "entities_decoded"} <= c.flags
    assert_map_consistent(c)


def test_related_links_and_credit_lines_are_debris_anywhere() -> None:
    """Regression (issue 2): "Read more: Israel says Hezbollah fired 100 rockets" inside
    a scraped page became Israel's statement; wire credit and standards lines stayed."""
    text = (
        "The army said it had retaken the town.\n"
        "Read more: Israel says Hezbollah fired 100 rockets overnight\n"
        "The ministry denied it.\n"
        "Reporting by Jane Doe; Editing by John Roe\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    )
    c = clean(text)
    assert "Read more" not in c.text and "Reporting by" not in c.text
    assert "Our Standards" not in c.text
    assert "The army said it had retaken the town." in c.text
    start = c.text.index("The ministry")
    o0, o1 = c.to_original(start, start + len("The ministry"))
    assert text[o0:o1] == "The ministry"
