"""Statements: who said what, read off a parsed ``Doc``.

Reads: parse, lemmas, entities, quotes. Writes: ``doc._.statements`` (list of
:class:`RawStatement`, char offsets into ``doc.text``).

Steps, in order:
1. find cue tokens (learned, ``cues.py``), plus the speech verb an "according to"
   hangs on ("OCHA said A, according to a statement");
2. label the pieces around each cue as source / content / cue (learned, ``roles.py``),
   a content running into an adjacent quotation taking in all of it; fixed word orders
   first ("according to X", "..., X said, denying ...", post-posed speakers), and
   "X quoted Y as saying"; the words lose the day or channel of saying and a trailing
   aside about the speaking;
3. cut a statement's content where a sibling statement of the same speaker begins (or
   a second voice: "..., but Ukraine denied it", "..., while the army said B");
4. tell an outlet that relays a statement ("..., Reuters reported", "..., citing Y")
   from its speaker;
5. give a quotation with no cue (a quoted paragraph after "X said ...") to the
   speaker just before it, else to the person the previous sentence is about;
6. set each statement's kind (direct, indirect, mixed, according_to) and stance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from counterclaim.extract.context import DocContext, doc_text, hyphen_joined_end, subtree_range
from counterclaim.extract.cues import find_cues
from counterclaim.extract.lexicon import (
    DATELINE,
    RECIPROCALS,
    cue_stances,
    denial_markers,
    is_outlet_name,
    media_words,
    org_words,
)
from counterclaim.extract.linear import LinearModel
from counterclaim.extract.quotes import Quote, is_nickname
from counterclaim.extract.roles import ROLE_CLASSES, Candidate, candidates, rest_of, role_features
from counterclaim.records import ActorRef

CUE_MODEL_FILE = "attribution_cues.json.gz"
ROLE_MODEL_FILE = "attribution_roles.json.gz"

#: When no piece is labelled content, the likeliest one is still taken if its
#: content probability reaches this (tuned on PolNeAR train, held-out part).
CONTENT_FALLBACK = 0.3

#: How deep below the cue an addressee outlet may sit: said > in > interview > with > BBC.
ADDRESSEE_DEPTH = 5

#: Reporting verbs by which an outlet relays someone else's words.
RELAY_LEMMAS = frozenset(
    {"report", "say", "write", "quote", "cite", "accord", "carry", "broadcast"}
)

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_EDGE_JUNK = " \t\r\n,;:—–-\"“”«»'‘’`"


@dataclass
class RawStatement:
    """A statement with char offsets into ``doc.text`` (the cleaned text)."""

    cue_token: int
    cue: tuple[int, int] | None
    content: tuple[int, int]
    speaker: tuple[int, int] | None = None
    speaker_token: int | None = None
    via: tuple[int, int] | None = None
    kind: str = "indirect"
    stance: str = "asserts"
    negated: bool = False
    confidence: float = 0.0
    resolved: tuple[int, int] | None = None  # speaker's named antecedent (speakers.py)
    # "A and B accused each other": the other speaker, whom "each other" names here
    counterpart: tuple[int, int] | None = None
    speaker_actor: ActorRef | None = None  # canonical actors (actors.py)
    via_actor: ActorRef | None = None


@cache
def load_models() -> tuple[LinearModel, LinearModel]:
    """The packaged cue and role models."""
    return LinearModel.load_packaged(CUE_MODEL_FILE), LinearModel.load_packaged(ROLE_MODEL_FILE)


def trim_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace, commas, dashes and quote marks from both ends of a range."""
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    return start, end


def joint_members(doc: Doc, st: RawStatement) -> list[tuple[tuple[int, int], int]]:
    """The members of a joint speaker ("Russia and Belarus", "The United States,
    Britain and France"), each as (its own char range, its head token), in text order;
    [] for a speaker of one member or joined by "or" (neither is known to have spoken).
    """
    if st.speaker is None or st.speaker_token is None:
        return []
    head = doc[st.speaker_token]
    members = sorted([head, *head.conjuncts], key=lambda t: t.i)
    if len(members) < 2:
        return _pair_in_sentence(doc, head) or _pair_of_sides(doc, head)
    if not any(x.dep_ == "cc" and x.lower_ == "and" for t in members for x in t.children):
        return []
    if _one_named_body(members):
        return []  # "the army's Fire and Fury Corps": one unit's name, not two speakers
    out: list[tuple[tuple[int, int], int]] = []
    for member in members:
        # the member's own words: not the other members, "and" or commas hung on it
        others = {
            t.i for a in member.children if a.dep_ in ("conj", "cc", "punct") for t in a.subtree
        }
        own = [t for t in member.subtree if t.i not in others]
        lo, hi = own[0].idx, own[-1].idx + len(own[-1])
        if not (st.speaker[0] <= lo and hi <= st.speaker[1]):
            return []
        out.append(((lo, hi), member.i))
    return out


#: Plural nouns by which "the two ..." stands for a pair of states named just before.
PAIR_NOUNS = frozenset({"government", "country", "nation", "neighbour", "neighbor"})


def _pair_in_sentence(doc: Doc, head: Token) -> list[tuple[tuple[int, int], int]]:
    """ "Lebanon and Syria agreed to form a committee, the two governments said": the
    two places joined by "and" in the speaker's own sentence, as the members of "the
    two governments" (a pair named only in an earlier sentence is left alone)."""
    if not (
        head.tag_ == "NNS"
        and head.lemma_.lower() in PAIR_NOUNS
        and any(c.dep_ == "nummod" and c.lower_ == "two" for c in head.children)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    ):
        return []
    pairs = [
        (t, c)
        for t in head.sent
        if t.ent_type_ == "GPE" and t.pos_ == "PROPN"
        for c in t.children
        if c.dep_ == "conj"
        and c.ent_type_ == "GPE"
        and any(x.dep_ == "cc" and x.lower_ == "and" for x in t.children)
    ]
    if len(pairs) != 1:
        return []

    def entity(t: Token) -> tuple[tuple[int, int], int]:
        ent = next(e for e in doc.ents if e.start <= t.i < e.end)
        return (ent.start_char, ent.end_char), t.i

    a, b = pairs[0]
    return [entity(a), entity(b)]


#: Plural nouns by which "both ..." or "the two ..." stands for the two sides of a
#: conflict named just before.
SIDE_NOUNS = frozenset({"side", "party"})

#: How many sentences before "both sides" the two sides may be named.
SIDES_LOOKBACK = 2


def _pair_of_sides(doc: Doc, head: Token) -> list[tuple[tuple[int, int], int]]:
    """ "Fighting between Sudan's army and the RSF raged on. Both sides traded
    accusations": the last two names joined by "and" in the speaker's sentence before
    it or in the sentences just before, as the members of "both sides" ("the two
    sides", "the warring parties" are left alone: who they are is less sure)."""
    if not (
        head.tag_ == "NNS"
        and head.lemma_.lower() in SIDE_NOUNS
        and any(
            (c.dep_ in ("det", "predet") and c.lower_ == "both")
            or (c.dep_ == "nummod" and c.lower_ == "two")
            for c in head.children
        )
    ):
        return []
    sent = head.sent
    lo = sent.start
    for _ in range(SIDES_LOOKBACK):
        if lo == 0:
            break
        lo = doc[lo - 1].sent.start
    # the last pair before "both sides", one token pass
    for t in reversed(doc[lo : head.i]):
        conj = [c for c in t.children if c.dep_ == "conj" and c.i < head.i]
        if (
            len(conj) != 1
            or not any(x.dep_ == "cc" and x.lower_ == "and" for x in t.children)
            or any(c.dep_ == "conj" for c in conj[0].children)  # (three or more)
        ):
            continue
        pair = [t, conj[0]]
        if not all(_names_a_side(m) for m in pair):
            continue
        out = []
        for member in pair:
            others = {
                x.i
                for a in member.children
                if a.dep_ in ("conj", "cc", "punct", "prep", "relcl", "acl")
                for x in a.subtree
            }
            own = [x for x in member.subtree if x.i not in others]
            out.append(((own[0].idx, own[-1].idx + len(own[-1])), member.i))
        return out
    return []


def _names_a_side(t: Token) -> bool:
    """Whether a noun names a side that may speak: a name, or a word with a name
    owning or qualifying it ("Sudan's army", "Israeli forces")."""
    if t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
        return True
    return t.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG")
        for c in t.children
    )


def _one_named_body(members: list[Token]) -> bool:
    """Whether conjoined speaker heads are the words of one organisation's name ("Fire
    and Fury Corps", tagged as one ORG): the entity covers them all and ends in an
    organisation word that only the last member has."""
    if any(t.ent_type_ != "ORG" for t in members):
        return False
    first, last = members[0], members[-1]
    if first.ent_iob_ != "B" or any(t.ent_iob_ != "I" for t in members[1:]):
        return False  # (each member opening its own entity: "Hamas and Islamic Jihad")
    doc = first.doc
    end = last.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[end - 1].lower_ in org_words() and not any(
        t.lower_ in org_words() for t in members[:-1]
    )


def _split_reciprocal(doc: Doc, statements: list[RawStatement]) -> list[RawStatement]:
    """ "A and B accused each other of X": A's statement and B's, each naming the other.

    Reads the speaker's conjuncts; the copies keep cue and content, and ``counterpart``
    is the other speaker's range, for the claims to put in place of "each other".
    """
    out: list[RawStatement] = []
    for s in statements:
        out.append(s)
        if s.speaker is None or s.speaker_token is None:
            continue
        content = doc_text(doc)[s.content[0] : s.content[1]].lower()
        if not any(re.search(rf"\b{w}\b", content) for w in RECIPROCALS) and not _traded(doc, s):
            continue
        members = joint_members(doc, s)
        if len(members) != 2:
            continue  # three or more speakers: who accuses whom is not said
        (a, _), (b, b_token) = members
        s.speaker, s.counterpart = a, b
        out.append(replace(s, speaker=b, speaker_token=b_token, counterpart=a, resolved=None))
    return out


#: Verbs by which two sides accuse each other ("traded accusations", "exchanged
#: charges"), and what they trade.
TRADE_LEMMAS = frozenset({"trade", "exchange"})
TRADED_NOUNS = frozenset(
    {"accusation", "allegation", "blame", "charge", "claim", "recrimination", "barb"}
)


def _traded(doc: Doc, s: RawStatement) -> bool:
    """ "A and B traded accusations (of X)": each accuses the other, as with "accused
    each other"."""
    cue = doc[s.cue_token]
    if cue.lemma_.lower() not in TRADE_LEMMAS:
        return False
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in TRADED_NOUNS and s.content[0] <= c.idx
        for c in cue.children
    )


