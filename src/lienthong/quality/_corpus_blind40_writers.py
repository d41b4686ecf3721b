"""How the people of the fortieth part of the outside corpus (**blind 40**,
:mod:`lienthong.quality._corpus_blind40`) are written: four Vietnamese files' own columns (a
subsidised household's internet account, bank account and meter, a chronic patient's diagnosis,
ICD code, commune health station and doctor, a labour-export trainee's passport, destination,
trade, class and guarantor, an exempted young man's parents, reason and decision) and Irish, New
Zealand, Israeli, Japanese and Kenyan names, addresses, phones and identity numbers in the forms
their cards show, with the check characters the PPS number (mod 23 letter), the IRD number
(mod 11), the NHI (mod 11), the Teudat Zehut (Luhn) and the My Number (mod 11) carry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = TypeVar("_T")

_VN_ISPS = ("VNPT", "Viettel", "FPT Telecom", "VNPT", "Viettel")
_VN_BANKS = ("Agribank", "Vietcombank", "BIDV", "VietinBank", "Ngân hàng CSXH")
_VN_HH_KINDS = ("Hộ nghèo", "Hộ cận nghèo", "Hộ chính sách", "Hộ nghèo", "Hộ có công")
_VN_DIAG = (
    ("Tăng huyết áp vô căn", "I10"),
    ("Đái tháo đường typ 2", "E11"),
    ("Bệnh phổi tắc nghẽn mạn tính", "J44"),
    ("Hen phế quản", "J45"),
    ("Suy tim", "I50"),
    ("Bệnh thận mạn", "N18"),
    ("Viêm gan virus B mạn", "B18.1"),
)
_VN_TYT = ("Trạm Y tế xã Tân Thạnh Đông", "Trạm Y tế xã Phước Vĩnh An", "Trạm Y tế xã Trung An")
_VN_TYT2 = ("Trạm Y tế thị trấn Củ Chi", "Trạm Y tế xã Phú Hòa Đông", "Trạm Y tế xã An Nhơn Tây")
_VN_DOCTORS = ("BS. Trần Văn Hậu", "BSCKI. Lê Thị Mỹ", "BS. Nguyễn Quốc Bảo", "Y sĩ Phạm Thị Lan")
_VN_COUNTRIES = (("Nhật Bản", "Thực tập sinh kỹ năng"), ("Đài Loan", "Lao động hợp đồng"))
_VN_COUNTRIES2 = (("Hàn Quốc", "EPS"), ("Đức", "Điều dưỡng"), ("Nhật Bản", "Kỹ năng đặc định"))
_VN_TRADES = ("Chế biến thực phẩm", "Xây dựng - cốp pha", "Điều dưỡng", "Cơ khí hàn", "May mặc")
_VN_KIN = ("Bố", "Mẹ", "Anh trai", "Chị gái", "Chú", "Bác")
_VN_EXEMPT = (
    "Con liệt sĩ",
    "Con thương binh hạng 1",
    "Một con của thương binh hạng 2",
    "Không đủ sức khỏe (loại 6)",
    "Cán bộ, công chức được điều động đến vùng ĐBKK",
    "Con duy nhất của bệnh binh suy giảm 61% trở lên",
)
_IE_FAMILY = ("Ó Súilleabháin", "Murphy", "Ní Bhriain", "Kelly", "Mac Giolla", "Byrne", "O'Neill")
_IE_GIVEN_M = ("Seán", "Pádraig", "Ciarán", "Eoin", "Darragh", "Cathal", "Liam")
_IE_GIVEN_F = ("Aoife", "Siobhán", "Niamh", "Caoimhe", "Róisín", "Sinéad", "Orla")
#: (street line, town, county, routing key)
_IE_PLACES = (
    ("14 Bóthar na Trá", "Salthill", "Co. Galway", "H91"),
    ("Apt 3, 22 Parnell Square", "Dublin 1", "Co. Dublin", "D01"),
    ("7 Main Street", "Ennis", "Co. Clare", "V95"),
    ("Ballyhaunis Road", "Knock", "Co. Mayo", "F12"),
    ("31 Pearse Avenue", "Mallow", "Co. Cork", "P51"),
    ("2 The Crescent", "Tralee", "Co. Kerry", "V92"),
)
_EIRCODE_ALPHA = "0123456789ACDEFHKNPRTVWXY"
_IE_SCHEMES = ("Jobseeker's Allowance", "State Pension (Contributory)", "Carer's Allowance")
_NZ_FAMILY = ("Ngata", "Smith", "Te Whata", "Wilson", "Tuhiwai", "Patel", "Parata", "Fa'alogo")
_NZ_GIVEN_M = ("Wiremu", "Tama", "James", "Hemi", "Sione", "Liam", "Rawiri")
_NZ_GIVEN_F = ("Aroha", "Mere", "Olivia", "Ngaio", "Losa", "Charlotte", "Hine")
#: (street, suburb, city, postcode)
_NZ_PLACES = (
    ("12 Karangahape Road", "Newton", "Auckland", "1010"),
    ("45 Great South Road", "Ōtāhuhu", "Auckland", "1062"),
    ("7 Cuba Street", "Te Aro", "Wellington", "6011"),
    ("88 Riccarton Road", "Riccarton", "Christchurch", "8011"),
    ("3 Tui Street", "Whakatāne", "Whakatāne", "3120"),
    ("19 Grey Street", "Hamilton East", "Hamilton", "3216"),
)
_NHI_ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_IL_FAMILY = ("כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "אזולאי")
_IL_GIVEN_M = ("יוסף", "דוד", "משה", "אברהם", "יצחק", "אריאל", "נועם")
_IL_GIVEN_F = ("נועה", "שרה", "מיכל", "רחל", "תמר", "יעל", "אסתר")
#: (street, city, postcode)
_IL_PLACES = (
    ("הרצל", "חיפה", "3303110"),
    ("ז'בוטינסקי", "רמת גן", "5252004"),
    ("דרך בגין", "תל אביב-יפו", "6701101"),
    ("יפו", "ירושלים", "9434102"),
    ("רגר", "באר שבע", "8471510"),
    ("העצמאות", "אשדוד", "7745205"),
)
_IL_FUNDS = ("כללית", "מכבי", "מאוחדת", "לאומית")
_JP_FAMILY = ("佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村")
_JP_GIVEN_M = ("太郎", "翔太", "健一", "大輔", "拓也", "誠")
_JP_GIVEN_F = ("花子", "美咲", "陽子", "由美", "さくら", "恵")
#: (prefecture, city, block, postcode)
_JP_PLACES = (
    ("東京都", "新宿区", "西新宿2-8-1", "163-8001"),
    ("大阪府", "大阪市北区", "梅田3丁目1番1号", "530-0001"),
    ("神奈川県", "横浜市中区", "本町6-50-10", "231-0005"),
    ("北海道", "札幌市中央区", "北1条西2丁目", "060-0001"),
    ("福岡県", "福岡市博多区", "博多駅前1-1-1", "812-0011"),
    ("愛知県", "名古屋市中区", "三の丸3-1-1", "460-0001"),
)
_JP_EMPLOYERS = ("株式会社山田製作所", "東都物流株式会社", "合同会社ひかり", "医療法人青葉会")
_KE_FAMILY = ("Kamau", "Otieno", "Wanjiru", "Mwangi", "Ochieng", "Kiprotich", "Mutua", "Njeri")
_KE_GIVEN_M = ("John", "Peter", "Brian", "Kevin", "Dennis", "Samuel", "Collins")
_KE_GIVEN_F = ("Mary", "Faith", "Grace", "Mercy", "Esther", "Caroline", "Wambui")
#: (county, sub-county, ward)
_KE_PLACES = (
    ("Nairobi", "Kasarani", "Mwiki"),
    ("Nairobi", "Embakasi East", "Utawala"),
    ("Kiambu", "Thika Town", "Hospital"),
    ("Kisumu", "Kisumu Central", "Kondele"),
    ("Nakuru", "Nakuru Town East", "Biashara"),
    ("Mombasa", "Nyali", "Kongowea"),
    ("Uasin Gishu", "Ainabkoi", "Kapsoya"),
)
_KE_EMPLOYERS = ("Safaricom PLC", "Kenya Power", "Equity Bank", "Self-employed", "KTDA")


def _safe_day(year: int, month: int, day: int) -> date:
    """The day in that year, 28 February standing in for a 29th that year lacks."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def _pps(p: Person) -> str:
    """A PPS number: 7 digits, the mod-23 check letter, and for some an ``A`` after it."""
    digits = p.bhxh[2:9]
    second = "A" if int(p.bhxh) % 4 == 0 else ""
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    total += 9 * (1 if second else 0)
    check = "W" if total % 23 == 0 else chr(ord("A") + total % 23 - 1)
    return f"{digits}{check}{second}"


