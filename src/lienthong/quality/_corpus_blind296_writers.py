"""How the people of the two-hundred-and-ninety-sixth part of the outside corpus (**blind 296**,
:mod:`lienthong.quality._corpus_blind296`) are written: wide registers, one row per household,
loan, crew member or claimant with other people's columns spread beside the record's own (a
household's second and third members, two guarantors, an emergency contact, a spouse and two
children), in Vietnam, Argentina, Japan, Turkey, the Philippines and Chile (the Turkish T.C.
Kimlik No with its two check digits, the Chilean RUN with its mod-11 digit, the Argentine DNI and
CUIL, the PhilSys number; Japanese dates in the era calendar)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind44_writers import _cuil, _dni_number
from lienthong.quality._corpus_blind45_writers import _CL_FAMILY, _CL_GIVEN_F, _CL_GIVEN_M
from lienthong.quality._corpus_blind111_writers import _TR_FAMILY, _TR_GIVEN_F, _TR_GIVEN_M
from lienthong.quality._corpus_blind112_writers import (
    _JP_FAMILY,
    _JP_GIVEN_F,
    _JP_GIVEN_M,
    _wareki,
)
from lienthong.quality._corpus_blind117_writers import _PH_FAMILY, _PH_GIVEN_F, _PH_GIVEN_M, _psn
from lienthong.quality._corpus_blind119_writers import _AR_FAMILY, _AR_GIVEN_F, _AR_GIVEN_M
from lienthong.quality._corpus_blind248_writers import _tc_from

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam ---------------------------------------------------------------------------------------
_VN_REL_M3 = ("Con", "Con", "Cháu", "Con", "Con")
_VN_LOAN_PLANS = (
    "Nuôi bò sinh sản",
    "Trồng cà phê xen sầu riêng",
    "Nuôi lợn thịt",
    "Mua máy cày mini",
    "Nuôi tôm thẻ chân trắng",
)
_VN_LOAN_LEFT = ("Đã trả đủ", "Còn nợ gốc", "Quá hạn", "Còn nợ gốc", "Gia hạn")
_VN_CREW_ROLES = ("Thuyền trưởng", "Máy trưởng", "Thuyền viên", "Thuyền viên", "Thuyền phó")
_VN_CREW_BOATS = ("QNg-90479-TS", "BĐ-97452-TS", "KH-92235-TS", "BTh-98163-TS", "QNa-90981-TS")
_VN_CREW_REL = ("Vợ", "Mẹ", "Anh trai", "Vợ", "Bố", "Em gái")
_VN_MOM_REWARD = ("Giấy khen + 500.000", "Giấy khen + 500.000", "Giấy khen", "1.000.000")
# -- Argentina -------------------------------------------------------------------------------------
_AR_TOWNS = (
    ("Córdoba", "X5000", "Bv. Chacabuco 1150 6° A"),
    ("Rosario", "S2000", "Bv. Oroño 845 3° C"),
    ("Mar del Plata", "B7600", "Av. Colón 2840 PB 2"),
    ("Mendoza", "M5500", "Av. Arístides Villanueva 512"),
    ("Neuquén", "Q8300", "Belgrano 379 1° B"),
)
_AR_UNITS = ("Depto. 2 amb. - Güemes", "Monoambiente Nva. Córdoba", "Casa 3 amb. - Fisherton")
_AR_GUARANTEE = ("Propietaria", "Propietaria", "Recibo de sueldo", "Seguro de caución")
# -- Japan -----------------------------------------------------------------------------------------
_JP_TOWNS = (
    ("231-0861", "神奈川県横浜市中区元町", "045"),
    ("330-0063", "埼玉県さいたま市浦和区高砂", "048"),
    ("700-0822", "岡山県岡山市北区表町", "086"),
    ("890-0053", "鹿児島県鹿児島市中央町", "099"),
    ("920-0981", "石川県金沢市片町", "076"),
)
_JP_REL3 = ("長男", "次男", "孫", "長男", "三男")
_JP_FEE = ("納入済", "納入済", "未納", "口座振替", "納入済")
# -- Turkey ----------------------------------------------------------------------------------------
_TR_UNIS = ("Ankara Üniversitesi", "Ege Üniversitesi", "Atatürk Üniversitesi", "ODTÜ", "KTÜ")
_TR_KIND = ("Öğrenim Kredisi", "Öğrenim Kredisi", "Katkı Kredisi", "Lisansüstü Öğrenim Kredisi")
_TR_ADDR = (
    "Cebeci Mah. Dikmen Cad. No:14 D:3 Çankaya/ANKARA",
    "Kazımdirik Mah. 372/7 Sok. No:5 Bornova/İZMİR",
    "Yenişehir Mah. Ömer Nasuhi Bilmen Cad. No:21 Yakutiye/ERZURUM",
    "Kalkınma Mah. Şehit Cengiz Topel Cad. No:8 Ortahisar/TRABZON",
)
# -- Philippines -----------------------------------------------------------------------------------
_PH_HOMES = (
    ("Purok 2, Brgy. Guadalupe, Bogo City", "Cebu"),
    ("Blk 7 Lot 3 Camella Homes, Brgy. Molino III, Bacoor", "Cavite"),
    ("45 Magsaysay St., Brgy. Poblacion, Cabanatuan City", "Nueva Ecija"),
    ("Sitio Ilaya, Brgy. San Roque, Batangas City", "Batangas"),
)
_PH_JOBS = (
    ("Saudi Arabia", "Al Mouwasat Hospital", "Staff Nurse"),
    ("Hong Kong", "Private employer (Mr. Chan)", "Domestic Helper"),
    ("United Arab Emirates", "Emirates Flight Catering", "Cook"),
    ("Qatar", "Qatar Airways Group", "Cabin Crew"),
    ("Taiwan", "Foxconn Technology", "Factory Worker"),
)
_PH_REL_F = ("Mother", "Sister", "Daughter", "Aunt")
_PH_REL_M = ("Father", "Brother", "Son", "Uncle")
_PH_IDS = ("UMID", "Driver's License", "PhilSys", "Postal ID", "Voter's ID")
# -- Chile -----------------------------------------------------------------------------------------
_CL_HOMES = (
    ("Pje. Los Copihues 1432", "La Pintana", "Metropolitana"),
    ("Villa Esperanza, calle 5 N° 220", "Los Ángeles", "Biobío"),
    ("Av. Alemania 0671, depto 305", "Temuco", "Araucanía"),
    ("Población Santa Julia, Psje. 12 N° 88", "Rancagua", "O'Higgins"),
    ("Calle Baquedano 915", "Calama", "Antofagasta"),
)
_CL_KIDS_M = ("Benjamín", "Agustín", "Vicente", "Maximiliano", "Tomás")
_CL_KIDS_F = ("Sofía", "Isidora", "Emilia", "Trinidad", "Florencia")
_CL_RSH = ("40%", "40%", "50%", "60%")


def _seed(p: Person, salt: int) -> str:
    """Ten digits that belong to nobody but the row's other person number ``salt``."""
    return f"{(int(p.bhxh) * (salt + 7) + salt) % 10**10:010d}"


