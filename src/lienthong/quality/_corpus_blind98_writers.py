"""How the people of the ninety-eighth part of the outside corpus (**blind 98**,
:mod:`lienthong.quality._corpus_blind98`) are written: four Vietnamese files' own columns (an old
person's social pension and who collects it, a woman's cervical cancer screening, a transport
operator's vehicle badge, a household's health insurance paid person by person) and Brazilian,
Argentine, Chilean, Uruguayan and Paraguayan names, places, phones and identity numbers in the
forms their registers write them (the CPF and the NIS with their check digits, the CUIL with its
mod 11 digit beside the DNI, the Chilean RUN with its mod 11 digit or K, the Uruguayan cédula
with its check digit, the Paraguayan cédula)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind15_writers import _ci_uy
from lienthong.quality._corpus_blind20_writers import _ci_py
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind44_writers import _cuil, _dni_number
from lienthong.quality._corpus_blind45_writers import _rut
from lienthong.quality._corpus_blind57_writers import _cpf
from lienthong.quality._corpus_blind60_writers import _nis
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind94_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_TB_VILLAGES = ("Thôn Đông Thành", "Thôn Tây Sơn", "Thôn Nam Hưng", "Thôn Bắc Lạc", "Thôn Trung")
_VN_TB_COMMUNES = ("xã Thái Thụy", "xã Thụy Anh", "xã Thái Ninh", "xã Đông Thụy Anh")
_VN_PENSION_GROUPS = _items(
    "Từ đủ 75 tuổi, không hưởng lương hưu/BHXH hằng tháng; "
    "Từ đủ 70 đến dưới 75 tuổi, thuộc hộ nghèo/cận nghèo; Từ đủ 75 tuổi, không hưởng lương hưu"
)
_VN_PAY_WAYS = ("Tiền mặt tại điểm chi trả", "Chuyển khoản", "Tiền mặt tại nhà", "Chuyển khoản")
_VN_BANKS = ("Agribank", "VietinBank", "BIDV", "Vietcombank")
_VN_PROXY_REL = ("Con trai", "Con gái", "Con dâu", "Cháu nội", "Con rể")

_VN_CT_WARDS = _items(
    "phường Ninh Kiều; phường Cái Khế; phường Tân An; phường An Bình; phường Hưng Phú"
)
_VN_CT_STREETS = (
    "Trần Hưng Đạo",
    "Mậu Thân",
    "Nguyễn Văn Cừ",
    "Hẻm 51 đường 3/2",
    "Cách Mạng Tháng 8",
)
_VN_JOBS_F = _items(
    "Nội trợ; Buôn bán; Công nhân; Giáo viên; Làm ruộng; Nhân viên văn phòng; May mặc"
)
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Khmer", "Hoa", "Kinh")
_VN_PARA = ("2002", "1001", "2012", "3003", "0000", "1011", "2102")
_VN_VIA = ("Âm tính", "Âm tính", "Âm tính", "Dương tính", "Nghi ngờ ung thư", "Âm tính")
_VN_PAP = _items("Bình thường; Bình thường; Viêm; ASC-US; HPV (-); HPV 16/18 (+); Chưa có KQ")
_VN_ACTION = _items(
    "Hẹn khám lại sau 3 năm; Hẹn khám lại sau 3 năm; Điều trị viêm; Chuyển BV Phụ sản TP; "
    "Áp lạnh tại chỗ; Hẹn khám lại sau 1 năm"
)
_VN_EXAMINERS = ("BS. Trần Thị Mỹ Hạnh", "NHS. Lê Thị Thu Trang", "YS. Nguyễn Thị Bé Năm")

_VN_DN_WARDS = _items(
    "phường Hải Châu; phường Thanh Khê; phường An Hải; phường Sơn Trà; phường Ngũ Hành Sơn; "
    "phường Hòa Khánh; xã Hòa Vang"
)
_VN_DN_STREETS = ("Nguyễn Lương Bằng", "Tôn Đức Thắng", "Ngô Quyền", "Điện Biên Phủ", "Âu Cơ")
#: (kind of vehicle, make, load or seats, badge)
_VN_VEHICLES = _rows(
    "Ô tô tải | HYUNDAI | 2,4 tấn | XE TẢI; Ô tô tải (thùng kín) | ISUZU | 1,9 tấn | XE TẢI; "
    "Ô tô khách | THACO | 29 chỗ | XE HỢP ĐỒNG; Ô tô con | TOYOTA | 7 chỗ | XE HỢP ĐỒNG; "
    "Ô tô con | KIA | 5 chỗ | XE TAXI; Ô tô đầu kéo | HOWO | 38 tấn | XE ĐẦU KÉO; "
    "Ô tô tải (tự đổ) | CHENGLONG | 8,5 tấn | XE TẢI"
)
_VN_CARRIERS = _items(
    "HTX Vận tải Sông Hàn; HTX DV Vận tải Đà Nẵng; Công ty TNHH Vận tải Minh Phát; "
    "Hộ kinh doanh (tự đứng tên); HTX Vận tải Hòa Khánh"
)
_VN_GPS = ("Có (Bình Anh)", "Có (Vietmap)", "Có (ADA)", "Có (Eposi)", "Có (Vietmap)")

_VN_PT_HAMLETS = ("Khu 3", "Khu 7", "Khu Đồng Lạc", "Khu Minh Tân", "Khu 11")
_VN_PT_COMMUNES = ("xa Phu Ninh", "xa Lam Thao", "xa Thanh Ba", "xa Hy Cuong")
_VN_HH_RELATIONS_M = ("Chong", "Con", "Bo", "Chau", "Con")
_VN_HH_RELATIONS_F = ("Vo", "Con", "Me", "Con dau", "Chau")
_VN_CLINICS = _items(
    "TTYT Lam Thao; Tram y te xa Phu Ninh; BVĐK tinh Phu Tho; TTYT Thanh Ba; BV Hung Vuong"
)
_VN_COLLECTORS = _items(
    "Buu dien xa Phu Ninh; Dai ly thu UBND xa Lam Thao; Nguyen Thi Hoa (dai ly); Buu dien Thanh Ba"
)
#: the household health insurance contribution, 4,5% of 2.340.000 đ for the first member and
#: 70%, 60%, 50%, 40% of that for the second, third, fourth, fifth and later
_BHYT_SHARES = (100, 70, 60, 50, 40)

# -- Brazil -------------------------------------------------------------------------------------
_BR_GIVEN_M = ("José Carlos", "Francisco", "Antônio", "Luiz Fernando", "Paulo Henrique", "Raimundo")
_BR_GIVEN_F = ("Maria José", "Ana Paula", "Francisca", "Adriana", "Jéssica", "Antônia", "Luana")
_BR_FAMILY = _items(
    "da Silva Santos; Pereira de Souza; Oliveira Lima; Ferreira da Costa; Rodrigues Alves; "
    "Gomes do Nascimento; Barbosa Ribeiro"
)
_BR_MOTHERS = _items(
    "Maria das Graças da Silva; Raimunda Pereira; Terezinha de Jesus Oliveira; "
    "Josefa Ferreira; Francisca Rodrigues; Sebastiana Gomes"
)
_BR_STREETS = _items(
    "Rua São Pedro; Rua Sete de Setembro; Travessa Boa Esperança; Av. Presidente Vargas; "
    "Rua Projetada 4; Beco da Paz"
)
_BR_BAIRROS = ("Jardim Primavera", "Vila Nova", "Conjunto Ceará", "Bom Jardim", "Centro")
_BR_REASONS = _items(
    "Revisão Cadastral 2025; Averiguação Cadastral (renda); Cadastro sem atualização há 24 meses; "
    "Averiguação - composição familiar; Revisão Cadastral 2025"
)
_BR_BENEFIT = ("Liberado", "Bloqueado", "Suspenso", "Liberado", "Sem benefício", "Cancelado")
_BR_TECHS = ("Assistente Social Cláudia", "Entrevistador Márcio", "Técnica Daniele")

# -- Argentina ----------------------------------------------------------------------------------
_AR_GIVEN_M = ("Juan Pablo", "Matías", "Sergio Daniel", "Lucas", "Ramón", "Cristian")
_AR_GIVEN_F = ("María Belén", "Daiana", "Romina Soledad", "Gisela", "Yanina", "Micaela", "Noelia")
_AR_FAMILY = ("GONZÁLEZ", "RODRÍGUEZ", "FERNÁNDEZ", "LÓPEZ", "GIMÉNEZ", "SOSA", "BENÍTEZ", "ROMERO")
_AR_CHILD_M = ("Thiago", "Benjamín", "Bautista", "Valentino", "Santino")
_AR_CHILD_F = ("Martina", "Sofía", "Catalina", "Isabella", "Mía")
#: (street, locality, province, postcode, UDAI, area code)
_AR_PLACES = _rows(
    "Av. Rivadavia | Merlo | Buenos Aires | 1722 | UDAI Merlo | 220; "
    "Calle 13 | La Plata | Buenos Aires | 1900 | UDAI La Plata | 221; "
    "Bv. San Juan | Córdoba | Córdoba | 5000 | UDAI Córdoba Centro | 351; "
    "Pje. Los Aromos | Rosario | Santa Fe | 2000 | UDAI Rosario Sur | 341; "
    "Av. Belgrano | San Miguel de Tucumán | Tucumán | 4000 | UDAI Tucumán | 381; "
    "Mza. 14 Casa 7, Bº Itatí | Corrientes | Corrientes | 3400 | UDAI Corrientes | 379"
)
_AR_BOOKLET = ("Presentada", "Presentada", "No presentada", "Presentada (Mi ANSES)", "Observada")

# -- Chile --------------------------------------------------------------------------------------
_CL_GIVEN_M = ("José Miguel", "Cristóbal", "Luis Alberto", "Matías Ignacio", "Juan Carlos")
_CL_GIVEN_F = ("María José", "Constanza", "Javiera Paz", "Carolina Andrea", "Fernanda")
_CL_PAT = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva")
_CL_MAT = ("Araya", "Fuentes", "Vergara", "Espinoza", "Tapia", "Reyes", "Morales")
_CL_STREETS = _items(
    "Pasaje Los Aromos; Av. Santa Rosa; Calle Cerro Tupungato; Los Copihues; Av. La Florida"
)
_CL_VILLAS = _items(
    "Villa Los Quillayes; Población La Bandera; Villa San Francisco; Sector El Peral"
)
_CL_PROCEDURES = _items(
    "Ingreso al RSH; Actualización de datos; Rectificación de datos; "
    "Complemento (módulo vivienda); Actualización de datos; Desvinculación de integrante"
)
_CL_TRAMOS = ("40%", "40%", "50%", "60%", "70%", "80%", "90%", "En cálculo")
_CL_SURVEYORS = ("Encuestador C. Vidal", "Encuestadora P. Lagos", "Encuestador R. Núñez")
_CL_STATES = ("Aprobada", "Aprobada", "En revisión", "Pendiente visita", "Rechazada")

# -- Uruguay ------------------------------------------------------------------------------------
_UY_GIVEN_M = ("Juan Martín", "Diego", "Sebastián", "Gonzalo", "Nicolás", "Marcelo")
_UY_GIVEN_F = ("María Noel", "Florencia", "Lucía", "Valeria", "Natalia", "Ximena")
_UY_FAMILY = ("Rodríguez", "Fernández", "Pereira", "Silva", "Martínez", "Núñez", "De León")
#: (street, locality, department)
_UY_PLACES = _rows(
    "Camino Maldonado | Montevideo | Montevideo; Av. Giannattasio | Ciudad de la Costa | "
    "Canelones; 18 de Julio | Las Piedras | Canelones; Leandro Gómez | Salto | Salto; "
    "Treinta y Tres | Rivera | Rivera; Sarandí | Tacuarembó | Tacuarembó"
)
_UY_SCHOOLS = _items(
    "Escuela N° 158; Escuela N° 42; Liceo N° 2; UTU Las Piedras; CAIF Los Pitufos; Liceo N° 58"
)
_UY_LEVELS = ("Primaria", "Primaria", "Media", "Media", "Preescolar", "Media")
_UY_STATES = ("Activo", "Activo", "Activo", "Suspendido (control escolar)", "Baja")

# -- Paraguay -----------------------------------------------------------------------------------
_PY_GIVEN_M = ("Juan Ramón", "Derlis", "Hugo Javier", "Osmar", "Blas Antonio", "Rubén Darío")
_PY_GIVEN_F = ("María Liz", "Nilda", "Ramona", "Liz Carolina", "Mirna Elizabeth", "Gladys")
_PY_FAMILY = ("Benítez", "Giménez", "Ortiz", "Villalba", "Aquino", "Ayala", "Cáceres", "Duarte")
#: (department, district, compañía)
_PY_PLACES = _rows(
    "Caaguazú | Yhú | Compañía Tacuaruzú; San Pedro | Guayaibí | Colonia Sidepar 3000; "
    "Concepción | Horqueta | Compañía Jhugua Ñandú; Caazapá | Abaí | Compañía Tuparendá; "
    "Presidente Hayes | Villa Hayes | Comunidad Nepoxen; Itapúa | San Pedro del Paraná | "
    "Compañía Potrero Guaraní"
)
_PY_COMMUNITIES = ("", "", "", "Mbya Guaraní", "", "Ava Guaraní", "", "Enxet Sur")
_PY_GUIDES = ("Lic. Celso Ramírez", "Guía Familiar Mirta Acosta", "Lic. Diana Franco")
_PY_STATES = ("Activo", "Activo", "Activo", "Suspendido", "Egresado")


def _row(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return table[int(p.bhxh) // salt % len(table)]


# -- Vietnamese helpers -------------------------------------------------------------------------


def _pension_address(p: Person) -> str:
    return f"{_pick(p, _VN_TB_VILLAGES, 3)}, {_pick(p, _VN_TB_COMMUNES, 4)}, tỉnh Hưng Yên"


def _pension_amount(p: Person) -> int:
    return 500_000 if int(p.bhxh) % 5 else 630_000


def _account(p: Person) -> str:
    if not _pick(p, _VN_PAY_WAYS, 5).startswith("Chuyển"):
        return ""
    return f"{_pick(p, _VN_BANKS, 6)} - {p.bhxh[::-1]}{p.bhxh[3:6]}"


def _proxy(p: Person) -> str:
    if int(p.bhxh) % 3:
        return ""
    return _other_vn(p, 7, int(p.bhxh) // 7 % 2 == 0)


def _screen_address(p: Person) -> str:
    return (
        f"{_num(p, 180)} {_pick(p, _VN_CT_STREETS, 2)}, khu vực {_num(p, 9)},"
        f" {_pick(p, _VN_CT_WARDS, 3)}, TP. Cần Thơ"
    )


def _owner_address(p: Person) -> str:
    return (
        f"K{_num(p, 420)}/{_num(p, 31)} {_pick(p, _VN_DN_STREETS, 2)},"
        f" {_pick(p, _VN_DN_WARDS, 3)}, TP. Đà Nẵng"
    )


def _plate(p: Person) -> str:
    series = _pick(p, ("C", "B", "H", "E", "F", "A"), 4)
    return f"43{series}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"


def _badge_until(p: Person) -> str:
    return f"{_shift_date(p.other_date, 7) - timedelta(days=1):%d/%m/%Y}"


def _bhyt_rank(p: Person) -> int:
    return int(p.bhxh) // 13 % 5


def _bhyt_months(p: Person) -> int:
    return int(_pick(p, ("12", "6", "12", "3", "12"), 6))


def _bhyt_due(p: Person) -> int:
    return round(105_300 * _BHYT_SHARES[_bhyt_rank(p)] / 100) * _bhyt_months(p)


def _hh_address(p: Person) -> str:
    return f"{_pick(p, _VN_PT_HAMLETS, 3)}, {_pick(p, _VN_PT_COMMUNES, 4)}, tinh Phu Tho"


def _hh_head(p: Person) -> str:
    if _bhyt_rank(p) == 0:
        return p.full
    return _other_vn(p, 8, True, p.family)


# -- foreign helpers ----------------------------------------------------------------------------


def _br_name(p: Person) -> str:
    return f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}".upper()


def _br_phone(p: Person) -> str:
    ddd = _pick(p, ("85", "85", "88", "21", "71"), 3)
    if int(p.bhxh) % 3 == 0:
        return f"({ddd}) 9{p.phone[2:6]}-{p.phone[6:10]}"
    return f"{ddd}9{p.phone[2:10]}"


def _br_income(p: Person) -> str:
    return f"{int(p.bhxh[-3:]) % 430 + 12},00"


def _ar_place(p: Person) -> tuple[str, ...]:
    return _row(p, _AR_PLACES)


def _ar_phone(p: Person) -> str:
    area = _ar_place(p)[5]
    rest = p.phone[-(10 - len(area)) :]
    if int(p.bhxh) % 2:
        return f"({area}) 15-{rest[:-4]}-{rest[-4:]}"
    return f"{area} {rest[:-4]}-{rest[-4:]}"


def _ar_child_born(p: Person) -> str:
    n = int(p.bhxh[::-1])
    return f"{n % 28 + 1:02d}/{n // 28 % 12 + 1:02d}/{2008 + n % 17}"


def _ar_child_cuil(p: Person) -> str:
    body = f"{55_000_000 + int(p.bhxh[2:8]) % 4_000_000:08d}"
    prefix = "20" if int(p.bhxh) % 2 else "27"
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    check = 11 - sum(int(d) * w for d, w in zip(prefix + body, weights, strict=True)) % 11
    if check == 10:
        return f"23-{body}-{9 if prefix == '20' else 4}"
    return f"{prefix}-{body}-{0 if check == 11 else check}"


def _cl_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"+56 9 {p.phone[2:6]} {p.phone[6:10]}"
    return f"9{p.phone[2:10]}"


def _cl_email(p: Person) -> str:
    given = _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1).split()[0].lower()
    family = _pick(p, _CL_PAT, 2).lower()
    plain = str.maketrans("áéíóúñ", "aeioun")
    return f"{given}.{family}{p.bhxh[-3:]}@gmail.com".translate(plain)


def _uy_place(p: Person) -> tuple[str, ...]:
    return _row(p, _UY_PLACES)


def _uy_phone(p: Person) -> str:
    if int(p.bhxh) % 4 == 0:
        return f"2{p.phone[3:6]} {p.phone[6:10]}"
    return f"09{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"


def _uy_child_ci(p: Person) -> str:
    seven = f"{5_000_000 + int(p.bhxh[1:8]) % 3_000_000:07d}"
    total = sum(int(d) * w for d, w in zip(seven, (2, 9, 8, 7, 6, 3, 4), strict=True))
    return f"{seven[0]}.{seven[1:4]}.{seven[4:]}-{(10 - total % 10) % 10}"


def _py_place(p: Person) -> tuple[str, ...]:
    return _row(p, _PY_PLACES)


def _py_phone(p: Person) -> str:
    lead = _pick(p, ("981", "982", "971", "983", "985", "991"), 3)
    if int(p.bhxh) % 3 == 0:
        return f"(0{lead}) {p.phone[4:7]}-{p.phone[7:10]}"
    return f"0{lead} {p.phone[4:7]} {p.phone[7:10]}"


def _py_amount(p: Person) -> str:
    return f"Gs. {_dotted(240_000 + int(p.bhxh) % 4 * 60_000)}"


WRITERS_BLIND98: dict[str, Callable[[Person, Col], object]] = {
    "pension_addr98": lambda p, c: _pension_address(p),
    "pension_group98": lambda p, c: _pick(p, _VN_PENSION_GROUPS, 2),
    "on_btxh98": lambda p, c: _pick(p, ("Không", "Không", "Có (chuyển sang HTXH)", "Không"), 3),
    "pension_amount98": lambda p, c: _dotted(_pension_amount(p)),
    "pension_decision98": lambda p, c: f"{_num(p, 412)}/QĐ-UBND",
    "pay_way98": lambda p, c: _pick(p, _VN_PAY_WAYS, 5),
    "account98": lambda p, c: _account(p),
    "proxy98": lambda p, c: _proxy(p),
    "proxy_rel98": lambda p, c: _pick(p, _VN_PROXY_REL, 8) if _proxy(p) else "",
    "woman98": lambda p, c: _other_vn(p, 2, False, p.family),
    "woman_cccd98": lambda p, c: _cccd_of(p, False, p.birth.year),
    "ethnic98": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "job_f98": lambda p, c: _pick(p, _VN_JOBS_F, 3),
    "screen_addr98": lambda p, c: _screen_address(p),
    "para98": lambda p, c: _pick(p, _VN_PARA, 4),
    "via98": lambda p, c: _pick(p, _VN_VIA, 5),
    "pap98": lambda p, c: _pick(p, _VN_PAP, 6),
    "action98": lambda p, c: _pick(p, _VN_ACTION, 7),
    "examiner98": lambda p, c: _pick(p, _VN_EXAMINERS, 8),
    "owner_addr98": lambda p, c: _owner_address(p),
    "plate98": lambda p, c: _plate(p),
    "vehicle98": lambda p, c: _row(p, _VN_VEHICLES)[0],
    "make98": lambda p, c: _row(p, _VN_VEHICLES)[1],
    "load98": lambda p, c: _row(p, _VN_VEHICLES)[2],
    "built98": lambda p, c: str(2010 + int(p.bhxh) % 15),
    "badge_kind98": lambda p, c: _row(p, _VN_VEHICLES)[3],
    "badge_no98": lambda p, c: f"43-{p.other_date:%y}-{p.phone[4:10]}",
    "carrier98": lambda p, c: _pick(p, _VN_CARRIERS, 5),
    "badge_until98": lambda p, c: _badge_until(p),
    "gps98": lambda p, c: _pick(p, _VN_GPS, 6),
    "hh_relation98": lambda p, c: (
        "Chu ho" if _bhyt_rank(p) == 0 else _by_sex(p, _VN_HH_RELATIONS_M, _VN_HH_RELATIONS_F)
    ),
    "hh_head98": lambda p, c: _hh_head(p),
    "hh_addr98": lambda p, c: _hh_address(p),
    "clinic98": lambda p, c: _pick(p, _VN_CLINICS, 4),
    "member_no98": lambda p, c: f"Nguoi thu {_bhyt_rank(p) + 1}",
    "months98": lambda p, c: _bhyt_months(p),
    "bhyt_due98": lambda p, c: _dotted(_bhyt_due(p)),
    "bhyt_until98": lambda p, c: (
        f"{p.other_date + timedelta(days=_bhyt_months(p) * 30 + 4):%d/%m/%Y}"
    ),
    "collector98": lambda p, c: _pick(p, _VN_COLLECTORS, 7),
    "codfam_br98": lambda p, c: f"{p.bhxh[::-1][:9]}{int(p.bhxh[0]) % 9 + 1}{p.phone[-1]}",
    "br_name98": lambda p, c: _br_name(p),
    "nis_br98": lambda p, c: _nis(p),
    "cpf_br98": lambda p, c: _cpf(p),
    "sex_br98": lambda p, c: "Masculino" if p.male else "Feminino",
    "br_mother98": lambda p, c: _pick(p, _BR_MOTHERS, 4).upper(),
    "br_street98": lambda p, c: f"{_pick(p, _BR_STREETS, 5)}, {_num(p, 1480)}",
    "bairro_br98": lambda p, c: _pick(p, _BR_BAIRROS, 6),
    "cep_br98": lambda p, c: f"60{p.phone[3:6]}-{p.phone[6:9]}",
    "phone_br98": lambda p, c: _br_phone(p),
    "income_br98": lambda p, c: _br_income(p),
    "reason_br98": lambda p, c: _pick(p, _BR_REASONS, 7),
    "benefit_br98": lambda p, c: _pick(p, _BR_BENEFIT, 8),
    "deadline_br98": lambda p, c: f"{p.other_date + timedelta(days=90):%d/%m/%Y}",
    "tech_br98": lambda p, c: _pick(p, _BR_TECHS, 9),
    "cuil_ar98": lambda p, c: _cuil(p),
    "dni_ar98": lambda p, c: f"DNI {int(_dni_number(p)):,}".replace(",", "."),
    "ar_name98": lambda p, c: (
        f"{_pick(p, _AR_FAMILY, 2)}, {_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1).upper()}"
    ),
    "sex_ar98": lambda p, c: "M" if p.male else "F",
    "ar_street98": lambda p, c: f"{_ar_place(p)[0]} {_num(p, 3800)}",
    "ar_town98": lambda p, c: _ar_place(p)[1],
    "ar_prov98": lambda p, c: _ar_place(p)[2],
    "ar_cp98": lambda p, c: _ar_place(p)[3],
    "phone_ar98": lambda p, c: _ar_phone(p),
    "child_cuil_ar98": lambda p, c: _ar_child_cuil(p),
    "child_ar98": lambda p, c: (
        f"{_pick(p, _AR_FAMILY, 2)}, "
        f"{_pick(p, _AR_CHILD_M if int(p.bhxh) % 2 else _AR_CHILD_F, 5).upper()}"
    ),
    "child_born_ar98": lambda p, c: _ar_child_born(p),
    "booklet_ar98": lambda p, c: _pick(p, _AR_BOOKLET, 6),
    "period_ar98": lambda p, c: f"{p.other_date:%m/%Y}",
    "amount_ar98": lambda p, c: "$ 85.218,00" if int(p.bhxh) % 4 else "$ 68.174,40",
    "held_ar98": lambda p, c: "$ 21.304,50" if int(p.bhxh) % 4 else "$ 17.043,60",
    "udai_ar98": lambda p, c: _ar_place(p)[4],
    "folio_cl98": lambda p, c: f"{p.other_date:%Y}{p.bhxh[-7:]}",
    "procedure_cl98": lambda p, c: _pick(p, _CL_PROCEDURES, 3),
    "rut_cl98": lambda p, c: _rut(p),
    "cl_given98": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1),
    "cl_pat98": lambda p, c: _pick(p, _CL_PAT, 2),
    "cl_mat98": lambda p, c: _pick(p, _CL_MAT, 4),
    "sex_cl98": lambda p, c: "Hombre" if p.male else "Mujer",
    "street_cl98": lambda p, c: f"{_pick(p, _CL_STREETS, 5)} {_num(p, 2400)}",
    "villa_cl98": lambda p, c: _pick(p, _CL_VILLAS, 6),
    "comuna_cl98": lambda p, c: "La Pintana" if int(p.bhxh) % 3 else "La Granja",
    "phone_cl98": lambda p, c: _cl_phone(p),
    "email_cl98": lambda p, c: _cl_email(p),
    "members_cl98": lambda p, c: 1 + int(p.bhxh) % 6,
    "tramo_cl98": lambda p, c: _pick(p, _CL_TRAMOS, 7),
    "surveyor_cl98": lambda p, c: _pick(p, _CL_SURVEYORS, 8),
    "visit_cl98": lambda p, c: f"{p.other_date + timedelta(days=12 + int(p.bhxh) % 30):%d-%m-%Y}",
    "state_cl98": lambda p, c: _pick(p, _CL_STATES, 9),
    "ci_uy98": lambda p, c: _ci_uy(p),
    "uy_family98": lambda p, c: _pick(p, _UY_FAMILY, 2),
    "uy_second98": lambda p, c: _pick(p, _UY_FAMILY, 5),
    "uy_given98": lambda p, c: _by_sex(p, _UY_GIVEN_M, _UY_GIVEN_F, 1),
    "sex_uy98": lambda p, c: "M" if p.male else "F",
    "uy_street98": lambda p, c: f"{_uy_place(p)[0]} {_num(p, 4200)}",
    "uy_town98": lambda p, c: _uy_place(p)[1],
    "uy_dept98": lambda p, c: _uy_place(p)[2],
    "phone_uy98": lambda p, c: _uy_phone(p),
    "child_ci_uy98": lambda p, c: _uy_child_ci(p),
    "child_uy98": lambda p, c: (
        f"{_pick(p, _UY_FAMILY, 2)} {_pick(p, _UY_FAMILY, 7)}, "
        f"{_pick(p, ('Valentina', 'Mateo', 'Agustina', 'Joaquín', 'Camila'), 6)}"
    ),
    "school_uy98": lambda p, c: _pick(p, _UY_SCHOOLS, 4),
    "level_uy98": lambda p, c: _pick(p, _UY_LEVELS, 4),
    "amount_uy98": lambda p, c: f"{_dotted(2_300 + int(p.bhxh) % 5 * 1_150)},00",
    "state_uy98": lambda p, c: _pick(p, _UY_STATES, 8),
    "ci_py98": lambda p, c: _ci_py(p),
    "py_name98": lambda p, c: (
        f"{_by_sex(p, _PY_GIVEN_M, _PY_GIVEN_F, 1)} {_pick(p, _PY_FAMILY, 2)}"
        f" {_pick(p, _PY_FAMILY, 5)}"
    ),
    "sex_py98": lambda p, c: "Masculino" if p.male else "Femenino",
    "py_dept98": lambda p, c: _py_place(p)[0],
    "py_district98": lambda p, c: _py_place(p)[1],
    "py_compania98": lambda p, c: _py_place(p)[2],
    "phone_py98": lambda p, c: _py_phone(p),
    "community_py98": lambda p, c: _pick(p, _PY_COMMUNITIES, 6),
    "members_py98": lambda p, c: 2 + int(p.bhxh) % 7,
    "guide_py98": lambda p, c: _pick(p, _PY_GUIDES, 7),
    "amount_py98": lambda p, c: _py_amount(p),
    "state_py98": lambda p, c: _pick(p, _PY_STATES, 8),
}
