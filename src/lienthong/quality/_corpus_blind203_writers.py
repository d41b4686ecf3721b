"""How the people of the two-hundred-and-third part of the outside corpus (**blind 203**,
:mod:`lienthong.quality._corpus_blind203`) are written: nine registers of the Mekong delta after
the July 2025 merger of provinces, their homes written in the new two-level form (hamlet, ward or
commune, province) or, in rows nobody updated, in the old form with a district, and each file's
own columns (a combine harvester, a catfish farm, honey rafters in the melaleuca forest, a brick
kiln, flood-season fishing gear, coconut trees under a geographical indication, a lot in a
flood-proof cluster, a flock of roaming ducks, a boatyard)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind76_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_Place = tuple[str, str, str, str, str, str]

# (hamlet, new ward/commune, new province, old ward/commune, old district, old province)
_DONG_THAP: tuple[_Place, ...] = (
    ("Ấp Phú Thọ A", "xã Tam Nông", "Đồng Tháp", "xã Phú Thọ", "huyện Tam Nông", "Đồng Tháp"),
    ("Ấp 3", "xã Tháp Mười", "Đồng Tháp", "xã Mỹ An", "huyện Tháp Mười", "Đồng Tháp"),
    ("Khóm 2", "phường Sa Đéc", "Đồng Tháp", "phường 1", "TP Sa Đéc", "Đồng Tháp"),
    ("Ấp Tân Dân", "xã Tân Hồng", "Đồng Tháp", "xã Tân Công Chí", "huyện Tân Hồng", "Đồng Tháp"),
    ("Ấp Mỹ Lợi", "xã Cái Bè", "Đồng Tháp", "xã Mỹ Lợi A", "huyện Cái Bè", "Tiền Giang"),
    ("Khu phố 4", "phường Mỹ Tho", "Đồng Tháp", "phường 5", "TP Mỹ Tho", "Tiền Giang"),
)
_AN_GIANG: tuple[_Place, ...] = (
    ("Ấp Vĩnh Lợi", "xã Châu Phú", "An Giang", "xã Bình Mỹ", "huyện Châu Phú", "An Giang"),
    (
        "Khóm Bình Khánh 5",
        "phường Long Xuyên",
        "An Giang",
        "phường Bình Khánh",
        "TP Long Xuyên",
        "An Giang",
    ),
    ("Ấp Phú Hiệp", "xã Phú Tân", "An Giang", "xã Phú Hiệp", "huyện Phú Tân", "An Giang"),
    ("Ấp Vĩnh Tường", "phường Vĩnh Tế", "An Giang", "xã Vĩnh Tế", "TP Châu Đốc", "An Giang"),
    ("Ấp Tà Đảnh", "xã Tri Tôn", "An Giang", "xã Tà Đảnh", "huyện Tri Tôn", "An Giang"),
    ("Khu phố 3", "phường Rạch Giá", "An Giang", "phường Vĩnh Lạc", "TP Rạch Giá", "Kiên Giang"),
)
_CA_MAU: tuple[_Place, ...] = (
    ("Ấp 10", "xã U Minh", "Cà Mau", "xã Khánh An", "huyện U Minh", "Cà Mau"),
    ("Ấp Cơi Năm", "xã Trần Văn Thời", "Cà Mau", "xã Khánh Bình", "huyện Trần Văn Thời", "Cà Mau"),
    ("Ấp 7", "xã Nguyễn Phích", "Cà Mau", "xã Nguyễn Phích", "huyện U Minh", "Cà Mau"),
    ("Khóm 5", "phường An Xuyên", "Cà Mau", "phường 9", "TP Cà Mau", "Cà Mau"),
    ("Ấp Giá Tiểu", "xã Vĩnh Lợi", "Cà Mau", "xã Châu Hưng A", "huyện Vĩnh Lợi", "Bạc Liêu"),
    ("Khóm 3", "phường Bạc Liêu", "Cà Mau", "phường 7", "TP Bạc Liêu", "Bạc Liêu"),
)
_VINH_LONG: tuple[_Place, ...] = (
    (
        "Ấp Phước Ngươn A",
        "xã Mang Thít",
        "Vĩnh Long",
        "xã Mỹ Phước",
        "huyện Mang Thít",
        "Vĩnh Long",
    ),
    ("Ấp Thanh Mỹ 1", "xã Cái Nhum", "Vĩnh Long", "xã Chánh An", "huyện Mang Thít", "Vĩnh Long"),
    ("Khóm 1", "phường Thanh Đức", "Vĩnh Long", "phường 5", "TP Vĩnh Long", "Vĩnh Long"),
    ("Ấp Đông Phú", "xã Tân Lược", "Vĩnh Long", "xã Tân Lược", "huyện Bình Tân", "Vĩnh Long"),
    ("Ấp Trà Mẹt", "xã Cầu Kè", "Vĩnh Long", "xã Thông Hòa", "huyện Cầu Kè", "Trà Vinh"),
    ("Ấp Ô Tưng A", "xã Phong Thạnh", "Vĩnh Long", "xã Phong Thạnh", "huyện Cầu Kè", "Trà Vinh"),
    ("Ấp Phú Hào", "xã Phú Túc", "Vĩnh Long", "xã Phú Túc", "huyện Châu Thành", "Bến Tre"),
)
_CAU_KE = _VINH_LONG[4:6]
_CAN_THO: tuple[_Place, ...] = (
    ("Khu vực 4", "phường Cái Răng", "TP Cần Thơ", "phường Ba Láng", "quận Cái Răng", "TP Cần Thơ"),
    (
        "Ấp Nhơn Lộc 2",
        "xã Phong Điền",
        "TP Cần Thơ",
        "thị trấn Phong Điền",
        "huyện Phong Điền",
        "TP Cần Thơ",
    ),
    (
        "Khu vực Bình Thường B",
        "phường Bình Thủy",
        "TP Cần Thơ",
        "phường Long Tuyền",
        "quận Bình Thủy",
        "TP Cần Thơ",
    ),
    ("Ấp Mỹ Hòa", "xã Mỹ Xuyên", "TP Cần Thơ", "thị trấn Mỹ Xuyên", "huyện Mỹ Xuyên", "Sóc Trăng"),
    ("Ấp Hòa Đông", "xã Long Phú", "TP Cần Thơ", "xã Long Phú", "huyện Long Phú", "Sóc Trăng"),
    ("Ấp 2", "xã Vị Thủy", "TP Cần Thơ", "xã Vị Thắng", "huyện Vị Thủy", "Hậu Giang"),
    ("Khu vực 3", "phường Vị Thanh", "TP Cần Thơ", "phường 5", "TP Vị Thanh", "Hậu Giang"),
)


def _place(p: Person, table: tuple[_Place, ...], salt: int = 3) -> _Place:
    return table[int(p.bhxh) // (salt * 17 + 1) % len(table)]


def _old(p: Person) -> bool:
    """Rows written before the merger, or never updated since (about one in four)."""
    return p.bhxh[-3] in "036"


def _home(p: Person, table: tuple[_Place, ...]) -> str:
    hamlet, ward, province, old_ward, old_district, old_province = _place(p, table)
    if _old(p):
        return f"{hamlet}, {old_ward}, {old_district}, {old_province}"
    prov = province if province.startswith("TP") else f"tỉnh {province}"
    return f"{hamlet}, {ward}, {prov}"


def _home_short(p: Person, table: tuple[_Place, ...]) -> str:
    """The same home, as a clerk in a hurry writes it (no 'tỉnh', abbreviated units)."""
    hamlet, ward, province, old_ward, old_district, old_province = _place(p, table)
    if _old(p):
        short = old_district.replace("huyện ", "H. ").replace("TP ", "TP. ")
        return f"{hamlet}, {old_ward.replace('xã ', 'X. ')}, {short}, {old_province}"
    return f"{hamlet}, {ward.replace('xã ', 'X. ').replace('phường ', 'P. ')}, {province}"


def _elsewhere(p: Person, table: tuple[_Place, ...], salt: int) -> str:
    """A place that is not the person's home (a field, a destination): hamlet and commune."""
    hamlet, ward = _place(p, table, salt)[:2]
    return f"{hamlet}, {ward}"


