"""How the people of the seventeenth part of the outside corpus (**blind 17**,
:mod:`lienthong.quality._corpus_blind17`) are written: four Vietnamese files' own columns (a
social-policy bank's loans, savings groups and heirs, a driving-test centre's learners and licence
classes, a blood donor's code, blood group and volume, an old person's age, carer and gift) and
Emirati, Guatemalan, Tunisian, Ghanaian and Luxembourgish names, addresses, phones and identity
numbers with their own check digits where the country has one (the Emirates ID's Luhn, the
Guatemalan CUI's mod 11 over its serial, the Luxembourg matricule's Luhn and Verhoeff digits; the
Tunisian CIN has none and the Ghana Card's last digit follows no published rule)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.identifiers import make_cccd
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind13_writers import _vn_name, _weighted
from lienthong.quality._corpus_people import _FAMILY

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_LOAN_PROGRAMS = (
    "Cho vay hộ nghèo",
    "Cho vay hộ cận nghèo",
    "Cho vay nước sạch và VSMT nông thôn",
    "Cho vay HSSV có hoàn cảnh khó khăn",
    "Cho vay giải quyết việc làm",
)
_VN_HAMLETS = ("Thôn Đông", "Thôn Trung", "Ấp Mỹ Hòa", "Ấp Tân Lợi", "Bản Nà Lừa", "Xóm 4")
_VN_MASS_ORGS = ("Hội Nông dân", "Hội Phụ nữ", "Hội Cựu chiến binh", "Đoàn Thanh niên")
_VN_LICENCE_CLASSES = ("A1", "A1", "B", "B", "C1", "A")
_VN_BLOOD_GROUPS = ("O+", "A+", "B+", "AB+", "O+", "B+", "O-")
_VN_DONATION_SITES = ("Viện HH-TM Trung ương", "Trường ĐH Bách khoa", "Nhà văn hóa quận Cầu Giấy")
_VN_CARERS_MALE = ("con trai", "cháu nội", "con rể")
_VN_CARERS_FEMALE = ("con gái", "con dâu", "cháu ngoại")
_AE_FAMILY = ("Al Mansoori", "Al Shamsi", "Nair", "Khan", "Santos", "Haddad", "Al Hashimi", "Iyer")
_AE_GIVEN_M = ("Mohammed Rashid", "Rajesh Kumar", "Imran", "Ahmed Saeed", "Joseph", "Omar Khalid")
_AE_GIVEN_F = ("Fatima Ali", "Priya", "Maria Luisa", "Aisha", "Ayesha Noor", "Lina")
_AE_NATIONALITY = ("United Arab Emirates", "India", "Pakistan", "Philippines", "Jordan", "India")
#: (building and area, emirate)
_AE_PLACES = (
    ("Al Nahda Tower, Al Nahda 1", "Dubai"),
    ("Building 14, Al Barsha 1", "Dubai"),
    ("Villa 22, Khalifa City A", "Abu Dhabi"),
    ("Al Majaz Tower 3, Al Majaz 2", "Sharjah"),
    ("Corniche Tower B, Al Rashidiya 1", "Ajman"),
)
_AE_SPONSORS = ("Emirates Star Contracting LLC", "Al Futtaim Motors", "Self", "Gulf Care Clinic")
_GT_FAMILY = ("López", "García", "Pérez", "Ajanel", "Xicará", "Morales", "Cux", "Hernández")
_GT_GIVEN_M = ("José Antonio", "Byron Estuardo", "Wilson Ottoniel", "Marvin", "Edgar Rolando")
_GT_GIVEN_F = ("Ana Lucía", "Heidy Marisol", "Sandra Elizabeth", "Glenda", "María José")
#: (department and municipality digits of the CUI, municipality, zone or village)
_GT_PLACES = (
    ("0101", "Guatemala", "Zona 1"),
    ("0108", "Mixco", "Zona 4"),
    ("0901", "Quetzaltenango", "Zona 3"),
    ("0501", "Escuintla", "Zona 2"),
    ("1601", "Cobán", "Zona 11"),
    ("0115", "Villa Nueva", "Zona 6"),
)
_GT_EMPLOYERS = ("Ingenio Pantaleón, S.A.", "Distribuidora La Torre", "Maquila Koa Tex", "")
_TN_FAMILY = ("Ben Salah", "Trabelsi", "Gharbi", "Jebali", "Bouazizi", "Mejri", "Hammami")
_TN_GIVEN_M = ("Mohamed Amine", "Slim", "Walid", "Hichem", "Yassine", "Karim")
_TN_GIVEN_F = ("Amira", "Sonia", "Rim", "Ines", "Olfa", "Nesrine")
_TN_FATHERS = ("Ali", "Habib", "Mohamed", "Taoufik", "Mongi", "Béchir")
#: (street, postcode, town)
_TN_PLACES = (
    ("Rue de Marseille", "1000", "Tunis"),
    ("Avenue Habib Bourguiba", "2080", "Ariana"),
    ("Route de Gremda km 4", "3062", "Sfax"),
    ("Rue Ibn Khaldoun", "4000", "Sousse"),
    ("Avenue de l'Environnement", "5000", "Monastir"),
)
_GH_FAMILY = ("Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Addo", "Agyeman")
_GH_GIVEN_M = ("Kwame", "Kofi Emmanuel", "Kwabena", "Yaw Daniel", "Kojo", "Kwesi")
_GH_GIVEN_F = ("Akua", "Ama Grace", "Abena", "Efua", "Adwoa Mercy", "Esi")
#: (GhanaPost GPS region and district letters, locality)
_GH_PLACES = (
    ("GA-183", "Madina, Accra"),
    ("GA-492", "Dansoman, Accra"),
    ("AK-039", "Asokwa, Kumasi"),
    ("CC-001", "Cape Coast"),
    ("NT-0022", "Tamale"),
    ("GT-330", "Tema Community 25"),
)
_GH_TYPES = ("Informal", "SSNIT Contributor", "Under 18", "70 years and above", "Indigent")
_LU_FAMILY = ("Schmit", "Muller", "Weber", "Da Silva", "Hoffmann", "Wagner", "Ferreira", "Thill")
_LU_GIVEN_M = ("Jean", "Marc", "Luc", "Paulo", "Romain", "Jérôme")
_LU_GIVEN_F = ("Anne", "Martine", "Carole", "Ana Paula", "Sandrine", "Joëlle")
#: (street, postcode, locality)
_LU_PLACES = (
    ("rue de la Gare", "L-1611", "Luxembourg"),
    ("route d'Arlon", "L-8009", "Strassen"),
    ("rue de l'Alzette", "L-4011", "Esch-sur-Alzette"),
    ("Grand-Rue", "L-9051", "Ettelbruck"),
    ("rue du Brill", "L-3898", "Foetz"),
)
_LU_EMPLOYERS = ("Cactus S.A.", "CFL", "Ville de Luxembourg", "Goodyear Dunlop Tires Operations")


# -- check digits -----------------------------------------------------------------------------


# -- Vietnamese files -------------------------------------------------------------------------


def _elder_birth(p: Person) -> date:
    """An old person's birthday: the person's day and month, in a year of 1930-1956."""
    return date(1930 + p.birth.year % 27, p.birth.month, min(p.birth.day, 28))


def _elder_cccd(p: Person) -> str:
    year = _elder_birth(p).year
    return make_cccd(p.cccd[:3], "male" if p.male else "female", year, int(p.bhxh[-6:]))


def _carer(p: Person) -> str:
    """Who looks after an old person: a son, daughter, in-law or grandchild, named and called."""
    male = int(p.bhxh) % 2 == 0
    relation = _pick(p, _VN_CARERS_MALE if male else _VN_CARERS_FEMALE, 4)
    return f"{_vn_name(p, male, p.full.split(' ', 1)[0], 2)} ({relation})"


def _loan(p: Person) -> int:
    return (10 + int(p.bhxh[-3:]) % 91) * 1_000_000


# -- foreign files ----------------------------------------------------------------------------


def _eid_ae(p: Person) -> str:
    """An Emirates ID as printed, ``784-1985-1234567-1``: 784, the year of birth, seven digits
    and a Luhn digit over the fourteen before it."""
    body = f"784{p.birth.year}{p.bhxh[-7:]}"
    return f"{body[:3]}-{body[3:7]}-{body[7:]}-{_luhn(body)[-1]}"


def _ae_place(p: Person) -> tuple[str, str]:
    return _AE_PLACES[int(p.bhxh) // 7 % len(_AE_PLACES)]


def _gt_place(p: Person) -> tuple[str, str, str]:
    return _GT_PLACES[int(p.bhxh) // 11 % len(_GT_PLACES)]


def _cui_gt(p: Person) -> str:
    """A Guatemalan CUI as printed on the DPI, ``2456 78901 0101``: eight serial digits, a check
    digit (the serial's digits weighted 2 to 9, the sum mod 11; 10 never issued), then the
    department's and the municipality's two digits each."""
    serial = int(p.bhxh[-8:])
    while (_weighted(f"{serial:08d}", (2, 3, 4, 5, 6, 7, 8, 9)) % 11) == 10:
        serial = (serial + 1) % 100_000_000
    body = f"{serial:08d}"
    check = _weighted(body, (2, 3, 4, 5, 6, 7, 8, 9)) % 11
    return f"{body[:4]} {body[4:]}{check} {_gt_place(p)[0]}"


def _tn_place(p: Person) -> tuple[str, str, str]:
    return _TN_PLACES[int(p.bhxh) // 13 % len(_TN_PLACES)]


def _gh_place(p: Person) -> tuple[str, str]:
    return _GH_PLACES[int(p.bhxh) // 3 % len(_GH_PLACES)]


def _lu_place(p: Person) -> tuple[str, str, str]:
    return _LU_PLACES[int(p.bhxh) // 9 % len(_LU_PLACES)]


def _matricule_lu(p: Person) -> str:
    """A Luxembourg national identification number: yyyymmdd, three serial digits, the Luhn
    digit and the Verhoeff digit of those eleven."""
    body = f"{p.birth:%Y%m%d}{p.bhxh[-3:]}"
    return f"{body}{_luhn(body)[-1]}{_verhoeff(body)[-1]}"


WRITERS_BLIND17: dict[str, Callable[[Person, Col], object]] = {
    "borrower_code17": lambda p, c: f"{p.cccd[:3]}0{p.bhxh[1:9]}",
    "hamlet17": lambda p, c: _pick(p, _VN_HAMLETS, 3),
    "loan_program17": lambda p, c: _pick(p, _VN_LOAN_PROGRAMS, 4),
    "loan_amount17": lambda p, c: _loan(p),
    "outstanding17": lambda p, c: _loan(p) - int(p.bhxh[-2:]) % 10 * 1_000_000,
    "savings_group17": lambda p, c: f"Tổ {_num(p, 12)} - {_pick(p, _VN_MASS_ORGS, 5)}",
    "heir17": lambda p, c: _vn_name(p, not p.male, _pick(p, _FAMILY, 3), 6),
    "learner_no17": lambda p, c: f"79013-20260{_num(p, 9)}-{p.bhxh[-4:]}",
    "licence_class17": lambda p, c: _pick(p, _VN_LICENCE_CLASSES, 2),
    "test_result17": lambda p, c: _pick(p, ("Đạt", "Đạt", "Trượt LT", "Trượt SH", "Vắng"), 5),
    "donor_code17": lambda p, c: f"HM{p.bhxh[2:10]}",
    "blood_group17": lambda p, c: _pick(p, _VN_BLOOD_GROUPS, 3),
    "donations17": lambda p, c: _num(p, 24),
    "volume17": lambda p, c: _pick(p, ("250", "350", "450"), 6),
    "site17": lambda p, c: _pick(p, _VN_DONATION_SITES, 4),
    "elder_birth17": lambda p, c: f"{_elder_birth(p):%d/%m/%Y}",
    "elder_age17": lambda p, c: 2026 - _elder_birth(p).year,
    "elder_cccd17": lambda p, c: _elder_cccd(p),
    "carer17": lambda p, c: _carer(p),
    "carer_phone17": lambda p, c: f"08{p.bhxh[::-1][:8]}",
    "gift17": lambda p, c: _pick(p, ("500.000", "700.000", "1.000.000", "Quà + 300.000"), 2),
    "eid_ae": lambda p, c: _eid_ae(p),
    "ae_full": lambda p, c: (
        f"{_by_sex(p, _AE_GIVEN_M, _AE_GIVEN_F, 1)} {_pick(p, _AE_FAMILY, 2)}".upper()
    ),
    "nat_ae": lambda p, c: _pick(p, _AE_NATIONALITY, 4),
    "sex_ae": lambda p, c: "M" if p.male else "F",
    "emirate_ae": lambda p, c: _ae_place(p)[1],
    "address_ae": lambda p, c: (
        f"Flat {_num(p, 24)}0{_num(p, 9)}, {_ae_place(p)[0]}, {_ae_place(p)[1]}"
    ),
    "phone_ae": lambda p, c: (
        f"+971 {_pick(p, ('50', '52', '55', '56', '58'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "sponsor_ae": lambda p, c: _pick(p, _AE_SPONSORS, 5),
    "igss_gt": lambda p, c: f"{int(p.bhxh[:9]):09d}",
    "cui_gt": lambda p, c: _cui_gt(p),
    "gt_family": lambda p, c: f"{_pick(p, _GT_FAMILY, 2)} {_pick(p, _GT_FAMILY, 7)}",
    "gt_given": lambda p, c: _by_sex(p, _GT_GIVEN_M, _GT_GIVEN_F, 1),
    "sex_gt": lambda p, c: "M" if p.male else "F",
    "street_gt": lambda p, c: (
        f"{_num(p, 14)}a. Avenida {_num(p, 40)}-{int(p.bhxh[-2:]):02d} {_gt_place(p)[2]}"
    ),
    "muni_gt": lambda p, c: _gt_place(p)[1],
    "phone_gt": lambda p, c: f"{_pick(p, ('5', '4', '3'), 3)}{p.phone[3:6]}-{p.phone[6:10]}",
    "employer_gt": lambda p, c: _pick(p, _GT_EMPLOYERS, 4),
    "cin_tn": lambda p, c: f"{_pick(p, ('0', '1'), 2)}{p.bhxh[-7:]}",
    "tn_family": lambda p, c: _pick(p, _TN_FAMILY, 2),
    "tn_given": lambda p, c: _by_sex(p, _TN_GIVEN_M, _TN_GIVEN_F, 1),
    "father_tn": lambda p, c: _pick(p, _TN_FATHERS, 5),
    "sex_tn": lambda p, c: "M" if p.male else "F",
    "address_tn": lambda p, c: f"{_num(p, 90)}, {_tn_place(p)[0]}, {_tn_place(p)[2]}",
    "post_tn": lambda p, c: _tn_place(p)[1],
    "phone_tn": lambda p, c: (
        f"{_pick(p, ('98', '22', '55', '97', '50'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "cnam_tn": lambda p, c: f"{p.bhxh[:8]}/{int(p.bhxh[-2:]):02d}",
    "ghacard_gh": lambda p, c: f"GHA-7{p.bhxh[1:9]}-{p.bhxh[0]}",
    "nhis_gh": lambda p, c: f"{int(p.bhxh[2:10]):08d}",
    "gh_family": lambda p, c: _pick(p, _GH_FAMILY, 2),
    "gh_given": lambda p, c: _by_sex(p, _GH_GIVEN_M, _GH_GIVEN_F, 1),
    "sex_gh": lambda p, c: "Male" if p.male else "Female",
    "gps_gh": lambda p, c: f"{_gh_place(p)[0]}-{p.bhxh[-4:]}",
    "locality_gh": lambda p, c: _gh_place(p)[1],
    "phone_gh": lambda p, c: (
        f"0{_pick(p, ('24', '54', '55', '20', '27'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "type_gh": lambda p, c: _pick(p, _GH_TYPES, 4),
    "matricule_lu": lambda p, c: _matricule_lu(p),
    "lu_family": lambda p, c: _pick(p, _LU_FAMILY, 2).upper(),
    "lu_given": lambda p, c: _by_sex(p, _LU_GIVEN_M, _LU_GIVEN_F, 1),
    "sex_lu": lambda p, c: "M" if p.male else "F",
    "street_lu": lambda p, c: f"{_num(p, 120)}, {_lu_place(p)[0]}",
    "post_lu": lambda p, c: _lu_place(p)[1],
    "town_lu": lambda p, c: _lu_place(p)[2],
    "phone_lu": lambda p, c: (
        f"+352 {_pick(p, ('621', '661', '691'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "employer_lu": lambda p, c: _pick(p, _LU_EMPLOYERS, 4),
}
