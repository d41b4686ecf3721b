"""How the people of the forty-sixth part of the outside corpus (**blind 46**,
:mod:`lienthong.quality._corpus_blind46`) are written: four Vietnamese files' own columns (a
boarding-house lodger's home village and landlord, a district hospital's admission and
discharge, a pupil's school and parent, an employee's contract and wage) and Hungarian, Czech,
Cuban, Greenlandic and Puerto Rican names, addresses, phones and identity numbers in the forms
their cards show (the TAJ number's 3-7 digit, the személyi azonosító's mod 11 whose weights turn
round for people born from 1997, the rodné číslo divisible by 11 from 1954 and nine digits
before, the Cuban carné's century and sex digits, the CPR's mod 11 and odd digit for men, a Puerto
Rican SSN's area numbers)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.identifiers import make_cccd
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_people import _ascii, _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HOMETOWNS = (
    "Nghi Lộc, Nghệ An",
    "Hải Hậu, Nam Định",
    "Thái Thụy, Thái Bình",
    "Đức Phổ, Quảng Ngãi",
    "Cái Nước, Cà Mau",
    "Tuy Phước, Bình Định",
    "Krông Pắc, Đắk Lắk",
)
_VN_HOMES = (
    "Xóm 3, xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An",
    "Thôn Đông Hải, xã Hải Đông, huyện Hải Hậu, Nam Định",
    "Thôn Tân Phong, xã Thụy Liên, Thái Thụy, Thái Bình",
    "Tổ dân phố 2, phường Phổ Thạnh, tỉnh Quảng Ngãi",
    "Ấp Tân Hưng, xã Tân Hưng, huyện Cái Nước, tỉnh Cà Mau",
    "Thôn Phú Mỹ, xã Phước Hiệp, H. Tuy Phước, Bình Định",
    "Buôn Ea Kmar, xã Ea Kly, Krông Pắc, Đắk Lắk",
)
_VN_JOBS = (
    "Công nhân - Cty TNHH PouYuen VN",
    "Công nhân KCX Linh Trung",
    "Lao động tự do",
    "Sinh viên ĐH Công nghiệp",
    "Phụ hồ",
    "Giao hàng (shipper)",
    "Bán hàng",
)
_VN_LODGINGS = ("Nhà trọ Minh Phát", "Khu trọ bà Sáu", "Dãy trọ Hồng Phúc", "Nhà trọ 88")
_VN_RANKS = ("Thiếu úy", "Trung úy", "Thượng úy", "Đại úy")
_VN_VILLAGES = ("Thôn Trung Tiến", "Thôn Bắc Sơn", "Xóm 4", "Thôn Nam Thượng", "TDP 3")
_VN_COMMUNES = ("xã Thạch Long", "xã Thạch Sơn", "xã Thạch Kênh", "xã Thạch Liên", "TT Thạch Hà")
_VN_DEPTS = ("Khoa Nội", "Khoa Ngoại", "Khoa Sản", "Khoa Nhi", "Khoa HSCC", "Khoa YHCT-PHCN")
_VN_DIAGNOSES = (
    ("Viêm phổi", "J18.9"),
    ("Tăng huyết áp vô căn", "I10"),
    ("Đái tháo đường type 2", "E11.9"),
    ("Sốt xuất huyết Dengue", "A97.0"),
    ("Viêm dạ dày tá tràng", "K29.7"),
    ("Gãy kín đầu dưới xương quay", "S52.5"),
    ("Đẻ thường một thai", "O80"),
    ("Nhồi máu não", "I63.9"),
    ("COPD đợt cấp", "J44.1"),
)
_VN_OUTCOMES = ("Khỏi", "Đỡ, giảm", "Đỡ, giảm", "Không thay đổi", "Chuyển viện", "Nặng xin về")
_VN_PUPIL_VILLAGES = ("Thôn Giáng Nam 1", "Thôn Quá Giáng 1", "Thôn Nhơn Thọ 2", "Thôn Tân Hạnh")
_VN_SCHOOLS = ("Trường TH Số 1 Hòa Phước", "Trường THCS Nguyễn Bá Phát", "Trường THPT Phạm Phú Thứ")
_VN_PARENT_JOBS = ("Làm nông", "Công nhân", "Buôn bán nhỏ", "Làm thuê", "Ngư dân", "Nội trợ")
_VN_KINDS = ("Hộ nghèo", "Hộ cận nghèo", "HS giỏi", "Mồ côi cha", "Con thương binh", "HS giỏi")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Tày")
_VN_HOSPITALS = (
    "Bệnh viện Quận 7 (79-071)",
    "TTYT Quận Tân Phú (79-024)",
    "BV Đa khoa Hoàn Mỹ Sài Gòn (79-508)",
    "Trạm y tế phường Tân Thuận (79-166)",
)
_VN_TITLES = (
    "Công nhân may",
    "Nhân viên kế toán",
    "Trưởng phòng Nhân sự",
    "Kỹ sư cơ khí",
    "Lái xe",
    "Nhân viên bảo vệ",
)
_VN_CONTRACTS = ("HĐLĐ xác định thời hạn 12 tháng", "HĐLĐ không xác định thời hạn", "HĐLĐ 36 tháng")

_HU_FAMILY = ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Szőke", "Fekete")
_HU_GIVEN_M = ("László", "István", "József", "Zoltán", "Gábor", "Ferenc", "Lőrinc", "Ödön")
_HU_GIVEN_F = ("Mária", "Erzsébet", "Katalin", "Éva", "Zsuzsanna", "Ágnes", "Gyöngyi", "Tünde")
_HU_STREETS = (
    ("6720", "Kárász utca 6. fsz. 2."),
    ("6722", "Tisza Lajos krt. 41. 2/8."),
    ("6723", "Csongrádi sgt. 67. 10/32."),
    ("6721", "Petőfi Sándor sgt. 23/B"),
    ("6724", "Szentháromság u. 40."),
    ("6725", "Kossuth Lajos sgt. 112. 4. em. 15."),
)
_HU_BIRTHPLACES = ("Szeged", "Hódmezővásárhely", "Makó", "Budapest", "Szentes", "Kecskemét")
_HU_NOTES = ("", "Közgyógyellátott", "Házi szakápolás", "Gyógyszerallergia: penicillin", "")

#: (man's surname, woman's surname)
_CZ_FAMILY = (
    ("Novák", "Nováková"),
    ("Svoboda", "Svobodová"),
    ("Novotný", "Novotná"),
    ("Dvořák", "Dvořáková"),
    ("Černý", "Černá"),
    ("Procházka", "Procházková"),
    ("Němec", "Němcová"),
)
_CZ_GIVEN_M = ("Jiří", "Jan", "Petr", "Josef", "Zdeněk", "Václav", "Tomáš")
_CZ_GIVEN_F = ("Marie", "Jana", "Věra", "Hana", "Zdeňka", "Lenka", "Jaroslava")
_CZ_PLACES = (
    ("Cejl 35", "Brno", "602 00"),
    ("Kounicova 684/12", "Brno", "602 00"),
    ("Svitavská 21", "Blansko", "678 01"),
    ("Masarykovo nám. 4", "Vyškov", "682 01"),
    ("Národní třída 15", "Hodonín", "695 01"),
    ("Jiráskova 3", "Břeclav", "690 02"),
    ("Pražská 1220/8", "Znojmo", "669 02"),
)
_CZ_INSURERS = ("111 - VZP ČR", "201 - VoZP", "205 - ČPZP", "207 - OZP", "211 - ZPMV")
_CZ_LEVELS = ("I (lehká)", "II (středně těžká)", "III (těžká)", "IV (úplná)")

_CU_GIVEN_M = ("Yoandri", "Yunior", "Osmany", "Dayron", "Reinier", "Ernesto", "Lázaro")
_CU_GIVEN_F = ("Yusleidy", "Yanelis", "Odalys", "Mileidys", "Yaritza", "Dayana", "Marisela")
_CU_FAMILY = ("Pérez", "Rodríguez", "González", "Hernández", "Díaz", "Fernández", "Castro")
#: (dirección, consejo popular, municipio, provincia)
_CU_PLACES = (
    ("Calle 23 No. 456 e/ L y M", "Vedado", "Plaza de la Revolución", "La Habana"),
    (
        "San Lázaro No. 1065 apto. 4 e/ Infanta y Basarrate",
        "Cayo Hueso",
        "Centro Habana",
        "La Habana",
    ),
    ("Zona 6 Edif. 14 apto. 8", "Alamar Este", "Habana del Este", "La Habana"),
    ("Calle Independencia No. 87 e/ Gómez y Maceo", "Centro", "Santa Clara", "Villa Clara"),
    (
        "Calle Heredia No. 215 e/ Calvario y Carnicería",
        "Los Maceo",
        "Santiago de Cuba",
        "Santiago de Cuba",
    ),
)
_CU_GROUPS = ("I", "II", "II", "III", "IV")
_CU_RISKS = ("HTA", "DM tipo 2", "Asma bronquial", "Fumador", "Ninguno", "HTA, DM tipo 2")

_GL_GIVEN_M = ("Aputsiaq", "Malik", "Nuka", "Inunnguaq", "Kaali", "Pavia", "Hans")
_GL_GIVEN_F = ("Naja", "Pipaluk", "Ivalu", "Nivi", "Aviaja", "Paninnguaq", "Karen")
_GL_FAMILY = ("Kleist", "Lynge", "Olsen", "Berthelsen", "Heilmann", "Kreutzmann", "Egede")
_GL_PLACES = (
    ("Aqqusinersuaq 4, 2. th.", "3900", "Nuuk"),
    ("Qernertunnguit 8", "3900", "Nuuk"),
    ("Issortarfimmut 12, lejl. 104", "3905", "Nuussuaq"),
    ("Aqqartarfik 3", "3911", "Sisimiut"),
    ("Kussangajannguaq 11", "3952", "Ilulissat"),
    ("Anders Olsenip Aqq. 7", "3920", "Qaqortoq"),
)
_GL_EMPLOYERS = ("Royal Greenland A/S", "Kommuneqarfik Sermersooq", "Air Greenland", "", "KNI A/S")
_GL_NOTES = ("", "Bor hos familie", "Ønsker kun Nuuk", "Mangler lønsedler", "")

_PR_GIVEN_M = ("José Luis", "Yadiel", "Héctor", "Luis Ángel", "Jorge", "Edwin")
_PR_GIVEN_F = ("Carmen Iris", "Nilda", "Yamilet", "Wanda", "Glorimar", "Maritza")
_PR_FAMILY = ("Rivera Ortiz", "Rodríguez Cruz", "Santiago Colón", "Vázquez Torres", "Cruz Meléndez")
_PR_PLACES = (
    ("Urb. Villa Carolina, Calle 45 Bloque 12 #7", "Carolina", "00985"),
    ("Calle Loíza 1905, Apt. 3B", "San Juan", "00911"),
    ("Urb. Las Lomas, Calle 31 SO #1654", "San Juan", "00921"),
    ("Bo. Mameyes, Carr. 172 Km 3.4", "Caguas", "00725"),
    ("Res. Las Américas, Edif. 8 Apt. 120", "Ponce", "00717"),
    ("Urb. Santa Rosa, Calle 9 #B-14", "Bayamón", "00959"),
)
_PR_STATUS = ("Activo / Active", "Activo / Active", "Pendiente / Pending", "Cerrado / Closed")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _years_on(d: date, years: int) -> date:
    """``d`` moved by whole years (29 February falls back to 28 February)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def _stay(p: Person) -> int:
    """Days in hospital, one to fourteen."""
    return _num(p, 14)


