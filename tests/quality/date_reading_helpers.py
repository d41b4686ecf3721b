"""What the date-reading tests share: a value judged by ``valid_date`` under a column's flags,
and one SQL reading run on PostgreSQL and MariaDB to compare with DuckDB's."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import duckdb
from sqlalchemy import create_engine, text

from lienthong.quality import CheckSpec, DatasetInfo
from lienthong.quality._dialect import DIALECTS
from lienthong.quality._kinds import check_kind
from lienthong.quality._model import CheckContext, RowQuery


def valid_date_fails(flags: frozenset[str], value: str) -> bool:
    """Whether ``valid_date`` on a column ``born`` with ``flags`` lists a row holding ``value``."""
    info = DatasetInfo("x.t", "A", "x", "duckdb", "t", {"born": flags})
    ctx = CheckContext(info, DIALECTS["duckdb"], lambda _d: "t", {info.id: info}, None,
                       date(2026, 1, 1))  # fmt: skip
    query = check_kind("valid_date").compile(CheckSpec(info.id, "valid_date", ("born",)), ctx)
    assert isinstance(query, RowQuery)
    derived = "".join(f", {expr} AS {alias}" for alias, expr in query.derived)
    sql = (
        f"SELECT ({query.applies}) AND ({query.fails}) FROM (SELECT t.*{derived} FROM "
        f"(SELECT {DIALECTS['duckdb'].literal(value)} AS born) t) t"
    )
    return bool(duckdb.sql(sql).fetchone()[0])  # type: ignore[index]


def read_on_servers(
    pg_url: str, mariadb_url: str, select: Callable[[str, str], str], values: Sequence[str]
) -> dict[str, list[object]]:
    """``select(dialect, value)`` run for every value on PostgreSQL and on MariaDB."""
    found: dict[str, list[object]] = {}
    for dialect, url in (("postgresql", pg_url), ("mysql", mariadb_url)):
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                found[dialect] = [
                    conn.execute(text(select(dialect, v).replace(":", r"\:"))).scalar()
                    for v in values
                ]
        finally:
            engine.dispose()
    return found
