"""How the people of the two hundred and forty-third part of the outside corpus (**blind 243**,
:mod:`lienthong.quality._corpus_blind243`) are written: four Vietnamese files' own columns (a
petrol station attendant's fire-safety training, a tuna longliner's crew and landings, a commune
study-promotion association's member dues, a pavement parking keeper's permit) and Pakistani
names, addresses, phones and CNICs from Sindh (Sindhi script), Khyber Pakhtunkhwa (Pashto
script), Balochistan, Punjab (Urdu) and Azad Jammu and Kashmir: the CNIC ``42101-1234567-1``
opens with its province's locality code and ends in a digit odd for men and even for women."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam --------------------------------------------------------------------------------------
_VN_STATIONS = (
    (
        "CHXD Petrolimex số 12",
        "112 Quốc lộ 1A, Phường Tân Tạo, TP. Hồ Chí Minh",
        "Petrolimex Sài Gòn",
    ),
    ("CHXD Mipec Bình Chánh", "Km 3 Tỉnh lộ 10, Xã Vĩnh Lộc A, TP. Hồ Chí Minh", "Mipec"),
    ("CHXD PVOIL Tân Sơn Nhì", "265 Tân Sơn Nhì, Phường Tân Sơn Nhì, TP. Hồ Chí Minh", "PVOIL"),
    ("CHXD Comeco số 7", "45 Kinh Dương Vương, Phường An Lạc, TP. Hồ Chí Minh", "Comeco"),
    (
        "CHXD Saigon Petro An Phú",
        "Đường Mai Chí Thọ, Phường Bình Trưng, TP. Hồ Chí Minh",
        "Saigon Petro",
    ),
)
_VN_PETRO_ROLES = (
    "Nhân viên bán hàng",
    "Cửa hàng trưởng",
    "Bảo vệ",
    "Nhân viên bán hàng",
    "Thủ kho",
)
_VN_PCCC_RESULT = ("Đạt", "Đạt", "Đạt", "Không đạt - kiểm tra lại", "Vắng")
_VN_BOAT_PORTS = ("PY", "BĐ", "KH", "BĐ", "PY")
_VN_CREW_ROLES = ("Thuyền trưởng", "Máy trưởng", "Thuyền viên", "Thuyền viên", "Thợ máy")
_VN_HOMETOWNS = (
    "Xã An Hải, Tuy An, Phú Yên",
    "Xã Hoài Hương, Hoài Nhơn, Bình Định",
    "Phường Xuân Yên, Sông Cầu",
    "Xã Ninh Hải, Ninh Hòa, Khánh Hòa",
    "Quảng Ngãi",
)
_VN_CHI_HOI = (
    "Chi hội thôn Đông",
    "Chi hội thôn Đoài",
    "Chi hội dòng họ Nguyễn",
    "Chi hội Trường TH",
)
_VN_LEARNING_FAM = ("Gia đình học tập", "Gia đình học tập tiêu biểu", "", "Công dân học tập")
_VN_SPOTS = (
    "Vỉa hè trước số 24 Lê Lợi",
    "Lòng đường Tôn Thất Thiệp (một bên)",
    "Vỉa hè hông chợ Bến Thành",
    "Trước cổng Bệnh viện Từ Dũ",
    "Vỉa hè số 2-10 Nguyễn Huệ",
)
_VN_HOURS = ("06:00-22:00", "07:00-18:00", "17:00-23:00", "Cả ngày")

# -- Pakistan -------------------------------------------------------------------------------------
_PK_OPERATORS = ("300", "301", "321", "333", "345", "312", "303", "315", "344")
_SD_GIVEN_M = ("علي محمد", "غلام حسين", "نياز احمد", "الهه بخش", "عبدالغفور", "محمد عرس")
_SD_GIVEN_F = ("زينت", "شهناز", "حليمه خاتون", "سسئي", "مارئي", "نسيم")
_SD_FAMILY = ("سومرو", "ميمڻ", "ڀٽو", "جوڻيجو", "ٻگهيو", "لغاري", "ڪلهوڙو")
_SD_PLACES = (
    ("42201", "فليٽ نمبر 12, بلاڪ B, گلشن اقبال, ڪراچي", "ڳوٺ پير بخش, تعلقو ڏوڪري, لاڙڪاڻو"),
    ("41306", "مڪان نمبر 44, قاسم آباد فيز 1, حيدرآباد", "ڳوٺ ڀٽ شاهه, تعلقو هالا, مٽياري"),
    ("45504", "نيو پنڊ, گلي نمبر 3, سکر", "ڳوٺ عاقل, تعلقو روهڙي, سکر"),
    ("43203", "ريشم گلي, مڪان 7, لاڙڪاڻو", "ڳوٺ ٻگهي, تعلقو رتوديرو, لاڙڪاڻو"),
    ("44103", "سيٽلائيٽ ٽائون, مڪان 91, ميرپورخاص", "ڳوٺ جهڏو, تعلقو ڊگهڙي, ميرپورخاص"),
)
_SD_THANAS = ("گلشن اقبال", "قاسم آباد", "اي سيڪشن سکر", "حيدري ٿاڻو لاڙڪاڻو", "سيٽلائيٽ ٽائون")
_KP_GIVEN_M = ("ګل زمان", "محمد اسحاق", "شاه فیصل", "نور الله", "عبدالولي", "اسفندیار")
_KP_GIVEN_F = ("زرغونه", "ملالۍ", "نازیه", "شبانه", "پلوشه", "ګل مکۍ")
_KP_FAMILY = ("یوسفزی", "اپریدی", "خټک", "مومند", "شینواری", "بنګښ")
_KP_PLACES = (
    ("17301", "کور 14, کوڅه 3, حیات اباد فیز 6, پېښور", "حیات اباد"),
    ("16101", "کلی شېرګړ, تحصیل تخت بهي, مردان", "تخت بهي"),
    ("15602", "محله امانکوټ, مینګوره, سوات", "مینګوره"),
    ("14301", "محله جنګل خېل, کوهاټ", "جنګل خېل"),
    ("17102", "کلی عمرزي, تحصیل چارسده, چارسده", "عمرزي"),
)
_KP_PURPOSE = ("بهر ته د کار لپاره", "د پاسپورټ لپاره", "سرکاري نوکري", "د زده کړې لپاره")
_KP_DEST = ("سعودي عربستان", "متحده عربي امارات", "قطر", "", "ملائیشیا", "عمان")
_KP_STATUS = ("منظور", "تر غور لاندې", "تحقیق ته لېږل شوی", "منظور", "رد")
_BL_GIVEN_M = (
    "Abdul Qadir",
    "Muhammad Hashim",
    "Nasrullah",
    "Sardar Khan",
    "Ghulam Nabi",
    "Dad Karim",
)
_BL_GIVEN_F = ("Hani Bibi", "Mahnaz", "Gul Bano", "Shazia", "Zarina", "Bibi Sabira")
_BL_FAMILY = ("Baloch", "Bugti", "Mengal", "Kakar", "Achakzai", "Rind", "Raisani")
_BL_PLACES = (
    ("54400", "House No. 3-B, Jinnah Town, Quetta", "Mouza Kuchlak, Tehsil Kuchlak, Quetta"),
    ("56302", "Killi Shabo, Pishin", "Mouza Yaru, Tehsil Karezat, Pishin"),
    ("52203", "Mohallah Kalat Bazar, Mastung", "Mouza Kardgap, Tehsil & Distt. Mastung"),
    ("53201", "Ward No. 4, Loralai City", "Mouza Bori, Tehsil Loralai"),
    ("55102", "Near Civil Hospital, Turbat, Kech", "Mouza Nasirabad, Tehsil Turbat"),
)
_BL_STATUS = (
    "Verified",
    "Solar installed",
    "Pending QESCO NOC",
    "Verified",
    "Objection - land record",
)
_UR_GIVEN_M = ("محمد عمران", "محمد آصف", "غلام مصطفیٰ", "عبدالرحمٰن", "محمد اکرم", "بلال احمد")
_UR_GIVEN_F = ("فاطمہ بی بی", "عائشہ", "نسرین اختر", "رخسانہ کوثر", "صائمہ", "شازیہ پروین")
_PB_FAMILY = ("چوہدری", "بٹ", "قریشی", "اعوان", "راجپوت", "ملک", "گجر")
_PB_PLACES = (
    ("35202", "مکان نمبر 21, گلی نمبر 4, سمن آباد, لاہور", "موضع ماناں والا", "فیروزوالا"),
    ("33100", "چک نمبر 208 ر ب, تحصیل جڑانوالہ, فیصل آباد", "چک نمبر 208 ر ب", "جڑانوالہ"),
    ("34101", "محلہ اسلام آباد, گوجرانوالہ", "موضع کوٹلی ہنجرا", "وزیرآباد"),
    ("36302", "بستی ملوک, ملتان", "موضع بستی ملوک", "ملتان صدر"),
    ("38403", "سیٹلائٹ ٹاؤن, بلاک C, سرگودھا", "موضع چک 46 شمالی", "سرگودھا"),
)
_PB_SERVICES = ("فرد ملکیت", "انتقال (بیع)", "فرد برائے بینک قرضہ", "انتقال (وراثت)", "فرد ملکیت")
_AK_FAMILY = ("میر", "ڈار", "لون", "بٹ", "راٹھور", "عباسی", "شیخ")
_AK_CAMPS = (
    ("81102", "منگ بجری کیمپ, مظفرآباد"),
    ("81102", "کامسر کیمپ, مظفرآباد"),
    ("82203", "ہٹیاں دوپٹہ کیمپ, ضلع جہلم ویلی"),
    ("84101", "چھتر کلاس کیمپ, مظفرآباد"),
    ("83301", "ٹھوٹہ کیمپ, باغ"),
)
_AK_ORIGINS = ("کپواڑہ", "بارہمولہ", "کرناہ", "اوڑی", "کپواڑہ", "سوپور")
_AK_BANKS = ("بینک آف آزاد جموں و کشمیر", "نیشنل بینک", "حبیب بینک", "بینک آف آزاد جموں و کشمیر")


def _row(p: Person, rows: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return rows[int(p.bhxh[-3:]) % len(rows)]


def _cnic243(p: Person, code: str) -> str:
    """A CNIC: the locality code, seven digits, a last digit odd for men and even for women."""
    base = int(p.bhxh[-1]) - int(p.bhxh[-1]) % 2
    return f"{code}-{p.bhxh[1:8]}-{base + 1 if p.male else base}"


def _pk_phone(p: Person, style: int) -> str:
    op, seven = _pick(p, _PK_OPERATORS, 4), p.phone[3:10]
    forms = (f"0{op}-{seven}", f"+92 {op} {seven}", f"0{op}{seven}", f"+92-{op}-{seven}")
    return forms[style]


def _pk_person(
    p: Person, given_m: tuple[str, ...], given_f: tuple[str, ...], family: tuple[str, ...]
) -> str:
    return f"{_by_sex(p, given_m, given_f, 1)} {_pick(p, family, 2)}"


def _pk_father(p: Person, given_m: tuple[str, ...], family: tuple[str, ...]) -> str:
    """A father's (or husband's) name: another man's given name and the person's family name."""
    father = _pick(p, given_m, 3)
    if p.male and father == _pick(p, given_m, 1):
        father = given_m[(given_m.index(father) + 1) % len(given_m)]
    return f"{father} {_pick(p, family, 2)}"


def _later(p: Person, days: int, fmt: str) -> str:
    return (p.other_date + timedelta(days=days)).strftime(fmt)


WRITERS_BLIND243: dict[str, Callable[[Person, Col], object]] = {
    "station243": lambda p, c: _row(p, _VN_STATIONS)[0],
    "station_addr243": lambda p, c: _row(p, _VN_STATIONS)[1],
    "petro_firm243": lambda p, c: _row(p, _VN_STATIONS)[2],
    "petro_role243": lambda p, c: _pick(p, _VN_PETRO_ROLES, 3),
    "pccc_result243": lambda p, c: _pick(p, _VN_PCCC_RESULT, 4),
    "pccc_cert243": lambda p, c: f"{_num(p, 900):03d}/GCN-PC07",
    "boat243": lambda p, c: f"{_pick(p, _VN_BOAT_PORTS, 2)}-9{p.bhxh[4:7]}-TS",
    "boat_owner243": lambda p, c: _other_vn(p, 3, True),
    "crew_role243": lambda p, c: _pick(p, _VN_CREW_ROLES, 5),
    "hometown243": lambda p, c: _pick(p, _VN_HOMETOWNS, 6),
    "landing243": lambda p, c: _later(p, 21 + _num(p, 20), "%d/%m/%Y"),
    "catch243": lambda p, c: f"{_num(p, 90) * 25}",
    "kin_phone243": lambda p, c: _other_phone(p, "03"),
    "chi_hoi243": lambda p, c: _pick(p, _VN_CHI_HOI, 2),
    "member_card243": lambda p, c: f"KH-{p.bhxh[5:9]}",
    "learning_family243": lambda p, c: _pick(p, _VN_LEARNING_FAM, 3),
    "dues243": lambda p, c: _pick(p, ("20.000", "20.000", "30.000", "50.000"), 4),
    "donation243": lambda p, c: f"{_num(p, 20) * 10_000:,}".replace(",", "."),
    "collector243": lambda p, c: _other_vn(p, 5),
    "parking_spot243": lambda p, c: _pick(p, _VN_SPOTS, 2),
    "area243": lambda p, c: f"{_num(p, 30) + 5},{p.bhxh[-1]}",
    "hours243": lambda p, c: _pick(p, _VN_HOURS, 3),
    "permit243": lambda p, c: f"{_num(p, 400)}/GP-UBND",
    "fee243": lambda p, c: f"{_num(p, 12) * 150_000}",
    "tdp_head243": lambda p, c: _other_vn(p, 7, True),
    # Sindh: a police station's register of tenants
    "sd_name243": lambda p, c: _pk_person(p, _SD_GIVEN_M, _SD_GIVEN_F, _SD_FAMILY),
    "sd_father243": lambda p, c: _pk_father(p, _SD_GIVEN_M, _SD_FAMILY),
    "cnic_sd243": lambda p, c: _cnic243(p, _row(p, _SD_PLACES)[0]),
    "sex_sd243": lambda p, c: "مرد" if p.male else "عورت",
    "phone_sd243": lambda p, c: _pk_phone(p, 0),
    "sd_rent243": lambda p, c: _row(p, _SD_PLACES)[1],
    "sd_native243": lambda p, c: _row(p, _SD_PLACES)[2],
    "sd_landlord243": lambda p, c: _pk_father(p, _SD_GIVEN_M[::-1], _SD_FAMILY[::-1]),
    "landlord_cnic243": lambda p, c: f"42{p.bhxh[3:6]}-{p.bhxh[::-1][:7]}-{p.bhxh[2]}",
    "sd_thana243": lambda p, c: _pick(p, _SD_THANAS, 3),
    "rent243": lambda p, c: f"{_num(p, 40) * 1000 + 8000}",
    # Khyber Pakhtunkhwa: police character certificate applications
    "kp_name243": lambda p, c: _pk_person(p, _KP_GIVEN_M, _KP_GIVEN_F, _KP_FAMILY),
    "kp_father243": lambda p, c: _pk_father(p, _KP_GIVEN_M, _KP_FAMILY),
    "cnic_kp243": lambda p, c: _cnic243(p, _row(p, _KP_PLACES)[0]),
    "sex_kp243": lambda p, c: "نارینه" if p.male else "ښځینه",
    "kp_addr243": lambda p, c: _row(p, _KP_PLACES)[1],
    "kp_thana243": lambda p, c: f"تانه {_row(p, _KP_PLACES)[2]}",
    "purpose243": lambda p, c: _pick(p, _KP_PURPOSE, 3),
    "dest243": lambda p, c: _pick(p, _KP_DEST, 4),
    "phone_kp243": lambda p, c: _pk_phone(p, 1),
    "kp_status243": lambda p, c: _pick(p, _KP_STATUS, 5),
    # Balochistan: tube wells moving to solar power
    "bl_name243": lambda p, c: _pk_person(p, _BL_GIVEN_M, _BL_GIVEN_F, _BL_FAMILY),
    "bl_father243": lambda p, c: (
        f"{'S/O' if p.male else 'D/O'} {_pk_father(p, _BL_GIVEN_M, _BL_FAMILY)}"
    ),
    "cnic_bl243": lambda p, c: _cnic243(p, _row(p, _BL_PLACES)[0]).replace("-", ""),
    "sex_bl243": lambda p, c: "Male" if p.male else "Female",
    "phone_bl243": lambda p, c: _pk_phone(p, 2),
    "bl_addr243": lambda p, c: _row(p, _BL_PLACES)[1],
    "tw_loc243": lambda p, c: _row(p, _BL_PLACES)[2],
    "qesco_ref243": lambda p, c: f"21 {p.bhxh[:5]} {p.bhxh[5:]} U",
    "load243": lambda p, c: _pick(p, ("15", "18.65", "22.4", "30", "37.3"), 3),
    "acres243": lambda p, c: f"{_num(p, 60) + 4}",
    "iban243": lambda p, c: f"PK{p.bhxh[-2:]}NBPA{p.bhxh}{p.bhxh[:6]}",
    "bl_status243": lambda p, c: _pick(p, _BL_STATUS, 5),
    # Punjab: an Arazi Record Centre's register of fards and mutations
    "token243": lambda p, c: f"ARC-{p.bhxh[2:8]}",
    "pb_name243": lambda p, c: _pk_person(p, _UR_GIVEN_M, _UR_GIVEN_F, _PB_FAMILY),
    "pb_father243": lambda p, c: (
        f"{'ولد' if p.male else 'زوجہ'} {_pk_father(p, _UR_GIVEN_M, _PB_FAMILY)}"
    ),
    "cnic_pb243": lambda p, c: _cnic243(p, _row(p, _PB_PLACES)[0]),
    "sex_pb243": lambda p, c: "مرد" if p.male else "خاتون",
    "phone_pb243": lambda p, c: _pk_phone(p, 3),
    "pb_addr243": lambda p, c: _row(p, _PB_PLACES)[1],
    "mauza243": lambda p, c: _row(p, _PB_PLACES)[2],
    "land_tehsil243": lambda p, c: _row(p, _PB_PLACES)[3],
    "khewat243": lambda p, c: f"{_num(p, 700)}",
    "khatoni243": lambda p, c: f"{_num(p, 900)}",
    "khasra243": lambda p, c: f"{_num(p, 2000)}/{_num(p, 9)}",
    "raqba243": lambda p, c: f"{_num(p, 40)}-{_num(p, 19)}",
    "fee_pb243": lambda p, c: _pick(p, ("500", "1000", "1500", "500"), 5),
    "service243": lambda p, c: _pick(p, _PB_SERVICES, 6),
    # Azad Jammu and Kashmir: refugees of 1989 and their subsistence allowance
    "refno243": lambda p, c: f"RHB/{_num(p, 90)}/{p.bhxh[3:7]}",
    "ak_name243": lambda p, c: _pk_person(p, _UR_GIVEN_M, _UR_GIVEN_F, _AK_FAMILY),
    "ak_father243": lambda p, c: _pk_father(p, _UR_GIVEN_M, _AK_FAMILY),
    "cnic_ak243": lambda p, c: _cnic243(p, _row(p, _AK_CAMPS)[0]),
    "sex_ak243": lambda p, c: "مرد" if p.male else "عورت",
    "ak_origin243": lambda p, c: _pick(p, _AK_ORIGINS, 3),
    "ak_addr243": lambda p, c: _row(p, _AK_CAMPS)[1],
    "members243": lambda p, c: f"{_num(p, 9) + 1}",
    "allowance243": lambda p, c: f"{(_num(p, 9) + 1) * 3000}",
    "ak_bank243": lambda p, c: f"{_pick(p, _AK_BANKS, 4)} - {p.bhxh[-8:]}",
    "phone_ak243": lambda p, c: _pk_phone(p, 0),
}
