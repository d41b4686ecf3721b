"""How the people of the hundred-and-thirty-third part of the outside corpus (**blind 133**,
:mod:`lienthong.quality._corpus_blind133`) are written: four Vietnamese files' own columns (a
provincial justice department's marriages with a foreign element, a commune's switch from rice to
orchards, a district military command's call-up deferrals for students, a second-hand phone
shop's purchase book kept for the ward police) and Jamaican, Trinidadian, Barbadian, Bahamian and
Haitian names, addresses, phones and numbers in the forms their documents show (the Jamaican
9-digit TRN, the Trinidadian 11-digit national ID with the birth date first and the BIR number,
the Barbadian national registration number with the birth date first, the Bahamian NIB number,
the Haitian CIN and NIF)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_COUNTRIES = (
    ("Hàn Quốc", "KIM MIN JUN", "M"),
    ("Đài Loan (Trung Quốc)", "CHEN WEI LUN", "M"),
    ("Nhật Bản", "SATO YUKI", "F"),
    ("Hoa Kỳ", "JOHNSON MICHAEL DAVID", "M"),
    ("Trung Quốc", "LI XIAO MEI", "F"),
    ("Úc", "NGUYEN THOMAS", "M"),
)
_VN_TP_STATUS = ("Đã trả kết quả", "Đang thẩm tra", "Chờ phỏng vấn", "Đã trả kết quả")
_VN_TP_OFFICERS = ("Trần Thị Ngọc Hà", "Phạm Đức Thắng", "Lê Minh Thư")
_VN_CROPS = ("Bưởi da xanh", "Sầu riêng Ri6", "Mít Thái", "Dừa xiêm", "Chanh không hạt")
_VN_FIELDS = ("Đồng Bến Đình", "Cánh đồng Mả Giáo", "Khu Bãi Sậy", "Đồng Cây Gạo")
_VN_SCHOOLS = (
    "Trường ĐH Bách khoa Hà Nội",
    "Trường ĐH Sư phạm TP.HCM",
    "Trường CĐ Kỹ thuật Cao Thắng",
    "Học viện Nông nghiệp Việt Nam",
    "Trường ĐH Cần Thơ",
)
_VN_MILITARY = ("Thiếu tá Vũ Văn Hùng", "Đại úy Lý Quốc Bảo", "Trung tá Hà Minh Đức")
_VN_PHONES = ("iPhone 13 Pro Max", "Samsung Galaxy A54", "OPPO Reno8", "Xiaomi Redmi Note 12")
_VN_ORIGIN = ("Khách bán lại", "Thu cũ đổi mới", "Cầm đồ quá hạn", "Khách bán lại")

_JM_PLACES = (
    ("12 Hope Road, Kingston 6", "St. Andrew"),
    ("Lot 45 Greater Portmore, Portmore", "St. Catherine"),
    ("3 Market Street, Montego Bay", "St. James"),
    ("Main Street, Santa Cruz", "St. Elizabeth"),
    ("27 Manchester Road, Mandeville", "Manchester"),
    ("Bog Walk District, Linstead P.O.", "St. Catherine"),
)
_JM_FARMS = ("Ontario, Canada - greenhouse", "Florida, USA - sugar cane", "BC, Canada - orchard")
_JM_MP = ("Ms. Sandra Brown (Liaison)", "Mr. Devon Campbell (Liaison)", "Mrs. Joy Grant (Liaison)")
_JM_STAT = ("Selected", "Medical pending", "Not selected", "Travelled", "Selected")
_JM_KIN = ("Marcia Williams (mother)", "Andre Thompson (brother)", "Paulette Reid (wife)")

_TT_PLACES = (
    ("14 Pembroke Street", "Port of Spain"),
    ("LP 22 Eastern Main Road", "Arima"),
    ("7 Coffee Street", "San Fernando"),
    ("Lot 3 Southern Main Road", "Couva"),
    ("26 Mucurapo Road", "St. James"),
    ("LP 81 Naparima Mayaro Road", "Princes Town"),
)
_TT_INST = (
    ("The University of the West Indies, St. Augustine", "BSc Computer Science"),
    ("University of Trinidad and Tobago", "BASc Petroleum Engineering"),
    ("College of Science, Technology and Applied Arts", "AAS Nursing"),
    ("University of the Southern Caribbean", "BA Psychology"),
)
_TT_STAT = ("Approved", "Approved", "Pending documents", "Rejected - means test")

_BB_PLACES = (
    ("#14 Welches Terrace", "Christ Church", "BB17024"),
    ("Lot 9 Deacons Farm", "St. Michael", "BB12015"),
    ("2nd Avenue Haggatt Hall", "St. Michael", "BB11063"),
    ("Gall Hill", "St. John", "BB20059"),
    ("Rock Hall Village", "St. Thomas", "BB22028"),
    ("Six Roads", "St. Philip", "BB18001"),
)
_BB_KIND = ("Public Assistance", "Rent Assistance", "School Uniforms", "Funeral Grant")
_BB_WORKER = ("Ms. A. Greenidge", "Mr. K. Boyce", "Mrs. D. Small")

_BS_PLACES = (
    ("Carmichael Road", "Carmichael", "New Providence"),
    ("#17 Soldier Road", "Elizabeth", "New Providence"),
    ("Pinewood Gardens, Fig Street", "Pinewood", "New Providence"),
    ("Queen's Highway", "Eight Mile Rock", "Grand Bahama"),
    ("Settlement Road", "Dundas Town", "Abaco"),
    ("Queen's Highway", "Rock Sound", "Eleuthera"),
)

_HT_FAMILY = ("Jean-Baptiste", "Pierre", "Joseph", "Louis", "Charles", "Dorvil", "Étienne")
_HT_GIVEN_M = ("Jean Robert", "Wilner", "Frantz", "Jean-Claude", "Marc Kenson", "Wisly")
_HT_GIVEN_F = ("Marie Carmelle", "Nadège", "Rose-Michelle", "Guerline", "Fabienne", "Mirlande")
_HT_PLACES = (
    ("Ouest", "Port-au-Prince", "Rue Capois #34, Port-au-Prince"),
    ("Ouest", "Pétion-Ville", "Delmas 75, Rue Clerveaux #8, Pétion-Ville"),
    ("Nord", "Cap-Haïtien", "Rue 15 B, Cap-Haïtien"),
    ("Artibonite", "Saint-Marc", "Ruelle Vaillant #12, Saint-Marc"),
    ("Sud", "Les Cayes", "Rue Geffrard, Les Cayes"),
    ("Centre", "Hinche", "Rue Chanoine, Hinche"),
)
_HT_DEPT_CODE = {"Ouest": "01", "Nord": "03", "Artibonite": "05", "Sud": "07", "Centre": "06"}
_HT_POB = ("Jacmel", "Gonaïves", "Jérémie", "Port-de-Paix", "Léogâne", "Port-au-Prince")
_HT_KIND = ("Premye paspò / Premier", "Renouvèlman / Renouvellement", "Pèdi / Perte")
_HT_STAT = ("Depoze", "An tretman / En traitement", "Pare / Prêt", "Remèt / Livré")


def _place(p: Person, places: tuple[_T, ...]) -> _T:
    return places[int(p.bhxh) // 13 % len(places)]


def _ht_place(p: Person) -> _T:
    return _place(p, _HT_PLACES)


def _ht_cin(p: Person) -> str:
    """The old Haitian CIN: department, commune, section, birth year, birth month and a serial."""
    dept = _HT_DEPT_CODE[_ht_place(p)[0]]
    return f"{dept}-{_num(p, 9):02d}-{_num(p, 7):02d}-{p.birth:%Y-%m}-{p.bhxh[-5:]}"


def _ht_nif(p: Person) -> str:
    d = p.bhxh[::-1]
    return f"00{d[0]}-{d[1:4]}-{d[4:7]}-{d[7]}"


def _jm_trn(p: Person) -> str:
    return f"1{p.bhxh[1:3]}-{p.bhxh[3:6]}-{p.bhxh[6:9]}"


def _tt_id(p: Person) -> str:
    return f"{p.birth:%Y%m%d}{p.bhxh[-3:]}"


def _nanp(p: Person, area: str, lead: str) -> str:
    return f"({area}) {lead}{p.phone[3:5]}-{p.phone[5:9]}"


def _ht_name(p: Person) -> str:
    return f"{_pick(p, _HT_FAMILY, 2).upper()} {_by_sex(p, _HT_GIVEN_M, _HT_GIVEN_F, 1)}"


WRITERS_BLIND133: dict[str, Callable[[Person, Col], object]] = {
    "case133": lambda p, c: f"{_num(p, 900)}/KH-NNg",
    "country133": lambda p, c: _place(p, (_VN_COUNTRIES))[0],
    "spouse133": lambda p, c: _place(p, _VN_COUNTRIES)[1],
    "spouse_pp133": lambda p, c: f"M{p.bhxh[2:10]}",
    "spouse_year133": lambda p, c: str(p.birth.year + _num(p, 9) - 3),
    "interview133": lambda p, c: f"{_shift_date(p.other_date, 0):%d/%m/%Y} - 8h30",
    "tp_status133": lambda p, c: _pick(p, _VN_TP_STATUS, 3),
    "tp_officer133": lambda p, c: _pick(p, _VN_TP_OFFICERS, 4),
    "field133": lambda p, c: _pick(p, _VN_FIELDS, 2),
    "map133": lambda p, c: f"Tờ {_num(p, 40)} / Thửa {_num(p, 700)}",
    "area133": lambda p, c: f"{_num(p, 80) * 37 + 120}",
    "crop133": lambda p, c: _pick(p, _VN_CROPS, 3),
    "trees133": lambda p, c: str(_num(p, 80) + 10),
    "support133": lambda p, c: f"{(_num(p, 80) * 37 + 120) * 5000:,}".replace(",", "."),
    "school133": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "course133": lambda p, c: f"K{_num(p, 9) + 64} ({2020 + _num(p, 4)}-{2024 + _num(p, 4)})",
    "grad133": lambda p, c: str(2024 + _num(p, 4)),
    "father133": lambda p, c: _other_vn(p, 3, male=True, family=p.family),
    "defer_no133": lambda p, c: f"{_num(p, 400)}/QĐ-BCH",
    "mil_officer133": lambda p, c: _pick(p, _VN_MILITARY, 4),
    "model133": lambda p, c: _pick(p, _VN_PHONES, 2),
    "imei133": lambda p, c: f"35{p.bhxh}{p.phone[-3:]}",
    "price133": lambda p, c: f"{(_num(p, 90) + 10) * 100_000:,}".replace(",", "."),
    "origin133": lambda p, c: _pick(p, _VN_ORIGIN, 3),
    "buyer133": lambda p, c: _other_vn(p, 5),
    "buyer_phone133": lambda p, c: _other_phone(p, "08"),
    "trn_jm133": lambda p, c: _jm_trn(p),
    "nis_jm133": lambda p, c: f"{p.family[0].upper()}{p.bhxh[-6:]}",
    "addr_jm133": lambda p, c: _place(p, _JM_PLACES)[0],
    "parish_jm133": lambda p, c: _place(p, _JM_PLACES)[1],
    "phone_jm133": lambda p, c: _nanp(p, "876", "8"),
    "pp_jm133": lambda p, c: f"A{p.bhxh[::-1][:7]}",
    "farm_jm133": lambda p, c: _pick(p, _JM_FARMS, 3),
    "liaison_jm133": lambda p, c: _pick(p, _JM_MP, 4),
    "kin_jm133": lambda p, c: _pick(p, _JM_KIN, 5),
    "stat_jm133": lambda p, c: _pick(p, _JM_STAT, 6),
    "id_tt133": lambda p, c: _tt_id(p),
    "bir_tt133": lambda p, c: f"{p.bhxh[1:10]}",
    "street_tt133": lambda p, c: _place(p, _TT_PLACES)[0],
    "town_tt133": lambda p, c: _place(p, _TT_PLACES)[1],
    "phone_tt133": lambda p, c: _nanp(p, "868", "7"),
    "inst_tt133": lambda p, c: _place(p, _TT_INST)[0],
    "prog_tt133": lambda p, c: _place(p, _TT_INST)[1],
    "tuition_tt133": lambda p, c: f"TT${(_num(p, 30) + 5) * 1000:,}.00",
    "stat_tt133": lambda p, c: _pick(p, _TT_STAT, 4),
    "nrn_bb133": lambda p, c: f"{p.birth:%y%m%d}-{p.bhxh[-4:]}",
    "street_bb133": lambda p, c: _place(p, _BB_PLACES)[0],
    "parish_bb133": lambda p, c: _place(p, _BB_PLACES)[1],
    "post_bb133": lambda p, c: _place(p, _BB_PLACES)[2],
    "phone_bb133": lambda p, c: _nanp(p, "246", "2"),
    "kind_bb133": lambda p, c: _pick(p, _BB_KIND, 3),
    "amount_bb133": lambda p, c: f"${(_num(p, 40) + 10) * 10}.00",
    "worker_bb133": lambda p, c: _pick(p, _BB_WORKER, 4),
    "hh_bb133": lambda p, c: str(_num(p, 7)),
    "nib_bs133": lambda p, c: f"{p.bhxh[2:10]}",
    "voter_bs133": lambda p, c: p.bhxh[::-1][:6],
    "street_bs133": lambda p, c: _place(p, _BS_PLACES)[0],
    "settle_bs133": lambda p, c: _place(p, _BS_PLACES)[1],
    "island_bs133": lambda p, c: _place(p, _BS_PLACES)[2],
    "const_bs133": lambda p, c: _place(p, _BS_PLACES)[1].upper(),
    "div_bs133": lambda p, c: str(_num(p, 12)),
    "phone_bs133": lambda p, c: _nanp(p, "242", "4"),
    "occ_bs133": lambda p, c: _pick(p, ("Teacher", "Mason", "Nurse", "Retired", "Clerk"), 3),
    "cin_ht133": lambda p, c: _ht_cin(p),
    "nif_ht133": lambda p, c: _ht_nif(p),
    "name_ht133": lambda p, c: _ht_name(p),
    "sex_ht133": lambda p, c: "M" if p.male else "F",
    "pob_ht133": lambda p, c: _pick(p, _HT_POB, 3),
    "father_ht133": lambda p, c: f"{_pick(p, _HT_GIVEN_M, 4)} {_pick(p, _HT_FAMILY, 2)}",
    "mother_ht133": lambda p, c: f"{_pick(p, _HT_GIVEN_F, 5)} {_pick(p, _HT_FAMILY, 6)}",
    "dept_ht133": lambda p, c: _ht_place(p)[0],
    "commune_ht133": lambda p, c: _ht_place(p)[1],
    "addr_ht133": lambda p, c: _ht_place(p)[2],
    "phone_ht133": lambda p, c: (
        f"+509 {_pick(p, ('3', '4', '2'), 2)}{p.phone[3]} {p.phone[4:6]} {p.phone[6:10]}"
    ),
    "kind_ht133": lambda p, c: _pick(p, _HT_KIND, 3),
    "receipt_ht133": lambda p, c: f"DGI-{p.other_date.year}-{p.bhxh[-6:]}",
    "stat_ht133": lambda p, c: _pick(p, _HT_STAT, 4),
}
