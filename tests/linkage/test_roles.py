"""Column roles for linkage are guessed from names *and* values; nothing is dropped silently."""

from __future__ import annotations

import duckdb
import pandas as pd

from lienthong.linkage._roles import guess_roles, hinted_role


def _guess(frame: pd.DataFrame) -> object:
    con = duckdb.connect()
    con.register("t", frame)
    return guess_roles(con, "t", list(frame.columns))


def test_vietnamese_health_register_columns_all_get_a_role() -> None:
    frame = pd.DataFrame(
        {
            "ho_ten": ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu"],
            "ngay_sinh": ["01/02/1980", "15/11/1975", "30/04/2001"],
            "ma_dinh_danh": ["079080001234", "001175004321", "048201009876"],
            "diachi_thuongtru": ["12 Lê Lợi, Phường 5, Quận 3", "3 Âu Cơ", "7 Bạch Đằng"],
            "so_the_bhyt": ["HC4797912345678", "GD4010123456789", "DN4480111111111"],
        }
    )
    guess = _guess(frame)
    assert guess.roles == {  # type: ignore[attr-defined]
        "full_name": "ho_ten",
        "birth_date": "ngay_sinh",
        "cccd": "ma_dinh_danh",
        "address": "diachi_thuongtru",
        "other_id": "so_the_bhyt",
    }
    assert guess.ignored == {}  # type: ignore[attr-defined]
    assert guess.vietnamese  # type: ignore[attr-defined]


def test_values_overrule_a_misleading_name_and_name_an_unnamed_column() -> None:
    frame = pd.DataFrame(
        {
            "ngay_sinh": ["không rõ", "chưa khai", "x"],  # named a date, holds none
            "col7": ["079080001234", "001175004321", "048201009876"],  # unnamed CCCDs
            "ten_nguoi": ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu"],
        }
    )
    guess = _guess(frame)
    assert guess.roles["cccd"] == "col7"  # type: ignore[attr-defined]
    assert "birth_date" not in guess.roles  # type: ignore[attr-defined]
    assert "do not look like birth_date" in guess.ignored["ngay_sinh"]  # type: ignore[attr-defined]


def test_foreign_file_roles_and_an_unused_column_is_reported() -> None:
    frame = pd.DataFrame(
        {
            "rec_id": ["r1", "r2"],
            "given_name": ["michaela", "courtney"],
            "surname": ["neumann", "painter"],
            "postcode": ["4223", "4560"],
            "date_of_birth": ["19151111", "19161214"],
            "soc_sec_id": ["5304218", "4066625"],
            "suburb": ["winston hills", "richlands"],
        }
    )
    guess = _guess(frame)
    roles = guess.roles  # type: ignore[attr-defined]
    assert roles["given_name"] == "given_name" and roles["family_name"] == "surname"
    assert roles["birth_date"] == "date_of_birth" and roles["id_number"] == "soc_sec_id"
    assert roles["postcode"] == "postcode" and roles["city"] == "suburb"
    assert guess.ignored == {"rec_id": "no linkage role"}  # type: ignore[attr-defined]
    assert not guess.vietnamese  # type: ignore[attr-defined]


def test_abbreviations_and_unaccented_headers() -> None:
    assert hinted_role("NS") == "birth_date"
    assert hinted_role("SDT") == "phone"
    assert hinted_role("Họ và tên") == "full_name"
    assert hinted_role("HoVaTen") == "full_name"
    assert hinted_role("notes") is None
