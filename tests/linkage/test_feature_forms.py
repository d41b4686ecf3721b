"""The Python and SQL forms generated from ``_featurespec`` agree on random records.

Each example is one record of random roles (a dataset has some columns, not others) and messy
Vietnamese or English values: names in any case, without accents, decomposed (NFD), in Western
order, spaced oddly; dates in the formats people type; identifiers with separators. The SQL
side is the real batch path (``prepare`` on a one-row table), the Python side the resolver's
``record_features``.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lienthong.linkage._features import record_features
from lienthong.linkage._inputs import LinkInput
from lienthong.linkage._prepare import prepare
from lienthong.sources import duckdb_connect

VN_WORDS = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Văn",
            "Thị", "Hữu", "Ngọc", "Minh", "Thanh", "Bích", "An", "Bình", "Dũng", "Hương",
            "Ngọc", "Quỳnh", "Tuấn", "Yến", "Đức", "Ánh"]  # fmt: skip
EN_WORDS = ["John", "Mary", "Smith", "O'Brien", "Anne-Marie", "Lee", "Brown", "van", "der",
            "Berg", "Chloé", "Zoë", "Wright"]  # fmt: skip
ADDRESSES = [
    "12 Lê Lợi, Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh",
    "Số 5 ngõ 3, Phường Dịch Vọng, Quận Cầu Giấy, Hà Nội",
    "Xóm 2, xã Cẩm Bình, Cẩm Xuyên, Hà Tĩnh",
    "45 Tran Hung Dao, P.Nguyen Cu Trinh, Q.1, TP.HCM",
    "somewhere without a ward",
]
SEXES = ["Nam", "Nữ", "nam", "NU", "nữ", "M", "F", "male", "Female", "1", "0", "x", " "]


def _unaccent(text: str) -> str:
    nfd = unicodedata.normalize("NFD", text)
    return "".join(c for c in nfd if unicodedata.category(c) != "Mn").replace("Đ", "D")


@st.composite
def names(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(VN_WORDS + EN_WORDS), min_size=1, max_size=4))
    if draw(st.booleans()):
        words = [*words[1:], words[0]]  # Western order: family name last
    text = draw(st.sampled_from([" ", "  ", " \t"])).join(words)
    form = draw(st.sampled_from(["as is", "upper", "lower", "plain", "nfd", "padded"]))
    if form == "upper":
        text = text.upper()
    elif form == "lower":
        text = text.lower()
    elif form == "plain":
        text = _unaccent(text)
    elif form == "nfd":
        text = unicodedata.normalize("NFD", text)
    elif form == "padded":
        text = f"  {text} "
    return text


@st.composite
def dates(draw: st.DrawFn) -> str:
    day = draw(st.dates(min_value=date(1920, 1, 1), max_value=date(2024, 12, 31)))
    pattern = draw(
        st.sampled_from(
            ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%Y%m%d", "%Y", "%m/%Y", "%-d/%-m/%Y"]
        )
    )
    return draw(st.sampled_from([day.strftime(pattern), "không rõ", "31/02/1990", ""]))


@st.composite
def identifiers(draw: st.DrawFn) -> str:
    province = draw(st.sampled_from(["001", "079", "042", "096", "099", "123"]))
    century = draw(st.integers(0, 3))
    cccd = f"{province}{century}{draw(st.integers(0, 99)):02d}{draw(st.integers(0, 999999)):06d}"
    cmnd = f"{draw(st.integers(0, 999999999)):09d}"
    value = draw(st.sampled_from([cccd, cmnd, cccd[:11], "ABC123"]))
    sep = draw(st.sampled_from(["", " ", ".", "-"]))
    if sep:
        value = sep.join([value[:3], value[3:6], value[6:]])
    if draw(st.integers(0, 4)) == 0:
        value = f"'{value}"  # Excel's text apostrophe, typed to keep the leading zero
    return value


def _codes(draw: st.DrawFn) -> str:
    alphabet = "0123456789ABCdef -./"
    return draw(st.text(alphabet=alphabet, min_size=0, max_size=14))


@st.composite
def records(draw: st.DrawFn) -> dict[str, str | None]:
    """A record as a dataset with some of the roles gives it (missing values as None)."""
    values: dict[str, Any] = {}
    if draw(st.booleans()):
        values["full_name"] = draw(names())
    elif draw(st.booleans()):
        values["family_name"] = draw(names())
        values["given_name"] = draw(names())
    if draw(st.booleans()):
        values["birth_date"] = draw(dates())
    elif draw(st.booleans()):
        values["birth_year"] = draw(dates())
    for role in ("sex",):
        if draw(st.booleans()):
            values[role] = draw(st.sampled_from(SEXES))
    for role in draw(st.sets(st.sampled_from(["cccd", "cmnd", "cccd_or_cmnd", "id_number"]))):
        values[role] = draw(identifiers())
    if draw(st.booleans()):
        values["address"] = draw(st.sampled_from(ADDRESSES))
    if draw(st.booleans()):
        values["email"] = draw(st.sampled_from([" An.Nguyen@Example.VN ", "x@y.z", ""]))
    for role in ("postcode", "other_id", "phone"):
        if draw(st.booleans()):
            values[role] = _codes(draw)
    for role in list(values):
        if draw(st.integers(0, 9)) == 0:
            values[role] = None  # the column is there, this row has no value
    return values


COLUMNS = (
    "full_name", "name_key", "name_sorted", "family_name", "given_name", "birth_date",
    "birth_year", "sex", "cccd", "cccd_ok", "cmnd", "ident", "mst", "ward_code", "ward_codes",
    "address_key", "email", "postcode", "other_id", "phone",
)  # fmt: skip


def _batch(values: dict[str, Any], vietnamese: bool) -> dict[str, Any]:
    con = duckdb_connect()
    try:
        roles = {role: f"c_{role}" for role in values}
        columns = ", ".join(["k VARCHAR", *(f"c_{role} VARCHAR" for role in values)])
        con.execute(f"CREATE TABLE src ({columns})")
        con.execute(
            f"INSERT INTO src VALUES ({', '.join('?' * (len(values) + 1))})",
            ["1", *values.values()],
        )
        prepare(con, [LinkInput("t.src", "src", ("k",), roles, vietnamese=vietnamese)])
        cursor = con.execute(f"SELECT {', '.join(COLUMNS)} FROM records")
        row = cursor.fetchone()
        assert row is not None
        return dict(zip(COLUMNS, row, strict=True))
    finally:
        con.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=records(), vietnamese=st.booleans())
def test_python_and_sql_forms_agree(values: dict[str, Any], vietnamese: bool) -> None:
    python = record_features(values, vietnamese=vietnamese)
    batch = _batch(values, vietnamese)
    python["ward_codes"] = python["ward_codes"] or None
    batch["ward_codes"] = sorted(batch["ward_codes"]) if batch["ward_codes"] else None
    batch["cccd_ok"] = bool(batch["cccd_ok"])
    assert {c: python[c] for c in COLUMNS} == batch
