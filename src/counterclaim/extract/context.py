"""Per-document facts every extractor reads, computed once per ``Doc``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from counterclaim.extract.quotes import Quote, find_quotes


class DocContext:
    """Quotes and token-level lookups for one document."""

    def __init__(self, doc: Doc, quotes: list[Quote] | None = None) -> None:
        self.doc = doc
        self.quotes = quotes if quotes is not None else find_quotes(doc.text)
        # quote index of each token (-1: outside every quote); marks count as inside.
        self.tok_quote = [-1] * len(doc)
        qi = 0
        qs = self.quotes
        for t in doc:
            while qi < len(qs) and qs[qi].end <= t.idx:
                qi += 1
            if qi < len(qs) and qs[qi].start <= t.idx < qs[qi].end:
                self.tok_quote[t.i] = qi

    def quote_of(self, tok: Token) -> Quote | None:
        k = self.tok_quote[tok.i]
        return self.quotes[k] if k >= 0 else None

    def in_quote(self, tok: Token) -> bool:
        return self.tok_quote[tok.i] >= 0
