"""How the people of the eleventh part of the outside corpus (**blind 11**,
:mod:`lienthong.quality._corpus_blind11`) are written: a Vietnamese hospital's HIS export (the
XML1 table's ``yyyymmddHHMM`` dates and ``1``/``2`` sexes), Estonian, Norwegian, Serbian,
Mongolian, Uzbek, Haitian, Malagasy and Kuwaiti names, addresses, phones and identity numbers
with their own check digits (the isikukood's two weight rows, the fødselsnummer's two mod 11
digits, the JMBG's mod 11, the JShShIR's 7-3-1 weights and the Kuwaiti civil id's mod 11)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _pair

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_EE_FAMILY = ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel")
_EE_GIVEN_M = ("Jaan", "Andres", "Tõnu", "Mart", "Rein", "Priit", "Jüri", "Margus")
_EE_GIVEN_F = ("Mari", "Tiina", "Kadri", "Liis", "Eve", "Külli", "Triin", "Ülle")
_EE_PLACES: tuple[tuple[str, str], ...] = (
    ("Pärnu mnt", "Tallinn, 10141 Harju maakond"),
    ("Narva mnt", "Tallinn, 10120 Harju maakond"),
    ("Riia tn", "Tartu, 51013 Tartu maakond"),
    ("Rüütli tn", "Pärnu, 80010 Pärnu maakond"),
    ("Tallinna tn", "Narva, 20304 Ida-Viru maakond"),
)
_NO_FAMILY: tuple[str, ...] = (
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Berg",
)
_NO_FAMILY += ("Haugen", "Bakken", "Sæther", "Løken")
_NO_GIVEN_M = ("Ole", "Lars", "Knut", "Håkon", "Magnus", "Eirik", "Sindre", "Bjørn")
_NO_GIVEN_F = ("Ingrid", "Kari", "Solveig", "Ragnhild", "Marit", "Åse", "Sigrid", "Tone")
_NO_STREETS = ("Storgata", "Kirkeveien", "Skolegata", "Bjørkeveien", "Fjellveien", "Åsveien")
_NO_TOWNS: tuple[tuple[str, str], ...] = (("0154", "OSLO"), ("5003", "BERGEN"))
_NO_TOWNS += (("7010", "TRONDHEIM"), ("4006", "STAVANGER"), ("9008", "TROMSØ"))
_RS_FAMILY: tuple[str, ...] = (
    "Јовановић",
    "Петровић",
    "Николић",
    "Марковић",
    "Ђорђевић",
    "Стојановић",
)
_RS_FAMILY += ("Илић", "Павловић", "Милошевић", "Станковић")
_RS_GIVEN_M = ("Милош", "Никола", "Стефан", "Марко", "Драган", "Зоран", "Лука")
_RS_GIVEN_F = ("Јелена", "Милица", "Ана", "Драгана", "Снежана", "Јована", "Марија")
#: (JMBG region, the municipality, its street)
_RS_PLACES = (
    ("71", "Савски венац", "Немањина"),
    ("71", "Звездара", "Булевар краља Александра"),
    ("80", "Нови Сад", "Змај Јовина"),
    ("73", "Ниш", "Обреновићева"),
    ("72", "Крагујевац", "Краља Петра I"),
)
_MN_FATHERS = ("Батболд", "Ганбаатар", "Энхбаяр", "Мөнхбат", "Дорж", "Сүхбаатар", "Баяр")
_MN_GIVEN_M = ("Тэмүүлэн", "Бат-Эрдэнэ", "Ганзориг", "Мөнх-Очир", "Билгүүн", "Төмөрбаатар")
_MN_GIVEN_F = ("Сарантуяа", "Оюунчимэг", "Номин", "Анужин", "Батцэцэг", "Энхжаргал")
_MN_CLANS = ("Боржигин", "Хиад", "Тайчууд", "Урианхай", "Сартуул", "Хонгирад")
_MN_LETTERS = ("УБ", "УЕ", "ЧЖ", "ТА", "ИЮ", "ФА", "ЖИ", "ЕЮ")
_MN_DISTRICTS = ("Баянзүрх", "Сүхбаатар", "Чингэлтэй", "Хан-Уул", "Баянгол", "Сонгинохайрхан")
_UZ_FAMILY_M = ("Karimov", "Rahimov", "Abdullayev", "Yusupov", "To‘xtayev", "Xo‘jayev")
_UZ_GIVEN_M = ("Jasur", "Sardor", "Otabek", "Bekzod", "Shoxrux", "Dilshod", "Ulug‘bek")
_UZ_GIVEN_F = ("Dilnoza", "Gulnora", "Madina", "Shahnoza", "Nilufar", "Zarina", "Mohira")
#: (district code of the JShShIR, the district as an address names it, a street there)
_UZ_PLACES = (
    ("261", "Toshkent sh., Chilonzor tumani", "Bunyodkor ko‘chasi"),
    ("262", "Toshkent sh., Yunusobod tumani", "Amir Temur shoh ko‘chasi"),
    ("230", "Samarqand sh.", "Registon ko‘chasi"),
    ("212", "Buxoro sh.", "Mustaqillik ko‘chasi"),
    ("315", "Farg‘ona sh.", "Al-Farg‘oniy ko‘chasi"),
)
_UZ_MAHALLAS = ("Qatortol", "Beshyog‘och", "Navro‘z", "Do‘stlik", "Bog‘ishamol")
_HT_FAMILY: tuple[str, ...] = (
    "Jean-Baptiste",
    "Pierre",
    "Joseph",
    "Louis",
    "Charles",
    "Dorvil",
    "Étienne",
)
_HT_FAMILY += ("Saint-Fleur", "Augustin", "Célestin")
_HT_GIVEN_M = ("Jean Robert", "Wilner", "Fritznel", "Jean Claude", "Widnel", "Ronald")
_HT_GIVEN_F = ("Marie Carmelle", "Nadège", "Guerline", "Rose-Marie", "Wideline", "Mirlande")
_HT_PLACES: tuple[tuple[str, str], ...] = (("Pòtoprens", "Delmas 33"), ("Kap Ayisyen", "Ri 24"))
_HT_PLACES += (("Gonayiv", "Raboto"), ("Okay", "Ri Jeremi"), ("Jakmèl", "Ri Baranquilla"))
_HT_SECTIONS = ("1e seksyon Bellevue", "2e seksyon Turgeau", "3e seksyon Morne l'Hôpital")
_MG_FAMILY: tuple[str, ...] = (
    "Rakotomalala",
    "Randrianarisoa",
    "Rasoanaivo",
    "Andriamahefa",
    "Razafindrabe",
)
_MG_FAMILY += ("Ravelojaona", "Rabemananjara", "Rakotondrabe")
_MG_GIVEN_M = ("Hery Nirina", "Tojo", "Fanomezantsoa", "Mamy", "Andry Tiana", "Haja")
_MG_GIVEN_F = ("Voahangy", "Lalao", "Hanitra", "Nirina Fara", "Miora", "Tiana Mialy")
#: (first three digits of the CIN: its district, the commune, a fokontany there)
_MG_PLACES = (
    ("101", "Antananarivo Renivohitra", "Analakely"),
    ("117", "Antsirabe I", "Mahazina"),
    ("201", "Fianarantsoa I", "Tsianolondroa"),
    ("301", "Toamasina I", "Tanambao V"),
    ("501", "Toliara I", "Besakoa"),
)
_MG_BIRTHPLACES = ("Antananarivo", "Antsirabe", "Ambositra", "Fianarantsoa", "Mahajanga")
#: (nationality, men's given names, women's, fathers' names, family names): a Kuwaiti sheet
#: writes each staff member's name in English as their passport does
_KW_PEOPLE: tuple[
    tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...
]
_KW_PEOPLE = (
    (
        "KWT",
        ("Mohammed", "Abdullah", "Yousef", "Fahad"),
        ("Noura", "Mariam", "Reem", "Dalal"),
        ("Abdulaziz", "Hamad", "Khaled", "Salem"),
        ("Al-Mutairi", "Al-Ajmi", "Al-Enezi", "Al-Rashidi"),
    ),
    (
        "EGY",
        ("Ahmed", "Mahmoud", "Mostafa", "Karim"),
        ("Fatma", "Aya", "Heba", "Mona"),
        ("Mohamed", "Hassan", "Ibrahim", "Sayed"),
        ("Abdelrahman", "Hassan", "El-Sayed", "Mansour"),
    ),
    (
        "IND",
        ("Rajesh", "Suresh", "Joseph", "Anil"),
        ("Priya", "Lakshmi", "Reena", "Anjali"),
        ("Kumar", "Varghese", "Thomas", "Pillai"),
        ("Nair", "Menon", "Kurian", "Pillai"),
    ),
    (
        "PHL",
        ("Mark Anthony", "Jomar", "Rodel", "Jayson"),
        ("Maricel", "Rowena", "Jonalyn", "Mary Grace"),
        ("Dela Cruz", "Reyes", "Bautista", "Garcia"),
        ("Santos", "Villanueva", "Mendoza", "Ramos"),
    ),
)
_KW_AREAS = ("Salmiya", "Hawalli", "Jabriya", "Farwaniya", "Mahboula", "Fahaheel")


def _mod11(body: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11


def _isikukood(p: Person) -> str:
    """An Estonian isikukood: sex-and-century digit, yymmdd, a serial, a check digit (weights
    1..9,1, else 3..9,1,2,3, else 0)."""
    first = (3 if p.birth.year < 2000 else 5) + (0 if p.male else 1)
    body = f"{first}{p.birth:%y%m%d}{int(p.bhxh[-3:]) % 700 + 1:03d}"
    check = _mod11(body, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1))
    if check == 10:
        check = _mod11(body, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)) % 10
    return f"{body}{check}"


def _fodselsnummer(p: Person) -> str:
    """A Norwegian fødselsnummer: ddmmyy, an individual number (odd third digit for men, 000-499
    for the 1900s) and two mod 11 check digits; an individual number giving a 10 is skipped."""
    base = 0 if p.birth.year < 2000 else 500
    w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    for k in range(0, 500, 2):
        serial = (int(p.bhxh[-3:]) // 2 * 2 + k) % 500 + base
        body = f"{p.birth:%d%m%y}{serial + (1 if p.male else 0):03d}"
        k1 = (11 - _mod11(body, w1)) % 11
        k2 = (11 - _mod11(f"{body}{k1}", w2)) % 11 if k1 < 10 else 10
        if k1 < 10 and k2 < 10:
            break
    return f"{body}{k1}{k2}"


def _jmbg(p: Person) -> str:
    """A Serbian ЈМБГ: ddmm, the year's last three digits, region, 000-499 for men, mod 11."""
    region = _rs_place(p)[0]
    for k in range(60):
        serial = (int(p.bhxh[-3:]) + k) % 500 + (0 if p.male else 500)
        body = f"{p.birth:%d%m}{p.birth.year % 1000:03d}{region}{serial:03d}"
        w = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        check = 11 - sum(int(d) * x for d, x in zip(body, w, strict=True)) % 11
        if check < 10 or check == 11:
            break
    return f"{body}{check % 11}"


