"""City generation rate: people/s, and how far above the raw cost of writing the same rows.

    .venv/bin/python bench/city.py [--small] [--people N] [--json]

For each size it generates a city (default SQLite/Excel/CSV layout, default defect rates) and,
in the same run, measures a baseline: writing the same number of source rows into SQLite with
``executemany`` (same batch size, pre-built tuples of ten short strings) plus the same number of
truth rows to CSV. The ratio generation / baseline is the cost of *making* the city (households,
names, identifiers, addresses, defects, Excel export) on top of merely storing it; the machine is
shared and noisy, so the ratio is the result, not the seconds. Peak RSS is the process maximum.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from lienthong.city import CityConfig, generate_city


def baseline(rows: int, folder: Path) -> float:
    """Seconds to write ``rows`` ten-column rows to SQLite (executemany) and ``rows`` truth rows."""
    row = (
        "079203123456",
        "Nguyễn Văn An",
        "2003-05-01",
        "Nam",
        "12 Lê Lợi, Phường Bến Thành",
        "26734",
        None,
        "HO00000001",
        "2025-01-01T00:00:00",
        "x",
    )
    truth = ("population", "cong_dan", "079203123456", "person", "P0000001", "")
    batch = [row] * 20_000
    started = time.perf_counter()
    conn = sqlite3.connect(folder / "baseline.db")
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("CREATE TABLE t (a, b, c, d, e, f, g, h, i, j)")
    with (folder / "truth.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        left = rows
        while left > 0:
            chunk = batch[: min(left, len(batch))]
            conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", chunk)
            out.writerows([truth] * len(chunk))
            left -= len(chunk)
    conn.commit()
    conn.close()
    return time.perf_counter() - started


def measure(people: int) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="lienthong-bench-city-"))
    try:
        cpu = time.process_time()
        started = time.perf_counter()
        result = generate_city(CityConfig(people=people, seed=57, out=folder / "city"))
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        rows = sum(result.records.values())
        base = baseline(rows, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "people": people,
        "records": rows,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "people_per_s": round(people / seconds),
        "records_per_s": round(rows / seconds),
        "baseline_seconds": round(base, 2),
        "ratio_vs_baseline": round(seconds / base, 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="2k and 10k people (quick check)")
    parser.add_argument("--people", type=int, action="append", help="size(s) to run instead")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args()
    sizes = args.people or ([2_000, 10_000] if args.small else [10_000, 100_000])
    results = []
    for people in sizes:
        results.append(measure(people))
        if not args.json:
            r = results[-1]
            print(
                f"{r['people']:>9,} people  {r['records']:>9,} records  {r['seconds']:>7.2f} s "
                f"(cpu {r['cpu_seconds']:.2f} s)  {r['people_per_s']:>8,} people/s  "
                f"baseline {r['baseline_seconds']:.2f} s  ratio {r['ratio_vs_baseline']}x  "
                f"peak RSS {r['peak_rss_mib']} MiB",
                flush=True,
            )
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()


if __name__ == "__main__":
    main()
