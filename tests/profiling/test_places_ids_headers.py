"""Rules that read values and headers of any country the same way: a street line keeps its
floor and door (``Calle Mayor, 5, 3º izq.``), addresses written with their own script's comma,
ids of letters of any script or with a bracketed check character, a Chinese, Japanese or Korean
header read by its head noun, and a year word that is no time."""

from __future__ import annotations

import random

import pytest

from lienthong.profiling import THRESHOLD, infer_role, name_hints
from lienthong.profiling._places import is_full_address, is_street
from lienthong.profiling._values import DETECTORS


@pytest.mark.parametrize(
    "value",
    [
        "Calle Mayor, 5, 3 izq.",
        "Rua Augusta, 120, 2 esq.",
        "Hauptstraße 5, 3. OG",
        "Rue de la Paix 7, bât. B",
        "Kungsgatan 12, lgh 1102",
        "High Street 4, Flat 2",
    ],
)
def test_a_floor_or_door_after_the_house_number_leaves_a_street_line(value: str) -> None:
    assert not is_full_address(value)
    assert is_street(value)


@pytest.mark.parametrize(
    "value", ["Via Roma 12, Milano", "Calle Mayor 5, 28013 Madrid", "12 Lê Lợi, Phường Bến Thành"]
)
def test_a_place_after_the_comma_is_still_a_full_address(value: str) -> None:
    assert is_full_address(value)


def test_street_lines_under_an_address_header_are_streets() -> None:
    rng = random.Random(3)
    lines = [f"{rng.choice(['Kirkeveien', 'Storgata', 'Dronningens gate'])} {n}" for n in range(60)]
    found = infer_role("Bostedsadresse", lines)
    assert found.role == "street" and found.confidence >= THRESHOLD
    floors = [
        f"Calle {s}, {n}, {f}"
        for n, (s, f) in enumerate([("Mayor", "2º izq."), ("Sol", "bajo")] * 30)
    ]
    assert infer_role("Domicilio", floors).role == "street"


@pytest.mark.parametrize(
    ("header", "template"),
    [
        ("العنوان", "الرياض، حي النخيل، شارع الملك فهد، مبنى {n}"),  # Arabic comma
        ("地址", "上海、浦东新区、世纪大道{n}号"),  # ideographic comma
        ("ලිපිනය", "අංක {n}, ගාලු පාර, කොළඹ 03"),
    ],
)
def test_addresses_in_any_script_with_their_own_commas(header: str, template: str) -> None:
    values = [template.format(n=n) for n in range(1, 41)]
    found = infer_role(header, values)
    assert found.role == "address" and found.confidence >= THRESHOLD


def test_ids_of_any_script_and_with_a_bracketed_check_character() -> None:
    rng = random.Random(5)
    bracketed = [f"K{rng.randrange(10**6):06d}({rng.randrange(10)})" for _ in range(60)]
    assert infer_role("Identity Card No.", bracketed).role == "national_id"
    cyrillic = [f"ПР{rng.randrange(10**8):08d}" for _ in range(60)]
    assert infer_role("Номер паспорта", cyrillic).role == "national_id"
    # no id header: letters and digits stay without a role
    assert infer_role("Mã hồ sơ", bracketed).role != "national_id"
    assert DETECTORS["any_national_id"]("+(12) 345 678") is False


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("患者氏名", "full_name"),
        ("申請人姓名", "full_name"),
        ("환자성명", "full_name"),
        ("患者生年月日", "birth_date"),
    ],
)
def test_an_east_asian_header_is_read_by_its_head_noun(header: str, role: str) -> None:
    assert name_hints(header)[:1] == [role]


@pytest.mark.parametrize("header", ["保護者氏名", "보호자성명", "父親姓名", "母親姓名"])
def test_a_relatives_name_is_not_the_records_name(header: str) -> None:
    assert not {"full_name", "family_name", "given_name"} & set(name_hints(header))


def test_a_year_word_is_no_time_but_a_time_is() -> None:
    assert not DETECTORS["timestamp"]("12.03.1985 г.")
    assert not DETECTORS["timestamp"]("12. 3. 1985")
    assert DETECTORS["timestamp"]("2024-01-05 10:30")
    assert DETECTORS["timestamp"]("198503120000")


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("NAS / SIN", "national_id"),
        ("Geslacht / Sexe", "sex"),
        ("Ngày sinh / Date of birth", "birth_date"),
    ],
)
def test_each_half_of_a_bilingual_header_is_read_whole(header: str, role: str) -> None:
    assert name_hints(header)[:1] == [role]


