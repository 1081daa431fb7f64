"""Command line: thin Typer commands over importable functions that return data."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from counterclaim import settings
from counterclaim.errors import CounterclaimError
from counterclaim.output import Format, render

app = typer.Typer(
    help="counterclaim: a ledger of who claims what, and who disputes it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score extractors against gold data.", no_args_is_help=True)
train_app = typer.Typer(help="Train the learned parts of the extractors.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")

err = Console(stderr=True, soft_wrap=True)
T = TypeVar("T")

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="Store URL (default: $COUNTERCLAIM_DB or sqlite:///counterclaim.db)."
    ),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


def _fail(exc: CounterclaimError) -> typer.Exit:
    err.print(f"[red]error:[/red] {exc}")
    return typer.Exit(code=1)


def _progress(items: Iterable[T], total: int, label: str) -> Iterator[T]:
    """A progress bar on stderr (hidden when stderr is not a terminal and CI is quiet)."""
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)


def _open_store(db: str | None, create: bool = False) -> Any:
    """The store at ``db``; only ingest creates one that does not exist yet."""
    from counterclaim.store import Store

    return Store.open(settings.db_url(db), create=create)


def _listing(
    db: str | None,
    fmt: Format,
    fetch: Callable[[Any], list[dict[str, Any]]],
    columns: Sequence[str],
    title: str,
) -> None:
    """Open the store, get the rows from the ledger, print them (no logic here)."""
    try:
        with _open_store(db) as store:
            rows = fetch(store)
    except CounterclaimError as exc:
        raise _fail(exc) from exc
    from counterclaim.ledger import CSV_FIELDS

    render(
        rows,
        fmt,
        columns if fmt is not Format.json else None,
        title=title,
        fields=CSV_FIELDS.get(title, ()),
    )


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Read articles (.txt, .html, .jsonl, RSS/Atom feeds, folders, -), extract
    statements, store them."""
    from counterclaim import ledger

    try:
        with _open_store(db, create=True) as store:
            summary = ledger.ingest(paths, store, lambda docs, n: _progress(docs, n, "analysing"))
    except CounterclaimError as exc:
        raise _fail(exc) from exc
    for f in summary.failed:
        err.print(f"[yellow]skipped[/yellow] {f['source']}: {f['reason']}")
    d = summary.to_dict()
    if fmt is Format.json:
        render([d], fmt)
    else:
        keys = ("read", "added", "updated", "duplicates", "failed", "statements")
        render([{k: d[k] for k in keys}], fmt, keys, title="ingest")
    if summary.failed and not summary.read:
        raise typer.Exit(code=1)  # nothing could be read at all


