"""How the people of the two hundred and sixth part of the outside corpus (**blind 206**,
:mod:`lienthong.quality._corpus_blind206`) are written: four Vietnamese files' own columns (a bank
customer's account and the biometric check against the population database, a cornea donor's
consenting relative and donor card, a vehicle owner's old and new identity plates, a free
candidate's exam site and subjects) and Bolivian, Paraguayan, north-eastern Brazilian, Surinamese
and Belizean names, addresses, phones and identity numbers in the forms their cards show (the
Bolivian C.I. with its department suffix, the Paraguayan cédula with its dots, the CPF with its two
mod-11 digits, the NIS with its mod-11 digit, the Surinamese ID-nummer, the Belizean social
security number)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ISSUERS = ("Cục Cảnh sát QLHC về TTXH", "Bộ Công an", "Cục CS QLHC về TTXH")
_VN_BIO_CHANNEL = ("Quầy GD", "App BIDV SmartBanking", "App - NFC", "Tại quầy (đọc chip)")
_VN_C06 = ("Khớp", "Khớp", "Không khớp ngày sinh", "Khớp", "Chờ C06 phản hồi")
_VN_BLOOD = ("O+", "A+", "B+", "AB+", "O", "A", "B")
_VN_REL = ("Vợ", "Chồng", "Con", "Mẹ", "Bố", "Anh ruột", "Chị gái")
_VN_EYE_SITES = (
    "Ngân hàng Mắt - BV Mắt TW",
    "BV Mắt TP.HCM",
    "Trung tâm Mắt Huế",
    "Hội CTĐ phường Hai Bà Trưng",
    "BV Mắt Hà Đông",
)
_VN_VEHICLES = ("Xe máy", "Xe máy", "Ô tô con", "Xe máy điện", "Ô tô tải")
_VN_BRANDS = ("Honda Wave Alpha", "Honda Vision", "Yamaha Sirius", "Toyota Vios", "VinFast Evo")
_VN_PLATE_PROV = ("29", "30", "51", "59", "43", "36", "65", "92")
_VN_ETHNIC = ("Kinh", "Kinh", "Tày", "Mường", "Khmer", "Hoa", "Thái", "Kinh")
_VN_BIRTHPLACES = ("Nghệ An", "TP. Hồ Chí Minh", "Hà Nội", "Thanh Hóa", "Cần Thơ", "Quảng Ngãi")
_VN_EXAM_SITES = (
    "Điểm thi THPT Nguyễn Du (mã 02.015)",
    "Điểm thi Trường THPT Lê Quý Đôn",
    "Điểm thi TT GDNN-GDTX quận 3",
    "Điểm thi THPT Trưng Vương",
)
_VN_SUBJECTS = ("Toán, Văn, Sử, Địa", "Toán, Văn, Lý, Hóa", "Toán, Văn, GDKT&PL, Địa", "Toán, Văn")
_VN_PRIORITY = ("", "01", "", "06", "", "04")
_VN_KV = ("KV3", "KV2", "KV2-NT", "KV1", "KV3")

_BO_PAT = ("Mamani", "Quispe", "Condori", "Choque", "Flores", "Gutiérrez", "Vargas", "Rojas")
_BO_GIVEN_M = ("Juan Carlos", "Freddy", "Wilfredo", "René", "Edwin Marcelo", "Sixto")
_BO_GIVEN_F = ("Martha", "Juana", "Ruth Marina", "Eulalia", "Wara", "Silvia Patricia")
#: (department code, municipality, department, a street)
_BO_PLACES = (
    ("LP", "El Alto", "La Paz", "Zona Villa Dolores, Calle 4 Nº 1120"),
    ("LP", "La Paz", "La Paz", "Av. Buenos Aires Nº 782, Zona Max Paredes"),
    ("CB", "Quillacollo", "Cochabamba", "Calle Héroes del Chaco s/n"),
    ("SC", "Santa Cruz de la Sierra", "Santa Cruz", "B/ Plan 3000, UV 160 Mz 12"),
    ("OR", "Oruro", "Oruro", "Calle Bolívar Nº 455 entre Pagador y Velasco"),
    ("PT", "Llallagua", "Potosí", "Zona Siglo XX, Calle Linares s/n"),
    ("CH", "Sucre", "Chuquisaca", "Av. Hernando Siles Nº 901"),
)
_BO_DISABILITY = ("Física-motora", "Visual", "Auditiva", "Intelectual", "Múltiple")
_BO_GRADE = ("Grave", "Muy grave", "Grave")
_BO_BANKS = ("Banco Unión", "BancoSol", "Banco Unión", "Prodem")

_PY_FAMILY = ("Benítez", "González", "Ortiz", "Giménez", "Acosta", "Cáceres", "Villalba", "Duarte")
_PY_GIVEN_M = ("Ramón", "Juan Bautista", "Derlis", "Osvaldo Ramón", "Nelson", "Celso")
_PY_GIVEN_F = ("María Ramona", "Liz Carolina", "Ña Teodora", "Mirna", "Perla", "Fátima Noemí")
#: (compañía o barrio, distrito, departamento)
_PY_PLACES = (
    ("Compañía Potrero Guaembí", "Villarrica", "Guairá"),
    ("Barrio San Miguel", "Caacupé", "Cordillera"),
    ("Asentamiento 8 de Diciembre", "Luque", "Central"),
    ("Compañía Costa Pucú", "Caaguazú", "Caaguazú"),
    ("Barrio Bañado Sur", "Asunción", "Capital"),
    ("Colonia Yguazú km 41", "Yguazú", "Alto Paraná"),
)

_BR_NAMES_M = ("Francisco das Chagas", "José Wellington", "Antônio Cícero", "Raimundo Nonato")
_BR_NAMES_F = ("Maria do Socorro", "Francisca Lúcia", "Antônia Sueli", "Rita de Cássia")
_BR_FAMILY = ("da Silva", "Ferreira Lima", "Alves de Sousa", "Bezerra", "Pereira dos Santos")
#: (comunidade, município, UF, DDD)
_BR_PLACES = (
    ("Sítio Boa Vista", "Quixadá", "CE", "88"),
    ("Comunidade Lagoa do Mato", "Canindé", "CE", "85"),
    ("Assentamento Santa Rita", "Mossoró", "RN", "84"),
    ("Povoado Caldeirão", "Picos", "PI", "89"),
    ("Sítio Riacho Fundo", "Serra Talhada", "PE", "87"),
    ("Fazenda Velha", "Monteiro", "PB", "83"),
)
_BR_CROPS = ("Milho", "Feijão", "Milho e feijão", "Algodão", "Mandioca")

_SR_FAMILY = ("Ramdin", "Sewnath", "Kartosen", "Pinas", "Wijngaarde", "Sarmo", "Lie A Kwie")
_SR_GIVEN_M = ("Rakesh", "Ricardo", "Soekarno", "Glenn", "Anand", "Ronald")
_SR_GIVEN_F = ("Sunita", "Marlene", "Wagini", "Shirley", "Priya", "Ingrid")
#: (street, ressort, district)
_SR_PLACES = (
    ("Kwattaweg 412", "Munder", "Paramaribo"),
    ("Indira Gandhiweg 65", "Lelydorp", "Wanica"),
    ("Martin Luther Kingweg 201", "Pontbuiten", "Paramaribo"),
    ("Waterkant 18", "Nieuw Nickerie", "Nickerie"),
    ("Oost-Westverbinding BR 9", "Commewijne", "Commewijne"),
    ("Gemenelandsweg 77", "Blauwgrond", "Paramaribo"),
)
_SR_BANKS = ("DSB", "Hakrinbank", "Finabank", "Volkscredietbank")

_BZ_FAMILY = ("Young", "Castillo", "Flowers", "Usher", "Gillett", "Pech", "Martinez", "Arnold")
_BZ_GIVEN_M = ("Dwayne", "Elvis", "Marlon", "Kenrick", "Luis Alberto", "Shane")
_BZ_GIVEN_F = ("Sharlene", "Cynthia", "Dorla", "Keisha", "Maria Elena", "Candice")
#: (street, area or village, district)
_BZ_PLACES = (
    ("#14 Cemetery Road", "Southside", "Belize"),
    ("2236 Mahogany Street", "Lake Independence", "Belize"),
    ("#7 Racoon Street", "Collet", "Belize"),
    ("Mile 8 George Price Highway", "Ladyville", "Belize"),
    ("#41 West Collet Canal", "Port Loyola", "Belize"),
    ("Far West Street", "Santa Elena", "Cayo"),
)
_BZ_PCP = ("Matron Roberts Polyclinic", "Port Loyola Clinic", "Lake Independence PCP")
_BZ_REMARKS = ("", "No got card yet", "Card ready fi pick up", "Mi gaan States", "", "Moved")


def _sel(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh[-4:]) % len(places)]


def _digits(p: Person, n: int, salt: int = 0) -> str:
    return f"{(int(p.bhxh) * (salt * 7 + 3) + salt) % 10**n:0{n}d}"


def _mod11(base: str, weights: tuple[int, ...]) -> int:
    rest = sum(int(d) * w for d, w in zip(base, weights, strict=True)) % 11
    return 0 if rest < 2 else 11 - rest


def _cpf(p: Person) -> str:
    base = _digits(p, 9, 1)
    if len(set(base)) == 1:
        base = "1" + base[1:]
    one = _mod11(base, tuple(range(10, 1, -1)))
    two = _mod11(base + str(one), tuple(range(11, 1, -1)))
    return f"{base[:3]}.{base[3:6]}.{base[6:]}-{one}{two}"


def _nis(p: Person) -> str:
    base = "1" + _digits(p, 9, 2)
    check = _mod11(base, (3, 2, 9, 8, 7, 6, 5, 4, 3, 2))
    return f"{base[:3]}.{base[3:8]}.{base[8:]}-{check}"


def _ci_bo(p: Person) -> str:
    number = str(int(_digits(p, 7, 3)) % 9_000_000 + 1_000_000)
    extra = "-1B" if int(p.bhxh) % 13 == 0 else ""
    return f"{number}{extra} {_sel(p, _BO_PLACES)[0]}"


def _ci_py(p: Person) -> str:
    number = int(_digits(p, 7, 4)) % 6_500_000 + 500_000
    return f"{number:,}".replace(",", ".") if int(p.bhxh) % 3 else str(number)


def _plate(p: Person, salt: int) -> str:
    prov = _pick(p, _VN_PLATE_PROV, salt)
    series = _pick(p, ("B1", "F1", "K2", "H1", "G1", "A"), salt + 1)
    num = _digits(p, 5, salt)
    return f"{prov}{series}-{num[:3]}.{num[3:]}"


WRITERS_BLIND206: dict[str, Callable[[Person, Col], object]] = {
    "cif206": lambda p, c: f"{_digits(p, 8, 5)}",
    "issuer206": lambda p, c: _pick(p, _VN_ISSUERS, 2),
    "acct206": lambda p, c: f"{_pick(p, ('1', '2', '3'), 1)}{_digits(p, 12, 6)}",
    "bio_channel206": lambda p, c: _pick(p, _VN_BIO_CHANNEL, 3),
    "c06_206": lambda p, c: _pick(p, _VN_C06, 4),
    "teller206": lambda p, c: _other_vn(p, 5),
    "blood206": lambda p, c: _pick(p, _VN_BLOOD, 2),
    "kin206": lambda p, c: _other_vn(p, 7),
    "rel206": lambda p, c: _pick(p, _VN_REL, 3),
    "kin_phone206": lambda p, c: _other_phone(p, "08"),
    "card206": lambda p, c: f"HGM-{_digits(p, 6, 8)}",
    "site206": lambda p, c: _pick(p, _VN_EYE_SITES, 4),
    "vehicle206": lambda p, c: _pick(p, _VN_VEHICLES, 2),
    "brand206": lambda p, c: _pick(p, _VN_BRANDS, 3),
    "old_plate206": lambda p, c: _plate(p, 1),
    "new_plate206": lambda p, c: _plate(p, 2),
    "engine206": lambda p, c: f"JF{_digits(p, 2, 3)}E-{_digits(p, 7, 9)}",
    "plate_officer206": lambda p, c: f"Thượng úy {_other_vn(p, 9)}",
    "sbd206": lambda p, c: f"02{_digits(p, 6, 10)}",
    "ethnic206": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "birthplace206": lambda p, c: _pick(p, _VN_BIRTHPLACES, 3),
    "priority206": lambda p, c: _pick(p, _VN_PRIORITY, 4),
    "kv206": lambda p, c: _pick(p, _VN_KV, 5),
    "exam_site206": lambda p, c: _pick(p, _VN_EXAM_SITES, 6),
    "grad_year206": lambda p, c: str(p.birth.year + 18),
    "subjects206": lambda p, c: _pick(p, _VN_SUBJECTS, 7),
    "ci_bo206": lambda p, c: _ci_bo(p),
    "bo_given206": lambda p, c: _by_sex(p, _BO_GIVEN_M, _BO_GIVEN_F, 2),
    "bo_pat206": lambda p, c: _pick(p, _BO_PAT, 3),
    "bo_mat206": lambda p, c: _pick(p, _BO_PAT, 5),
    "sex_bo206": lambda p, c: "M" if p.male else "F",
    "street_bo206": lambda p, c: _sel(p, _BO_PLACES)[3],
    "mun_bo206": lambda p, c: _sel(p, _BO_PLACES)[1],
    "dep_bo206": lambda p, c: _sel(p, _BO_PLACES)[2],
    "phone_bo206": lambda p, c: f"{_pick(p, ('6', '7'), 2)}{_digits(p, 7, 11)}",
    "carnet_bo206": lambda p, c: f"{_sel(p, _BO_PLACES)[0]}-{_digits(p, 5, 12)}",
    "dis_bo206": lambda p, c: _pick(p, _BO_DISABILITY, 3),
    "grade_bo206": lambda p, c: _pick(p, _BO_GRADE, 4),
    "tutor_bo206": lambda p, c: f"{_pick(p, _BO_GIVEN_F, 6)} {_pick(p, _BO_PAT, 7)}",
    "bank_bo206": lambda p, c: _pick(p, _BO_BANKS, 5),
    "ci_py206": lambda p, c: _ci_py(p),
    "py_given206": lambda p, c: _by_sex(p, _PY_GIVEN_M, _PY_GIVEN_F, 2),
    "py_family206": lambda p, c: f"{_pick(p, _PY_FAMILY, 3)} {_pick(p, _PY_FAMILY, 6)}",
    "sex_py206": lambda p, c: "Kuimba'e" if p.male else "Kuña",
    "compania_py206": lambda p, c: _sel(p, _PY_PLACES)[0],
    "distrito_py206": lambda p, c: _sel(p, _PY_PLACES)[1],
    "dep_py206": lambda p, c: _sel(p, _PY_PLACES)[2],
    "phone_py206": lambda p, c: (
        f"09{_pick(p, ('81', '82', '71', '61', '91'), 3)} {_digits(p, 6, 24)}"
    ),
    "nis_py206": lambda p, c: _digits(p, 7, 13),
    "kwh_py206": lambda p, c: str(_num(p, 150) + 40),
    "jefe_py206": lambda p, c: f"{_pick(p, _PY_GIVEN_F, 8)} {_pick(p, _PY_FAMILY, 9)}",
    "name_br206": lambda p, c: (
        f"{_by_sex(p, _BR_NAMES_M, _BR_NAMES_F, 2)} {_pick(p, _BR_FAMILY, 3)}"
    ),
    "cpf_br206": lambda p, c: _cpf(p),
    "nis_br206": lambda p, c: _nis(p),
    "sex_br206": lambda p, c: "Masculino" if p.male else "Feminino",
    "mae_br206": lambda p, c: f"{_pick(p, _BR_NAMES_F, 5)} {_pick(p, _BR_FAMILY, 6)}",
    "comunidade_br206": lambda p, c: _sel(p, _BR_PLACES)[0],
    "mun_br206": lambda p, c: _sel(p, _BR_PLACES)[1],
    "uf_br206": lambda p, c: _sel(p, _BR_PLACES)[2],
    "phone_br206": lambda p, c: (
        f"({_sel(p, _BR_PLACES)[3]}) 9{_digits(p, 4, 7)}-{_digits(p, 4, 8)}"
    ),
    "caf_br206": lambda p, c: f"CE{_digits(p, 10, 14)}",
    "area_br206": lambda p, c: f"{_num(p, 4)},{_num(p, 9) - 1}",
    "crop_br206": lambda p, c: _pick(p, _BR_CROPS, 4),
    "id_sr206": lambda p, c: f"{_pick(p, ('FA', 'FB', 'EG', 'GC'), 2)}{_digits(p, 6, 15)}",
    "sr_family206": lambda p, c: _pick(p, _SR_FAMILY, 3),
    "sr_given206": lambda p, c: _by_sex(p, _SR_GIVEN_M, _SR_GIVEN_F, 4),
    "sex_sr206": lambda p, c: "M" if p.male else "V",
    "street_sr206": lambda p, c: _sel(p, _SR_PLACES)[0],
    "ressort_sr206": lambda p, c: _sel(p, _SR_PLACES)[1],
    "district_sr206": lambda p, c: _sel(p, _SR_PLACES)[2],
    "phone_sr206": lambda p, c: (
        f"+597 {_pick(p, ('8', '7'), 5)}{_digits(p, 2, 16)}-{_digits(p, 4, 17)}"
    ),
    "kids_sr206": lambda p, c: str(_num(p, 4)),
    "kid_sr206": lambda p, c: f"{_pick(p, _SR_GIVEN_F, 6)} {_pick(p, _SR_FAMILY, 3)}",
    "bank_sr206": lambda p, c: f"{_pick(p, _SR_BANKS, 7)} {_digits(p, 9, 18)}",
    "officer_sr206": lambda p, c: f"{_pick(p, _SR_GIVEN_F, 8)[0]}. {_pick(p, _SR_FAMILY, 9)}",
    "ssn_bz206": lambda p, c: _digits(p, 6, 19),
    "bz_family206": lambda p, c: _pick(p, _BZ_FAMILY, 2),
    "bz_given206": lambda p, c: _by_sex(p, _BZ_GIVEN_M, _BZ_GIVEN_F, 3),
    "sex_bz206": lambda p, c: "M" if p.male else "F",
    "street_bz206": lambda p, c: _sel(p, _BZ_PLACES)[0],
    "area_bz206": lambda p, c: _sel(p, _BZ_PLACES)[1],
    "district_bz206": lambda p, c: _sel(p, _BZ_PLACES)[2],
    "phone_bz206": lambda p, c: (
        f"{_pick(p, ('6', '6', '2'), 4)}{_digits(p, 2, 20)}-{_digits(p, 4, 21)}"
    ),
    "pcp_bz206": lambda p, c: _pick(p, _BZ_PCP, 5),
    "kin_bz206": lambda p, c: f"{_pick(p, _BZ_GIVEN_F, 6)} {_pick(p, _BZ_FAMILY, 7)} (sista)",
    "kin_phone_bz206": lambda p, c: f"6{_digits(p, 2, 22)}-{_digits(p, 4, 23)}",
    "remark_bz206": lambda p, c: _pick(p, _BZ_REMARKS, 8),
}

__all__ = ["WRITERS_BLIND206"]
