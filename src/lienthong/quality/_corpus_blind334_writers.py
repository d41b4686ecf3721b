"""How the people of the three-hundred-and-thirty-fourth part of the outside corpus (**blind 334**,
:mod:`lienthong.quality._corpus_blind334`) are written: Vietnamese workers going abroad under
contract (their classes, destinations, deposits, guarantors and returns), and the foreign workers
and citizens of the Gulf and North Africa as their employers and agencies list them (Iqama and
Saudi ids with their Luhn digit and Hijri expiry dates, Emirates ids ``784-YYYY-NNNNNNN-C`` with
their Luhn digit, Qatari ids that carry the birth year and the nationality code, Egyptian
national numbers that carry the birth date and governorate, Moroccan CIN)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind41_writers import _eg_nid, _eg_place
from lienthong.quality._corpus_blind45_writers import _hijri

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_MARKETS = (
    ("Đài Loan", "Công nhân nhà máy điện tử", "CTY TNHH DIEN TU HONG HAI"),
    ("Nhật Bản", "Thực tập sinh chế biến thực phẩm", "KABUSHIKI KAISHA MARUHA FOODS"),
    ("Hàn Quốc", "Lao động ngư nghiệp (E-10)", "SUHYUP FISHERIES"),
    ("Nhật Bản", "Kỹ năng đặc định - Điều dưỡng", "SHAKAI FUKUSHI HOJIN SAKURAKAI"),
    ("Đài Loan", "Khán hộ công gia đình", "CHỦ HỘ LIN CHIA-HUI"),
    ("Rumani", "Thợ xây dựng", "SC CONSTRUCT INVEST SRL"),
    ("Ả Rập Xê Út", "Lái xe", "AL-RASHID TRADING CO."),
)
_VN_CLASSES = ("ĐH-ĐL/K45", "ĐH-NB/K12", "ĐH-HQ/K07", "ĐH-NB/K13", "ĐH-ĐL/K46")
_VN_RESULT = ("Đạt", "Đạt", "Đạt", "Không đạt - thi lại", "Đạt")
_VN_DEPOSIT = ("Đang ký quỹ", "Đã hoàn trả", "Đã hoàn trả", "Khấu trừ bồi thường", "Chờ thanh lý")
_VN_NEED = (
    "Giới thiệu việc làm tại KCN",
    "Học nghề hàn (3 tháng)",
    "Vay vốn khởi nghiệp (NHCSXH)",
    "Đi làm việc lại tại Nhật Bản",
    "Tư vấn mở cơ sở kinh doanh",
)
_VN_LANG = ("N3", "N4", "TOPIK 2", "TOCFL A2", "Giao tiếp cơ bản", "N2")
_VN_FLIGHTS = ("VN306", "VJ928", "CI792", "BR396", "VN416", "QH362")
_VN_OFFICERS = ("Nguyễn Thị Thanh Hương", "Lê Văn Quân", "Phạm Thu Trang", "Đỗ Minh Hải")

#: (name as in the passport, in Arabic, nationality in Arabic)
_SA_WORKERS_M = (
    ("MOHAMMED ASIF KHAN", "محمد آصف خان", "باكستاني"),
    ("RAJESH KUMAR NAIR", "راجيش كومار ناير", "هندي"),
    ("MD ABDUL KARIM", "محمد عبدالكريم", "بنغلاديشي"),
    ("AHMED SAYED ABDELRAHMAN", "أحمد سيد عبدالرحمن", "مصري"),
    ("JOSE MARI DELA CRUZ", "خوسيه ماري ديلا كروز", "فلبيني"),
    ("ABDULLAH FAHAD AL-QAHTANI", "عبدالله فهد القحطاني", "سعودي"),
)
_SA_WORKERS_F = (
    ("MARIA LOURDES SANTOS", "ماريا لورديس سانتوس", "فلبينية"),
    ("SITI NURHALIZA BINTI ALI", "سيتي نورحليزة بنت علي", "إندونيسية"),
    ("NOURA SAAD AL-OTAIBI", "نورة سعد العتيبي", "سعودية"),
    ("PRIYA MENON", "بريا مينون", "هندية"),
)
_SA_PROFESSIONS = ("عامل بناء", "كهربائي", "سائق معدات ثقيلة", "مهندس مدني", "محاسب", "نجار")
_SA_SITES = ("مشروع حي الملقا", "مستودع السلي", "مشروع طريق الخرج", "المكتب الرئيسي - العليا")
_SA_CITIES = ("الرياض", "الخرج", "الدمام", "جدة")
_SA_STATUS = ("تم التجديد", "بانتظار السداد", "خروج نهائي", "تم التجديد", "نقل كفالة")
_AE_NAMES_M = ("Mohammed Rafiq Ansari", "Sanjay Pillai", "Omar Khalid Haddad", "John Paul Reyes")
_AE_NAMES_F = ("Fatima Zahra Benali", "Anjali Sharma", "Grace Wanjiru Mwangi", "Rowena Bautista")
_AE_NATIONALITY = ("India", "Pakistan", "Philippines", "Egypt", "Jordan", "Kenya")
_AE_CATEGORY = ("Cat A - Management", "Cat B - Staff", "Cat C - Labour", "Cat B - Staff")
_AE_BAND = ("LSB (≤ AED 4,000)", "NLSB (> AED 4,000)")
_AE_LOCATION = ("Dubai - Al Quoz", "Dubai - JAFZA", "Abu Dhabi - Mussafah", "Sharjah - SAIF Zone")
#: (name in Arabic as the office writes it, nationality, QID nationality code)
_QA_WORKERS_F = (
    ("ماريسول ريس", "الفلبين", "608"),
    ("سوميترا ثابا", "نيبال", "524"),
    ("كومالا ويجيسينغ", "سريلانكا", "144"),
    ("جين أتينو أوتينو", "كينيا", "404"),
    ("سري ولانداري", "إندونيسيا", "360"),
    ("نغوين ثي هوا", "فيتنام", "704"),
)
_QA_WORKERS_M = (
    ("رامش بهادور", "نيبال", "524"),
    ("محمد شهيد الإسلام", "بنغلاديش", "050"),
    ("سوريش كومار", "الهند", "356"),
)
_QA_SPONSORS = ("حمد علي المري", "عبدالله جاسم الكواري", "خالد سالم الهاجري", "مريم ناصر العطية")
_QA_STATUS = ("على رأس العمل", "فترة التجربة", "مستبدلة", "هروب - بلاغ", "على رأس العمل")
_EG_MEN = ("محمود عبدالحميد السيد إبراهيم", "أحمد محمد علي حسن", "مصطفى كمال عبدالله منصور")
_EG_WOMEN = ("منى سعيد عبدالفتاح محمود", "هبة الله أحمد فؤاد سليمان", "سارة مجدي حسن عثمان")
_EG_JOBS = ("فني كهرباء", "سائق نقل ثقيل", "ممرضة", "مدرس لغة عربية", "عامل زراعي", "محاسب")
_EG_QUAL = ("دبلوم صنايع", "بكالوريوس تجارة", "دبلوم تمريض", "ليسانس آداب", "محو أمية")
_EG_DEST = ("السعودية", "الكويت", "قطر", "الإمارات", "الأردن")
_EG_EMPLOYERS = ("مؤسسة الفهد للمقاولات", "مستشفى الحمادي", "شركة الخرافي ناشونال", "مدارس الرواد")
_MA_FAMILY = ("El Amrani", "Benali", "Ouahbi", "Lahlou", "Bouazza", "Chakiri", "Ait Taleb")
_MA_GIVEN_F = ("Fatima", "Khadija", "Rachida", "Naima", "Hanane", "Zineb", "Saadia")
_MA_GIVEN_M = ("Mohamed", "Abdelkader", "Youssef", "Hassan", "Mustapha")
#: (douar and commune, province, CIN letters of the province)
_MA_PLACES = (
    ("Douar Ouled Moussa, Commune Sidi Yahya El Gharb", "Sidi Slimane", "GB"),
    ("Douar Lamrabih, Commune Mnasra", "Kénitra", "G"),
    ("Hay Essalam, Commune Souk El Arbaa", "Kénitra", "GK"),
    ("Douar Ait Ouahi, Commune Ait Ouribel", "Khémisset", "X"),
    ("Douar Lagfifat, Commune Sidi Kacem", "Sidi Kacem", "GA"),
    ("Derb El Kheir, Commune Ksar El Kébir", "Larache", "LB"),
)
_MA_FINCAS = ("Finca Los Mimbrales, Almonte", "Agrícola El Pino, Moguer", "Fresas Doñana SL, Lepe")
_MA_AGENCIES = ("ANAPEC Kénitra", "ANAPEC Sidi Slimane", "ANAPEC Ksar El Kébir")


def _tri(p: Person, options: tuple[tuple[str, str, str], ...], salt: int) -> tuple[str, str, str]:
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]


def _deposit(p: Person) -> int:
    """The deposit, in dong (the refund adds the escrow account's interest)."""
    return (50 + _num(p, 50)) * 1_000_000


def _sa_worker(p: Person) -> tuple[str, str, str]:
    return _tri(p, _SA_WORKERS_M if p.male else _SA_WORKERS_F, 1)


def _iqama(p: Person) -> str:
    """A Saudi citizen's id starts with 1, a resident's Iqama with 2; the last digit is Luhn."""
    lead = "1" if _sa_worker(p)[2].startswith("سعودي") else "2"
    return _luhn(f"{lead}{p.bhxh[1:9]}")


def _hijri_expiry(p: Person) -> str:
    y, m, d = _hijri(p.other_date + timedelta(days=200))
    return f"{y}/{m:02d}/{d:02d}"


def _emirates_id(p: Person) -> str:
    full = _luhn(f"784{p.birth.year}{p.bhxh[2:9]}")
    return f"{full[:3]}-{full[3:7]}-{full[7:14]}-{full[14]}"


def _qa_worker(p: Person) -> tuple[str, str, str]:
    return _tri(p, _QA_WORKERS_M if p.male else _QA_WORKERS_F, 1)


def _qid(p: Person) -> str:
    century = "3" if p.birth.year >= 2000 else "2"
    return f"{century}{p.birth:%y}{_qa_worker(p)[2]}{p.bhxh[-5:]}"


def _ma_place(p: Person) -> tuple[str, str, str]:
    return _tri(p, _MA_PLACES, 2)


WRITERS_BLIND334: dict[str, Callable[[Person, Col], object]] = {
    "vn_code334": lambda p, c: f"HV{p.other_date:%y}-{p.bhxh[-4:]}",
    "vn_class334": lambda p, c: _pick(p, _VN_CLASSES, 2),
    "vn_country334": lambda p, c: _tri(p, _VN_MARKETS, 3)[0],
    "vn_job334": lambda p, c: _tri(p, _VN_MARKETS, 3)[1],
    "vn_employer334": lambda p, c: _tri(p, _VN_MARKETS, 3)[2],
    "vn_law334": lambda p, c: f"{5 + _num(p, 5)},{_num(p, 10) % 10}",
    "vn_lang334": lambda p, c: _pick(p, _VN_LANG, 4),
    "vn_result334": lambda p, c: _pick(p, _VN_RESULT, 5),
    "vn_cert334": lambda p, c: f"{p.bhxh[-5:]}/CC-BDKT",
    "vn_hometown334": lambda p, c: _pick(p, ("Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Bắc Giang"), 6),
    "vn_contract334": lambda p, c: f"{p.bhxh[-4:]}/{p.other_date:%Y}/HĐĐLVNN",
    "vn_deposit334": lambda p, c: f"{_deposit(p):,}".replace(",", "."),
    "vn_refund334": lambda p, c: f"{_deposit(p) + _num(p, 90) * 11_500:,}".replace(",", "."),
    "vn_method334": lambda p, c: _pick(p, ("CK", "TM", "CK", "Bảo lãnh NH"), 3),
    "vn_account334": lambda p, c: f"1{p.bhxh[:3]} {p.bhxh[3:7]} {p.bhxh[7:]}",
    "vn_guarantor334": lambda p, c: _other_vn(p, 4),
    "vn_guarantor_phone334": lambda p, c: _other_phone(p, "03"),
    "vn_deposit_status334": lambda p, c: _pick(p, _VN_DEPOSIT, 4),
    "vn_months334": lambda p, c: f"{12 * (1 + _num(p, 5) % 5)}",
    "vn_need334": lambda p, c: _pick(p, _VN_NEED, 5),
    "vn_counsellor334": lambda p, c: _pick(p, _VN_OFFICERS, 6),
    "vn_passport334": lambda p, c: f"{'CP'[int(p.bhxh[0]) % 2]}{p.bhxh[2:9]}",
    "vn_family_phone334": lambda p, c: _other_phone(p, "09"),
    "vn_flight334": lambda p, c: _pick(p, _VN_FLIGHTS, 7),
    "vn_supply334": lambda p, c: f"{p.bhxh[:3]}/{p.other_date:%Y}/HĐCU-{_num(p, 40):02d}",
    "vn_salary334": lambda p, c: f"{(900 + _num(p, 90) * 10):,}",
    "vn_term334": lambda p, c: _pick(p, ("3 năm", "1 năm", "5 năm", "3 năm + gia hạn"), 5),
    "sa_name334": lambda p, c: _sa_worker(p)[0],
    "sa_arabic334": lambda p, c: _sa_worker(p)[1],
    "sa_nation334": lambda p, c: _sa_worker(p)[2],
    "sa_iqama334": lambda p, c: _iqama(p),
    "sa_border334": lambda p, c: f"3{p.bhxh[:9]}",
    "sa_passport334": lambda p, c: f"{'PAUN'[int(p.bhxh[1]) % 4]}{p.bhxh[2:9]}",
    "sa_sex334": lambda p, c: "ذكر" if p.male else "أنثى",
    "sa_job334": lambda p, c: _pick(p, _SA_PROFESSIONS, 2),
    "sa_expiry334": lambda p, c: _hijri_expiry(p),
    "sa_phone334": lambda p, c: (
        f"05{'03456789'[int(p.bhxh[0]) % 8]} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "sa_city334": lambda p, c: _pick(p, _SA_CITIES, 3),
    "sa_site334": lambda p, c: _pick(p, _SA_SITES, 4),
    "sa_status334": lambda p, c: _pick(p, _SA_STATUS, 5),
    "ae_eid334": lambda p, c: _emirates_id(p),
    "ae_uid334": lambda p, c: f"{int(p.bhxh[1:9])}",
    "ae_visa334": lambda p, c: (
        f"{_pick(p, ('201', '101', '301'), 2)}/{p.other_date:%Y}/{p.bhxh[3:]}"
    ),
    "ae_name334": lambda p, c: _by_sex(p, _AE_NAMES_M, _AE_NAMES_F, 1).upper(),
    "ae_sex334": lambda p, c: "Male" if p.male else "Female",
    "ae_marital334": lambda p, c: _pick(p, ("Married", "Single", "Married"), 3),
    "ae_relation334": lambda p, c: "Principal / Employee",
    "ae_nation334": lambda p, c: _pick(p, _AE_NATIONALITY, 4),
    "ae_category334": lambda p, c: _pick(p, _AE_CATEGORY, 5),
    "ae_band334": lambda p, c: _pick(p, _AE_BAND, 6),
    "ae_phone334": lambda p, c: (
        f"+971 5{'024568'[int(p.bhxh[0]) % 6]} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "ae_location334": lambda p, c: _pick(p, _AE_LOCATION, 7),
    "qa_name334": lambda p, c: _qa_worker(p)[0],
    "qa_nation334": lambda p, c: _qa_worker(p)[1],
    "qa_qid334": lambda p, c: _qid(p),
    "qa_passport334": lambda p, c: f"{'PNE'[int(p.bhxh[1]) % 3]}{p.bhxh[1:8]}",
    "qa_sex334": lambda p, c: "ذكر" if p.male else "أنثى",
    "qa_job334": lambda p, c: "سائق خاص" if p.male else "عاملة منزلية",
    "qa_sponsor334": lambda p, c: _pick(p, _QA_SPONSORS, 2),
    "qa_sponsor_qid334": lambda p, c: f"2{60 + _num(p, 30)}634{p.bhxh[:5]}",
    "qa_sponsor_phone334": lambda p, c: f"{'35'[int(p.bhxh[2]) % 2]}{p.bhxh[2:9]}",
    "qa_phone334": lambda p, c: f"+974 {'3567'[int(p.bhxh[0]) % 4]}{p.phone[5:8]} {p.phone[6:10]}",
    "qa_status334": lambda p, c: _pick(p, _QA_STATUS, 3),
    "eg_name334": lambda p, c: _by_sex(p, _EG_MEN, _EG_WOMEN, 1),
    "eg_nid334": lambda p, c: _eg_nid(p),
    "eg_sex334": lambda p, c: "ذكر" if p.male else "أنثى",
    "eg_addr334": lambda p, c: f"{_eg_place(p)[0]}، {_eg_place(p)[1]}",
    "eg_gov334": lambda p, c: _eg_place(p)[1],
    "eg_qual334": lambda p, c: _pick(p, _EG_QUAL, 2),
    "eg_job334": lambda p, c: _pick(p, _EG_JOBS, 3),
    "eg_passport334": lambda p, c: f"A{p.bhxh[1:9]}",
    "eg_dest334": lambda p, c: _pick(p, _EG_DEST, 4),
    "eg_employer334": lambda p, c: _pick(p, _EG_EMPLOYERS, 5),
    "eg_contract334": lambda p, c: f"{p.bhxh[-5:]}/{p.other_date:%Y}",
    "eg_phone334": lambda p, c: f"01{'0125'[int(p.bhxh[0]) % 4]}{p.phone[2:10]}",
    "eg_security334": lambda p, c: f"م.أ/{p.bhxh[4:10]}",
    "ma_family334": lambda p, c: _pick(p, _MA_FAMILY, 1).upper(),
    "ma_given334": lambda p, c: _by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 2),
    "ma_cin334": lambda p, c: f"{_ma_place(p)[2]}{int(p.bhxh[3:9])}",
    "ma_sex334": lambda p, c: "M" if p.male else "F",
    "ma_family_status334": lambda p, c: _by_sex(
        p, ("Marié", "Divorcé", "Marié"), ("Mariée", "Divorcée", "Veuve", "Mariée"), 3
    ),
    "ma_children334": lambda p, c: f"{1 + _num(p, 4) % 4}",
    "ma_addr334": lambda p, c: _ma_place(p)[0],
    "ma_prov334": lambda p, c: _ma_place(p)[1],
    "ma_phone334": lambda p, c: (
        f"0{'67'[int(p.bhxh[0]) % 2]} {p.phone[3:5]} {p.phone[5:7]} {p.phone[7:9]} {p.phone[8:10]}"
    ),
    "ma_passport334": lambda p, c: f"{'UVW'[int(p.bhxh[1]) % 3]}{p.bhxh[2:9]}",
    "ma_finca334": lambda p, c: _pick(p, _MA_FINCAS, 4),
    "ma_agency334": lambda p, c: _pick(p, _MA_AGENCIES, 5),
    "ma_note334": lambda p, c: _pick(p, ("", "Ancienne saisonnière 2023", "Désistement", ""), 6),
}
