"""Render listings as a table, JSON (a list of objects) or CSV."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text


class Format(StrEnum):
    """Output formats of every listing command."""

    table = "table"
    json = "json"
    csv = "csv"


#: Columns of running text: they get most of the width.
WIDE = frozenset({"content", "claim", "evidence", "label", "note", "notes", "figure"})
#: Short codes: never wrapped.
NARROW = frozenset(
    {"id", "doc", "kind", "stance", "date", "published", "first_date", "last_date", "country"}
)
#: The least width a folded column keeps in a narrow terminal (a zero-width column
#: hides what it holds).
MIN_WIDTH = 6
#: ... and a column of running text.
MIN_WIDE_WIDTH = 16
#: Terminal columns a table needs per column to stay readable; narrower terminals get
#: one record per block instead (a table at 80 columns folded words one letter a line).
COLUMN_WIDTH_NEEDED = 12
#: Width of a table printed to a file or a pipe (no terminal to fit): wide enough that
#: short values never wrap ("20/25/-0/3-/12" was a date at the 80 columns Rich assumes).
PIPED_WIDTH = 200


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render(
    rows: Sequence[dict[str, Any]],
    fmt: Format | str,
    columns: Sequence[str] | None = None,
    console: Console | None = None,
    title: str | None = None,
    fields: Sequence[str] = (),
) -> str | None:
    """Print ``rows`` in ``fmt``; JSON and CSV are also returned as text.

    ``columns`` picks and orders the table and CSV columns (JSON keeps every field);
    ``fields`` are all the fields a CSV lists after them, rows or none.
    """
    fmt = Format(fmt)
    cols = list(columns) if columns else (list(rows[0].keys()) if rows else [])
    if fmt is Format.json:
        text = json.dumps(list(rows), ensure_ascii=False, indent=2)
        print(text)
        return text
    if fmt is Format.csv:
        # the chosen columns first, then every other field the rows have: a CSV
        # loses nothing the JSON has (offsets, ids, dates)
        cols.extend(k for k in fields if k not in cols)
        for r in rows:
            cols.extend(k for k in r if k not in cols)
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        for r in rows:
            writer.writerow([_cell(r.get(c)) for c in cols])
        print(buf.getvalue(), end="")
        return buf.getvalue()
    if console is None:
        console = Console()
        if not console.is_terminal and "COLUMNS" not in os.environ:
            console = Console(width=PIPED_WIDTH)
    if console.width < len(cols) * COLUMN_WIDTH_NEEDED:
        # too narrow for a readable table: one record per block, every field shown
        if title:
            console.rule(title)
        for r in rows:
            for c in cols:
                console.print(Text.assemble((c, "bold"), ": ", _cell(r.get(c))), highlight=False)
            console.print()
        return None
    table = Table(title=title, show_lines=False, expand=True)
    for c in cols:
        if c in WIDE:
            table.add_column(c, overflow="fold", ratio=4, min_width=MIN_WIDE_WIDTH)
        elif c in NARROW:
            table.add_column(c, no_wrap=True)
        else:
            table.add_column(c, overflow="fold", ratio=1, min_width=MIN_WIDTH)
    for r in rows:
        table.add_row(*(_cell(r.get(c)) for c in cols))
    console.print(table)
    return None