def _hull(ranges: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not ranges:
        return None
    return min(r[0] for r in ranges), max(r[1] for r in ranges)


def label_candidates(
    cue: Token, ctx: DocContext, role_model: LinearModel
) -> list[tuple[Candidate, list[float]]]:
    """Each candidate piece around ``cue`` with its role probabilities."""
    return [(c, role_model.probs(role_features(cue, c, ctx))) for c in candidates(cue, ctx)]


def _side(cue: Token, start: int, end: int) -> str:
    if end <= cue.idx:
        return "L"
    if start >= cue.idx + len(cue.text):
        return "R"
    return "M"


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    """Bounds of the line (paragraph) holding ``pos``."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, len(text) if hi < 0 else hi


def _object_taken(prep: Candidate, labelled: list[tuple[Candidate, list[float]]]) -> bool:
    """A preposition joins the cue only with its object in some role: "called on X
    to ..." or "said in a statement", never a bare "said in"."""
    return any(
        cand.kind == "pobj"
        and cand.head is not None
        and prep.head is not None
        and cand.head.head.i == prep.head.i
        and max(range(len(p)), key=p.__getitem__) != 0
        for cand, p in labelled
    )


def _constrain(
    cand: Candidate, p: list[float], i_src: int, cue: Token | None = None
) -> list[float]:
    """A verb's subject is its source or nothing, never its content or cue; a bare
    preposition, or the medium of a statement ("in a statement", "in an interview"),
    is never its content; nor are the words of the statement a participle cue hangs on
    ("X, the ministry said, denying Ukrainian claims": "denying" has its own)."""
    if cand.kind == "child" and cand.head is not None and cand.head.dep_ in _SUBJECT_DEPS:
        return [p[0] if k == 0 else (p[k] if k == i_src else 0.0) for k in range(len(p))]
    i_cont = ROLE_CLASSES.index("content")
    if (
        cand.kind == "h_rest"
        and cue is not None
        and cue.tag_ == "VBG"
        and cue.dep_ == "advcl"
        and cue.head.lemma_.lower() in cue_stances()
        and any(c.dep_ in ("dobj", "ccomp") for c in cue.children)
    ):
        return [x if k != i_cont else 0.0 for k, x in enumerate(p)]
    medium = cand.kind == "pobj" and cand.head is not None and cand.head.lemma_.lower() in _MEDIA
    if cand.kind == "prepword" or medium:
        return [x if k != i_cont else 0.0 for k, x in enumerate(p)]
    return p


def _clause_of_medium(labelled: list[tuple[Candidate, list[float]]]) -> list[Candidate]:
    """'said in a statement that X', 'confirmed for the first time that X': the parser
    hangs X on "statement" or "time"; X is the content."""
    out = []
    for cand, _ in labelled:
        h = cand.head
        if cand.kind != "pobj" or h is None or h.lemma_.lower() not in _MEDIA | _TIME_NOUNS:
            continue
        for c in h.children:
            if c.dep_ in ("acl", "ccomp", "relcl") and any(g.lower_ == "that" for g in c.children):
                lo, hi = c.left_edge, c.right_edge
                out.append(Candidate("clause", lo.idx, hi.idx + len(hi.text), c))
    return out


#: "confirmed for the first time that X": the parser hangs X on "time".
_TIME_NOUNS = frozenset({"time"})
#: Nouns for the channel a statement went out by ("said in a statement").
_MEDIA = frozenset(
    {
        "statement",
        "interview",
        "briefing",
        "conference",
        "post",
        "message",
        "speech",
        "broadcast",
        "tweet",
        "letter",
        "release",
        "address",
        "remarks",
        "video",
        "appearance",
        "communique",
        "communiqué",
    }
)
#: Nouns for a speaker's own numbers ("..., according to the office's figures").
_OWN_DATA = frozenset({"figure", "data", "tally", "count", "estimate", "record", "statistic"})


def decode_roles(
    cue: Token, labelled: list[tuple[Candidate, list[float]]]
) -> tuple[tuple[int, int], tuple[int, int] | None, int | None, tuple[int, int]] | None:
    """(content, source, source head token, cue span) from labelled pieces, or None.

    The content is the hull of the pieces labelled content, kept to one side of the
    cue (the likelier one) unless quotations stand on both sides ('"A," he said, "B"'),
    and to the cue's paragraph, except for quotations that run on.
    """
    i_src, i_cont, i_cue = (ROLE_CLASSES.index(r) for r in ("source", "content", "cue"))
    labelled = [(c, _constrain(c, p, i_src, cue)) for c, p in labelled]
    text = doc_text(cue.doc)
    par_lo, par_hi = _paragraph(text, cue.idx)
    content: list[tuple[Candidate, float]] = []
    cue_parts = [(cue.idx, cue.idx + len(cue.text))]
    best_src: tuple[float, Candidate] | None = None
    best_cont: tuple[float, Candidate] | None = None
    for cand, p in labelled:
        if cand.quote is None and (cand.end <= par_lo or cand.start >= par_hi):
            continue
        if cand.quote is not None and (cand.quote.end <= par_lo or cand.quote.start >= par_hi):
            continue  # a quotation in another paragraph is not this cue's
        if (
            cand.quote is not None
            and is_nickname(text, cand.quote)
            and (_other_content(labelled) or _clause_of_medium(labelled))
        ):
            # 'Gang leader Jimmy "Barbecue" Chérizier said that his fighters ...': the
            # quoted nickname is no quotation when the cue has words of its own
            continue
        if cand.quote is not None and _said_in_its_own_sentence(cue, cand.quote):
            # 'X said A. "B," he said.': B is the words of the later "said", not A's tail
            continue
        if cand.quote is not None and _in_other_saying(cand, labelled, i_cont):
            # "denied the report, calling it "disinformation"": the quoted word is what
            # the calling says; the denial's words stay "the report"
            continue
        top = max(range(len(p)), key=p.__getitem__)
        if top == i_cont:
            content.append((cand, p[i_cont]))
        elif top == i_src and (best_src is None or p[i_src] > best_src[0]):
            best_src = (p[i_src], cand)
        elif top == i_cue and (cand.kind != "prepword" or _object_taken(cand, labelled)):
            cue_parts.append((cand.start, cand.end))
        if best_cont is None or p[i_cont] > best_cont[0]:
            best_cont = (p[i_cont], cand)
    medium = _clause_of_medium(labelled)
    if not content or (medium and all(c.start > medium[0].start for c, _ in content)):
        # (also when the parse hung a later verb on the cue: 'said in a statement that
        # its fighters had held the camp, killed 25 soldiers and ...')
        content.extend((c, 1.0) for c in medium)
    if not content and best_cont is not None and best_cont[0] >= CONTENT_FALLBACK:
        content.append((best_cont[1], best_cont[0]))
    if not content:
        return None
    by_side: dict[str, list[tuple[Candidate, float]]] = {"L": [], "R": [], "M": []}
    for cand, pc in content:
        by_side[_side(cue, cand.start, cand.end)].append((cand, pc))
    if by_side["L"] and by_side["R"]:
        quoted = all(any(c.quote is not None for c, _ in by_side[k]) for k in "LR")
        if not quoted:
            weaker = min("LR", key=lambda k: sum(pc for _, pc in by_side[k]))
            by_side[weaker] = []
    kept = [c for side in by_side.values() for c, _ in side]
    start = (
        max(min(c.start for c in kept), par_lo)
        if all(c.quote is None for c in kept)
        else min(c.start for c in kept)
    )
    end = (
        min(max(c.end for c in kept), par_hi)
        if all(c.quote is None for c in kept)
        else max(c.end for c in kept)
    )
    # A content that starts or ends inside an adjacent quotation takes in all of it.
    for cand, _ in labelled:
        q = cand.quote
        if q is not None and q.inner_start < end and start < q.inner_end:
            start, end = min(start, q.inner_start), max(end, q.inner_end)
    source = head = None
    if best_src is not None:
        best = best_src[1]
        # the speaker's core and its tails ("Ban Ki-moon" + ", the secretary general")
        side = _side(cue, best.start, best.end)
        parts = [
            (c.start, c.end)
            for c, p in labelled
            if max(range(len(p)), key=p.__getitem__) == i_src
            and _side(cue, c.start, c.end) == side
            and (c is best or c.parent or best.parent)
        ]
        source = _hull(parts)
        head = best.head.i if best.head is not None else None
    cue_span = _cue_hull(cue, cue_parts, source, (start, end))
    return (start, end), source, head, cue_span


def _other_content(labelled: list[tuple[Candidate, list[float]]]) -> bool:
    """Whether a piece that is no quotation is labelled content."""
    i_cont = ROLE_CLASSES.index("content")
    return any(
        c.quote is None and max(range(len(p)), key=p.__getitem__) == i_cont for c, p in labelled
    )


def _said_in_its_own_sentence(cue: Token, quote: Quote) -> bool:
    """Whether a quotation stands in a later sentence than ``cue`` whose main verb is a
    verb of saying outside the quotation ('"B," he said.'): that verb is its cue."""
    doc = cue.doc
    span = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
    if span is None or not len(span) or span.start <= cue.sent.end - 1:
        return False
    stances = cue_stances()
    for sent in {t.sent.start: t.sent for t in span}.values():
        root = sent.root
        if (
            root.i != cue.i
            and root.lemma_.lower() in stances
            and not quote.start <= root.idx < quote.end
        ):
            return True
    return False


def _in_other_saying(
    quote: Candidate, labelled: list[tuple[Candidate, list[float]]], i_cont: int
) -> bool:
    """Whether a quotation lies inside a piece headed by another verb of saying that is
    not this cue's content ('calling it "disinformation"', 'adding "..."'), when the
    cue has a claim for its object ("denied the report") or a quotation of its own
    ('"A," he said, calling the figures "B"': A is what he said, B what he called
    them): other cues still take the quotation for their words ('began by saying he
    would "never" ...')."""
    has_claim = any(
        c.quote is None
        and c.head is not None
        and c.head.dep_ == "dobj"
        and c.head.lemma_.lower() in _CHARGE_NOUNS | {"report", "statement"}
        and max(range(len(p)), key=p.__getitem__) == i_cont
        for c, p in labelled
    )
    for cand, p in labelled:
        head = cand.head
        if (
            cand.quote is None
            and head is not None
            and head.pos_ == "VERB"
            and head.tag_ == "VBG"
            and head.lemma_.lower() in cue_stances()
            and cand.start <= quote.start
            and quote.end <= cand.end
            and max(range(len(p)), key=p.__getitem__) != i_cont
            and (has_claim or _quote_outside(quote, cand, labelled))
        ):
            return True
    return False


def _quote_outside(
    quote: Candidate, piece: Candidate, labelled: list[tuple[Candidate, list[float]]]
) -> bool:
    """Whether the cue has a quotation other than ``quote`` outside ``piece``."""
    return any(
        o.quote is not None
        and o.quote is not quote.quote
        and not (piece.start <= o.quote.start and o.quote.end <= piece.end)
        for o, _ in labelled
    )


def _cue_hull(
    cue: Token,
    parts: list[tuple[int, int]],
    source: tuple[int, int] | None,
    content: tuple[int, int],
) -> tuple[int, int]:
    """The cue word plus the pieces labelled cue that join it without crossing the
    source or the content ("has said", "said in a statement", not "Later, X said")."""
    lo, hi = cue.idx, cue.idx + len(cue.text)
    for a, b in sorted(parts, key=lambda r: abs(r[0] - cue.idx)):
        blockers = [r for r in (source, content) if r is not None]
        new_lo, new_hi = min(lo, a), max(hi, b)
        if any(new_lo < r1 and r0 < new_hi for r0, r1 in blockers):
            continue
        gap = doc_text(cue.doc)[b:lo] if b <= lo else doc_text(cue.doc)[hi:a]
        if "," in gap or "\n" in gap or len(gap.split()) > 3:
            continue
        lo, hi = new_lo, new_hi
    return lo, hi


def extract(doc: Doc, ctx: DocContext | None = None) -> list[RawStatement]:
    """All statements in ``doc`` (see the module docstring for the steps)."""
    ctx = ctx or DocContext(doc)
    cue_model, role_model = load_models()
    text = doc_text(doc)
    stances = cue_stances()
    out: list[RawStatement] = []
    # 1. cues
    for cue, p_cue in _with_denial_participles(_with_cited_verbs(find_cues(ctx, cue_model))):
        if cue.lemma_.lower() in NOT_SPEECH_LEMMAS or _attack_not_words(cue):
            # "Houthi forces were attacking the carrier": a deed, dropped before it cuts
            # the words of a statement it sits in ("said A while forces were attacking B")
            continue
        # 2. roles
        decoded = (
            _according_to(cue)
            or _as_reported_in(cue)
            or _said_then(cue)
            or _said_later_that(cue)
            or _postposed(cue, ctx)
            or decode_roles(cue, label_candidates(cue, ctx, role_model))
        )
        if decoded is None:
            continue
        timed = _saying_in_time_clause(cue)
        if timed is not None and not (
            subtree_range(cue)[0] <= decoded[0][0] and decoded[0][1] <= subtree_range(cue)[1]
        ):
            # the main clause taken for what a time clause's speaker said
            decoded = (timed[0], timed[1], timed[2], decoded[3])
        content, source, src_head, cue_span = decoded
        content = _past_addressee(cue, content)
        content = trim_edges(text, *_within_noun_cue(cue, content))
        content = _without_asides(cue, _past_said_day(cue, _past_cue_modifiers(cue, content)))
        if content[0] >= content[1]:
            continue
        content = _with_participle_after(cue, content)
        quoted = _quoted_as_saying(cue)
        if quoted is not None:
            # "TASS quoted X as saying ...": X speaks, TASS carries it
            content, source, src_head, via, saying = quoted
            cue_span = (cue.idx, cue.idx + len(cue.text))
        lemma = (saying if quoted is not None else cue).lemma_.lower()
        negated = any(c.dep_ == "neg" for c in cue.children)
        stance = "reports" if lemma == "accord" else stances.get(lemma, "asserts")
        if lemma in NAMING_AS_FALSE_LEMMAS and _called_false(cue):
            stance = "denies"  # "India called the allegation baseless"
        out.append(
            RawStatement(
                cue_token=cue.i,
                cue=trim_edges(text, *cue_span) if cue.text != ":" else cue_span,
                content=content,
                speaker=_with_name_modifiers(
                    doc, _without_time(doc, _without_joiner(text, trim_edges(text, *source)))
                )
                if source
                else None,
                speaker_token=src_head,
                stance=stance,
                negated=negated,
                confidence=round(p_cue, 3),
                via=trim_edges(text, *via) if quoted is not None and via else None,
            )
        )
    # 3. siblings: "said A and added B" is two statements, not one inside the other
    _untangle(doc, out)
    # 3b. speakers the parse lost: "..., saying B" and "X, known as Y, said"; and the
    # description after a speaker's name ('said Alan Cole, an economist at X.')
    _speakers_left_out(doc, out)
    _speaker_after_quote(doc, out)
    _speaker_under_dateline(doc, out)
    _with_description(doc, out)
    _with_name_after(doc, out)
    # "revised its count of X, saying that 27 ...": the count is in the saying (after
    # the speakers are known, so the saying keeps the count's speaker)
    out = [s for s in out if not _count_named_before_saying(doc, s, out)]
    # 3c. a denial hung on another statement's words: "..., which Kyiv denies", "..., a
    # charge Kabul rejected"; a count given ("the ministry put the death toll at 45")
    out = _appended_denials(doc, out)
    out = _merge_rejected_noun_cues(doc, out)
    out.extend(_counts_given(doc, out))
    out.extend(_upheld_words(doc, out))
    # 4. relaying outlets; "X said A, according to a statement": the statement is X's medium
    out = _split_relays(doc, out)
    out = _according_to_on_a_saying(doc, _citing(doc, out))
    # 5. quotations with no cue of their own, spoken by the speaker named around them;
    # one that resumes a quotation its cue interrupted joins it ('"A," X said. "B"')
    out = _resume_quotes(doc, ctx, out, _orphan_quotes(doc, ctx, out))
    out.sort(key=lambda s: s.content[0])
    # "left the village according to plan": no one is cited; "Asked about X, he said":
    # the reporter's question is no one's statement; "called on Monday", "did not give
    # figures", "declined to give details": nothing was said (a refusal to comment stays
    # a statement, as PolNeAR has it, and carries no claim)
    out = [
        s
        for s in out
        if not (
            doc[s.cue_token].lower_ == "according"
            and s.speaker_token is not None
            and doc[s.speaker_token].lemma_.lower() in NOT_SOURCES
        )
        and not _reporters_question(doc, s)
        and not _says_nothing(doc, s)
    ]
    for s in out:
        if s.via is not None and s.via == s.speaker:
            s.via = None  # "according to the Gaza civil defence agency": no outlet
        cue = doc[s.cue_token]
        if (
            s.speaker_token is not None
            and any(c.dep_ == "auxpass" for c in cue.children)
            and any(c.dep_ == "xcomp" for c in cue.children)
            and not any(c.dep_ == "agent" for c in cue.children)
        ):
            # "The strike was said to have killed 12 people": said by no one named
            s.speaker = s.speaker_token = s.resolved = None
        elif (
            s.speaker_token is not None
            and cue.lemma_.lower() in BLAMING_LEMMAS
            and doc[s.speaker_token].dep_ == "nsubjpass"
            and not any(c.dep_ == "agent" for c in cue.children)
        ):
            # "Gran Grif is blamed for a massacre": the one blamed, by no one named
            s.speaker = s.speaker_token = s.resolved = None
    # '"...," al-Baba said': a name joined by hyphens is one name; "the ... Army
    # (MNDAA) said": a bracket opened in the name closes in it
    for s in out:
        if s.speaker is not None:
            s.speaker = _with_closing_bracket(text, _with_hyphened_parts(doc, s.speaker))
    # "Caracas, 11 jun (EFE).- The minister, X, said": the parse hung the subject on the
    # dateline's city; the speaker starts where the dateline ends
    datelines = [m.span() for m in DATELINE.finditer(text)]
    for s in out:
        for a, b in datelines:
            # "CHAIBASA, Oct 11 (PTI) Two jawans were killed ..., police said": the words
            # start after the dateline too
            if a <= s.content[0] < b < s.content[1]:
                s.content = trim_edges(text, b, s.content[1])
        if s.speaker is None:
            continue
        for a, b in datelines:
            if a <= s.speaker[0] < b < s.speaker[1]:
                s.speaker = trim_edges(text, b, s.speaker[1])
    # "..., a figure that could not be independently verified": the writer's remark
    for s in out:
        cut = _writers_remark(doc, s)
        if cut is not None:
            s.content = trim_edges(text, s.content[0], cut)
    # "X said A, denying B": A stops before the denial that starts B (and "X dismissed
    # A, calling it a lie" before the naming)
    for s in out:
        for o in out:
            c = o.cue_token
            if (
                o is not s
                and o.cue is not None
                and s.content[0] < o.cue[0] < s.content[1]
                and doc[c].tag_ == "VBG"
                # (or names it false: "dismissed the claim, calling it 'a lie'")
                and doc[c].lemma_.lower() in APPENDED_DENIAL_LEMMAS | NAMING_AS_FALSE_LEMMAS
                and c > 0
                and doc[c - 1].text == ","
                and doc[c - 1].idx > s.content[0]
            ):
                s.content = trim_edges(text, s.content[0], doc[c - 1].idx)
    out = _split_reciprocal(doc, out)
    # 6. kind and stance
    for s in out:
        s.kind = _kind(doc, s, ctx)
        if s.stance == "asserts" and (
            text[s.content[0] : s.content[1]].rstrip().endswith("?") or _asks_whether(doc, s)
        ):
            s.stance = "questions"
    return out


#: Cues that put a question in indirect speech ("asked whether the government had been
#: warned"): what they govern is asked, not claimed.
ASKING_LEMMAS = frozenset({"ask", "wonder", "question", "query", "inquire", "enquire"})
#: Words that open an indirect question.
QUESTION_OPENERS = ("whether ", "if ")


def _asks_whether(doc: Doc, s: RawStatement) -> bool:
    """ "Opposition leader Tomas Hall asked whether the government had been warned": an
    indirect question, whose words are no claim of its speaker's."""
    if s.cue is None or doc[s.cue_token].lemma_.lower() not in ASKING_LEMMAS:
        return False
    return doc_text(doc)[s.content[0] : s.content[1]].lstrip().lower().startswith(QUESTION_OPENERS)


#: Cues whose passive subject is the one accused, not the speaker ("is blamed for").
BLAMING_LEMMAS = frozenset({"blame", "accuse", "charge", "suspect", "hold"})
#: Nouns for what a source can give or withhold without saying anything ("did not
#: give figures", "gave no details").
WITHHELD_NOUNS = frozenset(
    {"figure", "detail", "information", "comment", "explanation", "breakdown", "toll",
     "number", "evidence", "source", "name", "timeframe", "date"}
)  # fmt: skip


#: Verbs the cue model (trained on all of PolNeAR's attributions) sometimes takes for
#: cues that report deeds, not words.
NOT_SPEECH_LEMMAS = frozenset(
    {"press", "kill", "shell", "capture", "seize", "mean", "inspect", "visit"}
)
#: Cues that, negated or declined, say nothing ("did not name the man", "declined to
#: give details", "did not immediately comment on the claim").
WITHHOLDING_LEMMAS = frozenset(
    {"name", "mention", "give", "disclose", "provide", "identify", "specify", "elaborate",
     "reveal"}
)  # fmt: skip
# ("did not respond to a request for comment", "declined to comment" stay statements,
# as PolNeAR annotates them; they carry no claim and no event)


#: Dependencies of the words a verb phrase is built with but that say nothing alone.
AUX_DEPS = frozenset({"aux", "auxpass", "neg"})


def _says_nothing(doc: Doc, s: RawStatement) -> bool:
    """A content that is only a date ("The president called on Monday") or only what a
    negated cue withheld ("The ministry did not give figures")."""
    span = doc.char_span(*s.content, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if words and all(t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("prep", "det") for t in words):
        return True
    if words and all(t.dep_ in AUX_DEPS for t in words):
        return True  # "could not be independently verified": the content is the cue's "be"
    cue = doc[s.cue_token]
    if cue.lemma_.lower() in NOT_SPEECH_LEMMAS or _attack_not_words(cue):
        return True  # "armed groups attacked a checkpoint": a deed, not words
    if cue.lemma_.lower() == "call" and span[0].lower_ in REFLEXIVES:
        return True  # "a militia group calling itself the Islamic Resistance": a name
    bare = not any(t.pos_ in ("VERB", "AUX") for t in span)
    withheld = span.root.lemma_.lower() in WITHHELD_NOUNS and bare
    negated = any(c.dep_ == "neg" for c in cue.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in span.root.children
    )
    declined = cue.lemma_.lower() == "decline" or (
        cue.head.lemma_.lower() == "decline" and cue.dep_ == "xcomp"
    )
    # "did not immediately comment on the claim", "did not name the man", "declined to
    # give details": nothing was said
    withholding = cue.lemma_.lower() in WITHHOLDING_LEMMAS and bare
    if declined and span.root.lemma_.lower() in WITHHOLDING_LEMMAS:
        return True  # "declined to give details", "declined to comment"
    return (withheld or withholding) and (negated or declined)


#: Verbs of attack the cue model takes for criticism ("attacked the plan as reckless").
ATTACK_CUE_LEMMAS = frozenset({"attack", "hit", "strike", "target", "blast", "fire"})
#: What one attacks in words: a plan, a decision, a remark, a person.
CRITICISED_NOUNS = frozenset(
    {"plan", "proposal", "policy", "decision", "remark", "comment", "statement", "report",
     "claim", "law", "bill", "move", "idea", "deal", "speech", "record", "critic", "rival"}
)  # fmt: skip


#: Doers whose attacks are deeds ("forces", "gunmen", "drones").
ARMED_NOUNS = frozenset(
    {"force", "troop", "soldier", "fighter", "gunman", "gunmen", "militant", "rebel", "army",
     "militia", "insurgent", "jihadist", "drone", "jet", "missile", "rocket", "warplane",
     "aircraft", "attacker", "assailant", "unit", "police", "military"}
)  # fmt: skip


def _attack_not_words(cue: Token) -> bool:
    """ "Russian forces attacked Kharkiv", "gunmen attacked a police post": a deed;
    "attacked the plan as reckless", "attacked Smith over the deal": words."""
    if cue.lemma_.lower() not in ATTACK_CUE_LEMMAS:
        return False
    if any(c.dep_ in ("prep", "advcl") and c.lower_ in ("as", "for", "over") for c in cue.children):
        return False
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in ARMED_NOUNS:
        return True  # "Russian forces attacked Kharkiv" (tagged a person)
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    return not (
        obj is not None and (obj.lemma_.lower() in CRITICISED_NOUNS or obj.ent_type_ == "PERSON")
    )


def _merge_rejected_noun_cues(doc: Doc, stmts: list[RawStatement]) -> list[RawStatement]:
    """ "China rejected Australia's assertion that troops were at the wharf": the noun
    is what the verb rejects, not a statement with no speaker; its words join the
    rejection's content, so the rejecter denies them (as with "claim", which the cue
    model already leaves inside the verb's content)."""
    text = doc_text(doc)
    by_cue = {s.cue_token: s for s in stmts if s.cue is not None}
    dropped: set[int] = set()
    for s in stmts:
        noun = doc[s.cue_token]
        outer = by_cue.get(noun.head.i)
        if (
            noun.pos_ != "NOUN"
            or noun.dep_ != "dobj"
            or noun.lemma_.lower() not in _CHARGE_NOUNS
            or outer is None
            or outer is s
            or doc[outer.cue_token].lemma_.lower() not in APPENDED_DENIAL_LEMMAS
            or not (outer.content[1] <= s.content[1] and outer.content[0] <= noun.idx)
            # (a speaker of its own outside the rejection's words stays a statement)
            or (s.speaker is not None and not outer.content[0] <= s.speaker[0])
        ):
            continue
        outer.content = trim_edges(text, outer.content[0], s.content[1])
        dropped.add(id(s))
    return [s for s in stmts if id(s) not in dropped]


#: Verbs of a denial appended to someone else's words ("which Rwanda denies").
APPENDED_DENIAL_LEMMAS = frozenset({"deny", "reject", "dismiss", "dispute", "refute"})
#: Nouns that name such words in "..., a charge Kabul rejected".
_CHARGE_NOUNS = frozenset(
    {"charge", "claim", "accusation", "allegation", "assertion", "version", "account"}
)


def _appended_denials(doc: Doc, stmts: list[RawStatement]) -> list[RawStatement]:
    """Statements for denials appended to another statement's content ("Russia says
    Ukraine shelled the plant, which Kyiv denies"; "Pakistan blamed the Taliban for the
    attack, a charge Kabul rejected"): the denier denies what the first speaker said,
    and the first statement's content stops before the denial."""
    text = doc_text(doc)
    by_cue = {s.cue_token: s for s in stmts if s.cue is not None}
    added: list[RawStatement] = []
    for s in list(stmts):
        span = doc.char_span(*s.content, alignment_mode="expand")
        if span is None or s.cue is None:
            continue
        # (to the sentence's end: the cue model may have cut the content short at a
        # denial it took for a statement of its own)
        for t in doc[span.start : max(span.end, span.sent.end)]:
            # (or named false: "..., a claim the army called fabricated")
            naming = t.lemma_.lower() in NAMING_AS_FALSE_LEMMAS and _called_false(t)
            if not (naming or t.lemma_.lower() in APPENDED_DENIAL_LEMMAS):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            speaker_rng: tuple[int, int] | None = None
            subject_charge = False
            if (
                naming
                and subj is None
                and t.dep_ == "acl"
                and t.head.dep_ == "appos"
                and t.head.head.lemma_.lower() in _CHARGE_NOUNS | COUNT_NOUNS
            ):
                # "a claim the military's information team called fabricated", the
                # namer parsed as the claim's apposition and the verb as its clause
                subj, t_head = t.head, t.head.head
                speaker_rng = trim_edges(text, subj.left_edge.idx, subj.idx + len(subj.text))
            elif t.dep_ in ("relcl", "advcl", "acl") or (
                # "..., charges Moscow dismissed as absurd", the parser making the
                # charge noun a clause of the saying and the denial a clause of it
                t.dep_ == "ccomp"
                and t.head.lemma_.lower() in _CHARGE_NOUNS
                and t.head.i > 0
                and doc[t.head.i - 1].text == ","
            ):
                t_head = t.head
            elif (
                subj is not None
                and subj.lemma_.lower() in _CHARGE_NOUNS
                and subj.left_edge.i > 0
                and doc[subj.left_edge.i - 1].text == ","
                and (named := [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i])
                and named[0].pos_ == "PROPN"
            ):
                # '..., a charge Asmara dismissed as "a fantasy"', the parser making the
                # charge the denial's subject and the denier its apposition
                t_head, subj, subject_charge = subj, named[0], True
                speaker_rng = trim_edges(
                    text, subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
                )
            else:
                continue
            rel = next((c for c in t.children if c.lower_ in ("which", "that")), None)
            # (or a count: "1,200 were killed, a figure the RSF rejected")
            charge = t_head if t_head.lemma_.lower() in _CHARGE_NOUNS | COUNT_NOUNS else None
            if (
                t.dep_ == "acl"
                and speaker_rng is None
                and not (charge is not None and s.content[0] < charge.idx < s.content[1])
            ):
                continue  # ("acl": only on a charge noun the content runs into, below)
            if subj is None and charge is not None and t_head.i == charge.i:
                # "a claim the army's spokesman, Colonel Souleymane Dembele, dismissed
                # as false": the parser hung the denier on the noun as an apposition
                lo, hi = charge.i + 1, t.i - 1
                while hi >= lo and doc[hi].is_punct:
                    hi -= 1
                named = [c for c in charge.children if c.dep_ == "appos" and lo <= c.i <= hi]
                if lo <= hi and named:
                    subj = named[0]
                    speaker_rng = trim_edges(text, doc[lo].idx, doc[hi].idx + len(doc[hi].text))
            if subj is None or (rel is None and charge is None):
                continue
            opening = charge.left_edge if charge is not None else rel
            assert opening is not None
            cut = opening.idx
            if (
                subject_charge
                and s.cue_token != t.i
                and s.content[0] < s.content[1] < cut
                and not text[s.content[1] : cut].strip(" ,")
            ):
                cut = s.content[1]  # (the content stops at the comma before the charge)
            if not (s.content[0] < cut <= s.content[1]):
                continue
            said = trim_edges(text, s.content[0], cut)
            if said[0] >= said[1]:
                continue
            speaker = speaker_rng or trim_edges(text, *subtree_range(subj))
            denial = by_cue.get(t.i)
            if denial is None:
                denial = RawStatement(cue_token=t.i, cue=(t.idx, t.idx + len(t.text)), content=said)
                added.append(denial)
            denial.content, denial.speaker, denial.speaker_token = said, speaker, subj.i
            denial.stance = "denies"
            s.content = said
            break
    return [*stmts, *added]


#: Verbs by which someone gives a count ("put the death toll at 45", "raised the toll to
#: 54"), and nouns for a claim that is a count (also "the figures ... are a fabrication").
COUNT_VERBS = frozenset({"put", "raise", "revise", "lower", "update", "give", "set"})
COUNT_NOUNS = frozenset({"toll", "tally", "figure", "count", "number", "loss"})
_COUNT_FORM_IDS = frozenset(get_string_id(w) for n in COUNT_NOUNS for w in (n, n + "s", n + "es"))


#: Possessives by which a count a participle gives is the speaker's ("its toll").
_OWN_COUNT_POSSESSIVES = frozenset({"its", "their"})


def _count_raised_by(t: Token, obj: Token, stmts: list[RawStatement]) -> RawStatement | None:
    """ "..., the army said, raising its toll to three": the statement whose cue the
    participle hangs on, when the count is the speaker's own ("its toll")."""
    if t.tag_ != "VBG" or t.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    if not any(c.dep_ == "poss" and c.lower_ in _OWN_COUNT_POSSESSIVES for c in obj.children):
        return None
    return next((s for s in stmts if s.cue_token == t.head.i), None)


def _count_named_before_saying(doc: Doc, s: RawStatement, stmts: list[RawStatement]) -> bool:
    """Whether ``s`` only names a count that a saying after it gives: "revised its
    count of drones shot down, saying that 27 had been destroyed" has its claim in the
    saying; "its count of drones shot down" states nothing."""
    cue = doc[s.cue_token]
    if cue.lemma_.lower() not in COUNT_VERBS:
        return False
    words = doc.char_span(*s.content, alignment_mode="expand")
    if words is None or not len(words) or words[0].lower_ not in _OWN_COUNT_POSSESSIVES:
        return False  # ("its toll", "their count")
    if not (len(words) > 1 and words[1].lemma_.lower() in COUNT_NOUNS):
        return False
    lo, hi = subtree_range(cue)
    return any(
        o is not s
        and doc[o.cue_token].tag_ == "VBG"
        and lo <= doc[o.cue_token].idx < hi
        and o.content[0] >= s.content[1]
        for o in stmts
    )


def _counts_given(doc: Doc, stmts: list[RawStatement]) -> list[RawStatement]:
    """Statements for counts someone gives in the article's own voice: "Gaza's health
    ministry put the death toll at 45" is the ministry's claim, not the outlet's."""
    cues = {s.cue_token for s in stmts}
    text = doc_text(doc)
    out: list[RawStatement] = []
    # from the few count nouns up to their verb, found in the token array rather than
    # token by token (this runs on every article)
    lowers = doc.to_array(LOWER).tolist()
    for i in (i for i, low in enumerate(lowers) if low in _COUNT_FORM_IDS):
        obj = doc[i]
        t = obj.head
        if _count_after_its_figure(obj):
            t = t.head  # "raised to four the number of soldiers killed": the count last
        elif obj.dep_ != "dobj":
            continue
        if t.lemma_.lower() not in COUNT_VERBS or t.pos_ != "VERB" or t.i in cues:
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        said = _count_raised_by(t, obj, stmts)
        if said is not None and said.speaker is not None and said.speaker_token is not None:
            # "..., the army said, raising its toll to three": the speaker's count
            subj = doc[said.speaker_token]
        if subj is None or any(s.content[0] <= t.idx < s.content[1] for s in stmts):
            continue  # (inside someone's words: theirs)
        last = t.right_edge
        rejected = _rejection_after_count(t, cues)
        if rejected is not None:
            # "raised its toll to three, but rejected the regent's figure": the count
            # ends before the rejection, a statement of its own (added below)
            last = doc[rejected.left_edge.i - 1]
            while last.i > obj.i and (last.is_punct or last.is_space or last.dep_ == "cc"):
                last = doc[last.i - 1]
        while last.i > obj.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        content = trim_edges(text, obj.left_edge.idx, last.idx + len(last.text))
        out.append(
            RawStatement(
                cue_token=t.i,
                cue=(t.idx, t.idx + len(t.text)),
                content=content,
                speaker=said.speaker
                if said is not None and said.speaker is not None
                else trim_edges(text, *subtree_range(subj)),
                speaker_token=subj.i,
                confidence=0.5,
            )
        )
        if rejected is not None:
            said_by = out[-1]
            rest = [c for c in rejected.children if c.i > rejected.i and c.dep_ == "dobj"]
            if rest:
                out.append(
                    RawStatement(
                        cue_token=rejected.i,
                        cue=(rejected.idx, rejected.idx + len(rejected.text)),
                        content=trim_edges(text, *subtree_range(rest[0])),
                        speaker=said_by.speaker,
                        speaker_token=said_by.speaker_token,
                        stance="denies",
                        confidence=0.5,
                    )
                )
    return out


def _count_after_its_figure(obj: Token) -> bool:
    """Whether a count noun comes after the figure it is raised to, the parse taking
    both for the object of "to" ("raised to four the number of soldiers killed")."""
    prep = obj.head
    return (
        obj.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.dep_ == "prep"
        and any(c.dep_ == "nummod" and c.i < obj.i for c in obj.children)
    )


def _rejection_after_count(t: Token, cues: set[int]) -> Token | None:
    """ "The military raised its toll to three, but rejected the regent's figure": a
    verb of denying joined to a count verb ``t`` and not found as a cue (the count's
    speaker rejects what follows it), or None."""
    return next(
        (
            c
            for c in t.children
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and c.i not in cues
            and cue_stances().get(c.lemma_.lower()) == "denies"
        ),
        None,
    )


#: Verbs (with "by"/"to") by which a holder keeps to its own words ("stood by its account").
UPHOLDING_LEMMAS = frozenset({"stand", "stick"})
#: Nouns naming a holder's own earlier words, upheld ("stood by its assessment").
UPHELD_OWN_NOUNS = frozenset(
    {
        "account",
        "version",
        "assessment",
        "finding",
        "claim",
        "statement",
        "report",
        "count",
        "estimate",
        "figure",
        "toll",
        "conclusion",
    }
)
#: Possessives by which the upheld words are the holder's own ("its account").
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})


