"""Foreign values, second round: East Asian dates, names without spaces or with initials,
several given names in a cell, CJK and Indic addresses, street lines in any script, bare phone
numbers and digits of other scripts, and sex words of many languages."""

from __future__ import annotations

import string
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienthong.profiling import infer_role
from lienthong.profiling._foreign import ascii_digits
from lienthong.profiling._values import DETECTORS, month_name_dates

# --- dates -----------------------------------------------------------------------------------
_EAST_FORMS = [
    "{y}年{m:02d}月{d:02d}日",
    "{y}年{m}月{d}日",
    "{y}년 {m}월 {d}일",
    "{y}년{m:02d}월{d:02d}일",
    "{y}.{m:02d}.{d:02d}.",
    "{y}. {m}. {d}.",
]


@given(st.dates(date(1900, 1, 1), date(2030, 12, 31)), st.sampled_from(_EAST_FORMS))
def test_east_asian_dates_read_back_every_day(day: date, form: str) -> None:
    written = form.format(y=day.year, m=day.month, d=day.day)
    assert month_name_dates([written]) == [day.isoformat()]


@pytest.mark.parametrize("text", ["1985年3月", "3月12日", "1985.03.12", "85年3月12日", "年月日"])
def test_partial_east_asian_dates_are_not_read(text: str) -> None:
    assert month_name_dates([text]) is None


def test_a_column_of_east_asian_dates_is_a_birth_date() -> None:
    values = ["1985年03月12日", "1990年7月4日", "1972年12月1日", "1968年2月29日"] * 5
    assert infer_role("生年月日", values).role == "birth_date"
    korean = ["1985년 3월 12일", "1990. 7. 4.", "1972.12.01."] * 5
    assert infer_role("생년월일", korean).role == "birth_date"


# --- names -----------------------------------------------------------------------------------
_FULL_NAMES = [
        "张伟", "陳大文", "김민준", "佐藤 花子", "佐藤花子", "欧阳娜娜", "สมชาย ใจดี", "ທອງ ສີ",
        "សុខ ចាន់", "အောင် ကျော်", "H.N.S. Perera", "J. R. R. Tolkien", "A.P.J. Abdul Kalam",
        "Smith, J.", "Nguyễn V. An",
    ]  # fmt: skip


@pytest.mark.parametrize("text", _FULL_NAMES)
def test_full_names_in_any_script_with_or_without_spaces(text: str) -> None:
    assert DETECTORS["any_full_name"](text), text


@pytest.mark.parametrize("text", ["张", "张伟伟伟伟", "J. R.", "A.B.C.", "12号", "Acme Co."])
def test_what_is_no_full_name(text: str) -> None:
    assert not DETECTORS["any_full_name"](text), text


def test_a_full_name_column_of_cjk_names() -> None:
    values = ["张伟", "王芳", "李娜", "陳大文", "김민준", "이서연", "佐藤 花子"] * 5
    assert infer_role("姓名", values).role == "full_name"
    assert infer_role("Full name", values).role == "full_name"


def test_several_given_names_in_a_cell() -> None:
    for text in ("Anna Maria", "Juan Carlos", "Matti Juhani", "Jean-Luc", "Ana María José"):
        assert DETECTORS["given_names"](text), text
    for text in ("Nguyễn Văn Bình Minh", "Anna Maria Luisa Rosa", "Acme Group", "12 Main"):
        assert not DETECTORS["given_names"](text), text
    values = ["Anna Maria", "Juan Carlos", "Matti Juhani", "Liam", "Zoë"] * 8
    assert infer_role("Vorname", values).role == "given_name"
    assert infer_role("Prénoms", values).role == "given_name"
    # a header that may mean the whole name keeps two words a whole name
    whole = ["José García", "Amélie Dubois", "Liam Smith"] * 10
    assert infer_role("Nombre", whole).role == "full_name"
    # whole Vietnamese names under "Tên" stay full names
    vn = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng"] * 10
    assert infer_role("Tên", vn).role == "full_name"