_HARVESTERS = ("Kubota DC-70 Plus", "Kubota DC-93G", "Yanmar YH700", "Thaco TC-100", "World 4LZ")
_HARVEST_PRICE = ("230.000", "250.000", "260.000", "280.000")
_SPECIES = ("Cá tra", "Cá tra", "Cá tra giống", "Cá tra + cá điêu hồng")
_STANDARDS = ("VietGAP", "ASC", "BAP", "Chưa chứng nhận", "GlobalGAP")
_BUYERS = ("Cty Vĩnh Hoàn", "Cty Nam Việt", "Cty Hùng Vương", "Cty Biển Đông", "Bán tự do")
_RANGERS = ("KL Trần Văn Nghĩa", "KL Lê Hoàng Phúc", "KL Đoàn Thị Thu", "KL Quách Minh Trí")
_SEASONS = ("Mùa nắng 2025", "Mùa mưa 2025", "Mùa nắng 2026")
_KILN_TYPES = ("Lò vòng", "Lò hộp", "Lò bao nung gốm", "Lò tuynel", "Lò vòng cải tiến")
_PRODUCTS = ("Gạch ống", "Gạch tàu", "Gốm đỏ xuất khẩu", "Gạch thẻ", "Chậu gốm")
_PLANS = (
    "Chuyển sang lò tuynel",
    "Ngưng hoạt động, tháo dỡ",
    "Chuyển sang du lịch làng nghề",
    "Chuyển đổi nghề khác",
    "Đang xem xét",
)
_GEAR = ("Lưới tam sắc", "Dớn", "Lọp", "Câu giăng", "Vó", "Lưới rê")
_BOATS = ("Xuồng ba lá", "Vỏ lãi 6,5HP", "Xuồng máy 13HP", "Không có")
_FIELDS = ("Cánh đồng", "Kênh Vĩnh Tế đoạn", "Rạch", "Đồng trũng")
_ETHNIC = ("Kinh", "Kinh", "Khmer", "Chăm", "Hoa")
_POOR = ("", "", "Hộ nghèo", "Hộ cận nghèo", "")
_COOPS = ("THT dừa sáp ấp Ô Tưng", "HTX dừa sáp Cầu Kè", "Chưa tham gia", "THT Trà Mẹt")
_CLUSTERS = (
    "CDC Phú Thọ mở rộng",
    "TDC Kênh Hậu Phú",
    "CDC trung tâm xã Tân Công Sính",
    "CDC vượt lũ Mỹ An giai đoạn 2",
)
_TRUCKS = ("Ghe máy", "Xe tải 65C-123.45", "Đi bộ lùa đồng", "Xe tải 83C-045.67")
_DUCKS_ORIGIN = ("Vịt siêu thịt", "Vịt Bầu", "Vịt Xiêm", "Vịt đẻ Khaki", "Vịt CV Super M")
_BOATS_BUILT = ("Ghe tam bản", "Xuồng composite", "Vỏ lãi", "Ghe chài", "Tàu du lịch 12 chỗ")
_HULL = ("Gỗ sao", "Gỗ dầu", "Composite", "Thép", "Gỗ sao + composite")
_YARD_STATE = ("Đủ điều kiện", "Bổ sung PCCC", "Chưa đạt, hẹn kiểm tra lại", "Đủ điều kiện")


