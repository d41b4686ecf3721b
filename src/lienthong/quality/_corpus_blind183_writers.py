"""How the people of the hundred-and-eighty-third part of the outside corpus (**blind 183**,
:mod:`lienthong.quality._corpus_blind183`) are written: four Vietnamese registers' own columns
(snakebite patients given antivenom, foreign driving licences exchanged, people hurt by
fireworks over Tết, JLPT candidates) and the names, places, phones and numbers of Kenya's coast,
Zanzibar, Malawi, Zambia and Zimbabwe (the Zimbabwean ID ``63-123456A42`` carries the letter
for the remainder of district and serial by 23; the Zambian NRC is serial, district, 1)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind18_writers import _ZW_LETTERS
from lienthong.quality._corpus_blind27_writers import _mw_id, _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind47_writers import _zanid, _zn_name
from lienthong.quality._corpus_blind90_writers import _ke_id
from lienthong.quality._corpus_blind141_writers import _kra_pin
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam
_SNAKES = (
    "Rắn lục đuôi đỏ",
    "Rắn hổ mang",
    "Rắn chàm quạp",
    "Rắn cạp nong",
    "Không rõ loài",
    "Rắn lục xanh",
)
_BITE_SITES = ("Bàn chân phải", "Cẳng chân trái", "Ngón tay trỏ phải", "Bàn tay trái", "Mu chân")
_REFERRALS = (
    "BVĐK tỉnh Tây Ninh chuyển",
    "TTYT huyện Cần Giờ chuyển",
    "Tự đến",
    "BVĐK tỉnh Bình Phước chuyển",
    "BV Quận 8 chuyển",
)
_SNAKE_OUTCOMES = ("Khỏi, ra viện", "Đỡ, xin về", "Chuyển khoa Ngoại", "Đang điều trị", "Lọc máu")
_DL_COUNTRIES = (
    ("Nhật Bản", "Futsu (thường)"),
    ("Hàn Quốc", "Loại 1 thường"),
    ("Đài Loan", "Xe con thường"),
    ("Hoa Kỳ (California)", "Class C"),
    ("Úc (Victoria)", "Car"),
    ("CHLB Đức", "B"),
)
_VN_CLASSES = ("B", "B", "A1, B", "C1", "A, B")
_FIREWORKS = ("Pháo tự chế", "Pháo bi", "Pháo hoa nổ mua online", "Pháo điện", "Thuốc pháo tự trộn")
_BURNS = (
    "Dập nát bàn tay phải",
    "Bỏng độ II mặt, cổ",
    "Tổn thương giác mạc mắt trái",
    "Cụt 2 đốt ngón tay",
    "Bỏng độ III cẳng tay",
)
_SURGERY = ("Có", "Không", "Có - tháo khớp ngón", "Không")
_JLPT_LEVELS = ("N5", "N4", "N3", "N2", "N1", "N3")
_JLPT_VENUES = (
    "ĐH Ngoại thương - 91 Chùa Láng",
    "ĐH Hà Nội - Km 9 Nguyễn Trãi",
    "ĐH KHXH&NV TP.HCM - 10-12 Đinh Tiên Hoàng",
    "ĐH Ngoại ngữ ĐN - 131 Lương Nhữ Hộc",
)
# -- Kenya's coast
_KC_GIVEN_M = ("Kahindi", "Kazungu", "Charo", "Katana", "Hamisi", "Emmanuel", "Omar")
_KC_GIVEN_F = ("Kadzo", "Dama", "Sidi", "Rehema", "Mwanajuma", "Kache", "Mercy")
_KC_FAMILY = ("Baya", "Mwaringa", "Karisa", "Kenga", "Ngala", "Chengo", "Said", "Tsuma")
_KC_PLACES = (
    ("Watamu", "Watamu", "Kilifi North"),
    ("Mida Majaoni", "Mida", "Malindi"),
    ("Takaungu", "Takaungu", "Kilifi North"),
    ("Kuruwitu", "Kuruwitu", "Kilifi South"),
    ("Uyombo", "Uyombo", "Malindi"),
)
_KC_VESSELS = ("Ngalawa", "Hori", "Mashua", "Dau", "Outrigger canoe", "Fibre boat (OBM)")
_KC_GEAR = ("Mshipi / Handline", "Jarife / Gillnet", "Madema / Traps", "Bunduki / Speargun")
_KC_KIN = ("Mke / Wife", "Mume / Husband", "Mwana / Son", "Mama / Mother", "Ndugu / Brother")
# -- Zanzibar
_ZZ_PLACES = (
    ("Paje", "Kusini", "Kusini Unguja"),
    ("Jambiani Kibigija", "Kusini", "Kusini Unguja"),
    ("Bwejuu", "Kusini", "Kusini Unguja"),
    ("Kizimkazi Dimbani", "Kusini", "Kusini Unguja"),
    ("Uroa", "Kati", "Kusini Unguja"),
    ("Chwaka", "Kati", "Kusini Unguja"),
)
_ZZ_GROUPS = ("Tupendane", "Mwani Bora", "Jitihada", "Nguvu Kazi", "Tumaini", "Umoja ni Nguvu")
_ZZ_KINDS = ("Spinosum", "Cottonii", "Spinosum", "Spinosum")
# -- Malawi
_MW_GIVEN_M = ("Chikondi", "Blessings", "Yamikani", "Mphatso", "Kondwani", "Gift", "Limbani")
_MW_GIVEN_F = ("Tiwonge", "Chisomo", "Mercy", "Thokozani", "Madalitso", "Esnart", "Tadala")
_MW_FAMILY = ("Banda", "Phiri", "Mwale", "Chirwa", "Kamanga", "Tembo", "Gondwe", "Nkhoma")
_MW_TOBACCO = (
    ("Chinkhwiri", "Kasungu", "Chamama EPA"),
    ("Kaluluma", "Kasungu", "Kaluluma EPA"),
    ("Mkanda", "Mchinji", "Mkanda EPA"),
    ("Mikundi", "Mchinji", "Mikundi EPA"),
    ("Bowe", "Dowa", "Bowe EPA"),
    ("Chimbiya", "Dedza", "Kaphuka EPA"),
)
_MW_BUYERS = ("Limbe Leaf", "Alliance One", "Premium TAMA", "Auction (AHL)")
_MW_CLUBS = ("Tigwirizane", "Chikondi", "Tiyamike", "Mgwirizano", "Yesu Ndiye")
# -- Zambia (the Copperbelt)
_ZM_GIVEN_M = ("Mwila", "Chanda", "Mulenga", "Bwalya", "Kelvin", "Chilufya", "Mubanga")
_ZM_GIVEN_F = ("Mwansa", "Chileshe", "Natasha", "Musonda", "Mutale", "Bupe", "Chipo")
_ZM_FAMILY = ("Mwape", "Kabwe", "Chisenga", "Mumba", "Kapambwe", "Lungu", "Ngoma", "Mwelwa")
_ZM_CB = (
    ("Chimwemwe", "Chimwemwe", "Kitwe"),
    ("Kwacha", "Kwacha", "Kitwe"),
    ("Nkana East", "Nkana", "Kitwe"),
    ("Chifubu", "Chifubu", "Ndola"),
    ("Wusakile", "Nkana", "Kitwe"),
)
_ZM_INSTITUTIONS = (
    "Kitwe Vocational Training Centre",
    "Northern Technical College (NORTEC)",
    "Copperbelt College of Education",
    "Zambia Air Services Training Institute",
)
_ZM_PROGRAMMES = ("Heavy Equipment Repair", "Bricklaying", "Power Electrical", "Tailoring", "ICT")
_ZM_GUARDIANS = ("Mother", "Father", "Uncle", "Grandmother", "Self")
# -- Zimbabwe (Harare)
_ZW_GIVEN_M = ("Tatenda", "Tendai", "Farai", "Tinashe", "Blessing", "Kudakwashe", "Takudzwa")
_ZW_GIVEN_F = ("Rutendo", "Chipo", "Nyasha", "Tsitsi", "Ruvimbo", "Vimbai", "Fadzai")
_ZW_FAMILY = ("Moyo", "Chikwanha", "Mutasa", "Sibanda", "Ncube", "Chigumba", "Mapfumo", "Dube")
_ZW_HARARE = (
    "{n} Mushandirapamwe Road, Highfield",
    "{n} 12th Street, Dzivarasekwa",
    "{n} Mbare Flats, Block {f}, Mbare",
    "Stand {n}, Budiriro 5",
    "{n} Glen View 7, Glen View",
    "{n} Kuwadzana Extension, Kuwadzana",
)
_ZW_ORIGIN = ("63", "08", "29", "42", "58", "22", "75", "13")
_ZW_MARITAL = ("Married", "Single", "Widowed", "Divorced", "Married")


def _at(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 7 % len(places)]


def _zw_id183(p: Person) -> str:
    """``63-123456A42``: Harare's code, the serial, its check letter, the district of origin."""
    serial = p.bhxh[-6:] if int(p.bhxh[0]) % 2 else p.bhxh[-7:]
    return f"63-{serial}{_ZW_LETTERS[int('63' + serial) % 23]}{_pick(p, _ZW_ORIGIN, 4)}"


