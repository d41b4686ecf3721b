"""How the people of the three-hundred-and-third part of the outside corpus (**blind 303**,
:mod:`lienthong.quality._corpus_blind303`) are written: nine registers of the new Vĩnh Long
province after the July 2025 merger (the former Vĩnh Long, Bến Tre and Trà Vinh), homes in the
new two-level form (hamlet, ward or commune, ``tỉnh Vĩnh Long``) or, in rows nobody updated, in
the old form with a district and the old province, Khmer names (Thạch, Kim, Sơn, Kiên, Lâm…) in
the Trà Vinh files, and each file's own columns (a coconut climber's accident cover, coir rope
wages, a monk's health card, a closed ferry's vendors, coconut candy hygiene, a pilgrimage to
Cambodia, a hamlet head election, a mobile job fair, a fruit contest)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind223_writers import _KM_GIVEN_M, _km

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]
# (hamlet, new commune or ward, old commune or ward, old district, old province)
_BEN_TRE: tuple[_T, ...] = (
    ("Ấp Phú Hữu", "xã Chợ Lách", "xã Phú Phụng", "huyện Chợ Lách", "Bến Tre"),
    ("Ấp An Bình", "xã Mỏ Cày", "thị trấn Mỏ Cày", "huyện Mỏ Cày Nam", "Bến Tre"),
    ("Ấp 3", "xã Ba Tri", "xã An Đức", "huyện Ba Tri", "Bến Tre"),
    ("Ấp Giồng Giữa", "xã Giồng Trôm", "xã Bình Thành", "huyện Giồng Trôm", "Bến Tre"),
    ("Khu phố 2", "phường An Hội", "phường 3", "TP Bến Tre", "Bến Tre"),
    ("Ấp Thạnh Hòa", "xã Thạnh Phú", "xã Bình Thạnh", "huyện Thạnh Phú", "Bến Tre"),
    ("Ấp Tân Quới", "xã Hưng Khánh Trung", "xã Hưng Khánh Trung B", "huyện Chợ Lách", "Bến Tre"),
)
_TRA_VINH: tuple[_T, ...] = (
    ("Ấp Chợ", "xã Trà Cú", "thị trấn Trà Cú", "huyện Trà Cú", "Trà Vinh"),
    ("Ấp Ô Chét", "xã Tập Sơn", "xã Tập Sơn", "huyện Trà Cú", "Trà Vinh"),
    ("Ấp Trà Mẹt", "xã Cầu Kè", "xã Thông Hòa", "huyện Cầu Kè", "Trà Vinh"),
    ("Khóm 4", "phường Trà Vinh", "phường 7", "TP Trà Vinh", "Trà Vinh"),
    ("Ấp Sóc Chuối", "phường Nguyệt Hóa", "xã Nguyệt Hóa", "huyện Châu Thành", "Trà Vinh"),
    ("Ấp Cà Tum", "xã Tiểu Cần", "xã Hùng Hòa", "huyện Tiểu Cần", "Trà Vinh"),
    ("Ấp Bà Nhì", "xã Cầu Ngang", "xã Kim Hòa", "huyện Cầu Ngang", "Trà Vinh"),
)
_VINH_LONG: tuple[_T, ...] = (
    ("Ấp Bình Hòa", "xã An Bình", "xã Bình Hòa Phước", "huyện Long Hồ", "Vĩnh Long"),
    ("Khóm 1", "phường Long Châu", "phường 1", "TP Vĩnh Long", "Vĩnh Long"),
    ("Ấp Phú Hòa", "xã Mang Thít", "xã Nhơn Phú", "huyện Mang Thít", "Vĩnh Long"),
    ("Ấp Vĩnh Hòa", "xã Trà Ôn", "thị trấn Trà Ôn", "huyện Trà Ôn", "Vĩnh Long"),
    ("Khóm Đông Thuận", "phường Bình Minh", "phường Đông Thuận", "TX Bình Minh", "Vĩnh Long"),
    ("Ấp Thành Trung", "xã Tân Quới", "xã Thành Trung", "huyện Bình Tân", "Vĩnh Long"),
)
_ALL = _BEN_TRE + _TRA_VINH + _VINH_LONG
_FRUIT_LAND = _VINH_LONG + _BEN_TRE[:2] + _BEN_TRE[6:]

# -- 1. coconut climbers' voluntary accident cover (Hội Nông dân xã, Bến Tre) ------------------
_PACKS = ("Gói 1 (STBH 30 tr)", "Gói 2 (STBH 50 tr)", "Gói 2 (STBH 50 tr)", "Gói 3 (STBH 100 tr)")
_PACK_FEE = {"1": "90.000", "2": "150.000", "3": "300.000"}
_BENEF = ("Vợ", "Chồng", "Con", "Mẹ", "Vợ")
# -- 2. coir rope spinners' piece wages ------------------------------------------------------------
_COIR_PERIODS = ("T10/2025", "T11/2025", "T12/2025", "T01/2026", "T02/2026")
_COIR_KIND = ("Chỉ xơ dừa 2 tao", "Chỉ xơ dừa 3 tao", "Dây thừng xơ dừa", "Thảm xơ dừa")
# -- 3. Khmer monks' health cards --------------------------------------------------------------
_PAGODAS = (
    "Chua Ang (Angkorajaborey)",
    "Chua Hang (Kampong Chray)",
    "Chua Co (Kompong Thom)",
    "Chua Samrong Ek",
    "Chua Ba Om",
    "Chua Phnom Prasat",
    "Chua Kos Thum",
)
_DHARMA = ("Thi Ri Van No", "Pan Nha Va Ro", "Ka Vi Dha Jo", "Dham Ma Pa Lo", "Sac Ca Va Ro")
_RANK = ("Sa di", "Ty khuu", "Ty khuu", "Sa di", "Ty khuu (Phó trụ trì)")
_KCB = ("TTYT Tra Cu", "TTYT Cau Ke", "BVDK Tra Vinh", "TYT xa Tap Son", "TTYT Tieu Can")
# -- 4. vendors of a ferry closed when the bridge opened -----------------------------------
_FERRIES = ("Bến phà Đình Khao", "Bến phà Cổ Chiên", "Bến phà Rạch Miễu", "Bến phà Hàm Luông")
_GOODS = ("Nước mía, nước ngọt", "Bánh mì", "Vé số", "Trái cây", "Xe lôi chở khách", "Kẹo dừa")
_WISHES = ("Học nghề may", "Vay vốn buôn bán", "Học lái xe", "Đi làm KCN Giao Long", "Nuôi heo")
# -- 5. coconut candy workers' food hygiene knowledge --------------------------------------
_CANDY_SHOPS = (
    "Cơ sở kẹo dừa Thanh Long",
    "Cơ sở kẹo dừa Tư Hiền",
    "HTX kẹo dừa Mỏ Cày",
    "Cơ sở kẹo dừa Hai Tỏ",
    "Cty TNHH kẹo dừa Phú Lễ",
)
_CANDY_STEPS = ("Nấu kẹo", "Cán, cắt kẹo", "Gói kẹo", "Đóng gói", "Nạo dừa, vắt nước cốt")
_HEALTH = ("Đủ sức khỏe", "Đủ sức khỏe", "Chưa nộp GKSK", "Đủ SK (khám 6/2025)")
# -- 6. Khmer pilgrims to Cambodia --------------------------------------------------------
_PILG_TRIPS = (
    "Đoàn hành hương Angkor – Oudong (chùa Âng tổ chức)",
    "Đoàn dự lễ Pchum Ben tại Phnom Penh",
    "Đoàn viếng chùa Wat Phnom",
)
_GATES = ("CK Mộc Bài", "CK Tịnh Biên", "CK Xa Mát", "CK Mộc Bài")
_PP_STATE = ("Đã có HC", "Làm mới", "Đã có HC", "Gia hạn", "Chờ trả kết quả")
# -- 7. hamlet head election -----------------------------------------------------------
_EDU = ("9/12", "12/12", "12/12", "ĐH Luật", "7/12", "TC Hành chính")
_PARTY = ("Đảng viên", "Đảng viên", "Quần chúng", "Đảng viên dự bị")
_JOBS = ("Nông dân", "Buôn bán", "CCB", "GV nghỉ hưu", "Trưởng ấp đương nhiệm", "Bí thư chi bộ")
_VOTES_OK = ("Trúng cử", "Trúng cử", "Không trúng cử", "Trúng cử")
# -- 8. mobile job fair ------------------------------------------------------------------
_FIRMS = (
    "Cty TNHH Giày da Mỹ Phong",
    "Cty CP Dệt may Đông Á (KCN Giao Long)",
    "Cty TNHH Pou Chen (KCN Hòa Phú)",
    "Nhà máy Nhiệt điện Duyên Hải",
    "Cty XKLĐ đi Hàn Quốc, Nhật Bản",
)
_POSITIONS = ("Công nhân may", "Công nhân ráp giày", "Bảo vệ", "Thực tập sinh Nhật", "Tài xế")
_SKILL = ("LĐPT", "Sơ cấp nghề", "Trung cấp", "Cao đẳng", "Đại học")
_FAIR_RESULT = ("Đã PV", "Đậu PV", "Đậu PV", "Hẹn PV", "Không đạt")
# -- 9. fruit contest --------------------------------------------------------------------
_FRUITS = ("Bưởi Năm Roi", "Bưởi da xanh", "Chôm chôm Java", "Sầu riêng Ri6", "Cam sành")
_PRIZES = ("Giải Nhất", "Giải Nhì", "Giải Ba", "Khuyến khích", "", "")


def _row(p: Person, table: tuple[_T, ...], salt: int = 3) -> _T:
    return table[int(p.bhxh) // (salt * 13 + 1) % len(table)]


def _is_old(p: Person) -> bool:
    """Rows written before the merger or never updated since (about three in ten)."""
    return p.bhxh[-4] in "147"


def _old(p: Person, table: tuple[_T, ...]) -> str:
    hamlet, _, ward, district, province = _row(p, table)
    return f"{hamlet}, {ward}, {district}, tỉnh {province}"


def _new(p: Person, table: tuple[_T, ...]) -> str:
    hamlet, ward, _, _, _ = _row(p, table)
    return f"{hamlet}, {ward}, tỉnh Vĩnh Long"


def _either(p: Person, table: tuple[_T, ...]) -> str:
    return _old(p, table) if _is_old(p) else _new(p, table)


def _low(hamlet: str) -> str:
    return hamlet[0].lower() + hamlet[1:]


def _short(p: Person, table: tuple[_T, ...]) -> str:
    """A hurried clerk's form: ``ấp Phú Hữu, X. Phú Phụng, H. Chợ Lách, BT``."""
    hamlet, ward, old_ward, district, province = _row(p, table)
    if _is_old(p):
        dist = district.replace("huyện ", "H. ").replace("TP ", "TP. ").replace("TX ", "TX. ")
        ward_s = old_ward.replace("xã ", "X. ").replace("thị trấn ", "TT. ").replace("phường", "P.")
        return f"{_low(hamlet)}, {ward_s}, {dist}, {''.join(w[0] for w in province.split())}"
    ward_s = ward.replace("xã ", "X. ").replace("phường ", "P. ")
    return f"{_low(hamlet)}, {ward_s}, VL"


