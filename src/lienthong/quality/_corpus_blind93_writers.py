"""How the people of the ninety-third part of the outside corpus (**blind 93**,
:mod:`lienthong.quality._corpus_blind93`) are written: four Vietnamese files' own columns and
Mexican, Colombian, Ecuadorian, Cuban and Puerto Rican names, places, phones and identity numbers
as their registers write them (the CURP and its check digit, the INE clave de elector, the cédula
de ciudadanía, the Ecuadorian cédula's mod-10 digit, the carné de identidad, an SSN's last 4)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality import _corpus_blind46_writers as _w46
from lienthong.quality._corpus_blind8_writers import _by_sex, _letters, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind68_writers import _EC_FAMILY, _EC_GIVEN_F, _EC_GIVEN_M
from lienthong.quality._corpus_blind84_writers import _VN_ALIASES
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_POSTS = _items(
    "Chuyên viên; Phó Trưởng phòng; Trưởng phòng; Kế toán; Văn thư - Lưu trữ; Phó Chánh Văn phòng; "
    "Công chức Địa chính - Xây dựng; Chủ tịch Hội Nông dân"
)
_VN_UNITS = _items(
    "Sở Nông nghiệp và Môi trường; Sở Tài chính; UBND xã Diễn Châu; Văn phòng HĐND và UBND xã "
    "Quỳnh Lưu; Sở Văn hóa, Thể thao và Du lịch; UBND phường Trường Vinh; Ban QLDA ĐTXD tỉnh"
)
_VN_DEGREES = ("Đại học", "Đại học", "Thạc sĩ", "Cao đẳng", "Trung cấp", "Đại học")
#: (ngạch code, salary coefficient)
_VN_GRADES: tuple[tuple[str, float], ...] = (("01.003", 3.66), ("01.003", 4.32), ("01.002", 5.08))
_VN_GRADES += (("01.002", 5.42), ("06.031", 3.99), ("01.004", 2.86), ("01.005", 3.03))
#: the base salary from 1 July 2024, in đồng
_BASE_SALARY = 2_340_000
_VN_REGIMES_F = _items(
    "Ốm đau; Thai sản - Sinh con; Con ốm; Thai sản - Khám thai; DSPHSK sau thai sản; Ốm đau; "
    "Thai sản - Sảy thai"
)
_VN_REGIMES_M = _items(
    "Ốm đau; Thai sản - Lao động nam nghỉ khi vợ sinh con; Con ốm; DSPHSK sau ốm đau; Ốm đau"
)
_VN_WORKCOND = ("Bình thường", "Bình thường", "NNĐH", "Bình thường", "Ca 3 - NNĐH")
_VN_BANKS = ("Vietcombank - CN Bình Dương", "BIDV - CN Nam Bình Dương", "Agribank Thủ Dầu Một")
_VN_PRESS = _rows(
    "Báo Tuổi Trẻ | TTR; Báo Người Lao Động | NLĐ; Đài Truyền hình TP.HCM | HTV; "
    "Báo Sài Gòn Giải Phóng | SGGP; Đài Tiếng nói Nhân dân TP.HCM | VOH; Báo Pháp Luật TP.HCM | PLO"
)
_VN_PRESS_TITLES = ("Phóng viên", "Biên tập viên", "Phóng viên", "Quay phim", "Phóng viên ảnh")
_VN_PRESS_POSTS = ("", "", "", "Phó Trưởng ban", "Trưởng ban", "", "Thư ký tòa soạn")
_VN_PEN_NAMES = ("", "Hoàng Vũ", "", "Minh Khôi", "Thu Hà", "", "Lam Giang", "Tâm An", "")
_VN_PRESS_DEGREES = _items(
    "ĐH Báo chí; ThS Truyền thông đại chúng; ĐH Ngữ văn; CN Luật; ĐH Quan hệ quốc tế"
)
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Kinh", "Khmer", "Kinh")
_VN_OFFENCES = _items(
    "Trộm cắp tài sản (vi phạm lần 2); Gây rối trật tự công cộng; Đánh bạc trái phép; "
    "Sử dụng trái phép chất ma túy; Xâm hại sức khỏe thành viên gia đình; "
    "Cố ý gây thương tích (chưa đến mức truy cứu)"
)
_VN_JOBS = ("Lao động tự do", "Không nghề", "Phụ hồ", "Bán vé số", "Thợ sửa xe", "Chạy xe ôm")
_VN_ORGS = _items(
    "Đoàn TNCS Hồ Chí Minh phường; Hội Cựu chiến binh phường; Công an phường; Ban điều hành KP 5; "
    "Hội LHPN phường; UBMTTQ phường"
)
_VN_RESULTS = _items(
    "Đang chấp hành; Đang chấp hành; Đã chấp hành xong; Có tiến bộ; "
    "Tái phạm - đề nghị áp dụng biện pháp khác"
)
_MX_PAT = ("Hernández", "García", "Martínez", "Sánchez", "Núñez", "Ávila", "Peña", "Ortiz", "Ruiz")
_MX_MAT = ("López", "González", "Reyes", "Mendoza", "Castañeda", "Olvera", "Zúñiga", "Rojas")
_MX_GIVEN_M = ("José Luis", "Juan", "Francisco Javier", "Ulises", "Érick", "J. Guadalupe", "Raúl")
_MX_GIVEN_F = ("María Guadalupe", "Ma. de Jesús", "Yolanda", "Itzel", "Rocío", "Ana Karen", "Irma")
#: (CURP state of birth, INE state number)
_MX_BIRTH_STATES = _rows("MC | 15; MC | 15; DF | 09; MC | 15; OC | 20; PL | 21; GR | 12; HG | 13")
#: (municipio, colonia, C.P., lada)
_MX_PLACES = _rows(
    "TOLUCA | CENTRO | 50000 | 722; TOLUCA | SAN SEBASTIAN | 50090 | 722; "
    "METEPEC | BARRIO DE SANTIAGUITO | 52140 | 722; NEZAHUALCOYOTL | BENITO JUAREZ | 57000 | 55; "
    "ECATEPEC DE MORELOS | CIUDAD AZTECA 1A SECCION | 55120 | 55; "
    "NAUCALPAN DE JUAREZ | CIUDAD SATELITE | 53100 | 55; TEXCOCO | CENTRO | 56100 | 595; "
    "TLALNEPANTLA DE BAZ | CENTRO | 54000 | 55"
)
_MX_STREETS = _items(
    "AV. JOSE MARIA MORELOS; CALLE 5 DE MAYO; AV. ADOLFO LOPEZ MATEOS; CALLE NICOLAS BRAVO; "
    "CERRADA DE LOS PINOS; ANDADOR LAS FLORES; CALLE SOR JUANA INES DE LA CRUZ"
)
_MX_DISABILITY = ("MOTRIZ", "MOTRIZ", "AUDITIVA", "VISUAL", "INTELECTUAL", "MULTIPLE")
_MX_AID = _items(
    "SILLA DE RUEDAS ESTANDAR; ANDADERA; AUXILIAR AUDITIVO; BASTON BLANCO; MULETAS; "
    "SILLA DE RUEDAS PCI"
)
_MX_EXT = ("S/N", "MZ. {m} LT. 7", "{n}", "{n}", "MZ. 3 LT. {m}", "{n}")
_MX_KIN = ("MADRE", "PADRE", "HIJA", "HIJO", "HERMANA", "", "")
_CO_FAMILY = ("Mosquera", "Valencia", "Caicedo", "Riascos", "Hurtado", "Rodríguez", "Cuero")
_CO_FIRST_M = ("Jhon", "Carlos", "Andrés", "Luis", "Jorge", "Brayan", "Diego", "Harold")
_CO_SECOND_M = ("Fernando", "", "Alberto", "Eduardo", "Felipe", "", "Mauricio")
_CO_FIRST_F = ("Luz", "María", "Diana", "Leidy", "Yuliana", "Paola", "Claudia", "Yamileth")
_CO_SECOND_F = ("Marina", "", "Fernanda", "Carolina", "Andrea", "", "Patricia")
#: (municipio, DANE code, barrio)
_CO_PLACES = _rows(
    "Santiago de Cali | 76001 | Siloé; Santiago de Cali | 76001 | El Poblado II; "
    "Santiago de Cali | 76001 | Ciudad Córdoba; Santiago de Cali | 76001 | Alfonso López; "
    "Palmira | 76520 | Zamorano; Jamundí | 76364 | Terranova; Buenaventura | 76109 | Bellavista; "
    "Tuluá | 76834 | Alvernia"
)
_CO_ROADS = ("Calle", "Carrera", "Cra", "Cl", "Diagonal", "Transversal", "Calle")
_CO_KIN = _items(
    "Jefe(a) de hogar; Jefe(a) de hogar; Cónyuge o compañero(a); Hijo(a); Padre o madre; "
    "Nieto(a); Otro pariente"
)
_CO_ZONES = ("Urbana", "Urbana", "Urbana", "Centro poblado", "Rural")
_CO_EPS = ("Emssanar", "Nueva EPS", "Coosalud", "SOS", "Asmet Salud", "Sanitas")
_CO_STATES = ("VALIDADO", "VALIDADO", "VALIDADO", "EN VERIFICACIÓN", "DESACTUALIZADO")
#: (province code, provincia, cantón, two streets, landline area code)
_EC_PLACES = _rows(
    "01 | Azuay | Cuenca | Av. Remigio Crespo Toral {n}-45 y Agustín Cueva"
    " | Calle Larga {n}-45 y Presidente Borrero | 07; "
    "17 | Pichincha | Quito | Av. 10 de Agosto N24-{n} y Colón"
    " | Calle Oe5E S12-{n} y Av. Mariscal Sucre | 02; "
    "09 | Guayas | Guayaquil | Cdla. Alborada 6ta Etapa Mz. 612 V. {n} | Cdla. Sauces 8 Mz. F-{n}"
    " | 04; 13 | Manabí | Portoviejo | Calle Olmedo {n} y Pedro Gual"
    " | Cdla. Los Tamarindos, calle 2 y av. 5 | 05; "
    "18 | Tungurahua | Ambato | Av. Cevallos {n}-34 y Montalvo | Ficoa, Av. Los Guaytambos {n}"
    " | 03; 11 | Loja | Loja | Calle Bolívar {n}-22 y Rocafuerte | Av. Universitaria {n}-10 | 07"
)
_EC_LICENCES = ("B", "B", "A", "C", "E", "B", "F", "D")
_EC_BLOOD = ("O+", "O+", "A+", "B+", "O-", "AB+", "A-")
_EC_SCHOOLS = _items(
    "ANETA; Escuela de Conducción Conduespe; Sindicato de Choferes Profesionales; "
    "Escuela de Capacitación Tecnicentro; Escuela Politécnica del Chimborazo"
)
#: (consejo popular, municipio, provincia, street pattern)
_CU_PLACES = _rows(
    "Vedado | Plaza de la Revolución | La Habana | Calle G No. {n} apto. {a} e/ 21 y 23; "
    "Cayo Hueso | Centro Habana | La Habana | Calle Neptuno No. {n} e/ Oquendo y Soledad; "
    "Santos Suárez | Diez de Octubre | La Habana | Calle Santa Emilia No. {n} e/ Flores y Durege; "
    "Miramar | Playa | La Habana | Calle 7ma No. {n} e/ 60 y 62; "
    "Vista Alegre | Santiago de Cuba | Santiago de Cuba | Calle 6 No. {n} e/ 3ra y 5ta; "
    "La Caridad | Camagüey | Camagüey | Calle Lugareño No. {n} e/ San Ramón y Rosario; "
    "Pueblo Nuevo | Matanzas | Matanzas | Calle Milanés No. {n} e/ Matanzas y Jovellanos"
)
_CU_KIN = ("Jefe de núcleo", "Jefe de núcleo", "Esposo(a)", "Hijo(a)", "Madre", "Nieto(a)", "Otro")
_CU_DIETS = ("", "", "", "Dieta médica: HTA", "Dieta: diabético", "Embarazada", "", "Dieta: úlcera")
_CU_REASONS = _items(
    "Nacimiento; Traslado de Holguín; Cambio de domicilio; Regreso del exterior; Matrimonio; "
    "Traslado de Granma"
)
#: (street pattern, municipio, ZIP code, area code)
_PR_PLACES = _rows(
    "Urb. Santa Juanita, Calle 31 DD-{n} | Bayamón | 00956 | 787; "
    "Res. Sierra Linda, Edif. {b} Apt. {a} | Bayamón | 00957 | 787; "
    "Urb. Villa Carolina, Calle 45 Bloque {b} #{n} | Carolina | 00985 | 939; "
    "Res. Luis Lloréns Torres, Edif. {b} Apt. {a} | San Juan | 00913 | 787; "
    "Calle Loíza {n}, Apt. {a} | San Juan | 00911 | 787; "
    "Bo. Caonillas Arriba, Carr. 140 Km 12.{a} | Utuado | 00641 | 787; "
    "Urb. Las Delicias, Calle Úrsula Cardona #{n} | Ponce | 00728 | 939"
)
_PR_PREFERENCES = _items(
    "Ninguna / None; Envejeciente / Elderly; Impedido / Disabled; "
    "Víctima de violencia doméstica / DV victim; Veterano / Veteran; Ninguna / None"
)
_PR_STATUS = ("Active / Activo", "Active / Activo", "Selected / Seleccionado", "Inactive")


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


def _grade(p: Person) -> tuple[str, float]:
    return _VN_GRADES[int(p.bhxh) // 7 % len(_VN_GRADES)]


def _early_pay(p: Person) -> int:
    """One month's salary for each month retired early (0.9 of it beyond five years early)."""
    months = _num(p, 72)
    return round(_grade(p)[1] * _BASE_SALARY * months * (0.9 if months > 60 else 1.0))


