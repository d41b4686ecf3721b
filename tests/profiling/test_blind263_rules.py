"""Rules read since blind 263-267's first measurement: a header naming a name's parts in order,
the French ``Nom`` over whole names, a licence's six-digit serial, a health card beside the
social insurance number, an adopted child's birth date."""

from __future__ import annotations

from settled_helpers import settled
from stdnum import luhn

from lienthong.profiling import THRESHOLD, infer_role

CAJUN = ["FONTENOT", "BOUDREAUX", "BROUSSARD", "THIBODEAUX", "LANDRY", "GUIDRY", "HEBERT"]
GIVEN = ["ODILE", "NOELIE", "REMY", "BEAU", "ROSALIE", "LIONEL", "YVONNE", "CLOVIS"]
BIRTHS = [f"{day:02d}/{month:02d}/{year}" for day, month, year in zip(
    range(1, 29), [1, 3, 5, 7, 9, 11, 2] * 4, range(1950, 1978), strict=True
)] * 3  # fmt: skip


def _nas(serial: int) -> str:
    body = f"1{serial:07d}"
    return body + luhn.calc_check_digit(body)


def test_a_header_naming_the_parts_in_order_heads_the_whole_name() -> None:
    names = [f"{family}, {given}" for family in CAJUN for given in GIVEN]
    role, confidence = settled({"Applicant (Last, First)": names})["Applicant (Last, First)"]
    assert role == "full_name" and confidence >= THRESHOLD


def test_nom_over_whole_names_with_no_given_name_beside_is_the_whole_name() -> None:
    whole = [f"{given.title()} {family.title()}" for family in CAJUN for given in GIVEN]
    found = settled({"Nom du prestataire": whole, "Date de naissance": BIRTHS[: len(whole)]})
    assert found["Nom du prestataire"][0] == "full_name", found
    # beside a given-name column, "Nom" stays the family name
    found = settled(
        {"Nom": [f.title() for f in CAJUN] * 8, "Prénom": [g.title() for g in GIVEN] * 7}
    )
    assert found["Nom"][0] == "family_name", found


def test_six_digits_alone_are_no_national_id() -> None:
    serials = [f"{n * 7919 % 100000:06d}" for n in range(1, 200)]
    found = infer_role("No d'identification du pêcheur (NIP)", serials)
    assert found.role != "national_id" or found.confidence < THRESHOLD, found


def test_a_health_card_beside_the_social_insurance_number_is_the_funds() -> None:
    nas = [_nas(n * 37) for n in range(1, 81)]
    ramq = [f"BER{'ACE'[n % 3]} {n * 13 % 10000:04d} {n * 7 % 10000:04d}" for n in range(1, 81)]
    found = settled({"NAS": nas, "No d'assurance maladie": ramq})
    assert found["NAS"][0] == "national_id", found
    assert found["No d'assurance maladie"][0] is None, found


def test_an_adopted_childs_birth_date_is_a_date_beside_the_parents() -> None:
    children = [f"{day:02d}/0{month}/2021" for day in range(1, 29) for month in (3, 5, 7)]
    found = settled({"Ngày sinh": BIRTHS[:84], "Ngày sinh con nuôi": children})
    assert found["Ngày sinh"][0] == "birth_date", found
    assert found["Ngày sinh con nuôi"][0] == "date", found
