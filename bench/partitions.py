"""Quality history on PostgreSQL: partition pruning of the dashboard's reads, and retention's
dropped partitions vs deleted rows.

    .venv/bin/python bench/partitions.py [--runs N] [--results R] [--pg-admin URL]

Two throwaway PostgreSQL stores get the same history: N quality runs an hour apart from
2025-01-01, R check results and R/4 scores each. One is created as today (``quality_runs``,
``quality_results``, ``quality_scores`` range partitions of the run id, 100 runs each); one is
at revision 0010 (plain tables, as before 0011). On both, in the same run:

1. ``EXPLAIN`` of the dashboard's per-dataset read (``dashboard._datasets._checks``: a dataset's
   results over the last 6 runs) and of ``quality report``'s (``quality_scores`` of the latest
   run): which partitions the plan reads, and the median time of 30 executions of each;
2. ``lienthong quality archive --before`` (``archive_quality``) of the oldest half of the runs:
   its removal step timed on its own (the export is the same work on both) and the ratio
   deleted/dropped printed.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, create_engine, text

import lienthong.quality._retention as retention
from lienthong.dashboard._datasets import HISTORY
from lienthong.quality import archive_quality
from lienthong.store import Store
from lienthong.store._partitions import is_partitioned, make_room

sys.path.insert(0, str(Path(__file__).parent))
from pg_stores import part_and_plain

START = datetime(2025, 1, 1, tzinfo=UTC)

#: The dashboard's read of one dataset's checks (``_checks``: the last HISTORY runs' ids, then
#: this) and ``quality report``'s read of the latest run's scores, with the ids bound.
DASHBOARD = (
    "SELECT * FROM quality_results WHERE dataset = 'ds-7' AND run_id IN ({ids})",
    "SELECT * FROM quality_scores WHERE run_id = {latest}",
)


def fill(conn: Connection, runs: int, results: int) -> None:
    """The history in three ``INSERT … SELECT``s (what ``save_run`` writes, without the DuckDB
    scan that produced it): runs an hour apart, R results and R/4 scores per run."""
    if is_partitioned(conn, "quality_runs"):
        for table in ("quality_runs", "quality_results", "quality_scores"):
            make_room(conn, table, runs, width=100)
    conn.execute(
        text(
            "INSERT INTO quality_runs (started_at, finished_at, as_of, rule_version, datasets, "
            "checks, errors, elapsed_s) SELECT :start + i * interval '1 hour', "
            ":start + i * interval '1 hour' + interval '30 seconds', '2025-01-01', 'v1', 20, "
            ":results, 0, 30.0 FROM generate_series(0, :runs - 1) AS i"
        ),
        {"start": START, "runs": runs, "results": results},
    )
    conn.execute(
        text(
            "INSERT INTO quality_results (run_id, dataset, agency, check_name, kind, criterion, "
            "columns, engine, rule_version, total, failed, score, elapsed_ms) "
            "SELECT r, 'ds-' || (c % 20), 'AG-' || (c % 5), 'check-' || c || '.col', 'nfc', "
            "'sạch', 'col', 'duckdb', 'v1', 100000, c, 100.0 - c / 10.0, 12.5 "
            "FROM generate_series(1, :runs) AS r, generate_series(1, :results) AS c"
        ),
        {"runs": runs, "results": results},
    )
    conn.execute(
        text(
            "INSERT INTO quality_scores (run_id, scope, subject, criterion, score, checks) "
            "SELECT r, 'dataset', 'ds-' || s, k, 90.0, 5 FROM generate_series(1, :runs) AS r, "
            "generate_series(1, :subjects) AS s, "
            "unnest(ARRAY['đúng', 'đủ', 'sạch', 'sống', 'overall']) AS k"
        ),
        {"runs": runs, "subjects": max(1, results // 20)},
    )


def reads(conn: Connection, runs: int) -> list[tuple[str, set[str], float]]:
    """Each dashboard read: its text, the partitions its plan touches, median ms of 30."""
    ids = ", ".join(str(i) for i in range(runs - HISTORY + 1, runs + 1))
    found = []
    for template in DASHBOARD:
        sql = template.format(ids=ids, latest=runs)
        plan = "\n".join(conn.exec_driver_sql(f"EXPLAIN {sql}").scalars())
        touched = set(re.findall(r" on (quality_\w+?_p\d+)", plan))
        times = []
        for _ in range(30):
            start = time.perf_counter()
            conn.exec_driver_sql(sql).all()
            times.append(time.perf_counter() - start)
        found.append((sql.split(" WHERE")[0], touched, statistics.median(times) * 1000))
    return found


def archive(url: str, tmp: Path, removal: dict[str, float]) -> tuple[int, int, int]:
    """Archive the first half of the runs; (runs moved, result rows moved, partitions dropped)."""
    store = Store.open(url)
    timed = retention.remove_through

    def remove(store: Store, through: int, *, expect: dict[str, int] | None = None) -> int:
        start = time.perf_counter()
        try:
            return timed(store, through, expect=expect)
        finally:
            removal[url] = time.perf_counter() - start

    retention.remove_through = remove  # type: ignore[assignment]
    try:
        with store.connect() as conn:
            middle = conn.execute(text("SELECT started_at FROM quality_runs ORDER BY id")).all()
        cut = middle[len(middle) // 2][0]
        done = archive_quality(store, cut, tmp / f"{uuid.uuid4().hex}.jsonl")
    finally:
        retention.remove_through = timed  # type: ignore[assignment]
    store.close()
    return done.counts["run"], done.counts["result"], done.dropped_partitions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2_000)
    parser.add_argument("--results", type=int, default=200, help="check results per run")
    parser.add_argument("--pg-admin", default="postgresql+psycopg://postgres@127.0.0.1:5432")
    args = parser.parse_args()

    removal: dict[str, float] = {}
    # plain tables, as a store before 0011
    with part_and_plain(args.pg_admin, "lt_bench_part", "0010") as urls:
        Store.open(urls["part"]).close()
        for url in urls.values():
            engine = create_engine(url)
            with engine.begin() as conn:
                fill(conn, args.runs, args.results)
            with engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")
            engine.dispose()
        print(f"{args.runs:,} runs × {args.results} results ({args.runs * args.results:,} rows)")
        for kind, url in urls.items():
            engine = create_engine(url)
            with engine.connect() as conn:
                for query, touched, ms in reads(conn, args.runs):
                    parts = ", ".join(sorted(touched)) or "the plain table"
                    print(f"{kind:5} {query}: {ms:.2f} ms median; reads {parts}")
            engine.dispose()
        with tempfile.TemporaryDirectory() as tmp:
            moved = {kind: archive(url, Path(tmp), removal) for kind, url in urls.items()}
        for kind in urls:
            runs, rows, dropped = moved[kind]
            print(
                f"{kind:5} archive: {runs:,} runs, {rows:,} results moved; removal "
                f"{removal[urls[kind]] * 1000:.1f} ms ({dropped} partitions dropped whole)"
            )
        print(f"ratio delete/drop: {removal[urls['plain']] / removal[urls['part']]:.1f}x")


if __name__ == "__main__":
    main()
