"""Resolve toponyms to gazetteer places using the article as context.

Each distinct name (one sense per article: every "Alexandria" in an article is the same
place) gets a score per candidate place::

    W_POP * log10(1 + population)            importance prior
  + KIND_BONUS[kind]                         country > admin1 > town for equal names
  + ALT_PENALTY (alternate name only)        "Paris" as a Ukrainian village's alias
  + W_COUNTRY * share of the article's country evidence that is the candidate's country
  + W_ADMIN1 * how surely the article names the candidate's state/oblast/province
  + W_PROX * share of other places within PROX_KM of the candidate
  + W_QUALIFIER if "X, Texas" / "X region of Russia" names its state/country
  + W_FORM if "X region"/"X Oblast" picks an admin1, "X County" a county

Evidence from the other names is soft: each name's candidates carry probabilities
(softmax of their scores), and a candidate's country, division and neighbourhood count
with that weight, so two ambiguous names cannot prop each other up ("Richmond" and
"Madison County" exist in many states). Countries and divisions named anywhere in the
text ("Texas Department of Criminal Justice") and demonyms ("Russian troops") add
country evidence. Scores are recomputed ROUNDS times so the choices settle together.
A town named like a much larger country or division ("California", Maryland) and a
division that is little more than its namesake town ("Paris" the department) are
demoted.

Conflict news names small towns the gazetteer may lack, in countries far from its
readers: a town whose namesakes all lie elsewhere is placed in the country or division
the article says it is in ("Nasir, in South Sudan's Upper Nile state", "the Lebanese
border village of Qasr", "Indonesia's Highland Papua province"), and a small town picked
in a country the article gives no evidence for, while it is plainly about another one
(its other places, demonyms, the armed groups it names, its dateline), is not taken for
that namesake (``_foreign_strays``). Otherwise one town lands in two countries across
the stories of one conflict, and the claims about it in two propositions.

A name with no gazetteer entry (or only weak ones) may be a garbled version of a place
the article supports: "Kurns Border Region" and "the Kurian region of the Russian
Federation" in an article about Kursk. It is repaired by string similarity against the
names of the places, divisions and countries chosen for the rest of the article, and
only those; otherwise it stays unresolved.

Thresholds were tuned by grid search on LGL and TR-News (accuracy at 161 km, both
corpora weighted equally) and checked on GeoVirus; see each constant's comment.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from counterclaim.extract.lexicon import DATELINE
from counterclaim.geo.gazetteer import (
    ABBR,
    ALT,
    DEMONYMS,
    EARTH_RADIUS_KM,
    NAME,
    STEM,
    Gazetteer,
    Place,
    haversine_km,
    normalize,
)
from counterclaim.geo.toponyms import Overlaps, Toponym

# --- weights (tuned on LGL + TR-News, see module docstring) -------------------------
# Coordinate descent over the values listed in brackets, two sweeps, objective the mean
# accuracy@161 of LGL and TR-News; the landscape is flat near the optimum (most values
# within 0.5 points), so round values were kept. GeoVirus (never tuned on) moved with
# them except W_ADMIN1: 4.0 gives LGL 0.809 / TR 0.780 / GeoVirus 0.742, 2.0 gives
# 0.792 / 0.783 / 0.746 - US local news names states far more than world news does.

#: Weight of log10(1 + population). 1.0 makes a town ten times larger worth one point.
W_POP = 1.0
#: Bonus by kind, in log10-population points, for names shared by several kinds
#: ("Georgia" the country or the state; "New York" the state or the city).
KIND_BONUS = {  # country tried [0.5 1 1.5 2 3], admin1 [0 0.5 1 1.5 2.5]
    "continent": 2.0,
    "country": 2.0,
    "admin1": 0.0,
    "admin2": 0.0,
    "city": 0.0,
    "region": 6.0,  # hand-listed regions have no population: as a town of a million
    "airport": 3.0,  # airports have no population: as a town of a thousand
}
#: A division's population is the sum of its towns, so it outweighs any town in it;
#: this many log10 points are taken off ("Washington" is the city before the state).
ADMIN1_POP_DISCOUNT = 1.0  # tried [0 0.5 1 1.5 2]
#: A division named like a town inside it with at most CONTAINS_TOWN_RATIO times the
#: town's population ("Paris" the department, "Alexandria" the governorate) is rarely
#: what the bare name means.
CONTAINS_TOWN_PENALTY = 2.0  # tried [0 1 2 4]: no effect on the corpora (kind only)
CONTAINS_TOWN_RATIO = 1.5
#: ... and whose point lies within this distance of the town's.
CONTAINS_TOWN_KM = 60.0
#: A GeoNames town listed with no population is in ``cities500`` as a seat (a district
#: or county town): counted as a town of this many people, not of none (a fifth of
#: the towns of Yemen, Ecuador or Angola; the median town with a known population there
#: has 10,000-30,000). 500-20,000 leave LGL and TR-News unchanged (+0.04 GeoVirus).
UNKNOWN_SEAT_POP = 1000
#: Penalty for a place reached only by an alternate name (translations, old names).
ALT_PENALTY = 1.5  # tried [0.5 1 1.5 2.5 3.5]
#: A town sharing its name with a country or division at least NAMESAKE_RATIO times
#: larger loses this much ("California" is the state even in an article about Maryland).
NAMESAKE_TOWN_PENALTY = 3.0  # set by hand: +0.2 LGL, +1.0 TR, +0.8 GeoVirus
NAMESAKE_RATIO = 10.0
#: Weight of the share of the article's country evidence that is the candidate's.
W_COUNTRY = 4.0  # tried [1 2 3 4 6]
#: Bonus when the article names the candidate's first-level division.
W_ADMIN1 = 4.0  # tried [0.5 1 2 3 4]
#: Weight of the share of the article's other places within PROX_KM of the candidate.
W_PROX = 2.0  # tried [0.5 1 2 3 4 6]
#: Radius for the proximity evidence (km): a local-news article stays within a county
#: or two.
PROX_KM = 150.0  # tried [50 100 150 250 400]
#: "Paris, Texas" / "Kurian region of the Russian Federation": bonus for candidates in
#: the named state or country. A qualifier that fits no candidate ("Dodge City, Great
#: Bend" is a list) is ignored, but lets a repair replace a weak exact hit.
W_QUALIFIER = 6.0  # tried [2 4 6 10]
#: Share of W_QUALIFIER for a town in the qualifier's country but not in the division
#: it names ("Paris, Missouri" is not Paris, Texas).
QUALIFIER_COUNTRY_ONLY = 0.5
#: "X region" / "X Oblast" picks a division, "X County" a county.
W_FORM = 3.0  # tried [1 3 5]: no effect on the corpora; set for the founding example
#: A bare "Kursk" in an article that also says "Kursk region" is that region.
W_SAME_STEM = 3.0  # set by hand for the founding example (no corpus case)
#: Demonyms count this much country evidence each ("Russian" = 0.5 of "Russia").
DEMONYM_WEIGHT = 0.25  # tried [0 0.25 0.5 1]
#: A country or division named outside the toponyms (in an organisation's name, a
#: title) counts this much country evidence.
TEXT_WEIGHT = 0.25  # tried [0 0.25 0.5 1 2]
#: Divisions smaller than this are not scanned for in the text (short common names).
TEXT_SCAN_MIN_POP = 100_000
#: Division names too generic to be evidence when found in running text.
_GENERIC_NAMES_TEXT = (
    "central north south east west northern southern eastern western capital centre "
    "center coast coastal lakes upper lower grand island islands delta mountain "
    "valley river lake bay city state national federal union independence liberty "
    "victoria washington georgia jersey "
    # calendar words: "Saturday" is an alternate name of Zambia's Lusaka province
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december "
)
GENERIC_NAMES = frozenset(_GENERIC_NAMES_TEXT.split())
#: Scores become probabilities as exp(SOFT_SCALE * score) (score in log10-population
#: points), which spread each name's evidence over its candidates.
SOFT_SCALE = 2.0  # tried [0.5 1 1.5 2 3 5]; hard choices instead: LGL -2 points
#: Only each name's PROX_TOP most likely candidates count for proximity.
PROX_TOP = 5  # tried [1 3 5 10]: 3 and up are equal
#: A candidate counts as supported by context when some evidence exceeds this share.
SUPPORT_MIN = 0.05
#: Rounds of rescoring with the other names' current choices as context.
ROUNDS = 3  # tried [1 2 3 5]
#: At most this many candidates per name are scored (largest first): the long tail of
#: hamlets called "San Jose" cannot win without context that a larger one shares.
MAX_CANDIDATES = 80

#: A county's namesake town is its point when within this distance of the article's
#: towns in the same state (a US county is 30-80 km across).
COUNTY_NAMESAKE_KM = 80.0

#: Country evidence of one mention of an armed group the actor catalogue places in a
#: country ("Houthi rebels" -> Yemen, "JNIM" -> Mali; passed in by the caller): a group
#: fights where the story happens more surely than a demonym describes it.
GROUP_WEIGHT = 0.5

# --- towns in a country the article never names --------------------------------------

#: A town (this size at most) chosen in a country with at most STRAY_MAX_SHARE of the
#: article's country evidence (its dateline's country not counted: a story about
#: Burkina Faso filed from Abidjan), none of the article's supported places within
#: PROX_KM, while one country has STRAY_TOP_SHARE of the evidence from
#: STRAY_MIN_MENTIONS mentions or more, is a namesake of a town the gazetteer lacks.
#: Set by hand on the disputes gold sets' articles; on the corpora it changes 7 LGL,
#: 7 TR-News and 6 GeoVirus toponyms, nearly all wrong before and after ("Middlesex"
#: in a story about Ontario had been Middlesex, New Jersey); accuracy is unchanged on
#: all three (York, England won and Auschwitz lost in LGL; St. Nicolas, Haiti won and
#: Bundibugyo, Uganda lost in GeoVirus).
STRAY_MAX_POP = 100_000
STRAY_TOP_SHARE = 0.5
STRAY_MAX_SHARE = 0.1
STRAY_MIN_MENTIONS = 2.0
#: ... and that country's evidence is worth a place of the article's at least (two
#: demonyms are not enough).
STRAY_MIN_WEIGHT = 1.0

# --- repair of garbled names ---------------------------------------------------------

#: A name is repaired to a supported place when their similarity (rapidfuzz ratio,
#: 0-100) is at least this ("Kurns" ~ "Kursk" = 80; unrelated names are below 60).
FUZZY_MIN_RATIO = 78.0
#: In region form ("X region") a weaker match is enough when the first FUZZY_PREFIX
#: letters agree ("Kurian" ~ "Kursk" = 55, prefix "kur").
FUZZY_REGION_RATIO = 50.0
FUZZY_PREFIX = 3
#: The best repair must beat the second-best different place by this many points.
FUZZY_MARGIN = 5.0
#: An exact hit this weak (score below this with no context evidence) is treated as
#: "no hit" when a repair is available (a garbled name matching a tiny village alias).
WEAK_SCORE = 3.0


@dataclass(frozen=True)
class Resolution:
    """A toponym and the place it refers to (None when unresolved), with confidence."""

    toponym: Toponym
    place: Place | None
    confidence: float


@dataclass
class _Cand:
    place: Place
    how: int
    prior: float


@dataclass
class _Group:
    key: str
    form: str
    members: list[int]
    name: str
    cands: list[_Cand]
    qualifiers: set[str]  # "country:XX" / "adm1:..." ids named right after a mention
    containers: set[str] = field(default_factory=set)  # those that surely contain it
    choice: _Cand | None = None
    score: float = 0.0
    margin: float = 0.0
    supported: bool = False
    probs: list[float] = field(default_factory=list)
    repaired: Place | None = None
    contradicted: bool = False


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer.load()


_QUALIFIER_AFTER = re.compile(r"^\s*,\s*((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3})")
_OF_AFTER = re.compile(r"^\s+(?:of|in)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3})")
#: Before "in": a space, a comma ("Nasir, in South Sudan's Upper Nile state"), or an
#: apposition that says what the place is ("Barsalogho, a town in Burkina Faso's
#: Centre-Nord region"): the division named after it contains it.
_IN_LEAD = (
    r"^(?:\s*,\s*an?\s+(?:[a-z-]+\s+){0,2}(?:town|village|city|hamlet|settlement|"
    r"locality|commune|municipality)\s+|\s*,\s*|\s+)in\s+"
)
_IN_AFTER = re.compile(_IN_LEAD + r"(?:the\s+)?((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3})")
#: "in Y's Z region", "in Y's eastern Z province": the division may follow a word or two
#: that say where in the country it lies.
_IN_POSSESSIVE_AFTER = re.compile(
    _IN_LEAD + r"(?:the\s+)?((?:[A-Z][\w.-]*)(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+"
    r"(?:[a-z-]+\s+){0,2}"
    r"((?:[A-Z][\w.-]*)(?:\s+[A-Z][\w.-]*){0,2}(?:\s+(?:region|oblast|province|state|"
    r"governorate|department|district))?)"
)


#: "X, in the (southwestern) province of Y", "X in Y province": X lies in division Y.
_IN_DIVISION_AFTER = re.compile(
    r"^\s*,?\s+in\s+the\s+(?:[a-z-]+\s+){0,2}(?:province|state|region|department|"
    r"governorate|oblast)\s+of\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})"
)


#: "X in the (western) Y region": X lies in division Y.
_IN_NAMED_DIVISION_AFTER = re.compile(
    r"^\s*,?\s+in\s+the\s+(?:[a-z-]+\s+){0,2}((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})"
    r"\s+(?:province|state|region|department|governorate|oblast)\b"
)


#: "X district of (northern) Y", "X, a suburb of Y": X lies inside the town Y.
_PART_OF_AFTER = re.compile(
    r"^(?:\s+|\s*,\s*an?\s+(?:\w+\s+)?)"
    r"(?:district|neighbou?rhood|suburb|quarter|locality|township|area|outskirts)"
    r"\s+(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|"
    r"north-?west|south-?east|south-?west)(?:ern)?\s+)?$"
)
#: A part of a town lies this close (km) to it; a candidate further away (in another
#: country) is a namesake (Karari, a district of Omdurman, is not Karari in Uttar Pradesh).
PART_OF_KM = 50.0


def _containers(toponyms: Sequence[Toponym], text: str) -> dict[int, int]:
    """Toponym index -> index of the town it is said to be part of ("the Karari
    district of northern Omdurman")."""
    out: dict[int, int] = {}
    for i, t in enumerate(toponyms[:-1]):
        nxt = toponyms[i + 1]
        if 0 < nxt.start - t.end <= 60 and _PART_OF_AFTER.match(text[t.end : nxt.start]):
            out[i] = i + 1
    return out


def _place_of(g: _Group) -> Place | None:
    return g.repaired if g.repaired is not None else (g.choice.place if g.choice else None)


def _inside_containers(toponyms: Sequence[Toponym], text: str, groups: dict[int, _Group]) -> None:
    """A part of a town left unresolved, or resolved to a namesake in another country,
    is placed at the town (marked approximate): the article says where it is. (Within
    one country the phrase reads both ways: "the Cincinnati suburb of West Chester".)"""
    for i, j in _containers(toponyms, text).items():
        part, whole = groups[i], groups[j]
        town = _place_of(whole)
        if part is whole or town is None or town.kind != "city" or town.lat is None:
            continue
        here = _place_of(part)
        if here is not None and (here.country == town.country or _within(here, town, PART_OF_KM)):
            continue
        part.repaired = replace(town, approx=True)
        part.choice = None
        part.margin = 1.0  # repaired places report half their margin as confidence


def _divisions_named(gaz: Gazetteer, written: str) -> tuple[list[Place], bool]:
    """The countries and first-level divisions the longest leading run of ``written``
    names ("Upper Nile state" -> Upper Nile; "Donetsk region", by its stem, when the
    division word follows), and whether that run is all of it ("Panama City" is no
    mention of Panama)."""
    words = written.rstrip(".,").split()
    for n in range(len(words), 0, -1):
        ways: tuple[int, ...] = (NAME, ALT, ABBR)
        if n < len(words) and words[n].lower() in DIVISION_WORDS:
            ways = (NAME, ALT, ABBR, STEM)
        hits = [
            p
            for p, how in gaz.lookup(" ".join(words[:n]))
            if p.kind in ("country", "admin1") and how in ways
        ]
        if hits:
            return hits, n == len(words)
    return [], False


#: Words after a division's name ("Donetsk region", "Upper Nile state").
DIVISION_WORDS = frozenset({"region", "oblast", "province", "state", "governorate", "district"})


def _qualifier_ids(gaz: Gazetteer, text: str, t: Toponym) -> tuple[set[str], set[str]]:
    """States/countries named right after the mention ("Paris, Texas", "X region of
    Y", "Nasir in South Sudan's Upper Nile state"), and those of them that surely
    contain it (a country after a comma or "in"; "in Y's Z")."""
    tail = text[t.end : t.end + 80]
    out: set[str] = set()
    sure: set[str] = set()
    m = _IN_POSSESSIVE_AFTER.match(tail)
    if m:
        named, whole = _divisions_named(gaz, m.group(1))
        countries = {p.country for p in named if p.kind == "country" and whole and p.country}
        for p in _divisions_named(gaz, m.group(2))[0]:
            if p.kind == "admin1" and p.country in countries:
                sure |= {p.id, f"country:{p.country}"}
        if not sure and len(countries) == 1:
            # "Kiendi, a market town in Burkina Faso's eastern Tapoa province": a division
            # the gazetteer lacks (a province below the regions) is still in that country
            sure = {f"country:{c}" for c in countries}
        return sure, sure
    m = _IN_DIVISION_AFTER.match(tail) or _IN_NAMED_DIVISION_AFTER.match(tail)
    if m:
        # "the hamlet of Sinaí, in the southwestern province of Cauca": surely inside it
        for p in _divisions_named(gaz, m.group(1))[0]:
            if p.kind == "admin1" and p.country:
                out |= {p.id, f"country:{p.country}"}
                sure |= {p.id, f"country:{p.country}"}
        if sure:
            return out, sure
    pats = [_QUALIFIER_AFTER, _OF_AFTER if t.form == "region" else _IN_AFTER]
    for pat in pats:
        m = pat.match(tail)
        if not m:
            continue
        hits, whole = _divisions_named(gaz, m.group(1))
        if pat is _IN_AFTER and not (whole and all(p.kind == "country" for p in hits)):
            continue  # "the Americas in Alaska": only "<town> in <Country>" places it
        for p in hits:
            out.add(p.id)
            if p.kind == "admin1" and p.country:
                out.add(f"country:{p.country}")
            elif p.kind == "country" and whole:
                sure.add(p.id)
    return out, sure


#: "the Lebanese border village of Qasr", "the Chadian town of Tine": a country's
#: adjective before a word for a settlement and "of" says which country the place is
#: in ("the Russian-held town of X" says who holds it, and is not read).
_DEMONYM_BEFORE = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[a-z]+\s+){0,2}(?:town|village|city|hamlet|"
    r"settlement|locality|commune|municipality|port|outpost)\s+of\s+(?:the\s+)?$"
)


