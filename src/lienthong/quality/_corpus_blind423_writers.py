"""How the people of the four-hundred-and-twenty-third part of the outside corpus (**blind 423**,
:mod:`lienthong.quality._corpus_blind423`) are written: four Vietnamese files' own columns (a
carrier's SIM re-verification list, a prepaid SIM shop's sales log, a broadband installation list,
a list of numbers reported for spam) and Nigerian, Pakistani, Philippine, Bangladeshi and Ghanaian
SIM subscribers' names, addresses, phones and numbers in the forms their cards show (the NIN, the
CNIC with its sex digit, the PhilSys number, the Bangladeshi NID, the Ghana Card with its check
digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind156_writers import _psn
from lienthong.quality._corpus_blind192_writers import _ng_name, _ng_phone
from lienthong.quality._corpus_blind253_writers import _BN, _bd_mobile
from lienthong.quality._corpus_blind353_writers import _cnic, _ghana_card, _nin

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_CARRIERS = ("Viettel", "VinaPhone", "MobiFone", "Vietnamobile", "Viettel", "iTel")
_VN_PHOTO = ("Đã có ảnh", "Chưa có ảnh chân dung", "Ảnh mờ - chụp lại", "Đã có ảnh", "Đã có ảnh")
_VN_MATCH = ("Khớp CSDLQG", "Khớp CSDLQG", "Sai ngày sinh", "Sai họ tên", "Khớp CSDLQG")
_VN_REVERIFY = ("Đã xác thực", "Chờ xác thực", "Khóa 1 chiều", "Đã xác thực", "Khóa 2 chiều")
_VN_PACKS = ("V120B", "ST90", "D159V", "MAX90", "C120", "TRỌN GÓI 6T")
_VN_PAY = ("Tiền mặt", "Chuyển khoản", "Momo", "Tiền mặt")
_VN_NET_PLANS = ("Home 1 - 150Mbps", "Home 2 - 300Mbps", "Super 250", "Combo TV 300Mbps")
_VN_DEVICES = ("Modem GPON ZTE F670Y", "Modem Huawei HG8145X6", "Mesh Wifi 6 x2", "Box TV360")
_VN_NET_STATUS = ("Đã lắp đặt", "Đã lắp đặt", "Hẹn lại", "Khách hủy", "Đã lắp đặt")
_VN_SPAM_KIND = (
    "Quảng cáo BĐS",
    "Mạo danh công an",
    "Lừa đảo đầu tư",
    "Tin nhắn rác vay tiền",
    "Mạo danh nhà mạng",
)
_VN_SPAM_ACT = ("Đã chặn 2 chiều", "Chuyển A05", "Đang xác minh", "Nhắc nhở thuê bao")

_NG_STATES = ("Lagos", "Oyo", "Kano", "Rivers", "Enugu", "FCT")
_NG_HOMES = (
    "12 Adeola Odeku Street, Victoria Island, Lagos",
    "Plot 45 Ahmadu Bello Way, Garki, Abuja",
    "7 Ring Road, Ibadan, Oyo State",
    "No. 3 Zoo Road, Nassarawa, Kano",
    "22 Aba Road, Port Harcourt, Rivers State",
)
_NG_NETWORKS = ("MTN", "Airtel", "Glo", "9mobile", "MTN")
_NG_LINK = ("Linked", "Linked", "Pending NIMC verification", "NIN mismatch", "Barred")

_PK_GIVEN_M = ("Muhammad Ali", "Ahmed", "Bilal", "Usman", "Imran")
_PK_GIVEN_F = ("Ayesha", "Fatima", "Sana", "Hira", "Mehwish")
_PK_FAMILY = ("Khan", "Qureshi", "Butt", "Malik", "Chaudhry", "Siddiqui")
_PK_CITIES = ("Lahore", "Karachi", "Rawalpindi", "Faisalabad", "Peshawar", "Multan")
_PK_FRANCHISE = ("Jazz Franchise Mall Road", "Zong CSC Saddar", "Telenor Franchise F-10", "Ufone")
_PK_BVS = ("Verified", "Verified", "Thumb mismatch", "Verified", "Retry")

_PH_GIVEN_M = ("Juan Carlo", "Mark Anthony", "Jerome", "Rodel", "Jayson")
_PH_GIVEN_F = ("Maria Cristina", "Kristine Joy", "Lovely", "Mary Grace", "Jocelyn")
_PH_FAMILY = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva")
_PH_MIDDLE = ("Garcia", "Ramos", "Aquino", "Castillo", "Flores")
_PH_HOMES = (
    "Blk 5 Lot 12, Brgy. San Isidro, Antipolo City, Rizal",
    "123 Rizal St., Brgy. Poblacion, Makati City, Metro Manila",
    "Purok 3, Brgy. Lahug, Cebu City, Cebu",
    "45 Mabini Ave., Brgy. Matina, Davao City, Davao del Sur",
)
_PH_IDS = ("PhilSys ID", "PhilSys ID", "Driver's License", "UMID", "Passport")
_PH_SIM = ("Prepaid", "Prepaid", "Postpaid", "Prepaid")

_BD_GIVEN_M = ("মোঃ রফিকুল ইসলাম", "আব্দুল করিম", "মাহমুদ হাসান", "শফিকুল আলম")
_BD_GIVEN_F = ("ফাতেমা বেগম", "নাসরিন আক্তার", "শারমিন সুলতানা", "রোকসানা খাতুন")
_BD_FATHERS = ("মোঃ আব্দুল হক", "আলী আকবর", "নুরুল ইসলাম", "জয়নাল আবেদীন")
_BD_HOMES = (
    "বাড়ি ১২, রোড ৫, ধানমন্ডি, ঢাকা",
    "গ্রাম: চরপাড়া, ডাকঘর: ময়মনসিংহ সদর, ময়মনসিংহ",
    "হোল্ডিং ৩৪, আগ্রাবাদ, চট্টগ্রাম",
    "গ্রাম: কালিয়া, উপজেলা: কালিয়া, নড়াইল",
)
_BD_OPERATORS = ("গ্রামীণফোন", "রবি", "বাংলালিংক", "টেলিটক", "এয়ারটেল")
_BD_STATUS = ("সক্রিয়", "সক্রিয়", "বায়োমেট্রিক অমিল", "বন্ধ")

_GH_GIVEN_M = ("Kwame", "Kofi Mensah", "Yaw", "Kwabena", "Ebo")
_GH_GIVEN_F = ("Akosua", "Ama Serwaa", "Abena", "Efua", "Adwoa")
_GH_FAMILY = ("Mensah", "Owusu", "Boateng", "Asante", "Agyemang", "Quaye")
_GH_GPS = ("GA-183-8164", "AK-039-5521", "CC-104-2291", "GT-021-7788", "GE-231-4478")
_GH_REGIONS = ("Greater Accra", "Ashanti", "Central", "Greater Accra", "Central")
_GH_PREFIXES = ("024", "054", "055", "020", "050", "027")
_GH_STATUS = ("Registered", "Registered", "Pending NIA", "Blocked", "Registered")


def _stamp(p: Person) -> str:
    when = datetime(2026, 3, 1, 7) + timedelta(minutes=int(p.bhxh[-6:]) % 400_000)
    return f"{when:%Y-%m-%d %H:%M}"


def _bd_nid(p: Person) -> str:
    """A ten-digit Bangladeshi smart NID, often written in Bengali digits."""
    nid = f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}"[:10]
    return nid.translate(_BN) if _num(p, 3) == 2 else nid


def _gh_phone(p: Person) -> str:
    body = f"{_pick(p, _GH_PREFIXES, 4)}{p.phone[3:10]}"
    return f"+233 {body[1:3]} {body[3:6]} {body[6:]}" if _num(p, 2) == 1 else body


def _pk_phone(p: Person) -> str:
    body = f"03{_pick(p, ('00', '01', '12', '21', '33', '45'), 3)}{p.phone[3:10]}"
    return f"{body[:4]}-{body[4:]}" if _num(p, 2) == 1 else body


WRITERS_BLIND423: dict[str, Callable[[Person, Col], object]] = {
    # SIM re-verification
    "msisdn423": lambda p, c: f"84{p.phone[1:]}",
    "carrier423": lambda p, c: _pick(p, _VN_CARRIERS, 2),
    "serial423": lambda p, c: f"8984{p.bhxh}{p.phone[-5:]}",
    "photo423": lambda p, c: _pick(p, _VN_PHOTO, 3),
    "match423": lambda p, c: _pick(p, _VN_MATCH, 4),
    "reverify423": lambda p, c: _pick(p, _VN_REVERIFY, 5),
    "sims423": lambda p, c: _num(p, 6),
    "stamp423": lambda p, c: _stamp(p),
    # prepaid SIM shop
    "hd423": lambda p, c: f"BL{p.bhxh[-6:]}",
    "new_no423": lambda p, c: f"0{_pick(p, ('86', '96', '88', '79', '70'), 6)}{p.bhxh[-7:]}",
    "pack423": lambda p, c: _pick(p, _VN_PACKS, 7),
    "price423": lambda p, c: f"{(50 + _num(p, 30) * 10) * 1000:,}".replace(",", "."),
    "pay423": lambda p, c: _pick(p, _VN_PAY, 8),
    "seller423": lambda p, c: _other_vn(p, 9),
    "seller_phone423": lambda p, c: _other_phone(p, "039"),
    # broadband installation
    "contract423": lambda p, c: f"HN-FTTH-{p.bhxh[2:9]}",
    "account423": lambda p, c: f"hn_ftth_{p.bhxh[-6:]}",
    "plan423": lambda p, c: _pick(p, _VN_NET_PLANS, 10),
    "device423": lambda p, c: _pick(p, _VN_DEVICES, 11),
    "tech423": lambda p, c: _other_vn(p, 12, male=True),
    "net_status423": lambda p, c: _pick(p, _VN_NET_STATUS, 13),
    "port423": lambda p, c: f"OLT-{_num(p, 9)}/PON {_num(p, 16)}/{_num(p, 64)}",
    # numbers reported for spam
    "spam_no423": lambda p, c: f"0{_pick(p, ('86', '94', '91', '38', '56'), 14)}{p.bhxh[::-1][:7]}",
    "spam_kind423": lambda p, c: _pick(p, _VN_SPAM_KIND, 15),
    "spam_owner423": lambda p, c: _other_vn(p, 16),
    "spam_act423": lambda p, c: _pick(p, _VN_SPAM_ACT, 17),
    "spam_count423": lambda p, c: _num(p, 25),
    "ticket423": lambda p, c: f"156-{p.bhxh[-7:]}",
    # Nigeria
    "ng_nin423": lambda p, c: _nin(p),
    "ng_fam423": lambda p, c: _ng_name(p)[0].upper(),
    "ng_giv423": lambda p, c: _ng_name(p)[1],
    "sex_ng423": lambda p, c: "M" if p.male else "F",
    "phone_ng423": lambda p, c: f"234{_ng_phone(p)[1:]}",
    "ng_addr423": lambda p, c: _pick(p, _NG_HOMES, 2),
    "ng_origin423": lambda p, c: _pick(p, _NG_STATES, 3),
    "ng_net423": lambda p, c: _pick(p, _NG_NETWORKS, 4),
    "ng_link423": lambda p, c: _pick(p, _NG_LINK, 5),
    "ng_agent423": lambda p, c: f"AGT/{_pick(p, _NG_STATES, 6)[:3].upper()}/{p.bhxh[-4:]}",
    # Pakistan
    "pk_cnic423": lambda p, c: _cnic(p),
    "pk_name423": lambda p, c: (
        f"{_by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 2)} {_pick(p, _PK_FAMILY, 3)}"
    ),
    "pk_father423": lambda p, c: f"{_pick(p, _PK_GIVEN_M, 4)} {_pick(p, _PK_FAMILY, 3)}",
    "sex_pk423": lambda p, c: "Male" if p.male else "Female",
    "phone_pk423": lambda p, c: _pk_phone(p),
    "pk_city423": lambda p, c: _pick(p, _PK_CITIES, 5),
    "pk_franchise423": lambda p, c: _pick(p, _PK_FRANCHISE, 6),
    "pk_bvs423": lambda p, c: _pick(p, _PK_BVS, 7),
    "pk_count423": lambda p, c: _num(p, 5),
    "pk_imsi423": lambda p, c: f"41001{p.bhxh}",
    # Philippines
    "ph_psn423": lambda p, c: _psn(p),
    "ph_fam423": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "ph_giv423": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 3),
    "ph_mid423": lambda p, c: _pick(p, _PH_MIDDLE, 4),
    "sex_ph423": lambda p, c: "MALE" if p.male else "FEMALE",
    "phone_ph423": lambda p, c: f"+639{p.phone[3:5]}{p.phone[5:10]}{p.bhxh[-2:]}",
    "ph_addr423": lambda p, c: _pick(p, _PH_HOMES, 5),
    "ph_idtype423": lambda p, c: _pick(p, _PH_IDS, 6),
    "ph_sim423": lambda p, c: _pick(p, _PH_SIM, 7),
    "ph_ref423": lambda p, c: f"SRN-{p.bhxh[-8:]}",
    # Bangladesh
    "bd_nid423": lambda p, c: _bd_nid(p),
    "bd_name423": lambda p, c: _by_sex(p, _BD_GIVEN_M, _BD_GIVEN_F, 2),
    "bd_father423": lambda p, c: _pick(p, _BD_FATHERS, 3),
    "sex_bd423": lambda p, c: "পুরুষ" if p.male else "মহিলা",
    "phone_bd423": lambda p, c: _bd_mobile(p),
    "bd_addr423": lambda p, c: _pick(p, _BD_HOMES, 4),
    "bd_op423": lambda p, c: _pick(p, _BD_OPERATORS, 5),
    "bd_status423": lambda p, c: _pick(p, _BD_STATUS, 6),
    "bd_count423": lambda p, c: str(_num(p, 15)).translate(_BN),
    # Ghana
    "gh_card423": lambda p, c: _ghana_card(p),
    "gh_fam423": lambda p, c: _pick(p, _GH_FAMILY, 2).upper(),
    "gh_giv423": lambda p, c: _by_sex(p, _GH_GIVEN_M, _GH_GIVEN_F, 3),
    "sex_gh423": lambda p, c: "M" if p.male else "F",
    "phone_gh423": lambda p, c: _gh_phone(p),
    "gh_gps423": lambda p, c: _pick(p, _GH_GPS, 4),
    "gh_region423": lambda p, c: _pick(p, _GH_REGIONS, 4),
    "gh_status423": lambda p, c: _pick(p, _GH_STATUS, 5),
    "gh_next423": lambda p, c: f"{_pick(p, _GH_GIVEN_F, 6)} {_pick(p, _GH_FAMILY, 7)}",
    "gh_net423": lambda p, c: _pick(p, ("MTN", "Telecel", "AT", "MTN"), 8),
}

__all__ = ["WRITERS_BLIND423"]
