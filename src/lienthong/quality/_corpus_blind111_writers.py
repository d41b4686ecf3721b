"""How the people of the hundred-and-eleventh part of the outside corpus (**blind 111**,
:mod:`lienthong.quality._corpus_blind111`) are written: four Vietnamese files' own columns (a
household's security camera, an elderly health club member's exercise and dues, a cadre's Hmong
language course, an EPS-TOPIK candidate's sector and passport) and Turkish, Iranian, Iraqi,
Jordanian and Egyptian names, places, phones and identity numbers in the forms their registers
write them (the T.C. Kimlik No with its two check digits, the کد ملی with its mod-11 digit and the
Solar Hijri dates beside it, the Iraqi unified national card number, the Jordanian national number,
the Egyptian national number with its century digit and governorate code)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _code_melli, _jalali
from lienthong.quality._corpus_blind13_writers import (
    _EG_MEN,
    _eg_full,
    _eg_governorate,
    _eg_nid,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _tc_kimlik
from lienthong.quality._corpus_blind77_writers import _solar_hijri
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind97_writers import _jo_national

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_TDP = _items("TDP 1; TDP 2; TDP 5; TDP Hòa Bình; Tổ 12 KP3; Tổ 7 KP1")
_VN_CAM_SPOTS = _items(
    "Trước cổng, hướng ra đường; Đầu hẻm; Ngã ba hẻm 45; Trước cửa hàng; Hiên nhà, hướng ngõ"
)
_VN_CAM_MODES = _items("Xã hội hóa; Hộ tự lắp; Hỗ trợ 50% kinh phí; Doanh nghiệp tài trợ")
_VN_CAM_LINK = _items("Đã kết nối; Đã kết nối; Chưa kết nối; Đang chờ cấp tài khoản")
_VN_CLUB_BRANCH = _items("Chi hội NCT KP1; Chi hội NCT KP2; Chi hội NCT KP4; Chi hội NCT KP6")
_VN_EXERCISES = _items(
    "Dưỡng sinh Nguyễn Văn Hưởng; Thái cực quyền; Yoga cười; Khiêu vũ thể thao; Đi bộ"
)
_VN_ILLNESSES = _items("THA; ĐTĐ typ 2; Thoái hóa khớp gối; ; THA, RLMM; ; Không")
_VN_ETHNIC = _items("Kinh; Tày; Mường; Dao; Thái; Kinh")
_VN_POSTS = _items(
    "Công chức Tư pháp - Hộ tịch; Phó Chủ tịch UBND xã; Trưởng Công an xã; "
    "Công chức Văn hóa - Xã hội; Giáo viên THCS; Y sĩ Trạm Y tế"
)
_VN_UNITS = _items("UBND xã Sìn Hồ; UBND xã Mường Khương; Công an xã Pha Long; UBND xã Bắc Hà")
_VN_GRADES = _items("Giỏi; Khá; Khá; Trung bình; Xuất sắc")
_VN_EPS_SECTORS = _items("Sản xuất chế tạo; Nông nghiệp; Ngư nghiệp; Xây dựng; Đóng tàu")
_VN_EPS_CENTRES = _items(
    "Trung tâm DVVL Nghệ An; Trung tâm DVVL Thanh Hóa; Trung tâm DVVL Hà Tĩnh; "
    "Trung tâm Lao động ngoài nước"
)
_VN_EPS_RESULTS = _items("Đạt; Không đạt; Chưa thi; Đạt; Vắng thi")

# -- Turkey -------------------------------------------------------------------------------------
_TR_FAMILY = _items("Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Öztürk; Aydın; Arslan; Doğan")
_TR_GIVEN_M = _items("Mehmet; Mustafa; Ahmet; Hüseyin; İbrahim; Emre; Murat; Oğuz")
_TR_GIVEN_F = _items("Ayşe; Fatma; Emine; Hatice; Zeynep; Elif; Gülşen; Şükran")
_TR_PLACES = _rows(
    "Kocatepe Mah. | Mithatpaşa Cad. No:24 D:5 | Çankaya | Ankara; "
    "Bahçelievler Mah. | Adnan Kahveci Bulv. No:112/3 | Bahçelievler | İstanbul; "
    "Alsancak Mah. | 1482 Sok. No:7 K:2 | Konak | İzmir; "
    "Osmangazi Mah. | Kıbrıs Şehitleri Cad. No:9 | Osmangazi | Bursa; "
    "Yeşiltepe Mah. | Gazi Cad. Ergin Apt. No:31 D:8 | Merkez | Erzurum"
)
_TR_BIRTHPLACES = _items("Sivas; Konya; Trabzon; Diyarbakır; Kars; Ankara; Malatya")
_TR_DOCTORS = _items("Dr. Selin Ercan; Dr. Hakan Korkmaz; Dr. Nur Aksoy; Dr. Cem Polat")
_TR_ASM = _items("1 Nolu ASM; Kocatepe ASM; Şehit Er Ali Aksu ASM; 7 Nolu ASM")

# -- Iran ---------------------------------------------------------------------------------------
_IR_FAMILY = _items("محمدی; حسینی; رضایی; احمدی; کریمی; موسوی; جعفری; صادقی")
_IR_GIVEN_M = _items("علی; محمدرضا; حسین; مهدی; امیر; سعید; رضا")
_IR_GIVEN_F = _items("فاطمه; زهرا; مریم; نرگس; سمیرا; لیلا; معصومه")
_IR_FATHERS = _items("غلامرضا; عباس; محمود; اکبر; حسن; ابراهیم")
_IR_ISSUE = _items("تهران; مشهد; اصفهان; تبریز; شیراز; قم; کرج")
_IR_JOBS = _items("کارگر ساده; راننده لیفتراک; تکنسین برق; حسابدار; نگهبان; جوشکار")
_IR_PLACES = _items(
    "تهران، خیابان آزادی، کوچه شهید رحیمی، پلاک ۱۲; "
    "کرج، گوهردشت، بلوار موذن، پلاک ۴۵، واحد ۳; "
    "تهران، نارمک، خیابان گلبرگ، کوچه ۲۰، پلاک ۷; "
    "اسلامشهر، شهرک واوان، خیابان امام، پلاک ۱۹"
)

# -- Iraq ---------------------------------------------------------------------------------------
_IQ_MEN = _items("أحمد; محمد; علي; حسين; خالد; سامي; إدريس; جمال")
_IQ_WOMEN = _items("فاطمة; زينب; نسرين; شيماء; هيفاء; ليلى; سوزان")
_IQ_FAMILY = _items("الجبوري; العبيدي; الدوري; الطائي; الشمري; سنجاري")
_IQ_ORIGINS = _items("سنجار / شنگال; تلعفر; الموصل - الجانب الأيمن; البعاج; الحمدانية")
_IQ_CAMPS = _items("مخيم شاريا; مخيم خانكي; مخيم كبرتو 2; مخيم بيرسفي; مخيم جم مشكو")
_IQ_STATUS = _items("مقيم / نیشتەجێ; عائد / گەڕاوە; مقيم / نیشتەجێ; منتقل / گوازراوە")

# -- Jordan -------------------------------------------------------------------------------------
_JO_MEN = _items("محمد; أحمد; عمر; يزن; خالد; إبراهيم; سليمان")
_JO_WOMEN = _items("رنا; ديما; هبة; عبير; سلمى; منى; لين")
_JO_FATHERS = _items("عبدالله; محمود; فايز; سالم; عودة; يوسف")
_JO_FAMILY = _items("العبادي; الخوالدة; الزعبي; المجالي; الحوراني; الطراونة")
_JO_PLACES = _rows(
    "العاصمة | قصبة عمان; العاصمة | لواء ماركا; إربد | قصبة إربد; الزرقاء | قصبة الزرقاء; "
    "الكرك | قصبة الكرك; البلقاء | لواء عين الباشا"
)
_JO_CENTRES = _items("مركز صحي ماركا الشامل; مركز صحي الهاشمي; مركز صحي إربد الأولي")
_JO_RELATION = _items("المشترك الرئيسي; زوجة; ابن; ابنة; المشترك الرئيسي")

# -- Egypt --------------------------------------------------------------------------------------
_EG_DISTRICTS = _items("مصر الجديدة; سيدي جابر; الدقي; أول المنصورة; ثان طنطا; ديروط")
_EG_HAJJ = _items("قرعة - بري; قرعة - جوي مستوى أول; قرعة - جوي مستوى ثاني; حج الجمعيات")
_EG_RESULTS = _items("فائز; احتياطي; لم يحالفه الحظ; لم يحالفه الحظ")
_EG_MAHRAM = _items("الزوج; الابن; الأخ; الزوج")


def _place(p: Person, table: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return table[int(p.bhxh) // 9 % len(table)]


def _vn_passport(p: Person) -> str:
    return f"{_pick(p, ('C', 'P', 'N'), 3)}{p.bhxh[-7:]}"


def _tr_phone(p: Person) -> str:
    """A Turkish mobile ``0532 123 45 67``."""
    lead = _pick(p, ("532", "505", "542", "555", "507"), 2)
    return f"0{lead} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _fa(text: str) -> str:
    """``text`` with Persian digits, as Iranian forms print them."""
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def _ir_phone(p: Person) -> str:
    return f"09{_pick(p, ('12', '35', '19', '01', '38'), 4)}{p.phone[-7:]}"


def _ir_postcode(p: Person) -> str:
    """An Iranian ten-digit postcode written ``13145-67891`` (no 0 or 2 in the first five)."""
    head = "".join("13456789"[int(ch) % 8] for ch in p.bhxh[:5])
    return f"{head}-{p.bhxh[5:10]}"


def _iq_card(p: Person) -> str:
    """An Iraqi unified national card number: twelve digits as the card prints them (no check
    digit is published); men's lead with 1, women's with 2 on the lists seen."""
    return f"{'1' if p.male else '2'}{p.birth:%y}{p.bhxh[1:10]}"


def _iq_name(p: Person) -> str:
    """A four-part Iraqi name: own, father's, grandfather's, family."""
    own = _by_sex(p, _IQ_MEN, _IQ_WOMEN, 1)
    return f"{own} {_pick(p, _IQ_MEN, 2)} {_pick(p, _IQ_MEN, 3)} {_pick(p, _IQ_FAMILY, 4)}"


def _iq_phone(p: Person) -> str:
    return f"07{_pick(p, ('50', '51', '70', '80'), 3)} {p.phone[3:6]} {p.phone[6:10]}"


def _jo_phone(p: Person) -> str:
    return f"07{_pick(p, ('7', '8', '9'), 4)}{p.phone[-7:]}"


def _eg_phone(p: Person) -> str:
    return f"01{_pick(p, ('0', '1', '2', '5'), 2)}{p.phone[-8:]}"


WRITERS_BLIND111: dict[str, Callable[[Person, Col], object]] = {
    "tdp111": lambda p, c: _pick(p, _VN_TDP, 2),
    "cam_count111": lambda p, c: str(_num(p, 4)),
    "cam_spot111": lambda p, c: _pick(p, _VN_CAM_SPOTS, 3),
    "cam_mode111": lambda p, c: _pick(p, _VN_CAM_MODES, 4),
    "cam_link111": lambda p, c: _pick(p, _VN_CAM_LINK, 5),
    "cam_officer111": lambda p, c: f"Đại úy {_other_vn(p, 6, True)}",
    "branch111": lambda p, c: _pick(p, _VN_CLUB_BRANCH, 2),
    "exercise111": lambda p, c: _pick(p, _VN_EXERCISES, 3),
    "dues111": lambda p, c: f"{(_num(p, 3) + 1) * 50_000:,}".replace(",", "."),
    "illness111": lambda p, c: _pick(p, _VN_ILLNESSES, 4),
    "kin111": lambda p, c: _other_vn(p, 7),
    "kin_phone111": lambda p, c: _other_phone(p, "098"),
    "ethnic111": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "post111": lambda p, c: _pick(p, _VN_POSTS, 3),
    "unit111": lambda p, c: _pick(p, _VN_UNITS, 4),
    "score111": lambda p, c: f"{5 + _num(p, 50) / 10:.1f}".replace(".", ","),
    "grade111": lambda p, c: _pick(p, _VN_GRADES, 5),
    "certno111": lambda p, c: f"{_num(p, 400)}/CC-TDT",
    "sbd111": lambda p, c: f"EPS{p.bhxh[-6:]}",
    "passport111": lambda p, c: _vn_passport(p),
    "sector111": lambda p, c: _pick(p, _VN_EPS_SECTORS, 2),
    "centre111": lambda p, c: _pick(p, _VN_EPS_CENTRES, 3),
    "eps_result111": lambda p, c: _pick(p, _VN_EPS_RESULTS, 4),
    "tc_tr111": lambda p, c: _tc_kimlik(p),
    "tr_given111": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 1),
    "tr_family111": lambda p, c: _pick(p, _TR_FAMILY, 2),
    "tr_father111": lambda p, c: _pick(p, _TR_GIVEN_M, 3),
    "tr_mother111": lambda p, c: _pick(p, _TR_GIVEN_F, 4),
    "sex_tr111": lambda p, c: "Erkek" if p.male else "Kadın",
    "tr_birthplace111": lambda p, c: _pick(p, _TR_BIRTHPLACES, 5),
    "mah_tr111": lambda p, c: _place(p, _TR_PLACES)[0],
    "street_tr111": lambda p, c: _place(p, _TR_PLACES)[1],
    "ilce_tr111": lambda p, c: _place(p, _TR_PLACES)[2],
    "il_tr111": lambda p, c: _place(p, _TR_PLACES)[3],
    "phone_tr111": lambda p, c: _tr_phone(p),
    "doctor_tr111": lambda p, c: _pick(p, _TR_DOCTORS, 6),
    "asm_tr111": lambda p, c: _pick(p, _TR_ASM, 7),
    "melli_ir111": lambda p, c: _code_melli(p),
    "ir_given111": lambda p, c: _by_sex(p, _IR_GIVEN_M, _IR_GIVEN_F, 1),
    "ir_family111": lambda p, c: _pick(p, _IR_FAMILY, 2),
    "ir_father111": lambda p, c: _pick(p, _IR_FATHERS, 3),
    "ir_shenasname111": lambda p, c: str(int(p.bhxh[-6:]) % 9000 + 1),
    "ir_birth111": lambda p, c: _jalali(p),
    "ir_issue111": lambda p, c: _pick(p, _IR_ISSUE, 4),
    "sex_ir111": lambda p, c: "مرد" if p.male else "زن",
    "ir_insured111": lambda p, c: p.bhxh[::-1],
    "ir_job111": lambda p, c: _pick(p, _IR_JOBS, 5),
    "ir_start111": lambda p, c: _solar_hijri(p.other_date),
    "ir_days111": lambda p, c: str(31 - _num(p, 6) + 1),
    "ir_wage111": lambda p, c: _fa(f"{(_num(p, 40) + 100) * 30_000:,}"),
    "phone_ir111": lambda p, c: _ir_phone(p),
    "ir_addr111": lambda p, c: _pick(p, _IR_PLACES, 6),
    "ir_post111": lambda p, c: _ir_postcode(p),
    "ir_nation111": lambda p, c: "ایرانی",
    "card_iq111": lambda p, c: _iq_card(p),
    "iq_name111": lambda p, c: _iq_name(p),
    "iq_mother111": lambda p, c: f"{_pick(p, _IQ_WOMEN, 5)} {_pick(p, _IQ_MEN, 6)}",
    "sex_iq111": lambda p, c: "ذكر / نێر" if p.male else "أنثى / مێ",
    "iq_family_no111": lambda p, c: f"{_pick(p, ('SH', 'KH', 'KB'), 2)}-{p.bhxh[-5:]}",
    "iq_origin111": lambda p, c: _pick(p, _IQ_ORIGINS, 3),
    "iq_camp111": lambda p, c: _pick(p, _IQ_CAMPS, 4),
    "iq_tent111": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D'), 5)}-{_num(p, 300)}",
    "phone_iq111": lambda p, c: _iq_phone(p),
    "iq_size111": lambda p, c: str(_num(p, 9) + 1),
    "iq_status111": lambda p, c: _pick(p, _IQ_STATUS, 6),
    "nn_jo111": lambda p, c: _jo_national(p),
    "jo_insured111": lambda p, c: f"{p.bhxh[-8:]}/{_num(p, 5)}",
    "jo_given111": lambda p, c: _by_sex(p, _JO_MEN, _JO_WOMEN, 1),
    "jo_father111": lambda p, c: _pick(p, _JO_FATHERS, 2),
    "jo_grand111": lambda p, c: _pick(p, _JO_MEN, 3),
    "jo_family111": lambda p, c: _pick(p, _JO_FAMILY, 4),
    "sex_jo111": lambda p, c: "ذكر" if p.male else "أنثى",
    "jo_relation111": lambda p, c: _pick(p, _JO_RELATION, 5),
    "jo_class111": lambda p, c: _pick(p, ("الأولى", "الثانية", "الثالثة"), 6),
    "jo_gov111": lambda p, c: _place(p, _JO_PLACES)[0],
    "jo_liwa111": lambda p, c: _place(p, _JO_PLACES)[1],
    "phone_jo111": lambda p, c: _jo_phone(p),
    "jo_centre111": lambda p, c: _pick(p, _JO_CENTRES, 7),
    "nid_eg111": lambda p, c: _eg_nid(p),
    "name_eg111": lambda p, c: _eg_full(p),
    "sex_eg111": lambda p, c: "ذكر" if p.male else "أنثى",
    "gov_eg111": lambda p, c: _eg_governorate(p)[1],
    "district_eg111": lambda p, c: _pick(p, _EG_DISTRICTS, 3),
    "phone_eg111": lambda p, c: _eg_phone(p),
    "passport_eg111": lambda p, c: f"A{p.bhxh[-8:]}",
    "hajj_eg111": lambda p, c: _pick(p, _EG_HAJJ, 4),
    "mahram_eg111": lambda p, c: "" if p.male else _pick(p, _EG_MAHRAM, 5),
    "mahram_name_eg111": lambda p, c: "" if p.male else _eg_full_other(p),
    "result_eg111": lambda p, c: _pick(p, _EG_RESULTS, 6),
}


def _eg_full_other(p: Person) -> str:
    """The woman's mahram: a man's four-part name (her husband, son or brother)."""
    return f"{_pick(p, _EG_MEN, 7)} {_pick(p, _EG_MEN, 8)} {_pick(p, _EG_MEN, 9)}"


__all__ = ["WRITERS_BLIND111"]
