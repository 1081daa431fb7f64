"""The holder's position on a claim: negation and contrast ("not X but Y"), denials by
description ("fabricated", "no truth in", "a ploy"), hedges and modality, and the
statements that take no position (questions, calls, watching, sayings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from counterclaim.extract.attribution import (
    NAMING_AS_FALSE_LEMMAS,
    RawStatement,
    named_as,
)
from counterclaim.extract.claims.frames import (
    _frame,
)
from counterclaim.extract.claims.model import (
    PlaceRef,
    RawClaim,
)
from counterclaim.extract.claims.syntax import (
    _child,
    _is_negated,
    _negative_subject,
)
from counterclaim.extract.claims.victims import (
    _kind_word,
)
from counterclaim.extract.claims.words import (
    _ANONYMITY,
    _INTENT,
    _MODALS,
    _NOT_A_CONTRAST,
    ALONGSIDE_PREPS,
    ARMS_WORDS,
    AWARE_WORDS,
    CALL_CUES,
    CLAIM_NOUNS,
    DATING_MARKS,
    DYING_LEMMAS,
    ENDING_LEMMAS,
    FABRICATED_PASSIVE_LEMMAS,
    FABRICATING_LEMMAS,
    FABRICATING_UP_LEMMAS,
    GIVING_LEMMAS,
    INCIDENT_NOUNS,
    INFLATING_LEMMAS,
    INTENT_CUES,
    INVENTED_DOERS,
    LOSS_NOUNS,
    NO_POSITION_LEMMAS,
    PLACE_CONTRAST_PREPS,
    PLANTED_ARMS,
    PLANTED_PASSIVE_LEMMAS,
    PLOY_NOUNS,
    RAISING_HEDGES,
    RELYING_LEMMAS,
    SEEMING_LEMMAS,
    SHOWN_PROOF_NOUNS,
    TALLYING_LEMMAS,
    TRUTH_NOUNS,
    UPHELD_NOUNS,
    UPHOLDING_LEMMAS,
    WATCHED_NOUNS,
    WATCHING_LEMMAS,
    frames,
    hedge_words,
)
from counterclaim.extract.context import doc_text, pobjs
from counterclaim.extract.lexicon import (
    cue_stances,
    denial_markers,
)


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


def _upheld_noun(pred: Token) -> Token | None:
    """The noun of "stood by its assessment", "stuck to its account"."""
    if pred.lemma_.lower() not in UPHOLDING_LEMMAS:
        return None
    noun = next(iter(pobjs(pred, ("by", "to"))), None)
    return noun if noun is not None and noun.lemma_.lower() in UPHELD_NOUNS else None
