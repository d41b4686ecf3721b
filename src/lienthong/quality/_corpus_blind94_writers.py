"""How the people of the ninety-fourth part of the outside corpus (**blind 94**,
:mod:`lienthong.quality._corpus_blind94`) are written: four Vietnamese files' own columns (a
worker's maternity or paternity claim, a Party member's transfer, a funeral allowance and the
person who saw to the funeral, a non-agricultural land tax assessment) and Pakistani,
Bangladeshi, Sri Lankan, Nepali and Indian names, places, phones and identity numbers in the
forms their registers write them (the CNIC with its sex digit, the NID, the new twelve-digit NIC,
the citizenship certificate number and Bikram Sambat dates, the Aadhaar with its Verhoeff
digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind19_writers import _bs
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind65_writers import _BD_DIGITS, _bd_nid
from lienthong.quality._corpus_blind70_writers import _sri_lanka_nic
from lienthong.quality._corpus_blind85_writers import _items

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_NP_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")

_VN_BANKS = ("Agribank CN Bắc Ninh", "Vietinbank CN KCN Quế Võ", "BIDV Bắc Ninh", "Vietcombank")
_VN_HOMETOWNS = ("Thái Bình", "Nam Định", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Hải Dương")
_VN_CELLS = _items(
    "Chi bộ Phòng Tổ chức - Hành chính; Chi bộ Trường THCS Nguyễn Du; Chi bộ Quân sự xã; "
    "Chi bộ Khu phố 4; Chi bộ Trạm Y tế"
)
_VN_TO = _items(
    "Đảng bộ phường Bến Thành; Đảng bộ xã Hòa Phú; Đảng bộ Sở Giáo dục và Đào tạo; "
    "Đảng ủy Khối các cơ quan tỉnh; Đảng bộ phường Tân Định"
)
_VN_REASONS = _items(
    "Chuyển công tác; Nghỉ hưu về nơi cư trú; Thay đổi nơi cư trú; Đi học tập trung"
)
_VN_NA_PLACES = (
    ("Xóm 3", "xã Nghi Phong", "huyện Nghi Lộc"),
    ("Khối 5", "phường Hưng Bình", "TP. Vinh"),
    ("Xóm Đông Sơn", "xã Diễn Hoa", "huyện Diễn Châu"),
    ("Xóm 7", "xã Hưng Tân", "huyện Hưng Nguyên"),
    ("Khối Yên Giang", "phường Hưng Hòa", "TP. Vinh"),
)
_VN_KIN = ("Con trai", "Con gái", "Vợ", "Chồng", "Cháu nội", "Em ruột")
_VN_FUNERAL_KINDS = _items(
    "Người khuyết tật nặng; Người khuyết tật đặc biệt nặng; Hộ nghèo không có khả năng lao động; "
    "Người đơn thân nghèo nuôi con"
)
_VN_BL_STREETS = ("Trần Phú", "Lê Hồng Phong", "Nguyễn Văn Cừ", "Hà Giang", "Lý Thường Kiệt")
_VN_BL_WARDS = ("phường 1", "phường 2", "phường B'Lao", "phường Lộc Phát", "phường Lộc Tiến")
_VN_PARCELS = ("thôn 7, xã Lộc Châu", "thôn Tân Lạc, xã Lộc Thanh", "tổ 4, phường Lộc Sơn")

_PK_GIVEN_M = ("Muhammad Asif", "Imran", "Ghulam Abbas", "Zeeshan", "Muhammad Naveed", "Tariq")
_PK_GIVEN_F = ("Rukhsana", "Nasreen", "Shazia", "Samina", "Kiran", "Nusrat")
_PK_FAMILY = ("Javed", "Iqbal", "Mahmood", "Ashraf", "Anwar", "Akhtar", "Rasool")
_PK_FATHERS = ("Muhammad Ashraf", "Allah Ditta", "Ghulam Rasool", "Abdul Sattar", "Nazir Ahmed")
#: (CNIC locality code, mohalla, city)
_PK_PLACES = (
    ("33100", "Ghulam Muhammad Abad", "Faisalabad"),
    ("33100", "Madina Town", "Faisalabad"),
    ("33102", "Peoples Colony No. 1", "Faisalabad"),
    ("33104", "Samanabad", "Faisalabad"),
    ("33105", "Mohalla Islampura", "Jaranwala"),
    ("33106", "Ward No. 7, Railway Road", "Samundri"),
)
_PK_MILLS = ("Sitara Textile Industries", "Crescent Textile Mills Ltd", "Masood Textile Mills")
_PK_JOBS = ("Weaver", "Spinning Operator", "Helper", "Stitcher", "Loom Fitter", "Supervisor")

_BD_GIVEN_M = ("মোঃ রফিকুল ইসলাম", "মোঃ আব্দুল করিম", "শাহাদাত হোসেন", "মাসুদ রানা", "জাহিদুল ইসলাম")
_BD_GIVEN_F = ("রোকসানা আক্তার", "শিরিন বেগম", "নাজমা খাতুন", "মোছাঃ আকলিমা খাতুন", "রুমা আক্তার")
_BD_FATHERS = ("মোঃ আব্দুর রহমান", "আলী আকবর", "মোঃ নুরুল ইসলাম", "হাবিবুর রহমান", "মৃত আব্দুল জলিল")
_BD_MOTHERS = ("মোছাঃ রহিমা বেগম", "ফাতেমা খাতুন", "আমেনা বেগম", "জোবেদা খাতুন", "সালেহা বেগম")
#: (village, post office, upazila, zila)
_BD_PLACES = (
    ("চরপাড়া", "দাউদকান্দি", "দাউদকান্দি", "কুমিল্লা"),
    ("বাগানবাড়ি", "চান্দিনা", "চান্দিনা", "কুমিল্লা"),
    ("দক্ষিণ রাজাপুর", "সেনবাগ", "সেনবাগ", "নোয়াখালী"),
    ("মধ্যপাড়া", "নবীনগর", "নবীনগর", "ব্রাহ্মণবাড়িয়া"),
    ("পশ্চিম গোবিন্দপুর", "মির্জাপুর", "মির্জাপুর", "টাঙ্গাইল"),
    ("উত্তর বালিয়া", "হাজীগঞ্জ", "হাজীগঞ্জ", "চাঁদপুর"),
)
_BD_COUNTRIES = ("সৌদি আরব", "ওমান", "মালয়েশিয়া", "কাতার", "সংযুক্ত আরব আমিরাত", "সিঙ্গাপুর")
_BD_TRADES_M = ("সাধারণ শ্রমিক", "নির্মাণ শ্রমিক", "ড্রাইভার", "ক্লিনার", "ইলেকট্রিশিয়ান")
_BD_TRADES_F = ("গৃহকর্মী", "গৃহকর্মী", "ক্লিনার", "গার্মেন্টস কর্মী", "কেয়ারগিভার")
_BD_AGENCIES = _items(
    "মেসার্স আল-হারামাইন ওভারসিজ (আরএল-০৮৭৬); সততা ইন্টারন্যাশনাল (আরএল-১২৪৫); "
    "মেসার্স বিসমিল্লাহ ট্রাভেলস (আরএল-০৪৩২); গ্লোবাল ম্যানপাওয়ার লিঃ (আরএল-১৭০৯)"
)
_BD_KIN_NAMES_M = ("মোঃ সাইফুল ইসলাম", "আব্দুল হালিম", "মোঃ কামাল হোসেন", "নুরুল আমিন")
#: (the nominee's relation to the worker, whether the nominee is a man)
_BD_KIN_M = (("স্ত্রী", False), ("পিতা", True), ("মাতা", False), ("ভাই", True))
_BD_KIN_F = (("স্বামী", True), ("মাতা", False), ("পিতা", True), ("ভাই", True))

_LK_INITIALS = ("H.M.", "R.M.", "W.A.", "K.G.", "D.M.", "A.B.M.", "S.P.")
_LK_GIVEN_M = ("Nimal Bandara", "Chaminda Kumara", "Sunil", "Ruwan Pradeep", "Kasun Madushanka")
_LK_GIVEN_F = ("Kumari", "Chandrika Menike", "Dilani Sandamali", "Nadeesha", "Sriyani")
_LK_FAMILY = ("Rathnayake", "Herath", "Dissanayake", "Wijesinghe", "Ekanayake", "Senevirathne")
#: (address line, GN division) in the Kurunegala DS division
_LK_PLACES = (
    ("No. {n}, Kandy Road", "Malkaduwawa"),
    ("No. {n}/2, Negombo Road", "Wehera"),
    ("{n}, Puttalam Road", "Yanthampalawa"),
    ("No. {n}, Wilgoda Road", "Wilgoda"),
    ("{n}/A, Dambulla Road", "Gettuwana"),
)
_LK_ELDERS_M = ("Wimalasena", "Premadasa", "Gunapala", "Siripala", "Jayasena")
_LK_ELDERS_F = ("Somawathi", "Leelawathi", "Kusumalatha", "Seelawathi")
_LK_RELATIONS_M = ("ගෘහමූලිකයා / Head", "ස්වාමිපුරුෂයා / Husband", "පුත්‍රයා / Son")
_LK_RELATIONS_F = ("ගෘහමූලිකයා / Head", "භාර්යාව / Wife", "මව / Mother", "දියණිය / Daughter")
_LK_JOBS = (
    ("Teacher", "Maliyadeva College, Kurunegala"),
    ("Farmer", "Self"),
    ("Three-wheel driver", "Self"),
    ("Nursing Officer", "Teaching Hospital, Kurunegala"),
    ("Machine operator", "MAS Intimates, Kurunegala"),
    ("Retired (Government)", ""),
    ("Foreign employment", "Kuwait"),
)

_NP_GIVEN_M = ("राम बहादुर", "हरि प्रसाद", "कृष्ण कुमार", "टेक बहादुर", "दिल बहादुर", "गोपाल")
_NP_GIVEN_F = ("सीता कुमारी", "गीता देवी", "माया", "लक्ष्मी", "तुलसा", "विष्णु माया")
_NP_FAMILY = ("थापा", "अधिकारी", "श्रेष्ठ", "पौडेल", "चौधरी", "गुरुङ", "तामाङ", "चेपाङ")
#: (municipality, tole, district, citizenship district code)
_NP_PLACES = (
    ("भरतपुर महानगरपालिका", "गीतानगर", "चितवन", "35"),
    ("रत्ननगर नगरपालिका", "टाँडी", "चितवन", "35"),
    ("खैरहनी नगरपालिका", "पर्साबजार", "चितवन", "35"),
    ("हेटौंडा उपमहानगरपालिका", "बसामाडी", "मकवानपुर", "31"),
    ("राप्ती नगरपालिका", "भण्डारा", "चितवन", "35"),
)
_NP_ELDERS = ("धन बहादुर", "मान बहादुर", "पूर्ण प्रसाद", "खड्ग बहादुर", "तिलक राम")
_NP_ORIGINS = ("गोरखा", "तनहुँ", "धादिङ", "लमजुङ")
_NP_DISABLED = ("पूर्ण अशक्त अपाङ्गता (क वर्ग)", "अति अशक्त अपाङ्गता (ख वर्ग)")
_NP_BANKS = ("राष्ट्रिय वाणिज्य बैंक", "कृषि विकास बैंक", "नेपाल बैंक लि.", "ग्लोबल आइएमई बैंक")

_IN_GIVEN_M = ("रामप्रसाद यादव", "सुनील कुमार", "राजेश कुमार वर्मा", "मोहम्मद इरफ़ान", "शिवकुमार")
_IN_GIVEN_F = ("सुनीता देवी", "गीता देवी", "पूजा यादव", "रीना कुमारी", "शबनम बानो", "कमला देवी")
_IN_FATHERS = ("रामसेवक", "श्यामलाल यादव", "जगदीश प्रसाद", "अब्दुल रशीद", "रामआसरे")
#: (village, block, district, PIN code)
_IN_PLACES = (
    ("ग्राम सरैया", "हैदरगढ़", "बाराबंकी", "225124"),
    ("ग्राम रामपुर कला", "रामनगर", "बाराबंकी", "225203"),
    ("ग्राम भिटरिया", "सिद्धौर", "बाराबंकी", "225413"),
    ("ग्राम बिसवां खुर्द", "बिसवां", "सीतापुर", "261201"),
    ("ग्राम नगराम", "मोहनलालगंज", "लखनऊ", "226301"),
)
_IN_REL_M = ("पति", "पुत्र", "पौत्र", "देवर")
_IN_REL_F = ("स्वयं", "स्वयं", "पुत्री", "पुत्रवधू")
_IN_DEALERS = ("रामकिशोर", "श्रीमती कुसुम सिंह", "महिला स्वयं सहायता समूह", "अनिल कुमार")


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _age(p: Person) -> int:
    return 2025 - p.birth.year


def _worker_birth(p: Person) -> date:
    """A worker of child-bearing age: the person's day and month, born 1984 to 2004."""
    return _safe_day(1984 + p.birth.year % 21, p.birth.month, p.birth.day)


