"""Figures: numbers with what they count ("an estimated 14,000 soldiers", "dozens of drones").

Reads: tokens, the parse, entities. Gives :class:`RawFigure` records with char offsets
into ``doc.text``: the value (or a range), what it counts (the noun and a normalised
class such as ``troops`` or ``deaths``), hedges ("an estimated", "at least",
"reportedly", "as many as") and whether the count is vague. Vague counts are
normalised the way ACLED codes fatalities: "dozens" = 12, "hundreds" = 100,
"several"/"many" = 10, "thousands" = 1000, and marked vague; a vague quantifier over a
scale word ("several dozen", "a few hundred") is coded as that scale's plural alone.

Not counts, so not figures: dates and datelines ("KYIV, Aug 12", "3 March"), labels
whose number follows the noun ("Route 9", "Resolution 2334", "Battalion 550"),
addresses ("14 Main Street"), measures and durations ("1,500 km", "two days", "60%",
"155 mm shells", "three times"), compound modifiers ("a 12-year-old", "a five-storey
block") and questions ("how many soldiers died"). A number that counts no noun is a
figure only where what it counts is plain from the clause: a toll ("the toll rose to
54") or a casualty verb ("five were killed", "killed 12", "1,200 dead"), whose unit is
then the outcome ("killed", "dead", "wounded"). Money takes its unit from a currency sign
("$2 million" = 2e6 ``dollar``).

A figure has no field for what happened to the counted (killed, wounded, captured):
``count_class`` says what was counted, and says the outcome only where the outcome is
all the phrase counts ("1,200 dead", "40 wounded people", "five were killed").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LIKE_NUM, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from counterclaim.extract.dates import MONTHS, WEEKDAYS
from counterclaim.extract.lexicon import DATELINE

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
#: Vague quantifiers that may scale the word after them ("several dozen", "a few hundred",
#: "many thousands"). Such a phrase is one vague figure coded as the scale alone, as ACLED
#: codes the plural: "several dozen" = "dozens" = 12, "a few hundred" = "hundreds" = 100,
#: "several hundred thousand" = "hundreds of thousands" = 100,000. Multiplying by the
#: quantifier's own code instead would make "several dozen" 120, above "a hundred".
VAGUE_SCALERS = frozenset({"several", "many", "numerous", "a few"})
#: Scale words (singular or plural) and their size, for the scaled vague phrases above.
VAGUE_SCALES = {
    "dozen": 12.0,
    "dozens": 12.0,
    "hundred": 100.0,
    "hundreds": 100.0,
    "thousand": 1000.0,
    "thousands": 1000.0,
    "million": 1e6,
    "millions": 1e6,
}
#: Words before "many"/"much" that make it a question or an unknown amount, not a count
#: ("did not say how many soldiers had died", "it is unclear how many").
INTERROGATIVES = frozenset({"how", "however"})
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
    "dozen": 12.0,  # "two dozen" = 24
    "hundred": 100.0,
    "thousand": 1000.0,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "mn": 1e6,
    "m": 1e6,
    "k": 1e3,
    "tn": 1e12,
}
#: Number words that join with a hyphen ("twenty-five"): the tens, then the units.
_TENS = frozenset(w for w, v in _WORDS.items() if 20 <= v < 100 and v % 10 == 0)
_UNITS = frozenset(w for w, v in _WORDS.items() if 1 <= v <= 9 and w not in ("a", "an"))
_HYPHENS = frozenset({"-", "‑"})
#: Abbreviated scales, which scale a number only when written onto it or onto a sum of
#: money ("$5m", "5bn"): "400 m" is metres.
_ABBREVIATED_SCALES = frozenset({"bn", "mn", "m", "k", "tn"})
#: A number with an abbreviated scale written onto it, as one token ("10bn", "3.5m").
_SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)(bn|mn|m|k|tn)$")
#: Currency signs before a sum, and the currency (a ``money`` unit) each stands for.
CURRENCY_SIGNS = {
    "$": "dollar",
    "us$": "dollar",
    "€": "euro",
    "£": "pound",
    "₽": "rouble",
    "₴": "hryvnia",
    "¥": "yuan",
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
#: "as many as 40 people", "as much as $2 million": at most that many.
AS_MANY_AS = frozenset({"many", "much"})
_FLIPPED_BOUND = {"lower_bound": "upper_bound", "upper_bound": "lower_bound"}
#: Counted nouns grouped into classes, so "14,000 soldiers" and "12,000 troops" compare.
#: Fighters named for their side ("militants", "rebels", "terrorists") are troops too:
#: each side counts the other's dead in its own words.
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
        "militant",
        "rebel",
        "insurgent",
        "jihadist",
        "terrorist",
        "gunman",
        "combatant",
        "militiaman",
        "guerrilla",
    },
    "deaths": {"death", "dead", "fatality", "body", "killed", "toll", "life"},
    "injured": {"injured", "wounded", "injury", "casualty", "wound"},
    "civilians": {
        "civilian",
        "resident",
        "people",
        "person",
        "child",
        "woman",
        "man",
        # people by what they do, as a toll's victims are named ("five students were
        # killed", "12 villagers"): the words the claims take for civilians
        # (lexicon.VICTIM_KINDS), so the figure and the claim agree
        "student",
        "patient",
        "worker",
        "villager",
        "farmer",
        "herder",
        "shepherd",
        "peasant",
        "trader",
        "fisherman",
        "pupil",
    },
    "refugees": {"refugee", "evacuee", "displaced", "migrant", "evacuated"},
    "prisoners": {
        "prisoner",
        "detainee",
        "captive",
        "hostage",
        "pow",
        "captured",
        "detained",
        "abducted",
    },
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
#: Verbs that say what happened to a bare number ("five were killed", "killed 12",
#: "3,400 injured"), and the outcome word that number then counts (a ``COUNT_CLASSES``
#: word, so "killed" is ``deaths`` and "wounded" ``injured``).
OUTCOME_VERBS = {
    "kill": "killed",
    "die": "dead",
    "wound": "wounded",
    "injure": "injured",
    "hurt": "injured",
    "displace": "displaced",
    "evacuate": "evacuated",
    "capture": "captured",
    "detain": "detained",
    "abduct": "abducted",
    "kidnap": "abducted",
}
#: Outcome adjectives that say what a generic noun counts ("40 wounded people" are the
#: injured, "12 dead others" the dead); a noun that names its own class ("two wounded
#: soldiers") keeps it.
OUTCOME_ADJECTIVES = frozenset({"dead", "killed", "wounded", "injured", "displaced", "captured"})
#: Nouns that name no one in particular: "people" is only taken for civilians when
#: nothing says more, and "others" says nothing.
GENERIC_NOUNS = frozenset({"people", "person", "other", "individual"})
#: Units of measure, time, proportion and frequency: a number of these measures
#: something ("1,500 km", "two days", "60%", "three times"), it counts nothing.
MEASURE_UNITS = frozenset(
    {
        # length, area, volume, weight, power
        "km", "kms", "kilometre", "kilometer", "mile", "metre", "meter", "mm", "cm",
        "millimetre", "millimeter", "centimetre", "centimeter", "foot", "feet", "ft",
        "inch", "yard", "hectare", "ha", "acre", "sq", "kg", "kilogram", "kilo", "gram",
        "tonne", "ton", "litre", "liter", "gallon", "barrel", "megawatt", "mw", "kilowatt",
        "kw", "gigawatt", "gw", "calibre", "caliber", "knot", "mph", "kph",
        # time
        "second", "minute", "hour", "hr", "day", "night", "week", "weekend", "fortnight",
        "month", "year", "yr", "decade", "century", "gmt", "utc", "a.m.", "p.m.", "am",
        "pm", "o'clock",
        # proportion, score, frequency, height
        "percent", "%", "point", "degree", "time", "storey", "story",
    }
)  # fmt: skip
#: Month and weekday names: a number "of" one is a date ("12 Aug", "Aug 12").
CALENDAR_WORDS = frozenset({*MONTHS, *WEEKDAYS})
#: Entity types that make a number a date, a time or a rank, not a count, unless the
#: noun it counts names a class ("between 20 and 30 people" is sometimes tagged a date).
_DATE_ENTS = frozenset({"DATE", "TIME"})
#: A word written onto a number with a hyphen that makes the number count the noun the
#: word modifies ("a 14,000-strong force"); any other such word makes it a modifier.
STRENGTH_WORDS = frozenset({"strong"})
#: Modifiers a counted noun may follow ("40 Shahed-136 drones", "two armoured vehicles"):
#: how far past the number we look for the noun when the parse gives none.
MAX_MODIFIERS = 3
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
    """'14,000' -> 14000.0, '1.2 million' -> 1.2e6, 'two hundred' -> 200.0, '10bn' ->
    1e10; else None."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        w = w.strip(".,")
        suffixed = _SUFFIXED.match(w)
        if suffixed:
            current += float(suffixed.group(1)) * _SCALE[suffixed.group(2)]
            seen = True
        elif _NUM.match(w):
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


