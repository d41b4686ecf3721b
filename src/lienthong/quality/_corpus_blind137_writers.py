"""How the people of the hundred-and-thirty-seventh part of the outside corpus (**blind 137**,
:mod:`lienthong.quality._corpus_blind137`) are written: four Vietnamese files' own columns (a
hospital's injury register, a fisheries sub-department's fishing licences, a forest ranger
station's seedling handouts, a commune's fresh-water tanks in the salinity season) and
Nicaraguan, Salvadoran, Belizean, Surinamese and Guyanese names, addresses, phones and identity
numbers in the forms their cards show (the Nicaraguan cédula with the birth date inside and its
mod-23 letter, the Salvadoran DUI with its check digit, the Belizean social security number, the
Surinamese ID number, the Guyanese national ID and NIS numbers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind18_writers import _dui_sv
from lienthong.quality._corpus_blind23_writers import _cedula_ni
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_INJURY = ("Tai nan giao thong", "Te nga", "Tai nan lao dong", "Bong", "Cho can", "Dui nuoc")
_VN_INJ_PLACE = ("QL1A", "Tai nha", "Cong truong", "Duong lien xa", "Cho", "Ao ho")
_VN_VEHICLE = ("Xe may", "Xe dap", "Di bo", "O to", "Khong")
_VN_HELMET = ("Co", "Co", "Khong", "Khong ro")
_VN_OUTCOME = ("Ra vien", "Chuyen tuyen", "Ra vien", "Xin ve", "Tu vong")
_VN_GEAR = ("Lưới rê", "Câu vàng", "Lưới vây", "Lưới kéo", "Lồng bẫy")
_VN_ZONE = ("Vùng khơi", "Vùng lộng", "Vùng ven bờ")
_VN_SPECIES = ("Keo lai hom", "Keo tai tượng", "Bạch đàn", "Lim xanh", "Sao đen", "Quế")
_VN_TANKS = ("Bồn nhựa 1.000 lít", "Bồn inox 1.500 lít", "Lu 500 lít", "Túi chứa 2.000 lít")
_VN_FUNDS = ("MTTQ tỉnh", "Hội Chữ thập đỏ", "Ngân sách xã", "Nhà hảo tâm", "Tỉnh đoàn")
_VN_HAMLETS = ("Ấp Tân Phú", "Ấp Giồng Chùa", "Ấp Cái Đôi", "Ấp 3", "Ấp Phước Thạnh")

_ES_GIVEN_M = ("José", "Juan Carlos", "Luis", "Marvin", "Óscar", "Francisco", "Wilber")
_ES_GIVEN_F = ("María José", "Ana", "Reyna", "Karla", "Yesenia", "Rosa Elena", "Xiomara")
_ES_FAMILY = ("García López", "Hernández", "Martínez Ruiz", "López", "Rivas", "Flores Mejía")

_NI_PLACES = (
    ("Bo. Monseñor Lezcano, de la iglesia 2 c. al lago, 1/2 c. abajo", "Distrito II"),
    ("Col. Centroamérica, de la rotonda 3 c. al sur, casa G-214", "Distrito V"),
    ("Reparto Schick, de la farmacia 1 c. arriba, 2 c. al sur", "Distrito V"),
    ("Villa Libertad, de los semáforos 4 c. al este, casa 88", "Distrito VII"),
    ("Bo. San Judas, del colegio 1 c. abajo, 3 c. al sur", "Distrito III"),
)
_NI_STATUS = ("Solvente", "Moroso", "Solvente", "Arreglo de pago")

_SV_PLACES = (
    ("Chalatenango", "Dulce Nombre de María", "Cantón El Zapotal"),
    ("Usulután", "Jiquilisco", "Cantón Salinas de Sisiguayo"),
    ("San Miguel", "Chinameca", "Cantón Conacastal"),
    ("La Libertad", "Comasagua", "Cantón El Matazano"),
    ("Morazán", "Jocoaitique", "Caserío El Rodeo"),
    ("Ahuachapán", "Tacuba", "Cantón El Rosario"),
)
_SV_PACKAGE = ("Maíz 25 lb + 100 lb sulfato", "Frijol 25 lb", "Maíz + Frijol", "Sorgo 10 lb")
_SV_AGENCY = ("Agencia CENTA Chalatenango", "Agencia CENTA Usulután", "Agencia CENTA Morazán")

_BZ_GIVEN_M = ("Kareem", "Rudolph", "Elvin", "Jermaine", "Luis", "Dwight")
_BZ_GIVEN_F = ("Shanice", "Marisol", "Kimberly", "Natalie", "Yolanda", "Delma")
_BZ_FAMILY = ("Young", "Gillett", "Castillo", "Flowers", "Pook", "Requena", "Usher", "Cal")
_BZ_PLACES = (
    ("Belize City", "Belize"),
    ("Dangriga", "Stann Creek"),
    ("San Ignacio", "Cayo"),
    ("Orange Walk Town", "Orange Walk"),
    ("Punta Gorda", "Toledo"),
    ("Corozal Town", "Corozal"),
    ("Hattieville", "Belize"),
)
_BZ_POINTS = ("Belize Bank - Albert St", "Heritage Bank Dangriga", "DigiWallet", "Post Office")

_SR_GIVEN_M = ("Ravindra", "Glenn", "Mohamed", "Roël", "Sergio", "Anand")
_SR_GIVEN_F = ("Shirley", "Sunita", "Mireille", "Gracia", "Priya", "Ingrid")
_SR_FAMILY = ("Ramdin", "Pinas", "Sarmo", "Kartoredjo", "Tjon A Fong", "Bouterse", "Lachmon")
_SR_PLACES = (
    ("Indira Gandhiweg 412", "Lelydorp", "Wanica"),
    ("Kwattaweg 220", "Blauwgrond", "Paramaribo"),
    ("Hk. Gemenelandsweg/Zwartenhovenbrugstraat 5", "Centrum", "Paramaribo"),
    ("Pad van Wanica 18", "Kwatta", "Wanica"),
    ("Oost-Westverbinding 101", "Nieuw Nickerie", "Nickerie"),
    ("Martin Luther Kingweg 63", "Latour", "Paramaribo"),
)
_SR_POLI = ("RGD Poli Latour", "RGD Poli Lelydorp", "RGD Poli Flora", "RGD Poli Nickerie")

_GY_GIVEN_M = ("Devon", "Rajesh", "Shawn", "Colin", "Mohan", "Troy")
_GY_GIVEN_F = ("Samantha", "Bibi", "Shondell", "Indira", "Natasha", "Tiffany")
_GY_FAMILY = ("Persaud", "Williams", "Singh", "Ramdass", "Fraser", "Khan", "DeSouza")
_GY_PLACES = (
    ("Lot 24 Middle Street", "Enterprise", "Region 4"),
    ("12 Public Road", "Mahaicony", "Region 5"),
    ("Lot 7 Section B", "Port Mourant", "Region 6"),
    ("45 First Avenue", "Bartica", "Region 7"),
    ("Lot 91 Main Road", "Anna Regina", "Region 2"),
    ("3 Cemetery Road", "Linden", "Region 10"),
)
_GY_WORK = ("Drain cleaning", "School maintenance", "Road verge clearing", "Health post aide")
_GY_BANKS = ("Republic Bank", "GBTI", "Demerara Bank", "Citizens Bank")


def _place(p: Person, places: tuple[_T, ...]) -> _T:
    return places[int(p.bhxh) // 13 % len(places)]


def _name(p: Person, given_m: _T, given_f: _T) -> str:
    return _by_sex(p, given_m, given_f, 1)


WRITERS_BLIND137: dict[str, Callable[[Person, Col], object]] = {
    "case137": lambda p, c: f"TNTT-{p.other_date:%y}-{p.bhxh[-5:]}",
    "time137": lambda p, c: f"{_num(p, 23):02d}:{_num(p, 59):02d} {p.other_date:%d/%m/%Y}",
    "injury137": lambda p, c: _pick(p, _VN_INJURY, 2),
    "inj_place137": lambda p, c: _pick(p, _VN_INJ_PLACE, 3),
    "vehicle137": lambda p, c: _pick(p, _VN_VEHICLE, 4),
    "helmet137": lambda p, c: _pick(p, _VN_HELMET, 5),
    "alcohol137": lambda p, c: _pick(p, ("Am tinh", "Am tinh", "0,42 mg/l", "Khong XN"), 6),
    "outcome137": lambda p, c: _pick(p, _VN_OUTCOME, 7),
    "relative137": lambda p, c: _other_vn(p, 3),
    "relative_phone137": lambda p, c: _other_phone(p),
    "vessel137": lambda p, c: f"{_pick(p, ('BĐ', 'QNg', 'KG', 'BTh'), 2)}-9{p.bhxh[-4:]}-TS",
    "length137": lambda p, c: f"{12 + _num(p, 15)},{_num(p, 9)}",
    "power137": lambda p, c: str(90 + _num(p, 60) * 10),
    "gear137": lambda p, c: _pick(p, _VN_GEAR, 3),
    "zone137": lambda p, c: _pick(p, _VN_ZONE, 4),
    "licence137": lambda p, c: f"{_num(p, 900):03d}/{p.other_date.year}/GP-KTTS",
    "expiry137": lambda p, c: f"{_shift_date(p.other_date, 3):%d/%m/%Y}",
    "crew137": lambda p, c: str(4 + _num(p, 12)),
    "species137": lambda p, c: _pick(p, _VN_SPECIES, 2),
    "seedlings137": lambda p, c: f"{_num(p, 40) * 250:,}".replace(",", "."),
    "area_ha137": lambda p, c: f"{_num(p, 9)},{_num(p, 9)}",
    "plot137": lambda p, c: f"TK {300 + _num(p, 90)} - K{_num(p, 9)} - Lô {_num(p, 30)}",
    "ranger137": lambda p, c: _pick(p, ("KL Hà Văn Tuấn", "KL Lục Thị Mai", "KL Sầm Văn Chung"), 4),
    "hamlet137": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "members137": lambda p, c: str(_num(p, 8)),
    "tank137": lambda p, c: _pick(p, _VN_TANKS, 3),
    "fund137": lambda p, c: _pick(p, _VN_FUNDS, 4),
    "poor137": lambda p, c: _pick(p, ("Hộ nghèo", "Cận nghèo", "", "Hộ CS", ""), 5),
    "cedula_ni137": lambda p, c: _cedula_ni(p),
    "name_ni137": lambda p, c: f"{_name(p, _ES_GIVEN_M, _ES_GIVEN_F)} {_pick(p, _ES_FAMILY, 2)}",
    "sex_ni137": lambda p, c: "M" if p.male else "F",
    "addr_ni137": lambda p, c: _place(p, _NI_PLACES)[0],
    "distrito_ni137": lambda p, c: _place(p, _NI_PLACES)[1],
    "phone_ni137": lambda p, c: f"{_pick(p, ('8', '7', '5'), 3)}{p.phone[3:6]} {p.phone[6:10]}",
    "catastro_ni137": lambda p, c: f"2952-3-{p.bhxh[2:5]}-{p.bhxh[5:8]}",
    "valor_ni137": lambda p, c: f"C$ {(_num(p, 90) + 10) * 10_000:,}.00",
    "ibi_ni137": lambda p, c: f"{(_num(p, 90) + 10) * 10_000 * 0.008:,.2f}",
    "recibo_ni137": lambda p, c: f"R-{p.bhxh[-6:]}",
    "status_ni137": lambda p, c: _pick(p, _NI_STATUS, 4),
    "dui_sv137": lambda p, c: _dui_sv(p),
    "given_sv137": lambda p, c: _name(p, _ES_GIVEN_M, _ES_GIVEN_F),
    "family_sv137": lambda p, c: _pick(p, _ES_FAMILY, 3),
    "sex_sv137": lambda p, c: "Hombre" if p.male else "Mujer",
    "dept_sv137": lambda p, c: _place(p, _SV_PLACES)[0],
    "muni_sv137": lambda p, c: _place(p, _SV_PLACES)[1],
    "canton_sv137": lambda p, c: _place(p, _SV_PLACES)[2],
    "phone_sv137": lambda p, c: f"{_pick(p, ('7', '6'), 3)}{p.phone[3:6]}-{p.phone[6:10]}",
    "package_sv137": lambda p, c: _pick(p, _SV_PACKAGE, 4),
    "mz_sv137": lambda p, c: _pick(p, ("0.5", "1", "1.5", "2", "0.75"), 5),
    "agency_sv137": lambda p, c: _pick(p, _SV_AGENCY, 6),
    "tech_sv137": lambda p, c: f"Téc. {_pick(p, _ES_GIVEN_M, 7)} {_pick(p, _ES_FAMILY, 8)}",
    "sign_sv137": lambda p, c: _pick(p, ("Firma", "Huella", "Firma", "Firma a ruego"), 9),
    "ssn_bz137": lambda p, c: p.bhxh[-6:],
    "family_bz137": lambda p, c: _pick(p, _BZ_FAMILY, 2),
    "given_bz137": lambda p, c: _name(p, _BZ_GIVEN_M, _BZ_GIVEN_F),
    "sex_bz137": lambda p, c: "Male" if p.male else "Female",
    "town_bz137": lambda p, c: _place(p, _BZ_PLACES)[0],
    "district_bz137": lambda p, c: _place(p, _BZ_PLACES)[1],
    "phone_bz137": lambda p, c: f"{_pick(p, ('6', '6', '2'), 3)}{p.phone[4:6]}-{p.phone[6:10]}",
    "household_bz137": lambda p, c: str(1 + _num(p, 9)),
    "children_bz137": lambda p, c: str(_num(p, 5) - 1),
    "amount_bz137": lambda p, c: f"{_pick(p, ('44.00', '88.00', '132.00', '176.00'), 4)}",
    "point_bz137": lambda p, c: _pick(p, _BZ_POINTS, 5),
    "worker_bz137": lambda p, c: f"{_pick(p, _BZ_GIVEN_F, 6)} {_pick(p, _BZ_FAMILY, 7)}",
    "id_sr137": lambda p, c: f"{_pick(p, ('FA', 'FB', 'FC', 'GB', 'EA'), 3)}{p.bhxh[1:7]}",
    "family_sr137": lambda p, c: _pick(p, _SR_FAMILY, 2),
    "given_sr137": lambda p, c: _name(p, _SR_GIVEN_M, _SR_GIVEN_F),
    "sex_sr137": lambda p, c: "M" if p.male else "V",
    "street_sr137": lambda p, c: _place(p, _SR_PLACES)[0],
    "ressort_sr137": lambda p, c: _place(p, _SR_PLACES)[1],
    "district_sr137": lambda p, c: _place(p, _SR_PLACES)[2],
    "phone_sr137": lambda p, c: f"+597 8{p.phone[4:6]}-{p.phone[6:10]}",
    "poli_sr137": lambda p, c: _pick(p, _SR_POLI, 4),
    "doctor_sr137": lambda p, c: f"dr. {_pick(p, _SR_FAMILY, 5)}",
    "dossier_sr137": lambda p, c: f"{p.bhxh[-5:]}/{p.other_date:%y}",
    "ins_sr137": lambda p, c: _pick(p, ("SZF", "SZF", "Particulier", "BAZ", "Onverzekerd"), 6),
    "id_gy137": lambda p, c: f"{_pick(p, ('1', '0'), 4)}{p.bhxh[1:9]}",
    "nis_gy137": lambda p, c: f"{_pick(p, ('A', 'B', 'C'), 5)}{p.bhxh[-6:]}",
    "given_gy137": lambda p, c: _name(p, _GY_GIVEN_M, _GY_GIVEN_F),
    "family_gy137": lambda p, c: _pick(p, _GY_FAMILY, 2),
    "sex_gy137": lambda p, c: "M" if p.male else "F",
    "street_gy137": lambda p, c: _place(p, _GY_PLACES)[0],
    "village_gy137": lambda p, c: _place(p, _GY_PLACES)[1],
    "region_gy137": lambda p, c: _place(p, _GY_PLACES)[2],
    "phone_gy137": lambda p, c: f"{_pick(p, ('6', '7'), 3)}{p.phone[4:6]}-{p.phone[6:10]}",
    "work_gy137": lambda p, c: _pick(p, _GY_WORK, 4),
    "supervisor_gy137": lambda p, c: f"{_pick(p, _GY_GIVEN_M, 5)} {_pick(p, _GY_FAMILY, 6)}",
    "bank_gy137": lambda p, c: _pick(p, _GY_BANKS, 7),
    "account_gy137": lambda p, c: f"{p.bhxh[::-1][:9]}",
}
