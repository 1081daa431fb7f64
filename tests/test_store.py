"""The store on real SQLite files and a real PostgreSQL server: records in, plain dicts
out, migrations on open. Most tests run on both backends (the ``store_url`` fixture)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from itertools import count
from pathlib import Path

import pytest
from sqlalchemy import Connection, inspect, text

from counterclaim.errors import (
    AmbiguousReferenceError,
    NotFoundError,
    SchemaVersionError,
    StoreError,
)
from counterclaim.records import Analysis, Document, Mention, Span, Statement, content_hash
from counterclaim.store import MIGRATIONS, Migrations, Store, apply_migrations, schema_version
from counterclaim.store.engine import create_store_engine
from counterclaim.store.migrations import applied_migrations

TEXT = (
    "Russia's top general, Valery Gerasimov, said on Monday that the front was stable.\n"
    '"We hold every position," he told reporters, according to TASS.\n'
    "Kyiv denied the claim."
)


def _span(needle: str, text: str = TEXT) -> Span:
    start = text.index(needle)
    return Span(needle, start, start + len(needle))


def _mention(needle: str, resolved: Span | None = None) -> Mention:
    s = _span(needle)
    return Mention(s.text, s.start, s.end, resolved=resolved)


GERASIMOV = _span("Valery Gerasimov")

STATEMENTS = [
    Statement(
        content=_span("the front was stable"),
        kind="indirect",
        stance="asserts",
        speaker=_mention("Valery Gerasimov"),
        cue=_span("said"),
    ),
    Statement(
        content=_span("We hold every position,"),
        kind="direct",
        stance="asserts",
        speaker=_mention("he", resolved=GERASIMOV),
        cue=_span("told"),
        via=_mention("TASS"),
    ),
    # No speaker, no cue: the article's own voice.
    Statement(content=_span("Kyiv denied the claim."), kind="according_to", stance="reports"),
]


def _analysis(text: str = TEXT, statements: list[Statement] | None = None, **meta: str) -> Analysis:
    doc = Document(
        text=text,
        source=meta.get("source", "gerasimov.txt"),
        url="https://example.org/gerasimov",
        title=meta.get("title", "General says front is stable"),
        published="2024-08-12",
        outlet="Example Wire",
        language="en",
        meta={"quality": {"boilerplate_removed": True}, "tags": ["war"]},
    )
    return Analysis(doc, list(STATEMENTS if statements is None else statements))


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sub" / "ledger.db"


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as s:
        yield s


# -- writing and reading back ------------------------------------------------------------


def test_open_creates_parent_folder_and_sets_sqlite_pragmas(db_path: Path) -> None:
    Store.open(_url(db_path)).close()
    assert db_path.is_file()
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()


def test_openers_of_a_new_sqlite_file_wait_for_the_journal_mode(tmp_path: Path) -> None:
    """Bug: six threads opening a brand-new SQLite store at once failed with "database
    is locked" in about 1 round in 20: switching to WAL does not wait on the busy
    timeout. Many rounds, so the old code fails this test most of the time."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    for r in range(30):
        url = f"sqlite:///{tmp_path / f'new-{r}.db'}"
        barrier = threading.Barrier(6)

        def open_store(_: int, url: str = url, barrier: threading.Barrier = barrier) -> str:
            barrier.wait()
            with Store.open(url) as store:
                return store.schema_version()

        with ThreadPoolExecutor(6) as pool:
            assert set(pool.map(open_store, range(6), timeout=120)) == {MIGRATIONS.names[-1]}


