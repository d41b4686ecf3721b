"""Role detectors on values: property tests over generated identifiers and names."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from lienthong.identifiers import CCCD_PROVINCES, make_cccd, make_mst
from lienthong.names import FAMILY_NAME_SHARES, GIVEN_NAMES_FEMALE, MIDDLE_NAMES_FEMALE
from lienthong.profiling import infer_role, name_hints
from lienthong.profiling._shape import shape
from lienthong.profiling._text import fold
from lienthong.profiling._values import DETECTORS, is_vn_full_name, parse_date

cccds = st.builds(
    make_cccd,
    st.sampled_from(sorted(CCCD_PROVINCES)),
    st.sampled_from(["male", "female"]),
    st.integers(1900, 2099),
    st.integers(0, 999_999),
)
names = st.builds(
    lambda f, m, g: f"{f} {m} {g}",
    st.sampled_from([n for n, _ in FAMILY_NAME_SHARES]),
    st.sampled_from([n for n, _ in MIDDLE_NAMES_FEMALE]),
    st.sampled_from(list(GIVEN_NAMES_FEMALE)),
)


@given(cccds)
def test_every_well_formed_cccd_is_detected(number: str) -> None:
    assert DETECTORS["cccd"](number)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_a_cccd_needs_a_real_province_code(number: str) -> None:
    if number[:3] not in CCCD_PROVINCES:
        assert not DETECTORS["cccd"](number)


@given(st.integers(1, 99_999_999))
def test_mst_with_a_wrong_check_digit_is_refused(sequence: int) -> None:
    number = make_mst("03", sequence % 10_000_000)
    if number is not None:
        assert DETECTORS["mst"](number)
        wrong = number[:9] + str((int(number[9]) + 1) % 10)
        assert not DETECTORS["mst"](wrong)


@given(names, st.sampled_from(["NFC", "NFD"]), st.booleans())
def test_vietnamese_full_names_with_or_without_accents(name: str, form: str, strip: bool) -> None:
    text = fold(name).title() if strip else unicodedata.normalize(form, name)  # type: ignore[arg-type]
    assert is_vn_full_name(text)


@given(st.dates(min_value=__import__("datetime").date(1900, 1, 1)))
def test_dates_parse_in_the_formats_vietnamese_files_use(day: object) -> None:
    import datetime

    assert isinstance(day, datetime.date)
    for text in (day.strftime("%d/%m/%Y"), day.isoformat(), day.strftime("%Y%m%d")):
        assert parse_date(text) == day


@given(st.text(max_size=60))
def test_detectors_never_raise_and_shapes_are_bounded(text: str) -> None:
    for detector in DETECTORS.values():
        detector(text)
    assert len(shape(text)) <= 40 * 4


@given(st.lists(cccds, min_size=5, max_size=30))
def test_values_win_over_a_misleading_column_name(numbers: list[str]) -> None:
    found = infer_role("ho_ten", numbers)
    assert found.role == "cccd"
    assert found.personal


def test_name_hints_read_vietnamese_with_or_without_accents_and_english() -> None:
    assert name_hints("ho_ten")[0] == "full_name"
    assert name_hints("Họ và tên")[0] == "full_name"
    assert name_hints("ngay_sinh")[0] == "birth_date"
    assert name_hints("NgàySinh")[0] == "birth_date"
    assert name_hints("so_the_bhyt")[0] == "bhyt"
    assert name_hints("date_of_birth")[0] == "birth_date"
    assert name_hints("soc_sec_id")[0] == "national_id"
    assert name_hints("so_tien") == []


def test_a_column_profiling_cannot_read_is_personal() -> None:
    found = infer_role("cot_3", ["abc-1", "zz 9", "q"] * 10)
    assert found.role is None
    assert found.personal


def test_a_small_category_and_a_measure_are_not_personal() -> None:
    assert not infer_role("loai", ["A", "B", "C"] * 40).personal
    assert not infer_role("so_tien", ["1.5", "2"], stored_type="DOUBLE").personal


def test_phone_shapes_with_spaces_and_country_code() -> None:
    for text in ("0903 123 456", "+84903123456", "090-312-3456"):
        assert DETECTORS["phone"](text)
    assert not DETECTORS["phone"]("0103123456")
