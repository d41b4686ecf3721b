"""Rules written after blind 19-21's first measurements (each a kind of file a city meets, not
a header of one file): a household's ``hộ``, a fund's number beside the national id, document
numbers, post-office boxes beside the address, several given names in a cell, street lines
with a cross street or a house-number marker, addresses parted by slashes, a header listing
units."""

from __future__ import annotations

from settled_helpers import settled

from lienthong.identifiers import make_cccd
from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._foreign import numbers_documents
from lienthong.profiling._hints import name_hints, names_a_relative, names_a_social_security
from lienthong.profiling._places import is_full_address, is_street

_NAMES = ["Mwansa Banda", "Chanda Phiri", "Bwalya Mulenga", "Natasha Zulu", "Joseph Tembo"] * 6


def test_a_households_ho_is_no_family_name() -> None:
    assert "family_name" not in name_hints("Phân loại hộ")
    assert "family_name" not in name_hints("SỐ HỘ")
    assert name_hints("Họ")[0] == "family_name"
    assert "full_name" in name_hints("Họ và tên") and name_hints("HO_TEN")[0] == "full_name"
    # the classes of households are no names, so the household head keeps the record's name
    classes = ["Nghèo", "Cận nghèo"] * 15
    heads = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hồ Văn Em"] * 6
    got = settled({"Họ và tên chủ hộ": heads, "Phân loại hộ": classes})
    assert got["Họ và tên chủ hộ"][0] == "full_name" and got["Phân loại hộ"][0] != "family_name"


def test_a_funds_number_beside_the_national_id_is_not_the_national_id() -> None:
    assert names_a_social_security("SSN") and names_a_social_security("NSSF No.")
    assert not names_a_social_security("NRC No.") and not names_a_social_security("Sexo")
    nrc = [f"{100000 + 37 * i:06d}/11/1" for i in range(30)]
    ssn = [f"{300000000 + 7919 * i}" for i in range(30)]
    got = settled({"Full Name": _NAMES, "NRC No.": nrc, "SSN": ssn})
    assert got["NRC No."][0] == "national_id" and got["NRC No."][1] >= THRESHOLD
    assert got["SSN"][0] is None
    # alone, the social security number is the file's national id
    assert settled({"Full Name": _NAMES, "SSN": ssn})["SSN"][0] == "national_id"


def test_document_numbers_are_no_persons_id() -> None:
    contracts = [f"{1000 + 97 * i}/2025/CCGD" for i in range(30)]
    assert numbers_documents(contracts)
    assert infer_role("Số CC", contracts).role is None
    # a Honduran identity number holds the birth year: spread over decades, a person's id
    births = [f"0801-{1940 + i * 2}-{10000 + i * 37:05d}" for i in range(30)]
    assert not numbers_documents(births)
    assert infer_role("No. Identidad", births).role == "national_id"
    # and the CCCD under the same header is still the CCCD
    assert (
        infer_role("Số CC", [make_cccd("079", i % 2, 1985 + i % 20, i) for i in range(30)]).role
        == "cccd"
    )


def test_post_office_boxes_beside_the_persons_address_are_not_where_they_live() -> None:
    boxes = [f"P.O. Box {1000 + 7 * i}, Kampala" for i in range(30)]
    homes = [f"Plot {i}, Kisaasi Road, Kawempe Division, Kampala" for i in range(30)]
    got = settled({"Name": _NAMES, "Postal Address": boxes, "Residential Address": homes})
    assert got["Postal Address"][0] is None
    assert got["Residential Address"][0] == "address"
    # a register whose only address is the box keeps it (a Kenyan list)
    assert settled({"Name": _NAMES, "Postal Address": boxes})["Postal Address"][0] == "address"


def test_a_header_listing_units_is_an_address() -> None:
    assert name_hints("Village, Sub-county, District") == ["address"]
    assert "address" not in name_hints("Ward, District")
    assert name_hints("Nachname, Vorname")[0] == "full_name"


def test_a_given_name_header_takes_several_given_names_in_a_cell() -> None:
    given = ["José Luis", "Freddy", "Juan Carlos", "Limbert", "Paola Andrea", "Pape Demba"] * 5
    got = infer_role("Nombres", given)
    assert (got.role, got.confidence >= THRESHOLD) == ("given_name", True)
    # a "Tên" of whole Vietnamese names is still the full name
    assert infer_role("Tên", ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"] * 10).role == (
        "full_name"
    )


