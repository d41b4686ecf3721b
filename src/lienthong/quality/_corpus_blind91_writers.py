"""How the people of the ninety-first part of the outside corpus (**blind 91**,
:mod:`lienthong.quality._corpus_blind91`) are written: four Vietnamese files' own columns (a
worker's rent support and rented room, an HIV outpatient's ARV treatment and treatment supporter,
a land auction bidder's plot and deposit, a voluntary social-insurance contributor's income,
state support and collector) and Dutch, Belgian (Walloon), Swedish, Finnish and Danish names,
addresses, phones, e-mails and identity numbers in the forms their municipalities write them
(the BSN with its 11-proef, the rijksregisternummer with its mod-97 pair, the twelve-digit
personnummer with its Luhn digit, the henkilötunnus with its mod-31 character, the CPR-nummer,
the Danish CVR-nummer with its mod 11 digit)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _hetu
from lienthong.quality._corpus_blind12_writers import _cpr
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _bsn, _personnummer
from lienthong.quality._corpus_blind50_writers import _rrn_be

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DEPTS = ("Tổ may 3", "Xưởng đế", "Kho thành phẩm", "Tổ cắt 1", "QC", "Xưởng gò")
_VN_CONTRACTS = ("Không xác định thời hạn", "Xác định thời hạn 12 tháng", "XĐTH 24 tháng")
_VN_RENT_PLACES = (
    "Khu trọ Hai Lúa, khu phố Bình Đức, P. Bình Hòa, TP. Thuận An, Bình Dương",
    "Dãy trọ số 14/7 đường ĐT743, KP. Đông Tác, P. Tân Đông Hiệp, TP. Dĩ An, Bình Dương",
    "Phòng 12, nhà trọ Ngọc Ánh, KP. 3, P. An Phú, TP. Thuận An, Bình Dương",
    "Khu lưu trú công nhân, đường N3, KCN Sóng Thần 2, P. Dĩ An, TP. Dĩ An, Bình Dương",
    "Tổ 5, KP. Tân Phước, P. Tân Bình, TP. Dĩ An, Bình Dương",
)
_VN_BANKS = ("Vietinbank CN Bình Dương", "Agribank CN Thuận An", "BIDV CN Dĩ An", "Vietcombank")
_VN_KCB = ("TTYT quận 8", "BV quận 8", "Trạm Y tế P.4 Q.8", "BV Nhân dân 115", "TTYT quận 8")
_VN_REGIMENS = ("TDF/3TC/DTG", "TDF/3TC/DTG", "TDF/3TC/EFV", "AZT/3TC/LPV/r", "ABC/3TC/DTG")
_VN_MMD = ("3 tháng", "3 tháng", "1 tháng", "2 tháng", "Chưa")
_VN_ARV_STATUS = ("Đang điều trị", "Đang điều trị", "Chuyển đi", "Bỏ trị", "Đang điều trị")
_VN_KIN_M = ("chồng", "bố", "anh trai", "em trai", "bạn")
_VN_KIN_F = ("vợ", "mẹ", "chị gái", "em gái", "bạn")
_VN_PLOTS = (
    ("LK01-{n}", 100),
    ("LK03-{n}", 120),
    ("BT02-{n}", 200),
    ("LK05-{n}", 90),
    ("ĐX-{n}", 150),
)
_VN_ISSUERS = ("Cục CS QLHC về TTXH", "Cục CS QLHC về TTXH", "Bộ Công an", "CA tỉnh Bắc Giang")
_VN_PAY = ("CK", "CK", "TM", "CK")
_VN_BHXH_GROUPS = (("Hộ nghèo", 50), ("Hộ cận nghèo", 40), ("Người DTTS", 30), ("Khác", 20))
_VN_BHXH_GROUP_PICK = (3, 3, 3, 1, 0, 3, 2, 3)
_VN_METHODS = (("Hằng tháng", 1), ("03 tháng", 3), ("06 tháng", 6), ("12 tháng", 12))
_VN_COLLECTORS = ("Lò Thị Hương", "Nguyễn Văn Tới", "Hà Thị Kim Oanh", "Cầm Văn Sơn")
_NL_FAMILY = (
    ("", "Jansen"),
    ("de", "Vries"),
    ("van", "Dijk"),
    ("", "Bakker"),
    ("van der", "Berg"),
    ("", "Visser"),
    ("ter", "Horst"),
    ("", "Yılmaz"),
    ("", "Mulder"),
    ("van den", "Bosch"),
    ("", "Koster"),
)
_NL_GIVEN_M = ("Johannes Hendrikus", "Pieter", "Gerrit Jan", "Mohamed", "Bram", "Hendrik Willem")
_NL_GIVEN_F = ("Maria Johanna", "Anouk", "Geertje", "Fatma", "Hendrika Aaltje", "Sanne")
#: (street, postcode digits) in Zwolle
_NL_PLACES = (
    ("Assendorperstraat", "8012"),
    ("Diezerstraat", "8011"),
    ("Thomas a Kempisstraat", "8021"),
    ("Wipstrikkerallee", "8023"),
    ("Palestinastraat", "8017"),
    ("Middelweg", "8031"),
    ("Dobbe", "8032"),
    ("Bachlaan", "8031"),
)
_NL_LEVIES = (
    "Afvalstoffenheffing",
    "Afvalstoffen- en rioolheffing",
    "Rioolheffing",
    "Afvalstoffenheffing",
    "Hondenbelasting",
)
_NL_DECISIONS = (
    "Toegekend",
    "Toegekend",
    "Afgewezen",
    "Gedeeltelijk toegekend",
    "Buiten behandeling",
)
_NL_OFFICERS = ("A. Kuipers", "M. Hofman", "R. Oosterhuis", "S. El Idrissi")
_NL_GUARDIANS = ("", "", "", "Bewindvoering IJssel B.V.", "mr. J.W. Kok", "", "Stichting Fier")
_BE_FAMILY: tuple[str, ...] = ("Dubois", "Lambert", "Martin", "Renard", "Collard")
_BE_FAMILY += ("Lejeune", "El Amrani", "Kabongo", "Yilmaz", "Leclercq")
_BE_GIVEN_M = ("Jean-Marc", "Sébastien", "Mohamed", "Kevin", "Philippe", "Christian")
_BE_GIVEN_F = ("Marie", "Nathalie", "Fatima", "Laetitia", "Christelle", "Mireille")
#: (street, postcode, localité) in the Namur area
_BE_PLACES = (
    ("Rue de Dave", "5100", "Jambes"),
    ("Avenue Jean Materne", "5100", "Jambes"),
    ("Chaussée de Waterloo", "5002", "Saint-Servais"),
    ("Rue Saint-Nicolas", "5000", "Namur"),
    ("Chaussée de Louvain", "5004", "Bouge"),
    ("Rue de Bricgniot", "5002", "Saint-Servais"),
    ("Rue des Tanneries", "5000", "Namur"),
    ("Route de Hannut", "5004", "Bouge"),
)
_BE_CIVIL = ("Célibataire", "Marié(e)", "Divorcé(e)", "Cohabitant légal", "Veuf/Veuve", "Séparé(e)")
_BE_HOUSEHOLDS = (
    "Isolé",
    "1 adulte + 2 enfants",
    "Couple + 1 enfant",
    "Couple",
    "1 adulte + 1 enfant",
)
_BE_INCOME_CLASS = ("Précaire", "Précaire", "Modeste", "Moyen")
_BE_WANTED = ("Appartement 1 ch.", "Appartement 2 ch.", "Maison 3 ch.", "Appartement 2 ch.")
_BE_STATUS = ("Actif", "Actif", "Actif", "Radié (non-renouvellement)", "Attribué", "Suspendu")
_BE_SOCIAL = (
    "Mme Deprez (CPAS Namur)",
    "M. Goffin (CPAS Namur)",
    "",
    "",
    "Mme Ngoy (Relais social)",
)
_SE_FAMILY: tuple[str, ...] = ("Andersson", "Johansson", "Nilsson", "Eriksson")
_SE_FAMILY += ("Lindberg", "Öberg", "Lundqvist", "Nyström", "Sjöberg", "Marklund")
_SE_GIVEN_M = ("Karl Erik", "Lars", "Anders Olof", "Gunnar", "Bengt-Åke", "Per Ivar")
_SE_GIVEN_F = ("Ingrid", "Margareta", "Britt-Marie", "Gunnel", "Anna Karin", "Märta")
#: (street, postnummer, postort) in Umeå kommun
_SE_PLACES = (
    ("Storgatan", "903 26", "UMEÅ"),
    ("Kungsgatan", "903 30", "UMEÅ"),
    ("Mariehemsvägen", "906 54", "UMEÅ"),
    ("Tomtebovägen", "907 36", "UMEÅ"),
    ("Västra Esplanaden", "913 31", "HOLMSUND"),
    ("Järnvägsgatan", "914 31", "HÖRNEFORS"),
    ("Axtorpsvägen", "903 37", "UMEÅ"),
)
_SE_MODES = (
    "Taxi, personbil",
    "Rullstolstaxi",
    "Specialfordon",
    "Taxi, framsäte",
    "Taxi, personbil",
)
_SE_AIDS = ("Rollator", "Manuell rullstol", "Elrullstol", "Inget", "Kryckor", "Rollator")
_SE_OFFICERS = ("Maria Berglund", "Jonas Forsberg", "Sara Holmgren", "Erik Wikström")
_FI_FAMILY: tuple[str, ...] = ("Virtanen", "Korhonen", "Nieminen", "Mäkelä")
_FI_FAMILY += ("Lindqvist", "Holmström", "Järvinen", "Lehtonen", "Grönroos", "Heikkinen")
_FI_GIVEN_M = ("Mikko Juhani", "Johan Erik", "Matti Olavi", "Antti", "Mats Henrik", "Jari Tapani")
_FI_GIVEN_F = ("Anna-Kaisa Maria", "Sanna Elina", "Emilia Sofia", "Ulla", "Ida Charlotta", "Päivi")
#: (street, postinumero, zone) in Helsinki
_FI_PLACES = (
    ("Liisankatu", "00170", "A"),
    ("Albertinkatu", "00180", "C"),
    ("Merimiehenkatu", "00150", "C"),
    ("Museokatu", "00100", "E"),
    ("Runeberginkatu", "00260", "F"),
    ("Helsinginkatu", "00500", "I"),
    ("Fleminginkatu", "00530", "J"),
    ("Neljäs linja", "00530", "I"),
)
_FI_USE = ("Omistaja / Ägare", "Haltija / Innehavare", "Leasing", "Työsuhdeauto / Tjänstebil")
_FI_PLATE_LETTERS = "ABCEFGHIJKLMNOPRSTUVXYZ"
_DK_FAMILY: tuple[str, ...] = ("Jensen", "Nielsen", "Hansen", "Pedersen")
_DK_FAMILY += ("Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Østergaard")
_DK_GIVEN_M = ("Lars", "Søren Højgaard", "Mikkel", "Jens Peter", "Anders", "Mads Bøgh")
_DK_GIVEN_F = ("Mette Kristine", "Anne", "Camilla", "Birgitte", "Louise Skov", "Hanne")
#: (street, postnr., by) in Aarhus Kommune
_DK_PLACES = (
    ("Frederiks Allé", "8000", "Aarhus C"),
    ("Silkeborgvej", "8000", "Aarhus C"),
    ("Viborgvej", "8210", "Aarhus V"),
    ("Randersvej", "8200", "Aarhus N"),
    ("Gudrunsvej", "8220", "Brabrand"),
    ("Grenåvej", "8240", "Risskov"),
    ("Jyllands Allé", "8270", "Højbjerg"),
)
_DK_FLOORS = ("st. th.", "1. tv.", "2. th.", "3. mf.", "", "1. th.", "4. tv.", "")
_DK_EMPLOYERS = (
    "Arla Foods amba",
    "Aarhus Kommune",
    "Salling Group A/S",
    "Region Midtjylland",
    "Tømrerfirmaet Holm ApS",
    "Danish Crown A/S",
    "Rengøringsservice Østjylland ApS",
)
_DK_CATEGORIES = ("Kategori 1", "Kategori 1", "Kategori 2", "Kategori 3")
_DK_LAE = ("Modtaget", "Afventer", "Modtaget", "Ikke relevant")
_DK_OFFICERS = ("Pia Kjær", "Henrik Bak", "Rikke Lund Madsen", "Ahmad Rahimi")
_DK_NOTES = (
    "",
    "Delvis raskmeldt 20 t/uge",
    "",
    "Arbejdsgiver ansøgt refusion",
    "Fastholdelsesflex?",
)


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _fold(text: str) -> str:
    """A name as an e-mail address writes it: lower case, no diacritics, Danish letters spelled."""
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ı", "i")
    folded = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).replace(" ", "")


def _mail(p: Person, given: str, family: str, domains: tuple[str, ...]) -> str:
    first = _fold(given.split()[0])
    return f"{first}.{_fold(family)}{p.bhxh[-2:] if int(p.bhxh) % 3 else ''}@{_pick(p, domains, 9)}"


def _rent_months(p: Person) -> int:
    return 1 + int(p.bhxh) % 3


def _supporter(p: Person) -> str:
    """The treatment supporter: a relative or friend, the relation after the name."""
    male = int(p.bhxh[-5]) % 2 == 0
    kin = _pick(p, _VN_KIN_M if male else _VN_KIN_F, 7)
    return f"{_other_vn(p, 6, male)} ({kin})"


def _plot(p: Person) -> tuple[str, int]:
    pattern, area = _VN_PLOTS[int(p.bhxh) // 7 % len(_VN_PLOTS)]
    return pattern.format(n=f"{_num(p, 40):02d}"), area + _num(p, 30)


def _bhxh_group(p: Person) -> tuple[str, int]:
    """The contributor's group and the state's rate of support for it (per cent)."""
    return _VN_BHXH_GROUPS[_VN_BHXH_GROUP_PICK[int(p.bhxh) // 3 % len(_VN_BHXH_GROUP_PICK)]]


def _bhxh_method(p: Person) -> tuple[str, int]:
    return _VN_METHODS[int(p.bhxh) // 5 % len(_VN_METHODS)]


def _bhxh_income(p: Person) -> int:
    """The declared income the contribution rests on: from the rural poverty line up."""
    return 1_500_000 + _num(p, 20) * 250_000


def _bhxh_support(p: Person) -> int:
    """The state's share: the group's rate of 22 % of the poverty line, for the months paid."""
    return 1_500_000 * 22 // 100 * _bhxh_group(p)[1] // 100 * _bhxh_method(p)[1]


def _bhxh_due(p: Person) -> int:
    return _bhxh_income(p) * 22 // 100 * _bhxh_method(p)[1] - _bhxh_support(p)


def _month_after(day: date, months: int) -> str:
    index = day.year * 12 + day.month - 1 + months
    return f"{index % 12 + 1:02d}/{index // 12}"


def _nl(p: Person) -> tuple[str, str]:
    return _NL_FAMILY[int(p.bhxh) // 3 % len(_NL_FAMILY)]


def _nl_postcode(p: Person) -> str:
    digits = _NL_PLACES[int(p.bhxh) // 9 % len(_NL_PLACES)][1]
    letters = "ABCDEGHJKLMNPRTVWXZ"
    return f"{digits} {letters[int(p.bhxh[2:4]) % 19]}{letters[int(p.bhxh[4:6]) % 19]}"


def _be(p: Person) -> tuple[str, str, str]:
    return _BE_PLACES[int(p.bhxh) // 9 % len(_BE_PLACES)]


def _se(p: Person) -> tuple[str, str, str]:
    return _SE_PLACES[int(p.bhxh) // 9 % len(_SE_PLACES)]


def _fi(p: Person) -> tuple[str, str, str]:
    return _FI_PLACES[int(p.bhxh) // 9 % len(_FI_PLACES)]


def _dk(p: Person) -> tuple[str, str, str]:
    return _DK_PLACES[int(p.bhxh) // 9 % len(_DK_PLACES)]


def _se_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"090-{p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    return f"07{_pick(p, ('0', '3', '6', '2'), 4)}-{p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _fi_street(p: Person) -> str:
    """``Liisankatu 12 B 24``: the house, and for most a staircase and a flat."""
    flat = "" if int(p.bhxh) % 4 == 0 else f" {_pick(p, ('A', 'B', 'C', 'D'), 3)} {_num(p, 40)}"
    return f"{_fi(p)[0]} {_num(p, 60)}{flat}"


def _fi_plate(p: Person) -> str:
    letters = "".join(_FI_PLATE_LETTERS[int(p.bhxh[i : i + 2]) % 23] for i in (0, 2, 4))
    return f"{letters}-{1 + int(p.bhxh[6:9]) % 999}"


def _fi_price(p: Person) -> str:
    """A year's permit, half price for a low-emission car."""
    return "180,00" if int(p.bhxh) % 4 == 0 else "360,00"


