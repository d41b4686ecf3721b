"""A minimal streaming .xlsx writer: one sheet of text and numbers, nothing else.

openpyxl's write-only mode spends ~80% of a big export building XML element objects; agencies'
exports are plain tables, so we write the sheet XML ourselves (inline strings, no shared-string
table) into a zip with fixed timestamps. The result opens in Excel/LibreOffice, openpyxl and
DuckDB's excel extension, and is byte-identical for identical rows.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

_EPOCH = (2026, 1, 1, 0, 0, 0)

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = "</sheetData></worksheet>"


def _column_letters(count: int) -> list[str]:
    letters = []
    for index in range(count):
        name, n = "", index + 1
        while n:
            n, rest = divmod(n - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


class XlsxSheetWriter:
    """Streams rows into a one-sheet workbook; call :meth:`close` to finish the file."""

    def __init__(self, path: Path, sheet: str, header: Sequence[str]) -> None:
        self._zip = zipfile.ZipFile(path, "w", compresslevel=6)
        for name, text in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _ROOT_RELS),
            ("xl/workbook.xml", _WORKBOOK.format(name=escape(sheet, {'"': "&quot;"}))),
            ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
        ):
            self._zip.writestr(_entry(name), text)
        self._columns = _column_letters(len(header))
        self._sheet: IO[bytes] = self._zip.open(_entry("xl/worksheets/sheet1.xml"), "w")
        self._row = 0
        self._sheet.write(_SHEET_HEAD.encode())
        self.write([tuple(header)])

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        parts: list[str] = []
        add = parts.append
        columns = self._columns
        row_number = self._row
        for row in rows:
            row_number += 1
            add(f'<row r="{row_number}">')
            for letter, value in zip(columns, row, strict=True):
                if value is None:
                    continue
                if isinstance(value, bool):
                    add(f'<c r="{letter}{row_number}" t="b"><v>{int(value)}</v></c>')
                elif isinstance(value, int | float):
                    add(f'<c r="{letter}{row_number}"><v>{value}</v></c>')
                else:
                    add(
                        f'<c r="{letter}{row_number}" t="inlineStr"><is><t xml:space="preserve">'
                        f"{escape(str(value))}</t></is></c>"
                    )
            add("</row>")
        self._row = row_number
        self._sheet.write("".join(parts).encode())

    def close(self) -> None:
        self._sheet.write(_SHEET_TAIL.encode())
        self._sheet.close()
        self._zip.close()
