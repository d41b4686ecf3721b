"""Data-quality checks: lienthong (SQL in DuckDB) against Great Expectations (pandas engine).

    .venv/bin/python bench/quality.py [--small] [--sizes 1000000,10000000] [--city DIR] [--json]
    .venv/bin/python bench/quality.py --sizes 10000000 --profile 3   # per-query times, no GX
    .venv/bin/python bench/quality.py --copies-crossover   # unique: GROUP BY vs numpy by size

Part 1, in one run, for each size (default 1M and 10M rows; ``--small``: 100k and 1M): a
synthetic ``records`` table (Parquet, written once by DuckDB) with known defects, and the same
seven checks in both tools —

    not-null (cccd)             ExpectColumnValuesToNotBeNull
    unique (id)                 ExpectColumnValuesToBeUnique
    regex (phone)               ExpectColumnValuesToMatchRegex
    allowed values (status)     ExpectColumnValuesToBeInSet
    referential (ward_code)     ExpectColumnValuesToBeInSet(ward codes)   (GX has no FK check)
    freshness (updated_at)      ExpectColumnValuesToBeBetween(min_value=cutoff)
    duplicates (name, birth)    ExpectCompoundColumnsToBeUnique

It asserts the failing counts are identical and prints the time ratio. A third column, "plain
DuckDB", runs the simplest hand-written DuckDB SQL giving the same failing counts on the same
Parquet files (one shared scan with ``count_if`` for the row checks, ``GROUP BY … HAVING`` for
the duplicates, an anti-join for the reference) in the same process, so the engine's overhead
over DuckDB itself is printed as a ratio too. Timings include reading
the Parquet file (lienthong: DuckDB scan; GX: ``pandas.read_parquet``); GX's validation-only
time is printed too, and the CPU seconds each side used (all threads) with their ratio. The
machine is shared and noisy: the ratio is the result, not the seconds.

Part 2 (``--city DIR``): registers a generated city (``lienthong city generate``) in a throwaway
store and times the full four-criteria scan (defaults + the city rules).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import os
import resource
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

# Loaded before any clock starts, for both sides: GX imports it before its clock starts, and
# DuckDB's Python client imports it (~0.2 s, once) at its first Python object or query
# parameter when it is installed, as here (GX and Splink need it; the quality engine does not).
with contextlib.suppress(ImportError):
    import pandas  # noqa: F401

from lienthong.quality import CheckSpec, DatasetInfo, EngineOptions, QualityEngine

AS_OF = date(2026, 1, 1)
CUTOFF = "2025-01-01"  # max_age P1Y (365 days) before AS_OF
STATUSES = ["Đang hoạt động", "Tạm ngừng kinh doanh", "Đã giải thể"]
PHONE = "^0[0-9]{9}$"


def _cpu() -> float:
    """CPU seconds this process has used (all threads): DuckDB's workers, pandas, GX."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def make_tables(folder: Path, rows: int) -> tuple[Path, Path]:
    """records.parquet with deterministic defects, and wards.parquet (the referenced table)."""
    records, wards = folder / f"records_{rows}.parquet", folder / "wards.parquet"
    con = duckdb.connect()
    con.execute(
        f"""COPY (SELECT 26000 + 3 * i AS ward_code, 'Phường ' || i AS name FROM range(168) r(i))
            TO '{wards}' (FORMAT parquet)"""
    )
    status = ", ".join(f"'{s}'" for s in STATUSES)
    con.execute(
        f"""
        COPY (
          SELECT
            CASE WHEN i % 997 = 0 THEN i - 1 ELSE i END AS id,
            CASE WHEN i % 50 = 0 THEN NULL ELSE lpad(CAST(79000000000 + i AS VARCHAR), 12, '0') END
              AS cccd,
            CASE WHEN i % 40 = 0 THEN '+84' || CAST(900000000 + i % 99999999 AS VARCHAR)
                 ELSE '09' || lpad(CAST(i % 100000000 AS VARCHAR), 8, '0') END AS phone,
            CASE WHEN i % 101 = 0 THEN 'Không rõ' ELSE ([{status}])[1 + i % 3] END AS status,
            CASE WHEN i % 83 = 0 THEN 99999 ELSE 26000 + 3 * (i % 168) END AS ward_code,
            CAST(DATE '2026-01-01' - CAST((hash(i) % 700) AS INTEGER) AS TIMESTAMP) AS updated_at,
            'Người ' || CAST(CASE WHEN i % 211 = 0 THEN i - 7 ELSE i END AS VARCHAR) AS name,
            DATE '1950-01-01' + CAST(CASE WHEN i % 211 = 0 THEN i - 7 ELSE i END % 20000 AS INTEGER)
              AS birth_date
          FROM range({rows}) r(i)
        ) TO '{records}' (FORMAT parquet)
        """
    )
    con.close()
    # Written to disk before anything is timed, so the kernel's writeback of the new files
    # (~30 s after the write) lands in neither tool's measurement.
    os.sync()
    return records, wards


