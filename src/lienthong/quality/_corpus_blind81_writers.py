"""How the people of the eighty-first part of the outside corpus (**blind 81**,
:mod:`lienthong.quality._corpus_blind81`) are written: four Vietnamese files' own columns (an
organ and stem-cell donor's registration number, form, blood group, organs, HLA sample and the
relative who consents, a fine's decision number, offence, legal ground, amount, signer and payment,
a new-rural-area household's commune address, support, quantity, amounts and own share, a school
fee's pupil, class, item, channel and transaction) and Omani, Qatari, Bahraini, Libyan and
Sudanese names, addresses, phones and identity numbers in the forms their registers show (only
the Bahraini CPR number publishes a check, its mod 11 digit; the Omani civil number, the Qatari
ID, the Libyan and the Sudanese national numbers have none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _mod11
from lienthong.quality._corpus_blind13_writers import _pupil_birth
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind30_writers import _cpr
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind75_writers import _omani_civil, _qa_name, _qa_nation, _qid
from lienthong.quality._corpus_people import _FAMILY, _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DONOR_FORMS = (
    "Hiến sau khi qua đời",
    "Hiến sau khi chết não",
    "Hiến tế bào gốc tạo máu",
    "Hiến sau khi qua đời",
    "Hiến khi còn sống (thận)",
)
_VN_BLOOD = ("O Rh+", "A Rh+", "B Rh+", "AB Rh+", "O Rh+", "B Rh-")
_VN_ORGANS = (
    "Toàn bộ mô, bộ phận cơ thể",
    "Giác mạc",
    "Thận, gan",
    "Tế bào gốc máu ngoại vi",
    "Giác mạc, thận, gan, tim",
    "Mô xương, da",
)
_VN_KIN = ("Vợ", "Chồng", "Con", "Mẹ", "Bố", "Anh", "Chị")
_VN_DESKS = (
    "Khoa Huyết học - Truyền máu",
    "Phòng Công tác xã hội",
    "Đơn vị Điều phối ghép tạng",
    "Buổi hiến máu tình nguyện tại Nhà văn hóa tỉnh",
)
_VN_JOBS = ("Lao động tự do", "Buôn bán", "Công nhân", "Tài xế", "Nông dân", "Sinh viên")
#: (offence, legal ground, fine in thousand đồng)
_VN_OFFENCES = (
    ("Không đội mũ bảo hiểm khi điều khiển xe mô tô", "Điểm i khoản 2 Điều 7 NĐ 168/2024", 500),
    ("Đổ rác thải sinh hoạt không đúng nơi quy định", "Khoản 1 Điều 26 NĐ 45/2022", 1000),
    ("Gây rối trật tự công cộng", "Điểm a khoản 2 Điều 7 NĐ 144/2021", 3000),
    ("Lấn chiếm vỉa hè để buôn bán", "Điểm a khoản 5 Điều 12 NĐ 168/2024", 4000),
    ("Xây dựng không phép", "Điểm a khoản 7 Điều 16 NĐ 16/2022", 15000),
    ("Không khai báo tạm trú", "Điểm a khoản 1 Điều 9 NĐ 144/2021", 500),
)
_VN_SIGNERS = (
    "Nguyễn Văn Hải - Chủ tịch UBND huyện",
    "Trần Quốc Bảo - Trưởng Công an huyện",
    "Lê Thị Thu - Phó Chủ tịch UBND huyện",
    "Phạm Minh Tuấn - Chánh Thanh tra huyện",
)
_VN_PAID = ("Đã nộp phạt", "Đã nộp phạt", "Chưa nộp", "Cưỡng chế", "Đã nộp phạt (KBNN)")
#: (village, commune, district, province)
_VN_VILLAGES = (
    ("Bản Nà Pồng", "xã Đức Long", "huyện Thạch An", "tỉnh Cao Bằng"),
    ("Thôn Khuổi Khoang", "xã Lăng Can", "huyện Lâm Bình", "tỉnh Tuyên Quang"),
    ("Thôn 3", "xã Ea Kly", "huyện Krông Pắc", "tỉnh Đắk Lắk"),
    ("Ấp Tà Nốt", "xã Tân Hòa", "huyện Tân Châu", "tỉnh Tây Ninh"),
    ("Bản Hua Tát", "xã Vân Hồ", "huyện Vân Hồ", "tỉnh Sơn La"),
    ("Thôn Pa Lọc", "xã A Ngo", "huyện Đakrông", "tỉnh Quảng Trị"),
)
_VN_ETHNIC = ("Tày", "Nùng", "Kinh", "Ê Đê", "Thái", "Mông", "Vân Kiều", "Kinh")
_VN_POOR = ("Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo", "Hộ mới thoát nghèo")
#: (support, unit, count, unit price in thousand đồng)
_VN_SUPPORT = (
    ("Bò cái sinh sản", "con", 1, 18000),
    ("Bò cái sinh sản", "con", 2, 18000),
    ("Giống ngô lai LVN10", "kg", 20, 75),
    ("Giống lúa Bắc thơm 7", "kg", 40, 32),
    ("Dê giống", "con", 3, 4500),
    ("Cây giống cà phê TR4", "cây", 500, 5),
)
_VN_FEES = (
    "Học phí HK II",
    "Tiền ăn bán trú T3",
    "BHYT HS năm học 2025-2026",
    "Học phí HK I",
    "Quỹ phụ huynh (tự nguyện)",
    "Tiền học 2 buổi/ngày T10",
)
_VN_CHANNELS = ("VNPT Money", "Viettel Money", "BIDV SmartBanking", "VietinBank iPay", "MoMo")
_VN_PAY_STATUS = ("Thành công", "Thành công", "Thành công", "Đang xử lý", "Hoàn tiền")
_VN_GRADES = ("1A", "2B", "3C", "4A", "5D", "6A1", "7A3", "8A2", "9A5")
_OM_GIVEN_M = ("سالم", "حمد", "سعيد", "خلفان", "ناصر", "سيف", "يعقوب")
_OM_GIVEN_F = ("شيخة", "زوينة", "منى", "بدرية", "عائشة", "ثريا", "مريم")
_OM_ELDERS = ("حمد", "سيف", "خميس", "راشد", "عبدالله", "سليمان", "محمد")
_OM_TRIBES = ("الحارثي", "البلوشي", "الرواحي", "الهنائي", "المعمري", "الكندي", "الشكيلي")
#: (area, wilayat, governorate, postal code)
_OM_PLACES = (
    ("Al Khoudh", "السيب", "مسقط", "132"),
    ("Al Mawaleh South", "السيب", "مسقط", "121"),
    ("Al Ghubrah", "بوشر", "مسقط", "130"),
    ("Falaj Al Qabail", "صحار", "شمال الباطنة", "311"),
    ("Firq", "نزوى", "الداخلية", "611"),
    ("Al Saada", "صلالة", "ظفار", "211"),
    ("Al Hadd", "صور", "جنوب الشرقية", "411"),
)
_OM_QUALS = ("دبلوم التعليم العام", "دبلوم بعد التعليم العام", "بكالوريوس", "بكالوريوس", "ماجستير")
_OM_MAJORS = (
    "Accounting",
    "Information Technology",
    "Mechanical Engineering",
    "Nursing",
    "Business Administration",
    "-",
)
_OM_STATUS = ("باحث عن عمل", "تم التوظيف", "تم الترشيح لوظيفة", "باحث عن عمل", "موقوف")
_QA_VACCINES = ("Influenza (Quadrivalent)", "Td booster", "MMR", "Hepatitis B", "PCV20")
_QA_CENTRES = (
    "Al Wajba HC",
    "Leabaib HC",
    "Rawdat Al Khail HC",
    "Al Wakra HC",
    "Umm Slal HC",
    "Madinat Khalifa HC",
)
#: expatriates' names by the ISO code their QID carries (Qatari names come from blind 75)
_QA_EXPATS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "356": (
        ("Rajesh Kumar Nair", "Abdul Rasheed K.P.", "Suresh Babu"),
        ("Priya Menon", "Anju Thomas"),
    ),
    "586": (("Muhammad Imran", "Asif Iqbal Khan", "Tariq Mahmood"), ("Ayesha Bibi", "Sana Riaz")),
    "608": (("Jose Ramon Santos", "Mark Anthony Reyes"), ("Maricel Dela Cruz", "Joy Villanueva")),
    "524": (
        ("Ram Bahadur Thapa", "Bikash Shrestha", "Dil Kumar Rai"),
        ("Sunita Gurung", "Sita Tamang"),
    ),
    "818": (("Ahmed Fathy Abdelrahman", "Mohamed Samir Hassan"), ("Mona Adel", "Heba Mostafa")),
}
_QA_NURSES = ("Sr. Jincy Mathew", "Sr. Aisha Al-Emadi", "Br. Anil Joseph", "Sr. Maryam Hussein")
#: (zone, area)
_QA_ZONES = (
    ("56", "Al Aziziya"),
    ("39", "Al Sadd"),
    ("51", "Muaither"),
    ("69", "Al Wakra"),
    ("25", "Al Mansoura"),
    ("71", "Umm Salal Mohammed"),
)
_BH_GIVEN_M = ("علي", "حسن", "إبراهيم", "يوسف", "جاسم", "محمود", "عيسى")
_BH_GIVEN_F = ("زهراء", "فاطمة", "سبيكة", "آمنة", "نوف", "مريم", "حوراء")
_BH_FATHERS = ("أحمد", "عبدالله", "جعفر", "محمد", "خليل", "عبدالرحمن")
_BH_FAMILY = ("الجشي", "آل محمود", "السيد", "العرادي", "فخرو", "كانو", "البنعلي")
#: (block, area, governorate)
_BH_PLACES = (
    ("324", "الجفير", "محافظة العاصمة"),
    ("338", "العدلية", "محافظة العاصمة"),
    ("228", "عراد", "محافظة المحرق"),
    ("433", "جدحفص", "المحافظة الشمالية"),
    ("519", "البديع", "المحافظة الشمالية"),
    ("905", "الرفاع الشرقي", "المحافظة الجنوبية"),
    ("801", "مدينة عيسى", "المحافظة الجنوبية"),
)
_BH_SERVICES = ("وحدة سكنية", "شقة تمليك", "قسيمة سكنية", "قرض شراء", "قرض بناء", "مزايا")
_BH_MARITAL = ("متزوج", "متزوج", "متزوج", "مطلق", "أرمل")
_LY_GIVEN_M = ("محمد", "عبدالحميد", "مفتاح", "الصادق", "عبدالسلام", "فرج", "صالح")
_LY_GIVEN_F = ("فاطمة", "سالمة", "مبروكة", "حواء", "نجاة", "زينب", "خديجة")
_LY_ELDERS = ("علي", "عمر", "الهادي", "أحمد", "المبروك", "ميلاد", "سالم", "امحمد")
_LY_FAMILY = ("الفيتوري", "الكوني", "بن سعود", "الشريف", "المقريف", "الزنتاني", "العبيدي")
#: (mahalla, baladiya)
_LY_PLACES = (
    ("حي الأندلس", "طرابلس المركز"),
    ("فشلوم", "طرابلس المركز"),
    ("قرجي", "حي الأندلس"),
    ("السلماني", "بنغازي"),
    ("الزروق", "مصراتة"),
    ("المنشية", "سبها"),
    ("السواني", "السواني"),
)
_LY_KIN = ("زوج", "ابن", "أخ", "أب", "ابن الأخ")
_SD_GIVEN_M = ("محمد", "عثمان", "الطيب", "عبدالرحيم", "مصطفى", "الصادق", "آدم")
_SD_GIVEN_F = ("آمنة", "عوضية", "نفيسة", "ست النفور", "حليمة", "سارة", "إخلاص")
_SD_ELDERS = ("أحمد", "الحسن", "إبراهيم", "حامد", "الأمين", "بابكر", "موسى", "عبدالله")
#: (state, locality) of origin
_SD_ORIGINS = (
    ("الخرطوم", "بحري"),
    ("الخرطوم", "أم درمان"),
    ("الجزيرة", "مدني الكبرى"),
    ("شمال دارفور", "الفاشر"),
    ("سنار", "سنجة"),
)
#: (shelter, town, locality, state)
_SD_SHELTERS = (
    ("مركز إيواء مدرسة الختمية بنين", "كسلا", "كسلا", "كسلا"),
    ("معسكر ود شريفي", "كسلا", "ريفي كسلا", "كسلا"),
    ("مركز إيواء داخلية جامعة البحر الأحمر", "بورتسودان", "بورتسودان", "البحر الأحمر"),
    ("حي ديم العرب، منزل مستأجر", "بورتسودان", "بورتسودان", "البحر الأحمر"),
    ("مركز إيواء مدرسة القضارف الثانوية", "القضارف", "القضارف", "القضارف"),
    ("حي الكمبو، مع أسرة مستضيفة", "عطبرة", "عطبرة", "نهر النيل"),
)
_SD_AID = ("سلة غذائية", "مواد إيواء (NFI)", "تحويل نقدي", "سلة غذائية + ناموسيات", "مياه وإصحاح")


def _donor_no(p: Person) -> str:
    """A registration number the national donation coordination centre gives: year and serial."""
    return f"{p.other_date:%y}{p.bhxh[-6:]}"


def _offence(p: Person) -> tuple[str, str, int]:
    return _VN_OFFENCES[int(p.bhxh) // 13 % len(_VN_OFFENCES)]


def _paid_day(p: Person, col: Col) -> str:
    """The day the fine was paid: within the ten days the decision gives; "" if not paid."""
    if _pick(p, _VN_PAID, 5).startswith("Chưa"):
        return ""
    return _written(p.other_date + timedelta(days=_num(p, 10)), col.date_format)


def _village(p: Person) -> tuple[str, str, str, str]:
    return _VN_VILLAGES[int(p.bhxh) // 7 % len(_VN_VILLAGES)]


def _support(p: Person) -> tuple[str, str, int, int]:
    return _VN_SUPPORT[int(p.bhxh) // 17 % len(_VN_SUPPORT)]


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _pupil_name(p: Person) -> str:
    """The pupil: the payer's child, who carries the father's family name."""
    family = p.family if p.male else _pick(p, _FAMILY, 9)
    return _other_vn(p, 3, None, family)


def _paid_at(p: Person) -> str:
    moment = datetime(p.other_date.year, p.other_date.month, p.other_date.day, 6)
    return f"{moment + timedelta(minutes=int(p.bhxh[-4:]) % 960):%d/%m/%Y %H:%M:%S}"


def _om_place(p: Person) -> tuple[str, str, str, str]:
    return _OM_PLACES[int(p.bhxh) // 9 % len(_OM_PLACES)]


def _om_name(p: Person) -> str:
    """Given name, bin/bint the father, bin the grandfather, the tribe."""
    link = "بن" if p.male else "بنت"
    return (
        f"{_by_sex(p, _OM_GIVEN_M, _OM_GIVEN_F, 1)} {link} {_pick(p, _OM_ELDERS, 2)}"
        f" بن {_pick(p, _OM_ELDERS, 3)} {_pick(p, _OM_TRIBES, 4)}"
    )


def _qa_zone(p: Person) -> tuple[str, str]:
    return _QA_ZONES[int(p.bhxh) // 9 % len(_QA_ZONES)]


def _qa_person(p: Person) -> str:
    """The patient's name as the QID's nationality makes likely."""
    expats = _QA_EXPATS.get(_qa_nation(p)[0])
    return _qa_name(p) if expats is None else _by_sex(p, *expats, 5)


def _bh_place(p: Person) -> tuple[str, str, str]:
    return _BH_PLACES[int(p.bhxh) // 9 % len(_BH_PLACES)]


def _married(p: Person) -> bool:
    return _pick(p, _BH_MARITAL, 5) == "متزوج"


def _spouse(p: Person) -> str:
    """The spouse's name, or "" when the applicant is divorced or widowed."""
    if not _married(p):
        return ""
    return (
        f"{_by_sex(p, _BH_GIVEN_F, _BH_GIVEN_M, 6)} {_pick(p, _BH_FATHERS, 7)}"
        f" {_pick(p, _BH_FAMILY, 8)}"
    )


