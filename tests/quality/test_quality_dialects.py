"""One rule definition, several dialects: the same rules give the same counts on SQLite (via
DuckDB), PostgreSQL and MariaDB (pushed down), and on PostgreSQL / MariaDB read through
DuckDB's scanners."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from quality_fixtures import AS_OF, CARDS, PEOPLE, POPULATION, cards_info, write_sqlite
from sqlalchemy import Column, MetaData, Table, Text, create_engine, insert

from lienthong.quality import CheckSpec, DatasetInfo, EngineOptions, QualityEngine, load_rules
from lienthong.sources import open_connector_url

EXTRA = [
    CheckSpec("db.the", "coverage", ("so_cccd",), {"min_age": 18}),
    CheckSpec("db.the", "allowed_values", ("trang_thai",), {"values": ["A"]}),
    CheckSpec("db.the", "regex", ("ma_the",), {"pattern": "^C0[1-7]$"}),
    CheckSpec("db.the", "range", ("gioi_tinh",), {"min": 0, "max": 0.5}),
    CheckSpec("db.the", "referential", ("so_cccd",), {"references": "db.cong_dan.so_dinh_danh"}),
]


def _datasets(kind: str) -> dict[str, DatasetInfo]:
    """Both tables in one database (source ``db``), so checks joining them can push down."""
    pop = replace(POPULATION, id="db.cong_dan", source="db", source_kind=kind)
    cards = replace(cards_info(), id="db.the", source="db", source_kind=kind)
    return {pop.id: pop, cards.id: cards}


def _load(url: str, **table_options: str) -> None:
    engine = create_engine(url)
    meta = MetaData()
    pop_cols = ["so_dinh_danh", "ho_ten", "ngay_sinh", "gioi_tinh", "dia_chi", "ma_xa",
                "ngay_mat", "ngay_cap_nhat"]  # fmt: skip
    card_cols = ["ma_the", "ho_ten", "ngay_sinh", "gioi_tinh", "so_cccd", "dia_chi",
                 "ma_so_thue", "trang_thai", "cap_nhat"]  # fmt: skip
    pop = Table("cong_dan", meta, *(Column(c, Text) for c in pop_cols), **table_options)
    the = Table("the", meta, *(Column(c, Text) for c in card_cols), **table_options)
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(pop), [dict(zip(pop_cols, row, strict=True)) for row in PEOPLE])
        conn.execute(insert(the), [dict(zip(card_cols, row, strict=True)) for row in CARDS])
    engine.dispose()


def _counts(url: str, kind: str, *, pushdown: bool) -> tuple[dict[str, tuple[int, int]], set[str]]:
    datasets = _datasets(kind)
    connector = open_connector_url(url)
    options = EngineOptions(as_of=AS_OF, pushdown=pushdown)
    engine = QualityEngine(datasets, lambda _d: connector, reference="db.cong_dan", options=options)
    try:
        rules = load_rules(datasets)
        results = engine.run([*rules.specs, *EXTRA])
    finally:
        engine.close()
        connector.close()
    errors = {f"{r.dataset} {r.check}": r.error for r in results if r.error}
    assert not errors, errors
    counts = {f"{r.dataset} {r.check}": (r.total, r.failed) for r in results}
    return counts, {r.engine for r in results if r.kind != "subscription_lag"}


@pytest.fixture
def sqlite_counts(tmp_path: Path) -> Iterator[dict[str, tuple[int, int]]]:
    path = tmp_path / "db.db"
    write_sqlite(path)
    counts, engines = _counts(str(path), "sqlite", pushdown=True)
    assert engines == {"duckdb"}
    yield counts


class ParquetReader:
    """DuckDB's own format: each table a Parquet file DuckDB reads in place."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def duckdb_scan(self, con: duckdb.DuckDBPyConnection, table: str) -> str:
        return f"read_parquet('{self.folder / table}.parquet')"

    def fetch(self, sql: str, params: object = None, *, timeout_s: float | None = None) -> object:
        raise NotImplementedError


def test_duckdb_native_tables_agree_with_sqlite(
    tmp_path: Path, sqlite_counts: dict[str, tuple[int, int]]
) -> None:
    con = duckdb.connect()
    con.execute(f"ATTACH '{tmp_path / 'db.db'}' AS src (TYPE sqlite)")
    for table in ("cong_dan", "the"):
        con.execute(f"COPY src.{table} TO '{tmp_path / table}.parquet' (FORMAT parquet)")
    con.close()
    datasets = _datasets("parquet")
    reader = ParquetReader(tmp_path)
    engine = QualityEngine(
        datasets, lambda _d: reader, reference="db.cong_dan", options=EngineOptions(as_of=AS_OF)
    )
    try:
        results = engine.run([*load_rules(datasets).specs, *EXTRA])
    finally:
        engine.close()
    assert not [r.error for r in results if r.error]
    assert {f"{r.dataset} {r.check}": (r.total, r.failed) for r in results} == sqlite_counts


@pytest.mark.integration
def test_postgresql_pushdown_and_scanner_agree_with_sqlite(
    pg_url: str, sqlite_counts: dict[str, tuple[int, int]]
) -> None:
    _load(pg_url)
    pushed, engines = _counts(pg_url, "postgresql", pushdown=True)
    assert engines == {"postgresql"}
    assert pushed == sqlite_counts
    scanned, engines = _counts(pg_url, "postgresql", pushdown=False)
    assert engines == {"duckdb"}
    assert scanned == sqlite_counts


@pytest.mark.integration
@pytest.mark.parametrize("collation", ["utf8mb4_bin", "utf8mb4_unicode_ci"])
def test_mariadb_pushdown_and_scanner_agree_with_sqlite(
    mariadb_url: str, sqlite_counts: dict[str, tuple[int, int]], collation: str
) -> None:
    # a case- and accent-insensitive collation must not hide "Bình" ≠ "Binh"
    _load(mariadb_url, mysql_charset="utf8mb4", mysql_collate=collation)
    pushed, engines = _counts(mariadb_url, "mariadb", pushdown=True)
    assert engines == {"mysql"}
    assert pushed == sqlite_counts
    scanned, engines = _counts(mariadb_url, "mariadb", pushdown=False)
    assert engines == {"duckdb"}
    assert scanned == sqlite_counts
