"""The hand-written three-agency city (SQLite, CSV, Excel) of the registry tests."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import openpyxl

FIXTURES = Path(__file__).parent / "fixtures"

PUPILS = [
    ("HS0001", "Nguyễn Minh Khôi", "2012-09-05", "Nam", "THCS Lê Quý Đôn", "7A", "079212000101"),
    ("HS0002", "Phạm Thị Thu Hà", "05/01/2013", "Nữ", "THCS Lê Quý Đôn", "6B", None),
]


def build_city(folder: Path) -> Path:
    """Copy the fixture city into ``folder`` (building its SQLite and Excel files)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "manifest.json", folder / "manifest.json")
    shutil.copy(FIXTURES / "land.csv", folder / "land.csv")
    con = sqlite3.connect(folder / "population.db")
    con.executescript((FIXTURES / "population.sql").read_text(encoding="utf-8"))
    con.close()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "HocSinh"
    sheet.append(
        ["Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính", "Trường", "Lớp", "Mã định danh"]
    )
    for row in PUPILS:
        sheet.append(list(row))
    workbook.save(folder / "education.xlsx")
    return folder / "manifest.json"
