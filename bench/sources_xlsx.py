"""Reading an agency's .xlsx: lienthong's streaming reader against openpyxl's read-only mode.

Both produce the same value tuples (``tests/sources/test_xlsx.py`` checks it); this measures
the rate, in the same run, on a workbook of pupils (text, dates and numbers).

    .venv/bin/python bench/sources_xlsx.py [--small]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from lienthong.sources._xlsx import Workbook


def build(path: Path, rows: int) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("HocSinh")
    sheet.append(["Mã học sinh", "Họ và tên", "Ngày sinh", "Lớp", "Điểm", "Mã định danh"])
    for i in range(rows):
        sheet.append(
            [
                f"HS{i:07d}",
                f"Nguyễn Thị Ánh {i}",
                dt.date(2010, 1, 1) + dt.timedelta(days=i % 3000),
                f"{6 + i % 4}A{i % 5}",
                (i % 100) / 10,
                f"079{i:09d}",
            ]
        )
    book.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a quick run")
    rows = 5_000 if parser.parse_args().small else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "education.xlsx"
        build(path, rows)
        started = time.perf_counter()
        oracle = openpyxl.load_workbook(path, read_only=True, data_only=True)
        expected = sum(1 for _ in oracle.worksheets[0].iter_rows(values_only=True))
        oracle.close()
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        workbook = Workbook(path)
        got = sum(1 for _ in workbook.rows(workbook.sheets[0]))
        workbook.close()
        ours = time.perf_counter() - started
    assert got == expected
    print(
        f"{rows} rows × 6 columns: openpyxl read-only {rows / baseline:,.0f} rows/s, "
        f"lienthong _xlsx {rows / ours:,.0f} rows/s, speed-up {baseline / ours:.1f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
