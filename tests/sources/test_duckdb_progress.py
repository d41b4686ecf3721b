"""DuckDB connections the platform opens print nothing on stdout.

DuckDB's progress bar is on by default and writes to stdout once a query runs past two
seconds: on a loaded machine ``lienthong demo --json`` printed a bar before its JSON (seen in
tests/cli/test_demo_command.py as ``JSONDecodeError: Extra data``).
"""

from __future__ import annotations

from typing import Any

from lienthong.sources import duckdb_connect


def _progress_bar(con: Any) -> bool:
    (on,) = con.execute("SELECT current_setting('enable_progress_bar')").fetchone()
    return bool(on)


def test_duckdb_connect_turns_the_progress_bar_off() -> None:
    assert _progress_bar(duckdb_connect()) is False
    assert _progress_bar(duckdb_connect(threads=1)) is False