def _spouse_cpr(p: Person) -> str:
    """The spouse's CPR number: born two to six years the other side, its own mod 11 digit."""
    born = _shift_date(p.birth, 2 + _num(p, 4) if p.male else -2 - _num(p, 4))
    body = f"{born:%y%m}{p.bhxh[2:6]}"
    check = 11 - _mod11(body, (9, 8, 7, 6, 5, 4, 3, 2))
    return f"{body}{0 if check >= 10 else check}"


def _ly_place(p: Person) -> tuple[str, str]:
    return _LY_PLACES[int(p.bhxh) // 9 % len(_LY_PLACES)]


def _ly_nid(p: Person) -> str:
    """A Libyan national number: 1 (men) or 2 (women), the year of birth, a seven-digit serial."""
    return f"{1 if p.male else 2}{p.birth.year}{p.bhxh[-7:]}"


def _passport_expiry(p: Person, col: Col) -> str:
    issued = _safe_day(p.other_date.year - _num(p, 6), p.birth.month, p.birth.day)
    return _written(_shift_date(issued, 8), col.date_format)


def _sd_shelter(p: Person) -> tuple[str, str, str, str]:
    return _SD_SHELTERS[int(p.bhxh) // 9 % len(_SD_SHELTERS)]


def _sd_origin(p: Person) -> tuple[str, str]:
    return _SD_ORIGINS[int(p.bhxh) // 11 % len(_SD_ORIGINS)]


WRITERS_BLIND81: dict[str, Callable[[Person, Col], object]] = {
    "donor_no81": lambda p, c: _donor_no(p),
    "donor_form81": lambda p, c: _pick(p, _VN_DONOR_FORMS, 2),
    "blood81": lambda p, c: _pick(p, _VN_BLOOD, 3),
    "organs81": lambda p, c: _pick(p, _VN_ORGANS, 4),
    "hla81": lambda p, c: _pick(p, ("Có", "Chưa", "Chưa"), 5),
    "consent81": lambda p, c: _other_vn(p, 6, None, p.family),
    "consent_rel81": lambda p, c: _pick(p, _VN_KIN, 6),
    "consent_phone81": lambda p, c: _other_phone(p, "08"),
    "desk81": lambda p, c: _pick(p, _VN_DESKS, 7),
    "decision81": lambda p, c: f"{_num(p, 900)}/QĐ-XPHC",
    "job81": lambda p, c: _pick(p, _VN_JOBS, 2),
    "offence81": lambda p, c: _offence(p)[0],
    "ground81": lambda p, c: _offence(p)[1],
    "penalty81": lambda p, c: "Phạt tiền",
    "fine81": lambda p, c: _thousands(_offence(p)[2] * 1000),
    "signer81": lambda p, c: _pick(p, _VN_SIGNERS, 3),
    "paid81": lambda p, c: _pick(p, _VN_PAID, 5),
    "paid_day81": _paid_day,
    "birth_year81": lambda p, c: str(p.birth.year),
    "ethnic81": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "village_addr81": lambda p, c: ", ".join(_village(p)),
    "poor81": lambda p, c: _pick(p, _VN_POOR, 3),
    "support81": lambda p, c: _support(p)[0],
    "unit81": lambda p, c: _support(p)[1],
    "count81": lambda p, c: _support(p)[2],
    "cost81": lambda p, c: _support(p)[2] * _support(p)[3],
    "own_share81": lambda p, c: _support(p)[2] * _support(p)[3] // 10 * (_num(p, 3) % 2),
    "signed81": lambda p, c: "",
    "pupil_code81": lambda p, c: f"79{p.bhxh[:8]}",
    "pupil81": lambda p, c: _pupil_name(p),
    "pupil_birth81": lambda p, c: f"{_pupil_birth(p):%d/%m/%Y}",
    "grade81": lambda p, c: _pick(p, _VN_GRADES, 2),
    "parent_rel81": lambda p, c: "Bố" if p.male else "Mẹ",
    "fee81": lambda p, c: _pick(p, _VN_FEES, 3),
    "fee_amount81": lambda p, c: (200 + _num(p, 40) * 25) * 1000,
    "channel81": lambda p, c: _pick(p, _VN_CHANNELS, 4),
    "txn81": lambda p, c: f"FT{p.other_date:%y%j}{p.bhxh[-6:]}",
    "paid_at81": lambda p, c: _paid_at(p),
    "pay_status81": lambda p, c: _pick(p, _VN_PAY_STATUS, 5),
    "civil_om81": lambda p, c: _omani_civil(p),
    "om_name81": lambda p, c: _om_name(p),
    "sex_om81": lambda p, c: "ذكر" if p.male else "أنثى",
    "gov_om81": lambda p, c: _om_place(p)[2],
    "wilayat_om81": lambda p, c: _om_place(p)[1],
    "addr_om81": lambda p, c: (
        f"House {_num(p, 900) + 100}, Way {_num(p, 7000) + 1000}, {_om_place(p)[0]}"
    ),
    "pc_om81": lambda p, c: _om_place(p)[3],
    "phone_om81": lambda p, c: f"{_pick(p, ('9', '7'), 3)}{p.phone[3:10]}",
    "qual_om81": lambda p, c: _pick(p, _OM_QUALS, 4),
    "major_om81": lambda p, c: _pick(p, _OM_MAJORS, 5),
    "grad_om81": lambda p, c: str(min(p.birth.year + 18 + _num(p, 6), 2025)),
    "status_om81": lambda p, c: _pick(p, _OM_STATUS, 6),
    "qid81": lambda p, c: _qid(p),
    "hc_qa81": lambda p, c: f"HC{p.bhxh[1:9]}",
    "qa_name81": lambda p, c: _qa_person(p),
    "nation_qa81": lambda p, c: _qa_nation(p)[1],
    "sex_qa81": lambda p, c: "Male" if p.male else "Female",
    "addr_qa81": lambda p, c: (
        f"Bldg {_num(p, 80)}, St {_num(p, 950)}, Zone {_qa_zone(p)[0]}, {_qa_zone(p)[1]}"
    ),
    "phone_qa81": lambda p, c: (
        f"+974 {_pick(p, ('5', '3', '6', '7'), 3)}{p.phone[3:6]} {p.phone[6:10]}"
    ),
    "centre_qa81": lambda p, c: _pick(p, _QA_CENTRES, 4),
    "vaccine_qa81": lambda p, c: _pick(p, _QA_VACCINES, 5),
    "dose_qa81": lambda p, c: _pick(p, ("1st", "2nd", "Booster", "Annual"), 6),
    "nurse_qa81": lambda p, c: _pick(p, _QA_NURSES, 7),
    "app_bh81": lambda p, c: f"{p.other_date.year - _num(p, 9)}/{p.bhxh[-5:]}",
    "cpr81": lambda p, c: _cpr(p),
    "bh_name81": lambda p, c: (
        f"{_by_sex(p, _BH_GIVEN_M, _BH_GIVEN_F, 1)} {_pick(p, _BH_FATHERS, 2)}"
        f" {_pick(p, _BH_GIVEN_M, 3)} {_pick(p, _BH_FAMILY, 4)}"
    ),
    "sex_bh81": lambda p, c: "ذكر" if p.male else "أنثى",
    "marital_bh81": lambda p, c: _pick(p, _BH_MARITAL, 5),
    "spouse_bh81": lambda p, c: _spouse(p),
    "spouse_cpr81": lambda p, c: _spouse_cpr(p) if _married(p) else "",
    "service_bh81": lambda p, c: _pick(p, _BH_SERVICES, 6),
    "family_size81": lambda p, c: 2 + _num(p, 7),
    "income_bh81": lambda p, c: f"{300 + _num(p, 90) * 10:.3f}",
    "road_bh81": lambda p, c: f"مبنى {_num(p, 2500)} طريق {_bh_place(p)[0][1:]}{_num(p, 50):02d}",
    "block_bh81": lambda p, c: _bh_place(p)[0],
    "area_bh81": lambda p, c: _bh_place(p)[1],
    "gov_bh81": lambda p, c: _bh_place(p)[2],
    "phone_bh81": lambda p, c: f"{_pick(p, ('33', '36', '39', '34'), 3)}{p.phone[4:10]}",
    "nid_ly81": lambda p, c: _ly_nid(p),
    "ly_name81": lambda p, c: (
        f"{_by_sex(p, _LY_GIVEN_M, _LY_GIVEN_F, 1)} {_pick(p, _LY_ELDERS, 2)}"
        f" {_pick(p, _LY_ELDERS, 3)} {_pick(p, _LY_FAMILY, 4)}"
    ),
    "mother_ly81": lambda p, c: f"{_pick(p, _LY_GIVEN_F, 5)} {_pick(p, _LY_ELDERS, 6)}",
    "sex_ly81": lambda p, c: "ذكر" if p.male else "أنثى",
    "passport_ly81": lambda p, c: f"{_pick(p, ('A', 'B', 'C'), 2)}{p.bhxh[1:9]}",
    "passport_exp81": _passport_expiry,
    "baladiya_ly81": lambda p, c: _ly_place(p)[1],
    "mahalla_ly81": lambda p, c: _ly_place(p)[0],
    "phone_ly81": lambda p, c: f"09{_pick(p, ('1', '2', '4', '5'), 3)}-{p.phone[3:10]}",
    "mahram_ly81": lambda p, c: (
        "" if p.male else f"{_pick(p, _LY_GIVEN_M, 6)} {_pick(p, _LY_ELDERS, 2)}"
    ),
    "mahram_rel81": lambda p, c: "" if p.male else _pick(p, _LY_KIN, 7),
    "lottery_ly81": lambda p, c: f"{_num(p, 4000):05d}",
    "hh_sd81": lambda p, c: f"KSL-{p.bhxh[-5:]}",
    "nid_sd81": lambda p, c: f"{_pick(p, ('1', '2'), 2)}{p.bhxh}",
    "sd_name81": lambda p, c: (
        f"{_by_sex(p, _SD_GIVEN_M, _SD_GIVEN_F, 1)} {_pick(p, _SD_ELDERS, 2)}"
        f" {_pick(p, _SD_ELDERS, 3)} {_pick(p, _SD_ELDERS, 4)}"
    ),
    "sex_sd81": lambda p, c: "ذكر" if p.male else "أنثى",
    "hh_size81": lambda p, c: 1 + _num(p, 9),
    "origin_state81": lambda p, c: _sd_origin(p)[0],
    "origin_loc81": lambda p, c: _sd_origin(p)[1],
    "state_sd81": lambda p, c: _sd_shelter(p)[3],
    "locality_sd81": lambda p, c: _sd_shelter(p)[2],
    "residence_sd81": lambda p, c: f"{_sd_shelter(p)[0]}، {_sd_shelter(p)[1]}",
    "phone_sd81": lambda p, c: (
        f"+249 {_pick(p, ('91', '92', '99', '12'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "aid_sd81": lambda p, c: _pick(p, _SD_AID, 5),
    "enumerator_sd81": lambda p, c: f"{_pick(p, _SD_GIVEN_M, 6)} {_pick(p, _SD_ELDERS, 7)}",
}