def _upheld_words(doc: Doc, stmts: list[RawStatement]) -> list[RawStatement]:
    """Statements for words a holder stands by in the article's own voice: "the army
    stood by its account" holds what the army said before, with no verb of saying."""
    cues = {s.cue_token for s in stmts}
    text = doc_text(doc)
    out: list[RawStatement] = []
    for t in doc:
        if t.lemma_.lower() not in UPHOLDING_LEMMAS or t.pos_ != "VERB" or t.i in cues:
            continue
        noun = next(
            (
                o
                for p in t.children
                if p.dep_ == "prep" and p.lower_ in ("by", "to")
                for o in p.children
                if o.dep_ == "pobj"
            ),
            None,
        )
        if noun is None or noun.lemma_.lower() not in UPHELD_OWN_NOUNS:
            continue
        if not any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in noun.children):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or any(s.content[0] <= t.idx < s.content[1] for s in stmts):
            continue  # (inside someone's words: theirs)
        last = noun.right_edge
        while last.i > noun.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        out.append(
            RawStatement(
                cue_token=t.i,
                cue=(t.idx, t.idx + len(t.text)),
                content=trim_edges(text, noun.left_edge.idx, last.idx + len(last.text)),
                speaker=trim_edges(text, *subtree_range(subj)),
                speaker_token=subj.i,
                confidence=0.5,
            )
        )
    return out


