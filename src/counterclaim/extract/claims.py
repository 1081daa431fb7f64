"""Claims: the proposition each statement carries, and claims in the article's own voice.

Reads: the parse, statements (with linked actors), place and date mentions, figures.
Gives :class:`RawClaim` records, char offsets into ``doc.text``.

For each statement, each main clause of its content is one claim: its predicate
(lemma, and the frame it belongs to: ``control``, ``attack``, ``deployment`` ... from
``data/frames.tsv``, else ``pred:<lemma>``), subject and object (linked to actors),
place, time, polarity, hedges ("alleged", "reportedly") and modality ("may", "plans
to"). The claim's ``stance`` is the holder's position on the claim's positive form:
"X denied that its jets bombed the market" and "X said its jets did not bomb the
market" both deny "X's jets bombed the market".

A statement about another statement is a position on that one's proposition:
"The statement of Russia's command about the alleged end of hostilities in Kursk is not
true" denies the end of hostilities in Kursk; "Kyiv denies" (with Russia's claim in
its content) and "rejected the claim" deny the claim they answer (``answers``).

Sentences outside every statement that report an event in a known frame are claims
in the article's own voice (``statement=None``; the holder is the outlet).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from counterclaim.actors import Actor, country_words, load_catalogue, normalise
from counterclaim.extract.attribution import (
    COUNT_NOUNS,
    NAMING_AS_FALSE_LEMMAS,
    WITHHOLDING_LEMMAS,
    RawStatement,
    joint_members,
    named_as,
    trim_edges,
)
from counterclaim.extract.context import doc_text, pobjs, subtree_range, token_range
from counterclaim.extract.figures import RawFigure
from counterclaim.extract.lexicon import (
    PRESENCE_FRAMES,
    RECIPROCALS,
    VICTIM_KINDS,
    cue_stances,
    data_lines,
    denial_markers,
    org_words,
)
from counterclaim.records import ActorRef

#: Nouns for armed people whose presence somewhere is a deployment.
TROOP_WORDS = frozenset(
    {
        "troop",
        "soldier",
        "force",
        "fighter",
        "unit",
        "serviceman",
        # (the tagger leaves the plurals unlemmatised: "no Russian servicemen in X")
        "servicemen",
        "servicewomen",
        "mercenary",
        "personnel",
        "brigade",
        "battalion",
        "army",
        "marine",
    }
)

#: Verbs of moving that deploy when troops are what moves ("flew soldiers into X",
#: "the reinforcements arrived in X").
MOVING_LEMMAS = frozenset(
    {"fly", "airlift", "move", "bring", "arrive", "land", "redeploy", "reinforce", "rotate"}
)
#: A state's standing formations ("the 22nd Division"): unqualified, the speaker's.
FORMATION_WORDS = frozenset({"division", "regiment", "corps", "garrison"})
#: Nouns for bodies of troops beside :data:`TROOP_WORDS`.
UNIT_WORDS = FORMATION_WORDS | {"reinforcement", "contingent", "detachment"}
#: Military staff sent abroad to teach or advise ("Russian military instructors are
#: working in X"): where they work, their state has people deployed.
STAFF_WORDS = frozenset({"instructor", "adviser", "advisor", "trainer"})
#: Nouns for a body of people sent somewhere ("a team of army engineers").
TEAM_WORDS = frozenset({"team", "group", "unit", "contingent", "detachment", "squad"})
#: Trades that are military when an army's word qualifies them ("PLA engineers").
SPECIALIST_WORDS = frozenset(
    {"engineer", "specialist", "technician", "expert", "medic", "staff", "employee"}
)
#: Words that make such a trade an army's.
MILITARY_MARKS = frozenset({"military", "army", "naval", "navy", "defence", "defense", "forces"})
#: Verbs of a state having others' troops on its soil ("hosts no foreign troops").
HOSTING_LEMMAS = frozenset({"host"})
#: Verbs of troops (or staff) at work somewhere, which say they are there: "foreign
#: troops were operating in X", "instructors are working in X", "units based in X".
PRESENT_AT_WORK_LEMMAS = frozenset({"operate", "work", "serve", "train", "base", "run"})
#: Verbs of staff being placed somewhere ("military staff had been assigned to the
#: station"): where they are placed, their state has people deployed.
ASSIGNED_LEMMAS = frozenset({"assign", "post", "second"})
#: Verbs that give a count of the people they are said of ("the troops numbered 3,000").
COUNTING_LEMMAS = frozenset({"number", "total"})
#: Nouns of a host's asking that put foreign staff somewhere ("at the invitation of
#: the government", "at Kinshasa's request"): their presence, owned.
INVITATION_NOUNS = frozenset({"invitation", "request", "behest"})
#: Verbs of being or coming somewhere, said of people sent ("the instructors came").
BEING_THERE_LEMMAS = frozenset({"be", "come", "stay", "remain"})
#: Verbs of a figure held to ("its estimate had not changed"): a count stood by.
CHANGING_LEMMAS = frozenset({"change", "alter", "shift"})

#: Nouns that name a statement: "the statement", "the claim", "reports that".
CLAIM_NOUNS = frozenset(
    {
        "statement",
        "claim",
        "report",
        "allegation",
        "assertion",
        "announcement",
        "accusation",
        # "rejected China's charge that Indian soldiers had crossed the line"
        "charge",
        "remark",
        "suggestion",
        "information",
        "rumour",
        "rumor",
        "story",
        "account",
        "version",
        "figure",
        "toll",
        "tally",
        "finding",
        "number",
        # "rejected the ombudsman's conclusions"
        "conclusion",
    }
)
#: Nouns of a complaint ("rejected Belize's protest"): rejected, with an owner named,
#: they answer what that owner charged (not claim nouns: "the protest" is also a rally).
COMPLAINT_NOUNS = frozenset({"protest", "complaint"})
#: Claim nouns that are the noun of the act that made the claim ("the findings": what
#: someone found).
DEED_CLAIM_NOUNS = frozenset({"finding"})
_DIGIT = re.compile(r"\d")
_MODALS = {
    "may": "possible",
    "might": "possible",
    "could": "possible",
    "would": "conditional",
    "will": "future",
    "shall": "future",
    "should": "obligation",
    "must": "obligation",
    "can": "possible",
}
_INTENT = {
    "plan": "future",
    "intend": "future",
    "threaten": "threat",
    "aim": "future",
    "prepare": "future",
    "seek": "future",
    "try": "attempt",
    "want": "future",
}
_NEG_ADVERBS = frozenset({"never", "no", "not", "n't", "neither", "nor"})


@dataclass(frozen=True)
class PlaceRef:
    """A place mention the claim extractor can use: range, key (a gazetteer id or a
    normalised name) and display name."""

    start: int
    end: int
    key: str
    name: str
    rank: int = 5  # lower is more specific: city 0, region 2, country 3, unresolved 6
    lat: float | None = None
    lon: float | None = None
    region: str | None = None  # the first-level division (or the place itself) it lies in
    owner: bool = False  # named as an owner ("Moscow's claim"): not where things happen


@dataclass(frozen=True)
class DateRef:
    """A resolved date mention: range, ISO prefix (or None), precision."""

    start: int
    end: int
    value: str | None
    precision: str | None


@dataclass
class RawClaim:
    """One claim, char offsets into ``doc.text``."""

    evidence: tuple[int, int]
    statement: int | None  # index into the statements list; None = the article's voice
    predicate: str
    frame: str
    frame_role: str = "positive"
    subject: tuple[int, int] | None = None
    subject_actor: ActorRef | None = None
    object: tuple[int, int] | None = None
    object_head: str | None = None  # lemma of the object's head ("hospital")
    object_actor: ActorRef | None = None
    place: PlaceRef | None = None
    time: str | None = None
    time_precision: str | None = None
    polarity: str = "positive"
    hedges: tuple[str, ...] = ()
    modality: str | None = None
    stance: str = "asserts"
    answers: int | None = None  # index of the claim (same document) this one answers
    # whose claim it answers ("the figures circulated by the terrorists") and the noun
    answers_owner: ActorRef | None = None
    answers_noun: str | None = None
    # it confirms the claim it answers ("the admission confirmed its account")
    confirms: bool = False
    figures: list[int] = field(default_factory=list)  # indices into the figures list
    # another holder than the statement's speaker: the second of a joint speaker
    # ("Russia and Belarus said"); None = the speaker's (or the outlet's)
    holder: ActorRef | None = None
    # more claims of the statement it answers, each with the stance taken on it ("dismissed
    # the prosecutors' findings": the bullet's type and where it was fired from); each
    # becomes a claim of its own (see _answer_the_rest)
    also_answers: list[tuple[RawClaim, str]] = field(default_factory=list)
    # it answers only a claim of a deed or a toll, not a remark ("Latvia is inventing a
    # shooter": the shooting, not "he saw the uniform")
    answers_deed: bool = False
    # whose claim, told in an earlier article, it answers when this one tells none
    # ("rejected Belize's protest", "stood by its account"); the ledger finds that claim
    answers_across: ActorRef | None = None


@cache
def frames() -> dict[str, tuple[str, str]]:
    """Predicate lemma (or "verb+noun") -> (frame, role), from data/frames.tsv."""
    out: dict[str, tuple[str, str]] = {}
    for ln in data_lines("frames.tsv"):
        lemma, frame, role = ln.split("\t")
        out[lemma] = (frame, role)
    return out


@cache
def hedge_words() -> dict[str, str]:
    """Hedge word -> hedge (data/hedges.txt)."""
    return dict(ln.split("\t") for ln in data_lines("hedges.txt"))


#: Words the tagger may take for verbs that only open a list of what was named before
#: ("including eight children"): no predicate of their own.
LISTING_PREPS = frozenset({"including"})


def _clause_roots(
    doc: Doc, start: int, end: int, skip: set[int], own: int | None = None
) -> list[Token]:
    """Main predicates of the text in [start, end): tokens whose head lies outside it,
    and verbs coordinated with them; not the cues of other statements (nor what those
    govern: in "said Philippine claims that Chinese ships had damaged the vessel were
    false" the damage is the claims', not the sayer's). ``own`` is the statement's cue."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    roots: list[Token] = []
    for t in span:
        if t.is_punct or t.is_space or t.i in skip:
            continue
        head_out = (
            t.head.i == t.i
            or not (span.start <= t.head.i < span.end)
            # '"We did not fire first," the spokesman told reporters. "Our ..."': a
            # content running past its cue holds the clause the cue governs
            or (
                t.head.i in skip
                and (own is None or t.head.i == own)
                and t.dep_ in ("ccomp", "parataxis")
                and t.pos_ in ("VERB", "AUX")
            )
        )
        if t.dep_ == "prep" and t.lower_ in LISTING_PREPS:
            continue  # "named 19 dead, including eight children": part of the count
        if (head_out and t.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "ADJ")) or _said_and_that(t):
            roots.append(t)
        elif head_out and t.pos_ == "PRON" and _accused_of(t) is not None:
            roots.append(t)  # "accused them of crossing the line": what they are accused of
    out = list(roots)
    todo = list(roots)
    while todo:
        r = todo.pop(0)
        shared = _involved_in(r) if r.lemma_.lower() in SPONSOR_LEMMAS else None
        for obj in r.children:
            store = next(
                (o for o in (obj, *obj.conjuncts) if o.lemma_.lower() in STORE_NOUNS), None
            )
            if (
                obj.dep_ == "dobj"
                and store is not None
                and frames().get(r.lemma_.lower(), ("",))[0] == "attack"
                and _stores_arms(store)
                and span.start <= store.i < span.end
            ):
                out.append(store)  # "had hit a weapons and explosives depot": what it was
            if (
                obj.dep_ == "dobj"
                and frames().get(r.lemma_.lower(), ("",))[0] == "attack"
                and _military_site(obj)
                and span.start <= obj.i < span.end
                and obj not in out
                # (by the speaker's own side: "its missiles struck", "we hit"; the side
                # hit names its own post without claiming what it was)
                and (
                    any(
                        c.dep_ == "nsubj" and c.left_edge.lower_ in ("its", "our", "we", "their")
                        for c in r.children
                    )
                    # ("a drone strike had destroyed a jihadist base": no side calls its
                    # own camp an armed group's)
                    or _armed_camp(obj)
                )
            ):
                out.append(obj)  # "struck a command post": the striker says it was military
            # "struck a warehouse storing weapons", "a vessel that was delivering military
            # cargo": what the target held is a claim of its own
            if obj.dep_ in ("dobj", "nsubjpass"):
                # ("hit a convoy of trucks carrying food aid": what the trucks held)
                nouns = [obj, *pobjs(obj, ("of",))]
                out.extend(
                    d
                    for n in nouns
                    for d in n.children
                    if d.dep_ in ("acl", "relcl")
                    and span.start <= d.i < span.end
                    and _use_class(d) is not None
                )
        for c in r.children:
            if shared is not None and shared.head.i == c.i:
                continue  # "organised nor supported the attack": one claim, the first's
            if c.i in skip:
                continue  # '"A," she said, "and B"': the cue inside a quotation
            if c in out:
                continue
            if (
                (c.dep_ in ("conj", "parataxis") or _coordinated_advcl(c))
                and c.pos_ in ("VERB", "AUX")
                and span.start <= c.i < span.end
            ):
                out.append(c)
                todo.append(c)  # "held the camp, killed 25 soldiers and taken four"
            elif span.start <= c.i < span.end and (
                _when_deed(c, r) or _toll_after(c) or _fire_answered(c, r)
            ):
                out.append(c)
    return sorted(out, key=lambda t: t.i)


def _claims_responsibility(pred: Token) -> bool:
    """ "claimed responsibility", "accepted responsibility": the object of a claim of a
    deed."""
    return (
        pred.lemma_.lower() == "responsibility"
        and pred.dep_ == "dobj"
        and pred.head.lemma_.lower() in ("claim", "accept", "admit")
    )


#: Prepositions of where a claim of a deed was made ("claimed responsibility in a
#: statement", "via Telegram"): not what the claim is for (Issue 4: responsibility;
#: not "on", which an attack reads as its target).
OUTLET_PREPS = frozenset({"in", "via", "through"})
#: Nouns of blame for a deed ("bore full responsibility", "the blame lies with").
BLAME_NOUNS = frozenset({"responsibility", "blame"})
#: Verbs of carrying blame ("X bears responsibility") and of blame resting on someone
#: ("the responsibility lies with X").
BEARING_LEMMAS = frozenset({"bear", "carry", "shoulder"})
RESTING_LEMMAS = frozenset({"lie", "rest"})


def _blame_bearer(pred: Token) -> Token | None:
    """Who is blamed for the story's deed, when no deed is named: "Minsk bore full
    responsibility", "the responsibility lies entirely with the other side", "X is
    responsible". (With a deed named, "responsible for the explosion", the deed's noun
    carries the claim.)"""
    lemma = pred.lemma_.lower()
    blame: Token | None = None
    who: Token | None = None
    if lemma in BEARING_LEMMAS:
        blame = _child(pred, ("dobj",))
        who = _child(pred, ("nsubj",))
        if blame is None or blame.lemma_.lower() not in BLAME_NOUNS:
            return None
    elif lemma in RESTING_LEMMAS:
        blame = _child(pred, ("nsubj",))
        if blame is None or blame.lemma_.lower() not in BLAME_NOUNS:
            return None
        who = next(iter(pobjs(pred, ("with", "on", "upon"))), None)
    elif lemma == "be" and (deed_by := _deed_by(pred)) is not None:
        return deed_by
    elif lemma == "be":
        blame = next(
            (c for c in pred.children if c.dep_ == "acomp" and c.lower_ == "responsible"), None
        )
        who = _child(pred, ("nsubj",))
        if blame is None:
            return None
    else:
        return None
    if who is None or who.pos_ not in ("PROPN", "NOUN") or pobjs(blame, ("for",)):
        return None  # "it is responsible for the convoy": for something named
    return who


#: Verbs of steering a vessel at another, the blow in a collision at sea ("turned
#: sharply towards our vessel", "cut across its bow", "accelerated into our hull").
STEERING_LEMMAS = frozenset({"cut", "turn", "swerve", "veer", "steer", "accelerate"})
#: Prepositions of steering at or across another vessel.
AT_VESSEL_PREPS = frozenset({"across", "into", "towards", "toward"})
#: What a vessel steers at when it causes a collision: another vessel or its bow, hull
#: or path (a "patrol boat", "the coast guard ship KV Andenes" by its compound).
VESSEL_NOUNS = frozenset(
    {"bow", "hull", "stern", "path", "vessel", "ship", "boat", "trawler", "gunboat", "warship"}
)


def _steered_at_vessel(pred: Token) -> bool:
    """Whether a vessel is said to have steered into another, causing the collision:
    "the Taiwanese boat had cut across its bow", "turned sharply towards our vessel",
    "turned into the patrol boat's path" (Issue 4: who caused a collision)."""
    if pred.pos_ != "VERB" or pred.lemma_.lower() not in STEERING_LEMMAS:
        return False
    return any(
        w.lemma_.lower() in VESSEL_NOUNS
        for g in pobjs(pred, AT_VESSEL_PREPS)
        for w in (g, *(c for c in g.children if c.dep_ == "compound"))
    )


#: Nouns that call a deed someone's doing ("the shooting was a deliberate act by
#: Russian border guards", "the blast was the work of the ELN").
DOING_NOUNS = frozenset({"act", "work", "provocation", "attack", "operation"})


def _deed_by(pred: Token) -> Token | None:
    """Who a deed is said to be the doing of: "the shooting was a deliberate act by
    Russian border guards" (the deed a noun of :data:`BLAMED_EVENT_NOUNS` or of
    shooting), else None."""
    subj = _child(pred, ("nsubj",))
    attr = _child(pred, ("attr",))
    if subj is None or attr is None or attr.lemma_.lower() not in DOING_NOUNS:
        return None
    if subj.lemma_.lower() not in BLAMED_EVENT_NOUNS | {"shooting", "attack", "strike", "ambush"}:
        return None
    who = next(iter(pobjs(attr, ("by",))), None)
    if who is None:
        # "the work of the ELN" names a doer, "an act of desperation" does not
        who = next(iter(pobjs(attr, ("of",))), None)
        if who is not None and not (who.pos_ == "PROPN" or who.ent_type_ in _DOER_ENTS):
            return None
    if who is None or who.pos_ not in ("PROPN", "NOUN"):
        return None
    return who


_DOER_ENTS = frozenset({"ORG", "NORP", "GPE", "PERSON"})


def _when_deed(c: Token, r: Token) -> bool:
    """ "were killed when troops repulsed the assault", "were in their trenches when the
    militia attacked": a deed named in a when-clause is a claim of its own, with its own
    doer."""
    if not (
        c.dep_ == "advcl"
        and c.pos_ == "VERB"
        and any(m.lower_ == "when" and m.dep_ in ("advmod", "mark") for m in c.children)
        and any(m.dep_ == "nsubj" for m in c.children)
        # (not a coming or going that only dates it: "when the soldiers went in", "when
        # they entered", "when the bombs fell")
        and c.lemma_.lower() not in WHEN_SETTING_LEMMAS
    ):
        return False
    frame = _frame(c)[0]
    # (nor the strike a toll is of: "were killed when a missile hit the block")
    return not frame.startswith("pred:") and not (
        frame == "attack" and _frame(r)[0] == "casualties"
    )


def _fire_answered(c: Token, r: Token) -> bool:
    """ "our soldiers only responded after Thai soldiers shot at them", "opened fire only
    after the post came under fire from the Afghan bank": the fire answered is a claim
    of its own, by the other side (Issue 4, dev and dev19: who fired first)."""
    return (
        c.dep_ == "advcl"
        and c.pos_ == "VERB"
        and any(m.lower_ == "after" and m.dep_ == "mark" for m in c.children)
        and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
        and _frame(c)[0] == "attack"
        and _answer_to_fire(r)
    )


def _toll_after(c: Token) -> bool:
    """ "..., killing 40 people": the toll is a claim of its own."""
    return (
        c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and frames().get(c.lemma_.lower(), ("",))[0] == "casualties"
    )


def _victim_kind(t: Token) -> str | None:
    """The kind of victim a noun names, by itself or its modifier ("a civilian cook")."""
    for w in (t, *(c for c in t.children if c.dep_ in ("amod", "compound"))):
        kind = VICTIM_KINDS.get(w.lower_)
        if kind is not None:
            return kind
    return None


def _own_words(t: Token) -> tuple[int, int]:
    """Character range of a conjunct without the conjuncts after it ("a civilian cook"
    in "nine soldiers, a civilian cook and a driver")."""
    last = max(
        (c.right_edge for c in t.children if c.dep_ not in ("conj", "cc", "punct")),
        key=lambda x: x.i,
        default=t,
    )
    return token_range(t.left_edge, last if last.i > t.i else t)


#: The kind of victim whose toll is told apart from that of armed men it is joined to.
CIVILIAN_KIND = "civilians"


def _victims_apart(
    pred: Token, claim: RawClaim, link: object, places: Sequence[PlaceRef]
) -> list[RawClaim]:
    """ "nine soldiers and a civilian cook had been killed", "killed five soldiers and two
    civilians": victims of another kind joined to the first are a toll of their own,
    a claim with them as its victims (Issue 4: one claim a proposition)."""
    if claim.frame != "casualties":
        return []
    victims = _child(pred, ("nsubjpass",))
    passive = victims is not None
    if victims is None:
        victims = _child(pred, ("dobj",))
    if victims is None or (kind := _victim_kind(victims)) is None:
        return []
    out: list[RawClaim] = []
    for c in victims.conjuncts:
        other = _victim_kind(c)
        # (civilians apart from armed men: "28 soldiers and members of the militia"
        # are one toll of men under arms)
        if other is None or other == kind or CIVILIAN_KIND not in (kind, other):
            continue
        words = _own_words(c)
        if passive:
            part = replace(
                claim,
                # (up to the end of its own clause: not "... and that 14 were wounded")
                evidence=(words[0], min(claim.evidence[1], _own_words(pred)[1])),
                subject=words,
                subject_actor=_party(link, c, places),
                figures=[],
                also_answers=[],
            )
        else:
            part = replace(
                claim,
                evidence=words,  # (its own count only: "two civilians")
                object=words,
                object_head=c.lemma_.lower(),
                object_actor=_party(link, c, places),
                figures=[],
                also_answers=[],
            )
        out.append(part)
    return out


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


#: Verbs of coming and going: in a when-clause they set the scene, they claim nothing.
WHEN_SETTING_LEMMAS = frozenset({"enter", "go", "come", "fall", "arrive", "move", "leave", "reach"})


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


#: How many heads up a framed verb with no subject may look for one (the parser's
#: misreadings put it two clauses up at most in the gold sets).
SUBJECT_CLIMB = 2

#: Entity types a proper noun taken ("took X") has when X is no ground.
NOT_GROUND_ENTS = frozenset(
    {"PERSON", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "WORK_OF_ART"}
)

#: Control verbs whose object is driven off ("repelled the attackers"): in the passive
#: their subject is the side that lost.
REPEL_LEMMAS = frozenset(
    {"repel", "repulse", "expel", "rout", "defeat", "oust", "drive", "push", "force", "beat"}
)


def _toponym(t: Token) -> bool:
    """Whether the place extractor took ``t`` for a toponym (the tagger may call a town
    a person: "Pokrovsk has not been taken")."""
    return any(r.toponym.start <= t.idx < r.toponym.end for r in t.doc._.places or ())


#: Verbs by which a side gives ground ("left the town"), said of civilians a flight.
CIVILIANS_LEAVING_LEMMAS = frozenset({"leave", "abandon", "evacuate", "flee", "vacate"})
#: Events that, blamed on someone or claimed ("blamed Israel for the explosion",
#: "claimed responsibility for the blast"), are someone's attack.
BLAMED_EVENT_NOUNS = frozenset(
    {"explosion", "blast", "bombing", "fire", "incident", "massacre", "killing", "shelling"}
)


#: Verbs of staying somewhere that, with "on the <own> side", deny a crossing.
KEEP_SIDE_LEMMAS = frozenset({"remain", "stay", "operate"})
#: Words for the line between two sides ("the border line", "the fairway line").
BORDER_LINE_WORDS = frozenset({"border", "line", "boundary", "frontier"})
#: What names a line as the one between two sides ("the boundary line", "the fairway
#: line", "the line of contact"), not a figure of speech ("a red line").
_DIVIDING_TEXT = "border boundary frontier contact demarcation fairway ceasefire armistice"
DIVIDING_LINE_WORDS = frozenset(_DIVIDING_TEXT.split())
#: Ground a side's own, stepped into or onto ("did not step into anyone's territory").
_STEPPED_ON_TEXT = "territory soil land waters side"
STEPPED_ON_NOUNS = frozenset(_STEPPED_ON_TEXT.split())
#: Verbs of going onto such ground ("stepped into", "crossed onto Tajik land").
STEPPING_LEMMAS = frozenset({"step", "cross"})
#: Possessives by which a speaker names its own side of a line ("stayed on our side").
OWN_SIDE_POSS = frozenset({"our", "its", "their", "own"})


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


#: A state's sea, air or land domain, whose leaving or keeping to is a crossing or
#: not ("never left Honduran waters", "operating in the North's own waters").
DOMAIN_WORDS = frozenset({"waters", "water", "airspace", "territory"})
#: Prepositions of keeping within a domain ("in", "inside", "within our waters").
WITHIN_PREPS = frozenset({"in", "inside", "within"})


def _own_mark(t: Token) -> bool:
    """Whether a domain noun is marked as its speaker's side's own ("our waters", "its
    own territory", "the North's own waters")."""
    return any(
        (c.dep_ == "poss" and c.lower_ in OWN_SIDE_POSS) or (c.dep_ == "amod" and c.lower_ == "own")
        for c in t.children
    )


#: Verbs of driving off that, with nobody driven, are travelling ("the soldiers drove
#: out of the town": they left it; "drove the rebels out of the town" expels them).
TRAVEL_OFF_LEMMAS = frozenset({"drive"})


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


#: Prepositions of coming into a domain ("came into our waters").
INTO_PREPS = frozenset({"into", "inside"})


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


#: Pronouns for one person ("he never left the city"), never a side's forces ("we").
ONE_PERSON_PRONOUNS = frozenset({"he", "she", "i", "him", "her", "me"})


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


#: Verbs of setting free that, said of a place, tell it was taken back ("Kobo had been
#: freed from extremists"); of people, a release ("the hostages were freed").
FREEING_LEMMAS = frozenset({"free"})


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


@dataclass
class _ClaimMemo:
    """``_frame`` by token index, kept in ``doc.user_data`` only while
    ``extract_claims`` runs (``_frame`` reads ``doc._.places``, fixed within one run)."""

    frames: dict[int, tuple[str, str]] = field(default_factory=dict)


_CLAIM_MEMO = "cc_claims_memo"


def _frame(pred: Token) -> tuple[str, str]:
    """(frame, role) of a predicate: lexicon by lemma, by light verb + object noun, by
    a nominal object's head ("launched a surprising entering"), else pred:<lemma>."""
    # memoised: asked again about the same tokens, per claim and per token of each
    # claim's clause (16,000 calls for 11,000 tokens over the 84 PolNeAR dev articles)
    memo: _ClaimMemo | None = pred.doc.user_data.get(_CLAIM_MEMO)
    if memo is None:
        return _frame_of(pred)
    found = memo.frames.get(pred.i)
    if found is None:
        found = memo.frames[pred.i] = _frame_of(pred)
    return found


#: Verbs of answering an attack ("our troops responded", "the guards retaliated"):
#: the doer says it fired in answer, not first (Issue 4: who fired first).
ANSWERING_LEMMAS = frozenset({"respond", "retaliate"})
#: Verbs of shooting a clause may mark as an answer ("opened fire only after ...").
FIRING_LEMMAS = frozenset({"fire", "shoot", "open"})
#: Nouns of a shot fired in answer ("fired in self-defence", "shot in response").
ANSWER_NOUNS = frozenset({"defence", "defense", "response", "retaliation", "self-defence"})
#: Subject pronouns of a side that answered fire ("we responded", "they retaliated").
SIDE_PRONOUNS = frozenset({"we", "they"})


def _answer_to_fire(pred: Token) -> bool:
    """Whether a predicate says its doer fired in answer, so not first: "our soldiers
    only responded to protect civilians", "opened fire only after the post came under
    fire", "shot in self-defence" (a denial that the doer's side fired first)."""
    lemma = pred.lemma_.lower()
    if pred.pos_ != "VERB" or _is_negated(pred):
        return False
    subj = _child(pred, ("nsubj",))
    if subj is None:
        return False  # ("ordered the military to respond": a call, no deed told)
    if lemma in ANSWERING_LEMMAS:
        # "only responded", "responded to protect civilians", "responded after they
        # shot at us": an answer set against a charge ("troops responded promptly" to
        # a raid is no word on who fired first; "did not respond to a request" none)
        return (
            (_military_people(subj) or subj.lower_ in SIDE_PRONOUNS)
            and all(_frame(o)[0] == "attack" for o in pobjs(pred, ("to",)))
            and any(
                (c.dep_ == "advmod" and c.lower_ == "only") or c.dep_ in ("advcl", "xcomp")
                for c in pred.children
            )
        )
    if lemma not in FIRING_LEMMAS or (
        lemma == "open" and not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in pred.children)
    ):
        return False
    if any(o.lemma_.lower() in ANSWER_NOUNS for o in pobjs(pred, ("in",))):
        return True  # "fired in self-defence"
    # "opened fire only after the post came under fire": the other side first (a
    # prepositional "only after coming under fire" is _only_at's)
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)
        and any(t.lower_ == "only" for t in (*pred.children, *c.children))
        for c in pred.children
    )


#: Verbs of witnessing a deed named by their object ("counted forty shells", "heard
#: gunfire", "recorded 12 strikes"): their subject is no doer.
WITNESS_LEMMAS = frozenset({"count", "hear", "see", "record", "witness", "observe", "log"})
#: Nouns of a deed both sides do to each other: an "exchange of fire" is shooting, not a
#: swap of prisoners.
TRADED_NOUNS = frozenset({"exchange", "trading"})


