"""How the people of the thirty-ninth part of the outside corpus (**blind 39**,
:mod:`lienthong.quality._corpus_blind39`) are written: four Vietnamese files' own columns (an
e-commerce seller's shop, platform, shop link, tax period, revenue and tax, a social protection
centre resident's category, home province, room, sponsor and allowance, a voter's ethnicity,
neighbourhood group and polling station, a pensioner's pension book, regime, amount, the post
office and the person who collects for him or her) and Nauruan, Vincentian, Kittitian-Nevisian,
Guinean and Dominican names, addresses, phones and identity numbers in the forms their cards show
(none of the Nauruan passport number, the Vincentian ID card number, the Kittitian or Dominican
social security number or the Guinean NIN publishes a check digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_PLATFORMS = ("Shopee", "Lazada", "TikTok Shop", "Tiki", "Sendo", "Shopee")
_SHOP_URLS = {
    "Shopee": "https://shopee.vn/shop/",
    "Lazada": "https://www.lazada.vn/shop/s",
    "TikTok Shop": "https://www.tiktok.com/@shop",
    "Tiki": "https://tiki.vn/cua-hang/s",
    "Sendo": "https://www.sendo.vn/shop/s",
}
_VN_SHOPS = (
    "Mẹ Bống Store",
    "Tiệm Nhà Sóc",
    "Gốm Bát Tràng Online",
    "Hải Sản Khô Cô Ba",
    "Thời Trang Linh Chi",
    "Phụ Kiện Điện Thoại 24h",
    "Bánh Tráng Tây Ninh Út Hoa",
    "Mỹ Phẩm Hàn Chính Hãng",
)
_VN_PERIODS = ("Quý 1/2025", "Quý 2/2025", "Quý 3/2025", "Năm 2024", "Quý 4/2024")
_VN_RESIDENT_KINDS = (
    "Trẻ em mồ côi cả cha và mẹ",
    "Trẻ em bị bỏ rơi",
    "Người cao tuổi cô đơn, không nơi nương tựa",
    "Người cao tuổi thuộc hộ nghèo, không người phụng dưỡng",
    "Người khuyết tật đặc biệt nặng",
)
_VN_HOMES = ("Long An", "Tây Ninh", "Bình Phước", "Đồng Tháp", "Sóc Trăng", "Quảng Ngãi", "TP.HCM")
_VN_SPONSORS = (
    "Quỹ Bảo trợ trẻ em TP.HCM",
    "Chùa Kỳ Quang 2",
    "Công ty CP Sữa Việt Nam (Vinamilk)",
    "Hội Chữ thập đỏ quận Gò Vấp",
    "Tổ chức SOS Làng trẻ em",
    "Nhóm thiện nguyện Áo Xanh",
)
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Chăm", "Tày")
_VN_STATIONS = (
    ("KVBP số 1", "Trụ sở UBND phường"),
    ("KVBP số 2", "Trường Tiểu học Nguyễn Văn Trỗi"),
    ("KVBP số 3", "Nhà văn hóa khu phố 3"),
    ("KVBP số 4", "Trường THCS Lê Lợi"),
    ("KVBP số 5", "Hội trường Công an phường"),
)
_VN_REGIMES = ("Hưu trí", "Hưu trí", "Mất sức lao động", "Tuất hằng tháng", "Tai nạn lao động")
_VN_POSTS = (
    "Bưu điện Trung tâm Sài Gòn",
    "Bưu điện Gò Vấp",
    "Điểm BĐVHX Phước Kiển",
    "Bưu điện Bình Thạnh",
    "Điểm chi trả UBND phường 7",
)
_VN_PROXY_KIN = ("Con trai", "Con gái", "Con dâu", "Cháu nội", "Vợ", "Chồng", "Cháu ngoại")
_NR_FAMILY = ("Waqa", "Aingimea", "Adeang", "Dabwido", "Dowiyogo", "Scotty", "Detenamo", "Deiye")
_NR_FAMILY2 = ("Kun", "Agir", "Itsimaera", "Akua", "Bernicke", "Harris", "Tom", "Gioura")
_NR_GIVEN_M = ("Baron", "Lionel", "Sprent", "Marcus", "Shadlog", "Riddell", "Valdon", "Rennier")
_NR_GIVEN_F = ("Charmaine", "Isabella", "Joy", "Ruby", "Delilah", "Marlene", "Kinza", "Gabrissa")
_NR_DISTRICTS = (
    "Aiwo",
    "Anabar",
    "Anetan",
    "Anibare",
    "Baiti",
    "Boe",
    "Buada",
    "Denigomodu",
    "Ewa",
    "Ijuw",
    "Meneng",
    "Nibok",
    "Uaboe",
    "Yaren",
)
_VC_FAMILY = ("Browne", "Cumberbatch", "Gonsalves", "Jack", "Providence", "DaSilva", "Ollivierre")
_VC_GIVEN_M = ("Kenroy", "Dwight", "Shevon", "Camillo", "Rawlson", "Kezron", "Orande")
_VC_GIVEN_F = ("Shanique", "Kishorne", "Lavern", "Tamika", "Delcia", "Mikella", "Nicole")
#: (street or village, parish)
_VC_PLACES = (
    ("Murray's Road, Kingstown", "St. George"),
    ("Sion Hill", "St. George"),
    ("Arnos Vale", "St. George"),
    ("Georgetown", "Charlotte"),
    ("Layou", "St. Andrew"),
    ("Chateaubelair", "St. David"),
    ("Barrouallie", "St. Patrick"),
    ("Port Elizabeth, Bequia", "Grenadines"),
)
_VC_EMPLOYERS = ("ECGC", "VINLEC", "CWSA", "Bank of SVG", "Government of SVG", "Self-employed")
_KN_FAMILY = ("Liburd", "Browne", "Hanley", "Williams", "Amory", "Brantley", "Powell", "Douglas")
_KN_GIVEN_M = ("Terrance", "Jonel", "Akeem", "Delroy", "Marcus", "Vance", "Shawn")
_KN_GIVEN_F = ("Latoya", "Shernelle", "Glenda", "Keisha", "Marva", "Tricia", "Jamila")
#: (village or street, parish)
_KN_PLACES = (
    ("Bird Rock, Basseterre", "St. George Basseterre"),
    ("McKnight, Basseterre", "St. George Basseterre"),
    ("Sandy Point Town", "St. Anne Sandy Point"),
    ("Cayon", "St. Mary Cayon"),
    ("Old Road", "Christ Church Nichola Town"),
    ("Gingerland", "St. George Gingerland"),
    ("Charlestown", "St. Paul Charlestown"),
    ("Cotton Ground", "St. Thomas Lowland"),
)
_NEVIS = frozenset({"St. George Gingerland", "St. Paul Charlestown", "St. Thomas Lowland"})
_KN_EMPLOYERS = ("SKN Port Authority", "Four Seasons Nevis", "SKNANB", "Marriott St. Kitts")
_GN_FAMILY = ("DIALLO", "BAH", "BARRY", "SOW", "CAMARA", "CONDÉ", "TOURÉ", "KEÏTA", "SYLLA")
_GN_GIVEN_M = ("Mamadou Aliou", "Ibrahima Sory", "Alpha Oumar", "Sékou", "Lansana", "Thierno")
_GN_GIVEN_F = ("Fatoumata Binta", "Mariama", "Kadiatou", "Aïssatou", "M'Balia", "Hadja Oumou")
#: (quartier, commune)
_GN_PLACES = (
    ("Quartier Boulbinet", "Kaloum"),
    ("Quartier Almamya", "Kaloum"),
    ("Quartier Landréah", "Dixinn"),
    ("Quartier Madina", "Matam"),
    ("Quartier Hamdallaye", "Ratoma"),
    ("Quartier Kipé", "Ratoma"),
    ("Quartier Sangoyah", "Matoto"),
)
_GN_EMPLOYERS = ("SMB-Winning", "CBG", "EDG", "SEG", "Orange Guinée", "Port Autonome de Conakry")
_DM_FAMILY = ("Joseph", "Charles", "Baptiste", "Lawrence", "St. Jean", "Registe", "Frederick")
_DM_GIVEN_M = ("Roosevelt", "Kelvar", "Ian", "Vince", "Gregory", "Hubert", "Ezekiel")
_DM_GIVEN_F = ("Cassandra", "Marvlyn", "Gloria", "Beverly", "Josephine", "Tasha", "Valda")
#: (village, parish)
_DM_PLACES = (
    ("Goodwill, Roseau", "St. George"),
    ("Bath Estate", "St. George"),
    ("Portsmouth", "St. John"),
    ("Marigot", "St. Andrew"),
    ("Castle Bruce", "St. David"),
    ("Grand Bay", "St. Patrick"),
    ("Soufrière", "St. Mark"),
    ("Mahaut", "St. Paul"),
)
_DM_EMPLOYERS = ("DOWASCO", "DOMLEC", "National Bank of Dominica", "Government of Dominica")


def _station(p: Person) -> tuple[str, str]:
    return _VN_STATIONS[int(p.bhxh) // 9 % len(_VN_STATIONS)]


def _place(p: Person, places: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    return places[int(p.bhxh) // 9 % len(places)]


def _proxy_cccd(p: Person) -> str:
    """A proxy's citizen id: born 1975-1999, so the century digit is 0 (man) or 1 (woman)."""
    return f"0{p.cccd[1:3]}{_num(p, 2) - 1}{75 + _num(p, 24):02d}{p.bhxh[-6:]}"


