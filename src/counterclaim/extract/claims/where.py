"""Where and when a claim is set: the best place in or around its clause, a topic place
for the statement, and the date it is said or told to have happened.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from counterclaim.actors import country_words, load_catalogue, normalise
from counterclaim.extract.attribution import (
    RawStatement,
)
from counterclaim.extract.claims.frames import (
    _frame,
)
from counterclaim.extract.claims.model import (
    DateRef,
    PlaceRef,
)
from counterclaim.extract.claims.syntax import (
    _country_place,
    _in_other_clause,
    _token_at,
    _under_modifier_clause,
)
from counterclaim.extract.claims.words import (
    _MODIFIER_CLAUSES,
    _ROUTE_AFTER,
    _ROUTE_BEFORE,
    _WORD_AFTER,
    ADDRESSING_LEMMAS,
    AUDIENCE_NOUNS,
    BEARINGS,
    CLAIM_NOUNS,
    GATHERING_NOUNS,
    GROUND_NOUNS,
    LOCATIVE,
    MOOD_LEMMAS,
    ORIGIN_NOUNS,
    PACT_NOUNS,
    ROUTE_NOUNS,
    SEAT_NOUNS,
    SETTLEMENT_NOUNS,
    SPEAKING_LEMMAS,
    TOLD_LEMMAS,
    TREATED_AT_NOUNS,
    frames,
)
from counterclaim.extract.context import doc_text


def _locative(doc: Doc | None, p: PlaceRef) -> bool:
    if doc is None:
        return True
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    head = span.root
    while head.dep_ in ("compound", "amod", "poss", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.head.i:
        # "from the town of Uvira", "in the province of Paktika": the noun it names
        # is where the preposition points
        head = head.head.head
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE


def _best_place(
    places: Sequence[PlaceRef],
    start: int,
    end: int,
    skip: tuple[int, int] | None = None,
    doc: Doc | None = None,
    target: tuple[int, int] | None = None,
    pred: Token | None = None,
    left: bool = False,
) -> int | None:
    """The place a claim is about, among those named in [start, end) and not inside
    ``skip`` (the subject): one inside ``target`` (the object: "captured the town of
    Chasiv Yar") first, then one after "in", "near" ..., the most specific first; a
    place in a clause that only modifies ``pred`` ("following pressure from the U.S.",
    "the peace process agreed in Washington") comes last."""
    inside = [
        k
        for k, p in enumerate(places)
        if start <= p.start
        and p.end <= end
        and not p.owner
        and not (skip is not None and skip[0] <= p.start and p.end <= skip[1])
    ]
    if not inside:
        return None

    def tier(p: PlaceRef) -> int:
        span = doc.char_span(p.start, p.end, alignment_mode="expand") if doc is not None else None
        if span is not None and len(span) and _names_a_pact(span.root):
            return 4  # "in violation of the Almaty declaration": a pact, not a place
        if doc is not None and _ends_of_a_route(doc_text(doc), p.start, p.end):
            return 4  # "an outpost on the Mandalay-Lashio highway": a road's ends
        if (
            span is not None
            and len(span)
            and pred is not None
            and _frame(pred)[0] == "casualties"
            and _where_treated(span.root)
        ):
            return 4  # "died in hospital in Dapaong": where the wounded were treated
        if left and span is not None and _after_from(span.root):
            return -1  # "pulled back from Moqokori to the town of Mahas": Moqokori
        if left and span is not None and _after_from(span.root, ("to", "towards", "toward")):
            return 4  # "withdrew to the town of Tibu": where they went is not what they left
        if (
            not left
            and span is not None
            and pred is not None
            and _after_from(span.root)
            and _frame(pred)[0] == "attack"
        ):
            return 4  # "shells fired from Syria hit Hermel": where fire came from is not where
        if target is not None and target[0] <= p.start and p.end <= target[1]:
            # "seized Moqokori, a town in the Hiiraan region": Moqokori, not the region
            # its apposition names
            obj = _token_at(doc, target) if doc is not None else None
            if (
                span is not None
                and len(span)
                and span.root.dep_ in ("compound", "amod", "nmod")
                and span.root.head.lemma_.lower() not in GROUND_NOUNS
                and span.root.head.pos_ != "PROPN"
            ):
                return 3  # "struck the U.S. aircraft carrier": whose carrier, not where
            if span is None or obj is None or not _under_modifier_clause(span.root, obj):
                return 0
        if pred is not None and span is not None and len(span):
            if _in_other_clause(span.root, pred):
                return 4  # "attacking the plant and ... rein in Kyiv": the other clause's
            if _under_modifier_clause(span.root, pred):
                return 3
        return 1 if _locative(doc, p) else 2

    tiers = {k: tier(places[k]) for k in inside}
    usable = [k for k in inside if tiers[k] < 4]
    if not usable:
        return None
    return min(usable, key=lambda k: (tiers[k], places[k].rank, places[k].start))


def _ends_of_a_route(text: str, start: int, end: int) -> bool:
    """Whether the place name at [start, end) is one end of a road named by both
    ("the Mandalay-Lashio highway", "the Kosti-Obeid road")."""
    after = _ROUTE_AFTER.match(text, end)
    if after is not None and after.group(1).lower() in ROUTE_NOUNS:
        return True
    word = _WORD_AFTER.match(text, end)
    return (
        word is not None
        and word.group(1).lower() in ROUTE_NOUNS
        and _ROUTE_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def _names_a_pact(t: Token) -> bool:
    """Whether a place name only names a pact or talks ("the Almaty declaration")."""
    while t.dep_ in ("compound", "amod", "nmod") and t.head.i != t.i:
        t = t.head
        if t.lemma_.lower() in PACT_NOUNS or t.lower_ in PACT_NOUNS:
            return True
    return False


def _in_care(t: Token) -> bool:
    """ "in hospital", "at a clinic": where someone lay, not what was struck ("a strike
    on a hospital")."""
    return (
        t.lemma_.lower() in TREATED_AT_NOUNS and t.dep_ == "pobj" and t.head.lower_ in ("in", "at")
    )


def _where_treated(t: Token) -> bool:
    """Whether a place name only says where a hospital is ("died in hospital in Bannu",
    "died at a hospital in Ranchi")."""
    while t.dep_ in ("compound", "amod", "appos") and t.head.i != t.i:
        t = t.head
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ not in ("in", "at", "near"):
        return False
    if _in_care(prep.head):
        return True
    # ("had died in hospital in Dapaong": both phrases hang on "died")
    return any(
        _in_care(g) and c.i < prep.i
        for c in prep.head.children
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _in_the_town(pred: Token) -> bool:
    """ "were inside the town", "are still in the village": a place named only as the
    town, in or inside it."""
    return any(
        g.lemma_.lower() in SETTLEMENT_NOUNS
        and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in g.children)
        and not any(c2.dep_ == "prep" for c2 in g.children)
        for c in pred.children
        if c.dep_ == "prep" and c.lower_ in ("in", "inside", "within")
        for g in c.children
        if g.dep_ == "pobj"
    )


def _soil_of(pred: Token, places: Sequence[PlaceRef]) -> PlaceRef | None:
    """The country whose soil or territory a clause names by its demonym ("uses Afghan
    soil against any country"): as the article names it elsewhere ("Afghanistan"),
    else as the gazetteer has it."""
    words = country_words()
    named = [
        (m, words[normalise(m.text)])
        for c in pred.children
        if c.dep_ in ("dobj", "prep")
        for g in (c, *c.children)
        if g.lemma_.lower() in ORIGIN_NOUNS
        for m in g.children
        if m.dep_ in ("amod", "compound") and normalise(m.text) in words
    ]
    if not named:
        return None
    wanted = {iso3 for _m, iso3 in named}
    for p in places:
        if p.key.startswith("country:") and words.get(normalise(p.name)) in wanted:
            return p
    m, iso3 = named[0]
    return _country_place(m, iso3)


def _after_from(t: Token, words: tuple[str, ...] = ("from",)) -> bool:
    while t.dep_ in ("compound", "amod", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "pobj":
        t = t.head.head  # "from the town of X"
    return t.dep_ == "pobj" and t.head.lower_ in words


def _own_date(
    doc: Doc, dates: Sequence[DateRef], evidence: tuple[int, int], pred: Token
) -> int | None:
    """The first date in the evidence that dates the deed itself, not one in a clause
    that only describes something ("seized Moqokori, a town government forces have held
    since 2022": not 2022)."""
    for k, d in enumerate(dates):
        if not (evidence[0] <= d.start and d.end <= evidence[1]):
            continue
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or not len(span):
            return k
        root = span.root
        if _under_modifier_clause(root, pred) and root.head.i != pred.i:
            continue
        if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.pos_ == "NOUN":
            continue  # "the November ceasefire was violated": when the truce began
        if _in_other_clause(root, pred):
            continue
        return k
    return None


def _said_date(doc: Doc, dates: Sequence[DateRef], st: RawStatement) -> int | None:
    """The date of the saying, outside its words ("In January, the spokesman had said
    there were no Ugandan troops"): what was said held then (a deed, by then), which
    dates it better than the day the article came out."""
    cue = doc[st.cue_token]
    sent = cue.sent
    for k, d in enumerate(dates):
        if st.content[0] <= d.start < st.content[1]:
            continue
        if not (sent.start_char <= d.start < sent.end_char):
            continue  # (checked by offsets first: a token's sentence is slow to find)
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or not len(span) or span.root.sent != sent:
            continue
        if cue in span.root.ancestors and not any(
            a.dep_ in _MODIFIER_CLAUSES
            for a in span.root.ancestors
            if a.i != cue.i and cue in a.ancestors
        ):
            return k
    return None


def _acts(doc: Doc, p: PlaceRef) -> bool:
    """Whether a place name is used as an actor: a subject, an owner, or the agent
    after "by"."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if span.end < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_:
        return True  # "the Moscow-installed governor", "the Ukrainian-held city"
    if (
        root.dep_ == "pobj"
        and root.head.lower_ in ("in", "from")
        and root.head.head.lemma_.lower() in SPEAKING_LEMMAS
    ):
        return True  # "In Moscow, Kremlin spokesman Dmitry Peskov said": where one spoke
    verb = root.head if root.dep_ == "dobj" else root.head.head if root.dep_ == "pobj" else None
    if (
        verb is not None
        and (root.dep_ == "dobj" or root.head.lower_ in ("on", "to", "with", "against"))
        and verb.lemma_.lower() not in frames()
        and any(a.kind == "government" for a in load_catalogue().by_alias(span.text))
    ):
        return True  # "the West should rein in Kyiv", "called on Moscow": its government
    if _government_unmoved(root, span.text):
        return True  # "Minsk was unmoved", "Moscow was not convinced": its government
    return root.dep_ in ("nsubj", "poss") or (root.dep_ == "pobj" and root.head.lower_ == "by")


def _government_unmoved(root: Token, name: str) -> bool:
    """Whether a capital the catalogue knows as a government is the passive subject of
    no deed ("Minsk was unmoved"): its government's mood, not a place something befell
    ("Kyiv was shelled" is the city's)."""
    return (
        root.dep_ == "nsubjpass"
        and (root.head.lemma_.lower() in MOOD_LEMMAS or root.head.lower_ in MOOD_LEMMAS)
        and any(a.kind == "government" for a in load_catalogue().by_alias(name))
    )


def _landmark(doc: Doc, p: PlaceRef) -> bool:
    """A place named only to find another ("a vessel 60 nautical miles west of
    Hodeidah") or where someone comes from ("the man, a 34-year-old from Raska"):
    not where the story happens."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    prep = head.head
    if head.dep_ != "pobj" or prep.i == head.i:
        return False
    if prep.lower_ == "of" and prep.head.lower_ in BEARINGS:
        return any(c.dep_ == "npadvmod" for c in prep.head.children)
    if _where_one_spoke(doc, p):
        return True
    return prep.lower_ == "from" and prep.head.lower_ == "old"


def _where_one_spoke(doc: Doc, p: PlaceRef) -> bool:
    """Whether a place only says where a speaking body sits ("Russia's embassy in
    Tallinn said"): not where what it said happened. (Not yet "a news conference in
    X": tried, it moved one story's topic to an unresolved town and split a denial.)"""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ != "pobj":
        return False
    prep = span.root.head
    return prep.lower_ == "in" and (
        prep.head.lemma_.lower() in SEAT_NOUNS or _audience(prep.head) or _claim_made(prep.head)
    )


def _claim_made(verb: Token) -> bool:
    """Whether ``verb`` says where a claim was made, not a deed ("the findings had been
    cooked up in Vilnius", "the report was drafted in X"): its passive subject a claim
    noun and the verb no deed's."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() not in frames()
        and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in CLAIM_NOUNS for c in verb.children)
    )


def _audience(t: Token) -> bool:
    """Whether ``t`` names those a statement was made or shown to: a noun of the press,
    or the object of "told" / "spoke to" ("speaking to officers in Grodno")."""
    if t.lemma_.lower() in AUDIENCE_NOUNS or t.lower_ in AUDIENCE_NOUNS:
        return True
    if t.lemma_.lower() in GATHERING_NOUNS:
        return False  # ("told a news conference in Mogadishu": tried, it split a denial)
    head = t.head
    if t.dep_ == "pobj" and head.lower_ == "to":
        head = head.head
        return head.pos_ == "VERB" and head.lemma_.lower() in ADDRESSING_LEMMAS
    # ("reported an explosion in the Red Sea": what is reported is no audience)
    return t.dep_ in ("dobj", "dative") and head.lemma_.lower() in TOLD_LEMMAS


def _names_a_pact_or_route(doc: Doc, p: PlaceRef) -> bool:
    """ "under the Kunming agreement", "on the Kyiv-Odesa highway": a town that names a
    pact or a road, not where the article's events are."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is not None and len(span) and _names_a_pact(span.root):
        return True
    return _ends_of_a_route(doc_text(doc), p.start, p.end)


def topic_place(places: Sequence[PlaceRef], doc: Doc | None = None) -> PlaceRef | None:
    """The article's main specific place: the town or region named most, first on ties;
    a capital standing for its government ("an attempt by Kyiv", "Moscow said") is
    not a place the article is about."""
    counts: dict[str, int] = {}
    first: dict[str, PlaceRef] = {}
    for p in places:
        if (
            # (a sea or a wider region only where things happen: "in the Red Sea")
            (p.rank <= 2 or p.lat is None or (p.rank == 5 and _locative(doc, p)))
            and not p.owner
            and not (doc is not None and (_acts(doc, p) or _landmark(doc, p)))
            and not (doc is not None and _names_a_pact_or_route(doc, p))
        ):
            counts[p.key] = counts.get(p.key, 0) + 1
            first.setdefault(p.key, p)
    if not counts:
        return None
    best = min(counts, key=lambda k: (-counts[k], first[k].start))
    return first[best]
