"""How the people of the two-hundred-and-thirtieth part of the outside corpus (**blind 230**,
:mod:`lienthong.quality._corpus_blind230`) are written: the own columns of nine North Central
registers (Lam Sơn cane contracts, workers back from Laos, Hương Sơn deer farms, ca Huế boat
performers, cave porters, flood kits, inshore craft at Sầm Sơn, the Bản Vẽ resettlement
allowance, a crafts festival's stalls) and home addresses in the two-level form of the provinces
after the 2025 merger (village, commune or ward, province)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- places after the 2025 merger ---------------------------------------------------------------
_TH_VILLAGES: _T = ("Thôn 3", "Thôn Xuân Phú", "Thôn Thọ Lộc", "Làng Sao Vàng", "Thôn 7")
_TH_WARDS: _T = ("xã Lam Sơn", "xã Thọ Xuân", "xã Sao Vàng", "xã Ngọc Lặc", "xã Thường Xuân")
_TH_COAST_VILLAGES: _T = ("Khu phố 4", "Thôn Trung Kỳ", "Khu phố Vạn Lộc", "Thôn Minh Thịnh")
_TH_COAST: _T = ("phường Sầm Sơn", "phường Nam Sầm Sơn", "xã Quảng Ngọc", "xã Hoằng Tiến")
_NA_HOMES: _T = ("Xóm 4", "Xóm Yên Lạc", "Bản Xiêng Thù", "Xóm 12", "Khối Trung Hòa")
_NA_WARDS: _T = ("xã Tương Dương", "xã Kỳ Sơn", "xã Con Cuông", "xã Anh Sơn", "xã Nghi Lộc")
_NA_RESETTLE: _T = ("Khu TĐC Hạnh Lâm", "Khu TĐC Thanh Sơn", "Bản Tân Hợp", "Bản Cò Phạt")
_NA_RESETTLE_WARDS: _T = ("xã Hạnh Lâm", "xã Đại Đồng", "xã Thanh Chương", "xã Tam Đồng")
_HT_VILLAGES: _T = ("Thôn Trung Thủy", "Thôn Khe 5", "Thôn Kim Lộc", "Thôn Tây Sơn", "Thôn 3")
_HT_WARDS: _T = ("xã Hương Sơn", "xã Sơn Kim 1", "xã Sơn Tây", "xã Tứ Mỹ", "xã Kim Hoa")
_QT_VILLAGES: _T = ("Thôn Quy Đạt", "Bản Đoòng", "Thôn Cù Lạc", "Thôn Phong Nha", "Thôn 2")
_QT_WARDS: _T = ("xã Phong Nha", "xã Minh Hóa", "xã Tân Hóa", "xã Bố Trạch", "xã Tuyên Hóa")
_QT_FLOOD_WARDS: _T = ("xã Tân Hóa", "xã Minh Hóa", "xã Tuyên Lâm", "xã Lệ Thủy", "xã Cam Hồng")
_HUE_STREETS: _T = ("Kiệt 52 Chi Lăng", "15 Lê Lợi", "Kiệt 7 Kim Long", "Thôn Tây Hồ")
_HUE_STREETS += ("Thôn Sình", "48 Nguyễn Chí Thanh")
_HUE_WARDS: _T = ("phường Phú Xuân", "phường Kim Long", "phường Thuận Hóa", "xã Phú Vang")
_HUE_WARDS += ("phường Hương Trà", "xã Quảng Điền")


def _place(p: Person, units: tuple[_T, ...], salt: int) -> tuple[str, ...]:
    """One home: the same index into each unit list, so a village goes with its commune."""
    k = int(p.bhxh) // (salt * 7 + 3)
    return tuple(unit[k % len(unit)] for unit in units)


def _home(p: Person, village: _T, ward: _T, province: str, salt: int) -> str:
    v, w = _place(p, (village, ward), salt)
    if int(p.bhxh) % 5 == 0:
        return f"{v}, {w.split(' ', 1)[1]}, {province}"
    return f"{v}, {w}, tỉnh {province}" if province != "Huế" else f"{v}, {w}, TP Huế"


def _when(p: Person, months: int) -> str:
    d = p.other_date
    month = d.month - 1 + months
    return f"{_safe_day(d.year + month // 12, month % 12 + 1, d.day):%d/%m/%Y}"


def _card_end(p: Person) -> str:
    d = p.other_date
    return f"{_safe_day(d.year + 2, d.month, d.day):%d-%m-%Y}"


def _went(p: Person) -> str:
    d = p.other_date
    back = 6 + _num(p, 40)
    month = d.month - 1 - back
    left = _safe_day(d.year + month // 12, month % 12 + 1, 1)
    return (
        f"{left:%m/%Y}" if int(p.bhxh) % 3 == 0 else f"{left.replace(day=min(d.day, 28)):%d/%m/%Y}"
    )


# -- Lam Sơn cane contracts ---------------------------------------------------------------------
_CANE: _T = ("ROC22", "KK3", "LK92-11", "Uthong 8", "K95-84", "QĐ93-159")
# -- workers back from Laos ---------------------------------------------------------------------
_LAOS_PLACES: _T = ("Viêng Chăn", "Xiêng Khoảng, bản Phôn Xa Vẳn", "Bô-ly-khăm-xay")
_LAOS_PLACES += ("Luông Pha Băng", "Hủa Phăn, bản Sốp Bâu", "Xay-nha-bu-ly")
_LAOS_JOBS: _T = ("Phụ hồ", "Khai thác gỗ thuê", "Thợ mộc", "Trồng chuối thuê", "Bán hàng")
_BORDER: _T = ("CK Nậm Cắn", "CK Thanh Thủy", "CK Cầu Treo", "Lối mở Tam Hợp", "CK Nậm Cắn")
_XNC: _T = ("Giấy thông hành", "Hộ chiếu", "Không có", "Giấy thông hành", "Hộ chiếu hết hạn")
_NEED: _T = ("Có – học nghề hàn", "Không", "Có – đi XKLĐ Hàn Quốc", "Vay vốn chăn nuôi", "Không")
# -- deer -----------------------------------------------------------------------------------------
_DEER_NOTE: _T = ("", "Nuôi nhốt", "Chuồng mới", "Hộ HTX Hươu Sơn Kim")
# -- ca Huế ---------------------------------------------------------------------------------------
_STAGE_M: _T = ("Minh Mẫn", "Bảo Long", "Văn Tâm", "Hoài Phong")
_STAGE_F: _T = ("Thanh Hương", "Ngọc Lan", "Hồng Nhung", "Kim Cúc", "Minh Thu")
_TROUPES: _T = ("Nhóm Hương Giang", "CLB ca Huế Thiên Mụ", "Nhóm Sông Hương Xanh", "Nhóm Cố Đô")
_HUE_ROLES: _T = ("Ca", "Đàn tranh", "Đàn nguyệt", "Đàn bầu", "Sáo", "Ca", "Trưởng nhóm")
# -- porters ------------------------------------------------------------------------------------
_PORTER: _T = ("Porter", "Porter", "Đầu bếp", "Trưởng nhóm porter", "Hỗ trợ an toàn")
_ROUTES: _T = ("Sơn Đoòng 4N3Đ", "Hang Én 2N1Đ", "Tú Làn 3N2Đ", "Hang Va – Nước Nứt")
_ROUTES += ("Hang Tiên 1N",)
_FIRSTAID: _T = ("WFR", "Sơ cứu cơ bản", "Chưa có", "Sơ cứu cơ bản (Hội CTĐ)")
_BANKS: _T = ("Agribank", "Vietcombank", "BIDV", "LienVietPostBank")
# -- flood kits ---------------------------------------------------------------------------------
_POOR: _T = ("Hộ nghèo", "Cận nghèo", "", "", "Hộ nghèo", "")
_KIT: _T = ("Xuồng composite 6 người", "Áo phao", "Phao tròn + áo phao", "Xuồng tôn")
_KIT += ("Áo phao", "Bộ sơ cứu + đèn pin")
# -- inshore craft ------------------------------------------------------------------------------
_CRAFT: _T = ("Thuyền thúng", "Bè mảng nhựa", "Thúng chai gắn máy", "Mảng luồng", "Thuyền nan")
_GEAR: _T = ("Lưới rê", "Câu tay", "Lưới kéo tôm ven bờ", "Lồng bẫy ghẹ", "Chụp mực")
_ANCHOR: _T = ("Bãi ngang Quảng Tiến", "Bến Trường Lệ", "Lạch Hới", "Bãi Sầm Sơn")
# -- resettlement -------------------------------------------------------------------------------
_ETHNIC: _T = ("Thái", "Khơ Mú", "Ơ Đu", "Thái", "Kinh", "H'Mông")
_OLD_VILLAGES: _T = ("Bản Ang", "Bản Xoóng Con", "Bản Cửa Rào", "Bản Hạt", "Bản Ún")
# -- crafts festival ----------------------------------------------------------------------------
_CRAFT_VILLAGES: _T = ("Nón lá Tây Hồ", "Đúc đồng Phường Đúc", "Hoa giấy Thanh Tiên")
_CRAFT_VILLAGES += ("Tranh làng Sình", "Mộc Mỹ Xuyên", "Thêu Thuận Lộc")
_CRAFT_TITLES: _T = ("Nghệ nhân ưu tú", "Nghệ nhân nhân dân", "Thợ giỏi", "", "Nghệ nhân tỉnh")
_PRODUCTS: _T = ("Nón bài thơ", "Lư đồng, chuông", "Hoa giấy thờ", "Tranh dân gian", "Áo dài thêu")


def _stags(p: Person) -> int:
    return 1 + _num(p, 12)


def _hinds(p: Person) -> int:
    return 1 + int(p.bhxh[-3:]) % 15


def _dec(p: Person, mod: int, scale: int) -> str:
    return f"{_num(p, mod) / scale:.1f}".replace(".", ",")


WRITERS_BLIND230: dict[str, Callable[[Person, Col], object]] = {
    # Lam Sơn cane contracts
    "contract230": lambda p, c: f"HĐ{p.bhxh[-4:]}/2025/MĐLS",
    "village_th230": lambda p, c: _place(p, (_TH_VILLAGES,), 1)[0],
    "ward_th230": lambda p, c: _place(p, (_TH_WARDS,), 1)[0],
    "area230": lambda p, c: _dec(p, 60, 10),
    "cane230": lambda p, c: _pick(p, _CANE, 2),
    "tons230": lambda p, c: 20 + _num(p, 500),
    "advance230": lambda p, c: f"{(5 + _num(p, 95)) * 1_000_000:,}".replace(",", "."),
    "officer230": lambda p, c: _other_vn(p, 3),
    # workers back from Laos
    "addr_na230": lambda p, c: _home(p, _NA_HOMES, _NA_WARDS, "Nghệ An", 2),
    "laos_place230": lambda p, c: _pick(p, _LAOS_PLACES, 3),
    "laos_job230": lambda p, c: _pick(p, _LAOS_JOBS, 4),
    "went230": lambda p, c: _went(p),
    "border230": lambda p, c: _pick(p, _BORDER, 5),
    "xnc230": lambda p, c: _pick(p, _XNC, 6),
    "need230": lambda p, c: _pick(p, _NEED, 7),
    # Hương Sơn deer
    "village_ht230": lambda p, c: _place(p, (_HT_VILLAGES,), 3)[0],
    "ward_ht230": lambda p, c: _place(p, (_HT_WARDS,), 3)[0],
    "herd230": lambda p, c: _stags(p) + _hinds(p) + int(p.bhxh[-5:-3]) % 6,
    "stags230": lambda p, c: _stags(p),
    "hinds230": lambda p, c: _hinds(p),
    "velvet230": lambda p, c: _dec(p, 40, 4),
    "vacc230": lambda p, c: _when(p, -2),
    "farm230": lambda p, c: f"42.HS.{p.bhxh[-5:]}",
    # ca Huế on the river
    "addr_hue230": lambda p, c: _home(p, _HUE_STREETS, _HUE_WARDS, "Huế", 4),
    "stage230": lambda p, c: _by_sex(p, _STAGE_M, _STAGE_F, 2),
    "troupe230": lambda p, c: _pick(p, _TROUPES, 3),
    "boat230": lambda p, c: f"TTH-{p.bhxh[-4:]}" if int(p.bhxh) % 2 else f"HUE-{p.bhxh[-3:]}",
    "hue_role230": lambda p, c: _pick(p, _HUE_ROLES, 4),
    "card230": lambda p, c: f"{p.bhxh[-3:]}/TCH-2025",
    "card_end230": lambda p, c: _card_end(p),
    # cave porters
    "addr_qt230": lambda p, c: _home(p, _QT_VILLAGES, _QT_WARDS, "Quảng Trị", 5),
    "origin230": lambda p, c: _pick(p, ("Quảng Bình", "Tân Trạch, Bố Trạch", "Hà Tĩnh"), 6),
    "porter230": lambda p, c: _pick(p, _PORTER, 2),
    "route230": lambda p, c: _pick(p, _ROUTES, 3),
    "firstaid230": lambda p, c: _pick(p, _FIRSTAID, 4),
    "tours230": lambda p, c: 3 + _num(p, 45),
    "bank230": lambda p, c: f"{_pick(p, _BANKS, 5)} {p.bhxh[::-1]}{p.bhxh[-3:]}",
    "emerg230": lambda p, c: _other_vn(p, 6),
    "emerg_phone230": lambda p, c: _other_phone(p, "03"),
    # flood kits
    "village_qt230": lambda p, c: _place(p, (_QT_VILLAGES,), 7)[0],
    "ward_qt230": lambda p, c: _place(p, (_QT_FLOOD_WARDS,), 7)[0],
    "members230": lambda p, c: 1 + _num(p, 8),
    "poor230": lambda p, c: _pick(p, _POOR, 3),
    "depth230": lambda p, c: _dec(p, 35, 10),
    "kit230": lambda p, c: _pick(p, _KIT, 4),
    "jackets230": lambda p, c: 1 + _num(p, 6),
    "signed230": lambda p, c: _pick(p, ("Đã ký", "Đã nhận", "Ủy quyền con nhận", "Đã ký"), 5),
    # inshore craft
    "addr_th230": lambda p, c: _home(p, _TH_COAST_VILLAGES, _TH_COAST, "Thanh Hóa", 6),
    "craft230": lambda p, c: _pick(p, _CRAFT, 2),
    "length230": lambda p, c: _dec(p, 60, 10),
    "hp230": lambda p, c: _pick(p, ("Không máy", "6", "8", "12", "15"), 3),
    "gear230": lambda p, c: _pick(p, _GEAR, 4),
    "craft_reg230": lambda p, c: f"TH-{p.bhxh[-5:]}-TS",
    "crew230": lambda p, c: _num(p, 4) - 1,
    "anchor230": lambda p, c: _pick(p, _ANCHOR, 5),
    # Bản Vẽ resettlement
    "ethnic230": lambda p, c: _pick(p, _ETHNIC, 2),
    "old_village230": lambda p, c: _pick(p, _OLD_VILLAGES, 3),
    "resettle230": lambda p, c: _place(p, (_NA_RESETTLE,), 8)[0],
    "ward_na230": lambda p, c: _place(p, (_NA_RESETTLE_WARDS,), 8)[0],
    "land230": lambda p, c: f"{(5 + _num(p, 40)) * 100:,}".replace(",", "."),
    "support230": lambda p, c: f"{(1 + _num(p, 9)) * 1_800_000:,}".replace(",", "."),
    "account230": lambda p, c: f"3612{p.bhxh[-9:]}",
    # crafts festival
    "craft_village230": lambda p, c: _pick(p, _CRAFT_VILLAGES, 2),
    "craft_title230": lambda p, c: _pick(p, _CRAFT_TITLES, 3),
    "product230": lambda p, c: _pick(p, _PRODUCTS, 2),
    "booth230": lambda p, c: f"{_pick(p, ('A', 'B', 'C'), 4)}{_num(p, 60):02d}",
    "booth_area230": lambda p, c: _pick(p, ("9", "12", "18"), 5),
    "helper230": lambda p, c: _other_vn(p, 7),
}

__all__ = ["WRITERS_BLIND230"]
