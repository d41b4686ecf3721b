"""How the people of the four-hundred-and-fourteenth part of the outside corpus (**blind 414**,
:mod:`lienthong.quality._corpus_blind414`) are written: four Vietnamese files' own columns (home
care volunteers paired with old people, unclaimed pensions, dementia screening, pensions paid
into accounts) and Argentine, Korean, Algerian, Austrian and Filipino old people's names,
addresses, phones and numbers in the forms their cards show (the CUIL with its mod 11 check
digit, the resident registration number, the NIN, the Sozialversicherungsnummer, the PSN)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind20_writers import _DZ_PLACES, _nin_dz
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind112_writers import _KR_FAMILY, _kr_addr, _rrn
from lienthong.quality._corpus_blind117_writers import (
    _PH_FAMILY,
    _PH_GIVEN_F,
    _PH_GIVEN_M,
    _PH_PLACES,
    _psn,
)
from lienthong.quality._corpus_blind118_writers import (
    _AT_GIVEN_F,
    _AT_GIVEN_M,
    _at_place,
    _phone_at,
    _svnr_at,
)
from lienthong.quality._corpus_blind119_writers import (
    _AR_FAMILY,
    _AR_GIVEN_F,
    _AR_GIVEN_M,
    _ar_place,
)
from lienthong.quality._corpus_blind145_writers import _dz_phone
from lienthong.quality._corpus_blind194_writers import _ph_phone
from lienthong.quality._corpus_blind300_writers import _cuil

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HEALTH = ("Yếu, đi lại khó khăn", "Nằm một chỗ", "Tự phục vụ được", "Lẫn nhẹ", "Mắt kém")
_VN_CIRC = ("Sống một mình", "Sống với vợ/chồng già", "Con đi làm xa", "Hộ nghèo", "Neo đơn")
_VN_REGIMES = ("Lương hưu", "Lương hưu", "Trợ cấp MSLĐ", "Trợ cấp tuất hằng tháng", "Lương hưu")
_VN_PAYPOINTS = ("Bưu điện xã", "Điểm BĐVHX thôn 3", "Nhà văn hóa TDP 5", "Bưu cục trung tâm")
_VN_PROXY = ("Không", "Con trai (giấy ủy quyền)", "Con gái (giấy ủy quyền)", "Không")
_VN_DEMENTIA = ("Bình thường", "Suy giảm nhận thức nhẹ", "Nghi SSTT", "Chuyển tuyến khám", "BT")
_VN_COMORB = ("THA", "ĐTĐ typ 2", "THA, ĐTĐ", "Không", "Tai biến cũ", "COPD")
_VN_BANKS = ("Agribank", "Vietcombank", "BIDV", "VietinBank", "LPBank", "Bưu điện (ví VNPost)")
_VN_CURRENT = ("Tiền mặt tại điểm chi trả", "Tiền mặt tại nhà", "Tiền mặt tại điểm chi trả")
_AR_BANKS = ("Banco Nación Suc. 1420", "Banco Provincia Suc. 5012", "Correo Argentino", "BBVA")
_AR_STATE = ("Activo", "Activo", "Suspendido - supervivencia", "Activo", "En trámite")
_KR_GRADES = ("1등급", "2등급", "3등급", "4등급", "5등급", "인지지원등급")
_KR_REL = ("배우자", "자녀", "며느리", "자녀", "손자녀")
_DZ_TYPES = (
    "Retraite directe",
    "Retraite directe",
    "Pension de réversion",
    "Allocation de retraite",
)
_DZ_CARERS = ("Fils - Karim", "Fille - Nadia", "Néant", "Épouse", "Néant")
_DZ_WILAYAS = {"16": "Alger", "31": "Oran", "25": "Constantine", "09": "Blida", "19": "Sétif"}
_AT_FAMILY = ("Gruber", "Huber", "Wagner", "Pichler", "Steiner", "Moser", "Mayer", "Hofer")
_AT_STUFE = ("Stufe 1", "Stufe 2", "Stufe 3", "Stufe 4", "Stufe 5", "Stufe 6", "Stufe 7")
_AT_AMOUNTS = ("200,80", "370,30", "577,00", "865,10", "1.175,20", "1.641,10", "2.193,20")
_AT_24H = ("nein", "nein", "ja (2 Betreuerinnen)", "nein", "beantragt")
_AT_CARER = ("Tochter", "Sohn", "Ehefrau", "Ehemann", "Schwiegertochter", "keine")
_PH_REMARKS = ("Paid", "Paid", "Unpaid - not present", "Paid thru rep.", "For validation")


def _bd(p: Person, days: int) -> date:
    return date(2026, 1, 5) + timedelta(days=int(p.bhxh[-4:]) % days)


def _months(p: Person) -> int:
    return 6 + int(p.bhxh[-2:]) % 13


def _pension(p: Person) -> int:
    return 2_340_000 + int(p.bhxh[-5:]) % 60 * 85_000


def _dz_place(p: Person) -> tuple[str, ...]:
    return _DZ_PLACES[int(p.bhxh) // 7 % len(_DZ_PLACES)]


def _kr_phone(p: Person) -> str:
    return f"010-{p.phone[2:6]}-{p.phone[6:10]}"


def _ar_phone(p: Person) -> str:
    area = _pick(p, ("351", "341", "11", "381"), 2)
    return f"(0{area}) 15-{p.phone[4:8]}-{p.phone[8:10]}{_num(p, 9)}"


def _stamp(p: Person) -> datetime:
    return datetime(2026, 11, 2, 7, 30) + timedelta(minutes=int(p.bhxh[-5:]) % 40000)


def _kr_expiry(p: Person) -> str:
    d = _safe_day(2027 + int(p.bhxh[-1]) % 3, 1 + int(p.bhxh[-3:]) % 12, p.birth.day)
    return f"{d:%Y.%m.%d}"


WRITERS_BLIND414: dict[str, Callable[[Person, Col], object]] = {
    # home care volunteers of the intergenerational self-help club
    "health414": lambda p, c: _pick(p, _VN_HEALTH, 2),
    "circ414": lambda p, c: _pick(p, _VN_CIRC, 3),
    "volunteer414": lambda p, c: _other_vn(p, 4),
    "vol_phone414": lambda p, c: _other_phone(p, "03"),
    "visits414": lambda p, c: f"{2 + _num(p, 6)} lần",
    # unclaimed pensions
    "regime414": lambda p, c: _pick(p, _VN_REGIMES, 2),
    "pension414": lambda p, c: f"{_pension(p):,}".replace(",", "."),
    "months414": lambda p, c: _months(p),
    "from414": lambda p, c: f"{1 + int(p.bhxh[-3:]) % 12:02d}/2025",
    "arrears414": lambda p, c: f"{_pension(p) * _months(p):,}".replace(",", "."),
    "paypoint414": lambda p, c: _pick(p, _VN_PAYPOINTS, 3),
    "proxy414": lambda p, c: _pick(p, _VN_PROXY, 4),
    # dementia screening
    "mmse414": lambda p, c: 14 + int(p.bhxh[-2:]) % 17,
    "dementia414": lambda p, c: _pick(p, _VN_DEMENTIA, 2),
    "comorb414": lambda p, c: _pick(p, _VN_COMORB, 3),
    "carer414": lambda p, c: _other_vn(p, 5),
    "carer_phone414": lambda p, c: _other_phone(p),
    "recheck414": lambda p, c: f"{_bd(p, 300) + timedelta(days=180):%d/%m/%Y}",
    # pensions paid into accounts
    "acct414": lambda p, c: f"{_pick(p, ('1', '0', '2'), 2)}{p.bhxh[1:]}{p.phone[-3:]}",
    "bank414": lambda p, c: _pick(p, _VN_BANKS, 3),
    "holder414": lambda p, c: "" if _num(p, 4) != 1 else _other_vn(p, 6),
    "current414": lambda p, c: _pick(p, _VN_CURRENT, 4),
    "stamp414": lambda p, c: f"{_stamp(p):%d/%m/%Y %H:%M}",
    # Argentina: PUAM
    "ar_cuil414": lambda p, c: _cuil(p),
    "ar_name414": lambda p, c: (
        f"{_pick(p, _AR_FAMILY, 1)} {_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 2)}"
    ),
    "sex_ar414": lambda p, c: "M" if p.male else "F",
    "ar_street414": lambda p, c: _ar_place(p)[3],
    "ar_town414": lambda p, c: _ar_place(p)[0],
    "ar_prov414": lambda p, c: _ar_place(p)[1],
    "ar_cp414": lambda p, c: _ar_place(p)[2],
    "phone_ar414": lambda p, c: _ar_phone(p),
    "ar_bank414": lambda p, c: _pick(p, _AR_BANKS, 3),
    "ar_amount414": lambda p, c: (
        f"{278_000 + int(p.bhxh[-3:]) * 11:,.2f}".replace(",", "X")
        .replace(".", ",")
        .replace("X", ".")
    ),
    "ar_proxy414": lambda p, c: "" if _num(p, 3) != 1 else f"{_pick(p, _AR_FAMILY, 5)}, Laura",
    "ar_state414": lambda p, c: _pick(p, _AR_STATE, 4),
    # South Korea: family care allowance of long-term care insurance
    "kr_name414": lambda p, c: (
        _pick(p, _KR_FAMILY, 1)
        + _by_sex(p, ("만수", "덕구", "춘식", "길남"), ("말순", "복례", "순덕", "영자"), 2)
    ),
    "kr_rrn414": lambda p, c: "-".join(_rrn(p)),
    "sex_kr414": lambda p, c: "남" if p.male else "여",
    "kr_addr414": lambda p, c: _kr_addr(p),
    "phone_kr414": lambda p, c: _kr_phone(p),
    "kr_grade414": lambda p, c: _pick(p, _KR_GRADES, 2),
    "kr_expiry414": lambda p, c: _kr_expiry(p),
    "kr_carer414": lambda p, c: _pick(p, _KR_FAMILY, 4) + _pick(p, ("미경", "성호", "지연"), 5),
    "kr_rel414": lambda p, c: _pick(p, _KR_REL, 3),
    "kr_pay414": lambda p, c: f"{150_000 + _num(p, 5) * 10_000:,}",
    # Algeria: CNR pensioners
    "dz_nin414": lambda p, c: _nin_dz(p),
    "dz_pension_no414": lambda p, c: f"{_dz_place(p)[0]}/{p.bhxh[-7:]}",
    "dz_fam414": lambda p, c: _pick(p, ("BOUDIAF", "MEZIANE", "CHERIF", "HADDAD", "AIT ALI"), 1),
    "dz_giv414": lambda p, c: _by_sex(
        p, ("Ahmed", "Saïd", "Belkacem"), ("Zohra", "Fatma", "Yamina"), 2
    ),
    "sex_dz414": lambda p, c: "M" if p.male else "F",
    "dz_addr414": lambda p, c: _dz_place(p)[1].format(n=_num(p, 40)) + f", {_dz_place(p)[2]}",
    "dz_commune414": lambda p, c: _dz_place(p)[2],
    "dz_post414": lambda p, c: _dz_place(p)[3],
    "dz_wilaya414": lambda p, c: _DZ_WILAYAS.get(_dz_place(p)[0], "Alger"),
    "phone_dz414": lambda p, c: _dz_phone(p),
    "dz_type414": lambda p, c: _pick(p, _DZ_TYPES, 3),
    "dz_amount414": lambda p, c: f"{15_000 + int(p.bhxh[-4:]) * 6:,}".replace(",", " ") + ",00",
    "dz_ccp414": lambda p, c: f"{p.bhxh[-8:]} clé {int(p.bhxh[-2:]) % 97:02d}",
    "dz_carer414": lambda p, c: _pick(p, _DZ_CARERS, 4),
    # Austria: Pflegegeld
    "at_svnr414": lambda p, c: _svnr_at(p),
    "at_fam414": lambda p, c: _pick(p, _AT_FAMILY, 1),
    "at_giv414": lambda p, c: _by_sex(p, _AT_GIVEN_M, _AT_GIVEN_F, 2),
    "sex_at414": lambda p, c: "männlich" if p.male else "weiblich",
    "at_street414": lambda p, c: f"{_at_place(p)[3]} {_num(p, 80)}/{_num(p, 9)}",
    "at_plz414": lambda p, c: _at_place(p)[0],
    "at_ort414": lambda p, c: _at_place(p)[1],
    "at_land414": lambda p, c: _at_place(p)[2],
    "phone_at414": lambda p, c: _phone_at(p),
    "at_stufe414": lambda p, c: _AT_STUFE[int(p.bhxh[-2:]) % 7],
    "at_amount414": lambda p, c: _AT_AMOUNTS[int(p.bhxh[-2:]) % 7],
    "at_24h414": lambda p, c: _pick(p, _AT_24H, 3),
    "at_carer414": lambda p, c: _pick(p, _AT_CARER, 4),
    # the Philippines: social pension for indigent senior citizens
    "ph_osca414": lambda p, c: f"OSCA-{_num(p, 99):02d}-{p.bhxh[-5:]}",
    "ph_psn414": lambda p, c: _psn(p),
    "ph_fam414": lambda p, c: _pick(p, _PH_FAMILY, 1),
    "ph_giv414": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 2),
    "sex_ph414": lambda p, c: "Male" if p.male else "Female",
    "ph_street414": lambda p, c: _PH_PLACES[int(p.bhxh) // 5 % len(_PH_PLACES)][0],
    "ph_brgy414": lambda p, c: _PH_PLACES[int(p.bhxh) // 5 % len(_PH_PLACES)][1],
    "ph_city414": lambda p, c: _PH_PLACES[int(p.bhxh) // 5 % len(_PH_PLACES)][2],
    "ph_prov414": lambda p, c: _PH_PLACES[int(p.bhxh) // 5 % len(_PH_PLACES)][3],
    "phone_ph414": lambda p, c: _ph_phone(p),
    "ph_rep414": lambda p, c: "" if _num(p, 3) != 1 else f"{_pick(p, _PH_FAMILY, 4)}, Rosalie",
    "ph_stipend414": lambda p, c: "6,000.00",
    "ph_remark414": lambda p, c: _pick(p, _PH_REMARKS, 3),
}

__all__ = ["WRITERS_BLIND414"]
