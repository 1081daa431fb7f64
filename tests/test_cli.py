"""The CLI end to end: real model, real SQLite store in a temporary folder.

Most commands run in-process (``cli`` fixture, one shared model load); two tests run
``python -m counterclaim.cli`` in a child process to cover the real entry point.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

import counterclaim
from counterclaim.ledger import STATEMENT_COLUMNS
from counterclaim.records import KINDS, STANCES

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TXT_EXAMPLES = sorted(EXAMPLES.glob("*.txt"))
HTML_EXAMPLES = sorted(EXAMPLES.glob("*.html"))
JSONL_EXAMPLES = sorted(EXAMPLES.glob("*.jsonl"))
FEED_EXAMPLES = sorted(EXAMPLES.glob("*.rss"))

Cli = Callable[..., Result]

GOOD_ARTICLE = (
    "Maria Silva, the foreign minister, said on Tuesday that the border talks had "
    "collapsed. \u201cThere is nothing left to discuss,\u201d she told reporters.\n\n"
    "The defence ministry denied that troops had crossed the river, Reuters reported.\n"
)

GERMAN_ARTICLE = (
    "Die Regierung hat am Dienstag erklärt, dass die Verhandlungen über die Grenze "
    "gescheitert seien. Der Außenminister sagte, man werde keine weiteren Gespräche "
    "führen, solange die Truppen nicht abgezogen würden. Die Opposition kritisierte "
    "die Entscheidung scharf und forderte eine Sondersitzung des Parlaments.\n"
)


#: Folder walks skip README files (see test_examples_readme_is_not_ingested).
README = str(EXAMPLES / "README.md")


def _example_sources() -> list[str]:
    """The sources ingest gives the example articles: a path, ``path:LINE`` for JSONL,
    ``path#N`` for a feed's items."""
    sources = [str(p) for p in (*TXT_EXAMPLES, *HTML_EXAMPLES)]
    for f in JSONL_EXAMPLES:
        lines = f.read_text(encoding="utf-8").splitlines()
        sources += [f"{f}:{n}" for n, ln in enumerate(lines, 1) if ln.strip()]
    for f in FEED_EXAMPLES:
        items = f.read_text(encoding="utf-8").count("<item>")
        sources += [f"{f}#{n}" for n in range(1, items + 1)]
    return sorted(sources)


def _squash(text: str) -> str:
    """Whitespace removed: Rich wraps long lines (even inside paths) on a narrow console."""
    return "".join(text.split())


