"""How the people of the hundred-and-ninetieth part of the outside corpus (**blind 190**,
:mod:`lienthong.quality._corpus_blind190`) are written: four Vietnamese files' own columns (a
student intern's school and mentor, a poor household's digital TV set-top box, a swimming pool's
season ticket, a union member's rest-and-recovery days) and Flemish, Dutch, Luxembourgish, Ticino
and Liechtenstein names, places, phones and identity numbers in the forms their papers show (the
Belgian national register number's mod-97 pair, the Dutch BSN's 11-proof, the Luxembourg
matricule's Luhn and Verhoeff digits, the AHV number's EAN-13 digit)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind12_writers import _rrn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _bsn
from lienthong.quality._corpus_blind74_writers import _ahv
from lienthong.quality._corpus_blind118_writers import (
    _LI_FAMILY,
    _LI_GIVEN_F,
    _LI_GIVEN_M,
    _LI_PLACES,
    _LU_FAMILY,
    _LU_GIVEN_F,
    _LU_GIVEN_M,
    _matricule_lu,
    _phone_li,
    _phone_lu,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: interns at a ward, set-top boxes, a pool's season tickets, rest-and-recovery -------
_VN_SCHOOLS = (
    ("Học viện Hành chính Quốc gia", "Quản lý nhà nước", "QLNN"),
    ("ĐH Luật Hà Nội", "Luật", "LKT"),
    ("ĐH Nội vụ Hà Nội", "Quản trị văn phòng", "QTVP"),
    ("ĐH Kinh tế Quốc dân", "Kế toán", "KT"),
    ("ĐH Công đoàn", "Công tác xã hội", "CTXH"),
)
_VN_MODES = ("Chính quy", "VLVH", "Liên thông", "Văn bằng 2", "VLVH")
_VN_DEPTS = (
    "Văn phòng HĐND-UBND",
    "Bộ phận Một cửa",
    "Tư pháp - Hộ tịch",
    "Địa chính - Xây dựng",
    "Văn hóa - Xã hội",
    "Kế toán ngân sách",
)
_VN_SCORES = ("9,0", "8,5", "8,0", "9,5", "7,5", "8,5")
_VN_COMMUNES = ("Xã Tả Van", "Xã Bản Hồ", "Xã Lao Chải", "Xã Sử Pán", "Xã Thanh Kim", "Xã Tả Phìn")
_VN_HAMLETS = ("Thôn Séo Mý Tỷ", "Bản Dền", "Thôn Lồ Suối Tủng", "Thôn Ý Lình Hồ", "Bản Sài")
_VN_ETHNIC = ("Mông", "Mông", "Dao", "Giáy", "Tày", "Xa Phó", "Kinh")
_VN_HH_KIND = ("Hộ nghèo", "Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo DTTS", "Hộ chính sách")
_VN_DEVICES = (
    ("Đầu thu vệ tinh DTH (VTC)", "VTC"),
    ("Đầu thu DVB-T2 + anten", "T2"),
    ("Tivi 32 inch + đầu thu DVB-T2", "TV"),
    ("Đầu thu vệ tinh DTH (K+)", "KP"),
)
_VN_INSTALLERS = (
    "Trung tâm VH-TT&TT huyện",
    "Viettel Lào Cai",
    "Cty CP Truyền thông số 1",
    "VNPT Sa Pa",
)
_VN_TICKETS = (
    ("Vé tháng", 1, "450.000"),
    ("Vé quý", 3, "1.200.000"),
    ("Vé tháng", 1, "450.000"),
    ("Vé năm", 12, "4.200.000"),
    ("Vé 20 lượt", 2, "500.000"),
)
_VN_SLOTS = ("Ca sáng 5h30-7h00", "Ca trưa 11h30-13h00", "Ca chiều 17h00-18h30", "Ca tối 19h-20h30")
_VN_HEALTH = ("Có GKSK", "Có GKSK", "Cam kết sức khỏe", "Bổ sung sau")
_VN_CASHIERS = ("Lê Thị Hạnh", "Phạm Thu Trang", "Ngô Văn Tuấn")
_VN_WORKSHOPS = ("Tổ may 3", "Tổ cắt", "Phân xưởng hoàn thiện", "Tổ là", "Tổ đóng gói", "KCS")
_VN_AFTER = (
    ("Sau ốm đau", 5),
    ("Sau thai sản (sinh con)", 7),
    ("Sau ốm đau dài ngày", 10),
    ("Sau sảy thai", 5),
    ("Sau điều trị TNLĐ", 7),
)
_VN_BANKS = (
    "Agribank CN Yên Phong",
    "Vietinbank KCN Quế Võ",
    "BIDV Bắc Ninh",
    "Vietcombank Bắc Ninh",
)
_VN_DAILY = 702_000  # 30% of the 2,340,000 base salary
# -- Belgium: a Red Cross blood donor register (Flanders) ---------------------------------------
_BE_FAMILY = ("Peeters", "Janssens", "Maes", "Jacobs", "Willems", "Claes", "Goossens", "De Smet")
_BE_FAMILY2 = ("Wouters", "Van den Broeck", "Mertens", "Vermeulen", "De Backer", "Lemmens")
_BE_GIVEN_M = ("Jan", "Bart", "Koen", "Wim", "Pieter", "Dirk", "Tom", "Geert")
_BE_GIVEN_F = ("Els", "An", "Katrien", "Sofie", "Griet", "Hilde", "Lien", "Inge")
_BE_PLACES = (
    ("9000", "Gent", "Kortrijksesteenweg", "Donorcentrum Gent"),
    ("2018", "Antwerpen", "Lange Kievitstraat", "Donorcentrum Antwerpen"),
    ("3000", "Leuven", "Naamsestraat", "Donorcentrum Leuven"),
    ("8500", "Kortrijk", "Doorniksestraat", "Donorcentrum Kortrijk"),
    ("3500", "Hasselt", "Kuringersteenweg", "Donorcentrum Hasselt"),
    ("1800", "Vilvoorde", "Leuvensestraat", "Mobiele afname Vilvoorde"),
)
_BE_ABO = ("O+", "A+", "O-", "A+", "B+", "AB+", "O+", "A-")
_BE_TYPES = ("Volbloed", "Volbloed", "Plasma", "Bloedplaatjes", "Volbloed")
_BE_STATUS = ("actief", "actief", "uitgesteld (reis)", "actief", "uitgesteld (Hb te laag)", "stop")
# -- Netherlands: a general practice's patient list ---------------------------------------------
_NL_NAMES = (
    ("", "Jansen"),
    ("de", "Vries"),
    ("van", "Dijk"),
    ("van der", "Berg"),
    ("", "Bakker"),
    ("", "Yilmaz"),
    ("van den", "Heuvel"),
    ("", "Visser"),
    ("de", "Jong"),
    ("", "El Idrissi"),
)
_NL_GIVEN_M = (
    ("J.P.", "Jan"),
    ("H.", "Henk"),
    ("M.J.", "Martijn"),
    ("M.", "Mohamed"),
    ("W.", "Wout"),
)
_NL_GIVEN_F = (
    ("M.A.", "Marieke"),
    ("A.", "Anouk"),
    ("J.M.", "Joke"),
    ("F.", "Fatima"),
    ("S.", "Sanne"),
)
_NL_PLACES = (
    ("3581", "Utrecht", "Biltstraat", "030"),
    ("6811", "Arnhem", "Jansbinnensingel", "026"),
    ("8011", "Zwolle", "Diezerstraat", "038"),
    ("5611", "Eindhoven", "Stratumseind", "040"),
    ("9711", "Groningen", "Oude Ebbingestraat", "050"),
    ("2011", "Haarlem", "Kruisweg", "023"),
)
_NL_LETTERS = "ABCEGHJKLMNPRSTVWXZ"
_NL_INSURERS = ("Zilveren Kruis", "VGZ", "CZ", "Menzis", "DSW", "ONVZ", "a.s.r.")
_NL_GPS = ("dr. A. de Boer", "dr. M. Kaya", "dr. P. Smit", "H. Wijnands (HIDHA)")
_NL_PHARMACIES = ("Apotheek Centrum", "Apotheek De Linde", "Service Apotheek", "BENU Apotheek")
_NL_LSP = ("ja", "ja", "nee", "niet gevraagd", "ja")
# -- Luxembourg: CGDIS volunteer firefighters ---------------------------------------------------
_LU_PLACES = (
    ("L-9530", "Wiltz", "Grand-Rue", "CIS Wiltz"),
    ("L-6460", "Echternach", "rue de la Gare", "CIS Echternach"),
    ("L-7730", "Colmar-Berg", "rue de Luxembourg", "CIS Nordstad"),
    ("L-8211", "Mamer", "route d'Arlon", "CIS Mamer"),
    ("L-9910", "Troisvierges", "rue de Binsfeld", "CIS Troisvierges"),
    ("L-5280", "Sandweiler", "rue Principale", "CIS Sandweiler"),
)
_LU_GRADES = ("Pompjee", "Caporal", "Sergent", "Caporal-chef", "Adjudant", "Lieutenant")
_LU_PERMITS = ("B", "B, C", "B, C, CE", "B", "B, C1")
_LU_EMPLOYERS = (
    "Goodyear Colmar-Berg",
    "Commune de Wiltz",
    "CFL",
    "Post Luxembourg",
    "indépendant",
)
# -- Switzerland (Ticino): the civil protection's roll ------------------------------------------
_TI_FAMILY = ("Rossi", "Bernasconi", "Ferrari", "Lepori", "Pedrazzini", "Bianchi", "Gianella")
_TI_FAMILY2 = ("Cattaneo", "Canonica", "Lurati", "Fontana", "Quadri", "Galli")
_TI_GIVEN_M = ("Marco", "Luca", "Matteo", "Fabio", "Stefano", "Giorgio", "Nicola")
_TI_GIVEN_F = ("Chiara", "Giulia", "Sara", "Elena", "Francesca", "Laura", "Michela")
_TI_PLACES = (
    ("6900", "Lugano", "Via Nassa", "Regione PCi Lugano Città"),
    ("6500", "Bellinzona", "Viale Stazione", "Regione PCi Bellinzonese"),
    ("6600", "Locarno", "Via della Pace", "Regione PCi Locarnese e Vallemaggia"),
    ("6850", "Mendrisio", "Via Lavizzari", "Regione PCi Mendrisiotto"),
    ("6710", "Biasca", "Via Bellinzona", "Regione PCi Tre Valli"),
    ("6512", "Giubiasco", "Via Olgiati", "Regione PCi Bellinzonese"),
)
_TI_GRADES = ("Milite", "Milite", "Caporale", "Sergente", "Tenente", "Capitano")
_TI_FUNCTIONS = (
    "Pioniere",
    "Assistente d'assistenza",
    "Specialista PBC",
    "Addetto alla logistica",
    "Capogruppo",
)
_TI_EMPLOYERS = ("Comune di Lugano", "AIL SA", "BancaStato", "EOC Ospedale Civico", "indipendente")
_TI_NOTES = ("", "", "Dispensato 2025", "Trasferito da GR", "", "Servizio a favore della comunità")
# -- Liechtenstein: arrivals at the Passamt ------------------------------------------------------
_LI_NATIONS = (
    ("Liechtenstein", "—"),
    ("Schweiz", "Aufenthaltsbewilligung (EWR/CH)"),
    ("Österreich", "Aufenthaltsbewilligung (EWR/CH)"),
    ("Deutschland", "Kurzaufenthaltsbewilligung"),
    ("Portugal", "Familiennachzug"),
    ("Italien", "Niederlassungsbewilligung"),
)
_LI_FROM = ("Feldkirch (AT)", "Buchs SG (CH)", "Sevelen (CH)", "Bregenz (AT)", "München (DE)")
_LI_CIVIL = ("ledig", "verheiratet", "geschieden", "verheiratet", "in eingetr. Partnerschaft")
_LI_EMPLOYERS = (
    "Hilti AG, Schaan",
    "Ivoclar Vivadent AG, Schaan",
    "LLB AG, Vaduz",
    "Hoval AG, Vaduz",
    "thyssenkrupp Presta AG, Eschen",
    "Landesspital, Vaduz",
)


def _place(p: Person, places: tuple[_T, ...], salt: int = 7) -> _T:
    return places[int(p.bhxh[2:6]) // (salt + 1) % len(places)]


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain.lower().replace(" ", "").replace("'", "")


def _mail(p: Person, given: str, family: str, domains: _T) -> str:
    local = f"{_ascii(given)}.{_ascii(family)}" if _num(p, 3) != 1 else f"{_ascii(family)}{_num(p)}"
    return f"{local}@{_pick(p, domains, 3)}"


def _rest(p: Person) -> tuple[str, int]:
    return _pick_pair(p, _VN_AFTER)


def _pick_pair(p: Person, options: tuple[tuple[str, int], ...]) -> tuple[str, int]:
    return options[int(p.bhxh) // 13 % len(options)]


def _rest_from(p: Person) -> date:
    return p.other_date + timedelta(days=3)


def _ticket(p: Person) -> tuple[str, int, str]:
    return _VN_TICKETS[int(p.bhxh) // 17 % len(_VN_TICKETS)]


# -- foreign names and phones ---------------------------------------------------------------------
def _be_family(p: Person) -> str:
    return _pick(p, _BE_FAMILY + _BE_FAMILY2, 3)


def _be_phone(p: Person) -> str:
    d = p.phone[4:10]
    lead = _pick(p, ("470", "475", "486", "496"), 2)
    if int(p.bhxh) % 2:
        return f"+32 {lead} {d[:2]} {d[2:4]} {d[4:]}"
    return f"0{lead}/{d[:2]}.{d[2:4]}.{d[4:]}"


def _nl_name(p: Person) -> tuple[str, str]:
    return _NL_NAMES[int(p.bhxh) // 7 % len(_NL_NAMES)]


def _nl_given(p: Person) -> tuple[str, str]:
    names = _NL_GIVEN_M if p.male else _NL_GIVEN_F
    return names[int(p.bhxh) // 11 % len(names)]


def _nl_phone(p: Person) -> str:
    d = p.phone[2:10]
    if int(p.bhxh) % 3:
        return f"06-{d}"
    return f"{_place(p, _NL_PLACES, 4)[3]}-{d[1:]}"


def _ti_family(p: Person) -> str:
    return _pick(p, _TI_FAMILY + _TI_FAMILY2, 3)


def _ti_phone(p: Person) -> str:
    d = p.phone[3:10]
    if int(p.bhxh) % 2:
        return f"+41 91 {d[:3]} {d[3:5]} {d[5:]}"
    return f"07{_pick(p, ('6', '8', '9'), 2)} {d[:3]} {d[3:5]} {d[5:]}"


def _li_nation(p: Person) -> tuple[str, str]:
    return _LI_NATIONS[int(p.bhxh) // 19 % len(_LI_NATIONS)]


WRITERS_BLIND190: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: student interns at a ward People's Committee
    "mssv190": lambda p, c: f"{_place(p, _VN_SCHOOLS)[2]}{p.bhxh[:2]}{p.bhxh[-4:]}",
    "class190": lambda p, c: f"{_place(p, _VN_SCHOOLS)[2]}{_num(p, 9) + 40}{_pick(p, ('A', 'B'))}",
    "mode190": lambda p, c: _pick(p, _VN_MODES, 2),
    "school190": lambda p, c: _place(p, _VN_SCHOOLS)[0],
    "major190": lambda p, c: _place(p, _VN_SCHOOLS)[1],
    "teacher190": lambda p, c: f"ThS. {_other_vn(p, 3)}",
    "dept190": lambda p, c: _pick(p, _VN_DEPTS, 4),
    "mentor190": lambda p, c: _other_vn(p, 5),
    "intern_end190": lambda p, c: f"{p.other_date + timedelta(days=56):%d/%m/%Y}",
    "score190": lambda p, c: _pick(p, _VN_SCORES, 6),
    # Vietnam: poor households receiving a digital TV set-top box
    "ethnic190": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "hamlet190": lambda p, c: _pick(p, _VN_HAMLETS, 3),
    "commune190": lambda p, c: _pick(p, _VN_COMMUNES, 4),
    "hhkind190": lambda p, c: _pick(p, _VN_HH_KIND, 5),
    "hhcode190": lambda p, c: f"HN-{p.bhxh[3:5]}-{_num(p, 400):03d}",
    "device190": lambda p, c: _place(p, _VN_DEVICES, 2)[0],
    "serial190": lambda p, c: f"{_place(p, _VN_DEVICES, 2)[1]}{p.bhxh[::-1][:9]}",
    "installer190": lambda p, c: _pick(p, _VN_INSTALLERS, 6),
    # Vietnam: a provincial sports centre's swimming pool season tickets
    "card190": lambda p, c: f"BB{p.bhxh[-5:]}",
    "ticket190": lambda p, c: _ticket(p)[0],
    "slot190": lambda p, c: _pick(p, _VN_SLOTS, 3),
    "expiry190": lambda p, c: f"{p.other_date + timedelta(days=30 * _ticket(p)[1]):%d/%m/%Y}",
    "fee190": lambda p, c: _ticket(p)[2],
    "health190": lambda p, c: _pick(p, _VN_HEALTH, 4),
    "cashier190": lambda p, c: _pick(p, _VN_CASHIERS, 5),
    # Vietnam: a union's list of members on rest-and-recovery leave
    "workshop190": lambda p, c: _pick(p, _VN_WORKSHOPS, 2),
    "after190": lambda p, c: _rest(p)[0],
    "rest_days190": lambda p, c: str(_rest(p)[1]),
    "rest_from190": lambda p, c: f"{_rest_from(p):%d/%m/%Y}",
    "rest_to190": lambda p, c: f"{_rest_from(p) + timedelta(days=_rest(p)[1] - 1):%d/%m/%Y}",
    "daily190": lambda p, c: _dotted(_VN_DAILY),
    "rest_total190": lambda p, c: _dotted(_VN_DAILY * _rest(p)[1]),
    "account190": lambda p, c: f"{p.bhxh[::-1]}{_num(p, 90):02d}",
    "bank190": lambda p, c: _pick(p, _VN_BANKS, 3),
    "chair190": lambda p, c: _other_vn(p, 7),
    "chair_phone190": lambda p, c: _other_phone(p, "091"),
    # Belgium: Red Cross Flanders blood donors
    "be_donor190": lambda p, c: f"D{p.bhxh[1:8]}",
    "be_rrn190": lambda p, c: _rrn(p),
    "be_family190": lambda p, c: _be_family(p),
    "be_given190": lambda p, c: _by_sex(p, _BE_GIVEN_M, _BE_GIVEN_F, 2),
    "be_sex190": lambda p, c: "M" if p.male else "V",
    "be_street190": lambda p, c: (
        f"{_place(p, _BE_PLACES)[2]} {_num(p, 180)}"
        + (f" bus {_num(p, 6)}" if int(p.bhxh) % 4 == 0 else "")
    ),
    "be_pc190": lambda p, c: _place(p, _BE_PLACES)[0],
    "be_town190": lambda p, c: _place(p, _BE_PLACES)[1],
    "be_phone190": lambda p, c: _be_phone(p),
    "be_email190": lambda p, c: _mail(
        p, _by_sex(p, _BE_GIVEN_M, _BE_GIVEN_F, 2), _be_family(p), ("telenet.be", "gmail.com")
    ),
    "be_abo190": lambda p, c: _pick(p, _BE_ABO, 4),
    "be_count190": lambda p, c: str(_num(p, 80)),
    "be_centre190": lambda p, c: _place(p, _BE_PLACES)[3],
    "be_type190": lambda p, c: _pick(p, _BE_TYPES, 5),
    "be_status190": lambda p, c: _pick(p, _BE_STATUS, 6),
    # Netherlands: a GP practice's patient list
    "nl_patnr190": lambda p, c: str(_num(p, 9000) + 1000),
    "nl_bsn190": lambda p, c: _bsn(p),
    "nl_prefix190": lambda p, c: _nl_name(p)[0],
    "nl_family190": lambda p, c: _nl_name(p)[1],
    "nl_initials190": lambda p, c: _nl_given(p)[0],
    "nl_given190": lambda p, c: _nl_given(p)[1],
    "nl_sex190": lambda p, c: "M" if p.male else "V",
    "nl_street190": lambda p, c: (
        f"{_place(p, _NL_PLACES, 4)[2]} {_num(p, 140)}{_pick(p, ('', '', 'a', '-II', ' bis'), 2)}"
    ),
    "nl_pc190": lambda p, c: (
        f"{_place(p, _NL_PLACES, 4)[0]} {_pick(p, tuple(_NL_LETTERS), 2)}"
        f"{_pick(p, tuple(_NL_LETTERS), 5)}"
    ),
    "nl_town190": lambda p, c: _place(p, _NL_PLACES, 4)[1],
    "nl_phone190": lambda p, c: _nl_phone(p),
    "nl_insurer190": lambda p, c: _pick(p, _NL_INSURERS, 3),
    "nl_policy190": lambda p, c: f"{p.bhxh[-9:]}",
    "nl_gp190": lambda p, c: _pick(p, _NL_GPS, 4),
    "nl_pharmacy190": lambda p, c: _pick(p, _NL_PHARMACIES, 5),
    "nl_lsp190": lambda p, c: _pick(p, _NL_LSP, 6),
    # Luxembourg: CGDIS volunteer firefighters
    "lu_matr190": lambda p, c: _matricule_lu(p),
    "lu_family190": lambda p, c: _pick(p, _LU_FAMILY, 3),
    "lu_given190": lambda p, c: _by_sex(p, _LU_GIVEN_M, _LU_GIVEN_F, 2),
    "lu_sex190": lambda p, c: "M" if p.male else "F",
    "lu_street190": lambda p, c: f"{_num(p, 90)}, {_place(p, _LU_PLACES)[2]}",
    "lu_pc190": lambda p, c: _place(p, _LU_PLACES)[0],
    "lu_town190": lambda p, c: _place(p, _LU_PLACES)[1],
    "lu_phone190": lambda p, c: _phone_lu(p),
    "lu_email190": lambda p, c: _mail(
        p, _by_sex(p, _LU_GIVEN_M, _LU_GIVEN_F, 2), _pick(p, _LU_FAMILY, 3), ("pt.lu", "gmail.com")
    ),
    "lu_cis190": lambda p, c: _place(p, _LU_PLACES)[3],
    "lu_grade190": lambda p, c: _pick(p, _LU_GRADES, 4),
    "lu_permit190": lambda p, c: _pick(p, _LU_PERMITS, 5),
    "lu_fit190": lambda p, c: f"{_shift_date(p.other_date, 2):%d.%m.%Y}",
    "lu_employer190": lambda p, c: _pick(p, _LU_EMPLOYERS, 6),
    "lu_emerg190": lambda p, c: f"{_pick(p, _LU_GIVEN_F, 7)} {_pick(p, _LU_FAMILY, 3)}",
    # Switzerland (Ticino): civil protection members
    "ti_ahv190": lambda p, c: _ahv(p),
    "ti_family190": lambda p, c: _ti_family(p),
    "ti_given190": lambda p, c: _by_sex(p, _TI_GIVEN_M, _TI_GIVEN_F, 2),
    "ti_sex190": lambda p, c: "M" if p.male else "F",
    "ti_street190": lambda p, c: f"{_place(p, _TI_PLACES, 5)[2]} {_num(p, 70)}",
    "ti_npa190": lambda p, c: _place(p, _TI_PLACES, 5)[0],
    "ti_town190": lambda p, c: _place(p, _TI_PLACES, 5)[1],
    "ti_phone190": lambda p, c: _ti_phone(p),
    "ti_region190": lambda p, c: _place(p, _TI_PLACES, 5)[3],
    "ti_grade190": lambda p, c: _pick(p, _TI_GRADES, 4),
    "ti_function190": lambda p, c: _pick(p, _TI_FUNCTIONS, 6),
    "ti_days190": lambda p, c: str(_num(p, 14)),
    "ti_end190": lambda p, c: f"31.12.{max(p.birth.year + 40, 2026)}",
    "ti_employer190": lambda p, c: _pick(p, _TI_EMPLOYERS, 7),
    "ti_note190": lambda p, c: _pick(p, _TI_NOTES, 8),
    # Liechtenstein: arrivals registered at the Ausländer- und Passamt
    "li_ref190": lambda p, c: f"Z-2025/{_num(p, 900):04d}",
    "li_family190": lambda p, c: _pick(p, _LI_FAMILY, 3),
    "li_given190": lambda p, c: _by_sex(p, _LI_GIVEN_M, _LI_GIVEN_F, 2),
    "li_sex190": lambda p, c: "m" if p.male else "w",
    "li_civil190": lambda p, c: _pick(p, _LI_CIVIL, 4),
    "li_nation190": lambda p, c: _li_nation(p)[0],
    "li_ahv190": lambda p, c: _ahv(p),
    "li_from190": lambda p, c: _pick(p, _LI_FROM, 5),
    "li_street190": lambda p, c: f"{_place(p, _LI_PLACES, 6)[2]} {_num(p, 60)}",
    "li_plz190": lambda p, c: _place(p, _LI_PLACES, 6)[0],
    "li_town190": lambda p, c: _place(p, _LI_PLACES, 6)[1],
    "li_permit190": lambda p, c: _li_nation(p)[1],
    "li_employer190": lambda p, c: _pick(p, _LI_EMPLOYERS, 6),
    "li_phone190": lambda p, c: _phone_li(p),
    "li_email190": lambda p, c: _mail(
        p, _by_sex(p, _LI_GIVEN_M, _LI_GIVEN_F, 2), _pick(p, _LI_FAMILY, 3), ("adon.li", "gmx.ch")
    ),
}

__all__ = ["WRITERS_BLIND190"]
