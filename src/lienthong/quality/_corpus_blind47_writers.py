"""How the people of the forty-seventh part of the outside corpus (**blind 47**,
:mod:`lienthong.quality._corpus_blind47`) are written: four Vietnamese files' own columns (a
flood-hit household's head, damage and relief, a driving licence's number, class and expiry, a
disabled person's impairment, allowance and carer, an exchange student lodged with a host) and
Welsh, Catalan, Zanzibari, Tatarstani and New Caledonian names, addresses, phones and identity
numbers in the forms their registers show (the National Insurance number's letters, the DNI's or
NIE's mod-23 letter, the ZanID, the СНИЛС's two-digit check, the CAFAT number). The writers of
other people (a household head, a carer, a landlord, an agent) are there so that a register's
second name column is never the record's own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _snils
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (hamlet, commune, province) of the central provinces after the 2025 merger of units
_VN_FLOOD = (
    ("Thôn Phú Lễ", "Xã Quảng Điền", "Thành phố Huế"),
    ("Thôn 3", "Xã Hải Lăng", "Tỉnh Quảng Trị"),
    ("Thôn Tân Phong", "Xã Lệ Thủy", "Tỉnh Quảng Trị"),
    ("Thôn An Hòa", "Xã Nghĩa Hành", "Tỉnh Quảng Ngãi"),
    ("Thôn Đông Yên", "Xã Duy Xuyên", "Thành phố Đà Nẵng"),
    ("Xóm Bắc", "Xã Kỳ Anh", "Tỉnh Hà Tĩnh"),
)
_VN_RELATION_M = ("Chồng", "Con", "Cha", "Cháu", "Con rể", "Con")
_VN_RELATION_F = ("Vợ", "Con", "Mẹ", "Cháu", "Con dâu", "Con")
_VN_DAMAGE = (
    "Nhà bị sập hoàn toàn",
    "Nhà hư hỏng nặng (trên 70%)",
    "Tốc mái, hư hỏng 30-50%",
    "Ngập sâu trên 1,5m",
    "Mất trắng hoa màu",
)
_VN_POOR = ("Hộ nghèo", "Hộ cận nghèo", "", "", "Gia đình chính sách")
_VN_LICENCE = ("A1", "B2", "A1", "B1 số tự động", "C", "A2", "B2", "D")
_VN_DRIVING_SCHOOLS = (
    "Trường CĐ nghề Việt Nam - Singapore",
    "Trung tâm ĐT lái xe Thành Công",
    "Trường Trung cấp nghề GTVT Bình Dương",
    "Trung tâm GDNN - ĐT lái xe Phú Giáo",
)
_VN_IMPAIRMENT = ("Vận động", "Nghe, nói", "Nhìn", "Thần kinh, tâm thần", "Trí tuệ", "Khác")
_VN_SEVERITY = ("Đặc biệt nặng", "Nặng", "Đặc biệt nặng", "Nặng")
_VN_CARER_M = ("Cha", "Con trai", "Anh trai", "Em trai")
_VN_CARER_F = ("Mẹ", "Con gái", "Chị gái", "Em gái")
_VN_PAYWAY = ("Tiền mặt tại phường", "Chuyển khoản", "Qua Bưu điện")
_EXCHANGE = (
    ("Sophie Lambert", "Pháp", "Université Lumière Lyon 2"),
    ("Kenji Watanabe", "Nhật Bản", "Đại học Kobe"),
    ("Lukas Schneider", "Đức", "Universität Passau"),
    ("Emily Carter", "Úc", "University of Sydney"),
    ("Park Ji-woo", "Hàn Quốc", "Đại học Busan"),
    ("Anna Kowalska", "Ba Lan", "Uniwersytet Warszawski"),
    ("Mateo Fernández", "Tây Ban Nha", "Universidad de Salamanca"),
)
_VN_JOBS = ("Giáo viên", "Kinh doanh", "Công chức", "Hưu trí", "Bác sĩ", "Kỹ sư")
_CY_FAMILY = ("Jones", "Williams", "Davies", "Evans", "Roberts", "Hughes", "ap Gruffydd")
_CY_GIVEN_M = ("Dafydd", "Rhys", "Gareth Wyn", "Ioan", "Huw", "Emyr", "Llŷr")
_CY_GIVEN_F = ("Siân", "Ffion", "Gwenllian", "Llinos Mair", "Nia", "Angharad", "Catrin")
_CY_PLACES = (
    ("14 Stryd Fawr", "Caernarfon", "LL55 1AB"),
    ("3 Ffordd y Castell", "Aberystwyth", "SY23 1DE"),
    ("Fflat 2, 27 Ffordd Deiniol", "Bangor", "LL57 2EU"),
    ("Tŷ Gwyn, Heol y Plas", "Llanelli", "SA15 3AE"),
    ("9 Stryd Tegid", "Y Bala", "LL23 7AB"),
    ("41 Maes Glas", "Pwllheli", "LL53 5HA"),
)
_CA_FAMILY = ("Puig", "Vidal", "Ferrer", "Soler", "Casals", "Riera", "Pujol", "Serra")
_CA_GIVEN_M = ("Jordi", "Pere", "Joan Carles", "Oriol", "Marc", "Xavier", "Arnau")
_CA_GIVEN_F = ("Montserrat", "Núria", "Mercè", "Laia", "Anna Maria", "Meritxell", "Ona")
_FOREIGN_FAMILY = ("El Amrani", "Popescu", "Kaur", "Benítez", "Diallo")
_FOREIGN_GIVEN_M = ("Youssef", "Ion", "Gurpreet", "Wilson", "Mamadou")
_FOREIGN_GIVEN_F = ("Fatima Zahra", "Elena", "Harpreet", "Yesenia", "Aminata")
_CA_PLACES = (
    ("C. de Mallorca, 245, 3r 2a", "08008", "Barcelona"),
    ("Rambla Nova, 18, 1r", "43001", "Tarragona"),
    ("C. Major, 7, baixos", "25007", "Lleida"),
    ("Pl. de la Independència, 4, 2n 1a", "17001", "Girona"),
    ("Av. de Barcelona, 112, 5è 3a", "08221", "Terrassa"),
    ("C. de l'Església, 3", "08500", "Vic"),
)
_SW_GIVEN_M = ("Ali", "Khamis", "Juma", "Haji", "Suleiman", "Omar", "Mussa")
_SW_GIVEN_F = ("Mwanaisha", "Time", "Asha", "Mwanajuma", "Zuhura", "Fatma", "Salma")
_SW_FATHERS = ("Khamis", "Haji", "Makame", "Ame", "Vuai", "Said", "Mohammed", "Abdalla")
_ZN_PLACES = (
    ("Kikwajuni", "Mjini", "Mjini Magharibi"),
    ("Mwanakwerekwe", "Magharibi B", "Mjini Magharibi"),
    ("Mkokotoni", "Kaskazini A", "Kaskazini Unguja"),
    ("Dunga", "Kati", "Kusini Unguja"),
    ("Makunduchi", "Kusini", "Kusini Unguja"),
    ("Kipangani", "Wete", "Kaskazini Pemba"),
    ("Wawi", "Chake Chake", "Kusini Pemba"),
)
_RU_FAMILY = ("Гарипов", "Хайруллин", "Сафин", "Мухаметзянов", "Ахметов", "Иванов", "Зиннатуллин")
_RU_GIVEN_M = ("Ильдар", "Айдар", "Рустем", "Марат", "Тимур", "Алексей", "Дмитрий")
_RU_GIVEN_F = ("Гульнара", "Альфия", "Лейсан", "Эльвира", "Резеда", "Ольга", "Наталья")
_RU_PATR_M = ("Рустамович", "Ринатович", "Фаритович", "Ильдусович", "Петрович", "Николаевич")
_RU_PATR_F = ("Рустамовна", "Ринатовна", "Фаритовна", "Ильдусовна", "Петровна", "Николаевна")
_TT_PLACES = (
    ("420111", "г. Казань", "ул. Баумана"),
    ("423800", "г. Набережные Челны", "пр-т Мира"),
    ("423450", "г. Альметьевск", "ул. Ленина"),
    ("423570", "г. Нижнекамск", "пр-т Химиков"),
    ("423600", "г. Елабуга", "ул. Казанская"),
    ("422540", "г. Зеленодольск", "ул. Карла Маркса"),
)
_TT_ISSUERS = (
    "МВД по Республике Татарстан",
    "Отделом УФМС России по Республике Татарстан в г. Набережные Челны",
    "ОВМ УМВД России по г. Казани",
    "Отделением УФМС России по РТ в Альметьевском р-не",
)
_NC_FAMILY = ("Wamytan", "Gope", "Wahetra", "Dupont", "Martin", "Nguyen", "Lefèvre", "Naisseline")
_NC_GIVEN_M = ("Jean-Pierre", "Éloi", "Kévin", "Théo", "Yann", "Wilfried")
_NC_GIVEN_F = ("Marie-Claire", "Anaïs", "Yvonne", "Léa", "Sylvie", "Océane")
_NC_PLACES = (
    ("12 rue Jules Garnier, Baie des Citrons", "Nouméa", "98800", "Province Sud"),
    ("Lot 34, lotissement Koutio", "Dumbéa", "98835", "Province Sud"),
    ("25 rue des Cerisiers, Robinson", "Mont-Dore", "98809", "Province Sud"),
    ("RT1, lotissement Savannah", "Païta", "98890", "Province Sud"),
    ("Tribu de Netchaot", "Koné", "98860", "Province Nord"),
    ("Tribu de Hnathalo", "Lifou", "98820", "Province des Îles Loyauté"),
)
_NC_BIRTHPLACES = ("Nouméa", "Koné", "Lifou", "Paris 14e", "Wallis", "Maré", "Bourail")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _flood_address(p: Person) -> str:
    hamlet, commune, province = _place(p, _VN_FLOOD)
    return f"{hamlet}, {commune}, {province}"


def _relation(p: Person) -> str:
    return _by_sex(p, _VN_RELATION_M, _VN_RELATION_F, 2)


def _head(p: Person) -> str:
    """The head of the member's household: the spouse, a parent (same family name when the
    member is a child or grandchild), or a child."""
    relation = _relation(p)
    male = not p.male if relation in ("Vợ", "Chồng") else True
    same = relation in ("Con", "Cháu")
    return _other_vn(p, 3, male, p.family if same else None)


def _carer_male(p: Person) -> bool:
    return int(p.bhxh) // 6 % 2 == 0


def _carer_relation(p: Person) -> str:
    if _carer_male(p):
        return "Chồng" if not p.male and int(p.bhxh) % 5 == 0 else _pick(p, _VN_CARER_M, 5)
    return "Vợ" if p.male and int(p.bhxh) % 5 == 0 else _pick(p, _VN_CARER_F, 5)


def _licence_class(p: Person) -> str:
    return _pick(p, _VN_LICENCE, 2)


def _licence_expiry(p: Person) -> datetime | str:
    """A licence's expiry: none for motorcycles (A1, A2), ten years for B2 and five for the
    others, counted from the issue date."""
    kind = _licence_class(p)
    if kind in ("A1", "A2"):
        return "Không thời hạn"
    day = _shift_date(p.other_date, 10 if kind == "B2" else 5)
    return datetime(day.year, day.month, day.day)


def _exam_day(p: Person) -> datetime:
    day = p.other_date - timedelta(days=10 + _num(p, 20))
    return datetime(day.year, day.month, day.day)


def _coefficient(p: Person) -> str:
    return "2,0" if _pick(p, _VN_SEVERITY, 3) == "Đặc biệt nặng" else "1,5"


def _allowance(p: Person) -> str:
    """The monthly allowance: the 500,000 đồng base times the coefficient."""
    amount = 1_000_000 if _coefficient(p) == "2,0" else 750_000
    return f"{amount:,}".replace(",", ".")


def _nino(p: Person) -> str:
    """A UK National Insurance number: two allowed letters, six digits, a suffix A-D."""
    first = _pick(p, tuple("ABCEGHJKLMNPRSTWXYZ"), 2)
    second = _pick(p, tuple("ABCEGHJKLMNPRSTWXYZ"), 3)
    if first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        second = "A"
    return f"{first}{second}{p.bhxh[2:8]}{'ABCD'[int(p.bhxh) % 4]}"


def _nie_holder(p: Person) -> bool:
    return int(p.bhxh) % 4 == 0


def _dni_nie(p: Person) -> str:
    """A Spanish DNI (eight digits and the mod-23 letter) or, for a foreign resident, an NIE
    (X, Y or Z for 0, 1, 2 before seven digits, the letter over the whole number)."""
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if _nie_holder(p):
        lead = int(p.bhxh[1]) % 3
        seven = p.bhxh[2:9]
        return f"{'XYZ'[lead]}{seven}{letters[int(f'{lead}{seven}') % 23]}"
    number = 30_000_000 + int(p.bhxh[:8]) % 19_000_000
    return f"{number}{letters[number % 23]}"


def _ca_given(p: Person) -> str:
    if _nie_holder(p):
        return _by_sex(p, _FOREIGN_GIVEN_M, _FOREIGN_GIVEN_F, 1)
    return _by_sex(p, _CA_GIVEN_M, _CA_GIVEN_F, 1)


def _ca_first_surname(p: Person) -> str:
    return _pick(p, _FOREIGN_FAMILY if _nie_holder(p) else _CA_FAMILY, 2)


def _zanid(p: Person) -> str:
    return f"{int(p.bhxh[0]) % 5 + 1:02d}{p.bhxh[3:10]}"


def _zn_name(p: Person) -> str:
    """Given name, father's and grandfather's names, as Zanzibari registers write them."""
    given = _by_sex(p, _SW_GIVEN_M, _SW_GIVEN_F, 1)
    father = _pick(p, _SW_FATHERS, 2)
    grand = _pick(p, tuple(n for n in _SW_FATHERS if n != father), 5)
    return f"{given} {father} {grand}"


def _ru_family(p: Person) -> str:
    return _pick(p, _RU_FAMILY, 2) + ("" if p.male else "а")


def _tt_address(p: Person) -> str:
    index, city, street = _place(p, _TT_PLACES)
    house = p.street.split()[0]
    flat = _num(p, 140)
    return f"{index}, Республика Татарстан, {city}, {street}, д. {house}, кв. {flat}"


def _passport_series(p: Person) -> str:
    """Tatarstan's passports: series 92 (the republic's code) and the two digits of the year the
    blank was printed, here the year of issue."""
    return f"92 {p.other_date.year % 100:02d}"


def _assigned(p: Person) -> str:
    return f"{p.other_date + timedelta(days=14 + _num(p, 30)):%d.%m.%Y}"


def _until(p: Person) -> str:
    return f"{p.other_date + timedelta(days=150):%d-%m-%Y}"


WRITERS_BLIND47: dict[str, Callable[[Person, Col], object]] = {
    "head47": lambda p, c: _head(p),
    "relation47": lambda p, c: _relation(p),
    "hamlet47": lambda p, c: _place(p, _VN_FLOOD)[0],
    "flood_addr47": lambda p, c: _flood_address(p),
    "poor47": lambda p, c: _pick(p, _VN_POOR, 4),
    "damage47": lambda p, c: _pick(p, _VN_DAMAGE, 3),
    "relief47": lambda p, c: f"{(_num(p, 8) + 2) * 500_000:,}".replace(",", "."),
    "rice47": lambda p, c: str((_num(p, 3) + 1) * 15),
    "proxy47": lambda p, c: _other_vn(p, 8) if int(p.bhxh) % 3 == 0 else "",
    "gplx47": lambda p, c: f"74{p.bhxh}",
    "class47": lambda p, c: _licence_class(p),
    "exam47": lambda p, c: _exam_day(p),
    "expiry47": lambda p, c: _licence_expiry(p),
    "dschool47": lambda p, c: _pick(p, _VN_DRIVING_SCHOOLS, 4),
    "decision47": lambda p, c: f"{_num(p, 900) + 100}/QĐ-SGTVT",
    "serial47": lambda p, c: f"AB {p.bhxh[-6:]}",
    "impair47": lambda p, c: _pick(p, _VN_IMPAIRMENT, 2),
    "severity47": lambda p, c: _pick(p, _VN_SEVERITY, 3),
    "xnkt47": lambda p, c: f"{_num(p, 400)}/XNKT-UBND",
    "coef47": lambda p, c: _coefficient(p),
    "allow47": lambda p, c: _allowance(p),
    "carer47": lambda p, c: _other_vn(p, 5, _carer_male(p)),
    "carer_rel47": lambda p, c: _carer_relation(p),
    "carer_phone47": lambda p, c: _other_phone(p, "098"),
    "care_amt47": lambda p, c: "750.000" if _coefficient(p) == "2,0" else "",
    "payway47": lambda p, c: _pick(p, _VN_PAYWAY, 6),
    "exch_id47": lambda p, c: f"EX{p.other_date:%y}{p.bhxh[-4:]}",
    "exch_name47": lambda p, c: _pick(p, tuple(e[0] for e in _EXCHANGE), 3),
    "exch_nat47": lambda p, c: _pick(p, tuple(e[1] for e in _EXCHANGE), 3),
    "exch_uni47": lambda p, c: _pick(p, tuple(e[2] for e in _EXCHANGE), 3),
    "job47": lambda p, c: _pick(p, _VN_JOBS, 4),
    "until47": lambda p, c: _until(p),
    "stipend47": lambda p, c: f"{(_num(p, 5) + 3) * 1_000_000:,}".replace(",", "."),
    "officer47": lambda p, c: _other_vn(p, 6),
    "cy_family47": lambda p, c: _pick(p, _CY_FAMILY, 2),
    "cy_given47": lambda p, c: _by_sex(p, _CY_GIVEN_M, _CY_GIVEN_F, 1),
    "sex_cy47": lambda p, c: "Gwryw" if p.male else "Benyw",
    "nino47": lambda p, c: _nino(p),
    "street_cy47": lambda p, c: _place(p, _CY_PLACES)[0],
    "town_cy47": lambda p, c: _place(p, _CY_PLACES)[1],
    "pc_cy47": lambda p, c: _place(p, _CY_PLACES)[2],
    "phone_cy47": lambda p, c: f"07{p.phone[2:5]} {p.phone[5:10]}{p.bhxh[1]}",
    "badge_cy47": lambda p, c: f"GWY{p.bhxh[-6:]}",
    "expiry_cy47": lambda p, c: f"{_shift_date(p.other_date, 3):%d/%m/%Y}",
    "lang_cy47": lambda p, c: _pick(p, ("Cymraeg", "Saesneg", "Cymraeg"), 4),
    "dninie47": lambda p, c: _dni_nie(p),
    "ca_given47": lambda p, c: _ca_given(p),
    "ca_cog1_47": lambda p, c: _ca_first_surname(p),
    "ca_cog2_47": lambda p, c: "" if _nie_holder(p) else _pick(p, _CA_FAMILY, 3),
    "sex_ca47": lambda p, c: "Home" if p.male else "Dona",
    "street_ca47": lambda p, c: _place(p, _CA_PLACES)[0],
    "cp_ca47": lambda p, c: _place(p, _CA_PLACES)[1],
    "mun_ca47": lambda p, c: _place(p, _CA_PLACES)[2],
    "phone_ca47": lambda p, c: (
        f"6{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:9]} {p.phone[9]}{p.bhxh[0]}"
    ),
    "exp_ca47": lambda p, c: f"LLO-2025-{p.bhxh[-6:]}",
    "import_ca47": lambda p, c: f"{(_num(p, 20) + 10) * 10},00",
    "landlord_ca47": lambda p, c: f"{_pick(p, _CA_GIVEN_M, 5)} {_pick(p, _CA_FAMILY, 6)}",
    "estat_ca47": lambda p, c: _pick(p, ("Concedida", "Denegada", "En tràmit", "Concedida"), 5),
    "zn_full47": lambda p, c: _zn_name(p),
    "zanid47": lambda p, c: _zanid(p),
    "sex_sw47": lambda p, c: "Mwanamume" if p.male else "Mwanamke",
    "shehia47": lambda p, c: _place(p, _ZN_PLACES)[0],
    "wilaya47": lambda p, c: _place(p, _ZN_PLACES)[1],
    "mkoa47": lambda p, c: _place(p, _ZN_PLACES)[2],
    "phone_tz47": lambda p, c: f"07{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}",
    "kaya47": lambda p, c: f"ZNZ-{p.bhxh[-3:]}-{p.bhxh[::-1][3:8]}",
    "agent_tz47": lambda p, c: f"{_pick(p, _SW_GIVEN_F, 4)} {_pick(p, _SW_FATHERS, 6)}",
    "agent_phone47": lambda p, c: f"0773 {p.bhxh[:3]} {p.bhxh[::-1][:3]}",
    "ruzuku47": lambda p, c: f"{(_num(p, 8) + 2) * 4_000:,}",
    "malipo47": lambda p, c: _pick(p, ("M-Pesa", "Ezypesa", "Taslimu", "HaloPesa"), 3),
    "sheha47": lambda p, c: f"{_pick(p, _SW_GIVEN_M, 5)} {_pick(p, _SW_FATHERS, 3)}",
    "ru_family47": lambda p, c: _ru_family(p),
    "ru_given47": lambda p, c: _by_sex(p, _RU_GIVEN_M, _RU_GIVEN_F, 1),
    "ru_patr47": lambda p, c: _by_sex(p, _RU_PATR_M, _RU_PATR_F, 3),
    "sex_ru47": lambda p, c: "муж." if p.male else "жен.",
    "snils47": lambda p, c: _snils(p),
    "pass_ser47": lambda p, c: _passport_series(p),
    "pass_no47": lambda p, c: p.bhxh[-6:],
    "pass_by47": lambda p, c: _pick(p, _TT_ISSUERS, 4),
    "addr_tt47": lambda p, c: _tt_address(p),
    "phone_ru47": lambda p, c: (
        f"+7 (9{p.phone[2:4]}) {p.phone[4:7]}-{p.phone[7:9]}-{p.phone[9]}{p.bhxh[0]}"
    ),
    "cat_ru47": lambda p, c: _pick(
        p, ("Ветеран труда", "Инвалид II группы", "Многодетная семья", "Труженик тыла"), 5
    ),
    "amount_ru47": lambda p, c: f"{(_num(p, 30) + 5) * 100},00",
    "assign_ru47": lambda p, c: _assigned(p),
    "cafat47": lambda p, c: f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:7]}",
    "nc_family47": lambda p, c: _pick(p, _NC_FAMILY, 2),
    "nc_given47": lambda p, c: _by_sex(p, _NC_GIVEN_M, _NC_GIVEN_F, 1),
    "nc_birthplace47": lambda p, c: _pick(p, _NC_BIRTHPLACES, 3),
    "street_nc47": lambda p, c: _place(p, _NC_PLACES)[0],
    "commune_nc47": lambda p, c: _place(p, _NC_PLACES)[1],
    "cp_nc47": lambda p, c: _place(p, _NC_PLACES)[2],
    "prov_nc47": lambda p, c: _place(p, _NC_PLACES)[3],
    "phone_nc47": lambda p, c: (
        f"{_pick(p, tuple('25789'), 4)}{p.phone[3]}.{p.phone[4:6]}.{p.phone[6:8]}"
    ),
    "am_nc47": lambda p, c: f"AM{p.other_date:%y}-{p.bhxh[-5:]}",
    "as_nc47": lambda p, c: f"Mme {_pick(p, ('Hnawia', 'Morel', 'Tein', 'Garcia'), 5)}",
}
