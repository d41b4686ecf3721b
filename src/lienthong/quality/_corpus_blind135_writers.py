"""How the people of the hundred-and-thirty-fifth part of the outside corpus (**blind 135**,
:mod:`lienthong.quality._corpus_blind135`) are written: four Vietnamese files' own columns (a
people's credit fund member's capital and loan, a seasonal worker's Korean host district and
deposit, a household's new electricity connection, a worker's unpaid wages) and Emirati, Qatari,
Bahraini, Omani and Yemeni names, addresses, phones and identity numbers in the forms their cards
show (the Emirates ID ``784-YYYY-NNNNNNN-C`` with its Luhn digit, the 11-digit QID with its
century digit, birth year and nationality code, the 9-digit CPR, the Omani civil number, the
Yemeni national number)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_KR_PLACES = (
    "Huyện Yanggu, Gangwon",
    "Huyện Inje, Gangwon",
    "Huyện Goesan, Chungbuk",
    "TP. Yeongcheon, Gyeongbuk",
    "Huyện Haenam, Jeonnam",
)
_VN_REL = ("Bố đẻ", "Mẹ đẻ", "Vợ", "Chồng", "Anh trai", "Chị gái")
_VN_TBA = ("TBA Đông Hòa 3", "TBA Thôn 5 Ea Tu", "TBA KDC Phú Lợi", "TBA Tân Lập 2")
_VN_PURPOSE = ("Sinh hoạt", "Sinh hoạt", "Sinh hoạt + KD nhỏ", "Sinh hoạt (nhà trọ)")
_VN_ESTATUS = ("Đã treo công tơ", "Chờ khảo sát", "Đã ký HĐMBĐ", "Vướng hành lang lưới")
_VN_FIRMS = (
    ("Cty TNHH May mặc Phú Thịnh", "Lô C5 KCN Đồng An, TP. Thuận An, Bình Dương"),
    ("Cty CP Giày da Hưng Phát", "KCN Tân Tạo, Phường Tân Tạo A, TP. Hồ Chí Minh"),
    ("Cty TNHH Gỗ nội thất Đại Việt", "Cụm CN Tân Uyên, Phường Uyên Hưng, Bình Dương"),
)
_VN_SI_STATUS = ("Nợ BHXH từ 03/2024", "Đã chốt sổ", "Chưa chốt sổ", "Nợ BHXH 14 tháng")
_AR_GIVEN_M = ("محمد", "أحمد", "سعيد", "راشد", "خليفة", "حمد", "علي", "عبدالله", "سالم")
_AR_GIVEN_F = ("مريم", "فاطمة", "عائشة", "شيخة", "موزة", "نورة", "حصة", "آمنة", "أمل")
_AR_FATHERS = ("سالم", "جاسم", "مبارك", "يوسف", "ناصر", "حسن", "عبدالرحمن")
_AE_FAMILY = ("المزروعي", "الكعبي", "الشامسي", "النعيمي", "الظاهري", "المهيري", "السويدي")
_AE_PLACES = (
    ("أبوظبي", "مدينة محمد بن زايد"),
    ("دبي", "البرشاء"),
    ("الشارقة", "الرحمانية"),
    ("رأس الخيمة", "الظيت"),
    ("العين", "الهيلي"),
    ("عجمان", "الحليو"),
)
_QA_FAMILY = ("آل ثاني", "المري", "الكواري", "الهاجري", "النعيمي", "السليطي", "المهندي")
_QA_PLACES = (("الريان", "معيذر"), ("الدوحة", "الدفنة"), ("الخور", "الذخيرة"), ("الوكرة", "الوكير"))
_QA_CAMPAIGNS = ("حملة الحرمين", "حملة الفرقان", "حملة النور", "حملة الريان")
_BH_FAMILY = ("الدوسري", "البنعلي", "المناعي", "الشيخ", "العلوي", "الجودر", "السيد")
_BH_PLACES = (
    ("Flat 12, Bldg 345, Road 2410, Block 324", "Manama"),
    ("House 1021, Road 5633, Block 756", "Isa Town"),
    ("Flat 3, Bldg 88, Road 1505, Block 915", "Riffa"),
    ("House 417, Road 2617, Block 226", "Muharraq"),
    ("House 2290, Road 4138, Block 541", "Budaiya"),
)
_OM_FAMILY = ("البلوشي", "الحارثي", "الهنائي", "المعمري", "الكندي", "الرواحي", "السعدي")
_OM_PLACES = (
    ("صور", "جنوب الشرقية", "العيجة"),
    ("صحار", "شمال الباطنة", "الحمبار"),
    ("مطرح", "مسقط", "الهرموزي"),
    ("صلالة", "ظفار", "الدهاريز"),
    ("الدقم", "الوسطى", "نفون"),
    ("شناص", "شمال الباطنة", "العقر"),
)
_OM_HARBOURS = ("ميناء صور", "ميناء الصيد بصحار", "ميناء الدقم", "مرفأ شناص", "ميناء مطرح")
_YE_FAMILY = ("الحميري", "العولقي", "الشرعبي", "الأهدل", "الصبري", "المقطري", "البعداني")
_YE_GOVS = ("الحديدة", "تعز", "صعدة", "مأرب", "حجة", "البيضاء")
_YE_HOSTS = (
    ("مأرب", "مدينة مأرب", "مخيم الجفينة"),
    ("عدن", "الشيخ عثمان", "مدرسة 14 أكتوبر"),
    ("تعز", "المعافر", "مخيم البيرين"),
    ("حضرموت", "المكلا", "سكن مستأجر"),
    ("لحج", "تبن", "مخيم الرباط"),
)


def _ar_name(p: Person, families: tuple[str, ...]) -> str:
    given = _by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1)
    return f"{given} {_pick(p, _AR_FATHERS, 3)} {_pick(p, families, 2)}"


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 13 % len(places)]


def _emirates_id(p: Person) -> str:
    """An Emirates ID ``784-YYYY-NNNNNNN-C``: the country code, the birth year, a serial and the
    Luhn digit over the fourteen digits before it."""
    full = _luhn(f"784{p.birth.year}{p.bhxh[1:8]}")
    return f"{full[:3]}-{full[3:7]}-{full[7:14]}-{full[14]}"


def _other_eid(p: Person) -> str:
    full = _luhn(f"784{p.birth.year - 2 - _num(p, 6)}{p.bhxh[::-1][:7]}")
    return f"{full[:3]}-{full[3:7]}-{full[7:14]}-{full[14]}"


def _qid(p: Person, nationality: str = "634") -> str:
    """A QID: 2 for the 1900s or 3 for the 2000s, the birth year's two digits, the nationality
    code (634 Qatar) and a five-digit serial."""
    return f"{2 if p.birth.year < 2000 else 3}{p.birth:%y}{nationality}{p.bhxh[-5:]}"


def _cpr(p: Person) -> str:
    """A Bahraini CPR: birth year and month (YYMM), a four-digit serial and a mod-11 digit."""
    head = f"{p.birth:%y%m}{p.bhxh[2:6]}"
    check = sum(int(ch) * w for ch, w in zip(head, range(9, 1, -1), strict=True)) % 11
    return f"{head}{0 if check < 2 else 11 - check}"


WRITERS_BLIND135: dict[str, Callable[[Person, Col], object]] = {
    "member135": lambda p, c: f"TV{p.bhxh[-5:]}",
    "capital135": lambda p, c: "300.000",
    "capital2_135": lambda p, c: f"{(_num(p, 40) + 1) * 500_000:,}".replace(",", "."),
    "loan135": lambda p, c: f"{(_num(p, 90) + 10) * 5_000_000:,}".replace(",", "."),
    "heir135": lambda p, c: _other_vn(p, 4),
    "passport135": lambda p, c: f"{'CPN'[int(p.bhxh) % 3]}{p.bhxh[1:8]}",
    "kr_place135": lambda p, c: _pick(p, _VN_KR_PLACES, 2),
    "term135": lambda p, c: _pick(p, ("5", "8", "3", "5"), 3),
    "guarantor135": lambda p, c: _other_vn(p, 5),
    "rel135": lambda p, c: _pick(p, _VN_REL, 5),
    "gphone135": lambda p, c: _other_phone(p, "097"),
    "deposit135": lambda p, c: "100.000.000",
    "acct135": lambda p, c: f"7{p.bhxh[:9]}",
    "pe135": lambda p, c: f"PC05HH{p.bhxh[-7:]}",
    "purpose135": lambda p, c: _pick(p, _VN_PURPOSE, 2),
    "tba135": lambda p, c: _pick(p, _VN_TBA, 3),
    "meter135": lambda p, c: f"24{p.bhxh[3:10]}",
    "reading135": lambda p, c: f"{_num(p, 9)}",
    "surveyor135": lambda p, c: _other_vn(p, 6, True),
    "estatus135": lambda p, c: _pick(p, _VN_ESTATUS, 4),
    "firm135": lambda p, c: _place(p, _VN_FIRMS)[0],
    "firm_addr135": lambda p, c: _place(p, _VN_FIRMS)[1],
    "months135": lambda p, c: str(_num(p, 7) + 1),
    "owed135": lambda p, c: f"{(_num(p, 60) + 12) * 1_250_000:,}".replace(",", "."),
    "sistatus135": lambda p, c: _pick(p, _VN_SI_STATUS, 3),
    "union_off135": lambda p, c: _other_vn(p, 7, False),
    "eid135": lambda p, c: _emirates_id(p),
    "ae_name135": lambda p, c: _ar_name(p, _AE_FAMILY),
    "sex_ae135": lambda p, c: "ذكر / Male" if p.male else "أنثى / Female",
    "emirate135": lambda p, c: _place(p, _AE_PLACES)[0],
    "area135": lambda p, c: _place(p, _AE_PLACES)[1],
    "phone_ae135": lambda p, c: f"+971 5{'0256'[int(p.bhxh) % 4]} {p.phone[3:6]} {p.phone[6:10]}",
    "spouse_ae135": lambda p, c: (
        f"{_by_sex(p, _AR_GIVEN_F, _AR_GIVEN_M, 4)} {_pick(p, _AR_FATHERS, 5)}"
        f" {_pick(p, _AE_FAMILY, 6)}"
    ),
    "spouse_eid135": lambda p, c: _other_eid(p),
    "employer_ae135": lambda p, c: _pick(
        p, ("شرطة أبوظبي", "هيئة كهرباء ومياه دبي", "أدنوك", "وزارة التربية والتعليم"), 3
    ),
    "salary_ae135": lambda p, c: f"{(_num(p, 30) + 12) * 1000:,}",
    "status_ae135": lambda p, c: _pick(p, ("مقبول", "قيد الدراسة", "مستوفى", "مرفوض"), 4),
    "qid135": lambda p, c: _qid(p),
    "qa_name135": lambda p, c: _ar_name(p, _QA_FAMILY),
    "sex_qa135": lambda p, c: "ذكر" if p.male else "أنثى",
    "nat_qa135": lambda p, c: "قطري",
    "phone_qa135": lambda p, c: f"+974 {'3567'[int(p.bhxh) % 4]}{p.phone[3:6]} {p.phone[6:10]}",
    "bald_qa135": lambda p, c: _place(p, _QA_PLACES)[0],
    "zone_qa135": lambda p, c: _place(p, _QA_PLACES)[1],
    "mahram135": lambda p, c: "" if p.male else f"{_pick(p, _AR_GIVEN_M, 6)} (زوج)",
    "mahram_qid135": lambda p, c: "" if p.male else f"2{int(p.bhxh[:2]) % 30 + 60}634{p.bhxh[:5]}",
    "campaign135": lambda p, c: _pick(p, _QA_CAMPAIGNS, 3),
    "passport_qa135": lambda p, c: f"{'AB'[int(p.bhxh) % 2]}{p.bhxh[2:9]}",
    "prior135": lambda p, c: _pick(p, ("لا", "نعم - 1440هـ", "لا", "نعم - 1435هـ"), 5),
    "cpr135": lambda p, c: _cpr(p),
    "bh_name135": lambda p, c: _ar_name(p, _BH_FAMILY),
    "sex_bh135": lambda p, c: "M" if p.male else "F",
    "blood135": lambda p, c: _pick(p, ("O+", "A+", "B+", "O-", "AB+", "A-"), 2),
    "addr_bh135": lambda p, c: ", ".join(_place(p, _BH_PLACES)),
    "phone_bh135": lambda p, c: (
        f"+973 {'3'}{'6939'[int(p.bhxh) % 4]}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "times135": lambda p, c: str(_num(p, 25)),
    "hb135": lambda p, c: f"{12 + _num(p, 40) / 10:.1f}",
    "centre_bh135": lambda p, c: _pick(
        p, ("Salmaniya Medical Complex", "BDF Hospital", "King Hamad University Hospital"), 3
    ),
    "bag135": lambda p, c: f"SMC-{p.bhxh[-6:]}",
    "remark_bh135": lambda p, c: _pick(p, ("", "مؤجل - سفر", "", "Deferred 3 months"), 4),
    "civil_om135": lambda p, c: f"{int(p.bhxh[1:9]) % 9_000_000 + 1_000_000:d}",
    "om_name135": lambda p, c: _ar_name(p, _OM_FAMILY),
    "sex_om135": lambda p, c: "ذكر" if p.male else "أنثى",
    "wilayat135": lambda p, c: _place(p, _OM_PLACES)[0],
    "gov_om135": lambda p, c: _place(p, _OM_PLACES)[1],
    "village135": lambda p, c: _place(p, _OM_PLACES)[2],
    "phone_om135": lambda p, c: f"9{p.phone[3:10]}",
    "licence135": lambda p, c: f"ص ح/{p.bhxh[-5:]}/{2018 + _num(p, 6)}",
    "boat135": lambda p, c: _pick(p, ("الوفاء", "بركة", "السلامة", "نور الصباح", "المنصور"), 3),
    "boatno135": lambda p, c: f"{p.bhxh[-4:]}/{_pick(p, ('ص', 'م', 'ش'), 4)}",
    "harbour135": lambda p, c: _pick(p, _OM_HARBOURS, 5),
    "gear135": lambda p, c: _pick(p, ("شباك", "خيوط", "قراقير", "شباك - خيوط"), 6),
    "natno_ye135": lambda p, c: f"0{int(p.bhxh[0]) % 2 + 1}{p.bhxh[1:10]}",
    "ye_name135": lambda p, c: (
        f"{_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1)} {_pick(p, _AR_FATHERS, 3)}"
        f" {_pick(p, _AR_GIVEN_M, 4)} {_pick(p, _YE_FAMILY, 2)}"
    ),
    "sex_ye135": lambda p, c: "ذكر" if p.male else "أنثى",
    "orig_gov135": lambda p, c: _pick(p, _YE_GOVS, 5),
    "cur_gov135": lambda p, c: _place(p, _YE_HOSTS)[0],
    "mudiriya135": lambda p, c: _place(p, _YE_HOSTS)[1],
    "shelter135": lambda p, c: _place(p, _YE_HOSTS)[2],
    "family_size135": lambda p, c: str(_num(p, 9) + 1),
    "phone_ye135": lambda p, c: f"7{'7310'[int(p.bhxh) % 4]}{p.phone[3:10]}",
    "aqil135": lambda p, c: f"{_pick(p, _AR_GIVEN_M, 6)} {_pick(p, _YE_FAMILY, 7)}",
    "elig135": lambda p, c: _pick(p, ("مستحق", "قيد التحقق", "مستحق", "غير مستحق"), 3),
}
