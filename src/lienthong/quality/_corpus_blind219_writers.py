"""How the people of the two-hundred-and-nineteenth part of the outside corpus (**blind 219**,
:mod:`lienthong.quality._corpus_blind219`) are written: four Vietnamese files' own columns (a
silkworm cooperative's egg support, a commune's hand sand-dredging boats, a snake farm's wildlife
registration, a martyr's remains brought home) and Martinican, Guadeloupean, Curaçao, Aruban and
Sint Maarten names, places, phones and numbers in the forms their registers show (the French NIR
with its key ``97 - n % 97``, the Dutch Caribbean persoonsnummer of the birth date and two
digits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind48_writers import (
    _CW_FAMILY,
    _CW_GIVEN_F,
    _CW_GIVEN_M,
    _CW_PLACES,
    _place,
    _sedula,
)
from lienthong.quality._corpus_blind79_writers import (
    _AW_FAMILY,
    _AW_GIVEN_F,
    _AW_GIVEN_M,
    _AW_PLACES,
)
from lienthong.quality._corpus_blind168_writers import (
    _GP_FAMILY,
    _GP_GIVEN_F,
    _GP_GIVEN_M,
    _GP_PLACES,
    _SX_FAMILY,
    _SX_GIVEN_F,
    _SX_GIVEN_M,
    _SX_PLACES,
    _nir168,
    _pn,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam -----------------------------------------------------------------------------------
_VN_MULBERRY = ("Dâu VH9", "Dâu S7-CB", "Dâu lai F1", "Dâu tam bội")
_VN_EGGS = ("Trứng lưỡng hệ LĐ10", "Trứng đa hệ vàng", "Trứng lưỡng hệ GQ2218")
_VN_BOATS = ("Ghe gỗ gắn máy", "Thuyền sắt", "Ghe composite", "Ghe gỗ")
_VN_SAND_SPOTS = ("Bãi bồi thôn 3", "Đoạn bến đò Văn Phú", "Khu vực cồn Bần", "Bãi sông thôn Đông")
_VN_SNAKES = ("Rắn hổ mang (Naja atra)", "Rắn ráo trâu", "Rắn hổ mang chúa", "Rắn sọc dưa")
_VN_FARM_CODES = ("CN-ĐVHD", "NĐ06", "CITES-II")
_VN_RELATIONS = ("Con trai", "Con gái", "Cháu ruột", "Em ruột", "Vợ")
_VN_CEMETERIES = (
    "NTLS huyện Yên Thành",
    "NTLS xã Diễn Kỷ",
    "NTLS Quốc gia Trường Sơn (chuyển về)",
    "Nghĩa trang gia tộc",
)
_VN_FOUND = ("Đội K51 quy tập tại Lào", "Đội K92 quy tập tại Quảng Trị", "Gia đình tự tìm")
# -- Martinique: fishermen on the crew roll ------------------------------------------------------
_MQ_FAMILY = ("Rose", "Louis-Sidney", "Pierre-Charles", "Marie-Sainte", "Ursulet", "Fontaine")
_MQ_GIVEN_M = ("Jean-Claude", "Alex", "Patrice", "Fred", "Ludovic", "Didier")
_MQ_GIVEN_F = ("Josiane", "Marie-Line", "Nadège", "Célia", "Paméla", "Sabine")
#: (street, postcode, commune, INSEE commune digits after 972)
_MQ_PLACES = (
    ("quartier Bord de mer", "97230", "Sainte-Marie", "28"),
    ("rue Schœlcher", "97250", "Saint-Pierre", "25"),
    ("quartier Frégate", "97240", "Le François", "10"),
    ("route de l'Anse Noire", "97217", "Les Anses-d'Arlet", "02"),
    ("bourg", "97220", "La Trinité", "30"),
    ("cité Dillon", "97200", "Fort-de-France", "09"),
)
_MQ_BOATS = ("yole", "saintoise", "canot", "vedette")
# -- Guadeloupe: the cyclone relief fund --------------------------------------------------------
_GP_DAMAGE = ("Toiture arrachée", "Inondation", "Toiture partielle", "Menuiseries", "Mobilier")
_GP_STATUS = ("Payé", "En instruction", "Pièces manquantes", "Rejeté (assuré)", "Payé")
# -- Curaçao: study finance --------------------------------------------------------------------
_CW_STUDIES = ("Bachelor Rechten UoC", "MBO Verpleegkunde", "HBO Pabo (NL)", "Bachelor ICT UoC")
_CW_INST = (
    "University of Curaçao",
    "Hogeschool Rotterdam",
    "Fundashon Bon Intenshon",
    "ROC Mon Desir",
)
_CW_STATE = ("Toekend", "Den proseso", "Rechasá", "Toekend")
# -- Aruba: the vaccination register ------------------------------------------------------------
_AW_VACC = ("DTaP-IPV", "MMR", "HPV", "Hepatitis B", "Influenza", "Tetanus (DT)")
_AW_CLINIC = ("Departamento di Salud Publico", "Centro di Salud Santa Cruz", "Cas di Salud SN")
# -- Sint Maarten: the home repair programme -----------------------------------------------------
_SX_DAMAGE = ("Roof destroyed", "Roof partial", "Windows and doors", "Flooding", "Structural")
_SX_CONTRACTORS = ("Ace Construction N.V.", "Island Builders", "R&J Contracting", "Not assigned")
_SX_STATUS = ("Completed", "In progress", "Approved", "Waitlisted", "Ineligible")


def _mq(p: Person) -> _T:
    return _MQ_PLACES[int(p.bhxh) // 7 % len(_MQ_PLACES)]


def _gp(p: Person) -> tuple[str, str, str, str]:
    return _GP_PLACES[int(p.bhxh) // 7 % len(_GP_PLACES)]


def _fr_phone(p: Person, area: str) -> str:
    d = f"0{area}{p.phone[-6:]}"
    return " ".join(d[i : i + 2] for i in range(0, 10, 2))


def _mq_addr(p: Person) -> str:
    street, post, town, _ = _mq(p)
    return f"{_num(p, 40)} {street}, {post} {town}"


WRITERS_BLIND219: dict[str, Callable[[Person, Col], object]] = {
    "mulberry219": lambda p, c: _pick(p, _VN_MULBERRY, 3),
    "mulberry_area219": lambda p, c: f"{_num(p, 9)},{_num(p, 9)} sào",
    "eggs219": lambda p, c: _pick(p, _VN_EGGS, 4),
    "boxes219": lambda p, c: f"{_num(p, 10)} hộp",
    "egg_money219": lambda p, c: f"{_num(p, 10) * 120_000:,}".replace(",", "."),
    "htx_head219": lambda p, c: _other_vn(p, 5, male=True),
    "boat219": lambda p, c: _pick(p, _VN_BOATS, 3),
    "boat_reg219": lambda p, c: f"NĐ-{p.bhxh[3:7]}",
    "tonnage219": lambda p, c: f"{_num(p, 30)} tấn",
    "engine219": lambda p, c: f"{_num(p, 40)} CV",
    "sand_spot219": lambda p, c: _pick(p, _VN_SAND_SPOTS, 4),
    "volume219": lambda p, c: f"{_num(p, 400)} m3/năm",
    "snake219": lambda p, c: _pick(p, _VN_SNAKES, 3),
    "heads219": lambda p, c: f"{_num(p, 300)} con",
    "farm_code219": lambda p, c: f"{_pick(p, _VN_FARM_CODES, 4)}-{p.bhxh[-4:]}",
    "origin219": lambda p, c: _pick(
        p, ("Nhân nuôi sinh sản", "Mua của cơ sở khác", "Sinh sản F2"), 5
    ),
    "ranger219": lambda p, c: "KL " + _other_vn(p, 6),
    "martyr219": lambda p, c: "LS " + _other_vn(p, 7, male=True, family=p.family),
    "relation219": lambda p, c: _pick(p, _VN_RELATIONS, 3),
    "died219": lambda p, c: f"{_pick(p, ('12/03/1968', '1972', '05/1979', '21/4/1975'), 4)}",
    "unit219": lambda p, c: _pick(p, ("E9 F304", "D2 E48", "Đoàn 559", "E1 F5"), 5),
    "found219": lambda p, c: _pick(p, _VN_FOUND, 6),
    "cemetery219": lambda p, c: _pick(p, _VN_CEMETERIES, 7),
    "dossier219": lambda p, c: f"{p.bhxh[-5:]}/LĐTBXH-NCC",
    "family_mq219": lambda p, c: _pick(p, _MQ_FAMILY, 2).upper(),
    "given_mq219": lambda p, c: _by_sex(p, _MQ_GIVEN_M, _MQ_GIVEN_F, 1),
    "nir_mq219": lambda p, c: _nir168(p, "972", _mq(p)[3]),
    "sex_mq219": lambda p, c: "M" if p.male else "F",
    "addr_mq219": lambda p, c: _mq_addr(p),
    "phone_mq219": lambda p, c: _fr_phone(p, "696" if int(p.bhxh) % 2 else "697"),
    "enim219": lambda p, c: f"9721{p.bhxh[-5:]}",
    "boat_mq219": lambda p, c: (
        f"{_pick(p, _MQ_BOATS, 3)} « {_pick(p, ('Ti Kanot', 'Bondié Bon'), 4)} »"
    ),
    "immat219": lambda p, c: f"FF {_num(p, 900) + 100:03d}{p.bhxh[-3:]}",
    "port219": lambda p, c: _pick(p, ("Case-Pilote", "Le Robert", "Le Vauclin", "Le Prêcheur"), 5),
    "family_gp219": lambda p, c: _pick(p, _GP_FAMILY, 2).upper(),
    "given_gp219": lambda p, c: _by_sex(p, _GP_GIVEN_M, _GP_GIVEN_F, 1),
    "nir_gp219": lambda p, c: _nir168(p, "971", _gp(p)[3]),
    "street_gp219": lambda p, c: f"{_num(p, 30)} {_gp(p)[0]}",
    "post_gp219": lambda p, c: _gp(p)[1],
    "town_gp219": lambda p, c: _gp(p)[2],
    "phone_gp219": lambda p, c: _fr_phone(p, "690" if int(p.bhxh) % 2 else "590"),
    "damage_gp219": lambda p, c: _pick(p, _GP_DAMAGE, 3),
    "aid_gp219": lambda p, c: f"{(_num(p, 30) + 3) * 100} €",
    "status_gp219": lambda p, c: _pick(p, _GP_STATUS, 4),
    "name_cw219": lambda p, c: (
        f"{_pick(p, _CW_FAMILY, 2)}, {_by_sex(p, _CW_GIVEN_M, _CW_GIVEN_F, 1)}"
    ),
    "id_cw219": lambda p, c: _sedula(p),
    "sex_cw219": lambda p, c: "M" if p.male else "V",
    "street_cw219": lambda p, c: f"{_place(p, _CW_PLACES)[0]} {_num(p, 90)}",
    "bario_cw219": lambda p, c: _place(p, _CW_PLACES)[1],
    "phone_cw219": lambda p, c: f"+5999 5{p.phone[5:7]}-{p.phone[7:10]}{p.bhxh[0]}",
    "study_cw219": lambda p, c: _pick(p, _CW_STUDIES, 3),
    "inst_cw219": lambda p, c: _pick(p, _CW_INST, 4),
    "parent_cw219": lambda p, c: (
        f"{_by_sex(p, _CW_GIVEN_F, _CW_GIVEN_M, 5)} {_pick(p, _CW_FAMILY, 2)}"
    ),
    "loan_cw219": lambda p, c: f"NAf {(_num(p, 20) + 5) * 100},00",
    "state_cw219": lambda p, c: _pick(p, _CW_STATE, 6),
    "family_aw219": lambda p, c: _pick(p, _AW_FAMILY, 2),
    "given_aw219": lambda p, c: _by_sex(p, _AW_GIVEN_M, _AW_GIVEN_F, 1),
    "pn_aw219": lambda p, c: _pn(p, 4),
    "sex_aw219": lambda p, c: "Homber" if p.male else "Muhe",
    "addr_aw219": lambda p, c: (
        f"{_place(p, _AW_PLACES)[0]} {_num(p, 150)}, {_place(p, _AW_PLACES)[1]}"
    ),
    "phone_aw219": lambda p, c: (
        f"(297) {_pick(p, ('560', '593', '640', '736'), 4)}-{p.phone[6:10]}"
    ),
    "vacc_aw219": lambda p, c: _pick(p, _AW_VACC, 3),
    "dose_aw219": lambda p, c: _pick(p, ("1", "2", "Booster", "1"), 5),
    "lot_aw219": lambda p, c: f"{_pick(p, ('FK', 'EW', 'X0'), 6)}{p.bhxh[-5:]}",
    "clinic_aw219": lambda p, c: _pick(p, _AW_CLINIC, 7),
    "next_aw219": lambda p, c: f"{_shift_date(p.other_date, 1):%d-%m-%Y}",
    "name_sx219": lambda p, c: (
        f"{_by_sex(p, _SX_GIVEN_M, _SX_GIVEN_F, 1)} {_pick(p, _SX_FAMILY, 2)}"
    ),
    "id_sx219": lambda p, c: _pn(p, 2),
    "sex_sx219": lambda p, c: "Male" if p.male else "Female",
    "addr_sx219": lambda p, c: f"#{_num(p, 40)} {_pick(p, _SX_PLACES, 3)}",
    "phone_sx219": lambda p, c: (
        f"+1 721 {_pick(p, ('520', '522', '553', '586'), 4)}-{p.phone[6:10]}"
    ),
    "contact_sx219": lambda p, c: (
        f"{_by_sex(p, _SX_GIVEN_F, _SX_GIVEN_M, 5)} {_pick(p, _SX_FAMILY, 6)}"
    ),
    "contact_phone_sx219": lambda p, c: f"+1 721 5{p.bhxh[2:4]}-{p.bhxh[4:8]}",
    "damage_sx219": lambda p, c: _pick(p, _SX_DAMAGE, 7),
    "contractor_sx219": lambda p, c: _pick(p, _SX_CONTRACTORS, 8),
    "grant_sx219": lambda p, c: f"USD {(_num(p, 40) + 5) * 500:,}",
    "status_sx219": lambda p, c: _pick(p, _SX_STATUS, 9),
    "inspect_sx219": lambda p, c: f"{p.other_date + timedelta(days=21):%m/%d/%Y}",
    "vn_phone219": lambda p, c: _other_phone(p),
}
