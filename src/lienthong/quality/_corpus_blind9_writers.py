"""How the people of the ninth part of the outside corpus (**blind 9**,
:mod:`lienthong.quality._corpus_blind9`) are written: Chinese, Hong Kong, Indian, Israeli, Sri
Lankan, South African, Finnish, Georgian and Bangladeshi names, addresses, phones and identity
numbers with their own check digits (居民身份证 ISO 7064 MOD 11-2, HKID, Aadhaar's Verhoeff,
the Israeli ת.ז., the old Sri Lankan NIC, the South African ID's Luhn, the Finnish
henkilötunnus' mod 31)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _note, _num, _pick, _verhoeff

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_CN_FAMILY = ("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴")
_CN_GIVEN_M = ("伟", "强", "磊", "军", "洋", "勇", "志强", "建国", "浩然")
_CN_GIVEN_F = ("芳", "娜", "敏", "静", "丽", "秀英", "婷", "雪梅", "欣怡")
#: (area code of the 居民身份证, the district it names)
_CN_AREAS = (
    ("110105", "北京市朝阳区"),
    ("310104", "上海市徐汇区"),
    ("440106", "广州市天河区"),
    ("510107", "成都市武侯区"),
    ("330106", "杭州市西湖区"),
)
_CN_ROADS = ("建国路", "人民路", "解放路", "中山路", "长江路", "文一西路")
_NOTES_CN = ("已迁出", "信息待核实", "户主", "无")
#: HK surnames and given names, romanised (Cantonese) and in characters, index for index
_HK_FAMILY: tuple[tuple[str, str], ...] = (("CHAN", "陳"), ("WONG", "黃"), ("LEUNG", "梁"))
_HK_FAMILY += (("LAU", "劉"), ("CHEUNG", "張"), ("LEE", "李"), ("NG", "吳"), ("HO", "何"))
_HK_GIVEN_M = (("Tai Man", "大文"), ("Ka Ho", "家豪"), ("Chi Keung", "志強"), ("Wing Kin", "永健"))
_HK_GIVEN_F = (("Mei Ling", "美玲"), ("Wai Yee", "慧儀"), ("Ka Yan", "嘉欣"), ("Siu Ying", "小英"))
_HK_DISTRICTS = ("沙田", "觀塘", "油尖旺", "東區", "元朗", "屯門", "葵青")
_IN_GIVEN_M = ("राम", "सुरेश", "राजेश", "अमित", "विजय", "मनोज", "संजय")
_IN_GIVEN_F = ("सीता", "सुनीता", "अनीता", "पूजा", "रेखा", "प्रियंका", "गीता")
_IN_FAMILY = ("कुमार", "शर्मा", "सिंह", "यादव", "वर्मा", "गुप्ता", "मिश्रा")
_IN_FATHERS = ("रामेश्वर", "श्याम लाल", "मोहन", "हरि प्रसाद", "जगदीश", "ओम प्रकाश")
_IN_PLACES = (
    ("गोमती नगर, लखनऊ, उत्तर प्रदेश", "226010"),
    ("कंकड़बाग, पटना, बिहार", "800020"),
    ("मालवीय नगर, जयपुर, राजस्थान", "302017"),
    ("अरेरा कॉलोनी, भोपाल, मध्य प्रदेश", "462016"),
)
_IL_FAMILY = ("כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "אזולאי")
_IL_GIVEN_M = ("יוסף", "דוד", "משה", "אברהם", "יצחק", "אורי", "נועם")
_IL_GIVEN_F = ("שרה", "רחל", "נועה", "מיכל", "תמר", "יעל", "אסתר")
_IL_STREETS = ("הרצל", "ז'בוטינסקי", "רוטשילד", "בן יהודה", "העצמאות", "ויצמן")
_IL_TOWNS = ("תל אביב-יפו", "ירושלים", "חיפה", "באר שבע", "פתח תקווה", "נתניה")
_LK_FAMILY = ("Perera", "Fernando", "Silva", "Jayasinghe", "Bandara", "Dissanayake")
_LK_ANCESTRAL = ("Hewage", "Mudiyanselage", "Kankanamge", "Liyanage", "Arachchige")
_LK_GIVEN_M = ("Nimal", "Sunil", "Ruwan", "Kasun", "Chaminda", "Lahiru")
_LK_GIVEN_F = ("Nirmala", "Chathurika", "Dilani", "Sanduni", "Kumari", "Ishara")
_LK_SECOND_M = ("Kumara", "Sisira", "Pradeep", "Nuwan", "Asanka")
_LK_SECOND_F = ("Priyanthi", "Malkanthi", "Madushani", "Nadeeka", "Sewwandi")
_LK_PLACES: tuple[str, ...] = ("Galle Road, Colombo 03", "Kandy Road, Kiribathgoda")
_LK_PLACES += ("Main Street, Matara", "Temple Road, Nugegoda", "Peradeniya Road, Kandy")
_LK_BRANCHES = ("COLOMBO FORT", "KANDY CITY", "NUGEGODA", "MATARA", "GAMPAHA")
_ZA_FAMILY = ("van der Merwe", "Botha", "Nel", "Pretorius", "du Plessis", "Venter", "Smit")
_ZA_GIVEN_M = ("Johannes Petrus", "Pieter", "Hendrik Jacobus", "Gerhard", "Willem", "Francois")
_ZA_GIVEN_F = ("Anna Maria", "Susanna", "Elize", "Marlize", "Annelie", "Charlotte Johanna")
_ZA_STREETS = ("Kerkstraat", "Voortrekkerweg", "Stasieweg", "Hoofstraat", "Eikelaan")
_ZA_SUBURBS: tuple[tuple[str, str], ...] = (("Stellenbosch", "7600"), ("Bloemfontein", "9301"))
_ZA_SUBURBS += (("Pretoria-Oos", "0081"), ("Bellville", "7530"), ("Potchefstroom", "2531"))
_FI_FAMILY = ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine")
_FI_GIVEN_M = ("Matti Juhani", "Mikko", "Jukka Pekka", "Eetu Olavi", "Väinö", "Onni")
_FI_GIVEN_F = ("Aino Maria", "Liisa", "Sanna Kaarina", "Päivi", "Ella Sofia", "Venla")
_FI_STREETS = ("Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Koulukatu")
_FI_TOWNS = (("HELSINKI", "00100"), ("ESPOO", "02100"), ("TAMPERE", "33100"), ("OULU", "90100"))
_GE_FAMILY = ("ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "ლომიძე", "ჯაფარიძე")
_GE_GIVEN_M = ("გიორგი", "დავით", "ნიკოლოზ", "ლევან", "ირაკლი", "ლაშა")
_GE_GIVEN_F = ("ნინო", "მარიამ", "თამარ", "ანა", "ეკატერინე", "ნათია")
_GE_PLACES: tuple[str, ...] = ("ქ. თბილისი, ვაჟა-ფშაველას გამზ.", "ქ. ქუთაისი, რუსთაველის ქ.")
_GE_PLACES += ("ქ. ბათუმი, ჭავჭავაძის ქ.", "ქ. თბილისი, პეკინის ქ.")
_BD_GIVEN_M: tuple[str, ...] = ("মোঃ রফিকুল ইসলাম", "আব্দুল করিম", "মোঃ জাহিদ হাসান", "শফিকুর রহমান")
_BD_GIVEN_M += ("সুমন চন্দ্র দাস", "মোঃ আলমগীর হোসেন")
_BD_GIVEN_F: tuple[str, ...] = ("মোছাঃ নাসরিন আক্তার", "ফাতেমা বেগম", "রোকসানা খাতুন", "শাহনাজ পারভীন")
_BD_GIVEN_F += ("মিতা রানী দাস", "সালমা আক্তার")
_BD_FATHERS = ("মোঃ আব্দুর রহিম", "আবুল কাশেম", "মোঃ নুরুল হক", "হরিপদ দাস")
_BD_MOTHERS = ("রহিমা বেগম", "আমেনা খাতুন", "জাহানারা বেগম", "সবিতা রানী")
_BD_PLACES = (
    "গ্রাম: চরপাড়া, ডাকঘর: শিবপুর, উপজেলা: শিবপুর, জেলা: নরসিংদী",
    "গ্রাম: দক্ষিণপাড়া, ডাকঘর: গোপালপুর, উপজেলা: গোপালপুর, জেলা: টাঙ্গাইল",
    "বাড়ি নং ১২, রোড নং ৫, ধানমন্ডি, ঢাকা-১২০৫",
    "গ্রাম: পূর্ব হাটখোলা, ডাকঘর: সদর, উপজেলা: কুমিল্লা সদর, জেলা: কুমিল্লা",
)
_NOTES_BD = ("যাচাই করা হয়েছে", "মৃত", "ঠিকানা পরিবর্তন", "নতুন")
_BENGALI_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def _pair(p: Person, options: tuple[tuple[str, str], ...], salt: int) -> tuple[str, str]:
    """Two values that go together (a town and its postcode), picked as :func:`_pick` picks."""
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]


def _cn_area(p: Person) -> tuple[str, str]:
    return _CN_AREAS[int(p.bhxh) % len(_CN_AREAS)]


def _cn_id(p: Person) -> str:
    """A 居民身份证号码: area, yyyymmdd, a serial odd for men, and the ISO 7064 MOD 11-2 check."""
    serial = int(p.bhxh[-3:]) // 2 * 2 % 1000 + (1 if p.male else 0)
    body = f"{_cn_area(p)[0]}{p.birth:%Y%m%d}{serial:03d}"
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body))
    return body + "10X98765432"[total % 11]


def _hk(p: Person) -> tuple[tuple[str, str], tuple[str, str]]:
    return _HK_FAMILY[int(p.bhxh) % 8], (_HK_GIVEN_M if p.male else _HK_GIVEN_F)[int(p.bhxh) % 4]


def _hkid(p: Person) -> str:
    """A Hong Kong identity card number, ``A123456(3)``: letter, six digits, mod 11 check."""
    letter = "ACDEGHKPRVYZ"[int(p.bhxh[:2]) % 12]
    digits = p.bhxh[2:8]
    total = 9 * 36 + 8 * (ord(letter) - 55) + sum(int(d) * (7 - i) for i, d in enumerate(digits))
    check = (11 - total % 11) % 11
    return f"{letter}{digits}({'A' if check == 10 else check})"


def _aadhaar(p: Person) -> str:
    """An Aadhaar number, ``2345 6789 0123``: first digit 2-9, a Verhoeff check digit last."""
    number = _verhoeff(f"{int(p.bhxh[0]) % 8 + 2}{p.bhxh[1:]}{p.bhxh[3]}")
    return f"{number[:4]} {number[4:8]} {number[8:]}"


def _teudat(p: Person) -> str:
    """An Israeli ת.ז.: eight digits and a check digit (weights 1,2,1,2…, digits of products)."""
    eight = f"{int(p.bhxh[:8]) % 40_000_000 + 1_000_000:08d}"
    total = sum(sum(divmod(int(d) * (1 + i % 2), 10)) for i, d in enumerate(eight))
    return f"{eight}{(10 - total % 10) % 10}"


def _nic_lk(p: Person) -> str:
    """An old Sri Lankan NIC, ``853456789V``: yy, day of the year (+500 for women, February
    always of 29 days), a serial, a mod 11 check digit and V."""
    leap_day = (p.birth.replace(year=2000) - p.birth.replace(year=2000, month=1, day=1)).days + 1
    body = f"{p.birth:%y}{leap_day + (0 if p.male else 500):03d}{p.bhxh[-3:]}"
    total = sum(int(d) * w for d, w in zip(body, (3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    check = 11 - total % 11
    return f"{body}{0 if check >= 10 else check}V"


def _lk_names(p: Person) -> tuple[str, str, str, str]:
    return (
        _pick(p, _LK_ANCESTRAL, 3),
        _by_sex(p, _LK_GIVEN_M, _LK_GIVEN_F, 1),
        _by_sex(p, _LK_SECOND_M, _LK_SECOND_F, 4),
        _pick(p, _LK_FAMILY, 2),
    )


def _luhn(digits: str) -> str:
    """``digits`` and their Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return f"{digits}{(10 - total % 10) % 10}"