def _service_pay(p: Person) -> int:
    """Five months' salary for the first twenty years paid in, half a month for each year more."""
    return round(_grade(p)[1] * _BASE_SALARY * (5 + 0.5 * _num(p, 15)))


def _regime(p: Person) -> str:
    if p.birth.year < 1978:  # past the age of maternity leave
        return _pick(p, ("Ốm đau", "Ốm đau", "DSPHSK sau ốm đau", "Con ốm"), 3)
    return _by_sex(p, _VN_REGIMES_M, _VN_REGIMES_F, 3)


def _leave_days(p: Person) -> int:
    regime = _regime(p)
    if regime == "Thai sản - Sinh con":
        return 180
    if regime.startswith("Thai sản - Lao động nam"):
        return int(_pick(p, ("5", "7", "10", "14"), 4))
    if regime == "Thai sản - Khám thai":
        return 1 + _num(p, 2) // 2
    if regime == "Thai sản - Sảy thai":
        return 10 + _num(p, 40)
    return 4 + _num(p, 6) if regime.startswith("DSPHSK") else _num(p, 14)


def _child_birth(p: Person) -> str:
    regime = _regime(p)
    if regime == "Thai sản - Sinh con":
        return f"{p.other_date + timedelta(days=_num(p, 12)):%d/%m/%Y}"
    if regime.startswith("Thai sản - Lao động nam"):
        return f"{p.other_date - timedelta(days=1):%d/%m/%Y}"
    return ""


