"""How the people of the hundred-and-eighty-ninth part of the outside corpus (**blind 189**,
:mod:`lienthong.quality._corpus_blind189`) are written: the own columns of nine registers of the
Southeast (Bình Dương, Đồng Nai, Bà Rịa–Vũng Tàu, Tây Ninh, Bình Phước) - an industrial-zone
board's employment declaration, an FDI shoe factory's leavers, a trade union's hardship grants, a
boarding-house owner's tenant book, a latex buyer's weighing book, a border post's entry book, a
port's container drivers, a continuing-education centre's worker pupils and a ward police
station's theft reports - with the addresses written in the units before 1 July 2025 and after."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

#: a home in the units before the merger of 1 July 2025: (hamlet or quarter, commune or ward,
#: district or town, province)
_SE_OLD: tuple[_T, ...] = (
    ("Khu phố Bình Minh 1", "phường Dĩ An", "TP. Dĩ An", "tỉnh Bình Dương"),
    ("Tổ 5, khu phố Tân Phước", "phường Tân Bình", "TP. Dĩ An", "tỉnh Bình Dương"),
    ("Ấp 3", "xã Tân Lập", "huyện Đồng Phú", "tỉnh Bình Phước"),
    ("Tổ 2, ấp Sóc Ruộng", "xã Tân Hưng", "huyện Hớn Quản", "tỉnh Bình Phước"),
    ("Ấp Thuận Tây", "xã Lợi Thuận", "huyện Bến Cầu", "tỉnh Tây Ninh"),
    ("Khu phố 2", "phường Long Bình", "TP. Biên Hòa", "tỉnh Đồng Nai"),
    ("Ấp Hưng Long", "xã Hưng Thịnh", "huyện Trảng Bom", "tỉnh Đồng Nai"),
    ("Ấp Phước Hòa", "xã Tân Hòa", "thị xã Phú Mỹ", "tỉnh Bà Rịa - Vũng Tàu"),
)
#: the same places after the merger: (ward or commune, province or city)
_SE_NEW: tuple[tuple[str, str], ...] = (
    ("phường Dĩ An", "TP. Hồ Chí Minh"),
    ("phường Đông Hòa", "TP. Hồ Chí Minh"),
    ("xã Tân Lợi", "tỉnh Đồng Nai"),
    ("xã Tân Hưng", "tỉnh Đồng Nai"),
    ("xã Bến Cầu", "tỉnh Tây Ninh"),
    ("phường Long Bình", "tỉnh Đồng Nai"),
    ("xã Hưng Thịnh", "tỉnh Đồng Nai"),
    ("phường Phú Mỹ", "TP. Hồ Chí Minh"),
)
_FIRMS = (
    ("Công ty TNHH Pouyuen Việt Nam", "KCN Tân Tạo"),
    ("Cty TNHH Kumho Tire VN", "KCN Mỹ Phước 3"),
    ("Công ty TNHH Changshin Việt Nam", "KCN Thạnh Phú"),
    ("Công ty TNHH Hwaseung Vina", "KCN Nhơn Trạch 1"),
    ("Cty TNHH Taekwang Vina", "KCN Biên Hòa 2"),
    ("Cty TNHH Sài Gòn Precision", "KCN VSIP I"),
)
_POSITIONS = (
    "Công nhân may / Sewing operator",
    "Công nhân đóng gói / Packer",
    "QC / Kiểm hàng",
    "Tổ trưởng / Line leader",
    "Thủ kho / Storekeeper",
    "Công nhân cắt / Cutting",
)
_DEPTS = ("Sewing A", "Assembly 2", "Cutting", "Warehouse", "QA/QC", "Stockfit")
_CONTRACTS = (
    "HĐ xác định thời hạn 12 tháng",
    "HĐ không xác định thời hạn",
    "HĐ 36 tháng",
    "HĐ thử việc",
)
_REASONS = (
    "Về quê / Go home town",
    "Hết hạn HĐ / Contract expired",
    "Lý do gia đình / Family reason",
    "Chuyển việc / New job",
    "Sức khỏe / Health",
)
_HARDSHIP = (
    "Bản thân bị tai nạn giao thông, điều trị dài ngày",
    "Con bị bệnh bạch cầu cấp",
    "Chồng mất, nuôi 2 con nhỏ",
    "Nhà trọ bị cháy, mất tài sản",
    "Mẹ bị ung thư giai đoạn cuối",
    "Bản thân mổ tim, nghỉ ốm dài ngày",
)
_ORIGINS = ("Thanh Hóa", "Nghệ An", "Sóc Trăng", "Bạc Liêu", "Trà Vinh", "An Giang", "Quảng Ngãi")
_BANKS = ("Vietinbank", "Agribank", "BIDV", "Vietcombank", "Sacombank")
_LATEX = ("Mủ nước", "Mủ nước", "Mủ đông (mủ chén)", "Mủ dây", "Mủ nước")
_JOBS = ("Buôn bán", "Lái xe", "Làm thuê", "Thu mua nông sản", "Công nhân", "Thợ hồ")
_PURPOSES = (
    "Thăm thân",
    "Thu mua mì (khoai mì)",
    "Làm thuê thu hoạch mía",
    "Kinh doanh tại chợ biên giới",
    "Dự đám cưới người thân",
)
_BORDER_PLACES = (
    "Ấp Bào Mốp, xã Lợi Thuận, huyện Bến Cầu",
    "Ấp Phước Trung, xã Phước Chỉ, thị xã Trảng Bàng",
    "Ấp Tầm Phô, xã Biên Giới, huyện Châu Thành",
    "Ấp Tà Nốt, xã Tân Lập, huyện Tân Biên",
)
_HAULIERS = (
    "Cty CP Vận tải Gemadept",
    "Cty TNHH Logistics Tân Cảng",
    "HTX Vận tải Phú Mỹ",
    "Cty TNHH Vận tải Hoàng Hà",
    "Nhà xe Minh Trí (cá nhân)",
)
_TERMINALS = ("TCIT", "CMIT", "Gemalink", "SSIT", "TCCT", "Tân Cảng Cái Mép")
_PLATES = ("61", "60", "72", "70", "93", "51")
_CLASSES = ("10A1 (tối)", "10A2 (tối)", "11B1 (tối)", "12C1 (CN)")
_SHIFTS = ("Ca 1 (6h-14h)", "Hành chính", "Ca 2 (14h-22h)", "Hành chính")
_ETHNIC = ("Kinh", "Kinh", "Khmer", "Kinh", "Hoa", "Tày", "Kinh")
_BIRTHPLACES = ("Thanh Hóa", "Sóc Trăng", "Nghệ An", "Cà Mau", "Bình Dương", "Đồng Tháp")
_VEHICLES = ("Honda Wave Alpha", "Yamaha Sirius", "Honda Vision", "Honda Air Blade", "Exciter 150")
_SCENES = (
    "Trước cổng Cty Pouyuen, phường Bình Tân, TP. Hồ Chí Minh",
    "Nhà trọ khu phố Nhị Đồng, phường Dĩ An, TP. Hồ Chí Minh",
    "Bãi xe chợ Long Bình, phường Long Bình, Đồng Nai",
    "Quán cà phê đường N4, phường Thuận An, TP. Hồ Chí Minh",
)
_RESULTS = ("Đang xác minh", "Đã chuyển CQĐT", "Tìm lại được, đã trả", "Đang xác minh", "")


def _at(p: Person, salt: int = 3) -> int:
    return int(p.bhxh) // (salt * 7 + 1) % len(_SE_OLD)


def _old_address(p: Person) -> str:
    hamlet, commune, district, province = _SE_OLD[_at(p)]
    return f"{hamlet}, {commune}, {district}, {province}"


def _new_place(p: Person) -> str:
    ward, province = _SE_NEW[_at(p)]
    return f"{p.street}, {ward}, {province}"


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _later(d: date, days: int) -> date:
    return d + timedelta(days=days)


def _plate(p: Person) -> str:
    return (
        f"{_pick(p, _PLATES, 4)}{'BCDFHK'[_num(p, 6) - 1]}{_num(p, 9)}-{p.bhxh[2:5]}.{p.bhxh[5:7]}"
    )


def _kg(p: Person) -> int:
    return 40 + int(p.bhxh[-3:]) % 260


def _drc(p: Person) -> int:
    return 28 + int(p.bhxh[3:5]) % 9


WRITERS_BLIND189: dict[str, Callable[[Person, Col], object]] = {
    # industrial-zone board: an FDI firm's declaration of its workers
    "empid189": lambda p, c: f"PY{p.bhxh[-6:]}",
    "position189": lambda p, c: _pick(p, _POSITIONS, 2),
    "dept189": lambda p, c: _pick(p, _DEPTS, 3),
    "contract_type189": lambda p, c: _pick(p, _CONTRACTS, 4),
    "salary189": lambda p, c: _dotted(4_960_000 + _num(p, 40) * 50_000),
    "firm189": lambda p, c: _pick(p, tuple(f[0] for f in _FIRMS), 5),
    "kcn189": lambda p, c: _pick(p, tuple(f[1] for f in _FIRMS), 5),
    # an FDI shoe factory's leavers
    "emp_code189": lambda p, c: f"{p.bhxh[:2]}{p.bhxh[-5:]}",
    "line189": lambda p, c: f"Line {_num(p, 24):02d}",
    "lastday189": lambda p, c: f"{_later(p.other_date, 30 + _num(p, 200)):%Y-%m-%d}",
    "reason189": lambda p, c: _pick(p, _REASONS, 2),
    "al_days189": lambda p, c: f"{_num(p, 12) - 1},5" if _num(p, 3) == 2 else str(_num(p, 12)),
    "last_pay189": lambda p, c: f"{6_200_000 + _num(p, 80) * 25_000:,}",
    "closed189": lambda p, c: _pick(p, ("Y", "Y", "N", "Y"), 6),
    "returned189": lambda p, c: (
        f"{_later(p.other_date, 60 + _num(p, 200)):%Y-%m-%d}" if _num(p, 4) != 1 else ""
    ),
    # a trade union's hardship grants
    "union_group189": lambda p, c: f"Tổ CĐ {_pick(p, _DEPTS, 3)}",
    "member_card189": lambda p, c: f"ĐV{p.bhxh[1:8]}",
    "hardship189": lambda p, c: _pick(p, _HARDSHIP, 2),
    "grant189": lambda p, c: _pick(p, ("2.000.000", "3.000.000", "1.500.000", "5.000.000"), 3),
    "origin189": lambda p, c: _pick(p, _ORIGINS, 4),
    "bank189": lambda p, c: f"{p.bhxh[:4]} {p.bhxh[4:]} - {_pick(p, _BANKS, 5)}",
    # a boarding-house owner's tenant book (written without diacritics)
    "room189": lambda p, c: f"P{_num(p, 3)}{_num(p, 20):02d}",
    "workplace189": lambda p, c: _pick(
        p, ("Cty Pouyuen", "Cty Kumho", "Cty Changshin", "Tu do"), 2
    ),
    "deposit189": lambda p, c: _pick(p, ("1tr", "1.500.000", "1 thang tien phong", "2tr"), 3),
    "room_rent189": lambda p, c: f"{1_200_000 + _num(p, 12) * 100_000}",
    "meter189": lambda p, c: str(1000 + int(p.bhxh[-4:])),
    "declared189": lambda p, c: _pick(p, ("Co", "Co", "Chua", "Co (VNeID)"), 4),
    "plate189": lambda p, c: _plate(p),
    # a latex buyer's weighing book
    "old_addr189": lambda p, c: _old_address(p),
    "garden189": lambda p, c: f"{_num(p, 9)},{_num(p, 9)}",
    "latex_type189": lambda p, c: _pick(p, _LATEX, 2),
    "latex_kg189": lambda p, c: str(_kg(p)),
    "drc189": lambda p, c: str(_drc(p)),
    "unit_price189": lambda p, c: _pick(p, ("395", "400", "410", "385"), 3),
    "latex_total189": lambda p, c: _dotted(_kg(p) * _drc(p) * 400),
    "weigher189": lambda p, c: _other_vn(p, 7),
    # a border post's book of people entering the border zone
    "job189": lambda p, c: _pick(p, _JOBS, 2),
    "purpose189": lambda p, c: _pick(p, _PURPOSES, 3),
    "dest189": lambda p, c: _pick(p, _BORDER_PLACES, 4),
    "stay_until189": lambda p, c: f"{_later(p.other_date, _num(p, 10)):%d/%m/%Y}",
    "host189": lambda p, c: f"Nhà ông/bà {_other_vn(p, 5)}",
    "officer189": lambda p, c: f"Đ/c {_other_vn(p, 8, True)}",
    # a port's container drivers
    "license189": lambda p, c: f"{p.cccd[:2]}{p.bhxh[-10:]}",
    "lic_exp189": lambda p, c: f"{_shift_date(p.other_date, 4):%d/%m/%Y}",
    "haulier189": lambda p, c: _pick(p, _HAULIERS, 2),
    "tractor189": lambda p, c: f"{_pick(p, _PLATES, 4)}C-{p.bhxh[2:5]}.{p.bhxh[5:7]}",
    "trailer189": lambda p, c: f"{_pick(p, _PLATES, 4)}R-{p.bhxh[6:9]}.{p.bhxh[1:3]}",
    "terminal189": lambda p, c: _pick(p, _TERMINALS, 3),
    "eport189": lambda p, c: f"EP{p.bhxh[-8:]}",
    # a continuing-education centre's worker pupils
    "birthplace189": lambda p, c: _pick(p, _BIRTHPLACES, 6),
    "ethnic189": lambda p, c: _pick(p, _ETHNIC, 2),
    "class189": lambda p, c: _pick(p, _CLASSES, 3),
    "company189": lambda p, c: _pick(p, tuple(f[0] for f in _FIRMS), 4),
    "shift189": lambda p, c: _pick(p, _SHIFTS, 5),
    "fee189": lambda p, c: _pick(p, ("1.200.000", "0 (miễn)", "1.200.000", "600.000"), 2),
    "thcs_year189": lambda p, c: str(min(p.birth.year + 15, 2024)),
    # a ward police station's theft reports
    "received189": lambda p, c: f"{p.updated:%Hh%M} ngày {p.other_date:%d/%m/%Y}",
    "vehicle189": lambda p, c: _pick(p, _VEHICLES, 3),
    "frame189": lambda p, c: f"RLHJA{p.bhxh[:2]}{p.bhxh[-8:]}",
    "engine189": lambda p, c: f"JA{p.bhxh[3:5]}E-{p.bhxh[-7:]}",
    "value189": lambda p, c: _dotted((12 + _num(p, 40)) * 1_000_000),
    "scene189": lambda p, c: _pick(p, _SCENES, 4),
    "result189": lambda p, c: _pick(p, _RESULTS, 5),
    "new_place189": lambda p, c: _new_place(p),
}

__all__ = ["WRITERS_BLIND189"]
