"""How the people of the two-hundred-and-fifty-fourth part of the outside corpus (**blind 254**,
:mod:`lienthong.quality._corpus_blind254`) are written: four Vietnamese files' own columns (an
áo dài tailoring course, a rice-to-shrimp land conversion, the porters of a wholesale market, a
pagoda's eight-precepts retreat) and Galician, Asturian, Basque, Navarrese and northern
Portuguese names, places, phones and numbers in the forms their registers show: the DNI with its
mod-23 letter, the NIE, the Portuguese NIF with its mod-11 digit and the cartão de cidadão."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind18_writers import _nif_pt
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _dni, _nie
from lienthong.quality._corpus_blind64_writers import _cartao
from lienthong.quality._corpus_blind114_writers import _pt_phone
from lienthong.quality._corpus_blind158_writers import _es_mobile

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col


def _later(p: Person, months: int) -> date:
    d = p.other_date
    month = d.month - 1 + months
    return _safe_day(d.year + month // 12, month % 12 + 1, d.day)


def _row(p: Person, rows: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    return rows[int(p.bhxh) // (salt * 7 + 3) % len(rows)]


def _es_land(p: Person, head: str) -> str:
    """A Spanish landline ``985 234 567`` with the province's three-digit head."""
    body = f"{head}{p.phone[-6:]}"
    return f"{body[:3]} {body[3:6]} {body[6:]}"


def _es_phone(p: Person, head: str) -> str:
    return _es_land(p, head) if int(p.bhxh) % 4 == 2 else _es_mobile(p)


def _foreign(p: Person) -> bool:
    """Whether the person is a foreign resident who shows an NIE, not a DNI."""
    return int(p.bhxh) % 7 == 3


def _dni_or_nie(p: Person) -> str:
    return _nie(p) if _foreign(p) else _dni(p)


# -- Vietnam ------------------------------------------------------------------------------------
_VN_ETHNIC = ("Kinh", "Kinh", "Tày", "Mường", "Nùng", "Kinh", "Thái")
_VN_SCHOOL = ("9/12", "12/12", "7/12", "12/12", "5/12")
_VN_GROUP = ("LĐ nông thôn", "Hộ nghèo", "Hộ cận nghèo", "Người khuyết tật", "Hộ mất đất")
_VN_GRADE = ("Giỏi", "Khá", "Khá", "Trung bình", "Bỏ học giữa khóa")
_VN_MODEL = ("Tôm - lúa", "Tôm càng xanh - lúa", "Tôm sú quảng canh - lúa", "Cua - tôm - lúa")
_VN_OPINION = ("Thống nhất", "Thống nhất", "Đề nghị xác minh ranh thửa", "Chờ họp ấp")
_VN_OFFICER = ("Lâm Văn Sơn", "Trần Thị Kiều", "Nguyễn Hoàng Khải", "Danh Sơ Ri")
_VN_HOMETOWN = ("Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Thái Bình", "Quảng Ngãi", "Bình Định")
_VN_CREW = ("Tổ 1 - rau củ", "Tổ 2 - trái cây", "Tổ 3 - thủy hải sản", "Tổ 4 - hàng khô")
_VN_ZONE = ("Nhà lồng A", "Nhà lồng B", "Bãi xe tải số 2", "Khu hàng đông lạnh", "Cổng số 3")
_VN_STATUS = ("Đang hoạt động", "Đang hoạt động", "Tạm nghỉ", "Thu hồi thẻ", "Cấp lại thẻ")
_VN_DHARMA = ("Diệu Hạnh", "Tâm Minh", "Nguyên Thiện", "Quảng Đức", "Diệu Liên", "Thiện Tâm")
_VN_DUTY = ("Ban trai soạn", "Ban hành đường", "Ban chung", "Ban tri khách", "Ban y tế")


# -- Galicia ------------------------------------------------------------------------------------
_GAL_FAMILY = (
    "Fernández Castro",
    "Rodríguez Otero",
    "Vázquez Pereira",
    "Outeiro Lema",
    "Seoane Barreiro",
    "Fraga Iglesias",
    "Castiñeira Rey",
)
_GAL_GIVEN_M = ("Xosé", "Manuel", "Antón", "Brais", "Xoán", "Ramón", "Xesús")
_GAL_GIVEN_F = ("María", "Uxía", "Carme", "Sabela", "Rosa", "Xiana", "Maruxa")
_GAL_PLACES = (
    ("O Outeiro, 5", "Santa Comba de Bande", "Bande", "32840", "988"),
    ("Lugar de Vilar, 12", "San Xoán de Ourol", "Ourol", "27865", "982"),
    ("A Igrexa, 3", "Santa Mariña de Lousame", "Lousame", "15213", "981"),
    ("Casal de Abaixo, 8", "San Miguel de Oia", "Vigo", "36390", "986"),
    ("Rúa do Forno, 21", "Santiago de Covelo", "Covelo", "36872", "986"),
)
_GAL_HOUSE = ("Casa de Pena", "Casa do Ferreiro", "Casa Nova", "Casa de Outeiro", "Casa Grande")
_GAL_NOTE = ("", "Herdeiro de casa aberta", "Baixa por cambio de residencia", "", "Cota pendente")


