"""How the people of the fifty-ninth part of the outside corpus (**blind 59**,
:mod:`lienthong.quality._corpus_blind59`) are written: four Vietnamese files' own columns (a
residence transfer's old address and household head, a teacher's professional title and salary
grade, a hospital's on-call shift, a women's union member and her husband) and Lithuanian,
Andalusian, Québécois, Guernsey and Chittagonian names, addresses, phones and identity numbers in
the forms their cards show (the asmens kodas with its two-pass mod-11 digit, the DNI letter and the
NUSS control pair mod 97, the RAMQ number built from the name and birth date, the Guernsey social
security number, the Bangladeshi NID of 10 or 17 digits)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_OLD_PLACES = (
    "Xóm 5, X. Diễn Kim, H. Diễn Châu, T. Nghệ An",
    "Thôn Đông, X. Nghĩa Hòa, H. Tư Nghĩa, Quảng Ngãi",
    "Số 14 Trần Phú, P. Lộc Thọ, TP. Nha Trang, Khánh Hòa",
    "Ấp 3, X. Tân Thạnh Đông, H. Củ Chi, TP. HCM",
    "Tổ 7, P. Quang Trung, TP. Thái Bình, Thái Bình",
    "Khóm 2, TT. Mỹ Xuyên, H. Mỹ Xuyên, Sóc Trăng",
)
_VN_RELATIONS = ("Chủ hộ", "Vợ", "Con", "Chủ hộ", "Con", "Mẹ", "Cháu")
_VN_REASONS = ("Mua nhà", "Theo chồng", "Về ở với con", "Theo bố mẹ", "Chuyển công tác")
_VN_NATIONS = ("Kinh", "Kinh", "Hoa", "Kinh", "Khmer", "Kinh", "Tày")
#: (title, code, first coefficient, step, number of steps)
_VN_TITLES = (
    ("Giáo viên THCS hạng III", "V.07.04.32", 2.34, 0.33, 9),
    ("Giáo viên THCS hạng II", "V.07.04.31", 4.00, 0.34, 8),
    ("Giáo viên THCS hạng III", "V.07.04.32", 2.34, 0.33, 9),
    ("Giáo viên THCS hạng I", "V.07.04.30", 4.40, 0.34, 8),
)
_VN_SUBJECTS = ("GV Toán", "GV Ngữ văn", "TTCM - GV Tiếng Anh", "GV Vật lí", "PHT - GV Sinh")
_VN_DEGREES = ("ĐHSP Toán", "ĐHSP Ngữ văn", "CĐSP Anh", "ThS Lí luận & PPDH", "ĐHSP Sinh")
_VN_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_VN_DEPTS = ("Cấp cứu", "Nội tổng hợp", "Ngoại chấn thương", "Sản", "Nhi", "Hồi sức tích cực")
_VN_RANKS = ("BSCKI", "ThS.BS", "BSCKII", "ĐD hạng III", "KTV", "NHS", "BS")
_VN_DUTIES = ("Trực chính", "Trực phụ", "Trực điều dưỡng", "Trực thường trú", "Trực chính")
_VN_BRANCHES = ("Chi hội KP 1", "Chi hội KP 2", "Chi hội KP 4A", "Chi hội KP 6", "Chi hội KP 7")
_VN_JOBS = ("Buôn bán", "Nội trợ", "Công nhân", "Giáo viên", "Hưu trí", "Lao động tự do")
_VN_RELIGIONS = ("Không", "Phật giáo", "Không", "Công giáo", "Không", "Cao Đài")
_LT_FAMILY = (  # the same family as a man, a wife and an unmarried daughter writes it
    ("Kazlauskas", "Kazlauskienė"),
    ("Jankauskas", "Jankauskaitė"),
    ("Petrauskas", "Petrauskienė"),
    ("Stankevičius", "Stankevičiūtė"),
    ("Vasiliauskas", "Vasiliauskienė"),
    ("Žukauskas", "Žukauskaitė"),
    ("Butkus", "Butkienė"),
)
_LT_GIVEN_M = ("Jonas", "Tomas", "Mantas", "Darius", "Andrius", "Vytautas", "Žydrūnas")
_LT_GIVEN_F = ("Rūta", "Ieva", "Jurgita", "Lina", "Asta", "Eglė", "Gintarė")
_LT_PLACES = (
    ("Gedimino pr. 24-7", "Vilnius", "LT-01103"),
    ("Savanorių pr. 176-12", "Kaunas", "LT-50182"),
    ("Taikos pr. 61-33", "Klaipėda", "LT-91182"),
    ("Vilniaus g. 88", "Šiauliai", "LT-76285"),
    ("Respublikos g. 15-4", "Panevėžys", "LT-35173"),
    ("Žirmūnų g. 70-51", "Vilnius", "LT-09124"),
)
_LT_DOCTORS = ("R. Petrauskienė", "A. Norkus", "J. Šimkutė", "V. Baranauskas")
_ES_FAMILY = ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez")
_ES_FAMILY2 = ("Pérez", "Jiménez", "Ruiz", "Moreno", "Muñoz", "Romero", "Navarro", "Delgado")
_ES_GIVEN_M = ("José Manuel", "Antonio", "Francisco Javier", "Manuel", "Rafael", "Juan Carlos")
_ES_GIVEN_F = ("María del Carmen", "Rocío", "Ana Isabel", "Macarena", "Lucía", "Dolores")
#: (street, locality, province, postcode)
_ES_PLACES = (
    ("C/ Feria, 23, 2º B", "Sevilla", "Sevilla", "41003"),
    ("Avda. de Andalucía, 45, 3º A", "Málaga", "Málaga", "29007"),
    ("C/ Ancha, 12", "Cádiz", "Cádiz", "11001"),
    ("Plaza de la Corredera, 7, 1º", "Córdoba", "Córdoba", "14002"),
    ("C/ Recogidas, 30, 4º D", "Granada", "Granada", "18005"),
    ("C/ Real, 5", "Dos Hermanas", "Sevilla", "41701"),
    ("Avda. Federico García Lorca, 101", "Almería", "Almería", "04008"),
    ("C/ Larga, 18, bajo", "Jerez de la Frontera", "Cádiz", "11403"),
)
_ES_STATES = ("Concedida", "En trámite", "Requerimiento", "Concedida", "Denegada")
_ES_WORKERS = ("Mª José Ortega (UTS Macarena)", "Carmen Vidal", "Pedro Aguilar", "Inés Castro")
_QC_FAMILY = ("Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Lévesque", "Fortin")
_QC_GIVEN_M = ("Jean-François", "Mathieu", "Simon", "Marc-André", "Alexandre", "Luc")
_QC_GIVEN_F = ("Marie-Ève", "Geneviève", "Isabelle", "Sophie", "Catherine", "Émilie")
#: (street, city, postcode, area code)
_QC_PLACES = (
    ("4521, rue Saint-Denis, app. 3", "Montréal", "H2J 2L4", "514"),
    ("1200, boul. René-Lévesque Ouest", "Québec", "G1R 5T8", "418"),
    ("85, rue King Ouest", "Sherbrooke", "J1H 1P2", "819"),
    ("3340, boul. des Forges", "Trois-Rivières", "G8Y 1V9", "819"),
    ("275, boul. Labelle", "Laval", "H7L 3A2", "450"),
    ("6, rue Racine Est", "Saguenay", "G7H 1R1", "418"),
)
_QC_DOCTORS = ("Dre Nathalie Bergeron", "Dr Karim Haddad", "Dre Julie Paquette", "Dr Yves Ouellet")
_GY_FAMILY = ("Le Page", "Ogier", "Le Prevost", "Brehaut", "Mauger", "Robilliard", "Tostevin")
_GY_FAMILY2 = ("De Garis", "Le Tissier", "Bichard", "Smith", "Domaille", "Falla")
_GY_GIVEN_M = ("Peter", "Andrew", "Nicolas", "James", "Richard", "Daniel")
_GY_GIVEN_F = ("Sarah", "Helen", "Jenny", "Claire", "Louise", "Emma")
#: (address, parish, postcode)
_GY_PLACES = (
    ("La Maison Blanche, Rue des Goddards", "Castel", "GY5 7JD"),
    ("12 Mill Street", "St Peter Port", "GY1 1HG"),
    ("Les Rocquettes, Route de Cobo", "Castel", "GY5 7HA"),
    ("3 Les Banques", "St Sampson", "GY2 4AH"),
    ("Le Courtil, Rue du Marais", "Vale", "GY6 8AD"),
    ("Sunnydale, La Route de la Villiaze", "Forest", "GY8 0HG"),
    ("7 Hauteville", "St Peter Port", "GY1 1DF"),
    ("Les Vardes, Route de Pleinmont", "Torteval", "GY8 0PA"),
)
_GY_EMPLOYERS = ("Guernsey Post Ltd", "Sarnia Trust Co.", "Le Friquet Garden Centre", "PEH")
_BD_NAMES_M = ("মোঃ আব্দুল করিম", "মোহাম্মদ ইউসুফ", "নুরুল ইসলাম", "আবুল কাশেম", "সুমন বড়ুয়া")
_BD_NAMES_F = ("রহিমা খাতুন", "নাসরিন আক্তার", "ফাতেমা বেগম", "জোসনা বেগম", "রীনা বড়ুয়া")
_BD_KIN_M = ("মৃত আবদুর রহমান", "মোঃ শফিউল আলম", "জামাল উদ্দিন", "প্রদীপ দাশ")
_BD_KIN_F = ("আমেনা বেগম", "হাসিনা আক্তার", "সুফিয়া খাতুন", "অঞ্জলি দাশ")
#: (address, upazila/thana, 13-digit NID's district, RMO and upazila code)
_BD_PLACES = (
    ("বাড়ি ১২, রোড ৩, আগ্রাবাদ আ/এ, চট্টগ্রাম", "ডবলমুরিং", "15928"),
    ("গ্রাম: পূর্ব কধুরখীল, ডাকঘর: কধুরখীল", "বোয়ালখালী", "15112"),
    ("গ্রাম: ধলই, ডাকঘর: কাটিরহাট", "হাটহাজারী", "15137"),
    ("হোল্ডিং ৪৫, ওয়ার্ড ৭, পাঁচলাইশ, চট্টগ্রাম", "পাঁচলাইশ", "15965"),
    ("গ্রাম: জিরি, ডাকঘর: জিরি মাদ্রাসা", "পটিয়া", "15161"),
    ("গ্রাম: চরপাথরঘাটা, ডাকঘর: ইছানগর", "কর্ণফুলী", "15147"),
)
_BD_KINDS = ("বয়স্ক ভাতা", "বিধবা ভাতা", "প্রতিবন্ধী ভাতা", "বয়স্ক ভাতা")
_BD_NOMINEE_REL = ("পুত্র", "কন্যা", "স্ত্রী", "স্বামী", "পুত্রবধূ")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _relation(p: Person) -> str:
    return _pick(p, _VN_RELATIONS, 3)


def _head(p: Person) -> str:
    """The household head: the person themself when they head it, else a relative's name."""
    rel = _relation(p)
    if rel == "Chủ hộ":
        return p.full
    return _other_vn(p, 4, rel != "Vợ", p.family if rel in ("Con", "Cháu") else None)


