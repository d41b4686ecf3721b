"""How the people of the forty-eighth part of the outside corpus (**blind 48**,
:mod:`lienthong.quality._corpus_blind48`) are written: four Vietnamese files' own columns (a
census follow-up's enumeration area, household head and match result, a divorce case's number,
defendant and outcome, a pregnant woman's own name, birth date and card beside her husband's, her
last period and due date, a fisherman's boat, owner, gear and sailing) and Faroese, Curaçaoan,
Manx, Sabahan and Kurdish names, addresses, phones and identity numbers in the forms their cards
show (the Faroese P-tal's mod 11 digit, odd for men; the Curaçao sedula's birth date and serial
with no check; the Manx ``MA`` national insurance number; the MyKad's birth date, Sabah birth
place code and odd or even last digit; the Iraqi national card's twelve digits with no published
check)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: relations to the head of household, indexed alike (0: the head himself or herself)
_VN_REL_M = ("Chủ hộ", "Chồng", "Con", "Cha", "Cháu", "Con rể")
_VN_REL_F = ("Chủ hộ", "Vợ", "Con", "Mẹ", "Cháu", "Con dâu")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Chăm", "Tày")
_VN_RELIGION = ("Không", "Không", "Phật giáo", "Công giáo", "Cao Đài", "Tin lành")
_VN_EDU = ("Không có CMKT", "Sơ cấp", "Trung cấp", "Cao đẳng", "Đại học", "Thạc sĩ")
_VN_MATCH = ("Khớp", "Khớp", "Sai ngày sinh", "Bỏ sót", "Sai họ tên", "Trùng nhân khẩu", "Khớp")
_VN_CASE_KINDS = ("Vụ án ly hôn", "Việc thuận tình ly hôn", "Vụ án ly hôn")
_VN_CLAIMS = (
    "Ly hôn",
    "Ly hôn, nuôi con chung",
    "Ly hôn, chia tài sản chung",
    "Thuận tình ly hôn",
    "Ly hôn, cấp dưỡng nuôi con",
)
_VN_OUTCOMES = (
    "Đang giải quyết",
    "Hòa giải đoàn tụ",
    "Đình chỉ (rút đơn)",
    "Công nhận thuận tình LH",
    "Xử cho ly hôn",
    "Tạm đình chỉ",
)
_VN_PROVINCES_OLD = (
    "Xã Mỹ Xương, Huyện Cao Lãnh, Tỉnh Đồng Tháp",
    "Xã Bình Thạnh, Huyện Thủ Thừa, Tỉnh Long An",
    "Thôn 3, Xã Đắk R'Moan, TP. Gia Nghĩa, Tỉnh Đắk Nông",
    "Ấp Phú Hòa, Xã Phú Lộc, Huyện Tam Bình, Tỉnh Vĩnh Long",
)
_VN_BIRTH_PLACES = ("TYT phường", "BV Hùng Vương", "BV Từ Dũ", "TTYT khu vực", "BV Quận")
_VN_GEAR = ("Lưới rê", "Lưới kéo đôi", "Câu mực", "Lưới vây", "Chụp mực", "Câu vàng")
_VN_CREW = ("Thuyền trưởng", "Máy trưởng", "Thuyền viên", "Thuyền viên", "Thuyền viên")
_VN_GROUNDS = ("Vùng lộng", "Vùng khơi - Vũng Tàu", "Côn Đảo", "Vùng khơi - Trường Sa")
_VN_POSTS = ("Trạm KSBP Cần Thạnh", "Trạm KSBP Long Hòa", "Trạm KSBP Thạnh An", "Cửa Soài Rạp")
_FO_FAMILY = ("Joensen", "Hansen", "Jacobsen", "Poulsen", "Mortensen", "á Lakjuni", "Nolsøe")
_FO_GIVEN_M = ("Jógvan", "Rógvi", "Heðin", "Sjúrður", "Óli", "Bárður", "Hallur")
_FO_GIVEN_F = ("Guðrun", "Rannvá", "Turið", "Marjun", "Ása", "Sigrid", "Elin")
#: (street, postcode, town)
_FO_PLACES = (
    ("Niels Finsens gøta", "100", "Tórshavn"),
    ("Tróndargøta", "100", "Tórshavn"),
    ("Hoyvíksvegur", "188", "Hoyvík"),
    ("Klaksvíksvegur", "700", "Klaksvík"),
    ("Heiðavegur", "620", "Runavík"),
    ("Vágsvegur", "900", "Vágur"),
    ("Bakkavegur", "380", "Sørvágur"),
)
_FO_BENEFITS = ("Fólkapensjón", "Hjálparráð", "Barnagjald", "Fyritíðarpensjón", "Húsaleigustuðul")
_CW_FAMILY = ("Martina", "Isenia", "Koeiman", "Statia", "Rosaria", "Leito", "Cijntje", "Sulvaran")
_CW_GIVEN_M = ("Jeandro", "Ruthsel", "Giandro", "Shurendy", "Edsel", "Sherwin", "Rignald")
_CW_GIVEN_F = ("Shudaika", "Jurenska", "Rosalie", "Suhaily", "Gisela", "Mireille", "Ivonne")
#: (street, bario)
_CW_PLACES = (
    ("Kaya Sabana", "Santa Maria"),
    ("Kaya Gobernador N. Debrot", "Pietermaai"),
    ("Kaya Flamboyan", "Saliña"),
    ("Seru Fortuna, Kaya B", "Seru Fortuna"),
    ("Kaya Jabez Gorsira", "Brievengat"),
    ("Kaya Kaktus", "Montaña Rey"),
    ("Kaya Papa Godett", "Otrobanda"),
)
#: (street, town, postcode district)
_IM_PLACES = (
    ("Bucks Road", "Douglas", "IM1"),
    ("Circular Road", "Douglas", "IM2"),
    ("Ballaquark", "Onchan", "IM3"),
    ("Parliament Street", "Ramsey", "IM8"),
    ("Atholl Place", "Peel", "IM5"),
    ("Malew Street", "Castletown", "IM9"),
    ("Bridson Street", "Port Erin", "IM9"),
)
_IM_GPS = ("Kensington Group Practice", "Peel Group Practice", "Ramsey Group Practice")
_MY_NAMES_M = (
    "Mohd Faizal bin Abdul Rahman",
    "Jeffrey Gontilan",
    "Chong Kah Wai",
    "Awang Sahari bin Jumat",
    "Alexander Majinbon",
    "Rosli bin Ladjaman",
)
_MY_NAMES_F = (
    "Nurul Ain binti Sulaiman",
    "Joanna Sintoh",
    "Lee Mei Ling",
    "Dayang Noraini binti Ahmad",
    "Rosalind Gimbang",
    "Siti Aminah binti Masdar",
)
_MY_ETHNIC = ("Kadazandusun", "Bajau", "Murut", "Cina", "Melayu Brunei", "Bugis")
#: (address line, postcode, district)
_MY_PLACES = (
    ("Lot 15, Taman Foh Sang, Jalan Lintas", "88300", "Kota Kinabalu"),
    ("No. 7, Lorong Bunga Raya 3, Taman Tshun Ngen", "89500", "Penampang"),
    ("Kampung Tanjung Aru Baru, Jalan Mat Salleh", "88100", "Kota Kinabalu"),
    ("Blok C-3-12, Pangsapuri Sri Keramat, Batu 4, Jalan Utara", "90000", "Sandakan"),
    ("TB 4521, Taman Sabindo, Jalan Dunlop", "91000", "Tawau"),
    ("Kampung Bundu Tuhan, Peti Surat 23", "89308", "Ranau"),
)
_KU_GIVEN_M = ("ئاراس", "هێمن", "کاروان", "شوان", "ڕێبوار", "دلێر", "سۆران")
_KU_GIVEN_F = ("ژیان", "شیلان", "ڤیان", "هێرۆ", "نازدار", "بەفرین", "ڕوناک")
_KU_FATHERS = ("عومەر", "حەمە", "ئەحمەد", "کەریم", "جەلال", "مەحمود", "عەبدوڵڵا", "ڕەسوڵ")
_KU_MOTHERS = ("ئامینە", "فاتیمە", "خەدیجە", "گوڵاڵە", "زەینەب", "حەلیمە")
#: (governorate, city or district, neighbourhood)
_KU_PLACES = (
    ("هەولێر", "هەولێر", "گەڕەکی ئازادی"),
    ("سلێمانی", "سلێمانی", "گەڕەکی سالم"),
    ("دهۆک", "دهۆک", "گەڕەکی ماڵتا"),
    ("سلێمانی", "ڕانیە", "گەڕەکی شەهیدان"),
    ("هەولێر", "کۆیە", "گەڕەکی حاجیاوا"),
    ("هەڵەبجە", "هەڵەبجە", "گەڕەکی پیرمحەمەد"),
)
_KU_BIRTH_PLACES = ("هەولێر", "سلێمانی", "کەرکووک", "دهۆک", "موسڵ", "خانەقین")


def _safe(year: int, month: int, day: int) -> date:
    """A date that exists: day 29-31 falls back to 28 so no February ever breaks."""
    return date(year, month, min(day, 28))


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _ward(p: Person) -> str:
    """The ward of the person's own address (the unit between the street and the city)."""
    return p.address.split(", ")[1]


