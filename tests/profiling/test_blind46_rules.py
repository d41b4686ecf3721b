"""Rules written after blind 46-63's first measurements (each a kind of file a city meets, not a
header of one file): parties named by their initials after a column's name, a home town and a
business's place beside the person's own, quarters of a ward and hospitals that are no address,
second surnames and middle names, East Asian names written in two parts, passports and funds'
numbers beside the country's own id, and Hungarian text that is no Vietnamese code page."""

from __future__ import annotations

from datetime import date, timedelta

from settled_helpers import settled

from lienthong.identifiers import make_cccd
from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._foreign import CROSS_STREET, is_any_street, is_east_asian_name
from lienthong.profiling._header_words import vietnamese
from lienthong.profiling._hints import (
    name_hints,
    names_a_business_place,
    names_a_note,
    names_a_passport,
    names_a_relative,
)
from lienthong.profiling._places import is_address, is_street
from lienthong.profiling._values import is_any_full_name

_PEOPLE = [
    f"{f} Văn {g}"
    for f in ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng")
    for g in ("An", "Bình", "Cường", "Dũng", "Hải", "Long")
]
_HOMES = [f"{i} Lê Lợi, Phường Bến Thành, Quận 1" for i in range(1, 31)]
#: Forty birth days spread over five decades, as a population's are.
_BIRTHS = [date(1950, 1, 1) + timedelta(days=397 * i + 13) for i in range(40)]