def test_round_trip_document_and_statements(store: Store) -> None:
    analysis = _analysis()
    doc_id, created = store.add_analysis(analysis)
    assert created is True

    doc = store.get_document(doc_id)
    assert doc["id"] == doc_id
    assert doc["text"] == TEXT
    assert doc["content_hash"] == content_hash(TEXT)
    assert doc["meta"] == {"quality": {"boilerplate_removed": True}, "tags": ["war"]}
    assert (doc["source"], doc["url"], doc["title"]) == (
        "gerasimov.txt",
        "https://example.org/gerasimov",
        "General says front is stable",
    )
    assert (doc["published"], doc["outlet"], doc["language"]) == (
        "2024-08-12",
        "Example Wire",
        "en",
    )
    assert doc["n_statements"] == 3
    assert datetime.fromisoformat(doc["ingested_at"]).utcoffset() is not None

    first, second, third = store.statements_for_document(doc_id)
    assert [s["seq"] for s in (first, second, third)] == [0, 1, 2]
    assert first == {
        "id": first["id"],
        "document_id": doc_id,
        "seq": 0,
        "title": "General says front is stable",
        "source": "gerasimov.txt",
        "published": "2024-08-12",
        "kind": "indirect",
        "stance": "asserts",
        "speaker": {**GERASIMOV.to_dict(), "resolved": None, "actor": None},
        "speaker_name": "Valery Gerasimov",
        "cue": _span("said").to_dict(),
        "content": _span("the front was stable").to_dict(),
        "via": None,
        "via_name": None,
        "negated": False,
        "confidence": None,
        "speaker_actor": None,
        "via_actor": None,
    }
    # A pronoun resolved to the full name: the name is what we file it under.
    assert second["speaker"] == _mention("he", resolved=GERASIMOV).to_dict()
    assert second["speaker_name"] == "Valery Gerasimov"
    assert second["via"] == {**_span("TASS").to_dict(), "resolved": None, "actor": None}
    assert second["via_name"] == "TASS"
    assert (second["kind"], second["stance"]) == ("direct", "asserts")
    assert third["speaker"] is None and third["speaker_name"] is None
    assert third["cue"] is None and third["via"] is None
    assert (third["kind"], third["stance"]) == ("according_to", "reports")
    # Offsets point into the stored text.
    for st in (first, second, third):
        c = st["content"]
        assert doc["text"][c["start"] : c["end"]] == c["text"]

    assert store.get_analysis(doc_id) == analysis
    assert store.counts() == {"documents": 1, "statements": 3}


def test_document_without_statements(store: Store) -> None:
    doc_id, created = store.add_analysis(Analysis(Document("Nobody said anything.")))
    assert created
    assert store.statements_for_document(doc_id) == []
    assert store.get_document(doc_id)["meta"] == {}


def test_re_adding_same_text_adds_nothing(store: Store) -> None:
    doc_id, _ = store.add_analysis(_analysis())
    assert store.add_analysis(_analysis()) == (doc_id, False)
    # Same words, other line endings and spacing: content_hash normalises them away.
    messy = "  " + TEXT.replace("\n", "\r\n").replace(" said ", "  said\t") + "\n\n"
    assert content_hash(messy) == content_hash(TEXT)
    assert store.add_analysis(_analysis(messy, title="copy")) == (doc_id, False)
    assert store.counts() == {"documents": 1, "statements": 3}
    assert store.get_document(doc_id)["title"] == "General says front is stable"
    assert store.has_document(content_hash(TEXT)) == doc_id
    assert store.has_document("0" * 64) is None


def test_add_survives_a_race_on_the_unique_hash(store_url: str) -> None:
    class LateStore(Store):
        """Misses the first look-up, as if another writer got in right after it."""

        misses = 1

        def has_document(self, content_hash: str) -> int | None:
            if self.misses:
                self.misses -= 1
                return None
            return super().has_document(content_hash)

    with Store.open(store_url) as other:
        doc_id, _ = other.add_analysis(_analysis())
    url = store_url
    engine = create_store_engine(url)
    with LateStore(engine, url) as late:
        assert late.add_analysis(_analysis()) == (doc_id, False)
        assert late.counts() == {"documents": 1, "statements": 3}


def test_add_analyses_in_chunks(store: Store) -> None:
    first_id, _ = store.add_analysis(_analysis())
    batch = [Analysis(Document(f"Article number {i}."), STATEMENTS[2:]) for i in range(7)]
    batch.insert(3, _analysis())  # already stored
    batch.append(Analysis(Document("Article  number 2.")))  # repeats batch text 2
    results = store.add_analyses(batch, chunk_size=3)

    assert len(results) == len(batch)
    assert results[3] == (first_id, False)
    assert results[-1] == (results[2][0], False)
    new_ids = [doc_id for doc_id, created in results if created]
    assert len(new_ids) == 7 and len(set(new_ids)) == 7
    assert store.counts() == {"documents": 8, "statements": 3 + 7}
    for i, (doc_id, _) in enumerate(results[:3]):
        assert store.get_document(doc_id)["text"] == f"Article number {i}."
        assert [s["seq"] for s in store.statements(doc_id=doc_id)] == [0]
    assert store.add_analyses([]) == []


