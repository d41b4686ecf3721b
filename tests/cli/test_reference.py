from __future__ import annotations

from pathlib import Path

from lienthong.cli._reference import render_reference

DOC = Path(__file__).parents[2] / "docs" / "cli.md"


def test_cli_reference_is_current() -> None:
    """docs/cli.md is what --help says; regenerate it when a command changes."""
    assert DOC.read_text(encoding="utf-8") == render_reference(), (
        "docs/cli.md is stale: run `python -m lienthong.cli._reference > docs/cli.md`"
    )
