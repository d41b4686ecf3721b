"""How the people of the hundred-and-thirty-second part of the outside corpus (**blind 132**,
:mod:`lienthong.quality._corpus_blind132`) are written: four Vietnamese files' own columns (a
social allowance paid into a bank account, an electric motorbike registered at the commune police,
the non-agricultural land-use tax on a plot, a student loan taken by a household head) and Cuban,
Dominican, Puerto Rican, Panamanian and Honduran names, places, phones and numbers in the forms
their registers show (the Cuban carné carries the birth date, the Dominican cédula ends in its
Luhn digit, the Puerto Rican SSN uses the island's area numbers, the Panamanian cédula is the
province, the book and the entry, the Honduran DNI starts with the municipality's code)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind21_writers import (
    _HN_FAMILY,
    _HN_GIVEN_F,
    _HN_GIVEN_M,
    _dni_hn,
    _hn_place,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _place as _pa_place_of
from lienthong.quality._corpus_blind46_writers import (
    _CU_FAMILY,
    _CU_GIVEN_F,
    _CU_GIVEN_M,
    _CU_PLACES,
    _PR_FAMILY,
    _PR_GIVEN_F,
    _PR_GIVEN_M,
    _PR_PLACES,
    _carne,
    _ssn_pr,
)
from lienthong.quality._corpus_blind46_writers import _place as _place9
from lienthong.quality._corpus_blind69_writers import (
    _DO_FAMILY,
    _DO_GIVEN_F,
    _DO_GIVEN_M,
    _DO_PLACES,
    _cedula_do,
)
from lienthong.quality._corpus_blind69_writers import _place as _do_place_of
from lienthong.quality._corpus_blind70_writers import (
    _PA_FAMILY,
    _PA_GIVEN_F,
    _PA_GIVEN_M,
    _PA_PLACES,
    _cedula,
)
from lienthong.quality._corpus_blind78_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: social allowances paid into bank accounts -------------------------------------------
_VN_TCXH_KINDS = (
    ("NCT từ đủ 80 tuổi", 500_000),
    ("NKT nặng", 750_000),
    ("NKT đặc biệt nặng", 1_000_000),
    ("Người đơn thân nghèo nuôi con", 500_000),
    ("NCT nghèo cô đơn", 750_000),
)
_VN_BANKS = ("Agribank CN Đông Anh", "VietinBank CN Đông Anh", "BIDV CN Bắc Hà Nội", "NHCSXH")
_VN_OWNER = ("Chính chủ", "Chính chủ", "Chính chủ", "Người giám hộ")
# -- Vietnam: electric motorbikes registered at the commune police ---------------------------------
_VN_EBIKES = (
    ("VinFast", "Evo200", "Đỏ"),
    ("VinFast", "Feliz S", "Trắng"),
    ("Yadea", "Xmen Neo", "Đen"),
    ("Dat Bike", "Weaver++", "Xanh"),
    ("Pega", "eSH", "Xám"),
)
_VN_POLICE = ("Thượng úy", "Trung úy", "Đại úy", "Thiếu tá")
# -- Vietnam: non-agricultural land-use tax ------------------------------------------------------
_VN_PLOTS = (
    "Tổ 5, phường Phúc Lợi",
    "Xóm Đồng, xã Đông Hội",
    "Thôn Đoài, xã Tiên Dương",
    "Khu Gò Cả, xã Việt Hùng",
)
_VN_PLOT_USE = ("ODT", "ONT", "ONT", "ODT", "SKC")
_VN_TAX_STATUS = ("Đã nộp", "Đã nộp", "Chưa nộp", "Miễn", "Nộp 1 lần 5 năm")
# -- Vietnam: student loans from the social policy bank --------------------------------------------
_VN_UNIS = (
    "ĐH Bách khoa Hà Nội",
    "ĐH Sư phạm Thái Nguyên",
    "CĐ Y tế Thanh Hóa",
    "ĐH Kinh tế Quốc dân",
    "ĐH Nông lâm Bắc Giang",
)
_VN_LOAN_KINDS = ("Hộ nghèo", "Hộ cận nghèo", "Hộ có mức sống TB", "Gia đình gặp khó khăn")
_VN_SAVINGS_GROUPS = ("Tổ TK&VV thôn Nội", "Tổ TK&VV thôn Ngoài", "Tổ TK&VV xóm Mới")
# -- Cuba: self-employed workers' licences -------------------------------------------------------
_CU_ACTIVITIES = (
    "Elaborador vendedor de alimentos",
    "Arrendador de viviendas",
    "Mensajero",
    "Reparador de equipos eléctricos",
    "Transportista de pasajeros",
    "Peluquera",
)
_CU_STATUS = ("Activo", "Activo", "Activo", "Suspendido", "Baja voluntaria")
# -- Dominican Republic: driving licences ---------------------------------------------------------
_DO_CATEGORIES = ("Categoría 02 - Liviano", "Categoría 01 - Motor", "Categoría 03 - Pesado")
_DO_BLOOD = ("O+", "O+", "A+", "B+", "O-", "AB+")
_DO_SCHOOLS = ("Escuela de Choferes Nacional", "Autoescuela Santiago", "Escuela Vial del Este")
_DO_RESTRICTIONS = ("Ninguna", "Ninguna", "Uso de lentes", "Ninguna", "Solo automático")
# -- Puerto Rico: unemployment claims -------------------------------------------------------------
_PR_EMPLOYERS = (
    "Walmart Puerto Rico, Inc.",
    "Municipio de Bayamón",
    "Hospital Auxilio Mutuo",
    "Amgen Manufacturing Ltd.",
    "Econo Rial, Inc.",
)
_PR_REASONS = (
    "Cesantía / Laid off",
    "Cierre / Closure",
    "Renuncia / Quit",
    "Reducción de horas / Reduced hours",
)
_PR_CLAIM_STATUS = (
    "Aprobada / Approved",
    "Pendiente / Pending",
    "Denegada / Denied",
    "Aprobada / Approved",
)
# -- Panama: the 120 at 65 pension ----------------------------------------------------------------
_PA_PAYMENT = ("Tarjeta clave social", "Efectivo (pagaduría)", "Tarjeta clave social", "ACH")
_PA_PAY_PLACE = ("Banco Nacional, sucursal Vía España", "Gimnasio de San Miguelito", "BNP David")
# -- Honduras: workers insured with the IHSS ------------------------------------------------------
_HN_EMPLOYERS = (
    ("GILDAN ACTIVEWEAR SAN MIGUEL S.A.", "05019002123456"),
    ("SUPERMERCADOS LA COLONIA", "08019995098765"),
    ("ALCALDIA MUNICIPAL DEL DISTRITO CENTRAL", "08019000001111"),
    ("HOSPITAL D'ANTONI", "01019001234567"),
)
_HN_REGIMES = ("IVM + EM + RP", "IVM + EM", "EM", "IVM + EM + RP")


def _amount_vn(p: Person) -> int:
    return _VN_TCXH_KINDS[int(p.bhxh) // 3 % len(_VN_TCXH_KINDS)][1]


def _ebike(p: Person) -> tuple[str, str, str]:
    return _VN_EBIKES[int(p.bhxh) // 5 % len(_VN_EBIKES)]


def _plate(p: Person) -> str:
    return f"29MĐ1-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"


def _area(p: Person) -> int:
    return 40 + int(p.bhxh[-4:]) % 260


def _cu_phone(p: Person) -> str:
    body = f"5{p.phone[3:10]}"
    return f"+53 {body}" if int(p.bhxh) % 3 == 0 else f"{body[:1]} {body[1:4]} {body[4:]}"


def _do_phone(p: Person) -> str:
    area = _pick(p, ("809", "829", "849"), 3)
    return f"({area}) {p.phone[3:6]}-{p.phone[6:10]}"


def _pr_phone(p: Person) -> str:
    area = _pick(p, ("787", "939"), 4)
    return f"{area}-{p.phone[3:6]}-{p.phone[6:10]}"


def _pa_phone(p: Person) -> str:
    return f"6{p.phone[4:7]}-{p.phone[7:10]}{p.phone[3]}"


def _hn_phone(p: Person) -> str:
    lead = _pick(p, ("9", "3", "8"), 5)
    return f"{lead}{p.phone[4:7]}-{p.phone[7:10]}{p.phone[3]}"


def _hn_dni(p: Person) -> str:
    dni = _dni_hn(p)
    return dni.replace("-", "") if int(p.bhxh) % 3 == 0 else dni


def _do_place(p: Person) -> tuple[str, ...]:
    return _do_place_of(p, _DO_PLACES)


def _pa_place(p: Person) -> tuple[str, ...]:
    return _pa_place_of(p, _PA_PLACES)


def _pr_weekly(p: Person) -> int:
    return 60 + int(p.bhxh[-3:]) % 130


WRITERS_BLIND132: dict[str, Callable[[Person, Col], object]] = {
    # social allowances paid into bank accounts
    "tcxh_kind132": lambda p, c: _VN_TCXH_KINDS[int(p.bhxh) // 3 % len(_VN_TCXH_KINDS)][0],
    "tcxh_amount132": lambda p, c: _dotted(_amount_vn(p)),
    "tcxh_account132": lambda p, c: f"1{p.bhxh[1:]}{_num(p, 90):02d}",
    "tcxh_bank132": lambda p, c: _pick(p, _VN_BANKS, 2),
    "tcxh_owner132": lambda p, c: _pick(p, _VN_OWNER, 3),
    "tcxh_guardian132": lambda p, c: (
        _other_vn(p, 4, family=p.family) if _pick(p, _VN_OWNER, 3) != "Chính chủ" else ""
    ),
    # electric motorbikes at the commune police
    "ebike_file132": lambda p, c: f"{_num(p, 900):03d}/ĐKX-CAX",
    "ebike_brand132": lambda p, c: _ebike(p)[0],
    "ebike_model132": lambda p, c: _ebike(p)[1],
    "ebike_colour132": lambda p, c: _ebike(p)[2],
    "ebike_frame132": lambda p, c: f"RLV{p.bhxh[-8:]}E{_num(p, 90):02d}",
    "ebike_motor132": lambda p, c: f"BLDC{p.bhxh[:6]}",
    "ebike_plate132": lambda p, c: _plate(p),
    "ebike_officer132": lambda p, c: f"{_pick(p, _VN_POLICE, 4)} {_other_vn(p, 5, male=True)}",
    # non-agricultural land-use tax
    "plot_addr132": lambda p, c: _pick(p, _VN_PLOTS, 1),
    "plot_sheet132": lambda p, c: _num(p, 60) + 1,
    "plot_no132": lambda p, c: int(p.bhxh[-3:]) + 1,
    "plot_area132": lambda p, c: f"{_area(p)},{_num(p, 10)}",
    "plot_use132": lambda p, c: _pick(p, _VN_PLOT_USE, 2),
    "plot_tax132": lambda p, c: _dotted(_area(p) * 30),
    "plot_status132": lambda p, c: _pick(p, _VN_TAX_STATUS, 3),
    "plot_due132": lambda p, c: f"31/10/{p.other_date.year}",
    # student loans
    "loan_student132": lambda p, c: _other_vn(p, 6, family=p.family),
    "loan_uni132": lambda p, c: _pick(p, _VN_UNIS, 2),
    "loan_kind132": lambda p, c: _pick(p, _VN_LOAN_KINDS, 3),
    "loan_contract132": lambda p, c: f"{p.bhxh[-6:]}/HSSV",
    "loan_amount132": lambda p, c: _dotted(4_000_000 * (_num(p, 10) + 2)),
    "loan_until132": lambda p, c: f"{_shift_date(p.other_date, 6):%d/%m/%Y}",
    "loan_group132": lambda p, c: _pick(p, _VN_SAVINGS_GROUPS, 4),
    "loan_group_head132": lambda p, c: _other_vn(p, 7, male=False),
    "loan_group_phone132": lambda p, c: _other_phone(p, "03"),
    # Cuba
    "ci_cu132": lambda p, c: _carne(p),
    "cu_given132": lambda p, c: _by_sex(p, _CU_GIVEN_M, _CU_GIVEN_F, 1),
    "cu_family132": lambda p, c: f"{_pick(p, _CU_FAMILY, 2)} {_pick(p, _CU_FAMILY, 3)}",
    "sex_cu132": lambda p, c: "M" if p.male else "F",
    "cu_street132": lambda p, c: _place9(p, _CU_PLACES)[0],
    "cu_reparto132": lambda p, c: _place9(p, _CU_PLACES)[1],
    "cu_muni132": lambda p, c: _place9(p, _CU_PLACES)[2],
    "cu_prov132": lambda p, c: _place9(p, _CU_PLACES)[3],
    "cu_activity132": lambda p, c: _pick(p, _CU_ACTIVITIES, 4),
    "cu_licence132": lambda p, c: f"{p.bhxh[-6:]}/{p.other_date:%y}",
    "cu_fee132": lambda p, c: f"{(_num(p, 20) + 1) * 100}.00",
    "cu_phone132": lambda p, c: _cu_phone(p),
    "cu_status132": lambda p, c: _pick(p, _CU_STATUS, 5),
    # Dominican Republic
    "cedula_do132": lambda p, c: _cedula_do(p),
    "do_given132": lambda p, c: _by_sex(p, _DO_GIVEN_M, _DO_GIVEN_F, 1),
    "do_family132": lambda p, c: f"{_pick(p, _DO_FAMILY, 2)} {_pick(p, _DO_FAMILY, 3)}",
    "sex_do132": lambda p, c: "Masculino" if p.male else "Femenino",
    "do_blood132": lambda p, c: _pick(p, _DO_BLOOD, 4),
    "do_cat132": lambda p, c: _pick(p, _DO_CATEGORIES, 5),
    "do_street132": lambda p, c: _do_place(p)[0],
    "do_sector132": lambda p, c: _do_place(p)[1],
    "do_muni132": lambda p, c: _do_place(p)[2],
    "do_prov132": lambda p, c: _do_place(p)[3],
    "do_phone132": lambda p, c: _do_phone(p),
    "do_until132": lambda p, c: f"{_shift_date(p.other_date, 4):%d/%m/%Y}",
    "do_school132": lambda p, c: _pick(p, _DO_SCHOOLS, 6),
    "do_restr132": lambda p, c: _pick(p, _DO_RESTRICTIONS, 7),
    # Puerto Rico
    "ssn_pr132": lambda p, c: _ssn_pr(p),
    "pr_given132": lambda p, c: _by_sex(p, _PR_GIVEN_M, _PR_GIVEN_F, 1),
    "pr_family132": lambda p, c: _pick(p, _PR_FAMILY, 2),
    "pr_addr132": lambda p, c: (
        f"{_place9(p, _PR_PLACES)[0]}, {_place9(p, _PR_PLACES)[1]}, PR {_place9(p, _PR_PLACES)[2]}"
    ),
    "pr_phone132": lambda p, c: _pr_phone(p),
    "pr_employer132": lambda p, c: _pick(p, _PR_EMPLOYERS, 3),
    "pr_reason132": lambda p, c: _pick(p, _PR_REASONS, 4),
    "pr_sep132": lambda p, c: f"{p.other_date - timedelta(days=10):%m/%d/%Y}",
    "pr_weekly132": lambda p, c: f"${_pr_weekly(p)}.00",
    "pr_status132": lambda p, c: _pick(p, _PR_CLAIM_STATUS, 5),
    "pr_claim132": lambda p, c: f"UI-{p.other_date:%y}-{p.bhxh[-7:]}",
    # Panama
    "cedula_pa132": lambda p, c: _cedula(p),
    "pa_given132": lambda p, c: _by_sex(p, _PA_GIVEN_M, _PA_GIVEN_F, 1),
    "pa_family132": lambda p, c: f"{_pick(p, _PA_FAMILY, 2)} {_pick(p, _PA_FAMILY, 3)}",
    "sex_pa132": lambda p, c: "M" if p.male else "F",
    "pa_prov132": lambda p, c: _pa_place(p)[1],
    "pa_dist132": lambda p, c: _pa_place(p)[2],
    "pa_correg132": lambda p, c: _pa_place(p)[3],
    "pa_street132": lambda p, c: _pa_place(p)[4],
    "pa_phone132": lambda p, c: _pa_phone(p),
    "pa_payment132": lambda p, c: _pick(p, _PA_PAYMENT, 4),
    "pa_pay_place132": lambda p, c: _pick(p, _PA_PAY_PLACE, 5),
    "pa_amount132": lambda p, c: "B/. 120.00" if int(p.bhxh) % 4 else "B/. 240.00",
    "pa_proxy132": lambda p, c: (
        f"{_by_sex(p, _PA_GIVEN_F, _PA_GIVEN_M, 6)} {_pick(p, _PA_FAMILY, 7)}"
        if int(p.bhxh) % 3 == 0
        else ""
    ),
    # Honduras
    "dni_hn132": lambda p, c: _hn_dni(p),
    "hn_given132": lambda p, c: _by_sex(p, _HN_GIVEN_M, _HN_GIVEN_F, 1),
    "hn_family132": lambda p, c: f"{_pick(p, _HN_FAMILY, 2)} {_pick(p, _HN_FAMILY, 3)}",
    "sex_hn132": lambda p, c: "M" if p.male else "F",
    "hn_colonia132": lambda p, c: _hn_place(p)[4],
    "hn_muni132": lambda p, c: _hn_place(p)[2],
    "hn_dept132": lambda p, c: _hn_place(p)[1],
    "hn_phone132": lambda p, c: _hn_phone(p),
    "hn_afil132": lambda p, c: f"{p.birth.year}{p.bhxh[-6:]}",
    "hn_employer132": lambda p, c: _HN_EMPLOYERS[int(p.bhxh) // 4 % len(_HN_EMPLOYERS)][0],
    "hn_rtn132": lambda p, c: _HN_EMPLOYERS[int(p.bhxh) // 4 % len(_HN_EMPLOYERS)][1],
    "hn_salary132": lambda p, c: f"L {11_900 + int(p.bhxh[-4:]) % 20_000:,}.00",
    "hn_regime132": lambda p, c: _pick(p, _HN_REGIMES, 4),
    "hn_benef132": lambda p, c: (
        f"{_by_sex(p, _HN_GIVEN_F, _HN_GIVEN_M, 5)} {_pick(p, _HN_FAMILY, 2)}"
    ),
}
