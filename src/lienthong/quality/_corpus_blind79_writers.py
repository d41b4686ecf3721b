"""How the people of the seventy-ninth part of the outside corpus (**blind 79**,
:mod:`lienthong.quality._corpus_blind79`) are written: four Vietnamese files' own columns (a
disabled person's kind and degree of disability, coefficient, allowance and carer, a teacher's
continuing-education modules and certificate, a death's hour, place, cause and declarant, a
boarding-house owner's lodging, rooms, tenants and rent) and Aruban, Gibraltarian, Jersey, Swazi
and Ivorian names, places, phones and identity numbers in the forms their cards show (the Aruban
persoonsnummer of the birth date and two digits, the Gibraltar card's six digits, the Jersey
``JY123456A`` social security number, the Eswatini PIN of thirteen digits starting with the
birth date, the Ivorian NNI of eleven digits; none publishes a check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _place

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (thôn, xã) of one district (huyện Phù Cát, Bình Định) paying the allowance
_VN_DISAB_PLACES = (
    ("Thôn Hòa Hội", "xã Cát Hanh"),
    ("Thôn Chánh Hiền", "xã Cát Hanh"),
    ("Thôn Kiều An", "xã Cát Hiệp"),
    ("Thôn Vĩnh Trường", "xã Cát Khánh"),
    ("Khu phố Phong An", "thị trấn Ngô Mây"),
    ("Thôn Xuân Quang", "xã Cát Tân"),
)
_VN_DISAB_KINDS = ("Vận động", "Nghe, nói", "Nhìn", "Thần kinh, tâm thần", "Trí tuệ", "Khác")
#: (relation to the disabled person, the carer is a man)
_VN_CARERS = (("Mẹ", False), ("Bố", True), ("Vợ", False), ("Chồng", True), ("Con", False))
_VN_DISAB_BASE = 500_000
_VN_POSTS = ("Giáo viên", "Giáo viên", "Tổ trưởng CM", "Phó Hiệu trưởng", "TPT Đội", "Giáo viên")
_VN_SUBJECTS = ("Toán", "Ngữ văn", "Tiếng Anh", "KHTN", "Lịch sử và Địa lí", "GDTC", "Tin học")
_VN_MODULES = (
    "ND1, ND2; Mô đun THCS 12, 14, 18",
    "ND1, ND2; Mô đun THCS 06, 09",
    "ND1, ND2; Mô đun THCS 21, 23, 25",
    "ND1, ND2; Mô đun THCS 02, 15",
)
_VN_ETHNIC = ("Kinh",) * 9 + ("Mường", "Tày")
_VN_DEATH_PLACES = (
    "Tại nhà",
    "Tại nhà",
    "Bệnh viện Đa khoa tỉnh Thái Bình",
    "Trung tâm Y tế huyện Vũ Thư",
    "Bệnh viện Bạch Mai, Hà Nội",
)
_VN_CAUSES = ("Già yếu", "Bệnh lý", "Tai nạn giao thông", "Bệnh lý", "Đột quỵ", "Già yếu")
#: (thôn, xã) of the commune keeping the death register (xã Vũ Hội, Vũ Thư, Thái Bình)
_VN_DEATH_PLACES_HOME = ("Thôn Đông", "Thôn Đoài", "Thôn Nam", "Thôn Bắc", "Thôn Trung")
_VN_LODGE_NAMES = (
    "Nhà trọ Phúc Lộc",
    "Khu trọ Hoàng Anh",
    "Dãy trọ Bảy Hiền",
    "Nhà trọ Thanh Bình",
    "Khu nhà trọ Minh Châu",
)
_VN_LODGE_PLACES = (
    "khu phố Bình Đường 2, phường An Bình, TP. Dĩ An, tỉnh Bình Dương",
    "khu phố 3, phường Linh Trung, TP. Thủ Đức, TP. HCM",
    "ấp 1, xã Vĩnh Lộc A, huyện Bình Chánh, TP. HCM",
    "khu phố Đông Tư, phường Lái Thiêu, TP. Thuận An, tỉnh Bình Dương",
    "tổ 5, khu phố 4, phường Tân Thới Hiệp, Quận 12, TP. HCM",
)
_VN_RANKS = ("Thượng úy", "Đại úy", "Trung úy", "Thiếu tá")
_AW_FAMILY = ("Croes", "Kock", "Tromp", "Werleman", "Geerman", "Maduro", "Arends", "Lacle", "Ras")
_AW_GIVEN_M = ("Glenbert", "Juan Carlos", "Ricardo", "Eddy", "Mike Anthony", "Rudy")
_AW_GIVEN_F = ("Giselle", "Marisol", "Evelyna", "Shirley", "Jennifer", "Rosa Maria")
#: (street or barrio line, district)
_AW_PLACES = (
    ("Caya G.F. Betico Croes", "Oranjestad"),
    ("Sabana Basora", "Noord"),
    ("Tanki Leendert", "Noord"),
    ("Piedra Plat", "Paradera"),
    ("Seroe Preto", "San Nicolas"),
    ("Pos Chiquito", "Savaneta"),
    ("Santa Cruz", "Santa Cruz"),
)
_AW_GPS = (
    "Dr. R. Croes",
    "Dr. J. Oduber",
    "Dr. M. Kelly",
    "Dr. E. Wever",
    "Huisartsenpraktijk Noord",
)
_AW_EMPLOYERS = ("Setar N.V.", "WEB Aruba N.V.", "Renaissance Aruba", "Land Aruba", "Eigen bedrijf")
_GI_FAMILY = ("Caruana", "Bossano", "Garcia", "Azopardi", "Feetham", "Linares", "Sacramento")
_GI_FAMILY2 = ("Pizzarello", "Cortes", "Vinet", "Montegriffo", "Bautista", "Olivero")
_GI_GIVEN_M = ("Fabian", "Joseph", "Albert", "Christian", "Julian", "Keith")
_GI_GIVEN_F = ("Gemma", "Samantha", "Kaiane", "Rosanna", "Nicole", "Louise")
_GI_ADDRESSES = (
    "Flat {n}, Block 4, Varyl Begg Estate",
    "Flat {n}, Harbour Views",
    "{n} Laguna Estate",
    "Flat {n}, Moorish Castle Estate",
    "{n}/2 Castle Road",
    "Flat {n}, Glacis Estate",
)
_GI_BANDS = ("Medical", "Overcrowding", "General", "Social", "General")
_JE_FAMILY = ("Le Brocq", "Le Cornu", "Renouf", "Le Maistre", "de Gruchy", "Vibert", "Pallot")
_JE_GIVEN_M = ("John", "Peter", "David Michael", "Anthony", "Philip", "Raymond")
_JE_GIVEN_F = ("Margaret", "Susan", "Jean", "Patricia Ann", "Valerie", "Doreen")
#: (street, parish, postcode district and sector)
_JE_PLACES = (
    ("Colomberie", "St Helier", "JE2 4"),
    ("David Place", "St Helier", "JE2 4"),
    ("La Rue de la Fontaine", "St Saviour", "JE2 7"),
    ("Le Clos des Sables", "St Brelade", "JE3 8"),
    ("Rue des Prés", "Grouville", "JE3 9"),
    ("La Grande Route de St Clément", "St Clement", "JE2 6"),
    ("Le Mont de Ste Marie", "St Mary", "JE3 3"),
)
_JE_CARE = ("Level 1", "Level 2", "Level 3", "Level 4")
_JE_PROVIDERS = (
    "Family Nursing & Home Care",
    "Care at Home Jersey",
    "Silkworth Lodge",
    "Own carer",
)
_SZ_FAMILY = ("Dlamini", "Simelane", "Nxumalo", "Mamba", "Shongwe", "Magagula", "Motsa", "Zwane")
_SZ_GIVEN_M = ("Sibusiso", "Mandla", "Sipho", "Bongani", "Themba", "Mduduzi")
_SZ_GIVEN_F = ("Nomsa", "Thandiwe", "Lindiwe", "Phindile", "Nokuthula", "Zanele")
#: (umphakatsi, inkhundla, sifundza)
_SZ_PLACES = (
    ("Mahlanya", "Lobamba", "Hhohho"),
    ("Motshane", "Motshane", "Hhohho"),
    ("Logoba", "Kwaluseni", "Manzini"),
    ("Luyengo", "Ludzeludze", "Manzini"),
    ("Mpolonjeni", "Mhlume", "Lubombo"),
    ("Lomahasha", "Lomahasha", "Lubombo"),
    ("Zombodze", "Zombodze Emuva", "Shiselweni"),
)
_SZ_FROM = (
    "Mbabane Government Hospital",
    "Raleigh Fitkin Memorial Hospital",
    "Good Shepherd Hospital",
    "Hlatikulu Government Hospital",
)
_SZ_TO = (
    "Steve Biko Academic Hospital, Pretoria",
    "Rob Ferreira Hospital, Mbombela",
    "Charlotte Maxeke Johannesburg Academic Hospital",
    "Mediclinic Nelspruit",
)
_CI_FAMILY = ("KOUASSI", "KONE", "YAO", "N'GUESSAN", "COULIBALY", "OUATTARA", "TRAORÉ", "BAMBA")
_CI_GIVEN_M = ("Kouadio Jean", "Yao Bernard", "Souleymane", "Adama", "Konan Serge", "Kofi Hervé")
_CI_GIVEN_F = ("Affoué Marie", "Aya Clarisse", "Mariam", "Awa", "Adjoua Félicité", "Amenan")
#: (village or quartier, sous-préfecture, région)
_CI_PLACES = (
    ("Koko", "Bouaké", "Gbêkê"),
    ("Djébonoua", "Djébonoua", "Gbêkê"),
    ("Petit-Paris", "Korhogo", "Poro"),
    ("Niofoin", "Niofoin", "Poro"),
    ("Libreville", "Man", "Tonkpi"),
    ("Gonaté", "Daloa", "Haut-Sassandra"),
    ("Fronan", "Katiola", "Hambol"),
)
_CI_BIRTHPLACES = ("Bouaké", "Korhogo", "Abidjan", "Man", "Daloa", "Katiola", "Sakassou")
_CI_OPERATORS = ("Orange Money", "MTN MoMo", "Moov Money", "Orange Money")


def _disab_degree(p: Person) -> str:
    return "Đặc biệt nặng" if int(p.bhxh) % 3 == 0 else "Nặng"


def _disab_coef(p: Person) -> float:
    """Nghị định 20/2021: 2.0 (đặc biệt nặng) or 1.5 (nặng), half more for children under 16
    and people of 60 and over."""
    age = p.other_date.year - p.birth.year
    severe = _disab_degree(p) == "Đặc biệt nặng"
    return (2.5 if severe else 2.0) if age < 16 or age >= 60 else (2.0 if severe else 1.5)


def _dong(amount: float) -> str:
    return f"{int(amount):,}".replace(",", ".")


def _carer(p: Person) -> tuple[str, str]:
    """The carer's name and relation (a spouse keeps their own family name)."""
    relation, male = _VN_CARERS[int(p.bhxh) // 13 % len(_VN_CARERS)]
    if relation in ("Vợ", "Chồng"):  # the spouse of the person, whichever sex they are
        relation, male = ("Vợ", False) if p.male else ("Chồng", True)
    same_family = relation in ("Bố", "Con") or (relation == "Mẹ" and int(p.bhxh) % 2 == 0)
    return _other_vn(p, 4, male, p.family if same_family else None), relation


def _declarant(p: Person) -> tuple[bool, int, str]:
    """Whether the person who declared the death is a man, their birth year and relation: a
    son or daughter of an older person, a parent of a younger one."""
    male = int(p.bhxh) // 7 % 2 == 0
    if p.birth.year <= 1975:
        return male, min(p.birth.year + 22 + _num(p, 9), 2005), "Con trai" if male else "Con gái"
    return male, p.birth.year - 24 - _num(p, 8), "Bố" if male else "Mẹ"


def _grade(score: float) -> str:
    return "Hoàn thành tốt" if score >= 8 else "Hoàn thành" if score >= 5 else "Chưa hoàn thành"


def _score(p: Person) -> float:
    return 5 + _num(p, 50) / 10


WRITERS_BLIND79: dict[str, Callable[[Person, Col], object]] = {
    "disab_addr79": lambda p, c: ", ".join(_place(p, _VN_DISAB_PLACES)),
    "disab_kind79": lambda p, c: _pick(p, _VN_DISAB_KINDS, 2),
    "disab_degree79": lambda p, c: _disab_degree(p),
    "coef79": lambda p, c: f"{_disab_coef(p):.1f}".replace(".", ","),
    "allowance79": lambda p, c: _dong(_disab_coef(p) * _VN_DISAB_BASE),
    "carer79": lambda p, c: _carer(p)[0],
    "carer_rel79": lambda p, c: _carer(p)[1],
    "carer_phone79": lambda p, c: _other_phone(p, "03"),
    "care_amount79": lambda p, c: (
        _dong(_VN_DISAB_BASE) if _disab_degree(p) == "Đặc biệt nặng" else ""
    ),
    "decision79": lambda p, c: f"{_num(p, 4000)}/QĐ-UBND",
    "female_x79": lambda p, c: "" if p.male else "x",
    "post79": lambda p, c: _pick(p, _VN_POSTS, 2),
    "subject79": lambda p, c: _pick(p, _VN_SUBJECTS, 3),
    "module79": lambda p, c: _pick(p, _VN_MODULES, 4),
    "periods79": lambda p, c: "120",
    "score79": lambda p, c: f"{_score(p):.1f}".replace(".", ","),
    "grade79": lambda p, c: _grade(_score(p)),
    "cert_no79": lambda p, c: f"{_num(p, 300)}/GCN-PGDĐT",
    "book79": lambda p, c: f"01/{p.other_date.year}",
    "ethnic79": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "nation79": lambda p, c: "Việt Nam",
    "last_home79": lambda p, c: (
        f"{_pick(p, _VN_DEATH_PLACES_HOME, 3)}, xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình"
    ),
    "death_hour79": lambda p, c: f"{_num(p, 23):02d} giờ {_num(p, 59) % 60:02d} phút",
    "death_day79": lambda p, c: (p.other_date - timedelta(days=1 + _num(p, 9))).strftime(
        c.date_format
    ),
    "death_place79": lambda p, c: _pick(p, _VN_DEATH_PLACES, 4),
    "cause79": lambda p, c: _pick(p, _VN_CAUSES, 5),
    "death_note79": lambda p, c: f"Giấy báo tử số {_num(p, 900)}/GBT",
    "declarant79": lambda p, c: _other_vn(p, 3, _declarant(p)[0], p.family),
    "declarant_rel79": lambda p, c: _declarant(p)[2],
    "declarant_cccd79": lambda p, c: _cccd_of(p, _declarant(p)[0], _declarant(p)[1]),
    "registrar79": lambda p, c: _other_vn(p, 6, False),
    "lodge_name79": lambda p, c: _pick(p, _VN_LODGE_NAMES, 2),
    "lodge_addr79": lambda p, c: f"Số {_num(p, 200)}/{_num(p, 30)}, {_place(p, _VN_LODGE_PLACES)}",
    "rooms79": lambda p, c: str(5 + _num(p, 35)),
    "tenants79": lambda p, c: str(8 + _num(p, 60)),
    "rent79": lambda p, c: _dong((12 + _num(p, 20)) * 125_000),
    "pledge79": lambda p, c: "Chưa ký" if int(p.bhxh) % 7 == 0 else "Đã ký",
    "police79": lambda p, c: f"{_pick(p, _VN_RANKS, 5)} {_other_vn(p, 8, True)}",
    "pn_aw79": lambda p, c: f"{p.birth:%Y%m%d}{p.bhxh[-2:]}",
    "aw_family79": lambda p, c: _pick(p, _AW_FAMILY, 2),
    "aw_given79": lambda p, c: _by_sex(p, _AW_GIVEN_M, _AW_GIVEN_F, 1),
    "sex_aw79": lambda p, c: "M" if p.male else "V",
    "street_aw79": lambda p, c: f"{_place(p, _AW_PLACES)[0]} {_num(p, 250)}",
    "distrito_aw79": lambda p, c: _place(p, _AW_PLACES)[1],
    "phone_aw79": lambda p, c: (
        f"+297 {_pick(p, ('56', '59', '73', '74', '58'), 3)}{p.phone[5]} {p.phone[6:10]}"
    ),
    "gp_aw79": lambda p, c: _pick(p, _AW_GPS, 4),
    "employer_aw79": lambda p, c: _pick(p, _AW_EMPLOYERS, 5),
    "contact_aw79": lambda p, c: (
        f"{_by_sex(p, _AW_GIVEN_F, _AW_GIVEN_M, 6)} {_pick(p, _AW_FAMILY, 7)}"
        f" ({_pick(p, ('mama', 'esposo', 'yiu', 'ruman'), 8)})"
    ),
    "ref_gi79": lambda p, c: f"HA/{p.other_date.year}/{p.bhxh[-4:]}",
    "gi_family79": lambda p, c: _pick(p, _GI_FAMILY + _GI_FAMILY2, 2),
    "gi_given79": lambda p, c: _by_sex(p, _GI_GIVEN_M, _GI_GIVEN_F, 1),
    "id_gi79": lambda p, c: p.bhxh[3:9],
    "card_gi79": lambda p, c: "Civilian Registration" if int(p.bhxh) % 5 == 0 else "ID Card",
    "sex_gi79": lambda p, c: "Male" if p.male else "Female",
    "addr_gi79": lambda p, c: f"{_place(p, _GI_ADDRESSES).format(n=_num(p, 120))}, Gibraltar",
    "post_gi79": lambda p, c: "GX11 1AA",
    "phone_gi79": lambda p, c: (
        f"+350 200 {p.phone[5:10]}"
        if int(p.bhxh) % 3 == 0
        else f"+350 5{_pick(p, ('4', '6', '7', '8'), 3)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "joint_gi79": lambda p, c: (
        f"{_by_sex(p, _GI_GIVEN_F, _GI_GIVEN_M, 4)} {_pick(p, _GI_FAMILY2 + _GI_FAMILY, 5)}"
        if int(p.bhxh) % 4
        else ""
    ),
    "joint_id_gi79": lambda p, c: p.bhxh[::-1][:6] if int(p.bhxh) % 4 else "",
    "household_gi79": lambda p, c: str(1 + _num(p, 6)),
    "bedrooms_gi79": lambda p, c: f"{1 + _num(p, 3)} bed",
    "band_gi79": lambda p, c: _pick(p, _GI_BANDS, 6),
    "claim_je79": lambda p, c: f"LTC{p.bhxh[-6:]}",
    "ssn_je79": lambda p, c: f"JY{p.bhxh[2:8]}{'ABCD'[int(p.bhxh) % 4]}",
    "title_je79": lambda p, c: "Mr" if p.male else _pick(p, ("Mrs", "Miss", "Ms", "Mrs"), 2),
    "je_family79": lambda p, c: _pick(p, _JE_FAMILY, 3),
    "je_given79": lambda p, c: _by_sex(p, _JE_GIVEN_M, _JE_GIVEN_F, 1),
    "street_je79": lambda p, c: (
        f"{_num(p, 80)} {_place(p, _JE_PLACES)[0]}"
        if int(p.bhxh) % 3
        else f"Flat {_num(p, 12)}, {_num(p, 60)} {_place(p, _JE_PLACES)[0]}"
    ),
    "parish_je79": lambda p, c: _place(p, _JE_PLACES)[1],
    "post_je79": lambda p, c: (
        f"{_place(p, _JE_PLACES)[2]}{'ABDEFGHJLNPQRSTUWXYZ'[int(p.bhxh) % 20]}"
        f"{'ABDEFGHJLNPQRSTUWXYZ'[int(p.bhxh) // 20 % 20]}"
    ),
    "phone_je79": lambda p, c: (
        f"01534 {p.phone[4:10]}"
        if int(p.bhxh) % 2
        else f"07{_pick(p, ('797', '700', '829'), 4)} {p.phone[4:10]}"
    ),
    "care_je79": lambda p, c: _pick(p, _JE_CARE, 5),
    "provider_je79": lambda p, c: _pick(p, _JE_PROVIDERS, 6),
    "weekly_je79": lambda p, c: f"{180 + _num(p, 90) * 7.35:.2f}",
    "nok_je79": lambda p, c: f"{_by_sex(p, _JE_GIVEN_F, _JE_GIVEN_M, 7)} {_pick(p, _JE_FAMILY, 8)}",
    "nok_phone_je79": lambda p, c: f"07797 {p.bhxh[::-1][:6]}",
    "sz_given79": lambda p, c: _by_sex(p, _SZ_GIVEN_M, _SZ_GIVEN_F, 1),
    "sz_family79": lambda p, c: _pick(p, _SZ_FAMILY, 2),
    "pin_sz79": lambda p, c: f"{p.birth:%y%m%d}{p.bhxh[-7:]}",
    "sex_sz79": lambda p, c: "Lisilisa" if p.male else "Lesifazane",
    "chiefdom_sz79": lambda p, c: _place(p, _SZ_PLACES)[0],
    "inkhundla_sz79": lambda p, c: _place(p, _SZ_PLACES)[1],
    "region_sz79": lambda p, c: _place(p, _SZ_PLACES)[2],
    "phone_sz79": lambda p, c: (
        f"+268 7{_pick(p, ('6', '8', '9'), 3)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "from_hosp_sz79": lambda p, c: _pick(p, _SZ_FROM, 4),
    "to_hosp_sz79": lambda p, c: _pick(p, _SZ_TO, 5),
    "escort_sz79": lambda p, c: (
        f"{_by_sex(p, _SZ_GIVEN_F, _SZ_GIVEN_M, 6)} {_pick(p, _SZ_FAMILY, 7)}"
    ),
    "escort_phone_sz79": lambda p, c: f"+268 76{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:6]}",
    "menage_ci79": lambda p, c: f"MEN-{p.bhxh[-6:]}",
    "nni_ci79": lambda p, c: f"{p.birth:%y}{p.bhxh[1:10]}",
    "ci_family79": lambda p, c: _pick(p, _CI_FAMILY, 2),
    "ci_given79": lambda p, c: _by_sex(p, _CI_GIVEN_M, _CI_GIVEN_F, 1),
    "birthplace_ci79": lambda p, c: _pick(p, _CI_BIRTHPLACES, 3),
    "sex_ci79": lambda p, c: "M" if p.male else "F",
    "locality_ci79": lambda p, c: _place(p, _CI_PLACES)[0],
    "sp_ci79": lambda p, c: _place(p, _CI_PLACES)[1],
    "region_ci79": lambda p, c: _place(p, _CI_PLACES)[2],
    "phone_ci79": lambda p, c: (
        f"{_pick(p, ('07', '05', '01'), 4)} {p.phone[2:4]} {p.phone[4:6]}"
        f" {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "operator_ci79": lambda p, c: _pick(p, _CI_OPERATORS, 5),
    "amount_ci79": lambda p, c: "36 000",
    "agent_ci79": lambda p, c: (
        f"{_pick(p, _CI_FAMILY, 6)} {_by_sex(p, _CI_GIVEN_F, _CI_GIVEN_M, 7)}"
    ),
}
