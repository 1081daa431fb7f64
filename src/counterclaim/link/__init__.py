"""Cross-document linking: syndication, propositions, positions, disputes, events.

Reads and writes through the store's interface only; rebuilt from all claims after
each ingest (``relink``), so the result never depends on ingest order.
"""

from __future__ import annotations

from typing import Any

from counterclaim.link import events as event_groups
from counterclaim.link import propositions as props
from counterclaim.link import syndication
from counterclaim.store import Store


def story_groups(store: Store) -> dict[int, str]:
    """Document id -> story id for the store's wire copies (see ``syndication``)."""
    texts = store.document_texts()
    hashes = {d["id"]: d["content_hash"] for d in store.documents()}
    return syndication.groups((i, hashes[i], text) for i, text, _ in texts)


def relink(store: Store) -> dict[str, int]:
    """Rebuild story groups, propositions, positions and disputes; return counts."""
    # 1. syndication: one wire story, one source
    groups = story_groups(store)
    # 2. propositions: claims that say the same thing, by blocking
    claims = store.claims_for_link()
    props.unify_acronym_holders(claims)
    props.unify_surname_holders(claims)
    props.unify_short_body_names(claims)
    props.unify_actor_countries(claims)
    grouped = props.group(claims, groups)
    # 3. positions per holder, and disputes
    prop_rows: list[dict[str, Any]] = []
    pos_rows: list[dict[str, Any]] = []
    dispute_rows: list[dict[str, Any]] = []
    claim_props: dict[int, str] = {}
    for p in grouped:
        pos = props.positions(p, groups) if props.takes_positions(p) else []
        dates = sorted(d for d in (props.claim_date(c) for c in p.claims) if d)
        prop_rows.append(
            {
                "id": p.id,
                "label": props.label(p),
                "frame": p.frame,
                "place_key": p.place_key,
                "agent": p.agent,
                "n_claims": len(p.claims),
                "n_holders": len({x["holder_actor_id"] for x in pos}),
                "first_date": dates[0] if dates else None,
                "last_date": dates[-1] if dates else None,
            }
        )
        for c in p.claims:
            claim_props[c["id"]] = p.id
        pos_rows.extend(pos)
        d = props.dispute(p, pos)
        if d is not None:
            dispute_rows.append(d)
    holders = {
        c["id"]: (c["holder_actor_id"], c["holder_name"], c["holder_country"]) for c in claims
    }
    store.replace_link(groups, prop_rows, claim_props, pos_rows, dispute_rows, holders)
    # 4. events: one real-world event, many reports
    reports = store.events_for_link()
    event_ids = event_groups.group(reports)
    store.set_event_groups(event_ids)
    return {
        "stories": len(set(groups.values())),
        "propositions": len(prop_rows),
        "positions": len(pos_rows),
        "disputes": sum(1 for d in dispute_rows if d["kind"] == "dispute"),
        "updates": sum(1 for d in dispute_rows if d["kind"] == "update"),
        "event_reports": len(reports),
        "events": len(set(event_ids.values())),
    }
