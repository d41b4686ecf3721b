"""How the people of the eighty-seventh part of the outside corpus (**blind 87**,
:mod:`lienthong.quality._corpus_blind87`) are written: four Vietnamese files' own columns (a
pupil's donated bicycle and homeroom teacher, a first-aid trainee's course and certificate, a
tobacco retailer's licence and supplier, a landslide-hit household's damage and support) and
American, Ontarian, English, Australian and Nigerian (Hausa) names, places, phones and identity
numbers in the forms their agencies write them (the SSN, ZIP+4, the Ontario health number with
its version code, the NHS number with its modulus 11 check digit, the National Insurance number,
the Medicare card number with its IRN, the NIN and the BVN)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind37_writers import _NINO_PREFIXES, _POST_LETTERS, _nhs, _ssn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind52_writers import _medicare, _ohip
from lienthong.quality._corpus_blind57_writers import _nin

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ETHNIC = ("Ca Dong", "Ca Dong", "Kinh", "Mơ Nông", "Xơ Đăng", "Ca Dong")
_VN_CLASSES = ("6/1", "6/2", "7/1", "7/2", "8/1", "8/3", "9/1", "9/2")
_VN_TEACHERS = ("Hồ Thị Thu", "Nguyễn Văn Sỹ", "Trần Thị Lệ Hằng", "Đinh Văn Lâm", "Lê Thị Mai")
_VN_VILLAGES = ("Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 5")
_VN_COMMUNES = ("xã Trà Mai", "xã Trà Don", "xã Trà Vân", "xã Trà Mai")
_VN_HARDSHIP = (
    "Hộ nghèo",
    "Mồ côi cha",
    "Hộ cận nghèo, nhà xa trường",
    "Hộ nghèo, bố mẹ đi làm ăn xa",
    "Mồ côi mẹ, ở với ông bà",
)
_VN_DONORS = (
    "Quỹ Bảo trợ trẻ em tỉnh",
    "Báo Tuổi Trẻ - CT 'Tiếp sức đến trường'",
    "Cty TNHH Thống Nhất",
    "Hội Chữ thập đỏ huyện",
)
_VN_JOBS = ("Nông dân", "Giáo viên", "Buôn bán", "Nhân viên y tế thôn", "Công an viên", "HSSV")
_VN_UNITS = (
    "Chi hội CTĐ thôn Đông",
    "Chi đoàn TN thôn Tây",
    "Hội LHPN xã",
    "Tổ y tế thôn bản",
    "Đội xung kích PCTT xã",
)
_VN_COURSES = (
    "Sơ cấp cứu ban đầu (đợt 1/2025)",
    "Sơ cấp cứu đuối nước",
    "Sơ cấp cứu tai nạn giao thông",
    "Sơ cấp cứu ban đầu (đợt 2/2025)",
)
_VN_TRAINERS = ("BS. Phan Văn Tuấn", "ĐD. Lê Thị Hoa", "BS. Nguyễn Thị Thanh", "CN. Võ Đình Nam")
_VN_SHOPS = ("Tạp hóa", "Tạp hóa", "Đại lý", "Quán nước", "Cửa hàng tiện lợi")
_VN_SHOP_PLACES = (
    "Sạp 45 chợ Bà Chiểu, P. Bình Thạnh",
    "Ki-ốt 12 chợ Tân Định, P. Tân Định",
    "Số 88 đường Phan Văn Trị, P. Gò Vấp",
    "Lô B3 chợ Phạm Văn Hai, P. Tân Sơn Hòa",
    "Số 217 đường Lê Văn Sỹ, P. Nhiêu Lộc",
)
_VN_SUPPLIERS = (
    "Cty TNHH MTV Thương mại Thuốc lá",
    "Cty CP Ngân Sài Gòn",
    "Cty Thuốc lá Sài Gòn - CN phân phối",
    "Cty TNHH Vinataba Phú Yên",
)
_VN_LICENCE_STATUS = ("Còn hiệu lực", "Còn hiệu lực", "Cấp lại", "Đã thu hồi", "Tạm ngừng KD")
_VN_SLIDE_VILLAGES = ("Thôn Khuổi Vèng", "Thôn Nà Kéo", "Thôn Bản Mo", "Thôn Tổng Mòn")
_VN_SLIDE_COMMUNES = ("xã Xuân Hòa", "xã Phúc Khánh", "xã Tân Dương", "xã Việt Tiến")
_VN_POOR = ("Hộ nghèo", "Hộ cận nghèo", "", "", "Hộ nghèo")
#: (damage, support in đồng by the decree on disaster relief)
_VN_DAMAGE = (
    ("Sập đổ hoàn toàn", 40_000_000),
    ("Hư hỏng nặng (trên 70%)", 20_000_000),
    ("Hư hỏng 50-70%", 15_000_000),
    ("Nguy cơ sạt lở cao, phải di dời khẩn cấp", 30_000_000),
    ("Hư hỏng 30-50%", 10_000_000),
)
_VN_PLANS = (
    "Di dời đến khu TĐC Bản Mo",
    "Ở nhờ nhà người thân",
    "Sửa chữa tại chỗ",
    "Ở tạm nhà văn hóa thôn",
    "Xây mới tại nơi ở khác",
)
_VN_VERIFIERS = ("Hoàng Văn Tỉnh (ĐC-XD)", "Lý Thị Nga (VP-TK)", "Bàn Văn Lợi (PCT UBND xã)")
_US_FAMILY = ("Washington", "Kowalski", "Hernandez", "Jackson", "Sullivan", "Nguyen", "Brooks")
_US_GIVEN_M = ("Darnell", "Joseph", "Luis", "Kevin", "Raymond", "Anthony", "Terrence")
_US_GIVEN_F = ("Tamika", "Patricia", "Rosa", "Brittany", "Sandra", "Latoya", "Christine")
#: (street, city, ZIP) in Cuyahoga County, Ohio
_US_PLACES = (
    ("3412 W 54th St", "Cleveland", "44102"),
    ("5780 Ridge Rd Apt 4B", "Parma", "44129"),
    ("1467 Giel Ave", "Lakewood", "44107"),
    ("22150 Lakeshore Blvd", "Euclid", "44123"),
    ("3321 Lee Rd", "Shaker Heights", "44120"),
    ("10515 Superior Ave Apt 2", "Cleveland", "44106"),
)
_US_WORKERS = ("K. Mitchell #4471", "D. Alvarez #3820", "S. Okafor #5106", "R. Bianchi #2954")
_ON_FAMILY = ("Lavigne", "Charbonneau", "O'Connor", "Brisebois", "MacLeod", "Huang", "Desjardins")
_ON_GIVEN_M = ("Gérald", "Robert", "Yvon", "Douglas", "Réjean", "Walter", "Lucien")
_ON_GIVEN_F = ("Huguette", "Margaret", "Thérèse", "Dorothy", "Pierrette", "Joan", "Colette")
#: (street, city or town, forward sortation area, area code) in the Champlain region
_ON_PLACES = (
    ("1245 Rue Saint-Jean", "Orléans", "K1C", "613"),
    ("87 Pembroke St W", "Pembroke", "K8A", "613"),
    ("402 Second St E", "Cornwall", "K6H", "613"),
    ("19 Rue Principale", "Hawkesbury", "K6A", "613"),
    ("300 March Rd Unit 12", "Kanata", "K2K", "613"),
    ("55 Bank St Apt 807", "Ottawa", "K1P", "343"),
)
_ON_HOMES = (
    "Résidence Saint-Louis",
    "Perley Health",
    "Glebe Centre",
    "Carefor Pembroke",
    "Sandfield Place",
    "Centre d'accueil Champlain",
)
_ON_PRIORITY = ("1 - Crisis", "3A - Spousal reunification", "4A - High needs", "4B", "1 - Crisis")
_ON_KIN = (("son", "POA - nephew", "son"), ("daughter", "POA - niece", "daughter-in-law"))
_ON_COORDS = ("M. Gauthier, RN", "J. Patel, OT", "S. Bélanger, SW", "L. Morrison, RN")
_GB_FAMILY = ("Hughes", "Harrison", "Shaw", "Ali", "Barker", "Hussain", "Dawson", "Pickering")
_GB_GIVEN_M = ("Kenneth", "Derek", "Arthur James", "Barry", "Tariq", "Raymond", "Colin")
_GB_GIVEN_F = ("Doreen", "Sheila", "Patricia Ann", "Irene", "Nasreen", "Brenda", "Maureen")
#: (street, town, outward code, landline area code) in West Yorkshire
_GB_PLACES = (
    ("14 Moorside Road", "Bradford", "BD2", "01274"),
    ("7 Highfield Crescent", "Halifax", "HX3", "01422"),
    ("112 Leeds Road", "Huddersfield", "HD1", "01484"),
    ("3 Chapel Fold", "Wakefield", "WF1", "01924"),
    ("29 Otley Road", "Leeds", "LS16", "0113"),
    ("Flat 5, Beacon House", "Keighley", "BD21", "01535"),
)
_GB_PRACTICES = (
    "B83021 Moorside Surgery",
    "B87008 Park View Medical Practice",
    "B85061 Kirkburton Health Centre",
    "B87042 Chapelthorpe Surgery",
)
_GB_PLACEMENTS = (
    "Own home - package of care",
    "Ashgrove Nursing Home",
    "St. Anne's Care Home (nursing)",
    "Hospice at home",
    "Own home - PHB",
)
_GB_PATHWAYS = ("Fast Track", "Standard", "Standard", "FNC", "Fast Track")
_GB_DECISIONS = ("Eligible", "Eligible", "Not eligible", "FNC only", "Awaiting MDT")
_GB_KIN = (("Son, LPA H&W", "Nephew", "Son"), ("Daughter, LPA H&W", "Niece, LPA P&F", "Daughter"))
_GB_COORDS = ("Nurse Assessor J. Walsh", "C. Bennett (CHC)", "A. Rehman (CHC)")
_AU_FAMILY = ("Nguyen", "Haddad", "Smith", "Patel", "Nasser", "Tran", "O'Neill", "Fonoti")
_AU_GIVEN_M = ("Ethan", "Mohammed", "Jayden", "Lachlan", "Aarav", "Kai")
_AU_GIVEN_F = ("Chloe", "Zara", "Mia Rose", "Layla", "Anika", "Tayla")
#: (street, suburb, postcode) in western Sydney
_AU_PLACES = (
    ("14 Hawkesbury Rd", "Westmead", "2145"),
    ("7/22 Station St", "Wentworthville", "2145"),
    ("38 Fennell St", "North Parramatta", "2151"),
    ("112 Pitt St", "Merrylands", "2160"),
    ("9 Kiora St", "Canley Heights", "2166"),
)
_AU_MEDICAL = (
    "Nil",
    "Asthma - Ventolin",
    "Anaphylaxis (peanut) - EpiPen",
    "Nil",
    "Type 1 diabetes",
)
_NG_FAMILY = ("Abubakar", "Bello", "Usman", "Garba", "Danladi", "Aliyu", "Sani", "Jega")
_NG_GIVEN_M = ("Muhammadu", "Abdullahi", "Haruna", "Shehu", "Yakubu", "Nasiru")
_NG_GIVEN_F = ("Hauwa'u", "Zainab", "Aishatu", "Maryam", "Hadiza", "Rakiya")
_NG_MIDDLE = ("Sani", "Umar", "Lawal", "", "Idris", "", "Bala")
#: (village, ward, LGA) in Kebbi State
_NG_PLACES = (
    ("Gulumbe", "Gulumbe", "Birnin Kebbi"),
    ("Felande", "Lolo", "Argungu"),
    ("Dakingari", "Dakingari", "Suru"),
    ("Gehuru", "Kimba", "Jega"),
    ("Zamare", "Zamare", "Augie"),
    ("Yelwa", "Yelwa North", "Yauri"),
)
_NG_PREFIXES = ("0803", "0806", "0813", "0703", "0706", "0810", "0905", "0816")
_NG_CROPS = ("Shinkafa / Rice", "Masara / Maize", "Alkama / Wheat", "Dawa / Sorghum")
_NG_COOPS = ("RIFAN Gulumbe Unit", "Albarka Farmers Coop", "Nasara MPCS", "Hadin Kai Group")
_NG_BANKS = ("Unity Bank", "Bank of Agriculture", "Zenith Bank", "FirstBank", "Union Bank")


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _bike_address(p: Person) -> str:
    village = _pick(p, _VN_VILLAGES, 3)
    return f"{village}, {_pick(p, _VN_COMMUNES, 4)}, huyện Nam Trà My, tỉnh Quảng Nam"


def _slide_address(p: Person) -> str:
    return f"{_pick(p, _VN_SLIDE_VILLAGES, 3)}, {_pick(p, _VN_SLIDE_COMMUNES, 5)}"


def _damage(p: Person) -> tuple[str, int]:
    return _VN_DAMAGE[int(p.bhxh) // 13 % len(_VN_DAMAGE)]


def _us(p: Person) -> tuple[str, str, str]:
    return _US_PLACES[int(p.bhxh) // 9 % len(_US_PLACES)]


def _on(p: Person) -> tuple[str, str, str, str]:
    return _ON_PLACES[int(p.bhxh) // 9 % len(_ON_PLACES)]


def _gb(p: Person) -> tuple[str, str, str, str]:
    return _GB_PLACES[int(p.bhxh) // 9 % len(_GB_PLACES)]


def _au(p: Person) -> tuple[str, str, str]:
    return _AU_PLACES[int(p.bhxh) // 9 % len(_AU_PLACES)]


def _ng(p: Person) -> tuple[str, str, str]:
    return _NG_PLACES[int(p.bhxh) // 9 % len(_NG_PLACES)]


def _kin(
    p: Person,
    male: tuple[str, ...],
    female: tuple[str, ...],
    family: str,
    relations: tuple[tuple[str, ...], tuple[str, ...]],
) -> str:
    """A relative who speaks for the person, the relation in brackets (male or female kin)."""
    kin_male = int(p.bhxh[-3]) % 2 == 0
    given = _pick(p, male if kin_male else female, 8)
    return f"{given} {family} ({_pick(p, relations[0] if kin_male else relations[1], 9)})"


def _postal_on(p: Person) -> str:
    """A Canadian postal code: the place's forward sortation area and a local unit ``9X9``."""
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{_on(p)[2]} {p.bhxh[4]}{letters[int(p.bhxh[5:7]) % 20]}{p.bhxh[7]}"