# -- Asturias -----------------------------------------------------------------------------------
_AST_FAMILY = ("Álvarez Menéndez", "García Suárez", "Fernández Llaneza", "Rodríguez Cueto")
_AST_GIVEN_M = ("José Ramón", "Luis", "Pelayo", "Iván", "Marcelino")
_AST_GIVEN_F = ("Covadonga", "Begoña", "Noelia", "María Jesús", "Lorena")
_AST_FOREIGN = ("Popescu, Andrei", "Ionescu, Elena", "El Amrani, Karim", "Da Silva, João")
_AST_HOMES = (
    "C/ Uría, 14, 3º B, 33003 Oviedo",
    "Avda. de la Constitución, 52, 5º Izda., 33207 Gijón",
    "Barrio La Riera, 7, 33556 Cangas de Onís",
    "C/ Pelayo, 2, 1º, 33550 Cangas de Onís",
    "Pl. del Ayuntamiento, 4, 33300 Villaviciosa",
    "Lugar Soto, 11, 33865 Salas",
)
_AST_RIVER = ("Sella", "Narcea", "Nalón", "Cares-Deva", "Esva", "Eo")
_AST_COTO = ("Coto Las Arriondas", "Coto Cornellana", "Coto Soto de Luiña", "Coto Panes")


def _ast_full(p: Person) -> str:
    if _foreign(p):
        return _pick(p, _AST_FOREIGN, 3).upper()
    given = _by_sex(p, _AST_GIVEN_M, _AST_GIVEN_F, 1)
    return f"{_pick(p, _AST_FAMILY, 2).upper()}, {given.upper()}"


# -- Basque Country -----------------------------------------------------------------------------
_EUS_FAMILY = (
    "Etxeberria Goikoetxea",
    "Aguirre Zubizarreta",
    "Urrutia Agirre",
    "Arrizabalaga Lasa",
    "Goñi Iturbe",
    "Larrañaga Uribe",
)
_EUS_GIVEN_M = ("Iñaki", "Unai", "Aitor", "Jon", "Koldo", "Mikel")
_EUS_GIVEN_F = ("Ainhoa", "Miren", "Nerea", "Amaia", "Itziar", "Leire")
_EUS_PLACES = (
    ("Nagusia kalea 14, 2. esk.", "20600", "Eibar", "943"),
    ("Kale Nagusia 3, 1. A", "20500", "Arrasate/Mondragón", "943"),
    ("Sabino Arana etorbidea 22, 4. B", "48013", "Bilbao", "944"),
    ("Foruen kalea 7, behea", "48300", "Gernika-Lumo", "946"),
    ("Dato kalea 31, 3. ezk.", "01005", "Vitoria-Gasteiz", "945"),
    ("San Juan plaza 2", "20280", "Hondarribia", "943"),
)
_EUS_ABONU = ("Banakakoa / Individual", "Familiarra / Familiar", "Jubilatua / Jubilado")


def _eus_iban(p: Person) -> str:
    return f"ES{p.bhxh[-2:]} 2095 {p.bhxh[:4]} {p.bhxh[4:8]} **** {p.bhxh[-4:]}"


# -- Navarre ------------------------------------------------------------------------------------
_NAV_FAMILY = ("Echeverría", "Jiménez", "Goñi", "Lizarraga", "Aldaz", "Esparza", "Iriarte")
_NAV_GIVEN_M = ("Javier", "Fermín", "Miguel Ángel", "Iñigo", "Santiago")
_NAV_GIVEN_F = ("Blanca", "Maite", "Pilar", "Edurne", "Ana Isabel")
_NAV_PLACES = (
    ("C/ Mayor, 18", "Funes", "31360"),
    ("Pza. de los Fueros, 3, 2º", "Tafalla", "31300"),
    ("C/ Tudela, 44", "Cadreita", "31515"),
    ("Trav. San Miguel, 6", "Olite", "31390"),
    ("C/ Ribera, 9", "Arguedas", "31513"),
)
_NAV_PARAJE = ("La Dehesa", "Soto Bajo", "El Plano", "Las Planas", "Corraliza Vieja")


