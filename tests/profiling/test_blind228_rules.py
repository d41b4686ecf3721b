"""Rules written in the session of blind 228 on: a cleric's title before a Vietnamese name
(``Hòa thượng Thích Trí Quảng``), the names of the records beside a relative's more distinct
ones, a Tamazight surname header in Tifinagh, and Arabic header words that differ by a consonant
(``الشهادة``, a diploma, is no ``الشهرة``, a surname)."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled
from stdnum.ar import cuit
from stdnum.iso7064 import mod_11_10

from lienthong.profiling import THRESHOLD
from lienthong.profiling._header_words import header_words
from lienthong.profiling._hints import (
    name_hints,
    names_a_relative,
    names_a_social_security,
    names_a_tax_number,
    names_elsewhere,
)
from lienthong.profiling._values import is_vn_full_name


def test_a_clerics_title_before_a_vietnamese_name_is_read_past() -> None:
    for name in (
        "Hòa thượng Thích Trí Quảng",
        "Thượng tọa Thạch Sóc Kha",
        "Ni sư Thích Nữ Như Thanh",
        "Đại đức Danh Sơn",
        "Thích Minh Tâm",  # ``Thích``: the family name every Buddhist monastic takes
        "Sơn Thị Pha Ly",  # a Khmer family name of the Mekong delta
        "Ma Văn Chuyên",  # Tày, Thái and H'Mông family names of the north
        "Nông Thị Hoa",
        "Vì Văn Ơn",
    ):
        assert is_vn_full_name(name), name
    # the title alone, or a title before words that are no name, is no name
    for text in ("Hòa thượng", "Đại đức", "Thượng tọa Chùa Dơi", "Ni sư", "Bản Nậm Pồ"):
        assert not is_vn_full_name(text), text
    monks = [f"{title} {name}" for title in ("Hòa thượng", "Đại đức") for name in VIETNAMESE_NAMES]
    role, confidence = settled({"Pháp danh - Thế danh": monks})["Pháp danh - Thế danh"]
    assert role == "full_name" and confidence >= THRESHOLD


def test_the_records_names_repeat_beside_a_relatives_distinct_ones() -> None:
    # a community's pilgrims bear a handful of names; their contacts' are many: the contacts'
    # column is no yardstick that makes the records' names the staff who served them
    pilgrims = [VIETNAMESE_NAMES[n % 5] for n in range(40)]
    contacts = list(VIETNAMESE_NAMES)  # 40, all distinct
    assert names_a_relative("Người thân liên hệ")
    found = settled({"Họ tên": pilgrims, "Người thân liên hệ": contacts})
    assert found["Họ tên"][0] == "full_name" and found["Họ tên"][1] >= THRESHOLD
    assert found["Người thân liên hệ"][0] != "full_name"
    # an abbot who confirms the records is somebody else
    assert names_a_relative("Trụ trì xác nhận")
    # a staff column beside the records' own distinct names is still the staff's
    staff = settled({"Họ tên": contacts, "Cán bộ hướng dẫn": pilgrims})
    assert staff["Cán bộ hướng dẫn"][0] is None and staff["Họ tên"][0] == "full_name"


def test_a_surname_header_in_tifinagh_and_an_arabic_word_a_consonant_apart() -> None:
    # Tamazight: the family's name, hinted as Arabic ``Ism al aila`` is
    assert name_hints("ⵉⵙⵎ ⵏ ⵜⵡⵊⵊⴰ") == name_hints("Ism al aila")
    assert name_hints("النسب") == ["family_name"]  # Maghreb Arabic: the lineage, the surname
    assert name_hints("ⵉⵙⵎ") == ["given_name"]
    surnames = ["Ouhammou", "Amzil", "El Ghazi", "Ait Baha", "Boukhris", "Idrissi"] * 10
    given = ["Fatima", "Youssef", "Aicha", "Mohamed", "Itto", "Hassan"] * 10
    table = {"ⵉⵙⵎ ⵏ ⵜⵡⵊⵊⴰ النسب Nom": surnames, "ⵉⵙⵎ الاسم Prénom": given}
    found = settled(table)
    assert found["ⵉⵙⵎ ⵏ ⵜⵡⵊⵊⴰ النسب Nom"][0] == "family_name", found
    assert found["ⵉⵙⵎ الاسم Prénom"][0] == "given_name", found
    assert min(confidence for _, confidence in found.values()) >= THRESHOLD, found
    # a word of Arabic letters is its consonants: one changed is another word, not a spelling
    assert name_hints("الشهرة") == ["family_name"]
    assert name_hints("الشهادة") == [] and name_hints("Diplôme الشهادة") == []


def _cuil(dni: int, male: bool) -> str:
    digits = f"{20 if male else 27}{dni:08d}"
    return f"{digits[:2]}-{digits[2:]}-{cuit.calc_check_digit(digits)}"


def _steuer_id(seed: int) -> str:
    """A German tax identification number: ten digits and the ISO 7064 MOD 11,10 check."""
    body = f"{1 + seed % 9}{(seed * 7919) % 10**9:09d}"
    return body + mod_11_10.calc_check_digit(body)


def test_ids_a_fund_keeps_beside_the_persons_own() -> None:
    # Argentina's CUIL (the labour and social security key) beside the DNI is the fund's
    dnis = [20_000_000 + 7919 * i for i in range(40)]
    table = {"Apellido y nombre": ["Juan Pérez", "Ana Gómez"] * 20}
    table |= {"D.N.I.": [f"{n:,}".replace(",", ".") for n in dnis]}
    table |= {"C.U.I.L.": [_cuil(n, i % 2 == 0) for i, n in enumerate(dnis)]}
    found = settled(table)
    assert found["D.N.I."][0] == "national_id" and found["C.U.I.L."][0] is None, found
    # alone, the CUIL is the person's number
    alone = settled({"Apellido y nombre": table["Apellido y nombre"], "CUIL": table["C.U.I.L."]})
    assert alone["CUIL"][0] == "national_id", alone
    # Germany's Steuer-ID is the person's lifelong identification number (the registers'
    # identifier since 2021), not a tax office's: beside the social insurance number it is the
    # person's, the pension fund's number the fund's
    assert not names_a_tax_number("Steuer-ID") and names_a_tax_number("Steuernummer")
    assert names_a_social_security("SV-Nummer")
    people = {"Name": ["Anna Huber", "Josef Maier"] * 20}
    people |= {"Steuer-ID": [_steuer_id(i) for i in range(40)]}
    people |= {
        "SV-Nummer": [f"12 {10166 + i:06d} {'HMS'[i % 3]} {i % 90:02d} 1" for i in range(40)]
    }
    german = settled(people)
    assert german["Steuer-ID"][0] == "national_id" and german["SV-Nummer"][0] is None, german


def test_headers_of_blind_228_to_232() -> None:
    assert name_hints("Nam / Nữ") == name_hints("M/F") == ["sex"]  # the two sexes
    sexes = settled({"Họ và tên": VIETNAMESE_NAMES, "Nam / Nữ": ["Nam", "Nữ"] * 20})
    assert sexes["Nam / Nữ"][0] == "sex"
    assert names_a_relative("Người phụ giúp")  # an artisan's helper is somebody else
    helped = settled({"Họ tên nghệ nhân": VIETNAMESE_NAMES, "Người phụ giúp": VIETNAMESE_NAMES})
    assert helped["Họ tên nghệ nhân"][0] == "full_name"
    assert helped["Người phụ giúp"][0] != "full_name"
    # Tigrinya ``ሽም`` (name): a whole name of the person's, father's and grandfather's names
    header = "ሽም ተለቃሒ (ሽም ሽም ኣቦ ሽም ኣባሓጎ)"
    assert name_hints(header) == ["full_name"]
    eritreans = [
        f"{a} {b} {c}" for a in ("መሓሪ", "ዮናስ") for b in ("ተኽለ", "ወልዱ") for c in ("ካሕሳይ", "ገብረ")
    ]
    got = settled({header: eritreans * 5})[header]
    assert got[0] == "full_name" and got[1] >= THRESHOLD, got
    # Romansh headers (Graubünden)
    assert name_hints("Adressa") == ["address"] and name_hints("Prenum") == ["given_name"]
    assert name_hints("Num da famiglia") == ["family_name"]


def test_a_whole_name_may_be_one_word() -> None:
    # Indonesians (and Burmese, Afghans) often bear one name alone: under "Nama Lengkap" (the
    # whole name) one-word names beside names of two words or more are whole names
    male = ("Syahrial", "Muhammad Yusuf", "Razali", "Zulkifli Bahar", "Agus Salim", "Budi")
    female = ("Nurhayati", "Siti Rohani", "Rosmiati", "Wan Fatimah", "Sarinah", "Dewi Lestari")
    names = [n if i % 5 else n.upper() for i, n in enumerate((male + female) * 25)]
    found = settled({"Nama Lengkap": names})["Nama Lengkap"]
    assert found[0] == "full_name" and found[1] >= THRESHOLD, found
    # a given name's header over the same one-word names stays the given name's
    # (thirty people's names: six names on 300 rows would be a category's, a dozen pets')
    firsts = ["Juan", "María José", "Pedro", "Ana", "Luis", "Carmen", "Jorge", "Lucía", "Raúl"]
    firsts += ["Elena", "Tomás", "Rosa", "Diego", "Marta", "Pablo", "Inés", "Hugo", "Sara"]
    firsts += ["Iván", "Nuria", "Óscar", "Alba", "Rubén", "Eva", "Sergio", "Lola", "Mario"]
    firsts += ["Irene", "Víctor", "Julia"]
    given = settled({"Nombre": firsts * 10})
    assert given["Nombre"][0] == "given_name"


def test_a_day_with_its_separators_is_no_persons_number() -> None:
    # Alsatian/French "Ànd / Fin" (end): ``FIN`` is Singapore's foreign identification number,
    # but its values are days
    days = [f"{1 + i % 28:02d}/{1 + i % 12:02d}/{2024 + i % 2}" for i in range(60)]
    found = settled({"Ànd / Fin": days})["Ànd / Fin"]
    assert found[0] == "date", found
    assert settled({"FIN": [f"{10_000_000 + 7919 * i}" for i in range(60)]})["FIN"][0] != "date"


def test_chichewa_headers_and_a_village_savings_groups_few_villages() -> None:
    assert name_hints("Dzina la membala") == ["full_name"]  # the member's name
    assert name_hints("Tsiku lobadwa") == ["birth_date"]
    # the members of one group live in a handful of villages: their address, not a category
    villages = ["Mvera Village, T/A Chakhaza", "Chitedze Village, T/A Kalumba"]
    villages += ["Kalonga Village, T/A Msakambewa", "Mponela Trading Centre, T/A Dzoole"]
    found = settled({"Mudzi ndi T/A": villages * 50})["Mudzi ndi T/A"]
    assert found[0] == "address" and found[1] >= THRESHOLD, found


def test_a_bracket_listing_a_names_parts_names_no_relative() -> None:
    # "the borrower's name (name, father's name, grandfather's name)": the parts of one name
    header = "ሽም ተለቃሒ (ሽም ሽም ኣቦ ሽም ኣባሓጎ)"
    assert not names_a_relative(header) and name_hints(header) == ["full_name"]
    assert not names_a_relative("Name (name, father's name, grandfather's name)")
    # the mother's name, and a bracket naming one other person, stay somebody else's
    assert names_a_relative("ሽም ኣደ") and name_hints("ሽም ኣደ") == []
    assert names_a_relative("Họ tên cha (mẹ)/người giám hộ")


def test_one_word_names_under_a_word_for_name_stay_given_names() -> None:
    # Dari/Pashto "نام / نوم" (name) heads the given name beside the father's and the
    # grandfather's: one-word names with a few of two words are no whole names there
    given = ["احمد", "محمد نادر", "شکیلا", "مریم", "گل احمد", "نسیم", "نور محمد", "زهرا"]
    given += ["فرید", "عبدالله", "غلام سخی", "ملالی", "خان محمد", "رحیمه", "کریم", "پروین"]
    given *= 15
    found = settled({"نام / نوم": given})["نام / نوم"]
    assert found[0] != "full_name" or found[1] < THRESHOLD, found


def _snils(number: int) -> str:
    digits = f"{number:09d}"
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits))
    check = total if total < 100 else 0 if total in (100, 101) else total % 101 % 100
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]} {check:02d}"


def test_a_word_in_another_script_is_no_english_plural() -> None:
    # ``Полис ОМС`` (the medical insurance policy) romanises to ``polis``, no plural of ``poli``
    assert header_words("Полис ОМС") == ["polis", "oms"]
    assert header_words("Given Names") == ["given", "name"]  # English plurals still are
    assert names_a_social_security("Полис ОМС")
    snils = [_snils(100_000_000 + 7919 * i) for i in range(40)]
    policies = [f"9200{426474575061 + 104729 * i}" for i in range(40)]
    found = settled({"ФИО": ["Иванов Иван Иванович"] * 40, "СНИЛС": snils, "Полис ОМС": policies})
    assert found["СНИЛС"][0] == "national_id" and found["Полис ОМС"][0] != "national_id", found


def test_headers_of_blind_243_to_247() -> None:
    # Sindhi: the tenant's name, the address, the owner's identity card; Pashto's identity card
    assert name_hints("ڪرائيدار جو نالو") == ["full_name"]
    assert name_hints("مستقل پتو") == ["address"]
    assert names_a_relative("مالڪ جو شناختي ڪارڊ")
    assert name_hints("د شناختي کارت شمېره") == ["national_id"]
    assert name_hints("Yaşağan yeri") == ["address"]  # Crimean Tatar: where one lives
    # where the displaced lived before they were moved is no home of theirs now
    assert names_elsewhere("Місце проживання до переміщення")


def test_names_the_statistics_mostly_know_are_whole_names_as_surely_as_any() -> None:
    # a mother's register in the northern mountains: Thái, H'Mông and Dao names, most of whose
    # family names the Vietnamese statistics know; as whole names they are sure either way
    mothers = ["Lò Thị Sinh", "Cà Thị Vư", "Ly Thị Dua", "Phàn Thị Sinh", "Giàng Thị Mai"]
    mothers += ["Hầu Thị Dợ", "Vàng Thị Chi", "Sùng Thị Pà", "Tẩn Thị Mẩy", "Lù Thị Dung"]
    husbands = ["Cà A Chải", "Bàn A Sính", "Hầu Văn Tỏa", "Lò A Dình", "Thào A Páo"] * 2
    found = settled({"Họ tên sản phụ": mothers * 6, "Họ tên chồng": husbands * 6})
    assert found["Họ tên sản phụ"][0] == "full_name" and found["Họ tên sản phụ"][1] >= THRESHOLD
    assert found["Họ tên chồng"][0] != "full_name", found


def test_whole_names_of_the_central_highlands_some_of_one_word() -> None:
    # Ê Đê women's names are ``H'`` and the name (``H'Bla``), men's ``Y`` and the name: under
    # "Họ tên" beside names of several words they are whole names, no given names
    names = ["H'Bla", "Y Krông", "Điểu Thị Lắk", "H'Nhàn", "Ama Kông", "H'Linh Kđoh"]
    names += ["Rah Lan Tuyết", "Y Moan Niê", "H'Mai", "Nguyễn Văn An", "K' Brơi", "Ka Sô Liễng"]
    names += ["Trần Thị Bình", "Điểu K'Ré"]
    found = settled({"Họ tên": names * 20})["Họ tên"]
    assert found[0] == "full_name" and found[1] >= THRESHOLD, found
    # the address before the earthquake is no home of the household's now
    assert names_elsewhere("Depremden Önceki Adresi") and not names_elsewhere("İkamet Adresi")


def test_mongolian_and_kazakh_register_numbers() -> None:
    # ``дугаар`` (Mongolian) and ``нөмірі`` (Kazakh) are "number": ``Регистрийн №`` is the
    # ``Регистрийн дугаар``; ``РД`` is its abbreviation
    for header in ("РД", "Регистрийн №", "Регистрийн дугаар", "Тіркеу нөмірі / Регистр"):
        assert name_hints(header) == ["national_id"], header
    assert name_hints("Утасны дугаар") == ["phone"]  # the phone's number stays the phone
    letters = "ЕЮФАУБЧДЖИ"
    numbers = [f"{letters[i % 10]}{letters[i * 7 % 10]}{40 + i:02d}{1 + i % 12:02d}{1 + i % 28:02d}"
               f"{10 + i * 13 % 89}" for i in range(60)]  # fmt: skip
    found = settled({"РД": numbers})["РД"]
    assert found[0] == "national_id" and found[1] >= THRESHOLD, found