def _demonym_before(text: str, t: Toponym) -> set[str]:
    """The country a settlement's demonym names right before it ("the Lebanese border
    village of Qasr" -> {"country:LB"}), or nothing."""
    m = _DEMONYM_BEFORE.search(text[max(0, t.start - 80) : t.start])
    if not m:
        return set()
    iso = DEMONYMS.get(normalize(m.group(1)))
    return {f"country:{iso}"} if iso else set()


#: "Indonesia's Highland Papua province", "Mali's northern Léré": the country named
#: as the owner right before the place.
_OWNER_BEFORE = re.compile(
    r"\b((?:[A-Z][\w.-]*)(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?:[a-z-]+\s+){0,2}$"
)


def _owner_before(gaz: Gazetteer, text: str, t: Toponym) -> set[str]:
    """The country named as the place's owner right before it ("Indonesia's Highland
    Papua province" -> {"country:ID"}), or nothing."""
    m = _OWNER_BEFORE.search(text[max(0, t.start - 60) : t.start])
    if not m:
        return set()
    hits, whole = _divisions_named(gaz, m.group(1))
    countries = {p.country for p in hits if p.kind == "country" and p.country}
    return {f"country:{c}" for c in countries} if whole and len(countries) == 1 else set()


def _within(a: Place, b: Place, km: float) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= km


