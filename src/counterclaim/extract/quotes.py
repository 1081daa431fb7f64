"""Quotation spans: pair quote marks into quotes, tolerant of how news really writes them.

Reads: ``doc.text``. Writes: ``doc._.quotes`` (list of :class:`Quote`, in order).

Handles curly, straight and doubled-apostrophe (``''``) marks; a quote that runs over
several paragraphs (news style: no closing mark at the paragraph's end, an opening
mark at the next one's start); and unbalanced marks, which close at the paragraph's
end instead of swallowing the rest of the article. Never raises on odd input.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Opening, closing and direction-less double quote marks. Single quotes are left
# alone: they double as apostrophes and mostly nest inside double quotes.
_MARK = re.compile(r"''|``|[\"“”„‟«»]")
_OPENERS = {"“", "„", "‟", "«", "``"}
_CLOSERS = {"”", "»"}

#: A quote longer than this many characters with no closing mark is cut at its
#: paragraph end anyway (a stray opening mark must not swallow the article).
MAX_QUOTE_CHARS = 3000


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks; ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def _direction(text: str, i: int, j: int) -> str:
    """'open', 'close' or '?' for the mark at text[i:j] judged by its neighbours."""
    mark = text[i:j]
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    if (before.isspace() or before in "([{—–-") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-"):
        return "close"
    return "?"


def _paragraph_end(text: str, pos: int) -> int:
    """Index of the first newline at or after pos (or len(text))."""
    k = text.find("\n", pos)
    return len(text) if k < 0 else k


def find_quotes(text: str) -> list[Quote]:
    """Pair the quote marks of ``text`` into quotes (see module docstring)."""
    quotes: list[Quote] = []
    open_at: int | None = None  # index of the opening mark
    open_len = 0
    seg = 0  # where the quote's current paragraph began

    def close_unbalanced(end: int) -> None:
        assert open_at is not None
        while end > open_at and text[end - 1].isspace():
            end -= 1
        quotes.append(Quote(open_at, end, open_at + open_len, end, False))

    for m in _MARK.finditer(text):
        i, j = m.start(), m.end()
        d = _direction(text, i, j)
        if open_at is not None:
            para_end = _paragraph_end(text, seg)
            if i > para_end:
                # The quote ran past its paragraph without closing. News style
                # goes on with it when the next paragraph opens with a mark.
                if not text[para_end:i].strip() and d != "close" and i - open_at < MAX_QUOTE_CHARS:
                    seg = j
                    continue
                close_unbalanced(para_end)
                open_at = None
            elif text[i:j] in _OPENERS:
                # An explicit opener inside an open quote: the earlier one was unbalanced.
                close_unbalanced(i)
                open_at, open_len, seg = i, j - i, i
                continue
            else:
                quotes.append(Quote(open_at, j, open_at + open_len, i, True))
                open_at = None
                continue
        if d == "close":
            continue  # a closer with nothing open: stray
        open_at, open_len, seg = i, j - i, i
    if open_at is not None:
        close_unbalanced(_paragraph_end(text, seg))
    return [q for q in quotes if q.inner_end > q.inner_start]


#: A name's quoted nickname: one to three capitalised words ('Jimmy "Barbecue" Chérizier',
#: 'Joaquín "El Chapo" Guzmán').
_NICKNAME = re.compile(r"[A-ZÀ-Þ][\w.'-]*(?: [A-Za-zÀ-ÿ][\w.'-]*){0,2}")
_NAME_BEFORE = re.compile(r"\b[A-ZÀ-Þ][\w.'-]*\s$")
_NAME_AFTER = re.compile(r"^\s[A-ZÀ-Þ][\w'-]*")


#: Words that give the name someone goes by ('a gang leader known as "Ti Zo," said').
_NAMED_AS_BEFORE = re.compile(r"\b(?:known as|nicknamed|dubbed|alias)\s$", re.IGNORECASE)


def is_nickname(text: str, q: Quote) -> bool:
    """Whether ``q`` is a nickname inside a name rather than a quotation: taken for a
    quotation, 'Gang leader Jimmy "Barbecue" Chérizier said that ...' lost its speaker
    and its words to the one quoted word; so did 'a gang leader known as "Ti Zo," said
    that ...' (the comma inside the quotes read as the end of a quotation)."""
    if not q.closed:
        return False
    inner = text[q.inner_start : q.inner_end]
    before = text[max(0, q.start - 40) : q.start]
    if _NAMED_AS_BEFORE.search(before) and _NICKNAME.fullmatch(inner.rstrip(",")) is not None:
        return True
    return (
        _NICKNAME.fullmatch(inner) is not None
        and _NAME_BEFORE.search(before) is not None
        and _NAME_AFTER.match(text[q.end : q.end + 40]) is not None
    )


class QuoteIndex:
    """Which quote, if any, covers a character offset."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self._starts = [q.start for q in quotes]

    def at(self, offset: int) -> Quote | None:
        k = bisect_right(self._starts, offset) - 1
        if k >= 0 and offset < self.quotes[k].end:
            return self.quotes[k]
        return None