def _days(p: Person, base: int, spread: int) -> str:
    return f"{p.other_date + timedelta(days=base + _num(p, spread)):%d/%m/%Y}"


def _money(p: Person, step: int, spread: int, base: int = 0) -> str:
    return _dotted(base + step * _num(p, spread))


WRITERS_BLIND203: dict[str, Callable[[Person, Col], object]] = {
    "dt_addr203": lambda p, c: _home(p, _DONG_THAP),
    "ag_addr203": lambda p, c: _home_short(p, _AN_GIANG),
    "cm_addr203": lambda p, c: _home(p, _CA_MAU[:4]),
    "vl_addr203": lambda p, c: _home_short(p, _VINH_LONG[:4]),
    "ck_addr203": lambda p, c: _home(p, _CAU_KE),
    "ct_addr203": lambda p, c: _home(p, _CAN_THO),
    "upper_name203": lambda p, c: p.full.upper(),
    "sex203": lambda p, c: "nam" if p.male else "nữ",
    "harvester203": lambda p, c: _pick(p, _HARVESTERS, 2),
    "frame203": lambda p, c: f"DC70-{p.bhxh[2:7]}",
    "year203": lambda p, c: 2012 + _num(p, 13),
    "driver203": lambda p, c: _other_vn(p, 3, male=True),
    "driver_phone203": lambda p, c: _other_phone(p, "08"),
    "field203": lambda p, c: _elsewhere(p, _DONG_THAP, 7),
    "area203": lambda p, c: f"{20 + _num(p, 60)},{_num(p, 9)}",
    "price203": lambda p, c: _pick(p, _HARVEST_PRICE, 4),
    "mscsn203": lambda p, c: f"89-{p.bhxh[:3]}-{p.bhxh[-4:]}/CT",
    "pond_loc203": lambda p, c: _elsewhere(p, _AN_GIANG, 5),
    "water203": lambda p, c: _dotted(3_000 + 500 * _num(p, 40)),
    "ponds203": lambda p, c: _num(p, 6),
    "fry203": lambda p, c: _money(p, 20_000, 30, 100_000),
    "species203": lambda p, c: _pick(p, _SPECIES, 3),
    "standard203": lambda p, c: _pick(p, _STANDARDS, 4),
    "buyer203": lambda p, c: _pick(p, _BUYERS, 6),
    "contract203": lambda p, c: f"{_num(p, 180):03d}/HĐK-BQLRUMH",
    "subzone203": lambda p, c: f"TK {_num(p, 30)}",
    "plot203": lambda p, c: f"K{_num(p, 12)}",
    "rafters203": lambda p, c: 20 + _num(p, 80),
    "honey203": lambda p, c: f"{_num(p, 90)},{_num(p, 9)}",
    "season203": lambda p, c: _pick(p, _SEASONS, 5),
    "pledge203": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Chưa ký"), 6),
    "ranger203": lambda p, c: _pick(p, _RANGERS, 7),
    "kilns203": lambda p, c: _num(p, 8),
    "kiln_type203": lambda p, c: _pick(p, _KILN_TYPES, 2),
    "product203": lambda p, c: _pick(p, _PRODUCTS, 3),
    "workers203": lambda p, c: 2 + _num(p, 25),
    "plan203": lambda p, c: _pick(p, _PLANS, 4),
    "aid203": lambda p, c: _money(p, 5_000_000, 20),
    "ethnic203": lambda p, c: _pick(p, _ETHNIC, 2),
    "gear203": lambda p, c: _pick(p, _GEAR, 3),
    "gear_qty203": lambda p, c: f"{_num(p, 40)} {_pick(p, ('cái', 'tay', 'cây'), 4)}",
    "mesh203": lambda p, c: _pick(p, ("20", "25", "30", "≥ 20", "15"), 5),
    "boat203": lambda p, c: _pick(p, _BOATS, 6),
    "zone203": lambda p, c: f"{_pick(p, _FIELDS, 7)} {_elsewhere(p, _AN_GIANG, 8)}",
    "poor203": lambda p, c: _pick(p, _POOR, 9),
    "head203": lambda p, c: f"TA {_other_vn(p, 10)}",
    "gi_code203": lambda p, c: f"DS-CK-{p.bhxh[-5:]}",
    "parcel203": lambda p, c: _num(p, 900),
    "sheet203": lambda p, c: _num(p, 45),
    "area_m2_203": lambda p, c: _dotted(800 + 150 * _num(p, 60)),
    "trees203": lambda p, c: 10 + _num(p, 200),
    "fruits203": lambda p, c: _dotted(100 * (5 + _num(p, 90))),
    "coop203": lambda p, c: _pick(p, _COOPS, 4),
    "cluster203": lambda p, c: _pick(p, _CLUSTERS, 2),
    "lot203": lambda p, c: f"Lô {'ABCDE'[_num(p, 5) - 1]} - Nền {_num(p, 60)}",
    "spouse203": lambda p, c: "" if p.bhxh[-1] in "01" else _other_vn(p, 4, male=not p.male),
    "spouse_cccd203": lambda p, c: (
        "" if p.bhxh[-1] in "01" else _cccd_of(p, not p.male, p.birth.year + 2)
    ),
    "hh203": lambda p, c: _num(p, 8),
    "lot_area203": lambda p, c: f"{_pick(p, ('90', '100', '120', '80'), 5)},0",
    "lot_value203": lambda p, c: _money(p, 1_000_000, 30, 60_000_000),
    "paid203": lambda p, c: _money(p, 2_000_000, 15),
    "owed203": lambda p, c: _money(p, 1_500_000, 20, 10_000_000),
    "ducks203": lambda p, c: _dotted(500 + 100 * _num(p, 60)),
    "age_days203": lambda p, c: 15 + _num(p, 60),
    "breed203": lambda p, c: _pick(p, _DUCKS_ORIGIN, 3),
    "from203": lambda p, c: _elsewhere(p, _CAN_THO, 4),
    "to203": lambda p, c: _elsewhere(p, _CAN_THO, 9),
    "truck203": lambda p, c: _pick(p, _TRUCKS, 5),
    "move203": lambda p, c: _days(p, 3, 20),
    "herder203": lambda p, c: _other_vn(p, 6, male=True),
    "herder_phone203": lambda p, c: _other_phone(p, "03"),
    "certificate203": lambda p, c: f"{_num(p, 500)}/GCN-TY",
    "yard_code203": lambda p, c: f"CSĐT-{_num(p, 90):02d}/{p.other_date:%Y}",
    "boat_kind203": lambda p, c: _pick(p, _BOATS_BUILT, 2),
    "hull203": lambda p, c: _pick(p, _HULL, 3),
    "capacity203": lambda p, c: f"{_num(p, 12)} chiếc/tháng",
    "yard_area203": lambda p, c: f"{150 + 10 * _num(p, 50)} m²",
    "yard_workers203": lambda p, c: 1 + _num(p, 15),
    "inspector203": lambda p, c: _other_vn(p, 8),
    "yard_state203": lambda p, c: _pick(p, _YARD_STATE, 4),
    "yard_site203": lambda p, c: f"Bờ rạch {_elsewhere(p, _CAN_THO, 6)}",
}