def _title(p: Person) -> tuple[str, str, float, float, int]:
    return _VN_TITLES[int(p.bhxh) // 5 % len(_VN_TITLES)]


def _step(p: Person) -> int:
    return 1 + int(p.bhxh) // 7 % _title(p)[4]


def _coef(p: Person) -> str:
    _, _, first, step, _ = _title(p)
    return f"{first + step * (_step(p) - 1):.2f}".replace(".", ",")


def _woman(p: Person) -> str:
    """A woman's name (every member of the union is one, whatever sex the row was drawn with)."""
    return _other_vn(p, 0, False, p.family)


def _ak(p: Person) -> str:
    """A Lithuanian asmens kodas: sex and century (3/4 for the 1900s, 5/6 for the 2000s), yymmdd,
    three digits and the check digit (weights 1..9,1 mod 11; on 10 again with 3..9,1,2,3; on 10
    again 0)."""
    first = (3 if p.male else 4) + (2 if p.birth.year >= 2000 else 0)
    head = f"{first}{p.birth:%y%m%d}{p.bhxh[:3]}"
    for weights in ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)):
        check = sum(int(ch) * w for ch, w in zip(head, weights, strict=True)) % 11
        if check < 10:
            return head + str(check)
    return head + "0"


def _lt_family(p: Person) -> str:
    pair = _LT_FAMILY[int(p.bhxh) // 23 % len(_LT_FAMILY)]
    return pair[0] if p.male else pair[1]


def _dni(p: Person) -> str:
    """A DNI: eight digits and the letter of their remainder mod 23."""
    number = int(p.bhxh[:8])
    return f"{number:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


def _nuss(p: Person) -> str:
    """A NUSS ``41/12345678/90``: the province of first affiliation, eight digits and the control
    pair (the ten digits mod 97)."""
    province = _place(p, _ES_PLACES)[3][:2]
    body = f"{province}{p.bhxh[2:10]}"
    return f"{province}/{body[2:]}/{int(body) % 97:02d}"


def _plain(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text).upper() if "A" <= ch <= "Z")


