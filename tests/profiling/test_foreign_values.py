"""Foreign values: phones of any country, national ids of letters and digits, names written
family first with a comma and names in any script."""

from __future__ import annotations

import random
import string

from hypothesis import given
from hypothesis import strategies as st

from lienthong.identifiers import CCCD_PROVINCES, make_cccd
from lienthong.profiling import infer_role
from lienthong.profiling._foreign import ids_agree, name_words
from lienthong.profiling._shape import shape
from lienthong.profiling._values import DETECTORS, is_any_phone, is_phone

cccds = st.builds(
    make_cccd,
    st.sampled_from(sorted(CCCD_PROVINCES)),
    st.sampled_from(["male", "female"]),
    st.integers(1900, 2099),
    st.integers(0, 999_999),
)
separators = st.sampled_from([" ", "-", ".", " - "])


@st.composite
def e164(draw: st.DrawFn) -> str:
    """``+CC`` then the subscriber's digits in groups, 8 to 15 digits in all (E.164)."""
    country = str(draw(st.integers(1, 999)))
    rest = draw(st.text(string.digits, min_size=8 - len(country), max_size=15 - len(country)))
    groups: list[str] = []
    while rest:
        size = draw(st.integers(1, 4))
        groups.append(rest[:size])
        rest = rest[size:]
    if draw(st.booleans()) and len(groups) > 1:
        groups[0] = f"({groups[0]})"
    sep = draw(separators)
    prefix = draw(st.sampled_from(["+", "+", "00 "]))
    return prefix + country + " " + sep.join(groups)


@given(e164())
def test_any_e164_number_with_separators_is_a_phone(number: str) -> None:
    assert is_phone(number), number
    assert is_any_phone(number), number


def test_international_numbers_of_several_countries_are_phones() -> None:
    for text in (
        "+52 55 1234 5678",
        "+7 (912) 345-67-89",
        "+1 212-555-0143",
        "+44 20 7946 0958",
        "+44 (0)20 7946 0958",
        "00 33 1 23 45 67 89",
        "+84903123456",
    ):
        assert DETECTORS["phone"](text), text
    for text in ("+12.3456789", "+123", "+0 123 456 789", "0033123456789"):
        assert not DETECTORS["phone"](text), text


@given(cccds, st.sampled_from(["", " ", ".", "-"]))
def test_no_valid_cccd_is_any_phone(number: str, sep: str) -> None:
    written = sep.join(number[i : i + 3] for i in range(0, 12, 3))
    assert DETECTORS["cccd"](written)
    assert not is_any_phone(written), written
    assert not is_phone(written), written


@given(st.text(string.digits, min_size=9, max_size=12))
def test_a_bare_number_is_a_phone_only_as_a_vietnamese_mobile(number: str) -> None:
    mobile = len(number) == 10 and number[0] == "0" and number[1] in "35789"
    if not mobile and not number.startswith("84"):
        assert not is_phone(number)
        # under a phone name, a bare national number of 8 to 11 digits is one (13812345678)
        assert is_any_phone(number) == (len(number) <= 11)


def test_national_numbers_in_groups_are_phones_only_under_a_phone_name() -> None:
    for text in ("(020) 7946 0958", "8 (912) 345-67-89", "212-555-0143", "030/12345678"):
        assert not DETECTORS["phone"](text), text
        assert DETECTORS["any_phone"](text), text
    for text in ("12-03-1985", "1985.03.12", "12 345", "079 203 001 234"):
        assert not DETECTORS["any_phone"](text), text
    uk = [f"(020) 7946 {i:04d}" for i in range(40)]
    assert infer_role("phone", uk).role == "phone"
    assert infer_role("dien_thoai", uk).role == "phone"
    assert infer_role("cot_3", uk).role != "phone"


def test_a_bhxh_column_stays_bhxh() -> None:
    numbers = [f"01{i:08d}" for i in range(40)]
    assert not any(is_phone(n) for n in numbers)  # a bare number is a phone only by its name
    assert infer_role("so_bhxh", numbers).role == "bhxh"


# --- national ids ---------------------------------------------------------------------------
letters = st.text(string.ascii_uppercase, min_size=1, max_size=1)


@st.composite
def curps(draw: st.DrawFn) -> str:
    head = draw(st.text(string.ascii_uppercase, min_size=4, max_size=4))
    day = draw(st.dates()).strftime("%y%m%d")
    tail = draw(st.text(string.ascii_uppercase, min_size=6, max_size=6))
    return head + day + tail + draw(st.text(string.digits, min_size=2, max_size=2))


