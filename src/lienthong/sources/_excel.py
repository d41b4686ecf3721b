"""Excel workbooks (.xlsx): every sheet is a table, its first non-empty row the header.

DuckDB's own ``read_xlsx`` turns dates into serial numbers when reading text and refuses columns
that mix dates and strings — exactly what hand-kept agency sheets contain. So the cells are read
with openpyxl's rules (``_xlsx``: streaming, openpyxl's date and number handling) and each sheet
is written once as a UTF-8 CSV that DuckDB then queries: dates become ISO text, whole numbers
lose their ``.0``, nothing is guessed.
"""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError

from lienthong.errors import InputError
from lienthong.sources._filebase import FileConnector, read_csv_clause
from lienthong.sources._schema import ColumnSchema, TableSchema
from lienthong.sources._xlsx import Workbook

#: What a damaged or non-.xlsx file raises while being read.
_DAMAGE = (zipfile.BadZipFile, KeyError, IndexError, ValueError, OSError, ExpatError)


def cell_text(value: Any) -> str | None:
    """An Excel cell as the text a person would read in it (None for an empty cell)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    text = str(value)
    return text if text != "" else None


def _header(cells: tuple[Any, ...]) -> list[str]:
    names: list[str] = []
    for position, value in enumerate(cells, start=1):
        base = (cell_text(value) or "").strip() or f"column_{position}"
        name, suffix = base, 2
        while name in names:
            name, suffix = f"{base}_{suffix}", suffix + 1
        names.append(name)
    return names


class ExcelConnector(FileConnector):
    """An .xlsx workbook; sheet names are table names (``education.xlsx`` → ``HocSinh``)."""

    kind = "excel"

    def describe_source(self) -> str:
        return f"the Excel file {self.path.name}"

    def _open_workbook(self) -> Workbook:
        try:
            return Workbook(self.path)
        except _DAMAGE as exc:
            raise InputError(
                f"The Excel file {self.path.name} cannot be read as an .xlsx workbook"
                f" ({type(exc).__name__}).",
                hint="Open it in Excel or LibreOffice and save it again as .xlsx.",
            ) from exc

    def _introspect(self) -> list[TableSchema]:
        # Only the header rows: registering a big workbook must not read every cell.
        workbook = self._open_workbook()
        try:
            tables = []
            for sheet in workbook.sheets:
                header = _first_header(workbook.rows(sheet))
                if header is not None:
                    columns = tuple(ColumnSchema(name, "VARCHAR", True) for name in header)
                    tables.append(TableSchema(sheet.title, columns, ()))
        except _DAMAGE as exc:
            raise _damaged(self.path, exc) from exc
        finally:
            workbook.close()
        if not tables:
            raise InputError(f"The Excel file {self.path.name} has no sheet with a header row.")
        return tables

    def _load(self, workdir: Path) -> dict[str, str]:
        workbook = self._open_workbook()
        scans: dict[str, str] = {}
        try:
            for index, sheet in enumerate(workbook.sheets):
                target = workdir / f"sheet{index}.csv"
                if _write_sheet(workbook.rows(sheet), target):
                    scans[sheet.title] = read_csv_clause(target)
        except _DAMAGE as exc:
            raise _damaged(self.path, exc) from exc
        finally:
            workbook.close()
        if not scans:
            raise InputError(f"The Excel file {self.path.name} has no sheet with a header row.")
        return scans


def _write_sheet(rows: Iterator[tuple[Any, ...]], target: Path) -> bool:
    """Write one sheet as CSV; False when the sheet is empty."""
    header = _first_header(rows)
    if header is None:
        return False
    width = len(header)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for cells in rows:
            values = [cell_text(value) for value in cells[:width]]
            if not any(value is not None for value in values):
                continue
            values += [None] * (width - len(values))
            writer.writerow(["" if value is None else value for value in values])
    return True


def _first_header(rows: Iterator[tuple[Any, ...]]) -> list[str] | None:
    """The first non-empty row as column names (consumed from ``rows``); None if none."""
    for cells in rows:
        if any(cell_text(value) is not None for value in cells):
            while cells and cell_text(cells[-1]) is None:
                cells = cells[:-1]
            return _header(cells)
    return None


def _damaged(path: Path, exc: Exception) -> InputError:
    return InputError(
        f"The Excel file {path.name} cannot be read: it is damaged ({type(exc).__name__}).",
        hint="Open it in Excel or LibreOffice and save it again as .xlsx.",
    )