def _frame_of(pred: Token) -> tuple[str, str]:
    """``_frame`` without the memo."""
    fr = frames()
    lemma = pred.lemma_.lower()
    if lemma in ANSWERING_LEMMAS | FIRING_LEMMAS and _answer_to_fire(pred):
        return "attack", "negative"  # "our troops only responded": did not fire first
    if lemma in CIVILIANS_LEAVING_LEMMAS and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in CIVILIAN_PEOPLE or _one_person(c))
        for c in pred.children
    ):
        # "civilians were leaving the town": people fleeing, no side giving ground
        return f"pred:{lemma}", "positive"
    if lemma in LEAVING_LEMMAS and any(
        c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" for c in pred.children
    ):
        # "that left the town almost empty of troops": a state brought about, nobody
        # leaving it
        return f"pred:{lemma}", "positive"
    if lemma in TRADED_NOUNS and any(
        fr.get(g.lemma_.lower(), ("",))[0] == "attack" for g in pobjs(pred, ("of",))
    ):
        return "attack", "positive"  # "the exchange of fire", "an exchange of shells"
    if lemma in BLAMED_EVENT_NOUNS and pred.dep_ == "pobj" and pred.head.lower_ == "for":
        return "attack", "positive"  # "blamed Israel for the explosion at the hospital"
    if _under_attack(pred):
        return "attack", "positive"  # "a patrol came under fire from the front"
    if _fired_from(pred) is not None:
        return "attack", "positive"  # "the shot came from the Belarusian side"
    if _blame_bearer(pred) is not None:
        return "attack", "positive"  # "Minsk bore full responsibility": for the deed
    if _steered_at_vessel(pred):
        return "attack", "positive"  # "cut across its bow": the collision was its doing
    if _needed_troops(pred) is not None:
        return "deployment", "positive"  # "had no need of foreign soldiers"
    if _base_in_the_making(pred):
        return "military_use", "positive"  # "no plans to build a military base there"
    if _state_base(pred):
        # "Ream will never be a base for any foreign country", "China has no military
        # base in Cambodia": what the site is, a state's base (not a haven of attackers)
        return "military_use", "positive"
    if _attackers_origin(pred) is not None:
        return "sanctuary", "positive"  # "the attackers came from across the border"
    if _lets_soil_be_used(pred):
        return "sanctuary", "positive"  # "allowed rebels to attack from its soil"
    if lemma in FREEING_LEMMAS and _place_freed(pred):
        return "control", "positive"  # "the town had been freed": retaken, no captives
    if lemma in STANDING_BY_LEMMAS and any(
        o.lemma_.lower() in TALLY_NOUNS for o in pobjs(pred, ("by", "to"))
    ):
        return "casualties", "positive"  # "the army stood by its count of three killed"
    if _found_camp(pred):
        return "military_use", "positive"  # "found no evidence of a military camp"
    if _seen_none_of_war(pred):
        return "military_use", "positive"  # "images show no military structures there"
    if _claims_responsibility(pred) and not any(
        c.dep_ == "prep" and c.lower_ not in OUTLET_PREPS for c in pred.children
    ):
        return "attack", "positive"  # "the TTP claimed responsibility": for the attack
    if (
        lemma == "fire"
        and pred.pos_ == "NOUN"
        and pred.dep_ == "attr"
        and any(c.dep_ == "expl" for c in pred.head.children)
    ):
        return "pred:fire", "positive"  # "there was no fire on board": flames, no attack
    if lemma in FAILING_LEMMAS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in TRUCE_WORDS for c in pred.children
    ):
        return "agreement", "negative"  # "the November ceasefire had collapsed"
    if _drove_out(pred):
        return "control", "negative"  # "the soldiers drove out of Hsipaw": they left
    if _left_a_domain(pred):
        # "the boats had never left Honduran waters": (negated) no crossing out of them
        return "incursion", "positive"
    if _kept_to_a_side(pred):
        # "its troops had stayed on the Israeli side": they did not cross the line
        return "incursion", "negative"
    if lemma in ("remain", "stay") and any(
        c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in COMMITMENT_WORDS for c in pred.children
    ):
        return f"pred:{lemma}", "positive"  # "remained committed to the ceasefire"
    if lemma in ("remain", "stay") and any(
        c.dep_ in ("acomp", "oprd", "xcomp") and fr.get(c.lemma_.lower(), ("",))[0] == "deployment"
        for c in pred.children
    ):
        # "Israeli troops remain deployed at five positions": still there, a deployment
        # (not a hold on ground the troops took)
        return "deployment", "positive"
    if _troops_seen(pred) is not None:
        return "deployment", "positive"  # "had observed Israeli soldiers north of the line"
    if lemma == "lose" and not any(c.dep_ == "agent" for c in pred.children):
        lost = _child(pred, ("nsubjpass",))
        if lost is not None and (
            lost.lemma_.lower() in GROUND_NOUNS or (lost.pos_ == "PROPN" and _toponym(lost))
        ):
            return "control", "positive"  # "the town had been lost": it fell
    if pred.pos_ == "VERB" and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.dep_ == "pobj" and g.lemma_.lower() == "death" for g in c.children)
        for c in pred.children
    ):
        return "casualties", "positive"  # "was beaten to death", "stabbed to death"
    if _changes_status_quo(pred) or (
        lemma in ("try", "attempt", "seek")
        and any(c.dep_ == "xcomp" and _changes_status_quo(c) for c in pred.children)
    ):
        # "the other side unilaterally tried to change the status quo on the ground": on a
        # contested line, moving across it
        return "incursion", "positive"
    if _operating_somewhere(pred):
        # "the Tanzanian troops were carrying out joint operations in the reserve": troops
        # at work there, against no one named (a deployment, not an attack)
        return "deployment", "positive"
    if _troops_set_up_camp(pred):
        return "deployment", "positive"  # "Chinese troops have set up a camp near Boten"
    if lemma in STEPPING_LEMMAS and any(
        g.lemma_.lower() in STEPPED_ON_NOUNS for g in pobjs(pred, ("into", "onto", "on"))
    ):
        # "did not step into anyone else's territory", "had crossed onto Tajik land"
        return "incursion", "positive"
    if _arms_taken_or_found(pred):
        # "captured armoured vehicles and weapons", "not one rifle was taken", "troops
        # recovered two rifles", "they had no guns": arms taken or found, one claim
        # whatever the verb (no ground changes hands)
        return "arms", "positive"
    if _arms_received_from(pred):
        # "had received not a single bullet from Eritrea": whoever sent them supplied it
        return "supply", "positive"
    if lemma == "arm" and _armed_by(pred):
        return "supply", "positive"  # "Eritrea armed the militiamen", "armed by Eritrea"
    if _the_wounded_in_care(pred):
        return "casualties", "positive"  # "four sailors remain in hospital"
    if _declared_dead(pred):
        return "casualties", "positive"  # "52 people have been confirmed dead"
    if _counted_people_buried(pred) or _toll_stays(pred):
        return "casualties", "positive"  # "had buried twelve of our own", "the toll remained seven"
    if _the_dead_identified(pred):
        # "the dead were identified as members of the rebel group": who the dead were
        return "casualties", "positive"
    if _aircraft_lost_or_damaged(pred):
        return "attack", "positive"  # "no aircraft were lost", "no aircraft were damaged"
    if _captives_treated_or_lost(pred):
        return "captives", "positive"  # "the captured soldiers would be treated well"
    if _toll_called_false(pred):
        return "casualties", "positive"  # "nine dead is a lie": the toll, answered
    if _toll_figure_answered(pred):
        # "the figure of 40 is invented": the frame of the claim that gave the figure
        # ("killed 40 fighters"; "holding 143 soldiers" is a count of captives), else a
        # toll, the figure most often answered
        return _figure_given(pred) or ("casualties", "positive")
    if _the_dead_named(pred):
        return "casualties", "positive"  # "we have the names of 41 people"
    shown = _people_shown_done_to(pred)
    if shown is not None:
        return shown, "positive"  # "a video showed eight soldiers captured in the raid"
    if lemma == "lose" and any(c.dep_ == "dobj" and c.like_num for c in pred.children):
        return "casualties", "positive"  # "the group had lost only three": its own dead
    for c in pred.children:
        if c.dep_ in ("dobj", "attr", "oprd", "pobj", "nsubjpass", "prt", "advmod", "prep"):
            key = f"{lemma}+{c.lemma_.lower()}"
            if key in fr:
                return fr[key]
        if c.dep_ in ("ccomp", "xcomp") and lemma in ("have", "keep"):
            # "has no soldier engaged in combat", parsed as a clause: the soldier had
            for g in c.children:
                if g.dep_ == "nsubj" and f"{lemma}+{g.lemma_.lower()}" in fr:
                    return fr[f"{lemma}+{g.lemma_.lower()}"]
    if lemma == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in CAPTIVE_STATES for c in pred.children
    ):
        return "captives", "positive"  # "the soldiers are not anyone's hostages"
    if lemma in ("be", "remain", "miss") and _custody(pred) is not None:
        return "captives", "positive"  # "the men were in their custody"
    if lemma in SURRENDERING_LEMMAS and _people_gave_up(pred):
        return "captives", "positive"  # "not one of our soldiers has surrendered"
    if lemma in CAPTURING_LEMMAS and any(
        c.lemma_.lower() in CAPTIVE_STATES
        and c.dep_ in ("oprd", "ccomp", "xcomp", "dobj", "advmod")
        for c in pred.children
    ):
        return "captives", "positive"  # "have taken 11 people hostage" (however parsed)
    if lemma in CAPTURING_LEMMAS:
        taken = _child(pred, ("dobj", "nsubjpass"))
        if taken is None and pred.dep_ in ("acl", "amod"):
            taken = pred.head  # "eight soldiers captured in the raid", "captured soldiers"
        if taken is None and pred.pos_ == "NOUN":
            taken = next(iter(pobjs(pred, ("of",))), None)  # "the capture of 22 soldiers"
        if taken is not None and taken.tag_ in ("WP", "WDT") and pred.dep_ == "relcl":
            taken = pred.head  # "a farmer who had been seized on the government side"
        if taken is None and pred.dep_ == "conj" and pred.head.lemma_.lower() in CAPTURING_LEMMAS:
            # "I was arrested by police and held for a week": the second verb shares
            # the first one's captive
            taken = _child(pred.head, ("dobj", "nsubjpass"))
        if (
            taken is not None
            # ("seized three fishing boats and 14 fishermen": people among what was taken)
            and (
                _names_people(taken)
                or any(_names_people(t) for t in taken.conjuncts)
                # ("we held them so that they would answer": people kept, not ground)
                or (
                    lemma in HOLDING_PEOPLE_LEMMAS
                    and taken.lower_ == "them"
                    and taken.dep_ == "dobj"
                )
            )
            and not _to_care(pred)
        ):
            return "captives", "positive"  # "captured four of them", "no soldier was seized"
    if lemma == "return" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in pred.children):
        if any(c.dep_ == "neg" for c in pred.children):
            # "Our border guards did not return fire": they did not fire at all, a
            # denial of their side's shooting
            return "attack", "positive"
        # "Thai troops had returned fire": they answered an attack, they did not start
        # one (which side fired first is the other side's deed, not theirs)
        return "pred:return_fire", "positive"
    deed = _involved_in(pred)
    if deed is not None:
        # "had taken part in the raid", "have nothing to do with this attack", "was
        # behind the attack": a claim of who did the deed
        frame = _frame(deed)[0]
        return (frame if frame in DEED_FRAMES else "attack"), "positive"
    if lemma == "take":
        # ("Pokrovsk has not been taken": what was taken is the passive subject)
        obj = _child(pred, ("dobj",)) or _child(pred, ("nsubjpass",))
        if (
            obj is not None
            and obj.lower_ == "part"
            and not any(
                c.dep_ in ("det", "amod", "prep") and c.lower_ != "in" for c in obj.children
            )
        ):
            return "pred:participate", "positive"  # "had taken part in the raid"
        if obj is not None and (
            obj.lemma_.lower() in GROUND_NOUNS
            or (obj.pos_ == "PROPN" and (obj.ent_type_ not in NOT_GROUND_ENTS or _toponym(obj)))
        ):
            return "control", "positive"  # "had taken Lascahobas", "took the airport"
    if lemma in LEAVING_LEMMAS:
        obj = _child(pred, ("dobj",))
        if (
            obj is not None
            and obj.pos_ == "PROPN"
            # ("it had left Kufra": a town the tagger took for an organisation)
            and (obj.ent_type_ not in ("ORG", "NORP") or _toponym(obj))
        ):
            return "control", "negative"  # "had left Lascahobas"
        if (
            obj is None
            and lemma == "leave"
            and not any(c.dep_ in ("prt", "prep", "nsubjpass") for c in pred.children)
            and any(
                c.dep_ == "nsubj" and (c.lower_ == "we" or c.lemma_.lower() in TROOP_WORDS)
                for c in pred.children
            )
        ):
            # '"We left when we chose to," the rebels' spokesman said': fighters who
            # left, with no place named, left the town the story is about
            return "control", "negative"
    if lemma == "be" and any(
        c.dep_ in ("attr", "acomp") and c.lower_ == "ours" for c in pred.children
    ):
        return "control", "positive"  # "the island is ours"
    if lemma == "be":
        subj = _child(pred, ("nsubj",))
        if subj is not None and subj.dep_ == "nsubj" and subj.lower_ == "there":
            subj = None
        if subj is None and any(c.dep_ == "expl" for c in pred.children):
            subj = _child(pred, ("attr",))  # "there is not a single Shabaab fighter in X"
        if subj is not None and _alibi(pred, subj):
            return "attack", "positive"  # "our forces were not even in range of that market"
        if (
            subj is not None
            # ('there were "no foreign boots" in Niassa': boots are soldiers; "a team of
            # PLA personnel was in Laos": a team of troops is troops)
            and (subj.lemma_.lower() == "boot" or _military_people(subj))
            and any(
                c.dep_ == "prep"
                and (
                    c.lower_ in ("in", "inside", "at")
                    # "no units are on Russian territory", "on Ukrainian soil", "military
                    # personnel were on the ground"
                    or (c.lower_ == "on" and any(_stood_on(g) for g in c.children))
                )
                and not any(
                    g.lemma_.lower() in {"control", "charge", "hand"} | STATE_NOUNS
                    for g in c.children
                )
                # ("no foreign troops anywhere in Laos": the place hangs off "anywhere")
                for c in (
                    *pred.children,
                    *subj.children,
                    *_advmod_children(pred),
                    *_present_children(pred),
                )
            )
        ):
            return "deployment", "positive"  # "North Korean troops were in Russia"
    if (
        lemma in MOVING_LEMMAS
        and _moves_people(pred)
        and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "home") for c in pred.children)
        and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in TROOP_WORDS | UNIT_WORDS
            for c in pred.children
        )
    ):
        return "exchange", "positive"  # "no soldier brought them back": a rescue
    if lemma in MOVING_LEMMAS and _arms_moved_into_a_site(pred):
        # "rebel units had moved heavy weapons into a monastery compound": the site
        # was put to military use (not a deployment of the units)
        return "military_use", "positive"
    if lemma in MOVING_LEMMAS | {"withdraw", "pull"} and _to_better_ground(pred):
        return "control", "negative"  # "units were moved to more advantageous positions"
    if (
        lemma in MOVING_LEMMAS
        and any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj")
            # ("sixty military instructors arrived in X": military staff, as troops)
            and (c.lemma_.lower() in TROOP_WORDS | UNIT_WORDS or _military_people(c))
            for c in pred.children
        )
        and not _moves_people(pred)
    ):
        return "deployment", "positive"  # "had flown 500 soldiers into", "troops arrived in"
    if (
        lemma in COUNTING_LEMMAS
        # ('the team numbered "fewer than 100"': a team sent, counted)
        and any(
            c.dep_ == "nsubj" and (_military_people(c) or c.lemma_.lower() in TEAM_WORDS)
            for c in pred.children
        )
        and any(
            c.dep_ in ("dobj", "attr", "npadvmod", "advmod", "oprd", "acomp")
            and any(t.like_num for t in c.subtree)
            for c in pred.children
        )
    ):
        # "the instructors numbered about sixty", "the troops totalled 3,000": a count
        # of troops sent is a claim of their deployment
        return "deployment", "positive"
    if (
        lemma in PRESENT_AT_WORK_LEMMAS | ASSIGNED_LEMMAS
        and any(c.dep_ in ("nsubj", "nsubjpass") and _military_people(c) for c in pred.children)
        and any(
            c.dep_ == "prep"
            and (
                c.lower_ in ("in", "inside", "at")
                or (c.lower_ == "to" and lemma in ASSIGNED_LEMMAS)
                # ("Turkish personnel were operating from the base": where they work)
                or (c.lower_ == "from" and lemma in PRESENT_AT_WORK_LEMMAS)
            )
            for c in _work_place_children(pred)
        )
    ):
        # "any foreign troops were operating in Niassa", "its soldiers had been operating
        # inside Mozambique's Niassa province", "instructors are working in X": troops
        # at work somewhere are there
        return "deployment", "positive"
    if any(
        c.dep_ in ("dobj", "attr")
        and c.lemma_.lower() in GIVING_WAY_NOUNS
        and any(a.lower_ == "tactical" for a in c.children)
        for c in (pred, *pred.children, *_then_did(pred))
    ):
        return "control", "negative"  # "carried out a tactical redeployment": gave way
    if lemma == "come" and _came_into_domain(pred):
        return "incursion", "positive"  # "the boat came into our waters"
    if lemma in CROSSING_LEMMAS and _into_a_state(pred):
        return "incursion", "positive"  # "entered Lebanon", "advanced into its territory"
    if lemma == "be" and _attackers_named(pred) is not None:
        return "attack", "positive"  # "These were CODECO assailants", "the attackers were X"
    if lemma in BODY_COUNT_LEMMAS and any(
        c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() == "body" for c in pred.children
    ):
        return "casualties", "positive"  # "41 bodies had been counted", "recovered 12 bodies"
    if lemma == "fall" and _fell_in_battle(pred):
        return "casualties", "positive"  # "three soldiers fell in battle": were killed
    if (
        lemma == "be"
        and (count := _child(pred, ("nsubj",))) is not None
        and count.lemma_.lower() in COUNT_NOUNS
        and any(
            t.like_num or t.lemma_.lower() in ("dozen", "hundred", "dozens", "hundreds")
            for c in pred.children
            if c.dep_ in ("attr", "acomp")
            for t in c.subtree
        )
    ):
        return "casualties", "positive"  # "its own count was at least 31 dead"
    if (
        pred.pos_ == "NOUN"
        and lemma in COUNT_NOUNS
        and any(
            fr.get(w.lemma_.lower(), ("",))[0] == "casualties"
            for o in pobjs(pred, ("of",))
            for w in (o, *o.children)
        )
    ):
        return "casualties", "positive"  # "raised the number of soldiers killed to 23"
    if lemma in BEING_THERE_LEMMAS | MOVING_LEMMAS and _there_at_invitation(pred):
        # "the instructors had come at the invitation of his government": sent people
        # there at a host's asking, a deployment owned
        return "deployment", "positive"
    if lemma in CHANGING_LEMMAS and _is_negated(pred) and _troop_estimate(pred) is not None:
        # "its estimate of about 300 soldiers had not changed": the count stood by (a
        # change would be a step back from it)
        return "deployment", "negative"
    if lemma == "be" and _only_civilians_present(pred):
        # "only Lao police and railway staff were in the town": no troops were there
        return "deployment", "negative"
    if lemma == "be" and _only_civilians_there(pred):
        # "the only Chinese nationals at the wharf were employees of the firm": no
        # troops were there
        return "deployment", "negative"
    if lemma == "be" and _armed_men_there(pred):
        return "military_use", "positive"  # "militants were present at the site"
    missing = _missing_people(pred) if lemma in ("be", "find") else None
    if missing is not None:
        return MISSING_FRAME, missing  # "four soldiers were missing"; "found alive"
    if lemma == "be" and _said_alive(pred):
        # "Wazir was alive", in a story of his killing: his death, denied
        return "casualties", "negative"
    if lemma == "be" and _who_the_dead_were(pred) is not None:
        # "the victims were herders", "everyone who died there was a combatant": who
        # the dead were, a claim on the toll of that kind of victim (not on the site)
        return "casualties", "positive"
    if lemma in BELONG_LEMMAS and _dead_belonged(pred):
        return "casualties", "positive"  # "the men belonged to the gang": who died
    if lemma == "be" and _no_fighters_present(pred):
        return "casualties", "positive"  # "no fighters were present": none among the dead
    if lemma == "be" and _no_civilians_there(pred):
        return "casualties", "positive"  # "no civilians were present": none were hurt
    if pred.pos_ == "NOUN" and lemma in STORE_NOUNS and _stores_arms(pred):
        return "military_use", "positive"  # "a weapons and explosives depot"
    if pred.pos_ == "NOUN" and pred.dep_ == "dobj" and _military_site(pred):
        return "military_use", "positive"  # "struck a command post"
    if lemma == "be" and any(
        t.lemma_.lower() in STORE_NOUNS and _stores_arms(t)
        for c in pred.children
        if c.dep_ == "attr"
        for t in c.lefts
    ):
        return "military_use", "positive"  # "was an explosives depot run by", misparsed
    if _under_authority(pred):
        return "control", "positive"  # "the town is under the full authority of the state"
    if _armed_men_inside(pred):
        return "control", "positive"  # "the jihadists are inside Goundam": they hold it
    target = _target_was(pred) if lemma == "be" else None
    if target is not None:
        # "the target was a training site": what the struck site was (a civilian one,
        # "the target was a school", is a denial of its military use)
        civilian = target.lemma_.lower() in CIVILIAN_SITE_NOUNS
        return "military_use", ("negative" if civilian else "positive")
    if lemma == "be" and _no_site_of_war(pred):
        # "there is no Chinese post at X", "there is no factory in Saada, only
        # classrooms": the site the other side named as military, denied
        return "military_use", "positive"
    use = _use_class(pred)
    if use is not None:
        # "the trucks were carrying weapons" / "carried only food aid": whether a
        # target was military, asserted or denied
        return "military_use", ("positive" if use[0] == "military" else "negative")
    if pred.pos_ == "NOUN" and lemma in VERB_ONLY_FRAMES:
        return f"pred:{lemma}", "positive"  # "left their station to us": a building
    # participles the lemmatizer leaves alone ("regenerated" as an adjective)
    for form in (
        lemma,
        lemma[:-1] if lemma.endswith("ed") else "",
        lemma[:-2] if lemma.endswith("ed") else "",
    ):
        if form in fr:
            return fr[form]
    if pred.pos_ == "NOUN":
        # "the end of hostilities", "defeat of the enemy"
        return fr.get(lemma, (f"pred:{lemma}", "positive"))
    return f"pred:{lemma}", "positive"


#: Nouns for weapons and the gear of war taken in a raid or found on men or at a site.
_ARMS_TEXT = (
    "weapon arm rifle gun pistol handgun firearm ammunition munition ammo bullet "
    "explosive grenade launcher mortar machinegun kalashnikov ak-47 rpg materiel"
)
ARMS_NOUNS = frozenset(_ARMS_TEXT.split())
#: Vehicles that are gear of war when armoured ("captured armoured vehicles").
_ARMOURED_TEXT = "vehicle car truck carrier personnel"
ARMOURED_NOUNS = frozenset(_ARMOURED_TEXT.split())
#: Verbs by which arms are taken ("seized", "captured", "looted") or found ("troops
#: recovered two rifles", "found rifles and explosives").
ARMS_TAKING_LEMMAS = frozenset(
    {
        "capture", "seize", "take", "grab", "loot", "steal", "confiscate", "recover",
        "find", "discover",
    }
)  # fmt: skip


def _names_arms(t: Token) -> bool:
    """Whether a noun phrase (or a conjunct of it) names weapons or armoured vehicles:
    "weapons, ammunition and two pick-up trucks", "four armoured vehicles"."""
    for n in (t, *t.conjuncts):
        lemma = n.lemma_.lower()
        if lemma in ARMS_NOUNS or n.lower_ in ARMS_NOUNS:
            return True
        if lemma in ARMOURED_NOUNS and any(
            c.lower_ in ("armoured", "armored", "military") for c in n.children
        ):
            return True
        if lemma in ("one", "single") and any(_names_arms(g) for g in pobjs(n, ("of",))):
            return True  # "not one of the rifles"
    return False


def _arms_taken_or_found(pred: Token) -> bool:
    """ "captured armoured vehicles and weapons", "not one rifle was taken", "carried
    away six rifles", "recovered a homemade rifle and a pistol", "they had no guns":
    arms taken in a raid or found on men or at a site."""
    lemma = pred.lemma_.lower()
    if pred.pos_ != "VERB":
        return False
    if lemma in ARMS_TAKING_LEMMAS or (
        # "carried away six rifles", "made off with weapons"
        lemma in ("carry", "make")
        and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off") for c in pred.children)
    ):
        if any(c.dep_ == "prt" and c.lower_ == "up" for c in pred.children):
            return False  # "the villagers took up arms": they began to fight
        what = _child(pred, ("dobj", "nsubjpass"))
        if what is None and lemma == "make":
            what = next(iter(pobjs(pred, ("with",))), None)
        if what is None and pred.dep_ in ("acl", "amod"):
            what = pred.head  # "the weapons seized were real"
        return (
            what is not None
            and _names_arms(what)
            # ("captured 60 soldiers and two armoured vehicles": people taken are captives)
            and not any(_names_people(t) for t in (what, *what.conjuncts))
        )
    if lemma == "have":
        # "they had no guns", "the men had weapons": of people (a truck or a building
        # that "had" weapons is a claim on what the target was)
        owner, what = _child(pred, ("nsubj",)), _child(pred, ("dobj",))
        return (
            owner is not None
            and what is not None
            and (owner.pos_ == "PRON" or _names_people(owner))
            and _names_arms(what)
        )
    if lemma == "arm":
        # "no one aboard had been armed", "the men were armed": no supplier named
        return _child(pred, ("nsubjpass",)) is not None and not _armed_by(pred)
    return False


#: Where troops sent somewhere live ("set up a camp", "established a base").
CAMP_NOUNS = frozenset({"camp", "base", "basis", "garrison"})


def _troops_set_up_camp(pred: Token) -> bool:
    """ "Chinese troops have set up a camp near Boten", "soldiers established a base":
    troops living somewhere are deployed there (armed groups' camps are another matter:
    the subject must be soldiers)."""
    lemma = pred.lemma_.lower()
    if not (
        lemma == "establish"
        or (lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in pred.children))
    ):
        return False
    who, what = _child(pred, ("nsubj",)), _child(pred, ("dobj",))
    return (
        who is not None
        and what is not None
        and what.lemma_.lower() in CAMP_NOUNS
        and (who.lemma_.lower() in TROOP_WORDS | UNIT_WORDS or _military_people(who))
    )


def _arms_received_from(pred: Token) -> bool:
    """ "the group had received not a single bullet from Eritrea", "received weapons from
    foreign sponsors": arms supplied, by whoever they came from."""
    if pred.lemma_.lower() != "receive":
        return False
    what = _child(pred, ("dobj",))
    # ("not a single bullet from Eritrea": the source may hang on the arms)
    return (
        what is not None
        and _names_arms(what)
        and bool(pobjs(pred, ("from",)) or pobjs(what, ("from",)))
    )


def _armed_by(pred: Token) -> bool:
    """ "Eritrea armed the militiamen", "the militiamen were armed by Eritrea": a
    supplier of arms named (the doer, or the agent of the passive)."""
    if _child(pred, ("agent",)) is not None:
        return True
    return _child(pred, ("nsubj",)) is not None and _child(pred, ("dobj",)) is not None


#: Verbs of lying somewhere: the wounded "remain in hospital", "are in hospital".
_LYING_LEMMAS = frozenset({"be", "remain", "stay", "lie"})
#: What the wounded are treated for ("treated for minor injuries").
INJURY_NOUNS = frozenset({"injury", "wound", "burn", "fracture", "trauma"})


def _the_wounded_in_care(pred: Token) -> bool:
    """ "four other sailors remain in hospital", "six soldiers were treated for minor
    injuries", "the wounded were being treated at a field hospital": people hurt."""
    lemma = pred.lemma_.lower()
    who = _child(pred, ("nsubj", "nsubjpass"))
    if who is None:
        return False
    people = _names_people(who) or who.lemma_.lower() in ("wounded", "injured")
    in_care = any(g.lemma_.lower() in TREATED_AT_NOUNS for g in pobjs(pred, ("in", "at")))
    if lemma in _LYING_LEMMAS:
        # ("in hospital", not "at the hospital": reporters at a hospital are no wounded)
        return (
            people
            and who.dep_ == "nsubj"
            and any(g.lemma_.lower() in TREATED_AT_NOUNS for g in pobjs(pred, ("in",)))
        )
    if lemma in ("treat", "hospitalise", "hospitalize", "admit"):
        return (
            people
            and who.dep_ == "nsubjpass"
            and (
                in_care
                or who.lemma_.lower() in ("wounded", "injured")
                or any(g.lemma_.lower() in INJURY_NOUNS for g in pobjs(pred, ("for",)))
            )
        )
    return False


#: Verbs by which people are declared dead ("confirmed dead", "found dead").
DECLARING_LEMMAS = frozenset({"confirm", "declare", "pronounce", "find", "report", "presume"})


def _declared_dead(pred: Token) -> bool:
    """ "52 of our people have been confirmed dead", "two were found dead", "nine officers
    were dead"; and "its peacekeepers had counted at least 26 dead": the dead counted or
    declared."""
    lemma = pred.lemma_.lower()
    if lemma in DECLARING_LEMMAS and any(
        c.dep_ in ("oprd", "acomp", "xcomp", "advcl") and c.lower_ == "dead" for c in pred.children
    ):
        return True
    if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ == "dead" for c in pred.children):
        # "nine officers were dead", "all four are dead": a number of people dead, a toll
        who = _child(pred, ("nsubj",))
        return who is not None and (
            who.like_num or any(g.dep_ == "nummod" and g.like_num for g in who.children)
        )
    # ("counted at least 26 dead": "dead" parsed as an object or a clause of its own)
    return lemma in BODY_COUNT_LEMMAS and any(
        c.dep_ in ("dobj", "ccomp") and c.lower_ in ("dead", "corpses") for c in pred.children
    )


#: Verbs by which people laid in the ground are counted: burying N people is a count
#: of the dead ("we have buried twelve of our own", "34 people had been buried").
BURYING_LEMMAS = frozenset({"bury"})
#: Verbs by which a toll keeps its figure ("the toll remained seven", "stayed at nine").
TOLL_STAYING_LEMMAS = frozenset({"remain", "stay"})


def _counted_people_buried(pred: Token) -> bool:
    """ "we have buried twelve of our own", "34 people had been buried": a number of
    people buried (a count of the dead; "they were buried there" counts nobody)."""
    if pred.lemma_.lower() not in BURYING_LEMMAS:
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and (
            c.like_num
            or any(g.dep_ == "nummod" and g.like_num for g in c.children)
            # ("buried four parishioners": a number of persons of any calling)
            or (any(t.like_num and t.pos_ == "NUM" for t in c.subtree) and _names_people(c))
            # ("we buried women and children today", "I have buried my own relatives":
            # people the speaker buried, by their kind or kinship)
            or (c.dep_ == "dobj" and c.pos_ == "NOUN" and _buried_kin_or_kind(c))
        )
        for c in pred.children
    )


#: Nouns for one's kin, whom mourners say they buried ("buried my relatives").
KIN_NOUNS = frozenset({"relative", "son", "daughter", "brother", "sister", "father", "mother"})


def _buried_kin_or_kind(obj: Token) -> bool:
    """Whether a buried object names people by a kind of victim or by kinship."""
    return any(
        t.lemma_.lower() in KIN_NOUNS
        or t.lower_ in VICTIM_KINDS
        or t.lemma_.lower() in VICTIM_KINDS
        for t in (obj, *obj.conjuncts)
    )


def _toll_stays(pred: Token) -> bool:
    """ "the toll remained seven", "the number of dead stayed at nine": a toll that keeps
    its figure, a toll restated."""
    if pred.lemma_.lower() not in TOLL_STAYING_LEMMAS:
        return False
    toll = _child(pred, ("nsubj",))
    if toll is None or toll.lemma_.lower() not in TOLL_COUNT_NOUNS:
        return False
    fr = frames()
    of_dead = toll.lemma_.lower() == "toll" or any(
        fr.get(w.lemma_.lower(), ("",))[0] == "casualties"
        for w in (*toll.children, *pobjs(toll, ("of",)))
    )
    figure = any(
        t.like_num
        for c in pred.children
        if c.dep_ in ("acomp", "attr", "oprd", "npadvmod", "dobj")
        or (c.dep_ == "prep" and c.lower_ == "at")
        for t in c.subtree
    )
    return of_dead and figure


def _the_dead_identified(pred: Token) -> bool:
    """ "the dead were identified as members of the terrorist organisation", "the other
    five dead had been identified as members of the front": who the dead were."""
    if pred.lemma_.lower() != "identify":
        return False
    who = _child(pred, ("nsubjpass",))
    return who is not None and _names_the_dead(who) and bool(pobjs(pred, ("as",)))


#: Verbs of how held people are dealt with ("the prisoners will be treated well") or
#: of losing them ("denied losing any prisoners"): said of captives, a claim they are held.
CAPTIVES_KEPT_LEMMAS = frozenset({"treat", "lose"})


def _captives_treated_or_lost(pred: Token) -> bool:
    """ "the captured soldiers would be treated as prisoners of war", "would treat the
    prisoners well", "denied losing any prisoners": captives held."""
    lemma = pred.lemma_.lower()
    if lemma not in CAPTIVES_KEPT_LEMMAS or pred.pos_ != "VERB":
        return False
    if any(g.lemma_.lower() in CAPTIVE_STATES for g in pobjs(pred, ("as",))):
        return True  # "treated as prisoners of war"
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and (
            c.lemma_.lower() in CAPTIVE_STATES
            # "the captured soldiers", "the soldiers they captured" (people: "a
            # bridgehead it held" is ground, and "lost" ground no captive)
            or (
                lemma == "treat"
                and _names_people(c)
                and any(
                    a.dep_ in ("amod", "acl", "relcl") and a.lemma_.lower() in CAPTURING_LEMMAS
                    for a in c.children
                )
            )
        )
        for c in pred.children
    )


#: Verbs that say whether a toll figure itself is true ("the count does not correspond
#: to reality"); not "reject" ("rejected a higher count" denies the toll it names).
FIGURE_ANSWER_LEMMAS = frozenset({"correspond", "match"})


def _toll_figure_answered(pred: Token) -> bool:
    """ "the figure of 40 is invented" (the claim's predicate the number itself), "the
    association's count does not correspond to reality": a toll figure answered."""
    if pred.like_num and pred.dep_ == "pobj" and pred.head.lower_ == "of":
        return pred.head.head.lemma_.lower() in TOLL_FIGURE_NOUNS
    if pred.lemma_.lower() not in FIGURE_ANSWER_LEMMAS:
        return False
    fr = frames()
    return any(
        c.dep_ in ("nsubj", "dobj")
        and c.lemma_.lower() in TOLL_FIGURE_NOUNS
        # ("the count of soldiers sent": a count of something else, no toll)
        and not any(fr.get(g.lemma_.lower(), ("",))[0] == "deployment" for g in c.subtree)
        for c in pred.children
    )


#: Nouns that call a figure false ("nine dead is a lie").
FALSEHOOD_NOUNS = frozenset({"lie", "fabrication", "invention", "fiction", "fantasy", "falsehood"})


def _toll_called_false(pred: Token) -> bool:
    """ "Nine dead is a lie invented to torment the families": a toll, given as a number
    of dead and called false, is answered (a claim on the toll, denied)."""
    if pred.lemma_.lower() != "be" or not any(
        c.dep_ == "attr" and c.lemma_.lower() in FALSEHOOD_NOUNS for c in pred.children
    ):
        return False
    subj = _child(pred, ("nsubj",))
    if subj is None:
        return False
    # ("nine dead", "41 killed", "the 30 dead")
    words = (subj, *subj.children)
    return any(w.like_num for w in words) and any(
        w.lemma_.lower() in DEAD_NOUNS or w.lower_ in DEAD_NOUNS for w in words
    )


def _work_place_children(pred: Token) -> list[Token]:
    """The children of ``pred`` and of its object: the place of the work may hang on
    what is run ("were running a tracking station in the province of X")."""
    obj = _child(pred, ("dobj",))
    return [*pred.children, *(obj.children if obj is not None else ())]


#: Ground people stand "on" ("troops were on the island", "on the border"): troops
#: there are deployed there ("on patrol", "on alert" are no ground).
ON_GROUND_NOUNS = frozenset(
    {"territory", "soil", "ground", "island", "hill", "height", "heights", "border", "frontier"}
    # ("not a single foreign soldier on Serbian military sites": troops at sites)
    | {"site"}
)


def _stood_on(g: Token) -> bool:
    """Whether the object of "on" is ground to be on: "on Ukrainian soil", "on the
    island", "on Cyprus"."""
    if g.dep_ != "pobj":
        return False
    return g.lemma_.lower() in ON_GROUND_NOUNS or (
        g.pos_ == "PROPN" and g.ent_type_ in ("GPE", "LOC") and _toponym(g)
    )


#: Frames of what was done to people a video or a witness shows ("showed eight soldiers
#: captured", "saw three men killed"): the showing claims the deed done to them.
SHOWN_DEED_FRAMES = frozenset({"captives", "casualties"})


def _people_shown_done_to(pred: Token) -> str | None:
    """ "a video showed eight soldiers captured in the raid": the frame of what was done
    to the people shown or seen, if captives or casualties."""
    if pred.lemma_.lower() not in SEEING_LEMMAS:
        return None
    obj = _child(pred, ("dobj",))
    if obj is None or not _names_people(obj):
        return None
    for c in obj.children:
        if c.dep_ == "acl" and c.pos_ == "VERB":
            frame = _frame(c)[0]
            if frame in SHOWN_DEED_FRAMES:
                return frame
    return None


#: How far up from a number to look for the verb that gave it ("killed 40 fighters").
FIGURE_CLIMB = 3


def _figure_given(pred: Token) -> tuple[str, str] | None:
    """The frame of another mention of the figure ``pred`` in the text ("killed 40
    KNDF fighters" for "the figure of 40"), if one names a known frame."""
    for t in pred.doc:
        if t.i == pred.i or not t.like_num or t.text != pred.text:
            continue
        up = t
        for _ in range(FIGURE_CLIMB):
            if up.head.i == up.i:
                break
            up = up.head
            found = _frame(up)
            if not found[0].startswith("pred:"):
                return found
    return None


#: Verbs of holding or giving the names of the dead ("we have the names of 41 people").
NAMING_LEMMAS = frozenset({"have", "confirm", "publish", "release", "list", "identify"})


def _the_dead_named(pred: Token) -> bool:
    """ "we have the names of 41 people", "confirmed the names of seven villagers
    killed", "had identified all seven dead": the dead counted by name."""
    lemma = pred.lemma_.lower()
    if lemma not in NAMING_LEMMAS:
        return False
    if lemma == "identify" and any(
        c.dep_ in ("oprd", "dobj") and c.lower_ == "dead" for c in pred.children
    ):
        return True  # "identified all seven dead"
    for c in pred.children:
        if c.dep_ != "dobj" or c.lemma_.lower() != "name":
            continue
        for g in pobjs(c, ("of",)):
            counted = any(t.like_num for t in g.subtree)
            if _names_the_dead(g) or (counted and _names_people(g)):
                return True
    return False


#: Aircraft and vessels a strike on a base or a port destroys or damages.
_STRUCK_CRAFT_TEXT = (
    "aircraft plane jet warplane bomber fighter helicopter drone ship vessel warship tank"
)
STRUCK_CRAFT = frozenset(_STRUCK_CRAFT_TEXT.split())


def _aircraft_lost_or_damaged(pred: Token) -> bool:
    """ "no aircraft were lost", "No aircraft were damaged", "two bombers had been
    damaged": craft lost to a strike, with nobody named as losing them (a side that
    "lost two jets" is no doer)."""
    if pred.lemma_.lower() not in ("lose", "damage") or pred.pos_ != "VERB":
        return False
    lost = _child(pred, ("nsubjpass",))
    return lost is not None and any(
        n.lemma_.lower() in STRUCK_CRAFT for n in (lost, *lost.conjuncts)
    )


#: Lemmas whose frame is the verb's only: as nouns they name a building ("left their
#: station to us"), a quarrel ("a fight over territory") or a mark ("a target").
VERB_ONLY_FRAMES = frozenset({"station", "fight", "target", "hold", "clear", "send", "sign"})
#: Nouns of being held: "in their custody" ("in the hands of": see _in_hands_of).
CUSTODY_NOUNS = frozenset({"custody", "captivity", "detention"})


def _custody(pred: Token) -> Token | None:
    """The custody noun of "X were in their custody", "in the hands of the militants",
    when people are what is held."""
    held = _child(pred, ("nsubj",))
    if held is None or not _names_people(held):
        return None
    for t in (pred, *pred.conjuncts):
        nouns = (
            [g for g in t.children if g.dep_ == "pobj"]
            if t.pos_ == "ADP" and t.lower_ in ("in", "into")  # "missing or in the hands of"
            else pobjs(t, ("in", "into"))
        )
        for noun in nouns:
            if noun.lemma_.lower() in CUSTODY_NOUNS:
                return noun
    return None


#: Verbs of taking that take people prisoner when people are what is taken.
CAPTURING_LEMMAS = frozenset(
    {"capture", "seize", "take", "grab", "detain", "hold", "keep", "arrest"}
)
#: Verbs of keeping someone held, whose "them" is people ("we held them for a day");
#: "took them" or "seized them" may be towns.
HOLDING_PEOPLE_LEMMAS = frozenset({"hold", "keep", "detain", "arrest"})
#: Nouns that, said of people, say they are held ("the soldiers are not hostages").
CAPTIVE_STATES = frozenset({"hostage", "prisoner", "captive"})
#: Nouns for people who can be taken prisoner ("captured two soldiers").
_CAPTIVE_TEXT = (
    "soldier troop serviceman servicemen fighter officer civilian hostage prisoner "
    "captive militant rebel insurgent member people person man men woman women child "
    "children worker sailor crew crewman pilot villager resident journalist guard "
    "conscript mercenary commander personnel citizen national student farmer fisherman "
    "fishermen shepherd activist tourist passenger migrant anyone anybody someone "
    # people taken by their trade ("still holding the two engineers")
    "engineer nurse doctor contractor employee technician teacher driver"
)
CAPTIVE_NOUNS = frozenset(_CAPTIVE_TEXT.split())
#: Pronouns that can only stand for people (not "it" or "they": a town, a vehicle).
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me", "we", "us"})
#: Nouns by which a spokesman's words refer to the group he speaks for ("the group").
GROUP_WORDS = frozenset({"group", "movement", "organisation", "organization", "militia"})
#: Nouns for people outside any armed force: named by their country, they are its
#: people, not its army.
_CIVILIAN_PEOPLE_TEXT = (
    "civilian people person man men woman women child children worker villager "
    "resident journalist citizen national student farmer fisherman fishermen shepherd "
    "activist tourist passenger migrant"
)
CIVILIAN_PEOPLE = frozenset(_CIVILIAN_PEOPLE_TEXT.split())


#: Where people are taken to be looked after ("taken to hospital"), not held.
CARE_NOUNS = frozenset({"hospital", "clinic", "safety", "shelter", "morgue", "treatment"})


def _to_care(pred: Token) -> bool:
    """ "40 wounded people were taken to hospital": carried, not captured."""
    return any(g.lemma_.lower() in CARE_NOUNS for g in pobjs(pred, ("to", "for")))


#: Verbs of people giving themselves up ("soldiers surrendered"): taken prisoner.
SURRENDERING_LEMMAS = frozenset({"surrender"})


def _people_gave_up(pred: Token) -> bool:
    """ "Not one of our soldiers has surrendered", "dozens of soldiers surrendered to the
    rebels": people giving themselves up are taken prisoner (not "surrendered the town",
    ground given up)."""
    if _child(pred, ("dobj",)) is not None:
        return False
    subj = _child(pred, ("nsubj",))
    return subj is not None and _names_people(subj)


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


#: Prepositions by which a subject says where the deed was ("assaults near X").
LOCATIVE_PREPS = frozenset({"near", "around", "outside", "in", "at"})
#: Nouns for whoever carried out an attack.
ATTACKER_NOUNS = frozenset({"assailant", "attacker", "gunman", "gunmen", "perpetrator", "raider"})


def _attackers_named(pred: Token) -> Token | None:
    """Who "be" says the attackers were: "These were CODECO assailants" -> the
    assailants (named by their modifier), "The attackers were Hamas militants" -> the
    militants."""
    subj = _child(pred, ("nsubj",))
    attr = _child(pred, ("attr",))
    if subj is None or attr is None:
        return None
    if attr.lemma_.lower() in ATTACKER_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ") for c in attr.children
    ):
        return attr
    if subj.lemma_.lower() in ATTACKER_NOUNS and attr.pos_ in ("PROPN", "NOUN"):
        return attr
    return None


#: Verbs by which the dead are counted ("41 bodies had been counted").
BODY_COUNT_LEMMAS = frozenset(
    {
        "count", "find", "recover", "retrieve", "pull", "bury", "exhume", "collect",
        # "seventeen bodies have been deposited at the general hospital", "the morgue
        # received 12 bodies"
        "deposit", "receive", "bring", "carry",
    }
)  # fmt: skip
#: Verbs of being or coming somewhere that say who holds it only of armed men.
PRESENCE_LEMMAS = frozenset({"enter", "remain", "stay"})
#: Nouns of a share in a deed ("had no role in the raid", "nothing to do with it").
SHARE_NOUNS = frozenset(
    {"part", "role", "hand", "involvement", "nothing", "link", "responsibility"}
)
#: Frames of deeds someone can take part in.
DEED_FRAMES = frozenset({"attack", "incursion"})
#: Nouns for a deed that are no claim of one by themselves ("the incident was under
#: review"), but are one when someone is said to have had a share in it.
DEED_NOUNS = frozenset(
    {"incident", "operation", "attack", "raid", "riot", "clash", "violence", "fighting",
     "massacre", "killing", "ambush", "bombing", "assault", "shelling"}
)  # fmt: skip