# --- addresses and streets -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "北京市朝阳区建国路88号",
        "广东省深圳市南山区科技园",
        "臺北市信義區信義路五段7號",
        "東京都新宿区西新宿2丁目8番1号",
        "서울특별시 강남구 테헤란로 152",
        "부산시 해운대구 우동",
        "ग्राम रामपुर, तहसील सदर, जिला गोरखपुर",
        "গ্রাম কাশিপুর, উপজেলা সদর, জেলা যশোর",
    ],
)
def test_addresses_in_east_and_south_asian_scripts(text: str) -> None:
    assert DETECTORS["full_address"](text), text


@pytest.mark.parametrize("text", ["张伟", "周道明", "이동민", "道路", "김도현", "1985年3月12日"])
def test_names_and_dates_are_no_cjk_address(text: str) -> None:
    assert not DETECTORS["full_address"](text), text


def test_street_lines_in_any_script() -> None:
    for text in ("הרצל 12", "Lenina 5", "12 Church Street", "ул. Ленина, 5", "شارع الملك 14"):
        assert DETECTORS["any_street"](text), text
    for text in ("Herzl", "12", "a b c d e f g 1", "call me at 5 pm tomorrow please ok"):
        assert not DETECTORS["any_street"](text), text
    values = ["הרצל 12", "בן יהודה 7", "Lenina 5", "Puškinova 3a"] * 10
    assert infer_role("רחוב", values).role == "street"
    assert infer_role("Street", values).role == "street"


# --- phones and digits of other scripts ------------------------------------------------------
_SCRIPT_ZEROS = [0x09E6, 0x0966, 0x0660, 0x06F0, 0xFF10, 0x0E50]  # Bengali … Thai


@given(st.text(string.digits, min_size=1, max_size=15), st.sampled_from(_SCRIPT_ZEROS))
def test_digits_of_any_script_read_as_ascii(number: str, zero: int) -> None:
    written = "".join(chr(zero + int(d)) for d in number)
    assert ascii_digits(written) == number
    assert ascii_digits("Nguyễn") == "Nguyễn"


@given(st.text(string.digits, min_size=8, max_size=11))
def test_bare_national_numbers_are_phones_under_a_phone_name(number: str) -> None:
    if DETECTORS["date"](number):
        assert not DETECTORS["any_phone"](number)
    else:
        assert DETECTORS["any_phone"](number)
    assert not DETECTORS["any_phone"](number + "1234")


def test_phone_columns_of_bare_numbers_and_other_digits() -> None:
    china = [f"138{i:08d}" for i in range(30)]
    assert infer_role("手机号码", china).role == "phone"
    assert infer_role("cot_3", china).role != "phone"
    bengali = ["০১৭১১২৩৪৫৬৭", "০১৮১৯৮৭৬৫৪৩", "০১৫৫২২২৩৩৩৪"] * 10
    assert infer_role("phone", bengali).role == "phone"
    dates = ["١٩٨٥-٠٣-١٢", "١٩٩٠-٠٧-٠٤"] * 10
    assert infer_role("date of birth", dates).role == "birth_date"


# --- sex ----------------------------------------------------------------------------------------
_SEX_PAIRS = [
        ("M", "F"), ("K", "M"), ("V", "M"), ("H", "F"), ("Ž", "M"), ("ж", "м"), ("男", "女"),
        ("남", "여"), ("पुरुष", "महिला"), ("পুরুষ", "মহিলা"), ("ذكر", "أنثى"), ("זכר", "נקבה"),
        ("erkek", "kadın"), ("mies", "nainen"), ("férfi", "nő"), ("muž", "žena"),
        ("mężczyzna", "kobieta"), ("man", "vrouw"), ("masculino", "femenino"),
        ("homme", "femme"), ("Mann", "Frau"),
    ]  # fmt: skip


@pytest.mark.parametrize("pair", _SEX_PAIRS)
def test_sex_words_of_many_languages_under_a_sex_name(pair: tuple[str, str]) -> None:
    assert all(DETECTORS["any_sex"](word) for word in pair), pair
    assert infer_role("sex", list(pair) * 10).role == "sex"
    assert infer_role("Geschlecht", list(pair) * 10).role == "sex"


def test_single_letters_are_sex_only_under_a_sex_name() -> None:
    letters = ["K", "M"] * 20
    assert infer_role("plec", letters).role == "sex"
    assert infer_role("cot_3", letters).role != "sex"
    assert not DETECTORS["sex"]("K")  # the strong detector stays as it was
