"""Tables never cut a cell (issue 11 item 16: piped, `link show` printed `07420039…`)."""

from __future__ import annotations

import pytest
from rich.console import Console

from lienthong.cli import _output

CCCD = "074200398185"
DIGEST = "9f2c" * 16  # a 64-character hash, wider than any column could be at 80 columns
COLUMNS = ["dataset", "key", "name", "evidence", "weight", "probability", "linked at"]
ROW = ["population.cong_dan", CCCD, "Huỳnh Thanh Vũ", DIGEST, "21.3", "0.9999", "2026-11-24T08:05"]


def test_piped_tables_are_plain_rows_with_every_cell_whole(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert not _output.console.is_terminal  # pytest captures stdout: as in `lienthong … | less`
    _output.print_table("Master id M-1", COLUMNS, [ROW, [*ROW[:1], "1", *ROW[2:]]])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Master id M-1"
    assert lines[1].split() == ["dataset", "key", "name", "evidence", "weight", "probability",
                                "linked", "at"]  # fmt: skip
    row = lines[3]
    assert all(cell in row for cell in ROW), row
    assert row.index(CCCD) < row.index(DIGEST)
    assert "…" not in "\n".join(lines)
    # Columns line up: every row starts its cells at the header's offsets.
    assert lines[4].index("Huỳnh") == row.index("Huỳnh") == lines[1].index("name")


def test_terminal_tables_fold_long_cells_instead_of_cutting_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    terminal = Console(force_terminal=True, width=120, record=True, color_system=None)
    monkeypatch.setattr(_output, "console", terminal)
    _output.print_table(None, COLUMNS, [ROW])
    text = terminal.export_text()
    assert "…" not in text
    assert CCCD in text  # short enough to stay whole in its column
    folded = [line for line in text.splitlines() if "9f2c" in line]
    assert len(folded) >= 3  # the 64-character hash, folded onto several lines
    assert "".join(part for line in folded for part in line.split() if "9f2c" in part) == DIGEST


def test_a_table_too_wide_for_the_terminal_becomes_plain_rows_not_a_cut_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    narrow = Console(force_terminal=True, width=40, color_system=None)
    monkeypatch.setattr(_output, "console", narrow)
    _output.print_table(None, COLUMNS, [ROW])
    out = capsys.readouterr().out
    assert all(cell in out for cell in ROW) and "linked at" in out and "…" not in out