def _involved_in(pred: Token) -> Token | None:
    """The deed a verb of involvement says its subject had a share in: "took part in
    the raid", "had no operational role in the raid", "have nothing to do with this
    attack", "was behind the attack", "was involved in the shelling"."""
    lemma = pred.lemma_.lower()
    heads: list[Token] = []
    if lemma in SPONSOR_LEMMAS:
        # "had neither organised nor supported the attack": the object they share
        for v in (pred, *pred.conjuncts):
            # ("the violence had been ordered by jailed members of Los Lobos")
            deed = _child(v, ("dobj",)) or _child(v, ("nsubjpass",))
            if deed is not None and (
                _frame(deed)[0] in DEED_FRAMES or deed.lemma_.lower() in DEED_NOUNS
            ):
                return deed
        return None
    if lemma in ("take", "have", "play"):
        heads = [c for c in pred.children if c.dep_ == "dobj" and c.lemma_.lower() in SHARE_NOUNS]
        heads += [g for h in list(heads) for g in h.children if g.dep_ == "relcl"]  # "to do"
        if heads:
            heads.append(pred)  # "had taken part in the raid", "in" hung on the verb
    elif lemma in ("participate", "involve", "be"):
        heads = [pred]
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "with", "behind"):
                continue
            if lemma == "be" and c.lower_ != "behind":
                continue
            deed = _child(c, ("pobj",))
            if deed is not None and (
                _frame(deed)[0] in DEED_FRAMES or deed.lemma_.lower() in DEED_NOUNS
            ):
                return deed
    return None


#: Verbs of having a deed done: their subject is its doer ("Belgrade organised the
#: attack").
SPONSOR_LEMMAS = frozenset(
    {"organise", "organize", "sponsor", "orchestrate", "mastermind", "order", "plan", "direct"}
)


#: What one "comes under" when attacked ("came under fire from X").
UNDER_ATTACK_NOUNS = frozenset({"fire", "attack", "shelling", "bombardment", "assault"})


#: Things one "holds" that are events, not ground, wherever they take place.
HELD_EVENT_NOUNS = frozenset(
    {"drill", "exercise", "talk", "meeting", "ceremony", "election", "vote", "rally",
     "protest", "referendum", "conference", "session", "hearing", "funeral", "parade"}
)  # fmt: skip
#: Heads of a facility's name: as a deed's object it is a target, not a party.
FACILITY_NOUNS = frozenset(
    {"hospital", "airport", "clinic", "school", "prison", "station", "port", "market"}
)
#: Armed men who are not a state's forces, whatever country they are named by.
IRREGULAR_ARMED = frozenset(
    {"gunman", "gunmen", "militia", "militiaman", "militiamen", "rebel", "insurgent", "gang",
     "jihadist", "militant", "bandit", "separatist", "smuggler"}
)  # fmt: skip
#: What one may "remain" that holds no ground ("remained committed to the truce").
COMMITMENT_WORDS = frozenset({"committed", "ready", "open", "willing", "determined", "calm"})
#: Verbs by which a truce ends ("the ceasefire collapsed").
FAILING_LEMMAS = frozenset({"collapse", "crumble", "unravel", "fail", "end", "expire"})
#: Verbs of seeing: troops seen somewhere are there.
SEEING_LEMMAS = frozenset(
    {"observe", "see", "spot", "sight", "detect", "witness", "film", "show", "depict"}
)


#: What one has or lacks about troops somewhere ("had no information about Russian
#: servicemen in X"): whether they are there, not a possession.
KNOWLEDGE_NOUNS = frozenset({"information", "knowledge", "data", "word"})


#: What troops are "in" that is a state, not a place ("the soldier was in stable
#: condition", "two soldiers are in hospital"): no deployment.
STATE_NOUNS = frozenset(
    {"condition", "state", "shape", "hospital", "coma", "shock", "danger", "care", "contact"}
)


#: Where a side says its own forces were not, to deny a deed there ("not in range of
#: the market", "had not been in the area").
ALIBI_NOUNS = frozenset({"area", "range", "vicinity"})


def _alibi(pred: Token, subj: Token) -> bool:
    """ "Our forces were not even in range of that market", "its own fighters had not
    been in the area", "none of its fighters had been in the area": a side's own forces
    said to be nowhere near, which denies that they did the deed there."""
    troops = subj
    negated = any(c.dep_ == "neg" for c in pred.children)
    if subj.lower_ == "none":
        troops = next(iter(pobjs(subj, ("of",))), subj)
        negated = True
    if troops.lemma_.lower() not in TROOP_WORDS or not negated:
        return False
    if not any(
        c.dep_ == "poss" and c.lower_ in ("our", "its", "their", "my") for c in troops.children
    ):
        return False  # ("no foreign troops were in the area": whether any were there)
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "within", "near")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in ALIBI_NOUNS for g in c.children)
        for c in pred.children
    )


#: Nouns of what is found of a thing ("found no evidence of a camp"): general words.
EVIDENCE_NOUNS = frozenset({"evidence", "sign", "trace", "indication"})


def _found_camp(pred: Token) -> bool:
    """ "had found no evidence of a military camp in the area": whether a site was an
    armed camp, found or not."""
    if pred.lemma_.lower() not in ("find", "see"):
        return False
    seen = _child(pred, ("dobj",))
    if seen is None or seen.lemma_.lower() not in EVIDENCE_NOUNS:
        return False
    return any(_armed_camp(o) or _arms_kept(o) or _armed_presence(o) for o in pobjs(seen, ("of",)))


def _seen_none_of_war(pred: Token) -> bool:
    """ "witnesses had seen no weapons at the site", "satellite images show no military
    structures": a sighting of nothing of war, which says the site was of no military use
    (as "there were no weapons at the site"); the negated object denies it."""
    if pred.lemma_.lower() not in SEEING_LEMMAS:
        return False
    seen = _child(pred, ("dobj",))
    if seen is None or not _negative_object(seen):
        return False
    words = (seen, *(c for c in seen.children if c.dep_ in ("amod", "compound", "conj")))
    return any(
        w.lemma_.lower() in MILITARY_USE_WORDS or w.lower_ in MILITARY_USE_WORDS for w in words
    ) or _armed_camp(seen)


def _armed_presence(noun: Token) -> bool:
    """ "no evidence of a militant presence": armed people found at a site or not."""
    return noun.lemma_.lower() == "presence" and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in ARMED_GROUP_WORDS | {"armed"}
        for c in noun.children
    )


#: Verbs of keeping things at a site ("weapons being stored", "arms hidden there").
KEEPING_LEMMAS = frozenset({"store", "hide", "keep", "stockpile", "stash"})


def _arms_kept(noun: Token) -> bool:
    """ "weapons or fuel being stored": arms kept at a site make it of military use."""
    if noun.lemma_.lower() not in ARMS_WORDS:
        return False
    return any(c.dep_ == "acl" and c.lemma_.lower() in KEEPING_LEMMAS for c in noun.children)


def _needed_troops(pred: Token) -> Token | None:
    """ "had no need of foreign soldiers", "does not need foreign troops": a state
    saying whether it needs (others') troops, which says whether any are deployed
    there; the troops."""
    lemma = pred.lemma_.lower()
    if lemma == "need":
        troops = _child(pred, ("dobj",))
    elif lemma == "have":
        need = _child(pred, ("dobj",))
        if need is None or need.lemma_.lower() != "need":
            return None
        troops = next(iter(pobjs(need, ("of", "for"))), None)
    else:
        return None
    if troops is None or troops.lemma_.lower() not in TROOP_WORDS | UNIT_WORDS:
        return None
    return troops


def _then_did(pred: Token) -> list[Token]:
    """What a side did before or after the predicate ("fought heroically before carrying
    out a tactical redeployment"): the objects of that deed."""
    return [
        o
        for p in pred.children
        if p.dep_ == "prep" and p.lower_ in ("before", "after")
        for v in p.children
        if v.dep_ == "pcomp"
        for o in v.children
        if o.dep_ == "dobj"
    ]


def _changes_status_quo(pred: Token) -> bool:
    """ "changed the status quo", "alter the status quo" (said of a side's troops on a
    contested line)."""
    return pred.lemma_.lower() in ("change", "alter", "upset") and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "quo" for c in pred.children
    )


def _military_people(t: Token) -> bool:
    """Whether a subject names troops or military staff: "soldiers", "instructors", "a
    team of People's Liberation Army engineers", "military engineers"."""
    lemma = t.lemma_.lower()
    if lemma in TROOP_WORDS | UNIT_WORDS | STAFF_WORDS:
        return True
    if lemma in TEAM_WORDS or lemma in ("number", "handful"):
        # ("a small number of technical staff with military status")
        return any(_military_people(o) for o in pobjs(t, ("of",)))
    if lemma == "member":
        # "30 members of the People's Liberation Army": an army's members are troops
        return any(o.lower_ in MILITARY_MARKS or _military_people(o) for o in pobjs(t, ("of",)))
    if lemma in SPECIALIST_WORDS:
        return any(
            m.lower_ in MILITARY_MARKS
            for c in t.children
            # ("technical staff with military status")
            if c.dep_ in ("compound", "amod", "nmod") or (c.dep_ == "prep" and c.lower_ == "with")
            for m in c.subtree
        )
    return False


def _operating_somewhere(pred: Token) -> bool:
    """Troops "carrying out operations" or "conducting operations" somewhere, against
    no one named ("operations against the militants" is an attack)."""
    if pred.lemma_.lower() not in ("carry", "conduct"):
        return False
    ops = _child(pred, ("dobj",))
    if ops is None or ops.lemma_.lower() != "operation":
        return False
    if not any(
        c.dep_ == "nsubj"
        # ("the Mozambican Defence Armed Forces", a name: its head word left as written)
        and (c.lemma_.lower() in TROOP_WORDS | UNIT_WORDS or c.lower_ == "forces")
        for c in pred.children
    ):
        return False
    preps = [c for t in (pred, ops) for c in t.children if c.dep_ == "prep"]
    if any(c.lower_ in ("against", "on", "targeting") for c in preps):
        return False
    return any(c.lower_ in ("in", "inside", "at", "across") for c in preps)


def _moves_people(pred: Token) -> bool:
    """ "no soldier brought them back", "troops brought the women home": troops moving
    people (a rescue, a return), not themselves going somewhere."""
    moved = _child(pred, ("dobj",))
    if moved is None or moved.lemma_.lower() in TROOP_WORDS | UNIT_WORDS:
        return False
    if moved.pos_ == "PRON":
        return not moved.lower_.endswith(("self", "selves"))  # ("moved themselves")
    return VICTIM_KINDS.get(moved.lower_) == "civilians" or moved.lemma_.lower() in (
        "hostage",
        "captive",
        "prisoner",
        "detainee",
    )


def _troops_seen(pred: Token) -> Token | None:
    """The troops "peacekeepers had observed Israeli soldiers north of the Blue Line"
    saw, when said to be somewhere; likewise the troops someone "had no information
    about" somewhere (a denial that they are there)."""
    if pred.lemma_.lower() == "have":
        known = _child(pred, ("dobj",))
        if known is None or known.lemma_.lower() not in KNOWLEDGE_NOUNS:
            return None
        seen = next(
            (
                g
                for c in known.children
                if c.dep_ == "prep" and c.lower_ in ("about", "of", "on", "regarding")
                for g in c.children
                # (the tagger leaves "servicemen" as its own lemma)
                if g.dep_ == "pobj"
                and re.sub(r"men$", "man", g.lemma_.lower())
                in TROOP_WORDS | UNIT_WORDS | STAFF_WORDS
            ),
            None,
        )
        if seen is None:
            return None
        # ("about servicemen in X": the place may hang on either noun)
        where = [c for t in (known, seen) for c in t.children if c.dep_ == "prep" and c.i > seen.i]
        return seen if where else None
    if pred.lemma_.lower() not in SEEING_LEMMAS:
        return None
    seen = _child(pred, ("dobj",))
    if seen is not None and _uniformed(seen):
        return seen  # "he had seen the uniformed men himself": soldiers there
    if seen is None or not (seen.lemma_.lower() in TROOP_WORDS or _armoured(seen)):
        return None
    where = [
        c for t in (pred, seen) for c in t.children if c.dep_ in ("prep", "advmod") and c.i > seen.i
    ]
    return seen if where else None


#: Words that dress people as soldiers ("uniformed men", "men in uniform").
UNIFORM_WORDS = frozenset({"uniformed", "uniform"})


def _uniformed(t: Token) -> bool:
    """ "the uniformed men", "uniformed foreigners", "men in uniform": people dressed as
    soldiers, seen somewhere (a troop sighting, not a crowd)."""
    return any(c.dep_ == "amod" and c.lower_ in UNIFORM_WORDS for c in t.children) or any(
        g.lower_ in UNIFORM_WORDS for g in pobjs(t, ("in",))
    )


def _armoured(t: Token) -> bool:
    """ "Chinese armoured vehicles", "tanks": the gear of troops, seen somewhere."""
    lemma = t.lemma_.lower()
    return lemma == "tank" or (
        lemma in ARMOURED_NOUNS
        and any(c.lower_ in ("armoured", "armored", "military") for c in t.children)
    )


#: What is fired: "the shot came from the Belarusian side" says who fired it.
SHOT_WORDS = frozenset(
    {"shot", "bullet", "round", "gunfire", "projectile", "salvo", "burst"}
    | {"rocket", "missile", "drone", "shell", "munition"}
)
#: Nouns of the place a side holds: "from the Armenian side", "from Syrian territory".
ORIGIN_NOUNS = frozenset({"side", "territory", "soil"})
#: Prepositions of the far side of a line ("from across the border", "from beyond").
ACROSS_WORDS = frozenset({"across", "beyond", "over"})
#: Posts a side fires from, named with its people's word ("a Belarusian watchtower").
FIRING_POST_NOUNS = frozenset(
    {"watchtower", "tower", "post", "outpost", "position", "checkpoint", "bunker"}
)


def _fired_from(pred: Token) -> Token | None:
    """The side a shot "came from" ("the shot came from a wooded area on the Belarusian
    side", "the shells originated from Syrian territory"): who fired it."""
    if pred.lemma_.lower() not in ("come", "originate"):
        return None
    shot = _child(pred, ("nsubj",))
    if shot is None or shot.lemma_.lower().rstrip("s") not in SHOT_WORDS:
        return None
    for line in (
        d
        for fr in pred.children
        if fr.dep_ == "prep" and fr.lower_ == "from"
        for g in fr.children
        if g.dep_ in ("prep", "pcomp") and g.lower_ in ACROSS_WORDS
        for d in g.children
        if d.dep_ == "pobj" and d.lemma_.lower() in BORDER_LINE_WORDS
    ):
        return line  # "the shot came from across the border": the other side fired it
    for origin in (
        d
        for fr in pred.children
        if fr.dep_ == "prep" and fr.lower_ == "from"
        for d in fr.children
        if d.dep_ == "pobj"
    ):
        if origin.lemma_.lower() in ORIGIN_NOUNS:
            return origin
        if origin.lemma_.lower() in FIRING_POST_NOUNS and any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
            for c in origin.children
        ):
            return origin  # "came from a Belarusian watchtower": a post of that side
        if origin.pos_ == "PROPN" and origin.ent_type_ == "GPE":
            return origin  # "came from Belarus"
        # ("a wooded area on the Belarusian side": the side the area is on)
        for g in origin.children:
            if g.dep_ == "prep":
                for d in g.children:
                    if d.dep_ == "pobj" and d.lemma_.lower() in ORIGIN_NOUNS:
                        return d
    return None


#: Words for those who carry out an attack ("the terrorists who attacked X came from
#: Y"): general words.
ATTACKER_WORDS = TROOP_WORDS | frozenset(
    {"terrorist", "militant", "rebel", "attacker", "assailant", "gunman", "gunmen"}
    | {"insurgent", "jihadist", "raider", "infiltrator"}
)
#: Verbs of where attackers came from.
ORIGIN_LEMMAS = frozenset({"come", "cross", "originate", "infiltrate"})
#: Verbs of where an attack was prepared ("planned and directed from X").
PREPARED_LEMMAS = frozenset({"plan", "direct", "launch", "organise", "organize", "prepare"})
#: Nouns for an attack as the subject of those verbs.
ATTACK_NOUNS = frozenset({"attack", "assault", "raid", "offensive", "operation", "incursion"})
#: Nouns of where attackers are based ("crossed from bases in X").
#: ("bases" is lemmatised "basis")
HAVEN_NOUNS = ORIGIN_NOUNS | frozenset({"base", "basis", "sanctuary", "camp", "haven", "hideout"})


def _attackers_origin(pred: Token) -> Token | None:
    """ "the terrorists who attacked X came from Y", "the rebels had crossed from bases
    in Y", "the attack was planned and directed from Y": where an attack was launched
    from (a claim on the country that harbours its doers); the place."""
    lemma = pred.lemma_.lower()
    if lemma == "have":
        # "it had no bases in Libya", "the rebels have bases in X": where they are based
        held = _child(pred, ("dobj",))
        if held is None or held.lemma_.lower() not in HAVEN_NOUNS - ORIGIN_NOUNS:
            return None
        owner = _child(pred, ("nsubj",))
        if not _negative_object(held) and (
            owner is None or owner.lemma_.lower() not in ATTACKER_WORDS
        ):
            return None  # ("the United States has bases in Japan": a deployment)
        where = [*pobjs(held, ("in",)), *pobjs(pred, ("in",))]
        return next((o for o in where if o.pos_ == "PROPN"), None)
    subj = _child(pred, ("nsubj", "nsubjpass"))
    if subj is None and pred.dep_ == "conj":
        subj = _child(pred.head, ("nsubj", "nsubjpass"))  # "planned and directed from"
    if subj is None:
        return None
    if lemma in ORIGIN_LEMMAS:
        if subj.lemma_.lower().rstrip("s") in SHOT_WORDS:
            return None  # "the shot came from X": who fired it (_fired_from)
        if subj.lemma_.lower() not in ATTACKER_WORDS and not any(
            c.dep_ == "relcl" and c.lemma_.lower() in ("attack", "raid", "storm")
            for c in subj.children
        ):
            return None
    elif lemma in PREPARED_LEMMAS:
        if subj.dep_ != "nsubjpass" or subj.lemma_.lower() not in ATTACK_NOUNS:
            return None
    else:
        return None
    for origin in pobjs(pred, ("from",)):
        if origin.lemma_.lower() in HAVEN_NOUNS or (
            origin.pos_ == "PROPN" and origin.ent_type_ in ("GPE", "LOC", "ORG", "")
        ):
            return origin
    return None


#: Verbs by which a holder keeps to what it said before ("stood by its count").
STANDING_BY_LEMMAS = frozenset({"stand", "stick"})
#: Nouns of a count of the dead or hurt: kept to, it restates the holder's toll.
TALLY_NOUNS = frozenset({"count", "toll", "tally", "figure", "estimate"})
#: Nouns of a toll kept by whoever counts the dead ("put the number of dead at 17"):
#: their owner, or the subject of the verb that gives them, is the counter, no doer;
#: as claim nouns ("rejected the new figure") what they answer states a number.
TOLL_COUNT_NOUNS = TALLY_NOUNS | frozenset({"number"})
#: Tally nouns whose bare figure is a toll ("the figure of 40 is invented"); not
#: "estimate" or "number", often a count of troops sent.
TOLL_FIGURE_NOUNS = TALLY_NOUNS - {"estimate"}
#: Verbs of letting someone act ("allowed rebels to launch attacks from its soil").
LETTING_LEMMAS = frozenset({"allow", "let", "permit", "tolerate"})
#: Nouns for a country's ground that a harbouring state lets others use.
SOIL_NOUNS = ORIGIN_NOUNS | frozenset({"land"})


def _lets_soil_be_used(pred: Token) -> bool:
    """ "accused X of allowing rebels to launch their assault from its soil", "never
    allowed any armed group to use its land": a state letting fighters act from its
    ground harbours them, the same claim as "the attackers came from X"."""
    if pred.lemma_.lower() not in LETTING_LEMMAS:
        return False
    for verb in pred.children:
        if verb.dep_ not in ("xcomp", "ccomp") or verb.pos_ != "VERB":
            continue
        ground = [*(c for c in verb.children if c.dep_ == "dobj"), *pobjs(verb, ("from",))]
        if any(g.lemma_.lower() in SOIL_NOUNS for g in ground):
            return True
    return False


def _harbourer(pred: Token, places: Sequence[PlaceRef]) -> PlaceRef | None:
    """The country a letting verb's doer names ("Chad allowed ...", "accused Chad of
    allowing ..."): the sanctuary is there, not where the attack struck."""
    if pred.lemma_.lower() not in LETTING_LEMMAS:
        return None
    who = _child(pred, ("nsubj",))
    if who is None and pred.dep_ == "pcomp" and pred.head.dep_ == "prep":
        who = _child(pred.head.head, ("dobj",))  # "accused Chad of allowing"
    if who is None:
        return None
    lo, hi = who.idx, who.idx + len(who.text)
    named = next(
        (p for p in places if p.key.startswith("country:") and p.start <= lo and hi <= p.end),
        None,
    )
    iso3 = country_words().get(normalise(who.text))
    return named if named is not None or iso3 is None else _country_place(who, iso3)


def _under_attack(pred: Token) -> bool:
    """ "came under fire from X", "had come under attack from X" (with no attacker
    named, who fired is the open question, not a claim)."""
    if pred.lemma_.lower() != "come":
        return False
    preps = [c for c in pred.children if c.dep_ == "prep"]
    return any(
        c.lower_ == "under" and any(g.lemma_.lower() in UNDER_ATTACK_NOUNS for g in c.children)
        for c in preps
    ) and any(c.lower_ == "from" for c in preps)


def _others_kept_uninformed(pred: Token) -> bool:
    """ "relatives had not been told where the men were held": others (named by a
    noun) were kept from knowing, which the speaker states as a fact; unlike "we were
    not told" or "could not determine", no want of knowledge of the speaker's own."""
    return pred.lemma_.lower() == "tell" and any(
        c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN") for c in pred.children
    )


def _hung_share_prep(noun: Token) -> Token | None:
    """ "denied any role in the ambush": the parser may hang the share's "in" on the
    denying verb, right after the noun; that phrase is the noun's all the same."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.lemma_.lower() not in SHARE_NOUNS:
        return None
    return next(
        (
            c
            for c in noun.head.children
            if c.dep_ == "prep" and c.lower_ in ("in", "for") and c.i == noun.right_edge.i + 1
        ),
        None,
    )


def _bare_share(noun: Token) -> bool:
    """ "denied any involvement", "rejected responsibility": a share in a deed the noun
    does not name ("involvement in the attack" names it), the object of a verb of
    denying, which answers the charge before."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "dobj"
        and cue_stances().get(noun.head.lemma_.lower()) == "denies"
        and noun.lemma_.lower() in SHARE_NOUNS - {"nothing", "part"}
        and not any(c.dep_ == "prep" and c.lower_ in ("in", "for", "with") for c in noun.children)
        and _hung_share_prep(noun) is None
    )


def _no_share(pred: Token) -> bool:
    """ "had nothing to do with", "had no role in": the share is denied."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in SHARE_NOUNS
        and (c.lower_ == "nothing" or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in pred.children
    )


#: Verbs of moving in that, into another state's land, are an incursion.
CROSSING_LEMMAS = frozenset({"enter", "advance", "penetrate", "push", "venture", "cross"})


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


#: Words that make the positions troops move to "better" ones: the army's way of saying
#: it gave ground ("units have been moved to more advantageous positions").
BETTER_GROUND_WORDS = frozenset(
    {"advantageous", "favourable", "favorable", "better", "safer", "prepared", "defensible"}
)


def _to_better_ground(pred: Token) -> bool:
    """ "moved to more advantageous positions", "withdrew to better-prepared lines": a
    retreat told as a move."""
    return any(
        g.lemma_.lower() in ("position", "line")
        and any(t.lower_ in BETTER_GROUND_WORDS for t in g.subtree if t.i < g.i)
        for g in pobjs(pred, ("to",))
    )


#: Nouns of moving troops back that, called "tactical", concede the ground.
GIVING_WAY_NOUNS = frozenset(
    {"redeployment", "withdrawal", "retreat", "repositioning", "regrouping", "pullback"}
)
#: Verbs by which a claim says what a target held or was: what trucks carried, what a
#: building stored, whom a house sheltered, whose it was.
USE_LEMMAS = frozenset(
    {
        "carry", "store", "hold", "house", "contain", "transport", "hide", "stockpile",
        "keep", "shelter", "use", "be", "belong", "smuggle", "ferry", "load", "deliver",
    }
)  # fmt: skip
_MILITARY_TEXT = (
    "weapon arm ammunition munition rocket missile explosive fighter militant combatant "
    "gunman gunmen military launcher mortar shell drone terrorist"
)
#: Nouns (and adjectives) that make what a target held military.
MILITARY_USE_WORDS = frozenset(_MILITARY_TEXT.split())
#: Small arms and their rounds, military when kept or carried ("had not kept a single
#: bullet at the compound"); what a thing "was" ("not a stray bullet") is no site's use.
SMALL_ARMS_WORDS = frozenset({"bullet", "rifle", "grenade"})
#: Goods that make what a target held civilian ("held diesel", "carried flour").
_GOODS_TEXT = (
    "food aid sorghum flour grain wheat lentil rice medicine medical humanitarian relief "
    "diesel fuel"
)
CIVILIAN_GOODS = frozenset(_GOODS_TEXT.split())
_CIVILIAN_TEXT = (
    _GOODS_TEXT
    + " cooperative civilian family farmer shepherd fisherman fishermen student displaced"
    " patient resident villager worker child children woman women"
)
#: Nouns (and adjectives) that make what a target held civilian.
CIVILIAN_USE_WORDS = frozenset(_CIVILIAN_TEXT.split())
#: Words for the dead and hurt: what they were is a toll's detail, not a site's use.
VICTIM_WORDS = frozenset(
    {"victim", "dead", "casualty", "killed", "wounded", "injured", "body", "toll"}
)


#: Nouns that name a military site by themselves ("struck the barracks").
MILITARY_SITE_NOUNS = frozenset({"barracks", "bunker", "airbase", "garrison"})
#: Words before "post" or "headquarters" that make them a military site ("a command
#: post", "the brigade headquarters"); not "a border post" or "a police post".
MILITARY_POST_WORDS = frozenset(
    {"command", "military", "army", "artillery", "brigade", "battalion", "militant", "rebel"}
)


def _military_site(noun: Token) -> bool:
    """ "a command post", "the barracks", "a weapons depot", "a rebel base": a target
    its striker names as military (a claim of its own, which the other side may deny)."""
    lemma = noun.lemma_.lower()
    if lemma in MILITARY_SITE_NOUNS:
        return True
    if lemma in ("post", "headquarters", "centre", "center"):
        return any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in MILITARY_POST_WORDS
            for c in noun.children
        )
    return (lemma in STORE_NOUNS and _stores_arms(noun)) or _armed_camp(noun)


#: Sites a side is said to run or to use for war ("a PKK base", "a Chinese post", "a
#: drone factory"): denied to exist in a place, the other side's target or outpost is.
WAR_SITE_NOUNS = frozenset(
    {"post", "outpost", "base", "camp", "factory", "workshop", "depot", "launchpad", "hideout"}
)
#: Sites named as such only when a side, a demonym or a military word marks them ("no
#: Chinese post", "no rebel base"; not "there is no post office", "no base for it").
WAR_SITES_MARKED = frozenset({"post", "outpost", "base", "camp"})
#: Bodies whose bases and camps are no side's ("a UN base", "a Red Cross camp").
NEUTRAL_SITE_MARKERS = frozenset({"un", "unhcr", "icrc", "red", "aid", "humanitarian"})


def _no_site_of_war(pred: Token) -> bool:
    """ "There is no Chinese post at Bozai Gumbaz", "there is no factory in Saada, only
    classrooms", "there was no rebel camp there": an existential denying a military site
    in a place (not "there is no need", "there is no base for these claims")."""
    if not any(c.dep_ == "expl" for c in pred.children):
        return False
    site = _child(pred, ("attr",))
    if site is None or site.pos_ != "NOUN" or not _negative_subject(site):
        return False
    lemma = site.lemma_.lower()
    if lemma not in WAR_SITE_NOUNS:
        return False
    where = [
        c
        for c in (*pred.children, *site.children)
        if (c.dep_ == "prep" and c.lower_ in ("in", "at", "inside", "near"))
        or (c.dep_ == "advmod" and c.lower_ in ("there", "here"))
    ]
    if not where:
        return False
    if lemma in WAR_SITES_MARKED:
        # (a side's name or a military word: "a Taliban base", "a Chinese post", "a
        # rebel camp"; not "a refugee camp", "a UN base")
        return any(
            c.dep_ in ("compound", "amod")
            and c.lower_ not in NEUTRAL_SITE_MARKERS
            and (
                c.lemma_.lower() in MILITARY_POST_WORDS
                or c.ent_type_ in ("NORP", "GPE", "ORG")
                or (c.dep_ == "compound" and c.pos_ == "PROPN")
            )
            for c in site.children
        )
    return True


#: Nouns for what a strike aimed at: what "the target was" is what the site was.
TARGET_NOUNS = frozenset({"target", "objective"})
#: Sites that, named as a strike's target, make it military ("a training site", "a
#: logistics hub", "hideouts of the rebels").
_TARGET_SITE_TEXT = (
    "site hub facility position stronghold hideout centre center depot base camp post "
    "outpost bunker barracks headquarters workshop factory"
)
TARGET_SITE_NOUNS = frozenset(_TARGET_SITE_TEXT.split())
#: Sites that, named as a strike's target, make it civilian ("the target was a school").
_CIVILIAN_SITE_TEXT = (
    "school hospital clinic market home house mosque church village wedding settlement hamlet"
)
CIVILIAN_SITE_NOUNS = frozenset(_CIVILIAN_SITE_TEXT.split())


def _target_was(pred: Token) -> Token | None:
    """ "the target was a training site", "the targets were hideouts of the rebels": a
    side naming what its strike hit says what the site was (its military use); the
    noun named."""
    subj = _child(pred, ("nsubj",))
    if subj is None or subj.lemma_.lower() not in TARGET_NOUNS:
        return None
    if any(c.dep_ == "poss" for c in subj.children):
        return None  # ("our target was to stop them": an aim, not a site)
    attr = _child(pred, ("attr",))
    if attr is None or attr.lemma_.lower() not in TARGET_SITE_NOUNS | CIVILIAN_SITE_NOUNS:
        return None  # ("the target was to stop them", "a legitimate target": no site named)
    return attr


#: Words for an armed group's men ("the jihadists are inside Goundam").
ARMED_MEN_WORDS = frozenset(
    {"rebel", "guerrilla", "insurgent", "jihadist", "militant", "terrorist", "fighter"}
)


#: Verbs by which a site is, or is not, a base ("will never be a base", "does not
#: constitute a military base").
BEING_A_SITE_LEMMAS = frozenset({"be", "become", "constitute", "remain"})
#: Modifiers that make a base a state's armed one ("a military base", "a naval base").
BASE_MARKS = frozenset({"military", "naval", "air", "army", "navy"})


def _marked_base(noun: Token) -> bool:
    """ "a military base", "a Chinese naval base", "a base for any foreign country": a
    base named as an army's or a state's (not "a support base", "a base for talks")."""
    if noun.lemma_.lower() != "base":
        return False
    return any(
        c.dep_ in ("amod", "compound")
        and (c.lemma_.lower() in BASE_MARKS or c.ent_type_ in ("NORP", "GPE"))
        for c in noun.children
    ) or any(
        o.lemma_.lower() in ("country", "state", "power", "army", "navy")
        for o in pobjs(noun, ("for",))
    )


def _state_base(pred: Token) -> bool:
    """Whether a clause says a site is a state's base ("Ream will never be a base for
    any foreign country", "the presence does not constitute a military base") or that
    a state has one somewhere ("China has no military base in Cambodia")."""
    lemma = pred.lemma_.lower()
    if lemma in BEING_A_SITE_LEMMAS:
        return any(c.dep_ in ("attr", "dobj") and _marked_base(c) for c in pred.children)
    if lemma != "have":
        return False
    owner = _child(pred, ("nsubj",))
    return (
        owner is not None
        and owner.ent_type_ in ("GPE", "NORP")
        and any(c.dep_ == "dobj" and _marked_base(c) for c in pred.children)
    )


#: Verbs by which a place is made a base ("was turning Gwadar into a military base").
MAKING_INTO_LEMMAS = frozenset({"turn", "transform", "convert"})
#: Nouns of an intention ("no plans to build a military base there").
PLAN_NOUNS = frozenset({"plan", "intention", "intent"})
#: Verbs of setting up a site ("plans to build a base", "to establish a naval base").
BUILDING_LEMMAS = frozenset({"build", "establish", "construct", "open", "create", "set"})


def _base_in_the_making(pred: Token) -> bool:
    """ "was turning Gwadar into a military base", "we have no plans to build a military
    base there": a state's base made or planned at a place (a claim on the base, as
    "China has a military base there" is)."""
    lemma = pred.lemma_.lower()
    if lemma in MAKING_INTO_LEMMAS:
        return any(_marked_base(o) for o in pobjs(pred, ("into",)))
    if lemma != "have":
        return False
    plan = _child(pred, ("dobj",))
    if plan is None or plan.lemma_.lower() not in PLAN_NOUNS:
        return False
    if any(_marked_base(o) for o in pobjs(plan, ("for",))):
        return True  # "no plans for a military base"
    return any(
        c.dep_ in ("acl", "relcl")
        and c.lemma_.lower() in BUILDING_LEMMAS
        and any(o.dep_ == "dobj" and _marked_base(o) for o in c.children)
        for c in plan.children
    )


#: Nouns for a place things are stored in, which its modifiers make an arms store.
STORE_NOUNS = frozenset({"depot", "warehouse", "cache", "store", "stockpile", "arsenal"})
#: Modifiers that make a store an arms store ("an explosives depot", "a cache of rockets").
ARMS_WORDS = frozenset(
    {"weapon", "arm", "ammunition", "munition", "explosive", "rocket", "missile", "drone", "shell"}
)


def _arms_moved_into_a_site(pred: Token) -> bool:
    """ "had moved heavy weapons into a monastery compound": arms taken into a place."""
    obj = _child(pred, ("dobj", "nsubjpass"))
    return (
        obj is not None
        and (obj.lemma_.lower() in ARMS_WORDS or obj.lower_.rstrip("s") in ARMS_WORDS)
        and bool(pobjs(pred, ("into", "inside")))
    )


def _stores_arms(noun: Token) -> bool:
    """ "a weapons depot", "an explosives depot", "a cache of rockets"."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    mods += [conj for m in mods for conj in m.conjuncts]
    if noun.dep_ == "conj":
        mods += [noun.head, *noun.head.conjuncts]  # "a weapons and explosives depot", misparsed
    mods += pobjs(noun, ("of",))
    return any(m.lemma_.lower() in ARMS_WORDS or m.lower_.rstrip("s") in ARMS_WORDS for m in mods)


#: Prepositions of what a site was used for ("used for military purposes").
USED_FOR_PREPS = ("for",)


