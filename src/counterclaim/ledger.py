"""The ledger: query functions every face (CLI, web, Python) uses. No SQL, no spaCy.

Also the ingest job: read inputs, skip what the store has, analyse the rest, store it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
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
    duplicates: int = 0
    statements: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    link: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "added": self.added,
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
    from counterclaim.pipeline import ExtractionError, analyze_documents

    summary = IngestSummary()
    todo: list[Document] = []
    seen: set[str] = set()
    for item in read_inputs(paths):
        if isinstance(item, IngestError):
            summary.failed.append({"source": item.source, "reason": item.reason})
            continue
        summary.read += 1
        digest = item.content_hash
        if digest in seen or store.has_document(digest) is not None:
            summary.duplicates += 1
            continue
        seen.add(digest)
        todo.append(item)
    stream: Iterable[Document] = progress(todo, len(todo)) if progress else todo
    for result in analyze_documents(stream):
        if isinstance(result, ExtractionError):
            summary.failed.append({"source": result.source, "reason": result.reason})
            continue
        doc_id, created = store.add_analysis(result)
        if created:
            summary.added += 1
            summary.statements += len(result.statements)
            summary.documents.append(
                {
                    "id": doc_id,
                    "source": result.document.source,
                    "statements": len(result.statements),
                }
            )
        else:
            summary.duplicates += 1
    # cross-document: stories, propositions, positions, disputes (rebuilt from all claims)
    if summary.added:
        from counterclaim.link import relink

        summary.link = relink(store)
    return summary


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
                "cue": ("not " if s["negated"] else "") + s["cue"]["text"] if s["cue"] else None,
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
    return store.actors(kind=kind, country=country, limit=limit)


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
