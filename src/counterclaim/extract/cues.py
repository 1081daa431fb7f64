"""Cue detection: which tokens introduce an attribution ("said", "according to", ":").

Reads: lemma, POS, dependency parse, entities, quotes (``DocContext``).
Gives: the head tokens of cues, each with a probability.

A linear model over parse features decides, trained on PolNeAR train by
``counterclaim train attribution`` (weights in ``data/attribution_cues.json.gz``).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, ORTH, POS
from spacy.tokens import Doc, Token

from counterclaim.extract.context import DocContext
from counterclaim.extract.lexicon import cue_stances

_CANDIDATE_POS = frozenset({"VERB", "NOUN"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_QUOTE_CHARS = frozenset("\"“”«»''")


def is_candidate(t: Token) -> bool:
    """Tokens that may head a cue: verbs, nouns, non-auxiliary AUX, and colons."""
    pos = t.pos_
    if pos in _CANDIDATE_POS:
        return True
    if pos == "AUX":
        return t.dep_ not in ("aux", "auxpass")
    return t.text == ":"


def _is_quote(t: Token) -> bool:
    return _is_quote_text(t.text)


def _is_quote_text(text: str) -> bool:
    return text[:1] in _QUOTE_CHARS or text in ("''", "``")


def cue_features(t: Token, ctx: DocContext) -> list[str]:
    """String features for one candidate cue token."""
    lemma = t.lemma_.lower()
    dep = t.dep_
    pos = t.pos_
    head = t.head
    feats = [
        "b",
        "l=" + lemma,
        "d=" + dep,
        "p=" + pos,
        "t=" + t.tag_,
        "ld=" + lemma + "|" + dep,
        "lex=" + cue_stances().get(lemma, "-"),
        "hd=" + head.lemma_.lower() + "|" + dep,
        "hp=" + head.pos_ + "|" + dep,
    ]
    kids: set[str] = set()
    for c in t.children:
        cd = c.dep_
        if cd == "punct":
            if _is_quote(c):
                kids.add("qpunct")
            continue
        kids.add(cd)
        if cd in ("prep", "agent", "dative", "prt"):
            kids.add(cd + ":" + c.lower_)
        elif cd in _SUBJ:
            if c.pos_ == "PRON":
                feats.append("subj=PRON")
            elif c.ent_type_:
                feats.append("subj=" + c.ent_type_)
            else:
                feats.append("subjl=" + c.lemma_.lower())
        elif cd == "mark":
            kids.add("mark:" + c.lower_)
    for k in kids:
        feats.append("c=" + k)
        feats.append("lc=" + lemma + "|" + k)
    i = t.i
    in_q = ctx.tok_quote[i] >= 0
    feats.append("inq=" + str(in_q))
    feats.append("linq=" + lemma + "|" + str(in_q))
    # A quote right before the cue's clause ('..." he said') or right after (': "...').
    doc = t.doc
    if i > 0:
        prev = doc[i - 1]
        prev_text = prev.text
        if prev_text in (",", ":") or _is_quote_text(prev_text):
            feats.append("prev=" + prev_text)
    if i + 1 < len(doc):
        nxt = doc[i + 1]
        feats.append("nx=" + nxt.lower_ if not nxt.is_alpha or nxt.is_stop else "nx=W")
        nxt_text = nxt.text
        if nxt_text == ":" or _is_quote_text(nxt_text):
            feats.append("lnx=" + lemma + "|" + nxt_text)
    s_start = ctx.sent_bounds(i)[0]
    if i == s_start:
        feats.append("sent_first")
    if ctx.sent_has_quote(i):
        feats.append("sent_has_q")
        feats.append("lsq=" + lemma)
    if t.text == ":":
        left = doc[s_start:i]
        feats.append("colon_left=" + str(min(len(left), 6)))
        if left and all(x.pos_ in ("PROPN", "PUNCT", "DET", "ADJ") for x in left):
            feats.append("colon_left_name")
    return feats


#: Participles that give a name ("known as", "called", "dubbed") rather than report.
NAMING_LEMMAS = frozenset({"know", "call", "dub", "nickname", "name", "style", "brand"})


def find_cues(ctx: DocContext, model: object) -> list[tuple[Token, float]]:
    """Cue head tokens whose probability reaches the model's threshold, in order."""
    from counterclaim.extract.linear import LinearModel

    assert isinstance(model, LinearModel)
    threshold = float(model.meta.get("threshold", 0.5))
    pos = model.classes.index("cue")
    out = []
    doc = ctx.doc
    for i in _candidate_indices(doc):
        t = doc[i]
        if t.dep_ == "acl" and t.lemma_.lower() in NAMING_LEMMAS:
            continue  # "Jimmy Cherizier, known as Barbecue": a name given, not words said
        p = model.probs(cue_features(t, ctx))[pos]
        if p >= threshold:
            out.append((t, p))
    return out


def _candidate_indices(doc: Doc) -> list[int]:
    """Indices of the tokens ``is_candidate`` takes, read from the token arrays."""
    strings = doc.vocab.strings
    verb_noun = {strings["VERB"], strings["NOUN"]}
    aux = strings["AUX"]
    aux_deps = {strings["aux"], strings["auxpass"]}
    colon = strings[":"]
    arr = doc.to_array([POS, DEP, ORTH])
    if not len(arr):
        return []
    pos, dep, orth = arr[:, 0], arr[:, 1], arr[:, 2]
    is_aux_dep = np.isin(dep, np.array(sorted(aux_deps), dtype=arr.dtype))
    keep = np.isin(pos, np.array(sorted(verb_noun), dtype=arr.dtype)) | np.where(
        pos == aux, ~is_aux_dep, orth == colon
    )
    return np.flatnonzero(keep).tolist()
