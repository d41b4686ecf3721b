"""How the people of the hundred-and-seventy-fifth part of the outside corpus (**blind 175**,
:mod:`lienthong.quality._corpus_blind175`) are written: four Vietnamese registers' own columns
(pupils receiving rice support, paper driving licences exchanged for PET cards, water meters
replaced by a water company, a gold shop's customers) and five German-speaking ones (a
Bavarian sports club's coaches, a Lusatian farm's seasonal workers with Sorbian headers, a
Flensburg cross-border commuters' advice desk with Danish headers, Vienna's municipal-housing
waiting list and Vorarlberg's family pass)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date, _steuer_id
from lienthong.quality._corpus_blind58_writers import _svnr
from lienthong.quality._corpus_blind118_writers import _rvnr

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_DE_FAMILY = (
    "Huber", "Bauer", "Wagner", "Maier", "Gruber", "Schmid", "Hofmann", "Lehner", "Brunner",
    "Müller", "Fischer", "Weiß", "Krause", "Schulze", "Nowak", "Kowalski", "Jürgensen", "Petersen",
)  # fmt: skip
_SORB_FAMILY = ("Nuk", "Bjeńš", "Wjeńka", "Kral", "Brězan", "Šołta", "Hrjehor", "Cyž", "Wałda")
_DK_FAMILY = ("Jensen", "Hansen", "Petersen", "Christiansen", "Sørensen", "Thomsen", "Møller")
_M = ("Johann", "Florian", "Maximilian", "Thomas", "Stefan", "Andreas", "Lukas", "Jürgen")
_F = ("Maria", "Anna", "Theresa", "Sabine", "Katharina", "Julia", "Monika", "Johanna")
_SORB_M = ("Jan", "Měrćin", "Pětr", "Jurij", "Beno", "Handrij", "Michał")
_SORB_F = ("Hanka", "Marja", "Lejna", "Mónika", "Katrina", "Brigita", "Madlena")
_DK_M = ("Jens", "Søren", "Niels", "Lars", "Henrik", "Bjørn", "Mads")
_DK_F = ("Karen", "Inge", "Mette", "Birgitte", "Anne", "Kirsten", "Sofie")

# (street, PLZ, Ort, Ortsteil)
_BY = (
    ("Kirchplatz", "83646", "Bad Tölz", "Ellbach"),
    ("Am Anger", "85354", "Freising", "Lerchenfeld"),
    ("Dorfstraße", "94469", "Deggendorf", "Fischerdorf"),
    ("Bahnhofstr.", "87435", "Kempten (Allgäu)", "Sankt Mang"),
    ("Hauptstraße", "91301", "Forchheim", "Buckenhofen"),
    ("Waldweg", "93047", "Regensburg", "Stadtamhof"),
)
# (street, PLZ, Ort / Sorbian, Ortsteil / Sorbian)
_LAUSITZ = (
    ("Hauptstraße", "01920", "Crostwitz / Chrósćicy", "Prautitz / Prawoćicy"),
    ("Am Klosterwasser", "01920", "Panschwitz-Kuckau / Pančicy-Kukow", "Ostro / Wotrow"),
    ("Dorfstraße", "01920", "Ralbitz-Rosenthal / Ralbicy-Róžant", "Schönau / Šunow"),
    ("Bautzener Str.", "01920", "Räckelwitz / Worklecy", "Neudörfel / Nowa Wjeska"),
    ("Lauengraben", "02625", "Bautzen / Budyšin", "Seidau / Židow"),
    ("Kamenzer Str.", "02699", "Königswartha / Rakecy", "Wartha / Stróža"),
)
_FL = (
    ("Norderstraße", "24939", "Flensburg", "Neustadt"),
    ("Friesischer Berg", "24937", "Flensburg", "Friesischer Berg"),
    ("Mürwiker Str.", "24943", "Flensburg", "Mürwik"),
    ("Hauptstraße", "24955", "Harrislee", "Wassersleben"),
    ("Schleswiger Str.", "24837", "Schleswig", "Friedrichsberg"),
    ("Dorfstraße", "24983", "Handewitt", "Jarplund"),
)
_WIEN = (
    ("Ottakringer Straße", "1160", "16., Ottakring"),
    ("Favoritenstraße", "1100", "10., Favoriten"),
    ("Brünner Straße", "1210", "21., Floridsdorf"),
    ("Wagramer Straße", "1220", "22., Donaustadt"),
    ("Hernalser Hauptstraße", "1170", "17., Hernals"),
    ("Reumannplatz", "1100", "10., Favoriten"),
)
_WIEN_GASSE = ("Brunnengasse", "Herbststraße", "Quellenstraße", "Zieglergasse", "Leopoldsgasse")
# (Gemeinde, PLZ, Parzelle)
_VBG = (
    ("Dornbirn", "6850", "Hatlerdorf"),
    ("Dornbirn", "6850", "Haselstauden"),
    ("Lustenau", "6890", "Rheindorf"),
    ("Hohenems", "6845", "Herrenried"),
    ("Feldkirch", "6800", "Tisis"),
    ("Bregenz", "6900", "Vorkloster"),
    ("Bludenz", "6700", "Brunnenfeld"),
)
_VBG_STREET = ("Marktstraße", "Hatlerstraße", "Kirchstraße", "Reichsstraße", "Bundesstraße")


def _de_given(p: Person, salt: int = 1) -> str:
    return _by_sex(p, _M, _F, salt)


def _house(p: Person) -> str:
    return f"{_num(p, 60)}{_pick(p, ('', '', 'a', '', 'b'), 4)}"


def _place(p: Person, table: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return table[int(p.bhxh[3:6]) % len(table)]


def _iban_de(p: Person) -> str:
    body = p.bhxh + p.bhxh[:8]
    return f"DE{_num(p, 89) + 10:02d} {body[:4]} {body[4:8]} {body[8:12]} {body[12:16]} {body[16:]}"


def _cpr(p: Person) -> str:
    """A Danish CPR number (ddmmyy-ssss), the commuter's secondary document."""
    serial = int(p.bhxh[-4:]) // 2 * 2 + (1 if p.male else 0)
    return f"{p.birth:%d%m%y}-{serial % 10000:04d}"