# -- northern Portugal --------------------------------------------------------------------------
_PT_FAMILY = ("Fernandes Araújo", "Pereira da Silva", "Gonçalves Barbosa", "Sousa Machado")
_PT_GIVEN_M = ("Manuel Joaquim", "António", "José Carlos", "Domingos", "Rui Miguel")
_PT_GIVEN_F = ("Maria da Conceição", "Rosa", "Ana Paula", "Fernanda", "Maria de Fátima")
_PT_PLACES = (
    ("Rua Dr. Manuel Pais, 112", "4750-302", "Barcelos"),
    ("Lugar da Igreja, 45", "4755-078", "Alvelos"),
    ("Av. da Liberdade, 301, 2.º Esq.", "4710-249", "Braga"),
    ("Rua de Santo António, 8", "4900-492", "Viana do Castelo"),
    ("Travessa do Souto, 3", "4740-010", "Esposende"),
)
_PT_TRADE = ("Hortícolas", "Vestuário e calçado", "Louça de Barcelos", "Aves e coelhos", "Pão")
_PT_STATUS = ("Ativo", "Ativo", "Suspenso", "Taxa em dívida", "Renúncia")


def _pt_full(p: Person) -> str:
    return f"{_by_sex(p, _PT_GIVEN_M, _PT_GIVEN_F, 1)} {_pick(p, _PT_FAMILY, 2)}"


