"""Rules written after blind 78's misses (and blind 77, 79-82's first measurements): a
bilingual header whose halves disagree on which name it is."""

from __future__ import annotations

from settled_helpers import settled
from stdnum.de import idnr
from stdnum.iso7064 import mod_11_10

from lienthong.identifiers import is_valid_mst
from lienthong.profiling import infer_role
from lienthong.profiling._hints import (
    name_hints,
    names_a_business_place,
    names_a_passport,
    names_a_relative,
    names_a_tax_number,
    names_elsewhere,
)
from lienthong.profiling._places import is_address, is_full_address
from lienthong.profiling._text import written_otherwise


def test_the_name_both_halves_of_a_bilingual_header_name_comes_first() -> None:
    # Portuguese "Nome" alone may be the given names; with 中文姓名 it is the whole name
    assert name_hints("Nome em chinês / 中文姓名")[0] == "full_name"
    assert name_hints("Nome / 名")[0] == "given_name"
    # places keep the most specific half's reading: "Street Address" says street
    assert name_hints("Street Address / Straatadres / Ikheli")[0] == "street"


def test_a_vietnamese_header_written_with_its_tones_says_which_syllable_it_means() -> None:
    # tình trạng (status), bồi dưỡng (training), quân hàm (a rank) fold to tỉnh, đường, quận
    assert name_hints("Tình trạng hôn nhân") == []
    assert "street" not in name_hints("Bồi dưỡng nghiệp vụ năm")
    assert "district" not in name_hints("Cấp bậc quân hàm")
    assert name_hints("Tỉnh/TP") == ["province"]
    assert name_hints("ĐƯỜNG") == ["street"]
    assert name_hints("Quận/Huyện") == ["district"]
    # written without tones, the place word is all the header can mean
    assert name_hints("Tinh") == ["province"]


_BERLIN = [f"{street} {n}, 10{n:03d} Berlin" for n, street in enumerate(["Hauptstraße"] * 40, 1)]


def test_a_previous_residence_is_no_home_of_the_persons() -> None:
    homes = [f"Frankfurter Allee {n}, 10247 Berlin" for n in range(1, 41)]
    for header in ("Bisherige Wohnung", "Прежний адрес", "前住所", "Residência anterior"):
        roles = settled({"Anschrift": homes, header: _BERLIN})
        assert roles[header][0] is None, header
        assert roles["Anschrift"][0] == "address"


def test_germanys_identity_card_beside_the_tax_id_is_a_documents_number() -> None:
    bodies = (f"{n * 7919 % 10**10:010d}" for n in range(10**6, 10**6 + 5000))
    candidates = (f"{body}{mod_11_10.calc_check_digit(body)}" for body in bodies)
    tax_ids = [value for value in candidates if idnr.is_valid(value)][:40]
    assert all(idnr.is_valid(value) for value in tax_ids) and len(tax_ids) == 40
    cards = [f"C{n:02d}K{n * 7919 % 100000:05d}" for n in range(10, 50)]
    roles = settled({"Steuer-IdNr.": tax_ids, "Ausweisnummer": cards})
    assert roles["Steuer-IdNr."][0] == "national_id"
    assert roles["Ausweisnummer"][0] is None


def test_postcodes_as_countries_write_them() -> None:
    for header, codes in (
        ("ZIP+4", ["44102-0036", "44109-1326", "44113-2297"]),
        ("CEP", ["01310-100", "50030-230", "70040-010"]),
        ("Postcode", ["JE2 3AB", "SW1A 1AA", "LS1 4AP"]),
        ("Postal Code", ["K1A 0B1", "M5V 3L9", "H2X 1Y4"]),
        ("Postcode", ["1012 AB", "8012 CD", "3511 EF"]),
    ):
        assert infer_role(header, codes * 20).role == "postcode", codes


def test_a_cards_expiry_is_no_persons_number() -> None:
    expiries = [f"{m:02d}/20{y}" for m in range(1, 13) for y in (27, 28, 29)]
    assert infer_role("Medicare Expiry", expiries).role != "national_id"


def test_the_ward_polices_deputy_is_no_ward_and_a_house_after_its_block_is_a_street_line() -> None:
    assert not is_address("Đ/c Hoàng Văn An - Phó CA phường")
    assert is_address("Số 5 phố Huế, Phường Hai Bà Trưng")
    assert is_address("Quarteirão 23, Casa n.º 23")
    assert not is_full_address("Quarteirão 23, Casa n.º 23")


def test_other_parties_and_short_words() -> None:
    for header in ("Joint Applicant ID No.", "اسم المحرم", "اسم المستلم البديل"):
        assert names_a_relative(header), header
    # "NIS No." (a national insurance scheme's) is no "NI No." (the UK's National Insurance)
    assert name_hints("NI No.") == ["national_id"]
    assert name_hints("PhilSys Card No.") == ["national_id"]
    assert name_hints("NIS No.") == []


