"""How the people of the ninety-second part of the outside corpus (**blind 92**,
:mod:`lienthong.quality._corpus_blind92`) are written: four Vietnamese files' own columns (a
poor household's electricity support, a village officer's defence and security course, a
voluntary social insurance contributor's plan and the state's share, a worker's rent support and
landlord) and Romanian, Hungarian, Czech, Greek and Portuguese names, places, phones and
identity numbers in the forms their registers write them (the CNP, the TAJ number, the személyi
azonosító and the adóazonosító jel, the rodné číslo, the ΑΜΚΑ and ΑΦΜ, the cartão de cidadão
and the NIF)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind44_writers import _cnp
from lienthong.quality._corpus_blind46_writers import (
    _CZ_GIVEN_F,
    _CZ_GIVEN_M,
    _cz_family,
    _rodne_cislo,
    _szemelyi,
    _taj,
)
from lienthong.quality._corpus_blind64_writers import (
    _GR_FAMILY,
    _GR_GIVEN_F,
    _GR_GIVEN_M,
    _afm,
    _amka,
    _cartao,
    _gr_family,
    _nif,
)
from lienthong.quality._corpus_blind85_writers import _items
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_POWER_VILLAGES = ("Thôn Phú Lễ", "Thôn Đông Lâm", "Thôn Tả Hữu", "Thôn Ba Bến", "Xóm Cồn")
_VN_POWER_COMMUNES = ("xã Quảng Phú", "xã Quảng Thọ", "xã Quảng Thành", "xã Quảng An")
_VN_POWER_KINDS = ("Hộ nghèo", "Hộ nghèo", "Hộ CSXH", "Hộ nghèo (DTTS)", "Hộ CSXH")
_VN_POWER_PAY = ("Tiền mặt tại xã", "Tiền mặt tại xã", "Chuyển khoản", "Trừ vào hóa đơn")
#: 30 kWh a month at the first step's price (1.893 đ/kWh)
_POWER_RATE = 56_790
_VN_ETHNIC = ("Kinh", "Kinh", "Tày", "Nùng", "Dao", "Kinh", "H'Mông")
_VN_POSTS = _items(
    "Bí thư chi bộ thôn; Trưởng thôn; Công an viên; Thôn đội trưởng; Chi hội trưởng PN; "
    "Bí thư chi đoàn; Trưởng ban CTMT thôn"
)
_VN_WORKPLACES = _items("Thôn Nà Lẹng; Thôn Bản Chang; Tổ dân phố 3; Thôn Cốc Phường; Thôn Nà Hán")
_VN_HOMETOWNS = ("Cao Bằng", "Hòa An, Cao Bằng", "Quảng Hòa, Cao Bằng", "Trùng Khánh", "Nam Định")
_VN_CB_COMMUNES = ("xã Hưng Đạo", "xã Bạch Đằng", "xã Nam Tuấn", "TT. Nước Hai", "xã Đức Long")
_VN_DN_COMMUNES = ("xã Hòa Phú", "xã Hòa Tiến", "xã Hòa Khương", "xã Hòa Phong", "xã Hòa Nhơn")
_VN_COURSES = ("ĐT4 - Khóa 1/2025", "ĐT4 - Khóa 2/2025", "ĐT4 - Khóa 1/2024")
_VN_METHODS = ("Hằng tháng", "3 tháng", "6 tháng", "12 tháng", "Hằng tháng", "12 tháng")
#: (group, share of 22% of the rural poverty line the state pays)
_VN_VS_GROUPS = (
    ("Đối tượng khác", 20),
    ("Hộ nghèo", 50),
    ("Hộ cận nghèo", 40),
    ("Người DTTS", 50),
    ("Đối tượng khác", 20),
)
_VN_AGENTS = _items(
    "Bưu điện xã Hòa Phú; Đại lý thu UBND xã Hòa Tiến; Bưu điện VH xã Hòa Khương; "
    "Đại lý thu Viettel Post"
)
_VN_COLLECTORS = ("Lê Thị Hồng Nhung", "Trần Văn Quý", "Phạm Thị Thu Hà", "Nguyễn Hữu Lộc")
_VN_CONTRACTS = ("Không xác định thời hạn", "Xác định thời hạn 36 tháng", "XĐTH 12 tháng")
_VN_DEPTS = ("Tổ may 3", "Tổ cắt", "Chuyền 12", "Kho thành phẩm", "Tổ hoàn thiện", "QC")
_VN_ROOMS = (
    ("khu phố Bình Đức 1", "phường Bình Hòa", "TP. Thuận An"),
    ("khu phố Đông Tân", "phường Dĩ An", "TP. Dĩ An"),
    ("khu phố Nhị Đồng 2", "phường Dĩ An", "TP. Dĩ An"),
    ("khu phố Hòa Lân 1", "phường Thuận Giao", "TP. Thuận An"),
)
_VN_RENT_MONTHS = (("4, 5, 6/2022", 3), ("4, 5/2022", 2), ("04/2022", 1), ("5, 6/2022", 2))
_VN_BANKS = ("Agribank", "Vietcombank", "BIDV", "VietinBank", "Sacombank")

_RO_FAMILY = ("Ciobanu", "Rusu", "Lungu", "Cojocaru", "Apostol", "Bălan", "Ursu", "Țurcanu")
_RO_GIVEN_M = ("Constantin", "Vasile", "Bogdan", "Costel", "Ionuț", "Florin", "Marius")
_RO_GIVEN_F = ("Maria", "Elena", "Gabriela", "Mihaela", "Loredana", "Ionela", "Petronela")
#: (street and number, locality) in Iaşi county
_RO_PLACES = (
    ("Str. Păcurari nr. 45, bl. 530, sc. B, et. 3, ap. 12", "Iași"),
    ("Șos. Nicolina nr. 128, bl. 943, sc. A, ap. 4", "Iași"),
    ("Str. Principală nr. 211", "Tomești"),
    ("Str. Ștefan cel Mare nr. 17", "Pașcani"),
    ("Bd. Tudor Vladimirescu nr. 30, bl. T8, ap. 21", "Iași"),
    ("Str. Livezilor nr. 6", "Valea Lupului"),
)
_RO_JOBS = (
    ("821201", "Operator montaj subansamble"),
    ("932901", "Muncitor necalificat la ambalarea produselor"),
    ("251201", "Programator"),
    ("432102", "Gestionar depozit"),
    ("832201", "Șofer autocamion"),
    ("411001", "Funcționar administrativ"),
)
_RO_STATES = ("Activ", "Activ", "Activ", "Suspendat (CIC)", "Încetat")

_HU_FAMILY = ("Balogh", "Lakatos", "Oláh", "Rácz", "Kovács", "Farkas", "Szűcs", "Molnár")
_HU_GIVEN_M = ("Béla", "Attila", "Sándor", "Tibor", "Gyula", "Csaba", "Győző")
_HU_GIVEN_F = ("Erika", "Mónika", "Ilona", "Anita", "Zsófia", "Krisztina", "Ildikó")
#: (postcode, settlement, street and number) in Borsod-Abaúj-Zemplén
_HU_PLACES = (
    ("3860", "Encs", "Petőfi Sándor utca 12."),
    ("3800", "Szikszó", "Kassai út 41."),
    ("3780", "Edelény", "Borsodi út 7/A"),
    ("3700", "Kazincbarcika", "Egressy Béni út 22. 3/9."),
    ("3600", "Ózd", "Vasvári út 88."),
    ("3630", "Putnok", "Kossuth Lajos utca 105."),
)
_HU_BIRTHPLACES = ("Miskolc", "Kazincbarcika", "Ózd", "Edelény", "Encs", "Budapest")
_HU_JOBS = (
    ("9310", "Egyéb, máshova nem sorolható segédmunkás"),
    ("9233", "Mezőgazdasági, erdészeti segédmunkás"),
    ("9322", "Kézi csomagoló"),
    ("5249", "Hivatalsegéd"),
    ("9225", "Parkgondozó"),
)
_HU_PROGRAMS = _items(
    "Hosszabb időtartamú közfoglalkoztatás; Start mintaprogram - mezőgazdaság; "
    "Start mintaprogram - belterületi utak; Országos közfoglalkoztatási program"
)
_HU_BOSSES = ("Tóth Gáborné", "Kiss Ferenc", "Juhász Lajos", "Varga Istvánné")

_CZ_TITLES = ("", "", "Ing.", "", "Mgr.", "", "Bc.", "MUDr.")
#: (street, district of Brno, PSČ)
_CZ_PLACES = (
    ("Cejl 48", "Brno-střed", "602 00"),
    ("Vranovská 87", "Brno-sever", "614 00"),
    ("Štefánikova 21", "Královo Pole", "612 00"),
    ("Horácké nám. 8", "Brno-Řečkovice a Mokrá Hora", "621 00"),
    ("Kotlářská 40", "Brno-střed", "602 00"),
    ("Holzova 5", "Brno-Líšeň", "628 00"),
)
_CZ_SIZES = (("1+kk", 28), ("1+1", 36), ("2+1", 54), ("2+kk", 47), ("3+1", 72))

_GR_FATHERS = ("Γεώργιος", "Ιωάννης", "Αθανάσιος", "Χρήστος", "Ευάγγελος", "Στυλιανός")
#: (street and number, postcode, municipal unit) in the municipality of Pavlos Melas
_GR_PLACES = (
    ("Αγίου Δημητρίου 45", "565 33", "Πολίχνης"),
    ("Κ. Καραμανλή 112", "564 30", "Σταυρούπολης"),
    ("Λαγκαδά 230", "564 29", "Ευκαρπίας"),
    ("Ανδριανουπόλεως 17", "565 33", "Πολίχνης"),
    ("Ζαχαρίου 6", "564 30", "Σταυρούπολης"),
)
_GR_CATEGORIES = _items(
    "Μοναχικό άτομο; Ηλικιωμένος μη αυτοεξυπηρετούμενος; ΑμεΑ (67% και άνω); Μοναχικό άτομο; "
    "Ζευγάρι ηλικιωμένων"
)
_GR_INSURERS = ("e-ΕΦΚΑ (πρ. ΙΚΑ)", "e-ΕΦΚΑ (πρ. ΟΓΑ)", "e-ΕΦΚΑ (πρ. ΟΑΕΕ)", "Ανασφάλιστος")
_GR_SERVICES = _items(
    "Νοσηλευτική φροντίδα; Οικογενειακή βοήθεια; Νοσηλευτική φροντίδα, Οικογενειακή βοήθεια; "
    "Κοινωνική υποστήριξη"
)
_GR_STAFF = ("Κοιν. Λειτ. Μ. Αλεξίου", "Νοσηλ. Ε. Χατζηγεωργίου", "Κοιν. Λειτ. Δ. Τσολάκη")

_PT_FAMILY = ("Sousa", "Pinto", "Teixeira", "Moreira", "Carvalho", "Lopes", "Monteiro", "Barbosa")
_PT_GIVEN_M = ("Manuel", "José Augusto", "Joaquim", "Fernando", "Albino", "Armando")
_PT_GIVEN_F = ("Maria Fernanda", "Rosa", "Albertina", "Maria do Céu", "Glória", "Ermelinda")
#: (morada, código postal, freguesia) in Porto
_PT_PLACES = (
    ("Rua de Santa Catarina, 512, 3.º Esq.", "4000-447", "Bonfim"),
    ("Rua do Heroísmo, 88, R/C", "4300-256", "Campanhã"),
    ("Rua de Costa Cabral, 1340, 2.º Dto.", "4200-211", "Paranhos"),
    ("Bairro do Aleixo, Bloco 2, Ent. 14, 5.º", "4150-045", "Lordelo do Ouro e Massarelos"),
    ("Rua Álvaro Castelões, 219", "4450-044", "Ramalde"),
)
_PT_SITUATIONS = ("Reformado(a)", "Pensionista de sobrevivência", "Reformado(a)", "Pensão social")
_PT_BENEFITS = _items(
    "Andante (desconto); Farmácia 50%; Teleassistência; Andante (desconto) + Farmácia 50%"
)


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _spaced(amount: int) -> str:
    return f"{amount:,}".replace(",", " ")


def _power_address(p: Person) -> str:
    return (
        f"{_pick(p, _VN_POWER_VILLAGES, 3)}, {_pick(p, _VN_POWER_COMMUNES, 4)},"
        " huyện Quảng Trạch, tỉnh Quảng Bình"
    )


def _cao_bang_address(p: Person) -> str:
    village = _pick(p, _VN_WORKPLACES, 6)
    return f"{village}, {_pick(p, _VN_CB_COMMUNES, 7)}, tỉnh Cao Bằng"


def _da_nang_address(p: Person) -> str:
    village = f"Thôn {_pick(p, ('Phước Hưng', 'La Bông', 'Dương Sơn', 'Cẩm Nê', 'Gò Hà'), 3)}"
    return f"{village}, {_pick(p, _VN_DN_COMMUNES, 4)}, huyện Hòa Vang, TP. Đà Nẵng"


def _power_months(p: Person) -> int:
    return 3 if int(p.bhxh) % 4 else 6


def _vs_group(p: Person) -> tuple[str, int]:
    return _VN_VS_GROUPS[int(p.bhxh) // 17 % len(_VN_VS_GROUPS)]


def _vs_income(p: Person) -> int:
    return 1_500_000 + 50_000 * (_num(p, 40) - 1)


def _vs_months(p: Person) -> int:
    method = _pick(p, _VN_METHODS, 5)
    return 1 if method == "Hằng tháng" else int(method.split()[0])


def _vs_due(p: Person) -> int:
    """22% of the chosen income, less the state's share of 22% of 1.5 million, per month."""
    support = 330_000 * _vs_group(p)[1] // 100
    return (_vs_income(p) * 22 // 100 - support) * _vs_months(p)


def _room_address(p: Person) -> str:
    quarter, ward, city = _VN_ROOMS[int(p.bhxh) // 9 % len(_VN_ROOMS)]
    return f"Phòng {_num(p, 24)}, dãy trọ {_other_vn(p, 7)}, {quarter}, {ward}, {city}, Bình Dương"


def _rent_months(p: Person) -> tuple[str, int]:
    return _VN_RENT_MONTHS[int(p.bhxh) // 5 % len(_VN_RENT_MONTHS)]


def _ro(p: Person) -> tuple[str, str]:
    return _RO_PLACES[int(p.bhxh) // 9 % len(_RO_PLACES)]


def _ro_job(p: Person) -> tuple[str, str]:
    return _RO_JOBS[int(p.bhxh) // 13 % len(_RO_JOBS)]


def _ro_phone(p: Person) -> str:
    if int(p.bhxh) % 5 == 0:
        return f"0232 {p.phone[4:7]} {p.phone[7:10]}"
    return f"07{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}"


def _ro_salary(p: Person) -> str:
    return _dotted(
        4_050 + 50 * _num(p, 60) if _ro_job(p)[0] != "251201" else 9_500 + _num(p, 9) * 500
    )


def _hu(p: Person) -> tuple[str, str, str]:
    return _HU_PLACES[int(p.bhxh) // 9 % len(_HU_PLACES)]


def _hu_name(p: Person) -> str:
    return f"{_pick(p, _HU_FAMILY, 2)} {_by_sex(p, _HU_GIVEN_M, _HU_GIVEN_F, 1)}"


def _adoazonosito(p: Person) -> str:
    """A Hungarian adóazonosító jel: 8, the days from 1 January 1867 to the birth, a serial, and
    the digit of the 1..9 weighted sum modulo 11 (a serial giving 10 is skipped)."""
    days = (p.birth - date(1867, 1, 1)).days
    for bump in range(11):
        head = f"8{days:05d}{(int(p.bhxh[-3:]) + bump) % 1000:03d}"
        check = sum(int(d) * w for d, w in zip(head, range(1, 10), strict=True)) % 11
        if check < 10:
            return head + str(check)
    return head + "0"


def _hu_szemelyi(p: Person) -> str:
    text = _szemelyi(p)
    return f"{text[0]}-{text[1:7]}-{text[7:]}"


def _hu_phone(p: Person) -> str:
    return f"06-{_pick(p, ('20', '30', '70', '30'), 4)}/{p.phone[3:6]}-{p.phone[6:10]}"


def _hu_date(d: date) -> str:
    return f"{d:%Y. %m. %d.}"


def _hu_end(p: Person) -> str:
    return _hu_date(p.other_date + timedelta(days=30 * (4 + _num(p, 8)) - 1))


def _cz(p: Person) -> tuple[str, str, str]:
    return _CZ_PLACES[int(p.bhxh) // 9 % len(_CZ_PLACES)]


def _cz_size(p: Person) -> tuple[str, int]:
    return _CZ_SIZES[int(p.bhxh) // 7 % len(_CZ_SIZES)]


def _cz_area(p: Person) -> str:
    return f"{_cz_size(p)[1] + _num(p, 6)},{p.bhxh[-1]}"


def _cz_rent(p: Person) -> str:
    return _spaced((_cz_size(p)[1] + _num(p, 6)) * (98 + _num(p, 40)))


def _cz_email(p: Person) -> str:
    given = _ascii(_by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F, 1)).lower()
    return f"{given}.{_ascii(_cz_family(p)).lower()}@{_pick(p, ('seznam.cz', 'email.cz'), 3)}"


def _cz_until(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return "neurčito"
    return f"{_shift_date(p.other_date, 2) - timedelta(days=1):%d.%m.%Y}"


def _gr(p: Person) -> tuple[str, str, str]:
    return _GR_PLACES[int(p.bhxh) // 9 % len(_GR_PLACES)]


def _gr_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"69{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[0]}"
    return f"2310 {p.phone[4:10]}"


def _gr_kin(p: Person) -> str:
    """A relative to call: the family's name in the relative's gender, the relation after."""
    kin_male = int(p.bhxh[-3]) % 2 == 0
    given = _pick(p, _GR_GIVEN_M if kin_male else _GR_GIVEN_F, 8)
    pair = _GR_FAMILY[int(p.bhxh) // 23 % len(_GR_FAMILY)]
    relation = _pick(p, ("γιος", "ανιψιός") if kin_male else ("κόρη", "νύφη", "ανιψιά"), 9)
    return f"{pair[0] if kin_male else pair[1]} {given} ({relation})"


def _pt(p: Person) -> tuple[str, str, str]:
    return _PT_PLACES[int(p.bhxh) // 9 % len(_PT_PLACES)]


def _pt_name(p: Person) -> str:
    given = _by_sex(p, _PT_GIVEN_M, _PT_GIVEN_F, 1)
    return f"{given} {_pick(p, _PT_FAMILY, 3)} {_pick(p, _PT_FAMILY, 2)}"


def _pt_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"22 {p.phone[3:6]} {p.phone[6:10]}"
    return f"9{_pick(p, ('1', '2', '3', '6'), 4)}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"


def _pt_contact(p: Person) -> str:
    female = int(p.bhxh) % 2 == 1
    given = _pick(p, _PT_GIVEN_F if female else _PT_GIVEN_M, 6)
    relations = ("filha", "vizinha", "sobrinha") if female else ("filho", "vizinho", "sobrinho")
    relation = _pick(p, relations, 7)
    return f"{given} {_pick(p, _PT_FAMILY, 2)} ({relation}) 9{p.bhxh[::-1][:8]}"


WRITERS_BLIND92: dict[str, Callable[[Person, Col], object]] = {
    "power_addr92": lambda p, c: _power_address(p),
    "power_cust92": lambda p, c: f"PC02HH0{int(p.bhxh) * 7919 % 10**6:06d}",
    "power_kind92": lambda p, c: _pick(p, _VN_POWER_KINDS, 5),
    "power_months92": lambda p, c: str(_power_months(p)),
    "power_rate92": lambda p, c: _dotted(_POWER_RATE),
    "power_total92": lambda p, c: _dotted(_POWER_RATE * _power_months(p)),
    "power_pay92": lambda p, c: _pick(p, _VN_POWER_PAY, 6),
    "proxy92": lambda p, c: "" if int(p.bhxh) % 4 else _other_vn(p, 8, None, p.family),
    "none92": lambda p, c: "",
    "ethnic92": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "post92": lambda p, c: _pick(p, _VN_POSTS, 3),
    "workplace92": lambda p, c: _pick(p, _VN_WORKPLACES, 4),
    "hometown92": lambda p, c: _pick(p, _VN_HOMETOWNS, 5),
    "course92": lambda p, c: _pick(p, _VN_COURSES, 6),
    "score92": lambda p, c: f"{4 + _num(p, 5)},{_pick(p, ('0', '5', '2', '8'), 7)}",
    "grade92": lambda p, c: "Giỏi" if _num(p, 5) >= 4 else "Khá" if _num(p, 5) >= 3 else "Đạt",
    "cb_addr92": lambda p, c: _cao_bang_address(p),
    "dn_addr92": lambda p, c: _da_nang_address(p),
    "cert92": lambda p, c: f"{_num(p, 900):04d}/CC-QPAN",
    "vs_method92": lambda p, c: _pick(p, _VN_METHODS, 5),
    "vs_income92": lambda p, c: _dotted(_vs_income(p)),
    "vs_group92": lambda p, c: _vs_group(p)[0],
    "vs_share92": lambda p, c: f"{_vs_group(p)[1]}%",
    "vs_due92": lambda p, c: _dotted(_vs_due(p)),
    "vs_from92": lambda p, c: f"{p.other_date:%m/%Y}",
    "agent92": lambda p, c: _pick(p, _VN_AGENTS, 6),
    "collector92": lambda p, c: _pick(p, _VN_COLLECTORS, 7),
    "contract92": lambda p, c: _pick(p, _VN_CONTRACTS, 3),
    "dept92": lambda p, c: _pick(p, _VN_DEPTS, 4),
    "room_addr92": lambda p, c: _room_address(p),
    "landlord92": lambda p, c: _other_vn(p, 7),
    "landlord_phone92": lambda p, c: _other_phone(p, "0274"),
    "start92": lambda p, c: f"{_shift_date(p.other_date, -4 - int(p.bhxh) % 5):%d/%m/%Y}",
    "rent_month92": lambda p, c: _rent_months(p)[0],
    "rent_amount92": lambda p, c: _dotted(500_000 * _rent_months(p)[1]),
    "account92": lambda p, c: f"{p.bhxh[::-1]}{p.bhxh[:3]}",
    "bank92": lambda p, c: _pick(p, _VN_BANKS, 6),
    "ro_family92": lambda p, c: _pick(p, _RO_FAMILY, 2).upper(),
    "ro_given92": lambda p, c: _by_sex(p, _RO_GIVEN_M, _RO_GIVEN_F, 1),
    "cnp_ro92": lambda p, c: _cnp(p),
    "sex_ro92": lambda p, c: "M" if p.male else "F",
    "citizen_ro92": lambda p, c: _pick(p, ("română", "română", "română", "moldovenească"), 3),
    "ci_ro92": lambda p, c: f"CI {_pick(p, ('MX', 'MZ', 'IZ'), 4)} {p.bhxh[2:8]}",
    "addr_ro92": lambda p, c: f"{_ro(p)[0]}, {_ro(p)[1]}, jud. Iași",
    "phone_ro92": lambda p, c: _ro_phone(p),
    "cor_ro92": lambda p, c: _ro_job(p)[0],
    "job_ro92": lambda p, c: _ro_job(p)[1],
    "contract_ro92": lambda p, c: f"{_num(p, 900)}/{p.other_date:%d.%m.%Y}",
    "start_ro92": lambda p, c: f"{p.other_date + timedelta(days=1 + _num(p, 6)):%d.%m.%Y}",
    "term_ro92": lambda p, c: _pick(p, ("Nedeterminată", "Nedeterminată", "Determinată"), 5),
    "norm_ro92": lambda p, c: _pick(p, ("8", "8", "8", "4", "6"), 6),
    "salary_ro92": lambda p, c: _ro_salary(p),
    "state_ro92": lambda p, c: _pick(p, _RO_STATES, 7),
    "hu_name92": lambda p, c: _hu_name(p),
    "hu_mother92": lambda p, c: f"{_pick(p, _HU_FAMILY, 5)} {_pick(p, _HU_GIVEN_F, 6)}",
    "hu_birthplace92": lambda p, c: _pick(p, _HU_BIRTHPLACES, 4),
    "sex_hu92": lambda p, c: "férfi" if p.male else "nő",
    "taj_hu92": lambda p, c: _taj(p),
    "adoaz_hu92": lambda p, c: _adoazonosito(p),
    "szemazon_hu92": lambda p, c: _hu_szemelyi(p),
    "irsz_hu92": lambda p, c: _hu(p)[0],
    "telepules_hu92": lambda p, c: _hu(p)[1],
    "utca_hu92": lambda p, c: _hu(p)[2],
    "phone_hu92": lambda p, c: _hu_phone(p),
    "feor_hu92": lambda p, c: _HU_JOBS[int(p.bhxh) // 13 % len(_HU_JOBS)][0],
    "munkakor_hu92": lambda p, c: _HU_JOBS[int(p.bhxh) // 13 % len(_HU_JOBS)][1],
    "program_hu92": lambda p, c: _pick(p, _HU_PROGRAMS, 5),
    "end_hu92": lambda p, c: _hu_end(p),
    "ber_hu92": lambda p, c: _pick(p, ("100 640 Ft", "100 640 Ft", "129 570 Ft", "110 700 Ft"), 6),
    "bank_hu92": lambda p, c: f"11773360-{p.bhxh[:8]}-00000000",
    "boss_hu92": lambda p, c: _pick(p, _HU_BOSSES, 7),
    "smlouva_cz92": lambda p, c: f"NS/{p.other_date.year}/{_num(p, 800):04d}",
    "cz_family92": lambda p, c: _cz_family(p),
    "cz_given92": lambda p, c: _by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F, 1),
    "titul_cz92": lambda p, c: _pick(p, _CZ_TITLES, 3),
    "rc_cz92": lambda p, c: _rodne_cislo(p),
    "ulice_cz92": lambda p, c: _cz(p)[0],
    "byt_cz92": lambda p, c: f"{_num(p, 4)}.{p.bhxh[-2:]}",
    "mc_cz92": lambda p, c: _cz(p)[1],
    "obec_cz92": lambda p, c: "Brno",
    "psc_cz92": lambda p, c: _cz(p)[2],
    "velikost_cz92": lambda p, c: _cz_size(p)[0],
    "plocha_cz92": lambda p, c: _cz_area(p),
    "najem_cz92": lambda p, c: _cz_rent(p),
    "zalohy_cz92": lambda p, c: _spaced(1_200 + 150 * _num(p, 20)),
    "osob_cz92": lambda p, c: str(_num(p, 5)),
    "do_cz92": lambda p, c: _cz_until(p),
    "dluh_cz92": lambda p, c: "0" if int(p.bhxh) % 5 else _spaced(_num(p, 90) * 1_000),
    "phone_cz92": lambda p, c: (
        f"+420 {_pick(p, ('6', '7'), 4)}{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[1]}"
    ),
    "email_cz92": lambda p, c: _cz_email(p),
    "gr_family92": lambda p, c: _gr_family(p),
    "gr_given92": lambda p, c: _by_sex(p, _GR_GIVEN_M, _GR_GIVEN_F, 1),
    "gr_father92": lambda p, c: _pick(p, _GR_FATHERS, 4),
    "sex_gr92": lambda p, c: "Άρρεν" if p.male else "Θήλυ",
    "amka_gr92": lambda p, c: _amka(p),
    "afm_gr92": lambda p, c: _afm(p),
    "odos_gr92": lambda p, c: _gr(p)[0],
    "tk_gr92": lambda p, c: _gr(p)[1],
    "de_gr92": lambda p, c: _gr(p)[2],
    "phone_gr92": lambda p, c: _gr_phone(p),
    "cat_gr92": lambda p, c: _pick(p, _GR_CATEGORIES, 5),
    "insurer_gr92": lambda p, c: _pick(p, _GR_INSURERS, 6),
    "pension_gr92": lambda p, c: f"{380 + _num(p, 500)},{p.bhxh[-2:]}",
    "services_gr92": lambda p, c: _pick(p, _GR_SERVICES, 7),
    "kin_gr92": lambda p, c: _gr_kin(p),
    "kin_phone_gr92": lambda p, c: f"69{p.bhxh[-1]} {p.bhxh[:3]} {p.bhxh[3:7]}",
    "staff_gr92": lambda p, c: _pick(p, _GR_STAFF, 8),
    "card_pt92": lambda p, c: f"CS{p.other_date.year % 100}-{_num(p, 9000):05d}",
    "pt_name92": lambda p, c: _pt_name(p),
    "sex_pt92": lambda p, c: "M" if p.male else "F",
    "cc_pt92": lambda p, c: _cartao(p).replace(" ", ""),
    "cc_val_pt92": lambda p, c: f"{_shift_date(p.other_date, 5 + int(p.bhxh) % 5):%d-%m-%Y}",
    "nif_pt92": lambda p, c: _nif(p),
    "sns_pt92": lambda p, c: f"{1 + int(p.bhxh[-1]) % 3}{p.bhxh[::-1][1:9]}",
    "morada_pt92": lambda p, c: _pt(p)[0],
    "cp_pt92": lambda p, c: _pt(p)[1],
    "loc_pt92": lambda p, c: "Porto",
    "freg_pt92": lambda p, c: _pt(p)[2],
    "phone_pt92": lambda p, c: _pt_phone(p),
    "sit_pt92": lambda p, c: _pick(p, _PT_SITUATIONS, 5),
    "rend_pt92": lambda p, c: f"{310 + _num(p, 600)},{p.bhxh[-2:]}",
    "benef_pt92": lambda p, c: _pick(p, _PT_BENEFITS, 6),
    "contact_pt92": lambda p, c: _pt_contact(p),
}


__all__ = ["WRITERS_BLIND92"]
