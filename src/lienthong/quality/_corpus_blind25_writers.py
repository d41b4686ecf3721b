"""How the people of the twenty-fifth part of the outside corpus (**blind 25**,
:mod:`lienthong.quality._corpus_blind25`) are written: four Vietnamese files' own columns (a tour
guide's card, languages and travel agency, a foreign worker's permit, nationality, passport, job
and employer, a lottery agent's code, contract, deposit, quota and guarantor, a solar household's
customer code, kWp, meter and installer) and Panamanian, Qatari, Namibian, Montenegrin and
Maldivian names, addresses, phones and identity numbers in the forms their cards show (only the
Montenegrin JMBG publishes a check digit, its weighted mod 11 digit; the Panamanian cédula, the
Qatari QID, the Namibian ID number and the Maldivian ID card number have none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _mod11
from lienthong.quality._corpus_blind24_writers import _other_phone, _other_vn, _vn_post

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_CARD_TYPES = (("1", "Quốc tế"), ("2", "Nội địa"), ("2", "Nội địa"), ("3", "Tại điểm"))
_VN_LANGUAGES = ("Tiếng Anh", "Tiếng Trung", "Tiếng Hàn", "Tiếng Nhật", "Tiếng Anh, Tiếng Pháp")
_VN_AGENCIES = (
    "Công ty TNHH Du lịch Lửa Việt",
    "Công ty CP Dịch vụ Du lịch Bến Thành",
    "Cty TNHH MTV Lữ hành Saigontourist",
    "Công ty CP Truyền thông Du lịch Việt",
)
#: nationality (as the permit writes it), passport pattern, family names, male and female names
_WP_COUNTRIES = (
    (
        "Hàn Quốc",
        "M{d8}",
        ("KIM", "LEE", "PARK", "CHOI", "JUNG"),
        ("MIN JUN", "SEUNG HO", "JI HOON"),
        ("JI YEON", "SO YOUNG", "MIN JI"),
    ),
    (
        "Trung Quốc",
        "E{d8}",
        ("WANG", "LI", "ZHANG", "LIU", "CHEN"),
        ("WEI", "JIANHUA", "HAO"),
        ("LI NA", "XIAOMEI", "YAN"),
    ),
    (
        "Nhật Bản",
        "T{l}{d7}",
        ("TANAKA", "SATO", "SUZUKI", "YAMAMOTO"),
        ("HIROSHI", "KENTA", "TAKUYA"),
        ("YUKI", "AYAKO", "HARUKA"),
    ),
    (
        "Ấn Độ",
        "{l}{d7}",
        ("SHARMA", "KUMAR", "PATEL", "REDDY"),
        ("RAJESH", "AMIT", "SURESH"),
        ("PRIYA", "ANJALI", "SUNITA"),
    ),
    (
        "Đài Loan",
        "3{d8}",
        ("CHEN", "LIN", "HUANG", "TSAI"),
        ("CHIH-MING", "WEI-LUN", "CHUN-HAO"),
        ("YA-TING", "SHU-FEN", "HSIN-YI"),
    ),
)
_WP_JOBS = ("Giám đốc điều hành", "Chuyên gia", "Lao động kỹ thuật", "Nhà quản lý")
_WP_COMPANIES = (
    "Công ty TNHH Samsung Electronics HCMC CE Complex",
    "Công ty TNHH Pouyuen Việt Nam",
    "Công ty TNHH Nidec Việt Nam",
    "Công ty CP Xây dựng Kumho Việt Nam",
)
_WP_HOMES = (
    ("Căn hộ {n}, Vinhomes Central Park, 208 Nguyễn Hữu Cảnh, P. 22, Q. Bình Thạnh", "717000"),
    ("{n} Nguyễn Đức Cảnh, P. Tân Phong, Q. 7, TP.HCM", "756000"),
    ("{n}/5 Lê Thánh Tôn, P. Bến Nghé, Q. 1, TP.HCM", "710000"),
    ("Căn {n}, The Vista, 628C Xa lộ Hà Nội, P. An Phú, TP. Thủ Đức", "713000"),
)
_VN_LOTTERY_QUOTAS = ("500", "1.000", "1.500", "2.000", "3.000")
_VN_INSTALLERS = (
    "Cty TNHH Năng lượng Xanh SolarBK",
    "Công ty CP Điện mặt trời Sao Việt",
    "Cty TNHH Kỹ thuật Năng lượng Tái tạo Phương Nam",
)
_PA_FAMILY = ("González", "Rodríguez", "Pérez", "Castillo", "Sánchez", "Herrera", "Batista")
_PA_GIVEN_M = ("José Luis", "Carlos", "Luis Alberto", "Ricardo", "Manuel", "Eduardo")
_PA_GIVEN_F = ("María Isabel", "Yamileth", "Ana Lucía", "Itzel", "Kathia", "Rosa Elvira")
#: (cédula province, address pattern, corregimiento, postal zone)
_PA_PLACES = (
    ("8", "Calle 50, Edificio Plaza {n}, Apto. {a}", "Bella Vista, Panamá", "0801"),
    ("8", "Vía España, Casa {n}", "San Francisco, Panamá", "0807"),
    ("8", "Barriada San Isidro, Casa {n}", "Belisario Porras, San Miguelito", "0823"),
    ("4", "Calle Central, Casa {n}", "David, Chiriquí", "0426"),
    ("3", "Sector Sabanitas, Calle 5ta, Casa {n}", "Cristóbal, Colón", "0302"),
    ("6", "Barrio El Carmen, Casa {n}", "Chitré, Herrera", "0601"),
)
#: (nationality, ISO 3166 numeric code the QID carries, names)
_QA_PEOPLE = (
    (
        "Qatari",
        "634",
        ("Mohammed Abdulla Al-Kuwari", "Khalid Nasser Al-Thani", "Hamad Ali Al-Marri"),
        ("Maryam Ahmed Al-Sulaiti", "Noora Saad Al-Naimi", "Aisha Rashid Al-Kaabi"),
    ),
    (
        "Indian",
        "356",
        ("Mohammed Shafeeq Puthiyaveettil", "Rajesh Kumar Nair", "Anil Joseph"),
        ("Divya Suresh", "Sreeja Mohanan", "Fathima Beevi"),
    ),
    (
        "Nepalese",
        "524",
        ("Ram Bahadur Thapa", "Suman Gurung", "Bikash Shrestha"),
        ("Sita Kumari Rai", "Anita Tamang", "Puja Magar"),
    ),
    (
        "Filipino",
        "608",
        ("Jose Mari Dela Cruz", "Mark Anthony Reyes", "Rodel Santos"),
        ("Maricel Bautista", "Jennifer Garcia", "Rowena Mendoza"),
    ),
    (
        "Egyptian",
        "818",
        ("Ahmed Mahmoud Abdelrahman", "Mostafa Hassan Ibrahim", "Omar Samir"),
        ("Mona Adel Farouk", "Heba Mohamed Saleh", "Rania Kamal"),
    ),
)
_QA_AREAS: tuple[tuple[str, str], ...] = (
    ("63", "Al Sadd"),
    ("38", "Al Aziziya"),
    ("56", "Al Waab"),
    ("25", "Bin Mahmoud"),
)
_QA_AREAS += (("69", "Al Wakrah"), ("51", "Al Rayyan"))
_QA_SPONSORS: tuple[str, ...] = (
    "Al Jaber Trading & Contracting W.L.L.",
    "Hamad Medical Corporation",
)
_QA_SPONSORS += ("Qatar Airways Group", "Ali Bin Ali Holding", "Mohammed Saad Al-Hajri")
_NA_FAMILY: tuple[str, ...] = (
    "Shikongo",
    "Nangolo",
    "Iipumbu",
    "Amukoto",
    "van der Merwe",
    "Hamutenya",
)
_NA_FAMILY += ("Kandjii", "Nghifitikeko")
_NA_GIVEN_M = ("Johannes Tangeni", "Petrus", "Ndeshipanda Simeon", "Elifas", "Hendrik", "Uazuva")
_NA_GIVEN_F = ("Ndapewa", "Selma Nangula", "Hilma", "Maria Magdalena", "Tuwilika", "Anna-Marie")
#: (address pattern, postal code)
_NA_PLACES = (
    ("Erf {n}, Nangolo Street, Katutura, Windhoek", "10005"),
    ("Erf {n}, Independence Avenue, Windhoek Central, Windhoek", "10001"),
    ("{n} Sam Nujoma Avenue, Swakopmund", "13001"),
    ("Erf {n}, Kuisebmond, Walvis Bay", "13013"),
    ("Erf {n}, Ompumbu Location, Oshakati", "15001"),
    ("House {n}, Kehemu, Rundu", "17001"),
)
_ME_FAMILY: tuple[str, ...] = (
    "Vujović",
    "Radulović",
    "Popović",
    "Đukanović",
    "Bulatović",
    "Šćepanović",
)
_ME_FAMILY += ("Knežević", "Perović")
_ME_GIVEN_M = ("Marko", "Nikola", "Vuk", "Milan", "Stefan", "Dragan")
_ME_GIVEN_F = ("Milica", "Jelena", "Ana", "Jovana", "Dragana", "Tijana")
#: (JMBG region, street, postcode, town)
_ME_PLACES = (
    ("21", "Bulevar Svetog Petra Cetinjskog", "81000", "Podgorica"),
    ("21", "Ulica Slobode", "81000", "Podgorica"),
    ("26", "Njegoševa", "81400", "Nikšić"),
    ("22", "Jovana Tomaševića", "85000", "Bar"),
    ("23", "Mediteranska", "85310", "Budva"),
    ("27", "Slobode", "84000", "Bijelo Polje"),
)
_MV_GIVEN_M = ("Mohamed", "Ahmed", "Ibrahim", "Hussain", "Ali", "Abdulla")
_MV_GIVEN_F = ("Aishath", "Fathimath", "Mariyam", "Aminath", "Hawwa", "Khadheeja")
_MV_SECOND = ("Shifa", "Rasheed", "Naseem", "Shareef", "Zahir", "Waheed", "Saeed", "Nashid")
#: (house name, street or ward, island and atoll, postcode)
_MV_PLACES = (
    ("H. Sosunge", "Majeedhee Magu", "Male'", "20026"),
    ("M. Blue Lagoon", "Chandhanee Magu", "Male'", "20121"),
    ("G. Rose Villa", "Orchid Magu", "Male'", "20211"),
    ("Lot {n}", "Nirolhu Magu", "Hulhumale'", "23000"),
    ("Fehivilaage", "Hinnavaru", "Lh. Atoll", "06030"),
    ("Beach Side", "Hithadhoo", "S. Atoll", "19020"),
)


def _card(p: Person) -> tuple[str, str]:
    return _VN_CARD_TYPES[int(p.bhxh) // 7 % len(_VN_CARD_TYPES)]


def _issued(p: Person) -> datetime:
    return datetime(p.other_date.year, p.other_date.month, p.other_date.day)


def _wp(p: Person) -> tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    return _WP_COUNTRIES[int(p.bhxh) // 9 % len(_WP_COUNTRIES)]


def _wp_passport(p: Person) -> str:
    pattern = _wp(p)[1]
    letter = "ABJKLMNPRSTUZ"[int(p.bhxh[:2]) % 13]
    return pattern.format(d8=p.bhxh[-8:], d7=p.bhxh[-7:], l=letter)


def _wp_home(p: Person) -> tuple[str, str]:
    return _WP_HOMES[int(p.bhxh) // 5 % len(_WP_HOMES)]


def _pa(p: Person) -> tuple[str, str, str, str]:
    return _PA_PLACES[int(p.bhxh) // 9 % len(_PA_PLACES)]


def _qa(p: Person) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    return _QA_PEOPLE[int(p.bhxh) // 9 % len(_QA_PEOPLE)]


def _qa_area(p: Person) -> tuple[str, str]:
    return _QA_AREAS[int(p.bhxh) // 5 % len(_QA_AREAS)]


def _na(p: Person) -> tuple[str, str]:
    return _NA_PLACES[int(p.bhxh) // 9 % len(_NA_PLACES)]


def _me(p: Person) -> tuple[str, str, str, str]:
    return _ME_PLACES[int(p.bhxh) // 9 % len(_ME_PLACES)]


def _jmbg_me(p: Person) -> str:
    """A Montenegrin JMBG: ddmm, the year's last three digits, a region of 21-29, 000-499 for
    men, the mod 11 digit (weights 7..2 twice; a remainder giving 10 is never issued)."""
    for k in range(60):
        serial = (int(p.bhxh[-3:]) + k) % 500 + (0 if p.male else 500)
        body = f"{p.birth:%d%m}{p.birth.year % 1000:03d}{_me(p)[0]}{serial:03d}"
        check = 11 - _mod11(body, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
        if check != 10:
            break
    return f"{body}{check % 11}"


def _mv(p: Person) -> tuple[str, str, str, str]:
    return _MV_PLACES[int(p.bhxh) // 9 % len(_MV_PLACES)]


WRITERS_BLIND25: dict[str, Callable[[Person, Col], object]] = {
    "guide_card25": lambda p, c: f"{_card(p)[0]}79{p.other_date:%y}{p.bhxh[-4:]}",
    "card_type25": lambda p, c: _card(p)[1],
    "guide_post25": lambda p, c: _vn_post(p, 5),
    "language25": lambda p, c: "" if _card(p)[0] != "1" else _pick(p, _VN_LANGUAGES, 3),
    "agency25": lambda p, c: _pick(p, _VN_AGENCIES, 4),
    "agency_head25": lambda p, c: _other_vn(p, 9),
    "agency_phone25": lambda p, c: _other_phone(p, "028"),
    "guide_expiry25": lambda p, c: _issued(p) + timedelta(days=5 * 365 + 1),
    "permit25": lambda p, c: f"{p.bhxh[-5:]}/{p.other_date:%Y}/GPLĐ-SLĐTBXH",
    "wp_name25": lambda p, c: f"{_pick(p, _wp(p)[2], 2)} {_by_sex(p, _wp(p)[3], _wp(p)[4], 3)}",
    "wp_country25": lambda p, c: _wp(p)[0],
    "wp_passport25": lambda p, c: _wp_passport(p),
    "wp_job25": lambda p, c: _pick(p, _WP_JOBS, 4),
    "wp_company25": lambda p, c: _pick(p, _WP_COMPANIES, 5),
    "wp_home25": lambda p, c: _wp_home(p)[0].format(n=_num(p, 90)),
    "wp_post25": lambda p, c: _wp_home(p)[1],
    "wp_rep25": lambda p, c: _other_vn(p, 10),
    "wp_rep_phone25": lambda p, c: _other_phone(p, "09"),
    "wp_until25": lambda p, c: f"{p.other_date + timedelta(days=2 * 365):%d/%m/%Y}",
    "lottery_agent25": lambda p, c: f"DL{p.bhxh[:2]}-{p.bhxh[-4:]}",
    "lottery_post25": lambda p, c: _vn_post(p, 6),
    "lottery_contract25": lambda p, c: f"{p.bhxh[-3:]}/{p.other_date:%Y}/HĐĐL-XSKT",
    "deposit25": lambda p, c: f"{(int(p.bhxh) % 9 + 1) * 5}000000",
    "quota25": lambda p, c: _pick(p, _VN_LOTTERY_QUOTAS, 3),
    "guarantor25": lambda p, c: "" if int(p.bhxh) % 4 == 0 else _other_vn(p, 11),
    "guarantor_phone25": lambda p, c: "" if int(p.bhxh) % 4 == 0 else _other_phone(p, "03"),
    "solar_customer25": lambda p, c: f"PE0{_pick(p, ('1', '2', '4', '7'), 2)}00{p.bhxh[-7:]}",
    "solar_post25": lambda p, c: _vn_post(p, 7),
    "kwp25": lambda p, c: _pick(p, ("3,3", "5,5", "8,25", "10,2", "4,95", "15"), 3),
    "meter25": lambda p, c: f"{p.other_date:%y}{p.bhxh[2:9]}",
    "installer25": lambda p, c: _pick(p, _VN_INSTALLERS, 4),
    "installer_contact25": lambda p, c: _other_vn(p, 12, True),
    "installer_phone25": lambda p, c: _other_phone(p, "08"),
    "cedula_pa25": lambda p, c: f"{_pa(p)[0]}-{int(p.bhxh[:3]) % 900 + 1}-{int(p.bhxh[-4:])}",
    "pa_given25": lambda p, c: _by_sex(p, _PA_GIVEN_M, _PA_GIVEN_F, 1),
    "pa_paterno25": lambda p, c: _pick(p, _PA_FAMILY, 2),
    "pa_materno25": lambda p, c: _pick(p, _PA_FAMILY, 3),
    "sex_pa25": lambda p, c: "M" if p.male else "F",
    "address_pa25": lambda p, c: _pa(p)[1].format(n=_num(p, 90), a=f"{_num(p, 20)}B"),
    "corr_pa25": lambda p, c: _pa(p)[2],
    "zone_pa25": lambda p, c: _pa(p)[3],
    "phone_pa25": lambda p, c: f"6{p.phone[3:6]}-{p.phone[6:10]}",
    "benef_pa25": lambda p, c: (
        f"{_by_sex(p, _PA_GIVEN_F, _PA_GIVEN_M, 4)} {_pick(p, _PA_FAMILY, 5)}"
    ),
    "benef_phone_pa25": lambda p, c: f"6{p.bhxh[::-1][:3]}-{p.bhxh[::-1][3:7]}",
    "qid_qa25": lambda p, c: (
        f"{2 if p.birth.year < 2000 else 3}{p.birth:%y}{_qa(p)[1]}{p.bhxh[-5:]}"
    ),
    "qa_name25": lambda p, c: _by_sex(p, _qa(p)[2], _qa(p)[3], 1),
    "qa_country25": lambda p, c: _qa(p)[0],
    "sex_qa25": lambda p, c: "Male" if p.male else "Female",
    "address_qa25": lambda p, c: (
        f"Bldg {_num(p, 60)}, Street {int(p.bhxh[:3]) % 980 + 1}, Zone {_qa_area(p)[0]}"
        f", {_qa_area(p)[1]}"
    ),
    "box_qa25": lambda p, c: f"P.O. Box {int(p.bhxh[-5:]) % 30000 + 100}",
    "phone_qa25": lambda p, c: f"{_pick(p, ('3', '5', '6', '7'), 2)}{p.phone[3:6]} {p.phone[6:10]}",
    "sponsor_qa25": lambda p, c: _pick(p, _QA_SPONSORS, 3),
    "sponsor_phone_qa25": lambda p, c: f"44{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:6]}",
    "ssc_na25": lambda p, c: f"{p.bhxh[:8]}",
    "nid_na25": lambda p, c: f"{p.birth:%y%m%d}{p.bhxh[-5:]}",
    "na_family25": lambda p, c: _pick(p, _NA_FAMILY, 2),
    "na_given25": lambda p, c: _by_sex(p, _NA_GIVEN_M, _NA_GIVEN_F, 1),
    "sex_na25": lambda p, c: "Male" if p.male else "Female",
    "address_na25": lambda p, c: _na(p)[0].format(n=_num(p, 90) * 17),
    "post_na25": lambda p, c: _na(p)[1],
    "phone_na25": lambda p, c: f"08{_pick(p, ('1', '5'), 3)} {p.phone[3:6]} {p.phone[6:10]}",
    "nok_na25": lambda p, c: f"{_by_sex(p, _NA_GIVEN_F, _NA_GIVEN_M, 4)} {_pick(p, _NA_FAMILY, 5)}",
    "nok_phone_na25": lambda p, c: f"081 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:7]}",
    "me_full25": lambda p, c: (
        f"{_pick(p, _ME_FAMILY, 2)} {_by_sex(p, _ME_GIVEN_M, _ME_GIVEN_F, 1)}"
    ),
    "jmbg_me25": lambda p, c: _jmbg_me(p),
    "sex_me25": lambda p, c: "M" if p.male else "Ž",
    "address_me25": lambda p, c: f"{_me(p)[1]} {_num(p, 60)}",
    "post_me25": lambda p, c: _me(p)[2],
    "town_me25": lambda p, c: _me(p)[3],
    "phone_me25": lambda p, c: f"06{_pick(p, ('7', '8', '9'), 3)}/{p.phone[4:7]}-{p.phone[7:10]}",
    "contact_me25": lambda p, c: (
        f"{_by_sex(p, _ME_GIVEN_F, _ME_GIVEN_M, 4)} {_pick(p, _ME_FAMILY, 5)}"
    ),
    "contact_phone_me25": lambda p, c: f"069/{p.bhxh[::-1][:3]}-{p.bhxh[::-1][3:6]}",
    "nid_mv25": lambda p, c: f"A{p.bhxh[-6:]}",
    "mv_name25": lambda p, c: (
        f"{_by_sex(p, _MV_GIVEN_M, _MV_GIVEN_F, 1)} {_pick(p, _MV_SECOND, 2)}"
    ),
    "sex_mv25": lambda p, c: "M" if p.male else "F",
    "address_mv25": lambda p, c: f"{_mv(p)[0].format(n=_num(p, 90))}, {_mv(p)[1]}",
    "island_mv25": lambda p, c: _mv(p)[2],
    "post_mv25": lambda p, c: _mv(p)[3],
    "phone_mv25": lambda p, c: f"{_pick(p, ('7', '9'), 3)}{p.phone[4:6]} {p.phone[6:10]}",
    "emergency_mv25": lambda p, c: (
        f"{_by_sex(p, _MV_GIVEN_F, _MV_GIVEN_M, 4)} {_pick(p, _MV_SECOND, 5)}"
    ),
    "emergency_phone_mv25": lambda p, c: f"7{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:6]}",
}
