"""Person-name columns under English and Vietnamese headers, and dates that are events rather
than births: the rules behind the outside corpus's role accuracy (issue 12)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from lienthong.profiling import THRESHOLD, infer_role, name_hints
from lienthong.profiling._values import birth_spread, is_any_full_name, is_given_name

_RNG = random.Random(12)
_BIRTHS = [
    (date(1945, 1, 1) + timedelta(days=_RNG.randrange(0, 365 * 60))).strftime("%d/%m/%Y")
    for _ in range(200)
]
_EVENTS = [
    (date(2024, 3, 1) + timedelta(days=_RNG.randrange(0, 600))).strftime("%d/%m/%Y")
    for _ in range(200)
]
_ENGLISH = ["Ethan Walker", "Olivia Smith", "José Müller", "GRACE KING", "Mia Nelson"] * 8
_VN_GIVEN = ["Thị Châu", "Văn An", "Ngọc Lan", "Minh Tuấn", "Hùng", "Thu Hương"] * 8
_VN_FULL = ["Nguyễn Văn An", "Trần Thị Lan", "Lê Minh Tuấn", "Phạm Ngọc Hà"] * 10


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("name", "full_name"),
        ("Full Name", "full_name"),
        ("Họ và tên", "full_name"),
        ("Họ tên", "full_name"),
        ("Tên", "given_name"),
        ("Họ", "family_name"),
        ("joined", "date"),
        ("Ngày cấp", "date"),
        ("ngay_dang_ky", "date"),
        ("created_at", "date"),
    ],
)
def test_headers_suggest_person_names_and_event_dates(header: str, role: str) -> None:
    assert name_hints(header)[0] == role


@pytest.mark.parametrize("header", ["company name", "Tên doanh nghiệp", "street_name", "Tên đường"])
def test_a_name_of_something_else_suggests_no_person(header: str) -> None:
    assert not {"full_name", "given_name", "family_name"} & set(name_hints(header))


@pytest.mark.parametrize("header", ["name", "Full Name", "customer name"])
def test_an_english_full_name_column_is_a_full_name(header: str) -> None:
    found = infer_role(header, _ENGLISH)
    assert (found.role, found.personal) == ("full_name", True)
    assert found.confidence >= THRESHOLD


def test_english_words_without_a_name_header_get_no_name_role() -> None:
    assert infer_role("ref_label", _ENGLISH).role is None


def test_a_place_or_firm_is_not_an_english_full_name() -> None:
    assert not is_any_full_name("George Street")
    assert not is_any_full_name("Acme Holdings Ltd")
    assert is_any_full_name("Zoë O'Brien")


def test_a_vietnamese_given_name_with_its_middle_name_is_a_given_name() -> None:
    assert is_given_name("Thị Châu") and is_given_name("Hùng")
    assert not is_given_name("Công ty 12")
    found = infer_role("Tên", _VN_GIVEN)
    assert found.role == "given_name" and found.confidence >= THRESHOLD


def test_a_ten_column_of_whole_names_is_a_full_name_values_win() -> None:
    assert infer_role("Tên", _VN_FULL).role == "full_name"


@pytest.mark.parametrize("header", ["joined", "Ngày cấp", "Ngày đăng ký", "created"])
def test_an_event_date_header_is_never_a_birth_date_even_with_old_dates(header: str) -> None:
    for values in (_EVENTS, _BIRTHS):
        found = infer_role(header, values)
        assert found.role == "date", (header, found)
        assert found.personal  # a dated event in a person's record stays personal


def test_dates_without_a_header_are_births_only_when_spread_over_decades() -> None:
    assert infer_role("c7", _BIRTHS).role == "birth_date"
    recent = infer_role("c7", _EVENTS)
    assert recent.role == "date"
    assert any("event dates" in line for line in recent.evidence)


def test_a_birth_header_keeps_a_narrow_cohort_of_births() -> None:
    pupils = [f"{d:02d}/0{m}/2019" for d in range(1, 29) for m in range(1, 8)]
    assert infer_role("ngay_sinh", pupils).role == "birth_date"
    assert infer_role("c9", pupils).role != "birth_date"


def test_birth_spread_measures_percentiles_and_median_age() -> None:
    spread = birth_spread(["01/01/1960", "01/01/1980", "01/01/2000"], today=date(2020, 1, 1))
    assert spread == pytest.approx((40.0, 40.0), abs=0.1)
    assert birth_spread(["x", ""]) is None
