"""The ledger: query functions every face (CLI, web, Python) uses. No SQL, no spaCy.

Also the ingest job: read inputs, skip what the store has, analyse the rest, store it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from counterclaim.errors import IngestError
from counterclaim.ingest import read_inputs
from counterclaim.records import Document
from counterclaim.store import Store


@dataclass
class IngestSummary:
    """What one ingest run did."""

    read: int = 0
    added: int = 0
    #: stored articles analysed again: a later copy brought metadata they lacked, or
    #: their analysis was made by another analyzer version (an upgrade)
    updated: int = 0
    duplicates: int = 0
    statements: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    link: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "added": self.added,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "failed": len(self.failed),
            "statements": self.statements,
            "errors": self.failed,
            "documents": self.documents,
            "link": self.link,
        }


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    progress: Callable[[Iterable[Document], int], Iterable[Document]] | None = None,
) -> IngestSummary:
    """Ingest files, folders or ``-`` into ``store``; bad inputs are reported, not fatal."""
    from counterclaim.pipeline import ExtractionError, analyze_documents, analyzer_version

    summary = IngestSummary()
    todo: list[Document] = []
    seen: dict[str, int] = {}  # content hash -> its place in ``todo``
    replacing: dict[str, int] = {}  # content hash -> stored document analysed again
    for item in read_inputs(paths):
        if isinstance(item, IngestError):
            summary.failed.append({"source": item.source, "reason": item.reason})
            continue
        summary.read += 1
        digest = item.content_hash
        if digest in seen:
            # a second copy in the same batch: counted once, but what metadata it brings
            # is kept, as it would be had the first copy been stored by an earlier ingest
            # (a .txt and the JSONL record with its date, in either order)
            k = seen[digest]
            todo[k] = enriched(_metadata(todo[k]), item) or todo[k]
            summary.duplicates += 1
            continue
        stored = store.has_document(digest)
        if stored is not None:
            have = store.get_document(stored)
            better = enriched(have, item)
            if better is None and have.get("analyzer") == analyzer_version():
                summary.duplicates += 1
                continue
            # analysed again, with whatever metadata the stored copy has
            replacing[digest] = stored
            item = better or merged(have, item)
        seen[digest] = len(todo)
        todo.append(item)
    stream: Iterable[Document] = progress(todo, len(todo)) if progress else todo
    for result in analyze_documents(stream):
        if isinstance(result, ExtractionError):
            summary.failed.append({"source": result.source, "reason": result.reason})
            continue
        old = replacing.get(result.document.content_hash)
        if old is not None:
            # (only once the new analysis exists: a failure keeps the stored article)
            store.delete_document(old)
        doc_id, created = store.add_analysis(result)
        if not created:
            summary.duplicates += 1
            continue
        row: dict[str, Any] = {
            "id": doc_id,
            "source": result.document.source,
            "statements": len(result.statements),
        }
        if old is not None:
            summary.updated += 1
            row["replaces"] = old
        else:
            summary.added += 1
        summary.statements += len(result.statements)
        summary.documents.append(row)
    # cross-document: stories, propositions, positions, disputes (rebuilt from all claims)
    if summary.added or summary.updated:
        from counterclaim.link import relink

        summary.link = relink(store)
    return summary


#: Metadata a later copy of a stored article may bring (a JSONL record with the date of
#: a .txt ingested without one). The article is then analysed again with it: dates
#: resolve against the publication date, the outlet holds the article's own claims.
ENRICHING_FIELDS = ("published", "outlet", "title", "url", "language")


def _metadata(doc: Document) -> dict[str, Any]:
    """A queued document's metadata in the shape :func:`enriched` reads a stored one."""
    return {**{f: getattr(doc, f) for f in ENRICHING_FIELDS}, "meta": doc.meta}


def enriched(stored: Mapping[str, Any], item: Document) -> Document | None:
    """``item`` with the stored article's metadata where it has none, if it brings a
    field the stored article lacks; None otherwise. A value already stored is never
    replaced (two copies disagreeing on a date keep the first)."""
    if not any(getattr(item, f) and not stored.get(f) for f in ENRICHING_FIELDS):
        return None
    return merged(stored, item)