def _version_code(p: Person) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    return f"{letters[int(p.bhxh[2:4]) % 22]}{letters[int(p.bhxh[6:8]) % 22]}"


def _nino(p: Person) -> str:
    """A National Insurance number ``AB 12 34 56 C`` (the suffix A to D)."""
    d = p.bhxh[::-1]
    return f"{_pick(p, _NINO_PREFIXES, 3)} {d[0:2]} {d[2:4]} {d[4:6]} {'ABCD'[int(d[6]) % 4]}"


def _postcode_gb(p: Person) -> str:
    inward = f"{p.bhxh[6]}{_POST_LETTERS[int(p.bhxh[7:9]) % 20]}{_POST_LETTERS[int(p.bhxh[3]) * 2]}"
    return f"{_gb(p)[2]} {inward}"


def _ebt(p: Person) -> str:
    """An Ohio Direction card (EBT): the state's BIN 507680 and ten digits."""
    digits = f"507680{int(p.bhxh) * 104729 % 10**10:010d}"
    return f"{digits[:4]} {digits[4:8]} {digits[8:12]} {digits[12:]}"


def _cert_end(p: Person) -> str:
    return f"{_shift_date(p.other_date, 1) - timedelta(days=1):%m/%d/%Y}"


def _review_gb(p: Person) -> str:
    months = 3 if _pick(p, _GB_PATHWAYS, 5) == "Fast Track" else 12
    return f"{p.other_date + timedelta(days=30 * months):%d-%b-%Y}"


