"""How the people of the two-hundred-and-ninety-third part of the outside corpus (**blind 293**,
:mod:`lienthong.quality._corpus_blind293`) are written: the new Tây Ninh province after the 2025
merger (the former Tây Ninh of the Cao Đài Holy See and Bà Đen mountain, the former Long An of
Tân An and the Đồng Tháp Mười plain), its Khmer and Chăm names beside Kinh ones, and its homes
written both the old way (``ấp …, xã …, huyện …, tỉnh Long An``) and the new two-level way
(``ấp …, xã …, tỉnh Tây Ninh``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_people import _ascii, _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# (hamlet or street, old commune, old district, old province, new commune or ward)
_TN_PLACES = (
    ("Khu phố 1", "Phường 1", "TP Tây Ninh", "tỉnh Tây Ninh", "phường Tân Ninh"),
    (
        "Khu phố Long Trung",
        "phường Long Thành Trung",
        "TX Hòa Thành",
        "tỉnh Tây Ninh",
        "phường Long Hoa",
    ),
    ("Ấp Ninh Trung", "xã Ninh Sơn", "TP Tây Ninh", "tỉnh Tây Ninh", "phường Ninh Thạnh"),
    ("Ấp Suối Dầm", "xã Suối Dây", "huyện Tân Châu", "tỉnh Tây Ninh", "xã Tân Thành"),
    ("Ấp Thạnh Hiệp", "xã Thạnh Bắc", "huyện Tân Biên", "tỉnh Tây Ninh", "xã Thạnh Bình"),
    ("Khu phố Gia Huỳnh", "phường Gia Bình", "TX Trảng Bàng", "tỉnh Tây Ninh", "phường Gia Lộc"),
    ("Số 14 Hùng Vương", "Phường 2", "TP Tân An", "tỉnh Long An", "phường Long An"),
    ("Ấp Bình Nam", "xã Hướng Thọ Phú", "TP Tân An", "tỉnh Long An", "phường Tân An"),
    ("Ấp Gò Ân", "xã Hưng Điền A", "huyện Vĩnh Hưng", "tỉnh Long An", "xã Vĩnh Hưng"),
    ("Ấp Tân Hòa", "xã Vĩnh Lợi", "huyện Tân Hưng", "tỉnh Long An", "xã Tân Hưng"),
    ("Ấp 4", "xã Tân Thành", "huyện Mộc Hóa", "tỉnh Long An", "xã Bình Hòa"),
    ("Ấp Cầu Xây", "xã Long Hựu Đông", "huyện Cần Đước", "tỉnh Long An", "xã Cần Đước"),
)
_CHAM_PLACES = (
    ("Ấp Suối Dầm", "xã Suối Dây", "huyện Tân Châu", "tỉnh Tây Ninh", "xã Tân Thành"),
    ("Khu phố 3", "phường Long Hoa", "TX Hòa Thành", "tỉnh Tây Ninh", "phường Long Hoa"),
    ("Ấp Chăm", "xã Trường Hòa", "TX Hòa Thành", "tỉnh Tây Ninh", "xã Long Hòa"),
)
_KHMER_PLACES = (
    ("Ấp Hòa Bình", "xã Hòa Hiệp", "huyện Tân Biên", "tỉnh Tây Ninh", "xã Hòa Hiệp"),
    ("Ấp Bến Cầu", "xã Ninh Điền", "huyện Châu Thành", "tỉnh Tây Ninh", "xã Ninh Điền"),
    ("Ấp Tân Đông", "xã Tân Lập", "huyện Tân Biên", "tỉnh Tây Ninh", "xã Tân Lập"),
)

_KINH_FAMILY = ("Nguyễn", "Trần", "Lê", "Võ", "Huỳnh", "Phạm", "Đặng", "Dương", "Trương")
_KHMER_FAMILY = ("Thạch", "Danh", "Lâm", "Sơn", "Kim", "Chau", "Néang", "Trà")
_KHMER_M = ("Sa Rươne", "Sóc Khum", "Ni", "Sa Mon", "Phol", "Chăn Thu", "Sà Rết")
_KHMER_F = ("Thị Sa Ri", "Thị Sa Rây", "Thị Mỹ Linh", "Thị Sóc Phia", "Thị Đa Ra", "Thị Ni")
_CHAM_M = ("Mohamad", "Ismail", "Abdul Ra Him", "Ha Ru", "Yousof", "Musa", "Sa Ma Ly")
_CHAM_F = ("Fatimah", "Ma Ri Dah", "Sa Phi Yah", "Ha Lis", "Kho Di Jah", "Ro Ky Ah")
_CHAM_FAMILY = ("Sa", "Mát", "Ly", "Ka", "Ha", "Mohamad")

# -- Cao Đài adepts entering the faith at a parish -------------------------------------------------
_CD_PARISH = (
    "Họ đạo Long Thành",
    "Họ đạo Trường Hòa",
    "Họ đạo Ninh Thạnh",
    "Họ đạo Tân An",
    "Họ đạo Châu Thành (Long An)",
    "Thánh thất Trảng Bàng",
)
_CD_RANK = ("Đạo hữu", "Đạo hữu", "Đạo hữu", "Chức việc - Phó trị sự", "Chức việc - Thông sự")
_CD_FAST = ("Trai kỳ 6 ngày", "Trai kỳ 10 ngày", "Trường trai", "Trai kỳ 10 ngày")
_CD_STATUS = ("Đã nhập môn", "Đã cấp sớ cầu đạo", "Chờ Khâm châu duyệt", "Đã nhập môn")
# -- Cao Đài: adepts of other provinces lodging at the Holy See for the Hội Yến Diêu Trì Cung ------
_LY_GROUP = (
    "Họ đạo Bàn Cờ (TP.HCM)",
    "Họ đạo Gò Vấp (TP.HCM)",
    "Họ đạo Chợ Lớn (TP.HCM)",
    "Thánh thất Thủ Đức",
    "Họ đạo Bình Chánh",
)
_LY_ROOM = ("Đồng Cư dãy A", "Đồng Cư dãy B", "Nhà khách Trung ương", "Nhà khách Phước Thiện")
_LY_MEAL = ("Cơm chay 3 buổi", "Cơm chay 2 buổi", "Tự túc")
# -- Bà Đen mountain: kiosks moved off the foot of the mountain -----------------------------------
_BD_OLD_SPOT = (
    "Chân núi - đường lên chùa Bà",
    "Bãi xe Hòa Bình",
    "Đường Lộc Thanh",
    "Cửa ga cáp treo Vân Sơn",
    "Khu Ma Thiên Lãnh",
)
_BD_GOODS = (
    "Ăn uống",
    "Bánh tráng, muối tôm",
    "Nhang đèn, đồ lễ",
    "Mãng cầu, trái cây",
    "Lưu niệm",
)
_BD_RESULT = ("Đã bốc thăm", "Đã nhận mặt bằng", "Đã ký HĐ", "Khiếu nại", "Chưa nhận")
# -- Láng Sen wetland: harvesting permits --------------------------------------------------------
_LS_WHAT = ("Bong sung", "Ca dong tu nhien (luoi)", "Bong dien dien", "Luc binh", "Oc buou")
_LS_GEAR = ("Xuong ba la", "Vo 1 nguoi", "Luoi ben 30m", "Lop", "Tay")
_LS_ZONE = ("Phan khu phuc hoi sinh thai", "Vung dem", "Kenh Ba Tho", "Kenh T5", "Cong Cai Da")
_LS_STATUS = ("Con han", "Con han", "Het han", "Thu hoi - vi pham", "Gia han")
# -- Đồng Tháp Mười: paddy dryers checked for fire safety and smoke --------------------------------
_DRY_KIND = ("Lò sấy vỉ ngang", "Lò sấy tháp", "Lò sấy vỉ ngang đảo chiều", "Lò sấy vỉ ngang")
_DRY_FUEL = ("Trấu", "Trấu", "Trấu viên", "Củi tràm + trấu", "Điện + trấu")
_DRY_RESULT = (
    "Đạt",
    "Đạt",
    "Đạt - bổ sung bình CC",
    "Không đạt - ống khói thấp",
    "Hẹn kiểm tra lại",
)
_DRY_PLACE = ("Bờ kênh Dương Văn Dương", "Kênh 79", "Kênh Bảy Thước", "Bến ghe ấp 3", "Kênh 12")
# -- Khmer boarding pupils in Tân Biên ------------------------------------------------------------
_KH_SCHOOL = (
    "Trường PT Dân tộc nội trú tỉnh Tây Ninh",
    "THCS Hòa Hiệp",
    "THPT Lê Hồng Phong (Tân Biên)",
    "THCS Ninh Điền",
)
_KH_KIND = ("Học bổng chính sách", "Hỗ trợ tiền ăn", "Hỗ trợ nhà ở", "Miễn học phí")
_KH_BANK = ("Agribank CN Tân Biên", "Tiền mặt", "VBSP Tân Biên", "Agribank CN Châu Thành")
# -- Chăm Qurban meat at the mosques --------------------------------------------------------------
_QB_MOSQUE = (
    "Masjid Jamiul Islamiyah (Suối Dây)",
    "Masjid Al-Ihsan (Hòa Thành)",
    "Masjid Nurul Islam (Tân Châu)",
)
_QB_PORTION = ("2 kg", "1,5 kg", "3 kg", "2 kg")
_QB_KIND = ("Hộ nghèo", "Hộ cận nghèo", "Người già neo đơn", "Hộ khó khăn", "Hộ thường")
# -- Pensioners moved to a new pay point after the merger ------------------------------------------
_PN_KIND = ("Hưu trí", "Hưu trí", "Mất sức LĐ", "Tai nạn LĐ", "Tuất hằng tháng", "Trợ cấp 613")
_PN_OLD_POINT = (
    "Điểm chi BĐ xã Thạnh Bắc",
    "Điểm chi UBND xã Vĩnh Lợi",
    "BĐVHX Hướng Thọ Phú",
    "Điểm chi BĐ Phường 2 Tân An",
    "BĐVHX Suối Dây",
)
_PN_NEW_POINT = (
    "Bưu cục Tân Biên",
    "Bưu cục Tân Hưng",
    "Bưu cục Long An",
    "Điểm chi Trung tâm PVHCC xã",
    "Bưu cục Tân Châu",
)
# -- Bà Đen custard apple growers using the geographic indication ---------------------------------
_MC_KIND = ("Mãng cầu ta (dai)", "Mãng cầu ta (bở)", "Mãng cầu lai")
_MC_STATUS = ("Được cấp quyền", "Được cấp quyền", "Bổ sung nhật ký", "Tạm đình chỉ", "Gia hạn")
_MC_BUYER = ("HTX Mãng cầu Bà Đen", "Cty CP Nông sản Tây Ninh", "Vựa Tám Hùng", "Tự tiêu thụ")


_Places = tuple[tuple[str, str, str, str, str], ...]


def _place(p: Person, table: _Places = _TN_PLACES) -> tuple[str, str, str, str, str]:
    return table[int(p.bhxh) // 13 % len(table)]


def _old(p: Person, table: _Places = _TN_PLACES) -> str:
    hamlet, commune, district, province, _ = _place(p, table)
    return f"{hamlet}, {commune}, {district}, {province}"


def _new(p: Person, table: _Places = _TN_PLACES) -> str:
    hamlet, _, _, _, new = _place(p, table)
    return f"{hamlet}, {new}, tỉnh Tây Ninh"


def _either(p: Person, table: _Places = _TN_PLACES) -> str:
    """Old three-level or new two-level: clerks still mix them."""
    return _old(p, table) if int(p.bhxh) % 3 == 0 else _new(p, table)


def _khmer(p: Person) -> str:
    family = _pick(p, _KHMER_FAMILY, 2)
    return f"{family} {_by_sex(p, _KHMER_M, _KHMER_F, 3)}"


def _cham(p: Person) -> str:
    return f"{_pick(p, _CHAM_FAMILY, 4)} {_by_sex(p, _CHAM_M, _CHAM_F, 5)}"


def _pupil_birth(p: Person) -> date:
    return _safe_day(2008 + int(p.bhxh) % 7, p.birth.month, p.birth.day)


def _grade(p: Person) -> str:
    """The pupil's class: grade 6 at eleven, ``A`` classes in lower and ``C`` in upper secondary."""
    grade = min(12, max(6, 2025 - _pupil_birth(p).year - 5))
    return f"{grade}{'A' if grade < 10 else 'C'}{_num(p, 4)}"


