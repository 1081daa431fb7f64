"""Figures: numbers with what they count ("an estimated 14,000 soldiers", "dozens of drones").

Reads: tokens, the parse, entities. Gives :class:`RawFigure` records with char offsets
into ``doc.text``: the value (or a range), what it counts (the noun and a normalised
class such as ``troops`` or ``deaths``), hedges ("an estimated", "at least",
"reportedly") and whether the count is vague. Vague counts are normalised the way
ACLED codes fatalities: "dozens" = 12, "hundreds" = 100, "several"/"many" = 10,
"thousands" = 1000, and marked vague.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import LIKE_NUM, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

#: Vague quantity words and the value they are coded as (ACLED's conventions where
#: it has one: dozens 12, hundreds 100, several/many 10; the rest by analogy).
VAGUE = {
    "dozens": 12.0,
    "dozen": 12.0,
    "scores": 20.0,
    "hundreds": 100.0,
    "thousands": 1000.0,
    "tens of thousands": 10000.0,
    "hundreds of thousands": 100000.0,
    "millions": 1000000.0,
    "several": 10.0,
    "many": 10.0,
    "numerous": 10.0,
    "a few": 3.0,
    "a handful": 3.0,
}
_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "million": 1e6,
    "billion": 1e9,
    "a": 1,
    "an": 1,
}
_SCALE = {
    "hundred": 100.0,
    "thousand": 1000.0,
    "million": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "m": 1e6,
    "k": 1e3,
}
#: Words before a number that hedge it, and the hedge they stand for.
HEDGES = {
    "estimated": "estimated",
    "about": "approximate",
    "around": "approximate",
    "approximately": "approximate",
    "roughly": "approximate",
    "nearly": "approximate",
    "almost": "approximate",
    "some": "approximate",
    "up": "upper_bound",  # "up to"
    "least": "lower_bound",  # "at least"
    "most": "upper_bound",  # "at most"
    "more": "lower_bound",  # "more than"
    "over": "lower_bound",
    "than": "",  # part of "more than" / "fewer than"
    "fewer": "upper_bound",
    "less": "upper_bound",
    "under": "upper_bound",
    "reportedly": "reported",
    "allegedly": "alleged",
    "possibly": "possible",
}
_FLIPPED_BOUND = {"lower_bound": "upper_bound", "upper_bound": "lower_bound"}
#: Counted nouns grouped into classes, so "14,000 soldiers" and "12,000 troops" compare.
COUNT_CLASSES = {
    "troops": {
        "soldier",
        "troop",
        "serviceman",
        "servicemen",
        "fighter",
        "personnel",
        "marine",
        "mercenary",
        "conscript",
        "officer",
        "reservist",
        "recruit",
    },
    "deaths": {"death", "dead", "fatality", "body", "killed", "toll"},
    "injured": {"injured", "wounded", "injury", "casualty"},
    "civilians": {"civilian", "resident", "people", "person", "child", "woman", "man"},
    "refugees": {"refugee", "evacuee", "displaced", "migrant"},
    "prisoners": {"prisoner", "detainee", "captive", "hostage", "pow"},
    "drones": {"drone", "uav", "shahed"},
    "missiles": {"missile", "rocket"},
    "shells": {"shell", "round", "munition", "artillery"},
    "vehicles": {"tank", "vehicle", "apc"},
    "aircraft": {"aircraft", "jet", "plane", "helicopter"},
    "money": {"dollar", "euro", "rouble", "ruble", "hryvnia", "pound", "yuan"},
}
_CLASS_OF = {w: c for c, ws in COUNT_CLASSES.items() for w in ws}
#: Nouns for a count of the dead given as a bare number ("the death toll rose to 54").
TOLL_NOUNS = frozenset({"toll"})
_NUM = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_YEARISH = re.compile(r"^(1[89]|20)\d\d$")


@dataclass
class RawFigure:
    """A counted figure, char offsets into ``doc.text``."""

    start: int  # the number phrase ("an estimated 14,000 soldiers")
    end: int
    value: float
    value_max: float | None  # for ranges ("10 to 15")
    unit: str  # the counted noun's lemma ("soldier")
    count_class: str | None  # "troops", "deaths" ...
    hedges: tuple[str, ...]
    vague: bool
    number_text: str


def parse_number(text: str) -> float | None:
    """'14,000' -> 14000.0, '1.2 million' -> 1.2e6, 'two hundred' -> 200.0; else None."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        w = w.strip(".,")
        if _NUM.match(w):
            current += float(w.replace(",", ""))
            seen = True
        elif w in _SCALE and seen:
            current = (current or 1.0) * _SCALE[w]
            if _SCALE[w] >= 1000:
                total += current
                current = 0.0
        elif w in _WORDS:
            n = float(_WORDS[w])
            if n == 100:
                current = (current or 1.0) * 100
            elif n >= 1000:
                total += (current or 1.0) * n
                current = 0.0
            else:
                current += n
            seen = True
        elif w in ("and",):
            continue
        else:
            return None
    return total + current if seen else None


def _counted(tok: Token) -> Token | None:
    """The noun a number token counts: its head ("14,000 soldiers"), or the object of
    "of" ("thousands of soldiers")."""
    head = tok.head
    if tok.dep_ in ("nummod", "quantmod", "amod", "compound") and head.pos_ in ("NOUN", "PROPN"):
        return head
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                    return g
    return _toll_of(tok)


