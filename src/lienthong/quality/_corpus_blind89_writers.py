"""How the people of the eighty-ninth part of the outside corpus (**blind 89**,
:mod:`lienthong.quality._corpus_blind89`) are written: four Vietnamese files' own columns (a
grassroots security team member's post and allowance, an Agent Orange victim's category and
allowance, a coffee grower's replanting and loan, a household's lean-season rice) and Turkish,
Iranian, Israeli, Egyptian and Moroccan names, places, phones and identity numbers in the forms
their agencies write them (the T.C. Kimlik No and a Turkish IBAN, the کد ملی with Solar Hijri
dates and a Sheba number, the ת.ז. with its check digit, the 14-digit الرقم القومي, the CIN)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _FA_DIGITS, _code_melli
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind40_writers import _teudat_zehut
from lienthong.quality._corpus_blind62_writers import _tckn
from lienthong.quality._corpus_blind65_writers import _egypt_id
from lienthong.quality._corpus_blind77_writers import _solar_hijri
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_SCHOOLING = ("12/12", "12/12", "9/12", "ĐH", "CĐ", "10/12")
_VN_TEAM_POSTS = ("Tổ viên", "Tổ viên", "Tổ trưởng", "Tổ viên", "Tổ phó", "Tổ viên")
_VN_TEAM_PAY = {"Tổ trưởng": "2.340.000", "Tổ phó": "2.106.000", "Tổ viên": "1.872.000"}
_VN_BANKS = ("Agribank", "Vietinbank", "BIDV", "Vietcombank", "LPBank")
_VN_AO_HOMETOWNS = (
    "Vũ Thắng, Kiến Xương, Thái Bình",
    "Nghĩa Hưng, Nam Định",
    "Thanh Chương, Nghệ An",
    "Đức Thọ, Hà Tĩnh",
    "Tiền Hải, Thái Bình",
)
_VN_AO_HOMES = (
    "Thôn Đông, xã Vũ Thắng, tỉnh Hưng Yên",
    "Xóm 5, xã Nghĩa Lâm, tỉnh Ninh Bình",
    "Tổ 3, phường Trần Lãm, tỉnh Hưng Yên",
    "Thôn Trung, xã Đông Hoàng, huyện Tiền Hải, tỉnh Thái Bình",
    "Khối 7, phường Vinh Tân, tỉnh Nghệ An",
)
_VN_AO_SERVICE = ("1968-1975, B2", "1965-1972, Quảng Trị", "1970-1975, Tây Nguyên", "1972-1975, B3")
#: (reduced working capacity, monthly allowance in đồng)
_VN_AO_RATES = (
    ("81% trở lên", "5.181.000"),
    ("61% - 80%", "4.142.000"),
    ("41% - 60%", "2.792.000"),
    ("21% - 40%", "1.611.000"),
)
_VN_AO_CHILD = ("Dị dạng, dị tật nặng, không tự lực được", "Dị dạng, dị tật suy giảm KNLĐ 61%-80%")
_VN_COFFEE_PLACES = (
    ("Buôn Kô Siêr", "xã Ea Tu"),
    ("Buôn Tơng Jú", "xã Ea Kao"),
    ("Thôn 3", "xã Hòa Thuận"),
    ("Buôn Ky", "xã Cư Ê Bur"),
    ("Thôn 7", "xã Hòa Xuân"),
)
_VN_COFFEE_ETHNIC = ("Ê Đê", "Kinh", "Ê Đê", "M'Nông", "Kinh", "Tày")
_VN_VARIETIES = ("TR4", "TR9", "TR4, TR9", "TRS1 (hạt)", "TR11, TR13", "Xanh lùn")
_VN_COFFEE_BANKS = ("Agribank CN Đắk Lắk", "NHCSXH TP. Buôn Ma Thuột", "BIDV Đắk Lắk", "")
_VN_EXTENSION = ("Y Thu Niê", "Nguyễn Thị Hồng", "H'Linh Mlô", "Lê Quang Vinh")
_VN_RICE_PLACES = (
    ("Ban Pa Khom", "xa Muong Ly", "Thanh Hoa"),
    ("Ban Sai Khao", "xa Quang Chieu", "Thanh Hoa"),
    ("Ban Na Cai", "xa Pu Nhi", "Thanh Hoa"),
    ("Ban Huoi Hien", "xa Tam Chung", "Thanh Hoa"),
)
_VN_RICE_REASONS = (
    "Giap hat",
    "Giap hat, mat mua",
    "Ho ngheo, khong co lao dong",
    "Giap hat",
    "Om dau keo dai",
)

_TR_FAMILY = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan")
_TR_GIVEN_M = ("Mehmet", "Mustafa", "Ahmet", "Hüseyin", "İbrahim", "Ramazan", "Osman", "Yusuf")
_TR_GIVEN_F = ("Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Şerife", "Gülsüm")
#: (street line, ilçe, il)
_TR_PLACES = (
    ("Bosna Hersek Mah. Gülbahçe Sok. No:{n} İç Kapı No:3", "Selçuklu", "Konya"),
    ("Karaaslan Mah. Hacı Şaban Sok. No:{n}", "Meram", "Konya"),
    ("Fevzi Çakmak Mah. 10547. Sok. No:{n}/2", "Karatay", "Konya"),
    ("Bağcılar Mah. Ekinci Sok. No:{n} D:5", "Bağlar", "Diyarbakır"),
    ("Huzurevleri Mah. 77. Sok. No:{n} İç Kapı No:12", "Kayapınar", "Diyarbakır"),
)
_TR_EDUCATION = ("İlkokul", "Ortaokul", "Lise", "İlkokul", "Okuryazar", "Ön Lisans", "Lise")
_TR_PROGRAMS = (
    "TYP - Okul Temizlik Hizmetleri 2025/1",
    "TYP - Park ve Bahçe Bakımı",
    "TYP - Kamu Binalarının Bakım Onarımı",
    "TYP - Okul Temizlik Hizmetleri 2025/2",
)
_TR_EMPLOYERS = (
    "Selçuklu İlçe Milli Eğitim Müdürlüğü",
    "Meram Belediyesi Park Bahçeler Md.",
    "Konya İl Sağlık Müdürlüğü",
    "Bağlar Kaymakamlığı",
    "Kayapınar Belediyesi",
)
_TR_ADVISORS = ("Hakan Özdemir", "Büşra Koç", "Serkan Yavuz", "Esra Polat")
_IR_FAMILY = ("رضوی", "قاسمی", "نوروزی", "عباسی", "کاظمی", "یزدانی", "ملکی", "حیدری")
_IR_GIVEN_M = ("حسن", "غلامرضا", "عباس", "محمدرضا", "ابوالفضل", "جواد", "قاسم")
_IR_GIVEN_F = ("معصومه", "طاهره", "زینب", "فرشته", "اعظم", "سکینه", "شهناز")
_IR_FATHERS = ("محمد", "علی", "حسین", "اسماعیل", "رمضان", "غلامعلی", "حسن")
#: (street line with {n} for the plate, شهرستان, استان)
_IR_PLACES = (
    ("بلوار وکیل‌آباد، کوچه شهید رجایی ۳، پلاک {n}", "مشهد", "خراسان رضوی"),
    ("خیابان طبرسی، کوچه ۲۴، پلاک {n}", "مشهد", "خراسان رضوی"),
    ("خیابان امام، کوچه نسترن، پلاک {n}", "نیشابور", "خراسان رضوی"),
    ("خیابان آزادی، کوچه ۸، پلاک {n}", "تبریز", "آذربایجان شرقی"),
    ("بلوار مدرس، کوچه لاله، پلاک {n}", "شیراز", "فارس"),
)
_IR_SUPPORT = (
    "مستمری بگیر",
    "طرح شهید رجایی",
    "زنان سرپرست خانوار",
    "طرح اکرام ایتام",
    "مستمری بگیر",
)
_IR_WORKERS = ("خانم صدیقه امینی", "آقای مجید رستمی", "خانم نرگس توکلی", "آقای وحید باقری")
_IL_FAMILY = ("כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "חדד", "גבאי")
_IL_GIVEN_M = ("משה", "יוסף", "דוד", "אברהם", "יעקב", "שלמה", "אליהו", "מיכאל")
_IL_GIVEN_F = ("שרה", "רחל", "אסתר", "מרים", "רבקה", "חנה", "יפה", "אורית")
_IL_STREETS = (
    "שד' הנשיא {n} דירה {d}",
    "הרצל {n}/{d}",
    "מוריה {n} כניסה ב' דירה {d}",
    "חורב {n}/{d}",
    "דרך העצמאות {n}",
    "קיבוץ גלויות {n} דירה {d}",
)
#: discount -> percent, as the arnona regulations set them
_IL_DISCOUNTS = {
    "אזרח ותיק - הכנסה": "100%",
    "אזרח ותיק": "30%",
    "נכה 75% ומעלה": "40%",
    "הורה יחיד": "20%",
    "הבטחת הכנסה": "70%",
    "עולה חדש": "90%",
}
_EG_GIVEN_M = ("سيد", "عادل", "محمود", "رمضان", "عبد الله", "سامي", "أشرف", "حسني")
_EG_GIVEN_F = ("أم هاشم", "سعاد", "نجلاء", "رضا", "فاطمة", "صباح", "عزة", "زينب")
_EG_FATHERS = ("عبد العزيز", "محمد", "حسانين", "السيد", "عبد الحميد", "فتحي", "شعبان")
_EG_FAMILY = ("الشافعي", "عبد الرحيم", "المصري", "سليمان", "الجندي", "عطية", "النجار")
#: (address with {n}, supply office, governorate, the card number's first digits)
_EG_PLACES = (
    ("{n} شارع ناهيا، بولاق الدكرور", "بولاق الدكرور", "الجيزة", "2110"),
    ("{n} شارع الملك فيصل، العمرانية", "العمرانية", "الجيزة", "2112"),
    ("عزبة النخل الغربية، {n} شارع المدارس", "المرج", "القاهرة", "1103"),
    ("{n} شارع السوق، مدينة ملوي", "ملوي", "المنيا", "2406"),
    ("{n} حارة الجامع، كفر الدوار", "كفر الدوار", "البحيرة", "1807"),
)
_EG_GROCERS = ("بقالة الحاج سيد", "بقالة الأمانة", "مجمع استهلاكي النيل", "بقالة أولاد رجب")
_EG_STATUS = ("سارية", "سارية", "موقوفة مؤقتا", "سارية", "تحت التحديث", "محذوف منها فرد")
_MA_FAMILY = ("Ait Ouahmane", "Id Brahim", "Oubella", "Ait Ali", "Boutazart", "Amghar", "Ouzzine")
_MA_GIVEN_M = ("Lahcen", "Brahim", "Mohamed", "Hassan", "Omar", "Abdellah", "Mbark")
_MA_GIVEN_F = ("Fadma", "Aicha", "Itto", "Khadija", "Zahra", "Mina", "Touda")
#: (douar, commune, province, the CIN's letters)
_MA_PLACES = (
    ("Douar Tinmel", "Talat N'Yaaqoub", "Al Haouz", "EE"),
    ("Douar Ighil", "Ighil", "Al Haouz", "E"),
    ("Douar Imi N'Tala", "Amizmiz", "Al Haouz", "EE"),
    ("Douar Azgour", "Adassil", "Chichaoua", "EA"),
    ("Douar Tagadirt", "Tizi N'Test", "Taroudant", "JM"),
)
_MA_CAIDS = ("Caïdat Talat N'Yaaqoub", "Caïdat Ighil", "Caïdat Amizmiz", "Caïdat Imindounit")


def _account(p: Person) -> str:
    """Ten digits of an account or code that share nothing visible with the person's ids."""
    return f"{int(p.bhxh) * 7_654_321 % 10**10:010d}"