WRITERS_BLIND293: dict[str, Callable[[Person, Col], object]] = {
    # Cao Đài: entering the faith
    "cd_parish293": lambda p, c: _pick(p, _CD_PARISH, 2),
    "cd_sponsor293": lambda p, c: f"ĐH {_other_vn(p, 3)}",
    "cd_rank293": lambda p, c: _pick(p, _CD_RANK, 4),
    "cd_fast293": lambda p, c: _pick(p, _CD_FAST, 5),
    "cd_no293": lambda p, c: f"{_num(p, 400):03d}/SCĐ-{p.bhxh[-2:]}",
    "cd_status293": lambda p, c: _pick(p, _CD_STATUS, 6),
    "cd_addr293": lambda p, c: _either(p),
    # Cao Đài festival lodging
    "ly_group293": lambda p, c: _pick(p, _LY_GROUP, 2),
    "ly_leader293": lambda p, c: f"CTS {_other_vn(p, 8)}",
    "ly_size293": lambda p, c: _num(p, 45) + 5,
    "ly_room293": lambda p, c: f"{_pick(p, _LY_ROOM, 3)} - P.{_num(p, 30)}",
    "ly_leave293": lambda p, c: _written(p.other_date + timedelta(days=2), c.date_format),
    "ly_meal293": lambda p, c: _pick(p, _LY_MEAL, 4),
    "ly_bus293": lambda p, c: f"51B-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}",
    # Bà Đen kiosks
    "bd_old293": lambda p, c: _pick(p, _BD_OLD_SPOT, 2),
    "bd_stall293": lambda p, c: f"Lô {_pick(p, ('A', 'B', 'C', 'D'), 3)}-{_num(p, 60):02d}",
    "bd_goods293": lambda p, c: _pick(p, _BD_GOODS, 4),
    "bd_area293": lambda p, c: f"{_num(p, 12) + 3},{_num(p, 9)}",
    "bd_support293": lambda p, c: f"{_num(p, 40) * 500_000:,}".replace(",", "."),
    "bd_result293": lambda p, c: _pick(p, _BD_RESULT, 5),
    "bd_hkd293": lambda p, c: f"45D8{p.bhxh[-6:]}",
    "bd_addr293": lambda p, c: _new(p, _TN_PLACES[:6]),
    # Láng Sen wetland permits
    "ls_name293": lambda p, c: _ascii(p.full),
    "ls_addr293": lambda p, c: _ascii(_either(p, _TN_PLACES[8:11])),
    "ls_what293": lambda p, c: _pick(p, _LS_WHAT, 2),
    "ls_gear293": lambda p, c: _pick(p, _LS_GEAR, 3),
    "ls_zone293": lambda p, c: _pick(p, _LS_ZONE, 4),
    "ls_permit293": lambda p, c: f"{_num(p, 300)}/GP-BQL.LS",
    "ls_fee293": lambda p, c: f"{_num(p, 6) * 50000}",
    "ls_status293": lambda p, c: _pick(p, _LS_STATUS, 5),
    "ls_mate293": lambda p, c: _ascii(_other_vn(p, 6)),
    # Đồng Tháp Mười paddy dryers
    "dry_kind293": lambda p, c: _pick(p, _DRY_KIND, 2),
    "dry_count293": lambda p, c: _num(p, 6),
    "dry_cap293": lambda p, c: f"{_num(p, 5) * 10 + 10} tấn/mẻ",
    "dry_fuel293": lambda p, c: _pick(p, _DRY_FUEL, 3),
    "dry_place293": lambda p, c: f"{_pick(p, _DRY_PLACE, 4)}, {_place(p, _TN_PLACES[8:11])[4]}",
    "dry_result293": lambda p, c: _pick(p, _DRY_RESULT, 5),
    "dry_officer293": lambda p, c: f"Đ/c {_other_vn(p, 7)} (CA xã)",
    "dry_addr293": lambda p, c: _either(p, _TN_PLACES[8:11]),
    "dry_workers293": lambda p, c: _num(p, 12) + 2,
    # Khmer boarding pupils
    "kh_name293": lambda p, c: _khmer(p),
    "ethnic293": lambda p, c: _pick(p, ("Khmer", "Khmer", "Khơ-me", "Khmer", "Kinh"), 7),
    "kh_birth293": lambda p, c: _written(_pupil_birth(p), c.date_format),
    "kh_cccd293": lambda p, c: _cccd_of(p, p.male, _pupil_birth(p).year),
    "kh_addr293": lambda p, c: _either(p, _KHMER_PLACES),
    "kh_school293": lambda p, c: _pick(p, _KH_SCHOOL, 2),
    "kh_grade293": lambda p, c: _grade(p),
    "kh_kind293": lambda p, c: _pick(p, _KH_KIND, 4),
    "kh_amount293": lambda p, c: f"{(_num(p, 8) + 4) * 234_000:,}".replace(",", "."),
    "kh_parent293": lambda p, c: f"{_pick(p, _KHMER_FAMILY, 2)} {_pick(p, _KHMER_M, 6)}",
    "kh_parent_phone293": lambda p, c: _other_phone(p, "037"),
    "kh_bank293": lambda p, c: _pick(p, _KH_BANK, 5),
    # Chăm Qurban
    "qb_name293": lambda p, c: _cham(p),
    "qb_addr293": lambda p, c: _either(p, _CHAM_PLACES),
    "qb_mosque293": lambda p, c: _pick(p, _QB_MOSQUE, 2),
    "qb_members293": lambda p, c: _num(p, 8) + 1,
    "qb_kind293": lambda p, c: _pick(p, _QB_KIND, 3),
    "qb_portion293": lambda p, c: _pick(p, _QB_PORTION, 4),
    "qb_hakim293": lambda p, c: f"Hakim {_pick(p, _CHAM_FAMILY, 5)} {_pick(p, _CHAM_M, 6)}",
    "qb_slip293": lambda p, c: f"QB26-{_num(p, 500):03d}",
    # pensioners' new pay point
    "pn_book293": lambda p, c: f"72{p.bhxh[-8:]}",
    "pn_kind293": lambda p, c: _pick(p, _PN_KIND, 2),
    "pn_amount293": lambda p, c: f"{(_num(p, 90) + 30) * 123_400:,}".replace(",", "."),
    "pn_old_addr293": lambda p, c: _old(p),
    "pn_new_addr293": lambda p, c: _new(p),
    "pn_old_point293": lambda p, c: _pick(p, _PN_OLD_POINT, 3),
    "pn_new_point293": lambda p, c: _pick(p, _PN_NEW_POINT, 4),
    "pn_proxy293": lambda p, c: "" if int(p.bhxh) % 3 else _other_vn(p, 5),
    # custard apple growers
    "mc_old_addr293": lambda p, c: _old(p, _TN_PLACES[:6]),
    "mc_ward293": lambda p, c: _place(p, _TN_PLACES[:6])[4],
    "mc_plot293": lambda p, c: f"Tờ {_num(p, 40)} - thửa {_num(p, 900)}",
    "mc_area293": lambda p, c: f"{_num(p, 30) * 1000 + 500}",
    "mc_trees293": lambda p, c: _num(p, 800) + 100,
    "mc_kind293": lambda p, c: _pick(p, _MC_KIND, 2),
    "mc_code293": lambda p, c: f"VN-TNTN-{_num(p, 900):04d}",
    "mc_buyer293": lambda p, c: _pick(p, _MC_BUYER, 3),
    "mc_status293": lambda p, c: _pick(p, _MC_STATUS, 4),
}

__all__ = ["WRITERS_BLIND293"]
