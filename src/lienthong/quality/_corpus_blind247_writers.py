"""How the people of the two hundred and forty-seventh part of the outside corpus (**blind 247**,
:mod:`lienthong.quality._corpus_blind247`) are written: four Vietnamese files' own columns (a
household's pledge not to burn rice straw, a prosthesis fitted at an orthopaedic centre, a
guarantor taking a suspect on bail, a car owner told of a camera-caught offence) and Colombian,
Venezuelan, Ecuadorian, Panamanian and Dominican names, addresses, phones and cédulas in the
forms their cards show (the Ecuadorian cédula's modulo-10 digit, the Dominican cédula's Luhn
digit, the Panamanian cédula's province prefix, the Venezuelan V- or E- letter)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HAMLETS = ("Thôn Đông", "Thôn Trung", "Xóm 3", "Thôn Đoài", "Xóm Mới", "Thôn Hạ")
_VN_FIELDS = ("Đồng Cửa Đình", "Đồng Bãi Sậy", "Xứ Mả Cả", "Đồng Ao Sen", "Xứ Cầu Đá")
_VN_STRAW = (
    "Ủ phân bằng chế phẩm vi sinh",
    "Thu gom làm thức ăn gia súc",
    "Cuộn bán cho HTX trồng nấm",
    "Vùi tại ruộng",
    "Ủ phân bằng chế phẩm vi sinh",
)
_VN_DISABILITY = ("Vận động", "Vận động", "Vận động, nhìn", "Vận động (do tai nạn LĐ)")
_VN_AMPUTATION = (
    "Cắt cụt dưới gối (P)",
    "Cắt cụt trên gối (T)",
    "Cắt cụt cẳng tay (P)",
    "Tháo khớp cổ chân (T)",
    "Cắt cụt dưới gối 2 bên",
)
_VN_DEVICES = (
    "Chân giả dưới gối PTB",
    "Chân giả trên gối khớp gối cơ",
    "Tay giả cơ học",
    "Nẹp cổ bàn chân AFO",
    "Chân giả dưới gối + nạng",
)
_VN_FUNDS = ("Quỹ BHYT", "Tài trợ tổ chức từ thiện", "Hội Chữ thập đỏ tỉnh", "Tự chi trả")
_VN_JOBS = ("Làm ruộng", "Buôn bán", "Công nhân", "Lái xe", "Nội trợ", "Hưu trí")
_VN_KIN = ("Bố đẻ", "Mẹ đẻ", "Vợ", "Chồng", "Anh trai", "Chị gái", "Chú ruột")
_VN_CHARGES = (
    "Cố ý gây thương tích (Điều 134 BLHS)",
    "Trộm cắp tài sản (Điều 173 BLHS)",
    "Đánh bạc (Điều 321 BLHS)",
    "Vi phạm quy định về tham gia GTĐB (Điều 260)",
    "Gây rối trật tự công cộng (Điều 318 BLHS)",
)
_VN_CAR = ("Ô tô con", "Ô tô con", "Ô tô tải", "Ô tô khách 16 chỗ", "Xe bán tải")
_VN_PLATE = ("30K", "29A", "51K", "98A", "99A", "30G", "88A")
_VN_SITES = (
    "Km 12+300 Đại lộ Thăng Long",
    "Nút giao Nguyễn Trãi - Khuất Duy Tiến",
    "Km 25+500 cao tốc Pháp Vân - Cầu Giẽ",
    "Ngã tư Kim Mã - Liễu Giai",
    "QL1A đoạn qua xã Tân Trường",
)
_VN_OFFENCES = (
    "Chạy quá tốc độ từ 10 đến 20 km/h",
    "Không chấp hành hiệu lệnh đèn tín hiệu",
    "Đi không đúng phần đường, làn đường",
    "Dừng, đỗ xe nơi có biển cấm",
    "Chạy quá tốc độ trên 20 đến 35 km/h",
)
_VN_FINES = ("4.000.000", "20.000.000", "4.000.000", "800.000", "12.000.000")
_VN_NOTICE = ("Đã nộp phạt", "Chưa đến giải quyết", "Đã gửi TB lần 2", "Đã nộp phạt")
#: Bogotá: (street, localidad)
_CO_PLACES = (
    ("Cra 7 # 45-23", "Chapinero"),
    ("Cl 26 Sur # 68C-15", "Kennedy"),
    ("Tv 78H # 40-12 Sur", "Bosa"),
    ("Cl 57 Bis # 13-40 Int 2", "Chapinero"),
    ("Av Cra 30 # 1-85", "Los Mártires"),
    ("Kr 15 Este # 61-20 Sur", "Usme"),
)
_CO_FAMILY = ("Rodríguez", "Gómez", "Martínez", "Hernández", "Ospina", "Cárdenas", "Muñoz")
_CO_GIVEN_M = ("Jhon Fredy", "Luis Alberto", "Wilmer", "Carlos Andrés", "José Ómar")
_CO_GIVEN_F = ("Luz Marina", "Yeimy Paola", "María Fernanda", "Nidia", "Ángela Patricia")
_CO_SPOTS = (
    "Cl 19 con Cra 7, andén occ.",
    "Portal Américas, costado sur",
    "Plaza de San Victorino",
    "Av Jiménez # 8-50",
    "Parque Lourdes",
)
_CO_GOODS = ("Frutas", "Dulces y cigarrillos", "Minutos y accesorios", "Tintos y aromáticas")
_VE_FAMILY = ("González Pérez", "Rodríguez Blanco", "Hernández Marcano", "Díaz Salazar")
_VE_GIVEN_M = ("José Gregorio", "Luis Eduardo", "Pedro Rafael", "Jesús Alberto")
_VE_GIVEN_F = ("María Auxiliadora", "Carmen Elena", "Yajaira del Valle", "Yolimar Josefina")
#: (address, estado, area code)
_VE_PLACES = (
    ("Parroquia La Candelaria, Av. Urdaneta, Edif. Santa Ana, Piso 4, Apto 4-B, Caracas",
     "Distrito Capital", "0212"),
    ("Urb. Los Guayabitos, Calle 3, Casa Nro. 15, Maracay", "Aragua", "0243"),
    ("Sector Santa Rosalía, Av. 5 de Julio con Calle 72, Maracaibo", "Zulia", "0261"),
    ("Barrio El Carmen, Calle Bolívar, Casa S/N, Barquisimeto", "Lara", "0251"),
    ("Urb. Prebo I, Av. 104, Qta. Mi Refugio, Valencia", "Carabobo", "0241"),
)  # fmt: skip
_VE_MOBILE = ("0412", "0414", "0424", "0416", "0426")
_VE_PENSION = ("Vejez", "Vejez", "Invalidez", "Sobreviviente", "Incapacidad parcial")
_VE_BANKS = ("Banco de Venezuela", "Banco Bicentenario", "Banco del Tesoro", "Banesco")
_VE_OFFICES = ("O.A. Caracas - Altagracia", "O.A. Maracay", "O.A. Maracaibo", "O.A. Valencia")
#: (province code, provincia, cantón)
_EC_PLACES = (
    ("17", "Pichincha", "Quito"),
    ("09", "Guayas", "Guayaquil"),
    ("01", "Azuay", "Cuenca"),
    ("10", "Imbabura", "Otavalo"),
    ("18", "Tungurahua", "Ambato"),
    ("06", "Chimborazo", "Riobamba"),
)
_EC_FAMILY = ("ANDRANGO", "GUAMÁN", "QUISHPE", "VILLACÍS", "ZAMBRANO", "CHILUISA", "TORRES")
_EC_GIVEN_M = ("LUIS ALFONSO", "JORGE ENRIQUE", "SEGUNDO MANUEL", "WILSON PATRICIO")
_EC_GIVEN_F = ("MARÍA DOLORES", "ROSA ELVIRA", "NANCY MARGOTH", "BLANCA PIEDAD")
_EC_CRAFTS = ("Sastrería", "Belleza y peluquería", "Carpintería", "Tejido", "Mecánica automotriz")
_EC_WORKSHOPS = (
    "Av. 10 de Agosto N24-15 y Cordero",
    "Calle Bolívar 8-45 y Tarqui",
    "Sucre 5-12 y Montalvo",
    "Cdla. Los Ceibos, Mz 12 Villa 4",
    "Calle Modesto Jaramillo y Colón",
)
#: (province digit, provincia, distrito, corregimiento)
_PA_PLACES = (
    ("8", "Panamá", "Panamá", "Bethania"),
    ("8", "Panamá", "San Miguelito", "Belisario Porras"),
    ("4", "Chiriquí", "David", "San Pablo Viejo"),
    ("9", "Veraguas", "Santiago", "Canto del Llano"),
    ("2", "Coclé", "Penonomé", "Pajonal"),
    ("6", "Herrera", "Chitré", "Monagrillo"),
)
_PA_FAMILY = ("González", "Rodríguez", "Batista", "Castillo", "De Gracia", "Samaniego", "Pinzón")
_PA_GIVEN_M = ("Luis Carlos", "Ricardo", "Abdiel", "Yoel", "José Ángel")
_PA_GIVEN_F = ("Yaritza", "Katherine", "Itzel", "Anayansi", "Mariela")
_PA_CAREERS = ("Lic. en Enfermería", "Ing. Civil", "Medicina", "Lic. en Contabilidad")
_PA_UNIS = ("Universidad de Panamá", "UTP", "UNACHI", "USMA", "Universidad Latina")
#: (municipality code, street, sector, municipio, provincia)
_DO_PLACES = (
    (
        "001",
        "C/ Josefa Brea #112",
        "Villa Consuelo",
        "Santo Domingo de Guzmán",
        "Distrito Nacional",
    ),
    ("223", "C/ 5ta #34, Res. Las Palmas", "Los Mina", "Santo Domingo Este", "Santo Domingo"),
    ("031", "Av. Estrella Sadhalá #58", "Los Jardines", "Santiago de los Caballeros", "Santiago"),
    ("402", "C/ Duarte #17", "Pueblo Nuevo", "San Cristóbal", "San Cristóbal"),
    ("056", "C/ Castillo #9", "Los Rieles", "San Francisco de Macorís", "Duarte"),
)
_DO_FAMILY = ("Pérez Santana", "Rosario Peña", "De la Cruz Mejía", "Almonte Tavárez")
_DO_GIVEN_M = ("Juan Carlos", "Ramón Antonio", "Franklin", "Wander")
_DO_GIVEN_F = ("Yokasta", "Ana Mercedes", "Marisol", "Yahaira")
_DO_BANCAS = ("Banca La Suerte", "Punto fijo, Parque Duarte", "Ambulante", "Colmado El Primo")


def _idx(p: Person, n: int, salt: int = 9) -> int:
    return int(p.bhxh) // salt % n


def _plate(p: Person) -> str:
    return f"{_pick(p, _VN_PLATE, 3)}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"


def _cc_co(p: Person) -> str:
    """A Colombian cédula de ciudadanía: 8 digits for older people, 10 starting 10 for the young."""
    if p.birth.year < 1986:
        return f"{int(p.bhxh[:8]) % 79_000_000 + 10_000_000:,}".replace(",", ".")
    return f"10{p.bhxh[:8]}"


def _ci_ve(p: Person) -> str:
    """A Venezuelan cédula ``V-12.345.678`` (E- and an 8x million number for a foreigner)."""
    if int(p.bhxh) % 11 == 0:
        return f"E-{81_000_000 + int(p.bhxh[:6]):,}".replace(",", ".")
    return f"V-{3_000_000 + int(p.bhxh[:8]) % 27_000_000:,}".replace(",", ".")


def _ced_ec(p: Person) -> str:
    """An Ecuadorian cédula: province, a third digit under 6, six digits, the modulo-10 digit
    (coefficients 2, 1, 2… from the left: the Luhn digit over the nine)."""
    code = _EC_PLACES[_idx(p, len(_EC_PLACES))][0]
    return _luhn(f"{code}{int(p.bhxh[1]) % 6}{p.bhxh[-6:]}")


def _ced_pa(p: Person) -> str:
    """A Panamanian cédula ``8-123-4567``: province, book, entry (PE- for one born abroad)."""
    lead = _PA_PLACES[_idx(p, len(_PA_PLACES))][0]
    if int(p.bhxh) % 13 == 0:
        lead = "PE"
    return f"{lead}-{int(p.bhxh[:3]) % 900 + 10}-{int(p.bhxh[3:7]) % 2500 + 1}"


def _ced_do(p: Person) -> str:
    """A Dominican cédula ``001-1234567-8``: municipality, sequence, the Luhn digit."""
    full = _luhn(f"{_DO_PLACES[_idx(p, len(_DO_PLACES))][0]}{p.bhxh[1:8]}")
    return f"{full[:3]}-{full[3:10]}-{full[10]}"


WRITERS_BLIND247: dict[str, Callable[[Person, Col], object]] = {
    "hamlet247": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "area247": lambda p, c: f"{_num(p, 12) + 2},{_num(p, 9)}",
    "field247": lambda p, c: _pick(p, _VN_FIELDS, 3),
    "straw247": lambda p, c: _pick(p, _VN_STRAW, 4),
    "officer247": lambda p, c: _other_vn(p, 5),
    "patient247": lambda p, c: f"CH{p.bhxh[3:9]}",
    "disab247": lambda p, c: _pick(p, _VN_DISABILITY, 2),
    "cut247": lambda p, c: _pick(p, _VN_AMPUTATION, 3),
    "device247": lambda p, c: _pick(p, _VN_DEVICES, 4),
    "fund247": lambda p, c: _pick(p, _VN_FUNDS, 5),
    "deliver247": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "escort247": lambda p, c: _other_vn(p, 6),
    "job247": lambda p, c: _pick(p, _VN_JOBS, 2),
    "kin247": lambda p, c: _pick(p, _VN_KIN, 3),
    "suspect247": lambda p, c: _other_vn(p, 7, True, p.family),
    "charge247": lambda p, c: _pick(p, _VN_CHARGES, 4),
    "decision247": lambda p, c: f"{_num(p, 300) + 12}/QĐ-CSĐT",
    "investigator247": lambda p, c: f"ĐTV {_other_vn(p, 8)}",
    "plate247": lambda p, c: _plate(p),
    "car247": lambda p, c: _pick(p, _VN_CAR, 2),
    "when247": lambda p, c: f"{p.updated:%d/%m/%Y %H:%M}",
    "site247": lambda p, c: _pick(p, _VN_SITES, 3),
    "offence247": lambda p, c: _VN_OFFENCES[_idx(p, len(_VN_OFFENCES), 5)],
    "fine247": lambda p, c: _VN_FINES[_idx(p, len(_VN_FINES), 5)],
    "unit247": lambda p, c: _pick(p, ("Phòng CSGT", "Đội CSGT số 6", "Trung tâm chỉ huy GT"), 6),
    "notice247": lambda p, c: _pick(p, _VN_NOTICE, 7),
    "doctype_co247": lambda p, c: "CC",
    "cc_co247": lambda p, c: _cc_co(p),
    "ap1_co247": lambda p, c: _pick(p, _CO_FAMILY, 2),
    "ap2_co247": lambda p, c: _pick(p, _CO_FAMILY, 5),
    "nom_co247": lambda p, c: _by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 1),
    "sex_co247": lambda p, c: "Hombre" if p.male else "Mujer",
    "dir_co247": lambda p, c: _CO_PLACES[_idx(p, len(_CO_PLACES))][0],
    "loc_co247": lambda p, c: _CO_PLACES[_idx(p, len(_CO_PLACES))][1],
    "cel_co247": lambda p, c: f"3{p.phone[1:3]} {p.phone[3:6]} {p.phone[6:10]}",
    "spot_co247": lambda p, c: _pick(p, _CO_SPOTS, 3),
    "goods_co247": lambda p, c: _pick(p, _CO_GOODS, 4),
    "status_co247": lambda p, c: _pick(p, ("Caracterizado", "Reubicado", "En ruta"), 5),
    "ci_ve247": lambda p, c: _ci_ve(p),
    "ap_ve247": lambda p, c: _pick(p, _VE_FAMILY, 2),
    "nom_ve247": lambda p, c: _by_sex(p, _VE_GIVEN_M, _VE_GIVEN_F, 1),
    "sex_ve247": lambda p, c: "M" if p.male else "F",
    "kind_ve247": lambda p, c: _pick(p, _VE_PENSION, 3),
    "amount_ve247": lambda p, c: f"{130 + _num(p, 40)},00",
    "bank_ve247": lambda p, c: _pick(p, _VE_BANKS, 4),
    "account_ve247": lambda p, c: f"0102-{p.bhxh[:4]}-{p.bhxh[4:6]}-{p.bhxh[::-1]}",
    "dir_ve247": lambda p, c: _VE_PLACES[_idx(p, len(_VE_PLACES))][0],
    "estado_ve247": lambda p, c: _VE_PLACES[_idx(p, len(_VE_PLACES))][1],
    "tlf_ve247": lambda p, c: (
        f"{_pick(p, _VE_MOBILE, 2)}-{p.phone[3:6]}.{p.phone[6:8]}.{p.phone[8:10]}"
        if int(p.bhxh) % 3
        else f"{_VE_PLACES[_idx(p, len(_VE_PLACES))][2]}-{p.phone[3:10]}"
    ),
    "office_ve247": lambda p, c: _pick(p, _VE_OFFICES, 5),
    "ci_ec247": lambda p, c: _ced_ec(p),
    "name_ec247": lambda p, c: (
        f"{_pick(p, _EC_FAMILY, 2)} {_pick(p, _EC_FAMILY, 6)} "
        f"{_by_sex(p, _EC_GIVEN_M, _EC_GIVEN_F, 1)}"
    ),
    "sex_ec247": lambda p, c: "Masculino" if p.male else "Femenino",
    "craft_ec247": lambda p, c: _pick(p, _EC_CRAFTS, 3),
    "title_ec247": lambda p, c: f"JNDA-{p.bhxh[-6:]}-{_pick(p, ('P', 'G', 'A'), 4)}",
    "shop_ec247": lambda p, c: _pick(p, _EC_WORKSHOPS, 5),
    "prov_ec247": lambda p, c: _EC_PLACES[_idx(p, len(_EC_PLACES))][1],
    "canton_ec247": lambda p, c: _EC_PLACES[_idx(p, len(_EC_PLACES))][2],
    "cel_ec247": lambda p, c: f"09{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}",
    "staff_ec247": lambda p, c: str(_num(p, 5) - 1),
    "ced_pa247": lambda p, c: _ced_pa(p),
    "nom_pa247": lambda p, c: _by_sex(p, _PA_GIVEN_M, _PA_GIVEN_F, 1),
    "ap_pa247": lambda p, c: _pick(p, _PA_FAMILY, 2),
    "sex_pa247": lambda p, c: "M" if p.male else "F",
    "corr_pa247": lambda p, c: _PA_PLACES[_idx(p, len(_PA_PLACES))][3],
    "dist_pa247": lambda p, c: _PA_PLACES[_idx(p, len(_PA_PLACES))][2],
    "prov_pa247": lambda p, c: _PA_PLACES[_idx(p, len(_PA_PLACES))][1],
    "cel_pa247": lambda p, c: f"6{p.phone[3:6]}-{p.phone[6:10]}",
    "career_pa247": lambda p, c: _pick(p, _PA_CAREERS, 3),
    "uni_pa247": lambda p, c: _pick(p, _PA_UNIS, 4),
    "amount_pa247": lambda p, c: f"{(_num(p, 30) + 5) * 500:,}.00",
    "surety_pa247": lambda p, c: f"{_pick(p, _PA_GIVEN_M, 5)} {_pick(p, _PA_FAMILY, 6)}",
    "surety_id_pa247": lambda p, c: f"8-{int(p.bhxh[5:8]) % 900 + 10}-{p.bhxh[-4:]}",
    "ced_do247": lambda p, c: _ced_do(p),
    "nom_do247": lambda p, c: _by_sex(p, _DO_GIVEN_M, _DO_GIVEN_F, 1),
    "ap_do247": lambda p, c: _pick(p, _DO_FAMILY, 2),
    "sex_do247": lambda p, c: "M" if p.male else "F",
    "dir_do247": lambda p, c: _DO_PLACES[_idx(p, len(_DO_PLACES))][1],
    "sector_do247": lambda p, c: _DO_PLACES[_idx(p, len(_DO_PLACES))][2],
    "mun_do247": lambda p, c: _DO_PLACES[_idx(p, len(_DO_PLACES))][3],
    "prov_do247": lambda p, c: _DO_PLACES[_idx(p, len(_DO_PLACES))][4],
    "cel_do247": lambda p, c: (
        f"{_pick(p, ('809', '829', '849'), 3)}-{p.phone[3:6]}-{p.phone[6:10]}"
    ),
    "code_do247": lambda p, c: f"VL-{p.bhxh[2:7]}",
    "bank_do247": lambda p, c: _pick(p, _DO_BANCAS, 4),
    "dist_do247": lambda p, c: f"{_pick(p, _DO_GIVEN_M, 5)} {_pick(p, _DO_FAMILY, 6)}",
    "status_do247": lambda p, c: _pick(p, ("Activo", "Activo", "Suspendido", "Inactivo"), 7),
}
