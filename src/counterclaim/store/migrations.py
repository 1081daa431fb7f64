"""Named schema migrations, applied in order and recorded in the ``migrations`` table.

Modelled on sqlite-utils' ``migrations``: each migration is a function taking a
SQLAlchemy ``Connection``, registered under a name with ``@migration("0002_actors")``.
``apply_migrations(engine)`` runs the ones the database has not recorded, in
registration order, each in its own transaction together with its record, so a failed
migration leaves no trace and is retried on the next open.

A shipped migration never changes: fix mistakes with a new one. Tests build their own
``Migrations()`` registry (``MIGRATIONS.copy()`` plus test-only steps) instead of
touching the global one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, Engine, insert, inspect, select, text
from sqlalchemy.schema import CreateTable

from counterclaim.errors import SchemaVersionError
from counterclaim.store.engine import begin_write, lock_migrations
from counterclaim.store.schema import INITIAL_TABLES, metadata, utcnow
from counterclaim.store.schema import migrations as migrations_table

MigrationFn = Callable[[Connection], None]
F = TypeVar("F", bound=MigrationFn)


class Migrations:
    """An ordered registry of named migration functions."""

    def __init__(self) -> None:
        self._steps: dict[str, MigrationFn] = {}

    def migration(self, name: str) -> Callable[[F], F]:
        """Decorator registering ``fn`` as the next migration, called ``name``."""

        def register(fn: F) -> F:
            if name in self._steps:
                raise ValueError(f"migration {name!r} is registered twice")
            self._steps[name] = fn
            return fn

        return register

    @property
    def names(self) -> list[str]:
        """Names of the registered migrations, in the order they apply."""
        return list(self._steps)

    def copy(self, until: str | None = None) -> Migrations:
        """A new registry with the same migrations (up to and including ``until``).

        Tests extend a copy, or cut one short to build an older database, without
        touching the registry they copied.
        """
        if until is not None and until not in self._steps:
            raise KeyError(f"no migration named {until!r}")
        new = Migrations()
        for name, fn in self._steps.items():
            new._steps[name] = fn
            if name == until:
                break
        return new

    def pending(self, engine: Engine) -> list[str]:
        """Names of the registered migrations the database has not recorded yet."""
        done = set(applied_migrations(engine))
        return [name for name in self._steps if name not in done]

    def apply(self, engine: Engine) -> list[str]:
        """Apply the pending migrations in order; return the names applied.

        Raises ``SchemaVersionError`` if the database records migrations this code
        does not know (it was written by a newer counterclaim).
        """
        done = applied_migrations(engine)
        if not done:
            with begin_write(engine) as conn:
                lock_migrations(conn)
                conn.execute(CreateTable(migrations_table, if_not_exists=True))
        unknown = [n for n in done if n not in self._steps]
        if unknown:
            raise SchemaVersionError(
                f"the store has migrations this counterclaim does not know "
                f"({', '.join(unknown)}); it was written by a newer version: "
                "upgrade counterclaim, or use another store with --db"
            )
        applied: list[str] = []
        # Only pending migrations take the write lock, so opening an up-to-date store
        # does not queue behind writers (or fail on a read-only copy).
        for name, fn in self._steps.items():
            if name in done:
                continue
            with begin_write(engine) as conn:
                lock_migrations(conn)
                # Re-check under the lock: another process may have applied it since.
                recorded = conn.scalar(
                    select(migrations_table.c.name).where(migrations_table.c.name == name)
                )
                if recorded is not None:
                    continue
                fn(conn)
                conn.execute(insert(migrations_table).values(name=name, applied_at=utcnow()))
            applied.append(name)
        return applied


#: The product's migrations. Later issues add theirs at the bottom of this module.
MIGRATIONS = Migrations()
migration = MIGRATIONS.migration


def applied_migrations(engine: Engine) -> list[str]:
    """Names of the migrations recorded in the database, oldest first."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(migrations_table.name):
            return []
        rows = conn.execute(
            select(migrations_table.c.name).order_by(
                migrations_table.c.applied_at, migrations_table.c.name
            )
        )
        return [row.name for row in rows]


def apply_migrations(engine: Engine, registry: Migrations | None = None) -> list[str]:
    """Apply ``registry``'s (default: the product's) pending migrations; return their names."""
    return (MIGRATIONS if registry is None else registry).apply(engine)


def schema_version(engine: Engine) -> str:
    """Name of the latest applied migration; ``""`` for a database with none."""
    names = applied_migrations(engine)
    return names[-1] if names else ""