class ParquetTable:
    """A connector-shaped reader for one Parquet file (what ``duckdb_scan`` would return)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def duckdb_scan(self, con: duckdb.DuckDBPyConnection, table: str) -> str:
        return f"read_parquet('{self.path}')"

    def fetch(self, sql: str, params: Any = None, *, timeout_s: float | None = None) -> Any:
        raise NotImplementedError("Parquet is read through DuckDB only")


def lienthong_checks(records: Path, wards: Path) -> tuple[dict[str, int], float]:
    flags = frozenset[str]
    table = DatasetInfo(
        "bench.records", "BENCH", "bench", "parquet", "records",
        {c: flags() for c in ("id", "cccd", "phone", "status", "ward_code", "updated_at",
                              "name", "birth_date")},
        key=("id",), update_frequency="P1Y",
    )  # fmt: skip
    ward_table = DatasetInfo(
        "bench.wards", "BENCH", "bench_wards", "parquet", "wards",
        {"ward_code": flags(), "name": flags()}, key=("ward_code",),
    )  # fmt: skip
    specs = {
        "not_null": CheckSpec(table.id, "not_null", ("cccd",)),
        "unique": CheckSpec(table.id, "unique", ("id",)),
        "regex": CheckSpec(table.id, "regex", ("phone",), {"pattern": PHONE}),
        "allowed_values": CheckSpec(table.id, "allowed_values", ("status",), {"values": STATUSES}),
        "referential": CheckSpec(
            table.id, "referential", ("ward_code",), {"references": "bench.wards.ward_code"}
        ),
        "freshness": CheckSpec(table.id, "stale_records", ("updated_at",), {"max_age": "P365D"}),
        "duplicates_2col": CheckSpec(table.id, "unique", ("name", "birth_date")),
    }
    readers = {"bench": ParquetTable(records), "bench_wards": ParquetTable(wards)}
    started = time.perf_counter()
    engine = QualityEngine(
        {table.id: table, ward_table.id: ward_table},
        lambda d: readers[d.source],
        options=EngineOptions(as_of=AS_OF),
    )
    try:
        results = engine.run(list(specs.values()))
    finally:
        engine.close()
    elapsed = time.perf_counter() - started
    by_id = {r.check: r for r in results}
    errors = [r.error for r in results if r.error]
    if errors:
        raise SystemExit(f"lienthong checks failed: {errors}")
    return {name: by_id[spec.id].failed for name, spec in specs.items()}, elapsed


def plain_duckdb_checks(records: Path, wards: Path) -> tuple[dict[str, int], float]:
    """The hand-written baseline: what DuckDB alone needs for the same failing counts."""
    r, w = f"read_parquet('{records}')", f"read_parquet('{wards}')"
    status = ", ".join(f"'{s}'" for s in STATUSES)
    started = time.perf_counter()
    con = duckdb.connect()
    try:
        row = con.execute(
            f"""SELECT count_if(cccd IS NULL),
                       count_if(phone IS NOT NULL AND NOT regexp_matches(phone, '{PHONE}')),
                       count_if(status NOT IN ({status})),
                       count_if(updated_at IS NULL OR updated_at < TIMESTAMP '{CUTOFF}')
                FROM {r}"""
        ).fetchone()
        assert row is not None
        (unique,) = con.execute(
            f"SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM {r} "
            "WHERE id IS NOT NULL GROUP BY id HAVING count(*) > 1)"
        ).fetchone() or (0,)
        (referential,) = con.execute(
            f"SELECT count(*) FROM {r} t ANTI JOIN {w} k ON t.ward_code = k.ward_code "
            "WHERE t.ward_code IS NOT NULL"
        ).fetchone() or (0,)
        (duplicates,) = con.execute(
            f"SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM {r} "
            "WHERE name IS NOT NULL AND birth_date IS NOT NULL "
            "GROUP BY name, birth_date HAVING count(*) > 1)"
        ).fetchone() or (0,)
    finally:
        con.close()
    elapsed = time.perf_counter() - started
    counts = {
        "not_null": row[0], "unique": unique, "regex": row[1], "allowed_values": row[2],
        "referential": referential, "freshness": row[3], "duplicates_2col": duplicates,
    }  # fmt: skip
    return {k: int(v) for k, v in counts.items()}, elapsed


def gx_checks(records: Path, wards: Path) -> tuple[dict[str, int], float, float, float]:
    import great_expectations as gx
    import pandas as pd

    started, cpu = time.perf_counter(), _cpu()
    frame = pd.read_parquet(records)
    ward_codes = pd.read_parquet(wards)["ward_code"].tolist()
    loaded = time.perf_counter()
    context = gx.get_context(mode="ephemeral")
    batch = (
        context.data_sources.add_pandas("bench")
        .add_dataframe_asset("records")
        .add_batch_definition_whole_dataframe("all")
    )
    e = gx.expectations
    expectations = {
        "not_null": e.ExpectColumnValuesToNotBeNull(column="cccd"),
        "unique": e.ExpectColumnValuesToBeUnique(column="id"),
        "regex": e.ExpectColumnValuesToMatchRegex(column="phone", regex=PHONE),
        "allowed_values": e.ExpectColumnValuesToBeInSet(column="status", value_set=STATUSES),
        "referential": e.ExpectColumnValuesToBeInSet(column="ward_code", value_set=ward_codes),
        "freshness": e.ExpectColumnValuesToBeBetween(
            column="updated_at", min_value=datetime.fromisoformat(CUTOFF)
        ),
        "duplicates_2col": e.ExpectCompoundColumnsToBeUnique(column_list=["name", "birth_date"]),
    }
    suite = context.suites.add(gx.ExpectationSuite(name="bench"))
    for expectation in expectations.values():
        suite.add_expectation(expectation)
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name="bench", data=batch, suite=suite)
    )
    with contextlib.redirect_stderr(io.StringIO()):  # GX's progress bars
        outcome = definition.run(batch_parameters={"dataframe": frame}, result_format="BASIC")
    by_type = {r.expectation_config.type: r for r in outcome.results}
    counts: dict[str, int] = {}
    for name, expectation in expectations.items():
        matches = (
            [
                r
                for r in outcome.results
                if r.expectation_config.kwargs.get("column") == getattr(expectation, "column", None)
                and r.expectation_config.type == expectation.expectation_type
            ]
            if hasattr(expectation, "column")
            else [by_type[expectation.expectation_type]]
        )
        (result,) = matches
        if result.exception_info and result.exception_info.get("raised_exception"):
            raise SystemExit(f"GX could not run {name}: {result.exception_info}")
        counts[name] = int(result.result.get("unexpected_count", 0))
    finished, cpu = time.perf_counter(), _cpu() - cpu
    del frame
    gc.collect()
    return counts, finished - started, finished - loaded, cpu


def compare(folder: Path, rows: int) -> dict[str, Any]:
    records, wards = make_tables(folder, rows)
    cpu = _cpu()
    plain, plain_s = plain_duckdb_checks(records, wards)
    plain_cpu, cpu = _cpu() - cpu, _cpu()
    ours, ours_s = lienthong_checks(records, wards)
    ours_cpu = _cpu() - cpu
    if ours != plain:
        raise SystemExit(
            f"failing counts differ at {rows:,} rows:\n lienthong {ours}\n DuckDB    {plain}"
        )
    theirs, gx_s, gx_validate_s, gx_cpu = gx_checks(records, wards)  # CPU after GX's import
    if ours != theirs:
        raise SystemExit(
            f"failing counts differ at {rows:,} rows:\n lienthong {ours}\n GX        {theirs}"
        )
    return {
        "rows": rows,
        "failing": ours,
        "lienthong_s": round(ours_s, 3),
        "plain_duckdb_s": round(plain_s, 3),
        "engine_overhead": round(ours_s / plain_s, 2),
        "gx_s": round(gx_s, 3),
        "gx_validate_only_s": round(gx_validate_s, 3),
        "ratio": round(gx_s / ours_s, 1),
        "ratio_validate_only": round(gx_validate_s / ours_s, 1),
        # CPU seconds each side used (all threads). On a shared machine the wall ratio moves
        # with the neighbours' load (a two-thread engine loses more of its share than mostly
        # single-threaded pandas does); the CPU ratio moves much less.
        "cpu_s": {"lienthong": round(ours_cpu, 2), "plain_duckdb": round(plain_cpu, 2),
                  "gx": round(gx_cpu, 2)},
        "cpu_ratio": round(gx_cpu / ours_cpu, 1),
    }  # fmt: skip


def profile(folder: Path, rows: int, runs: int) -> None:
    """Per-query wall and CPU seconds of the engine's run, ``runs`` times (no GX)."""
    from lienthong.quality._placement import DuckDBPlace

    records, wards = make_tables(folder, rows)
    query = DuckDBPlace.query
    spent: list[tuple[float, float, str]] = []

    def timed(place: DuckDBPlace, sql: str, **hints: Any) -> list[dict[str, Any]]:
        started, cpu = time.perf_counter(), _cpu()
        try:
            return query(place, sql, **hints)
        finally:
            spent.append((time.perf_counter() - started, _cpu() - cpu, " ".join(sql.split())))

    count_copies = DuckDBPlace.count_copies

    def timed_copies(place: DuckDBPlace, dataset_id: str, grouping: Any, sql: str) -> Any:
        started, cpu = time.perf_counter(), _cpu()
        try:
            return count_copies(place, dataset_id, grouping, sql)
        finally:
            label = f"copies of {', '.join(grouping.keys)}"
            spent.append((time.perf_counter() - started, _cpu() - cpu, label))

    DuckDBPlace.query = timed  # type: ignore[method-assign, assignment]
    DuckDBPlace.count_copies = timed_copies  # type: ignore[method-assign]
    try:
        for _ in range(runs):
            spent.clear()
            cpu = _cpu()
            _, wall = lienthong_checks(records, wards)
            queries = "; ".join(f"{_label(sql)} {w:.2f}/{c:.2f}" for w, c, sql in spent)
            print(f"{rows:,} rows: {wall:.3f} s wall, {_cpu() - cpu:.2f} s CPU; "
                  f"per query (wall/CPU s): {queries}", flush=True)  # fmt: skip
    finally:
        DuckDBPlace.query = query  # type: ignore[method-assign]
        DuckDBPlace.count_copies = count_copies  # type: ignore[method-assign]


