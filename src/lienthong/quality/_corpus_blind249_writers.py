"""How the people of the two-hundred-and-forty-ninth part of the outside corpus (**blind 249**,
:mod:`lienthong.quality._corpus_blind249`) are written: four Vietnamese files' own columns (rat
tails handed in to a cooperative's campaign, a parade rehearsal ticket, a student's lodging off
campus, a mass wedding's other half) and Yemeni, Omani, Libyan, Iraqi and Syrian names, places,
phones and national numbers in the forms their offices print them (the Yemeni card number, the
Omani civil number, the Libyan national number with its sex and birth year, the Iraqi unified
card, the Syrian national number with its governorate), and a Yemeni date in Hijri beside the
Gregorian one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _hijri

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_FIELDS = ("Cánh đồng Mả Lở", "Xứ đồng Cửa Đình", "Đồng Bãi Dưới", "Xứ Gò Gạo", "Đồng Sâu")
_VN_HAMLETS = ("Thôn Đông", "Thôn Trung", "Thôn Đoài", "Thôn Hạ", "Xóm Chợ")
_VN_STANDS = ("Khán đài A - Quảng trường Ba Đình", "Khán đài B", "Khán đài C", "Đường Hùng Vương")
_VN_SESSIONS = ("Sơ duyệt 27/8", "Tổng duyệt 30/8", "Tổng duyệt 30/8", "Sơ duyệt 27/8")
_VN_CLASSES = ("K67-KTPM1", "K68-QTKD2", "K66-CNTT3", "K68-Luật1", "K67-Kế toán4")
_VN_LODGING = (
    "Phòng 204, số 18 ngõ 165 Cầu Giấy, Phường Cầu Giấy, Hà Nội",
    "Số 7 ngách 41/12 Trần Quốc Hoàn, Phường Nghĩa Đô, Hà Nội",
    "P.3.05 nhà 12 tập thể Kim Liên, Phường Kim Liên, Hà Nội",
    "Số 22 ngõ 90 Nguyễn Tuân, Phường Thanh Xuân, Hà Nội",
)
_VN_UNITS = ("Công ty TNHH Samsung Display", "Trường THCS Lê Lợi", "Công an xã", "Tự do")
_YE_NAMES_M = ("محمد", "عبدالله", "صالح", "علي", "عبده", "ناصر", "أحمد")
_YE_NAMES_F = ("فاطمة", "أمة الرحمن", "خديجة", "سعاد", "بلقيس", "أروى", "نجلاء")
_YE_FAMILY = ("الحوثي", "العولقي", "باوزير", "الشعيبي", "اليافعي", "الصبيحي", "العدني")
_YE_PLACES = (
    ("عدن", "المنصورة"),
    ("عدن", "الشيخ عثمان"),
    ("لحج", "تبن"),
    ("أبين", "خنفر"),
    ("عدن", "كريتر"),
)
_OM_NAMES_M = ("سالم", "مسلم", "أحمد", "سعيد", "عوض", "علي", "محاد")
_OM_NAMES_F = ("شيخة", "عائشة", "فاطمة", "مريم", "سلمى", "نور", "خديجة")
_OM_FAMILY = ("الكثيري", "المهري", "الشحري", "العمري", "الرواس", "بيت سعيد", "المعشني")
_OM_PLACES = (
    ("صلالة", "عوقد"),
    ("طاقة", "مدينة الحق"),
    ("مرباط", "حاسك"),
    ("ثمريت", "دوكة"),
    ("رخيوت", "شعت"),
    ("سدح", "حدبين"),
)
_LY_NAMES_M = ("محمد", "عبدالسلام", "مفتاح", "خليفة", "عبدالرزاق", "الصديق", "مصطفى")
_LY_NAMES_F = ("فاطمة", "عائشة", "نجاة", "سالمة", "مبروكة", "حنان", "زينب")
_LY_FAMILY = ("الورفلي", "المصراتي", "الترهوني", "القذافي", "الزنتاني", "بن عمران", "الغرياني")
_LY_CITIES = ("طرابلس", "سوق الجمعة", "تاجوراء", "جنزور", "عين زارة")
_LY_BANKS = ("مصرف الجمهورية", "مصرف الوحدة", "مصرف التجارة والتنمية", "مصرف شمال أفريقيا")
_IQ_NAMES_M = ("حيدر", "علي", "مصطفى", "عباس", "كرار", "سجاد", "حسين")
_IQ_NAMES_F = ("زهراء", "مريم", "نور", "فاطمة", "رقية", "زينب", "هدى")
_IQ_FAMILY = ("الجبوري", "الساعدي", "الربيعي", "الدليمي", "العبيدي", "التميمي", "الكعبي")
_IQ_AREAS = (
    ("الكرادة", "903"),
    ("حي الجهاد", "881"),
    ("الأعظمية", "314"),
    ("مدينة الصدر", "553"),
    ("زيونة", "712"),
    ("البياع", "823"),
)
_SY_NAMES_M = ("محمد", "أحمد", "عبد الرحمن", "محمود", "خالد", "ياسر", "عمر")
_SY_NAMES_F = ("ريم", "هالة", "رنا", "سوسن", "فاطمة", "لمى", "نسرين")
_SY_FAMILY = ("حلبي", "الشهابي", "قباني", "كيالي", "الجابري", "مرعشي", "الحمصي")
_SY_HOODS = (
    ("الشيخ مقصود", "شارع الزهور"),
    ("صلاح الدين", "شارع البشير"),
    ("الصاخور", "شارع المطار القديم"),
    ("بستان القصر", "جادة 12"),
    ("الكلاسة", "شارع الملعب البلدي"),
    ("السكري", "ساحة الجامع"),
)


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


def _other_date(p: Person, years: int) -> str:
    """Somebody else's birth date (a spouse-to-be): near the person's, safe on 29 February."""
    return f"{_shift_date(p.birth, years):%d/%m/%Y}"


def _yemen_id(p: Person) -> str:
    """A Yemeni personal card number: eleven digits, the first two the issuing centre."""
    return f"0{int(p.bhxh[0]) % 3 + 1}{p.bhxh[1:10]}"


def _hijri_text(p: Person) -> str:
    y, m, d = _hijri(p.other_date)
    return f"{d:02d}/{m:02d}/{y}هـ"


def _oman_civil(p: Person) -> str:
    """An Omani civil number: seven to nine digits, no check digit."""
    return str(int(p.bhxh[:8]) % 90_000_000 + 1_000_000)


def _libya_nid(p: Person) -> str:
    """A Libyan national number: 1 (men) or 2 (women), the birth year, seven more digits."""
    return f"{1 if p.male else 2}{p.birth.year}{p.bhxh[-7:]}"


def _iraq_card(p: Person) -> str:
    """An Iraqi unified national card number: twelve digits, the birth year first."""
    return f"{p.birth.year}{p.bhxh[:8]}"


def _syria_nid(p: Person) -> str:
    """A Syrian national number: eleven digits, 02 the governorate of Aleppo."""
    return f"02{p.bhxh[1:10]}"


def _iraq_address(p: Person) -> str:
    area, mahalla = _place(p, _IQ_AREAS)
    return f"بغداد, {area}, محلة {mahalla}, زقاق {_num(p, 40)}, دار {_num(p, 90)}"


def _syria_address(p: Person) -> str:
    hood, street = _place(p, _SY_HOODS, 7)
    return f"حلب, حي {hood}, {street}, بناء {_num(p, 60)}, طابق {_num(p, 5)}"


WRITERS_BLIND249: dict[str, Callable[[Person, Col], object]] = {
    "hamlet249": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "field249": lambda p, c: _pick(p, _VN_FIELDS, 3),
    "tails249": lambda p, c: str(_num(p, 300) + 20),
    "reward249": lambda p, c: f"{(_num(p, 300) + 20) * 1_000:,}".replace(",", "."),
    "receiver249": lambda p, c: _other_vn(p, 4),
    "crop249": lambda p, c: _pick(p, ("Vụ Đông Xuân 2025-2026", "Vụ Mùa 2025"), 5),
    "stand249": lambda p, c: _pick(p, _VN_STANDS, 2),
    "ticket249": lambda p, c: f"A80-{p.bhxh[:2]}-{p.bhxh[-5:]}",
    "seat249": lambda p, c: f"Hàng {_num(p, 20)} - Ghế {_num(p, 40)}",
    "session249": lambda p, c: _pick(p, _VN_SESSIONS, 3),
    "proxy249": lambda p, c: "" if int(p.bhxh) % 4 else _other_vn(p, 6),
    "group249": lambda p, c: f"Tổ dân phố số {_num(p, 18)}",
    "student_no249": lambda p, c: f"2{p.bhxh[:7]}",
    "class249": lambda p, c: _pick(p, _VN_CLASSES, 2),
    "lodging249": lambda p, c: _pick(p, _VN_LODGING, 4),
    "landlord249": lambda p, c: _other_vn(p, 5),
    "landlord_phone249": lambda p, c: _other_phone(p, "098"),
    "parent_phone249": lambda p, c: _other_phone(p, "035"),
    "rent249": lambda p, c: f"{(_num(p, 20) + 15) * 100_000:,}".replace(",", "."),
    "partner249": lambda p, c: _other_vn(p, 7, not p.male),
    "partner_birth249": lambda p, c: _other_date(p, 1 if p.male else -2),
    "marriage_no249": lambda p, c: f"{_num(p, 200)}/2025/ĐKKH",
    "unit249": lambda p, c: _pick(p, _VN_UNITS, 5),
    "youth249": lambda p, c: f"Đoàn xã {_pick(p, ('Tiên Du', 'Yên Phong', 'Quế Võ'), 6)}",
    "file_ye249": lambda p, c: f"غ ك/{p.bhxh[-4:]}",
    "name_ye249": lambda p, c: (
        f"{_by_sex(p, _YE_NAMES_M, _YE_NAMES_F, 1)} {_pick(p, _YE_NAMES_M, 2)}"
        f" {_pick(p, _YE_NAMES_M, 3)} {_pick(p, _YE_FAMILY, 4)}"
    ),
    "id_ye249": lambda p, c: _yemen_id(p),
    "sex_ye249": lambda p, c: "ذكر" if p.male else "أنثى",
    "gov_ye249": lambda p, c: _place(p, _YE_PLACES)[0],
    "dist_ye249": lambda p, c: _place(p, _YE_PLACES)[1],
    "phone_ye249": lambda p, c: f"7{_pick(p, ('7', '3', '1', '0'), 5)}{p.phone[3:10]}",
    "blood_ye249": lambda p, c: _pick(p, ("O+", "A+", "B+", "AB+", "O-", "A-"), 6),
    "sessions_ye249": lambda p, c: _pick(p, ("2", "3", "2", "1"), 7),
    "hijri_ye249": lambda p, c: _hijri_text(p),
    "escort_ye249": lambda p, c: f"{_pick(p, _YE_NAMES_M, 8)} {_pick(p, _YE_FAMILY, 4)}",
    "escort_phone_ye249": lambda p, c: f"73{p.bhxh[::-1][:7]}",
    "civil_om249": lambda p, c: _oman_civil(p),
    "name_om249": lambda p, c: (
        f"{_by_sex(p, _OM_NAMES_M, _OM_NAMES_F, 1)} بن {_pick(p, _OM_NAMES_M, 2)}"
        f" بن {_pick(p, _OM_NAMES_M, 3)} {_pick(p, _OM_FAMILY, 4)}"
        if p.male
        else f"{_by_sex(p, _OM_NAMES_M, _OM_NAMES_F, 1)} بنت {_pick(p, _OM_NAMES_M, 2)}"
        f" {_pick(p, _OM_FAMILY, 4)}"
    ),
    "wilayat_om249": lambda p, c: _place(p, _OM_PLACES)[0],
    "village_om249": lambda p, c: _place(p, _OM_PLACES)[1],
    "phone_om249": lambda p, c: f"+968 9{p.phone[3:6]} {p.phone[6:10]}",
    "camels_om249": lambda p, c: str(_num(p, 80) + 3),
    "pen_om249": lambda p, c: f"DH-{p.bhxh[2:7]}",
    "chip_om249": lambda p, c: f"9680000{p.bhxh[:8]}",
    "vet_om249": lambda p, c: f"د. {_pick(p, _OM_NAMES_M, 5)} {_pick(p, _OM_FAMILY, 6)}",
    "vaccine_om249": lambda p, c: _pick(p, ("جدري الإبل", "التسمم المعوي", "الحمى القلاعية"), 7),
    "nid_ly249": lambda p, c: _libya_nid(p),
    "given_ly249": lambda p, c: _by_sex(p, _LY_NAMES_M, _LY_NAMES_F, 1),
    "father_ly249": lambda p, c: _pick(p, _LY_NAMES_M, 2),
    "grand_ly249": lambda p, c: _pick(p, _LY_NAMES_M, 3),
    "family_ly249": lambda p, c: _pick(p, _LY_FAMILY, 4),
    "mother_ly249": lambda p, c: f"{_pick(p, _LY_NAMES_F, 5)} {_pick(p, _LY_FAMILY, 6)}",
    "sex_ly249": lambda p, c: "ذكر" if p.male else "أنثى",
    "grade_ly249": lambda p, c: f"الدرجة {_num(p, 14)}",
    "staff_ly249": lambda p, c: f"{p.bhxh[3:9]}",
    "bank_ly249": lambda p, c: _pick(p, _LY_BANKS, 7),
    "account_ly249": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:9]}-{p.bhxh[9]}0",
    "salary_ly249": lambda p, c: f"{(_num(p, 200) + 90) * 10}.000",
    "phone_ly249": lambda p, c: f"09{_pick(p, ('1', '2', '4', '5'), 8)}-{p.phone[3:10]}",
    "city_ly249": lambda p, c: _pick(p, _LY_CITIES, 9),
    "name_iq249": lambda p, c: (
        f"{_by_sex(p, _IQ_NAMES_M, _IQ_NAMES_F, 1)} {_pick(p, _IQ_NAMES_M, 2)}"
        f" {_pick(p, _IQ_NAMES_M, 3)} {_pick(p, _IQ_FAMILY, 4)}"
    ),
    "card_iq249": lambda p, c: _iraq_card(p),
    "housing_iq249": lambda p, c: f"{p.bhxh[-6:]}",
    "addr_iq249": lambda p, c: _iraq_address(p),
    "phone_iq249": lambda p, c: (
        f"07{_pick(p, ('70', '80', '50', '71', '90'), 5)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "amps_iq249": lambda p, c: _pick(p, ("5", "10", "3", "15", "6"), 6),
    "line_iq249": lambda p, c: _pick(p, ("ذهبي", "عادي", "عادي", "تجاري"), 7),
    "owner_iq249": lambda p, c: f"مولدة {_pick(p, _IQ_FAMILY, 8)}",
    "gen_no_iq249": lambda p, c: f"م/{_num(p, 400)}",
    "fee_iq249": lambda p, c: f"{(_num(p, 12) + 5) * 5_000:,}",
    "given_sy249": lambda p, c: _by_sex(p, _SY_NAMES_M, _SY_NAMES_F, 1),
    "father_sy249": lambda p, c: _pick(p, _SY_NAMES_M, 2),
    "family_sy249": lambda p, c: _pick(p, _SY_FAMILY, 3),
    "mother_sy249": lambda p, c: f"{_pick(p, _SY_NAMES_F, 4)} {_pick(p, _SY_FAMILY, 5)}",
    "birthplace_sy249": lambda p, c: _pick(p, ("حلب", "منبج", "الباب", "عفرين", "إعزاز"), 6),
    "nid_sy249": lambda p, c: _syria_nid(p),
    "qaid_sy249": lambda p, c: f"{_pick(p, ('حلب', 'السفيرة', 'جبل سمعان'), 7)} / {_num(p, 900)}",
    "phone_sy249": lambda p, c: (
        f"09{p.phone[3]}{p.phone[4]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}"
    ),
    "hood_sy249": lambda p, c: _place(p, _SY_HOODS, 7)[0],
    "addr_sy249": lambda p, c: _syria_address(p),
    "damage_sy249": lambda p, c: _pick(p, ("متصدع قابل للترميم", "غير آمن - إخلاء", "هدم"), 8),
    "committee_sy249": lambda p, c: f"اللجنة الهندسية رقم {_num(p, 25)}",
    "members_sy249": lambda p, c: str(_num(p, 9) + 1),
}