def _qc_family(p: Person) -> str:
    return _pick(p, _QC_FAMILY, 2)


def _qc_given(p: Person) -> str:
    return _by_sex(p, _QC_GIVEN_M, _QC_GIVEN_F, 1)


def _ramq(p: Person) -> str:
    """A RAMQ number ``TREJ 8503 1512``: the first three letters of the surname (X-padded), the
    given name's initial, yymmdd with 50 added to a woman's month, and two administrative
    digits."""
    letters = (_plain(_qc_family(p)) + "XXX")[:3] + _plain(_qc_given(p))[0]
    month = p.birth.month + (0 if p.male else 50)
    return f"{letters} {p.birth:%y}{month:02d} {p.birth:%d}{p.bhxh[-2:]}"


def _bd_nid(p: Person) -> str:
    """A Bangladeshi NID: the 10-digit smart card number, or the old 13 digits (district, RMO,
    upazila, union, serial) behind the year of birth, 17 in all."""
    if p.birth.year >= 1985 or int(p.bhxh) % 3 == 0:
        return f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}"
    return f"{p.birth.year}{_place(p, _BD_PLACES)[2]}{p.bhxh[2:4]}{p.bhxh[-6:]}"


WRITERS_BLIND59: dict[str, Callable[[Person, Col], object]] = {
    "old_addr59": lambda p, c: _pick(p, _VN_OLD_PLACES, 2),
    "relation59": lambda p, c: _relation(p),
    "head59": lambda p, c: _head(p),
    "nation59": lambda p, c: _pick(p, _VN_NATIONS, 5),
    "reason59": lambda p, c: _pick(p, _VN_REASONS, 6),
    "dossier59": lambda p, c: f"G01.26.7-{p.other_date:%y%m%d}-{_num(p, 999):04d}",
    "officer59": lambda p, c: f"Đại úy {_other_vn(p, 8, True)}",
    "subject59": lambda p, c: _pick(p, _VN_SUBJECTS, 3),
    "degree59": lambda p, c: _pick(p, _VN_DEGREES, 3),
    "title59": lambda p, c: _title(p)[0],
    "title_code59": lambda p, c: _title(p)[1],
    "step59": lambda p, c: f"{_step(p)}/{_title(p)[4]}",
    "coef59": lambda p, c: _coef(p),
    "senior59": lambda p, c: str(min(30, max(0, p.other_date.year - p.birth.year - 23))),
    "next59": lambda p, c: (
        f"{_safe_day(p.other_date.year + 3, p.other_date.month, p.other_date.day):%d/%m/%Y}"
    ),
    "weekday59": lambda p, c: _VN_WEEKDAYS[p.other_date.weekday()],
    "dept59": lambda p, c: _pick(p, _VN_DEPTS, 2),
    "rank59": lambda p, c: _pick(p, _VN_RANKS, 3),
    "duty59": lambda p, c: _pick(p, _VN_DUTIES, 4),
    "staff59": lambda p, c: f"NV{p.bhxh[-5:]}",
    "licence59": lambda p, c: f"{_num(p, 9000):06d}/HCM-CCHN",
    "leader59": lambda p, c: f"BSCKII. {_other_vn(p, 6)}",
    "leader_phone59": lambda p, c: _other_phone(p, "0903"),
    "woman59": lambda p, c: _woman(p),
    "cccd_f59": lambda p, c: _cccd_of(p, False, p.birth.year),
    "religion59": lambda p, c: _pick(p, _VN_RELIGIONS, 2),
    "branch59": lambda p, c: _pick(p, _VN_BRANCHES, 3),
    "school59": lambda p, c: _pick(p, ("12/12", "9/12", "12/12", "ĐH", "5/12"), 4),
    "job59": lambda p, c: _pick(p, _VN_JOBS, 5),
    "card59": lambda p, c: f"PN{p.bhxh[-7:]}",
    "husband59": lambda p, c: "" if int(p.bhxh) % 6 == 0 else _other_vn(p, 7, True),
    "ak_lt59": lambda p, c: _ak(p),
    "lt_family59": lambda p, c: _lt_family(p),
    "lt_given59": lambda p, c: _by_sex(p, _LT_GIVEN_M, _LT_GIVEN_F, 1),
    "sex_lt59": lambda p, c: "V" if p.male else "M",
    "street_lt59": lambda p, c: _place(p, _LT_PLACES)[0],
    "city_lt59": lambda p, c: _place(p, _LT_PLACES)[1],
    "pc_lt59": lambda p, c: _place(p, _LT_PLACES)[2],
    "phone_lt59": lambda p, c: f"+370 6{p.phone[3:5]} {p.phone[5:10]}",
    "doctor_lt59": lambda p, c: _pick(p, _LT_DOCTORS, 3),
    "insured_lt59": lambda p, c: "Neapdraustas" if int(p.bhxh) % 9 == 0 else "Apdraustas",
    "kin_lt59": lambda p, c: (
        f"{_pick(p, _LT_GIVEN_F, 4)} ({'sutuoktinė' if p.male else 'dukra'})"
        if int(p.bhxh) % 2
        else f"{_pick(p, _LT_GIVEN_M, 4)} ({'sūnus' if p.male else 'sutuoktinis'})"
    ),
    "kin_phone_lt59": lambda p, c: f"+370 6{p.bhxh[1:3]} {p.bhxh[3:8]}",
    "dni59": lambda p, c: _dni(p),
    "nuss59": lambda p, c: _nuss(p),
    "es_family59": lambda p, c: f"{_pick(p, _ES_FAMILY, 2)} {_pick(p, _ES_FAMILY2, 3)}",
    "es_given59": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 1),
    "sex_es59": lambda p, c: "Hombre" if p.male else "Mujer",
    "street_es59": lambda p, c: _place(p, _ES_PLACES)[0],
    "town_es59": lambda p, c: _place(p, _ES_PLACES)[1],
    "prov_es59": lambda p, c: _place(p, _ES_PLACES)[2],
    "pc_es59": lambda p, c: _place(p, _ES_PLACES)[3],
    "phone_es59": lambda p, c: f"6{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "exp_es59": lambda p, c: (
        f"RMISA-{_place(p, _ES_PLACES)[3][:2]}-{p.other_date.year}-{p.bhxh[-6:]}"
    ),
    "members_es59": lambda p, c: str(1 + int(p.bhxh) % 6),
    "amount_es59": lambda p, c: f"{480 + int(p.bhxh) % 6 * 52},{p.bhxh[-2:]}",
    "state_es59": lambda p, c: _pick(p, _ES_STATES, 4),
    "worker_es59": lambda p, c: _pick(p, _ES_WORKERS, 5),
    "ramq59": lambda p, c: _ramq(p),
    "qc_family59": lambda p, c: _qc_family(p),
    "qc_given59": lambda p, c: _qc_given(p),
    "sex_qc59": lambda p, c: "M" if p.male else "F",
    "card_exp_qc59": lambda p, c: f"{p.other_date.year + 4}-{p.other_date:%m}",
    "street_qc59": lambda p, c: _place(p, _QC_PLACES)[0],
    "city_qc59": lambda p, c: _place(p, _QC_PLACES)[1],
    "prov_qc59": lambda p, c: "QC",
    "pc_qc59": lambda p, c: _place(p, _QC_PLACES)[2],
    "phone_qc59": lambda p, c: f"{_place(p, _QC_PLACES)[3]} {p.phone[3:6]}-{p.phone[6:10]}",
    "mother_qc59": lambda p, c: f"{_pick(p, _QC_FAMILY, 5)}, {_pick(p, _QC_GIVEN_F, 6)}",
    "file_qc59": lambda p, c: f"{p.bhxh[-6:]}",
    "doctor_qc59": lambda p, c: _pick(p, _QC_DOCTORS, 3),
    "urgent_qc59": lambda p, c: (
        f"{_pick(p, _QC_GIVEN_M if not p.male else _QC_GIVEN_F, 4)} {_qc_family(p)} "
        f"({_place(p, _QC_PLACES)[3]} {p.bhxh[1:4]}-{p.bhxh[4:8]})"
    ),
    "ssn_gy59": lambda p, c: f"GY{p.bhxh[-6:]}",
    "gy_family59": lambda p, c: _pick(p, _GY_FAMILY + _GY_FAMILY2, 2).upper(),
    "gy_given59": lambda p, c: _by_sex(p, _GY_GIVEN_M, _GY_GIVEN_F, 1),
    "sex_gy59": lambda p, c: "M" if p.male else "F",
    "street_gy59": lambda p, c: _place(p, _GY_PLACES)[0],
    "parish_gy59": lambda p, c: _place(p, _GY_PLACES)[1],
    "pc_gy59": lambda p, c: _place(p, _GY_PLACES)[2],
    "phone_gy59": lambda p, c: (
        f"07781 {p.phone[4:10]}" if int(p.bhxh) % 3 else f"01481 7{p.phone[5:10]}"
    ),
    "employer_gy59": lambda p, c: _pick(p, _GY_EMPLOYERS, 3),
    "emp_ref_gy59": lambda p, c: f"E{p.bhxh[:5]}",
    "earnings_gy59": lambda p, c: f"{(6000 + int(p.bhxh) % 9000):,}.00",
    "contrib_gy59": lambda p, c: f"{(6000 + int(p.bhxh) % 9000) * 0.074:,.2f}",
    "class_gy59": lambda p, c: _pick(p, ("1", "1", "2", "1A"), 4),
    "bd_name59": lambda p, c: _by_sex(p, _BD_NAMES_M, _BD_NAMES_F, 1),
    "bd_kin59": lambda p, c: _pick(p, _BD_KIN_M, 2),
    "bd_mother59": lambda p, c: _pick(p, _BD_KIN_F, 3),
    "sex_bd59": lambda p, c: "পুরুষ" if p.male else "মহিলা",
    "nid_bd59": lambda p, c: _bd_nid(p),
    "addr_bd59": lambda p, c: _place(p, _BD_PLACES)[0],
    "thana_bd59": lambda p, c: _place(p, _BD_PLACES)[1],
    "phone_bd59": lambda p, c: f"01{'78915'[int(p.bhxh) % 5]}{p.phone[2:10]}",
    "kind_bd59": lambda p, c: _pick(p, _BD_KINDS, 4),
    "book_bd59": lambda p, c: f"{_num(p, 900):04d}",
    "account_bd59": lambda p, c: f"2050{p.bhxh[:3]}0{p.bhxh[3:10]}",
    "nominee_bd59": lambda p, c: _pick(p, _BD_KIN_M + _BD_KIN_F, 6),
    "nominee_rel_bd59": lambda p, c: _pick(p, _BD_NOMINEE_REL, 7),
}
