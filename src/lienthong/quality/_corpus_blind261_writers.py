"""How the people of the two hundred and sixty-first part of the outside corpus (**blind 261**,
:mod:`lienthong.quality._corpus_blind261`) are written: four Vietnamese files' own columns (the
breed chickens a poor household receives, a small tractor's temporary plate, an impounded vehicle
left unclaimed, a traffic fine paid twice and refunded) and Israeli names in Hebrew and Arabic
script, streets, towns, 05x mobile numbers and teudat zehut numbers with their check digit (the
Luhn digit over the first eight, reused from blind 211)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind211_writers import _id9

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HAMLETS = (
    "Thon Khuoi Tat, xa Phu Thong, tinh Thai Nguyen",
    "Ban Na Ri, xa Quang Thanh, tinh Cao Bang",
    "Thon Ta Van, xa Ta Van, tinh Lao Cai",
    "Thon 3, xa Ea Tul, tinh Dak Lak",
    "Ban Pa Co, xa Pa Co, tinh Phu Tho",
)
_VN_BREEDS = ("Ga Ri lai", "Ga Mia", "Ga H'Mong", "Ga Luong Phuong", "Ga Ri thuan")
_VN_VEHICLES = (
    "Xe công nông đầu ngang",
    "Máy kéo Bông Sen 12",
    "Xe tự chế 3 bánh",
    "Máy kéo Kubota L2",
)
_VN_ENGINES = ("D12", "D15", "RV125", "S1100", "D8")
_VN_LOTS = ("Bãi giữ xe Đội CSGT số 2", "Bãi xe Công an phường", "Bãi tạm giữ Km 9")
_VN_KINDS = ("Xe mô tô", "Xe gắn máy", "Xe đạp điện", "Xe mô tô")
_VN_BRANDS = ("Honda Wave", "Yamaha Sirius", "Honda Dream", "Suzuki Viva", "VinFast Klara")
_VN_BANKS = ("Vietcombank", "Agribank", "BIDV", "VietinBank", "MB")
_VN_REASONS = ("Nộp trùng 2 lần", "Nộp thừa", "QĐ xử phạt bị hủy", "Nộp nhầm tài khoản")
_IL_FAMILY = ("כהן", "לוי", "שפירא", "גולדברג", "ברק", "אלמוג", "דהן", "שטרן")
_IL_GIVEN_M = ("יובל", "עידו", "אלון", "גיא", "רועי", "אסף")
_IL_GIVEN_F = ("מיכל", "רוני", "ענבל", "הדס", "ליאת", "קרן")
_TA_STREETS = ("דיזנגוף", "בן יהודה", "אבן גבירול", "שינקין", "ארלוזורוב", "בוגרשוב", "פרישמן")
_HR_FAMILY = ("קניבסקי", "ויזניצר", "רוזנברג", "הלפרין", "טייטלבוים", "פרידמן", "גרוס")
_HR_GIVEN_M = ("יעקב", "משה", "אברהם יצחק", "שלמה זלמן", "חיים", "מנחם מנדל")
_HR_GIVEN_F = ("רחל", "חיה שרה", "מרים", "פערל", "שיינדי", "לאה")
_HR_PLACES = (
    ("רבי עקיבא", "בני ברק"),
    ("חזון איש", "בני ברק"),
    ("סורוצקין", "ירושלים"),
    ("מלכי ישראל", "ירושלים"),
    ("נחל לכיש", "בית שמש"),
    ("חפץ חיים", "אלעד"),
)
_HR_GEMACH = ('גמ"ח חסדי אבות', "קרן הלוואות יד עזרא", 'גמ"ח לחתונות בית ישראל')
_AR_FAMILY = ("غنايم", "خلايلة", "أبو ريا", "بدارنة", "طربيه", "زبيدات", "شلاعطة")
_AR_GIVEN_M = ("محمد", "أحمد", "مازن", "سامي", "فراس", "وسيم", "جهاد")
_AR_GIVEN_F = ("آمنة", "رنين", "عبير", "سهى", "إيمان", "ميساء", "روان")
_AR_HOODS = ("الحي الشرقي", "حي الميدان", "حي البلد", "الحارة الغربية", "حي الجبل")
_AR_WORKERS = (
    "العاملة الاجتماعية: منى غنايم",
    "العاملة الاجتماعية: سناء خلايلة",
    "العامل: وائل طه",
)
_KIB_BRANCHES = ("רפת", "מטעים", "חדר אוכל", "מפעל פלסטיק", "גן ילדים", "מוסך", "הנהלת חשבונות")
_KIB_STATUS = ("חבר/ה", "חבר/ה", "מועמד/ת", "תושב/ת", "חבר/ה ותיק/ה")
_BD_TRIBES = ("الهزيل", "أبو ربيعة", "العطاونة", "الصانع", "القريناوي", "أبو كف", "الطوري")
_BD_GIVEN_M = ("سليمان", "عطية", "خليل", "سالم", "عيد", "حسين", "إبراهيم")
_BD_GIVEN_F = ("حليمة", "سارة", "فاطمة", "عائشة", "نورة", "هدى", "صباح")
_BD_VILLAGES = ("وادي النعم", "السر", "الزرنوق", "أم بطين", "بير هداج", "أبو قرينات", "عتير")
_BD_TOWNS = ("رهط - حي 25", "حورة - حي 9", "تل السبع - حي 4", "كسيفة - حي 2", "اللقية - حي 7")


def _mobile(p: Person, prefixes: tuple[str, ...], salt: int, sep: str = "-") -> str:
    """An Israeli mobile number, 05x-xxxxxxx (kosher lines begin 052-76, 053-31…)."""
    return f"05{_pick(p, prefixes, salt)}{sep}{p.phone[3:10]}"


def _il_full(p: Person, fam: tuple[str, ...], m: tuple[str, ...], f: tuple[str, ...]) -> str:
    return f"{_pick(p, fam, 2)} {_by_sex(p, m, f, 1)}"


def _hr_place(p: Person) -> tuple[str, str]:
    return _HR_PLACES[int(p.bhxh) // 34 % len(_HR_PLACES)]


def _ar_full(p: Person) -> str:
    given = _by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1)
    return f"{given} {_pick(p, _AR_GIVEN_M, 3)} {_pick(p, _AR_FAMILY, 2)}"


def _bd_full(p: Person) -> str:
    given = _by_sex(p, _BD_GIVEN_M, _BD_GIVEN_F, 1)
    return (
        f"{given} {_pick(p, _BD_GIVEN_M, 3)} {_pick(p, _BD_GIVEN_M, 4)} {_pick(p, _BD_TRIBES, 2)}"
    )


def _plate(p: Person) -> str:
    d = p.bhxh
    return f"{d[5:8]}.{d[8:10]}" if int(d[0]) % 2 else f"{d[6:10]}"


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


WRITERS_BLIND261: dict[str, Callable[[Person, Col], object]] = {
    # Vietnamese files
    "hamlet261": lambda p, c: _pick(p, _VN_HAMLETS, 1),
    "breed261": lambda p, c: _pick(p, _VN_BREEDS, 2),
    "chicks261": lambda p, c: 20 + 10 * (_num(p, 4) - 1),
    "feed261": lambda p, c: 50 + 25 * (_num(p, 3) - 1),
    "poor_cert261": lambda p, c: f"HN-{p.bhxh[-4:]}/{_pick(p, ('2024', '2025'), 3)}",
    "officer261": lambda p, c: f"Hoang Van {_pick(p, ('Pao', 'Seo', 'Thang', 'Dinh'), 4)}",
    "vehicle261": lambda p, c: _pick(p, _VN_VEHICLES, 2),
    "engine261": lambda p, c: f"{_pick(p, _VN_ENGINES, 3)}-{p.bhxh[-6:]}",
    "frame261": lambda p, c: f"SK{p.bhxh[1:8]}",
    "tplate261": lambda p, c: f"{p.bhxh[:2]}MK-{p.bhxh[-3:]}",
    "year261": lambda p, c: 1995 + _num(p, 25),
    "use261": lambda p, c: _pick(p, ("Chở nông sản", "Cày bừa", "Chở vật liệu XD"), 4),
    "kind261": lambda p, c: _pick(p, _VN_KINDS, 2),
    "brand261": lambda p, c: _pick(p, _VN_BRANDS, 3),
    "plate261": lambda p, c: f"{p.bhxh[:2]}-{_pick(p, ('B1', 'F1', 'K2', 'AA'), 4)} {_plate(p)}",
    "decision261": lambda p, c: f"{p.bhxh[-5:]}/QĐ-XPHC",
    "lot261": lambda p, c: _pick(p, _VN_LOTS, 5),
    "days261": lambda p, c: 30 + _num(p, 300),
    "fine_no261": lambda p, c: f"QĐ {p.bhxh[-6:]}/QĐ-XPVPHC",
    "paid261": lambda p, c: _money((4 + _num(p, 30)) * 100_000),
    "refund261": lambda p, c: _money((2 + _num(p, 15)) * 100_000),
    "reason261": lambda p, c: _pick(p, _VN_REASONS, 3),
    "bank261": lambda p, c: _pick(p, _VN_BANKS, 4),
    "acct261": lambda p, c: f"{p.bhxh[::-1]}{p.bhxh[2:4]}",
    "receipt261": lambda p, c: f"BL{p.bhxh[-7:]}",
    # Israel: Tel Aviv parking permits (Hebrew)
    "tz261": lambda p, c: _id9(p, _pick(p, ("0", "2", "3"), 2)),
    "il_family261": lambda p, c: _pick(p, _IL_FAMILY, 2),
    "il_given261": lambda p, c: _by_sex(p, _IL_GIVEN_M, _IL_GIVEN_F, 1),
    "ta_street261": lambda p, c: _pick(p, _TA_STREETS, 3),
    "ta_house261": lambda p, c: str(1 + _num(p, 120)),
    "ta_zone261": lambda p, c: str(1 + _num(p, 12)),
    "car261": lambda p, c: f"{p.bhxh[1:4]}-{p.bhxh[4:6]}-{p.bhxh[6:9]}",
    "model261": lambda p, c: _pick(p, ("טויוטה קורולה", "יונדאי i20", "קיה פיקנטו", "סקודה"), 4),
    "ownership261": lambda p, c: _pick(p, ("פרטי", "ליסינג", "רכב חברה"), 5),
    "phone_ta261": lambda p, c: _mobile(p, ("0", "2", "4", "8"), 4),
    # Haredi gemach loans (Hebrew)
    "hr_full261": lambda p, c: _il_full(p, _HR_FAMILY, _HR_GIVEN_M, _HR_GIVEN_F),
    "hr_father261": lambda p, c: f'ב"ר {_pick(p, _HR_GIVEN_M, 5)}',
    "hr_addr261": lambda p, c: f"{_hr_place(p)[0]} {1 + _num(p, 60)}, {_hr_place(p)[1]}",
    "phone_hr261": lambda p, c: (
        f"05{_pick(p, ('2', '3', '7', '5'), 4)}-{_pick(p, ('76', '31', '67'), 5)}{p.phone[5:10]}"
    ),
    "gemach261": lambda p, c: _pick(p, _HR_GEMACH, 6),
    "loan261": lambda p, c: f"{(5 + _num(p, 40)) * 1000:,} ₪",
    "guarantor261": lambda p, c: f"{_pick(p, _HR_FAMILY, 7)} {_pick(p, _HR_GIVEN_M, 8)}",
    "payments261": lambda p, c: _pick(p, ("12", "24", "36", "18"), 7),
    "cheques261": lambda p, c: _pick(p, ("הוראת קבע", "שיקים דחויים", "מזומן"), 8),
    # Kibbutz members (Hebrew)
    "member_no261": lambda p, c: f"{_num(p, 600):03d}",
    "kib_status261": lambda p, c: _pick(p, _KIB_STATUS, 3),
    "branch261": lambda p, c: _pick(p, _KIB_BRANCHES, 4),
    "kib_house261": lambda p, c: (
        f"שכונת {_pick(p, ('הוותיקים', 'ההרחבה', 'הצעירים'), 5)}, בית {1 + _num(p, 90)}"
    ),
    "sex_he261": lambda p, c: "זכר" if p.male else "נקבה",
    "phone_kib261": lambda p, c: _mobile(p, ("0", "2", "4", "3"), 6, ""),
    # Arab town welfare food vouchers (Arabic)
    "ar_full261": lambda p, c: _ar_full(p),
    "ar_hood261": lambda p, c: _pick(p, _AR_HOODS, 4),
    "household261": lambda p, c: 2 + _num(p, 9),
    "voucher261": lambda p, c: f"{_pick(p, ('300', '450', '600', '750'), 5)} ش.ج",
    "worker261": lambda p, c: _pick(p, _AR_WORKERS, 6),
    "sex_ar261": lambda p, c: "ذكر" if p.male else "أنثى",
    "phone_ar261": lambda p, c: _mobile(p, ("0", "2", "4", "9"), 7),
    # Bedouin plot applicants, Be'er Sheva office (Arabic)
    "bd_full261": lambda p, c: _bd_full(p),
    "tribe261": lambda p, c: f"عشيرة {_pick(p, _BD_TRIBES, 2)}",
    "village261": lambda p, c: _pick(p, _BD_VILLAGES, 5),
    "bd_town261": lambda p, c: _pick(p, _BD_TOWNS, 6),
    "lot_no261": lambda p, c: f"{100 + _num(p, 800)}/{_pick(p, ('א', 'ب', '3'), 7)}",
    "wives261": lambda p, c: _pick(p, ("1", "1", "2", "1", "3"), 8),
    "children261": lambda p, c: _num(p, 11) - 1,
    "phone_bd261": lambda p, c: _mobile(p, ("0", "2", "4", "8"), 9),
}
