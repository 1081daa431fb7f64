"""Lexicons shipped as data files in ``counterclaim/data``, loaded once."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


def data_lines(name: str) -> list[str]:
    text = resources.files("counterclaim.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def cue_stances() -> dict[str, str]:
    """Cue lemma -> stance (asserts, denies, questions, reports)."""
    out = {}
    for ln in data_lines("cues.tsv"):
        lemma, stance = ln.split("\t")
        out[lemma] = stance
    return out


@cache
def outlet_names() -> frozenset[str]:
    """Lower-cased outlet names, without a leading 'the'."""
    names = set()
    for ln in data_lines("outlets.txt"):
        low = ln.lower()
        names.add(low[4:] if low.startswith("the ") else low)
    return frozenset(names)


@cache
def media_words() -> frozenset[str]:
    """Head nouns that mark a noun phrase as a news medium."""
    return frozenset(w.lower() for w in data_lines("media_words.txt"))


def is_outlet_name(text: str) -> bool:
    """True for a known outlet name ("Reuters", "the Washington Post")."""
    low = " ".join(text.lower().split())
    if low.startswith("the "):
        low = low[4:]
    return low in outlet_names()


@cache
def org_words() -> frozenset[str]:
    """Words that make a capitalised name an organisation's (data/org_words.txt)."""
    return frozenset(w.lower() for w in data_lines("org_words.txt"))


@cache
def honorifics() -> frozenset[str]:
    """Honorifics before a name ("Mr.", "Dr."), data/honorifics.txt."""
    return frozenset(w.lower() for w in data_lines("honorifics.txt"))


@cache
def occupations() -> frozenset[str]:
    """Everyday trades written before a name ("Farmer Ana Ruiz"), data/occupations.txt."""
    return frozenset(w.lower() for w in data_lines("occupations.txt"))


@cache
def rank_abbreviations() -> dict[str, str]:
    """Abbreviated ranks and titles ("Maj.", "Gov.") -> the title they stand for
    ("major", "governor"), data/rank_abbreviations.txt."""
    return dict(ln.split("\t") for ln in data_lines("rank_abbreviations.txt"))


#: A dateline opening a paragraph: "KYIV, Ukraine (Reuters) —", "PORT LEVEN, Nov. 8 —",
#: "PRISTINA/BELGRADE, Aug 31 (Reuters) -".
_DATELINE_CITY = r"[ \t]*[A-Z][A-Z'.-]+(?:[ /-][A-Z][A-Z'.-]+)*"  # place(s) in capitals
DATELINE = re.compile(
    r"(?m)^"
    + _DATELINE_CITY
    + r"(?:,[ \t]*[A-Z][A-Za-z.]+(?:(?:[ \t](?:(?:of|the|and)[ \t])?|-)[A-Z][A-Za-z.]+)*"
    r"(?:[ \t]*\d{1,2}(?:,[ \t]*\d{4})?)?)*"
    #  ", Ukraine", ", Jan. 27", ", Congo, Dec 10", ", Democratic Republic of Congo",
    #  ", Bosnia-Herzegovina"
    r"(?:[ \t]*\([^)\n]{1,40}\))?"  # (Reuters)
    r"[ \t]*(?:—|–|--|-)[ \t]+"
    # "ISLAMABAD: " (Dawn, APP) only where the text starts ("UPDATE: " lines are no place)
    r"|\A\s*" + _DATELINE_CITY + r":[ \t]+"
    # Spanish/French wire style, city in title case: "Caracas, 11 jun (EFE).- ",
    # "Bogotá, 3 mar (AFP) - "; the agency in brackets is required, so prose never matches
    r"|(?m:^)[ \t]*[A-ZÀ-Þ][\w'.-]+(?:[ \t][A-ZÀ-Þ][\w'.-]+)*,[ \t]*\d{1,2}[ \t]+"
    r"[A-Za-z]{3,10}\.?[ \t]*\([A-Z][A-Za-z-]{1,15}\)[ \t]*\.?[ \t]*(?:—|–|--|-)[ \t]*"
    # English wire style, city in title case: "Kyiv, March 4 (AFP) - ", "Gaza City (AP) -
    # "; again the agency in brackets is required
    r"|(?m:^)[ \t]*[A-ZÀ-Þ][\w'.-]+(?:[ \t][A-ZÀ-Þ][\w'.-]+)*"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]*\d{1,2}(?:,[ \t]*\d{4})?)?"
    r"[ \t]*\([A-Z][A-Za-z-]{1,15}\)[ \t]*(?:—|–|--|-)[ \t]+"
    # Indian wire style, no dash: "CHAIBASA, Oct 11 (PTI) Two ..."; the agency in capitals
    # in brackets and a capital after it are required
    r"|(?m:^)" + _DATELINE_CITY + r",[ \t]*[A-Z][a-z]{2,8}\.?[ \t]*\d{1,2}(?:,[ \t]*\d{4})?"
    r"[ \t]*\([A-Z]{2,8}\)[ \t]+(?=[A-Z\"“])"
)


