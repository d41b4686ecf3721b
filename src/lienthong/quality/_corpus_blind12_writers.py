"""How the people of the twelfth part of the outside corpus (**blind 12**,
:mod:`lienthong.quality._corpus_blind12`) are written: Danish, Latvian, Bulgarian, Ukrainian,
Taiwanese, Belgian, Slovenian, Catalan and New Zealand names, addresses, phones and identity
numbers with their own check digits (the Latvian personas kods's mod 11, the ЕГН's weights, the
РНОКПП's days since 1899 and its mod 11, the Taiwanese id's letter code, the Belgian national
number's mod 97, the EMŠO's mod 11, the DNI's letter and the NHI's mod 11)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _pair

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_DK_FAMILY = ("Nielsen", "Jensen", "Pedersen", "Christensen", "Sørensen", "Rasmussen", "Jørgensen")
_DK_GIVEN_M = ("Anders", "Søren", "Mads Peter", "Rasmus", "Jens Erik", "Morten", "Niels")
_DK_GIVEN_F = ("Mette Louise", "Anne", "Kirsten", "Line", "Camilla Marie", "Birgitte", "Signe")
_DK_STREETS = ("Nørregade", "Vestergade", "Søndergade", "Åboulevarden", "Østerbrogade", "Møllevej")
_DK_TOWNS: tuple[tuple[str, str], ...] = (("8000", "Aarhus C"), ("2100", "København Ø"))
_DK_TOWNS += (("5000", "Odense C"), ("9000", "Aalborg"), ("6700", "Esbjerg"))
_DK_FLOORS = ("st.", "1. tv.", "2. th.", "3. mf.", "")
#: (a man's family name, the same family's name for a woman)
_LV_FAMILY: tuple[tuple[str, str], ...] = (("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"))
_LV_FAMILY += (("Ozoliņš", "Ozoliņa"), ("Jansons", "Jansone"), ("Krūmiņš", "Krūmiņa"))
_LV_FAMILY += (("Liepa", "Liepa"), ("Vītols", "Vītola"), ("Ķiploks", "Ķiploka"))
_LV_GIVEN_M = ("Jānis", "Andris", "Mārtiņš", "Pēteris", "Edgars", "Aivars", "Gundars")
_LV_GIVEN_F = ("Anna", "Ilze", "Inese", "Līga", "Kristīne", "Ieva", "Dace")
_LV_PLACES: tuple[tuple[str, str], ...] = (("Brīvības iela", "Rīga, LV-1010"),)
_LV_PLACES += (("Rīgas iela", "Daugavpils, LV-5401"), ("Lielā iela", "Jelgava, LV-3001"))
_LV_PLACES += (("Jūras iela", "Liepāja, LV-3401"), ("Krišjāņa Barona iela", "Rīga, LV-1011"))
#: (a man's family name, a woman's; the father's given name and the презиме it gives)
_BG_FAMILY: tuple[tuple[str, str], ...] = (("Петров", "Петрова"), ("Иванов", "Иванова"))
_BG_FAMILY += (("Георгиев", "Георгиева"), ("Димитров", "Димитрова"), ("Николов", "Николова"))
_BG_FAMILY += (("Стоянов", "Стоянова"), ("Тодоров", "Тодорова"))
_BG_GIVEN_M = ("Георги", "Иван", "Димитър", "Николай", "Стефан", "Христо", "Петър")
_BG_GIVEN_F = ("Мария", "Иванка", "Елена", "Десислава", "Радка", "Цветелина", "Йорданка")
_BG_PLACES = (
    "гр. София, ж.к. Младост 1, бл. {n}, вх. А, ет. 3, ап. {a}",
    "гр. Пловдив, ул. Капитан Райчо {n}, ет. 2, ап. {a}",
    "гр. Варна, бул. Владислав Варненчик {n}, ап. {a}",
    "с. Белащица, обл. Пловдив, ул. Васил Левски {n}",
    "гр. Бургас, ж.к. Славейков, бл. {n}, ап. {a}",
)
_UA_FAMILY = ("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Мельник", "Бойко")
_UA_GIVEN_M = ("Олександр", "Андрій", "Сергій", "Дмитро", "Тарас", "Богдан", "Юрій")
_UA_GIVEN_F = ("Олена", "Наталія", "Оксана", "Ірина", "Тетяна", "Галина", "Юлія")
#: (father's name as a son's patronymic, as a daughter's)
_UA_PATRONYMIC: tuple[tuple[str, str], ...] = (("Петрович", "Петрівна"), ("Іванович", "Іванівна"))
_UA_PATRONYMIC += (("Миколайович", "Миколаївна"), ("Васильович", "Василівна"))
_UA_CITIES: tuple[str, ...] = (
    "м. Київ, вул. Хрещатик",
    "м. Львів, вул. Городоцька",
    "м. Харків, просп. Науки",
)
_UA_CITIES += ("м. Одеса, вул. Дерибасівська", "м. Дніпро, просп. Яворницького")
_UA_POSTS = ("бухгалтер", "інженер", "оператор", "менеджер з продажу", "водій", "економіст")
_TW_FAMILY = ("陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊")
_TW_GIVEN_M = ("志明", "家豪", "建宏", "俊傑", "冠宇", "承翰", "宗翰")
_TW_GIVEN_F = ("淑芬", "美玲", "雅婷", "怡君", "佳穎", "欣怡", "淑惠")
#: (the id's first letter, its code, where the household is registered)
_TW_PLACES = (
    ("A", 10, "臺北市大安區復興南路一段{n}號{f}樓"),
    ("F", 15, "新北市板橋區文化路二段{n}號"),
    ("B", 11, "臺中市西屯區臺灣大道三段{n}號{f}樓"),
    ("E", 14, "高雄市苓雅區四維三路{n}號"),
    ("H", 17, "桃園市中壢區中正路{n}巷{f}號"),
)
_BE_FAMILY = ("Peeters", "Janssens", "Maes", "Jacobs", "Dubois", "Lambert", "Dupont", "Willems")
_BE_GIVEN_M = ("Luc", "Koen", "Pieter", "Marc", "Jean-Pierre", "Wouter", "Olivier")
_BE_GIVEN_F = ("Sofie", "An", "Nathalie", "Els", "Marie-Claire", "Griet", "Isabelle")
#: (street, postcode, commune, language)
_BE_PLACES = (
    ("Kerkstraat", "2000", "Antwerpen", "NL"),
    ("Rue de la Loi", "1000", "Bruxelles", "FR"),
    ("Veldstraat", "9000", "Gent", "NL"),
    ("Rue Saint-Gilles", "4000", "Liège", "FR"),
    ("Bondgenotenlaan", "3000", "Leuven", "NL"),
)
_SI_FAMILY = ("Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar")
_SI_GIVEN_M = ("Janez", "Marko", "Andrej", "Luka", "Matej", "Jože", "Franc")
_SI_GIVEN_F = ("Maja", "Mojca", "Nina", "Petra", "Špela", "Marija", "Urška")
_SI_PLACES: tuple[str, ...] = (
    "Slovenska cesta {n}, 1000 Ljubljana",
    "Partizanska cesta {n}, 2000 Maribor",
)
_SI_PLACES += ("Prešernova ulica {n}, 4000 Kranj", "Ulica talcev {n}, 3000 Celje")
_SI_STATIONS = ("1001 Center", "1002 Šiška", "1003 Bežigrad", "1004 Vič")
_CA_FAMILY = ("Puig", "Ferrer", "Vila", "Soler", "Garcia", "Martí", "Roca", "Font", "Serra")
_CA_GIVEN_M = ("Jordi", "Joan", "Pere", "Oriol", "Marc", "Josep Maria", "Arnau")
_CA_GIVEN_F = ("Montserrat", "Núria", "Mercè", "Laia", "Anna", "Maria Teresa", "Roser")
_CA_STREETS = ("C. Major", "C. de Sant Pere", "Pl. de la Vila", "Av. de Catalunya", "C. Nou")
_CA_TOWNS: tuple[tuple[str, str], ...] = (("08500", "Vic"), ("17001", "Girona"))
_CA_TOWNS += (("25001", "Lleida"), ("43001", "Tarragona"), ("08240", "Manresa"))
_CA_FLOORS = ("baixos", "1r 1a", "2n 2a", "3r 1a", "àtic")
_NZ_FAMILY = ("Ngata", "Parata", "Te Whare", "Walker", "Tuiasosopo", "Fa'alogo", "Brown", "Tane")
_NZ_GIVEN_M = ("Wiremu", "Tama", "Hēmi", "Sione", "James", "Rāwiri", "Liam")
_NZ_GIVEN_F = ("Aroha", "Mere", "Ngaire", "Losa", "Charlotte", "Anahera", "Olivia")
_NZ_ETHNIC = ("NZ European", "Māori", "Samoan", "Tongan", "Cook Islands Māori", "Chinese")
_NZ_IWI = ("Ngāpuhi", "Ngāti Porou", "Ngāi Tahu", "Waikato-Tainui", "Te Arawa", "")
_NZ_PLACES = (
    ("Great North Road", "Grey Lynn", "Auckland", "1021"),
    ("Cuba Street", "Te Aro", "Wellington", "6011"),
    ("Riccarton Road", "Riccarton", "Christchurch", "8011"),
    ("Grey Street", "Hamilton East", "Hamilton", "3216"),
    ("Kamo Road", "Kensington", "Whangārei", "0112"),
)
_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are never used


def _weighted(body: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(body, weights, strict=True))


def _cpr(p: Person) -> str:
    """A Danish CPR number, ``120385-1234``: ddmmyy, a serial whose first digit tells the century
    (0-3 the 1900s, 4 the 2000s) and whose last is odd for men (no mod 11 since 2007)."""
    century = str(int(p.bhxh[0]) % 4) if p.birth.year < 2000 else "4"
    last = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    return f"{p.birth:%d%m%y}-{century}{p.bhxh[-3:-1]}{last}"


def _personas_kods(p: Person) -> str:
    """A Latvian personas kods, ``120385-11234``: ddmmyy, century (1: 1900s, 2: 2000s), a
    serial and the check digit ``(1101 - Σ w·d) mod 11`` (a serial giving 10 is never issued)."""
    century = 1 if p.birth.year < 2000 else 2
    w = (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    for k in range(40):
        body = f"{p.birth:%d%m%y}{century}{(int(p.bhxh[-3:]) + k) % 1000:03d}"
        check = (1101 - _weighted(body, w)) % 11
        if check < 10:
            break
    return f"{body[:6]}-{body[6:]}{check}"


def _egn(p: Person) -> str:
    """A Bulgarian ЕГН: yymmdd (month + 40 for the 2000s), a region serial whose last digit is
    even for men, and the check digit by the weights 2, 4, 8, 5, 10, 9, 7, 3, 6."""
    month = p.birth.month + (40 if p.birth.year >= 2000 else 0)
    ninth = int(p.bhxh[-1]) // 2 * 2 + (0 if p.male else 1)
    body = f"{p.birth:%y}{month:02d}{p.birth:%d}{p.bhxh[-3:-1]}{ninth}"
    rest = _weighted(body, (2, 4, 8, 5, 10, 9, 7, 3, 6)) % 11
    return f"{body}{rest % 10}"


def _rnokpp(p: Person) -> str:
    """A Ukrainian РНОКПП (ІПН): days since 31.12.1899, a serial whose last digit is odd for
    men, and the check digit ``Σ w·d mod 11 mod 10``."""
    days = (p.birth - date(1899, 12, 31)).days
    ninth = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    body = f"{days:05d}{p.bhxh[-4:-1]}{ninth}"
    return f"{body}{_weighted(body, (-1, 5, 7, 9, 4, 6, 10, 5, 7)) % 11 % 10}"


def _tw_place(p: Person) -> tuple[str, int, str]:
    return _TW_PLACES[int(p.bhxh) // 7 % len(_TW_PLACES)]


def _tw_id(p: Person) -> str:
    """A Taiwanese 國民身分證統一編號, ``A123456789``: the letter of where it was issued, 1 for
    men and 2 for women, seven digits and a check digit over the letter's two-digit code."""
    letter, code, _ = _tw_place(p)
    body = f"{1 if p.male else 2}{p.bhxh[-7:]}"
    total = code // 10 + code % 10 * 9 + _weighted(body, (8, 7, 6, 5, 4, 3, 2, 1))
    return f"{letter}{body}{(10 - total % 10) % 10}"


