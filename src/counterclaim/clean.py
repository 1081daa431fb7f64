"""Normalise what breaks extraction, keeping a map back to the original text.

The parser sees ``CleanText.text``; every span it reports is mapped back with
``CleanText.to_original`` so offsets always point into ``Document.text`` as ingested.

Rules (each one a named table or pattern below; a flag in ``CleanText.flags`` says
which of them changed something):

* ``mojibake_fixed``: UTF-8 quotes and dashes read as cp1252 (``â€œ`` -> ``“``).
* ``entities_decoded``: leftover HTML entities (``&quot;``, ``&#8220;``, ``&rsquo;``).
* ``quotes_normalised``: « » „ ‟ ‹ › 〝 〞 〟 ＂ and TeX/PTB `````` ``''`` become curly
  quotes (``''`` opens where it starts a quotation, as newspapers write it for both
  marks); straight ``"`` and curly “ ” are left alone.
* ``invisibles_removed``: zero-width characters, soft hyphens, bidi marks, BOMs.
* ``spaces_normalised``: NBSP, thin and other Unicode spaces become a plain space;
  Unicode line/paragraph separators become ``\\n``.
* ``controls_removed``: C0/C1 control characters other than ``\\t \\n \\r`` are deleted,
  except the ones that act as line breaks (VT, FF, NEL, FS/GS/RS), which become
  ``\\n`` so the words either side are not glued together.
* ``markup_removed``: HTML tags of known names left in the text (block tags become a
  line break, inline tags vanish).
* ``debris_removed``: scraper debris: a trailing block of tag lines, "Share this
  article", "Read more: ...", "Follow us on ...", newsletter and cookie notices, and
  anywhere in the text whole lines that are exactly a button label
  ("Advertisement", "Share this article"). Never anything inside a line of prose.

Everything is one regex pass over the text plus a look at its last lines, so the cost
is a C-speed scan plus Python work per edit, not per character.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right

__all__ = ["FLAGS", "CleanText", "clean"]

# --- rule tables -------------------------------------------------------------------

#: UTF-8 punctuation decoded as cp1252 (or latin-1, for the undefined \x9d), longest
#: first so the bare ``â€`` (a right quote whose last byte was lost) matches last.
MOJIBAKE: dict[str, str] = {
    "â€œ": "“",
    "â€\x9d": "”",
    "â€˜": "‘",
    "â€™": "’",
    "â€“": "–",
    "â€”": "—",
    "â€¦": "…",
    "â€¢": "•",
    "â€": "”",
    "Â\xa0": " ",
}

#: Quote marks with a fixed direction. ＂ (fullwidth) has none: see ``_AMBIGUOUS_QUOTE``.
QUOTES: dict[str, str] = {
    "«": "“",
    "„": "“",
    "‟": "“",
    "〝": "“",
    "»": "”",
    "〞": "”",
    "〟": "”",
    "‹": "‘",
    "›": "’",
    "``": "“",  # TeX / Penn Treebank opening quote
    "''": "”",  # TeX / Penn Treebank closing quote (exactly two apostrophes)
}

#: Invisible characters that only get in the tokenizer's way: deleted.
INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"

#: Unicode spaces (category Zs other than U+0020): become one plain space each.
SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"

#: Characters that end a line without being ``\n``/``\r``: become ``\n``.
LINE_BREAKS = "\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"

#: Other C0/C1 control characters (not \t \n \r, not the line breaks above): deleted.
CONTROLS = "".join(
    chr(c)
    for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]
    if chr(c) not in "\t\n\r" and chr(c) not in LINE_BREAKS
)

#: Lines removed wherever they stand alone: button labels a scraper kept. Matched
#: case-insensitively against the whole line (surrounding spaces allowed).
DEBRIS_LINES: tuple[str, ...] = (
    "advertisement",
    "skip advertisement",
    "story continues below advertisement",
    "share this article",
    "share this story",
    "subscribe to our newsletter",
    "read more",
)

#: Lines removed wherever they stand, matched as a pattern from the line's start: a
#: related-story link, a wire's credit line, a standards notice. The words after them
#: are never the article's (a "Read more: Israel says ..." link made Israel a speaker).
DEBRIS_LINE_PATTERNS: tuple[str, ...] = (
    r"(?:read|see)[ \t]+(?:more|also)[ \t]*:[^\n]{0,200}",
    r"related(?:[ \t]+(?:articles?|stories|coverage))?[ \t]*:[^\n]{0,200}",
    r"(?:additional[ \t]+)?(?:reporting|writing|editing)[ \t]+by[ \t][^\n]{0,200}",
    r"our[ \t]+standards[ \t]*:[^\n]{0,200}",
    # a photo or video credit/caption line ("Photo: EFE/Miguel Gutierrez"): read as
    # prose, "Photo" became a speaker and the credit its statement
    r"(?:photo|image|video|picture)s?(?:[ \t]+(?:credit|caption))?[ \t]*:[^\n]{0,200}",
    # share buttons as scrapers keep them: "Share:", "Share on Facebook Share on X"
    r"(?:share(?:[ \t]+(?:on|via|to)[ \t]+[\w.]+)*[ \t]*:?[ \t]*)+",
    # channel and newsletter calls ("Subscribe to our channel on Telegram") anywhere:
    # translated wire copy has them between paragraphs, not only at the end
    r"(?:subscribe|sign[ \t]+up)[ \t]+(?:to|for)[ \t]+(?:our|the)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}?(?:channel|newsletter|page|feed)s?\b[^\n]{0,120}",
    # a cookie banner at the top of a scraped page (the trailing-block rule missed it,
    # and its "Accept" button became an agreement claim)
    r"(?:we|this[ \t]+(?:web[ \t]*)?site)[ \t]+uses?[ \t]+cookies\b[^\n]{0,300}",
)

#: Patterns for lines removed only from the end of the text (a trailing block of them,
#: blank lines in between allowed). Lines longer than ``DEBRIS_MAX_LINE`` never match.
TRAILING_DEBRIS: tuple[str, ...] = (
    r"\(?\s*tags?\s*to\s*translate\s*\)?.*",  # "(Tagstotranslate) Kim Jong Un"
    r"tags?\s*:.*",
    r"topics?\s*:.*",
    r"related(?:\s+(?:articles?|stories|coverage|news|content))?\s*:.*",
    r"share\s+(?:this|the)\s+(?:article|story|post|page)\b.*",
    r"read\s+(?:more|also|next)\b.*",
    r"follow\s+us\s+on\b.*",
    r"(?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:our|the)\s+(?:\w+\s+)?newsletters?\b.*",
    r"(?:please\s+)?(?:click|tap)\s+here\s+to\s+(?:subscribe|follow|share).*",
    r"advertisement",
    # cookie notices: the word "cookie" together with the usual verbs
    r"(?=.*\bcookies?\b)(?=.*\b(?:we\s+use|uses|use\s+of|accept|consent|policy|settings|"
    r"preferences)\b).*",
)

#: A trailing line longer than this is prose, whatever it starts with.
DEBRIS_MAX_LINE = 300

#: Flag names in ``CleanText.flags``.
FLAGS: tuple[str, ...] = (
    "mojibake_fixed",
    "entities_decoded",
    "quotes_normalised",
    "invisibles_removed",
    "spaces_normalised",
    "controls_removed",
    "debris_removed",
    "markup_removed",
)

# --- compiled machinery ------------------------------------------------------------

# Characters handled by str.translate (applied to single chars and to decoded entities).
_CHAR_MAP: dict[int, str | None] = {}
_CHAR_FLAG: dict[str, str] = {}
for _c in INVISIBLES:
    _CHAR_MAP[ord(_c)] = None
    _CHAR_FLAG[_c] = "invisibles_removed"
for _c in SPACES:
    _CHAR_MAP[ord(_c)] = " "
    _CHAR_FLAG[_c] = "spaces_normalised"
for _c in LINE_BREAKS:
    _CHAR_MAP[ord(_c)] = "\n"
    _CHAR_FLAG[_c] = "spaces_normalised" if _c in "\u2028\u2029" else "controls_removed"
for _c in CONTROLS:
    _CHAR_MAP[ord(_c)] = None
    _CHAR_FLAG[_c] = "controls_removed"
for _k, _v in QUOTES.items():
    if len(_k) == 1:
        _CHAR_MAP[ord(_k)] = _v
        _CHAR_FLAG[_k] = "quotes_normalised"
_CHAR_MAP[ord("＂")] = '"'  # direction unknown out of context (only inside entities)
_TRANSLATE = str.maketrans(_CHAR_MAP)

_AMBIGUOUS_QUOTE = "＂"
# An ambiguous quote opens at the start or after one of these.
_OPENERS_BEFORE = frozenset(" \t\n\r([{‘“—–-/")

_SINGLE_CHARS = "".join(_CHAR_FLAG) + _AMBIGUOUS_QUOTE + "“"
# "“" closes where German and East European style write „...“ (and machine translation
# keeps it): left as an opener, „Peace“, said X paired with the next quote instead.
_CLOSES_AFTER_SPACE = frozenset(" \t\n\r.,;:!?)]}—–-…")


def _char_class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


_DEBRIS_LINE_RE = "|".join(
    (*(re.escape(s).replace(r"\ ", r"[ \t]+") for s in DEBRIS_LINES), *DEBRIS_LINE_PATTERNS)
)

#: HTML tags a scraper left in plain text ("<p>The ministry said ...</p>"): the parser
#: read '<div class="article"><h1>Kyiv' as a speaker. Only known tag names are taken,
#: so a "<" in prose stays. Block tags become a line break (they ended a paragraph),
#: inline ones vanish.
HTML_BLOCK_TAGS = (
    "p|div|h[1-6]|br|hr|li|ul|ol|blockquote|figure|figcaption|section|article|header|"
    "footer|aside|nav|table|tr|td|th|tbody|thead|main|body|html|head|title"
)
HTML_INLINE_TAGS = "a|span|em|strong|b|i|u|small|sup|sub|time|img|abbr|cite|q|mark|font"
_TAG_RE = r"</?(?:{})\b[^<>\n]{{0,500}}>"
# markup that may open a debris line ("<p>Read also: ...")
_TAGS_BEFORE = r"(?:" + _TAG_RE.format(HTML_BLOCK_TAGS + "|" + HTML_INLINE_TAGS) + r"[ \t]*)*"

_CHAR_RULES = (
    r"(?P<blocktag>" + _TAG_RE.format(HTML_BLOCK_TAGS) + ")"
    r"|(?P<inlinetag>" + _TAG_RE.format(HTML_INLINE_TAGS) + "|<!--[^<>]{0,500}-->)"
    r"|(?P<moji>" + "|".join(re.escape(k) for k in MOJIBAKE) + ")"
    r"|(?P<ent>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<tex>``|(?<!')''(?!'))"
    r"|(?P<char>" + _char_class(_SINGLE_CHARS) + "+)"
)
# whole-line debris first: the line and its line break go
_EDIT_RE = re.compile(
    r"(?P<line>(?im:^[ \t]*"
    + _TAGS_BEFORE
    + "(?:"
    + _DEBRIS_LINE_RE
    + r")[ \t]*(?:\r\n|\n|\r)))|"
    + _CHAR_RULES
)
_EDIT_RE_KEEP_DEBRIS = re.compile(_CHAR_RULES)

_TRAILING_RE = re.compile(
    _TAGS_BEFORE + r"(?:" + "|".join((*TRAILING_DEBRIS, _DEBRIS_LINE_RE)) + r")\Z", re.IGNORECASE
)


class CleanText:
    """Cleaned text plus the map from its offsets back to the original's.

    ``text`` is what the parser sees, ``original`` the input, ``changed`` whether they
    differ, ``flags`` the names of the rules that changed something.
    """

    __slots__ = ("_ce", "_cs", "_oe", "_os", "flags", "original", "text")

    def __init__(
        self,
        original: str,
        text: str,
        edits: list[tuple[int, int, int, int]] | None = None,
        flags: set[str] | None = None,
    ) -> None:
        self.original = original
        self.text = text
        self.flags: set[str] = flags or set()
        # Edit i replaced original[_os[i]:_oe[i]] by text[_cs[i]:_ce[i]]; between edits
        # the two texts are equal, so a position maps by a constant shift.
        e = edits or []
        self._cs = [x[0] for x in e]
        self._ce = [x[1] for x in e]
        self._os = [x[2] for x in e]
        self._oe = [x[3] for x in e]

    @property
    def changed(self) -> bool:
        return bool(self._cs)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the cleaned range ``[start, end)`` to the original range it came from.

        A replaced character maps to all of its original characters; characters deleted
        at either edge of the range are left out of the result.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"range [{start}, {end}) outside text of length {len(self.text)}")
        if not self._cs:
            return start, end
        cs, ce, os_, oe = self._cs, self._ce, self._os, self._oe
        # start: the last edit beginning at or before it; a deletion there is skipped.
        i = bisect_right(cs, start) - 1
        if i < 0:
            o_start = start
        elif start < ce[i]:
            o_start = os_[i]
        else:
            o_start = oe[i] + start - ce[i]
        # end: the last edit beginning strictly before it; a deletion at it is excluded.
        j = bisect_left(cs, end) - 1
        if j < 0:
            o_end = end
        elif end <= ce[j]:
            o_end = oe[j]
        else:
            o_end = oe[j] + end - ce[j]
        # only an empty range sitting on a deletion can cross over
        return min(o_start, o_end), o_end

    def __repr__(self) -> str:
        return (
            f"CleanText(changed={self.changed}, flags={sorted(self.flags)}, len={len(self.text)})"
        )


def _trailing_debris_start(text: str, end: int) -> int:
    """Where the trailing block of debris lines in ``text[:end]`` begins (``end`` if none).

    The returned position is the end of the last line kept, so the line break before the
    debris goes with it.
    """
    cut = end
    pos = end
    while pos > 0:
        nl = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos))
        line = text[nl + 1 : pos].strip()
        if line:
            if len(line) > DEBRIS_MAX_LINE or not _TRAILING_RE.match(line):
                break
            cut = nl + 1
        pos = max(nl, 0)
    if cut == end:
        return end
    # the line breaks (and blank lines) before the debris go with it
    while cut > 0 and text[cut - 1] in "\r\n":
        cut -= 1
    return cut


def _quote_opens(prev: str | None) -> bool:
    """Whether an ambiguous quote opens, given the cleaned character before it."""
    return prev is None or prev in _OPENERS_BEFORE


_DELETED = frozenset(INVISIBLES + CONTROLS)
_ENTITY_AT = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _next_clean_char(text: str, j: int, limit: int) -> str:
    """The first character the cleaned text will have from original position ``j``
    (deleted characters skipped, entities and mojibake as what they become; " " at the
    end), so a quote's direction is judged as the parser will see it."""
    while j < limit:
        c = text[j]
        if c in _DELETED:
            j += 1
            continue
        if c == "&" and (m := _ENTITY_AT.match(text, j)):
            decoded = html.unescape(m.group()).translate(_TRANSLATE)
            if not decoded:
                j = m.end()
                continue
            return decoded[0]
        for k, v in MOJIBAKE.items():
            if text.startswith(k, j):
                return v[0]
        return c.translate(_TRANSLATE) or " "
    return " "


