"""Files and tables a stranger sends, registered as a user would: each gets a profile or one
sentence saying what is wrong, and a refused source leaves nothing registered (issue 12)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import openpyxl
import pytest
from test_registry_cli import Run, run  # noqa: F401  (the CLI fixture)

from lienthong.errors import InputError
from lienthong.quality._corpus import to_cp1258
from lienthong.registry import Registry

PEOPLE = [
    ("Nguyễn Văn An", "079203001234", "01/02/1990"),
    ("Trần Thị Bình", "079303001235", "03/04/1991"),
    ("Lê Văn Cường", "079203001236", "05/06/1992"),
]


def _csv(rows: list[tuple[str, ...]]) -> str:
    return "".join(",".join(row) + "\n" for row in rows)


@pytest.fixture
def px(registry: Registry) -> Registry:
    registry.add_agency("PX", "UBND phường")
    return registry


def _nothing_registered(registry: Registry) -> None:
    assert registry.list_sources() == [] and registry.list_datasets() == []


def test_a_sqlite_column_of_mixed_types_is_profiled_as_text(px: Registry, tmp_path: Path) -> None:
    path = tmp_path / "mixed.db"
    with sqlite3.connect(path) as db:  # SQLite keeps whatever type it is given
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, so INTEGER)")
        db.executemany("INSERT INTO t VALUES (?, ?)", [(1, 5), (2, "abc"), (3, 2.5), (4, 5)])
    px.add_source("PX", "mx", str(path))
    profile = px.get_profile("mx.t")
    assert profile is not None and profile.rows == 4
    column = profile.column("so")
    assert column is not None and column.stored_type == "VARCHAR"
    assert column.top_values == (("5", 2), ("2.5", 1), ("abc", 1))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1258"])
def test_a_file_with_a_bom_or_in_windows_1258_is_profiled_as_written(
    px: Registry, tmp_path: Path, encoding: str
) -> None:
    text = _csv([("ho_ten", "so_cccd", "ngay_sinh"), *PEOPLE])
    data = to_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    (tmp_path / "nguoi.csv").write_bytes(data)
    px.add_source("PX", "nd", str(tmp_path / "nguoi.csv"))
    profile = px.get_profile("nd.nguoi")
    assert profile is not None and [c.name for c in profile.columns] == [
        "ho_ten", "so_cccd", "ngay_sinh"
    ]  # fmt: skip
    name = profile.column("ho_ten")
    assert name is not None and name.role == "full_name"
    assert name.top_values[0] == ("Lê Văn Cường", 1)  # NFC Vietnamese, not mojibake


def test_a_file_without_a_header_row_is_read_whole_with_roles_from_its_values(
    px: Registry, tmp_path: Path
) -> None:
    """A first row of values (a CCCD, a date) is data, not a header: no row is lost, the
    columns get positional names and their roles come from the values."""
    (tmp_path / "nguoi.csv").write_text(_csv(PEOPLE), encoding="utf-8")
    px.add_source("PX", "nd", str(tmp_path / "nguoi.csv"))
    profile = px.get_profile("nd.nguoi")
    assert profile is not None and profile.rows == len(PEOPLE)  # the first row is kept
    roles = {c.name: c.role for c in profile.columns}
    assert list(roles) == ["column0", "column1", "column2"]
    assert roles["column0"] == "full_name" and roles["column1"] == "cccd"
    assert roles["column2"] in {"birth_date", "date"}  # three dates two years apart: any date


def test_the_header_check_refuses_a_first_row_read_as_names(tmp_path: Path) -> None:
    """The safety net behind the reader: a profile whose column names are values of their
    own column's format (the first row of a header-less file the reader took for a header)."""
    from dataclasses import replace

    import duckdb

    from lienthong.profiling import header_values
    from lienthong.profiling._profile import profile_scan

    con = duckdb.connect()
    con.execute("CREATE TABLE t (a VARCHAR, b VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", [(r[1], r[2]) for r in PEOPLE])
    profile = profile_scan(con, "t", "x.t")
    renamed = replace(
        profile,
        columns=(
            replace(profile.columns[0], name="079203001299"),
            replace(profile.columns[1], name="07/08/1993"),
        ),
    )
    assert header_values(renamed) == ["079203001299", "07/08/1993"]
    assert header_values(profile) == []


def test_a_header_that_names_its_columns_is_not_mistaken_for_values(
    px: Registry, tmp_path: Path
) -> None:
    header = ("Họ tên", "Số CCCD", "Ngày sinh")  # "Họ tên" reads like a family name + word
    (tmp_path / "nguoi.csv").write_text(_csv([header, *PEOPLE]), encoding="utf-8")
    px.add_source("PX", "nd", str(tmp_path / "nguoi.csv"))
    profile = px.get_profile("nd.nguoi")
    assert profile is not None and profile.rows == 3


def test_an_empty_file_is_refused_and_a_header_alone_is_an_empty_profile(
    px: Registry, tmp_path: Path
) -> None:
    (tmp_path / "trong.csv").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        px.add_source("PX", "tr", str(tmp_path / "trong.csv"))
    _nothing_registered(px)
    (tmp_path / "dau.csv").write_text("ho_ten,so_cccd\n", encoding="utf-8")
    px.add_source("PX", "da", str(tmp_path / "dau.csv"))
    profile = px.get_profile("da.dau")
    assert profile is not None and (profile.rows, profile.sampled) == (0, 0)
    assert [(c.name, c.nulls, c.top_values) for c in profile.columns] == [
        ("ho_ten", 0, ()), ("so_cccd", 0, ())
    ]  # fmt: skip


def test_a_200_column_spreadsheet_is_profiled_in_reasonable_time(
    px: Registry, tmp_path: Path
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "DanhSach"
    sheet.append([f"cot_{k}" for k in range(1, 198)] + ["ho_ten", "so_cccd", "ngay_sinh"])
    for i in range(300):
        person = PEOPLE[i % 3]
        sheet.append([f"v{(i * k) % 17}" for k in range(1, 198)] + list(person))
    workbook.save(tmp_path / "rong.xlsx")
    started = time.perf_counter()
    px.add_source("PX", "ro", str(tmp_path / "rong.xlsx"))
    elapsed = time.perf_counter() - started
    profile = px.get_profile("ro.DanhSach")
    assert profile is not None and len(profile.columns) == 200 and profile.rows == 300
    roles = {c.name: c.role for c in profile.columns}
    assert (roles["ho_ten"], roles["so_cccd"]) == ("full_name", "cccd")
    first = profile.column("cot_1")
    assert first is not None and first.top_values[0][1] == 18  # v0…v16: 18 of 300 rows each
    assert elapsed < 60, f"a 200-column sheet took {elapsed:.1f} s to register"
