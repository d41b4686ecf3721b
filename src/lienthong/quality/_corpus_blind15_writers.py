"""How the people of the fifteenth part of the outside corpus (**blind 15**,
:mod:`lienthong.quality._corpus_blind15`) are written: four Vietnamese agencies' own columns (a
people's court's parties and their opponents, a traffic police list's plates and places of the
offence, a military-service register's young men and their parents, a pension payment list's
proxies and amounts) and Scottish, Ecuadorian, Uruguayan, Kenyan and Saudi names, addresses,
phones and identity numbers with their own check digits (the CHI number's mod 11, the Ecuadorian
cédula's alternating 2-1 sum, the Uruguayan C.I.'s 2987634 weights, the Saudi ID's Luhn)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from lienthong.identifiers import make_cccd
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind13_writers import _vn_name, _weighted
from lienthong.quality._corpus_people import _FAMILY

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_PARTY_ROLES = ("Nguyên đơn", "Nguyên đơn", "Bị đơn", "Bị đơn", "Người có QL, NVLQ")
_VN_DISPUTES = (
    "Tranh chấp hợp đồng vay tài sản",
    "Ly hôn, tranh chấp nuôi con",
    "Tranh chấp quyền sử dụng đất",
    "Tranh chấp thừa kế tài sản",
    "Yêu cầu bồi thường thiệt hại ngoài hợp đồng",
)
_VN_CASE_KINDS = ("TLST-DS", "TLST-DS", "TLST-HNGĐ", "TLST-KDTM")
_VN_PLATE_AREAS = ("51", "51", "50", "59", "61", "72", "30", "29")
_VN_VEHICLES = ("Xe máy", "Xe máy", "Xe máy", "Ô tô con", "Ô tô tải")
_VN_OFFENCES = (
    "Không chấp hành hiệu lệnh của đèn tín hiệu giao thông",
    "Chạy quá tốc độ quy định từ 10 km/h đến 20 km/h",
    "Dừng, đỗ xe không đúng nơi quy định",
    "Đi vào đường cấm, khu vực cấm",
    "Không đội mũ bảo hiểm",
)
_VN_ROADS = (
    "Ngã tư Hàng Xanh, phường Thạnh Mỹ Tây, TP. Hồ Chí Minh",
    "Km 12+300 Xa lộ Hà Nội, phường Linh Xuân, TP. Hồ Chí Minh",
    "Nút giao Điện Biên Phủ - Nguyễn Bỉnh Khiêm, phường Sài Gòn, TP. Hồ Chí Minh",
    "Quốc lộ 1A, đoạn qua xã Bình Chánh, TP. Hồ Chí Minh",
)
_VN_POLICE_UNITS = ("PC08 CATP", "Đội CSGT Rạch Chiếc", "Đội CSGT An Sương", "CAP Sài Gòn")
_VN_SCHOOLING = ("12/12", "12/12", "12/12", "9/12", "ĐH", "CĐ", "11/12")
_VN_JOBS = ("Học sinh", "Sinh viên", "Công nhân", "Lao động tự do", "Làm nông", "Thợ hồ")
_VN_PENSIONS = ("Hưu trí", "Hưu trí", "Hưu trí", "Mất sức LĐ", "Tuất hàng tháng", "TNLĐ-BNN")
_VN_PAY_POINTS = ("BĐVHX Tân Nhựt", "Bưu điện Bình Chánh", "Điểm chi UBND xã Vĩnh Lộc A")
_SCOT_FAMILY: tuple[str, ...] = (
    "MacDonald",
    "Campbell",
    "Stewart",
    "Robertson",
    "Thomson",
    "MacLeod",
)
_SCOT_FAMILY += ("Fraser", "Murray", "McKenzie", "Paterson")
_SCOT_GIVEN_M = ("Callum", "Ewan", "Angus", "Hamish", "Iain", "Ruaridh", "Craig")
_SCOT_GIVEN_F = ("Eilidh", "Isla", "Morag", "Kirsty", "Catriona", "Mhairi", "Shona")
#: (postcode district, street, town)
_SCOT_PLACES = (
    ("EH6", "Leith Walk", "Edinburgh"),
    ("G12", "Byres Road", "Glasgow"),
    ("AB11", "Union Street", "Aberdeen"),
    ("DD1", "Perth Road", "Dundee"),
    ("IV2", "Academy Street", "Inverness"),
    ("PA1", "Causeyside Street", "Paisley"),
)
_SCOT_GPS = ("Dr A. McIntyre", "Dr S. Gillespie", "Dr R. Baxter", "Dr N. Chaudhry")
_EC_FAMILY = ("Guamán", "Quishpe", "Zambrano", "Vera", "Cedeño", "Mendoza", "Andrade", "Chávez")
_EC_GIVEN_M = ("Luis Alberto", "Jorge Patricio", "Darwin Xavier", "Segundo Manuel", "Byron Iván")
_EC_GIVEN_F = ("María Fernanda", "Jessica Paola", "Nancy Maribel", "Gissela Lorena", "Rosa Elvira")
#: (province code, province, canton, address)
_EC_PLACES = (
    ("17", "Pichincha", "Quito", "Av. 10 de Agosto N24-12 y Av. Colón"),
    ("17", "Pichincha", "Quito", "Calle Chimborazo S3-45 y Rocafuerte"),
    ("09", "Guayas", "Guayaquil", "Cdla. La Alborada, Mz. 23 Villa 14"),
    ("01", "Azuay", "Cuenca", "Av. Remigio Crespo 3-56 y Agustín Cueva"),
    ("13", "Manabí", "Portoviejo", "Calle Morales entre Olmedo y Sucre"),
    ("18", "Tungurahua", "Ambato", "Av. Cevallos 05-21 y Montalvo"),
)
_EC_AFFILIATIONS = ("Seguro General", "Seguro General", "Voluntario", "Trabajo no remunerado")
_UY_FAMILY: tuple[str, ...] = (
    "Rodríguez",
    "González",
    "Fernández",
    "Pereira",
    "Silva",
    "Sosa",
    "Olivera",
)
_UY_FAMILY += ("Martínez", "Techera", "Cabrera")
_UY_GIVEN_M = ("Martín", "Gonzalo", "Sebastián", "Diego", "Washington", "Nicolás")
_UY_GIVEN_F = ("Valentina", "Lucía", "Florencia", "Silvana", "Rosario", "Camila")
#: (CP, address, departamento)
_UY_PLACES = (
    ("11200", "Av. 18 de Julio 1834 apto 502", "Montevideo"),
    ("11300", "Bv. Artigas 1120 apto 3", "Montevideo"),
    ("11800", "Gral. Flores 3456", "Montevideo"),
    ("50000", "Uruguay 1020", "Salto"),
    ("60000", "18 de Julio 1150", "Paysandú"),
    ("20000", "Av. Gorlero esq. 20", "Maldonado"),
)
_UY_PROVIDERS = ("ASSE", "ASSE", "CASMU", "Médica Uruguaya", "Española", "SMI")
_KE_FAMILY: tuple[str, ...] = (
    "Otieno",
    "Kamau",
    "Mwangi",
    "Ochieng",
    "Wanjiku",
    "Kiprotich",
    "Mutua",
    "Njoroge",
)
_KE_FAMILY += ("Chebet", "Achieng", "Wafula", "Kilonzo")
_KE_GIVEN_M = ("Brian", "Kevin", "Dennis", "Collins", "Samuel Kiptoo", "Peter Mwangi")
_KE_GIVEN_F = ("Faith", "Mercy", "Grace Wairimu", "Purity", "Esther Akinyi", "Sharon")
#: (postal code, town, county)
_KE_PLACES = (
    ("00100", "Nairobi", "Nairobi"),
    ("00200", "Nairobi", "Nairobi"),
    ("80100", "Mombasa", "Mombasa"),
    ("40100", "Kisumu", "Kisumu"),
    ("20100", "Nakuru", "Nakuru"),
    ("30100", "Eldoret", "Uasin Gishu"),
)
_KE_EMPLOYERS = ("Self-employed", "Kenya Power", "Nairobi City County", "Safaricom PLC", "-")
_SA_FAMILY = ("Al-Qahtani", "Al-Otaibi", "Al-Ghamdi", "Al-Harbi", "Al-Zahrani", "Al-Dosari")
_SA_GIVEN_M = ("Mohammed", "Abdullah", "Faisal", "Khalid", "Turki", "Saud")
_SA_GIVEN_F = ("Noura", "Reem", "Hessa", "Lama", "Alanoud", "Sara")
_SA_FATHERS = ("Abdulaziz", "Saleh", "Nasser", "Fahad", "Ibrahim", "Hamad")
#: an expatriate's (man's, woman's) names as the Iqama writes them, by nationality
_SA_EXPATS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Indian": (("Rajan Thomas", "Mohammed Shafi Kunju"), ("Sherin Joseph", "Anju Mathew")),
    "Pakistani": (("Muhammad Asif Khan", "Imran Ali Shah"), ("Fatima Bibi", "Ayesha Noor")),
    "Egyptian": (("Ahmed Mahmoud Hassan", "Mostafa Sayed Ali"), ("Amal Mostafa Ali", "Heba Adel")),
    "Filipino": (("Jomar Dela Cruz", "Mark Anthony Reyes"), ("Maria Luisa Santos", "Joy Bautista")),
}
_SA_NATIONS = ("Saudi", "Saudi", "Saudi", "Indian", "Pakistani", "Egyptian", "Filipino")
#: (postal code, district, city)
_SA_PLACES = (
    ("12214", "Al Olaya", "Riyadh"),
    ("12622", "Al Malaz", "Riyadh"),
    ("23437", "Al Rawdah", "Jeddah"),
    ("32241", "Al Faisaliyah", "Dammam"),
    ("24231", "Al Aziziyah", "Makkah"),
)
_SA_STREETS = ("King Fahd Rd", "Prince Sultan St", "Al Imam Saud St", "Makkah Al Mukarramah Rd")
_SA_OCCUPATIONS = ("Accountant", "Sales Specialist", "Driver", "Engineer", "Administrator")


# -- Vietnamese agencies ----------------------------------------------------------------------


def _opponent(p: Person) -> str:
    """The other side of the case, as the court's list names it beside the party."""
    return _vn_name(p, int(p.bhxh) % 2 == 0, _pick(p, _FAMILY, 6), 7)


