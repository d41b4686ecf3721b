"""How the people of the hundred-and-sixty-second part of the outside corpus (**blind 162**,
:mod:`lienthong.quality._corpus_blind162`) are written: four Vietnamese files' own columns (PrEP
clients of a district health centre, growers certified VietGAP, children signed up for a
residential quarter's summer activities, people handing weapons and explosives in to the commune
police) and Kurdish, Lebanese, Syrian, Palestinian and Omani names, places, phones and numbers in
the forms their registers show (the Iraqi national card in twelve digits, the Iraqi IBAN with its
mod-97 check digits, the Lebanese identity card beside the civil registry number and its place,
the Syrian eleven-digit national number, the Palestinian identity number ending in its Luhn
digit, the Omani civil number without a check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind19_writers import (
    _LB_FAMILY,
    _LB_FATHERS,
    _LB_GIVEN_F,
    _LB_GIVEN_M,
    _LB_MOTHERS,
)
from lienthong.quality._corpus_blind23_writers import (
    _SY_FAMILY,
    _SY_FATHERS,
    _SY_GIVEN_F,
    _SY_GIVEN_M,
    _SY_MOTHERS,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind29_writers import _PS_FATHERS
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind48_writers import (
    _KU_FATHERS,
    _KU_GIVEN_F,
    _KU_GIVEN_M,
    _KU_MOTHERS,
    _KU_PLACES,
)
from lienthong.quality._corpus_blind127_writers import (
    _AR_FATHERS,
    _AR_GIVEN_F,
    _AR_GIVEN_M,
    _PS_FAMILY,
    _nine,
)
from lienthong.quality._corpus_blind135_writers import _AR_FATHERS as _GULF_FATHERS
from lienthong.quality._corpus_blind135_writers import _AR_GIVEN_F as _GULF_GIVEN_F
from lienthong.quality._corpus_blind135_writers import _AR_GIVEN_M as _GULF_GIVEN_M
from lienthong.quality._corpus_blind135_writers import _OM_FAMILY, _OM_PLACES

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: PrEP clients of a district health centre -------------------------------------------
_VN_PREP_GROUPS = ("MSM", "TG", "Bạn tình người có HIV", "MSM", "Người bán dâm", "TCMT (PWID)")
_VN_PREP_REGIMENS = ("Hằng ngày TDF/FTC", "Tình huống 2-1-1", "Hằng ngày TDF/3TC")
_VN_PREP_HIV = ("Âm tính", "Âm tính", "Âm tính (test nhanh)", "Chưa XN lại")
_VN_PREP_SOURCES = ("CBO Ánh Sáng Sao", "Tiếp cận cộng đồng", "Tự đến", "Tư vấn qua Zalo",
                    "Bạn bè giới thiệu")  # fmt: skip
# -- Vietnam: growers certified VietGAP ----------------------------------------------------------
_VN_COOPS = ("HTX NN Thanh Bình", "THT rau an toàn Tân Lập", "HTX DV NN Phú Xuân", "Hộ độc lập")
_VN_CROPS = ("Bưởi da xanh", "Sầu riêng Ri6", "Rau cải các loại", "Thanh long ruột đỏ",
             "Chè búp tươi", "Lúa ST25")  # fmt: skip
_VN_CERT_BODIES = (
    "QUATEST 3",
    "Vinacert",
    "QUACERT",
    "Chi cục TT&BVTV tỉnh",
    "Trung tâm KT TCĐLCL 1",
)
# -- Vietnam: children's summer activities in a residential quarter ------------------------------
_VN_SCHOOLS = ("TH Lê Văn Tám", "THCS Nguyễn Du", "TH Kim Đồng", "THCS Trần Quốc Toản",
               "TH Nguyễn Thái Sơn")  # fmt: skip
_VN_CLASSES = ("3/1", "4/2", "5/3", "6A1", "7A4", "8/2")
_VN_TALENTS = ("Bơi lội", "Vẽ tranh", "Võ Vovinam", "Cờ vua", "Múa", "Bóng đá mini",
               "Tiếng Anh giao tiếp")  # fmt: skip
_VN_FEES = ("Đã đóng", "Đã đóng", "Miễn (hộ nghèo)", "Chưa đóng")
# -- Vietnam: weapons, explosives and support tools handed in -------------------------------------
_VN_WEAPONS = ("Súng hơi tự chế", "Kíp nổ", "Dao, kiếm (mã tấu)", "Đạn AK (viên)",
               "Pháo nổ tự chế", "Súng bắn điện", "Lựu đạn (chiến tranh để lại)")  # fmt: skip
_VN_ORIGINS = ("Tự chế", "Nhặt được khi làm rẫy", "Mua trên mạng", "Gia đình cất giữ từ lâu",
               "Không rõ nguồn gốc")  # fmt: skip
# -- Kurdistan Region: civil servants' salaries paid through "My Account" ------------------------
_KU_MINISTRIES = (
    "وەزارەتی پەروەردە",
    "وەزارەتی تەندروستی",
    "وەزارەتی ناوخۆ",
    "وەزارەتی کشتوکاڵ و سەرچاوەکانی ئاو",
    "وەزارەتی شارەوانی و گەشتوگوزار",
)
_KU_WORKPLACES = ("قوتابخانەی بنەڕەتی ئازادی", "نەخۆشخانەی فریاکەوتنی هەولێر",
                  "بەڕێوەبەرایەتی پەروەردەی ڕانیە", "نەخۆشخانەی شار - سلێمانی",
                  "فەرمانگەی شارەوانی کۆیە")  # fmt: skip
_KU_GRADES = ("پلەی ٤ قۆناغی ٣", "پلەی ٦ قۆناغی ١", "پلەی ٧ قۆناغی ٤", "پلەی ٨ قۆناغی ٥")
_KU_BANKS = (("بانکی کوردستانی نێودەوڵەتی", "KIBI"), ("بانکی RT", "RTBK"),
             ("جیهان بانک", "CIHN"), ("بانکی ڕافیدەین", "RAFB"))  # fmt: skip
_KU_GRANDFATHERS = ("قادر", "حسێن", "سەعید", "مستەفا", "ئیبراهیم", "سلێمان")
# -- Lebanon: the Ministry of Social Affairs' personal disability card ---------------------------
_LB162_PLACES = (
    ("بيروت, الطريق الجديدة, شارع عفيف الطيبي, بناية الحلبي, ط 2", "بيروت"),
    ("صيدا, حي البراد, شارع الدكرمان", "صيدا"),
    ("طرابلس, أبي سمراء, مشروع الحريري, بناية 4", "طرابلس"),
    ("جبيل, حي الصبيح, شارع مار يوحنا", "جبيل"),
    ("النبطية, حي البياض, قرب الحسينية", "النبطية"),
    ("زحلة, حوش الزراعنة, شارع الراسي", "زحلة"),
)
_LB_QAYD162 = ("المزرعة", "صيدا", "طرابلس - الزاهرية", "جبيل", "النبطية التحتا", "زحلة - المعلقة")
_LB_DISABILITY = ("إعاقة حركية / Motrice", "إعاقة بصرية / Visuelle", "إعاقة سمعية / Auditive",
                  "إعاقة عقلية / Intellectuelle", "إعاقة حركية / Motrice")  # fmt: skip
_LB_SDC = ("مركز الخدمات الإنمائية - الطريق الجديدة", "مركز الخدمات الإنمائية - صيدا",
           "مركز الخدمات الإنمائية - القبة", "مركز الخدمات الإنمائية - جبيل")  # fmt: skip
# -- Syria: free candidates for the secondary school certificate ----------------------------------
#: (governorate, national number prefix, address)
_SY162_PLACES = (
    ("دمشق", "01", "دمشق, المزة, شارع الجلاء, بناء 14"),
    ("حلب", "02", "حلب, حي الفرقان, جادة 5"),
    ("حمص", "03", "حمص, حي الإنشاءات, شارع البرازيل"),
    ("حماة", "05", "حماة, حي الشريعة, جانب جامع السرجاوي"),
    ("اللاذقية", "06", "اللاذقية, حي الزراعة, شارع 8 آذار"),
    ("طرطوس", "07", "طرطوس, الكورنيش البحري, بناء الحايك"),
    ("ريف دمشق", "11", "جرمانا, ساحة الرئيس, بناء 3"),
)
_SY_BRANCHES = ("علمي", "أدبي", "علمي", "مهني - صناعي", "شرعي")
_SY_CENTRES = ("ثانوية جودت الهاشمي", "ثانوية المأمون", "ثانوية عبد الرحمن الكواكبي",
               "ثانوية الباسل للمتفوقين", "ثانوية جول جمال")  # fmt: skip
# -- Palestine: the Central Elections Commission's voter register ---------------------------------
#: (governorate, locality, polling centre)
_PS162_PLACES = (
    ("رام الله والبيرة", "البيرة", "مدرسة البيرة الثانوية للبنين"),
    ("الخليل", "دورا", "مدرسة دورا الأساسية"),
    ("نابلس", "نابلس", "مدرسة قدري طوقان الثانوية"),
    ("بيت لحم", "بيت ساحور", "مدرسة بيت ساحور الثانوية"),
    ("جنين", "قباطية", "مدرسة قباطية الثانوية للبنات"),
    ("طولكرم", "عنبتا", "مدرسة عنبتا الأساسية المختلطة"),
)
# -- Oman: the Ministry of Housing's residential land applications --------------------------------
_OM_MARITAL = ("متزوج / Married", "أعزب / Single", "متزوج / Married", "أرملة / Widow")
_OM_KINDS = ("سكنية", "سكنية", "سكنية تجارية", "زراعية")
_OM_STATUS = ("قيد الانتظار", "تم التخصيص", "قيد الانتظار", "مستوفي الشروط", "مرفوض - يملك أرضا")


def _place(p: Person, places: tuple[_T, ...], salt: int = 13) -> _T:
    return places[int(p.bhxh) // salt % len(places)]


def _later(p: Person, days: int) -> date:
    return p.other_date + timedelta(days=days)


def _iq_nid(p: Person) -> str:
    """An Iraqi unified national card number: twelve digits, the first 1 for a man, 2 for a
    woman, then the year of birth and a serial."""
    return f"{1 if p.male else 2}{p.birth:%Y}{p.bhxh[3:10]}"


def _iq_iban(p: Person) -> str:
    """An Iraqi IBAN (23 characters: IQ, two mod-97 check digits, the bank's four letters, a
    three-digit branch, a twelve-digit account), in groups of four."""
    bank = _place(p, _KU_BANKS, 7)[1]
    bban = f"{bank}{_num(p, 850) + 100:03d}{p.bhxh}{p.phone[-2:]}"
    digits = "".join(str(int(ch, 36)) for ch in f"{bban}IQ00")
    full = f"IQ{98 - int(digits) % 97:02d}{bban}"
    return " ".join(full[i : i + 4] for i in range(0, len(full), 4))


def _ku_addr(p: Person) -> str:
    _gov, city, hood = _place(p, _KU_PLACES)
    return f"{hood}, کۆڵانی {_num(p, 40)}, خانووی {_num(p, 90)}, {city}"


def _sy_place(p: Person) -> _T:
    return _place(p, _SY162_PLACES, 11)


def _ps_place(p: Person) -> _T:
    return _place(p, _PS162_PLACES, 11)


def _ps_name(p: Person) -> str:
    given = _by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1)
    return (
        f"{given} {_pick(p, _AR_FATHERS, 3)} {_pick(p, _PS_FATHERS, 5)} {_pick(p, _PS_FAMILY, 2)}"
    )


def _om_name(p: Person) -> str:
    link = "بن" if p.male else "بنت"
    given = _by_sex(p, _GULF_GIVEN_M, _GULF_GIVEN_F, 1)
    father, grand = _pick(p, _GULF_FATHERS, 3), _pick(p, _GULF_FATHERS, 6)
    return f"{given} {link} {father} بن {grand} {_pick(p, _OM_FAMILY, 2)}"


def _om_place(p: Person) -> _T:
    return _place(p, _OM_PLACES, 9)


def _arabic_sex(p: Person) -> str:
    return "ذكر" if p.male else "أنثى"


WRITERS_BLIND162: dict[str, Callable[[Person, Col], object]] = {
    # PrEP clients
    "prep_code162": lambda p, c: f"79760-PrEP-{p.bhxh[-5:]}",
    "prep_group162": lambda p, c: _pick(p, _VN_PREP_GROUPS, 2),
    "prep_regimen162": lambda p, c: _pick(p, _VN_PREP_REGIMENS, 3),
    "prep_creat162": lambda p, c: f"{58 + _num(p, 50)}",
    "prep_hiv162": lambda p, c: _pick(p, _VN_PREP_HIV, 4),
    "prep_next162": lambda p, c: f"{_later(p, 30 * (1 + _num(p, 3))):%d/%m/%Y}",
    "prep_source162": lambda p, c: _pick(p, _VN_PREP_SOURCES, 5),
    # VietGAP growers
    "vg_coop162": lambda p, c: _pick(p, _VN_COOPS, 2),
    "vg_crop162": lambda p, c: _pick(p, _VN_CROPS, 3),
    "vg_area162": lambda p, c: f"{_num(p, 300) / 100:.2f}".replace(".", ","),
    "vg_plot162": lambda p, c: f"Thửa {_num(p, 400)}, tờ BĐ số {_num(p, 40)}, ấp {_num(p, 7)}",
    "vg_yield162": lambda p, c: f"{_num(p, 80)}",
    "vg_cert162": lambda p, c: f"VietGAP-TT-{p.other_date:%y}-{_num(p, 20):02d}-79-{p.bhxh[-4:]}",
    "vg_body162": lambda p, c: _pick(p, _VN_CERT_BODIES, 4),
    "vg_expiry162": lambda p, c: f"{_shift_date(p.other_date, 3):%d/%m/%Y}",
    # children's summer activities
    "kid_school162": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "kid_class162": lambda p, c: _pick(p, _VN_CLASSES, 3),
    "kid_parent162": lambda p, c: _other_vn(p, 5),
    "kid_parent_phone162": lambda p, c: _other_phone(p, "09"),
    "kid_team162": lambda p, c: f"Chi đội KP {_num(p, 9)}",
    "kid_talent162": lambda p, c: _pick(p, _VN_TALENTS, 4),
    "kid_fee162": lambda p, c: _pick(p, _VN_FEES, 5),
    # weapons and explosives handed in
    "wp_kind162": lambda p, c: _pick(p, _VN_WEAPONS, 2),
    "wp_qty162": lambda p, c: f"{_num(p, 12)}",
    "wp_origin162": lambda p, c: _pick(p, _VN_ORIGINS, 3),
    "wp_case162": lambda p, c: f"{_num(p, 150):02d}/BB-CAX",
    "wp_officer162": lambda p, c: f"Thiếu úy {_other_vn(p, 8, male=True)}",
    # Kurdistan Region: salaries through "My Account"
    "ku_name162": lambda p, c: (
        f"{_by_sex(p, _KU_GIVEN_M, _KU_GIVEN_F, 1)} {_pick(p, _KU_FATHERS, 2)}"
        f" {_pick(p, _KU_GRANDFATHERS, 3)}"
    ),
    "ku_mother162": lambda p, c: _pick(p, _KU_MOTHERS, 4),
    "ku_nid162": lambda p, c: _iq_nid(p),
    "ku_bio162": lambda p, c: f"KRG-{p.bhxh[:7]}",
    "ku_sex162": lambda p, c: "نێر" if p.male else "مێ",
    "ku_ministry162": lambda p, c: _pick(p, _KU_MINISTRIES, 5),
    "ku_workplace162": lambda p, c: _pick(p, _KU_WORKPLACES, 6),
    "ku_grade162": lambda p, c: _pick(p, _KU_GRADES, 7),
    "ku_salary162": lambda p, c: f"{(400 + _num(p, 90) * 10) * 1000:,}",
    "ku_bank162": lambda p, c: _place(p, _KU_BANKS, 7)[0],
    "ku_iban162": lambda p, c: _iq_iban(p),
    "ku_phone162": lambda p, c: (
        f"07{_pick(p, ('50', '51', '70', '73', '80'), 8)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "ku_addr162": lambda p, c: _ku_addr(p),
    "ku_gov162": lambda p, c: _place(p, _KU_PLACES)[0],
    "ku_hired162": lambda p, c: f"{_shift_date(p.other_date, -3 - _num(p, 20)):%Y/%m/%d}",
    # Lebanon: personal disability card
    "lb_card162": lambda p, c: f"{p.bhxh[-6:]}/م.ش",
    "lb_given162": lambda p, c: _by_sex(p, _LB_GIVEN_M, _LB_GIVEN_F, 1),
    "lb_family162": lambda p, c: _pick(p, _LB_FAMILY, 2),
    "lb_father162": lambda p, c: _pick(p, _LB_FATHERS, 3),
    "lb_mother162": lambda p, c: _pick(p, _LB_MOTHERS, 4),
    "lb_pob162": lambda p, c: _place(p, _LB162_PLACES, 5)[1],
    "lb_sijil162": lambda p, c: f"{_num(p, 600)}",
    "lb_qayd162": lambda p, c: _pick(p, _LB_QAYD162, 6),
    "lb_id162": lambda p, c: f"000{p.bhxh[:9]}",
    "lb_sex162": lambda p, c: "ذكر / M" if p.male else "أنثى / F",
    "lb_dis162": lambda p, c: _pick(p, _LB_DISABILITY, 7),
    "lb_addr162": lambda p, c: _place(p, _LB162_PLACES)[0],
    "lb_phone162": lambda p, c: (
        f"{_pick(p, ('03', '70', '71', '76', '81'), 8)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "lb_sdc162": lambda p, c: _pick(p, _LB_SDC, 9),
    # Syria: free candidates for the secondary certificate
    "sy_nid162": lambda p, c: f"{_sy_place(p)[1]}{p.bhxh[1:10]}",
    "sy_given162": lambda p, c: _by_sex(p, _SY_GIVEN_M, _SY_GIVEN_F, 1),
    "sy_family162": lambda p, c: _pick(p, _SY_FAMILY, 2),
    "sy_father162": lambda p, c: _pick(p, _SY_FATHERS, 3),
    "sy_mother162": lambda p, c: _pick(p, _SY_MOTHERS, 4),
    "sy_pob162": lambda p, c: _place(p, _SY162_PLACES, 5)[0],
    "sy_sex162": lambda p, c: _arabic_sex(p),
    "sy_branch162": lambda p, c: _pick(p, _SY_BRANCHES, 6),
    "sy_gov162": lambda p, c: _sy_place(p)[0],
    "sy_addr162": lambda p, c: _sy_place(p)[2],
    "sy_phone162": lambda p, c: (
        f"09{_pick(p, ('3', '4', '5', '6', '8', '9'), 7)}{p.phone[3]} {p.phone[4:7]} {p.phone[7:]}"
    ),
    "sy_seat162": lambda p, c: f"{_num(p, 90_000) + 100_000}",
    "sy_centre162": lambda p, c: f"{_pick(p, _SY_CENTRES, 8)} - {_sy_place(p)[0]}",
    # Palestine: voter register
    "ps_id162": lambda p, c: _nine(p, _pick(p, ("4", "9", "8", "4"), 4), 2),
    "ps_name162": lambda p, c: _ps_name(p),
    "ps_sex162": lambda p, c: _arabic_sex(p),
    "ps_gov162": lambda p, c: _ps_place(p)[0],
    "ps_town162": lambda p, c: _ps_place(p)[1],
    "ps_centre162": lambda p, c: _ps_place(p)[2],
    "ps_station162": lambda p, c: f"{_num(p, 9)}",
    "ps_phone162": lambda p, c: (
        f"+970 5{_pick(p, ('99', '98', '97', '69', '68'), 5)} {p.phone[4:7]} {p.phone[7:]}"
    ),
    "ps_note162": lambda p, c: _pick(p, ("", "", "تغيير عنوان", "تسجيل جديد", "تصحيح اسم"), 6),
    # Oman: residential land applications
    "om_app162": lambda p, c: f"{p.other_date:%Y}/{p.bhxh[-6:]}",
    "om_civil162": lambda p, c: f"{int(p.bhxh[1:9]) % 19_000_000 + 1_000_000}",
    "om_name162": lambda p, c: _om_name(p),
    "om_sex162": lambda p, c: "ذكر / M" if p.male else "أنثى / F",
    "om_marital162": lambda p, c: _pick(p, _OM_MARITAL, 3),
    "om_gov162": lambda p, c: _om_place(p)[1],
    "om_wilayat162": lambda p, c: _om_place(p)[0],
    "om_village162": lambda p, c: _om_place(p)[2],
    "om_phone162": lambda p, c: f"+968 9{p.phone[3:6]} {p.phone[6:10]}",
    "om_kind162": lambda p, c: _pick(p, _OM_KINDS, 4),
    "om_plan162": lambda p, c: f"مخطط {_om_place(p)[0]} السكني - المرحلة {_num(p, 5)}",
    "om_plot162": lambda p, c: f"{_num(p, 900)}",
    "om_status162": lambda p, c: _pick(p, _OM_STATUS, 5),
}