def _luhn(digits: str) -> str:
    """``digits`` and their Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return f"{digits}{(10 - total % 10) % 10}"


def _snils(number: int) -> str:
    """A valid СНИЛС ``012-345-678 19``: nine digits and their weighted sum mod 101."""
    digits = f"{number:09d}"
    total = sum(int(ch) * w for ch, w in zip(digits, range(9, 0, -1), strict=True))
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]} {total % 101 % 100:02d}"


def test_party_initials_after_the_column_name_are_relatives() -> None:
    for header in ("Năm sinh PH", "Số CCCD BĐ", "CCCD người BL", "Họ tên NPT"):
        assert names_a_relative(header), header
    # initials no party has, the initials alone, or in lower case are no party
    for header in ("Ngày sinh NĐ", "PH", "ngày sinh ph", "Ngày sinh"):
        assert not names_a_relative(header), header


def test_a_parents_birth_year_and_id_are_not_the_pupils() -> None:
    pupils = [make_cccd("079", "male", 1960 + i, 100000 + i) for i in range(30)]
    parents = [make_cccd("001", "female", 1940 + i, 200000 + i) for i in range(30)]
    got = settled(
        {
            "Họ và tên": _PEOPLE,
            "Ngày sinh": [f"{d:02d}/{d % 12 + 1:02d}/{1970 + d}" for d in range(1, 31)],
            "Số CCCD": pupils,
            "Năm sinh PH": [str(1940 + i) for i in range(30)],
            "Số CCCD của PH": parents,
        }
    )
    assert got["Họ và tên"][0] == "full_name" and got["Ngày sinh"][0] == "birth_date"
    assert got["Số CCCD"][0] == "cccd"
    assert got["Năm sinh PH"][0] not in {"birth_date", "birth_year"}
    assert got["Số CCCD của PH"][0] is None


def test_a_home_town_is_no_address_and_sellers_declarers_co_owners_are_parties() -> None:
    got = settled({"Họ và tên": _PEOPLE, "Quê quán": _HOMES})
    assert got["Quê quán"][0] is None
    assert settled({"Họ và tên": _PEOPLE, "Địa chỉ": _HOMES})["Địa chỉ"][0] == "address"
    for header in ("Họ tên người bán", "Họ tên người khai", "Họ tên người cùng đứng tên"):
        assert names_a_relative(header), header
    assert not names_a_relative("Họ tên")


def test_quarters_and_hamlets_alone_are_no_address() -> None:
    assert not is_address("Tổ 11, KP 8") and not is_address("Ấp Phú Hòa")
    assert is_address("Tổ 5, Khu phố 3, Phường 2")


def test_a_vietnamese_hospital_is_no_boulevard() -> None:
    assert not is_street("BV Chợ Rẫy")
    assert is_street("Bv. Artigas 1120 apto 3")


def test_a_second_surname_beside_the_first_gets_no_role() -> None:
    got = settled(
        {
            "Primer cognom": ["Puig", "Garcia", "Martí", "Soler", "Vila", "Ferrer"] * 5,
            "Segon cognom": ["Serra", "Roca", "Pons", "Font", "Mas", "Vidal"] * 5,
            "Nom": ["Jordi", "Montserrat", "Pere", "Núria", "Joan", "Laia"] * 5,
        }
    )
    assert got["Primer cognom"][0] == "family_name" and got["Nom"][0] == "given_name"
    assert got["Segon cognom"][0] is None
    basque = settled(
        {
            "1. abizena / 1º apellido": ["Etxeberria", "Garcia", "Agirre", "Lopez", "Zubiri"] * 6,
            "2. abizena / 2º apellido": ["Serra", "Roca", "Pons", "Font", "Mas"] * 6,
            "Izena / Nombre": ["Jon", "Miren", "Ane", "Iker", "Mikel"] * 6,
        }
    )
    assert basque["1. abizena / 1º apellido"][0] == "family_name"
    assert basque["2. abizena / 2º apellido"][0] is None


def test_a_bilingual_middle_name_names_no_name_and_a_middle_and_given_name_the_given() -> None:
    person_names = {"full_name", "given_name", "family_name"}
    assert not person_names.intersection(name_hints("Gitnang Pangalan / Middle Name"))
    assert name_hints("Tên đệm và tên")[0] == "given_name"
    assert "given_name" not in name_hints("Tên đệm")


def test_a_business_place_beside_the_owners_home_is_not_the_persons() -> None:
    shops = [f"{i} Nguyễn Trãi, Phường 3, Quận 5" for i in range(1, 31)]
    got = settled(
        {"Ho ten chu ho": _PEOPLE, "Dia chi kinh doanh": shops, "Dia chi cu tru  chu ho": _HOMES}
    )
    assert got["Dia chi kinh doanh"][0] is None
    assert got["Dia chi cu tru  chu ho"][0] == "address"
    # alone, where the business trades is the register's address
    alone = settled({"Ho ten chu ho": _PEOPLE, "Địa chỉ kinh doanh": shops})
    assert alone["Địa chỉ kinh doanh"][0] == "address"
    assert names_a_business_place("Dia chi kinh doanh")
    assert not names_a_business_place("Địa chỉ nhà ở kết hợp kinh doanh")


def test_only_a_vietnamese_header_is_vietnamese() -> None:
    assert vietnamese("Số thẻ HDV") and vietnamese("Địa chỉ")
    assert not vietnamese("Doğum Tarihi") and not vietnamese("Adresă")


def test_dated_numbers_under_a_vietnamese_header_are_no_national_id() -> None:
    cards = [f"1{b:%y%m%d}{i:03d}" for i, b in enumerate(_BIRTHS)]
    assert infer_role("Số thẻ HDV", cards).role != "national_id"
    english = infer_role("Card No.", cards)
    assert english.role == "national_id" and english.confidence >= THRESHOLD


def test_support_and_rates_name_no_family_name_nor_fund() -> None:
    assert "family_name" not in name_hints("Hình thức hỗ trợ")
    assert name_hints("Họ") == ["family_name"]
    assert name_hints("Trích BHXH, BHYT, BHTN (10,5%)") == []
    assert name_hints("Trích BHXH, BHYT, BHTN") != []


def test_east_asian_names_in_two_parts() -> None:
    for name in ("佐々木\u3000美穂", "ササキ ミホ", "艾力·热西提", "张伟"):
        assert is_east_asian_name(name), name
    for text in ("北京市朝阳区", "北京市 朝阳区建国路", "一二三四五六七八九十"):
        assert not is_east_asian_name(text), text


def test_son_of_and_daughter_of_link_a_malaysian_name() -> None:
    assert is_any_full_name("Kavitha a/p Subramaniam")
    assert is_any_full_name("Suresh a/l Muniandy")
    assert not is_any_full_name("Kavitha xx/p Subramaniam")


def test_identity_cards_family_cards_and_voter_keys_are_passport_like() -> None:
    for header in ("Serie/Nr. CI", "No. KK", "Clave de Elector"):
        assert names_a_passport(header), header
    assert not names_a_passport("NIK") and not names_a_passport("Số CCCD")


def test_a_family_card_beside_the_nik_is_not_the_national_id() -> None:
    niks = [f"3174{b.day + 40 * (i % 2):02d}{b:%m%y}{i:04d}" for i, b in enumerate(_BIRTHS)]
    cards = [f"3174{i * 7717 % 10**12:012d}" for i in range(1, 41)]
    names = ["Budi Santoso", "Siti Aminah", "Agus Salim", "Dewi Lestari"] * 10
    got = settled({"Nama": names, "NIK": niks, "No. KK": cards})
    assert got["NIK"][0] == "national_id" and got["No. KK"][0] is None


def test_snils_beside_the_health_policy_is_the_national_id() -> None:
    snils = [_snils(12_345_678 + 7919 * i) for i in range(40)]
    policies = [_luhn(f"52{i:06d}{i * 7919 % 10**7:07d}") for i in range(1, 41)]
    names = ["Иванов Иван Иванович", "Петрова Анна Сергеевна", "Сидоров Пётр Павлович"] * 13
    names.append("Кузнецова Мария Ивановна")
    alone = settled({"ФИО": names, "СНИЛС": snils})
    both = settled({"ФИО": names, "СНИЛС": snils, "Полис ОМС (ЕНП)": policies})
    assert alone["СНИЛС"][0] == "national_id" and both["СНИЛС"][0] == "national_id"
    assert both["Полис ОМС (ЕНП)"][0] != "national_id"


def test_a_business_home_is_no_note_while_notes_stay_notes() -> None:
    assert not names_a_note("Địa chỉ nhà ở kết hợp kinh doanh")
    assert names_a_note("Ghi chú") and names_a_note("Keterangan")
    assert names_a_note("Ket.")  # the Indonesian remark, as the whole header


def test_a_cuban_cross_street_and_a_portuguese_house_number() -> None:
    assert CROSS_STREET.sub("", "Calle 23 No. 456 e/ L y M") == "Calle 23 No. 456"
    assert CROSS_STREET.sub("", "Calle 23 No. 456") == "Calle 23 No. 456"
    assert is_street("Rua de São João, n.º 42")
    assert is_any_street("Rua de São João, n.º 42") and is_any_street("Rua Augusta n.º 42")