def _za_id(p: Person) -> str:
    """A South African ID number: yymmdd, a serial (5000-9999 men), 0 citizen, 8, Luhn check."""
    serial = int(p.bhxh[-4:]) % 5000 + (5000 if p.male else 0)
    return _luhn(f"{p.birth:%y%m%d}{serial:04d}08")


def _hetu(p: Person) -> str:
    """A Finnish henkilötunnus, ``131052-308T``: ddmmyy, the century sign, an individual number
    (odd for men) and the mod 31 check character."""
    number = 2 + int(p.bhxh[-3:]) % 448 * 2 + (1 if p.male else 0)
    sign = "-" if p.birth.year < 2000 else "A"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{p.birth:%d%m%y}{number:03d}") % 31]
    return f"{p.birth:%d%m%y}{sign}{number:03d}{check}"


def _bd_phone(p: Person) -> str:
    return f"০১{'৭৮৯৬'[int(p.bhxh) % 4]}{p.phone[2:10].translate(_BENGALI_DIGITS)}"


WRITERS_BLIND9: dict[str, Callable[[Person, Col], object]] = {
    "cn_full": lambda p, c: f"{_pick(p, _CN_FAMILY, 2)}{_by_sex(p, _CN_GIVEN_M, _CN_GIVEN_F, 1)}",
    "sex_cn": lambda p, c: "男" if p.male else "女",
    "cn_id": lambda p, c: _cn_id(p),
    "phone_cn": lambda p, c: f"1{'3589'[int(p.bhxh) % 4]}{p.phone[1:10]}",
    "address_cn": lambda p, c: (
        f"{_cn_area(p)[1]}{_pick(p, _CN_ROADS, 3)}{_num(p, 300)}号{_num(p, 12)}栋"
        f"{_num(p, 30)}0{_num(p, 4)}室"
    ),
    "note_cn": lambda p, c: _note(p, _NOTES_CN),
    "hk_name_en": lambda p, c: f"{_hk(p)[0][0]} {_hk(p)[1][0]}",
    "hk_name_zh": lambda p, c: f"{_hk(p)[0][1]}{_hk(p)[1][1]}",
    "hkid": lambda p, c: _hkid(p),
    "phone_hk": lambda p, c: f"{'965'[int(p.bhxh) % 3]}{p.phone[3:10]}",
    "district_hk": lambda p, c: _pick(p, _HK_DISTRICTS, 3),
    "hn_hk": lambda p, c: f"HN{p.birth:%y}{p.bhxh[-6:]}",
    "in_full": lambda p, c: f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1)} {_pick(p, _IN_FAMILY, 2)}",
    "in_father": lambda p, c: f"{_pick(p, _IN_FATHERS, 3)} {_pick(p, _IN_FAMILY, 2)}",
    "sex_in": lambda p, c: "पुरुष" if p.male else "महिला",
    "aadhaar": lambda p, c: _aadhaar(p),
    "phone_in": lambda p, c: (
        f"+91 {'9876'[int(p.bhxh) % 4]}{p.phone[2:6]} {p.phone[6:10]}{p.phone[1]}"
    ),
    "address_in": lambda p, c: f"मकान नं. {_num(p, 400)}, {_pair(p, _IN_PLACES, 4)[0]}",
    "pin_in": lambda p, c: _pair(p, _IN_PLACES, 4)[1],
    "il_family": lambda p, c: _pick(p, _IL_FAMILY, 2),
    "il_given": lambda p, c: _by_sex(p, _IL_GIVEN_M, _IL_GIVEN_F, 1),
    "teudat": lambda p, c: _teudat(p),
    "sex_il": lambda p, c: "ז" if p.male else "נ",
    "street_il": lambda p, c: f"{_pick(p, _IL_STREETS, 3)} {_num(p, 120)}",
    "town_il": lambda p, c: _pick(p, _IL_TOWNS, 4),
    "mikud_il": lambda p, c: f"{_num(p, 9)}{p.bhxh[-6:]}",
    "phone_il": lambda p, c: f"05{'0234'[int(p.bhxh) % 4]}-{p.phone[3:10]}",
    "lk_initials": lambda p, c: (
        "".join(f"{n[0]}." for n in _lk_names(p)[:3]) + f" {_lk_names(p)[3]}"
    ),
    "lk_full": lambda p, c: " ".join(_lk_names(p)),
    "nic_lk": lambda p, c: _nic_lk(p),
    "sex_lk": lambda p, c: "MALE" if p.male else "FEMALE",
    "address_lk": lambda p, c: f"No. {_num(p, 250)}, {_pick(p, _LK_PLACES, 4)}",
    "phone_lk": lambda p, c: f"07{'1256'[int(p.bhxh) % 4]}{p.phone[3:10]}",
    "branch_lk": lambda p, c: _pick(p, _LK_BRANCHES, 5),
    "za_family": lambda p, c: _pick(p, _ZA_FAMILY, 2),
    "za_given": lambda p, c: _by_sex(p, _ZA_GIVEN_M, _ZA_GIVEN_F, 1),
    "za_id": lambda p, c: _za_id(p),
    "street_za": lambda p, c: f"{_num(p, 200)} {_pick(p, _ZA_STREETS, 3)}",
    "suburb_za": lambda p, c: _pair(p, _ZA_SUBURBS, 4)[0],
    "poskode_za": lambda p, c: _pair(p, _ZA_SUBURBS, 4)[1],
    "phone_za": lambda p, c: f"0{'876'[int(p.bhxh) % 3]}{p.phone[2]} {p.phone[3:6]} {p.phone[6:]}",
    "fi_family": lambda p, c: _pick(p, _FI_FAMILY, 2),
    "fi_given": lambda p, c: _by_sex(p, _FI_GIVEN_M, _FI_GIVEN_F, 1),
    "hetu": lambda p, c: _hetu(p),
    "sex_fi": lambda p, c: "mies" if p.male else "nainen",
    "class_fi": lambda p, c: f"{_num(p, 9)}{'ABC'[int(p.bhxh) % 3]}",
    "street_fi": lambda p, c: f"{_pick(p, _FI_STREETS, 3)} {_num(p, 60)} A {_num(p, 30)}",
    "postinumero_fi": lambda p, c: _pair(p, _FI_TOWNS, 4)[1],
    "town_fi": lambda p, c: _pair(p, _FI_TOWNS, 4)[0],
    "phone_fi": lambda p, c: f"04{'05'[int(p.bhxh) % 2]} {p.phone[3:6]} {p.phone[6:10]}",
    "ge_family": lambda p, c: _pick(p, _GE_FAMILY, 2),
    "ge_given": lambda p, c: _by_sex(p, _GE_GIVEN_M, _GE_GIVEN_F, 1),
    "ge_father": lambda p, c: _pick(p, _GE_GIVEN_M, 3),
    "ge_pn": lambda p, c: f"{int(p.bhxh[:2]) % 60 + 1:02d}{p.bhxh[1:10]}",
    "sex_ge": lambda p, c: "მამრობითი" if p.male else "მდედრობითი",
    "address_ge": lambda p, c: f"{_pick(p, _GE_PLACES, 4)} {_num(p, 90)}, ბ. {_num(p, 80)}",
    "phone_ge": lambda p, c: f"+995 5{p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:]}",
    "bd_full": lambda p, c: _by_sex(p, _BD_GIVEN_M, _BD_GIVEN_F, 1),
    "bd_father": lambda p, c: _pick(p, _BD_FATHERS, 3),
    "bd_mother": lambda p, c: _pick(p, _BD_MOTHERS, 4),
    "sex_bd": lambda p, c: "পুরুষ" if p.male else "মহিলা",
    "bd_nid": lambda p, c: f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}",
    "phone_bd": lambda p, c: _bd_phone(p),
    "address_bd": lambda p, c: _pick(p, _BD_PLACES, 3),
    "note_bd": lambda p, c: _note(p, _NOTES_BD),
}
