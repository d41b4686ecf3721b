"""The streaming .xlsx reader gives exactly the values openpyxl gives (openpyxl is the oracle)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lienthong.sources._xlsx import Workbook

cells = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(exclude_categories=["Cs", "Cc"]), min_size=1, max_size=20),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64).filter(lambda x: abs(x) < 1e15),
    st.booleans(),
    st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.datetimes(min_value=dt.datetime(1901, 1, 1), max_value=dt.datetime(2100, 1, 1)).map(
        lambda d: d.replace(microsecond=0)
    ),
)


def normalised(rows: Any) -> list[tuple[Any, ...]]:
    """Rows without openpyxl's padding: trailing empty cells and all-empty rows dropped."""
    out = []
    for row in rows:
        values = list(row)
        while values and values[-1] is None:
            values.pop()
        if values:
            out.append(tuple(values))
    return out


def both(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    oracle = openpyxl.load_workbook(path, read_only=True, data_only=True)
    expected = normalised(oracle.worksheets[0].iter_rows(values_only=True))
    oracle.close()
    workbook = Workbook(path)
    got = normalised(workbook.rows(workbook.sheets[0]))
    workbook.close()
    return got, expected


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(cells, max_size=6), min_size=1, max_size=8))
def test_any_cells_read_the_same_as_openpyxl(tmp_path: Path, table: list[list[Any]]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in table:
        sheet.append(row)
    sheet["H1"] = 45000.5
    sheet["H1"].number_format = "dd/mm/yyyy hh:mm"  # a custom date format on a number
    sheet["H2"] = 0.25
    sheet["H2"].number_format = "[h]:mm"  # a duration
    path = tmp_path / "random.xlsx"
    book.save(path)
    got, expected = both(path)
    assert got == expected


def test_inline_strings_and_sheet_names_from_the_workbook_part(tmp_path: Path) -> None:
    """Writers such as the city generator use inline strings, which openpyxl never writes."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    path = tmp_path / "inline.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/s1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="r1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="HocSinh" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/s1.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "xl/worksheets/s1.xml",
            f'<worksheet xmlns="{main}"><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c>'
            '<c r="C1" t="inlineStr"><is><r><t>Mã </t></r><r><t>định danh</t></r>'
            "<rPh><t>phonetic</t></rPh></is></c></row>"
            '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve"> Nguyễn Văn An </t>'
            '</is></c><c r="C3" t="inlineStr"><is><t>079085000001</t></is></c></row>'
            "</sheetData></worksheet>",
        )
    workbook = Workbook(path)
    assert [s.title for s in workbook.sheets] == ["HocSinh"]
    rows = list(workbook.rows(workbook.sheets[0]))
    workbook.close()
    assert rows == [("Họ và tên", None, "Mã định danh"), (" Nguyễn Văn An ", None, "079085000001")]
