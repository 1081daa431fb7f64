"""Statements: who said what, read off a parsed ``Doc``.

Reads: parse, lemmas, entities, quotes. Writes: ``doc._.statements`` (list of
:class:`RawStatement`, char offsets into ``doc.text``).

Steps, in order:
1. find cue tokens (learned, ``cues.py``);
2. label the pieces around each cue as source / content / cue (learned, ``roles.py``);
3. widen direct quotes to the whole quotation, across sentences;
4. tell an outlet that relays a statement ("..., Reuters reported") from its speaker;
5. set each statement's kind (direct, indirect, mixed, according_to) and stance.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Token

from counterclaim.extract.context import DocContext
from counterclaim.extract.cues import find_cues
from counterclaim.extract.lexicon import cue_stances, is_outlet_name, media_words
from counterclaim.extract.linear import LinearModel
from counterclaim.extract.roles import ROLE_CLASSES, Candidate, candidates, rest_of, role_features

CUE_MODEL_FILE = "attribution_cues.json.gz"
ROLE_MODEL_FILE = "attribution_roles.json.gz"

#: When no piece is labelled content, the likeliest one is still taken if its
#: content probability reaches this (tuned on PolNeAR train, held-out part).
CONTENT_FALLBACK = 0.3

#: Reporting verbs by which an outlet relays someone else's words.
RELAY_LEMMAS = frozenset(
    {"report", "say", "write", "quote", "cite", "accord", "carry", "broadcast"}
)

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
    quotes: list[int] = field(default_factory=list)


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


def _hull(ranges: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not ranges:
        return None
    return min(r[0] for r in ranges), max(r[1] for r in ranges)


def label_candidates(
    cue: Token, ctx: DocContext, role_model: LinearModel
) -> list[tuple[Candidate, list[float]]]:
    """Each candidate piece around ``cue`` with its role probabilities."""
    return [(c, role_model.probs(role_features(cue, c, ctx))) for c in candidates(cue, ctx)]


def decode_roles(
    cue: Token, labelled: list[tuple[Candidate, list[float]]]
) -> tuple[tuple[int, int], tuple[int, int] | None, int | None, tuple[int, int]] | None:
    """(content, source, source head token, cue span) from labelled pieces, or None."""
    i_src, i_cont, i_cue = (ROLE_CLASSES.index(r) for r in ("source", "content", "cue"))
    content, cue_parts = [], [(cue.idx, cue.idx + len(cue.text))]
    best_src: tuple[float, Candidate] | None = None
    best_cont: tuple[float, Candidate] | None = None
    for cand, p in labelled:
        top = max(range(len(p)), key=p.__getitem__)
        if top == i_cont:
            content.append((cand.start, cand.end))
        elif top == i_src and (best_src is None or p[i_src] > best_src[0]):
            best_src = (p[i_src], cand)
        elif top == i_cue:
            cue_parts.append((cand.start, cand.end))
        if best_cont is None or p[i_cont] > best_cont[0]:
            best_cont = (p[i_cont], cand)
    if not content and best_cont is not None and best_cont[0] >= CONTENT_FALLBACK:
        content.append((best_cont[1].start, best_cont[1].end))
    hull = _hull(content)
    if hull is None:
        return None
    cue_span = _hull(cue_parts)
    assert cue_span is not None
    source = head = None
    if best_src is not None:
        source = (best_src[1].start, best_src[1].end)
        head = best_src[1].head.i if best_src[1].head is not None else None
    return hull, source, head, cue_span


def extract(doc: Doc, ctx: DocContext | None = None) -> list[RawStatement]:
    """All statements in ``doc`` (see the module docstring for the steps)."""
    ctx = ctx or DocContext(doc)
    cue_model, role_model = load_models()
    text = doc.text
    stances = cue_stances()
    out: list[RawStatement] = []
    # 1. cues
    for cue, p_cue in find_cues(ctx, cue_model):
        # 2. roles
        decoded = _according_to(cue) or decode_roles(cue, label_candidates(cue, ctx, role_model))
        if decoded is None:
            continue
        content, source, src_head, cue_span = decoded
        content = trim_edges(text, *content)
        if content[0] >= content[1]:
            continue
        lemma = cue.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in cue.children)
        stance = "reports" if lemma == "accord" else stances.get(lemma, "asserts")
        out.append(
            RawStatement(
                cue_token=cue.i,
                cue=trim_edges(text, *cue_span) if cue.text != ":" else cue_span,
                content=content,
                speaker=trim_edges(text, *source) if source else None,
                speaker_token=src_head,
                stance=stance,
                negated=negated,
                confidence=round(p_cue, 3),
            )
        )
    # 3. quotes
    out = [_widen_to_quotes(s, ctx) for s in out]
    # 4. relaying outlets
    out = _split_relays(doc, out)
    # 5. kind and stance
    for s in out:
        s.kind = _kind(doc, s, ctx)
        if s.stance == "asserts" and text[s.content[0] : s.content[1]].rstrip().endswith("?"):
            s.stance = "questions"
    return out


def _according_to(
    cue: Token,
) -> tuple[tuple[int, int], tuple[int, int] | None, int | None, tuple[int, int]] | None:
    """'According to X(, ...), Y' / 'Y, according to X': fixed roles, no model needed.

    The source is the whole phrase after "according to" ("North Korea reports"),
    the content the clause the phrase modifies, without the phrase.
    """
    if cue.lower_ != "according" or cue.head is cue:
        return None
    to = next((c for c in cue.children if c.lower_ == "to"), None)
    if to is None:
        return None
    doc = cue.doc
    lo, hi = to.i + 1, cue.right_edge.i
    while hi >= lo and doc[hi].is_punct:
        hi -= 1
    content = rest_of(cue.head, cue)
    if hi < lo or content is None:
        return None
    source = (doc[lo].idx, doc[hi].idx + len(doc[hi].text))
    src_head = max(range(lo, hi + 1), key=lambda k: -len(list(doc[k].ancestors)))
    return content, source, src_head, (cue.idx, to.idx + len(to.text))


def _widen_to_quotes(s: RawStatement, ctx: DocContext) -> RawStatement:
    """A content that starts or ends inside a quotation takes in the whole quotation."""
    start, end = s.content
    qs = [k for k, q in enumerate(ctx.quotes) if q.inner_start < end and start < q.inner_end]
    for k in qs:
        q = ctx.quotes[k]
        cue_inside = s.cue is not None and q.start <= s.cue[0] < q.end
        if cue_inside:
            continue
        start, end = min(start, q.inner_start), max(end, q.inner_end)
    if qs:
        start, end = trim_edges(ctx.doc.text, start, end)
    return replace(s, content=(start, end), quotes=qs)


def _is_outlet(doc: Doc, span: tuple[int, int] | None) -> bool:
    if span is None:
        return False
    text = doc.text[span[0] : span[1]]
    if is_outlet_name(text):
        return True
    words = text.lower().split()
    return 0 < len(words) <= 6 and words[-1] in media_words()


def _split_relays(doc: Doc, stmts: list[RawStatement]) -> list[RawStatement]:
    """'<statement>, Reuters reported': Reuters becomes the via of the inner statement.

    The parser often makes the outlet's verb the head of the clause it relays, so a
    subject-of-verb rule would credit the outlet; here the relay is taken apart.
    """
    drop: set[int] = set()
    for i, relay in enumerate(stmts):
        if relay.speaker is None or not _is_outlet(doc, relay.speaker):
            continue
        if doc[relay.cue_token].lemma_.lower() not in RELAY_LEMMAS:
            continue
        clause_start = min(relay.speaker[0], relay.cue[0] if relay.cue else relay.speaker[0])
        # The relayed statement: its cue lies in the relay's content, or its content
        # swallowed the relay clause (the parser hung "Reuters reported" under "said").
        inner = [
            s
            for j, s in enumerate(stmts)
            if j != i
            and s.cue is not None
            and (
                relay.content[0] <= s.cue[0] < relay.content[1]
                or s.content[0] <= clause_start < s.content[1]
            )
        ]
        if not inner:
            continue
        drop.add(i)
        for s in inner:
            s.via = relay.speaker
            if s.content[0] < clause_start < s.content[1]:
                s.content = trim_edges(doc.text, s.content[0], clause_start)
    for s in stmts:
        if s.via is None:
            s.via = _addressee_outlet(doc, s)
    return [s for i, s in enumerate(stmts) if i not in drop]


def _addressee_outlet(doc: Doc, s: RawStatement) -> tuple[int, int] | None:
    """'told Reuters', 'said in an interview with CNN': the outlet the words went to."""
    cue = doc[s.cue_token]
    stack = [c for c in cue.children if c.dep_ in ("dative", "dobj", "prep")]
    depth = 0
    while stack and depth < 3:
        nxt: list[Token] = []
        for c in stack:
            if c.dep_ in ("dative", "dobj", "pobj"):
                rng = (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                if _is_outlet(doc, rng) and not (s.content[0] <= rng[0] < s.content[1]):
                    return rng
            nxt.extend(g for g in c.children if g.dep_ in ("prep", "pobj"))
        stack = nxt
        depth += 1
    return None


def _kind(doc: Doc, s: RawStatement, ctx: DocContext) -> str:
    if doc[s.cue_token].lemma_.lower() == "accord":
        return "according_to"
    start, end = s.content
    covering = [q for q in ctx.quotes if q.start <= start and end <= q.end]
    if covering:
        return "direct"
    inside = [q for q in ctx.quotes if start <= q.start and q.end <= end + 1]
    if any(q.inner_start < end and start < q.inner_end for q in ctx.quotes):
        # Quoted words inside a paraphrase; a quote that fills the content is direct.
        if len(inside) == 1 and trim_edges(
            doc.text, inside[0].inner_start, inside[0].inner_end
        ) == (start, end):
            return "direct"
        return "mixed"
    return "indirect"
