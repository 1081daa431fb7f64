"""One real-world event, many reports: event reports grouped across articles.

Reports are the same event when they have the same PLOVER type, compatible actors
(the same country or one unnamed), places within ``EVENT_RADIUS_KM`` (or one inside
the other's region), and dates within ``EVENT_WINDOW_DAYS``. Reports are compared only
within blocks (type x place, type x actor), in date order, so cost grows with the
number of reports, not their pairs. Negated, hypothetical and future reports are kept
as reports but found no event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
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


def _compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    for key in ("actor_country", "recipient_country"):
        if a.get(key) and b.get(key) and a[key] != b[key]:
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
    da, db = parse_day(when(a)), parse_day(when(b))
    return not (da and db and abs((da - db).days) > EVENT_WINDOW_DAYS)


def _stable(e: dict[str, Any]) -> str:
    return f"{e['content_hash']}:{e['seq']:06d}"


def group(reports: Sequence[dict[str, Any]]) -> dict[int, str]:
    """Report id -> event id, for reports that state an event (not negated/hypothetical)."""
    real = sorted(
        (e for e in reports if not (e["negated"] or e["hypothetical"] or e["future"])),
        key=_stable,
    )
    parent = list(range(len(real)))

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
                    if ri != rj:
                        parent[max(ri, rj)] = min(ri, rj)
    out: dict[int, str] = {}
    for i, e in enumerate(real):
        root = real[find(i)]
        out[int(e["id"])] = hashlib.sha1(f"{root['type']}|{_stable(root)}".encode()).hexdigest()[
            :12
        ]
    return out
