"""How the people of the two hundred and twenty-sixth part of the outside corpus (**blind 226**,
:mod:`lienthong.quality._corpus_blind226`) are written: four Vietnamese files' own columns (an
adult swimming class, a household's waste sorting registration, a sidewalk motorbike repairer's
pitch, a poor household's electricity support) and Peruvian, Bolivian, Ecuadorian, Colombian and
Chilean names, addresses, phones and identity numbers in the forms their cards show (the DNI's
eight digits, the Bolivian CI and its department, the Ecuadorian cédula's mod-10 digit, the
Colombian cédula, the Chilean RUN's mod-11 digit that may be K)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind45_writers import _rut

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_CLASSES = ("Lớp 01/2026 - sáng", "Lớp 02/2026 - chiều", "Lớp 03/2026 - tối")
_VN_COACH = ("Nguyễn Văn Hải", "Trần Thị Thu", "Lê Minh Khoa", "Phạm Quốc Bảo")
_VN_SWIM_RESULT = ("Đạt - bơi 25m", "Đạt - bơi 50m", "Chưa đạt", "Bỏ học")
_VN_WASTE = ("Hộ gia đình", "Hộ kinh doanh", "Hộ gia đình", "Nhà trọ")
_VN_BIN = ("Đã nhận 2 thùng", "Đã nhận 3 thùng", "Chưa nhận thùng")
_VN_PITCH = (
    "Trước số 112 Lê Văn Sỹ",
    "Góc Nguyễn Trãi - Trần Hưng Đạo",
    "Cổng chợ Bà Chiểu",
    "Vỉa hè số 45 Cách Mạng Tháng 8",
)
_VN_HOURS = ("6h-18h", "7h-20h", "16h-22h", "Cả ngày")
_VN_POWER_KIND = ("Hộ nghèo", "Hộ chính sách xã hội", "Hộ nghèo")

_PE_FAMILY = ("Quispe", "Mamani", "Huamán", "Condori", "Ccahuana", "Huillca", "Yupanqui", "Ttito")
_PE_GIVEN_M = ("Wilber", "Edwin", "Fredy", "Juan de Dios", "Rolando", "Valentín")
_PE_GIVEN_F = ("Yeni", "Luzmila", "Nilda", "Marleni", "Rosa Elvira", "Hilda")
_PE_PLACES = (
    ("Jr. Manco Cápac 214", "Chinchero"),
    ("Av. Mateo Pumacahua s/n", "Chinchero"),
    ("Calle Garcilaso 330", "Urubamba"),
    ("Comunidad Campesina de Umasbamba Mz B Lt 4", "Chinchero"),
    ("Av. de la Cultura 1520", "San Sebastián"),
)
_PE_CRAFT = ("Textil - telar de cintura", "Textil - tejido a palitos", "Cerámica", "Tallado")
_PE_ASSOC = ("Asoc. Awaq Warmikuna", "Asoc. de Tejedoras Ñawpa Away", "Centro Textil Chinchero")

_BO_FAMILY = ("Mamani", "Choque", "Apaza", "Quispe", "Condori", "Ticona", "Limachi", "Callisaya")
_BO_GIVEN_M = ("Félix", "Germán", "Rubén", "Eusebio", "Cristóbal", "Wilfredo")
_BO_GIVEN_F = ("Eusebia", "Justina", "Sabina", "Epifania", "Martha", "Gregoria")
_BO_PLACES = (
    ("Villa Adela", "Calle 3 N° 1145"),
    ("Senkata", "Av. 6 de Marzo N° 220"),
    ("Río Seco", "Calle Jiskha Qullu N° 78"),
    ("Villa Dolores", "Calle 4 N° 503"),
    ("Ciudad Satélite", "Av. Satélite N° 1020"),
)
_BO_DEPT = ("LP", "LP", "LP", "OR", "PT")

_EC_FAMILY = ("Cachimuel", "Males", "Lema", "Picuasi", "Yamberla", "Perugachi", "Anrango")
_EC_GIVEN_M = ("Segundo", "José Manuel", "Rumiñahui", "Inti", "Luis Alberto", "Humberto")
_EC_GIVEN_F = ("Sisa", "Tamia", "María Rosa", "Carmen", "Mercedes", "Killa")
_EC_PLACES = (
    ("Topo Grande", "Cotacachi", "10"),
    ("Morochos", "Cotacachi", "10"),
    ("Peguche", "Otavalo", "10"),
    ("Gualsaquí", "Otavalo", "10"),
    ("Cacha Machángara", "Riobamba", "06"),
)

_CO_CLAN = ("Epieyú", "Uriana", "Ipuana", "Pushaina", "Jayariyú", "Epinayú", "Sapuana", "Gouriyú")
_CO_GIVEN_M = ("José", "Ramón", "Luis Ángel", "Nemesio", "Alirio", "Jorge Eliécer")
_CO_GIVEN_F = ("Remedios", "Débora", "Alcira", "Rosalba", "Ana Dilia", "Yaneth")
_CO_PLACES = (
    ("Rancheria Wararu", "Uribia"),
    ("Rancheria Kasuwolin", "Uribia"),
    ("Rancheria Jotomana", "Manaure"),
    ("Rancheria Mayapo", "Manaure"),
    ("Rancheria Aremasain", "Maicao"),
)
_CO_KIN = ("Cabeza de familia", "Esposa(o)", "Hijo(a)", "Sobrino(a)", "Nieto(a)")

_CL_FAMILY = ("Huenchumilla", "Painemal", "Millapán", "Curaqueo", "Ñancupil", "Catrileo")
_CL_GIVEN_M = ("Juan Carlos", "Luis Alberto", "Segundo", "Lautaro", "José Miguel")
_CL_GIVEN_F = ("Rosa Elena", "Margarita", "Ayelén", "Millaray", "Juana")
_CL_PLACES = (
    ("Camino a Chol Chol km 12", "Temuco", "Sector Tromen"),
    ("Pasaje Los Aromos 245", "Padre Las Casas", "Villa Alegre"),
    ("Km 8 camino Nueva Imperial", "Nueva Imperial", "Sector Rapahue"),
    ("Calle Lautaro 880", "Ercilla", "Pidima"),
)
_CL_BASIS = ("Art. 2 letra a)", "Art. 2 letra b)", "Art. 2 letra a)", "Art. 2 letra c)")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh[-4:]) % len(places)]


def _cedula_ec(p: Person) -> str:
    """An Ecuadorian cédula: province code, third digit under 6, six digits and a mod-10 digit."""
    body = f"{_place(p, _EC_PLACES)[2]}{int(p.bhxh[0]) % 6}{p.bhxh[-6:]}"
    total = 0
    for i, ch in enumerate(body):
        value = int(ch) * (2 if i % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return f"{body}{(10 - total % 10) % 10}"


WRITERS_BLIND226: dict[str, Callable[[Person, Col], object]] = {
    "swim_class226": lambda p, c: _pick(p, _VN_CLASSES, 1),
    "coach226": lambda p, c: _pick(p, _VN_COACH, 2),
    "swim_result226": lambda p, c: _pick(p, _VN_SWIM_RESULT, 3),
    "swim_fee226": lambda p, c: f"{(_num(p, 4) + 5) * 100_000:,}".replace(",", "."),
    "guardian226": lambda p, c: _other_vn(p, 4),
    "household226": lambda p, c: f"HGD-{_num(p, 900):04d}",
    "waste_kind226": lambda p, c: _pick(p, _VN_WASTE, 4),
    "members226": lambda p, c: str(_num(p, 7)),
    "waste_fee226": lambda p, c: f"{(_num(p, 5) + 2) * 10_000}",
    "bins226": lambda p, c: _pick(p, _VN_BIN, 5),
    "block_head226": lambda p, c: _other_vn(p, 6),
    "pitch226": lambda p, c: _pick(p, _VN_PITCH, 6),
    "hours226": lambda p, c: _pick(p, _VN_HOURS, 7),
    "pledge226": lambda p, c: _pick(p, ("Đã ký cam kết", "Chưa ký"), 8),
    "area_m2226": lambda p, c: f"{_num(p, 4) + 1},5",
    "power_code226": lambda p, c: f"PE{p.bhxh[:11]}"[:13],
    "power_kind226": lambda p, c: _pick(p, _VN_POWER_KIND, 9),
    "kwh226": lambda p, c: str(30 if _num(p, 2) == 1 else 50),
    "power_amount226": lambda p, c: "88.300" if _num(p, 2) == 1 else "147.200",
    "rel_phone226": lambda p, c: _other_phone(p, "08"),
    "dni_pe226": lambda p, c: f"{'247'[int(p.bhxh) % 3]}{p.bhxh[-7:]}",
    "pe_family226": lambda p, c: f"{_pick(p, _PE_FAMILY, 2)} {_pick(p, _PE_FAMILY, 5)}",
    "pe_given226": lambda p, c: _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 1),
    "sex_pe226": lambda p, c: "M / Qhari" if p.male else "F / Warmi",
    "street_pe226": lambda p, c: _place(p, _PE_PLACES)[0],
    "district_pe226": lambda p, c: _place(p, _PE_PLACES)[1],
    "phone_pe226": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "craft_pe226": lambda p, c: _pick(p, _PE_CRAFT, 3),
    "assoc_pe226": lambda p, c: _pick(p, _PE_ASSOC, 4),
    "rna_pe226": lambda p, c: f"RNA-CUS-{p.bhxh[2:7]}",
    "ci_bo226": lambda p, c: str(2_000_000 + int(p.bhxh[:7]) % 8_000_000),
    "exp_bo226": lambda p, c: _pick(p, _BO_DEPT, 2),
    "bo_pat226": lambda p, c: _pick(p, _BO_FAMILY, 3),
    "bo_mat226": lambda p, c: _pick(p, _BO_FAMILY, 6),
    "bo_given226": lambda p, c: _by_sex(p, _BO_GIVEN_M, _BO_GIVEN_F, 1),
    "sex_bo226": lambda p, c: "Masculino" if p.male else "Femenino",
    "zona_bo226": lambda p, c: _place(p, _BO_PLACES)[0],
    "street_bo226": lambda p, c: _place(p, _BO_PLACES)[1],
    "phone_bo226": lambda p, c: f"{'67'[int(p.bhxh[0]) % 2]}{p.phone[3:10]}",
    "junta_bo226": lambda p, c: f"Junta Vecinal {_place(p, _BO_PLACES)[0]} Sector {_num(p, 4)}",
    "pres_bo226": lambda p, c: f"{_pick(p, _BO_GIVEN_M, 4)} {_pick(p, _BO_FAMILY, 7)}",
    "aporte_bo226": lambda p, c: f"{_num(p, 3) * 5},00",
    "cedula_ec226": lambda p, c: _cedula_ec(p),
    "ec_family226": lambda p, c: f"{_pick(p, _EC_FAMILY, 2)} {_pick(p, _EC_FAMILY, 5)}",
    "ec_given226": lambda p, c: _by_sex(p, _EC_GIVEN_M, _EC_GIVEN_F, 1),
    "sex_ec226": lambda p, c: "Hombre" if p.male else "Mujer",
    "comuna_ec226": lambda p, c: _place(p, _EC_PLACES)[0],
    "canton_ec226": lambda p, c: _place(p, _EC_PLACES)[1],
    "meter_ec226": lambda p, c: f"JAAP-{p.bhxh[-5:]}",
    "m3_ec226": lambda p, c: str(_num(p, 30) + 4),
    "pay_ec226": lambda p, c: f"{3 + _num(p, 30) * 0.25:.2f}".replace(".", ","),
    "minga_ec226": lambda p, c: f"{_num(p, 6) - 1}/6",
    "phone_ec226": lambda p, c: f"09{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}",
    "doc_co226": lambda p, c: "CC",
    "cc_co226": lambda p, c: f"1124{p.bhxh[-6:]}" if _num(p, 2) == 1 else f"40{p.bhxh[-6:]}",
    "co_clan226": lambda p, c: _pick(p, _CO_CLAN, 2),
    "co_second226": lambda p, c: _pick(p, _CO_CLAN, 5),
    "co_given226": lambda p, c: _by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 1),
    "sex_co226": lambda p, c: "M" if p.male else "F",
    "rancheria_co226": lambda p, c: _place(p, _CO_PLACES)[0],
    "mpio_co226": lambda p, c: _place(p, _CO_PLACES)[1],
    "authority_co226": lambda p, c: f"{_pick(p, _CO_GIVEN_M, 3)} {_pick(p, _CO_CLAN, 6)}",
    "kin_co226": lambda p, c: _pick(p, _CO_KIN, 4),
    "phone_co226": lambda p, c: f"3{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "rut_cl226": lambda p, c: _rut(p),
    "cl_given226": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1),
    "cl_pat226": lambda p, c: _pick(p, _CL_FAMILY, 2),
    "cl_mat226": lambda p, c: _pick(p, _CL_FAMILY, 5),
    "sex_cl226": lambda p, c: "Masculino" if p.male else "Femenino",
    "street_cl226": lambda p, c: _place(p, _CL_PLACES)[0],
    "comuna_cl226": lambda p, c: _place(p, _CL_PLACES)[1],
    "sector_cl226": lambda p, c: _place(p, _CL_PLACES)[2],
    "phone_cl226": lambda p, c: f"+56 9 {p.phone[2:6]} {p.phone[6:10]}",
    "lof_cl226": lambda p, c: (
        f"Comunidad Indígena {_pick(p, _CL_FAMILY, 3)} (PJ N° {_num(p, 900)})"
    ),
    "cert_cl226": lambda p, c: f"{_num(p, 9000)}/{2020 + _num(p, 6)}",
    "basis_cl226": lambda p, c: _pick(p, _CL_BASIS, 4),
}

__all__ = ["WRITERS_BLIND226"]
