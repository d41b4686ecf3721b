"""How the people of the two hundred and seventeenth part of the outside corpus (**blind 217**,
:mod:`lienthong.quality._corpus_blind217`) are written: four Vietnamese files' own columns (a
bite and its rabies vaccine schedule, a tenant's electric motorbike and charging point, a
trader's verified scale, an elderly member's bone density) and Fijian, Samoan, Tongan, Papua New
Guinean and ni-Vanuatu names, places, phones and identity numbers in the forms their offices
write them (the Fiji TIN ``50-12345-6-7`` or run together, the PNG NID of ten digits)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _place

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ANIMALS = ("Chó nhà", "Chó hàng xóm", "Mèo nhà", "Chó thả rông", "Mèo hoang", "Chó nhà")
_VN_WOUNDS = ("Cẳng chân phải", "Bàn tay trái", "Ngón tay", "Bắp chân trái", "Mặt", "Đùi phải")
_VN_EXPOSURE = ("Độ II", "Độ III", "Độ II", "Độ I", "Độ III")
_VN_RABIES_VX = ("Verorab", "Abhayrab", "Speeda", "Indirab", "Verorab")
_VN_SERUM = ("Không", "SAR 1000UI", "Không", "ERIG (Premirab)", "Không")
_VN_SCHEDULE = (
    "TB 0-3-7-14-28: đủ 5 mũi",
    "TB 0-3-7-14-28: mới 3 mũi",
    "TTD 0-3-7-28: đủ",
    "TTD 0-3-7-28: bỏ mũi 28",
    "TB 0-3 (đã tiêm dự phòng trước)",
)
_VN_EBIKES = (
    "VinFast Evo200",
    "VinFast Feliz S",
    "Yadea Voltguard",
    "Pega NewTech",
    "Xe đạp điện Asama",
    "Dat Bike Weaver",
)
_VN_CHARGE = (
    "Khu sạc tập trung tầng 1 (có CB riêng)",
    "Sân sau, tủ sạc số 2",
    "Nhà xe tầng hầm, ổ số 5",
    "Sạc tại ngoài trời, có mái che",
)
_VN_MARKETS = ("Chợ Đồng Xuân", "Chợ Hôm", "Chợ Mơ", "Chợ Long Biên", "Chợ Ngã Tư Sở")
_VN_SCALES = (
    "Cân đồng hồ lò xo",
    "Cân điện tử bàn",
    "Cân đĩa",
    "Cân treo móc",
    "Cân bàn cơ khí",
)
_VN_SCALE_MAX = ("5 kg", "30 kg", "60 kg", "100 kg", "15 kg", "30 kg")
_VN_SCALE_RESULT = ("Đạt", "Đạt", "Không đạt - sai số vượt", "Đạt", "Đạt - đã hiệu chỉnh")
_VN_HAMLETS = ("Thôn Đông", "Thôn Trung", "Xóm 3", "Xóm Bến", "Thôn Thượng", "Đội 7")
_VN_BONE = ("Bình thường", "Thiếu xương", "Loãng xương", "Loãng xương nặng")
_VN_FRACTURE = ("Không", "Không", "Gãy cổ tay 2019", "Không rõ", "Lún đốt sống")

_FJ_FAMILY = ("Ravouvou", "Naidu", "Tabuadua", "Ram", "Qaranivalu", "Sharma", "Tuiloma")
_FJ_GIVEN_M = ("Semi", "Pranil", "Tomasi", "Ajay Kumar", "Apenisa", "Sunil", "Ilaitia")
_FJ_GIVEN_F = ("Kelera", "Sheetal", "Ana", "Roshni", "Mere", "Alisi", "Vandana")
#: (koro or settlement, tikina, yasana)
_FJ_PLACES = (
    ("Nakasi", "Naitasiri", "Naitasiri"),
    ("Lomaivuna", "Waidina", "Naitasiri"),
    ("Nacula", "Nacula", "Ba"),
    ("Vunimono", "Nausori", "Tailevu"),
    ("Vaturekuka", "Labasa", "Macuata"),
    ("Somosomo", "Cakaudrove", "Cakaudrove"),
)
_FJ_SCHEME = (
    "Poverty Benefit Scheme",
    "Social Pension Scheme",
    "Disability Allowance",
    "Care & Protection",
)
_WS_FAMILY = ("Toleafoa", "Leota", "Fuimaono", "Tuilagi", "Faleolo", "Amituanai", "Sapolu")
_WS_GIVEN_M = ("Ioane", "Sione", "Faamanu", "Pita", "Tavita", "Lemalu")
_WS_GIVEN_F = ("Malia", "Losa", "Fetu", "Siniva", "Teuila", "Leilani")
_WS_TITLES = ("Tuiletufuga", "Leiataua", "Fonoti", "Seiuli", "Lauofo", "Tofilau", "Afamasaga")
#: (nu'u, itumalo)
_WS_PLACES = (
    ("Lufilufi", "Anoamaa Sasae"),
    ("Saleaula", "Gagaemauga"),
    ("Falealili", "Falealili"),
    ("Vaimoso", "Faleata Sasae"),
    ("Safotu", "Gagaifomauga"),
    ("Leulumoega", "Aana Alofi"),
)
_TO_FAMILY = ("Fifita", "Taufa", "Tupou", "Vea", "Latu", "Moala", "Havili", "Lolohea")
_TO_GIVEN_M = ("Sione", "Viliami", "Siosaia", "Tevita", "Semisi", "Paula")
_TO_GIVEN_F = ("Mele", "Salote", "'Ana", "Lesieli", "Losaline", "Kalolaine")
#: (kolo, vahefonua, motu)
_TO_PLACES = (
    ("Kolofo'ou", "Kolofo'ou", "Tongatapu"),
    ("Houma", "Vahe Hihifo", "Tongatapu"),
    ("Neiafu", "Vava'u Motu", "Vava'u"),
    ("Pangai", "Lifuka", "Ha'apai"),
    ("Lapaha", "Vahe Hahake", "Tongatapu"),
    ("'Ohonua", "'Eua", "'Eua"),
)
_TO_ESTATES = (
    "Tofi'a 'o Tungi",
    "Tofi'a 'o Nuku",
    "Tofi'a 'o Vaea",
    "'Api Pule'anga",
    "Tofi'a 'o Ma'afu",
)
_PG_FAMILY = ("Kaupa", "Wari", "Yakam", "Tomake", "Kuman", "Pawa", "Mond", "Toua")
_PG_GIVEN_M = ("John", "Peter", "Kila", "Moses", "Joe", "Andrew", "Simon")
_PG_GIVEN_F = ("Mary", "Grace", "Kapi", "Rose", "Helen", "Ruth", "Lucy")
_PG_CLANS = ("Komunka", "Yamka", "Kuip", "Nenega", "Ulga", "Kumbuka")
#: (ples, wod, LLG, provins)
_PG_PLACES = (
    ("Kuk", "Wod 4", "Dei Rural", "Western Highlands"),
    ("Kundiawa Station", "Wod 2", "Kundiawa Urban", "Simbu"),
    ("Omili", "Wod 9", "Kerowil Rural", "Western Highlands"),
    ("Bena", "Wod 12", "Unggai Rural", "Eastern Highlands"),
    ("Baiyer", "Wod 7", "Lumusa Rural", "Western Highlands"),
)
_VU_FAMILY = ("Tari", "Kalsakau", "Molisa", "Natapei", "Bule", "Lini", "Tabi", "Vira")
_VU_GIVEN_M = ("Jimmy", "Kalo", "Ham", "Willie", "Johnson", "Moses")
_VU_GIVEN_F = ("Lily", "Mary", "Leisel", "Rosie", "Nelly", "Esther")
#: (vilej, aelan, provins)
_VU_PLACES = (
    ("Lolowai", "Ambae", "Penama"),
    ("Lamap", "Malekula", "Malampa"),
    ("Port Olry", "Santo", "Sanma"),
    ("Lenakel", "Tanna", "Tafea"),
    ("Mele", "Efate", "Shefa"),
    ("Saratamata", "Ambae", "Penama"),
)
_VU_KAVA = ("Borogu", "Melomelo", "Palisi", "Ahouia", "Borogu", "Palarasul")


def _fj_tin(p: Person) -> str:
    digits = f"5{int(p.bhxh[:2]) % 10}{p.bhxh[2:9]}"
    if int(p.bhxh) % 3 == 0:
        return f"{digits[:2]}-{digits[2:7]}-{digits[7]}-{digits[8]}"
    return digits


def _fj_name(p: Person, salt: int) -> str:
    return f"{_by_sex(p, _FJ_GIVEN_M, _FJ_GIVEN_F, salt)} {_pick(p, _FJ_FAMILY, salt + 1)}"


def _pg_name(p: Person, salt: int, male: bool) -> str:
    given = _pick(p, _PG_GIVEN_M if male else _PG_GIVEN_F, salt)
    return f"{given} {_pick(p, _PG_FAMILY, salt + 1)}"


WRITERS_BLIND217: dict[str, Callable[[Person, Col], object]] = {
    "rabies_code217": lambda p, c: f"D{p.other_date:%y}-{p.bhxh[-4:]}",
    "guardian217": lambda p, c: _other_vn(p, 3, None, p.family),
    "animal217": lambda p, c: _pick(p, _VN_ANIMALS, 2),
    "animal_owner217": lambda p, c: _other_vn(p, 4),
    "wound217": lambda p, c: _pick(p, _VN_WOUNDS, 3),
    "exposure217": lambda p, c: _pick(p, _VN_EXPOSURE, 4),
    "rabies_vaccine217": lambda p, c: _pick(p, _VN_RABIES_VX, 5),
    "serum217": lambda p, c: _pick(p, _VN_SERUM, 6),
    "schedule217": lambda p, c: _pick(p, _VN_SCHEDULE, 2),
    "room217": lambda p, c: f"P{_num(p, 6) + 1}0{_num(p, 8) + 1}",
    "ebike217": lambda p, c: _pick(p, _VN_EBIKES, 2),
    "plate217": lambda p, c: f"29MĐ1-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}",
    "charge_spot217": lambda p, c: _pick(p, _VN_CHARGE, 3),
    "landlord217": lambda p, c: _other_vn(p, 5),
    "landlord_phone217": lambda p, c: _other_phone(p, "091"),
    "police217": lambda p, c: f"Thượng úy {_other_vn(p, 6, True)}",
    "market217": lambda p, c: _pick(p, _VN_MARKETS, 2),
    "stall217": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'KH'), 3)}-{_num(p, 150) + 1}",
    "scale217": lambda p, c: _pick(p, _VN_SCALES, 4),
    "scale_max217": lambda p, c: _pick(p, _VN_SCALE_MAX, 5),
    "seal217": lambda p, c: f"KĐ {p.bhxh[2:8]}",
    "scale_result217": lambda p, c: _pick(p, _VN_SCALE_RESULT, 6),
    "inspector217": lambda p, c: _other_vn(p, 7),
    "hamlet217": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "child_phone217": lambda p, c: _other_phone(p, "097"),
    "height217": lambda p, c: str(145 + _num(p, 25)),
    "weight217": lambda p, c: f"{40 + _num(p, 30)},{p.bhxh[-1]}",
    "tscore217": lambda p, c: f"{'-' if _num(p, 4) > 1 else '+'}{_num(p, 4) - 1}.{p.bhxh[-2]}",
    "bone217": lambda p, c: _VN_BONE[_num(p, 4) - 1],
    "fracture217": lambda p, c: _pick(p, _VN_FRACTURE, 4),
    "fj_family217": lambda p, c: _pick(p, _FJ_FAMILY, 2),
    "fj_given217": lambda p, c: _by_sex(p, _FJ_GIVEN_M, _FJ_GIVEN_F, 3),
    "tin_fj217": lambda p, c: _fj_tin(p),
    "sex_fj217": lambda p, c: "Tagane" if p.male else "Yalewa",
    "koro_fj217": lambda p, c: _place(p, _FJ_PLACES)[0],
    "tikina_fj217": lambda p, c: _place(p, _FJ_PLACES)[1],
    "yasana_fj217": lambda p, c: _place(p, _FJ_PLACES)[2],
    "phone_fj217": lambda p, c: (
        f"{_pick(p, ('+679 ', ''), 4)}{_pick(p, ('9', '7', '8'), 5)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "scheme_fj217": lambda p, c: _pick(p, _FJ_SCHEME, 2),
    "allowance_fj217": lambda p, c: _pick(p, ("$100.00", "$120.00", "$90.00", "$150.00"), 3),
    "bank_fj217": lambda p, c: f"{_pick(p, ('BSP', 'ANZ', 'Westpac', 'HFC'), 4)} {p.bhxh[1:9]}",
    "officer_fj217": lambda p, c: _fj_name(p, 6),
    "matai_ws217": lambda p, c: _pick(p, _WS_TITLES, 2),
    "ws_name217": lambda p, c: (
        f"{_by_sex(p, _WS_GIVEN_M, _WS_GIVEN_F, 3)} {_pick(p, _WS_FAMILY, 4)}"
    ),
    "nid_ws217": lambda p, c: f"{p.bhxh[::-1][:4]} {p.bhxh[3:7]} {p.bhxh[7:9]}",
    "sex_ws217": lambda p, c: "Tane" if p.male else "Fafine",
    "village_ws217": lambda p, c: _place(p, _WS_PLACES)[0],
    "itumalo_ws217": lambda p, c: _place(p, _WS_PLACES)[1],
    "phone_ws217": lambda p, c: f"+685 7{_pick(p, ('2', '5', '6', '7'), 5)}{p.phone[5:10]}",
    "aiga_ws217": lambda p, c: f"Sa{_pick(p, _WS_TITLES, 6)}",
    "savali_ws217": lambda p, c: f"LC {p.bhxh[-4:]}/{p.other_date:%Y}",
    "objection_ws217": lambda p, c: _pick(p, ("Leai", "Leai", "Ioe - Talosaga 12/25", "Leai"), 7),
    "to_name217": lambda p, c: (
        f"{_by_sex(p, _TO_GIVEN_M, _TO_GIVEN_F, 2)} {_pick(p, _TO_FAMILY, 3)}"
    ),
    "nid_to217": lambda p, c: f"{p.birth:%y}{p.bhxh[2:9]}",
    "sex_to217": lambda p, c: "Tangata" if p.male else "Fefine",
    "kolo_to217": lambda p, c: _place(p, _TO_PLACES)[0],
    "vahe_to217": lambda p, c: _place(p, _TO_PLACES)[1],
    "motu_to217": lambda p, c: _place(p, _TO_PLACES)[2],
    "phone_to217": lambda p, c: f"+676 {_pick(p, ('77', '78', '84', '87'), 4)}{p.phone[5:10]}",
    "api_to217": lambda p, c: _pick(p, ("'Api kolo", "'Api tukuhau", "'Api kolo"), 5),
    "tofia_to217": lambda p, c: _pick(p, _TO_ESTATES, 6),
    "deed_to217": lambda p, c: f"Deed {p.bhxh[-3:]}/Folio {_num(p, 90) + 1}",
    "acres_to217": lambda p, c: _pick(p, ("8a 1r 24p", "0a 1r 24p", "8a 0r 0p", "0a 2r 10p"), 7),
    "pg_name217": lambda p, c: _pg_name(p, 2, p.male),
    "nid_pg217": lambda p, c: f"{p.bhxh[::-1][:3]}{p.bhxh[:7]}",
    "sex_pg217": lambda p, c: "Man" if p.male else "Meri",
    "clan_pg217": lambda p, c: _pick(p, _PG_CLANS, 3),
    "father_pg217": lambda p, c: _pg_name(p, 4, True),
    "ples_pg217": lambda p, c: _place(p, _PG_PLACES)[0],
    "wod_pg217": lambda p, c: _place(p, _PG_PLACES)[1],
    "llg_pg217": lambda p, c: _place(p, _PG_PLACES)[2],
    "prov_pg217": lambda p, c: _place(p, _PG_PLACES)[3],
    "phone_pg217": lambda p, c: f"{_pick(p, ('+675 ', ''), 5)}7{p.phone[3:6]} {p.phone[6:10]}",
    "ilg_pg217": lambda p, c: f"ILG/{_num(p, 9000) + 1000}",
    "vu_name217": lambda p, c: (
        f"{_by_sex(p, _VU_GIVEN_M, _VU_GIVEN_F, 2)} {_pick(p, _VU_FAMILY, 3)}"
    ),
    "nid_vu217": lambda p, c: p.bhxh[2:9],
    "sex_vu217": lambda p, c: "Man" if p.male else "Woman",
    "vilej_vu217": lambda p, c: _place(p, _VU_PLACES)[0],
    "aelan_vu217": lambda p, c: _place(p, _VU_PLACES)[1],
    "prov_vu217": lambda p, c: _place(p, _VU_PLACES)[2],
    "phone_vu217": lambda p, c: f"+678 {_pick(p, ('7', '5'), 4)}{p.phone[4:10]}",
    "kava_vu217": lambda p, c: _pick(p, _VU_KAVA, 5),
    "plants_vu217": lambda p, c: str((_num(p, 60) + 2) * 25),
    "garden_vu217": lambda p, c: f"{_num(p, 30) / 10 + 0.1:.1f}",
    "officer_vu217": lambda p, c: f"{_pick(p, _VU_GIVEN_M, 6)} {_pick(p, _VU_FAMILY, 7)}",
}

__all__ = ["WRITERS_BLIND217"]
