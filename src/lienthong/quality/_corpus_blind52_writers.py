"""How the people of the fifty-second part of the outside corpus (**blind 52**,
:mod:`lienthong.quality._corpus_blind52`) are written: four Vietnamese files' own columns (a
conscript's own name, birth date and card beside his father's and mother's, a graduate's degree
serial and class, a taxpayer's dependants and amounts, a farmer's hamlet, rice area and
fertiliser) and Tasmanian, Ontarian, Bavarian, Martiniquais and Xinjiang names, addresses, phones
and identity numbers in the forms their cards show (the Medicare number's weighted check digit and
issue number beside the IRN; the OHIP health number's Luhn digit and version code; the Steuer-ID's
one repeated digit and ISO 7064 MOD 11,10 digit; the NIR born in 972 with its key mod 97; the
resident identity card's region code, odd or even serial and MOD 11-2 check character)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind48_writers import _place, _safe, _ward

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_SCHOOLING = ("12/12", "12/12", "9/12", "12/12", "ĐH", "CĐ", "11/12")
_VN_JOBS = ("Sinh viên", "Lao động tự do", "Công nhân", "Học sinh", "Thợ điện", "Phụ hồ")
_VN_WORKPLACES = (
    "ĐH Công nghiệp TP.HCM",
    "Cty TNHH Pouyuen VN",
    "Tự do",
    "Trường THPT Nguyễn Trãi",
    "Cty CP Điện Quang",
    "CĐ Kỹ thuật Cao Thắng",
)
_VN_PARENT_JOBS = ("Buôn bán", "Làm thuê", "Nội trợ", "CNVC", "Hưu trí", "Tài xế", "Công nhân")
_VN_HEALTH = ("Loại 1", "Loại 2", "Loại 2", "Loại 3", "Loại 4", "Chưa khám")
_VN_CALLUP = ("Đủ ĐK", "Tạm hoãn (đang học)", "Đủ ĐK", "Miễn (con liệt sĩ)", "Không đủ SK")
_VN_MAJORS = (
    "Công nghệ thông tin",
    "Kế toán",
    "Quản trị kinh doanh",
    "Ngôn ngữ Anh",
    "Kỹ thuật xây dựng",
    "Luật kinh tế",
)
_VN_RANKS = ("Giỏi", "Khá", "Khá", "Trung bình", "Xuất sắc", "Khá")
_VN_PROVINCES = ("Bình Định", "Nghệ An", "Long An", "TP. Hồ Chí Minh", "Đắk Lắk", "Thanh Hóa")
_VN_DEP_REL = ("Con", "Con", "Mẹ", "Cha", "Vợ", "Chồng", "Con")
_VN_PAYERS = (
    "Cty TNHH Samsung Electronics HCMC CE Complex",
    "Ngân hàng TMCP Á Châu",
    "Cty CP Sữa Việt Nam",
    "Trường ĐH Bách khoa",
    "Cty TNHH Nidec Việt Nam",
)
_VN_TAX_STATUS = ("Đã hoàn", "Chờ xử lý", "Nộp bổ sung", "Đã duyệt", "Yêu cầu giải trình")
_VN_HAMLETS = ("Ấp 1", "Ấp 2", "Ấp Bình Thạnh", "Ấp Tân Lập", "Ấp Mỹ Hòa", "Ấp 4")
_VN_FERTS = ("NPK 16-16-8", "Urê", "DAP", "Kali clorua", "NPK 20-20-15", "Lân Văn Điển")
_AU_FAMILY = ("Walker", "Brown", "Cooper", "Harris", "Kelly", "Mitchell", "Ashwood", "Clark")
_AU_GIVEN_M = ("Jack", "Liam", "Brodie", "Cameron", "Mitchell", "Darcy", "Angus")
_AU_GIVEN_F = ("Chloe", "Mia", "Kirra", "Tahlia", "Jessica", "Isla", "Sienna")
#: (street, suburb, postcode)
_TAS_PLACES = (
    ("Sandy Bay Road", "Sandy Bay", "7005"),
    ("Elizabeth Street", "North Hobart", "7000"),
    ("Main Road", "Glenorchy", "7010"),
    ("Wellington Street", "Launceston", "7250"),
    ("Best Street", "Devonport", "7310"),
    ("Mount Street", "Burnie", "7320"),
    ("Channel Highway", "Kingston", "7050"),
    ("Reibey Street", "Ulverstone", "7315"),
)
_TAS_CLINICS = ("RHH Orthopaedics", "LGH Cardiology", "NWRH Ophthalmology", "RHH ENT")
_TAS_GPS = ("Dr A. Nguyen", "Dr S. Patel", "Dr M. O'Brien", "Dr K. Fraser")
_ON_FAMILY = ("Tremblay", "Gagnon", "Smith", "Bouchard", "MacDonald", "Lalonde", "Wilson")
_ON_GIVEN_M = ("Mathieu", "Ethan", "Jean-Guy", "Connor", "Olivier", "Marc-André")
_ON_GIVEN_F = ("Émilie", "Sophie", "Madison", "Geneviève", "Chantal", "Olivia")
#: (street, city, postal code area)
_ON_PLACES = (
    ("rue Principale", "Hawkesbury", "K6A"),
    ("Bank Street", "Ottawa", "K1S"),
    ("boulevard St-Joseph", "Orléans", "K1C"),
    ("Pitt Street", "Cornwall", "K6H"),
    ("Elm Street", "Sudbury", "P3C"),
    ("Algonquin Blvd E", "Timmins", "P4N"),
    ("Princess Street", "Kingston", "K7L"),
)
_ON_AREA = {
    "Ottawa": "613",
    "Orléans": "613",
    "Hawkesbury": "613",
    "Cornwall": "613",
    "Kingston": "613",
}
_ON_MDS = ("Dr. L. Bergeron", "Dr. R. Singh", "Dre M. Paquette", "Dr. J. Cho")
_DE_FAMILY = ("Huber", "Maier", "Wimmer", "Gruber", "Brandl", "Schmid", "Hofbauer", "Obermeier")
_DE_GIVEN_M = ("Josef", "Maximilian", "Florian", "Korbinian", "Andreas", "Sebastian")
_DE_GIVEN_F = ("Theresa", "Magdalena", "Franziska", "Anna", "Veronika", "Johanna")
#: (street, postcode, town, area code)
_BY_PLACES = (
    ("Kaiserstraße", "83022", "Rosenheim", "08031"),
    ("Ludwigstraße", "84028", "Landshut", "0871"),
    ("Bahnhofstraße", "83278", "Traunstein", "0861"),
    ("Am Anger", "83209", "Prien a. Chiemsee", "08051"),
    ("Dorfstraße", "83115", "Neubeuern", "08035"),
    ("Münchner Straße", "85221", "Dachau", "08131"),
)
_BY_BIRTH = ("München", "Rosenheim", "Regensburg", "Linz", "Passau", "Augsburg")
_BY_CLERKS = ("Fr. Huber", "Hr. Stadler", "Fr. Lechner", "Hr. Bauer")
_MQ_FAMILY = ("Rosine", "Louis-Sidney", "Jean-Baptiste", "Marie-Sainte", "Nicolas", "Zobda")
_MQ_GIVEN_M = ("Jean-Claude", "Frantz", "Rudy", "Thierry", "Kévin", "Aimé")
_MQ_GIVEN_F = ("Marie-José", "Ginette", "Lucienne", "Yolande", "Jessica", "Manon")
#: (street, postcode, commune, INSEE commune digits after 972)
_MQ_PLACES = (
    ("rue Victor Schœlcher", "97200", "Fort-de-France", "09"),
    ("cité Bon Air, route de Redoute", "97200", "Fort-de-France", "09"),
    ("quartier Acajou", "97232", "Le Lamentin", "13"),
    ("route de Fond Lahaye", "97233", "Schœlcher", "29"),
    ("quartier Pontaléry", "97231", "Le Robert", "22"),
    ("bourg, rue Schœlcher", "97230", "Sainte-Marie", "28"),
    ("lotissement Cocotte", "97224", "Ducos", "07"),
    ("quartier Mansarde", "97290", "Le Marin", "17"),
)
_MQ_BENEF = ("RSA socle", "Prime d'activité", "AAH", "RSA majoré", "ASPA")
#: (region code, city, street or community line)
_XJ_PLACES = (
    ("650102", "乌鲁木齐市", "天山区", "幸福路街道", "团结路社区"),
    ("650103", "乌鲁木齐市", "沙依巴克区", "友好南路街道", "西域社区"),
    ("653101", "喀什市", "喀什市", "吾斯塘博依街道", "阔纳代尔瓦扎社区"),
    ("652901", "阿克苏市", "阿克苏市", "栏杆街道", "多浪社区"),
    ("654002", "伊宁市", "伊宁市", "解放路街道", "六星街社区"),
    ("653201", "和田市", "和田市", "古江巴格街道", "团结社区"),
)
_XJ_NAMES_M = ("阿不都热合曼·艾合买提", "买买提江·吐尔逊", "艾力·热西提", "伊力哈木·阿布都拉")
_XJ_NAMES_F = ("古丽努尔·阿不都拉", "阿依古丽·买买提", "热依拉·吐尔洪", "帕提古丽·艾则孜")
#: the same names in Uyghur script, indexed alike
_XJ_UG_M = ("ئابدۇراخمان ئەخمەت", "مەمەتجان تۇرسۇن", "ئەلى رەشىد", "ئىلھام ئابدۇللا")
_XJ_UG_F = ("گۈلنۇر ئابدۇللا", "ئايگۈل مەمەت", "رەيلا تۇرغۇن", "پاتىگۈل ئەزىز")


def _conscript_birth(p: Person) -> date:
    """A called-up man's birthday: the person's day and month, aged 18 to 25 in 2026."""
    return _safe(2001 + p.birth.year % 8, p.birth.month, p.birth.day)


def _graduate_birth(p: Person) -> date:
    return _safe(1998 + p.birth.year % 6, p.birth.month, p.birth.day)


def _parent_year(p: Person, base: date, gap: int) -> str:
    return str(base.year - gap - int(p.bhxh[gap % 10]) % 8)


def _dependant_birth(p: Person) -> date:
    rel = _pick(p, _VN_DEP_REL, 3)
    if rel in ("Mẹ", "Cha"):
        return _safe(p.birth.year - 24 - int(p.bhxh[2]) % 8, int(p.bhxh[3:5]) % 12 + 1, 15)
    if rel in ("Vợ", "Chồng"):
        return _safe(p.birth.year + int(p.bhxh[4]) % 5 - 2, int(p.bhxh[5:7]) % 12 + 1, 9)
    return _safe(min(p.birth.year + 25 + int(p.bhxh[5]) % 8, 2023), int(p.bhxh[6]) % 9 + 1, 20)


def _medicare(p: Person) -> str:
    """A Medicare card number ``2123 45670 1``: a first digit 2-6, seven digits, the check digit
    ``sum(d * w) % 10`` with weights 1,3,7,9,1,3,7,9 and the card's issue number."""
    body = f"{2 + int(p.bhxh[0]) % 5}{p.bhxh[1:8]}"
    check = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    issue = int(p.bhxh[8]) % 5 + 1
    return f"{body[:4]} {body[4:]}{check} {issue}"


