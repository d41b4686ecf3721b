"""How the people of the four-hundredth part of the outside corpus (**blind 400**,
:mod:`lienthong.quality._corpus_blind400`) are written: mobile subscribers and the agents who
registered their SIMs. A shop's ledger of SIM swaps, a carrier's list of subscribers locked for
not matching the population register, the staff of authorised registration points, owners of
four SIMs or more asked to confirm; and Nigerian, Pakistani, Indonesian, Tanzanian and Filipino
subscribers with their identity numbers (the NIN, the CNIC, the NIK beside the KK number, the
NIDA number, the PhilSys card number), their numbers, operators, agents and verification."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind90_writers import _nida, _tz_name
from lienthong.quality._corpus_blind117_writers import _ID_PLACES, _nik, _nkk, _place
from lienthong.quality._corpus_blind142_writers import _pk_phone
from lienthong.quality._corpus_blind323_writers import _id_name, _ng_phone
from lienthong.quality._corpus_blind353_writers import _cnic
from lienthong.quality._corpus_blind383_writers import _ng_nin

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_SWAP_REASONS = ("Mất SIM", "Hỏng SIM", "Đổi SIM 4G", "Chuyển eSIM", "Mất máy", "Đổi SIM 4G")
_VN_CLERKS = ("GDV01", "GDV02", "GDV05", "CTV-07")
_VN_MISMATCH = (
    "Sai ngày sinh",
    "Sai họ tên",
    "Số giấy tờ không tồn tại",
    "Ảnh chân dung không khớp",
    "Giấy tờ CMND 9 số hết hiệu lực",
)
_VN_LOCKS = ("Khóa 1 chiều", "Khóa 2 chiều", "Khóa 1 chiều", "Thu hồi số")
_VN_LOCK_STATUS = ("Đã mở khóa", "Chưa cập nhật", "Đã cập nhật, chờ đối soát", "Đã thu hồi")
_VN_SHOPS = (
    ("ĐUQ Minh Phát Mobile", "Số 45 Trần Phú, P. Cẩm Phả, Quảng Ninh"),
    ("Điểm bán Thành Công", "Chợ Hòa Bình, xã Vĩnh Lợi, Bạc Liêu"),
    ("Cửa hàng VTCN Huyện Yên Lạc", "Số 2 Hùng Vương, TT Yên Lạc, Vĩnh Phúc"),
    ("ĐUQ Thảo Nguyên", "Tổ 3, phường Tân Lập, TP. Buôn Ma Thuột"),
)
_VN_AGENT_STATUS = ("Đang hoạt động", "Đang hoạt động", "Tạm dừng", "Thu hồi quyền")
_VN_CHANNELS = ("App My Viettel", "Tại cửa hàng", "Tổng đài 1800", "VNeID", "Tại cửa hàng")
_VN_CONFIRM = ("Đã xác nhận", "Đã xác nhận", "Từ chối 2 số", "Chưa phản hồi", "Quá hạn 30 ngày")
_NG_FAMILY = ("Okafor", "Adeyemi", "Bello", "Eze", "Abubakar", "Ogunleye", "Nwosu", "Ibrahim")
_NG_GIVEN_M = ("Chinedu", "Oluwaseun", "Musa", "Emeka", "Tunde", "Abdullahi")
_NG_GIVEN_F = ("Ngozi", "Aisha", "Funmilayo", "Chiamaka", "Halima", "Yetunde")
_NG_MIDDLE = ("Ifeanyi", "Adebayo", "Usman", "Chukwuma", "Oluwadamilare", "Bola")
_NG_HOMES = (
    "12 Adeola Odeku Street, Victoria Island, Lagos",
    "No. 7 Aminu Kano Crescent, Wuse II, Abuja",
    "23 Ogui Road, Enugu North, Enugu",
    "Plot 15 Zoo Road, Tarauni, Kano",
    "4 Ring Road, Ibadan South-West, Oyo",
)
_NG_ORIGIN = ("Anambra", "Ogun", "Kano", "Imo", "Kwara", "Osun", "Sokoto")
_NG_VERIFY = ("VERIFIED", "VERIFIED", "VERIFIED", "MISMATCH - DOB", "PENDING NIMC RESPONSE")
_NG_BAR = ("Active", "Active", "Outgoing barred", "Fully barred", "Active")
_PK_GIVEN_M = ("Muhammad Imran", "Ali Raza", "Usman Tariq", "Bilal Ahmed", "Zahid Hussain")
_PK_GIVEN_F = ("Ayesha", "Sana", "Fatima", "Nabila", "Rabia")
_PK_FAMILY = ("Khan", "Qureshi", "Malik", "Butt", "Chaudhry", "Shah")
_PK_FATHERS = ("Muhammad Aslam", "Ghulam Rasool", "Abdul Majeed", "Nazir Ahmed", "Rashid Ali")
_PK_HOMES = (
    "House No. 14, Street 7, G-9/2, Islamabad",
    "Mohallah Islampura, Gali No. 3, Gujranwala",
    "Flat B-12, Block 13-D, Gulshan-e-Iqbal, Karachi",
    "Village Chak 45 JB, Tehsil & District Faisalabad",
    "House 221, Hayatabad Phase 3, Peshawar",
)
_PK_OPS = ("Jazz", "Zong", "Telenor", "Ufone", "Jazz")
_PK_SHOPS = ("Ali Mobile Franchise", "Zong CSC Saddar", "Telenor Easy Shop", "Madina Comm.")
_ID_OUTLETS = ("Gerai Telkomsel Dago", "Outlet Sinar Pulsa", "Indosat Galeri Malang", "Konter Jaya")
_ID_VALID = ("Valid", "Valid", "NIK tidak sesuai KK", "Valid", "Data tidak ditemukan")
_ID_PROV = {"32": "JAWA BARAT", "34": "DI YOGYAKARTA", "35": "JAWA TIMUR"}
_TZ_PLACES = (
    ("Mbezi Beach", "Kinondoni", "Dar es Salaam"),
    ("Sinza", "Ubungo", "Dar es Salaam"),
    ("Kaloleni", "Arusha Mjini", "Arusha"),
    ("Mji Mpya", "Dodoma Mjini", "Dodoma"),
    ("Nyamagana", "Nyamagana", "Mwanza"),
)
_TZ_NETS = ("Vodacom", "Airtel", "Tigo (Yas)", "Halotel", "TTCL")
_TZ_STATUS = ("Imehakikiwa", "Imehakikiwa", "Alama hazikulingana", "Inasubiri NIDA")
_PH_FAMILY = ("Dela Cruz", "Santos", "Reyes", "Garcia", "Mendoza", "Bautista", "Villanueva")
_PH_GIVEN_M = ("Juan Carlos", "Mark Anthony", "Jose", "Rommel", "Christian")
_PH_GIVEN_F = ("Maria Cristina", "Rowena", "Jennifer", "Kristine Joy", "Liza")
_PH_MIDDLE = ("Ramos", "Aquino", "Castillo", "Torres", "Navarro")
_PH_HOMES = (
    "Blk 5 Lot 12, Phase 2, Brgy. San Isidro, Antipolo City, Rizal",
    "123 Mabini St., Brgy. Poblacion, Makati City, Metro Manila",
    "Purok 3, Brgy. Lahug, Cebu City, Cebu",
    "456 Rizal Ave., Brgy. 14, Davao City, Davao del Sur",
)
_PH_IDS = ("PhilSys ID (PhilID)", "ePhilID", "PhilSys ID (PhilID)", "PhilSys ID (PhilID)")


def _after(p: Person, days: int) -> date:
    return p.other_date + timedelta(days=days + _num(p, 40))


def _iccid(p: Person, salt: int) -> str:
    digits = p.bhxh if salt % 2 else p.bhxh[::-1]
    return f"8984{_pick(p, ('04', '01', '02'), salt)}{digits}{salt:02d}"


def _sims(p: Person) -> int:
    return int(p.bhxh[5]) % 7 + 4


def _others(p: Person) -> str:
    return ", ".join(
        f"0{_pick(p, ('86', '96', '97', '98', '38'), k)}{p.bhxh[k : k + 7]}" for k in (1, 2, 3)
    )


def _ng_msisdn(p: Person) -> str:
    return f"234{_ng_phone(p)[1:].replace(' ', '')}"


def _id_msisdn(p: Person) -> str:
    lead = _pick(p, ("0812", "0813", "0857", "0878", "0896"), 4)
    return f"{lead}-{p.phone[3:7]}-{p.phone[7:10]}{p.bhxh[-1]}"


def _tz_phone(p: Person) -> str:
    lead = _pick(p, ("754", "765", "713", "688", "621"), 5)
    return f"+255 {lead} {p.phone[4:7]} {p.phone[7:10]}"


def _ph_mobile(p: Person) -> str:
    body = f"9{p.phone[3:5]}{p.phone[5:10]}{p.bhxh[-2:]}"
    return f"+63{body}" if int(p.bhxh[2]) % 2 else f"0{body}"


def _pcn(p: Person) -> str:
    """A PhilSys card number as the PhilID prints it: sixteen digits in fours."""
    digits = f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}{p.phone[-6:]}"
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


WRITERS_BLIND400: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: SIM swaps at a shop
    "old_serial400": lambda p, c: _iccid(p, 1),
    "new_serial400": lambda p, c: _iccid(p, 2),
    "swap_reason400": lambda p, c: _pick(p, _VN_SWAP_REASONS, 2),
    "fee400": lambda p, c: _pick(p, ("25.000", "0", "25.000", "50.000"), 3),
    "clerk400": lambda p, c: f"{_pick(p, _VN_CLERKS, 4)} - {_other_vn(p, 5)}",
    # Vietnam: locked subscribers
    "mismatch400": lambda p, c: _pick(p, _VN_MISMATCH, 2),
    "lock400": lambda p, c: _pick(p, _VN_LOCKS, 3),
    "lock2_400": lambda p, c: f"{_after(p, 15):%d/%m/%Y}",
    "status400": lambda p, c: _pick(p, _VN_LOCK_STATUS, 4),
    # Vietnam: staff of authorised registration points
    "shop_code400": lambda p, c: f"DB{p.bhxh[:6]}",
    "shop400": lambda p, c: _place(p, _VN_SHOPS)[0],
    "shop_addr400": lambda p, c: _place(p, _VN_SHOPS)[1],
    "contract400": lambda p, c: f"{_num(p, 900)}/2025/HĐUQ-VTT",
    "count400": lambda p, c: str(_num(p, 400) - 1),
    "agent_status400": lambda p, c: _pick(p, _VN_AGENT_STATUS, 5),
    # Vietnam: owners of four SIMs or more
    "cust400": lambda p, c: f"KH{p.bhxh[2:]}",
    "sims400": lambda p, c: str(_sims(p)),
    "others400": lambda p, c: _others(p),
    "channel400": lambda p, c: _pick(p, _VN_CHANNELS, 3),
    "confirm400": lambda p, c: _pick(p, _VN_CONFIRM, 4),
    # Nigeria: NIN-SIM linkage
    "ng_msisdn400": lambda p, c: _ng_msisdn(p),
    "ng_sur400": lambda p, c: _pick(p, _NG_FAMILY, 2).upper(),
    "ng_first400": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 3).upper(),
    "ng_mid400": lambda p, c: _pick(p, _NG_MIDDLE, 4).upper(),
    "sex_ng400": lambda p, c: "MALE" if p.male else "FEMALE",
    "ng_nin400": lambda p, c: _ng_nin(p),
    "ng_addr400": lambda p, c: _pick(p, _NG_HOMES, 8),
    "ng_origin400": lambda p, c: _pick(p, _NG_ORIGIN, 5),
    "ng_ver400": lambda p, c: _pick(p, _NG_VERIFY, 6),
    "ng_bar400": lambda p, c: _pick(p, _NG_BAR, 7),
    "ng_agent400": lambda p, c: f"MTN-LAG-{p.bhxh[4:9]}",
    # Pakistan: biometric verification at a franchise
    "pk_name400": lambda p, c: (
        f"{_by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1)} {_pick(p, _PK_FAMILY, 2)}"
    ),
    "pk_father400": lambda p, c: f"{_pick(p, _PK_FATHERS, 3)} {_pick(p, _PK_FAMILY, 2)}",
    "pk_cnic400": lambda p, c: _cnic(p),
    "sex_pk400": lambda p, c: (
        _pick(p, ("Male", "M", "مرد")) if p.male else _pick(p, ("Female", "F", "عورت"))
    ),
    "pk_phone400": lambda p, c: _pk_phone(p),
    "pk_addr400": lambda p, c: _pick(p, _PK_HOMES, 6),
    "pk_op400": lambda p, c: _pick(p, _PK_OPS, 4),
    "pk_dev400": lambda p, c: f"BVS-{p.bhxh[1:7]}",
    "pk_shop400": lambda p, c: _pick(p, _PK_SHOPS, 5),
    "pk_count400": lambda p, c: str(int(p.bhxh[6]) % 5 + 1),
    # Indonesia: prepaid card registration
    "id_msisdn400": lambda p, c: _id_msisdn(p),
    "id_nik400": lambda p, c: _nik(p),
    "id_kk400": lambda p, c: _nkk(p),
    "id_name400": lambda p, c: _id_name(p).upper(),
    "sex_id400": lambda p, c: "LAKI-LAKI" if p.male else "PEREMPUAN",
    "id_street400": lambda p, c: _place(p, _ID_PLACES)[0],
    "id_kel400": lambda p, c: _place(p, _ID_PLACES)[1],
    "id_kec400": lambda p, c: _place(p, _ID_PLACES)[2],
    "id_prov400": lambda p, c: _ID_PROV[_place(p, _ID_PLACES)[3][:2]],
    "id_valid400": lambda p, c: _pick(p, _ID_VALID, 5),
    "id_outlet400": lambda p, c: _pick(p, _ID_OUTLETS, 6),
    # Tanzania: biometric SIM registration
    "tz_name400": lambda p, c: _tz_name(p),
    "tz_nida400": lambda p, c: _nida(p),
    "sex_tz400": lambda p, c: "Me" if p.male else "Ke",
    "tz_phone400": lambda p, c: _tz_phone(p),
    "tz_mtaa400": lambda p, c: _place(p, _TZ_PLACES)[0],
    "tz_wilaya400": lambda p, c: _place(p, _TZ_PLACES)[1],
    "tz_mkoa400": lambda p, c: _place(p, _TZ_PLACES)[2],
    "tz_net400": lambda p, c: _pick(p, _TZ_NETS, 3),
    "tz_agent400": lambda p, c: (
        f"Wakala {_pick(p, ('Mussa Juma', 'Neema Mushi', 'Hassani Ally'), 4)}"
    ),
    "tz_status400": lambda p, c: _pick(p, _TZ_STATUS, 6),
    # Philippines: SIM Registration Act
    "ph_mobile400": lambda p, c: _ph_mobile(p),
    "ph_last400": lambda p, c: _pick(p, _PH_FAMILY, 2).upper(),
    "ph_first400": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 3).upper(),
    "ph_mid400": lambda p, c: _pick(p, _PH_MIDDLE, 4).upper(),
    "sex_ph400": lambda p, c: "Male" if p.male else "Female",
    "ph_nat400": lambda p, c: "Filipino",
    "ph_addr400": lambda p, c: _pick(p, _PH_HOMES, 7),
    "ph_idtype400": lambda p, c: _pick(p, _PH_IDS, 5),
    "ph_pcn400": lambda p, c: _pcn(p),
    "ph_simtype400": lambda p, c: _pick(p, ("Prepaid", "Prepaid", "Postpaid"), 6),
    "ph_ref400": lambda p, c: f"SRN{p.bhxh[::-1][:9]}",
}
