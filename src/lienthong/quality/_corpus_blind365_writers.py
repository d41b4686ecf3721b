"""How the people of the three-hundred-and-sixty-fifth part of the outside corpus (**blind
365**, :mod:`lienthong.quality._corpus_blind365`) are written: Vietnamese water and sanitation
lists (subsidised clean-water connections, hygienic latrines, a rural water station's fee book,
arsenic field tests of drilled wells) and the customer registers of the water utilities of
Trinidad and Tobago (national ID number yyyymmdd + three digits), Barbados (national
registration number yymmdd-nnnn), the Bahamas (NIB number), Guyana (ID card number) and
Suriname (ID-nummer, Dutch headers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_HAMLETS = ("Thôn 1", "Thôn Đông", "Xóm Chùa", "Thôn Trung", "Xóm 5", "Thôn Bắc Sơn", "Ấp 3")
_COMMUNES = (
    ("Xã Hòa Hậu", "Huyện Lý Nhân"),
    ("Xã Bồ Đề", "Huyện Bình Lục"),
    ("Xã Vạn Phúc", "Huyện Thanh Trì"),
    ("Xã Phú Đông", "Huyện Nhơn Trạch"),
    ("Xã Tân Phú Trung", "Huyện Củ Chi"),
    ("Xã Vĩnh Hòa", "Huyện Tân Châu"),
    ("Xã Đông Lỗ", "Huyện Ứng Hòa"),
)
_LATRINES = ("Tự hoại", "Thấm dội nước", "Hai ngăn", "Chìm có ống thông hơi", "Biogas")
_FUNDS = ("Hộ tự làm", "Vay NHCSXH", "Hỗ trợ CT MTQG", "Hộ tự làm", "Dự án UNICEF")
_ADVICE = (
    "Tiếp tục sử dụng",
    "Không dùng để ăn uống",
    "Lắp bộ lọc",
    "Chuyển sang nước máy",
    "Xét nghiệm lại tại phòng TN",
)
_CB_FAMILY: tuple[str, ...] = (
    "Mohammed", "Ramdass", "Joseph", "Charles", "Alleyne", "Persaud", "Williams",
    "Knowles", "Rolle", "Ferguson", "Singh", "Greenidge", "Gittens", "Baptiste",
)  # fmt: skip
_CB_GIVEN_M = ("Anil", "Kerwin", "Marlon", "Dwayne", "Ravi", "Shane", "Andre", "Tyrone")
_CB_GIVEN_F = ("Kamla", "Shelly-Ann", "Alicia", "Nadira", "Keisha", "Tamara", "Rhonda")
_TT_PLACES = (
    ("Eastern Main Road, St. Augustine", "Tunapuna/Piarco"),
    ("Southern Main Road, Couva", "Couva/Tabaquite/Talparo"),
    ("Coffee Street, San Fernando", "San Fernando City"),
    ("Ariapita Avenue, Woodbrook", "Port of Spain City"),
    ("Milford Road, Scarborough", "Tobago House of Assembly"),
    ("Naparima Mayaro Road, Princes Town", "Princes Town"),
)
_BB_PLACES = (
    ("Bank Hall Main Road", "St. Michael"),
    ("Rockley New Road", "Christ Church"),
    ("Holetown", "St. James"),
    ("Six Roads", "St. Philip"),
    ("Speightstown Bypass", "St. Peter"),
    ("Wildey", "St. Michael"),
)
_BS_PLACES = (
    ("Carmichael Road", "Carmichael", "New Providence"),
    ("Prince Charles Drive", "Winton", "New Providence"),
    ("East Sunrise Highway", "Freeport", "Grand Bahama"),
    ("Queen's Highway", "Marsh Harbour", "Abaco"),
    ("Queen's Highway", "Governor's Harbour", "Eleuthera"),
    ("Baillou Hill Road", "Pinewood Gardens", "New Providence"),
)
_GY_FAMILY = ("Persaud", "Ramnarine", "Singh", "Khan", "DeFreitas", "Adams", "Thomas", "Jagdeo")
_GY_GIVEN_M = ("Devendra", "Rohan", "Shawn", "Colin", "Faizal", "Orin")
_GY_GIVEN_F = ("Savitri", "Candace", "Shanice", "Bibi", "Roxanne", "Indira")
_GY_PLACES = (
    ("Lot 24 Middle Street", "Cummingsburg", "Region 4 (Demerara-Mahaica)"),
    ("Lot 7 Public Road", "Enmore", "Region 4 (Demerara-Mahaica)"),
    ("Lot 112 Section C", "Canje", "Region 6 (East Berbice-Corentyne)"),
    ("Lot 3 Bell Street", "New Amsterdam", "Region 6 (East Berbice-Corentyne)"),
    ("Lot 55 First Street", "Vreed-en-Hoop", "Region 3 (Essequibo Islands-West Demerara)"),
    ("Lot 9 Republic Avenue", "Linden", "Region 10 (Upper Demerara-Berbice)"),
)
_SR_FAMILY = ("Ramdin", "Pinas", "Sardjoe", "Kartodikromo", "Brunings", "Lie A Kwie", "Tjon")
_SR_GIVEN_M = ("Radjesh", "Ricardo", "Sugiman", "Glenn", "Ashwin", "Marciano")
_SR_GIVEN_F = ("Soraya", "Maureen", "Sita", "Jennifer", "Warsini", "Gaitrie")
_SR_PLACES = (
    ("Kwattaweg", "Welgelegen", "Paramaribo"),
    ("Indira Gandhiweg", "Kwatta", "Wanica"),
    ("Tourtonnelaan", "Flora", "Paramaribo"),
    ("Commewijnestraat", "Meerzorg", "Commewijne"),
    ("Oost-Westverbinding", "Lelydorp", "Wanica"),
    ("Waterkant", "Nieuw Nickerie", "Nickerie"),
)


def _at(p: Person, table: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 7 + 1) % len(table)]


def _between(p: Person, salt: int, low: int, high: int) -> int:
    return low + int(p.bhxh) // (salt * 13 + 1) % (high - low + 1)


def _meter(p: Person) -> tuple[int, int]:
    old = _between(p, 3, 120, 2400)
    return old, old + _between(p, 4, 3, 38)


def _vnd(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _arsenic(p: Person) -> int:
    return int(_pick(p, ("0", "5", "10", "25", "50", "100", "250", "500"), 9))


def _nanp(p: Person, area: str, leads: tuple[str, ...], salt: int) -> str:
    return f"({area}) {_pick(p, leads, salt)}{p.phone[4:6]}-{p.phone[6:10]}"


def _tt_id(p: Person) -> str:
    """Trinidad and Tobago national ID number: yyyymmdd of birth and a three-digit serial."""
    return f"{p.birth:%Y%m%d}{p.bhxh[-3:]}"


def _bb_nrn(p: Person) -> str:
    """Barbados national registration number: yymmdd-nnnn."""
    return f"{p.birth:%y%m%d}-{p.bhxh[-4:]}"


WRITERS_BLIND365: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: shared
    "hamlet365": lambda p, c: _pick(p, _HAMLETS, 1),
    "xa365": lambda p, c: _at(p, _COMMUNES, 17)[0],
    "huyen365": lambda p, c: _at(p, _COMMUNES, 17)[1],
    # Vietnam: subsidised clean-water connections
    "category365": lambda p, c: _pick(p, ("Hộ nghèo", "Hộ cận nghèo", "Hộ chính sách"), 2),
    "meter365": lambda p, c: f"ĐH{p.bhxh[2:9]}",
    "subsidy365": lambda p, c: _pick(p, ("2.000.000", "2.500.000", "3.000.000"), 3),
    "share365": lambda p, c: _vnd(_between(p, 5, 2, 12) * 100_000),
    "signer365": lambda p, c: f"{_other_vn(p, 6)} (CB địa chính)",
    # Vietnam: hygienic latrines
    "latrine365": lambda p, c: _pick(p, _LATRINES, 7),
    "hvs365": lambda p, c: _pick(p, ("Đạt", "Đạt", "Không đạt", "x"), 8),
    "cost365": lambda p, c: f"{_between(p, 9, 4, 25)},{_between(p, 10, 0, 9)}",
    "fund365": lambda p, c: _pick(p, _FUNDS, 11),
    "vhw365": lambda p, c: _other_vn(p, 12, male=False),
    # Vietnam: rural water station fee book
    "cust365": lambda p, c: f"KH{p.bhxh[-5:]}",
    "period365": lambda p, c: f"T{p.other_date.month:02d}/{p.other_date.year}",
    "old365": lambda p, c: str(_meter(p)[0]),
    "new365": lambda p, c: str(_meter(p)[1]),
    "used365": lambda p, c: str(_meter(p)[1] - _meter(p)[0]),
    "amount365": lambda p, c: _vnd((_meter(p)[1] - _meter(p)[0]) * 7_500),
    "collector365": lambda p, c: _other_vn(p, 13),
    "sign365": lambda p, c: "",
    # Vietnam: arsenic field tests
    "well365": lambda p, c: f"GK-{p.bhxh[:2]}-{p.bhxh[5:9]}",
    "depth365": lambda p, c: str(_between(p, 14, 18, 65)),
    "arsenic365": lambda p, c: str(_arsenic(p)),
    "verdict365": lambda p, c: "Đạt" if _arsenic(p) <= 10 else "Vượt ngưỡng",
    "tester365": lambda p, c: _other_vn(p, 15),
    "tester_phone365": lambda p, c: _other_phone(p, "09"),
    "advice365": lambda p, c: _ADVICE[0] if _arsenic(p) <= 10 else _pick(p, _ADVICE[1:], 16),
    # Caribbean names
    "cb_family365": lambda p, c: _pick(p, _CB_FAMILY, 1).upper(),
    "cb_given365": lambda p, c: _by_sex(p, _CB_GIVEN_M, _CB_GIVEN_F, 2),
    # Trinidad and Tobago
    "tt_id365": lambda p, c: _tt_id(p),
    "tt_app365": lambda p, c: f"NC/{p.other_date.year}/{p.bhxh[-5:]}",
    "tt_street365": lambda p, c: f"#{p.street.split()[0]} {_at(p, _TT_PLACES, 3)[0]}",
    "tt_corp365": lambda p, c: _at(p, _TT_PLACES, 3)[1],
    "tt_phone365": lambda p, c: _nanp(p, "868", ("6", "7", "4", "3"), 4),
    "tt_size365": lambda p, c: _pick(p, ('1/2"', '3/4"', '1/2"', '1"'), 5),
    "tt_plumber365": lambda p, c: f"{_pick(p, _CB_GIVEN_M, 6)} {_pick(p, _CB_FAMILY, 7)}",
    # Barbados
    "bb_nrn365": lambda p, c: _bb_nrn(p),
    "bb_acct365": lambda p, c: f"{p.bhxh[:6]}-{p.bhxh[6:8]}",
    "bb_street365": lambda p, c: f"#{p.street.split()[0]} {_at(p, _BB_PLACES, 3)[0]}",
    "bb_parish365": lambda p, c: _at(p, _BB_PLACES, 3)[1],
    "bb_phone365": lambda p, c: _nanp(p, "246", ("2", "4", "8"), 4),
    "bb_meter365": lambda p, c: f"BWA{p.bhxh[1:8]}",
    "bb_arrears365": lambda p, c: f"{_between(p, 5, 0, 900)}.{_between(p, 6, 0, 99):02d}",
    # Bahamas
    "bs_nib365": lambda p, c: p.bhxh[1:9],
    "bs_acct365": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:9]}",
    "bs_street365": lambda p, c: f"{_at(p, _BS_PLACES, 3)[0]}, Lot {p.street.split()[0]}",
    "bs_settle365": lambda p, c: _at(p, _BS_PLACES, 3)[1],
    "bs_island365": lambda p, c: _at(p, _BS_PLACES, 3)[2],
    "bs_phone365": lambda p, c: _nanp(p, "242", ("3", "4", "5", "8"), 4),
    "bs_service365": lambda p, c: _pick(p, ("Water", "Water & Sewer", "Water"), 5),
    # Guyana
    "gy_id365": lambda p, c: p.bhxh[-9:],
    "gy_cust365": lambda p, c: f"GWI-{p.bhxh[:7]}",
    "gy_family365": lambda p, c: _pick(p, _GY_FAMILY, 1),
    "gy_given365": lambda p, c: _by_sex(p, _GY_GIVEN_M, _GY_GIVEN_F, 2),
    "gy_street365": lambda p, c: _at(p, _GY_PLACES, 3)[0],
    "gy_village365": lambda p, c: _at(p, _GY_PLACES, 3)[1],
    "gy_region365": lambda p, c: _at(p, _GY_PLACES, 3)[2],
    "gy_phone365": lambda p, c: f"+592 6{p.phone[4:6]}-{p.phone[6:10]}",
    "gy_meter365": lambda p, c: _pick(p, ("Metered", "Unmetered", "Metered", "Defective"), 4),
    # Suriname
    "sr_id365": lambda p, c: f"{_pick(p, ('FA', 'FB', 'FC', 'FD'), 1)}{p.bhxh[-6:]}",
    "sr_klant365": lambda p, c: f"{p.bhxh[:2]}.{p.bhxh[2:7]}",
    "sr_family365": lambda p, c: _pick(p, _SR_FAMILY, 2),
    "sr_given365": lambda p, c: _by_sex(p, _SR_GIVEN_M, _SR_GIVEN_F, 3),
    "sr_sex365": lambda p, c: "M" if p.male else "V",
    "sr_street365": lambda p, c: f"{_at(p, _SR_PLACES, 4)[0]} {p.street.split()[0]}",
    "sr_ressort365": lambda p, c: _at(p, _SR_PLACES, 4)[1],
    "sr_district365": lambda p, c: _at(p, _SR_PLACES, 4)[2],
    "sr_phone365": lambda p, c: f"+597 8{p.phone[5:7]}-{p.phone[7:10]}{p.phone[4]}",
    "sr_note365": lambda p, c: _pick(p, ("", "Meter vervangen", "Achterstand", "", "Nieuw"), 5),
}

__all__ = ["WRITERS_BLIND365"]