# -- queries ---------------------------------------------------------------------------


def test_filter_by_speaker_substring_case_insensitive(store: Store) -> None:
    doc_id, _ = store.add_analysis(_analysis())
    other = "Sergei Shoigu said nothing had changed."
    store.add_analysis(
        _analysis(
            other,
            [
                Statement(
                    content=Span("nothing had changed", 19, 38),
                    kind="indirect",
                    stance="asserts",
                    speaker=Mention("Sergei Shoigu", 0, 13),
                    cue=Span("said", 14, 18),
                )
            ],
            title="Shoigu",
        )
    )
    found = store.statements(speaker="gerasimov")
    # Both the named statement and the pronoun resolved to him.
    assert [(s["document_id"], s["seq"]) for s in found] == [(doc_id, 0), (doc_id, 1)]
    assert [s["speaker"]["text"] for s in found] == ["Valery Gerasimov", "he"]
    assert store.statements(speaker="VALERY GER") == found
    assert [s["speaker_name"] for s in store.statements(speaker="shoigu")] == ["Sergei Shoigu"]
    assert store.statements(speaker="nobody") == []
    # LIKE wildcards in the needle are taken literally.
    assert store.statements(speaker="%") == []
    assert store.statements(speaker="g_rasimov") == []
    assert len(store.statements(speaker="gerasimov", limit=1)) == 1


def test_speaker_filter_folds_non_ascii_case(store: Store) -> None:
    text = "ŠOJGU said it."
    store.add_analysis(
        _analysis(
            text,
            [
                Statement(
                    content=Span("it", 11, 13),
                    kind="indirect",
                    stance="asserts",
                    speaker=Mention("ŠOJGU", 0, 5),
                )
            ],
        )
    )
    assert [s["speaker_name"] for s in store.statements(speaker="šojgu")] == ["ŠOJGU"]


def test_filter_by_document_and_ordering(store: Store) -> None:
    a, _ = store.add_analysis(_analysis())
    b, _ = store.add_analysis(_analysis(TEXT + " More.", title="Second"))
    rows = store.statements()
    assert [(s["document_id"], s["seq"]) for s in rows] == [(a, i) for i in range(3)] + [
        (b, i) for i in range(3)
    ]
    assert {s["title"] for s in store.statements(doc_id=b)} == {"Second"}
    assert store.statements(doc_id=b, speaker="tass") == []
    assert len(store.statements(speaker="gerasimov", doc_id=b)) == 2
    assert len(store.statements(limit=4)) == 4
    with pytest.raises(ValueError):
        store.statements(limit=-1)


def test_documents_listing(store: Store) -> None:
    a, _ = store.add_analysis(_analysis())
    b, _ = store.add_analysis(Analysis(Document("Short note.", source="note.txt")))
    listing = store.documents()
    assert [d["id"] for d in listing] == [a, b]
    assert set(listing[0]) == {
        "id",
        "source",
        "title",
        "outlet",
        "published",
        "content_hash",
        "n_statements",
        "ingested_at",
    }
    assert [d["n_statements"] for d in listing] == [3, 0]
    assert listing[1]["source"] == "note.txt"
    assert store.documents(limit=1) == listing[:1]


# -- references and errors ------------------------------------------------------------


def test_missing_document_says_what_to_do(store: Store) -> None:
    with pytest.raises(
        NotFoundError, match=r"no document 7; list them with `counterclaim documents`"
    ):
        store.get_document(7)
    with pytest.raises(NotFoundError, match="no document 7"):
        store.statements_for_document(7)
    with pytest.raises(NotFoundError, match="no document 7"):
        store.resolve_document("7")
    assert store.statements(doc_id=7) == []


