"""Rules read since blind 308-312's first measurement: a child's, a helper's, an insured
person's, a beneficiary's, a caretaker's and a captain's columns; a police post and a forest
lot named as places."""

from __future__ import annotations

from lienthong.profiling._hints import names_a_relative, names_elsewhere


def test_other_peoples_columns_beside_the_records() -> None:
    for header in (
        "Child's Full Names",
        "Child's Date of Birth",
        "CURP auxiliar",
        "CCCD NTH",
        "NS NDBH",
        "Người trông coi",
        "Thuyền trưởng",
    ):
        assert names_a_relative(header), header
    assert not names_a_relative("Ngày sinh")


def test_a_police_post_and_a_forest_lot_are_no_home() -> None:
    assert names_elsewhere("CA xa quan ly")
    assert names_elsewhere("Tiểu khu - Khoảnh - Lô")
