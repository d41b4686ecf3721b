"""How the people of the three-hundred-and-sixty-third part of the outside corpus (**blind
363**, :mod:`lienthong.quality._corpus_blind363`) are written: the merged province of Thái
Nguyên (the old Thái Nguyên and Bắc Kạn, two-level government since 1 July 2025), its tea
hills, its factories, its Tày and Nùng villages, its mines, forests and university town, with
new communes and wards beside old addresses that still carry a huyện and tỉnh Bắc Kạn."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: new communes and wards of the merged province
_NEW_UNITS = (
    "phường Phan Đình Phùng",
    "phường Quyết Thắng",
    "phường Tích Lương",
    "phường Gia Sàng",
    "xã Tân Cương",
    "phường Phổ Yên",
    "phường Vạn Xuân",
    "phường Trung Thành",
    "xã Ba Bể",
    "xã Chợ Đồn",
    "xã Nam Cường",
    "xã Na Rì",
    "xã Côn Minh",
    "phường Đức Xuân",
    "phường Bắc Kạn",
    "xã Đại Từ",
    "xã Phú Bình",
)
#: old units before the merger: (xã, huyện, tỉnh)
_OLD_UNITS = (
    ("xã Nam Mẫu", "huyện Ba Bể", "tỉnh Bắc Kạn"),
    ("xã Khang Ninh", "huyện Ba Bể", "tỉnh Bắc Kạn"),
    ("xã Bản Thi", "huyện Chợ Đồn", "tỉnh Bắc Kạn"),
    ("xã Côn Minh", "huyện Na Rì", "tỉnh Bắc Kạn"),
    ("xã Quang Phong", "huyện Na Rì", "tỉnh Bắc Kạn"),
    ("phường Sông Cầu", "thành phố Bắc Kạn", "tỉnh Bắc Kạn"),
    ("xã Phúc Trìu", "thành phố Thái Nguyên", "tỉnh Thái Nguyên"),
    ("xã Đắc Sơn", "thành phố Phổ Yên", "tỉnh Thái Nguyên"),
)
_HAMLETS = (
    "thôn Pác Ngòi",
    "bản Cốc Tộc",
    "thôn Nà Hai",
    "xóm Nam Đồng",
    "xóm Soi Mít",
    "tổ dân phố 5",
    "thôn Khuổi Phay",
    "xóm Hồng Thái",
    "bản Pó Lù",
    "tổ 12",
)
_HOME_PROVINCES = (
    "Thái Nguyên",
    "Bắc Giang",
    "Tuyên Quang",
    "Cao Bằng",
    "Lạng Sơn",
    "Phú Thọ",
    "Thanh Hóa",
    "Nghệ An",
)
_ETHNIC = ("Tày", "Nùng", "Kinh", "Dao", "Mông", "Sán Chay")
_SEVT_DEPTS = ("IM - SMT", "Assy line 3", "QA/QC", "Packing", "IM - Mold", "Assy line 11")
_SCHOOLS = (
    "ĐH Sư phạm - ĐHTN",
    "ĐH Y Dược - ĐHTN",
    "ĐH Kỹ thuật Công nghiệp",
    "ĐH Nông Lâm",
    "ĐH Kinh tế & QTKD",
    "ĐH CNTT & TT",
)
_TEA_KINDS = ("Chè trung du", "LDP1", "Kim Tuyên", "TRI 777", "Bát Tiên", "Phúc Vân Tiên")
_MINES = (
    "Mỏ chì kẽm Chợ Điền",
    "Mỏ sắt Pù Ổ",
    "Mỏ vàng Pác Lạng",
    "Mỏ đá vôi Quang Sơn",
    "Mỏ than Khánh Hòa",
)
_LAND_KINDS = ("Đất RSX", "Đất RPH", "Đất LUC", "Đất ONT", "Đất CLN", "Đất BHK")
_THEN_TITLES = ("NNƯT", "Nghệ nhân dân gian", "Hội viên", "Hội viên", "Chủ nhiệm CLB")
_ORANGE_KINDS = ("Cam sành", "Quýt Quang Thuận", "Cam Xã Đoài", "Bưởi Diễn")
_BOAT_WHARF = ("Bến Buốc Lốm", "Bến Pác Ngòi", "Bến Bó Lù", "Bến thuyền Ao Tiên")


def _between(p: Person, salt: int, low: int, high: int) -> int:
    return low + int(p.bhxh) // (salt * 13 + 1) % (high - low + 1)


def _new_addr(p: Person, salt: int = 1) -> str:
    return f"{_pick(p, _HAMLETS, salt)}, {_pick(p, _NEW_UNITS, salt + 1)}, tỉnh Thái Nguyên"


def _new_addr_short(p: Person) -> str:
    return f"{_pick(p, _HAMLETS, 3)}, {_pick(p, _NEW_UNITS, 4)}, T.Nguyên"


def _old_addr(p: Person, salt: int = 5) -> str:
    xa, huyen, tinh = _OLD_UNITS[int(p.bhxh) // (salt * 7 + 1) % len(_OLD_UNITS)]
    return f"{_pick(p, _HAMLETS, salt)}, {xa}, {huyen}, {tinh}"


def _old_addr_abbr(p: Person) -> str:
    xa, huyen, tinh = _OLD_UNITS[int(p.bhxh) // 50 % len(_OLD_UNITS)]
    return f"{_pick(p, _HAMLETS, 6)} - {xa} - {huyen.replace('huyện', 'H.')} - {tinh}".replace(
        " - ", ", "
    )


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


WRITERS_BLIND363: dict[str, Callable[[Person, Col], object]] = {
    # places of the merged province
    "tn_addr363": lambda p, c: _new_addr(p),
    "tn_addr_short363": lambda p, c: _new_addr_short(p),
    "bk_old_addr363": lambda p, c: _old_addr(p),
    "bk_old_abbr363": lambda p, c: _old_addr_abbr(p),
    "tn_unit363": lambda p, c: _pick(p, _NEW_UNITS, 7),
    "hamlet363": lambda p, c: _pick(p, _HAMLETS, 1),
    "hamlet_old363": lambda p, c: _pick(p, _HAMLETS, 5),
    "home_prov363": lambda p, c: _pick(p, _HOME_PROVINCES, 9),
    "ethnic363": lambda p, c: _pick(p, _ETHNIC, 10),
    # tea growers of Tân Cương
    "tea_area363": lambda p, c: f"{_between(p, 1, 5, 60) * 360} m2",
    "tea_kind363": lambda p, c: _pick(p, _TEA_KINDS, 11),
    "tea_plot363": lambda p, c: f"TC-{p.bhxh[3:6]}",
    "tea_yield363": lambda p, c: f"{_between(p, 2, 3, 40) * 10} kg",
    "vietgap363": lambda p, c: _pick(p, ("VietGAP", "Hữu cơ", "Chưa", "VietGAP"), 12),
    "coop363": lambda p, c: _pick(p, ("HTX chè Hảo Đạt", "HTX chè Tân Hương", "Tổ HT xóm"), 13),
    # factory workers (SEVT)
    "emp_no363": lambda p, c: f"{_pick(p, ('SEVT', 'SEV', 'SEVT'), 14)}{p.bhxh[2:9]}",
    "dept363": lambda p, c: _pick(p, _SEVT_DEPTS, 15),
    "shift363": lambda p, c: _pick(p, ("Ca A", "Ca B", "HC", "Ca C"), 16),
    "contract363": lambda p, c: _pick(p, ("HĐLĐ 1 năm", "HĐLĐ KXĐ thời hạn", "Thử việc"), 17),
    "dorm363": lambda p, c: _pick(p, ("KTX Yên Bình", "Thuê trọ ngoài", "KTX Đồng Tiến"), 18),
    "bus_route363": lambda p, c: f"Tuyến {_between(p, 3, 1, 42)}",
    # Tày and Nùng then singing clubs
    "then_club363": lambda p, c: _pick(p, ("CLB hát Then đàn Tính Ba Bể", "CLB Then Pác Ngòi"), 19),
    "then_title363": lambda p, c: _pick(p, _THEN_TITLES, 20),
    "then_year363": lambda p, c: str(_between(p, 4, 1998, 2024)),
    "then_skill363": lambda p, c: _pick(p, ("Hát Then", "Đàn Tính", "Hát Sli, Lượn", "Múa"), 21),
    # forest land allocation
    "so_gcn363": lambda p, c: f"{_pick(p, ('CS', 'BĐ', 'DA'), 22)} {p.bhxh[1:7]}",
    "tieu_khu363": lambda p, c: str(_between(p, 5, 300, 480)),
    "khoanh363": lambda p, c: str(_between(p, 6, 1, 12)),
    "lo363": lambda p, c: f"{_between(p, 7, 1, 40)}{_pick(p, ('', 'a', 'b'), 23)}",
    "area_ha363": lambda p, c: f"{_between(p, 8, 5, 480) / 100:.2f}".replace(".", ","),
    "land_kind363": lambda p, c: _pick(p, _LAND_KINDS, 24),
    # mine land recovery
    "mine363": lambda p, c: _pick(p, _MINES, 25),
    "plot_no363": lambda p, c: f"Tờ {_between(p, 9, 1, 60)}, thửa {_between(p, 10, 1, 900)}",
    "comp_amount363": lambda p, c: _money(_between(p, 11, 20, 2400) * 1_000_000),
    "support363": lambda p, c: _money(_between(p, 12, 0, 300) * 500_000),
    "recv_status363": lambda p, c: _pick(p, ("Đã nhận", "Chưa nhận", "Khiếu nại", "Đã nhận"), 26),
    "decision363": lambda p, c: f"{_between(p, 13, 100, 3999)}/QĐ-UBND",
    # students of the university town
    "student_id363": lambda p, c: f"DTS{p.bhxh[1:4]}{p.bhxh[6:10]}",
    "school363": lambda p, c: _pick(p, _SCHOOLS, 27),
    "class363": lambda p, c: f"K{_between(p, 14, 57, 60)}{_pick(p, ('A', 'B', 'C'), 28)}",
    "landlord363": lambda p, c: _other_vn(p, 29),
    "landlord_phone363": lambda p, c: _other_phone(p, "098"),
    # Na Rì dong-starch noodle cooperative
    "member_no363": lambda p, c: f"TV-{_between(p, 15, 1, 180):03d}",
    "share363": lambda p, c: _money(_between(p, 16, 1, 40) * 2_000_000),
    "dong_area363": lambda p, c: f"{_between(p, 17, 1, 30) / 10:.1f} ha".replace(".", ","),
    "noodle_kg363": lambda p, c: str(_between(p, 18, 50, 2500)),
    # orange growers, traceability stamps
    "orange363": lambda p, c: _pick(p, _ORANGE_KINDS, 30),
    "trees363": lambda p, c: str(_between(p, 19, 40, 1500)),
    "stamps363": lambda p, c: str(_between(p, 20, 1, 50) * 100),
    "qr363": lambda p, c: f"BK.{p.bhxh[:4]}.{p.bhxh[4:8]}",
    # Ba Bể lake boats
    "ticket363": lambda p, c: f"VT{p.bhxh[4:10]}",
    "wharf363": lambda p, c: _pick(p, _BOAT_WHARF, 31),
    "boat363": lambda p, c: f"BK-{_between(p, 21, 100, 999)}-TĐ",
    "boatman363": lambda p, c: _other_vn(p, 32, male=True),
    "guests363": lambda p, c: str(_between(p, 22, 1, 12)),
    "relative363": lambda p, c: _other_vn(p, 33),
    "relative_phone363": lambda p, c: _other_phone(p, "097"),
}

__all__ = ["WRITERS_BLIND363"]
