"""The store on a real PostgreSQL server (a throwaway cluster, see ``pg_server``).

``test_store.py`` runs the store's own tests on both backends. This module covers what
only PostgreSQL can get wrong (concurrent writers and openers, column types, a missing
database, a C-locale database) and runs the whole ledger on it: ``examples/`` ingested
through ``counterclaim.ledger`` and the CLI must give what SQLite gives.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text
from typer.testing import Result

from counterclaim import ledger
from counterclaim.errors import StoreNotFoundError
from counterclaim.records import ActorRef, Analysis, Document, Mention, Span, Statement
from counterclaim.store import MIGRATIONS, Store
from counterclaim.store.engine import create_store_engine
from counterclaim.store.migrations import applied_migrations

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

#: Keys whose values are clock readings, so differ between two ingests.
CLOCK_KEYS = {"ingested_at", "first_seen"}


def _no_clock(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _no_clock(v) for k, v in value.items() if k not in CLOCK_KEYS}
    if isinstance(value, list):
        return [_no_clock(v) for v in value]
    return value


def _said(name: str, actor: ActorRef | None = None, words: str = "it was over") -> Analysis:
    """A one-statement article: ``<name> said <words>.``"""
    text_ = f"{name} said {words}."
    start = len(name) + len(" said ")
    return Analysis(
        Document(text_, source=f"{name}.txt"),
        [
            Statement(
                content=Span(words, start, start + len(words)),
                kind="indirect",
                stance="asserts",
                speaker=Mention(name, 0, len(name), actor=actor),
                cue=Span("said", len(name) + 1, len(name) + 5),
            )
        ],
    )


def _new_actor(name: str) -> ActorRef:
    slug = name.lower().replace(" ", "-")
    return ActorRef(f"person:{slug}", name, "person", None, 0.5, "new", "not in the catalogue")


# -- the ledger on PostgreSQL, compared with SQLite ---------------------------------------


@pytest.fixture(scope="module")
def stores(
    pg_server: Any, tmp_path_factory: pytest.TempPathFactory, nlp: Any
) -> Iterator[dict[str, Any]]:
    """examples/ ingested through the ledger into a SQLite and a PostgreSQL store."""
    urls = {
        "sqlite": f"sqlite:///{tmp_path_factory.mktemp('pg-compare') / 'cc.db'}",
        "postgresql": pg_server.create_database(),
    }
    summaries = {}
    for backend, url in urls.items():
        with Store.open(url) as store:
            summaries[backend] = ledger.ingest([EXAMPLES], store).to_dict()
    yield {"urls": urls, "summaries": summaries}
    pg_server.drop_database(urls["postgresql"])


def _rows(url: str, fetch: Callable[[Store], Any]) -> Any:
    with Store.open(url, create=False) as store:
        return _no_clock(fetch(store))


def test_examples_ingest_on_postgresql(stores: dict[str, Any]) -> None:
    pg, lite = stores["summaries"]["postgresql"], stores["summaries"]["sqlite"]
    assert pg["added"] >= 7 and pg["failed"] == 0, pg["errors"]
    assert pg["statements"] >= 3 * pg["added"]
    assert pg["link"]  # the cross-document link ran
    assert pg == lite  # same documents, ids, statement counts and link summary


LEDGER_QUERIES: dict[str, Callable[[Store], Any]] = {
    "statements": ledger.statement_rows,
    "documents": ledger.document_rows,
    "actors": ledger.actor_rows,
    "claims": ledger.claim_rows,
    "disputes": ledger.dispute_rows,
    "figures": ledger.figure_rows,
    "events": ledger.event_rows,
    "places": ledger.place_rows,
    "acled": ledger.acled_rows,
    "geojson": ledger.geojson,
}


@pytest.mark.parametrize("query", LEDGER_QUERIES)
def test_ledger_queries_match_sqlite(stores: dict[str, Any], query: str) -> None:
    fetch = LEDGER_QUERIES[query]
    pg = _rows(stores["urls"]["postgresql"], fetch)
    assert pg, f"no {query} on PostgreSQL"
    assert pg == _rows(stores["urls"]["sqlite"], fetch)


def test_dispute_and_actor_views_match_sqlite(stores: dict[str, Any]) -> None:
    pg_url, lite_url = stores["urls"]["postgresql"], stores["urls"]["sqlite"]
    disputes = _rows(pg_url, ledger.dispute_rows)
    assert disputes
    for d in disputes:
        view = lambda s, ref=d["id"]: ledger.dispute_view(s, ref)  # noqa: E731
        assert _rows(pg_url, view) == _rows(lite_url, view)
    for actor in _rows(pg_url, ledger.actor_rows)[:5]:
        view = lambda s, ref=actor["id"]: ledger.actor_view(s, ref)  # noqa: E731
        assert _rows(pg_url, view) == _rows(lite_url, view)


@pytest.mark.parametrize("speaker", ["gerasimov", "GERASIMOV", "Kremlin", "moscow"])
def test_speaker_filter_and_alias_lookup(stores: dict[str, Any], speaker: str) -> None:
    """``--speaker``: part of a name in any case, or an alias ("Kremlin" finds Moscow)."""

    def fetch(s: Store) -> Any:
        return ledger.statement_rows(s, speaker=speaker)

    rows = _rows(stores["urls"]["postgresql"], fetch)
    assert rows
    assert rows == _rows(stores["urls"]["sqlite"], fetch)
    if speaker == "Kremlin":
        assert "Moscow" in {r["speaker_text"] for r in rows}


def test_ingest_again_adds_nothing(stores: dict[str, Any]) -> None:
    url = stores["urls"]["postgresql"]
    with Store.open(url) as store:
        before = store.counts()
        again = ledger.ingest([EXAMPLES], store).to_dict()
        assert store.counts() == before
    n = stores["summaries"]["postgresql"]["read"]
    assert (again["read"], again["added"], again["duplicates"], again["statements"]) == (
        n,
        0,
        n,
        0,
    )


def _json(result: Result) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_cli_with_a_postgresql_url(stores: dict[str, Any], cli: Callable[..., Result]) -> None:
    pg_url, lite_url = stores["urls"]["postgresql"], stores["urls"]["sqlite"]
    for command in (["statements", "--speaker", "kremlin"], ["disputes"], ["claims"]):
        pg = _json(cli(*command, "--db", pg_url, "--format", "json"))
        assert pg
        assert pg == _json(cli(*command, "--db", lite_url, "--format", "json"))
    [doc, *_] = _json(cli("documents", "--db", pg_url, "--format", "json"))
    shown = cli("show", str(doc["id"]), "--db", pg_url)
    assert shown.exit_code == 0, shown.output
    again = _json(cli("ingest", EXAMPLES, "--db", pg_url, "--format", "json"))
    assert again[0]["added"] == 0


def test_cli_subprocess_with_counterclaim_db(
    pg_url: str, run_cli_subprocess: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real entry point, the store named by ``COUNTERCLAIM_DB`` only."""
    monkeypatch.setenv("COUNTERCLAIM_DB", pg_url)
    proc = run_cli_subprocess(
        "ingest", EXAMPLES / "kursk-machine-translated.txt", "--format", "json"
    )
    assert proc.returncode == 0, proc.stderr.decode()
    [summary] = json.loads(proc.stdout)
    assert summary["added"] == 1 and summary["statements"] >= 2
    with Store.open(pg_url, create=False) as store:
        assert store.counts() == {"documents": 1, "statements": summary["statements"]}