def _looks_abbrev(text: str) -> bool:
    return "." in text or (text.isupper() and len(text) <= 4)


_CITY_SUFFIX = re.compile(r"\s+[Cc]ity$")


def _candidates(gaz: Gazetteer, t: Toponym) -> list[_Cand]:
    demonym = DEMONYMS.get(normalize(t.text))
    if demonym:  # "Egyptian" as a toponym is Egypt
        country = gaz.get(f"country:{demonym}")
        return [_Cand(country, ALT, 10.0)] if country else []
    acronym = t.text.isupper() and len(t.text.replace(".", "")) <= 3
    names = [t.text, t.name_for_lookup]
    city = _CITY_SUFFIX.sub("", t.text)
    if t.form == "name" and city != t.text and not gaz.has(t.text):
        names = [city]  # "Kabankalan City": the gazetteer has the town as "Kabankalan"
    seen: dict[str, _Cand] = {}
    for i, name in enumerate(dict.fromkeys(n for n in names if n)):
        for place, how in gaz.lookup(name):
            if how == STEM and t.form != "region":
                continue
            if how == ABBR and not _looks_abbrev(name):
                continue
            if acronym and place.kind not in ("country", "admin1", "region"):
                continue  # "EU" is not Eu, France
            if i > 0 and t.form == "region" and place.kind not in ("admin1", "city", "region"):
                continue
            pop = place.population
            if not pop and place.kind == "city" and place.id.startswith("gn:"):
                pop = UNKNOWN_SEAT_POP
            prior = W_POP * math.log10(1 + pop) + KIND_BONUS.get(place.kind, 0.0)
            if place.kind == "admin1":
                prior -= ADMIN1_POP_DISCOUNT
            if how == ALT:
                prior -= ALT_PENALTY
            old = seen.get(place.id)
            if old is None or prior > old.prior:
                seen[place.id] = _Cand(place, how, prior)
    # a division that is little more than its namesake town ("Paris" the department,
    # "Alexandria" the governorate) is the town; "Quebec" the province is not
    towns = [c.place for c in seen.values() if c.place.kind == "city" and c.how == NAME]
    big = 0
    for c in seen.values():
        p = c.place
        if p.kind == "admin1" and any(
            p.population <= CONTAINS_TOWN_RATIO * town.population
            and _within(p, town, CONTAINS_TOWN_KM)
            for town in towns
        ):
            c.prior -= CONTAINS_TOWN_PENALTY
            continue
        if (p.kind == "admin1" and c.how == NAME) or (p.kind == "country" and c.how != ABBR):
            big = max(big, p.population)
    # a town named like a country or division ("California, Md.", "Mexico" for Mexico
    # City) is not what the name usually means
    for c in seen.values():
        if c.place.kind == "city" and big >= NAMESAKE_RATIO * max(1, c.place.population):
            c.prior -= NAMESAKE_TOWN_PENALTY
    cands = sorted(seen.values(), key=lambda c: -c.prior)
    return cands[:MAX_CANDIDATES]


