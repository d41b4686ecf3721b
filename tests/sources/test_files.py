"""CSV and Excel: files agencies hand over, queried through DuckDB as text."""

from __future__ import annotations

import datetime as dt
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import openpyxl
import pytest

from lienthong.errors import EncodingError, InputError, SourceUnavailableError
from lienthong.sources import CsvConnector, duckdb_connect, open_connector_url, sniff_delimiter
from lienthong.sources._csv import has_header_row

HEADER = ["ma_thua", "ten_chu_su_dung", "so_giay_to", "dien_tich_m2"]
LAND = [
    ["T0001", "Nguyễn Văn An", "079085000001", "80.5"],
    ["T0002", "Lê Hữu Đức", "280123456", "120"],
]


def write_csv(path: Path, encoding: str, delimiter: str = ",") -> Path:
    lines = [delimiter.join(HEADER)] + [delimiter.join(row) for row in LAND]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_in_any_supported_encoding_and_delimiter_reads_the_same(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = write_csv(tmp_path / "land.csv", encoding, delimiter)
    with open_connector_url(str(path)) as connector:
        (table,) = connector.introspect()
        assert (table.name, table.column_names) == ("land", tuple(HEADER))
        rows = connector.fetch("SELECT * FROM land WHERE ma_thua = :m", {"m": "T0001"})
        assert isinstance(connector, CsvConnector)
        assert (connector.encoding, connector.delimiter) == (encoding, delimiter)
    # text stays text: the CCCD keeps its leading zero
    assert rows == [dict(zip(HEADER, LAND[0], strict=True))]


def test_cp1258_csv_is_read_as_nfc_vietnamese(tmp_path: Path) -> None:
    path = tmp_path / "land.csv"
    # "Đức" in Windows-1258: Đ (0xD0), u, the horn-u ư (0xFD) with a separate acute (0xEC)
    path.write_bytes(b"ma_thua;ten\nT1;L\xea Do\xe3n \xd0\xfd\xecc\n")
    with open_connector_url(str(path)) as connector:
        assert connector.fetch("SELECT ten FROM land") == [{"ten": "Lê Doăn Đức"}]


def test_an_undecodable_csv_is_an_encoding_error(tmp_path: Path) -> None:
    path = tmp_path / "land.csv"
    path.write_bytes(b"ma_thua,ten\nT1,\x81\x8d\x90\n")
    with open_connector_url(str(path)) as connector, pytest.raises(EncodingError):
        connector.introspect()


def test_empty_and_missing_csv_files_say_so(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_text("")
    connector = open_connector_url(str(tmp_path / "empty.csv"))
    with connector, pytest.raises(InputError, match="empty"):
        connector.introspect()
    with pytest.raises(SourceUnavailableError, match="does not exist"):
        open_connector_url(str(tmp_path / "missing.csv"))


def test_a_changed_csv_is_reloaded(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "land.csv", "utf-8")
    with open_connector_url(str(path)) as connector:
        assert connector.fetch("SELECT count(*) AS n FROM land") == [{"n": 2}]
        path.write_text(path.read_text() + "T0003,Trần Thị Bé,079190000002,50\n")
        os.utime(path, (1, 1))  # a different mtime, whatever the clock resolution
        assert connector.fetch("SELECT count(*) AS n FROM land") == [{"n": 3}]


def test_csv_duckdb_scan_and_iter_rows(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "land.csv", "utf-16", ";")
    con = duckdb_connect()
    with open_connector_url(str(path)) as connector:
        scan = connector.duckdb_scan(con, "land")
        assert con.execute(f"SELECT so_giay_to FROM {scan} ORDER BY 1").fetchall() == [
            ("079085000001",),
            ("280123456",),
        ]
        batches = list(connector.iter_rows("land", batch_size=1))
    assert [batch[0]["ten_chu_su_dung"] for batch in batches] == ["Nguyễn Văn An", "Lê Hữu Đức"]


def test_sniffing_falls_back_to_a_comma() -> None:
    assert sniff_delimiter("only_one_column\nvalue\n") == ","
    assert sniff_delimiter("a;b;c\n1;2;3\n") == ";"
    assert sniff_delimiter("a, b, c\n1, , 3\n") == ", "  # FEBRL writes a space after each
    assert sniff_delimiter("a, b,c\n1, 2,3\n") == ","  # not every one: the space is data


def write_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    pupils = workbook.active
    assert pupils is not None
    pupils.title = "HocSinh"
    pupils.append(["Mã học sinh", "Họ và tên", "Ngày sinh", "Điểm", "Mã định danh"])
    pupils.append(["HS1", "Nguyễn Minh Khôi", dt.date(2012, 9, 5), 8.5, "079212000101"])
    pupils.append(["HS2", "Phạm Thị Thu Hà", "05/01/2013", 9, None])
    pupils.append([None, None, None, None, None])  # blank rows are skipped
    classes = workbook.create_sheet("Lop")
    classes.append(["Lớp", "Sĩ số"])
    classes.append(["7A", 35])
    workbook.create_sheet("Trong")  # an empty sheet is not a table
    workbook.save(path)
    return path


def test_each_excel_sheet_is_a_table_of_text(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "education.xlsx")
    with open_connector_url(str(path)) as connector:
        assert connector.kind == "excel"
        tables = {table.name: table for table in connector.introspect()}
        assert sorted(tables) == ["HocSinh", "Lop"]
        assert tables["HocSinh"].column_names[1] == "Họ và tên"
        rows = connector.fetch('SELECT * FROM HocSinh ORDER BY "Mã học sinh"')
    assert rows[0] == {
        "Mã học sinh": "HS1",
        "Họ và tên": "Nguyễn Minh Khôi",
        "Ngày sinh": "2012-09-05",  # a real Excel date becomes ISO text
        "Điểm": "8.5",
        "Mã định danh": "079212000101",
    }
    assert rows[1]["Ngày sinh"] == "05/01/2013" and rows[1]["Điểm"] == "9"
    assert rows[1]["Mã định danh"] is None


def test_excel_duckdb_scan(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "education.xlsx")
    con = duckdb_connect()
    with open_connector_url(str(path)) as connector:
        scan = connector.duckdb_scan(con, "Lop")
        assert con.execute(f'SELECT "Sĩ số" FROM {scan}').fetchall() == [("35",)]


@pytest.mark.parametrize(
    "content",
    [b"this is not a zip file", b"PK\x03\x04 truncated", b""],
    ids=["text", "zip", "empty"],
)
def test_an_unreadable_workbook_is_an_input_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    with open_connector_url(str(path)) as connector:
        with pytest.raises(InputError, match="cannot be read") as caught:
            connector.introspect()
        assert caught.value.hint is not None and ".xlsx" in caught.value.hint


def test_old_xls_workbooks_are_refused_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"old \.xls") as caught:
        open_connector_url(str(tmp_path / "old.xls"))
    assert caught.value.hint is not None and "save it as .xlsx" in caught.value.hint


def test_file_sources_index_their_keys_for_keyed_lookups(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "land.csv", "utf-8")
    with open_connector_url(str(path), keys={"land": ("ma_thua",)}) as connector:
        rows = connector.fetch(
            "SELECT ten_chu_su_dung FROM land WHERE ma_thua = :m", {"m": "T0002"}
        )
        indexes = connector.fetch("SELECT table_name, sql FROM duckdb_indexes()")
    assert rows == [{"ten_chu_su_dung": "Lê Hữu Đức"}]
    assert [i["table_name"] for i in indexes] == ["land"] and "ma_thua" in indexes[0]["sql"]


def test_a_file_connector_serves_many_threads_at_once(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "land.csv", "utf-8")
    keys = ["T0001", "T0002"] * 40
    with open_connector_url(str(path)) as connector, ThreadPoolExecutor(8) as pool:
        results = list(
            pool.map(
                lambda k: connector.fetch("SELECT * FROM land WHERE ma_thua = :m", {"m": k}), keys
            )
        )
    assert [r[0]["ma_thua"] for r in results] == keys


def test_temporary_copies_are_removed_on_close(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "land.csv", "utf-16")  # UTF-16 is read through a UTF-8 copy
    connector = open_connector_url(str(path))
    con = duckdb_connect()
    scan = connector.duckdb_scan(con, "land")
    copy = Path(scan.split("'")[1])
    assert copy.exists() and copy.read_text(encoding="utf-8").startswith("ma_thua")
    connector.close()
    assert not copy.exists()


def test_a_semicolon_file_with_commas_in_its_values_splits_on_semicolons() -> None:
    """No header row, and every address holds two commas: ',' would give 3 columns on every
    line, ';' gives 6: the delimiter is the one splitting every line into the most fields."""
    lines = [
        f"{i};Lê Văn An;17/12/1945;Nam;0360450{i:05d};{i} Lê Lợi, Phường Bến Thành, TP HCM"
        for i in range(1, 30)
    ]
    assert sniff_delimiter("\n".join(lines) + "\n") == ";"
    # a comma file with one semicolon in a value stays a comma file
    assert sniff_delimiter("a,b,c\n1,x;y,3\n4,5,6\n7,8,9\n") == ","


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("STT;Họ tên;Ngày sinh\n1;Lê An;17/12/1945\n", True),
        ("c1,c2,c3\n1,2,3\n", True),
        ("1;Lê An;17/12/1945;036045068806\n2;Vy;01/01/1950;036045068807\n", False),
        ("1\tAn\t0903123456\n", False),
        ("Năm 2024,Tháng 01/2024\n1,2\n", True),
    ],
)
def test_a_first_row_holding_a_date_or_a_long_number_is_data(text: str, header: bool) -> None:
    delimiter = sniff_delimiter(text)
    assert has_header_row(text, delimiter) is header


def test_a_csv_without_a_header_row_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "nhan_khau.csv"
    path.write_text("1;Lê Văn An;17/12/1945\n2;Trần Thị Vy;01/01/1950\n", encoding="utf-8")
    with CsvConnector(path) as connector:
        (table,) = connector.introspect()
        assert table.column_names == ("column0", "column1", "column2")
        rows = [row for batch in connector.iter_rows(table.name) for row in batch]
        assert len(rows) == 2