def _cvr(seed: int) -> str:
    """A Danish CVR-nummer: eight digits whose weighted sum (2, 7, 6, 5, 4, 3, 2, 1) is a
    multiple of 11."""
    weights = (2, 7, 6, 5, 4, 3, 2)
    for k in range(30):
        body = f"{(1_000_000 + seed * 1_299_709 + k * 7919) % 9_000_000 + 1_000_000:07d}"
        last = -sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
        if last < 10:
            return f"{body}{last}"
    return "25313763"


def _dk_employer(p: Person) -> int:
    return int(p.bhxh) // 11 % len(_DK_EMPLOYERS)


def _dk_given(p: Person) -> str:
    return _by_sex(p, _DK_GIVEN_M, _DK_GIVEN_F, 1)


WRITERS_BLIND91: dict[str, Callable[[Person, Col], object]] = {
    "dept91": lambda p, c: _pick(p, _VN_DEPTS, 2),
    "contract91": lambda p, c: _pick(p, _VN_CONTRACTS, 3),
    "rent_addr91": lambda p, c: _pick(p, _VN_RENT_PLACES, 4),
    "landlord91": lambda p, c: _other_vn(p, 5),
    "months91": lambda p, c: f"{_rent_months(p)} tháng",
    "rent_aid91": lambda p, c: _dotted(500_000 * _rent_months(p)),
    "account91": lambda p, c: f"1{p.bhxh[::-1]}{p.bhxh[1:3]}",
    "bank91": lambda p, c: _pick(p, _VN_BANKS, 6),
    "opc_code91": lambda p, c: f"79-Q8-{_num(p, 2000):04d}",
    "kcb91": lambda p, c: _pick(p, _VN_KCB, 2),
    "confirm91": lambda p, c: f"{p.other_date - timedelta(days=int(p.bhxh) % 45):%d/%m/%Y}",
    "regimen91": lambda p, c: _pick(p, _VN_REGIMENS, 3),
    "line91": lambda p, c: "Bậc 2" if _pick(p, _VN_REGIMENS, 3).startswith("AZT") else "Bậc 1",
    "viral91": lambda p, c: _pick(p, ("KPH", "<50", "<200", "1.250", "KPH", "38.400"), 4),
    "vl_date91": lambda p, c: f"{p.other_date + timedelta(days=150 + _num(p, 90)):%d/%m/%Y}",
    "mmd91": lambda p, c: _pick(p, _VN_MMD, 5),
    "supporter91": lambda p, c: _supporter(p),
    "supporter_phone91": lambda p, c: _other_phone(p, "0938"),
    "status_arv91": lambda p, c: _pick(p, _VN_ARV_STATUS, 8),
    "reg_no91": lambda p, c: f"{_num(p, 300):03d}/PĐK",
    "issuer91": lambda p, c: _pick(p, _VN_ISSUERS, 2),
    "plot91": lambda p, c: _plot(p)[0],
    "plot_area91": lambda p, c: f"{_plot(p)[1]},0",
    "start_price91": lambda p, c: _dotted(_plot(p)[1] * 8_500_000),
    "deposit91": lambda p, c: _dotted(_plot(p)[1] * 8_500_000 // 5 // 1000 * 1000),
    "pay91": lambda p, c: _pick(p, _VN_PAY, 3),
    "proxy91": lambda p, c: "" if int(p.bhxh) % 4 else _other_vn(p, 4, None, p.family),
    "income91": lambda p, c: _dotted(_bhxh_income(p)),
    "method91": lambda p, c: _bhxh_method(p)[0],
    "group91": lambda p, c: _bhxh_group(p)[0],
    "rate91": lambda p, c: f"{_bhxh_group(p)[1]}%",
    "support91": lambda p, c: _dotted(_bhxh_support(p)),
    "due91": lambda p, c: _dotted(_bhxh_due(p)),
    "from_month91": lambda p, c: f"{p.other_date:%m/%Y}",
    "to_month91": lambda p, c: _month_after(p.other_date, _bhxh_method(p)[1] - 1),
    "collector91": lambda p, c: _pick(p, _VN_COLLECTORS, 5),
    "collector_phone91": lambda p, c: _other_phone(p, "0912"),
    "req_nl91": lambda p, c: f"KW-{p.other_date.year}-{_num(p, 9000):05d}",
    "levy_no91": lambda p, c: f"{p.other_date.year % 100}{p.bhxh[::-1][:8]}",
    "bsn_nl91": lambda p, c: (lambda b: f"{b[:4]}.{b[4:6]}.{b[6:]}")(_bsn(p)),
    "nl_family91": lambda p, c: _nl(p)[1],
    "nl_tussen91": lambda p, c: _nl(p)[0],
    "nl_given91": lambda p, c: _by_sex(p, _NL_GIVEN_M, _NL_GIVEN_F, 1),
    "sex_nl91": lambda p, c: "man" if p.male else "vrouw",
    "street_nl91": lambda p, c: (
        f"{_NL_PLACES[int(p.bhxh) // 9 % len(_NL_PLACES)][0]} {_num(p, 180)}"
        f"{_pick(p, ('', '', '-A', ' bis', '-2'), 5)}"
    ),
    "pc_nl91": lambda p, c: _nl_postcode(p),
    "wp_nl91": lambda p, c: "ZWOLLE",
    "phone_nl91": lambda p, c: f"06-{p.phone[2:10]}",
    "email_nl91": lambda p, c: _mail(
        p, _by_sex(p, _NL_GIVEN_M, _NL_GIVEN_F, 1), "".join(_nl(p)), ("hotmail.com", "ziggo.nl")
    ),
    "levy91": lambda p, c: _pick(p, _NL_LEVIES, 6),
    "levy_amount91": lambda p, c: f"{180 + _num(p, 400)},{p.bhxh[-2:]}",
    "decision_nl91": lambda p, c: _pick(p, _NL_DECISIONS, 7),
    "decided_nl91": lambda p, c: f"{p.other_date + timedelta(days=14 + _num(p, 50)):%d-%m-%Y}",
    "officer_nl91": lambda p, c: _pick(p, _NL_OFFICERS, 8),
    "guardian_nl91": lambda p, c: _pick(p, _NL_GUARDIANS, 9),
    "cand_be91": lambda p, c: f"C-{p.other_date.year}-{_num(p, 5000):05d}",
    "rrn_be91": lambda p, c: _rrn_be(p).replace(".", "").replace("-", ""),
    "be_family91": lambda p, c: _pick(p, _BE_FAMILY, 2).upper(),
    "be_given91": lambda p, c: _by_sex(p, _BE_GIVEN_M, _BE_GIVEN_F, 1),
    "sex_be91": lambda p, c: "M" if p.male else "F",
    "civil_be91": lambda p, c: _pick(p, _BE_CIVIL, 3),
    "street_be91": lambda p, c: (
        f"{_be(p)[0]} {_num(p, 220)}{'' if int(p.bhxh) % 3 else f' bte {_num(p, 12)}'}"
    ),
    "cp_be91": lambda p, c: _be(p)[1],
    "loc_be91": lambda p, c: _be(p)[2],
    "phone_be91": lambda p, c: (
        f"04{_pick(p, ('75', '76', '86', '94', '97'), 4)} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "email_be91": lambda p, c: _mail(
        p,
        _by_sex(p, _BE_GIVEN_M, _BE_GIVEN_F, 1),
        _pick(p, _BE_FAMILY, 2),
        ("skynet.be", "gmail.com", "hotmail.be"),
    ),
    "household_be91": lambda p, c: _pick(p, _BE_HOUSEHOLDS, 5),
    "income_be91": lambda p, c: f"{9_000 + _num(p, 300) * 97},00",
    "class_be91": lambda p, c: _pick(p, _BE_INCOME_CLASS, 6),
    "points_be91": lambda p, c: str(int(p.bhxh[-2:]) % 14),
    "wanted_be91": lambda p, c: _pick(p, _BE_WANTED, 7),
    "renewal_be91": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "status_be91": lambda p, c: _pick(p, _BE_STATUS, 8),
    "social_be91": lambda p, c: _pick(p, _BE_SOCIAL, 9),
    "pnr_se91": lambda p, c: f"{p.birth.year // 100}{_personnummer(p)}",
    "se_family91": lambda p, c: _pick(p, _SE_FAMILY, 2),
    "se_given91": lambda p, c: _by_sex(p, _SE_GIVEN_M, _SE_GIVEN_F, 1),
    "sex_se91": lambda p, c: "M" if p.male else "K",
    "co_se91": lambda p, c: "" if int(p.bhxh) % 5 else f"c/o {_pick(p, _SE_FAMILY, 3)}",
    "street_se91": lambda p, c: (
        f"{_se(p)[0]} {_num(p, 90)}{'' if int(p.bhxh) % 2 else f' lgh {1001 + _num(p, 5) * 100}'}"
    ),
    "postnr_se91": lambda p, c: _se(p)[1],
    "ort_se91": lambda p, c: _se(p)[2],
    "phone_se91": lambda p, c: _se_phone(p),
    "until_se91": lambda p, c: f"{_shift_date(p.other_date, 2 + int(p.bhxh) % 2):%Y-%m-%d}",
    "mode_se91": lambda p, c: _pick(p, _SE_MODES, 4),
    "aid_se91": lambda p, c: _pick(p, _SE_AIDS, 5),
    "escort_se91": lambda p, c: _pick(p, ("Nej", "Ja", "Nej", "Nej"), 6),
    "officer_se91": lambda p, c: _pick(p, _SE_OFFICERS, 7),
    "permit_fi91": lambda p, c: f"AP{p.other_date.year % 100}-{_num(p, 90000):06d}",
    "hetu_fi91": lambda p, c: _hetu(p),
    "fi_family91": lambda p, c: _pick(p, _FI_FAMILY, 2),
    "fi_given91": lambda p, c: _by_sex(p, _FI_GIVEN_M, _FI_GIVEN_F, 1),
    "street_fi91": lambda p, c: _fi_street(p),
    "post_fi91": lambda p, c: _fi(p)[1],
    "town_fi91": lambda p, c: "HELSINKI",
    "phone_fi91": lambda p, c: (
        f"0{_pick(p, ('40', '50', '44', '45'), 4)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "email_fi91": lambda p, c: _mail(
        p,
        _by_sex(p, _FI_GIVEN_M, _FI_GIVEN_F, 1),
        _pick(p, _FI_FAMILY, 2),
        ("gmail.com", "outlook.com", "elisanet.fi"),
    ),
    "plate_fi91": lambda p, c: _fi_plate(p),
    "use_fi91": lambda p, c: _pick(p, _FI_USE, 5),
    "zone_fi91": lambda p, c: _fi(p)[2],
    "until_fi91": lambda p, c: f"{_shift_date(p.other_date, 1) - timedelta(days=1):%d.%m.%Y}",
    "price_fi91": lambda p, c: _fi_price(p),
    "green_fi91": lambda p, c: "Kyllä / Ja" if _fi_price(p) == "180,00" else "Ei / Nej",
    "cpr_dk91": lambda p, c: _cpr(p),
    "dk_name91": lambda p, c: f"{_dk_given(p)} {_pick(p, _DK_FAMILY, 2)}",
    "street_dk91": lambda p, c: (
        f"{_dk(p)[0]} {_num(p, 150)}"
        f"{', ' + _pick(p, _DK_FLOORS, 3) if _pick(p, _DK_FLOORS, 3) else ''}"
    ),
    "postnr_dk91": lambda p, c: _dk(p)[1],
    "by_dk91": lambda p, c: _dk(p)[2],
    "phone_dk91": lambda p, c: (
        f"+45 {_pick(p, ('2', '3', '4', '5', '6'), 4)}{p.phone[3]} {p.phone[4:6]}"
        f" {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "email_dk91": lambda p, c: _mail(
        p, _dk_given(p), _pick(p, _DK_FAMILY, 2), ("gmail.com", "hotmail.dk", "outlook.dk")
    ),
    "employer_dk91": lambda p, c: _DK_EMPLOYERS[_dk_employer(p)],
    "cvr_dk91": lambda p, c: _cvr(_dk_employer(p)),
    "next_dk91": lambda p, c: f"{p.other_date + timedelta(weeks=8):%d-%m-%Y}",
    "category_dk91": lambda p, c: _pick(p, _DK_CATEGORIES, 5),
    "lae_dk91": lambda p, c: _pick(p, _DK_LAE, 6),
    "officer_dk91": lambda p, c: _pick(p, _DK_OFFICERS, 7),
    "note_dk91": lambda p, c: _pick(p, _DK_NOTES, 8),
}


__all__ = ["WRITERS_BLIND91"]
