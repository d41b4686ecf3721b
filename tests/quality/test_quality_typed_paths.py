"""Typed fast paths give the generic (text) SQL's counts on the same typed DuckDB table.

When DuckDB knows a column is an integer, a DATE or a TIMESTAMP, several checks skip the text
casts and trims (freshness compares days, referential anti-joins numbers, uniqueness may count
in numpy instead of a hash table). Each is checked here against the engine with column types hidden,
which compiles the portable text SQL every other engine runs, on rows made of edge cases.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb
import pytest

from lienthong.quality import CheckSpec, DatasetInfo, EngineOptions, QualityEngine, _copies
from lienthong.quality._placement import DuckDBPlace

AS_OF = date(2026, 1, 1)
#: every table built in the engine's own connection, so DuckDB keeps the exact types
TABLES = {
    "rows": """
        SELECT * FROM (VALUES
          (1, DATE '2025-06-01', TIMESTAMP '2025-06-01 10:00', TIMESTAMP_NS '2025-06-01 10:00', 7),
          (1, DATE '2024-12-31', TIMESTAMP '2024-12-31 23:59', TIMESTAMP_NS '2024-12-31 23:59', 8),
          (2, DATE '2025-01-01', TIMESTAMP '2025-01-01 00:00', TIMESTAMP_NS '2025-01-01 00:00', 99),
          (3, NULL, NULL, NULL, NULL),
          (NULL, DATE '0999-05-01', TIMESTAMP '0999-05-01', NULL, -7),
          (4, DATE 'infinity', TIMESTAMP 'infinity', NULL, 7),
          (5, DATE '-infinity', TIMESTAMP '-infinity', NULL, 8),
          (6, DATE '10000-01-01', TIMESTAMP '29999-01-01', NULL, 8),
          (6, DATE '0044-03-15 (BC)', TIMESTAMP '0044-03-15 (BC)', NULL, 7),
          (7, DATE '2026-01-01', TIMESTAMP '2026-01-01', TIMESTAMP_NS '2026-01-01', 8)
        ) v(id, day, stamp, stamp_ns, ward)""",
    "wards": "SELECT * FROM (VALUES (7::SMALLINT), (8::SMALLINT), (-7::SMALLINT)) v(code)",
    # 128-bit keys keep the text comparison (DuckDB would compare UHUGEINT with HUGEINT as DOUBLE)
    "big": """SELECT CAST(c AS UHUGEINT) AS code FROM (VALUES
                ('340282366920938463463374607431768211455'), ('7')) v(c)""",
}
COLUMNS = ("id", "day", "stamp", "stamp_ns", "ward")
ROWS = DatasetInfo("t.rows", "A", "t", "duckdb", "rows", {c: frozenset() for c in COLUMNS})
WARDS = DatasetInfo("t.wards", "A", "t", "duckdb", "wards", {"code": frozenset()})
BIG = DatasetInfo("t.big", "A", "t", "duckdb", "big", {"code": frozenset()})
SPECS = [
    CheckSpec(ROWS.id, "unique", ("id",)),
    CheckSpec(ROWS.id, "unique", ("id", "ward")),
    CheckSpec(ROWS.id, "not_null", ("id",)),
    CheckSpec(ROWS.id, "not_null", ("day",)),
    CheckSpec(ROWS.id, "regex", ("ward",), {"pattern": "^[0-9]{1}$"}),
    CheckSpec(ROWS.id, "allowed_values", ("ward",), {"values": ["7", "99"]}),
    CheckSpec(ROWS.id, "referential", ("ward",), {"references": "t.wards.code"}),
    CheckSpec(ROWS.id, "referential", ("id",), {"references": "t.big.code"}, name="big"),
    *(CheckSpec(ROWS.id, "stale_records", (c,), {"max_age": "P365D"}) for c in COLUMNS[1:4]),
]


class Tables:
    """A connector that builds its table in the engine's DuckDB connection."""

    def duckdb_scan(self, con: duckdb.DuckDBPyConnection, table: str) -> str:
        con.execute(f"CREATE OR REPLACE TABLE {table} AS {TABLES[table]}")
        return table

    def fetch(self, sql: str, params: Any = None, *, timeout_s: float | None = None) -> Any:
        raise NotImplementedError


def _counts() -> dict[str, tuple[int, int]]:
    engine = QualityEngine(
        {d.id: d for d in (ROWS, WARDS, BIG)},
        lambda _d: Tables(),
        options=EngineOptions(as_of=AS_OF),
    )
    try:
        results = engine.run(SPECS)
    finally:
        engine.close()
    assert not [r.error for r in results if r.error]
    return {r.check: (r.total, r.failed) for r in results}


def test_typed_sql_counts_like_the_text_sql(monkeypatch: pytest.MonkeyPatch) -> None:
    typed = _counts()
    with monkeypatch.context() as patch:
        patch.setattr(DuckDBPlace, "column_type", lambda self, d, c: None)
        text = _counts()
    with monkeypatch.context() as patch:  # uniqueness counted in numpy (see _copies)
        patch.setattr(_copies, "INTEGER_MIN_ROWS", 0)
        patch.setattr(_copies, "HASHED_MIN_ROWS", 0)
        counted_outside_sql = _counts()
    assert typed == text == counted_outside_sql
    # the edge rows do count: NULL, -infinity, BC, year 999 and 5-digit years are stale
    assert typed["stale_records:day"] == (10, 6)
    assert typed["unique:id"] == (9, 4)
    assert typed["referential:ward"] == (9, 1)
    assert typed["big"] == (9, 8)  # only id 7 is in the 128-bit table


def test_the_engine_sees_the_column_types() -> None:
    place = DuckDBPlace({ROWS.id: ROWS}, lambda _d: Tables())
    try:
        assert place.column_type(ROWS.id, "id") == "INTEGER"
        assert place.column_type(ROWS.id, "stamp_ns") == "TIMESTAMP_NS"
        assert place.column_type(ROWS.id, "nope") is None
    finally:
        place.close()
