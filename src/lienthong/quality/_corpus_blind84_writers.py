"""How the people of the eighty-fourth part of the outside corpus (**blind 84**,
:mod:`lienthong.quality._corpus_blind84`) are written: four Vietnamese files' own columns (a
civil-status change with what stood before and after, a pawned item and its loan, a pardoned
prisoner's sentence and the person who helps him settle, a temporary absence's destination and
dates) and Brazilian, Mexican, Chilean, Argentine and Peruvian names, places, phones and identity
numbers in the forms their registers write them (the CPF and the CNS with their check digits, the
CURP, the RUN with its mod-11 digit, the Argentine DNI with dots, the Peruvian DNI and the driving
licence letter before it)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _note, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind43_writers import _curp, _mx_names
from lienthong.quality._corpus_blind45_writers import _rut
from lienthong.quality._corpus_blind57_writers import _cns, _cpf
from lienthong.quality._corpus_blind58_writers import _dni as _dni_ar
from lienthong.quality._corpus_blind65_writers import _dni as _dni_pe
from lienthong.quality._corpus_people import _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HAMLETS_SL = ("Bản Hìn", "Bản Phiêng Ngùa", "Bản Nà Viền", "Bản Củ", "Bản Hẹo Phiêng")
_VN_CHANGES = (
    "Thay đổi tên",
    "Cải chính ngày sinh",
    "Xác định lại dân tộc",
    "Thay đổi họ",
    "Bổ sung quê quán",
    "Cải chính chữ đệm",
)
_VN_OLD_GIVEN = ("Tũn", "Pấu", "Thị Hon", "Dín", "Cúc", "Sủi")
_VN_ETHNIC = ("Thái", "Mường", "Tày", "Thái", "Kháng", "Xinh Mun")
_VN_BASIS = (
    "Giấy khai sinh bản chính",
    "Tờ khai của cha, mẹ + xác nhận dân tộc của mẹ",
    "Học bạ THCS",
    "Trích lục khai sinh bản sao",
    "Giấy tờ tùy thân của cha",
)
_VN_REQ_REL = ("Bản thân", "Bản thân", "Cha", "Mẹ", "Người giám hộ", "Bản thân")
_VN_GOODS = (
    "Xe máy Honda Wave Alpha",
    "ĐTDĐ iPhone 12 Pro Max",
    "Nhẫn vàng 18K (1 chỉ)",
    "Xe máy Yamaha Exciter 150",
    "Laptop Dell Inspiron 15",
    "Dây chuyền vàng 24K (2 chỉ)",
)
_VN_PAWN_STATE = ("Đang cầm", "Đã chuộc", "Đã chuộc", "Quá hạn", "Đã thanh lý")
_VN_CRIMES = (
    "Trộm cắp tài sản (Đ.173 BLHS)",
    "Cố ý gây thương tích (Đ.134 BLHS)",
    "Đánh bạc (Đ.321 BLHS)",
    "Lừa đảo chiếm đoạt tài sản (Đ.174)",
    "Vi phạm quy định về tham gia GTĐB (Đ.260)",
    "Tàng trữ trái phép chất ma túy (Đ.249)",
)
_VN_PRISONS = ("TG Xuân Lộc - C10", "TG Thủ Đức", "TG An Phước", "TG Phước Hòa", "TG Châu Bình")
_VN_COURTS = ("TAND h. Xuân Lộc", "TAND TP. Long Khánh", "TAND tỉnh Đồng Nai", "TAND h. Định Quán")
_VN_ALIASES = ("", "Tèo", "", "Bi", "Tý", "", "Lâm Gù", "Cu Tí")
_VN_HELPER_ROLES = ("Trưởng ấp", "Công an viên", "Chi hội trưởng CCB", "Bí thư Đoàn xã", "Mẹ ruột")
_VN_AFTER = (
    "Đã có việc làm ổn định (công nhân KCN)",
    "Làm thuê tự do",
    "Đang học nghề tại TT GDNN huyện",
    "Chưa có việc làm",
    "Đã trình báo, chấp hành tốt",
)
_VN_DN_HAMLETS = ("Ấp 1", "Ấp 3", "Ấp Bình Hòa", "Ấp Trung Tín", "Ấp Nam Sơn")
_VN_NA_VILLAGES = ("Xóm 4", "Thôn Tân Thành", "Xóm Đông Hồ", "Thôn Phú Nghĩa", "Xóm 12")
#: (where the person goes, why)
_VN_DESTINATIONS = (
    ("P. Tân Định, TP. Bến Cát, Bình Dương", "Đi làm ăn xa"),
    ("KCN Tân Tạo, P. Tân Tạo A, TP.HCM", "Đi làm công nhân"),
    ("Đài Loan (Trung Quốc)", "Đi xuất khẩu lao động"),
    ("P. Thanh Xuân Bắc, Hà Nội", "Đi học"),
    ("Nhật Bản", "Thực tập sinh kỹ năng"),
    ("BV K Tân Triều, Hà Nội", "Chữa bệnh dài ngày"),
)
_VN_DECL_REL = ("Bản thân", "Bản thân", "Chủ hộ (bố)", "Chủ hộ (mẹ)", "Vợ", "Chồng")
_VN_CHANNELS = ("Ứng dụng VNeID", "Trực tiếp tại CA xã", "Cổng DVC quốc gia", "Ứng dụng VNeID")
_BR_GIVEN_M = ("José Cícero", "Severino", "Edvaldo", "Jailson", "Wellington", "Josivaldo", "Ítalo")
_BR_GIVEN_F = ("Maria do Socorro", "Josefa", "Edjane", "Rosilene", "Quitéria", "Jéssica", "Lúcia")
_BR_FAMILY = ("da Silva", "dos Santos", "Cavalcanti de Albuquerque", "Ferreira Lima", "Barbosa")
_BR_MOTHERS = ("Maria José da Silva", "Severina Ferreira", "Josefa Maria dos Santos", "Luzia Gomes")
_BR_FATHERS = ("", "José Francisco da Silva", "", "Antônio Barbosa", "Manoel Cícero Lima")
#: (logradouro e número, bairro, município, UF, CEP)
_BR_PLACES = (
    ("Rua Real da Torre, 512", "Madalena", "Recife", "PE", "50610-000"),
    ("Av. Norte Miguel Arraes de Alencar, 3100", "Casa Amarela", "Recife", "PE", "52070-010"),
    ("Estrada do Arraial, 245, apto 302", "Tamarineira", "Recife", "PE", "52051-380"),
    ("Rua Dom Bosco, 88", "Boa Vista", "Recife", "PE", "50070-070"),
    ("Rua do Amparo, 14", "Amparo", "Olinda", "PE", "53020-190"),
    ("Av. Bernardo Vieira de Melo, 1500", "Piedade", "Jaboatão dos Guararapes", "PE", "54410-010"),
)
_BR_RACE = ("Parda", "Branca", "Preta", "Parda", "Não declarada", "Amarela", "Indígena")
_BR_STAGES = (
    "EJA Ensino Fundamental - Anos Finais",
    "EJA Ensino Médio - 1º Módulo",
    "EJA Ensino Médio - 2º Módulo",
    "EJA Ensino Médio - 3º Módulo",
)
_BR_STATUS = ("Matriculado", "Matriculado", "Transferido", "Abandono", "Remanejado")
_BR_PREV = (
    "EREM Joaquim Nabuco",
    "Escola Municipal Poeta Solano Trindade",
    "Sem escolarização anterior",
    "EE Professor Cândido Duarte",
    "Supletivo (ENCCEJA)",
)
#: (calle y número, colonia, código postal)
_MX_PLACES = (
    ("Blvd. Emiliano Zapata 1450 Pte.", "Col. Centro Sinaloa", "80129"),
    ("Av. Álvaro Obregón 2200 Nte.", "Col. Tierra Blanca", "80030"),
    ("Calle Río Culiacán 845", "Col. Guadalupe", "80220"),
    ("Priv. Del Valle 312 Int. 4", "Fracc. Los Pinos", "80120"),
    ("Calle Mariano Escobedo 1017 Ote.", "Col. Jorge Almada", "80200"),
    ("Av. de los Universitarios 3560", "Fracc. Infonavit Humaya", "80020"),
)
_MX_TARIFFS = ("DOMÉSTICA A", "DOMÉSTICA B", "DOMÉSTICA POPULAR", "COMERCIAL", "DOMÉSTICA A")
_MX_SERVICE = ("ACTIVO", "ACTIVO", "SUSPENDIDO", "CORTE POR ADEUDO", "BAJA TEMPORAL")
_CL_GIVEN_M = ("Matías Ignacio", "Benjamín", "Cristóbal Andrés", "Felipe", "Diego Alonso")
_CL_GIVEN_F = ("Catalina Paz", "Javiera", "Francisca Belén", "Constanza", "Valentina Ignacia")
_CL_FAMILY = ("González Muñoz", "Rojas Díaz", "Soto Contreras", "Silva Martínez", "Araya Castillo")
_CL_CAREERS = (
    ("Ingeniería Civil Industrial", "1353"),
    ("Pedagogía en Historia y Cs. Sociales", "1608"),
    ("Enfermería", "1862"),
    ("Ingeniería de Ejecución en Informática", "1867"),
    ("Derecho", "1901"),
    ("Psicología", "1804"),
)
#: (dirección, comuna, región)
_CL_PLACES = (
    ("Av. Las Rejas Norte 1234, depto. 502", "Estación Central", "Metropolitana"),
    ("Pasaje Los Aromos 876", "Maipú", "Metropolitana"),
    ("Calle Esperanza 45, block B, depto. 21", "Santiago", "Metropolitana"),
    ("Av. Vicuña Mackenna 7110", "La Florida", "Metropolitana"),
    ("Los Carrera 1520", "Quilpué", "Valparaíso"),
    ("Villa Los Héroes, pasaje 3 #112", "Rancagua", "Libertador Gral. Bernardo O'Higgins"),
)
_CL_ROUTES = ("PAES", "PAES", "Cupo PACE", "Ingreso especial adultos", "Traslado", "Cupo BEA")
_CL_BENEFITS = ("Gratuidad", "Gratuidad", "Beca Bicentenario", "FSCU", "CAE", "Sin beneficio")
_CL_STATUS = ("Regular", "Regular", "Regular", "Postergación", "Eliminado", "Egresado")
_AR_GIVEN_M = ("Juan Pablo", "Nahuel", "Carlos Alberto", "Matías", "Sergio Daniel", "Lautaro")
_AR_GIVEN_F = ("María Laura", "Micaela", "Graciela del Valle", "Romina", "Yanina Soledad", "Silvia")
_AR_FAMILY = ("GÓMEZ", "FERNÁNDEZ", "PERALTA", "QUIROGA", "LUDUEÑA", "MOYANO", "ROMERO", "BUSTOS")
#: (domicilio, localidad, código postal)
_AR_PLACES = (
    ("Bv. San Juan 1250, 3º B", "Córdoba", "X5000"),
    ("Calle Pública s/n, Mz 14 Lote 7", "Barrio Müller, Córdoba", "X5016"),
    ("Av. Colón 4520", "Córdoba", "X5003"),
    ("San Martín 340", "Villa Carlos Paz", "X5152"),
    ("Belgrano 812", "Río Cuarto", "X5800"),
    ("Av. Sabattini 2890", "Bouwer", "X5123"),
)
_AR_BOND_M = ("Padre", "Concubino", "Hermano", "Hijo", "Amigo", "Esposo")
_AR_BOND_F = ("Madre", "Esposa", "Concubina", "Hermana", "Hija", "Amiga")
_AR_UNITS = ("CC N°1 Bouwer", "EP N°2 San Martín", "CC N°2 Cruz del Eje", "EP N°6 Río Cuarto")
_AR_WINGS = ("MD1 - Pab. 3", "MD2 - Pab. 7", "Pab. 11", "Módulo Mujeres", "Pab. 5")
_AR_STATUS = ("Habilitado", "Habilitado", "Habilitado", "Suspendido (sanción)", "Vencida")
_AR_OBS = (
    "Presenta certificado de convivencia",
    "Visita de contacto (menores a cargo)",
    "Sin observaciones",
    "Requisa positiva 03/2025 - sanción 30 días",
)
_PE_GIVEN_M = ("Juan Carlos", "Wilber", "Edwin Rubén", "Yhony", "Percy", "Elmer Fredy")
_PE_GIVEN_F = ("Ruth Marleny", "Yeni", "Maribel", "Nelly Soledad", "Gladys", "Ana Lucía")
_PE_FAMILY = ("QUISPE MAMANI", "CONDORI APAZA", "HUANCA CCAMA", "MAMANI TICONA", "APAZA PARI")
#: (dirección, distrito)
_PE_PLACES = (
    ("Jr. Tumbes 645", "Juliaca"),
    ("Av. Huancané Mz. C Lt. 12, Urb. La Capilla", "Juliaca"),
    ("Jr. Los Andes 233, Barrio Santa Cruz", "Juliaca"),
    ("Av. Circunvalación Este 1180", "San Miguel"),
    ("Psje. Las Flores s/n, CC.PP. Escuri", "Caracoto"),
    ("Jr. San Martín 117", "Cabanillas"),
)
_PE_ASSOC = (
    "Asoc. de Mototaxistas Virgen de la Candelaria",
    "Empresa de Transportes Señor de Huanca S.R.L.",
    "Asoc. Mototaxis Los Libertadores",
    "Asoc. Santa Rosa de Juliaca",
)
_PE_STOPS = ("Plaza Bolognesi", "Mercado Túpac Amaru", "Terminal Terrestre", "Hospital C. Monge")
_PE_STATUS = ("HABILITADO", "HABILITADO", "EN TRÁMITE", "SUSPENDIDO", "CADUCADO")


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _before_after(p: Person) -> tuple[str, str]:
    """What a civil-status entry held before the change and what it holds after."""
    kind = _pick(p, _VN_CHANGES, 2)
    if kind == "Thay đổi tên":
        return f"Tên: {_pick(p, _VN_OLD_GIVEN, 3)}", f"Tên: {p.given.split()[-1]}"
    if kind == "Cải chính ngày sinh":
        wrong = _safe_day(p.birth.year + (1 if p.birth.year < 2000 else -1), p.birth.month, 1)
        return f"Ngày sinh: {wrong:%d/%m/%Y}", f"Ngày sinh: {p.birth:%d/%m/%Y}"
    if kind == "Xác định lại dân tộc":
        return "Dân tộc: Kinh", f"Dân tộc: {_pick(p, _VN_ETHNIC, 4)}"
    if kind == "Thay đổi họ":
        return f"Họ: {_other_vn(p, 3).split()[0]}", f"Họ: {p.family} (theo họ mẹ)"
    if kind == "Bổ sung quê quán":
        return "Quê quán: (bỏ trống)", "Quê quán: xã Mường Bon, huyện Mai Sơn, tỉnh Sơn La"
    return f"Chữ đệm: {'Thi' if not p.male else 'Vân'}", f"Chữ đệm: {p.given.split()[0]}"


def _requester(p: Person) -> str:
    rel = _pick(p, _VN_REQ_REL, 5)
    if rel == "Bản thân":
        return "(người được thay đổi)"
    return _other_vn(p, 5, rel == "Cha", p.family if rel == "Cha" else None)


def _pawn_detail(p: Person) -> str:
    goods = _pick(p, _VN_GOODS, 4)
    if goods.startswith("Xe máy"):
        return f"BKS 59-{'XTNP'[_num(p, 4) - 1]}{_num(p, 9)} {p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    if goods.startswith(("ĐTDĐ", "Laptop")):
        return f"IMEI/SN: 35{p.bhxh}{p.phone[-3:]}"
    return "Đã cân, niêm phong"


def _pawn_loan(p: Person) -> int:
    goods = _pick(p, _VN_GOODS, 4)
    base = {"Xe": 8, "ĐT": 6, "Nh": 5, "La": 4, "Dâ": 12}[goods[:2]]
    return base * 1_000_000 + _num(p, 9) * 500_000


def _due(p: Person, c: Col) -> str:
    return _written(p.other_date + timedelta(days=30), c.date_format)


def _redeemed(p: Person, c: Col) -> str:
    if _pick(p, _VN_PAWN_STATE, 6) != "Đã chuộc":
        return ""
    return _written(p.other_date + timedelta(days=3 + _num(p, 25)), c.date_format)


def _issued(p: Person, c: Col) -> str:
    day = date(2021, 4, 1) + timedelta(days=int(p.bhxh[-6:]) % 1300)
    return _written(day, c.date_format)


def _until(p: Person, c: Col) -> str:
    months = 6 + _num(p, 18)
    year = p.other_date.year + (p.other_date.month - 1 + months) // 12
    month = (p.other_date.month - 1 + months) % 12 + 1
    return _written(_safe_day(year, month, p.other_date.day), c.date_format)


def _br_name(p: Person) -> str:
    return f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}"


def _br_email(p: Person) -> str:
    first = _ascii(_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)).split()[0].lower()
    last = _ascii(_pick(p, _BR_FAMILY, 2)).split()[-1].lower()
    return f"{first}.{last}{_num(p, 99)}@{_pick(p, ('gmail.com', 'hotmail.com', 'outlook.com'))}"


def _mx_name(p: Person) -> str:
    pat, mat, given = _mx_names(p)
    return _ascii(f"{pat} {mat} {given}").upper()


def _mx_debt(p: Person) -> str:
    if _pick(p, _MX_SERVICE, 4) == "ACTIVO" and _num(p, 3) != 1:
        return "$0.00"
    return f"${_num(p, 90) * 137.5:,.2f}"


def _mx_reading(p: Person, c: Col) -> str:
    return _written(date(2025, 1 + int(p.bhxh) % 11, 1 + _num(p, 27)), c.date_format)


def _cl_email(p: Person) -> str:
    first = _ascii(_by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1)).split()[0].lower()
    last = _ascii(_pick(p, _CL_FAMILY, 2)).split()[0].lower()
    return f"{first}.{last}@usach.cl"


def _ar_name(p: Person) -> str:
    return f"{_pick(p, _AR_FAMILY, 2)}, {_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1)}"


def _pe_name(p: Person) -> str:
    return f"{_pick(p, _PE_FAMILY, 2)}, {_by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 1).upper()}"


WRITERS_BLIND84: dict[str, Callable[[Person, Col], object]] = {
    "reg_no84": lambda p, c: f"{_num(p, 240)}, Q.01/2025",
    "sl_addr84": lambda p, c: (
        f"{_pick(p, _VN_HAMLETS_SL, 3)}, xã Chiềng Cọ, thành phố Sơn La, tỉnh Sơn La"
    ),
    "change_kind84": lambda p, c: _pick(p, _VN_CHANGES, 2),
    "before84": lambda p, c: _before_after(p)[0],
    "after84": lambda p, c: _before_after(p)[1],
    "basis84": lambda p, c: _pick(p, _VN_BASIS, 6),
    "requester84": lambda p, c: _requester(p),
    "req_rel84": lambda p, c: _pick(p, _VN_REQ_REL, 5),
    "extract84": lambda p, c: f"{_num(p, 180)}/TLTĐCC",
    "clerk84": lambda p, c: _other_vn(p, 7, False),
    "pawn_no84": lambda p, c: f"CĐ-{p.other_date:%y%m}-{p.bhxh[-4:]}",
    "issue_place84": lambda p, c: "Cục CS QLHC về TTXH",
    "issued84": _issued,
    "goods84": lambda p, c: _pick(p, _VN_GOODS, 4),
    "goods_detail84": lambda p, c: _pawn_detail(p),
    "loan84": lambda p, c: _dotted(_pawn_loan(p)),
    "interest84": lambda p, c: _pick(p, ("1,5%/tháng", "1,65%/tháng", "1,2%/tháng"), 3),
    "due84": _due,
    "redeemed84": _redeemed,
    "pawn_state84": lambda p, c: _pick(p, _VN_PAWN_STATE, 6),
    "pawn_clerk84": lambda p, c: _other_vn(p, 8),
    "alias84": lambda p, c: _pick(p, _VN_ALIASES, 2),
    "pardon_addr84": lambda p, c: (
        f"{_pick(p, _VN_DN_HAMLETS, 3)}, xã Xuân Hòa, huyện Xuân Lộc, tỉnh Đồng Nai"
    ),
    "crime84": lambda p, c: _pick(p, _VN_CRIMES, 4),
    "sentence84": lambda p, c: (
        f"{1 + _num(p, 6)} năm {_pick(p, ('', '6 tháng ', '3 tháng '), 5)}tù"
    ),
    "judgment84": lambda p, c: (
        f"{_num(p, 380)}/{2017 + _num(p, 5)}/HS-ST ({_pick(p, _VN_COURTS, 6)})"
    ),
    "prison84": lambda p, c: _pick(p, _VN_PRISONS, 7),
    "pardon_no84": lambda p, c: f"{_num(p, 900):04d}/GCN-ĐX",
    "helper84": lambda p, c: f"{_other_vn(p, 9)} ({_pick(p, _VN_HELPER_ROLES, 8)})",
    "helper_phone84": lambda p, c: _other_phone(p, "0903"),
    "after_state84": lambda p, c: _pick(p, _VN_AFTER, 9),
    "na_addr84": lambda p, c: f"{_pick(p, _VN_NA_VILLAGES, 3)}, xã Quỳnh Lưu, tỉnh Nghệ An",
    "destination84": lambda p, c: _place(p, _VN_DESTINATIONS, 4)[0],
    "absence_reason84": lambda p, c: _place(p, _VN_DESTINATIONS, 4)[1],
    "until84": _until,
    "decl_rel84": lambda p, c: _pick(p, _VN_DECL_REL, 5),
    "channel84": lambda p, c: _pick(p, _VN_CHANNELS, 6),
    "case84": lambda p, c: f"000.00.{_num(p, 40):02d}.H40-{p.other_date:%y%m%d}-{p.bhxh[-4:]}",
    "officer84": lambda p, c: f"{_other_vn(p, 10)} (CA xã)",
    "br_name84": lambda p, c: _br_name(p),
    "social_name84": lambda p, c: "",
    "sex_br84": lambda p, c: "Masculino" if p.male else "Feminino",
    "race84": lambda p, c: _pick(p, _BR_RACE, 3),
    "cpf_br84": lambda p, c: _cpf(p),
    "cns84": lambda p, c: _cns(p),
    "inep84": lambda p, c: f"1{p.bhxh}{_num(p, 9)}",
    "mother_br84": lambda p, c: _pick(p, _BR_MOTHERS, 4),
    "father_br84": lambda p, c: _pick(p, _BR_FATHERS, 5),
    "street_br84": lambda p, c: _place(p, _BR_PLACES)[0],
    "bairro_br84": lambda p, c: _place(p, _BR_PLACES)[1],
    "mun_br84": lambda p, c: _place(p, _BR_PLACES)[2],
    "uf_br84": lambda p, c: _place(p, _BR_PLACES)[3],
    "cep_br84": lambda p, c: _place(p, _BR_PLACES)[4],
    "phone_br84": lambda p, c: f"(81) 9{p.phone[2:6]}-{p.phone[6:10]}",
    "email_br84": lambda p, c: _br_email(p),
    "stage84": lambda p, c: _pick(p, _BR_STAGES, 6),
    "shift84": lambda p, c: _pick(p, ("Noturno", "Noturno", "Vespertino"), 7),
    "class_br84": lambda p, c: f"{_num(p, 4)}º {'ABCD'[int(p.bhxh) % 4]}",
    "status_br84": lambda p, c: _pick(p, _BR_STATUS, 8),
    "prev_school84": lambda p, c: _pick(p, _BR_PREV, 9),
    "account_mx84": lambda p, c: f"{p.bhxh[-8:]}",
    "mx_name84": lambda p, c: _mx_name(p),
    "curp_mx84": lambda p, c: _curp(p),
    "owner_mx84": lambda p, c: _pick(
        p, ("EL MISMO", "EL MISMO", "INMOBILIARIA DEL HUMAYA SA DE CV", "LÓPEZ RUIZ ARMANDO"), 3
    ),
    "street_mx84": lambda p, c: _place(p, _MX_PLACES)[0],
    "colonia_mx84": lambda p, c: _place(p, _MX_PLACES)[1],
    "cp_mx84": lambda p, c: _place(p, _MX_PLACES)[2],
    "mun_mx84": lambda p, c: "CULIACÁN",
    "phone_mx84": lambda p, c: f"667 {p.phone[3:6]} {p.phone[6:10]}",
    "email_mx84": lambda p, c: (
        f"{_ascii(_mx_names(p)[2]).split()[0].lower()}{_num(p, 99)}@hotmail.com"
    ),
    "meter84": lambda p, c: "SIN MEDIDOR" if _num(p, 7) == 3 else f"JP{p.bhxh[2:9]}",
    "tariff84": lambda p, c: _pick(p, _MX_TARIFFS, 5),
    "m3_84": lambda p, c: str(6 + _num(p, 40)),
    "debt84": lambda p, c: _mx_debt(p),
    "service84": lambda p, c: _pick(p, _MX_SERVICE, 4),
    "discount84": lambda p, c: (
        "INAPAM 50%" if p.birth.year <= 1965 else _pick(p, ("NINGUNO", "NINGUNO", "PENSIONADO"), 6)
    ),
    "reading84": _mx_reading,
    "rut_cl84": lambda p, c: _rut(p),
    "cl_given84": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1),
    "cl_family84": lambda p, c: _pick(p, _CL_FAMILY, 2),
    "sex_cl84": lambda p, c: "Masculino" if p.male else "Femenino",
    "career84": lambda p, c: _place(p, _CL_CAREERS, 5)[0],
    "career_code84": lambda p, c: _place(p, _CL_CAREERS, 5)[1],
    "jornada84": lambda p, c: "Vespertina" if p.birth.year < 1995 else "Diurna",
    "entry_year84": lambda p, c: str(2016 + _num(p, 9)),
    "entry_route84": lambda p, c: _pick(p, _CL_ROUTES, 4),
    "street_cl84": lambda p, c: _place(p, _CL_PLACES)[0],
    "comuna_cl84": lambda p, c: _place(p, _CL_PLACES)[1],
    "region_cl84": lambda p, c: _place(p, _CL_PLACES)[2],
    "phone_cl84": lambda p, c: f"+56 9 {5 + int(p.phone[2]) % 5}{p.phone[3:6]} {p.phone[6:10]}",
    "email_cl84": lambda p, c: _cl_email(p),
    "benefit84": lambda p, c: _pick(p, _CL_BENEFITS, 6),
    "emerg84": lambda p, c: (
        f"{_pick(p, _CL_GIVEN_F, 7).split()[0]} {_pick(p, _CL_FAMILY, 2).split()[0]}"
        f" ({_pick(p, ('madre', 'pareja', 'tía', 'hermana'), 8)})"
    ),
    "emerg_phone84": lambda p, c: f"+56 9 {p.bhxh[:4]} {p.bhxh[4:8]}",
    "acad_status84": lambda p, c: _pick(p, _CL_STATUS, 9),
    "ar_name84": lambda p, c: _ar_name(p),
    "dni_ar84": lambda p, c: f"{int(_dni_ar(p)):,}".replace(",", "."),
    "sex_ar84": lambda p, c: "M" if p.male else "F",
    "nat_ar84": lambda p, c: _pick(p, ("Argentina", "Argentina", "Argentina", "Boliviana"), 3),
    "street_ar84": lambda p, c: _place(p, _AR_PLACES)[0],
    "loc_ar84": lambda p, c: _place(p, _AR_PLACES)[1],
    "cp_ar84": lambda p, c: _place(p, _AR_PLACES)[2],
    "phone_ar84": lambda p, c: f"351 15-{p.phone[3:6]}-{p.phone[6:10]}",
    "bond84": lambda p, c: _by_sex(p, _AR_BOND_M, _AR_BOND_F, 4),
    "inmate84": lambda p, c: f"{_pick(p, _AR_FAMILY, 5)}, {_pick(p, _AR_GIVEN_M, 6)}",
    "lpu84": lambda p, c: f"LPU {p.bhxh[-6:]}",
    "unit_ar84": lambda p, c: _pick(p, _AR_UNITS, 7),
    "wing84": lambda p, c: _pick(p, _AR_WINGS, 8),
    "card84": lambda p, c: f"TV-{_num(p, 9000):05d}",
    "visit_status84": lambda p, c: _pick(p, _AR_STATUS, 9),
    "obs_ar84": lambda p, c: _note(p, _AR_OBS),
    "pe_name84": lambda p, c: _pe_name(p),
    "dni_pe84": lambda p, c: _dni_pe(p),
    "sex_pe84": lambda p, c: "MASCULINO" if p.male else "FEMENINO",
    "street_pe84": lambda p, c: _place(p, _PE_PLACES)[0],
    "distrito_pe84": lambda p, c: _place(p, _PE_PLACES)[1],
    "phone_pe84": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "licence_pe84": lambda p, c: f"{_pick(p, _PE_FAMILY, 2)[0]}{_dni_pe(p)}",
    "lic_cat84": lambda p, c: _pick(p, ("B-IIc", "B-IIc", "B-IIb", "A-I"), 3),
    "plate_pe84": lambda p, c: (
        f"{p.bhxh[-4:]}-{_num(p, 9)}{'ABCDEFGHJKLMNPRSTUVWXYZ'[int(p.bhxh) % 23]}"
    ),
    "assoc_pe84": lambda p, c: _pick(p, _PE_ASSOC, 4),
    "stop_pe84": lambda p, c: _pick(p, _PE_STOPS, 5),
    "credential84": lambda p, c: f"{_num(p, 4000):05d}-2025-MPSR-J/GTTV",
    "cat_until84": lambda p, c: _written(
        _safe_day(p.other_date.year + 1, p.other_date.month, p.other_date.day), c.date_format
    ),
    "status_pe84": lambda p, c: _pick(p, _PE_STATUS, 6),
}

__all__ = ["WRITERS_BLIND84"]