@migration("0001_initial")
def _initial(conn: Connection) -> None:
    """Documents and their statements."""
    metadata.create_all(conn, tables=list(INITIAL_TABLES))


@migration("0002_actors")
def _actors(conn: Connection) -> None:
    """Canonical actors, linked mentions, and the actor ids on each statement."""
    from counterclaim.store.schema import actors, mentions

    metadata.create_all(conn, tables=[actors, mentions])
    add_columns(
        conn, "statements", {"speaker_actor_id": "VARCHAR(200)", "via_actor_id": "VARCHAR(200)"}
    )


def add_columns(conn: Connection, table: str, columns: dict[str, str], index: bool = True) -> None:
    """Add the columns ``table`` lacks (with an index each).

    ``0001_initial`` creates tables from today's definitions, so a new database has
    them already; an older one gets them here.
    """
    have = {c["name"] for c in inspect(conn).get_columns(table)}
    for name, sql_type in columns.items():
        if name in have:
            continue
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {sql_type}"))
        if index:
            conn.execute(text(f"CREATE INDEX ix_{table}_{name} ON {table} ({name})"))


@migration("0003_claims")
def _claims(conn: Connection) -> None:
    """Claims and figures per document; propositions, positions and disputes across them."""
    from counterclaim.store.schema import claims, disputes, figures, positions, propositions

    metadata.create_all(conn, tables=[claims, figures, propositions, positions, disputes])
    add_columns(conn, "documents", {"source_group": "VARCHAR(64)"})


@migration("0004_claim_places")
def _claim_places(conn: Connection) -> None:
    """Where a claim happens, as a region and coordinates, so nearby places compare."""
    add_columns(
        conn,
        "claims",
        {"place_region": "VARCHAR(200)", "place_lat": "FLOAT", "place_lon": "FLOAT"},
        index=False,
    )


@migration("0005_object_heads")
def _object_heads(conn: Connection) -> None:
    """What a deed was done to ("hospital", "carrier"), so reports of one deed meet."""
    add_columns(conn, "claims", {"object_head": "VARCHAR(100)"}, index=False)


@migration("0006_events_places")
def _events_places(conn: Connection) -> None:
    """Events as reported (grouped across articles by the link) and place mentions."""
    from counterclaim.store.schema import events, place_mentions

    metadata.create_all(conn, tables=[events, place_mentions])


#: Columns holding actor ids. New actors are keyed by their name ("person:<slug>"), so
#: an id has no length limit; ``0001``-``0006`` made these VARCHAR(200).
ACTOR_ID_COLUMNS = (
    ("actors", "id"),
    ("statements", "speaker_actor_id"),
    ("statements", "via_actor_id"),
    ("mentions", "actor_id"),
    ("claims", "holder_actor_id"),
    ("claims", "subject_actor_id"),
    ("claims", "object_actor_id"),
    ("positions", "holder_actor_id"),
    ("propositions", "agent"),
    ("events", "actor_id"),
    ("events", "recipient_id"),
    ("events", "holder_actor_id"),
)


@migration("0007_long_actor_ids")
def _long_actor_ids(conn: Connection) -> None:
    """Actor ids of any length on PostgreSQL (SQLite never enforced VARCHAR lengths)."""
    if conn.dialect.name != "postgresql":
        return
    for table, column in ACTOR_ID_COLUMNS:
        # VARCHAR to TEXT is binary-compatible: no rewrite, indexes and keys stay.
        conn.execute(text(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE TEXT"))


@migration("0008_ledger_holders")
def _ledger_holders(conn: Connection) -> None:
    """The holder the cross-document link gives a claim, so listings name it as the
    ledger's positions do."""
    add_columns(
        conn,
        "claims",
        {
            "ledger_holder_actor_id": "TEXT",
            "ledger_holder_name": "TEXT",
            "ledger_holder_country": "VARCHAR(3)",
        },
        index=False,
    )


@migration("0009_cross_answers")
def _cross_answers(conn: Connection) -> None:
    """Whose claim in an earlier article a claim answers, so the ledger links a denial
    ("rejected Belize's protest") to the claim it answers across articles."""
    add_columns(conn, "claims", {"answers_actor_id": "TEXT"}, index=False)


@migration("0010_analyzer")
def _analyzer(conn: Connection) -> None:
    """Which analyzer version made each stored article's analysis, so ingesting the
    article again after an upgrade analyses it again."""
    add_columns(conn, "documents", {"analyzer": "VARCHAR(64)"}, index=False)
