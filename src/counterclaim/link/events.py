"""One real-world event, many reports: event reports grouped across articles.

Reports are the same event when they have the same PLOVER type, compatible actors
(the same country or one unnamed), places within ``EVENT_RADIUS_KM`` (or one inside
the other's region), and dates within ``EVENT_WINDOW_DAYS``. Reports are compared only
within blocks (type x place, type x actor), in date order, so cost grows with the
number of reports, not their pairs. Negated, hypothetical and future reports are kept
as reports but found no event.

An event is one side's act: all its reports name one actor country and one recipient
country at most, and none has the other's actor as its recipient (a Houthi attack on a
US carrier and US strikes on Houthi targets are two events). This holds for the whole
group, not only for the pairs that joined it, so a report that names no one does not
chain two sides' acts into one. Reports that name neither place nor actor (met only
within their article) join only when what they were done to agrees.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from counterclaim.geo.gazetteer import haversine_km
from counterclaim.link.propositions import parse_day

#: Two reports farther apart than this (km) are different events.
EVENT_RADIUS_KM = 50.0
#: Two reports dated further apart than this (days) are different events.
EVENT_WINDOW_DAYS = 3
#: Reports compared with each one in a block, in date order.
WINDOW = 64


def when(e: dict[str, Any]) -> str | None:
    """The event's own date at day precision, else the report's publication date."""
    if e.get("date") and e.get("date_precision") == "day":
        return str(e["date"])
    return e.get("published")


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return None
    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])


#: Words of a recipient's phrase that do not tell two recipients apart.
_FUNCTION_TEXT = (
    "the a an of in on at to and or its his her their our from with for by this that these "
    "those some several many"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())


def _recipient_words(e: dict[str, Any]) -> set[str]:
    """The words of what a report's event was done to, singular ("radar site")."""
    text = str(e.get("recipient_text") or "").lower()
    words = (w.strip(".,;:'\"()") for w in text.split())
    return {w.removesuffix("s") for w in words if w.isalpha() and w not in _FUNCTION_WORDS}


def _unplaced(e: dict[str, Any]) -> bool:
    """Whether a report names neither where nor who did it."""
    return not (e.get("country") or e.get("place_id") or e.get("actor_country"))


def _inside(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``a``'s place lies in ``b``'s division: ``b`` is a country (same
    country, checked by the caller) or a first-level division that ``a`` is in (or
    either's division is unknown)."""
    if b.get("place_kind") == "country":
        return True
    if b.get("place_kind") != "admin1":
        return False
    return not (a.get("admin1") and b.get("admin1")) or a["admin1"] == b["admin1"]


def _compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    for key in ("actor_country", "recipient_country"):
        if a.get(key) and b.get(key) and a[key] != b[key]:
            return False
    if _unplaced(a) and _unplaced(b):
        # only the article ties them: "the carrier was attacked" and "the strikes hit
        # radar sites" are two events
        wa, wb = _recipient_words(a), _recipient_words(b)
        if wa and wb and not wa & wb:
            return False
    if a.get("place_id") and b.get("place_id") and a["place_id"] != b["place_id"]:
        km = _km(a, b)
        contained = a.get("place_kind") in ("admin1", "country") or b.get("place_kind") in (
            "admin1",
            "country",
        )
        if not contained and (km is None or km > EVENT_RADIUS_KM):
            return False
        if contained and a.get("country") != b.get("country"):
            return False
        if contained and not _inside(a, b) and not _inside(b, a):
            return False  # a town in Odesa oblast is not inside Kherson oblast
    da, db = parse_day(when(a)), parse_day(when(b))
    return not (da and db and abs((da - db).days) > EVENT_WINDOW_DAYS)


@dataclass(frozen=True)
class _Sides:
    """The countries a group of reports names as actor and as recipient."""

    actors: frozenset[str]
    recipients: frozenset[str]

    @classmethod
    def of(cls, e: dict[str, Any]) -> _Sides:
        """The sides one report names."""
        a, r = e.get("actor_country"), e.get("recipient_country")
        return cls(frozenset([a] if a else []), frozenset([r] if r else []))

    def join(self, other: _Sides) -> _Sides | None:
        """The sides of two groups as one, or None when they are two sides' acts: two
        actors, two recipients, or one group's actor the other's recipient (unless a
        group names it on both sides: fighting within one country)."""
        actors, recipients = self.actors | other.actors, self.recipients | other.recipients
        if len(actors) > 1 or len(recipients) > 1:
            return None
        if self._done_to(other) or other._done_to(self):
            return None
        return _Sides(actors, recipients)

    def _done_to(self, other: _Sides) -> bool:
        """Whether this group's actor is what the other group's act was done to."""
        return any(
            c in other.recipients and c not in self.recipients and c not in other.actors
            for c in self.actors
        )


def _stable(e: dict[str, Any]) -> str:
    return f"{e['content_hash']}:{e['seq']:06d}"


def group(reports: Sequence[dict[str, Any]]) -> dict[int, str]:
    """Report id -> event id, for reports that state an event (not negated/hypothetical)."""
    real = sorted(
        (e for e in reports if not (e["negated"] or e["hypothetical"] or e["future"])),
        key=_stable,
    )
    parent = list(range(len(real)))
    sides = [_Sides.of(e) for e in real]  # of each group, at its root

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blocks: dict[tuple[str, ...], list[int]] = {}
    for i, e in enumerate(real):
        where = e.get("country") or e.get("place_id")
        if where:
            blocks.setdefault((e["type"], "at", str(where)), []).append(i)
        if e.get("actor_country"):
            blocks.setdefault((e["type"], "by", str(e["actor_country"])), []).append(i)
        if not where and not e.get("actor_country"):
            blocks.setdefault((e["type"], "doc", str(e["document_id"])), []).append(i)
    for members in blocks.values():
        ordered = sorted(members, key=lambda k: (when(real[k]) or "", _stable(real[k])))
        for x, i in enumerate(ordered):
            for j in ordered[x + 1 : x + 1 + WINDOW]:
                if _compatible(real[i], real[j]):
                    ri, rj = find(i), find(j)
                    joined = sides[ri].join(sides[rj]) if ri != rj else None
                    if joined is not None:
                        parent[max(ri, rj)] = min(ri, rj)
                        sides[min(ri, rj)] = joined
    out: dict[int, str] = {}
    for i, e in enumerate(real):
        root = real[find(i)]
        out[int(e["id"])] = hashlib.sha1(f"{root['type']}|{_stable(root)}".encode()).hexdigest()[
            :12
        ]
    return out
