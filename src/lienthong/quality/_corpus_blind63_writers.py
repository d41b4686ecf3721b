"""How the people of the sixty-third part of the outside corpus (**blind 63**,
:mod:`lienthong.quality._corpus_blind63`) are written: four Vietnamese files' own columns (a
near-poor household's scores, a school-bus driver's licence and route, an insured patient's
referral, a land compensation payment and its proxy) and Italian, Czech, Russian, Manitoban and
South African names, addresses, phones and identity numbers in the forms their cards show (the
codice fiscale's check letter, the rodné číslo divisible by 11, the СНИЛС's two-digit check, the
16-digit ENP with its check digit, the South African ID's Luhn digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_NEAR_POOR = ("Hộ cận nghèo", "Hộ cận nghèo", "Hộ mới thoát nghèo", "Hộ cận nghèo (mới)")
_VN_LACKS = ("Y tế; Việc làm", "Nhà ở", "Nước sạch và vệ sinh", "Giáo dục; Thông tin", "")
_VN_BUS_SCHOOLS = (
    "Trường TH Lê Văn Tám",
    "Trường THCS Nguyễn Du",
    "Trường MN Họa Mi",
    "Trường TH&THCS Tân Hiệp",
)
_VN_ROUTES = (
    "Tuyến 1: Ấp 3 - Chợ Hóc Môn - Trường",
    "Tuyến 2: KDC Tân Thới Nhì - Trường",
    "Tuyến 3: Ngã tư Bảy Hiền - Trường",
    "Tuyến 4: Xã Xuân Thới Sơn - Trường",
)
_VN_CARRIERS = ("Cty TNHH VT Phương Nam", "HTX Vận tải Quyết Tiến", "Cty CP Xe khách Sài Gòn")
_VN_FACILITIES = (
    ("79071", "TTYT huyện Hóc Môn"),
    ("79073", "BV Quận Gò Vấp"),
    ("79457", "TYT xã Bà Điểm"),
    ("79012", "BV Đa khoa khu vực Củ Chi"),
    ("79101", "Phòng khám ĐK Tân Hiệp"),
)
_VN_ICD = ("I10 - Tăng huyết áp", "E11 - Đái tháo đường typ 2", "J18 - Viêm phổi", "K35 - VRT cấp")
_VN_LAND = ("ONT", "CLN", "LUC", "BHK", "ONT+CLN")
_VN_PROJECTS = ("Dự án mở rộng QL22", "Dự án Vành đai 3", "Dự án KDC Tân Thới Nhì")
_IT_FAMILY = ("Rossi", "Bianchi", "Colombo", "Ferrari", "Brambilla", "Galli", "Sala", "Villa")
_IT_GIVEN_M = ("Giuseppe", "Marco", "Luca", "Alessandro", "Giovanni", "Pietro", "Matteo")
_IT_GIVEN_F = ("Maria", "Giulia", "Francesca", "Chiara", "Lucia", "Elena", "Anna")
#: (street, CAP, comune, provincia, cadastral code)
_IT_PLACES = (
    ("Via Giuseppe Mazzini 14", "20123", "Milano", "MI", "F205"),
    ("Corso Garibaldi 52/B", "24121", "Bergamo", "BG", "A794"),
    ("Piazza della Loggia 3", "25121", "Brescia", "BS", "B157"),
    ("Viale Varese 110, int. 4", "22100", "Como", "CO", "C933"),
    ("Via Roma 8", "27100", "Pavia", "PV", "G388"),
)
_IT_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24)
_IT_ODD_Z = 23
_CZ_FAMILY_M = ("Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý")
_CZ_FAMILY_F = ("Nováková", "Svobodová", "Dvořáková", "Černá", "Procházková", "Kučerová")
_CZ_GIVEN_M = ("Jiří", "Jan", "Petr", "Josef", "Pavel", "Tomáš", "Václav")
_CZ_GIVEN_F = ("Jana", "Marie", "Eva", "Hana", "Anna", "Lenka", "Věra")
_CZ_PLACES = (
    ("Vinohradská 1511/28", "Praha 2", "120 00", "Hlavní město Praha"),
    ("Americká 42", "Plzeň", "301 00", "Plzeňský kraj"),
    ("Lannova tř. 1127/9", "České Budějovice", "370 01", "Jihočeský kraj"),
    ("Masarykova 356", "Hradec Králové", "500 02", "Královéhradecký kraj"),
    ("Pražská 2216/14", "Ústí nad Labem", "400 01", "Ústecký kraj"),
)
_CZ_INSURERS = ("111 VZP ČR", "201 VoZP", "205 ČPZP", "207 OZP", "211 ZPMV")
_RU_FAMILY = ("Иванов", "Смирнов", "Кузнецов", "Соколов", "Морозов", "Волков", "Лебедев")
_RU_GIVEN_M = ("Александр", "Сергей", "Дмитрий", "Андрей", "Николай", "Михаил")
_RU_GIVEN_F = ("Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана")
_RU_FATHERS = ("Александров", "Сергеев", "Владимиров", "Николаев", "Петров", "Иванов")
_RU_PLACES = (
    "603005, г. Нижний Новгород, ул. Большая Покровская, д. 12, кв. 5",
    "603093, г. Нижний Новгород, ул. Родионова, д. 165, корп. 2, кв. 48",
    "606000, Нижегородская обл., г. Дзержинск, пр-т Циолковского, д. 9, кв. 101",
    "607220, Нижегородская обл., г. Арзамас, ул. Калинина, д. 30",
    "603146, г. Нижний Новгород, ул. Бекетова, д. 40, кв. 17",
)
_RU_INSURERS = ("АО «Страховая компания «СОГАЗ-Мед»", "ООО «Капитал МС»", "ООО «Ингосстрах-М»")
_MB_FAMILY = ("Thompson", "Friesen", "Chartrand", "Klassen", "Sinclair", "Bouchard", "Penner")
_MB_GIVEN_M = ("Robert", "Jean-Marc", "Kyle", "Daniel", "Arnold", "Tyler")
_MB_GIVEN_F = ("Susan", "Marie-Claire", "Brittany", "Linda", "Nathalie", "Kaitlyn")
_MB_PLACES = (
    ("220 Portage Ave, Unit 1204", "Winnipeg", "R3C 0A5"),
    ("153 Rue Marion", "Winnipeg", "R2H 0T3"),
    ("1045 Rosser Ave", "Brandon", "R7A 0L5"),
    ("34 Main St N", "Steinbach", "R5G 1Z3"),
    ("412 Saskatchewan Ave E", "Portage la Prairie", "R1N 0L2"),
)
_ZA_FAMILY = ("Dlamini", "Nkosi", "Van der Merwe", "Botha", "Mokoena", "Khumalo", "Naidoo")
_ZA_GIVEN_M = ("Sipho Themba", "Johannes", "Thabo", "Pieter Willem", "Mandla", "Tshepo")
_ZA_GIVEN_F = ("Nomvula", "Anna Magdalena", "Lerato", "Zanele", "Thandeka", "Elmarie")
_ZA_PLACES = (
    ("12 Vilakazi Street", "Orlando West", "Soweto", "1804"),
    ("45 Church Street", "Arcadia", "Pretoria", "0083"),
    ("Stand 3321, Extension 4", "Tembisa", "Ekurhuleni", "1632"),
    ("8 Rivonia Road", "Sandton", "Johannesburg", "2196"),
    ("107 Voortrekker Road", "Boksburg North", "Boksburg", "1459"),
)


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _cf_part(name: str, given: bool) -> str:
    """Three letters of a name as the codice fiscale takes them (consonants first)."""
    letters = [ch for ch in name.upper() if ch.isalpha() and ch.isascii()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vow = [ch for ch in letters if ch in "AEIOU"]
    if given and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return "".join([*cons, *vow, "X", "X", "X"][:3])


def _codice_fiscale(p: Person) -> str:
    """An Italian codice fiscale: surname, name, year, month letter, day (+40 for women), the
    comune's cadastral code and the check letter of the odd/even tables."""
    family = _pick(p, _IT_FAMILY, 2)
    given = _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 1)
    day = p.birth.day + (0 if p.male else 40)
    head = (
        f"{_cf_part(family, False)}{_cf_part(given, True)}{p.birth:%y}"
        f"{'ABCDEHLMPRST'[p.birth.month - 1]}{day:02d}{_place(p, _IT_PLACES)[4]}"
    )
    total = 0
    for i, ch in enumerate(head):
        k = int(ch) if ch.isdigit() else ord(ch) - 65
        if i % 2 == 0:
            total += _IT_ODD_Z if ch == "Z" else _IT_ODD[k] if k < 25 else 0
        else:
            total += k
    return head + chr(65 + total % 26)