@lru_cache(maxsize=1)
def _division_index() -> dict[str, tuple[tuple[str, str], ...]]:
    """Normalised country/division name → ((place id, country), ...) for the text scan."""
    gaz = _gazetteer()
    index: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for key, place, how in gaz.iter_keys(("country", "admin1")):
        if how not in (NAME, ALT) or len(key) < 4 or key in GENERIC_NAMES or not place.country:
            continue
        if place.kind == "admin1" and place.population < TEXT_SCAN_MIN_POP:
            continue
        index[key].add((place.id, place.country))
    return {k: tuple(sorted(v)) for k, v in index.items()}


_CAPS_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*)*")
#: "Mali's army": the country is named all the same.
_POSSESSIVE = re.compile(r"['’]s$")


def _text_evidence(
    text: str, covered: list[tuple[int, int]], own: frozenset[str] = frozenset()
) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """Countries and divisions named anywhere in the text outside the toponyms ("Texas
    Department of Criminal Justice", "Russian troops"): (country weights, division ids,
    mentions per country).
    A name that is also one of the toponyms (``own``, normalised) is no evidence: an
    unmarked repeat of "Alexandria" does not make the article about the governorate."""
    index = _division_index()
    countries: defaultdict[str, float] = defaultdict(float)
    admin1s: defaultdict[str, float] = defaultdict(float)
    mentions: defaultdict[str, float] = defaultdict(float)
    covered_at = Overlaps(covered)
    for m in _CAPS_RUN.finditer(text):
        if covered_at.hits(m.start(), m.end()):
            continue
        words = [_POSSESSIVE.sub("", w) for w in m.group(0).split()]
        i = 0
        while i < len(words):
            for n in range(min(4, len(words) - i), 0, -1):
                phrase = " ".join(words[i : i + n])
                key = normalize(phrase)
                iso = DEMONYMS.get(key)
                if iso:
                    countries[iso] += DEMONYM_WEIGHT
                    mentions[iso] += 1.0
                    i += n
                    break
                hits = index.get(key) if key not in own else None
                if hits:
                    share = 1.0 / len(hits)
                    for pid, cc in hits:
                        countries[cc] += TEXT_WEIGHT * share
                        mentions[cc] += share
                        if pid.startswith("adm1:"):
                            admin1s[pid] += share
                    i += n
                    break
            else:
                i += 1
    return countries, admin1s, mentions


