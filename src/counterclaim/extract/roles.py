"""Roles around a cue: which pieces of the parse are its source and its content.

Reads: dependency parse, entities, quotes. Gives, for one cue token, its candidate
pieces (children's subtrees, prepositions split from their objects, the clause the
cue hangs off, adjacent quotes) each labelled SOURCE, CONTENT, CUE or NONE by a
linear model trained on PolNeAR (``data/attribution_roles.json.gz``). Spans then come
from the parse, so their boundaries are clause and phrase boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from counterclaim.extract.context import DocContext
from counterclaim.extract.quotes import Quote

ROLE_CLASSES = ("none", "source", "content", "cue")

#: Nearest quote considered as a cue's content on either side, in tokens between
#: the quote's edge and the cue (post-posed '"...," the senator from Ohio said').
QUOTE_GAP_MAX = 25

_FUNCTION_POS = frozenset({"ADP", "PART", "ADV", "SCONJ", "PRON", "AUX", "DET", "CCONJ", "PUNCT"})


@dataclass
class Candidate:
    """A piece of text that may fill a role for a cue: char range and its head."""

    kind: str
    start: int  # char offsets into doc_text(doc)
    end: int
    head: Token | None
    quote: Quote | None = None
    parent: str = ""  # for a tail: the kind of the piece it was split from


def _bucket(n: int) -> str:
    if n <= 1:
        return "1"
    if n <= 3:
        return "2-3"
    if n <= 8:
        return "4-8"
    if n <= 20:
        return "9-20"
    return "21+"


def _tok_range(t_first: Token, t_last: Token) -> tuple[int, int]:
    return t_first.idx, t_last.idx + len(t_last.text)


def _subtree(t: Token) -> tuple[int, int]:
    return _tok_range(t.left_edge, t.right_edge)


def rest_of(head: Token, cut: Token) -> tuple[int, int] | None:
    """``head``'s subtree without ``cut``'s subtree, as a hull (cut may sit inside)."""
    doc = head.doc
    lo, hi = head.left_edge.i, head.right_edge.i
    # a final full stop (and the line break after it) hangs on the head: look past them
    # when finding the cut's side
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    clo, chi = cut.left_edge.i, cut.right_edge.i
    if clo <= lo and chi >= hi:
        return None
    if chi >= hi:
        hi = clo - 1
    elif clo <= lo:
        lo = chi + 1
    while lo <= hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    if lo > hi:
        return None
    return _tok_range(doc[lo], doc[hi])


#: Dependents set off by a comma or dash at the right end of a phrase: a relative or
#: adverbial clause, an apposition, a trailing prepositional phrase. Annotators (and
#: readers) often leave them out of a speaker or a content, so each is its own piece.
_TAIL_DEPS = frozenset(
    {"relcl", "advcl", "appos", "acl", "prep", "npadvmod", "ccomp", "xcomp", "parataxis", "advmod"}
)
_TAIL_SEPARATORS = frozenset({",", "—", "–", "-", "--", ";"})


def _pieces(kind: str, h: Token) -> list[Candidate]:
    """``h``'s subtree as one piece, or as its core plus comma-separated tails."""
    doc = h.doc
    tails: list[Token] = []
    for c in h.rights:
        if tails and c.dep_ != "punct":
            tails.append(c)  # everything right of the first tail is a piece too
        elif c.dep_ in _TAIL_DEPS and doc[c.left_edge.i - 1].text in _TAIL_SEPARATORS:
            tails.append(c)
    if not tails:
        return [Candidate(kind, *_subtree(h), h)]
    hi = tails[0].left_edge.i - 1
    lo = h.left_edge.i
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    out = [Candidate(kind, *_tok_range(doc[lo], doc[hi]), h)]
    out.extend(Candidate("tail", *_subtree(t), t, parent=kind) for t in tails)
    return out


def _clipped(piece: Candidate, cue: Token) -> Candidate:
    """A piece left of the cue that the parse runs on past it ("Israel's military said
    Monday ..., a claim the group dismissed": "a claim" hung on "military") ends
    before the cue."""
    if not piece.start < cue.idx < piece.end:
        return piece
    doc = cue.doc
    k = cue.i - 1
    while k > 0 and doc[k].idx > piece.start and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    return Candidate(piece.kind, piece.start, doc[k].idx + len(doc[k].text), piece.head)


