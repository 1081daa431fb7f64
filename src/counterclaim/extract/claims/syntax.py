"""Parse-tree helpers with no frame knowledge: children by relation, negation, clefts,
reduced relatives, coordinated clauses, named people and toponyms in a phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from counterclaim.actors import Actor, load_catalogue
from counterclaim.extract.claims.model import (
    PlaceRef,
)
from counterclaim.extract.claims.words import (
    _MODIFIER_CLAUSES,
    _NEG_ADVERBS,
    _PARTIAL_AFTER_NOT,
    CAPTIVE_NOUNS,
    CLAIM_NOUNS,
    DOUBT_NOUNS,
    NO_LONGER_WORDS,
    ONE_PERSON_PRONOUNS,
    PERSON_PRONOUNS,
    TIME_PREPS,
)
from counterclaim.extract.context import pobjs, token_range
from counterclaim.records import ActorRef


def _said_and_that(t: Token) -> bool:
    """ "said that the vessel belonged to a company that deals with X and that it had
    been hit": a clause opened by "and that", which the parser hangs under whatever
    came last, is a clause of the saying."""
    return (
        t.dep_ == "conj"
        and t.pos_ in ("VERB", "AUX")
        and t.head.dep_ not in ("ccomp", "conj", "ROOT")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
        and any(c.dep_ == "cc" for c in t.head.children if c.i < t.i)
    )


def _coordinated_advcl(t: Token) -> bool:
    """ "had held the camp, killed 25 soldiers and taken four captive": a finite verb
    after a comma, with its own object and no subordinator, parsed as an adverbial
    clause of the first is a coordinated clause of the same subject."""
    return (
        t.dep_ == "advcl"
        and t.tag_ in ("VBD", "VBN")
        and t.i > t.head.i
        and t.i > 0
        and t.doc[t.i - 1].text == ","
        and t.head.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in t.children)
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for c in t.children)
    )


def _clause_before_comma(t: Token) -> Token | None:
    """The verb whose clause ends at the comma before ``t``."""
    if t.i < 2:
        return None
    before = t.doc[t.i - 2]
    first = next(
        (a for a in before.ancestors if a.pos_ == "VERB" and a.right_edge.i == before.i), None
    )
    return first if first is not None or before.pos_ != "VERB" else before


def _toponym(t: Token) -> bool:
    """Whether the place extractor took ``t`` for a toponym (the tagger may call a town
    a person: "Pokrovsk has not been taken")."""
    return any(r.toponym.start <= t.idx < r.toponym.end for r in t.doc._.places or ())


def _one_person(t: Token) -> bool:
    """A single person, by pronoun or by name: "I never left the capital" is a man's
    whereabouts, not a side giving up ground."""
    return t.lower_ in ONE_PERSON_PRONOUNS or _named_person(t)


def _named_person(t: Token) -> bool:
    """A person's name: a full name the tagger takes for a person's ("Yusuf Karimi"),
    or the surname of one named in full before ("Karimi"). A lone name may be a town
    the tagger calls a person ("they had seized Moqokori")."""
    if t.pos_ != "PROPN" or t.ent_type_ != "PERSON" or _toponym(t):
        return False
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == t.lower_ for e in t.doc.ents)


def _names_people(t: Token) -> bool:
    """Whether a taken thing is people: a noun for people, or a number of them ("four
    of them")."""
    if t.lemma_.lower() in CAPTIVE_NOUNS or t.lower_ in CAPTIVE_NOUNS:
        return True
    if t.pos_ == "PRON" and t.lower_ in PERSON_PRONOUNS:
        return True  # "he had been seized on Moldovan-controlled territory": a person
    if _named_person(t):
        # "Karimi had been held by police for questioning": a named man is held in
        # custody, not a place taken (no side holds ground through him)
        return True
    if t.lower_ == "one" and any(c.lower_ == "no" for c in t.children):
        return True  # "it was holding no one"
    if t.pos_ == "NUM" and any(
        c.dep_ == "prep"
        and c.lower_ in ("including", "among")
        and any(_names_people(g) for g in c.children if g.dep_ == "pobj")
        for c in t.children
    ):
        return True  # "the other six, including both nurses, were still being held"
    # "four of them", "some of its soldiers", "a number of our personnel"
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.pos_ == "PRON" or g.lemma_.lower() in CAPTIVE_NOUNS for g in c.children)
        for c in t.children
    ) and (t.pos_ in ("NUM", "PRON", "DET") or t.lemma_.lower() in ("number", "dozen", "hundred"))


