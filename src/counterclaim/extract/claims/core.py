"""The stage's flow: :func:`extract_claims` over a document, each content clause to a
:class:`RawClaim` (:func:`_claim`: predicate, frame, subject, object, place, time,
polarity, hedges), and claims in the article's own voice.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from counterclaim.actors import load_catalogue
from counterclaim.extract.attribution import (
    COUNT_NOUNS,
    WITHHOLDING_LEMMAS,
    RawStatement,
    trim_edges,
)
from counterclaim.extract.claims.answers import (
    _answer_across,
    _answer_the_rest,
    _answers,
    _claim_noun_owner,
    _claim_owner,
    _content_verb,
    _count_named,
    _deed_named_by,
    _drop_unanswered,
    _figure_named,
    _found_content,
    _is_pronoun_ref,
    _known_content,
    _owner_ref,
    _reasserted,
    _states_its_content,
    _upheld_by_cue,
    _upheld_by_cue_content,
    _upheld_content,
    _within,
)
from counterclaim.extract.claims.forces import (
    _armed_camp,
    _fired_from,
    _harbourer,
    _hosted_troops,
    _military_site,
    _names_arms,
    _needed_troops,
    _only_civilians_present,
    _stores_arms,
    _troop_estimate,
    _troops_seen,
)
from counterclaim.extract.claims.frames import (
    _accused_of,
    _attackers_named,
    _bare_share,
    _blame_bearer,
    _blamed_deed,
    _blamed_doer,
    _claims_responsibility,
    _denied_use,
    _fire_answered,
    _frame,
    _framed,
    _hung_share_prep,
    _involved_in,
    _no_share,
    _others_kept_uninformed,
    _reciprocal,
    _under_attack,
    _use_class,
    _when_deed,
)
from counterclaim.extract.claims.model import (
    DateRef,
    PlaceRef,
    RawClaim,
    _ClaimMemo,
)
from counterclaim.extract.claims.parties import (
    _group_of,
    _is_place,
    _joint_holders,
    _officials_side,
    _party,
    _troops_named_before,
    _troops_they_are,
)
from counterclaim.extract.claims.stance import (
    _asked,
    _contrast_not,
    _contrasted_deeds,
    _denial_marker,
    _fabricated,
    _hedges,
    _in_the_name,
    _inflated_count,
    _killed_alongside_claim,
    _modality,
    _no_position,
    _no_such_incident,
    _no_truth_in,
    _not_ended,
    _rather_than,
    _rhetorical_identity,
    _rival_claim,
    _rival_place_claim,
    _stance,
    not_a_saying,
)
from counterclaim.extract.claims.syntax import (
    _best_tier_is_modifier,
    _child,
    _clause_before_comma,
    _cleft_focus,
    _coordinated_advcl,
    _embedded_about,
    _is_negated,
    _names_people,
    _negative_object,
    _negative_subject,
    _ones_who,
    _ref,
    _said_and_that,
)
from counterclaim.extract.claims.territory import (
    _forces_by_kind,
    _forces_without_country,
    _holds_ground,
    _holds_no_ground,
    _in_hands_of,
    _named_ground,
    _names_place_or_ground,
    _only_at,
    _only_on_soil,
    _under_control_of,
)
from counterclaim.extract.claims.victims import (
    _among_the_dead,
    _custody,
    _own_people_there,
    _partitive_head,
    _the_dead_named,
    _toll_after,
    _victims_apart,
    _victims_named_before,
)
from counterclaim.extract.claims.where import (
    _acts,
    _best_place,
    _in_the_town,
    _locative,
    _own_date,
    _said_date,
    _soil_of,
    _where_one_spoke,
    topic_place,
)
from counterclaim.extract.claims.words import (
    _BODIES,
    _CLAIM_MEMO,
    ADMISSION_NOUNS,
    CAPTIVE_STATES,
    CIVILIAN_PEOPLE,
    CLAIM_NOUNS,
    COMPLAINT_NOUNS,
    CONFIRMING_LEMMAS,
    DEED_FRAMES,
    FORCE_HEADS,
    FORMATION_WORDS,
    GROUND_NOUNS,
    GROUP_WORDS,
    HARMED_PEOPLE,
    HARMING_HITS,
    HOSTING_LEMMAS,
    LETTING_LEMMAS,
    LIST_NEGATIONS,
    LISTING_PREPS,
    LOCATIVE_PREPS,
    NAMED_CLAIM_MAX_WORDS,
    PLANTED_PASSIVE_LEMMAS,
    PRESENCE_LEMMAS,
    REASSERTED,
    REFERRING_WORDS,
    REPEL_LEMMAS,
    RESCUED_NOUNS,
    SHARE_NOUNS,
    SPONSOR_LEMMAS,
    STORE_NOUNS,
    SUBJECT_CLIMB,
    TALLY_NOUNS,
    TOLL_COUNT_NOUNS,
    TOPIC_FRAMES,
    TROOP_WORDS,
    TRUCE_WORDS,
    UNANSWERED,
    UNAVENGED_WORDS,
    UNDER_CONTROL_NOUNS,
    UNIT_WORDS,
    UNKNOWING_LEMMAS,
    WITNESS_LEMMAS,
    frames,
)
from counterclaim.extract.context import doc_text, pobjs, subtree_range, token_range
from counterclaim.extract.figures import RawFigure
from counterclaim.extract.lexicon import (
    PRESENCE_FRAMES,
    cue_stances,
)
from counterclaim.records import ActorRef


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


def _no_such_thing(pred: Token) -> bool:
    """'There were no weapons there'."""
    return (
        pred.lemma_.lower() == "be"
        and any(c.dep_ == "expl" for c in pred.children)
        and any(c.dep_ in ("attr", "nsubj") and _negative_subject(c) for c in pred.children)
    )


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
