"""How the people of the four-hundred-and-forty-ninth part of the outside corpus (**blind 449**,
:mod:`lienthong.quality._corpus_blind449`) are written: four Vietnamese housing files' own columns
(poor households' new houses with their builders, houses repaired after a storm with their
inspectors, a building site's workers with their team leaders, an installment house sale) and
Mexican, Brazilian, Chilean, South African and Colombian housing applicants' names, addresses,
phones and numbers in the forms their papers show (the CURP with its check digit, the NSS, CPF and
NIS, the RUT with its mod-11 digit, the South African ID with its Luhn digit, the cédula)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind140_writers import _nss
from lienthong.quality._corpus_blind206_writers import _cpf, _nis
from lienthong.quality._corpus_blind391_writers import _rut_of

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]


def _w(text: str) -> _T:
    return tuple(text.split())


def _two(p: Person, table: _T, salt: int) -> str:
    """Two names from ``table`` so that a register holds many combinations."""
    return f"{_pick(p, table, salt)} {_pick(p, table, salt + 7)}"


_VN_THON = _w("Nà_Khoang Bản_Mới Khuổi_Tát Pác_Nặm Nà_Tông Cốc_Lùng Phiêng_Lằm Tổng_Chảo Lũng_Vài")
_VN_XA = (
    ("xã Bằng Thành", "tỉnh Thái Nguyên"),
    ("xã Nghiên Loan", "tỉnh Thái Nguyên"),
    ("xã Xuân Giang", "tỉnh Tuyên Quang"),
    ("xã Lâm Bình", "tỉnh Tuyên Quang"),
    ("xã Mường Khương", "tỉnh Lào Cai"),
    ("xã Sơn Vĩ", "tỉnh Tuyên Quang"),
    ("xã Tả Van", "tỉnh Lào Cai"),
)
_VN_COAST = (
    ("thôn Đông Hải", "xã Kỳ Anh", "tỉnh Hà Tĩnh"),
    ("thôn Tân Phong", "xã Quảng Phú", "tỉnh Quảng Trị"),
    ("tổ 5", "phường Cửa Lò", "tỉnh Nghệ An"),
    ("thôn Hòa Bình", "xã Hải An", "tỉnh Quảng Trị"),
    ("xóm 7", "xã Diễn Châu", "tỉnh Nghệ An"),
    ("thôn Trung Hòa", "xã Cẩm Xuyên", "tỉnh Hà Tĩnh"),
)


def _vn_home(p: Person) -> str:
    thon = _pick(p, _VN_THON, 1).replace("_", " ")
    xa, tinh = _VN_XA[int(p.bhxh) // 13 % len(_VN_XA)]
    return f"thôn {thon}, {xa}, {tinh}"


def _vn_coast(p: Person) -> str:
    thon, xa, tinh = _VN_COAST[int(p.bhxh) // 17 % len(_VN_COAST)]
    return f"Số {_num(p, 240)}, {thon}, {xa}, {tinh}"


_VN_HOUSE = ("Nhà cấp 4 mái tôn", "Nhà cấp 4 mái ngói", "Nhà sàn gỗ", "Nhà xây 1 tầng mái bằng")
_VN_SOURCE = ("Quỹ Vì người nghèo", "NS tỉnh + vốn vay NHCSXH", "Xóa nhà tạm (CT 1843)", "MTTQ")
_VN_STAGE = ("Đã khởi công", "Xong móng", "Đã lợp mái", "Hoàn thành, bàn giao", "Chưa khởi công")
_VN_DAMAGE = ("Tốc mái toàn bộ", "Tốc mái một phần", "Sập tường bếp", "Hư hỏng cửa, vách", "Đổ nhà")
_VN_REPAIR = ("Đã sửa xong", "Đang sửa", "Chờ vật tư", "Đã sửa, chờ nghiệm thu")
_VN_TRADE = ("Thợ nề", "Phụ hồ", "Thợ sắt", "Thợ điện", "Thợ cốp pha", "Thợ sơn", "Lái máy xúc")
_VN_PROJECT = (
    "NƠXH Thanh Bình - Block B",
    "Chung cư NƠXH Hồng Hà Eco",
    "Khu NƠXH Kim Chung",
    "NƠXH Phú Lãm - CT2",
)
_VN_APT = ("A", "B", "C", "CT1", "CT2")


def _dmy_plus(p: Person, years: int) -> str:
    return f"{_shift_date(p.other_date, years):%d/%m/%Y}"


# --- foreign ---------------------------------------------------------------------------------
_MX_PAT = _w(
    "Hernández García Martínez López González Rodríguez Pérez Sánchez Ramírez Cruz Flores"
    " Romero Álvarez Medina Castillo Chávez Ramos Vargas Guzmán Salazar Domínguez Rosales Soto"
)
_MX_MAT = _w(
    "Gómez Morales Vázquez Jiménez Reyes Díaz Torres Gutiérrez Ruiz Mendoza Aguilar Ortiz"
    " Navarro Herrera Luna Ríos Cabrera Estrada Campos Vega Núñez Fuentes Carrillo Rivera"
)
_MX_GIVEN_M = _w("José Juan Luis Carlos Jorge Miguel Alejandro Fernando Ricardo Arturo Eduardo")
_MX_GIVEN_F = _w("María Guadalupe Verónica Patricia Alejandra Rosa Leticia Adriana Claudia Laura")
_MX_PLACES = (
    ("Col. Santa Fe", "Zapopan", "JAL", "JC", "45168"),
    ("Fracc. Las Américas", "Ecatepec", "MEX", "MC", "55076"),
    ("Col. Independencia", "Monterrey", "NL", "NL", "64720"),
    ("Col. Centro", "Puebla", "PUE", "PL", "72000"),
    ("Fracc. Villa Fontana", "Tijuana", "BC", "BC", "22206"),
    ("Col. Obrera", "León", "GTO", "GT", "37340"),
)
_MX_STREETS = _w(
    "Av._Juárez Calle_Hidalgo Av._Revolución Calle_Morelos Privada_Allende Calle_Zaragoza"
)
_BR_FAMILY = _w(
    "Silva Santos Oliveira Souza Lima Pereira Ferreira Costa Rodrigues Almeida Nascimento"
)
_BR_GIVEN_M = _w("João Antônio Francisco Carlos Paulo Pedro Lucas Marcos Luiz Gabriel Rafael")
_BR_GIVEN_F = _w("Maria Ana Francisca Antônia Adriana Juliana Márcia Fernanda Patrícia Aline")
_BR_PLACES = (
    ("Jardim São Luís", "São Paulo", "SP", "05805"),
    ("Cidade Nova", "Manaus", "AM", "69090"),
    ("Boa Viagem", "Recife", "PE", "51020"),
    ("Campo Grande", "Rio de Janeiro", "RJ", "23045"),
    ("Jardim Europa", "Goiânia", "GO", "74325"),
    ("Sussuarana", "Salvador", "BA", "41213"),
)
_BR_STREETS = _w("Rua_das_Flores Rua_São_Jorge Av._Brasil Rua_Treze_de_Maio Travessa_Boa_Esperança")
_CL_PAT = _w("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales")
_CL_GIVEN_M = _w("Juan José Luis Cristián Francisco Rodrigo Manuel Pablo Felipe Sebastián")
_CL_GIVEN_F = _w("María Carolina Daniela Francisca Camila Javiera Paula Valentina Constanza")
_CL_PLACES = (
    ("Puente Alto", "Metropolitana"),
    ("La Pintana", "Metropolitana"),
    ("Temuco", "La Araucanía"),
    ("Antofagasta", "Antofagasta"),
    ("Talca", "Maule"),
    ("Valparaíso", "Valparaíso"),
    ("Chillán", "Ñuble"),
)
_CL_STREETS = _w(
    "Pasaje_Los_Aromos Av._Concha_y_Toro Calle_Los_Carrera Pje._El_Roble Av._Sargento_Aldea"
)
_ZA_FAMILY = _w(
    "Dlamini Nkosi Ndlovu Khumalo Mokoena Mahlangu Sithole Mthembu Molefe Zulu Naidoo"
    " Mabaso Ngcobo Shabalala Maseko Radebe Mofokeng Nel Van_Wyk Baloyi Mathebula Cele Zwane"
)
_ZA_GIVEN_M = _w("Sipho Thabo Bongani Mandla Themba Sibusiso Lungile Kagiso Tshepo Andile")
_ZA_GIVEN_F = _w("Nomsa Thandiwe Lerato Zanele Precious Nokuthula Palesa Busisiwe Lindiwe")
_ZA_PLACES = (
    ("Orange Farm Ext 4", "Johannesburg", "Gauteng", "1841"),
    ("Khayelitsha Site C", "Cape Town", "Western Cape", "7784"),
    ("Umlazi V Section", "Durban", "KwaZulu-Natal", "4031"),
    ("Mamelodi East", "Tshwane", "Gauteng", "0122"),
    ("Motherwell NU 9", "Gqeberha", "Eastern Cape", "6211"),
    ("Seshego Zone 8", "Polokwane", "Limpopo", "0742"),
)
_CO_PAT = _w(
    "Rodríguez Gómez Martínez García López González Hernández Sánchez Ramírez Torres Díaz"
    " Pérez Muñoz Romero Suárez Gutiérrez Ruiz Álvarez Rincón Valencia Zapata Giraldo Pineda"
)
_CO_MAT = _w("Castro Vargas Rojas Moreno Jiménez Ortiz Cárdenas Restrepo Ospina Quintero Mejía")
_CO_GIVEN_M = _w("Andrés Carlos Jhon Diego Julián Camilo Óscar Fabián Jairo Wilson")
_CO_GIVEN_F = _w("Luz Diana Paola Sandra Yuliana Marcela Ángela Liliana Natalia Yeimy")
_CO_PLACES = (
    ("Bosa", "Bogotá D.C.", "Cundinamarca"),
    ("Bello", "Bello", "Antioquia"),
    ("Soacha", "Soacha", "Cundinamarca"),
    ("El Caney", "Cali", "Valle del Cauca"),
    ("Soledad", "Soledad", "Atlántico"),
    ("Floridablanca", "Floridablanca", "Santander"),
)


def _given(p: Person, male: _T, female: _T) -> str:
    """One given name, or two (José Luis, María Guadalupe) as many people carry."""
    first = _by_sex(p, male, female, 3)
    if int(p.bhxh) % 3:
        return first
    second = _by_sex(p, male, female, 8)
    return first if second == first else f"{first} {second}"


def _mx_given(p: Person) -> str:
    return _given(p, _MX_GIVEN_M, _MX_GIVEN_F)


def _mx_place(p: Person) -> tuple[str, ...]:
    return _MX_PLACES[int(p.bhxh) // 7 % len(_MX_PLACES)]


def _curp(p: Person) -> str:
    """A CURP built from the row's names and birth date, with its check digit."""

    def plain(word: str) -> str:
        return word.upper().translate(str.maketrans("ÁÉÍÓÚÜ", "AEIOUU")).replace("Ñ", "X")

    pat, mat, given = plain(_pick(p, _MX_PAT, 1)), plain(_pick(p, _MX_MAT, 2)), plain(_mx_given(p))

    def inner(word: str) -> str:
        return next((ch for ch in word[1:] if ch not in "AEIOU"), "X")

    vowel = next((ch for ch in pat[1:] if ch in "AEIOU"), "X")
    serial = str(int(p.bhxh[0])) if p.birth.year < 2000 else "ABCDEFGHIJ"[int(p.bhxh[0])]
    head = f"{pat[0]}{vowel}{mat[0]}{given[0]}{p.birth:%y%m%d}{'H' if p.male else 'M'}"
    head += f"{_mx_place(p)[3]}{inner(pat)}{inner(mat)}{inner(given)}{serial}"
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(head))
    return f"{head}{(10 - total % 10) % 10}"


