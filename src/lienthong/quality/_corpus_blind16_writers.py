"""How the people of the sixteenth part of the outside corpus (**blind 16**,
:mod:`lienthong.quality._corpus_blind16`) are written: four Vietnamese files' own columns (a power
company's customer codes, meters and places of supply, a business household's certificate, shop
and trade, a student's number, class, e-mail and parent's phone, a fishing boat's number, owner
and port) and Nigerian, Colombian, Moldovan, Macedonian and Dominican names, addresses, phones and
identity numbers with their own check digits where the country has one (the Colombian NIT's
mod 11 with its prime weights, the Moldovan IDNP's 7-3-1 weights, the Macedonian ЕМБГ's mod 11,
the Dominican cédula's Luhn; the Nigerian NIN has no public check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from lienthong.identifiers import make_cccd
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind13_writers import _vn_name, _weighted
from lienthong.quality._corpus_people import _FAMILY, _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_SUPPLY_PLACES = (
    "Kiot 12 chợ Bình Điền, phường Bình Đông, TP. Hồ Chí Minh",
    "Nhà trọ 45/7 đường Lê Văn Lương, xã Nhà Bè, TP. Hồ Chí Minh",
    "Trạm bơm ấp 3, xã Tân Nhựt, TP. Hồ Chí Minh",
    "Xưởng may 218 Tỉnh lộ 10, phường Bình Tân, TP. Hồ Chí Minh",
)
_VN_SHOPS = ("Tạp hóa", "Quán cơm", "Tiệm tóc", "Cửa hàng điện thoại", "Quán cà phê", "Tiệm vàng")
_VN_TRADES = (
    "Bán lẻ hàng tạp hóa",
    "Dịch vụ ăn uống",
    "Cắt tóc, làm đầu, gội đầu",
    "Bán lẻ điện thoại di động",
    "Kinh doanh vàng bạc, đá quý",
)
_VN_SHOP_STREETS = ("Hậu Giang", "Kinh Dương Vương", "Phạm Văn Chiêu", "Lê Văn Việt", "Tô Ký")
_VN_SHOP_WARDS = ("phường Chợ Lớn", "phường An Lạc", "phường Thông Tây Hội", "phường Tăng Nhơn Phú")
_VN_CLASSES = ("DH22KT01", "DH23CNTT02", "DH22QTKD03", "DH24NN01", "DH23XD02", "DH21YK01")
_VN_BOAT_PROVINCES = ("BĐ", "QNg", "KH", "BTh", "TG", "KG")
_VN_CREW_POSTS = ("Thuyền trưởng", "Máy trưởng", "Thuyền viên", "Thuyền viên", "Thuyền viên")
_VN_PORTS = ("Cảng cá Tam Quan", "Cảng cá Sa Huỳnh", "Cảng cá Hòn Rớ", "Cảng cá Phan Thiết")
_NG_FAMILY = ("Okafor", "Adeyemi", "Bello", "Okonkwo", "Abubakar", "Eze", "Ogunleye", "Ibrahim")
_NG_GIVEN_M = ("Chukwuemeka", "Oluwaseun Daniel", "Musa", "Ikechukwu", "Tunde", "Abdullahi Sani")
_NG_GIVEN_F = ("Ngozi", "Funmilayo Grace", "Aisha", "Chiamaka", "Yetunde", "Hauwa Zainab")
#: (street, area, state of residence as written)
_NG_PLACES = (
    ("Adeola Odeku Street", "Victoria Island", "Lagos State"),
    ("Allen Avenue", "Ikeja", "Lagos State"),
    ("Aminu Kano Crescent", "Wuse II", "FCT Abuja"),
    ("Ogui Road", "Enugu", "Enugu State"),
    ("Zoo Road", "Kano", "Kano State"),
    ("Ring Road", "Ibadan", "Oyo State"),
)
#: (state of origin, LGA)
_NG_ORIGINS = (
    ("Anambra", "Onitsha North"),
    ("Ogun", "Abeokuta South"),
    ("Kaduna", "Zaria"),
    ("Imo", "Owerri Municipal"),
    ("Osun", "Ife Central"),
    ("Kano", "Nassarawa"),
)
_CO_FAMILY = ("RODRÍGUEZ", "GÓMEZ", "MARTÍNEZ", "LÓPEZ", "HERNÁNDEZ", "CASTAÑO", "OSPINA", "MUÑOZ")
_CO_GIVEN_M = ("JUAN CARLOS", "ANDRÉS FELIPE", "JHON JAIRO", "LUIS FERNANDO", "CRISTIAN DAVID")
_CO_GIVEN_F = ("LUZ MARINA", "DIANA MARCELA", "YURANI", "PAOLA ANDREA", "MARÍA CAMILA")
_CO_STREET_KINDS = ("CL", "CRA", "AV CRA", "TV", "DG")
_CO_TOWNS = ("BOGOTÁ D.C.", "MEDELLÍN", "CALI", "BARRANQUILLA", "BUCARAMANGA", "PEREIRA")
_CO_REGIMES = ("CONTRIBUTIVO", "CONTRIBUTIVO", "SUBSIDIADO")
_MD_FAMILY = ("Rusu", "Ceban", "Ciobanu", "Turcan", "Cojocaru", "Popa", "Munteanu", "Lungu")
_MD_GIVEN_M = ("Ion", "Vasile", "Sergiu", "Andrei", "Gheorghe", "Dumitru")
_MD_GIVEN_F = ("Maria", "Ana", "Elena", "Tatiana", "Natalia", "Cristina")
#: (street, postcode, town)
_MD_PLACES = (
    ("bd. Ştefan cel Mare şi Sfînt", "MD-2001", "mun. Chişinău"),
    ("str. Mihai Eminescu", "MD-2012", "mun. Chişinău"),
    ("str. Independenţei", "MD-3100", "mun. Bălţi"),
    ("str. Alexandru cel Bun", "MD-3401", "or. Hînceşti"),
    ("str. Păcii", "MD-4801", "or. Orhei"),
)
_MD_CATEGORIES = ("salariat", "pensionar", "copil", "student", "şomer înregistrat")
_MK_FAMILY_M = ("Петровски", "Стојановски", "Николовски", "Трајковски", "Ѓорѓиевски", "Илиевски")
_MK_GIVEN_M = ("Александар", "Горан", "Никола", "Дејан", "Зоран", "Бојан")
_MK_GIVEN_F = ("Марија", "Елена", "Билјана", "Снежана", "Јасмина", "Ивана")
_MK_FATHERS = ("Благоја", "Трајче", "Методија", "Киро", "Љупчо", "Слободан")
#: (postcode, town, street)
_MK_PLACES = (
    ("1000", "Скопје", "ул. Партизанска"),
    ("1000", "Скопје", "бул. Илинден"),
    ("7000", "Битола", "ул. Широк Сокак"),
    ("6000", "Охрид", "ул. Македонски Просветители"),
    ("2000", "Штип", "ул. Ванчо Прќе"),
    ("1300", "Куманово", "ул. Доне Божинов"),
)
_DO_FAMILY = ("Martínez", "Rodríguez", "Peña", "Reyes", "Then", "Almonte", "De la Cruz", "Batista")
_DO_GIVEN_M = ("José Miguel", "Juan Ramón", "Yunior", "Ramón Antonio", "Wander")
_DO_GIVEN_F = ("Yokasta", "María Altagracia", "Yesenia", "Ana Mercedes", "Rosanna")
#: (municipality code, street, sector, province)
_DO_PLACES = (
    ("001", "C/ El Conde #105", "Zona Colonial", "Distrito Nacional"),
    ("001", "Av. 27 de Febrero #312", "Naco", "Distrito Nacional"),
    ("223", "C/ Duarte #45", "Los Mina", "Santo Domingo"),
    ("031", "C/ Del Sol #18", "Centro", "Santiago"),
    ("047", "C/ Colón #9", "Pueblo Nuevo", "La Vega"),
)


# -- Vietnamese files -------------------------------------------------------------------------


def _supply_place(p: Person) -> str:
    """Where the power is used: the customer's home for most, else a stall, a room to let or a
    workshop (the power company's place of supply, not where the customer lives)."""
    return p.address if int(p.bhxh) % 3 else _pick(p, _VN_SUPPLY_PLACES, 4)


def _reading(p: Person, added: int) -> int:
    return int(p.bhxh[-5:]) // 3 + added


def _student_birth(p: Person) -> date:
    """A student's birthday: the person's day and month, in a year of 2003-2006."""
    return date(2003 + p.birth.year % 4, p.birth.month, min(p.birth.day, 28))


def _student_cccd(p: Person) -> str:
    year = _student_birth(p).year
    return make_cccd(p.cccd[:3], "male" if p.male else "female", year, int(p.bhxh[-6:]))


def _student_email(p: Person) -> str:
    given = _ascii(p.full.rsplit(" ", 1)[1]).lower()
    return f"{given}.{p.bhxh[-6:]}@st.ueh.edu.vn"


def _boat(p: Person) -> str:
    """A fishing boat's registration: the province's letters, five digits, ``TS``."""
    return f"{_pick(p, _VN_BOAT_PROVINCES, 2)}-9{p.bhxh[3:7]}-TS"


# -- foreign files ----------------------------------------------------------------------------


def _ng_place(p: Person) -> tuple[str, str, str]:
    return _NG_PLACES[int(p.bhxh) // 11 % len(_NG_PLACES)]


def _ng_origin(p: Person) -> tuple[str, str]:
    return _NG_ORIGINS[int(p.bhxh) // 5 % len(_NG_ORIGINS)]


def _nit_co(p: Person) -> str:
    """A Colombian company's NIT as written, ``900.123.456-7``: nine digits and the DIAN check
    digit (prime weights 3, 7, 13… from the right, the sum mod 11; 0 and 1 kept, else 11 less)."""
    body = f"9{p.bhxh[::-1][:8]}"
    weights = (41, 37, 29, 23, 19, 17, 13, 7, 3)
    rest = _weighted(body, weights) % 11
    check = rest if rest < 2 else 11 - rest
    return f"{body[:3]}.{body[3:6]}.{body[6:]}-{check}"


def _street_co(p: Person) -> str:
    kind = _pick(p, _CO_STREET_KINDS, 3)
    flat = f" AP {_num(p, 12)}0{_num(p, 4)}" if int(p.bhxh) % 2 else ""
    return f"{kind} {_num(p, 178)} # {_num(p, 90)}-{int(p.bhxh[-2:]):02d}{flat}"


def _idnp_md(p: Person) -> str:
    """A Moldovan IDNP: thirteen digits, the last a check digit (weights 7, 3, 1 over the first
    twelve, the sum mod 10)."""
    body = f"2{p.birth.year % 10}0{p.bhxh[:9]}"
    return f"{body}{_weighted(body, (7, 3, 1) * 4) % 10}"


def _md_place(p: Person) -> tuple[str, str, str]:
    return _MD_PLACES[int(p.bhxh) // 7 % len(_MD_PLACES)]


def _address_md(p: Person) -> str:
    street, postcode, town = _md_place(p)
    flat = f", ap. {_num(p, 90)}" if int(p.bhxh) % 3 else ""
    return f"{street} {_num(p, 140)}{flat}, {postcode}, {town}"


def _embg_mk(p: Person) -> str:
    """A Macedonian ЕМБГ: ddmm and the year's last three digits, the region (41-49), a serial
    (000-499 men, 500-999 women) and a check digit (weights 7 to 2 twice, 11 less the sum mod
    11, 11 as 0; 10 is not issued)."""
    serial = int(p.bhxh[-3:]) % 500
    region = 41 + int(p.bhxh[0]) % 9
    while True:
        body = (
            f"{p.birth:%d%m}{p.birth.year % 1000:03d}{region}{serial + (0 if p.male else 500):03d}"
        )
        check = 11 - _weighted(body, (7, 6, 5, 4, 3, 2) * 2) % 11
        if check != 10:
            return f"{body}{check % 11}"
        serial = (serial + 1) % 500


def _mk_family(p: Person) -> str:
    """A Macedonian surname, with the feminine ending (-ска) for women."""
    family = _pick(p, _MK_FAMILY_M, 2)
    return family if p.male else f"{family[:-1]}а"


def _mk_place(p: Person) -> tuple[str, str, str]:
    return _MK_PLACES[int(p.bhxh) // 13 % len(_MK_PLACES)]


def _do_place(p: Person) -> tuple[str, str, str, str]:
    return _DO_PLACES[int(p.bhxh) // 9 % len(_DO_PLACES)]


def _cedula_do(p: Person) -> str:
    """A Dominican cédula as written, ``001-1234567-8``: the municipality's three digits, seven
    more and a Luhn check digit (weights 1, 2, 1, 2… from the left)."""
    digits = _luhn(f"{_do_place(p)[0]}{p.bhxh[-7:]}")
    return f"{digits[:3]}-{digits[3:10]}-{digits[10]}"


WRITERS_BLIND16: dict[str, Callable[[Person, Col], object]] = {
    "evn_code16": lambda p, c: f"PE0{_num(p, 9)}000{p.bhxh[-5:]}",
    "supply_address16": lambda p, c: _supply_place(p),
    "meter16": lambda p, c: f"{p.bhxh[2:10]}",
    "reading_old16": lambda p, c: _reading(p, 0),
    "reading_new16": lambda p, c: _reading(p, 80 + _num(p, 400)),
    "hkd_no16": lambda p, c: f"41{_pick(p, ('A', 'B', 'C', 'D'), 2)}8{p.bhxh[-6:]}",
    "hkd_issued16": lambda p, c: datetime(p.other_date.year, p.other_date.month, p.other_date.day),
    "shop16": lambda p, c: f"{_pick(p, _VN_SHOPS, 3)} {p.full.rsplit(' ', 1)[1]}",
    "shop_address16": lambda p, c: (
        f"{_num(p, 400)} {_pick(p, _VN_SHOP_STREETS, 5)}, {_pick(p, _VN_SHOP_WARDS, 6)},"
        " TP. Hồ Chí Minh"
    ),
    "trade16": lambda p, c: _pick(p, _VN_TRADES, 3),
    "capital16": lambda p, c: (50 + int(p.bhxh[-3:]) % 950) * 1_000_000,
    "student_no16": lambda p, c: f"3{_student_birth(p).year % 100 + 18:02d}{p.bhxh[-7:]}",
    "student_birth16": lambda p, c: f"{_student_birth(p):%Y-%m-%d}",
    "student_cccd16": lambda p, c: _student_cccd(p),
    "class16": lambda p, c: _pick(p, _VN_CLASSES, 4),
    "student_email16": lambda p, c: _student_email(p),
    "parent_phone16": lambda p, c: f"09{p.bhxh[1:9]}",
    "boat16": lambda p, c: _boat(p),
    "crew_post16": lambda p, c: _pick(p, _VN_CREW_POSTS, 3),
    "boat_owner16": lambda p, c: _vn_name(p, True, _pick(p, _FAMILY, 2), 4),
    "owner_phone16": lambda p, c: f"03{p.bhxh[:8]}",
    "port16": lambda p, c: _pick(p, _VN_PORTS, 2),
    "nin_ng": lambda p, c: f"{int(p.bhxh[-10:]) % 90_000_000_000 + 10_000_000_000}",
    "ng_family": lambda p, c: _pick(p, _NG_FAMILY, 2),
    "ng_given": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 1),
    "sex_ng": lambda p, c: "M" if p.male else "F",
    "address_ng": lambda p, c: (
        f"{_num(p, 60)} {_ng_place(p)[0]}, {_ng_place(p)[1]}, {_ng_place(p)[2]}"
    ),
    "origin_ng": lambda p, c: _ng_origin(p)[0],
    "lga_ng": lambda p, c: _ng_origin(p)[1],
    "phone_ng": lambda p, c: (
        f"0{_pick(p, ('803', '806', '813', '703', '905', '815'), 3)}{p.phone[3:10]}"
    ),
    "bvn_ng": lambda p, c: f"22{p.bhxh[:9]}",
    "kin_ng": lambda p, c: f"{_pick(p, _NG_GIVEN_M + _NG_GIVEN_F, 5)} {_pick(p, _NG_FAMILY, 2)}",
    "kin_phone_ng": lambda p, c: f"070{p.bhxh[::-1][:8]}",
    "doc_type_co": lambda p, c: "CC" if int(p.bhxh) % 9 else "CE",
    "cc_co": lambda p, c: f"{int(p.bhxh[-9:]) % 1_090_000_000 + 10_000_000}",
    "co_full": lambda p, c: (
        f"{_by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 1)} {_pick(p, _CO_FAMILY, 2)}"
        f" {_CO_FAMILY[(_CO_FAMILY.index(_pick(p, _CO_FAMILY, 2)) + 1 + int(p.bhxh[-1]) % 7) % 8]}"
    ),
    "sex_co": lambda p, c: "M" if p.male else "F",
    "street_co": lambda p, c: _street_co(p),
    "town_co": lambda p, c: _pick(p, _CO_TOWNS, 4),
    "phone_co": lambda p, c: f"3{p.phone[2:4]} {p.phone[4:7]} {p.phone[6:10]}",
    "regime_co": lambda p, c: _pick(p, _CO_REGIMES, 6),
    "nit_co": lambda p, c: _nit_co(p),
    "idnp_md": lambda p, c: _idnp_md(p),
    "md_family": lambda p, c: _pick(p, _MD_FAMILY, 2),
    "md_given": lambda p, c: _by_sex(p, _MD_GIVEN_M, _MD_GIVEN_F, 1),
    "sex_md": lambda p, c: "M" if p.male else "F",
    "address_md": lambda p, c: _address_md(p),
    "phone_md": lambda p, c: f"+373 {_pick(p, ('69', '79', '68', '78', '60'), 3)} {p.phone[4:10]}",
    "policy_md": lambda p, c: f"A{p.bhxh[1:10]}",
    "category_md": lambda p, c: _pick(p, _MD_CATEGORIES, 4),
    "mk_family": lambda p, c: _mk_family(p),
    "mk_given": lambda p, c: _by_sex(p, _MK_GIVEN_M, _MK_GIVEN_F, 1),
    "father_mk": lambda p, c: _pick(p, _MK_FATHERS, 5),
    "embg_mk": lambda p, c: _embg_mk(p),
    "sex_mk": lambda p, c: "М" if p.male else "Ж",
    "street_mk": lambda p, c: f"{_mk_place(p)[2]} бр. {_num(p, 120)}",
    "town_mk": lambda p, c: _mk_place(p)[1],
    "post_mk": lambda p, c: _mk_place(p)[0],
    "phone_mk": lambda p, c: f"07{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}",
    "cedula_do": lambda p, c: _cedula_do(p),
    "do_given": lambda p, c: _by_sex(p, _DO_GIVEN_M, _DO_GIVEN_F, 1),
    "do_family": lambda p, c: f"{_pick(p, _DO_FAMILY, 2)} {_pick(p, _DO_FAMILY, 6)}",
    "sex_do": lambda p, c: "M" if p.male else "F",
    "street_do": lambda p, c: _do_place(p)[1],
    "sector_do": lambda p, c: _do_place(p)[2],
    "province_do": lambda p, c: _do_place(p)[3],
    "phone_do": lambda p, c: f"{_pick(p, ('809', '829', '849'), 3)}-{p.phone[3:6]}-{p.phone[6:10]}",
    "college_do": lambda p, c: f"{int(p.bhxh[-4:]) % 900 + 1:04d}{'AB'[int(p.bhxh) % 2]}",
}