def _luhn(body: str) -> int:
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def _ohip(p: Person) -> str:
    """An Ontario health number ``1234 567 890``: nine digits and a Luhn check digit."""
    body = f"{1 + int(p.bhxh[0]) % 9}{p.bhxh[1:9]}"
    full = f"{body}{_luhn(body)}"
    return f"{full[:4]} {full[4:7]} {full[7:]}"


def _steuer_id(p: Person) -> str:
    """A Steuer-ID: eleven digits, the first not 0, in the first ten one digit twice and one
    digit missing, and the ISO 7064 MOD 11,10 check digit last."""
    rng = random.Random(int(p.bhxh))
    digits = list("0123456789")
    rng.shuffle(digits)
    if digits[0] == "0":
        digits[0], digits[1] = digits[1], digits[0]
    digits[rng.randrange(2, 10)] = digits[rng.randrange(0, 2)]
    product = 10
    for d in digits:
        total = (int(d) + product) % 10 or 10
        product = total * 2 % 11
    check = (11 - product) % 10
    body = "".join(digits)
    return f"{body[:2]} {body[2:5]} {body[5:8]} {body[8:]}{check}"


def _nir(p: Person) -> str:
    """A NIR born in Martinique ``1 85 03 972 09 123 45``: sex, year and month of birth, the
    department 972 and the commune, a birth register serial and the key ``97 - n % 97``."""
    commune = _place(p, _MQ_PLACES)[3]
    serial = f"{_num(p, 400):03d}"
    body = f"{1 if p.male else 2}{p.birth:%y%m}972{commune}{serial}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} 972 {commune} {serial} {key:02d}"


