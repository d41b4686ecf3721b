"""How the people of the fifty-fourth part of the outside corpus (**blind 54**,
:mod:`lienthong.quality._corpus_blind54`) are written: four Vietnamese files' own columns (a tour
guide's card and employer, a household food business and its certificate, a death and its
declarant, a pupil's health check and parent) and Queensland, British Columbian, Breton,
Inner Mongolian and Mahoran names, addresses, phones and identity numbers in the forms their
cards show (the Medicare number's weighted check digit, the PHN's mod-11 digit, the NIR's key
97 - n mod 97 with an INSEE code of Brittany or of Mayotte (976), the 身份证 ISO 7064 digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_GUIDE_FIRMS = (
    "Công ty TNHH Du lịch Hạ Long Xanh",
    "Công ty CP Lữ hành Vịnh Ngọc",
    "Chi nhánh Vietravel Quảng Ninh",
    "Công ty TNHH MTV Du thuyền Bái Tử Long",
    "Tự do (đăng ký qua Chi hội HDV)",
)
_VN_LANGS = ("Tiếng Anh", "Tiếng Trung", "Tiếng Hàn", "Tiếng Pháp", "Tiếng Nga", "Tiếng Nhật")
_VN_CARD_KINDS = (("Quốc tế", "1"), ("Nội địa", "2"), ("Tại điểm", "3"), ("Quốc tế", "1"))
_VN_SHOPS = (
    ("Quán phở", "Dịch vụ ăn uống"),
    ("Bếp ăn", "Kinh doanh suất ăn sẵn"),
    ("Cơ sở giò chả", "Sản xuất thực phẩm"),
    ("Tiệm bánh", "Sản xuất, kinh doanh bánh"),
    ("Quán cơm bình dân", "Dịch vụ ăn uống"),
    ("Cơ sở bún tươi", "Sản xuất thực phẩm"),
)
_VN_SHOP_PLACES = (
    "Chợ Mới, TT. Vĩnh Tuy, H. Bắc Quang",
    "Tổ 3, TT. Việt Quang, H. Bắc Quang",
    "Thôn Tân Thành, X. Hùng An, H. Bắc Quang",
    "Km 32 QL2, X. Việt Vinh, H. Bắc Quang",
)
_VN_DEATH_PLACES = ("Tại nhà", "Bệnh viện đa khoa tỉnh", "TTYT huyện", "BV Bạch Mai")
_VN_CAUSES = ("Già yếu", "Bệnh tim mạch", "Tai nạn giao thông", "Ung thư", "Đột quỵ", "Bệnh")
_VN_RELATIONS = ("Con", "Vợ", "Chồng", "Con", "Cháu", "Em")
_VN_CLASSES = ("6A1", "6A2", "7A1", "7A3", "8A2", "9A1", "9A4")
_VN_TEETH = ("Bình thường", "Sâu răng", "Cao răng", "Bình thường", "Viêm lợi")
_VN_VERDICTS = ("Đủ sức khỏe", "Thừa cân", "Suy dinh dưỡng nhẹ", "Cận thị, cần khám lại")
_AU_GIVEN_M = ("Lachlan", "Jack", "Cooper", "Liam James", "Brodie", "Tom")
_AU_GIVEN_F = ("Chloe", "Mia", "Isla Rose", "Charlotte", "Georgia", "Ruby")
_AU_FAMILY = ("Nguyen", "Smith", "O'Brien", "Taylor", "Kelly", "Murphy", "Wilson", "Tran")
_AU_PLACES = (
    ("14 Boundary St", "West End", "4101"),
    ("Unit 5/22 Sandgate Rd", "Albion", "4010"),
    ("7 Mulgrave Rd", "Cairns City", "4870"),
    ("103 Flinders St", "Townsville City", "4810"),
    ("2/48 Gympie Tce", "Noosaville", "4566"),
    ("31 Ruthven St", "Toowoomba City", "4350"),
)
_AU_WARDS = ("7A Medical", "ED Short Stay", "4B Surgical", "Maternity", "CCU")
_CA_GIVEN_M = ("Liam", "Ethan", "Noah", "Harjit", "Wei", "Connor")
_CA_GIVEN_F = ("Olivia", "Emma", "Gurpreet", "Chloé", "Mei", "Ava")
_CA_FAMILY = ("Smith", "Sandhu", "Wong", "MacDonald", "Tremblay", "Gill", "Brown", "Chen")
_CA_PLACES = (
    ("1203-833 Homer St", "Vancouver", "V6B 2W2", "604"),
    ("4571 Kingsway", "Burnaby", "V5H 2A9", "604"),
    ("12 Dallas Rd", "Victoria", "V8V 1A1", "250"),
    ("8140 128 St", "Surrey", "V3W 4G2", "604"),
    ("1655 Ellis St", "Kelowna", "V1Y 2B3", "250"),
    ("605 Victoria St", "Prince George", "V2L 2K2", "250"),
)
_CA_VACCINES = ("Tdap", "Influenza", "COVID-19 XBB", "Pneumococcal", "Shingrix dose 1")
_BZH_FAMILY = ("Le Gall", "Le Goff", "Tanguy", "Le Bihan", "Kerhervé", "Morvan", "Le Floc'h")
_BZH_GIVEN_M = ("Yann", "Erwan", "Loïc", "Gwenaël", "Tanguy", "Ronan", "Jean-Yves")
_BZH_GIVEN_F = ("Nolwenn", "Maïwenn", "Anne-Laure", "Gwenola", "Soazig", "Enora", "Rozenn")
#: (street, postcode, commune, INSEE code)
_BZH_PLACES = (
    ("12 rue de Siam", "29200", "Brest", "29019"),
    ("4 place des Lices", "35000", "Rennes", "35238"),
    ("27 rue de Kerbernès", "29000", "Quimper", "29232"),
    ("3 impasse Ty Nevez", "56100", "Lorient", "56121"),
    ("18 bd Clemenceau", "22000", "Saint-Brieuc", "22278"),
    ("Lieu-dit Kerangall", "56000", "Vannes", "56260"),
)
#: the second pair of a landline by département (Finistère 98, Ille-et-Vilaine 99, ...)
_BZH_AREA = {"29": "98", "35": "99", "22": "96", "56": "97"}
_BZH_AIDS = ("Aide alimentaire", "Secours d'urgence", "Portage de repas", "Aide énergie")
_MY_FAMILY = ("Ahamada", "Said", "Madi", "Attoumani", "Abdallah", "Soilihi", "Boinali")
_MY_GIVEN_M = ("Anli", "Ousseni", "Mohamed", "Nassur", "Houmadi", "Zaidou")
_MY_GIVEN_F = ("Zaïnaba", "Mariama", "Fatima", "Echati", "Sitti", "Anziza")
#: (address, village, postcode, commune, INSEE code)
_MY_PLACES = (
    ("12 rue du Commerce", "Kawéni", "97600", "Mamoudzou", "97611"),
    ("Route nationale 1", "Majicavo", "97600", "Koungou", "97610"),
    ("5 bd des Crabes", "Labattoir", "97615", "Dzaoudzi", "97608"),
    ("Rue de la Mosquée", "Pamandzi", "97615", "Pamandzi", "97615"),
    ("Chemin de la plage", "Sada", "97640", "Sada", "97616"),
    ("Impasse Mahabou", "Cavani", "97600", "Mamoudzou", "97611"),
)
#: (commune of birth, INSEE code): all in Mayotte (976)
_MY_BIRTHPLACES = (
    ("Mamoudzou", "97611"),
    ("Dzaoudzi", "97608"),
    ("Sada", "97616"),
    ("Chirongui", "97606"),
    ("Bandraboua", "97602"),
    ("Mamoudzou", "97611"),
)
#: (commune of birth, INSEE code) of Bretons: mostly born in Brittany, some in Paris
_BZH_BIRTHPLACES = (
    ("Morlaix", "29151"),
    ("Brest", "29019"),
    ("Lannion", "22113"),
    ("Paris 14e", "75114"),
    ("Rennes", "35238"),
    ("Quimper", "29232"),
    ("Pontivy", "56178"),
)
_NM_NAMES_M = ("巴特尔", "额尔敦", "阿拉坦仓", "宝音", "王建国", "李志强", "朝鲁")
_NM_NAMES_F = ("其其格", "乌云", "斯琴高娃", "萨仁", "刘秀英", "张丽华", "托娅")
_NM_NATIONS = ("蒙古族", "汉族", "蒙古族", "达斡尔族", "蒙古族", "满族")
#: (area code, banner/county, sumu, gacha)
_NM_PLACES = (
    ("152502", "锡林浩特市", "朝克乌拉苏木", "巴彦宝拉格嘎查"),
    ("152528", "镶黄旗", "宝格都乌拉苏木", "额尔敦宝拉格嘎查"),
    ("150781", "满洲里市", "扎赉诺尔区", "灵泉嘎查"),
    ("150426", "翁牛特旗", "白音套海苏木", "罕乌拉嘎查"),
    ("150625", "杭锦旗", "锡尼镇", "阿日善嘎查"),
    ("152530", "正蓝旗", "那日图苏木", "浩勒图嘎查"),
)
_NM_BANKS = ("农村信用社", "中国农业银行", "邮储银行")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _born(p: Person, places: tuple[tuple[str, str], ...], salt: int) -> tuple[str, str]:
    """The commune of birth and its INSEE code (the NIR and the place-of-birth column agree)."""
    return places[(int(p.bhxh) // (salt * 11 + 1)) % len(places)]


def _bzh_phone(p: Person) -> str:
    """A Breton landline ``02 98 12 34 56``: the second pair by département of the home."""
    area = _BZH_AREA[_place(p, _BZH_PLACES)[1][:2]]
    return f"02 {area} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _card_kind(p: Person) -> tuple[str, str]:
    return _VN_CARD_KINDS[int(p.bhxh) // 5 % len(_VN_CARD_KINDS)]


def _guide_card(p: Person) -> str:
    """A tour guide card number: the kind (1 international, 2 domestic, 3 on-site), the
    province code (22 Quảng Ninh), the year of issue and a serial."""
    return f"{_card_kind(p)[1]}22{p.other_date:%y}{p.bhxh[-4:]}"


def _expiry(p: Person, years: int) -> str:
    d = p.other_date
    return f"{_safe_day(d.year + years, d.month, d.day):%d/%m/%Y}"


def _shop(p: Person) -> tuple[str, str]:
    return _VN_SHOPS[int(p.bhxh) // 7 % len(_VN_SHOPS)]


def _declarant_year(p: Person) -> int:
    return min(2000, max(1950, p.birth.year + 22 + int(p.bhxh) % 10))


def _medicare(p: Person) -> str:
    """A Medicare card number ``2123 45670 1``: the first digit 2-6, seven more, the check digit
    (weights 1 3 7 9 1 3 7 9 mod 10) and the issue number."""
    head = f"{int(p.bhxh[0]) % 5 + 2}{p.bhxh[1:8]}"
    check = sum(int(ch) * w for ch, w in zip(head, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{head[:4]} {head[4:]}{check} {int(p.bhxh[8]) % 5 + 1}"


def _phn(p: Person) -> str:
    """A British Columbia PHN ``9123 456 782``: a 9, eight digits weighted 2 4 8 5 10 9 7 3 (each
    product mod 11), and 11 minus the sum mod 11 (a body whose check would be 10 or 11 is
    bumped)."""
    body = [int(ch) for ch in p.bhxh[:8]]
    for bump in range(11):
        digits = [*body[:7], (body[7] + bump) % 10]
        total = sum(d * w % 11 for d, w in zip(digits, (2, 4, 8, 5, 10, 9, 7, 3), strict=True))
        check = 11 - total % 11
        if check < 10:
            text = "9" + "".join(str(d) for d in digits) + str(check)
            return f"{text[:4]} {text[4:7]} {text[7:]}"
    return "9698 658 215"


def _nir(p: Person, insee: str) -> str:
    """A French NIR: sex, yymm of birth, the INSEE code of the commune of birth (976xx for
    Mayotte), a three-digit order and the key 97 - (number mod 97)."""
    body = f"{1 if p.male else 2}{p.birth:%y%m}{insee}{p.bhxh[-3:]}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}"


def _resident_id(p: Person) -> str:
    """A 身份证 number: the area code, the birth date, a serial whose last digit is odd for men,
    and the ISO 7064 MOD 11-2 check digit (``X`` for 10)."""
    third = int(p.bhxh[2]) // 2 * 2 + (1 if p.male else 0)
    head = f"{_place(p, _NM_PLACES)[0]}{p.birth:%Y%m%d}{p.bhxh[:2]}{third}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(ch) * w for ch, w in zip(head, weights, strict=True))
    return head + "10X98765432"[total % 11]


WRITERS_BLIND54: dict[str, Callable[[Person, Col], object]] = {
    "card54": lambda p, c: _guide_card(p),
    "card_kind54": lambda p, c: _card_kind(p)[0],
    "lang54": lambda p, c: "" if _card_kind(p)[1] != "1" else _pick(p, _VN_LANGS, 3),
    "expiry54": lambda p, c: _expiry(p, 5),
    "firm54": lambda p, c: _pick(p, _VN_GUIDE_FIRMS, 4),
    "shop54": lambda p, c: f"{_shop(p)[0]} {p.given.split()[-1]}",
    "shop_kind54": lambda p, c: _shop(p)[1],
    "shop_addr54": lambda p, c: _pick(p, _VN_SHOP_PLACES, 5),
    "hkd54": lambda p, c: f"10H8{p.bhxh[-6:]}",
    "attp54": lambda p, c: f"{_num(p, 300):03d}/{p.other_date.year}/ATTP-CNĐK",
    "attp_exp54": lambda p, c: _expiry(p, 3),
    "book54": lambda p, c: f"Q.01/{p.other_date.year} - Số {_num(p, 90):02d}",
    "nation54": lambda p, c: _pick(p, ("Kinh", "Kinh", "Tày", "Dao", "Nùng", "Kinh"), 2),
    "death_hour54": lambda p, c: f"{int(p.bhxh[-2:]) % 24:02d} giờ {int(p.bhxh[-4:-2]) % 60:02d}",
    "death_place54": lambda p, c: _pick(p, _VN_DEATH_PLACES, 3),
    "cause54": lambda p, c: _pick(p, _VN_CAUSES, 4),
    "reg_day54": lambda p, c: f"{p.other_date + timedelta(days=1 + int(p.bhxh) % 9):%d/%m/%Y}",
    "declarant54": lambda p, c: _other_vn(p, 5, None, p.family),
    "relation54": lambda p, c: _pick(p, _VN_RELATIONS, 6),
    "decl_cccd54": lambda p, c: _cccd_of(p, int(p.bhxh) % 2 == 0, _declarant_year(p)),
    "decl_phone54": lambda p, c: _other_phone(p, "098"),
    "clerk54": lambda p, c: _other_vn(p, 8),
    "class54": lambda p, c: _pick(p, _VN_CLASSES, 2),
    "height54": lambda p, c: str(135 + int(p.bhxh) % 40),
    "weight54": lambda p, c: f"{30 + int(p.bhxh) % 30},{int(p.bhxh[-2]) % 10}",
    "eyes54": lambda p, c: (
        f"{_pick(p, ('10/10', '8/10', '6/10'), 3)} - {_pick(p, ('10/10', '9/10', '5/10'), 4)}"
    ),
    "teeth54": lambda p, c: _pick(p, _VN_TEETH, 5),
    "verdict54": lambda p, c: _pick(p, _VN_VERDICTS, 6),
    "parent54": lambda p, c: _other_vn(p, 7, None, p.family),
    "parent_phone54": lambda p, c: _other_phone(p, "097"),
    "medicare_au54": lambda p, c: _medicare(p),
    "irn_au54": lambda p, c: str(int(p.bhxh[9]) % 6 + 1),
    "ur_au54": lambda p, c: f"{int(p.bhxh[:7]):07d}",
    "au_family54": lambda p, c: _pick(p, _AU_FAMILY, 2).upper(),
    "au_given54": lambda p, c: _by_sex(p, _AU_GIVEN_M, _AU_GIVEN_F, 1),
    "sex_au54": lambda p, c: "Male" if p.male else "Female",
    "street_au54": lambda p, c: _place(p, _AU_PLACES)[0],
    "suburb_au54": lambda p, c: _place(p, _AU_PLACES)[1],
    "state_au54": lambda p, c: "QLD",
    "pc_au54": lambda p, c: _place(p, _AU_PLACES)[2],
    "phone_au54": lambda p, c: f"04{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "nok_au54": lambda p, c: (
        f"{_pick(p, _AU_GIVEN_F, 5)} {_pick(p, _AU_FAMILY, 2)} (Wife)"
        if p.male
        else f"{_pick(p, _AU_GIVEN_M, 5)} {_pick(p, _AU_FAMILY, 2)} (Husband)"
    ),
    "nok_phone_au54": lambda p, c: f"(07) 3{p.bhxh[-7:-4]} {p.bhxh[-4:]}",
    "ward_au54": lambda p, c: _pick(p, _AU_WARDS, 3),
    "gp_au54": lambda p, c: _pick(p, ("Dr P. Singh", "Dr A. McKenzie", "Dr L. Ho"), 4),
    "phn_ca54": lambda p, c: _phn(p),
    "ca_family54": lambda p, c: _pick(p, _CA_FAMILY, 2),
    "ca_given54": lambda p, c: _by_sex(p, _CA_GIVEN_M, _CA_GIVEN_F, 1),
    "ca_middle54": lambda p, c: _by_sex(p, _CA_GIVEN_M, _CA_GIVEN_F, 7),
    "sex_ca54": lambda p, c: "M" if p.male else "F",
    "street_ca54": lambda p, c: _place(p, _CA_PLACES)[0],
    "city_ca54": lambda p, c: _place(p, _CA_PLACES)[1],
    "prov_ca54": lambda p, c: "BC",
    "pc_ca54": lambda p, c: _place(p, _CA_PLACES)[2],
    "phone_ca54": lambda p, c: f"({_place(p, _CA_PLACES)[3]}) {p.phone[3:6]}-{p.phone[6:10]}",
    "vaccine_ca54": lambda p, c: _pick(p, _CA_VACCINES, 3),
    "lot_ca54": lambda p, c: f"{_pick(p, ('FL', 'U7', 'AC'), 4)}{p.bhxh[-5:]}",
    "contact_ca54": lambda p, c: f"{_pick(p, _CA_GIVEN_F, 5)} {_pick(p, _CA_FAMILY, 2)}",
    "nir_bzh54": lambda p, c: _nir(p, _born(p, _BZH_BIRTHPLACES, 4)[1]),
    "bzh_family54": lambda p, c: _pick(p, _BZH_FAMILY, 2).upper(),
    "bzh_given54": lambda p, c: _by_sex(p, _BZH_GIVEN_M, _BZH_GIVEN_F, 1),
    "sex_bzh54": lambda p, c: "M" if p.male else "F",
    "street_bzh54": lambda p, c: _place(p, _BZH_PLACES)[0],
    "pc_bzh54": lambda p, c: _place(p, _BZH_PLACES)[1],
    "town_bzh54": lambda p, c: _place(p, _BZH_PLACES)[2],
    "birthplace_bzh54": lambda p, c: _born(p, _BZH_BIRTHPLACES, 4)[0],
    "phone_bzh54": lambda p, c: _bzh_phone(p),
    "aid_bzh54": lambda p, c: _pick(p, _BZH_AIDS, 3),
    "amount_bzh54": lambda p, c: f"{_num(p, 40) * 10},00 €",
    "caisse_bzh54": lambda p, c: (
        "MSA d'Armorique" if int(p.bhxh) % 5 == 0 else f"CPAM {_place(p, _BZH_PLACES)[1][:2]}"
    ),
    "referent_bzh54": lambda p, c: _pick(p, ("Mme Le Bras", "M. Quéré", "Mme Guivarc'h"), 6),
    "nir_yt54": lambda p, c: _nir(p, _born(p, _MY_BIRTHPLACES, 3)[1]),
    "yt_family54": lambda p, c: _pick(p, _MY_FAMILY, 2).upper(),
    "yt_given54": lambda p, c: _by_sex(p, _MY_GIVEN_M, _MY_GIVEN_F, 1),
    "sex_yt54": lambda p, c: "Masculin" if p.male else "Féminin",
    "street_yt54": lambda p, c: _place(p, _MY_PLACES)[0],
    "village_yt54": lambda p, c: _place(p, _MY_PLACES)[1],
    "pc_yt54": lambda p, c: _place(p, _MY_PLACES)[2],
    "town_yt54": lambda p, c: _place(p, _MY_PLACES)[3],
    "birthplace_yt54": lambda p, c: _born(p, _MY_BIRTHPLACES, 3)[0],
    "phone_yt54": lambda p, c: f"06 39 {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "regime_yt54": lambda p, c: _pick(p, ("Régime général", "CMU-C", "AME", "Ayant droit"), 4),
    "mother_yt54": lambda p, c: f"{_pick(p, _MY_GIVEN_F, 5)} {_pick(p, _MY_FAMILY, 6)}",
    "nm_name54": lambda p, c: _by_sex(p, _NM_NAMES_M, _NM_NAMES_F, 1),
    "id_nm54": lambda p, c: _resident_id(p),
    "sex_nm54": lambda p, c: "男" if p.male else "女",
    "nation_nm54": lambda p, c: _pick(p, _NM_NATIONS, 2),
    "banner_nm54": lambda p, c: _place(p, _NM_PLACES)[1],
    "sumu_nm54": lambda p, c: _place(p, _NM_PLACES)[2],
    "gacha_nm54": lambda p, c: _place(p, _NM_PLACES)[3],
    "area_nm54": lambda p, c: str(800 + int(p.bhxh) % 9000),
    "subsidy_nm54": lambda p, c: f"{(800 + int(p.bhxh) % 9000) * 7.5:.2f}",
    "card_nm54": lambda p, c: f"6228 48{p.bhxh[:2]} {p.bhxh[2:6]} {p.bhxh[6:10]} 07{p.bhxh[-1]}",
    "bank_nm54": lambda p, c: _pick(p, _NM_BANKS, 3),
    "phone_nm54": lambda p, c: f"1{_pick(p, ('39', '51', '88', '47'), 4)}{p.phone[2:10]}",
}
