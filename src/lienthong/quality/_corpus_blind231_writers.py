"""How the people of the two-hundred-and-thirty-first part of the outside corpus (**blind 231**,
:mod:`lienthong.quality._corpus_blind231`) are written: four Vietnamese files' own columns (a
calligraphy class, the volunteers of a free-meal kitchen, medicinal-herb growers under contract,
a self-managed motorbike-taxi team) and South Tyrolean, Liechtenstein, Vorarlberg, Graubünden and
Bavarian names, places, phones and numbers in the forms their registers show: the codice fiscale
with its check letter, the AHV number with its EAN-13 digit, the Austrian SVNR with its mod-11
digit and the Steuer-ID with its MOD 11,10 digit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _steuer_id
from lienthong.quality._corpus_blind74_writers import _ahv
from lienthong.quality._corpus_blind118_writers import (
    _LI_FAMILY,
    _LI_GIVEN_F,
    _LI_GIVEN_M,
    _li_place,
    _phone_li,
    _rvnr,
    _svnr_at,
)
from lienthong.quality._corpus_blind170_writers import _cf170, _it_mobile

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam ------------------------------------------------------------------------------------
_VN_CLASS = ("Thư pháp Việt cơ bản K12", "Thư pháp chữ Hán - Nôm K3", "Thư pháp nâng cao K7")
_VN_PEN = ("Tâm An", "Mặc Khách", "Hải Đường", "Thanh Phong", "", "", "Minh Nguyệt")
_VN_SCHOOL = ("SV ĐH Sư phạm", "Hưu trí", "Tiểu thương chợ Bến Thành", "SV CĐ Kinh tế", "Nội trợ")
_VN_SHIFT = ("Sáng T2-T4-T6", "Sáng T3-T5-T7", "Trưa Chủ nhật", "Chiều (sơ chế)", "Sáng T7")
_VN_TASK = ("Nấu bếp", "Sơ chế rau", "Phát cơm", "Rửa dọn", "Chở gạo, nhận hàng")
_VN_ETHNIC = ("H'Mông", "Dao", "Giáy", "Tày", "Kinh", "Xa Phó")
_VN_HERB = ("Đương quy", "Tam thất", "Atiso", "Xuyên khung", "Đinh lăng", "Cát cánh")
_VN_STAND = (
    "Cổng BX phía Bắc",
    "Ngã tư Chợ Mới",
    "Cổng bệnh viện tỉnh",
    "Bến xe - ga",
    "Chợ Đầu mối",
)


def _vn_plate(p: Person) -> str:
    series = _pick(p, ("B1", "C1", "F1", "H1", "K1", "P1"), 3)
    return f"{_pick(p, ('43', '92', '47', '36'), 2)}-{series} {p.bhxh[2:5]}.{p.bhxh[5:7]}"


# -- South Tyrol: the home emergency call (Hausnotruf / telesoccorso) ----------------------------
_ST_FAMILY = ("Gruber", "Tappeiner", "Pircher", "Schwienbacher", "Rainer", "Alber", "Gamper")
_ST_GIVEN_M = ("Josef", "Alois", "Anton", "Franz", "Luis", "Ernesto", "Karl")
_ST_GIVEN_F = ("Rosa", "Hilda", "Aloisia", "Maria", "Paola", "Frieda", "Notburga")
#: (Geburtsort, Belfiore)
_ST_BORN = (("Meran", "F132"), ("Schlanders", "I729"), ("Bozen", "A952"), ("Latsch", "E457"))
#: (Straße, PLZ, Gemeinde)
_ST_HOMES = (
    ("Freiheitsstraße 88", "39012", "Meran / Merano"),
    ("Hauptstraße 21", "39028", "Schlanders / Silandro"),
    ("Kirchweg 4", "39021", "Latsch / Laces"),
    ("Via Roma 55", "39012", "Merano / Meran"),
    ("Kortscher Straße 9", "39028", "Schlanders / Silandro"),
    ("Dorfplatz 2", "39020", "Partschins / Parcines"),
)
_ST_SPRENGEL = (
    "Sprengel Meran",
    "Sprengel Mittelvinschgau",
    "Sprengel Naturns",
    "Distretto Merano",
)
_ST_STATUS = ("aktiv / attivo", "aktiv / attivo", "ruhend / sospeso", "abgemeldet / disdetto")


def _st_home(p: Person) -> tuple[str, ...]:
    return _ST_HOMES[int(p.bhxh) // 7 % len(_ST_HOMES)]


def _st_cf(p: Person) -> str:
    family = _pick(p, _ST_FAMILY, 2)
    given = _by_sex(p, _ST_GIVEN_M, _ST_GIVEN_F, 3)
    return _cf170(p, family, given, _ST_BORN[int(p.bhxh) // 13 % len(_ST_BORN)][1])


def _landline_st(p: Person) -> str:
    return f"0473 {p.phone[4:10]}" if int(p.bhxh) % 2 else _it_mobile(p)


# -- Liechtenstein: supplementary benefits to the AHV/IV pension ---------------------------------
_LI_PENSION = ("Altersrente", "IV-Rente", "Witwenrente", "Altersrente", "IV-Rente (halb)")
_LI_HOME = ("zu Hause", "zu Hause", "Haus St. Florin, Vaduz", "Haus St. Laurentius, Schaan")


def _chf(p: Person, low: int, span: int) -> str:
    amount = low + _num(p, span) * 5
    return f"{amount // 1000}'{amount % 1000:03d}.00" if amount >= 1000 else f"{amount}.00"


# -- Vorarlberg / Tyrol: the staff of an alpine pasture ------------------------------------------
_AT_FAMILY = ("Moosbrugger", "Fink", "Bereuter", "Feuerstein", "Metzler", "Nenning", "Walch")
_AT_GIVEN_M = ("Martin", "Elmar", "Jakob", "Andreas", "Wendelin", "Raphael")
_AT_GIVEN_F = ("Theresia", "Katharina", "Anna", "Magdalena", "Lisa", "Veronika")
_AT_HOMES = (
    ("Platz 314", "6870", "Bezau"),
    ("Hof 12", "6883", "Au"),
    ("Loco 207", "6863", "Egg"),
    ("Kirchplatz 4", "6780", "Schruns"),
    ("Malserstraße 30", "6500", "Landeck"),
    ("Dorf 55", "6731", "Sonntag"),
)
_AT_ALPE = ("Alpe Sera", "Alpe Oberüberlut", "Vorsäß Schönenbach", "Alpe Garnera", "Alpe Ifen")
_AT_JOB = ("Senn", "Sennerin", "Hirt", "Kleinhirt", "Zusenn", "Hüttenhilfe")


def _at_home(p: Person) -> tuple[str, ...]:
    return _AT_HOMES[int(p.bhxh) // 3 % len(_AT_HOMES)]


def _at_mobile(p: Person) -> str:
    lead = _pick(p, ("664", "650", "676", "699"), 4)
    if int(p.bhxh) % 3:
        return f"0{lead} {p.phone[3:10]}"
    return f"0{_pick(p, ('5514', '5518', '5556'), 5)} {p.phone[5:10]}"


def _svnr231(p: Person) -> str:
    value = _svnr_at(p)
    return value.replace(" ", "") if int(p.bhxh) % 4 == 0 else value


def _season(p: Person, month: int, day: int) -> str:
    return f"{_safe_day(p.other_date.year, month, day + _num(p, 9)):%d.%m.%Y}"


# -- Graubünden: the hunting licences (patents da chatscha) --------------------------------------
_GR_FAMILY = ("Caduff", "Cathomen", "Derungs", "Tscharner", "Casutt", "Item", "Janett", "Vital")
_GR_GIVEN_M = ("Gion", "Duri", "Reto", "Men", "Gieri", "Flurin", "Curdin")
_GR_GIVEN_F = ("Mengia", "Ursina", "Annina", "Seraina", "Cilgia", "Corina")
_GR_HOMES = (
    ("Via Principala 17", "7180", "Mustér / Disentis"),
    ("Stradun 304", "7550", "Scuol"),
    ("Via da la Staziun 9", "7503", "Samedan"),
    ("Via Sura 42", "7130", "Glion / Ilanz"),
    ("Plazza 6", "7530", "Zernez"),
    ("Quadrastrasse 11", "7000", "Cuira / Chur"),
)
_GR_PATENT = ("A (chatscha auta)", "B (chatscha bassa)", "A+B", "C (chatscha d'atun)")
_GR_DISTRICT = ("Surselva", "Engiadina Bassa", "Engiadina Aulta", "Albula", "Surselva")


def _gr_home(p: Person) -> tuple[str, ...]:
    return _GR_HOMES[int(p.bhxh) // 5 % len(_GR_HOMES)]


def _gr_phone(p: Person) -> str:
    d = p.phone[3:10]
    if int(p.bhxh) % 2:
        return f"079 {d[:3]} {d[3:5]} {d[5:]}"
    return f"081 {_pick(p, ('864', '936', '852', '925'), 4)} {d[3:5]} {d[5:]}"


# -- Bavaria: the seasonal workers of a hop farm in the Hallertau --------------------------------
_BY_FAMILY = ("Huber", "Brunner", "Kellerer", "Lanzinger", "Obermaier", "Ostermeier", "Kowalski")
_BY_GIVEN_M = ("Korbinian", "Xaver", "Sebastian", "Michael", "Tobias", "Marek")
_BY_GIVEN_F = ("Franziska", "Veronika", "Laura", "Kathrin", "Agnieszka", "Lena")
_BY_HOMES = (
    ("Marktplatz 7", "85283", "Wolnzach"),
    ("Hallertauer Str. 22", "84048", "Mainburg"),
    ("Hopfenstraße 3a", "84072", "Au i.d. Hallertau"),
    ("Ingolstädter Str. 41", "85276", "Pfaffenhofen a.d. Ilm"),
    ("Kirchgasse 2", "85290", "Geisenfeld"),
    ("Abensberger Str. 15", "93354", "Siegenburg"),
)
_BY_KASSE = ("AOK Bayern", "TK", "Barmer", "DAK", "IKK classic")
_BY_WORK = ("Pflücker (Maschine)", "Rebenzieher", "Darre", "Schlepperfahrer", "Pflücker")


def _by_home(p: Person) -> tuple[str, ...]:
    return _BY_HOMES[int(p.bhxh) // 11 % len(_BY_HOMES)]


def _by_phone(p: Person) -> str:
    if int(p.bhxh) % 3:
        return f"01{_pick(p, ('51', '60', '70', '76'), 2)} {p.phone[3:10]}"
    return f"0{_pick(p, ('8442', '8751', '8441'), 3)} {p.phone[6:10]}"


def _steuer231(p: Person) -> str:
    value = _steuer_id(p)
    return value.replace(" ", "") if int(p.bhxh) % 3 == 0 else value


WRITERS_BLIND231: dict[str, Callable[[Person, Col], object]] = {
    # calligraphy class
    "class231": lambda p, c: _pick(p, _VN_CLASS, 2),
    "teacher231": lambda p, c: f"Thầy {_other_vn(p, 3, male=True)}",
    "fee231": lambda p, c: f"{(8 + _num(p, 12)) * 100000:,}".replace(",", "."),
    "pen231": lambda p, c: _pick(p, _VN_PEN, 4),
    # free-meal kitchen volunteers
    "school231": lambda p, c: _pick(p, _VN_SCHOOL, 2),
    "shift231": lambda p, c: _pick(p, _VN_SHIFT, 3),
    "task231": lambda p, c: _pick(p, _VN_TASK, 4),
    "hours231": lambda p, c: f"{_num(p, 300)} giờ",
    "leader231": lambda p, c: _other_vn(p, 5),
    # medicinal herbs under contract
    "ethnic231": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "herb231": lambda p, c: _pick(p, _VN_HERB, 3),
    "area231": lambda p, c: (5 + _num(p, 60)) * 100,
    "yield231": lambda p, c: (2 + _num(p, 40)) * 50,
    "contract231": lambda p, c: f"{p.bhxh[-3:]}/{p.other_date:%Y}/HĐBT-HTXDL",
    "price231": lambda p, c: f"{(40 + _num(p, 160)) * 1000:,}".replace(",", "."),
    "bank231": lambda p, c: f"Agribank {p.bhxh[:4]} 205 {p.bhxh[4:10]}",
    # motorbike-taxi team
    "badge231": lambda p, c: f"XO-{_num(p, 150):03d}",
    "plate231": lambda p, c: _vn_plate(p),
    "licence231": lambda p, c: f"{p.bhxh[:2]}0{p.bhxh[2:10]}{p.bhxh[-1]}",
    "head231": lambda p, c: _other_vn(p, 6, male=True),
    "head_phone231": lambda p, c: _other_phone(p, "09"),
    "stand231": lambda p, c: _pick(p, _VN_STAND, 7),
    # South Tyrol: Hausnotruf / telesoccorso
    "st_family231": lambda p, c: _pick(p, _ST_FAMILY, 2),
    "st_given231": lambda p, c: _by_sex(p, _ST_GIVEN_M, _ST_GIVEN_F, 3),
    "st_sex231": lambda p, c: "M" if p.male else "W/F",
    "st_cf231": lambda p, c: _st_cf(p),
    "st_born231": lambda p, c: _ST_BORN[int(p.bhxh) // 13 % len(_ST_BORN)][0],
    "st_street231": lambda p, c: _st_home(p)[0],
    "st_cap231": lambda p, c: _st_home(p)[1],
    "st_town231": lambda p, c: _st_home(p)[2],
    "st_phone231": lambda p, c: _landline_st(p),
    "st_contact231": lambda p, c: f"{_pick(p, _ST_GIVEN_F, 5)} {_pick(p, _ST_FAMILY, 6)} (Tochter)",
    "st_contact_tel231": lambda p, c: f"{_pick(p, ('340', '333', '349'), 7)} {p.phone[2:9]}",
    "st_device231": lambda p, c: f"HN-{p.bhxh[1:6]}",
    "st_sprengel231": lambda p, c: _pick(p, _ST_SPRENGEL, 8),
    "st_status231": lambda p, c: _pick(p, _ST_STATUS, 9),
    "st_fee231": lambda p, c: f"{_pick(p, ('0,00', '12,50', '25,00', '18,00'), 4)} €",
    # Liechtenstein: Ergänzungsleistungen
    "li_family231": lambda p, c: _pick(p, _LI_FAMILY, 2),
    "li_given231": lambda p, c: _by_sex(p, _LI_GIVEN_M, _LI_GIVEN_F, 3),
    "li_ahv231": lambda p, c: _ahv(p),
    "li_sex231": lambda p, c: "männlich" if p.male else "weiblich",
    "li_street231": lambda p, c: f"{_li_place(p)[2]} {_num(p, 80)}",
    "li_plz231": lambda p, c: _li_place(p)[0],
    "li_town231": lambda p, c: _li_place(p)[1],
    "li_phone231": lambda p, c: _phone_li(p),
    "li_pension231": lambda p, c: _pick(p, _LI_PENSION, 4),
    "li_el231": lambda p, c: _chf(p, 180, 400),
    "li_home231": lambda p, c: _pick(p, _LI_HOME, 5),
    "li_guard231": lambda p, c: "" if int(p.bhxh) % 4 else f"Dr. {_pick(p, _LI_FAMILY, 6)}",
    "li_file231": lambda p, c: f"EL-{p.other_date:%Y}-{p.bhxh[-5:]}",
    # Vorarlberg / Tyrol: Almpersonal
    "at_family231": lambda p, c: _pick(p, _AT_FAMILY, 2),
    "at_given231": lambda p, c: _by_sex(p, _AT_GIVEN_M, _AT_GIVEN_F, 3),
    "at_svnr231": lambda p, c: _svnr231(p),
    "at_street231": lambda p, c: _at_home(p)[0],
    "at_plz231": lambda p, c: _at_home(p)[1],
    "at_town231": lambda p, c: _at_home(p)[2],
    "at_phone231": lambda p, c: _at_mobile(p),
    "at_alpe231": lambda p, c: _pick(p, _AT_ALPE, 4),
    "at_job231": lambda p, c: _pick(p, _AT_JOB, 5),
    "at_up231": lambda p, c: _season(p, 6, 10),
    "at_down231": lambda p, c: _season(p, 9, 12),
    "at_wage231": lambda p, c: f"{70 + _num(p, 60)},00",
    "at_boss231": lambda p, c: f"{_pick(p, _AT_GIVEN_M, 6)} {_pick(p, _AT_FAMILY, 7)}",
    # Graubünden: patents da chatscha
    "rg_family231": lambda p, c: _pick(p, _GR_FAMILY, 2),
    "rg_given231": lambda p, c: _by_sex(p, _GR_GIVEN_M, _GR_GIVEN_F, 3),
    "rg_sex231": lambda p, c: "masc." if p.male else "fem.",
    "rg_ahv231": lambda p, c: _ahv(p),
    "rg_street231": lambda p, c: _gr_home(p)[0],
    "rg_npa231": lambda p, c: _gr_home(p)[1],
    "rg_town231": lambda p, c: _gr_home(p)[2],
    "rg_phone231": lambda p, c: _gr_phone(p),
    "rg_patent231": lambda p, c: _pick(p, _GR_PATENT, 4),
    "rg_number231": lambda p, c: f"{p.other_date:%Y}/{p.bhxh[-4:]}",
    "rg_district231": lambda p, c: _pick(p, _GR_DISTRICT, 5),
    "rg_shot231": lambda p, c: _season(p, 5, 2),
    "rg_weapon231": lambda p, c: _pick(p, ("7x64", ".30-06", "8x68S", "6.5x55", "7mm Rem."), 6),
    # Bavaria: Erntehelfer Hopfenernte
    "by_family231": lambda p, c: _pick(p, _BY_FAMILY, 2),
    "by_given231": lambda p, c: _by_sex(p, _BY_GIVEN_M, _BY_GIVEN_F, 3),
    "by_sex231": lambda p, c: "m" if p.male else "w",
    "by_steuer231": lambda p, c: _steuer231(p),
    "by_sv231": lambda p, c: _rvnr(p),
    "by_kasse231": lambda p, c: _pick(p, _BY_KASSE, 5),
    "by_street231": lambda p, c: _by_home(p)[0],
    "by_plz231": lambda p, c: _by_home(p)[1],
    "by_town231": lambda p, c: _by_home(p)[2],
    "by_phone231": lambda p, c: _by_phone(p),
    "by_work231": lambda p, c: _pick(p, _BY_WORK, 6),
    "by_start231": lambda p, c: _season(p, 8, 18),
    "by_end231": lambda p, c: _season(p, 9, 14),
    "by_wage231": lambda p, c: f"{_pick(p, ('12,82', '13,50', '14,00', '15,20'), 7)} €",
    "by_pnr231": lambda p, c: f"EH{p.other_date:%y}-{_num(p, 99):03d}",
}
