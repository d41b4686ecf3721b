"""The CLI reference in ``docs/cli.md``, generated from ``--help`` so it can never drift.

Regenerate with ``python -m lienthong.cli._reference > docs/cli.md``; a test fails when the
committed file differs from what the code says (datasette keeps its docs honest the same way).
"""

from __future__ import annotations

import os
from typing import Any

import typer
from typer.testing import CliRunner


def _commands(group: Any, prefix: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Every visible command path under a (typer-vendored) click group, loading lazy ones."""
    found: list[tuple[str, ...]] = []
    for name in sorted(group.list_commands(None)):
        command = group.get_command(None, name)
        if command is None or command.hidden:
            continue
        path = (*prefix, name)
        found.append(path)
        if hasattr(command, "commands"):
            found.extend(_commands(command, path))
    return found


def render_reference() -> str:
    """Markdown with the ``--help`` of every command, in a stable width and no colour."""
    from lienthong.cli import app

    root = typer.main.get_command(app)
    runner = CliRunner()
    env = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "_TYPER_FORCE_DISABLE_TERMINAL": "1"}
    sections = [
        "# `lienthong` command reference\n",
        "Generated from `--help` by `python -m lienthong.cli._reference > docs/cli.md`;"
        " `tests/cli/test_reference.py` fails when it is out of date.\n",
    ]
    for path in [(), *_commands(root, ())]:
        result = runner.invoke(app, [*path, "--help"], env=env, terminal_width=100)
        text = "\n".join(line.rstrip() for line in result.output.strip().splitlines())
        title = " ".join(("lienthong", *path))
        sections.append(f"## `{title}`\n\n```text\n{text}\n```\n")
    return "\n".join(sections)


if __name__ == "__main__":
    os.environ.setdefault("COLUMNS", "100")
    print(render_reference(), end="")
