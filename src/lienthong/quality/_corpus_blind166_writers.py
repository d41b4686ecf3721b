"""How the people of the hundred-and-sixty-sixth part of the outside corpus (**blind 166**,
:mod:`lienthong.quality._corpus_blind166`) are written: four Vietnamese files' own columns (a
provincial ethnic committee's prestigious persons, a commune's typhoon Yagi housing aid, a commune
association of former youth volunteers, the allowance roll of a commune's village cadres) and
Oaxacan, Guatemalan, Honduran, Cuban and Colombian names, places, phones and numbers in the forms
their registers show (the CURP ends in its mod-10 check over 0-9 A-Z with Ñ; the CUI inside the
DPI carries a mod-11 digit after its eight serial digits, then the municipality's code; the
Honduran DNI is the municipality, the birth year and a serial; the Cuban carné starts with the
birth date; the Colombian cédula has no check digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _letters, _num, _pick
from lienthong.quality._corpus_blind12_writers import _weighted
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind46_writers import _CU_FAMILY, _CU_GIVEN_F, _CU_GIVEN_M, _carne
from lienthong.quality._corpus_blind77_writers import _place
from lienthong.quality._corpus_blind132_writers import _cu_phone, _hn_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ETHNIC = ("Tày", "Nùng", "H'Mông", "Dao", "Thái", "Mường", "Giáy", "Sán Chay")
_VN_PRESTIGE = (
    "Già làng",
    "Trưởng thôn, bản",
    "Trưởng dòng họ",
    "Thầy mo, thầy cúng",
    "Chức sắc tôn giáo",
    "Người SXKD giỏi",
    "Cán bộ nghỉ hưu",
)
_VN_VILLAGES = ("Bản Nà Hán", "Thôn Khuổi Phầy", "Bản Pác Ngòi", "Thôn Nặm Đăm", "Bản Phiêng Luông")
_VN_DAMAGE = (
    "Sập đổ hoàn toàn",
    "Hư hỏng nặng (tốc mái > 70%)",
    "Hư hỏng 30-50%",
    "Tốc mái dưới 30%",
    "Phải di dời khẩn cấp (sạt lở)",
)
_VN_AID = ("40.000.000", "20.000.000", "10.000.000", "3.000.000", "5.000.000")
_VN_BANKS = ("Agribank", "BIDV", "Vietinbank", "NHCSXH huyện", "Agribank")
_VN_TNXP_UNITS = (
    "Đội 34, Tổng đội TNXP 571",
    "C12, D5 TNXP Hoàng Liên Sơn",
    "Đội TNXP 202 Đoàn 559",
    "Tổng đội TNXP Điện Biên",
    "Đội TNXP chống Mỹ cứu nước P18",
)
_VN_TNXP_BRANCH = (
    "Chi hội thôn Đông",
    "Chi hội thôn Đoài",
    "Chi hội thôn Trung",
    "Chi hội xóm Mới",
)
_VN_CADRE_POSTS = (
    "Bí thư chi bộ thôn",
    "Trưởng thôn",
    "Trưởng ban CTMT thôn",
    "Công an viên thôn",
    "Thôn đội trưởng",
    "Chi hội trưởng PN",
    "Chi hội trưởng ND",
)
_VN_CADRE_RATE = ("1,50", "1,50", "1,20", "1,00", "1,00", "0,80", "0,80")
#: the monthly allowance of each coefficient at the base salary of 2,340,000 đồng
_VN_CADRE_PAY = {"1,50": "3.510.000", "1,20": "2.808.000", "1,00": "2.340.000", "0,80": "1.872.000"}
_VN_HAMLETS = ("Thôn 1", "Thôn 2", "Thôn Đồng Tâm", "Tổ dân phố 5", "Thôn Hòa Bình", "Xóm Chùa")

_OAX_FAMILY = ("SANTIAGO", "MATÍAS", "CRUZ", "BAUTISTA", "YESCAS", "VELASCO", "OSORIO", "ROJAS")
_OAX_GIVEN_F = ("XÓCHITL", "CITLALI", "JUANA", "ROSALBA", "NAYELI", "EUFEMIA", "TEODORA", "IXCHEL")
#: (localidad, municipio, jurisdicción sanitaria, lengua)
_OAX_PLACES = (
    ("Yosondúa", "Santiago Yosondúa", "Jurisdicción 05 Mixteca", "Mixteco (Tu'un savi)"),
    ("San Juan Mixtepec", "San Juan Mixtepec - Distr. 08", "Jurisdicción 05 Mixteca", "Mixteco"),
    ("Yalálag", "Villa Hidalgo", "Jurisdicción 02 Istmo", "Zapoteco (Diidxazá)"),
    ("Santa María Tlahuitoltepec", "Santa María Tlahuitoltepec", "Jurisdicción 06 Sierra", "Mixe"),
    ("Huautla de Jiménez", "Huautla de Jiménez", "Jurisdicción 03 Tuxtepec", "Mazateco"),
    ("San Lucas Ojitlán", "San Lucas Ojitlán", "Jurisdicción 03 Tuxtepec", "Chinanteco"),
)
_OAX_STATE_CODE = "OC"
_GT_GIVEN_M = ("Juan", "Diego", "Tomás", "Baltazar", "Sebastián", "Pascual", "Manuel")
_GT_GIVEN_F = ("Rosa", "Juana", "Micaela", "Catarina", "Tomasa", "Manuela", "Ixchel")
_GT_FAMILY = ("Tzoc", "Chocoj", "Caal", "Pop", "Ixcoy", "Tum", "Choc", "Quiej", "Sicajau")
#: (municipality code, aldea or caserío, municipio, departamento, comunidad lingüística)
_GT_PLACES = (
    ("1406", "Aldea Chucam", "Chichicastenango", "Quiché", "K'iche'"),
    ("1601", "Aldea Chicojl", "Cobán", "Alta Verapaz", "Q'eqchi'"),
    ("1609", "Caserío Sesaquiquib", "San Pedro Carchá", "Alta Verapaz", "Q'eqchi'"),
    ("0901", "Aldea Llanos de Urbina", "Quetzaltenango", "Quetzaltenango", "K'iche'"),
    ("0701", "Aldea Los Encuentros", "Sololá", "Sololá", "Kaqchikel"),
    ("0801", "Aldea Chuicruz", "Totonicapán", "Totonicapán", "K'iche'"),
)
_GT_SUPPORT = ("Insumos (semilla y fertilizante)", "Silo metálico", "Huerto familiar", "Aves")
_GT_AGENTS = ("Ing. Carlos Xol", "Per. Agr. Ana Tzul", "Ing. Byron Coy", "Téc. Rosa Yat")
_HN_GIVEN_M = ("José Ramón", "Marvin Alexis", "Carlos Roberto", "Elvin Josué", "Darwin Omar")
_HN_GIVEN_F = ("Dania Marisol", "Karla Patricia", "Iris Yolanda", "Suyapa", "Glenda Xiomara")
_HN_FAMILY = ("Flores", "Zelaya", "Mejía", "Amador", "Rodas", "Ordóñez", "Banegas", "Cárcamo")
#: (municipality code, barrio or colonia, municipio)
_HN_PLACES = (
    ("0801", "Col. Kennedy, bloque 14, casa 2215", "Distrito Central"),
    ("0801", "Bo. Abajo, 3a calle, casa 418", "Distrito Central"),
    ("0501", "Col. Rivera Hernández, sector Sinaí", "San Pedro Sula"),
    ("0601", "Bo. El Centro, frente a la iglesia", "Choluteca"),
    ("0703", "Aldea Las Crucitas, casa de bahareque", "Danlí"),
    ("0301", "Col. San Miguel, pasaje 2", "Comayagua"),
)
_HN_DIAGNOSES = ("Control prenatal", "HTA", "Diabetes mellitus 2", "IRA", "Dengue sin signos")
_HN_DOCTORS = ("Dra. Ligia Euceda", "Dr. Nery Matute", "Dra. Fany Bonilla", "Lic. Enf. Rosa Paz")
#: (dirección, circunscripción, municipio, provincia)
_CU_PLACES = (
    ("Calle 23 No. 456 e/ F y G, Vedado", "Circ. 24", "Plaza de la Revolución", "La Habana"),
    ("Ave. 51 No. 12408 e/ 124 y 126, Los Quemados", "Circ. 61", "Marianao", "La Habana"),
    ("San Lázaro No. 1107 apto 4, Cayo Hueso", "Circ. 12", "Centro Habana", "La Habana"),
    (
        "Calle Martí No. 214 e/ Céspedes y Maceo, Rpto. Jesús Menéndez",
        "Circ. 8",
        "Bayamo",
        "Granma",
    ),
    ("Edif. 12 apto 6, Micro 4, Alamar", "Circ. 102", "Habana del Este", "La Habana"),
    ("Reparto Sueño, calle 6 No. 58", "Circ. 33", "Santiago de Cuba", "Santiago de Cuba"),
)
_CO_GIVEN_M = ("José Ovidio", "Luis Eduardo", "Gilberto", "Jesús Antonio", "Hernando")
_CO_GIVEN_F = ("María Otilia", "Ana Rosa", "Blanca Nubia", "Luz Dary", "Carmen Emilia")
_CO_FAMILY = ("Quintero", "Cárdenas", "Zapata", "Ospina", "Giraldo", "Arango", "Muñoz", "Bedoya")
#: (departamento, municipio, vereda o barrio, dirección)
_CO_PLACES = (
    ("Antioquia", "Sonsón", "Vereda Los Medios", "Finca El Porvenir"),
    ("Boyacá", "Ramiriquí", "Vereda Pueblo Viejo", "Casa 3 km 4 vía Tunja"),
    ("Cauca", "Piendamó", "Vereda Tunía", "Sector La Esperanza"),
    ("Tolima", "Ibagué", "Barrio Jordán 8a etapa", "Mz 14 Cs 7"),
    ("Nariño", "Pasto", "Barrio Lorenzo de Aldana", "Cra 4 # 21-35"),
    ("Caldas", "Manizales", "Barrio La Enea", "Cl 98 # 35-12"),
)
_CO_STATES = ("Activo", "Activo", "Activo", "Suspendido", "Retiro por fallecimiento")
_CO_POINTS = ("SuperGIROS", "Efecty", "Banco Agrario", "SuperGIROS")


def _oax_names(p: Person) -> tuple[str, str, str]:
    given = _pick(p, _OAX_GIVEN_F, 1)  # the midwives are women
    return _pick(p, _OAX_FAMILY, 2), _pick(p, _OAX_FAMILY, 3), given


def _curp166(p: Person) -> str:
    """A CURP from the Oaxacan names: four letters, the birth date, M (a woman), OC, the first inner
    consonant of each name, a digit (born before 2000) or a letter, and the check digit."""
    pat, mat, given = (_letters(x) for x in _oax_names(p))

    def inner(word: str) -> str:
        return next((ch for ch in word[1:] if ch not in "AEIOU"), "X")

    vowel = next((ch for ch in pat[1:] if ch in "AEIOU"), "X")
    serial = str(int(p.bhxh[0])) if p.birth.year < 2000 else "ABCDEFGHIJ"[int(p.bhxh[0])]
    head = f"{pat[0]}{vowel}{mat[0]}{given[0]}{p.birth:%y%m%d}M"
    head += f"{_OAX_STATE_CODE}{inner(pat)}{inner(mat)}{inner(given)}{serial}"
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(head))
    return f"{head}{(10 - total % 10) % 10}"


def _oax_phone(p: Person) -> str:
    lada = _pick(p, ("951", "953", "954", "287", "971"), 4)
    rest = p.phone[3:10]
    if int(p.bhxh) % 3 == 0:
        return f"({lada}) {rest[:3]} {rest[3:]}"
    return f"{lada} {rest[:3]} {rest[3:]}" if int(p.bhxh) % 3 == 1 else f"{lada}{rest}"


def _dpi(p: Person) -> str:
    """A DPI's CUI ``2456 78901 1406``: eight serial digits, the mod-11 check (weights 2..9;
    a serial giving 10 is skipped) and the municipality's four digits."""
    serial = int(p.bhxh[2:10])
    while _weighted(f"{serial:08d}", (2, 3, 4, 5, 6, 7, 8, 9)) % 11 == 10:
        serial = (serial + 1) % 100_000_000
    body = f"{serial:08d}"
    cui = f"{body}{_weighted(body, (2, 3, 4, 5, 6, 7, 8, 9)) % 11}{_place(p, _GT_PLACES)[0]}"
    return f"{cui[:4]} {cui[4:9]} {cui[9:]}" if int(p.bhxh) % 4 else cui