def _spans(statement: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for role in ("speaker", "cue", "content", "via"):
        span = statement[role]
        if span is None:
            continue
        yield role, span
        if span.get("resolved"):
            yield f"{role}.resolved", span["resolved"]


def _assert_offsets(text: str, result: dict[str, Any]) -> int:
    """Every span's offsets select its text; return how many spans were checked."""
    checked = 0
    for k, s in enumerate(result["statements"]):
        for role, span in _spans(s):
            assert 0 <= span["start"] < span["end"] <= len(text), (k, role, span)
            assert text[span["start"] : span["end"]] == span["text"], (k, role, span)
            checked += 1
    return checked


def _read_as_contract(path: Path) -> str:
    # The README's contract: UTF-8, a leading BOM dropped, newlines untouched.
    with open(path, encoding="utf-8-sig", newline="") as f:
        return f.read()


def _no_traceback(result: Result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )


@pytest.fixture(autouse=True)
def _wide_console_and_no_default_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Wide tables; and a command that ignored --db would write here, which fails the test."""
    monkeypatch.setenv("COLUMNS", "250")
    stray = tmp_path / "stray-default.db"
    monkeypatch.setenv("COUNTERCLAIM_DB", f"sqlite:///{stray}")
    yield
    assert not stray.exists(), "a command wrote to the default store instead of --db"


@pytest.fixture(scope="module")
def ledger(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """examples/ ingested once into a store shared by the read-only tests."""
    url = f"sqlite:///{tmp_path_factory.mktemp('ledger') / 'cc.db'}"
    result = cli("ingest", EXAMPLES, "--db", url, "--format", "json")
    assert result.exit_code == 0, result.output
    [summary] = json.loads(result.stdout)
    docs = cli("documents", "--db", url, "--format", "json")
    assert docs.exit_code == 0, docs.output
    return {"url": url, "summary": summary, "documents": json.loads(docs.stdout)}


def _kursk_id(ledger: dict[str, Any]) -> int:
    return next(
        d["id"] for d in ledger["documents"] if d["source"].endswith("kursk-machine-translated.txt")
    )


def _statements(cli: Cli, url: str, *args: str) -> list[dict[str, Any]]:
    result = cli("statements", "--db", url, "--format", "json", *args)
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


# -- ingest ----------------------------------------------------------------------------


def test_ingest_examples(ledger: dict[str, Any]) -> None:
    s = ledger["summary"]
    sources = [d["source"] for d in s["documents"]]
    articles = _example_sources()
    assert len(articles) >= 5
    assert sorted(set(sources) - {README}) == articles
    n = len(sources)
    assert (s["read"], s["added"], s["duplicates"], s["failed"]) == (n, n, 0, 0), s["errors"]
    assert s["statements"] >= 3 * len(articles)
    assert sum(d["statements"] for d in s["documents"]) == s["statements"]
    per_article = {d["source"]: d["statements"] for d in s["documents"]}
    assert all(per_article[a] >= 2 for a in articles), per_article


def test_examples_readme_is_not_ingested(ledger: dict[str, Any]) -> None:
    assert README not in {d["source"] for d in ledger["documents"]}


def test_ingest_again_adds_nothing(cli: Cli, ledger: dict[str, Any]) -> None:
    result = cli("ingest", EXAMPLES, "--db", ledger["url"], "--format", "csv")
    assert result.exit_code == 0, result.output
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    n = str(ledger["summary"]["added"])
    assert row == {
        "read": n, "added": "0", "updated": "0", "duplicates": n, "failed": "0", "statements": "0"
    }  # fmt: skip
    assert len(_statements(cli, ledger["url"])) == ledger["summary"]["statements"]


def test_ingest_table_summary(cli: Cli, db_url: str) -> None:
    result = cli("ingest", EXAMPLES / "kursk-machine-translated.txt", "--db", db_url)
    assert result.exit_code == 0, result.output
    assert "added" in result.stdout and "statements" in result.stdout
    [json_row] = json.loads(cli("documents", "--db", db_url, "--format", "json").stdout)
    assert json_row["source"].endswith("kursk-machine-translated.txt")


def test_bad_inputs_are_reported_and_the_batch_goes_on(
    cli: Cli, db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    # every byte >= 0x80: not UTF-8, not mostly-ASCII cp1252, no charset guess fits
    (folder / "undecodable.txt").write_bytes(bytes(range(0x80, 0x100)) * 8)
    (folder / "broken.html").write_text(
        "<html><head><title>x</title><script>var a = '<p>';</script></head><body><div><<>>",
        encoding="utf-8",
    )
    (folder / "german.txt").write_text(GERMAN_ARTICLE, encoding="utf-8")
    good_line = {"text": GOOD_ARTICLE.replace("Tuesday", "Monday"), "outlet": "Wire"}
    (folder / "feed.jsonl").write_text(
        json.dumps(good_line)
        + "\n"
        + '{"text": "an unterminated string\n'
        + json.dumps({**good_line, "text": GOOD_ARTICLE.replace("Tuesday", "Friday")})
        + "\n",
        encoding="utf-8",
    )

    result = cli("ingest", folder, "--db", db_url, "--format", "json")

    assert result.exit_code == 0, result.output
    _no_traceback(result)
    [summary] = json.loads(result.stdout)
    expected = {
        "binary.txt": "binary",
        "broken.html": "no article text",
        "empty.txt": "empty",
        "feed.jsonl:2": "not valid JSON",
        "german.txt": "English",
        "undecodable.txt": "UTF-8",
    }
    errors = {Path(e["source"]).name: e["reason"] for e in summary["errors"]}
    assert set(errors) == set(expected)
    for name, word in expected.items():
        assert word in errors[name], (name, errors[name])
        # stderr names each bad input with its path and reason
        assert _squash(f"{folder / name}: {errors[name]}") in _squash(result.stderr)
    # good.txt and the two good JSONL lines around the bad one
    assert (summary["added"], summary["failed"]) == (3, len(expected))
    sources = {Path(d["source"]).name for d in summary["documents"]}
    assert sources == {"good.txt", "feed.jsonl:1", "feed.jsonl:3"}
    assert summary["statements"] > 0


# -- listings --------------------------------------------------------------------------


def test_statements_json(cli: Cli, ledger: dict[str, Any]) -> None:
    rows = _statements(cli, ledger["url"])
    assert len(rows) == ledger["summary"]["statements"]
    for r in rows:
        assert set(STATEMENT_COLUMNS) <= set(r)
        assert r["kind"] in KINDS and r["stance"] in STANCES
        assert r["content"]
    # the founding example: Gerasimov's words relayed by Reuters (Reuters is the via)
    relayed = [r for r in rows if r["via"] == "Reuters" and r["doc"] == _kursk_id(ledger)]
    assert relayed, [(r["speaker"], r["via"]) for r in rows if r["via"]]
    assert all(r["speaker"] and "Reuters" not in r["speaker"] for r in relayed), relayed
    assert {r["stance"] for r in rows} >= {"asserts", "denies", "reports"}
    assert {r["kind"] for r in rows} >= {"direct", "indirect", "mixed", "according_to"}


def test_statements_csv_matches_json(cli: Cli, ledger: dict[str, Any]) -> None:
    result = cli("statements", "--db", ledger["url"], "--format", "csv")
    assert result.exit_code == 0, result.output
    reader = csv.DictReader(io.StringIO(result.stdout))
    rows = list(reader)
    by_json = _statements(cli, ledger["url"])
    # the table's columns first, then every other field the JSON has (offsets, ids)
    fields = tuple(reader.fieldnames or ())
    assert fields[: len(STATEMENT_COLUMNS)] == STATEMENT_COLUMNS
    assert set(fields) == set(by_json[0])
    assert json.loads(rows[0]["content_span"]) == by_json[0]["content_span"]
    assert [r["content"] for r in rows] == [r["content"] for r in by_json]
    assert [r["speaker"] for r in rows] == [r["speaker"] or "" for r in by_json]


def test_statements_table(cli: Cli, ledger: dict[str, Any]) -> None:
    result = cli("statements", "--db", ledger["url"], "--doc", str(_kursk_id(ledger)))
    assert result.exit_code == 0, result.output
    head = result.stdout.splitlines()[:4]
    assert any("speaker" in ln and "content" in ln and "via" in ln for ln in head), head
    assert "Valery Gerasimov" in result.stdout and "Reuters" in result.stdout


def test_statements_limit(cli: Cli, ledger: dict[str, Any]) -> None:
    everything = _statements(cli, ledger["url"])
    assert _statements(cli, ledger["url"], "--limit", "3") == everything[:3]


@pytest.mark.parametrize("needle", ["gerasimov", "GERASIMOV", "Gerasi"])
def test_statements_speaker_filter(cli: Cli, ledger: dict[str, Any], needle: str) -> None:
    rows = _statements(cli, ledger["url"], "--speaker", needle)
    everything = _statements(cli, ledger["url"])
    assert 0 < len(rows) < len(everything)
    expected = [
        r["id"]
        for r in everything
        if "gerasimov" in f"{r['speaker'] or ''} {r['speaker_text'] or ''}".lower()
    ]
    assert [r["id"] for r in rows] == expected


def test_statements_speaker_filter_no_match(cli: Cli, ledger: dict[str, Any]) -> None:
    assert _statements(cli, ledger["url"], "--speaker", "nobody-of-that-name") == []


def test_statements_of_one_document(cli: Cli, ledger: dict[str, Any]) -> None:
    doc = next(d for d in ledger["documents"] if d["source"].endswith(".html"))
    rows = _statements(cli, ledger["url"], "--doc", str(doc["id"]))
    assert len(rows) == doc["n_statements"] > 0
    assert {r["doc"] for r in rows} == {doc["id"]}


def test_documents(ledger: dict[str, Any]) -> None:
    docs = ledger["documents"]
    assert [d["source"] for d in docs] == [d["source"] for d in ledger["summary"]["documents"]]
    assert [d["id"] for d in docs] == sorted(d["id"] for d in docs)
    assert sum(d["n_statements"] for d in docs) == ledger["summary"]["statements"]
    [html] = [d for d in docs if d["source"].endswith(".html")]
    assert html["title"] == "Maronne signs 30-year port deal with Gulf operator"
    assert html["outlet"] == "The Coastal Ledger"
    assert html["published"] == "2025-02-11"
    jsonl = [d for d in docs if ".jsonl:" in d["source"]]
    assert len(jsonl) >= 2 and all(d["outlet"] and d["published"] for d in jsonl)
    feed = {d["source"].rsplit("/", 1)[1]: d for d in docs if ".rss#" in d["source"]}
    # the item's <source> (a wire story's origin) is its outlet, else the feed's title
    assert {k: (d["outlet"], d["published"]) for k, d in feed.items()} == {
        "coastal-wire.rss#1": ("Coastal Wire", "2025-03-04"),
        "coastal-wire.rss#2": ("Associated Press", "2025-03-05"),
    }


def test_documents_csv(cli: Cli, ledger: dict[str, Any]) -> None:
    result = cli("documents", "--db", ledger["url"], "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [int(r["id"]) for r in rows] == [d["id"] for d in ledger["documents"]]


def test_show_prints_the_article(cli: Cli, ledger: dict[str, Any]) -> None:
    doc = next(d for d in ledger["documents"] if d["source"].endswith(".txt"))
    result = cli("show", str(doc["id"]), "--db", ledger["url"])
    assert result.exit_code == 0, result.output
    original = Path(doc["source"]).read_text(encoding="utf-8")
    first_paragraphs = " ".join(original.split("\n\n")[:2])
    assert " ".join(first_paragraphs.split()) in " ".join(result.stdout.split())
    assert f"{doc['n_statements']} statements" in result.stdout


@pytest.mark.parametrize("ref", ["999", "ffffffff"])
def test_show_unknown_document(cli: Cli, ledger: dict[str, Any], ref: str) -> None:
    result = cli("show", ref, "--db", ledger["url"])
    assert result.exit_code == 1
    _no_traceback(result)
    assert ref in result.stderr and "counterclaimdocuments" in _squash(result.stderr)
    assert result.stdout == ""


# -- analyze ---------------------------------------------------------------------------


def _analyze(cli: Cli, *args: str | Path, input: bytes | None = None) -> Any:
    result = cli("analyze", *args, input=input)
    _no_traceback(result)
    return result, json.loads(result.stdout) if "pretty" not in args else None


def test_analyze_one_file_is_one_object(cli: Cli) -> None:
    path = EXAMPLES / "kursk-machine-translated.txt"
    result, out = _analyze(cli, path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert isinstance(out, dict)
    assert out["path"] == str(path)
    assert "error" not in out
    assert len(out["statements"]) >= 5
    keys = {"speaker", "cue", "content", "via", "kind", "stance", "negated", "confidence"}
    assert all(keys <= set(s) for s in out["statements"])


def test_analyze_several_files_json_and_jsonl(cli: Cli) -> None:
    paths = [str(p) for p in TXT_EXAMPLES]
    assert len(paths) >= 2
    result, out = _analyze(cli, *paths, "--format", "json")
    assert result.exit_code == 0, result.output
    assert isinstance(out, list)
    assert [r["path"] for r in out] == paths
    result = cli("analyze", *paths, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == len(paths)
    assert [json.loads(ln) for ln in lines] == out


def test_analyze_feed_gives_one_object_per_item(cli: Cli) -> None:
    [path] = FEED_EXAMPLES
    result, out = _analyze(cli, path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert [r["path"] for r in out] == [f"{path}#1", f"{path}#2"]
    for r in out:
        assert "error" not in r and "<p>" not in r["text"]
        assert _assert_offsets(r["text"], r) >= 2 * len(r["statements"]) > 0
    speakers = {
        (s["speaker"]["resolved"] or s["speaker"])["text"]
        for r in out
        for s in r["statements"]
        if s["speaker"]
    }
    assert {"Ilse Norden", "Petr Hollan", "Maria Kessel"} <= speakers, speakers


def test_analyze_pretty(cli: Cli) -> None:
    path = EXAMPLES / "kursk-machine-translated.txt"
    result = cli("analyze", path, "--format", "pretty")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].strip("─ ") == str(path)
    assert any("via Reuters" in ln and "(mixed, asserts)" in ln for ln in lines), lines
    assert any("According to (according_to, reports)" in ln for ln in lines), lines


@pytest.mark.parametrize("path", TXT_EXAMPLES, ids=lambda p: p.name)
def test_analyze_offsets_point_into_the_file(cli: Cli, path: Path) -> None:
    result, out = _analyze(cli, path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert _assert_offsets(_read_as_contract(path), out) >= 2 * len(out["statements"]) > 0


def test_analyze_offsets_with_bom_crlf_and_non_ascii(cli: Cli, tmp_path: Path) -> None:
    body = (
        "Café owners in Zürich 😀 said nothing. “Naïve” readers wait… 🇺🇦 — résumé.\r\n"
        "\r\n"
        "Maria Silva, the foreign minister, said on Tuesday that the talks had failed.\r\n"
        "“We will not sign anything else,” she told Reuters. “Not this year.”\r\n"
        "\r\n"
        "The ministry denied that troops had crossed the river, the AP reported.\r\n"
    )
    path = tmp_path / "bom-crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    result, out = _analyze(cli, path, "--format", "json")
    assert result.exit_code == 0, result.output
    text = _read_as_contract(path)
    assert text == body  # BOM dropped, \r\n kept
    assert _assert_offsets(text, out) > 0
    contents = [s["content"]["text"] for s in out["statements"]]
    assert any("the talks had failed" in c for c in contents), contents
    silva = text.index("Maria Silva")
    assert any(s["content"]["start"] > silva for s in out["statements"])
    pronoun = [s for s in out["statements"] if s["speaker"] and s["speaker"]["text"] == "she"]
    assert pronoun and pronoun[0]["speaker"]["resolved"]["text"] == "Maria Silva"


def test_analyze_non_utf8_file_is_an_error_object(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("The caf\u00e9 owner said the talks had failed.".encode("cp1252"))
    good = EXAMPLES / "kursk-machine-translated.txt"
    result, out = _analyze(cli, bad, good, "--format", "json")
    assert result.exit_code == 1
    assert out[0]["path"] == str(bad)
    assert "UTF-8" in out[0]["error"] and out[0]["statements"] == []
    assert "error" not in out[1] and out[1]["statements"]
    result, out = _analyze(cli, tmp_path / "missing.txt", "--format", "json")
    assert result.exit_code == 1 and out["error"] and out["statements"] == []


def test_analyze_stdin(cli: Cli) -> None:
    path = EXAMPLES / "kursk-machine-translated.txt"
    result, out = _analyze(cli, "-", "--format", "json", input=path.read_bytes())
    assert result.exit_code == 0, result.output
    assert out["path"] == "-"
    _, from_file = _analyze(cli, path, "--format", "json")
    assert out["statements"] == from_file["statements"]


def test_python_api_matches_the_cli(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "api.txt"
    path.write_text(GOOD_ARTICLE, encoding="utf-8", newline="")
    api = counterclaim.analyze(GOOD_ARTICLE).to_dict()
    assert json.loads(json.dumps(api)) == api  # JSON-serialisable, nothing lost
    result, out = _analyze(cli, path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert out["statements"] == api["statements"]
    assert len(api["statements"]) >= 2


def test_shared_model_fixture(analyze_text: Callable[[str], Any]) -> None:
    analysis = analyze_text('"We will win," the minister said.')
    [s] = analysis.statements
    assert (s.speaker.text, s.cue.text, s.content.text, s.kind) == (
        "the minister",
        "said",
        "We will win",
        "direct",
    )


# -- eval ------------------------------------------------------------------------------


def test_eval_attribution_on_polnear_dev(cli: Cli, shared_data: Path) -> None:
    polnear = shared_data / "polnear"
    if not (polnear / "dev").is_dir():
        pytest.skip(f"../shared/data not found: {polnear / 'dev'} is missing")
    result = cli(
        "eval", "attribution", "--polnear", polnear, "--split", "dev", "--limit", "3",
        "--format", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["articles"] == 3
    for mode in ("exact", "overlap"):
        for item in ("source", "cue", "content", "attribution"):
            s = out[mode][item]
            for k in ("precision", "recall", "f1"):
                assert 0.0 <= s[k] <= 1.0, (mode, item, k, s[k])
            assert s["tp"] <= min(s["predicted"], s["gold"])
    assert out["overlap"]["content"]["f1"] >= out["exact"]["content"]["f1"]
    assert out["exact"]["source"]["f1"] > 0


def test_eval_missing_data_is_a_clean_error(cli: Cli, tmp_path: Path) -> None:
    result = cli("eval", "attribution", "--polnear", tmp_path / "nope", "--format", "json")
    assert result.exit_code == 1
    _no_traceback(result)
    assert "nope" in _squash(result.stderr)


# -- the real entry point, in a child process ---------------------------------------------


def test_subprocess_ingest_then_list(run_cli_subprocess: Any, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    db = f"sqlite:///{tmp_path / 'cc.db'}"
    proc = run_cli_subprocess("ingest", tmp_path / "in", "--db", db, "--format", "json")
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert _squash(str(tmp_path / "in" / "b.txt")) in _squash(stderr)
    [summary] = json.loads(proc.stdout)
    assert (summary["added"], summary["failed"]) == (1, 1)
    assert summary["statements"] >= 2
    assert (tmp_path / "cc.db").is_file()


def test_subprocess_analyze_stdin_with_bom_and_crlf(run_cli_subprocess: Any) -> None:
    body = "Résumé 😀 first.\r\n\r\n“It is over,” the general said.\r\nKyiv denied the claim.\r\n"
    proc = run_cli_subprocess(
        "analyze", "-", "--format", "jsonl", input=b"\xef\xbb\xbf" + body.encode("utf-8")
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    [line] = proc.stdout.decode("utf-8").splitlines()
    out = json.loads(line)
    assert out["path"] == "-"
    assert _assert_offsets(body, out) >= 4
    assert {s["content"]["text"] for s in out["statements"]} >= {"It is over", "the claim"}


def test_events_places_and_exports(cli: Any, db_url: str, tmp_path: Path) -> None:
    """Issue 5: events listed once per real event, places, and the four exports."""
    import csv as csv_mod
    import io

    article = tmp_path / "kursk.txt"
    article.write_text((EXAMPLES / "kursk-machine-translated.txt").read_text(encoding="utf-8"))
    assert cli("ingest", article, "--db", db_url).exit_code == 0
    events = json.loads(cli("events", "--db", db_url, "--format", "json").stdout)
    assault = [e for e in events if e["type"] == "ASSAULT"]
    assert assault and assault[0]["place_id"] == "adm1:RU-KRS"
    assert any(e["type"] in ("AID", "MOBILIZE") and e["actor_id"] == "mil:PRK" for e in events)
    places = json.loads(cli("places", "--db", db_url, "--format", "json").stdout)
    kursk = next(p for p in places if p["place_id"] == "adm1:RU-KRS")
    assert abs(kursk["lat"] - 51.7) < 0.2 and abs(kursk["lon"] - 36.2) < 0.2
    acled = list(
        csv_mod.DictReader(io.StringIO(cli("export", "-f", "acled", "--db", db_url).stdout))
    )
    assert acled and {"event_date", "latitude", "geo_precision", "source", "notes"} <= set(acled[0])
    geo = json.loads(cli("export", "-f", "geojson", "--db", db_url).stdout)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    assert all(f["geometry"]["type"] == "Point" for f in geo["features"])
    lines = cli("export", "-f", "jsonl", "--db", db_url).stdout.strip().splitlines()
    assert len(lines) == len(events)


def test_analyze_stdin_is_sniffed_and_text_gets_ingests_checks(cli: Cli, tmp_path: Path) -> None:
    """Regression (issue 2): ``analyze -`` read HTML on stdin as plain text (markup and
    comments became statements), and ``analyze`` accepted empty and non-English text
    files that ``ingest`` refuses."""
    page = (
        b"<html><head><title>Russia says</title></head><body><article><p>The army said on "
        b"Monday that it had taken the village of Kotlyne after days of fighting near the "
        b"border.</p></article></body></html>"
    )
    result, out = _analyze(cli, "-", "--format", "json", input=page)
    assert result.exit_code == 0, result.output
    assert "<p>" not in out["text"] and out["text"].startswith("The army said")
    assert [s["speaker"]["text"] for s in out["statements"]] == ["The army"]
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    german = tmp_path / "de.txt"
    german.write_text(GERMAN_ARTICLE, encoding="utf-8")
    result, out = _analyze(cli, empty, german, "--format", "json")
    assert result.exit_code == 1
    assert [("error" in r, r["statements"]) for r in out] == [(True, []), (True, [])]
    assert "English" in out[1]["error"]


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("actors", "--kind", "bogus"), "--kind"),
        (("events", "--type", "BOGUS"), "--type"),
        (("claims", "--frame", "foo"), "--frame"),
        (("figures", "--counts", "soldiers"), "--counts"),
    ],
)
def test_unknown_filter_values_are_usage_errors(
    cli: Cli, ledger: dict[str, Any], args: tuple[str, ...], option: str
) -> None:
    """Regression (issue 2; user probe for --frame and --counts): an unknown filter
    value printed an empty table."""
    result = cli(*args, "--db", ledger["url"])
    assert result.exit_code == 2
    assert option in result.output and "isnotoneof" in _squash(result.output)
    # a different case is the same value
    ok = cli("actors", "--kind", "PERSON", "--db", ledger["url"], "--format", "json")
    assert ok.exit_code == 0 and all(r["kind"] == "person" for r in json.loads(ok.stdout))


def test_doc_by_source_path_and_an_ambiguous_proposition_prefix(
    cli: Cli, ledger: dict[str, Any]
) -> None:
    """Regression (issue 2): ``--doc`` took only an id or a hash, and an ambiguous
    proposition prefix was reported as "no proposition ... (the prefix is ambiguous)"."""
    source = str(EXAMPLES / "kursk-machine-translated.txt")
    by_path = _statements(cli, ledger["url"], "--doc", source)
    assert by_path and by_path == _statements(cli, ledger["url"], "--doc", str(_kursk_id(ledger)))
    claims = json.loads(cli("claims", "--db", ledger["url"], "--format", "json").stdout)
    ids = sorted({c["proposition"] for c in claims if c["proposition"]})
    first = next(i[0] for i in ids if sum(1 for j in ids if j[0] == i[0]) > 1)
    result = cli("dispute", first, "--db", ledger["url"])
    assert result.exit_code == 1
    shared = [i for i in ids if i.startswith(first)]
    assert "morethanoneproposition" in _squash(result.stderr)
    assert shared[0] in _squash(result.stderr)


def test_country_filter_takes_alpha_2_and_dispute_csv_keeps_offsets(
    cli: Cli, ledger: dict[str, Any]
) -> None:
    """Regression (issue 3/4, user probe): ``actors --country RU`` listed nothing (actors
    carry RUS, places RU); ``dispute ID --format csv`` lost the offsets and the source."""
    two = cli("actors", "--country", "ru", "--db", ledger["url"], "--format", "json")
    three = cli("actors", "--country", "RUS", "--db", ledger["url"], "--format", "json")
    assert two.exit_code == 0 and json.loads(two.stdout)
    assert json.loads(two.stdout) == json.loads(three.stdout)
    disputes = json.loads(cli("disputes", "--db", ledger["url"], "--format", "json").stdout)
    result = cli("dispute", disputes[0]["id"], "--db", ledger["url"], "--format", "csv")
    header, *lines = result.stdout.splitlines()
    assert {"start", "end", "source", "holder_id"} <= set(header.split(","))
    assert lines


def test_a_narrow_terminal_lists_records_not_squeezed_columns(
    cli: Cli, ledger: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression (issue 4, user probe): at 80 columns ``disputes`` folded its words one
    letter a line and left label and note empty."""
    monkeypatch.setenv("COLUMNS", "80")
    result = cli("disputes", "--db", ledger["url"])
    assert result.exit_code == 0
    assert "label: " in result.stdout and "note: " in result.stdout


def test_a_tolls_figures_are_one_series_of_dead_and_one_of_wounded(
    cli: Cli, ledger: dict[str, Any]
) -> None:
    """Regression (issue 4, probe): "23 people were killed and 58 wounded" and "a higher
    toll of at least 31 dead" were two series (civilians, deaths), so the spread of the
    toll never showed 23 against 31."""
    claims = json.loads(cli("claims", "--db", ledger["url"], "--format", "json").stdout)
    [prop] = {
        c["proposition"]
        for c in claims
        if c["frame"] == "casualties" and "58 wounded" in c["claim"]
    }
    view = json.loads(cli("dispute", prop, "--db", ledger["url"], "--format", "json").stdout)[0]
    spread = {s["counts"]: (s["min"], s["max"]) for s in view["figure_spread"]}
    assert spread["deaths"] == (23.0, 31.0) and spread["injured"] == (58.0, 58.0)


@pytest.mark.parametrize(
    "listing",
    ["statements", "documents", "actors", "claims", "disputes", "figures", "events", "places"],
)
def test_csv_columns_do_not_depend_on_the_rows(
    cli: Cli, ledger: dict[str, Any], db_url: str, listing: str
) -> None:
    """Regression (issue 2, user probe): a CSV of no rows had 8 columns where one with rows
    had 16, so scripts appending CSVs broke."""
    from counterclaim.store import Store

    Store.open(db_url).close()  # an empty store
    full = cli(listing, "--db", ledger["url"], "--format", "csv")
    empty = cli(listing, "--db", db_url, "--format", "csv")
    assert full.exit_code == 0 and empty.exit_code == 0, full.output + empty.output
    assert len(full.stdout.splitlines()) > 1  # the examples give rows
    assert empty.stdout.splitlines()[0] == full.stdout.splitlines()[0]


WEEK_TEXT = (
    "Officials in the port city said on Thursday that a warehouse there had been shelled "
    "last week by artillery, destroying grain stores."
)


def test_event_dated_by_a_week_keeps_its_range(cli: Cli, tmp_path: Path) -> None:
    """Regression (issue 5, user probe 2026-12-07): an event dated "last week" showed as
    its first day at day precision in `events` and in the ACLED export."""
    src = tmp_path / "in.jsonl"
    row = {"text": WEEK_TEXT, "published": "2024-03-14", "outlet": "Wire"}
    src.write_text(json.dumps(row) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'cc.db'}"
    assert cli("ingest", src, "--db", url, "--format", "json").exit_code == 0
    result = cli("events", "--db", url, "--format", "json")
    assert result.exit_code == 0, result.output
    ranged = [r for r in json.loads(result.stdout) if r["date"] == "2024-03-04"]
    # the week of 4-10 March, not the day 4 March
    assert ranged and all(r.get("date_end") == "2024-03-10" for r in ranged), ranged
    acled = cli("export", "--db", url, "--format", "acled")
    assert acled.exit_code == 0, acled.output
    out = list(csv.DictReader(io.StringIO(acled.stdout)))
    week = [r for r in out if r["event_date"] == "2024-03-04"]
    assert week and all(r["time_precision"] == "2" for r in week), out


# -- user probe, 2026-12-07 (issue 4) ------------------------------------------


def _statements(cli: Cli, url: str, *args: str) -> list[dict[str, Any]]:
    result = cli("statements", "--db", url, "--format", "json", *args)
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_a_negated_cue_is_not_negated_twice_issue_4(cli: Cli, tmp_path: Path) -> None:
    """Regression (P3 probe): the ledger put "not" before every negated cue, though the
    cue already says so: "not could not confirm", "not did not confirm"."""
    src = tmp_path / "neg.txt"
    src.write_text(
        "Reuters could not confirm either account. The ministry did not confirm the report.\n",
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'cc.db'}"
    assert cli("ingest", src, "--db", url).exit_code == 0
    cues = [s["cue"] for s in _statements(cli, url)]
    assert cues == ["could not confirm", "did not confirm"]


def test_a_jsonl_line_cut_short_is_reported_where_it_ends_issue_4(
    cli: Cli, db_url: str, tmp_path: Path
) -> None:
    """Regression (P3 probe): a JSONL record cut short ('{"text": "x"') was reported "at
    column 1": the column of the line break after it, not where the record broke off."""
    src = tmp_path / "cut.jsonl"
    src.write_text('{"text": "x"\n', encoding="utf-8")
    result = cli("ingest", src, "--db", db_url, "--format", "json")
    [summary] = json.loads(result.stdout)
    [error] = summary["errors"]
    assert error["reason"].endswith("at column 13)"), error


def test_a_dated_copy_in_the_same_batch_gives_its_date_issue_4(cli: Cli, tmp_path: Path) -> None:
    """Regression (P3 probe): `ingest a.txt batch.jsonl`, the JSONL holding the same
    article with its date and outlet, stored the undated .txt and counted the dated copy
    a duplicate (the date was kept only in the other order, or on a second ingest)."""
    text = "Officials said on Monday that the town had been shelled overnight.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    row = {"text": text, "published": "2025-03-04", "outlet": "Wire"}
    (tmp_path / "b.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    files = [tmp_path / "a.txt", tmp_path / "b.jsonl"]
    for order in (files, files[::-1]):  # the order the copies come in changes nothing
        url = f"sqlite:///{tmp_path / f'cc-{order[0].suffix[1:]}.db'}"
        result = cli("ingest", *order, "--db", url, "--format", "json")
        [summary] = json.loads(result.stdout)
        assert (summary["added"], summary["duplicates"]) == (1, 1)
        docs = json.loads(cli("documents", "--db", url, "--format", "json").stdout)
        assert [(d["published"], d["outlet"]) for d in docs] == [("2025-03-04", "Wire")]


def test_an_event_reported_by_an_undated_and_a_dated_article_has_a_date_issue_4(
    cli: Cli, tmp_path: Path
) -> None:
    """Regression (P3 probe): an event whose reports named no day took its date from the
    first report; an undated .txt listed first left the event, and its ACLED row,
    undated though a dated article reported it too."""
    (tmp_path / "a.txt").write_text(
        "Russian forces shelled the town of Kupiansk, killing two people, the governor said.\n",
        encoding="utf-8",
    )
    row = {
        "text": "The governor said Russian troops shelled Kupiansk and two civilians died.",
        "published": "2025-05-06",
        "outlet": "Wire",
    }
    (tmp_path / "b.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'cc.db'}"
    result = cli("ingest", tmp_path / "a.txt", tmp_path / "b.jsonl", "--db", url)
    assert result.exit_code == 0, result.output
    events = json.loads(cli("events", "--db", url, "--format", "json").stdout)
    [ev] = [e for e in events if e["type"] == "ASSAULT"]
    assert ev["reports"] == 2 and ev["date"] == "2025-05-06"


def test_the_figures_table_shows_which_rows_are_one_story_issue_4(
    cli: Cli, ledger: dict[str, Any]
) -> None:
    """Regression (issue 4, user probe): the figures table listed a syndicated copy's
    numbers again with nothing to say they were one wire story's (JSON and CSV had it)."""
    result = cli("figures", "--db", ledger["url"], "--format", "table")
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if " holder " in line)
    assert " story " in header


def test_the_figures_listing_gives_a_wire_storys_figure_once_issue_4(
    cli: Cli, tmp_path: Path
) -> None:
    """Regression (issue 4, user probe): a wire story republished by three outlets listed
    each of its figures three times; now once, with how many copies carry it (and every
    copy with ``--copies``)."""
    url = f"sqlite:///{tmp_path / 'wire.db'}"
    story = EXAMPLES.parent / "bench" / "gold" / "disputes" / "10-nabatieh-strike-syndicated"
    assert cli("ingest", str(story / "articles.jsonl"), "--db", url).exit_code == 0
    once = json.loads(cli("figures", "--db", url, "--format", "json").stdout)
    every = json.loads(cli("figures", "--db", url, "--format", "json", "--copies").stdout)
    key = ("story", "holder_id", "value", "value_max", "count_class", "unit")
    assert len({tuple(f[k] for k in key) for f in once}) == len(once)
    assert any(f["copies"] > 1 for f in once), once
    assert len(every) > len(once)
    assert sum(f["copies"] for f in once) == len(every)