def _held_words(pred: Token) -> list[Token]:
    """What a use verb says the target held or was: its objects and their conjuncts
    and modifiers, "nothing but X", "belonged to X", and the object of a verb it
    governs ("used by Hezbollah to store weapons")."""
    out: list[Token] = []
    heads = [c for c in pred.children if c.dep_ in ("dobj", "attr", "oprd")]
    if pred.lemma_.lower() in ("store", "hide", "keep", "stockpile", "house"):
        # "ammunition had been stored inside": what was stored
        heads += [c for c in pred.children if c.dep_ == "nsubjpass"]
    heads += [
        g
        for c in pred.children
        if c.dep_ == "prep" and c.lower_ in ("to", "but")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if pred.lemma_.lower() == "use":
        # "was used by a local workers' cooperative": who used it
        heads += [
            g for c in pred.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
        # "the site was used for military purposes": what it was used for
        heads += pobjs(pred, USED_FOR_PREPS)
    heads += [
        g
        for c in pred.children
        if c.dep_ == "xcomp"
        for g in c.children
        if g.dep_ in ("dobj", "attr")
    ]
    for h in heads:
        if not _frame(h)[0].startswith("pred:"):
            continue  # "a terrorist attack": a deed, not what a target held
        for t in (h, *h.conjuncts):
            out.append(t)
            out.extend(c for c in t.children if c.dep_ in ("amod", "compound", "poss"))
            out.extend(pobjs(t, ("of",)))  # "40 barrels of diesel"
            out.extend(
                g
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "but"
                for g in c.children
                if g.dep_ == "pobj"
            )
    return out


def _use_class(pred: Token) -> tuple[str, Token] | None:
    """("military"|"civilian", the word) for a claim of what a target held or was."""
    lemma = pred.lemma_.lower()
    if lemma not in USE_LEMMAS:
        return None
    subj = _child(pred, ("nsubj", "nsubjpass"))
    if lemma == "use" and (subj is None or subj.dep_ != "nsubjpass"):
        return None  # "the houses were used to store weapons", not "Russia used drones"
    if (
        lemma == "be"
        and subj is not None
        and any(t.lemma_.lower() in VICTIM_WORDS for t in subj.subtree)
    ):
        return None  # "most of the dead were women": who was killed, not what was hit
    held = _held_words(pred)
    # "members of a gang, not fishermen": the word set against what they were, negated,
    # says the other kind; it is not what they were
    contrast = [a for t in held for a in (t, *t.children) if _set_against(a)]
    words = [t for t in held if t not in contrast]
    military = MILITARY_USE_WORDS if lemma == "be" else MILITARY_USE_WORDS | SMALL_ARMS_WORDS
    kinds: tuple[tuple[str, frozenset[str]], ...] = (
        ("military", military),
        ("civilian", CIVILIAN_USE_WORDS),
    )
    if lemma in ("hold", "keep"):
        # "held 20 residents" is people taken, not a civilian site; "held diesel" is
        kinds = (kinds[0], ("civilian", CIVILIAN_GOODS))
    for kind, lexicon in kinds:
        for t in words:
            if t.lemma_.lower() in lexicon or t.lower_ in lexicon:
                return kind, t
    for t in words:
        if _armed_camp(t):
            return "military", t  # "the site was a FLEC camp"
    if lemma == "be":
        for t in contrast:
            if t.lemma_.lower() in CIVILIAN_USE_WORDS or t.lower_ in CIVILIAN_USE_WORDS:
                return "military", t
            if t.lemma_.lower() in MILITARY_USE_WORDS or t.lower_ in MILITARY_USE_WORDS:
                return "civilian", t
    return None


#: Nouns for a place an armed group keeps ("a FLEC camp", "a base of the rebels"):
#: general words.
CAMP_NOUNS = frozenset({"camp", "base", "hideout", "stronghold", "shelter"})
#: Words for an armed group's people that make a camp theirs ("a jihadist base", "a
#: camp of militants").
ARMED_GROUP_WORDS = frozenset(
    {"rebel", "guerrilla", "insurgent", "jihadist", "militant", "terrorist", "bandit", "extremist"}
)


#: Verbs by which a group keeps a camp ("a shelter used by militants").
KEEPING_BY_LEMMAS = frozenset({"use", "run", "operate", "hold", "occupy"})


def _armed_camp(noun: Token) -> bool:
    """ "a FLEC camp", "a rebel base": a camp named by an organisation (or an armed
    group's word) that keeps it, which makes the site military."""
    if noun.lemma_.lower() not in CAMP_NOUNS:
        return False
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    if (
        not mods
        and noun.dep_ == "attr"
        and any(c.dep_ == "expl" for c in noun.head.children)
        and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    ):
        return True  # "there was no camp there": said of a site struck as one
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False  # ("the Zamzam camp": a named place, not what a site was)
    armed = MILITARY_USE_WORDS | ARMED_GROUP_WORDS
    if any(
        o.lemma_.lower() in armed
        for c in noun.children
        if c.dep_ == "acl" and c.lemma_.lower() in KEEPING_BY_LEMMAS
        for o in pobjs(c, ("by",))
    ):
        return True  # "a shelter used by Kurdish militants"
    if any(
        o.lemma_.lower() in armed or o.lower_ in armed or _group_named(o)
        for o in pobjs(noun, ("of",))
    ):
        return True  # "a camp of Lakurawa militants", "a base of the rebels"
    return any(
        c.dep_ in ("compound", "amod", "nmod")
        and (
            c.lemma_.lower() in armed
            # an armed group's acronym ("a FLEC camp") or name ("a Lakurawa staging camp")
            or (c.pos_ == "PROPN" and c.text.isupper() and 2 < len(c.text) < 8)
            or _group_named(c)
        )
        for c in (
            *noun.children,
            *(g for m in noun.children if m.dep_ == "compound" for g in m.children),
        )
    )


def _group_named(t: Token) -> bool:
    """ "a Lakurawa staging camp": a name (not a place's) before a camp is its keeper's."""
    return (
        t.pos_ == "PROPN"
        and t.dep_ in ("compound", "nmod", "pobj")
        and t.ent_type_ not in ("LOC", "FAC", "NORP")
        and t.text[:1].isupper()
        and not t.text.isupper()  # (an acronym only as above: not "a UN base")
        and not _toponym(t)
    )


#: Nouns for people at a site for civilian work ("employees of the firm").
CIVILIAN_STAFF = frozenset({"employee", "worker", "contractor", "labourer", "laborer", "staff"})


def _only_civilians_there(pred: Token) -> bool:
    """ "the only Chinese nationals at the wharf were employees of the construction
    firm": the only people of a kind somewhere named civilians (a rival account that
    denies troops were there)."""
    subj = _child(pred, ("nsubj",))
    attr = _child(pred, ("attr",))
    if subj is None or attr is None or _is_negated(pred):
        return False
    if not any(c.lower_ == "only" for c in subj.children if c.i < subj.i):
        return False
    # (people of a country, whose troops a deployment is about: not "the only people
    # in the village were farmers", a claim on who was hit)
    if not any(c.ent_type_ in ("NORP", "GPE") for c in subj.children if c.i < subj.i):
        return False
    kind = attr.lemma_.lower()
    return kind in CIVILIAN_STAFF or kind in CIVILIAN_USE_WORDS or attr.lower_ in CIVILIAN_USE_WORDS


#: People at a site who are not troops, named to say troops were not there ("only
#: police and railway staff were in X").
NON_MILITARY_PRESENT = CIVILIAN_STAFF | {"police", "policeman", "official", "diplomat"}


def _only_civilians_present(pred: Token) -> bool:
    """ "only Lao police and Chinese railway staff were in Boten": the only people
    somewhere named, none of them troops (a rival account denying troops there)."""
    subj = _child(pred, ("nsubj",))
    if subj is None or _is_negated(pred):
        return False
    if not any(c.lower_ == "only" for c in subj.children if c.i < subj.i):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("in", "at", "inside") for c in pred.children):
        return False
    return all(t.lemma_.lower() in NON_MILITARY_PRESENT for t in (subj, *subj.conjuncts))


def _advmod_children(pred: Token) -> list[Token]:
    """Children of a predicate's adverbs ("anywhere in Laos": "in" under "anywhere")."""
    return [g for c in pred.children if c.dep_ == "advmod" for g in c.children]


def _present_children(pred: Token) -> list[Token]:
    """Children of "present" after "be" ("no soldiers were present at the wharf": the
    place hangs off "present")."""
    return [
        g for c in pred.children if c.dep_ == "acomp" and c.lower_ == "present" for g in c.children
    ]


def _there_at_invitation(pred: Token) -> bool:
    """ "its specialists were in X at the invitation of the authorities", "the
    instructors had come at the government's request": people sent (named by a noun,
    not a pronoun) somewhere at a host's asking."""
    sent = STAFF_WORDS | SPECIALIST_WORDS | TEAM_WORDS | TROOP_WORDS | UNIT_WORDS
    if not any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in sent for c in pred.children
    ):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "on")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in INVITATION_NOUNS for g in c.children)
        for c in (*pred.children, *_advmod_children(pred))
    )


def _troop_estimate(pred: Token) -> Token | None:
    """The troops of "its estimate of about 300 soldiers" (a figure held on troops
    somewhere) as a predicate's subject."""
    subj = _child(pred, ("nsubj",))
    if subj is None or subj.lemma_.lower() not in TALLY_NOUNS:
        return None
    return next((o for o in pobjs(subj, ("of",)) if _military_people(o)), None)


def _set_against(a: Token) -> bool:
    """Whether ``a`` is the negated word of a contrast ("a gang, not fishermen"): an
    apposition or conjunct with "not" before it, on itself or (as parsed) its head."""
    if a.dep_ not in ("appos", "conj"):
        return False
    return any(c.dep_ == "neg" for c in a.children) or any(
        c.dep_ == "neg" and a.head.i < c.i < a.i for c in a.head.children
    )


def _denied_use(pred: Token) -> bool:
    """ "carried no weapons", "not to the resistance": the held word is negated (not by
    the "not" of a contrast after it: "fishermen, not fighters")."""
    use = _use_class(pred)
    if use is None:
        return False
    t = use[1]
    against = [a.i for a in t.children if _set_against(a)]
    return any(
        c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") and not any(c.i < i for i in against)
        for c in t.children
    ) or (t.head.dep_ == "prep" and any(c.dep_ == "neg" for c in t.head.children))


#: Nouns for the dead as a subject ("the dead", "the victims", "the bodies").
DEAD_NOUNS = frozenset({"dead", "victim", "casualty", "body", "killed"})
#: Verbs that make who they modify the dead ("those killed", "everyone who died").
DYING_LEMMAS = frozenset({"kill", "die", "perish", "massacre"})


def _names_the_dead(t: Token) -> bool:
    """ "the dead", "the nine victims", "those killed", "everyone who died there", "all
    nine people killed in the strike", "each of those killed"."""
    for n in (t, *pobjs(t, ("of",))):
        if n.lemma_.lower() in DEAD_NOUNS or n.lower_ in DEAD_NOUNS:
            return True
        if any(
            (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in DYING_LEMMAS)
            or (c.dep_ == "amod" and c.lower_ in DEAD_NOUNS)  # "the nine dead"
            # "a man shot dead by soldiers"
            or (c.dep_ == "acl" and any(d.lower_ == "dead" for d in c.children))
            for c in n.children
        ):
            return True
    return False


def _kind_word(t: Token) -> Token | None:
    """``t`` or a conjunct of it (or, for "any of its members", what it counts) that
    names a kind of victim."""
    # (or what a name is said to be: "was Juan Perez, 52, a rice farmer")
    named = [c for c in t.children if c.dep_ == "appos"] if t.pos_ == "PROPN" else []
    for n in (t, *t.conjuncts, *pobjs(t, ("of",)), *named):
        if n.lower_ in VICTIM_KINDS or n.lemma_.lower() in VICTIM_KINDS:
            return n
    return None


def _among_the_dead(pred: Token) -> Token | None:
    """ "any of its members were among the dead": the kind of victim said to be (or,
    negated, not to be) among them."""
    subj = _child(pred, ("nsubj",))
    if subj is None or not any(_names_the_dead(g) for g in pobjs(pred, ("among",))):
        return None
    return _kind_word(subj)


#: What people "fall in" when they are killed ("fell in battle", "fell in action").
FALLEN_IN_NOUNS = frozenset({"battle", "combat", "action", "fighting", "clash", "duty"})


def _fell_in_battle(pred: Token) -> bool:
    """ "three soldiers fell in battle", "two fighters fell in action": armed people
    who "fell" in a fight were killed (a town that fell was taken, "fell back" is a
    retreat)."""
    subj = _child(pred, ("nsubj",))
    if subj is None or _child(pred, ("prt",)) is not None:
        return False
    if subj.lemma_.lower() not in TROOP_WORDS and subj.lower_ not in VICTIM_KINDS:
        return False
    return any(o.lemma_.lower() in FALLEN_IN_NOUNS for o in pobjs(pred, ("in",)))


def _who_the_dead_were(pred: Token) -> Token | None:
    """The word for what the dead were, in "the dead were villagers", "those killed were
    combatants", "the victims were herders and traders": a kind of victim (fighters,
    civilians, troops) said of a subject that names the dead."""
    subj = _child(pred, ("nsubj",))
    if subj is None:
        return None
    attr = _child(pred, ("attr",))
    if attr is not None and _one_kind_not_another(subj, attr):
        return _kind_word(attr)
    if attr is not None and subj.lower_ in _THE_KILLED_WORDS and _killing_told(pred):
        # 'the strike killed her sisters. "Were they terrorists?"': whether the dead
        # were fighters (what a striker says of them; "they were fishermen" is read as
        # what the target was, see _use_class)
        kind = _kind_word(attr)
        if kind is not None and VICTIM_KINDS.get(kind.lower_) == "fighters":
            return kind
    if not _names_the_dead(subj):
        return _among_the_dead(pred) or _own_people_there(pred)
    return _kind_word(attr) if attr is not None else None


#: Words by which a person is said to be living ("he is alive"): not among the dead.
ALIVE_WORDS = frozenset({"alive"})


def _said_alive(pred: Token) -> bool:
    """ "Wazir was alive", "he is alive and well": one person, by name or pronoun, said
    to be living, in a story that has told of a killing (a denial that he was killed)."""
    subj = _child(pred, ("nsubj",))
    return (
        subj is not None
        and (_one_person(subj) or subj.pos_ == "PROPN")
        and any(c.dep_ == "acomp" and c.lower_ in ALIVE_WORDS for c in pred.children)
        and _killing_told(pred)
    )


#: The frame of people said to be missing ("four soldiers were missing"): no frame of
#: the lexicon fits (neither taken nor killed, as far as the speaker says).
MISSING_FRAME = "pred:missing"


def _missing_people(pred: Token) -> str | None:
    """ "four soldiers were missing" (positive), "the four missing soldiers had been found
    alive" (negative: no longer missing): the role of a claim on people missing."""
    lemma = pred.lemma_.lower()
    if lemma == "be":
        subj = _child(pred, ("nsubj",))
        if (
            subj is not None
            and _names_people(subj)
            and any(c.dep_ == "acomp" and c.lower_ == "missing" for c in pred.children)
        ):
            return "positive"
    if lemma == "find":
        found = _child(pred, ("nsubjpass", "dobj"))
        if (
            found is not None
            and _names_people(found)
            and any(
                c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in ALIVE_WORDS
                for c in pred.children
            )
        ):
            return "negative"
    return None


def _killing_told(pred: Token) -> bool:
    """Whether the story has told of a killing by the end of ``pred``'s sentence."""
    return any(
        t.lemma_.lower() in DYING_LEMMAS or t.lower_ == "dead" for t in pred.doc[: pred.sent.end]
    )


def _own_people_there(pred: Token) -> Token | None:
    """ "none of its members had been at the village", "None of our fighters were in the
    valley", in a story of a killing there: a side saying its people were not (or were)
    among whoever was hit; the kind of victim."""
    subj = _child(pred, ("nsubj",))
    where = pobjs(pred, ("in", "at"))
    if subj is None or not where or _child(pred, ("attr", "acomp")):
        return None
    if any(w.lemma_.lower() in ALIBI_NOUNS for w in where):
        return None  # "none of its fighters had been in the area": an alibi, see _alibi
    kind = _kind_word(subj)
    if kind is None or VICTIM_KINDS.get(kind.lower_) != "fighters":
        return None
    if not any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in kind.children):
        return None  # ("militants were at the site": whether it was a camp)
    return kind if _killing_told(pred) else None


#: Possessives by which a side names its own people ("its members", "our fighters").
_OWNERS = frozenset({"its", "our", "their"})


def _armed_men_there(pred: Token) -> bool:
    """ "no evidence that Kurdish militants were present at the site": armed men (no
    side's own) at a site make it a camp."""
    subj = _child(pred, ("nsubj",))
    if subj is None or subj.lemma_.lower() not in ARMED_GROUP_WORDS:
        return False
    if any(c.dep_ == "poss" for c in subj.children):
        return False  # "our fighters were in the valley": who the dead were
    return any(c.dep_ == "acomp" and c.lower_ == "present" for c in pred.children)


def _one_kind_not_another(subj: Token, attr: Token) -> bool:
    """ "They were farmers, not fighters", "they were civilians and not combatants":
    people named only by a pronoun, said to be one kind of victim set against another,
    are the victims a toll is about (who they were is the dispute)."""
    # (or a number standing for people counted before: "the three were members of
    # the gang, not fishermen")
    counted = subj.like_num and any(c.dep_ == "det" for c in subj.children)
    if subj.lower_ not in ("they", "these", "those", "all") and not counted:
        return False
    kind = VICTIM_KINDS.get(attr.lower_) or VICTIM_KINDS.get(attr.lemma_.lower())
    if kind is None:
        return False
    # (the parser may hang the other kind on what the first is "of": "members of the
    # gang, not fishermen")
    for owner in (attr, *pobjs(attr, ("of",))):
        for other in owner.children:
            if other.dep_ not in ("appos", "conj"):
                continue
            against = VICTIM_KINDS.get(other.lower_) or VICTIM_KINDS.get(other.lemma_.lower())
            negated = any(c.dep_ == "neg" for t in (attr, owner, other) for c in t.children)
            if against is not None and against != kind and negated:
                return True
    return False


#: Verbs of membership ("the men belonged to the gang").
BELONG_LEMMAS = frozenset({"belong"})
#: Subjects that, in a story that has told of killings, stand for the dead.
_THE_KILLED_WORDS = frozenset({"man", "men", "boy", "they", "them", "these", "those"})


def _dead_belonged(pred: Token) -> bool:
    """ "the dead belonged to the gang", or "the men belonged to the gang" after the
    story told of their killing: which side the dead were on is who they were."""
    subj = _child(pred, ("nsubj",))
    if subj is None or not pobjs(pred, ("to",)):
        return False
    if _names_the_dead(subj):
        return True
    # (or a share of them: "none of them belonged to its armed wing")
    if not any(
        w.lower_ in _THE_KILLED_WORDS
        or w.lemma_.lower() in _THE_KILLED_WORDS
        or w.like_num  # "the three belonged to the gang"
        for w in (subj, *pobjs(subj, ("of",)))
    ):
        return False
    # (the killing told before the claim's sentence, or in it: "the army's claim that
    # the men it shot dead belonged to the gang")
    return _killing_told(pred)


def _no_fighters_present(pred: Token) -> bool:
    """ "no fighters were present", "no combatants were present" (in a story of a
    killing): a denial that fighters were among the dead (who the dead were)."""
    subj = _child(pred, ("nsubj",))
    return (
        subj is not None
        and VICTIM_KINDS.get(subj.lower_) == "fighters"
        and any(d.dep_ == "det" and d.lower_ == "no" for d in subj.children)
        and any(c.dep_ == "acomp" and c.lower_ == "present" for c in pred.children)
        and _killing_told(pred)
    )


def _no_civilians_there(pred: Token) -> bool:
    """ "No civilians were present at the site", "there were no civilians in the area"."""
    for c in pred.children:
        if c.dep_ in ("nsubj", "attr") and c.lemma_.lower() in ("civilian", "people"):
            return any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
    return False


#: Pronouns of a partitive object that name no kind ("killed five of them").
PARTITIVE_PRONOUNS = frozenset({"them", "those", "these"})


def _partitive_head(obj: Token, done_to: bool = False) -> str:
    """The lemma of an object's head; for "five of them", the lemma of the nearest
    plural noun before it in the sentence ("clashed with the retreating rebels and
    killed five of them": rebels), so that the toll keeps its kind of victim.
    ``done_to``: ``obj`` is a subject the deed was done to ("the attackers were pushed
    back and 34 of them were killed"): "them" is an earlier subject, a victim too."""
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pron = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if pron is None or pron.lower_ not in PARTITIVE_PRONOUNS:
        return obj.lemma_.lower()
    # the doers are not the done-to ("its fighters had killed three of them"): the
    # subjects of the verb and of the verbs it is coordinated with are skipped
    doers: set[int] = set()
    verb = obj.head
    while not done_to:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                doers.update(t.i for t in c.subtree)
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    for t in reversed(obj.doc[obj.sent.start : obj.i]):
        # (for victims named as a subject, the subject they were: "its fighters had
        # withdrawn to spare civilians, and none of them had been killed": fighters)
        if done_to and t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if t.tag_ == "NNS" and t.ent_type_ == "" and t.i not in doers:
            return t.lemma_.lower()
    return obj.lemma_.lower()


#: People who, struck ("civilians had been hit"), were hurt or killed: a toll.
HARMED_PEOPLE = frozenset(w for w, kind in VICTIM_KINDS.items() if kind == "civilians")
#: Verbs of striking that, done to people, harm them.
HARMING_HITS = frozenset({"hit", "strike"})
#: Verbs whose subject is who died ("four of them died").
DIED_LEMMAS = frozenset({"die", "perish", "succumb"})


def _victims_named_before(frame: str, pred: Token, subj: Token | None) -> str | None:
    """For a toll whose victims are "34 of them" ("the attackers were pushed back and 34
    of them were killed", "four of them died"), the noun "them" stands for: the toll
    keeps its kind of victim; None otherwise."""
    if frame != "casualties" or subj is None:
        return None
    if not (
        subj.dep_ == "nsubjpass" or (subj.dep_ == "nsubj" and pred.lemma_.lower() in DIED_LEMMAS)
    ):
        return None
    head = _partitive_head(subj, done_to=True)
    return head if head != subj.lemma_.lower() else None


def _subject_not_speaker(pred: Token, st: RawStatement | None) -> Token | None:
    """The verb's subject, but never a word of the statement's speaker: "According to
    the governor, Pavlo Kyrylenko, at least 12 civilians were killed" (the parser makes
    the name a second subject of "killed")."""
    subjects = [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if st is not None and len(subjects) > 1:
        # (the speaker as written, and the name it stands for: "the governor, Pavlo
        # Kyrylenko")
        spans = [r for r in (st.speaker, st.resolved) if r is not None]
        subjects = [c for c in subjects if not any(a <= c.idx < b for a, b in spans)] or subjects
    return subjects[0] if subjects else None


def _conjunct_subject(verb: Token) -> Token | None:
    """The subject a verb shares with the verb it is coordinated to ("units entered the
    town and are now in full control of it": the units), or None."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        subj = _child(verb, ("nsubj",))
        if subj is not None:
            return subj
    return None


def _child(pred: Token, deps: Sequence[str]) -> Token | None:
    for c in pred.children:
        if c.dep_ in deps:
            return c
    return None


def _object(pred: Token) -> Token | None:
    if pred.pos_ == "ADJ" and pred.dep_ == "amod" and _frame(pred)[0] == "casualties":
        return pred.head  # "its claim of 27 dead soldiers": the soldiers
    if _blame_bearer(pred) is not None:
        return None  # "bore full responsibility": the blame is no target of the deed
    if pred.lemma_.lower() == "be" and (among := _among_the_dead(pred)) is not None:
        return among  # "none of its members were among the dead": the members
    if pred.lemma_.lower() == "be" and (own := _own_people_there(pred)) is not None:
        return own  # "none of its members had been at the village": the members
    obj = _child(pred, ("dobj", "attr", "oprd"))
    if obj is not None:
        return obj
    for c in pred.children:
        if pred.lemma_.lower() in ("have", "keep") and c.dep_ in ("ccomp", "xcomp"):
            had = _child(c, ("nsubj",))
            if had is not None:
                return had  # "has no soldier engaged in combat": the soldier
        if c.lemma_.lower() in CAPTIVE_STATES and c.dep_ in ("ccomp", "xcomp"):
            # "taken at least 11 people hostage", parsed with "hostage" a verb
            return next((d for d in c.children if d.dep_ == "compound"), c)
    if pred.pos_ == "NOUN":
        # nominal predicate: "defeat of our enemy", "end of hostility"
        for c in pred.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return _child(c, ("pobj",))
    passive = pred.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in pred.children)
    for c in pred.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("to", "into", "on", "against", "at"):
            if passive and c.lower_ == "on":
                continue  # "our soldiers were kidnapped on the orders of the front"
            if passive and c.lower_ == "at":
                # "two bombers had been destroyed at the base": where; the bombers are
                # what was destroyed
                return _child(pred, ("nsubjpass",))
            pobj = _child(c, ("pobj",))
            if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
                continue  # "fired on Monday only at smuggling groups": when, not what
            return pobj
    return None


#: Words after "not" that make it partial, not a denial: "they were not all killed by
#: prisoners" (some were killed by someone else), "not only the depot was hit".
_PARTIAL_AFTER_NOT = frozenset({"all", "only", "just", "solely", "merely"})


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


def _contrast_not(pred: Token) -> bool:
    """Whether the object of ``pred`` is set against a rival one with a comma and "not"
    ("We count bodies, not rumours"): said to deny the rival reading. (Not a copula's
    complement: "They were farmers, not fighters" asserts what they were as much as it
    denies the rival identity, and its proposition may be either.)"""
    doc = pred.doc
    for o in pred.children:
        if o.dep_ != "dobj" or o.pos_ not in ("NOUN", "PROPN"):
            continue
        for c in o.children:
            if (
                c.dep_ == "neg"
                and c.lower_ == "not"
                and c.i > o.i
                and doc[c.i - 1].text == ","
                and c.i + 1 < len(doc)
                and doc[c.i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "VERB")
                and not any(d.dep_ == "neg" for d in pred.children)
            ):
                return True
    return False


#: Words after "not" that make a contrast no contrast: "not only X but Y", "not just X".
_NOT_A_CONTRAST = _PARTIAL_AFTER_NOT | frozenset({"yet", "far", "least", "even", "quite"})


def _contrast_rival(pred: Token) -> tuple[Token, bool] | None:
    """The rival of a contrast on what ``pred`` says something is: "they were farmers,
    not fighters", "the three were shepherds and not militants", "the film showed a farm,
    not a camp" (the rival, "fighters", is denied: ``(rival, False)``) and "the dead
    were not civilians but fighters" (the rival, "fighters", is what is asserted while
    the clause denies the first: ``(rival, True)``). Not "not only X but (also) Y"."""
    doc = pred.doc
    if _is_negated(pred) and not any(
        c.dep_ == "neg" and c.lower_ in ("not", "n't") for c in pred.children
    ):
        return None  # ("never", "no longer": no contrast of one kind with another)
    for x0 in pred.children:
        if x0.dep_ not in ("attr", "dobj", "oprd") or x0.pos_ not in ("NOUN", "PROPN"):
            continue
        # (the parser may hang the rival on what the first is "of": "members of the
        # gang, not fishermen")
        pairs = [(x, y) for x in (x0, *pobjs(x0, ("of",))) for y in x.children]
        for c in x0.children:
            # "farmers rather than fighters", "herders instead of militants"
            marker = {"than": "rather", "of": "instead"}.get(c.lower_)
            if marker is not None and any(d.lower_ == marker for d in c.children):
                rival = _child(c, ("pobj",))
                if rival is not None and rival.pos_ in ("NOUN", "PROPN"):
                    return rival, False
        for x, y in pairs:
            if y.dep_ not in ("appos", "conj") or y.i <= x.i or y.pos_ not in ("NOUN", "PROPN"):
                continue
            between = [t for t in doc[x.i + 1 : y.i] if t.lower_ in ("not", "n't")]
            head_not = [c for c in pred.children if c.dep_ == "neg" and c.i < x.left_edge.i]
            if between and not head_not:
                no = between[-1]
                after = doc[no.i + 1] if no.i + 1 < len(doc) else None
                if after is not None and after.lower_ in _NOT_A_CONTRAST:
                    continue
                if no.dep_ != "neg" or no.head.i not in (x.i, y.i):
                    continue
                # ("farmers, not fighters", "shepherds and not militants")
                if not any(t.text == "," or t.lower_ == "and" for t in doc[x.i + 1 : no.i]):
                    continue
                return y, False
            if head_not and not between:
                no = head_not[-1]
                after = doc[no.i + 1] if no.i + 1 < len(doc) else None
                if after is not None and after.lower_ in _NOT_A_CONTRAST:
                    continue
                # "not civilians but fighters" (not "not only X but also Y")
                cc = [t for t in doc[x.i + 1 : y.left_edge.i] if t.dep_ == "cc"]
                if not cc or cc[-1].lower_ != "but":
                    continue
                if any(t.lower_ in ("also", "too") for t in doc[cc[-1].i : y.i]):
                    continue
                return y, True
    return None


#: Prepositions of where a deed was done or came from, whose contrast ("from X, not
#: from Y") sets one place against another.
PLACE_CONTRAST_PREPS = frozenset({"from", "in", "at", "inside", "into", "near", "on"})


def _contrast_place(pred: Token) -> tuple[Token, Token] | None:
    """The places of "launched from inside the region and not from Kirkuk province",
    "fired from Donetsk, not from Avdiivka", "came not from Lebanon but from Syria":
    (the place said, the place denied)."""
    doc = pred.doc
    preps = [c for c in pred.children if c.dep_ == "prep" and c.lower_ in PLACE_CONTRAST_PREPS]
    # (the parser may hang the second on the first: "from Donetsk, not from Avdiivka")
    preps += [
        c
        for p in list(preps)
        for c in p.children
        if c.dep_ in ("prep", "conj") and c.lower_ in PLACE_CONTRAST_PREPS
    ]
    for a in preps:
        for b in preps:
            if b.i <= a.i or b.lower_ != a.lower_:
                continue
            a_obj, b_obj = _child(a, ("pobj",)), _child(b, ("pobj",))
            if a_obj is None:
                # ("from inside the region": the place is inside's object)
                inner = _child(a, ("prep",))
                a_obj = _child(inner, ("pobj",)) if inner is not None else None
            if a_obj is None or b_obj is None:
                continue
            gap = doc[a_obj.i + 1 : b.i]
            nots = [t for t in gap if t.lower_ in ("not", "n't")]
            before_a = doc[a.i - 1] if a.i > 0 else None
            if (
                nots
                and nots[-1].i == b.i - 1
                and any(t.text == "," or t.lower_ == "and" for t in gap)
            ):
                return a_obj, b_obj
            if (
                before_a is not None
                and before_a.lower_ == "not"
                and not nots
                and any(t.lower_ == "but" for t in gap)
                and not any(t.lower_ in ("also", "only") for t in doc[a.i - 1 : b.i + 1])
            ):
                return b_obj, a_obj
    return None


def _place_in(places: Sequence[PlaceRef], t: Token) -> PlaceRef | None:
    """The place named in ``t``'s phrase."""
    lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)
    return next((p for p in places if lo <= p.start and p.end <= hi and not p.owner), None)


def _rival_place_claim(
    root: Token, claim: RawClaim, st: RawStatement | None, places: Sequence[PlaceRef]
) -> RawClaim | None:
    """ "the drone had been launched from inside the Kurdistan region and not from
    Kirkuk province": the deed, denied at the place set against the one said."""
    if claim.frame.startswith("pred:") or claim.polarity != "positive":
        return None
    found = None
    for t in (root, *(t for t in root.subtree if t.dep_ in ("ccomp", "conj"))):
        if claim.evidence[0] <= t.idx < claim.evidence[1] and t.pos_ in ("VERB", "AUX"):
            found = _contrast_place(t)
            if found is not None:
                break
    if found is None:
        return None
    said, denied = _place_in(places, found[0]), _place_in(places, found[1])
    if denied is None or (said is not None and said.key == denied.key):
        return None
    if claim.place is not None and claim.place.key == denied.key:
        claim.place = said  # (the place said is where it was, not the one denied)
    out = replace(claim, place=denied, polarity="negative", also_answers=[], figures=[])
    out.stance = _stance(st, out)
    return out


def _rather_than(pred: Token) -> bool:
    """ "captured in combat rather than kidnapped": the deed after "rather than" is
    the one denied."""
    if pred.dep_ != "conj" or pred.i < pred.head.i + 2 or pred.pos_ != "VERB":
        return False
    doc = pred.doc
    return doc[pred.i - 2].lower_ == "rather" and doc[pred.i - 1].lower_ == "than"


def _contrasted_deeds(root: Token, start: int, end: int) -> list[Token]:
    """Verbs set against the clause's deed with ", not" ("were freed, not rescued by
    soldiers", "they withdrew, not fled"), inside ``start``..``end``."""
    doc = root.doc
    out = []
    for v in root.subtree:
        if v.i == root.i or v.pos_ != "VERB" or not start <= v.idx < end:
            continue
        if v.dep_ not in ("conj", "dep", "advcl") or v.head.pos_ not in ("VERB", "AUX"):
            continue
        no = next((c for c in v.children if c.dep_ == "neg" and c.lower_ == "not"), None)
        if no is None or no.i != v.left_edge.i or no.i == 0 or doc[no.i - 1].text != ",":
            continue
        if no.i + 1 != v.i:
            continue  # ("not only seized ...", "not yet withdrawn")
        out.append(v)
    return out


def _rival_claim(root: Token, claim: RawClaim, st: RawStatement | None) -> RawClaim | None:
    """The other side of a contrast in ``claim``'s clause ("they were farmers, not
    fighters"): a claim of the same frame and subject about the rival kind, with the
    opposite polarity, so that "not fighters" can stand with others' claims that they
    were fighters."""
    if claim.frame.startswith("pred:"):
        return None  # (a rival that names no deed or toll groups with nothing)
    if claim.frame == "military_use":
        return None  # ("smugglers, not fishermen": what a site was reads both kinds)
    # the clause that says it: the root, or a clause it reports ("the findings showed
    # that the men killed were civilians, not fighters")
    found = None
    for t in (root, *(t for t in root.subtree if t.dep_ == "ccomp")):
        if claim.evidence[0] <= t.idx < claim.evidence[1]:
            found = _contrast_rival(t)
            if found is not None:
                break
    if found is None:
        return None
    rival, asserted = found
    if (claim.polarity == "negative") != asserted:
        return None  # ("we count bodies, not rumours" is already read as a denial)
    # (the rival's words, without the "not" that sets it against the first)
    words = [t for t in rival.subtree if t.dep_ not in ("neg", "cc", "punct")]
    lo, hi = words[0].idx, rival.right_edge.idx + len(rival.right_edge.text)
    if claim.object is not None:
        lo, hi = max(lo, claim.object[0]), min(hi, claim.object[1])
        if lo >= hi:
            return None
    out = replace(
        claim,
        object=(lo, hi),
        object_head=rival.lemma_.lower(),
        object_actor=None,
        polarity="positive" if asserted else "negative",
        also_answers=[],
        figures=[],
    )
    out.stance = _stance(st, out)
    return out


#: Prepositions that name other victims killed with the first ("civilians had been
#: killed alongside the militants").
ALONGSIDE_PREPS = frozenset({"alongside"})


def _killed_alongside_claim(pred: Token, claim: RawClaim) -> RawClaim | None:
    """ "a number of civilians had been killed alongside the militants": a toll of the
    other kind of victim too, so that the claim stands with both tolls."""
    if claim.frame != "casualties" or pred.lemma_.lower() not in DYING_LEMMAS:
        return None
    other = next(
        (o for o in pobjs(pred, tuple(ALONGSIDE_PREPS)) if _kind_word(o) is not None), None
    )
    if other is None:
        return None
    subj = _child(pred, ("nsubjpass", "nsubj"))
    first = _kind_word(subj) if subj is not None else None
    if first is not None and claim.object is None and claim.object_head is None:
        # ("a number of civilians had been killed": the victims the subject counts)
        claim.object_head = first.lemma_.lower()
    words = [t for t in other.subtree if t.dep_ not in ("det", "punct")]
    lo, hi = words[0].idx, other.right_edge.idx + len(other.right_edge.text)
    return replace(
        claim,
        object=(lo, hi),
        object_head=other.lemma_.lower(),
        object_actor=None,
        also_answers=[],
        figures=[],
    )


#: Adverbs that with "no" negate a state from now on ("no longer in the town").
NO_LONGER_WORDS = frozenset({"longer", "more"})


#: Verbs whose negation says their subject goes on ("violations have not stopped").
ENDING_LEMMAS = frozenset({"stop", "cease", "end", "halt", "abate", "subside"})


def _not_ended(pred: Token, clause: Token) -> bool:
    """Whether a deed named by a noun is the subject of a verb of ending, negated:
    "Israeli violations have not stopped for a single day" says they go on."""
    return (
        pred.i != clause.i
        and pred.head.i == clause.i
        and pred.dep_ in ("nsubj", "nsubjpass")
        and pred.pos_ == "NOUN"
        and clause.lemma_.lower() in ENDING_LEMMAS
        and not _is_negated(pred)
    )


#: Nouns of "there is no truth to the claims", "no basis for the reports".
TRUTH_NOUNS = frozenset({"truth", "basis", "substance", "foundation"})


def _no_truth_in(pred: Token) -> Token | None:
    """The claim noun of "there was no truth to the government's claims" (or "no
    basis for the reports"): an existential that denies a claim."""
    if pred.lemma_.lower() == "have":
        # "the junta's claims had no basis", "the report has no truth in it"
        subj = _child(pred, ("nsubj",))
        obj = _child(pred, ("dobj",))
        if (
            subj is not None
            and subj.lemma_.lower() in CLAIM_NOUNS
            and obj is not None
            and obj.lemma_.lower() in TRUTH_NOUNS
            and _negative_subject(obj)
        ):
            return subj
        return None
    if pred.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in pred.children):
        return None
    for a in pred.children:
        if a.dep_ != "attr" or a.lemma_.lower() not in TRUTH_NOUNS or not _negative_subject(a):
            continue
        for p in a.children:
            if p.dep_ == "prep" and p.lower_ in ("to", "in", "for", "behind"):
                noun = next((g for g in p.children if g.dep_ == "pobj"), None)
                if noun is not None and noun.lemma_.lower() in CLAIM_NOUNS:
                    return noun
    return None


#: Nouns of a deed said not to have happened ("no such incident took place").
INCIDENT_NOUNS = frozenset(
    {"incident", "event", "thing", "attack", "strike", "clash", "incursion", "shelling"}
)


def _no_such_incident(pred: Token) -> Token | None:
    """The subject of "No such incident has taken place", "no such attack occurred":
    a denial that what was just said happened ("such" refers back to it)."""
    lemma = pred.lemma_.lower()
    if not (
        lemma in ("happen", "occur")
        or (
            lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in pred.children)
        )
    ):
        return None
    subj = _child(pred, ("nsubj",))
    if (
        subj is not None
        and subj.lemma_.lower() in INCIDENT_NOUNS
        and _negative_subject(subj)
        and any(c.lower_ == "such" for c in subj.children)
    ):
        return subj
    return None


#: Verbs that say what a claim seems to be, read like "be" for a denial marker: "these
#: reports look like one more invention", "the accusations sound like propaganda".
SEEMING_LEMMAS = frozenset({"look", "seem", "sound", "appear"})


#: Verbs of making a count larger than it is ("they multiply our losses").
INFLATING_LEMMAS = frozenset({"inflate", "exaggerate", "multiply", "overstate", "pad"})
#: Nouns of a count of losses that can be inflated.
LOSS_NOUNS = COUNT_NOUNS | frozenset({"casualty", "losses", "death", "dead"})


def _inflated_count(pred: Token) -> Token | None:
    """ "They always multiply our losses to impress their supporters": the count of
    the speaker's losses said to be inflated, which the speaker denies (not negated:
    "did not exaggerate")."""
    if pred.lemma_.lower() not in INFLATING_LEMMAS or _is_negated(pred):
        return None
    obj = _child(pred, ("dobj",))
    if obj is None or (obj.lemma_.lower() not in LOSS_NOUNS and obj.lower_ not in LOSS_NOUNS):
        return None
    # (of the speaker's own losses, which the other side counts: "its figures" is the
    # inflater's own count, a claim the frames already read)
    if not any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in obj.children):
        return None
    return obj


