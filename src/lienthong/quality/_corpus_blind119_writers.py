"""How the people of the hundred-and-nineteenth part of the outside corpus (**blind 119**,
:mod:`lienthong.quality._corpus_blind119`) are written: four Vietnamese files' own columns (a
household's registered groundwater well, a securities account opened at a brokerage, a cadre sent
to the senior political theory course, a swiftlet house declared to the commune) and Brazilian,
Chilean, Colombian, Venezuelan and Argentine names, places, phones and identity numbers in the
forms their registers show (the CPF ends in its two mod-11 digits; the Chilean RUN in its mod-11
digit or K; the CUIL in its mod-11 digit after the DNI; the Colombian cédula and the Venezuelan
cédula publish none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _note, _num, _pick
from lienthong.quality._corpus_blind22_writers import _cedula_ve
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind45_writers import _rut
from lienthong.quality._corpus_blind57_writers import _cpf
from lienthong.quality._corpus_blind58_writers import _cuil, _dni
from lienthong.quality._corpus_blind78_writers import _dotted
from lienthong.quality._corpus_blind93_writers import _cedula_co

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: groundwater wells -------------------------------------------------------------------
_VN_WELL_USE = (
    "Sinh hoạt hộ gia đình",
    "Sinh hoạt hộ gia đình",
    "Tưới cây cà phê",
    "Chăn nuôi",
    "Kinh doanh nhà nghỉ",
    "Sinh hoạt, tưới tiêu",
)
_VN_WELL_CONFIRM = ("Đã xác nhận", "Đã xác nhận", "Chờ xác nhận", "Bổ sung hồ sơ")
# -- Vietnam: securities accounts -----------------------------------------------------------------
_VN_SEC_BANKS = ("Vietcombank", "Techcombank", "BIDV", "VPBank", "MB Bank", "ACB", "VietinBank")
_VN_SEC_CHANNEL = ("eKYC qua app", "eKYC qua app", "Tại quầy", "Môi giới mở hộ", "eKYC qua app")
_VN_SEC_STATUS = ("Hoạt động", "Hoạt động", "Chờ duyệt hồ sơ", "Phong tỏa", "Hoạt động", "Đóng")
_VN_CCCD_ISSUER = (
    "Cục CS QLHC về TTXH",
    "Cục Cảnh sát QLHC về TTXH",
    "Bộ Công an",
    "Cục CS QLHC về TTXH",
)
# -- Vietnam: senior political theory course ------------------------------------------------------
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Mường", "Kinh", "Khmer", "Kinh")
_VN_HOMETOWN = (
    "Xã Hải Thanh, huyện Tĩnh Gia, Thanh Hóa",
    "Xã Nghi Xuân, huyện Nghi Lộc, Nghệ An",
    "Phường 3, TP. Sóc Trăng, Sóc Trăng",
    "Xã Tam Hiệp, huyện Phúc Thọ, Hà Nội",
    "Xã Bình Minh, huyện Thăng Bình, Quảng Nam",
)
_VN_CADRE_POST = (
    "Phó Chủ tịch UBND phường 7",
    "Trưởng phòng Tài chính - Kế hoạch quận",
    "Bí thư Đảng ủy xã",
    "Phó Chánh Văn phòng HĐND-UBND huyện",
    "Chánh Thanh tra quận",
    "Phó Giám đốc Trung tâm Y tế huyện",
)
_VN_CADRE_DEGREE = (
    "Cử nhân Luật",
    "Kỹ sư Xây dựng",
    "Thạc sĩ QLKT",
    "Cử nhân Kinh tế",
    "Bác sĩ CKI",
)
_VN_CADRE_GRADE = ("Chuyên viên chính", "Chuyên viên", "Chuyên viên chính", "Hạng II", "Hạng III")
_VN_POL_MODE = ("Tập trung", "Không tập trung", "Tập trung", "Không tập trung")
_VN_POL_CLASS = (
    "CCLLCT K74.B1 (HV Chính trị KV II)",
    "CCLLCT hệ không tập trung K75.B3 tại Quận 12",
    "CCLLCT K74.B5",
    "CCLLCT K73.D2 (Đà Nẵng)",
)
# -- Vietnam: swiftlet houses ---------------------------------------------------------------------
_VN_SWIFT_PLACES = (
    "Tổ 4, ấp Phước Hòa, xã Phước Thạnh",
    "Ấp 2, xã Hiệp Phước",
    "Thửa 112, tờ BĐ số 9, xã Tân Thạnh Đông",
    "Đường tỉnh 15, ấp Bàu Trăn, xã Nhuận Đức",
)
_VN_SWIFT_NOTES = (
    "Chưa có loa phát âm thanh",
    "Trong khu dân cư, yêu cầu di dời",
    "Cam kết giảm độ ồn sau 22h",
    "Mới xây, chưa có tổ",
)

# -- Brazil: blood donors -------------------------------------------------------------------------
_BR_GIVEN_M = ("José", "João Pedro", "Lucas", "Carlos Eduardo", "Rafael", "Francisco", "Mateus")
_BR_GIVEN_F = ("Maria Aparecida", "Ana Clara", "Juliana", "Fernanda", "Luíza", "Patrícia", "Rita")
_BR_FAMILY = (
    "da Silva",
    "dos Santos",
    "Oliveira",
    "Souza Lima",
    "Pereira",
    "Ferreira Gomes",
    "Rodrigues",
    "Almeida",
)
_BR_PLACES = (
    ("Belo Horizonte", "MG", "Santa Efigênia", "30130", "Rua Domingos Vieira"),
    ("Contagem", "MG", "Eldorado", "32315", "Av. João César de Oliveira"),
    ("Betim", "MG", "Jardim Teresópolis", "32681", "Rua Rio Grande do Sul"),
    ("Uberlândia", "MG", "Santa Mônica", "38408", "Av. Segismundo Pereira"),
    ("Juiz de Fora", "MG", "São Mateus", "36025", "Rua Oswaldo Aranha"),
)
_BR_BLOOD = ("O+", "O+", "A+", "B+", "O-", "AB+", "A-", "A+")
_BR_STATUS = ("Apto", "Apto", "Inapto temporário", "Apto", "Convocado", "Inapto definitivo")
# -- Chile: artisanal fishers ---------------------------------------------------------------------
_CL_GIVEN_M = ("Juan Carlos", "Luis Alberto", "Patricio", "José Miguel", "Héctor", "Cristián")
_CL_GIVEN_F = ("María José", "Rosa Elena", "Carolina", "Ximena", "Marisol", "Javiera")
_CL_FAMILY = (
    "González",
    "Muñoz",
    "Rojas",
    "Díaz",
    "Soto",
    "Contreras",
    "Silva",
    "Vera",
    "Millalonco",
)
_CL_PLACES = (
    ("Los Lagos", "Ancud", "Caleta Guabún", "Pasaje Los Aromos"),
    ("Los Lagos", "Calbuco", "Caleta San Rafael", "Calle Errázuriz"),
    ("Biobío", "Coronel", "Caleta Lo Rojas", "Población Carlos Prats, Pasaje 7"),
    ("Valparaíso", "San Antonio", "Caleta Pacheco Altamirano", "Av. Barros Luco"),
    ("Coquimbo", "Coquimbo", "Caleta Guayacán", "Calle Los Pescadores"),
)
_CL_CATEGORY = (
    "Pescador artesanal",
    "Buzo mariscador",
    "Recolector de orilla, alguero",
    "Armador artesanal",
    "Pescador artesanal",
)
_CL_BOATS = ("Don Lucho II", "Santa Rosa", "Mi Pamela", "Hermanos Vera", "El Chilote")
_CL_STATE = ("Vigente", "Vigente", "Caducado", "Vigente", "Suspendido")
# -- Colombia: SENA apprentices -------------------------------------------------------------------
_CO_GIVEN_M = ("Juan Sebastián", "Andrés Felipe", "Brayan Stiven", "Carlos Andrés", "Jhon Fredy")
_CO_GIVEN_F = ("Laura Valentina", "María Camila", "Yesica Paola", "Luisa Fernanda", "Daniela")
_CO_FAMILY = ("Rodríguez Pérez", "Gómez Castaño", "Martínez Ospina", "López Cardona", "Mosquera")
_CO_PLACES = (
    ("Medellín", "Antioquia", "Calle 44 # 52-31"),
    ("Bello", "Antioquia", "Carrera 50 # 38A-15 Int 201"),
    ("Cali", "Valle del Cauca", "Calle 5 Oeste # 38A-25"),
    ("Bogotá D.C.", "Cundinamarca", "Carrera 68D # 17-50 Apto 402"),
    ("Barranquilla", "Atlántico", "Calle 72 # 46-18"),
)
_CO_PROGRAM = (
    "Tecnólogo en Análisis y Desarrollo de Software",
    "Técnico en Asistencia Administrativa",
    "Tecnólogo en Gestión Logística",
    "Técnico en Cocina",
    "Técnico en Sistemas Teleinformáticos",
)
_CO_CENTRE = (
    "Centro de Servicios y Gestión Empresarial",
    "Centro de Tecnología de la Manufactura Avanzada",
    "Centro de Gestión Industrial",
    "Centro Nacional Colombo Alemán",
)
_CO_STATE = ("En formación", "En formación", "Condicionado", "Certificado", "Retiro voluntario")
# -- Venezuela: CLAP food boxes -------------------------------------------------------------------
_VE_GIVEN_M = ("José Gregorio", "Luis Enrique", "Yorman", "Carlos Alberto", "Wilmer", "Jesús")
_VE_GIVEN_F = ("María Alejandra", "Yusmary", "Carmen Elena", "Yelitza", "Daniela", "Rosa Virginia")
_VE_FAMILY = ("Rodríguez", "Hernández", "Pérez Mendoza", "García", "Rondón", "Márquez", "Briceño")
_VE_PLACES = (
    ("Distrito Capital", "Libertador", "23 de Enero", "Bloque 7, Apto 3-B"),
    ("Miranda", "Sucre", "Petare", "Barrio José Félix Ribas, Calle 4, Casa 12"),
    ("Lara", "Iribarren", "Juan de Villegas", "Urb. El Cují, Vereda 9, Casa 21"),
    ("Zulia", "Maracaibo", "Cristo de Aranza", "Sector Los Haticos, Av. 17, Casa 18-45"),
    ("Carabobo", "Valencia", "Miguel Peña", "Barrio La Florida, Calle 2, Casa 5"),
)
_VE_OBS = ("Entregado completo", "Falta harina", "Retiró familiar autorizado", "Ausente")
# -- Argentina: Progresar scholarships ------------------------------------------------------------
_AR_GIVEN_M = ("Juan Ignacio", "Matías", "Lautaro", "Facundo", "Tomás Agustín", "Nicolás")
_AR_GIVEN_F = ("Sofía Belén", "Camila", "Micaela", "Florencia", "Agustina", "Milagros")
_AR_FAMILY = ("GONZALEZ", "RODRIGUEZ", "FERNANDEZ", "LOPEZ", "BENITEZ", "SOSA", "ACOSTA")
_AR_PLACES = (
    ("Córdoba", "Córdoba", "X5000", "Bv. San Juan 820 4° B"),
    ("Rosario", "Santa Fe", "S2000", "Pasaje Gould 1245"),
    ("La Matanza", "Buenos Aires", "B1754", "Florencio Varela 2310"),
    ("San Miguel de Tucumán", "Tucumán", "T4000", "Av. Mate de Luna 3150"),
    ("Posadas", "Misiones", "N3300", "Calle 96 N° 4410, Chacra 148"),
)
_AR_LINE = ("Progresar Superior", "Progresar Obligatorio", "Progresar Formación Profesional")
_AR_SCHOOL = (
    "Universidad Nacional de Córdoba - Fac. de Ciencias Económicas",
    "ISFD N° 35 Monte Grande",
    "Universidad Nacional de Rosario - Enfermería",
    "CENS N° 453",
    "UTN Facultad Regional Tucumán",
)
_AR_STATE = ("Aprobada", "Aprobada", "Pendiente de certificación", "Rechazada", "Aprobada")


def _well_depth(p: Person) -> int:
    return 20 + int(p.bhxh[-3:]) % 100


def _sec_issued(p: Person) -> datetime:
    """A chip card issued 2021-2024 (the person's birthday's month and day where it exists)."""
    day = _safe_day(2021 + int(p.bhxh[-2]) % 4, p.birth.month, p.birth.day)
    return datetime.combine(day, datetime.min.time())


def _party_join(p: Person) -> date:
    """Joined the party at 24 to 33, never later than 2019."""
    years = 24 + int(p.bhxh[-1])
    return _safe_day(min(p.birth.year + years, 2019), 1 + _num(p, 12) % 12, _num(p, 28))


def _br_place(p: Person) -> tuple[str, str, str, str, str]:
    return _BR_PLACES[int(p.bhxh) // 7 % len(_BR_PLACES)]


def _br_name(p: Person) -> str:
    return f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}"


def _cl_place(p: Person) -> tuple[str, str, str, str]:
    return _CL_PLACES[int(p.bhxh) // 5 % len(_CL_PLACES)]


def _co_place(p: Person) -> tuple[str, str, str]:
    return _CO_PLACES[int(p.bhxh) // 3 % len(_CO_PLACES)]


def _ve_place(p: Person) -> tuple[str, str, str, str]:
    return _VE_PLACES[int(p.bhxh) // 9 % len(_VE_PLACES)]


def _ar_place(p: Person) -> tuple[str, str, str, str]:
    return _AR_PLACES[int(p.bhxh) // 11 % len(_AR_PLACES)]


def _patria(p: Person) -> str:
    return f"000{p.bhxh[-7:]}"


WRITERS_BLIND119: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: groundwater wells
    "well_plot119": lambda p, c: f"Thửa {_num(p, 400)}, tờ BĐ số {_num(p, 40)}",
    "well_x119": lambda p, c: f"{1_310_000 + int(p.bhxh[-5:]) % 9_000}",
    "well_y119": lambda p, c: f"{585_000 + int(p.bhxh[:4]) % 9_000}",
    "well_depth119": lambda p, c: _well_depth(p),
    "well_flow119": lambda p, c: f"{1 + int(p.bhxh[-2:]) % 9},{int(p.bhxh[-4]) % 10}",
    "well_use119": lambda p, c: _pick(p, _VN_WELL_USE, 3),
    "well_form119": lambda p, c: f"{_num(p, 600)}/TK-ĐKKTNDĐ",
    "well_confirm119": lambda p, c: _pick(p, _VN_WELL_CONFIRM, 4),
    # Vietnam: securities accounts
    "sec_account119": lambda p, c: f"058C{p.bhxh[-6:]}",
    "sec_issued119": lambda p, c: _sec_issued(p),
    "sec_issuer119": lambda p, c: _pick(p, _VN_CCCD_ISSUER, 2),
    "sec_bank_acc119": lambda p, c: f"{p.bhxh}{p.phone[-3:]}",
    "sec_bank119": lambda p, c: _pick(p, _VN_SEC_BANKS, 3),
    "sec_broker119": lambda p, c: _other_vn(p, 4),
    "sec_channel119": lambda p, c: _pick(p, _VN_SEC_CHANNEL, 5),
    "sec_status119": lambda p, c: _pick(p, _VN_SEC_STATUS, 6),
    # Vietnam: senior political theory course
    "ethnic119": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "hometown119": lambda p, c: _pick(p, _VN_HOMETOWN, 3),
    "cadre_post119": lambda p, c: _pick(p, _VN_CADRE_POST, 4),
    "party_join119": lambda p, c: f"{_party_join(p):%d/%m/%Y}",
    "cadre_degree119": lambda p, c: _pick(p, _VN_CADRE_DEGREE, 5),
    "cadre_grade119": lambda p, c: _pick(p, _VN_CADRE_GRADE, 6),
    "pol_mode119": lambda p, c: _pick(p, _VN_POL_MODE, 7),
    "pol_class119": lambda p, c: _pick(p, _VN_POL_CLASS, 8),
    "pol_decision119": lambda p, c: f"{_num(p, 300)}-QĐ/QU",
    # Vietnam: swiftlet houses
    "swift_addr119": lambda p, c: f"{_pick(p, _VN_SWIFT_PLACES, 2)}, huyện Cần Giuộc, Long An",
    "swift_area119": lambda p, c: 60 + _num(p, 240),
    "swift_floors119": lambda p, c: 2 + int(p.bhxh[-1]) % 3,
    "swift_built119": lambda p, c: 2012 + int(p.bhxh[-2]) % 12,
    "swift_dist119": lambda p, c: 50 + _num(p, 900),
    "swift_speaker119": lambda p, c: _pick(p, ("Có", "Có", "Không"), 3),
    "swift_yield119": lambda p, c: f"{int(p.bhxh[-3:]) % 40},{int(p.bhxh[-1])}",
    "swift_form119": lambda p, c: f"{_num(p, 150)}/PKK-UBND",
    "swift_note119": lambda p, c: _note(p, _VN_SWIFT_NOTES),
    # Brazil: blood donors
    "br_donor119": lambda p, c: f"{p.bhxh[-7:]}",
    "br_name119": lambda p, c: _br_name(p),
    "cpf119": lambda p, c: _cpf(p),
    "br_rg119": lambda p, c: f"MG-{int(p.bhxh[2:10]) % 20_000_000:,}".replace(",", "."),
    "sex_br119": lambda p, c: "Masculino" if p.male else "Feminino",
    "br_mother119": lambda p, c: f"{_pick(p, _BR_GIVEN_F, 5)} {_pick(p, _BR_FAMILY, 2)}",
    "br_blood119": lambda p, c: _pick(p, _BR_BLOOD, 3),
    "br_street119": lambda p, c: (
        f"{_br_place(p)[4]}, {_num(p, 1800)}{_pick(p, ('', ' apto 201', ' casa 2', ''), 4)}"
    ),
    "br_bairro119": lambda p, c: _br_place(p)[2],
    "br_city119": lambda p, c: _br_place(p)[0],
    "br_uf119": lambda p, c: _br_place(p)[1],
    "br_cep119": lambda p, c: f"{_br_place(p)[3]}-{p.bhxh[-3:]}",
    "br_phone119": lambda p, c: f"(31) 9{p.phone[2:6]}-{p.phone[6:10]}",
    "br_status119": lambda p, c: _pick(p, _BR_STATUS, 6),
    # Chile: artisanal fishers
    "cl_rpa119": lambda p, c: f"{int(p.bhxh[-6:]) % 300_000 + 100_000}",
    "run119": lambda p, c: _rut(p),
    "cl_given119": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1),
    "cl_paterno119": lambda p, c: _pick(p, _CL_FAMILY, 2),
    "cl_materno119": lambda p, c: _pick(p, _CL_FAMILY, 5),
    "sex_cl119": lambda p, c: "M" if p.male else "F",
    "cl_region119": lambda p, c: _cl_place(p)[0],
    "cl_comuna119": lambda p, c: _cl_place(p)[1],
    "cl_caleta119": lambda p, c: _cl_place(p)[2],
    "cl_street119": lambda p, c: f"{_cl_place(p)[3]} {_num(p, 900)}",
    "cl_phone119": lambda p, c: f"+56 9 {p.phone[2:6]} {p.phone[6:10]}",
    "cl_category119": lambda p, c: _pick(p, _CL_CATEGORY, 3),
    "cl_boat119": lambda p, c: _pick(p, _CL_BOATS, 4),
    "cl_matricula119": lambda p, c: f"ANC-{_num(p, 3000)}",
    "cl_state119": lambda p, c: _pick(p, _CL_STATE, 6),
    # Colombia: SENA apprentices
    "co_ficha119": lambda p, c: f"2{p.bhxh[-6:]}",
    "co_doctype119": lambda p, c: "CC",
    "cc119": lambda p, c: _cedula_co(p),
    "co_given119": lambda p, c: _by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 1),
    "co_family119": lambda p, c: _pick(p, _CO_FAMILY, 2),
    "sex_co119": lambda p, c: "Masculino" if p.male else "Femenino",
    "co_phone119": lambda p, c: f"3{_pick(p, ('00', '10', '15', '20', '14'), 8)} {p.phone[3:10]}",
    "co_street119": lambda p, c: _co_place(p)[2],
    "co_mun119": lambda p, c: _co_place(p)[0],
    "co_dept119": lambda p, c: _co_place(p)[1],
    "co_program119": lambda p, c: _pick(p, _CO_PROGRAM, 3),
    "co_centre119": lambda p, c: _pick(p, _CO_CENTRE, 4),
    "co_instructor119": lambda p, c: (
        f"{_pick(p, _CO_GIVEN_M + _CO_GIVEN_F, 5)} {_pick(p, _CO_FAMILY, 6)}"
    ),
    "co_state119": lambda p, c: _pick(p, _CO_STATE, 7),
    # Venezuela: CLAP food boxes
    "ve_name119": lambda p, c: (
        f"{_by_sex(p, _VE_GIVEN_M, _VE_GIVEN_F, 1)} {_pick(p, _VE_FAMILY, 2)}"
    ),
    "cedula119": lambda p, c: _cedula_ve(p),
    "sex_ve119": lambda p, c: "M" if p.male else "F",
    "ve_phone119": lambda p, c: f"04{_pick(p, ('14', '24', '12', '16', '26'), 3)}-{p.phone[3:10]}",
    "ve_patria119": lambda p, c: _patria(p),
    "ve_addr119": lambda p, c: f"{_ve_place(p)[3]}, Parroquia {_ve_place(p)[2]}",
    "ve_parroquia119": lambda p, c: _ve_place(p)[2],
    "ve_mun119": lambda p, c: _ve_place(p)[1],
    "ve_state119": lambda p, c: _ve_place(p)[0],
    "ve_load119": lambda p, c: 1 + int(p.bhxh[-1]) % 7,
    "ve_cc119": lambda p, c: (
        f"C.C. {_pick(p, ('Unidos por el Barrio', 'Simón Bolívar', 'La Ceiba'), 4)}"
    ),
    "ve_leader119": lambda p, c: (
        f"{_pick(p, _VE_GIVEN_F + _VE_GIVEN_M, 5)} {_pick(p, _VE_FAMILY, 6)}"
    ),
    "ve_amount119": lambda p, c: f"{12 + int(p.bhxh[-1]) % 3},00",
    "ve_obs119": lambda p, c: _note(p, _VE_OBS),
    # Argentina: Progresar scholarships
    "cuil119": lambda p, c: _cuil(p),
    "dni119": lambda p, c: f"{int(_dni(p)):,}".replace(",", "."),
    "ar_name119": lambda p, c: (
        f"{_pick(p, _AR_FAMILY, 2)}, {_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1)}"
    ),
    "sex_ar119": lambda p, c: "Masculino" if p.male else "Femenino",
    "ar_street119": lambda p, c: _ar_place(p)[3],
    "ar_town119": lambda p, c: _ar_place(p)[0],
    "ar_prov119": lambda p, c: _ar_place(p)[1],
    "ar_cp119": lambda p, c: f"{_ar_place(p)[2]}{_pick(p, ('AAA', 'BXA', 'CKE', 'DYM'), 3)}",
    "ar_phone119": lambda p, c: f"+54 9 {p.phone[2:5]} {p.phone[5:8]}-{p.phone[8:]}",
    "ar_line119": lambda p, c: _pick(p, _AR_LINE, 4),
    "ar_school119": lambda p, c: _pick(p, _AR_SCHOOL, 5),
    "ar_state119": lambda p, c: _pick(p, _AR_STATE, 6),
    "ar_amount119": lambda p, c: f"$ {_dotted(35_000 + 10_000 * (int(p.bhxh[-1]) % 3))},00",
    "ar_guardian_phone119": lambda p, c: _other_phone(p, "11"),
    "ar_tutor119": lambda p, c: f"{_pick(p, _AR_FAMILY, 7)}, {_pick(p, _AR_GIVEN_F, 8)}",
}

__all__ = ["WRITERS_BLIND119"]
