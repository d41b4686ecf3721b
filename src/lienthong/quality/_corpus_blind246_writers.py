"""How the people of the two-hundred-and-forty-sixth part of the outside corpus (**blind 246**,
:mod:`lienthong.quality._corpus_blind246`) are written: four Vietnamese files' own columns (a
commune's cross-river ferry boatmen, a district association of the blind's massage workers, a
justice department's auctioneers, a forest management board's payments for forest environment
services) and Oromo, Amharic, Tigrinya and Somali names, places, phones and numbers in the forms
their registers in Ethiopia show (the Fayda FIN has twelve digits, the last a Verhoeff check
digit; a kebele resident ID card number is printed with the town, the kebele and a serial; the
Ethiopian TIN has ten digits)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _ET_GIVEN_F, _ET_GIVEN_M, _ET_GRANDFATHERS
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind36_writers import _SO_FATHERS, _SO_GIVEN_F, _SO_GIVEN_M
from lienthong.quality._corpus_blind50_writers import _TG_FATHERS, _TG_GIVEN_F, _TG_GIVEN_M
from lienthong.quality._corpus_blind90_writers import _fin
from lienthong.quality._corpus_blind121_writers import _ET_FATHER
from lienthong.quality._corpus_blind163_writers import _OR_FATHERS, _OR_GIVEN_F, _OR_GIVEN_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_FERRIES = (
    "Bến đò Cồn Thành - Bãi Giữa",
    "Bến đò thôn Đông - xã Tân Lập",
    "Bến đò Chợ Cũ",
    "Bến đò Vạn Phúc",
    "Bến đò Bãi Bùi",
)
_VN_BOAT_CERT = ("CCCM thuyền trưởng hạng tư", "Chứng chỉ lái phương tiện", "CCCM TT hạng ba")
_VN_BLIND_LEVEL = ("Đặc biệt nặng", "Nặng", "Nặng", "Nhẹ")
_VN_MASSAGE_SITES = (
    "Cơ sở XBBH Hội Người mù huyện",
    "Tự hành nghề tại nhà",
    "Phòng Trị liệu Ánh Dương",
    "Cơ sở XBBH Tâm An",
)
_VN_AUCTION_FIRMS = (
    "Trung tâm Dịch vụ đấu giá tài sản tỉnh",
    "Công ty Đấu giá hợp danh Bắc Nam",
    "Công ty ĐGHD Phú Gia",
    "Công ty ĐGHD Trường Thịnh",
)
_VN_ETHNIC = ("Thái", "Mông", "Kinh", "Dao", "Mường", "Khơ Mú", "Thái")
_VN_PAY_WAY = ("Tiền mặt", "Chuyển khoản", "Qua tài khoản nhóm hộ", "Tiền mặt")

_OR_COOPS = (
    "W.H.G. Bunaa Haroo Soogidda",
    "W.H.G. Bunaa Caffee Hundee",
    "W.H.G. Bunaa Beshaashaa",
    "W.H.G. Bunaa Tokkummaa Limmuu",
)
_OR_AANAA = (
    ("Limmuu Kossaa", "Gannat"),
    ("Goommaa", "Beshaashaa"),
    ("Shabee Sombo", "Yaanfaa"),
    ("Gimbii", "Kobor"),
    ("Yirgachaffee", "Konga"),
)
_AM_KEBELES = (
    ("ቀበሌ 03", "ጣና"),
    ("ቀበሌ 14", "ሽምብጥ"),
    ("ቀበሌ 11", "ዳግማዊ ምኒልክ"),
    ("ቀበሌ 07", "ፋሲሎ"),
    ("ቀበሌ 16", "በላይ ዘለቀ"),
)
_AM_BIRTHPLACES = ("ባህር ዳር", "ጎንደር", "ደብረ ማርቆስ", "ወልዲያ", "ደሴ", "ፍኖተ ሰላም", "ዳንግላ")
_AM_MARITAL = ("ያገባ", "ያላገባ", "ያገባ", "የፈታ", "የሞተበት")
_AM_JOBS = ("መምህር", "ነጋዴ", "የመንግስት ሠራተኛ", "ተማሪ", "ሹፌር", "የቤት እመቤት", "አናጺ")
_TG_ORIGINS = ("ሑመራ", "ዳንሻ", "ማይካድራ", "ኣላማጣ", "ጸለምቲ", "ራያ ኣላማጣ")
_TG_SITES = ("ሰሓርቲ መዕቆቢ", "ቤት ትምህርቲ ኣይደር", "ሓድነት መዕቆቢ", "ቤት ትምህርቲ ሓወልቲ")
_TG_NEEDS = ("ምግቢ", "መጠለያ", "ሕክምና", "ምግቢ", "ትምህርቲ ቆልዑ")
_SO_DEGMO = (
    ("Jigjiga", "Tuulada Karamara"),
    ("Kebri Beyah", "Tuulada Hartasheikh"),
    ("Awbare", "Tuulada Tog Wajaale"),
    ("Gode", "Tuulada Bursaalax"),
    ("Degehabur", "Tuulada Gunagado"),
)
_SO_VACCINES = ("PPR", "Anthrax", "CCPP", "LSD", "PPR + Sheep pox")
_SO_VETS = ("Dr. Cabdi Xasan", "Cumar Aadan (CAHW)", "Dr. Hodan Faarax", "Nuur Jaamac (CAHW)")
_AA_SUBCITIES = (
    "Bole / ቦሌ",
    "Yeka / የካ",
    "Kirkos / ቂርቆስ",
    "Lideta / ልደታ",
    "Akaki Kality / አቃቂ ቃሊቲ",
)
_AA_SECTORS = (
    "ችርቻሮ ንግድ / Retail",
    "ካፌና ሬስቶራንት / Café & Restaurant",
    "ሕንጻ ግንባታ / Construction",
    "ኤሌክትሮኒክስ / Electronics",
    "ፀጉር ቤት / Beauty Salon",
)
_AA_TRADE = ("ሰላም", "አባይ", "ገነት", "ብርሃን", "ፋና", "ዘመን")


def _or_name(p: Person) -> str:
    """An Oromo name with the father's and the grandfather's."""
    own = _by_sex(p, _OR_GIVEN_M, _OR_GIVEN_F, 3)
    return f"{own} {_pick(p, _OR_FATHERS, 4)} {_pick(p, _OR_FATHERS, 6)}"


def _am_name(p: Person) -> str:
    own = _by_sex(p, _ET_GIVEN_M, _ET_GIVEN_F, 2)
    return f"{own} {_pick(p, _ET_FATHER, 3)} {_pick(p, _ET_GRANDFATHERS, 4)}"


def _so_name(p: Person) -> str:
    own = _by_sex(p, _SO_GIVEN_M, _SO_GIVEN_F, 2)
    return f"{own} {_pick(p, _SO_FATHERS, 3)} {_pick(p, _SO_FATHERS, 5)}"


def _et_mobile(p: Person, lead: str = "+251 9") -> str:
    return f"{lead}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}"


def _place(p: Person, table: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    return table[int(p.bhxh) // 7 % len(table)]


WRITERS_BLIND246: dict[str, Callable[[Person, Col], object]] = {
    # Vietnamese: cross-river ferry boatmen
    "ferry246": lambda p, c: _pick(p, _VN_FERRIES, 2),
    "boat_reg246": lambda p, c: f"{_pick(p, ('NĐ', 'TB', 'HN', 'BN'), 3)}-{p.bhxh[-4:]}",
    "capacity246": lambda p, c: _pick(p, ("8", "12", "15", "20", "6"), 4),
    "boat_cert246": lambda p, c: _pick(p, _VN_BOAT_CERT, 5),
    "lifejackets246": lambda p, c: _pick(p, ("10", "15", "20", "12", "8"), 6),
    # Vietnamese: massage workers of the association of the blind
    "disability246": lambda p, c: _pick(p, _VN_BLIND_LEVEL, 2),
    "massage_site246": lambda p, c: _pick(p, _VN_MASSAGE_SITES, 3),
    "trained246": lambda p, c: 2005 + _num(p, 18),
    "massage_cert246": lambda p, c: f"{_num(p, 300):03d}/CC-HNM",
    "income246": lambda p, c: f"{_num(p, 9) * 500_000 + 1_500_000:,}".replace(",", "."),
    "helper246": lambda p, c: _other_vn(p, 4),
    # Vietnamese: auctioneers
    "auction_cc246": lambda p, c: f"{_num(p, 900):03d}/TP/ĐG-CCHN",
    "auction_card246": lambda p, c: f"{_num(p, 60):02d}/ĐGV-STP",
    "auction_firm246": lambda p, c: _pick(p, _VN_AUCTION_FIRMS, 3),
    # Vietnamese: forest environment services
    "ethnic246": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "subcompartment246": lambda p, c: f"TK {_num(p, 400) + 100}",
    "khoanh246": lambda p, c: _num(p, 12),
    "forest_ha246": lambda p, c: f"{_num(p, 300) / 10:.1f}".replace(".", ","),
    "unit_price246": lambda p, c: _pick(p, ("350.000", "420.000", "500.000"), 3),
    "forest_pay246": lambda p, c: f"{_num(p, 300) * 35_000:,}".replace(",", "."),
    "pay_way246": lambda p, c: _pick(p, _VN_PAY_WAY, 4),
    # Oromia: coffee farmers' cooperative members
    "or_name246": lambda p, c: _or_name(p),
    "sex_or246": lambda p, c: "Dhi" if p.male else "Dub",
    "fin_or246": lambda p, c: _fin(p).replace(" ", ""),
    "phone_or246": lambda p, c: f"09{p.phone[3:5]}{p.phone[5:10]}{p.bhxh[-1]}",
    "aanaa_or246": lambda p, c: _place(p, _OR_AANAA)[0],
    "ganda_or246": lambda p, c: _place(p, _OR_AANAA)[1],
    "coop_or246": lambda p, c: _pick(p, _OR_COOPS, 5),
    "member_or246": lambda p, c: f"{p.bhxh[-4:]}",
    "share_or246": lambda p, c: _num(p, 10) * 100,
    "coffee_kg_or246": lambda p, c: _num(p, 80) * 25,
    "dividend_or246": lambda p, c: f"{_num(p, 80) * 37.5:.2f}",
    # Amhara: kebele resident ID card register
    "am_name246": lambda p, c: _am_name(p),
    "sex_am246": lambda p, c: "ወ" if p.male else "ሴ",
    "am_birthplace246": lambda p, c: _pick(p, _AM_BIRTHPLACES, 5),
    "kebele_id_am246": lambda p, c: f"ባዳ/{_place(p, _AM_KEBELES)[0][-2:]}/{p.bhxh[-6:]}",
    "house_am246": lambda p, c: _pick(p, ("አዲስ", f"{_num(p, 900):03d}", f"{_num(p, 90)}/ሀ"), 6),
    "kebele_am246": lambda p, c: _place(p, _AM_KEBELES)[0],
    "subcity_am246": lambda p, c: f"{_place(p, _AM_KEBELES)[1]} ክ/ከተማ",
    "phone_am246": lambda p, c: f"09{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}",
    "marital_am246": lambda p, c: _pick(p, _AM_MARITAL, 7),
    "job_am246": lambda p, c: _pick(p, _AM_JOBS, 8),
    "contact_am246": lambda p, c: (
        f"{_pick(p, _ET_GIVEN_M + _ET_GIVEN_F, 9)} {_pick(p, _ET_FATHER, 10)}"
    ),
    "contact_phone_am246": lambda p, c: f"09{p.bhxh[2:4]} {p.bhxh[4:7]} {p.bhxh[7:11]}",
    # Tigray: internally displaced persons at a Mekelle site
    "tg_name246": lambda p, c: (
        f"{_by_sex(p, _TG_GIVEN_M, _TG_GIVEN_F, 2)} {_pick(p, _TG_FATHERS, 3)}"
    ),
    "sex_tg246": lambda p, c: "ተባ" if p.male else "ኣን",
    "fin_tg246": lambda p, c: _fin(p),
    "phone_tg246": lambda p, c: f"+2519{p.phone[3:10]}{p.bhxh[-1]}",
    "origin_tg246": lambda p, c: _pick(p, _TG_ORIGINS, 4),
    "site_tg246": lambda p, c: _pick(p, _TG_SITES, 5),
    "size_tg246": lambda p, c: _num(p, 9),
    "ration_tg246": lambda p, c: f"MK-{p.bhxh[-5:]}",
    "need_tg246": lambda p, c: _pick(p, _TG_NEEDS, 6),
    # Somali region: livestock vaccination of pastoralists
    "so_name246": lambda p, c: _so_name(p),
    "sex_so246": lambda p, c: "Lab" if p.male else "Dhedig",
    "fin_so246": lambda p, c: _fin(p).replace(" ", "-"),
    "phone_so246": lambda p, c: _et_mobile(p, "+251-9"),
    "degmo_so246": lambda p, c: _place(p, _SO_DEGMO)[0],
    "tuulo_so246": lambda p, c: _place(p, _SO_DEGMO)[1],
    "goats_so246": lambda p, c: _num(p, 60) + 5,
    "cattle_so246": lambda p, c: _num(p, 12) - 1,
    "camels_so246": lambda p, c: _num(p, 20) - 1,
    "vaccine_so246": lambda p, c: _pick(p, _SO_VACCINES, 4),
    "vet_so246": lambda p, c: _pick(p, _SO_VETS, 5),
    # Addis Ababa: trade licence register
    "aa_name246": lambda p, c: _am_name(p),
    "sex_aa246": lambda p, c: "ወንድ / M" if p.male else "ሴት / F",
    "fin_aa246": lambda p, c: _fin(p),
    "tin_aa246": lambda p, c: f"00{p.bhxh[2:10]}",
    "phone_aa246": lambda p, c: _et_mobile(p),
    "subcity_aa246": lambda p, c: _pick(p, _AA_SUBCITIES, 3),
    "woreda_aa246": lambda p, c: f"ወረዳ {_num(p, 14):02d}",
    "trade_aa246": lambda p, c: (
        f"{_pick(p, _AA_TRADE, 4)} {_pick(p, ('ንግድ ሥራ', 'ካፌ', 'ኃ.የተ.የግ.ማ'), 5)}"
    ),
    "sector_aa246": lambda p, c: _pick(p, _AA_SECTORS, 6),
    "licence_aa246": lambda p, c: (
        f"AA/{_pick(p, ('BL', 'YK', 'KK', 'LD', 'AK'), 7)}/14/{p.bhxh[-6:]}"
    ),
    "capital_aa246": lambda p, c: f"{_num(p, 50) * 20_000:,}",
}

__all__ = ["WRITERS_BLIND246"]