#: Verbs of making up an account ("Riga is inventing stories about shots", "they
#: fabricated the toll"); with "up" ("made up the attack", "cooked up the story").
FABRICATING_LEMMAS = frozenset({"invent", "fabricate", "concoct", "fake", "falsify"})
FABRICATING_UP_LEMMAS = frozenset({"make", "dream", "cook", "trump"})
#: Nouns for who did a deed or the deed itself, that one can only make up as a story
#: ("inventing a shooter", "invented an incident"), not as a thing ("invented a drone").
INVENTED_DOERS = ATTACKER_NOUNS | frozenset(
    {"shooter", "sniper", "culprit", "saboteur", "infiltrator", "incident", "provocation"}
)
#: Verbs of making up an account only in the passive: "the attack had been staged"
#: ("the Legion has staged raids" did them).
FABRICATED_PASSIVE_LEMMAS = frozenset({"stage"})
#: Verbs of putting false proof where it will be found, only in the passive and only
#: of arms shown as proof ("the rifles had been planted", "the drone parts were planted";
#: not "trees had been planted", "mines were planted along the road").
PLANTED_PASSIVE_LEMMAS = frozenset({"plant"})
#: Things shown as proof that can be staged or made up ("the video was staged").
SHOWN_PROOF_NOUNS = frozenset(
    {"video", "footage", "photo", "photograph", "image", "picture", "recording", "evidence"}
)


def _fabricated(pred: Token) -> Token | None:
    """The object of a verb of making up an account, said of another: "Latvia is
    inventing a shooter", "Riga was inventing stories about shots from Belarus", "the
    police made up the story", "the army fabricated the toll", "they faked the
    rescue". What was made up is denied (not "had invented a new drone", "did not
    invent the story")."""
    lemma = pred.lemma_.lower()
    if pred.pos_ != "VERB" or _is_negated(pred):
        return None
    passive = any(c.dep_ == "auxpass" for c in pred.children)
    if lemma in FABRICATING_UP_LEMMAS:
        if not any(c.dep_ == "prt" and c.lower_ == "up" for c in pred.children):
            return None
    elif lemma in PLANTED_PASSIVE_LEMMAS:
        planted = _child(pred, ("nsubjpass",)) if passive else None
        return planted if planted is not None and _planted_proof(planted) else None
    elif lemma not in FABRICATING_LEMMAS and not (passive and lemma in FABRICATED_PASSIVE_LEMMAS):
        return None
    said = _child(pred, ("nsubjpass",)) if passive else None
    if said is not None and said.lemma_.lower() in CLAIM_NOUNS:
        return None  # ("the story is made up": a claim called false, see _denial_marker)
    # what was made up: the object, or the subject of the passive ("the attack had
    # been staged")
    obj = _child(pred, ("nsubjpass",) if passive else ("dobj",))
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    head = obj.lemma_.lower()
    if head in CLAIM_NOUNS or head in INVENTED_DOERS or obj.lower_ in INVENTED_DOERS:
        return obj
    if head in SHOWN_PROOF_NOUNS:
        return obj
    # a deed or a toll: "fabricated the attack", "invented the rescue"
    if not _frame(obj)[0].startswith("pred:"):
        return obj
    return None


#: Arms that can be laid as proof: guns and drone parts, not mines or bombs (which are
#: planted to go off).
PLANTED_ARMS = frozenset(
    {"weapon", "arm", "rifle", "gun", "pistol", "handgun", "firearm", "ammunition", "grenade"}
)


def _planted_proof(noun: Token) -> bool:
    """ "the rifles shown by the army", "the drone parts": arms shown as proof and said
    to have been planted (not "trees", "crops", "mines", "a bomb")."""
    lemma = noun.lemma_.lower()
    if lemma in PLANTED_ARMS or noun.lower_ in PLANTED_ARMS:
        return True
    # "the drone parts", "pieces of the missile", "the weapons parts"
    if lemma in ("part", "piece", "fragment", "debris", "wreckage", "remains"):
        return any(
            t.lemma_.lower() in ARMS_WORDS | PLANTED_ARMS
            for t in (*noun.children, *pobjs(noun, ("of",)))
        )
    return False


#: Nouns that call a claim a manoeuvre rather than a report ("the statement was an
#: attempt to turn the victim into the aggressor"); said of a claim noun only.
PLOY_NOUNS = frozenset({"attempt", "effort", "bid", "ploy", "tactic", "smear", "distraction"})


def _claim_called_a_ploy(pred: Token) -> bool:
    """ "the Russian statement was an attempt to shift the blame": a claim named a
    manoeuvre is denied (not "the attack was an attempt to ...", said of a deed)."""
    if pred.lemma_.lower() != "be" or _is_negated(pred):
        return False
    subj = _child(pred, ("nsubj",))
    attr = _child(pred, ("attr",))
    return (
        subj is not None
        and attr is not None
        and subj.lemma_.lower() in CLAIM_NOUNS
        and attr.lemma_.lower() in PLOY_NOUNS
    )


#: Verbs by which a claim rests on its sources, called false by what they are ("the
#: count relied on hearsay"), like "was based on".
RELYING_LEMMAS = frozenset({"rely"})


def _denial_marker(pred: Token) -> bool:
    """'... is not true', '... is false', '... does not correspond to reality'."""
    if _no_truth_in(pred) is not None or _no_such_incident(pred) is not None:
        return True
    if _claim_called_a_ploy(pred) or _inflated_count(pred) is not None:
        return True
    if pred.lemma_.lower() in SEEMING_LEMMAS:
        # "these reports look like an invention", "the claims sound like propaganda":
        # only said of a claim (not "it seems the rebels spread propaganda")
        subj = _child(pred, ("nsubj",))
        if subj is None or subj.lemma_.lower() not in CLAIM_NOUNS:
            return False
    elif pred.lemma_.lower() not in ("be", "correspond", "reflect", "base", *RELYING_LEMMAS):
        # "the ministry's figures were inflated", "the reports are fabricated": a
        # participle marker said of a claim
        subj = _child(pred, ("nsubj", "nsubjpass"))
        # (with its particle: "the findings had been cooked up")
        prt = [c.lower_ for c in pred.children if c.dep_ == "prt"]
        return (
            subj is not None
            and subj.lemma_.lower() in CLAIM_NOUNS
            and ((pred.lower_,) in denial_markers() or (pred.lower_, *prt) in denial_markers())
        )
    if any(c.dep_ == "expl" for c in pred.children):
        return False  # ("there was speculation that ...": no subject called false)
    # (not a clause conjoined to it: "the site was a rebel camp and rejected the
    # account as propaganda" says nothing false of the site)
    joined = {
        t.i
        for c in pred.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        for t in c.subtree
    }
    words = [
        t.lower_ for t in pred.subtree if t.i >= pred.i and not t.is_punct and t.i not in joined
    ]
    neg = [t.lower_ for t in pred.children if t.dep_ == "neg"]
    if neg:
        words = [*neg, *words]
    for marker in denial_markers():
        n = len(marker)
        for k in range(len(words) - n + 1):
            if tuple(words[k : k + n]) == marker:
                return True
    return False


#: Passive verbs of belief or hearsay that hedge the clause they raise: "troops are
#: believed to have fortified positions", "the militias were said to be holding six".
RAISING_HEDGES = {
    "believe": "believed",
    "think": "believed",
    "understand": "believed",
    "suspect": "believed",
    "fear": "believed",
    "say": "reported",
    "report": "reported",
    "rumour": "reported",
    "rumor": "reported",
}


def _raised_by_hedge(pred: Token) -> str | None:
    """The hedge of a passive raising verb over ``pred`` ("X is believed to have
    done", "X were said to be holding"): the doer is the subject of the passive."""
    t = pred
    for _ in range(3):
        head = t.head
        if t.dep_ == "conj" and head is not t:
            t = head
            continue
        if t.dep_ != "xcomp" or head is t:
            return None
        if head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children):
            return RAISING_HEDGES.get(head.lemma_.lower())
        return None
    return None


def _hedges(pred: Token, evidence: Span, st: RawStatement | None = None) -> tuple[str, ...]:
    hw = hedge_words()
    found = [hw[t.lower_] for t in evidence if t.lower_ in hw]
    if (raised := _raised_by_hedge(pred)) is not None:
        found.append(raised)
    up = pred
    while (
        up.dep_ in ("advcl", "conj")
        and up.head is not up
        and up.head.pos_ == "VERB"
        # (a clause with a subject of its own is its own claim: "... and the army
        # retaliated")
        and _child(up, ("nsubj", "nsubjpass")) is None
    ):
        # "fighters reportedly overran a base, killing scores of soldiers": the
        # hedge on the main verb hedges the deeds that hang on it
        up = up.head
        found.extend(hw[c.lower_] for c in up.children if c.dep_ == "advmod" and c.lower_ in hw)
    if st is not None and st.speaker is not None and st.speaker_actor is None:
        # "Unconfirmed reports said the militants withdrew": the source's own hedge
        # ("unconfirmed", "unverified") hedges what it says
        doc = evidence.doc
        src = doc_text(doc)[st.speaker[0] : st.speaker[1]].lower().split()
        found.extend(hw[w] for w in src if w in hw and hw[w] == "unconfirmed")
    return tuple(dict.fromkeys(found))


def _modality(pred: Token) -> str | None:
    for c in pred.children:
        if c.dep_ == "aux" and c.lower_ in _MODALS:
            return _MODALS[c.lower_]
    if pred.pos_ == "NOUN" and pred.dep_ in ("nsubj", "nsubjpass"):
        # "the death toll could exceed 300": the noun's verb carries the modal
        for c in pred.head.children:
            if c.dep_ == "aux" and c.lower_ in _MODALS:
                return _MODALS[c.lower_]
    head = pred.head
    if pred.dep_ == "xcomp" and head.lemma_.lower() in _INTENT:
        return _INTENT[head.lemma_.lower()]
    return None


#: Prepositions that put a deed somewhere ("in the Kursk region", "near Kharkiv"), as
#: against naming someone ("acknowledgement by Moscow", "a treaty with Moscow").
LOCATIVE = frozenset(
    {
        "in",
        "at",
        "near",
        "into",
        "to",
        "from",
        "across",
        "outside",
        "inside",
        "around",
        "on",
        "toward",
        "towards",
        "through",
        "along",
        "within",
        "over",
    }
)


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


#: Nouns of pacts and talks that take the name of the town they were signed or held in
#: ("the Minsk agreements", "the Almaty declaration"): that town is not where a deed
#: happened.
PACT_NOUNS = frozenset(
    {"agreement", "accord", "declaration", "protocol", "memorandum", "treaty", "format"}
    | {"process", "talks", "communique", "convention", "summit"}
)


#: Nouns of roads and lines named after the two towns they join ("the Kyiv-Odesa
#: highway"): either town is far from a deed done on the road.
ROUTE_NOUNS = frozenset(
    {"highway", "road", "motorway", "expressway", "railway", "railroad", "route", "pipeline"}
)
_ROUTE_AFTER = re.compile(r"\s*[-–]\s*[A-Z][\w'’]*\s+(\w+)")
_ROUTE_BEFORE = re.compile(r"[A-Z][\w'’]*\s*[-–]\s*$")
_WORD_AFTER = re.compile(r"\s+(\w+)")


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


#: Places of care, whose town is where the wounded were treated, not where they were hurt.
TREATED_AT_NOUNS = frozenset({"hospital", "clinic", "morgue", "infirmary"})


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


#: Nouns for a town that, with "the", stand for the town a story is about ("inside the
#: town"); wider ground ("the area", "the region") does not.
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "settlement"})


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


_MODIFIER_CLAUSES = frozenset({"advcl", "relcl", "acl", "appos", "npadvmod"})


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


#: Control verbs whose object must be ground for the claim to be about control.
HOLDING_LEMMAS = frozenset(
    {
        "hold", "control", "occupy", "capture", "seize", "take", "retake", "recapture",
        "keep", "surround", "encircle",
    }
)  # fmt: skip
#: Nouns naming ground one side can hold ("the town", "its positions", "the base").
_GROUND_TEXT = (
    "town city village settlement area region district province territory land ground "
    "position positions line base headquarters airport airfield port bridge hill height "
    "heights centre center outskirts neighbourhood neighborhood quarter border crossing "
    "control plant island coast frontline front district districts part parts sector "
    "suburb suburbs camp checkpoint post posts outpost garrison barracks"
)
GROUND_NOUNS = frozenset(_GROUND_TEXT.split())


#: Heads of a phrase naming armed forces or their weapons ("the air force", "a military
#: fighter jet", "government troops").
FORCE_HEADS = TROOP_WORDS | {
    "military",
    "navy",
    "jet",
    "aircraft",
    "plane",
    "warplane",
    "drone",
    "helicopter",
    "artillery",
    "missile",
}


def _ref(a: Actor, confidence: float, method: str, why: str) -> ActorRef:
    """A catalogue actor as the reference a claim's party carries."""
    return ActorRef(a.id, a.name, a.kind, a.country, confidence, method, why)


def _group_of(person: ActorRef, doc: Doc | None = None) -> ActorRef | None:
    """The armed group a catalogue person leads or speaks for (their roles' group), or
    the one the article's mention of them names ("Fano commander Zemene Kassie")."""
    g = load_catalogue().group_of(person.id)
    if g is not None:
        return _ref(g, 0.8, "role", f"{person.name}'s")
    named = (doc.user_data.get("cc_affiliations") or {}).get(person.id) if doc is not None else None
    return named if isinstance(named, ActorRef) else None


#: Words in a speaker's mention that make them speak for their state ("army spokesman",
#: "Defence Minister"), so that their "we" and "our soldiers" are its forces.
OFFICIAL_WORDS = frozenset(
    {
        "army",
        "military",
        "forces",
        "ministry",
        "minister",
        "government",
        "president",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "general",
        "colonel",
        "police",
        "navy",
    }
)


def _officials_side(doc: Doc, st: RawStatement, subj: Token) -> ActorRef | None:
    """The armed forces of the state a person speaks for, when their words say "we" or
    "our soldiers": "We did not fire first," said the Thai army's spokesman."""
    person = st.speaker_actor
    if (
        person is None
        or person.kind != "person"
        or not person.country
        or st.speaker is None
        or subj.left_edge.lower_ not in ("our", "we", "us", "ours")
    ):
        return None
    words = {w.lower().strip(".,") for w in doc_text(doc)[st.speaker[0] : st.speaker[1]].split()}
    a = load_catalogue().get(person.id)
    titles = {w.lower() for r in (a.roles if a is not None else ()) for w in r.title.split()}
    if not (words | titles) & OFFICIAL_WORDS:
        return None
    mil = load_catalogue().military(person.country)
    if mil is None:
        return None
    return _ref(mil, 0.6, "speaker-country", f"{subj.text!r}: said by an official of {mil.country}")


#: How many tokens back "the troops" may look for the troops an article named.
TROOPS_BACK_TOKENS = 120


def _troops_named_before(subj: Token, link: object) -> ActorRef | None:
    """The forces "the troops" refers back to: the last troops named by their country
    earlier in the article ("Ethiopian troops ... the troops had been deployed")."""
    if subj.lemma_.lower() not in TROOP_WORDS or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in subj.children
    ):
        return None
    if len([*subj.lefts]) > 1:
        return None  # "the Ethiopian troops" names its own
    doc = subj.doc
    for t in reversed(doc[max(0, subj.i - TROOPS_BACK_TOKENS) : subj.i]):
        if t.lemma_.lower() not in TROOP_WORDS:
            continue
        if any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in t.children
        ):
            ref = _party(link, t, ())
            return ref if ref is not None and ref.kind == "military" else None
    return None


def _troops_they_are(subj: Token | None, st: RawStatement | None, link: object) -> ActorRef | None:
    """The troops a bare "they" refers to when the sentence named another country's
    troops before it ("accused Indian troops of provoking a clash, saying that they had
    crossed"): the last troops named by their country ahead of it, not of the
    speaker's own country."""
    if subj is None or subj.lower_ != "they" or st is None or st.speaker_actor is None:
        return None
    for t in reversed(subj.doc[subj.sent.start : subj.i]):
        if t.lemma_.lower() not in TROOP_WORDS | {"patrol"} or t.tag_ != "NNS":
            continue
        if not any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in t.children
        ):
            continue
        ref = _party(link, t, ())
        if ref is not None and ref.country and ref.country != st.speaker_actor.country:
            return ref
        return None
    return None


#: Nouns of holding a place "under": "under the control of X", "under the full
#: authority of the state" (X holds it).
UNDER_CONTROL_NOUNS = frozenset({"control", "authority"})


def _under_authority(pred: Token) -> bool:
    """ "Goundam is once again under the full authority of the state": held by X, a
    claim of control as "under the control of X" is ("authority" alone is no frame)."""
    return (
        pred.lemma_.lower() in UNDER_CONTROL_NOUNS - {"control"}
        and pred.dep_ == "pobj"
        and pred.head.lower_ == "under"
        and bool(pobjs(pred, ("of",)))
    )


#: Prepositions of being within a town held ("the jihadists are inside Goundam").
INSIDE_PREPS = frozenset({"inside"})


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


#: Who is pulled out or carried away in a rescue ("pulled survivors from the rubble").
RESCUED_NOUNS = frozenset({"body", "survivor", "victim", "casualty"})


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


def _in_other_clause(t: Token, pred: Token) -> bool:
    """Whether ``t`` sits in a clause coordinated with ``pred``'s ("46 people were
    killed, and many of the victims were refugees from Waziristan")."""
    while t.i != pred.i and t.head.i != t.i:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i == pred.i:
            return True
        t = t.head
    return False


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


def _held_responsible(pred: Token) -> tuple[Token, Token] | None:
    """ "held Iran responsible for the attack": Iran, and the deed."""
    if pred.lemma_.lower() != "hold":
        return None
    who = _child(pred, ("dobj",))
    if who is None or who.lemma_.lower() in HELD_EVENT_NOUNS:
        return None  # "held talks with officials responsible for ..."
    blame = next(
        (
            t
            for t in (*pred.children, *who.children)
            if t.dep_ in ("oprd", "acomp", "amod", "xcomp", "ccomp")
            and t.lemma_.lower() in ("responsible", "accountable")
        ),
        None,
    )
    if blame is None:
        return None
    deed = next((g for g in pobjs(blame, ("for",)) if not _frame(g)[0].startswith("pred:")), None)
    if deed is None:
        deed = next(
            (
                g
                for c in blame.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children
                if g.dep_ == "pcomp" and g.pos_ == "VERB"
            ),
            None,
        )
    return (who, deed) if deed is not None else None


def _accused_of(pred: Token) -> tuple[Token, Token] | None:
    """'(accused) X of doing Y' as content: X and the verb of Y; "held X responsible for
    Y" likewise."""
    if (held := _held_responsible(pred)) is not None:
        return held
    if pred.pos_ not in ("NOUN", "PROPN", "PRON") and not _reciprocal(pred):
        return None
    if not _frame(pred)[0].startswith("pred:"):
        return None  # "blamed an Israeli air strike for the blast": the strike is the deed
    # "accused Ukraine of shelling": the parser may hang "of" on the verb, not on Ukraine
    preps = [*pred.children, *(pred.head.children if pred.dep_ == "dobj" else ())]
    # (or, for a gerund, anywhere in a participle describing X: "accused a militia
    # fighting alongside the army of looting the market")
    preps += [
        g
        for a in pred.children
        if a.dep_ == "acl"
        for g in a.subtree
        if g.dep_ == "prep" and any(v.tag_ == "VBG" for v in g.children)
    ]
    for c in preps:
        if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > pred.i:
            for g in c.children:
                # (a gerund may be parsed the preposition's object: "of spying"; "of
                # planning to retake the region" charges an aim, not a deed)
                if (
                    g.dep_ in ("pcomp", "pobj")
                    and g.pos_ == "VERB"
                    and g.lemma_.lower() not in INTENT_CUES
                ):
                    return pred, g
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and not _frame(g)[0].startswith("pred:"):
                    return pred, g  # "blamed the Afghan Taliban for the attack"
    return None


def _joint_holders(
    doc: Doc, statements: Sequence[RawStatement], claims: Sequence[RawClaim], link: object
) -> list[RawClaim]:
    """ "Russia and Belarus said the drills were defensive": a copy of each claim for
    each other member of the speaker (the statement stays one, as PolNeAR has it)."""
    if not callable(link):
        return []
    # each statement's other members, once: [] for one speaker, and for "accused each
    # other" (split into two statements already)
    others: dict[int, list[ActorRef]] = {}
    for k, st in enumerate(statements):
        if st.speaker_actor is None or st.counterpart is not None:
            continue
        seen = {st.speaker_actor.id}  # (the linker may have taken any member for it)
        for (lo, hi), _ in joint_members(doc, st):
            ref = link(lo, hi)
            if ref is not None and ref.id not in seen:
                seen.add(ref.id)
                others.setdefault(k, []).append(ref)
    out: list[RawClaim] = []
    for c in claims:
        if c.statement is None or c.statement not in others:
            continue
        st = statements[c.statement]
        assert st.speaker_actor is not None
        for ref in others[c.statement]:
            copy = replace(c, holder=ref)
            own_deed = c.subject_actor is not None and (
                c.subject_actor.id == st.speaker_actor.id
                or (
                    c.subject is not None
                    and doc_text(doc)[c.subject[0] : c.subject[1]].lower() in ("they", "we")
                    and c.subject_actor.country == st.speaker_actor.country
                )
            )
            if own_deed:
                # "Hamas and Islamic Jihad said they had fired rockets": each its own
                copy.subject_actor = ref
            out.append(copy)
    return out


def _reciprocal(t: Token) -> bool:
    """ "each other", "one another", "the other side" (see ``RECIPROCALS``)."""
    doc = t.doc
    lo, hi = subtree_range(t)
    return doc_text(doc)[lo:hi].lower() in RECIPROCALS


#: Verbs by which evidence shows something, and the evidence that does.
EVIDENCE_LEMMAS = frozenset({"show", "prove", "indicate", "suggest", "demonstrate", "confirm"})
EVIDENCE_NOUNS = frozenset(
    {"footage", "video", "image", "imagery", "photo", "photograph", "picture", "evidence",
     "data", "record", "analysis", "document", "recording", "explosion"}
)  # fmt: skip


def _shown_by_evidence(pred: Token) -> Token | None:
    """ "geolocated footage showed that Russian forces had advanced": what the evidence
    shows is the claim (the clause), not the showing."""
    if pred.lemma_.lower() not in EVIDENCE_LEMMAS:
        return None
    subj = _child(pred, ("nsubj",))
    if subj is None or subj.lemma_.lower() not in EVIDENCE_NOUNS:
        return None
    return _child(pred, ("ccomp",))


def _framed(pred: Token) -> Token:
    """The token carrying the claim's proposition: the predicate itself when it has a
    frame; past a reporting verb ("Russia says the regenerated area") into what is
    reported; else the first token of the clause that has a frame ("our units continue
    to hold positions" -> hold)."""
    if not _frame(pred)[0].startswith("pred:"):
        return pred
    focused = _cleft_deed(pred)
    if focused is not None and not _frame(focused)[0].startswith("pred:"):
        return focused  # "it was Lithuanian guards who had opened fire": the firing
    shown = _shown_by_evidence(pred)
    if shown is not None:
        return _framed(shown)  # "geolocated footage showed that Russian forces had advanced"
    for t in pred.subtree:
        if not (t.pos_ in ("VERB", "NOUN", "AUX") or t.dep_ == "amod"):
            continue  # (only these may carry the frame: spare them the walks below)
        if t.i == pred.i or t.is_punct or _under_modifier_clause(t, pred):
            continue
        if _in_reduced_relative(t, pred):
            continue  # "the houses demolished during the operation had been used to store"
        if _in_other_clause(t, pred):
            continue  # "had been using the compound and had fired": two claims, each its own
        if t.dep_ in ("amod", "compound") and t.head.i != pred.i:
            # "returned from Ukrainian-controlled territory", "Russian occupation
            # forces had detained": a description, not what is claimed
            continue
        if t.lower_ == "fire" and t.head.lemma_.lower() == "return":
            continue  # "had returned fire": an answer to an attack, not one
        if _in_time_phrase(t, pred):
            continue  # "had left the ports since the strike": the deed dates the claim
        if t.pos_ in ("VERB", "NOUN", "AUX") and not _frame(t)[0].startswith("pred:"):
            return t  # (AUX: "reports that troops were in Russia")
        # "the regenerated area of Kursk": a participle carries the frame
        if t.dep_ == "amod" and not _frame(t)[0].startswith("pred:"):
            return t
    return pred


#: Sites where a host keeps another state's troops without their holding the town
#: ("Chinese personnel are at the Ream base"); "bases" is lemmatised "basis".
HOSTING_SITE_NOUNS = frozenset({"base", "basis", "port", "airfield", "airbase"})


