"""Rules written after blind 67-69's first measurements: other names beside a first name, an
animal's name, the other party of a civil judgement and a former employer in Vietnamese
abbreviations, a Thai house number with its village, a name written in Thaana."""

from __future__ import annotations

from settled_helpers import settled

from lienthong.profiling._hints import name_hints, names_a_relative
from lienthong.profiling._places import is_street

_GIVEN = ["Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Abena"] * 5
_OTHER = ["Mensah", "Nana", "Kojo", "Esi", "Kwesi", "Adwoa"] * 5
_FAMILY = ["Owusu", "Boateng", "Asante", "Appiah", "Osei", "Darko"] * 5


def test_other_names_beside_a_first_name_are_middle_names() -> None:
    beside_first = settled({"Surname": _FAMILY, "First Name": _GIVEN, "Other Name(s)": _OTHER})
    assert beside_first["First Name"][0] == "given_name"
    assert beside_first["Other Name(s)"][0] is None
    # beside a surname alone, the other names are the given names (Kenya, Zambia, Fiji)
    alone = settled({"Surname": _FAMILY, "Other Names": _GIVEN})
    assert alone["Other Names"][0] == "given_name"


def test_an_animals_name_is_no_persons() -> None:
    assert name_hints("Tên con vật") == []
    assert name_hints("Tên") == ["given_name"]


def test_a_judgement_creditor_and_a_former_employer_are_other_parties() -> None:
    for header in ("Địa chỉ người được THA", "Họ tên người được thi hành án", "DC DV truoc"):
        assert names_a_relative(header), header
    assert not names_a_relative("Họ tên người phải THA")


def test_a_thai_house_number_with_its_village_is_a_street_line() -> None:
    assert name_hints("บ้านเลขที่") == ["street"]
    assert is_street("123/7 หมู่ 5") and is_street("14/9 หมู่ 9")


def test_a_name_in_thaana() -> None:
    assert name_hints("ނަން (ދިވެހިން)") == ["full_name"]