def _with_description(doc: Doc, stmts: list[RawStatement]) -> None:
    """Extend a speaker to the apposition or relative clause that follows its name
    ('"A," said Alan Cole, an economist at the Tax Foundation.'; 'Don Fowler, who led
    the party, said'), unless that runs into the statement's content or a quotation."""
    text = doc_text(doc)
    for s in stmts:
        if s.speaker is None or s.speaker_token is None:
            continue
        head = doc[s.speaker_token]
        if not (s.speaker[0] <= head.idx < s.speaker[1]):
            continue
        end = s.speaker[1]
        for c in head.rights:
            if c.dep_ not in ("appos", "relcl", "acl") or c.idx < s.speaker[1]:
                continue
            gap = text[end : c.left_edge.idx]
            if gap.strip(" ,.)\n") or "\n" in gap:  # (", " or a closing "(D-N.C.), ")
                break
            hi = subtree_range(c)[1]
            c0, c1 = s.content
            if (c0 < hi and end < c1) or any(t.is_quote for t in c.subtree):
                break
            end = hi
        if end > s.speaker[1]:
            s.speaker = trim_edges(text, s.speaker[0], end)


def _with_name_after(doc: Doc, stmts: list[RawStatement]) -> None:
    """Extend a speaker that is a description to the name just after it, which the
    parser made a second subject of the cue ("The conflict monitor ACLED said": the
    monitor is ACLED, not an unnamed monitor)."""
    text = doc_text(doc)
    for s in stmts:
        if s.speaker is None or s.speaker_token is None:
            continue
        head = doc[s.speaker_token]
        span = doc.char_span(*s.speaker, alignment_mode="expand")
        if span is None or head.pos_ != "NOUN" or span.end >= len(doc):
            continue
        name = doc[span.end]
        if name.pos_ != "PROPN" or name.head.i != head.head.i or name.dep_ != head.dep_:
            continue  # (only a second subject of the same cue, as the parser has it)
        hi = name.right_edge
        if not (name.left_edge.i == span.end and hi.i < doc[s.cue_token].i):
            continue
        if s.content[0] < hi.idx + len(hi) and s.speaker[1] < s.content[1]:
            continue
        s.speaker = trim_edges(text, s.speaker[0], hi.idx + len(hi))


_OPENING_QUOTES = frozenset('"“«')
_CLOSING_QUOTES = frozenset('"”»')


def _speaker_after_quote(doc: Doc, stmts: list[RawStatement]) -> None:
    """'"Our people carry hammers," its director, Hendra Wijaya, told Reuters': the
    parser hung the phrase between the closing quotation mark and the cue on the quote,
    so the cue kept no subject and its addressee was taken for the speaker. The phrase
    speaks; the quotation ends at its mark."""
    text = doc_text(doc)
    for s in stmts:
        c0, c1 = s.content
        cue = doc[s.cue_token]
        if (
            c0 == 0
            or text[c0 - 1] not in _OPENING_QUOTES
            or c1 > cue.idx
            or any(c.dep_ in _SUBJECT_DEPS for c in cue.children)
        ):
            continue
        if s.speaker_token is not None and (
            doc[s.speaker_token].head.i != cue.i or doc[s.speaker_token].dep_ in _SUBJECT_DEPS
        ):
            continue  # (only a speaker that is the cue's object, or none)
        q = next((k for k in range(c0, c1) if text[k] in _CLOSING_QUOTES), None)
        if q is None or text[q - 1 : q] != ",":
            continue
        phrase = doc.char_span(*trim_edges(text, q + 1, c1), alignment_mode="expand")
        if (
            phrase is None
            or not len(phrase)
            or "\n" in phrase.text
            or text[phrase.end_char : cue.idx].strip(" ,")
            or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in phrase)
            or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in phrase)
        ):
            continue
        s.speaker = (phrase.start_char, phrase.end_char)
        s.speaker_token = phrase.root.i
        s.content = trim_edges(text, c0, q)


def _speakers_left_out(doc: Doc, stmts: list[RawStatement]) -> None:
    """Give a speaker to statements whose cue the parser left without one: a
    participle ("North Korea confirmed A, saying B") speaks with the statement it hangs
    under; a cue coordinated with another takes its speaker ("X confirmed A, but said
    B"); a cue with no subject takes the name standing just before it ("In a video,
    gang leader Jimmy Cherizier, known as Barbecue, said ..." parsed as a conjunct)."""
    by_cue = {s.cue_token: s for s in stmts if s.cue is not None}
    text = doc_text(doc)
    for s in stmts:
        if s.cue is None:
            continue
        cue = doc[s.cue_token]
        if cue.tag_ == "VBG" and (
            cue.dep_ == "advcl" or (cue.dep_ == "pcomp" and cue.head.dep_ == "prep")
        ):
            # "..., saying B", "... after initially saying B"
            up = cue.head
            while up.head.i != up.i and up.i not in by_cue:
                up = up.head
            owner = by_cue.get(up.i)
            if (
                owner is not None
                and owner is not s
                and owner.speaker is not None
                # (a speaker found inside the owner's words is a misreading: "X said its
                # jets struck Y, adding that ..." is X adding, not the jets)
                and (s.speaker is None or owner.content[0] <= s.speaker[0] < owner.content[1])
            ):
                s.speaker, s.speaker_token = owner.speaker, owner.speaker_token
            continue
        if s.speaker is not None:
            continue
        if cue.pos_ != "VERB" or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
            continue
        owner = by_cue.get(cue.head.i) if cue.dep_ == "conj" else None
        if owner is not None and owner.speaker is not None:
            # "the ministry confirmed A, but said B": the first cue's speaker says B
            s.speaker, s.speaker_token = owner.speaker, owner.speaker_token
            continue
        if cue.tag_ == "VBD" and cue.i > 0 and doc[cue.i - 1].lower_ in ("and", "but"):
            # "X told reporters that A and dismissed reports of B as rumours", the parser
            # hanging "dismissed" inside A (even as a modifier of "reports"): the
            # statement just before it in the sentence, cut there, is X's
            before = [
                o
                for o in stmts
                if o is not s
                and o.speaker is not None
                and o.cue_token < cue.i
                and doc[o.cue_token].sent.start == cue.sent.start
                and o.content[1] <= cue.idx
            ]
            if before:
                owner = max(before, key=lambda o: o.cue_token)
                s.speaker, s.speaker_token = owner.speaker, owner.speaker_token
                continue
        k = cue.i - 1
        sent_start = cue.sent.start
        while k >= sent_start and doc[k].is_punct:
            k -= 1
        if k >= sent_start and doc[k].dep_ == "pobj" and doc[k].head.head.dep_ == "acl":
            # ", known as Barbecue,": past the phrase to the name it describes
            k = doc[k].head.head.head.i
        if k < sent_start or doc[k].ent_type_ != "PERSON":
            continue
        first = k
        while first > sent_start and (
            doc[first - 1].ent_type_ == "PERSON" or doc[first - 1].dep_ == "compound"
        ):
            first -= 1
        s.speaker = trim_edges(text, doc[first].idx, doc[k].idx + len(doc[k].text))
        s.speaker_token = k


def _speaker_under_dateline(doc: Doc, stmts: list[RawStatement]) -> None:
    """ "BANJA LUKA -- Moscow on Thursday dismissed as 'absurd' reports that ...": the
    dateline makes the name opening the sentence a root and its cue a relative clause
    on it, with no subject; the name is the speaker (only a time phrase between)."""
    text = doc_text(doc)
    for s in stmts:
        if s.speaker is not None or s.cue is None:
            continue
        cue = doc[s.cue_token]
        name = cue.head
        if (
            cue.pos_ != "VERB"
            or cue.dep_ != "relcl"
            or any(c.dep_ in _SUBJECT_DEPS for c in cue.children)
            or name.i >= cue.i
            or name.dep_ != "ROOT"
            or name.pos_ != "PROPN"
            or name.ent_type_ not in ("GPE", "ORG", "PERSON", "NORP")
        ):
            continue
        between = doc[name.i + 1 : cue.i]
        if any(not (t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep") for t in between):
            continue
        first = name
        while first.i > name.sent.start and doc[first.i - 1].ent_type_ == name.ent_type_:
            first = doc[first.i - 1]
        if first.i == name.sent.start or any(
            doc[k].text in ("--", "-", "—", "–") for k in range(name.sent.start, first.i)
        ):
            s.speaker = trim_edges(text, first.idx, name.idx + len(name.text))
            s.speaker_token = name.i


#: Reporting verbs that close a sentence after their content: "..., the NIS said Friday."
POSTPOSED_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "add",
        "report",
        "announce",
        "claim",
        "confirm",
        "deny",
        "state",
        "write",
        "insist",
        "warn",
        "note",
        "explain",
        "allege",
        "acknowledge",
        "argue",
        "reply",
        "respond",
        # "..., - informs the press service": Russian "сообщает" word for word
        "inform",
    }
)