def test_resolve_by_id_or_hash_prefix(store: Store) -> None:
    doc_id, _ = store.add_analysis(_analysis())
    digest = content_hash(TEXT)
    assert store.resolve_document(doc_id) == doc_id
    assert store.resolve_document(str(doc_id)) == doc_id
    assert store.resolve_document(digest[:6]) == doc_id
    assert store.resolve_document(f" {digest[:10].upper()} ") == doc_id
    assert store.resolve_document(digest) == doc_id
    with pytest.raises(NotFoundError, match="at least 6 hex"):
        store.resolve_document(digest[:5])
    with pytest.raises(NotFoundError, match="at least 6 hex"):
        store.resolve_document("not-a-hash")
    other = "0" * 6 if not digest.startswith("0" * 6) else "f" * 6
    with pytest.raises(NotFoundError, match="counterclaim documents"):
        store.resolve_document(other)


def test_ambiguous_hash_prefix(store: Store) -> None:
    seen: dict[str, str] = {}
    for i in count():  # deterministic: the first pair of texts sharing 6 hex chars
        t = f"text {i}"
        prefix = content_hash(t)[:6]
        if prefix in seen:
            break
        seen[prefix] = t
    store.add_analyses([Analysis(Document(seen[prefix])), Analysis(Document(t))])
    with pytest.raises(AmbiguousReferenceError, match="more characters"):
        store.resolve_document(prefix)
    assert store.resolve_document(content_hash(t)[:12]) == 2


def test_delete_cascades_to_statements(store: Store) -> None:
    a, _ = store.add_analysis(_analysis())
    b, _ = store.add_analysis(_analysis(TEXT + " More."))
    store.delete_document(a)
    assert store.counts() == {"documents": 1, "statements": 3}
    assert {s["document_id"] for s in store.statements()} == {b}
    with pytest.raises(NotFoundError, match=f"no document {a}"):
        store.delete_document(a)


@pytest.mark.parametrize(
    ("url", "advice"),
    [
        ("ledger.db", "sqlite:///ledger.db"),
        ("nosuchdb://x/y", "sqlite:///"),
        ("postgresql+nosuchdriver://u:secret@h/db", "sqlite:///"),
        ("mysql+pymysql://u:secret@localhost/db", "install"),
    ],
)
def test_bad_url_or_driver_says_what_to_do(url: str, advice: str) -> None:
    with pytest.raises(StoreError, match=advice) as info:
        Store.open(url)
    assert "secret" not in str(info.value)


def test_unopenable_file_says_what_to_do(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    with pytest.raises(StoreError, match="COUNTERCLAIM_DB"):
        Store.open(_url(folder))


def test_open_defaults_to_settings_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERCLAIM_DB", _url(tmp_path / "env.db"))
    with Store.open() as s:
        assert s.counts() == {"documents": 0, "statements": 0}
    assert (tmp_path / "env.db").is_file()


# -- migrations -----------------------------------------------------------------------


def test_migrations_recorded_and_not_reapplied(store_url: str) -> None:
    url = store_url
    with Store.open(url) as s:
        assert s.schema_version() == MIGRATIONS.names[-1]
        s.add_analysis(_analysis())
    engine = create_store_engine(url)
    try:
        assert applied_migrations(engine) == MIGRATIONS.names
        with engine.connect() as conn:
            before = conn.execute(text("SELECT name, applied_at FROM migrations")).all()
        assert apply_migrations(engine) == []
        with Store.open(url) as s:
            assert s.counts()["documents"] == 1
        with engine.connect() as conn:
            assert conn.execute(text("SELECT name, applied_at FROM migrations")).all() == before
        assert schema_version(engine) == MIGRATIONS.names[-1]
    finally:
        engine.dispose()


def test_schema_version_of_empty_database(store_url: str) -> None:
    engine = create_store_engine(store_url)
    try:
        assert schema_version(engine) == ""
        assert apply_migrations(engine, Migrations()) == []
        assert schema_version(engine) == ""
    finally:
        engine.dispose()


def test_opening_an_older_database_applies_missing_migrations(store_url: str) -> None:
    url = store_url
    # An "old" database: only the initial migration, with data in it.
    old = MIGRATIONS.copy(until="0001_initial")
    assert old.names == ["0001_initial"]
    with Store.open(url, migrations=old) as s:
        assert s.schema_version() == "0001_initial"
    # data written by the code of that time (its tables only)
    engine = create_store_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO documents (content_hash, source, text, meta, ingested_at) "
                "VALUES (:h, 'old.txt', :t, '{}', '2024-01-01 00:00:00')"
            ),
            {"h": content_hash(TEXT), "t": TEXT},
        )
        doc_id = conn.execute(text("SELECT id FROM documents")).scalar_one()
    engine.dispose()

    newer = MIGRATIONS.copy()

    @newer.migration("0099_test_notes")
    def _notes(conn: Connection) -> None:
        conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
        conn.execute(text("INSERT INTO notes (id, body) VALUES (1, 'added by 0099')"))

    assert "0099_test_notes" not in MIGRATIONS.names  # the global registry is untouched
    with Store.open(url, migrations=newer) as s:
        assert s.schema_version() == "0099_test_notes"
        assert s.get_document(doc_id)["text"] == TEXT
    engine = create_store_engine(url)
    try:
        assert applied_migrations(engine) == newer.names
        assert apply_migrations(engine, newer) == []  # nothing left to do
        with engine.connect() as conn:
            assert conn.execute(text("SELECT body FROM notes")).scalars().all() == ["added by 0099"]
    finally:
        engine.dispose()

    # This code does not know 0099: the store is from the future.
    with pytest.raises(SchemaVersionError, match="upgrade counterclaim"):
        Store.open(url)


