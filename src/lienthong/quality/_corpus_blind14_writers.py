"""How the people of the fourteenth part of the outside corpus (**blind 14**,
:mod:`lienthong.quality._corpus_blind14`) are written: four Vietnamese agencies' own columns (a
commune police residence register's household heads, a vaccination register's children and
their carers, a land-title list's co-owners, parcels and land uses, a voters' list's polling
areas in an ethnic-minority commune) and Austrian, Irish, Slovak, Singaporean and Moroccan names,
addresses, phones and identity numbers with their own check digits (the Austrian VSNR's weighted
mod 11, the PPSN's mod 23 letter, the rodné číslo's divisibility by 11, the NRIC's check
letter)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.identifiers import make_cccd
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _pair
from lienthong.quality._corpus_blind13_writers import _vn_name, _weighted
from lienthong.quality._corpus_people import _FAMILY

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_RESIDENCE_KINDS = ("Thường trú", "Thường trú", "Thường trú", "Tạm trú")
#: (vaccine, doses in the expanded programme's schedule)
_VN_VACCINES: tuple[tuple[str, int], ...] = (
    ("Viêm gan B sơ sinh", 1),
    ("BCG", 1),
    ("DPT-VGB-Hib (5 trong 1)", 3),
    ("bOPV (bại liệt uống)", 3),
    ("IPV (bại liệt tiêm)", 2),
    ("Sởi", 1),
    ("MR (sởi - rubella)", 1),
    ("Viêm não Nhật Bản", 3),
)
_VN_LAND_USES = ("ONT", "ONT", "ODT", "CLN", "LUC", "ONT+CLN", "BHK")
_VN_SERIES = ("CS", "CS", "DA", "DD", "CH", "BX")
_VN_RELIGIONS = ("Không", "Không", "Tin lành", "Công giáo", "Không", "Phật giáo")
#: villages of Đắk Lắk as they are written since the two-level reform of July 2025
_VN_BUON = (
    "Buôn Ea Kmar, xã Ea Kao, tỉnh Đắk Lắk",
    "Buôn Tơng Jú, xã Ea Kao, tỉnh Đắk Lắk",
    "Buôn Cuôr Đăng A, xã Cuôr Đăng, tỉnh Đắk Lắk",
    "Buôn Trí A, xã Buôn Đôn, tỉnh Đắk Lắk",
    "Buôn Kô Đung, xã Krông Búk, tỉnh Đắk Lắk",
    "Thôn 7, xã Ea Kao, tỉnh Đắk Lắk",
)
_VN_VOTER_NOTES = ("", "", "", "", "Đi làm ăn xa", "Bỏ phiếu tại bệnh viện", "Mới chuyển đến")
_AT_FAMILY = ("Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Hofer")
_AT_GIVEN_M = ("Florian", "Stefan", "Lukas", "Johann", "Christoph", "Markus", "Wolfgang")
_AT_GIVEN_F = ("Katharina", "Elisabeth", "Theresa", "Sabine", "Birgit", "Anna", "Verena")
_AT_TITLES = ("", "", "", "", "Mag.", "Dr.", "Ing.", "DI", "Mag.a")
_AT_MOBILE = ("650", "660", "664", "664", "676", "680", "699")
_AT_NATIONS = ("Österreich", "Österreich", "Österreich", "Deutschland", "Kroatien", "Türkei")
#: (postcode, town, street)
_AT_PLACES = (
    ("1100", "Wien", "Favoritenstraße"),
    ("1160", "Wien", "Thaliastraße"),
    ("8010", "Graz", "Annenstraße"),
    ("4020", "Linz", "Landstraße"),
    ("5020", "Salzburg", "Linzer Gasse"),
    ("6020", "Innsbruck", "Maria-Theresien-Straße"),
    ("9020", "Klagenfurt am Wörthersee", "Bahnhofstraße"),
)
#: (a man's family name, a woman's: the Irish forms change, Ó to Ní, Mac to Nic)
_IE_FAMILY: tuple[tuple[str, str], ...] = (("Murphy", "Murphy"), ("Kelly", "Kelly"))
_IE_FAMILY += (("O'Sullivan", "O'Sullivan"), ("Walsh", "Walsh"), ("Byrne", "Byrne"))
_IE_FAMILY += (("Ó Briain", "Ní Bhriain"), ("Mac Cárthaigh", "Nic Cárthaigh"), ("Ryan", "Ryan"))
_IE_FAMILY += (("O'Connor", "O'Connor"), ("Mac Giolla Phádraig", "Nic Giolla Phádraig"))
_IE_GIVEN_M = ("Seán", "Cian", "Pádraig", "Conor", "Darragh", "Eoin", "Oisín")
_IE_GIVEN_F = ("Aoife", "Siobhán", "Niamh", "Ciara", "Sinéad", "Róisín", "Gráinne")
#: (Eircode routing key, town, county, street)
_IE_PLACES = (
    ("D08", "Dublin 8", "Co. Dublin", "Thomas Street"),
    ("D24", "Tallaght", "Co. Dublin", "Old Bawn Road"),
    ("T12", "Cork", "Co. Cork", "Douglas Road"),
    ("H91", "Galway", "Co. Galway", "Shop Street"),
    ("V94", "Limerick", "Co. Limerick", "O'Connell Street"),
    ("A92", "Drogheda", "Co. Louth", "West Street"),
)
_IE_EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
_IE_BANDS = ("Band 1", "Band 2", "Band 3")
_SK_FAMILY = (
    ("Horváth", "Horváthová"),
    ("Kováč", "Kováčová"),
    ("Varga", "Vargová"),
    ("Tóth", "Tóthová"),
    ("Baláž", "Balážová"),
    ("Molnár", "Molnárová"),
    ("Lukáč", "Lukáčová"),
    ("Ľupták", "Ľuptáková"),
)
_SK_GIVEN_M = ("Peter", "Martin", "Ján", "Jozef", "Michal", "Ľubomír", "Tomáš")
_SK_GIVEN_F = ("Mária", "Zuzana", "Katarína", "Jana", "Ľubica", "Veronika", "Dáša")
#: (street, PSČ, obec)
_SK_PLACES = (
    ("Hlavná", "040 01", "Košice"),
    ("Obchodná", "811 06", "Bratislava"),
    ("Štúrova", "949 01", "Nitra"),
    ("Ľ. Štúra", "974 01", "Banská Bystrica"),
    ("Námestie SNP", "010 01", "Žilina"),
    ("Jarková", "080 01", "Prešov"),
)
_SK_INSURERS = ("25 VšZP", "25 VšZP", "24 Dôvera", "27 Union")
_SK_MOBILE = ("0903", "0905", "0911", "0915", "0944", "0948")
#: (race, names of men, names of women): Chinese surname first, Malay bin/binte, Indian s/o, d/o
_SG_CHINESE_FAMILY = ("Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua")
_SG_CHINESE_M = ("Wei Ming", "Jun Jie", "Kok Leong", "Zhi Hao", "Boon Huat")
_SG_CHINESE_F = ("Hui Min", "Xin Yi", "Mei Ling", "Siew Choo", "Li Ting")
_SG_MALAY_M = ("Muhammad Faizal", "Ahmad Syafiq", "Mohamed Rizal", "Hafiz")
_SG_MALAY_F = ("Nur Aisyah", "Siti Nurhaliza", "Farah Diana", "Nurul Huda")
_SG_MALAY_FATHERS = ("Abdul Rahman", "Ismail", "Osman", "Hassan", "Yusof")
_SG_INDIAN_M = ("Rajesh", "Suresh", "Karthik", "Arun")
_SG_INDIAN_F = ("Priya", "Kavitha", "Lakshmi", "Revathi")
_SG_INDIAN_FATHERS = ("Krishnan", "Subramaniam", "Ramasamy", "Govindasamy", "Muthu")
_SG_OTHERS_M = ("Daniel Pereira", "Michael Tessensohn", "Jonathan Oliveiro", "Mark Scully")
_SG_OTHERS_F = ("Sarah de Souza", "Andrea Rodrigues", "Melissa D'Cruz", "Joanne Shepherdson")
_SG_RACES = ("Chinese", "Chinese", "Chinese", "Malay", "Indian", "Others")
#: (street, postal sector)
_SG_STREETS = (
    ("Ang Mo Kio Ave 3", "56"),
    ("Tampines St 21", "52"),
    ("Jurong West St 41", "64"),
    ("Bedok North Rd", "46"),
    ("Woodlands Dr 14", "73"),
    ("Toa Payoh Lor 1", "31"),
)
_SG_RELATIONS = ("Spouse", "Spouse", "Son", "Daughter", "Mother", "Father", "Brother", "Sister")
_MA_FAMILY: tuple[str, ...] = (
    "El Amrani",
    "Benali",
    "Bennani",
    "Alaoui",
    "El Idrissi",
    "Tazi",
    "Berrada",
)
_MA_FAMILY += ("Ouali", "Chraibi", "Ait Taleb", "Ait El Haj")
_MA_GIVEN_M = ("Mohamed", "Youssef", "Hamza", "Rachid", "Abdelilah", "Mehdi", "Said")
_MA_GIVEN_F = ("Fatima Zahra", "Khadija", "Salma", "Nadia", "Imane", "Hajar", "Meryem")
#: (CIN letters issued there, city, postcode, quarter and street)
_MA_PLACES = (
    ("BE", "Casablanca", "20250", "Hay Mohammadi, Rue 23"),
    ("BK", "Casablanca", "20470", "Sidi Bernoussi, Bd Al Qods"),
    ("A", "Rabat", "10100", "Hay Ryad, Av. Annakhil"),
    ("C", "Fès", "30050", "Hay Saada, Rue Ibn Khaldoun"),
    ("EE", "Marrakech", "40070", "Daoudiate, Rue Al Qadi Ayad"),
    ("J", "Agadir", "80000", "Hay Dakhla, Av. Hassan II"),
    ("K", "Tanger", "90060", "Beni Makada, Rue 14"),
)
_MA_CIVIL = ("Célibataire", "Marié(e)", "Marié(e)", "Divorcé(e)", "Veuf(ve)")


# -- Vietnamese agencies ----------------------------------------------------------------------


def _relation(p: Person) -> str:
    """The person's relation to the head of household, as likely for their age and sex."""
    if p.birth.year >= 1995:
        options = ("Con", "Con", "Cháu", "Chủ hộ")
    elif p.birth.year < 1960:
        options = ("Chủ hộ", "Chủ hộ", "Cha" if p.male else "Mẹ", "Chồng" if p.male else "Vợ")
    else:
        options = ("Chủ hộ", "Chủ hộ", "Chồng" if p.male else "Vợ", "Con")
    return options[int(p.bhxh) // 29 % len(options)]


def _household_head(p: Person) -> str:
    """The head of the person's household: the person, or a relative (a wife's husband, a
    husband's wife, a child's father, a father's son) who shares the family name when the
    family line does."""
    relation = _relation(p)
    if relation == "Chủ hộ":
        return p.full
    family = p.family if relation in ("Con", "Cha", "Cháu") else _pick(p, _FAMILY, 4)
    return _vn_name(p, relation != "Chồng", family, 5)


def _birth_as_registered(p: Person) -> str:
    """The registers of the 1970s kept only the birth year of people born before 1955: their
    rows carry a year, everyone else's the full date."""
    return str(p.birth.year) if p.birth.year < 1955 else f"{p.birth:%d/%m/%Y}"


def _child_birth(p: Person) -> date:
    """A child's birthday: the person's day and month, in a year of 2021-2025."""
    return date(2021 + p.birth.year % 5, p.birth.month, min(p.birth.day, 28))


def _child_cccd(p: Person) -> str:
    """The child's personal identification number, given at the birth's registration."""
    return make_cccd(
        p.cccd[:3], "male" if p.male else "female", _child_birth(p).year, int(p.bhxh[-6:])
    )


def _vaccination(p: Person) -> tuple[str, int, datetime]:
    """(vaccine, dose, when): a dose of the schedule, given after the child's birth."""
    vaccine, doses = _VN_VACCINES[int(p.bhxh) // 34 % len(_VN_VACCINES)]
    dose = int(p.bhxh[-2:]) % doses + 1
    day = _child_birth(p) + timedelta(days=60 * dose + int(p.bhxh[:3]) % 300)
    day = min(day, date(2025, 12, 31))
    return vaccine, dose, datetime(day.year, day.month, day.day)


def _co_owner(p: Person) -> str:
    """Who else holds the land-use right: mostly a spouse, written as the certificate does."""
    pick = int(p.bhxh) % 5
    if pick == 0:
        return ""
    spouse = _vn_name(p, not p.male, _pick(p, _FAMILY, 6), 7)
    if pick < 4:
        return f"{'Vợ' if p.male else 'Chồng'}: {spouse}"
    return f"Con: {_vn_name(p, True, p.family, 8)}"


# -- foreign files ----------------------------------------------------------------------------


def _vsnr(p: Person) -> str:
    """An Austrian social-insurance number (VSNR): a three-digit serial (never starting with 0),
    a check digit (weights 3, 7, 9, 5, 8, 4, 2, 1, 6 mod 11; a serial giving 10 is not issued)
    and the birthday as ddmmyy."""
    serial = 100 + int(p.bhxh[-3:]) % 900
    while True:
        body = f"{serial:03d}{p.birth:%d%m%y}"
        check = _weighted(body, (3, 7, 9, 5, 8, 4, 2, 1, 6)) % 11
        if check < 10:
            return f"{body[:3]}{check}{body[3:]}"
        serial = serial + 1 if serial < 999 else 100


def _at_place(p: Person) -> tuple[str, str, str]:
    return _AT_PLACES[int(p.bhxh) // 19 % len(_AT_PLACES)]


def _ppsn(p: Person) -> str:
    """An Irish PPS number: seven digits and the check letter (weights 8 to 2, plus 9 times the
    second letter's value; mod 23, 0 as W), with the second letter ``A`` on numbers issued since
    2013."""
    seven = f"{int(p.bhxh[-7:]) % 9_000_000 + 1_000_000:07d}"
    second = "A" if p.birth.year >= 1995 else ""
    total = _weighted(seven, (8, 7, 6, 5, 4, 3, 2)) + (9 if second else 0)
    letter = "W" if total % 23 == 0 else chr(64 + total % 23)
    return f"{seven}{letter}{second}"


def _ie_family(p: Person, male: bool, salt: int) -> str:
    man, woman = _IE_FAMILY[int(p.bhxh) // (salt * 11 + 1) % len(_IE_FAMILY)]
    return man if male else woman


def _eircode(p: Person) -> str:
    chars = "".join(_IE_EIRCODE_CHARS[int(d) * 2 + i % 2] for i, d in enumerate(p.bhxh[-4:]))
    return f"{_ie_place(p)[0]} {chars}"


def _ie_place(p: Person) -> tuple[str, str, str, str]:
    return _IE_PLACES[int(p.bhxh) // 13 % len(_IE_PLACES)]


def _rodne_cislo(p: Person) -> str:
    """A Slovak rodné číslo: yy, the month (plus 50 for women), dd, a slash and a serial; since
    1954 four digits, the whole number divisible by 11 (a serial that cannot be is skipped)."""
    month = p.birth.month + (0 if p.male else 50)
    head = f"{p.birth:%y}{month:02d}{p.birth:%d}"
    serial = int(p.bhxh[-3:])
    if p.birth.year < 1954:
        return f"{head}/{serial:03d}"
    while (int(f"{head}{serial:03d}") % 11) == 10:
        serial = (serial + 1) % 1000
    return f"{head}/{serial:03d}{int(f'{head}{serial:03d}') % 11}"


def _sk_family(p: Person) -> str:
    man, woman = _SK_FAMILY[int(p.bhxh) // 23 % len(_SK_FAMILY)]
    return man if p.male else woman


def _sk_place(p: Person) -> tuple[str, str, str]:
    return _SK_PLACES[int(p.bhxh) // 7 % len(_SK_PLACES)]


def _sg_race(p: Person) -> str:
    return _pick(p, _SG_RACES, 2)


def _sg_name(p: Person, male: bool, salt: int = 0) -> str:
    """A name as the NRIC writes it: Chinese family name first, Malay ``bin``/``binte`` and
    Indian ``s/o``/``d/o`` before the father's name."""
    race = _sg_race(p)
    if race == "Chinese":
        given = _pick(p, _SG_CHINESE_M if male else _SG_CHINESE_F, salt + 1)
        return f"{_pick(p, _SG_CHINESE_FAMILY, salt + 3)} {given}"
    if race == "Malay":
        father = _pick(p, _SG_MALAY_FATHERS, salt + 3)
        own = _pick(p, _SG_MALAY_M if male else _SG_MALAY_F, salt + 1)
        return f"{own} {'bin' if male else 'binte'} {father}"
    if race == "Indian":
        father = _pick(p, _SG_INDIAN_FATHERS, salt + 3)
        own = _pick(p, _SG_INDIAN_M if male else _SG_INDIAN_F, salt + 1)
        return f"{own} {'s/o' if male else 'd/o'} {father}"
    return _pick(p, _SG_OTHERS_M if male else _SG_OTHERS_F, salt + 1)


def _sg_next_of_kin(p: Person) -> tuple[str, str]:
    """(the next of kin's name, the relationship): a spouse of the other sex, a child, a parent
    or a sibling, of the person's community."""
    relation = _pick(p, _SG_RELATIONS, 6)
    male = relation in ("Son", "Father", "Brother") or (relation == "Spouse" and not p.male)
    return _sg_name(p, male, 7), relation


def _nric(p: Person) -> str:
    """A Singapore NRIC (S before 2000, T since, the first two digits the birth year from 1968)
    or, for one foreign resident in three of the others, a FIN (F, G); the check letter is the
    weighted sum (2, 7, 6, 5, 4, 3, 2), plus 4 for T and G, mod 11, looked up."""
    foreign = _sg_race(p) == "Others" and int(p.bhxh) % 3 == 0
    prefix = ("F" if p.birth.year < 2000 else "G") if foreign else "ST"[p.birth.year >= 2000]
    if p.birth.year >= 1968 and not foreign:
        digits = f"{p.birth:%y}{p.bhxh[-5:]}"
    else:
        digits = f"{int(p.bhxh[-7:]) % 2_000_000:07d}"
    total = _weighted(digits, (2, 7, 6, 5, 4, 3, 2)) + (4 if prefix in "TG" else 0)
    letters = "XWUTRQPNMLK" if foreign else "JZIHGFEDCBA"
    return f"{prefix}{digits}{letters[total % 11]}"


def _sg_home(p: Person) -> tuple[str, str]:
    """(an HDB block's address, its postal code: the sector and the block number)."""
    street, sector = _pair(p, _SG_STREETS, 4)
    block = 100 + int(p.bhxh[-5:]) % 700
    unit = f"#{int(p.bhxh[2:4]) % 20 + 2:02d}-{int(p.bhxh[4:7]) % 400 + 100}"
    return f"Blk {block} {street} {unit}", f"{sector}0{block:03d}"


def _ma_place(p: Person) -> tuple[str, str, str, str]:
    return _MA_PLACES[int(p.bhxh) // 11 % len(_MA_PLACES)]


def _cin_ma(p: Person) -> str:
    """A Moroccan CIN (CNIE): the letters of the office that issued it and five or six digits."""
    letters = _ma_place(p)[0]
    return f"{letters}{int(p.bhxh[-6:]) % (10**5 if len(letters) == 2 else 10**6)}"


WRITERS_BLIND14: dict[str, Callable[[Person, Col], object]] = {
    "household14": lambda p, c: f"{p.cccd[:3]}{int(p.bhxh[:6]) // 3 % 10**6:06d}",
    "birth_mixed14": lambda p, c: _birth_as_registered(p),
    "relation14": lambda p, c: _relation(p),
    "head14": lambda p, c: _household_head(p),
    "head_phone14": lambda p, c: p.phone if _relation(p) == "Chủ hộ" else f"09{p.bhxh[1:9]}",
    "residence_kind14": lambda p, c: _pick(p, _VN_RESIDENCE_KINDS, 6),
    "vaccine_subject14": lambda p, c: (
        f"{p.cccd[:3]}{_child_birth(p):%y}{int(p.bhxh[:7]) * 3 % 10**7:07d}"
    ),
    "child_birth14": lambda p, c: datetime.combine(_child_birth(p), datetime.min.time()),
    "child_cccd14": lambda p, c: _child_cccd(p),
    "carer14": lambda p, c: _vn_name(p, False, _pick(p, _FAMILY, 8), 9),
    "carer_phone14": lambda p, c: p.phone,
    "vaccine14": lambda p, c: _vaccination(p)[0],
    "dose14": lambda p, c: _vaccination(p)[1],
    "vaccinated14": lambda p, c: _vaccination(p)[2],
    "gcn_serial14": lambda p, c: f"{_pick(p, _VN_SERIES, 2)} {p.bhxh[-6:]}",
    "gcn_book14": lambda p, c: f"CS{int(p.bhxh[:5]) % 20000:05d}",
    "co_owner14": lambda p, c: _co_owner(p),
    "parcel14": lambda p, c: f"{_num(p, 900)}/{_num(p, 48)}",
    "land_area14": lambda p, c: f"{_num(p, 400) + 40},{p.bhxh[-1]}",
    "land_use14": lambda p, c: _pick(p, _VN_LAND_USES, 3),
    "religion14": lambda p, c: _pick(p, _VN_RELIGIONS, 5),
    "address_buon14": lambda p, c: _pick(p, _VN_BUON, 4),
    "polling14": lambda p, c: f"KVBP số {int(p.bhxh) % 9 + 1}",
    "voter_note14": lambda p, c: _pick(p, _VN_VOTER_NOTES, 6),
    "at_family": lambda p, c: _pick(p, _AT_FAMILY, 2),
    "at_given": lambda p, c: _by_sex(p, _AT_GIVEN_M, _AT_GIVEN_F, 1),
    "title_at": lambda p, c: _pick(p, _AT_TITLES, 3) if p.birth.year < 2000 else "",
    "vsnr": lambda p, c: _vsnr(p),
    "sex_at": lambda p, c: "männlich" if p.male else "weiblich",
    "nation_at": lambda p, c: _pick(p, _AT_NATIONS, 4),
    "street_at": lambda p, c: f"{_at_place(p)[2]} {_num(p, 90)}/{_num(p, 6)}/{_num(p, 24)}",
    "plz_at": lambda p, c: _at_place(p)[0],
    "ort_at": lambda p, c: _at_place(p)[1],
    "phone_at": lambda p, c: f"+43 {_pick(p, _AT_MOBILE, 6)} {p.phone[3:10]}",
    "ie_ref": lambda p, c: f"HA-{p.other_date:%Y}-{p.bhxh[-5:]}",
    "ie_family": lambda p, c: _ie_family(p, p.male, 2),
    "ie_given": lambda p, c: _by_sex(p, _IE_GIVEN_M, _IE_GIVEN_F, 1),
    "ppsn": lambda p, c: _ppsn(p),
    "sex_ie": lambda p, c: "Male" if p.male else "Female",
    "street_ie": lambda p, c: f"{_num(p, 140)} {_ie_place(p)[3]}",
    "town_ie": lambda p, c: _ie_place(p)[1],
    "county_ie": lambda p, c: _ie_place(p)[2],
    "eircode": lambda p, c: _eircode(p),
    "phone_ie": lambda p, c: f"08{'35679'[int(p.bhxh) % 5]} {p.phone[3:6]} {p.phone[6:10]}",
    "joint_ie": lambda p, c: (
        f"{_by_sex(p, _IE_GIVEN_F, _IE_GIVEN_M, 4)} {_ie_family(p, not p.male, 5)}"
        if int(p.bhxh) % 3 == 0
        else ""
    ),
    "band_ie": lambda p, c: _pick(p, _IE_BANDS, 6),
    "sk_family": lambda p, c: _sk_family(p),
    "sk_given": lambda p, c: _by_sex(p, _SK_GIVEN_M, _SK_GIVEN_F, 1),
    "rodne_cislo": lambda p, c: _rodne_cislo(p),
    "sex_sk": lambda p, c: "muž" if p.male else "žena",
    "street_sk": lambda p, c: f"{_sk_place(p)[0]} {_num(p, 120)}",
    "psc_sk": lambda p, c: _sk_place(p)[1],
    "obec_sk": lambda p, c: _sk_place(p)[2],
    "phone_sk": lambda p, c: f"{_pick(p, _SK_MOBILE, 3)} {p.phone[4:7]} {p.phone[7:10]}",
    "insurer_sk": lambda p, c: _pick(p, _SK_INSURERS, 4),
    "sg_full": lambda p, c: _sg_name(p, p.male),
    "nric": lambda p, c: _nric(p),
    "race_sg": lambda p, c: _sg_race(p),
    "street_sg": lambda p, c: _sg_home(p)[0],
    "postal_sg": lambda p, c: _sg_home(p)[1],
    "phone_sg": lambda p, c: f"{'89'[int(p.bhxh) % 2]}{p.phone[3:6]} {p.phone[6:10]}",
    "nok_sg": lambda p, c: _sg_next_of_kin(p)[0],
    "nok_rel_sg": lambda p, c: _sg_next_of_kin(p)[1],
    "nok_phone_sg": lambda p, c: f"9{p.bhxh[2:5]} {p.bhxh[5:9]}",
    "ma_family": lambda p, c: _pick(p, _MA_FAMILY, 2),
    "ma_given": lambda p, c: _by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 1),
    "cin_ma": lambda p, c: _cin_ma(p),
    "sex_ma": lambda p, c: "Masculin" if p.male else "Féminin",
    "civil_ma": lambda p, c: _pick(p, _MA_CIVIL, 3),
    "address_ma": lambda p, c: f"{_ma_place(p)[3]} N° {_num(p, 90)}, {_ma_place(p)[1]}",
    "postal_ma": lambda p, c: _ma_place(p)[2],
    "phone_ma": lambda p, c: (
        f"0{'67'[int(p.bhxh) % 2]} {p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "cnss_ma": lambda p, c: f"{int(p.bhxh) * 7 % 10**9:09d}",
    "salary_ma": lambda p, c: f"{3200 + int(p.bhxh[-4:]) % 9000},{p.bhxh[2:4]}",
}