def _violation(p: Person) -> str:
    """When the camera caught the vehicle, as the traffic police write it."""
    return f"{p.other_date:%d/%m/%Y} {int(p.bhxh[:2]) % 24:02d}:{int(p.bhxh[2:4]) % 60:02d}"


def _plate(p: Person) -> str:
    area = _pick(p, _VN_PLATE_AREAS, 2)
    series = "ABCDEFGHKLMNPSTUVXYZ"[int(p.bhxh) % 20]
    return f"{area}{series}{int(p.bhxh[3]) % 9 + 1}-{p.bhxh[4:7]}.{p.bhxh[7:9]}"


def _conscript_birth(p: Person) -> date:
    """A young man's birthday in the year he turns 17 at the 2025 registration (2008)."""
    return date(2008, p.birth.month, min(p.birth.day, 28))


def _conscript_cccd(p: Person) -> str:
    return make_cccd(p.cccd[:3], "male", 2008, int(p.bhxh[-6:]))


def _pensioner_birth(p: Person) -> date:
    """A pensioner's birthday: the person's day and month, in a year of 1935-1968."""
    return date(1935 + p.birth.year % 34, p.birth.month, min(p.birth.day, 28))


def _pensioner_cccd(p: Person) -> str:
    year = _pensioner_birth(p).year
    return make_cccd(p.cccd[:3], "male" if p.male else "female", year, int(p.bhxh[-6:]))


