"""Engine creation and write transactions, with the SQLite settings the store relies on."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from counterclaim.errors import StoreError, StoreNotFoundError

# Execution option asking for a write transaction (BEGIN IMMEDIATE on SQLite).
_WRITE = "counterclaim_write"

#: ICU's root collation: under it PostgreSQL's lower() folds all of Unicode, whatever
#: the database's own locale (under the C locale it folds ASCII only).
ICU_ROOT = "und-x-icu"

#: Key of the PostgreSQL advisory lock that serialises migrations (any number will do;
#: advisory locks are per database).
MIGRATION_LOCK_KEY = 0x636C61696D  # "claim"

#: Seconds a SQLite writer waits for another writer's lock before giving up.
SQLITE_BUSY_TIMEOUT = 30.0

_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@")

_HINT = (
    "give a SQLAlchemy URL such as sqlite:///counterclaim.db or "
    "postgresql+psycopg://user@host/dbname (--db or COUNTERCLAIM_DB)"
)


def redact(url: str) -> str:
    """``url`` with any password masked, for error messages."""
    return _PASSWORD.sub(r"\1***@", url)


def parse_url(url: str) -> URL:
    """Parse a store URL, raising ``StoreError`` that says what a valid one looks like."""
    try:
        return make_url(url)
    except (ArgumentError, ValueError) as exc:
        guess = ""
        if "://" not in url and url.strip():
            guess = f"; for a SQLite file write sqlite:///{url.strip()}"
        raise StoreError(f"malformed store URL {redact(url)!r}: {_HINT}{guess}") from exc


def _is_file_sqlite(url: URL) -> bool:
    db = url.database or ""
    return (
        url.get_backend_name() == "sqlite"
        and db not in ("", ":memory:")
        and not db.startswith("file:")  # URI filenames: leave them to SQLite
    )


def create_store_engine(url: str, create: bool = True) -> Engine:
    """An engine for ``url``; for SQLite files the parent folder is created.

    SQLite connections get foreign keys on, WAL journaling, a Unicode ``lower()``, and
    real transactions (the driver's legacy mode would autocommit DDL, which would make
    a half-applied migration possible).
    """
    parsed = parse_url(url)
    kwargs: dict[str, Any] = {}
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if _is_file_sqlite(parsed):
        path = Path(parsed.database or "").expanduser()
        if not create and not path.exists():
            raise StoreNotFoundError(
                f"no store at {path}: ingest articles first (counterclaim ingest PATH), "
                "or point --db / COUNTERCLAIM_DB at an existing store"
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the folder {path.parent} for the store: {exc}; "
                "choose another path with --db or COUNTERCLAIM_DB"
            ) from exc
        parsed = parsed.set(database=str(path))
    if is_sqlite:
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT}
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, **kwargs)
    except NoSuchModuleError as exc:
        raise StoreError(f"unknown database kind in store URL {redact(url)!r}: {_HINT}") from exc
    except ImportError as exc:
        raise StoreError(
            f"the database driver for {parsed.drivername!r} is not installed ({exc}); "
            f"install it (for PostgreSQL: pip install 'psycopg[binary]') or {_HINT}"
        ) from exc
    except (ArgumentError, TypeError, ValueError) as exc:
        raise StoreError(f"cannot use store URL {redact(url)!r} ({exc}): {_HINT}") from exc
    if is_sqlite:
        _setup_sqlite(engine)
    return engine


def _unicode_lower(value: str | None) -> str | None:
    return value.lower() if isinstance(value, str) else value


def _set_wal(cursor: Any) -> None:
    """Switch a SQLite file to WAL journaling. Changing the journal mode does not wait
    on the busy timeout: several processes opening a new store at once got "database
    is locked" (3 rounds in 60 of six openers); they retry until the timeout instead."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _setup_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        # We emit BEGIN ourselves (see _on_begin), so the driver must not.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            _set_wal(cursor)
        finally:
            cursor.close()
        # SQLite's built-in lower() folds ASCII only; PostgreSQL's folds all of Unicode.
        # Overriding it keeps case-insensitive search the same on both.
        dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A writer takes the write lock up front: a deferred transaction that reads and
        # then writes fails at once with "database is locked" if another writer got in
        # between, instead of waiting for the busy timeout.
        if conn.get_execution_options().get(_WRITE):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


@contextmanager
def begin_write(engine: Engine) -> Iterator[Connection]:
    """A connection inside a write transaction: committed on success, else rolled back."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn


def check_connection(engine: Engine, url: str) -> None:
    """Connect once, so a wrong path, host or password fails at open, with advice.

    A PostgreSQL database that does not exist is a ``StoreNotFoundError`` saying how to
    create it (counterclaim creates tables, not databases).
    """
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc)
        db = engine.url.database
        if engine.dialect.name == "postgresql" and f'database "{db}" does not exist' in reason:
            raise StoreNotFoundError(
                f"no PostgreSQL database {db!r} at {redact(url)!r}: create it first "
                f"(createdb {db}, or CREATE DATABASE {db}), then run counterclaim ingest; "
                "or point --db / COUNTERCLAIM_DB at an existing store"
            ) from exc
        raise StoreError(
            f"cannot connect to the store at {redact(url)!r}: {exc.__class__.__name__}: "
            f"{getattr(exc, 'orig', None) or exc}; check the path or server, "
            "or choose another store with --db or COUNTERCLAIM_DB"
        ) from exc


def unicode_fold_collation(engine: Engine) -> str | None:
    """The collation to apply before ``lower()`` so it folds all of Unicode, or None.

    SQLite gets a Python ``lower()`` at connect (None here). On PostgreSQL ``lower()``
    follows the database's locale, which folds ASCII only under ``C``; ICU's root
    collation folds everything, as Python does. A server built without ICU gives None
    (and the database's own ``lower()``).
    """
    if engine.dialect.name != "postgresql":
        return None
    try:
        with engine.connect() as conn:
            folded = conn.scalar(text(f"SELECT lower('ŠÉ' COLLATE \"{ICU_ROOT}\")"))
    except DBAPIError:
        return None
    return ICU_ROOT if folded == "šé" else None


def lock_migrations(conn: Connection) -> None:
    """Serialise migrations across processes, until this transaction ends.

    SQLite is already serialised by ``BEGIN IMMEDIATE``. PostgreSQL takes an advisory
    lock: a table lock cannot guard creating the ``migrations`` table itself, and two
    processes doing ``CREATE TABLE IF NOT EXISTS`` at once make one of them fail.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