def _eircode(p: Person) -> str:
    key = _IE_PLACES[int(p.bhxh) // 9 % len(_IE_PLACES)][3]
    n = int(p.bhxh[-6:])
    tail = "".join(_EIRCODE_ALPHA[n // 25**i % 25] for i in range(4))
    return f"{key} {tail}"


def _ird(p: Person) -> str:
    """An IRD number (8 or 9 digits, mod 11 with the secondary weights when the first give 10)."""
    base = int(p.bhxh[:8]) % 90_000_000 + 10_000_000
    while True:
        body = f"{base:08d}"
        for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
            rem = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
            check = 0 if rem == 0 else 11 - rem
            if check != 10:
                digits = f"{body}{check}".lstrip("0")
                return f"{digits[:-6]}-{digits[-6:-3]}-{digits[-3:]}"
        base += 1


def _nhi(p: Person) -> str:
    """An NHI in the old ``AAANNNC`` form (letters without I and O, mod 11 check)."""
    n = int(p.bhxh)
    while True:
        letters = "".join(_NHI_ALPHA[n // 24**i % 24] for i in range(3))
        digits = f"{n % 1000:03d}"
        values = [_NHI_ALPHA.index(ch) + 1 for ch in letters] + [int(d) for d in digits]
        rem = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rem != 0:
            return f"{letters}{digits}{(11 - rem) % 10}"
        n += 1


def _teudat_zehut(p: Person) -> str:
    body = f"{int(p.bhxh[:8]) % 40_000_000:08d}"
    total = 0
    for i, d in enumerate(body):
        v = int(d) * (1 + i % 2)
        total += v - 9 if v > 9 else v
    return f"{body}{(10 - total % 10) % 10}"


def _my_number(p: Person) -> str:
    body = f"{p.bhxh}{p.birth.day % 10}"
    total = 0
    for n, d in enumerate(reversed(body), start=1):
        total += int(d) * (n + 1 if n <= 6 else n - 5)
    rem = total % 11
    return f"{body}{0 if rem <= 1 else 11 - rem}"


def _wareki(d: date) -> str:
    """A date in the Japanese era calendar: 昭和50年3月4日, 平成元年 for 1989."""
    if d >= date(2019, 5, 1):
        era, year = "令和", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, year = "平成", d.year - 1988
    else:
        era, year = "昭和", d.year - 1925
    return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"


def _place(p: Person, places: tuple[_T, ...]) -> _T:
    return places[int(p.bhxh) // 9 % len(places)]


def _dest(p: Person) -> tuple[str, str]:
    """A trainee's destination country and programme."""
    return (_VN_COUNTRIES + _VN_COUNTRIES2)[int(p.bhxh) // 34 % 5]


def _kra_pin(p: Person) -> str:
    return f"A{p.bhxh[1:10]}{chr(ord('A') + int(p.bhxh) % 26)}"


WRITERS_BLIND40: dict[str, Callable[[Person, Col], object]] = {
    "hh_kind40": lambda p, c: _pick(p, _VN_HH_KINDS, 2),
    "isp40": lambda p, c: _pick(p, _VN_ISPS, 3),
    "account40": lambda p, c: f"HCM{_pick(p, ('FTTH', 'MEGA', 'FIBER'), 4)}{p.bhxh[3:10]}",
    "bank40": lambda p, c: _pick(p, _VN_BANKS, 5),
    "bank_acct40": lambda p, c: f"{p.bhxh[::-1]}{p.bhxh[2:5]}",
    "meter40": lambda p, c: f"PE{p.bhxh[-8:]}",
    "subsidy40": lambda p, c: _pick(p, ("50.000", "100.000", "150.000"), 6),
    "patient_id40": lambda p, c: f"BN{p.bhxh[-7:]}",
    "diag40": lambda p, c: _pick(p, tuple(d for d, _ in _VN_DIAG), 2),
    "icd40": lambda p, c: _pick(p, tuple(i for _, i in _VN_DIAG), 2),
    "tyt40": lambda p, c: _pick(p, _VN_TYT + _VN_TYT2, 3),
    "doctor40": lambda p, c: _pick(p, _VN_DOCTORS, 4),
    "trainee_passport40": lambda p, c: f"{_pick(p, ('C', 'P'), 2)}{p.bhxh[2:9]}",
    "country40": lambda p, c: _dest(p)[0],
    "program40": lambda p, c: _dest(p)[1],
    "trade40": lambda p, c: _pick(p, _VN_TRADES, 4),
    "class40": lambda p, c: f"K{_num(p, 30) + 40}-{_pick(p, ('JP', 'TW', 'KR', 'DE'), 3)}",
    "guarantor40": lambda p, c: _other_vn(p, 5, None, p.family),
    "guarantor_rel40": lambda p, c: _pick(p, _VN_KIN, 6),
    "guarantor_phone40": lambda p, c: _other_phone(p, "09"),
    "father40": lambda p, c: _other_vn(p, 3, True, p.family),
    "mother40": lambda p, c: _other_vn(p, 7, False, None),
    "exempt40": lambda p, c: _pick(p, _VN_EXEMPT, 2),
    "decision40": lambda p, c: f"{_num(p, 300)}/QĐ-UBND",
    "signer40": lambda p, c: _pick(p, ("Nguyễn Văn Tám", "Lê Hoàng Phúc", "Trần Minh Đức"), 8),
    "pps_ie40": lambda p, c: _pps(p),
    "ie_family40": lambda p, c: _pick(p, _IE_FAMILY, 2),
    "ie_given40": lambda p, c: _by_sex(p, _IE_GIVEN_M, _IE_GIVEN_F, 1),
    "sex_ie40": lambda p, c: "Male" if p.male else "Female",
    "street_ie40": lambda p, c: _place(p, _IE_PLACES)[0],
    "town_ie40": lambda p, c: _place(p, _IE_PLACES)[1],
    "county_ie40": lambda p, c: _place(p, _IE_PLACES)[2],
    "eircode_ie40": lambda p, c: _eircode(p),
    "phone_ie40": lambda p, c: (
        f"08{_pick(p, ('3', '5', '6', '7'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "scheme_ie40": lambda p, c: _pick(p, _IE_SCHEMES, 4),
    "rate_ie40": lambda p, c: f"€{_pick(p, ('232.00', '277.30', '248.00'), 5)}",
    "kin_ie40": lambda p, c: f"{_by_sex(p, _IE_GIVEN_F, _IE_GIVEN_M, 6)} {_pick(p, _IE_FAMILY, 7)}",
    "ird_nz40": lambda p, c: _ird(p),
    "nhi_nz40": lambda p, c: _nhi(p),
    "nz_family40": lambda p, c: _pick(p, _NZ_FAMILY, 2),
    "nz_given40": lambda p, c: _by_sex(p, _NZ_GIVEN_M, _NZ_GIVEN_F, 1),
    "sex_nz40": lambda p, c: "M" if p.male else "F",
    "street_nz40": lambda p, c: _place(p, _NZ_PLACES)[0],
    "suburb_nz40": lambda p, c: _place(p, _NZ_PLACES)[1],
    "city_nz40": lambda p, c: _place(p, _NZ_PLACES)[2],
    "postcode_nz40": lambda p, c: _place(p, _NZ_PLACES)[3],
    "phone_nz40": lambda p, c: f"02{_pick(p, ('1', '2', '7'), 3)} {p.phone[4:7]} {p.phone[7:10]}",
    "iwi_nz40": lambda p, c: _pick(p, ("Ngāpuhi", "Ngāti Porou", "", "Tainui", "", "Ngāi Tahu"), 4),
    "benefit_nz40": lambda p, c: _pick(p, ("Jobseeker Support", "Supported Living", "NZ Super"), 5),
    "tz_il40": lambda p, c: _teudat_zehut(p),
    "il_family40": lambda p, c: _pick(p, _IL_FAMILY, 2),
    "il_given40": lambda p, c: _by_sex(p, _IL_GIVEN_M, _IL_GIVEN_F, 1),
    "father_il40": lambda p, c: _pick(p, _IL_GIVEN_M, 3),
    "sex_il40": lambda p, c: "ז" if p.male else "נ",
    "address_il40": lambda p, c: (
        f"{_place(p, _IL_PLACES)[0]} {_num(p, 120)}, {_place(p, _IL_PLACES)[1]}"
    ),
    "postcode_il40": lambda p, c: _place(p, _IL_PLACES)[2],
    "phone_il40": lambda p, c: f"05{_pick(p, ('0', '2', '4', '8'), 4)}-{p.phone[3:10]}",
    "fund_il40": lambda p, c: _pick(p, _IL_FUNDS, 5),
    "mynumber_jp40": lambda p, c: _my_number(p),
    "jp_family40": lambda p, c: _pick(p, _JP_FAMILY, 2),
    "jp_given40": lambda p, c: _by_sex(p, _JP_GIVEN_M, _JP_GIVEN_F, 1),
    "wareki_jp40": lambda p, c: _wareki(p.birth),
    "sex_jp40": lambda p, c: "男" if p.male else "女",
    "postcode_jp40": lambda p, c: f"〒{_place(p, _JP_PLACES)[3]}",
    "pref_jp40": lambda p, c: _place(p, _JP_PLACES)[0],
    "city_jp40": lambda p, c: _place(p, _JP_PLACES)[1],
    "block_jp40": lambda p, c: _place(p, _JP_PLACES)[2],
    "phone_jp40": lambda p, c: f"090-{p.phone[2:6]}-{p.phone[6:10]}",
    "employer_jp40": lambda p, c: _pick(p, _JP_EMPLOYERS, 4),
    "emergency_jp40": lambda p, c: f"{_pick(p, _JP_FAMILY, 2)} {_pick(p, _JP_GIVEN_F, 5)}",
    "joined_jp40": lambda p, c: _wareki(
        _safe_day(2019 + int(p.bhxh) % 6, p.birth.month, p.birth.day)
    ),
    "id_ke40": lambda p, c: f"{int(p.bhxh[:8]) % 39_000_000 + 1_000_000}",
    "kra_ke40": lambda p, c: _kra_pin(p),
    "nhif_ke40": lambda p, c: f"{p.bhxh[::-1][:8]}",
    "ke_name40": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1)} {_pick(p, _KE_FAMILY, 2)}"
        f" {_pick(p, _KE_FAMILY, 3)}"
    ),
    "sex_ke40": lambda p, c: "Mwanaume" if p.male else "Mwanamke",
    "county_ke40": lambda p, c: _place(p, _KE_PLACES)[0],
    "subcounty_ke40": lambda p, c: _place(p, _KE_PLACES)[1],
    "ward_ke40": lambda p, c: _place(p, _KE_PLACES)[2],
    "phone_ke40": lambda p, c: f"07{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "employer_ke40": lambda p, c: _pick(p, _KE_EMPLOYERS, 4),
    "kin_ke40": lambda p, c: f"{_by_sex(p, _KE_GIVEN_F, _KE_GIVEN_M, 5)} {_pick(p, _KE_FAMILY, 6)}",
    "kin_phone_ke40": lambda p, c: f"0722 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:6]}",
}