def _hosted_troops(pred: Token) -> bool:
    """Whether "be" puts foreign troops somewhere ("there are no foreign forces at
    Ream") or troops at a base ("naval personnel are at the Ream base"): troops hosted
    there (a deployment), not a side holding the town."""
    if pred.lemma_.lower() != "be":
        return False
    troops = [c for c in pred.children if c.dep_ in ("nsubj", "attr") and c.lower_ != "there"]
    if any(c.dep_ == "amod" and c.lower_ == "foreign" for t in troops for c in t.children):
        return True
    return any(
        g.lemma_.lower() in HOSTING_SITE_NOUNS
        for t in (pred, *troops)
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in ("at", "in", "inside")
        for g in c.children
        if g.dep_ == "pobj"
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


#: Prepositions whose object dates a clause ("since the strike", "during the attack").
TIME_PREPS = frozenset({"since", "after", "during", "before", "until", "following", "amid"})


def _in_time_phrase(t: Token, pred: Token) -> bool:
    """Whether ``t`` lies in a time phrase of ``pred``'s clause ("patrols were stepped
    up since the attack"): the deed it names only says when, it is not what is claimed."""
    while t.i != pred.i and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in TIME_PREPS:
            return True
        t = t.head
    return False


def extract_claims(
    doc: Doc,
    statements: Sequence[RawStatement],
    places: Sequence[PlaceRef] = (),
    dates: Sequence[DateRef] = (),
    figures: Sequence[RawFigure] = (),
    link_party: object | None = None,
    home: str | None = None,
    link_holder: object | None = None,
    dateline: PlaceRef | None = None,
) -> list[RawClaim]:
    """Claims of every statement's content, then the article's own claims.

    ``home`` is the country the article is about, if one stands out (the linker's): the
    state whose unqualified forces ("officers pulled out") a speaker of no known country
    means.

    ``link_party`` is a ``(start, end) -> ActorRef | None`` callable for subjects and
    objects (the actor linker); ``link_holder`` the same for the other members of a
    joint speaker. The pipeline sets the holder of the article's own
    claims to the outlet. ``dateline`` is the dateline's town (``places.dateline_ref``):
    where a toll is placed when the article names no town of its own.
    """
    owner = _CLAIM_MEMO not in doc.user_data
    if owner:
        doc.user_data[_CLAIM_MEMO] = _ClaimMemo()
    try:
        return _extract_claims(
            doc, statements, places, dates, figures, link_party, home, link_holder, dateline
        )
    finally:
        if owner:  # (dropped after the run: a later run may see other places)
            doc.user_data.pop(_CLAIM_MEMO, None)


def _extract_claims(
    doc: Doc,
    statements: Sequence[RawStatement],
    places: Sequence[PlaceRef],
    dates: Sequence[DateRef],
    figures: Sequence[RawFigure],
    link_party: object | None,
    home: str | None,
    link_holder: object | None,
    dateline: PlaceRef | None,
) -> list[RawClaim]:
    """``extract_claims`` with the claim memo in place."""
    link = link_party if callable(link_party) else (lambda s, e: None)
    cues = {s.cue_token for s in statements if s.cue is not None}
    topic = topic_place(places, doc)
    out: list[RawClaim] = []
    for k, st in enumerate(statements):
        if _no_position(doc, st) or not_a_saying(doc, st):
            continue
        start, end = st.content
        first_claim = len(out)
        if st.stance == "denies" and doc_text(doc)[start:end].lower() in REFERRING_WORDS:
            # "Ukraine denied it": a denial of what was said before (_answers finds it),
            # unless the speaker says at once what it holds instead ("disputed that,
            # saying the road was open": that account is its position)
            if any(
                o is not st
                and o.speaker == st.speaker
                and o.content[0] >= end
                and doc[o.cue_token].sent.start == doc[st.cue_token].sent.start
                for o in statements
            ):
                continue
            word = doc_text(doc)[start:end].lower()
            # (the evidence is the whole denial: "that" alone says nothing)
            opening = min(r[0] for r in (st.speaker, st.cue, st.content) if r is not None)
            out.append(
                RawClaim(
                    evidence=(opening, end),
                    statement=k,
                    predicate=word,
                    frame=f"pred:{word}",
                    stance="denies",
                    answers=UNANSWERED,
                )
            )
            continue
        blamed = _blamed_deed(doc, st)
        if blamed is not None:
            # "an attack on a camp, which the army has blamed on the group": the army
            # holds that the group did the deed the relative pronoun stands for
            deed, bearer = blamed
            claim = _claim(doc, deed, k, st, places, dates, link, topic, home)
            if claim is not None:
                claim.evidence = token_range(deed.left_edge, doc[st.cue_token].right_edge)
                claim.subject = subtree_range(bearer)
                claim.subject_actor = _party(link, bearer, places)
                claim.polarity, claim.stance = "positive", "asserts"
                out.append(claim)
            continue
        doer = _blamed_doer(doc, st)
        if doer is not None:
            # "He blamed 'armed herders'": the speaker holds that they did the deed the
            # article reported before
            deed, bearer = doer
            # ('blamed "provocations by Belmark's forces"': the forces behind them)
            bearer = next(iter(pobjs(bearer, ("by",))), bearer)
            claim = _claim(doc, deed, k, st, places, dates, link, topic, home)
            if claim is not None:
                opening = min(r[0] for r in (st.speaker, st.cue, st.content) if r is not None)
                claim.evidence = (opening, end)
                claim.subject = subtree_range(bearer)
                claim.subject_actor = _party(link, bearer, places)
                claim.polarity, claim.stance = "positive", "asserts"
                claim.answers = None
                out.append(claim)
                continue
        roots = [
            r
            for r in _clause_roots(doc, start, end, cues, st.cue_token)
            # ('calling it "propaganda meant to demoralise the forces"': what the name
            # says of itself, no claim)
            if not _in_the_name(r, doc[st.cue_token])
        ]
        # "the women were freed after relatives paid, not rescued by soldiers": the deed
        # set against the one said is a claim of its own, denied
        contrasted = [
            v
            for r in list(roots)
            for v in _contrasted_deeds(r, start, end)
            if v not in roots and v.i not in cues
        ]
        roots.extend(contrasted)
        # the root whose claim noun names each added deed (which takes its stance)
        named_by: dict[int, int] = {}
        for pred in list(roots):
            noun = pred
            if cue_stances().get(pred.lemma_.lower()) == "denies":
                # ("said that it rejected India's claim that ...": the claim rejected)
                noun = _child(pred, ("dobj",)) or pred
            content = (
                _content_verb(noun)
                if noun.pos_ == "NOUN" and noun.lemma_.lower() in CLAIM_NOUNS
                else None
            )
            if content is not None:
                # "rejected India's claim that a Chinese patrol had crossed the boundary
                # and started the fight": each deed the claim names is rejected
                for v in content.conjuncts:
                    if v.i > content.i and v.pos_ == "VERB" and v not in roots and v.i not in cues:
                        roots.append(v)
                        named_by[v.i] = pred.i
        by_root: dict[int, RawClaim] = {}
        for pred in roots:
            claim = _claim(doc, pred, k, st, places, dates, link, topic, home)
            if claim is not None and pred in contrasted:
                # ("not rescued by soldiers": the soldiers, not whoever paid before it)
                by_whom = next(
                    (d for a in pred.children if a.dep_ == "agent" for d in a.children), None
                )
                if by_whom is not None:
                    claim.subject = subtree_range(by_whom)
                    claim.subject_actor = _party(link, by_whom, places)
                elif pred.tag_ == "VBN" and claim.subject is not None:
                    # ("were freed after relatives paid, not rescued": by no one named)
                    claim.subject, claim.subject_actor = None, None
            if claim is not None and pred.i in named_by and named_by[pred.i] in by_root:
                # ("rejected India's claim that ... and started the fight": rejected too)
                first = by_root[named_by[pred.i]]
                claim.polarity, claim.stance = first.polarity, first.stance
            if claim is not None:
                by_root[pred.i] = claim
                out.append(claim)
                out.extend(_victims_apart(pred, claim, link, places))
                rival = _rival_claim(pred, claim, st)
                if rival is not None:
                    out.append(rival)
                alongside = _killed_alongside_claim(pred, claim)
                if alongside is not None:
                    out.append(alongside)
                elsewhere = _rival_place_claim(pred, claim, st, places)
                if elsewhere is not None:
                    out.append(elsewhere)
        # a clause without a place inherits the place of the statement's earlier clause
        for c in out[first_claim:]:
            if c.place is None:
                prev = [
                    x
                    for x in out[first_claim:]
                    if x.place is not None
                    and x.evidence[0] < c.evidence[0]
                    # (where the earlier deed happened, not a place it names: "belonged
                    # to a company that deals with the ports of occupied Palestine")
                    and _locative(doc, x.place)
                ]
                if prev:
                    c.place = prev[-1].place
    # a town the gazetteer lacks, named as what was taken ("seized Moqokori"), is a
    # better main place than an unresolved or broader one
    named = [
        c.place
        for c in out
        if c.frame == "control" and c.place is not None and c.place not in places
    ]
    if named and (topic is None or topic.lat is None or topic.rank >= named[0].rank):
        for c in out:
            if c.place is not None and c.place is topic:
                c.place = named[0]
    _deed_named_again(doc, out)
    _answers(doc, statements, out, link)
    _rejection_words(doc, statements, out)
    _answer_across(statements, out)
    out = _answer_the_rest(_drop_unanswered(out))
    out.extend(_joint_holders(doc, statements, out, link_holder))
    out.extend(_article_voice(doc, statements, places, dates, link, len(statements)))
    if topic is None and dateline is not None:
        # "RIO DE JANEIRO - Nine men were killed when police raided a favela": an
        # article naming no town of its own tells its toll where it was filed
        for c in out:
            if c.frame == "casualties" and c.place is None:
                c.place = dateline
    for c in out:
        # a figure the evidence cuts into counts too: "said between 30 and 40 soldiers
        # were killed" hangs "between" on "said", the evidence opening at "30"
        c.figures = [
            i
            for i, f in enumerate(figures)
            if f.start < c.evidence[1] and c.evidence[0] < f.end <= c.evidence[1]
        ]
    return out


#: Most words of a content that only names the claim it rejects ("the claim", "the
#: Russian report"), whose evidence then takes in the rejecting verb.
NAMED_CLAIM_MAX_WORDS = 4


def _rejection_words(
    doc: Doc, statements: Sequence[RawStatement], claims: Sequence[RawClaim]
) -> None:
    """ "Ukraine's military rejected the claim": the evidence of a denial whose content
    only names the claim it answers is "rejected the claim", not "the claim"."""
    for c in claims:
        if c.stance != "denies" or c.statement is None:
            continue
        st = statements[c.statement]
        if st.cue is None or c.evidence != st.content or st.cue[1] > st.content[0]:
            continue
        span = doc.char_span(*st.content, alignment_mode="expand")
        if (
            span is not None
            and 0 < len(span) <= NAMED_CLAIM_MAX_WORDS
            and span.root.lemma_.lower() in CLAIM_NOUNS
        ):
            c.evidence = (st.cue[0], st.content[1])


def _deed_named_again(doc: Doc, claims: Sequence[RawClaim]) -> None:
    """ "Officers had withdrawn from Verrettes ... the withdrawal took place on Oct.
    14": a deed named again by a definite noun is done by the doer named before."""
    for c in claims:
        if c.subject is not None or c.frame not in ("control", "attack", "deployment"):
            continue
        span = doc.char_span(*c.evidence, alignment_mode="expand")
        noun = next(
            (
                t
                for t in span or ()
                if t.pos_ == "NOUN"
                and t.lemma_.lower() == c.predicate
                and any(d.lower_ == "the" for d in t.lefts)
                and not any(d.dep_ in ("poss", "prep", "amod", "compound") for d in t.children)
            ),
            None,
        )
        if noun is None:
            continue
        before = [
            o
            for o in claims
            if o.evidence[0] < c.evidence[0]
            and o.frame == c.frame
            and o.frame_role == c.frame_role
            and o.subject is not None
            and o.predicate[:5] == c.predicate[:5]
        ]
        if before:
            c.subject, c.subject_actor = before[-1].subject, before[-1].subject_actor


#: Words opening a verbless fragment that repeats a denial ("no weapons", "not one").
LIST_NEGATIONS = frozenset({"no", "not", "nor", "neither", "none"})


def _with_listing(hi: Token, end: int) -> Token:
    """ "named 19 dead, including eight children": the parser may hang the list on the
    verb of saying; the evidence runs on to its end (inside the content, which ends at
    char offset ``end``)."""
    doc = hi.doc
    if hi.i + 2 >= len(doc) or doc[hi.i + 1].text != ",":
        return hi
    prep = doc[hi.i + 2]
    if prep.lower_ not in LISTING_PREPS or prep.right_edge.idx + len(prep.right_edge) > end:
        return hi
    return prep.right_edge


def _with_negated_list(hi: Token, end: int) -> Token:
    """ "There was no base here, no weapons, only a wedding": the parser hangs the
    fragments after the clause elsewhere; a verbless run of them opening with a
    negation repeats the clause's denial, so the evidence runs to the content's end
    (``end``, a char offset)."""
    doc = hi.doc
    if hi.i + 1 >= len(doc) or doc[hi.i + 1].text != ",":
        return hi
    rest: list[Token] = []
    for t in doc[hi.i + 1 :]:
        if t.idx + len(t.text) > end:
            break  # (tokens run in order: the rest lie past the content too)
        rest.append(t)
    words = [t for t in rest if not (t.is_punct or t.is_quote)]
    if (
        not words
        or words[0].lower_ not in LIST_NEGATIONS
        or doc[hi.i + 1].text != ","
        or any(t.pos_ in ("VERB", "AUX") for t in words)
    ):
        return hi
    return words[-1]


def _claim(
    doc: Doc,
    pred: Token,
    k: int | None,
    st: RawStatement | None,
    places: Sequence[PlaceRef],
    dates: Sequence[DateRef],
    link: object,
    topic: PlaceRef | None = None,
    home: str | None = None,
) -> RawClaim | None:
    assert callable(link)
    clause = pred
    if (
        clause.lemma_.lower() in UNKNOWING_LEMMAS
        and _is_negated(clause)
        and not _others_kept_uninformed(clause)
    ):
        return None  # "could not determine where the drone was launched from"
    if clause.lemma_.lower() in WITHHOLDING_LEMMAS and _is_negated(clause):
        return None  # "..., but did not mention the depot": nothing said of it
    if clause.lemma_.lower() == "go" and any(
        c.dep_ == "acomp" and c.lower_ in UNAVENGED_WORDS for c in clause.children
    ):
        return None  # "it will not go unanswered": a vow, no account of what happened
    # "denied any involvement in the attack", "responsibility for the strike": the
    # speaker's own share in the deed
    hung = _hung_share_prep(pred)
    own_share = (
        pred.pos_ == "NOUN"
        and pred.lemma_.lower() in SHARE_NOUNS
        and any(c.dep_ == "prep" and c.lower_ in ("in", "for") for c in pred.children)
    ) or hung is not None
    denial = _denial_marker(pred)
    accused = _accused_of(pred)
    framed = _framed(pred)
    if (
        framed.i != pred.i
        and pred.pos_ == "NOUN"
        and pred.lemma_.lower() in CLAIM_NOUNS
        and (told := _content_verb(pred)) is not None
    ):
        framed = _framed(told)  # "reports that a strike had killed civilians": the killing
    if framed.i == pred.i and hung is not None and (deed := _child(hung, ("pobj",))) is not None:
        framed = _framed(deed)  # ("denied any role | in the ambush": the ambush)
    found_none = False  # "found no evidence that ...": the that-clause, denied
    if framed.i != pred.i and not denial and accused is None:
        pred = framed
    elif (
        pred.pos_ == "NOUN"
        and pred.lemma_.lower() in CLAIM_NOUNS
        and not denial
        and accused is None
        and (content := _content_verb(pred)) is not None
    ):
        pred = content  # "denied reports that troops had crossed into Gedo": the crossing
    elif (known := _known_content(pred)) is not None and not denial:
        pred = known  # "had clear information that troops were there": their being there
    elif (upheld := _upheld_content(pred)) is not None and not denial:
        pred = upheld  # "stood by its count of three soldiers killed": the count
    elif st is not None and (upheld := _upheld_by_cue_content(doc, st, pred)) is not None:
        pred = upheld  # "The group stood by its claim of 27 dead soldiers.": the toll
    elif (found := _found_content(pred)) is not None and not denial:
        # "found no sign that the villagers had crossed": the crossing, denied
        pred, found_none = found
    subj: Token | None
    if accused is not None:
        # "accused Yerevan of undermining the peace process": Yerevan undermined it
        pred, subj = accused[1], accused[0]
        if subj.pos_ == "NOUN" and (agent := next(iter(pobjs(subj, ("by",))), None)):
            # 'blamed "provocations by Belmark's forces" for the exchange of fire': the
            # forces behind the provocations did it
            subj = agent
    elif (
        st is not None
        and st.stance == "denies"
        and (
            (pred.lemma_.lower() in CLAIM_NOUNS and not _states_its_content(pred))
            # "denied any involvement": a share in the deed it was blamed for
            or _bare_share(pred)
            # "rejected Lithuania's account of a shooting": the deed, told before or not
            or (pred.lemma_.lower() in CLAIM_NOUNS and _deed_named_by(pred) is not None)
            # "rejected the figure of nine": the toll it answers
            or _figure_named(pred)
            # "dismissed the union's count", "rejected a higher count": a toll given before
            or _count_named(pred)
            # "rejected Belize's protest": a complaint of the owner's, told before
            or (pred.lemma_.lower() in COMPLAINT_NOUNS and _claim_owner(pred) is not None)
        )
    ):
        # "rejected Thailand's account", "dismissed the report": a denial of a claim
        # made before, which _answers finds (and drops this one if there is none)
        lemma = pred.lemma_.lower()
        return RawClaim(
            evidence=trim_edges(doc_text(doc), *st.content),
            statement=k,
            predicate=lemma,
            frame=f"pred:{lemma}",
            stance="denies",
            answers=UNANSWERED,
            # (whose claim it is, for one told in an earlier article: _answer_across)
            answers_owner=_owner_ref(pred, link)
            if lemma in CLAIM_NOUNS | COMPLAINT_NOUNS
            else None,
        )
    elif (
        st is not None
        and doc[st.cue_token].lemma_.lower() in CONFIRMING_LEMMAS
        and pred.lemma_.lower() in CLAIM_NOUNS
        and not _states_its_content(pred)
    ):
        # "Cambodia's government confirmed the account": it holds what the account it
        # names said before (_answers finds it, and drops this one if there is none)
        lemma = pred.lemma_.lower()
        return RawClaim(
            # (the words that confirm it: "confirmed the account", not "the account")
            evidence=(
                (st.cue[0], st.content[1])
                if st.cue is not None and st.cue[1] <= st.content[0]
                else trim_edges(doc_text(doc), *st.content)
            ),
            statement=k,
            predicate=lemma,
            frame=f"pred:{lemma}",
            answers=-2,
            answers_owner=_owner_ref(pred, link),
            answers_noun=lemma,
            confirms=True,
        )
    elif st is not None and _upheld_by_cue(doc, st, pred):
        # "Pakistan's military stood by its account.": the cue is the upholding, its
        # content the own claim's noun; _answers finds that claim (or the ledger does,
        # in an earlier article)
        lemma = pred.lemma_.lower()
        return RawClaim(
            evidence=(st.cue[0], st.content[1]) if st.cue is not None else st.content,
            statement=k,
            predicate=lemma,
            frame=f"pred:{lemma}",
            answers=REASSERTED,
        )
    elif pred.pos_ in ("NOUN", "PROPN", "ADJ") and _frame(pred)[0].startswith("pred:"):
        return None  # a bare noun phrase ("Russian troops") states nothing
    else:
        subj = _subject_not_speaker(pred, st)
        if pred.dep_ in ("acl", "relcl") and (subj is None or subj.tag_ in ("WDT", "WP")):
            subj = pred.head  # "a vessel that was delivering military cargo": the vessel
        if (
            subj is not None
            and subj.dep_ == "attr"
            and (deed := _ones_who(subj.head)) is not None
            and deed.i == pred.i
        ):
            subj = _child(subj.head, ("nsubj",))  # "the guards were the ones who fired"
        if (bearer := _blame_bearer(pred)) is not None:
            subj = bearer  # "the responsibility lies with the Indian side": theirs
        if pred.lemma_.lower() == "be" and (attackers := _attackers_named(pred)) is not None:
            subj = attackers  # "These were CODECO assailants": CODECO did it
        if subj is None and pred.pos_ == "NOUN":
            # a deed named by a noun: "an Israeli air strike", "Russia's attack"
            subj = next(
                (
                    c
                    for c in pred.children
                    if c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))
                ),
                None,
            )
    if subj is None and pred.dep_ == "attr" and _frame(pred)[0] == "military_use":
        subj = _child(pred.head, ("nsubj",))  # "the site was an explosives depot"
    elif (
        subj is None
        and (pred.dep_ == "dobj" or (pred.dep_ == "conj" and pred.head.dep_ == "dobj"))
        and _frame(pred)[0] == "military_use"
    ):
        subj = pred  # "had struck a weapons depot": the depot is what held arms
    up = pred
    speaker_did = False
    while subj is None and (up.dep_ in ("xcomp", "conj", "amod") or _coordinated_advcl(up)):
        # "had held the camp, killed 25 soldiers and taken four captive": the first's
        if (
            st is not None
            and up.head.i == st.cue_token
            and up.dep_ == "xcomp"
            and up.tag_ == "VBG"
            and _child(up.head, ("nsubj", "nsubjpass")) is None
        ):
            # "said Kyrgyz guards had started the shooting, and denied using mortars":
            # the cue "denied" hangs on the clause before it, whose subject is not who
            # denies; the speaker denies its own deed
            speaker_did = True
            break
        if st is not None and up.head.i == st.cue_token and _coordinated_advcl(up):
            # ('said in a statement that its fighters had held the camp, killed ...',
            # "killed" hung on the cue: the clause that ends at its comma)
            first = _clause_before_comma(up)
            subj = _child(first, ("nsubj", "nsubjpass")) if first is not None else None
            break
        subj = _child(up.head, ("nsubj", "nsubjpass"))
        up = up.head
    if subj is None and any(c.dep_ == "expl" for c in pred.children):
        subj = _child(pred, ("attr",))  # "there is not a single Shabaab fighter in X"
    if subj is None and pred.dep_ == "pcomp" and pred.head.head.pos_ in ("VERB", "AUX"):
        # "Pyongyang had crossed a line by sending soldiers": Pyongyang sent them
        subj = _child(pred.head.head, ("nsubj",))
    if (
        subj is None
        and pred.lemma_.lower() in UNDER_CONTROL_NOUNS
        and pred.dep_ == "pobj"
        and pred.head.lower_ == "under"
    ):
        # "Uvira is under the control of the FARDC": the FARDC holds it; "under
        # Russian control": Russia does
        of = next((c for c in pred.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        subj = _child(of, ("pobj",)) if of is not None else None
        if subj is None:
            subj = next(
                (c for c in pred.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")),
                None,
            )
        if subj is None:
            # "under government control", "under rebel control", "under our control":
            # the government, the rebels, the speaker's side hold it
            subj = next(
                (
                    c
                    for c in pred.children
                    if (c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN"))
                    or (c.dep_ == "poss" and c.lower_ in ("our", "its", "their"))
                ),
                None,
            )
    if (
        subj is None
        and pred.lemma_.lower() == "control"
        and pred.dep_ == "pobj"
        and pred.head.lower_ == "in"
        and pred.head.head.pos_ in ("VERB", "AUX")
    ):
        # "its fighters were in full control of Moqokori": they hold it
        subj = _child(pred.head.head, ("nsubj",)) or _conjunct_subject(pred.head.head)
    custody = _custody(pred) if pred.lemma_.lower() in ("be", "remain", "miss") else None
    if custody is not None:
        # "the men were in their custody", "in the hands of the militants": the holder
        subj = next(
            (c for c in custody.children if c.dep_ == "poss"),
            next(iter(pobjs(custody, ("of",))), subj),
        )
    ours = next(
        (c for c in pred.children if c.dep_ in ("attr", "acomp") and c.lower_ == "ours"), None
    )
    if pred.lemma_.lower() == "be" and ours is not None:
        subj = ours  # "the island is ours": the speaker's side holds it
    held_by = _in_hands_of(pred)
    held_people = None
    held_thing = None
    if held_by is not None:
        # "Moqokori remains in the hands of the army": the army holds it; "two soldiers
        # are in the hands of the rebels": the rebels hold them
        taken = _child(pred, ("nsubj", "nsubjpass"))
        if taken is None and any(c.dep_ == "expl" for c in pred.children):
            taken = _child(pred, ("attr",))  # "there are no civilians in our hands"
        if taken is not None and _names_people(taken):
            held_people = taken
        elif taken is not None and not _holds_ground(taken, places):
            # "no armoured vehicle had fallen into the attackers' hands": gear taken,
            # read as "captured two armoured vehicles" is (no ground changes hands)
            held_thing = taken
        subj = held_by
    if (
        subj is None
        and pred.pos_ == "NOUN"
        and pred.dep_ == "dobj"
        and pred.head.lemma_.lower() not in WITNESS_LEMMAS
    ):
        # "he had ordered the deployment": who ordered it deployed (but "our monitors
        # counted forty shells": who counted them saw the deed, not did it)
        subj = _child(pred.head, ("nsubj",))
    if (
        subj is not None
        and pred.pos_ == "NOUN"
        and pred.lemma_.lower() in TOLL_COUNT_NOUNS
        and _frame(pred)[0] == "casualties"
    ):
        # "the defender's office put the number of dead at 17", "its count of 13
        # dead": who counts the dead did not kill them
        subj = None
    if subj is not None and pred.pos_ == "VERB" and _the_dead_named(pred):
        subj = None  # "we have the names of 41 people": who names the dead counts them
    if subj is None and pred.pos_ == "VERB" and not _frame(pred)[0].startswith("pred:"):
        # "its troops and allied militias had returned to Uvira and taken back control",
        # parsed with "allied" as the verb: the nearest subject up the clause
        up = pred
        for _ in range(SUBJECT_CLIMB):
            if up.head.i == up.i or (st is not None and up.head.i == st.cue_token):
                break
            up = up.head
            subj = _child(up, ("nsubj",))
            if subj is not None:
                break
    done_to: Token | None = None
    passive_subject: Token | None = None
    gram_subj = subj
    if held_people is not None or held_thing is not None:
        # ("no soldier was in the hands of ...": none was)
        gram_subj = held_people or held_thing
    climbed_to_passive = (
        subj is not None
        and subj.head.i != pred.i
        and subj.dep_ == "nsubj"
        and any(c.dep_ == "auxpass" for c in pred.children)
        and _frame(pred)[0] in DEED_FRAMES
    )
    if climbed_to_passive:
        # "its troops had returned fire after being attacked": the subject found up
        # the clause is who the passive deed was done to, not its doer
        passive_subject = subj
    elif subj is not None and subj.dep_ == "nsubjpass":
        # "the block had been hit by a Ukrainian missile": the missile's side did it
        # ("downed by mistake by a U.S. warship": the "by" that names someone)
        doers = [
            d
            # ("had been planned and carried out by Russian citizens": the agent they share)
            for v in (pred, *pred.conjuncts)
            for by in v.children
            if by.dep_ == "agent"
            for d in by.children
            if d.dep_ == "pobj"
        ]
        doer = next((d for d in doers if _party(link, d, places) is not None), None)
        if doer is None and doers:
            doer = doers[0]
        side_of = None
        if doer is None:
            # "no shots had been fired from the Armenian side"
            side_of = next(
                (
                    d
                    for fr in pred.children
                    if fr.dep_ == "prep" and fr.lower_ == "from"
                    for d in fr.children
                    if d.dep_ == "pobj" and d.lemma_.lower() == "side"
                ),
                None,
            )
        if doer is not None:
            done_to, gram_subj, subj = subj, subj, doer
        elif side_of is not None:
            gram_subj, subj = subj, side_of
        else:
            passive_subject = subj  # "the jet was brought down": by nobody named
    elif (seen := _troops_seen(pred)) is not None:
        # "peacekeepers had observed Israeli soldiers north of the Blue Line": the soldiers
        # are there; the watchers are who say so
        done_to, gram_subj, subj = None, seen, seen
    elif (origin := _fired_from(pred)) is not None:
        # "the shot came from the Belarusian side": that side fired it
        gram_subj, subj = subj, origin
    elif _under_attack(pred):
        # "its units had come under fire from Hezbollah fighters": the fighters did it,
        # to the units
        attacker = next(iter(pobjs(pred, ("from",))), None)
        done_to, gram_subj, subj = subj, subj, attacker
    lo = clause.left_edge
    hi = clause.right_edge
    shared: Token | None = None
    joined = clause
    while (
        shared is None
        and joined.dep_ == "conj"
        and joined.pos_ == "VERB"
        and joined.head.pos_ == "VERB"
        and _child(joined, ("nsubj", "nsubjpass", "expl")) is None
    ):
        joined = joined.head
        shared = _child(joined, ("nsubjpass",))
    if shared is not None and shared.i < clause.i and shared.left_edge.i < lo.i:
        # "Young people were brought here, held and killed": a passive deed with the
        # subject it shares with the verb it is joined to (who was killed), not the
        # bare word "killed"
        lo = shared.left_edge
    if st is not None:
        # the clause, kept inside the statement's content
        c0, c1 = st.content
        while lo.i < pred.i and lo.idx < c0:
            lo = doc[lo.i + 1]
        while hi.i > pred.i and hi.idx + len(hi.text) > c1:
            hi = doc[hi.i - 1]
        hi = _with_negated_list(hi, c1)
        if frames().get(pred.lemma_.lower(), ("",))[0] == "casualties":
            hi = _with_listing(hi, c1)  # (who the dead were: "19 dead, including ...")
    while hi.i > lo.i and hi.is_space:
        hi = doc[hi.i - 1]  # a headline's clause ends in its blank line
    evidence = token_range(lo, hi)
    if st is not None and (
        accused is not None or (pred.pos_ == "NOUN" and pred.lemma_.lower() in COUNT_NOUNS)
    ):
        # "accused Yerevan of undermining the peace process": the whole accusation;
        # "put the death toll at 45": the count with its number
        evidence = trim_edges(doc_text(doc), *st.content)
    frame, role = (
        (
            (
                "captives"
                if held_people is not None
                # "no armoured vehicle had fallen into the attackers' hands": arms
                # taken (see _arms_taken_or_found)
                else (
                    ("arms" if _names_arms(held_thing) else "pred:capture")
                    if held_thing is not None
                    else "control"
                )
            ),
            "positive",
        )
        if held_by is not None
        else _frame(pred)
    )
    if frame == "attack" and _claims_responsibility(pred) and pred.i - pred.head.i <= 2:
        # "the BLA claimed responsibility": the word alone says nothing; the evidence is
        # who claimed it, and for what
        claimed = pred.head
        lo_t = next(
            (c.left_edge for c in claimed.children if c.dep_ in ("nsubj", "nsubjpass")), claimed
        )
        evidence = token_range(lo_t, pred.right_edge)
    obj = done_to if _under_attack(pred) else (_object(pred) or done_to)
    if held_people is not None or held_thing is not None:
        obj = held_people or held_thing
    if obj is None and passive_subject is not None and frame == "attack":
        # "a monastery had been hit", "no religious building was hit": by nobody
        # named, the subject is still what was struck
        obj = passive_subject
        if obj.lemma_.lower() in HARMED_PEOPLE and pred.lemma_.lower() in HARMING_HITS:
            # "denied that civilians had been hit": people struck are a toll, not a
            # target ("a monastery had been hit" stays a strike)
            frame = "casualties"
    if frame == "deployment" and pred.lemma_.lower() in HOSTING_LEMMAS and obj is not None:
        # "the country hosts no foreign troops": the troops are what is (not) deployed,
        # the host is only where; whose troops they are is the object's to say
        subj = obj
    if frame == "deployment" and (counted := _troop_estimate(pred)) is not None:
        # "its estimate of about 300 soldiers had not changed": the soldiers are what is
        # there, not the side whose estimate it is
        subj = counted
    if frame == "deployment" and _only_civilians_present(pred):
        # "only Lao police and railway staff were in Boten": whose troops are denied is
        # not the police's state; the story says
        subj = None
    if frame == "deployment" and (needed := _needed_troops(pred)) is not None:
        # "the army had no need of foreign soldiers": the troops are what is (not)
        # there; whose they are is theirs to say, as for a host
        subj = needed
    if frame == "control" and gram_subj is not None and gram_subj.lemma_.lower() in TRUCE_WORDS:
        frame, role = "agreement", "positive"  # "the ceasefire was holding"
    if frame in ("control", "attack") and _modality(pred) in ("future", "conditional"):
        # "its fighters would withdraw from the airport road": a pledge, not a change
        frame, role = f"pred:{pred.lemma_.lower()}", "positive"
    if (
        frame == "control"
        and passive_subject is not None
        and pred.lemma_.lower() in REPEL_LEMMAS
        and not _is_place(places, subtree_range(passive_subject), doc)
    ):
        # "the attackers were repulsed", "the rebels were driven out of X": who was
        # driven off lost the ground, whoever drove them
        subj, gram_subj, passive_subject, role = passive_subject, passive_subject, None, "negative"
    if (
        frame in PRESENCE_FRAMES
        and passive_subject is not None
        and passive_subject.lemma_.lower() in TROOP_WORDS | UNIT_WORDS
    ):
        # "Belarusian troops had been moved closer to the border": the troops' state put
        # them there, whoever gave the order
        passive_subject = None
    if (
        frame == "control"
        and obj is not None
        and obj.lemma_.lower() in CIVILIAN_PEOPLE | RESCUED_NOUNS
        and not _names_place_or_ground(obj, places)
        # ("repositioned outside the town to spare civilians", misparsed with "to" a
        # preposition: whom the move spares, not whom it carries)
        and not (obj.dep_ == "pobj" and obj.head.lower_ == "to")
    ):
        # "We are still pulling people out of the rubble": a rescue, no ground
        frame, role = f"pred:{pred.lemma_.lower()}", "positive"
    if (
        frame == "control"
        and pred.pos_ == "VERB"
        and _holds_no_ground(pred, obj or passive_subject, places)
    ):
        # "the building held weapons", "seized 40 rifles", "no soldier had been
        # captured", "held up signs": no ground changes hands
        frame, role = f"pred:{pred.lemma_.lower()}", "positive"
    if (
        frame == "control"
        and pred.lemma_.lower() in PRESENCE_LEMMAS
        and gram_subj is not None
        and gram_subj.pos_ == "NOUN"
        and gram_subj.lemma_.lower() not in FORCE_HEADS | UNIT_WORDS | FORMATION_WORDS
    ):
        # "four sailors remain in hospital", "14 vessels had entered the ports": only
        # armed men entering or staying hold ground
        frame, role = f"pred:{pred.lemma_.lower()}", "positive"
    negated = (
        found_none
        or _is_negated(pred)
        or (_is_negated(clause) and not _not_ended(pred, clause))
        # "said it had lost three fighters and denied firing on homes": a denial verb
        # inside the speaker's words denies what it governs
        or (
            clause.i != pred.i
            and (st is None or clause.i != st.cue_token)
            and cue_stances().get(clause.lemma_.lower()) == "denies"
            # the speaker's own denial, not one it reports ("said Kyiv denied it")
            and all(c.pos_ == "PRON" for c in clause.children if c.dep_ == "nsubj")
        )
        or _negative_subject(gram_subj)
        # "no casualties have been reported": the deed named by a noun is denied
        or (pred.pos_ == "NOUN" and _negative_subject(pred))
        # "no soldier was in the hands of the militants" (the holder is the subject now)
        or (custody is not None and _negative_subject(_child(pred, ("nsubj",))))
        # "it carried out no strikes", "had fired no rockets", "sent no troops"
        or _negative_object(_child(pred, ("dobj",)))
        or (pred.lemma_.lower() in ("have", "keep") and _negative_object(_object(pred)))
        or _no_such_thing(pred)
        or _no_such_thing(clause)  # "there has been no new deployment"
        # "We count bodies, not rumours", "they are hostages, not prisoners of war": the
        # rival reading, set off by "not", is what the speaker denies
        or _contrast_not(pred)
        or _rather_than(pred)
        or (frame == "military_use" and _denied_use(pred))
        or (frame in DEED_FRAMES and _no_share(pred))
        or (frame == "attack" and _only_at(pred))
        or (frame == "deployment" and _only_on_soil(pred))
    )
    polarity = "negative" if negated else "positive"
    answers_text = False
    answers_earlier = False
    answers_owner: ActorRef | None = None
    answers_noun: str | None = None
    # "X is not true", "the information about X does not correspond to reality": the
    # clause denies its subject; if that is a statement about X, the claim is about X.
    if denial:
        polarity = "negative"
        # "there was no truth to the government's claims": the claims are what is denied
        subj = _no_truth_in(pred) or subj
        about = _embedded_about(subj) if subj is not None else None
        if about is not None:
            frame, role = _frame(_framed(about))
            pred = _framed(about)
            obj = _object(pred)
            subj = _child(pred, ("nsubj", "nsubjpass"))
            answers_text = True
        elif subj is not None and _no_such_incident(pred) is not None:
            # "No such incident has taken place": the deed just reported
            answers_earlier = True
            answers_noun = subj.lemma_.lower()
        elif (inflated := _inflated_count(pred)) is not None:
            # "they always multiply our losses": the other side's count just given
            answers_earlier = True
            answers_noun = inflated.lemma_.lower()
        elif subj is not None and subj.lemma_.lower() in CLAIM_NOUNS | TALLY_NOUNS:
            answers_earlier = True  # "the Israeli claim was a lie": the claim before
            answers_owner = _owner_ref(subj, link)
            answers_noun = subj.lemma_.lower()
        elif (
            subj is not None
            and subj.lower_ in REFERRING_WORDS
            and subj.pos_ in ("PRON", "DET")
            and not list(subj.children)
            and st is not None
        ):
            # "said that was not true": what another speaker said just before
            answers_earlier = True
            answers_noun = subj.lower_
    confirms = (
        not denial
        and not negated
        and pred.lemma_.lower() in CONFIRMING_LEMMAS
        and subj is not None
        and subj.lemma_.lower() in CLAIM_NOUNS | ADMISSION_NOUNS
    )
    if confirms and subj is not None:
        # "the admission confirmed its account": the speaker holds what the admission
        # (the claim before it) says
        answers_earlier = True
        answers_owner = _owner_ref(subj, link)
        answers_noun = subj.lemma_.lower()
    reasserts = not denial and not negated and _reasserted(pred) is not None
    if frame.startswith("pred:") and st is None:
        return None
    ev_span = doc.char_span(*evidence, alignment_mode="expand")
    assert ev_span is not None
    # where the deed happened, not who did it: "Pyongyang had crossed a line" (but "a
    # single fighter in Moqokori" names where the fighter is)
    skip = subtree_range(subj) if subj is not None and subj.dep_ != "attr" else None
    if skip is None and subj is not None and (focus := _cleft_focus(subj)) is not None:
        skip = focus  # "it was the Taiwan side that turned": the doer's name, not where
    near = (
        next(
            (c for c in subj.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS),
            None,
        )
        if skip is not None and subj is not None
        else None
    )
    if (
        near is None
        and skip is not None
        and subj is not None
        and frames().get(subj.lemma_.lower(), ("",))[0] == "attack"
    ):
        # "a missile strike on a hospital in Kharkiv killed five": a deed's own words
        # say where it struck, however deep ("in" hangs on "hospital")
        near = next(
            (
                t
                for t in subj.subtree
                if t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS and t.i > subj.i
            ),
            None,
        )
    if skip is not None and near is not None and near.idx > skip[0]:
        # "Russian assaults near Ivanopillia had been repelled": where they were
        skip = (skip[0], near.idx)
    target = subtree_range(obj) if obj is not None else None
    # a place given up is the one left: "withdrew from X to Y"
    left = frame == "control" and role == "negative"
    p = _best_place(places, *evidence, skip=skip, doc=doc, target=target, pred=pred, left=left)
    place = places[p] if p is not None else None
    if frame == "sanctuary" and pred.lemma_.lower() in LETTING_LEMMAS:
        # "accused Chad of allowing rebels to attack Geneina from its soil": Chad, not
        # the town attacked (none when the doer is no country named: "it had never")
        place = _harbourer(pred, places)
    if place is None and frame == "sanctuary":
        place = _soil_of(pred, places)  # "uses Burkinabe soil": Burkina Faso
    if frame == "control" and obj is not None and target is not None:
        named = _named_ground(doc, obj, places, link)
        if named is not None:
            place = named  # "seized Moqokori": a town no gazetteer lists is still a place
    if place is not None and frame in TOPIC_FRAMES and _best_tier_is_modifier(doc, place, pred):
        place = topic or place
    if (
        frame == "deployment"
        and pred.lemma_.lower() in ("be", "show", "depict", "film")
        # ("only police and railway staff were in the town": no troops, no hold on it)
        and not _only_civilians_present(pred)
        and not _hosted_troops(pred)
        and (
            (place is not None and (place.rank == 0 or place.lat is None))
            # ("showed fighters outside the district administration building")
            or (
                pred.lemma_.lower() != "be"
                and any(
                    g.lemma_.lower() in GROUND_NOUNS | {"building", "headquarters"}
                    for t in (pred, *pred.children)
                    for c in t.children
                    if c.dep_ == "prep"
                    for g in c.children
                    if g.dep_ == "pobj"
                )
            )
            # ("our troops are still in the village": the town the story is about)
            or (place is None and _in_the_town(pred))
        )
    ):
        # "his soldiers were inside the town", a video "showed its fighters inside the
        # base in Moqokori": troops present in a town hold it; in a country or a region
        # ("troops were in Russia") they are deployed there
        frame = "control"
    if place is None and pred.dep_ in ("advcl", "conj", "xcomp") and pred.head.pos_ == "VERB":
        # "shelled a market in Donetsk, killing six people": where the clause it
        # follows from happened
        head_lo, head_hi = subtree_range(pred.head)
        if st is not None:
            head_lo, head_hi = max(head_lo, st.content[0]), min(head_hi, st.content[1])
        p = _best_place(places, head_lo, head_hi, skip=skip, doc=doc, pred=pred.head)
        place = places[p] if p is not None else None
    if place is None and frame in TOPIC_FRAMES:
        place = _named_before(doc, places, evidence[0], pred)
    if place is None and frame in TOPIC_FRAMES:
        place = topic  # "the town had been captured": the town the article is about
    d = _own_date(doc, dates, evidence, pred)
    if d is None and st is not None:
        d = _said_date(doc, dates, st)
    claim = RawClaim(
        evidence=evidence,
        statement=k,
        # (gear "fallen into their hands" was captured: the verb its taker would use)
        predicate="capture" if held_thing is not None else pred.lemma_.lower(),
        frame=frame,
        frame_role=role,
        subject=subtree_range(subj) if subj is not None else None,
        subject_actor=(
            _party(link, subj, places) if subj is not None and subj is not passive_subject else None
        ),
        object=_within(subtree_range(obj), st.content if st is not None else None)
        if obj is not None
        else None,
        object_actor=_party(link, obj, places) if obj is not None else None,
        object_head=_partitive_head(obj)
        if obj is not None
        else _victims_named_before(frame, pred, gram_subj),
        place=place,
        time=dates[d].value if d is not None else None,
        time_precision=dates[d].precision if d is not None else None,
        polarity=polarity,
        hedges=_hedges(pred, ev_span, st),
        modality=_modality(pred),
    )
    if st is not None and st.counterpart is not None and subj is not None and _reciprocal(subj):
        # "Russia and Ukraine accused each other of shelling": for Russia's copy, Ukraine
        claim.subject = st.counterpart
        claim.subject_actor = link(*st.counterpart)
    claimed_by = _claim_noun_owner(pred) if subj is not None and _is_pronoun_ref(subj) else None
    if claimed_by is not None and claim.subject_actor is None:
        # "the claim by the JNIM group that it had killed 100 soldiers": it is JNIM
        claim.subject_actor = _party(link, claimed_by, places)
    they_are = _troops_they_are(subj, st, link) if claim.subject_actor is None else None
    if they_are is not None:
        # "China accused Indian troops of provoking a clash, saying that they had
        # crossed into Chinese territory": they are the troops accused, not China
        claim.subject_actor = they_are
    # the patient of a deed done to the speaker's side is no doer ("its troops had
    # returned fire after being attacked")
    if (
        frame == "deployment"
        and claim.polarity == "positive"
        and subj is not None
        and subj.left_edge.lower_ == "only"
        and st is not None
        and st.speaker_actor is not None
        and claim.subject_actor is not None
        and claim.subject_actor.country is not None
        and claim.subject_actor.country == st.speaker_actor.country
    ):
        # '"Only the Mozambican armed forces are conducting operations in the province,"
        # said Mozambique's spokesman': his side's troops alone are there, no foreign
        # ones (whose the story says)
        claim.polarity = "negative"
        claim.subject = None
        claim.subject_actor = None
    patient = subj is not None and subj is passive_subject and frame in DEED_FRAMES
    if (
        claimed_by is None
        and not patient
        and st is not None
        and subj is not None
        and st.speaker_actor is not None
        and (
            subj.left_edge.lower_ in ("our", "we", "us", "ours")
            or (
                # "Kim said that he had ordered the deployment": he is the speaker;
                # "his soldiers held the base": the speaker's side
                (subj.lower_ in ("he", "she", "i") or subj.left_edge.lower_ in ("his", "her", "my"))
                and st.speaker_actor.kind == "person"
                and (claim.subject_actor is None or claim.subject_actor.id == st.speaker_actor.id)
            )
            or (
                subj.left_edge.lower_ in ("its", "their", "it", "they")
                and st.speaker_actor.kind in _BODIES
                and claim.subject_actor is None
                # ("the military said it was intercepted": what was, not who)
                and subj.dep_ != "nsubjpass"
            )
        )
    ):
        # "our units" are the speaker's; so are "its troops" when a body speaks; "his
        # fighters", said by a group's leader, are the group's
        claim.subject_actor = (
            (
                _group_of(st.speaker_actor, doc)
                if subj.left_edge.lower_ in ("his", "her", "my", "our", "ours", "we", "us")
                else None
            )
            or _officials_side(doc, st, subj)
            or st.speaker_actor
        )
    if (
        claim.subject_actor is None
        and subj is not None
        and st is not None
        and st.speaker_actor is not None
        and st.speaker_actor.kind == "person"
        and any(
            t.lemma_.lower() in GROUP_WORDS and any(d.lower_ == "the" for d in t.children)
            for t in subj.subtree
        )
    ):
        # "TTP spokesman Mohammad Khorasani said the group's fighters had overrun the
        # post": the group he speaks for
        claim.subject_actor = _group_of(st.speaker_actor, doc)
    if (
        claim.subject_actor is None
        and subj is not None
        and st is not None
        and st.speaker_actor is not None
        and st.speaker_actor.kind in ("person", "government", "military")
        and st.speaker_actor.country
        and subj.lemma_.lower() in TROOP_WORDS
        and any(
            c.dep_ == "poss"
            and c.lemma_.lower() == "country"
            and any(d.lower_ == "the" for d in c.children)
            for c in subj.children
        )
    ):
        # "Burundi's president confirmed that the country's soldiers are deployed": his
        mil = load_catalogue().military(st.speaker_actor.country)
        if mil is not None:
            claim.subject_actor = _ref(mil, 0.7, "role", f"{subj.text!r}: the speaker's")
    if (
        claim.subject_actor is None
        and st is not None
        and st.speaker_actor is not None
        and pred.lemma_.lower() == "control"
        and pred.dep_ == "pobj"
        and pred.head.lower_ == "under"
        and not any(c.dep_ in ("prep", "amod", "poss", "compound") for c in pred.children)
    ):
        # "the situation was difficult but under control": under the speaker's side's
        claim.subject_actor = _group_of(st.speaker_actor, doc) or st.speaker_actor
        if claim.subject is None:
            claim.subject = st.resolved or st.speaker  # (the mention that names it)
    controller = _under_control_of(pred) if claim.subject_actor is None else None
    if controller is not None and st is not None:
        # "Djibo is once again under the control of the national armed forces", said by
        # the general staff: its side's forces hold it
        claim.subject = subtree_range(controller)
        claim.subject_actor = _party(link, controller, places)
        if (
            claim.subject_actor is None
            and st.speaker_actor is not None
            and st.speaker_actor.country
            and (_forces_without_country(controller) or _forces_by_kind(controller))
        ):
            mil = load_catalogue().military(st.speaker_actor.country)
            if mil is not None:
                why = f"{controller.text!r}: the speaker's country's forces"
                claim.subject_actor = _ref(mil, 0.6, "speaker-country", why)
    if (
        (claim.subject_actor is None or claim.subject_actor.method == "new")
        and not patient
        and subj is not None
        and st is not None
        and st.speaker_actor is not None
        and (st.speaker_actor.country or home)
        and _forces_without_country(subj)
    ):
        # "government troops withdrew", said by Congo's army spokesman: Congo's army;
        # "the air force struck a meeting", said by the junta's spokesman: its air force;
        # "officers pulled out", said by a police spokesman in a story about Haiti
        mil = load_catalogue().military(st.speaker_actor.country or home or "")
        before = _troops_named_before(subj, link)
        if before is not None:
            # "the troops had been deployed at Mogadishu's request", after "Ethiopian
            # troops": the troops the article named
            claim.subject_actor = before
        elif mil is not None:
            why = f"{subj.text!r}: the speaker's country's forces"
            claim.subject_actor = _ref(mil, 0.6, "speaker-country", why)
    if (
        frame == "captives"
        and subj is not None
        and (subj is passive_subject or pred.lemma_.lower() == "be")
        and custody is None  # ("in their custody": their is the captor)
    ):
        claim.subject_actor = None  # "no soldier had been captured": the captive, not the captor
    if (
        (own_share or speaker_did)
        and st is not None
        and st.speaker_actor is not None
        and frame in DEED_FRAMES | {"casualties"}
    ):
        claim.subject_actor = _group_of(st.speaker_actor, doc) or st.speaker_actor
        claim.subject = st.resolved or st.speaker
    if hung is not None:
        # ("denied any role in the ambush": the evidence takes in the deed's phrase)
        edge = hung.right_edge
        claim.evidence = (claim.evidence[0], max(claim.evidence[1], edge.idx + len(edge.text)))
    made_up = _fabricated(clause) if st is not None and not denial else None
    if made_up is not None and clause.lemma_.lower() in PLANTED_PASSIVE_LEMMAS:
        # "the rifles shown by the army had been planted", "the drone parts had been
        # planted": the arms said found on the men or at their camp were never theirs
        claim.frame, claim.frame_role, claim.predicate = "arms", "positive", "plant"
        claim.polarity = "negative"
        claim.subject, claim.subject_actor = None, None
        made_up = None
    if made_up is not None:
        # "Latvia is inventing a shooter", "Riga was inventing stories about shots from
        # Belarus": the speaker denies what the other side said (the claim it answers,
        # found by _answers); who made it up did not do the deed
        if not (pred.i == clause.i or made_up.left_edge.i <= pred.i <= made_up.right_edge.i):
            # ("inventing incidents to justify sending troops": what it is for is no
            # deed denied)
            claim.frame, claim.frame_role = f"pred:{clause.lemma_.lower()}", "positive"
            claim.object = claim.object_head = claim.object_actor = None
            claim.predicate = clause.lemma_.lower()
        claim.polarity = "negative"
        claim.subject, claim.subject_actor = None, None
        answers_earlier, answers_text, reasserts = True, False, False
        answers_owner, answers_noun = None, made_up.lemma_.lower()
        claim.answers_deed = True
    # (an indirect question, "asked whether the government had been warned", is one
    # question whatever its sentence ends with)
    asked = _asked(pred) or (st is not None and st.kind == "indirect")
    claim.stance = _stance(st, claim, rhetorical=_rhetorical_identity(pred, st), asked=asked)
    if reasserts:
        claim.answers = REASSERTED  # "it stood by its assessment": its own, resolved by _answers
    elif answers_text:
        claim.answers = -1  # answers an embedded statement; resolved by _answers
    elif answers_earlier:
        claim.answers = -2  # answers the last claim of someone else; resolved by _answers
        claim.answers_owner, claim.answers_noun = answers_owner, answers_noun
        claim.confirms = confirms
    return claim


_BODIES = frozenset({"government", "military", "group", "organisation", "country"})
#: Verbs of leaving a place: with a named place as object, its holder gives it up.
LEAVING_LEMMAS = frozenset({"leave", "evacuate", "quit", "vacate"})
#: Nouns for agreements, whose "holding" is no one holding ground.
TRUCE_WORDS = frozenset({"ceasefire", "truce", "deal", "agreement", "accord", "armistice"})
#: The state itself, named without a country ("back under the control of the state",
#: "once again under the control of the Republic").
STATE_WORDS = frozenset({"state", "government", "authorities", "republic"})
#: A state's forces named bare ("officers had pulled out", "the troops withdrew"); a
#: group's are "fighters" or "militants", which stay unlinked.
STATE_FORCE_WORDS = frozenset({"officer", "troop", "soldier", "police", "policeman", "serviceman"})
#: Modifiers by which a speaker names its own state's forces ("government troops").
OWN_FORCE_WORDS = frozenset({"government", "state", "federal", "national", "army"})
#: Warship name prefixes and the navy's country ("USS Gettysburg", "HMS Diamond").
SHIP_PREFIXES = {"uss": "USA", "hms": "GBR", "hmas": "AUS", "hmcs": "CAN", "ins": "IND"}

#: Frames whose claims, when they name no place, are about the article's main place.
TOPIC_FRAMES = frozenset(
    {
        "control", "casualties", "attack", "captives", "agreement", "military_use",
        "incursion", "arms",
    }
)  # fmt: skip


def _party(link: object, subj: Token, places: Sequence[PlaceRef]) -> ActorRef | None:
    """The actor a claim's subject names; a town is none; "an Israeli air strike",
    "Russian assault groups" (a doer named by its country) are its armed forces."""
    assert callable(link)
    fired_by = next(
        (
            d
            for acl in subj.children
            if acl.dep_ == "acl" and acl.tag_ == "VBN"
            for by in acl.children
            if by.dep_ == "agent"
            for d in by.children
            if d.dep_ == "pobj"
        ),
        None,
    )
    if fired_by is None and subj.lemma_.lower().rstrip("s") in ARMS_WORDS | {"shell"}:
        # "Shells fired from Syria hit the outskirts of Hermel": Syria's
        fired_by = next(
            (
                d
                for acl in (subj.head, *subj.children)
                if acl.lemma_.lower() in ("fire", "launch") and acl.pos_ == "VERB"
                for fr in acl.children
                if fr.dep_ == "prep" and fr.lower_ == "from"
                for d in fr.children
                if d.dep_ == "pobj" and d.ent_type_ == "GPE"
            ),
            None,
        )
    if fired_by is not None:
        # "artillery shells fired by the RSF hit a market": the RSF did it
        by_ref = _party(link, fired_by, places)
        if by_ref is not None:
            return by_ref
    if subj.ent_type_ in ("DATE", "TIME"):
        return None  # "came under fire on Sunday": a day is no party
    if subj.lemma_.lower() in TROOP_WORDS | UNIT_WORDS | STAFF_WORDS | {"base", "basis"} and any(
        c.dep_ == "amod" and c.lower_ == "foreign" for c in subj.children
    ):
        # "no foreign soldiers on Nicaraguan soil": not the country named beside them,
        # and no one in particular
        return None
    rng = _cleft_focus(subj) or subtree_range(subj)
    ref: ActorRef | None = link(*rng)
    if (
        ref is not None
        and ref.method.endswith("new")
        and ref.kind == "organisation"
        and "@" in ref.id
    ):
        ref = None  # "overran the post", "the ministry's staff": a description, no party
    if (
        ref is not None
        and ref.method.endswith("new")
        and subj.dep_ in ("dobj", "pobj")
        and subj.lemma_.lower() in FACILITY_NOUNS
    ):
        ref = None  # "the missile hit Ben Gurion Airport": a target, no party
    cat = load_catalogue()
    if subj.pos_ == "NOUN" and (ref is None or ref.kind != "group"):
        # "Houthi fire", "a Hamas rocket": the group a modifier names, not a person
        # whose surname it is nor the country it is from
        for t in subj.lefts:
            if t.dep_ in ("compound", "amod") and t.pos_ in ("PROPN", "ADJ"):
                bodies = [a for a in cat.by_alias(t.text) if a.kind in ("group", "military")]
                if bodies:
                    return _ref(bodies[0], 0.8, "modifier", f"{t.text!r} names {bodies[0].name}")
    if ref is None and subj.lemma_.lower() in MEMBER_WORDS | {"member", "leader"}:
        named = _group_named_by(subj)
        if named is not None:
            return named
        for body in pobjs(subj, ("of", "from")):
            # "jailed members of Los Lobos", "fighters from the RSF": the group's
            of_ref = link(*subtree_range(body))
            if of_ref is not None and of_ref.kind == "group":
                return of_ref
    known = ref is not None and not ref.method.endswith("new")
    if known and ref is not None and ref.kind in _BODIES | {"media"}:
        return ref  # "Pyongyang", "the Kremlin": a seat of power acting
    if _is_place(places, rng, subj.doc):
        return None  # "Chasiv Yar had fallen": a town is no actor
    for t in subj.subtree:
        ship_of = SHIP_PREFIXES.get(t.lower_) if t.dep_ == "compound" else None
        if ship_of is not None and (mil := cat.military(ship_of)) is not None:
            # "the cruiser USS Gettysburg": a warship is its navy's
            return _ref(mil, 0.7, "ship", f"{subj.text!r}: a warship")
    if ref is not None:
        return ref
    if subj.lemma_.lower() in CIVILIAN_PEOPLE | IRREGULAR_ARMED:
        # "detained three Georgian citizens": Georgians, not Georgia's army; "Venezuelan
        # gunmen", "an Iraqi militia": armed men of a country, not its armed forces
        return None
    if subj.lemma_.lower() in CIVIL_WORKS:
        return None  # "attacked the Polish railway system": a country's works, no army
    for t in subj.subtree:
        if t.ent_type_ in ("NORP", "GPE") and t.dep_ in ("amod", "compound", "poss"):
            for a in cat.by_alias(t.text):
                if a.kind == "country" and a.country:
                    mil = cat.military(a.country)
                    if mil is not None:
                        return _ref(mil, 0.7, "demonym", f"{subj.text!r}: named by its country")
    return None


#: A country's civil works, named by its demonym ("the Polish railway system").
CIVIL_WORKS = frozenset(
    {"system", "network", "railway", "grid", "pipeline", "infrastructure", "bridge",
     "plant", "refinery", "dam", "port", "airport", "hospital", "school", "embassy",
     "consulate", "ministry", "website", "bank", "company", "utility"}
)  # fmt: skip
#: Nouns for the members of an armed group ("Viv Ansanm fighters", "gangs from ...").
MEMBER_WORDS = TROOP_WORDS | {"gang", "rebel", "militant", "militia", "gunman", "jihadist"}
#: Nouns a group's name comes before ("the Viv Ansanm coalition").
_GROUP_NOUNS = frozenset({"coalition", "alliance", "group", "movement", "militia", "gang", "front"})


def _group_named_by(subj: Token) -> ActorRef | None:
    """A group the catalogue lacks, named with its members: "Viv Ansanm fighters",
    "gangs from the Viv Ansanm coalition" (a new group keyed by its name)."""
    from counterclaim.extract.actors import slug

    names = [t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if not names:
        for prep in subj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
                for g in prep.children:
                    if (
                        g.dep_ == "pobj"
                        and g.lemma_.lower() in _GROUP_NOUNS
                        # "units of the Dnepr group of forces": an army's formation
                        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in g.children)
                    ):
                        names = [t for t in g.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if not names or any(t.ent_type_ in ("GPE", "NORP") for t in names):
        return None
    doc = subj.doc
    name = doc[min(t.left_edge.i for t in names) : names[-1].i + 1].text
    return ActorRef(
        f"group:{slug(name)}", name, "group", None, 0.5, "new", f"{subj.text!r} names {name}"
    )


def _is_place(places: Sequence[PlaceRef], rng: tuple[int, int], doc: Doc | None = None) -> bool:
    """A subject that is a town or region ("Chasiv Yar had fallen", "the town of X") is
    no actor; one that only names a place ("Russian assaults near Ivanopillia",
    "Russian troops in Kursk") is."""
    text = doc_text(doc) if doc is not None else ""
    for p in places:
        if p.rank > 2 or not (rng[0] <= p.start and p.end <= rng[1]):
            continue
        if doc is None or (
            _PLACE_LEAD.fullmatch(text[rng[0] : p.start])
            and not text[p.end : rng[1]].strip(" .,'’s")
        ):
            return True
    return False


#: What may come before a place that is a whole subject ("the town of", "the").
_PLACE_LEAD = re.compile(
    r"(?i)\s*(?:the\s+)?(?:(?:\w+\s+)?(?:town|village|city|port|region|province|district|area|"
    r"settlement|hamlet)\s+of\s+)?"
)


#: Nouns whose absence affirms what follows: "the evidence leaves no doubt that ...",
#: "there is no question that ..." assert, they deny nothing.
DOUBT_NOUNS = frozenset({"doubt", "question", "uncertainty", "ambiguity"})


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


#: Passive verbs of a mood or a mind ("Minsk was unmoved", "Kyiv was not convinced"): said
#: of a capital, they say how its government took something ("Tripoli was shaken by
#: fighting" is the city's, and stays a place).
MOOD_LEMMAS = frozenset(
    {"unmoved", "unimpressed", "unconvinced", "convince", "persuade", "impress"}
    | {"anger", "irritate", "annoy", "dismay", "infuriate", "outrage", "displease"}
    | {"please", "satisfy", "reassure", "surprise", "alarm"}
)


#: Verbs of speaking: a place hung on one is where someone spoke, not what was said.
SPEAKING_LEMMAS = frozenset(
    {"say", "tell", "announce", "report", "claim", "add", "confirm", "deny", "speak", "write"}
)


def _no_such_thing(pred: Token) -> bool:
    """'There were no weapons there'."""
    return (
        pred.lemma_.lower() == "be"
        and any(c.dep_ == "expl" for c in pred.children)
        and any(c.dep_ in ("attr", "nsubj") and _negative_subject(c) for c in pred.children)
    )


#: Words of a bearing from a landmark ("60 nautical miles west of Hodeidah").
_BEARINGS_TEXT = "north south east west northeast northwest southeast southwest off"
BEARINGS = frozenset(_BEARINGS_TEXT.split())


#: Bodies whose seat a place names ("the embassy in Tallinn", "the ministry in Kyiv"):
#: where a speaker sits, not where the story happens (so never the article's topic).
SEAT_NOUNS = frozenset(
    {"embassy", "consulate", "mission", "ministry", "bureau", "office", "headquarters"}
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


#: Nouns of people a statement is made to ("told reporters in Kigali", "shown to
#: journalists in Maroua"): where they sat is where someone spoke.
AUDIENCE_NOUNS = frozenset({"journalist", "reporter", "correspondent", "press", "medium"})
#: Verbs of addressing someone: whoever they are said or shown to is an audience
#: ("speaking to officers in Grodno").
ADDRESSING_LEMMAS = SPEAKING_LEMMAS | {"talk", "show", "brief", "address", "present"}
#: Verbs whose object is who is addressed ("told officers in Grodno"), not what is said.
TOLD_LEMMAS = frozenset({"tell", "brief", "address"})
#: Gatherings one speaks to: left to where they are held (see ``_where_one_spoke``).
GATHERING_NOUNS = frozenset({"conference", "briefing", "meeting", "session", "summit", "rally"})


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


def _named_before(doc: Doc, places: Sequence[PlaceRef], start: int, pred: Token) -> PlaceRef | None:
    """The place named last, as where something happened, earlier in the claim's
    sentence ("said assaults near Ivanopillia had been repelled and that troops
    remained in the village"; "had struck positions in Ponnagyun ... and rejected
    reports that a monastery had been hit"): a better where than the article's topic."""
    sent = pred.sent
    before = [
        p
        for p in places
        if sent.start_char <= p.start
        and p.end <= start
        and not p.owner
        and (p.rank <= 2 or p.lat is None)
        and not _acts(doc, p)
        and _locative(doc, p)
        and not _describes_someone(doc, p, pred)
        and not _where_one_spoke(doc, p)
    ]
    return before[-1] if before else None


def _describes_someone(doc: Doc, p: PlaceRef, pred: Token) -> bool:
    """Whether a place sits in a clause that describes a person or thing ("a former mayor
    who fled to Fada N'Gourma said ..."): where they went is not where the claim is."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    around = set(pred.ancestors) | {pred}
    return any(t.dep_ in ("relcl", "acl", "appos") and t not in around for t in span.root.ancestors)


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


#: Cues that, negated or declined, say the speaker took no position ("could not
#: independently confirm", "did not comment", "declined to comment").
NO_POSITION_LEMMAS = frozenset(
    {
        "confirm",
        "verify",
        "comment",
        "corroborate",
        "say",
        "respond",
        "reply",
        "answer",
        # "Russia has not denied that its troops crossed": no denial, no assent either
        "deny",
        "dispute",
        "reject",
    }
)
#: Verbs that, negated, say the holder does not know ("could not determine where the
#: drone was launched from"): what they govern is no position either way.
UNKNOWING_LEMMAS = NO_POSITION_LEMMAS | {"determine", "establish", "ascertain", "know", "tell"}


#: What a source says of itself, not of the world: "asked not to be named because they
#: were not authorised to speak to the media".
_ANONYMITY = re.compile(
    r"\b(?:not to be (?:named|identified)|not (?:authori[sz]ed|allowed|permitted) to speak"
    r"|on (?:the )?condition of anonymity)\b",
    re.IGNORECASE,
)


#: Cues of an aim rather than a statement: what they govern is no one's claim.
INTENT_CUES = frozenset({"plan", "intend", "want", "hope", "seek", "aim", "try", "attempt"})
#: Cues of a call: "urged X to do Y" asks for Y, it does not claim it.
CALL_CUES = frozenset({"call", "urge", "ask", "appeal", "demand", "press", "implore", "invite"})


#: Verbs that lay a deed on someone ("blamed the attack on the group").
BLAMING_ON_LEMMAS = frozenset({"blame", "attribute", "pin"})
#: Prepositional phrases climbed from the noun a relative clause hangs on to the deed's
#: noun ("an attack on a camp in X province, which": two).
RELATIVE_CLIMB_MAX = 3
#: Relative pronouns that stand for the noun before them.
RELATIVE_WORDS = frozenset({"which", "that"})


def _blamed_deed(doc: Doc, st: RawStatement) -> tuple[Token, Token] | None:
    """ "an attack on a camp, which the army has blamed on the group": a statement whose
    words are only the relative pronoun, on a verb laying the deed on someone; (the
    deed's noun, who it is laid on). None for any other statement."""
    start, end = st.content
    if doc_text(doc)[start:end].strip().lower() not in RELATIVE_WORDS:
        return None
    cue = doc[st.cue_token]
    if cue.lemma_.lower() not in BLAMING_ON_LEMMAS or cue.dep_ != "relcl":
        return None
    bearer = next(iter(pobjs(cue, ("on", "to"))), None)
    # (the parser may hang the relative on the last noun of the deed's phrase: "an
    # attack on a camp in Ituri province, which ...": up the "of/on/in" chain to it)
    deed = cue.head
    for _ in range(RELATIVE_CLIMB_MAX):
        if deed.pos_ == "NOUN" and frames().get(deed.lemma_.lower()) is not None:
            break
        if deed.dep_ != "pobj" or deed.head.dep_ != "prep":
            return None
        deed = deed.head.head
    else:
        return None
    if deed.pos_ != "NOUN" or bearer is None or frames().get(deed.lemma_.lower()) is None:
        return None
    return deed, bearer


#: Tokens looked back from a bare "blamed X" for the deed it lays on X.
BLAMED_DEED_BACK_TOKENS = 200


def _blamed_doer(doc: Doc, st: RawStatement) -> tuple[Token, Token] | None:
    """ "He blamed 'armed herders who have been occupying our farmland'": a statement
    whose words only name whom the speaker blames (no "for"/"on" deed of their own);
    (the deed the article told last before it, the blamed). None for any other."""
    if st.cue is None:
        return None
    cue = doc[st.cue_token]
    if cue.lemma_.lower() != "blame" or cue.pos_ != "VERB":
        return None
    if any(c.dep_ in ("prep", "dative") and c.lower_ in ("for", "on") for c in cue.children):
        return None
    start, end = st.content
    bearer = next(
        (
            c
            for c in cue.children
            if c.dep_ == "dobj"
            and c.pos_ in ("NOUN", "PROPN")
            and start <= c.idx < end
            and _frame(c)[0].startswith("pred:")
        ),
        None,
    )
    if bearer is None:
        return None
    first = doc[cue.sent.start] if cue.sent.start > 0 else cue
    for t in reversed(doc[max(0, first.i - BLAMED_DEED_BACK_TOKENS) : first.i]):
        if t.pos_ == "NOUN" and _frame(t)[0] in DEED_FRAMES:
            return t, bearer
    return None


def not_a_saying(doc: Doc, st: RawStatement) -> bool:
    """A statement the cue detector found on a verb that is no verb of saying or
    thinking ("Russia has repeatedly attacked Ukraine's ports", "Cauca has seen a
    surge"): its words are no one's position."""
    if st.cue is None:
        return False
    cue = doc[st.cue_token]
    lemma = cue.lemma_.lower()
    return (
        cue.pos_ == "VERB"
        and lemma not in cue_stances()
        and lemma not in GIVING_LEMMAS
        and not (lemma in TALLYING_LEMMAS and _counts_dead(doc, st))
        # ("the army stood by its account": it upholds its own claim)
        and _upheld_noun(cue) is None
    )


#: Verbs by which a count is given ("put the toll at 12", "raised the death toll").
GIVING_LEMMAS = frozenset({"put", "raise", "lower", "revise", "give", "set", "place"})
#: Verbs that give a toll when what they take is a count of the dead ("named 19 dead",
#: "counted 41 bodies"), and otherwise say nothing ("named a new commander").
TALLYING_LEMMAS = frozenset({"name", "count", "list", "record", "document", "identify"})


def _counts_dead(doc: Doc, st: RawStatement) -> bool:
    """Whether a statement's content is a count of the dead or wounded ("19 dead,
    including eight children"): a numeral on a word of the casualties frame."""
    span = doc.char_span(*st.content, alignment_mode="expand")
    return any(
        frames().get(t.lemma_.lower(), ("",))[0] == "casualties"
        and any(c.dep_ == "nummod" for c in t.children)
        for t in span or ()
    )


def says_nothing(doc: Doc, st: RawStatement) -> bool:
    """A statement that says nothing: "declined to comment", "did not respond to a
    request for comment", "could not independently confirm"."""
    if st.cue is None:
        return False
    cue = doc[st.cue_token]
    lemma = cue.lemma_.lower()
    if st.negated and lemma in NO_POSITION_LEMMAS:
        return True
    if lemma in ("decline", "refuse"):
        return any(c.lemma_.lower() in ("comment", "say", "confirm") for c in cue.subtree)
    return False


#: Verbs of keeping watch ("following the situation closely"), and what is watched.
WATCHING_LEMMAS = frozenset({"follow", "monitor", "watch", "track"})
WATCHED_NOUNS = frozenset({"situation", "development", "developments", "event", "events"})


def _only_watching(doc: Doc, st: RawStatement) -> bool:
    """Whether a statement only says its speaker is watching events ("it was
    following the situation closely"): it takes no side on what happened."""
    span = doc.char_span(*st.content, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.lemma_.lower() == "be" and any(
        c.dep_ == "acomp"
        and c.lemma_.lower() in AWARE_WORDS
        and any(o.lemma_.lower() in CLAIM_NOUNS for o in pobjs(c, ("of",)))
        for c in root.children
    ):
        return True  # "Washington was aware of the reports": it knows of them, no more
    return root.lemma_.lower() in WATCHING_LEMMAS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in WATCHED_NOUNS for c in root.children
    )


#: Words of a deed left unanswered, in vows ("it will not go unpunished").
UNAVENGED_WORDS = frozenset({"unanswered", "unpunished", "unavenged"})
#: Adjectives of knowing of something ("was aware of the reports").
AWARE_WORDS = frozenset({"aware"})
#: Subordinators by which the outlet dates its news by an earlier statement ("three
#: months after Beijing denied any troop presence").
DATING_MARKS = frozenset({"after", "since"})


def _recalled_as_date(cue: Token) -> bool:
    """Whether a saying is recalled in the outlet's own sentence only to date the news
    ("The confirmation came three months after Beijing denied any presence"): the
    statement was reported when it was made, not a position of this story."""
    return (
        cue.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in DATING_MARKS for c in cue.children)
        and cue.head.dep_ == "ROOT"
        and cue.head.lemma_.lower() not in cue_stances()
    )


def _no_position(doc: Doc, st: RawStatement) -> bool:
    if _ANONYMITY.search(doc_text(doc)[st.content[0] : st.content[1]]):
        return True
    cue = doc[st.cue_token] if st.cue is not None else None
    if cue is None:
        return False
    if says_nothing(doc, st):
        return True
    if _only_watching(doc, st):
        return True  # "said it was following the situation closely": no account given
    if _recalled_as_date(cue):
        return True  # "came three months after Beijing denied it": background
    lemma = cue.lemma_.lower()
    if lemma in INTENT_CUES:
        return True  # "rockets that Hezbollah planned to fire": an aim, not a claim
    if lemma not in CALL_CUES:
        return False
    if _calls_for_a_thing(doc, st, cue):
        return True  # "demanded his immediate release", "called for an end to strikes"
    if _subjunctive_call(cue):
        return True  # "demanded that the minister appear before parliament": a call
    # "called on the IAEA to respond", "urged Washington to press Israel": a call (not
    # 'called the report "a fabrication" designed to smear China': an aim of the report)
    if lemma in NAMING_AS_FALSE_LEMMAS and (
        named_as(cue) or any(c.dep_ == "oprd" for c in cue.children)
    ):
        return False  # 'called the figure "a fairy tale to cover its humiliation"': named
    span = doc.char_span(*st.content, alignment_mode="expand")
    return span is not None and any(
        t.lower_ == "to" and t.dep_ == "aux" and not _under_description(t.head, cue) for t in span
    )


def _subjunctive_call(cue: Token) -> bool:
    """Whether a verb of calling governs a clause in the subjunctive ("demanded that the
    army withdraw"): a bare verb with its own subject and no auxiliary asks for the deed,
    it does not tell it ("demanded that the ministry had lied" still tells)."""
    # (the tagger calls "the minister appear" a present tense VBP as often as a bare VB;
    # after a verb of calling neither tells a deed)
    return any(
        c.dep_ == "ccomp"
        and c.tag_ in ("VB", "VBP")
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and not any(g.dep_ in ("aux", "auxpass") for g in c.children)
        for c in cue.children
    )


def _in_the_name(t: Token, cue: Token) -> bool:
    """Whether ``t`` lies inside the words by which "called X Y" names X (Y: its object
    complement, or X's apposition), below their head."""
    if cue.lemma_.lower() not in NAMING_AS_FALSE_LEMMAS:
        return False
    names = [c for c in cue.children if c.dep_ == "oprd"] + named_as(cue)
    if names:
        # ('"a fairy tale to cover its humiliation"', the infinitive hung on the verb)
        names += [
            c
            for c in cue.children
            if c.dep_ == "advcl" and c.i > names[0].i and any(a.lower_ == "to" for a in c.lefts)
        ]
    # (not the name itself: "called the strike a flagrant violation of the truce";
    # unless parsed as a clause, "propaganda" the subject of "meant")
    return any(
        n.left_edge.i <= t.i <= n.right_edge.i
        and (t.i != n.i or any(c.dep_ == "nsubj" for c in n.children))
        for n in names
    )


def _calls_for_a_thing(doc: Doc, st: RawStatement, cue: Token) -> bool:
    """Whether a call's content is only the thing asked for, a noun with no verb ("it
    demanded his immediate release", "called for an end to strikes"); "call" asks
    only with "for" (not "called the report a fabrication")."""
    span = doc.char_span(*st.content, alignment_mode="expand")
    if span is None or not len(span) or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    if cue.lemma_.lower() == "call" and not any(
        c.dep_ == "prep" and c.lower_ == "for" for c in cue.children
    ):
        return False
    return span.root.pos_ == "NOUN"


def _under_description(verb: Token, cue: Token) -> bool:
    """Whether ``verb`` hangs, below ``cue``, from a clause that describes a noun."""
    t = verb
    while t.i != cue.i and t.head.i != t.i:
        if t.dep_ in ("acl", "relcl"):
            return True
        t = t.head
    return False


def _asked(pred: Token) -> bool:
    """Whether the sentence of ``pred`` is a question (ends with "?")."""
    return pred.sent.text.rstrip(" \"'”’»").endswith("?")


def _stance(
    st: RawStatement | None, c: RawClaim, rhetorical: bool = False, asked: bool = True
) -> str:
    """The holder's position on the claim's positive proposition; a rhetorical
    question ("Were they terrorists?") answers itself in the negative, and a sentence
    before the question in the same words is no question ('"My sisters were sixteen.
    Were they terrorists?"')."""
    if st is not None and st.stance == "questions" and asked and not rhetorical:
        return "questions"
    flips = (c.polarity == "negative") + (c.frame_role == "negative") + rhetorical
    if st is not None and (st.stance == "denies") != st.negated:
        flips += 1
    return "denies" if flips % 2 else "asserts"


def _rhetorical_identity(pred: Token, st: RawStatement | None) -> bool:
    """'"My sisters were sixteen. Were they terrorists?" she said': a quoted yes/no
    question asking what people were, the copula first and a pronoun for them, is
    asked to deny it (a reporter's question is no statement at all)."""
    if st is None or st.stance != "questions" or st.kind != "direct" or st.negated:
        return False
    sent = pred.sent
    words = [t for t in sent if not (t.is_punct or t.is_quote)]
    return (
        pred.lemma_.lower() == "be"
        and bool(words)
        and words[0].i == pred.i
        and sent.text.rstrip(" \"'”’").endswith("?")
        and not any(c.dep_ == "neg" for c in pred.children)
        and any(
            c.dep_ == "nsubj"
            and (
                c.pos_ == "PRON"
                # ("Is a picnic blanket a terrorist shelter?": a thing of a kind)
                or (c.pos_ == "NOUN" and any(d.lower_ in ("a", "an") for d in c.children))
            )
            for c in pred.children
        )
        and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in pred.children)
    )


#: Verbs of holding knowledge whose object's that-clause is the claim.
HAVING_LEMMAS = frozenset({"have", "receive", "obtain", "possess"})


def _known_content(pred: Token) -> Token | None:
    """ "Australia had clear information that troops were on the ground": the verb of
    the that-clause, which the holder asserts; not when the having is negated ("had
    no information that ..." says nothing either way)."""
    if pred.lemma_.lower() not in HAVING_LEMMAS or _is_negated(pred):
        return None
    known = _child(pred, ("dobj",))
    if known is None or known.lemma_.lower() not in KNOWLEDGE_NOUNS | EVIDENCE_NOUNS:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in known.children):
        return None
    # ('had "clear information" that troops were there': the quote marks turn the
    # that-clause into a relative clause, with a subject of its own after "that")
    misparsed = next(
        (
            c
            for c in known.children
            if c.dep_ == "relcl"
            and c.pos_ in ("VERB", "AUX")
            and any(
                g.dep_ in ("nsubj", "nsubjpass")
                and g.lower_ not in RELATIVE_WORDS
                and (
                    g.left_edge.lower_ == "that"
                    or (g.left_edge.i > 0 and g.doc[g.left_edge.i - 1].lower_ == "that")
                )
                for g in c.children
            )
        ),
        None,
    )
    return _content_verb(known) or misparsed


#: Objects of "the account of ..." that name no content ("version of events").
EMPTY_TOPICS = frozenset({"event", "events", "incident", "happening"})


#: Nouns of bodies that name, after "of", what is told rather than who told it
#: ("reports of Russian forces in the town").
ARMED_BODY_WORDS = frozenset(
    {"army", "forces", "force", "navy", "corps", "division", "brigade", "regiment"}
    | {"battalion", "fleet", "troops", "soldiers", "fighters"}
)


@cache
def _owner_nouns() -> frozenset[str]:
    """Nouns that, after "of", name whose a claim is ("the account of the mayor", "the
    claims of the ministry"): offices (data/titles.txt) and bodies (org words), not
    armed bodies, whose presence is itself a content ("reports of Russian forces")."""
    roles = {ln.split("\t")[0] for ln in data_lines("titles.txt")}
    return frozenset((roles | org_words()) - ARMED_BODY_WORDS)


def _names_owner(g: Token | None) -> bool:
    """Whether ``g``, the object of "of" after a claim noun, names its owner: a named
    person or body, or an office or body noun ("the mayor", "the rights group X"),
    with no words of its own that tell something ("the mayor's death")."""
    if g is None or any(c.pos_ in ("VERB", "AUX") for c in g.children):
        return False
    if g.ent_type_ in ("PERSON", "ORG"):
        return True
    return g.pos_ == "NOUN" and g.lemma_.lower() in _owner_nouns()


def _states_its_content(noun: Token) -> bool:
    """Whether a claim noun says what the claim is: "the claim that X", "the account
    of X", "reports about X"."""
    if any(
        (
            c.dep_ in ("acl", "ccomp", "relcl")
            and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
        )
        or (
            c.dep_ == "prep"
            and c.lower_ in ("of", "about", "that")
            # ("Dushanbe's version of events" says nothing of what happened)
            and not all(g.lemma_.lower() in EMPTY_TOPICS for g in c.children)
            # ("the accounts of the mayor": whose they are, not what they say)
            and not (c.lower_ == "of" and _names_owner(_child(c, ("pobj",))))
        )
        for c in noun.children
    ):
        return True
    # the parser may hang "that ..." on the verb: "rejected the account | that ..."
    return any(
        c.dep_ == "ccomp" and c.left_edge.i == noun.right_edge.i + 1 for c in noun.head.children
    )


def _content_verb(noun: Token) -> Token | None:
    """The verb of the clause a claim noun states ("reports that troops had crossed"),
    hung on the noun or, by the parser, on the noun's verb."""

    def that_clause(c: Token) -> bool:
        return c.pos_ in ("VERB", "AUX") and any(
            g.lower_ == "that" and g.dep_ == "mark" for g in c.children
        )

    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and that_clause(c):
            return c
    return next(
        (
            c
            for c in noun.head.children
            if c.dep_ == "ccomp" and that_clause(c) and c.left_edge.i == noun.right_edge.i + 1
        ),
        None,
    )


def _unresolved_other(
    doc: Doc, statements: Sequence[RawStatement], k: int | None, own: int | None
) -> bool:
    """Whether statement ``k`` has a speaker named in the text but resolved to no actor
    ("Activists said", "a relative said"), other than the speaker of statement ``own``."""
    if k is None or own is None or k >= len(statements) or own >= len(statements):
        return False
    st, mine = statements[k], statements[own]
    if st.speaker_actor is not None or st.speaker is None:
        return False
    text = doc_text(doc)
    theirs = text[st.speaker[0] : st.speaker[1]].lower()
    ours = text[mine.speaker[0] : mine.speaker[1]].lower() if mine.speaker else None
    return theirs != ours


def _speaker_ref(statements: Sequence[RawStatement], k: int | None) -> ActorRef | None:
    return statements[k].speaker_actor if k is not None and k < len(statements) else None


def _rival_owner(
    statements: Sequence[RawStatement], k: int | None, owner: ActorRef | None
) -> str | None:
    """The side of a claim noun's owner when it is not the side of statement ``k``'s
    speaker ("the Russian report", said by a Ukrainian officer)."""
    side, own = _holder_side(owner), _holder_side(_speaker_ref(statements, k))
    return side if side is not None and own is not None and side != own else None


def _names_claim_of(
    doc: Doc, statements: Sequence[RawStatement], k: int | None, side: str, link: object
) -> bool:
    """Whether statement ``k`` rejects a claim of ``side`` that it states ("denied
    Russian claims that the village had fallen")."""
    if k is None or k >= len(statements) or statements[k].stance != "denies":
        return False
    span = doc.char_span(*statements[k].content, alignment_mode="expand")
    return any(
        t.lemma_.lower() in CLAIM_NOUNS
        and _states_its_content(t)
        and _holder_side(_owner_ref(t, link)) == side
        for t in span or []
    )


def _named_deed(doc: Doc, st: RawStatement) -> tuple[Token, Token] | None:
    """The claim noun of a denial's content and the deed it names by a bare noun ("the
    claim of an ambush", "reports of shelling"): no clause, so what was claimed is
    told by an earlier claim that names the deed."""
    for t in doc.char_span(*st.content, alignment_mode="expand") or []:
        if t.lemma_.lower() not in CLAIM_NOUNS:
            continue
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "about"):
                continue
            for g in prep.children:
                if (
                    g.dep_ == "pobj"
                    and g.pos_ == "NOUN"
                    and g.lemma_.lower() in frames()
                    and not any(c.pos_ in ("VERB", "AUX") for c in g.children)
                ):
                    return t, g
    return None


def _figure_named(noun: Token) -> bool:
    """Whether a count noun states only its number ("the figure of nine", "a toll of
    40"): a toll answered, not a claim with content of its own."""
    return noun.lemma_.lower() in TOLL_COUNT_NOUNS and any(
        prep.dep_ == "prep" and prep.lower_ in ("of", "at") and g.dep_ == "pobj" and g.pos_ == "NUM"
        for prep in noun.children
        for g in prep.children
    )


#: Tally nouns that are no claim nouns but, rejected, name a toll given before
#: ("dismissed the union's count").
NAMED_COUNT_NOUNS = TALLY_NOUNS - CLAIM_NOUNS


def _count_named(noun: Token) -> bool:
    """Whether a tally noun names a count without stating it ("the union's count", "a
    higher count from community leaders"): the toll answered."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in NAMED_COUNT_NOUNS
        and not _states_its_content(noun)
    )


def _deed_named_by(noun: Token) -> Token | None:
    """The deed a claim noun names by a bare noun after it in a known frame ("the
    account of a shooting", "reports of shelling"), or None."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "about"):
            continue
        for g in prep.children:
            word = g.lemma_.lower()
            if (
                g.dep_ == "pobj"
                and g.pos_ == "NOUN"
                # ("shooting": the tagger leaves the noun unlemmatised, the verb is known)
                and (word in frames() or (word.endswith("ing") and word[:-3] in frames()))
                and not any(c.pos_ in ("VERB", "AUX") for c in g.children)
            ):
                return g
    return None


#: Nouns in -ing before a claim noun that name no deed ("the morning statement", "the
#: briefing remarks").
NOT_DEED_ING_WORDS = frozenset(
    {"morning", "evening", "briefing", "meeting", "hearing", "ruling", "opening", "building"}
)


def _deed_modifier(noun: Token) -> str | None:
    """The deed a claim noun names by a noun before it ("the looting charge", "the
    shelling reports", "the attack claim"), lowercased; None when it names none."""
    for c in noun.children:
        if c.i > noun.i:
            continue
        if c.dep_ == "amod" and c.tag_ == "VBG":
            return c.lower_  # ("the burning charge": the tagger may call it a verb)
        if c.dep_ != "compound" or c.pos_ != "NOUN":
            continue
        word = c.lemma_.lower()
        if (word.endswith("ing") and word not in NOT_DEED_ING_WORDS) or word in frames():
            return word
    return None


def _found_nothing_account(
    claims: list[RawClaim],
    statements: Sequence[RawStatement],
    pool: list[int],
    found: list[int],
) -> list[int]:
    """ "Investigators found no missile fragments ... Russia dismissed the findings":
    when all that was found is that nothing was (``found`` all denials), the findings
    are also the account that finding backs, the finder's first claim (else the first
    in a known frame of ``pool``), which rejecting them denies. Empty when ``found``
    holds a finding of something."""
    if not found or any(claims[i].stance != "denies" for i in found):
        return []
    finder = _speaker_id(statements, claims[found[-1]].statement)
    own = [
        i
        for i in pool
        if i not in found
        and finder is not None
        and _speaker_id(statements, claims[i].statement) == finder
    ]
    framed = [i for i in pool if i not in found and not claims[i].frame.startswith("pred:")]
    return own[:1] or framed[:1]


def _tells_deed(doc: Doc, claim: RawClaim, deed: str) -> bool:
    """Whether a claim's words tell of ``deed`` ("had looted the bank" for "looting",
    "shelled the town" for "shelling")."""
    for t in doc.char_span(*claim.evidence, alignment_mode="expand") or []:
        lemma = t.lemma_.lower()
        if deed in (lemma, f"{lemma}ing", f"{lemma[:-1]}ing", f"{lemma}{lemma[-1:]}ing"):
            return True
    return False


def _deny_deed(claim: RawClaim, deed: str) -> None:
    """A denial of a charge named by its deed and made in another article ("rejected
    the looting charge"): it denies that deed, to be grouped with the charge there."""
    verb = deed[:-3] if deed.endswith("ing") and deed not in frames() else deed
    for lemma in (verb, f"{verb}e"):
        if lemma in frames():
            claim.frame, claim.frame_role = frames()[lemma]
            break
    else:
        claim.frame = f"pred:{verb}"
    claim.predicate, claim.stance, claim.answers = verb, "denies", None


def _countered(
    doc: Doc,
    claims: list[RawClaim],
    statements: Sequence[RawStatement],
    pool: list[int],
    k: int,
) -> list[int]:
    """Claims of ``pool`` in a frame that the denier of statement ``k`` goes on to state
    in the same sentence ("rejected the report and repeated that the site was a depot":
    the report's claim about the site)."""
    st = statements[k]
    span = doc.char_span(*st.content, alignment_mode="expand")
    if span is None:
        return []
    end = span.sent.end_char
    own = {
        c.frame
        for c in claims
        if c.statement is not None
        and c.statement != k
        and _same_speaker(statements[c.statement], st)
        and st.content[1] <= c.evidence[0] < end
        and not c.frame.startswith("pred:")
    }
    return [i for i in pool if claims[i].frame in own]


def _described_owner(
    doc: Doc,
    claims: list[RawClaim],
    statements: Sequence[RawStatement],
    pool: list[int],
    noun: Token,
) -> list[int]:
    """Claims of ``pool`` said by the speaker a claim noun's possessor describes ("the
    group's account", said of "the human rights group Karapatan"): a common noun that
    names no actor, matched to the words of an earlier speaker's mention."""
    poss = next((t for t in noun.children if t.dep_ == "poss" and t.pos_ == "NOUN"), None)
    if poss is None:
        return []
    text = doc_text(doc)
    word = poss.lemma_.lower()

    def described(i: int) -> bool:
        k = claims[i].statement
        rng = statements[k].speaker if k is not None else None
        if rng is None:
            return False
        start, end = rng
        words = re.findall(r"[a-z]+", text[start:end].lower())
        return word in words or f"{word}s" in words

    return [i for i in pool if described(i)]


def _gives_number(doc: Doc, c: RawClaim) -> bool:
    """Whether a claim's words give a number (in digits or words: "killed more than 50",
    "three soldiers were killed")."""
    span = doc.char_span(*c.evidence, alignment_mode="expand")
    return span is not None and any(t.like_num for t in span)


def _others_before(
    claims: Sequence[RawClaim], statements: Sequence[RawStatement], k: int, st: RawStatement
) -> list[int]:
    """Claims of other speakers' statements that end before statement ``k``'s content:
    what a denial may answer (one does not reject one's own words: "Russian troops are
    not in Kidal, Zakharova said, rejecting reports": the reports are someone else's)."""
    return [
        i
        for i, c in enumerate(claims)
        if c.statement is not None
        and c.statement != k
        and c.evidence[1] <= st.content[0]
        and not _same_speaker(statements[c.statement], st)
    ]


#: Words that count the claims a denial names ("rejected both accusations").
CLAIM_COUNT_WORDS = {"both": 2, "two": 2, "three": 3}


def _counted_claims(claims: Sequence[RawClaim], pool: Sequence[int], noun: Token) -> list[int]:
    """ "rejected both accusations": the main claims of the last statements of ``pool``
    (claim indexes in text order), as many as the plural claim noun counts; [] when it
    counts none or fewer statements are there."""
    n = next(
        (
            CLAIM_COUNT_WORDS[c.lower_]
            for c in noun.children
            if c.dep_ in ("det", "predet", "nummod") and c.lower_ in CLAIM_COUNT_WORDS
        ),
        0,
    )
    said = list(dict.fromkeys(claims[i].statement for i in pool))
    if n < 2 or noun.tag_ != "NNS" or len(said) < n:
        return []
    return [
        _main_of_last_statement(claims, [i for i in pool if claims[i].statement == k])
        for k in said[-n:]
    ]


def _main_of_last_statement(claims: Sequence[RawClaim], pool: Sequence[int]) -> int:
    """Of ``pool`` (claim indexes in text order), the first claim of the statement of
    its last one: that statement's main clause ("shelled a monastery, killing seven
    monks" -> the shelling)."""
    last = claims[pool[-1]].statement
    return next(i for i in pool if claims[i].statement == last)


def _speaker_id(statements: Sequence[RawStatement], k: int | None) -> str | None:
    if k is None or k >= len(statements):
        return None
    a = statements[k].speaker_actor
    return a.id if a is not None else None


def _answers(
    doc: Doc,
    statements: Sequence[RawStatement],
    claims: list[RawClaim],
    link: object,
) -> None:
    """Link a denial to the claim it answers in the same article.

    "Kyiv denies" whose content holds Russia's statement; "the claim was rejected"
    right after a claim; "The statement ... about Y is not true" and a claim about Y.
    """
    by_statement: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        if c.statement is not None:
            by_statement.setdefault(c.statement, []).append(i)
    for k, st in enumerate(statements):
        if st.stance != "denies":
            continue
        shared = next(
            (j for j, s in enumerate(statements) if j != k and s.content == st.content), None
        )
        mine, theirs = (
            by_statement.get(k, []),
            by_statement.get(shared, []) if shared is not None else [],
        )
        if theirs and len(theirs) == len(mine):
            # "X said its forces had taken Y, a claim Kyiv rejected": one content, two
            # holders; its claims are X's ("its forces" are X's, not Kyiv's)
            cue = doc[st.cue_token]
            noun = cue.head if cue.dep_ in ("relcl", "acl") else None
            if noun is None:
                # (the parser may make "a charge Asmara dismissed" a clause of its own:
                # the claim noun its subject, the speaker hung on the noun)
                noun = next(
                    (
                        t
                        for t in cue.children
                        if t.dep_ == "nsubj"
                        and t.lemma_.lower() in CLAIM_NOUNS
                        and st.speaker is not None
                        and t.left_edge.idx <= st.speaker[0] < cue.idx
                    ),
                    None,
                )
            for i, t_i in zip(mine, theirs, strict=True):
                t, c = claims[t_i], claims[i]
                c.subject_actor, c.object_actor = t.subject_actor, t.object_actor
                c.answers = t_i
                c.stance = _rejecting(t, None, statements)
                if noun is not None and noun.idx > c.evidence[0]:
                    # the words that reject it: "a claim Kyiv rejected"
                    c.evidence = (noun.left_edge.idx, cue.idx + len(cue.text))
            continue
        # nested: another statement's cue inside this one's content
        inner = [
            j
            for j, s in enumerate(statements)
            if j != k and s.cue is not None and st.content[0] <= s.cue[0] < st.content[1]
        ]
        # or the content names a claim: "rejected the claim", "dismissed the reports"
        # ("rejected Moscow's claim that a Ukrainian missile hit it" states what it
        # rejects: its own claim carries that, no earlier claim is meant)
        noun = next(
            (
                t
                for t in doc.char_span(*st.content, alignment_mode="expand") or []
                if (t.lemma_.lower() in CLAIM_NOUNS and not _states_its_content(t))
                or _bare_share(t)
                or _figure_named(t)  # ("rejected the figure of nine": a toll given before)
                or _count_named(t)  # ("dismissed the union's count")
                # "Ukraine denied it": the whole content refers back
                or doc_text(doc)[st.content[0] : st.content[1]].lower() in REFERRING_WORDS
            ),
            None,
        )
        targets: list[int] = []
        backed: list[int] = []  # the account a finding of nothing backs
        owner_ref: ActorRef | None = None
        for j in inner:
            targets.extend(by_statement.get(j, []))
        if not targets and noun is not None:
            before = _others_before(claims, statements, k, st)
            if before:
                # "rejected Thailand's account": the account of Thailand's side
                owner_ref = _owner_ref(noun, link)
                pool = _owned_first(claims, statements, before, k, noun.lemma_.lower(), owner_ref)
                bare = all(claims[i].answers == UNANSWERED for i in by_statement.get(k, []))
                # (an owner that is one of the speakers is found by _owned_first; "the
                # group" keyed as an article-local body is no speaker)
                described = (
                    []
                    if owner_ref is not None
                    and any(
                        owner_ref.id == _speaker_id(statements, claims[i].statement) for i in pool
                    )
                    else _described_owner(doc, claims, statements, pool, noun)
                )
                if described:
                    # "rejected the group's account", after "the rights group X said":
                    # the account is the main claim of what that speaker said last
                    pool = [_main_of_last_statement(claims, described)]
                    bare = False
                elif countered := _countered(doc, claims, statements, pool, k):
                    # "rejected the U.N. statement and repeated that the site was a
                    # depot": the claim rejected is the one its own next words contradict
                    pool, bare = countered, False
                if (deed_word := _deed_modifier(noun)) is not None:
                    # "rejected the looting charge": only a claim that tells of looting
                    # (none in this article: the charge was made elsewhere, not the
                    # arms claim just before it)
                    pool = [i for i in pool if _tells_deed(doc, claims[i], deed_word)]
                    if not pool:
                        for i in by_statement.get(k, []):
                            _deny_deed(claims[i], deed_word)
                        continue
                if noun.lemma_.lower() in DEED_CLAIM_NOUNS:
                    # "dismissed the findings": what was found ("investigators had found
                    # six cartridge cases"), not a witness's words said after it
                    found = [i for i in pool if _tells_deed(doc, claims[i], noun.lemma_.lower())]
                    # ("found no traces of gunpowder": also the finder's account it backs)
                    backed = _found_nothing_account(claims, statements, pool, found)
                    pool = found or pool
                if noun.lemma_.lower() in TOLL_COUNT_NOUNS:
                    # "rejected the new figure": a claim that gives a figure (in digits,
                    # or a toll: "three soldiers were killed"), never "the last two
                    # convoys reached the town" said just before it
                    pool = [
                        i
                        for i in pool
                        if claims[i].frame == "casualties"
                        or _DIGIT.search(doc_text(doc)[slice(*claims[i].evidence)])
                    ]
                    if not pool:
                        continue
                if noun.lemma_.lower() in REPORT_NOUNS and not any(
                    c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children
                ):
                    # "dismissed the report", after the rights group said the images
                    # showed no military structures and named 19 dead: a report says
                    # something happened, so it is a claim that asserts it in a known
                    # frame (or one that rejects reports in turn: "denied reports that")
                    pool = [
                        i
                        for i in pool
                        if (
                            claims[i].stance == "asserts"
                            and not claims[i].frame.startswith("pred:")
                        )
                        or (
                            (said := claims[i].statement) is not None
                            and _rejects_reports(doc, statements[said])
                        )
                    ] or pool
                framed = [i for i in pool if not claims[i].frame.startswith("pred:")]
                # a bare "dismissed the report" answers the story's first claim in a known
                # frame (the lede's); a denial with words of its own, the last one
                # ("disputed that", "denied it": what was said just before)
                referring = doc_text(doc)[st.content[0] : st.content[1]].lower() in REFERRING_WORDS
                # "dismissed that account", "rejected these claims": the one just given
                referring = referring or any(
                    c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children
                )
                accused = (
                    # (of anyone's: a rebel spokesman and the army share a country)
                    [i for i in before if _accuses(doc, claims[i], st)]
                    if noun.lemma_.lower() in ACCUSATION_NOUNS or _bare_share(noun)
                    else []
                )
                if accused:
                    # "The KIA denied the accusation": the last claim that the KIA did it
                    # (of its statement's claims, the main clause's: "shelled a
                    # monastery, killing seven monks" answers the shelling)
                    targets = [_main_of_last_statement(claims, accused)]
                elif not _bare_share(noun):
                    # (a share denied answers only a claim that the speaker did it)
                    targets = [framed[0] if bare and framed and not referring else pool[-1]]
                counted = _counted_claims(
                    claims, [i for i in pool if claims[i].stance == "asserts"], noun
                )
                if counted:
                    targets = counted  # "rejected both accusations": the last two made
                if backed and targets and backed[0] not in targets:
                    targets.append(backed[0])
        if not targets and noun is None and (named := _named_deed(doc, st)) is not None:
            # "dismissed the jihadists' claim of an ambush": the earlier claim (of
            # another speaker, the noun's owner first) that told of that deed
            claim_noun, deed = named
            told = [
                i
                for i in _others_before(claims, statements, k, st)
                if any(
                    t.lemma_.lower() == deed.lemma_.lower()
                    for t in doc.char_span(*claims[i].evidence, alignment_mode="expand") or []
                )
            ]
            if told:
                owner_ref = _owner_ref(claim_noun, link)
                told = _owned_first(
                    claims, statements, told, k, claim_noun.lemma_.lower(), owner_ref
                )
                targets = [told[-1]]
                for i in by_statement.get(k, []):
                    # its words name the claim, not who did what to whom: the deed's
                    # doer and victims are the claim's ("the jihadists' claim" is no doer)
                    t = claims[told[-1]]
                    claims[i].subject, claims[i].object = t.subject, t.object
                    claims[i].object_head = t.object_head
        if not targets and noun is None:
            # "rejected Lithuania's account of a shooting", when no claim before tells of
            # it: a denial of that deed, to be grouped with the account where it was given
            account_of = next(
                (
                    g
                    for t in doc.char_span(*st.content, alignment_mode="expand") or []
                    if t.lemma_.lower() in CLAIM_NOUNS and (g := _deed_named_by(t)) is not None
                ),
                None,
            )
            for i in by_statement.get(k, []):
                if account_of is not None and claims[i].answers == UNANSWERED:
                    _deny_deed(claims[i], account_of.lemma_.lower())
        rest = (
            targets[1:] + _rest_of_account(claims, targets[0], noun)
            if targets and noun is not None and not inner
            else []
        )
        for i in by_statement.get(k, []):
            if targets:
                t = claims[targets[0]]
                c = claims[i]
                c.also_answers = [
                    (claims[j], _rejecting(claims[j], owner_ref, statements)) for j in rest
                ]
                # the denial takes the proposition of the claim it answers
                c.frame, c.frame_role, c.place = t.frame, t.frame_role, c.place or t.place
                c.subject_actor = c.subject_actor if c.answers == -1 else t.subject_actor
                c.answers = targets[0]
                c.stance = (
                    "denies"
                    if t.statement is not None and _rejects_reports(doc, statements[t.statement])
                    else _rejecting(t, owner_ref, statements)
                )
                c.time = c.time or t.time
    for n, c in enumerate(claims):
        if c.answers == -2:
            # "the Israeli claim was a lie": the last claim before it by another speaker
            own = _speaker_id(statements, c.statement)
            earlier = [
                i
                for i, o in enumerate(claims[:n])
                if o.statement is not None
                and o.statement != c.statement
                and o.evidence[1] <= c.evidence[0]
                and (
                    _speaker_id(statements, o.statement) not in (None, own)
                    # "Activists said the RSF killed hundreds ... The RSF said these
                    # claims are fabricated": a source named but not resolved to an
                    # actor is still another voice (else an older claim is answered)
                    or _unresolved_other(doc, statements, o.statement, c.statement)
                )
            ]
            if earlier:
                earlier = _owned_first(
                    claims, statements, earlier, c.statement, c.answers_noun, c.answers_owner
                )
                rival = _rival_owner(statements, c.statement, c.answers_owner)
                agrees = rejected_too = False
                if rival is not None and not any(
                    _holder_side(_speaker_ref(statements, claims[i].statement)) == rival
                    for i in earlier
                ):
                    # "the Russian report was a lie", said by the other side when no
                    # Russian claim came before: the report is the one its side rejected
                    # ("denied Russian claims that the village had fallen"), else its
                    # side's own account, which calling the rival's report a lie upholds
                    quoting = [
                        i
                        for i in earlier
                        if _names_claim_of(doc, statements, claims[i].statement, rival, link)
                    ]
                    earlier = quoting[-1:] or earlier
                    agrees = not quoting
                # a claim in a known frame, not a call or a remark ('"We call on the
                # soldiers to surrender," the RSF said. The army said the claim was false');
                # "that was not true" refers to the words just before, whatever they are
                if c.answers_noun not in REFERRING_WORDS:
                    deeds = [i for i in earlier if not claims[i].frame.startswith("pred:")]
                    if not deeds and c.answers_deed:
                        c.answers = None  # ("inventing a shooter" after no shooting told)
                        continue
                    earlier = deeds or earlier
                if c.answers_noun in ADMISSION_NOUNS:
                    # "the admission": what was admitted ("acknowledged that a unit had
                    # crossed"), the first claim of it
                    admitted = [
                        i
                        for i in earlier
                        if (said_in := claims[i].statement) is not None
                        and doc[statements[said_in].cue_token].lemma_.lower() in ADMITTING_CUES
                    ]
                    earlier = admitted[:1] or earlier
                if c.answers_noun in INCIDENT_NOUNS:
                    # "No such incident has taken place": the incident is the main
                    # deed of what was said last ("crossed the line, killing three"
                    # -> the crossing), its statement's first claim
                    earlier = [_main_of_last_statement(claims, earlier)]
                if c.answers_noun in CHARGE_NOUNS or (c.confirms and c.answers_noun in CLAIM_NOUNS):
                    # "these reports look like an invention": reports and accusations
                    # say something happened, so they are the claims that assert it
                    # (not a denial said in between: "it hosts no foreign troops")
                    charged = [i for i in earlier if claims[i].stance == "asserts"]
                    if not charged and not c.confirms:
                        # "Cambodia denied that Chinese troops were at Ream ... Guo said
                        # the report was groundless": no one here gives the report, so it
                        # is what the first denial before it rejected; the speaker too
                        earlier, rejected_too = earlier[:1], True
                    earlier = charged or earlier
                elif rival is not None and c.answers_noun not in COUNT_NOUNS:
                    # "the Russian account was a lie", said by the other side: the
                    # rival's account is its charge (what it says happened), not its
                    # denial of its own deed said after; the charge is the main deed
                    # of its last asserting statement ("fired on a boat, wounding a
                    # fisherman" -> the firing)
                    charged = [i for i in earlier if claims[i].stance == "asserts"]
                    if charged:
                        earlier = [_main_of_last_statement(claims, charged)]
                if c.answers_noun in COUNT_NOUNS:
                    # "X denied losing fighters on that scale. 'Their numbers are
                    # invented'": the numbers are those of a claim that gives one, not
                    # a denial said between them
                    earlier = [i for i in earlier if _gives_number(doc, claims[i])] or earlier
                t = claims[earlier[-1]]
                c.frame, c.frame_role, c.place = t.frame, t.frame_role, c.place or t.place
                c.subject_actor = t.subject_actor
                c.answers = earlier[-1]
                own_side = _holder_side(_speaker_ref(statements, c.statement))
                if (
                    c.confirms
                    or rejected_too
                    or (agrees and _holder_side(_speaker_ref(statements, t.statement)) == own_side)
                ):
                    c.polarity, c.stance = t.polarity, t.stance
                else:
                    c.stance = _rejecting(t, c.answers_owner, statements, own_side)
            elif c.confirms and c.answers_noun in CLAIM_NOUNS:
                c.answers = UNANSWERED  # ("confirmed the account" with no account before)
            else:
                c.answers = None
    for n, c in enumerate(claims):
        if c.answers == REASSERTED:
            _resolve_reassertion(statements, claims, n)
    for c in claims:
        if c.answers == -1:
            # "the statement about Y is not true": answer a claim about Y, if any
            same = [
                i
                for i, o in enumerate(claims)
                if o is not c
                and o.answers is None
                and o.frame == c.frame
                and (o.place is None or c.place is None or o.place.key == c.place.key)
                and o.stance == "asserts"
            ]
            c.answers = same[0] if same else None


def _within(rng: tuple[int, int], bounds: tuple[int, int] | None) -> tuple[int, int]:
    """``rng`` cut to the statement's content (an object's subtree may run into the
    writer's remark after it: "three fighters, a figure that could not be verified")."""
    if bounds is None or not (bounds[0] <= rng[0] < bounds[1]):
        return rng
    return rng[0], min(rng[1], bounds[1])


def _is_pronoun_ref(subj: Token) -> bool:
    """ "it", "they", or a phrase opening with "its"/"their" ("its fighters")."""
    return subj.lower_ in ("it", "they") or subj.left_edge.lower_ in ("its", "their")


def _claim_noun_owner(pred: Token) -> Token | None:
    """Whose claim a clause is when it states a claim noun's content ("the claim by
    the JNIM group that it had killed ..." -> "group")."""
    up = pred
    for _ in range(3):
        if up.head.i == up.i:
            return None
        up = up.head
        if up.lemma_.lower() in CLAIM_NOUNS:
            return _claim_owner(up)
    return None


#: Claim nouns that charge someone with a deed: what they answer is a claim that the
#: one rejecting them did it.
ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "charge", "blame"})
#: Nouns for claims that something happened: what a denial of them answers asserted it.
CHARGE_NOUNS = frozenset({"report", "accusation", "allegation", "charge"})
#: Nouns for a body's written account ("dismissed the report"): what it asserts, not
#: what it says did not happen (accusations name the charge by their own rules).
REPORT_NOUNS = frozenset({"report"})


def _accuses(doc: Doc, c: RawClaim, st: RawStatement) -> bool:
    """Whether claim ``c`` says the speaker of ``st`` (or their side, or the body
    their mention speaks for: "Lam Paul Gabriel, a spokesman for the SPLA-IO") did it."""
    doer = c.subject_actor
    if doer is None or c.stance != "asserts":
        return False
    speaker = st.speaker_actor
    if speaker is not None and (
        doer.id == speaker.id
        or (doer.kind != "person" and _holder_side(doer) == _holder_side(speaker))
    ):
        return True
    if st.speaker is None:
        return False
    known = load_catalogue().actors.get(doer.id)
    names = {doer.name, *(known.aliases if known is not None else ())}
    mention = doc_text(doc)[st.speaker[0] : st.speaker[1]].lower()
    return any(len(n) >= 3 and re.search(rf"\b{re.escape(n.lower())}\b", mention) for n in names)


def _same_speaker(a: RawStatement, b: RawStatement) -> bool:
    """Whether two statements have one speaker (one actor, or one named mention)."""
    if a.speaker_actor is not None and b.speaker_actor is not None:
        return a.speaker_actor.id == b.speaker_actor.id
    return a.speaker_token is not None and a.speaker_token == b.speaker_token


def _rejects_reports(doc: Doc, st: RawStatement) -> bool:
    """Whether a statement denies reports that it names ("denied reports that their
    aircraft had struck the centre"): then "the reports", dismissed after it, are those
    reports, and dismissing them denies what they say as well (not the denial's words,
    which another denial would contradict)."""
    if st.stance != "denies":
        return False
    span = doc.char_span(*st.content, alignment_mode="expand")
    first = next((t for t in span or [] if t.pos_ in ("NOUN", "PROPN", "VERB", "AUX")), None)
    return first is not None and first.lemma_.lower() in CLAIM_NOUNS and _states_its_content(first)


def _rejecting(
    target: RawClaim,
    owner: ActorRef | None,
    statements: Sequence[RawStatement],
    own_side: str | None = None,
) -> str:
    """The stance of a denial of ``target``: rejecting someone's denial ("Moscow
    dismissed that account", of Kyiv's denial) asserts what it denied; rejecting a
    claim that ``target`` itself denied ("the figures circulated by the terrorists",
    after the army dismissed them) still denies it."""
    if target.stance != "denies" or target.answers is not None:
        return "denies"  # (a target that answers a claim itself: both reject that claim)
    if own_side is not None and target.statement is not None:
        # "The ministry dismissed reports that its troops were sent there ... 'These
        # stories are invented,' its spokeswoman said": a speaker of the same side as
        # the denial rejects the reports it denied, not the denial
        ally = statements[target.statement].speaker_actor
        if ally is not None and _holder_side(ally) == own_side:
            return "denies"
    if target.frame_role == "negative" and target.polarity == "positive":
        # "Pakistani troops violated the ceasefire" (the truce not kept), and "Pakistan
        # rejected the allegation": it holds that the truce was kept
        return "asserts"
    if owner is not None and owner.id != _speaker_id(statements, target.statement):
        return "denies"
    # a denial of one's own deed ("denied that its troops took part", or of a deed
    # naming no doer) is an account to reject; a denial of another's deed reports a
    # claim both reject
    holder = statements[target.statement].speaker_actor if target.statement is not None else None
    others = (
        holder is not None
        and target.subject_actor is not None
        and _holder_side(target.subject_actor) != _holder_side(holder)
    )
    return "denies" if others else "asserts"


#: Verbs by which a claim noun bears another out ("the admission confirmed its account").
CONFIRMING_LEMMAS = frozenset({"confirm", "corroborate", "vindicate", "validate"})
#: Nouns for an admission, which names what was admitted before.
ADMISSION_NOUNS = frozenset(
    {"admission", "acknowledgement", "acknowledgment", "confirmation", "concession"}
)
#: Cues of admitting ("acknowledged that a unit had crossed").
ADMITTING_CUES = frozenset({"acknowledge", "admit", "concede", "confirm"})
#: ``RawClaim.answers`` of a bare denial ("rejected the report") until its target is
#: found; one left so is dropped.
UNANSWERED = -4
#: ``answers`` of a claim that upholds its holder's own earlier claim ("stood by its
#: assessment"), until _answers finds that claim.
REASSERTED = -5
#: Verbs (with "by") of upholding one's own words ("stood by its account").
UPHOLDING_LEMMAS = frozenset({"stand", "stick"})
#: Nouns a holder upholds that name, but do not state, an earlier claim.
UPHELD_NOUNS = CLAIM_NOUNS | frozenset({"assessment", "estimate", "count", "conclusion"})


#: Verbs of finding what shows something ("found no sign that ...").
FINDING_LEMMAS = frozenset({"find", "see", "uncover", "discover"})
#: Nouns of what shows something, found or not ("no evidence that ...").
SHOWING_NOUNS = frozenset({"evidence", "sign", "trace", "indication", "proof"})


def _found_content(pred: Token) -> tuple[Token, bool] | None:
    """ "its patrols had found no sign that the villagers had crossed the line": the
    verb of the that-clause, and whether nothing showing it was found (a denial)."""
    lemma = pred.lemma_.lower()
    if lemma == "be" and _child(pred, ("expl",)) is not None:
        # "there was no evidence that people had been killed at the ranch": as if
        # nothing showing it had been found
        seen = _child(pred, ("attr", "nsubj"))
    elif lemma in FINDING_LEMMAS:
        seen = _child(pred, ("dobj",))
    else:
        return None
    if seen is None or seen.lemma_.lower() not in SHOWING_NOUNS:
        return None
    content = _content_verb(seen)
    if content is None:
        return None
    none = _is_negated(pred) or any(c.dep_ == "det" and c.lower_ == "no" for c in seen.children)
    return content, none


def _upheld_noun(pred: Token) -> Token | None:
    """The noun of "stood by its assessment", "stuck to its account"."""
    if pred.lemma_.lower() not in UPHOLDING_LEMMAS:
        return None
    noun = next(iter(pobjs(pred, ("by", "to"))), None)
    return noun if noun is not None and noun.lemma_.lower() in UPHELD_NOUNS else None


def _upheld_content(pred: Token) -> Token | None:
    """ "stood by its count of three soldiers killed": the noun that states what is
    upheld, when its frame is known (the count, not the standing)."""
    noun = _upheld_noun(pred)
    if noun is None or not _states_its_content(noun):
        return None
    # (the participle may hang on the verb: "its count of three soldiers | killed")
    after = [c for c in pred.children if c.dep_ == "advcl" and c.i == noun.right_edge.i + 1]
    return next(
        (
            t
            for t in (*noun.subtree, *after)
            if t.pos_ in ("VERB", "NOUN") and not _frame(t)[0].startswith("pred:")
        ),
        None,
    )


def _reasserted(pred: Token) -> Token | None:
    """ "it stood by its assessment", "stuck to its account": the noun naming the
    holder's own earlier claim, when it does not state it ("stood by its count of
    three killed" is a claim in its own right)."""
    noun = _upheld_noun(pred)
    if noun is None or _states_its_content(noun):
        return None
    if not any(c.dep_ == "poss" and c.lemma_.lower() in OWN_POSSESSIVES for c in noun.children):
        return None
    return noun


def _upheld_by_cue(doc: Doc, st: RawStatement, noun: Token) -> bool:
    """ "X stood by its account": the statement's own cue upholds ``noun``, the
    speaker's earlier claim named but not stated (no verb of saying around it)."""
    cue = doc[st.cue_token]
    upheld = _reasserted(cue)
    return (
        upheld is not None and upheld.i == noun.i and noun.idx >= (st.cue[1] if st.cue else cue.idx)
    )


def _upheld_by_cue_content(doc: Doc, st: RawStatement, noun: Token) -> Token | None:
    """ "X stood by its claim of 27 dead soldiers": what the upheld ``noun`` states,
    when the statement's own cue upholds it (no verb of saying around it)."""
    cue = doc[st.cue_token]
    upheld = _upheld_noun(cue)
    if upheld is None or upheld.i != noun.i:
        return None
    # (or an adjective of the frame: "its claim of 27 dead soldiers")
    return _upheld_content(cue) or next(
        (t for t in noun.subtree if t.pos_ == "ADJ" and not _frame(t)[0].startswith("pred:")),
        None,
    )


#: Possessives by which a holder names its own words ("its assessment").
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})


