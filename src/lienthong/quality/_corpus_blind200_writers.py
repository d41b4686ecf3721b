"""How the people of the two hundredth part of the outside corpus (**blind 200**,
:mod:`lienthong.quality._corpus_blind200`) are written: four Vietnamese files' own columns (an
insurance agent candidate's insurer and exam, a bailiff's office and appointment, a recruit's
visiting relative's unit and visit, an orthodontic patient's brace and payments) and Costa Rican,
Panamanian, Salvadoran, Nicaraguan and Dominican names, addresses, phones and identity numbers in
the forms their cards show (the Costa Rican cédula with no check digit, the Panamanian cédula by
province, book and entry, the DUI's weighted digit, the Nicaraguan cédula's mod-23 letter, the
Dominican cédula's Luhn digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind18_writers import (
    _SV_FAMILY,
    _SV_GIVEN_F,
    _SV_GIVEN_M,
    _dui_sv,
)
from lienthong.quality._corpus_blind23_writers import (
    _NI_FAMILY,
    _NI_GIVEN_F,
    _NI_GIVEN_M,
    _cedula_ni,
    _ni_place,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind45_writers import _place as _pa_place_of
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
)
from lienthong.quality._corpus_blind70_writers import _cedula as _cedula_pa
from lienthong.quality._corpus_blind71_writers import (
    _CR_FAMILY,
    _CR_GIVEN_F,
    _CR_GIVEN_M,
    _CR_PLACES,
)
from lienthong.quality._corpus_blind71_writers import _cedula as _cedula_cr
from lienthong.quality._corpus_blind71_writers import _place as _cr_place_of

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_INSURERS = (
    "Tổng Cty BH Nhân thọ Bảo Việt",
    "Cty TNHH BHNT Prudential VN",
    "Cty TNHH Manulife (VN)",
    "Cty TNHH BHNT AIA (VN)",
    "Tổng Cty CP Bảo Minh",
    "Cty TNHH BHNT Dai-ichi VN",
)
_VN_EXAM_ROOMS = ("P.201 - Nhà A", "P.305 - Nhà B", "Hội trường tầng 3", "P.Máy tính 02")
_VN_EXAM_RESULT = ("Đạt", "Đạt", "Không đạt", "Vắng thi", "Đạt")
_VN_BIRTHPLACES = ("Nam Định", "Thanh Hóa", "TP. Hồ Chí Minh", "Nghệ An", "Bến Tre", "Hà Nội")
_VN_BAILIFF_OFFICES = (
    ("VP Thừa phát lại Quận 1", "92 Nguyễn Hữu Cảnh, Phường Sài Gòn, TP. Hồ Chí Minh"),
    ("VP Thừa phát lại Cầu Giấy", "15 Trần Đăng Ninh, Phường Cầu Giấy, TP. Hà Nội"),
    ("VP Thừa phát lại Hải Châu", "41 Hùng Vương, Phường Hải Châu, TP. Đà Nẵng"),
    ("VP Thừa phát lại Ninh Kiều", "8A Trần Phú, Phường Ninh Kiều, TP. Cần Thơ"),
)
_VN_BAILIFF_STATUS = ("Đang hành nghề", "Đang hành nghề", "Tạm đình chỉ", "Chuyển VP khác")
_VN_RELATION = ("Bố", "Mẹ", "Vợ", "Anh trai", "Chị gái", "Cậu", "Mẹ")
_VN_UNITS = (
    "c1/d4/e9/f5",
    "c3/d1/e165/f312",
    "Đại đội 2, Tiểu đoàn 5, Trung đoàn 88",
    "c6/d2/e271 - BTL Thủ đô",
    "Đại đội 9, Tiểu đoàn 3, Lữ đoàn 147",
)
_VN_BRACES = (
    "Mắc cài kim loại",
    "Mắc cài sứ",
    "Mắc cài tự buộc",
    "Khay trong suốt Invisalign",
    "Khay trong suốt (trong nước)",
)
_VN_DENTISTS = ("BS. Trần Minh Khoa", "BS. Lê Thị Thu Hà", "BS. CKI Phạm Quốc Việt")
_CR_LEVELS = ("I Nivel (primaria)", "II Nivel", "III Nivel", "Bachillerato por madurez")
_CR_SEDES = ("CINDEA Desamparados", "IPEC San Carlos", "CINDEA Heredia", "CINDEA Liberia")
_PA_VACCINES = ("Influenza", "Td (tétano-difteria)", "Hepatitis B", "Neumococo 23", "COVID-19")
_PA_DOSES = ("1.ª dosis", "2.ª dosis", "Refuerzo", "Dosis única")
_PA_SITES = (
    "Policentro de Juan Díaz",
    "Minsa-CAPSI San Miguelito",
    "Centro de Salud de David",
    "Centro de Salud de Chitré",
)
_SV_MARKETS = ("Mercado Central", "Mercado Tinetti", "Mercado San Miguelito", "Mercado La Tiendona")
_SV_GIROS = ("Verduras", "Frutas", "Carnes", "Comedor", "Ropa usada", "Granos básicos")
_SV_COLONIAS = (
    ("Col. Zacamil, Edif. 14, apto 3", "Mejicanos", "San Salvador"),
    ("Barrio San Jacinto, 10.ª Av. Sur #418", "San Salvador Centro", "San Salvador"),
    ("Reparto Las Cañas, pje. 4, casa 22", "Ilopango", "San Salvador"),
    ("Col. Santa Lucía, calle principal #9", "Soyapango", "San Salvador"),
    ("Lotificación El Milagro, lote 31", "Apopa", "San Salvador"),
)
_NI_PORTS = ("San Juan del Sur", "Masachapa", "Puerto Cabezas", "Corinto", "El Astillero")
_NI_GEAR = ("Trasmallo", "Línea de mano", "Palangre", "Nasas", "Atarraya")
_NI_BOAT_NAMES = ("La Chele", "Dios es Amor", "El Tiburón", "Mi Esperanza")
_NI_BOATS = ("Panga", "Bote de madera", "Cayuco", "Panga de fibra")
_NI_COOPS = ("Coop. Pescadores del Pacífico R.L.", "Coop. Mar Azul R.L.", "Sin cooperativa")
_DO_KINDS = ("Titular", "Titular", "Cónyuge", "Hijo(a)", "Titular")
_DO_STATUS = ("Activo", "Activo", "Suspendido", "Activo", "Baja por duplicidad")
_DO_REGIMEN = ("Subsidiado", "Subsidiado", "Contributivo Subsidiado")


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _cr_family(p: Person) -> tuple[str, str]:
    return _pick(p, _CR_FAMILY, 2), _pick(p, _CR_FAMILY, 5)


def _sv_address(p: Person) -> str:
    street, muni, dept = _SV_COLONIAS[int(p.bhxh) // 7 % len(_SV_COLONIAS)]
    return f"{street}, {muni}, {dept}"


def _ni_street(p: Person) -> str:
    return _ni_place(p)[3].format(n=_num(p, 5))


def _cedula_do_plain(p: Person) -> str:
    """A Dominican cédula as the JCE prints it in lists: eleven digits, the last a Luhn digit."""
    return _cedula_do(p).replace("-", "")


def _titular_do(p: Person) -> str:
    """The holder's cédula beside a dependant's (empty on the holder's own row)."""
    if _pick(p, _DO_KINDS, 3) == "Titular":
        return ""
    return _luhn(f"{_do_place_of(p, _DO_PLACES)[4]}{p.bhxh[::-1][:7]}")


WRITERS_BLIND200: dict[str, Callable[[Person, Col], object]] = {
    # the insurance agent candidates
    "insurer200": lambda p, c: _pick(p, _VN_INSURERS, 3),
    "agentcode200": lambda p, c: f"DL{p.bhxh[-6:]}",
    "sbd200": lambda p, c: f"BH{_num(p, 900) + 100:04d}",
    "room200": lambda p, c: _pick(p, _VN_EXAM_ROOMS, 4),
    "result200": lambda p, c: _pick(p, _VN_EXAM_RESULT, 5),
    "birthplace200": lambda p, c: _pick(p, _VN_BIRTHPLACES, 7),
    "school200": lambda p, c: _pick(
        p, ("Cử nhân Kinh tế", "Tốt nghiệp THPT", "Cao đẳng Kế toán", "Cử nhân Luật"), 6
    ),
    # the bailiffs
    "office200": lambda p, c: _pick(p, tuple(o for o, _ in _VN_BAILIFF_OFFICES), 2),
    "office_addr200": lambda p, c: _pick(p, tuple(a for _, a in _VN_BAILIFF_OFFICES), 2),
    "office_head200": lambda p, c: f"Ông {_other_vn(p, 3, male=True)}",
    "decision200": lambda p, c: f"{_num(p, 900) + 12}/QĐ-BTP",
    "card200": lambda p, c: f"TPL-{_num(p, 3000):05d}",
    "bailiff_status200": lambda p, c: _pick(p, _VN_BAILIFF_STATUS, 4),
    # the relatives visiting a new recruit
    "relation200": lambda p, c: _pick(p, _VN_RELATION, 2),
    "recruit200": lambda p, c: _other_vn(p, 5, male=True),
    "unit200": lambda p, c: _pick(p, _VN_UNITS, 3),
    "plate200": lambda p, c: f"{_num(p, 90) + 10}B{_num(p, 9)}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}",
    "companions200": lambda p, c: str(_num(p, 4) - 1),
    # the orthodontic patients
    "patient200": lambda p, c: f"KH{p.bhxh[-7:]}",
    "brace200": lambda p, c: _pick(p, _VN_BRACES, 2),
    "cost200": lambda p, c: _money((_num(p, 60) + 25) * 1_000_000),
    "paid200": lambda p, c: _money((_num(p, 20) + 5) * 1_000_000),
    "dentist200": lambda p, c: _pick(p, _VN_DENTISTS, 3),
    "next_visit200": lambda p, c: (p.updated.date() + timedelta(days=_num(p, 40) + 14)).strftime(
        "%d/%m/%Y"
    ),
    "guardian_phone200": lambda p, c: _other_phone(p, "03"),
    # Costa Rica: an adult-education enrolment
    "cedula_cr200": lambda p, c: _cedula_cr(p),
    "cr_ap1_200": lambda p, c: _cr_family(p)[0],
    "cr_ap2_200": lambda p, c: _cr_family(p)[1],
    "cr_given200": lambda p, c: _by_sex(p, _CR_GIVEN_M, _CR_GIVEN_F, 1),
    "sex_cr200": lambda p, c: "Masculino" if p.male else "Femenino",
    "prov_cr200": lambda p, c: _cr_place_of(p, _CR_PLACES)[1],
    "canton_cr200": lambda p, c: _cr_place_of(p, _CR_PLACES)[2],
    "distrito_cr200": lambda p, c: _cr_place_of(p, _CR_PLACES)[3],
    "senas_cr200": lambda p, c: _cr_place_of(p, _CR_PLACES)[4],
    "phone_cr200": lambda p, c: f"{_pick(p, ('8', '7', '6'), 3)}{p.phone[3:6]}-{p.phone[6:10]}",
    "level_cr200": lambda p, c: _pick(p, _CR_LEVELS, 2),
    "sede_cr200": lambda p, c: _pick(p, _CR_SEDES, 4),
    "guardian_cr200": lambda p, c: (
        f"{_pick(p, _CR_GIVEN_F, 6)} {_pick(p, _CR_FAMILY, 7)} {_pick(p, _CR_FAMILY, 8)}"
    ),
    # Panama: a vaccination register
    "cedula_pa200": lambda p, c: _cedula_pa(p),
    "pa_given200": lambda p, c: _by_sex(p, _PA_GIVEN_M, _PA_GIVEN_F, 1),
    "pa_family200": lambda p, c: _pick(p, _PA_FAMILY, 2),
    "sex_pa200": lambda p, c: "M" if p.male else "F",
    "prov_pa200": lambda p, c: _pa_place_of(p, _PA_PLACES)[1],
    "distrito_pa200": lambda p, c: _pa_place_of(p, _PA_PLACES)[2],
    "correg_pa200": lambda p, c: _pa_place_of(p, _PA_PLACES)[3],
    "street_pa200": lambda p, c: _pa_place_of(p, _PA_PLACES)[4],
    "phone_pa200": lambda p, c: f"6{p.phone[3:6]}-{p.phone[6:10]}",
    "vaccine_pa200": lambda p, c: _pick(p, _PA_VACCINES, 2),
    "dose_pa200": lambda p, c: _pick(p, _PA_DOSES, 3),
    "lot_pa200": lambda p, c: f"{_pick(p, ('FK', 'TR', 'AB'), 4)}{p.bhxh[-5:]}",
    "site_pa200": lambda p, c: _pick(p, _PA_SITES, 5),
    "vaccinator_pa200": lambda p, c: f"Lic. {_pick(p, _PA_GIVEN_F, 6)} {_pick(p, _PA_FAMILY, 7)}",
    # El Salvador: a municipal market's stall holders
    "dui_sv200": lambda p, c: _dui_sv(p),
    "sv_given200": lambda p, c: _by_sex(p, _SV_GIVEN_M, _SV_GIVEN_F, 1),
    "sv_family200": lambda p, c: f"{_pick(p, _SV_FAMILY, 2)} {_pick(p, _SV_FAMILY, 6)}",
    "sex_sv200": lambda p, c: "Masculino" if p.male else "Femenino",
    "addr_sv200": lambda p, c: _sv_address(p),
    "phone_sv200": lambda p, c: f"{_pick(p, ('7', '6'), 2)}{p.phone[3:6]}-{p.phone[6:10]}",
    "market_sv200": lambda p, c: _pick(p, _SV_MARKETS, 3),
    "stall_sv200": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D'), 4)}-{_num(p, 250):03d}",
    "giro_sv200": lambda p, c: _pick(p, _SV_GIROS, 5),
    "fee_sv200": lambda p, c: f"$ {(_num(p, 12) + 3) * 0.25:.2f}",
    "arrears_sv200": lambda p, c: f"$ {_num(p, 40) * 1.5:.2f}" if _num(p, 3) == 1 else "$ 0.00",
    # Nicaragua: an artisanal fishers' register
    "cedula_ni200": lambda p, c: _cedula_ni(p),
    "ni_full200": lambda p, c: (
        f"{_by_sex(p, _NI_GIVEN_M, _NI_GIVEN_F, 1)} {_pick(p, _NI_FAMILY, 2)}"
        f" {_pick(p, _NI_FAMILY, 6)}"
    ),
    "sex_ni200": lambda p, c: "M" if p.male else "F",
    "muni_ni200": lambda p, c: _ni_place(p)[1],
    "street_ni200": lambda p, c: _ni_street(p),
    "phone_ni200": lambda p, c: (
        f"+505 {_pick(p, ('8', '7', '5'), 3)}{p.phone[3:6]} {p.phone[6:10]}"
    ),
    "port_ni200": lambda p, c: _pick(p, _NI_PORTS, 2),
    "boat_ni200": lambda p, c: f"{_pick(p, _NI_BOATS, 3)} «{_pick(p, _NI_BOAT_NAMES, 4)}»",
    "boatreg_ni200": lambda p, c: f"PA-{_pick(p, ('SJS', 'COR', 'PCZ'), 5)}-{_num(p, 900):04d}",
    "gear_ni200": lambda p, c: _pick(p, _NI_GEAR, 6),
    "carne_ni200": lambda p, c: f"INP-{p.bhxh[-6:]}",
    "coop_ni200": lambda p, c: _pick(p, _NI_COOPS, 7),
    # the Dominican Republic: SeNaSa subsidised affiliates
    "cedula_do200": lambda p, c: _cedula_do_plain(p),
    "nss_do200": lambda p, c: p.bhxh[-9:],
    "do_given200": lambda p, c: _by_sex(p, _DO_GIVEN_M, _DO_GIVEN_F, 1),
    "do_family200": lambda p, c: f"{_pick(p, _DO_FAMILY, 2)} {_pick(p, _DO_FAMILY, 5)}",
    "sex_do200": lambda p, c: "M" if p.male else "F",
    "kind_do200": lambda p, c: _pick(p, _DO_KINDS, 3),
    "titular_do200": lambda p, c: _titular_do(p),
    "street_do200": lambda p, c: _do_place_of(p, _DO_PLACES)[0],
    "sector_do200": lambda p, c: _do_place_of(p, _DO_PLACES)[1],
    "muni_do200": lambda p, c: _do_place_of(p, _DO_PLACES)[2],
    "prov_do200": lambda p, c: _do_place_of(p, _DO_PLACES)[3],
    "phone_do200": lambda p, c: (
        f"{_pick(p, ('809', '829', '849'), 4)}-{_pick(p, ('5', '7', '8', '2'), 2)}"
        f"{p.phone[4:6]}-{p.phone[6:10]}"
    ),
    "regimen_do200": lambda p, c: _pick(p, _DO_REGIMEN, 5),
    "status_do200": lambda p, c: _pick(p, _DO_STATUS, 6),
}

__all__ = ["WRITERS_BLIND200"]
