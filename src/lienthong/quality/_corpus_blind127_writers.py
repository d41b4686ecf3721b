"""How the people of the hundred-and-twenty-seventh part of the outside corpus (**blind 127**,
:mod:`lienthong.quality._corpus_blind127`) are written: four Vietnamese files' own columns (a
district health centre's premarital health checks, a border guard post's border passes, a
commune's African swine fever compensation, a city cemetery's plot registrations) and Israeli,
Lebanese, Syrian, Palestinian and Kuwaiti names, addresses, phones and identity numbers in the
forms their cards show (the Israeli and Palestinian 9-digit numbers with their check digit, the
Lebanese 12-digit card number, the Syrian 11-digit national number, the Kuwaiti 12-digit civil
number with the birth date inside and its mod-11 check digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_BLOOD = ("O", "A", "B", "AB", "O", "B")
_VN_HBSAG = ("Âm tính", "Âm tính", "Âm tính", "Dương tính")
_VN_THAL = ("Bình thường", "Bình thường", "Nghi ngờ - chuyển XN gen", "Người lành mang gen")
_VN_COUNSEL = ("CN. Đỗ Thị Hằng", "BS. Vũ Minh Tâm", "NHS Lò Thị Xuân")
_VN_GATES = ("CK Móng Cái", "CK Lào Cai", "CK Hữu Nghị", "CK Tà Lùng", "CK Thanh Thủy")
_VN_DEST = ("Đông Hưng", "Hà Khẩu", "Bằng Tường", "Long Châu", "Bằng Tường")
_VN_PURPOSE = ("Thăm thân", "Du lịch", "Buôn bán", "Làm việc", "Du lịch")
_VN_OFFICERS = ("Đại úy Hoàng Văn Sơn", "Thượng úy Nông Thị Lan", "Thiếu tá Đinh Công Hiếu")
_VN_HAMLETS = ("Thôn Đông", "Xóm 3", "Thôn Trung Hậu", "Xóm Bãi", "Thôn 7")
_VN_REL = ("Cha", "Mẹ", "Ông nội", "Bà ngoại", "Vợ", "Chồng", "Anh ruột")
_VN_TOMBS = ("Mộ đơn", "Mộ đôi", "Mộ cát táng", "Ô lưu tro cốt")

_IL_FAMILY = ("כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "דהן")
_IL_GIVEN_M = ("יוסף", "דוד", "משה", "אברהם", "איתי", "נועם", "אריאל")
_IL_GIVEN_F = ("שרה", "רחל", "מיכל", "נועה", "תמר", "אסתר", "יעל")
_IL_FATHERS = ("יעקב", "שמעון", "אליהו", "חיים", "מרדכי")
_IL_PLACES = (
    ("רחוב הרצל 12 דירה 4", "ראשון לציון", "7526106"),
    ("שד' ירושלים 45", "אשדוד", "7752301"),
    ("רח' ביאליק 7", "רמת גן", "5245107"),
    ("דרך מנחם בגין 120", "תל אביב-יפו", "6701201"),
    ("רחוב הנביאים 33/2", "חיפה", "3304413"),
    ("רח' יפו 210", "ירושלים", "9438304"),
)
_IL_OFFICES = ("לשכת בת ים", "לשכת חולון", "לשכת באר שבע", "לשכת נתניה")
_IL_TRADES = ("מלצרות", "הנהלת חשבונות", "נהג משאית", "עובד ייצור", "מכירות", "ניקיון")
_IL_EDU = ("12 שנות לימוד", "תואר ראשון", "תעודת מקצוע", "10 שנות לימוד")
_IL_STATUS = ("מתייצב", "הופנה לעבודה", "הוצא מהמאגר", "מתייצב")

_AR_GIVEN_M = ("محمد", "أحمد", "خالد", "علي", "يوسف", "عمر", "حسن", "إبراهيم")
_AR_GIVEN_F = ("فاطمة", "مريم", "زينب", "نور", "رنا", "هدى", "سارة", "ليلى")
_AR_FATHERS = ("محمود", "عبد الله", "سليم", "جميل", "عادل", "فايز", "نبيل")
_AR_MOTHERS = ("سميرة", "نادية", "وفاء", "سعاد", "أمينة", "خديجة")

_LB_FAMILY = ("حداد", "الخوري", "شمس الدين", "عيتاني", "فرنجية", "الحلبي", "نصر الله")
_LB_PLACES = (
    "بيروت, الأشرفية, شارع مونو, بناية سعادة",
    "صيدا, حي الست نفيسة, شارع رياض الصلح",
    "طرابلس, الميناء, شارع بور سعيد",
    "جونية, ساحل علما, بناية نجم, ط 3",
    "زحلة, حوش الأمراء, شارع البرازيل",
)
_LB_REGISTRY = ("الأشرفية", "المصيطبة", "صيدا", "البترون", "بعلبك", "طرابلس التل")
_LB_FACULTY = (
    ("كلية العلوم / Faculté des Sciences", "Informatique"),
    ("كلية الحقوق / Faculté de Droit", "Droit privé"),
    ("كلية الآداب / Faculté des Lettres", "Langue française"),
    ("كلية إدارة الأعمال / Faculté de Gestion", "Comptabilité"),
    ("كلية الصحة / Faculté de Santé", "Soins infirmiers"),
)

_SY_FAMILY = ("الحلبي", "الشامي", "العلي", "حمدان", "السيد", "الأحمد", "قاسم")
_SY_PLACES = (
    ("دمشق", "المزة", "01"),
    ("حلب", "الشهباء", "02"),
    ("حمص", "الوعر", "03"),
    ("اللاذقية", "الزراعة", "06"),
    ("ريف دمشق", "جرمانا", "11"),
    ("طرطوس", "الشيخ سعد", "07"),
)
_SY_AGENTS = ("فرن ابن العميد", "معتمد أبو سامر", "فرن الزاهرة الآلي", "معتمد الحي الشرقي")

_PS_FAMILY = ("الخطيب", "أبو عيشة", "النتشة", "حمدان", "البرغوثي", "الشريف", "عودة")
_PS_PLACES = (
    ("رام الله والبيرة", "البيرة, حي الجنان, شارع القدس"),
    ("الخليل", "الخليل, رأس الجورة, عمارة النتشة"),
    ("نابلس", "نابلس, رفيديا, شارع تونس"),
    ("بيت لحم", "بيت ساحور, شارع الكنيسة"),
    ("جنين", "جنين, حي البساتين, شارع حيفا"),
)
_PS_DIAG = ("قسطرة قلبية", "علاج أورام - كيماوي", "زراعة كلية", "جراحة أعصاب", "علاج إشعاعي")
_PS_HOSP = (
    "مستشفى المقاصد - القدس",
    "المطلع - القدس",
    "مستشفى النجاح الوطني",
    "مستشفى ابن سينا - الأردن",
)
_PS_STATUS = ("موافق", "قيد الدراسة", "موافق - بانتظار التنسيق", "مرفوض")

_KW_FAMILY = ("العنزي", "المطيري", "العجمي", "الرشيدي", "الكندري", "الشمري", "العازمي")
_KW_PLACES = (
    ("الأحمدي", "الفنطاس", "4"),
    ("حولي", "سلوى", "11"),
    ("الجهراء", "العيون", "2"),
    ("مبارك الكبير", "صباح السالم", "7"),
    ("الفروانية", "العمرية", "3"),
    ("العاصمة", "الشامية", "8"),
)
_KW_KIND = ("قسيمة", "بيت حكومي", "شقة", "قسيمة", "بدل إيجار")
_KW_EMPLOYERS = ("وزارة التربية", "وزارة الداخلية", "مؤسسة البترول الكويتية", "وزارة الصحة")


def _place(p: Person, places: tuple[_T, ...]) -> _T:
    return places[int(p.bhxh) // 17 % len(places)]


def _nine(p: Person, lead: str, salt: int = 0) -> str:
    """An Israeli or Palestinian 9-digit identity number: eight digits and the check digit (the
    Luhn sum, weights 1 and 2 from the left)."""
    body = f"{lead}{(p.bhxh[salt:] + p.bhxh[:salt])[: 8 - len(lead)]}"
    return _luhn(body)


def _kw_civil(p: Person) -> str:
    """A Kuwaiti civil number: the century (2 for the 1900s, 3 after), the birth date as YYMMDD,
    a four-digit serial and the check digit ``11 - sum(d * w) % 11`` with weights
    2,1,6,3,7,9,10,5,8,4,2 (serials whose check would be 10 or 11 are never issued)."""
    century = "2" if p.birth.year < 2000 else "3"
    weights = (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    serial = int(p.bhxh[-4:])
    while True:
        body = f"{century}{p.birth:%y%m%d}{serial % 10000:04d}"
        check = 11 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
        if check < 10:
            return f"{body}{check}"
        serial += 1


def _ar_name(p: Person, families: _T) -> str:
    return f"{_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1)} {_pick(p, families, 2)}"


WRITERS_BLIND127: dict[str, Callable[[Person, Col], object]] = {
    "exam127": lambda p, c: f"TH-{p.other_date.year}-{p.bhxh[-4:]}",
    "partner127": lambda p, c: _other_vn(p, 4, male=not p.male),
    "partner_year127": lambda p, c: str(p.birth.year + _num(p, 7) - 4),
    "blood127": lambda p, c: _pick(p, _VN_BLOOD, 3),
    "hbsag127": lambda p, c: _pick(p, _VN_HBSAG, 4),
    "thal127": lambda p, c: _pick(p, _VN_THAL, 5),
    "counsel127": lambda p, c: _pick(p, _VN_COUNSEL, 6),
    "gth127": lambda p, c: f"BG{p.bhxh[2:9]}",
    "gate127": lambda p, c: _place(p, tuple((g,) for g in _VN_GATES))[0],
    "dest127": lambda p, c: _place(p, tuple((d,) for d in _VN_DEST))[0],
    "purpose127": lambda p, c: _pick(p, _VN_PURPOSE, 3),
    "valid127": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "officer127": lambda p, c: _pick(p, _VN_OFFICERS, 4),
    "fee127": lambda p, c: _pick(p, ("50.000", "50.000", "Miễn (cư dân biên giới)"), 5),
    "hamlet127": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "pigs127": lambda p, c: str(_num(p, 40)),
    "kg127": lambda p, c: f"{_num(p, 40) * (35 + _num(p, 50))}",
    "unit127": lambda p, c: _pick(p, ("35.000", "38.000", "40.000"), 3),
    "total127": lambda p, c: f"{_num(p, 40) * (35 + _num(p, 50)) * 38000:,}".replace(",", "."),
    "minutes127": lambda p, c: f"{_num(p, 300)}/BB-TH",
    "acct127": lambda p, c: f"Agribank {p.bhxh[:4]}{p.bhxh[::-1][:9]}",
    "sign127": lambda p, c: _pick(p, ("Đã ký", "Đã nhận", "", "Ủy quyền con"), 4),
    "deceased127": lambda p, c: _other_vn(p, 5),
    "rel127": lambda p, c: _pick(p, _VN_REL, 3),
    "death_year127": lambda p, c: str(2024 - _num(p, 30)),
    "plot127": lambda p, c: (
        f"Khu {_pick(p, ('A', 'B', 'C', 'D'), 2)}/Lô {_num(p, 20)}"
        f"/Hàng {_num(p, 15)}/Số {_num(p, 60)}"
    ),
    "kind127": lambda p, c: _pick(p, _VN_TOMBS, 4),
    "area127": lambda p, c: _pick(p, ("2,4", "4,8", "1,2", "0,3"), 4),
    "paid127": lambda p, c: f"{(_num(p, 30) + 5) * 1_000_000:,}".replace(",", "."),
    "tz_il127": lambda p, c: _nine(p, "0"),
    "family_il127": lambda p, c: _pick(p, _IL_FAMILY, 2),
    "given_il127": lambda p, c: _by_sex(p, _IL_GIVEN_M, _IL_GIVEN_F, 1),
    "father_il127": lambda p, c: _pick(p, _IL_FATHERS, 3),
    "sex_il127": lambda p, c: "ז" if p.male else "נ",
    "street_il127": lambda p, c: _place(p, _IL_PLACES)[0],
    "city_il127": lambda p, c: _place(p, _IL_PLACES)[1],
    "zip_il127": lambda p, c: _place(p, _IL_PLACES)[2],
    "phone_il127": lambda p, c: f"05{_pick(p, ('0', '2', '3', '4', '8'), 2)}-{p.phone[3:10]}",
    "office_il127": lambda p, c: _pick(p, _IL_OFFICES, 4),
    "trade_il127": lambda p, c: _pick(p, _IL_TRADES, 5),
    "edu_il127": lambda p, c: _pick(p, _IL_EDU, 6),
    "status_il127": lambda p, c: _pick(p, _IL_STATUS, 7),
    "clerk_il127": lambda p, c: f"{_pick(p, _IL_GIVEN_F, 8)} {_pick(p, _IL_FAMILY, 9)}",
    "given_lb127": lambda p, c: _by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1),
    "family_lb127": lambda p, c: _pick(p, _LB_FAMILY, 2),
    "father_lb127": lambda p, c: _pick(p, _AR_FATHERS, 3),
    "mother_lb127": lambda p, c: f"{_pick(p, _AR_MOTHERS, 4)} {_pick(p, _LB_FAMILY, 5)}",
    "pob_lb127": lambda p, c: _pick(p, ("بيروت", "صيدا", "زحلة", "طرابلس", "صور"), 6),
    "sijil_lb127": lambda p, c: str(_num(p, 900) + 1),
    "qaid_lb127": lambda p, c: _pick(p, _LB_REGISTRY, 7),
    "id_lb127": lambda p, c: f"000{p.bhxh[1:10]}",
    "sex_lb127": lambda p, c: "ذكر / M" if p.male else "أنثى / F",
    "addr_lb127": lambda p, c: _place(p, tuple((a,) for a in _LB_PLACES))[0],
    "phone_lb127": lambda p, c: (
        f"+961 {_pick(p, ('3', '70', '71', '76'), 2)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "fac_lb127": lambda p, c: _place(p, _LB_FACULTY)[0],
    "spec_lb127": lambda p, c: _place(p, _LB_FACULTY)[1],
    "branch_lb127": lambda p, c: _pick(p, ("الفرع الأول", "الفرع الثاني", "الفرع الثالث"), 3),
    "student_lb127": lambda p, c: f"{p.other_date.year}{p.bhxh[-5:]}",
    "nid_sy127": lambda p, c: f"{_place(p, _SY_PLACES)[2]}{p.bhxh[1:10]}",
    "given_sy127": lambda p, c: _by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1),
    "family_sy127": lambda p, c: _pick(p, _SY_FAMILY, 2),
    "father_sy127": lambda p, c: _pick(p, _AR_FATHERS, 3),
    "mother_sy127": lambda p, c: _pick(p, _AR_MOTHERS, 4),
    "pob_sy127": lambda p, c: _pick(p, ("دمشق", "حلب", "حماة", "دير الزور", "إدلب"), 5),
    "gov_sy127": lambda p, c: _place(p, _SY_PLACES)[0],
    "area_sy127": lambda p, c: _place(p, _SY_PLACES)[1],
    "card_sy127": lambda p, c: f"{p.bhxh[::-1][:10]}",
    "members_sy127": lambda p, c: str(_num(p, 8)),
    "agent_sy127": lambda p, c: _pick(p, _SY_AGENTS, 6),
    "phone_sy127": lambda p, c: (
        f"09{_pick(p, ('3', '4', '5', '8', '9'), 2)}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "id_ps127": lambda p, c: _nine(p, _pick(p, ("4", "9", "8", "4"), 3)),
    "name_ps127": lambda p, c: (
        f"{_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1)} "
        f"{_pick(p, _AR_FATHERS, 3)} {_pick(p, _AR_GIVEN_M, 4)} {_pick(p, _PS_FAMILY, 2)}"
    ),
    "sex_ps127": lambda p, c: "ذكر" if p.male else "أنثى",
    "gov_ps127": lambda p, c: _place(p, _PS_PLACES)[0],
    "addr_ps127": lambda p, c: _place(p, _PS_PLACES)[1],
    "phone_ps127": lambda p, c: f"05{_pick(p, ('9', '6'), 2)}{p.phone[3]}-{p.phone[4:10]}",
    "ins_ps127": lambda p, c: f"{p.bhxh[3:9]}",
    "diag_ps127": lambda p, c: _pick(p, _PS_DIAG, 4),
    "hosp_ps127": lambda p, c: _pick(p, _PS_HOSP, 5),
    "doctor_ps127": lambda p, c: f"د. {_pick(p, _AR_GIVEN_M, 6)} {_pick(p, _PS_FAMILY, 7)}",
    "companion_ps127": lambda p, c: f"{_pick(p, _AR_GIVEN_F, 5)} {_pick(p, _PS_FAMILY, 2)}",
    "companion_id_ps127": lambda p, c: _nine(p, "4", 3),
    "status_ps127": lambda p, c: _pick(p, _PS_STATUS, 6),
    "civil_kw127": lambda p, c: _kw_civil(p),
    "name_kw127": lambda p, c: (
        f"{_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1)} "
        f"{_pick(p, _AR_FATHERS, 3)} {_pick(p, _KW_FAMILY, 2)}"
    ),
    "marital_kw127": lambda p, c: _pick(p, ("متزوج", "متزوج", "مطلق", "أرمل"), 3),
    "spouse_kw127": lambda p, c: (
        f"{_by_sex(p, _AR_GIVEN_F, _AR_GIVEN_M, 4)} {_pick(p, _KW_FAMILY, 5)}"
    ),
    "spouse_civil_kw127": lambda p, c: f"2{p.bhxh[:10]}{p.bhxh[-1]}",
    "kids_kw127": lambda p, c: str(_num(p, 6) - 1),
    "kind_kw127": lambda p, c: _pick(p, _KW_KIND, 5),
    "gov_kw127": lambda p, c: _place(p, _KW_PLACES)[0],
    "area_kw127": lambda p, c: _place(p, _KW_PLACES)[1],
    "block_kw127": lambda p, c: _place(p, _KW_PLACES)[2],
    "street_kw127": lambda p, c: f"شارع {_num(p, 40)}",
    "house_kw127": lambda p, c: str(_num(p, 90)),
    "phone_kw127": lambda p, c: f"+965 {_pick(p, ('9', '6', '5'), 2)}{p.phone[3:10]}",
    "employer_kw127": lambda p, c: _pick(p, _KW_EMPLOYERS, 6),
    "salary_kw127": lambda p, c: f"{900 + _num(p, 1200)}.000",
}
