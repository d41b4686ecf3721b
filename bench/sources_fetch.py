"""What a connector's ``fetch`` costs over the raw driver call, on the gateway's hot path.

The gateway runs one small keyed SELECT per request. This measures, in the same run, the raw
DBAPI call (one open connection, same dict rows) against ``Connector.fetch`` (query check,
parameter binding, pooled connection, timeout armed), and prints the ratio.

    .venv/bin/python bench/sources_fetch.py [--small]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lienthong.sources import open_connector_url

SQL = "SELECT so_dinh_danh, ho_ten, ngay_sinh FROM cong_dan WHERE so_dinh_danh = :cccd"


def timed(call: Callable[[str], object], keys: list[str], rounds: int = 5) -> float:
    """Median over rounds of the mean microseconds per call."""
    results = []
    for _ in range(rounds):
        started = time.perf_counter()
        for key in keys:
            call(key)
        results.append((time.perf_counter() - started) / len(keys) * 1e6)
    return statistics.median(results)


def sqlite_case(folder: Path, rows: int, calls: int) -> list[tuple[float, float]]:
    path = folder / "population.db"
    con = sqlite3.connect(path)
    con.execute(
        "CREATE TABLE cong_dan (so_dinh_danh TEXT PRIMARY KEY, ho_ten TEXT, ngay_sinh TEXT)"
    )
    con.executemany(
        "INSERT INTO cong_dan VALUES (?, ?, ?)",
        ((f"079{i:09d}", f"Nguyễn Văn {i}", "1990-01-01") for i in range(rows)),
    )
    con.commit()
    con.close()
    rng = random.Random(57)
    keys = [f"079{rng.randrange(rows):09d}" for _ in range(calls)]

    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)

    def direct(key: str) -> object:
        cursor = raw.execute(SQL, {"cccd": key})
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    connector = open_connector_url(str(path))

    def through(key: str) -> object:
        return connector.fetch(SQL, {"cccd": key})

    assert direct(keys[0]) == through(keys[0])
    # interleaved rounds: both sides see the same machine load, the ratio is per round
    pairs = [(timed(direct, keys, 1), timed(through, keys, 1)) for _ in range(7)]
    connector.close()
    raw.close()
    return pairs


def postgres_case(rows: int, calls: int) -> list[tuple[float, float]] | None:
    """The same lookup on the real PostgreSQL (skipped when it is not running)."""
    import uuid

    import psycopg

    admin_url = os.environ.get("LIENTHONG_BENCH_PG", "postgresql://postgres@127.0.0.1:5432")
    name = f"lt_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = psycopg.connect(f"{admin_url}/postgres", autocommit=True, connect_timeout=2)
    except psycopg.OperationalError:
        return None
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        with psycopg.connect(f"{admin_url}/{name}", autocommit=True) as setup:
            setup.execute(
                "CREATE TABLE cong_dan (so_dinh_danh text PRIMARY KEY, ho_ten text, ngay_sinh text)"
            )
            setup.execute(
                "INSERT INTO cong_dan SELECT '079' || lpad(i::text, 9, '0'),"
                " 'Nguyễn Văn ' || i, '1990-01-01' FROM generate_series(0, %s) AS i",
                (rows - 1,),
            )
        rng = random.Random(57)
        keys = [f"079{rng.randrange(rows):09d}" for _ in range(calls)]
        raw = psycopg.connect(f"{admin_url}/{name}", autocommit=True)
        pyformat = SQL.replace(":cccd", "%(cccd)s")

        def direct(key: str) -> object:
            cursor = raw.execute(pyformat, {"cccd": key})
            names = [d[0] for d in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

        connector = open_connector_url(
            f"postgresql+psycopg://{admin_url.split('://', 1)[1]}/{name}"
        )

        def through(key: str) -> object:
            return connector.fetch(SQL, {"cccd": key})

        assert direct(keys[0]) == through(keys[0])
        pairs = [(timed(direct, keys, 1), timed(through, keys, 1)) for _ in range(7)]
        connector.close()
        raw.close()
        return pairs
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def report(name: str, baseline_name: str, pairs: list[tuple[float, float]]) -> None:
    baseline = statistics.median(b for b, _ in pairs)
    ours = statistics.median(o for _, o in pairs)
    ratio = statistics.median(o / b for b, o in pairs)
    print(
        f"{name:10s} {baseline_name} {baseline:7.1f} µs   Connector.fetch {ours:7.1f} µs   "
        f"overhead {ours - baseline:6.1f} µs   ratio {ratio:.2f}x (median of 7 rounds)"
    )


def csv_case(folder: Path, rows: int, calls: int) -> float:
    """Connector.fetch on a CSV (queried through DuckDB): absolute µs per call, no baseline."""
    path = folder / "cong_dan.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("so_dinh_danh,ho_ten,ngay_sinh\n")
        for i in range(rows):
            handle.write(f"079{i:09d},Nguyễn Văn {i},1990-01-01\n")
    rng = random.Random(57)
    keys = [f"079{rng.randrange(rows):09d}" for _ in range(calls)]
    connector = open_connector_url(str(path), keys={"cong_dan": ("so_dinh_danh",)})
    result = timed(lambda key: connector.fetch(SQL, {"cccd": key}), keys)
    connector.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a quick run (CI, noisy machines)")
    args = parser.parse_args()
    rows, calls = (10_000, 2_000) if args.small else (200_000, 20_000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"rows={rows} calls={calls} (µs per call)")
        report("sqlite", "raw sqlite3", sqlite_case(folder, rows, calls))
        pg = postgres_case(rows, calls // 4)
        if pg is None:
            print("postgresql not running: skipped")
        else:
            report("postgresql", "raw psycopg", pg)
        csv_us = csv_case(folder, rows, calls)
        print(f"csv        Connector.fetch (DuckDB in-memory copy, key indexed) {csv_us:.1f} µs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