@pytest.mark.parametrize(
    ("value", "full"),
    [
        ("AV. LOS INCAS 114 - AREQUIPA", True),
        ("Calle Mayor 5 - 28013 Madrid", True),
        ("1005, boul. Saint-Laurent, app. 7", False),
        ("12, rue de la Paix", False),
        ("Jean-Pierre", False),
    ],
)
def test_a_spaced_dash_separates_parts_and_a_leading_number_joins_its_street(
    value: str, full: bool
) -> None:
    assert is_full_address(value) is full


def test_a_units_number_after_a_hash_is_no_word_of_a_street_line() -> None:
    assert is_street("Blk 101 Bedok North Rd #20-352")
    assert not is_full_address("Blk 12 Jurong West St 41 #05-12")


@pytest.mark.parametrize(
    ("header", "role"), [("N° C.N.I.E", "national_id"), ("D.O.B", "birth_date")]
)
def test_a_dotted_abbreviation_without_its_last_dot_is_one_word(header: str, role: str) -> None:
    assert name_hints(header)[:1] == [role]


def test_a_doctor_is_no_drive_without_a_number() -> None:
    assert infer_role("Attending", ["Dr A. Smith", "Dr K. Brown", "Dr P. Lee"] * 10).role is None
    assert is_street("12 Harbour Dr") and is_street("St Kilda Rd 5")


def test_street_lines_of_any_language_under_an_address_header() -> None:
    lines = [f"{s} {n}" for n, s in enumerate(["25 de Mayo", "Rivadavia", "Belgrano"] * 12, 1)]
    assert infer_role("Domicilio", lines).role == "street"


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("N° d'identité", "national_id"),
        ("Identificación", "national_id"),
        ("Nơi ở hiện tại", "address"),
    ],
)
def test_more_header_words(header: str, role: str) -> None:
    assert name_hints(header)[:1] == [role]


def test_a_party_to_a_case_is_a_person_not_a_street() -> None:
    # "đương sự" folds to "duong su"; "duong" alone is "đường", a street
    assert name_hints("Họ tên đương sự")[:1] == ["full_name"]
    assert name_hints("Tên đường") == ["street"]


def test_a_street_line_with_no_street_word_is_a_street_line() -> None:
    lines = [f"{s} {n}" for n, s in enumerate(["Ituzaingó", "Colonia", "Mercedes"] * 12, 100)]
    assert infer_role("Dirección", lines).role == "street"
    full = [f"{n} Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh" for n in range(1, 31)]
    assert infer_role("Dirección", full).role == "address"


@pytest.mark.parametrize(
    ("header", "role"),
    [("Céd. Identidad", "national_id"), ("Fech. Nac.", "birth_date"), ("Direcc.", "address")],
)
def test_a_word_cut_short_with_a_dot_reads_as_the_word_it_begins(header: str, role: str) -> None:
    assert name_hints(header)[:1] == [role]


def test_a_business_households_name_is_no_persons() -> None:
    shops = ["Cửa hàng điện thoại An", "Tạp hóa Vy", "Quán cơm Hùng"] * 10
    assert infer_role("Tên hộ kinh doanh", shops).role is None
    owners = ["Nguyễn Văn An", "Trần Thị Vy", "Lê Văn Hùng"] * 10
    assert infer_role("Tên chủ hộ kinh doanh", owners).role == "full_name"


def test_a_second_address_line_of_words_under_a_street_header() -> None:
    kinds = ("Village", "Plaza", "Apartments", "Estate", "Court")
    lines = [f"{name} {kinds[n // 10]}" for n, name in enumerate(_ESTATES * 4)]
    found = infer_role("Address line 2", lines)
    assert found.role == "street" and found.confidence >= THRESHOLD
    assert infer_role("Ghi chú", lines).role != "street"  # words alone are no street elsewhere
    # a few words over and over are towns or branches, not address lines
    towns = ["Ennis", "Tralee", "Galway", "Sligo"] * 10
    assert infer_role("Address 2", towns).role != "street"
    assert name_hints("Branch") == []  # no Japanese "banchi" two letters away


_ESTATES = ["Rosetta", "Hillview", "Sunrise", "Kmart", "Oakwood", "Riverside", "Bayside"]
_ESTATES += ["Greenfield", "Lakeside", "Parkview"]