def _medicare_expiry(p: Person) -> str:
    return f"{1 + int(p.bhxh[3:5]) % 12:02d}/{2026 + int(p.bhxh[5]) % 5}"


def _licence_expiry(p: Person) -> str:
    return f"{_shift_date(p.other_date, 5):%d/%m/%Y}"


def _ng_phone(p: Person, salt: int = 0) -> str:
    digits = p.phone[3:10] if salt == 0 else p.bhxh[::-1][:7]
    return f"{_pick(p, _NG_PREFIXES, salt + 2)} {digits[:3]} {digits[3:]}"


def _first_aid_points(p: Person) -> tuple[int, str]:
    return 4 + _num(p, 6), "05"[int(p.bhxh) % 2]


def _first_aid_score(p: Person) -> str:
    whole, half = _first_aid_points(p)
    return f"{whole},{half}"


def _first_aid_grade(p: Person) -> str:
    whole = _first_aid_points(p)[0]
    return "Giỏi" if whole >= 9 else "Khá" if whole >= 7 else "Đạt" if whole >= 5 else "Chưa đạt"


WRITERS_BLIND87: dict[str, Callable[[Person, Col], object]] = {
    "female_x87": lambda p, c: "" if p.male else "x",
    "ethnic87": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "class87": lambda p, c: _pick(p, _VN_CLASSES, 5),
    "homeroom87": lambda p, c: _pick(p, _VN_TEACHERS, 4),
    "homeroom_phone87": lambda p, c: _other_phone(p, "0905"),
    "parent87": lambda p, c: _other_vn(p, 6, None, p.family),
    "bike_addr87": lambda p, c: _bike_address(p),
    "distance87": lambda p, c: f"{2 + _num(p, 9)},{p.bhxh[-1]}",
    "hardship87": lambda p, c: _pick(p, _VN_HARDSHIP, 6),
    "donor87": lambda p, c: _pick(p, _VN_DONORS, 7),
    "none87": lambda p, c: "",
    "job87": lambda p, c: _pick(p, _VN_JOBS, 3),
    "unit87": lambda p, c: _pick(p, _VN_UNITS, 4),
    "course87": lambda p, c: _pick(p, _VN_COURSES, 5),
    "periods87": lambda p, c: _pick(p, ("16", "24", "8", "16"), 6),
    "score87": lambda p, c: _first_aid_score(p),
    "grade87": lambda p, c: _first_aid_grade(p),
    "cert87": lambda p, c: f"{_num(p, 400)}/GCN-CTĐ",
    "trainer87": lambda p, c: _pick(p, _VN_TRAINERS, 8),
    "shop87": lambda p, c: f"{_pick(p, _VN_SHOPS, 3)} {p.given.split()[-1]}",
    "shop_addr87": lambda p, c: _pick(p, _VN_SHOP_PLACES, 4),
    "licence87": lambda p, c: f"{_num(p, 300)}/{p.other_date.year}/GPBLSPTL",
    "expiry87": lambda p, c: _licence_expiry(p),
    "supplier87": lambda p, c: _pick(p, _VN_SUPPLIERS, 5),
    "licence_status87": lambda p, c: _pick(p, _VN_LICENCE_STATUS, 6),
    "slide_addr87": lambda p, c: _slide_address(p),
    "members87": lambda p, c: str(1 + _num(p, 8)),
    "poor87": lambda p, c: _pick(p, _VN_POOR, 4),
    "damage87": lambda p, c: _damage(p)[0],
    "loss87": lambda p, c: str(30 + _num(p, 400)),
    "aid87": lambda p, c: _dotted(_damage(p)[1]),
    "plan87": lambda p, c: _pick(p, _VN_PLANS, 6),
    "verifier87": lambda p, c: _pick(p, _VN_VERIFIERS, 7),
    "case_us87": lambda p, c: f"{int(p.bhxh) * 7919 % 10**7:07d}-{p.bhxh[3:5]}",
    "us_family87": lambda p, c: _pick(p, _US_FAMILY, 2),
    "us_given87": lambda p, c: _by_sex(p, _US_GIVEN_M, _US_GIVEN_F, 1),
    "mi_us87": lambda p, c: "ABCDEJLMRST"[int(p.bhxh[3]) % 11] if int(p.bhxh) % 4 else "",
    "ssn_us87": lambda p, c: _ssn(p),
    "sex_us87": lambda p, c: "M" if p.male else "F",
    "street_us87": lambda p, c: _us(p)[0],
    "city_us87": lambda p, c: _us(p)[1],
    "state_us87": lambda p, c: "OH",
    "zip4_us87": lambda p, c: f"{_us(p)[2]}-{p.bhxh[2:6]}",
    "phone_us87": lambda p, c: f"(216) {p.phone[3:6]}-{p.phone[6:10]}",
    "hh_us87": lambda p, c: str(_num(p, 6)),
    "allot_us87": lambda p, c: f"${23 + _num(p, 950)}.00",
    "ebt_us87": lambda p, c: _ebt(p),
    "cert_end_us87": lambda p, c: _cert_end(p),
    "worker_us87": lambda p, c: _pick(p, _US_WORKERS, 4),
    "authrep_us87": lambda p, c: (
        "" if int(p.bhxh) % 3 else f"{_pick(p, _US_GIVEN_F, 6)} {_pick(p, _US_FAMILY, 7)}"
    ),
    "client_on87": lambda p, c: f"{int(p.bhxh) * 7919 % 10**8:08d}",
    "hn_on87": lambda p, c: _ohip(p).replace(" ", "-"),
    "vc_on87": lambda p, c: _version_code(p),
    "on_family87": lambda p, c: _pick(p, _ON_FAMILY, 2),
    "on_given87": lambda p, c: _by_sex(p, _ON_GIVEN_M, _ON_GIVEN_F, 1),
    "sex_on87": lambda p, c: "M" if p.male else "F",
    "street_on87": lambda p, c: _on(p)[0],
    "city_on87": lambda p, c: _on(p)[1],
    "prov_on87": lambda p, c: "ON",
    "postal_on87": lambda p, c: _postal_on(p),
    "phone_on87": lambda p, c: f"{_on(p)[3]}-{p.phone[3:6]}-{p.phone[6:10]}",
    "sdm_on87": lambda p, c: _kin(p, _ON_GIVEN_M, _ON_GIVEN_F, _pick(p, _ON_FAMILY, 2), _ON_KIN),
    "sdm_phone_on87": lambda p, c: f"613-{p.bhxh[::-1][:3]}-{p.bhxh[::-1][3:7]}",
    "ltc1_on87": lambda p, c: _pick(p, _ON_HOMES, 3),
    "ltc2_on87": lambda p, c: _pick(p, _ON_HOMES, 7),
    "priority_on87": lambda p, c: _pick(p, _ON_PRIORITY, 4),
    "coord_on87": lambda p, c: _pick(p, _ON_COORDS, 5),
    "nhs_gb87": lambda p, c: _nhs(p),
    "nino_gb87": lambda p, c: _nino(p),
    "title_gb87": lambda p, c: "Mr" if p.male else _pick(p, ("Mrs", "Miss", "Ms", "Mrs"), 2),
    "gb_family87": lambda p, c: _pick(p, _GB_FAMILY, 2),
    "gb_given87": lambda p, c: _by_sex(p, _GB_GIVEN_M, _GB_GIVEN_F, 1),
    "sex_gb87": lambda p, c: "Male" if p.male else "Female",
    "street_gb87": lambda p, c: _gb(p)[0],
    "town_gb87": lambda p, c: _gb(p)[1],
    "pc_gb87": lambda p, c: _postcode_gb(p),
    "phone_gb87": lambda p, c: f"{_gb(p)[3]} {p.phone[4:10]}",
    "gp_gb87": lambda p, c: _pick(p, _GB_PRACTICES, 3),
    "placement_gb87": lambda p, c: _pick(p, _GB_PLACEMENTS, 4),
    "pathway_gb87": lambda p, c: _pick(p, _GB_PATHWAYS, 5),
    "decision_gb87": lambda p, c: _pick(p, _GB_DECISIONS, 6),
    "review_gb87": lambda p, c: _review_gb(p),
    "coord_gb87": lambda p, c: _pick(p, _GB_COORDS, 7),
    "nok_gb87": lambda p, c: _kin(p, _GB_GIVEN_M, _GB_GIVEN_F, _pick(p, _GB_FAMILY, 2), _GB_KIN),
    "dwp_gb87": lambda p, c: _pick(p, ("Y", "Y", "N", "N/A"), 10),
    "sid_au87": lambda p, c: f"4{int(p.bhxh) * 7919 % 10**8:08d}",
    "au_family87": lambda p, c: _pick(p, _AU_FAMILY, 2),
    "au_given87": lambda p, c: _by_sex(p, _AU_GIVEN_M, _AU_GIVEN_F, 1),
    "sex_au87": lambda p, c: "Male" if p.male else "Female",
    "roll_au87": lambda p, c: f"{3 + _num(p, 4)}{'BGRW'[int(p.bhxh) % 4]}",
    "medicare_au87": lambda p, c: _medicare(p),
    "irn_au87": lambda p, c: str(2 + int(p.bhxh[9]) % 4),
    "mexp_au87": lambda p, c: _medicare_expiry(p),
    "street_au87": lambda p, c: _au(p)[0],
    "suburb_au87": lambda p, c: _au(p)[1],
    "state_au87": lambda p, c: "NSW",
    "pc_au87": lambda p, c: _au(p)[2],
    "carer_au87": lambda p, c: (
        f"{_pick(p, ('Mrs', 'Ms', 'Mrs'), 5)} {_pick(p, _AU_GIVEN_F, 6)} {_pick(p, _AU_FAMILY, 2)}"
    ),
    "carer_mob_au87": lambda p, c: f"04{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}",
    "medical_au87": lambda p, c: _pick(p, _AU_MEDICAL, 7),
    "amb_au87": lambda p, c: _pick(p, ("Yes", "No", "Yes", "Unsure"), 8),
    "farmer_ng87": lambda p, c: f"KB/ABP/{int(p.bhxh) * 7919 % 10**6:06d}",
    "ng_family87": lambda p, c: _pick(p, _NG_FAMILY, 2).upper(),
    "ng_given87": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 1),
    "ng_middle87": lambda p, c: _pick(p, _NG_MIDDLE, 4),
    "sex_ng87": lambda p, c: "Namiji / Male" if p.male else "Mace / Female",
    "nin_ng87": lambda p, c: _nin(p),
    "bvn_ng87": lambda p, c: f"22{p.bhxh[::-1][1:10]}",
    "phone_ng87": lambda p, c: _ng_phone(p),
    "village_ng87": lambda p, c: _ng(p)[0],
    "ward_ng87": lambda p, c: _ng(p)[1],
    "lga_ng87": lambda p, c: _ng(p)[2],
    "state_ng87": lambda p, c: "Kebbi",
    "coop_ng87": lambda p, c: _pick(p, _NG_COOPS, 5),
    "farm_ng87": lambda p, c: f"{1 + _num(p, 6)}.{_pick(p, ('0', '5'), 6)}",
    "crop_ng87": lambda p, c: _pick(p, _NG_CROPS, 7),
    "bank_ng87": lambda p, c: _pick(p, _NG_BANKS, 8),
}


__all__ = ["WRITERS_BLIND87"]