def _child_day(p: Person) -> date:
    return p.other_date - timedelta(days=20 + _num(p, 40))


def _leave(p: Person) -> tuple[date, date]:
    """The leave a mother takes (from up to a month before the birth, six months) or a father
    (from the birth, five to fourteen working days)."""
    born = _child_day(p)
    if p.male:
        days = int(_pick(p, ("5", "7", "10", "14"), 3))
        return born, born + timedelta(days=days * 7 // 5 - 1)
    start = born - timedelta(days=_num(p, 30))
    end = _safe_day(start.year + (start.month + 5) // 12, (start.month + 5) % 12 + 1, start.day)
    return start, end - timedelta(days=1)


def _ts_wage(p: Person) -> int:
    return 5_300_000 + 100_000 * _num(p, 60)


def _ts_amount(p: Person) -> int:
    if p.male:
        return _ts_wage(p) // 24 * int(_pick(p, ("5", "7", "10", "14"), 3))
    return _ts_wage(p) * 6 + 2 * 2_340_000


def _joined(p: Person) -> date:
    span = max(1, 2022 - p.birth.year - 18)
    return _safe_day(p.birth.year + 18 + int(p.bhxh) % span, p.birth.month, _num(p, 28))


def _na_address(p: Person) -> str:
    hamlet, commune, district = _VN_NA_PLACES[int(p.bhxh) // 9 % len(_VN_NA_PLACES)]
    return f"{hamlet}, {commune}, {district}, tỉnh Nghệ An"


def _death(p: Person) -> date:
    return p.other_date - timedelta(days=5 + _num(p, 50))


def _funeral_kind(p: Person) -> str:
    if _death(p).year - p.birth.year >= 75:
        return "Người cao tuổi từ đủ 75 tuổi"
    return _pick(p, _VN_FUNERAL_KINDS, 3)


def _funeral_amount(p: Person) -> str:
    """Twenty times the standard social assistance rate: 360.000 đ, 500.000 đ from 1/7/2024."""
    return _dotted(20 * (500_000 if _death(p) >= date(2024, 7, 1) else 360_000))


def _land(p: Person) -> tuple[int, int, int]:
    """(square metres within the quota, beyond it, the price of a square metre)."""
    within = 80 + _num(p, 120)
    over = 0 if int(p.bhxh) % 3 else 10 * _num(p, 15)
    return within, over, 1_500_000 + 250_000 * _num(p, 40)


def _land_tax(p: Person) -> int:
    within, over, price = _land(p)
    return (within * price * 3 + over * price * 7) // 10_000


def _land_relief(p: Person) -> int:
    return _land_tax(p) // 2 if int(p.bhxh) % 7 == 0 else 0


def _pk(p: Person) -> tuple[str, str, str]:
    return _PK_PLACES[int(p.bhxh) // 9 % len(_PK_PLACES)]


def _pk_cnic(p: Person, code: str, digits: str, male: bool) -> str:
    """A CNIC, ``33100-1234567-1``: locality, seven digits, a last digit odd for men."""
    return f"{code}-{digits[:7]}-{int(digits[-1]) // 2 * 2 + (1 if male else 0)}"


def _bd_nominee(p: Person) -> str:
    relation, man = (_BD_KIN_M if p.male else _BD_KIN_F)[int(p.bhxh) // 7 % 4]
    return f"{_pick(p, _BD_KIN_NAMES_M if man else _BD_MOTHERS, 9)} ({relation})"


def _bd(p: Person) -> tuple[str, str, str, str]:
    return _BD_PLACES[int(p.bhxh) // 9 % len(_BD_PLACES)]


def _bd_phone(p: Person, digits: str) -> str:
    number = f"01{_pick(p, ('7', '8', '9', '3', '6'), 4)}{digits[:2]}-{digits[2:8]}"
    return number.translate(_BD_DIGITS) if int(p.bhxh) % 3 == 0 else number


def _lk(p: Person) -> tuple[str, str]:
    return _LK_PLACES[int(p.bhxh) // 9 % len(_LK_PLACES)]


def _lk_name(p: Person) -> str:
    given = _by_sex(p, _LK_GIVEN_M, _LK_GIVEN_F, 1)
    return f"{_pick(p, _LK_INITIALS, 2)} {given} {_pick(p, _LK_FAMILY, 3)}"


def _lk_relation(p: Person) -> str:
    """Older residents head the household or are its head's spouse (or mother); the young are
    also sons and daughters."""
    if _age(p) >= 55:
        return _by_sex(p, _LK_RELATIONS_M[:2], _LK_RELATIONS_F[:3], 4)
    return _by_sex(p, _LK_RELATIONS_M, _LK_RELATIONS_F, 4)


def _lk_head(p: Person) -> str:
    relation = _lk_relation(p)
    if relation.endswith("Head"):
        return _lk_name(p)
    elders = _LK_ELDERS_F if relation.endswith("Husband") else _LK_ELDERS_M
    return f"{_pick(p, _LK_INITIALS, 2)} {_pick(p, elders, 5)} {_pick(p, _LK_FAMILY, 3)}"


def _lk_job(p: Person) -> tuple[str, str]:
    if _age(p) >= 62:
        return "Retired (Government)", ""
    return _LK_JOBS[int(p.bhxh) // 7 % len(_LK_JOBS)]


def _lk_phone(p: Person) -> str:
    if int(p.bhxh) % 4 == 0:
        return f"037-22{p.phone[5:10]}"
    return f"07{_pick(p, ('1', '2', '5', '6', '7', '8'), 4)} {p.phone[3:6]} {p.phone[6:10]}"


def _np(p: Person) -> tuple[str, str, str, str]:
    return _NP_PLACES[int(p.bhxh) // 9 % len(_NP_PLACES)]


def _np_issued(p: Person) -> date:
    return _shift_date(p.birth, 16 + int(p.bhxh) % max(1, min(20, 2023 - 16 - p.birth.year)))


def _np_citizen(p: Person) -> str:
    """A citizenship certificate number: ``35-01-70-01234`` (district, office, the issue year in
    Bikram Sambat, a serial) on new certificates, ``१२३४/२०४५`` on old hand-written ones."""
    year = _bs(_np_issued(p))[:4]
    if int(p.bhxh) % 4 == 0:
        return f"{int(p.bhxh[-5:]) % 9000 + 100}/{year}".translate(_NP_DIGITS)
    return f"{_np(p)[3]}-0{1 + int(p.bhxh[2]) % 3}-{year[2:]}-{p.bhxh[-5:]}"


def _np_kind(p: Person) -> str:
    if _age(p) >= 68:
        return "ज्येष्ठ नागरिक"
    if not p.male and _age(p) >= 60:
        return "एकल महिला"
    return _pick(p, _NP_DISABLED, 3)


def _np_name(p: Person) -> str:
    return f"{_by_sex(p, _NP_GIVEN_M, _NP_GIVEN_F, 1)} {_pick(p, _NP_FAMILY, 2)}"


def _in(p: Person) -> tuple[str, str, str, str]:
    return _IN_PLACES[int(p.bhxh) // 9 % len(_IN_PLACES)]


def _in_name(p: Person) -> str:
    return _by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1)


def _in_relation(p: Person) -> str:
    """The head of the family is its eldest woman: older men are her husband, older women
    herself."""
    if _age(p) >= 55:
        return "पति" if p.male else "स्वयं"
    return _by_sex(p, _IN_REL_M, _IN_REL_F, 3)


def _in_aadhaar(p: Person) -> str:
    full = _verhoeff(f"{int(p.bhxh[1]) % 8 + 2}{p.bhxh[::-1]}")
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _in_phone(p: Person) -> str:
    number = f"{_pick(p, ('9', '8', '7', '6'), 4)}{p.phone[1:10]}"
    return f"+91-{number[:5]} {number[5:]}" if int(p.bhxh) % 5 == 0 else number


WRITERS_BLIND94: dict[str, Callable[[Person, Col], object]] = {
    "ts_birth94": lambda p, c: f"{_worker_birth(p):%d/%m/%Y}",
    "ts_cond94": lambda p, c: (
        "LĐ nam nghỉ việc khi vợ sinh con"
        if p.male
        else _pick(p, ("Sinh con", "Sinh con", "Sinh con (phẫu thuật)", "Sinh đôi"), 2)
    ),
    "ts_child94": lambda p, c: f"{_child_day(p):%d/%m/%Y}",
    "ts_from94": lambda p, c: f"{_leave(p)[0]:%d/%m/%Y}",
    "ts_to94": lambda p, c: f"{_leave(p)[1]:%d/%m/%Y}",
    "ts_days94": lambda p, c: (
        _pick(p, ("5", "7", "10", "14"), 3)
        if p.male
        else str((_leave(p)[1] - _leave(p)[0]).days + 1)
    ),
    "ts_wage94": lambda p, c: _dotted(_ts_wage(p)),
    "ts_amount94": lambda p, c: _dotted(_ts_amount(p)),
    "ts_account94": lambda p, c: f"{p.bhxh[::-1]}{p.bhxh[:3]}",
    "ts_bank94": lambda p, c: _pick(p, _VN_BANKS, 4),
    "ts_team94": lambda p, c: _pick(p, ("Tổ SMT 1", "Tổ SMT 2", "Tổ Kiểm tra", "Kho"), 5),
    "dv_hometown94": lambda p, c: _pick(p, _VN_HOMETOWNS, 2),
    "dv_addr94": lambda p, c: f"{p.street}, {_pick(p, _VN_BL_WARDS[:2], 3)}, Quận 3, TP.HCM",
    "dv_card94": lambda p, c: f"{p.bhxh[1:3]}.{p.bhxh[3:9]}",
    "dv_join94": lambda p, c: f"{_joined(p):%d/%m/%Y}",
    "dv_official94": lambda p, c: f"{_shift_date(_joined(p), 1):%d/%m/%Y}",
    "dv_from94": lambda p, c: _pick(p, _VN_CELLS, 4),
    "dv_to94": lambda p, c: _pick(p, _VN_TO, 5),
    "dv_reason94": lambda p, c: _pick(p, _VN_REASONS, 6),
    "dv_kind94": lambda p, c: _pick(p, ("Chính thức", "Chính thức", "Tạm thời"), 7),
    "dv_letter94": lambda p, c: f"{_num(p, 400)}-GGT/ĐU",
    "birth_year94": lambda p, c: str(p.birth.year),
    "mt_addr94": lambda p, c: _na_address(p),
    "mt_kind94": lambda p, c: _funeral_kind(p),
    "mt_death94": lambda p, c: f"{_death(p):%d/%m/%Y}",
    "mt_cert94": lambda p, c: f"{_num(p, 120)}/TLKT-BS",
    "mt_handler94": lambda p, c: _other_vn(p, 3, None, p.family),
    "mt_relation94": lambda p, c: _pick(p, _VN_KIN, 4),
    "mt_handler_cccd94": lambda p, c: _cccd_of(p, int(p.bhxh) % 2 == 0, 1965 + int(p.bhxh) % 30),
    "mt_phone94": lambda p, c: _other_phone(p, "09"),
    "mt_amount94": lambda p, c: _funeral_amount(p),
    "pnn_home94": lambda p, c: (
        f"{_num(p, 300)} {_pick(p, _VN_BL_STREETS, 2)}, {_pick(p, _VN_BL_WARDS, 3)},"
        " TP. Bảo Lộc, tỉnh Lâm Đồng"
    ),
    "pnn_parcel94": lambda p, c: f"{_pick(p, _VN_PARCELS, 4)}, TP. Bảo Lộc",
    "pnn_sheet94": lambda p, c: str(_num(p, 45)),
    "pnn_lot94": lambda p, c: str(_num(p, 700)),
    "pnn_in94": lambda p, c: str(_land(p)[0]),
    "pnn_over94": lambda p, c: str(_land(p)[1]),
    "pnn_price94": lambda p, c: _dotted(_land(p)[2]),
    "pnn_tax94": lambda p, c: _dotted(_land_tax(p)),
    "pnn_relief94": lambda p, c: _dotted(_land_relief(p)),
    "pnn_due94": lambda p, c: _dotted(_land_tax(p) - _land_relief(p)),
    "pnn_year94": lambda p, c: "2025",
    "pk_eobi94": lambda p, c: f"FAA{p.bhxh[3:10]}",
    "pk_name94": lambda p, c: (
        f"{_by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1)} {_pick(p, _PK_FAMILY, 2)}"
    ),
    "pk_father94": lambda p, c: _pick(p, _PK_FATHERS, 3),
    "pk_cnic94": lambda p, c: _pk_cnic(p, _pk(p)[0], p.bhxh[2:10], p.male),
    "pk_sex94": lambda p, c: "Male" if p.male else "Female",
    "pk_addr94": lambda p, c: f"House No. {_num(p, 400)}, Street No. {_num(p, 12)}, {_pk(p)[1]}",
    "pk_city94": lambda p, c: _pk(p)[2],
    "pk_phone94": lambda p, c: f"03{_pick(p, ('00', '21', '33', '45', '06'), 4)}-{p.phone[3:10]}",
    "pk_job94": lambda p, c: _pick(p, _PK_JOBS, 5),
    "pk_wage94": lambda p, c: f"{37_000 + 500 * _num(p, 40):,}",
    "pk_employer94": lambda p, c: _pick(p, _PK_MILLS, 6),
    "pk_nominee94": lambda p, c: (
        f"{_by_sex(p, _PK_GIVEN_F, _PK_GIVEN_M, 7)} ({'Wife' if p.male else 'Husband'})"
    ),
    "pk_nominee_cnic94": lambda p, c: _pk_cnic(p, _pk(p)[0], p.bhxh[::-1][1:9], not p.male),
    "bd_bmet94": lambda p, c: f"BMET{p.other_date.year}{p.bhxh[-7:]}",
    "bd_name94": lambda p, c: _by_sex(p, _BD_GIVEN_M, _BD_GIVEN_F, 1),
    "bd_father94": lambda p, c: _pick(p, _BD_FATHERS, 2),
    "bd_mother94": lambda p, c: _pick(p, _BD_MOTHERS, 3),
    "bd_sex94": lambda p, c: "পুরুষ" if p.male else "মহিলা",
    "bd_nid94": lambda p, c: _bd_nid(p),
    "bd_passport94": lambda p, c: f"{_pick(p, ('A', 'A', 'B', 'EB'), 5)}{p.bhxh[2:9]}",
    "bd_addr94": lambda p, c: (
        f"গ্রাম: {_bd(p)[0]}, ডাকঘর: {_bd(p)[1]}, উপজেলা: {_bd(p)[2]}, জেলা: {_bd(p)[3]}"
    ),
    "bd_zila94": lambda p, c: _bd(p)[3],
    "bd_phone94": lambda p, c: _bd_phone(p, p.phone[2:10]),
    "bd_country94": lambda p, c: _pick(p, _BD_COUNTRIES, 6),
    "bd_trade94": lambda p, c: _by_sex(p, _BD_TRADES_M, _BD_TRADES_F, 7),
    "bd_agency94": lambda p, c: _pick(p, _BD_AGENCIES, 8),
    "bd_visa94": lambda p, c: f"{int(p.bhxh[::-1]) % 9_000_000_000 + 1_000_000_000}",
    "bd_nominee94": lambda p, c: _bd_nominee(p),
    "bd_nominee_phone94": lambda p, c: _bd_phone(p, p.bhxh[::-1][:8]),
    "lk_house94": lambda p, c: f"{_lk(p)[1][:3].upper()}/{_num(p, 450):03d}",
    "lk_head94": lambda p, c: _lk_head(p),
    "lk_rel94": lambda p, c: _lk_relation(p),
    "lk_name94": lambda p, c: _lk_name(p),
    "lk_nic94": lambda p, c: _sri_lanka_nic(p),
    "lk_sex94": lambda p, c: "පුරුෂ" if p.male else "ස්ත්‍රී",
    "lk_civil94": lambda p, c: _pick(p, ("විවාහක / Married", "අවිවාහක / Single"), 6),
    "lk_job94": lambda p, c: _lk_job(p)[0],
    "lk_work94": lambda p, c: _lk_job(p)[1],
    "lk_addr94": lambda p, c: f"{_lk(p)[0].format(n=_num(p, 300))}, {_lk(p)[1]}, Kurunegala",
    "lk_gn94": lambda p, c: _lk(p)[1],
    "lk_phone94": lambda p, c: _lk_phone(p),
    "np_name94": lambda p, c: _np_name(p),
    "np_sex94": lambda p, c: "पुरुष" if p.male else "महिला",
    "np_birth94": lambda p, c: _bs(p.birth).translate(_NP_DIGITS),
    "np_citizen94": lambda p, c: _np_citizen(p),
    "np_issue94": lambda p, c: _np(p)[2] if int(p.bhxh) % 5 else _pick(p, _NP_ORIGINS, 4),
    "np_issued94": lambda p, c: _bs(_np_issued(p)).translate(_NP_DIGITS),
    "np_father94": lambda p, c: f"{_pick(p, _NP_ELDERS, 5)} {_pick(p, _NP_FAMILY, 2)}",
    "np_addr94": lambda p, c: (
        f"{_np(p)[0]}-{str(_num(p, 18)).translate(_NP_DIGITS)}, {_np(p)[1]}, {_np(p)[2]}"
    ),
    "np_district94": lambda p, c: _np(p)[2],
    "np_phone94": lambda p, c: f"98{_pick(p, ('4', '5', '6', '0', '1'), 3)}{p.phone[3:10]}",
    "np_kind94": lambda p, c: _np_kind(p),
    "np_card94": lambda p, c: f"{_num(p, 18)}-{p.bhxh[-4:]}".translate(_NP_DIGITS),
    "np_bank94": lambda p, c: _pick(p, _NP_BANKS, 6),
    "np_account94": lambda p, c: f"0{p.bhxh[1:4]}01{p.bhxh[4:10]}{p.bhxh[:3]}",
    "np_guardian94": lambda p, c: (
        f"{_pick(p, _NP_GIVEN_M + _NP_GIVEN_F, 7)} {_pick(p, _NP_FAMILY, 2)}"
        if _np_kind(p).startswith(("पूर्ण", "अति"))
        else ""
    ),
    "np_start94": lambda p, c: _bs(p.other_date).translate(_NP_DIGITS),
    "in_card94": lambda p, c: f"2187{p.bhxh[2:10]}",
    "in_kind94": lambda p, c: _pick(p, ("पात्र गृहस्थी", "पात्र गृहस्थी", "अन्त्योदय"), 2),
    "in_head94": lambda p, c: _in_name(p) if _in_relation(p) == "स्वयं" else _pick(p, _IN_GIVEN_F, 5),
    "in_rel94": lambda p, c: _in_relation(p),
    "in_name94": lambda p, c: _in_name(p),
    "in_father94": lambda p, c: _pick(p, _IN_FATHERS, 6),
    "in_sex94": lambda p, c: "पुरुष" if p.male else "महिला",
    "in_aadhaar94": lambda p, c: _in_aadhaar(p),
    "in_phone94": lambda p, c: _in_phone(p),
    "in_addr94": lambda p, c: f"{_in(p)[0]}, पोस्ट {_in(p)[1]}, ब्लॉक {_in(p)[1]}, जनपद {_in(p)[2]}",
    "in_district94": lambda p, c: _in(p)[2],
    "in_pin94": lambda p, c: _in(p)[3],
    "in_fps94": lambda p, c: f"{_pick(p, _IN_DEALERS, 7)} ({_in(p)[3][:3]}74{p.bhxh[:4]})",
    "in_ekyc94": lambda p, c: _pick(p, ("सत्यापित", "सत्यापित", "सत्यापित", "लंबित"), 8),
}


__all__ = ["WRITERS_BLIND94"]
