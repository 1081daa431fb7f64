"""Propositions, positions and disputes across documents.

Claims that say the same thing are grouped into one proposition by blocking: each
claim goes into a bucket keyed by its frame and place (who holds Kursk) or frame and
actor (who attacked whom), and only claims in one bucket are compared, in date order
within a sliding window, so cost grows near-linearly with the number of claims. Every
id is derived from content (document hashes and offsets), never from ingest order:
the same articles give the same ledger whatever order they came in.

A position is a holder's stance on a proposition, with its claim as evidence; one
wire story republished by several outlets is one source. A dispute is a proposition
with holders on opposite sides. When the dates say one side only came later and the
earlier side's holders changed their minds (or the later side reports a new event), it
is marked an ``update`` rather than a ``dispute`` — both sides are always kept.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

#: Frames whose proposition is about a place, whoever its subject is.
PLACE_FRAMES = frozenset({"control", "casualties"})
#: Claims further apart than this (days) are about different events.
TIME_WINDOW_DAYS = 45
#: Largest bucket compared pairwise; bigger ones are compared within a date window.
BLOCK_PAIRWISE_MAX = 64
#: Claims with an unknown predicate are one proposition only when this share of their
#: content words (Jaccard) is the same.
SAME_WORDS = 0.5
#: The later side of a proposition counts as an update when it starts this many days
#: after the earlier side's last position.
UPDATE_GAP_DAYS = 7


@dataclass
class Proposition:
    """A group of claims that say the same thing."""

    id: str
    frame: str
    place_key: str | None
    agent: str | None
    claims: list[dict[str, Any]] = field(default_factory=list)


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        parts = [int(x) for x in value[:10].split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def claim_date(c: dict[str, Any]) -> str | None:
    """The date a claim is about (its own time) else the date it was published."""
    return c.get("time") or c.get("published")


def _stable(c: dict[str, Any]) -> str:
    return f"{c['content_hash']}:{c['seq']:06d}"


def block_key(c: dict[str, Any]) -> tuple[str, ...]:
    """The bucket a claim is compared in."""
    frame = c["frame"]
    if frame in PLACE_FRAMES:
        return (frame, c.get("place_key") or f"?{c['content_hash'][:12]}")
    if frame.startswith("pred:"):
        # an unknown predicate only meets the same words about the same things; with
        # neither a known subject nor a place it meets nothing (only what it answers)
        if not (c.get("subject_country") or c.get("place_key")):
            return (frame, _stable(c))
        return (frame, c.get("subject_country") or "?", c.get("place_key") or "?")
    return (frame, c.get("subject_country") or "?")


def _words(c: dict[str, Any]) -> set[str]:
    return {w for w in str(c["evidence_text"]).lower().split() if len(w) > 3}


def _compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    pa, pb = a.get("place_key"), b.get("place_key")
    if a["frame"] not in PLACE_FRAMES and pa and pb and pa != pb:
        return False
    if a["document_id"] != b["document_id"] and a["frame"] not in PLACE_FRAMES:
        # across articles a deed needs an anchor: the same place or the same doer
        same_place = bool(pa and pa == pb)
        sa, sb = a.get("subject_country"), b.get("subject_country")
        if not same_place and not (sa and sa == sb):
            return False
    if a["frame"].startswith("pred:"):
        wa, wb = _words(a), _words(b)
        if not wa or not wb or len(wa & wb) / len(wa | wb) < SAME_WORDS:
            return False
    da, db = _day(claim_date(a)), _day(claim_date(b))
    return not (da and db and abs((da - db).days) > TIME_WINDOW_DAYS)


def group(claims: Sequence[dict[str, Any]]) -> list[Proposition]:
    """Group claims into propositions (see the module docstring)."""
    ordered = sorted(claims, key=_stable)
    parent = list(range(len(ordered)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    blocks: dict[tuple[str, ...], list[int]] = {}
    for i, c in enumerate(ordered):
        blocks.setdefault(block_key(c), []).append(i)
    # a denial that answers a claim of its article belongs to that claim's proposition
    by_doc_seq = {(c["document_id"], c["seq"]): i for i, c in enumerate(ordered)}
    for i, c in enumerate(ordered):
        target = by_doc_seq.get((c["document_id"], c.get("answers_seq")))
        if c.get("answers_seq") is not None and target is not None:
            union(i, target)
    for members in blocks.values():
        if len(members) <= BLOCK_PAIRWISE_MAX:
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    if _compatible(ordered[i], ordered[j]):
                        union(i, j)
        else:
            by_date = sorted(
                members, key=lambda k: (claim_date(ordered[k]) or "", _stable(ordered[k]))
            )
            for x, i in enumerate(by_date):
                for j in by_date[x + 1 : x + 1 + BLOCK_PAIRWISE_MAX]:
                    if _compatible(ordered[i], ordered[j]):
                        union(i, j)
    members_of: dict[int, list[int]] = {}
    for i in range(len(ordered)):
        members_of.setdefault(find(i), []).append(i)
    out = []
    for _root, members in sorted(members_of.items()):
        cs = [ordered[i] for i in members]
        first = cs[0]
        key = "|".join(block_key(first)) + "|" + _stable(first)
        pid = hashlib.sha1(key.encode()).hexdigest()[:12]
        places = Counter(c["place_key"] for c in cs if c.get("place_key"))
        out.append(
            Proposition(
                id=pid,
                frame=first["frame"],
                place_key=min(places, key=lambda p: (-places[p], p)) if places else None,
                agent=_agent(cs),
                claims=cs,
            )
        )
    return out


def _agent(cs: Sequence[dict[str, Any]]) -> str | None:
    """Whose deed the proposition states: the subject most holders assert, ties to the
    earliest asserting claim (so the first report sets the direction, not the loudest)."""
    holders: dict[str, set[str]] = {}
    first: dict[str, tuple[str, str]] = {}
    for c in cs:
        agent = c.get("subject_country")
        if not agent or c["stance"] != "asserts":
            continue
        holders.setdefault(agent, set()).add(c.get("holder_actor_id") or _stable(c))
        when = (claim_date(c) or "", _stable(c))
        first[agent] = min(first.get(agent, when), when)
    if not holders:
        return None
    return min(holders, key=lambda a: (-len(holders[a]), first[a]))


def effective_stance(p: Proposition, c: dict[str, Any]) -> str:
    """A claim's stance on the proposition: asserting that a rival holds a place denies
    that the proposition's agent holds it."""
    stance = str(c["stance"])
    if (
        p.frame in PLACE_FRAMES
        and stance == "asserts"
        and p.agent
        and c.get("subject_country")
        and c["subject_country"] != p.agent
    ):
        return "denies"
    return stance


