"""How the people of the three hundred and fifty-third part of the outside corpus (**blind 353**,
:mod:`lienthong.quality._corpus_blind353`) are written: four Vietnamese money registers' own
columns (an e-wallet's eKYC checks, a microfinance group's loans, a pawnshop's pledges, a gold
shop's bar sales) and Indian, Pakistani, Nigerian, Kenyan and Ghanaian customer-identification
columns in the forms their cards show (the PAN with its holder-type letter and check letter, the
Aadhaar masked to its last four Verhoeff-checked digits, the CNIC whose last digit is odd for men,
the BVN and the NIN, the KRA PIN beside the ID number, the Ghana Card number)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_PROVIDERS = ("Cục Cảnh sát QLHC về TTXH", "Bộ Công an", "CA TP. Hồ Chí Minh")
_VN_KYC_LEVEL = ("Định danh mức 2 (VNeID)", "eKYC - chụp CCCD + khuôn mặt", "Chưa liên kết NH")
_VN_BANKS = ("Vietcombank", "BIDV", "Techcombank", "MB Bank", "Agribank", "—")
_VN_WALLET_STATUS = ("Hoạt động", "Tạm khóa - sai khuôn mặt", "Hoạt động", "Chờ duyệt thủ công")
_VN_HAMLETS = (
    ("Ấp 3", "Xã Tân Nhựt", "TP. Hồ Chí Minh"),
    ("Thôn Đông", "Xã Phù Đổng", "TP. Hà Nội"),
    ("Ấp Bình Thạnh", "Xã Bình Chánh", "TP. Hồ Chí Minh"),
    ("Thôn 5", "Xã Ea Kao", "Tỉnh Đắk Lắk"),
    ("Ấp Phú Hòa", "Xã Phước Vĩnh An", "TP. Hồ Chí Minh"),
)
_VN_LOAN_USE = ("Chăn nuôi heo", "Buôn bán nhỏ", "Mua máy may", "Trồng rau", "Sửa nhà vệ sinh")
_VN_PLEDGES = (
    ("Xe máy Honda Wave Alpha", "59X2-"),
    ("Điện thoại iPhone 13 Pro", "IMEI 35"),
    ("Laptop Dell Inspiron", "S/N CN0"),
    ("Nhẫn vàng 18K 2 chỉ", "KL 7,5g"),
    ("Xe máy Yamaha Sirius", "59H1-"),
)
_VN_GOLD = ("Vàng miếng SJC 1 lượng", "Vàng miếng SJC 5 chỉ", "Nhẫn tròn trơn 9999 1 chỉ")
_VN_PAY = ("Chuyển khoản", "Tiền mặt", "Chuyển khoản")

_IN_GIVEN_M = ("Rajesh", "Amit", "Suresh", "Venkatesh", "Arjun", "Manoj", "Sandeep")
_IN_GIVEN_F = ("Priya", "Lakshmi", "Sunita", "Kavita", "Anjali", "Meena", "Divya")
_IN_FATHERS = ("Ramesh", "Krishnan", "Mohan Lal", "Gopal", "Prakash", "Vijay Kumar")
_IN_FAMILY = ("Sharma", "Patel", "Reddy", "Iyer", "Nair", "Gupta", "Das", "Kulkarni")
_IN_PLACES = (
    ("Flat 302, Shanti Apartments, Andheri East", "Mumbai", "Maharashtra", "400069"),
    ("12/4 2nd Cross, Jayanagar 4th Block", "Bengaluru", "Karnataka", "560011"),
    ("H.No. 8-2-293, Road No. 14, Banjara Hills", "Hyderabad", "Telangana", "500034"),
    ("45 Lake Gardens", "Kolkata", "West Bengal", "700045"),
    ("B-17, Sector 22", "Noida", "Uttar Pradesh", "201301"),
)
_IN_OCC = ("Salaried - Private", "Self Employed", "Housewife", "Retired", "Business")
_IN_INCOME = ("Below 1 Lakh", "1-5 Lakh", "5-10 Lakh", "10-25 Lakh")

_PK_GIVEN_M = ("Muhammad Imran", "Ali Raza", "Usman Tariq", "Bilal Ahmed", "Asif Mehmood")
_PK_GIVEN_F = ("Ayesha Bibi", "Fatima Noor", "Sana Iqbal", "Rabia Khan", "Nazia Parveen")
_PK_FATHERS = ("Muhammad Aslam", "Ghulam Rasool", "Abdul Hameed", "Manzoor Hussain", "Nasir Ali")
_PK_PLACES = (
    ("House No. 14, Street 7, Gulberg III", "Lahore", "35202"),
    ("Flat 3-B, Block 13-D, Gulshan-e-Iqbal", "Karachi", "42201"),
    ("House 221, Sector G-9/4", "Islamabad", "61101"),
    ("Mohallah Qasimabad, Near Jamia Masjid", "Multan", "36302"),
    ("Village Kotli Loharan, P/O Same", "Sialkot", "34603"),
)
_PK_LEVEL = ("Level 0", "Level 1", "Level 1", "Level 2")
_PK_BIO = ("Verified", "Verified", "Failed - retry", "Verified")

_NG_SURNAME = ("Okafor", "Adeyemi", "Bello", "Eze", "Ogunleye", "Nwachukwu", "Abubakar")
_NG_FIRST_M = ("Chinedu", "Oluwaseun", "Ibrahim", "Emeka", "Tunde", "Musa")
_NG_FIRST_F = ("Ngozi", "Funmilayo", "Aisha", "Chiamaka", "Yetunde", "Hauwa")
_NG_MIDDLE = ("Ifeanyi", "Adebayo", "Olamide", "Chukwuma", "Abdullahi", "Nkechi")
_NG_PLACES = (
    ("14 Adeola Odeku Street, Victoria Island", "Eti-Osa", "Lagos"),
    ("Plot 22, Aminu Kano Crescent, Wuse II", "Abuja Municipal", "FCT"),
    ("7 Ogui Road", "Enugu North", "Enugu"),
    ("23 Ring Road, Challenge", "Ibadan South-West", "Oyo"),
    ("5 Zoo Road", "Tarauni", "Kano"),
)
_NG_ORIGIN = ("Anambra", "Ogun", "Kano", "Imo", "Osun", "Kaduna")
_NG_TIER = ("Tier 1", "Tier 2", "Tier 3")

_KE_GIVEN_M = ("John Kamau", "Peter Otieno", "David Kiprono", "Brian Mwangi", "Samuel Njoroge")
_KE_GIVEN_F = ("Mary Wanjiku", "Grace Achieng", "Faith Chebet", "Esther Nyambura", "Joy Atieno")
_KE_PLACES = (
    ("Hse 12, Mwangaza Rd, Kilimani", "Nairobi", "00100", "Nairobi"),
    ("Flat B4, Nyali Links Estate", "Mombasa", "80100", "Mombasa"),
    ("Plot 88, Milimani Estate", "Kisumu", "40100", "Kisumu"),
    ("Kapsoya Estate, Hse 31", "Uasin Gishu", "30100", "Eldoret"),
    ("Section 58, Hse 9", "Nakuru", "20100", "Nakuru"),
)
_KE_EMPLOYER = ("Safaricom PLC", "Self-employed", "Kenya Power", "TSC", "Bidco Africa")

_GH_SURNAME = ("Mensah", "Owusu", "Boateng", "Asante", "Addo", "Osei", "Agyemang")
_GH_OTHER_M = ("Kwame Kofi", "Kwabena", "Yaw Nana", "Kojo", "Kwaku Emmanuel")
_GH_OTHER_F = ("Akosua Abena", "Ama", "Efua Grace", "Adwoa", "Yaa Comfort")
_GH_PLACES = (
    ("GA-183-8164", "Madina", "Greater Accra"),
    ("AK-039-5521", "Suame", "Ashanti"),
    ("CC-104-2291", "Cape Coast", "Central"),
    ("NT-0021-7410", "Tamale", "Northern"),
    ("GE-231-4478", "Kasoa", "Central"),
)
_GH_HOMETOWN = ("Kibi", "Nkawkaw", "Ho", "Bolgatanga", "Winneba", "Techiman")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 7 % len(places)]


def _vnd(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _ekyc_day(p: Person) -> date:
    """The day of the eKYC check: some weeks after the card was issued."""
    return p.other_date + timedelta(days=3 + _num(p, 60))


def _pan(p: Person) -> str:
    """A PAN ``AAAPL1234C``: three letters, ``P`` for a person, the surname's initial, four
    digits and the check letter (a weighted sum mod 26 here)."""
    letters = "".join(chr(65 + int(p.bhxh[i : i + 2]) % 26) for i in (0, 2, 4))
    head = f"{letters}P{_pick(p, _IN_FAMILY, 2)[0]}{p.bhxh[-4:]}"
    total = sum((ord(ch) if ch.isalpha() else int(ch)) * (i + 1) for i, ch in enumerate(head))
    return f"{head}{chr(65 + total % 26)}"


def _aadhaar_masked(p: Person) -> str:
    full = _verhoeff(f"{int(p.bhxh[0]) % 8 + 2}{p.bhxh[1:10]}{p.phone[-1]}")
    return f"XXXX XXXX {full[-4:]}"


def _cnic(p: Person) -> str:
    area = _place(p, _PK_PLACES)[2]
    last = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    return f"{area}-{p.bhxh[:7]}-{last % 10}"


def _nin(p: Person) -> str:
    return _luhn(f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:10]}")


def _kra_pin(p: Person) -> str:
    return f"A{p.bhxh[::-1][:9]}{chr(65 + int(p.bhxh) % 26)}"


def _ke_id(p: Person) -> str:
    return f"{int(p.bhxh[:2]) % 3 + 2}{p.bhxh[2:9]}"


def _ghana_card(p: Person) -> str:
    body = f"7{p.bhxh[1:9]}"
    return f"GHA-{body}-{_luhn(body)[-1]}"


WRITERS_BLIND353: dict[str, Callable[[Person, Col], object]] = {
    "wallet_id353": lambda p, c: f"MMW{p.bhxh[2:]}",
    "issuer353": lambda p, c: _pick(p, _VN_PROVIDERS, 2),
    "kyc_level353": lambda p, c: _pick(p, _VN_KYC_LEVEL, 3),
    "face_score353": lambda p, c: f"{80 + _num(p, 19)},{p.bhxh[-1]}%",
    "bank353": lambda p, c: _pick(p, _VN_BANKS, 4),
    "wallet_status353": lambda p, c: _pick(p, _VN_WALLET_STATUS, 5),
    "ekyc_time353": lambda p, c: (
        f"{_ekyc_day(p):%d/%m/%Y} {_num(p, 23):02d}:{int(p.bhxh[-2:]) % 60:02d}"
    ),
    "group353": lambda p, c: f"NHOM-{int(p.bhxh) // 7 % 5 + 1:02d}-{_num(p, 40):02d}",
    "group_head353": lambda p, c: _other_vn(p, 6, male=False),
    "mf_addr353": lambda p, c: ", ".join(_place(p, _VN_HAMLETS)),
    "mf_ward353": lambda p, c: _place(p, _VN_HAMLETS)[1],
    "loan353": lambda p, c: _vnd(_num(p, 30) * 1_000_000),
    "loan_use353": lambda p, c: _pick(p, _VN_LOAN_USE, 3),
    "term353": lambda p, c: _pick(p, ("12", "18", "24", "36"), 4),
    "savings353": lambda p, c: _vnd(_num(p, 20) * 10_000),
    "heir353": lambda p, c: f"{_other_vn(p, 7)} ({_pick(p, ('chồng', 'con', 'vợ'), 8)})",
    "pawn_no353": lambda p, c: f"{_num(p, 900):04d}/CĐ",
    "pledge353": lambda p, c: (
        f"{_place(p, _VN_PLEDGES)[0]} ({_place(p, _VN_PLEDGES)[1]}{p.bhxh[-5:]})"
    ),
    "pawn_value353": lambda p, c: _vnd(_num(p, 40) * 500_000),
    "pawn_loan353": lambda p, c: _vnd(_num(p, 40) * 300_000),
    "pawn_rate353": lambda p, c: _pick(p, ("3%/tháng", "2,5%/tháng", "1.000đ/triệu/ngày"), 3),
    "redeem353": lambda p, c: f"{p.other_date + timedelta(days=30):%d/%m/%Y}",
    "pawn_note353": lambda p, c: _pick(p, ("Đã chuộc", "", "Quá hạn - thanh lý", "Gia hạn"), 5),
    "gold_item353": lambda p, c: _pick(p, _VN_GOLD, 2),
    "gold_qty353": lambda p, c: str(_num(p, 8) + 2),
    "gold_serial353": lambda p, c: f"{'ABCK'[int(p.bhxh) % 4]}{p.bhxh[3:]}",
    "gold_price353": lambda p, c: _vnd(150_500_000 + _num(p, 30) * 100_000),
    "gold_total353": lambda p, c: _vnd((_num(p, 8) + 2) * (150_500_000 + _num(p, 30) * 100_000)),
    "pay353": lambda p, c: _pick(p, _VN_PAY, 4),
    "cashier353": lambda p, c: _other_vn(p, 9),
    "cust_in353": lambda p, c: f"CIF{p.bhxh[1:9]}",
    "in_name353": lambda p, c: (
        f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1)} {_pick(p, _IN_FAMILY, 2)}"
    ),
    "in_father353": lambda p, c: f"{_pick(p, _IN_FATHERS, 3)} {_pick(p, _IN_FAMILY, 2)}",
    "sex_in353": lambda p, c: "M" if p.male else "F",
    "pan353": lambda p, c: _pan(p),
    "aadhaar353": lambda p, c: _aadhaar_masked(p),
    "street_in353": lambda p, c: _place(p, _IN_PLACES)[0],
    "city_in353": lambda p, c: _place(p, _IN_PLACES)[1],
    "state_in353": lambda p, c: _place(p, _IN_PLACES)[2],
    "pin_in353": lambda p, c: _place(p, _IN_PLACES)[3],
    "phone_in353": lambda p, c: f"+91 9{p.phone[2:6]} {p.phone[6:10]}{p.bhxh[-1]}",
    "occ_in353": lambda p, c: _pick(p, _IN_OCC, 4),
    "income_in353": lambda p, c: _pick(p, _IN_INCOME, 5),
    "nominee_in353": lambda p, c: f"{_pick(p, _IN_GIVEN_F, 6)} {_pick(p, _IN_FAMILY, 2)}",
    "cnic353": lambda p, c: _cnic(p),
    "pk_name353": lambda p, c: _by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1),
    "pk_father353": lambda p, c: _pick(p, _PK_FATHERS, 2),
    "sex_pk353": lambda p, c: "Male" if p.male else "Female",
    "phone_pk353": lambda p, c: f"03{p.phone[3:5]}-{p.phone[5:10]}{p.bhxh[-2:]}",
    "addr_pk353": lambda p, c: f"{_place(p, _PK_PLACES)[0]}, {_place(p, _PK_PLACES)[1]}",
    "city_pk353": lambda p, c: _place(p, _PK_PLACES)[1],
    "expiry_pk353": lambda p, c: f"{_shift_date(p.other_date, 10):%d-%m-%Y}",
    "bio_pk353": lambda p, c: _pick(p, _PK_BIO, 3),
    "agent_pk353": lambda p, c: f"AG-{p.bhxh[4:10]}",
    "level_pk353": lambda p, c: _pick(p, _PK_LEVEL, 4),
    "ng_surname353": lambda p, c: _pick(p, _NG_SURNAME, 2),
    "ng_first353": lambda p, c: _by_sex(p, _NG_FIRST_M, _NG_FIRST_F, 1),
    "ng_middle353": lambda p, c: _pick(p, _NG_MIDDLE, 3),
    "sex_ng353": lambda p, c: "MALE" if p.male else "FEMALE",
    "bvn353": lambda p, c: f"22{p.bhxh[::-1][:9]}",
    "nin353": lambda p, c: _nin(p),
    "phone_ng353": lambda p, c: f"0{'789'[int(p.bhxh) % 3]}0{p.phone[3:10]}{p.bhxh[-1]}",
    "street_ng353": lambda p, c: _place(p, _NG_PLACES)[0],
    "lga_ng353": lambda p, c: _place(p, _NG_PLACES)[1],
    "state_ng353": lambda p, c: _place(p, _NG_PLACES)[2],
    "origin_ng353": lambda p, c: _pick(p, _NG_ORIGIN, 4),
    "kin_ng353": lambda p, c: f"{_pick(p, _NG_FIRST_F, 5)} {_pick(p, _NG_SURNAME, 2)}",
    "tier_ng353": lambda p, c: _pick(p, _NG_TIER, 6),
    "ke_name353": lambda p, c: _by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1),
    "ke_id353": lambda p, c: _ke_id(p),
    "kra353": lambda p, c: _kra_pin(p),
    "sex_ke353": lambda p, c: "Male" if p.male else "Female",
    "phone_ke353": lambda p, c: f"07{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}",
    "phys_ke353": lambda p, c: _place(p, _KE_PLACES)[0],
    "county_ke353": lambda p, c: _place(p, _KE_PLACES)[1],
    "box_ke353": lambda p, c: f"P.O. Box {_num(p, 9000) + 100}",
    "code_ke353": lambda p, c: _place(p, _KE_PLACES)[2],
    "town_ke353": lambda p, c: _place(p, _KE_PLACES)[3],
    "employer_ke353": lambda p, c: _pick(p, _KE_EMPLOYER, 3),
    "kin_ke353": lambda p, c: f"{_pick(p, _KE_GIVEN_F, 4)} (Spouse) {_other_phone(p, '07')}",
    "ghana353": lambda p, c: _ghana_card(p),
    "gh_surname353": lambda p, c: _pick(p, _GH_SURNAME, 2),
    "gh_other353": lambda p, c: _by_sex(p, _GH_OTHER_M, _GH_OTHER_F, 1),
    "sex_gh353": lambda p, c: "M" if p.male else "F",
    "momo_gh353": lambda p, c: (
        f"0{_pick(p, ('24', '54', '55', '59'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "gps_gh353": lambda p, c: _place(p, _GH_PLACES)[0],
    "town_gh353": lambda p, c: _place(p, _GH_PLACES)[1],
    "region_gh353": lambda p, c: _place(p, _GH_PLACES)[2],
    "hometown_gh353": lambda p, c: _pick(p, _GH_HOMETOWN, 4),
    "kin_gh353": lambda p, c: f"{_pick(p, _GH_OTHER_F, 5)} {_pick(p, _GH_SURNAME, 6)}",
    "agent_gh353": lambda p, c: f"{_pick(p, ('Adom', 'Nyame Bekyere', 'Sika Pa'), 7)} Ventures",
}
