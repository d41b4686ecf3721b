"""How the people of the seventy-third part of the outside corpus (**blind 73**,
:mod:`lienthong.quality._corpus_blind73`) are written: four Vietnamese files' own columns (a
social housing applicant's spouse, income and present housing, a rice plot and its subsidy, a
dialysis patient's schedule and escort, a pupil's class, parent and accident cover) and
Nicaraguan, Honduran, Guatemalan, Trinidadian and Guyanese names, places, phones and identity
numbers in the forms their cards show (the cédula's mod-23 letter, the DNI's municipality and
year, the CUI's mod-11 digit with its department and municipality, the Trinidad ID's birth date)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.identifiers import make_cccd
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind12_writers import _weighted
from lienthong.quality._corpus_blind21_writers import _dni_hn
from lienthong.quality._corpus_blind23_writers import _cedula_ni
from lienthong.quality._corpus_blind24_writers import _GY_FAMILY, _GY_GIVEN_F, _GY_GIVEN_M
from lienthong.quality._corpus_blind26_writers import _tt_phone
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_GROUPS = (
    "Công nhân KCN",
    "Người thu nhập thấp khu vực đô thị",
    "CB, CC, VC",
    "Hộ nghèo, cận nghèo đô thị",
    "Lực lượng vũ trang",
)
_VN_WORKPLACES = (
    "Cty TNHH Pouyuen VN",
    "Cty CP Dệt may Thành Công",
    "UBND Phường Tân Hưng",
    "Bệnh viện Quận 8",
    "Lao động tự do",
)
_VN_HOUSING = (
    "Thuê trọ, 12 m²",
    "Ở nhờ nhà cha mẹ",
    "Nhà ở chung 3 thế hệ, BQ dưới 10 m²/người",
    "Chưa có nhà ở thuộc sở hữu",
    "Nhà tạm, dột nát",
)
_VN_PROJECTS = (
    "NOXH Lê Thành - An Lạc",
    "NOXH Khu dân cư Tân Kiên",
    "NOXH Green Town Bình Tân",
    "NOXH Phú Lợi 2",
)
_VN_FIELDS = ("Đồng Trên", "Cánh đồng Mẫu", "Xứ Bờ Tràm", "Đồng Bàu Sen", "Cánh đồng Giữa")
_VN_BANKS = ("Agribank CN Củ Chi", "NH CSXH huyện Củ Chi", "Agribank PGD Tân Thông Hội")
_VN_DIALYSIS_SLOTS = (
    "Thứ 2-4-6, ca 1 (6h-10h)",
    "Thứ 2-4-6, ca 2 (10h-14h)",
    "Thứ 3-5-7, ca 1 (6h-10h)",
    "Thứ 3-5-7, ca 3 (14h-18h)",
    "Thứ 3-5-7, ca 4 (18h-22h)",
)
_VN_KCB = ("BV Chợ Rẫy", "BV Nhân dân 115", "TTYT Quận 8", "BV Đa khoa Sài Gòn")
_VN_DIAGNOSES = (
    "N18.5 - Bệnh thận mạn giai đoạn 5",
    "N18.5; E11 - ĐTĐ typ 2",
    "N18.5; I10 - THA",
    "N18.6 - Bệnh thận giai đoạn cuối",
)
_VN_ESCORT_RELATIONS = ("Vợ", "Chồng", "Con", "Em ruột", "Con dâu")
_VN_PLANS = ("Goi 1 (TN 24/24)", "Goi 2 (TN + nam vien)", "Goi co ban")
_VN_INSURERS = ("Bao Viet TP.HCM", "PVI Sai Gon", "Bao Minh CN Q8", "PJICO Sai Gon")

#: (comarca or barrio line, municipio, departamento) of rural Nicaragua
_NI_HOMES = (
    ("Comarca Las Mangas, de la escuela 2 c. al oeste", "Matagalpa", "Matagalpa"),
    ("Comunidad El Jicaral, del puente {n} vrs. al este", "Estelí", "Estelí"),
    ("Bo. San Felipe, de la ENEL 1 c. al sur, {n} vrs. abajo", "León", "León"),
    ("Comarca Los Cocos, casa N° {n}", "Chinandega", "Chinandega"),
    ("Comunidad Apantillo, de la iglesia {n} vrs. al norte", "Jinotega", "Jinotega"),
    ("Comarca La Montañita, km {n} carretera a Boaco", "Teustepe", "Boaco"),
)
_NI_FAMILY = ("López", "Martínez", "Rivera", "Zeledón", "Blandón", "Rugama", "Altamirano")
_NI_GIVEN_M = ("Juan Ramón", "Francisco Javier", "Erling", "Yader Antonio", "Santos", "Ervin")
_NI_GIVEN_F = ("Martha Lorena", "Jessenia", "Yelba Auxiliadora", "Ana Cecilia", "Fátima", "Xiomara")
_NI_TECHS = ("Ing. Róger Castillo", "Lic. Darling Ruiz", "Ing. Marlon Úbeda", "Téc. Ileana Soza")
_NI_BONOS = ("Bono Productivo Alimentario", "Plan Techo", "Bono Patio Saludable")
#: (colonia or barrio, municipio, departamento) of Honduras
_HN_HOMES = (
    ("Col. Kennedy", "Distrito Central", "Francisco Morazán"),
    ("Col. Villa Olímpica", "Distrito Central", "Francisco Morazán"),
    ("Bo. Cabañas", "San Pedro Sula", "Cortés"),
    ("Col. Rivera Hernández", "San Pedro Sula", "Cortés"),
    ("Bo. El Centro", "Juticalpa", "Olancho"),
    ("Aldea Cofradía", "Danlí", "El Paraíso"),
)
_HN_FAMILY = ("Zelaya", "Hernández", "Ordóñez", "Mejía", "Cárcamo", "Reyes", "Banegas", "Sierra")
_HN_GIVEN_M = ("José Luis", "Marvin Javier", "Kevin Josué", "Denis Orlando", "Wilmer", "Elvin")
_HN_GIVEN_F = ("Dunia Yamileth", "Lesly Carolina", "Sonia Marleny", "Karla", "Reina Isabel")
_HN_SCHOOLS = (
    "CEB Francisco Morazán",
    "Esc. República de Cuba",
    "Instituto Central Vicente Cáceres",
    "CEB José Cecilio del Valle",
)
_HN_AGENCIES = ("Banadesa", "Banrural Honduras", "Banco Atlántida", "Tigo Money")
#: (department and municipality code of the CUI, community, municipio, departamento)
_GT_HOMES = (
    ("1401", "Cantón Xatinap Primero", "Santa Cruz del Quiché", "Quiché"),
    ("1406", "Cantón Chuabaj", "Chichicastenango", "Quiché"),
    ("0801", "Paraje Chuicruz", "Totonicapán", "Totonicapán"),
    ("0805", "Aldea Pologuá", "Momostenango", "Totonicapán"),
    ("0705", "Aldea Xejuyup", "Nahualá", "Sololá"),
    ("0901", "Zona 3, Barrio La Democracia", "Quetzaltenango", "Quetzaltenango"),
)
_GT_FAMILY = ("Tzoc Xiloj", "Tum Chivalán", "Ajanel Pu", "Quiej Tzul", "Cux Batz", "Chivalán Lux")
_GT_GIVEN_M = ("Juan Diego", "Tomás", "Pedro Ixcoy", "Marcos Aurelio", "Diego Felipe", "Mateo")
_GT_GIVEN_F = ("María Ixchel", "Juana", "Catarina", "Manuela Tomasa", "Rosa Imelda", "Petrona")
_GT_LANGS = ("K'iche'", "K'iche' / Español", "Español")
_GT_PROGRAMS = ("Bono Social (MIDES)", "Bolsa Social", "Beca Social Educación Media")
#: (street, town or village, regional corporation) of Trinidad and Tobago
_TT_HOMES = (
    ("LP {n} Eastern Main Road", "Tunapuna", "Tunapuna/Piarco"),
    ("#{n} Pro Queen Street", "Arima", "Arima"),
    ("LP {n} Naparima Mayaro Road", "Princes Town", "Princes Town"),
    ("{n} Coffee Street", "San Fernando", "San Fernando"),
    ("LP {n} Southern Main Road", "Couva", "Couva/Tabaquite/Talparo"),
    ("{n} Picton Street", "Newtown", "Port of Spain"),
)
_TT_FAMILY = ("Maharaj", "Mohammed", "Baptiste", "Ramdass", "Charles", "Joseph", "Ali", "Persad")
_TT_GIVEN_M = ("Ravi", "Kendall", "Anil Kumar", "Marlon", "Shiva", "Richard Anthony")
_TT_GIVEN_F = ("Savitri", "Keisha", "Nalini", "Cheryl Ann", "Indira", "Marcia")
_TT_BANKS = ("Republic Bank - Chaguanas", "RBC - Arima", "First Citizens - San Fernando")
_TT_GRANTS = ("Senior Citizens' Pension", "Public Assistance", "Disability Assistance Grant")
_TT_OFFICERS = ("M. Ramkissoon", "J. Williams-Clarke", "S. Khan", "D. Thomas")
#: (lot and street, village or ward, administrative region as the pension office writes it)
_GY_HOMES = (
    ("Lot {n} Public Road", "Plaisance", "Region 4 - Demerara-Mahaica"),
    ("Lot {n} Sheriff Street", "Campbellville", "Region 4 - Demerara-Mahaica"),
    ("{n} Section 'A'", "Parika", "Region 3 - Essequibo Islands-West Demerara"),
    ("Lot {n} Main Street", "Rose Hall Town", "Region 6 - East Berbice-Corentyne"),
    ("{n} Dageraad Street", "Mackenzie", "Region 10 - Upper Demerara-Berbice"),
    ("Lot {n} Middle Walk", "Buxton", "Region 4 - Demerara-Mahaica"),
)
_GY_POST_OFFICES = ("Robb Street P.O.", "Mahaica P.O.", "New Amsterdam P.O.", "Linden P.O.")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _spouse_birth(p: Person) -> date:
    """A spouse up to seven years older (a wife's husband) or younger (a husband's wife)."""
    return p.birth + timedelta(days=(1 if p.male else -1) * (90 + int(p.bhxh[-4:]) % 2500))


def _pupil_birth(p: Person) -> date:
    """A lower secondary pupil's birthday (grades 6 to 9 in 2025-2026): born 2011 to 2014."""
    return _safe_day(2011 + p.birth.year % 4, p.birth.month, p.birth.day)


