"""How the people of the ninety-seventh part of the outside corpus (**blind 97**,
:mod:`lienthong.quality._corpus_blind97`) are written: four Vietnamese files' own columns (a
deceased beneficiary's funeral allowance and the relative who organised the funeral, a
non-agricultural land tax notice's parcel, price and tax, a teacher's professional rank and the
rank she applies for, a household's strip of land given for a village road) and Saudi, Emirati,
Jordanian, Iraqi and Kuwaiti names, places, phones and identity numbers in the forms their
registers write them (the Saudi national ID or iqama with its Luhn digit and Hijri birth dates,
the Emirates ID with its Luhn digit, the Jordanian national number, the Iraqi unified card's
twelve digits, the Kuwaiti civil ID with its mod 11 digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeVar

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind11_writers import _civil_id
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _hijri, _saudi_id
from lienthong.quality._corpus_blind75_writers import _emirates_id
from lienthong.quality._corpus_blind85_writers import _items
from lienthong.quality._corpus_blind92_writers import _dotted

_T = TypeVar("_T")

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_QN_VILLAGES = ("Thôn Xuân Vinh", "Thôn Đề An", "Thôn Tình Phú Bắc", "Thôn Hòa Vinh")
_VN_QN_COMMUNES = ("xã Hành Thiện", "xã Hành Thịnh", "xã Hành Phước", "xã Hành Minh")
#: the groups a social protection beneficiary's funeral is paid for
_VN_FUNERAL_GROUPS = _items(
    "Người khuyết tật nặng; Người khuyết tật đặc biệt nặng; NCT thuộc hộ nghèo; "
    "Người có công với CM; Người đơn thân nghèo đang nuôi con"
)
_VN_UNDERTAKER_M = ("Con trai", "Con trai", "Cháu nội", "Anh ruột")
_VN_UNDERTAKER_F = ("Con gái", "Con dâu", "Cháu nội", "Em ruột")

_VN_BMT_STREETS = ("Y Jút", "Phan Bội Châu", "Lê Duẩn", "Nguyễn Tất Thành", "Mai Hắc Đế", "Y Wang")
_VN_BMT_WARDS = _items("phường Tân Lập; phường Tân An; phường Ea Tam; phường Tự An; phường Tân Lợi")
_VN_LAND_EXEMPT = ("", "", "", "", "Giảm 50% (hộ nghèo)", "", "Miễn (người có công)", "")

_VN_NA_HAMLETS = ("Xóm 3", "Xóm 7", "Xóm Trung Thành", "Xóm 12", "Xóm Đông Hòa")
_VN_NA_COMMUNES = ("xã Nghi Phong", "xã Nghi Thái", "xã Nghi Hòa", "xã Phúc Thọ")
#: (school, rank now held, its code, rank applied for, its code)
_VN_SCHOOLS = tuple(
    tuple(line.split(" | "))
    for line in (
        "Trường THCS Nghi Phong | GV THCS hạng III | V.07.04.32 | GV THCS hạng II | V.07.04.31",
        "Trường TH Nghi Thái | GV tiểu học hạng III | V.07.03.29 | GV TH hạng II | V.07.03.28",
        "Trường MN Nghi Hòa | GV mầm non hạng III | V.07.02.26 | GV MN hạng II | V.07.02.25",
        "Trường THCS Phúc Thọ | GV THCS hạng III | V.07.04.32 | GV THCS hạng II | V.07.04.31",
        "Trường TH Nghi Phong | GV tiểu học hạng III | V.07.03.29 | GV TH hạng II | V.07.03.28",
    )
)
_VN_TEACHER_POSTS = ("Giáo viên", "Giáo viên", "Tổ trưởng CM", "Tổ phó CM", "TPT Đội")
_VN_SUBJECTS = ("Toán", "Ngữ văn", "Tiếng Anh", "GV chủ nhiệm lớp", "Giáo dục mầm non", "KHTN")
_VN_DEGREES = ("ĐHSP Toán", "ĐH GD Tiểu học", "CĐSP Mầm non", "ĐHSP Ngữ văn", "ThS Lý luận & PPDH")
_VN_COEFS = ("3,33", "3,66", "3,99", "4,32", "4,65", "4,98")
_VN_RANK_CERTS = ("Có (2023)", "Có (2024)", "Có (2022)", "Đang học", "Có (2024)")
_VN_RANK_RESULTS = ("Đạt", "Đạt", "Đạt", "Không đạt", "Chờ xét")

_VN_HT_HAMLETS = ("Thôn Bắc Bình", "Thôn Nam Bình", "Thôn Đông Vĩnh", "Thôn Tây Sơn")
_VN_ROADS = _items(
    "Đường trục thôn Bắc Bình (ĐX.05); Đường liên thôn Đông Vĩnh - Tây Sơn; Đường ngõ xóm 3; "
    "Đường ra đồng Cồn Giữa; Đường trục xã ĐX.02"
)
_VN_LAND_KINDS = ("ONT", "CLN", "ONT + CLN", "BHK", "ONT")
_VN_ASSETS = _items(
    "Không; Tường rào gạch 12 m; Cổng ngõ; Cây ăn quả (5 cây); Không; Hàng rào dâm bụt 20 m"
)

# -- Saudi Arabia -----------------------------------------------------------------------------


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """(Arabic, English) pairs written ``عربي=Latin; …``."""
    return tuple((a, b) for a, _, b in (item.partition("=") for item in _items(text)))


#: (Arabic, English) name pairs: a Nusuk export writes the pilgrim's name in both
_SA_GIVEN_M = _pairs(
    "محمد=Mohammed; عبدالله=Abdullah; فهد=Fahad; تركي=Turki; سلطان=Sultan; "
    "عبدالرحمن=Abdulrahman; أحمد=Ahmed"
)
_SA_GIVEN_F = _pairs(
    "نورة=Noura; سارة=Sarah; منيرة=Munirah; ريم=Reem; هيلة=Haya; العنود=Alanoud; فاطمة=Fatimah"
)
_SA_FATHERS = _pairs(
    "سعد=Saad; ناصر=Nasser; عبدالعزيز=Abdulaziz; علي=Ali; إبراهيم=Ibrahim; حمد=Hamad"
)
_SA_FAMILY = _pairs(
    "العتيبي=Alotaibi; القحطاني=Alqahtani; الغامدي=Alghamdi; الدوسري=Aldosari; "
    "الشمري=Alshammari; الحربي=Alharbi"
)
_SA_RES_FAMILY = _pairs("حسن=Hassan; عبدالقادر=Abdulqader; عثمان=Osman; الحاج=Alhaj; قريشي=Qureshi")
_SA_NATIONS = ("مصري", "يمني", "باكستاني", "سوداني", "هندي", "أردني")
_SA_CITIES = ("الرياض", "جدة", "الدمام", "المدينة المنورة", "بريدة", "أبها", "الطائف")
#: (package, its price in riyals with VAT)
_SA_PACKAGES = tuple(
    (name, int(price))
    for name, price in _pairs(
        "الميسّرة (1)=3984; الاقتصادية (2)=8092; الضيافة - مخيمات مطورة (3)=10366; "
        "ضيافة الأبراج (4)=13150; الاقتصادية (2)=8092"
    )
)

# -- United Arab Emirates ---------------------------------------------------------------------
#: (nationality, men's given names, women's, family names) of Dubai tenants, each written
#: ``nationality | men | women | families`` (names apart by commas)
_AE_TENANTS = tuple(
    (nation, tuple(men.split(", ")), tuple(women.split(", ")), tuple(families.split(", ")))
    for nation, men, women, families in (
        line.split(" | ")
        for line in _items(
            "India | Rahul, Mohammed Shafi, Anil | Divya, Sneha, Fathima | Nair, Menon, Kutty; "
            "Pakistan | Imran, Muhammad Asif, Bilal | Ayesha, Sana, Hira | Khan, Qureshi, Butt; "
            "Philippines | Mark Joseph, Rommel | Maricel, Joanna | Dela Cruz, Santos, Reyes; "
            "Egypt | Ahmed, Mostafa, Karim | Mariam, Nourhan, Aya | Abdelrahman, Elsayed, Fathy; "
            "United Kingdom | James, Daniel | Charlotte, Emma, Sophie | Williams, Clarke, Hughes; "
            "United Arab Emirates | Rashid, Saeed | Mahra, Shamma, Hind | Al Mansoori, Al Ketbi"
        )
    )
)
#: (building, community) in Dubai
_AE_BUILDINGS = _pairs(
    "Al Nahda Tower 2=Al Nahda 1; Silicon Gates 3=Dubai Silicon Oasis; "
    "Lake Shore Tower=Jumeirah Lake Towers; Al Qusais Building 14=Al Qusais 2; "
    "Mazaya 12=Al Barsha South; Al Khail Heights 5B=Al Quoz 4"
)
_AE_LANDLORDS = _items(
    "Emaar Properties PJSC; Dubai Investments Real Estate; Wasl Asset Management; "
    "Mohammed Obaid Al Muhairi; Union Properties PJSC"
)

# -- Jordan -----------------------------------------------------------------------------------
_JO_GIVEN_M = ("محمد", "أحمد", "عمر", "يزن", "خالد", "أنس", "حمزة")
_JO_GIVEN_F = ("آية", "رهف", "دعاء", "سجى", "بيان", "هبة", "لانا")
_JO_FATHERS = ("محمود", "عبدالله", "سليمان", "يوسف", "إبراهيم", "عودة")
_JO_GRANDS = ("علي", "حسن", "عبدالرحمن", "سالم", "مصطفى", "خليل")
_JO_FAMILY = ("الزعبي", "العبادي", "الخوالدة", "المجالي", "بني هاني", "الطراونة", "الشرمان")
_JO_DEGREES = ("بكالوريوس", "بكالوريوس", "دبلوم متوسط", "ماجستير", "بكالوريوس")
_JO_MAJORS = _items(
    "محاسبة; تمريض; هندسة مدنية; معلم صف; لغة إنجليزية وآدابها; نظم معلومات إدارية; صيدلة"
)
_JO_UNIVERSITIES = _items(
    "الجامعة الأردنية; جامعة اليرموك; جامعة مؤتة; الجامعة الهاشمية; "
    "جامعة العلوم والتكنولوجيا الأردنية; جامعة البلقاء التطبيقية"
)
#: (governorate, liwa)
_JO_PLACES = _pairs(
    "العاصمة=قصبة عمان; العاصمة=لواء الجامعة; إربد=قصبة إربد; إربد=لواء الرمثا; "
    "الزرقاء=قصبة الزرقاء; البلقاء=قصبة السلط; الكرك=قصبة الكرك; المفرق=قصبة المفرق"
)
_JO_STATUS = ("قيد الدراسة", "قيد الدراسة", "مرشح للتعيين", "تم التعيين", "مستنكف")

# -- Iraq (Kirkuk) ----------------------------------------------------------------------------
_IQ_GIVEN_M = ("علي", "ئاراس", "محمد", "هێمن", "عمر", "أحمد", "کاروان", "یلماز")
_IQ_GIVEN_F = ("زينب", "شیلان", "نور", "ڕۆژان", "فاطمة", "هەڤاڵ", "گولشن")
_IQ_FATHERS = ("حسين", "عبدالله", "کەریم", "صالح", "نوری", "جبار", "ئەحمەد")
_IQ_GRANDS = ("محمود", "ڕەشید", "عباس", "قادر", "إبراهيم", "ولي")
#: (qadha, neighbourhood) in Kirkuk governorate
_IQ_PLACES = _pairs(
    "كركوك=حي الواسطي; كركوك=ڕەحیماوا; كركوك=حي الشورجة; كركوك=حي القادسية; "
    "الحويجة=حي العسكري; داقوق=حي الجمهورية; الدبس=حي النصر"
)
_IQ_BLOOD = ("O+", "A+", "B+", "AB+", "O-", "A-", "O+")
_IQ_CLASSES = _items(
    "خصوصي / تایبەت; خصوصي / تایبەت; أجرة / کرێ; حمل / بارهەڵگر; دراجة نارية / ماتۆڕسکیل"
)
_IQ_MEDICAL = ("لائق / گونجاوە", "لائق / گونجاوە", "لائق بنظارات / بە چاویلکە", "لائق")

# -- Kuwait -----------------------------------------------------------------------------------
_KW_GIVEN_M = ("محمد", "عبدالله", "فهد", "يوسف", "خالد", "مشعل", "بدر")
_KW_GIVEN_F = ("نورة", "مريم", "دلال", "ريم", "شيخة", "لولوة", "حصة")
_KW_FATHERS = ("عبدالعزيز", "حمد", "خالد", "سالم", "جاسم", "فيصل")
_KW_GRANDS = ("عبدالله", "محمد", "ناصر", "سعود", "عيسى", "أحمد")
_KW_FAMILY = ("المطيري", "العجمي", "العنزي", "الرشيدي", "الكندري", "الغانم", "البدر")
_KW_AREAS = ("الشامية", "الشامية", "الشويخ السكني")
_KW_STATUS = ("فعال", "فعال", "فعال", "فعال", "موقوف - نقل سكن", "متوفى - قيد التوريث")


def _row(p: Person, table: tuple[_T, ...], salt: int = 9) -> _T:
    """One row of a table of tuples, picked by the person."""
    return table[int(p.bhxh) // salt % len(table)]


# -- Vietnamese helpers -----------------------------------------------------------------------


def _funeral_address(p: Person) -> str:
    return (
        f"{_pick(p, _VN_QN_VILLAGES, 3)}, {_pick(p, _VN_QN_COMMUNES, 4)},"
        " huyện Nghĩa Hành, tỉnh Quảng Ngãi"
    )


def _funeral_group(p: Person) -> str:
    if p.birth.year <= 1945:
        return "NCT từ đủ 80 tuổi"
    return _pick(p, _VN_FUNERAL_GROUPS, 5)


def _funeral_amount(p: Person) -> int:
    """The funeral allowance: ten base salaries for a person with merit, else twenty social
    assistance standards (360.000 đ, 500.000 đ from 1 July 2024)."""
    if _funeral_group(p) == "Người có công với CM":
        return 23_400_000
    return 10_000_000 if p.other_date >= date(2024, 7, 1) else 7_200_000


def _undertaker_male(p: Person) -> bool:
    return int(p.bhxh) // 7 % 2 == 0


def _undertaker(p: Person) -> str:
    male = _undertaker_male(p)
    relation = _pick(p, _VN_UNDERTAKER_M if male else _VN_UNDERTAKER_F, 6)
    family = p.family if p.male and relation in ("Con trai", "Con gái", "Cháu nội") else None
    return _other_vn(p, 6, male, family)


def _undertaker_id(p: Person) -> str:
    return _cccd_of(p, _undertaker_male(p), min(p.birth.year + 22 + int(p.bhxh) % 9, 2004))


def _tax_home(p: Person) -> str:
    street = _pick(p, _VN_BMT_STREETS, 2)
    return (
        f"{_num(p, 242)} {street}, tổ dân phố {_num(p, 14)}, {_pick(p, _VN_BMT_WARDS, 3)},"
        " TP. Buôn Ma Thuột, tỉnh Đắk Lắk"
    )


def _land_area(p: Person) -> float:
    return round(60 + int(p.bhxh[-5:]) % 3400 / 10, 1)


def _land_price(p: Person) -> int:
    return (2_500 + int(p.bhxh[2:6]) % 60 * 250) * 1_000


def _land_tax(p: Person) -> int:
    """0,03% on the area within the 200 m² quota, 0,07% on the rest, less an exemption."""
    area, price = _land_area(p), _land_price(p)
    tax = min(area, 200) * price * 0.0003 + max(area - 200, 0) * price * 0.0007
    exempt = _pick(p, _VN_LAND_EXEMPT, 4)
    if exempt.startswith("Miễn"):
        return 0
    return round(tax / 2 if exempt else tax)


def _teacher_address(p: Person) -> str:
    return (
        f"{_pick(p, _VN_NA_HAMLETS, 3)}, {_pick(p, _VN_NA_COMMUNES, 4)},"
        " huyện Nghi Lộc, tỉnh Nghệ An"
    )


def _donated(p: Person) -> float:
    return round(4 + int(p.bhxh[-4:]) % 760 / 10, 1)


# -- foreign helpers --------------------------------------------------------------------------


def _sa_citizen(p: Person) -> bool:
    return _saudi_id(p).startswith("1")


def _sa_name(p: Person, lang: int) -> str:
    """The pilgrim's name, own, father's and family name, in Arabic (0) or English (1)."""
    given = _SA_GIVEN_M if p.male else _SA_GIVEN_F
    i = int(p.bhxh) // 12 % len(given)
    j = int(p.bhxh) // 34 % len(_SA_FATHERS)
    families = _SA_FAMILY if _sa_citizen(p) else _SA_RES_FAMILY
    k = int(p.bhxh) // 23 % len(families)
    return f"{given[i][lang]} {_SA_FATHERS[j][lang]} {families[k][lang]}"


def _sa_birth(p: Person) -> str:
    """A citizen's birth date in Hijri, ``12/03/1405``; a resident's in Gregorian."""
    if _sa_citizen(p):
        y, m, d = _hijri(p.birth)
        return f"{d:02d}/{m:02d}/{y}"
    return f"{p.birth:%d/%m/%Y}"


def _sa_phone(p: Person) -> str:
    if int(p.bhxh) % 4 == 0:
        return f"+966 5{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}"
    return f"05{p.phone[2:10]}"


def _mahram(p: Person) -> str:
    """A woman's mahram and how he is related to her; men need none."""
    if p.male:
        return ""
    relation = _pick(p, ("زوج", "أب", "أخ", "ابن"), 5)
    given = _SA_GIVEN_M[int(p.bhxh) // 5 % len(_SA_GIVEN_M)][0]
    family = _sa_name(p, 0).rsplit(" ", 1)[1]
    return f"{given} {_pick(p, tuple(f[0] for f in _SA_FATHERS), 6)} {family} ({relation})"


def _ae_tenant(p: Person) -> tuple[str, str, str]:
    """(nationality, given name, family name) of a Dubai tenant."""
    nation, men, women, families = _AE_TENANTS[int(p.bhxh) // 13 % len(_AE_TENANTS)]
    return nation, _by_sex(p, men, women, 1), _pick(p, families, 2)


def _ae_email(p: Person) -> str:
    _, given, family = _ae_tenant(p)
    user = f"{given.split()[0]}.{family.replace(' ', '')}".lower()
    return f"{user}{p.bhxh[-2:]}@{_pick(p, ('gmail.com', 'hotmail.com', 'yahoo.com'), 4)}"


def _ae_phone(p: Person) -> str:
    prefix = _pick(p, ("50", "52", "55", "56", "58", "54"), 3)
    if int(p.bhxh) % 3 == 0:
        return f"0{prefix}-{p.phone[3:10]}"
    return f"+971 {prefix} {p.phone[3:6]} {p.phone[6:10]}"


def _jo_national(p: Person) -> str:
    """A Jordanian national number: before 2000, 9 (men) or 2 (women), the two-digit year of
    birth and seven digits; from 2000, 2000 (men) or 2001 (women) and six digits."""
    if p.birth.year >= 2000:
        return f"{'2000' if p.male else '2001'}{p.bhxh[-6:]}"
    return f"{'9' if p.male else '2'}{p.birth:%y}{p.bhxh[-7:]}"


def _jo_phone(p: Person) -> str:
    lead = _pick(p, ("77", "78", "79"), 3)
    if int(p.bhxh) % 4 == 0:
        return f"+962 {lead} {p.phone[3:6]} {p.phone[6:10]}"
    return f"0{lead}{p.phone[3:10]}"


def _iq_phone(p: Person) -> str:
    lead = _pick(p, ("770", "750", "780", "771", "773"), 3)
    return f"0{lead} {p.phone[3:6]} {p.phone[6:10]}"


def _kw_name(p: Person) -> str:
    given = _by_sex(p, _KW_GIVEN_M, _KW_GIVEN_F, 1)
    return f"{given} {_pick(p, _KW_FATHERS, 3)} {_pick(p, _KW_GRANDS, 4)} {_pick(p, _KW_FAMILY, 2)}"


def _kw_phone(p: Person) -> str:
    lead = _pick(p, ("9", "6", "5", "9"), 3)
    if int(p.bhxh) % 5 == 0:
        return f"+965 {lead}{p.phone[3:6]} {p.phone[6:10]}"
    return f"{lead}{p.phone[3:10]}"


WRITERS_BLIND97: dict[str, Callable[[Person, Col], object]] = {
    "funeral_addr97": lambda p, c: _funeral_address(p),
    "funeral_group97": lambda p, c: _funeral_group(p),
    "death_extract97": lambda p, c: f"{_num(p, 300)}/TLKT-BS",
    "undertaker97": lambda p, c: _undertaker(p),
    "undertaker_rel97": lambda p, c: _pick(
        p, _VN_UNDERTAKER_M if _undertaker_male(p) else _VN_UNDERTAKER_F, 6
    ),
    "undertaker_id97": lambda p, c: _undertaker_id(p),
    "undertaker_phone97": lambda p, c: _other_phone(p),
    "funeral_amount97": lambda p, c: _dotted(_funeral_amount(p)),
    "funeral_decision97": lambda p, c: f"{_num(p, 251)}/QĐ-UBND",
    "none97": lambda p, c: "",
    "taxhome_addr97": lambda p, c: _tax_home(p),
    "parcel_addr97": lambda p, c: (
        f"Hẻm {_num(p, 90)} {_pick(p, _VN_BMT_STREETS, 7)}, {_pick(p, _VN_BMT_WARDS, 8)}"
    ),
    "map97": lambda p, c: _num(p, 58),
    "plot97": lambda p, c: _num(p, 481),
    "land_area97": lambda p, c: _land_area(p),
    "quota97": lambda p, c: 200,
    "land_price97": lambda p, c: _land_price(p),
    "land_tax97": lambda p, c: _land_tax(p),
    "exempt97": lambda p, c: _pick(p, _VN_LAND_EXEMPT, 4),
    "tax_year97": lambda p, c: "2025",
    "female_x97": lambda p, c: "" if p.male else "x",
    "school97": lambda p, c: _row(p, _VN_SCHOOLS)[0],
    "post97": lambda p, c: _pick(p, _VN_TEACHER_POSTS, 3),
    "subject97": lambda p, c: _pick(p, _VN_SUBJECTS, 4),
    "rank97": lambda p, c: _row(p, _VN_SCHOOLS)[1],
    "rank_code97": lambda p, c: _row(p, _VN_SCHOOLS)[2],
    "rank_date97": lambda p, c: f"{_shift_date(p.other_date, -3 - int(p.bhxh) % 9):%d/%m/%Y}",
    "coef97": lambda p, c: _pick(p, _VN_COEFS, 5),
    "degree97": lambda p, c: _pick(p, _VN_DEGREES, 6),
    "rank_cert97": lambda p, c: _pick(p, _VN_RANK_CERTS, 7),
    "target97": lambda p, c: f"{_row(p, _VN_SCHOOLS)[3]} ({_row(p, _VN_SCHOOLS)[4]})",
    "result97": lambda p, c: _pick(p, _VN_RANK_RESULTS, 8),
    "teacher_addr97": lambda p, c: _teacher_address(p),
    "donor_addr97": lambda p, c: (
        f"{_pick(p, _VN_HT_HAMLETS, 3)}, xã Cẩm Bình, huyện Cẩm Xuyên, tỉnh Hà Tĩnh"
    ),
    "road97": lambda p, c: _pick(p, _VN_ROADS, 4),
    "plot_d97": lambda p, c: str(_num(p, 520)),
    "sheet_d97": lambda p, c: str(_num(p, 42)),
    "donated97": lambda p, c: f"{_donated(p):.1f}".replace(".", ","),
    "land_kind97": lambda p, c: _pick(p, _VN_LAND_KINDS, 5),
    "assets97": lambda p, c: _pick(p, _VN_ASSETS, 6),
    "value97": lambda p, c: _dotted(int(round(_donated(p) * 350_000, -3))),
    "cadastral97": lambda p, c: _other_vn(p, 7),
    "permit_sa97": lambda p, c: f"1446{p.bhxh[:3]}{p.bhxh[-5:]}",
    "id_sa97": lambda p, c: _saudi_id(p),
    "name_ar_sa97": lambda p, c: _sa_name(p, 0),
    "name_en_sa97": lambda p, c: _sa_name(p, 1).upper(),
    "nat_sa97": lambda p, c: "سعودي" if _sa_citizen(p) else _pick(p, _SA_NATIONS, 3),
    "birth_sa97": lambda p, c: _sa_birth(p),
    "sex_sa97": lambda p, c: "ذكر" if p.male else "أنثى",
    "phone_sa97": lambda p, c: _sa_phone(p),
    "city_sa97": lambda p, c: _pick(p, _SA_CITIES, 4),
    "mahram_sa97": lambda p, c: _mahram(p),
    "mahram_id_sa97": lambda p, c: "" if p.male else _luhn(f"{_saudi_id(p)[0]}{p.bhxh[::-1][:8]}"),
    "last_hajj_sa97": lambda p, c: (
        f"{1430 + int(p.bhxh) % 9}هـ" if int(p.bhxh) % 4 == 0 else "لم يسبق الحج"
    ),
    "package_sa97": lambda p, c: _row(p, _SA_PACKAGES, 17)[0],
    "amount_sa97": lambda p, c: f"{_row(p, _SA_PACKAGES, 17)[1]:,}",
    "camp_sa97": lambda p, c: f"منى - مربع {_num(p, 8)} - مخيم {_num(p, 60)}",
    "ejari_ae97": lambda p, c: f"0{p.other_date:%Y%m%d}{p.bhxh[-6:]}",
    "tenant_ae97": lambda p, c: f"{_ae_tenant(p)[1]} {_ae_tenant(p)[2]}".upper(),
    "eid_ae97": lambda p, c: _emirates_id(p),
    "nat_ae97": lambda p, c: _ae_tenant(p)[0],
    "sex_ae97": lambda p, c: "Male" if p.male else "Female",
    "phone_ae97": lambda p, c: _ae_phone(p),
    "email_ae97": lambda p, c: _ae_email(p),
    "prop_ae97": lambda p, c: (
        f"Flat {_num(p, 24)}{_num(p, 12):02d}, {', '.join(_row(p, _AE_BUILDINGS))}, Dubai"
    ),
    "community_ae97": lambda p, c: _row(p, _AE_BUILDINGS)[1],
    "makani_ae97": lambda p, c: f"{p.bhxh[:5]} {p.bhxh[5:]}",
    "usage_ae97": lambda p, c: "Residential",
    "landlord_ae97": lambda p, c: _pick(p, _AE_LANDLORDS, 5),
    "rent_ae97": lambda p, c: f"{(38 + _num(p, 90)) * 1_000:,}",
    "cheques_ae97": lambda p, c: _pick(p, ("4", "2", "1", "4", "6", "12"), 6),
    "end_ae97": lambda p, c: f"{_shift_date(p.other_date, 1) - timedelta(days=1):%d/%m/%Y}",
    "status_ae97": lambda p, c: _pick(p, ("Active", "Active", "Renewed", "Terminated"), 7),
    "app_jo97": lambda p, c: f"{p.other_date.year}/{p.bhxh[-6:]}",
    "nn_jo97": lambda p, c: _jo_national(p),
    "jo_given97": lambda p, c: _by_sex(p, _JO_GIVEN_M, _JO_GIVEN_F, 1),
    "jo_father97": lambda p, c: _pick(p, _JO_FATHERS, 3),
    "jo_grand97": lambda p, c: _pick(p, _JO_GRANDS, 4),
    "jo_family97": lambda p, c: _pick(p, _JO_FAMILY, 2),
    "sex_jo97": lambda p, c: "ذكر" if p.male else "أنثى",
    "degree_jo97": lambda p, c: _pick(p, _JO_DEGREES, 5),
    "major_jo97": lambda p, c: _pick(p, _JO_MAJORS, 6),
    "univ_jo97": lambda p, c: _pick(p, _JO_UNIVERSITIES, 7),
    "grad_jo97": lambda p, c: str(min(p.birth.year + 22 + int(p.bhxh) % 3, 2025)),
    "gpa_jo97": lambda p, c: f"{2 + int(p.bhxh) % 200 / 100:.2f}",
    "gov_jo97": lambda p, c: _row(p, _JO_PLACES)[0],
    "liwa_jo97": lambda p, c: _row(p, _JO_PLACES)[1],
    "phone_jo97": lambda p, c: _jo_phone(p),
    "rank_jo97": lambda p, c: str(_num(p, 4000)),
    "status_jo97": lambda p, c: _pick(p, _JO_STATUS, 8),
    "iq_name97": lambda p, c: (
        f"{_by_sex(p, _IQ_GIVEN_M, _IQ_GIVEN_F, 1)} {_pick(p, _IQ_FATHERS, 2)}"
        f" {_pick(p, _IQ_GRANDS, 3)}"
    ),
    "iq_mother97": lambda p, c: f"{_pick(p, _IQ_GIVEN_F, 4)} {_pick(p, _IQ_GRANDS, 5)}",
    "iq_card97": lambda p, c: f"{p.birth.year}{p.bhxh[:8]}",
    "sex_iq97": lambda p, c: "ذكر / نێر" if p.male else "أنثى / مێ",
    "blood_iq97": lambda p, c: _pick(p, _IQ_BLOOD, 6),
    "gov_iq97": lambda p, c: "كركوك",
    "qadha_iq97": lambda p, c: _row(p, _IQ_PLACES)[0],
    "hay_iq97": lambda p, c: _row(p, _IQ_PLACES)[1],
    "phone_iq97": lambda p, c: _iq_phone(p),
    "class_iq97": lambda p, c: _pick(p, _IQ_CLASSES, 7),
    "lic_iq97": lambda p, c: p.bhxh[-7:],
    "expiry_iq97": lambda p, c: f"{_shift_date(p.other_date, 10):%Y/%m/%d}",
    "medical_iq97": lambda p, c: _pick(p, _IQ_MEDICAL, 8),
    "share_kw97": lambda p, c: str(1_000 + int(p.bhxh[-6:]) % 28_000),
    "civil_kw97": lambda p, c: _civil_id(p),
    "kw_name97": lambda p, c: _kw_name(p),
    "sex_kw97": lambda p, c: "ذكر" if p.male else "أنثى",
    "area_kw97": lambda p, c: _pick(p, _KW_AREAS, 5),
    "addr_kw97": lambda p, c: (
        f"{_pick(p, _KW_AREAS, 5)} - ق {_num(p, 9)} - ش {_num(p, 53)} - م {_num(p, 41)}"
    ),
    "phone_kw97": lambda p, c: _kw_phone(p),
    "shares_kw97": lambda p, c: 50 * _num(p, 40),
    "value_kw97": lambda p, c: 50 * _num(p, 40),
    "purchases_kw97": lambda p, c: round(150 + int(p.bhxh[-5:]) % 4_000 + 0.25 * _num(p, 3), 3),
    "dividend_kw97": lambda p, c: _pick(p, ("4%", "4%", "3.5%"), 6),
    "ration_kw97": lambda p, c: p.bhxh[1:8],
    "status_kw97": lambda p, c: _pick(p, _KW_STATUS, 7),
}


__all__ = ["WRITERS_BLIND97"]
