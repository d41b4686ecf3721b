"""Other parties than the record's own person (an employer, a facility, a landlord, an officer,
a contact, the deceased, a teacher) and social-security funds' numbers, read from the
lexicon's ``relative`` and ``fund`` header roles."""

from __future__ import annotations

import pytest

from lienthong.profiling._header_words import header_words
from lienthong.profiling._hints import names_a_relative, names_a_social_security
from lienthong.profiling._lexicon import HEADER_ROLES, lexicon


@pytest.mark.parametrize(
    "header",
    [
        "Địa chỉ cơ sở KCB",  # the facility's
        "Dia chi co so KCB",
        "Tên đơn vị",  # the employer's
        "Địa chỉ cơ quan công tác",
        "Adresse employeur",
        "Employer address",
        "Arbeitgebername",
        "Nombre del empleador",
        "Họ tên chủ nhà cho thuê",  # the landlord's
        "Người cho thuê",
        "Nom du bailleur",
        "Người được thi hành án",  # the creditor
        "Acreedor",
        "Cán bộ tiếp nhận",  # the officer's
        "Người ký",
        "Signed by",
        "contactname",  # software exports
        "contact_name",
        "emergencycontact",
        "Họ tên liệt sĩ",  # the deceased
        "Nom du défunt",
        "Fallecido",
        "Người được ủy quyền",  # an agent, a witness, an interpreter, a guarantor
        "Interpreter",
        "Guarantor name",
        "Họ tên giáo viên chủ nhiệm",  # a teacher, a coach
        "HLV",
        "Coach",
        "Person to be notified",
    ],
)
def test_other_parties_are_somebody_else(header: str) -> None:
    assert names_a_relative(header), header


@pytest.mark.parametrize(
    "header",
    [
        "Họ và tên",
        "Địa chỉ thường trú",
        "Name",
        "Patient name",
        "Employee name",  # one letter from "employer", never read as it
        "Nombre del empleado",
        "Trainee name",
        "Họ tên người lao động",
        "Họ tên học sinh",
        "Họ tên bệnh nhân",
        "Địa chỉ liên hệ",  # the person's own contact address
        "Contact address",
        "Office address",
        "Company name",  # a company's name is no person's (see test_lexicon_audit)
    ],
)
def test_the_records_own_headers_name_no_other_party(header: str) -> None:
    assert not names_a_relative(header), header


def test_the_head_of_household_stays_as_it_was() -> None:
    # alone, a list of household heads keeps it as the record's (see _context)
    assert names_a_relative("Họ tên chủ hộ")
    assert not names_a_relative("Họ tên chủ hộ kinh doanh")


def test_plurals_of_party_words_fold_without_respelling_the_records_own() -> None:
    assert header_words("Employees") == ["employee"]
    assert header_words("Employers") == ["employer"]
    assert header_words("empleado") == ["empleado"]


@pytest.mark.parametrize(
    "header",
    [
        "N° immatriculation CNPS",
        "NIB No.",
        "SSN",
        "NSSF No.",
        "SSNIT Number",
        "Numéro d'assuré",
        "Versichertennummer",
        "PhilHealth No.",
        "Pag-IBIG ID",
        "N° de afiliación",
        "KWSP",
        "GOSI No",
    ],
)
def test_funds_numbers_are_named(header: str) -> None:
    assert names_a_social_security(header), header


@pytest.mark.parametrize(
    "header", ["N° CNI", "NIN", "DNI", "NIK", "CURP", "CPF", "Aadhaar", "Số CCCD", "Số BHXH"]
)
def test_national_ids_are_no_funds(header: str) -> None:
    assert not names_a_social_security(header), header


def test_fund_is_a_lexicon_role() -> None:
    assert "fund" in HEADER_ROLES
    assert len(lexicon().headers["fund"]) >= 100