def resolve(
    toponyms: Sequence[Toponym],
    text: str,
    doc: object | None = None,
    groups_named: Mapping[str, int] | None = None,
) -> list[Resolution]:
    """Resolve each toponym with the rest of the article as context (``doc`` unused).

    ``groups_named`` is more country evidence the caller has: ISO2 -> how often the
    article names an armed group of that country ("Houthi rebels" -> Yemen)."""
    gaz = _gazetteer()
    groups: dict[tuple[str, str], _Group] = {}
    order: list[_Group] = []
    group_of: dict[int, _Group] = {}
    for i, t in enumerate(toponyms):
        key = (normalize(t.name_for_lookup or t.text), t.form)
        g = groups.get(key)
        if g is None:
            g = _Group(key[0], t.form, [], t.name_for_lookup or t.text, _candidates(gaz, t), set())
            groups[key] = g
            order.append(g)
        g.members.append(i)
        group_of[i] = g
        named, sure = _qualifier_ids(gaz, text, t)
        if not named:
            named = sure = _demonym_before(text, t) or _owner_before(gaz, text, t)
        g.qualifiers |= named
        g.containers |= sure

    for g in order:  # a qualifier that fits no candidate is a list ("Dodge City, Kansas")
        if g.qualifiers and not any(_qualified(c.place, g.qualifiers) for c in g.cands):
            g.contradicted = True

    covered = [(t.start, t.end) for t in toponyms]
    filed_at, filed_in = _dateline_countries(gaz, text)
    if filed_at is not None:
        covered.append(filed_at)
    groups_keys = {k for k, _ in groups} | {normalize(t.text) for t in toponyms}
    text_countries, text_admin1s, mentions = _text_evidence(
        text, sorted(covered), frozenset(groups_keys)
    )
    for cc in filed_in:
        text_countries[cc] = text_countries.get(cc, 0.0) + TEXT_WEIGHT
        mentions[cc] = mentions.get(cc, 0.0) + 1.0
    for cc, n in (groups_named or {}).items():
        text_countries[cc] = text_countries.get(cc, 0.0) + GROUP_WEIGHT * n
        mentions[cc] = mentions.get(cc, 0.0) + n
    stems = {g.key: g for g in order if g.form == "region"}
    near_cache: _NearCache = {}
    for _ in range(ROUNDS):
        _score_round(order, text_countries, text_admin1s, stems, near_cache)

    _repair(gaz, order)
    _inside_containers(toponyms, text, group_of)
    _in_named_division(gaz, order)
    _foreign_strays(gaz, order, text_countries, mentions, filed_in)
    _short_forms(order)
    return _emit(gaz, toponyms, order)