def _press_email(p: Person) -> str:
    given, family = _ascii(p.given.split()[-1]).lower(), _ascii(p.family).lower()
    domains = {"TTR": "tuoitre.com.vn", "NLĐ": "nld.com.vn", "HTV": "htv.com.vn"}
    domain = domains.get(_place(p, _VN_PRESS, 5)[1], "gmail.com")
    return f"{given}{family[0]}{p.bhxh[-2:] if domain == 'gmail.com' else ''}@{domain}"


def _edu_until(p: Person) -> str:
    """The last day of a three- to six-month placement from the decision's day."""
    months, day = p.other_date.month + 1 + _num(p, 4), p.other_date
    end = _safe_day(day.year + months // 12, months % 12 + 1, day.day) - timedelta(days=1)
    return f"{end.day}/{end.month}/{end.year}"


def _mx_names(p: Person) -> tuple[str, str, str]:
    return (_pick(p, _MX_PAT, 2), _pick(p, _MX_MAT, 3), _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1))


def _mx_keys(p: Person) -> tuple[str, str, str]:
    """The surnames and the name the CURP and the INE key take (past María, José and "de")."""
    pat, mat, given = _mx_names(p)
    words = [_letters(w) for w in given.split()]
    if len(words) > 1 and words[0] in ("MARIA", "MA", "JOSE", "J"):
        words = [w for w in words[1:] if w not in ("DE", "DEL", "LA", "LAS", "LOS", "Y")]
    return _letters(pat), _letters(mat), words[0]