def _countable(tok: Token) -> bool:
    """Whether a noun the parse gives a number may be what it counts: a common noun, a
    plural or national proper noun ("390 Ukrainians"), or a word naming a class ("1,200
    dead"); not a singular name ("14 Main Street")."""
    if tok.pos_ == "NOUN":
        return True
    if tok.pos_ == "PROPN":
        return tok.tag_ == "NNPS" or tok.ent_type_ == "NORP" or _class(tok) is not None
    return tok.pos_ in ("ADJ", "VERB") and tok.lower_ in _CLASS_OF


def _counted(tok: Token) -> Token | None:
    """The noun a number token counts: its head ("14,000 soldiers"), or the object of
    "of" ("thousands of soldiers"). A head before the number is a label the number
    names, not a count of it ("Route 9", "Aug 12")."""
    head = tok.head
    if (
        tok.dep_ in ("nummod", "quantmod", "amod", "compound")
        and head.i > tok.i
        and _countable(head)
    ):
        return head
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                    return g
    return _toll_of(tok)


def _next_noun(doc: Doc, last: int) -> Token | None:
    """The noun a number phrase ending at ``last`` counts, read off the words after it
    where the parse gives none: "dozens of (the) civilians", "40 Shahed-136 drones"
    (tagged an adjective), past at most ``MAX_MODIFIERS`` modifiers."""
    k = last + 1
    n = len(doc)
    if k < n and doc[k].lower_ == "of":
        k += 1
        if k < n and doc[k].pos_ in ("DET", "PRON") and doc[k].dep_ in ("det", "poss"):
            k += 1  # "of the", "of their"
    if (
        k < n
        and k > last + 1
        and doc[k].lower_ in OUTCOME_ADJECTIVES
        and (k + 1 >= n or doc[k + 1].pos_ not in ("NOUN", "PROPN", "ADJ"))
    ):
        return doc[k]  # "dozens of wounded were taken to hospital": the wounded
    for t in doc[k : min(k + MAX_MODIFIERS + 1, n)]:
        if t.pos_ == "NOUN" and (t.tag_ == "NNS" or _class(t) is not None):
            return t
        if t.pos_ not in ("ADJ", "PROPN", "NOUN") or t.is_punct:
            return None
    return None