def _rs_place(p: Person) -> tuple[str, str, str]:
    return _RS_PLACES[int(p.bhxh) // 7 % len(_RS_PLACES)]


def _mn_register(p: Person) -> str:
    """A Mongolian регистрийн дугаар, ``УБ85031217``: two letters, yymmdd (month + 20 for the
    2000s) and two digits, the first odd for men."""
    month = p.birth.month + (20 if p.birth.year >= 2000 else 0)
    sex = int(p.bhxh[-2]) // 2 * 2 + (1 if p.male else 0)
    return f"{_pick(p, _MN_LETTERS, 5)}{p.birth:%y}{month:02d}{p.birth:%d}{sex}{p.bhxh[-1]}"


def _pinfl(p: Person) -> str:
    """An Uzbek JShShIR (ПИНФЛ): sex-and-century digit, ddmmyy, district, serial, and the check
    digit by the weights 7, 3, 1."""
    first = (3 if p.birth.year < 2000 else 5) + (0 if p.male else 1)
    body = f"{first}{p.birth:%d%m%y}{_uz_place(p)[0]}{p.bhxh[-3:]}"
    w = (7, 3, 1) * 5
    return f"{body}{sum(int(d) * x for d, x in zip(body, w[:13], strict=True)) % 10}"


def _uz_place(p: Person) -> tuple[str, str, str]:
    return _UZ_PLACES[int(p.bhxh) // 5 % len(_UZ_PLACES)]


def _uz_family(p: Person) -> str:
    family = _pick(p, _UZ_FAMILY_M, 2)
    return family if p.male else f"{family}a"


def _mg_place(p: Person) -> tuple[str, str, str]:
    return _MG_PLACES[int(p.bhxh) // 3 % len(_MG_PLACES)]


def _cin_mg(p: Person) -> str:
    """A Malagasy CIN in groups of three: district, sex (1 man, 2 woman), eight digits."""
    t = f"{_mg_place(p)[0]}{1 if p.male else 2}{p.bhxh[2:10]}"
    return " ".join(t[i : i + 3] for i in range(0, 12, 3))


def _kw_name(p: Person) -> str:
    _, men, women, fathers, families = _KW_PEOPLE[int(p.bhxh) // 13 % len(_KW_PEOPLE)]
    given = _by_sex(p, men, women, 1)
    return f"{given} {_pick(p, fathers, 3)} {_pick(p, families, 2)}"


def _civil_id(p: Person) -> str:
    """A Kuwaiti civil id: century (2: 1900s, 3: 2000s), yymmdd, four digits and a mod 11 check
    digit (a serial whose check would be 10 is never issued)."""
    century = 2 if p.birth.year < 2000 else 3
    w = (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    for k in range(60):
        body = f"{century}{p.birth:%y%m%d}{(int(p.bhxh[-4:]) + k) % 10000:04d}"
        check = 11 - _mod11(body, w)
        if check < 10:
            break
    return f"{body}{check}"


WRITERS_BLIND11: dict[str, Callable[[Person, Col], object]] = {
    "ma_lk": lambda p, c: f"{p.updated:%y%m%d}{p.bhxh[-6:]}",
    "ma_bn": lambda p, c: f"BN{p.bhxh[2:10]}",
    "sex_his": lambda p, c: "1" if p.male else "2",
    "dantoc_his": lambda p, c: ("01", "01", "01", "04", "03", "01")[int(p.bhxh) % 6],
    "quoctich_his": lambda p, c: "000",
    "tinh_his": lambda p, c: "79",
    "his_admit": lambda p, c: f"{p.updated:%Y%m%d%H%M}",
    "ee_family": lambda p, c: _pick(p, _EE_FAMILY, 2),
    "ee_given": lambda p, c: _by_sex(p, _EE_GIVEN_M, _EE_GIVEN_F, 1),
    "isikukood": lambda p, c: _isikukood(p),
    "sex_ee": lambda p, c: "M" if p.male else "N",
    "address_ee": lambda p, c: (
        f"{_pair(p, _EE_PLACES, 3)[0]} {_num(p, 120)}-{_num(p, 40)}, {_pair(p, _EE_PLACES, 3)[1]}"
    ),
    "phone_ee": lambda p, c: f"+372 5{p.phone[3:6]} {p.phone[6:10]}",
    "email_ee": lambda p, c: (
        f"{_by_sex(p, _EE_GIVEN_M, _EE_GIVEN_F, 1)}.{_pick(p, _EE_FAMILY, 2)}@mail.ee".lower()
        .replace("ä", "a")
        .replace("õ", "o")
        .replace("ü", "u")
    ),
    "insured_ee": lambda p, c: f"{p.other_date:%d.%m.%Y}",
    "fnr": lambda p, c: _fodselsnummer(p),
    "no_family": lambda p, c: _pick(p, _NO_FAMILY, 2),
    "no_given": lambda p, c: _by_sex(p, _NO_GIVEN_M, _NO_GIVEN_F, 1),
    "street_no": lambda p, c: f"{_pick(p, _NO_STREETS, 3)} {_num(p, 90)}",
    "postnr_no": lambda p, c: _pair(p, _NO_TOWNS, 4)[0],
    "poststed_no": lambda p, c: _pair(p, _NO_TOWNS, 4)[1],
    "phone_no": lambda p, c: (
        f"{'49'[int(p.bhxh) % 2]}{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:10]}"
    ),
    "nav_no": lambda p, c: ("AAP", "Dagpenger", "Uføretrygd", "Sykepenger")[int(p.bhxh) % 4],
    "rs_family": lambda p, c: _pick(p, _RS_FAMILY, 2),
    "rs_given": lambda p, c: _by_sex(p, _RS_GIVEN_M, _RS_GIVEN_F, 1),
    "rs_parent": lambda p, c: _pick(p, _RS_GIVEN_M, 3),
    "jmbg": lambda p, c: _jmbg(p),
    "sex_rs": lambda p, c: "М" if p.male else "Ж",
    "street_rs": lambda p, c: f"{_rs_place(p)[2]} {_num(p, 90)}",
    "opstina_rs": lambda p, c: _rs_place(p)[1],
    "phone_rs": lambda p, c: f"06{'0345'[int(p.bhxh) % 4]}/{p.phone[3:6]}-{p.phone[6:10]}",
    "mn_clan": lambda p, c: _pick(p, _MN_CLANS, 4),
    "mn_father": lambda p, c: _pick(p, _MN_FATHERS, 2),
    "mn_given": lambda p, c: _by_sex(p, _MN_GIVEN_M, _MN_GIVEN_F, 1),
    "register_mn": lambda p, c: _mn_register(p),
    "sex_mn": lambda p, c: "Эрэгтэй" if p.male else "Эмэгтэй",
    "address_mn": lambda p, c: (
        f"Улаанбаатар, {_pick(p, _MN_DISTRICTS, 3)} дүүрэг, {_num(p, 25)}-р хороо,"
        f" {_num(p, 60)}-р байр, {_num(p, 120)} тоот"
    ),
    "phone_mn": lambda p, c: f"{'9988'[int(p.bhxh) % 4]}{'1958'[int(p.bhxh) % 4]}{p.phone[4:10]}",
    "uz_family": lambda p, c: _uz_family(p),
    "uz_given": lambda p, c: _by_sex(p, _UZ_GIVEN_M, _UZ_GIVEN_F, 1),
    "uz_father": lambda p, c: _pick(p, _UZ_GIVEN_M, 3) + (" o‘g‘li" if p.male else " qizi"),
    "pinfl": lambda p, c: _pinfl(p),
    "sex_uz": lambda p, c: "erkak" if p.male else "ayol",
    "address_uz": lambda p, c: (
        f"{_uz_place(p)[1]}, {_uz_place(p)[2]}, {_num(p, 90)}-uy, {_num(p, 60)}-xonadon"
    ),
    "phone_uz": lambda p, c: (
        f"+998 9{'0134'[int(p.bhxh) % 4]} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "mahalla_uz": lambda p, c: f"{_pick(p, _UZ_MAHALLAS, 4)} MFY",
    "ht_family": lambda p, c: _pick(p, _HT_FAMILY, 2),
    "ht_given": lambda p, c: _by_sex(p, _HT_GIVEN_M, _HT_GIVEN_F, 1),
    "sex_ht": lambda p, c: "Gason" if p.male else "Fi",
    "niu_ht": lambda p, c: f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}",
    "komin_ht": lambda p, c: _pair(p, _HT_PLACES, 3)[0],
    "seksyon_ht": lambda p, c: _pick(p, _HT_SECTIONS, 4),
    "address_ht": lambda p, c: (
        f"Lakou {_pick(p, _HT_FAMILY, 5)}, {_pair(p, _HT_PLACES, 3)[1]} #{_num(p, 80)},"
        f" {_pair(p, _HT_PLACES, 3)[0]}"
    ),
    "phone_ht": lambda p, c: (
        f"+509 {'3445'[int(p.bhxh) % 4]}{p.phone[3]} {p.phone[4:6]} {p.phone[6:10]}"
    ),
    "members_ht": lambda p, c: str(_num(p, 10)),
    "mg_family": lambda p, c: _pick(p, _MG_FAMILY, 2),
    "mg_given": lambda p, c: _by_sex(p, _MG_GIVEN_M, _MG_GIVEN_F, 1),
    "mg_birthplace": lambda p, c: _pick(p, _MG_BIRTHPLACES, 4),
    "sex_mg": lambda p, c: "Lahy" if p.male else "Vavy",
    "cin_mg": lambda p, c: _cin_mg(p),
    "fokontany_mg": lambda p, c: _mg_place(p)[2],
    "kaominina_mg": lambda p, c: _mg_place(p)[1],
    "phone_mg": lambda p, c: (
        f"03{'2348'[int(p.bhxh) % 4]} {p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}"
    ),
    "civil_id": lambda p, c: _civil_id(p),
    "kw_full": lambda p, c: _kw_name(p),
    "nation_kw": lambda p, c: _KW_PEOPLE[int(p.bhxh) // 13 % len(_KW_PEOPLE)][0],
    "sex_kw": lambda p, c: "M" if p.male else "F",
    "address_kw": lambda p, c: (
        f"{_pick(p, _KW_AREAS, 5)}, Block {_num(p, 12)}, Street {_num(p, 30)}, Bldg {_num(p, 60)}"
    ),
    "phone_kw": lambda p, c: f"+965 {'569'[int(p.bhxh) % 3]}{p.phone[3:6]}{p.phone[6:10]}",
    "passport_kw": lambda p, c: f"{'PKNA'[int(p.bhxh) % 4]}{p.bhxh[-7:]}",
    "salary_kw": lambda p, c: f"{250 + int(p.bhxh) % 1500}.000",
}