def _last_char(pieces: list[str]) -> str | None:
    for p in reversed(pieces):
        if p:
            return p[-1]
    return None


def clean(text: str, *, remove_debris: bool = True) -> CleanText:
    """Clean ``text`` for parsing; see the module docstring for the rules.

    ``remove_debris=False`` keeps scraper debris (used to check the other rules alone).
    """
    n = len(text)
    limit = _trailing_debris_start(text, n) if remove_debris else n
    edits: list[tuple[int, int, int, int]] = []
    pieces: list[str] = []
    flags: set[str] = set()
    last = 0  # original position up to which text has been copied
    out = 0  # length of the cleaned text so far

    def emit(o_start: int, o_end: int, repl: str, flag: str) -> None:
        nonlocal last, out
        if o_start > last:
            pieces.append(text[last:o_start])
            out += o_start - last
        pieces.append(repl)
        edits.append((out, out + len(repl), o_start, o_end))
        out += len(repl)
        last = o_end
        flags.add(flag)

    pattern = _EDIT_RE if remove_debris else _EDIT_RE_KEEP_DEBRIS
    for m in pattern.finditer(text, 0, limit):
        kind = m.lastgroup
        s, e = m.span()
        if kind == "char":
            # a run of single-char rules: one edit per char keeps the map exact
            for k in range(s, e):
                c = text[k]
                if c == "“":
                    # a “ right after a word and before a space or punctuation closes
                    prev = text[k - 1] if k > last else _last_char(pieces)
                    nxt = _next_clean_char(text, k + 1, limit)
                    if prev is not None and not _quote_opens(prev) and nxt in _CLOSES_AFTER_SPACE:
                        emit(k, k + 1, "”", "quotes_normalised")
                elif c == _AMBIGUOUS_QUOTE:
                    # judged on the cleaned text, so deleted or decoded neighbours count
                    # as what they became
                    prev = text[k - 1] if k > last else _last_char(pieces)
                    emit(k, k + 1, "“" if _quote_opens(prev) else "”", "quotes_normalised")
                else:
                    emit(k, k + 1, c.translate(_TRANSLATE), _CHAR_FLAG[c])
        elif kind in ("blocktag", "inlinetag"):
            emit(s, e, "\n" if kind == "blocktag" else "", "markup_removed")
        elif kind == "moji":
            emit(s, e, MOJIBAKE[m.group()], "mojibake_fixed")
        elif kind == "ent":
            decoded = html.unescape(m.group())
            if decoded != m.group():
                emit(s, e, decoded.translate(_TRANSLATE), "entities_decoded")
        elif kind == "tex":
            mark = QUOTES[m.group()]
            if m.group() == "''":
                # newspapers write '' for both marks (''It's more,'' said X): it opens
                # where an ambiguous quote would
                prev = text[s - 1] if s > last else _last_char(pieces)
                mark = "“" if _quote_opens(prev) else "”"
            emit(s, e, mark, "quotes_normalised")
        else:  # "line"
            emit(s, e, "", "debris_removed")

    if limit < n:
        emit(limit, n, "", "debris_removed")
    if not edits:
        return CleanText(text, text)
    if last < n:
        pieces.append(text[last:])
    return CleanText(text, "".join(pieces), edits, flags)
