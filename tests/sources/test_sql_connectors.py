"""SQLite, PostgreSQL and MariaDB connectors: the same behaviour through one base class."""

from __future__ import annotations

import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor

import pytest
from source_engines import EMOJI_NOTE, NFC_NAME, NFD_NAME, ROWS, Engine

from lienthong.errors import InputError, NotFoundError, SourceTimeoutError
from lienthong.sources import duckdb_connect, open_connector_url

LOOKUP = "SELECT ho_ten, ngay_sinh, ghi_chu FROM cong_dan WHERE so_dinh_danh = :cccd"


def test_introspect_reads_columns_nullability_and_primary_key(engine: Engine) -> None:
    with open_connector_url(engine.url) as connector:
        assert connector.kind == engine.name
        (table,) = connector.introspect()
    assert table.name == "cong_dan"
    assert table.column_names == ("so_dinh_danh", "ho_ten", "ngay_sinh", "ghi_chu")
    assert table.primary_key == ("so_dinh_danh",)
    nullable = {column.name: column.nullable for column in table.columns}
    assert nullable["ho_ten"] is False and nullable["ghi_chu"] is True
    assert "VARCHAR" in table.columns[0].type.upper()


def test_fetch_binds_parameters_and_returns_dicts(engine: Engine) -> None:
    with open_connector_url(engine.url) as connector:
        rows = connector.fetch(LOOKUP, {"cccd": "079185000001"})
        assert rows == [{"ho_ten": NFC_NAME, "ngay_sinh": "1985-03-14", "ghi_chu": EMOJI_NOTE}]
        assert connector.fetch(LOOKUP, {"cccd": "' OR '1'='1"}) == []


def test_vietnamese_text_round_trips_exactly_nfc_and_nfd(engine: Engine) -> None:
    with open_connector_url(engine.url) as connector:
        (nfd,) = connector.fetch(LOOKUP, {"cccd": "079090000002"})
        (nfc,) = connector.fetch(LOOKUP, {"cccd": "079185000001"})
    # the connector never normalises: an NFD defect in the source must stay visible
    assert nfd["ho_ten"] == NFD_NAME and not unicodedata.is_normalized("NFC", nfd["ho_ten"])
    assert nfc["ho_ten"] == NFC_NAME and unicodedata.is_normalized("NFC", nfc["ho_ten"])
    assert nfc["ghi_chu"] == EMOJI_NOTE  # 4-byte characters survive (utf8mb4 on MariaDB)


def test_missing_parameters_are_input_errors(engine: Engine) -> None:
    with open_connector_url(engine.url) as connector, pytest.raises(InputError, match="cccd"):
        connector.fetch(LOOKUP, {})


def test_result_columns_runs_the_query_without_reading_rows(engine: Engine) -> None:
    with open_connector_url(engine.url) as connector:
        assert connector.result_columns(LOOKUP) == ["ho_ten", "ngay_sinh", "ghi_chu"]
        with pytest.raises(InputError):
            connector.result_columns("SELECT no_such_column FROM cong_dan")


def test_a_slow_query_times_out_quickly_and_the_connector_still_works(engine: Engine) -> None:
    with open_connector_url(engine.url) as connector:
        started = time.monotonic()
        with pytest.raises(SourceTimeoutError, match=r"did not answer within 0\.3 s"):
            connector.fetch(engine.slow_query, timeout_s=0.3)
        assert time.monotonic() - started < 3
        assert len(connector.fetch(LOOKUP, {"cccd": "001200000003"})) == 1


def test_iter_rows_streams_the_table_in_batches(engine: Engine) -> None:
    with open_connector_url(engine.url) as connector:
        batches = list(connector.iter_rows("cong_dan", batch_size=2))
        assert [len(batch) for batch in batches] == [2, 1]
        keys = sorted(row["so_dinh_danh"] for batch in batches for row in batch)
        assert keys == sorted(row[0] for row in ROWS)
        # the pooled connection is usable afterwards, with its timeout armed again
        with pytest.raises(SourceTimeoutError):
            connector.fetch(engine.slow_query, timeout_s=0.3)


def test_unknown_tables_are_not_found(engine: Engine) -> None:
    with open_connector_url(engine.url) as connector, pytest.raises(NotFoundError, match="HocSinh"):
        list(connector.iter_rows("HocSinh"))


def test_duckdb_scan_reads_the_table_inside_duckdb(engine: Engine) -> None:
    con = duckdb_connect()
    with open_connector_url(engine.url) as connector:
        scan = connector.duckdb_scan(con, "cong_dan")
        names = con.execute(f"SELECT ho_ten FROM {scan} ORDER BY so_dinh_danh").fetchall()
        assert [n for (n,) in names] == ["Lê Hữu Phước", NFD_NAME, NFC_NAME]
        # a second scan reuses the attached database instead of attaching it again
        assert connector.duckdb_scan(con, "cong_dan") == scan
    con.close()


def test_one_connector_serves_many_threads_at_once(engine: Engine) -> None:
    keys = [row[0] for row in ROWS] * 20
    with open_connector_url(engine.url) as connector, ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda key: connector.fetch(LOOKUP, {"cccd": key}), keys))
    names = {row[0]: row[1] for row in ROWS}
    assert [r[0]["ho_ten"] for r in results] == [names[key] for key in keys]
