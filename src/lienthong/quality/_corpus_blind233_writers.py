"""How the people of the two-hundred-and-thirty-third part of the outside corpus (**blind 233**,
:mod:`lienthong.quality._corpus_blind233`) are written: four Vietnamese files' own columns (a
provincial photographers' association exhibition, a sea-turtle rescue volunteer programme, a
buckwheat-flower seed handout, a welders' skills contest) and Cameroonian, Chadian, Central
African, Equatorial Guinean and São Toméan names, places, phones and numbers in the forms their
registers show: the nine-digit CNI of Cameroon, the Chadian NNI, the Central African CNI, the
Equatoguinean DIP and the São Toméan BI."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind31_writers import _CM_FAMILY, _CM_GIVEN_F, _CM_GIVEN_M
from lienthong.quality._corpus_blind35_writers import _TD_FAMILY, _TD_GIVEN_F, _TD_GIVEN_M
from lienthong.quality._corpus_blind36_writers import (
    _CF_FAMILY,
    _CF_GIVEN_F,
    _CF_GIVEN_M,
    _GQ_FAMILY,
    _GQ_GIVEN_F,
    _GQ_GIVEN_M,
    _ST_FAMILY,
    _ST_GIVEN_F,
    _ST_GIVEN_M,
    _ST_PLACES,
)
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam ------------------------------------------------------------------------------------
_VN_PEN = ("Hoàng Lâm", "Sương Mai", "Tùng Phong", "Lê Vũ", "Minh Khuê", "—", "—")
_VN_WORKS = ("Mùa nước nổi", "Chợ phiên vùng cao", "Nắng sớm trên đồi chè", "Lưới cá", "Mẹ tôi")
_VN_GENRE = ("Đen trắng", "Màu", "Bộ ảnh (4 ảnh)", "Ảnh báo chí", "Ảnh phong cảnh")
_VN_SCHOOLS = ("ĐH Khoa học Tự nhiên TP.HCM", "ĐH Nông Lâm TP.HCM", "ĐH Cần Thơ", "Tự do")
_VN_BATCH = ("Đợt 1 (tháng 5-6)", "Đợt 2 (tháng 7-8)", "Đợt 3 (tháng 9-10)")
_VN_TURTLE = ("Trạm Hòn Bảy Cạnh", "Trạm Hòn Cau", "Trạm Hòn Tre Lớn", "Trạm Bãi Dương")
_VN_ETHNIC = ("Mông", "Mông", "Lô Lô", "Dao", "Tày", "Kinh")
_VN_CROP = ("Vụ thu đông", "Vụ đông xuân", "Vụ thu đông (trồng xen)")
_VN_FIRMS = ("Cty TNHH Hyundai Welding VN", "Cty CP Kết cấu thép Đông Anh", "Cty Doosan Vina")
_VN_WELD = ("Hàn hồ quang tay (SMAW)", "Hàn MIG/MAG", "Hàn TIG", "Hàn ống 6G")
_VN_GRADE = ("Bậc 3/7", "Bậc 4/7", "Bậc 5/7", "Bậc 2/7")
_VN_PRIZE = ("Giải Nhất", "Giải Nhì", "Giải Ba", "Khuyến khích", "—", "—", "—")


def _vn_after(p: Person, months: int) -> str:
    d = p.other_date
    month = d.month - 1 + months
    return f"{_safe_day(d.year + month // 12, month % 12 + 1, d.day):%d/%m/%Y}"


# -- Cameroon -----------------------------------------------------------------------------------
#: (quartier, ville)
_CM_QUARTERS = (
    ("Bépanda", "Douala"),
    ("Ndokoti", "Douala"),
    ("Mvog-Ada", "Yaoundé"),
    ("Biyem-Assi", "Yaoundé"),
    ("Ntarikon", "Bamenda"),
    ("Famla", "Bafoussam"),
)
_CM_PARKS = ("Carrefour Ndokoti", "Rond-point Deïdo", "Marché Mokolo", "Commercial Avenue Park")


def _cm_phone(p: Person) -> str:
    body = f"6{_pick(p, ('77', '99', '55', '96', '70'), 2)}{p.phone[4:10]}"
    spaced = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:9]}"
    return f"+237 {body[:3]} {body[3:6]} {body[6:]}" if int(p.bhxh) % 3 == 0 else spaced


def _cm_plate(p: Person) -> str:
    region = _pick(p, ("LT", "CE", "NW", "OU"), 3)
    return f"{region} {p.bhxh[-4:]} {_pick(p, ('A', 'B', 'C', 'M'), 4)}"


# -- Chad ---------------------------------------------------------------------------------------
_TD_QUARTERS = (
    ("Quartier Chagoua", "7e arrondissement"),
    ("Quartier Moursal", "6e arrondissement"),
    ("Quartier Amriguébé", "3e arrondissement"),
    ("Quartier Diguel", "8e arrondissement"),
    ("Quartier Farcha", "1er arrondissement"),
)
_TD_AGENCIES = ("Agence Al-Nour Voyages", "Agence Tchad Hajj Services", "Agence Dar Al-Salam")


def _td_phone(p: Person) -> str:
    body = f"{_pick(p, ('66', '99', '63', '90'), 2)}{p.phone[4:10]}"
    return f"+235 {body[:2]} {body[2:4]} {body[4:6]} {body[6:]}"


# -- Central African Republic --------------------------------------------------------------------
#: (village, préfecture)
_CF_VILLAGES = (
    ("Boda", "Lobaye"),
    ("Mbaïki", "Lobaye"),
    ("Bambio", "Sangha-Mbaéré"),
    ("Nola", "Sangha-Mbaéré"),
    ("Boukoko", "Lobaye"),
)


def _cf_phone(p: Person) -> str:
    return f"{_pick(p, ('72', '75', '70'), 2)} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"


# -- Equatorial Guinea --------------------------------------------------------------------------
_GQ_HOMES = (
    "Barrio Ela Nguema, Malabo",
    "Barrio Los Ángeles, Malabo",
    "Barrio Sampaka, Malabo",
    "Barrio Comandachina, Bata",
    "Barrio Ngolo, Bata",
)
_GQ_SCHOOLS = ("Autoescuela Malabo II", "Autoescuela Santa Isabel", "Autoescuela Bata Centro")
_GQ_CLASS = ("B", "B", "A", "C", "B+E")
_GQ_RESULT = ("Apto", "Apto", "No apto", "No presentado")


def _gq_phone(p: Person) -> str:
    return f"+240 {_pick(p, ('222', '555', '551'), 2)} {p.phone[4:7]} {p.phone[7:10]}"


# -- São Tomé and Príncipe ----------------------------------------------------------------------
_ST_GOODS = ("Peixe fumado", "Banana e matabala", "Fruta-pão", "Roupa usada", "Óleo de palma")
_ST_STATE = ("Em dia", "Em dia", "Atraso 1 mês", "Suspenso")


WRITERS_BLIND233: dict[str, Callable[[Person, Col], object]] = {
    # photographers' association exhibition
    "pen233": lambda p, c: _pick(p, _VN_PEN, 2),
    "work233": lambda p, c: _pick(p, _VN_WORKS, 3),
    "genre233": lambda p, c: _pick(p, _VN_GENRE, 4),
    "count233": lambda p, c: 1 + _num(p, 4),
    "since233": lambda p, c: f"{1990 + _num(p, 33)}",
    # sea-turtle rescue volunteers
    "school233": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "batch233": lambda p, c: _pick(p, _VN_BATCH, 3),
    "station233": lambda p, c: _pick(p, _VN_TURTLE, 4),
    "nests233": lambda p, c: _num(p, 25) - 1,
    "kin233": lambda p, c: _other_vn(p, 6),
    "kin_phone233": lambda p, c: _other_phone(p, "03"),
    # buckwheat-flower seed handout
    "eth233": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "area233": lambda p, c: f"{_num(p, 20) * 100}",
    "seed233": lambda p, c: f"{_num(p, 12)},0",
    "crop233": lambda p, c: _pick(p, _VN_CROP, 3),
    "sign233": lambda p, c: _pick(p, ("Đã ký", "Điểm chỉ", "Đã ký"), 4),
    # welders' skills contest
    "firm233": lambda p, c: _pick(p, _VN_FIRMS, 2),
    "weld233": lambda p, c: _pick(p, _VN_WELD, 3),
    "grade233": lambda p, c: _pick(p, _VN_GRADE, 4),
    "exp233": lambda p, c: _num(p, 15),
    "theory233": lambda p, c: f"{5 + _num(p, 5)},{_pick(p, ('0', '5'), 5)}",
    "practice233": lambda p, c: f"{50 + _num(p, 50)}/100",
    "prize233": lambda p, c: _pick(p, _VN_PRIZE, 6),
    "next233": lambda p, c: _vn_after(p, 1),
    # Cameroon: commercial motorcycle riders of a council
    "cm_family233": lambda p, c: _pick(p, _CM_FAMILY, 1),
    "cm_given233": lambda p, c: _by_sex(p, _CM_GIVEN_M, _CM_GIVEN_F, 2),
    "cm_sex233": lambda p, c: "M" if p.male else "F",
    "cm_cni233": lambda p, c: f"{1 + int(p.bhxh[0]) % 2}{p.bhxh[2:10]}",
    "cm_quarter233": lambda p, c: _pick(p, tuple(q[0] for q in _CM_QUARTERS), 3),
    "cm_town233": lambda p, c: _pick(p, tuple(q[1] for q in _CM_QUARTERS), 3),
    "cm_phone233": lambda p, c: _cm_phone(p),
    "cm_plate233": lambda p, c: _cm_plate(p),
    "cm_licence233": lambda p, c: f"CE{p.bhxh[1:3]}/{p.bhxh[::-1][:6]}",
    "cm_park233": lambda p, c: _pick(p, _CM_PARKS, 4),
    "cm_vest233": lambda p, c: f"D5-{p.bhxh[-5:]}",
    # Chad: hajj pilgrims
    "td_family233": lambda p, c: _pick(p, _TD_FAMILY, 1),
    "td_given233": lambda p, c: _by_sex(p, _TD_GIVEN_M, _TD_GIVEN_F, 2),
    "td_sex233": lambda p, c: "M / ذكر" if p.male else "F / أنثى",
    "td_nni233": lambda p, c: f"{p.birth:%y}{p.bhxh}",
    "td_passport233": lambda p, c: f"O{p.bhxh[::-1][:8]}",
    "td_addr233": lambda p, c: (
        f"{_pick(p, tuple(q[0] for q in _TD_QUARTERS), 3)}, "
        f"{_pick(p, tuple(q[1] for q in _TD_QUARTERS), 3)}, N'Djaména"
    ),
    "td_phone233": lambda p, c: _td_phone(p),
    "td_mahram233": lambda p, c: f"{_pick(p, _TD_GIVEN_M, 5)} {_pick(p, _TD_FAMILY, 6)}",
    "td_agency233": lambda p, c: _pick(p, _TD_AGENCIES, 4),
    "td_paid233": lambda p, c: f"{2_500_000 + _num(p, 5) * 250_000:,}".replace(",", " "),
    # Central African Republic: coffee cooperative
    "cf_name233": lambda p, c: (
        f"{_pick(p, _CF_FAMILY, 1)} {_by_sex(p, _CF_GIVEN_M, _CF_GIVEN_F, 2)}"
    ),
    "cf_sex233": lambda p, c: "Kôlï" if p.male else "Wâlî",
    "cf_cni233": lambda p, c: f"{p.bhxh[::-1][:3]}-{p.bhxh[1:7]}",
    "cf_village233": lambda p, c: _pick(p, tuple(v[0] for v in _CF_VILLAGES), 3),
    "cf_prefecture233": lambda p, c: _pick(p, tuple(v[1] for v in _CF_VILLAGES), 3),
    "cf_phone233": lambda p, c: _cf_phone(p),
    "cf_area233": lambda p, c: f"{_num(p, 6)},{_pick(p, ('0', '5', '25'), 4)}",
    "cf_kg233": lambda p, c: 50 * _num(p, 30),
    "cf_share233": lambda p, c: f"{5 * _num(p, 4)} 000",
    # Equatorial Guinea: driving licence applicants
    "gq_family233": lambda p, c: f"{_pick(p, _GQ_FAMILY, 1)} {_pick(p, _GQ_FAMILY, 5)}",
    "gq_given233": lambda p, c: _by_sex(p, _GQ_GIVEN_M, _GQ_GIVEN_F, 2),
    "gq_sex233": lambda p, c: "V" if p.male else "M",
    "gq_dip233": lambda p, c: f"{p.bhxh[2:8]}",
    "gq_home233": lambda p, c: _pick(p, _GQ_HOMES, 3),
    "gq_phone233": lambda p, c: _gq_phone(p),
    "gq_class233": lambda p, c: _pick(p, _GQ_CLASS, 4),
    "gq_school233": lambda p, c: _pick(p, _GQ_SCHOOLS, 6),
    "gq_result233": lambda p, c: _pick(p, _GQ_RESULT, 7),
    # São Tomé and Príncipe: market vendors
    "st_name233": lambda p, c: (
        f"{_by_sex(p, _ST_GIVEN_M, _ST_GIVEN_F, 2)} {_pick(p, _ST_FAMILY, 1)}"
    ),
    "st_sex233": lambda p, c: "M" if p.male else "F",
    "st_bi233": lambda p, c: f"{p.bhxh[3:9]}",
    "st_home233": lambda p, c: ", ".join(_ST_PLACES[int(p.bhxh) // 7 % len(_ST_PLACES)]),
    "st_phone233": lambda p, c: f"+239 9{p.phone[5:7]} {p.phone[7:10]}{p.phone[4]}",
    "st_goods233": lambda p, c: _pick(p, _ST_GOODS, 3),
    "st_stall233": lambda p, c: f"B-{_num(p, 240):03d}",
    "st_fee233": lambda p, c: f"{_num(p, 4) * 50},00",
    "st_state233": lambda p, c: _pick(p, _ST_STATE, 4),
}

__all__ = ["WRITERS_BLIND233"]