WRITERS_BLIND39: dict[str, Callable[[Person, Col], object]] = {
    "shop39": lambda p, c: _pick(p, _VN_SHOPS, 2),
    "platform39": lambda p, c: _pick(p, _VN_PLATFORMS, 3),
    "shop_url39": lambda p, c: f"{_SHOP_URLS[_pick(p, _VN_PLATFORMS, 3)]}{p.bhxh[1:10]}",
    "period39": lambda p, c: _pick(p, _VN_PERIODS, 4),
    "revenue39": lambda p, c: str((_num(p, 90) + 10) * 12_500_000),
    "tax39": lambda p, c: str((_num(p, 90) + 10) * 187_500),
    "kind39": lambda p, c: _pick(p, _VN_RESIDENT_KINDS, 2),
    "hometown39": lambda p, c: _pick(p, _VN_HOMES, 3),
    "room39": lambda p, c: f"Khu {_pick(p, ('A', 'B', 'C'), 4)} - P.{_num(p, 20)}",
    "sponsor39": lambda p, c: _pick(p, _VN_SPONSORS, 5),
    "sponsor_phone39": lambda p, c: _other_phone(p, "028"),
    "allowance39": lambda p, c: _pick(p, ("1.800.000", "2.160.000", "2.700.000", "3.600.000"), 6),
    "ethnic39": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "group39": lambda p, c: f"Tổ dân phố {_num(p, 40)}",
    "station39": lambda p, c: _station(p)[0],
    "station_place39": lambda p, c: _station(p)[1],
    "birth_year39": lambda p, c: str(p.birth.year),
    "book39": lambda p, c: f"79{p.bhxh[2:4]}.{p.bhxh[-6:]}",
    "regime39": lambda p, c: _pick(p, _VN_REGIMES, 3),
    "pension39": lambda p, c: f"{(_num(p, 80) + 30) * 150_000:,}".replace(",", "."),
    "month39": lambda p, c: f"{_num(p, 12):02d}/2025",
    "proxy39": lambda p, c: _other_vn(p, 4, None, p.family),
    "proxy_cccd39": lambda p, c: _proxy_cccd(p),
    "proxy_rel39": lambda p, c: _pick(p, _VN_PROXY_KIN, 5),
    "post39": lambda p, c: _pick(p, _VN_POSTS, 6),
    "passport_nr39": lambda p, c: f"RN{p.bhxh[3:10]}",
    "nr_name39": lambda p, c: (
        f"{_by_sex(p, _NR_GIVEN_M, _NR_GIVEN_F, 1)} {_pick(p, _NR_FAMILY, 2)}"
        if int(p.bhxh) % 2
        else f"{_by_sex(p, _NR_GIVEN_M, _NR_GIVEN_F, 1)} {_pick(p, _NR_FAMILY2, 2)}"
    ),
    "sex_nr39": lambda p, c: "Male" if p.male else "Female",
    "district_nr39": lambda p, c: _pick(p, _NR_DISTRICTS, 3),
    "address_nr39": lambda p, c: f"Lot {_num(p, 90)}, {_pick(p, _NR_DISTRICTS, 3)} District",
    "phone_nr39": lambda p, c: f"+674 55{_pick(p, ('5', '6', '7', '8'), 4)} {p.phone[6:10]}",
    "benefit_nr39": lambda p, c: _pick(p, ("Aged pension", "Disability", "Child allowance"), 5),
    "amount_nr39": lambda p, c: f"AUD {_pick(p, ('150.00', '200.00', '250.00'), 6)}",
    "payee_nr39": lambda p, c: (
        f"{_by_sex(p, _NR_GIVEN_F, _NR_GIVEN_M, 7)} {_pick(p, _NR_FAMILY2, 8)}"
    ),
    "nis_vc39": lambda p, c: f"{p.bhxh[-6:]}",
    "id_vc39": lambda p, c: f"{p.birth:%y%m%d}{p.bhxh[4:7]}",
    "vc_family39": lambda p, c: _pick(p, _VC_FAMILY, 2),
    "vc_given39": lambda p, c: _by_sex(p, _VC_GIVEN_M, _VC_GIVEN_F, 1),
    "sex_vc39": lambda p, c: "Male" if p.male else "Female",
    "address_vc39": lambda p, c: _place(p, _VC_PLACES)[0],
    "parish_vc39": lambda p, c: _place(p, _VC_PLACES)[1],
    "phone_vc39": lambda p, c: f"(784) 4{_pick(p, ('5', '9', '3'), 3)}{p.phone[5]}-{p.phone[6:10]}",
    "employer_vc39": lambda p, c: _pick(p, _VC_EMPLOYERS, 4),
    "benefit_vc39": lambda p, c: _pick(
        p, ("Age Pension", "Sickness", "Maternity", "Invalidity"), 5
    ),
    "beneficiary_vc39": lambda p, c: (
        f"{_by_sex(p, _VC_GIVEN_F, _VC_GIVEN_M, 6)} {_pick(p, _VC_FAMILY, 7)}"
    ),
    "ss_kn39": lambda p, c: f"{p.bhxh[-6:]}",
    "kn_family39": lambda p, c: _pick(p, _KN_FAMILY, 2),
    "kn_given39": lambda p, c: _by_sex(p, _KN_GIVEN_M, _KN_GIVEN_F, 1),
    "sex_kn39": lambda p, c: "M" if p.male else "F",
    "street_kn39": lambda p, c: _place(p, _KN_PLACES)[0],
    "parish_kn39": lambda p, c: _place(p, _KN_PLACES)[1],
    "island_kn39": lambda p, c: "Nevis" if _place(p, _KN_PLACES)[1] in _NEVIS else "St. Kitts",
    "phone_kn39": lambda p, c: f"1-869-66{_pick(p, ('2', '3', '4'), 3)}-{p.phone[6:10]}",
    "employer_kn39": lambda p, c: _pick(p, _KN_EMPLOYERS, 4),
    "wage_kn39": lambda p, c: f"EC${(_num(p, 60) + 20) * 25}.00",
    "next_kin_kn39": lambda p, c: (
        f"{_by_sex(p, _KN_GIVEN_F, _KN_GIVEN_M, 5)} {_pick(p, _KN_FAMILY, 6)}"
    ),
    "cnss_gn39": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:10]}",
    "nin_gn39": lambda p, c: f"{p.bhxh[::-1][:4]}{p.birth:%y%m%d}{p.bhxh[4:6]}",
    "gn_family39": lambda p, c: _pick(p, _GN_FAMILY, 2),
    "gn_given39": lambda p, c: _by_sex(p, _GN_GIVEN_M, _GN_GIVEN_F, 1),
    "sex_gn39": lambda p, c: "M" if p.male else "F",
    "birthplace_gn39": lambda p, c: _pick(
        p, ("Conakry", "Labé", "Kankan", "Kindia", "N'Zérékoré"), 3
    ),
    "address_gn39": lambda p, c: (
        f"{_place(p, _GN_PLACES)[0]}, Commune de {_place(p, _GN_PLACES)[1]}"
    ),
    "commune_gn39": lambda p, c: _place(p, _GN_PLACES)[1],
    "phone_gn39": lambda p, c: (
        f"+224 6{_pick(p, ('22', '28', '55', '64'), 4)} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "employer_gn39": lambda p, c: _pick(p, _GN_EMPLOYERS, 5),
    "father_gn39": lambda p, c: f"{_pick(p, _GN_GIVEN_M, 6)} {_pick(p, _GN_FAMILY, 2)}",
    "ss_dm39": lambda p, c: f"{p.bhxh[-7:]}",
    "dm_family39": lambda p, c: _pick(p, _DM_FAMILY, 2),
    "dm_given39": lambda p, c: _by_sex(p, _DM_GIVEN_M, _DM_GIVEN_F, 1),
    "sex_dm39": lambda p, c: "M" if p.male else "F",
    "address_dm39": lambda p, c: f"{_num(p, 60)} {_place(p, _DM_PLACES)[0]}",
    "parish_dm39": lambda p, c: _place(p, _DM_PLACES)[1],
    "phone_dm39": lambda p, c: f"767-{_pick(p, ('225', '245', '275', '615'), 3)}-{p.phone[6:10]}",
    "employer_dm39": lambda p, c: _pick(p, _DM_EMPLOYERS, 4),
    "kin_dm39": lambda p, c: f"{_by_sex(p, _DM_GIVEN_F, _DM_GIVEN_M, 5)} {_pick(p, _DM_FAMILY, 6)}",
    "kin_rel_dm39": lambda p, c: _by_sex(
        p, ("Mother", "Wife", "Sister", "Daughter"), ("Father", "Husband", "Brother", "Son"), 7
    ),
    "kin_phone_dm39": lambda p, c: f"767-612-{p.bhxh[::-1][:4]}",
}
