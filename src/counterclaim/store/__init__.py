"""The store: documents and statements in SQLite (or PostgreSQL), through plain records.

It takes ``Analysis`` records and gives back plain dicts (or records); all SQL lives in
this package. Open one with ``Store.open(url)``; the schema is brought up to date by
migrations on open.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from itertools import islice
from types import TracebackType
from typing import Any, Self

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from counterclaim import settings
from counterclaim.actors import slug
from counterclaim.errors import AmbiguousReferenceError, NotFoundError, StoreError
from counterclaim.records import (
    ActorRef,
    Analysis,
    Claim,
    Document,
    Event,
    Figure,
    Mention,
    PlaceMention,
    Span,
    Statement,
)
from counterclaim.store.engine import (
    begin_write,
    check_connection,
    create_store_engine,
    redact,
    unicode_fold_collation,
)
from counterclaim.store.migrations import (
    MIGRATIONS,
    Migrations,
    apply_migrations,
    schema_version,
)
from counterclaim.store.schema import (
    actors,
    claims,
    disputes,
    documents,
    events,
    figures,
    mentions,
    place_mentions,
    positions,
    propositions,
    statements,
    utcnow,
)

__all__ = [
    "MIGRATIONS",
    "Migrations",
    "Store",
    "apply_migrations",
    "schema_version",
]

#: Documents written per transaction by ``Store.add_analyses``.
DEFAULT_CHUNK = 500

#: Shortest content-hash prefix accepted as a document reference.
MIN_PREFIX = 6
#: How many matching ids an ambiguous proposition prefix lists.
AMBIGUOUS_SHOWN = 5

_HEX = re.compile(r"[0-9a-f]+")
_LIST_HINT = "list them with `counterclaim documents`"


#: Largest id either backend can hold (a signed 64-bit integer).
MAX_ID = 2**63 - 1


def _not_found(doc_id: int | str) -> NotFoundError:
    return NotFoundError(f"no document {doc_id}; {_LIST_HINT}")


class Store:
    """A ledger store over one database. Use ``Store.open()``; close it when done."""

    def __init__(self, engine: Engine, url: str) -> None:
        self._engine = engine
        self.url = redact(url)
        self._fold: tuple[str | None] | None = None  # (collation,) once looked up

    # -- opening and closing -------------------------------------------------------

    @classmethod
    def open(
        cls, url: str | None = None, *, migrations: Migrations | None = None, create: bool = True
    ) -> Store:
        """Open the store at ``url`` (default ``settings.db_url()``), migrating it.

        ``migrations`` replaces the product's registry (tests use it). With
        ``create=False`` a SQLite file that does not exist is a ``StoreNotFoundError``
        instead of a new, empty store. Raises ``StoreError`` with advice when the URL,
        driver, file or server is unusable.
        """
        url = settings.db_url(url)
        engine = create_store_engine(url, create=create)
        try:
            check_connection(engine, url)
            try:
                apply_migrations(engine, migrations)
            except SQLAlchemyError as exc:
                raise StoreError(
                    f"cannot bring the store at {redact(url)!r} up to date: {exc}; "
                    "check that it is a counterclaim store and is writable"
                ) from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, url)

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def schema_version(self) -> str:
        """Name of the latest migration applied to this store."""
        return schema_version(self._engine)

    def _lower(self, column: ColumnElement[Any]) -> ColumnElement[Any]:
        """``lower(column)``, folding all of Unicode as Python's ``str.lower`` does."""
        if self._fold is None:
            self._fold = (unicode_fold_collation(self._engine),)
        collation = self._fold[0]
        return func.lower(column.collate(collation) if collation else column)

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._engine.connect() as conn:
            yield conn

    # -- writing -------------------------------------------------------------------

    def add_analysis(self, analysis: Analysis) -> tuple[int, bool]:
        """Store a document and its statements in one transaction.

        Returns ``(document_id, created)``. A document whose ``content_hash`` is
        already stored is left as it is: nothing is added and ``created`` is False.
        """
        doc = analysis.document
        digest = doc.content_hash
        existing = self.has_document(digest)
        if existing is not None:
            return existing, False
        try:
            with begin_write(self._engine) as conn:
                doc_id = self._insert_documents(conn, [doc], [analysis.analyzer])[0]
                self._insert_statements(
                    conn,
                    [(doc_id, analysis.statements)],
                    [(doc_id, analysis.claims)],
                    [(doc_id, analysis.figures)],
                    [(doc_id, analysis.events)],
                    [(doc_id, analysis.places)],
                )
        except IntegrityError as exc:
            # Another writer stored the same text between our look-up and insert.
            existing = self.has_document(digest)
            if existing is None:
                raise StoreError(f"cannot store document {doc.source!r}: {exc.orig}") from exc
            return existing, False
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store document {doc.source!r}: {exc}") from exc
        return doc_id, True

    def add_analyses(
        self, analyses: Iterable[Analysis], chunk_size: int = DEFAULT_CHUNK
    ) -> list[tuple[int, bool]]:
        """Store many analyses, one transaction per ``chunk_size`` documents.

        Returns ``(document_id, created)`` per analysis, in input order. Texts already
        stored, or repeated within the input, are not added again.
        """
        if chunk_size < 1:
            raise ValueError("chunk_size must be at least 1")
        results: list[tuple[int, bool]] = []
        it = iter(analyses)
        while chunk := list(islice(it, chunk_size)):
            results.extend(self._add_chunk(chunk))
        return results

    def _add_chunk(self, chunk: Sequence[Analysis]) -> list[tuple[int, bool]]:
        digests = [a.document.content_hash for a in chunk]
        try:
            with begin_write(self._engine) as conn:
                known = self._ids_by_hash(conn, set(digests))
                new: dict[str, Analysis] = {}
                for digest, analysis in zip(digests, chunk, strict=True):
                    if digest not in known and digest not in new:
                        new[digest] = analysis
                ids = self._insert_documents(
                    conn,
                    [a.document for a in new.values()],
                    [a.analyzer for a in new.values()],
                )
                created = dict(zip(new, ids, strict=True))
                self._insert_statements(
                    conn,
                    [(created[d], a.statements) for d, a in new.items()],
                    [(created[d], a.claims) for d, a in new.items()],
                    [(created[d], a.figures) for d, a in new.items()],
                    [(created[d], a.events) for d, a in new.items()],
                    [(created[d], a.places) for d, a in new.items()],
                )
        except IntegrityError:
            # A concurrent writer (PostgreSQL; SQLite writers are serialised) stored
            # one of these texts: redo the chunk one document at a time.
            return [self.add_analysis(a) for a in chunk]
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store a batch of {len(chunk)} documents: {exc}") from exc
        results: list[tuple[int, bool]] = []
        for digest in digests:
            if digest in created:
                # Only the first copy within the batch counts as created.
                results.append((created.pop(digest), True))
                known[digest] = results[-1][0]
            else:
                results.append((known[digest], False))
        return results

    @staticmethod
    def _ids_by_hash(conn: Connection, digests: set[str]) -> dict[str, int]:
        if not digests:
            return {}
        rows = conn.execute(
            select(documents.c.content_hash, documents.c.id).where(
                documents.c.content_hash.in_(digests)
            )
        )
        return {row.content_hash: row.id for row in rows}

    @staticmethod
    def _insert_documents(
        conn: Connection, docs: Sequence[Document], analyzers: Sequence[str]
    ) -> list[int]:
        if not docs:
            return []
        now = utcnow()
        rows = [
            {
                "content_hash": d.content_hash,
                "source": d.source,
                "url": d.url,
                "title": d.title,
                "published": d.published,
                "outlet": d.outlet,
                "language": d.language,
                "text": d.text,
                "meta": dict(d.meta),
                "ingested_at": now,
                "analyzer": analyzer or None,
            }
            for d, analyzer in zip(docs, analyzers, strict=True)
        ]
        if len(rows) > 1 and conn.dialect.insert_executemany_returning_sort_by_parameter_order:
            result = conn.execute(
                insert(documents).returning(documents.c.id, sort_by_parameter_order=True),
                rows,
            )
            return [int(i) for i in result.scalars()]
        ids = []
        for row in rows:
            pk = conn.execute(insert(documents).values(**row)).inserted_primary_key
            assert pk is not None  # a single-row INSERT always has one
            ids.append(int(pk[0]))
        return ids

    @staticmethod
    def _insert_statements(
        conn: Connection,
        items: Sequence[tuple[int, Sequence[Statement]]],
        claim_items: Sequence[tuple[int, Sequence[Claim]]] = (),
        figure_items: Sequence[tuple[int, Sequence[Figure]]] = (),
        event_items: Sequence[tuple[int, Sequence[Event]]] = (),
        place_items: Sequence[tuple[int, Sequence[PlaceMention]]] = (),
    ) -> None:
        rows = [
            _statement_row(doc_id, seq, st) for doc_id, sts in items for seq, st in enumerate(sts)
        ]
        if rows:
            conn.execute(insert(statements), rows)  # executemany
        # The mentions that were linked to actors, with the ids the statements got.
        doc_ids = sorted({doc_id for doc_id, _ in items})
        ids = {
            (r.document_id, r.seq): r.id
            for r in conn.execute(
                select(statements.c.id, statements.c.document_id, statements.c.seq).where(
                    statements.c.document_id.in_(doc_ids)
                )
            )
        }
        refs: dict[str, ActorRef] = {}
        mention_rows = []
        for doc_id, sts in items:
            for seq, st in enumerate(sts):
                for role, m in (("speaker", st.speaker), ("via", st.via)):
                    if m is None or m.actor is None:
                        continue
                    refs.setdefault(m.actor.id, m.actor)
                    mention_rows.append(_mention_row(doc_id, ids[(doc_id, seq)], role, m))
        for _doc_id, analysis_claims in claim_items:
            for c in analysis_claims:
                for m in (c.subject, c.object):
                    if m is not None and m.actor is not None:
                        refs.setdefault(m.actor.id, m.actor)
                if c.holder is not None:
                    refs.setdefault(c.holder.id, c.holder)
        _upsert_actors(conn, refs.values())
        if mention_rows:
            conn.execute(insert(mentions), mention_rows)
        _insert_claims(conn, claim_items, figure_items, ids)
        _insert_events(conn, event_items, place_items, ids)

    def delete_document(self, doc_id: int) -> None:
        """Delete a document; its statements go with it (foreign-key cascade)."""
        with begin_write(self._engine) as conn:
            result = conn.execute(delete(documents).where(documents.c.id == doc_id))
            if result.rowcount == 0:
                raise _not_found(doc_id)

    # -- reading -------------------------------------------------------------------

    def has_document(self, content_hash: str) -> int | None:
        """The id of the document with this content hash, or None."""
        with self._read() as conn:
            found = conn.scalar(
                select(documents.c.id).where(documents.c.content_hash == content_hash)
            )
        return None if found is None else int(found)

    def resolve_document(self, ref: str | int) -> int:
        """The id of the document ``ref`` names: its source (the path it was ingested
        from), an id, or a content-hash prefix.

        A reference of digits only is tried as an id first. A prefix must have at
        least ``MIN_PREFIX`` hex characters and match exactly one document.
        """
        if isinstance(ref, int):
            return self._existing_id(ref)
        by_source = self._source_id(ref.strip())
        if by_source is not None:
            return by_source  # "statements --doc articles/kursk.txt"
        key = ref.strip().lower()
        if key.isascii() and key.isdigit():
            if int(key) > MAX_ID:
                raise _not_found(key)
            with self._read() as conn:
                found = conn.scalar(select(documents.c.id).where(documents.c.id == int(key)))
            if found is not None:
                return int(found)
            if len(key) < MIN_PREFIX:
                raise _not_found(key)
        if len(key) < MIN_PREFIX or len(key) > 64 or not _HEX.fullmatch(key):
            raise NotFoundError(
                f"{ref!r} is neither a document id nor a content-hash prefix of at least "
                f"{MIN_PREFIX} hex characters; {_LIST_HINT}"
            )
        h = documents.c.content_hash
        with self._read() as conn:
            # The range lets the unique index on content_hash serve the look-up
            # (a LIKE prefix cannot use it on SQLite); hex digits all sort below "g".
            ids = conn.scalars(
                select(documents.c.id)
                .where(h >= key, h < key + "g", h.startswith(key, autoescape=True))
                .order_by(documents.c.id)
                .limit(2)
            ).all()
        if not ids:
            raise NotFoundError(f"no document with a content hash starting {key}; {_LIST_HINT}")
        if len(ids) > 1:
            raise AmbiguousReferenceError(
                f"more than one document has a content hash starting {key}; "
                "give more characters of the hash, or the document id"
            )
        return int(ids[0])

    def _source_id(self, source: str) -> int | None:
        """The id of the document ingested from ``source`` (a path as given to ingest),
        if exactly one."""
        with self._read() as conn:
            ids = conn.scalars(
                select(documents.c.id).where(documents.c.source == source).limit(2)
            ).all()
        return int(ids[0]) if len(ids) == 1 else None

    def _existing_id(self, doc_id: int) -> int:
        if not 0 < doc_id <= MAX_ID:
            raise _not_found(doc_id)
        with self._read() as conn:
            found = conn.scalar(select(documents.c.id).where(documents.c.id == doc_id))
        if found is None:
            raise _not_found(doc_id)
        return int(found)

    def get_document(self, doc_id: int) -> dict[str, Any]:
        """One document with its text and metadata, and how many statements it has."""
        query = select(*documents.c, _n_statements()).where(documents.c.id == doc_id)
        with self._read() as conn:
            row = conn.execute(query).mappings().first()
        if row is None:
            raise _not_found(doc_id)
        out = dict(row)
        out["meta"] = dict(out["meta"] or {})
        out["ingested_at"] = _iso(out["ingested_at"])
        return out

    def documents(self, limit: int | None = None) -> list[dict[str, Any]]:
        """A listing of documents (no text), oldest id first."""
        query = select(
            documents.c.id,
            documents.c.source,
            documents.c.title,
            documents.c.outlet,
            documents.c.published,
            documents.c.content_hash,
            _n_statements(),
            documents.c.ingested_at,
        ).order_by(documents.c.id)
        query = _limit(query, limit)
        with self._read() as conn:
            rows = conn.execute(query).mappings().all()
        return [{**row, "ingested_at": _iso(row["ingested_at"])} for row in rows]

    def statements(
        self,
        speaker: str | None = None,
        doc_id: int | None = None,
        limit: int | None = None,
        actor_ids: Sequence[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Statements as plain dicts, by document id then position in the document.

        ``speaker`` matches case-insensitively anywhere in the resolved speaker name or
        the speaker's own text ("gerasimov" finds "Valery Gerasimov"), or, with
        ``actor_ids``, any statement whose speaker is linked to one of those actors.
        """
        sa, va = actors.alias("speaker_actor"), actors.alias("via_actor")
        query = (
            select(
                statements,
                documents.c.title,
                documents.c.source,
                documents.c.published,
                sa.c.name.label("speaker_actor_name"),
                sa.c.kind.label("speaker_actor_kind"),
                sa.c.country.label("speaker_actor_country"),
                va.c.name.label("via_actor_name"),
                va.c.kind.label("via_actor_kind"),
                va.c.country.label("via_actor_country"),
            )
            .join(documents, documents.c.id == statements.c.document_id)
            .outerjoin(sa, sa.c.id == statements.c.speaker_actor_id)
            .outerjoin(va, va.c.id == statements.c.via_actor_id)
        )
        conditions = []
        if speaker:
            needle = speaker.lower()
            conditions += [
                self._lower(statements.c.speaker_name).contains(needle, autoescape=True),
                self._lower(statements.c.speaker_text).contains(needle, autoescape=True),
                self._lower(sa.c.name).contains(needle, autoescape=True),
            ]
        if actor_ids:
            conditions.append(statements.c.speaker_actor_id.in_(list(actor_ids)))
        if conditions:
            query = query.where(or_(*conditions))
        if doc_id is not None:
            query = query.where(statements.c.document_id == doc_id)
        query = _limit(query.order_by(statements.c.document_id, statements.c.seq), limit)
        with self._read() as conn:
            rows = conn.execute(query).mappings().all()
        return [_statement_dict(row) for row in rows]

    def statements_for_document(self, doc_id: int) -> list[dict[str, Any]]:
        """The statements of one document, in order; ``NotFoundError`` if it is missing."""
        self._existing_id(doc_id)
        return self.statements(doc_id=doc_id)

    def get_analysis(self, doc_id: int) -> Analysis:
        """A stored document and its statements, as the records they were stored from."""
        d = self.get_document(doc_id)
        doc = Document(
            text=d["text"],
            source=d["source"],
            url=d["url"],
            title=d["title"],
            published=d["published"],
            outlet=d["outlet"],
            language=d["language"],
            meta=d["meta"],
        )
        return Analysis(doc, [_statement_record(s) for s in self.statements(doc_id=doc_id)])

    def actors(
        self, kind: str | None = None, country: str | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Actors the ledger has seen, with how many statements each made, most first."""
        n_said = (
            select(func.count())
            .where(statements.c.speaker_actor_id == actors.c.id)
            .scalar_subquery()
            .label("statements")
        )
        n_mentions = (
            select(func.count())
            .where(mentions.c.actor_id == actors.c.id)
            .scalar_subquery()
            .label("mentions")
        )
        query = select(actors, n_said, n_mentions)
        if kind:
            query = query.where(actors.c.kind == kind)
        if country:
            query = query.where(func.upper(actors.c.country) == country.upper())
        query = _limit(query.order_by(n_said.desc(), actors.c.id), limit)
        with self._read() as conn:
            rows = conn.execute(query).mappings().all()
        return [{**r, "first_seen": _iso(r["first_seen"])} for r in rows]

    def get_actor(self, actor_id: str) -> dict[str, Any]:
        """One actor's row; ``NotFoundError`` if the ledger has never seen it."""
        with self._read() as conn:
            row = conn.execute(select(actors).where(actors.c.id == actor_id)).mappings().first()
        if row is None:
            raise NotFoundError(
                f"no actor {actor_id!r} in this store; list them with `counterclaim actors`"
            )
        return {**row, "first_seen": _iso(row["first_seen"])}

    def actor_mentions(self, actor_id: str) -> list[dict[str, Any]]:
        """Every mention linked to ``actor_id``: where, which words, how and why."""
        query = (
            select(
                mentions,
                documents.c.title,
                documents.c.source,
                documents.c.published,
            )
            .join(documents, documents.c.id == mentions.c.document_id)
            .where(mentions.c.actor_id == actor_id)
            .order_by(mentions.c.document_id, mentions.c.start)
        )
        with self._read() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    # -- claims, figures and the cross-document link --------------------------------

    def claims_for_link(self) -> list[dict[str, Any]]:
        """Every claim with what grouping needs: document hash and date, holder, frame,
        place, subject country, stance, time, evidence words, and the largest figure
        it gives (``figure_value``, None without one; a count of the injured is left out,
        so "two killed" is not set against "12 cases of gunshot wounds")."""
        counts = (
            select(figures.c.claim_id, func.max(figures.c.value).label("figure_value"))
            .where(figures.c.claim_id.is_not(None))
            .where(or_(figures.c.count_class.is_(None), figures.c.count_class != "injured"))
            .group_by(figures.c.claim_id)
            .subquery()
        )
        query = select(
            claims.c.id,
            claims.c.document_id,
            claims.c.seq,
            claims.c.statement_id,
            claims.c.holder_actor_id,
            claims.c.holder_name,
            claims.c.holder_country,
            claims.c.predicate,
            claims.c.frame,
            claims.c.place_key,
            claims.c.place_text,
            claims.c.place_region,
            claims.c.place_lat,
            claims.c.place_lon,
            claims.c.subject_text,
            claims.c.subject_country,
            claims.c.subject_actor_id,
            claims.c.object_actor_id,
            claims.c.object_text,
            claims.c.object_head,
            claims.c.stance,
            claims.c.modality,
            claims.c.time,
            claims.c.evidence_text,
            claims.c.answers_seq,
            claims.c.answers_actor_id,
            documents.c.content_hash,
            documents.c.published,
            documents.c.source_group,
            counts.c.figure_value,
        )
        # In id order on every backend (PostgreSQL's heap order moves with updates).
        query = (
            query.join(documents, documents.c.id == claims.c.document_id)
            .outerjoin(counts, counts.c.claim_id == claims.c.id)
            .order_by(claims.c.id)
        )
        with self._read() as conn:
            rows = [dict(r) for r in conn.execute(query).mappings()]
        _spell_out_acronyms(rows, self.defined_acronyms())
        return rows

    def defined_acronyms(self) -> dict[str, tuple[str, str]]:
        """The new bodies the ledger's articles give an acronym, by the id of the new
        body named by that acronym alone: "The Intelligence-Security Agency (OSA)
        said" in one article makes "the OSA" of another ("org:osa") the agency
        ("org:intelligence-security-agency", its name). An acronym given to two bodies
        stands for neither; a catalogue actor's id is never taken for an acronym's."""
        query = (
            select(mentions.c.text, actors.c.id, actors.c.name)
            .join(actors, actors.c.id == mentions.c.actor_id)
            .where(actors.c.source == "extracted")
            .where(mentions.c.text.like("%)%"))
        )
        given: dict[str, set[tuple[str, str]]] = {}
        with self._read() as conn:
            for text, actor_id, name in conn.execute(query):
                prefix, _, key = str(actor_id).partition(":")
                acronym = _acronym_given(str(text), key)
                if (
                    acronym
                    and prefix in _ACRONYM_KINDS
                    and "@" not in key
                    and key != acronym.lower()
                    and acronym.lower() not in key.split("-")
                ):
                    given.setdefault(acronym, set()).add((str(actor_id), str(name)))
            short = {
                f"{prefix}:{acronym.lower()}": next(iter(bodies))
                for acronym, bodies in given.items()
                if len(bodies) == 1
                for prefix in _ACRONYM_KINDS
            }
            if not short:
                return {}
            # (never a catalogue actor: "org:un" is the UN, whatever a text calls "UN")
            known = select(actors.c.id).where(actors.c.source != "extracted")
            known = known.where(actors.c.id.in_(list(short)))
            catalogued = {str(r[0]) for r in conn.execute(known)}
        return {k: v for k, v in short.items() if k not in catalogued}

    def document_texts(self) -> Iterator[tuple[int, str, str | None]]:
        """(id, text, published) of every document, streamed (for near-duplicates)."""
        with self._read() as conn:
            result = conn.execution_options(stream_results=True).execute(
                select(documents.c.id, documents.c.text, documents.c.published).order_by(
                    documents.c.id
                )
            )
            for row in result:
                yield int(row.id), row.text, row.published

    def replace_link(
        self,
        source_groups: Mapping[int, str],
        proposition_rows: Sequence[dict[str, Any]],
        claim_propositions: Mapping[int, str],
        position_rows: Sequence[dict[str, Any]],
        dispute_rows: Sequence[dict[str, Any]],
        claim_holders: Mapping[int, LedgerHolder] | None = None,
    ) -> None:
        """Write the cross-document link (rebuilt from scratch) in one transaction.
        ``claim_holders`` gives claims their holder as the link names it (id, name,
        country); where that differs from the claim's own, listings show it."""
        with begin_write(self._engine) as conn:
            conn.execute(delete(disputes))
            conn.execute(delete(positions))
            conn.execute(
                update(claims).values(
                    proposition_id=None,
                    ledger_holder_actor_id=None,
                    ledger_holder_name=None,
                    ledger_holder_country=None,
                )
            )
            self._write_ledger_holders(conn, claim_holders or {})
            conn.execute(delete(propositions))
            conn.execute(update(documents).values(source_group=None))
            if proposition_rows:
                conn.execute(insert(propositions), list(proposition_rows))
            by_prop: dict[str, list[int]] = {}
            for claim_id, prop in claim_propositions.items():
                by_prop.setdefault(prop, []).append(claim_id)
            for prop, ids in by_prop.items():
                for i in range(0, len(ids), 500):
                    conn.execute(
                        update(claims)
                        .where(claims.c.id.in_(ids[i : i + 500]))
                        .values(proposition_id=prop)
                    )
            by_group: dict[str, list[int]] = {}
            for doc_id, group in source_groups.items():
                by_group.setdefault(group, []).append(doc_id)
            for group, ids in by_group.items():
                for i in range(0, len(ids), 500):
                    conn.execute(
                        update(documents)
                        .where(documents.c.id.in_(ids[i : i + 500]))
                        .values(source_group=group)
                    )
            if position_rows:
                conn.execute(insert(positions), list(position_rows))
            if dispute_rows:
                conn.execute(insert(disputes), list(dispute_rows))

    @staticmethod
    def _write_ledger_holders(conn: Connection, holders: Mapping[int, LedgerHolder]) -> None:
        """Record the link's holder on the claims whose own holder it renames."""
        if not holders:
            return
        stored = conn.execute(
            select(
                claims.c.id, claims.c.holder_actor_id, claims.c.holder_name, claims.c.holder_country
            )
        )
        renamed: dict[LedgerHolder, list[int]] = {}
        for row in stored:
            linked = holders.get(row.id)
            if linked is not None and linked[0] and linked != tuple(row[1:]):
                renamed.setdefault(linked, []).append(row.id)
        for (actor_id, name, country), ids in renamed.items():
            for i in range(0, len(ids), 500):
                conn.execute(
                    update(claims)
                    .where(claims.c.id.in_(ids[i : i + 500]))
                    .values(
                        ledger_holder_actor_id=actor_id,
                        ledger_holder_name=name,
                        ledger_holder_country=country,
                    )
                )

    def claims(
        self,
        doc_id: int | None = None,
        frame: str | None = None,
        holder_ids: Sequence[str] | None = None,
        proposition_id: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Claims as plain dicts, by document then position."""
        query = (
            select(
                claims,
                documents.c.title,
                documents.c.source,
                documents.c.published,
                statements.c.speaker_name,
            )
            .join(documents, documents.c.id == claims.c.document_id)
            .outerjoin(statements, statements.c.id == claims.c.statement_id)
        )
        if doc_id is not None:
            query = query.where(claims.c.document_id == doc_id)
        if frame:
            query = query.where(claims.c.frame == frame)
        if holder_ids:
            query = query.where(_holder_column().in_(list(holder_ids)))
        if proposition_id:
            query = query.where(claims.c.proposition_id == proposition_id)
        query = _limit(query.order_by(claims.c.document_id, claims.c.seq), limit)
        with self._read() as conn:
            return [_ledger_holder(dict(r)) for r in conn.execute(query).mappings()]

    def figures(
        self,
        count_class: str | None = None,
        proposition_id: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Figures with the claim (holder, proposition) and document they come from."""
        query = (
            select(
                figures,
                _holder_column(),
                func.coalesce(claims.c.ledger_holder_name, claims.c.holder_name).label(
                    "holder_name"
                ),
                claims.c.proposition_id,
                claims.c.time,
                claims.c.stance,
                documents.c.published,
                documents.c.source,
                documents.c.source_group,
                statements.c.speaker_name,
            )
            .join(documents, documents.c.id == figures.c.document_id)
            .outerjoin(claims, claims.c.id == figures.c.claim_id)
            .outerjoin(statements, statements.c.id == claims.c.statement_id)
        )
        if count_class:
            query = query.where(figures.c.count_class == count_class)
        if proposition_id:
            query = query.where(claims.c.proposition_id == proposition_id)
        query = _limit(query.order_by(figures.c.document_id, figures.c.start), limit)
        with self._read() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def propositions(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Propositions, most-claimed first."""
        query = _limit(
            select(propositions).order_by(propositions.c.n_claims.desc(), propositions.c.id), limit
        )
        with self._read() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def get_proposition(self, prop_id: str) -> dict[str, Any]:
        """One proposition; a unique id prefix is enough."""
        with self._read() as conn:
            rows = (
                conn.execute(
                    select(propositions)
                    .where(propositions.c.id.startswith(prop_id, autoescape=True))
                    .order_by(propositions.c.id)
                    .limit(AMBIGUOUS_SHOWN + 1)
                )
                .mappings()
                .all()
            )
        if len(rows) > 1:
            shown = ", ".join(r["id"] for r in rows[:AMBIGUOUS_SHOWN])
            more = " ..." if len(rows) > AMBIGUOUS_SHOWN else ""
            raise AmbiguousReferenceError(
                f"{prop_id!r} starts more than one proposition id ({shown}{more}); "
                "give more characters"
            )
        if not rows:
            raise NotFoundError(
                f"no proposition or dispute {prop_id!r}; list them with "
                "`counterclaim disputes` or `counterclaim claims`"
            )
        return dict(rows[0])

    def positions_of(self, prop_id: str) -> list[dict[str, Any]]:
        """Positions on one proposition with their evidence, by date."""
        query = (
            select(
                positions,
                claims.c.evidence_text,
                claims.c.evidence_start,
                claims.c.evidence_end,
                claims.c.statement_id,
                documents.c.title,
                documents.c.source,
                documents.c.outlet,
            )
            .join(claims, claims.c.id == positions.c.claim_id)
            .join(documents, documents.c.id == positions.c.document_id)
            .where(positions.c.proposition_id == prop_id)
            .order_by(positions.c.date, positions.c.document_id, claims.c.evidence_start)
        )
        with self._read() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def disputes(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Disputes with their proposition's label, most contested first."""
        query = _limit(
            select(disputes, propositions.c.label, propositions.c.frame, propositions.c.n_holders)
            .join(propositions, propositions.c.id == disputes.c.proposition_id)
            .order_by(
                (disputes.c.asserting + disputes.c.denying).desc(), disputes.c.proposition_id
            ),
            limit,
        )
        with self._read() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def get_dispute(self, prop_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = (
                conn.execute(select(disputes).where(disputes.c.proposition_id == prop_id))
                .mappings()
                .first()
            )
        return dict(row) if row else None

    def events_for_link(self) -> list[dict[str, Any]]:
        """Every event report with what grouping needs (and its document's hash and date)."""
        query = select(
            events,
            documents.c.content_hash,
            documents.c.published,
            documents.c.source,
            documents.c.outlet,
            documents.c.source_group,
        )
        query = query.join(documents, documents.c.id == events.c.document_id).order_by(events.c.id)
        with self._read() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def set_event_groups(self, groups: Mapping[int, str]) -> None:
        """Record which real-world event each report belongs to."""
        by_group: dict[str, list[int]] = {}
        for event_id, group in groups.items():
            by_group.setdefault(group, []).append(event_id)
        with begin_write(self._engine) as conn:
            conn.execute(update(events).values(group_id=None))
            for group, ids in by_group.items():
                for i in range(0, len(ids), 500):
                    conn.execute(
                        update(events)
                        .where(events.c.id.in_(ids[i : i + 500]))
                        .values(group_id=group)
                    )

    def places(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Resolved places with how often and in how many documents they are named."""
        n = func.count().label("mentions")
        docs = func.count(func.distinct(place_mentions.c.document_id)).label("documents")
        query = (
            select(
                place_mentions.c.place_id,
                func.min(place_mentions.c.name).label("name"),
                func.min(place_mentions.c.kind).label("kind"),
                func.min(place_mentions.c.country).label("country"),
                func.min(place_mentions.c.admin1).label("admin1"),
                func.min(place_mentions.c.lat).label("lat"),
                func.min(place_mentions.c.lon).label("lon"),
                n,
                docs,
            )
            .where(place_mentions.c.place_id.is_not(None))
            .group_by(place_mentions.c.place_id)
            .order_by(n.desc(), place_mentions.c.place_id)
        )
        with self._read() as conn:
            return [dict(r) for r in conn.execute(_limit(query, limit)).mappings()]

    def counts(self) -> dict[str, int]:
        """How many documents and statements the store holds."""
        with self._read() as conn:
            n_docs = conn.scalar(select(func.count()).select_from(documents)) or 0
            n_sts = conn.scalar(select(func.count()).select_from(statements)) or 0
        return {"documents": int(n_docs), "statements": int(n_sts)}


# -- rows <-> records ----------------------------------------------------------------


def _n_statements() -> Any:
    return (
        select(func.count())
        .where(statements.c.document_id == documents.c.id)
        .scalar_subquery()
        .label("n_statements")
    )


def _limit(query: Select[Any], limit: int | None) -> Select[Any]:
    if limit is None:
        return query
    if limit < 0:
        raise ValueError("limit must not be negative")
    return query.limit(limit)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _span_cols(prefix: str, span: Span | None) -> dict[str, Any]:
    if span is None:
        return {f"{prefix}_text": None, f"{prefix}_start": None, f"{prefix}_end": None}
    return {f"{prefix}_text": span.text, f"{prefix}_start": span.start, f"{prefix}_end": span.end}


def _mention_cols(prefix: str, mention: Mention | Span | None) -> dict[str, Any]:
    cols = _span_cols(prefix, mention)
    resolved = mention.resolved if isinstance(mention, Mention) else None
    name = mention.name if isinstance(mention, Mention) else mention.text if mention else None
    cols[f"{prefix}_name"] = name
    cols[f"{prefix}_ref_start"] = resolved.start if resolved else None
    cols[f"{prefix}_ref_end"] = resolved.end if resolved else None
    return cols


def _insert_claims(
    conn: Connection,
    claim_items: Sequence[tuple[int, Sequence[Claim]]],
    figure_items: Sequence[tuple[int, Sequence[Figure]]],
    statement_ids: Mapping[tuple[int, int], int],
) -> None:
    """Claims of each document, then its figures tied to the claim that gives them."""
    rows = []
    for doc_id, cs in claim_items:
        for seq, c in enumerate(cs):
            rows.append(
                {
                    "document_id": doc_id,
                    "statement_id": statement_ids.get((doc_id, c.statement))
                    if c.statement is not None
                    else None,
                    "seq": seq,
                    "evidence_text": c.evidence.text,
                    "evidence_start": c.evidence.start,
                    "evidence_end": c.evidence.end,
                    "holder_actor_id": c.holder.id if c.holder else None,
                    "holder_name": c.holder.name if c.holder else None,
                    "holder_country": c.holder.country if c.holder else None,
                    "predicate": c.predicate,
                    "frame": c.frame,
                    "local_key": c.key,
                    "subject_text": c.subject.text if c.subject else None,
                    "subject_actor_id": c.subject.actor.id
                    if c.subject and c.subject.actor
                    else None,
                    "subject_country": c.subject.actor.country
                    if c.subject and c.subject.actor
                    else None,
                    "object_text": c.object.text if c.object else None,
                    "object_actor_id": c.object.actor.id if c.object and c.object.actor else None,
                    "object_head": c.object_head,
                    "place_key": c.place_key,
                    "place_text": c.place.text if c.place else None,
                    "place_region": c.place_region,
                    "place_lat": c.place_lat,
                    "place_lon": c.place_lon,
                    "time": c.time,
                    "time_precision": c.time_precision,
                    "polarity": c.polarity,
                    "hedges": list(c.hedges),
                    "modality": c.modality,
                    "stance": c.stance,
                    "answers_seq": c.answers,
                    "answers_actor_id": c.answers_actor.id if c.answers_actor else None,
                }
            )
    if rows:
        conn.execute(insert(claims), rows)
    doc_ids = sorted({d for d, _ in claim_items} | {d for d, _ in figure_items})
    claim_ids = {
        (r.document_id, r.seq): r.id
        for r in conn.execute(
            select(claims.c.id, claims.c.document_id, claims.c.seq).where(
                claims.c.document_id.in_(doc_ids)
            )
        )
    }
    owner: dict[tuple[int, int], int] = {}
    for doc_id, cs in claim_items:
        for seq, c in enumerate(cs):
            for k in c.figures:
                owner.setdefault((doc_id, k), claim_ids[(doc_id, seq)])
    fig_rows = [
        {
            "document_id": doc_id,
            "claim_id": owner.get((doc_id, k)),
            "text": f.span.text,
            "start": f.span.start,
            "end": f.span.end,
            "value": f.value,
            "value_max": f.value_max,
            "unit": f.unit,
            "count_class": f.count_class,
            "hedges": list(f.hedges),
            "vague": f.vague,
        }
        for doc_id, fs in figure_items
        for k, f in enumerate(fs)
    ]
    if fig_rows:
        conn.execute(insert(figures), fig_rows)


def _insert_events(
    conn: Connection,
    event_items: Sequence[tuple[int, Sequence[Event]]],
    place_items: Sequence[tuple[int, Sequence[PlaceMention]]],
    statement_ids: Mapping[tuple[int, int], int],
) -> None:
    """Each document's events (as it reports them) and place mentions."""
    rows = []
    for doc_id, evs in event_items:
        for seq, e in enumerate(evs):
            a = e.actors[0] if e.actors else None
            r = e.recipients[0] if e.recipients else None
            p = e.place
            rows.append(
                {
                    "document_id": doc_id,
                    "statement_id": statement_ids.get((doc_id, e.statement))
                    if e.statement is not None
                    else None,
                    "seq": seq,
                    "type": e.type,
                    "mode": e.mode,
                    "evidence_text": e.evidence.text,
                    "evidence_start": e.evidence.start,
                    "evidence_end": e.evidence.end,
                    "actor_text": a.text if a else None,
                    "actor_id": a.actor.id if a and a.actor else None,
                    "actor_name": a.actor.name if a and a.actor else None,
                    "actor_country": a.actor.country if a and a.actor else None,
                    "recipient_text": r.text if r else None,
                    "recipient_id": r.actor.id if r and r.actor else None,
                    "recipient_name": r.actor.name if r and r.actor else None,
                    "recipient_country": r.actor.country if r and r.actor else None,
                    "place_text": e.place_text.text if e.place_text else None,
                    "place_id": p.place_id if p else None,
                    "place_name": p.name if p else None,
                    "place_kind": p.kind if p else None,
                    "country": p.country if p else None,
                    "admin1": p.admin1 if p else None,
                    "lat": p.lat if p else None,
                    "lon": p.lon if p else None,
                    "date": e.date,
                    "date_precision": e.date_precision,
                    "date_end": e.date_end,
                    "negated": e.negated,
                    "hypothetical": e.hypothetical,
                    "future": e.future,
                    "holder_actor_id": e.holder.id if e.holder else None,
                    "holder_name": e.holder.name if e.holder else None,
                    "confidence": e.confidence,
                }
            )
    if rows:
        conn.execute(insert(events), rows)
    place_rows = [
        {
            "document_id": doc_id,
            "text": p.span.text,
            "start": p.span.start,
            "end": p.span.end,
            "place_id": p.place_id,
            "name": p.name,
            "kind": p.kind,
            "country": p.country,
            "admin1": p.admin1,
            "lat": p.lat,
            "lon": p.lon,
            "confidence": p.confidence,
        }
        for doc_id, ps in place_items
        for p in ps
    ]
    if place_rows:
        conn.execute(insert(place_mentions), place_rows)


def _upsert_actors(conn: Connection, refs: Iterable[ActorRef]) -> None:
    """Add the actors the store has not seen yet (an actor's row never changes).

    On PostgreSQL another writer may add the same new actor between our look-up and
    our insert; ``ON CONFLICT DO NOTHING`` keeps its row instead of failing the batch.
    """
    refs = list(refs)
    if not refs:
        return
    have = set(conn.scalars(select(actors.c.id).where(actors.c.id.in_([r.id for r in refs]))))
    now = utcnow()
    rows = [
        {
            "id": r.id,
            "name": r.name,
            "kind": r.kind,
            "country": r.country or None,
            "source": "extracted" if r.method.split("+")[-1] == "new" else "catalogue",
            "first_seen": now,
        }
        for r in refs
        if r.id not in have
    ]
    if rows:
        conn.execute(_insert_new(conn, actors), rows)


def _insert_new(conn: Connection, table: Any) -> Any:
    """INSERT that skips rows whose primary key is already there."""
    dialect = {"postgresql": postgresql, "sqlite": sqlite}.get(conn.dialect.name)
    if dialect is None:
        return insert(table)
    return dialect.insert(table).on_conflict_do_nothing(index_elements=list(table.primary_key))


def _actor_cols(prefix: str, m: Mention | None) -> dict[str, Any]:
    ref = m.actor if m is not None else None
    return {
        f"{prefix}_actor_id": ref.id if ref else None,
        f"{prefix}_actor_confidence": ref.confidence if ref else None,
    }


def _mention_row(doc_id: int, statement_id: int, role: str, m: Mention) -> dict[str, Any]:
    assert m.actor is not None
    return {
        "document_id": doc_id,
        "statement_id": statement_id,
        "role": role,
        "text": m.text,
        "start": m.start,
        "end": m.end,
        "actor_id": m.actor.id,
        "confidence": m.actor.confidence,
        "method": m.actor.method,
        "evidence": m.actor.evidence,
    }


def _statement_row(doc_id: int, seq: int, st: Statement) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "seq": seq,
        "kind": st.kind,
        "stance": st.stance,
        **_mention_cols("speaker", st.speaker),
        **_span_cols("cue", st.cue),
        **_span_cols("content", st.content),
        **_mention_cols("via", st.via),
        "negated": st.negated,
        "confidence": st.confidence,
        **_actor_cols("speaker", st.speaker),
        **_actor_cols("via", st.via),
    }


def _span_dict(row: Mapping[Any, Any], prefix: str) -> dict[str, Any] | None:
    if row[f"{prefix}_text"] is None:
        return None
    return {
        "text": row[f"{prefix}_text"],
        "start": row[f"{prefix}_start"],
        "end": row[f"{prefix}_end"],
    }


def _mention_dict(row: Mapping[Any, Any], prefix: str) -> dict[str, Any] | None:
    span = _span_dict(row, prefix)
    if span is None:
        return None
    ref_start = row[f"{prefix}_ref_start"]
    span["resolved"] = (
        None
        if ref_start is None
        else {"text": row[f"{prefix}_name"], "start": ref_start, "end": row[f"{prefix}_ref_end"]}
    )
    span["actor"] = _actor_dict(row, prefix)
    return span


def _statement_dict(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "document_id": row["document_id"],
        "seq": row["seq"],
        "title": row["title"],
        "source": row["source"],
        "published": row["published"],
        "kind": row["kind"],
        "stance": row["stance"],
        "speaker": _mention_dict(row, "speaker"),
        "speaker_name": row["speaker_name"],
        "cue": _span_dict(row, "cue"),
        "content": _span_dict(row, "content"),
        "via": _mention_dict(row, "via"),
        "via_name": row["via_name"],
        "negated": bool(row["negated"]),
        "confidence": row["confidence"],
        "speaker_actor": _actor_dict(row, "speaker"),
        "via_actor": _actor_dict(row, "via"),
    }


def _actor_dict(row: Mapping[Any, Any], prefix: str) -> dict[str, Any] | None:
    actor_id = row[f"{prefix}_actor_id"]
    if actor_id is None:
        return None
    return {
        "id": actor_id,
        "name": row[f"{prefix}_actor_name"],
        "kind": row[f"{prefix}_actor_kind"],
        "country": row[f"{prefix}_actor_country"],
        "confidence": row[f"{prefix}_actor_confidence"],
    }


def _span_record(d: Mapping[Any, Any] | None) -> Span | None:
    return None if d is None else Span(d["text"], d["start"], d["end"])


def _mention_record(d: Mapping[Any, Any] | None) -> Mention | None:
    if d is None:
        return None
    a = d.get("actor")
    actor = (
        ActorRef(a["id"], a["name"], a["kind"], a["country"], a["confidence"] or 0.0) if a else None
    )
    return Mention(
        d["text"], d["start"], d["end"], resolved=_span_record(d["resolved"]), actor=actor
    )


def _statement_record(d: Mapping[Any, Any]) -> Statement:
    content = _span_record(d["content"])
    assert content is not None  # content columns are NOT NULL
    return Statement(
        content=content,
        kind=d["kind"],
        stance=d["stance"],
        speaker=_mention_record(d["speaker"]),
        cue=_span_record(d["cue"]),
        via=_mention_record(d["via"]),
        negated=d["negated"],
        confidence=d["confidence"],
    )


#: A claim's holder as the cross-document link names it: actor id, name, country.
LedgerHolder = tuple[str | None, str | None, str | None]


def _holder_column() -> Any:
    """A claim's holder id as the ledger names it (the link's, else the article's)."""
    return func.coalesce(claims.c.ledger_holder_actor_id, claims.c.holder_actor_id).label(
        "holder_actor_id"
    )


def _ledger_holder(row: dict[str, Any]) -> dict[str, Any]:
    """A claim row naming its holder as the ledger does; the article's own naming stays
    in ``extracted_holder_*`` where the two differ."""
    linked = row.pop("ledger_holder_actor_id", None)
    name = row.pop("ledger_holder_name", None)
    country = row.pop("ledger_holder_country", None)
    if linked:
        for field, value in (
            ("holder_actor_id", linked),
            ("holder_name", name),
            ("holder_country", country),
        ):
            row["extracted_" + field] = row[field]
            row[field] = value
    return row


#: An acronym given in brackets at the end of a body's mention: "... Agency (OSA)".
_DEFINED_ACRONYM = re.compile(r"\(([A-Z][A-Z]{1,7})\)$")
#: An acronym in brackets right after a body's name with more of the mention after it:
#: "The ... Agency (OSA), which runs the border troops," (a speaker's mention keeps its
#: appositive or relative clause, so the bracket is not at its end).
_NAMED_ACRONYM = re.compile(r"^(.*?)\s*\(([A-Z][A-Z]{1,7})\)[,\s]")
#: The kinds of new actor an acronym may name (their id prefixes).
_ACRONYM_KINDS = ("org", "group")


def _acronym_given(text: str, key: str) -> str:
    """The acronym a body's mention gives it in brackets ("" if none): at the mention's
    end, or right after the words that are the body's name (its id key ``key``)."""
    if m := _DEFINED_ACRONYM.search(text):
        return m.group(1)
    m = _NAMED_ACRONYM.match(text)
    if m and slug(m.group(1)).endswith(key):
        return m.group(2)
    return ""


def _spell_out_acronyms(rows: list[dict[str, Any]], full: Mapping[str, tuple[str, str]]) -> None:
    """Give claims whose holder or subject is a new body named by an acronym alone the
    body the ledger gives that acronym (see ``Store.defined_acronyms``), in place."""
    if not full:
        return
    for r in rows:
        for field in ("holder_actor_id", "subject_actor_id"):
            found = full.get(str(r.get(field) or "").split("@", 1)[0])
            if found is None:
                continue
            r[field] = found[0]
            if field == "holder_actor_id":
                r["holder_name"] = found[1]
