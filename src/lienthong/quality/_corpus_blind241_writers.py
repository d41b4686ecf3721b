"""How the people of the two hundred and forty-first part of the outside corpus (**blind 241**,
:mod:`lienthong.quality._corpus_blind241`) are written: four Vietnamese files' own columns (an
identity card posted back to the ward police, a military driving licence converted to a civilian
one, a family remedy's certificate, an order not to leave one's residence) and the United
States' names, addresses, phones and numbers as Texas, Florida, New York City, Louisiana and
Alaska forms print them (the SSN with valid area, group and serial or its last four digits, the
Texas driver licence's eight digits, the Florida licence in its Soundex form, the Louisiana
licence's nine digits, the Medicaid CIN, ZIP and ZIP+4, ``(555) 555-0123`` phones)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind37_writers import _ssn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_POSTS = (
    "Bưu cục Sài Gòn",
    "Bưu cục Chợ Lớn",
    "Bưu cục Tân Định",
    "Bưu cục Gia Định",
    "BC Khai thác Tân Sơn Nhất",
)
_VN_OFFICERS = ("Đại úy Lê Văn Hùng", "Thượng úy Trần Thị Mai", "Trung úy Phạm Quốc Bảo")
_VN_MIL_ISSUERS = (
    "Cục Xe - Máy/TCKT",
    "Cục Xe - Máy/TCHC",
    "Phòng Xe - Máy QK7",
    "Phòng Xe - Máy QK9",
)
_VN_UNITS = (
    "Sư đoàn 5, Quân khu 7",
    "Lữ đoàn 596, Bộ Tư lệnh TP HCM",
    "Trung đoàn 9, Sư đoàn 330",
    "Bộ CHQS tỉnh Long An",
    "Sư đoàn 302, Quân khu 7",
)
_VN_REMEDIES = (
    ("Bài thuốc ngâm chân Thanh Phong", "Đau nhức xương khớp"),
    ("Cao dán Bảo Tâm", "Thoái hóa cột sống"),
    ("Thuốc tắm Dao đỏ", "Phụ nữ sau sinh"),
    ("Bài thuốc Nam Hòa Vị", "Viêm loét dạ dày"),
    ("Bài thuốc gia truyền họ Lương", "Zona thần kinh"),
)
_VN_CLINICS = (
    ("Phòng chẩn trị YHCT Đức Thiện", "45 Lê Lợi, Phường 1, TP. Mỹ Tho, Tiền Giang"),
    ("Nhà thuốc YHCT Vạn Xuân", "112 Hùng Vương, Phường 4, TP. Tân An, Long An"),
    ("Phòng chẩn trị YHCT Phước Thọ", "7 Nguyễn Huệ, Phường 2, TP. Bến Tre, Bến Tre"),
    ("Cơ sở KCB YHCT Hòa An", "Ấp 3, Xã Phước Lợi, Huyện Bến Lức, Long An"),
)
_VN_CHARGES = (
    "Trộm cắp tài sản (Điều 173 BLHS)",
    "Đánh bạc (Điều 321 BLHS)",
    "Cố ý gây thương tích (Điều 134 BLHS)",
    "Lừa đảo chiếm đoạt tài sản (Điều 174 BLHS)",
    "Vi phạm quy định về tham gia GTĐB (Điều 260 BLHS)",
)
_VN_AGENCIES = ("CQCSĐT Công an huyện", "VKSND huyện", "TAND huyện", "CQCSĐT Công an tỉnh")
_US_MIDDLE = ("Lee", "Ann", "Ray", "Marie", "James", "Lynn", "", "Wayne")
_US_SUFFIX = ("", "", "JR", "", "", "III", "", "SR", "", "")
_TX_PLACES = (
    ("1204 E 7TH ST", "AUSTIN", "78702"),
    ("8810 N LAMAR BLVD APT 214", "AUSTIN", "78753"),
    ("405 W PFLUGERVILLE PKWY", "PFLUGERVILLE", "78660"),
    ("2111 LOHMANS CROSSING", "LAKEWAY", "78734"),
    ("17 CARDINAL LN", "MANOR", "78653"),
    ("601 W HOWARD LN APT 1102", "AUSTIN", "78728"),
)
_FL_PLACES = (
    ("1420 SW 8th St", "Miami", "33135"),
    ("7301 W Flagler St", "Miami", "33144"),
    ("455 E 49th St", "Hialeah", "33013"),
    ("10850 NW 21st Ave", "Miami", "33167"),
    ("2500 Ponce de Leon Blvd", "Coral Gables", "33134"),
    ("16800 SW 137th Ave", "Miami", "33177"),
)
_NY_PLACES = (
    ("1520 Grand Concourse", "Bronx", "10457"),
    ("355 Rockaway Ave", "Brooklyn", "11212"),
    ("41-22 Main St", "Queens", "11355"),
    ("210 W 135th St", "Manhattan", "10030"),
    ("85 Bay St", "Staten Island", "10301"),
    ("2930 Ocean Pkwy", "Brooklyn", "11235"),
)
_LA_PLACES = (
    ("4316 Burgundy St", "New Orleans", "Orleans", "70117"),
    ("12245 Florida Blvd", "Baton Rouge", "East Baton Rouge", "70815"),
    ("218 Magnolia Dr", "Denham Springs", "Livingston", "70726"),
    ("709 Rue Chartres", "Lafayette", "Lafayette", "70501"),
    ("1503 Ryan St", "Lake Charles", "Calcasieu", "70601"),
    ("95 Bayou Rd", "Houma", "Terrebonne", "70360"),
)
_AK_VILLAGES = (
    ("Bethel", "99559", "543"),
    ("Hooper Bay", "99604", "758"),
    ("Quinhagak", "99655", "556"),
    ("Emmonak", "99581", "949"),
    ("Toksook Bay", "99637", "427"),
    ("Aniak", "99557", "675"),
)
_SOUNDEX = {ch: str(d) for d, group in enumerate(("", "BFPV", "CGJKQSXZ", "DT", "L", "MN", "R"))
            for ch in group}  # fmt: skip


def _row(p: Person, table: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    return table[(int(p.bhxh) // (salt * 11 + 1)) % len(table)]


def _later(p: Person, days: int) -> date:
    return p.other_date + timedelta(days=days + _num(p, 40))


def _soundex(name: str) -> str:
    """The three digits of a surname's Soundex code (``Robert`` → ``163``)."""
    letters = [ch for ch in name.upper() if ch.isalpha()]
    digits, last = "", _SOUNDEX.get(letters[0], "") if letters else ""
    for ch in letters[1:]:
        code = _SOUNDEX.get(ch, "")
        if code and code != last:
            digits += code
        if ch not in "HW":
            last = code
    return (digits + "000")[:3]