def _resolve_reassertion(
    statements: Sequence[RawStatement], claims: list[RawClaim], n: int
) -> None:
    """Give claim ``n`` ("stood by its assessment") the frame and stance of the last
    earlier claim by the same speaker (else by its side), in a known frame; without
    one it answers nothing and stays a claim of its own words."""
    c = claims[n]
    own = _speaker_id(statements, c.statement)
    side = _holder_side(_speaker_ref(statements, c.statement))
    candidates = [
        i
        for i, o in enumerate(claims[:n])
        if o.statement is not None
        and o.statement != c.statement
        and not o.frame.startswith("pred:")
        and o.stance in ("asserts", "denies")
    ]
    # the speaker's own claim; else its side's ("Australia's Department of Defence said
    # it stood by its assessment", after the prime minister gave it)
    earlier = [
        i
        for i in candidates
        if own is not None and _speaker_id(statements, claims[i].statement) == own
    ] or [
        i
        for i in candidates
        if side is not None and _holder_side(_speaker_ref(statements, claims[i].statement)) == side
    ]
    if not earlier:
        # "Solomon Islands rejected Australia's assertion that Chinese soldiers were
        # stationed at a wharf ... Australia said it stood by its assessment": its own
        # claim is not in this article, but another side's denial of it is; upholding
        # it asserts what that denial (the first one, the story's) denies
        denied = [
            i
            for i in candidates
            if claims[i].stance == "denies"
            and claims[i].answers is None
            and (s := _holder_side(_speaker_ref(statements, claims[i].statement))) is not None
            and s != side
        ]
        if side is None or not denied:
            c.answers = None
            # (its own claim may be in an earlier article: the ledger finds it there)
            c.answers_across = _speaker_ref(statements, c.statement)
            return
        t = claims[denied[0]]
        c.frame, c.frame_role, c.place = t.frame, t.frame_role, c.place or t.place
        c.subject_actor, c.object_actor = t.subject_actor, t.object_actor
        c.polarity, c.stance = t.polarity, "asserts"
        c.answers = denied[0]
        return
    t = claims[earlier[-1]]
    c.frame, c.frame_role, c.place = t.frame, t.frame_role, c.place or t.place
    c.subject_actor, c.object_actor = t.subject_actor, t.object_actor
    c.polarity, c.stance = t.polarity, t.stance
    c.answers = earlier[-1]


