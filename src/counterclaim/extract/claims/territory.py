"""Ground and borders: who holds a place ("under the full authority of the state",
"in the hands of"), who drove whom out, crossings into and out of a country's domain.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from counterclaim.actors import country_words, normalise
from counterclaim.extract.claims.model import (
    PlaceRef,
)
from counterclaim.extract.claims.syntax import (
    _child,
    _is_negated,
    _toponym,
)
from counterclaim.extract.claims.words import (
    ARMED_MEN_WORDS,
    BETTER_GROUND_WORDS,
    BORDER_LINE_WORDS,
    CIVILIAN_PEOPLE,
    DIVIDING_LINE_WORDS,
    DOMAIN_WORDS,
    FORCE_HEADS,
    FORMATION_WORDS,
    GROUND_NOUNS,
    HELD_EVENT_NOUNS,
    HOLDING_LEMMAS,
    INSIDE_PREPS,
    INTO_PREPS,
    KEEP_SIDE_LEMMAS,
    OWN_FORCE_WORDS,
    OWN_SIDE_POSS,
    SETTLEMENT_NOUNS,
    STATE_FORCE_WORDS,
    STATE_WORDS,
    TRAVEL_OFF_LEMMAS,
    TROOP_WORDS,
    UNDER_CONTROL_NOUNS,
    UNIT_WORDS,
    WITHIN_PREPS,
)
from counterclaim.extract.context import doc_text, pobjs, subtree_range


def _kept_to_a_side(pred: Token) -> bool:
    """Whether troops are said to have stayed on their own side of a line ("its troops
    had stayed on the Israeli side", "our soldiers remained on our side of the border"):
    a denial that they crossed it, no hold on ground."""
    if pred.pos_ != "VERB" or pred.lemma_.lower() not in KEEP_SIDE_LEMMAS:
        return False
    if any(g.lemma_.lower() in BORDER_LINE_WORDS for g in pobjs(pred, ("from",))) and any(
        c.dep_ == "npadvmod" for c in pred.children
    ):
        # "the patrol had stayed at least 300 metres from the border line": kept away
        # from the line, so never across it
        return True
    for prep in pred.children:
        if prep.dep_ != "prep" or prep.lemma_.lower() != "on":
            continue
        for side in prep.children:
            if side.dep_ != "pobj" or side.lemma_.lower() != "side":
                continue
            if any(
                (c.dep_ == "poss" and c.lower_ in OWN_SIDE_POSS)
                or (c.dep_ == "amod" and (c.lower_ == "own" or c.ent_type_ == "NORP"))
                for c in side.children
            ):
                return True
    # "had been operating in the North's own waters": kept within them
    return _in_own_domain(pred)


def _own_mark(t: Token) -> bool:
    """Whether a domain noun is marked as its speaker's side's own ("our waters", "its
    own territory", "the North's own waters")."""
    return any(
        (c.dep_ == "poss" and c.lower_ in OWN_SIDE_POSS) or (c.dep_ == "amod" and c.lower_ == "own")
        for c in t.children
    )


def _drove_out(pred: Token) -> bool:
    """ "The soldiers drove out of Hsipaw": "drive out of" a place with no one driven
    (no object, not passive) is leaving it, not expelling anyone."""
    return (
        pred.pos_ == "VERB"
        and pred.lemma_.lower() in TRAVEL_OFF_LEMMAS
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in pred.children)
        and any(
            c.lower_ == "out" and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
            for c in pred.children
            if c.dep_ in ("prep", "prt", "advmod")
        )
    )


def _domain(t: Token) -> bool:
    """Whether a noun names a state's waters, airspace or territory ("Russian waters":
    the small model's lemma is "water")."""
    return t.lemma_.lower() in DOMAIN_WORDS or t.lower_ == "waters"


def _in_own_domain(pred: Token) -> bool:
    """Whether a verb of keeping puts its subject in a domain marked as one's own ("the
    boat had been operating in the North's own waters", "stayed inside our territory"):
    a denial that it crossed out of it."""
    if pred.pos_ != "VERB" or pred.lemma_.lower() not in KEEP_SIDE_LEMMAS:
        return False
    return any(_domain(g) and _own_mark(g) for g in pobjs(pred, WITHIN_PREPS))


def _came_into_domain(pred: Token) -> bool:
    """ "the boat came into our waters", "came inside Guatemalan territory": coming into
    a state's waters, airspace or territory is crossing into it (a country or a town
    come into is no crossing: refugees, fighters)."""
    return pred.pos_ == "VERB" and any(_domain(g) for g in pobjs(pred, INTO_PREPS))


def _left_a_domain(pred: Token) -> bool:
    """'the boats had never left Honduran waters', 'never left our airspace': a state's
    waters (or airspace, territory), named by nationality or as one's own, not left:
    a denial that the subject crossed out of them (said negated only: "left Russian
    waters" may be a ship going home)."""
    if pred.pos_ != "VERB" or pred.lemma_.lower() != "leave" or not _is_negated(pred):
        return False
    obj = _child(pred, ("dobj",))
    return (
        obj is not None
        and _domain(obj)
        and (
            _own_mark(obj)
            # ("Belizean" may be tagged a person's name: the country word decides)
            # ("Kyrgyz territory": the parser may hang the country word as a compound)
            or any(
                c.dep_ in ("amod", "compound")
                and (c.ent_type_ == "NORP" or normalise(c.text) in country_words())
                for c in obj.children
            )
        )
    )


def _place_freed(pred: Token) -> bool:
    """Whether what is set free is a place named ("the town of X was freed")."""
    return any(
        c.dep_ in ("nsubjpass", "dobj")
        and (
            c.ent_type_ in ("GPE", "LOC", "FAC")
            or _toponym(c)
            or (
                c.lemma_.lower() in SETTLEMENT_NOUNS and any(_toponym(o) for o in pobjs(c, ("of",)))
            )
        )
        for c in pred.children
    )


def _into_a_state(pred: Token) -> bool:
    """Whether a verb of moving in goes into a country or its territory ("entered
    Lebanon", "advanced into Lebanese territory"), not into a town."""
    if pred.lemma_.lower() == "cross":
        # "crossed the Blue Line", "crossed 50 metres beyond the Line of Control" (not
        # "crossed a red line")
        lines = [c for c in pred.children if c.dep_ == "dobj"]
        lines += [
            g
            for c in pred.children
            if c.dep_ == "prep" and c.lower_ in ("beyond", "across", "over")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        # ("crossed the Northern Limit Line west of the island", parsed with "west" as
        # the object and the line's name as its compound)
        lines += [g for t in list(lines) for g in t.children if g.dep_ == "compound"]
        if any(t.lemma_.lower() == "line" and t.pos_ == "PROPN" for t in lines):
            return True
        who = _child(pred, ("nsubj", "nsubjpass"))
        if (who is None or who.lemma_.lower() not in CIVILIAN_PEOPLE) and any(
            t.lemma_.lower() == "line"
            and (
                any(
                    c.dep_ in ("amod", "compound") and c.lower_ in DIVIDING_LINE_WORDS
                    for c in t.children
                )
                # ("crossed the line of the frontier", "the line of contact")
                or any(o.lemma_.lower() in DIVIDING_LINE_WORDS for o in pobjs(t, ("of",)))
            )
            for t in lines
        ):
            # "its boat never crossed the fairway line", "crossed the boundary line": the
            # line between the two sides (not "a red line"; villagers crossing it are
            # no incursion)
            return True
        # "hundreds of Ethiopian troops had crossed into the Gedo region": troops that
        # cross into somewhere cross a border
        who = _child(pred, ("nsubj", "nsubjpass"))
        if who is not None and who.lemma_.lower() in ("hundred", "thousand", "dozen", "hundreds"):
            who = next(
                (
                    g
                    for c in who.children
                    if c.dep_ == "prep"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                who,
            )
        troops = who is not None and who.lemma_.lower() in TROOP_WORDS | UNIT_WORDS | {"patrol"}
        if troops and any(c.dep_ == "prep" and c.lower_ == "into" for c in pred.children):
            return True
        if troops and any(
            t.lemma_.lower() == "line"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            and not any(c.dep_ in ("amod", "compound") for c in t.children)
            for t in lines
        ):
            # 'Indian soldiers had "illegally crossed the line"': troops crossing the
            # line, bare, cross the border the story is about (not "a red line")
            return True
        # "they had crossed into Chinese territory": whoever crossed, into a country
        # or its territory (below, as for "entered")
    places = [c for c in pred.children if c.dep_ == "dobj"]
    places += [
        g
        for c in pred.children
        if c.dep_ == "prep" and c.lower_ in ("into", "inside")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        t.lemma_.lower() in ("territory", "airspace", "waters")
        # ("Russian waters": the small model's lemma is "water")
        or t.lower_ == "waters"
        or (t.ent_type_ == "GPE" and normalise(t.text) in country_words())
        for t in places
    )


def _to_better_ground(pred: Token) -> bool:
    """ "moved to more advantageous positions", "withdrew to better-prepared lines": a
    retreat told as a move."""
    return any(
        g.lemma_.lower() in ("position", "line")
        and any(t.lower_ in BETTER_GROUND_WORDS for t in g.subtree if t.i < g.i)
        for g in pobjs(pred, ("to",))
    )


def _under_authority(pred: Token) -> bool:
    """ "Goundam is once again under the full authority of the state": held by X, a
    claim of control as "under the control of X" is ("authority" alone is no frame)."""
    return (
        pred.lemma_.lower() in UNDER_CONTROL_NOUNS - {"control"}
        and pred.dep_ == "pobj"
        and pred.head.lower_ == "under"
        and bool(pobjs(pred, ("of",)))
    )


def _armed_men_inside(pred: Token) -> bool:
    """ "The jihadists are inside Goundam", "the rebels were inside the town": an armed
    group's men said to be within a town hold it (a claim of control, not a sighting)."""
    if pred.lemma_.lower() != "be":
        return False
    subj = _child(pred, ("nsubj",))
    if subj is None or subj.lemma_.lower() not in ARMED_MEN_WORDS:
        return False
    if any(c.dep_ == "poss" for c in subj.children):
        return False  # ("our fighters are inside the town": the speaker's own, a deployment)
    return any(
        g.lemma_.lower() in SETTLEMENT_NOUNS or (g.pos_ == "PROPN" and _toponym(g))
        for g in pobjs(pred, tuple(INSIDE_PREPS))
    )


def _under_control_of(pred: Token) -> Token | None:
    """Who holds a place said to be "under the control of X": X."""
    if not (
        pred.lemma_.lower() in UNDER_CONTROL_NOUNS
        and pred.dep_ == "pobj"
        and pred.head.lower_ == "under"
    ):
        return None
    return next(iter(pobjs(pred, ("of",))), None)


def _forces_by_kind(t: Token) -> bool:
    """ "the national armed forces", "the Republic" (which the tagger may take for an
    organisation's name): a state or its forces named by their kind alone, no country,
    no owner, no other name."""
    words = list(t.subtree)
    return (
        t.lemma_.lower() in FORCE_HEADS | STATE_WORDS
        and all(w.is_lower or w.is_punct or w.i == t.i for w in words)
        and not any(w.dep_ == "poss" or normalise(w.text) in country_words() for w in words)
    )


def _forces_without_country(subj: Token) -> bool:
    """Whether a subject names a state's forces without saying whose: "government
    troops", "the army", "the air force", "a military fighter jet" (no demonym, no
    possessive, no name)."""
    head = subj.lemma_.lower()
    words = list(subj.subtree)
    if head in FORMATION_WORDS and not any(
        t.ent_type_ in ("NORP", "GPE") or t.dep_ == "poss" or normalise(t.text) in country_words()
        for t in words
    ):
        return True  # "the 22nd Division", said by the army's spokesman: one of its units
    if head not in FORCE_HEADS | STATE_WORDS | STATE_FORCE_WORDS:
        return False
    if any(t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or t.dep_ == "poss" for t in words):
        return False
    lows = {t.lower_ for t in words}
    if head in ("military", "army", "navy") or head in STATE_WORDS or "air" in lows:
        return True
    if head in STATE_FORCE_WORDS and len([*subj.lefts, subj]) <= 2:
        # "officers had pulled out", "the troops", "troops backed by allied fighters": a
        # state's own, unqualified
        return True
    # ("the defence and security forces": a state's own, by what they are for)
    return bool(
        lows
        & (
            OWN_FORCE_WORDS
            | {"military", "army", "navy", "police", "security", "defence", "defense"}
        )
    )


def _named_ground(
    doc: Doc, obj: Token, places: Sequence[PlaceRef], link: object
) -> PlaceRef | None:
    """The object of a control verb as a place when it is a proper name the toponym
    finder missed and no actor ("seized Moqokori"), keyed by its normalised name."""
    assert callable(link)
    described = any(c.dep_ == "appos" and c.lemma_.lower() in GROUND_NOUNS for c in obj.children)
    if obj.lemma_.lower() == "control":
        # "taken full control of Velykyi Potemkin island"
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        held = _child(of, ("pobj",)) if of is not None else None
        return _named_ground(doc, held, places, link) if held is not None else None
    if obj.pos_ == "NOUN" and obj.lemma_.lower() in GROUND_NOUNS:
        # "Velykyi Potemkin island", "the village of X" is handled by the gazetteer
        names = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names:
            return None
        described = True
    elif obj.pos_ != "PROPN" or obj.ent_type_ in ("NORP", "DATE"):
        return None
    if obj.ent_type_ == "PERSON" and not described:
        return None  # "Moqokori, a town in ...": the tagger's person is a town
    first = min(
        (t.left_edge for t in obj.lefts if t.dep_ == "compound"), key=lambda t: t.i, default=obj
    )
    start, end = first.idx, obj.idx + len(obj.text)
    if any(p.start < end and start < p.end for p in places):
        return None
    linked = None if described else link(start, end)
    if linked is not None and not linked.method.endswith("new"):
        return None  # "captured Bakhmut" is a place; "seized Hamas" is no place
    text = doc_text(doc)[start:end]
    # a named town or island: more specific than a region, less sure than a resolved city
    return PlaceRef(start, end, normalise(text), text, 1)


def _holds_no_ground(pred: Token, held: Token | None, places: Sequence[PlaceRef]) -> bool:
    """Whether a control verb is about something other than ground: what it holds or
    takes is named and is no ground, or a particle makes it another verb."""
    if pred.lemma_.lower() not in HOLDING_LEMMAS:
        return False
    if held is not None:
        return not _holds_ground(held, places)
    return any(c.dep_ == "prt" for c in pred.children)


def _names_place_or_ground(obj: Token, places: Sequence[PlaceRef]) -> bool:
    lo, hi = subtree_range(obj)
    return obj.pos_ == "PROPN" or any(lo <= p.start and p.end <= hi for p in places)


def _holds_ground(obj: Token, places: Sequence[PlaceRef]) -> bool:
    """Whether an object names ground: a place mention, or a ground noun."""
    if obj.pos_ in ("PROPN", "PRON"):
        return True  # "retook Lascahobas" (a town the gazetteer lacks), "still held it"
    if obj.lemma_.lower() in GROUND_NOUNS or obj.lower_ in GROUND_NOUNS:
        return True
    if obj.lemma_.lower() in HELD_EVENT_NOUNS:
        return False  # "holding drills around Taiwan", "held talks in Doha"
    lo, hi = subtree_range(obj)
    return any(lo <= p.start and p.end <= hi for p in places)


def _only_at(pred: Token) -> bool:
    """ "our forces fired only at the sources of fire", "soldiers fired only warning
    shots", "struck only military targets": a deed owned only in a narrower form, the
    speaker's answer to the charge (it denies the deed charged, it does not confirm it)."""
    return any(
        c.i > pred.i and c.dep_ in ("dobj", "prep", "advmod") and c.left_edge.lower_ == "only"
        for c in pred.children
    )


def _only_on_soil(pred: Token) -> bool:
    """ "its forces were deployed only on Tanzanian soil": troops kept to a country's
    own ground, the speaker's answer to a charge that they are abroad (it denies the
    deployment charged)."""
    return any(
        c.i > pred.i
        and c.dep_ == "prep"
        and c.left_edge.lower_ == "only"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in ("soil", "territory") for g in c.children)
        for c in pred.children
    )


def _in_hands_of(pred: Token) -> Token | None:
    """X in "<place> remains/is (still) in the hands of X" or "under the control of X"."""
    be = pred.lemma_.lower() in ("be", "remain", "stay")
    # "had fallen into the attackers' hands": taken by them
    fall = pred.lemma_.lower() == "fall"
    for c in pred.children:
        # ("no soldier was missing or in the hands of the militants", parsed with "in" a
        # conjunct of "missing")
        if (((c.dep_ == "prep" and be) or c.dep_ == "conj") and c.lower_ in ("in", "under")) or (
            fall and c.dep_ == "prep" and c.lower_ == "into"
        ):
            for h in c.children:
                # ("troops remained in control of Hsipaw": the troops hold Hsipaw)
                held = ("hand", "control") if c.lower_ == "under" else ("hand",)
                if h.dep_ == "pobj" and h.lemma_.lower() in held:
                    for of in h.children:
                        if of.dep_ == "prep" and of.lower_ == "of":
                            return _child(of, ("pobj",))
                    if h.lemma_.lower() == "hand":
                        # "The town is in their hands", "into the attackers' hands"
                        return _child(h, ("poss",)) or _hands_kind(h)
                    # "Marinka remains under our control" (the speaker's side holds it),
                    # "under Russian control", "under rebel control"
                    return next(
                        (
                            g
                            for g in h.children
                            if (g.dep_ == "poss" and g.lower_ in ("our", "its", "their"))
                            or (g.dep_ == "amod" and g.ent_type_ in ("NORP", "GPE"))
                            or (g.dep_ == "compound" and g.pos_ in ("NOUN", "PROPN"))
                        ),
                        None,
                    )
    return None


def _hands_kind(hands: Token) -> Token | None:
    """The holder named by a word before "hands" ("fell into enemy hands", "into rebel
    hands", "in Russian hands"): the enemy, the rebels, the Russians."""
    return next(
        (
            c
            for c in hands.children
            if (c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN"))
            or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))
        ),
        None,
    )