def _admitted(p: Person) -> datetime:
    d = p.other_date - timedelta(days=_stay(p))
    return datetime(d.year, d.month, d.day)


def _cost(p: Person) -> int:
    return (_num(p, 90) + 4) * 55_000


def _pupil_birth(p: Person) -> date:
    """A pupil's birthday: the person's day and month, in a school year 2008-2019."""
    return date(2008 + p.birth.year % 12, p.birth.month, min(p.birth.day, 28))


def _grade(p: Person) -> int:
    return 2025 - _pupil_birth(p).year - 5


def _parent_male(p: Person) -> bool:
    return int(p.bhxh) // 13 % 3 != 0


def _parent_year(p: Person) -> int:
    return _pupil_birth(p).year - 22 - _num(p, 14)


def _taj(p: Person) -> str:
    """A TAJ number ``037 687 718``: eight digits and their 3-7-3-7 weighted digit."""
    digits = [int(ch) for ch in p.bhxh[1:9]]
    check = sum(d * (3 if i % 2 == 0 else 7) for i, d in enumerate(digits)) % 10
    text = p.bhxh[1:9] + str(check)
    return f"{text[:3]} {text[3:6]} {text[6:]}"


def _szemelyi(p: Person) -> str:
    """A személyi azonosító: sex-and-century digit, YYMMDD, serial, and the mod 11 digit with
    weights 1..10 for people born before 1997 and 10..1 from then on."""
    first = (1 if p.male else 2) if p.birth.year < 2000 else (3 if p.male else 4)
    weights = range(1, 11) if p.birth < date(1997, 1, 1) else range(10, 0, -1)
    for bump in range(11):
        head = f"{first}{p.birth:%y%m%d}{(int(p.bhxh[:3]) + bump) % 1000:03d}"
        check = sum(int(d) * w for d, w in zip(head, weights, strict=True)) % 11
        if check < 10:
            return head + str(check)
    return head + "0"


