"""Find toponyms in a spaCy Doc: NER places plus a gazetteer matcher for what NER misses.

en_core_web_sm tags "Kursk" as PRODUCT and leaves the "region" out of "Kursk region";
garbled names ("Kurns Border Region") are no entity at all. So a toponym is:

* an NER span labelled GPE, LOC or FAC (demonyms and lower-case spans dropped);
* an NER span labelled otherwise (PRODUCT, ORG, PERSON, NORP, ...) whose whole text is
  a country or first-level division, or a town after a locative preposition ("in
  Kursk");
* a capitalised name followed by a division word ("X region", "X Oblast", "X Province",
  "X Border Region") or preceded by one ("the region of X"), known to the gazetteer or
  not (the resolver repairs or rejects it);
* a capitalised word sequence that is a country or division name, missed by NER.

Each span is widened over a following division word ("Kursk" + " region"), so the
resolver sees the form.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from counterclaim.extract.context import doc_ents, doc_text
from counterclaim.extract.lexicon import DATELINE
from counterclaim.geo.gazetteer import (
    ABBR,
    DEMONYMS,
    NAME,
    STEM,
    Gazetteer,
    normalize,
)

if TYPE_CHECKING:  # spaCy is only needed by callers that have a Doc
    from spacy.tokens import Doc, Span, Token

#: NER labels never taken as places, whatever the gazetteer says.
NOT_PLACE_LABELS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "EVENT", "LAW"}
)

#: NER labels taken as places as they are.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: A town named by an entity NER mislabels is taken after a locative preposition only
#: when it has at least this many people (a "Jackson" after "in" is usually the town).
MISLABEL_MIN_POP = 1000

#: Entities whose words are not scanned for place names ("Michael Thomas").
SKIP_INSIDE = frozenset({"PERSON", "WORK_OF_ART", "DATE", "TIME"})

#: A division name counts without NER's help when it has at least this many people
#: (countrystatecity also lists parishes of 1,600 people called "Forest" or "Michael").
DIVISION_MIN_POP = 100_000

#: Compass and generic words: "the West", "North", "Centre" (names of divisions in
#: Cameroon or Burkina Faso) are never taken as places on their own.
_COMPASS_TEXT = (
    "north south east west northeast northwest southeast southwest northern southern "
    "eastern western northeastern northwestern southeastern southwestern middle central "
    "centre center capital coast"
)
COMPASS = frozenset(_COMPASS_TEXT.split())

#: A capitalised sequence missed by NER is taken when it is a country, continent or
#: first-level division, or a town at least this large after a locative preposition.
UNTAGGED_MIN_POP = 50_000

#: Words before a name that make it a place ("in Kursk", "near Kharkiv").
_LOCATIVE_TEXT = (
    "in at near from to into across outside around toward towards through via of "
    "inside within throughout between "
)
LOCATIVE = frozenset(_LOCATIVE_TEXT.split())

#: Nouns after a town name that make it a place, not a person ("Alexandria woman").
_PLACE_NOUNS_TEXT = (
    "man woman men women police area resident residents mayor city county native couple "
    "teen teenager girl boy family officials council school schools firefighters "
    "fire sheriff detective detectives neighborhood home airport"
)
PLACE_NOUNS = frozenset(_PLACE_NOUNS_TEXT.split())

#: Before a PERSON-tagged name only these make it a place ("in Kursk", not "to Michael").
STRICT_LOCATIVE = frozenset({"in", "near", "at", "outside", "across", "around", "throughout"})

#: Division words that make "X <word>" a region-form toponym (case-insensitive).
REGION_WORDS = (
    r"border\s+region|border\s+area|border\s+zone|region|oblast|province|governorate|krai|"
    r"kray|prefecture|okrug|voivodeship"
)
REGION_AFTER = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+((?i:" + REGION_WORDS + r"))\b",
)
REGION_BEFORE = re.compile(
    r"\b((?i:region|oblast|province|governorate|prefecture))\s+of\s+((?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)",
)
#: County-form names: "Rapides Parish", "Orange County".
COUNTY_AFTER = re.compile(r"\b((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+(County|Parish)\b")

#: First words that are never a place ("The region", "This province").
_NOT_PLACE_WORDS_TEXT = (
    "the this that these those a an our their its his her my your which what every "
    "each another other same whole entire border capital frontline front home "
)
NOT_PLACE_WORDS = frozenset(_NOT_PLACE_WORDS_TEXT.split())


@dataclass(frozen=True)
class Toponym:
    """A place mention: ``text == doc_text[start:end]``.

    ``name_for_lookup`` is the name without a division word ("Kursk" for "Kursk
    region"); ``form`` is ``"region"`` (X region / Oblast / Province ...), ``"county"``
    (X County / Parish) or ``"name"``.
    """

    text: str
    start: int
    end: int
    name_for_lookup: str
    form: str = "name"


_TRIM_LEAD = re.compile(r"^(?:the|The|THE)\s+")
_TRIM_TAIL = re.compile(r"(?:['’]s|['’])$")
_REGION_TAIL = re.compile(r"\s+(?:" + REGION_WORDS + r")$", re.IGNORECASE)
_REGION_LEAD = re.compile(
    r"^(?:the\s+)?(?:region|oblast|province|governorate|prefecture)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
_COUNTY_TAIL = re.compile(r"\s+(?:County|Parish|county|parish)$")


def toponym_for_span(text: str, start: int, end: int) -> Toponym:
    """A :class:`Toponym` for ``text[start:end]`` with its form read from the span and
    the word after it ("Kursk" followed by " region" is a region form)."""
    span = text[start:end]
    body = _TRIM_TAIL.sub("", _TRIM_LEAD.sub("", span.strip())) or span
    form, name = "name", body
    m = _REGION_TAIL.search(body)
    lead = _REGION_LEAD.match(body)
    if m and m.start() > 0:
        form, name = "region", body[: m.start()]
    elif lead and lead.end() < len(body):
        form, name = "region", body[lead.end() :]
    elif _COUNTY_TAIL.search(body):
        form = "county"
    else:
        after = re.match(r"\s+(" + REGION_WORDS + r")\b", text[end : end + 40], re.IGNORECASE)
        if after and not re.match(r"\s+(?:district|territory)", text[end : end + 20], re.I):
            form = "region"
    return Toponym(span, start, end, name.strip(), form)


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer.load()


class Overlaps:
    """Whether a range overlaps any of a fixed set of (start, end) ranges, by bisection:
    ``hits(a, b)`` is ``any(a < e and s < b for s, e in ranges)`` for any ranges
    (unsorted, overlapping or empty ones included)."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        rs = sorted(ranges)
        self._starts = [s for s, _ in rs]
        self._max_end: list[int] = []  # the largest end among ranges[: k + 1]
        top = -(2**62)
        for _, e in rs:
            top = max(top, e)
            self._max_end.append(top)

    def hits(self, a: int, b: int) -> bool:
        k = bisect_left(self._starts, b)  # ranges[:k] start before b
        return k > 0 and self._max_end[k - 1] > a


def _is_big(gaz: Gazetteer, name: str, min_pop: int) -> bool:
    """A country/continent/region/sizeable division by name, or a town of ``min_pop``."""
    if normalize(name) in COMPASS:
        return False
    acronym = name.isupper() and len(name.replace(".", "")) <= 3  # "BA" is not Ba, Fiji
    for place, how in gaz.lookup(name):
        if how in (STEM, ABBR):
            continue
        if acronym and place.kind != "country":
            continue
        if place.kind in ("country", "continent", "region") and how == NAME:
            return True
        if place.kind == "admin1" and how == NAME and place.population >= DIVISION_MIN_POP:
            return True
        if place.kind in ("country", "continent") and not name.isupper():
            return True
        if place.kind == "city" and how == NAME and place.population >= min_pop:
            return True
    return False


#: The town that opens a dateline, in capitals, and the country or state after it:
#: "ODESA" and "Ukraine" in "ODESA, Ukraine (AP) - ".
_DATELINE_TOWN = re.compile(
    r"[ \t]*([A-Z][A-Z'.-]+(?:[ -][A-Z][A-Z'.-]+)*)[ \t]*,"
    r"[ \t]*([A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)*)"
)


def _known_town(gaz: Gazetteer, name: str) -> bool:
    """A town of at least :data:`CONTEXT_MIN_POP` by this name or an alternate one
    ("Khan Younis" for Khān Yūnis)."""
    return any(
        p.kind == "city" and p.population >= CONTEXT_MIN_POP
        for p, how in gaz.lookup(name)
        if how not in (STEM, ABBR)
    )


def _after_locative(doc: Doc, span: Span, words: frozenset[str] = LOCATIVE) -> bool:
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ in words:
        return True
    # what is captured or retaken is ground: "had retaken Lascahobas"
    root = span.root
    return root.dep_ == "dobj" and root.head.lemma_.lower() in TAKING_VERBS


#: Verbs whose object is ground: a name after them is looked up like one after "in".
TAKING_VERBS = frozenset(
    {"capture", "seize", "retake", "recapture", "liberate", "overrun", "storm", "shell"}
)
#: ... and, for a name the tagger took for a person, these too ("had taken Hsipaw",
#: "withdrew from Hsipaw", "in control of Hsipaw"): any place the gazetteer knows.
HELD_GROUND = TAKING_VERBS | {"occupy", "encircle", "besiege"}
#: ... and these only for a town of some size: a person can be taken, met or surrounded
#: ("Militants took Hassan from his home").
COMMON_GROUND_VERBS = frozenset({"enter", "surround"})
LEFT_GROUND = frozenset({"withdraw", "retreat", "pull", "flee", "expel", "drive", "push", "oust"})
CONTROL_NOUNS = frozenset({"control", "outskirts"})
#: Verbs of attack: a person's name can follow them, so only a town of some size does.
ATTACKED_GROUND = frozenset({"attack", "bomb", "strike", "raid", "shell", "hit", "target"})


def _ground_of(ent: Span) -> str | None:
    """How a name the tagger took for a person is ground by its syntax: "taken" (the
    object of a taking verb, left from, in control of), "attacked", or None."""
    root = ent.root
    head = root.head
    lemma = head.lemma_.lower()
    carried = any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)
    if root.dep_ == "dobj" and lemma in HELD_GROUND:
        return "taken"
    if (root.dep_ == "nsubj" and lemma == "fall") or (
        root.dep_ == "nsubjpass" and lemma in HELD_GROUND
    ):
        return "taken"  # "Chasiv Yar had fallen", "Pokrovsk has been seized"
    if (
        root.dep_ == "nsubjpass"
        and lemma == "take"
        and not carried
        and not any(t.lower_ in ("hostage", "captive", "prisoner", "custody") for t in head.subtree)
    ):
        return "attacked"  # "Pokrovsk has not been taken" (a town of some size)
    if root.dep_ in ("dobj", "nsubjpass") and lemma in COMMON_GROUND_VERBS and not carried:
        return "attacked"  # a town of some size: "had entered Bakhmut" ("taken to ..." no)
    if root.dep_ == "pobj" and (
        (head.lower_ == "from" and head.head.lemma_.lower() in LEFT_GROUND)
        or (head.lower_ == "of" and head.head.lemma_.lower() in CONTROL_NOUNS)
    ):
        return "taken"
    if root.dep_ == "dobj" and head.lemma_.lower() in ATTACKED_GROUND:
        return "attacked"
    if root.dep_ == "nsubj" and _under_control(head):
        return "taken"  # "Marinka remains under Ukrainian control", "is still in our hands"
    return None