def _foreign_strays(
    gaz: Gazetteer,
    order: list[_Group],
    text_countries: Mapping[str, float],
    mentions: Mapping[str, float],
    filed_in: Sequence[str] = (),
) -> None:
    """A town chosen in a country the article gives no evidence for, far from its other
    places, while the article is plainly about another country ("Kiendi" in a story
    about Burkina Faso's army is not the Ivorian village; "Tawila" in North Darfur is
    not Yemen's At Tawilah): the article's town is one the gazetteer lacks. It moves to
    a namesake in that country if any, else is placed in the country (approximate)."""
    for g in order:
        if g.choice is None or g.repaired is not None or g.qualifiers or g.form != "name":
            continue
        p = g.choice.place
        if p.kind != "city" or p.population > STRAY_MAX_POP or not p.country:
            continue
        weight: defaultdict[str, float] = defaultdict(float, text_countries)
        named: defaultdict[str, float] = defaultdict(float, mentions)
        near = False
        for other in order:
            q = _place_of(other)
            if other is g or q is None or not q.country or not _evidence(other):
                continue
            weight[q.country] += len(other.members)
            named[q.country] += len(other.members)
            near = near or _within(p, q, PROX_KM)
        total = sum(weight.values())
        if near or not total:
            continue
        top = max(sorted(weight), key=weight.__getitem__)
        if (
            weight[top] < STRAY_TOP_SHARE * total
            or weight[p.country] - TEXT_WEIGHT * filed_in.count(p.country) > STRAY_MAX_SHARE * total
            or named[top] < STRAY_MIN_MENTIONS
            or weight[top] < STRAY_MIN_WEIGHT
        ):
            continue
        ranked = sorted(zip(g.probs, g.cands, strict=True), key=lambda x: -x[0])
        home = [c for _, c in ranked if c.place.country == top]
        if home:
            g.choice = home[0]
            continue
        country = gaz.get(f"country:{top}")
        if country is None or country.lat is None:
            continue
        g.repaired = replace(country, approx=True)
        g.choice = None
        g.margin = 1.0


_DATELINE_TOWNS = re.compile(r"\s*([A-ZÀ-Þ][\w'.-]+(?:[ \t/-][A-ZÀ-Þ][\w'.-]+)*)")
#: A dateline's town counts as a mention of its country when it has this many people.
DATELINE_MIN_POP = 100_000


def _dateline_countries(gaz: Gazetteer, text: str) -> tuple[tuple[int, int] | None, list[str]]:
    """The span of the article's dateline towns and their countries ("MOSCOW/KYIV, March
    14 (Reuters) -" -> RU, UA), for towns of DATELINE_MIN_POP people or more."""
    m = DATELINE.search(text[:300])
    town = _DATELINE_TOWNS.match(m.group(0)) if m else None
    if m is None or town is None:
        return None, []
    out: list[str] = []
    for name in town.group(1).split("/"):
        hits = [
            p
            for p, how in gaz.lookup(name)
            if how == NAME and p.kind == "city" and p.population >= DATELINE_MIN_POP
        ]
        best = max(hits, key=lambda p: p.population) if hits else None
        if best is not None and best.country:
            out.append(best.country)
    return (m.start() + town.start(1), m.start() + town.end(1)), out


def _short_forms(order: list[_Group]) -> None:
    """A name the article wrote in full before ("Santa Rosa del Sur", then "Santa Rosa")
    is that town when the short name's own pick lies in the same division: not a
    namesake next door."""
    towns = [h for h in order if h.choice is not None and h.choice.place.kind == "city"]
    for g in order:
        if g.choice is None or g.form != "name" or g.choice.place.kind != "city":
            continue
        words = g.key.split()
        for h in towns:
            full = h.key.split()
            p, q = g.choice.place, h.choice.place if h.choice else None
            if (
                q is not None
                and len(full) > len(words)
                and full[: len(words)] == words
                and p.id != q.id
                and p.admin1_id is not None
                and p.admin1_id == q.admin1_id
            ):
                g.choice = h.choice
                break


def _evidence(g: _Group) -> bool:
    """Whether a name's place is evidence of where the article is: a country or division,
    a place the article qualifies, or one its context supports (not a lone namesake)."""
    if g.repaired is not None:
        return True
    return g.choice is not None and (g.supported or g.choice.place.kind in ("country", "admin1"))