def _pupil_class(p: Person) -> str:
    return f"{2025 - _pupil_birth(p).year - 5}A{_num(p, 8)}"


def _parent_birth(p: Person) -> date:
    return _safe_day(1975 + p.birth.year % 12, p.birth.month, p.birth.day)


def _parent_is_father(p: Person) -> bool:
    return int(p.bhxh) // 9 % 2 == 0


def _parent_name(p: Person) -> str:
    """A father passes his family name on to the pupil; a mother keeps her own."""
    if _parent_is_father(p):
        return _other_vn(p, 8, True, family=p.family)
    return _other_vn(p, 8, False)


def _parent_cccd(p: Person) -> str:
    """The parent's own CCCD: registered in the same province, a serial of their own."""
    year, serial = _parent_birth(p).year, int(p.bhxh[:6])
    if _parent_is_father(p):
        return make_cccd(p.cccd[:3], "male", year, serial)
    return make_cccd(p.cccd[:3], "female", year, serial)


def _rice_area(p: Person) -> int:
    return 300 + int(p.bhxh[-4:]) % 4700


def _cui_gt(p: Person) -> str:
    """A Guatemalan CUI ``2456789010101``: eight serial digits, the check digit (the serial's
    digits weighted 2 to 9, the sum mod 11; a serial giving 10 is never issued), then the
    department's and municipality's codes where the birth was registered."""
    serial = int(p.bhxh[:8])
    while _weighted(f"{serial:08d}", (2, 3, 4, 5, 6, 7, 8, 9)) % 11 == 10:
        serial = (serial + 1) % 100_000_000
    body = f"{serial:08d}"
    check = _weighted(body, (2, 3, 4, 5, 6, 7, 8, 9)) % 11
    return f"{body}{check}{_place(p, _GT_HOMES)[0]}"


