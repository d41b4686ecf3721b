"""How the people of the twentieth part of the outside corpus (**blind 20**,
:mod:`lienthong.quality._corpus_blind20`) are written: four Vietnamese files' own columns (a
notarised contract's number, kind, other party and notary, a hotel guest's room, document type and
who booked the room, a library card's number, postcode and guarantor, a war-merit beneficiary's
category, allowance and the relative who collects it) and Paraguayan, Ugandan, Malaysian,
Algerian and Macanese names, addresses, phones and identity numbers as each country writes them
(the Paraguayan cédula with thousands dots and no check digit, the Ugandan NIN of fourteen
characters, the Malaysian MyKad number of the birth date, the state of birth and a serial whose
last digit is odd for men, the Algerian 18-digit NIN, the Macanese BIR with a digit in brackets;
none of these has a published check-digit rule: the BIR's bracketed digit has a rule that is not
public, so here it is a weighted sum of the number)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_people import _FAMILY

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DEEDS = (
    "HĐ chuyển nhượng QSDĐ",
    "HĐ mua bán xe",
    "HĐ ủy quyền",
    "HĐ tặng cho QSDĐ",
    "Văn bản thỏa thuận phân chia di sản",
    "HĐ thế chấp",
)
_VN_NOTARIES = ("Nguyễn Thị Thu Hà", "Trần Văn Lợi", "Phạm Minh Đức", "Lê Hoàng Yến")
_VN_DOCS = ("CCCD", "CCCD", "CCCD", "Căn cước")
_VN_ROOMS = ("101", "102", "203", "205", "301", "VIP2")
_VN_GUEST_NATION = ("Việt Nam",)
_VN_POSTCODES = ("70000", "71000", "72000", "10000", "11000", "55000", "50000")
_VN_CARD_KINDS = ("Thường", "Thiếu nhi", "Sinh viên", "VIP")
_VN_MERIT = (
    "Thương binh 4/4",
    "Bệnh binh",
    "Thân nhân liệt sĩ",
    "Người HĐKC bị nhiễm CĐHH",
    "Người có công giúp đỡ CM",
    "Thương binh 2/4",
)
_VN_ALLOWANCE = ("2.789.000", "3.127.000", "2.055.000", "5.420.000", "1.624.000")
_VN_KIN = ("con trai", "con gái", "vợ", "cháu nội", "con dâu")
_PY_FAMILY = ("González", "Benítez", "Giménez", "Báez", "Ortiz", "Martínez", "Villalba", "Duarte")
_PY_GIVEN_M = ("Juan Carlos", "Derlis", "Osvaldo Ramón", "Nelson", "Arnaldo", "Celso Rubén")
_PY_GIVEN_F = ("María Lourdes", "Liz Carolina", "Nidia", "Gladys Noemí", "Mirna", "Perla")
#: (barrio, city, postcode)
_PY_PLACES = (
    ("Bo. San Vicente", "Asunción", "1432"),
    ("Bo. Sajonia", "Asunción", "1219"),
    ("Bo. San Isidro", "Lambaré", "2420"),
    ("Bo. Centro", "Ciudad del Este", "7000"),
    ("Compañía Potrero", "Itauguá", "2810"),
    ("Bo. Santa Ana", "Fernando de la Mora", "2300"),
)
_PY_STREETS = ("Mcal. López", "Tte. Fariña", "Avda. Eusebio Ayala", "Cnel. Bogado", "Yegros")
_PY_EMPLOYERS = ("Frigorífico Concepción S.A.", "Supermercado Stock", "Cervepar S.A.", "MOPC")
_UG_FAMILY = ("Okello", "Nakato", "Mugisha", "Ssemwanga", "Atuhaire", "Namubiru", "Opio")
_UG_GIVEN_M = ("Joseph", "Ronald", "Isaac", "Moses", "Brian", "Denis")
_UG_GIVEN_F = ("Sarah", "Prossy", "Winnie", "Joan", "Esther", "Annet")
#: (village or cell, sub-county or division, district)
_UG_PLACES = (
    ("Kisugu", "Makindye Division", "Kampala"),
    ("Kireka", "Kira Municipality", "Wakiso"),
    ("Bugembe", "Jinja City", "Jinja"),
    ("Layibi", "Gulu City", "Gulu"),
    ("Ruharo", "Mbarara City", "Mbarara"),
)
_UG_EMPLOYERS = ("Stanbic Bank Uganda", "Kakira Sugar Ltd", "Uganda Breweries", "MTN Uganda")
_MY_NAMES_M = (
    "Ahmad Faiz bin Ismail",
    "Muhammad Hafiz bin Abdullah",
    "Tan Wei Ming",
    "Suresh a/l Ramasamy",
    "Lim Chee Keong",
    "Mohd Azlan bin Yusof",
)
_MY_NAMES_F = (
    "Nur Aisyah binti Hassan",
    "Siti Khadijah binti Omar",
    "Tan Mei Ling",
    "Kavitha a/p Subramaniam",
    "Wong Siew Lan",
    "Nurul Huda binti Ahmad",
)
#: (state code of the MyKad, street and area, postcode, town, state)
_MY_PLACES = (
    ("14", "No. {n}, Jalan Ampang Hilir", "55000", "Kuala Lumpur", "W.P. Kuala Lumpur"),
    ("10", "No. {n}, Jalan SS 2/24", "47300", "Petaling Jaya", "Selangor"),
    ("07", "No. {n}, Lorong Kenari 3, Taman Sri Nibong", "11900", "Bayan Lepas", "Pulau Pinang"),
    ("01", "No. {n}, Jalan Tebrau, Taman Abad", "80250", "Johor Bahru", "Johor"),
    ("08", "No. {n}, Jalan Raja Dihilir", "30350", "Ipoh", "Perak"),
    ("03", "Lot {n}, Kampung Pulau Melaka", "15400", "Kota Bharu", "Kelantan"),
)
_MY_EMPLOYERS = ("Petronas Dagangan Bhd", "Tenaga Nasional Bhd", "Kedai Runcit Ah Seng")
_UG_LETTERS = "ABCDEFGHJKLMNPQRTUVWXY"
_DZ_FAMILY = ("BENALI", "BOUZID", "HAMIDI", "SAIDI", "KHELIFI", "MEBARKI", "BENSALAH", "ZEROUAL")
_DZ_GIVEN_M = ("Mohamed", "Karim", "Abdelkader", "Yacine", "Rachid", "Sofiane")
_DZ_GIVEN_F = ("Fatima Zohra", "Amina", "Nadia", "Samira", "Lynda", "Meriem")
#: (wilaya code, neighbourhood, commune, postcode)
_DZ_PLACES = (
    ("16", "Cité 5 Juillet, Bt {n}", "Bab Ezzouar", "16311"),
    ("31", "Cité USTO, Bloc {n}", "Bir El Djir", "31130"),
    ("25", "Cité Daksi, Bt {n}", "Constantine", "25000"),
    ("19", "Cité 1014 Logts, Bt {n}", "Sétif", "19000"),
    ("06", "Cité Ihaddaden, Bt {n}", "Béjaïa", "06000"),
)
_DZ_EMPLOYERS = ("SONATRACH", "Algérie Poste", "Cevital SPA", "APC Bab Ezzouar", "SONELGAZ")
_MO_NAMES_M = (
    ("陳家明", "CHAN KA MENG"),
    ("黃志偉", "WONG CHI WAI"),
    ("李國強", "LEI KUOK KEONG"),
    ("梁振華", "LEONG CHAN WA"),
    ("何俊傑", "HO CHON KIT"),
)
_MO_NAMES_F = (
    ("陳美玲", "CHAN MEI LENG"),
    ("黃嘉欣", "WONG KA IAN"),
    ("李詠詩", "LEI WENG SI"),
    ("區麗珊", "AO LAI SAN"),
    ("何佩儀", "HO PUI I"),
)
#: (street and building, parish)
_MO_PLACES = (
    ("澳門黑沙環新街{n}號海濱花園第{f}座", "花地瑪堂區"),
    ("澳門高士德大馬路{n}號{f}樓A", "聖安多尼堂區"),
    ("氹仔布拉干薩街{n}號濠景花園{f}樓", "嘉模堂區"),
    ("澳門新馬路{n}號{f}樓", "大堂區"),
    ("路環石排灣業興大廈第{f}座", "聖方濟各堂區"),
)
_MO_RELATIONS = ("配偶", "父", "母", "子", "女")


# -- identity numbers -------------------------------------------------------------------------


def _ci_py(p: Person) -> str:
    """A Paraguayan cédula de identidad, written ``4.567.890`` (no check digit)."""
    return f"{int(p.bhxh[-7:]) % 6_500_000 + 500_000:,}".replace(",", ".")


def _cross_py(p: Person) -> str:
    """The cross street (``c/``) of a Paraguayan address, never the street itself."""
    street = _PY_STREETS.index(_pick(p, _PY_STREETS, 3))
    return _PY_STREETS[(street + 1 + int(p.bhxh[-1]) % 4) % len(_PY_STREETS)]


def _nin_ug(p: Person) -> str:
    """A Ugandan NIN: C for a citizen, M or F, the birth year's last two digits, six digits and
    four letters (``CM85123456ABQD``)."""
    letters = "".join(_UG_LETTERS[int(d) * 2 + i % 2] for i, d in enumerate(p.bhxh[:4]))
    return f"C{'M' if p.male else 'F'}{p.birth:%y}{p.bhxh[-6:]}{letters}"


def _my_place(p: Person) -> tuple[str, str, str, str, str]:
    return _MY_PLACES[int(p.bhxh) // 9 % len(_MY_PLACES)]


def _mykad(p: Person) -> str:
    """A MyKad number, ``850312-14-5673``: the birth date, the state of birth and a serial whose
    last digit is odd for a man and even for a woman."""
    serial = int(p.bhxh[-3:]) * 10 + int(p.bhxh[0]) // 2 * 2 + (1 if p.male else 0)
    return f"{p.birth:%y%m%d}-{_my_place(p)[0]}-{serial % 10000:04d}"


def _dz_place(p: Person) -> tuple[str, str, str, str]:
    return _DZ_PLACES[int(p.bhxh) // 7 % len(_DZ_PLACES)]


def _nin_dz(p: Person) -> str:
    """An Algerian NIN of 18 digits: 1, 0 for a man or 1 for a woman, the birth year's last three
    digits, the commune of birth (wilaya and two digits), the birth certificate's number and two
    digits more."""
    sex = "0" if p.male else "1"
    return (
        f"1{sex}{p.birth:%Y}"[:2]
        + f"{p.birth:%Y}"[1:]
        + _dz_place(p)[0]
        + p.bhxh[:9]
        + (p.bhxh[-2:])
    )


def _bir_mo(p: Person) -> str:
    """A Macanese BIR, ``1234567(8)``: 1, 5 or 7, six digits and a digit in brackets."""
    body = f"{_pick(p, ('1', '5', '7', '1'), 2)}{p.bhxh[-6:]}"
    check = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True)) % 11 % 10
    return f"{body}({check})"


def _mo_name(p: Person) -> tuple[str, str]:
    return _MO_NAMES_M[int(p.bhxh) % 5] if p.male else _MO_NAMES_F[int(p.bhxh) % 5]


WRITERS_BLIND20: dict[str, Callable[[Person, Col], object]] = {
    "notary_no20": lambda p, c: f"{int(p.bhxh[-4:]) + 1}/2025/CCGD",
    "deed20": lambda p, c: _pick(p, _VN_DEEDS, 3),
    "party_b20": lambda p, c: _vn_name(p, int(p.bhxh) % 2 == 0, _pick(p, _FAMILY, 5), 6),
    "party_b_phone20": lambda p, c: f"0{_pick(p, ('9', '8', '3'), 4)}{p.bhxh[::-1][:8]}",
    "notary20": lambda p, c: _pick(p, _VN_NOTARIES, 2),
    "room20": lambda p, c: _pick(p, _VN_ROOMS, 2),
    "doc20": lambda p, c: _pick(p, _VN_DOCS, 3),
    "nation20": lambda p, c: _pick(p, _VN_GUEST_NATION, 1),
    "booker20": lambda p, c: _vn_name(p, not p.male, _pick(p, _FAMILY, 4), 3),
    "booker_phone20": lambda p, c: f"09{p.bhxh[::-1][1:9]}",
    "leave20": lambda p, c: (
        f"{int(p.bhxh[-2:]) % 27 + 1:02d}/{int(p.bhxh[-4:-2]) % 12 + 1:02d}/2025"
    ),
    "card20": lambda p, c: f"BD{p.bhxh[:2]}{p.bhxh[-5:]}",
    "card_kind20": lambda p, c: _pick(p, _VN_CARD_KINDS, 4),
    "postcode_vn20": lambda p, c: _pick(p, _VN_POSTCODES, 2),
    "guarantor20": lambda p, c: _vn_name(p, int(p.bhxh) % 3 == 0, p.full.split(" ", 1)[0], 5),
    "guarantor_phone20": lambda p, c: f"03{p.bhxh[::-1][:8]}",
    "merit20": lambda p, c: _pick(p, _VN_MERIT, 3),
    "allowance20": lambda p, c: _pick(p, _VN_ALLOWANCE, 4),
    "collector20": lambda p, c: (
        f"{_vn_name(p, int(p.bhxh) % 2 == 1, p.full.split(' ', 1)[0], 7)} ({_pick(p, _VN_KIN, 2)})"
    ),
    "collector_phone20": lambda p, c: f"08{p.bhxh[::-1][2:10]}",
    # Paraguay (IPS)
    "ci_py": lambda p, c: _ci_py(p),
    "py_family": lambda p, c: f"{_pick(p, _PY_FAMILY, 2)} {_pick(p, _PY_FAMILY, 6)}",
    "py_given": lambda p, c: _by_sex(p, _PY_GIVEN_M, _PY_GIVEN_F, 1),
    "sex_py": lambda p, c: "M" if p.male else "F",
    "street_py": lambda p, c: (
        f"{_pick(p, _PY_STREETS, 3)} N° {_num(p, 900) + 100} c/ {_cross_py(p)}"
    ),
    "barrio_py": lambda p, c: _PY_PLACES[int(p.bhxh) // 9 % 6][0],
    "city_py": lambda p, c: _PY_PLACES[int(p.bhxh) // 9 % 6][1],
    "post_py": lambda p, c: _PY_PLACES[int(p.bhxh) // 9 % 6][2],
    "phone_py": lambda p, c: (
        f"09{_pick(p, ('81', '82', '71', '61', '91'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "employer_py": lambda p, c: _pick(p, _PY_EMPLOYERS, 4),
    "contact_py": lambda p, c: (
        f"{_by_sex(p, _PY_GIVEN_F, _PY_GIVEN_M, 4)} {_pick(p, _PY_FAMILY, 2)}"
    ),
    "contact_phone_py": lambda p, c: f"0985 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:6]}",
    # Uganda (NSSF)
    "nin_ug": lambda p, c: _nin_ug(p),
    "nssf_ug": lambda p, c: f"NS{p.bhxh[1:10]}",
    "ug_family": lambda p, c: _pick(p, _UG_FAMILY, 2).upper(),
    "ug_given": lambda p, c: _by_sex(p, _UG_GIVEN_M, _UG_GIVEN_F, 1),
    "sex_ug": lambda p, c: "M" if p.male else "F",
    "address_ug": lambda p, c: ", ".join(_UG_PLACES[int(p.bhxh) // 7 % 5]),
    "box_ug": lambda p, c: f"P.O. Box {_num(p, 9000) + 100}, {_UG_PLACES[int(p.bhxh) // 7 % 5][2]}",
    "phone_ug": lambda p, c: f"07{_pick(p, ('72', '01', '52', '82', '04'), 3)}{p.phone[4:10]}",
    "employer_ug": lambda p, c: _pick(p, _UG_EMPLOYERS, 4),
    "nok_ug": lambda p, c: (
        f"{_by_sex(p, _UG_GIVEN_F, _UG_GIVEN_M, 5)} {_pick(p, _UG_FAMILY, 4).upper()}"
    ),
    "nok_phone_ug": lambda p, c: f"+256 78{p.bhxh[::-1][0]} {p.bhxh[::-1][1:7]}",
    # Malaysia (PERKESO)
    "mykad": lambda p, c: _mykad(p),
    "my_full": lambda p, c: _by_sex(p, _MY_NAMES_M, _MY_NAMES_F, 2),
    "sex_my": lambda p, c: "L" if p.male else "P",
    "address_my": lambda p, c: _my_place(p)[1].format(n=_num(p, 120)),
    "poskod_my": lambda p, c: _my_place(p)[2],
    "town_my": lambda p, c: _my_place(p)[3],
    "state_my": lambda p, c: _my_place(p)[4],
    "phone_my": lambda p, c: (
        f"01{_pick(p, ('2', '3', '6', '9', '7'), 3)}-{p.phone[3:6]} {p.phone[6:10]}"
    ),
    "waris_my": lambda p, c: _by_sex(p, _MY_NAMES_F, _MY_NAMES_M, 4),
    "waris_phone_my": lambda p, c: f"019-{p.bhxh[::-1][:3]} {p.bhxh[::-1][3:7]}",
    "employer_my": lambda p, c: _pick(p, _MY_EMPLOYERS, 5),
    # Algeria (CNAS)
    "nin_dz": lambda p, c: _nin_dz(p),
    "ss_dz": lambda p, c: f"{p.birth:%y} {p.bhxh[:4]} {p.bhxh[4:8]} {p.bhxh[8:10]}",
    "dz_family": lambda p, c: _pick(p, _DZ_FAMILY, 2),
    "dz_given": lambda p, c: _by_sex(p, _DZ_GIVEN_M, _DZ_GIVEN_F, 1),
    "sex_dz": lambda p, c: "Masculin" if p.male else "Féminin",
    "address_dz": lambda p, c: (
        f"{_dz_place(p)[1].format(n=_num(p, 60))}, N° {_num(p, 40)}, {_dz_place(p)[2]}"
    ),
    "post_dz": lambda p, c: _dz_place(p)[3],
    "phone_dz": lambda p, c: (
        f"0{_pick(p, ('550', '661', '770', '696', '540'), 3)} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "employer_dz": lambda p, c: _pick(p, _DZ_EMPLOYERS, 4),
    "father_dz": lambda p, c: _pick(p, _DZ_GIVEN_M, 5),
    "contact_dz": lambda p, c: (
        f"{_pick(p, _DZ_FAMILY, 6)} {_by_sex(p, _DZ_GIVEN_F, _DZ_GIVEN_M, 3)}"
    ),
    "contact_phone_dz": lambda p, c: f"0{_pick(p, ('5', '6', '7'), 6)}{p.bhxh[::-1][1:9]}",
    # Macau (FSS)
    "bir_mo": lambda p, c: _bir_mo(p),
    "fss_mo": lambda p, c: f"{p.bhxh[:7]}",
    "mo_name_zh": lambda p, c: _mo_name(p)[0],
    "mo_name_pt": lambda p, c: _mo_name(p)[1],
    "sex_mo": lambda p, c: "男" if p.male else "女",
    "address_mo": lambda p, c: _MO_PLACES[int(p.bhxh) // 9 % 5][0].format(
        n=_num(p, 90), f=int(p.bhxh[-2:]) % 30 + 1
    ),
    "parish_mo": lambda p, c: _MO_PLACES[int(p.bhxh) // 9 % 5][1],
    "phone_mo": lambda p, c: f"6{_pick(p, ('2', '6', '8', '5'), 3)}{p.phone[4:10]}",
    "contact_mo": lambda p, c: (
        f"{(_MO_NAMES_F if p.male else _MO_NAMES_M)[int(p.bhxh) // 3 % 5][0]}"
        f"（{_pick(p, _MO_RELATIONS, 4)}）"
    ),
    "contact_phone_mo": lambda p, c: f"66{p.bhxh[::-1][:6]}",
}
