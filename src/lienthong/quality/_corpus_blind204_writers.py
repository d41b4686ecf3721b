"""How the people of the two-hundred-and-fourth part of the outside corpus (**blind 204**,
:mod:`lienthong.quality._corpus_blind204`) are written: four Vietnamese files' own columns (a fair
booth, a funeral, a cadastral map extract, a found object handed in) and the names, places, phones
and identity numbers of Madeira and the Azores, the Canary Islands, the Basque Country, Galicia and
Andorra in the forms their papers show (the cartão de cidadão and the NIF with their check digits,
the DNI and the NIE with their letters, the Andorran passport and NRT)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _dni, _nie
from lienthong.quality._corpus_blind64_writers import _cartao
from lienthong.quality._corpus_blind76_writers import _dotted
from lienthong.quality._corpus_blind114_writers import _pt_phone
from lienthong.quality._corpus_blind150_writers import _nif_pt
from lienthong.quality._corpus_blind158_writers import _es_mobile

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: fair booths, funerals, cadastral extracts, found property --------------------------
_VN_FIRMS = (
    "HKD Bánh pía Tân Huê Viên",
    "Cơ sở nước mắm Cô Hai",
    "HTX chè Tân Cương",
    "HKD gốm Bát Tràng Minh Hải",
    "Cơ sở mật ong Hương Rừng",
    "Hộ KD thổ cẩm A Lưới",
)
_VN_GOODS = (
    "Đặc sản OCOP",
    "Thủ công mỹ nghệ",
    "Nông sản sạch",
    "Thực phẩm chế biến",
    "Dệt may",
    "Ẩm thực",
)
_VN_SPOTS = ("Khu A - dãy 2", "Khu B - cổng chính", "Khu ẩm thực", "Khu C - nhà bạt số 3")
_VN_RELS = ("Con trai", "Con gái", "Vợ", "Chồng", "Cháu nội", "Em ruột")
_VN_RITES = ("Hỏa táng", "Hỏa táng", "Địa táng", "Hỏa táng, lưu tro tại chùa")
_VN_HALLS = ("Tại gia", "Nhà tang lễ BV tỉnh", "Nhà tang lễ TP", "Nhà văn hóa khu phố")
_VN_CEMETERIES = (
    "NT nhân dân xã",
    "Công viên nghĩa trang Lạc Hồng",
    "Đài hóa thân Hoàn Vũ",
    "Nghĩa trang Bình Hưng Hòa",
)
_VN_PURPOSES = ("ONT", "CLN", "LUC", "ODT", "ONT+CLN", "BHK")
_VN_WHY_MAP = (
    "Chuyển nhượng",
    "Tặng cho",
    "Thế chấp vay vốn",
    "Cấp đổi GCN",
    "Tách thửa",
    "Thừa kế",
)
_VN_SURVEYORS = ("VPĐKĐĐ - Lê Quang Vinh", "CN VPĐKĐĐ - Đỗ Thị Hằng", "Cty đo đạc Tân Tiến")
_VN_FOUND = (
    "Ví da, 2.350.000đ, CCCD mang tên người khác",
    "Điện thoại iPhone 13",
    "Xe máy Wave",
    "Túi xách, 01 nhẫn vàng",
    "Chìa khóa ô tô",
    "Balo, máy tính xách tay Dell",
)
_VN_FOUND_AT = ("Chợ xã", "Trạm xe buýt QL1A", "Sân UBND xã", "Bãi biển Cửa Lò", "Cây ATM VCB")
_VN_FOUND_RESULT = (
    "Đã trả chủ sở hữu",
    "Đang thông báo tìm chủ",
    "Chuyển CA huyện",
    "Đã trả chủ, chủ cảm ơn 500.000đ",
)
_VN_POLICE = ("CA xã Thượng úy Phan Văn Lực", "Trung úy Hồ Thị Ngân", "Đại úy Trịnh Xuân Bảo")
# -- Madeira and the Azores: the subsídio social de mobilidade refunds ----------------------------
_PT_GIVEN_M = ("João", "José", "Duarte", "Rui", "Nuno", "Tiago", "Manuel")
_PT_GIVEN_F = ("Maria", "Ana", "Sónia", "Rita", "Filipa", "Luísa", "Conceição")
_PT_FAMILY = ("Freitas", "Gouveia", "Andrade", "Câmara", "Medeiros", "Furtado", "Pacheco")
_PT_PLACES = (
    ("Rua da Carreira, 112, 2.º Esq.", "9000-042", "Funchal", "Madeira"),
    ("Caminho do Palheiro, 7", "9060-255", "Funchal", "Madeira"),
    ("Rua do Mercado, 14", "9200-116", "Machico", "Madeira"),
    ("Estrada João Gonçalves Zarco, 301", "9300-138", "Câmara de Lobos", "Madeira"),
    ("Rua Dr. João Francisco de Sousa, 9", "9400-172", "Porto Santo", "Porto Santo"),
    ("Rua do Melo, 45, 1.º", "9500-091", "Ponta Delgada", "São Miguel"),
    ("Rua da Sé, 120", "9700-191", "Angra do Heroísmo", "Terceira"),
    ("Largo Duque d'Ávila, 3", "9900-019", "Horta", "Faial"),
)
_PT_ROUTES = ("FNC-LIS-FNC", "FNC-OPO", "PDL-LIS-PDL", "TER-LIS", "FNC-PDL", "HOR-LIS-HOR")
_PT_CTT = ("Loja CTT Funchal Zarco", "Loja CTT Machico", "Loja CTT Ponta Delgada", "CTT Angra")
# -- Canary Islands: the register of protected-housing applicants ------------------------------
_ES_GIVEN_M = ("Airam", "Yeray", "Jonay", "Francisco", "José Antonio", "Acorán", "Juan Carlos")
_ES_GIVEN_F = ("Yaiza", "Candelaria", "Idaira", "María del Pino", "Carmen", "Nayra", "Guacimara")
_ES_FAMILY = (
    "Hernández Rodríguez",
    "González Suárez",
    "Santana Déniz",
    "Perdomo Cabrera",
    "Alonso Trujillo",
    "Afonso Díaz",
    "Rodríguez Betancor",
)
_ES_PLACES = (
    ("C/ Triana, 44, 3º B", "35002", "Las Palmas de Gran Canaria", "Gran Canaria"),
    ("C/ Castillo, 12, 1º", "38003", "Santa Cruz de Tenerife", "Tenerife"),
    ("Avda. Los Majuelos, 101", "38108", "San Cristóbal de La Laguna", "Tenerife"),
    ("C/ León y Castillo, 8", "35500", "Arrecife", "Lanzarote"),
    ("C/ Primero de Mayo, 27", "35600", "Puerto del Rosario", "Fuerteventura"),
    ("C/ Real, 5", "38700", "Santa Cruz de La Palma", "La Palma"),
    ("C/ Ruiz de Padrón, 19", "38800", "San Sebastián de La Gomera", "La Gomera"),
)
_ES_QUOTAS = (
    "General",
    "Jóvenes <35",
    "Mayores 65",
    "Discapacidad",
    "Familia numerosa",
    "Víctimas violencia de género",
)
# -- Basque Country: flu vaccinations at an Osakidetza health centre -----------------------------
_EU_GIVEN_M = ("Iñaki", "Jon", "Mikel", "Xabier", "Koldo", "Josu", "Aitor")
_EU_GIVEN_F = ("Miren", "Amaia", "Nerea", "Itziar", "Maite", "Ainhoa", "Edurne")
_EU_FAMILY = (
    "Etxeberria Agirre",
    "Goikoetxea Urrutia",
    "Zubizarreta Larrañaga",
    "Arrieta Olabarria",
    "Gorostiza Ibarra",
    "Uriarte Mendizabal",
)
_EU_PLACES = (
    ("Nagusia kalea, 14, 3. esk.", "48200", "Durango"),
    ("Kale Nagusia 5, 2º dcha.", "20500", "Arrasate"),
    ("Gasteiz hiribidea, 33, 4. A", "01008", "Vitoria-Gasteiz"),
    ("Calle Autonomía, 22, 5º izda.", "48010", "Bilbao"),
    ("San Martin kalea, 7", "20005", "Donostia"),
    ("Errekalde auzoa, 2", "20400", "Tolosa"),
)
_EU_VACCINES = (
    "Gripea / Gripe (Efluelda)",
    "Gripea / Gripe (Flucelvax)",
    "COVID-19 + Gripea",
    "Pneumokokoa / Neumococo",
)
_EU_NURSES = ("Arantza Iriondo", "Begoña Lasa", "Joseba Ezkurra", "Leire Aranburu")
_EU_RISK = (
    "≥65 urte / años",
    "Diabetesa / Diabetes",
    "EPOC / BGBK",
    "Haurdun / Embarazada",
    "Osasun langilea / Sanitario",
    "Bihotz gaixotasuna / Cardiopatía",
)
# -- Galicia: the Xunta's social spa programme ---------------------------------------------------
_GA_GIVEN_M = ("Xosé", "Manuel", "Xoán", "Ramón", "Andrés", "Brais", "Xurxo")
_GA_GIVEN_F = ("María", "Carme", "Rosalía", "Uxía", "Pilar", "Maruxa", "Dolores")
_GA_FAMILY = (
    "Castro Varela",
    "Otero Rey",
    "Fernández Pazos",
    "Lema Rial",
    "Vázquez Souto",
    "Piñeiro Seoane",
    "Boullosa Iglesias",
)
_GA_PLACES = (
    (
        "Rúa do Vilar, 18, 2º",
        "Santiago (San Fructuoso)",
        "Santiago de Compostela",
        "A Coruña",
        "15705",
    ),
    ("Lugar de Pedreira, 4", "San Xoán de Ortoño", "Ames", "A Coruña", "15220"),
    ("Rúa Real, 61, 3º esq.", "Lugo (Santiago A Nova)", "Lugo", "Lugo", "27001"),
    ("Avenida de Buenos Aires, 10", "Ourense (Santa Eufemia)", "Ourense", "Ourense", "32004"),
    ("Rúa Príncipe, 25, 1º", "Vigo (Santiago)", "Vigo", "Pontevedra", "36202"),
    ("Lugar de Casal, 2", "Santa María de Cerdedo", "Cerdedo-Cotobade", "Pontevedra", "36130"),
)
_GA_SPAS = (
    "Balneario de Mondariz",
    "Balneario de Cuntis",
    "Termas de Lobios",
    "Balneario de Caldas de Partovia",
    "Balneario de Guitiriz",
)
_GA_TURNS = ("Quenda 1 (abril)", "Quenda 3 (xuño)", "Quenda 5 (setembro)", "Quenda 7 (outubro)")
_GA_SPOUSES = ("Xosé Castro Lema", "María Otero Rial", "Sen acompañante", "Ramón Vázquez Pazos")
# -- Andorra: hunting and fishing licences ------------------------------------------------------
_AD_GIVEN_M = ("Jordi", "Joan", "Marc", "Josep", "Xavier", "Pere", "Albert")
_AD_GIVEN_F = ("Montserrat", "Meritxell", "Núria", "Mireia", "Anna", "Roser", "Laia")
_AD_FAMILY = (
    "Cerqueda Pal",
    "Torres Riba",
    "Naudi Mora",
    "Calvó Armengol",
    "Duró Rossell",
    "Pintat Santolària",
    "Font Marsol",
)
_AD_PLACES = (
    ("Av. Meritxell, 54, 3r 2a", "AD500", "Andorra la Vella"),
    ("C/ Prat de la Creu, 12, 1r", "AD500", "Andorra la Vella"),
    ("Av. Carlemany, 89, 4t 1a", "AD700", "Escaldes-Engordany"),
    ("C/ Major, 7", "AD200", "Encamp"),
    ("Ctra. General, 33, Edif. Font, 2n", "AD400", "La Massana"),
    ("C/ de la Plana, 5", "AD300", "Ordino"),
    ("Av. del Través, 10", "AD600", "Sant Julià de Lòria"),
    ("C/ Bearn, 21, 3r", "AD100", "Canillo"),
)
_AD_LICENCES = (
    "Caça major",
    "Caça menor",
    "Pesca (temporada)",
    "Pesca sense mort",
    "Caça major + menor",
)
_AD_ZONES = (
    "Vedat de Sorteny",
    "Vedat de Xixerella",
    "Riu Valira d'Orient",
    "Estany d'Engolasters",
    "Zona lliure",
)


def _place(p: Person, table: tuple[_T, ...], salt: int = 5) -> _T:
    return table[int(p.bhxh) // (salt * 13 + 1) % len(table)]


def _canary_id(p: Person) -> str:
    """A DNI, or an NIE for about one applicant in five."""
    return _nie(p) if int(p.bhxh[-3:]) % 5 == 0 else _dni(p)


def _eu_dni(p: Person) -> str:
    d = _dni(p)
    return f"{d[:8]}-{d[8]}" if int(p.bhxh[-2:]) % 3 == 0 else d


def _ad_passport(p: Person) -> str:
    return f"{_pick(p, ('A', 'B', 'C'), 4)}{int(p.bhxh[-6:]):06d}"


def _ad_nrt(p: Person) -> str:
    """An Andorran NRT of a resident person: F, six digits, a control letter."""
    digits = f"{int(p.bhxh[1:7]):06d}"
    return f"F-{digits}-{'ABCDEFGHJKLMNPQRSTVWXYZ'[int(digits) % 23]}"


def _ad_phone(p: Person) -> str:
    return f"+376 {_pick(p, ('3', '6', '6'), 2)}{p.phone[-5:-3]} {p.phone[-3:]}"


def _map_fee(p: Person) -> str:
    return _dotted(_pick_fee(p))


def _pick_fee(p: Person) -> int:
    return (2 + _num(p, 9)) * 50_000


WRITERS_BLIND204: dict[str, Callable[[Person, Col], object]] = {
    # fair booths
    "firm204": lambda p, c: _pick(p, _VN_FIRMS, 2),
    "goods204": lambda p, c: _pick(p, _VN_GOODS, 3),
    "booths204": lambda p, c: _pick(p, ("1", "1", "2", "1", "3"), 4),
    "spot204": lambda p, c: _pick(p, _VN_SPOTS, 5),
    "booth_fee204": lambda p, c: _dotted(3_500_000 * (1 + _num(p, 2))),
    # funerals
    "deceased204": lambda p, c: _other_vn(p, 3, family=p.family),
    "deceased_age204": lambda p, c: 60 + _num(p, 38),
    "relation204": lambda p, c: _pick(p, _VN_RELS, 4),
    "death_date204": lambda p, c: f"{p.other_date - timedelta(days=1):%d/%m/%Y}",
    "rite204": lambda p, c: _pick(p, _VN_RITES, 5),
    "hall204": lambda p, c: _pick(p, _VN_HALLS, 6),
    "cemetery204": lambda p, c: _pick(p, _VN_CEMETERIES, 7),
    "days204": lambda p, c: _pick(p, ("02 ngày", "03 ngày", "02 ngày", "48 giờ"), 8),
    "tdp_head204": lambda p, c: _other_vn(p, 9),
    # cadastral extracts
    "sheet204": lambda p, c: _num(p, 46),
    "parcel204": lambda p, c: 10 + _num(p, 480),
    "area204": lambda p, c: f"{80 + _num(p, 900)},{_num(p, 9)}",
    "purpose204": lambda p, c: _pick(p, _VN_PURPOSES, 4),
    "why_map204": lambda p, c: _pick(p, _VN_WHY_MAP, 5),
    "map_fee204": lambda p, c: _map_fee(p),
    "surveyor204": lambda p, c: _pick(p, _VN_SURVEYORS, 6),
    "gcn204": lambda p, c: f"{_pick(p, ('CS', 'CT', 'DB'), 7)} {p.bhxh[-6:]}",
    # found property
    "found_no204": lambda p, c: f"{_num(p, 98)}/TB-CAX",
    "found204": lambda p, c: _pick(p, _VN_FOUND, 3),
    "found_at204": lambda p, c: _pick(p, _VN_FOUND_AT, 4),
    "owner204": lambda p, c: _other_vn(p, 5),
    "owner_phone204": lambda p, c: _other_phone(p, "03"),
    "found_result204": lambda p, c: _pick(p, _VN_FOUND_RESULT, 6),
    "police204": lambda p, c: _pick(p, _VN_POLICE, 7),
    # Madeira and the Azores
    "pt_name204": lambda p, c: (
        f"{_by_sex(p, _PT_GIVEN_M, _PT_GIVEN_F, 1)} {_pick(p, _PT_FAMILY, 2)}"
        f" {_pick(p, _PT_FAMILY, 3)}"
    ),
    "pt_cc204": lambda p, c: _cartao(p),
    "pt_nif204": lambda p, c: _nif_pt(p),
    "pt_street204": lambda p, c: _place(p, _PT_PLACES)[0],
    "pt_cp204": lambda p, c: _place(p, _PT_PLACES)[1],
    "pt_concelho204": lambda p, c: _place(p, _PT_PLACES)[2],
    "pt_island204": lambda p, c: _place(p, _PT_PLACES)[3],
    "pt_phone204": lambda p, c: _pt_phone(p),
    "pt_route204": lambda p, c: _pick(p, _PT_ROUTES, 4),
    "pt_ticket204": lambda p, c: f"047{p.bhxh}",
    "pt_paid204": lambda p, c: f"{180 + _num(p, 320)},{_pick(p, ('00', '50', '98'), 5)}",
    "pt_refund204": lambda p, c: f"{_num(p, 60) + 30},00",
    "pt_student204": lambda p, c: _pick(p, ("Não", "Não", "Sim"), 6),
    "pt_ctt204": lambda p, c: _pick(p, _PT_CTT, 7),
    # Canary Islands
    "ic_surnames204": lambda p, c: _pick(p, _ES_FAMILY, 2),
    "ic_given204": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 1),
    "ic_id204": lambda p, c: _canary_id(p),
    "ic_sex204": lambda p, c: "V" if p.male else "M",
    "ic_street204": lambda p, c: _place(p, _ES_PLACES)[0],
    "ic_cp204": lambda p, c: _place(p, _ES_PLACES)[1],
    "ic_town204": lambda p, c: _place(p, _ES_PLACES)[2],
    "ic_island204": lambda p, c: _place(p, _ES_PLACES)[3],
    "ic_phone204": lambda p, c: _es_mobile(p),
    "ic_members204": lambda p, c: _num(p, 6),
    "ic_iprem204": lambda p, c: f"{1 + _num(p, 3)},{_num(p, 9)} IPREM",
    "ic_regime204": lambda p, c: _pick(p, ("Alquiler", "Venta", "Alquiler con opción a compra"), 4),
    "ic_quota204": lambda p, c: _pick(p, _ES_QUOTAS, 5),
    "ic_file204": lambda p, c: f"RPDVP-{p.other_date:%Y}-{p.bhxh[-5:]}",
    # Basque Country
    "eu_surnames204": lambda p, c: _pick(p, _EU_FAMILY, 2),
    "eu_given204": lambda p, c: _by_sex(p, _EU_GIVEN_M, _EU_GIVEN_F, 1),
    "eu_dni204": lambda p, c: _eu_dni(p),
    "eu_sex204": lambda p, c: "Gizona" if p.male else "Emakumea",
    "eu_tis204": lambda p, c: f"{_pick(p, ('BI', 'GI', 'AR'), 3)}{p.bhxh[::-1][:8]}",
    "eu_addr204": lambda p, c: ", ".join(_place(p, _EU_PLACES)),
    "eu_town204": lambda p, c: _place(p, _EU_PLACES)[2],
    "eu_phone204": lambda p, c: _es_mobile(p, _pick(p, ("6", "6", "7"), 3)),
    "eu_vaccine204": lambda p, c: _pick(p, _EU_VACCINES, 4),
    "eu_lot204": lambda p, c: f"{_pick(p, ('AX', 'FL', 'KL'), 5)}{p.bhxh[2:6]}",
    "eu_nurse204": lambda p, c: _pick(p, _EU_NURSES, 6),
    "eu_risk204": lambda p, c: _pick(p, _EU_RISK, 7),
    # Galicia
    "ga_surnames204": lambda p, c: _pick(p, _GA_FAMILY, 2),
    "ga_given204": lambda p, c: _by_sex(p, _GA_GIVEN_M, _GA_GIVEN_F, 1),
    "ga_dni204": lambda p, c: _dni(p),
    "ga_sex204": lambda p, c: "Home" if p.male else "Muller",
    "ga_street204": lambda p, c: _place(p, _GA_PLACES)[0],
    "ga_parish204": lambda p, c: _place(p, _GA_PLACES)[1],
    "ga_concello204": lambda p, c: _place(p, _GA_PLACES)[2],
    "ga_province204": lambda p, c: _place(p, _GA_PLACES)[3],
    "ga_cp204": lambda p, c: _place(p, _GA_PLACES)[4],
    "ga_phone204": lambda p, c: _es_mobile(p),
    "ga_pension204": lambda p, c: f"{700 + _num(p, 900)},{_num(p, 90):02d}",
    "ga_spa204": lambda p, c: _pick(p, _GA_SPAS, 3),
    "ga_turn204": lambda p, c: _pick(p, _GA_TURNS, 4),
    "ga_spouse204": lambda p, c: _pick(p, _GA_SPOUSES, 5),
    "ga_points204": lambda p, c: f"{20 + _num(p, 60)},{_num(p, 9)}",
    # Andorra
    "ad_surnames204": lambda p, c: _pick(p, _AD_FAMILY, 2),
    "ad_given204": lambda p, c: _by_sex(p, _AD_GIVEN_M, _AD_GIVEN_F, 1),
    "ad_passport204": lambda p, c: _ad_passport(p),
    "ad_nrt204": lambda p, c: _ad_nrt(p),
    "ad_sex204": lambda p, c: "H" if p.male else "D",
    "ad_addr204": lambda p, c: ", ".join(_place(p, _AD_PLACES)),
    "ad_parish204": lambda p, c: _place(p, _AD_PLACES)[2],
    "ad_phone204": lambda p, c: _ad_phone(p),
    "ad_licence204": lambda p, c: _pick(p, _AD_LICENCES, 3),
    "ad_licence_no204": lambda p, c: f"{p.other_date:%Y}/{p.bhxh[-4:]}",
    "ad_fee204": lambda p, c: _pick(p, ("45,00", "60,00", "25,00", "90,00"), 4),
    "ad_insurance204": lambda p, c: _pick(
        p, ("Andorrana de Seguros", "Assegurances Pyrénées", "FCAP pòlissa col·lectiva"), 5
    ),
    "ad_zone204": lambda p, c: _pick(p, _AD_ZONES, 6),
}

__all__ = ["WRITERS_BLIND204"]