def _postposed_break(t: Token) -> bool:
    """A comma or dash between said words and a postposed cue: also a spaced hyphen
    or "--", which scraped and machine-translated copy writes for the dash ('"The
    enemy retreated," - informs the press service': the speaker was lost)."""
    if t.text in (",", "—", "–"):
        return True
    return (
        t.text in ("-", "--")
        and bool(t.whitespace_)
        and t.i > 0
        and bool(t.doc[t.i - 1].whitespace_)
    )


#: What may follow such a verb before the full stop: "said Friday", "said on Monday",
#: "said in a statement", "told reporters".
_POSTPOSED_TAIL_DEPS = frozenset(
    {
        "npadvmod",
        "prep",
        "pobj",
        "det",
        "amod",
        "compound",
        "nummod",
        "advmod",
        "dobj",
        "dative",
        "poss",
        "case",
        "punct",
        "pcomp",
        "acl",
    }
)
#: Longest speaker phrase between the comma and the verb, in tokens.
POSTPOSED_MAX_SPEAKER = 14


def _hyphened_modifier(t: Token) -> bool:
    """ "run" in "the Houthi-run health ministry": a participle joined by a hyphen into
    a noun's modifier, not a verb of its own."""
    doc = t.doc
    return (
        t.dep_ in ("compound", "amod")
        and t.i > 0
        and doc[t.i - 1].text == "-"
        and not doc[t.i - 1].whitespace_
    )


