"""Places: toponyms found and resolved offline, in the shapes later extractors read.

Reads: entities, the text (``geo.find_toponyms``, ``geo.resolve``). Writes nothing by
itself; the ``cc_places`` component stores the resolutions on ``doc._.places``.
Gives ``PlaceRef`` (range, key, name) for the claim extractor: the key is the
gazetteer id of the resolved place ("adm1:RU-KRS"), else the normalised name.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from counterclaim.actors import normalise
from counterclaim.extract.claims import DateRef, PlaceRef
from counterclaim.extract.context import doc_text
from counterclaim.extract.dates import DateMention
from counterclaim.extract.lexicon import DATELINE
from counterclaim.geo import Resolution, find_toponyms, resolve

#: More specific places make better keys: "Kursk Oblast" over "Russia".
SPECIFICITY = {"airport": 0, "city": 0, "admin2": 1, "admin1": 2, "country": 3, "continent": 4}


def resolve_places(doc: Doc) -> list[Resolution]:
    """Every toponym in ``doc`` with the place it resolves to (or None); not a name
    left unresolved that the actor catalogue knows as a body ("M23")."""
    return [
        r
        for r in resolve(find_toponyms(doc), doc_text(doc), doc)
        if r.place is not None or not _names_a_body(r.toponym.text)
    ]


def place_refs(resolutions: Sequence[Resolution], text: str = "") -> list[PlaceRef]:
    """Place mentions keyed for grouping claims; not the dateline's place (where the
    story was filed is not what it is about)."""
    datelines = [(m.start(), m.end()) for m in DATELINE.finditer(text)]
    out = []
    for r in resolutions:
        t = r.toponym
        if any(a <= t.start < b for a, b in datelines):
            continue
        pl = r.place
        owner = text[t.end : t.end + 2] in ("'s", "’s")
        if pl is not None and pl.approx and pl.kind in ("admin1", "country"):
            # a town the gazetteer lacks, placed in the division the article names
            # ("Nasir, South Sudan"): keyed by its own name, not the division's point
            out.append(
                PlaceRef(t.start, t.end, normalise(t.text), t.text, 0, region=pl.id, owner=owner)
            )
        elif pl is not None:
            rank = SPECIFICITY.get(pl.kind, 5)
            region = pl.admin1_id or pl.id
            out.append(
                PlaceRef(t.start, t.end, pl.id, pl.name, rank, pl.lat, pl.lon, region, owner)
            )
        elif not _names_a_body(t.text):
            out.append(PlaceRef(t.start, t.end, normalise(t.text), t.text, 6, owner=owner))
    return out


def _names_a_body(name: str) -> bool:
    """Whether an unresolved name is a group, organisation or outlet the actor
    catalogue knows ("Hezbollah" tagged as a place): no place to group claims by."""
    from counterclaim.actors import load_catalogue

    return any(
        a.kind in ("group", "organisation", "media") for a in load_catalogue().by_alias(name)
    )


def date_refs(mentions: Sequence[DateMention]) -> list[DateRef]:
    """Resolved date mentions in the shape the claim extractor reads."""
    return [DateRef(m.start, m.end, m.value, m.precision) for m in mentions]
