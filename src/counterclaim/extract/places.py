"""Place and date mentions in the shapes the claim extractor reads.

Reads: entities (and, once present, the gazetteer-backed toponym finder). Gives
``PlaceRef`` (range, key, name) and ``DateRef`` (range, ISO prefix, precision).
"""

from __future__ import annotations

from spacy.tokens import Doc

from counterclaim.actors import normalise
from counterclaim.extract.claims import DateRef, PlaceRef

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def place_refs(doc: Doc) -> list[PlaceRef]:
    """Places named in ``doc``, keyed by their normalised name."""
    return [
        PlaceRef(e.start_char, e.end_char, normalise(e.text), e.text)
        for e in doc.ents
        if e.label_ in _PLACE_LABELS
    ]


def date_refs(doc: Doc, published: str | None) -> list[DateRef]:
    """Dates named in ``doc`` (unresolved until the date resolver is in place)."""
    return [DateRef(e.start_char, e.end_char, None, None) for e in doc.ents if e.label_ == "DATE"]
