"""Profiling in two passes: counts exact over every row, the sample repeatable, any width."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from lienthong.profiling import SAMPLE_ROWS, profile_scan
from lienthong.profiling._passes import RUN, Plan, _positioned_sample, first_pass, plan

ROWS = 30_000
#: 30,000 rows: codes on 30, 20, 10, 5, 3 % of them, a placeholder phone on 1 %, blanks.
TABLE = f"""
    SELECT
      CAST(i AS VARCHAR) AS stt,
      CASE WHEN i % 100 < 30 THEN 'A' WHEN i % 100 < 50 THEN 'B' WHEN i % 100 < 60 THEN 'C'
           WHEN i % 100 < 65 THEN 'D' WHEN i % 100 < 68 THEN 'E' ELSE 'Z' || i END AS ma,
      CASE WHEN i % 100 = 7 THEN '0000000000'
           ELSE '09' || lpad(CAST(i AS VARCHAR), 8, '0') END AS sdt,
      CASE i % 1000 WHEN 1 THEN '' WHEN 2 THEN '   ' WHEN 3 THEN chr(12288) WHEN 4 THEN chr(9)
           WHEN 5 THEN NULL ELSE 'x' || (i % 7) END AS ghi_chu,
      i % 3 AS so
    FROM range({ROWS}) t(i)
