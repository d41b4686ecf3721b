"""How every command talks to people and to scripts.

Humans get rich tables and progress bars on stderr; ``--json`` gets one JSON document on stdout
and nothing else, so ``lienthong … --json | jq`` always works. A table never cuts a cell (a
CCCD cut to ``07420039…`` is useless): on a terminal long cells fold onto the next line; piped
into a file or another program it is plain text, one row per line, as wide as it needs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

if TYPE_CHECKING:
    from rich.progress import Progress

#: Words up to this long (a CCCD, an agency or dataset code) are never split across lines.
IDENTIFIER_WIDTH = 24

console = Console()
err_console = Console(stderr=True)


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if hasattr(value, "__dataclass_fields__"):
        from dataclasses import asdict

        return asdict(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=_default)


def print_json(value: Any) -> None:
    sys.stdout.write(to_json(value) + "\n")


def print_table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    cells = [["" if cell is None else str(cell) for cell in row] for row in rows]
    if console.is_terminal:
        from rich.table import Table

        table = Table(title=title, title_justify="left")
        for index, column in enumerate(columns):
            # Identifiers (CCCDs, codes, dataset names) stay on one line; longer words fold.
            text = " ".join([column, *(row[index] for row in cells)])
            longest = max((len(word) for word in text.split()), default=1)
            table.add_column(column, overflow="fold", min_width=min(longest, IDENTIFIER_WIDTH))
        for row in cells:
            table.add_row(*row)
        # Each column: its cells, a space either side, one rule; plus the closing rule.
        narrowest = sum((c.min_width or 1) + 3 for c in table.columns) + 1
        if narrowest <= console.width:
            console.print(table)
            return
        # Too wide to draw without cutting a column off: the plain layout, which the
        # terminal wraps line by line and which loses nothing.
    sys.stdout.write(plain_table(title, columns, cells))


def plain_table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Aligned plain text: a title line, the header, a rule, then one line per row, uncut."""
    from rich.cells import cell_len  # display width: Vietnamese letters, wide characters

    lines = [[" ".join(cell.split()) for cell in row] for row in [list(columns), *rows]]
    widths = [max(cell_len(line[i]) for line in lines) for i in range(len(columns))]
    lines.insert(1, ["-" * width for width in widths])

    def render(line: list[str]) -> str:
        padded = [
            cell + " " * (width - cell_len(cell)) for cell, width in zip(line, widths, strict=True)
        ]
        return "  ".join(padded).rstrip() + "\n"

    return (f"{title}\n" if title else "") + "".join(render(line) for line in lines) + "\n"


@contextmanager
def progress(enabled: bool = True) -> Iterator[Progress]:
    """A progress display on stderr; silent when disabled (``--json``, tests)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err_console,
        disable=not enabled,
        transient=False,
    )
    with bar:
        yield bar
