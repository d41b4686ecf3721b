"""How the people of the three-hundred-and-eighth part of the outside corpus (**blind 308**,
:mod:`lienthong.quality._corpus_blind308`) are written: nine registers' own columns from the new
Đồng Tháp province (a Sa Đéc flower garden opened to visitors, a Gò Công clam cooperative's
share-out, mango fruit bags at Cao Lãnh, the melaleuca fire watch around Tràm Chim, Lò Rèn star
apple packing houses, Cái Bè's old houses, a three-plank boat race, the Nghinh Ông boat
procession at Vàm Láng, eel farmers' loans) and addresses before and after the July 2025 merger
of Đồng Tháp and Tiền Giang: ``ấp …, xã …, huyện …, tỉnh Tiền Giang`` beside the two-level
``ấp …, xã …/phường …, tỉnh Đồng Tháp``."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

#: (hamlet or street line, old ward/commune, old district, old province, new ward/commune)
_DT: tuple[_T, ...] = (
    # Sa Đéc flower villages (0-3)
    ("Ấp Tân Hòa", "xã Tân Khánh Đông", "TP Sa Đéc", "Đồng Tháp", "phường Sa Đéc"),
    ("Khóm Tân Mỹ", "phường Tân Quy Đông", "TP Sa Đéc", "Đồng Tháp", "phường Sa Đéc"),
    ("Ấp Khánh Hòa", "xã Tân Khánh Đông", "TP Sa Đéc", "Đồng Tháp", "phường Sa Đéc"),
    ("Số 45 Nguyễn Sinh Sắc, khóm 2", "phường 1", "TP Sa Đéc", "Đồng Tháp", "phường Sa Đéc"),
    # Cao Lãnh mango orchards (4-7)
    ("Ấp Hòa Khánh", "xã Tịnh Thới", "TP Cao Lãnh", "Đồng Tháp", "phường Cao Lãnh"),
    ("Ấp 1", "xã Mỹ Xương", "huyện Cao Lãnh", "Đồng Tháp", "xã Mỹ Thọ"),
    ("Ấp Hòa Mỹ", "xã Hòa An", "TP Cao Lãnh", "Đồng Tháp", "phường Mỹ Trà"),
    ("Ấp 3", "xã Mỹ Hiệp", "huyện Cao Lãnh", "Đồng Tháp", "xã Mỹ Hiệp"),
    # Tràm Chim, Tháp Mười, Lai Vung, Hồng Ngự (8-12)
    ("Khóm 4", "thị trấn Tràm Chim", "huyện Tam Nông", "Đồng Tháp", "xã Tràm Chim"),
    ("Ấp Phú Hòa", "xã Phú Đức", "huyện Tam Nông", "Đồng Tháp", "xã Tràm Chim"),
    ("Khóm 1", "thị trấn Mỹ An", "huyện Tháp Mười", "Đồng Tháp", "xã Tháp Mười"),
    ("Ấp Long Thành", "xã Long Hậu", "huyện Lai Vung", "Đồng Tháp", "xã Lai Vung"),
    ("Khóm An Thạnh A", "phường An Thạnh", "TP Hồng Ngự", "Đồng Tháp", "phường Hồng Ngự"),
    # Mỹ Tho, Châu Thành (13-17)
    ("Số 12 Ấp Bắc, khu phố 4", "phường 5", "TP Mỹ Tho", "Tiền Giang", "phường Mỹ Tho"),
    ("Ấp Thới Thuận", "xã Thới Sơn", "TP Mỹ Tho", "Tiền Giang", "phường Thới Sơn"),
    ("Ấp Hội Gia", "xã Mỹ Phong", "TP Mỹ Tho", "Tiền Giang", "phường Đạo Thạnh"),
    ("Ấp Vĩnh Hòa", "xã Vĩnh Kim", "huyện Châu Thành", "Tiền Giang", "xã Vĩnh Kim"),
    ("Ấp Long Hòa", "xã Long Hưng", "huyện Châu Thành", "Tiền Giang", "xã Kim Sơn"),
    # Cái Bè, Cai Lậy, Chợ Gạo (18-21)
    ("Ấp Hòa Quý", "xã Đông Hòa Hiệp", "huyện Cái Bè", "Tiền Giang", "xã Cái Bè"),
    ("Khu 1", "thị trấn Cái Bè", "huyện Cái Bè", "Tiền Giang", "xã Cái Bè"),
    ("Ấp Mỹ Phú", "xã Ngũ Hiệp", "huyện Cai Lậy", "Tiền Giang", "xã Ngũ Hiệp"),
    ("Ấp Hòa Thạnh", "xã Hòa Tịnh", "huyện Chợ Gạo", "Tiền Giang", "xã Chợ Gạo"),
    # Gò Công (22-25)
    ("Ấp Cầu Muống", "xã Tân Thành", "huyện Gò Công Đông", "Tiền Giang", "xã Tân Thành"),
    ("Khu phố 2", "thị trấn Vàm Láng", "huyện Gò Công Đông", "Tiền Giang", "xã Vàm Láng"),
    ("Ấp Tân Phước", "xã Tân Điền", "huyện Gò Công Đông", "Tiền Giang", "xã Tân Điền"),
    ("Khu phố 3", "phường 2", "TX Gò Công", "Tiền Giang", "phường Gò Công"),
)
_SD, _CL, _TC = _DT[0:4], _DT[4:8], _DT[8:10]
_VK, _CB, _GC = _DT[15:18], _DT[18:20], _DT[22:26]
_ANY = _DT


def _place(p: Person, rows: tuple[_T, ...]) -> _T:
    return rows[(int(p.bhxh) // 7) % len(rows)]


def _old(p: Person, rows: tuple[_T, ...]) -> str:
    line, ward, district, province, _ = _place(p, rows)
    return f"{line}, {ward}, {district}, tỉnh {province}"


def _new(p: Person, rows: tuple[_T, ...]) -> str:
    line, _, _, _, ward = _place(p, rows)
    return f"{line}, {ward}, tỉnh Đồng Tháp"


def _mixed(p: Person, rows: tuple[_T, ...]) -> str:
    """As first keyed (old units) or as corrected after the merger (two-level units)."""
    return _old(p, rows) if int(p.bhxh) % 3 == 0 else _new(p, rows)


def _ascii_vn(text: str) -> str:
    done = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in done if not unicodedata.combining(ch))


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# -- the registers' own columns -----------------------------------------------------------------
_GARDEN = ("Vườn hồng Út Hiền", "Vườn hoa Tư Tôn", "Vườn kiểng Ba Sang", "Cánh đồng cúc Tân Hòa")
_FLOWER = ("Cúc mâm xôi", "Hồng Sa Đéc", "Vạn thọ, cúc", "Kiểng lá, bonsai", "Hoa giấy, lan")
_CLAM_ROLE = ("Xã viên", "Xã viên", "Tổ trưởng giữ bãi", "Xã viên", "Ban kiểm soát")
_MANGO = ("Cát Chu", "Cát Hòa Lộc", "Xoài Đài Loan", "Cát Chu", "Xoài keo")
_POST = ("Chốt A1 - kênh Đồng Tiến", "Chốt A2 - cống Cả Lăng", "Chốt A4 - đê bao phía Bắc")
_ZONE = ("Phân khu A1", "Phân khu A2", "Phân khu A3", "Phân khu A4", "Phân khu A5")
_DUTY = ("Tuần tra", "Canh chòi", "Chữa cháy", "Tuần tra", "Bơm nước giữ ẩm")
_PACK = ("CSĐG Vú sữa Lò Rèn Vĩnh Kim", "CSĐG HTX Vĩnh Kim", "Cơ sở đóng gói Út Lành")
_PACK_RES = ("Đạt", "Đạt", "Đạt, khắc phục sổ ghi chép", "Chưa đạt - tái kiểm tra")
_HOUSE = ("Nhà rường ba gian hai chái", "Nhà xuyên trính", "Nhà chữ Đinh", "Nhà kiểu Pháp")
_MATERIAL = ("Gỗ căm xe, ngói âm dương", "Gỗ sao, ngói móc", "Gỗ lim, gạch tàu", "Gạch, gỗ")
_CONDITION = ("Còn tốt", "Xuống cấp nhẹ", "Mối mọt cột", "Dột mái, lún nền", "Đang trùng tu")
_TOURISM = ("Đón khách tham quan", "Homestay", "Không", "Đón khách theo tour", "Không")
_BOAT_TEAM = ("Đội xuồng xã Cái Bè", "Đội xuồng Tràm Chim", "Đội Tân Thành", "Đội Mỹ An")
_RACE_M = ("Xuồng ba lá nam 2 người", "Xuồng ba lá nam 1 người", "Xuồng ba lá nam 2 người")
_RACE_F = ("Xuồng ba lá nữ 2 người", "Xuồng ba lá nữ 1 người", "Xuồng ba lá nữ 2 người")
_SEAT = ("Bơi mũi", "Bơi lái", "Bơi mũi", "Dự bị")
_SWIM = ("Có", "Có", "Có", "Không")
_ORDER = ("Ghe Ông (ghe chánh)", "Ghe hầu", "Ghe rước lễ", "Ghe hộ tống", "Ghe ban nhạc")
_EEL = ("Bồn nhựa composite", "Bể lót bạt", "Bồn nhựa", "Bể xi măng")


def _until(p: Person, days: int, fmt: str = "%d/%m/%Y") -> str:
    return f"{p.other_date + timedelta(days=days):{fmt}}"


WRITERS_BLIND308: dict[str, Callable[[Person, Col], object]] = {
    # addresses, old and two-level
    "sd_old_ascii308": lambda p, c: _ascii_vn(_old(p, _SD)),
    "sd_ward_ascii308": lambda p, c: _ascii_vn(_place(p, _SD)[4]),
    "gc_new308": lambda p, c: _new(p, _GC),
    "gc_old308": lambda p, c: _old(p, _GC),
    "cl_line308": lambda p, c: _place(p, _CL)[0],
    "cl_ward308": lambda p, c: _place(p, _CL)[4],
    "tc_mixed308": lambda p, c: _mixed(p, _TC),
    "vk_new308": lambda p, c: _new(p, _VK),
    "cb_old308": lambda p, c: _mixed(p, _ANY),
    "dt_new308": lambda p, c: _new(p, _ANY),
    "vl_old308": lambda p, c: _old(p, _GC),
    "eel_old308": lambda p, c: _old(p, _DT[8:22]),
    "eel_ward308": lambda p, c: _place(p, _DT[8:22])[4],
    "eel_prov308": lambda p, c: _pick(p, ("Đồng Tháp", "tỉnh Đồng Tháp", "Đồng Tháp"), 3),
    # Sa Đéc flower gardens open to visitors
    "garden308": lambda p, c: _ascii_vn(_pick(p, _GARDEN, 1)),
    "garden_area308": lambda p, c: 500 + _num(p, 60) * 50,
    "flower308": lambda p, c: _ascii_vn(_pick(p, _FLOWER, 2)),
    "ticket308": lambda p, c: _pick(p, ("10.000", "15.000", "20.000", "Miễn phí"), 4),
    "workers308": lambda p, c: 1 + _num(p, 8),
    "guide308": lambda p, c: _ascii_vn(_other_vn(p, 5)),
    # Gò Công clam cooperative
    "shares308": lambda p, c: 1 + _num(p, 20),
    "capital308": lambda p, c: _money((1 + _num(p, 20)) * 2_000_000),
    "guard_days308": lambda p, c: f"{_num(p, 90)} ({_pick(p, _CLAM_ROLE, 2)})",
    "profit308": lambda p, c: _money((1 + _num(p, 20)) * 1_350_000 + _num(p, 90) * 150_000),
    "proxy308": lambda p, c: "" if int(p.bhxh) % 4 else _other_vn(p, 3),
    # Cao Lãnh mango fruit bags
    "mango308": lambda p, c: _pick(p, _MANGO, 1),
    "mango_ha308": lambda p, c: f"{_num(p, 30) / 10:.1f}".replace(".", ","),
    "trees308": lambda p, c: 40 + _num(p, 400),
    "bags308": lambda p, c: _money((40 + _num(p, 400)) * 120),
    "area_code308": lambda p, c: f"VN-DTOR-{_num(p, 900):04d}",
    "extension308": lambda p, c: _other_vn(p, 9),
    # Tràm Chim melaleuca fire watch
    "post308": lambda p, c: _pick(p, _POST, 1),
    "zone308": lambda p, c: _pick(p, _ZONE, 2),
    "duty308": lambda p, c: _pick(p, _DUTY, 3),
    "shift_days308": lambda p, c: 10 + _num(p, 20),
    "pay308": lambda p, c: _money((10 + _num(p, 20)) * 180_000),
    "leader308": lambda p, c: _other_vn(p, 4, male=True),
    "leader_phone308": lambda p, c: _other_phone(p, "0939"),
    "until308": lambda p, c: _until(p, 120),
    # Lò Rèn star apple packing houses
    "packhouse308": lambda p, c: _pick(p, _PACK, 1),
    "pack_addr308": lambda p, c: _new(p, _VK[::-1]),
    "pack_code308": lambda p, c: f"VN-DTPH-{_num(p, 99):03d}",
    "capacity308": lambda p, c: f"{1 + _num(p, 9)},{_num(p, 9)}",
    "linked308": lambda p, c: f"{_num(p, 12)} mã vùng / {_num(p, 40) + 5} ha",
    "pack_result308": lambda p, c: _pick(p, _PACK_RES, 2),
    # Cái Bè old houses
    "house_addr308": lambda p, c: _new(p, _CB[::-1]),
    "built308": lambda p, c: 1838 + _num(p, 90),
    "house_kind308": lambda p, c: _pick(p, _HOUSE, 1),
    "material308": lambda p, c: _pick(p, _MATERIAL, 2),
    "condition308": lambda p, c: _pick(p, _CONDITION, 3),
    "tourism308": lambda p, c: _pick(p, _TOURISM, 4),
    "keeper308": lambda p, c: _other_vn(p, 6),
    # three-plank boat race
    "boat_team308": lambda p, c: _pick(p, _BOAT_TEAM, 1),
    "race308": lambda p, c: _by_sex(p, _RACE_M, _RACE_F, 2),
    "seat308": lambda p, c: _pick(p, _SEAT, 3),
    "swim308": lambda p, c: _pick(p, _SWIM, 4),
    "coach308": lambda p, c: _other_vn(p, 8),
    "coach_phone308": lambda p, c: _other_phone(p, "0918"),
    # Nghinh Ông at Vàm Láng
    "vessel308": lambda p, c: f"TG-{90000 + _num(p, 9000)}-TS",
    "hp308": lambda p, c: 90 + _num(p, 500),
    "crew308": lambda p, c: 5 + _num(p, 30),
    "order308": lambda p, c: _pick(p, _ORDER, 2),
    "captain308": lambda p, c: _other_vn(p, 2, male=True),
    "captain_phone308": lambda p, c: _other_phone(p, "0987"),
    "vests308": lambda p, c: 5 + _num(p, 30),
    # eel farmers' loans
    "tanks308": lambda p, c: f"{2 + _num(p, 10)} {_pick(p, _EEL, 1).lower()}",
    "fry308": lambda p, c: _money((2 + _num(p, 10)) * 1_000),
    "loan308": lambda p, c: _money((2 + _num(p, 10)) * 5_000_000),
    "term308": lambda p, c: _pick(p, ("12", "18", "24", "36"), 2),
    "rate308": lambda p, c: _pick(p, ("0,5", "0,55", "0,6"), 3),
    "guarantor308": lambda p, c: _other_vn(p, 11),
}

__all__ = ["WRITERS_BLIND308"]
