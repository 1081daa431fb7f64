"""Who a phrase is: the actor a noun phrase names (``_party``), a group's or an
official's side, troops named earlier, joint holders ("X and Y said").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from counterclaim.actors import load_catalogue
from counterclaim.extract.attribution import (
    RawStatement,
    joint_members,
)
from counterclaim.extract.claims.model import (
    PlaceRef,
    RawClaim,
)
from counterclaim.extract.claims.syntax import (
    _cleft_focus,
    _ref,
)
from counterclaim.extract.claims.words import (
    _BODIES,
    _GROUP_NOUNS,
    _PLACE_LEAD,
    ARMS_WORDS,
    CIVIL_WORKS,
    CIVILIAN_PEOPLE,
    FACILITY_NOUNS,
    IRREGULAR_ARMED,
    MEMBER_WORDS,
    OFFICIAL_WORDS,
    SHIP_PREFIXES,
    STAFF_WORDS,
    TROOP_WORDS,
    TROOPS_BACK_TOKENS,
    UNIT_WORDS,
)
from counterclaim.extract.context import doc_text, pobjs, subtree_range
from counterclaim.records import ActorRef


def _group_of(person: ActorRef, doc: Doc | None = None) -> ActorRef | None:
    """The armed group a catalogue person leads or speaks for (their roles' group), or
    the one the article's mention of them names ("Fano commander Zemene Kassie")."""
    g = load_catalogue().group_of(person.id)
    if g is not None:
        return _ref(g, 0.8, "role", f"{person.name}'s")
    named = (doc.user_data.get("cc_affiliations") or {}).get(person.id) if doc is not None else None
    return named if isinstance(named, ActorRef) else None


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
