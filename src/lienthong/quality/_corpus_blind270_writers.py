"""How the people of the two-hundred-and-seventieth part of the outside corpus (**blind 270**,
:mod:`lienthong.quality._corpus_blind270`) are written: four Vietnamese files' own columns (a
lottery prize paid with its tax withheld, a bank's mistaken-transfer refund, a road-fee refund at
a vehicle inspection centre, a cemetery's yearly grave upkeep fee) and Cherokee, Ojibwe, Iowan,
Wisconsin and Kansan names, places, phones and numbers as their registers show them (US SSNs
with the area numbers the states were given, ZIP+4 codes, ``(918) 453-0712`` phones, Iowa and
Kansas driver's licence numbers, blood quantum as a fraction)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind197_writers import _ssn197

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: lottery prizes paid by a provincial lottery company ----------------------------------
_VN_LOT_KIND = ("Vé truyền thống", "Vé truyền thống", "Vé cào", "Vé Lô tô", "Vé truyền thống")
_VN_LOT_PRIZE = ("Giải ĐB", "Giải nhất", "Giải nhì", "Giải ba", "Giải KK", "Giải phụ ĐB")
_VN_LOT_AMOUNT = {
    "Giải ĐB": 2_000_000_000,
    "Giải phụ ĐB": 50_000_000,
    "Giải nhất": 30_000_000,
    "Giải nhì": 15_000_000,
    "Giải ba": 10_000_000,
    "Giải KK": 6_000_000,
}
_VN_LOT_WAY = ("Chuyển khoản", "Chuyển khoản", "Tiền mặt", "CK - Vietcombank", "CK - Agribank")
_VN_LOT_AGENT = ("ĐL Minh Phát", "ĐL Kim Ngân", "ĐL cấp 1 Thanh Thủy", "Bán dạo", "ĐL Tài Lộc")
# -- Vietnam: mistaken transfers a bank branch is asked to reverse ---------------------------------
_VN_BANKS = ("VCB", "BIDV", "VietinBank", "Agribank", "Techcombank", "MB", "ACB", "TPBank")
_VN_MIS_STATUS = (
    "Da hoan tra",
    "Da hoan tra",
    "Cho nguoi nhan dong y",
    "Phong toa tam thoi",
    "Chuyen CA xu ly",
    "Tu choi - sai thong tin",
)
_VN_MIS_WHY = ("Nham so TK", "Nham so TK", "Nham ngan hang", "Chuyen 2 lan", "Nham so tien")
# -- Vietnam: road-use fee refunds at a vehicle inspection centre ----------------------------------
_VN_ROAD_WHY = (
    "Xe hư hỏng không lưu hành",
    "Xe bị tạm giữ",
    "Xe bị tai nạn",
    "Chuyển vùng",
    "Xe bị thu hồi ĐK",
)
_VN_ROAD_STATUS = ("Đã hoàn phí", "Đã hoàn phí", "Chờ xác nhận", "Không đủ ĐK", "Bổ sung HS")
_VN_ROAD_KIND = ("Ô tô con dưới 10 chỗ", "Xe tải dưới 4 tấn", "Xe bán tải", "Ô tô 16 chỗ")
_VN_ROAD_FEE = {
    "Ô tô con dưới 10 chỗ": 130_000,
    "Xe tải dưới 4 tấn": 180_000,
    "Xe bán tải": 180_000,
    "Ô tô 16 chỗ": 180_000,
}
# -- Vietnam: yearly grave upkeep fees at a city cemetery ------------------------------------------
_VN_GRAVE_ZONE = ("Khu A", "Khu B", "Khu C", "Khu mộ cát táng", "Khu mộ hung táng")
_VN_GRAVE_KIN = ("Bố", "Mẹ", "Ông nội", "Bà nội", "Vợ", "Chồng", "Anh trai")
_VN_GRAVE_STATUS = ("Đã nộp", "Đã nộp", "Nợ phí", "Nợ 2 năm", "Đã nộp trước 5 năm")

# -- Cherokee Nation (Tahlequah, Oklahoma) ---------------------------------------------------------
_CN_FAMILY = (
    "Sixkiller",
    "Hummingbird",
    "Fourkiller",
    "Soap",
    "Christie",
    "Ketcher",
    "Proctor",
    "Wolfe",
    "Bearpaw",
    "Littledave",
)
_CN_GIVEN_M = ("Jesse", "Wesley", "Dustin", "Tommy", "Cody", "Levi", "Ryan")
_CN_GIVEN_F = ("Tonya", "Kayla", "Loretta", "Brandi", "Shawna", "Wilma", "Crystal")
_CN_MIDDLE = ("Lee", "Ray", "Dawn", "Ann", "", "Wayne", "Renee")
#: (city, county, zip, area code + exchange)
_CN_PLACES = (
    ("Tahlequah", "Cherokee", "74464", "(918) 456"),
    ("Stilwell", "Adair", "74960", "(918) 696"),
    ("Vinita", "Craig", "74301", "(918) 256"),
    ("Sallisaw", "Sequoyah", "74955", "(918) 775"),
    ("Claremore", "Rogers", "74017", "(918) 341"),
    ("Jay", "Delaware", "74346", "(918) 253"),
)
_CN_STREETS = ("W Downing St", "S Muskogee Ave", "N Cedar Ave", "Hwy 51 E", "E 4th St")
_CN_BLOOD = ("1/4", "1/8", "1/16", "3/4", "4/4", "1/2", "1/32", "1/64", "5/16", "1/128")
_CN_STATUS = (
    "Approved - Card Mailed",
    "Approved",
    "Pending Dawes Lineage",
    "Returned - Need Birth Cert",
    "Under Review",
)
_CN_KIND = ("Citizenship & CDIB", "CDIB Only", "Citizenship & CDIB", "Replacement Card")
# -- White Earth Nation (Minnesota): wild rice permits ---------------------------------------------
_WE_FAMILY = ("Bellecourt", "Fairbanks", "Wadena", "Vizenor", "Roy", "LaDuke", "Jourdain", "Bevins")
_WE_GIVEN_M = ("Joseph", "Darrell", "Curtis", "Elmer", "Travis", "Leonard")
_WE_GIVEN_F = ("Bernadette", "Rita", "Amanda", "Darlene", "Autumn", "Geraldine")
_WE_PLACES = (
    ("White Earth", "56591", "(218) 983"),
    ("Naytahwaush", "56566", "(218) 935"),
    ("Pine Point", "56575", "(218) 573"),
    ("Mahnomen", "56557", "(218) 935"),
    ("Ogema", "56569", "(218) 983"),
)
_WE_LAKES = ("Rice Lake", "Lower Rice Lake", "Big Rice Lake", "Bass Lake", "Twin Lakes")
_WE_BLOOD = ("4/4", "1/2", "3/4", "1/4", "5/8", "3/8", "7/8")
_WE_BOAT = ("Canoe", "Canoe", "Canoe - 2 ricers", "Knocker only", "Poler only")
# -- Polk County Auditor (Iowa): voter registrations -----------------------------------------------
_IA_FAMILY = ("Schmidt", "Nelson", "Hansen", "Larson", "Weber", "Peterson", "Nguyen", "Meyer")
_IA_GIVEN_M = ("Dale", "Kyle", "Brent", "Gary", "Tyler", "Duc")
_IA_GIVEN_F = ("Brenda", "Kari", "Megan", "Janet", "Shelby", "Lan")
_IA_PLACES = (
    ("Des Moines", "50315", "SE 14th St"),
    ("Des Moines", "50310", "Beaver Ave"),
    ("Ankeny", "50023", "NW State St"),
    ("Urbandale", "50322", "Douglas Ave"),
    ("West Des Moines", "50265", "Grand Ave"),
    ("Johnston", "50131", "Merle Hay Rd"),
)
_IA_PARTY = ("REP", "DEM", "NP", "REP", "DEM", "LIB", "NP")
_IA_STATUS = ("Active", "Active", "Active", "Inactive", "Pending")
_IA_PRECINCT = ("DM-27", "DM-41", "ANK-05", "URB-02", "WDM-11", "JOH-03")
# -- Wisconsin DWD: worker's compensation first reports --------------------------------------------
_WI_FAMILY = ("Kowalski", "Schultz", "Vang", "Olson", "Mueller", "Nowak", "Thao", "Krueger")
_WI_GIVEN_M = ("Brian", "Mark", "Jeffrey", "Pao", "Scott", "Randy")
_WI_GIVEN_F = ("Karen", "Heidi", "Mai", "Lisa", "Amber", "Tammy")
_WI_PLACES = (
    ("Green Bay", "54301", "S Webster Ave", "(920) 437"),
    ("Milwaukee", "53215", "S 16th St", "(414) 383"),
    ("Madison", "53704", "Atwood Ave", "(608) 244"),
    ("Wausau", "54401", "N 3rd St", "(715) 845"),
    ("Appleton", "54911", "W College Ave", "(920) 734"),
    ("Eau Claire", "54703", "Birch St", "(715) 832"),
)
_WI_EMPLOYERS = (
    "Schneider National Inc",
    "Kohler Co",
    "JBS Green Bay Inc",
    "Marshfield Clinic",
    "Menard Inc",
    "Oshkosh Corporation",
)
_WI_INJURY = (
    "Strain - lower back",
    "Laceration - left hand",
    "Fracture - right wrist",
    "Contusion - knee",
    "Carpal tunnel - bilateral",
)
_WI_CARRIERS = ("Secura Insurance", "Society Insurance", "Sentry Insurance", "Self-insured")
_WI_STATUS = ("Open - TTD paid", "Closed", "Denied", "Open - Med only", "Litigated")
# -- Kansas State Treasurer: unclaimed property claims ---------------------------------------------
_KS_FAMILY = ("Unruh", "Koehn", "Wiebe", "Ramirez", "Brungardt", "Schmidt", "Jones", "Dreiling")
_KS_GIVEN_M = ("Dwight", "Marvin", "Lyle", "Jose", "Clint", "Harold")
_KS_GIVEN_F = ("Darla", "Verna", "Colleen", "Rosa", "Kristy", "Joyce")
_KS_PLACES = (
    ("Wichita", "67211", "S Broadway", "(316) 262"),
    ("Hays", "67601", "E 13th St", "(785) 625"),
    ("Topeka", "66604", "SW 21st St", "(785) 273"),
    ("Hutchinson", "67501", "E 4th Ave", "(620) 662"),
    ("Olathe", "66061", "N Clairborne Rd", "(913) 764"),
    ("Garden City", "67846", "N Main St", "(620) 276"),
)
_KS_HOLDERS = (
    "Evergy Kansas Central",
    "Emprise Bank",
    "Koch Industries Inc",
    "Blue Cross Blue Shield of KS",
    "Dillon Companies LLC",
    "Farm Bureau Life Ins Co",
)
_KS_PROPERTY = ("Checking account", "Uncashed payroll", "Utility deposit", "Life ins proceeds")
_KS_STATUS = ("Paid", "Paid", "Pending documents", "Denied - not owner", "In review")


def _at(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 3) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 11 + 1) % len(table)]


def _us_phone(p: Person, lead: str) -> str:
    return f"{lead}-{p.phone[-4:]}"


def _zip4(base: str, p: Person) -> str:
    return f"{base}-{p.bhxh[-4:]}" if _num(p, 4) != 2 else base


def _after(p: Person, d: date, days: int) -> date:
    return d + timedelta(days=_num(p, days))


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _lot_prize(p: Person) -> str:
    return _pick(p, _VN_LOT_PRIZE, 3)


def _lot_tax(p: Person) -> str:
    amount = _VN_LOT_AMOUNT[_lot_prize(p)]
    return _money((amount - 10_000_000) // 10 if amount > 10_000_000 else 0)


def _road_months(p: Person) -> int:
    return 1 + _num(p, 11)


def _road_refund(p: Person) -> str:
    return _money(_VN_ROAD_FEE[_pick(p, _VN_ROAD_KIND, 4)] * _road_months(p))


def _cn_name(p: Person) -> tuple[str, str, str]:
    return (
        _pick(p, _CN_FAMILY, 2),
        _by_sex(p, _CN_GIVEN_M, _CN_GIVEN_F, 1),
        _pick(p, _CN_MIDDLE, 5),
    )


def _ia_dl(p: Person) -> str:
    """An Iowa licence number: three digits, two letters, four digits (``123AB4567``)."""
    letters = "".join(chr(65 + int(d) * 2 + int(p.bhxh[0]) % 2) for d in p.bhxh[3:5])
    return f"{p.bhxh[:3]}{letters}{p.bhxh[5:9]}"


def _ks_dl(p: Person) -> str:
    return f"K{p.bhxh[1:3]}-{p.bhxh[3:5]}-{p.bhxh[5:9]}"


def _wi_street(p: Person) -> str:
    city, zip_code, street, _ = _at(p, _WI_PLACES)
    return f"{_num(p, 3900) + 100} {street}, {city}, WI {_zip4(zip_code, p)}"


WRITERS_BLIND270: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: lottery prizes
    "lot_ticket270": lambda p, c: f"{p.bhxh[-6:]}",
    "lot_series270": lambda p, c: f"{p.other_date:%d%m}-{_pick(p, ('K1', 'K2', 'K3', 'K4'), 2)}",
    "lot_kind270": lambda p, c: _pick(p, _VN_LOT_KIND, 5),
    "lot_prize270": lambda p, c: _lot_prize(p),
    "lot_amount270": lambda p, c: _money(_VN_LOT_AMOUNT[_lot_prize(p)]),
    "lot_tax270": lambda p, c: _lot_tax(p),
    "lot_way270": lambda p, c: _pick(p, _VN_LOT_WAY, 6),
    "lot_agent270": lambda p, c: _pick(p, _VN_LOT_AGENT, 7),
    "lot_cashier270": lambda p, c: _other_vn(p, 8),
    # Vietnam: mistaken transfers
    "mis_from270": lambda p, c: f"1{p.bhxh[1:]}{p.phone[-3:]}",
    "mis_to270": lambda p, c: f"{p.phone[::-1][:4]}{p.bhxh[2:8]}",
    "mis_to_bank270": lambda p, c: _pick(p, _VN_BANKS, 3),
    "mis_to_name270": lambda p, c: _other_vn(p, 4).upper(),
    "mis_to_phone270": lambda p, c: _other_phone(p, "08"),
    "mis_amount270": lambda p, c: str((_num(p, 400) + 1) * 250_000),
    "mis_why270": lambda p, c: _pick(p, _VN_MIS_WHY, 5),
    "mis_ref270": lambda p, c: f"FT{p.other_date:%y%j}{p.bhxh[-6:]}",
    "mis_status270": lambda p, c: _pick(p, _VN_MIS_STATUS, 6),
    # Vietnam: road-use fee refunds
    "road_plate270": lambda p, c: f"{p.bhxh[:2]}A-{p.bhxh[2:5]}.{p.bhxh[5:7]}",
    "road_kind270": lambda p, c: _pick(p, _VN_ROAD_KIND, 4),
    "road_stamp270": lambda p, c: f"KĐ {p.bhxh[-7:]}",
    "road_why270": lambda p, c: _pick(p, _VN_ROAD_WHY, 5),
    "road_months270": lambda p, c: str(_road_months(p)),
    "road_refund270": lambda p, c: _road_refund(p),
    "road_until270": lambda p, c: f"{_after(p, p.other_date, 330):%d/%m/%Y}",
    "road_status270": lambda p, c: _pick(p, _VN_ROAD_STATUS, 6),
    # Vietnam: grave upkeep fees
    "grave_dead270": lambda p, c: _other_vn(p, 3, family=p.family),
    "grave_kin270": lambda p, c: _pick(p, _VN_GRAVE_KIN, 4),
    "grave_died270": lambda p, c: f"{_shift_date(p.other_date, -_num(p, 30)):%d/%m/%Y}",
    "grave_plot270": lambda p, c: (
        f"{_pick(p, _VN_GRAVE_ZONE, 5)} - Lô {_num(p, 40)} - H{_num(p, 21)} - M{_num(p, 62)}"
    ),
    "grave_fee270": lambda p, c: _money((3 + _num(p, 4)) * 120_000),
    "grave_years270": lambda p, c: str(1 + _num(p, 5)),
    "grave_status270": lambda p, c: _pick(p, _VN_GRAVE_STATUS, 7),
    # Cherokee Nation registration
    "cn_citizen270": lambda p, c: f"{_num(p, 9) - 1}{p.bhxh[-5:]}",
    "cn_family270": lambda p, c: _cn_name(p)[0],
    "cn_given270": lambda p, c: _cn_name(p)[1],
    "cn_middle270": lambda p, c: _cn_name(p)[2],
    "cn_ssn270": lambda p, c: _ssn197(p, (440, 441, 442, 443, 444, 445, 446, 447, 448)),
    "cn_sex270": lambda p, c: "M" if p.male else "F",
    "cn_blood270": lambda p, c: f"{_pick(p, _CN_BLOOD, 4)} Cherokee",
    "cn_dawes270": lambda p, c: f"{_pick(p, _CN_FAMILY, 6)}, {_pick(p, _CN_GIVEN_M, 7)}",
    "cn_roll270": lambda p, c: f"CHEROKEE BY BLOOD #{_num(p, 41000)}",
    "cn_street270": lambda p, c: f"{_num(p, 2400) + 100} {_pick(p, _CN_STREETS, 3)}",
    "cn_city270": lambda p, c: _at(p, _CN_PLACES)[0],
    "cn_county270": lambda p, c: f"{_at(p, _CN_PLACES)[1]} County",
    "cn_state270": lambda p, c: "OK",
    "cn_zip270": lambda p, c: _zip4(_at(p, _CN_PLACES)[2], p),
    "cn_phone270": lambda p, c: _us_phone(p, _at(p, _CN_PLACES)[3]),
    "cn_kind270": lambda p, c: _pick(p, _CN_KIND, 5),
    "cn_status270": lambda p, c: _pick(p, _CN_STATUS, 8),
    # White Earth Nation wild rice permits
    "we_permit270": lambda p, c: f"WR-{p.other_date:%Y}-{_num(p, 900):04d}",
    "we_enroll270": lambda p, c: f"WE{p.bhxh[-6:]}",
    "we_name270": lambda p, c: (
        f"{_pick(p, _WE_FAMILY, 2)}, {_by_sex(p, _WE_GIVEN_M, _WE_GIVEN_F, 1)}"
    ),
    "we_bq270": lambda p, c: _pick(p, _WE_BLOOD, 4),
    "we_ssn270": lambda p, c: _ssn197(p, (468, 469, 470, 471, 472, 473, 474, 475, 476, 477)),
    "we_addr270": lambda p, c: (
        f"{_num(p, 3500) + 100} Co Hwy {_num(p, 40)}, {_at(p, _WE_PLACES)[0]}, MN"
        f" {_zip4(_at(p, _WE_PLACES)[1], p)}"
    ),
    "we_phone270": lambda p, c: _us_phone(p, _at(p, _WE_PLACES)[2]),
    "we_lake270": lambda p, c: _pick(p, _WE_LAKES, 5),
    "we_boat270": lambda p, c: _pick(p, _WE_BOAT, 6),
    "we_partner270": lambda p, c: f"{_pick(p, _WE_GIVEN_M, 7)} {_pick(p, _WE_FAMILY, 8)}",
    "we_lbs270": lambda p, c: str(_num(p, 600)),
    # Polk County voter registrations
    "ia_voter270": lambda p, c: f"{p.bhxh[1:10]}",
    "ia_family270": lambda p, c: _pick(p, _IA_FAMILY, 2).upper(),
    "ia_given270": lambda p, c: _by_sex(p, _IA_GIVEN_M, _IA_GIVEN_F, 1).upper(),
    "ia_dl270": lambda p, c: _ia_dl(p),
    "ia_ssn4270": lambda p, c: p.bhxh[-4:],
    "ia_street270": lambda p, c: f"{_num(p, 5800) + 100} {_at(p, _IA_PLACES)[2]}".upper(),
    "ia_city270": lambda p, c: _at(p, _IA_PLACES)[0].upper(),
    "ia_zip270": lambda p, c: _zip4(_at(p, _IA_PLACES)[1], p),
    "ia_party270": lambda p, c: _pick(p, _IA_PARTY, 3),
    "ia_precinct270": lambda p, c: _pick(p, _IA_PRECINCT, 4),
    "ia_status270": lambda p, c: _pick(p, _IA_STATUS, 5),
    "ia_phone270": lambda p, c: f"515-{p.phone[-7:-4]}-{p.phone[-4:]}",
    # Wisconsin worker's compensation
    "wi_claim270": lambda p, c: f"{p.other_date:%Y}-{p.bhxh[-6:]}",
    "wi_name270": lambda p, c: (
        f"{_by_sex(p, _WI_GIVEN_M, _WI_GIVEN_F, 1)} {_pick(p, _WI_FAMILY, 2)}"
    ),
    "wi_ssn270": lambda p, c: _ssn197(p, tuple(range(387, 400))),
    "wi_addr270": lambda p, c: _wi_street(p),
    "wi_phone270": lambda p, c: _us_phone(p, _at(p, _WI_PLACES)[3]),
    "wi_employer270": lambda p, c: _pick(p, _WI_EMPLOYERS, 4),
    "wi_fein270": lambda p, c: f"39-{p.bhxh[2:9]}",
    "wi_injury270": lambda p, c: _pick(p, _WI_INJURY, 5),
    "wi_carrier270": lambda p, c: _pick(p, _WI_CARRIERS, 6),
    "wi_wage270": lambda p, c: f"${600 + _num(p, 900)}.{p.bhxh[-2:]}",
    "wi_status270": lambda p, c: _pick(p, _WI_STATUS, 7),
    # Kansas unclaimed property
    "ks_claim270": lambda p, c: f"CL{p.other_date:%y}{p.bhxh[-7:]}",
    "ks_prop270": lambda p, c: f"{p.bhxh[-9:]}",
    "ks_family270": lambda p, c: _pick(p, _KS_FAMILY, 2),
    "ks_given270": lambda p, c: _by_sex(p, _KS_GIVEN_M, _KS_GIVEN_F, 1),
    "ks_ssn270": lambda p, c: _ssn197(p, (509, 510, 511, 512, 513, 514, 515), dashes=False),
    "ks_dl270": lambda p, c: _ks_dl(p) if _num(p, 4) != 3 else "",
    "ks_street270": lambda p, c: f"{_num(p, 4800) + 100} {_at(p, _KS_PLACES)[2]}",
    "ks_city270": lambda p, c: _at(p, _KS_PLACES)[0],
    "ks_zip270": lambda p, c: _zip4(_at(p, _KS_PLACES)[1], p),
    "ks_phone270": lambda p, c: _us_phone(p, _at(p, _KS_PLACES)[3]),
    "ks_holder270": lambda p, c: _pick(p, _KS_HOLDERS, 4),
    "ks_kind270": lambda p, c: _pick(p, _KS_PROPERTY, 5),
    "ks_amount270": lambda p, c: f"{_num(p, 4000) + 25}.{p.bhxh[-2:]}",
    "ks_status270": lambda p, c: _pick(p, _KS_STATUS, 6),
}

__all__ = ["WRITERS_BLIND270"]
