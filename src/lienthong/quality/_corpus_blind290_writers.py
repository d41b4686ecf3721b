"""How the people of the two-hundred-and-ninetieth part of the outside corpus (**blind 290**,
:mod:`lienthong.quality._corpus_blind290`) are written: four Vietnamese exports' own columns (a
MISA AMIS HR employee code, unit and emergency contact, FAST accounting's payroll codes, a
hospital HIS admission's number, ward and diagnosis, a SMAS staff record's subject group and
contract) and Austrian, Canadian, Belgian, Kazakh and Irish names, addresses, phones and
identity numbers in the forms their cards show (the Austrian social insurance number's
weighted mod-11 digit, the Canadian SIN's Luhn digit, the Belgian national register number's
mod-97 pair, the Kazakh IIN's two-pass mod-11 digit, the Irish PPSN from blind 40)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _IE_FAMILY, _IE_GIVEN_F, _IE_GIVEN_M, _pps

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_UNITS = (
    "Phòng Hành chính - Nhân sự",
    "Phòng Kế toán",
    "Xưởng SX số 2",
    "Chi nhánh Bình Dương",
    "Phòng Kinh doanh",
)
_VN_JOBS = ("Nhân viên kinh doanh", "Kế toán viên", "Công nhân may", "Trưởng nhóm", "Thủ kho")
_VN_ISSUERS = ("Cục CS QLHC về TTXH", "Bộ Công an", "Cục Cảnh sát ĐKQL cư trú và DLQG về dân cư")
_VN_BANKS = ("Vietcombank CN Tân Bình", "BIDV CN Sài Gòn", "Techcombank", "VietinBank CN 3")
_VN_WARDS_HIS = ("Khoa Nội tim mạch", "Khoa Ngoại tổng hợp", "Khoa Hồi sức tích cực", "Khoa Nhi")
_VN_DIAG = (
    ("I10", "Tăng huyết áp vô căn (nguyên phát)"),
    ("J18.9", "Viêm phổi, không đặc hiệu"),
    ("K35.8", "Viêm ruột thừa cấp"),
    ("E11.9", "Đái tháo đường typ 2 không biến chứng"),
    ("A91", "Sốt xuất huyết Dengue"),
)
_VN_SUBJECTS = ("Tổ Toán - Tin", "Tổ Ngữ văn", "Tổ Tiếng Anh", "Tổ KHTN", "Tổ Văn phòng")
_VN_HOMETOWNS = ("Nam Định", "Nghệ An", "Thái Bình", "Quảng Ngãi", "Hà Tĩnh", "Bến Tre")
_AT_FAMILY = ("Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Hofer")
_AT_GIVEN_M = ("Johann", "Franz", "Markus", "Lukas", "Stefan", "Wolfgang", "Florian")
_AT_GIVEN_F = ("Maria", "Theresia", "Katharina", "Anna", "Sabine", "Julia", "Elisabeth")
_AT_PLACES = (
    ("Mariahilfer Straße 88/3/12", "1070", "Wien"),
    ("Landstraßer Hauptstraße 51/7", "1030", "Wien"),
    ("Herrengasse 16", "8010", "Graz"),
    ("Maria-Theresien-Straße 23", "6020", "Innsbruck"),
    ("Linzer Gasse 4/2", "5020", "Salzburg"),
    ("Hauptplatz 9", "4020", "Linz"),
)
_CA_FAMILY = ("Tremblay", "Gagnon", "Smith", "MacDonald", "Nguyen", "Singh", "Wilson", "Roy")
_CA_GIVEN_M = ("Liam", "Étienne", "Noah", "Gurpreet", "Ryan", "Mathieu", "Connor")
_CA_GIVEN_F = ("Olivia", "Chloé", "Emma", "Harpreet", "Megan", "Geneviève", "Ava")
_CA_PLACES = (
    ("88 Queens Quay W Unit 2301", "Toronto", "ON", "M5J 0B8", "416"),
    ("1450 rue Saint-Denis App. 4", "Montréal", "QC", "H2X 3J8", "514"),
    ("2210 Kingsway", "Vancouver", "BC", "V5N 2T7", "604"),
    ("10235 101 St NW Suite 900", "Edmonton", "AB", "T5J 3G1", "780"),
    ("59 Barrington St", "Halifax", "NS", "B3J 1Z4", "902"),
    ("415 Sparks St", "Ottawa", "ON", "K1R 7S8", "613"),
)
_BE_FAMILY = ("Peeters", "Janssens", "Dubois", "Lambert", "Maes", "Dupont", "Claes", "Leroy")
_BE_GIVEN_M = ("Luc", "Thomas", "Jean-Pierre", "Arnaud", "Pieter", "Maxime", "Wout")
_BE_GIVEN_F = ("Marie", "Camille", "Sophie", "Els", "Nathalie", "Lotte", "Anne-Sophie")
_BE_PLACES = (
    ("Rue de la Loi 155 bte 3", "1040", "Etterbeek", "02"),
    ("Chaussée de Waterloo 712", "1180", "Uccle", "02"),
    ("Rue Saint-Gilles 48", "4000", "Liège", "04"),
    ("Meir 24", "2000", "Antwerpen", "03"),
    ("Boulevard Tirou 17", "6000", "Charleroi", "071"),
    ("Grand-Place 3", "7000", "Mons", "065"),
)
_KZ_FAMILY_M = ("Ахметов", "Сейткали", "Жумабаев", "Иванов", "Нурланов", "Ким", "Оспанов")
_KZ_FAMILY_F = ("Ахметова", "Сейткали", "Жумабаева", "Иванова", "Нурланова", "Ким", "Оспанова")
_KZ_GIVEN_M = ("Серик", "Ерлан", "Данияр", "Алексей", "Нурсултан", "Бауыржан", "Тимур")
_KZ_GIVEN_F = ("Айгерим", "Гульнара", "Динара", "Елена", "Жанар", "Асель", "Мадина")
_KZ_FATHERS = ("Серик", "Ерлан", "Болат", "Марат", "Нурлан", "Кайрат", "Сергей")
_KZ_PLACES = (
    "г. Алматы, мкр. Самал-2, д. 58, кв. 14",
    "г. Астана, ул. Кенесары, д. 40, кв. 112",
    "г. Караганда, пр. Бухар-Жырау, д. 66, кв. 7",
    "г. Шымкент, мкр. Нурсат, д. 12, кв. 45",
    "Алматинская обл., г. Каскелен, ул. Абая, д. 9",
)
_IE_PLACES = (
    ("14 Ashfield Park", "Terenure", "Co. Dublin", "D6W XK62"),
    ("Apt 5, Gandon Hall, Mayor Street", "Dublin 1", "Co. Dublin", "D01 K7W2"),
    ("3 Lower Salthill", "Galway", "Co. Galway", "H91 E2F3"),
    ("22 Ballyvolane Road", "Cork", "Co. Cork", "T23 YC4N"),
    ("The Old Forge, Main Street", "Kinsale", "Co. Cork", "P17 AD90"),
    ("9 O'Connell Avenue", "Limerick", "Co. Limerick", "V94 R2K5"),
)


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


def _clock(p: Person) -> str:
    return f"{int(p.bhxh[-2:]) % 24:02d}:{int(p.bhxh[-4:-2]) % 60:02d}"


def _svnr(p: Person) -> str:
    """An Austrian social insurance number: serial, check digit, then the birth date ddmmyy."""
    birth = f"{p.birth:%d%m%y}"
    serial = 100 + int(p.bhxh[-3:]) % 900
    while True:
        digits = f"{serial:03d}{birth}"
        total = sum(int(d) * w for d, w in zip(digits, (3, 7, 9, 5, 8, 4, 2, 1, 6), strict=True))
        if total % 11 != 10:
            return f"{serial:03d}{total % 11}{birth}"
        serial = serial + 1 if serial < 999 else 100


def _sin(p: Person) -> str:
    full = _luhn(f"{int(p.bhxh[0]) % 7 + 1}{p.bhxh[1:8]}")
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def _nrn(p: Person) -> str:
    """A Belgian national register number: yymmdd, serial (odd men), 97 minus the mod-97 rest."""
    serial = int(p.bhxh[-3:]) % 498 * 2 + (1 if p.male else 2)
    body = f"{p.birth:%y%m%d}{serial:03d}"
    base = int(("2" if p.birth.year >= 2000 else "") + body)
    check = 97 - base % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{check:02d}"


def _iin(p: Person) -> str:
    """A Kazakh IIN: yymmdd, the century-and-sex digit, a serial, the two-pass mod-11 digit."""
    century = (3 if p.birth.year < 2000 else 5) + (0 if p.male else 1)
    serial = int(p.bhxh[-4:])
    while True:
        digits = [int(d) for d in f"{p.birth:%y%m%d}{century}{serial:04d}"]
        check = sum(d * w for d, w in zip(digits, range(1, 12), strict=True)) % 11
        if check == 10:
            weights = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
            check = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if check != 10:
            return "".join(map(str, digits)) + str(check)
        serial = (serial + 1) % 10_000


def _kz_patronymic(p: Person) -> str:
    father = _pick(p, _KZ_FATHERS, 4)
    ending = "ович" if p.male else "овна"
    if father.endswith("й"):
        ending = "евич" if p.male else "евна"
        father = father[:-1]
    return father + ending


def _be_landline(p: Person) -> str:
    zone = _place(p, _BE_PLACES)[3][1:]
    if len(zone) == 1:
        return f"+32 {zone} {p.bhxh[1:4]} {p.bhxh[4:6]} {p.bhxh[6:8]}"
    return f"+32 {zone} {p.bhxh[2:4]} {p.bhxh[4:6]} {p.bhxh[6:8]}"


def _be_mobile(p: Person) -> str:
    head = f"4{'789'[int(p.phone[2]) % 3]}{p.phone[3]}"
    return f"+32 {head} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _his_day(p: Person) -> date:
    return p.other_date


WRITERS_BLIND290: dict[str, Callable[[Person, Col], object]] = {
    "manv290": lambda p, c: f"NV{p.bhxh[-5:]}",
    "ngaycap290": lambda p, c: f"{date(2021 + int(p.bhxh) % 4, _num(p, 12), 10):%d/%m/%Y}",
    "noicap290": lambda p, c: _pick(p, _VN_ISSUERS, 2),
    "donvi290": lambda p, c: _pick(p, _VN_UNITS, 3),
    "vitri290": lambda p, c: _pick(p, _VN_JOBS, 4),
    "tinhchat290": lambda p, c: _pick(p, ("Chính thức", "Thử việc", "Thời vụ", "Chính thức"), 5),
    "lienhe290": lambda p, c: f"{_other_vn(p, 6)} ({_pick(p, ('Vợ', 'Chồng', 'Mẹ', 'Bố'), 7)})",
    "rel_phone290": lambda p, c: _other_phone(p, "098"),
    "trangthai290": lambda p, c: _pick(p, ("Đang làm việc", "Nghỉ thai sản", "Đã nghỉ việc"), 8),
    "ma_bp290": lambda p, c: _pick(p, ("BP_KT", "BP_SX2", "BP_KD", "BP_HCNS"), 3),
    "so_npt290": lambda p, c: str(int(p.bhxh) % 4),
    "tk_nh290": lambda p, c: f"{p.bhxh[1:]}{p.phone[-3:]}",
    "ten_nh290": lambda p, c: _pick(p, _VN_BANKS, 2),
    "luong_cb290": lambda p, c: str((_num(p, 40) + 48) * 100_000),
    "thuc_linh290": lambda p, c: str((_num(p, 40) + 48) * 100_000 + int(p.amount)),
    "ma_bn290": lambda p, c: f"BN{p.bhxh[:8]}",
    "so_vv290": lambda p, c: f"{p.other_date:%y}.{p.bhxh[-6:]}",
    "tuoi290": lambda p, c: str(2025 - p.birth.year),
    "vaovien290": lambda p, c: f"{_his_day(p):%d/%m/%Y} {_clock(p)}",
    "khoa290": lambda p, c: _pick(p, _VN_WARDS_HIS, 2),
    "icd290": lambda p, c: _pick(p, tuple(code for code, _ in _VN_DIAG), 3),
    "chandoan290": lambda p, c: _pick(p, tuple(text for _, text in _VN_DIAG), 3),
    "bacsi290": lambda p, c: f"BS. {_other_vn(p, 5)}",
    "nguoinha290": lambda p, c: _other_vn(p, 8),
    "dt_nguoinha290": lambda p, c: _other_phone(p, "091"),
    "mado290": lambda p, c: f"79{_num(p, 90) + 10:03d}",
    "macb290": lambda p, c: f"CB{p.bhxh[-6:]}",
    "tobomon290": lambda p, c: _pick(p, _VN_SUBJECTS, 2),
    "chucvu290": lambda p, c: _pick(p, ("Giáo viên", "Tổ trưởng", "Hiệu phó", "Nhân viên"), 3),
    "trinhdo290": lambda p, c: _pick(p, ("Đại học", "Thạc sĩ", "Cao đẳng"), 4),
    "hopdong290": lambda p, c: _pick(p, ("Biên chế", "HĐLĐ", "Hợp đồng 68"), 5),
    "quequan290": lambda p, c: _pick(p, _VN_HOMETOWNS, 6),
    "truong290": lambda p, c: _pick(p, ("THPT Nguyễn Du", "THCS Lê Lợi", "THPT Trần Phú"), 7),
    "pernr290": lambda p, c: f"{p.bhxh[-8:]}",
    "at_family290": lambda p, c: _pick(p, _AT_FAMILY, 2),
    "at_given290": lambda p, c: _by_sex(p, _AT_GIVEN_M, _AT_GIVEN_F, 1),
    "gesch290": lambda p, c: "1" if p.male else "2",
    "svnr290": lambda p, c: _svnr(p),
    "stras290": lambda p, c: _place(p, _AT_PLACES)[0],
    "pstlz290": lambda p, c: _place(p, _AT_PLACES)[1],
    "ort290": lambda p, c: _place(p, _AT_PLACES)[2],
    "telnr290": lambda p, c: f"+43 664 {p.phone[3:10]}",
    "natio290": lambda p, c: _pick(p, ("AT", "AT", "DE", "AT", "HR", "AT"), 4),
    "kostl290": lambda p, c: f"AT{_num(p, 80) + 10:02d}4100",
    "orgeh290": lambda p, c: f"5000{p.bhxh[-4:]}",
    "stltx290": lambda p, c: _pick(p, ("Sachbearbeiter/in", "Lagerlogistik", "Teamleitung"), 3),
    "ename_vg290": lambda p, c: f"{_pick(p, _AT_GIVEN_F, 5)} {_pick(p, _AT_FAMILY, 6)}",
    "wd_id290": lambda p, c: f"E{p.bhxh[-6:]}",
    "ca_family290": lambda p, c: _pick(p, _CA_FAMILY, 2),
    "ca_given290": lambda p, c: _by_sex(p, _CA_GIVEN_M, _CA_GIVEN_F, 1),
    "sex_ca290": lambda p, c: "Male" if p.male else "Female",
    "wd_idtype290": lambda p, c: "Social Insurance Number",
    "sin290": lambda p, c: _sin(p),
    "street_ca290": lambda p, c: _place(p, _CA_PLACES)[0],
    "city_ca290": lambda p, c: _place(p, _CA_PLACES)[1],
    "prov_ca290": lambda p, c: _place(p, _CA_PLACES)[2],
    "pc_ca290": lambda p, c: _place(p, _CA_PLACES)[3],
    "phone_ca290": lambda p, c: f"({_place(p, _CA_PLACES)[4]}) {p.phone[3:6]}-{p.phone[6:10]}",
    "wd_org290": lambda p, c: _pick(p, ("Finance (Jane Park)", "IT Operations", "Retail East"), 3),
    "wd_job290": lambda p, c: _pick(p, ("Analyst II", "Store Associate", "Payroll Specialist"), 4),
    "wd_loc290": lambda p, c: _pick(p, ("Toronto HQ", "Montreal Office", "Remote - Canada"), 5),
    "wd_mgr290": lambda p, c: f"{_pick(p, _CA_GIVEN_F, 6)} {_pick(p, _CA_FAMILY, 7)}",
    "wd_ec290": lambda p, c: f"{_by_sex(p, _CA_GIVEN_F, _CA_GIVEN_M, 8)} {_pick(p, _CA_FAMILY, 2)}",
    "wd_ec_phone290": lambda p, c: f"(416) {p.bhxh[2:5]}-{p.bhxh[5:9]}",
    "odoo_xid290": lambda p, c: f"__export__.res_partner_{p.bhxh[-4:]}_{p.bhxh[:8]}",
    "be_name290": lambda p, c: (
        f"{_by_sex(p, _BE_GIVEN_M, _BE_GIVEN_F, 1)} {_pick(p, _BE_FAMILY, 2)}"
    ),
    "street_be290": lambda p, c: _place(p, _BE_PLACES)[0],
    "pc_be290": lambda p, c: _place(p, _BE_PLACES)[1],
    "city_be290": lambda p, c: _place(p, _BE_PLACES)[2],
    "tel_be290": lambda p, c: _be_landline(p),
    "gsm_be290": lambda p, c: _be_mobile(p),
    "pays_be290": lambda p, c: "Belgique",
    "nrn_be290": lambda p, c: _nrn(p),
    "company_be290": lambda p, c: _pick(p, ("Brasserie Lefort SRL", "Atelier Maes BV", ""), 3),
    "function_be290": lambda p, c: _pick(p, ("Gérant", "Comptable", "Acheteuse", ""), 4),
    "tags_be290": lambda p, c: _pick(p, ("Client,Newsletter", "Fournisseur", "Prospect"), 5),
    "seller_be290": lambda p, c: _pick(p, ("Mitchell Admin", "Sophie Lambert", "Marc Demo"), 6),
    "tabno290": lambda p, c: f"00-{p.bhxh[-5:]}",
    "kz_family290": lambda p, c: _by_sex(p, _KZ_FAMILY_M, _KZ_FAMILY_F, 2),
    "kz_given290": lambda p, c: _by_sex(p, _KZ_GIVEN_M, _KZ_GIVEN_F, 1),
    "kz_patr290": lambda p, c: _kz_patronymic(p),
    "iin290": lambda p, c: _iin(p),
    "sex_kz290": lambda p, c: "Мужской" if p.male else "Женский",
    "addr_kz290": lambda p, c: _pick(p, _KZ_PLACES, 3),
    "phone_kz290": lambda p, c: f"+7 70{p.phone[2]} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "dept_kz290": lambda p, c: _pick(p, ("Бухгалтерия", "Склад №2", "Отдел продаж", "Цех"), 4),
    "post_kz290": lambda p, c: _pick(p, ("Бухгалтер", "Кладовщик", "Менеджер", "Оператор"), 5),
    "iban_kz290": lambda p, c: f"KZ{int(p.bhxh[:2]) % 90 + 10}722C000{p.bhxh}",
    "sum_kz290": lambda p, c: f"{(_num(p, 60) + 20) * 5_000:,}".replace(",", " ") + ",00",
    "sfid290": lambda p, c: f"0035g00000{p.bhxh[-8:]}",
    "sfacc290": lambda p, c: f"0015g00000{p.bhxh[:8]}",
    "sfowner290": lambda p, c: _pick(p, ("0055g000004AbCdAAK", "0055g000004XyZqAAK"), 3),
    "ie_given290": lambda p, c: _by_sex(p, _IE_GIVEN_M, _IE_GIVEN_F, 1),
    "ie_family290": lambda p, c: _pick(p, _IE_FAMILY, 2),
    "phone_ie290": lambda p, c: f"+353 8{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}",
    "street_ie290": lambda p, c: _place(p, _IE_PLACES)[0],
    "city_ie290": lambda p, c: _place(p, _IE_PLACES)[1],
    "county_ie290": lambda p, c: _place(p, _IE_PLACES)[2],
    "eircode_ie290": lambda p, c: _place(p, _IE_PLACES)[3],
    "pps_ie290": lambda p, c: _pps(p),
    "gift_ie290": lambda p, c: f"{int(p.amount) // 1000 % 900 + 50}.00",
    "chy3_ie290": lambda p, c: "true" if int(p.bhxh) % 3 else "false",
}

__all__ = ["WRITERS_BLIND290"]
