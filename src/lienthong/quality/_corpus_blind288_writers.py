"""How the people of the two-hundred-and-eighty-eighth part of the outside corpus (**blind 288**,
:mod:`lienthong.quality._corpus_blind288`) are written: nine Vietnamese files from the new Gia Lai
province after the 2025 merger (the former Gia Lai around Pleiku and the former Bình Định around
Quy Nhơn and An Nhơn), with Gia Rai and Ba Na names beside Kinh ones, home addresses in the new
two-level form (``làng/thôn, xã/phường, tỉnh Gia Lai``) or still in the old one with the town or
district and the old province, and each file's own columns (a tourist canoe, a cassava contract, a
bilingual class, a revived rite, a tuồng troupe, a culture post office, a community tourism team,
a forge, a sculpture camp)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind208_writers import _JARAI_CLANS, _JARAI_F, _JARAI_M
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Ba Na names (Kbang, Đak Pơ, Kông Chro, Mang Yang) ---------------------------------------------
_BAHNAR_M = ("Đinh Văn Hrui", "Đinh Văn Wơh", "Đinh Bloch", "Đinh Văn Nhưn", "Đinh Hyin", "A Kheo")
_BAHNAR_F = ("Đinh Thị H'Nâu", "Đinh Thị Hlin", "Đinh Thị Yơn", "Đinh Thị Blưn", "Y Đrúi")

# -- places: (village, new commune/ward, old commune/ward, old town/district, old province) --------
_PL_BD = (
    ("thôn Lý Chánh", "xã Nhơn Lý", "xã Nhơn Lý", "TP. Quy Nhơn", "Bình Định"),
    ("thôn Lý Hưng", "xã Nhơn Lý", "xã Nhơn Lý", "TP. Quy Nhơn", "Bình Định"),
    ("tổ 12, khu vực 4", "phường Quy Nhơn Đông", "phường Ghềnh Ráng", "TP. Quy Nhơn", "Bình Định"),
    ("thôn Nhơn Hội", "xã Nhơn Hội", "xã Nhơn Hội", "TP. Quy Nhơn", "Bình Định"),
    ("tổ 3, KV Bắc Hà", "phường Quy Nhơn Bắc", "phường Nhơn Bình", "TP. Quy Nhơn", "Bình Định"),
    ("thôn Hội Lộc", "xã Cát Tiến", "thị trấn Cát Tiến", "huyện Phù Cát", "Bình Định"),
)
_PL_AN = (
    ("khu vực Tây Phương Danh", "phường An Nhơn Nam", "phường Đập Đá", "TX. An Nhơn", "Bình Định"),
    ("khu vực Đông Phương Danh", "phường An Nhơn Nam", "phường Đập Đá", "TX. An Nhơn", "Bình Định"),
    ("thôn Mỹ Thạnh", "phường An Nhơn Bắc", "xã Nhơn Mỹ", "TX. An Nhơn", "Bình Định"),
    ("khu vực Liêm Định", "phường An Nhơn", "phường Nhơn Thành", "TX. An Nhơn", "Bình Định"),
)
_PL_AP = (
    ("buôn Toát", "xã Ia Rbol", "xã Ia Rbol", "TX. Ayun Pa", "Gia Lai"),
    ("buôn Bir", "phường Ayun Pa", "phường Đoàn Kết", "TX. Ayun Pa", "Gia Lai"),
    ("buôn Chư Jú", "xã Ia Sao", "xã Ia Sao", "TX. Ayun Pa", "Gia Lai"),
    ("buôn Ma Rai", "xã Phú Túc", "xã Ia Rmok", "huyện Krông Pa", "Gia Lai"),
    ("plei Ơi Nu", "xã Ia Hiao", "xã Ia Hiao", "huyện Phú Thiện", "Gia Lai"),
)
_PL_PK = (
    ("làng Plei Ơp", "phường Pleiku", "phường Hoa Lư", "TP. Pleiku", "Gia Lai"),
    ("làng Ia Lang", "phường Hội Phú", "phường Chi Lăng", "TP. Pleiku", "Gia Lai"),
    ("làng Kép", "xã Ia Grai", "xã Ia Yok", "huyện Ia Grai", "Gia Lai"),
    ("làng Stơr", "xã Tơ Tung", "xã Tơ Tung", "huyện Kbang", "Gia Lai"),
    ("làng Đê Kjiêng", "xã Kbang", "xã Đông", "huyện Kbang", "Gia Lai"),
    ("làng Kon Chrăh", "xã Đak Pơ", "xã Hà Tam", "huyện Đak Pơ", "Gia Lai"),
)


def _place(p: Person, places: tuple[_T, ...], salt: int = 3) -> _T:
    return places[(int(p.bhxh) // (salt * 13 + 1)) % len(places)]


def _addr(p: Person, places: tuple[_T, ...]) -> str:
    """The new two-level form; every third row the old one, with the town or district."""
    v, new, old, district, province = _place(p, places)
    if int(p.bhxh[-3:]) % 3 == 0:
        return f"{v}, {old}, {district}, tỉnh {province}"
    if int(p.bhxh[-3:]) % 3 == 1:
        return f"{v}, {new}, tỉnh Gia Lai"
    return f"{v}, {new.replace('phường ', 'P. ').replace('xã ', 'X. ')}, Gia Lai"


def _bahnar(p: Person) -> bool:
    return int(p.bhxh[-5:]) % 3 == 0


def _hl_name(p: Person) -> str:
    """A Gia Rai name (clan first) or, every third row, a Ba Na one."""
    if _bahnar(p):
        return _by_sex(p, _BAHNAR_M, _BAHNAR_F, 2)
    return f"{_pick(p, _JARAI_CLANS, 1)} {_by_sex(p, _JARAI_M, _JARAI_F, 2)}"


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# -- 1 tourist canoes of Quy Nhơn (Kỳ Co, Eo Gió, Hòn Khô) ----------------------------------------
_CANO_ROLE = ("Thuyền trưởng", "Thuyền trưởng", "Máy trưởng", "Thủy thủ", "Nhân viên phục vụ")
_CANO_CERT = ("GCNKNCM T3", "GCNKNCM TTH", "CCCM thủy thủ", "CC lái phương tiện", "CCCM máy T3")
_CANO_WHARF = ("Bến Nhơn Lý", "Bến Eo Gió", "Cầu cảng Kỳ Co", "Bến Hòn Khô", "Bến Nhơn Hải")
# -- 2 cassava for the starch factory ---------------------------------------------------------
_MI_VARIETY = ("KM94", "KM140", "HL-S11", "KM419", "BK (giống sạch bệnh)")
_MI_OFFICER = ("Nguyễn Văn Thành", "Rơ Mah Hyoanh", "Trần Đình Lộc", "Ksor Y Bang")
# -- 3 Gia Rai and Ba Na teachers of bilingual classes --------------------------------------------
_SCHOOLS = (
    "TH Ia Rbol",
    "TH Le Loi (Ayun Pa)",
    "TH Kim Dong (Ia Grai)",
    "PTDTBT TH To Tung",
    "TH Dak Po",
    "TH&THCS Ia Hiao",
)
_LANG_CERT = ("CC tieng Jrai", "CC tieng Bahnar", "Chua co", "Cu nhan SP tieng Jrai")
# -- 4 revived rites -----------------------------------------------------------------------------
_RITES_J = ("Lễ cúng bến nước", "Lễ mừng lúa mới", "Lễ cầu mưa", "Lễ bỏ mả (Pơ thi)")
_RITES_B = ("Lễ mừng nhà rông mới", "Lễ ăn cơm mới", "Lễ cúng máng nước", "Lễ trỉa lúa")
# -- 5 the Đào Tấn tuồng theatre -----------------------------------------------------------------
_TROUPE = ("Đoàn Tuồng 1", "Đoàn Tuồng 2", "Dàn nhạc", "Đoàn Tuồng 1", "Đoàn Ca kịch Bài chòi")
_ROLE_TYPE = ("Kép võ", "Kép văn", "Đào chín", "Đào lệch", "Mụ", "Kép rằn", "Nhạc công trống chầu")
_RANK = ("Diễn viên hạng III", "Diễn viên hạng II", "Diễn viên hạng IV", "NSƯT - hạng I")
# -- 6 culture post offices ----------------------------------------------------------------------
_BD_POINT = ("BĐVHX Ia Rbol", "BĐVHX Tơ Tung", "BĐVHX Nhơn Lý", "BĐVHX Ia Sao", "BĐVHX Cát Tiến")
_BD_SERVICES = (
    "BCCP, chi trả BTXH, thu BHXH tự nguyện",
    "BCCP, thu hộ điện nước, bán BHYT hộ GĐ",
    "Tiếp nhận hồ sơ TTHC, chi lương hưu",
    "BCCP, Postmart, chi trả BTXH",
)
# -- 7 community tourism teams -------------------------------------------------------------------
_TOUR_TASK = ("Đánh chiêng", "Múa xoang", "Dệt thổ cẩm", "Nấu cơm lam, gà nướng", "Dẫn đường")
_TOUR_STAY = ("Có (nhà sàn)", "Không", "Không", "Có", "Đang sửa nhà")
# -- 8 the forges of Tây Phương Danh --------------------------------------------------------------
_FORGE_PRODUCT = ("Dao, rựa, liềm", "Nông cụ", "Dao bếp xuất khẩu", "Cuốc, xẻng", "Kéo, dao mổ")
_FORGE_MACHINE = (
    "Máy búa hơi 75kg",
    "Lò nung trung tần 25kW",
    "Máy mài 2 đá + máy cắt",
    "Máy dập thủy lực",
)
_FORGE_RESULT = ("Đạt", "Đạt", "Bổ sung báo giá", "Không đạt (chưa đủ ĐK)", "Chờ thẩm định")
# -- 9 the funeral-statue sculpture camp ---------------------------------------------------------
_CARVER_TITLE = ("NNƯT", "Nghệ nhân dân gian", "Chưa có", "NNND", "Chưa có")
_CARVER_WOOD = ("Gỗ pơ mu", "Gỗ căm xe", "Gỗ mít", "Gỗ gõ", "Gỗ vên vên")
_CARVER_PIECE = ("Mẹ ôm con", "Người ngồi khóc", "Chim đại bàng", "Người giã gạo", "Khỉ ngồi")


def _stay(p: Person) -> str:
    return _pick(p, _TOUR_STAY, 5)


WRITERS_BLIND288: dict[str, Callable[[Person, Col], object]] = {
    # places and people
    "addr_bd288": lambda p, c: _addr(p, _PL_BD),
    "addr_an288": lambda p, c: _addr(p, _PL_AN),
    "addr_ap288": lambda p, c: _addr(p, _PL_AP),
    "addr_pk288": lambda p, c: _addr(p, _PL_PK),
    "addr_ascii288": lambda p, c: _ascii(_addr(p, _PL_AP + _PL_PK)),
    "hl_name288": lambda p, c: _hl_name(p),
    "hl_name_ascii288": lambda p, c: _ascii(_hl_name(p)),
    "ethnic288": lambda p, c: "Ba Na" if _bahnar(p) else "Gia Rai",
    "ethnic_ascii288": lambda p, c: "Bahnar" if _bahnar(p) else "Jrai",
    "sex_ascii288": lambda p, c: "Nam" if p.male else "Nu",
    "ward_pk288": lambda p, c: _place(p, _PL_PK)[1],
    # 1 canoes
    "cano_role288": lambda p, c: _pick(p, _CANO_ROLE, 2),
    "cano_reg288": lambda p, c: f"BĐ-{p.bhxh[-4:]}{'-DL' if int(p.bhxh) % 2 else ''}",
    "cano_owner288": lambda p, c: _other_vn(p, 3),
    "cano_cert288": lambda p, c: f"{_pick(p, _CANO_CERT, 4)} số {p.bhxh[-6:]}",
    "cano_wharf288": lambda p, c: _pick(p, _CANO_WHARF, 5),
    "cano_seats288": lambda p, c: 8 + _num(p, 5) * 4,
    # 2 cassava
    "mi_contract288": lambda p, c: f"{_num(p, 400):03d}/2026/HĐBT-TBS",
    "mi_area288": lambda p, c: f"{_num(p, 40) / 10:.1f}".replace(".", ","),
    "mi_variety288": lambda p, c: _pick(p, _MI_VARIETY, 3),
    "mi_yield288": lambda p, c: 5 + _num(p, 60),
    "mi_price288": lambda p, c: _pick(p, ("1.850", "1.900", "2.000", "1.950"), 4),
    "mi_advance288": lambda p, c: _money((1 + _num(p, 8)) * 1_500_000),
    "mi_officer288": lambda p, c: _pick(p, _MI_OFFICER, 6),
    # 3 bilingual classes
    "school288": lambda p, c: _pick(p, _SCHOOLS, 2),
    "lang288": lambda p, c: "Tieng Bahnar" if _bahnar(p) else "Tieng Jrai",
    "class288": lambda p, c: f"{1 + _num(p, 3)}{'ABC'[int(p.bhxh) % 3]}",
    "lang_cert288": lambda p, c: _pick(p, _LANG_CERT, 4),
    # 4 rites
    "rite288": lambda p, c: _pick(p, _RITES_B if _bahnar(p) else _RITES_J, 3),
    "rite_money288": lambda p, c: _money((10 + _num(p, 6) * 5) * 1_000_000),
    "rite_proxy288": lambda p, c: "" if int(p.bhxh) % 4 else _hl_name(p).split()[0] + " Hương",
    "rite_headman288": lambda p, c: _pick(p, ("Đã xác nhận", "Đã xác nhận", "Chờ ký")),
    # 5 tuồng theatre
    "troupe288": lambda p, c: _pick(p, _TROUPE, 2),
    "role_type288": lambda p, c: _pick(p, _ROLE_TYPE, 3),
    "rank288": lambda p, c: _pick(p, _RANK, 4),
    "rehearse288": lambda p, c: 6 + _num(p, 14),
    "fee288": lambda p, c: _pick(p, ("80.000", "100.000", "120.000"), 5),
    "total288": lambda p, c: _money((6 + _num(p, 14)) * 100_000),
    "month288": lambda p, c: f"{1 + _num(p, 11):02d}/2026",
    # 6 culture post offices
    "bd_point288": lambda p, c: _pick(p, _BD_POINT, 2),
    "bd_code288": lambda p, c: f"60{p.bhxh[-4:]}",
    "bd_contract288": lambda p, c: f"{_num(p, 200)}/HĐĐL-BĐGL",
    "bd_services288": lambda p, c: _pick(p, _BD_SERVICES, 3),
    "bd_pay288": lambda p, c: _money((35 + _num(p, 30)) * 100_000),
    "bd_account288": lambda p, c: f"1020{p.bhxh[-8:]}",
    # 7 community tourism
    "tour_team288": lambda p, c: f"Tổ DLCĐ {_place(p, _PL_PK)[0]}",
    "tour_task288": lambda p, c: _pick(p, _TOUR_TASK, 3),
    "tour_stay288": lambda p, c: _stay(p),
    "tour_guests288": lambda p, c: _num(p, 300) if _stay(p).startswith("Có") else 0,
    "tour_trained288": lambda p, c: _pick(p, ("x", "x", "", "x (2025)")),
    "tour_share288": lambda p, c: _money(_num(p, 90) * 50_000),
    # 8 forges
    "forge_site288": lambda p, c: f"Lô {_num(p, 40)} CCN làng nghề rèn Tây Phương Danh",
    "forge_product288": lambda p, c: _pick(p, _FORGE_PRODUCT, 2),
    "forge_workers288": lambda p, c: 2 + _num(p, 12),
    "forge_machine288": lambda p, c: _pick(p, _FORGE_MACHINE, 3),
    "forge_cost288": lambda p, c: _money((12 + _num(p, 50)) * 10_000_000),
    "forge_support288": lambda p, c: _money((5 + _num(p, 25)) * 10_000_000),
    "forge_result288": lambda p, c: _pick(p, _FORGE_RESULT, 4),
    # 9 sculpture camp
    "carver_title288": lambda p, c: _pick(p, _CARVER_TITLE, 2),
    "carver_works288": lambda p, c: 1 + _num(p, 4),
    "carver_wood288": lambda p, c: _pick(p, _CARVER_WOOD, 3),
    "carver_piece288": lambda p, c: _pick(p, _CARVER_PIECE, 4),
    "carver_fee288": lambda p, c: _pick(p, ("300.000", "350.000", "400.000"), 5),
}

__all__ = ["WRITERS_BLIND288"]