def _in_named_division(gaz: Gazetteer, order: list[_Group]) -> None:
    """A town the article places in a country or division ("Nasir, South Sudan",
    "Nasir in South Sudan's Upper Nile state") where the gazetteer has no such town is
    placed at that division, marked approximate, never at a namesake elsewhere."""
    for g in order:
        if not g.contradicted or g.repaired is not None or not g.containers:
            continue
        if g.form not in ("name", "region") or any(c.place.kind != "city" for c in g.cands):
            continue  # "Russia, Turkey and Iran" is a list of countries
        ids = sorted(g.containers, key=lambda i: (not i.startswith("adm1:"), i))
        place = gaz.get(ids[0])
        if place is None or place.lat is None:
            continue
        g.repaired = replace(place, approx=True)
        g.choice = None
        g.margin = 1.0


def _qualified(place: Place, qualifiers: set[str]) -> bool:
    return (
        place.id in qualifiers
        or (place.admin1_id is not None and place.admin1_id in qualifiers)
        or (place.kind != "country" and f"country:{place.country}" in qualifiers)
    )


def _qualifier_fit(place: Place, qualifiers: set[str]) -> float:
    """1 when the place is in the named division (or is the named place); when the
    qualifier names a division ("Paris, Missouri") a town elsewhere in its country fits
    only by half."""
    if place.id in qualifiers or (place.admin1_id is not None and place.admin1_id in qualifiers):
        return 1.0
    if any(q.startswith("adm1:") for q in qualifiers):
        return QUALIFIER_COUNTRY_ONLY
    return 1.0


def _probs(scores: list[float]) -> list[float]:
    if not scores:
        return []
    top = max(scores)
    ws = [math.exp(SOFT_SCALE * (x - top)) for x in scores]
    total = sum(ws)
    return [w / total for w in ws]


def _score_round(
    order: list[_Group],
    text_countries: dict[str, float],
    text_admin1s: dict[str, float],
    stems: dict[str, _Group],
    near_cache: _NearCache | None = None,
) -> None:
    """Score every group's candidates against the others' current beliefs.

    Evidence from another name is spread over its candidates by their probabilities
    (softmax of their scores), so two ambiguous names cannot prop each other up.
    """
    if near_cache is None:
        near_cache = {}
    for g in order:
        if not g.probs:
            g.probs = _probs([c.prior for c in g.cands])
    # per group: country mass, admin1 mass, top points with their mass
    summaries = []
    for g in order:
        cmass: defaultdict[str, float] = defaultdict(float)
        amass: defaultdict[str, float] = defaultdict(float)
        pts: list[tuple[float, float, float]] = []
        ranked = sorted(zip(g.probs, g.cands, strict=True), key=lambda x: -x[0])
        for prob, c in ranked:
            p = c.place
            if p.country:
                cmass[p.country] += prob
            if p.admin1_id:
                amass[p.admin1_id] += prob
        for prob, c in ranked[:PROX_TOP]:
            p = c.place
            if p.kind in ("city", "admin2") and p.lat is not None and p.lon is not None:
                pts.append((p.lat, p.lon, prob))
        summaries.append((g, cmass, amass, pts))
    new_probs = []
    for g in order:
        countries: defaultdict[str, float] = defaultdict(float, text_countries)
        admin1s: defaultdict[str, float] = defaultdict(
            float, {k: min(1.0, v) for k, v in text_admin1s.items() if v >= 1.0}
        )
        others = []
        for other, cmass, amass, pts in summaries:
            if other is g:
                continue
            w = len(other.members)
            for cc, m in cmass.items():
                countries[cc] += w * m
            for aid, m in amass.items():
                admin1s[aid] += m
            if pts:
                lats = [lat for lat, _, _ in pts]
                others.append((min(lats) - _PROX_LAT, max(lats) + _PROX_LAT, pts))
        n_country = sum(countries.values())
        scores = []
        supports = []
        same_stem = stems.get(g.key) if g.form == "name" else None
        for c in g.cands:
            p = c.place
            sc = c.prior
            support = False
            if n_country and p.country:
                share = countries[p.country] / n_country
                sc += W_COUNTRY * share
                support |= share > SUPPORT_MIN
            if p.admin1_id and admin1s.get(p.admin1_id, 0.0) > 0:
                m = min(1.0, admin1s[p.admin1_id])
                sc += W_ADMIN1 * m
                support |= m > SUPPORT_MIN
            if others and p.lat is not None and p.lon is not None and p.kind != "country":
                near = 0.0
                plat, plon = p.lat, p.lon
                for lo, hi, pts in others:
                    if not lo <= plat <= hi:
                        continue  # every point lies too far north or south: adds nothing
                    # a point further in latitude alone than PROX_KM is further in all
                    near += sum(
                        m
                        for lat, lon, m in pts
                        if abs(lat - plat) <= _PROX_LAT and _near(plat, plon, lat, lon, near_cache)
                    )
                if near:
                    sc += W_PROX * near / len(others)
                    support |= near / len(others) > SUPPORT_MIN
            if g.qualifiers and not g.contradicted and _qualified(p, g.qualifiers):
                sc += W_QUALIFIER * _qualifier_fit(p, g.qualifiers)
                support = True
            if (g.form == "region" and p.kind in ("admin1", "region")) or (
                g.form == "county" and p.kind == "admin2"
            ):
                sc += W_FORM
            if (
                same_stem is not None
                and same_stem.choice is not None
                and same_stem.choice.place.id == p.id
            ):
                sc += W_SAME_STEM
            scores.append(sc)
            supports.append(support)
        new_probs.append(_probs(scores))
        if scores:
            k = max(range(len(scores)), key=scores.__getitem__)
            rest = [x for i, x in enumerate(scores) if i != k]
            g.choice, g.score, g.supported = g.cands[k], scores[k], supports[k]
            g.margin = scores[k] - max(rest) if rest else 5.0
        else:
            g.choice, g.score, g.supported, g.margin = None, -math.inf, False, 0.0
    for g, probs in zip(order, new_probs, strict=True):
        g.probs = probs


