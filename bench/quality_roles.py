"""Role-driven quality checks on a stranger's 10M-row table, against two baselines in one run.

A synthetic table shaped like an agency's export (every column text, as a CSV gives it: CCCD,
full name, ``yyyymmdd`` birth date, sex, phone, e-mail, tax code, last-updated timestamp) with
a defect every few thousand rows, written once as Parquet by DuckDB. Its roles come from
profiling it (``profile_scan``: statistics on every row, roles on a sample; timed apart), then:

    role-driven   the checks ``quality run`` derives from those roles (``from_roles``)
    manifest      the checks a manifest flagging the same columns gets (the city's path)
    SUMMARIZE     DuckDB's ``SUMMARIZE`` of the table: one statistics pass over every column

all on the same file in the same process, so the ratios are the result, not the seconds.

    .venv/bin/python bench/quality_roles.py [--rows 10000000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from lienthong.identifiers import make_mst
from lienthong.profiling import THRESHOLD, profile_scan
from lienthong.quality import CheckResult, DatasetInfo, EngineOptions, QualityEngine
from lienthong.quality._roles import RoleColumn, flags_from_roles
from lienthong.quality._rules import default_specs

AS_OF = date(2026, 1, 1)
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thu", "Đức"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Linh", "Mai", "Nam", "Vy"]
MANIFEST = {
    "so_cccd": {"cccd"},
    "ho_ten": {"full_name"},
    "ngay_sinh": {"birth_date"},
    "gioi_tinh": {"sex"},
    "ma_so_thue": {"mst"},
    "cap_nhat": {"updated_at"},
}


def _sql_list(values: list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def make_table(path: Path, rows: int) -> None:
    """The stranger's table; defects: every 5,003rd row an impossible date, every 7,001st a
    short phone, every 9,001st a blank name, every 10,007th a CCCD from an unknown province."""
    taxes = [m for n in range(1, 400) if (m := make_mst("03", n))][:100]
    con = duckdb.connect()
    con.execute(
        f"""
        COPY (
          SELECT
            CAST(i + 1 AS VARCHAR) AS stt,
            CASE WHEN i % 9001 = 0 THEN ''
                 ELSE list_element({_sql_list(FAMILY)}, i % 11 + 1) || ' '
                   || list_element({_sql_list(MIDDLE)}, i % 7 + 1) || ' '
                   || list_element({_sql_list(GIVEN)}, i % 12 + 1) END AS ho_ten,
            CASE WHEN i % 5003 = 0 THEN strftime(born, '%Y') || '0231'
                 ELSE strftime(born, '%Y%m%d') END AS ngay_sinh,
            CASE WHEN i % 2 = 0 THEN 'Nam' ELSE 'Nữ' END AS gioi_tinh,
            CASE WHEN i % 10007 = 0 THEN '999' ELSE '079' END
              || CAST((CASE WHEN year(born) >= 2000 THEN 2 ELSE 0 END) + i % 2 AS VARCHAR)
              || lpad(CAST(year(born) % 100 AS VARCHAR), 2, '0')
              || lpad(CAST(i % 1000000 AS VARCHAR), 6, '0') AS so_cccd,
            CASE WHEN i % 7001 = 0 THEN '0901234'
                 ELSE '09' || lpad(CAST(i % 100000000 AS VARCHAR), 8, '0') END AS sdt,
            'nguoi' || i || '@example.vn' AS email,
            list_element({_sql_list(taxes)}, i % 100 + 1) AS ma_so_thue,
            strftime(TIMESTAMP '2025-06-01 08:00:00' + to_days(CAST(i % 200 AS INTEGER)),
                     '%Y-%m-%d %H:%M:%S') AS cap_nhat
          FROM (SELECT i, DATE '1940-01-01' + CAST((i * 7919) % 23725 AS INTEGER) AS born
                FROM range({rows}) r(i))
        ) TO '{path}' (FORMAT parquet)
        """
    )
    con.close()


class ParquetTable:
    """A connector-shaped reader for one Parquet file (what ``duckdb_scan`` would return)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def duckdb_scan(self, con: duckdb.DuckDBPyConnection, table: str) -> str:
        return f"read_parquet('{self.path}')"

    def fetch(self, sql: str, params: Any = None, *, timeout_s: float | None = None) -> Any:
        raise NotImplementedError("Parquet is read through DuckDB only")


