"""How the people of the tenth part of the outside corpus (**blind 10**,
:mod:`lienthong.quality._corpus_blind10`) are written: Icelandic, Iranian, Pakistani, Ethiopian,
Burmese, Armenian, Kazakh, Tanzanian and Croatian names, addresses, phones and identity numbers
with their own check digits (the kennitala's mod 11, the کد ملی's mod 11, the Kazakh ЖСН's two
weight rows, the Croatian OIB's ISO 7064 MOD 11,10 and the IBAN's mod 97), Solar Hijri birth
dates and Burmese digits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _pair

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: Icelandic given names and the patronymic stem their children take (Jón -> Jónsson)
_IS_GIVEN_M = ("Jón", "Sigurður", "Guðmundur", "Gunnar", "Ólafur", "Einar", "Magnús", "Stefán")
_IS_GIVEN_F = ("Guðrún", "Anna", "Kristín", "Sigríður", "Margrét", "Helga", "Sólveig", "Þóra")
_IS_FATHERS = ("Jóns", "Sigurðar", "Guðmunds", "Gunnars", "Ólafs", "Einars", "Magnús", "Stefáns")
_IS_STREETS = ("Laugavegur", "Hringbraut", "Hamraborg", "Strandgata", "Austurvegur", "Álfaskeið")
_IS_TOWNS: tuple[tuple[str, str], ...] = (("Reykjavík", "101"), ("Kópavogur", "200"))
_IS_TOWNS += (("Hafnarfjörður", "220"), ("Akureyri", "600"), ("Selfoss", "800"))
_IS_ASCII = str.maketrans({"ð": "d", "þ": "th", "æ": "ae", "ö": "o", "á": "a", "é": "e"})
_IS_ASCII |= str.maketrans({"í": "i", "ó": "o", "ú": "u", "ý": "y"})
_IR_FAMILY = ("محمدی", "حسینی", "احمدی", "رضایی", "کریمی", "موسوی", "جعفری", "صادقی")
_IR_GIVEN_M = ("علی", "محمد", "حسین", "رضا", "مهدی", "امیر", "سعید")
_IR_GIVEN_F = ("فاطمه", "زهرا", "مریم", "سارا", "نرگس", "مهسا", "لیلا")
_IR_PLACES = (
    "تهران، خیابان ولیعصر، کوچه",
    "اصفهان، خیابان چهارباغ، کوچه",
    "مشهد، بلوار وکیل آباد، کوچه",
    "شیراز، خیابان زند، کوچه",
    "تبریز، خیابان امام، کوچه",
)
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_PK_GIVEN_M = ("محمد علی", "محمد عمران", "احمد رضا", "عثمان خان", "بلال احمد", "فیصل محمود")
_PK_GIVEN_F = ("فاطمہ بی بی", "عائشہ بی بی", "نسرین اختر", "صائمہ پروین", "رخسانہ کوثر")
_PK_FATHERS = ("محمد اسلم", "غلام رسول", "محمد اکرم", "عبدالرشید", "محمد یوسف", "اللہ دتہ")
#: (CNIC locality code, the district it names)
_PK_DISTRICTS: tuple[tuple[str, str], ...] = (("35202", "لاہور"), ("42101", "کراچی"))
_PK_DISTRICTS += (("37405", "راولپنڈی"), ("61101", "اسلام آباد"), ("17301", "پشاور"))
_PK_MOHALLAS = ("محلہ اسلام پورہ", "گلشن اقبال", "سیٹلائٹ ٹاؤن", "محلہ قاضیاں", "ماڈل ٹاؤن")
_ET_GIVEN_M = ("አበበ", "ከበደ", "ታደሰ", "ዮሐንስ", "ተስፋዬ", "ብርሃኑ", "ሙሉጌታ", "ደረጄ")
_ET_GIVEN_F = ("አልማዝ", "ትዕግስት", "መሰረት", "ሄለን", "ብርቱካን", "ፀሐይ", "መቅደስ")
_ET_GRANDFATHERS = ("ገብረማርያም", "ኃይሌ", "ወልዴ", "መንግሥቱ", "በቀለ", "ጌታቸው", "አለሙ")
_ET_REGIONS = ("አማራ", "ኦሮሚያ", "ትግራይ", "ሲዳማ", "ደቡብ ኢትዮጵያ", "አዲስ አበባ")
_ET_WOREDAS = ("ባህር ዳር ዙሪያ", "አዳማ", "ሐዋሳ ዙሪያ", "ደሴ ዙሪያ", "ቦሌ", "ጅማ")
_MM_GIVEN_M = ("အောင်ကျော်", "ကျော်ဇင်", "မင်းထွန်း", "ဇော်ဝင်း", "သန်းထိုက်", "ထွန်းထွန်းနိုင်")
_MM_GIVEN_F = ("ခင်မာလေး", "နီလာဝင်း", "သီတာအေး", "စုစုလှိုင်", "မြင့်မြင့်ခိုင်", "ဥမ္မာ")
#: (state or region number, township code of the NRC, the township as an address names it)
_MM_TOWNSHIPS = (
    ("12", "ဗဟန", "ဗဟန်းမြို့နယ်၊ ရန်ကုန်တိုင်းဒေသကြီး"),
    ("12", "ကမရ", "ကမာရွတ်မြို့နယ်၊ ရန်ကုန်တိုင်းဒေသကြီး"),
    ("12", "တမန", "တာမွေမြို့နယ်၊ ရန်ကုန်တိုင်းဒေသကြီး"),
    ("9", "မဟမ", "မဟာအောင်မြေမြို့နယ်၊ မန္တလေးတိုင်းဒေသကြီး"),
    ("9", "ချမသ", "ချမ်းမြသာစည်မြို့နယ်၊ မန္တလေးတိုင်းဒေသကြီး"),
)
_MM_ROADS = ("ဗိုလ်ချုပ်လမ်း", "ပြည်လမ်း", "ကန်လမ်း", "၇၈ လမ်း", "သုခလမ်း")
_MM_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
_AM_FAMILY = ("Հովհաննիսյան", "Գրիգորյան", "Սարգսյան", "Պետրոսյան", "Հարությունյան", "Խաչատրյան")
_AM_GIVEN_M = ("Արամ", "Դավիթ", "Տիգրան", "Արմեն", "Գևորգ", "Նարեկ")
_AM_GIVEN_F = ("Անի", "Մարիամ", "Աննա", "Լուսինե", "Նարինե", "Գայանե")
_AM_FATHERS = ("Արամի", "Դավթի", "Տիգրանի", "Արմենի", "Գևորգի", "Վահանի")
_AM_PLACES: tuple[str, ...] = (
    "ք. Երևան, Թումանյան փ.",
    "ք. Երևան, Կոմիտասի պող.",
    "ք. Գյումրի, Ռիժկովի փ.",
)
_AM_PLACES += ("ք. Վանաձոր, Տիգրան Մեծի պող.", "ք. Երևան, Բաղրամյան պող.")
_KZ_FAMILY = ("Нұрланов", "Ахметов", "Серікбаев", "Жақсылықов", "Оспанов", "Қасымов")
_KZ_GIVEN_M = ("Ерлан", "Нұрсұлтан", "Әлихан", "Дәурен", "Асхат", "Бауыржан")
_KZ_GIVEN_F = ("Айгерім", "Әсел", "Гүлнар", "Жұлдыз", "Динара", "Ақбота")
_KZ_FATHERS = ("Серік", "Болат", "Марат", "Қайрат", "Ержан", "Талғат")
_KZ_PLACES: tuple[str, ...] = ("Алматы қ., Абай даңғылы", "Астана қ., Қабанбай батыр даңғылы")
_KZ_PLACES += ("Шымкент қ., Тәуке хан даңғылы", "Қарағанды қ., Бұқар жырау даңғылы")
_KZ_POSTS = ("Бухгалтер", "Инженер", "Менеджер", "Жүргізуші", "Экономист", "Оператор")
_TZ_GIVEN_M = ("Juma", "Baraka", "Emmanuel", "Hamisi", "Joseph", "Rajabu", "Godfrey")
_TZ_GIVEN_F = ("Neema", "Rehema", "Zawadi", "Mwanaisha", "Upendo", "Happiness", "Halima")
_TZ_FAMILY = ("Mushi", "Mwakyusa", "Kimaro", "Massawe", "Mollel", "Lyimo", "Salim", "Mrema")
_TZ_PLACES: tuple[tuple[str, str], ...] = (("Dodoma", "Chamwino"), ("Mbeya", "Rungwe"))
_TZ_PLACES += (("Kilimanjaro", "Moshi Vijijini"), ("Mwanza", "Ilemela"), ("Tanga", "Muheza"))
_TZ_VILLAGES = ("Kijiji cha Mlowa", "Mtaa wa Uhuru", "Kijiji cha Kisanga", "Mtaa wa Sokoni")
_HR_FAMILY = ("Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković")
_HR_GIVEN_M = ("Ivan", "Marko", "Josip", "Luka", "Tomislav", "Ante", "Željko")
_HR_GIVEN_F = ("Ana", "Marija", "Ivana", "Petra", "Maja", "Katarina", "Snježana")
_HR_STREETS = (
    "Ilica",
    "Vukovarska ulica",
    "Savska cesta",
    "Ulica kralja Zvonimira",
    "Frankopanska",
)
_HR_TOWNS: tuple[tuple[str, str], ...] = (("Zagreb", "10000"), ("Split", "21000"))
_HR_TOWNS += (("Rijeka", "51000"), ("Osijek", "31000"), ("Zadar", "23000"))
_HR_BANKS = ("2360000", "2340009", "2484008", "2402006")


def _check11(body: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11


def _kennitala(p: Person) -> str:
    """An Icelandic kennitala, ``120385-2399``: ddmmyy, two digits, a mod 11 check digit (the
    pair is redrawn when the check would be 10) and the century (9: 1900s, 0: 2000s)."""
    for k in range(80):
        body = f"{p.birth:%d%m%y}{(int(p.bhxh[-2:]) + k) % 80 + 20:02d}"
        check = (11 - _check11(body, (3, 2, 7, 6, 5, 4, 3, 2))) % 11
        if check != 10:
            break
    return f"{body[:6]}-{body[6:]}{check}{'9' if p.birth.year < 2000 else '0'}"


def _is_names(p: Person) -> tuple[str, str]:
    given = _by_sex(p, _IS_GIVEN_M, _IS_GIVEN_F, 1)
    father = _pick(p, _IS_FATHERS, 2)
    return given, f"{father}{'son' if p.male else 'dóttir'}"


def _code_melli(p: Person) -> str:
    """An Iranian کد ملی: a three-digit town code, six digits and a mod 11 check digit."""
    nine = f"{int(p.bhxh[:3]) % 700:03d}{p.bhxh[3:9]}"
    r = _check11(nine, (10, 9, 8, 7, 6, 5, 4, 3, 2))
    return f"{nine}{r if r < 2 else 11 - r}"


def _jalali(p: Person) -> str:
    """The birth date in the Solar Hijri calendar, ``1364/05/21``, as Iranian systems write it."""
    gy, gm, gd = p.birth.year, p.birth.month, p.birth.day
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400
    days += gd + before[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return f"{jy}/{jm:02d}/{jd:02d}"


def _ir_postcode(p: Person) -> str:
    """A ten-digit Iranian کد پستی: no 0 or 2 in its first five digits."""
    head = "".join("13456789"[int(d) % 8] for d in p.bhxh[:5])
    return f"{head}{p.bhxh[5:10]}"


def _cnic(p: Person) -> str:
    """A Pakistani CNIC, ``35202-1234567-1``: locality, seven digits, odd last digit for men."""
    last = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    return f"{_pair(p, _PK_DISTRICTS, 3)[0]}-{p.bhxh[1:8]}-{last}"


def _fayda(p: Person) -> str:
    digits = f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}{p.phone[4:10]}"
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


def _mm_township(p: Person) -> tuple[str, str, str]:
    return _MM_TOWNSHIPS[int(p.bhxh) % len(_MM_TOWNSHIPS)]


def _mm_name(p: Person) -> str:
    """A Burmese name with its honorific: U/Daw for the older, Maung/Ma for the younger."""
    older = p.birth.year < 1980
    honorific = ("ဦး" if older else "မောင်") if p.male else ("ဒေါ်" if older else "မ")
    return honorific + _by_sex(p, _MM_GIVEN_M, _MM_GIVEN_F, 1)


def _nrc(p: Person) -> str:
    """A Myanmar NRC, ``၁၂/ဗဟန(နိုင်)၁၂၃၄၅၆``: region/township(citizen)number, Burmese digits."""
    region, township, _ = _mm_township(p)
    return f"{region}/{township}(နိုင်){p.bhxh[-6:]}".translate(_MM_DIGITS)


def _iin(p: Person) -> str:
    """A Kazakh ЖСН: yymmdd, the century-and-sex digit, a serial and the check digit (weights
    1..11, else 3..11,1,2; a serial whose check is still 10 is never issued)."""
    sex_digit = (3 if p.birth.year < 2000 else 5) + (0 if p.male else 1)
    for k in range(50):
        body = f"{p.birth:%y%m%d}{sex_digit}{(int(p.bhxh[-4:]) + k) % 10000:04d}"
        check = _check11(body, tuple(range(1, 12)))
        if check == 10:
            check = _check11(body, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))
        if check != 10:
            break
    return f"{body}{check}"


def _kz_names(p: Person) -> tuple[str, str, str]:
    family = _pick(p, _KZ_FAMILY, 2) + ("" if p.male else "а")
    father = _pick(p, _KZ_FATHERS, 3) + ("ұлы" if p.male else "қызы")
    return family, _by_sex(p, _KZ_GIVEN_M, _KZ_GIVEN_F, 1), father


def _oib(p: Person) -> str:
    """A Croatian OIB: ten digits and their ISO 7064 MOD 11,10 check digit."""
    ten = f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}"
    a = 10
    for d in ten:
        a = (a + int(d)) % 10 or 10
        a = a * 2 % 11
    return f"{ten}{(11 - a) % 10}"


def _iban_hr(p: Person) -> str:
    """A Croatian IBAN, ``HR12 2360 0001 1012 3456 7`` written whole: bank, account, mod 97."""
    bban = f"{_pick(p, _HR_BANKS, 4)}{int(p.bhxh[:1]) % 2 + 1}{p.bhxh[1:10]}"
    return f"HR{98 - int(f'{bban}172700') % 97:02d}{bban}"


WRITERS_BLIND10: dict[str, Callable[[Person, Col], object]] = {
    "kennitala": lambda p, c: _kennitala(p),
    "is_full": lambda p, c: " ".join(_is_names(p)),
    "sex_is": lambda p, c: "Karl" if p.male else "Kona",
    "street_is": lambda p, c: f"{_pick(p, _IS_STREETS, 3)} {_num(p, 90)}",
    "postnumer_is": lambda p, c: _pair(p, _IS_TOWNS, 4)[1],
    "town_is": lambda p, c: _pair(p, _IS_TOWNS, 4)[0],
    "phone_is": lambda p, c: f"{'68'[int(p.bhxh) % 2]}{p.phone[3:5]} {p.phone[5:9]}",
    "email_is": lambda p, c: (
        ".".join(_is_names(p)).lower().translate(_IS_ASCII) + f"{_num(p, 99)}@simnet.is"
    ),
    "code_melli": lambda p, c: _code_melli(p),
    "ir_given": lambda p, c: _by_sex(p, _IR_GIVEN_M, _IR_GIVEN_F, 1),
    "ir_family": lambda p, c: _pick(p, _IR_FAMILY, 2),
    "ir_father": lambda p, c: _pick(p, _IR_GIVEN_M, 3),
    "shenasnameh": lambda p, c: str(_num(p, 4000)) if p.birth.year < 1989 else _code_melli(p),
    "birth_jalali": lambda p, c: _jalali(p),
    "sex_ir": lambda p, c: "مرد" if p.male else "زن",
    "phone_ir": lambda p, c: f"09{'1' if int(p.bhxh) % 2 else '3'}{p.phone[2:10]}",
    "postcode_ir": lambda p, c: _ir_postcode(p),
    "address_ir": lambda p, c: (
        f"{_pick(p, _IR_PLACES, 4)} {_num(p, 40)}، پلاک {_num(p, 120)}".translate(_FA_DIGITS)
    ),
    "pk_full": lambda p, c: _by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1),
    "pk_father": lambda p, c: _pick(p, _PK_FATHERS, 2),
    "cnic": lambda p, c: _cnic(p),
    "sex_pk": lambda p, c: "مرد" if p.male else "عورت",
    "phone_pk": lambda p, c: f"03{'0124'[int(p.bhxh) % 4]}{p.phone[3]}-{p.phone[4:10]}{p.phone[2]}",
    "address_pk": lambda p, c: (
        f"مکان نمبر {_num(p, 300)}، گلی نمبر {_num(p, 20)}، {_pick(p, _PK_MOHALLAS, 4)}،"
        f" {_pair(p, _PK_DISTRICTS, 3)[1]}"
    ),
    "district_pk": lambda p, c: _pair(p, _PK_DISTRICTS, 3)[1],
    "et_full": lambda p, c: (
        f"{_by_sex(p, _ET_GIVEN_M, _ET_GIVEN_F, 1)} {_pick(p, _ET_GIVEN_M, 2)}"
        f" {_pick(p, _ET_GRANDFATHERS, 3)}"
    ),
    "sex_et": lambda p, c: "ወንድ" if p.male else "ሴት",
    "age_et": lambda p, c: str(2025 - p.birth.year),
    "region_et": lambda p, c: _pick(p, _ET_REGIONS, 4),
    "woreda_et": lambda p, c: _pick(p, _ET_WOREDAS, 5),
    "kebele_et": lambda p, c: f"{_num(p, 20):02d}",
    "fayda": lambda p, c: _fayda(p),
    "phone_et": lambda p, c: f"09{p.phone[2:10]}",
    "household_et": lambda p, c: str(_num(p, 9)),
    "mm_full": lambda p, c: _mm_name(p),
    "mm_father": lambda p, c: "ဦး" + _pick(p, _MM_GIVEN_M, 3),
    "nrc_mm": lambda p, c: _nrc(p),
    "birth_mm": lambda p, c: f"{p.birth:%d-%m-%Y}".translate(_MM_DIGITS),
    "sex_mm": lambda p, c: "ကျား" if p.male else "မ",
    "race_mm": lambda p, c: _pick(p, ("ဗမာ/ဗုဒ္ဓ", "ကရင်/ခရစ်ယာန်", "ရှမ်း/ဗုဒ္ဓ", "မွန်/ဗုဒ္ဓ"), 4),
    "address_mm": lambda p, c: (
        f"အမှတ် {_num(p, 200)}၊ {_pick(p, _MM_ROADS, 5)}၊ ".translate(_MM_DIGITS) + _mm_township(p)[2]
    ),
    "phone_mm": lambda p, c: f"09{'742'[int(p.bhxh) % 3]}{p.phone[3:10]}{p.phone[2]}",
    "am_family": lambda p, c: _pick(p, _AM_FAMILY, 2),
    "am_given": lambda p, c: _by_sex(p, _AM_GIVEN_M, _AM_GIVEN_F, 1),
    "am_father": lambda p, c: _pick(p, _AM_FATHERS, 3),
    "sex_am": lambda p, c: "արական" if p.male else "իգական",
    "hth_am": lambda p, c: f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}",
    "address_am": lambda p, c: f"{_pick(p, _AM_PLACES, 4)}, {_num(p, 80)} շ., բն. {_num(p, 60)}",
    "phone_am": lambda p, c: f"+374 9{'1348'[int(p.bhxh) % 4]} {p.phone[4:7]} {p.phone[7:10]}",
    "kz_family": lambda p, c: _kz_names(p)[0],
    "kz_given": lambda p, c: _kz_names(p)[1],
    "kz_father": lambda p, c: _kz_names(p)[2],
    "iin_kz": lambda p, c: _iin(p),
    "sex_kz": lambda p, c: "ер" if p.male else "әйел",
    "address_kz": lambda p, c: f"{_pick(p, _KZ_PLACES, 4)}, {_num(p, 200)}-үй, {_num(p, 90)}-пәтер",
    "phone_kz": lambda p, c: (
        f"+7 7{'0057'[int(p.bhxh) % 4]}{'1257'[int(p.bhxh) % 4]} {p.phone[3:6]}"
        f" {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "post_kz": lambda p, c: _pick(p, _KZ_POSTS, 5),
    "tz_given": lambda p, c: _by_sex(p, _TZ_GIVEN_M, _TZ_GIVEN_F, 1),
    "tz_middle": lambda p, c: _pick(p, _TZ_GIVEN_M, 3),
    "tz_family": lambda p, c: _pick(p, _TZ_FAMILY, 2),
    "sex_tz": lambda p, c: "Me" if p.male else "Ke",
    "nida_tz": lambda p, c: (
        f"{p.birth:%Y%m%d}-{int(p.bhxh[:5]) % 90000 + 10000}-{p.bhxh[5:10]}-{p.bhxh[2:4]}"
    ),
    "phone_tz": lambda p, c: (
        f"+255 7{'1456'[int(p.bhxh) % 4]}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "mkoa_tz": lambda p, c: _pair(p, _TZ_PLACES, 4)[0],
    "wilaya_tz": lambda p, c: _pair(p, _TZ_PLACES, 4)[1],
    "village_tz": lambda p, c: _pick(p, _TZ_VILLAGES, 5),
    "hr_family": lambda p, c: _pick(p, _HR_FAMILY, 2),
    "hr_given": lambda p, c: _by_sex(p, _HR_GIVEN_M, _HR_GIVEN_F, 1),
    "oib": lambda p, c: _oib(p),
    "sex_hr": lambda p, c: "M" if p.male else "Ž",
    "street_hr": lambda p, c: f"{_pick(p, _HR_STREETS, 3)} {_num(p, 150)}",
    "postcode_hr": lambda p, c: _pair(p, _HR_TOWNS, 4)[1],
    "town_hr": lambda p, c: _pair(p, _HR_TOWNS, 4)[0],
    "iban_hr": lambda p, c: _iban_hr(p),
    "phone_hr": lambda p, c: f"09{'1258'[int(p.bhxh) % 4]} {p.phone[3:6]} {p.phone[6:10]}",
}
