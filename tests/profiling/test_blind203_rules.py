"""Rules written in the session of blind 203 on: a header in a script of its own (Georgian,
Greek, Thai…) reads no short word only a Latin-script language has; a Vietnamese vehicle plate is
no person's number; Catalan, Polish and Italian passports, Rwanda's ``Irangamuntu``, Armenia's
social card, a hired herder, an eldest child."""

from __future__ import annotations

import random

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._foreign import is_any_national_id
from lienthong.profiling._hints import (
    name_hints,
    names_a_newborn,
    names_a_passport,
    names_a_relative,
    names_a_tax_number,
    names_elsewhere,
)
from lienthong.profiling._lexicon import lexicon


def test_a_header_in_another_script_reads_no_latin_only_word() -> None:
    # Georgian ``თანხა (ლარი)`` (the amount in lari) romanised holds Haitian ``lari``, street
    assert ("lari",) in lexicon().latin_only
    assert name_hints("თანხა (ლარი)") == []
    assert name_hints("Lari") == ["street"]  # the Haitian header itself
    # a language the lexicon also writes in its own script keeps its romanised terms for it
    assert ("inn",) not in lexicon().latin_only
    assert name_hints("ИНН") == ["national_id"] and names_a_tax_number("ИНН")
    # nor a script Latin-written languages share: Tajik ``Ном`` is French ``nom``, Tuvan ``ады``
    # Turkmen ``ady``; and ``º`` is a sign, not a letter of another script
    assert name_hints("Ном") == name_hints("Nom")
    assert "full_name" in name_hints("Фамилиязы, ады / Ф.И.О.")
    assert name_hints("N.º do BI") == name_hints("C.I. Nº") == ["national_id"]
    values = [str(100 + 5 * n) for n in range(60)]
    assert infer_role("თანხა (ლარი)", values).role is None


def test_a_vietnamese_vehicle_plate_is_no_persons_number() -> None:
    for plate in ("29A-172.15", "51F1-123.45", "59-X3 123.45"):
        assert not is_any_national_id(plate), plate
    assert is_any_national_id("C01X00T47")  # a passport still is
    rng = random.Random(3)
    plates = [f"{rng.randrange(11, 99)}A-{rng.randrange(100, 999)}.{rng.randrange(10, 99)}"]
    plates += [f"{rng.randrange(11, 99)}A-{rng.randrange(100, 999)}.{rng.randrange(10, 99)}"
               for _ in range(59)]  # fmt: skip
    found = infer_role("Biển số định danh", plates)
    assert found.role not in ("cccd", "national_id") or found.confidence < THRESHOLD, found


def test_headers_of_blind_203_to_207() -> None:
    # Catalan, Romanian/Turkish, Italian and Polish passports are documents
    for header in ("Núm. passaport", "Pasaport No", "Numero passaporto", "Nr paszportu"):
        assert names_a_passport(header), header
    assert name_hints("Núm. passaport") == ["national_id"]
    assert name_hints("Irangamuntu (ID)") == ["national_id"]  # Rwanda's identity card
    assert name_hints("Номер социальной карты") == ["national_id"]  # Armenia's social card
    # Romania's CIF is a tax office's code (a bank's ``Mã KH (CIF)`` is its customer's number)
    assert names_a_tax_number("CIF") and name_hints("Mã KH (CIF)") == []
    for header in ("Naam oudste kind", "Người chăn thuê", "Người lái thuê"):
        assert names_a_relative(header), header
    table = {
        "Họ và tên chủ đàn": VIETNAMESE_NAMES,
        "Người chăn thuê": VIETNAMESE_NAMES[7:] + VIETNAMESE_NAMES[:7],
    }
    roles = settled(table)
    assert roles["Họ và tên chủ đàn"][0] == "full_name", roles
    role, confidence = roles["Người chăn thuê"]
    assert role != "full_name" or confidence < THRESHOLD, roles


def test_a_qualifier_names_a_relative_only_as_a_term_written() -> None:
    # ``寄附`` (a gift) ends in ``附``, romanised as ``父`` (father): the donor's name is a name
    assert names_a_relative("父親姓名") and names_a_relative("配偶者氏名")
    assert not names_a_relative("寄附者氏名") and name_hints("寄附者氏名") == ["full_name"]


