"""The cheaper benchmarks run to the end at tiny sizes, so a change that breaks one is seen in
CI rather than the next time someone measures (bench/audit_retention.py stopped working when
revision 0013 added a table its "before" store lacked, and bench/procedures.py when the form's
lock became an SVG; nothing noticed).

Sizes here prove nothing about speed; the figures in bench/RESULTS.md come from full runs.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[1] / "bench"

RUNS = [
    ("audit_retention.py", "--entries", "300"),
    ("audit_rollup.py", "--single", "200", "--batched", "200", "--repeats", "1"),
    ("partitions.py", "--runs", "20", "--results", "20"),
    (
        "procedures.py",
        "--people",
        "300",
        "--citizens",
        "5",
        "--rounds",
        "1",
        "--views",
        "5",
        "--stats-dossiers",
        "1000",
    ),
    ("profiling.py", "--rows", "20000", "--rounds", "1"),
    ("profiling.py", "--rows", "20000", "--rounds", "1", "--csv"),
    ("role_shares.py", "--parts", "1", "--rounds", "1"),
    ("sources_xlsx.py", "--small"),
    ("sync_release.py", "--changes", "100", "--repeat", "1"),
]


@pytest.mark.parametrize("args", RUNS, ids=[run[0] for run in RUNS])
def test_benchmark_runs_to_the_end(args: tuple[str, ...]) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / args[0]), *args[1:]],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=BENCH.parent,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert done.stdout.strip(), "a benchmark prints its figures"