def _id_tt(p: Person) -> str:
    """A Trinidad and Tobago national ID number: the birth date ``yyyymmdd`` and three digits."""
    return f"{p.birth:%Y%m%d}{p.bhxh[-3:]}"


WRITERS_BLIND73: dict[str, Callable[[Person, Col], object]] = {
    "spouse73": lambda p, c: _other_vn(p, 4, not p.male),
    "spouse_birth73": lambda p, c: f"{_spouse_birth(p):%d/%m/%Y}",
    "spouse_cccd73": lambda p, c: _cccd_of(p, not p.male, _spouse_birth(p).year),
    "group73": lambda p, c: _pick(p, _VN_GROUPS, 2),
    "workplace73": lambda p, c: _pick(p, _VN_WORKPLACES, 3),
    "income73": lambda p, c: f"{(_num(p, 60) + 40) * 200_000:,}".replace(",", "."),
    "housing73": lambda p, c: _pick(p, _VN_HOUSING, 4),
    "area_pp73": lambda p, c: f"{_num(p, 90) / 10 + 4:.1f}".replace(".", ","),
    "project73": lambda p, c: _pick(p, _VN_PROJECTS, 5),
    "plot73": lambda p, c: str(_num(p, 980) + 12),
    "sheet73": lambda p, c: str(_num(p, 45)),
    "field73": lambda p, c: _pick(p, _VN_FIELDS, 2),
    "rice_area73": lambda p, c: f"{_rice_area(p):,}".replace(",", "."),
    "landtype73": lambda p, c: _pick(p, ("LUC", "LUC", "LUK"), 3),
    "rice_amount73": lambda p, c: f"{_rice_area(p) * 150:,}".replace(",", "."),
    "account73": lambda p, c: f"6300{p.bhxh[:9]}",
    "bank73": lambda p, c: _pick(p, _VN_BANKS, 4),
    "hamlet_head73": lambda p, c: _other_vn(p, 6, True),
    "patient73": lambda p, c: f"TNT{p.bhxh[3:9]}",
    "kcb73": lambda p, c: _pick(p, _VN_KCB, 2),
    "diagnosis73": lambda p, c: _pick(p, _VN_DIAGNOSES, 3),
    "slot73": lambda p, c: _pick(p, _VN_DIALYSIS_SLOTS, 4),
    "machine73": lambda p, c: f"Máy {_num(p, 32):02d}",
    "fistula73": lambda p, c: _pick(p, ("FAV tay trái", "FAV tay phải", "Catheter TM cảnh"), 5),
    "escort73": lambda p, c: _other_vn(p, 7),
    "escort_rel73": lambda p, c: _pick(p, _VN_ESCORT_RELATIONS, 6),
    "escort_phone73": lambda p, c: _other_phone(p, "090"),
    "pupil_birth73": lambda p, c: f"{_pupil_birth(p):%d/%m/%Y}",
    "pupil_cccd73": lambda p, c: _cccd_of(p, p.male, _pupil_birth(p).year),
    "class73": lambda p, c: _pupil_class(p),
    "parent73": lambda p, c: _parent_name(p),
    "parent_cccd73": lambda p, c: _parent_cccd(p),
    "parent_phone73": lambda p, c: _other_phone(p, "09"),
    "plan73": lambda p, c: _pick(p, _VN_PLANS, 2),
    "premium73": lambda p, c: _pick(p, ("150000", "250000", "100000"), 2),
    "certificate73": lambda p, c: f"BVHS-{p.bhxh[-6:]}",
    "insurer73": lambda p, c: _pick(p, _VN_INSURERS, 3),
    "cedula_ni73": lambda p, c: _cedula_ni(p),
    "ni_given73": lambda p, c: _by_sex(p, _NI_GIVEN_M, _NI_GIVEN_F, 1),
    "ni_family73": lambda p, c: f"{_pick(p, _NI_FAMILY, 2)} {_pick(p, _NI_FAMILY, 3)}",
    "sex_ni73": lambda p, c: "Masculino" if p.male else "Femenino",
    "addr_ni73": lambda p, c: _place(p, _NI_HOMES)[0].format(n=_num(p, 300)),
    "muni_ni73": lambda p, c: _place(p, _NI_HOMES)[1],
    "dept_ni73": lambda p, c: _place(p, _NI_HOMES)[2],
    "phone_ni73": lambda p, c: f"+505 8{p.phone[3:6]} {p.phone[6:10]}",
    "bono_ni73": lambda p, c: _pick(p, _NI_BONOS, 4),
    "tecnico_ni73": lambda p, c: _pick(p, _NI_TECHS, 5),
    "dni_hn73": lambda p, c: _dni_hn(p),
    "hn_given73": lambda p, c: _by_sex(p, _HN_GIVEN_M, _HN_GIVEN_F, 1),
    "hn_pat73": lambda p, c: _pick(p, _HN_FAMILY, 2),
    "hn_mat73": lambda p, c: _pick(p, _HN_FAMILY, 3),
    "sex_hn73": lambda p, c: "M" if p.male else "F",
    "colonia_hn73": lambda p, c: _place(p, _HN_HOMES)[0],
    "muni_hn73": lambda p, c: _place(p, _HN_HOMES)[1],
    "dept_hn73": lambda p, c: _place(p, _HN_HOMES)[2],
    "phone_hn73": lambda p, c: (
        f"{_pick(p, ('9', '8', '3'), 4)}{p.phone[4:7]}-{p.phone[7:10]}{p.bhxh[0]}"
    ),
    "school_hn73": lambda p, c: _pick(p, _HN_SCHOOLS, 5),
    "child_hn73": lambda p, c: (
        f"{_by_sex(p, _HN_GIVEN_F, _HN_GIVEN_M, 6)} {_pick(p, _HN_FAMILY, 2)}"
    ),
    "amount_hn73": lambda p, c: _pick(p, ("L. 1,000.00", "L. 2,500.00", "L. 5,000.00"), 3),
    "agency_hn73": lambda p, c: _pick(p, _HN_AGENCIES, 7),
    "cui_gt73": lambda p, c: _cui_gt(p),
    "gt_given73": lambda p, c: _by_sex(p, _GT_GIVEN_M, _GT_GIVEN_F, 1),
    "gt_family73": lambda p, c: _pick(p, _GT_FAMILY, 2),
    "sex_gt73": lambda p, c: "Hombre" if p.male else "Mujer",
    "aldea_gt73": lambda p, c: _place(p, _GT_HOMES)[1],
    "muni_gt73": lambda p, c: _place(p, _GT_HOMES)[2],
    "dept_gt73": lambda p, c: _place(p, _GT_HOMES)[3],
    "phone_gt73": lambda p, c: f"{_pick(p, ('4', '5', '3'), 3)}{p.phone[3:6]} {p.phone[6:10]}",
    "lang_gt73": lambda p, c: _pick(p, _GT_LANGS, 4),
    "spouse_gt73": lambda p, c: (
        f"{_by_sex(p, _GT_GIVEN_F, _GT_GIVEN_M, 5)} {_pick(p, _GT_FAMILY, 6)}"
    ),
    "program_gt73": lambda p, c: _pick(p, _GT_PROGRAMS, 7),
    "id_tt73": lambda p, c: _id_tt(p),
    "bir_tt73": lambda p, c: f"{_pick(p, ('1', '4'), 2)}{p.bhxh[1:9]}",
    "tt_family73": lambda p, c: _pick(p, _TT_FAMILY, 2),
    "tt_given73": lambda p, c: _by_sex(p, _TT_GIVEN_M, _TT_GIVEN_F, 1),
    "sex_tt73": lambda p, c: "Male" if p.male else "Female",
    "street_tt73": lambda p, c: _place(p, _TT_HOMES)[0].format(n=_num(p, 150)),
    "town_tt73": lambda p, c: _place(p, _TT_HOMES)[1],
    "corp_tt73": lambda p, c: _place(p, _TT_HOMES)[2],
    "phone_tt73": lambda p, c: _tt_phone(f"{_pick(p, ('7', '6', '3'), 3)}{p.phone[4:10]}"),
    "bank_tt73": lambda p, c: _pick(p, _TT_BANKS, 4),
    "grant_tt73": lambda p, c: _pick(p, _TT_GRANTS, 5),
    "amount_tt73": lambda p, c: _pick(p, ("3,500.00", "1,750.00", "2,000.00"), 5),
    "officer_tt73": lambda p, c: _pick(p, _TT_OFFICERS, 6),
    "id_gy73": lambda p, c: f"{_pick(p, ('0', '1'), 3)}{p.bhxh[1:9]}",
    "gy_family73": lambda p, c: _pick(p, _GY_FAMILY, 2).title(),
    "gy_given73": lambda p, c: _by_sex(p, _GY_GIVEN_M, _GY_GIVEN_F, 1),
    "sex_gy73": lambda p, c: "M" if p.male else "F",
    "street_gy73": lambda p, c: _place(p, _GY_HOMES)[0].format(n=_num(p, 120)),
    "village_gy73": lambda p, c: _place(p, _GY_HOMES)[1],
    "region_gy73": lambda p, c: _place(p, _GY_HOMES)[2],
    "phone_gy73": lambda p, c: f"+592 6{p.phone[3:5]}-{p.phone[5:9]}",
    "nis_gy73": lambda p, c: f"A{p.bhxh[2:8]}",
    "book_gy73": lambda p, c: f"OAP/{_num(p, 9)}/{p.bhxh[-5:]}",
    "post_office_gy73": lambda p, c: _pick(p, _GY_POST_OFFICES, 4),
    "nok_gy73": lambda p, c: (
        f"{_by_sex(p, _GY_GIVEN_F, _GY_GIVEN_M, 5)} {_pick(p, _GY_FAMILY, 6).title()}"
    ),
}
