"""How the people of the three-hundred-and-thirty-sixth part of the outside corpus (**blind 336**,
:mod:`lienthong.quality._corpus_blind336`) are written: a cemetery's plot and burial numbers, a
notary office's certification numbers, lost papers reported to a ward police, SIM serials and
shop codes; and the Andean identity numbers as their registers write them (the Peruvian DNI
with its check character, the Ecuadorian cédula with its modulo-10 digit, the Bolivian CI with
its department, the Colombian cédula or NUIP, the Venezuelan V-/E- cédula), two surnames and
local address forms."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_GRAVE_AREAS = ("Khu A", "Khu B", "Khu C2", "Khu hung táng 3", "Khu cát táng 1")
_RELATIONS = ("con", "cháu nội", "em ruột", "anh/chị ruột", "người nhà", "vợ/chồng")
_DEATH_CAUSES = ("Bệnh già", "Bệnh hiểm nghèo", "Tai nạn giao thông", "Đột quỵ", "Không rõ")
_PAPERS = (
    "Giấy khai sinh",
    "Bằng tốt nghiệp THPT",
    "Giấy chứng nhận QSDĐ",
    "Sổ hộ khẩu (cũ)",
    "Bằng tốt nghiệp đại học",
    "Học bạ THCS",
    "Giấy đăng ký kết hôn",
)
_ISSUERS = (
    "UBND phường Bến Nghé",
    "Sở GD&ĐT TP. HCM",
    "Trường ĐH Kinh tế TP. HCM",
    "UBND quận 3",
    "Sở TN&MT TP. HCM",
    "Trường THPT Lê Quý Đôn",
)
_NOTARIES = ("CCV Nguyễn Thị Hồng", "CCV Trần Quốc Bảo", "CCV Lê Minh Tâm", "CCV Phạm Thu Hà")
_LOST = (
    "CCCD",
    "Giấy phép lái xe hạng A1",
    "Đăng ký xe mô tô",
    "Hộ chiếu phổ thông",
    "Thẻ BHYT",
    "Thẻ sinh viên",
)
_LOST_PLACES = (
    "Khoảng 19h, chợ Bến Thành",
    "Trên xe buýt tuyến 19",
    "Khu vực công viên Tao Đàn",
    "Không nhớ rõ thời gian, địa điểm",
    "Sáng cùng ngày, trước cổng bệnh viện Từ Dũ",
)
_LOST_RESULTS = ("Đã xác nhận đơn", "Chờ xác minh", "Đã chuyển Đội QLHC", "Đã xác nhận đơn")
_SIM_SHOPS = ("CH Viettel Q1-05", "ĐL Mobifone 2201", "Vinaphone GD Q3", "ĐBL 79-004518")
_SIM_PACKS = ("ST90N", "V120B", "TRẢ SAU 199", "MAX90", "D89Y")

_PE_FAMILY = ("QUISPE", "MAMANI", "FLORES", "HUAMÁN", "RAMOS", "CONDORI", "CHÁVEZ", "TORRES")
_PE_GIVEN_M = ("JUAN CARLOS", "WILBER", "PERCY", "JOSÉ LUIS", "EDWIN", "HILARIO")
_PE_GIVEN_F = ("MARÍA ELENA", "ROSA", "YESENIA", "JUANA", "LUZ MARINA", "NÉLIDA")
_PE_PLACES = (
    ("Jr. Lampa 345", "Cercado", "Puno"),
    ("Av. Ejército 820 Int. 3", "Yanahuara", "Arequipa"),
    ("Mz. F Lt. 12 AA.HH. Señor de los Milagros", "Majes", "Arequipa"),
    ("Calle Saphi 560", "Cusco", "Cusco"),
    ("Psje. Los Olivos 118", "Chancay", "Lima"),
)
_PE_COMMISSIONS = ("CR Irrigación Majes", "CR Pampa de Arena", "CR Chancay Bajo", "CR Ilave Sur")
_EC_FAMILY = ("ZAMBRANO", "VERA", "CEDEÑO", "GUAMÁN", "MOREIRA", "ANDRADE", "QUISHPE", "LOOR")
_EC_GIVEN_M = ("LUIS ALBERTO", "CARLOS ANDRÉS", "SEGUNDO MIGUEL", "JHON FREDDY", "ÁNGEL")
_EC_GIVEN_F = ("MARÍA JOSÉ", "NANCY BEATRIZ", "GLORIA", "ROSA ELVIRA", "DAYANA")
#: (two-digit province code, province, canton, parroquia, street with its intersection)
_EC_PLACES = (
    ("17", "Pichincha", "Quito", "Chillogallo", "Av. Mariscal Sucre S15-120 y Pedro Capiro"),
    ("09", "Guayas", "Guayaquil", "Tarqui", "Cdla. Sauces 6 Mz. 265 V. 12"),
    ("13", "Manabí", "Portoviejo", "12 de Marzo", "Calle Olmedo y Av. Universitaria"),
    ("01", "Azuay", "Cuenca", "El Vecino", "Av. Héroes de Verdeloma 4-56 y Tarqui"),
    ("18", "Tungurahua", "Ambato", "Huachi Loreto", "Calle Los Shyris 02-45 y Av. Bolivariana"),
)
_BO_FAMILY = ("MAMANI", "CHOQUE", "QUISPE", "VARGAS", "GUTIÉRREZ", "FERNÁNDEZ", "CONDORI", "ROCA")
_BO_GIVEN_M = ("Juan Evo", "Marcelo", "Fidel", "René", "Wilfredo", "Limbert")
_BO_GIVEN_F = ("Justina", "Mirtha", "Ninoska", "Sonia", "Deysi", "Felipa")
#: (department of issue, zone, street, municipality)
_BO_PLACES = (
    ("LP", "Zona Villa Fátima", "C. Tumusla N° 1245", "La Paz"),
    ("LP", "Zona 16 de Julio", "Av. Juan Pablo II N° 88", "El Alto"),
    ("SC", "Barrio Equipetrol", "Calle 4 Oeste N° 15", "Santa Cruz de la Sierra"),
    ("CB", "Zona Sarco", "Av. Simón López N° 530", "Cochabamba"),
    ("OR", "Barrio Vinto", "C. Pagador esq. Ayacucho", "Oruro"),
    ("CH", "Zona Mesa Verde", "C. Junín N° 76", "Sucre"),
)
_BO_ROLES = ("Presidente", "Vicepresidente", "Secretario de actas", "Tesorero", "Socio de base")
_CO_FAMILY = (
    "RODRÍGUEZ",
    "GÓMEZ",
    "MARTÍNEZ",
    "LÓPEZ",
    "GARCÍA",
    "HERNÁNDEZ",
    "MOSQUERA",
    "OSPINA",
)
_CO_GIVEN_M = (("JUAN", "DAVID"), ("CARLOS", "ANDRÉS"), ("LUIS", "FERNANDO"), ("JHON", "JAIRO"))
_CO_GIVEN_F = (("MARÍA", "CAMILA"), ("LUZ", "DARY"), ("ANA", "MILENA"), ("YULI", "PAOLA"))
#: (street, barrio, municipio, departamento)
_CO_PLACES = (
    ("CRA 45 # 26-85 APTO 301", "LA CANDELARIA", "MEDELLÍN", "ANTIOQUIA"),
    ("CL 13 SUR # 24-40", "RESTREPO", "BOGOTÁ D.C.", "BOGOTÁ D.C."),
    ("DG 72 # 38B-12", "EL PRADO", "BARRANQUILLA", "ATLÁNTICO"),
    ("KR 7 # 9-31", "CENTRO", "QUIBDÓ", "CHOCÓ"),
    ("TV 29 # 5-17 BRR LAS PALMAS", "LAS PALMAS", "CALI", "VALLE DEL CAUCA"),
)
_VE_FAMILY = (
    "GONZÁLEZ",
    "PÉREZ",
    "RODRÍGUEZ",
    "HERNÁNDEZ",
    "SÁNCHEZ",
    "MARCANO",
    "RIVAS",
    "D'ANGELO",
)
_VE_GIVEN_M = ("JOSÉ GREGORIO", "LUIS EDUARDO", "YORMAN", "CARLOS JOSÉ", "FRANKLIN")
_VE_GIVEN_F = ("MARÍA ALEJANDRA", "YUSMARY", "CARMEN ELENA", "ROSANGELA", "DAYANA")
#: (address, state)
_VE_PLACES = (
    ("Urb. La Candelaria, Calle 5, Casa N° 12, Parroquia Candelaria, Caracas", "Distrito Capital"),
    ("Barrio Unión, Sector 3, Vereda 14, Casa 7, Petare", "Miranda"),
    ("Av. Bolívar, Edif. Monagas, Piso 4, Apto 4-B, Maturín", "Monagas"),
    ("Urb. Los Guayabitos, Calle 2, Casa 33, Barquisimeto", "Lara"),
    ("Sector Santa Rosa, Calle 71 con Av. 15, Maracaibo", "Zulia"),
)
_VE_DIAG = ("Hipertensión arterial", "Diabetes mellitus tipo 2", "Asma bronquial", "Control")


def _two(p: Person, options: tuple[tuple[str, ...], ...], salt: int = 0) -> tuple[str, ...]:
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]


def _dni_pe(p: Person) -> str:
    """A Peruvian DNI, its eight digits and the check character printed on the card (weights
    3 2 7 6 5 4 3 2, eleven less the sum modulo 11; older cards a letter, here the digit)."""
    body = f"{4 + int(p.bhxh[0]) % 6}{p.bhxh[2:9]}"
    total = sum(int(d) * w for d, w in zip(body, (3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    key = (11 - total % 11) % 11
    return f"{body}-{'67890112345'[key]}"


def _cedula_ec(p: Person) -> str:
    """An Ecuadorian cédula: province code, third digit under 6, six digits, modulo 10."""
    body = f"{_two(p, _EC_PLACES, 3)[0]}{int(p.bhxh[1]) % 6}{p.bhxh[-6:]}"
    return _luhn(body)


def _ci_bo(p: Person) -> str:
    """A Bolivian CI with the department that issued it (``4856213 LP``)."""
    return f"{int(p.bhxh[1:8]) % 9_000_000 + 1_000_000} {_two(p, _BO_PLACES, 3)[0]}"


def _co_doc(p: Person) -> str:
    """A Colombian cédula de ciudadanía: eight digits for the old, the ten-digit NUIP (from
    1.000.000.000) for those documented as children since the NUIP began."""
    if p.birth.year >= 1990:
        return f"10{p.bhxh[:8]}"
    return f"{int(p.bhxh[:8]) % 80_000_000 + 10_000_000}"


def _ve_ci(p: Person) -> str:
    foreign = int(p.bhxh[0]) == 7
    number = int(p.bhxh[1:9]) % (9_000_000 if foreign else 30_000_000) + (
        81_000_000 if foreign else 3_000_000
    )
    return f"{'E' if foreign else 'V'}-{number:,}".replace(",", ".")


def _age(p: Person) -> int:
    years = p.other_date.year - p.birth.year
    return years - ((p.other_date.month, p.other_date.day) < (p.birth.month, p.birth.day))


WRITERS_BLIND336: dict[str, Callable[[Person, Col], object]] = {
    "grave_book336": lambda p, c: f"{p.other_date:%Y}/HT-{_num(p, 900):04d}",
    "grave_plot336": lambda p, c: (
        f"{_pick(p, _GRAVE_AREAS, 2)} - Lô {_num(p, 30)} - Hàng {_num(p, 12)} - Mộ {_num(p, 40)}"
    ),
    "grave_burial336": lambda p, c: f"{p.other_date + timedelta(days=1 + _num(p, 3)):%d/%m/%Y}",
    "grave_cause336": lambda p, c: _pick(p, _DEATH_CAUSES, 3),
    "grave_deathcert336": lambda p, c: f"{_num(p, 300)}/TLKT-{p.other_date:%Y}",
    "grave_kin336": lambda p, c: f"{_other_vn(p, 4)} ({_pick(p, _RELATIONS, 5)})",
    "grave_kinphone336": lambda p, c: _other_phone(p),
    "grave_fee336": lambda p, c: f"{(2 + _num(p, 8)) * 500_000:,}".replace(",", "."),
    "ct_no336": lambda p, c: f"{_num(p, 9000)}/{p.other_date:%Y}/SCT/BS",
    "ct_paper336": lambda p, c: _pick(p, _PAPERS, 2),
    "ct_issuer336": lambda p, c: _pick(p, _ISSUERS, 3),
    "ct_copies336": lambda p, c: _num(p, 6),
    "ct_fee336": lambda p, c: f"{_num(p, 6) * 2000 + 3000:,}".replace(",", "."),
    "ct_notary336": lambda p, c: _pick(p, _NOTARIES, 4),
    "lost_kind336": lambda p, c: _pick(p, _LOST, 2),
    "lost_number336": lambda p, c: f"{_pick(p, ('AB', 'MX', 'C', 'SV', 'HS'), 3)}{p.bhxh[-7:]}",
    "lost_where336": lambda p, c: _pick(p, _LOST_PLACES, 4),
    "lost_officer336": lambda p, c: f"Thượng úy {_other_vn(p, 6)}",
    "lost_result336": lambda p, c: _pick(p, _LOST_RESULTS, 5),
    "lost_case336": lambda p, c: f"{_num(p, 800)}/TB-CAP",
    "sim_msisdn336": lambda p, c: f"84{p.phone[1:]}",
    "sim_iccid336": lambda p, c: _luhn(f"8984{p.bhxh}{p.phone[2:7]}"),
    "sim_kind336": lambda p, c: _pick(p, ("Trả trước", "Trả sau", "eSIM trả trước"), 2),
    "sim_doc336": lambda p, c: _pick(p, ("CCCD", "CCCD gắn chip", "Thẻ căn cước"), 3),
    "sim_issue_place336": lambda p, c: _pick(
        p, ("Cục CS QLHC về TTXH", "Bộ Công an", "Cục Cảnh sát ĐKQL cư trú và DLQG về DC"), 4
    ),
    "sim_shop336": lambda p, c: _pick(p, _SIM_SHOPS, 5),
    "sim_pack336": lambda p, c: _pick(p, _SIM_PACKS, 6),
    "sim_status336": lambda p, c: _pick(p, ("Hoạt động 2 chiều", "Chặn 1 chiều", "Khớp CSDLQG"), 7),
    "pe_dni336": lambda p, c: _dni_pe(p),
    "pe_pat336": lambda p, c: _pick(p, _PE_FAMILY, 1),
    "pe_mat336": lambda p, c: _pick(p, _PE_FAMILY, 2),
    "pe_given336": lambda p, c: _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 3),
    "pe_sex336": lambda p, c: "M" if p.male else "F",
    "pe_street336": lambda p, c: _two(p, _PE_PLACES, 4)[0],
    "pe_district336": lambda p, c: _two(p, _PE_PLACES, 4)[1],
    "pe_dept336": lambda p, c: _two(p, _PE_PLACES, 4)[2],
    "pe_phone336": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "pe_commission336": lambda p, c: _pick(p, _PE_COMMISSIONS, 5),
    "pe_plot336": lambda p, c: f"UC-{p.bhxh[-5:]}",
    "pe_area336": lambda p, c: f"{_num(p, 90) / 10:.2f}",
    "pe_fee336": lambda p, c: f"S/ {_num(p, 400) * 1.5:.2f}",
    "ec_cedula336": lambda p, c: _cedula_ec(p),
    "ec_family336": lambda p, c: f"{_pick(p, _EC_FAMILY, 1)} {_pick(p, _EC_FAMILY, 2)}",
    "ec_given336": lambda p, c: _by_sex(p, _EC_GIVEN_M, _EC_GIVEN_F, 3),
    "ec_sex336": lambda p, c: "HOMBRE" if p.male else "MUJER",
    "ec_street336": lambda p, c: _two(p, _EC_PLACES, 3)[4],
    "ec_parish336": lambda p, c: _two(p, _EC_PLACES, 3)[3],
    "ec_canton336": lambda p, c: _two(p, _EC_PLACES, 3)[2],
    "ec_province336": lambda p, c: _two(p, _EC_PLACES, 3)[1],
    "ec_phone336": lambda p, c: f"09{p.phone[2:10]}",
    "ec_civil336": lambda p, c: _pick(p, ("SOLTERO/A", "CASADO/A", "UNIÓN DE HECHO", "VIUDO/A"), 4),
    "ec_spouse336": lambda p, c: f"{_pick(p, _EC_FAMILY, 5)} {_pick(p, _EC_GIVEN_F, 6)}",
    "ec_account336": lambda p, c: f"4{p.bhxh[:9]}",
    "ec_share336": lambda p, c: f"$ {_num(p, 60) * 25:.2f}",
    "bo_ci336": lambda p, c: _ci_bo(p),
    "bo_pat336": lambda p, c: _pick(p, _BO_FAMILY, 1),
    "bo_mat336": lambda p, c: _pick(p, _BO_FAMILY, 2),
    "bo_given336": lambda p, c: _by_sex(p, _BO_GIVEN_M, _BO_GIVEN_F, 3),
    "bo_sex336": lambda p, c: "Masc." if p.male else "Fem.",
    "bo_zone336": lambda p, c: _two(p, _BO_PLACES, 3)[1],
    "bo_street336": lambda p, c: _two(p, _BO_PLACES, 3)[2],
    "bo_town336": lambda p, c: _two(p, _BO_PLACES, 3)[3],
    "bo_phone336": lambda p, c: f"{'67'[int(p.bhxh[0]) % 2]}{p.phone[3:10]}",
    "bo_role336": lambda p, c: _pick(p, _BO_ROLES, 4),
    "bo_due336": lambda p, c: f"Bs. {_num(p, 10) * 5}",
    "co_type336": lambda p, c: "CC",
    "co_doc336": lambda p, c: _co_doc(p),
    "co_fam1_336": lambda p, c: _pick(p, _CO_FAMILY, 1),
    "co_fam2_336": lambda p, c: _pick(p, _CO_FAMILY, 2),
    "co_given1_336": lambda p, c: _two(p, _CO_GIVEN_M if p.male else _CO_GIVEN_F, 3)[0],
    "co_given2_336": lambda p, c: _two(p, _CO_GIVEN_M if p.male else _CO_GIVEN_F, 3)[1],
    "co_sex336": lambda p, c: "H" if p.male else "M",
    "co_street336": lambda p, c: _two(p, _CO_PLACES, 4)[0],
    "co_barrio336": lambda p, c: _two(p, _CO_PLACES, 4)[1],
    "co_town336": lambda p, c: _two(p, _CO_PLACES, 4)[2],
    "co_dept336": lambda p, c: _two(p, _CO_PLACES, 4)[3],
    "co_phone336": lambda p, c: f"3{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "co_group336": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D'), 5)}{_num(p, 5)}",
    "co_kin336": lambda p, c: _pick(
        p, ("JEFE(A) DE HOGAR", "CÓNYUGE", "HIJO(A)", "PADRE/MADRE"), 6
    ),
    "ve_ci336": lambda p, c: _ve_ci(p),
    "ve_family336": lambda p, c: f"{_pick(p, _VE_FAMILY, 1)} {_pick(p, _VE_FAMILY, 2)}",
    "ve_given336": lambda p, c: _by_sex(p, _VE_GIVEN_M, _VE_GIVEN_F, 3),
    "ve_age336": lambda p, c: _age(p),
    "ve_sex336": lambda p, c: "M" if p.male else "F",
    "ve_addr336": lambda p, c: _two(p, _VE_PLACES, 4)[0],
    "ve_state336": lambda p, c: _two(p, _VE_PLACES, 4)[1],
    "ve_phone336": lambda p, c: f"{_pick(p, ('0414', '0424', '0412', '0416'), 5)}-{p.phone[3:10]}",
    "ve_diag336": lambda p, c: _pick(p, _VE_DIAG, 6),
    "ve_doctor336": lambda p, c: (
        f"Dr(a). {_pick(p, _VE_GIVEN_F, 7).title()} {_pick(p, _VE_FAMILY, 8).title()}"
    ),
}
