"""How the people of the fifty-first part of the outside corpus (**blind 51**,
:mod:`lienthong.quality._corpus_blind51`) are written: four Vietnamese files' own columns (a
marriage register's husband and wife, a household business's shop, trade and tax, a person with
revolutionary merit's category, martyr and Tết gift, a seafarer's book, certificate and ship) and
Basque, Réunionese, Somaliland, Bangsamoro and Alaskan names, addresses, phones and identity
numbers in the forms their papers show (the DNI's mod-23 letter, the NIR of someone born in a DOM
with its mod-97 key, the PhilSys card number in groups of four, an SSN from Alaska's 574 area)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.identifiers import make_cccd
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind44_writers import _shift_date

if TYPE_CHECKING:
    from datetime import date

    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Kinh", "Tày")
_VN_SIGNERS = ("Nguyễn Văn Hùng", "Trần Thị Mỹ Linh", "Lê Quốc Bảo")
_VN_SHOPS = (
    ("Tạp hóa", "Bán lẻ hàng tạp hóa, đồ uống"),
    ("Quán cơm", "Dịch vụ ăn uống"),
    ("Tiệm tóc", "Cắt tóc, gội đầu"),
    ("Sửa xe", "Sửa chữa xe máy"),
    ("Nhà thuốc", "Bán lẻ thuốc"),
    ("Cà phê", "Dịch vụ ăn uống (cà phê, giải khát)"),
    ("Vật liệu xây dựng", "Bán lẻ VLXD"),
)
_VN_SHOP_PLACES = (
    "Kiốt số {n}, Chợ Bà Chiểu, Phường Bình Thạnh, TP. Hồ Chí Minh",
    "{n} Lê Văn Sỹ, Phường Nhiêu Lộc, TP. Hồ Chí Minh",
    "Sạp {n} lầu 1, Chợ Bến Thành, Phường Bến Thành, TP. Hồ Chí Minh",
    "{n}/12 Tô Ký, Phường Trung Mỹ Tây, TP. Hồ Chí Minh",
    "{n} Đường số 7, Phường An Lạc, TP. Hồ Chí Minh",
)
_VN_TAX_METHODS = ("Kê khai", "Kê khai", "Khoán (đến 31/12/2025)", "Kê khai theo lần phát sinh")
_VN_MST_STATUS = ("Đang hoạt động", "Đang hoạt động", "Tạm ngừng KD", "NNT ngừng hoạt động")
_VN_MERIT = (
    "Thân nhân liệt sĩ",
    "Thương binh",
    "Bệnh binh",
    "Người HĐKC bị nhiễm CĐHH",
    "Thân nhân liệt sĩ",
    "Người HĐCM, HĐKC bị địch bắt tù, đày",
    "Người có công giúp đỡ cách mạng",
)
_VN_HAMLETS = (
    ("Ấp 3", "Xã Tân Nhựt"),
    ("Ấp Tân Long", "Xã Bình Chánh"),
    ("Ấp Bàu Tròn", "Xã Nhuận Đức"),
    ("Ấp 5", "Xã Hưng Long"),
    ("Ấp Đồng Lớn", "Xã Bình Mỹ"),
)
_VN_SEA_RANKS = (
    "Thuyền trưởng tàu từ 3000 GT trở lên",
    "Đại phó tàu từ 500 đến dưới 3000 GT",
    "Sỹ quan boong",
    "Máy trưởng tàu từ 3000 kW trở lên",
    "Sỹ quan máy",
    "Thủy thủ trực ca",
    "Thợ máy trực ca",
)
_VN_SEA_COMPANIES = (
    ("Công ty CP Vận tải biển Việt Nam", "MV VOSCO SKY"),
    ("Công ty CP Vận tải và Thuê tàu biển VN", "MV VINASHIP GOLD"),
    ("Công ty CP Gemadept", "MV GEMADEPT 05"),
    ("Công ty TNHH MTV Vận tải biển Đông", "MV BIEN DONG STAR"),
    ("Công ty CP Hàng hải Đông Đô", "MV DONG DO 18"),
)
_VN_SEA_REMARKS = ("Cấp mới", "Cấp lại do hết hạn", "Cấp đổi", "Gia hạn", "Cấp mới")

_EU_GIVEN_M = ("Iñaki", "Jon Ander", "Koldo", "Aitor", "Xabier", "José Luis", "Unai")
_EU_GIVEN_F = ("Itziar", "Nerea", "Amaia", "Maite", "Ane", "María Begoña", "Garbiñe")
_EU_FAMILY: tuple[str, ...] = (
    "Etxeberria",
    "Agirre",
    "Goikoetxea",
    "Urrutia",
    "Zubizarreta",
    "Fernández",
)
_EU_FAMILY += ("García", "Arrieta", "Olabarria", "Rodríguez", "Bengoetxea")
#: (street line, postcode, municipality, historical territory, DNI prefix, landline prefix)
_EU_PLACES = (
    ("Zabalbide kalea 38, 2. esk.", "48006", "Bilbao", "Bizkaia", "14", "944"),
    ("Calle Autonomía 24, 5º B", "48012", "Bilbao", "Bizkaia", "30", "944"),
    ("Easo kalea 12, 4. A", "20006", "Donostia / San Sebastián", "Gipuzkoa", "15", "943"),
    (
        "Av. de la Libertad 8, 2º dcha.",
        "20004",
        "Donostia / San Sebastián",
        "Gipuzkoa",
        "72",
        "943",
    ),
    ("Dato kalea 20, 1. ezk.", "01005", "Vitoria-Gasteiz", "Araba / Álava", "16", "945"),
    ("Portal de Castilla 45, 3º izda.", "01008", "Vitoria-Gasteiz", "Araba / Álava", "18", "945"),
    ("Juan de Garay 3, 6º A", "48901", "Barakaldo", "Bizkaia", "45", "944"),
    ("Kale Nagusia 17, behea", "20301", "Irun", "Gipuzkoa", "44", "943"),
)
_EU_STATUS: tuple[str, ...] = ("Onartua / Concedida", "Onartua / Concedida", "Etenda / Suspendida")
_EU_STATUS += ("Ukatua / Denegada", "Izapidetzen / En trámite")
_EU_OFFICES = {
    "Bizkaia": "Bilbao-Indautxu",
    "Gipuzkoa": "Donostia-Amara",
    "Araba / Álava": "Gasteiz-Lakua",
}

_RE_FAMILY: tuple[str, ...] = (
    "Payet",
    "Hoarau",
    "Grondin",
    "Fontaine",
    "Técher",
    "Maillot",
    "Boyer",
    "Dijoux",
)
_RE_FAMILY += ("Rivière", "Sautron", "Lebon")
_RE_GIVEN_M = ("Jean-Paul", "Thierry", "Sully", "Kévin", "Jean-Claude", "Mickaël", "Daniel")
_RE_GIVEN_F = ("Marie-Claude", "Ginette", "Nadia", "Josiane", "Marie-Thérèse", "Mélissa")
#: (street line, quarter, postcode, commune)
_RE_PLACES = (
    ("12 rue Juliette Dodu", "Centre-ville", "97400", "Saint-Denis"),
    ("45 chemin Vavangues", "Le Moufia", "97490", "Saint-Denis"),
    ("8 chemin Summer", "Bois de Nèfles", "97411", "Saint-Paul"),
    ("Résidence Les Lataniers, bât. B, appt 12", "La Saline", "97422", "Saint-Paul"),
    ("23 rue Désiré Barquisseau", "Ravine des Cabris", "97432", "Saint-Pierre"),
    ("102 rue Hubert Delisle", "Trois-Mares", "97430", "Le Tampon"),
    ("5 allée des Flamboyants", "Sainte-Anne", "97437", "Saint-Benoît"),
    ("17 rue Évariste de Parny", "Rivière des Galets", "97420", "Le Port"),
)
#: (INSEE commune code after 97, birthplace as written)
_RE_BIRTHPLACES = (
    ("411", "Saint-Denis (974)"),
    ("415", "Saint-Paul (974)"),
    ("416", "Saint-Pierre (974)"),
    ("422", "Le Tampon (974)"),
    ("410", "Saint-Benoît (974)"),
    ("407", "Le Port (974)"),
    ("414", "Saint-Louis (974)"),
)
_RE_SITUATIONS: tuple[str, ...] = (
    "Personne âgée isolée",
    "Personne handicapée",
    "Sous oxygénothérapie",
)
_RE_SITUATIONS += ("Dialysé(e) à domicile", "Personne âgée de 65 ans et plus")
_RE_NOTES = ("", "Logement en zone inondable", "Pas de véhicule", "Chien au domicile", "")

_SO_GIVEN_M = ("Maxamed", "Cabdiraxmaan", "Axmed", "Xasan", "Cali", "Yuusuf", "Mustafe")
_SO_GIVEN_F = ("Hodan", "Nimco", "Sahra", "Ayaan", "Khadra", "Fardowsa", "Ubax", "Hibaaq")
_SO_FATHERS = ("Cabdi", "Jaamac", "Muuse", "Ismaaciil", "Faarax", "Aadan", "Ciise", "Warsame")
_SO_MOTHERS = ("Faadumo", "Xaawo", "Maryan", "Casha", "Deeqa", "Sahro")
#: (region, district, neighbourhood)
_SO_PLACES = (
    ("Maroodi Jeex", "Hargeysa", "Jigjiga Yar"),
    ("Maroodi Jeex", "Hargeysa", "26 June"),
    ("Maroodi Jeex", "Hargeysa", "Axmed Dhagax"),
    ("Saaxil", "Berbera", "Sha'ab"),
    ("Togdheer", "Burco", "Koosaar"),
    ("Awdal", "Boorama", "Sheekh Cali Jowhar"),
    ("Sanaag", "Ceerigaabo", "Dayaxa"),
)
_SO_BIRTHPLACES = ("Hargeysa", "Burco", "Berbera", "Boorama", "Ceerigaabo", "Jigjiga (Itoobiya)")
_SO_STATUS = ("La bixiyay", "La bixiyay", "Sugaya", "Lama helin")
_SO_NOTES = ("", "تم الصرف", "Qoyska waxa ay ka yimaadeen miyiga", "Naafo", "")

_PH_FAMILY: tuple[str, ...] = (
    "Ampatuan",
    "Mangudadatu",
    "Sinsuat",
    "Dimaporo",
    "Alonto",
    "Macarambon",
    "Usman",
)
_PH_FAMILY += ("Tomawis", "Hataman", "Tan", "Dela Cruz")
_PH_GIVEN_M = ("Mohammad Ali", "Abdulrahman", "Jamal", "Norodin", "Khalid", "Saudi", "Bensaudi")
_PH_GIVEN_F = ("Norhata", "Bai Johaira", "Sittie Aisah", "Farhana", "Noraina", "Salma")
_PH_MIDDLE = ("Guiamalon", "Pendatun", "Lucman", "Kiram", "Abubakar", "Mamasapano", "Sali")
#: (barangay, city or municipality, province)
_PH_PLACES = (
    ("Rosary Heights VII", "Cotabato City", "Maguindanao del Norte"),
    ("Poblacion", "Datu Odin Sinsuat", "Maguindanao del Norte"),
    ("Tuca Marinaut", "Marawi City", "Lanao del Sur"),
    ("Walled City", "Jolo", "Sulu"),
    ("Lamion", "Bongao", "Tawi-Tawi"),
    ("Maganda", "Lamitan City", "Basilan"),
    ("Poblacion", "Buluan", "Maguindanao del Sur"),
)
_PH_TRIBES = ("Maguindanaon", "Maranao", "Tausug", "Sama", "Yakan", "Teduray", "Iranun")
_PH_PROGRAMMES = ("Social Pension", "AICS - Medical", "AICS - Burial", "Bangsamoro Ayuda")
_PH_REMARKS = ("", "Paid", "Unclaimed", "Proxy claimant", "Double entry - for validation", "")

_AK_FAMILY: tuple[str, ...] = (
    "Okleasik",
    "Kugzruk",
    "Oxereok",
    "Tocktoo",
    "Weyiouanna",
    "Sockpealuk",
)
_AK_FAMILY += ("Ahkinga", "Johnson", "Nayokpuk", "Smith")
_AK_GIVEN_M = ("Vernon", "Elmer", "Ralph", "Gilbert", "Clifford", "Tyler", "Jacob")
_AK_GIVEN_F = ("Clara", "Dolores", "Marjorie", "Shirley", "Reba", "Kaylee", "Iris")
#: (mailing line, city, state, ZIP, area code and exchange)
_AK_PLACES = (
    ("PO Box 1042", "Nome", "AK", "99762", "907-443"),
    ("PO Box 87", "Shishmaref", "AK", "99772", "907-649"),
    ("PO Box 231", "Teller", "AK", "99778", "907-642"),
    ("3120 Spenard Rd Apt 4", "Anchorage", "AK", "99503", "907-272"),
    ("1455 Gaffney Rd", "Fairbanks", "AK", "99703", "907-456"),
    ("PO Box 33", "Brevig Mission", "AK", "99785", "907-642"),
    ("4520 Rainier Ave S Apt 210", "Seattle", "WA", "98118", "206-722"),
)
_AK_COMMUNITIES = ("Nome", "Shishmaref", "Teller", "Brevig Mission", "Wales", "King Island")
_AK_TRIBES = ("Nome Eskimo Community", "King Island Native Community", "Native Village of Teller")
_AK_REL = ("Spouse", "Son", "Daughter", "Grandchild", "Niece", "Brother")


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 0) -> tuple[str, ...]:
    return places[int(p.bhxh) // (7 + salt) % len(places)]


def _husband(p: Person) -> str:
    """The husband's name on the row: the person's own (a woman registering is written under
    her husband's side by the ward's software, so the side is a man's name then too)."""
    return p.full if p.male else _vn_name(p, True, p.family, 2)


def _wife_birth(p: Person) -> date:
    """The wife's birthday: up to two years after the husband's (seven for older couples)."""
    return p.birth + timedelta(days=int(p.bhxh[-4:]) % (730 if p.birth.year > 1995 else 2555))


def _wife_id(p: Person) -> str:
    return make_cccd(p.cccd[:3], "female", _wife_birth(p).year, int(p.bhxh[-6:][::-1]))


def _excel(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def _merit(p: Person) -> str:
    """The category: people born after 1970 can only be a martyr's relative or a child of a
    resistance fighter exposed to Agent Orange."""
    if p.birth.year > 1970:
        return _pick(p, ("Thân nhân liệt sĩ", "Con đẻ người HĐKC bị nhiễm CĐHH"), 2)
    return _pick(p, _VN_MERIT, 2)


def _martyr_kin(p: Person) -> str:
    """How the person is related to the martyr, as their ages allow."""
    year = 1965 + _num(p, 24)
    if p.birth.year < 1950 and not p.male:
        return "Vợ"
    if p.birth.year <= year:
        return "Con"
    return "Em ruột (thờ cúng)" if p.birth.year < 1972 else "Cháu (thờ cúng)"


def _martyr(p: Person, what: str) -> str:
    """The martyr's name, the relation or the year of death; blank when the person is not a
    martyr's relative."""
    if _merit(p) != "Thân nhân liệt sĩ":
        return ""
    if what == "name":
        return "Liệt sĩ " + _other_vn(p, 3, True, p.family)
    if what == "kin":
        return _martyr_kin(p)
    return str(1965 + _num(p, 24))


def _gift(p: Person) -> str:
    return "600.000" if _merit(p) in ("Thương binh", "Bệnh binh") else "300.000"


def _dni(p: Person) -> str:
    """A DNI ``16045123K``: a prefix where the person was first issued, six digits, and the
    letter the number's remainder by 23 picks."""
    number = int(_place(p, _EU_PLACES)[4] + p.bhxh[2:8])
    return f"{number:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


def _eu_phone(p: Person) -> str:
    if int(p.bhxh) % 2:
        return f"6{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}"
    return f"{_place(p, _EU_PLACES)[5]} {p.phone[4:7]} {p.phone[7:10]}"


def _nir(p: Person) -> str:
    """A NIR ``2 85 03 97 411 123 45``: sex, year and month of birth, 97 and the Réunion
    commune's code (born in a DOM), the birth's order number and the key ``97 - n % 97``."""
    commune = _place(p, _RE_BIRTHPLACES, 3)[0]
    order = int(p.bhxh[3:6]) % 999 + 1
    body = f"{1 if p.male else 2}{p.birth:%y%m}97{commune}{order:03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}"


def _re_phone(p: Person) -> str:
    lead = "0262" if int(p.bhxh) % 3 == 0 else _pick(p, ("0692", "0693"), 2)
    return f"{lead} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _re_contact(p: Person) -> str:
    kin = _pick(p, ("fille", "fils", "voisine", "nièce", "frère"), 5)
    title = "M." if kin in ("fils", "frère") else "Mme"
    given = _pick(p, _RE_GIVEN_M if title == "M." else _RE_GIVEN_F, 6)
    return f"{title} {_pick(p, _RE_FAMILY, 7).upper()} {given} ({kin})"


def _so_name(p: Person) -> str:
    """A Somali three-part name: own name, father's, grandfather's."""
    own = _by_sex(p, _SO_GIVEN_M, _SO_GIVEN_F, 1)
    return f"{own} {_pick(p, _SO_FATHERS, 2)} {_pick(p, _SO_FATHERS[::-1], 5)}"


def _psn(p: Person) -> str:
    """A PhilSys card number as the PhilID prints it, four groups of four digits."""
    digits = f"{p.bhxh[::-1]}{p.birth:%d%m}{p.bhxh[3:5]}"
    return f"{digits[:4]}-{digits[4:8]}-{digits[8:12]}-{digits[12:16]}"


def _ssn(p: Person) -> str:
    """An SSN: Alaska's 574 area for most (issued there before 2011), another for the rest."""
    area = 574 if int(p.bhxh) % 4 else int(p.bhxh[:3]) % 665 + 1
    area = 667 if area == 666 else area
    group = int(p.bhxh[3:5]) % 99 + 1
    serial = int(p.bhxh[5:9]) % 9999 + 1
    return f"{area:03d}-{group:02d}-{serial:04d}"


def _ak_phone(p: Person) -> str:
    """``(907) 443-2781``: the area code and exchange of the person's town."""
    exchange = _place(p, _AK_PLACES)[4]
    return f"({exchange[:3]}) {exchange[4:]}-{p.phone[6:10]}"


WRITERS_BLIND51: dict[str, Callable[[Person, Col], object]] = {
    "regno51": lambda p, c: f"{_num(p, 400)}",
    "book51": lambda p, c: f"01/{p.other_date.year}",
    "husband51": lambda p, c: _husband(p),
    "eth_h51": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "eth_w51": lambda p, c: _pick(p, _VN_ETHNIC, 3),
    "nat51": lambda p, c: "Việt Nam",
    "nat_w51": lambda p, c: "Việt Nam" if int(p.bhxh) % 9 else "Trung Quốc",
    "wife51": lambda p, c: _other_vn(p, 3, False),
    "wife_birth51": lambda p, c: _excel(_wife_birth(p)),
    "wife_id51": lambda p, c: _wife_id(p),
    "wife_addr51": lambda p, c: (
        p.address if int(p.bhxh) % 3 == 0 else "Ấp 2, Xã Long Hậu, Tỉnh Tây Ninh"
    ),
    "times51": lambda p, c: _pick(
        p, ("Lần đầu / Lần đầu", "Lần đầu / Lần đầu", "Lần 2 / Lần đầu"), 4
    ),
    "signer51": lambda p, c: _pick(p, _VN_SIGNERS, 5),
    "clerk51": lambda p, c: _other_vn(p, 6, False),
    "shop51": lambda p, c: f"{_place(p, _VN_SHOPS)[0]} {p.given.split()[-1]}",
    "shop_addr51": lambda p, c: _pick(p, _VN_SHOP_PLACES, 3).format(n=_num(p, 180)),
    "trade51": lambda p, c: _place(p, _VN_SHOPS)[1],
    "revenue51": lambda p, c: f"{(_num(p, 90) + 5) * 12_000_000:,}".replace(",", "."),
    "vat51": lambda p, c: f"{(_num(p, 90) + 5) * 12_000_000 // 100:,}".replace(",", "."),
    "pit51": lambda p, c: f"{(_num(p, 90) + 5) * 12_000_000 // 200:,}".replace(",", "."),
    "method51": lambda p, c: _pick(p, _VN_TAX_METHODS, 4),
    "officer51": lambda p, c: _other_vn(p, 5),
    "mst_status51": lambda p, c: _pick(p, _VN_MST_STATUS, 6),
    "addr_commune51": lambda p, c: ", ".join((*_place(p, _VN_HAMLETS), "TP. Hồ Chí Minh")),
    "merit51": lambda p, c: _merit(p),
    "file51": lambda p, c: f"{'LS' if 'liệt sĩ' in _merit(p) else 'HS'}.79.{p.bhxh[-5:]}",
    "martyr51": lambda p, c: _martyr(p, "name"),
    "martyr_rel51": lambda p, c: _martyr(p, "kin"),
    "martyr_year51": lambda p, c: _martyr(p, "year"),
    "gift51": lambda p, c: _gift(p),
    "gift_src51": lambda p, c: _pick(p, ("Chủ tịch nước", "UBND TP", "UBND xã, MTTQ xã"), 5),
    "proxy51": lambda p, c: _other_vn(p, 7) if int(p.bhxh) % 4 == 0 else "",
    "pob51": lambda p, c: _pick(p, ("Nam Định", "Hải Phòng", "Thanh Hóa", "Nghệ An", "Cà Mau"), 3),
    "sea_book51": lambda p, c: f"HCM {p.bhxh[-6:]}",
    "passport51": lambda p, c: f"{'CP'[int(p.bhxh) % 2]}{p.bhxh[1:8]}",
    "rank51": lambda p, c: _pick(p, _VN_SEA_RANKS, 2),
    "coc51": lambda p, c: f"{p.bhxh[-6:]}/CVHHHCM",
    "expiry51": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    "company51": lambda p, c: _place(p, _VN_SEA_COMPANIES)[0],
    "ship51": lambda p, c: _place(p, _VN_SEA_COMPANIES)[1],
    "sea_remark51": lambda p, c: _pick(p, _VN_SEA_REMARKS, 4),
    "exp_eu51": lambda p, c: f"DBE-RGI/{p.other_date.year}/{p.bhxh[-6:]}",
    "dni_eu51": lambda p, c: _dni(p),
    "eu_given51": lambda p, c: _by_sex(p, _EU_GIVEN_M, _EU_GIVEN_F, 1),
    "eu_fam1_51": lambda p, c: _pick(p, _EU_FAMILY, 2),
    "eu_fam2_51": lambda p, c: _pick(p, _EU_FAMILY[::-1], 3),
    "sex_eu51": lambda p, c: "Gizona / Hombre" if p.male else "Emakumea / Mujer",
    "street_eu51": lambda p, c: _place(p, _EU_PLACES)[0],
    "cp_eu51": lambda p, c: _place(p, _EU_PLACES)[1],
    "mun_eu51": lambda p, c: _place(p, _EU_PLACES)[2],
    "th_eu51": lambda p, c: _place(p, _EU_PLACES)[3],
    "phone_eu51": lambda p, c: _eu_phone(p),
    "uc_eu51": lambda p, c: str(_num(p, 5)),
    "amount_eu51": lambda p, c: f"{700 + _num(p, 560)},{p.bhxh[-2:]}",
    "status_eu51": lambda p, c: _pick(p, _EU_STATUS, 4),
    "office_eu51": lambda p, c: _EU_OFFICES[_place(p, _EU_PLACES)[3]],
    "nir_re51": lambda p, c: _nir(p),
    "re_family51": lambda p, c: _pick(p, _RE_FAMILY, 2).upper(),
    "re_given51": lambda p, c: _by_sex(p, _RE_GIVEN_M, _RE_GIVEN_F, 1),
    "sex_re51": lambda p, c: "Masculin" if p.male else "Féminin",
    "birthplace_re51": lambda p, c: _place(p, _RE_BIRTHPLACES, 3)[1],
    "street_re51": lambda p, c: _place(p, _RE_PLACES)[0],
    "quartier_re51": lambda p, c: _place(p, _RE_PLACES)[1],
    "cp_re51": lambda p, c: _place(p, _RE_PLACES)[2],
    "commune_re51": lambda p, c: _place(p, _RE_PLACES)[3],
    "phone_re51": lambda p, c: _re_phone(p),
    "contact_re51": lambda p, c: _re_contact(p),
    "contact_phone_re51": lambda p, c: f"0692 {p.bhxh[-6:-4]} {p.bhxh[-4:-2]} {p.bhxh[-2:]}",
    "situation_re51": lambda p, c: _pick(p, _RE_SITUATIONS, 3),
    "note_re51": lambda p, c: _pick(p, _RE_NOTES, 4),
    "nid_sl51": lambda p, c: f"SL-{p.bhxh[1:3]}-{p.bhxh[3:10]}",
    "so_full51": lambda p, c: _so_name(p),
    "so_mother51": lambda p, c: f"{_pick(p, _SO_MOTHERS, 3)} {_pick(p, _SO_FATHERS, 6)}",
    "sex_so51": lambda p, c: "Lab" if p.male else "Dhedig",
    "so_birthplace51": lambda p, c: _pick(p, _SO_BIRTHPLACES, 4),
    "so_region51": lambda p, c: _place(p, _SO_PLACES)[0],
    "so_district51": lambda p, c: _place(p, _SO_PLACES)[1],
    "so_xaafad51": lambda p, c: _place(p, _SO_PLACES)[2],
    "phone_so51": lambda p, c: f"063 4{p.phone[4:10]}",
    "hh_so51": lambda p, c: str(_num(p, 11) + 1),
    "amount_so51": lambda p, c: _pick(p, ("60", "80", "100", "120"), 5),
    "elder_so51": lambda p, c: (
        f"Cuqaal {_pick(p, _SO_FATHERS, 7)} {_pick(p, _SO_FATHERS[::-1], 8)}"
    ),
    "status_so51": lambda p, c: _pick(p, _SO_STATUS, 6),
    "note_so51": lambda p, c: _pick(p, _SO_NOTES, 7),
    "psn_ph51": lambda p, c: _psn(p),
    "ph_family51": lambda p, c: _pick(p, _PH_FAMILY, 2).upper(),
    "ph_given51": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 1).upper(),
    "ph_middle51": lambda p, c: _pick(p, _PH_MIDDLE, 3).upper(),
    "sex_ph51": lambda p, c: "Lalaki" if p.male else "Babae",
    "brgy_ph51": lambda p, c: _place(p, _PH_PLACES)[0],
    "mun_ph51": lambda p, c: _place(p, _PH_PLACES)[1],
    "prov_ph51": lambda p, c: _place(p, _PH_PLACES)[2],
    "phone_ph51": lambda p, c: f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:10]}{p.bhxh[-1]}",
    "tribe_ph51": lambda p, c: _pick(p, _PH_TRIBES, 4),
    "guardian_ph51": lambda p, c: (
        f"{_by_sex(p, _PH_GIVEN_F, _PH_GIVEN_M, 5)} {_pick(p, _PH_FAMILY, 6)}".upper()
    ),
    "programme_ph51": lambda p, c: _pick(p, _PH_PROGRAMMES, 6),
    "amount_ph51": lambda p, c: _pick(p, ("6,000.00", "3,000.00", "5,000.00", "10,000.00"), 7),
    "remarks_ph51": lambda p, c: _pick(p, _PH_REMARKS, 8),
    "sh_id_ak51": lambda p, c: f"S-{p.bhxh[-5:]}",
    "ak_family51": lambda p, c: _pick(p, _AK_FAMILY, 2),
    "ak_given51": lambda p, c: _by_sex(p, _AK_GIVEN_M, _AK_GIVEN_F, 1),
    "ak_mi51": lambda p, c: "ABCEGJKLMNRSTW"[int(p.bhxh) % 14],
    "ssn_ak51": lambda p, c: _ssn(p),
    "sex_ak51": lambda p, c: "Male" if p.male else "Female",
    "street_ak51": lambda p, c: _place(p, _AK_PLACES)[0],
    "city_ak51": lambda p, c: _place(p, _AK_PLACES)[1],
    "state_ak51": lambda p, c: _place(p, _AK_PLACES)[2],
    "zip_ak51": lambda p, c: _place(p, _AK_PLACES)[3],
    "phone_ak51": lambda p, c: _ak_phone(p),
    "orig_ak51": lambda p, c: "Y" if p.birth.year < 1972 else "N",
    "shares_a51": lambda p, c: "100" if p.birth.year < 1972 else "",
    "shares_b51": lambda p, c: "" if p.birth.year < 1972 else str((_num(p, 4)) * 25),
    "community_ak51": lambda p, c: _pick(p, _AK_COMMUNITIES, 3),
    "tribe_ak51": lambda p, c: _pick(p, _AK_TRIBES, 4),
    "benef_ak51": lambda p, c: (
        f"{_by_sex(p, _AK_GIVEN_F, _AK_GIVEN_M, 5)} {_pick(p, _AK_FAMILY, 6)}"
    ),
    "benef_rel_ak51": lambda p, c: _pick(p, _AK_REL, 7),
}