def _spouse_year(p: Person) -> int:
    return p.birth.year + (int(p.bhxh[-2:]) % 9 - 3) * (1 if p.male else -1)


def _spouse_birth(p: Person) -> date:
    return _safe(_spouse_year(p), int(p.bhxh[4:6]) % 12 + 1, int(p.bhxh[6:8]) % 28 + 1)


def _wedding(p: Person) -> date:
    year = min(max(p.birth.year, _spouse_year(p)) + 20 + int(p.bhxh[3]), 2024)
    return _safe(year, p.birth.month, int(p.bhxh[5:7]) % 28 + 1)


def _def_address(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return p.address
    if int(p.bhxh) % 3 == 1:
        return f"{_num(p, 200)} {_pick(p, ('Lê Văn Sỹ', 'Âu Cơ', 'Phan Văn Trị'), 4)}, {_ward(p)}"
    return _pick(p, _VN_PROVINCES_OLD, 5)


def _mother_birth(p: Person) -> date:
    """A pregnant woman's birthday: the person's day and month, aged 18 to 42 (1984-2007)."""
    return _safe(1984 + p.birth.year % 24, p.birth.month, p.birth.day)


def _lmp(p: Person) -> date:
    """The first day of the last period: within the first nine months of 2025."""
    return _safe(2025, int(p.bhxh[2:4]) % 9 + 1, int(p.bhxh[4:6]) % 28 + 1)


def _sailing(p: Person) -> date:
    return p.other_date + timedelta(days=int(p.bhxh[-2:]) % 25 + 5)


def _p_tal(p: Person) -> str:
    """A Faroese P-tal ``DDMMYY-NNN``: the birth date, two serial digits and a check digit that
    makes ``sum(d * w)`` with weights 3,2,7,6,5,4,3,2,1 divisible by 11, odd for men, even for
    women (serials that give neither are skipped)."""
    head = f"{p.birth:%d%m%y}"
    start = int(p.bhxh[:2])
    for step in range(100):
        body = f"{head}{(start + step) % 100:02d}"
        total = sum(int(d) * w for d, w in zip(body, (3, 2, 7, 6, 5, 4, 3, 2), strict=True))
        check = (11 - total % 11) % 11
        if check < 10 and check % 2 == (1 if p.male else 0):
            return f"{body[:6]}-{body[6:]}{check}"
    return f"{head}-001"


def _sedula(p: Person) -> str:
    """A Curaçao sedula (ID) number: yyyymmdd of birth and a two-digit serial, no check digit."""
    return f"{p.birth:%Y%m%d}{p.bhxh[-2:]}"


def _manx_ni(p: Person) -> str:
    """An Isle of Man national insurance number: the ``MA`` prefix, six digits, a suffix A-D."""
    return f"MA {p.bhxh[1:3]} {p.bhxh[3:5]} {p.bhxh[5:7]} {'ABCD'[int(p.bhxh[7]) % 4]}"


def _im_postcode(p: Person) -> str:
    """A Manx postcode ``IM2 4NR``: the town's district, a digit and two letters of the unit."""
    letters = "ABDEFHJLNPQRSTUWXYZ"
    unit = f"{int(p.bhxh[4]) % 9 + 1}{letters[_num(p, 19) - 1]}{letters[int(p.bhxh[5:7]) % 19]}"
    return f"{_place(p, _IM_PLACES)[2]} {unit}"


def _mykad(p: Person) -> str:
    """A MyKad number ``yymmdd-PB-###G``: birth date, birth place (12, 47-49 Sabah, a few born
    elsewhere), a serial and a last digit odd for men and even for women."""
    place = _pick(p, ("12", "12", "49", "47", "48", "13", "14"), 3)
    last = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    return f"{p.birth:%y%m%d}-{place}-{p.bhxh[-4:-1]}{last}"


WRITERS_BLIND48: dict[str, Callable[[Person, Col], object]] = {
    "ea48": lambda p, c: f"79{p.bhxh[:3]}{_num(p, 40):03d}",
    "hh48": lambda p, c: str(_num(p, 150)),
    "relation48": lambda p, c: _by_sex(p, _VN_REL_M, _VN_REL_F),
    "head48": lambda p, c: p.full if int(p.bhxh) % 6 == 0 else _other_vn(p, 3, True, p.family),
    "ethnic48": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "religion48": lambda p, c: _pick(p, _VN_RELIGION, 3),
    "edu48": lambda p, c: _pick(p, _VN_EDU, 4),
    "tdp48": lambda p, c: f"Tổ {_num(p, 60)}, KP {_num(p, 8)}",
    "ward48": lambda p, c: _ward(p),
    "enum48": lambda p, c: _other_vn(p, 5),
    "match48": lambda p, c: _pick(p, _VN_MATCH, 6),
    "case48": lambda p, c: f"{_num(p, 900)}/{p.other_date.year}/TLST-HNGĐ",
    "kind48": lambda p, c: _pick(p, _VN_CASE_KINDS, 2),
    "def48": lambda p, c: _vn_name(p, not p.male, _pick(p, ("Trần", "Lê", "Đỗ", "Ngô"), 3), 4),
    "def_birth48": lambda p, c: f"{_spouse_birth(p):%d/%m/%Y}",
    "def_cccd48": lambda p, c: _cccd_of(p, not p.male, _spouse_year(p)),
    "def_addr48": lambda p, c: _def_address(p),
    "def_phone48": lambda p, c: _other_phone(p, "09"),
    "wed48": lambda p, c: f"{_wedding(p):%d/%m/%Y}",
    "kids48": lambda p, c: str(int(p.bhxh[2]) % 4),
    "claim48": lambda p, c: _pick(p, _VN_CLAIMS, 4),
    "judge48": lambda p, c: _other_vn(p, 6),
    "outcome48": lambda p, c: _pick(p, _VN_OUTCOMES, 5),
    "mother48": lambda p, c: _vn_name(p, False, p.family, 2),
    "mother_birth48": lambda p, c: f"{_mother_birth(p):%d/%m/%Y}",
    "mother_cccd48": lambda p, c: _cccd_of(p, False, _mother_birth(p).year),
    "husband48": lambda p, c: _vn_name(p, True, _pick(p, ("Nguyễn", "Phạm", "Võ", "Bùi"), 3), 5),
    "husband_year48": lambda p, c: str(_mother_birth(p).year - int(p.bhxh[-1]) % 7 + 1),
    "husband_phone48": lambda p, c: _other_phone(p, "03"),
    "para48": lambda p, c: f"{int(p.bhxh[1]) % 3}0{int(p.bhxh[2]) % 2}{int(p.bhxh[1]) % 3}",
    "lmp48": lambda p, c: f"{_lmp(p):%d/%m/%Y}",
    "edd48": lambda p, c: f"{_lmp(p) + timedelta(days=280):%d/%m/%Y}",
    "visits48": lambda p, c: str(int(p.bhxh[3]) % 7 + 1),
    "tt48": lambda p, c: _pick(p, ("Mũi 1", "Mũi 2", "Đủ liều", "Chưa tiêm"), 2),
    "birthplace48": lambda p, c: _pick(p, _VN_BIRTH_PLACES, 4),
    "boat48": lambda p, c: f"SG-{p.bhxh[-5:]}-TS",
    "owner48": lambda p, c: _other_vn(p, 4, True),
    "owner_phone48": lambda p, c: _other_phone(p, "091"),
    "crew48": lambda p, c: _pick(p, _VN_CREW, 2),
    "gear48": lambda p, c: _pick(p, _VN_GEAR, 3),
    "hp48": lambda p, c: str((_num(p, 80) + 2) * 10),
    "crew_n48": lambda p, c: str(int(p.bhxh[4]) % 9 + 3),
    "return48": lambda p, c: f"{_sailing(p):%d-%m-%Y}",
    "ground48": lambda p, c: _pick(p, _VN_GROUNDS, 4),
    "post48": lambda p, c: _pick(p, _VN_POSTS, 5),
    "ptal_fo48": lambda p, c: _p_tal(p),
    "fo_given48": lambda p, c: _by_sex(p, _FO_GIVEN_M, _FO_GIVEN_F, 1),
    "fo_family48": lambda p, c: _pick(p, _FO_FAMILY, 2),
    "sex_fo48": lambda p, c: "Kallur" if p.male else "Kona",
    "street_fo48": lambda p, c: f"{_place(p, _FO_PLACES)[0]} {_num(p, 60)}",
    "postnr_fo48": lambda p, c: _place(p, _FO_PLACES)[1],
    "town_fo48": lambda p, c: _place(p, _FO_PLACES)[2],
    "phone_fo48": lambda p, c: f"+298 {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "kin_fo48": lambda p, c: f"{_by_sex(p, _FO_GIVEN_F, _FO_GIVEN_M, 4)} {_pick(p, _FO_FAMILY, 5)}",
    "benefit_fo48": lambda p, c: _pick(p, _FO_BENEFITS, 3),
    "officer_fo48": lambda p, c: _pick(p, ("Rakul Hansen", "Tróndur Olsen", "Ann Poulsen"), 6),
    "sedula_cw48": lambda p, c: _sedula(p),
    "cw_family48": lambda p, c: _pick(p, _CW_FAMILY, 2),
    "cw_given48": lambda p, c: _by_sex(p, _CW_GIVEN_M, _CW_GIVEN_F, 1),
    "sex_cw48": lambda p, c: "Hòmber" if p.male else "Muhé",
    "street_cw48": lambda p, c: f"{_place(p, _CW_PLACES)[0]} {_num(p, 90)}",
    "bario_cw48": lambda p, c: _place(p, _CW_PLACES)[1],
    "phone_cw48": lambda p, c: f"+599 9 5{p.phone[5:7]} {p.phone[7:10]}{p.bhxh[0]}",
    "contact_cw48": lambda p, c: (
        f"{_by_sex(p, _CW_GIVEN_F, _CW_GIVEN_M, 4)} {_pick(p, _CW_FAMILY, 5)}"
    ),
    "contact_phone_cw48": lambda p, c: f"+599 9 7{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:6]}",
    "pension_cw48": lambda p, c: _pick(p, ("AOV", "AWW", "AOV + AWW", "AOV parsial"), 3),
    "ni_im48": lambda p, c: _manx_ni(p),
    "street_im48": lambda p, c: f"{_num(p, 70)} {_place(p, _IM_PLACES)[0]}",
    "town_im48": lambda p, c: _place(p, _IM_PLACES)[1],
    "postcode_im48": lambda p, c: _im_postcode(p),
    "phone_im48": lambda p, c: (
        f"07624 {p.phone[4:10]}" if int(p.bhxh) % 2 else f"01624 {p.phone[4:10]}"
    ),
    "gp_im48": lambda p, c: _pick(p, _IM_GPS, 3),
    "kin_im48": lambda p, c: _pick(p, ("Mrs J. Quayle (daughter)", "Mr P. Kinvig (son)"), 4),
    "benefit_im48": lambda p, c: _pick(
        p, ("Retirement Pension", "Income Support", "Carer's Allowance", "Jobseeker's Allowance"), 5
    ),
    "mykad_my48": lambda p, c: _mykad(p),
    "name_my48": lambda p, c: _by_sex(p, _MY_NAMES_M, _MY_NAMES_F, 1),
    "sex_my48": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "ethnic_my48": lambda p, c: _pick(p, _MY_ETHNIC, 2),
    "address_my48": lambda p, c: (
        f"{_place(p, _MY_PLACES)[0]}, {_place(p, _MY_PLACES)[1]} {_place(p, _MY_PLACES)[2]}, Sabah"
    ),
    "postcode_my48": lambda p, c: _place(p, _MY_PLACES)[1],
    "daerah_my48": lambda p, c: _place(p, _MY_PLACES)[2],
    "phone_my48": lambda p, c: (
        f"01{_pick(p, ('2', '3', '6', '9'), 3)}-{p.phone[3:6]} {p.phone[6:10]}"
    ),
    "heir_my48": lambda p, c: _by_sex(p, _MY_NAMES_F, _MY_NAMES_M, 4),
    "heir_rel_my48": lambda p, c: _pick(p, ("Isteri", "Suami", "Anak", "Ibu", "Adik"), 5),
    "heir_phone_my48": lambda p, c: f"019-{p.bhxh[::-1][:3]} {p.bhxh[::-1][3:7]}",
    "aid_my48": lambda p, c: _pick(p, ("Bantuan Warga Emas", "Bantuan Kanak-Kanak", "BOKU"), 6),
    "nid_ku48": lambda p, c: f"{1 + int(p.bhxh[0]) % 2}{p.bhxh[1:10]}{p.birth:%y}",
    "name_ku48": lambda p, c: (
        f"{_by_sex(p, _KU_GIVEN_M, _KU_GIVEN_F, 1)} {_pick(p, _KU_FATHERS, 2)}"
        f" {_pick(p, _KU_FATHERS, 3)}"
    ),
    "mother_ku48": lambda p, c: f"{_pick(p, _KU_MOTHERS, 4)} {_pick(p, _KU_FATHERS, 5)}",
    "sex_ku48": lambda p, c: "نێر" if p.male else "مێ",
    "birthplace_ku48": lambda p, c: _pick(p, _KU_BIRTH_PLACES, 6),
    "ration_ku48": lambda p, c: f"{p.bhxh[-6:]}",
    "gov_ku48": lambda p, c: _place(p, _KU_PLACES)[0],
    "city_ku48": lambda p, c: _place(p, _KU_PLACES)[1],
    "hood_ku48": lambda p, c: _place(p, _KU_PLACES)[2],
    "phone_ku48": lambda p, c: (
        f"07{_pick(p, ('50', '51', '70', '71', '72'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "amount_ku48": lambda p, c: f"{(_num(p, 30) + 5) * 25_000:,}",
}
