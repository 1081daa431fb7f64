"""Engine creation and write transactions, with the SQLite settings the store relies on."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from counterclaim.errors import StoreError, StoreNotFoundError

# Execution option asking for a write transaction (BEGIN IMMEDIATE on SQLite).
_WRITE = "counterclaim_write"

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


def _setup_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        # We emit BEGIN ourselves (see _on_begin), so the driver must not.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
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
    """Connect once, so a wrong path, host or password fails at open, with advice."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        raise StoreError(
            f"cannot connect to the store at {redact(url)!r}: {exc.__class__.__name__}: "
            f"{getattr(exc, 'orig', None) or exc}; check the path or server, "
            "or choose another store with --db or COUNTERCLAIM_DB"
        ) from exc