def _resident_id(p: Person) -> str:
    """A resident identity card number: the region code, yyyymmdd of birth, a serial odd for men
    and even for women, and the ISO 7064 MOD 11-2 check character (``X`` for ten)."""
    region = _place(p, _XJ_PLACES)[0]
    last = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    body = f"{region}{p.birth:%Y%m%d}{p.bhxh[-3:-1]}{last}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


def _xj_address(p: Person) -> str:
    _, city, district, street, community = _place(p, _XJ_PLACES)
    return f"新疆{city}{district if district != city else ''}{street}{community}{_num(p, 90)}号"


WRITERS_BLIND52: dict[str, Callable[[Person, Col], object]] = {
    "conscript52": lambda p, c: _vn_name(p, True, p.family, 2),
    "conscript_birth52": lambda p, c: f"{_conscript_birth(p):%d/%m/%Y}",
    "conscript_cccd52": lambda p, c: _cccd_of(p, True, _conscript_birth(p).year),
    "school52": lambda p, c: _pick(p, _VN_SCHOOLING, 2),
    "job52": lambda p, c: _pick(p, _VN_JOBS, 3),
    "workplace52": lambda p, c: _pick(p, _VN_WORKPLACES, 4),
    "tdp52": lambda p, c: f"TDP {_num(p, 45)}",
    "father52": lambda p, c: _vn_name(p, True, p.family, 5),
    "father_year52": lambda p, c: _parent_year(p, _conscript_birth(p), 24),
    "father_job52": lambda p, c: _pick(p, _VN_PARENT_JOBS, 5),
    "mother52": lambda p, c: _other_vn(p, 6, False),
    "mother_year52": lambda p, c: _parent_year(p, _conscript_birth(p), 20),
    "mother_job52": lambda p, c: _pick(p, _VN_PARENT_JOBS, 6),
    "family_phone52": lambda p, c: _other_phone(p, "09"),
    "health52": lambda p, c: _pick(p, _VN_HEALTH, 7),
    "callup52": lambda p, c: _pick(p, _VN_CALLUP, 8),
    "student_no52": lambda p, c: f"{_graduate_birth(p).year + 18 - 2000}{p.bhxh[-6:]}",
    "grad_birth52": lambda p, c: f"{_graduate_birth(p):%d/%m/%Y}",
    "grad_cccd52": lambda p, c: _cccd_of(p, p.male, _graduate_birth(p).year),
    "birth_prov52": lambda p, c: _pick(p, _VN_PROVINCES, 2),
    "class52": lambda p, c: (
        f"D{_graduate_birth(p).year + 18 - 2000}_{_pick(p, ('CNTT', 'KT', 'QT'), 3)}0{_num(p, 4)}"
    ),
    "major52": lambda p, c: _pick(p, _VN_MAJORS, 3),
    "gpa52": lambda p, c: f"{2 + _num(p, 190) / 100:.2f}".replace(".", ","),
    "rank52": lambda p, c: _pick(p, _VN_RANKS, 4),
    "diploma52": lambda p, c: f"{p.bhxh[-7:]}",
    "register52": lambda p, c: f"{_num(p, 3000)}/ĐHCQ-2025",
    "decision52": lambda p, c: f"{_num(p, 900)}/QĐ-ĐHCN",
    "dep_count52": lambda p, c: str(int(p.bhxh[1]) % 3 + 1),
    "dep_name52": lambda p, c: _other_vn(p, 7, None, p.family),
    "dep_birth52": lambda p, c: f"{_dependant_birth(p):%d/%m/%Y}",
    "dep_id52": lambda p, c: _cccd_of(p, int(p.bhxh[2]) % 2 == 0, _dependant_birth(p).year),
    "dep_rel52": lambda p, c: _pick(p, _VN_DEP_REL, 3),
    "income52": lambda p, c: f"{(_num(p, 900) + 120) * 1_000_000:,}".replace(",", "."),
    "relief52": lambda p, c: f"{(132 + (int(p.bhxh[1]) % 3 + 1) * 52.8) * 1_000_000:,.0f}".replace(
        ",", "."
    ),
    "withheld52": lambda p, c: f"{_num(p, 400) * 250_000:,}".replace(",", "."),
    "due52": lambda p, c: f"{(_num(p, 60) - 30) * 117_000:,}".replace(",", "."),
    "payer52": lambda p, c: _pick(p, _VN_PAYERS, 5),
    "tax_status52": lambda p, c: _pick(p, _VN_TAX_STATUS, 6),
    "birth_year52": lambda p, c: str(p.birth.year),
    "hamlet52": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "ward52": lambda p, c: _ward(p),
    "rice_area52": lambda p, c: f"{_num(p, 45) / 10:.1f}".replace(".", ","),
    "fert52": lambda p, c: _pick(p, _VN_FERTS, 3),
    "kg52": lambda p, c: str(_num(p, 45) * 25),
    "fert_money52": lambda p, c: f"{_num(p, 45) * 25 * 14_500:,}".replace(",", "."),
    "medicare_au52": lambda p, c: _medicare(p),
    "irn_au52": lambda p, c: str(int(p.bhxh[9]) % 5 + 1),
    "au_family52": lambda p, c: _pick(p, _AU_FAMILY, 2).upper(),
    "au_given52": lambda p, c: _by_sex(p, _AU_GIVEN_M, _AU_GIVEN_F, 1),
    "sex_au52": lambda p, c: "M" if p.male else "F",
    "street_au52": lambda p, c: f"{_num(p, 220)} {_place(p, _TAS_PLACES)[0]}",
    "suburb_au52": lambda p, c: _place(p, _TAS_PLACES)[1].upper(),
    "postcode_au52": lambda p, c: _place(p, _TAS_PLACES)[2],
    "phone_au52": lambda p, c: (
        f"04{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}"
        if int(p.bhxh) % 3
        else f"(03) 62{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "state_au52": lambda p, c: "TAS",
    "ur_au52": lambda p, c: f"{p.bhxh[-7:]}",
    "gp_au52": lambda p, c: _pick(p, _TAS_GPS, 3),
    "clinic_au52": lambda p, c: _pick(p, _TAS_CLINICS, 4),
    "urgency_au52": lambda p, c: _pick(p, ("Cat 1", "Cat 2", "Cat 3", "Cat 2"), 5),
    "nok_au52": lambda p, c: f"{_by_sex(p, _AU_GIVEN_F, _AU_GIVEN_M, 6)} {_pick(p, _AU_FAMILY, 7)}",
    "nok_phone_au52": lambda p, c: f"04{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:5]} {p.bhxh[::-1][5:8]}",
    "ohip_on52": lambda p, c: _ohip(p),
    "vc_on52": lambda p, c: "".join("ABCEHJKLMN"[int(d)] for d in p.bhxh[3:5]),
    "on_family52": lambda p, c: _pick(p, _ON_FAMILY, 2),
    "on_given52": lambda p, c: _by_sex(p, _ON_GIVEN_M, _ON_GIVEN_F, 1),
    "sex_on52": lambda p, c: "M" if p.male else "F",
    "street_on52": lambda p, c: (
        f"{_num(p, 400)}, {_place(p, _ON_PLACES)[0]}"
        if _place(p, _ON_PLACES)[0][0].islower()
        else f"{_num(p, 400)} {_place(p, _ON_PLACES)[0]}"
    ),
    "city_on52": lambda p, c: _place(p, _ON_PLACES)[1],
    "postal_on52": lambda p, c: (
        f"{_place(p, _ON_PLACES)[2]} {p.bhxh[5]}{'ABCEGHJKLMNPRSTVXY'[_num(p, 18) - 1]}{p.bhxh[6]}"
    ),
    "phone_on52": lambda p, c: (
        f"({_ON_AREA.get(_place(p, _ON_PLACES)[1], '705')}) {p.phone[3:6]}-{p.phone[6:10]}"
    ),
    "prov_on52": lambda p, c: "ON",
    "md_on52": lambda p, c: _pick(p, _ON_MDS, 3),
    "lang_on52": lambda p, c: _pick(p, ("FR", "EN", "FR", "EN/FR"), 4),
    "steuer_by52": lambda p, c: _steuer_id(p),
    "by_family52": lambda p, c: _pick(p, _DE_FAMILY, 2),
    "by_given52": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 1),
    "sex_by52": lambda p, c: "m" if p.male else "w",
    "birthplace_by52": lambda p, c: _pick(p, _BY_BIRTH, 3),
    "street_by52": lambda p, c: f"{_place(p, _BY_PLACES)[0]} {_num(p, 60)}",
    "plz_by52": lambda p, c: _place(p, _BY_PLACES)[1],
    "town_by52": lambda p, c: _place(p, _BY_PLACES)[2],
    "phone_by52": lambda p, c: f"{_place(p, _BY_PLACES)[3]} {p.phone[4:10]}",
    "file_by52": lambda p, c: f"WG-{p.other_date.year}-{p.bhxh[-5:]}",
    "household_by52": lambda p, c: str(int(p.bhxh[2]) % 5 + 1),
    "euro_by52": lambda p, c: f"{_num(p, 500) + 80},{p.bhxh[-2:]}",
    "clerk_by52": lambda p, c: _pick(p, _BY_CLERKS, 4),
    "nir_mq52": lambda p, c: _nir(p),
    "mq_family52": lambda p, c: _pick(p, _MQ_FAMILY, 2).upper(),
    "mq_given52": lambda p, c: _by_sex(p, _MQ_GIVEN_M, _MQ_GIVEN_F, 1),
    "birthplace_mq52": lambda p, c: f"{_place(p, _MQ_PLACES)[2]} (972)",
    "street_mq52": lambda p, c: f"{_num(p, 80)} {_place(p, _MQ_PLACES)[0]}",
    "cp_mq52": lambda p, c: _place(p, _MQ_PLACES)[1],
    "commune_mq52": lambda p, c: _place(p, _MQ_PLACES)[2],
    "phone_mq52": lambda p, c: (
        f"0696 {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
        if int(p.bhxh) % 2
        else f"0596 {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "alloc_mq52": lambda p, c: f"AL{p.bhxh[-7:]}",
    "benef_mq52": lambda p, c: _pick(p, _MQ_BENEF, 3),
    "amount_mq52": lambda p, c: f"{_num(p, 700) + 100},{p.bhxh[-2:]} €",
    "rid_xj52": lambda p, c: _resident_id(p),
    "name_xj52": lambda p, c: _by_sex(p, _XJ_NAMES_M, _XJ_NAMES_F, 1),
    "ug_name_xj52": lambda p, c: _by_sex(p, _XJ_UG_M, _XJ_UG_F, 1),
    "sex_xj52": lambda p, c: "男" if p.male else "女",
    "ethnic_xj52": lambda p, c: _pick(p, ("维吾尔族", "维吾尔族", "维吾尔族", "乌孜别克族"), 2),
    "address_xj52": lambda p, c: _xj_address(p),
    "street_xj52": lambda p, c: _place(p, _XJ_PLACES)[3],
    "phone_xj52": lambda p, c: f"1{_pick(p, ('39', '38', '58', '80', '99'), 3)}{p.phone[2:10]}",
    "head_xj52": lambda p, c: _pick(p, _XJ_NAMES_M, 4),
    "relation_xj52": lambda p, c: _pick(p, ("户主", "配偶", "子", "女", "户主"), 5),
    "dibao_xj52": lambda p, c: f"{(_num(p, 6) + 1) * 110}",
    "since_xj52": lambda p, c: f"{p.other_date - timedelta(days=365 * (1 + _num(p, 5))):%Y-%m-%d}",
}