def _fl_dl(p: Person) -> str:
    """A Florida licence ``S530-460-56-789-0``: the surname's initial and Soundex, a code of the
    first and middle names, the birth year, ``(month - 1) * 40 + day`` plus 500 for women, and an
    overlap digit."""
    family = p.family
    names = 100 + int(p.bhxh[:3]) % 880
    day = (p.birth.month - 1) * 40 + p.birth.day + (0 if p.male else 500)
    return f"{family[0].upper()}{_soundex(family)}-{names:03d}-{p.birth:%y}-{day:03d}-0"


def _us_phone(p: Person, areas: tuple[str, ...], exchange: str | None = None) -> str:
    area = areas[int(p.bhxh) % len(areas)]
    middle = exchange or f"{int(p.phone[3]) % 8 + 2}{p.phone[4:6]}"
    return f"({area}) {middle}-{p.phone[6:10]}"


def _tx(p: Person) -> tuple[str, ...]:
    return _TX_PLACES[int(p.bhxh) // 9 % len(_TX_PLACES)]


def _fl(p: Person) -> tuple[str, ...]:
    return _FL_PLACES[int(p.bhxh) // 9 % len(_FL_PLACES)]


def _ny(p: Person) -> tuple[str, ...]:
    return _NY_PLACES[int(p.bhxh) // 9 % len(_NY_PLACES)]


def _la(p: Person) -> tuple[str, ...]:
    return _LA_PLACES[int(p.bhxh) // 9 % len(_LA_PLACES)]


def _ak(p: Person) -> tuple[str, ...]:
    return _AK_VILLAGES[int(p.bhxh) // 9 % len(_AK_VILLAGES)]


def _cin(p: Person) -> str:
    """A New York Medicaid client id: two letters, five digits, a letter (``AB12345C``)."""
    letters = "ABCDEGHJKLMNPRSTVWXYZ"
    first, second = letters[int(p.bhxh[0:2]) % 21], letters[int(p.bhxh[2:4]) % 21]
    return f"{first}{second}{p.bhxh[4:9]}{letters[int(p.bhxh[-2:]) % 21]}"


def _us_other(p: Person, salt: int) -> str:
    given = _pick(p, ("Maria", "Robert", "Linda", "Jose", "Patricia", "Michael", "Ana"), salt)
    return f"{given} {p.family}"


WRITERS_BLIND241: dict[str, Callable[[Person, Col], object]] = {
    "post241": lambda p, c: _pick(p, _VN_POSTS, 2),
    "slip241": lambda p, c: f"{_num(p, 480):03d}/BB-BĐ",
    "returned241": lambda p, c: f"{_later(p, 3):%d/%m/%Y}",
    "proxy241": lambda p, c: "" if _num(p, 3) != 1 else f"{_other_vn(p, 4)} (người thân)",
    "officer241": lambda p, c: _pick(p, _VN_OFFICERS, 3),
    "mil_lic241": lambda p, c: f"QS{p.bhxh[:8]}",
    "mil_class241": lambda p, c: _pick(p, ("B", "C", "D", "E", "FC", "C"), 2),
    "mil_issuer241": lambda p, c: _pick(p, _VN_MIL_ISSUERS, 4),
    "unit241": lambda p, c: _pick(p, _VN_UNITS, 5),
    "discharge241": lambda p, c: f"{_num(p, 900)}/QĐ-{_pick(p, ('BTL', 'SĐ', 'LĐ'), 6)}",
    "civ_class241": lambda p, c: _pick(p, ("B", "C1", "C", "D2", "CE", "C1"), 2),
    "civ_lic241": lambda p, c: f"79{p.bhxh}",
    "received241": lambda p, c: f"{_later(p, 20):%d/%m/%Y}",
    "remedy241": lambda p, c: _row(p, _VN_REMEDIES, 2)[0],
    "treats241": lambda p, c: _row(p, _VN_REMEDIES, 2)[1],
    "gcn241": lambda p, c: f"{_num(p, 300):03d}/GCN-SYT",
    "clinic241": lambda p, c: _row(p, _VN_CLINICS, 3)[0],
    "clinic_addr241": lambda p, c: _row(p, _VN_CLINICS, 3)[1],
    "elder241": lambda p, c: f"{_other_vn(p, 5, male=True)} (cha)",
    "charge241": lambda p, c: _pick(p, _VN_CHARGES, 2),
    "agency241": lambda p, c: _pick(p, _VN_AGENCIES, 3),
    "order241": lambda p, c: f"{_num(p, 250)}/LCĐKNCT",
    "until241": lambda p, c: f"{_later(p, 60):%d/%m/%Y}",
    "guarantor241": lambda p, c: _other_vn(p, 6),
    "rel_phone241": lambda p, c: _other_phone(p),
    "vuid241": lambda p, c: f"10{p.bhxh[1:9]}",
    "tx_family241": lambda p, c: p.family.upper(),
    "tx_given241": lambda p, c: p.given.upper(),
    "us_middle241": lambda p, c: _pick(p, _US_MIDDLE, 3).upper(),
    "us_suffix241": lambda p, c: _pick(p, _US_SUFFIX, 4) if p.male else "",
    "tx_sex241": lambda p, c: "M" if p.male else "F",
    "tx_dl241": lambda p, c: "" if _num(p, 5) == 2 else f"{int(p.bhxh[0]) % 5}{p.bhxh[2:9]}",
    "ssn4_241": lambda p, c: _ssn(p)[-4:],
    "tx_street241": lambda p, c: _tx(p)[0],
    "tx_city241": lambda p, c: _tx(p)[1],
    "tx_zip241": lambda p, c: _tx(p)[2],
    "tx_mail241": lambda p, c: "" if _num(p, 4) != 1 else f"PO BOX {_num(p, 9000)}",
    "tx_pct241": lambda p, c: f"{100 + _num(p, 450):03d}",
    "tx_status241": lambda p, c: _pick(p, ("V", "V", "S", "V", "V"), 5),
    "folio241": lambda p, c: f"30-{p.bhxh[:4]}-{p.bhxh[4:7]}-{p.bhxh[6:10]}",
    "fl_name241": lambda p, c: f"{p.family.upper()}, {p.given.upper()}",
    "ssn241": lambda p, c: _ssn(p),
    "fl_dl241": lambda p, c: _fl_dl(p),
    "fl_street241": lambda p, c: _fl(p)[0],
    "fl_city241": lambda p, c: _fl(p)[1],
    "fl_zip241": lambda p, c: f"{_fl(p)[2]}-{p.bhxh[-4:]}",
    "fl_phone241": lambda p, c: _us_phone(p, ("305", "786")),
    "fl_coowner241": lambda p, c: "" if _num(p, 3) == 1 else _us_other(p, 5),
    "fl_year241": lambda p, c: str(2024 + _num(p, 3) % 3),
    "fl_status241": lambda p, c: _pick(p, ("Approved", "Pending / Pendiente", "Denied"), 6),
    "ny_case241": lambda p, c: f"FF{p.bhxh[1:9]}",
    "ny_cin241": lambda p, c: "" if _num(p, 4) == 3 else _cin(p),
    "us_family241": lambda p, c: p.family,
    "us_given241": lambda p, c: p.given,
    "us_sex1_241": lambda p, c: "M" if p.male else "F",
    "us_sex241": lambda p, c: "Male" if p.male else "Female",
    "ny_street241": lambda p, c: _ny(p)[0],
    "ny_apt241": lambda p, c: _pick(p, ("4B", "", "12F", "2", "PH-C", "6A"), 3),
    "ny_boro241": lambda p, c: _ny(p)[1],
    "ny_zip241": lambda p, c: _ny(p)[2],
    "ny_phone241": lambda p, c: _us_phone(p, ("718", "347", "929", "212", "646")),
    "ny_basis241": lambda p, c: _pick(p, ("income", "snap", "cash_assistance", "income"), 4),
    "la_app241": lambda p, c: f"RLA-{p.bhxh[2:8]}",
    "la_dl241": lambda p, c: f"00{p.bhxh[3:10]}",
    "la_street241": lambda p, c: _la(p)[0],
    "la_city241": lambda p, c: _la(p)[1],
    "la_parish241": lambda p, c: _la(p)[2],
    "la_state241": lambda p, c: "LA",
    "la_zip241": lambda p, c: f"{_la(p)[3]}-{p.bhxh[-4:]}",
    "la_phone241": lambda p, c: _us_phone(p, ("504", "225", "337", "985")),
    "la_fema241": lambda p, c: f"{7 + _num(p, 3) % 3}{p.bhxh[2:10]}",
    "la_insurer241": lambda p, c: _pick(p, ("Louisiana Citizens", "State Farm", "NFIP", ""), 5),
    "la_coapp241": lambda p, c: "" if _num(p, 2) == 1 else _us_other(p, 6),
    "la_award241": lambda p, c: f"${_num(p, 90) * 1250:,}.00",
    "ak_shnum241": lambda p, c: f"{_num(p, 30000):05d}",
    "ak_village241": lambda p, c: _row(p, _AK_VILLAGES, 2)[0],
    "ak_mail241": lambda p, c: f"PO Box {_num(p, 1900)}, {_ak(p)[0]}, AK {_ak(p)[1]}",
    "ak_phone241": lambda p, c: _us_phone(p, ("907",), _ak(p)[2]),
    "ak_shares241": lambda p, c: str(100 * (1 + _num(p, 3))),
    "ak_benef241": lambda p, c: "" if _num(p, 4) == 2 else _us_other(p, 7),
    "ak_dividend241": lambda p, c: f"{(1 + _num(p, 3)) * 162.5:.2f}",
}