def _rodne_cislo(p: Person) -> str:
    """A Czech rodné číslo ``YYMMDD/XXXX`` (women's month + 50), the ten digits divisible by 11;
    nine digits for those born before 1954."""
    month = p.birth.month + (0 if p.male else 50)
    head = f"{p.birth:%y}{month:02d}{p.birth:%d}"
    if p.birth.year < 1954:
        return f"{head}/{p.bhxh[:3]}"
    body = int(head + p.bhxh[:3])
    check = body % 11 % 10
    return f"{head}/{p.bhxh[:3]}{check}"


def _snils(p: Person) -> str:
    """A СНИЛС ``123-456-789 01``: nine digits and their weighted sum mod 101 (100 reads 00)."""
    digits = f"{int(p.bhxh[:9]) % 998_000_000 + 2_000_000:09d}"
    total = sum(int(ch) * w for ch, w in zip(digits, range(9, 0, -1), strict=True))
    check = total % 101 % 100
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]} {check:02d}"


def _enp(p: Person) -> str:
    """A 16-digit единый номер полиса ОМС of the Nizhny Novgorod region (52), its last digit a
    Luhn-style check."""
    return _luhn(f"52{p.bhxh[::-1]}{p.bhxh[2:5]}")


def _sa_id(p: Person) -> str:
    """A South African ID ``YYMMDD SSSS C A Z``: gender digits 5000+ for men, citizen 0 or
    resident 1, the 8, and the Luhn digit."""
    seq = int(p.bhxh[:4]) % 5000 + (5000 if p.male else 0)
    cit = 1 if int(p.bhxh) % 13 == 0 else 0
    return _luhn(f"{p.birth:%y%m%d}{seq:04d}{cit}8")


