"""How the people of the two hundred and eleventh part of the outside corpus (**blind 211**,
:mod:`lienthong.quality._corpus_blind211`) are written: four Vietnamese files' own columns (cattle
killed by a cold spell, a platelet donor's group and count, an internet-game shop and its
certificate, a fishing boat's registration, trips and fuel support) and Lebanese, Kurdish,
Syrian, Palestinian and Israeli names, addresses, phones and identity numbers in the forms their
cards show (the Palestinian identity number's and the teudat zehut's check digit, which is the
Luhn digit over the first eight)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HAMLETS = (
    "Thon Na Hang, xa Hong Thai, tinh Tuyen Quang",
    "Ban Lung Cu, xa Lung Cu, tinh Tuyen Quang",
    "Thon Sin Chai, xa Ta Phin, tinh Lao Cai",
    "Ban Khuoi Coong, xa Bang Thanh, tinh Thai Nguyen",
    "Thon Lung Pu, xa Meo Vac, tinh Tuyen Quang",
)
_VN_ANIMALS = ("Trâu", "Bò", "Bê", "Nghé", "Trâu", "Bò")
_VN_ABO = ("O+", "A+", "B+", "AB+", "O+", "B+", "A-")
_VN_SITES = (
    "Viện HH-TM Trung ương",
    "BV Truyền máu Huyết học TP.HCM",
    "Trung tâm Truyền máu Chợ Rẫy",
    "Điểm hiến máu 132 Hàm Nghi",
)
_VN_SHOPS = ("Game Net Rồng Xanh", "Cyber Phúc Lộc", "Internet Hải Âu", "Game Center 24h")
_VN_SHOP_STREETS = ("Lê Văn Sỹ", "Trần Hưng Đạo", "Nguyễn Trãi", "Phan Đăng Lưu", "Âu Cơ")
_VN_RESULTS = (
    "Đạt",
    "Đạt - nhắc nhở giờ đóng cửa",
    "Không đạt - có HS dưới 18t sau 22h",
    "Đạt",
)
_LB_FAMILY = ("حداد", "خوري", "عون", "الحسيني", "نصر الله", "فرنجية", "شمعون", "سلامة")
_LB_GIVEN_M = ("جورج", "محمد", "علي", "إيلي", "طوني", "حسن", "ميشال")
_LB_GIVEN_F = ("ريتا", "فاطمة", "نادين", "زينب", "كارلا", "مايا", "هلا")
_LB_PLACES = (
    ("بيروت, الأشرفية, شارع مار مخايل", "بيروت - الأشرفية"),
    ("المتن, جديدة المتن, شارع البولفار", "المتن - الجديدة"),
    ("صيدا, حي الست نفيسة", "صيدا - 12"),
    ("زحلة, حوش الأمراء, الشارع العام", "زحلة - 45"),
    ("طرابلس, الميناء, شارع ابن سينا", "طرابلس - 201"),
)
_KRD_GIVEN_M = ("ئازاد", "هێمن", "کاروان", "دلێر", "ڕێباز", "شوان")
_KRD_GIVEN_F = ("ژیان", "شیلان", "ڕۆژان", "نازەنین", "هاوژین", "کوێستان")
_KRD_PLACES = (
    ("گوندی قوشتەپە", "قوشتەپە", "هەولێر"),
    ("گوندی بنەسڵاوە", "هەولێر", "هەولێر"),
    ("گوندی سەیدسادق", "شارەزوور", "سلێمانی"),
    ("گوندی بازیان", "چەمچەماڵ", "سلێمانی"),
    ("گوندی سێمێل", "سێمێل", "دهۆک"),
)
_KRD_SILOS = ("سایلۆی هەولێر", "سایلۆی مەخموور", "سایلۆی سلێمانی", "سایلۆی دهۆک")
_SY_FAMILY = ("الأحمد", "الخطيب", "حمدان", "العلي", "السيد", "قباني", "الحلبي")
_SY_GIVEN_M = ("أحمد", "محمد", "سامر", "يزن", "عمر", "باسل", "غيث")
_SY_GIVEN_F = ("رهف", "سلمى", "نور", "لين", "ريم", "هبة", "آية")
_SY_PLACES = (
    ("دمشق", "دمشق, المزة, شارع الجلاء", "01"),
    ("ريف دمشق", "ريف دمشق, جرمانا, ساحة السيوف", "02"),
    ("حمص", "حمص, الإنشاءات, شارع الحضارة", "05"),
    ("اللاذقية", "اللاذقية, الزراعة, شارع الثورة", "06"),
    ("درعا", "درعا, درعا المحطة, حي الكاشف", "12"),
    ("السويداء", "السويداء, شهبا, الحارة الغربية", "13"),
)
_SY_FACULTIES = ("الطب البشري", "الهندسة المعلوماتية", "الحقوق", "الآداب - قسم اللغة الإنكليزية")
_PS_FAMILY = ("أبو عيشة", "الشريف", "عودة", "حمايل", "البرغوثي", "زيدان", "دويكات")
_PS_GIVEN_M = ("محمود", "خالد", "يوسف", "إبراهيم", "عماد", "رامي", "سائد")
_PS_GIVEN_F = ("سماح", "رنا", "منى", "هالة", "دعاء", "إسراء", "ولاء")
_PS_PLACES = (
    ("الخليل", "بيت أمر"),
    ("نابلس", "مخيم بلاطة"),
    ("جنين", "قباطية"),
    ("رام الله والبيرة", "بيرزيت"),
    ("طولكرم", "عنبتا"),
    ("بيت لحم", "الخضر"),
)
_PS_TRADES = ("عامل بناء", "بليط", "حداد مسلح", "عامل زراعة", "نجار قوالب")
_PS_CROSSINGS = ("معبر الظاهرية (ميتار)", "معبر الطيبة", "معبر قلنديا", "معبر الجلمة")
_IL_FAMILY = ("כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "אזולאי")
_IL_GIVEN_M = ("נועם", "איתי", "אריאל", "יונתן", "עומרי", "דוד")
_IL_GIVEN_F = ("נועה", "תמר", "מאיה", "שירה", "אביגיל", "יעל")
_IL_PLACES = (
    ("הרצל 12", "רחובות", "7626112"),
    ("ויצמן 45 דירה 3", "כפר סבא", "4435045"),
    ("שדרות בן גוריון 8", "באר שבע", "8430108"),
    ("הנביאים 21", "ירושלים", "9510221"),
    ("סוקולוב 77", "חולון", "5832177"),
)
_IL_GANS = ("גן חצב", "גן רקפת", "גן כלנית", "גן דקל", "גן שקד")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _id9(p: Person, first: str) -> str:
    """A 9-digit Israeli or Palestinian identity number: eight digits and the check digit
    (digits weighted 1,2,1,2… with the tens folded, which is the Luhn digit)."""
    return _luhn(f"{first}{p.bhxh[1:8]}")


def _lb_id(p: Person) -> str:
    """A Lebanese identity card number as the card prints it: twelve digits, no check digit."""
    return f"{p.bhxh[::-1]}{p.bhxh[3:5]}"


def _sy_number(p: Person) -> str:
    """A Syrian national number: eleven digits, the governorate's code first."""
    return f"{_place(p, _SY_PLACES)[2]}{p.bhxh[1:10]}"


