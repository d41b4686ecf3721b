"""Rules written after blind 67-72's first measurements: other names beside a first name, an
animal's name, the other party of a civil judgement and a former employer in Vietnamese
abbreviations, a Thai house number with its village, a name written in Thaana; a street line
that names its neighbourhood, whole names the Vietnamese statistics do not know, a house number
alone, a Belarusian passport and an enterprise's address."""

from __future__ import annotations

from settled_helpers import settled

from lienthong.profiling import infer_role
from lienthong.profiling._foreign import is_address_line
from lienthong.profiling._hints import (
    name_hints,
    names_a_passport,
    names_a_relative,
    names_elsewhere,
)
from lienthong.profiling._places import is_full_address, is_street

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


def test_a_street_line_may_name_its_neighbourhood() -> None:
    for line in (
        "Zona Villa Fátima, Calle 3 N° 123",
        "Lotissement El Feth, N° 112",
        "HLM Grand Yoff, Villa 214",
        "Barriada San Isidro, casa 45",
    ):
        assert is_street(line) and not is_full_address(line), line
    # a neighbourhood and a city, or a unit, is a whole address
    for line in ("Barrio Caracolas, Malabo", "Quartier Akébé-Ville, BP 1489 Libreville"):
        assert is_full_address(line), line
    assert is_full_address("Calle Juárez 12, Colonia Centro, Mérida")


def test_whole_names_under_a_whole_name_header_are_never_a_part() -> None:
    names = ["Lý A Sử", "Giàng A Chứ", "Triệu Thị Mai", "Lò Văn Thanh", "Vàng Seo Páo", "Sùng A Dế"]
    got = infer_role("Họ và tên học sinh", names * 5)
    assert got.role == "full_name"


def test_a_house_number_alone_is_no_address_line() -> None:
    assert not is_address_line("02-826") and is_address_line("rosetta village")


def test_a_belarusian_passport_and_an_enterprises_address() -> None:
    assert names_a_passport("Пашпарт (серыя, нумар)")
    assert names_elsewhere("Địa chỉ DN") and not names_elsewhere("Địa chỉ")


def test_a_building_named_beside_the_street_is_part_of_the_street_line() -> None:
    line = "Estrada do Repouso n.º 30, Edf. Fu Hong, 8 andar D"
    assert is_street(line) and not is_full_address(line)
    assert is_street("Calle 50, Edificio Torres del Mar, apto 12B")
