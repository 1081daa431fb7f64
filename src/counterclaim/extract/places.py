"""Places: toponyms found and resolved offline, in the shapes later extractors read.

Reads: entities, the text (``geo.find_toponyms``, ``geo.resolve``), and the actor
catalogue's armed groups named in the entities (their home country is evidence of where
the article's places are: "Houthi rebels" -> Yemen). Writes nothing by
itself; the ``cc_places`` component stores the resolutions on ``doc._.places``.
Gives ``PlaceRef`` (range, key, name) for the claim extractor: the key is the
gazetteer id of the resolved place ("adm1:RU-KRS"), else the normalised name.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from counterclaim.actors import normalise
from counterclaim.extract.claims import DateRef, PlaceRef
from counterclaim.extract.context import doc_ents, doc_text
from counterclaim.extract.dates import DateMention
from counterclaim.extract.lexicon import DATELINE
from counterclaim.geo import Resolution, find_toponyms, resolve

#: More specific places make better keys: "Kursk Oblast" over "Russia".
SPECIFICITY = {"airport": 0, "city": 0, "admin2": 1, "admin1": 2, "country": 3, "continent": 4}


def resolve_places(doc: Doc) -> list[Resolution]:
    """Every toponym in ``doc`` with the place it resolves to (or None); not a name
    left unresolved that the actor catalogue knows as a body ("M23"), nor a gang's."""
    toponyms = find_toponyms(doc)
    groups = group_countries(doc)
    found = resolve(toponyms, doc_text(doc), doc, groups)
    # a name the article uses for a gang ("the Los Lobos gang") is the gang's wherever
    # the article writes it ("ordered by Los Lobos"), unless it is a state or province
    # ("the Sinaloa cartel" and "in Sinaloa")
    gangs = {
        normalise(r.toponym.text)
        for r in found
        if _names_a_gang(doc, r) and not (r.place is not None and r.place.kind in _HOLDING_KINDS)
    }
    if gangs:
        # a gang's name is no evidence of where the rest is ("Los Lobos" is a Mexican
        # village's name too, and drew "San Lorenzo" in Ecuador to Mexico with it)
        kept = [t for t in toponyms if normalise(t.text) not in gangs]
        found = resolve(kept, doc_text(doc), doc, groups)
    return [
        r
        for r in found
        if (r.place is not None or not _names_a_body(r.toponym.text))
        and not _names_a_gang(doc, r)
        and normalise(r.toponym.text) not in gangs
    ]


#: Entity labels a group's name gets from the tagger.
_GROUP_LABELS = frozenset({"ORG", "NORP", "PERSON", "GPE"})


def group_countries(doc: Doc) -> dict[str, int]:
    """ISO2 -> how often the article names an armed group the actor catalogue places in
    that country ("Houthi rebels" -> YE); for the resolver (``geo.resolve``)."""
    from counterclaim.actors import load_catalogue

    cat = load_catalogue()
    out: dict[str, int] = {}
    for ent in doc_ents(doc):
        if ent.label_ not in _GROUP_LABELS:
            continue
        found = [a for a in cat.by_alias(ent.text) if a.kind == "group" and a.country]
        homes = {a.country for a in found}
        info = cat.countries.get(homes.pop()) if len(homes) == 1 else None
        if info is not None and info.iso2:
            out[info.iso2] = out.get(info.iso2, 0) + 1
    return out


#: Nouns of a criminal body named after a place ("the Los Lobos gang", "the Gulf
#: cartel"): the name is the body's, not where anything happened.
GANG_NOUNS = frozenset({"gang", "cartel", "syndicate", "mafia", "clan"})
#: People of a body ("Los Lobos leaders", "Azov fighters"): after a name the catalogue
#: knows as an armed group, the name is the group's.
MEMBER_NOUNS = frozenset(
    {"leader", "member", "inmate", "prisoner", "fighter", "gunman", "commander", "boss"}
)
#: Place kinds a body's members may "belong to" ("the men belonged to Los Lobos") without
#: it being a body: a state or province ("the town belonged to Ukraine").
_HOLDING_KINDS = frozenset({"country", "admin1"})


def _names_a_gang(doc: Doc, r: Resolution) -> bool:
    """Whether a toponym names a gang: followed by a gang noun ("the Los Lobos gang"),
    or, unless a state or province, what men are "members of" or "belonged to"."""
    span = doc.char_span(r.toponym.start, r.toponym.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    after = doc[span.end].lemma_.lower() if span.end < len(doc) else ""
    if after in GANG_NOUNS:
        return True
    if after in MEMBER_NOUNS and _names_a_group(r.toponym.text):
        return True  # "Los Lobos leaders", when the catalogue knows a group so named
    if r.place is not None and r.place.kind in _HOLDING_KINDS:
        return False
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and (
        (prep.lower_ == "of" and prep.head.lemma_.lower() == "member")
        or (prep.lower_ == "to" and prep.head.lemma_.lower() == "belong")
    )


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


def dateline_ref(resolutions: Sequence[Resolution], text: str = "") -> PlaceRef | None:
    """The dateline's town when the article names it again ("RIO DE JANEIRO - Nine men
    were killed ... Rio de Janeiro's police"): where a toll that names no town
    happened; None for a town only filed from ("MEXICO CITY -" on a Michoacan toll)."""
    datelines = [(m.start(), m.end()) for m in DATELINE.finditer(text[:200])]
    inside = [
        r
        for r in resolutions
        if any(a <= r.toponym.start < b for a, b in datelines)
        and r.place is not None
        and r.place.lat is not None
        and not r.place.approx
    ]
    pl = inside[0].place if inside else None
    if pl is None:
        return None
    t = inside[0].toponym
    if not any(
        r.place is not None
        and r.place.id == pl.id
        and not any(a <= r.toponym.start < b for a, b in datelines)
        for r in resolutions
    ):
        return None
    rank = SPECIFICITY.get(pl.kind, 5)
    return PlaceRef(t.start, t.end, pl.id, pl.name, rank, pl.lat, pl.lon, pl.admin1_id or pl.id)


def _names_a_group(name: str) -> bool:
    """Whether the actor catalogue knows ``name`` as an armed group ("Los Lobos")."""
    from counterclaim.actors import load_catalogue

    return any(a.kind == "group" for a in load_catalogue().by_alias(name))


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