def _proxy(p: Person) -> str:
    """Who collects the pension for the person: mostly nobody, else a child of the family."""
    return "" if int(p.bhxh) % 3 else _vn_name(p, int(p.bhxh) % 2 == 0, p.family, 8)


# -- foreign files ----------------------------------------------------------------------------


def _chi(p: Person) -> str:
    """A Scottish CHI number: ddmmyy, two digits, a ninth digit odd for men and even for women,
    and a check digit (weights 10 to 2, 11 minus the sum mod 11, 11 as 0; 10 is not issued)."""
    serial = int(p.bhxh[-3:-1])
    while True:
        ninth = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
        body = f"{p.birth:%d%m%y}{serial:02d}{ninth}"
        check = 11 - _weighted(body, (10, 9, 8, 7, 6, 5, 4, 3, 2)) % 11
        if check != 10:
            return f"{body}{check % 11}"
        serial = (serial + 1) % 100


def _scot_place(p: Person) -> tuple[str, str, str]:
    return _SCOT_PLACES[int(p.bhxh) // 17 % len(_SCOT_PLACES)]


def _uk_postcode(p: Person) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    inward = f"{p.bhxh[2]}{letters[int(p.bhxh[3:5]) % 20]}{letters[int(p.bhxh[5:7]) % 20]}"
    return f"{_scot_place(p)[0]} {inward}"


def _cedula_ec(p: Person) -> str:
    """An Ecuadorian cédula: the province's two digits, a third digit under 6, six more and a
    check digit (coefficients 2, 1, 2, 1…, products over 9 less 9, 10 minus the sum mod 10)."""
    return _luhn(f"{_ec_place(p)[0]}{int(p.bhxh[0]) % 6}{p.bhxh[-6:]}")  # 2, 1… is Luhn


def _ec_place(p: Person) -> tuple[str, str, str, str]:
    return _EC_PLACES[int(p.bhxh) // 7 % len(_EC_PLACES)]


def _ci_uy(p: Person) -> str:
    """A Uruguayan cédula de identidad as written, ``4.123.456-7``: seven digits (weights 2, 9,
    8, 7, 6, 3, 4) and the check digit that takes the sum to a multiple of 10."""
    seven = f"{1_000_000 + int(p.bhxh[-7:]) % 5_000_000:07d}"
    check = (10 - _weighted(seven, (2, 9, 8, 7, 6, 3, 4)) % 10) % 10
    return f"{seven[0]}.{seven[1:4]}.{seven[4:]}-{check}"


def _uy_place(p: Person) -> tuple[str, str, str]:
    return _UY_PLACES[int(p.bhxh) // 13 % len(_UY_PLACES)]


def _ke_place(p: Person) -> tuple[str, str, str]:
    return _KE_PLACES[int(p.bhxh) // 11 % len(_KE_PLACES)]


def _sa_saudi(p: Person) -> bool:
    return _pick(p, _SA_NATIONS, 3) == "Saudi"


def _sa_name(p: Person) -> str:
    """A Saudi's own, father's and family name, or an expatriate's name as the Iqama has it."""
    if not _sa_saudi(p):
        men, women = _SA_EXPATS[_pick(p, _SA_NATIONS, 3)]
        return _by_sex(p, men, women, 4)
    own = _by_sex(p, _SA_GIVEN_M, _SA_GIVEN_F, 1)
    return f"{own} {_pick(p, _SA_FATHERS, 5)} {_pick(p, _SA_FAMILY, 2)}"


def _sa_id(p: Person) -> str:
    """A Saudi national ID (1…) or an Iqama (2…): ten digits, the last a Luhn check digit."""
    return _luhn(f"{'1' if _sa_saudi(p) else '2'}{p.bhxh[-8:]}")


def _sa_place(p: Person) -> tuple[str, str, str]:
    return _SA_PLACES[int(p.bhxh) // 9 % len(_SA_PLACES)]


WRITERS_BLIND15: dict[str, Callable[[Person, Col], object]] = {
    "case_no15": lambda p, c: f"{_num(p, 480)}/{p.other_date:%Y}/{_pick(p, _VN_CASE_KINDS, 3)}",
    "party_role15": lambda p, c: _pick(p, _VN_PARTY_ROLES, 4),
    "birth_year15": lambda p, c: str(p.birth.year),
    "opponent15": lambda p, c: _opponent(p),
    "counsel15": lambda p, c: "" if int(p.bhxh) % 4 else _vn_name(p, True, p.family, 9),
    "dispute15": lambda p, c: _pick(p, _VN_DISPUTES, 5),
    "plate15": lambda p, c: _plate(p),
    "vehicle15": lambda p, c: _pick(p, _VN_VEHICLES, 3),
    "violation15": lambda p, c: _violation(p),
    "road15": lambda p, c: _pick(p, _VN_ROADS, 4),
    "offence15": lambda p, c: _pick(p, _VN_OFFENCES, 5),
    "police15": lambda p, c: _pick(p, _VN_POLICE_UNITS, 6),
    "conscript_name15": lambda p, c: _vn_name(p, True, p.family, 2),
    "conscript_birth15": lambda p, c: f"{_conscript_birth(p):%d/%m/%Y}",
    "conscript_cccd15": lambda p, c: _conscript_cccd(p),
    "father15": lambda p, c: _vn_name(p, True, p.family, 3),
    "mother15": lambda p, c: _vn_name(p, False, _pick(p, _FAMILY, 4), 5),
    "schooling15": lambda p, c: _pick(p, _VN_SCHOOLING, 6),
    "job15": lambda p, c: _pick(p, _VN_JOBS, 7),
    "registered15": lambda p, c: datetime(2025, 4, 1 + int(p.bhxh) % 30),
    "pension_birth15": lambda p, c: f"{_pensioner_birth(p):%d/%m/%Y}",
    "pension_cccd15": lambda p, c: _pensioner_cccd(p),
    "pension_kind15": lambda p, c: _pick(p, _VN_PENSIONS, 3),
    "pension_amount15": lambda p, c: 3_000_000 + int(p.bhxh[-5:]) * 90 // 1000 * 1000,
    "pay_mode15": lambda p, c: "ATM" if int(p.bhxh) % 4 == 0 else "Tiền mặt",
    "proxy15": lambda p, c: _proxy(p),
    "proxy_phone15": lambda p, c: f"09{p.bhxh[2:10]}" if _proxy(p) else "",
    "pay_point15": lambda p, c: _pick(p, _VN_PAY_POINTS, 5),
    "pay_day15": lambda p, c: f"{2 + int(p.bhxh) % 8:02d}/12/2025",
    "scot_family": lambda p, c: _pick(p, _SCOT_FAMILY, 2),
    "scot_given": lambda p, c: _by_sex(p, _SCOT_GIVEN_M, _SCOT_GIVEN_F, 1),
    "chi": lambda p, c: _chi(p),
    "sex_scot": lambda p, c: "Male" if p.male else "Female",
    "street_scot": lambda p, c: f"{_num(p, 160)} {_scot_place(p)[1]}",
    "town_scot": lambda p, c: _scot_place(p)[2],
    "postcode_scot": lambda p, c: _uk_postcode(p),
    "phone_scot": lambda p, c: f"07{p.phone[2:5]} {p.phone[5:10]}{p.bhxh[0]}",
    "gp_scot": lambda p, c: _pick(p, _SCOT_GPS, 4),
    "ec_family": lambda p, c: f"{_pick(p, _EC_FAMILY, 2)} {_pick(p, _EC_FAMILY, 5)}",
    "ec_given": lambda p, c: _by_sex(p, _EC_GIVEN_M, _EC_GIVEN_F, 1),
    "cedula_ec": lambda p, c: _cedula_ec(p),
    "sex_ec": lambda p, c: "HOMBRE" if p.male else "MUJER",
    "province_ec": lambda p, c: _ec_place(p)[1],
    "canton_ec": lambda p, c: _ec_place(p)[2],
    "address_ec": lambda p, c: _ec_place(p)[3],
    "phone_ec": lambda p, c: f"09{p.phone[2:10]}",
    "affiliation_ec": lambda p, c: _pick(p, _EC_AFFILIATIONS, 3),
    "employer_ruc_ec": lambda p, c: f"179{p.bhxh[:7]}001",
    "uy_family": lambda p, c: f"{_pick(p, _UY_FAMILY, 2)} {_pick(p, _UY_FAMILY, 6)}",
    "uy_given": lambda p, c: _by_sex(p, _UY_GIVEN_M, _UY_GIVEN_F, 1),
    "ci_uy": lambda p, c: _ci_uy(p),
    "sex_uy": lambda p, c: "Masculino" if p.male else "Femenino",
    "street_uy": lambda p, c: _uy_place(p)[1],
    "cp_uy": lambda p, c: _uy_place(p)[0],
    "depto_uy": lambda p, c: _uy_place(p)[2],
    "phone_uy": lambda p, c: f"09{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}",
    "provider_uy": lambda p, c: _pick(p, _UY_PROVIDERS, 3),
    "ke_family": lambda p, c: _pick(p, _KE_FAMILY, 2),
    "ke_given": lambda p, c: _by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1),
    "ke_id": lambda p, c: f"{int(p.bhxh[-8:]) % 39_000_000 + 1_000_000}",
    "kra_pin": lambda p, c: f"A00{p.bhxh[:7]}{'ABCDEFGHJKLMNPQRSTUVWXYZ'[int(p.bhxh) % 24]}",
    "sex_ke": lambda p, c: "Male" if p.male else "Female",
    "address_ke": lambda p, c: f"P.O. Box {_num(p, 9000)}-{_ke_place(p)[0]}, {_ke_place(p)[1]}",
    "postal_ke": lambda p, c: _ke_place(p)[0],
    "county_ke": lambda p, c: _ke_place(p)[2],
    "phone_ke": lambda p, c: f"+254 7{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "member_ke": lambda p, c: f"SHA{p.bhxh[1:9]}",
    "principal_ke": lambda p, c: (
        "" if int(p.bhxh) % 3 else f"{_pick(p, _KE_GIVEN_M, 6)} {_pick(p, _KE_FAMILY, 2)}"
    ),
    "employer_ke": lambda p, c: _pick(p, _KE_EMPLOYERS, 5),
    "sa_full": lambda p, c: _sa_name(p),
    "sa_id": lambda p, c: _sa_id(p),
    "sex_sa": lambda p, c: "ذكر" if p.male else "أنثى",
    "nation_sa": lambda p, c: _pick(p, _SA_NATIONS, 3),
    "address_sa": lambda p, c: (
        f"{1000 + _num(p, 8999)} {_pick(p, _SA_STREETS, 6)}, {_sa_place(p)[1]}, {_sa_place(p)[2]}"
    ),
    "postal_sa": lambda p, c: _sa_place(p)[0],
    "phone_sa": lambda p, c: f"05{p.phone[2:10]}",
    "occupation_sa": lambda p, c: _pick(p, _SA_OCCUPATIONS, 7),
    "gosi_sa": lambda p, c: f"{int(p.bhxh) * 3 % 10**9:09d}",
    "wage_sa": lambda p, c: f"{4000 + int(p.bhxh[-4:]) % 16000:,}.00",
}
