"""How the people of the three-hundred-and-sixty-fourth part of the outside corpus (**blind
364**, :mod:`lienthong.quality._corpus_blind364`) are written: registers of the merged city of
Đà Nẵng (Đà Nẵng and the former Quảng Nam), with the new wards and communes of the two-level
government beside old addresses that still name a huyện, a thị xã or tỉnh Quảng Nam, and the
names of Cơ Tu villagers of the western mountains."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_DN_STREETS = (
    "Bạch Đằng",
    "Trần Phú",
    "Nguyễn Văn Linh",
    "Hùng Vương",
    "Lê Duẩn",
    "Ngô Quyền",
    "Võ Nguyên Giáp",
    "Phan Châu Trinh",
    "Tôn Đức Thắng",
    "Hoàng Sa",
)
_DN_WARDS = (
    "phường Hải Châu",
    "phường Hòa Cường",
    "phường Thanh Khê",
    "phường An Khê",
    "phường An Hải",
    "phường Sơn Trà",
    "phường Ngũ Hành Sơn",
    "phường Hòa Khánh",
    "phường Liên Chiểu",
    "phường Cẩm Lệ",
    "phường Hòa Xuân",
    "phường Tam Kỳ",
    "phường Điện Bàn",
    "xã Hòa Vang",
)
_HA_STREETS = ("Nguyễn Thái Học", "Trần Phú", "Bạch Đằng", "Phan Bội Châu", "Hai Bà Trưng")
_HA_BLOCKS = ("khối An Hội", "khối Cẩm Phô", "khối Minh An", "khối Sơn Phong", "khối Phước Hòa")
_HA_WARDS = ("phường Hội An", "phường Hội An Đông", "phường Hội An Tây")
#: old addresses (before 1/7/2025) in the former Quảng Nam and Đà Nẵng
_OLD_UNITS = (
    "thôn Kim Bồng, xã Cẩm Kim, TP Hội An, tỉnh Quảng Nam",
    "thôn Thanh Nhứt, xã Cẩm Thanh, TP Hội An, tỉnh Quảng Nam",
    "thôn Trà Quế, xã Cẩm Hà, TP Hội An, tỉnh Quảng Nam",
    "thôn 4, xã Tam Hiệp, huyện Núi Thành, tỉnh Quảng Nam",
    "khối 3, thị trấn Núi Thành, huyện Núi Thành, tỉnh Quảng Nam",
    "thôn Mỹ Sơn, xã Duy Phú, huyện Duy Xuyên, tỉnh Quảng Nam",
    "khối phố 5, phường Điện Nam Trung, thị xã Điện Bàn, tỉnh Quảng Nam",
    "tổ 24, phường Thọ Quang, quận Sơn Trà, TP Đà Nẵng",
    "tổ 8, phường Hòa Hải, quận Ngũ Hành Sơn, TP Đà Nẵng",
)
#: where Chu Lai's workers come from (old addresses, other provinces too)
_HOMETOWNS = (
    "xã Tam Anh Nam, huyện Núi Thành, tỉnh Quảng Nam",
    "xã Tịnh Khê, TP Quảng Ngãi, tỉnh Quảng Ngãi",
    "xã Bình Hải, huyện Bình Sơn, Quảng Ngãi",
    "thị trấn Hà Lam, huyện Thăng Bình, tỉnh Quảng Nam",
    "xã Quế Xuân 1, huyện Quế Sơn, Quảng Nam",
    "phường Hòa Thuận, TP Tam Kỳ, tỉnh Quảng Nam",
    "xã Kỳ Anh, huyện Kỳ Anh, tỉnh Hà Tĩnh",
)
_COTU_FAMILY = ("Bhling", "Alăng", "Zơrâm", "Briu", "Clâu", "Hốih", "Pơloong", "Coor", "Arâl")
_COTU_GIVEN_M = ("Blơi", "Pố", "Nhấp", "Dưm", "Ting", "Văn Hùng", "Pơ", "Bhrít")
_COTU_GIVEN_F = ("Thị Ngọc", "Thị Hoa", "Thị Mai", "Thị Dếch", "Thị Thủy", "Thị Chờ")
_COTU_VILLAGES = (
    "thôn Agrồng, xã Tây Giang",
    "thôn Atép, xã Tây Giang",
    "thôn Bhlô Bến, xã Hùng Sơn",
    "thôn Zà Ra, xã Sông Kôn",
    "thôn Pơrning, xã Avương",
    "thôn Arớ, xã Bến Giằng",
)
_WOODWORK = ("Thợ cả", "Thợ bậc 5/7", "Thợ bậc 4/7", "Thợ bậc 3/7", "Thợ phụ")
_RELICS = (
    "Nhà cổ Tấn Ký, 101 Nguyễn Thái Học",
    "Hội quán Phúc Kiến, 46 Trần Phú",
    "Nhà thờ tộc Trần, 21 Lê Lợi",
    "Chùa Cầu",
    "Nhà cổ Quân Thắng, 77 Trần Phú",
)
_BOAT_GOODS = ("Hoa đăng", "Chè bắp, bánh", "Trái cây", "Hoa đăng + nước", "Đồ lưu niệm")
_LANGS = ("Tiếng Anh", "Tiếng Pháp", "Tiếng Hàn", "Tiếng Nhật", "Tiếng Trung", "Tiếng Anh, Pháp")
_THACO_PLANTS = (
    "NM ô tô Kia",
    "NM ô tô Mazda",
    "NM Bus",
    "NM Khung gầm",
    "NM Linh kiện",
)
_FISH_GEAR = ("Câu mực", "Lưới rê", "Câu tay", "Lưới cước ven bờ", "Chở khách ngắm san hô")
_MOORING = ("Âu thuyền Thọ Quang", "Bãi Bụt", "Bến Mân Quang", "Bãi Rạng", "Tiên Sa")
_STARTUP_FIELDS = ("AI/ML", "Fintech", "Edtech", "Du lịch số", "IoT nông nghiệp", "Logistics")
_UNIS = ("DUT", "DUE", "VKU", "Duy Tan", "FPT Da Nang", "Greenwich")
_STONE = ("Tượng đá mỹ nghệ", "Đá phong thủy", "Bia mộ, lăng", "Tượng Phật", "Đá xuất khẩu")


def _num(p: Person, salt: int, low: int, high: int) -> int:
    return low + int(p.bhxh) // (salt * 17 + 1) % (high - low + 1)


def _house(p: Person) -> str:
    return p.street.split()[0]


def _dn_address(p: Person) -> str:
    return f"{_house(p)} {_pick(p, _DN_STREETS, 1)}, {_pick(p, _DN_WARDS, 2)}, TP Đà Nẵng"


def _ha_address(p: Person) -> str:
    return (
        f"Tổ {_num(p, 3, 1, 18)}, {_pick(p, _HA_BLOCKS, 4)}, {_pick(p, _HA_WARDS, 5)}, TP. Đà Nẵng"
    )


def _cotu_name(p: Person) -> str:
    return f"{_pick(p, _COTU_FAMILY, 1)} {_by_sex(p, _COTU_GIVEN_M, _COTU_GIVEN_F, 2)}"


def _sontra_address(p: Person) -> str:
    return f"Tổ {_num(p, 6, 1, 60)}, phường Sơn Trà, TP Đà Nẵng (cũ: P. Thọ Quang, Q. Sơn Trà)"


WRITERS_BLIND364: dict[str, Callable[[Person, Col], object]] = {
    # Hội An: Kim Bồng carpenters on restoration contracts
    "old_addr364": lambda p, c: _pick(p, _OLD_UNITS[:3] + _OLD_UNITS[6:7], 1),
    "carp_grade364": lambda p, c: _pick(p, _WOODWORK, 2),
    "relic364": lambda p, c: _pick(p, _RELICS, 3),
    "contract364": lambda p, c: f"{_num(p, 4, 1, 120):03d}/HĐ-TTDS",
    "wage364": lambda p, c: f"{_num(p, 5, 35, 70) * 10_000:,}".replace(",", "."),
    # Hội An: boat women selling on the Hoài river
    "ha_addr364": lambda p, c: _ha_address(p),
    "boat_no364": lambda p, c: f"QNa-{_num(p, 6, 100, 9999):04d}",
    "boat_goods364": lambda p, c: _pick(p, _BOAT_GOODS, 7),
    "women_branch364": lambda p, c: f"Chi hội {_pick(p, _HA_BLOCKS, 8).split(' ', 1)[1]}",
    "husband364": lambda p, c: _other_vn(p, 9, male=True),
    "attp_result364": lambda p, c: _pick(p, ("Đạt", "Đạt", "Đạt", "Chưa đạt", "Vắng"), 10),
    # Cơ Tu villagers: forest protection contracts and payments
    "cotu_name364": lambda p, c: _cotu_name(p),
    "cotu_addr364": lambda p, c: f"{_pick(p, _COTU_VILLAGES, 3)}, TP Đà Nẵng",
    "forest_plot364": lambda p, c: (
        f"TK {_num(p, 4, 300, 420)}, K{_num(p, 5, 1, 9)}, lô {_pick(p, tuple('abcdefgh'), 6)}"
    ),
    "forest_ha364": lambda p, c: f"{_num(p, 7, 5, 300) / 10:.1f}".replace(".", ","),
    "pfes364": lambda p, c: f"{_num(p, 8, 2, 60) * 250_000:,}".replace(",", "."),
    "forest_owner364": lambda p, c: _pick(
        p, ("BQL RPH Sông Kôn", "BQL RPH Tây Giang", "BQL KBT Sao la", "UBND xã"), 9
    ),
    "vbsp_acct364": lambda p, c: f"4700{p.bhxh[:8]}",
    "village_head364": lambda p, c: f"{_pick(p, _COTU_FAMILY, 11)} {_pick(p, _COTU_GIVEN_M, 12)}",
    # Mỹ Sơn guides
    "guide_code364": lambda p, c: f"MS-TMV{_num(p, 1, 1, 60):02d}",
    "langs364": lambda p, c: _pick(p, _LANGS, 2),
    "site_card364": lambda p, c: f"{_num(p, 3, 1, 400):03d}/TĐ-QNa",
    "home_origin364": lambda p, c: _pick(p, _OLD_UNITS[5:6] + _HOMETOWNS[3:6], 4),
    "tours364": lambda p, c: str(_num(p, 5, 0, 48)),
    "dn_addr364": lambda p, c: _dn_address(p),
    # Chu Lai workers' dormitory
    "emp_no364": lambda p, c: f"TC{p.bhxh[2:8]}",
    "hometown364": lambda p, c: _pick(p, _HOMETOWNS, 1),
    "plant364": lambda p, c: _pick(p, _THACO_PLANTS, 2),
    "section364": lambda p, c: _pick(p, ("Hàn", "Sơn", "Lắp ráp", "Kiểm tra CL", "Kho"), 3),
    "shift364": lambda p, c: _pick(p, ("Ca 1", "Ca 2", "Ca 3", "HC"), 4),
    "room364": lambda p, c: f"KTX {_pick(p, ('A', 'B', 'C'), 5)}-{_num(p, 6, 101, 520)}",
    "kin364": lambda p, c: f"{_other_vn(p, 7)} ({_pick(p, ('Bố', 'Mẹ', 'Vợ', 'Chồng'), 8)})",
    "kin_phone364": lambda p, c: _other_phone(p, "03"),
    # Sơn Trà small boats
    "sontra_addr364": lambda p, c: _sontra_address(p),
    "dna_boat364": lambda p, c: f"ĐNa-{_num(p, 1, 9000, 9999)}-TS",
    "boat_len364": lambda p, c: f"{_num(p, 2, 30, 59) / 10:.1f}".replace(".", ","),
    "boat_cv364": lambda p, c: str(_num(p, 3, 0, 45)),
    "gear364": lambda p, c: _pick(p, _FISH_GEAR, 4),
    "mooring364": lambda p, c: _pick(p, _MOORING, 5),
    "ward_st364": lambda p, c: "Sơn Trà",
    # IT park startups
    "project364": lambda p, c: _pick(
        p, ("SmartFarm QN", "HoiAn Lantern AR", "DaNang Go", "CodeKids", "TuneMe", "LogiC"), 1
    ),
    "field364": lambda p, c: _pick(p, _STARTUP_FIELDS, 2),
    "team364": lambda p, c: str(_num(p, 3, 2, 14)),
    "uni364": lambda p, c: _pick(p, _UNIS, 4),
    "dn_addr_ascii364": lambda p, c: _ascii(_dn_address(p)),
    "stage364": lambda p, c: _pick(p, ("idea", "mvp", "pre-seed", "seed"), 5),
    # Non Nước stone carvers relocating their workshops
    "workshop364": lambda p, c: (
        f"{_num(p, 1, 1, 300)} Huyền Trân Công Chúa, phường Ngũ Hành Sơn (xưởng)"
    ),
    "stone364": lambda p, c: _pick(p, _STONE, 2),
    "area364": lambda p, c: str(_num(p, 3, 40, 900)),
    "workers364": lambda p, c: str(_num(p, 4, 1, 35)),
    "lot364": lambda p, c: f"Lô {_pick(p, ('A', 'B', 'C'), 5)}{_num(p, 6, 1, 80)} - KDC Làng đá",
    "nhs_ward364": lambda p, c: "Ngũ Hành Sơn",
    # land certificates whose address must be rewritten after the merger
    "dossier364": lambda p, c: f"{p.bhxh[:6]}.{_num(p, 1, 1, 999):03d}",
    "parcel_addr364": lambda p, c: _pick(p, _OLD_UNITS, 2),
    "parcel364": lambda p, c: str(_num(p, 3, 1, 900)),
    "map_sheet364": lambda p, c: str(_num(p, 4, 1, 60)),
    "cert364": lambda p, c: f"{_pick(p, ('BH', 'CS', 'DA', 'DL'), 5)} {p.bhxh[:6]}",
    "cert_status364": lambda p, c: _pick(
        p, ("Đã tiếp nhận", "Đang xử lý", "Chờ bổ sung", "Đã trả kết quả"), 6
    ),
    "due364": lambda p, c: f"{p.other_date + timedelta(days=10):%d/%m/%Y}",
}

__all__ = ["WRITERS_BLIND364"]
