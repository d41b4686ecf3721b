"""How the people of the three-hundred-and-forty-eighth part of the outside corpus (**blind 348**,
:mod:`lienthong.quality._corpus_blind348`) are written: names of Xơ Đăng, Ba Na, Hrê and Gia Rai
villagers of the merged province of Quảng Ngãi (``A``/``Y`` before a Xơ Đăng or Ba Na name,
``Đinh``/``Phạm`` for the Hrê, ``Rơ Mah``/``Siu``/``Ksor`` with ``H'`` for Gia Rai women), new
wards, communes and the Lý Sơn special zone after the 2025 merger beside old addresses with their
huyện and tỉnh Kon Tum, villages, ginseng plots, forest lots, refinery units, fishing boats."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_XD_M = ("A Thiết", "A Phiên", "A Tuấn", "A Quyết", "A Rin", "A Khoa", "A Vương", "A Blong")
_XD_F = ("Y Hoa", "Y Lan", "Y Bích", "Y Mai", "Y Thoan", "Y Sương", "Y Nhiên", "Y Vi")
_BN_M = ("A Hmin", "A Thuy", "A Blưh", "A Đel", "A Nhơk", "A Byưh", "A Kiên")
_BN_F = ("Y Ngọc", "Y Hrui", "Y Blêr", "Y Nhiêu", "Y Đơk", "Y Sao", "Y Khuyên")
_HRE_FAM = ("Đinh", "Phạm", "Đinh", "Đinh", "Phạm", "Đinh")
_HRE_M = ("Văn Ngọc", "Văn Bảy", "Văn Hùng", "Văn Lìa", "Văn Trương", "Văn Nhanh")
_HRE_F = ("Thị Hằng", "Thị Lệ", "Thị Bốn", "Thị Ngà", "Thị Kim", "Thị Hiếu")
_GR_FAM = ("Rơ Mah", "Siu", "Ksor", "Rơ Châm", "Nay", "Kpă", "Rah Lan")
_GR_M = ("Thuyên", "Bơn", "Phi", "Tuấn", "Djuih", "Khăm", "Ly")
_GR_F = ("H'Nhung", "H'Blơi", "H'Yuen", "H'Ly", "H'Lim", "H'Ngăn", "H'Byă")
_XD_VILLAGES = (
    ("thôn Tu Dí", "xã Ngọc Linh", "thôn Tu Dí, xã Ngọc Linh, huyện Đăk Glei, tỉnh Kon Tum"),
    ("thôn Lê Văng", "xã Ngọc Linh", "thôn Lê Văng, xã Ngọc Linh, huyện Đăk Glei, tỉnh Kon Tum"),
    ("thôn Mô Pả", "xã Măng Ri", "thôn Mô Pả, xã Tê Xăng, huyện Tu Mơ Rông, tỉnh Kon Tum"),
    ("thôn Long Hy", "xã Măng Ri", "thôn Long Hy, xã Măng Ri, huyện Tu Mơ Rông, tỉnh Kon Tum"),
    ("thôn Đăk Dót", "xã Đăk Plô", "thôn Đăk Dót, xã Đăk Nhoong, huyện Đăk Glei, tỉnh Kon Tum"),
    ("thôn Xốp Dùi", "xã Xốp", "thôn Xốp Dùi, xã Xốp, huyện Đăk Glei, tỉnh Kon Tum"),
)
_BN_VILLAGES = (
    ("làng Kon Klor", "phường Kon Tum", "tổ 3, phường Thắng Lợi, thành phố Kon Tum, tỉnh Kon Tum"),
    ("làng Plei Tơ Nghia", "phường Kon Tum", "tổ 6, phường Quang Trung, TP Kon Tum, tỉnh Kon Tum"),
    (
        "làng Kon Rờ Bàng 1",
        "xã Ngọk Bay",
        "làng Kon Rờ Bàng 1, xã Vinh Quang, TP Kon Tum, t. Kon Tum",
    ),
    (
        "làng Kon Tum Kơ Nâm",
        "phường Đăk Bla",
        "tổ 2, phường Lê Lợi, thành phố Kon Tum, tỉnh Kon Tum",
    ),
    (
        "làng Plei Kroong",
        "phường Đăk Cấm",
        "làng Plei Kroong, xã Đăk Cấm, TP Kon Tum, tỉnh Kon Tum",
    ),
)
_HRE_PLACES = (
    "thôn Gò Nghênh, xã Ba Tơ, tỉnh Quảng Ngãi",
    "thôn Làng Xi 1, xã Ba Vì, tỉnh Quảng Ngãi",
    "thôn Mang Lùng 1, xã Ba Tơ, tỉnh Quảng Ngãi",
    "thôn Huy Ba 2, xã Minh Long, tỉnh Quảng Ngãi",
    "thôn Nước Lô, xã Sơn Hà, tỉnh Quảng Ngãi",
    "thôn Tà Pa, xã Ba Gia, tỉnh Quảng Ngãi",
)
_GR_PLACES = (
    "làng Ia Đal, xã Ia Đal, tỉnh Quảng Ngãi",
    "thôn 1, xã Ia Tơi, tỉnh Quảng Ngãi",
    "làng Le, xã Mô Rai, huyện Sa Thầy, tỉnh Kon Tum",
    "làng Rờ Kơi, xã Rờ Kơi, tỉnh Quảng Ngãi",
    "thôn 2, xã Ia Dom, huyện Ia H'Drai, tỉnh Kon Tum",
    "làng Kà Bầy, xã Sa Thầy, tỉnh Quảng Ngãi",
)
_QN_HOMES = (
    "thôn Tây Lộc Thượng, xã Bình Sơn, tỉnh Quảng Ngãi",
    "tổ dân phố Vạn Tường, xã Vạn Tường, tỉnh Quảng Ngãi",
    "45 Lê Trung Đình, phường Cẩm Thành, tỉnh Quảng Ngãi",
    "12/4 Quang Trung, phường Nghĩa Lộ, tỉnh Quảng Ngãi",
    "thôn Đông Yên, xã Đông Sơn, tỉnh Quảng Ngãi",
    "218 Phan Đình Phùng, phường Trương Quang Trọng, tỉnh Quảng Ngãi",
    "KDC Vạn Tường, xã Bình Thuận, huyện Bình Sơn, tỉnh Quảng Ngãi",
    "tổ 5, phường Trần Phú, thành phố Quảng Ngãi, tỉnh Quảng Ngãi",
)
_LS_NEW = (
    "thôn Đông, đặc khu Lý Sơn, tỉnh Quảng Ngãi",
    "thôn Tây, đặc khu Lý Sơn, tỉnh Quảng Ngãi",
    "thôn Bắc, đặc khu Lý Sơn, tỉnh Quảng Ngãi",
    "thôn Trung Hòa, đặc khu Lý Sơn, tỉnh Quảng Ngãi",
    "thôn Tây An Vĩnh, đặc khu Lý Sơn, tỉnh Quảng Ngãi",
)
_LS_OLD = (
    "Thôn Đông, xã An Hải, huyện Lý Sơn, tỉnh Quảng Ngãi",
    "Thôn Tây, xã An Vĩnh, huyện Lý Sơn, tỉnh Quảng Ngãi",
    "Thôn Bắc, xã An Vĩnh, H. Lý Sơn, T. Quảng Ngãi",
    "Thôn Tây, xã An Hải, huyện Lý Sơn, tỉnh Quảng Ngãi",
    "Thôn Bắc, xã An Bình, huyện Lý Sơn, tỉnh Quảng Ngãi",
)
_BSR_UNITS = (
    "Xưởng Công nghệ 1 (CDU/RFCC)",
    "Xưởng Công nghệ 2 (NHT/CCR)",
    "Xưởng Năng lượng & Phụ trợ",
    "Xưởng Xuất sản phẩm & Cảng",
    "Phòng An toàn - Môi trường",
    "Xưởng Bảo dưỡng Cơ khí",
)
_BSR_PICKUP = (
    "Ngã ba Bình Long - tuyến 1",
    "Bến xe Quảng Ngãi - tuyến 2",
    "UBND xã Vạn Tường - tuyến 3",
    "Cầu Trà Khúc 2 - tuyến 2",
    "Chợ Châu Ổ - tuyến 1",
)
_CONTRACTORS = (
    "Công ty CP Lắp máy - Thí nghiệm Cơ điện (PVC-MS)",
    "Công ty TNHH Doosan Vina",
    "Tổng công ty Dịch vụ Kỹ thuật Dầu khí (PTSC) Quảng Ngãi",
    "Công ty CP Kỹ thuật Dung Quất",
    "Công ty TNHH Hòa Phát Dung Quất (nhà thầu phụ)",
)
_TRADES = ("Thợ hàn 6G", "Thợ giàn giáo", "Thợ lắp ống", "Kỹ thuật viên QA/QC", "Giám sát HSE")
_FISH_GROUND = ("Hoàng Sa", "Trường Sa", "Vịnh Bắc Bộ", "Giữa Biển Đông", "Ven bờ Lý Sơn")
_CREW = ("Thuyền trưởng", "Máy trưởng", "Thuyền viên", "Thuyền viên", "Thợ lặn", "Máy phó")
_PROGRAMS = ("Hộ nghèo", "Hộ cận nghèo", "NS&VSMTNT", "GQVL", "Hộ mới thoát nghèo", "SXKD vùng KK")
_HOUSING = ("Xây mới", "Sửa chữa", "Xây mới", "Xây mới (Đề án 5)")


def _xd(p: Person) -> str:
    return _by_sex(p, _XD_M, _XD_F, 2)


def _gr(p: Person) -> str:
    return f"{_pick(p, _GR_FAM, 3)} {_by_sex(p, _GR_M, _GR_F, 4)}"


def _xdv(p: Person) -> tuple[str, str, str]:
    return _XD_VILLAGES[int(p.bhxh) // 7 % len(_XD_VILLAGES)]


def _bnv(p: Person) -> tuple[str, str, str]:
    return _BN_VILLAGES[int(p.bhxh) // 5 % len(_BN_VILLAGES)]


def _kin(p: Person) -> str:
    male = int(p.bhxh) // 3 % 2 == 0
    rel = _pick(p, ("chồng", "bố", "anh trai") if male else ("vợ", "mẹ", "chị gái"), 4)
    return f"{_other_vn(p, 3, male=male)} ({rel})"


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


WRITERS_BLIND348: dict[str, Callable[[Person, Col], object]] = {
    "xd_name348": lambda p, c: _xd(p),
    "xd_upper348": lambda p, c: _xd(p).upper(),
    "xd_village348": lambda p, c: _xdv(p)[0],
    "xd_ward348": lambda p, c: _xdv(p)[1],
    "xd_old348": lambda p, c: _xdv(p)[2],
    "sam_area348": lambda p, c: f"{_num(p, 40) * 50:,}".replace(",", "."),
    "sam_trees348": lambda p, c: _num(p, 90) * 120,
    "sam_age348": lambda p, c: f"{_num(p, 9) + 2} năm",
    "sam_code348": lambda p, c: f"VT-QNg-NL.{p.bhxh[-4:]}",
    "sam_origin348": lambda p, c: _pick(p, ("Giống Ngọc Linh gốc", "Hạt tự nhân", "Cây con TT"), 5),
    "bsr_empno348": lambda p, c: f"BSR{p.bhxh[-5:]}",
    "bsr_unit348": lambda p, c: _pick(p, _BSR_UNITS, 3),
    "bsr_shift348": lambda p, c: _pick(p, ("Ca A", "Ca B", "Ca C", "Ca D", "Hành chính"), 4),
    "qn_home348": lambda p, c: _pick(p, _QN_HOMES, 6),
    "bsr_pickup348": lambda p, c: _pick(p, _BSR_PICKUP, 7),
    "bsr_seat348": lambda p, c: f"{_num(p, 45)}",
    "crew_role348": lambda p, c: _pick(p, _CREW, 2),
    "boat_no348": lambda p, c: f"QNg-{90000 + _num(p, 9999)}-TS",
    "boat_owner348": lambda p, c: _other_vn(p, 4, male=True),
    "ls_new348": lambda p, c: _pick(p, _LS_NEW, 3),
    "ls_old348": lambda p, c: _pick(p, _LS_OLD, 5),
    "fish_ground348": lambda p, c: _pick(p, _FISH_GROUND, 6),
    "crew_count348": lambda p, c: f"{_num(p, 14) + 4}/{_num(p, 14) + 4}",
    "garlic_sao348": lambda p, c: f"{_num(p, 12) / 2:.1f}".replace(".", ","),
    "garlic_seed348": lambda p, c: _num(p, 12) * 25,
    "garlic_fert348": lambda p, c: _num(p, 12) * 40,
    "garlic_money348": lambda p, c: _money(_num(p, 12) * 1_150_000),
    "garlic_sign348": lambda p, c: _pick(p, ("Đã ký", "đã nhận", "Ký thay (con)", "")),
    "bn_name348": lambda p, c: _by_sex(p, _BN_M, _BN_F, 1),
    "bn_village348": lambda p, c: _bnv(p)[0],
    "bn_ward348": lambda p, c: _bnv(p)[1],
    "bn_old348": lambda p, c: _bnv(p)[2],
    "ethnic348": lambda p, c: _pick(p, ("Ba Na", "Ba Na", "Xơ Đăng", "Gia Rai"), 2),
    "poverty348": lambda p, c: _pick(p, ("Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo ĐBKK"), 4),
    "housing348": lambda p, c: _pick(p, _HOUSING, 5),
    "housing_money348": lambda p, c: _pick(p, ("60", "60", "30", "40"), 5),
    "officer348": lambda p, c: _other_vn(p, 8),
    "hre_name348": lambda p, c: f"{_pick(p, _HRE_FAM, 1)} {_by_sex(p, _HRE_M, _HRE_F, 2)}",
    "hre_group348": lambda p, c: (
        f"Tổ TK&VV thôn {_pick(p, ('Gò Nghênh', 'Làng Xi', 'Nước Lô'), 3)}"
    ),
    "hre_heir348": lambda p, c: f"{_pick(p, _HRE_FAM, 6)} {_pick(p, _HRE_M + _HRE_F, 7)}",
    "hre_addr348": lambda p, c: _pick(p, _HRE_PLACES, 4),
    "program348": lambda p, c: _pick(p, _PROGRAMS, 5),
    "loan348": lambda p, c: _money(_num(p, 20) * 5_000_000),
    "gr_name348": lambda p, c: _gr(p),
    "gr_addr348": lambda p, c: _pick(p, _GR_PLACES, 5),
    "gr_area348": lambda p, c: f"Moc {_num(p, 60) + 700}, tieu khu {_num(p, 30) + 600}",
    "gr_permit348": lambda p, c: f"{_num(p, 300)}/GP-ĐBP Ia Đal",
    "gr_officer348": lambda p, c: f"Thiếu úy {_other_vn(p, 9, male=True)}",
    "forest_lot348": lambda p, c: f"TK {_num(p, 50) + 100} / K{_num(p, 9)} / L{_num(p, 20)}",
    "forest_ha348": lambda p, c: f"{_num(p, 300) / 10:.1f}".replace(".", ","),
    "forest_money348": lambda p, c: _money(_num(p, 300) * 61_000),
    "qng_province348": lambda p, c: _pick(p, ("Quảng Ngãi", "tỉnh Quảng Ngãi", "Q.Ngãi"), 3),
    "badge348": lambda p, c: f"DQ-BD25-{p.bhxh[-5:]}",
    "contractor348": lambda p, c: _pick(p, _CONTRACTORS, 4),
    "trade348": lambda p, c: _pick(p, _TRADES, 6),
    "hometown348": lambda p, c: _pick(
        p, ("Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Quảng Ngãi", "Bình Định", "Hải Phòng"), 8
    ),
    "kin348": lambda p, c: _kin(p),
    "kin_phone348": lambda p, c: _other_phone(p),
}

__all__ = ["WRITERS_BLIND348"]