def _noun_of(doc: Doc, first: int, last: int) -> Token | None:
    """What the number phrase from token ``first`` to ``last`` counts: the noun the
    parse gives its last word or its first, else the noun after it; a word inside the
    phrase is part of the number ("many thousands"), not what it counts."""
    for noun in (_counted(doc[last]), _counted(doc[first])):
        if noun is not None and (noun.i > last or noun.lemma_.lower() in TOLL_NOUNS):
            return noun
    return _next_noun(doc, last)


#: Verbs a toll takes its number with as an object ("the toll reached 54").
TOLL_REACHING = frozenset({"exceed", "reach", "top", "surpass", "pass", "hit", "cross"})


def _toll_of(tok: Token) -> Token | None:
    """The toll a bare number gives: "the death toll at 45", "raised the toll to 54",
    "the toll rose to 54", "the toll stood at 45", "the toll could exceed 300"."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in TOLL_REACHING:
        # "the death toll could exceed 300", "the toll reached 54": the number the
        # toll's verb takes is the toll
        for c in tok.head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in TOLL_NOUNS:
                return c
        return None
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


#: Nouns for a running count of what their "of" names ("the number of people killed
#: has reached 44", "the tally of dead stands at 30", "bringing the total to 12,000").
TALLY_NOUNS = frozenset({"number", "tally", "count", "total"})
_VERBS = ("VERB", "AUX")


def _tally_noun(tok: Token) -> Token | None:
    """The tally noun a bare number gives the value of, as a toll's ("the number of
    people killed has reached 44", "the tally rose to 51", "bringing the total to
    12,000"): the subject of a reaching verb it is the object of, or the subject or
    object of the verb whose "to"/"at" it follows."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in TOLL_REACHING:
        verb = tok.head
        roles: tuple[str, ...] = ("nsubj", "nsubjpass")
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("at", "to") and tok.head.head.pos_ in _VERBS:
        verb = tok.head.head
        roles = ("nsubj", "nsubjpass", "dobj")
    else:
        return None
    for c in verb.children:
        if c.dep_ in roles and c.lemma_.lower() in TALLY_NOUNS and c.i < tok.i:
            return c
    return None