def run_checks(path: Path, dataset: DatasetInfo) -> tuple[list[CheckResult], float]:
    reader = ParquetTable(path)
    specs = default_specs(dataset, None)
    specs = [s for s in specs if s.kind != "subscription_lag"]  # nothing to measure here
    started = time.perf_counter()
    engine = QualityEngine(
        {dataset.id: dataset}, lambda _d: reader, options=EngineOptions(as_of=AS_OF)
    )
    try:
        results = engine.run(specs)
    finally:
        engine.close()
    elapsed = time.perf_counter() - started
    errors = [(r.check, r.error) for r in results if r.error]
    if errors:
        raise SystemExit(f"checks failed to run: {errors}")
    return results, elapsed


def summarize(path: Path) -> float:
    con = duckdb.connect()
    started = time.perf_counter()
    con.execute(f"SUMMARIZE SELECT * FROM read_parquet('{path}')").fetchall()
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stranger.parquet"
        started = time.perf_counter()
        make_table(path, args.rows)
        print(f"{args.rows:,} rows written in {time.perf_counter() - started:.1f} s")
        con = duckdb.connect()
        started = time.perf_counter()
        profile = profile_scan(con, f"read_parquet('{path}')", "bench.stranger")
        profiled_s = time.perf_counter() - started
        con.close()
        print(f"profiled in {profiled_s:.1f} s: " + ", ".join(
            f"{c.name}={c.role}" for c in profile.columns
        ))  # fmt: skip
        names = [c.name for c in profile.columns]
        roled = [RoleColumn(c.name, c.role, c.confidence) for c in profile.columns]
        flags, _ = flags_from_roles(
            {n: frozenset({"personal"}) for n in names}, roled, threshold=THRESHOLD
        )
        strange = DatasetInfo(
            "bench.stranger", "BENCH", "bench", "parquet", "stranger", flags, from_roles=True
        )
        described = DatasetInfo(
            "bench.stranger", "BENCH", "bench", "parquet", "stranger",
            {n: frozenset(MANIFEST.get(n, set())) for n in names}, update_frequency="P1Y",
        )  # fmt: skip
        summarize_s = summarize(path)
        roles, roles_s = run_checks(path, strange)
        manifest, manifest_s = run_checks(path, described)
        summarize_again = summarize(path)
    floor = min(summarize_s, summarize_again)
    print(f"SUMMARIZE: {summarize_s:.2f} s, again after the checks {summarize_again:.2f} s")
    print(f"manifest flags: {len(manifest)} checks in {manifest_s:.2f} s")
    print(f"role-driven: {len(roles)} checks in {roles_s:.2f} s")
    print(
        f"role-driven / manifest = {roles_s / manifest_s:.2f}x "
        f"({len(roles) / len(manifest):.2f}x the checks); "
        f"role-driven / SUMMARIZE = {roles_s / floor:.2f}x"
    )
    by_check = {r.check: r.failed for r in roles}
    planted = {
        "valid_date:ngay_sinh": -(-args.rows // 5003),
        "format:sdt": -(-args.rows // 7001),
        "not_null:ho_ten": -(-args.rows // 9001),
        "cccd_structure:so_cccd": -(-args.rows // 10007),
    }
    for check, expected in planted.items():
        assert by_check[check] == expected, (check, by_check[check], expected)
    print("planted defects counted exactly:", ", ".join(f"{c} {n:,}" for c, n in planted.items()))
    slowest = sorted(roles, key=lambda r: -r.elapsed_ms)[:5]
    print("slowest role-driven checks (ms, queries overlap): " + ", ".join(
        f"{r.check} {r.elapsed_ms:,.0f}" for r in slowest
    ))  # fmt: skip
    for r in sorted(roles, key=lambda r: r.check):
        print(f"  {r.check:42} {r.criterion.value if r.criterion else '':5} "
              f"{r.failed:>9,} / {r.total:>10,}")  # fmt: skip


if __name__ == "__main__":
    main()
