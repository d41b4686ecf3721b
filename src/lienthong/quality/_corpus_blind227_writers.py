"""How the people of the two-hundred-and-twenty-seventh part of the outside corpus (**blind 227**,
:mod:`lienthong.quality._corpus_blind227`) are written: four Vietnamese files' own columns (a
đờn ca tài tử club, a scrap collectors' cooperative, a volunteer beach rescue team, a community
epilepsy screening) and Greek, Cypriot, Albanian, Maltese and Gibraltarian names, places, phones
and numbers in the forms their registers show: the AMKA with its Luhn digit, the Cypriot and
Maltese identity card numbers, the Albanian NID with its letters."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind22_writers import (
    _AL_FAMILY,
    _AL_FATHERS,
    _AL_GIVEN_F,
    _AL_GIVEN_M,
    _nid_al,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind31_writers import _mt_id
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind64_writers import _GR_GIVEN_F, _GR_GIVEN_M, _amka, _gr_family
from lienthong.quality._corpus_blind128_writers import _gi_phone
from lienthong.quality._corpus_blind152_writers import _cy_id

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam ------------------------------------------------------------------------------------
_VN_INSTR = ("Đàn kìm", "Đàn tranh", "Đàn cò", "Ca", "Guitar phím lõm", "Đàn bầu", "Song lang")
_VN_TITLE = ("Nghệ nhân ưu tú", "Hội viên", "Hội viên", "Nghệ nhân nhân dân", "Hội viên dự bị")
_VN_CLUB = ("CLB ĐCTT ấp Phú Hòa", "CLB ĐCTT xã Tân Phú", "Nhóm ĐCTT Bến Tre Xanh")
_VN_SCRAP = ("Giấy, bìa carton", "Nhựa PET", "Kim loại", "Giấy + nhựa", "Đồ điện tử cũ")
_VN_VEHICLE = ("Xe ba gác", "Xe đạp", "Xe máy kéo thùng", "Xe đẩy tay")
_VN_ROLE = ("Đội trưởng", "Cứu hộ viên", "Cứu hộ viên", "Sơ cấp cứu", "Lái ca nô")
_VN_CERT = ("Chứng chỉ cứu đuối (Hội CTĐ)", "Chứng chỉ HLV bơi", "Chưa có", "Sơ cứu cơ bản")
_VN_BEACH = ("Bãi tắm Mỹ Khê", "Bãi tắm Sầm Sơn", "Bãi Trước", "Bãi tắm Cửa Lò")
_VN_SEIZ = ("Co giật toàn thể", "Vắng ý thức", "Cục bộ", "Chưa rõ", "Không còn cơn > 2 năm")
_VN_DRUG = ("Depakine 500mg", "Phenobarbital 100mg", "Carbamazepine 200mg", "Chưa điều trị")


def _vn_when(p: Person, shift: int) -> str:
    d = p.other_date
    month = d.month - 1 + shift
    return f"{_safe_day(d.year + month // 12, month % 12 + 1, d.day):%d/%m/%Y}"


# -- Greece -------------------------------------------------------------------------------------
_GR_HOMES = (
    ("Λεωφ. Κηφισίας 112", "11526", "Αθήνα"),
    ("Εγνατίας 45", "54630", "Θεσσαλονίκη"),
    ("Κορίνθου 210", "26223", "Πάτρα"),
    ("Ερμού 18", "71201", "Ηράκλειο"),
    ("Ιωαννίνων 7", "45221", "Ιωάννινα"),
)
_GR_PACK = ("Μηνιαίο ελεύθερο", "Τρίμηνο πρωινό", "Ετήσιο", "Μηνιαίο ΑμεΑ (δωρεάν)")


def _gr_mobile(p: Person) -> str:
    body = f"69{p.phone[2:10]}"
    return f"+30 {body}" if int(p.bhxh) % 4 == 0 else body


# -- Cyprus -------------------------------------------------------------------------------------
_CY_FAMILY = ("Χαραλάμπους", "Ιωάννου", "Κυριάκου", "Γεωργίου", "Χριστοδούλου", "Σάββα")
_CY_HOMES = (
    ("Οδός Αρχ. Μακαρίου Γ' 54", "Λεμεσός"),
    ("Οδός Ερμού 12", "Λάρνακα"),
    ("Λεωφ. Αθαλάσσας 90", "Στρόβολος"),
    ("Οδός Αποστόλου Παύλου 3", "Πάφος"),
)
_CY_GEAR = ("Καθετή / Olta", "Παραγάδι / Paragat", "Δίχτυ / Ağ", "Ψαροτούφεκο / Zıpkın")


# -- Albania ------------------------------------------------------------------------------------
_AL_UNIS = ("Universiteti i Tiranës", "UPT", "Universiteti i Mjekësisë", "UBT", "UAMD Durrës")
_AL_DORMS = ("Qyteti Studenti, Godina 7", "Qyteti Studenti, Godina 12", "Konvikti Nr. 3")
_AL_HOMES: _T = ("Lagjja 18 Shtatori, Rr. Skënderbeu", "Lagjja Kala, Rr. Kont Urani")
_AL_HOMES += ("Lagjja Nr. 4, Rr. Dëshmorët", "Fshati Levan, Njësia Administrative Levan")
_AL_TOWNS = ("Berat", "Elbasan", "Fier", "Korçë", "Kukës", "Gjirokastër", "Lezhë")
_AL_STATUS = ("Pranuar", "Në pritje", "Refuzuar", "Pranuar (jetim)", "Pranuar")


# -- Malta --------------------------------------------------------------------------------------
_MT_FAMILY = ("Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef")
_MT_GIVEN_M = ("Joseph", "Mario", "Ġorġ", "Charles", "Kurt", "Ċensu")
_MT_GIVEN_F = ("Maria", "Rita", "Doris", "Ġabriella", "Carmen", "Josianne")
_MT_STREETS = ("Triq il-Kbira", "Triq San Pawl", "Triq il-Kappillan Mifsud", "Vjal ir-Riħan")
_MT_TOWNS = (("Ħamrun", "HMR"), ("Żebbuġ", "ZBG"), ("Qormi", "QRM"), ("Naxxar", "NXR"))
_MT_ITEMS = ("Friġġ / Fridge", "Sodda / Bed", "Sufan / Sofa", "Washing machine", "Gwardarobba")


def _mt_phone(p: Person) -> str:
    lead = _pick(p, ("79", "99", "77", "21"), 3)
    return f"{lead}{p.phone[4:6]} {p.phone[6:10]}"


# -- Gibraltar ----------------------------------------------------------------------------------
_GI_FAMILY = ("Bossano", "Caruana", "Pizzarello", "Montegriffo", "Garcia", "Linares", "Sacramento")
_GI_GIVEN_M = ("Julian", "Mark", "Kenneth", "Joseph", "Nicholas", "Adrian")
_GI_GIVEN_F = ("Michelle", "Louise", "Joanne", "Samantha", "Rosemary", "Claire")
_GI_STREETS = ("Main Street", "Irish Town", "Willis's Road", "Europa Road", "Glacis Road")
_GI_ESTATES = ("Laguna Estate", "Varyl Begg Estate", "Westside", "Catalan Bay", "South District")
_GI_COURSE = ("Adult swim / Natación adultos", "Aquafit", "Lane swimming / Calles", "Lifeguard")


WRITERS_BLIND227: dict[str, Callable[[Person, Col], object]] = {
    # đờn ca tài tử club
    "instr227": lambda p, c: _pick(p, _VN_INSTR, 2),
    "title227": lambda p, c: _pick(p, _VN_TITLE, 3),
    "club227": lambda p, c: _pick(p, _VN_CLUB, 4),
    "years227": lambda p, c: f"{2 + _num(p, 40)} năm",
    "songs227": lambda p, c: f"{_num(p, 20)} bài tổ",
    # scrap collectors' cooperative
    "scrap227": lambda p, c: _pick(p, _VN_SCRAP, 2),
    "vehicle227": lambda p, c: _pick(p, _VN_VEHICLE, 3),
    "kg227": lambda p, c: f"{40 + _num(p, 600)}",
    "member227": lambda p, c: f"HTX-VC-{p.bhxh[-4:]}",
    "kin227": lambda p, c: _other_vn(p, 4),
    "kin_phone227": lambda p, c: _other_phone(p, "08"),
    # beach rescue team
    "role227": lambda p, c: _pick(p, _VN_ROLE, 2),
    "cert227": lambda p, c: _pick(p, _VN_CERT, 3),
    "beach227": lambda p, c: _pick(p, _VN_BEACH, 4),
    "swim227": lambda p, c: f"{100 + _num(p, 900)} m",
    "shifts227": lambda p, c: _num(p, 30),
    # epilepsy screening
    "seiz227": lambda p, c: _pick(p, _VN_SEIZ, 2),
    "drug227": lambda p, c: _pick(p, _VN_DRUG, 3),
    "carer227": lambda p, c: _other_vn(p, 5),
    "next227": lambda p, c: _vn_when(p, 3),
    "station227": lambda p, c: f"TYT xã {_pick(p, ('Hòa Phú', 'Tân An', 'Đông Sơn'), 6)}",
    # Greece: municipal swimming pool
    "gr_family227": lambda p, c: _gr_family(p),
    "gr_given227": lambda p, c: _by_sex(p, _GR_GIVEN_M, _GR_GIVEN_F, 1),
    "gr_father227": lambda p, c: _pick(p, _GR_GIVEN_M, 5),
    "gr_amka227": lambda p, c: _amka(p),
    "gr_street227": lambda p, c: _pick(p, tuple(h[0] for h in _GR_HOMES), 2),
    "gr_tk227": lambda p, c: _pick(p, tuple(h[1] for h in _GR_HOMES), 2),
    "gr_town227": lambda p, c: _pick(p, tuple(h[2] for h in _GR_HOMES), 2),
    "gr_sex227": lambda p, c: "Α" if p.male else "Θ",
    "gr_phone227": lambda p, c: _gr_mobile(p),
    "gr_pack227": lambda p, c: _pick(p, _GR_PACK, 3),
    "gr_fee227": lambda p, c: f"{_num(p, 60)},00 €",
    "gr_med227": lambda p, c: _vn_when(p, 2),
    # Cyprus: amateur fishing licence
    "cy_family227": lambda p, c: _pick(p, _CY_FAMILY, 2),
    "cy_given227": lambda p, c: _by_sex(p, _GR_GIVEN_M, _GR_GIVEN_F, 3),
    "cy_id227": lambda p, c: _cy_id(p),
    "cy_addr227": lambda p, c: ", ".join(_CY_HOMES[int(p.bhxh) // 7 % len(_CY_HOMES)]),
    "cy_phone227": lambda p, c: f"9{_pick(p, ('6', '7', '9'), 4)}{p.phone[4:10]}",
    "cy_gear227": lambda p, c: _pick(p, _CY_GEAR, 5),
    "cy_licence227": lambda p, c: f"ΤΑΘΕ/{p.other_date:%Y}/{p.bhxh[-5:]}",
    "cy_boat227": lambda p, c: "" if int(p.bhxh) % 3 else f"LIM {p.bhxh[2:5]}",
    # Albania: student dormitory
    "al_family227": lambda p, c: _pick(p, _AL_FAMILY, 2),
    "al_given227": lambda p, c: _by_sex(p, _AL_GIVEN_M, _AL_GIVEN_F, 3),
    "al_nid227": lambda p, c: _nid_al(p),
    "al_sex227": lambda p, c: "Mashkull" if p.male else "Femër",
    "al_father227": lambda p, c: _pick(p, _AL_FATHERS, 9),
    "al_home227": lambda p, c: f"{_pick(p, _AL_HOMES, 4)}, {_pick(p, _AL_TOWNS, 5)}",
    "al_phone227": lambda p, c: f"06{_pick(p, ('7', '8', '9'), 2)} {p.phone[3:6]} {p.phone[6:10]}",
    "al_uni227": lambda p, c: _pick(p, _AL_UNIS, 6),
    "al_dorm227": lambda p, c: _pick(p, _AL_DORMS, 7),
    "al_status227": lambda p, c: _pick(p, _AL_STATUS, 8),
    "al_income227": lambda p, c: f"{(20 + _num(p, 80)) * 1000} lekë",
    # Malta: bulky refuse collection
    "mt_family227": lambda p, c: _pick(p, _MT_FAMILY, 2),
    "mt_given227": lambda p, c: _by_sex(p, _MT_GIVEN_M, _MT_GIVEN_F, 3),
    "mt_id227": lambda p, c: _mt_id(p),
    "mt_street227": lambda p, c: f"{_num(p, 90)}, {_pick(p, _MT_STREETS, 4)}",
    "mt_town227": lambda p, c: _MT_TOWNS[int(p.bhxh) // 5 % len(_MT_TOWNS)][0],
    "mt_post227": lambda p, c: f"{_MT_TOWNS[int(p.bhxh) // 5 % len(_MT_TOWNS)][1]} {p.bhxh[-4:]}",
    "mt_phone227": lambda p, c: _mt_phone(p),
    "mt_items227": lambda p, c: _pick(p, _MT_ITEMS, 5),
    "mt_ref227": lambda p, c: f"BR/{p.other_date:%y}/{p.bhxh[-4:]}",
    # Gibraltar: swimming pool courses
    "gi_family227": lambda p, c: _pick(p, _GI_FAMILY, 2),
    "gi_given227": lambda p, c: _by_sex(p, _GI_GIVEN_M, _GI_GIVEN_F, 3),
    "gi_id227": lambda p, c: p.bhxh[3:9],
    "gi_street227": lambda p, c: f"{_num(p, 200)} {_pick(p, _GI_STREETS, 4)}",
    "gi_area227": lambda p, c: _pick(p, _GI_ESTATES, 5),
    "gi_phone227": lambda p, c: _gi_phone(p),
    "gi_course227": lambda p, c: _pick(p, _GI_COURSE, 6),
    "gi_emerg227": lambda p, c: f"{_pick(p, _GI_GIVEN_F, 7)} {_pick(p, _GI_FAMILY, 8)}",
    "gi_fee227": lambda p, c: f"£{20 + _num(p, 60)}.00",
}
