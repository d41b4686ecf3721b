"""`lienthong city …` commands."""

from __future__ import annotations

import typer

app = typer.Typer(help="city commands.", no_args_is_help=True)
