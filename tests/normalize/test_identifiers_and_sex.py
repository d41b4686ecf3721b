"""Identifiers are classified by shape and validated by lienthong.identifiers; sex values map."""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienthong.identifiers import CCCD_PROVINCES, make_cccd, make_mst
from lienthong.normalize import normalize_identifier, normalize_sex
from lienthong.normalize._sql import cccd_sql, cmnd_sql, sex_sql

cccds = st.builds(
    make_cccd,
    st.sampled_from(sorted(CCCD_PROVINCES)),
    st.sampled_from(["male", "female"]),
    st.integers(1900, 2099),
    st.integers(0, 999_999),
)
msts = st.builds(make_mst, st.sampled_from(["03", "37", "35", "01"]), st.integers(0, 9_999_999))


LAYOUTS = [
    lambda c: c,
    lambda c: f" {c} ",
    lambda c: f"{c[:3]} {c[3:6]} {c[6:]}",
    lambda c: f"{c[:6]}.{c[6:]}",
    lambda c: f"{c[:4]}-{c[4:]}",
]


@given(cccds, st.sampled_from(LAYOUTS))
def test_every_valid_cccd_round_trips(cccd: str, layout: Callable[[str], str]) -> None:
    found = normalize_identifier(layout(cccd))
    assert found is not None
    assert (found.kind, found.value) == ("cccd", cccd)
    assert normalize_identifier(found.value) == found


@given(msts.filter(lambda m: m is not None), st.integers(0, 9), st.integers(1, 9))
def test_mst_rejects_every_single_digit_change(mst: str | None, position: int, delta: int) -> None:
    assert mst is not None
    found = normalize_identifier(mst)
    assert found is not None and found.kind == "mst"
    changed = mst[:position] + str((int(mst[position]) + delta) % 10) + mst[position + 1 :]
    other = normalize_identifier(changed)
    assert other is not None and other.kind == "invalid"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("025 123 456", "cmnd", "025123456"),
        ("0100233488-001", "mst", "0100233488001"),
        ("999123456789", "invalid", "999123456789"),  # no such province code
        ("12ab", "invalid", "12ab"),
    ],
)
def test_classification(text: str, kind: str, value: str) -> None:
    found = normalize_identifier(text)
    assert found is not None and (found.kind, found.value) == (kind, value)


def test_empty_identifier_is_none() -> None:
    assert normalize_identifier(None) is None
    assert normalize_identifier(" - ") is None


junk_ids = st.text(alphabet="0123456789 .-", max_size=14)


@given(st.lists(st.one_of(cccds, junk_ids), min_size=1, max_size=15))
def test_sql_twin_agrees(values: list[str]) -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE t (i INTEGER, v VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(values)))
    rows = con.execute(f"SELECT {cccd_sql('v')}, {cmnd_sql('v')} FROM t ORDER BY i").fetchall()
    for value, (cccd, cmnd) in zip(values, rows, strict=True):
        found = normalize_identifier(value)
        assert cccd == (found.value if found and found.kind == "cccd" else None)
        assert cmnd == (found.value if found and found.kind == "cmnd" else None)


@pytest.mark.parametrize(
    ("value", "sex"),
    [
        ("Nam", "M"),
        ("NỮ", "F"),
        ("nu", "F"),
        (1, "M"),
        ("0", "F"),
        ("male", "M"),
        ("Female", "F"),
        ("M", "M"),
        ("f", "F"),
        ("?", None),
        (None, None),
        (True, "M"),
    ],
)
def test_sex_values(value: str | int | None, sex: str | None) -> None:
    assert normalize_sex(value) == sex
    if value is not None and not isinstance(value, bool):
        con = duckdb.connect()
        assert con.execute(f"SELECT {sex_sql('?')}", [str(value)]).fetchone() == (sex,)