def _child(pred: Token, deps: Sequence[str]) -> Token | None:
    for c in pred.children:
        if c.dep_ in deps:
            return c
    return None


def _is_negated(pred: Token) -> bool:
    for c in pred.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEG_ADVERBS):
            nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
            if c.lower_ in ("not", "n't") and nxt is not None and nxt.lower_ in _PARTIAL_AFTER_NOT:
                continue
            return True
        if c.dep_ == "preconj" and c.lower_ == "neither":
            return True  # "had neither organised nor supported the attack"
        if (
            c.dep_ == "advmod"
            and c.lower_ in NO_LONGER_WORDS
            and any(d.dep_ in ("neg", "advmod") and d.lower_ == "no" for d in c.children)
        ):
            return True  # "its forces were no longer in the town": they are not there
    return False


def _country_place(m: Token, iso3: str) -> PlaceRef | None:
    """The gazetteer's country ``iso3``, placed at the word ``m`` that names it."""
    from counterclaim.geo import Gazetteer

    country = load_catalogue().actors.get(f"country:{iso3}")
    if country is None:
        return None
    pl = next(
        (pl for pl, _how in Gazetteer.load().lookup(country.name) if pl.kind == "country"), None
    )
    if pl is None:
        return None
    start, end = token_range(m, m)
    return PlaceRef(start, end, pl.id, pl.name, 3, pl.lat, pl.lon, pl.admin1_id or pl.id)


def _embedded_about(subj: Token) -> Token | None:
    """For "the statement ... about X" / "the claim that X": the head of X (the parser
    may hang "about X" on any noun of the subject)."""
    if not any(t.lemma_.lower() in CLAIM_NOUNS for t in subj.subtree):
        return None
    for c in subj.subtree:
        if c.dep_ == "prep" and c.lower_ in ("about", "regarding", "concerning", "on"):
            return _child(c, ("pobj", "pcomp"))
        if c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" for g in c.children):
            return c
    # "the claim of X": X, unless X is whose claim it is ("the statements of the
    # Russian side about the capture": the capture, found above)
    for c in subj.subtree:
        if c.dep_ == "prep" and c.lower_ == "of" and c.head.lemma_.lower() in CLAIM_NOUNS:
            return _child(c, ("pobj", "pcomp"))
    return None


def _under_modifier_clause(t: Token, pred: Token) -> bool:
    """Whether ``t`` sits in a clause that only modifies ``pred``'s ("as a gesture of
    goodwill toward the peace process agreed in Washington"); the clause of a claim
    noun ("Moscow's claim that the town fell") is its content, not a modifier."""
    while t.i != pred.i and t.head.i != t.i:
        if (
            t.dep_ in _MODIFIER_CLAUSES
            and t.head.lemma_.lower() not in CLAIM_NOUNS
            # "the TTP's claim of more than 30 soldiers killed": the claim's content
            and not (
                t.dep_ == "acl"
                and t.head.dep_ == "pobj"
                and t.head.head.lower_ in ("of", "about")
                and t.head.head.head.lemma_.lower() in CLAIM_NOUNS
            )
            # "the carrier Harry S. Truman in the Red Sea": a name in apposition holds
            # no clause; what hangs on it was said of the deed
            and not (t.dep_ == "appos" and t.pos_ == "PROPN")
        ):
            return True
        t = t.head
    return False


def _ref(a: Actor, confidence: float, method: str, why: str) -> ActorRef:
    """A catalogue actor as the reference a claim's party carries."""
    return ActorRef(a.id, a.name, a.kind, a.country, confidence, method, why)


def _in_other_clause(t: Token, pred: Token) -> bool:
    """Whether ``t`` sits in a clause coordinated with ``pred``'s ("46 people were
    killed, and many of the victims were refugees from Waziristan")."""
    while t.i != pred.i and t.head.i != t.i:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i == pred.i:
            return True
        t = t.head
    return False


