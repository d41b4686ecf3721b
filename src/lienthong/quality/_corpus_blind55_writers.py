"""How the people of the fifty-fifth part of the outside corpus (**blind 55**,
:mod:`lienthong.quality._corpus_blind55`) are written: four Vietnamese files' own columns (a
household's garbage-collection fee, a house's construction permit with its plot and contractor,
an old person living alone and the relative who looks in on them, a driving-school student's
licence class and course) and Azorean, Sicilian, Tamil, Guadeloupean and Caymanian names,
addresses, phones and identity numbers in the forms their cards show (the Portuguese NIF's mod-11
digit and the NISS's weighted digit, the Italian codice fiscale built from the name, birth date
and Belfiore code with its check letter, the Aadhaar's Verhoeff digit, the French NIR's key of 97
for a birth in Guadeloupe)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_TO_DP = ("Tổ 1", "Tổ 3", "Tổ 5", "Tổ 7", "Tổ 12", "Tổ 14", "KP 2, Tổ 4")
_VN_FEE_NOTES = ("", "Nộp cả năm", "Hộ kinh doanh ăn uống", "Nợ 2 tháng", "", "Hộ nghèo - miễn")
_VN_PLOTS = (
    "Đường số 9, Khu phố 4, Phường Linh Xuân",
    "Hẻm 230 Lã Xuân Oai, Phường Long Trường",
    "Đường Tam Đa, Phường Long Phước",
    "KDC Nam Hòa, Phường Phước Long",
    "Đường Nguyễn Duy Trinh, Phường Bình Trưng",
)
_VN_BUILDERS = (
    "Cty TNHH XD Phú Hưng Thịnh",
    "Cty CP Tư vấn & Xây dựng Nhà Việt",
    "Tự xây (chủ nhà tự tổ chức)",
    "Cty TNHH Xây dựng An Khang",
    "DNTN Xây dựng Thành Đạt",
)
_VN_HEALTH = ("Yếu, đi lại khó", "Bình thường", "Bệnh mãn tính (HA)", "Liệt nửa người", "Khá")
_VN_KIN = ("Cháu ruột", "Con gái (ở xa)", "Em trai", "Cháu gọi bằng cô", "Hàng xóm", "Con trai")
_VN_CLASSES = ("B (số tự động)", "B", "C1", "A1", "C", "B2 cũ -> B")
_VN_TEACHERS = ("Trần Văn Hải", "Lê Minh Tâm", "Phạm Quốc Bảo", "Nguyễn Thanh Sơn")

_PT_FAMILY = ("Medeiros", "Pacheco", "Furtado", "Cabral", "Raposo", "Botelho", "Resendes")
_PT_GIVEN_M = ("José Manuel", "João Paulo", "António", "Manuel Jacinto", "Rui Miguel")
_PT_GIVEN_F = ("Maria da Conceição", "Ana Paula", "Fátima", "Maria de Lurdes", "Isabel")
_PT_PLACES = (
    ("Rua de São João, n.º 42", "9500-107", "Ponta Delgada"),
    ("Canada do Pilar, 7", "9560-414", "Lagoa"),
    ("Rua da Sé, 115, 1.º Esq.", "9700-191", "Angra do Heroísmo"),
    ("Largo do Infante, 3", "9900-014", "Horta"),
    ("Rua Direita, 28", "9680-115", "Vila Franca do Campo"),
    ("Caminho da Levada, 12", "9600-516", "Ribeira Grande"),
)
_IT_FAMILY = ("Russo", "Lo Bianco", "Caruso", "Messina", "Greco", "Di Stefano", "La Rosa")
_IT_GIVEN_M = ("Salvatore", "Giuseppe", "Antonino", "Calogero", "Rosario", "Carmelo")
_IT_GIVEN_F = ("Rosalia", "Giuseppina", "Carmela", "Concetta", "Agata", "Santina")
#: (comune, sigla, Belfiore code)
_IT_BIRTH = (
    ("Palermo", "PA", "G273"),
    ("Catania", "CT", "C351"),
    ("Messina", "ME", "F158"),
    ("Agrigento", "AG", "A089"),
    ("Trapani", "TP", "L331"),
    ("Siracusa", "SR", "I754"),
    ("Caltanissetta", "CL", "B429"),
)
_IT_PLACES = (
    ("Via Maqueda 214", "90133", "Palermo", "PA"),
    ("Corso Italia 55, int. 3", "95129", "Catania", "CT"),
    ("Via Garibaldi 18", "98122", "Messina", "ME"),
    ("Viale della Vittoria 7", "91100", "Trapani", "TP"),
    ("Via Roma 301", "92100", "Agrigento", "AG"),
    ("Piazza Duomo 4", "96100", "Siracusa", "SR"),
)
_TN_GIVEN_M = ("Murugan", "Selvaraj", "Arumugam", "Ramasamy", "Palanisamy", "Subramani")
_TN_GIVEN_F = ("Lakshmi", "Meenakshi", "Pushpa", "Kaliammal", "Saraswathi", "Vasantha")
_TN_FATHERS = ("Kandasamy", "Periyasamy", "Muthusamy", "Velusamy", "Rajendran", "Chinnasamy")
_TN_PLACES = (
    ("3/45, Mariamman Kovil Street, Thiruvallur Village, Thanjavur Taluk", "Thanjavur", "613005"),
    ("12, Pillaiyar Kovil St, Kallikudi, Tirumangalam Taluk", "Madurai", "625706"),
    ("No. 7, Gandhi Nagar 2nd Street, Perur Taluk", "Coimbatore", "641010"),
    ("1/102, Main Road, Vadakkupatti, Sivakasi Taluk", "Virudhunagar", "626189"),
    ("22, East Car Street, Srirangam, Tiruchirappalli Taluk", "Tiruchirappalli", "620006"),
)
_GP_FAMILY = ("Jean-Baptiste", "Lubin", "Céleste", "Bélair", "Théodore", "Nestor", "Sainte-Rose")
_GP_GIVEN_M = ("Jean-Claude", "Rosan", "Serge", "Max", "Léonce", "Daniel")
_GP_GIVEN_F = ("Marie-Josée", "Gilberte", "Paulette", "Huguette", "Marie-Line", "Ginette")
#: (commune of birth, its INSEE code)
_GP_BIRTH = (
    ("Pointe-à-Pitre", "97120"),
    ("Basse-Terre", "97105"),
    ("Les Abymes", "97101"),
    ("Le Moule", "97117"),
    ("Capesterre-Belle-Eau", "97107"),
    ("Sainte-Anne", "97128"),
)
_GP_PLACES = (
    ("Résidence Les Flamboyants, Bât. C, appt 12", "97139", "Les Abymes"),
    ("12 rue Frébault", "97110", "Pointe-à-Pitre"),
    ("Lotissement Bel-Air, lot 14", "97122", "Baie-Mahault"),
    ("Section Boisvin", "97160", "Le Moule"),
    ("45 rue du Docteur Cabre", "97100", "Basse-Terre"),
    ("Chemin de Montauban", "97190", "Le Gosier"),
)
_KY_FAMILY = ("Ebanks", "Bodden", "McLaughlin", "Connolly", "Powery", "Whittaker", "Tibbetts")
_KY_GIVEN_M = ("Delroy", "Kirkland", "Wendell", "Osbourne", "Tristan", "Alden")
_KY_GIVEN_F = ("Verna", "Lucille", "Shenelle", "Mitzi", "Dahlia", "Kayla")
_KY_PLACES = (
    ("21 Crewe Road", "George Town", "KY1-1104"),
    ("Birch Tree Hill Road, West Bay", "West Bay", "KY1-1401"),
    ("112 Shamrock Road", "Bodden Town", "KY1-1601"),
    ("Rum Point Drive", "North Side", "KY1-1701"),
    ("Sea View Road", "East End", "KY1-1801"),
    ("West End Road", "Cayman Brac", "KY2-2001"),
)


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 13 % len(places)]


def _unit(p: Person, index: int) -> str:
    """One unit of the person's Vietnamese address (``1`` the ward, ``2`` the city)."""
    return p.address.split(", ")[index]