def test_missing_database_says_how_to_create_it(pg_server: Any, cli: Any) -> None:
    url = pg_server.url("no_such_db")
    with pytest.raises(StoreNotFoundError, match="createdb no_such_db"):
        Store.open(url)
    result = cli("statements", "--db", url)
    assert result.exit_code == 1
    assert "createdb no_such_db" in result.stderr


# -- schema ---------------------------------------------------------------------------


def test_column_types_on_postgresql(pg_url: str) -> None:
    with Store.open(pg_url) as store:
        assert store.schema_version() == MIGRATIONS.names[-1]
    engine = create_store_engine(pg_url)
    try:
        with engine.connect() as conn:
            cols = {c["name"]: c["type"] for c in inspect(conn).get_columns("documents")}
            actor_cols = {c["name"]: c["type"] for c in inspect(conn).get_columns("actors")}
    finally:
        engine.dispose()
    assert str(cols["id"]) == "BIGINT"
    assert str(cols["ingested_at"]) == "TIMESTAMP"  # WITH TIME ZONE:
    assert cols["ingested_at"].timezone is True  # type: ignore[attr-defined]
    assert str(actor_cols["id"]) == "TEXT"


def test_an_older_postgresql_store_gets_long_actor_ids(pg_url: str) -> None:
    """Bug: actor ids were VARCHAR(200); a new actor keyed by a long name failed to store
    on PostgreSQL (SQLite ignores lengths). ``0007_long_actor_ids`` widens them."""
    name = " ".join(["Konstantinopolsky"] * 14)
    article = _said(name, _new_actor(name))
    with Store.open(pg_url, migrations=MIGRATIONS.copy(until="0006_events_places")) as old:
        old.add_analysis(_said("Anna Berg", _new_actor("Anna Berg")))
    with Store.open(pg_url) as store:
        assert store.schema_version() == MIGRATIONS.names[-1]  # 0007 and any later
        doc_id, created = store.add_analysis(article)
        assert created
        [row] = store.statements(doc_id=doc_id)
        assert len(row["speaker_actor"]["id"]) > 200
        back = store.get_analysis(doc_id).statements[0].speaker
        assert back is not None and back.actor is not None
        assert back.actor.id == _new_actor(name).id


# -- concurrency ----------------------------------------------------------------------


