"""How the people of the twenty-fourth part of the outside corpus (**blind 24**,
:mod:`lienthong.quality._corpus_blind24`) are written: four Vietnamese files' own columns (a stall
trader's stall, goods, area and helper, an apartment resident's flat, relation, plate and
emergency contact, a tuberculosis patient's code, disease class, regimen and treatment supporter,
a youth volunteer's branch, campaign and branch secretary) and Guyanese, Bosnian, Ivorian, Afghan
and Fijian names, addresses, phones and identity numbers in the forms their cards show (only the
Bosnian JMBG publishes a check digit, its weighted mod 11 digit; the Guyanese national ID card
number, the Ivorian CNI number, the Afghan e-Tazkira number and the Fijian TIN have none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.identifiers import make_cccd
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _mod11
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_people import _FAMILY

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_GOODS = ("Vải sợi", "Thịt heo", "Rau củ", "Hải sản tươi", "Tạp hóa", "Giày dép", "Trái cây")
_VN_AREAS = ("3", "4,5", "6", "2,25", "9", "12")
_VN_BLOCKS = ("A", "B", "C", "S1", "S2")
_VN_BUILDINGS = (
    ("Chung cư Lê Thành", "Đường số 7, P. An Lạc, Q. Bình Tân, TP.HCM", "762000"),
    ("CC Carina Plaza", "1648 Võ Văn Kiệt, P. 16, Q. 8, TP.HCM", "717000"),
    ("Chung cư Hoàng Anh Gia Lai 3", "Nguyễn Hữu Thọ, X. Phước Kiển, H. Nhà Bè, TP.HCM", "758000"),
    ("CC Sky Garden 2", "Nguyễn Văn Linh, P. Tân Phong, Q. 7, TP.HCM", "756000"),
)
_VN_OWNER_RELATIONS = ("Chủ hộ", "Chủ hộ", "Vợ", "Chồng", "Con", "Người thuê", "Mẹ")
_VN_TB_CLASSES = ("AFB(+) mới", "AFB(-)", "Lao ngoài phổi", "Tái phát", "MDR-TB")
_VN_REGIMENS = ("2RHZE/4RHE", "2RHZE/4RH", "2RHZE/10RHE", "BPaLM")
_VN_BRANCHES = ("Chi đoàn KP 3", "Chi đoàn Trường THPT Nguyễn Du", "Chi đoàn Cty Điện lực")
_VN_CAMPAIGNS = ("Mùa hè xanh 2025", "Xuân tình nguyện 2026", "Tiếp sức mùa thi", "Hiến máu")
_GY_FAMILY = ("PERSAUD", "SINGH", "RAMDIN", "WILLIAMS", "GONSALVES", "JAMES", "ALI", "BOODHOO")
_GY_GIVEN_M = ("Ravindra", "Shawn Anthony", "Mohamed Imran", "Devon", "Kwame", "Terrence")
_GY_GIVEN_F = ("Savitri", "Natasha Ann", "Bibi Shaleeza", "Tiffany", "Onika", "Roxanne")
#: (address pattern, region written as the NIS writes it)
_GY_PLACES = (
    ("Lot {n} Regent Street, Lacytown, Georgetown", "Region 4"),
    ("Lot {n} Sheriff Street, Campbellville, Georgetown", "Region 4"),
    ("{n} Section 'C', Enterprise, East Coast Demerara", "Region 4"),
    ("Lot {n} Republic Road, New Amsterdam, Berbice", "Region 6"),
    ("{n} Public Road, Anna Regina, Essequibo Coast", "Region 2"),
    ("Lot {n} Amelia's Ward, Linden", "Region 10"),
)
_BA_FAMILY = ("Hodžić", "Begić", "Kovačević", "Delić", "Hadžić", "Jurić", "Šehić", "Marković")
_BA_GIVEN_M = ("Amar", "Edin", "Haris", "Nedim", "Dženan", "Mirza", "Ivan")
_BA_GIVEN_F = ("Amra", "Lejla", "Selma", "Emina", "Aida", "Ivana", "Adna")
#: (JMBG region, street, postcode, municipality)
_BA_PLACES = (
    ("17", "Ferhadija", "71000", "Stari Grad"),
    ("17", "Zmaja od Bosne", "71000", "Novo Sarajevo"),
    ("18", "Maršala Tita", "75000", "Tuzla"),
    ("19", "Alekse Šantića", "72000", "Zenica"),
    ("15", "Kralja Tomislava", "88000", "Mostar"),
    ("16", "Trg Krajine", "78000", "Banja Luka"),
)
_CI_FAMILY = ("KOUASSI", "KONE", "TRAORE", "YAO", "KOUAME", "OUATTARA", "N'GUESSAN", "BAMBA")
_CI_GIVEN_M = ("Koffi Jean-Baptiste", "Adama", "Yao Serge", "Ibrahim", "Kouadio Hermann")
_CI_GIVEN_F = ("Aya Christelle", "Mariam", "Affoué Pélagie", "Fatoumata", "Adjoua Estelle")
#: (quartier, commune, post box pattern, town)
_CI_PLACES = (
    ("Riviera 2, Lot {n}", "Cocody", "01 BP {b} Abidjan 01", "Abidjan"),
    ("Sicogi, Îlot {n}", "Yopougon", "21 BP {b} Abidjan 21", "Abidjan"),
    ("Quartier Remblais, Porte {n}", "Treichville", "08 BP {b} Abidjan 08", "Abidjan"),
    ("Quartier Commerce, Lot {n}", "Bouaké", "BP {b} Bouaké 01", "Bouaké"),
    ("Quartier Lobia, Villa {n}", "Daloa", "BP {b} Daloa", "Daloa"),
)
_CI_BIRTHPLACES = ("Abidjan", "Bouaké", "Daloa", "Korhogo", "Yamoussoukro", "Man", "Gagnoa")
_AF_GIVEN_M = ("احمد", "محمد نبی", "عبدالله", "گل آقا", "نجیب الله", "حبیب الله")
_AF_GIVEN_F = ("فرشته", "مریم", "زرغونه", "ملالی", "شکیلا", "نازیه")
_AF_FATHERS = ("غلام حیدر", "عبدالرحمن", "محمد اکرم", "نور احمد", "سید جان")
_AF_FAMILY = ("احمدی", "رحیمی", "حیدری", "نوری", "محمدی", "صدیقی", "حسینی")
#: (city, nahia or district, guzar or village, postcode)
_AF_PLACES = (
    ("کابل", "ناحیه ۵", "کارته سه", "1005"),
    ("کابل", "ناحیه ۱۳", "دشت برچی", "1013"),
    ("هرات", "ناحیه ۲", "جاده ولایت", "3001"),
    ("مزار شریف", "ناحیه ۴", "کارته آریانا", "1701"),
    ("کابل", "ناحیه ۱۱", "خیرخانه", "1011"),
)
_FJ_FAMILY = ("Naidu", "Tuilagi", "Ravuvu", "Prasad", "Vakadewavosa", "Kumar", "Nadakuitavuki")
_FJ_GIVEN_M = ("Josaia", "Ratu Seru", "Ashwin Kumar", "Viliame", "Ravinesh", "Peceli")
_FJ_GIVEN_F = ("Mereoni", "Salote", "Shalini Devi", "Litia", "Priya", "Adi Losana")
#: (residential address pattern, post box written as the fund writes it)
_FJ_PLACES = (
    ("Lot {n} Ratu Mara Road, Samabula, Suva", "P.O. Box {b}, Suva"),
    ("{n} Grantham Road, Raiwai, Suva", "G.P.O. Box {b}, Suva"),
    ("Lot {n} Namaka, Nadi", "P.O. Box {b}, Nadi"),
    ("{n} Vitogo Parade, Lautoka", "P.O. Box {b}, Lautoka"),
    ("Lot {n} Nasinu Road, Nakasi, Nasinu", "P.O. Box {b}, Nausori"),
)


def _other_vn(p: Person, salt: int, male: bool | None = None) -> str:
    """Another Vietnamese person's name (a helper, a supporter, a secretary)."""
    is_male = int(p.bhxh) // (salt + 1) % 2 == 0 if male is None else male
    return _vn_name(p, is_male, _pick(p, _FAMILY, salt), salt + 1)