def _fee(p: Person) -> tuple[int, int]:
    """A household's monthly rate (đồng) and the months it paid for."""
    rate = (40_000, 40_000, 60_000, 150_000)[int(p.bhxh) // 34 % 4]
    return rate, (3, 6, 12, 1)[int(p.bhxh) // 45 % 4]


def _paid(p: Person) -> str:
    rate, months = _fee(p)
    return f"{rate * months:,}".replace(",", ".")


def _nif(p: Person) -> str:
    """A Portuguese NIF: nine digits (1 or 2 first for a person), the last ``11 - sum % 11``
    over weights 9..2, read as 0 where it would be 10 or 11."""
    head = f"{1 + int(p.bhxh) % 2}{p.bhxh[1:8]}"
    rest = 11 - sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
    return f"{head}{0 if rest >= 10 else rest}"


def _niss(p: Person) -> str:
    """A Portuguese NISS: eleven digits, the last ``9 - sum % 10`` over prime weights."""
    head = f"1{p.bhxh[3:]}{p.phone[-2:]}"
    weights = (29, 23, 19, 17, 13, 11, 7, 5, 3, 2)
    return f"{head}{9 - sum(int(d) * w for d, w in zip(head, weights, strict=True)) % 10}"


def _plain(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if ch.isalpha()).upper()


def _cf_part(text: str, name: bool) -> str:
    letters = _plain(text)
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vowels = [ch for ch in letters if ch in "AEIOU"]
    if name and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vowels + ["X"] * 3)[:3]


_CF_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25)
_CF_ODD_TAIL = (24, 23)