def _clause_joined_after(cc: Token) -> bool:
    """ ", and the agency said B" after '<A>, the ministry said': another speaker's
    saying, with its own subject, joined on; the words said before the comma stop at
    the comma (not "<A>, X said, and none had been killed": X's words go on)."""
    if cc.dep_ != "cc" or cc.lower_ not in ("and", "but", "while", "whereas"):
        return False
    verb = next((t for t in cc.rights if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        verb = next((t for t in cc.doc[cc.i + 1 : cc.sent.end] if t.dep_ == "conj"), None)
    return (
        verb is not None
        and verb.dep_ == "conj"
        and verb.lemma_.lower() in cue_stances()
        and any(c.dep_ in _SUBJECT_DEPS and cc.i < c.i < verb.i for c in verb.children)
    )


def _postposed(
    cue: Token, ctx: DocContext
) -> tuple[tuple[int, int], tuple[int, int] | None, int | None, tuple[int, int]] | None:
    """'<content>, <speaker> said (Friday).' and '<content>, said <speaker>.' read off
    the word order, whatever the parser made of them (it often hangs the speaker on
    the last noun of the content as an apposition)."""
    if cue.lemma_.lower() not in POSTPOSED_LEMMAS or ctx.in_quote(cue) or cue.tag_ == "VBG":
        return None
    doc = cue.doc
    sent = cue.sent
    k = cue.i - 1
    while k > sent.start and not _postposed_break(doc[k]) and not doc[k].is_quote:
        k -= 1
    if k <= sent.start or doc[k].is_quote:
        return None
    speaker = doc[k + 1 : cue.i]
    after = doc[cue.i + 1 : sent.end]
    # "..., the ministry said, denying Ukrainian claims": a participle clause of its
    # own after the speaker (a statement of its own) leaves the words before as said
    participle = _participle_after(cue)
    if participle is not None:
        after = doc[cue.i + 1 : participle.i - 1]
    elif len(speaker) > 0:
        # "..., regional governor Oleh Kiper said on Monday, raising the toll", "...,
        # the ministry said, despite a ceasefire": a clause set off after the
        # attribution is the writer's, and leaves the words before as said
        # (not "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the
        # said words go on there)
        comma = next((t.i for t in after if t.text in (",", "—", "–")), None)
        if (
            comma is not None
            and comma + 1 < sent.end
            and (
                doc[comma + 1].tag_ == "VBG"
                or doc[comma + 1].lower_ in WRITERS_ADJUNCTS
                or _clause_joined_after(doc[comma + 1])
            )
        ):
            after = doc[cue.i + 1 : comma]
    if len(speaker) == 0:
        # "..., said Samir Khoury, the director." : the speaker follows the verb, unless
        # the verb has its subject before the comma ('"...," a spokesman, Petr Hollan,
        # told Coastal Wire': what follows is who was told)
        if any(c.dep_ in _SUBJECT_DEPS and c.i < cue.i for c in cue.children):
            return None
        tail = [t for t in after if not (t.is_punct or t.is_space)]
        if not tail or len(tail) > POSTPOSED_MAX_SPEAKER:
            return None
        if not any(t.pos_ in ("PROPN", "NOUN") for t in tail) or any(
            t.pos_ in ("VERB", "AUX") for t in tail
        ):
            return None
        src = (tail[0].idx, tail[-1].idx + len(tail[-1].text))
        head = tail[0].i
    else:
        if len(speaker) > POSTPOSED_MAX_SPEAKER or any(
            t.pos_ in ("VERB", "AUX") and not _hyphened_modifier(t) for t in speaker
        ):
            return None
        if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in speaker):
            return None
        if any(
            not (t.is_punct or t.is_space or t.dep_ in _POSTPOSED_TAIL_DEPS)
            or t.pos_ in ("VERB", "AUX")
            for t in after
        ):
            return None
        src = (speaker[0].idx, speaker[-1].idx + len(speaker[-1].text))
        head = max(speaker, key=lambda t: t.i if t.pos_ in ("PROPN", "NOUN", "PRON") else -1).i
    first = sent.start
    content = trim_edges(doc_text(doc), doc[first].idx, doc[k].idx)
    if len(doc_text(doc)[content[0] : content[1]].split()) < 3:
        return None
    return content, src, head, (cue.idx, cue.idx + len(cue.text))


#: Dependents of a cue that may open its content by mistake: a time ("said Sunday two
#: people were killed"), a channel ("said on Telegram that ...").
_CUE_MODIFIER_DEPS = frozenset({"npadvmod", "prep", "advmod", "pobj", "tmod"})


def _past_cue_modifiers(cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """A content that opens with a word hung on the cue itself (or on its preposition)
    starts after that word's phrase, when words of a clause follow."""
    doc = cue.doc
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or len(span) < 3 or span[0].is_quote or span[0].is_punct:
        return content
    top = span[0]
    while top.head.i != top.i and span.start <= top.head.i < span.end:
        top = top.head
    hung = top.head.i == cue.i or (top.dep_ == "pobj" and top.head.head.i == cue.i)
    if hung and top.dep_ == "pobj" and top.head.lower_ == "as":
        # 'dismissed as "pure propaganda" a claim by the group that 28 had died': the
        # object put after the naming, which the parser hangs on it as an apposition
        shifted = next((c for c in top.children if c.dep_ == "appos" and c.i > top.i), None)
        if shifted is not None and shifted.left_edge.i > top.i:
            return trim_edges(doc_text(doc), shifted.left_edge.idx, content[1])
    if not hung or top.dep_ not in _CUE_MODIFIER_DEPS or top.right_edge.i + 1 >= span.end:
        return content
    rest = doc[top.right_edge.i + 1 : span.end]
    if not any(t.dep_ in ("nsubj", "nsubjpass", "mark") for t in rest):
        return content  # no clause follows: the phrase was all there was
    return trim_edges(doc_text(doc), rest[0].idx, content[1])


#: Verbs of how a speaker spoke, which end the words when they follow them ("...,
#: without providing evidence", "..., but gave no details"): the speaker's, not said.
SPEAKER_ACT_LEMMAS = frozenset(
    {
        "provide",
        "give",
        "offer",
        "claim",
        "cite",
        "elaborate",
        "say",
        "specify",
        "present",
        "name",
        "identify",
        "decline",
        "refuse",
        "comment",
        "disclose",
        "reveal",
    }
)


def _without_asides(cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The words without a trailing aside about the speaking ("..., without claiming
    responsibility", "..., but gave no details on damage")."""
    doc = cue.doc
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return content
    for t in span[1:]:
        if t.lemma_.lower() not in SPEAKER_ACT_LEMMAS or t.pos_ != "VERB":
            continue
        opener = doc[t.i - 1]
        aside = (opener.lower_ == "without" and t.tag_ == "VBG") or (
            t.dep_ == "conj"
            and opener.lower_ in ("but", "and")
            and not any(c.dep_ in _SUBJECT_DEPS for c in t.children)
        )
        if aside and t.i - 2 >= span.start and doc[t.i - 2].text == ",":
            return trim_edges(doc_text(doc), content[0], doc[t.i - 2].idx)
    return content


#: Day words that, right after "said", tell when it was said (AP style: "Police said
#: Sunday two people were killed"), whatever the parser hangs them on.
_SAID_DAY_TEXT = "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight"
SAID_DAY_WORDS = frozenset(_SAID_DAY_TEXT.split())


def _past_said_day(cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """A content that opens with the day it was said ("Sunday", "on Monday") before
    a clause of its own starts after the day."""
    doc = cue.doc
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or len(span) < 3 or span.start <= cue.i:
        return content
    # "announced today, Tuesday, that ...": Arabic and Russian wire copy gives the day
    # twice; the content began at the second day word (only day words and commas may
    # stand between the cue and the content)
    if not all(t.lower_ in SAID_DAY_WORDS or t.text == "," for t in doc[cue.i + 1 : span.start]):
        return content
    i = span.start + (1 if span[0].lower_ == "on" else 0)
    if doc[i].lower_ not in SAID_DAY_WORDS:
        return content
    j = i + 1
    while j < span.end and doc[j].ent_type_ == "DATE" and doc[j].ent_iob_ == "I":
        j += 1  # "Monday night"
    if j < span.end and doc[j].lower_ == ",":
        j += 1
    rest = doc[j : span.end]
    if not rest or not any(t.dep_ in ("nsubj", "nsubjpass") for t in rest):
        return content
    return trim_edges(doc_text(doc), rest[0].idx, content[1])


def content_called_false(doc: Doc, s: RawStatement) -> bool:
    """Whether the content says of a statement or report that it is false ("The
    statement ... about the alleged end of hostility ... is not true")."""
    span = doc.char_span(*s.content, alignment_mode="expand")
    if span is None or not len(span) or span.root.lemma_.lower() != "be":
        return False
    subj = next((c for c in span.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in COUNT_NOUNS | _CLAIM_WORDS:
        return False
    words = [t.lower_ for t in doc[span.root.i : span.end] if not (t.is_punct or t.is_quote)]
    return any(
        tuple(words[k : k + len(m)]) == m
        for m in denial_markers()
        for k in range(len(words) - len(m) + 1)
    )


#: Nouns for what someone said, which a content can call false.
_CLAIM_WORDS = frozenset(
    {"statement", "claim", "report", "allegation", "accusation", "assertion", "information"}
)

#: Verbs by which someone names what a claim is ("called the allegation baseless").
NAMING_AS_FALSE_LEMMAS = frozenset({"call", "describe", "brand", "label", "term", "dub"})


def named_as(cue: Token) -> list[Token]:
    """What "called X Y" names X, when the parser hangs Y on X as its apposition
    ('called the army's figure "a fairy tale"')."""
    return [
        a
        for o in cue.children
        if o.dep_ == "dobj"
        for a in o.children
        if a.dep_ == "appos" and a.i > o.i
    ]


def _called_false(cue: Token) -> bool:
    """Whether "called X Y" (or "described X as Y") names X false by a denial marker."""
    toks = [
        t
        for c in (*cue.children, *named_as(cue))
        if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "prep", "appos")
        for t in c.subtree
        if not t.is_punct and not t.is_quote
    ]
    # the words as written and their lemmas: "a pack of lies", "fabrications"
    return any(
        tuple(words[k : k + len(m)]) == m
        for words in ([t.lower_ for t in toks], [t.lemma_.lower() for t in toks])
        for m in denial_markers()
        for k in range(len(words) - len(m) + 1)
    )


def _contrasted(doc: Doc, s: RawStatement) -> bool:
    """Whether a statement is set against the one before ("..., while the RSF said B",
    "whereas Kyiv said"): a second voice, not words reported inside the first's."""
    if s.speaker is None:
        return False
    k = doc.char_span(*s.speaker, alignment_mode="expand")
    if k is None or k.start == 0:
        return False
    return doc[k.start - 1].lower_ in ("while", "whereas")


_JOINER_RE = re.compile(r"(?:but|and|while|yet|whereas)\s+", re.IGNORECASE)


def _without_joiner(text: str, rng: tuple[int, int]) -> tuple[int, int]:
    """A speaker span without the conjunction the parser put in it ("but Ukraine")."""
    m = _JOINER_RE.match(text, rng[0], rng[1])
    return (m.end(), rng[1]) if m and m.end() < rng[1] else rng


#: Words opening a clause the writer adds after an attribution ("..., the ministry
#: said, despite a ceasefire"); a participle ("..., raising the toll") does the same.
WRITERS_ADJUNCTS = frozenset({"despite", "amid"})


#: Reporting verbs whose object is who was told, not what ("telling senators that ...").
ADDRESSEE_LEMMAS = frozenset({"tell", "inform", "assure", "brief", "notify", "remind"})


def _past_addressee(cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """ "..., telling reporters that four soldiers had died": what was said is the clause
    after the addressee, not the addressee the role labeller took for it."""
    if cue.lemma_.lower() not in ADDRESSEE_LEMMAS:
        return content
    told = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
    if told is None:
        return content
    what = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > told.i), None)
    lo, hi = subtree_range(told)
    if what is None or not (lo <= content[0] and content[1] <= hi):
        return content
    return subtree_range(what)


def _with_participle_after(cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """'confirmed that 45 instructors were in the country, training the guard': a
    participle clause of the said clause's verb, set off by a comma, is part of the
    words (not a reporting participle, "..., adding that B", a statement of its own)."""
    doc = cue.doc
    if cue.idx >= content[0]:
        return content
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or not len(span) or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return content
    part = doc[span.end + 1]
    if (
        part.tag_ != "VBG"
        or part.dep_ != "advcl"
        or not (span.start <= part.head.i < span.end)
        or part.head.i == cue.i
        or part.lemma_.lower() in cue_stances()
        or part.sent.start != cue.sent.start
    ):
        return content
    last = part.right_edge
    while last.i > part.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return (content[0], max(content[1], last.idx + len(last.text)))


def _participle_after(cue: Token) -> Token | None:
    """The reporting participle that follows a cue after a comma, whatever the parser
    hung it on: "said, denying ...", "said, adding that ..."."""
    doc = cue.doc
    for t in doc[cue.i + 1 : cue.sent.end - 1]:
        if t.text == "," and t.i + 1 < len(doc):
            nxt = doc[t.i + 1]
            if nxt.tag_ == "VBG" and nxt.lemma_.lower() in cue_stances():
                return nxt
            return None
        if t.pos_ in ("VERB", "AUX") or t.is_quote:
            return None
    return None


def _said_then(
    cue: Token,
) -> tuple[tuple[int, int], tuple[int, int] | None, int | None, tuple[int, int]] | None:
    """'<words>, X said, denying Ukrainian claims': the participle's speaker is X and
    its content its own object, not the words before (the parser often hangs the
    participle on the first clause, whose subject it then takes for the speaker)."""
    if cue.tag_ != "VBG" or cue.i < 2 or cue.doc[cue.i - 1].text != ",":
        return None
    said = next(
        (t for t in reversed(cue.doc[cue.sent.start : cue.i - 1]) if t.pos_ in ("VERB", "AUX")),
        None,
    )
    after = _participle_after(said) if said is not None else None
    if said is None or after is None or after.i != cue.i:
        return None
    subj = next((c for c in said.children if c.dep_ in _SUBJECT_DEPS and c.i < said.i), None)
    what = next((c for c in cue.children if c.dep_ in ("dobj", "ccomp")), None)
    if subj is None or what is None or said.lemma_.lower() not in cue_stances():
        return None
    speaker = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
    content = (what.left_edge.idx, what.right_edge.idx + len(what.right_edge.text))
    return content, speaker, subj.i, (cue.idx, cue.idx + len(cue.text))


#: Subordinators of a time clause: a saying in one is not about the main clause.
TIME_MARKS = frozenset({"after", "before", "when", "since", "until", "while", "as"})


def _saying_in_time_clause(
    cue: Token,
) -> tuple[tuple[int, int], tuple[int, int] | None, int | None, tuple[int, int]] | None:
    """'..., a day after mediators announced a breakthrough': what the mediators
    announced is the breakthrough, not the main clause the time clause hangs on."""
    if cue.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in cue.children
    ):
        return None
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    what = next((c for c in cue.children if c.dep_ in ("dobj", "ccomp")), None)
    if subj is None or what is None or what.i < cue.i:
        return None
    speaker = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
    content = (what.left_edge.idx, what.right_edge.idx + len(what.right_edge.text))
    return content, speaker, subj.i, (cue.idx, cue.idx + len(cue.text))


def _said_later_that(
    cue: Token,
) -> tuple[tuple[int, int], tuple[int, int] | None, int | None, tuple[int, int]] | None:
    """'the army said hours later that it had retaken it': the parser hangs the "that"
    clause on "later", leaving the cue no content of its own."""
    if cue.lemma_.lower() not in cue_stances() or any(
        c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children
    ):
        return None
    what = next(
        (
            g
            for c in cue.children
            if c.dep_ == "advmod"
            for g in c.children
            if g.dep_ == "ccomp"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
        ),
        None,
    )
    subj = next((c for c in cue.children if c.dep_ in _SUBJECT_DEPS and c.i < cue.i), None)
    if what is None or subj is None:
        return None
    speaker = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
    content = (what.left_edge.idx, what.right_edge.idx + len(what.right_edge.text))
    return content, speaker, subj.i, (cue.idx, cue.idx + len(cue.text))


def _without_time(doc: Doc, rng: tuple[int, int]) -> tuple[int, int]:
    """A speaker phrase without a trailing date the parser hung on it ("Ukraine's
    military intelligence agency on April 7")."""
    span = doc.char_span(*rng, alignment_mode="expand")
    if span is None or len(span) < 2:
        return rng
    end = span.end
    k = end - 1
    while k > span.start and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].is_punct):
        k -= 1
    if k < end - 1 and doc[k].pos_ == "ADP":
        k -= 1  # the "on" of "on April 7"
    if k < end - 1 and k >= span.start:
        return trim_edges(doc_text(doc), rng[0], doc[k].idx + len(doc[k].text))
    return rng


def _within_noun_cue(cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """A noun cue's content ends with the noun's phrase: in "the army's claim of a
    command centre near the hospital was a fabrication" the army claimed the command
    centre; "was a fabrication" is what the outer speaker says of it."""
    # (a noun the tagger took for a verb still heads a noun's phrase: "Philippine
    # claims that ... were false", with "claims" the subject of "were")
    as_noun = cue.pos_ == "NOUN" or cue.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if not as_noun or cue.right_edge.i == cue.i:
        return content
    end = cue.right_edge.idx + len(cue.right_edge.text)
    if content[0] < end < content[1] and content[0] > cue.idx:
        return content[0], end
    return content


def _with_hyphened_parts(doc: Doc, rng: tuple[int, int]) -> tuple[int, int]:
    """The speaker with the rest of a hyphenated name it stops inside ("al" of
    "al-Baba")."""
    span = doc.char_span(*rng, alignment_mode="expand")
    if span is None or not len(span):
        return rng
    k = hyphen_joined_end(doc, span.end, lambda n: n.is_alpha)
    if k == span.end:
        return rng
    return rng[0], doc[k - 1].idx + len(doc[k - 1].text)


def _with_closing_bracket(text: str, rng: tuple[int, int]) -> tuple[int, int]:
    """The speaker with the closing bracket of one it opens: the parse hangs ")" on the
    verb, so "The Myanmar National Democratic Alliance Army (MNDAA) said" gave a
    speaker ending "(MNDAA"."""
    start, end = rng
    if text.count("(", start, end) <= text.count(")", start, end):
        return rng
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    return (start, k + 1) if k < len(text) and text[k] == ")" else rng


def _with_name_modifiers(doc: Doc, rng: tuple[int, int]) -> tuple[int, int]:
    """The speaker with the proper names that modify it just before it: "M23 rebels"
    where a dateline ("KINSHASA, Dec 18 (AFP) - M23 rebels said") made the parser hang
    the phrase on the city and the decoder keep "rebels" alone."""
    span = doc.char_span(*rng, alignment_mode="expand")
    if span is None or not len(span):
        return rng
    k = span.start - 1
    while (
        k >= 0
        and doc[k].pos_ == "PROPN"
        and doc[k].dep_ == "compound"
        and span.start <= doc[k].head.i < span.end
    ):
        k -= 1
    return (doc[k + 1].idx, rng[1]) if k + 1 < span.start else rng


def _according_to(
    cue: Token,
) -> tuple[tuple[int, int], tuple[int, int] | None, int | None, tuple[int, int]] | None:
    """'According to X(, ...), Y' / 'Y, according to X': fixed roles, no model needed.

    The source is the whole phrase after "according to" ("North Korea reports"),
    the content the clause the phrase modifies, without the phrase.
    """
    if cue.lower_ != "according" or cue.head.i == cue.i:
        return None
    to = next((c for c in cue.children if c.lower_ == "to"), None)
    if to is None:
        return None
    doc = cue.doc
    lo, hi = to.i + 1, cue.right_edge.i
    while hi >= lo and doc[hi].is_punct:
        hi -= 1
    content = rest_of(cue.head, cue)
    main = _clause_before(cue)
    if main is not None:
        content = main
    own = _sources_own_clause(cue, to)
    if own is not None:
        # "..., according to witnesses it interviewed": the clause is the source's
        content, hi = own
    if hi < lo or content is None:
        return None
    verb = cue.head
    if (
        main is None
        and own is None
        and content is not None
        and verb.dep_ == "ccomp"
        and verb.head.i > verb.i
        and verb.head.lemma_.lower() not in cue_stances()
        and all(t.is_punct or t.is_space or t.dep_ == "cc" for t in doc[cue.sent.start : cue.i])
    ):
        # "According to X, 41 bodies had been counted and 12 people, most of them
        # women, had been taken away": the parser made the first clause a complement of
        # the last; the phrase opens the sentence, so all of the rest is what X said
        end = verb.head.right_edge.i
        while end > verb.head.i and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        content = (content[0], max(content[1], doc[end].idx + len(doc[end].text)))
    if main is None and cue.i < verb.i and content is not None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        commas = [k for k in range(lo, hi + 1) if doc[k].text == ","]
        if not subjects and commas and commas[-1] < hi:
            # "According to the U.N. mission, MONUSCO, at least 25 civilians were
            # killed": the parser hung the subject on the source's apposition; the
            # source ends at its last comma, the rest is what was said
            content = (doc[commas[-1] + 1].idx, content[1])
            hi = commas[-1] - 1
        elif len(subjects) >= 2 and subjects[0].i > hi and subjects[0].dep_ != "expl":
            # "According to Sylvain Ekenge, an army spokesman, the rebels lost 40
            # fighters": the apposition read as a second subject is no part of what was
            # said (the source stays the name: with the parse this broken, the
            # apposition would make the linker read "an army spokesman" as its head)
            first = subjects[0]
            end = first.right_edge.i
            while end > first.i and doc[end].is_punct:
                end -= 1
            if (
                end + 1 < subjects[1].left_edge.i
                and doc[end + 1].text == ","
                and all(doc[k].is_punct for k in range(hi + 1, first.left_edge.i))
            ):
                content = (subjects[1].left_edge.idx, content[1])
    # "According to the words of the spokesman X" (Russian "по словам", Ukrainian "за
    # словами"), "according to the data of the ministry": a calque whose words are no
    # part of the source; left in, the source was "the words of ..." and linked to nobody
    k = lo + (1 if doc[lo].lower_ == "the" else 0)
    if k + 2 <= hi and doc[k].lower_ in _CALQUE_SOURCE_NOUNS and doc[k + 1].lower_ == "of":
        lo = k + 2
    source = (doc[lo].idx, doc[hi].idx + len(doc[hi].text))
    src_head = max(range(lo, hi + 1), key=lambda k: -len(list(doc[k].ancestors)))
    if own is not None:
        src_head = next(c.i for c in to.children if c.dep_ == "pobj")  # (not its clause)
    return content, source, src_head, (cue.idx, to.idx + len(to.text))


#: Nouns of translated "according to the N of X" that only say X spoke or published.
_CALQUE_SOURCE_NOUNS = frozenset({"words", "data"})


#: Cues of "As reported in the Telegram channel of X, ..." and the nouns for where.
_AS_REPORTED_LEMMAS = frozenset({"report", "say", "state", "write", "inform", "announce"})
_CHANNEL_NOUNS = frozenset(
    {"channel", "account", "page", "website", "site", "blog", "statement", "post"}
)


def _as_reported_in(
    cue: Token,
) -> tuple[tuple[int, int], tuple[int, int], int, tuple[int, int]] | None:
    """'As reported in the Telegram channel of X, A' (Russian "как сообщается в
    телеграм-канале X"): X said A through the channel. The parser makes "reported" the
    root and hangs A on the channel's owner, so the speaker was lost and the content
    cut; the roles are fixed by the word order."""
    doc = cue.doc
    sent = cue.sent
    if (
        cue.i != sent.start + 1
        or doc[sent.start].lower_ != "as"
        or cue.lemma_.lower() not in _AS_REPORTED_LEMMAS
        or cue.i + 1 >= sent.end
        or doc[cue.i + 1].lower_ not in ("in", "on")
    ):
        return None
    comma = next((t.i for t in doc[cue.i + 1 : sent.end] if t.text == ","), None)
    if comma is None:
        return None
    of = next(
        (
            t.i
            for t in doc[cue.i + 2 : comma]
            if t.lower_ == "of" and doc[t.i - 1].lemma_.lower() in _CHANNEL_NOUNS
        ),
        None,
    )
    if of is None or of + 1 >= comma:
        return None
    end = sent.end
    while end > comma + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - comma - 1 < 3:
        return None
    source = (doc[of + 1].idx, doc[comma - 1].idx + len(doc[comma - 1].text))
    src = doc[of + 1 : comma]
    head = max(src, key=lambda t: t.i if t.pos_ == "PROPN" else -1).i
    content = (doc[comma + 1].idx, doc[end - 1].idx + len(doc[end - 1].text))
    channel = doc[of - 1]
    return content, source, head, (cue.idx, channel.idx + len(channel.text))


def _sources_own_clause(cue: Token, to: Token) -> tuple[tuple[int, int], int] | None:
    """'X said A, according to witnesses it interviewed' / '... documents Reuters has
    seen': the parser may make the source's relative clause ("it interviewed") the verb
    the phrase hangs on, a clause of X's verb. Then the source runs to the sentence's
    end and the content is the clause before the phrase, A. Gives (content, last token
    of the source)."""
    head, doc = cue.head, cue.doc
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if (
        src is None
        or not (head.i > cue.i and head.dep_ in ("ccomp", "conj", "advcl", "relcl"))
        or cue.i == 0
        or doc[cue.i - 1].text != ","
    ):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i != src.right_edge.i + 1 or head.i > subj.i + 3:
        return None
    end = head.right_edge.i
    while end > head.i and doc[end].is_punct:
        end -= 1
    if any(not (t.is_punct or t.is_space) for t in doc[end + 1 : head.sent.end]):
        return None
    outer = head.head
    before = [
        c
        for c in outer.children
        if c.i < cue.i and c.dep_ in ("ccomp", "conj", "advcl") and c.right_edge.i < cue.i
    ]
    lo = before[-1].left_edge.i if before else outer.left_edge.i
    if lo < len(doc) and doc[lo].dep_ == "mark" and doc[lo].lower_ == "that":
        lo += 1
    hi = cue.i - 1
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    if hi < lo:
        return None
    return (doc[lo].idx, doc[hi].idx + len(doc[hi].text)), end


def _clause_before(cue: Token) -> tuple[int, int] | None:
    """'A rose to 17, according to X, after teams found more bodies': the parser may hang
    the phrase on the clause after it (a conjunct or adverbial clause of A's verb); the
    content is then the clause before the phrase, A, not the trailing clause."""
    head, doc = cue.head, cue.doc
    if not (
        head.i > cue.i
        and head.dep_ in ("conj", "advcl")
        and head.head.i < cue.i
        and cue.i > 0
        and doc[cue.i - 1].text == ","
    ):
        return None
    main = head.head
    lo, hi = main.left_edge.i, cue.i - 1
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    if hi < lo or not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in main.children):
        return None
    return (doc[lo].idx, doc[hi].idx + len(doc[hi].text))


def _citing(doc: Doc, stmts: list[RawStatement]) -> list[RawStatement]:
    """'A, Interfax reported, citing emergency services': the services said A, and
    Interfax carried it (the participle names the source, not words of its own)."""
    by_cue = {s.cue_token: s for s in stmts}
    drop = set()
    for k, c in enumerate(stmts):
        cue = doc[c.cue_token]
        if cue.lemma_.lower() != "cite" or cue.tag_ != "VBG" or c.speaker is None:
            continue
        said = next(
            (
                by_cue[t.i]
                for t in reversed(doc[cue.sent.start : cue.i])
                if t.i in by_cue and by_cue[t.i] is not c
            ),
            None,
        )
        if (
            said is None
            or said.speaker != c.speaker
            or said.content[1] > c.content[0]
            or not _is_outlet(doc, said.speaker)  # "the UN said ..., citing reports"
        ):
            continue
        said.via, said.speaker = said.speaker, c.content
        source = doc.char_span(*c.content, alignment_mode="expand")
        said.speaker_token = source.root.i if source is not None else None
        said.resolved = None
        drop.add(k)
    return [s for k, s in enumerate(stmts) if k not in drop]


def _according_to_on_a_saying(doc: Doc, stmts: list[RawStatement]) -> list[RawStatement]:
    """'X said A, according to Y' hangs on X's statement: A stops before the phrase, and
    where Y is only the medium ("a statement", "an interview") it is no statement of
    its own (a person or body stays one: Y reports that X said A)."""
    text = doc_text(doc)
    by_cue = {s.cue_token: s for s in stmts}
    drop = set()
    for k, a in enumerate(stmts):
        cue = doc[a.cue_token]
        if cue.lower_ != "according":
            continue
        # (the parser may hang the phrase on the verb of A rather than on "said")
        said = next((by_cue[h.i] for h in cue.ancestors if h.i in by_cue), None)
        if said is None or said is a:
            continue
        lo, hi = cue.left_edge.idx, cue.right_edge.idx + len(cue.right_edge.text)
        if a.speaker is not None and a.speaker[0] >= lo:
            hi = max(hi, a.speaker[1])  # ("according to witnesses it interviewed")
        if said.content[0] < lo < said.content[1] <= hi:  # the phrase ends A
            said.content = trim_edges(text, said.content[0], lo)
        elif lo <= said.content[0] < hi < said.content[1]:  # or opens it
            said.content = trim_edges(text, hi, said.content[1])
        if a.speaker_token is not None and doc[a.speaker_token].lemma_.lower() in _MEDIA:
            drop.add(k)
        elif a.speaker_token is not None and _own_data(doc, doc[a.speaker_token], said):
            # "X said A, according to the office's figures", of X's office: X's own
            # numbers, not a second source reporting that X said A
            drop.add(k)
    return [s for k, s in enumerate(stmts) if k not in drop]


def _own_data(doc: Doc, head: Token, said: RawStatement) -> bool:
    """Whether ``head`` is the figures of the one who said ("its figures", "the
    office's figures" after "a spokeswoman for the Ombudsman's Office said")."""
    if head.lemma_.lower() not in _OWN_DATA or said.speaker is None:
        return False
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return False
    if owner.lower_ in ("its", "their", "his", "her"):
        return True
    speaker = doc_text(doc)[said.speaker[0] : said.speaker[1]].lower()
    return re.search(rf"\b{re.escape(owner.lower_)}\b", speaker) is not None


def _with_cited_verbs(cues: list[tuple[Token, float]]) -> list[tuple[Token, float]]:
    """The cues found, plus the speech verb an "according to" hangs on: in "OCHA said it
    was alarmed, according to a statement" OCHA still speaks (the cue model, trained on
    PolNeAR, learnt to leave such verbs to "according to")."""
    found = {t.i for t, _ in cues}
    extra = []
    for t, p in cues:
        h = t.head
        if (
            t.lower_ == "according"
            and h.i != t.i
            and h.i not in found
            and h.pos_ == "VERB"
            and h.lemma_.lower() in cue_stances()
            and any(c.dep_ in _SUBJECT_DEPS for c in h.children)
            and any(c.dep_ == "ccomp" for c in h.children)
        ):
            extra.append((h, p))
            found.add(h.i)
    return sorted(cues + extra, key=lambda tp: tp[0].i)


def _with_denial_participles(cues: list[tuple[Token, float]]) -> list[tuple[Token, float]]:
    """The cues found, plus a denial participle appended to a statement's words with a
    claim as its object ("said three soldiers had been killed, rejecting the toll
    published by the militants"): a denial of its own, which the cue model (trained on
    PolNeAR) scores just under its threshold."""
    if not cues:
        return cues
    doc = cues[0][0].doc
    found = {t.i for t, _ in cues}
    said = {t.i for t, _ in cues if t.lemma_.lower() in cue_stances()}
    extra = []
    for t in doc:
        if (
            t.i not in found
            and t.tag_ == "VBG"
            and t.dep_ == "advcl"
            and t.lemma_.lower() in APPENDED_DENIAL_LEMMAS
            and t.i > 0
            and doc[t.i - 1].text == ","
            and any(a.i in said for a in t.ancestors)
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _CHARGE_NOUNS | COUNT_NOUNS | {"report"}
                for c in t.children
            )
        ):
            extra.append((t, 0.5))
            found.add(t.i)
    return sorted(cues + extra, key=lambda tp: tp[0].i)


def _quoted_as_saying(
    cue: Token,
) -> (
    tuple[tuple[int, int], tuple[int, int] | None, int | None, tuple[int, int] | None, Token] | None
):
    """'TASS quoted a source as saying that X' and 'He was quoted by TASS as saying X':
    (content, speaker, speaker head, outlet, the saying verb). The one quoted is the
    speaker, the one quoting carries the words; the parse alone tells them apart."""
    if cue.lemma_.lower() not in ("quote", "cite"):
        return None
    say = next(
        (
            g
            for c in cue.children
            if c.lower_ == "as"
            for g in c.children
            if g.dep_ == "pcomp" and g.lemma_.lower() in cue_stances()
        ),
        None,
    )
    said = next((c for c in say.children if c.dep_ in ("ccomp", "dobj")), None) if say else None
    if say is None or said is None:
        return None
    passive = any(c.dep_ == "nsubjpass" for c in cue.children)
    speaker = next(
        (c for c in cue.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None
    )
    carrier = next((c for c in cue.children if c.dep_ == ("agent" if passive else "nsubj")), None)
    if carrier is not None and passive:
        carrier = next((c for c in carrier.children if c.dep_ == "pobj"), None)

    def span(t: Token | None) -> tuple[int, int] | None:
        if t is None:
            return None
        return t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)

    content = span(said)
    assert content is not None
    return content, span(speaker), speaker.i if speaker is not None else None, span(carrier), say


def _reporters_question(doc: Doc, s: RawStatement) -> bool:
    """ "Asked about X, he said ...": the question of an unnamed reporter, whose
    parse runs into the answer; the answer is the statement. So is "who asked not to
    be identified" no statement."""
    cue = doc[s.cue_token]
    if cue.lemma_.lower() != "ask":
        return False
    words = doc_text(doc)[s.content[0] : s.content[1]].lower()
    if "not to be" in words and any(w in words for w in ("named", "identified", "quoted")):
        return True  # "who asked not to be identified": no statement either
    return (
        cue.tag_ in ("VBN", "VBD")  # (the tagger reads a paragraph's "Asked" as past)
        and (cue.dep_ == "advcl" or all(t.is_space for t in cue.doc[cue.sent.start : cue.i]))
        and not any(c.dep_ in _SUBJECT_DEPS for c in cue.children)
        and s.speaker is None
    )


#: Heads of "according to X" that cite no one ("according to plan").
NOT_SOURCES = frozenset(
    {"plan", "schedule", "law", "tradition", "procedure", "protocol", "rule", "custom"}
)


_JOINERS = frozenset({"and", "but", "while", "then", "also", ",", ";", "—", "–", "-"})


def _coordinated(doc: Doc, s1: RawStatement, s2: RawStatement) -> bool:
    """'X said A would B and claimed C': the parser hung "claimed" on B, yet a
    reporting verb coordinated with a plain verb inside X's words is X's own."""
    cue1, cue2 = doc[s1.cue_token], doc[s2.cue_token]
    if cue2.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in cue2.children):
        return False
    stances = cue_stances()
    head = cue2.head
    return (
        cue2.lemma_.lower() in stances
        and cue1.lemma_.lower() in stances
        and head.lemma_.lower() not in stances
        and s1.content[0] <= head.idx < s1.content[1]
    )


def _untangle(doc: Doc, stmts: list[RawStatement]) -> None:
    """Cut a content where a sibling statement starts or ends inside it.

    The parser often hangs "... and suggested that B" or ", adding that B" under the
    first statement's content. A statement inside another's content whose speaker is
    not in that content (the same speaker, or none) is a sibling, not a nested report,
    so its part is cut from the first content. A nested report ("said that Y claimed
    Z") keeps its place.
    """
    text = doc_text(doc)
    for s1 in stmts:
        for s2 in stmts:
            if s2 is s1 or s2.cue is None:
                continue
            c0, c1 = s1.content
            if not (c0 <= s2.cue[0] < c1):
                if (
                    c0 < s2.content[0]
                    and s2.content[1] <= c1
                    and s2.cue[0] >= c1
                    and doc[s1.cue_token].idx < s2.content[0]
                ):
                    # '"A," the army said. "B," the ministry said.': the run of quotes
                    # the first cue took ends where the next speaker's own quote starts
                    end = s2.content[0]
                    own = [r[0] for r in (s1.cue, s1.speaker) if r is not None and c0 < r[0] < end]
                    s1.content = trim_edges(text, c0, min(own, default=end))
                continue
            cue1, cue2 = doc[s1.cue_token], doc[s2.cue_token]
            if _coordinated(doc, s1, s2):
                s2.speaker, s2.speaker_token = s1.speaker, s1.speaker_token
            elif _contrasted(doc, s2):
                pass  # "A, while the RSF said B": side by side, cut below
            elif cue2.dep_ == "conj" and cue2.head.i == cue1.i and cue2.i > cue1.i:
                # "Russia said A, but Ukraine denied it": two clauses side by side, and
                # "it" is what the first one said
                it = next((c for c in cue2.children if c.dep_ == "dobj"), None)
                if it is not None and it.lower_ in ("it", "this", "that") and s2.content[0] < c0:
                    s2.content = (it.idx, it.idx + len(it.text))
            elif s2.speaker is not None and c0 <= s2.speaker[0] < c1 and s2.speaker != s1.speaker:
                continue  # nested: someone else's words reported inside s1's
            lo = min(
                s2.cue[0],
                s2.content[0],
                s2.speaker[0] if s2.speaker and c0 <= s2.speaker[0] else c1,
            )
            hi = max(s2.cue[1], s2.content[1])
            if lo - c0 >= c1 - hi:
                # s2 sits at the end: end s1 before it and the words that join them
                cut = lo
                while cut > c0:
                    j = cut
                    while j > c0 and text[j - 1].isspace():
                        j -= 1
                    k = j
                    while k > c0 and not text[k - 1].isspace() and text[k - 1] not in ",;—–":
                        k -= 1
                    word = text[k:j] if k < j else ""
                    if word.lower() in _JOINERS:
                        cut = k
                    elif j > c0 and text[j - 1] in ",;—–":
                        cut = j - 1
                    else:
                        break
                s1.content = trim_edges(text, c0, max(cut, c0))
            else:
                s1.content = trim_edges(text, min(hi, c1), c1)
    # a content emptied by the cuts is dropped by the caller
    stmts[:] = [s for s in stmts if s.content[0] < s.content[1]]


#: A quotation shorter than this (in words) with no cue is a scare quote or a title,
#: not a statement.
ORPHAN_MIN_WORDS = 4
#: ... and one that ends a sentence inside its marks needs only this many.
ORPHAN_SENTENCE_MIN_WORDS = 2
#: How many sentences a quotation may stand after the statement whose speaker it takes.
ORPHAN_WINDOW = 3


def _orphan_quotes(doc: Doc, ctx: DocContext, stmts: list[RawStatement]) -> list[RawStatement]:
    """Statements for stand-alone quotations no cue claims (see module docstring)."""
    text = doc_text(doc)
    out: list[RawStatement] = []
    sent_starts = [s.start_char for s in doc.sents]
    for q in ctx.quotes:
        if any(c0 < q.inner_end and q.inner_start < c1 for c0, c1 in (s.content for s in stmts)):
            continue
        content = trim_edges(text, q.inner_start, q.inner_end)
        words = text[content[0] : content[1]].split()
        # a short quotation that is a sentence of its own ('"Marinka is ours."') is
        # words said, not a scare quote or a title
        sentence = text[q.inner_start : q.inner_end].rstrip()[-1:] in (".", "!", "?")
        if len(words) < (ORPHAN_SENTENCE_MIN_WORDS if sentence else ORPHAN_MIN_WORDS):
            continue
        para_lo, _ = _paragraph(text, q.start)
        before = text[para_lo : q.start].rstrip()
        if before and before[-1] not in '.!?:"”':
            continue  # quoted words inside a sentence of the article's own voice
        first_tok = doc.char_span(q.start, q.end, alignment_mode="expand")
        if first_tok is None or len(first_tok) == 0:
            continue
        speaker, head = _previous_speaker(doc, stmts + out, q.start, sent_starts)
        if speaker is None:
            continue
        out.append(
            RawStatement(
                cue_token=first_tok[0].i,
                cue=None,
                content=content,
                speaker=speaker,
                speaker_token=head,
                kind="direct",
            )
        )
    return out


def _resume_quotes(
    doc: Doc, ctx: DocContext, stmts: list[RawStatement], orphans: list[RawStatement]
) -> list[RawStatement]:
    """Statements and orphan quotations, an orphan that resumes the quotation just
    before it ('"A," said X, an aide. "B"', one paragraph) merged into that statement:
    one utterance, its content the hull of both quotations (PolNeAR's reading)."""
    text = doc_text(doc)
    quoted_then_cue = [
        s
        for s in stmts
        if s.cue is not None
        and s.content[1] <= s.cue[0]
        and any(q.inner_start <= s.content[0] and s.content[1] <= q.inner_end for q in ctx.quotes)
    ]
    kept: list[RawStatement] = []
    for o in orphans:
        s = max(
            (s for s in quoted_then_cue if s.cue is not None and s.cue[1] <= o.content[0]),
            key=lambda s: s.content[1],
            default=None,
        )
        if (
            s is None
            or s.cue is None
            or s.speaker != o.speaker
            or "\n" in text[s.content[1] : o.content[0]]
            or any(
                t.cue is not None
                and s.cue[1] <= t.cue[0] < o.content[0]
                # (", speaking of X," hung on the cue is part of its sentence)
                and doc[t.cue_token].sent.start != doc[s.cue_token].sent.start
                for t in stmts
                if t is not s
            )
        ):
            kept.append(o)
            continue
        s.content = (s.content[0], o.content[1])
    return [*stmts, *kept]


def _previous_speaker(
    doc: Doc, stmts: list[RawStatement], pos: int, sent_starts: list[int]
) -> tuple[tuple[int, int] | None, int | None]:
    """Who speaks a stand-alone quotation at ``pos``: a speaker of the article named as
    the subject of the sentence before or after it in its paragraph, when no one speaks
    in that sentence ("Varga was blunt when she spoke again. '...'"); else the last
    speaker within ORPHAN_WINDOW sentences; else the person the previous sentence is
    about ("Minister Ana Lima spoke on Friday.")."""
    from bisect import bisect_right

    here = bisect_right(sent_starts, pos) - 1
    sents = list(doc.sents)
    text = doc_text(doc)
    cues = [s.cue for s in stmts if s.cue is not None]
    speaker_words = {
        w.lower().strip(",.")
        for s in stmts
        if s.speaker is not None
        for w in text[s.speaker[0] : s.speaker[1]].split()
    }
    after = here + 1
    while after < len(sents) and all(t.is_punct or t.is_quote or t.is_space for t in sents[after]):
        after += 1  # a closing "»" the parser left as a sentence of its own
    for k in (here - 1, after):
        # 'Varga was blunt when she spoke again. "We will not sign ..."' and '"Not a
        # single container ..." Dubois used that line twice': a person the next or the
        # previous sentence of the paragraph is about, when no one speaks in it
        if (
            not 0 <= k < len(sents)
            or "\n" in text[min(pos, sents[k].start_char) : max(pos, sents[k].start_char)]
        ):
            continue
        sent = sents[k]
        if any(sent.root.idx == c[0] for c in cues):
            continue  # the sentence is a statement of its own ("... critics who say" is not)
        subj = next(
            (
                t
                for t in sent
                if t.dep_ == "nsubj"
                and t.pos_ == "PROPN"
                and t.ent_type_ not in ("GPE", "LOC", "FAC", "DATE")
                # a speaker of the article by name ("Varga", after "Maria Varga said")
                and t.lower_ in speaker_words
            ),
            None,
        )
        if subj is not None and (
            k == here - 1 or subj.i <= sent.start + len(_lead_punct(sent)) + 1
        ):
            return (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)), subj.i
    before = [s for s in stmts if s.speaker is not None and s.content[1] <= pos]
    if before:
        last = max(before, key=lambda s: s.content[1])
        if here - (bisect_right(sent_starts, last.content[1] - 1) - 1) <= ORPHAN_WINDOW:
            return last.speaker, last.speaker_token
    if here >= 1:
        prev_sent = list(doc.sents)[here - 1]
        for t in prev_sent:
            if (
                t.dep_ == "nsubj"
                and t.head.dep_ == "ROOT"
                and t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            ):
                return (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)), t.i
    return None, None