_MX_LADA = {"JAL": "33", "MEX": "55", "NL": "81", "PUE": "222", "BC": "664", "GTO": "477"}


def _mx_phone(p: Person) -> str:
    lada = _MX_LADA[_mx_place(p)[2]]
    rest = p.phone[-(10 - len(lada)) :]
    return f"{lada} {rest[:-4]} {rest[-4:]}"


_BR_DDD = {"SP": "11", "AM": "92", "PE": "81", "RJ": "21", "GO": "62", "BA": "71"}


def _br_place(p: Person) -> tuple[str, ...]:
    return _BR_PLACES[int(p.bhxh) // 11 % len(_BR_PLACES)]


def _cl_rut(p: Person) -> str:
    base = 3_000_000 + (p.birth.year - 1930) * 280_000 + int(p.bhxh[-5:])
    return _rut_of(base)


def _za_place(p: Person) -> tuple[str, ...]:
    return _ZA_PLACES[int(p.bhxh) // 5 % len(_ZA_PLACES)]


def _za_id(p: Person) -> str:
    serial = int(p.bhxh[:4]) % 5000 + (5000 if p.male else 0)
    return _luhn(f"{p.birth:%y%m%d}{serial:04d}{_pick(p, ('08', '18'), 4)}")


def _co_place(p: Person) -> tuple[str, ...]:
    return _CO_PLACES[int(p.bhxh) // 3 % len(_CO_PLACES)]


def _co_cc(p: Person) -> str:
    n = 1_000_000_000 + int(p.bhxh[-8:]) if p.birth.year > 1985 else 10_000_000 + int(p.bhxh[-8:])
    return f"{n:,}".replace(",", ".") if int(p.bhxh) % 3 else str(n)


def _money(value: int, sep: str = ".") -> str:
    return f"{value:,}".replace(",", sep)


WRITERS_BLIND449: dict[str, Callable[[Person, Col], object]] = {
    # poor households' new houses
    "home449": lambda p, c: _vn_home(p),
    "house449": lambda p, c: _pick(p, _VN_HOUSE, 21),
    "area449": lambda p, c: f"{30 + _num(p, 40)} m2",
    "support449": lambda p, c: _money(_pick_int(p, (40, 50, 60, 80), 22) * 1_000_000),
    "source449": lambda p, c: _pick(p, _VN_SOURCE, 23),
    "builder449": lambda p, c: f"Tổ thợ {_other_vn(p, 24, male=True)}",
    "builder_phone449": lambda p, c: _other_phone(p, "03"),
    "stage449": lambda p, c: _pick(p, _VN_STAGE, 25),
    "decision449": lambda p, c: f"{_num(p, 300)}/QĐ-UBND",
    # storm repairs
    "coast449": lambda p, c: _vn_coast(p),
    "damage449": lambda p, c: _pick(p, _VN_DAMAGE, 31),
    "cost449": lambda p, c: _money(_num(p, 90) * 500_000),
    "repair449": lambda p, c: _pick(p, _VN_REPAIR, 32),
    "inspector449": lambda p, c: f"{_other_vn(p, 33)} (cán bộ địa chính)",
    "storm449": lambda p, c: _pick(p, ("Bão số 3 (Yagi)", "Bão số 5", "Bão số 10"), 34),
    # building site workers
    "trade449": lambda p, c: _pick(p, _VN_TRADE, 41),
    "lead449": lambda p, c: _other_vn(p, 42, male=True),
    "lead_phone449": lambda p, c: _other_phone(p, "08"),
    "wage449": lambda p, c: _money((300 + _num(p, 40) * 10) * 1000, ","),
    "days449": lambda p, c: str(10 + _num(p, 17)),
    "card449": lambda p, c: f"ATLĐ-{p.bhxh[-5:]}",
    "site449": lambda p, c: _pick(p, _VN_PROJECT, 43),
    # installment sale
    "apt449": lambda p, c: f"{_pick(p, _VN_APT, 51)}-{_num(p, 25):02d}{_num(p, 12):02d}",
    "price449": lambda p, c: _money((700 + _num(p, 60) * 10) * 1_000_000),
    "paid449": lambda p, c: f"{_num(p, 35) + 5} kỳ",
    "left449": lambda p, c: _money(_num(p, 500) * 1_000_000),
    "due449": lambda p, c: _dmy_plus(p, 1),
    "contract449": lambda p, c: f"HĐ{p.bhxh[-6:]}/{p.other_date:%Y}/MBNƠXH",
    "cosigner449": lambda p, c: _other_vn(p, 52, family=p.family),
    # Mexico
    "mx_pat449": lambda p, c: _pick(p, _MX_PAT, 1),
    "mx_mat449": lambda p, c: _pick(p, _MX_MAT, 2),
    "mx_given449": lambda p, c: _mx_given(p),
    "mx_nss449": lambda p, c: _nss(p),
    "mx_curp449": lambda p, c: _curp(p),
    "sex_mx449": lambda p, c: "H" if p.male else "M",
    "mx_addr449": lambda p, c: (
        f"{_pick(p, _MX_STREETS, 5).replace('_', ' ')} {_num(p, 900)}, {_mx_place(p)[0]}"
    ),
    "mx_town449": lambda p, c: _mx_place(p)[1],
    "mx_state449": lambda p, c: _mx_place(p)[2],
    "mx_cp449": lambda p, c: _mx_place(p)[4],
    "phone_mx449": lambda p, c: _mx_phone(p),
    "mx_credit449": lambda p, c: f"{p.bhxh[:10]}",
    "mx_amount449": lambda p, c: f"${_money(250 + _num(p, 900), ',')},000.00",
    "mx_employer449": lambda p, c: _pick(
        p, ("Grupo Bimbo SAB", "FEMSA Logística", "Walmart de México", "Cemex SAB"), 6
    ),
    "mx_kind449": lambda p, c: _pick(p, ("Tradicional", "Cofinavit", "Unamos Créditos"), 7),
    # Brazil
    "br_name449": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 3)} {_two(p, _BR_FAMILY, 4)}"
    ),
    "br_cpf449": lambda p, c: _cpf(p),
    "br_nis449": lambda p, c: _nis(p),
    "sex_br449": lambda p, c: "Masculino" if p.male else "Feminino",
    "br_addr449": lambda p, c: (
        f"{_pick(p, _BR_STREETS, 5).replace('_', ' ')}, {_num(p, 1500)}, {_br_place(p)[0]}"
    ),
    "br_city449": lambda p, c: _br_place(p)[1],
    "br_uf449": lambda p, c: _br_place(p)[2],
    "br_cep449": lambda p, c: f"{_br_place(p)[3]}-{p.bhxh[-3:]}",
    "phone_br449": lambda p, c: f"({_BR_DDD[_br_place(p)[2]]}) 9{p.phone[2:6]}-{p.phone[6:]}",
    "br_faixa449": lambda p, c: _pick(p, ("Faixa 1", "Faixa 2", "Faixa 3"), 6),
    "br_renda449": lambda p, c: f"R$ {_money(1200 + _num(p, 300) * 10)},00",
    "br_emp449": lambda p, c: _pick(p, ("Residencial Vida Nova", "Conjunto Esperança II"), 7),
    "br_status449": lambda p, c: _pick(p, ("Contemplado", "Suplente", "Habilitado"), 8),
    # Chile
    "cl_rut449": lambda p, c: _cl_rut(p),
    "cl_name449": lambda p, c: (
        f"{_by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 3)} {_two(p, _CL_PAT, 4)}".upper()
    ),
    "sex_cl449": lambda p, c: "M" if p.male else "F",
    "cl_addr449": lambda p, c: f"{_pick(p, _CL_STREETS, 5).replace('_', ' ')} {_num(p, 3000)}",
    "cl_comuna449": lambda p, c: _CL_PLACES[int(p.bhxh) // 7 % len(_CL_PLACES)][0],
    "cl_region449": lambda p, c: _CL_PLACES[int(p.bhxh) // 7 % len(_CL_PLACES)][1],
    "phone_cl449": lambda p, c: f"+56 9 {p.phone[2:6]} {p.phone[6:]}",
    "cl_program449": lambda p, c: _pick(p, ("DS49", "DS1 Tramo 1", "DS1 Tramo 2", "DS19"), 6),
    "cl_uf449": lambda p, c: f"{_pick_int(p, (600, 700, 950, 1100), 7)} UF",
    "cl_rsh449": lambda p, c: f"{_pick_int(p, (40, 50, 60, 70, 80), 8)}%",
    "cl_spouse449": lambda p, c: _rut_of(12_000_000 + int(p.bhxh[:6])),
    # South Africa
    "za_id449": lambda p, c: _za_id(p),
    "za_sur449": lambda p, c: _pick(p, _ZA_FAMILY, 1).replace("_", " "),
    "za_first449": lambda p, c: _given(p, _ZA_GIVEN_M, _ZA_GIVEN_F),
    "sex_za449": lambda p, c: "Male" if p.male else "Female",
    "za_addr449": lambda p, c: f"Stand {_num(p, 4000)}, {_za_place(p)[0]}",
    "za_town449": lambda p, c: _za_place(p)[1],
    "za_prov449": lambda p, c: _za_place(p)[2],
    "za_code449": lambda p, c: _za_place(p)[3],
    "phone_za449": lambda p, c: (
        f"0{_pick(p, ('72', '82', '83', '61'), 5)} {p.phone[3:6]} {p.phone[6:]}"
    ),
    "za_ref449": lambda p, c: f"GP/{p.other_date:%Y}/{p.bhxh[-6:]}",
    "za_status449": lambda p, c: _pick(
        p, ("Approved", "On waiting list", "Allocated", "Pending"), 6
    ),
    "za_income449": lambda p, c: f"R{_money(1500 + _num(p, 200) * 10, ' ')}",
    "za_deps449": lambda p, c: str(_num(p, 7) - 1),
    # Colombia
    "co_cc449": lambda p, c: _co_cc(p),
    "co_pat449": lambda p, c: _pick(p, _CO_PAT, 1),
    "co_mat449": lambda p, c: _pick(p, _CO_MAT, 2),
    "co_given449": lambda p, c: _given(p, _CO_GIVEN_M, _CO_GIVEN_F),
    "sex_co449": lambda p, c: "M" if p.male else "F",
    "co_addr449": lambda p, c: (
        f"{_pick(p, ('Cra', 'Calle', 'Av', 'Dg', 'Tv'), 5)} {_num(p, 90)} "
        f"# {_num(p, 60)}-{_num(p, 99):02d}, {_co_place(p)[0]}"
    ),
    "co_city449": lambda p, c: _co_place(p)[1],
    "co_dpto449": lambda p, c: _co_place(p)[2],
    "phone_co449": lambda p, c: f"3{p.phone[1:3]} {p.phone[3:6]} {p.phone[6:]}",
    "co_caja449": lambda p, c: _pick(p, ("Compensar", "Colsubsidio", "Comfama", "Cafam"), 6),
    "co_bank449": lambda p, c: _pick(p, ("Bancolombia", "Davivienda", "Banco de Bogotá"), 7),
    "co_smmlv449": lambda p, c: f"{_pick_int(p, (20, 30), 8)} SMMLV",
    "co_state449": lambda p, c: _pick(p, ("Asignado", "Legalizado", "Rechazado", "En estudio"), 9),
}


def _pick_int(p: Person, options: tuple[int, ...], salt: int = 0) -> int:
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]
