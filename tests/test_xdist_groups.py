"""The suite's ``--dist loadgroup`` keeps a group on one worker: the Spark link, the browser
and the demo are module fixtures each group runs once. pytest 9.2 with pytest-xdist 3.8 spread
them silently (pytest-xdist#1386; the pin in pyproject.toml), and the Spark link ran twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_GROUPED = """
import os

import pytest

pytestmark = pytest.mark.xdist_group("together")


@pytest.mark.parametrize("n", range(6))
def test_where(n: int) -> None:
    print("worker", os.environ["PYTEST_XDIST_WORKER"])
"""


def test_a_group_runs_on_one_worker(tmp_path: Path) -> None:
    (tmp_path / "test_grouped.py").write_text(_GROUPED)
    (tmp_path / "test_free.py").write_text("def test_free() -> None:\n    pass\n")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadgroup", "-v", "-p",
         "no:cacheprovider", str(tmp_path)],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    grouped = [line for line in lines if "PASSED" in line and "test_where" in line]
    assert len(grouped) == 6, run.stdout
    workers = {line.split("]", 1)[0] for line in grouped}  # "[gw0"
    assert len(workers) == 1, grouped