def _mx_tutor(p: Person) -> str:
    """The tutor: a mother carries the person's second surname, the others the first."""
    kin = _pick(p, _MX_KIN, 7)
    given = _pick(p, _MX_GIVEN_F if kin in ("MADRE", "HIJA", "HERMANA") else _MX_GIVEN_M, 8)
    surname = _mx_names(p)[1 if kin == "MADRE" else 0]
    return _caps(f"{given} {surname} {_pick(p, _MX_MAT, 9)}") if kin else ""


def _caps(text: str) -> str:
    """A name as Mexican registers type it: capitals, no accents, the Ñ kept."""
    return text.upper().translate(str.maketrans("ÁÉÍÓÚÜ", "AEIOUU"))


def _inner(word: str, vowel: bool) -> str:
    return next((ch for ch in word[1:] if (ch in "AEIOU") == vowel), "X")


def _curp(p: Person) -> str:
    """A CURP: four letters, YYMMDD, H or M, the state of birth, three inner consonants, a digit
    (born before 2000) or letter, and the check digit (0-9 A-Z with Ñ, weights 18..2)."""
    pat, mat, name = _mx_keys(p)
    head = f"{pat[0]}{_inner(pat, True)}{mat[0]}{name[0]}{p.birth:%y%m%d}"
    head += f"{'H' if p.male else 'M'}{_place(p, _MX_BIRTH_STATES, 13)[0]}"
    head += "".join(_inner(w, False) for w in (pat, mat, name))
    head += p.bhxh[5] if p.birth.year < 2000 else "ABCDEFGHIJ"[int(p.bhxh[5])]
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(head))
    return f"{head}{(10 - total % 10) % 10}"