def _cf_value(ch: str, odd: bool) -> int:
    index = int(ch) if ch.isdigit() else ord(ch) - 65
    if not odd:
        return index
    return (_CF_ODD + _CF_ODD_TAIL)[index]


def _codice_fiscale(p: Person) -> str:
    """An Italian codice fiscale: surname and name letters, year, month letter, day (plus 40 for
    a woman), the Belfiore code of the birth comune and the check letter."""
    day = p.birth.day + (0 if p.male else 40)
    head = (
        _cf_part(_pick(p, _IT_FAMILY, 2), False)
        + _cf_part(_by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 1), True)
        + f"{p.birth:%y}{'ABCDEHLMPRST'[p.birth.month - 1]}{day:02d}"
        + _place(p, _IT_BIRTH)[2]
    )
    total = sum(_cf_value(ch, i % 2 == 0) for i, ch in enumerate(head))
    return head + chr(65 + total % 26)


def _aadhaar(p: Person) -> str:
    """An Aadhaar number as the letter prints it (``2345 6789 0123``): eleven digits, the first
    2 to 9, and the Verhoeff check digit."""
    head = f"{int(p.bhxh[0]) % 8 + 2}{p.bhxh[1:]}{p.phone[-1]}"
    full = _verhoeff(head)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _tn_name(p: Person) -> str:
    """A Tamil name as a ration card writes it: the father's initial, then the name."""
    return f"{_pick(p, _TN_FATHERS, 3)[0]}. {_by_sex(p, _TN_GIVEN_M, _TN_GIVEN_F, 1)}"


def _nir(p: Person) -> str:
    """A French NIR for a birth in Guadeloupe (department 97, commune 1xx) with its key."""
    commune = _place(p, _GP_BIRTH)[1]
    body = f"{1 if p.male else 2}{p.birth:%y%m}{commune}{_num(p, 997):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:8]} {body[8:10]} {body[10:]} {key:02d}"