def _tally_of(tok: Token) -> tuple[str, str] | None:
    """The unit and count class of the tally a bare number gives: what its "of" counts
    ("the number of people killed" -> killed, ``deaths``; "the count of those injured"
    -> injured), else, for a tally the clause's verb brings up to it, what that verb's
    clause counts ("300 people died ..., bringing the total to 12,000" -> ``deaths``);
    None where neither says (a "number" of nothing named is no count to ledger)."""
    noun = _tally_noun(tok)
    if noun is None:
        return None
    of = next(_of_objects(noun), None)
    if of is not None:
        for c in of.children:
            # "people killed in the strike", "people who died", "those injured"
            if c.dep_ in ("acl", "relcl", "amod") and c.pos_ in ("VERB", "ADJ"):
                outcome = OUTCOME_VERBS.get(c.lemma_.lower()) or (
                    c.lower_ if c.lower_ in OUTCOME_ADJECTIVES else None
                )
                if outcome is not None:
                    return outcome, _CLASS_OF[outcome]
        cls = _noun_class(of)
        if cls is None or of.lemma_.lower() in GENERIC_NOUNS:
            return None  # "the number of people rose to 40": counted how, it does not say
        return _unit(of), cls
    verb = noun.head
    if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.pos_ != "VERB":
        return None
    # "Another 300 people died on Monday, bringing the total to 12,000": the total of
    # what the clause it closes counts
    outcome = OUTCOME_VERBS.get(verb.head.lemma_.lower())
    if outcome is not None:
        return outcome, _CLASS_OF[outcome]
    return None


def _outcome_of(tok: Token) -> str | None:
    """What a number that counts no noun counts, from the casualty verb it is the
    subject or object of: "five were killed" -> "killed", "killed 12" -> "killed",
    "3,400 injured" -> "injured"; None for any other number."""
    while tok.dep_ == "conj" and tok.head.pos_ == "NUM":
        tok = tok.head  # "killed 5 in Kharkiv and 7 in Odesa"
    for c in tok.children:
        # "our losses are five killed", "12 killed and 40 wounded": the participle
        # hangs on the number
        if c.dep_ in ("acl", "amod") and c.i == tok.i + 1 and c.tag_ == "VBN":
            outcome = OUTCOME_VERBS.get(c.lemma_.lower())
            if outcome is not None:
                return outcome
    if tok.dep_ == "npadvmod" and tok.head.i == tok.i + 1 and tok.head.tag_ == "VBN":
        return OUTCOME_VERBS.get(tok.head.lemma_.lower())  # (the same, parsed the other way)
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    head = tok.head
    if head.pos_ != "VERB":
        return None
    return OUTCOME_VERBS.get(head.lemma_.lower())