_NearCache = dict[tuple[float, float, float, float], bool]

#: Degrees of latitude that PROX_KM spans on a great circle, plus a margin: a point
#: further than this in latitude is further than PROX_KM (the distance is at least
#: the latitude difference's arc), so ``haversine_km`` need not be called for it.
_PROX_LAT = math.degrees(PROX_KM / EARTH_RADIUS_KM) + 0.01


def _near(lat1: float, lon1: float, lat2: float, lon2: float, cache: _NearCache) -> bool:
    """``haversine_km(...) <= PROX_KM``, remembered for the rounds of one article."""
    key = (lat1, lon1, lat2, lon2)
    hit = cache.get(key)
    if hit is None:
        hit = cache[key] = haversine_km(lat1, lon1, lat2, lon2) <= PROX_KM
    return hit


def _repair(gaz: Gazetteer, order: list[_Group]) -> None:
    """Repair names with no (or only weak) gazetteer hit from the article's own places."""
    pool: dict[str, Place] = {}
    for g in order:
        if g.choice is None or (not g.supported and g.score < WEAK_SCORE):
            continue
        p = g.choice.place
        pool[p.id] = p
        for pid in (p.admin1_id, f"country:{p.country}" if p.country else None):
            if pid and pid not in pool:
                q = gaz.get(pid)
                if q is not None:
                    pool[pid] = q
    if not pool:
        return
    names: list[tuple[str, Place]] = []
    for p in pool.values():
        for key in {normalize(p.name), *gaz.names_of(p.id)}:
            names.append((key, p))
    for g in order:
        weak = g.choice is None or (not g.supported and g.score < WEAK_SCORE) or g.contradicted
        if not weak:
            continue
        scored: dict[str, tuple[float, Place]] = {}
        for key, p in names:
            if p.kind == "country" and g.form == "region":
                continue
            if g.qualifiers and not _qualified(p, g.qualifiers):
                continue
            r = fuzz.ratio(g.key, key)
            ok = r >= FUZZY_MIN_RATIO or (
                g.form == "region"
                and r >= FUZZY_REGION_RATIO
                and g.key[:FUZZY_PREFIX] == key[:FUZZY_PREFIX]
            )
            if ok and r > scored.get(p.id, (0.0, p))[0]:
                scored[p.id] = (r, p)
        if not scored:
            continue
        ranked = sorted(scored.values(), key=lambda x: -x[0])
        # the same division reached through a town and itself is no tie
        if (
            len(ranked) > 1
            and ranked[0][0] - ranked[1][0] < FUZZY_MARGIN
            and not _same_area(ranked[0][1], ranked[1][1])
        ):
            continue
        r, place = ranked[0]
        if g.form == "region" and place.kind == "city" and place.admin1_id:
            place = gaz.get(place.admin1_id) or place
        g.repaired = place
        g.choice = None
        g.margin = r / 100.0


def _same_area(a: Place, b: Place) -> bool:
    return a.admin1_id is not None and a.admin1_id == b.admin1_id


def _emit(gaz: Gazetteer, toponyms: Sequence[Toponym], order: list[_Group]) -> list[Resolution]:
    towns_by_admin1: dict[str, list[Place]] = defaultdict(list)
    for g in order:
        if g.choice is not None:
            p = g.choice.place
            if p.kind == "city" and p.admin1_id and p.lat is not None:
                towns_by_admin1[p.admin1_id].append(p)
    out: list[Resolution | None] = [None] * len(toponyms)
    for g in order:
        place: Place | None
        if g.repaired is not None:
            place, conf = g.repaired, 0.5 * g.margin
        elif g.choice is not None:
            place = g.choice.place
            conf = 1.0 / (1.0 + math.exp(-g.margin))
            if not g.supported:
                conf *= 0.8
        else:
            place, conf = None, 0.0
        if place is not None and place.kind == "admin2":
            place = _county_point(gaz, place, towns_by_admin1)
        for i in g.members:
            out[i] = Resolution(toponyms[i], place, round(conf, 3))
    return [r for r in out if r is not None]


def _county_point(gaz: Gazetteer, place: Place, by_admin1: dict[str, list[Place]]) -> Place:
    """A county's point (the packages give none): its namesake town when that agrees with
    the article's towns in the state, else the middle of those towns, else the namesake
    town, else the state's point. Always marked ``approx``."""
    towns = by_admin1.get(place.admin1_id or "", [])
    if towns:
        lat = sum(p.lat for p in towns if p.lat is not None) / len(towns)
        lon = sum(p.lon for p in towns if p.lon is not None) / len(towns)
        if (
            place.lat is not None
            and place.lon is not None
            and haversine_km(place.lat, place.lon, lat, lon) <= COUNTY_NAMESAKE_KM
        ):
            return place
        return replace(place, lat=lat, lon=lon, approx=True)
    if place.lat is not None:
        return place
    state = gaz.get(place.admin1_id) if place.admin1_id else None
    if state is not None and state.lat is not None:
        return replace(place, lat=state.lat, lon=state.lon, approx=True)
    return place
