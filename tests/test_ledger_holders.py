"""The holder the cross-document link gives a claim is the one listings show (issue 4:
``counterclaim claims`` said "person:kovalenko@..." where ``counterclaim dispute``
said "Andriy Kovalenko")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from counterclaim.ledger import claim_rows, dispute_rows, dispute_view, figure_rows, ingest
from counterclaim.store import Store

FULL = "person:andriy-kovalenko"


def _wire(day: str, text: str) -> dict[str, str]:
    return {"outlet": "Wire", "published": day, "title": text[:30], "text": text}


ARTICLES = [
    _wire("2025-03-02", "KYIV, March 2 (Reuters) - Russia's defence ministry said on Sunday "
          "that its troops had entered the town of Pokrovsk. Army spokesman Andriy "
          "Kovalenko said Russian troops had not entered Pokrovsk."),
    _wire("2025-03-04", "KYIV, March 4 (AP) - Kovalenko, the army spokesman, said on "
          "Tuesday that Russian troops had not entered Pokrovsk and that 40 soldiers had "
          "been killed in the assault."),
]  # fmt: skip


def _ingest(tmp_path: Path, articles: list[dict[str, str]], name: str = "l.db") -> Store:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
    store = Store.open(f"sqlite:///{tmp_path / name}")
    ingest([path], store)
    return store


def _second_article_claims(store: Store) -> list[dict[str, Any]]:
    doc = max(d["id"] for d in store.documents())
    return [c for c in store.claims(doc_id=doc) if c["statement_id"] is not None]


def test_a_surname_claim_is_listed_under_the_full_name(tmp_path: Path) -> None:
    store = _ingest(tmp_path, ARTICLES)
    try:
        said = _second_article_claims(store)
        assert said, store.claims()
        for c in said:
            assert c["holder_actor_id"] == FULL, c
            assert c["holder_name"] == "Andriy Kovalenko", c
            # the article's own naming is kept beside it
            assert c["extracted_holder_actor_id"].startswith("person:kovalenko@"), c
        # the listing and a holder filter agree with the dispute view
        docs = {d["id"] for d in store.documents()}
        for holder in (FULL, "Andriy Kovalenko"):
            rows = claim_rows(store, holder=holder)
            assert {r["doc"] for r in rows} == docs, (holder, rows)
        views = [dispute_view(store, d["id"]) for d in dispute_rows(store)]
        denying = {a["holder_id"] for v in views for a in v["denies"]}
        assert FULL in denying, views
    finally:
        store.close()


def test_a_figure_is_listed_under_the_full_name(tmp_path: Path) -> None:
    store = _ingest(tmp_path, ARTICLES)
    try:
        given = [f for f in figure_rows(store) if f["value"] == 40]
        assert given and all(f["holder_id"] == FULL for f in given), figure_rows(store)
    finally:
        store.close()


def test_a_claim_whose_holder_the_link_keeps_has_no_second_naming(tmp_path: Path) -> None:
    store = _ingest(tmp_path, ARTICLES[:1])
    try:
        for c in store.claims():
            assert "extracted_holder_actor_id" not in c, c
    finally:
        store.close()


def test_the_listing_holder_follows_the_ledger_as_articles_arrive(tmp_path: Path) -> None:
    # the surname article alone keeps its own id; once the full name arrives it is renamed
    store = _ingest(tmp_path, ARTICLES[1:], "first.db")
    try:
        [before] = {c["holder_actor_id"] for c in _second_article_claims(store)}
        assert before.startswith("person:kovalenko@")
        path = tmp_path / "more.jsonl"
        path.write_text(json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
        ingest([path], store)
        renamed = [c for c in store.claims() if c.get("extracted_holder_actor_id") == before]
        assert renamed and {c["holder_actor_id"] for c in renamed} == {FULL}, store.claims()
    finally:
        store.close()


def test_an_older_store_gets_the_ledger_holder_columns(store_url: str, tmp_path: Path) -> None:
    """``0008_ledger_holders`` on a store written before it, on both backends."""
    from counterclaim.store import MIGRATIONS

    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    with Store.open(store_url, migrations=MIGRATIONS.copy(until="0007_long_actor_ids")) as old:
        assert old.schema_version() == "0007_long_actor_ids"
    with Store.open(store_url) as store:
        assert store.schema_version() == MIGRATIONS.names[-1]
        ingest([path], store)
        said = _second_article_claims(store)
        assert said and {c["holder_actor_id"] for c in said} == {FULL}, said