#: Nouns for the members of a body ("300 members of the army").
MEMBER_NOUNS = frozenset({"member", "personnel", "element"})
#: Armed bodies whose members are ``troops`` ("members of the security forces").
ARMED_BODY_NOUNS = frozenset(
    {"army", "military", "force", "forces", "militia", "police", "gendarmerie", "guard", "navy"}
)
#: Nouns that count instances of what follows "of" ("12 cases of gunshot wounds").
CASE_NOUNS = frozenset({"case", "instance", "incident"})


def _unit(noun: Token) -> str:
    """The unit a counted word gives: its lemma, or an outcome word as written ("dozens
    of wounded": ``wounded``, not the verb's lemma)."""
    return noun.lower_ if noun.lower_ in OUTCOME_ADJECTIVES else noun.lemma_.lower()


def _class(noun: Token) -> str | None:
    """The count class of a counted noun ("soldiers" -> ``troops``)."""
    return _CLASS_OF.get(noun.lemma_.lower()) or _CLASS_OF.get(noun.lower_)


def _noun_class(noun: Token) -> str | None:
    """The count class of a counted noun, or of the outcome that modifies it where the
    noun names no one in particular ("40 wounded people" -> ``injured``)."""
    own = _class(noun)
    if own is None or noun.lemma_.lower() in GENERIC_NOUNS:
        for c in noun.children:
            if c.dep_ == "amod" and c.lower_ in OUTCOME_ADJECTIVES:
                return _CLASS_OF[c.lower_]
    if own is None and noun.lemma_.lower() == "other":
        # "wounded 52 others", "20 others were abducted": "others" names no one, the
        # verb says what they count (as for a bare number: "12 wounded")
        outcome = _outcome_of(noun)
        if outcome is not None:
            return _CLASS_OF.get(outcome)
    if own == "civilians" and _men_lost(noun):
        return "troops"  # "the army lost 40 men": a side's losses are its soldiers
    if (
        own is None
        and noun.lemma_.lower() in MEMBER_NOUNS
        and any(of.lemma_.lower() in ARMED_BODY_NOUNS for of in _of_objects(noun))
    ):
        return "troops"  # "300 members of the army", "members of the security forces"
    if own is None and noun.lemma_.lower() in CASE_NOUNS:
        # "12 cases of gunshot wounds": what the cases are of
        of = next(_of_objects(noun), None)
        if of is not None:
            return _class(of)
    return own


#: Nouns a side counts its own dead by when it "loses" them ("lost 300 men").
LOST_MEN_NOUNS = frozenset({"man", "men"})


def _men_lost(noun: Token) -> bool:
    """ "Ukrainian troops had lost more than 300 men", "it lost 40 men": men a side lost
    are its fighters, unless those who lost them are civilians ("residents lost 12 men")."""
    if noun.lower_ not in LOST_MEN_NOUNS or noun.dep_ != "dobj":
        return False
    if noun.head.lemma_.lower() != "lose":
        return False
    subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or _class(subject) != "civilians"