#: Verbs that say a place is held by someone: "X remains under Y's control".
HELD_VERBS = frozenset({"remain", "stay", "be"})
#: What a held place is under or in: "under their control", "in rebel hands".
HELD_BY_NOUNS = frozenset({"control", "hands", "occupation"})


def _under_control(verb: Token) -> bool:
    """Whether ``verb`` says its subject is held: "remains under Ukrainian control"."""
    if verb.lemma_.lower() not in HELD_VERBS:
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("under", "in")
        and any(o.dep_ == "pobj" and o.lower_ in HELD_BY_NOUNS for o in prep.children)
        for prep in verb.children
    )


def _widen(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive; take a following division word."""
    text = doc_text(doc)
    m = re.match(r"(?:the|The)\s+", text[start:end])
    if m and m.end() < end - start:
        start += m.end()
    m2 = re.search(r"['’]s?$", text[start:end])
    if m2 and m2.start() > 0:
        end = start + m2.start()
    after = re.match(r"(\s+(?:" + REGION_WORDS + r"|County|Parish))\b", text[end : end + 30])
    if after:
        end += after.end()
    return start, end


#: Nouns that make "the <noun> of X" a place whatever NER says ("the town of Chasiv Yar").
_SETTLEMENT_NOUNS_TEXT = (
    "town city village port district region province settlement township commune "
    "municipality suburb hamlet enclave"
)
SETTLEMENT_NOUNS = frozenset(_SETTLEMENT_NOUNS_TEXT.split())
#: A name NER tags as a product or organisation is a town when the gazetteer has one of
#: at least this many people in a country the article names ("controls Babanusa" in an
#: article about Sudan). Tried 5,000 / 10,000 / 50,000 on the disputes gold set and the
#: founding example; 10,000 keeps "Gulf" and company names out.
CONTEXT_MIN_POP = 10_000
_MISLABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP"})
#: Labels the tagger gives a town it does not know, besides PERSON: an entity with one
#: of them is a place when its syntax makes it ground taken (not an actor the catalogue
#: knows: "seized Hamas" is not Hamm).
GROUND_MISLABELS = frozenset({"ORG", "PRODUCT"})


def _mislabelled_in_context(
    doc: Doc, gaz: Gazetteer, found: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """Towns NER tagged as something else, taken when the text vouches for them:
    "the town of X", or X a sizeable town of a country the article names."""
    taken = [(s, e) for s, e, _ in found]
    countries = {
        p.country
        for s, e in taken
        for p in gaz.candidates(doc_text(doc)[s:e])[:1]
        if p.kind == "country" and p.country
    }
    for t in doc:
        iso = DEMONYMS.get(t.lower_)
        if iso:
            countries.add(iso)
    out = []
    taken_at = Overlaps(taken)
    for ent in doc_ents(doc):
        if ent.label_ not in _MISLABELS or taken_at.hits(ent.start_char, ent.end_char):
            continue
        body = _TRIM_TAIL.sub("", _TRIM_LEAD.sub("", ent.text))
        # a preposition the tagger ran into the name: "Macomia in" (a WORK_OF_ART)
        body = re.sub(r"\s+(?:in|of|on|at|near)$", "", body)
        if not body or not body[0].isupper() or normalize(body) in DEMONYMS:
            continue
        k = ent.start - 1
        if k >= 0 and doc[k].lower_ == "of":
            k -= 1
        after_noun = (
            k >= 0 and doc[k].lower_ in SETTLEMENT_NOUNS and doc[ent.start - 1].lower_ == "of"
        )
        cands = gaz.candidates(body)
        # a one-word "person" is too often a person ("Jackson"); "Chasiv Yar" is not
        in_context = (ent.label_ != "PERSON" or len(ent) > 1) and any(
            p.kind in ("city", "admin1")
            and p.population >= CONTEXT_MIN_POP
            and p.country in countries
            for p in cands
        )
        if (after_noun and cands) or in_context:
            out.append((ent.start_char, ent.start_char + len(body), 1))
    return out


def _repeats(text: str, found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """A name found once as a place is a place wherever else it is written in the
    article ("the town of Chasiv Yar ... Chasiv Yar had fallen")."""
    names = {text[s:e] for s, e, _ in found if e - s >= 4 and text[s:e][:1].isupper()}
    out = []
    n_text = len(text)
    for name in names:
        # re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text), by str.find
        # (a regex that opens with a look-behind scans the text character by character)
        n = len(name)
        i = text.find(name)
        while i >= 0:
            j = i + n
            if (i == 0 or not _is_word_char(text[i - 1])) and (
                j == n_text or not _is_word_char(text[j])
            ):
                out.append((i, j, 0))
                i = text.find(name, j)
            else:
                i = text.find(name, i + 1)
    return out


def _disjoint(found: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Each range of ``found`` in turn unless it overlaps one taken before it."""
    taken: list[tuple[int, int]] = []
    if any(start >= end for start, end, _ in found):  # empty ranges: the plain scan
        for start, end, _ in found:
            if not any(start < e and s < end for s, e in taken):
                taken.append((start, end))
        return taken
    # taken ranges are non-empty and disjoint: sorted by start, their ends are sorted
    # too, so only the last one starting before ``end`` can reach past ``start``
    starts: list[int] = []
    ends: list[int] = []
    for start, end, _ in found:
        k = bisect_left(starts, end)
        if k > 0 and ends[k - 1] > start:
            continue
        starts.insert(k, start)
        ends.insert(k, end)
        taken.append((start, end))
    return taken


#: Arabic articles that join a name to the next word ("Ain al-Asad", "Deir ez-Zor").
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ez", "ed"})


def _article_follows(doc: Doc, k: int) -> bool:
    """Whether token ``k`` opens an Arabic article joined to what follows ("al-Asad")."""
    return (
        k + 1 < len(doc)
        and doc[k].lower_ in ARABIC_ARTICLES
        and doc[k + 1].text == "-"
        and not doc[k].whitespace_
    )


def _is_word_char(ch: str) -> bool:
    r"""What ``[\w-]`` matches in a ``str`` pattern."""
    return ch.isalnum() or ch == "_" or ch == "-"


def find_toponyms(doc: Doc, gazetteer: Gazetteer | None = None) -> list[Toponym]:
    """Toponyms in ``doc``, sorted by offset, without overlaps (longest span wins)."""
    gaz = gazetteer or _gazetteer()
    text = doc_text(doc)
    found: list[tuple[int, int, int]] = []  # (start, end, priority)

    # a word NER tags as a place somewhere in the article is a place everywhere in it
    place_words = {e.text for e in doc_ents(doc) if e.label_ in ("GPE", "LOC") and len(e) == 1}
    for ent in doc_ents(doc):
        if ent.label_ in NOT_PLACE_LABELS:  # "in March", "at Easter"
            continue
        body = _TRIM_TAIL.sub("", _TRIM_LEAD.sub("", ent.text))
        if not body or not body[0].isupper() or normalize(body) in DEMONYMS:
            continue
        if normalize(body) in COMPASS:  # "the West", "North"
            continue
        if ent.label_ in PLACE_LABELS:
            if (
                len(ent) == 1
                and ent.root.dep_ == "compound"
                and ent.root.head.pos_ == "NOUN"
                and not gaz.has(body)
            ):
                continue  # "Baloch separatist groups": a people's name, no place
            if _given_name_of(doc, ent, gaz):
                continue  # "official Marta Hurtado": a first name, not Marta, Italy
            if gaz.has(body) or ent.label_ != "FAC":
                found.append((*_widen(doc, ent.start_char, ent.end_char), 2))
        elif ent.label_ not in PLACE_LABELS and re.search(r"\s(?:in|near)\s", body):
            # "Tame in Arauca" (ORG): the tagger ran two names together over "in"; each
            # part the gazetteer knows as a town or division is a place
            for part in re.finditer(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", ent.text):
                if _is_big(gaz, part.group(), MISLABEL_MIN_POP):
                    found.append((ent.start_char + part.start(), ent.start_char + part.end(), 1))
            continue
        elif ent.label_ == "PERSON":
            if (
                len(ent) > 1
                and _after_locative(doc, ent, STRICT_LOCATIVE)
                and _known_town(gaz, body)
            ):
                # "in Khan Younis": a town of two words the tagger took for a name (the
                # one-word check below looks at the first word only)
                found.append((*_widen(doc, ent.start_char, ent.end_char), 1))
                continue
            ground = _ground_of(ent)
            if ground and (
                gaz.has(body) if ground == "taken" else _is_big(gaz, body, MISLABEL_MIN_POP)
            ):
                # "seized Debre Markos", "in control of Hsipaw", "attacked Kadugli"
                found.append((*_widen(doc, ent.start_char, ent.end_char), 1))
                continue
            # the sm model tags towns as people: "Alexandria woman", "in Kursk", "Alexandria
            # police"; "to Michael" and "Michael Thomas" stay people
            first = ent[0]
            if first.text not in place_words and not (
                len(ent) == 1 and _after_locative(doc, ent, STRICT_LOCATIVE)
            ):
                nxt = ent[1] if len(ent) > 1 else (doc[ent.end] if ent.end < len(doc) else None)
                if nxt is None or nxt.lower_ not in PLACE_NOUNS:
                    continue
            if _is_big(gaz, first.text, MISLABEL_MIN_POP):
                found.append((first.idx, first.idx + len(first.text), 1))
        elif (
            ent.label_ in GROUND_MISLABELS
            and _ground_of(ent) == "taken"
            and gaz.has(body)
            and not _actor_name(body)
        ):
            # "rebels had captured Marinka" with the town tagged ORG: ground as for a
            # name tagged PERSON, else the same town resolves in one article and stays a
            # bare name in the next, and their claims never meet
            found.append((*_widen(doc, ent.start_char, ent.end_char), 1))
        elif _is_big(gaz, body, 10**12) or (
            _after_locative(doc, ent) and _is_big(gaz, body, MISLABEL_MIN_POP)
        ):
            found.append((*_widen(doc, ent.start_char, ent.end_char), 1))

    for m in DATELINE.finditer(text):
        # the dateline's town ("ODESA, Ukraine (AP) - "), in capitals NER leaves out:
        # where the story was filed, and its qualifier settles the town's namesakes
        # elsewhere in the article ("Odesa" is not Odessa, Texas)
        # Only with its country or state after it: a bare "ISLAMABAD:" would be resolved
        # by the article's other countries alone (to an Islamabad in India)
        city = _DATELINE_TOWN.match(m.group(0))
        if (
            city
            and _is_big(gaz, city.group(2), 10**12)
            and _is_big(gaz, city.group(1), MISLABEL_MIN_POP)
        ):
            found.append((m.start() + city.start(1), m.start() + city.end(1), 2))
    for t in doc:
        # (one pass for both checks: a name in no entity, as an object)
        if t.ent_type_ or t.dep_ not in ("dobj", "pobj"):
            continue
        if (
            t.dep_ == "pobj"
            and t.i > 0
            and doc[t.i - 1].lower_ == "of"
            and t.head.lower_ == "of"
            and t.head.head.lower_ in SETTLEMENT_NOUNS
            and t.text[:1].isupper()
            and gaz.has(t.text)
        ):
            # "the town of Sake": a name after a settlement noun (the tagger may call it
            # a common noun), known to the gazetteer
            found.append((t.idx, t.idx + len(t.text), 1))
        elif t.pos_ == "PROPN":
            # a town the tagger left out of every entity: "Rebels captured Hsipaw"
            bare = (
                doc[t.left_edge.i : t.i + 1]
                if t.left_edge.dep_ == "compound"
                else doc[t.i : t.i + 1]
            )
            if _ground_of(bare) == "taken" and bare.text[0].isupper() and gaz.has(bare.text):
                found.append((bare.start_char, bare.end_char, 1))
    for m in REGION_AFTER.finditer(text):
        words = m.group(1).split()
        # "Ukraine's Donetsk region", "Burkina Faso's East region": the country is a
        # qualifier, not part of the name
        owners = [k for k, w in enumerate(words) if w.endswith(("'s", "’s"))]
        words = words[owners[-1] + 1 :] if owners else words
        while words and words[0].lower() in NOT_PLACE_WORDS:
            words = words[1:]
        if not words or normalize(" ".join(words)) in DEMONYMS:
            continue
        start = m.start(1) + m.group(1).index(words[0])
        found.append((start, m.end(), 3))
    for m in REGION_BEFORE.finditer(text):
        name = re.sub(r"^the\s+", "", m.group(2), flags=re.I)
        if name.split()[0].lower() in NOT_PLACE_WORDS or not name[0].isupper():
            continue
        found.append((m.start(2) + m.group(2).index(name), m.end(2), 1))
    for m in COUNTY_AFTER.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in NOT_PLACE_WORDS:
            words = words[1:]
        if words:
            found.append((m.start(1) + m.group(1).index(words[0]), m.end(), 3))

    # capitalised sequences missed by NER: countries, divisions, big towns after "in"
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            if not tok.text[:1].isupper() or tok.is_punct or tok.ent_type_ in SKIP_INSIDE:
                i += 1  # people's names were judged above
                continue
            if tok.ent_type_ == "ORG" and tok.ent_iob_ == "I":
                i += 1  # a word inside a body's name: "Ionian Star Maritime" (Togo's region)
                continue
            j = i
            while (
                j < sent.end
                and j - i < 4
                and doc[j].ent_type_ not in SKIP_INSIDE
                and (doc[j].text[:1].isupper() or doc[j].lower_ in ("of", "and"))
            ):
                j += 1
            for k in range(j, i, -1):
                span = doc[i:k]
                if span[-1].lower_ in ("of", "and"):
                    continue
                name = span.text
                if normalize(name) in DEMONYMS:  # "North Korean": skip it whole
                    i = k - 1
                    break
                min_pop = UNTAGGED_MIN_POP if _after_locative(doc, span) else 10**12
                if _article_follows(doc, k):
                    continue  # "Ain al-Asad air base": part of a longer Arabic name
                if (i > sent.start or len(span) > 1 or _after_locative(doc, span)) and _is_big(
                    gaz, name, min_pop
                ):
                    found.append((*_widen(doc, span.start_char, span.end_char), 0))
                    i = k - 1
                    break
            i += 1

    found.extend(_mislabelled_in_context(doc, gaz, found))
    found.extend(_repeats(text, found))

    # resolve overlaps: longer spans first, then higher priority
    found.sort(key=lambda f: (-(f[1] - f[0]), -f[2], f[0]))
    # an entity the tagger ran over the blank line after a headline ("near Avdiivka\n\n")
    # would carry the line break into every label that names the place
    taken = [_strip_space(text, s, e) for s, e in _disjoint(found)]
    taken.sort()
    return [
        toponym_for_span(text, s, e)
        for s, e in taken
        if not _in_outlet_name(doc, text, s, e)
        and not _rank_before_name(doc, s, e)
        and not _armed_group_name(doc, s, e)
    ]


def _given_name_of(doc: Doc, ent: Span, gaz: Gazetteer) -> bool:
    """Whether a one-word place entity is the first name of a person: "Marta Hurtado",
    "Florence Ncube", the place word straight before a capitalised proper noun it
    qualifies that is no place, no body's word and not followed by more of the name
    ("Kyiv Oblast", "Gaza City", "Ukraine Army", "Mariupol Drama Theatre" stay)."""
    if len(ent) != 1 or ent.root.dep_ != "compound" or ent.end >= len(doc):
        return False
    nxt = doc[ent.end]
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    if (
        ent.root.head.i != nxt.i
        or nxt.pos_ != "PROPN"
        or not nxt.is_title
        or ent[0].whitespace_ != " "
        or nxt.ent_type_ in PLACE_LABELS
        or nxt.ent_type_ == "ORG"
        or (after is not None and after.pos_ == "PROPN" and after.is_title)
    ):
        return False
    word = nxt.lower_
    if word in PLACE_NOUNS or word in SETTLEMENT_NOUNS or re.fullmatch(REGION_WORDS, word, re.I):
        return False
    from counterclaim.extract.lexicon import org_words

    if word in org_words() or gaz.has(nxt.text):
        return False
    # a country or province is not given as a first name ("Ukraine Defence")
    return all(p.kind == "city" for p in gaz.candidates(ent.text)[:1])


def _strip_space(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` narrowed to leave out whitespace at either edge of the span."""
    span = text[start:end]
    body = span.strip()
    if not body:
        return start, end
    lead = len(span) - len(span.lstrip())
    return start + lead, start + lead + len(body)


def _rank_before_name(doc: Doc, start: int, end: int) -> bool:
    """ "Brig. Gen. Nabil Abdallah", "Col. Amadou": an abbreviated rank before a name (the
    tagger may call "Brig." a place: Brig, Switzerland), unless after "in", "near"..."""
    from counterclaim.extract.lexicon import rank_abbreviations

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.text not in rank_abbreviations() or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return (
        nxt.text[:1].isupper()
        and (nxt.pos_ == "PROPN" or nxt.text in rank_abbreviations())
        and not _after_locative(doc, span, STRICT_LOCATIVE)
    )


def _actor_name(name: str) -> bool:
    """Whether the actor catalogue knows ``name`` as an actor (a body, group, person)."""
    from counterclaim.actors import load_catalogue

    return bool(load_catalogue().by_alias(name))


def _armed_group_name(doc: Doc, start: int, end: int) -> bool:
    """ "Russian Wagner mercenaries", "a channel linked to Wagner": a name the actor
    catalogue knows only as an armed group (Wagner, Brazil; Fano, Italy), unless the
    tagger itself took it for a place."""
    from counterclaim.actors import load_catalogue

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in span):
        return False
    actors = load_catalogue().by_alias(span.text)
    return bool(actors) and all(a.kind == "group" for a in actors)


#: Words that, after a place name, make it a newspaper's name ("the Kyiv Independent",
#: "The Moscow Times"); "of" before one makes "The Times of Israel".
_NEWSPAPER_TEXT = (
    "Times Post Independent Herald Tribune Gazette Journal Telegraph Chronicle Observer "
    "Courier Standard Inquirer Globe Mail Star Daily Today Insider Examiner"
)
NEWSPAPER_WORDS = frozenset(_NEWSPAPER_TEXT.split())
#: The first word at or after an offset, as ``str.split()`` would cut it.
_NEXT_WORD = re.compile(r"\s*(\S+)")


def _in_outlet_name(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a place name is part of an outlet's name: the words after it are a
    newspaper word, or it and its neighbours are an outlet the actor catalogue knows."""
    # the first word after the name only: splitting the rest of the text copied the whole
    # remainder of the article once per toponym
    word = _NEXT_WORD.match(text, end)
    after = [word.group(1)] if word else []
    if after and re.sub(r"(['’]s)?[.,;:]*$", "", after[0]) in NEWSPAPER_WORDS:
        return True
    before = text[max(0, start - 20) : start].split()
    if len(before) >= 2 and before[-1] == "of" and before[-2] in NEWSPAPER_WORDS:
        return True  # "The Times of Israel"
    from counterclaim.actors import load_catalogue

    name = text[start:end]
    names = [f"{name} {after[0].rstrip('.,;:')}"] if after else []
    names += [f"{before[-1]} {name}"] if before else []
    return any(a.kind == "media" for n in names for a in load_catalogue().by_alias(n))