def _plain(text: str) -> str:
    """Values written without diacritics, as the old workstation exports them."""
    out = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def _monk(p: Person) -> str:
    return f"{_km(p).split(' ', 1)[0]} {_pick(p, _KM_GIVEN_M, 2)}"


def _money(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def _pack(p: Person) -> str:
    return _pick(p, _PACKS, 2)


def _coir_kg(p: Person) -> int:
    return 40 + _num(p, 260)


def _coir_price(p: Person) -> int:
    return (9 + _num(p, 6)) * 500


WRITERS_BLIND303: dict[str, Callable[[Person, Col], object]] = {
    # homes, old and new
    "bt_old303": lambda p, c: _old(p, _BEN_TRE),
    "bt_new303": lambda p, c: _new(p, _BEN_TRE),
    "bt_either303": lambda p, c: _either(p, _BEN_TRE),
    "bt_short303": lambda p, c: _short(p, _BEN_TRE),
    "bt_ward303": lambda p, c: _row(p, _BEN_TRE)[1],
    "tv_either303": lambda p, c: _either(p, _TRA_VINH),
    "tv_plain303": lambda p, c: _plain(_either(p, _TRA_VINH)),
    "tv_old303": lambda p, c: _old(p, _TRA_VINH),
    "tv_new303": lambda p, c: _new(p, _TRA_VINH),
    "all_either303": lambda p, c: _either(p, _ALL),
    "all_short303": lambda p, c: _short(p, _ALL),
    "all_hamlet303": lambda p, c: _row(p, _ALL)[0],
    "all_ward303": lambda p, c: _row(p, _ALL)[1],
    "fruit_home303": lambda p, c: _either(p, _FRUIT_LAND),
    # Khmer names
    "km_name303": lambda p, c: _km(p),
    "km_plain303": lambda p, c: _plain(_monk(p)),
    # 1. coconut climbers
    "climb_years303": lambda p, c: f"{3 + _num(p, 30)} năm",
    "climb_trees303": lambda p, c: f"~{(8 + _num(p, 20)) * 10} cây/ngày",
    "climb_owner303": lambda p, c: f"Ông/bà {_other_vn(p, 4)}",
    "climb_pack303": lambda p, c: _pack(p),
    "climb_fee303": lambda p, c: _PACK_FEE[_pack(p)[4]],
    "climb_no303": lambda p, c: f"BT-TNCN/{p.bhxh[-6:]}/2026",
    "climb_benef303": lambda p, c: f"{_other_vn(p, 5)} ({_pick(p, _BENEF, 6)})",
    # 2. coir rope spinners
    "coir_kind303": lambda p, c: _pick(p, _COIR_KIND, 2),
    "coir_kg303": lambda p, c: _coir_kg(p),
    "coir_price303": lambda p, c: _coir_price(p),
    "coir_pay303": lambda p, c: _coir_kg(p) * _coir_price(p),
    "coir_period303": lambda p, c: _pick(p, _COIR_PERIODS, 3),
    "coir_group303": lambda p, c: f"THT xe chỉ ấp {_row(p, _BEN_TRE)[0].split(' ', 1)[1]}",
    # 3. monks
    "monk_dharma303": lambda p, c: _pick(p, _DHARMA, 3),
    "monk_pagoda303": lambda p, c: _pick(p, _PAGODAS, 4),
    "monk_rank303": lambda p, c: _plain(_pick(p, _RANK, 5)),
    "monk_vassa303": lambda p, c: _num(p, 40),
    "monk_card303": lambda p, c: f"DT2{84 + int(p.bhxh[-1]) % 2}{p.bhxh}",
    "monk_kcb303": lambda p, c: _pick(p, _KCB, 6),
    # 4. ferry vendors
    "ferry_stop303": lambda p, c: _pick(p, _FERRIES, 2),
    "ferry_goods303": lambda p, c: _pick(p, _GOODS, 3),
    "ferry_years303": lambda p, c: 2 + _num(p, 25),
    "ferry_income303": lambda p, c: f"{3 + _num(p, 5)},{_num(p, 9) % 10}",
    "ferry_wish303": lambda p, c: _pick(p, _WISHES, 4),
    "ferry_aid303": lambda p, c: _money((3 + _num(p, 4)) * 1_000_000),
    # 5. coconut candy
    "candy_shop303": lambda p, c: _pick(p, _CANDY_SHOPS, 2),
    "candy_addr303": lambda p, c: _new(p, _BEN_TRE[:2]).replace("Ấp", "Tổ 3 ấp", 1),
    "candy_step303": lambda p, c: _pick(p, _CANDY_STEPS, 3),
    "candy_score303": lambda p, c: f"{24 + _num(p, 7)}/30",
    "candy_cert303": lambda p, c: f"{p.bhxh[-4:]}/2026/XNKT-ATTP",
    "candy_health303": lambda p, c: _pick(p, _HEALTH, 4),
    # 6. pilgrims
    "pilg_trip303": lambda p, c: _pick(p, _PILG_TRIPS, 2),
    "pilg_born303": lambda p, c: _row(p, _TRA_VINH, 7)[4],
    "pilg_passport303": lambda p, c: f"{'CPN'[_num(p, 3) - 1]}{p.bhxh[-7:]}",
    "pilg_pp_state303": lambda p, c: _pick(p, _PP_STATE, 3),
    "pilg_gate303": lambda p, c: _pick(p, _GATES, 4),
    "pilg_leader303": lambda p, c: f"Achar {_pick(p, ('Thạch', 'Kiên', 'Sơn'), 5)} Sóc Kha",
    "pilg_kin303": lambda p, c: f"{_km(p).split(' ', 1)[0]} {_pick(p, _KM_GIVEN_M, 7)}",
    "pilg_kin_phone303": lambda p, c: _other_phone(p, "037"),
    # 7. hamlet head election
    "elect_edu303": lambda p, c: _pick(p, _EDU, 2),
    "elect_party303": lambda p, c: _pick(p, _PARTY, 3),
    "elect_job303": lambda p, c: _pick(p, _JOBS, 4),
    "elect_votes303": lambda p, c: 120 + _num(p, 600),
    "elect_share303": lambda p, c: f"{50 + _num(p, 45)},{_num(p, 99):02d}%",
    "elect_result303": lambda p, c: _pick(p, _VOTES_OK, 5),
    # 8. job fair
    "fair_firm303": lambda p, c: _pick(p, _FIRMS, 2),
    "fair_pos303": lambda p, c: _pick(p, _POSITIONS, 3),
    "fair_skill303": lambda p, c: _pick(p, _SKILL, 4),
    "fair_wage303": lambda p, c: f"{6 + _num(p, 6)}-{9 + _num(p, 6)} tr",
    "fair_result303": lambda p, c: _pick(p, _FAIR_RESULT, 5),
    "fair_ticket303": lambda p, c: f"PGD-LĐ/{_num(p, 12):02d}-{p.bhxh[-4:]}",
    # 9. fruit contest
    "fruit_kind303": lambda p, c: _pick(p, _FRUITS, 2),
    "fruit_garden303": lambda p, c: f"{(2 + _num(p, 40)) * 1000} m²",
    "fruit_weight303": lambda p, c: f"{1 + _num(p, 3)},{_num(p, 9) * 10 + 5} kg",
    "fruit_brix303": lambda p, c: f"{10 + _num(p, 6)},{_num(p, 9) % 10}",
    "fruit_score303": lambda p, c: 60 + _num(p, 38),
    "fruit_prize303": lambda p, c: _pick(p, _PRIZES, 4),
    "fruit_vietgap303": lambda p, c: _pick(p, ("VietGAP", "Chưa", "GlobalGAP", "Chưa"), 5),
}