def _of_objects(noun: Token) -> Iterator[Token]:
    """The object of each "of" phrase on ``noun`` ("members of the army": army)."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            of = next((g for g in c.children if g.dep_ == "pobj"), None)
            if of is not None:
                yield of


def _measures(doc: Doc, last: int, noun: Token) -> bool:
    """Whether a number phrase ending at ``last`` measures, dates or labels rather than
    counts: its noun (or the word right after it: "155 mm shells") is a unit, a month or
    a weekday ("3 March"), or it is written onto a word with a hyphen ("a 12-year-old",
    "a five-storey block")."""
    words = [noun]
    if last + 1 < len(doc):
        words.append(doc[last + 1])
    for w in words:
        low = w.lower_.rstrip(".")  # "Aug.", "hrs."
        lemma = w.lemma_.lower()
        if w.lower_ in MEASURE_UNITS or low in MEASURE_UNITS or lemma in MEASURE_UNITS:
            return True
        if (low in CALENDAR_WORDS or lemma in CALENDAR_WORDS) and (w.is_title or w.pos_ == "PROPN"):
            return True
        if low == "cent" and w.i > 0 and doc[w.i - 1].lower_ == "per":
            return True  # "60 per cent"
    return _hyphenated(doc, last) is not None


def _hyphenated(doc: Doc, last: int) -> Token | None:
    """The word written onto a number with a hyphen ("12-year-old" -> "year"), if any;
    "10-15" is a range."""
    if last + 2 >= len(doc):
        return None
    hyphen, word = doc[last + 1], doc[last + 2]
    if doc[last].whitespace_ or hyphen.text not in _HYPHENS or hyphen.whitespace_:
        return None
    return None if word.like_num else word


def _after_calendar_word(doc: Doc, i: int) -> bool:
    """Whether the number at token ``i`` is the day after a month or weekday name
    ("Aug 12", "Aug. 12", "Tuesday 3")."""
    k = i - 1
    if k >= 0 and doc[k].text == ".":
        k -= 1
    return k >= 0 and doc[k].lower_.rstrip(".") in CALENDAR_WORDS and doc[k].is_title


def _calendar_entity(doc: Doc, i: int) -> bool:
    """Whether the date entity the number at token ``i`` lies in names a time: a month,
    a weekday, a year or a unit of time ("3 March", "two days", "May 2024"), where the
    tagger sometimes takes a plain count for a date ("between 20 and 30 people")."""
    lo = i
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    hi = i + 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    for t in doc[lo:hi]:
        low = t.lower_.rstrip(".")
        if (
            low in CALENDAR_WORDS
            or low in MEASURE_UNITS
            or t.lemma_.lower() in MEASURE_UNITS
            or _YEARISH.match(t.text)
        ):
            return True
    return False


def _datelines(doc: Doc) -> list[tuple[int, int]]:
    """Char spans of the datelines in ``doc`` ("KYIV, Aug 12 (Reuters) - ")."""
    return [m.span() for m in DATELINE.finditer(doc.text)]


_VAGUE_PHRASES = ("tens of thousands", "hundreds of thousands", "a handful", "a few")
_PHRASE_STARTS = frozenset(k.split()[0] for k in _VAGUE_PHRASES)


def extract_figures(doc: Doc) -> list[RawFigure]:
    """Every counted figure in ``doc``."""
    out: list[RawFigure] = []
    used: set[int] = set()
    n = len(doc)
    datelines = _datelines(doc)
    for i in _candidates(doc):
        if i in used:
            continue
        tok = doc[i]
        if any(s <= tok.idx < e for s, e in datelines):
            continue
        low = tok.lower_
        if low in CURRENCY_SIGNS:
            fig = _money(doc, i)
            if fig is not None:
                out.append(fig[0])
                used.update(range(i, fig[1] + 1))
            continue
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
            fig = _vague(doc, i, vague_key)
            if fig is not None:
                out.append(fig[0])
                used.update(range(i, fig[1] + 1))
            continue
        if not (tok.like_num or low in _WORDS) or low in ("a", "an", "one"):
            continue
        fig = _number(doc, i)
        if fig is not None:
            out.append(fig[0])
            used.update(range(i, fig[1] + 1))
    return out


def _vague(doc: Doc, i: int, key: str) -> tuple[RawFigure, int] | None:
    """The vague figure ``key`` starts at token ``i`` ("dozens of drones", "several
    dozen terrorists"), with its last number token; None where it counts nothing."""
    last = doc[i + len(key.split()) - 1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if key in AS_MANY_AS and (
        (i > 0 and doc[i - 1].lower_ in INTERROGATIVES) or (nxt is not None and nxt.lower_ == "as")
    ):
        return None  # "how many soldiers", "as many as 40": no count of its own
    value = VAGUE[key]
    if key in VAGUE_SCALERS and nxt is not None and nxt.lower_ in VAGUE_SCALES:
        # "several dozen", "a few hundred", "several hundred thousand"
        value = 1.0
        k = last.i + 1
        while k < len(doc) and doc[k].lower_ in VAGUE_SCALES:
            value *= VAGUE_SCALES[doc[k].lower_]
            k += 1
        last = doc[k - 1]
    noun = _noun_of(doc, i, last.i)
    if noun is None:
        outcome = _outcome_of(last)  # "hundreds were killed"
        if outcome is None:
            return None
        return _figure(
            doc, i, last.i, last.i, outcome, _CLASS_OF[outcome], value, None, True
        ), last.i
    if _measures(doc, last.i, noun):
        return None  # "several days", "a few hundred metres"
    unit = _unit(noun)
    return _figure(doc, i, last.i, noun.i, unit, _noun_class(noun), value, None, True), last.i


def _number_phrase(doc: Doc, i: int) -> tuple[int, float] | None:
    """The last token and value of the number phrase at ``i``: "1.2 million", "two
    hundred", "14,000", "$5m", "10bn"."""
    j = i
    while j + 1 < len(doc):
        nxt = doc[j + 1]
        if nxt.like_num:
            pass
        elif nxt.lower_ in _ABBREVIATED_SCALES:
            # "5m" written as one word: a scale; "400 m" with a space: metres
            if doc[j].whitespace_ and not (i > 0 and doc[i - 1].lower_ in CURRENCY_SIGNS):
                break
        elif (
            nxt.text in _HYPHENS
            and not doc[j].whitespace_
            and not nxt.whitespace_
            and j + 2 < len(doc)
            and doc[j].lower_ in _TENS
            and doc[j + 2].lower_ in _UNITS
        ):
            j += 2  # "twenty-five"
            continue
        elif nxt.lower_ not in _SCALE:
            break
        j += 1
    value = parse_number(doc[i : j + 1].text)
    return None if value is None else (j, value)


def _number(doc: Doc, i: int) -> tuple[RawFigure, int] | None:
    """The figure the number at token ``i`` gives, with its last number token; None for
    a number that counts nothing (a date, a label, a measure)."""
    tok = doc[i]
    toll = _toll_of(tok)
    if tok.ent_type_ == "ORDINAL" and toll is None:
        return None
    phrase = _number_phrase(doc, i)
    if phrase is None:
        return None
    j, value = phrase
    value_max = None
    # ranges: "10 to 15", "10-15", "between 10 and 15" ("and" only after "between":
    # "killed 12 and 30 were hurt" is two figures)
    if (
        j + 2 < len(doc)
        and (
            doc[j + 1].lower_ in ("to", "-", "–")
            or (doc[j + 1].lower_ == "and" and i > 0 and doc[i - 1].lower_ == "between")
        )
        and doc[j + 2].like_num
    ):
        upper = parse_number(doc[j + 2].text)
        if upper is not None and upper > value:  # ("2-1" is a score, not a range)
            value_max = upper
            j += 2
    if _after_calendar_word(doc, i):
        return None  # "Aug 12", "the April 8 missile attack"
    datelike = bool(_YEARISH.match(tok.text)) or (
        tok.ent_type_ in _DATE_ENTS and _calendar_entity(doc, i)
    )
    strength = _hyphenated(doc, j)
    if strength is not None and strength.lower_ in STRENGTH_WORDS:
        # "a 14,000-strong force": the number counts the noun "strong" modifies
        noun: Token | None = strength.head if strength.head.pos_ == "NOUN" else None
        if noun is None or datelike:
            return None
        fig = _figure(doc, i, j, noun.i, noun.lemma_.lower(), _class(noun), value, value_max, False)
        return fig, j
    noun = _noun_of(doc, i, j)
    if noun is None and toll is None and not datelike:
        tally = _tally_of(doc[j])
        if tally is not None:
            # "the number of people killed has reached 44": a toll by another name
            fig = _figure(doc, i, j, j, tally[0], tally[1], value, value_max, False)
            return fig, j
    if noun is None:
        outcome = _outcome_of(doc[j])
        if outcome is None or datelike:
            return None
        fig = _figure(doc, i, j, j, outcome, _CLASS_OF[outcome], value, value_max, False)
        return fig, j
    same = (noun is None and toll is None) or (
        noun is not None and toll is not None and noun.i == toll.i
    )
    if not same:  # (tokens compare by position: spaCy makes a new Token each time)
        if _measures(doc, j, noun):
            return None
        if tok.ent_type_ in _DATE_ENTS and _class(noun) is None:
            return None  # (a toll's number may be tagged a date: "the toll stood at 45")
        if _YEARISH.match(tok.text):
            return None  # "in 2024 troops moved in"
    unit = _unit(noun)
    return _figure(doc, i, j, noun.i, unit, _noun_class(noun), value, value_max, False), j


def _money(doc: Doc, i: int) -> tuple[RawFigure, int] | None:
    """The sum a currency sign at token ``i`` gives ("$2 million", "€10bn"), with its
    last number token."""
    if i + 1 >= len(doc):
        return None
    phrase = _number_phrase(doc, i + 1)
    if phrase is None:
        return None
    j, value = phrase
    unit = CURRENCY_SIGNS[doc[i].lower_]
    return _figure(doc, i, j, j, unit, _CLASS_OF[unit], value, None, False), j


#: Words an article before a figure belongs to ("an estimated 14,000", "a dozen", "a
#: few"); before anything else ("a $20 billion project", "a 14,000-strong force") the
#: article is the noun's, not the figure's.
_ARTICLE_TAKERS = frozenset({*HEDGES, *VAGUE, *_SCALE, "few", "handful", "reported"})

#: Lower-cased words that may start a figure (with any word like a number).
_STARTS = frozenset(get_string_id(w) for w in (*_PHRASE_STARTS, *VAGUE, *_WORDS, *CURRENCY_SIGNS))
_STARTS_ARRAY = np.array(sorted(_STARTS), dtype=np.uint64)


def _candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that may start a figure, read from the token arrays: the
    rest would be passed over by ``extract_figures`` anyway."""
    arr = doc.to_array([LOWER, LIKE_NUM])
    if not len(arr):
        return []
    return np.flatnonzero(arr[:, 1].astype(bool) | np.isin(arr[:, 0], _STARTS_ARRAY)).tolist()


def _figure(
    doc: Doc,
    first: int,
    last: int,
    end_tok: int,
    unit: str,
    count_class: str | None,
    value: float,
    value_max: float | None,
    vague: bool,
) -> RawFigure:
    """The figure whose number runs from token ``first`` to ``last`` and whose phrase
    ends at ``end_tok`` (the counted noun), with the hedges before and inside it."""
    hedges: list[str] = []
    k = first - 1
    while k >= 0 and k >= first - 4:
        w = doc[k].lower_
        if w == "as" and k >= 2 and doc[k - 1].lower_ in AS_MANY_AS and doc[k - 2].lower_ == "as":
            hedges.append("upper_bound")  # "as many as 40"
            k -= 3
            continue
        if w not in HEDGES and w not in ("an", "a", "at", "to", "between"):
            break
        if doc[k].dep_ == "prt" or (w == "up" and doc[k + 1].lower_ != "to"):
            break  # "blew up three houses", "took over two villages"
        h = HEDGES.get(w)
        if h in _FLIPPED_BOUND and k > 0 and doc[k - 1].lower_ in ("no", "not"):
            h = _FLIPPED_BOUND[h]  # "no more than 10": at most 10
            k -= 1
        if h:
            hedges.append(h)
        k -= 1
    start_tok = k + 1
    while start_tok < first and (
        doc[start_tok].lower_ in ("than", "to")
        or (doc[start_tok].lower_ == "at" and doc[start_tok + 1].lower_ not in ("least", "most"))
        or (doc[start_tok].lower_ == "between" and value_max is None)
        or (
            doc[start_tok].lower_ in ("a", "an")
            and doc[start_tok + 1].lower_ not in _ARTICLE_TAKERS
        )
    ):
        start_tok += 1  # "at 45", "at more than 120", not "at least"
    for t in doc[first : end_tok + 1]:
        if t.lower_ in ("estimated", "reported", "alleged", "approximately", "about"):
            hedges.append(HEDGES.get(t.lower_, t.lower_))
    start = doc[min(start_tok, first)].idx
    end_tok = max(end_tok, last)
    end = doc[end_tok].idx + len(doc[end_tok].text)
    return RawFigure(
        start=start,
        end=end,
        value=value,
        value_max=value_max,
        unit=unit,
        count_class=count_class,
        hedges=tuple(dict.fromkeys(h for h in hedges if h)),
        vague=vague,
        number_text=doc[first : last + 1].text,
    )