def merged(stored: Mapping[str, Any], item: Document) -> Document:
    """``item`` with the stored article's metadata where both have a value (the stored
    one kept) and the item's where the stored article has none."""

    def kept(f: str) -> str | None:
        value = stored.get(f) or getattr(item, f)
        return None if value is None else str(value)

    return replace(
        item,
        published=kept("published"),
        outlet=kept("outlet"),
        title=kept("title"),
        url=kept("url"),
        language=kept("language"),
        meta={**dict(stored.get("meta") or {}), **item.meta},
    )


STATEMENT_COLUMNS = ("id", "doc", "speaker", "cue", "content", "via", "kind", "stance")


def speaker_actor_ids(name: str) -> list[str]:
    """Catalogue actors a name may stand for ("Zelenskiy", "Moscow", "Kremlin"): the
    actors themselves and, for a country, its government (countries speak through it)."""
    from counterclaim.actors import load_catalogue

    cat = load_catalogue()
    ids: list[str] = []
    for a in cat.by_alias(name):
        ids.append(a.id)
        if a.kind == "country" and a.country:
            gov = cat.government(a.country)
            if gov is not None:
                ids.append(gov.id)
    return list(dict.fromkeys(ids))


#: Words that already say a cue is negated ("could not confirm", "never said"): the
#: ledger's "not" before such a cue would double it ("not could not confirm").
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "cannot"})


def _cue_label(cue: str, negated: bool) -> str:
    """The cue as the ledger shows it: "not" before a negated cue that does not say so."""
    words = re.findall(r"[\w']+", cue.lower().replace("’", "'"))
    says_so = any(w in NEGATION_WORDS or w.endswith("n't") for w in words)
    return f"not {cue}" if negated and not says_so else cue


