"""Rules read since blind 278-282's first measurement: Nigeria's NIN and Hausa name headers, a
partner's and a household head's columns, Balearic surnames, a diameter, a childcare group's
address, six-digit social security numbers."""

from __future__ import annotations

from settled_helpers import settled

from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._hints import name_hints, names_a_relative, names_elsewhere

NINS = [f"{20000000000 + n * 7919317:011d}" for n in range(1, 150)]


def test_nigerias_nin_and_hausa_name_headers() -> None:
    found = infer_role("Lambar NIN", NINS)
    assert found.role == "national_id" and found.confidence >= THRESHOLD, found
    assert name_hints("Sunan Farko") == ["given_name"]


def test_a_partners_and_a_household_heads_columns_are_somebody_elses() -> None:
    assert names_a_relative("DNI/NIE otro miembro")
    assert names_a_relative("Jefe(a) de familia")


def test_balearic_surnames_beside_catalan_nom_the_given_name() -> None:
    surnames = [
        f"{a} {b}" for a in ("Mas", "Bauzà", "Bonet", "Coll") for b in ("Seguí", "Riera", "Pons")
    ]
    givens = ["Margalida", "Aina", "Francisca", "Antoni", "Maria Antònia", "Joan", "Miquel"]
    givens += ["Bartomeu", "Catalina", "Llorenç", "Pere", "Jaume", "Magdalena", "Guillem"]
    givens += ["Josep", "Rafel", "Sebastià", "Bàrbara", "Apol·lònia", "Gabriel"]
    found = settled({"Llinatges": surnames * 10, "Nom": givens * 6})
    assert found["Llinatges"][0] == "family_name", found
    assert found["Nom"][0] == "given_name", found


def test_a_diameter_and_a_childcare_groups_address_are_no_persons_place() -> None:
    assert infer_role("Đường kính (mm)", ["49", "90", "60", "114"] * 30).role is None
    assert names_elsewhere("Địa chỉ nhóm trẻ")


def test_six_digit_social_security_numbers_not_padded_are_a_persons() -> None:
    numbers = [f"{100000 + n * 7919 % 899999}" for n in range(1, 150)]
    found = infer_role("Social Security No.", numbers)
    assert found.role == "national_id" and found.confidence >= THRESHOLD, found