@given(st.lists(curps(), min_size=10, max_size=40, unique=True))
def test_letter_and_digit_ids_fit_only_under_an_id_name(ids: list[str]) -> None:
    assert all(DETECTORS["any_national_id"](v) for v in ids)
    assert ids_agree(ids)
    for header in ("national_id", "so_cccd", "so_cmnd", "so_bhxh"):
        assert infer_role(header, ids).role == "national_id", header
    assert infer_role("cot_3", ids).role is None


def test_foreign_ids_of_several_countries_fit_the_looser_detector() -> None:
    for text in (
        "GOMA850312HDFRRN09",
        "GOMA850312AB1",
        "RSSMRA85T10A562S",
        "C01X00T47",
        "QQ 12 34 56 C",
        "112-233-445 95",
        "12345678901",
        "YYALGV3",  # an Azerbaijani FİN: seven characters, one digit
    ):
        assert DETECTORS["any_national_id"](text), text
    for text in (
        "+44 20 7946 0958",
        "12/03/1985",
        "1985-03-12",
        "AB12",
        "ABCDEFGHI",
        "AB 12",
        "a@b.c",
    ):
        assert not DETECTORS["any_national_id"](text), text


def test_passports_mix_shapes_but_keep_one_length() -> None:
    passports = ["C01X00T47", "CF1234567", "L7X8Y9Z01", "T22000129", "C4J9K2M18"] * 1
    assert ids_agree(passports)
    assert infer_role("national_id", passports * 8).role is None  # five ids repeated: no
    draw = random.Random(9)
    many = [
        draw.choice("CFGHJK")
        + "".join(draw.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(5))
        + f"{draw.randrange(1000):03d}"
        for _ in range(40)
    ]
    assert len(set(many)) == 40 and len(set(map(shape, many))) > 10
    assert infer_role("passport_no", many).role == "national_id"
    mixed = ["AB123", "X1234567890123", "Q12W", "P9Z87Y65", "1A2B3C4D5E6F7"]
    assert not ids_agree(mixed)


# --- names ------------------------------------------------------------------------------------


def test_family_first_names_with_a_comma() -> None:
    for text in ("GARCÍA, Juan Carlos", "Müller, Anna", "NGUYEN, Van An", "O'Brien, Zoë"):
        assert DETECTORS["any_full_name"](text), text
    assert DETECTORS["full_name"]("NGUYEN, Van An")
    assert DETECTORS["full_name"]("Trần, Huyền Trang")
    assert not DETECTORS["full_name"]("GARCÍA, Juan Carlos")
    assert name_words("GARCÍA, Juan Carlos") == (("garcia", "juan", "carlos"), 1)


def test_an_address_with_commas_is_no_name() -> None:
    for text in (
        "улица Ленина, Москва",
        "12 Lê Lợi, Phường Bến Thành",
        "Phường Bến Thành, Quận 1",
        "Xã Tân Lập, Huyện Đan Phượng",
        "Via Roma, Milano",
        "Calle Mayor, Madrid",
        "Thôn Đông, Xã Yên Sở, Hà Nội",
    ):
        assert not DETECTORS["any_full_name"](text), text
        assert not DETECTORS["full_name"](text), text
    addresses = ["Phường Bến Thành, Quận 1", "Xã Tân Lập, Huyện Đan Phượng"] * 20
    assert infer_role("ho_ten", addresses).role != "full_name"


def test_names_in_any_script() -> None:
    for text in ("Иван Петров", "Γιώργος Παπαδόπουλος", "محمد أحمد", "مُحَمَّد أَحْمَد", "Петров, Иван"):
        assert DETECTORS["any_full_name"](text), text
    for text in ("Иванов", "Παπαδόπουλος", "أحمد", "Smirnova-Ivanova"):
        assert DETECTORS["any_surname"](text), text
        assert DETECTORS["given_name"](text), text
    assert not DETECTORS["any_full_name"]("Иванов")
    assert not DETECTORS["any_surname"]("Иванов 12")
    cyrillic = ["Иван Петров", "Анна Смирнова", "Ольга Кузнецова", "Пётр Соколов"] * 10
    assert infer_role("full_name", cyrillic).role == "full_name"
    surnames = ["Иванов", "Παπαδόπουλος", "أحمد", "Кузнецова"] * 10
    assert infer_role("surname", surnames).role == "family_name"


@given(
    st.lists(
        st.text(alphabet=st.characters(categories=["L"]), min_size=2, max_size=8),
        min_size=2,
        max_size=5,
    )
)
def test_words_of_letters_of_any_script_make_a_name(words: list[str]) -> None:
    text = " ".join(words)
    read = name_words(text)
    assert read is not None and len(read[0]) >= len(words)