_ETHNIC_NAMES = ["Vì Văn Pọm", "Giàng Thị Chúa", "Hà Thị Ín", "Mùa A Dình", "Cầm Thị Ín"]
_ETHNIC_NAMES += ["Hờ Chứ Lử", "Lò Văn Xuân", "Sùng A Páo"]


def test_a_list_of_household_heads_with_a_proxy_beside() -> None:
    # the heads' names are not Vietnamese enough for the values alone; the proxy's are: the
    # proxy's names, under a relative's header, are no record's own
    heads = [f"{name} {n}" if n % 8 == 0 else name for n, name in enumerate(_ETHNIC_NAMES * 5)]
    table = {"Họ tên chủ hộ": heads, "Người nhận thay": VIETNAMESE_NAMES}
    roles = settled(table)
    assert roles["Họ tên chủ hộ"][0] == "full_name" and roles["Họ tên chủ hộ"][1] >= THRESHOLD
    role, confidence = roles["Người nhận thay"]
    assert role != "full_name" or confidence < THRESHOLD, roles
    # a handful of names row after row is a brand's, no party's: the owner is the record
    brands = ["HTX Cà phê Ea Tu", "Cơ sở Trà Shan", "Hộ Kinh doanh Hoa", "HTX Bông"] * 30
    table = {"Tên cơ sở/thương hiệu": brands, "Chủ cơ sở": VIETNAMESE_NAMES * 3}
    roles = settled(table)
    assert roles["Chủ cơ sở"][0] == "full_name" and roles["Tên cơ sở/thương hiệu"][0] is None


def test_headers_of_blind_208_to_212() -> None:
    assert name_hints("Tên voi") == []  # an elephant's name
    for header in ("Pháp danh / Họ tên hương linh", "Năm sinh HL", "שם ההורה", "ת.ז. הורה"):
        assert names_a_relative(header), header  # the departed's, the parent's
    assert names_a_passport("NO PASPOR")  # Indonesian
    assert names_a_tax_number("RTN")  # Honduras's taxpayer number beside the DNI
    assert names_elsewhere("Địa chỉ điểm KD")  # where the business is


def test_headers_of_blind_213_to_217() -> None:
    assert name_hints("Tên vắc xin") == []  # a vaccine's name
    assert names_elsewhere("Références cadastrales")  # a plot's, not the person's address
    assert names_a_tax_number("NIU")  # Congo's taxpayer number beside the CNI
    assert name_hints("NIU") == ["national_id"]  # alone (Haiti's, Togo's) still the person's
    assert name_hints("Numera ID") == ["national_id"]  # Tok Pisin
    assert name_hints("Nem bilong memba") == ["full_name"]
    # Tok Pisin and Bislama ``nem`` (name) beside Hungarian ``nem`` (sex): the halves of a
    # trilingual header agree on the whole name
    assert name_hints("Nem / Nom / Name")[0] == "full_name"
    # a surname in capitals before the given name is a whole name, not a family name
    names = ["KABONGO Dorcas", "MBUYI Gloire", "LUKUSA Chancelvie", "MAYALA Grâce"] * 15
    found = infer_role("Nom de la femme / Nkombo ya mama", names)
    assert found.role == "full_name" and found.confidence >= THRESHOLD, found


def test_headers_of_blind_218_to_222() -> None:
    assert names_a_relative("Chu nhiem HTX")  # the cooperative's chairman, not its member
    assert names_a_newborn("Geburtsdatum Kind / Nato/a il / Nasciu l")  # the child's
    assert not names_a_newborn("Kind of aid")


def test_headers_of_blind_223_to_227() -> None:
    # ``đường`` of a mosque or a lecture hall, ``tinh`` of an unaccented status: no place
    for header in ("Thánh đường", "Giảng đường", "Tinh trang hien tai"):
        assert name_hints(header) == [], header
    assert name_hints("Đường") == ["street"] and name_hints("Tinh") == ["province"]
    assert name_hints("Pháp danh - Thế danh") == ["full_name"]  # a monk's names, lay and dharma
    assert names_elsewhere("Junta vecinal")  # a neighbourhood council
