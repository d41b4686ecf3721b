"""How the people of the thirteenth part of the outside corpus (**blind 13**,
:mod:`lienthong.quality._corpus_blind13`) are written: four Vietnamese agencies' own columns (a
hospital's contact person, a school's pupils and their parents, a building-permit desk's dossier
codes and plots, a social-assistance list's addresses before and after the 2025 reform) and
Egyptian, Lithuanian, Swiss, Canadian and Peruvian names, addresses, phones and identity numbers
with their own check digits (the Egyptian national number's, the asmens kodas's two-pass mod 11,
the AHV number's EAN-13 digit, the SIN's Luhn)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.identifiers import make_cccd
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn, _pair
from lienthong.quality._corpus_people import (
    _FAMILY,
    _GIVEN_F,
    _GIVEN_M,
    _MIDDLE_F,
    _MIDDLE_M,
    _STREETS,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DEPARTMENTS: tuple[str, ...] = (
    "Khoa Nội tổng hợp",
    "Khoa Ngoại chấn thương",
    "Khoa Nhi",
    "Khoa Sản",
)
_VN_DEPARTMENTS += ("Khoa Cấp cứu", "Khoa Tim mạch", "Khoa Y học cổ truyền")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Tày", "Chăm")
_VN_CLASSES = ("1A1", "1A2", "1A3", "6A1", "6A4", "10A2", "10C1")
#: (what a person under 75 is assisted as, its coefficient of the 500,000 đồng base, since 2024)
_VN_SCHEMES: tuple[tuple[str, float], ...] = (
    ("Người khuyết tật nặng", 1.5),
    ("Người khuyết tật đặc biệt nặng", 2.0),
    ("Người đơn thân thuộc hộ nghèo đang nuôi con", 1.0),
    ("Người nhiễm HIV/AIDS thuộc hộ nghèo", 1.5),
)
#: (address before 1 July 2025, with its district; the same place after, commune and province)
_VN_PLACES = (
    (
        "thôn Đông, xã Hoằng Đức, huyện Hoằng Hóa, tỉnh Thanh Hóa",
        "thôn Đông, xã Hoằng Hóa, tỉnh Thanh Hóa",
    ),
    (
        "xóm 5, xã Diễn Hồng, huyện Diễn Châu, tỉnh Nghệ An",
        "xóm 5, xã Diễn Châu, tỉnh Nghệ An",
    ),
    (
        "tổ 12, phường Hàng Bạc, quận Hoàn Kiếm, TP Hà Nội",
        "tổ 12, phường Hoàn Kiếm, TP Hà Nội",
    ),
    (
        "ấp Phú Hòa, xã Phú Thuận, huyện Bình Đại, tỉnh Bến Tre",
        "ấp Phú Hòa, xã Bình Đại, tỉnh Vĩnh Long",
    ),
    (
        "thôn 3, xã Ea Tu, TP Buôn Ma Thuột, tỉnh Đắk Lắk",
        "thôn 3, phường Tân An, tỉnh Đắk Lắk",
    ),
)
#: Egyptian governorates and their codes in the national number
_EG_GOVERNORATES: tuple[tuple[str, str], ...] = (
    ("01", "القاهرة"),
    ("02", "الإسكندرية"),
    ("21", "الجيزة"),
)
_EG_GOVERNORATES += (("12", "الدقهلية"), ("16", "الغربية"), ("25", "أسيوط"))
_EG_MARKAZ = ("مصر الجديدة", "سيدي جابر", "الدقي", "المنصورة", "طنطا", "ديروط")
_EG_STREETS = ("شارع التحرير", "شارع الجمهورية", "شارع بورسعيد", "شارع النيل", "شارع الجلاء")
_EG_MEN = ("محمد", "أحمد", "محمود", "علي", "حسن", "إبراهيم", "مصطفى", "عبد الرحمن", "خالد")
_EG_WOMEN = ("فاطمة", "منى", "هبة", "سارة", "مريم", "نادية", "إيمان")
#: (a man's family name, a married woman's, an unmarried woman's)
_LT_FAMILY = (
    ("Kazlauskas", "Kazlauskienė", "Kazlauskaitė"),
    ("Jankauskas", "Jankauskienė", "Jankauskaitė"),
    ("Petrauskas", "Petrauskienė", "Petrauskaitė"),
    ("Stankevičius", "Stankevičienė", "Stankevičiūtė"),
    ("Žukauskas", "Žukauskienė", "Žukauskaitė"),
    ("Butkus", "Butkienė", "Butkutė"),
)
_LT_GIVEN_M = ("Jonas", "Tomas", "Mindaugas", "Darius", "Andrius", "Vytautas", "Rimantas")
_LT_GIVEN_F = ("Rasa", "Ieva", "Jurgita", "Lina", "Asta", "Rūta", "Kristina")
#: (street, town, postcode)
_LT_PLACES = (
    ("Gedimino pr.", "Vilnius", "LT-01103"),
    ("Savanorių pr.", "Kaunas", "LT-44255"),
    ("Taikos pr.", "Klaipėda", "LT-91222"),
    ("Vilniaus g.", "Šiauliai", "LT-76283"),
    ("Respublikos g.", "Panevėžys", "LT-35185"),
)
_LT_DOCTORS = ("Gyd. R. Paulauskienė", "Gyd. A. Vaitkus", "Gyd. J. Mockutė", "Gyd. S. Urbonas")
_CH_FAMILY = ("Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Gerber", "Brunner")
_CH_GIVEN_M = ("Daniel", "Thomas", "Beat", "Urs", "Reto", "Lukas", "Marco")
_CH_GIVEN_F = ("Sandra", "Monika", "Ursula", "Barbara", "Corinne", "Nicole", "Andrea")
_CH_STREETS = ("Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Kirchgasse", "Rütistrasse")
_CH_TOWNS: tuple[tuple[str, str], ...] = (("8001", "Zürich"), ("3011", "Bern"))
_CH_TOWNS += (("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"), ("8400", "Winterthur"))
_CH_CIVIL = ("ledig", "verheiratet", "geschieden", "verwitwet", "in eingetr. Partnerschaft")
_QC_FAMILY = ("Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Lavoie", "O'Neill")
_QC_GIVEN_M = ("Jean-François", "Mathieu", "Sébastien", "Étienne", "Patrick", "Marc-André")
_QC_GIVEN_F = ("Marie-Ève", "Geneviève", "Isabelle", "Nathalie", "Émilie", "Catherine")
#: (city, province, postal code, area code, the SIN's first digit there, a street)
_QC_PLACES = (
    ("Montréal", "QC", "H2X 1Y4", "514", "2", "rue Saint-Denis"),
    ("Québec", "QC", "G1R 4P5", "418", "2", "ch. Sainte-Foy"),
    ("Gatineau", "QC", "J8X 3X7", "819", "3", "boul. Saint-Joseph"),
    ("Ottawa", "ON", "K1P 5J2", "613", "4", "rue Bank"),
    ("Sherbrooke", "QC", "J1H 1Z3", "819", "3", "rue King Ouest"),
)
_PE_FAMILY = ("QUISPE", "MAMANI", "FLORES", "HUAMAN", "RODRIGUEZ", "CHAVEZ", "TORRES", "RAMOS")
_PE_GIVEN_M = ("JUAN CARLOS", "JOSE LUIS", "LUIS ALBERTO", "MIGUEL ANGEL", "WILFREDO", "JORGE")
_PE_GIVEN_F = ("MARIA ELENA", "ROSA", "ANA MARIA", "CARMEN ROSA", "LUZ MARINA", "YESENIA")
#: (ubigeo, district, street)
_PE_PLACES = (
    ("150101", "CERCADO DE LIMA", "JR. JUNIN"),
    ("150132", "SAN JUAN DE LURIGANCHO", "AV. LOS JARDINES"),
    ("040101", "AREQUIPA", "CALLE MERCADERES"),
    ("080101", "CUSCO", "AV. EL SOL"),
    ("130101", "TRUJILLO", "JR. PIZARRO"),
)


def _weighted(body: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(body, weights, strict=True))


def _vn_name(p: Person, male: bool, family: str, salt: int) -> str:
    middle = _pick(p, _MIDDLE_M if male else _MIDDLE_F, salt)
    return f"{family} {middle} {_pick(p, _GIVEN_M if male else _GIVEN_F, salt + 1)}"


def _pupil_birth(p: Person) -> date:
    """A pupil's birthday: the person's day and month, in a school-age year (2008-2019)."""
    return date(2008 + p.birth.year % 12, p.birth.month, min(p.birth.day, 28))


def _pupil_cccd(p: Person) -> str:
    """The pupil's personal identification number, issued where the family lives."""
    return make_cccd(
        p.cccd[:3], "male" if p.male else "female", _pupil_birth(p).year, int(p.bhxh[-6:])
    )


