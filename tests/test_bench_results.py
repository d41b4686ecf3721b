"""bench/RESULTS.md opens with the current figure of every goal (issue 11 item 18).

The summary is copied from the dated history below it: a figure that the history does not hold
was invented, and a row without its command and date cannot be re-run or placed in time.
"""

from __future__ import annotations

import re
from pathlib import Path

RESULTS = Path(__file__).parents[1] / "bench" / "RESULTS.md"
COLUMNS = ["area", "goal", "latest figure", "met", "command", "date (UTC)"]


def summary_and_history() -> tuple[list[list[str]], str]:
    text = RESULTS.read_text(encoding="utf-8")
    head, _, history = text.partition("\n## History\n")
    assert history, "bench/RESULTS.md has no '## History' below its summary"
    table = [line for line in head.splitlines() if line.startswith("|")]
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in table]
    assert rows and rows[0] == COLUMNS
    return rows[2:], history


def test_results_open_with_a_summary_row_per_goal_with_command_and_date() -> None:
    rows, _ = summary_and_history()
    assert len(rows) >= 10
    for area, goal, figure, _met, command, date in rows:
        assert goal and figure, area
        assert re.search(r"`[^`]*(bench/|lienthong )[^`]*`", command), area
        assert re.match(r"20\d\d-\d\d-\d\d", date), area
    goals = {row[0] for row in rows}
    for area in (
        "gateway throughput",
        "sync throughput",
        "linkage accuracy",
        "CLI start-up, `--help`",
    ):
        assert area in goals


def test_every_summary_figure_is_in_the_dated_history() -> None:
    rows, history = summary_and_history()
    for area, _goal, figure, *_ in rows:
        for number in re.findall(r"\d[\d,]*(?:\.\d+)?", figure):
            assert number in history, f"{area}: {number} is not in the history below"
