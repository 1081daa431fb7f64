"""The store's tables, in SQLAlchemy Core, with generic types only.

The same ``MetaData`` serves SQLite and PostgreSQL. Tables are *created* by migrations
(``store/migrations.py``), never by ``metadata.create_all()`` at start-up: a migration
that has shipped must keep creating the same thing. So a later issue that adds a column
to an existing table adds it here (for queries) *and* in a new migration that alters
the table; a new table (``actors``, ``mentions``, ``claims``, ``propositions``,
``positions``, ``figures``, ``places``, ``events``) is defined here and created by its
own migration with ``metadata.create_all(conn, tables=[...])``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator

# Deterministic constraint names, so later migrations can refer to them on PostgreSQL.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

#: Primary keys: BIGINT on PostgreSQL; on SQLite only ``INTEGER PRIMARY KEY`` aliases
#: the rowid (and so autoincrements), BIGINT would not.
Id = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every backend.

    SQLite has no time zones and hands back naive datetimes; this stores UTC and
    reattaches UTC on the way out, so callers always see aware values.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs a timezone-aware datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


#: Actor ids: TEXT, as new actors are keyed by their name, which has no length limit
#: (VARCHAR(200) until ``0007_long_actor_ids``).
ActorId = Text


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


documents = Table(
    "documents",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(32), index=True),  # ISO date or datetime prefix
    Column("outlet", Text, index=True),
    Column("language", String(16)),
    Column("text", Text, nullable=False),
    Column("meta", JSON, nullable=False, default=dict),
    Column("ingested_at", UTCDateTime, nullable=False, default=utcnow),
    # added by 0003_claims: documents republishing one wire story share a group
    Column("source_group", String(64), index=True),
    # added by 0010_analyzer: the analyzer version that made the stored analysis
    Column("analyzer", String(64)),
)

statements = Table(
    "statements",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    # No separate index on document_id: the unique (document_id, seq) index leads with
    # it and serves every lookup and the cascade.
    Column(
        "document_id",
        Id,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("seq", Integer, nullable=False),  # position within the document
    Column("kind", String(16), nullable=False),
    Column("stance", String(16), nullable=False),
    Column("speaker_text", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_name", Text, index=True),  # Mention.name: resolved name, else text
    Column("speaker_ref_start", Integer),  # offsets of the resolved name mention
    Column("speaker_ref_end", Integer),
    Column("cue_text", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("content_text", Text, nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("via_text", Text),
    Column("via_start", Integer),
    Column("via_end", Integer),
    Column("via_name", Text),
    Column("via_ref_start", Integer),  # like speaker_ref_*: keeps Mention.resolved
    Column("via_ref_end", Integer),
    Column("negated", Boolean, nullable=False, default=False),  # "did not confirm"
    Column("confidence", Float),  # the cue detector's probability
    # added by 0002_actors
    Column("speaker_actor_id", ActorId, index=True),
    Column("via_actor_id", ActorId, index=True),
    Column("speaker_actor_confidence", Float),
    Column("via_actor_confidence", Float),
    UniqueConstraint("document_id", "seq"),
)

#: Canonical actors the ledger has seen: from the catalogue, or new ones keyed by name.
actors = Table(
    "actors",
    metadata,
    Column("id", ActorId, primary_key=True),  # "person:valery-gerasimov", "gov:RUS"
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False, index=True),
    Column("country", String(3), index=True),
    Column("source", String(16), nullable=False),  # catalogue | extracted
    Column("first_seen", UTCDateTime, nullable=False, default=utcnow),
)

#: Every linked mention: which span of which document names which actor, and why.
mentions = Table(
    "mentions",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column(
        "document_id",
        Id,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("statement_id", Id, ForeignKey("statements.id", ondelete="CASCADE"), index=True),
    Column("role", String(16), nullable=False),  # speaker | via | party
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("actor_id", ActorId, ForeignKey("actors.id"), nullable=False, index=True),
    Column("confidence", Float, nullable=False),
    Column("method", String(32), nullable=False),
    Column("evidence", Text, nullable=False, default=""),
)

#: Claims: the proposition each statement (or the article's own voice) carries.
claims = Table(
    "claims",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column(
        "document_id",
        Id,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("statement_id", Id, ForeignKey("statements.id", ondelete="CASCADE"), index=True),
    Column("seq", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("holder_actor_id", ActorId, index=True),
    Column("holder_name", Text),
    Column("holder_country", String(3)),
    Column("predicate", String(100), nullable=False),
    Column("frame", String(100), nullable=False, index=True),
    Column("local_key", String(300), nullable=False),
    Column("subject_text", Text),
    Column("subject_actor_id", ActorId),
    Column("subject_country", String(3)),
    Column("object_text", Text),
    Column("object_actor_id", ActorId),
    Column("object_head", String(100)),  # added by 0005_object_heads
    Column("place_key", String(200), index=True),
    Column("place_text", Text),
    # added by 0004_claim_places
    Column("place_region", String(200)),
    Column("place_lat", Float),
    Column("place_lon", Float),
    Column("time", String(32)),
    Column("time_precision", String(8)),
    Column("polarity", String(8), nullable=False),
    Column("hedges", JSON, nullable=False, default=list),
    Column("modality", String(16)),
    Column("stance", String(16), nullable=False),
    Column("answers_seq", Integer),  # seq of the claim (same document) it answers
    # whose claim in an earlier article it answers ("rejected Belize's protest"), when
    # its own article tells none; added by 0009_cross_answers
    Column("answers_actor_id", ActorId),
    Column("proposition_id", String(64), index=True),  # set by the cross-document link
    # The holder as the cross-document link names it, where that differs from the
    # article's own ("Kovalenko" -> "Andriy Kovalenko", "the OSA" -> the agency named in
    # full elsewhere); added by 0008_ledger_holders
    Column("ledger_holder_actor_id", ActorId),
    Column("ledger_holder_name", Text),
    Column("ledger_holder_country", String(3)),
    UniqueConstraint("document_id", "seq"),
)

#: Counted figures ("an estimated 14,000 soldiers"), with the claim that gives them.
figures = Table(
    "figures",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column(
        "document_id",
        Id,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("claim_id", Id, ForeignKey("claims.id", ondelete="CASCADE"), index=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("value", Float, nullable=False),
    Column("value_max", Float),
    Column("unit", String(100), nullable=False),
    Column("count_class", String(32), index=True),
    Column("hedges", JSON, nullable=False, default=list),
    Column("vague", Boolean, nullable=False, default=False),
)

#: Propositions: claims across documents that say the same thing (rebuilt by the link).
propositions = Table(
    "propositions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("label", Text, nullable=False),
    Column("frame", String(100), nullable=False, index=True),
    Column("place_key", String(200)),
    Column("agent", ActorId),  # an actor id, or a country
    Column("n_claims", Integer, nullable=False),
    Column("n_holders", Integer, nullable=False),
    Column("first_date", String(32)),
    Column("last_date", String(32)),
)

#: Positions: a holder's stance on a proposition, with the claim that shows it.
positions = Table(
    "positions",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column(
        "proposition_id",
        String(64),
        ForeignKey("propositions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("holder_actor_id", ActorId, nullable=False, index=True),
    Column("holder_name", Text, nullable=False),
    Column("stance", String(16), nullable=False),
    Column("date", String(32)),
    Column("claim_id", Id, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("document_id", Id, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("source_group", String(64)),  # syndication group: one wire story, one source
)

#: Disputes: propositions with holders on opposite sides (rebuilt by the link).
disputes = Table(
    "disputes",
    metadata,
    Column(
        "proposition_id",
        String(64),
        ForeignKey("propositions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("kind", String(16), nullable=False),  # dispute | update
    Column("asserting", Integer, nullable=False),
    Column("denying", Integer, nullable=False),
    Column("first_date", String(32)),
    Column("last_date", String(32)),
    Column("note", Text, nullable=False, default=""),
)

#: Events as each article reports them (a report), grouped across articles by the link.
events = Table(
    "events",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column(
        "document_id",
        Id,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("statement_id", Id, ForeignKey("statements.id", ondelete="CASCADE")),
    Column("seq", Integer, nullable=False),
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(64)),
    Column("evidence_text", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("actor_text", Text),
    Column("actor_id", ActorId, index=True),
    Column("actor_name", Text),
    Column("actor_country", String(3)),
    Column("recipient_text", Text),
    Column("recipient_id", ActorId),
    Column("recipient_name", Text),
    Column("recipient_country", String(3)),
    Column("place_text", Text),
    Column("place_id", String(200), index=True),
    Column("place_name", Text),
    Column("place_kind", String(16)),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("date", String(32), index=True),
    Column("date_precision", String(8)),
    Column("date_end", String(32)),
    Column("negated", Boolean, nullable=False, default=False),
    Column("hypothetical", Boolean, nullable=False, default=False),
    Column("future", Boolean, nullable=False, default=False),
    Column("holder_actor_id", ActorId),
    Column("holder_name", Text),
    Column("confidence", Float, nullable=False, default=0.0),
    Column("group_id", String(64), index=True),  # one real-world event, set by the link
    UniqueConstraint("document_id", "seq"),
)

#: Place mentions resolved offline, per document.
place_mentions = Table(
    "place_mentions",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column(
        "document_id",
        Id,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("place_id", String(200), index=True),
    Column("name", Text),
    Column("kind", String(16)),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("confidence", Float, nullable=False, default=0.0),
)

migrations = Table(
    "migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", UTCDateTime, nullable=False, default=utcnow),
)

#: Tables created by migration ``0001_initial``.
INITIAL_TABLES: tuple[Table, ...] = (documents, statements)

__all__ = [
    "INITIAL_TABLES",
    "Id",
    "UTCDateTime",
    "actors",
    "claims",
    "disputes",
    "documents",
    "events",
    "figures",
    "mentions",
    "metadata",
    "migrations",
    "place_mentions",
    "positions",
    "propositions",
    "statements",
    "utcnow",
]