def _wait_until_blocked(url: str, timeout: float = 30.0) -> None:
    """Wait until some other session of this database waits on a lock."""
    engine = create_store_engine(url)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                waiting = conn.scalar(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        " AND wait_event_type = 'Lock'"
                    )
                )
            if waiting:
                return
            time.sleep(0.05)
    finally:
        engine.dispose()
    raise AssertionError("the writer never waited for the lock")


def test_writer_waits_for_a_new_actor_another_writer_adds(pg_url: str) -> None:
    """Bug: two writers adding the same new actor at once (different articles) made the
    second fail on the actors' primary key. Now it waits, then keeps the first's row."""
    actor = _new_actor("Anna Berg")
    with Store.open(pg_url) as store:
        engine = create_store_engine(pg_url)
        try:
            with engine.begin() as other:  # another writer, mid-transaction
                other.execute(
                    text(
                        "INSERT INTO actors (id, name, kind, source, first_seen) "
                        "VALUES (:id, :name, 'person', 'extracted', now())"
                    ),
                    {"id": actor.id, "name": actor.name},
                )
                with ThreadPoolExecutor(1) as pool:
                    # Does not see the uncommitted actor, so inserts it too and waits.
                    pending = pool.submit(store.add_analysis, _said("Anna Berg", actor))
                    _wait_until_blocked(pg_url)
                    other.commit()
                    doc_id, created = pending.result(timeout=60)
        finally:
            engine.dispose()
        assert created
        assert [a["id"] for a in store.actors()] == [actor.id]
        [row] = store.statements(doc_id=doc_id)
        assert row["speaker_actor"]["id"] == actor.id


def test_concurrent_writers_store_each_text_once(store_url: str) -> None:
    """Writers in parallel, with overlapping batches sharing new actors: every text is
    stored once, every writer gets its id, nobody fails."""
    names = [f"Speaker {chr(65 + i)}" for i in range(6)]
    articles = [
        _said(name, _new_actor(name), f"report {k} was true")
        for k in range(12)
        for name in names[k % 3 :: 3]
    ]
    n_writers = 4
    batches = [articles[i::2] + articles[: len(articles) // 2] for i in range(n_writers)]
    with Store.open(store_url) as store:
        barrier = threading.Barrier(n_writers)

        def write(batch: list[Analysis]) -> list[tuple[int, bool]]:
            barrier.wait()
            return store.add_analyses(batch, chunk_size=5)

        with ThreadPoolExecutor(n_writers) as pool:
            results = list(pool.map(write, batches, timeout=120))
        ids: dict[str, int] = {}
        created = 0
        for batch, got in zip(batches, results, strict=True):
            for analysis, (doc_id, new) in zip(batch, got, strict=True):
                assert ids.setdefault(analysis.document.content_hash, doc_id) == doc_id
                created += new
        assert len(ids) == len(articles) == created
        assert store.counts() == {"documents": len(articles), "statements": len(articles)}
        assert sorted(a["id"] for a in store.actors()) == sorted(_new_actor(n).id for n in names)


def test_concurrent_opens_migrate_a_new_store_once(
    store_url: str, request: pytest.FixtureRequest
) -> None:
    """Bug: processes opening a new PostgreSQL store at once raced to create the
    ``migrations`` table, and some failed (about every other round of six openers).
    Now they queue on an advisory lock. Several fresh databases, to meet the race."""
    n = 6
    urls = [store_url]
    if store_url.startswith("postgresql"):
        server = request.getfixturevalue("pg_server")
        urls += [server.create_database() for _ in range(7)]
    try:
        for url in urls:
            barrier = threading.Barrier(n)

            def open_store(_: int, url: str = url, barrier: threading.Barrier = barrier) -> str:
                barrier.wait()
                with Store.open(url) as store:
                    return store.schema_version()

            with ThreadPoolExecutor(n) as pool:
                versions = set(pool.map(open_store, range(n), timeout=120))
            assert versions == {MIGRATIONS.names[-1]}
            engine = create_store_engine(url)
            try:
                assert applied_migrations(engine) == MIGRATIONS.names
            finally:
                engine.dispose()
    finally:
        for url in urls[1:]:
            server.drop_database(url)


def test_case_folding_does_not_depend_on_the_database_locale(pg_server: Any) -> None:
    """Bug: PostgreSQL's lower() follows the database's locale; under C it folds ASCII
    only, so ``--speaker šojgu`` missed ŠOJGU. The store folds with ICU's root collation."""
    url = pg_server.create_database(locale="C")
    try:
        with Store.open(url) as store:
            store.add_analysis(_said("ŠOJGU"))
            store.add_analysis(_said("Émile Zola", words="it was true"))
            assert [s["speaker_name"] for s in store.statements(speaker="šojgu")] == ["ŠOJGU"]
            assert [s["speaker_name"] for s in store.statements(speaker="ÉMILE")] == ["Émile Zola"]
    finally:
        pg_server.drop_database(url)