#: Words by which a denial refers to what was said before ("Ukraine denied it").
REFERRING_WORDS = frozenset({"it", "this", "that"})
#: Determiners by which a claim noun points at the claim just given ("that account").
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


#: Claim nouns that name a whole account, all a statement says ("rejected Dushanbe's
#: version", "dismissed the prosecutors' findings"), not one charge or figure.
ACCOUNT_NOUNS = frozenset({"account", "version", "finding", "story"})


def _rest_of_account(claims: Sequence[RawClaim], target: int, noun: Token) -> list[int]:
    """The other claims a bare denial of an account answers besides ``target``: the
    claims of the statement ``target`` was said in whose frames are known and other than
    its ("the prosecutors said the bullet was a 7.62 mm round and that it was fired from
    the Russian bank": both); none for a noun naming one claim ("the accusation") or one
    stating its own content."""
    if noun.lemma_.lower() not in ACCOUNT_NOUNS or _states_its_content(noun):
        return []
    t = claims[target]
    if t.statement is None:
        return []
    seen = {t.frame}
    rest = []
    for j, o in enumerate(claims):
        # (not the toll it gives: "opened fire on a post, wounding four guards" is
        # rejected for who fired, the wounded are not denied)
        if (
            j != target
            and o.statement == t.statement
            and o.frame not in seen
            and not o.frame.startswith("pred:")
            and o.frame != "casualties"
            and o.answers is None
        ):
            seen.add(o.frame)
            rest.append(j)
    return rest


def _answer_the_rest(claims: list[RawClaim]) -> list[RawClaim]:
    """The claims with, before each denial of a whole account, a copy of it for each
    further claim of that account it answers (``also_answers``), ``answers`` renumbered."""
    if not any(c.also_answers for c in claims):
        return claims
    out: list[RawClaim] = []
    answered: dict[int, RawClaim] = {}
    for c in claims:
        for t, stance in c.also_answers:
            copy = replace(
                c,
                frame=t.frame,
                frame_role=t.frame_role,
                place=c.place or t.place,
                subject_actor=t.subject_actor,
                stance=stance,
                time=c.time or t.time,
                also_answers=[],
            )
            answered[id(copy)] = t
            out.append(copy)
        # (the copies first: the claim itself stays the last of its words)
        out.append(c)
        c.also_answers = []
    where = {id(c): i for i, c in enumerate(out)}
    for c in out:
        if id(c) in answered:
            c.answers = where.get(id(answered[id(c)]))
        elif c.answers is not None and c.answers >= 0:
            c.answers = where.get(id(claims[c.answers]))
    return out


def _answer_across(statements: Sequence[RawStatement], claims: list[RawClaim]) -> None:
    """Keep a denial that names whose claim it answers, when no claim of that owner's is
    in this article ("rejected Belize's protest", "Pakistan's claim is false"): it
    answers that owner's claim in an earlier article (``answers_across``, resolved by
    the ledger), not nothing."""
    for c in claims:
        owner = c.answers_owner
        if (
            owner is None
            or c.answers not in (None, UNANSWERED)
            or c.statement is None
            or owner.id == _speaker_id(statements, c.statement)
            # (one side does not reject its own side's claim)
            or _holder_side(owner) in (None, _holder_side(_speaker_ref(statements, c.statement)))
        ):
            continue
        c.answers, c.answers_across = None, owner


def _drop_unanswered(claims: list[RawClaim]) -> list[RawClaim]:
    """The claims without bare denials that answer nothing, ``answers`` renumbered."""
    keep = [i for i, c in enumerate(claims) if c.answers != UNANSWERED]
    new_index = {old: new for new, old in enumerate(keep)}
    out = [claims[i] for i in keep]
    for c in out:
        if c.answers is not None and c.answers >= 0:
            c.answers = new_index.get(c.answers)
    return out


def _owner_ref(noun: Token, link: object) -> ActorRef | None:
    """The actor whose claim a claim noun names (see :func:`_claim_owner`), linked."""
    assert callable(link)
    owner = _claim_owner(noun)
    return link(*subtree_range(owner)) if owner is not None else None


def _claim_owner(noun: Token) -> Token | None:
    """Whose claim a claim noun names: "the ministry's figures", "the figures circulated
    by the terrorists", "the claims of the army", "a Russian claim"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "amod" and (
            c.ent_type_ in ("NORP", "GPE") or normalise(c.text) in country_words()
        ):
            return c
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "NORP", "GPE"):
            return c  # "the UN finding"
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "by"):
            return _child(c, ("pobj",))
        if c.dep_ == "acl":
            for by in c.children:
                if by.dep_ == "agent":
                    return _child(by, ("pobj",))
    return None


def _holder_side(ref: ActorRef | None) -> str | None:
    if ref is None:
        return None
    return ref.id if ref.kind == "group" else (ref.country or ref.id)


def _owned_first(
    claims: list[RawClaim],
    statements: Sequence[RawStatement],
    earlier: list[int],
    statement: int | None,
    noun: str | None,
    owner: ActorRef | None,
) -> list[int]:
    """Earlier claims a denial may answer, best last: those of the claim noun's owner
    (by actor, else by side), and tolls for "the figures"; unchanged if none fits."""
    pool = earlier

    def holder(i: int) -> ActorRef | None:
        k = claims[i].statement
        return statements[k].speaker_actor if k is not None else None

    if statement is not None and (own := _holder_side(statements[statement].speaker_actor)):
        # one side does not call its own side's claim a lie
        pool = [i for i in pool if _holder_side(holder(i)) != own] or pool
    if noun in COUNT_NOUNS:
        tolls = [i for i in pool if claims[i].frame == "casualties"]
        pool = tolls or pool
    if owner is not None:
        holders = {i: holder(i) for i in pool}
        same = [i for i in pool if (h := holders[i]) is not None and h.id == owner.id]
        if not same and _holder_side(owner):
            same = [i for i in pool if _holder_side(holders[i]) == _holder_side(owner)]
        if not same:
            # "the UN finding", said of "the UN Mission in South Sudan" (a new body
            # whose name opens with the owner's): the owner's own body
            known = load_catalogue().actors.get(owner.id)
            names = {owner.name, *(known.aliases if known is not None else ())}
            same = [
                i
                for i in pool
                if (h := holders[i]) is not None
                and h.method == "new"
                and any(
                    len(n) >= 2 and re.match(rf"{re.escape(n.lower())}\b", h.name.lower())
                    for n in names
                )
            ]
        pool = same or pool
    return pool


def _article_voice(
    doc: Doc,
    statements: Sequence[RawStatement],
    places: Sequence[PlaceRef],
    dates: Sequence[DateRef],
    link: object,
    n_statements: int,
) -> list[RawClaim]:
    """Claims of sentences no statement covers, in a known frame."""
    covered = [
        (
            min(s.content[0], s.cue[0] if s.cue else s.content[0]),
            max(s.content[1], s.cue[1] if s.cue else s.content[1]),
        )
        for s in statements
    ]
    out = []
    for sent in doc.sents:
        if any(a < sent.end_char and sent.start_char < b for a, b in covered):
            continue
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            continue
        for pred in [root, *[c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]]:
            claim = _claim(doc, pred, None, None, places, dates, link)
            if claim is not None:
                out.append(claim)
    return out