def test_street_lines_with_a_cross_street_or_a_number_marker() -> None:
    assert is_street("Avda. Eusebio Ayala N° 119 c/ Cnel. Bogado")
    assert not is_full_address("No. 97, Jalan Ampang Hilir")
    lines = ["Mcal. López N° 145 c/ Tte. Fariña", "Yegros N° 990 c/ Tte. Fariña"] * 15
    got = infer_role("Domicilio", [v.replace("145", str(100 + i)) for i, v in enumerate(lines)])
    assert (got.role, got.confidence >= THRESHOLD) == ("street", True)


def test_an_address_parted_by_slashes() -> None:
    assert is_full_address("بغداد/ مدينة الصدر/ م 877/ ز 27/ د 67")
    assert not is_full_address("C/ Mayor 12")  # Spanish calle: a street line
    baghdad = [f"بغداد/ الكرادة/ م {900 + i}/ ز {i % 40}/ د {i}" for i in range(30)]
    assert infer_role("العنوان", baghdad).role == "address"


def test_other_peoples_headers_of_more_languages() -> None:
    for header in ("बाबुको नाम", "للطوارئ: الاسم", "Atasının adı", "Nama Waris", "اسم المختار"):
        assert names_a_relative(header), header
    for header in ("Bên còn lại", "Họ tên bên B"):
        assert names_a_relative(header), header
    assert not names_a_relative("Họ tên bên A")


def test_spanish_and_catalan_streets_of_a_single_letter() -> None:
    for line in ("C. de Sant Pere, 16, 2n 2a", "C/ El Conde #105", "C/Mayor 5", "Bv. Artigas 1120"):
        assert is_street(line), line
    for text in ("C.B. Jones", "C. B. Jones", "Charles Darwin"):  # initials: a person
        assert not is_street(text), text


def test_uzbek_family_names_with_a_turned_comma() -> None:
    names = ["To‘xtayev", "Abdullayev", "Yusupova", "O‘ktamova", "G‘ulomov", "Karimova"] * 5
    got = infer_role("Familiyasi", names)
    assert (got.role, got.confidence >= THRESHOLD) == ("family_name", True)


def test_burmese_names_are_one_run_of_letters() -> None:
    names = ["အောင်ကျော်မင်း", "မြင့်မြင့်ဝင်း", "သန်းထိုက်", "ခင်မာလာ", "ဇော်ဝင်းနိုင်"] * 6
    got = infer_role("အမည်", names)
    assert (got.role, got.confidence >= THRESHOLD) == ("full_name", True)
    assert infer_role("Notes", names).role != "full_name"  # only under a name header


def test_a_relatives_id_and_birth_date_beside_the_records_own_are_somebody_elses() -> None:
    own = [make_cccd("079", i % 2, 1980 + i % 20, i) for i in range(30)]
    spouse = [make_cccd("075", (i + 1) % 2, 1978 + i % 20, 500 + i) for i in range(30)]
    births = [f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1950 + i}" for i in range(30)]
    heads = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hồ Văn Em"] * 6
    got = settled(
        {
            "Họ tên": heads,
            "Số ĐDCN": own,
            "Ngày sinh": births,
            "Số ĐDCN vợ/chồng": spouse,
            "Ngày sinh vợ/chồng": list(reversed(births)),
        }
    )
    assert got["Số ĐDCN"][0] == "cccd" and got["Ngày sinh"][0] == "birth_date"
    assert got["Số ĐDCN vợ/chồng"][0] is None and got["Ngày sinh vợ/chồng"][0] == "date"
    # alone beside a record's name under no relative's header (children without a card), the
    # guardian's id is still the guardian's (since blind 39's pensioners and their proxies)
    alone = settled({"Họ tên": heads, "CCCD người giám hộ": own})
    assert alone["CCCD người giám hộ"][0] is None and alone["Họ tên"][0] == "full_name"
    # a list of guardians names the record under a relative's header: its id is the record's
    guardians = settled({"Họ tên người giám hộ": heads, "CCCD người giám hộ": own})
    assert guardians["CCCD người giám hộ"][0] == "cccd"


def test_more_post_office_boxes() -> None:
    boxes = [f"G.P.O. Box {1000 + i}, Suva" for i in range(15)] + [
        f"01 BP {100 + i} Abidjan 01" for i in range(15)
    ]
    homes = [f"Lot {i} Ratu Mara Road, Samabula, Suva" for i in range(30)]
    got = settled({"Name": _NAMES, "Residential Address": homes, "Postal Address": boxes})
    assert got["Postal Address"][0] is None and got["Residential Address"][0] == "address"


