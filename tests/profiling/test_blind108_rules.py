"""Rules written after blind 108-127's first measurements: masked ids, street lines of both
kinds, a flat after the house number, the dead worker's numbers and the parties to a land
transfer."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._hints import (
    name_hints,
    names_a_passport,
    names_a_relative,
    names_elsewhere,
)


def test_a_resident_number_masked_after_its_seventh_digit_is_still_the_persons() -> None:
    born = [f"{40 + n % 50:02d}{1 + n % 12:02d}{1 + n % 28:02d}" for n in range(60)]
    values = [
        f"{b}-{1 + n % 2}******" if n % 5 else f"{b}-{1 + n % 2}{n:06d}" for n, b in enumerate(born)
    ]
    found = infer_role("주민등록번호", values)
    assert found.role == "national_id" and found.confidence >= THRESHOLD, found
    # masks alone, or more hidden than shown, are no id
    assert infer_role("주민등록번호", ["******-*******"] * 60).role != "national_id"


def test_street_lines_with_and_without_a_street_word_are_one_column_of_street_lines() -> None:
    montevideo = [
        f"Carlos María Ramírez {1400 + n}"
        if n % 2
        else f"Av. 8 de Octubre {3000 + n} apto {n % 9 + 1}"
        for n in range(60)
    ]
    found = infer_role("Domicilio", montevideo)
    assert found.role == "street" and found.confidence >= THRESHOLD, found
    hue = [f"{n}/3 Le Loi" if n % 2 else f"{n} kiet 5 Ly Thuong Kiet" for n in range(1, 61)]
    found = infer_role("So nha, duong", hue)
    assert found.role == "street" and found.confidence >= THRESHOLD, found


def test_a_staircase_and_a_flat_after_the_house_number_leave_a_street_line() -> None:
    turku = [
        f"{street} {n} {'ABCD'[n % 4]} {n % 30 + 1}"
        for n, street in enumerate(["Nummenpakka", "Ruusukortteli"] * 30, 1)
    ]
    found = infer_role("Nykyinen osoite / Nuvarande adress", turku)
    assert found.role == "street" and found.confidence >= THRESHOLD, found


def test_the_dead_workers_numbers_are_not_the_survivors() -> None:
    roles = settled(
        {
            "Họ tên người hưởng": VIETNAMESE_NAMES,
            "Họ tên người chết": list(reversed(VIETNAMESE_NAMES)),
            "Mã số BHXH người chết": [f"79{n:08d}" for n in range(40)],
        }
    )
    assert roles["Họ tên người hưởng"][0] == "full_name"
    assert roles["Họ tên người chết"][0] is None
    assert roles["Mã số BHXH người chết"][0] is None


def test_an_arabic_passport_and_the_parties_to_a_land_transfer() -> None:
    assert names_a_passport("رقم جواز السفر")
    # a book of land changes is kept by who receives the land: the transferor is the other party
    assert names_a_relative("Bên chuyển nhượng")
    assert not names_a_relative("Bên nhận chuyển nhượng")


def test_an_address_beside_its_units_in_columns_of_their_own_is_the_street_line() -> None:
    lines = [f"{n}-р хороолол, {n + 5}-р байр, {n * 3} тоот" for n in range(1, 41)]
    districts = ["Баянгол дүүрэг", "Чингэлтэй дүүрэг"] * 20
    khoroos = [f"{n % 9 + 1}-р хороо" for n in range(40)]
    roles = settled({"Дүүрэг": districts, "Хороо": khoroos, "Хаяг": lines})
    assert roles["Хаяг"][0] == "street", roles
    # a full address repeating the units beside it stays the address
    wards, quans = ["Phường 5", "Phường Bến Nghé"] * 20, ["Quận 1", "Quận 3"] * 20
    full = [f"{n} Lê Lợi, {w}, {q}" for n, w, q in zip(range(1, 41), wards, quans, strict=True)]
    roles = settled({"Phường": wards, "Quận": quans, "Địa chỉ": full})
    assert roles["Địa chỉ"][0] == "address", roles


def test_thai_khmer_and_lao_units_glued_to_their_names_make_an_address() -> None:
    thai = [f"{n}/2 หมู่ {n % 9 + 1} ต.หนองหาร อ.สันทราย จ.เชียงใหม่" for n in range(1, 41)]
    assert infer_role("ที่อยู่", thai).role == "address"
    khmer = [f"ភូមិ{v}, ឃុំព្រែកលួង, ស្រុកស្អាង, ខេត្តកណ្តាល" for v in ("ក", "ខ", "គ", "ឃ") * 10]
    assert infer_role("អាសយដ្ឋាន / Address", khmer).role == "address"


def test_an_identity_cards_number_beside_the_persons_number_is_a_documents() -> None:
    nni = [f"{n * 7919 % 10**11:011d}" for n in range(1, 41)]
    cards = [f"CI{n * 104729 % 10**10:010d}" for n in range(1, 41)]
    voters = [f"{n * 15485863 % 10**9:09d}" for n in range(1, 41)]
    roles = settled({"NNI": nni, "N° CNI": cards})
    assert roles["NNI"][0] == "national_id" and roles["N° CNI"][0] is None, roles
    # beside a voter's card alone, the identity card is the person's
    roles = settled({"N° CNI": cards, "N° carte d'électeur": voters})
    assert roles["N° CNI"][0] == "national_id", roles


def test_a_trade_name_a_youngest_child_a_department_and_dc() -> None:
    shops = [f"Pulpería Doña {name} {n}" for n, name in enumerate(["Tere", "Kary"] * 20)]
    assert infer_role("Nombre comercial", shops).role is None
    assert names_a_relative("Name of Youngest Child")
    assert name_hints("Departamento") == ["state"]
    assert name_hints("Đ/c") == ["address"]


def test_a_lifelong_fund_number_beside_a_passport_is_the_persons_another_funds_is_not() -> None:
    snils = [
        f"{n * 7919 % 10**9:09d}"[:3] + f"-{n:03d}-{n * 31 % 1000:03d} {n % 100:02d}"
        for n in range(1, 41)
    ]
    passports = [f"82 {n % 10:02d} {n * 104729 % 10**6:06d}" for n in range(1, 41)]
    roles = settled({"СНИЛС": snils, "Паспорт (серия, номер)": passports})
    assert roles["СНИЛС"][0] == "national_id", roles
    assert roles["Паспорт (серия, номер)"][0] is None, roles
    # Palau's social security number beside the passport is the fund's
    roles = settled(
        {"SS No.": [f"{n * 7919 % 10**6:06d}" for n in range(1, 41)], "Passport No.": passports}
    )
    assert roles["SS No."][0] is None and roles["Passport No."][0] == "national_id", roles


def test_a_brazilian_rg_beside_the_cpf_and_the_taxpayer_beside_a_dependant() -> None:
    rgs = [f"MG-{n * 7919 % 10**7:,}".replace(",", ".") for n in range(10**5, 10**5 + 40)]
    cpfs = [f"{n * 104729 % 10**9:09d}{n % 100:02d}" for n in range(1, 41)]
    roles = settled({"CPF": cpfs, "RG": rgs})
    assert roles["RG"][0] is None, roles
    assert names_a_relative("Họ tên NNT") and names_a_relative("MST NNT")
    assert not names_a_relative("Họ và tên người nộp thuế")


def test_uzbek_sons_and_daughters_and_the_dead_and_a_birth_name() -> None:
    names = [
        f"{family}ev {given} {father} o'g'li" if n % 2 else f"{family}eva {given}a {father} qizi"
        for n, (family, given, father) in enumerate(
            (f, g, p)
            for f in ("Abdullay", "Nazarov", "Karimov", "Yusupov")
            for g in ("Akmal", "Nodir", "Jasur", "Otabek", "Bobur")
            for p in ("Akmal", "Bobur")
        )
    ]
    assert infer_role("F.I.Sh.", names).role == "full_name"
    assert names_a_relative("Họ tên người đã khuất")
    assert infer_role("Geburtsname", ["Richter", "Klein", "Schmidt", "Weber"] * 10).role is None


def test_parties_named_by_initials_officers_and_the_couple_are_somebody_else() -> None:
    for header in ("Họ tên HSSV", "Ngày sinh HSSV", "Họ tên người SDLĐ", "Tổ trưởng TDP"):
        assert names_a_relative(header), header
    for header in ("CB tiếp nhận", "Ho ten co dau/chu re", "Năm sinh (người dự định KH)"):
        assert names_a_relative(header), header
    assert names_a_relative("اسم المرافق") and names_a_relative("رقم هوية المرافق")
    assert not names_a_relative("Họ tên học sinh")  # the words written out are the record's


def test_a_second_given_name_a_stay_and_a_family_card_are_no_identity() -> None:
    assert infer_role("Drugie imię", ["Anna", "Maria", "Józef", "Piotr"] * 10).role is None
    assert infer_role("Period of Residence", [f"{n} years" for n in range(1, 41)]).role is None
    assert names_a_passport("رقم البطاقة الأسرية")
    assert name_hints("مكان السكن") == ["address"]
    assert name_hints("ဧည့်သည်အမည်") == ["full_name"]


def test_hungarian_roads_and_house_numbers_with_their_dot() -> None:
    roads = [
        f"{name} út {n}." for n, name in enumerate(["Vasvári", "Szent István", "Győri"] * 14, 1)
    ]
    found = infer_role("Utca, házszám", roads)
    assert found.role == "street" and found.confidence >= THRESHOLD, found
    # Út is a Vietnamese given name too: a road only beside a number
    assert (
        infer_role("Họ và tên", [f"Nguyễn Văn {g}" for g in ("Út", "An", "Bình")] * 14).role
        == "full_name"
    )
    assert infer_role("Születési neve", ["Tóth Zoltán", "Fekete Mária"] * 20).role is None


def test_an_amount_a_partner_a_child_abroad_and_a_property_address() -> None:
    assert name_hints("Employee's NIC £") == []  # contributions in pounds, no number
    assert names_a_relative("Partner NINO") and names_a_relative("Họ tên con đang nuôi")
    assert not names_elsewhere("Property Address")  # a council tax claimant's home
    # a Chinese and a Portuguese half with no slash between them: the whole name first
    assert name_hints("中文姓名 Nome em chinês")[0] == "full_name"
    surnames = ["Reyes De la Cruz", "Peña De la Cruz", "Martínez Reyes", "van der Berg"] * 10
    found = infer_role("Apellidos", surnames)
    assert found.role == "family_name" and found.confidence >= THRESHOLD, found


def test_a_foreign_spouse_a_buyer_back_a_mahram_and_an_armenian_passport() -> None:
    assert names_a_relative("Năm sinh (NNN)") and names_a_relative("Người mua lại")
    assert names_a_relative("الرقم الشخصي للمحرم") and names_a_passport("Անձնագրի համար")
    assert name_hints("Non ak Siyati / Nom et Prénom")[0] == "full_name"
    turkmen = [f"I-{'AHLB'[n % 4]}{'HB'[n % 2]} № {n * 7919 % 10**6:06d}" for n in range(1, 41)]
    found = infer_role("Pasport belgisi", turkmen)
    assert found.role == "national_id" and found.confidence >= THRESHOLD, found
    given = ["Mandla Jabulani", "Thandeka Precious", "Bongani", "Sipho"] * 10
    assert infer_role("Amagama / First names", given).role == "given_name"


def test_birth_dates_of_two_forms_in_one_column_of_another_calendar() -> None:
    wareki = [f"平成{n % 30 + 1}年{n % 12 + 1}月{n % 28 + 1}日" for n in range(30)]
    figures = [f"19{40 + n % 50}/{n % 12 + 1:02d}/{n % 28 + 1:02d}" for n in range(20)]
    found = infer_role("生年月日", wareki + figures)
    assert found.role == "birth_date" and found.confidence >= THRESHOLD, found
    minguo = [f"民國{40 + n % 50}年{n % 12 + 1}月{n % 28 + 1}日" for n in range(20)]
    figures = [f"{40 + n % 50:03d}/{n % 12 + 1:02d}/{n % 28 + 1:02d}" for n in range(30)]
    found = infer_role("出生日期", minguo + figures)
    assert found.role == "birth_date" and found.confidence >= THRESHOLD, found


def test_a_childs_planned_name_a_test_centre_a_vaccine_lot_and_a_french_used_name() -> None:
    assert names_a_relative("Du kien dat ten con") and names_a_relative("児童氏名")
    assert names_elsewhere("Địa chỉ TTSH") and names_a_passport("PWD ID No.")
    assert (
        infer_role("Vắc xin / số lô", [f"H5N1 Re-5 - lô {n:04d}" for n in range(40)]).role is None
    )
    assert infer_role("Nom d'usage", ["MARTIN", "BENALI", "BERNARD", "PETIT"] * 10).role is None
    assert name_hints("ที่อยู่ตามทะเบียนบ้าน") == ["address"]
    assert name_hints("เกิดวันที่") == ["birth_date"]


def test_an_employer_by_initials_a_post_name_a_paternal_surname_and_an_arabic_whole_name() -> None:
    assert names_a_relative("Địa chỉ NSDLĐ") and not names_a_relative("Địa chỉ nsdlđ")
    assert infer_role("Post-nom", ["MBAYO", "BANZA", "KYUNGU", "ILUNGA"] * 10).role is None
    # the post-name among the other parts of one header is the whole name's
    assert name_hints("Nom, Postnom et Prénom")[0] == "full_name"
    assert name_hints("Paterno") == ["family_name"]
    assert name_hints("اللقب والاسم")[0] == "full_name"