def _iban(country: str, bban: str) -> str:
    """An IBAN of ``bban`` with its mod 97 check digits, in groups of four."""
    moved = "".join(str(int(ch, 36)) for ch in f"{bban}{country}00")
    raw = f"{country}{98 - int(moved) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _team_post(p: Person) -> str:
    return _pick(p, _VN_TEAM_POSTS, 3)


def _veteran(p: Person) -> bool:
    """Born before 1957: old enough to have fought; the others are a veteran's children."""
    return p.birth.year < 1957


def _ao_kind(p: Person) -> str:
    if _veteran(p):
        return "Người HĐKC bị nhiễm CĐHH"
    return "Con đẻ của người HĐKC bị nhiễm CĐHH"


def _ao_rate(p: Person) -> tuple[str, str]:
    if _veteran(p):
        return _VN_AO_RATES[int(p.bhxh) // 7 % len(_VN_AO_RATES)]
    child = _pick(p, _VN_AO_CHILD, 5)
    return child, "2.055.000" if "nặng" in child else "1.233.000"


def _coffee_address(p: Person) -> str:
    village, commune = _VN_COFFEE_PLACES[int(p.bhxh) // 9 % len(_VN_COFFEE_PLACES)]
    return f"{village}, {commune}, tỉnh Đắk Lắk"


def _rice(p: Person) -> tuple[int, int]:
    """(hungry members, months): 15 kg a person a month, three months at most."""
    members = 2 + _num(p, 6)
    return 1 + int(p.bhxh[2]) % members, 1 + int(p.bhxh[5]) % 3


def _rice_address(p: Person) -> str:
    village, commune, province = _VN_RICE_PLACES[int(p.bhxh) // 9 % len(_VN_RICE_PLACES)]
    return f"{village}, {commune}, {province}"


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _ir_postcode89(p: Person) -> str:
    """A ten-digit کد پستی written ``12345-67890`` (no 0 or 2 in its first five digits)."""
    digits = _account(p)[::-1]
    head = "".join("13456789"[int(d) % 8] for d in digits[:5])
    return f"{head}-{digits[5:]}"


def _tr_phone(p: Person) -> str:
    d = p.phone[3:10]
    return f"0{_pick(p, ('532', '542', '505', '555', '536'), 4)} {d[:3]} {d[3:5]} {d[5:]}"


def _ir_phone(p: Person) -> str:
    return f"{_pick(p, ('0912', '0915', '0935', '0917', '0901'), 4)} {p.phone[3:6]} {p.phone[6:10]}"


def _il_phone(p: Person) -> str:
    if int(p.bhxh) % 4 == 0:
        return f"04-8{p.phone[4:10]}"
    return f"{_pick(p, ('050', '052', '054', '053', '058'), 3)}-{p.phone[3:10]}"


def _il_discount(p: Person) -> str:
    """The discount: the senior ones for people of pension age, the others for the rest."""
    kinds = tuple(_IL_DISCOUNTS)
    return _pick(p, kinds[:2] if p.birth.year < 1959 else kinds[2:], 4)


def _eg_name(p: Person) -> str:
    given = _by_sex(p, _EG_GIVEN_M, _EG_GIVEN_F, 1)
    fathers = f"{_pick(p, _EG_FATHERS, 2)} {_pick(p, _EG_FATHERS, 5)}"
    return f"{given} {fathers} {_pick(p, _EG_FAMILY, 3)}"


def _ma_cin(p: Person) -> str:
    """A Moroccan CIN: the issuing office's letters (here Marrakech-Safi and Souss-Massa) and
    five or six digits; it carries no check digit."""
    letters = _place(p, _MA_PLACES)[3]
    width = 5 if len(letters) == 2 else 6
    return f"{letters}{int(p.bhxh[-6:]) % 10**width:0{width}d}"


def _ma_phone(p: Person) -> str:
    d = p.phone[2:10]
    return f"0{_pick(p, ('6', '7', '6'), 2)} {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"


def _ma_damage(p: Person) -> tuple[str, str]:
    if int(p.bhxh) % 3 == 0:
        return "Effondrement total / انهيار كلي", "140 000"
    return "Effondrement partiel / انهيار جزئي", "80 000"


WRITERS_BLIND89: dict[str, Callable[[Person, Col], object]] = {
    "school89": lambda p, c: _pick(p, _VN_SCHOOLING, 2),
    "party89": lambda p, c: "x" if int(p.bhxh) % 4 == 0 else "",
    "post89": lambda p, c: _team_post(p),
    "team89": lambda p, c: f"Tổ BV ANTT khu phố {1 + _num(p, 9)}",
    "team_decision89": lambda p, c: f"{_num(p, 300)}/QĐ-UBND",
    "team_pay89": lambda p, c: _VN_TEAM_PAY[_team_post(p)],
    "account89": lambda p, c: f"{_account(p)}{p.bhxh[2:5]}",
    "bank89": lambda p, c: _pick(p, _VN_BANKS, 4),
    "hometown89": lambda p, c: _pick(p, _VN_AO_HOMETOWNS, 2),
    "ao_home89": lambda p, c: _pick(p, _VN_AO_HOMES, 3),
    "ao_kind89": lambda p, c: _ao_kind(p),
    "ao_service89": lambda p, c: _pick(p, _VN_AO_SERVICE, 4) if _veteran(p) else "",
    "ao_rate89": lambda p, c: _ao_rate(p)[0],
    "ao_amount89": lambda p, c: _ao_rate(p)[1],
    "ao_carer89": lambda p, c: _other_vn(p, 6, None, p.family) if int(p.bhxh) % 2 else "",
    "ao_decision89": lambda p, c: f"{_num(p, 900)}/QĐ-SNV",
    "coffee_addr89": lambda p, c: _coffee_address(p),
    "coffee_ethnic89": lambda p, c: _pick(p, _VN_COFFEE_ETHNIC, 2),
    "coffee_area89": lambda p, c: f"{_num(p, 3)},{_pick(p, ('0', '5', '2', '8'), 3)}",
    "variety89": lambda p, c: _pick(p, _VN_VARIETIES, 4),
    "trees89": lambda p, c: str((4 + _num(p, 12)) * 110),
    "loan89": lambda p, c: str(50 * _num(p, 6)) if _pick(p, _VN_COFFEE_BANKS, 5) else "",
    "coffee_bank89": lambda p, c: _pick(p, _VN_COFFEE_BANKS, 5),
    "seedling_aid89": lambda p, c: f"{(4 + _num(p, 12)) * 110 * 1_500:,}".replace(",", "."),
    "extension89": lambda p, c: _pick(p, _VN_EXTENSION, 6),
    "sex_vn89": lambda p, c: "Nam" if p.male else "Nu",
    "rice_addr89": lambda p, c: _rice_address(p),
    "members89": lambda p, c: str(_rice(p)[0] + 1 + int(p.bhxh[7]) % 3),
    "hungry89": lambda p, c: str(_rice(p)[0]),
    "months89": lambda p, c: str(_rice(p)[1]),
    "rice_kg89": lambda p, c: str(15 * _rice(p)[0] * _rice(p)[1]),
    "rice_reason89": lambda p, c: _pick(p, _VN_RICE_REASONS, 4),
    "proxy89": lambda p, c: "" if int(p.bhxh) % 3 else _ascii(_other_vn(p, 7, None, p.family)),
    "none89": lambda p, c: "",
    "tckn_tr89": lambda p, c: _tckn(p),
    "given_tr89": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 1),
    "family_tr89": lambda p, c: _pick(p, _TR_FAMILY, 2).replace("i", "İ").upper(),
    "father_tr89": lambda p, c: _pick(p, _TR_GIVEN_M, 5),
    "sex_tr89": lambda p, c: "Erkek" if p.male else "Kadın",
    "edu_tr89": lambda p, c: _pick(p, _TR_EDUCATION, 3),
    "street_tr89": lambda p, c: _place(p, _TR_PLACES)[0].format(n=1 + _num(p, 60)),
    "ilce_tr89": lambda p, c: _place(p, _TR_PLACES)[1],
    "il_tr89": lambda p, c: _place(p, _TR_PLACES)[2],
    "phone_tr89": lambda p, c: _tr_phone(p),
    "iban_tr89": lambda p, c: _iban(
        "TR", f"000{_pick(p, ('10', '12', '15', '46'), 2)}0{_account(p)}{p.phone[4:10]}"
    ),
    "program_tr89": lambda p, c: _pick(p, _TR_PROGRAMS, 4),
    "employer_tr89": lambda p, c: _pick(p, _TR_EMPLOYERS, 5),
    "end_tr89": lambda p, c: (
        f"{p.other_date + timedelta(days=int(_pick(p, ('149', '179', '269'), 6))):%d.%m.%Y}"
    ),
    "disab_tr89": lambda p, c: _pick(p, ("Yok", "Yok", "Yok", "Var (%45)", "Yok"), 7),
    "advisor_tr89": lambda p, c: _pick(p, _TR_ADVISORS, 8),
    "melli_ir89": lambda p, c: _code_melli(p),
    "given_ir89": lambda p, c: _by_sex(p, _IR_GIVEN_M, _IR_GIVEN_F, 1),
    "family_ir89": lambda p, c: _pick(p, _IR_FAMILY, 2),
    "father_ir89": lambda p, c: _pick(p, _IR_FATHERS, 3),
    "shenas_ir89": lambda p, c: str(int(p.bhxh[-6:]) % 9000 + 1),
    "birth_ir89": lambda p, c: _solar_hijri(p.birth),
    "sex_ir89": lambda p, c: "مرد" if p.male else "زن",
    "province_ir89": lambda p, c: _place(p, _IR_PLACES)[2],
    "county_ir89": lambda p, c: _place(p, _IR_PLACES)[1],
    "street_ir89": lambda p, c: (
        _place(p, _IR_PLACES)[0].format(n=_num(p, 90)).translate(_FA_DIGITS)
    ),
    "postcode_ir89": lambda p, c: _ir_postcode89(p),
    "phone_ir89": lambda p, c: _ir_phone(p),
    "dependants_ir89": lambda p, c: str(int(p.bhxh[4]) % 6),
    "support_ir89": lambda p, c: _pick(p, _IR_SUPPORT, 4),
    "amount_ir89": lambda p, c: f"{(8 + _num(p, 30)) * 1_000_000:,}",
    "sheba_ir89": lambda p, c: _iban(
        "IR", f"0{_pick(p, ('17', '12', '16', '55'), 5)}0000000{_account(p)}{p.phone[6:8]}"
    ),
    "worker_ir89": lambda p, c: _pick(p, _IR_WORKERS, 6),
    "opened_ir89": lambda p, c: _solar_hijri(p.other_date),
    "payer_il89": lambda p, c: f"{int(p.bhxh) * 7919 % 10**7:07d}",
    "tz_il89": lambda p, c: _teudat_zehut(p),
    "family_il89": lambda p, c: _pick(p, _IL_FAMILY, 2),
    "given_il89": lambda p, c: _by_sex(p, _IL_GIVEN_M, _IL_GIVEN_F, 1),
    "sex_il89": lambda p, c: "ז" if p.male else "נ",
    "street_il89": lambda p, c: _pick(p, _IL_STREETS, 3).format(
        n=1 + _num(p, 80), d=1 + _num(p, 12)
    ),
    "city_il89": lambda p, c: "חיפה",
    "mikud_il89": lambda p, c: f"3{_pick(p, ('4', '2', '3', '1'), 3)}{_account(p)[:5]}",
    "phone_il89": lambda p, c: _il_phone(p),
    "discount_il89": lambda p, c: _il_discount(p),
    "pct_il89": lambda p, c: _IL_DISCOUNTS[_il_discount(p)],
    "area_il89": lambda p, c: str(40 + _num(p, 70)),
    "until_il89": lambda p, c: f"31/12/{p.other_date.year + int(p.bhxh[3]) % 2}",
    "note_il89": lambda p, c: _pick(p, ("", "", 'עד 100 מ"ר', "נדרש אישור ביטוח לאומי", ""), 5),
    "card_eg89": lambda p, c: f"{_place(p, _EG_PLACES)[3]}{int(p.bhxh) * 7919 % 10**8:08d}",
    "name_eg89": lambda p, c: _eg_name(p),
    "nid_eg89": lambda p, c: _egypt_id(p),
    "sex_eg89": lambda p, c: "ذكر" if p.male else "أنثى",
    "addr_eg89": lambda p, c: _place(p, _EG_PLACES)[0].format(n=1 + _num(p, 70)),
    "gov_eg89": lambda p, c: _place(p, _EG_PLACES)[2],
    "office_eg89": lambda p, c: f"مكتب تموين {_place(p, _EG_PLACES)[1]}",
    "members_eg89": lambda p, c: str(1 + _num(p, 6)),
    "grocer_eg89": lambda p, c: _pick(p, _EG_GROCERS, 4),
    "phone_eg89": lambda p, c: f"{_pick(p, ('010', '011', '012', '015'), 3)}{p.phone[2:10]}",
    "status_eg89": lambda p, c: _pick(p, _EG_STATUS, 5),
    "family_ma89": lambda p, c: _pick(p, _MA_FAMILY, 2).upper(),
    "given_ma89": lambda p, c: _by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 1),
    "cin_ma89": lambda p, c: _ma_cin(p),
    "sex_ma89": lambda p, c: "M / ذكر" if p.male else "F / أنثى",
    "douar_ma89": lambda p, c: _place(p, _MA_PLACES)[0],
    "commune_ma89": lambda p, c: _place(p, _MA_PLACES)[1],
    "province_ma89": lambda p, c: _place(p, _MA_PLACES)[2],
    "phone_ma89": lambda p, c: _ma_phone(p),
    "rsu_ma89": lambda p, c: f"{p.bhxh[:4]}{int(p.bhxh) * 31 % 10**6:06d}",
    "damage_ma89": lambda p, c: _ma_damage(p)[0],
    "aid_ma89": lambda p, c: _ma_damage(p)[1],
    "monthly_ma89": lambda p, c: "2 500",
    "caid_ma89": lambda p, c: _pick(p, _MA_CAIDS, 4),
}


__all__ = ["WRITERS_BLIND89"]
