"""How the people of the four hundred and forty-fourth part of the outside corpus (**blind 444**,
:mod:`lienthong.quality._corpus_blind444`) are written: four Vietnamese tax files' own columns (a
household business's cash-register e-invoices, an employee's authorisation to settle income tax
through the employer, a taxpayer's registered dependants, an online seller's platform withholding)
and Brazilian, Indian, Filipino, Spanish and Kenyan names, addresses, phones and tax numbers in
the forms their papers show (the CPF's and CNPJ's two mod-11 digits, the PAN and the GSTIN's
mod-36 check character, the BIR TIN with its branch code, the DNI's mod-23 letter, the KRA PIN)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_TRADES = (
    "Bán lẻ tạp hóa",
    "Quán ăn, giải khát",
    "Cắt tóc, gội đầu",
    "Sửa chữa xe máy",
    "Bán lẻ thuốc tân dược",
    "Karaoke",
    "Bán lẻ vật liệu xây dựng",
)
_VN_SOFTWARE = ("MISA meInvoice", "VNPT-Invoice", "Viettel SInvoice", "KiotViet", "Sapo POS")
_VN_TAX_TEAMS = ("Đội KK-TH số 1", "Đội KK-TH số 2", "Đội Quản lý HKD", "Đội KK-TH số 4")
_VN_EMPLOYERS = (
    ("Công ty TNHH May mặc Phú Thịnh", "0312456789"),
    ("Công ty CP Thực phẩm Sài Gòn Xanh", "0301234567"),
    ("Ngân hàng TMCP Phương Đông - CN Quận 1", "0300852005-012"),
    ("Công ty TNHH Điện tử Tân Thuận", "0315678902"),
    ("Trường THPT Nguyễn Thượng Hiền", "0302998877"),
)
_VN_RELATIONS = ("Con", "Con", "Vợ", "Chồng", "Mẹ đẻ", "Cha đẻ", "Con")
_VN_PLATFORMS = ("Shopee", "Lazada", "TikTok Shop", "Tiki", "Shopee", "Grab")
_BR_FAMILY = ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Carvalho", "Ferreira")
_BR_GIVEN_M = ("João Pedro", "Lucas", "Gabriel", "Rafael", "Antônio Carlos", "Marcos", "Thiago")
_BR_GIVEN_F = ("Maria Eduarda", "Ana Júlia", "Fernanda", "Luciana", "Patrícia", "Beatriz", "Joana")
_BR_STREETS = ("Rua das Flores", "Av. Brasil", "Rua São João", "Travessa Boa Vista", "Rua XV")
_BR_CITIES = (("São Paulo", "SP"), ("Belo Horizonte", "MG"), ("Salvador", "BA"), ("Recife", "PE"))
_BR_ACTIVITIES = ("Cabeleireiro(a)", "Vendedor(a) ambulante", "Eletricista", "Costureira")
_IN_FAMILY = (
    "Sharma",
    "Patel",
    "Reddy",
    "Iyer",
    "Gupta",
    "Nair",
    "Singh",
    "Deshmukh",
    "Joshi",
    "Kulkarni",
    "Shah",
    "Mehta",
    "Pillai",
    "Rao",
    "Naidu",
    "Agarwal",
    "Verma",
    "Jain",
    "Khan",
    "Pawar",
    "Menon",
    "Desai",
    "Chauhan",
    "Bhat",
)
_IN_GIVEN_M = (
    "Rajesh",
    "Suresh",
    "Amit",
    "Venkatesh",
    "Mohammed Irfan",
    "Harpreet",
    "Anil",
    "Sanjay",
    "Ramesh",
    "Vijay",
    "Prakash",
    "Manoj",
    "Deepak",
    "Ganesh",
    "Rahul",
    "Arvind",
)
_IN_GIVEN_F = (
    "Priya",
    "Lakshmi",
    "Sunita",
    "Anjali",
    "Fatima",
    "Kavita",
    "Meenakshi",
    "Neha",
    "Pooja",
    "Rekha",
    "Shweta",
    "Divya",
    "Asha",
    "Geeta",
    "Swati",
    "Radha",
)
_IN_STATES = (
    ("27", "Maharashtra", "Pune", "4"),
    ("24", "Gujarat", "Ahmedabad", "3"),
    ("29", "Karnataka", "Bengaluru", "5"),
    ("33", "Tamil Nadu", "Chennai", "6"),
)
_IN_STREETS = ("MG Road", "Station Road", "Gandhi Nagar", "Shivaji Chowk", "Nehru Bazar")
_PH_FAMILY = (
    "Santos",
    "Reyes",
    "Cruz",
    "Bautista",
    "Garcia",
    "Mendoza",
    "Villanueva",
    "Dela Cruz",
    "Ramos",
    "Aquino",
    "Castillo",
    "Flores",
    "Torres",
    "Gonzales",
    "Navarro",
    "Pascual",
    "Soriano",
    "Manalo",
    "Salazar",
    "Tolentino",
    "Macaraeg",
    "Domingo",
    "Lopez",
    "Fernandez",
)
_PH_GIVEN_M = (
    "Jose",
    "Mark Anthony",
    "Juan Carlo",
    "Rodel",
    "Jerome",
    "Ramon",
    "Christian",
    "John Paul",
    "Reynaldo",
    "Arnel",
    "Noel",
    "Rommel",
    "Jayson",
    "Edgardo",
    "Marvin",
    "Dante",
)
_PH_GIVEN_F = (
    "Maria Cristina",
    "Jocelyn",
    "Rowena",
    "Mary Grace",
    "Liza",
    "Kristine",
    "Analyn",
    "Maricel",
    "Rosalie",
    "Jennifer",
    "Lorna",
    "Divina",
    "Ma. Teresa",
    "Shiela Mae",
    "Cherry",
    "Imelda",
)
_PH_PLACES = (
    ("Brgy. San Antonio", "Pasig City"),
    ("Brgy. Poblacion", "Makati City"),
    ("Brgy. Lahug", "Cebu City"),
    ("Brgy. Talomo", "Davao City"),
)
_PH_STREETS = ("Rizal St.", "Mabini St.", "Bonifacio Ave.", "Luna St.", "Burgos St.")
_ES_FAMILY = (
    "García",
    "Fernández",
    "López",
    "Martínez",
    "Sánchez",
    "Romero",
    "Navarro",
    "Gil",
    "Rodríguez",
    "González",
    "Pérez",
    "Gómez",
    "Díaz",
    "Moreno",
    "Muñoz",
    "Álvarez",
    "Jiménez",
    "Ruiz",
    "Hernández",
    "Torres",
    "Domínguez",
    "Vázquez",
    "Ramos",
    "Serrano",
)
_ES_GIVEN_M = (
    "José Antonio",
    "Javier",
    "Manuel",
    "Sergio",
    "Francisco Javier",
    "Álvaro",
    "Pablo",
    "Juan Carlos",
    "David",
    "Miguel Ángel",
    "Jorge",
    "Rafael",
    "Alejandro",
    "Luis",
    "Iñaki",
    "Jesús",
)
_ES_GIVEN_F = (
    "María del Carmen",
    "Lucía",
    "Cristina",
    "Nuria",
    "Ana Belén",
    "Marta",
    "Pilar",
    "Laura",
    "Isabel",
    "Montserrat",
    "Rocío",
    "Elena",
    "María José",
    "Raquel",
    "Silvia",
    "Begoña",
)
_ES_STREETS = ("C/ Mayor", "Avda. de la Constitución", "C/ Real", "Pza. de España", "C/ Alcalá")
_ES_PLACES = (
    ("28013", "Madrid", "Madrid"),
    ("41001", "Sevilla", "Sevilla"),
    ("46002", "Valencia", "Valencia"),
    ("08001", "Barcelona", "Barcelona"),
)
_KE_FAMILY = ("Otieno", "Kamau", "Wanjiku", "Mwangi", "Ochieng", "Kiprono", "Njoroge", "Achieng")
_KE_GIVEN_M = ("John", "Peter", "Brian", "Kevin", "Samuel", "Dennis", "Joseph")
_KE_GIVEN_F = ("Grace", "Mercy", "Faith", "Esther", "Mary", "Caroline", "Purity")
_KE_TOWNS = ("Nairobi", "Kisumu", "Mombasa", "Nakuru", "Eldoret", "Thika")
_KE_OBLIGATIONS = ("Income Tax - Resident Individual", "Turnover Tax", "Monthly Rental Income")


def _digits(p: Person, n: int, salt: int = 0) -> str:
    return (p.bhxh[salt:] + p.bhxh[::-1] + p.bhxh)[:n]


def _mod11_br(body: str, weights: tuple[int, ...]) -> str:
    r = sum(int(ch) * w for ch, w in zip(body, weights, strict=True)) % 11
    return "0" if r < 2 else str(11 - r)


def _cpf(p: Person) -> str:
    body = _digits(p, 9)
    d1 = _mod11_br(body, tuple(range(10, 1, -1)))
    d2 = _mod11_br(body + d1, tuple(range(11, 1, -1)))
    return f"{body[:3]}.{body[3:6]}.{body[6:]}-{d1}{d2}"


def _cnpj(p: Person) -> str:
    body = _digits(p, 8, 2) + "0001"
    w1 = (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
    d1 = _mod11_br(body, w1)
    d2 = _mod11_br(body + d1, (6, *w1))
    return f"{body[:2]}.{body[2:5]}.{body[5:8]}/{body[8:]}-{d1}{d2}"


def _pan(p: Person) -> str:
    """An individual's PAN: three letters, P, the surname's initial, four digits, a letter."""
    letters = "".join(chr(65 + int(ch) * 2 + int(p.bhxh[-1]) % 2) for ch in p.bhxh[:3])
    family = _pick(p, _IN_FAMILY, 2)
    return f"{letters}P{family[0]}{p.bhxh[3:7]}{chr(65 + int(p.bhxh[7:9]) % 26)}"


_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _gstin(p: Person) -> str:
    """A GSTIN: the state code, the PAN, the entity number, Z and the mod-36 check character."""
    head = f"{_pick_in(p)[0]}{_pan(p)}1Z"
    total = 0
    for i, ch in enumerate(head):
        prod = _B36.index(ch) * (2 if i % 2 else 1)
        total += prod // 36 + prod % 36
    return head + _B36[(36 - total % 36) % 36]


def _pick_in(p: Person) -> tuple[str, str, str, str]:
    return _IN_STATES[int(p.bhxh) // 5 % len(_IN_STATES)]


def _tin_ph(p: Person) -> str:
    d = _digits(p, 9, 1)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}-{'000' if int(p.bhxh) % 5 else '001'}"


def _nif_es(p: Person) -> str:
    n = int(_digits(p, 8, 1))
    return f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def _kra_pin(p: Person) -> str:
    return f"A{p.phone[2:10]}{p.bhxh[5]}{chr(65 + int(p.bhxh[-2:]) % 26)}"


def _house(p: Person, salt: int = 0) -> int:
    return int(p.bhxh[salt : salt + 4]) % 1200 + 1


WRITERS_BLIND444: dict[str, Callable[[Person, Col], object]] = {
    "trade444": lambda p, c: _pick(p, _VN_TRADES, 2),
    "revenue444": lambda p, c: f"{(_num(p, 90) + 10) * 12_000_000:,}".replace(",", "."),
    "software444": lambda p, c: _pick(p, _VN_SOFTWARE, 3),
    "team444": lambda p, c: _pick(p, _VN_TAX_TEAMS, 4),
    "shop_addr444": lambda p, c: (
        f"Ki-ốt {_num(p, 60)}, Chợ {_pick(p, ('Bà Chiểu', 'Tân Định', 'Bình Tây'), 5)}"
        ", TP. Hồ Chí Minh"
    ),
    "invoice_pattern444": lambda p, c: (
        f"1C26M{'ABCDEFGH'[int(p.bhxh) % 8]}{'ABCDEFGH'[int(p.bhxh) // 8 % 8]}"
    ),
    "employer444": lambda p, c: _pick_emp(p)[0],
    "employer_mst444": lambda p, c: _pick_emp(p)[1],
    "income444": lambda p, c: f"{(_num(p, 400) + 120) * 1_000_000:,}",
    "withheld444": lambda p, c: f"{(_num(p, 80) + 1) * 250_000:,}",
    "dependants444": lambda p, c: str(int(p.bhxh[-1]) % 4),
    "auth_form444": lambda p, c: _pick(p, ("Mẫu 08/UQ-QTT-TNCN", "08/UQ-QTT-TNCN (bản giấy)"), 4),
    "dep_name444": lambda p, c: _other_vn(p, 3, None, p.family),
    "dep_birth444": lambda p, c: f"{_dep_birth(p):%d/%m/%Y}",
    "dep_cccd444": lambda p, c: f"0{_digits(p, 11, 3)}",
    "relation444": lambda p, c: _relation(p),
    "deduct_from444": lambda p, c: f"{int(p.bhxh[-2:]) % 12 + 1:02d}/2026",
    "platform444": lambda p, c: _pick(p, _VN_PLATFORMS, 2),
    "shop_id444": lambda p, c: f"{_pick(p, ('shop', 'store', 'tiemnha'), 3)}{p.bhxh[-6:]}",
    "gmv444": lambda p, c: f"{(_num(p, 900) + 5) * 1_370_000:,}".replace(",", "."),
    "pit444": lambda p, c: f"{(_num(p, 900) + 5) * 6_850:,}".replace(",", "."),
    "vat444": lambda p, c: f"{(_num(p, 900) + 5) * 13_700:,}".replace(",", "."),
    "quarter444": lambda p, c: _pick(p, ("Quy III/2026", "Quy II/2026", "Quy III/2026"), 6),
    "cpf_br444": lambda p, c: _cpf(p),
    "cnpj_br444": lambda p, c: _cnpj(p),
    "br_name444": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}"
        f" {_pick(p, _BR_FAMILY, 3)}"
    ),
    "sex_br444": lambda p, c: "M" if p.male else "F",
    "street_br444": lambda p, c: f"{_pick(p, _BR_STREETS, 4)}, {_house(p)}",
    "city_br444": lambda p, c: _place(p, _BR_CITIES)[0],
    "uf_br444": lambda p, c: _place(p, _BR_CITIES)[1],
    "cep_br444": lambda p, c: f"{p.phone[3:8]}-{p.bhxh[-3:]}",
    "phone_br444": lambda p, c: f"({p.bhxh[:1]}1) 9{p.phone[2:6]}-{p.phone[6:10]}",
    "activity_br444": lambda p, c: _pick(p, _BR_ACTIVITIES, 6),
    "das_br444": lambda p, c: _pick(p, ("Em dia", "Em dia", "DAS em atraso", "Parcelado"), 7),
    "pan_in444": lambda p, c: _pan(p),
    "gstin_in444": lambda p, c: _gstin(p),
    "in_given444": lambda p, c: _by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1),
    "in_family444": lambda p, c: _pick(p, _IN_FAMILY, 2),
    "in_father444": lambda p, c: f"{_pick(p, _IN_GIVEN_M, 4)} {_pick(p, _IN_FAMILY, 2)}",
    "trade_in444": lambda p, c: (
        f"{_pick(p, ('Shree', 'New', 'Sai', 'Om'), 3)}"
        f" {_pick(p, ('Traders', 'Kirana Stores', 'Enterprises'), 5)}"
    ),
    "addr_in444": lambda p, c: (
        f"H.No. {_house(p) % 400 + 1}, {_pick(p, _IN_STREETS, 6)}, {_pick_in(p)[2]}"
    ),
    "state_in444": lambda p, c: _pick_in(p)[1],
    "pin_in444": lambda p, c: f"{_pick_in(p)[3]}{p.phone[4:9]}",
    "phone_in444": lambda p, c: f"+91 9{p.phone[3:7]} {p.phone[7:10]}{p.bhxh[-2:]}",
    "turnover_in444": lambda p, c: f"{(_num(p, 140) + 10) * 100_000:,}",
    "tin_ph444": lambda p, c: _tin_ph(p),
    "ph_family444": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "ph_given444": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 1),
    "ph_middle444": lambda p, c: _pick(p, _PH_FAMILY, 5),
    "addr_ph444": lambda p, c: (
        f"{_house(p) % 300 + 1} {_pick(p, _PH_STREETS, 3)}, {', '.join(_pick_ph(p))}"
    ),
    "rdo_ph444": lambda p, c: _pick(
        p, ("RDO 043 - Pasig", "RDO 047 - East Makati", "RDO 081 - Cebu City North"), 4
    ),
    "phone_ph444": lambda p, c: f"09{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "status_ph444": lambda p, c: _pick(
        p, ("Self-Employed", "Mixed Income Earner", "Professional"), 6
    ),
    "nif_es444": lambda p, c: _nif_es(p),
    "es_given444": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 1),
    "es_ape1_444": lambda p, c: _pick(p, _ES_FAMILY, 2),
    "es_ape2_444": lambda p, c: _pick(p, _ES_FAMILY, 3),
    "street_es444": lambda p, c: (
        f"{_pick(p, _ES_STREETS, 4)}, {_house(p) % 150 + 1},"
        f" {int(p.bhxh[-1]) % 6 + 1}º {'ABCD'[int(p.bhxh[-2]) % 4]}"
    ),
    "cp_es444": lambda p, c: _place(p, _ES_PLACES)[0],
    "muni_es444": lambda p, c: _place(p, _ES_PLACES)[1],
    "prov_es444": lambda p, c: _place(p, _ES_PLACES)[2],
    "phone_es444": lambda p, c: f"6{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "iae_es444": lambda p, c: _pick(p, ("IAE 659.9", "IAE 691.2", "IAE 843.9", "IAE 751.5"), 6),
    "reason_es444": lambda p, c: _pick(
        p, ("Alta (casilla 111)", "Modificación (casilla 122)", "Baja (casilla 150)"), 7
    ),
    "ke_id444": lambda p, c: _digits(p, 8, 2).lstrip("0").rjust(8, "2"),
    "kra_ke444": lambda p, c: _kra_pin(p),
    "ke_name444": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1)} {_pick(p, _KE_FAMILY, 2)}"
        f" {_pick(p, _KE_FAMILY, 3)}"
    ),
    "box_ke444": lambda p, c: (
        f"P.O. Box {_house(p) * 7 % 90000 + 100}-{p.bhxh[4:9]}, {_pick(p, _KE_TOWNS, 4)}"
    ),
    "town_ke444": lambda p, c: _pick(p, _KE_TOWNS, 4),
    "phone_ke444": lambda p, c: f"07{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}",
    "obligation_ke444": lambda p, c: _pick(p, _KE_OBLIGATIONS, 5),
    "station_ke444": lambda p, c: _pick(p, ("Nairobi West", "Kisumu", "Mombasa", "Nakuru"), 6),
    "sex_in444": lambda p, c: "Male" if p.male else "Female",
    "sex_ph444": lambda p, c: "M" if p.male else "F",
    "sex_ke444": lambda p, c: "Male" if p.male else "Female",
}


def _pick_emp(p: Person) -> tuple[str, str]:
    return _VN_EMPLOYERS[int(p.bhxh) // 13 % len(_VN_EMPLOYERS)]


def _pick_ph(p: Person) -> tuple[str, str]:
    return _PH_PLACES[int(p.bhxh) // 17 % len(_PH_PLACES)]


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 19 % len(places)]


def _relation(p: Person) -> str:
    return _pick(p, _VN_RELATIONS, 5)


def _dep_birth(p: Person) -> date:
    """The dependant's birth date: a child born after the taxpayer's 20th year (not after 2025),
    a spouse of about the same age, a parent some 25 years older."""
    rel, n = _relation(p), int(p.bhxh[-3:])
    if rel == "Con":
        year = min(p.birth.year + 20 + n % 15, 2025)
    elif rel in ("Vợ", "Chồng"):
        year = p.birth.year + n % 7 - 3
    else:
        year = p.birth.year - 22 - n % 10
    return _safe_day(year, n % 12 + 1, n % 31 + 1)