def test_failed_migration_leaves_no_trace(store_url: str) -> None:
    url = store_url
    broken = MIGRATIONS.copy()

    @broken.migration("0099_test_broken")
    def _broken(conn: Connection) -> None:
        conn.execute(text("CREATE TABLE half_done (id INTEGER PRIMARY KEY)"))
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        Store.open(url, migrations=broken)
    engine = create_store_engine(url)
    try:
        # Earlier migrations stay applied; the broken one rolled back, DDL included.
        assert applied_migrations(engine) == MIGRATIONS.names
        with engine.connect() as conn:
            assert not inspect(conn).has_table("half_done")
    finally:
        engine.dispose()


def test_registry_rejects_duplicate_names() -> None:
    reg = Migrations()
    reg.migration("0001_a")(lambda conn: None)
    with pytest.raises(ValueError, match="twice"):
        reg.migration("0001_a")(lambda conn: None)
    assert reg.names == ["0001_a"]


def test_actor_links_are_stored_with_their_mentions(store_url: str) -> None:
    """Issue 3: linked speakers and outlets become actors and mentions."""
    from counterclaim.records import ActorRef

    gerasimov = ActorRef(
        "person:valery-gerasimov", "Valery Gerasimov", "person", "RUS", 0.97, "alias", "listed"
    )
    tass = ActorRef("media:tass", "TASS", "media", "RUS", 0.97, "alias", "listed")
    speaker = Mention(GERASIMOV.text, GERASIMOV.start, GERASIMOV.end, actor=gerasimov)
    via = _mention("TASS")
    via = Mention(via.text, via.start, via.end, actor=tass)
    st = Statement(
        content=_span("the front was stable"),
        kind="indirect",
        stance="asserts",
        speaker=speaker,
        cue=_span("said"),
        via=via,
    )
    with Store.open(store_url) as store:
        doc_id, _ = store.add_analysis(Analysis(Document(text=TEXT, source="x.txt"), [st]))
        [row] = store.statements(doc_id=doc_id)
        assert row["speaker"]["actor"]["id"] == "person:valery-gerasimov"
        assert row["via_actor"]["name"] == "TASS"
        by_id = {a["id"]: a for a in store.actors()}
        assert by_id["person:valery-gerasimov"]["statements"] == 1
        assert by_id["media:tass"]["mentions"] == 1 and by_id["media:tass"]["statements"] == 0
        assert [a["id"] for a in store.actors(kind="media")] == ["media:tass"]
        [m] = store.actor_mentions("person:valery-gerasimov")
        assert (m["role"], m["method"], m["text"]) == ("speaker", "alias", "Valery Gerasimov")
        assert store.statements(actor_ids=["person:valery-gerasimov"])[0]["id"] == row["id"]
        # the record comes back with its link
        back = store.get_analysis(doc_id).statements[0]
        assert back.speaker is not None and back.speaker.actor is not None
        assert back.speaker.actor.id == "person:valery-gerasimov"