def _ine(p: Person) -> str:
    """An INE clave de elector: three letter pairs, YYMMDD, state number, H or M, a homonym key."""
    letters = "".join(w[0] + _inner(w, False) for w in _mx_keys(p))
    state = _place(p, _MX_BIRTH_STATES, 13)[1]
    return f"{letters}{p.birth:%y%m%d}{state}{'H' if p.male else 'M'}{p.bhxh[-3:]}"


def _mx_phone(p: Person) -> str:
    lada = _place(p, _MX_PLACES)[3]
    rest, cut = p.phone[len(lada) :], 4 if len(lada) == 2 else 3
    return f"{lada} {rest[:cut]} {rest[cut:]}"


def _cedula_co(p: Person) -> str:
    """A cédula de ciudadanía (no check digit): 11… for the young, the Valle's old ranges."""
    if p.birth.year >= 1986:
        return f"11{_pick(p, ('07', '30', '43', '44', '12', '18'), 4)}{p.bhxh[-6:]}"
    return f"{_by_sex(p, ('16', '14', '94', '16'), ('29', '31', '38', '66'), 5)}{p.bhxh[-6:]}"


def _co_street(p: Person) -> str:
    """``Calle 5 Oeste # 38A-25 Apto 302``: the road, ``#``, the crossing road and the metres."""
    road = f"{_pick(p, _CO_ROADS, 2)} {_num(p, 90)}{_pick(p, ('', '', 'A', 'B', ' Oeste', 'D'), 3)}"
    cross = f"{_num(p, 120)}{_pick(p, ('', '', 'A', 'F'), 4)}-{_num(p, 99)}"
    return f"{road} # {cross}{_pick(p, ('', '', ' Apto 302', ' Casa 14', '', ' Piso 2'), 5)}"


def _co_phone(p: Person) -> str:
    kind = int(p.bhxh) // 11 % 4
    mobile = f"3{_pick(p, ('00', '01', '10', '12', '15', '16', '17', '20', '22', '50'), 6)}"
    if kind == 1:
        return f"{mobile} {p.phone[3:6]} {p.phone[6:10]}"
    return f"602 {p.phone[3:10]}" if kind == 2 else f"{mobile}{p.phone[3:10]}"


def _sisben_group(p: Person) -> str:
    letter = _pick(p, ("A", "B", "B", "C", "C", "D"), 9)
    return f"{letter}{_num(p, {'A': 5, 'B': 7, 'C': 18, 'D': 21}[letter])}"


def _cedula_ec(p: Person) -> str:
    """An Ecuadorian cédula: province, a digit under 6, six digits, mod-10 (Luhn) check digit."""
    return _luhn(f"{_place(p, _EC_PLACES, 7)[0]}{int(p.bhxh[1]) % 6}{p.bhxh[2:8]}")


def _ec_phone(p: Person) -> str:
    mobile = f"09{_pick(p, ('8', '9', '6', '7', '5', '3'), 3)}{p.phone[3:10]}"
    kind = int(p.bhxh) // 5 % 3
    if kind == 0:
        return mobile
    if kind == 1:
        return f"{mobile[:3]} {mobile[3:6]} {mobile[6:]}"
    return f"+593 {mobile[1:3]} {mobile[3:6]} {mobile[6:]}"


def _ec_email(p: Person) -> str:
    given = _ascii(_by_sex(p, _EC_GIVEN_M, _EC_GIVEN_F, 1).split()[0]).lower()
    host = _pick(p, ("gmail.com", "hotmail.com", "yahoo.es", "outlook.com"), 4)
    return f"{given}.{_ascii(_pick(p, _EC_FAMILY, 2)).lower()}{p.bhxh[-3:-1]}@{host}"