def _rodne_cislo(p: Person) -> str:
    """A rodné číslo ``YYMMDD/XXXX`` (women's month plus 50): divisible by 11 from 1954 on,
    nine digits with no check digit before."""
    stem = f"{p.birth:%y}{p.birth.month + (0 if p.male else 50):02d}{p.birth:%d}"
    if p.birth.year < 1954:
        return f"{stem}/{p.bhxh[:3]}"
    for bump in range(11):
        serial = f"{(int(p.bhxh[:3]) + bump) % 1000:03d}"
        rest = int(stem + serial) % 11
        if rest < 10:
            return f"{stem}/{serial}{rest}"
    return f"{stem}/{p.bhxh[:3]}0"


def _cz_family(p: Person) -> str:
    return _CZ_FAMILY[int(p.bhxh) // 23 % len(_CZ_FAMILY)][0 if p.male else 1]


def _carne(p: Person) -> str:
    """A Cuban carné de identidad: YYMMDD, a century digit (0-5 for the 1900s, 6-8 for the
    2000s), two serial digits, a sex digit (even for men) and a last digit."""
    century = int(p.bhxh[0]) % 6 if p.birth.year < 2000 else 6 + int(p.bhxh[0]) % 3
    sex = int(p.bhxh[3]) // 2 * 2 + (0 if p.male else 1)
    return f"{p.birth:%y%m%d}{century}{p.bhxh[1:3]}{sex}{p.bhxh[4]}"


def _cu_full(p: Person) -> str:
    given = _by_sex(p, _CU_GIVEN_M, _CU_GIVEN_F, 1)
    return f"{given} {_pick(p, _CU_FAMILY, 2)} {_pick(p, _CU_FAMILY, 3)}"


def _age(p: Person) -> int:
    as_of = date(2026, 1, 1)
    return as_of.year - p.birth.year - ((as_of.month, as_of.day) < (p.birth.month, p.birth.day))


def _cpr(p: Person) -> str:
    """A CPR number ``DDMMYY-SSSS``: the seventh digit 0-3 for the 1900s and 4 for 2000-2036,
    mod 11 over weights 4,3,2,7,6,5,4,3,2,1, the last digit odd for men."""
    first = int(p.bhxh[0]) % 4 if p.birth.year < 2000 else 4
    stem = f"{p.birth:%d%m%y}{first}"
    for bump in range(1000):
        text = f"{stem}{(int(p.bhxh[1:4]) + bump) % 1000:03d}"
        total = sum(int(d) * w for d, w in zip(text, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True))
        if total % 11 == 0 and int(text[-1]) % 2 == (1 if p.male else 0):
            return f"{text[:6]}-{text[6:]}"
    return f"{stem[:6]}-{first}{p.bhxh[1:4]}"


def _ssn_pr(p: Person) -> str:
    """A Social Security number with one of Puerto Rico's area numbers (580-584, 596-599)."""
    area = (580, 581, 582, 583, 584, 596, 597, 598, 599)[int(p.bhxh) % 9]
    group = int(p.bhxh[:2]) % 99 + 1
    serial = int(p.bhxh[2:6]) % 9999 + 1
    return f"{area}-{group:02d}-{serial:04d}"


def _pr_given(p: Person) -> str:
    return _by_sex(p, _PR_GIVEN_M, _PR_GIVEN_F, 1)


def _pr_email(p: Person) -> str:
    given = _ascii(_pr_given(p).split()[0]).lower()
    family = _ascii(_pick(p, _PR_FAMILY, 2).split()[0]).lower()
    return f"{given}.{family}{p.bhxh[-2:]}@{_pick(p, ('gmail.com', 'yahoo.com', 'hotmail.com'))}"


WRITERS_BLIND46: dict[str, Callable[[Person, Col], object]] = {
    "hometown46": lambda p, c: _pick(p, _VN_HOMETOWNS, 3),
    "home46": lambda p, c: _pick(p, _VN_HOMES, 4),
    "job46": lambda p, c: _pick(p, _VN_JOBS, 2),
    "lodging46": lambda p, c: _pick(p, _VN_LODGINGS, 5),
    "lodging_addr46": lambda p, c: f"Phòng {_num(p, 24)}, {p.address}",
    "landlord46": lambda p, c: _other_vn(p, 5),
    "landlord_phone46": lambda p, c: _other_phone(p, "090"),
    "until46": lambda p, c: _written(_years_on(p.other_date, 1 + int(p.bhxh) % 2), c.date_format),
    "officer46": lambda p, c: f"{_pick(p, _VN_RANKS, 6)} {_other_vn(p, 7, True)}",
    "residence46": lambda p, c: _pick(p, ("Đang tạm trú", "Đang tạm trú", "Đã chuyển đi"), 7),
    "pid46": lambda p, c: f"25.{p.bhxh[-6:]}",
    "admission46": lambda p, c: f"{p.bhxh[-5:]}/25",
    "rural_addr46": lambda p, c: (
        f"{_pick(p, _VN_VILLAGES, 2)}, {_pick(p, _VN_COMMUNES, 3)}, huyện Thạch Hà, Hà Tĩnh"
    ),
    "dept46": lambda p, c: _pick(p, _VN_DEPTS, 4),
    "admit46": lambda p, c: _admitted(p),
    "days46": lambda p, c: _stay(p),
    "diag46": lambda p, c: _pick(p, tuple(d for d, _ in _VN_DIAGNOSES), 5),
    "icd46": lambda p, c: _pick(p, tuple(i for _, i in _VN_DIAGNOSES), 5),
    "outcome46": lambda p, c: _pick(p, _VN_OUTCOMES, 6),
    "doctor46": lambda p, c: f"BSCKI. {_other_vn(p, 8)}",
    "cost46": lambda p, c: _cost(p),
    "paid46": lambda p, c: _cost(p) * 4 // 5,
    "kin46": lambda p, c: _other_vn(p, 9),
    "kin_phone46": lambda p, c: _other_phone(p, "098"),
    "pupil_birth46": lambda p, c: _written(_pupil_birth(p), c.date_format),
    "pupil_cccd46": lambda p, c: make_cccd(
        p.cccd[:3], "male" if p.male else "female", _pupil_birth(p).year, int(p.bhxh[-6:])
    ),
    "class46": lambda p, c: f"{_grade(p)}/{_num(p, 4)}",
    "school46": lambda p, c: _VN_SCHOOLS[0 if _grade(p) <= 5 else 1 if _grade(p) <= 9 else 2],
    "pupil_addr46": lambda p, c: (
        f"{_pick(p, _VN_PUPIL_VILLAGES, 2)}, xã Hòa Phước, huyện Hòa Vang, TP. Đà Nẵng"
    ),
    "parent46": lambda p, c: (
        _vn_name(p, True, p.family, 3) if _parent_male(p) else _other_vn(p, 4, False)
    ),
    "parent_year46": lambda p, c: str(_parent_year(p)),
    "parent_job46": lambda p, c: _pick(p, _VN_PARENT_JOBS, 5),
    "parent_cccd46": lambda p, c: make_cccd(
        p.cccd[:3], "male" if _parent_male(p) else "female", _parent_year(p), int(p.bhxh[:6])
    ),
    "parent_phone46": lambda p, c: _other_phone(p, "097"),
    "kind46": lambda p, c: _pick(p, _VN_KINDS, 6),
    "gpa46": lambda p, c: f"{7 + _num(p, 30) / 10:.1f}".replace(".", ","),
    "award46": lambda p, c: _pick(p, ("500.000", "700.000", "1.000.000"), 7),
    "nation46": lambda p, c: "Việt Nam",
    "ethnic46": lambda p, c: _pick(p, _VN_ETHNIC, 3),
    "kcb46": lambda p, c: _pick(p, _VN_HOSPITALS, 4),
    "title46": lambda p, c: _pick(p, _VN_TITLES, 5),
    "wage46": lambda p, c: f"{(_num(p, 150) + 53) * 100_000:,}".replace(",", "."),
    "allow46": lambda p, c: _pick(p, ("", "", "500.000", "1.200.000"), 6),
    "contract46": lambda p, c: _pick(p, _VN_CONTRACTS, 7),
    "from46": lambda p, c: f"{p.other_date:%m/%Y}",
    "plan46": lambda p, c: _pick(p, ("TM", "TM", "TM", "DC"), 8),
    "taj46": lambda p, c: _taj(p),
    "szemazon46": lambda p, c: _szemelyi(p),
    "hu_family46": lambda p, c: _pick(p, _HU_FAMILY, 2),
    "hu_given46": lambda p, c: _by_sex(p, _HU_GIVEN_M, _HU_GIVEN_F, 1),
    "hu_mother46": lambda p, c: f"{_pick(p, _HU_FAMILY, 4)} {_pick(p, _HU_GIVEN_F, 5)}",
    "hu_birthplace46": lambda p, c: _pick(p, _HU_BIRTHPLACES, 3),
    "sex_hu46": lambda p, c: "férfi" if p.male else "nő",
    "hu_addr46": lambda p, c: "{} Szeged, {}".format(*_place(p, _HU_STREETS)),
    "phone_hu46": lambda p, c: (
        f"+36 {_pick(p, ('20', '30', '70'), 6)} {p.phone[3:6]} {p.phone[6:10]}"
        if int(p.bhxh) % 4
        else f"06-62/{p.phone[4:7]}-{p.phone[7:10]}"
    ),
    "hu_doctor46": lambda p, c: _pick(p, ("Dr. Kelemen Ágnes", "Dr. Bartók Zsolt"), 7),
    "hu_note46": lambda p, c: _pick(p, _HU_NOTES, 8),
    "rc46": lambda p, c: _rodne_cislo(p),
    "cz_family46": lambda p, c: _cz_family(p),
    "cz_given46": lambda p, c: _by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F, 1),
    "cz_title46": lambda p, c: _pick(p, ("", "", "Ing.", "", "Mgr.", "", "Bc.", "MUDr."), 3),
    "sex_cz46": lambda p, c: "muž" if p.male else "žena",
    "cz_street46": lambda p, c: _place(p, _CZ_PLACES)[0],
    "cz_obec46": lambda p, c: _place(p, _CZ_PLACES)[1],
    "cz_psc46": lambda p, c: _place(p, _CZ_PLACES)[2],
    "phone_cz46": lambda p, c: (
        f"+420 {_pick(p, ('602', '604', '731', '736', '777'), 8)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "cz_insurer46": lambda p, c: _pick(p, _CZ_INSURERS, 4),
    "cz_level46": lambda p, c: _pick(p, _CZ_LEVELS, 5),
    "cz_contact46": lambda p, c: (
        f"{_pick(p, _CZ_GIVEN_F, 6)} {_CZ_FAMILY[int(p.bhxh) // 23 % 7][1]} (dcera)"
    ),
    "cz_officer46": lambda p, c: _pick(p, ("Mgr. Petra Malá", "Bc. Lucie Hrubá", "Ivana Kos"), 7),
    "ci_cu46": lambda p, c: _carne(p),
    "cu_full46": lambda p, c: _cu_full(p),
    "sex_cu46": lambda p, c: "M" if p.male else "F",
    "age46": lambda p, c: str(_age(p)),
    "cu_street46": lambda p, c: _place(p, _CU_PLACES)[0],
    "cu_cp46": lambda p, c: _place(p, _CU_PLACES)[1],
    "cu_mun46": lambda p, c: _place(p, _CU_PLACES)[2],
    "cu_prov46": lambda p, c: _place(p, _CU_PLACES)[3],
    "cu_cmf46": lambda p, c: f"CMF No. {_num(p, 40)}",
    "cu_group46": lambda p, c: _pick(p, _CU_GROUPS, 4),
    "cu_risk46": lambda p, c: _pick(p, _CU_RISKS, 5),
    "phone_cu46": lambda p, c: (
        f"5{p.phone[3:10]}" if int(p.bhxh) % 3 else f"7 8{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "cu_doctor46": lambda p, c: f"Dra. {_pick(p, _CU_GIVEN_F, 6)} {_pick(p, _CU_FAMILY, 7)}",
    "cpr_gl46": lambda p, c: _cpr(p),
    "gl_given46": lambda p, c: _by_sex(p, _GL_GIVEN_M, _GL_GIVEN_F, 1),
    "gl_family46": lambda p, c: _pick(p, _GL_FAMILY, 2),
    "sex_gl46": lambda p, c: "M" if p.male else "K",
    "gl_street46": lambda p, c: _place(p, _GL_PLACES)[0],
    "gl_post46": lambda p, c: _place(p, _GL_PLACES)[1],
    "gl_town46": lambda p, c: _place(p, _GL_PLACES)[2],
    "phone_gl46": lambda p, c: (
        f"+299 {_pick(p, ('2', '4', '5', '3'), 3)}{p.phone[4]} {p.phone[5:7]} {p.phone[7:9]}"
    ),
    "gl_home46": lambda p, c: _pick(p, ("1-rums", "2-rums", "3-rums", "Ældrebolig"), 4),
    "gl_persons46": lambda p, c: str(_num(p, 6)),
    "gl_employer46": lambda p, c: _pick(p, _GL_EMPLOYERS, 5),
    "gl_note46": lambda p, c: _pick(p, _GL_NOTES, 6),
    "ssn_pr46": lambda p, c: _ssn_pr(p),
    "pr_given46": lambda p, c: _pr_given(p),
    "pr_family46": lambda p, c: _pick(p, _PR_FAMILY, 2),
    "sex_pr46": lambda p, c: "M" if p.male else "F",
    "pr_street46": lambda p, c: _place(p, _PR_PLACES)[0],
    "pr_mun46": lambda p, c: _place(p, _PR_PLACES)[1],
    "pr_zip46": lambda p, c: _place(p, _PR_PLACES)[2],
    "phone_pr46": lambda p, c: f"({_pick(p, ('787', '939'), 3)}) {p.phone[3:6]}-{p.phone[6:10]}",
    "email_pr46": lambda p, c: _pr_email(p),
    "pr_case46": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:9]}",
    "pr_household46": lambda p, c: str(_num(p, 7)),
    "pr_benefit46": lambda p, c: f"$ {(_num(p, 60) + 8) * 9}.00",
    "pr_status46": lambda p, c: _pick(p, _PR_STATUS, 4),
    "pr_worker46": lambda p, c: _pick(p, ("Sra. Marisol Vega", "Sr. Ángel Cintrón"), 5),
}