def _day(p: Person, start: date, span: int, salt: int = 1) -> date:
    return start + timedelta(days=(int(p.bhxh) // (salt + 1)) % span)


def _child_birth(p: Person, order: int) -> date:
    """A child of the row: the first born 2014-2019, the second two or three years later."""
    year = 2014 + int(p.bhxh) % 6 + (order - 1) * (2 + int(p.bhxh) % 2)
    return _safe_day(year, (p.birth.month + 4 * order) % 12 + 1, p.birth.day)


def _adult_birth(p: Person, salt: int) -> date:
    return _safe_day(1950 + (int(p.bhxh) // (salt + 3)) % 50, salt % 12 + 1, p.birth.day)


def _student_birth(p: Person) -> date:
    return _safe_day(2001 + int(p.bhxh) % 6, p.birth.month, p.birth.day)


def _vn_cccd_other(p: Person, salt: int) -> str:
    return _cccd_of(p, int(p.bhxh) // (salt + 1) % 2 == 0, _adult_birth(p, salt).year)


# -- Argentina -------------------------------------------------------------------------------------
def _ar_name(p: Person, salt: int = 1, male: bool | None = None) -> str:
    is_male = p.male if male is None else male
    given = _pick(p, _AR_GIVEN_M if is_male else _AR_GIVEN_F, salt)
    return f"{_pick(p, _AR_FAMILY, salt + 1)}, {given}"


def _ar_dni(p: Person, salt: int = 0) -> str:
    """The DNI as written on leases, ``32.456.789`` (a guarantor's from ``salt``)."""
    n = int(_seed(p, salt)) % 35_000_000 + 10_000_000 if salt else int(_dni_number(p))
    return f"{n:,}".replace(",", ".")


def _ar_town(p: Person) -> tuple[str, str, str]:
    return _AR_TOWNS[int(p.bhxh) // 3 % len(_AR_TOWNS)]


# -- Japan -----------------------------------------------------------------------------------------
def _jp_town(p: Person) -> tuple[str, str, str]:
    return _JP_TOWNS[int(p.bhxh) // 7 % len(_JP_TOWNS)]


def _jp_family(p: Person) -> str:
    return _pick(p, _JP_FAMILY, 2)


# -- Chile -----------------------------------------------------------------------------------------
def _run(body: int) -> str:
    """A Chilean RUN ``12.345.678-K`` for ``body``: the number and its mod-11 digit."""
    total = sum(int(ch) * (2 + i % 6) for i, ch in enumerate(reversed(str(body))))
    check = 11 - total % 11
    digit = "0" if check == 11 else "K" if check == 10 else str(check)
    return f"{body:,}".replace(",", ".") + f"-{digit}"


def _cl_home(p: Person) -> tuple[str, str, str]:
    return _CL_HOMES[int(p.bhxh) // 11 % len(_CL_HOMES)]


def _cl_kid(p: Person, order: int) -> str:
    """A dependant: the father's surname first, the mother's second."""
    boy = int(p.bhxh) // (order + 2) % 2 == 0
    given = _pick(p, _CL_KIDS_M if boy else _CL_KIDS_F, order + 3)
    own, other = _pick(p, _CL_FAMILY, 2), _pick(p, _CL_FAMILY, 7)
    return f"{given} {own} {other}" if p.male else f"{given} {other} {own}"


def _tr_upper(text: str) -> str:
    """Turkish capitals: the dotted i becomes İ."""
    return text.replace("i", "İ").upper()


def _tr_mobile(p: Person) -> str:
    """``0 (532) 412 55 90``, as the loan forms print a mobile."""
    d = p.phone[2:] + p.bhxh[-1]
    return f"0 (5{d[:2]}) {d[2:5]} {d[5:7]} {d[7:9]}"


def _spouse_vn(p: Person) -> str:
    return _other_vn(p, 2, male=not p.male)


def _kids_family(p: Person) -> str:
    """Children take the father's family name."""
    return p.family if p.male else _spouse_vn(p).split()[0]


WRITERS_BLIND296: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: households buying family health insurance at the commune's collection agent
    "hh_m2_296": lambda p, c: _other_vn(p, 3, male=not p.male),
    "hh_m2_birth296": lambda p, c: f"{_adult_birth(p, 3):%d/%m/%Y}",
    "hh_m2_rel296": lambda p, c: "Vợ" if p.male else "Chồng",
    "hh_m3_296": lambda p, c: _other_vn(p, 5, family=_kids_family(p)),
    "hh_m3_birth296": lambda p, c: f"{_child_birth(p, 1):%d/%m/%Y}",
    "hh_m3_rel296": lambda p, c: _pick(p, _VN_REL_M3, 6),
    "hh_amount296": lambda p, c: f"{(1_263_600 + 884_520 + 758_160):,}".replace(",", "."),
    # Vietnam: farmers' support fund loans with two guarantors
    "loan_plan296": lambda p, c: _pick(p, _VN_LOAN_PLANS, 2),
    "loan_amt296": lambda p, c: 30 + _num(p, 7) * 10,
    "loan_term296": lambda p, c: _pick(p, ("24", "36", "36", "18"), 3),
    "g1_name296": lambda p, c: _other_vn(p, 4),
    "g1_id296": lambda p, c: _vn_cccd_other(p, 4),
    "g2_name296": lambda p, c: _other_vn(p, 6),
    "g2_id296": lambda p, c: _vn_cccd_other(p, 6),
    "g2_phone296": lambda p, c: _other_phone(p, "08"),
    "loan_left296": lambda p, c: _pick(p, _VN_LOAN_LEFT, 5),
    # Vietnam: fishing crew declared at the border guard station, with an emergency contact
    "crew_role296": lambda p, c: _pick(p, _VN_CREW_ROLES, 2),
    "crew_boat296": lambda p, c: _pick(p, _VN_CREW_BOATS, 3),
    "crew_owner296": lambda p, c: _other_vn(p, 7, male=True),
    "crew_kin296": lambda p, c: _other_vn(p, 8),
    "crew_kin_rel296": lambda p, c: _pick(p, _VN_CREW_REL, 4),
    "crew_kin_phone296": lambda p, c: _other_phone(p, "03"),
    "crew_kin_id296": lambda p, c: _vn_cccd_other(p, 8),
    # Vietnam: couples with two children proposed for the commune's population reward
    "mom_husband296": lambda p, c: _spouse_vn(p),
    "mom_child1_296": lambda p, c: _other_vn(p, 9, family=_kids_family(p)),
    "mom_child1_birth296": lambda p, c: f"{_child_birth(p, 1):%d.%m.%Y}",
    "mom_child2_296": lambda p, c: _other_vn(p, 10, family=_kids_family(p)),
    "mom_child2_birth296": lambda p, c: f"{_child_birth(p, 2):%d.%m.%Y}",
    "mom_amount296": lambda p, c: _pick(p, _VN_MOM_REWARD, 3),
    # Argentina: a letting agent's leases with two guarantors
    "ar_name296": lambda p, c: _ar_name(p),
    "ar_dni296": lambda p, c: _ar_dni(p),
    "ar_cuil296": lambda p, c: _cuil(p),
    "ar_addr296": lambda p, c: _ar_town(p)[2],
    "ar_town296": lambda p, c: _ar_town(p)[0],
    "ar_cp296": lambda p, c: _ar_town(p)[1],
    "ar_phone296": lambda p, c: f"+54 9 {p.phone[1:4]} {p.phone[4:7]}-{p.phone[7:]}",
    "ar_unit296": lambda p, c: _pick(p, _AR_UNITS, 2),
    "ar_rent296": lambda p, c: f"{(250 + _num(p, 40) * 10) * 1000:,}".replace(",", "."),
    "ar_g1_296": lambda p, c: _ar_name(p, 3, male=True),
    "ar_g1_dni296": lambda p, c: _ar_dni(p, 3),
    "ar_g2_296": lambda p, c: _ar_name(p, 5, male=False),
    "ar_g2_dni296": lambda p, c: _ar_dni(p, 5),
    "ar_kind296": lambda p, c: _pick(p, _AR_GUARANTEE, 4),
    # Japan: a neighbourhood association's household roster
    "jp_name296": lambda p, c: f"{_jp_family(p)} {_by_sex(p, _JP_GIVEN_M, _JP_GIVEN_F, 3)}",
    "jp_birth296": lambda p, c: _wareki(p.birth),
    "jp_sex296": lambda p, c: "男" if p.male else "女",
    "jp_zip296": lambda p, c: _jp_town(p)[0],
    "jp_addr296": lambda p, c: f"{_jp_town(p)[1]}{_num(p, 5)}丁目{_num(p, 20)}-{_num(p, 9)}",
    "jp_phone296": lambda p, c: f"{_jp_town(p)[2]}-{p.phone[-7:-4]}-{p.phone[-4:]}",
    "jp_han296": lambda p, c: f"{_num(p, 12)}班",
    "jp_m2_296": lambda p, c: f"{_jp_family(p)} {_by_sex(p, _JP_GIVEN_F, _JP_GIVEN_M, 5)}",
    "jp_m2_rel296": lambda p, c: "妻" if p.male else "夫",
    "jp_m2_birth296": lambda p, c: _wareki(_adult_birth(p, 5)),
    "jp_m3_296": lambda p, c: f"{_jp_family(p)} {_pick(p, ('翔太', '大輔', '健太', '拓也'), 6)}",
    "jp_m3_rel296": lambda p, c: _pick(p, _JP_REL3, 7),
    "jp_m3_birth296": lambda p, c: _wareki(_child_birth(p, 2)),
    "jp_fee296": lambda p, c: _pick(p, _JP_FEE, 8),
    "jp_join296": lambda p, c: _wareki(_day(p, date(1995, 4, 1), 10_000)),
    # Turkey: KYK student loan bonds with two joint guarantors
    "tr_tc296": lambda p, c: _tc_from(p.bhxh[:9]),
    "tr_given296": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 2),
    "tr_family296": lambda p, c: _tr_upper(_pick(p, _TR_FAMILY, 3)),
    "tr_birth296": lambda p, c: f"{_student_birth(p):%d.%m.%Y}",
    "tr_sex296": lambda p, c: "Erkek" if p.male else "Kadın",
    "tr_phone296": lambda p, c: _tr_mobile(p),
    "tr_addr296": lambda p, c: _pick(p, _TR_ADDR, 4),
    "tr_uni296": lambda p, c: _pick(p, _TR_UNIS, 5),
    "tr_kind296": lambda p, c: _pick(p, _TR_KIND, 6),
    "tr_amount296": lambda p, c: _pick(p, ("3.000,00", "4.500,00", "6.000,00"), 7),
    "tr_k1_296": lambda p, c: f"{_pick(p, _TR_GIVEN_M, 8)} {_tr_upper(_pick(p, _TR_FAMILY, 3))}",
    "tr_k1_tc296": lambda p, c: _tc_from(_seed(p, 8)[:9]),
    "tr_k1_phone296": lambda p, c: f"05{_seed(p, 8)[:2]} {_seed(p, 8)[2:5]} {_seed(p, 8)[5:9]}",
    "tr_k2_296": lambda p, c: f"{_pick(p, _TR_GIVEN_F, 9)} {_tr_upper(_pick(p, _TR_FAMILY, 10))}",
    "tr_k2_tc296": lambda p, c: _tc_from(_seed(p, 9)[:9]),
    "tr_senet296": lambda p, c: f"{_day(p, date(2024, 10, 1), 420):%d.%m.%Y}",
    # Philippines: OFWs' OWWA membership with a spouse and an emergency contact
    "ph_family296": lambda p, c: _pick(p, _PH_FAMILY, 2).upper(),
    "ph_given296": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 3).upper(),
    "ph_sex296": lambda p, c: "M" if p.male else "F",
    "ph_psn296": lambda p, c: _psn(p),
    "ph_passport296": lambda p, c: f"P{p.bhxh[-7:]}{_pick(p, ('A', 'B', 'C'), 4)}",
    "ph_phone296": lambda p, c: f"+63 9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:]}",
    "ph_addr296": lambda p, c: ", ".join(_PH_HOMES[int(p.bhxh) // 5 % len(_PH_HOMES)]),
    "ph_prov296": lambda p, c: _PH_HOMES[int(p.bhxh) // 5 % len(_PH_HOMES)][1],
    "ph_country296": lambda p, c: _PH_JOBS[int(p.bhxh) // 9 % len(_PH_JOBS)][0],
    "ph_employer296": lambda p, c: _PH_JOBS[int(p.bhxh) // 9 % len(_PH_JOBS)][1],
    "ph_pos296": lambda p, c: _PH_JOBS[int(p.bhxh) // 9 % len(_PH_JOBS)][2],
    "ph_spouse296": lambda p, c: (
        f"{_by_sex(p, _PH_GIVEN_F, _PH_GIVEN_M, 5)} {_pick(p, _PH_FAMILY, 2)}"
        if int(p.bhxh) % 3
        else ""
    ),
    "ph_kin296": lambda p, c: (
        f"{_pick(p, _PH_GIVEN_F if int(p.bhxh) % 2 else _PH_GIVEN_M, 6)} {_pick(p, _PH_FAMILY, 2)}"
    ),
    "ph_kin_rel296": lambda p, c: _pick(p, _PH_REL_F if int(p.bhxh) % 2 else _PH_REL_M, 8),
    "ph_kin_phone296": lambda p, c: f"09{_seed(p, 6)[:9]}",
    "ph_kin_id296": lambda p, c: f"{_pick(p, _PH_IDS, 9)} {_seed(p, 6)[-8:]}",
    # Chile: family allowance (SUF) beneficiaries and their dependants
    "cl_run296": lambda p, c: _run(7_000_000 + int(p.bhxh[:8]) % 19_000_000),
    "cl_given296": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 2),
    "cl_family296": lambda p, c: f"{_pick(p, _CL_FAMILY, 2)} {_pick(p, _CL_FAMILY, 5)}",
    "cl_sex296": lambda p, c: "M" if p.male else "F",
    "cl_street296": lambda p, c: _cl_home(p)[0],
    "cl_comuna296": lambda p, c: _cl_home(p)[1],
    "cl_region296": lambda p, c: _cl_home(p)[2],
    "cl_phone296": lambda p, c: f"+56 9 {p.phone[2:6]} {p.phone[6:]}",
    "cl_c1_296": lambda p, c: _cl_kid(p, 1),
    "cl_c1_run296": lambda p, c: _run(22_000_000 + int(_seed(p, 1)) % 3_000_000),
    "cl_c1_birth296": lambda p, c: f"{_child_birth(p, 1):%d-%m-%Y}",
    "cl_c2_296": lambda p, c: _cl_kid(p, 2),
    "cl_c2_run296": lambda p, c: _run(24_000_000 + int(_seed(p, 2)) % 2_000_000),
    "cl_c2_birth296": lambda p, c: f"{_child_birth(p, 2):%d-%m-%Y}",
    "cl_rsh296": lambda p, c: _pick(p, _CL_RSH, 4),
    "cl_grant296": lambda p, c: f"{_day(p, date(2023, 3, 1), 900):%d-%m-%Y}",
}

__all__ = ["WRITERS_BLIND296"]