def statement_rows(
    store: Store, speaker: str | None = None, doc: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """The statements ledger as flat rows: who (canonical actor), cue, what, via.

    ``speaker`` is any alias of an actor ("Zelenskiy", "the Kremlin") or part of a
    speaker's name as written.
    """
    doc_id = store.resolve_document(doc) if doc is not None else None
    ids = speaker_actor_ids(speaker) if speaker else None
    rows = []
    for s in store.statements(speaker=speaker, doc_id=doc_id, limit=limit, actor_ids=ids):
        rows.append(
            {
                "id": s["id"],
                "doc": s["document_id"],
                "published": s["published"],
                "speaker": (s["speaker_actor"] or {}).get("name") or s["speaker_name"],
                "speaker_text": s["speaker"]["text"] if s["speaker"] else None,
                "speaker_id": (s["speaker_actor"] or {}).get("id"),
                "cue": _cue_label(s["cue"]["text"], s["negated"]) if s["cue"] else None,
                "content": s["content"]["text"],
                "via": (s["via_actor"] or {}).get("name") or s["via_name"],
                "kind": s["kind"],
                "stance": s["stance"],
                "negated": s["negated"],
                "speaker_span": s["speaker"],
                "cue_span": s["cue"],
                "content_span": s["content"],
                "via_span": s["via"],
            }
        )
    return rows


DOCUMENT_COLUMNS = ("id", "source", "title", "outlet", "published", "n_statements")


def document_rows(store: Store, limit: int | None = None) -> list[dict[str, Any]]:
    """Stored documents, oldest first."""
    return store.documents(limit=limit)


def document_view(store: Store, ref: str) -> dict[str, Any]:
    """One document with its statements, for display."""
    doc_id = store.resolve_document(ref)
    doc = store.get_document(doc_id)
    doc["statements"] = store.statements_for_document(doc_id)
    return doc


def highlights(view: dict[str, Any]) -> Iterator[tuple[int, int, str]]:
    """(start, end, role) ranges to colour in a document view, roles: speaker, cue, content, via."""
    for s in view["statements"]:
        for role in ("content", "speaker", "cue", "via"):
            span = s[role]
            if span:
                yield span["start"], span["end"], role


ACTOR_COLUMNS = ("id", "name", "kind", "country", "statements", "mentions", "source")


def actor_rows(
    store: Store, kind: str | None = None, country: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Actors in the ledger, most statements first."""
    return store.actors(kind=kind, country=country_code(country), limit=limit)


def country_code(code: str | None) -> str | None:
    """The ISO 3166 alpha-3 code actors carry, from an alpha-3 or alpha-2 code in any
    case ("RU", "ru", "RUS"); places and events carry alpha-2."""
    if not code:
        return code
    code = code.strip().upper()
    if len(code) == 2:
        from counterclaim.actors import load_catalogue

        for info in load_catalogue().countries.values():
            if info.iso2 == code:
                return info.iso3
    return code


def resolve_actor(store: Store, ref: str) -> str:
    """An actor id from an id or any alias the catalogue or the ledger knows."""
    from counterclaim.errors import NotFoundError

    try:
        return str(store.get_actor(ref)["id"])
    except NotFoundError:
        pass
    for actor_id in speaker_actor_ids(ref):
        try:
            return str(store.get_actor(actor_id)["id"])
        except NotFoundError:
            continue
    matches = [a for a in store.actors() if ref.lower() in a["name"].lower()]
    if len(matches) == 1:
        return str(matches[0]["id"])
    raise NotFoundError(
        f"no actor {ref!r} in this store"
        + (f" ({len(matches)} names contain it: give the id)" if matches else "")
        + "; list them with `counterclaim actors`"
    )


def actor_view(store: Store, ref: str) -> dict[str, Any]:
    """One actor and everything it said, by publication date."""
    actor_id = resolve_actor(store, ref)
    actor = store.get_actor(actor_id)
    said = store.statements(actor_ids=[actor_id])
    said.sort(key=lambda s: (s["published"] or "", s["document_id"], s["seq"]))
    actor["said"] = said
    return actor


def explain_actor(store: Store, ref: str) -> dict[str, Any]:
    """Why each mention was linked to this actor (and, for a new actor, the merge)."""
    actor_id = resolve_actor(store, ref)
    actor = store.get_actor(actor_id)
    rows = store.actor_mentions(actor_id)
    docs = sorted({m["document_id"] for m in rows})
    if actor["source"] == "extracted":
        summary = (
            f"not in the catalogue; {len(rows)} mentions in {len(docs)} documents share the "
            f"normalised name of {actor['name']!r}, which is what merged them"
        )
    else:
        summary = f"catalogue actor; {len(rows)} mentions in {len(docs)} documents"
    actor["summary"] = summary
    actor["mentions"] = [
        {
            "document_id": m["document_id"],
            "published": m["published"],
            "role": m["role"],
            "text": m["text"],
            "start": m["start"],
            "end": m["end"],
            "method": m["method"],
            "confidence": round(m["confidence"], 3),
            "evidence": m["evidence"],
        }
        for m in rows
    ]
    return actor


CLAIM_COLUMNS = ("id", "doc", "holder", "stance", "frame", "place", "time", "claim", "proposition")

#: Every field of each listing's rows, in order: a CSV has these columns whether or not
#: any row came back (a script that appends CSVs must not see the header change).
CSV_FIELDS: dict[str, tuple[str, ...]] = {
    "statements": (
        "id", "doc", "published", "speaker", "speaker_text", "speaker_id", "cue", "content",
        "via", "kind", "stance", "negated", "speaker_span", "cue_span", "content_span",
        "via_span",
    ),
    "documents": (
        "id", "source", "title", "outlet", "published", "content_hash", "n_statements",
        "ingested_at",
    ),
    "actors": ("id", "name", "kind", "country", "source", "first_seen", "statements", "mentions"),
    "claims": (
        "id", "doc", "published", "holder", "holder_id", "stance", "frame", "predicate",
        "subject", "object", "place", "place_key", "time", "polarity", "hedges", "modality",
        "claim", "start", "end", "proposition",
    ),
    "disputes": (
        "id", "kind", "label", "frame", "asserting", "denying", "first_date", "last_date", "note",
    ),
    "figures": (
        "id", "doc", "published", "holder", "holder_id", "figure", "value", "value_max", "unit",
        "count_class", "vague", "hedges", "proposition", "story", "start", "end",
    ),
    "events": (
        "id", "type", "mode", "date", "date_precision", "date_end", "actor", "actor_id",
        "recipient", "recipient_id", "place", "place_id", "place_kind", "country", "admin1",
        "lat", "lon", "reports", "stories", "sources", "evidence", "report_list",
    ),
    "places": (
        "place_id", "name", "kind", "country", "admin1", "lat", "lon", "mentions", "documents",
    ),
}  # fmt: skip


def claim_rows(
    store: Store,
    holder: str | None = None,
    frame: str | None = None,
    doc: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Claims: holder, stance, frame, place, time, the words, the proposition they join."""
    doc_id = store.resolve_document(doc) if doc is not None else None
    ids = speaker_actor_ids(holder) if holder else None
    if holder and not ids:
        ids = [
            a["id"]
            for a in store.actors()
            if a["id"] == holder or holder.lower() in a["name"].lower()
        ]
    rows = []
    for c in store.claims(doc_id=doc_id, frame=frame, holder_ids=ids, limit=limit):
        if holder and not ids:
            continue
        rows.append(
            {
                "id": c["id"],
                "doc": c["document_id"],
                "published": c["published"],
                "holder": _holder_label(c),
                "holder_id": c["holder_actor_id"],
                "stance": c["stance"],
                "frame": c["frame"],
                "predicate": c["predicate"],
                "subject": c["subject_text"],
                "object": c["object_text"],
                "place": c["place_text"],
                "place_key": c["place_key"],
                "time": c["time"],
                "polarity": c["polarity"],
                "hedges": c["hedges"],
                "modality": c["modality"],
                "claim": c["evidence_text"],
                "start": c["evidence_start"],
                "end": c["evidence_end"],
                "proposition": c["proposition_id"],
            }
        )
    return rows


DISPUTE_COLUMNS = ("id", "kind", "label", "asserting", "denying", "first_date", "last_date", "note")


def dispute_rows(store: Store, limit: int | None = None) -> list[dict[str, Any]]:
    """Disputes: propositions with holders on opposite sides."""
    return [
        {
            "id": d["proposition_id"],
            "kind": d["kind"],
            "label": d["label"],
            "frame": d["frame"],
            "asserting": d["asserting"],
            "denying": d["denying"],
            "first_date": d["first_date"],
            "last_date": d["last_date"],
            "note": d["note"],
        }
        for d in store.disputes(limit=limit)
    ]


def dispute_view(store: Store, ref: str) -> dict[str, Any]:
    """A proposition with both sides' holders and evidence, a timeline and its figures."""
    prop = store.get_proposition(ref)
    pos = store.positions_of(prop["id"])
    dispute = store.get_dispute(prop["id"])

    def side(stance: str) -> list[dict[str, Any]]:
        return [
            {
                "holder": p["holder_name"],
                "holder_id": p["holder_actor_id"],
                "date": p["date"],
                "document_id": p["document_id"],
                "source": p["source"],
                "story": p["source_group"],
                "evidence": {
                    "text": p["evidence_text"],
                    "start": p["evidence_start"],
                    "end": p["evidence_end"],
                },
            }
            for p in pos
            if p["stance"] == stance
        ]

    figs = figure_rows(store, proposition=prop["id"])
    return {
        **prop,
        "kind": dispute["kind"] if dispute else None,
        "note": dispute["note"] if dispute else "",
        "asserts": side("asserts"),
        "denies": side("denies"),
        "questions": side("questions"),
        "timeline": [
            {
                "date": p["date"],
                "holder": p["holder_name"],
                "stance": p["stance"],
                "document_id": p["document_id"],
                "evidence": p["evidence_text"],
                # provenance, for the CSV: where in which document the words are
                "holder_id": p["holder_actor_id"],
                "source": p["source"],
                "start": p["evidence_start"],
                "end": p["evidence_end"],
            }
            for p in pos
        ],
        "figures": figs,
        "figure_spread": figure_spread(figs, prop.get("frame")),
    }


#: The figures table's columns; "story" is the wire story a row comes from and
#: "copies" in how many of its republished articles the figure appears (listed once).
FIGURE_COLUMNS = (
    "id",
    "doc",
    "story",
    "copies",
    "holder",
    "figure",
    "value",
    "unit",
    "vague",
    "hedges",
    "proposition",
)


def _holder_label(row: Mapping[str, Any]) -> str | None:
    """Who holds a claim or figure, for a listing: the linked actor, else the words
    naming an unlinked speaker ("a local rescue worker"), else the article's own voice."""
    if row.get("holder_name"):
        return str(row["holder_name"])
    if row.get("speaker_name"):
        return str(row["speaker_name"])
    return "(article)" if row.get("statement_id") is None else None


def figure_rows(
    store: Store,
    count_class: str | None = None,
    proposition: str | None = None,
    limit: int | None = None,
    copies: bool = False,
) -> list[dict[str, Any]]:
    """Figures with who gives them, their hedges, and the proposition they belong to.

    A wire story republished by several outlets gives each figure once, on its first
    copy, with ``copies`` saying in how many of the story's articles it appears; with
    ``copies=True`` every article's figure is a row of its own."""
    rows = _figure_rows(store, count_class, proposition, None if not copies else limit)
    if copies:
        return rows
    first: dict[tuple[Any, ...], dict[str, Any]] = {}
    out = []
    for f in rows:
        if f["story"] is None:
            f["copies"] = 1
            out.append(f)
            continue
        key = (f["story"], f["holder_id"], f["value"], f["value_max"], f["count_class"], f["unit"])
        if key in first:
            first[key]["copies"] += 1
            continue
        f["copies"] = 1
        first[key] = f
        out.append(f)
    return out[:limit] if limit is not None else out


def _figure_rows(
    store: Store, count_class: str | None, proposition: str | None, limit: int | None
) -> list[dict[str, Any]]:
    return [
        {
            "id": f["id"],
            "doc": f["document_id"],
            "published": f["published"],
            "holder": _holder_label(f),
            "holder_id": f["holder_actor_id"],
            "figure": f["text"],
            "value": f["value"],
            "value_max": f["value_max"],
            "unit": f["unit"],
            "count_class": f["count_class"],
            "vague": f["vague"],
            "hedges": f["hedges"],
            "proposition": f["proposition_id"],
            "story": f["source_group"],
            "start": f["start"],
            "end": f["end"],
        }
        for f in store.figures(count_class=count_class, proposition_id=proposition, limit=limit)
    ]


#: Counted classes that, in a toll, are the dead (or the wounded): "people",
#: "soldiers", "dead"; prisoners, refugees or money stay series of their own.
TOLL_CLASSES = frozenset({"deaths", "injured", "civilians", "troops"})


def figure_spread(figs: list[dict[str, Any]], frame: str | None = None) -> list[dict[str, Any]]:
    """Per counted class, the spread across sources: min, max and each source's figure
    (one wire story counts once). In a toll (``frame`` "casualties", whose victims are
    one kind already) the dead are one series however each source names them ("31
    Palestinians were killed", "the toll rose to 38"), the wounded another."""
    out = []
    by_class: dict[str, list[dict[str, Any]]] = {}
    for f in figs:
        cls = f["count_class"] or f["unit"]
        if frame == "casualties" and (f["count_class"] in TOLL_CLASSES or not f["count_class"]):
            hurt = f["count_class"] == "injured" or f["unit"] in ("wounded", "injured")
            cls = "injured" if hurt else "deaths"
        by_class.setdefault(cls, []).append(f)
    for cls, fs in sorted(by_class.items()):
        seen: set[tuple[str | None, str | None]] = set()
        sources = []
        for f in fs:
            key = (f["holder_id"], f["story"])
            if key in seen:
                continue
            seen.add(key)
            sources.append(
                {
                    "holder": f["holder"],
                    "value": f["value"],
                    "value_max": f["value_max"],
                    "vague": f["vague"],
                    "hedges": f["hedges"],
                    "published": f["published"],
                }
            )
        values = [s["value"] for s in sources]
        out.append({"counts": cls, "min": min(values), "max": max(values), "sources": sources})
    return out


EVENT_COLUMNS = (
    "id",
    "type",
    "date",
    "actor",
    "recipient",
    "place",
    "country",
    "reports",
    "sources",
)
_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}


def _date_range(e: dict[str, Any]) -> bool:
    """Whether a report dates its event by a range of days ("last week", "the past three
    days"): its ``date`` is the range's first day, not the day of the event."""
    return bool(e.get("date") and e.get("date_end") and e["date_end"] != e["date"])


def event_rows(
    store: Store, type_: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Events: one row per real-world event, with every report of it (who reported it,
    in which document, with which words)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for e in store.events_for_link():
        if e["group_id"] and (type_ is None or e["type"] == type_.upper()):
            groups.setdefault(e["group_id"], []).append(e)
    rows = []
    for gid, reports in groups.items():
        reports.sort(
            key=lambda e: (
                _PRECISION_ORDER.get(e["date_precision"], 4),
                _date_range(e),  # a day named beats a range holding it
                # with no date named, a report of a dated article dates the event (an
                # undated .txt listed first left the event, and its ACLED row, undated)
                not (e["date"] or e["published"]),
                e["date"] or "",
                e["id"],
            )
        )
        best = reports[0]
        located = [e for e in reports if e["lat"] is not None] or reports
        where = min(
            located,
            key=lambda e: (
                ("city", "admin2", "admin1", "country").index(e["place_kind"])
                if e["place_kind"] in ("city", "admin2", "admin1", "country")
                else 9
            ),
        )
        sources = sorted({e["holder_name"] or e["outlet"] or e["source"] for e in reports})
        stories = {e["source_group"] or e["document_id"] for e in reports}
        rows.append(
            {
                "id": gid,
                "type": best["type"],
                "mode": next((e["mode"] for e in reports if e["mode"]), None),
                "date": best["date"] or best["published"],
                "date_precision": best["date_precision"]
                if best["date"]
                else ("day" if best["published"] else None),
                "date_end": best.get("date_end") if _date_range(best) else None,
                "actor": next(
                    (e["actor_name"] or e["actor_text"] for e in reports if e["actor_text"]), None
                ),
                "actor_id": next((e["actor_id"] for e in reports if e["actor_id"]), None),
                "recipient": next(
                    (
                        e["recipient_name"] or e["recipient_text"]
                        for e in reports
                        if e["recipient_text"]
                    ),
                    None,
                ),
                "recipient_id": next(
                    (e["recipient_id"] for e in reports if e["recipient_id"]), None
                ),
                "place": where["place_name"] or where["place_text"],
                "place_id": where["place_id"],
                "place_kind": where["place_kind"],
                "country": where["country"],
                "admin1": where["admin1"],
                "lat": where["lat"],
                "lon": where["lon"],
                "reports": len(reports),
                "stories": len(stories),
                "sources": "; ".join(s for s in sources if s),
                "evidence": best["evidence_text"],
                "report_list": [
                    {
                        "document_id": e["document_id"],
                        "source": e["source"],
                        "holder": e["holder_name"],
                        "statement_id": e["statement_id"],
                        "evidence": {
                            "text": e["evidence_text"],
                            "start": e["evidence_start"],
                            "end": e["evidence_end"],
                        },
                    }
                    for e in reports
                ],
            }
        )
    rows.sort(key=lambda r: (r["date"] or "", r["id"]))
    return rows[:limit] if limit is not None else rows


PLACE_COLUMNS = (
    "place_id",
    "name",
    "kind",
    "country",
    "admin1",
    "lat",
    "lon",
    "mentions",
    "documents",
)


def place_rows(store: Store, limit: int | None = None) -> list[dict[str, Any]]:
    """Places named in the ledger, resolved offline, most named first."""
    return store.places(limit=limit)


#: ACLED's geo precision: 1 the town itself, 2 a region around it, 3 the country / a
#: larger region.
_GEO_PRECISION = {"city": 1, "admin2": 2, "admin1": 2, "country": 3}
#: ACLED's time precision: 1 the day, 2 the week or a few days, 3 the month or longer.
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def _time_precision(r: dict[str, Any]) -> int:
    """ACLED's time precision of an event row: a range of days ("last week") is 2 up to
    a week long and 3 beyond, whatever the precision of its endpoints."""
    start, end = r.get("date"), r.get("date_end")
    if start and end and end != start:
        try:
            days = (date.fromisoformat(end[:10]) - date.fromisoformat(start[:10])).days
        except ValueError:
            return 3
        return 2 if days <= 6 else 3
    return _TIME_PRECISION.get(r["date_precision"], 3)


ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "reports",
)


def acled_rows(store: Store) -> list[dict[str, Any]]:
    """Events in ACLED's usual columns (PLOVER type as event type, mode as sub-type)."""
    out = []
    for r in event_rows(store):
        date = r["date"] or ""
        out.append(
            {
                "event_id_cnty": f"{r['country'] or 'XX'}-{r['id']}",
                "event_date": date,
                "year": date[:4] or None,
                "time_precision": _time_precision(r),
                "event_type": r["type"],
                "sub_event_type": r["mode"],
                "actor1": r["actor"],
                "actor2": r["recipient"],
                "country": r["country"],
                "admin1": r["admin1"],
                "location": r["place"],
                "latitude": r["lat"],
                "longitude": r["lon"],
                "geo_precision": _GEO_PRECISION.get(r["place_kind"], 3),
                "source": r["sources"],
                "notes": r["evidence"],
                "reports": r["reports"],
            }
        )
    return out


def geojson(store: Store) -> dict[str, Any]:
    """Located events as a GeoJSON FeatureCollection (points)."""
    features = []
    for r in event_rows(store):
        if r["lat"] is None or r["lon"] is None:
            continue
        props = {k: v for k, v in r.items() if k not in ("lat", "lon", "report_list")}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}
