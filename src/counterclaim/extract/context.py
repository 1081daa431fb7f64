"""Per-document facts every extractor reads, computed once per ``Doc``."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from counterclaim.extract.quotes import Quote, find_quotes


class DocContext:
    """Quotes and token-level lookups for one document."""

    def __init__(self, doc: Doc, quotes: list[Quote] | None = None) -> None:
        self.doc = doc
        self.quotes = quotes if quotes is not None else find_quotes(doc_text(doc))
        # quote index of each token (-1: outside every quote); marks count as inside.
        self.tok_quote = [-1] * len(doc)
        qi = 0
        qs = self.quotes
        for t in doc:
            while qi < len(qs) and qs[qi].end <= t.idx:
                qi += 1
            if qi < len(qs) and qs[qi].start <= t.idx < qs[qi].end:
                self.tok_quote[t.i] = qi
        self._sent_of: list[int] | None = None
        self._sent_bounds: list[tuple[int, int]] = []
        self._sent_has_q: list[bool] = []

    def _sentences(self) -> None:
        """Sentence bounds (token indices) and whether each sentence holds a quote."""
        bounds: list[tuple[int, int]] = []
        of = [0] * len(self.doc)
        has_q: list[bool] = []
        tq = self.tok_quote
        for k, s in enumerate(self.doc.sents):
            a, b = s.start, s.end
            bounds.append((a, b))
            of[a:b] = [k] * (b - a)
            has_q.append(any(tq[j] >= 0 for j in range(a, b)))
        self._sent_bounds, self._sent_of, self._sent_has_q = bounds, of, has_q

    def sent_bounds(self, i: int) -> tuple[int, int]:
        """(start, end) token indices of the sentence of token ``i`` (``Token.sent``
        walks the sentence on each call)."""
        if self._sent_of is None:
            self._sentences()
        assert self._sent_of is not None
        return self._sent_bounds[self._sent_of[i]]

    def sent_has_quote(self, i: int) -> bool:
        """Whether a token of token ``i``'s sentence lies in a quote."""
        if self._sent_of is None:
            self._sentences()
        assert self._sent_of is not None
        return self._sent_has_q[self._sent_of[i]]

    def quote_of(self, tok: Token) -> Quote | None:
        k = self.tok_quote[tok.i]
        return self.quotes[k] if k >= 0 else None

    def in_quote(self, tok: Token) -> bool:
        return self.tok_quote[tok.i] >= 0


def token_range(first: Token, last: Token) -> tuple[int, int]:
    """Character range from the start of ``first`` to the end of ``last``."""
    return first.idx, last.idx + len(last.text)


def pobjs(tok: Token, preps: Iterable[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps`` ("fire from X": X)."""
    wanted = frozenset(preps)
    return [
        g
        for c in tok.children
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in wanted
        for g in c.children
        if g.dep_ == "pobj"
    ]


def hyphen_joined_end(doc: Doc, end: int, next_ok: Callable[[Token], bool]) -> int:
    """Where a token run ending before ``end`` stops once tight hyphens extend it
    ("SPLM-N", "al-Baba"): each "-" with no space on either side, followed by a token
    ``next_ok`` accepts, takes the run two tokens further."""
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and next_ok(doc[end + 1])
    ):
        end += 2
    return end


def subtree_range(t: Token) -> tuple[int, int]:
    """Character range of ``t``'s subtree."""
    return token_range(t.left_edge, t.right_edge)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token's text on each access, which
    made extractors that read it per cue or per toponym quadratic in document length."""
    cached = doc.user_data.get("cc_text")
    if cached is None:
        cached = doc.text  # a Doc's text never changes once made
        doc.user_data["cc_text"] = cached
    return str(cached)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document (spaCy rebuilds the tuple on each access)."""
    cached = doc.user_data.get("cc_ents")
    if cached is None:
        cached = tuple(doc.ents)
        doc.user_data["cc_ents"] = cached
    return tuple(cached)


def ent_at(doc: Doc, i: int) -> Span | None:
    """The entity holding token ``i``, if any (``doc.ents`` are sorted and disjoint)."""
    ents = doc_ents(doc)
    starts = doc.user_data.get("cc_ent_starts")
    if starts is None:
        starts = doc.user_data["cc_ent_starts"] = [e.start for e in ents]
    k = bisect_right(starts, i) - 1
    if k >= 0 and i < ents[k].end:
        return ents[k]
    return None