def test_malay_names_with_bin_binti_and_titles() -> None:
    names = ["Dayang Siti Hajar binti Pg Hj Mahmud", "Awang Muhammad Syafiq bin Md Salleh"] * 15
    got = infer_role("Nama", names)
    assert (got.role, got.confidence >= THRESHOLD) == ("full_name", True)


def test_a_business_owners_id_beside_the_business_tax_code_stays_the_records() -> None:
    owners = [make_cccd("079", i % 2, 1970 + i % 30, i) for i in range(30)]
    taxes = ["0312345678", "0301234567", "0309876543", "0314567890", "0305555555"] * 6
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hồ Văn Em"] * 6
    got = settled({"Tên chủ hộ": names, "Mã số thuế": taxes, "Số CCCD chủ hộ": owners})
    assert got["Số CCCD chủ hộ"][0] == "cccd"


def test_other_names_beside_a_surname_are_the_given_names() -> None:
    given = ["Josefa", "Ilisapeci", "Sitiveni Rabuka", "Mere", "Jone Vuki"] * 6
    surnames = ["Naidu", "Prasad", "Ratu", "Tuilagi", "Singh", "Koroi"] * 5
    alone = infer_role("Other Names", given)
    assert alone.role == "given_name" and alone.confidence < THRESHOLD
    got = settled({"Surname": surnames, "Other Names": given})
    assert got["Other Names"][0] == "given_name" and got["Other Names"][1] >= THRESHOLD


def test_places_listed_under_an_address_header_are_an_address() -> None:
    villages = ["Mtsiliza Village, T/A Kalumba, Lilongwe", "Chikala Village, T/A Mwambo, Zomba"]
    got = infer_role("Physical Address", villages * 15)
    assert (got.role, got.confidence >= THRESHOLD) == ("address", True)
    assert infer_role("العنوان", ["بنغازي، الفويهات، شارع دبي", "مصراتة، الزروق"] * 15).role == (
        "address"
    )
    assert infer_role("Notes", villages * 15).role is None  # only under an address header


def test_whole_names_under_a_header_naming_none_beside_the_records_name_in_parts() -> None:
    family = ["Nguyễn Văn", "Trần Thị", "Lê Minh", "Phạm Quốc", "Hồ Ngọc"] * 6
    given = ["An", "Bình", "Cường", "Dung", "Em"] * 6
    teachers = ["Đỗ Thị Hạnh", "Vũ Văn Long", "Bùi Thị Mai"] * 10
    got = settled({"Họ đệm": family, "Tên": given, "GVCN": teachers})
    assert got["GVCN"][0] is None
    assert got["Tên"][0] == "given_name"


def test_a_few_given_names_beside_the_family_names_are_the_given_names() -> None:
    given = ["Manuel", "Yamileth", "Itzel", "Ricardo", "José", "Ana"] * 5
    fathers = ["González", "Rodríguez", "Pérez", "Sánchez", "Castillo"] * 6
    got = settled({"Nombre": given, "Apellido Paterno": fathers})
    assert got["Nombre"][0] == "given_name" and got["Nombre"][1] >= THRESHOLD


def test_a_vietnamese_syllable_is_no_foreign_relative() -> None:
    assert not names_a_relative("Họ tên người mất")  # mất (died) is no Russian мать
    assert names_a_relative("Họ tên mẹ") and names_a_relative("Emri i prindit")
    assert name_hints("Αρ. Ταυτότητας") == ["national_id"]


def test_an_animals_or_a_canals_name_is_no_persons() -> None:
    for header in ("Tên chó", "Tên kênh", "Tên thuốc", "Pet name"):
        assert not set(name_hints(header)) & {"full_name", "given_name", "family_name"}, header
    for header in ("Tên bệnh nhân", "Tên học viên", "Tên khách hàng"):
        assert name_hints(header) == ["given_name"], header
    # a person named by a word that also begins a thing's name (thuyền viên, a crew member)
    for header in ("Họ và tên thuyền viên", "Họ tên tuyển thủ", "Họ tên song sinh"):
        assert name_hints(header)[0] == "full_name", header


def test_units_over_places_listed_are_an_address() -> None:
    villages = [f"{v}, {d}" for v, d in (("Vailima", "Tuamasaga"), ("Lalomanu", "Atua"))] * 15
    for header in ("Village & District", "QUARTIER / VILLE"):
        got = infer_role(header, villages)
        assert (got.role, got.confidence >= THRESHOLD) == ("address", True), header
    assert infer_role("Village", ["Vailima", "Lalomanu", "Apia"] * 10).role != "address"