WRITERS_BLIND55: dict[str, Callable[[Person, Col], object]] = {
    "to_dp55": lambda p, c: _pick(p, _VN_TO_DP, 2),
    "members55": lambda p, c: str(_num(p, 7)),
    "fee55": lambda p, c: f"{_fee(p)[0]:,}".replace(",", "."),
    "months55": lambda p, c: str(_fee(p)[1]),
    "paid55": lambda p, c: _paid(p),
    "receipt55": lambda p, c: f"BL{p.bhxh[-6:]}",
    "collector55": lambda p, c: _other_vn(p, 4),
    "fee_note55": lambda p, c: _pick(p, _VN_FEE_NOTES, 5),
    "permit55": lambda p, c: f"{_num(p, 900) + 100}/GPXD-UBND",
    "plot_addr55": lambda p, c: _pick(p, _VN_PLOTS, 2),
    "parcel55": lambda p, c: str(_num(p, 480)),
    "sheet55": lambda p, c: str(_num(p, 60)),
    "land_area55": lambda p, c: f"{_num(p, 150) + 40},{p.bhxh[-1]}",
    "floor_area55": lambda p, c: f"{_num(p, 300) + 60},{p.bhxh[-2]}",
    "floors55": lambda p, c: _pick(p, ("1 trệt, 1 lầu", "1 trệt, 2 lầu", "3 tầng + tum", "1"), 3),
    "builder55": lambda p, c: _pick(p, _VN_BUILDERS, 4),
    "builder_rep55": lambda p, c: _other_vn(p, 6, True),
    "allowance55": lambda p, c: _pick(p, ("500.000", "750.000", "1.000.000", "0"), 2),
    "health55": lambda p, c: _pick(p, _VN_HEALTH, 3),
    "carer55": lambda p, c: _other_vn(p, 7),
    "kin55": lambda p, c: _pick(p, _VN_KIN, 4),
    "carer_phone55": lambda p, c: _other_phone(p, "098"),
    "ward55": lambda p, c: _unit(p, 1),
    "city55": lambda p, c: _unit(p, 2),
    "licence_class55": lambda p, c: _pick(p, _VN_CLASSES, 2),
    "course55": lambda p, c: f"K{_num(p, 40) + 100}-{_pick(p, ('B', 'C1', 'A1'), 3)}",
    "dossier55": lambda p, c: f"79{p.bhxh[:8]}",
    "teacher55": lambda p, c: _pick(p, _VN_TEACHERS, 5),
    "nif_pt55": lambda p, c: _nif(p),
    "utente_pt55": lambda p, c: f"{int(p.bhxh[0]) % 3 + 1}{p.bhxh[::-1][1:9]}",
    "niss_pt55": lambda p, c: _niss(p),
    "pt_name55": lambda p, c: (
        f"{_by_sex(p, _PT_GIVEN_M, _PT_GIVEN_F, 1)} {_pick(p, _PT_FAMILY, 3)}"
        f" {_pick(p, _PT_FAMILY, 2)}"
    ),
    "sex_pt55": lambda p, c: "M" if p.male else "F",
    "street_pt55": lambda p, c: _place(p, _PT_PLACES)[0],
    "cp_pt55": lambda p, c: _place(p, _PT_PLACES)[1],
    "loc_pt55": lambda p, c: _place(p, _PT_PLACES)[2],
    "phone_pt55": lambda p, c: (
        f"9{'1236'[int(p.bhxh) % 4]}{p.phone[3]} {p.phone[4:7]} {p.phone[7:]}"
    ),
    "pension_pt55": lambda p, c: _pick(p, ("Velhice", "Invalidez", "Sobrevivência", "Velhice"), 4),
    "cpr_pt55": lambda p, c: f"{_num(p, 90) + 20},{p.bhxh[-2:]}",
    "tech_pt55": lambda p, c: _pick(
        p, ("Dra. Sílvia Melo", "Dr. Nuno Arruda", "Dra. Rita Ponte"), 5
    ),
    "cf_it55": lambda p, c: _codice_fiscale(p),
    "it_family55": lambda p, c: _pick(p, _IT_FAMILY, 2),
    "it_given55": lambda p, c: _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 1),
    "sex_it55": lambda p, c: "M" if p.male else "F",
    "born_it55": lambda p, c: _place(p, _IT_BIRTH)[0],
    "born_prov_it55": lambda p, c: _place(p, _IT_BIRTH)[1],
    "street_it55": lambda p, c: _pick(p, tuple(x[0] for x in _IT_PLACES), 6),
    "cap_it55": lambda p, c: _pick(p, tuple(x[1] for x in _IT_PLACES), 6),
    "comune_it55": lambda p, c: _pick(p, tuple(x[2] for x in _IT_PLACES), 6),
    "prov_it55": lambda p, c: _pick(p, tuple(x[3] for x in _IT_PLACES), 6),
    "phone_it55": lambda p, c: f"3{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:]}{p.bhxh[-1]}",
    "ts_it55": lambda p, c: f"80380000{p.bhxh[::-1]}{p.bhxh[-2:]}",
    "esenzione_it55": lambda p, c: _pick(p, ("E01", "E02", "E03", "E04", "048"), 4),
    "medico_it55": lambda p, c: _pick(p, ("Dott. G. Amato", "Dott.ssa M. Lo Presti"), 5),
    "aadhaar55": lambda p, c: _aadhaar(p),
    "tn_name55": lambda p, c: _tn_name(p),
    "tn_father55": lambda p, c: _pick(p, _TN_FATHERS, 3),
    "sex_tn55": lambda p, c: "ஆண்" if p.male else "பெண்",
    "ration55": lambda p, c: f"33{p.bhxh[::-1]}",
    "addr_tn55": lambda p, c: _place(p, _TN_PLACES)[0],
    "dist_tn55": lambda p, c: _place(p, _TN_PLACES)[1],
    "pin_tn55": lambda p, c: _place(p, _TN_PLACES)[2],
    "phone_tn55": lambda p, c: f"9{p.phone[2:6]} {p.phone[6:]}{p.bhxh[-1]}",
    "bank_tn55": lambda p, c: f"{p.phone[2:]}{p.bhxh[:6]}",
    "card_type55": lambda p, c: _pick(p, ("PHH", "PHH-AAY", "NPHH", "PHH"), 4),
    "shop_tn55": lambda p, c: f"FPS {_num(p, 300):04d}",
    "nir55": lambda p, c: _nir(p),
    "gp_family55": lambda p, c: _pick(p, _GP_FAMILY, 2).upper(),
    "gp_given55": lambda p, c: _by_sex(p, _GP_GIVEN_M, _GP_GIVEN_F, 1),
    "sex_gp55": lambda p, c: "M" if p.male else "F",
    "born_gp55": lambda p, c: _place(p, _GP_BIRTH)[0],
    "street_gp55": lambda p, c: _pick(p, tuple(x[0] for x in _GP_PLACES), 5),
    "cp_gp55": lambda p, c: _pick(p, tuple(x[1] for x in _GP_PLACES), 5),
    "commune_gp55": lambda p, c: _pick(p, tuple(x[2] for x in _GP_PLACES), 5),
    "phone_gp55": lambda p, c: f"0690 {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "gir55": lambda p, c: f"GIR {_num(p, 4) + 1}",
    "apa55": lambda p, c: f"{_num(p, 900) + 150},{p.bhxh[-2:]}",
    "aidant55": lambda p, c: (
        f"{_pick(p, _GP_FAMILY, 6).upper()} {_pick(p, _GP_GIVEN_F, 4)} (fille)"
    ),
    "dossier_gp55": lambda p, c: f"APA-971-{p.bhxh[-6:]}",
    "ky_family55": lambda p, c: _pick(p, _KY_FAMILY, 2),
    "ky_given55": lambda p, c: _by_sex(p, _KY_GIVEN_M, _KY_GIVEN_F, 1),
    "sex_ky55": lambda p, c: "Male" if p.male else "Female",
    "street_ky55": lambda p, c: _place(p, _KY_PLACES)[0],
    "district_ky55": lambda p, c: _place(p, _KY_PLACES)[1],
    "post_ky55": lambda p, c: _place(p, _KY_PLACES)[2],
    "phone_ky55": lambda p, c: f"(345) 9{'23'[int(p.bhxh) % 2]}{p.phone[4]}-{p.phone[5:9]}",
    "client_ky55": lambda p, c: f"NAU-{p.bhxh[-5:]}",
    "marital_ky55": lambda p, c: _pick(p, ("Single", "Married", "Widowed", "Divorced"), 3),
    "contact_ky55": lambda p, c: f"{_pick(p, _KY_GIVEN_F, 4)} {_pick(p, _KY_FAMILY, 5)} (sister)",
    "contact_tel_ky55": lambda p, c: f"345-916-{p.bhxh[-4:]}",
    "cinico_ky55": lambda p, c: f"C{p.bhxh[2:9]}",
    "aid_ky55": lambda p, c: _pick(p, ("Food voucher", "Rent", "Utilities", "Poor relief"), 4),
    "amount_ky55": lambda p, c: f"{(_num(p, 20) + 5) * 25:.2f}",
    "worker_ky55": lambda p, c: _pick(p, ("S. Ebanks", "T. Bodden-Rivers", "M. Scott"), 6),
}
