"""How the people of the hundred-and-ninth part of the outside corpus (**blind 109**,
:mod:`lienthong.quality._corpus_blind109`) are written: four Vietnamese files' own columns (a
tenant's electricity quota, a new Youth Union member, an elderly association's dues, a teacher in
a good-teacher contest) and Indian, Nepali, Bhutanese, Sri Lankan and Maldivian names, places,
phones and identity numbers in the forms their registers write them (the Aadhaar with its
Verhoeff digit, the citizenship certificate number, the CID, the old and new NIC, the A-number)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind19_writers import _bs, _citizen_np, _np_place
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind50_writers import _aadhaar
from lienthong.quality._corpus_blind70_writers import _lk_initials, _sri_lanka_nic
from lienthong.quality._corpus_blind72_writers import (
    _BT_GIVEN_F,
    _BT_GIVEN_M,
    _BT_PLACES,
    _cid_bt,
    _place,
)
from lienthong.quality._corpus_blind80_writers import _mv_address, _mv_name
from lienthong.quality._corpus_blind85_writers import _items

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_LANDLORDS_ADDR = _items(
    "Số 12 ngõ 95 Chùa Bộc, P. Trung Liệt, Q. Đống Đa, Hà Nội; 48/7 Nguyễn Văn Cừ, P. An Khánh, "
    "Q. Ninh Kiều, TP Cần Thơ; Tổ 5, P. Đồng Hòa, Q. Kiến An, TP Hải Phòng; 102 Tô Ngọc Vân, P. "
    "Linh Đông, TP Thủ Đức, TP.HCM; Xóm trọ Hòa Phú, P. Hiệp Thành, TP Thủ Dầu Một, Bình Dương"
)
_VN_HOME_PROVINCES = _items(
    "Xã Yên Thắng, huyện Yên Mô, tỉnh Ninh Bình; Xã Hải Hà, huyện Hải Hậu, tỉnh Nam Định; Xã "
    "Quỳnh Lưu, huyện Nho Quan, tỉnh Ninh Bình; Xã Phong Điền, huyện Trần Văn Thời, tỉnh Cà Mau; "
    "Thị trấn Vĩnh Bình, huyện Gò Công Tây, tỉnh Tiền Giang"
)
_VN_UNIONS = _items(
    "Chi đoàn 10A1 - THPT Lê Quý Đôn; Chi đoàn 11A3 - THPT Lê Quý Đôn; Chi đoàn thôn Đông Hạ; "
    "Chi đoàn Công an xã; Chi đoàn 12C2 - THPT Nguyễn Trãi; Chi đoàn khu phố 4"
)
_VN_JOBS = _items("Học sinh; Học sinh; Công nhân; Làm nông; Sinh viên; Tự do")
_VN_ELDER_BRANCHES = _items("Chi hội thôn 1; Chi hội thôn 2; Chi hội xóm Bến; Chi hội Đông Hòa")
_VN_ELDER_HOMES = _items(
    "thôn 1, xã Quảng Thành, huyện Quảng Xương, tỉnh Thanh Hóa; thôn 2, xã Quảng Thành, huyện "
    "Quảng Xương, tỉnh Thanh Hóa; xóm Bến, xã Quảng Thành, huyện Quảng Xương, tỉnh Thanh Hóa; "
    "thôn Đông Hòa, xã Quảng Thành, huyện Quảng Xương, tỉnh Thanh Hóa"
)
_VN_HEALTH = _items("Khỏe; Bình thường; Yếu; Khỏe; Bệnh mãn tính")
_VN_SCHOOLS = _items(
    "Trường TH Kim Đồng; Trường THCS Trần Phú; Trường MN Hoa Sen; Trường TH Lê Văn Tám; "
    "Trường THCS Nguyễn Du; Trường THPT Phan Bội Châu"
)
_VN_SUBJECTS = _items("Toán; Ngữ văn; Tiếng Anh; Tin học; GDMN; Tiếng Việt; Vật lý; Lịch sử")
_VN_RANKS = _items("Giáo viên THCS hạng II; Giáo viên TH hạng III; Giáo viên THPT hạng II")

# -- India: PM-KISAN, Bihar ---------------------------------------------------------------------
_IN_GIVEN_M = ("राम प्रवेश", "सुनील कुमार", "विनोद यादव", "मनोज पासवान", "अशोक महतो", "राजेश सिंह")
_IN_GIVEN_F = ("सुनीता देवी", "रीना कुमारी", "गीता देवी", "मालती देवी", "पूनम कुमारी", "उर्मिला देवी")
_IN_FATHERS = ("रामदेव यादव", "शिवनाथ महतो", "जगदीश पासवान", "कपिलदेव सिंह", "बिन्देश्वर राम")
#: (address, PIN)
_IN_PLACES = (
    ("ग्राम- बेलसर, पंचायत- बेलसर, प्रखंड- पटेढ़ी बेलसर, जिला- वैशाली", "844124"),
    ("ग्राम- मोहनपुर, पो.- दाउदनगर, प्रखंड- दाउदनगर, जिला- औरंगाबाद", "824113"),
    ("ग्राम- सिमरी, पंचायत- सिमरी, प्रखंड- बख्तियारपुर, जिला- सहरसा", "852201"),
    ("ग्राम- कुरसेला, वार्ड नं.- 7, प्रखंड- कुरसेला, जिला- कटिहार", "854101"),
)
_IN_BANKS = ("SBIN0003524", "PUNB0142300", "BKID0005411", "UCBA0001203", "CNRB0002617")
_IN_STATUS = ("भुगतान सफल", "भुगतान सफल", "आधार सत्यापन लंबित", "भुगतान सफल", "e-KYC लंबित")

# -- Nepal: सवारी चालक अनुमतिपत्र, लिखित परीक्षा ------------------------------------------------
_NP_GIVEN_M = ("राम बहादुर", "सुरेश", "बिकास", "दिपेन्द्र", "हरि प्रसाद", "सन्तोष")
_NP_GIVEN_F = ("सीता", "सरिता", "अनिता", "बिमला", "सुनिता", "गीता")
_NP_FAMILY = ("श्रेष्ठ", "तामाङ", "अधिकारी", "गुरुङ", "थापा", "पौडेल", "मगर")
_NP_FATHERS = ("कृष्ण बहादुर", "टेक नारायण", "भीम प्रसाद", "गोविन्द", "लक्ष्मण")
_NP_CLASSES = ("A (मोटरसाइकल)", "B (कार/जीप)", "K (स्कुटर)", "A, B", "C (टेम्पो)")
_NP_RESULTS = ("उत्तीर्ण", "उत्तीर्ण", "अनुत्तीर्ण", "अनुपस्थित", "उत्तीर्ण")

# -- Bhutan: Gyalsung enrolment ------------------------------------------------------------------
_BT_GEWOGS = ("Kawang", "Lungnyi", "Phuentsholing", "Toebisa", "Kanglung", "Thedtsho")
_BT_SCHOOLS = (
    "Motithang HSS", "Paro College of Education", "Phuentsholing MSS", "Punakha CS",
    "Sherubtse College", "Bajo HSS",
)  # fmt: skip
_BT_ACADEMIES = ("Gyalpozhing", "Jamtsholing", "Khotokha", "Pemathang")
_BT_PARENTS = ("Ap Dorji", "Aum Pem", "Ap Sangay", "Aum Kinzang", "Ap Tashi", "Aum Choki")

# -- Sri Lanka: EPF Form C ------------------------------------------------------------------------
_LK_HOMES = (
    "No. 45/2, Temple Road, Maharagama",
    "215, Kandy Road, Kadawatha",
    "No. 12, Vihara Mawatha, Kurunegala",
    "7/1, Station Road, Jaffna",
    "No. 88, Galle Road, Panadura",
)

# -- Maldives: vehicle register -----------------------------------------------------------------
_MV_TYPES = ("Motorcycle", "Motorcycle", "Car", "Pick-up", "Motorcycle", "Scooter")
_MV_MAKES = ("Yamaha Ray ZR", "Honda Dio", "Hyundai i10", "Suzuki Access", "Honda Click 125")


def _old_nic(p: Person) -> str:
    """The old NIC of the same person: the two-digit year, the day, the serial, the check digit
    and ``V`` (``852341234V``)."""
    new = _sri_lanka_nic(p)
    return f"{new[2:4]}{new[4:7]}{new[8:11]}{new[11]}V"


def _lk_nic(p: Person) -> str:
    return _old_nic(p) if p.birth.year < 2000 and int(p.bhxh[-1]) % 3 else _sri_lanka_nic(p)


def _lk_earnings(p: Person) -> int:
    return 35_000 + _num(p, 90) * 1000


WRITERS_BLIND109: dict[str, Callable[[Person, Col], object]] = {
    # -- Vietnam: bảng kê người thuê nhà đăng ký định mức điện
    "landlord109": lambda p, c: _other_vn(p, 3),
    "rent_addr109": lambda p, c: _pick(p, _VN_LANDLORDS_ADDR, 2),
    "home_vn109": lambda p, c: _pick(p, _VN_HOME_PROVINCES, 3),
    "meter109": lambda p, c: f"PD{p.bhxh[:11]}",
    "tenants109": lambda p, c: 1 + int(p.bhxh[-2]) % 4,
    "quota109": lambda p, c: f"{(1 + int(p.bhxh[-2]) % 4) * 50} kWh",
    # -- Vietnam: kết nạp đoàn viên mới
    "union_branch109": lambda p, c: _pick(p, _VN_UNIONS, 2),
    "union_job109": lambda p, c: _pick(p, _VN_JOBS, 3),
    "union_sponsor109": lambda p, c: _other_vn(p, 4),
    "union_card109": lambda p, c: f"{p.bhxh[-7:]}",
    "union_decision109": lambda p, c: f"{_num(p, 90)}-QĐ/ĐTN",
    # -- Vietnam: hội viên hội người cao tuổi đóng hội phí
    "elder_branch109": lambda p, c: _pick(p, _VN_ELDER_BRANCHES, 2),
    "elder_addr109": lambda p, c: _pick(p, _VN_ELDER_HOMES, 2),
    "elder_health109": lambda p, c: _pick(p, _VN_HEALTH, 4),
    "elder_fee109": lambda p, c: "24.000" if int(p.bhxh[-1]) % 4 else "0",
    "elder_card109": lambda p, c: f"NCT-{p.bhxh[-5:]}",
    "elder_child109": lambda p, c: _other_vn(p, 5),
    "elder_child_phone109": lambda p, c: _other_phone(p, "0912"),
    # -- Vietnam: giáo viên dự thi giáo viên dạy giỏi
    "teacher_school109": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "teacher_subject109": lambda p, c: _pick(p, _VN_SUBJECTS, 3),
    "teacher_rank109": lambda p, c: _pick(p, _VN_RANKS, 4),
    "teacher_years109": lambda p, c: 5 + _num(p, 20),
    "teacher_lesson109": lambda p, c: f"{16 + int(p.bhxh[-2:]) % 5},{int(p.bhxh[-1]) % 2 * 5}",
    "teacher_prize109": lambda p, c: _pick(p, ("Đạt", "Đạt", "Không đạt", "Đạt - Xuất sắc"), 5),
    # -- India
    "aadhaar109": lambda p, c: _aadhaar(p),
    "in_name109": lambda p, c: _by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 3),
    "in_father109": lambda p, c: _pick(p, _IN_FATHERS, 4),
    "sex_in109": lambda p, c: "पुरुष" if p.male else "महिला",
    "in_addr109": lambda p, c: _pick(p, tuple(a for a, _ in _IN_PLACES), 2),
    "in_pin109": lambda p, c: dict(_IN_PLACES)[_pick(p, tuple(a for a, _ in _IN_PLACES), 2)],
    "in_phone109": lambda p, c: f"{'9876'[int(p.bhxh[0]) % 4]}{p.phone[1:10]}",
    "in_reg109": lambda p, c: f"BR{p.bhxh[:9]}",
    "in_account109": lambda p, c: f"{p.bhxh}{p.bhxh[-3:]}",
    "in_ifsc109": lambda p, c: _pick(p, _IN_BANKS, 5),
    "in_khata109": lambda p, c: f"खाता {_num(p, 400)}, खेसरा {_num(p, 900)}",
    "in_area109": lambda p, c: f"{10 + _num(p, 150)} डिसमिल",
    "in_status109": lambda p, c: _pick(p, _IN_STATUS, 6),
    # -- Nepal
    "citizen109": lambda p, c: _citizen_np(p),
    "np_name109": lambda p, c: (
        f"{_by_sex(p, _NP_GIVEN_M, _NP_GIVEN_F, 3)} {_pick(p, _NP_FAMILY, 2)}"
    ),
    "np_issue109": lambda p, c: _np_place(p)[1],
    "np_bs109": lambda p, c: _bs(p.birth),
    "sex_np109": lambda p, c: "पुरुष" if p.male else "महिला",
    "np_father109": lambda p, c: f"{_pick(p, _NP_FATHERS, 4)} {_pick(p, _NP_FAMILY, 2)}",
    "np_addr109": lambda p, c: (
        f"{_np_place(p)[2].format(w=1 + int(p.bhxh[-2:]) % 32)}, {_np_place(p)[1]}"
    ),
    "np_phone109": lambda p, c: f"98{p.phone[2:10]}",
    "np_reg109": lambda p, c: f"{_num(p, 900)}/081-82",
    "np_class109": lambda p, c: _pick(p, _NP_CLASSES, 5),
    "np_exam109": lambda p, c: _bs(p.other_date),
    "np_result109": lambda p, c: _pick(p, _NP_RESULTS, 6),
    # -- Bhutan
    "cid109": lambda p, c: _cid_bt(p),
    "bt_name109": lambda p, c: _by_sex(p, _BT_GIVEN_M, _BT_GIVEN_F, 3),
    "sex_bt109": lambda p, c: "Male" if p.male else "Female",
    "bt_addr109": lambda p, c: (
        f"{_place(p, _BT_PLACES)[0]} village, {_BT_GEWOGS[int(p.bhxh) // 9 % 6]} Gewog, "
        f"{_place(p, _BT_PLACES)[1]}"
    ),
    "bt_phone109": lambda p, c: f"{_pick(p, ('17', '77'), 2)}{p.phone[4:10]}",
    "bt_school109": lambda p, c: _pick(p, _BT_SCHOOLS, 4),
    "bt_parent109": lambda p, c: _pick(p, _BT_PARENTS, 5),
    "bt_parent_phone109": lambda p, c: f"17{p.bhxh[-6:]}",
    "bt_batch109": lambda p, c: f"Batch {1 + int(p.bhxh[-1]) % 3} ({p.other_date:%Y})",
    "bt_academy109": lambda p, c: _pick(p, _BT_ACADEMIES, 6),
    # -- Sri Lanka
    "lk_nic109": lambda p, c: _lk_nic(p),
    "lk_name109": lambda p, c: _lk_initials(p),
    "sex_lk109": lambda p, c: "M" if p.male else "F",
    "lk_addr109": lambda p, c: _pick(p, _LK_HOMES, 3),
    "lk_phone109": lambda p, c: f"07{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}",
    "lk_member109": lambda p, c: f"{_num(p, 600)}",
    "lk_earnings109": lambda p, c: f"{_lk_earnings(p):,}.00",
    "lk_employer109": lambda p, c: f"{_lk_earnings(p) * 12 // 100:,}.00",
    "lk_own109": lambda p, c: f"{_lk_earnings(p) * 8 // 100:,}.00",
    "lk_total109": lambda p, c: f"{_lk_earnings(p) * 20 // 100:,}.00",
    "lk_period109": lambda p, c: f"{p.other_date:%Y/%m}",
    # -- Maldives
    "mv_id109": lambda p, c: f"A{p.bhxh[-6:]}",
    "mv_name109": lambda p, c: f"{_mv_name(p)[0][0]} {_mv_name(p)[1][0]}",
    "mv_thaana109": lambda p, c: f"{_mv_name(p)[0][1]} {_mv_name(p)[1][1]}",
    "sex_mv109": lambda p, c: "M" if p.male else "F",
    "mv_addr109": lambda p, c: _mv_address(p),
    "mv_phone109": lambda p, c: f"+960 {_pick(p, ('7', '9'), 2)}{p.phone[4:7]}{p.phone[7:10]}",
    "mv_reg109": lambda p, c: f"P {p.bhxh[-4:]}",
    "mv_type109": lambda p, c: _pick(p, _MV_TYPES, 4),
    "mv_make109": lambda p, c: _pick(p, _MV_MAKES, 5),
    "mv_chassis109": lambda p, c: f"MH3SG{p.bhxh[:3]}0{p.bhxh[3:9]}",
    "mv_expiry109": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
}

__all__ = ["WRITERS_BLIND109"]