def _roc(day: date) -> str:
    """A date as Taiwanese systems write it: the Republic's year (1985 is 74), ``074/03/12``."""
    return f"{day.year - 1911:03d}/{day:%m/%d}"


def _rrn(p: Person) -> str:
    """A Belgian rijksregisternummer, ``85.03.12-123.45``: yymmdd, a serial odd for men and
    ``97 - n mod 97`` (with a 2 before the number for the 2000s)."""
    serial = int(p.bhxh[-3:]) % 997 // 2 * 2 + (1 if p.male else 2)
    body = f"{p.birth:%y%m%d}{serial:03d}"
    check = 97 - int(("2" if p.birth.year >= 2000 else "") + body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{check:02d}"


def _emso(p: Person) -> str:
    """A Slovenian EMŠO: ddmm, the year's last three digits, 50, 000-499 for men, mod 11."""
    w = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    for k in range(60):
        serial = (int(p.bhxh[-3:]) + k) % 500 + (0 if p.male else 500)
        body = f"{p.birth:%d%m}{p.birth.year % 1000:03d}50{serial:03d}"
        check = 11 - _weighted(body, w) % 11
        if check != 10:
            break
    return f"{body}{check % 11}"


def _dni_ca(p: Person) -> str:
    """A Spanish DNI (eight digits and their letter), or for one in seven a NIE (X/Y and seven)."""
    number = 10_000_000 + int(p.bhxh[:8]) % 60_000_000
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if int(p.bhxh) % 7 == 0:
        prefix = int(p.bhxh[1]) % 2
        seven = number % 10_000_000
        return f"{'XY'[prefix]}{seven:07d}{letters[(prefix * 10_000_000 + seven) % 23]}"
    return f"{number:08d}{letters[number % 23]}"


def _ca_family(p: Person) -> str:
    """Both surnames, the father's and the mother's, sometimes joined by ``i``."""
    joiner = " i " if int(p.bhxh) % 5 == 0 else " "
    return f"{_pick(p, _CA_FAMILY, 2)}{joiner}{_pick(p, _CA_FAMILY, 6)}"


def _nhi(p: Person) -> str:
    """A New Zealand NHI number, ``ZAC5361``: three letters (no I or O), three digits and a
    check digit ``11 - Σ w·v mod 11`` (10 written as 0; a sum divisible by 11 is never issued)."""
    for k in range(40):
        n = int(p.bhxh[:6]) + k * 97
        letters = "".join(_NHI_LETTERS[n // 24**i % 24] for i in range(3))
        digits = f"{(int(p.bhxh[-3:]) + k) % 1000:03d}"
        values = [_NHI_LETTERS.index(ch) + 1 for ch in letters] + [int(d) for d in digits]
        rest = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rest:
            break
    return f"{letters}{digits}{(11 - rest) % 10}"


def _ca_town(p: Person) -> tuple[str, str]:
    return _CA_TOWNS[int(p.bhxh) // 5 % len(_CA_TOWNS)]


WRITERS_BLIND12: dict[str, Callable[[Person, Col], object]] = {
    "cpr_dk": lambda p, c: _cpr(p),
    "dk_given": lambda p, c: _by_sex(p, _DK_GIVEN_M, _DK_GIVEN_F, 1),
    "dk_family": lambda p, c: _pick(p, _DK_FAMILY, 2),
    "street_dk": lambda p, c: (
        f"{_pick(p, _DK_STREETS, 3)} {_num(p, 80)}, {_pick(p, _DK_FLOORS, 4)}".rstrip(", ")
    ),
    "postnr_dk": lambda p, c: _pair(p, _DK_TOWNS, 5)[0],
    "by_dk": lambda p, c: _pair(p, _DK_TOWNS, 5)[1],
    "phone_dk": lambda p, c: (
        f"+45 {'2345'[int(p.bhxh) % 4]}{p.phone[3]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "moved_dk": lambda p, c: f"{p.other_date:%d-%m-%Y}",
    "personas_kods": lambda p, c: _personas_kods(p),
    "lv_given": lambda p, c: _by_sex(p, _LV_GIVEN_M, _LV_GIVEN_F, 1),
    "lv_family": lambda p, c: _pair(p, _LV_FAMILY, 2)[0 if p.male else 1],
    "sex_lv": lambda p, c: "V" if p.male else "S",
    "address_lv": lambda p, c: (
        f"{_pair(p, _LV_PLACES, 3)[0]} {_num(p, 90)}-{_num(p, 41)}, {_pair(p, _LV_PLACES, 3)[1]}"
    ),
    "phone_lv": lambda p, c: f"+371 2{p.phone[3:10]}",
    "email_lv": lambda p, c: f"{p.bhxh[-5:]}.pacients@inbox.lv",
    "egn": lambda p, c: _egn(p),
    "bg_full": lambda p, c: (
        f"{_by_sex(p, _BG_GIVEN_M, _BG_GIVEN_F, 1)}"
        f" {_pair(p, _BG_FAMILY, 3)[0 if p.male else 1]}"
        f" {_pair(p, _BG_FAMILY, 2)[0 if p.male else 1]}"
    ),
    "sex_bg": lambda p, c: "мъж" if p.male else "жена",
    "address_bg": lambda p, c: _pick(p, _BG_PLACES, 4).format(n=_num(p, 90), a=_num(p, 58)),
    "phone_bg": lambda p, c: (
        f"08{'789'[int(p.bhxh) % 3]}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "rnokpp": lambda p, c: _rnokpp(p),
    "ua_family": lambda p, c: _pick(p, _UA_FAMILY, 2),
    "ua_given": lambda p, c: _by_sex(p, _UA_GIVEN_M, _UA_GIVEN_F, 1),
    "ua_patronymic": lambda p, c: _pair(p, _UA_PATRONYMIC, 3)[0 if p.male else 1],
    "sex_ua": lambda p, c: "Ч" if p.male else "Ж",
    "address_ua": lambda p, c: f"{_pick(p, _UA_CITIES, 4)}, буд. {_num(p, 90)}, кв. {_num(p, 61)}",
    "phone_ua": lambda p, c: (
        f"+380 {('67', '50', '63', '97')[int(p.bhxh) % 4]} {p.phone[3:6]}"
        f" {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "post_ua": lambda p, c: _pick(p, _UA_POSTS, 5),
    "chart_tw": lambda p, c: f"{int(p.bhxh) * 7 % 10**8:08d}",
    "tw_full": lambda p, c: f"{_pick(p, _TW_FAMILY, 2)}{_by_sex(p, _TW_GIVEN_M, _TW_GIVEN_F, 1)}",
    "tw_id": lambda p, c: _tw_id(p),
    "birth_roc": lambda p, c: _roc(p.birth),
    "sex_tw": lambda p, c: "男" if p.male else "女",
    "address_tw": lambda p, c: _tw_place(p)[2].format(n=_num(p, 300), f=_num(p, 12)),
    "phone_tw": lambda p, c: f"09{p.phone[3:5]}-{p.phone[5:8]}-{p.phone[8:10]}{p.bhxh[-1]}",
    "visit_roc": lambda p, c: _roc(p.other_date),
    "rrn": lambda p, c: _rrn(p),
    "be_family": lambda p, c: _pick(p, _BE_FAMILY, 2),
    "be_given": lambda p, c: _by_sex(p, _BE_GIVEN_M, _BE_GIVEN_F, 1),
    "sex_be": lambda p, c: "M" if p.male else "V",
    "street_be": lambda p, c: (
        f"{_pick(p, tuple(x[0] for x in _BE_PLACES), 3)} {_num(p, 150)}"
        + (f" bus {_num(p, 12)}" if int(p.bhxh) % 3 == 0 else "")
    ),
    "postcode_be": lambda p, c: _BE_PLACES[int(p.bhxh) // 34 % 5][1],
    "commune_be": lambda p, c: _BE_PLACES[int(p.bhxh) // 34 % 5][2],
    "lang_be": lambda p, c: _BE_PLACES[int(p.bhxh) // 34 % 5][3],
    "member_be": lambda p, c: f"{p.bhxh[:3]}/{p.bhxh[3:9]}",
    "emso": lambda p, c: _emso(p),
    "si_full": lambda p, c: (
        f"{_pick(p, _SI_FAMILY, 2).upper()} {_by_sex(p, _SI_GIVEN_M, _SI_GIVEN_F, 1)}"
    ),
    "address_si": lambda p, c: _pick(p, _SI_PLACES, 3).format(n=_num(p, 90)),
    "station_si": lambda p, c: _pick(p, _SI_STATIONS, 4),
    "dni_ca": lambda p, c: _dni_ca(p),
    "ca_family": lambda p, c: _ca_family(p),
    "ca_given": lambda p, c: _by_sex(p, _CA_GIVEN_M, _CA_GIVEN_F, 1),
    "sex_ca": lambda p, c: "H" if p.male else "D",
    "street_ca": lambda p, c: (
        f"{_pick(p, _CA_STREETS, 3)}, {_num(p, 90)}, {_pick(p, _CA_FLOORS, 4)}"
    ),
    "cp_ca": lambda p, c: _ca_town(p)[0],
    "municipi_ca": lambda p, c: _ca_town(p)[1],
    "birthplace_ca": lambda p, c: ("Barcelona", "Vic", "Sevilla", "Girona", "Rabat")[
        int(p.bhxh) // 3 % 5
    ],
    "phone_ca": lambda p, c: (
        f"6{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:9]} {p.phone[9:]}{p.bhxh[-1]}"
    ),
    "nhi": lambda p, c: _nhi(p),
    "nz_family": lambda p, c: _pick(p, _NZ_FAMILY, 2),
    "nz_given": lambda p, c: _by_sex(p, _NZ_GIVEN_M, _NZ_GIVEN_F, 1),
    "sex_nz": lambda p, c: "M" if p.male else "F",
    "ethnic_nz": lambda p, c: _pick(p, _NZ_ETHNIC, 4),
    "iwi_nz": lambda p, c: _pick(p, _NZ_IWI, 5),
    "street_nz": lambda p, c: f"{_num(p, 400)} {_NZ_PLACES[int(p.bhxh) // 23 % 5][0]}",
    "suburb_nz": lambda p, c: _NZ_PLACES[int(p.bhxh) // 23 % 5][1],
    "city_nz": lambda p, c: _NZ_PLACES[int(p.bhxh) // 23 % 5][2],
    "postcode_nz": lambda p, c: _NZ_PLACES[int(p.bhxh) // 23 % 5][3],
    "phone_nz": lambda p, c: f"02{'17'[int(p.bhxh) % 2]} {p.phone[3:6]} {p.phone[6:10]}",
}