def _zm_nrc183(p: Person) -> str:
    return f"{p.bhxh[-6:]}/{'61' if _at(p, _ZM_CB)[2] == 'Kitwe' else '31'}/1"


def _mobile(p: Person, lead: str) -> str:
    return f"{lead}{p.bhxh[1:3]} {p.bhxh[3:6]} {p.bhxh[6:9]}"


def _vials(p: Person) -> str:
    return str(_pick(p, ("2", "4", "6", "10", "0", "3"), 4))


def _fee_jlpt(p: Person) -> str:
    return "650.000" if _pick(p, _JLPT_LEVELS, 1) in {"N1", "N2"} else "550.000"


WRITERS_BLIND183: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam
    "phone_rel183": lambda p, c: _other_phone(p, "03"),
    "bite_hour183": lambda p, c: f"{_num(p, 24) - 1:02d}:{_num(p, 60) - 1:02d}",
    "snake183": lambda p, c: _pick(p, _SNAKES, 1),
    "bite_site183": lambda p, c: _pick(p, _BITE_SITES, 2),
    "vials183": lambda p, c: _vials(p),
    "referral183": lambda p, c: _pick(p, _REFERRALS, 3),
    "outcome183": lambda p, c: _pick(p, _SNAKE_OUTCOMES, 5),
    "case_no183": lambda p, c: f"25.{p.bhxh[-6:]}/CĐ",
    "nationality183": lambda p, c: "Viet Nam",
    "foreign_dl183": lambda p, c: f"{p.bhxh[::-1][:4]}-{p.bhxh[2:8]}-{p.bhxh[-2:]}",
    "dl_country183": lambda p, c: _at(p, _DL_COUNTRIES)[0],
    "dl_class183": lambda p, c: _at(p, _DL_COUNTRIES)[1],
    "dl_expiry183": lambda p, c: f"{_shift_date(p.other_date, 1 + _num(p, 6)):%d/%m/%Y}",
    "vn_class183": lambda p, c: _pick(p, _VN_CLASSES, 2),
    "new_gplx183": lambda p, c: f"01{p.bhxh}",
    "firework183": lambda p, c: _pick(p, _FIREWORKS, 1),
    "burn_injury183": lambda p, c: _pick(p, _BURNS, 2),
    "surgery183": lambda p, c: _pick(p, _SURGERY, 3),
    "er_hour183": lambda p, c: f"{_num(p, 24) - 1:02d}h{_num(p, 60) - 1:02d}",
    "informer183": lambda p, c: (
        f"{_other_vn(p, 4)} ({_pick(p, ('bố', 'mẹ', 'anh', 'hàng xóm'), 5)})"
    ),
    "jlpt_sbd183": lambda p, c: f"25B{_pick(p, ('1', '2', '3'), 2)}{p.bhxh[-6:]}",
    "jlpt_name183": lambda p, c: _ascii(p.full).upper(),
    "level183": lambda p, c: _pick(p, _JLPT_LEVELS, 1),
    "venue183": lambda p, c: _pick(p, _JLPT_VENUES, 3),
    "pay183": lambda p, c: f"JLPT12{p.bhxh[:8]}",
    "fee183": lambda p, c: _fee_jlpt(p),
    # Kenya's coast
    "kc_name183": lambda p, c: (
        f"{_by_sex(p, _KC_GIVEN_M, _KC_GIVEN_F, 1)} {_pick(p, _KC_FAMILY, 2)}"
        f" {_pick(p, _KC_FAMILY, 5)}"
    ),
    "ke_id183": lambda p, c: _ke_id(p),
    "kra183": lambda p, c: _kra_pin(p),
    "kc_sex183": lambda p, c: "M" if p.male else "F",
    "kc_phone183": lambda p, c: _mobile(p, _pick(p, ("07", "07", "01"), 3)),
    "kc_village183": lambda p, c: _at(p, _KC_PLACES)[0],
    "kc_subcounty183": lambda p, c: _at(p, _KC_PLACES)[2],
    "bmu183": lambda p, c: f"{_at(p, _KC_PLACES)[1]} BMU",
    "vessel183": lambda p, c: _pick(p, _KC_VESSELS, 2),
    "vessel_no183": lambda p, c: f"KLF/{p.bhxh[-4:]}/{_pick(p, ('A', 'B', 'C'), 3)}",
    "gear183": lambda p, c: _pick(p, _KC_GEAR, 4),
    "kc_kin183": lambda p, c: (
        f"{_pick(p, _KC_GIVEN_F if p.male else _KC_GIVEN_M, 6)} ({_pick(p, _KC_KIN, 7)})"
    ),
    "kc_kin_phone183": lambda p, c: _other_phone(p, "07"),
    # Zanzibar
    "zz_name183": lambda p, c: _zn_name(p),
    "zan_id183": lambda p, c: _zanid(p),
    "zz_sex183": lambda p, c: "Me" if p.male else "Ke",
    "zz_shehia183": lambda p, c: _at(p, _ZZ_PLACES)[0],
    "zz_wilaya183": lambda p, c: _at(p, _ZZ_PLACES)[1],
    "zz_mkoa183": lambda p, c: _at(p, _ZZ_PLACES)[2],
    "zz_phone183": lambda p, c: f"+255 77{p.bhxh[1]} {p.bhxh[3:6]} {p.bhxh[6:9]}",
    "zz_group183": lambda p, c: f"Kikundi cha {_pick(p, _ZZ_GROUPS, 2)}",
    "zz_kind183": lambda p, c: _pick(p, _ZZ_KINDS, 3),
    "ropes183": lambda p, c: str(_num(p, 200) + 20),
    "harvest183": lambda p, c: str(_num(p, 900) + 40),
    "zz_price183": lambda p, c: _pick(p, ("1,000", "1,200", "800", "1,500"), 4),
    # Malawi
    "mw_name183": lambda p, c: (
        f"{_by_sex(p, _MW_GIVEN_M, _MW_GIVEN_F, 1)} {_pick(p, _MW_FAMILY, 2)}"
    ),
    "mw_id183": lambda p, c: _mw_id(p),
    "mw_sex183": lambda p, c: "Mwamuna" if p.male else "Mkazi",
    "mw_village183": lambda p, c: f"{_at(p, _MW_TOBACCO)[0]} Village",
    "mw_district183": lambda p, c: _at(p, _MW_TOBACCO)[1],
    "epa183": lambda p, c: _at(p, _MW_TOBACCO)[2],
    "grower183": lambda p, c: f"{_at(p, _MW_TOBACCO)[1][:2].upper()}/{p.bhxh[-5:]}",
    "club183": lambda p, c: f"{_pick(p, _MW_CLUBS, 3)} Club",
    "ha183": lambda p, c: f"{_num(p, 30) / 10 + 0.2:.1f}",
    "buyer183": lambda p, c: _pick(p, _MW_BUYERS, 4),
    "mw_phone183": lambda p, c: f"{_pick(p, ('099', '088'), 5)}{p.bhxh[1]} {p.bhxh[3:9]}",
    # Zambia
    "zm_name183": lambda p, c: (
        f"{_by_sex(p, _ZM_GIVEN_M, _ZM_GIVEN_F, 1)} {_pick(p, _ZM_FAMILY, 2)}"
    ),
    "zm_nrc183": lambda p, c: _zm_nrc183(p),
    "zm_sex183": lambda p, c: "Umwaume" if p.male else "Umwanakashi",
    "zm_ward183": lambda p, c: f"{_at(p, _ZM_CB)[0]} Ward",
    "zm_const183": lambda p, c: _at(p, _ZM_CB)[1],
    "zm_town183": lambda p, c: _at(p, _ZM_CB)[2],
    "zm_inst183": lambda p, c: _pick(p, _ZM_INSTITUTIONS, 3),
    "zm_prog183": lambda p, c: _pick(p, _ZM_PROGRAMMES, 4),
    "zm_guardian183": lambda p, c: _pick(p, _ZM_GUARDIANS, 5),
    "zm_phone183": lambda p, c: f"{_pick(p, ('097', '096', '095', '077'), 6)}{p.bhxh[2:9]}",
    "zm_amount183": lambda p, c: f"K{_pick(p, ('4,500', '6,000', '8,250', '3,900'), 7)}",
    # Zimbabwe
    "zw_given183": lambda p, c: _by_sex(p, _ZW_GIVEN_M, _ZW_GIVEN_F, 1),
    "zw_family183": lambda p, c: _pick(p, _ZW_FAMILY, 2),
    "zw_id183": lambda p, c: _zw_id183(p),
    "zw_sex183": lambda p, c: _pick(p, ("M", "Murume") if p.male else ("F", "Mukadzi"), 3),
    "zw_addr183": lambda p, c: (
        f"{_pick(p, _ZW_HARARE, 4).format(n=_num(p, 4000), f=_num(p, 20))}, Harare"
    ),
    "zw_phone183": lambda p, c: (
        f"+263 {_pick(p, ('77', '78', '71'), 5)} {p.bhxh[2:5]} {p.bhxh[5:9]}"
    ),
    "zw_marital183": lambda p, c: _pick(p, _ZW_MARITAL, 6),
    "zw_spouse183": lambda p, c: (
        f"{_pick(p, _ZW_GIVEN_F if p.male else _ZW_GIVEN_M, 7)} {_pick(p, _ZW_FAMILY, 2)}"
    ),
    "zw_employer183": lambda p, c: _pick(
        p, ("Self-employed", "Delta Beverages", "ZESA", "Informal trader", "City of Harare"), 8
    ),
    "zw_waiting183": lambda p, c: f"HWL/{2009 + _num(p, 15)}/{p.bhxh[-5:]}",
    "zw_registered183": lambda p, c: f"{_shift_date(p.other_date, -_num(p, 12)):%d/%m/%Y}",
}
