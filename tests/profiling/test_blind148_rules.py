"""Rules written after blind 148-157's first measurements: a romanised fold of another script
that is a Latin word, a block's house number, a pupil's parent by initials, Greece's identity
card beside the ΑΜΚΑ, a Cypriot flat and a Maltese house name in a street line; a driving
licence beside the SSN, a house number alone, an officer in charge and an abuser; a SIRET
beside the NIR, Arabic and Uzbek names with their linking words, whole names of a category; a
name written surname first, a saint's name, a shop's, Indic initials, a coach and seat."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._hints import (
    name_hints,
    names_a_passport,
    names_a_relative,
    names_elsewhere,
)
from lienthong.profiling._places import is_full_address
from lienthong.profiling._values import is_any_full_name


def _amka(n: int) -> str:
    """An ΑΜΚΑ: the birth date ddmmyy, four digits and a Luhn check digit."""
    body = f"{1 + n % 28:02d}{1 + n % 12:02d}{50 + n % 40:02d}{n * 7919 % 10**4:04d}"
    digits = [int(d) for d in body]
    total = sum(d if i % 2 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return body + str((10 - total % 10) % 10)


def test_a_short_fold_of_another_script_is_no_word_of_a_latin_header() -> None:
    # Tamil ``வீதி`` (street) folds to ``viti``, Albanian for year
    assert name_hints("Viti i prodhimit") == []
    assert "street" in name_hints("வீதி")
    # a longer fold is a romanised header's too (Khmer ``នាមខ្លួន``, ``Nam Khluon``)
    assert name_hints("Nam Khluon") == ["given_name"]
    years = [str(1995 + n % 25) for n in range(60)]
    assert infer_role("Viti i prodhimit", years).role is None


def test_a_block_letter_and_number_is_no_street_line() -> None:
    values = [f"{'ABC'[n % 3]}-{n % 90 + 1}" for n in range(60)]
    found = infer_role("House No.", values)
    assert found.role is None or found.confidence < THRESHOLD, found
    # a second address line of words stays one (FEBRL's ``address_2``)
    names = ["Rosedale", "Kingsford", "Wattle", "Banksia", "Karingal", "Myrtle", "Jacaranda"]
    kinds = ["Court", "Estate", "Village", "Gardens", "Lodge", "Park", "Place", "Manor", "Views"]
    lines = [f"{name} {kind}" for name in names for kind in kinds]
    assert infer_role("Address line 2", lines).role == "street"


def test_a_pupils_parent_by_initials_and_a_polling_station() -> None:
    assert names_a_relative("Ho ten PHHS") and names_a_relative("SĐT CMHS")
    assert not names_a_relative("Ho ten hoc sinh")
    assert names_elsewhere("Post tal-Votazzjoni / Polling Station")


def test_a_greek_identity_card_beside_the_amka_is_a_document() -> None:
    cards = [f"Α{'ΒΕΗ'[n % 3]}{n * 104729 % 10**6:06d}" for n in range(1, 41)]
    amka = [_amka(n) for n in range(1, 41)]
    roles = settled({"ΑΜΚΑ": amka, "Αρ. Δελτ. Ταυτότητας": cards})
    assert roles["ΑΜΚΑ"][0] == "national_id", roles
    assert roles["Αρ. Δελτ. Ταυτότητας"][0] is None, roles
    # a Cypriot identity card with no other personal number is the person's
    roles = settled({"Αρ. Ταυτότητας": [f"{n * 7919 % 10**7:07d}" for n in range(1, 41)]})
    assert roles["Αρ. Ταυτότητας"][0] == "national_id", roles
    assert name_hints("Ημερ. Γέννησης") == ["birth_date"]


def test_a_flat_and_a_house_name_stay_in_the_street_line() -> None:
    assert not is_full_address("Λεωφ. Αρχιεπισκόπου Κυπριανού 21, Διαμ. 1")
    assert not is_full_address("'Sunrise', 30, Triq il-Kappillan Mifsud")
    assert is_full_address("'Sunrise', 30, Triq il-Kappillan Mifsud, Naxxar")
    streets = [f"'Sunrise', {n + 1}, Triq San Ġużepp" for n in range(30)]
    streets += [f"{n + 1}, Triq il-Kbira" for n in range(30)]
    found = infer_role("Indirizz / Address", streets)
    assert found.role == "street" and found.confidence >= THRESHOLD, found


def test_a_driving_licence_beside_the_ssn_and_a_belarusian_passport_are_documents() -> None:
    ssns = [f"{100 + n:03d}{10 + n % 80:02d}{1000 + n * 37:04d}" for n in range(1, 41)]
    licences = [f"A{n * 104729 % 10**7:07d}" for n in range(1, 41)]
    roles = settled({"ssn": ssns, "caDlIdNumber": licences})
    assert roles["ssn"][0] == "national_id" and roles["caDlIdNumber"][0] is None, roles
    assert names_a_passport("Серыя і № пашпарта")
    assert name_hints("AHCN") == ["national_id"]


def test_a_house_number_alone_is_no_street_a_street_number_is() -> None:
    numbers = [str(1 + n * 7 % 300) for n in range(60)]
    found = infer_role("House No.", numbers)
    assert found.role is None or found.confidence < THRESHOLD, found
    assert infer_role("street_number", numbers).role == "street"  # FEBRL's


def test_an_officer_in_charge_an_abuser_and_where_hives_stand() -> None:
    assert names_a_relative("CB thú y phụ trách") and names_a_relative("Người gây bạo lực")
    assert names_elsewhere("Vị trí đặt đàn")
    roles = settled(
        {
            "Họ tên nạn nhân": VIETNAMESE_NAMES,
            "Người gây bạo lực": list(reversed(VIETNAMESE_NAMES)),
        }
    )
    assert roles["Họ tên nạn nhân"][0] == "full_name", roles
    assert roles["Người gây bạo lực"][0] is None, roles


def test_a_siret_beside_the_nir_and_a_polling_station_in_french() -> None:
    nirs = [
        f"{1 + n % 2} {50 + n % 40:02d} {1 + n % 12:02d} 2B {n % 900 + 10:03d} "
        f"{n * 37 % 1000:03d} {n % 97:02d}"
        for n in range(1, 41)
    ]
    sirets = [f"{n * 7919 % 10**9:09d} {n % 90 + 10:05d}" for n in range(1, 41)]
    roles = settled({"NIR (MSA)": nirs, "N° SIRET": sirets})
    assert roles["NIR (MSA)"][0] == "national_id" and roles["N° SIRET"][0] is None, roles
    assert names_elsewhere("Bureau de vote / مكتب الاقتراع")


def test_names_with_their_linking_words_and_whole_names_of_a_category() -> None:
    omani = [
        f"{given} {link} {father} بن {grand} {tribe}"
        for given, link in (("سالم", "بن"), ("أمل", "بنت"), ("شيخة", "بنت"), ("عبدالله", "بن"))
        for father in ("مبارك", "يوسف", "جاسم")
        for grand in ("عبدالرحمن", "ناصر")
        for tribe in ("المعمري", "الرواحي")
    ]
    found = infer_role("اسم مقدم الطلب / Applicant Name", omani)
    assert found.role == "full_name" and found.confidence >= THRESHOLD, found
    uzbek = [
        f"{f} {g} {p} o‘g‘li"
        for f in ("Xo‘jayev", "To‘xtayev")
        for g in ("Jasur", "Otabek")
        for p in ("Shoxrux", "Ulug‘bek", "Jasur")
    ]
    assert infer_role("F.I.Sh.", uzbek * 3).role == "full_name"
    # a dozen whole names row after row are a category's: the kind of aid, a few recipients
    kinds = ["مساعدة نقدية شهرية", "معونة طارئة", "دعم الإيجار", "سلة غذائية"] * 20
    assert infer_role("نوع المعونة", kinds).role is None
    recipients = ["Dolores Ramirez", "Harold Kim", "Lupe Hernandez", "Vartan Petrosyan"] * 20
    found = infer_role("recipientName", recipients)
    assert found.role is None or found.confidence < THRESHOLD, found


def test_a_name_surname_first_a_saints_name_and_a_shops_name() -> None:
    assert name_hints("Rider's Name (Surname First)")[0] == "full_name"
    assert name_hints("Tên Thánh") == [] and name_hints("Họ và tên thành viên")[0] == "full_name"
    assert name_hints("Ten HKD") == [] and name_hints("बैंकको नाम") == []
    assert names_a_passport("Namba ya kadi ya mpiga kura")
    assert name_hints("Aho atuye (Umudugudu, Akagari, Umurenge)") == ["address"]


def test_indic_initials_and_either_the_home_town_or_the_home() -> None:
    for name in ("மு. ஆயிஷா", "ടി. അബ്ദുൾ റഹ്മാൻ", "എൻ. ഫാത്തിമ", "ഫാത്തിമ പി."):
        assert is_any_full_name(name), name
    assert not names_elsewhere("Quê quán / nơi ở") and not names_elsewhere("Nơi ở / Quê quán")
    assert names_elsewhere("Quê quán")


def test_a_coach_and_seat_is_no_address_a_ward_is() -> None:
    assert not is_full_address("Xe 1 - ghế 04")
    assert is_full_address("12 Lê Lợi, Phường 5")
    seats = [f"Xe {n % 3 + 1} - ghế {n % 45 + 1:02d}" for n in range(90)]
    found = infer_role("Số ghế", seats)
    assert found.role is None or found.confidence < THRESHOLD, found


def test_a_provincial_health_number_beside_the_sin_and_alone() -> None:
    sins = [f"{n * 104729 % 10**9:09d}" for n in range(1, 41)]
    phins = [f"{n * 7919 % 10**9:09d}" for n in range(1, 41)]
    roles = settled({"SIN": sins, "PHIN": phins})
    assert roles["SIN"][0] == "national_id" and roles["PHIN"][0] is None, roles
    cards = [f"{n * 7919 % 10**4:04d} {n % 900 + 100:03d} {n * 31 % 1000:03d}" for n in range(40)]
    assert settled({"Health Card Number": cards})["Health Card Number"][0] == "national_id"
    assert name_hints("Lebitso le Fane / Name & Surname")[0] == "full_name"
    assert names_a_relative("Persoonsnr. pareha") and name_hints("Nòmber") == ["given_name"]
