"""How the people of the three-hundred-and-forty-second part of the outside corpus (**blind 342**,
:mod:`lienthong.quality._corpus_blind342`) are written: the relatives, carers and volunteers
beside old people in Vietnamese lists, and the identity numbers of five Latin American registers
of the elderly (the Cuban carné that opens with the birth date, the Uruguayan cédula with its
check digit, the Paraguayan cédula, the Panamanian cédula with its province, PE, E and N
prefixes, the Honduran DNI that opens with the municipality and the birth year)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind15_writers import _ci_uy
from lienthong.quality._corpus_blind20_writers import _ci_py
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind46_writers import _carne

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ORIGIN = ("Xã Hải Hậu, tỉnh Nam Định", "Huyện Đức Thọ, Hà Tĩnh", "Xã Quỳnh Lưu, Nghệ An")
_VN_ORIGIN2 = ("Huyện Châu Thành, Tiền Giang", "Xã Phú Lộc, Thừa Thiên Huế", "Quảng Ngãi")
_VN_KIN = ("Con trai", "Con gái", "Cháu nội", "Con dâu", "Cháu ngoại", "Con rể")
_VN_BRANCH = (
    "Chi hội KP 1",
    "Chi hội KP 2",
    "Chi hội Tổ DP 5",
    "Chi hội ấp Bình Thạnh",
    "Chi hội KP 7A",
)
_VN_MEMBER_KIND = ("Hội viên", "Đảng viên", "Cựu chiến binh", "Hưu trí", "Thương binh hạng 3/4")
_VN_ROOMS = ("P.101 - G2", "P.104 - G1", "P.203 - G3", "P.205 - G4", "P.302 - G1")
_VN_CARE = ("Tự phục vụ", "Hỗ trợ một phần", "Phụ thuộc hoàn toàn", "Sa sút trí tuệ nhẹ")
_VN_FUND = ("Tự nguyện (tự chi trả)", "Nuôi dưỡng BTXH (NĐ 20)", "Tự nguyện (con cháu đóng)")
_VN_WARDS = (
    "Phường Tân Định",
    "P. Bến Thành",
    "Phường Võ Thị Sáu",
    "P. Cầu Ông Lãnh",
    "Xã Bình Hưng",
)
_VN_TASKS = (
    "Đo huyết áp, nhắc uống thuốc",
    "Dọn dẹp nhà, giặt đồ",
    "Trò chuyện, đọc báo",
    "Đưa đi khám tại TYT",
    "Tắm gội, cắt tóc",
    "Nấu cơm, đi chợ giúp",
)
_VN_GIFT = (
    "Thiếp chúc thọ CTN + 5m vải lụa + 700.000đ",
    "Thiếp + quà tiền mặt 700.000đ",
    "Thiếp CTN + vải lụa + quà tỉnh 1.000.000đ",
)
_CU_GIVEN_M = ("Orlando", "Yoandry", "Rafael", "Juan Carlos", "Reinaldo", "Osmani")
_CU_GIVEN_F = ("Caridad", "Yamilé", "Mercedes", "Odalys", "Marisela", "Daysi")
_CU_FAMILY = ("Pérez", "Rodríguez", "González", "Hernández", "Fonseca", "Castillo", "Betancourt")
_CU_ADDR = (
    "Calle 23 No. 456 e/ 10 y 12, Vedado, Plaza de la Revolución, La Habana",
    "Ave. 51 No. 12804 e/ 128 y 130, Marianao, La Habana",
    "Calle Heredia No. 258 e/ San Félix y Carnicería, Santiago de Cuba",
    "Edif. 14 Apto. 6, Reparto Alamar, Zona 5, Habana del Este, La Habana",
    "Calle Martí No. 87 e/ Céspedes y Maceo, Sancti Spíritus",
)
_CU_CMF = (
    "CMF 12 Policlínico 19 de Abril",
    "CMF 4 Policlínico Plaza",
    "CMF 27 Policl. Camilo Cienfuegos",
)
_UY_FAMILY = (
    "Rodríguez Pereira",
    "Fernández Silva",
    "González Suárez",
    "Pintos Martínez",
    "Olivera Da Costa",
)
_UY_GIVEN_M = ("Walter Hugo", "Julio César", "Néstor", "Ruben Darío", "Washington")
_UY_GIVEN_F = ("María del Carmen", "Nelly", "Gladys Beatriz", "Mirta", "Ana María")
_UY_PLACES = (
    ("Av. 8 de Octubre 3412 apto 5", "Montevideo", "Montevideo"),
    ("Treinta y Tres 1045", "Salto", "Salto"),
    ("Calle 18 de Julio 872", "Melo", "Cerro Largo"),
    ("Ruta 8 km 27, Barrio Bella Vista", "Pando", "Canelones"),
    ("José Pedro Varela 331", "Tacuarembó", "Tacuarembó"),
)
_UY_COMPLEX = (
    "MEVIR-BPS Complejo 148",
    "Complejo J. y P. Nº 22",
    "Vivienda en alquiler (subsidio)",
)
_PY_FAMILY = ("Benítez Ortiz", "Giménez", "Aquino Villalba", "Cáceres Duarte", "Ramírez Acosta")
_PY_GIVEN_M = ("Ramón", "Julio César", "Eusebio", "Crispín", "Pedro Pablo")
_PY_GIVEN_F = ("Felipa", "María Ramona", "Eladia", "Cristina", "Juana Bautista")
_PY_PLACES = (
    ("Central", "Capiatá", "Compañía Aldana Cañada", "Calle San Blas c/ Tte. Fariña"),
    ("Caaguazú", "Coronel Oviedo", "Barrio San Miguel", "Av. Mcal. López c/ 14 de Mayo"),
    ("Itapúa", "Encarnación", "Barrio Pacu Cuá", "Calle Carlos A. López 1123"),
    ("Paraguarí", "Ybycuí", "Compañía Costa Guazú", "Camino vecinal km 4"),
    ("Asunción", "Asunción", "Barrio Tacumbú", "Gral. Aquino 1540 c/ Ayolas"),
)
_PA_FAMILY = ("González", "Batista", "Rodríguez", "Castillo", "De Gracia", "Vergara", "Chen")
_PA_GIVEN_M = ("Ricardo", "Eusebio", "Aristides", "José Isabel", "Rolando")
_PA_GIVEN_F = ("Itzel", "Dayra", "Norma", "Aminta", "Yariela")
#: (cédula prefix, province, district, corregimiento, street)
_PA_PLACES = (
    ("8", "Panamá", "San Miguelito", "Belisario Porras", "Calle 3ra, casa 24-B"),
    ("4", "Chiriquí", "David", "San Pablo Viejo", "Barriada Las Lomas, casa 112"),
    ("6", "Herrera", "Chitré", "Monagrillo", "Vía Circunvalación, casa 7"),
    ("9", "Veraguas", "Santiago", "Canto del Llano", "Urb. El Forestal, calle 5, casa 31"),
    ("PE", "Panamá Oeste", "Arraiján", "Vista Alegre", "Sector 2, casa 540"),
    ("E", "Panamá", "Panamá", "Bella Vista", "Calle 50, Edif. Plaza, apto 8C"),
    ("N", "Panamá", "Panamá", "Juan Díaz", "Urb. Costa del Este, calle 2, casa 16"),
)
#: (municipality code, address tail)
_HN_PLACES = (
    ("0801", "Col. Kennedy, Bloque 12, Casa 345, Tegucigalpa, M.D.C., Francisco Morazán"),
    ("0501", "Barrio Guamilito, 5 calle, 8 ave. N.O., San Pedro Sula, Cortés"),
    ("0101", "Col. El Sauce, casa 22, La Ceiba, Atlántida"),
    ("0301", "Barrio Abajo, frente a iglesia, Comayagua, Comayagua"),
    ("1801", "Aldea Quebrada Seca, Yoro, Yoro"),
)
_HN_FAMILY = ("Martínez", "López", "Reyes", "Mejía", "Zelaya", "Flores", "Banegas")
_HN_GIVEN_M = ("José Ramón", "Carlos Roberto", "Santos", "Juan Ángel", "Marco Tulio")
_HN_GIVEN_F = ("Ana Lucía", "Dilcia", "Suyapa", "Reina Isabel", "Olga Marina")


def _cu_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"7{p.phone[4:7]} {p.phone[7:10]}"
    return f"+53 5{p.phone[3:6]} {p.phone[6:10]}"


def _pa_place(p: Person) -> tuple[str, ...]:
    return _PA_PLACES[int(p.bhxh) // 13 % len(_PA_PLACES)]


def _pa_cedula(p: Person) -> str:
    """A Panamanian cédula: province (1-13), PE (Panamanian born abroad), E (foreign resident) or N
    (naturalised), then the book (tomo) and the entry (asiento)."""
    prefix = _pa_place(p)[0]
    tomo = int(p.bhxh[:3]) % 900 + 1
    asiento = int(p.bhxh[-5:]) % 9999 + 1
    if prefix == "E":
        return f"E-8-{int(p.bhxh[-6:]) % 190000 + 10000}"
    if prefix == "N":
        return f"N-{int(p.bhxh[:2]) % 30 + 1}-{asiento}"
    if prefix == "PE":
        return f"PE-{int(p.bhxh[:2]) % 20 + 1}-{asiento}"
    return f"{prefix}-{tomo}-{asiento}"


def _hn_place(p: Person) -> tuple[str, str]:
    return _HN_PLACES[int(p.bhxh) // 11 % len(_HN_PLACES)]


def _hn_dni(p: Person) -> str:
    """A Honduran DNI, ``0801-1950-01234``: the municipality of the birth record, the birth year
    and a five-digit entry."""
    return f"{_hn_place(p)[0]}-{p.birth.year}-{p.bhxh[-5:]}"


def _pick_t(p: Person, options: tuple[tuple[str, ...], ...], salt: int = 0) -> tuple[str, ...]:
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]


def _age(p: Person) -> int:
    return 2026 - p.birth.year - ((p.birth.month, p.birth.day) > (7, 1))


WRITERS_BLIND342: dict[str, Callable[[Person, Col], object]] = {
    "origin342": lambda p, c: _pick(p, _VN_ORIGIN if p.male else _VN_ORIGIN2, 2),
    "carer342": lambda p, c: _other_vn(p, 3, family=p.family),
    "rel342": lambda p, c: _pick(p, _VN_KIN, 4),
    "carer_phone342": lambda p, c: _other_phone(p, "09"),
    "gift342": lambda p, c: _pick(p, _VN_GIFT, 5),
    "cash342": lambda p, c: _pick(p, ("700.000", "700.000", "1.700.000"), 5),
    "card342": lambda p, c: f"HV-{p.bhxh[:4]}/{_num(p, 400):04d}",
    "branch342": lambda p, c: _pick(p, _VN_BRANCH, 6),
    "fee342": lambda p, c: _pick(p, ("24000", "36000", "Miễn", "24000"), 7),
    "kind342": lambda p, c: _pick(p, _VN_MEMBER_KIND, 8),
    "chief342": lambda p, c: _other_vn(p, 9, male=True),
    "resident342": lambda p, c: f"NCT-{2020 + int(p.bhxh[0]) % 6}-{_num(p, 300):03d}",
    "room342": lambda p, c: _pick(p, _VN_ROOMS, 2),
    "care342": lambda p, c: _pick(p, _VN_CARE, 3),
    "kin342": lambda p, c: _other_vn(p, 4),
    "kin_rel342": lambda p, c: _pick(p, _VN_KIN, 5),
    "kin_phone342": lambda p, c: _other_phone(p, "03"),
    "kin_addr342": lambda p, c: _pick(
        p, ("Q. Bình Thạnh, TP.HCM", "TP. Thủ Đức, TP.HCM", "Định cư tại Úc", "Q.7, TP.HCM"), 6
    ),
    "fund342": lambda p, c: _pick(p, _VN_FUND, 7),
    "monthly342": lambda p, c: _pick(p, ("8.500.000", "12.000.000", "0", "15.500.000"), 7),
    "ward342": lambda p, c: _pick(p, _VN_WARDS, 8),
    "vol342": lambda p, c: _other_vn(p, 10),
    "vol_phone342": lambda p, c: _other_phone(p, "08"),
    "task342": lambda p, c: _pick(p, _VN_TASKS, 11),
    "hours342": lambda p, c: _pick(p, ("1,5", "2", "3", "2,5", "4"), 12),
    "bp342": lambda p, c: f"{110 + _num(p, 50)}/{70 + _num(p, 25)}",
    "cu_full342": lambda p, c: (
        f"{_by_sex(p, _CU_GIVEN_M, _CU_GIVEN_F, 1)} {_pick(p, _CU_FAMILY, 2)}"
        f" {_pick(p, _CU_FAMILY, 3)}"
    ),
    "cu_ci342": lambda p, c: _carne(p),
    "cu_sex342": lambda p, c: "M" if p.male else "F",
    "cu_addr342": lambda p, c: _pick(p, _CU_ADDR, 4),
    "cu_phone342": lambda p, c: _cu_phone(p),
    "cu_kin342": lambda p, c: (
        f"{_by_sex(p, _CU_GIVEN_F, _CU_GIVEN_M, 5)} {_pick(p, _CU_FAMILY, 3)}"
        f" {_pick(p, _CU_FAMILY, 6)} ({_pick(p, ('hija', 'hijo', 'sobrina', 'nieto'), 7)})"
    ),
    "cu_kin_phone342": lambda p, c: f"+53 5{p.bhxh[2:5]} {p.bhxh[5:9]}",
    "cu_cmf342": lambda p, c: _pick(p, _CU_CMF, 8),
    "cu_pension342": lambda p, c: _pick(p, ("1528", "2200", "1840", "3056"), 9),
    "cu_mod342": lambda p, c: _pick(p, ("Seminternado", "Diurno", "Diurno + almuerzo"), 10),
    "uy_ci342": lambda p, c: _ci_uy(p),
    "uy_family342": lambda p, c: _pick(p, _UY_FAMILY, 1),
    "uy_given342": lambda p, c: _by_sex(p, _UY_GIVEN_M, _UY_GIVEN_F, 2),
    "uy_sex342": lambda p, c: "Masc." if p.male else "Fem.",
    "uy_street342": lambda p, c: _pick_t(p, _UY_PLACES, 3)[0],
    "uy_loc342": lambda p, c: _pick_t(p, _UY_PLACES, 3)[1],
    "uy_dep342": lambda p, c: _pick_t(p, _UY_PLACES, 3)[2],
    "uy_phone342": lambda p, c: f"09{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}",
    "uy_benefit342": lambda p, c: _pick(p, ("Jubilación", "Pensión vejez", "Pensión sobrev."), 4),
    "uy_amount342": lambda p, c: f"{14000 + _num(p, 300) * 97:,}".replace(",", "."),
    "uy_complex342": lambda p, c: _pick(p, _UY_COMPLEX, 5),
    "uy_file342": lambda p, c: f"{p.bhxh[:5]}/{2023 + int(p.bhxh[0]) % 3}",
    "py_ci342": lambda p, c: _ci_py(p),
    "py_family342": lambda p, c: _pick(p, _PY_FAMILY, 1),
    "py_given342": lambda p, c: _by_sex(p, _PY_GIVEN_M, _PY_GIVEN_F, 2),
    "py_sex342": lambda p, c: "M" if p.male else "F",
    "py_age342": lambda p, c: _age(p),
    "py_dep342": lambda p, c: _pick_t(p, _PY_PLACES, 3)[0],
    "py_dist342": lambda p, c: _pick_t(p, _PY_PLACES, 3)[1],
    "py_barrio342": lambda p, c: _pick_t(p, _PY_PLACES, 3)[2],
    "py_street342": lambda p, c: _pick_t(p, _PY_PLACES, 3)[3],
    "py_phone342": lambda p, c: (
        f"09{'78'[int(p.bhxh[0]) % 2]}{p.phone[3:4]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "py_status342": lambda p, c: _pick(p, ("Activo", "Activo", "Suspendido", "En verificación"), 4),
    "py_amount342": lambda p, c: _pick(p, ("689.446", "689.446", "735.139"), 5),
    "pa_ced342": lambda p, c: _pa_cedula(p),
    "pa_given342": lambda p, c: _by_sex(p, _PA_GIVEN_M, _PA_GIVEN_F, 1),
    "pa_family342": lambda p, c: f"{_pick(p, _PA_FAMILY, 2)} {_pick(p, _PA_FAMILY, 3)}",
    "pa_sex342": lambda p, c: "M" if p.male else "F",
    "pa_prov342": lambda p, c: _pa_place(p)[1],
    "pa_dist342": lambda p, c: _pa_place(p)[2],
    "pa_correg342": lambda p, c: _pa_place(p)[3],
    "pa_street342": lambda p, c: _pa_place(p)[4],
    "pa_phone342": lambda p, c: f"6{p.phone[4:7]}-{p.phone[7:10]}{p.phone[3]}",
    "pa_kin342": lambda p, c: (
        f"{_by_sex(p, _PA_GIVEN_F, _PA_GIVEN_M, 4)} {_pick(p, _PA_FAMILY, 2)}"
    ),
    "pa_kin_phone342": lambda p, c: f"6{p.bhxh[1:4]}-{p.bhxh[4:8]}",
    "pa_health342": lambda p, c: _pick(
        p, ("Hipertensión", "Diabetes tipo 2", "Ninguna", "Artrosis"), 5
    ),
    "hn_dni342": lambda p, c: _hn_dni(p),
    "hn_full342": lambda p, c: (
        f"{_by_sex(p, _HN_GIVEN_M, _HN_GIVEN_F, 1)} {_pick(p, _HN_FAMILY, 2)}"
        f" {_pick(p, _HN_FAMILY, 3)}"
    ),
    "hn_sex342": lambda p, c: "Masculino" if p.male else "Femenino",
    "hn_addr342": lambda p, c: _hn_place(p)[1],
    "hn_phone342": lambda p, c: (
        f"{_pick(p, ('9', '3', '8'), 4)}{p.phone[4:7]}-{p.phone[7:10]}{p.phone[3]}"
    ),
    "hn_inst342": lambda p, c: _pick(p, ("INJUPEMP", "INPREMA", "IHSS", "Ninguna", "IPM"), 5),
    "hn_card342": lambda p, c: f"CTE-{p.bhxh[:2]}-{_num(p, 900):05d}",
    "hn_kin342": lambda p, c: (
        f"{_by_sex(p, _HN_GIVEN_F, _HN_GIVEN_M, 6)} {_pick(p, _HN_FAMILY, 3)}"
    ),
    "hn_kin_phone342": lambda p, c: f"9{p.bhxh[1:4]}-{p.bhxh[4:8]}",
}