def _toll_of(tok: Token) -> Token | None:
    """The toll a bare number gives: "the death toll at 45", "raised the toll to 54",
    "the toll rose to 54", "the toll stood at 45"."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "to", "of"):
        return None
    h = tok.head.head
    if h.lemma_.lower() in TOLL_NOUNS:
        return h
    if h.pos_ in ("VERB", "AUX"):
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in TOLL_NOUNS:
                return c
    return None


_VAGUE_PHRASES = ("tens of thousands", "hundreds of thousands", "a handful", "a few")
_PHRASE_STARTS = frozenset(k.split()[0] for k in _VAGUE_PHRASES)


def extract_figures(doc: Doc) -> list[RawFigure]:
    """Every counted figure in ``doc``."""
    out: list[RawFigure] = []
    used: set[int] = set()
    n = len(doc)
    for i in _candidates(doc):
        if i in used:
            continue
        tok = doc[i]
        low = tok.lower_
        vague_key: str | None = None
        if low in _PHRASE_STARTS:
            for key in _VAGUE_PHRASES:
                words = key.split()
                if [doc[k].lower_ for k in range(i, min(i + len(words), n))] == words:
                    vague_key = key
                    break
        if vague_key is None and low in VAGUE and tok.pos_ in ("NOUN", "ADJ", "NUM", "DET"):
            vague_key = low
        if vague_key is not None:
            last = doc[tok.i + len(vague_key.split()) - 1]
            noun = _counted(last) or _counted(tok)
            if noun is None and last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "NOUN":
                noun = doc[last.i + 1]  # "several drones"
            if noun is None:
                continue
            out.append(_figure(doc, tok.i, last.i, noun, VAGUE[vague_key], None, True))
            used.update(range(tok.i, last.i + 1))
            continue
        if not (tok.like_num or low in _WORDS) or low in ("a", "an", "one"):
            continue
        if (tok.ent_type_ in ("DATE", "TIME", "ORDINAL") or _YEARISH.match(tok.text)) and _toll_of(
            tok
        ) is None:
            continue  # (a toll's number may be tagged a date: "the toll stood at 45")
        # the whole number phrase: "1.2 million", "two hundred", "14,000"
        j = tok.i
        while j + 1 < len(doc) and (doc[j + 1].like_num or doc[j + 1].lower_ in _SCALE):
            j += 1
        value = parse_number(doc[tok.i : j + 1].text)
        if value is None:
            continue
        value_max = None
        # ranges: "10 to 15", "10-15", "between 10 and 15"
        if (
            j + 2 < len(doc)
            and doc[j + 1].lower_ in ("to", "-", "–", "and")
            and doc[j + 2].like_num
        ):
            value_max = parse_number(doc[j + 2].text)
            j += 2
        noun = _counted(doc[j]) or _counted(tok)
        if noun is None:
            continue
        out.append(_figure(doc, tok.i, j, noun, value, value_max, False))
        used.update(range(tok.i, j + 1))
    return out


#: Lower-cased words that may start a figure (with any word like a number).
_STARTS = frozenset(get_string_id(w) for w in (*_PHRASE_STARTS, *VAGUE, *_WORDS))


def _candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that may start a figure, read from the token arrays: the
    rest would be passed over by ``extract_figures`` anyway."""
    return [
        i
        for i, (low, num) in enumerate(doc.to_array([LOWER, LIKE_NUM]).tolist())
        if num or low in _STARTS
    ]


def _figure(
    doc: Doc, first: int, last: int, noun: Token, value: float, value_max: float | None, vague: bool
) -> RawFigure:
    hedges: list[str] = []
    k = first - 1
    while k >= 0 and k >= first - 4 and doc[k].lower_ in (*HEDGES, "an", "a", "at", "to"):
        h = HEDGES.get(doc[k].lower_)
        if h in _FLIPPED_BOUND and k > 0 and doc[k - 1].lower_ in ("no", "not"):
            h = _FLIPPED_BOUND[h]  # "no more than 10": at most 10
            k -= 1
        if h:
            hedges.append(h)
        k -= 1
    start_tok = k + 1
    while start_tok < first and (
        doc[start_tok].lower_ in ("than", "to")
        or (doc[start_tok].lower_ == "at" and start_tok + 1 == first)  # "at 45", not "at least"
    ):
        start_tok += 1
    for t in doc[first : noun.i + 1]:
        if t.lower_ in ("estimated", "reported", "alleged", "approximately", "about"):
            hedges.append(HEDGES.get(t.lower_, t.lower_))
    start = doc[min(start_tok, first)].idx
    end_tok = max(noun.i, last)
    end = doc[end_tok].idx + len(doc[end_tok].text)
    lemma = noun.lemma_.lower()
    return RawFigure(
        start=start,
        end=end,
        value=value,
        value_max=value_max,
        unit=lemma,
        count_class=_CLASS_OF.get(lemma) or _CLASS_OF.get(noun.lower_),
        hedges=tuple(dict.fromkeys(h for h in hedges if h)),
        vague=vague,
        number_text=doc[first : last + 1].text,
    )