def _gt_phone(p: Person) -> str:
    body = f"{_pick(p, ('5', '4', '3'), 6)}{p.phone[3:10]}"
    return f"+502 {body[:4]}-{body[4:]}" if int(p.bhxh) % 3 == 0 else f"{body[:4]} {body[4:]}"


def _hn_dni166(p: Person) -> str:
    return f"{_place(p, _HN_PLACES)[0]}-{p.birth.year}-{p.bhxh[-5:]}"


def _cedula_co(p: Person) -> str:
    """A cédula: eight digits (dotted ``79.845.123``) for people born before 1990, ten starting
    ``10`` after; some clerks type it bare."""
    digits = p.bhxh[2:10] if p.birth.year < 1990 else f"10{p.bhxh[2:10]}"
    if int(p.bhxh) % 4 == 0:
        return digits
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return ".".join(groups)


def _co_phone(p: Person) -> str:
    body = f"3{_pick(p, ('10', '11', '14', '20', '21', '23'), 5)}{p.phone[3:10]}"
    return f"{body[:3]} {body[3:6]} {body[6:]}" if int(p.bhxh) % 2 else body


WRITERS_BLIND166: dict[str, Callable[[Person, Col], object]] = {
    "ethnic166": lambda p, c: _pick(p, _VN_ETHNIC, 1),
    "prestige166": lambda p, c: _pick(p, _VN_PRESTIGE, 2),
    "village166": lambda p, c: _pick(p, _VN_VILLAGES, 3),
    "decision166": lambda p, c: f"{_num(p, 900)}/QĐ-UBND",
    "damage166": lambda p, c: _pick(p, _VN_DAMAGE, 1),
    "aid166": lambda p, c: _pick(p, _VN_AID, 1),
    "account166": lambda p, c: f"{p.bhxh}{p.bhxh[-3:]}",
    "bank166": lambda p, c: _pick(p, _VN_BANKS, 2),
    "hamlet166": lambda p, c: _pick(p, _VN_HAMLETS, 3),
    "receiver166": lambda p, c: _pick(p, ("Chủ hộ", "Chủ hộ", "Vợ chủ hộ", "Con chủ hộ"), 4),
    "tnxp_unit166": lambda p, c: _pick(p, _VN_TNXP_UNITS, 1),
    "tnxp_years166": lambda p, c: f"{1965 + _num(p, 12)}-{1965 + _num(p, 12) + _num(p, 5)}",
    "tnxp_branch166": lambda p, c: _pick(p, _VN_TNXP_BRANCH, 4),
    "tnxp_card166": lambda p, c: f"TNXP-{p.bhxh[-4:]}",
    "regime166": lambda p, c: _pick(p, ("QĐ 40/2011", "QĐ 290", "Chưa hưởng", "QĐ 62"), 5),
    "cadre_post166": lambda p, c: _pick(p, _VN_CADRE_POSTS, 1),
    "cadre_rate166": lambda p, c: _pick(p, _VN_CADRE_RATE, 1),
    "cadre_pay166": lambda p, c: _VN_CADRE_PAY[_pick(p, _VN_CADRE_RATE, 1)],
    "oax_name166": lambda p, c: " ".join((_oax_names(p)[2], *_oax_names(p)[:2])),
    "curp166": lambda p, c: _curp166(p),
    "oax_locality166": lambda p, c: _place(p, _OAX_PLACES)[0],
    "oax_muni166": lambda p, c: _place(p, _OAX_PLACES)[1],
    "oax_juris166": lambda p, c: _place(p, _OAX_PLACES)[2],
    "oax_lang166": lambda p, c: _place(p, _OAX_PLACES)[3],
    "oax_spanish166": lambda p, c: _pick(p, ("Sí", "Sí", "No", "Poco"), 5),
    "oax_births166": lambda p, c: str(_num(p, 40) - 1),
    "oax_health166": lambda p, c: f"C.S. {_place(p, _OAX_PLACES)[0]}",
    "oax_phone166": lambda p, c: _oax_phone(p),
    "oax_cert166": lambda p, c: f"SSO/PT/{p.bhxh[-4:]}/2025",
    "gt_name166": lambda p, c: (
        f"{_by_sex(p, _GT_GIVEN_M, _GT_GIVEN_F, 1)} {_pick(p, _GT_FAMILY, 2)}"
        f" {_pick(p, _GT_FAMILY, 3)}"
    ),
    "dpi166": lambda p, c: _dpi(p),
    "gt_sex166": lambda p, c: "Hombre" if p.male else "Mujer",
    "gt_aldea166": lambda p, c: _place(p, _GT_PLACES)[1],
    "gt_muni166": lambda p, c: _place(p, _GT_PLACES)[2],
    "gt_dept166": lambda p, c: _place(p, _GT_PLACES)[3],
    "gt_lang166": lambda p, c: _place(p, _GT_PLACES)[4],
    "gt_phone166": lambda p, c: _gt_phone(p),
    "gt_support166": lambda p, c: _pick(p, _GT_SUPPORT, 4),
    "gt_area166": lambda p, c: f"{_num(p, 12)} cuerdas",
    "gt_agent166": lambda p, c: _pick(p, _GT_AGENTS, 5),
    "hn_file166": lambda p, c: f"CIS-{p.bhxh[-6:]}",
    "hn_name166": lambda p, c: (
        f"{_by_sex(p, _HN_GIVEN_M, _HN_GIVEN_F, 1)} {_pick(p, _HN_FAMILY, 2)}"
        f" {_pick(p, _HN_FAMILY, 3)}"
    ),
    "hn_dni166": lambda p, c: _hn_dni166(p),
    "hn_sex166": lambda p, c: "M" if p.male else "F",
    "hn_addr166": lambda p, c: f"{_place(p, _HN_PLACES)[1]}, {_place(p, _HN_PLACES)[2]}",
    "hn_muni166": lambda p, c: _place(p, _HN_PLACES)[2],
    "hn_phone166": lambda p, c: _hn_phone(p),
    "hn_guardian166": lambda p, c: (
        f"{_pick(p, _HN_GIVEN_F, 4)} {_pick(p, _HN_FAMILY, 2)} (madre)" if int(p.bhxh) % 3 else ""
    ),
    "hn_diag166": lambda p, c: _pick(p, _HN_DIAGNOSES[1:] if p.male else _HN_DIAGNOSES, 5),
    "hn_doctor166": lambda p, c: _pick(p, _HN_DOCTORS, 6),
    "cu_name166": lambda p, c: (
        f"{_by_sex(p, _CU_GIVEN_M, _CU_GIVEN_F, 1)} {_pick(p, _CU_FAMILY, 2)}"
        f" {_pick(p, _CU_FAMILY, 3)}"
    ),
    "cu_ci166": lambda p, c: _carne(p),
    "cu_sex166": lambda p, c: "M" if p.male else "F",
    "cu_addr166": lambda p, c: _place(p, _CU_PLACES)[0],
    "cu_circ166": lambda p, c: _place(p, _CU_PLACES)[1],
    "cu_college166": lambda p, c: f"Colegio {_num(p, 9)}, Esc. {_pick(p, _CU_FAMILY, 4)}",
    "cu_muni166": lambda p, c: _place(p, _CU_PLACES)[2],
    "cu_prov166": lambda p, c: _place(p, _CU_PLACES)[3],
    "cu_phone166": lambda p, c: _cu_phone(p),
    "cu_status166": lambda p, c: _pick(
        p, ("Alta", "Alta", "Alta", "Cambio de dirección", "Baja"), 5
    ),
    "co_doc_kind166": lambda p, c: "CC",
    "co_cc166": lambda p, c: _cedula_co(p),
    "co_name166": lambda p, c: (
        f"{_by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 1)} {_pick(p, _CO_FAMILY, 2)}"
        f" {_pick(p, _CO_FAMILY, 3)}"
    ),
    "co_sex166": lambda p, c: "M" if p.male else "F",
    "co_dept166": lambda p, c: _place(p, _CO_PLACES)[0],
    "co_muni166": lambda p, c: _place(p, _CO_PLACES)[1],
    "co_vereda166": lambda p, c: _place(p, _CO_PLACES)[2],
    "co_street166": lambda p, c: _place(p, _CO_PLACES)[3],
    "co_phone166": lambda p, c: _co_phone(p),
    "co_state166": lambda p, c: _pick(p, _CO_STATES, 4),
    "co_amount166": lambda p, c: "$ 225.000",
    "co_point166": lambda p, c: _pick(p, _CO_POINTS, 5),
    "co_contact166": lambda p, c: f"{_pick(p, _CO_GIVEN_F, 6)} {_pick(p, _CO_FAMILY, 2)} (hija)",
    "phone_rel166": lambda p, c: _other_phone(p, "09"),
    "head_rel166": lambda p, c: _other_vn(p, 6, male=True),
    "officer166": lambda p, c: _other_vn(p, 8),
}