def _cu_address(p: Person) -> str:
    place = _place(p, _CU_PLACES, 11)
    return f"{place[3].format(n=_num(p, 900), a=_num(p, 12))}, {place[0]}, {place[1]}"


def _cu_phone(p: Person) -> str:
    kind = int(p.bhxh) // 3 % 4
    if kind == 0 and _place(p, _CU_PLACES, 11)[2] == "La Habana":
        return f"7 8{p.phone[4:6]} {p.phone[6:10]}"
    return f"+53 5{p.phone[3:10]}" if kind == 1 else f"5{p.phone[3:10]}"


def _pr_phone(digits: str, area: str) -> str:
    return f"({area}) {2 + int(digits[0]) % 8}{digits[1:3]}-{digits[3:7]}"


WRITERS_BLIND93: dict[str, Callable[[Person, Col], object]] = {
    # an official retiring early under Decree 178/2024 (Excel)
    "birth_m93": lambda p, c: datetime(p.birth.year, p.birth.month, p.birth.day) if p.male else "",
    "birth_f93": lambda p, c: "" if p.male else datetime(p.birth.year, p.birth.month, p.birth.day),
    "post93": lambda p, c: _pick(p, _VN_POSTS, 2),
    "unit93": lambda p, c: _pick(p, _VN_UNITS, 3),
    "degree93": lambda p, c: _pick(p, _VN_DEGREES, 4),
    "grade_code93": lambda p, c: _grade(p)[0],
    "coef93": lambda p, c: _grade(p)[1],
    "years93": lambda p, c: f"{20 + _num(p, 15)} năm {_num(p, 11)} tháng",
    "retire93": lambda p, c: f"01/{_num(p, 12):02d}/2025",
    "early93": lambda p, c: _num(p, 72),
    "early_pay93": lambda p, c: _early_pay(p),
    "service_pay93": lambda p, c: _service_pay(p),
    "total93": lambda p, c: _early_pay(p) + _service_pay(p),
    # a sickness, maternity or recovery benefit claim (form 01B-HSB)
    "regime93": lambda p, c: _regime(p),
    "workcond93": lambda p, c: _pick(p, _VN_WORKCOND, 5),
    "from93": lambda p, c: f"{p.other_date:%d/%m/%Y}",
    "to93": lambda p, c: f"{p.other_date + timedelta(days=_leave_days(p) - 1):%d/%m/%Y}",
    "days93": lambda p, c: str(_leave_days(p)),
    "child_birth93": lambda p, c: _child_birth(p),
    "children93": lambda p, c: _pick(p, ("1", "1", "1", "2"), 6) if _child_birth(p) else "",
    "method93": lambda p, c: "Tiền mặt" if int(p.bhxh) % 7 == 0 else "ATM",
    "account93": lambda p, c: "" if int(p.bhxh) % 7 == 0 else f"{p.bhxh[::-1]}{p.phone[-3:]}",
    "bank93": lambda p, c: "" if int(p.bhxh) % 7 == 0 else _pick(p, _VN_BANKS, 7),
    # a press card application
    "pen_name93": lambda p, c: _pick(p, _VN_PEN_NAMES, 2),
    "ethnic93": lambda p, c: _pick(p, _VN_ETHNIC, 3),
    "press93": lambda p, c: _place(p, _VN_PRESS, 5)[0],
    "press_title93": lambda p, c: _pick(p, _VN_PRESS_TITLES, 4),
    "press_post93": lambda p, c: _pick(p, _VN_PRESS_POSTS, 5),
    "press_degree93": lambda p, c: _pick(p, _VN_PRESS_DEGREES, 6),
    "party93": lambda p, c: "x" if int(p.bhxh) % 3 else "",
    "press_years93": lambda p, c: str(2 + _num(p, 28)),
    "old_card93": lambda p, c: (
        "" if int(p.bhxh) % 5 == 0 else f"{_place(p, _VN_PRESS, 5)[1]} {p.bhxh[-5:]}"
    ),
    "email_press93": lambda p, c: _press_email(p),
    # a person placed under education in the ward (Law on Handling Administrative Violations)
    "alias93": lambda p, c: _pick(p, _VN_ALIASES, 3),
    "job93": lambda p, c: _pick(p, _VN_JOBS, 2),
    "offence93": lambda p, c: _pick(p, _VN_OFFENCES, 4),
    "decision93": lambda p, c: f"{_num(p, 480)}/QĐ-UBND",
    "term93": lambda p, c: str(2 + _num(p, 4)),
    "until93": lambda p, c: _edu_until(p),
    "org93": lambda p, c: _pick(p, _VN_ORGS, 5),
    "helper93": lambda p, c: _other_vn(p, 6),
    "helper_phone93": lambda p, c: _other_phone(p, "09"),
    "result93": lambda p, c: _pick(p, _VN_RESULTS, 7),
    # Mexico: a state DIF's register of mobility and hearing aids handed out
    "folio_mx93": lambda p, c: f"DIFEM/AF/{p.other_date.year}/{p.bhxh[-5:]}",
    "curp_mx93": lambda p, c: _curp(p),
    "ine_mx93": lambda p, c: "" if int(p.bhxh) % 7 == 0 else _ine(p),
    "mx_pat93": lambda p, c: _caps(_mx_names(p)[0]),
    "mx_mat93": lambda p, c: _caps(_mx_names(p)[1]),
    "mx_given93": lambda p, c: _caps(_mx_names(p)[2]),
    "sex_mx93": lambda p, c: "HOMBRE" if p.male else "MUJER",
    "disability_mx93": lambda p, c: _pick(p, _MX_DISABILITY, 4),
    "aid_mx93": lambda p, c: _pick(p, _MX_AID, 5),
    "calle_mx93": lambda p, c: _pick(p, _MX_STREETS, 6),
    "ext_mx93": lambda p, c: _pick(p, _MX_EXT, 3).format(n=_num(p, 400), m=_num(p, 40)),
    "int_mx93": lambda p, c: _pick(p, ("", "", "", "A", "DEPTO. 3", "B", "")),
    "colonia_mx93": lambda p, c: _place(p, _MX_PLACES)[1],
    "mun_mx93": lambda p, c: _place(p, _MX_PLACES)[0],
    "cp_mx93": lambda p, c: _place(p, _MX_PLACES)[2],
    "phone_mx93": lambda p, c: _mx_phone(p),
    "tutor_mx93": lambda p, c: _mx_tutor(p),
    "kin_mx93": lambda p, c: _pick(p, _MX_KIN, 7),
    "smdif_mx93": lambda p, c: f"SMDIF {_place(p, _MX_PLACES)[0]}",
    # Colombia: a Valle del Cauca SISBÉN IV base
    "ficha_co93": lambda p, c: f"{_place(p, _CO_PLACES)[1]}{p.bhxh[:9]}",
    "grupo_co93": lambda p, c: _sisben_group(p),
    "tipo_co93": lambda p, c: "CC",
    "cc_co93": lambda p, c: _cedula_co(p),
    "co_ape1_93": lambda p, c: _pick(p, _CO_FAMILY, 2),
    "co_ape2_93": lambda p, c: _pick(p, _CO_FAMILY, 3),
    "co_nom1_93": lambda p, c: _by_sex(p, _CO_FIRST_M, _CO_FIRST_F, 1),
    "co_nom2_93": lambda p, c: _by_sex(p, _CO_SECOND_M, _CO_SECOND_F, 4),
    "sex_co93": lambda p, c: "M" if p.male else "F",
    "kin_co93": lambda p, c: _pick(p, _CO_KIN, 7),
    "head_co93": lambda p, c: (
        "" if _pick(p, _CO_KIN, 7).startswith("Jefe") else f"31{p.bhxh[::-1][:6]}"
    ),
    "dir_co93": lambda p, c: _co_street(p),
    "barrio_co93": lambda p, c: _place(p, _CO_PLACES)[2],
    "mun_co93": lambda p, c: _place(p, _CO_PLACES)[0],
    "zona_co93": lambda p, c: _pick(p, _CO_ZONES, 5),
    "phone_co93": lambda p, c: _co_phone(p),
    "eps_co93": lambda p, c: _pick(p, _CO_EPS, 6),
    "estado_co93": lambda p, c: _pick(p, _CO_STATES, 8),
    "pollster_co93": lambda p, c: f"{_pick(p, _CO_FIRST_F, 9)} {_pick(p, _CO_FAMILY, 10)}",
    # Ecuador: a transit agency's driving licences issued
    "cedula_ec93": lambda p, c: _cedula_ec(p),
    "ec_family93": lambda p, c: f"{_pick(p, _EC_FAMILY, 2)} {_pick(p, _EC_FAMILY, 3)}".upper(),
    "ec_given93": lambda p, c: _by_sex(p, _EC_GIVEN_M, _EC_GIVEN_F, 1).upper(),
    "sex_ec93": lambda p, c: "HOMBRE" if p.male else "MUJER",
    "blood_ec93": lambda p, c: _pick(p, _EC_BLOOD, 4),
    "licence_ec93": lambda p, c: _pick(p, _EC_LICENCES, 5),
    "expiry_ec93": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    "points_ec93": lambda p, c: _pick(p, ("30", "30", "30", "28", "24", "30", "18.5"), 6),
    "school_ec93": lambda p, c: _pick(p, _EC_SCHOOLS, 7),
    "street_ec93": lambda p, c: _place(p, _EC_PLACES, 7)[3 + int(p.bhxh) % 2].format(
        n=_num(p, 140)
    ),
    "canton_ec93": lambda p, c: _place(p, _EC_PLACES, 7)[2],
    "provincia_ec93": lambda p, c: _place(p, _EC_PLACES, 7)[1],
    "phone_ec93": lambda p, c: _ec_phone(p),
    "landline_ec93": lambda p, c: (
        "" if int(p.bhxh) % 3 else f"({_place(p, _EC_PLACES, 7)[5]}) 2{p.phone[4:10]}"
    ),
    "email_ec93": lambda p, c: _ec_email(p),
    # Cuba: an OFICODA register of consumers (the ration book)
    "nucleo_cu93": lambda p, c: f"{_num(p, 2400):04d}",
    "cu_full93": lambda p, c: _w46._cu_full(p),
    "ci_cu93": lambda p, c: _w46._carne(p),
    "sex_cu93": lambda p, c: "M" if p.male else "F",
    "kin_cu93": lambda p, c: _pick(p, _CU_KIN, 4),
    "addr_cu93": lambda p, c: _cu_address(p),
    "prov_cu93": lambda p, c: _place(p, _CU_PLACES, 11)[2],
    "bodega_cu93": lambda p, c: f"Bodega No. {_num(p, 60)}",
    "carniceria_cu93": lambda p, c: f"Carnicería No. {_num(p, 25)}",
    "diet_cu93": lambda p, c: _pick(p, _CU_DIETS, 5),
    "reason_cu93": lambda p, c: _pick(p, _CU_REASONS, 6),
    "phone_cu93": lambda p, c: _cu_phone(p),
    # Puerto Rico: a municipality's Section 8 voucher waiting list
    "case_pr93": lambda p, c: f"S8-{p.other_date.year % 100}-{p.bhxh[-5:]}",
    "pr_name93": lambda p, c: f"{_w46._pr_given(p)} {_pick(p, _w46._PR_FAMILY, 2)}",
    "ssn4_pr93": lambda p, c: f"{int(p.bhxh[2:6]) % 9999 + 1:04d}",
    "sex_pr93": lambda p, c: "Masculino" if p.male else "Femenino",
    "pr_street93": lambda p, c: _place(p, _PR_PLACES)[0].format(
        n=_num(p, 90), b=_num(p, 140), a=_num(p, 900)
    ),
    "pr_mun93": lambda p, c: _place(p, _PR_PLACES)[1],
    "pr_zip93": lambda p, c: _place(p, _PR_PLACES)[2],
    "phone_pr93": lambda p, c: _pr_phone(p.phone[3:10], _place(p, _PR_PLACES)[3]),
    "email_pr93": lambda p, c: _w46._pr_email(p) if int(p.bhxh) % 4 else "",
    "hh_pr93": lambda p, c: str(_num(p, 6)),
    "income_pr93": lambda p, c: f"${(_num(p, 160) + 20) * 120:,}",
    "pref_pr93": lambda p, c: _pick(p, _PR_PREFERENCES, 4),
    "bedrooms_pr93": lambda p, c: _pick(p, ("1", "2", "2", "3", "0 (Studio)", "4"), 5),
    "status_pr93": lambda p, c: _pick(p, _PR_STATUS, 6),
    "contact_pr93": lambda p, c: (
        f"{_by_sex(p, _w46._PR_GIVEN_F, _w46._PR_GIVEN_M, 7)} {_pick(p, _w46._PR_FAMILY, 8)}"
    ),
    "contact_phone_pr93": lambda p, c: _pr_phone(p.bhxh[::-1][:7], "787"),
}
