"""Positions on other statements: a statement that answers another ("rejected the
claim", "called the report baseless", "Kyiv denies") takes a stance on the proposition
it answers, in the same article; owners of answered claims and reassertions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from counterclaim.actors import country_words, load_catalogue, normalise
from counterclaim.extract.attribution import (
    COUNT_NOUNS,
    RawStatement,
)
from counterclaim.extract.claims.frames import (
    _bare_share,
    _frame,
)
from counterclaim.extract.claims.model import (
    RawClaim,
)
from counterclaim.extract.claims.stance import (
    _upheld_noun,
)
from counterclaim.extract.claims.syntax import (
    _child,
    _is_negated,
)
from counterclaim.extract.claims.words import (
    _DIGIT,
    ACCOUNT_NOUNS,
    ACCUSATION_NOUNS,
    ADMISSION_NOUNS,
    ADMITTING_CUES,
    ARMED_BODY_WORDS,
    CHARGE_NOUNS,
    CLAIM_COUNT_WORDS,
    CLAIM_NOUNS,
    DEED_CLAIM_NOUNS,
    DEMONSTRATIVES,
    EMPTY_TOPICS,
    EVIDENCE_NOUNS,
    FINDING_LEMMAS,
    HAVING_LEMMAS,
    INCIDENT_NOUNS,
    KNOWLEDGE_NOUNS,
    NAMED_COUNT_NOUNS,
    NOT_DEED_ING_WORDS,
    OWN_POSSESSIVES,
    REASSERTED,
    REFERRING_WORDS,
    RELATIVE_WORDS,
    REPORT_NOUNS,
    SHOWING_NOUNS,
    TOLL_COUNT_NOUNS,
    UNANSWERED,
    frames,
)
from counterclaim.extract.context import doc_text, subtree_range
from counterclaim.extract.lexicon import (
    data_lines,
    org_words,
)
from counterclaim.records import ActorRef


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