def candidates(cue: Token, ctx: DocContext) -> list[Candidate]:
    """Every piece of text that may be the cue's source, content or part of the cue."""
    doc = cue.doc
    out: list[Candidate] = []
    has_subj = False
    for c in cue.children:
        dep = c.dep_
        if dep == "punct":
            continue
        if dep in ("nsubj", "nsubjpass", "csubj"):
            has_subj = True
        if dep in ("prep", "agent", "dative") and any(True for _ in c.children):
            # The preposition alone may belong to the cue ("called on", "according to")
            # while its object is the source or the content.
            out.append(Candidate("prepword", *_tok_range(c, c), c))
            for g in c.children:
                if g.dep_ != "punct":
                    out.extend(_pieces("pobj", g))
        elif c.i < cue.i:
            out.extend(_clipped(p, cue) for p in _pieces("child", c))
        else:
            out.extend(_pieces("child", c))
    head = cue.head
    if head.i != cue.i:
        if not has_subj and cue.dep_ in ("conj", "xcomp", "advcl", "relcl", "acl", "ccomp"):
            for c in head.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i:
                    out.extend(_pieces("h_subj", c))
                    break
        if cue.dep_ in ("acl", "relcl", "appos") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(Candidate("h_np", *_tok_range(head.left_edge, head), head))
        rest = rest_of(head, cue)
        if rest is not None and cue.dep_ not in ("conj",):
            out.append(Candidate("h_rest", *rest, head))
    if cue.text == ":":
        sent = cue.sent
        if cue.i > sent.start:
            out.append(Candidate("colon_left", *_tok_range(doc[sent.start], doc[cue.i - 1]), None))
        if cue.i + 1 < sent.end:
            out.append(
                Candidate("colon_right", *_tok_range(doc[cue.i + 1], doc[sent.end - 1]), None)
            )
    out.extend(_quote_candidates(cue, ctx))
    return out


def _quote_candidates(cue: Token, ctx: DocContext) -> list[Candidate]:
    """The nearest quote before and after the cue, if close enough and cue is outside."""
    if ctx.in_quote(cue):
        return []
    doc = cue.doc
    out = []
    # Left: walk back over non-quote tokens.
    i = cue.i - 1
    gap = 0
    while i >= 0 and ctx.tok_quote[i] < 0 and gap <= QUOTE_GAP_MAX:
        i -= 1
        gap += 1
    if i >= 0 and ctx.tok_quote[i] >= 0 and gap <= QUOTE_GAP_MAX:
        q = ctx.quotes[ctx.tok_quote[i]]
        out.append(Candidate("quote_l", q.inner_start, q.inner_end, None, q))
    i = cue.i + 1
    gap = 0
    while i < len(doc) and ctx.tok_quote[i] < 0 and gap <= QUOTE_GAP_MAX:
        i += 1
        gap += 1
    if i < len(doc) and ctx.tok_quote[i] >= 0 and gap <= QUOTE_GAP_MAX:
        q = ctx.quotes[ctx.tok_quote[i]]
        out.append(Candidate("quote_r", q.inner_start, q.inner_end, None, q))
    return out


def role_features(cue: Token, cand: Candidate, ctx: DocContext) -> list[str]:
    """String features for one (cue, candidate) pair."""
    cl = cue.lemma_.lower()
    ck = cand.kind
    side = "L" if cand.end <= cue.idx else ("R" if cand.start >= cue.idx + len(cue.text) else "M")
    feats = [
        "b",
        "ck=" + ck,
        "side=" + side + "|" + ck,
        "cl=" + cl + "|" + ck,
        "cd=" + cue.dep_ + "|" + ck,
    ]
    if cand.parent:
        feats.append("parent=" + cand.parent)
        feats.append("parent_cl=" + cand.parent + "|" + cl)
    h = cand.head
    if h is not None:
        hd = h.dep_
        hl = h.lemma_.lower()
        feats += [
            "hd=" + hd + "|" + ck,
            "hp=" + h.pos_ + "|" + hd,
            "sd=" + side + "|" + hd,
            "clhd=" + cl + "|" + hd,
            "cdhd=" + cue.dep_ + "|" + hd + "|" + side,
        ]
        if h.pos_ in _FUNCTION_POS or ck == "prepword":
            feats.append("hl=" + hl + "|" + hd)
            feats.append("clhl=" + cl + "|" + hl)
        else:
            feats.append("hl=" + hl)
        if h.ent_type_:
            feats.append("ent=" + h.ent_type_ + "|" + hd)
        if ck == "pobj":
            prep = h.head
            feats.append("prep=" + prep.lower_ + "|" + hd)
            feats.append("clprep=" + cl + "|" + prep.lower_)
        n_tok = (
            h.right_edge.i - h.left_edge.i + 1 if ck in ("child", "pobj", "h_subj", "tail") else 0
        )
        feats.append("len=" + _bucket(n_tok))
        for c in h.children:
            if c.dep_ == "mark":
                feats.append("mark=" + c.lower_)
        gap = (h.left_edge.i - cue.i) if side == "R" else (cue.i - h.right_edge.i)
        feats.append("gap=" + _bucket(gap) + "|" + side)
    if cand.quote is not None:
        q = cand.quote
        gap_chars = cand.start - (cue.idx + len(cue.text)) if side == "R" else cue.idx - cand.end
        feats.append("qgap=" + _bucket(gap_chars // 4) + "|" + side)
        feats.append("qclosed=" + str(q.closed))
        feats.append("qlen=" + _bucket((q.inner_end - q.inner_start) // 6))
        feats.append("qcl=" + cl + "|" + side)
        sent = cue.sent
        feats.append(
            "qsent="
            + str(
                sent.start_char <= q.start < sent.end_char
                or sent.start_char < q.end <= sent.end_char
            )
        )
    else:
        # Does the candidate hold or sit inside a quote?
        lo = cand.start
        hi = cand.end
        qs = [q for q in ctx.quotes if q.start < hi and lo < q.end]
        if qs:
            feats.append(
                "hasq=" + ("in" if any(q.start <= lo and hi <= q.end for q in qs) else "part")
            )
    return feats