"""


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect()
    connection.execute(f"CREATE TABLE t AS {TABLE}")
    return connection


def _exact(con: duckdb.DuckDBPyConnection, column: str) -> list[tuple[str, int]]:
    rows = con.execute(
        f"SELECT CAST({column} AS VARCHAR) v, count(*) n FROM t WHERE {column} IS NOT NULL"
        " GROUP BY v ORDER BY n DESC, v LIMIT 5"
    ).fetchall()
    return [(str(v), int(n)) for v, n in rows]


def test_counts_are_exact_over_every_row_and_the_sample_is_bounded(
    con: duckdb.DuckDBPyConnection,
) -> None:
    profile = profile_scan(con, "t", "t")
    assert profile.rows == ROWS and profile.sampled == SAMPLE_ROWS
    ma, sdt, note, number = (profile.column(n) for n in ("ma", "sdt", "ghi_chu", "so"))
    assert ma is not None and sdt is not None and note is not None and number is not None
    assert list(ma.top_values) == _exact(con, "ma")  # the whole top five, counts exact
    assert ma.top_values == (("A", 9000), ("B", 6000), ("C", 3000), ("D", 1500), ("E", 900))
    assert sdt.top_values == (("0000000000", 300),)  # the placeholder; no other value repeats
    assert list(number.top_values) == _exact(con, "so")
    # '' , '   ' and the ideographic space trim to nothing in DuckDB; a tab does not
    assert (note.blanks, note.nulls, number.blanks) == (90, 30, 0)
    assert any("sample of 2,000 of 30,000 rows" in line for line in ma.evidence)


def test_the_same_table_gives_the_same_profile(con: duckdb.DuckDBPyConnection) -> None:
    assert profile_scan(con, "t", "t") == profile_scan(con, "t", "t")
    scan = "(SELECT * FROM t)"  # no row position: the values are hashed
    assert profile_scan(con, scan, "t") == profile_scan(con, scan, "t")


def test_a_wrong_row_estimate_still_draws_the_same_sample(con: duckdb.DuckDBPyConnection) -> None:
    names = ["stt", "ma", "sdt", "ghi_chu", "so"]
    for row_key in ("rowid", None):  # a table's row position, or the values of the row
        right = first_pass(con, "t", names, Plan(ROWS, True, row_key))
        too_high = first_pass(con, "t", names, Plan(10**9, True, row_key))  # drawn again
        unknown = first_pass(con, "t", names, Plan(None, True, row_key))
        assert len(right.sample) == SAMPLE_ROWS
        assert right == too_high == unknown
    assert plan(con, "t", names).row_key == "rowid"
    assert plan(con, "(SELECT * FROM t)", names).row_key is None


def test_a_parquet_file_is_sampled_by_position_and_several_files_in_the_scan(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    """The rows a big file's sample holds are read by their position, before the statistics;
    they are the rows the in-scan draw picks, in the same order."""
    names = ["stt", "ma", "sdt", "ghi_chu", "so"]
    for part in ("a", "b"):
        con.execute(f"COPY t TO '{tmp_path / part}.parquet' (ROW_GROUP_SIZE 4096)")
    one = f"read_parquet('{tmp_path / 'a'}.parquet')"
    both = f"read_parquet(['{tmp_path / 'a'}.parquet', '{tmp_path / 'b'}.parquet'])"
    for scan, rows in ((one, ROWS), (both, 2 * ROWS)):
        planned = plan(con, scan, names)
        assert planned.row_key == "file_index, file_row_number" and planned.estimate == rows
        drawn_in_scan = first_pass(con, scan, names, Plan(None, True, planned.row_key))
        assert first_pass(con, scan, names, planned) == drawn_in_scan
    positioned = _positioned_sample(con, one, names, planned.row_key, threshold=1 << 62)
    assert positioned is not None and len(positioned) == SAMPLE_ROWS
    # a sample spread over both files is drawn in the scan (positions repeat across files)
    assert _positioned_sample(con, both, names, planned.row_key, threshold=1 << 62) is None


def test_rows_with_a_position_are_sampled_in_whole_runs(con: duckdb.DuckDBPyConnection) -> None:
    """125 runs of 16 consecutive rows, spread over the table: a run's rows are decoded
    together when the sample is read by position."""
    sample = first_pass(con, "t", ["stt"], plan(con, "t", ["stt"])).sample
    runs: dict[int, set[int]] = {}
    for (stt,) in sample:
        assert stt is not None
        runs.setdefault(int(stt) // RUN, set()).add(int(stt) % RUN)
    assert len(runs) == SAMPLE_ROWS // RUN and all(len(r) == RUN for r in runs.values())
    assert max(runs) - min(runs) > ROWS // RUN // 2  # not one stretch of the table


def test_a_csv_scan_counts_in_one_pass_and_agrees(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    path = tmp_path / "t.csv"
    con.execute(f"COPY t TO '{path}' (HEADER)")
    from_table = profile_scan(con, "t", "t")
    scan = f"read_csv('{path}', all_varchar = true, header = true)"
    from_csv = profile_scan(con, scan, "t")
    for name in ("ma", "sdt", "ghi_chu"):
        table_column, csv_column = from_table.column(name), from_csv.column(name)
        assert table_column is not None and csv_column is not None
        assert csv_column.top_values == table_column.top_values
        # CSV reads an empty field as NULL: blanks and nulls together are the same
        assert csv_column.blanks + csv_column.nulls == table_column.blanks + table_column.nulls
    note = from_csv.column("ghi_chu")
    assert note is not None and note.blanks == 60  # the spaces and the ideographic space


def test_a_column_named_like_a_row_position_is_no_position(tmp_path: Path) -> None:
    """``RowID`` is DuckDB's ``rowid`` in any case: a file's own column of that name (text
    here) is read as data, and its rows are sampled by their values."""
    con = duckdb.connect()
    path = tmp_path / "t.csv"
    con.execute(
        f"COPY (SELECT 'R' || i AS RowID, i % 5 AS so FROM range(20000) t(i)) TO '{path}' (HEADER)"
    )
    scan = f"read_csv('{path}', all_varchar = true)"
    con.execute(f"CREATE TABLE t AS SELECT * FROM {scan}")
    for source in ("t", scan):
        assert plan(con, source, ["RowID", "so"]).row_key is None
        profile = profile_scan(con, source, "t")
        assert profile.rows == 20000 and profile.sampled == SAMPLE_ROWS


def test_a_table_smaller_than_the_sample_is_read_whole(con: duckdb.DuckDBPyConnection) -> None:
    profile = profile_scan(con, "(SELECT * FROM t LIMIT 500)", "t")
    stt = profile.column("stt")
    assert profile.sampled == 500 and stt is not None
    assert stt.top_values == (("0", 1), ("1", 1), ("10", 1), ("100", 1), ("101", 1))
    assert not any("sample of" in line for line in stt.evidence)


def test_an_empty_table_has_a_profile(con: duckdb.DuckDBPyConnection) -> None:
    profile = profile_scan(con, "(SELECT * FROM t LIMIT 0)", "t")
    assert profile.rows == 0 and profile.sampled == 0 and len(profile.columns) == 5
    assert all(c.top_values == () and c.min is None and c.blanks == 0 for c in profile.columns)


def test_a_table_wider_than_one_query_is_profiled_in_chunks() -> None:
    con = duckdb.connect()
    columns = ", ".join(f"CAST(i * {k} % 97 AS VARCHAR) AS c{k}" for k in range(1, 201))
    con.execute(f"CREATE TABLE wide AS SELECT {columns} FROM range(5000) t(i)")
    profile = profile_scan(con, "wide", "wide")
    assert len(profile.columns) == 200 and profile.sampled == SAMPLE_ROWS
    last = profile.column("c200")
    assert last is not None and last.rows == 5000 and last.top_values[0][1] in (51, 52)


@pytest.mark.integration
@pytest.mark.parametrize("server", ["pg_url", "mariadb_url"])
def test_a_database_table_is_sampled_by_its_values_not_a_null_position(
    server: str, request: pytest.FixtureRequest
) -> None:
    """The PostgreSQL and MySQL scanners accept ``rowid`` but give NULL: hashing it would make
    every row tie and the sample whichever rows came first."""
    import sqlalchemy

    from lienthong.sources import open_connector_url
    from lienthong.sources._duckdb import duckdb_connect

    url = request.getfixturevalue(server)
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as db:
        db.execute(sqlalchemy.text("CREATE TABLE nguoi (id INTEGER PRIMARY KEY, ma VARCHAR(9))"))
        db.execute(
            sqlalchemy.text("INSERT INTO nguoi VALUES (:id, :ma)"),
            [{"id": i, "ma": "A" if i % 4 == 0 else f"m{i}"} for i in range(9000)],
        )
    engine.dispose()
    with open_connector_url(url) as connector:
        con = duckdb_connect()
        scan = connector.duckdb_scan(con, "nguoi")
        assert plan(con, scan, ["id", "ma"]).row_key is None
        profile = profile_scan(con, scan, "nguoi")
        again = profile_scan(con, scan, "nguoi")
        con.close()
    ids = profile.column("id")
    ma = profile.column("ma")
    assert profile == again and profile.sampled == SAMPLE_ROWS
    assert ids is not None and ids.max == "8999"
    assert ma is not None and ma.top_values == (("A", 2250),)
