"""How the people of the seventy-seventh part of the outside corpus (**blind 77**,
:mod:`lienthong.quality._corpus_blind77`) are written: four Vietnamese files' own columns (a
temporary resident's host, home village and stay, a transferred patient's diagnosis, receiving
hospital and escort, a household's water connection, meter and subsidy, a militiaman's unit and
post) and Palestinian, Afghan, Turkmen, Yemeni and South Sudanese names, places, phones and
identity numbers in the forms their cards show (the Palestinian identity number's Luhn check
digit, the e-Tazkira number opening with its Solar Hijri year of issue, the Turkmen passport's
region series)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeVar

from lienthong.quality._corpus_blind8_writers import _by_sex, _note, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind10_writers import _jalali
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind76_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = TypeVar("_T")

#: (hamlet, commune, district, province) a temporary resident comes from
_VN_HOMES = (
    ("Xóm 4", "Xã Diễn Kỷ", "Huyện Diễn Châu", "Tỉnh Nghệ An"),
    ("Thôn Trung", "Xã Hải Thanh", "Huyện Hải Hậu", "Tỉnh Nam Định"),
    ("Ấp Bình Thạnh", "Xã Bình Hòa", "Huyện Châu Thành", "Tỉnh An Giang"),
    ("Thôn 3", "Xã Ea Tu", "TP. Buôn Ma Thuột", "Tỉnh Đắk Lắk"),
    ("Tổ dân phố 2", "Phường Bắc Lý", "TP. Đồng Hới", "Tỉnh Quảng Bình"),
    ("Xóm Đồng", "Xã Quỳnh Hưng", "Huyện Quỳnh Phụ", "Tỉnh Thái Bình"),
)
_VN_ORIGINS = (
    "Xã Hải Thanh, Huyện Hải Hậu, Tỉnh Nam Định",
    "Xã Nghi Phong, Huyện Nghi Lộc, Tỉnh Nghệ An",
    "Xã Tam Hòa, Huyện Núi Thành, Tỉnh Quảng Nam",
    "Phường Vĩnh Ninh, TP. Huế",
    "Xã Mỹ Thọ, Huyện Cao Lãnh, Tỉnh Đồng Tháp",
)
_VN_HOST_RELATIONS = ("Người thuê trọ", "Người thuê trọ", "Cháu", "Em", "Ở nhờ", "Con rể")
_VN_JOBS = (
    "Công nhân - Cty TNHH Pouyuen VN",
    "Sinh viên - ĐH Công nghiệp TP.HCM",
    "Lao động tự do",
    "Nhân viên bán hàng - Bách Hóa Xanh",
    "Công nhân - KCX Tân Thuận",
    "Tài xế công nghệ",
)
_VN_DIAGNOSES = (
    ("Nhồi máu não", "I63"),
    ("Viêm ruột thừa cấp", "K35"),
    ("Gãy kín thân xương đùi phải", "S72.3"),
    ("Suy tim độ III", "I50"),
    ("U phổi phải chưa rõ tính chất", "D38.1"),
    ("Viêm phổi nặng", "J18.9"),
    ("Xuất huyết tiêu hóa trên", "K92.2"),
)
_VN_TRANSFER_REASONS = (
    "1. Đủ điều kiện chuyển tuyến (vượt khả năng chuyên môn)",
    "1. Đủ điều kiện chuyển tuyến (vượt khả năng chuyên môn)",
    "2. Theo yêu cầu của người bệnh",
)
#: (receiving hospital, its address)
_VN_HOSPITALS = (
    ("Bệnh viện Chợ Rẫy", "201B Nguyễn Chí Thanh, Phường 12, Quận 5, TP. Hồ Chí Minh"),
    ("Bệnh viện Nhân dân 115", "527 Sư Vạn Hạnh, Phường 12, Quận 10, TP. Hồ Chí Minh"),
    ("Bệnh viện Bạch Mai", "78 Giải Phóng, Phương Mai, Đống Đa, Hà Nội"),
    ("Bệnh viện Trung ương Huế", "16 Lê Lợi, Phường Vĩnh Ninh, TP. Huế"),
    ("Bệnh viện Ung Bướu TP.HCM", "47 Nơ Trang Long, Phường 7, Quận Bình Thạnh, TP. Hồ Chí Minh"),
    ("Bệnh viện Thống Nhất", "1 Lý Thường Kiệt, Phường 7, Quận Tân Bình, TP. Hồ Chí Minh"),
)
_VN_VEHICLES = ("Xe cứu thương", "Xe cứu thương", "Tự túc", "Xe cấp cứu 115")
_VN_KIN = ("Vợ", "Chồng", "Con", "Mẹ", "Anh", "Chị", "Em")
#: (hamlet, commune, province) where a water company lays new connections
_VN_WATER = (
    ("Ấp Bình Hòa", "Xã Bình Thạnh", "Tỉnh Đồng Tháp"),
    ("Ấp 3", "Xã Tân Hòa Thành", "Tỉnh Tiền Giang"),
    ("Ấp Phú Lợi", "Xã Phú Hựu", "Tỉnh Đồng Tháp"),
    ("Ấp Long Thạnh", "Xã Long Hựu", "Tỉnh Long An"),
    ("Ấp Mỹ Hòa", "Xã Mỹ Khánh", "TP. Cần Thơ"),
)
_VN_WATER_TARGETS = ("Hộ nghèo", "Hộ cận nghèo", "Gia đình chính sách", "Hộ nghèo", "Hộ thường")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Mường", "Thái", "Tày")
_VN_RELIGIONS = ("Không", "Không", "Phật giáo", "Công giáo", "Không")
_VN_SCHOOLING = ("12/12", "12/12", "9/12", "11/12", "Đại học", "Cao đẳng")
_VN_PARTY = ("Đoàn viên", "Đoàn viên", "Đảng viên", "Quần chúng")
_VN_MILITIA_POSTS = ("Chiến sĩ", "Chiến sĩ", "Chiến sĩ", "Tiểu đội trưởng", "Khẩu đội trưởng")
_VN_MILITIA_UNITS = (
    "A1 - B1 Trung đội cơ động",
    "A2 - B1 Trung đội cơ động",
    "Tiểu đội DQ tại chỗ thôn Đông",
    "Khẩu đội cối 60mm",
    "Tiểu đội dân quân thường trực",
)
#: (hamlet, commune, province) a commune's militia lives in
_VN_MILITIA_HOMES = (
    ("Thôn Đông", "Xã Quảng Phú", "Tỉnh Thanh Hóa"),
    ("Thôn Tây", "Xã Quảng Phú", "Tỉnh Thanh Hóa"),
    ("Thôn Yên Thái", "Xã Quảng Phú", "Tỉnh Thanh Hóa"),
    ("Thôn Phú Xá", "Xã Quảng Phú", "Tỉnh Thanh Hóa"),
)
_VN_TRADES = ("Làm ruộng", "Lao động tự do", "Thợ xây", "Công nhân", "Kinh doanh", "Sinh viên")

_PS_GIVEN_M = ("محمد", "أحمد", "خالد", "يوسف", "إبراهيم", "محمود", "عمر")
_PS_GIVEN_F = ("فاطمة", "مريم", "آمنة", "سناء", "هبة", "رنا", "ولاء")
_PS_FAMILY = ("الشريف", "أبو عيشة", "حمدان", "النتشة", "الخطيب", "عودة", "البرغوثي", "أبو زيد")
#: (governorate, locality, quarter or street)
_PS_PLACES = (
    ("نابلس", "نابلس", "رفيديا، شارع تونس"),
    ("الخليل", "الخليل", "عين سارة، شارع السلام"),
    ("رام الله والبيرة", "البيرة", "البالوع، شارع القدس"),
    ("جنين", "جنين", "حي الجابريات"),
    ("بيت لحم", "بيت ساحور", "شارع الشعب"),
    ("طولكرم", "عنبتا", "الحارة الشرقية"),
    ("غزة", "غزة", "الرمال، شارع عمر المختار"),
    ("خان يونس", "بني سهيلا", "شارع صلاح الدين"),
)
_PS_CIVIL_M = ("متزوج", "متزوج", "أرمل", "مطلق", "أعزب")
_PS_CIVIL_F = ("متزوجة", "أرملة", "مطلقة", "متزوجة", "عزباء")
_PS_POVERTY = ("فقر مدقع", "فقر مدقع", "فقر")
_PS_BANKS = ("بنك فلسطين - فرع نابلس", "بنك القاهرة عمان", "البريد الفلسطيني", "بنك الإسكان")
_PS_NOTES = (
    "مسن يعيش وحيدا",
    "أسرة ترأسها امرأة",
    "يوجد فرد من ذوي الإعاقة",
    "تم تحديث البيانات بعد الزيارة الميدانية",
)
_AF_GIVEN_M = ("احمد", "محمد نادر", "عبدالله", "گل احمد", "نورالله", "حمیدالله", "سید جان")
_AF_GIVEN_F = ("فاطمه", "مریم", "زرغونه", "گل پری", "شکیلا", "نازیه", "ملالی")
_AF_FAMILY = ("احمدزی", "صافی", "نوری", "حیدری", "رحیمی", "پوپلزی", "کاکړ", "مومند")
_AF_FATHERS = ("محمد اکبر", "غلام سخی", "عبدالرحمن", "خان محمد", "نور محمد", "گل آغا")
#: (province, district, village)
_AF_PLACES = (
    ("کابل", "پغمان", "قریه ده نو"),
    ("ننگرهار", "بهسود", "کلی سمرخیل"),
    ("هرات", "انجیل", "قریه نو آباد"),
    ("بلخ", "دهدادی", "قریه شادیان"),
    ("کندهار", "ارغنداب", "کلی کوکران"),
    ("کندز", "امام صاحب", "قریه شیرخان"),
)
_AF_NOTES = (
    "عودت اجباری از ایران",
    "عودت داوطلبانه",
    "خانواده بی سرپرست",
    "شخص دارای معلولیت",
    "تذکره کاغذی دارد",
)
_TM_GIVEN_M = ("Batyr", "Döwlet", "Merdan", "Serdar", "Annamyrat", "Rejep", "Myrat", "Atamyrat")
_TM_GIVEN_F = ("Aýna", "Bahar", "Jeren", "Gülälek", "Maral", "Ogulgerek", "Enejan", "Aýgül")
_TM_FAMILY = ("Annaýew", "Orazow", "Myradow", "Gurbanow", "Hojaýew", "Baýramow", "Durdyýew")
_TM_FATHERS = ("Rejep", "Annamyrat", "Döwlet", "Orazmuhammet", "Gurban", "Baýram", "Sapar")
#: (passport region, welaýat, etrap or town, street)
_TM_PLACES = (
    ("AŞ", "Aşgabat ş.", "Köpetdag etraby", "Atatürk köçesi"),
    ("AŞ", "Aşgabat ş.", "Bagtyýarlyk etraby", "Oguzhan köçesi"),
    ("AH", "Ahal welaýaty", "Änew ş.", "Magtymguly köçesi"),
    ("MR", "Mary welaýaty", "Mary ş.", "Gowşut han köçesi"),
    ("LB", "Lebap welaýaty", "Türkmenabat ş.", "Seýitnazar Seýdi köçesi"),
    ("DZ", "Daşoguz welaýaty", "Daşoguz ş.", "Gurbansoltan eje köçesi"),
    ("BN", "Balkan welaýaty", "Balkanabat ş.", "Nebitçiler köçesi"),
)
_TM_PENSIONS = (
    "Ýaşy boýunça",
    "Ýaşy boýunça",
    "Maýyplyk boýunça",
    "Ekleýjisini ýitirendigi boýunça",
    "Döwlet durmuş kömek puly",
)
_TM_NOTES = ("Bank kartyna geçirilýär", "Öýünde tölenýär", "Salgysy üýtgedi", "Kärz hasaby")
_YE_GIVEN_M = ("محمد", "عبدالله", "علي", "أحمد", "صالح", "عبده", "ناصر")
_YE_GIVEN_F = ("فاطمة", "أمة الرحمن", "خديجة", "سميرة", "أروى", "نجلاء", "بلقيس")
_YE_FAMILY = ("الحمادي", "العريقي", "الشامي", "الأهدل", "باوزير", "المقطري", "الحكيمي", "العولقي")
#: (governorate, district, village or quarter)
_YE_PLACES = (
    ("أمانة العاصمة", "معين", "حي الرقاص"),
    ("تعز", "المظفر", "حي الجحملية"),
    ("الحديدة", "باجل", "قرية المجيلس"),
    ("إب", "جبلة", "قرية الربادي"),
    ("عدن", "المنصورة", "حي ريمي"),
    ("حضرموت", "المكلا", "حي الشرج"),
    ("ذمار", "عنس", "قرية بيت الكوكباني"),
)
#: what a substitute of the other sex is to the beneficiary: a man's, then a woman's
_YE_RELATIONS_M = ("زوجة", "ابنة", "أخت", "زوجة")
_YE_RELATIONS_F = ("ابن", "زوج", "أخ", "حفيد")
_YE_NOTES = ("المستفيد مسن", "يستلم البديل", "نازح من الحديدة", "تم التحقق", "معاق")
_SS_GIVEN_M = ("Deng", "Garang", "Majok", "Gatluak", "Lado", "Wani", "Mabior", "Kuol")
_SS_GIVEN_F = ("Achol", "Nyandeng", "Ayen", "Nyakuoth", "Keji", "Poni", "Abuk", "Nyibol")
#: (state, county, payam)
_SS_PLACES = (
    ("Central Equatoria", "Juba", "Kator"),
    ("Central Equatoria", "Juba", "Munuki"),
    ("Jonglei", "Bor South", "Kolnyang"),
    ("Warrap", "Tonj North", "Warrap"),
    ("Northern Bahr el Ghazal", "Aweil Centre", "Aroyo"),
    ("Western Equatoria", "Yambio", "Yambio Town"),
    ("Eastern Equatoria", "Torit", "Torit Town"),
)
#: what an alternate payee of the other sex is to the beneficiary: a man's, then a woman's
_SS_RELATIONS_M = ("Wife", "Daughter", "Mother", "Sister", "Wife")
_SS_RELATIONS_F = ("Husband", "Son", "Brother", "Son", "Nephew")
_SS_REMARKS = (
    "Paid through mobile money",
    "Alternate collected, beneficiary sick",
    "Relocated to POC site",
    "Phone lost, paid in cash",
    "Verified by boma chief",
)


def _place(p: Person, places: tuple[_T, ...]) -> _T:
    """One of ``places``, the same for the person in every column."""
    return places[int(p.bhxh) // 9 % len(places)]


def _solar_hijri(day: date) -> str:
    """Any day in the Solar Hijri calendar, ``1403/07/15`` (blind 10's birth-date converter)."""
    return _jalali(_Day(day))  # type: ignore[arg-type]


class _Day:
    """Just enough of a person for :func:`_jalali`: the day it converts."""

    def __init__(self, birth: date) -> None:
        self.birth = birth


def _subsidy(p: Person) -> int:
    """What the budget pays of a connection: more for poor and policy households."""
    return 1_000_000 if _pick(p, _VN_WATER_TARGETS, 3) == "Hộ thường" else 2_500_000


def _connection_cost(p: Person) -> int:
    return 3_500_000 + _num(p, 17) * 100_000


def _admitted(p: Person) -> date:
    return p.other_date - timedelta(days=_num(p, 9))


def _ps_id(p: Person, salt: int) -> str:
    """A Palestinian identity number: nine digits, the last a Luhn check digit."""
    body = f"{_pick(p, ('4', '8', '9'), salt)}{p.bhxh[salt : salt + 7]}"
    return _luhn(body)


def _tazkira(p: Person) -> str:
    """An e-Tazkira number, ``1400-0101-23456``: the Solar Hijri year of issue first."""
    year = 1397 + _num(p, 7)
    return f"{year}-{p.bhxh[:4]}-{p.bhxh[-5:]}"


def _tm_family(p: Person) -> str:
    family = _pick(p, _TM_FAMILY, 2)
    return family if p.male else f"{family}a"


WRITERS_BLIND77: dict[str, Callable[[Person, Col], object]] = {
    # a ward's temporary residents
    "dossier77": lambda p, c: f"G22.CA-{p.other_date:%y%m%d}-{p.bhxh[-4:]}",
    "origin77": lambda p, c: _pick(p, _VN_ORIGINS, 3),
    "home77": lambda p, c: ", ".join(_place(p, _VN_HOMES)),
    "host77": lambda p, c: _other_vn(p, 4),
    "host_rel77": lambda p, c: _pick(p, _VN_HOST_RELATIONS, 5),
    "host_phone77": lambda p, c: _other_phone(p, "090"),
    "job77": lambda p, c: _pick(p, _VN_JOBS, 6),
    "stay_until77": lambda p, c: f"{_shift_date(p.other_date, 1 + _num(p, 2)):%d-%m-%Y}",
    "officer77": lambda p, c: f"Trung úy {_other_vn(p, 7)}",
    # a district hospital's transfers
    "transfer_no77": lambda p, c: f"{_num(p, 900) + 100}/GCT",
    "patient_code77": lambda p, c: f"BN{p.other_date:%y}{p.bhxh[-6:]}",
    "caps77": lambda p, c: p.full.upper(),
    "card_until77": lambda p, c: f"31/12/{p.other_date.year}",
    "admitted77": lambda p, c: f"{_admitted(p):%d/%m/%Y}",
    "diagnosis77": lambda p, c: _place(p, _VN_DIAGNOSES)[0],
    "icd77": lambda p, c: _place(p, _VN_DIAGNOSES)[1],
    "reason77": lambda p, c: _pick(p, _VN_TRANSFER_REASONS, 3),
    "receiving77": lambda p, c: _pick(p, tuple(h for h, _ in _VN_HOSPITALS), 4),
    "receiving_addr77": lambda p, c: _pick(p, tuple(a for _, a in _VN_HOSPITALS), 4),
    "transfer_at77": lambda p, c: f"{_num(p, 23):02d}h{_num(p, 59):02d} {p.other_date:%d/%m/%Y}",
    "vehicle77": lambda p, c: _pick(p, _VN_VEHICLES, 5),
    "escort77": lambda p, c: f"ĐD. {_other_vn(p, 6)}",
    "kin77": lambda p, c: f"{_other_vn(p, 7, None, p.family)} ({_pick(p, _VN_KIN, 8)})",
    "kin_phone77": lambda p, c: _other_phone(p, "038"),
    "doctor77": lambda p, c: f"BSCKI. {_other_vn(p, 9)}",
    # a water company's subsidised connections
    "birth_year77": lambda p, c: str(p.birth.year),
    "members77": lambda p, c: str(_num(p, 7)),
    "hamlet77": lambda p, c: _place(p, _VN_WATER)[0],
    "water_addr77": lambda p, c: f"Tổ {_num(p, 12)}, {', '.join(_place(p, _VN_WATER))}",
    "target77": lambda p, c: _pick(p, _VN_WATER_TARGETS, 3),
    "customer77": lambda p, c: f"DT{p.bhxh[-7:]}",
    "meter77": lambda p, c: f"SH{p.other_date:%y}-{p.bhxh[2:8]}",
    "cost77": lambda p, c: _dotted(_connection_cost(p)),
    "subsidy77": lambda p, c: _dotted(_subsidy(p)),
    "own_share77": lambda p, c: _dotted(_connection_cost(p) - _subsidy(p)),
    # a commune's militia
    "ethnic77": lambda p, c: _pick(p, _VN_ETHNIC, 3),
    "religion77": lambda p, c: _pick(p, _VN_RELIGIONS, 4),
    "schooling77": lambda p, c: _pick(p, _VN_SCHOOLING, 5),
    "party77": lambda p, c: _pick(p, _VN_PARTY, 6),
    "post77": lambda p, c: _pick(p, _VN_MILITIA_POSTS, 7),
    "unit77": lambda p, c: _pick(p, _VN_MILITIA_UNITS, 8),
    "militia_addr77": lambda p, c: ", ".join(_place(p, _VN_MILITIA_HOMES)),
    "trade77": lambda p, c: _pick(p, _VN_TRADES, 9),
    # Palestine: a social development directorate's cash transfers
    "ps_id77": lambda p, c: _ps_id(p, 1),
    "ps_given77": lambda p, c: _by_sex(p, _PS_GIVEN_M, _PS_GIVEN_F, 1),
    "ps_father77": lambda p, c: _pick(p, _PS_GIVEN_M, 2),
    "ps_grand77": lambda p, c: _pick(p, _PS_GIVEN_M, 3),
    "ps_family77": lambda p, c: _pick(p, _PS_FAMILY, 4),
    "ps_sex77": lambda p, c: "ذكر" if p.male else "أنثى",
    "ps_civil77": lambda p, c: _by_sex(p, _PS_CIVIL_M, _PS_CIVIL_F, 5),
    "ps_governorate77": lambda p, c: _place(p, _PS_PLACES)[0],
    "ps_locality77": lambda p, c: _place(p, _PS_PLACES)[1],
    "ps_address77": lambda p, c: f"{_place(p, _PS_PLACES)[2]}، {_place(p, _PS_PLACES)[1]}",
    "ps_phone77": lambda p, c: f"05{'96'[int(p.bhxh) % 2]}{p.phone[3]}-{p.phone[4:10]}",
    "ps_members77": lambda p, c: str(_num(p, 9)),
    "ps_spouse77": lambda p, c: (
        f"{_by_sex(p, _PS_GIVEN_F, _PS_GIVEN_M, 6)} {_pick(p, _PS_GIVEN_M, 7)}"
        f" {_pick(p, _PS_FAMILY, 8)}"
    ),
    "ps_spouse_id77": lambda p, c: _ps_id(p, 2),
    "ps_poverty77": lambda p, c: _pick(p, _PS_POVERTY, 6),
    "ps_amount77": lambda p, c: str(750 + 150 * _num(p, 7)),
    "ps_bank77": lambda p, c: _pick(p, _PS_BANKS, 7),
    "ps_note77": lambda p, c: _note(p, _PS_NOTES),
    # Afghanistan: returnees' cash assistance
    "af_given77": lambda p, c: _by_sex(p, _AF_GIVEN_M, _AF_GIVEN_F, 1),
    "af_father77": lambda p, c: _pick(p, _AF_FATHERS, 2),
    "af_grand77": lambda p, c: _pick(p, _AF_FATHERS, 3),
    "af_family77": lambda p, c: _pick(p, _AF_FAMILY, 4),
    "tazkira77": lambda p, c: _tazkira(p),
    "af_birth77": lambda p, c: _jalali(p),
    "af_sex77": lambda p, c: "مرد" if p.male else "زن",
    "af_province77": lambda p, c: _place(p, _AF_PLACES)[0],
    "af_district77": lambda p, c: _place(p, _AF_PLACES)[1],
    "af_village77": lambda p, c: _place(p, _AF_PLACES)[2],
    "af_phone77": lambda p, c: (
        f"07{_pick(p, ('0', '2', '8', '9', '7'), 5)}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "af_host_country77": lambda p, c: _pick(p, ("ایران", "پاکستان", "ایران"), 6),
    "af_return77": lambda p, c: _solar_hijri(p.other_date),
    "af_members77": lambda p, c: str(_num(p, 11) + 1),
    "af_amount77": lambda p, c: str(10_000 + 2_000 * _num(p, 6)),
    "af_note77": lambda p, c: _note(p, _AF_NOTES),
    # Turkmenistan: pensioners
    "tm_account77": lambda p, c: f"{_place(p, _TM_PLACES)[0]}-{p.bhxh}",
    "tm_family77": lambda p, c: _tm_family(p),
    "tm_given77": lambda p, c: _by_sex(p, _TM_GIVEN_M, _TM_GIVEN_F, 1),
    "tm_patronymic77": lambda p, c: f"{_pick(p, _TM_FATHERS, 3)}{'owiç' if p.male else 'owna'}",
    "tm_sex77": lambda p, c: "erkek" if p.male else "aýal",
    "tm_passport77": lambda p, c: f"I-{_place(p, _TM_PLACES)[0]} {p.bhxh[-6:]}",
    "tm_passport_issued77": lambda p, c: f"{_shift_date(p.other_date, -3 - _num(p, 6)):%d.%m.%Y}",
    "tm_address77": lambda p, c: (
        f"{_place(p, _TM_PLACES)[2]}, {_place(p, _TM_PLACES)[3]}, jaý {_num(p, 90)},"
        f" öý {_num(p, 60)}"
    ),
    "tm_welayat77": lambda p, c: _place(p, _TM_PLACES)[1],
    "tm_etrap77": lambda p, c: _place(p, _TM_PLACES)[2],
    "tm_phone77": lambda p, c: (
        f"+993 6{'1245'[int(p.bhxh) % 4]} {p.phone[4:6]}-{p.phone[6:8]}-{p.phone[8:10]}"
    ),
    "tm_pension77": lambda p, c: _pick(p, _TM_PENSIONS, 4),
    "tm_amount77": lambda p, c: f"{900 + 17 * _num(p, 60)}.{_num(p, 99):02d}",
    "tm_note77": lambda p, c: _note(p, _TM_NOTES),
    # Yemen: social welfare fund cash transfers
    "ye_case77": lambda p, c: f"{_num(p, 22):02d}-{p.bhxh[-6:]}",
    "ye_name77": lambda p, c: (
        f"{_by_sex(p, _YE_GIVEN_M, _YE_GIVEN_F, 1)} {_pick(p, _YE_GIVEN_M, 2)}"
        f" {_pick(p, _YE_GIVEN_M, 3)} {_pick(p, _YE_FAMILY, 4)}"
    ),
    "ye_id77": lambda p, c: f"{_num(p, 22):02d}{p.bhxh[1:10]}",
    "ye_sex77": lambda p, c: "ذكر" if p.male else "أنثى",
    "ye_governorate77": lambda p, c: _place(p, _YE_PLACES)[0],
    "ye_district77": lambda p, c: _place(p, _YE_PLACES)[1],
    "ye_village77": lambda p, c: _place(p, _YE_PLACES)[2],
    "ye_phone77": lambda p, c: (
        f"{_pick(p, ('77', '73', '71', '70'), 5)}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "ye_members77": lambda p, c: str(_num(p, 10) + 1),
    "ye_substitute77": lambda p, c: (
        f"{_by_sex(p, _YE_GIVEN_F, _YE_GIVEN_M, 6)} {_pick(p, _YE_GIVEN_M, 7)}"
        f" {_pick(p, _YE_FAMILY, 4)}"
    ),
    "ye_relation77": lambda p, c: _by_sex(p, _YE_RELATIONS_M, _YE_RELATIONS_F, 8),
    "ye_amount77": lambda p, c: f"{(8 + _num(p, 6)) * 4_000:,}",
    "ye_note77": lambda p, c: _note(p, _YE_NOTES),
    # South Sudan: a safety net's direct income support
    "ss_household77": lambda p, c: f"SSSNP-{_place(p, _SS_PLACES)[1][:3].upper()}-{p.bhxh[-6:]}",
    "ss_name77": lambda p, c: (
        f"{_by_sex(p, _SS_GIVEN_M, _SS_GIVEN_F, 1)} {_pick(p, _SS_GIVEN_M, 2)}"
        f" {_pick(p, _SS_GIVEN_M, 3)}"
    ),
    "ss_nid77": lambda p, c: f"{_num(p, 9)}{p.bhxh[1:10]}",
    "ss_sex77": lambda p, c: "Male" if p.male else "Female",
    "ss_state77": lambda p, c: _place(p, _SS_PLACES)[0],
    "ss_county77": lambda p, c: _place(p, _SS_PLACES)[1],
    "ss_payam77": lambda p, c: _place(p, _SS_PLACES)[2],
    "ss_phone77": lambda p, c: (
        f"+211 9{'1258'[int(p.bhxh) % 4]}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "ss_alternate77": lambda p, c: (
        f"{_by_sex(p, _SS_GIVEN_F, _SS_GIVEN_M, 4)} {_pick(p, _SS_GIVEN_M, 5)}"
    ),
    "ss_relation77": lambda p, c: _by_sex(p, _SS_RELATIONS_M, _SS_RELATIONS_F, 6),
    "ss_amount77": lambda p, c: f"USD {_pick(p, ('55', '55', '110'), 7)}",
    "ss_remark77": lambda p, c: _note(p, _SS_REMARKS),
}