def label(p: Proposition) -> str:
    """A short description of a proposition for listings."""
    first = min(p.claims, key=lambda c: (claim_date(c) or "", _stable(c)))
    place = first.get("place_text") or p.place_key
    if p.frame == "control":
        return f"{p.agent or 'someone'} controls {place or '?'} / fighting there is over"
    if p.frame.startswith("pred:"):
        return " ".join(str(first["evidence_text"]).split())[:120]
    who = p.agent or first.get("subject_country") or "?"
    return (
        f"{p.frame} by {who}"
        + (f" in {place}" if place else "")
        + f": {first['evidence_text'][:80]}"
    )


def positions(p: Proposition, source_groups: dict[int, str]) -> list[dict[str, Any]]:
    """One position per holder, stance and story: the earliest claim is the evidence."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for c in sorted(p.claims, key=lambda c: (claim_date(c) or "", _stable(c))):
        holder = c.get("holder_actor_id")
        if not holder:
            continue
        stance = effective_stance(p, c)
        group_id = source_groups.get(c["document_id"], f"doc:{c['content_hash'][:16]}")
        key = (holder, stance, group_id)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            {
                "proposition_id": p.id,
                "holder_actor_id": holder,
                "holder_name": c.get("holder_name") or holder,
                "stance": stance,
                "date": claim_date(c),
                "claim_id": c["id"],
                "document_id": c["document_id"],
                "source_group": group_id,
            }
        )
    return out


def dispute(p: Proposition, pos: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The dispute over a proposition, if holders stand on opposite sides."""
    yes = [x for x in pos if x["stance"] == "asserts"]
    no = [x for x in pos if x["stance"] == "denies"]
    yes_holders = {x["holder_actor_id"] for x in yes}
    no_holders = {x["holder_actor_id"] for x in no}
    if not yes or not no:
        return None
    if not (yes_holders - no_holders and no_holders - yes_holders):
        # nobody stands only on the other side: a holder changing position, if dated
        changed = {
            h
            for h in yes_holders & no_holders
            if len({x["date"] for x in pos if x["holder_actor_id"] == h}) > 1
        }
        if not changed:
            return None
    dates = sorted(d for d in (x["date"] for x in pos) if d)
    kind = "dispute"
    note = (
        f"asserted by {', '.join(sorted({x['holder_name'] for x in yes}))}; "
        f"denied by {', '.join(sorted({x['holder_name'] for x in no}))}"
    )
    first_yes = [d for d in (_day(x["date"]) for x in yes) if d is not None]
    first_no = [d for d in (_day(x["date"]) for x in no) if d is not None]
    if not (yes_holders - no_holders and no_holders - yes_holders):
        kind = "update"
        note += "; the same holders changed their position over time"
    elif first_yes and first_no:
        earlier, later = (
            (first_yes, first_no) if min(first_yes) <= min(first_no) else (first_no, first_yes)
        )
        if (min(later) - max(earlier)).days >= UPDATE_GAP_DAYS and p.frame in PLACE_FRAMES:
            kind = "update"
            note += "; the sides are dated apart: the later one may report a change"
    return {
        "proposition_id": p.id,
        "kind": kind,
        "asserting": len(yes_holders),
        "denying": len(no_holders),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "note": note,
    }