@app.command()
def statements(
    speaker: Annotated[str | None, typer.Option(help="Speaker name or part of it.")] = None,
    doc: Annotated[str | None, typer.Option(help="Document id or content-hash prefix.")] = None,
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many rows.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """The statements ledger: who said what, with cue and outlet."""
    from counterclaim import ledger

    _listing(
        db,
        fmt,
        lambda store: ledger.statement_rows(store, speaker=speaker, doc=doc, limit=limit),
        ledger.STATEMENT_COLUMNS,
        "statements",
    )


@app.command()
def documents(
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many rows.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Stored documents."""
    from counterclaim import ledger

    _listing(
        db,
        fmt,
        lambda store: ledger.document_rows(store, limit=limit),
        ledger.DOCUMENT_COLUMNS,
        "documents",
    )


actors_app = typer.Typer(help="Canonical actors in the ledger.", invoke_without_command=True)
app.add_typer(actors_app, name="actors")


@actors_app.callback()
def actors(
    ctx: typer.Context,
    kind: Annotated[str | None, typer.Option(help="person, government, military, ...")] = None,
    country: Annotated[
        str | None, typer.Option(help="ISO 3166 code, alpha-3 or alpha-2: RUS or RU.")
    ] = None,
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many rows.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List the actors the ledger has seen (with no subcommand)."""
    if ctx.invoked_subcommand is not None:
        return
    from counterclaim import ledger
    from counterclaim.actors.catalogue import KINDS as ACTOR_KINDS

    kind = _choice(kind, ACTOR_KINDS, "--kind", str.lower)
    _listing(
        db,
        fmt,
        lambda store: ledger.actor_rows(store, kind=kind, country=country, limit=limit),
        ledger.ACTOR_COLUMNS,
        "actors",
    )


def _choice(
    value: str | None, allowed: Sequence[str], option: str, fold: Callable[[str], str]
) -> str | None:
    """``value`` folded to the spelling of ``allowed``, or a usage error listing them."""
    if value is None:
        return None
    if fold(value) not in allowed:
        raise typer.BadParameter(
            f"{value!r} is not one of: {', '.join(allowed)}", param_hint=option
        )
    return fold(value)


def _actor_title(view: dict[str, Any]) -> str:
    return f"[bold]{view['id']}[/bold] {view['name']} ({view['kind']}, {view['country'] or '-'})"


@actors_app.command("explain")
def actors_explain(
    actor: Annotated[str, typer.Argument(help="Actor id or alias.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Why each mention was linked to this actor."""
    from counterclaim import ledger

    try:
        with _open_store(db) as store:
            view = ledger.explain_actor(store, actor)
    except CounterclaimError as exc:
        raise _fail(exc) from exc
    if fmt is not Format.table:
        render(view["mentions"] if fmt is Format.csv else [view], fmt)
        return
    Console().print(_actor_title(view))
    Console().print(view["summary"])
    cols = ("document_id", "role", "text", "method", "confidence", "evidence")
    render(view["mentions"], fmt, cols, title="mentions")


@app.command("actor")
def actor_cmd(
    actor: Annotated[str, typer.Argument(help='Actor id or alias ("Zelenskiy", "gov:RUS").')],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Everything one actor said, by date."""
    from counterclaim import ledger

    try:
        with _open_store(db) as store:
            view = ledger.actor_view(store, actor)
    except CounterclaimError as exc:
        raise _fail(exc) from exc
    if fmt is Format.json:
        render([view], fmt)
        return
    rows = [
        {
            "published": s["published"],
            "doc": s["document_id"],
            "cue": s["cue"]["text"] if s["cue"] else None,
            "content": s["content"]["text"],
            "via": (s["via_actor"] or {}).get("name") or s["via_name"],
            "stance": s["stance"],
            "id": s["id"],
        }
        for s in view["said"]
    ]
    if fmt is Format.table:
        Console().print(_actor_title(view))
    render(rows, fmt, ("published", "doc", "cue", "content", "via", "stance"), title="said")


@app.command()
def claims(
    holder: Annotated[str | None, typer.Option(help="Holder name or alias.")] = None,
    frame: Annotated[str | None, typer.Option(help="control, attack, deployment, ...")] = None,
    doc: Annotated[str | None, typer.Option(help="Document id or content-hash prefix.")] = None,
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many rows.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Claims: each statement's proposition, with holder, stance, place and time."""
    from counterclaim import ledger
    from counterclaim.extract.claims import frames

    known = sorted({f for f, _ in frames().values()} | {"military_use"})
    if frame is not None and not frame.lower().startswith("pred:"):
        frame = _choice(frame, known, "--frame", str.lower)
    _listing(
        db,
        fmt,
        lambda store: ledger.claim_rows(store, holder=holder, frame=frame, doc=doc, limit=limit),
        ledger.CLAIM_COLUMNS,
        "claims",
    )


@app.command()
def disputes(
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many rows.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Propositions with holders on opposite sides."""
    from counterclaim import ledger

    _listing(
        db,
        fmt,
        lambda store: ledger.dispute_rows(store, limit=limit),
        ledger.DISPUTE_COLUMNS,
        "disputes",
    )


@app.command()
def dispute(
    ref: Annotated[str, typer.Argument(help="Dispute (proposition) id or a unique prefix.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Both sides of a dispute: holders, their evidence with offsets, a timeline, figures."""
    from counterclaim import ledger

    try:
        with _open_store(db) as store:
            view = ledger.dispute_view(store, ref)
    except CounterclaimError as exc:
        raise _fail(exc) from exc
    if fmt is Format.json:
        render([view], fmt)
        return
    if fmt is Format.csv:
        render(view["timeline"], fmt)
        return
    out = Console()
    out.rule(f"[bold]{view['id']}[/bold] {view['label']}")
    if view["note"]:
        out.print(f"[dim]{view['kind']}: {view['note']}[/dim]")
    for stance, colour in (("asserts", "green"), ("denies", "red"), ("questions", "yellow")):
        if not view[stance]:
            continue
        out.print(f"[bold {colour}]{stance}[/bold {colour}]")
        for p in view[stance]:
            ev = p["evidence"]
            out.print(
                f"  [bold]{p['holder']}[/bold] {p['date'] or ''} doc {p['document_id']} "
                f"[{ev['start']}:{ev['end']}]\n    [{colour}]{ev['text']}[/{colour}]"
            )
    out.rule("timeline")
    render(view["timeline"], fmt, ("date", "holder", "stance", "document_id", "evidence"))
    for spread in view["figure_spread"]:
        vals = ", ".join(f"{s['holder']}: {s['value']:g}" for s in spread["sources"])
        out.print(f"figures ({spread['counts']}): {spread['min']:g}–{spread['max']:g}  [{vals}]")


@app.command()
def figures(
    counts: Annotated[str | None, typer.Option(help="troops, deaths, injured, drones, ...")] = None,
    proposition: Annotated[str | None, typer.Option(help="Proposition id.")] = None,
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many rows.")] = None,
    copies: Annotated[
        bool, typer.Option("--copies", help="One row per republished copy of a wire story.")
    ] = False,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Figures: numbers with what they count, who gives them, and their hedges (a wire
    story's figure once, however many outlets republished it)."""
    from counterclaim import ledger
    from counterclaim.extract.figures import COUNT_CLASSES

    counts = _choice(counts, sorted(COUNT_CLASSES), "--counts", str.lower)
    _listing(
        db,
        fmt,
        lambda store: ledger.figure_rows(
            store, count_class=counts, proposition=proposition, limit=limit, copies=copies
        ),
        ledger.FIGURE_COLUMNS,
        "figures",
    )


@app.command()
def events(
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")] = None,
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many rows.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Events: one row per real-world event, with how many reports and sources."""
    from counterclaim import ledger
    from counterclaim.extract.events import EVENT_TYPES

    type_ = _choice(type_, EVENT_TYPES, "--type", str.upper)
    _listing(
        db,
        fmt,
        lambda store: ledger.event_rows(store, type_=type_, limit=limit),
        ledger.EVENT_COLUMNS,
        "events",
    )


@app.command()
def places(
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many rows.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Places named in the ledger, resolved offline to coordinates."""
    from counterclaim import ledger

    _listing(
        db,
        fmt,
        lambda store: ledger.place_rows(store, limit=limit),
        ledger.PLACE_COLUMNS,
        "places",
    )


class ExportFormat(StrEnum):
    """Formats of ``export``."""

    csv = "csv"
    jsonl = "jsonl"
    acled = "acled"
    geojson = "geojson"


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.csv,
    db: DbOption = None,
) -> None:
    """Export events: csv, jsonl, ACLED-like csv, or GeoJSON for maps."""
    from counterclaim import ledger

    try:
        with _open_store(db) as store:
            if fmt is ExportFormat.geojson:
                print(json.dumps(ledger.geojson(store), ensure_ascii=False))
                return
            if fmt is ExportFormat.acled:
                render(ledger.acled_rows(store), Format.csv, ledger.ACLED_COLUMNS)
                return
            rows = ledger.event_rows(store)
    except CounterclaimError as exc:
        raise _fail(exc) from exc
    if fmt is ExportFormat.jsonl:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
    else:
        cols = [c for c in rows[0] if c != "report_list"] if rows else list(ledger.EVENT_COLUMNS)
        render(rows, Format.csv, cols)


_STYLES = {"content": "green", "speaker": "bold cyan", "cue": "bold yellow", "via": "bold magenta"}


@app.command()
def show(
    doc: Annotated[str, typer.Argument(help="Document id or content-hash prefix.")],
    db: DbOption = None,
) -> None:
    """Print an article with speakers, cues, contents and outlets highlighted."""
    from counterclaim import ledger

    try:
        with _open_store(db) as store:
            view = ledger.document_view(store, doc)
    except CounterclaimError as exc:
        raise _fail(exc) from exc
    out = Console()
    out.rule(f"[bold]{view['id']}[/bold] {view.get('title') or view['source']}")
    text = Text(view["text"])
    for start, end, role in ledger.highlights(view):
        text.stylize(_STYLES[role], start, end)
    out.print(text)
    legend = "  ".join(f"[{style}]{role}[/{style}]" for role, style in _STYLES.items())
    out.rule(f"{len(view['statements'])} statements   {legend}")


class AnalyzeFormat(StrEnum):
    """Output of ``analyze``."""

    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"


def analyze_files(files: list[str]) -> Iterator[dict[str, Any]]:
    """Per input ``{"path", "statements"}`` (or with ``"error"``); offsets into its text.

    A text file (any extension but those of HTML, JSONL and feeds) is analysed as read,
    so offsets point into the file itself, after the checks ``ingest`` makes (empty,
    binary, too large, not English). Stdin (``-``) is sniffed as ``ingest`` sniffs it.
    HTML, JSONL and RSS/Atom inputs are read as
    ``ingest`` reads them (one object per article, ``path`` like ``batch.jsonl:3`` or
    ``news.rss#2``) and carry a ``"text"`` field: the article text their offsets point
    into.
    """
    from counterclaim.errors import IngestError
    from counterclaim.ingest import format_for, read_text_input, sniff, text_document
    from counterclaim.pipeline import ExtractionError, analyze_documents
    from counterclaim.records import Document

    docs: list[Document] = []
    results: list[dict[str, Any]] = []
    for path in files:
        try:
            data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        except OSError as exc:
            results.append(
                {"path": path, "error": f"cannot read: {exc.strerror or exc}", "statements": []}
            )
            continue
        fmt = sniff(data) if path == "-" else format_for(Path(path))
        if fmt in ("html", "jsonl", "feed"):
            for item in read_text_input(data, path, fmt):
                if isinstance(item, IngestError):
                    results.append({"path": item.source, "error": item.reason, "statements": []})
                else:
                    docs.append(item)
                    results.append({"path": item.source, "text": item.text})
            continue
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            results.append(
                {
                    "path": path,
                    "error": f"not UTF-8 ({exc.reason} at byte {exc.start}): re-save as UTF-8",
                    "statements": [],
                }
            )
            continue
        # the checks ingest makes (empty, binary, too large, not English), on the text
        # exactly as read
        checked = text_document(text, path)
        if isinstance(checked, IngestError):
            results.append({"path": path, "error": checked.reason, "statements": []})
            continue
        docs.append(Document(text=text, source=path))
        results.append({"path": path})
    pending = iter(analyze_documents(docs))
    for r in results:
        if "error" not in r:
            res = next(pending)
            if isinstance(res, ExtractionError):
                r.update({"error": str(res), "statements": []})
            else:
                r.update(res.to_dict())
        yield r


@app.command()
def analyze(
    files: Annotated[list[str], typer.Argument(help="Text files (UTF-8), or - for stdin.")],
    fmt: Annotated[AnalyzeFormat, typer.Option("--format", "-f")] = AnalyzeFormat.json,
) -> None:
    """Extract statements without a store; offsets are into each file's text as read.

    json: one object for one file, a list for several. jsonl: one object per line.
    """
    try:
        results = list(analyze_files(files))
    except CounterclaimError as exc:
        raise _fail(exc) from exc
    if fmt is AnalyzeFormat.jsonl:
        for r in results:
            print(json.dumps(r, ensure_ascii=False))
    elif fmt is AnalyzeFormat.json:
        print(
            json.dumps(results[0] if len(results) == 1 else results, ensure_ascii=False, indent=2)
        )
    else:
        out = Console()
        for r in results:
            out.rule(r["path"])
            if "error" in r:
                out.print(f"[red]{r['error']}[/red]")
            for s in r["statements"]:
                who = s["speaker"]["text"] if s["speaker"] else "?"
                if s["speaker"] and s["speaker"]["resolved"]:
                    who += f" (= {s['speaker']['resolved']['text']})"
                via = f" via {s['via']['text']}" if s["via"] else ""
                cue = s["cue"]["text"] if s["cue"] else "—"
                tags = f"[dim]({s['kind']}, {s['stance']})[/dim]"
                out.print(f"[cyan]{who}[/cyan]{via} [yellow]{cue}[/yellow] {tags}")
                out.print(f"    [green]{s['content']['text']}[/green]")
    if any("error" in r for r in results):
        raise typer.Exit(code=1)


@eval_app.command("attribution")
def eval_attribution(
    polnear: Annotated[Path, typer.Option(help="PolNeAR folder holding train/ and dev/.")] = Path(
        "../shared/data/polnear"
    ),
    split: Annotated[str, typer.Option(help="dev, train or test.")] = "dev",
    limit: Annotated[int | None, typer.Option(help="Score only the first N articles.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """Precision, recall and F1 of source, cue, content and whole attributions on PolNeAR."""
    from counterclaim.eval.attribution import run

    try:
        result = run(
            polnear, split, limit=limit, progress=lambda xs, n: _progress(xs, n, "scoring")
        )
    except CounterclaimError as exc:
        raise _fail(exc) from exc
    if fmt is Format.json:
        print(json.dumps(result, indent=2))
        return
    rows = [
        {"match": mode, "item": item, **{k: v for k, v in s.items()}}
        for mode in ("exact", "overlap")
        for item, s in result[mode].items()
    ]
    render(
        rows,
        fmt,
        ("match", "item", "precision", "recall", "f1", "tp", "predicted", "gold"),
        title=f"PolNeAR {split}: {result['articles']} articles",
    )


def _print_scores(result: dict[str, Any], fmt: Format, title: str) -> None:
    """Flat numbers of an eval result as a table/CSV; the whole result as JSON."""
    if fmt is Format.json:
        print(json.dumps(result, indent=2, default=str))
        return
    rows = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}.{k}" if prefix else str(k), v)
        elif isinstance(value, int | float | str) and not isinstance(value, bool):
            rows.append({"metric": prefix, "value": value})

    walk("", {k: v for k, v in result.items() if k not in ("errors", "details", "rows")})
    render(rows, fmt, ("metric", "value"), title=title)


@eval_app.command("geo")
def eval_geo(
    corpus: Annotated[Path, typer.Option(help="LGL / TR-News / GeoVirus XML file.")],
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """Toponym resolution: accuracy at 161 km, mean and median error (km)."""
    from counterclaim.eval.geo import run

    if not corpus.is_file():
        raise _fail(
            CounterclaimError(f"no corpus at {corpus}: pass an XML file from ../shared/data/geo")
        )
    _print_scores(run(corpus), fmt, f"geo: {corpus.name}")


@eval_app.command("actors")
def eval_actors(
    gold: Annotated[Path, typer.Option(help="Gold folder (articles/ and gold.tsv).")] = Path(
        "bench/gold/actors"
    ),
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """Actor linking: accuracy of linked ids, precision/recall, garbled names apart."""
    from counterclaim.eval.actors import run

    if not gold.is_dir():
        raise _fail(CounterclaimError(f"no gold set at {gold}"))
    _print_scores(run(gold), fmt, f"actors: {gold}")


@eval_app.command("disputes")
def eval_disputes(
    gold: Annotated[Path, typer.Option(help="Folder of scenario folders.")] = Path(
        "bench/gold/disputes"
    ),
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """Claims ledger: precision/recall of positions and of disputes on gold scenarios."""
    from counterclaim.eval.disputes import run

    if not gold.is_dir():
        raise _fail(CounterclaimError(f"no gold scenarios at {gold}"))
    _print_scores(run(gold), fmt, f"disputes: {gold}")


@eval_app.command("events")
def eval_events(
    ngec: Annotated[Path, typer.Option(help="NGEC synthetic stories (.csv.zip).")] = Path(
        "../shared/data/plover/ngec_synthetic_events_2023-10-19.csv.zip"
    ),
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """Event types: per-type and macro F1 on held-out stories and on our own sentences."""
    from counterclaim.eval.events import run

    if not ngec.is_file():
        raise _fail(CounterclaimError(f"no NGEC file at {ngec}: see ../shared/data/README.md"))
    _print_scores(run(ngec), fmt, "events")


@train_app.command("attribution")
def train_attribution(
    polnear: Annotated[Path, typer.Option(help="PolNeAR folder holding train/.")] = Path(
        "../shared/data/polnear"
    ),
    out: Annotated[Path, typer.Option(help="Where to write the model files.")] = Path(
        "src/counterclaim/data"
    ),
    epochs: Annotated[int, typer.Option(help="Passes over the training examples.")] = 8,
) -> None:
    """Train the cue detector and role labeller on PolNeAR train."""
    from counterclaim.training.attribution import train_from_polnear

    try:
        train_from_polnear(polnear, out, epochs=epochs, log=err.print)
    except CounterclaimError as exc:
        raise _fail(exc) from exc


def main() -> None:
    """Entry point."""
    app()


if __name__ == "__main__":
    main()
