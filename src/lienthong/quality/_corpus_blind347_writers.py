"""How the people of the three-hundred-and-forty-seventh part of the outside corpus (**blind
347**, :mod:`lienthong.quality._corpus_blind347`) are written: addresses of the merged province of
Đồng Nai in the new two-level form (ấp or khu phố, xã or phường, tỉnh Đồng Nai) beside the old
ones still kept in some books (huyện Lộc Ninh, huyện Bù Đăng, tỉnh Bình Phước; huyện Long Thành,
TP. Biên Hòa), S'tiêng and M'nông names with their Điểu and Thị, and the things of cashew gardens,
rubber lots, the Long Thành airport's land clearance, the border belt of Lộc Ninh and the
industrial parks of Biên Hòa."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (ấp, xã or phường) of the merged province, new form
_DN_NEW = (
    ("Ấp 3", "xã Lộc Thạnh"),
    ("Ấp Tà Thiết", "xã Lộc Thành"),
    ("Thôn Bù Kroai", "xã Bù Gia Mập"),
    ("Thôn 4", "xã Đăk Ơ"),
    ("Sóc Bom Bo", "xã Bom Bo"),
    ("Thôn Sơn Lang", "xã Thọ Sơn"),
    ("Ấp Bàu Cạn", "xã Long Phước"),
    ("Khu phố 5", "phường Long Bình"),
    ("Khu phố 2", "phường Trảng Dài"),
    ("Ấp Đất Mới", "xã Phú Riềng"),
    ("Khu phố Phú Thanh", "phường Bình Long"),
    ("Ấp Bến Cam", "xã Nhơn Trạch"),
)
#: (ấp, xã, huyện or thị xã) before the 2025 merger, tỉnh Bình Phước
_BP_OLD = (
    ("ấp 3", "xã Lộc Thạnh", "huyện Lộc Ninh"),
    ("ấp Tà Thiết", "xã Lộc Thịnh", "huyện Lộc Ninh"),
    ("ấp Cần Lê", "xã Lộc Tấn", "huyện Lộc Ninh"),
    ("thôn Bù Kroai", "xã Bù Gia Mập", "huyện Bù Gia Mập"),
    ("thôn 4", "xã Đắk Ơ", "huyện Bù Gia Mập"),
    ("sóc Bom Bo", "xã Bình Minh", "huyện Bù Đăng"),
    ("thôn 10", "xã Đăng Hà", "huyện Bù Đăng"),
    ("khu phố Phú Thanh", "phường Phú Đức", "thị xã Bình Long"),
    ("ấp Phú Lâm", "xã Phú Riềng", "huyện Phú Riềng"),
)
#: (ấp, xã) of huyện Long Thành before the merger, the airport's land
_LT_OLD = (
    ("ấp Bình Lâm", "xã Lộc An"),
    ("ấp 1", "xã Bình Sơn"),
    ("ấp Suối Quít", "xã Cẩm Đường"),
    ("ấp Hàng Gòn", "xã Bình Sơn"),
    ("ấp Bàu Cạn", "xã Bàu Cạn"),
    ("ấp 3", "xã Suối Trầu"),
)
#: home places of Biên Hòa's workers (thôn, xã, tỉnh), after the merger
_HOME_OUT = (
    ("Thôn Đông Hòa", "xã Quảng Yên", "tỉnh Thanh Hóa"),
    ("Xóm 7", "xã Diễn Châu", "tỉnh Nghệ An"),
    ("Thôn Trung Lập", "xã Kiến Xương", "tỉnh Hưng Yên"),
    ("Ấp Mỹ Hòa", "xã Vĩnh Thạnh", "tỉnh Cần Thơ"),
    ("Thôn 2", "xã Ea Kar", "tỉnh Đắk Lắk"),
    ("Khu phố 3", "phường Trảng Dài", "tỉnh Đồng Nai"),
)
_WARDS = (
    "Phường Long Bình",
    "Phường Tam Hiệp",
    "Phường Trấn Biên",
    "Phường Hố Nai",
    "Xã Long Thành",
    "Xã An Phước",
    "Phường Phước Tân",
    "Phường Tam Phước",
)
_STIENG_M = ("Điểu Brông", "Điểu Lanh", "Điểu K'Rai", "Điểu Xiêng", "Điểu Mốc", "Điểu Bình")
_STIENG_F = ("Thị Hlen", "Thị Bích", "Thị Mai", "Điểu Thị Srai", "Thị Huệ", "Điểu Thị Lan")
_KINH_OLD_M = ("Điểu Văn Brông", "Lâm Văn Rai", "Điểu Văn Xiêng", "Nguyễn Văn Lanh")
_KINH_OLD_F = ("Điểu Thị Hlen", "Lâm Thị Mai", "Thị Srai", "Nguyễn Thị Bích")
_OFFICERS = ("Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Trung úy")


def _day(p: Person, year: int) -> str:
    return _safe_day(year, p.birth.month, p.birth.day).strftime("%d/%m/%Y")


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _pick_int(p: Person) -> int:
    return (3, 4, 6)[int(p.bhxh) % 3] * 1_500_000


def _dn_new(p: Person) -> str:
    hamlet, commune = _pick(p, tuple(f"{a}|{b}" for a, b in _DN_NEW), 3).split("|")
    return f"{hamlet}, {commune}, tỉnh Đồng Nai"


def _bp_old(p: Person) -> str:
    hamlet, commune, district = _pick(p, tuple("|".join(t) for t in _BP_OLD), 4).split("|")
    if int(p.bhxh) % 3 == 0:
        district = district.replace("huyện ", "H. ").replace("thị xã ", "TX. ")
        return f"{hamlet}, {commune.replace('xã ', 'X. ')}, {district}, T. Bình Phước"
    return f"{hamlet}, {commune}, {district}, tỉnh Bình Phước"


def _lt_old(p: Person) -> str:
    hamlet, commune = _pick(p, tuple(f"{a}|{b}" for a, b in _LT_OLD), 5).split("|")
    tail = "h. Long Thành, Đồng Nai" if int(p.bhxh) % 2 else "huyện Long Thành, tỉnh Đồng Nai"
    return f"{hamlet}, {commune}, {tail}"


def _home_out(p: Person) -> str:
    return ", ".join(_pick(p, tuple("|".join(t) for t in _HOME_OUT), 6).split("|"))


def _stieng(p: Person) -> str:
    return _by_sex(p, _STIENG_M, _STIENG_F, 7)


def _old_name(p: Person) -> str:
    """The name on the old birth certificate: a Kinh middle name the correction took out."""
    now = _stieng(p)
    given = now.split()[-1]
    if int(p.bhxh) % 4 == 0:
        return _by_sex(p, _KINH_OLD_M, _KINH_OLD_F, 24)
    return (
        f"Điểu Văn {given}"
        if p.male
        else f"Điểu Thị {given}"
        if now.startswith("Thị")
        else f"Thị {given}"
    )


WRITERS_BLIND347: dict[str, Callable[[Person, Col], object]] = {
    # addresses and units
    "dn_new_addr347": lambda p, c: _dn_new(p),
    "bp_old_addr347": lambda p, c: _bp_old(p),
    "lt_old_addr347": lambda p, c: _lt_old(p),
    "home_out_addr347": lambda p, c: _home_out(p),
    "dn_ward347": lambda p, c: _pick(p, _WARDS, 8),
    "stieng_name347": lambda p, c: _stieng(p),
    "sex_lower347": lambda p, c: "nam" if p.male else "nữ",
    # cashew gardens
    "dieu_area347": lambda p, c: f"{_num(p, 40) / 10:.1f}".replace(".", ","),
    "dieu_age347": lambda p, c: f"{1995 + _num(p, 20)}",
    "dieu_variety347": lambda p, c: _pick(p, ("PN1", "AB 05-08", "AB 29", "Điều ghép cao sản"), 9),
    "dieu_seedlings347": lambda p, c: f"{_num(p, 30) * 20}",
    "dieu_method347": lambda p, c: _pick(p, ("Trồng mới", "Ghép cải tạo tán", "Trồng xen"), 10),
    "dieu_staff347": lambda p, c: _other_vn(p, 11),
    # Long Thành airport land clearance
    "lt_household347": lambda p, c: (
        f"LT-{_pick(p, ('BS', 'LA', 'CĐ', 'ST'), 12)}-{_num(p, 900):04d}"
    ),
    "lt_sheet347": lambda p, c: f"{_num(p, 45)}",
    "lt_parcel347": lambda p, c: f"{_num(p, 400) + 10}",
    "lt_area347": lambda p, c: f"{_num(p, 900) * 7 + 120},{_num(p, 9)}",
    "lt_landtype347": lambda p, c: _pick(p, ("ONT+CLN", "CLN", "LUC", "BHK", "ONT"), 13),
    "lt_money347": lambda p, c: _money(_num(p, 900) * 4_350_000 + 18_000_000),
    "lt_resettle347": lambda p, c: (
        f"Lô {_pick(p, ('O', 'N', 'K', 'H'), 14)}{_num(p, 60)} - KTĐC Lộc An - Bình Sơn"
    ),
    "lt_proxy347": lambda p, c: "" if int(p.bhxh) % 3 else _other_vn(p, 15),
    # vocational training of those who lost land
    "tr_trade347": lambda p, c: _pick(
        p,
        (
            "Phục vụ mặt đất hàng không",
            "Điện công nghiệp",
            "Hàn điện",
            "Logistics",
            "May công nghiệp",
            "Kỹ thuật chế biến món ăn",
        ),
        16,
    ),
    "tr_school347": lambda p, c: _pick(
        p, ("Trường CĐ Lilama 2", "Trường CĐ Công nghệ cao Đồng Nai", "TT GDNN-GDTX Long Thành"), 17
    ),
    "tr_level347": lambda p, c: _pick(p, ("Sơ cấp", "Trung cấp", "Cao đẳng", "Dưới 3 tháng"), 18),
    "tr_support347": lambda p, c: _money(_pick_int(p)),
    # S'tiêng language class for officers
    "rank347": lambda p, c: _pick(p, _OFFICERS, 20),
    "unit347": lambda p, c: _pick(
        p,
        (
            "Đồn BP CKQT Hoa Lư",
            "Đồn BP Lộc Thạnh",
            "Đồn BP Tân Tiến",
            "Công an xã Lộc Tấn",
            "Đồn BP Đắk Ơ",
        ),
        21,
    ),
    "post347": lambda p, c: _pick(
        p, ("Đội trưởng Đội VĐQC", "Cán bộ trinh sát", "Nhân viên", "Phó Đồn trưởng"), 22
    ),
    "score347": lambda p, c: f"{5 + _num(p, 50) / 10:.1f}",
    "result347": lambda p, c: _pick(p, ("Đạt", "Khá", "Giỏi", "Không đạt"), 23),
    # name corrections of S'tiêng and M'nông people
    "old_name347": lambda p, c: _old_name(p),
    "ethnic347": lambda p, c: _pick(p, ("S'tiêng", "M'nông", "Xtiêng", "Mnông", "Khmer"), 25),
    "birthcert347": lambda p, c: f"{_num(p, 90)}/{1985 + _num(p, 30)}",
    "reason347": lambda p, c: _pick(
        p,
        (
            "Cải chính họ tên theo tiếng dân tộc",
            "Xác định lại dân tộc theo mẹ",
            "Bổ sung tên đệm",
            "Thống nhất họ tên với giấy khai sinh",
        ),
        26,
    ),
    # occupational health of industrial park workers
    "oh_company347": lambda p, c: _pick(
        p,
        (
            "Cty TNHH Giày da Tân Phú",
            "Cty CP Thép Biên Hòa",
            "Cty TNHH Dệt nhuộm Long Bình",
            "Cty TNHH MTV Gỗ Trấn Biên",
        ),
        27,
    ),
    "oh_kcn347": lambda p, c: _pick(
        p, ("KCN Biên Hòa 1", "KCN Biên Hòa 2", "KCN Amata", "KCN Loteco"), 28
    ),
    "oh_hazard347": lambda p, c: _pick(
        p, ("Tiếng ồn", "Bụi silic", "Dung môi (toluen)", "Bụi bông"), 29
    ),
    "oh_class347": lambda p, c: _pick(p, ("I", "II", "II", "III", "IV"), 30),
    "oh_finding347": lambda p, c: _pick(
        p, ("Bình thường", "Nghi điếc nghề nghiệp", "Theo dõi bụi phổi", "Giảm thính lực nhẹ"), 31
    ),
    "employee_no347": lambda p, c: f"NV{_num(p, 9000):05d}",
    # workers' children at an independent crèche
    "child_name347": lambda p, c: _other_vn(p, 32, family=p.family),
    "child_birth347": lambda p, c: _day(p, 2021 + _num(p, 4)),
    "creche347": lambda p, c: _pick(
        p,
        ("Nhóm trẻ Hoa Sen", "Nhóm trẻ Tuổi Thơ KP5", "Nhóm trẻ Bông Mai", "Lớp MN Ánh Dương"),
        33,
    ),
    "shift347": lambda p, c: _pick(p, ("Ca 1", "Ca 2", "HC", "Ca 3"), 34),
    "fee347": lambda p, c: _pick(p, ("1.200.000", "1.500.000", "950.000"), 35),
    "spouse_phone347": lambda p, c: _other_phone(p, "03"),
    # border belt of Lộc Ninh
    "bb_purpose347": lambda p, c: _pick(
        p, ("Cạo mủ thuê", "Thu hoạch điều", "Thăm thân", "Làm rẫy", "Sửa chữa nhà"), 36
    ),
    "bb_place347": lambda p, c: _pick(
        p, ("Lô 12 NT Lộc Thạnh", "Ấp Tà Nốt", "Ấp Chà Là, cột mốc 56", "Rẫy ông Sáu, ấp 3"), 37
    ),
    "bb_host347": lambda p, c: _other_vn(p, 38),
    "bb_plate347": lambda p, c: (
        f"93{_pick(p, ('H1', 'E1', 'K1', 'B2'), 39)}-{_num(p, 899) + 100}.{_num(p, 89) + 10}"
    ),
    "bb_days347": lambda p, c: f"{_num(p, 30)}",
    # rubber tapping class for smallholders
    "rb_clone347": lambda p, c: _pick(p, ("RRIV 124", "RRIV 209", "PB 260", "GT1", "RRIM 600"), 40),
    "rb_trees347": lambda p, c: f"{_num(p, 80) * 25 + 300}",
    "rb_system347": lambda p, c: _pick(p, ("S/2 d3", "S/2 d4 6d/7", "S/3 d3", "S/2 d2"), 41),
    "rb_year347": lambda p, c: f"{2005 + _num(p, 15)}",
    "rb_group347": lambda p, c: f"Tổ {_num(p, 12)}",
}