def _lead_punct(sent: Span) -> list[Token]:
    """The quote marks and punctuation a sentence opens with."""
    out = []
    for t in sent:
        if not (t.is_punct or t.is_quote or t.is_space):
            break
        out.append(t)
    return out


def _is_outlet(doc: Doc, span: tuple[int, int] | None) -> bool:
    if span is None:
        return False
    text = doc_text(doc)[span[0] : span[1]]
    if is_outlet_name(text):
        return True
    words = text.lower().split()
    if 0 < len(words) <= 6 and words[-1] in media_words():
        return True
    # "state broadcaster MRTV", "state television VTV", "state news agency Tanjug": a
    # medium word, then the outlet's name
    written = text.split()
    k = max((i for i, w in enumerate(words) if w in media_words()), default=-1)
    name = written[k + 1 :]
    return k >= 0 and len(words) <= 7 and 1 <= len(name) <= 3 and all(w[:1].isupper() for w in name)


def _named_reporter(doc: Doc, span: tuple[int, int] | None) -> bool:
    """A name of up to five capitalised words ("El Tiempo", "the Kathmandu Post") that
    names no country: after someone else's words, "..., El Tiempo reported" is an outlet
    the list does not know, carrying them."""
    if span is None:
        return False
    rng = doc.char_span(*span, alignment_mode="expand")
    if rng is None:
        return False
    words = [t for t in rng if not t.is_punct]
    if words and words[0].lower_ == "the":
        words = words[1:]
    return (
        1 <= len(words) <= 5
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
        # (the tagger takes many a paper for a person: "Prensa Libre"; a country
        # reporting is no outlet)
        and not any(t.ent_type_ in ("GPE", "NORP") for t in words)
    )