def copies_crossover(folder: Path, sizes: list[int]) -> None:
    """``unique`` by GROUP BY against the numpy ways of ``_copies``, per size (best of 5).

    Where numpy starts to win sets ``INTEGER_MIN_ROWS`` and ``HASHED_MIN_ROWS``.
    """
    from lienthong.quality import _copies

    for rows in sizes:
        records, _ = make_tables(folder, rows)
        con = duckdb.connect()
        relation = f"read_parquet('{records}')"
        line = [f"{rows:>10,} rows:"]
        for keys, integer in ((("t.id",), True), (("t.name", "t.birth_date"), False)):
            present = " AND ".join(f"{k} IS NOT NULL" for k in keys)
            group_by = (
                "SELECT SUM(_n), SUM(CASE WHEN _n > 1 THEN _n ELSE 0 END) FROM (SELECT COUNT(*) "
                f"AS _n FROM {relation} t WHERE {present} GROUP BY {', '.join(keys)})"
            )
            ways = {
                "GROUP BY": lambda: con.execute(group_by).fetchone(),  # noqa: B023
                "numpy": lambda: _copies.count_copies(
                    con, relation, keys, present,  # noqa: B023
                    integer_key=integer, rows=rows, workers=2,  # noqa: B023
                ),
            }  # fmt: skip
            best = {}
            for way, run in ways.items():
                times = []
                for _ in range(5):
                    started = time.perf_counter()
                    run()
                    times.append(time.perf_counter() - started)
                best[way] = min(times) * 1000
            line.append(
                f"{', '.join(keys)}: GROUP BY {best['GROUP BY']:.1f} ms, "
                f"numpy {best['numpy']:.1f} ms;"
            )
        con.close()
        print(" ".join(line), flush=True)


