"""Rules read since blind 283-287's first measurement: Raglai and Chăm family names, a whole
name's header holding a unit's word, person nouns as headers, a programme's number beside a
national id proven by its check digit, Medicaid, a vending spot."""

from __future__ import annotations

from settled_helpers import settled
from stdnum import verhoeff

from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._hints import name_hints, names_a_social_security, names_elsewhere

RAGLAI = [
    f"{family} {middle} {given}"
    for family in ("Mấu", "Chamaléa", "Pinăng", "Katơr", "Thiên")
    for middle in ("Thị", "Văn")
    for given in ("Ná", "Lùn", "Hà", "Lực", "Mai", "Đạo")
]


def _aadhaar(n: int) -> str:
    body = f"{23456789010 + n * 7919}"
    return body + verhoeff.calc_check_digit(body)


def test_raglai_names_under_a_cooperative_members_header_are_whole_names() -> None:
    assert name_hints("Họ tên xã viên")[0] == "full_name"
    found = infer_role("Họ tên xã viên", RAGLAI * 2)
    assert found.role == "full_name" and found.confidence >= THRESHOLD, found


def test_person_nouns_head_the_whole_name() -> None:
    for header in ("Associado", "Paciente", "被保险人", "मालकाचें नांव"):
        assert name_hints(header)[:1] == ["full_name"], header
    assert name_hints("FSM SS No.") == ["national_id"]


def test_a_programmes_number_beside_a_proven_national_id_is_not_the_persons() -> None:
    aadhaar = [_aadhaar(n) for n in range(120)]
    jan = [f"{1070000000 + n * 104729}" for n in range(120)]
    found = settled({"आधार संख्या": aadhaar, "जन आधार संख्या": jan})
    assert found["आधार संख्या"][0] == "national_id", found
    assert found["जन आधार संख्या"][0] is None, found


def test_medicaid_is_a_fund_and_a_vending_spot_elsewhere() -> None:
    assert names_a_social_security("Medicaid ID")
    assert names_elsewhere("Vending Spot")