def _phin(p: Person) -> str:
    return f"{1 + int(p.bhxh[0]) % 9}{p.bhxh[1:9]}"


WRITERS_BLIND63: dict[str, Callable[[Person, Col], object]] = {
    "hh_code63": lambda p, c: f"CN-{p.bhxh[-4:]}",
    "members63": lambda p, c: str(_num(p, 7) + 1),
    "income_pts63": lambda p, c: str(_num(p, 40) * 5 + 120),
    "lack_pts63": lambda p, c: str(_num(p, 4) * 10),
    "total_pts63": lambda p, c: str(_num(p, 40) * 5 + 120 + _num(p, 4) * 10),
    "near_poor63": lambda p, c: _pick(p, _VN_NEAR_POOR, 3),
    "lacks63": lambda p, c: _pick(p, _VN_LACKS, 4),
    "to_dp63": lambda p, c: f"Tổ {_num(p, 30)}",
    "bus_role63": lambda p, c: "Lái xe" if p.male else "Nhân viên đưa đón (bảo mẫu)",
    "licence_class63": lambda p, c: _pick(p, ("D", "E", "D2", "—"), 2) if p.male else "—",
    "licence_no63": lambda p, c: f"79{p.bhxh}" if p.male else "",
    "bus_plate63": lambda p, c: f"51B-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}",
    "bus_school63": lambda p, c: _pick(p, _VN_BUS_SCHOOLS, 3),
    "route63": lambda p, c: _pick(p, _VN_ROUTES, 5),
    "carrier63": lambda p, c: _pick(p, _VN_CARRIERS, 4),
    "patient63": lambda p, c: f"BN{p.bhxh[-8:]}",
    "kcb_first63": lambda p, c: _place(p, _VN_FACILITIES)[0],
    "referrer63": lambda p, c: _pick(p, tuple(f[1] for f in _VN_FACILITIES), 6),
    "referral_no63": lambda p, c: f"{_num(p, 900) + 100}/GCT",
    "discharge63": lambda p, c: f"{p.other_date + timedelta(days=_num(p, 12) + 1):%d/%m/%Y}",
    "icd63": lambda p, c: _pick(p, _VN_ICD, 2),
    "cost63": lambda p, c: f"{int(p.amount) * 3:,}".replace(",", "."),
    "bhyt_paid63": lambda p, c: f"{int(p.amount) * 3 * 4 // 5:,}".replace(",", "."),
    "copay63": lambda p, c: f"{int(p.amount) * 3 // 5:,}".replace(",", "."),
    "plot63": lambda p, c: str(_num(p, 400) + 12),
    "sheet63": lambda p, c: str(_num(p, 45) + 1),
    "area63": lambda p, c: f"{_num(p, 900) + 20},{p.bhxh[-1]}",
    "land_type63": lambda p, c: _pick(p, _VN_LAND, 2),
    "project63": lambda p, c: _pick(p, _VN_PROJECTS, 5),
    "proxy63": lambda p, c: _other_vn(p, 3),
    "proxy_cccd63": lambda p, c: f"0{p.cccd[1:3]}{p.bhxh[::-1][:9]}",
    "proxy_rel63": lambda p, c: _pick(p, ("Con", "Vợ", "Chồng", "Em ruột", "Cháu"), 4),
    "proxy_phone63": lambda p, c: _other_phone(p, "097"),
    "poa_no63": lambda p, c: f"{_num(p, 500) + 10}/2025/UQ",
    "cf_it63": lambda p, c: _codice_fiscale(p),
    "it_family63": lambda p, c: _pick(p, _IT_FAMILY, 2),
    "it_given63": lambda p, c: _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 1),
    "sex_it63": lambda p, c: "M" if p.male else "F",
    "birthplace_it63": lambda p, c: _place(p, _IT_PLACES)[2],
    "street_it63": lambda p, c: _place(p, _IT_PLACES)[0],
    "cap_it63": lambda p, c: _place(p, _IT_PLACES)[1],
    "comune_it63": lambda p, c: _place(p, _IT_PLACES)[2],
    "prov_it63": lambda p, c: _place(p, _IT_PLACES)[3],
    "crs_it63": lambda p, c: f"80380{p.bhxh}{p.bhxh[-5:]}",
    "phone_it63": lambda p, c: f"+39 3{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "doctor_it63": lambda p, c: f"Dott. {_pick(p, _IT_FAMILY, 5)}",
    "ats_it63": lambda p, c: _pick(
        p, ("ATS Città Metropolitana", "ATS Bergamo", "ATS Insubria"), 3
    ),
    "rc_cz63": lambda p, c: _rodne_cislo(p),
    "cz_family63": lambda p, c: _by_sex(p, _CZ_FAMILY_M, _CZ_FAMILY_F, 2),
    "cz_given63": lambda p, c: _by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F, 1),
    "title_cz63": lambda p, c: _pick(p, ("", "Ing.", "", "Mgr.", "", "MUDr."), 3),
    "sex_cz63": lambda p, c: "muž" if p.male else "žena",
    "street_cz63": lambda p, c: _place(p, _CZ_PLACES)[0],
    "obec_cz63": lambda p, c: _place(p, _CZ_PLACES)[1],
    "psc_cz63": lambda p, c: _place(p, _CZ_PLACES)[2],
    "kraj_cz63": lambda p, c: _place(p, _CZ_PLACES)[3],
    "phone_cz63": lambda p, c: f"+420 6{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}",
    "insurer_cz63": lambda p, c: _pick(p, _CZ_INSURERS, 4),
    "card_cz63": lambda p, c: f"80203{p.bhxh}{p.bhxh[:5]}",
    "guardian_cz63": lambda p, c: f"{_pick(p, _CZ_GIVEN_F, 5)} {_pick(p, _CZ_FAMILY_F, 6)} (dcera)",
    "snils_ru63": lambda p, c: _snils(p),
    "enp_ru63": lambda p, c: _enp(p),
    "ru_family63": lambda p, c: _pick(p, _RU_FAMILY, 2) + ("" if p.male else "а"),
    "ru_given63": lambda p, c: _by_sex(p, _RU_GIVEN_M, _RU_GIVEN_F, 1),
    "ru_patr63": lambda p, c: _pick(p, _RU_FATHERS, 3) + ("ич" if p.male else "на"),
    "sex_ru63": lambda p, c: "муж." if p.male else "жен.",
    "passport_ru63": lambda p, c: f"22 {p.bhxh[1:3]} {p.bhxh[-6:]}",
    "addr_ru63": lambda p, c: _pick(p, _RU_PLACES, 2),
    "phone_ru63": lambda p, c: f"+7 (9{p.phone[2:4]}) {p.phone[4:7]}-{p.phone[7:9]}-{p.phone[9]}0",
    "smo_ru63": lambda p, c: _pick(p, _RU_INSURERS, 4),
    "doctor_ru63": lambda p, c: f"{_pick(p, _RU_FAMILY, 5)}а Т. В.",
    "phin_mb63": lambda p, c: _phin(p),
    "reg_mb63": lambda p, c: p.bhxh[::-1][:6],
    "mb_family63": lambda p, c: _pick(p, _MB_FAMILY, 2),
    "mb_given63": lambda p, c: _by_sex(p, _MB_GIVEN_M, _MB_GIVEN_F, 1),
    "sex_mb63": lambda p, c: "M" if p.male else "F",
    "street_mb63": lambda p, c: _place(p, _MB_PLACES)[0],
    "city_mb63": lambda p, c: _place(p, _MB_PLACES)[1],
    "prov_mb63": lambda p, c: "MB",
    "pc_mb63": lambda p, c: _place(p, _MB_PLACES)[2],
    "phone_mb63": lambda p, c: f"(204) {p.phone[3:6]}-{p.phone[6:10]}",
    "lang_mb63": lambda p, c: _pick(p, ("English", "Français", "English", "Cree"), 3),
    "coordinator_mb63": lambda p, c: _pick(p, ("L. Dueck", "M. Gagnon", "R. Harper"), 4),
    "id_za63": lambda p, c: _sa_id(p),
    "za_family63": lambda p, c: _pick(p, _ZA_FAMILY, 2),
    "za_given63": lambda p, c: _by_sex(p, _ZA_GIVEN_M, _ZA_GIVEN_F, 1),
    "sex_za63": lambda p, c: "Manlik / Male" if p.male else "Vroulik / Female",
    "street_za63": lambda p, c: _place(p, _ZA_PLACES)[0],
    "suburb_za63": lambda p, c: _place(p, _ZA_PLACES)[1],
    "city_za63": lambda p, c: _place(p, _ZA_PLACES)[2],
    "pc_za63": lambda p, c: _place(p, _ZA_PLACES)[3],
    "phone_za63": lambda p, c: (
        f"0{_pick(p, ('82', '72', '83', '61'), 3)} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}"
    ),
    "ward_za63": lambda p, c: f"Ward {_num(p, 130) + 1}",
    "income_za63": lambda p, c: f"R {(_num(p, 40) + 5) * 100:,}".replace(",", " "),
    "kin_za63": lambda p, c: f"{_pick(p, _ZA_GIVEN_F, 5)} {_pick(p, _ZA_FAMILY, 6)}",
}