def _token_at(doc: Doc, rng: tuple[int, int]) -> Token | None:
    """The head token of the phrase at ``rng``."""
    span = doc.char_span(*rng, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _best_tier_is_modifier(doc: Doc, place: PlaceRef, pred: Token) -> bool:
    """Whether a claim's place sits only in a clause modifying its predicate (the
    article's main place is then the better guess for where the deed happened)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return (
        span is not None
        and len(span) > 0
        and (_under_modifier_clause(span.root, pred) or _in_other_clause(span.root, pred))
    )


def _ones_who(pred: Token) -> Token | None:
    """The deed of "X were the ones who fired" / "X had been the ones to shoot": the
    firing, by X (the subject of "be")."""
    if _child(pred, ("nsubj",)) is None:
        return None
    for ones in (c for c in pred.children if c.dep_ == "attr" and c.lemma_.lower() == "one"):
        for rel in (c for c in ones.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"):
            return rel
    return None


def _cleft_deed(pred: Token) -> Token | None:
    """The deed of a cleft sentence ("it was the army that shelled the village": the
    shelling, by the army); none when the cleft is negated ("it was not our soldiers
    who fired"), whose stance hangs on "be"."""
    if pred.lemma_.lower() != "be" or _is_negated(pred):
        return None
    ones = _ones_who(pred)
    if ones is not None:
        return ones
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in pred.children):
        return None
    for focus in (c for c in pred.children if c.dep_ == "attr"):
        for rel in (c for c in focus.children if c.dep_ == "relcl"):
            if any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in rel.children
            ):
                return rel
    return None


def _cleft_focus(subj: Token) -> tuple[int, int] | None:
    """The range of a cleft's focus without its relative clause ("it was Lithuanian
    guards | who had opened fire on a Belarusian patrol": the guards, not the patrol)."""
    deed = _cleft_deed(subj.head) if subj.dep_ == "attr" else None
    if deed is None or deed.head.i != subj.i or deed.left_edge.i <= subj.left_edge.i:
        return None
    last = subj.doc[deed.left_edge.i - 1]
    while last.i > subj.left_edge.i and last.is_punct:
        last = subj.doc[last.i - 1]
    return token_range(subj.left_edge, last)


def _in_reduced_relative(t: Token, pred: Token) -> bool:
    """Whether ``t`` lies in a participle the parser made a clausal subject although
    the noun before it is its own subject ("the houses demolished during the operation
    had been used ...": a description of the houses, not what is claimed)."""
    while t.i != pred.i and t.head.i != t.i:
        if (
            t.dep_ in ("csubj", "csubjpass")
            and t.tag_ == "VBN"
            and any(c.dep_ == "nsubj" and c.i == t.i - 1 for c in t.children)
        ):
            return True
        t = t.head
    return False


def _in_time_phrase(t: Token, pred: Token) -> bool:
    """Whether ``t`` lies in a time phrase of ``pred``'s clause ("patrols were stepped
    up since the attack"): the deed it names only says when, it is not what is claimed."""
    while t.i != pred.i and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in TIME_PREPS:
            return True
        t = t.head
    return False


def _out_of_question(noun: Token) -> bool:
    """ "there is no question of a Chinese military base": "no question of" a thing
    rules it out (a denial), unlike "no question that ..." (an assertion)."""
    return noun.lemma_.lower() == "question" and bool(pobjs(noun, ("of",)))


def _negative_subject(subj: Token | None) -> bool:
    """'No shots were fired', 'nobody was hurt', 'not a single fighter', 'neither
    bases nor troops'."""
    if subj is None:
        return False
    if subj.lemma_.lower() in DOUBT_NOUNS and not _out_of_question(subj):
        return False
    if subj.lower_ in ("nobody", "none", "nothing", "no-one"):
        return True
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in subj.children):
        return True  # "hosts neither foreign bases nor foreign troops"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
        return True
    first = subj.left_edge
    if first.lower_ == "no" and first.dep_ == "det" and first.head.dep_ == "compound":
        return True  # "fired no mortar rounds": the parser hangs "no" on the modifier
    words = [t.lower_ for t in subj.subtree][:3]
    return words[:2] == ["not", "a"] or words[:1] == ["not"]


def _negative_object(obj: Token | None) -> bool:
    """'fired no rockets', 'carried out no strikes'; not 'carried nothing but food'."""
    if obj is None or not _negative_subject(obj):
        return False
    nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    return not (nxt is not None and nxt.lower_ in ("but", "except", "other"))