def _ps_full(p: Person) -> str:
    given = _by_sex(p, _PS_GIVEN_M, _PS_GIVEN_F, 1)
    return (
        f"{given} {_pick(p, _PS_GIVEN_M, 3)} {_pick(p, _PS_GIVEN_M, 4)} {_pick(p, _PS_FAMILY, 2)}"
    )


WRITERS_BLIND211: dict[str, Callable[[Person, Col], object]] = {
    "hamlet_addr211": lambda p, c: _pick(p, _VN_HAMLETS, 1),
    "animal211": lambda p, c: _pick(p, _VN_ANIMALS, 2),
    "dead211": lambda p, c: 1 + _num(p, 3),
    "age211": lambda p, c: 6 + _num(p, 90),
    "aid211": lambda p, c: f"{(6 + _num(p, 15)) * 1_000_000:,}".replace(",", "."),
    "vet211": lambda p, c: f"Nguyen Van {_pick(p, ('Tuan', 'Hung', 'Long', 'Quang'), 4)}",
    "sign211": lambda p, c: "",
    "donor211": lambda p, c: f"TC{p.bhxh[-6:]}",
    "abo211": lambda p, c: _pick(p, _VN_ABO, 3),
    "times211": lambda p, c: 1 + _num(p, 40),
    "plt211": lambda p, c: 150 + _num(p, 250),
    "site211": lambda p, c: _pick(p, _VN_SITES, 4),
    "shop211": lambda p, c: _pick(p, _VN_SHOPS, 2),
    "shop_addr211": lambda p, c: f"{10 + _num(p, 400)} {_pick(p, _VN_SHOP_STREETS, 3)}",
    "licence211": lambda p, c: f"{_num(p, 90) + 1:02d}/GCN-TCĐT",
    "machines211": lambda p, c: 20 + _num(p, 60),
    "inspector211": lambda p, c: _other_vn(p, 5),
    "result211": lambda p, c: _pick(p, _VN_RESULTS, 6),
    "boat211": lambda p, c: f"QNg-{90000 + int(p.bhxh[-4:])}-TS",
    "power211": lambda p, c: 400 + _num(p, 600),
    "trips211": lambda p, c: 1 + _num(p, 6),
    "captain211": lambda p, c: _other_vn(p, 7, male=True),
    "crew211": lambda p, c: 8 + _num(p, 30),
    "fuel_aid211": lambda p, c: f"{(30 + _num(p, 90)) * 1_000_000:,}",
    "lb_given211": lambda p, c: _by_sex(p, _LB_GIVEN_M, _LB_GIVEN_F, 1),
    "lb_family211": lambda p, c: _pick(p, _LB_FAMILY, 2),
    "lb_father211": lambda p, c: _pick(p, _LB_GIVEN_M, 3),
    "lb_mother211": lambda p, c: f"{_pick(p, _LB_GIVEN_F, 4)} {_pick(p, _LB_FAMILY, 5)}",
    "id_lb211": lambda p, c: _lb_id(p),
    "qaid_lb211": lambda p, c: _place(p, _LB_PLACES)[1],
    "addr_lb211": lambda p, c: (
        f"{_place(p, _LB_PLACES)[0]}, بناية {_pick(p, _LB_FAMILY, 6)}, الطابق {1 + _num(p, 8)}"
    ),
    "phone_lb211": lambda p, c: (
        f"{_pick(p, ('03', '70', '71', '76', '81'), 7)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "amps_lb211": lambda p, c: _pick(p, ("5", "10", "15", "20"), 8),
    "owner_lb211": lambda p, c: f"مولدات {_pick(p, _LB_FAMILY, 9)}",
    "card_krd211": lambda p, c: f"1990{p.bhxh[2:10]}" if p.birth.year < 1990 else f"20{p.bhxh}",
    "krd_full211": lambda p, c: (
        f"{_by_sex(p, _KRD_GIVEN_M, _KRD_GIVEN_F, 1)}"
        f" {_pick(p, _KRD_GIVEN_M, 2)} {_pick(p, _KRD_GIVEN_M, 3)}"
    ),
    "krd_mother211": lambda p, c: f"{_pick(p, _KRD_GIVEN_F, 4)} {_pick(p, _KRD_GIVEN_M, 5)}",
    "sex_krd211": lambda p, c: "نێر" if p.male else "مێ",
    "village_krd211": lambda p, c: _place(p, _KRD_PLACES)[0],
    "qaza_krd211": lambda p, c: _place(p, _KRD_PLACES)[1],
    "gov_krd211": lambda p, c: _place(p, _KRD_PLACES)[2],
    "phone_krd211": lambda p, c: (
        f"07{_pick(p, ('50', '51', '70', '71'), 6)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "silo_krd211": lambda p, c: _pick(p, _KRD_SILOS, 7),
    "tons_krd211": lambda p, c: f"{5 + _num(p, 60)}.{_num(p, 10)}",
    "iqd_krd211": lambda p, c: f"{(5 + _num(p, 60)) * 560_000:,}",
    "nn_sy211": lambda p, c: _sy_number(p),
    "sy_given211": lambda p, c: _by_sex(p, _SY_GIVEN_M, _SY_GIVEN_F, 1),
    "sy_family211": lambda p, c: _pick(p, _SY_FAMILY, 2),
    "sy_father211": lambda p, c: _pick(p, _SY_GIVEN_M, 3),
    "sy_mother211": lambda p, c: _pick(p, _SY_GIVEN_F, 4),
    "sy_pob211": lambda p, c: _pick(p, ("دمشق", "حلب", "حماة", "طرطوس", "دير الزور"), 5),
    "sex_sy211": lambda p, c: "ذكر" if p.male else "أنثى",
    "gov_sy211": lambda p, c: _place(p, _SY_PLACES)[0],
    "addr_sy211": lambda p, c: _place(p, _SY_PLACES)[1],
    "faculty_sy211": lambda p, c: _pick(p, _SY_FACULTIES, 6),
    "year_sy211": lambda p, c: _pick(p, ("الأولى", "الثانية", "الثالثة", "الرابعة"), 7),
    "room_sy211": lambda p, c: f"الوحدة {1 + _num(p, 21)} / غرفة {100 + _num(p, 300)}",
    "phone_sy211": lambda p, c: f"09{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}",
    "id_ps211": lambda p, c: _id9(p, _pick(p, ("4", "8", "9"), 1)),
    "ps_full211": lambda p, c: _ps_full(p),
    "gov_ps211": lambda p, c: _place(p, _PS_PLACES)[0],
    "town_ps211": lambda p, c: _place(p, _PS_PLACES)[1],
    "phone_ps211": lambda p, c: f"05{_pick(p, ('99', '97', '69', '68'), 5)}-{p.phone[4:10]}",
    "trade_ps211": lambda p, c: _pick(p, _PS_TRADES, 6),
    "employer_ps211": lambda p, c: _pick(p, ("שיכון ובינוי", "אלקטרה בנייה", "משק כהן"), 7),
    "crossing_ps211": lambda p, c: _pick(p, _PS_CROSSINGS, 8),
    "permit_ps211": lambda p, c: f"{p.bhxh[-8:]}",
    "tz_il211": lambda p, c: _id9(p, _pick(p, ("3", "2", "0"), 2)),
    "il_family211": lambda p, c: _pick(p, _IL_FAMILY, 2),
    "il_given211": lambda p, c: _by_sex(p, _IL_GIVEN_M, _IL_GIVEN_F, 1),
    "il_child_birth211": lambda p, c: (
        f"{_safe_day(2021 + p.birth.year % 2, p.birth.month, p.birth.day):%d/%m/%Y}"
    ),
    "sex_il211": lambda p, c: "ז" if p.male else "נ",
    "il_parent211": lambda p, c: f"{_pick(p, _IL_GIVEN_F, 3)} {_pick(p, _IL_FAMILY, 2)}",
    "tz_parent_il211": lambda p, c: _luhn(f"0{p.bhxh[::-1][:7]}"),
    "street_il211": lambda p, c: _place(p, _IL_PLACES)[0],
    "town_il211": lambda p, c: _place(p, _IL_PLACES)[1],
    "mikud_il211": lambda p, c: _place(p, _IL_PLACES)[2],
    "phone_il211": lambda p, c: f"05{_pick(p, ('0', '2', '3', '4', '8'), 4)}-{p.phone[3:10]}",
    "gan_il211": lambda p, c: _pick(p, _IL_GANS, 5),
}