def _relays_for(doc: Doc, relay: RawStatement) -> bool:
    """Whether ``relay``'s speaker is an outlet, or a name reporting ("..., El Tiempo
    reported")."""
    if _is_outlet(doc, relay.speaker):
        return True
    return doc[relay.cue_token].lemma_.lower() == "report" and _named_reporter(doc, relay.speaker)


def _relay_clauses(doc: Doc) -> list[RawStatement]:
    """'..., Reuters reported.' found from the parse alone: an outlet as the subject of
    a reporting verb, after a comma, closing its sentence (a date or "in a statement"
    may follow). Given as statements whose content is the rest of the sentence."""
    out = []
    text = doc_text(doc)
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in RELAY_LEMMAS:
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if subj is None:
            continue
        rng = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
        if not _is_outlet(doc, rng) and not (
            t.lemma_.lower() == "report" and _named_reporter(doc, rng)
        ):
            continue
        sent = t.sent
        first = subj.left_edge.i
        if first <= sent.start or doc[first - 1].text not in (",", "—", "–"):
            continue
        # "..., Xinhua reported, citing the embassy": the source it names may follow
        citing = {
            x.i
            for c in t.children
            if c.dep_ == "advcl" and c.lemma_.lower() == "cite" and c.i > t.i
            for x in c.subtree
        }
        tail = doc[t.i + 1 : sent.end]
        if any(
            not (x.is_punct or x.is_space or x.dep_ in _RELAY_TAIL_DEPS or x.i in citing)
            for x in tail
        ):
            continue
        content = trim_edges(text, sent.start_char, doc[first - 1].idx)
        if content[0] >= content[1]:
            continue
        out.append(
            RawStatement(
                cue_token=t.i,
                cue=(t.idx, t.idx + len(t.text)),
                content=content,
                speaker=rng,
                speaker_token=subj.i,
                stance=cue_stances().get(t.lemma_.lower(), "reports"),
            )
        )
    return out


_RELAY_TAIL_DEPS = frozenset({"prep", "pobj", "npadvmod", "det", "nummod", "compound", "amod"})


def _split_relays(doc: Doc, stmts: list[RawStatement]) -> list[RawStatement]:
    """'<statement>, Reuters reported': Reuters becomes the via of the inner statement.

    The parser often makes the outlet's verb the head of the clause it relays, so a
    subject-of-verb rule would credit the outlet; here the relay is taken apart. A
    relay with no statement inside stays a statement of the outlet.
    """
    known = {s.cue_token for s in stmts}
    stmts = stmts + [r for r in _relay_clauses(doc) if r.cue_token not in known]
    drop: set[int] = set()
    for i, relay in enumerate(stmts):
        if relay.speaker is None or relay.cue is None or not _relays_for(doc, relay):
            continue
        if doc[relay.cue_token].lemma_.lower() not in RELAY_LEMMAS:
            continue
        clause_start = min(relay.speaker[0], relay.cue[0])
        # The relayed statement: its cue lies in the relay's content, or its content
        # swallowed the relay clause (the parser hung "Reuters reported" under "said").
        inner = [
            s
            for j, s in enumerate(stmts)
            if j != i
            and j not in drop
            and s.cue is not None
            and (
                relay.content[0] <= s.cue[0] < relay.content[1]
                or s.content[0] <= clause_start < s.content[1]
            )
            # "A, according to local newspaper Noroeste, citing unnamed sources": the
            # participle names the outlet's sources; it relays no statement of its own
            and not (
                doc[relay.cue_token].lower_ == "according"
                and doc[s.cue_token].lemma_.lower() == "cite"
                and s.cue[0] > relay.cue[0]
            )
        ]
        if not inner and (said := _speech_in_relay(doc, relay, clause_start)) is not None:
            # "Iran's foreign ministry denied that ..., state media reported": the cue
            # model may miss a cue the outlet's verb governs; the parse gives it
            stmts.append(said)
            inner = [said]
        if not inner:
            continue
        drop.add(i)
        relay_verb = doc[relay.cue_token]
        for s in stmts:
            cue = doc[s.cue_token]
            if (
                s is not relay
                and cue.lemma_.lower() == "cite"
                and cue.tag_ == "VBG"
                and cue.head.i == relay_verb.i
                and cue.i > relay_verb.i
            ):
                # "X said A, Xinhua reported, citing the embassy": the outlet cites,
                # not X (the cue model takes X for the participle's subject)
                s.speaker, s.speaker_token, s.resolved = relay.speaker, relay.speaker_token, None
        for s in inner:
            s.via = relay.speaker
            if s.content[0] < clause_start < s.content[1]:
                s.content = trim_edges(doc_text(doc), s.content[0], clause_start)
    for s in stmts:
        if s.via is None and s.cue is not None:
            s.via = _addressee_outlet(doc, s)
    return [s for i, s in enumerate(stmts) if i not in drop]


#: Reflexive pronouns: "calling itself X" names, it says nothing.
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
#: Nouns a writer appends to someone's words to say what they are ("..., a figure
#: that could not be independently verified").
REMARK_NOUNS = frozenset({"figure", "claim", "toll", "number", "account", "assertion"})
#: Verbs of checking in such a remark.
CHECKING_LEMMAS = frozenset({"verify", "confirm", "corroborate", "check"})


def _writers_remark(doc: Doc, s: RawStatement) -> int | None:
    """Where a writer's remark appended to the content begins (the comma before "a
    figure that could not be verified"), if there is one."""
    span = doc.char_span(*s.content, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if (
            t.lower_ in REMARK_NOUNS
            and t.i > span.start + 1
            and doc[t.i - 2].text == ","
            and doc[t.i - 1].lower_ in ("a", "an", "the")
            and any(
                c.dep_ in ("relcl", "acl")
                and any(g.lemma_.lower() in CHECKING_LEMMAS for g in c.subtree)
                for c in t.children
            )
        ):
            return doc[t.i - 2].idx
    return None


def _speech_in_relay(doc: Doc, relay: RawStatement, clause_start: int) -> RawStatement | None:
    """The statement a relay carries, from the parse: the verb of saying the outlet's
    verb governs, its subject the speaker and its clause the content."""
    outer = doc[relay.cue_token]
    verb = next(
        (
            c
            for c in outer.children
            if c.dep_ in ("ccomp", "parataxis")
            and c.idx < clause_start
            and c.lemma_.lower() in cue_stances()
        ),
        None,
    )
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    said = next((c for c in verb.children if c.dep_ in ("ccomp", "dobj") and c.i > verb.i), None)
    if subj is None or said is None:
        return None
    text = doc_text(doc)
    content = trim_edges(
        text, said.left_edge.idx, min(clause_start, said.right_edge.idx + len(said.right_edge.text))
    )
    if content[0] >= content[1]:
        return None
    return RawStatement(
        cue_token=verb.i,
        cue=(verb.idx, verb.idx + len(verb.text)),
        content=content,
        speaker=(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)),
        speaker_token=subj.i,
        stance=cue_stances().get(verb.lemma_.lower(), "asserts"),
        negated=any(c.dep_ == "neg" for c in verb.children),
    )


def _addressee_outlet(doc: Doc, s: RawStatement) -> tuple[int, int] | None:
    """'told Reuters', 'said in an interview with CNN': the outlet the words went to.

    When the phrase naming the outlet was taken into the content ("said in an
    interview with CNN that ..."), the content starts after it instead.
    """
    cue = doc[s.cue_token]
    stack = [(c, c) for c in cue.children if c.dep_ in ("dative", "dobj", "prep")]
    depth = 0
    while stack and depth < ADDRESSEE_DEPTH:
        nxt: list[tuple[Token, Token]] = []
        for c, top in stack:
            if c.dep_ in ("dative", "dobj", "pobj"):
                rng = (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                if _is_outlet(doc, rng):
                    c0, c1 = s.content
                    if not (c0 <= rng[0] < c1):
                        return rng
                    top_end = top.right_edge.idx + len(top.right_edge.text)
                    if top.left_edge.idx <= c0 and top_end < c1:
                        s.content = trim_edges(doc_text(doc), top_end, c1)
                        return rng
            nxt.extend((g, top) for g in c.children if g.dep_ in ("prep", "pobj"))
        stack = nxt
        depth += 1
    return None


def _kind(doc: Doc, s: RawStatement, ctx: DocContext) -> str:
    if s.cue is not None and doc[s.cue_token].lemma_.lower() == "accord":
        return "according_to"
    start, end = s.content
    covering = [q for q in ctx.quotes if q.start <= start and end <= q.end]
    if covering:
        return "direct"
    inside = [q for q in ctx.quotes if start <= q.start and q.end <= end + 1]
    if any(q.inner_start < end and start < q.inner_end for q in ctx.quotes):
        # Quoted words inside a paraphrase; a quote that fills the content is direct,
        # and so are quotes interrupted only by their own cue ('"A," said X. "B"')
        if len(inside) == 1 and trim_edges(
            doc_text(doc), inside[0].inner_start, inside[0].inner_end
        ) == (start, end):
            return "direct"
        text = doc_text(doc)
        marks = sorted(
            (q.inner_start, q.inner_end)
            for q in ctx.quotes
            if start - 1 <= q.inner_start and q.inner_end <= end + 1
        )
        gaps = [(a[1], b[0]) for a, b in pairwise(marks)]
        if (
            len(marks) >= 2
            and marks[0][0] <= start + 1
            and marks[-1][1] >= end - 1
            and all(
                not any(c.isalnum() for c in text[g0:g1])
                or (s.cue is not None and g0 <= s.cue[0] < g1)
                for g0, g1 in gaps
            )
        ):
            return "direct"
        return "mixed"
    if _dash_dialogue(doc_text(doc), start, end):
        return "direct"
    return "indirect"


#: Dialogue dashes (Russian, Ukrainian and Spanish copy, and its translations): a line
#: that opens with a dash holds the speaker's own words, '— A, — said X.'
_DASHES = ("—", "–")
_DASH_AFTER = re.compile(r"\s*[,.!?]?\s*[—–]")


def _dash_dialogue(text: str, start: int, end: int) -> bool:
    """Whether a content is a dash-quoted line: a dash opening its line before it and
    one after it (before the cue)."""
    before = text[:start].rstrip(" \t")
    if not before.endswith(_DASHES):
        return False
    opening = before[:-1].rstrip(" \t")
    if opening and not opening.endswith("\n"):
        return False
    return _DASH_AFTER.match(text, end) is not None
