"""The actor catalogue: countries, governments, armed forces, organisations, groups, media
and officials, shipped as TSV files in ``counterclaim/data/actors``.

``load_catalogue()`` reads them once (plain ``csv``, a few milliseconds) and answers
``by_alias`` look-ups, including the derived forms no file lists one by one:

* a country's name, aliases and demonyms -> the country ("North Korean" -> country:PRK);
* its capital and seats of government -> its government ("the Kremlin" -> gov:RUS);
* "<demonym|country|capital> government/authorities/regime/leadership/officials" -> gov;
* "<demonym|country> army/forces/troops/military/soldiers/command/...", "<Country>'s
  defence ministry", "the <Country> General Staff" -> its armed forces (mil:ISO3).

``validate_catalogue()`` is the schema check; ``python -m counterclaim.actors.catalogue
--check`` runs it and exits non-zero on errors.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from counterclaim.errors import CounterclaimError

#: Actor kinds, and the prefix of their ids.
KIND_PREFIX: dict[str, str] = {
    "person": "person",
    "government": "gov",
    "military": "mil",
    "organisation": "org",
    "media": "media",
    "country": "country",
    "group": "group",
}
KINDS: tuple[str, ...] = tuple(KIND_PREFIX)

#: File name -> (columns, kind of every row or None when the file has a kind column).
FILES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "countries.tsv": (
        ("id", "name", "iso2", "iso3", "aliases", "demonyms", "capital", "seats", "lat", "lon"),
        "country",
    ),
    "governments.tsv": (("id", "name", "country", "aliases"), "government"),
    "militaries.tsv": (("id", "name", "country", "aliases"), "military"),
    "organisations.tsv": (("id", "name", "kind", "country", "aliases"), None),
    "media.tsv": (("id", "name", "country", "aliases"), "media"),
    "persons.tsv": (("id", "name", "country", "aliases", "roles"), "person"),
}
#: Kinds allowed in the kind column of organisations.tsv.
ORG_FILE_KINDS = frozenset({"organisation", "group"})

#: Words after a country word that make a phrase name its government.
GOV_SUFFIXES: tuple[str, ...] = (
    "government",
    "authorities",
    "regime",
    "leadership",
    "officials",
    "administration",
    "cabinet",
    "presidency",
    "president's office",
    "presidential office",
    "prime minister's office",
    "foreign ministry",
    "ministry of foreign affairs",
    "foreign affairs ministry",
    "foreign office",
    "mfa",
    "junta",
    "side",
    "military government",
    "ministry",
    "health ministry",
    "ministry of health",
    "interior ministry",
    "ministry of interior",
    "justice ministry",
    "finance ministry",
    "energy ministry",
    "intelligence agency",
    "intelligence service",
    "police",
    "national police",
    "police force",
    "security service",
    # a country's border guard (the service, singular) is an interior agency, not its
    # army: "the Polish Border Guard said" (held-out dev8, gold gov:POL); the plural
    # "border guards" (the men on the line) stays military
    "border guard",
    "border service",
    "emergencies ministry",
    "embassy",
    "mission",
    "mission to the united nations",
    "spokesman",
    "spokeswoman",
    "spokesperson",
)
#: Generic nouns after a group's name ("the M23 rebel group", "Houthi rebels").
GROUP_TAILS: tuple[str, ...] = (
    "rebel group",
    "rebel movement",
    "armed group",
    "militant group",
    "group",
    "movement",
    "rebels",
    "militants",
    "militia",
    "fighters",
    "organisation",
    "organization",
)
#: Nouns for the fighters of a body, after its name: "Houthi forces", "RSF troops",
#: "Boko Haram gunmen", "ELN guerrillas" name the armed group (only a group: "<a
#: person's surname> forces" is no one's alias, and a country's forces are its army).
GROUP_FORCE_TAILS: tuple[str, ...] = (
    "forces",
    "troops",
    "gunmen",
    "guerrillas",
    "insurgents",
    "jihadists",
    "militiamen",
)
#: Words after a country word that make a phrase name its armed forces.
MIL_SUFFIXES: tuple[str, ...] = (
    "army",
    "forces",
    "armed forces",
    "troops",
    "military",
    "soldiers",
    "servicemen",
    "command",
    "military command",
    "high command",
    "defence ministry",
    "ministry of defence",
    "defence department",
    "department of defence",
    "ministry of national defence",
    "national defence ministry",
    # the Philippines' (and others') defence ministry: "the Philippine Department of
    # National Defense" spoke for the armed forces, not the government
    "department of national defence",
    "defence forces",
    "general staff",
    # a state's joint operational command ("the Norwegian Joint Headquarters", Britain's
    # "Permanent Joint Headquarters") commands its armed forces and speaks for them
    "joint headquarters",
    "military headquarters",
    "air force",
    "navy",
    "air defence",
    "air defences",
    "military officials",
    "defence officials",
    "military leadership",
    "military spokesman",
    "units",
    "mod",
    "military intelligence",
    "military intelligence agency",
    "military intelligence service",
    "border guards",
    "border troops",
    "border forces",
    "guards",
    "marines",
    # a state's warships are its navy ("South Korean warships had violated its waters")
    "warships",
    "warship",
    "naval vessels",
    "navy ships",
    "naval ships",
)
#: Suffixes that name a state's body after its country word but, after the name of
#: those who rule it ("Taliban" of "Taliban government"), may be the rulers' own: "a
#: Taliban spokesman", "the Taliban side".
RULER_SKIPPED_SUFFIXES = frozenset({"spokesman", "spokeswoman", "spokesperson", "side"})
#: Suffix -> kind, longest first so "military officials" wins over "officials".
_SUFFIXES: tuple[tuple[str, str], ...] = tuple(
    sorted(
        [(s, "government") for s in GOV_SUFFIXES] + [(s, "military") for s in MIL_SUFFIXES],
        key=lambda p: -len(p[0]),
    )
)

#: Normalised aliases that are also everyday words: they match only when written as a
#: name (all capitals for an acronym such as "US" or "WHO", else an initial capital).
_COMMON_WORDS_TEXT = """
us who pa au un cis mit mod pap spa app let abc fox nos sun mail hill times economist
independent guardian telegraph observer insider hindu dawn commission kan mehr bild spiegel
geo ina sana saba petra amnesty island
"""
COMMON_WORDS: frozenset[str] = frozenset(_COMMON_WORDS_TEXT.split())

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ACRONYM_RE = re.compile(r"(?<!\w)(?:[^\W\d_]\.)+[^\W\d_]\.?(?!\w)")
_SPACE_RE = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'"})
_DASHES = re.compile(r"[-‐‑‒–—―]")


class CatalogueError(CounterclaimError):
    """A catalogue file could not be read (run the --check for a full report)."""


@dataclass(frozen=True, slots=True)
class Role:
    """An office held: title, the id of the organisation it belongs to, ISO date prefixes."""

    title: str
    org: str
    start: str
    end: str = ""

    def active_on(self, day: date | str) -> bool:
        """Whether the role was held on ``day`` (partial dates cover their whole span)."""
        d = _as_date(day)
        return (
            date_bounds(self.start)[0] <= d <= (date_bounds(self.end)[1] if self.end else date.max)
        )


@dataclass(frozen=True, slots=True)
class Actor:
    """A speaker or body that can make claims."""

    id: str
    name: str
    kind: str
    country: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    demonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """Geography of a country actor (from countries.tsv)."""

    iso3: str
    iso2: str
    capital: str
    seats: tuple[str, ...]
    lat: float | None
    lon: float | None


#: Longest acronym read as a body's initials ("FLEC", "SPLA-IO" without its dash).
ACRONYM_MAX = 8


def initials(name: str) -> str:
    """ "Kachin Independence Army" -> "KIA" (small words skipped)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """The look-up key of a name: casefolded, no diacritics, straight apostrophes, dashes
    as spaces, "U.S." as "us", "defense" as "defence", no leading "the", single spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = _DASHES.sub(" ", text.translate(_APOSTROPHES))
    text = text.casefold()
    if "`" in text:
        text = text.replace("`", "'")
    if "." in text:
        text = _ACRONYM_RE.sub(lambda m: m.group(0).replace(".", ""), text)
    text = text.replace("-", " ")
    text = _SPACE_RE.sub(" ", text).strip(' .,;:!?"()[]')
    if text.startswith("the "):
        text = text[4:]
    return text.replace("defense", "defence")


def slug(text: str) -> str:
    """An id-safe form of a name: "Jean-Paul Mensah" -> "jean-paul-mensah"; a name in
    another script keeps its letters ("Вячеслав Гладков" -> "вячеслав-гладков"), never
    an empty slug that every such name would share."""
    key = normalise(text)
    return re.sub(r"[^a-z0-9]+", "-", key).strip("-") or re.sub(r"\W+", "-", key).strip("-")


def date_bounds(value: str) -> tuple[date, date]:
    """First and last day covered by an ISO date prefix (YYYY, YYYY-MM, YYYY-MM-DD)."""
    if not _DATE_RE.match(value):
        raise ValueError(f"not an ISO date prefix: {value!r}")
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    d = date(*parts)
    return d, d


def _as_date(day: date | str) -> date:
    return day if isinstance(day, date) else date_bounds(day)[0]


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split("|") if v) if value else ()


# --- reading ----------------------------------------------------------------------------


@dataclass
class _Row:
    file: str
    line: int
    fields: dict[str, str]


def _source(catalogue_dir: str | Path | None) -> Traversable:
    if catalogue_dir is not None:
        return Path(catalogue_dir)
    return resources.files("counterclaim.data").joinpath("actors")


def _read_rows(
    base: Traversable, filename: str, problems: list[str] | None = None
) -> Iterator[_Row]:
    """Rows of one file as dicts; malformed lines go to ``problems`` or raise."""
    columns, _ = FILES[filename]
    ref = base.joinpath(filename)
    if not ref.is_file():
        _problem(problems, f"{filename}: file is missing")
        return
    lines = ref.read_text(encoding="utf-8").splitlines()
    header_seen = False
    for lineno, row in enumerate(
        csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), start=1
    ):
        raw = lines[lineno - 1]
        if not raw.strip() or raw.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            if tuple(row) != columns:
                _problem(problems, f"{filename}:{lineno}: header {row} is not {list(columns)}")
                return
            continue
        if len(row) != len(columns):
            _problem(
                problems,
                f"{filename}:{lineno}: {len(row)} fields, expected {len(columns)}",
            )
            continue
        yield _Row(filename, lineno, dict(zip(columns, row, strict=True)))
    if not header_seen:
        _problem(problems, f"{filename}: no header row")


def _problem(problems: list[str] | None, message: str) -> None:
    if problems is None:
        raise CatalogueError(message + " (run python -m counterclaim.actors.catalogue --check)")
    problems.append(message)


def _parse_roles(value: str) -> tuple[Role, ...]:
    roles = []
    for entry in _split(value):
        parts = entry.split("@")
        if len(parts) != 4:
            raise ValueError(f"role {entry!r} is not title@org@start@end")
        roles.append(Role(*parts))
    return tuple(roles)


def _float(value: str) -> float | None:
    return float(value) if value else None


def _actor_from_row(row: _Row, kind: str) -> Actor:
    f = row.fields
    return Actor(
        id=f["id"],
        name=f["name"],
        kind=kind,
        country=f.get("iso3", f.get("country", "")),
        aliases=_split(f["aliases"]),
        roles=_parse_roles(f.get("roles", "")),
        demonyms=_split(f.get("demonyms", "")),
    )


def _read_all(
    base: Traversable, problems: list[str] | None = None
) -> tuple[list[tuple[_Row, Actor]], dict[str, CountryInfo]]:
    """Every row with its actor, and country geography by ISO3."""
    out: list[tuple[_Row, Actor]] = []
    countries: dict[str, CountryInfo] = {}
    for filename, (_, file_kind) in FILES.items():
        for row in _read_rows(base, filename, problems):
            kind = file_kind or row.fields["kind"]
            try:
                actor = _actor_from_row(row, kind)
                if filename == "countries.tsv":
                    f = row.fields
                    countries[f["iso3"]] = CountryInfo(
                        iso3=f["iso3"],
                        iso2=f["iso2"],
                        capital=f["capital"],
                        seats=_split(f["seats"]),
                        lat=_float(f["lat"]),
                        lon=_float(f["lon"]),
                    )
            except ValueError as exc:
                _problem(problems, f"{filename}:{row.line}: {exc}")
                continue
            out.append((row, actor))
    return out, countries


# --- the catalogue ----------------------------------------------------------------------

#: Guard on an index entry: 0 none, 1 needs a capital letter, 2 needs all capitals.
_Entry = tuple[str, int, int]  # (actor id, rank, guard)


def _guard(form: str, key: str) -> int:
    if key not in COMMON_WORDS:
        return 0
    letters = [c for c in form if c.isalpha()]
    return 2 if letters and all(c.isupper() for c in letters) else 1


def _passes(text: str, guard: int) -> bool:
    if guard == 0:
        return True
    stripped = text.strip()
    if stripped[:4].casefold() == "the ":
        stripped = stripped[4:]
    letters = [c for c in stripped if c.isalpha()]
    if not letters:
        return False
    if guard == 2:
        return all(c.isupper() for c in letters)
    return letters[0].isupper()


@dataclass
class Catalogue:
    """All actors, with alias look-ups and office-holder queries."""

    actors: dict[str, Actor]
    countries: dict[str, CountryInfo] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._index: dict[str, list[_Entry]] = {}
        self._prefix: dict[str, set[str]] = {}  # country word -> ISO3s
        self._seat_prefix: dict[str, set[str]] = {}  # capital / seat -> ISO3s
        # who rules a state, by the word its government is listed under ("Taliban" of
        # "Taliban government") -> ISO3s: the rulers' other state bodies are the state's
        self._ruler_prefix: dict[str, set[str]] = {}
        self._surnames: dict[str, list[str]] = {}
        # "National Liberation Army (Colombia)" is "the National Liberation Army" in a
        # story about Colombia: names without their country qualifier, looked up only
        # with the story's country (see ``qualified``)
        self._qualified: dict[str, list[str]] = {}
        for actor in self.actors.values():
            for form in (actor.name, *actor.aliases, *actor.demonyms):
                self._add(form, actor.id, 0)
                bare = re.sub(r"\s*\([^()]*\)\s*$", "", form)
                if bare != form and actor.kind in ORG_FILE_KINDS and normalise(bare):
                    self._qualified.setdefault(normalise(bare), []).append(actor.id)
            if actor.kind == "country":
                for form in (actor.name, *actor.aliases, *actor.demonyms):
                    self._prefix.setdefault(normalise(form), set()).add(actor.country)
            if actor.kind == "person":
                for form in (actor.name, *actor.aliases):
                    last = normalise(form).rsplit(" ", 1)[-1]
                    ids = self._surnames.setdefault(last, [])
                    if actor.id not in ids:
                        ids.append(actor.id)
        for iso3, info in self.countries.items():
            gov = f"gov:{iso3}"
            if gov not in self.actors:
                continue
            for form in (info.capital, *info.seats):
                key = normalise(form)
                if not key or key in self._prefix:  # "Luxembourg", "Singapore": the country
                    continue
                self._add(form, gov, 1)
                self._seat_prefix.setdefault(key, set()).add(iso3)
        for actor in self.actors.values():
            if actor.kind != "government" or not actor.country:
                continue
            for form in actor.aliases:
                key = normalise(form)
                ruler = key.removesuffix(" government").removesuffix("'s").strip()
                if ruler != key and ruler and ruler not in self._prefix:
                    # "Taliban government": "the Taliban's defence ministry" is the state's
                    self._ruler_prefix.setdefault(ruler, set()).add(actor.country)

    def _add(self, form: str, actor_id: str, rank: int) -> None:
        key = normalise(form)
        if not key:
            return
        entries = self._index.setdefault(key, [])
        guard = _guard(form, key)
        for i, (aid, r, g) in enumerate(entries):
            if aid == actor_id:
                entries[i] = (aid, min(r, rank), min(g, guard))
                return
        entries.append((actor_id, rank, guard))

    def qualified(self, text: str, iso3: str | None) -> Actor | None:
        """The one organisation or group whose catalogue name is ``text`` plus a
        qualifier in brackets, if it belongs to ``iso3`` (the story's country)."""
        if iso3 is None:
            return None
        ids = [
            i for i in self._qualified.get(normalise(text), ()) if self.actors[i].country == iso3
        ]
        return self.actors[ids[0]] if len(ids) == 1 else None

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return self.actors.get(actor_id)

    def country(self, iso3: str) -> Actor | None:
        """The country actor for an ISO3 code."""
        return self.actors.get(f"country:{iso3}")

    def government(self, iso3: str) -> Actor | None:
        """The government actor for an ISO3 code."""
        return self.actors.get(f"gov:{iso3}")

    def military(self, iso3: str) -> Actor | None:
        """The armed-forces actor for an ISO3 code."""
        return self.actors.get(f"mil:{iso3}")

    def group_of(self, person_id: str) -> Actor | None:
        """The armed group a catalogue person leads or speaks for now (a current role
        in it)."""
        a = self.actors.get(person_id)
        for r in a.roles if a is not None else ():
            if r.org.startswith("group:") and not r.end and r.org in self.actors:
                return self.actors[r.org]
        return None

    def by_alias(self, text: str) -> list[Actor]:
        """Actors a name or phrase refers to, listed names first, derived forms after.

        Matching is on ``normalise(text)``; aliases that are everyday words ("US", "WHO",
        "The Independent") must be written as names to match.
        """
        # the catalogue never changes once loaded: linking asks the same names again
        # and again (15,000 lookups over the 84 PolNeAR dev articles)
        cache = self.__dict__.setdefault("_by_alias_cache", {})
        found = cache.get(text)
        if found is None:
            found = cache[text] = self._by_alias(text)
        return list(found)

    def _by_alias(self, text: str) -> list[Actor]:
        key = normalise(text)
        if not key:
            return []
        ids = [
            aid
            for aid, _, g in sorted(self._index.get(key, ()), key=lambda e: e[1])
            if _passes(text, g)
        ]
        for aid in self._derived(key):
            if aid not in ids:
                ids.append(aid)
        if not ids and key.endswith("'s"):
            return self.by_alias(text.rstrip()[:-2])
        if not ids:
            # "the M23 rebel group", "Houthi rebels": the name before a generic noun
            for tail in GROUP_TAILS:
                if key.endswith(" " + tail) and len(key) > len(tail) + 1:
                    found = self.by_alias(key[: -len(tail) - 1])
                    if found:
                        return found
            for tail in GROUP_FORCE_TAILS:
                if key.endswith(" " + tail) and len(key) > len(tail) + 1:
                    groups = [a for a in self.by_alias(key[: -len(tail) - 1]) if a.kind == "group"]
                    if groups:
                        return groups
        if not ids and "'s " in key:
            # "Yemen's Houthi movement": the country names where, the rest names who
            owner, rest = key.split("'s ", 1)
            if self._prefix.get(owner.removeprefix("the ")) and rest:
                return self.by_alias(rest)
        return [self.actors[aid] for aid in ids]

    def _derived(self, key: str) -> list[str]:
        """Government / military ids from "<country word> <suffix>" or "<suffix> of <country>"."""
        for suffix, kind in _SUFFIXES:
            if key.endswith(" " + suffix):
                prefix = key[: -len(suffix) - 1]
            elif key.startswith(suffix + " of "):
                prefix = key[len(suffix) + 4 :]
            else:
                continue
            prefix = prefix.removesuffix("'s").removesuffix("'").strip().removeprefix("the ")
            isos = set(self._prefix.get(prefix, ()))
            if kind == "government":
                isos |= self._seat_prefix.get(prefix, set())
            if not isos and suffix not in RULER_SKIPPED_SUFFIXES:
                # "Taliban defence ministry", "Taliban forces": the state the ones its
                # government is listed under rule (not "a Taliban spokesman", who may
                # speak for the movement)
                isos = set(self._ruler_prefix.get(prefix, ()))
            tag = "gov" if kind == "government" else "mil"
            return [f"{tag}:{iso}" for iso in sorted(isos) if f"{tag}:{iso}" in self.actors]
        return []

    def by_surname(self, text: str) -> list[Actor]:
        """Persons whose name or a full-name alias ends in this word (for the linker)."""
        return [self.actors[aid] for aid in self._surnames.get(normalise(text), ())]

    def alias_keys(self) -> dict[str, tuple[str, ...]]:
        """Every listed or metonymic alias key -> actor ids (not the phrase rules)."""
        return {k: tuple(e[0] for e in v) for k, v in self._index.items()}

    def roles_at(self, day: date | str) -> list[tuple[Actor, Role]]:
        """Every (person, role) held on ``day``."""
        d = _as_date(day)
        return [(a, r) for a in self.actors.values() for r in a.roles if r.active_on(d)]

    def holders(
        self, title_keyword: str, country_iso3: str | None = None, day: date | str | None = None
    ) -> list[Actor]:
        """Who held a title matching ``title_keyword`` ("defence minister", "Chief of the
        General Staff") in an organisation of ``country_iso3`` on ``day``; with no day,
        the current holders (or the latest if nobody holds it now). Most recent first."""
        matches: list[tuple[Actor, Role]] = []
        for actor in self.actors.values():
            for role in actor.roles:
                if not title_matches(title_keyword, role.title):
                    continue
                if country_iso3 is not None:
                    org = self.actors.get(role.org)
                    if org is None or org.country != country_iso3:
                        continue
                matches.append((actor, role))
        if day is not None:
            d = _as_date(day)
            matches = [(a, r) for a, r in matches if r.active_on(d)]
        elif matches:
            current = [(a, r) for a, r in matches if not r.end]
            if current:
                matches = current
            else:
                last = max(date_bounds(r.end)[1] for _, r in matches)
                matches = [(a, r) for a, r in matches if date_bounds(r.end)[1] == last]
        matches.sort(key=lambda ar: date_bounds(ar[1].start)[0], reverse=True)
        out: list[Actor] = []
        for actor, _ in matches:
            if actor not in out:
                out.append(actor)
        return out


# --- titles -----------------------------------------------------------------------------

_TITLE_STOP = frozenset({"of", "the", "for", "and", "to", "in", "a", "on"})
_QUALIFIERS = frozenset(
    {
        "deputy",
        "vice",
        "assistant",
        "under",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "press",
        "adviser",
        "advisor",
        "aide",
        "office",
        "envoy",
        "representative",
        "observer",
        "former",
        "ambassador",
    }
)
#: Titles whose words do not say what they are.
_TITLE_EXTRA: dict[str, frozenset[str]] = {
    "secretary of state": frozenset({"foreign"}),
    "secretary of war": frozenset({"defence"}),
    "minister of external affairs": frozenset({"foreign"}),
    "minister of armed forces": frozenset({"defence"}),
    "chancellor of germany": frozenset({"head", "government"}),
}


@lru_cache(maxsize=4096)
def _title_tokens(title: str) -> frozenset[str]:
    text = re.sub(r"[^\w' ]", " ", normalise(title))
    words = [w for w in text.split() if w not in _TITLE_STOP]
    key = " ".join(words)
    tokens = {"minister" if w == "secretary" else w for w in words}
    for phrase, extra in _TITLE_EXTRA.items():
        if key == " ".join(w for w in phrase.split() if w not in _TITLE_STOP):
            tokens |= extra
    return frozenset(tokens)


def title_matches(keyword: str, title: str) -> bool:
    """Whether a role title fits a keyword: all keyword words are in the title ("secretary"
    counting as "minister"), and the title has no qualifier (deputy, spokesperson, aide...)
    the keyword lacks."""
    want = _title_tokens(keyword)
    have = _title_tokens(title)
    if not want or not want <= have:
        return False
    return not ((have - want) & _QUALIFIERS)


# --- loading ----------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _load(catalogue_dir: str | None) -> Catalogue:
    rows, countries = _read_all(_source(catalogue_dir))
    actors: dict[str, Actor] = {}
    for row, actor in rows:
        if actor.id in actors:
            raise CatalogueError(f"{row.file}:{row.line}: duplicate id {actor.id}")
        actors[actor.id] = actor
    return Catalogue(actors, countries)


def load_catalogue(catalogue_dir: str | Path | None = None) -> Catalogue:
    """The actor catalogue (cached): the packaged files, or those in ``catalogue_dir``."""
    return _load(None if catalogue_dir is None else str(catalogue_dir))


#: Names two countries share, read as the one news means by them: wire style writes
#: "Congo" for the Democratic Republic and "Republic of Congo" for the other.
SHARED_COUNTRY_WORDS = {"congo": "COD", "congolese": "COD", "dominican": "DOM", "dominicans": "DOM"}


@cache
def country_words() -> dict[str, str]:
    """Country names, aliases and demonyms of the packaged catalogue (normalised) ->
    ISO3; a word two countries share goes to the one in :data:`SHARED_COUNTRY_WORDS`."""
    out: dict[str, str] = {}
    for a in load_catalogue().actors.values():
        if a.kind == "country" and a.country:
            for n in (a.name, *a.aliases, *a.demonyms):
                out[normalise(n)] = a.country
    out.update(SHARED_COUNTRY_WORDS)
    return out


# --- schema check -----------------------------------------------------------------------

_ID_RE = {
    kind: re.compile(
        rf"^{prefix}:[A-Z]{{3}}$"
        if kind in ("country", "government", "military")
        else rf"^{prefix}:[a-z0-9]+(?:[-.][a-z0-9]+)*$"
    )
    for kind, prefix in KIND_PREFIX.items()
}


def validate_catalogue(
    catalogue_dir: str | Path | None = None, *, warnings: list[str] | None = None
) -> list[str]:
    """Errors in the catalogue files (empty list = OK). Ambiguous aliases are warnings,
    appended to ``warnings`` when a list is given."""
    errors: list[str] = []
    warns: list[str] = [] if warnings is None else warnings
    base = _source(catalogue_dir)
    rows, _ = _read_all(base, errors)
    iso3s = {a.country for _, a in rows if a.kind == "country"}
    ids: dict[str, str] = {}
    for row, actor in rows:
        where = f"{row.file}:{row.line}"
        if actor.id in ids:
            errors.append(f"{where}: duplicate id {actor.id} (also {ids[actor.id]})")
        else:
            ids[actor.id] = where
    for row, actor in rows:
        errors.extend(_check_row(row, actor, iso3s, ids))
    _check_ambiguity(rows, warns)
    return errors


def _check_row(row: _Row, actor: Actor, iso3s: set[str], ids: dict[str, str]) -> Iterator[str]:
    where = f"{row.file}:{row.line}"
    for column, value in row.fields.items():
        if value != value.strip():
            yield f"{where}: {column} has leading or trailing spaces"
        if column in ("aliases", "demonyms", "seats", "roles") and (
            value.startswith("|") or value.endswith("|") or "||" in value
        ):
            yield f"{where}: {column} has an empty '|' item"
    if actor.kind not in KIND_PREFIX:
        yield f"{where}: unknown kind {actor.kind!r} (one of {', '.join(KINDS)})"
        return
    if row.file == "organisations.tsv" and actor.kind not in ORG_FILE_KINDS:
        yield f"{where}: kind {actor.kind!r} does not belong in organisations.tsv"
    if not _ID_RE[actor.kind].match(actor.id):
        yield f"{where}: id {actor.id!r} is not {KIND_PREFIX[actor.kind]}:<slug> for a {actor.kind}"
    if not actor.name:
        yield f"{where}: empty name"
    if actor.country and actor.country not in iso3s:
        yield f"{where}: country {actor.country!r} is not an iso3 in countries.tsv"
    if actor.kind in ("country", "government", "military") and (
        actor.id.split(":", 1)[-1] != actor.country
    ):
        yield f"{where}: id {actor.id} does not match country {actor.country!r}"
    if actor.kind == "country":
        f = row.fields
        if not re.match(r"^[A-Z]{2}$", f["iso2"]):
            yield f"{where}: bad iso2 {f['iso2']!r}"
        for col, limit in (("lat", 90.0), ("lon", 180.0)):
            try:
                if f[col] and not -limit <= float(f[col]) <= limit:
                    yield f"{where}: {col} {f[col]} out of range"
            except ValueError:
                yield f"{where}: {col} {f[col]!r} is not a number"
    for role in actor.roles:
        if not role.title:
            yield f"{where}: role with empty title"
        if role.org not in ids:
            yield f"{where}: role {role.title!r} names unknown org id {role.org!r}"
        bounds: list[date] = []
        for label, value in (("start", role.start), ("end", role.end)):
            if not value and label == "end":
                continue
            try:
                bounds.append(date_bounds(value)[0])
            except ValueError:
                yield f"{where}: role {role.title!r} has malformed {label} date {value!r}"
        if len(bounds) == 2 and bounds[0] > bounds[1]:
            yield f"{where}: role {role.title!r} ends before it starts"


def _check_ambiguity(rows: list[tuple[_Row, Actor]], warns: list[str]) -> None:
    by_file: dict[str, dict[str, dict[str, str]]] = {}
    for row, actor in rows:
        keys = by_file.setdefault(row.file, {})
        for form in (actor.name, *actor.aliases, *actor.demonyms):
            keys.setdefault(normalise(form), {})[actor.id] = actor.kind
    for filename, keys in by_file.items():
        for key, owners in sorted(keys.items()):
            if len(owners) > 1:
                kinds = sorted(set(owners.values()))
                what = "actors of different kinds" if len(kinds) > 1 else "several actors"
                warns.append(
                    f"{filename}: alias {key!r} maps to {what}: {', '.join(sorted(owners))}"
                )


def _iter_problems(errors: Iterable[str], warns: Iterable[str]) -> Iterator[str]:
    for e in errors:
        yield f"error: {e}"
    for w in warns:
        yield f"warning: {w}"


def main(argv: list[str] | None = None) -> int:
    """``--check``: print problems, exit 1 on errors."""
    parser = argparse.ArgumentParser(prog="python -m counterclaim.actors.catalogue")
    parser.add_argument("--check", action="store_true", help="validate the catalogue files")
    parser.add_argument("--dir", type=Path, default=None, help="catalogue directory")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    args = parser.parse_args(argv)
    if not args.check:
        cat = load_catalogue(args.dir)
        counts: dict[str, int] = {}
        for a in cat.actors.values():
            counts[a.kind] = counts.get(a.kind, 0) + 1
        print(", ".join(f"{k}: {n}" for k, n in sorted(counts.items())))
        return 0
    warns: list[str] = []
    errors = validate_catalogue(args.dir, warnings=warns)
    for line in _iter_problems(errors, [] if args.quiet else warns):
        print(line)
    print(f"{len(errors)} error(s), {len(warns)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
