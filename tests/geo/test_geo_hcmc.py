"""The official units of Hồ Chí Minh City, checked against the dataset and FACTS.md."""

from __future__ import annotations

from collections import Counter

import pytest

from lienthong.errors import NotFoundError
from lienthong.geo import (
    current_ward,
    current_wards,
    new_wards_for_old,
    old_ward,
    old_wards,
    old_wards_for_new,
)


def test_today_hcmc_has_168_units_113_phuong_54_xa_1_dac_khu() -> None:
    wards = current_wards()
    assert len(wards) == 168
    assert Counter(w.kind for w in wards) == {"Phường": 113, "Xã": 54, "Đặc khu": 1}
    assert len({w.code for w in wards}) == 168
    assert all(len(w.code) == 5 and w.code.isdigit() for w in wards)
    assert all(w.name == f"{w.kind} {w.short_name}" for w in wards)


def test_old_wards_of_the_three_former_provinces() -> None:
    wards = old_wards()
    assert len(wards) == 441  # + Huyện Côn Đảo, a district without wards
    assert Counter(w.province for w in wards) == {
        "Thành phố Hồ Chí Minh": 273,
        "Tỉnh Bình Dương": 91,
        "Tỉnh Bà Rịa - Vũng Tàu": 77,
    }
    assert len({w.code for w in wards}) == 441
    assert {w.district_kind for w in wards} <= {"Quận", "Huyện", "Thành phố", "Thị xã"}


def test_every_old_ward_maps_to_at_least_one_current_ward_with_one_default() -> None:
    current = {w.code for w in current_wards()}
    split = 0
    for ward in old_wards():
        candidates = new_wards_for_old(ward.code)
        assert candidates, ward
        assert {c.ward.code for c in candidates} <= current
        assert [c.is_default for c in candidates].count(True) == 1
        assert candidates[0].is_default
        split += len(candidates) > 1
    assert split == 47  # FACTS.md: 47 old wards were split


def test_facts_example_phu_cuong_thu_dau_mot() -> None:
    phu_cuong = next(
        w for w in old_wards() if w.name == "Phường Phú Cường" and w.district_short == "Thủ Dầu Một"
    )
    assert phu_cuong.address() == "Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương"
    (only,) = new_wards_for_old(phu_cuong.code)
    assert only.ward.address() == "Phường Thủ Dầu Một, Thành phố Hồ Chí Minh"


def test_a_split_ward_offers_several_candidates() -> None:
    an_phu_tay = next(w for w in old_wards() if w.name == "Xã An Phú Tây")
    names = [c.ward.name for c in new_wards_for_old(an_phu_tay.code)]
    assert names == ["Phường Bình Đông", "Xã Bình Chánh"]


def test_reverse_mapping_covers_every_current_ward_but_con_dao() -> None:
    empty = [w.name for w in current_wards() if not old_wards_for_new(w.code)]
    assert empty == ["Đặc khu Côn Đảo"]
    ben_thanh = next(w for w in current_wards() if w.name == "Phường Bến Thành")
    assert "Quận 1" in {o.district for o in old_wards_for_new(ben_thanh.code)}


def test_unknown_codes_get_a_sentence() -> None:
    with pytest.raises(NotFoundError, match="current Hồ Chí Minh City ward"):
        current_ward("00000")
    with pytest.raises(NotFoundError, match="pre-2025 ward"):
        old_ward("00000")
    with pytest.raises(NotFoundError):
        new_wards_for_old("00001")


def test_loads_are_cached() -> None:
    assert current_wards() is current_wards()
    assert old_wards() is old_wards()
