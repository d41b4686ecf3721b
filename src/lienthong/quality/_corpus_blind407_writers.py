"""How the people of the four-hundred-and-seventh part of the outside corpus (**blind 407**,
:mod:`lienthong.quality._corpus_blind407`) are written: four Vietnamese files' own columns (the
support paid for pigs culled for African swine fever, village animal-health workers' allowances,
fines for dogs kept unvaccinated against rabies, farms applying for a disease-free certificate)
and Uruguayan, Lao, Ugandan, Lithuanian and Kyrgyz owners' names, addresses, phones and numbers
in the forms their cards show (the cédula with its check digit, the Lao family-book id, the
Ugandan NIN, the asmens kodas with its check digit, the Kyrgyz 14-digit PIN), with the animals,
chips, ear tags and vaccines of their registers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _asmens_kodas
from lienthong.quality._corpus_blind15_writers import _ci_uy
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind147_writers import _la_phone
from lienthong.quality._corpus_blind160_writers import _kg_phone
from lienthong.quality._corpus_blind161_writers import _uy_phone
from lienthong.quality._corpus_blind165_writers import _lt_phone
from lienthong.quality._corpus_blind343_writers import _ug_nin
from lienthong.quality._corpus_blind346_writers import _pin_kg
from lienthong.quality._corpus_blind394_writers import _la_id

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_FARMS = (
    "Trại lợn {n}",
    "Cơ sở chăn nuôi gà {n}",
    "Trang trại bò sữa {n}",
    "Hộ chăn nuôi {n}",
)
_VN_FARM_SITES = (
    "Khu chăn nuôi tập trung thôn Đồng Bèn, xã Tân Yên, tỉnh Bắc Ninh",
    "Ấp Bàu Sen, xã Trảng Bom, tỉnh Đồng Nai",
    "Xóm 5, xã Nghĩa Đàn, tỉnh Nghệ An",
    "Thôn Phú Mỹ, xã Đức Trọng, tỉnh Lâm Đồng",
)
_VN_SPECIES = ("Lợn thịt", "Lợn nái", "Gà thịt", "Gà đẻ trứng", "Bò sữa", "Vịt đẻ")
_VN_DISEASES = (
    "Dịch tả lợn châu Phi",
    "Lở mồm long móng",
    "Cúm gia cầm A/H5N1; Newcastle",
    "Dịch tả lợn cổ điển; Tai xanh",
)
_VN_HAMLETS = ("Thôn 1", "Thôn Đông", "Bản Nà Lừa", "Bản Pác Ngòi", "Thôn Khuổi Khon", "Xóm Mới")
_VN_LEVELS = ("Trung cấp thú y", "Sơ cấp chăn nuôi thú y", "Cao đẳng chăn nuôi", "Tập huấn 3 tháng")
_VN_VIOLATIONS = (
    "Khong tiem phong dai cho cho nuoi",
    "Tha rong cho noi cong cong, khong ro mom",
    "Khong khai bao so luong cho nuoi voi UBND phuong",
    "Khong tiem phong dai cho meo nuoi",
)
_VN_CLAUSES = ("Diem a khoan 1 Dieu 5 ND 90/2017", "Khoan 1 Dieu 6 ND 90/2017", "Dieu 5 ND 04/2020")
_UY_PLACES = (
    ("Av. 18 de Julio 1432 apto. 501", "Montevideo", "Montevideo"),
    ("Ruta 5 km 38, Paraje Rincón del Colorado", "Canelones", "Canelones"),
    ("Calle Sarandí 725", "Salto", "Salto"),
    ("Bvar. Artigas 3320", "Paysandú", "Paysandú"),
    ("Camino Maldonado 8840", "San Carlos", "Maldonado"),
)
_UY_NAMES_M = ("Juan Pablo", "Martín", "Diego", "Gonzalo", "Sebastián")
_UY_NAMES_F = ("María José", "Florencia", "Lucía", "Valentina", "Carolina")
_UY_SURNAMES = ("Rodríguez Silva", "Fernández Pérez", "González Martínez", "Sosa Pereira")
_UY_PETS = ("Toby", "Luna", "Negro", "Lola", "Firulais", "Canela", "Rocco")
_UY_BREEDS = ("Mestizo", "Labrador", "Cimarrón uruguayo", "Caniche", "Pastor alemán")
_LA_NAMES_M = ("ທ້າວ ສົມພອນ ແກ້ວມະນີ", "ທ້າວ ບຸນມີ ພົມມະຈັນ", "ທ້າວ ຄຳຫຼ້າ ສີຫາລາດ")
_LA_NAMES_F = ("ນາງ ມະນີວອນ ສີສຸວັນ", "ນາງ ບົວພັນ ວົງສະຫວັນ", "ນາງ ຄຳແພງ ອິນທະວົງ")
_LA_PLACES = (
    ("ບ້ານ ນາຊາຍທອງ", "ເມືອງ ໄຊທານີ", "ນະຄອນຫຼວງວຽງຈັນ"),
    ("ບ້ານ ໂພນສະຫວັນ", "ເມືອງ ແປກ", "ແຂວງ ຊຽງຂວາງ"),
    ("ບ້ານ ນາແລ", "ເມືອງ ຫຼວງນ້ຳທາ", "ແຂວງ ຫຼວງນ້ຳທາ"),
    ("ບ້ານ ໜອງແສງ", "ເມືອງ ໄກສອນ ພົມວິຫານ", "ແຂວງ ສະຫວັນນະເຂດ"),
)
_LA_VACCINES = ("ຄໍບວມ (HS)", "ປາກເປື່ອຍ ຕີນເປື່ອຍ (FMD)", "ຄໍບວມ + ປາກເປື່ອຍ")
_UG_FIRST_M = ("Moses", "Joseph", "Isaac", "Ronald", "Godfrey")
_UG_FIRST_F = ("Florence", "Harriet", "Prossy", "Agnes", "Juliet")
_UG_LAST = ("Mugisha", "Tumusiime", "Byaruhanga", "Kato", "Nakato", "Asiimwe", "Okello")
_UG_PLACES = (
    ("Kyeirumba", "Kazo Town Council", "Kazo"),
    ("Rwemiyaga", "Sembabule", "Sembabule"),
    ("Nyakashashara", "Kiruhura", "Kiruhura"),
    ("Kasaana", "Kakooge", "Nakasongola"),
    ("Lorengedwat", "Nakapiripirit", "Nakapiripirit"),
)
_LT_GIVEN_M = ("Tomas", "Mantas", "Jonas", "Darius", "Marius")
_LT_GIVEN_F = ("Rūta", "Eglė", "Jurgita", "Ieva", "Giedrė")
_LT_FAMILY = (("Kazlauskas", "Kazlauskienė"), ("Jankauskas", "Jankauskaitė"),
              ("Petrauskas", "Petrauskienė"), ("Stankevičius", "Stankevičiūtė"),
              ("Žukauskas", "Žukauskienė"))  # fmt: skip
_LT_PLACES = (
    ("Žalgirio g. 112-45", "Vilnius", "LT-09300"),
    ("Savanorių pr. 220-7", "Kaunas", "LT-50194"),
    ("Taikos pr. 81-12", "Klaipėda", "LT-94114"),
    ("Vilniaus g. 5", "Šiauliai", "LT-76353"),
    ("Sodų g. 14, Ramučiai", "Kauno r. sav.", "LT-54464"),
)
_LT_PETS = ("Šuo", "Katė", "Šuo", "Šeškas")
_KG_NAMES_M = (("Асанов", "Бакыт", "Асанович"), ("Токтогулов", "Нурлан", "Жумабекович"),
               ("Садыров", "Эрлан", "Маратович"))  # fmt: skip
_KG_NAMES_F = (("Асанова", "Айгуль", "Бакытовна"), ("Токтогулова", "Жылдыз", "Кубанычбековна"),
               ("Садырова", "Нургуль", "Маратовна"))  # fmt: skip
_KG_PLACES = (
    ("с. Бурана", "Чуйский р-н", "Чуйская обл."),
    ("с. Кара-Суу", "Нарынский р-н", "Нарынская обл."),
    ("с. Ананьево", "Иссык-Кульский р-н", "Иссык-Кульская обл."),
    ("с. Гулистан", "Ноокатский р-н", "Ошская обл."),
)
_KG_ANIMALS = ("КРС", "МРС (овцы)", "Лошади", "КРС", "МРС (козы)")


def _vnd(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _pigs(p: Person) -> int:
    return 2 + _num(p, 40)


def _weight(p: Person) -> int:
    return _pigs(p) * (35 + _num(p, 60))


def _uy(p: Person) -> tuple[str, str, str]:
    return _UY_PLACES[int(p.bhxh) // 7 % len(_UY_PLACES)]


def _la(p: Person) -> tuple[str, str, str]:
    return _LA_PLACES[int(p.bhxh) // 11 % len(_LA_PLACES)]


def _ug(p: Person) -> tuple[str, str, str]:
    return _UG_PLACES[int(p.bhxh) // 13 % len(_UG_PLACES)]


def _lt(p: Person) -> tuple[str, str, str]:
    return _LT_PLACES[int(p.bhxh) // 17 % len(_LT_PLACES)]


def _lt_family(p: Person) -> str:
    pair = _LT_FAMILY[int(p.bhxh) // 5 % len(_LT_FAMILY)]
    return pair[0] if p.male else pair[1]


def _kg_name(p: Person) -> tuple[str, str, str]:
    table = _KG_NAMES_M if p.male else _KG_NAMES_F
    return table[int(p.bhxh) // 3 % len(table)]


def _kg_place(p: Person) -> tuple[str, str, str]:
    return _KG_PLACES[int(p.bhxh) // 19 % len(_KG_PLACES)]


def _chip(p: Person, country: str) -> str:
    return f"{country}{p.bhxh[:6]}{p.phone[-6:]}"


WRITERS_BLIND407: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: support for culled pigs
    "pigs407": lambda p, c: _pigs(p),
    "weight407": lambda p, c: _weight(p),
    "unit_price407": lambda p, c: _vnd(35_000),
    "total407": lambda p, c: _vnd(_weight(p) * 35_000),
    "cull_report407": lambda p, c: f"{_num(p, 300) + 1:03d}/BB-TH",
    "bank407": lambda p, c: f"{_pick(p, ('Agribank', 'BIDV', 'VietinBank'), 3)} {p.bhxh[:13]}",
    # Vietnam: village animal-health workers
    "hamlet407": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "level407": lambda p, c: _pick(p, _VN_LEVELS, 3),
    "decision407": lambda p, c: f"{_num(p, 400) + 10}/QĐ-UBND",
    "coef407": lambda p, c: _pick(p, ("0,3", "0,5", "0,5", "0,7"), 4),
    "allowance407": lambda p, c: _vnd(
        int(float(_pick(p, ("0.3", "0.5", "0.5", "0.7"), 4)) * 2_340_000)
    ),
    # Vietnam: rabies fines
    "record407": lambda p, c: f"{_num(p, 200) + 1:03d}/BB-VPHC",
    "sex_plain407": lambda p, c: "Nam" if p.male else "Nu",
    "violation407": lambda p, c: _pick(p, _VN_VIOLATIONS, 5),
    "clause407": lambda p, c: _pick(p, _VN_CLAUSES, 6),
    "fine407": lambda p, c: _vnd((2 + _num(p, 4)) * 500_000),
    "paid407": lambda p, c: _pick(p, ("Da nop", "Chua nop", "Da nop"), 7),
    "officer407": lambda p, c: _other_vn(p, 8),
    # Vietnam: disease-free certificate
    "farm407": lambda p, c: _pick(p, _VN_FARMS, 9).format(n=p.given.split()[-1]),
    "farm_site407": lambda p, c: _pick(p, _VN_FARM_SITES, 10),
    "species407": lambda p, c: _pick(p, _VN_SPECIES, 11),
    "herd407": lambda p, c: 50 + _num(p, 3000),
    "disease407": lambda p, c: _pick(p, _VN_DISEASES, 12),
    "cert407": lambda p, c: f"{_num(p, 90) + 1:02d}/GCN-ATDB/{p.other_date.year}",
    "valid407": lambda p, c: f"{p.other_date + timedelta(days=1825):%d/%m/%Y}",
    # Uruguay: companion animals
    "ci_uy407": lambda p, c: _ci_uy(p),
    "uy_given407": lambda p, c: _by_sex(p, _UY_NAMES_M, _UY_NAMES_F, 1),
    "uy_family407": lambda p, c: _pick(p, _UY_SURNAMES, 2),
    "sex_uy407": lambda p, c: "Masculino" if p.male else "Femenino",
    "uy_street407": lambda p, c: _uy(p)[0],
    "uy_town407": lambda p, c: _uy(p)[1],
    "uy_dept407": lambda p, c: _uy(p)[2],
    "phone_uy407": lambda p, c: _uy_phone(p),
    "pet_uy407": lambda p, c: _pick(p, _UY_PETS, 3),
    "species_uy407": lambda p, c: _pick(p, ("Canino", "Canino", "Felino"), 4),
    "breed_uy407": lambda p, c: _pick(p, _UY_BREEDS, 5),
    "chip_uy407": lambda p, c: _chip(p, "858"),
    "neutered_uy407": lambda p, c: _pick(p, ("Sí", "No", "Sí"), 6),
    # Laos: cattle and buffalo vaccination
    "la_id407": lambda p, c: _la_id(p),
    "la_name407": lambda p, c: _by_sex(p, _LA_NAMES_M, _LA_NAMES_F, 1),
    "sex_la407": lambda p, c: "ຊາຍ" if p.male else "ຍິງ",
    "la_village407": lambda p, c: _la(p)[0],
    "la_district407": lambda p, c: _la(p)[1],
    "la_province407": lambda p, c: _la(p)[2],
    "phone_la407": lambda p, c: _la_phone(p),
    "cattle_la407": lambda p, c: _num(p, 25),
    "buffalo_la407": lambda p, c: _num(p, 12),
    "vaccine_la407": lambda p, c: _pick(p, _LA_VACCINES, 2),
    "vet_la407": lambda p, c: _by_sex(p, _LA_NAMES_F, _LA_NAMES_M, 4),
    # Uganda: FMD vaccination
    "ug_nin407": lambda p, c: _ug_nin(p),
    "ug_name407": lambda p, c: (
        f"{_pick(p, _UG_LAST, 2).upper()} {_by_sex(p, _UG_FIRST_M, _UG_FIRST_F, 1)}"
    ),
    "sex_ug407": lambda p, c: "M" if p.male else "F",
    "ug_village407": lambda p, c: _ug(p)[0],
    "ug_sub407": lambda p, c: _ug(p)[1],
    "ug_district407": lambda p, c: _ug(p)[2],
    "phone_ug407": lambda p, c: (
        f"07{_pick(p, ('7', '8', '0', '5'), 3)}{p.phone[3]} {p.phone[4:10]}"
    ),
    "cattle_ug407": lambda p, c: 5 + _num(p, 180),
    "batch_ug407": lambda p, c: f"FMD-{p.other_date:%y}-{p.bhxh[2:6]}",
    "vaccinator_ug407": lambda p, c: f"Dr. {_pick(p, _UG_LAST, 5)} (DVO)",
    # Lithuania: pet register
    "ak_lt407": lambda p, c: _asmens_kodas(p),
    "lt_given407": lambda p, c: _by_sex(p, _LT_GIVEN_M, _LT_GIVEN_F, 1),
    "lt_family407": lambda p, c: _lt_family(p),
    "lt_street407": lambda p, c: _lt(p)[0],
    "lt_town407": lambda p, c: _lt(p)[1],
    "lt_post407": lambda p, c: _lt(p)[2],
    "phone_lt407": lambda p, c: _lt_phone(p),
    "pet_lt407": lambda p, c: _pick(p, _LT_PETS, 2),
    "chip_lt407": lambda p, c: _chip(p, "440"),
    "passport_lt407": lambda p, c: f"LT-{p.bhxh[1:8]}",
    "vet_lt407": lambda p, c: f"{_pick(p, ('Vet. gyd. R. Kairys', 'Vet. gyd. A. Urbonienė'), 3)}",
    # Kyrgyzstan: livestock identification
    "pin_kg407": lambda p, c: _pin_kg(p),
    "kg_name407": lambda p, c: " ".join(_kg_name(p)),
    "sex_kg407": lambda p, c: "муж." if p.male else "жен.",
    "kg_village407": lambda p, c: _kg_place(p)[0],
    "kg_rayon407": lambda p, c: _kg_place(p)[1],
    "kg_oblast407": lambda p, c: _kg_place(p)[2],
    "phone_kg407": lambda p, c: _kg_phone(p),
    "animal_kg407": lambda p, c: _pick(p, _KG_ANIMALS, 2),
    "heads_kg407": lambda p, c: 1 + _num(p, 60),
    "tag_kg407": lambda p, c: f"KG{p.bhxh[:4]} {p.bhxh[4:10]}",
    "vet_kg407": lambda p, c: f"{_pick(p, ('Жээнбеков', 'Осмонов', 'Исаков'), 3)} К.А.",
}

__all__ = ["WRITERS_BLIND407"]