def test_a_fund_number_named_national_is_the_persons_beside_a_tax_number() -> None:
    amka = [
        f"{d:02d}0{m}8{y}{n:04d}"[:11]
        for d, m, y, n in zip(range(1, 29), [1] * 28, [5] * 28, range(28), strict=True)
    ]
    afm = [f"1{n * 7919 % 10**8:08d}" for n in range(28)]
    roles = settled({"ΑΜΚΑ": amka, "ΑΦΜ": afm})
    assert roles["ΑΜΚΑ"][0] == "national_id" and roles["ΑΦΜ"][0] is None


def test_an_organisations_number_and_a_ration_card_are_not_the_persons() -> None:
    codes = [f"0300{n:05d}" for n in range(10000, 10400)]
    msts = [code + str(d) for code in codes for d in range(10) if is_valid_mst(code + str(d))][:30]
    assert settled({"MST doanh nghiệp": msts})["MST doanh nghiệp"][0] is None
    assert names_a_passport("رقم البطاقة التموينية")
    assert names_a_passport("Act de identitate (serie, nr.)")


def test_places_numbered_and_kinds_of_home() -> None:
    khoroo = [f"{n}-р хороо" for n in range(1, 25)] * 3
    assert infer_role("Хороо", khoroo).role == "suburb"
    kinds = ["Appartement 2 ch.", "Maison 3 ch.", "Appartement 1 ch."] * 30
    assert infer_role("Logement souhaité", kinds).role is None
    streets = [f"{name} {n}" for n in range(1, 31) for name in ("Middelweg", "Bachlaan")]
    assert infer_role("Adres", streets).role == "street"


def test_tones_tell_a_deputy_from_a_street() -> None:
    assert written_otherwise("Phó CA phường", ["pho", "ca", "phuong"]) == {"pho"}
    assert written_otherwise("Pho CA phuong", ["pho", "ca", "phuong"]) == frozenset()


def test_amounts_aliases_and_second_given_names_are_no_identity() -> None:
    for header in (
        "Tiền lương tính hưởng BHXH (đ)",
        "Trợ cấp theo thời gian công tác có đóng BHXH (đồng)",
        "Tên gọi khác",
        "Bí danh",
        "SEGUNDO NOMBRE",
    ):
        assert name_hints(header) == [], header
    assert name_hints("Địa chỉ (đường, phố)")[:1] == ["address"]
    assert name_hints("ชื่อ-สกุล")[0] == "full_name"


def test_a_childs_birth_date_beside_a_mothers_name_is_a_date_of_hers() -> None:
    mothers = ["Nguyễn Thị Lan", "Trần Thị Hoa", "Lê Thị Mai", "Phạm Thị Hồng"] * 10
    births = [f"{d:02d}/0{m}/2024" for d in range(1, 11) for m in range(1, 5)]
    roles = settled({"Họ và tên": mothers, "Ngày sinh con": births})
    assert roles["Ngày sinh con"][0] == "date"
    # a child's own record (a vaccination round) keeps the child's birth date
    children = settled({"Họ và tên trẻ": mothers, "Ngày sinh của trẻ": births})
    assert children["Ngày sinh của trẻ"][0] == "birth_date"


def test_who_arranges_the_funeral_is_not_the_deceased() -> None:
    assert names_a_relative("Người lo mai táng")
    assert names_a_relative("संरक्षकको नाम") and names_a_relative("मुखिया का नाम")


def test_a_child_a_guardian_a_voters_card_a_dog_and_malagasy_names() -> None:
    for header in ("CUIL Hijo/a", "Apellido y Nombre Hijo/a", "Năm sinh người GH", "Xefe Família"):
        assert names_a_relative(header), header
    assert names_a_passport("N° carte d'électeur / Voter card No.")
    assert names_a_tax_number("Davčna številka")
    assert name_hints("Nom du chien / Hundename / Numm vum Hond") == []
    assert name_hints("Anarana")[0] == "family_name" and name_hints("Fanampiny") == ["given_name"]
    assert name_hints("Núm. CASS") == ["national_id"]


def test_a_prisoner_a_seniors_office_card_and_ukraines_record_number() -> None:
    assert names_a_relative("Họ tên phạm nhân")
    assert names_a_passport("OSCA ID No.") and names_a_passport("УНЗР")


def test_a_kiosk_a_clinic_and_the_bahamas_and_tajik_numbers() -> None:
    assert names_a_business_place("Địa điểm KD") and names_elsewhere("PCP Address")
    assert name_hints("NIB No.") == ["national_id"]
    assert name_hints("Рақами шиносномаи хориҷӣ") == ["national_id"]