def _label(sql: str) -> str:
    if sql.startswith("copies of "):
        return sql
    if " GROUP BY " in sql:
        return "GROUP BY " + sql.split(" GROUP BY ")[1].split(")")[0]
    return "anti-join" if " JOIN " in sql else "shared scan"


def city_scan(city: Path) -> dict[str, Any]:
    from lienthong.demo import city_rules_path
    from lienthong.quality import scan
    from lienthong.quality._service import RegistryConnectors, registered_datasets
    from lienthong.registry import Registry
    from lienthong.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{tmp}/platform.db")
        Registry(store).import_manifest(city / "manifest.json")
        datasets = registered_datasets(store)
        connectors = RegistryConnectors(store)
        started = time.perf_counter()
        try:
            run = scan(datasets, connectors, rules=city_rules_path(), as_of=AS_OF)
        finally:
            connectors.close()
        elapsed = time.perf_counter() - started
        store.close()
    manifest = json.loads((city / "manifest.json").read_text(encoding="utf-8"))
    return {
        "people": manifest["generator"]["people"],
        "checks": len(run.results),
        "errors": len(run.errors),
        "seconds": round(elapsed, 1),
        "city_scores": {s.criterion: s.score for s in run.scores if s.scope == "city"},
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "--small", action="store_true", help="100k and 1M rows instead of 1M and 10M"
    )
    parser.add_argument("--sizes", help="comma-separated row counts (overrides --small)")
    parser.add_argument("--city", type=Path, help="also time the full scan of this generated city")
    parser.add_argument("--skip-gx", action="store_true", help="only the city scan")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument(
        "--profile", type=int, metavar="RUNS", help="only time the engine's queries, RUNS times"
    )
    parser.add_argument(
        "--copies-crossover",
        action="store_true",
        help="only time unique by GROUP BY vs numpy at 50k-1M rows (or --sizes)",
    )
    args = parser.parse_args()
    sizes = [100_000, 1_000_000] if args.small else [1_000_000, 10_000_000]
    if args.sizes:
        sizes = [int(s) for s in args.sizes.split(",")]
    report: dict[str, Any] = {"date": date.today().isoformat(), "comparisons": []}
    if args.copies_crossover:
        with tempfile.TemporaryDirectory() as tmp:
            crossover_sizes = [50_000, 100_000, 200_000, 500_000, 1_000_000]
            copies_crossover(Path(tmp), sizes if args.sizes else crossover_sizes)
        return
    if args.profile:
        with tempfile.TemporaryDirectory() as tmp:
            for rows in sizes:
                profile(Path(tmp), rows, args.profile)
        return
    if not args.skip_gx:
        with tempfile.TemporaryDirectory() as tmp:
            for rows in sizes:
                result = compare(Path(tmp), rows)
                report["comparisons"].append(result)
                if not args.json:
                    print(
                        f"{rows:>11,} rows: lienthong {result['lienthong_s']:7.2f} s   "
                        f"plain DuckDB {result['plain_duckdb_s']:6.2f} s "
                        f"(engine {result['engine_overhead']}× plain)   "
                        f"GX {result['gx_s']:7.2f} s "
                        f"(validation only {result['gx_validate_only_s']:.2f} s)   "
                        f"→ {result['ratio']}× faster "
                        f"({result['ratio_validate_only']}× vs validation only); "
                        f"CPU s {result['cpu_s']} ({result['cpu_ratio']}×); "
                        "failing counts identical",
                        flush=True,
                    )
    if args.city:
        report["city"] = city_scan(args.city)
        if not args.json:
            c = report["city"]
            print(f"city of {c['people']:,} people: {c['checks']} checks, {c['errors']} errors, "
                  f"{c['seconds']} s; city scores {c['city_scores']}")  # fmt: skip
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(f"peak RSS {report['peak_rss_mb']} MB")


if __name__ == "__main__":
    main()