def _scheme(p: Person) -> tuple[str, float]:
    """Why the person is assisted: from 75 (since July 2024) by age, else as the list says."""
    if p.birth.year <= 1950:
        return ("Người cao tuổi từ đủ 75 tuổi", 1.0)
    return _VN_SCHEMES[int(p.bhxh) // 45 % len(_VN_SCHEMES)]


def _btxh_address(p: Person) -> str:
    """A place as the list writes it: most rows already in the two-level form of July 2025
    (commune and province), one in three still with the district it had before."""
    before, after = _pair(p, _VN_PLACES, 3)
    return before if int(p.bhxh) % 3 == 0 else after


def _eg_governorate(p: Person) -> tuple[str, str]:
    return _pair(p, _EG_GOVERNORATES, 2)


def _eg_nid(p: Person) -> str:
    """An Egyptian national number (الرقم القومي), 14 digits: the century (2: the 1900s, 3: the
    2000s), yymmdd, the governorate of birth, a serial whose last digit is odd for men, and a
    check digit (the weights 2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 mod 11, as reported; the Civil
    Status Organisation does not publish its scheme)."""
    century = 2 if p.birth.year < 2000 else 3
    gender = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    body = f"{century}{p.birth:%y%m%d}{_eg_governorate(p)[0]}{p.bhxh[-4:-1]}{gender}"
    rest = _weighted(body, (2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return f"{body}{(11 - rest) % 10}"


def _eg_full(p: Person) -> str:
    """A four-part Egyptian name (اسم رباعي): own name, father's, grandfather's and family's."""
    own = _by_sex(p, _EG_MEN, _EG_WOMEN, 1)
    return f"{own} {_pick(p, _EG_MEN, 2)} {_pick(p, _EG_MEN, 3)} {_pick(p, _EG_MEN, 4)}"


def _asmens_kodas(p: Person) -> str:
    """A Lithuanian asmens kodas: the sex and century (3/4 men/women of the 1900s, 5/6 of the
    2000s), yymmdd, a serial and a check digit by weights 1-9,1 mod 11, then by 3-9,1,2,3 if that
    gave 10 (and 0 if both did)."""
    first = (3 if p.birth.year < 2000 else 5) + (0 if p.male else 1)
    body = f"{first}{p.birth:%y%m%d}{p.bhxh[-3:]}"
    check = _weighted(body, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)) % 11
    if check == 10:
        check = _weighted(body, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)) % 11 % 10
    return f"{body}{check}"


def _lt_family(p: Person) -> str:
    """A man's family name, or a woman's: married (-ienė) or not (-aitė, -ūtė)."""
    man, married, unmarried = _LT_FAMILY[int(p.bhxh) // 23 % len(_LT_FAMILY)]
    if p.male:
        return man
    return married if p.birth.year < 1995 or int(p.bhxh) % 4 == 0 else unmarried


def _lt_place(p: Person) -> tuple[str, str, str]:
    return _LT_PLACES[int(p.bhxh) // 7 % len(_LT_PLACES)]


def _ahv(p: Person) -> str:
    """A Swiss AHV number (since 2008), ``756.1234.5678.97``: 756, nine digits and the EAN-13
    check digit."""
    body = f"756{p.bhxh[-9:]}"
    check = (10 - _weighted(body, (1, 3) * 6) % 10) % 10
    return f"{body[:3]}.{body[3:7]}.{body[7:11]}.{body[11:]}{check}"


def _qc_place(p: Person) -> tuple[str, str, str, str, str, str]:
    return _QC_PLACES[int(p.bhxh) // 13 % len(_QC_PLACES)]


def _sin(p: Person) -> str:
    """A Canadian SIN, ``246 454 286``: a first digit by the province it was issued in, seven
    digits and the Luhn check digit, written in groups of three."""
    digits = _luhn(f"{_qc_place(p)[4]}{p.bhxh[-7:]}")
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def _pe_place(p: Person) -> tuple[str, str, str]:
    return _PE_PLACES[int(p.bhxh) // 17 % len(_PE_PLACES)]


WRITERS_BLIND13: dict[str, Callable[[Person, Col], object]] = {
    "pid_his13": lambda p, c: f"{p.other_date:%y}{int(p.bhxh[:6]) * 3 % 10**6:06d}",
    "contact_his13": lambda p, c: _vn_name(p, not p.male, _pick(p, _FAMILY, 5), 6),
    "contact_phone_his13": lambda p, c: f"09{p.bhxh[2:10]}",
    "department_his13": lambda p, c: _pick(p, _VN_DEPARTMENTS, 4),
    "admitted_his13": lambda p, c: (
        f"{p.other_date:%d/%m/%Y} {int(p.bhxh[:2]) % 24:02d}:{int(p.bhxh[2:4]) % 60:02d}"
    ),
    "pupil_code13": lambda p, c: f"79{int(p.bhxh[:8]) * 7 % 10**8:08d}",
    "pupil_birth13": lambda p, c: f"{_pupil_birth(p):%d/%m/%Y}",
    "pupil_cccd13": lambda p, c: _pupil_cccd(p),
    "ethnic13": lambda p, c: _pick(p, _VN_ETHNIC, 3),
    "father13": lambda p, c: _vn_name(p, True, p.family, 7),
    "mother13": lambda p, c: _vn_name(p, False, _pick(p, _FAMILY, 8), 9),
    "parent_phone13": lambda p, c: p.phone,
    "class13": lambda p, c: _pick(p, _VN_CLASSES, 5),
    "dossier13": lambda p, c: f"000.00.{p.bhxh[:2]}.H29-{p.other_date:%y%m%d}-{p.bhxh[-4:]}",
    "birth_year13": lambda p, c: str(p.birth.year),
    "site13": lambda p, c: (
        f"Hẻm {_num(p, 300)} {_pick(p, _STREETS, 6)}, {p.address.split(', ')[1]}"
    ),
    "plot13": lambda p, c: str(_num(p, 900)),
    "map_sheet13": lambda p, c: str(_num(p, 48)),
    "area13": lambda p, c: f"{_num(p, 150) + 30},{p.bhxh[-1]}",
    "scheme13": lambda p, c: _scheme(p)[0],
    "coefficient13": lambda p, c: f"{_scheme(p)[1]:.1f}".replace(".", ","),
    "allowance13": lambda p, c: f"{int(_scheme(p)[1] * 500_000):,}".replace(",", "."),
    "address_btxh13": lambda p, c: _btxh_address(p),
    "proxy13": lambda p, c: (
        _vn_name(p, int(p.bhxh) % 2 == 0, p.family, 10) if int(p.bhxh) % 4 == 0 else ""
    ),
    "bank_account13": lambda p, c: f"5100{p.bhxh[1:10]}",
    "eg_full": lambda p, c: _eg_full(p),
    "eg_nid": lambda p, c: _eg_nid(p),
    "sex_eg": lambda p, c: "ذكر" if p.male else "أنثى",
    "eg_governorate": lambda p, c: _eg_governorate(p)[1],
    "eg_markaz": lambda p, c: _pick(p, _EG_MARKAZ, 5),
    "street_eg": lambda p, c: f"{_num(p, 90)} {_pick(p, _EG_STREETS, 6)}",
    "phone_eg": lambda p, c: f"01{'0125'[int(p.bhxh) % 4]}{p.phone[2:10]}",
    "eg_form": lambda p, c: f"{p.bhxh[:7]}",
    "lt_family": lambda p, c: _lt_family(p),
    "lt_given": lambda p, c: _by_sex(p, _LT_GIVEN_M, _LT_GIVEN_F, 1),
    "asmens_kodas": lambda p, c: _asmens_kodas(p),
    "sex_lt": lambda p, c: "V" if p.male else "M",
    "address_lt": lambda p, c: f"{_lt_place(p)[0]} {_num(p, 90)}-{_num(p, 48)}, {_lt_place(p)[1]}",
    "postcode_lt": lambda p, c: _lt_place(p)[2],
    "phone_lt": lambda p, c: f"+370 6{p.phone[3:5]} {p.phone[5:10]}",
    "doctor_lt": lambda p, c: _pick(p, _LT_DOCTORS, 3),
    "staff_ch": lambda p, c: f"{int(p.bhxh[-4:]) + 1000}",
    "ch_family": lambda p, c: _pick(p, _CH_FAMILY, 2),
    "ch_given": lambda p, c: _by_sex(p, _CH_GIVEN_M, _CH_GIVEN_F, 1),
    "ahv": lambda p, c: _ahv(p),
    "sex_ch": lambda p, c: "M" if p.male else "W",
    "civil_ch": lambda p, c: _pick(p, _CH_CIVIL, 3),
    "street_ch": lambda p, c: f"{_pick(p, _CH_STREETS, 4)} {_num(p, 120)}",
    "plz_ch": lambda p, c: _pair(p, _CH_TOWNS, 5)[0],
    "ort_ch": lambda p, c: _pair(p, _CH_TOWNS, 5)[1],
    "phone_ch": lambda p, c: (
        f"07{'869'[int(p.bhxh) % 3]} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "salary_ch": lambda p, c: f"{4000 + int(p.bhxh[-4:]) % 6000}.{p.bhxh[-2:]}",
    "qc_family": lambda p, c: _pick(p, _QC_FAMILY, 2),
    "qc_given": lambda p, c: _by_sex(p, _QC_GIVEN_M, _QC_GIVEN_F, 1),
    "sin": lambda p, c: _sin(p),
    "street_qc": lambda p, c: (
        f"{_num(p, 900) * 3}, {_qc_place(p)[5]}"
        + (f", app. {_num(p, 24)}" if int(p.bhxh) % 3 == 0 else "")
    ),
    "city_qc": lambda p, c: _qc_place(p)[0],
    "province_qc": lambda p, c: _qc_place(p)[1],
    "postal_qc": lambda p, c: _qc_place(p)[2],
    "phone_qc": lambda p, c: (
        f"{_qc_place(p)[3]}-{'2345678'[int(p.bhxh) % 7]}{p.phone[4:6]}-{p.phone[6:10]}"
    ),
    "employee_qc": lambda p, c: f"E{p.bhxh[-5:]}",
    "doc_type_pe": lambda p, c: "DNI",
    "dni_pe": lambda p, c: f"{int(p.bhxh[:8]) % 80_000_000 + 10_000_000:08d}",
    "pe_full": lambda p, c: (
        f"{_pick(p, _PE_FAMILY, 2)} {_pick(p, _PE_FAMILY, 3)},"
        f" {_by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 1)}"
    ),
    "sex_pe": lambda p, c: "MASCULINO" if p.male else "FEMENINO",
    "ubigeo_pe": lambda p, c: _pe_place(p)[0],
    "address_pe": lambda p, c: f"{_pe_place(p)[2]} {_num(p, 900)} - {_pe_place(p)[1]}",
    "phone_pe": lambda p, c: f"9{p.phone[2:10]}",
    "sis_pe": lambda p, c: f"{p.bhxh[0]}-{p.bhxh[1:9]}",
}
