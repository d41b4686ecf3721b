"""General rules written for the fresh held-out part's misses (issue 12, 2026-12-05 20:00):
foreign and abbreviated headers, dates in more separators and two-digit years, bare Excel day
numbers under a date header, ids typed in groups, Spanish DNI/NIE and other national ids, and a
street line told from a full address by its values."""

from __future__ import annotations

from datetime import date

import pytest

from lienthong.identifiers import compact_id, is_national_id, is_valid_dni
from lienthong.normalize import digits_of
from lienthong.normalize import parse_date as normalize_date
from lienthong.normalize._dates import TWO_DIGIT_PIVOT as NORMALIZE_PIVOT
from lienthong.profiling import THRESHOLD, infer_role, name_hints
from lienthong.profiling._values import (
    TWO_DIGIT_PIVOT,
    excel_serial_dates,
    is_full_address,
    parse_date,
)


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Nom", "family_name"),
        ("Prénom", "given_name"),
        ("Apellidos", "family_name"),
        ("Nombre", "given_name"),
        ("LNAME", "family_name"),
        ("FNAME", "given_name"),
        ("Nachname", "family_name"),
        ("Vorname", "given_name"),
        ("Sobrenome", "family_name"),
        ("Nama Lengkap", "full_name"),
        ("Nome completo", "full_name"),
        ("Nom et prénom", "full_name"),
        ("Date de naissance", "birth_date"),
        ("Fecha de nacimiento", "birth_date"),
        ("Geburtsdatum", "birth_date"),
        ("BIRTHDATE", "birth_date"),
        ("Sexe", "sex"),
        ("Jenis Kelamin", "sex"),
        ("Adresse", "address"),
        ("Domicilio", "address"),
        ("Endereço", "address"),
        ("Straße", "street"),
        ("Téléphone", "phone"),
        ("Courriel", "email"),
        ("DNI/NIE", "national_id"),
        ("NIN", "national_id"),
        ("ID number", "national_id"),
    ],
)
def test_foreign_and_abbreviated_headers_hint_their_role(header: str, role: str) -> None:
    assert name_hints(header)[0] == role


@pytest.mark.parametrize("header", ["Nom de la société", "Nombre de la empresa", "Nom de rue"])
def test_a_foreign_name_header_of_a_firm_or_street_is_no_persons_name(header: str) -> None:
    assert not {"full_name", "family_name", "given_name"} & set(name_hints(header))


def test_foreign_names_under_foreign_headers_get_their_role() -> None:
    surnames = ["García López", "Martín Pérez", "Smith", "Müller", "Dubois"] * 8
    given = ["José", "Amélie", "Zoë", "Liam", "Lucía"] * 8
    whole = ["José García", "Amélie Dubois", "Liam Smith", "Lucía Pérez"] * 10
    for header, values, role in [
        ("Apellidos", surnames, "family_name"),
        ("Nom", surnames, "family_name"),
        ("Nombre", given, "given_name"),
        ("Prénom", given, "given_name"),
        ("Nombre", whole, "full_name"),  # a lone "Nombre" of whole names
        ("Nama", whole, "full_name"),
    ]:
        found = infer_role(header, values)
        assert (found.role, found.confidence >= THRESHOLD) == (role, True), (header, found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("17-12-45", date(1945, 12, 17)),
        ("05-03-29", date(2029, 3, 5)),
        ("05-03-31", date(1931, 3, 5)),
        ("1972.02.16", date(1972, 2, 16)),
        ("1972/2/6", date(1972, 2, 6)),
        ("16.2.1972", date(1972, 2, 16)),
        ("19720216", date(1972, 2, 16)),
        ("1972-02-16 10:00:00", date(1972, 2, 16)),
        ("16/02-1972", None),  # two different separators: not a date
        ("31.02.1972", None),
    ],
)
def test_dates_in_common_separators_and_two_digit_years(text: str, day: date | None) -> None:
    assert parse_date(text) == day


def test_two_digit_years_pivot_as_the_record_normalisation_does() -> None:
    assert TWO_DIGIT_PIVOT == NORMALIZE_PIVOT
    for text in ("05-03-29", "05-03-31", "17-12-45", "1972.02.16"):
        parsed = normalize_date(text)
        assert parsed is not None and parsed.value == parse_date(text)


def test_bare_excel_day_numbers_are_dates_only_under_a_date_header() -> None:
    assert excel_serial_dates(["26345", "26345.0"]) == ["1972-02-16"] * 2
    assert excel_serial_dates(["26345", "abc"]) is None
    serials = [str((date(1940 + i, 1 + i % 12, 1) - date(1899, 12, 30)).days) for i in range(60)]
    births = infer_role("NgaySinh", serials)
    assert (births.role, births.confidence >= THRESHOLD) == ("birth_date", True)
    assert infer_role("SoLuong", serials).role != "birth_date"  # a count, not a day


@pytest.mark.parametrize(
    ("header", "values", "role"),
    [
        ("SO CCCD", ["048 074 997 088", "079 090 000 001"], "cccd"),
        ("Số CCCD", ["048-074-997-088", "079.090.000.001"], "cccd"),
        ("Số thẻ BHYT", ["DN 4 79 7912345678", "HS 2 79 1689657161"], "bhyt"),
        ("DNI/NIE", ["12345678Z", "X1234567L", "00000023T"], "national_id"),
    ],
)
def test_ids_typed_in_groups_or_foreign_keep_their_role(
    header: str, values: list[str], role: str
) -> None:
    found = infer_role(header, values * 20)
    assert (found.role, found.confidence >= THRESHOLD) == (role, True), found


def test_ids_are_compacted_in_one_place() -> None:
    assert compact_id(" 079 090-000.001 ") == "079090000001" == digits_of("079 090-000.001")


def test_a_dni_needs_its_check_letter_and_other_national_ids_their_shape() -> None:
    assert is_valid_dni("12345678Z") and is_valid_dni("X1234567L")
    assert not is_valid_dni("12345678A") and not is_national_id("12345678A")
    assert is_national_id("AB123456C") and is_national_id("123-45-6789")
    assert not is_national_id("Nguyễn") and not is_national_id("12345")


def test_a_street_line_is_a_street_not_an_address() -> None:
    assert not is_full_address("17 High Street")
    assert is_full_address("17 High Street, Phường Bến Thành, Thành phố Hồ Chí Minh")
    streets = ["17 High Street", "4 Station Road", "120 Park Avenue", "9 Mill Road"] * 10
    found = infer_role("Domicilio", streets)
    assert (found.role, found.confidence >= THRESHOLD) == ("street", True), found
    addresses = [f"{s}, Phường Bến Thành, Thành phố Hồ Chí Minh" for s in streets]
    assert infer_role("Domicilio", addresses).role == "address"