def _bpk(p: Person) -> str:
    """A sector-specific personal identifier as the register prints it: 28 Base64 characters."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    seed = int(p.bhxh)
    chars = []
    for _ in range(27):
        seed = (seed * 1_103_515_245 + 12_345) % 2**31
        chars.append(alphabet[(seed >> 16) % 64])
    return "".join(chars) + "="


def _at_phone(p: Person, area: str) -> str:
    d = p.phone[3:10]
    if int(p.bhxh) % 2:
        return f"+43 {_pick(p, ('664', '660', '676', '699'), 2)} {d}"
    return f"{area} {d[:6]}"


WRITERS_BLIND175: dict[str, Callable[[Person, Col], object]] = {
    # -- Vietnam: rice support for pupils (Nghị định 116/2016) ----------------------------------
    "ethnic175": lambda p, c: _pick(
        p, ("Mông", "Dao", "Tày", "Thái", "Nùng", "Khơ Mú", "Xơ Đăng"), 1
    ),
    "pupil_class175": lambda p, c: f"{_pick(p, ('6', '7', '8', '9', '10'), 2)}A{_num(p, 3)}",
    "hamlet175": lambda p, c: (
        f"Bản {_pick(p, ('Nậm Nhừ', 'Huổi Só', 'Pa Cheo', 'Phìn Hồ', 'Tà Cạ'), 3)}, xã "
        f"{_pick(p, ('Mường Nhé', 'Tủa Chùa', 'Bát Xát', 'Kỳ Sơn', 'Ba Tơ'), 4)}"
    ),
    "guardian175": lambda p, c: _other_vn(p, 5, male=True),
    "guardian_phone175": lambda p, c: _other_phone(p, "03"),
    "distance175": lambda p, c: f"{_num(p, 18) + 3},{_num(p, 9)}",
    "months175": lambda p, c: _pick(p, ("9", "9", "8", "5"), 6),
    "sign175": lambda p, c: "",
    "rice175": lambda p, c: str(15 * int(_pick(p, ("9", "9", "8", "5"), 6))),
    # -- Vietnam: paper driving licences exchanged for PET cards ---------------------------------
    "old_licence175": lambda p, c: f"{_pick(p, ('79', '01', '48', '92'), 1)}0{p.bhxh[:9]}",
    "licence_class175": lambda p, c: _pick(p, ("A1", "A1, B2", "B2", "C", "A1, C", "E"), 2),
    "passed175": lambda p, c: format(_shift_date(p.other_date, -_num(p, 20) - 2), c.date_format),
    "issuer175": lambda p, c: _pick(
        p, ("Sở GTVT TP.HCM", "Sở GTVT Hà Nội", "Sở GTVT Đà Nẵng", "Cục ĐBVN", "Sở GTVT Cần Thơ"), 3
    ),
    "channel175": lambda p, c: _pick(
        p, ("Trực tuyến (DVCQG)", "Trực tiếp", "VNeID", "Bưu chính"), 4
    ),
    "fee175": lambda p, c: _pick(p, ("135.000", "135.000", "115.000"), 5),
    "state175": lambda p, c: _pick(
        p, ("Đã trả kết quả", "Đang xử lý", "Chờ bổ sung ảnh", "Đã in thẻ", "Từ chối - sai hạng"), 6
    ),
    # -- Vietnam: periodic water-meter replacement ------------------------------------------------
    "customer175": lambda p, c: f"KH{p.bhxh[2:10]}",
    "meter_old175": lambda p, c: (
        f"{_pick(p, ('ACTARIS', 'ZENNER', 'ITRON', 'SENSUS'), 1)}-{p.bhxh[:7]}"
    ),
    "reading175": lambda p, c: str(int(p.bhxh[-4:]) % 3000 + 100),
    "meter_new175": lambda p, c: f"DHN{p.bhxh[::-1][:8]}",
    "calibre175": lambda p, c: _pick(p, ("DN15", "DN15", "DN20", "DN25"), 2),
    "fitter175": lambda p, c: f"{_other_vn(p, 8, male=True)} - Tổ {_num(p, 6)}",
    "cost175": lambda p, c: _pick(p, ("Miễn phí", "Miễn phí", "350.000", "Khách hàng chịu"), 3),
    # -- Vietnam: a gold shop's customer identification book -------------------------------------
    "side175": lambda p, c: _pick(p, ("Khách bán", "Khách mua", "Khách bán", "Đổi"), 1),
    "gold175": lambda p, c: _pick(
        p, ("Nhẫn trơn 9999", "SJC 1 lượng", "Vàng 18K (750)", "Vàng 24K"), 2
    ),
    "weight175": lambda p, c: f"{_num(p, 50)},{_pick(p, ('0', '5', '0', '2'), 3)}",
    "price175": lambda p, c: f"{_num(p, 9) + 11}.{_pick(p, ('250', '480', '600', '900'), 4)}.000",
    "total175": lambda p, c: f"{_num(p, 900) + 100}.{p.bhxh[-3:]}.000",
    "clerk175": lambda p, c: _other_vn(p, 9),
    # -- Bavaria: a sports club's coaches (Übungsleiterpauschale) --------------------------------
    "by_family175": lambda p, c: _pick(p, _DE_FAMILY, 1),
    "by_given175": lambda p, c: _de_given(p),
    "steuer175": lambda p, c: _steuer_id(p),
    "by_street175": lambda p, c: f"{_place(p, _BY)[0]} {_house(p)}",
    "by_plz175": lambda p, c: _place(p, _BY)[1],
    "by_ort175": lambda p, c: _place(p, _BY)[2],
    "by_ortsteil175": lambda p, c: _place(p, _BY)[3],
    "phone_by175": lambda p, c: (
        f"0{_pick(p, ('151', '160', '171', '176'), 2)}/{p.phone[3:10]}"
        if int(p.bhxh) % 2
        else f"0{_pick(p, ('8041', '8161', '991', '831'), 3)}/{p.phone[4:10]}"
    ),
    "sex_by175": lambda p, c: "m" if p.male else "w",
    "sparte175": lambda p, c: _pick(
        p, ("Fußball Jugend", "Turnen", "Ski alpin", "Stockschießen"), 4
    ),
    "licence_by175": lambda p, c: _pick(
        p, ("C-Lizenz Breitensport", "B-Lizenz", "keine", "DFB C"), 5
    ),
    "pauschale175": lambda p, c: f"{_num(p, 30) * 100 + 250},00 €",
    "iban175": lambda p, c: _iban_de(p),
    # -- Saxony: seasonal farm workers, German and Upper Sorbian ----------------------------------
    "sb_family175": lambda p, c: _pick(p, _SORB_FAMILY + _DE_FAMILY[9:14], 2),
    "sb_given175": lambda p, c: _by_sex(p, _SORB_M, _SORB_F, 3),
    "rvnr175": lambda p, c: _rvnr(p),
    "sb_street175": lambda p, c: f"{_place(p, _LAUSITZ)[0]} {_house(p)}",
    "sb_plz175": lambda p, c: _place(p, _LAUSITZ)[1],
    "sb_ort175": lambda p, c: _place(p, _LAUSITZ)[2],
    "sb_ortsteil175": lambda p, c: _place(p, _LAUSITZ)[3],
    "phone_sb175": lambda p, c: (
        f"035796 {p.phone[5:10]}" if int(p.bhxh) % 3 == 0 else f"0172 {p.phone[3:10]}"
    ),
    "sex_sb175": lambda p, c: "männlich / muski" if p.male else "weiblich / žonski",
    "job_sb175": lambda p, c: _pick(
        p, ("Erdbeerernte", "Spargelstechen", "Kartoffelsortierung"), 4
    ),
    "kasse175": lambda p, c: _pick(p, ("AOK PLUS", "IKK classic", "TK", "BARMER"), 5),
    # -- Schleswig: cross-border commuters, Danish and German --------------------------------------
    "dk_family175": lambda p, c: _pick(p, _DK_FAMILY + _DE_FAMILY[14:], 1),
    "dk_given175": lambda p, c: _by_sex(p, _DK_M, _DK_F, 2),
    "steuer_fl175": lambda p, c: _steuer_id(p).replace(" ", ""),
    "cpr175": lambda p, c: _cpr(p),
    "fl_street175": lambda p, c: f"{_place(p, _FL)[0]} {_house(p)}",
    "fl_plz175": lambda p, c: _place(p, _FL)[1],
    "fl_ort175": lambda p, c: _place(p, _FL)[2],
    "phone_fl175": lambda p, c: (
        f"+49 461 {p.phone[4:10]}" if int(p.bhxh) % 2 else f"+45 {p.phone[2:4]} {p.phone[4:10]}"
    ),
    "sex_fl175": lambda p, c: "M" if p.male else "K",
    "employer_dk175": lambda p, c: _pick(
        p,
        ("Danfoss A/S, Nordborg", "Aabenraa Kommune", "Sygehus Sønderjylland", "Bitten & Mads"),
        3,
    ),
    "topic175": lambda p, c: _pick(
        p, ("Skat / Steuer", "A-kasse", "Rente / Pension", "Børnepenge / Kindergeld"), 4
    ),
    # -- Vienna: municipal housing waiting list --------------------------------------------------
    "w_family175": lambda p, c: _pick(p, (*_DE_FAMILY[:9], "Novak", "Yilmaz", "Horvat"), 1),
    "w_given175": lambda p, c: _de_given(p, 2),
    "svnr_w175": lambda p, c: _svnr(p),
    "w_addr175": lambda p, c: (
        f"{_pick(p, (*_WIEN_GASSE, _place(p, _WIEN)[0]), 2)} "
        f"{_num(p, 90)}/{_num(p, 4)}/{_num(p, 20)}"
    ),
    "w_plz175": lambda p, c: _place(p, _WIEN)[1],
    "w_bezirk175": lambda p, c: _place(p, _WIEN)[2],
    "phone_w175": lambda p, c: _at_phone(p, "01"),
    "sex_w175": lambda p, c: "männlich" if p.male else "weiblich",
    "zmr175": lambda p, c: f"{p.bhxh[:4]} {p.bhxh[4:8]} {p.bhxh[8:]}{_num(p, 89) + 10}",
    "ticket175": lambda p, c: f"WT-{p.bhxh[1:8]}",
    "household175": lambda p, c: str(_num(p, 5)),
    "grund175": lambda p, c: _pick(
        p, ("Überbelag", "Jungwiener", "Trennung", "Gesundheit / Barrierefreiheit", "Befristung"), 3
    ),
    # -- Vorarlberg: family pass ------------------------------------------------------------------
    "v_family175": lambda p, c: _pick(p, ("Fink", "Mathis", "Rhomberg", "Hämmerle", "Bösch"), 1),
    "v_given175": lambda p, c: _de_given(p, 3),
    "svnr_v175": lambda p, c: _svnr(p).replace(" ", ""),
    "bpk175": lambda p, c: _bpk(p),
    "v_street175": lambda p, c: f"{_pick(p, _VBG_STREET, 2)} {_house(p)}",
    "v_plz175": lambda p, c: _place(p, _VBG)[1],
    "v_gemeinde175": lambda p, c: _place(p, _VBG)[0],
    "v_parzelle175": lambda p, c: _place(p, _VBG)[2],
    "phone_v175": lambda p, c: _at_phone(p, "05572"),
    "pass175": lambda p, c: f"FP {p.bhxh[2:8]}",
    "kids175": lambda p, c: str(_num(p, 4)),
    "partner175": lambda p, c: (
        f"{_by_sex(p, _F, _M, 5)} {_pick(p, ('Fink', 'Mathis', 'Bösch'), 1)}"
    ),
}