def _other_phone(p: Person, lead: str = "09") -> str:
    return f"{lead}{p.bhxh[::-1][: 10 - len(lead)]}"


def _building(p: Person) -> tuple[str, str, str]:
    return _VN_BUILDINGS[int(p.bhxh) // 9 % len(_VN_BUILDINGS)]


def _flat(p: Person) -> str:
    return f"{_pick(p, _VN_BLOCKS, 3)}-{_num(p, 25):02d}.{_num(p, 12):02d}"


def _vn_post(p: Person, salt: int) -> str:
    """A six-digit Vietnamese postcode of Hồ Chí Minh City (7xxxxx)."""
    return f"7{_pick(p, ('0', '1', '2', '3', '4', '5'), salt)}{p.bhxh[-3:-1]}00"


def _youth_birth(p: Person) -> date:
    """A youth union member's birthday: the person's day and month, aged 16 to 29 (1996-2009)."""
    return date(1996 + p.birth.year % 14, p.birth.month, min(p.birth.day, 28))


def _youth_cccd(p: Person) -> str:
    """The volunteer's own identification number, of a 1996-2009 birth."""
    return make_cccd(
        p.cccd[:3], "male" if p.male else "female", _youth_birth(p).year, int(p.bhxh[-6:])
    )


def _gy_place(p: Person) -> tuple[str, str]:
    return _GY_PLACES[int(p.bhxh) // 9 % len(_GY_PLACES)]


def _ba_place(p: Person) -> tuple[str, str, str, str]:
    return _BA_PLACES[int(p.bhxh) // 9 % len(_BA_PLACES)]


def _jmbg_ba(p: Person, salt: int = 0, male: bool | None = None) -> str:
    """A Bosnian JMBG: ddmm, the year's last three digits, a region of 10-19, 000-499 for men,
    the mod 11 digit (weights 7..2 twice; a remainder giving 10 is never issued)."""
    is_male = p.male if male is None else male
    for k in range(60):
        serial = (int(p.bhxh[-3:]) + salt * 37 + k) % 500 + (0 if is_male else 500)
        birth = p.birth - timedelta(days=salt * 9131)
        body = f"{birth:%d%m}{birth.year % 1000:03d}{_ba_place(p)[0]}{serial:03d}"
        check = 11 - _mod11(body, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
        if check != 10:
            break
    return f"{body}{check % 11}"


def _ci_place(p: Person) -> tuple[str, str, str, str]:
    return _CI_PLACES[int(p.bhxh) // 9 % len(_CI_PLACES)]


def _af_place(p: Person) -> tuple[str, str, str, str]:
    return _AF_PLACES[int(p.bhxh) // 9 % len(_AF_PLACES)]


def _fj_place(p: Person) -> tuple[str, str]:
    return _FJ_PLACES[int(p.bhxh) // 9 % len(_FJ_PLACES)]


WRITERS_BLIND24: dict[str, Callable[[Person, Col], object]] = {
    "stall24": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D'), 2)}{_num(p, 180):03d}",
    "goods24": lambda p, c: _pick(p, _VN_GOODS, 3),
    "area24": lambda p, c: _pick(p, _VN_AREAS, 4),
    "helper24": lambda p, c: "" if int(p.bhxh) % 3 == 0 else _other_vn(p, 5, False),
    "helper_phone24": lambda p, c: "" if int(p.bhxh) % 3 == 0 else _other_phone(p, "03"),
    "post24": lambda p, c: _vn_post(p, 2),
    "flat24": lambda p, c: _flat(p),
    "relation24": lambda p, c: _pick(p, _VN_OWNER_RELATIONS, 4),
    "apartment24": lambda p, c: f"Căn {_flat(p)}, {_building(p)[0]}, {_building(p)[1]}",
    "apt_post24": lambda p, c: _building(p)[2],
    "plate24": lambda p, c: (
        f"59-{_pick(p, ('X1', 'H1', 'P2', 'T1', 'G1'), 2)} {p.bhxh[2:5]}.{p.bhxh[5:7]}"
    ),
    "emergency24": lambda p, c: _other_vn(p, 6),
    "emergency_phone24": lambda p, c: _other_phone(p, "09"),
    "patient24": lambda p, c: f"BT{p.bhxh[:2]}-{p.bhxh[-5:]}/25",
    "tb_post24": lambda p, c: _vn_post(p, 3),
    "tb_class24": lambda p, c: _pick(p, _VN_TB_CLASSES, 4),
    "regimen24": lambda p, c: _pick(p, _VN_REGIMENS, 5),
    "supporter24": lambda p, c: _other_vn(p, 7),
    "supporter_phone24": lambda p, c: _other_phone(p, "08"),
    "form_time24": lambda p, c: (
        f"{p.updated:%d/%m/%Y} {p.updated.hour}:{int(p.bhxh[-2:]) % 60:02d}"
        f":{int(p.bhxh[-4:-2]) % 60:02d}"
    ),
    "youth_birth24": lambda p, c: f"{_youth_birth(p):%d/%m/%Y}",
    "youth_cccd24": lambda p, c: _youth_cccd(p),
    "youth_post24": lambda p, c: _vn_post(p, 4),
    "branch24": lambda p, c: _pick(p, _VN_BRANCHES, 2),
    "campaign24": lambda p, c: _pick(p, _VN_CAMPAIGNS, 3),
    "secretary24": lambda p, c: _other_vn(p, 8),
    "secretary_phone24": lambda p, c: _other_phone(p, "07"),
    "id_gy24": lambda p, c: f"{_pick(p, ('0', '1'), 2)}{p.bhxh[2:10]}",
    "nis_gy24": lambda p, c: f"{p.bhxh[:7]}",
    "gy_family24": lambda p, c: _pick(p, _GY_FAMILY, 2),
    "gy_given24": lambda p, c: _by_sex(p, _GY_GIVEN_M, _GY_GIVEN_F, 1),
    "sex_gy24": lambda p, c: "M" if p.male else "F",
    "address_gy24": lambda p, c: _gy_place(p)[0].format(n=_num(p, 90)),
    "region_gy24": lambda p, c: _gy_place(p)[1],
    "phone_gy24": lambda p, c: f"+592 6{p.phone[3:5]} {p.phone[5:9]}",
    "nok_gy24": lambda p, c: (
        f"{_by_sex(p, _GY_GIVEN_F, _GY_GIVEN_M, 4)} {_pick(p, _GY_FAMILY, 5).title()}"
    ),
    "nok_phone_gy24": lambda p, c: f"+592 6{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:6]}",
    "jmbg_ba24": lambda p, c: _jmbg_ba(p),
    "ba_family24": lambda p, c: _pick(p, _BA_FAMILY, 2),
    "ba_given24": lambda p, c: _by_sex(p, _BA_GIVEN_M, _BA_GIVEN_F, 1),
    "sex_ba24": lambda p, c: "M" if p.male else "Ž",
    "address_ba24": lambda p, c: f"{_ba_place(p)[1]} {_num(p, 60)}",
    "post_ba24": lambda p, c: _ba_place(p)[2],
    "opcina_ba24": lambda p, c: _ba_place(p)[3],
    "phone_ba24": lambda p, c: (
        f"06{_pick(p, ('1', '2', '3', '5'), 3)}/{p.phone[4:7]}-{p.phone[7:10]}"
    ),
    "holder_ba24": lambda p, c: (
        "" if int(p.bhxh) % 3 else f"{_pick(p, _BA_GIVEN_M, 4)} {_pick(p, _BA_FAMILY, 2)}"
    ),
    "holder_jmbg_ba24": lambda p, c: "" if int(p.bhxh) % 3 else _jmbg_ba(p, 1, True),
    "cni_ci24": lambda p, c: f"CI00{p.bhxh[3:10]}",
    "ci_family24": lambda p, c: _pick(p, _CI_FAMILY, 2),
    "ci_given24": lambda p, c: _by_sex(p, _CI_GIVEN_M, _CI_GIVEN_F, 1),
    "birthplace_ci24": lambda p, c: _pick(p, _CI_BIRTHPLACES, 3),
    "sex_ci24": lambda p, c: "H" if p.male else "F",
    "address_ci24": lambda p, c: (
        f"{_ci_place(p)[0].format(n=_num(p, 90))}, {_ci_place(p)[1]}"
        + ("" if _ci_place(p)[1] == _ci_place(p)[3] else f", {_ci_place(p)[3]}")
    ),
    "bp_ci24": lambda p, c: _ci_place(p)[2].format(b=p.bhxh[-4:]),
    "phone_ci24": lambda p, c: (
        f"{_pick(p, ('07', '05', '01'), 3)} {p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "contact_ci24": lambda p, c: (
        f"{_pick(p, _CI_FAMILY, 5)} {_by_sex(p, _CI_GIVEN_F, _CI_GIVEN_M, 4)}"
    ),
    "contact_phone_ci24": lambda p, c: (
        f"07 {p.bhxh[::-1][:2]} {p.bhxh[::-1][2:4]} {p.bhxh[::-1][4:6]} {p.bhxh[::-1][6:8]}"
    ),
    "af_given24": lambda p, c: _by_sex(p, _AF_GIVEN_M, _AF_GIVEN_F, 1),
    "father_af24": lambda p, c: _pick(p, _AF_FATHERS, 2),
    "af_family24": lambda p, c: _pick(p, _AF_FAMILY, 3),
    "tazkira_af24": lambda p, c: (
        f"{_pick(p, ('1399', '1400', '1401'), 4)}-0{p.bhxh[:3]}-{p.bhxh[-5:]}"
    ),
    "sex_af24": lambda p, c: "مرد" if p.male else "زن",
    "address_af24": lambda p, c: (
        f"{_af_place(p)[0]}، {_af_place(p)[1]}، {_af_place(p)[2]}، کوچه {_num(p, 30)}"
    ),
    "post_af24": lambda p, c: _af_place(p)[3],
    "phone_af24": lambda p, c: (
        f"07{_pick(p, ('99', '00', '29', '88', '77'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "elder_af24": lambda p, c: f"{_pick(p, _AF_GIVEN_M, 5)} {_pick(p, _AF_FAMILY, 6)}",
    "elder_phone_af24": lambda p, c: f"0700 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:6]}",
    "fnpf_fj24": lambda p, c: f"{p.bhxh[:6]}{p.birth:%y}",
    "tin_fj24": lambda p, c: f"{_pick(p, ('5', '6'), 2)}{p.bhxh[2:10]}",
    "fj_family24": lambda p, c: _pick(p, _FJ_FAMILY, 2),
    "fj_given24": lambda p, c: _by_sex(p, _FJ_GIVEN_M, _FJ_GIVEN_F, 1),
    "sex_fj24": lambda p, c: "Male" if p.male else "Female",
    "address_fj24": lambda p, c: _fj_place(p)[0].format(n=_num(p, 90)),
    "box_fj24": lambda p, c: _fj_place(p)[1].format(b=p.bhxh[-4:].lstrip("0") or "1"),
    "phone_fj24": lambda p, c: f"{_pick(p, ('9', '7', '8', '2'), 3)}{p.phone[4:6]} {p.phone[6:10]}",
    "nominee_fj24": lambda p, c: (
        f"{_by_sex(p, _FJ_GIVEN_F, _FJ_GIVEN_M, 4)} {_pick(p, _FJ_FAMILY, 5)}"
    ),
    "nominee_phone_fj24": lambda p, c: f"9{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:6]}",
}