@cache
def denial_markers() -> tuple[tuple[str, ...], ...]:
    """Word sequences that make a clause deny its subject ("is not true")."""
    return tuple(tuple(ln.lower().split()) for ln in data_lines("denial_markers.txt"))


#: Words by which two joint speakers name each other ("Armenia and Azerbaijan accused
#: each other of ...", "... said the other side fired first").
RECIPROCALS = ("each other", "one another", "the other side")

#: Frames of troops being somewhere (crossing into a country, deployed there): what
#: they cross or go to is where, not a target, and troops named in the passive ("were
#: deployed") are their own side.
PRESENCE_FRAMES = frozenset({"incursion", "deployment"})

#: Kinds of victim of a toll, by the words that name them: soldiers killed and
#: attackers killed are two tolls, and a claim of who the dead were ("the dead were
#: herders", "those killed were combatants") speaks of the toll of its kind.
_VICTIMS = {
    "troops": (
        "soldier soldiers troop troops serviceman servicemen officer officers guard guards "
        # police and paramilitaries are the state's men in a toll ("14 security personnel",
        # "six jawans", "two policemen"), apart from the attackers they fought
        "personnel policeman policemen jawan jawans commando commandos "
        "paratrooper paratroopers marine marines sailor sailors conscript conscripts"
    ),
    "fighters": (
        "fighter fighters militant militants assailant assailants attacker attackers "
        "terrorist terrorists insurgent insurgents rebel rebels jihadist jihadists "
        "gunman gunmen member members combatant combatants guerrilla guerrillas "
        "bandit bandits "
        # a movement's own word for its members, and its rivals' ("lost four cadres",
        # "separatists", "extremists")
        "cadre cadres separatist separatists extremist extremists "
        # the military's word for enemy fighters ("three armed elements were killed",
        # "terrorist elements")
        "element elements "
        # the Pakistani state's word for Taliban militants ("all those killed were
        # khawarij")
        "khawarij kharijis "
        # ("killing a large number of militiamen": armed men of a militia; "two Maoists
        # were killed": the insurgents' name in India)
        "militiaman militiamen maoist maoists"
    ),
    "civilians": (
        "civilian civilians people person resident residents child children student "
        "students woman women patient patients worker workers villager villagers "
        # people by their trade or livelihood ("the victims were herders", "they were
        # farmers")
        "farmer farmers herder herders shepherd shepherds peasant peasants trader traders "
        "fisherman fishermen pupil pupils hunter hunters miner miners vendor vendors "
        # a child or teenager killed ("a 15-year-old girl ... had also been killed") is a
        # civilian victim, apart from a soldiers' toll said in the same breath
        "girl girls boy boys teenager teenagers infant infants baby babies"
    ),
}
VICTIM_KINDS: dict[str, str] = {
    word: kind for kind, words in _VICTIMS.items() for word in words.split()
}