WRITERS_BLIND254: dict[str, Callable[[Person, Col], str]] = {
    # Vietnam: áo dài tailoring course
    "ethnic254": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "school254": lambda p, c: _pick(p, _VN_SCHOOL, 3),
    "group254": lambda p, c: _pick(p, _VN_GROUP, 4),
    "support254": lambda p, c: f"{(15 + _num(p, 20)) * 30:,}.000".replace(",", "."),
    "grade254": lambda p, c: _pick(p, _VN_GRADE, 5),
    # Vietnam: rice land to shrimp-rice
    "sheet254": lambda p, c: str(1 + _num(p, 40)),
    "plot254": lambda p, c: str(10 + _num(p, 900)),
    "area254": lambda p, c: f"{2000 + 50 * _num(p, 200):,}".replace(",", "."),
    "model254": lambda p, c: _pick(p, _VN_MODEL, 2),
    "opinion254": lambda p, c: _pick(p, _VN_OPINION, 3),
    "officer254": lambda p, c: _pick(p, _VN_OFFICER, 4),
    # Vietnam: wholesale market porters
    "hometown254": lambda p, c: _pick(p, _VN_HOMETOWN, 2),
    "card254": lambda p, c: f"BX-{p.other_date:%y}-{p.bhxh[-4:]}",
    "crew254": lambda p, c: _pick(p, _VN_CREW, 3),
    "zone254": lambda p, c: _pick(p, _VN_ZONE, 4),
    "leader254": lambda p, c: _other_vn(p, 6, male=True),
    "status254": lambda p, c: _pick(p, _VN_STATUS, 5),
    # Vietnam: pagoda retreat
    "dharma254": lambda p, c: _pick(p, _VN_DHARMA, 2),
    "kin254": lambda p, c: _other_vn(p, 7),
    "kin_phone254": lambda p, c: _other_phone(p, "08"),
    "duty254": lambda p, c: _pick(p, _VN_DUTY, 3),
    # Galicia: commoners of a community forest
    "gal_family254": lambda p, c: _pick(p, _GAL_FAMILY, 2),
    "gal_given254": lambda p, c: _by_sex(p, _GAL_GIVEN_M, _GAL_GIVEN_F, 1),
    "gal_dni254": lambda p, c: f"{_dni(p)[:8]}-{_dni(p)[8]}",
    "gal_street254": lambda p, c: _row(p, _GAL_PLACES, 1)[0],
    "gal_parish254": lambda p, c: _row(p, _GAL_PLACES, 1)[1],
    "gal_town254": lambda p, c: _row(p, _GAL_PLACES, 1)[2],
    "gal_cp254": lambda p, c: _row(p, _GAL_PLACES, 1)[3],
    "gal_phone254": lambda p, c: _es_phone(p, _row(p, _GAL_PLACES, 1)[4]),
    "gal_house254": lambda p, c: _pick(p, _GAL_HOUSE, 3),
    "gal_fee254": lambda p, c: _pick(p, ("30,00 €", "30,00 €", "15,00 €", "exento"), 4),
    "gal_note254": lambda p, c: _pick(p, _GAL_NOTE, 5),
    # Asturias: salmon permit draw
    "ast_full254": lambda p, c: _ast_full(p),
    "ast_id254": lambda p, c: _dni_or_nie(p),
    "ast_home254": lambda p, c: _pick(p, _AST_HOMES, 4),
    "ast_phone254": lambda p, c: _es_phone(p, "985"),
    "ast_request254": lambda p, c: f"SAL-{p.other_date:%Y}-{p.bhxh[-5:]}",
    "ast_licence254": lambda p, c: f"AS-{p.bhxh[1:7]}",
    "ast_river254": lambda p, c: _pick(p, _AST_RIVER, 2),
    "ast_coto254": lambda p, c: _pick(p, _AST_COTO, 3),
    "ast_draw254": lambda p, c: str(_num(p, 3000)),
    "ast_result254": lambda p, c: _pick(p, ("Sí", "No", "No", "Reserva"), 5),
    # Basque Country: municipal sports centre subscribers
    "eus_family254": lambda p, c: _pick(p, _EUS_FAMILY, 2),
    "eus_given254": lambda p, c: _by_sex(p, _EUS_GIVEN_M, _EUS_GIVEN_F, 1),
    "eus_dni254": lambda p, c: _dni(p),
    "eus_street254": lambda p, c: _row(p, _EUS_PLACES, 2)[0],
    "eus_cp254": lambda p, c: _row(p, _EUS_PLACES, 2)[1],
    "eus_town254": lambda p, c: _row(p, _EUS_PLACES, 2)[2],
    "eus_phone254": lambda p, c: _es_phone(p, _row(p, _EUS_PLACES, 2)[3]),
    "eus_abonu254": lambda p, c: _pick(p, _EUS_ABONU, 3),
    "eus_holder254": lambda p, c: (
        f"{_pick(p, _EUS_GIVEN_F, 4)} {_pick(p, _EUS_FAMILY, 5)}" if int(p.bhxh) % 3 == 1 else "—"
    ),
    "eus_iban254": lambda p, c: _eus_iban(p),
    # Navarre: communal farm plots
    "nav_family254": lambda p, c: f"{_pick(p, _NAV_FAMILY, 2)} {_pick(p, _NAV_FAMILY, 5)}",
    "nav_given254": lambda p, c: _by_sex(p, _NAV_GIVEN_M, _NAV_GIVEN_F, 1),
    "nav_id254": lambda p, c: _dni_or_nie(p),
    "nav_street254": lambda p, c: _row(p, _NAV_PLACES, 3)[0],
    "nav_town254": lambda p, c: _row(p, _NAV_PLACES, 3)[1],
    "nav_cp254": lambda p, c: _row(p, _NAV_PLACES, 3)[2],
    "nav_phone254": lambda p, c: _es_phone(p, "948"),
    "nav_plot254": lambda p, c: f"Pol. {1 + _num(p, 12)} / Parc. {10 + _num(p, 400)}",
    "nav_paraje254": lambda p, c: _pick(p, _NAV_PARAJE, 3),
    "nav_area254": lambda p, c: f"{4 + _num(p, 30)},{_num(p, 9)}",
    "nav_canon254": lambda p, c: f"{(4 + _num(p, 30)) * 12},00",
    "nav_years254": lambda p, c: str(2 + _num(p, 40)),
    # northern Portugal: weekly market stallholders
    "pt_full254": lambda p, c: _pt_full(p),
    "pt_cc254": lambda p, c: _cartao(p),
    "pt_nif254": lambda p, c: _nif_pt(p),
    "pt_street254": lambda p, c: _row(p, _PT_PLACES, 4)[0],
    "pt_cp254": lambda p, c: _row(p, _PT_PLACES, 4)[1],
    "pt_town254": lambda p, c: _row(p, _PT_PLACES, 4)[2],
    "pt_phone254": lambda p, c: _pt_phone(p),
    "pt_title254": lambda p, c: f"TEAF/{p.bhxh[2:8]}/{p.other_date:%Y}",
    "pt_trade254": lambda p, c: _pick(p, _PT_TRADE, 3),
    "pt_spot254": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D'), 5)}-{_num(p, 180)}",
    "pt_fee254": lambda p, c: f"{(12 + _num(p, 40)) * 3},50 €",
    "pt_status254": lambda p, c: _pick(p, _PT_STATUS, 6),
    "pt_until254": lambda p, c: f"{_later(p, 12):%d/%m/%Y}",
}
