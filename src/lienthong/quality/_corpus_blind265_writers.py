"""How the people of the two-hundred-and-sixty-fifth part of the outside corpus (**blind 265**,
:mod:`lienthong.quality._corpus_blind265`) are written: nine Vietnamese registers of the northern
midlands and border provinces after the 2025 merger (Phú Thọ with the former Vĩnh Phúc and Hòa
Bình, Thái Nguyên with the former Bắc Kạn, Tuyên Quang with the former Hà Giang, Cao Bằng, Lạng
Sơn). Home addresses are written both ways: the new two-level form (thôn/tổ, xã/phường, tỉnh) and
the old three-level form (xã, huyện, tỉnh) from before 1 July 2025."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# (thôn/tổ, xã/phường mới, tỉnh mới, xã/phường cũ, huyện/TP cũ, tỉnh cũ)
_Place = tuple[str, str, str, str, str, str]
_LANG_SON: tuple[_Place, ...] = (
    ("Thôn Nà Pàn", "xã Văn Quan", "Lạng Sơn", "xã Tân Đoàn", "huyện Văn Quan", "Lạng Sơn"),
    ("Thôn Bản Chầu", "xã Điềm He", "Lạng Sơn", "xã Văn An", "huyện Văn Quan", "Lạng Sơn"),
    ("Thôn Pò Mã", "xã Đồng Đăng", "Lạng Sơn", "TT Đồng Đăng", "huyện Cao Lộc", "Lạng Sơn"),
    ("Khối 3", "phường Đông Kinh", "Lạng Sơn", "phường Đông Kinh", "TP. Lạng Sơn", "Lạng Sơn"),
    ("Thôn Khòn Pịt", "xã Bình Gia", "Lạng Sơn", "xã Hoàng Văn Thụ", "huyện Bình Gia", "Lạng Sơn"),
)
_CAO_BANG: tuple[_Place, ...] = (
    ("Xóm Bản Giốc", "xã Đàm Thủy", "Cao Bằng", "xã Đàm Thủy", "huyện Trùng Khánh", "Cao Bằng"),
    ("Xóm Pác Bó", "xã Trường Hà", "Cao Bằng", "xã Trường Hà", "huyện Hà Quảng", "Cao Bằng"),
    ("Xóm Lũng Rì", "xã Lý Quốc", "Cao Bằng", "xã Minh Long", "huyện Hạ Lang", "Cao Bằng"),
    ("Xóm Nà Lủng", "xã Quang Hán", "Cao Bằng", "xã Quang Hán", "huyện Trùng Khánh", "Cao Bằng"),
    ("Xóm Cốc Chặng", "xã Thông Nông", "Cao Bằng", "TT Thông Nông", "huyện Hà Quảng", "Cao Bằng"),
)
_HA_GIANG: tuple[_Place, ...] = (
    ("Tổ 10", "phường Hà Giang 1", "Tuyên Quang", "phường Trần Phú", "TP. Hà Giang", "Hà Giang"),
    ("Tổ 4", "phường Hà Giang 2", "Tuyên Quang", "phường Ngọc Hà", "TP. Hà Giang", "Hà Giang"),
    ("Thôn Lủng Cẩm", "xã Sủng Là", "Tuyên Quang", "xã Sủng Là", "huyện Đồng Văn", "Hà Giang"),
    ("Thôn Má Lầu", "xã Lũng Cú", "Tuyên Quang", "xã Lũng Cú", "huyện Đồng Văn", "Hà Giang"),
    ("Thôn Tả Lủng", "xã Mèo Vạc", "Tuyên Quang", "xã Tả Lủng", "huyện Mèo Vạc", "Hà Giang"),
    ("Thôn Lũng Táo", "xã Đồng Văn", "Tuyên Quang", "xã Lũng Táo", "huyện Đồng Văn", "Hà Giang"),
)
_TUYEN_QUANG: tuple[_Place, ...] = (
    (
        "Tổ 3",
        "phường Minh Xuân",
        "Tuyên Quang",
        "phường Minh Xuân",
        "TP. Tuyên Quang",
        "Tuyên Quang",
    ),
    ("Tổ 12", "phường An Tường", "Tuyên Quang", "xã An Tường", "TP. Tuyên Quang", "Tuyên Quang"),
    ("Thôn Cầu Quất", "xã Yên Sơn", "Tuyên Quang", "xã Hoàng Khai", "huyện Yên Sơn", "Tuyên Quang"),
)
_HOA_BINH: tuple[_Place, ...] = (
    ("Xóm Bái Cả", "xã Cao Phong", "Phú Thọ", "TT Cao Phong", "huyện Cao Phong", "Hòa Bình"),
    ("Xóm Đồi Bưng", "xã Thung Nai", "Phú Thọ", "xã Thung Nai", "huyện Cao Phong", "Hòa Bình"),
    ("Xóm Tân Tiến", "xã Mường Thàng", "Phú Thọ", "xã Dũng Phong", "huyện Cao Phong", "Hòa Bình"),
    ("Tổ 2", "phường Hòa Bình", "Phú Thọ", "phường Phương Lâm", "TP. Hòa Bình", "Hòa Bình"),
)
_PHU_THO: tuple[_Place, ...] = (
    ("Khu 5", "xã Hy Cương", "Phú Thọ", "xã Hy Cương", "TP. Việt Trì", "Phú Thọ"),
    ("Tổ 8", "phường Việt Trì", "Phú Thọ", "phường Gia Cẩm", "TP. Việt Trì", "Phú Thọ"),
    ("Khu 4", "phường Vĩnh Phúc", "Phú Thọ", "phường Khai Quang", "TP. Vĩnh Yên", "Vĩnh Phúc"),
    ("Thôn 1", "xã Tam Đảo", "Phú Thọ", "TT Tam Đảo", "huyện Tam Đảo", "Vĩnh Phúc"),
    (
        "Tổ dân phố Xuân Mai",
        "phường Phúc Yên",
        "Phú Thọ",
        "phường Hùng Vương",
        "TP. Phúc Yên",
        "Vĩnh Phúc",
    ),
    ("Khu Hoa Sơn", "xã Lập Thạch", "Phú Thọ", "TT Lập Thạch", "huyện Lập Thạch", "Vĩnh Phúc"),
)
_BAC_KAN: tuple[_Place, ...] = (
    ("Thôn Pác Ngòi", "xã Ba Bể", "Thái Nguyên", "xã Nam Mẫu", "huyện Ba Bể", "Bắc Kạn"),
    ("Thôn Nà Làng", "xã Na Rì", "Thái Nguyên", "TT Yến Lạc", "huyện Na Rì", "Bắc Kạn"),
    ("Thôn Khuổi Luông", "xã Văn Lang", "Thái Nguyên", "xã Kim Hỷ", "huyện Na Rì", "Bắc Kạn"),
    ("Thôn Nà Hin", "xã Côn Minh", "Thái Nguyên", "xã Côn Minh", "huyện Na Rì", "Bắc Kạn"),
    ("Thôn Bó Lù", "xã Chợ Rã", "Thái Nguyên", "TT Chợ Rã", "huyện Ba Bể", "Bắc Kạn"),
)


def _place(p: Person, table: tuple[_Place, ...], salt: int = 3) -> _Place:
    return table[int(p.bhxh) // (salt * 7 + 1) % len(table)]


def _new(pl: _Place, tinh: bool = True) -> str:
    """The two-level address: thôn/tổ, xã/phường, tỉnh."""
    return f"{pl[0]}, {pl[1]}, {'tỉnh ' if tinh else ''}{pl[2]}"


def _old(pl: _Place, short: bool = False) -> str:
    """The address before the merger: thôn/tổ, xã, huyện, tỉnh."""
    if short:
        return f"{pl[0]}, {pl[3]}, {pl[4]}, {pl[5]}"
    return f"{pl[0]}, {pl[3]}, {pl[4]}, tỉnh {pl[5]}"


def _day(p: Person, start: date, span: int, salt: int = 1) -> date:
    return start + timedelta(days=int(p.bhxh) // (salt + 3) % span)


# -- Lạng Sơn: star anise growers certified organic through a cooperative -----------------------
_ANISE_CROP = ("Vụ hồi chính (T8-T10)", "Vụ hồi tứ quý (T2-T3)", "Cả 2 vụ")
_ANISE_RESULT = ("Đạt hữu cơ TCVN 11041", "Đạt", "Chuyển đổi năm 2", "Chưa đạt - dư lượng", "Đạt")
# -- Cao Bằng: border line and marker self-management teams -------------------------------------
_CB_ETHNIC = ("Tày", "Nùng", "Tày", "Nùng", "H'Mông", "Dao", "Kinh")
_CB_POSTS = (
    "Đồn BP Đàm Thủy",
    "Đồn BP Ngọc Khê",
    "Đồn BP Lý Vạn",
    "Đồn BP Cần Yên",
    "Đồn BP Sóc Giang",
)
# -- Tuyên Quang: staff moved from the former Hà Giang seat ---------------------------------------
_TQ_FROM = (
    "Sở Nông nghiệp và PTNT tỉnh Hà Giang",
    "Sở Tài chính tỉnh Hà Giang",
    "Văn phòng UBND tỉnh Hà Giang",
    "Sở Giáo dục và Đào tạo Hà Giang",
    "Sở Xây dựng tỉnh Hà Giang",
)
_TQ_TO = (
    "Sở Nông nghiệp và Môi trường",
    "Sở Tài chính",
    "Văn phòng UBND tỉnh",
    "Sở Giáo dục và Đào tạo",
    "Sở Xây dựng",
)
_TQ_POSTS = ("Chuyên viên", "Chuyên viên chính", "Phó trưởng phòng", "Trưởng phòng", "Kế toán")
_TQ_HELP = ("Xe đưa đón hằng tuần", "Nhà công vụ", "Hỗ trợ thuê nhà", "Tự túc", "Xe đưa đón")
# -- Phú Thọ (former Hòa Bình): Cao Phong oranges with QR traceability stamps --------------------
_ORANGE_KIND = ("Cam lòng vàng", "Cam Canh", "Cam xã Đoài", "Cam V2", "Cam đường canh", "Quýt")
_ORANGE_OFFICERS = ("Bùi Văn Thắng", "Quách Thị Hoa", "Đinh Công Sơn", "Bạch Thị Lan")
# -- Lạng Sơn: Chinese for traders at the border markets -----------------------------------------
_CN_MARKETS = ("Chợ Đông Kinh", "Chợ Đồng Đăng", "Chợ Kỳ Lừa", "Chợ Giếng Vuông", "Chợ Tân Thanh")
_CN_GOODS = ("Quần áo", "Hoa quả", "Đồ gia dụng", "Mỹ phẩm", "Hạt dẻ, hồng sấy", "Điện tử")
_CN_LEVEL = ("Chưa biết", "Nghe nói cơ bản", "HSK 1", "Biết chữ Hán cơ bản", "HSK 2")
# -- Thái Nguyên (former Bắc Kạn): canna growers under contract for glass noodles -----------------
_CANNA_BUYERS = ("HTX Tháng Tám", "HTX Nông nghiệp Côn Minh", "Cơ sở miến Hoàng Thị Sen")
# -- Phú Thọ: heads of delegations offering incense at the Hùng Kings temple ---------------------
_DH_GROUPS = (
    "Hội đồng hương Phú Thọ tại Hà Nội",
    "Đoàn thanh niên Cty CP Supe Lâm Thao",
    "Hội CCB phường Vĩnh Phúc",
    "Dòng họ Nguyễn Đình - xã Lập Thạch",
    "Trường THPT Chuyên Hùng Vương",
    "Hội Phụ nữ xã Tam Đảo",
)
_DH_OFFERINGS = ("Mâm lễ chay", "Bánh chưng, bánh giầy", "Hoa quả, hương", "Lễ mặn", "Hoa, hương")
_DH_SERIES = ("19", "88", "29", "30", "19")
_DH_SLOTS = ("6h00-7h00", "7h00-8h30", "8h30-10h00", "13h30-15h00", "15h00-16h30")
# -- Tuyên Quang (former Hà Giang): water carried to the plateau in the dry season ---------------
_DV_SOURCE = ("Hồ treo Sủng Là", "Mó nước Lũng Cú", "Giếng khoan Phố Cáo", "Nhà máy nước Đồng Văn")
_DV_STATUS = ("Đã cấp đủ", "Đã cấp đủ", "Cấp 1 phần", "Chưa cấp - xe không vào được", "Đã cấp đủ")
# -- Thái Nguyên (former Bắc Kạn): latrines for ethnic-minority households -----------------------
_WC_KIND = ("Tự hoại", "Thấm dội nước", "Hai ngăn", "Tự hoại", "Chìm có ống thông hơi")
_WC_STATE = ("Đã nghiệm thu", "Đang xây", "Chưa khởi công", "Đã nghiệm thu", "Đã nghiệm thu")


def _stamp(p: Person) -> str:
    t = datetime(2025, 6, 1, 7, 30) + timedelta(minutes=int(p.bhxh) % (60 * 24 * 30))
    return f"{t:%d/%m/%Y %H:%M}"


WRITERS_BLIND265: dict[str, Callable[[Person, Col], object]] = {
    # Lạng Sơn: star anise
    "ls_new265": lambda p, c: _new(_place(p, _LANG_SON)),
    "ls_old265": lambda p, c: _old(_place(p, _LANG_SON), short=True),
    "anise_area265": lambda p, c: f"{_num(p, 40) / 10:.1f}".replace(".", ","),
    "anise_trees265": lambda p, c: 40 + _num(p, 600),
    "anise_yield265": lambda p, c: 100 + _num(p, 2000),
    "anise_crop265": lambda p, c: _pick(p, _ANISE_CROP, 2),
    "anise_lot265": lambda p, c: f"VQ-HC-{_num(p, 90):03d}",
    "anise_result265": lambda p, c: _pick(p, _ANISE_RESULT, 3),
    # Cao Bằng: border self-management teams
    "cb_ethnic265": lambda p, c: _pick(p, _CB_ETHNIC, 4),
    "cb_hamlet265": lambda p, c: _place(p, _CAO_BANG)[0],
    "cb_ward265": lambda p, c: _place(p, _CAO_BANG)[1],
    "cb_team265": lambda p, c: f"Tổ TQ số {_num(p, 6)} - {_place(p, _CAO_BANG)[0]}",
    "cb_marker265": lambda p, c: f"Mốc {800 + _num(p, 120)} đến mốc {920 + _num(p, 40)}",
    "cb_post265": lambda p, c: _pick(p, _CB_POSTS, 5),
    "cb_leader265": lambda p, c: _other_vn(p, 6, male=True),
    "cb_patrols265": lambda p, c: 2 + _num(p, 4),
    # Tuyên Quang: staff moved from the former Hà Giang seat
    "tq_from265": lambda p, c: _pick(p, _TQ_FROM, 2),
    "tq_to265": lambda p, c: _TQ_TO[_TQ_FROM.index(_pick(p, _TQ_FROM, 2))],
    "tq_post265": lambda p, c: _pick(p, _TQ_POSTS, 3),
    "tq_decision265": lambda p, c: f"{_num(p, 900)}/QĐ-UBND",
    "tq_home265": lambda p, c: _new(_place(p, _HA_GIANG, 5), tinh=False),
    "tq_old265": lambda p, c: _old(_place(p, _HA_GIANG, 5)),
    "tq_stay265": lambda p, c: _new(_place(p, _TUYEN_QUANG)),
    "tq_mail265": lambda p, c: f"{p.email.split('@')[0].replace('.', '')}@tuyenquang.gov.vn",
    "tq_help265": lambda p, c: _pick(p, _TQ_HELP, 4),
    # Phú Thọ (former Hòa Bình): Cao Phong oranges
    "hb_new265": lambda p, c: _new(_place(p, _HOA_BINH)),
    "hb_old265": lambda p, c: f"{_place(p, _HOA_BINH)[3]}, {_place(p, _HOA_BINH)[4]}",
    "orange_kind265": lambda p, c: _pick(p, _ORANGE_KIND, 2),
    "orange_area265": lambda p, c: 360 * _num(p, 20),
    "orange_code265": lambda p, c: f"VN-HBCP-{_num(p, 300):04d}",
    "orange_stamps265": lambda p, c: 500 * _num(p, 12),
    "orange_serial265": lambda p, c: f"CP26{p.bhxh[-6:]}",
    "orange_officer265": lambda p, c: _pick(p, _ORANGE_OFFICERS, 5),
    # Lạng Sơn: Chinese for traders
    "dd_new265": lambda p, c: _new(_place(p, _LANG_SON, 6)),
    "cn_stall265": lambda p, c: f"{'ABCD'[_num(p, 4) - 1]}{_num(p, 150)}",
    "cn_market265": lambda p, c: _pick(p, _CN_MARKETS, 3),
    "cn_goods265": lambda p, c: _pick(p, _CN_GOODS, 4),
    "cn_level265": lambda p, c: _pick(p, _CN_LEVEL, 5),
    "cn_class265": lambda p, c: f"Lớp TT-{_num(p, 4):02d}/2026",
    "cn_attend265": lambda p, c: f"{10 + _num(p, 14)}/24",
    "cn_score265": lambda p, c: f"{5 + _num(p, 50) / 10:.1f}",
    # Thái Nguyên (former Bắc Kạn): canna growers
    "bk_hamlet265": lambda p, c: _place(p, _BAC_KAN)[0],
    "bk_ward265": lambda p, c: _place(p, _BAC_KAN)[1],
    "bk_old265": lambda p, c: f"{_place(p, _BAC_KAN)[3]}, {_place(p, _BAC_KAN)[4]}",
    "canna_area265": lambda p, c: _num(p, 15),
    "canna_yield265": lambda p, c: f"{_num(p, 60) / 4:.1f}".replace(".", ","),
    "canna_price265": lambda p, c: f"{2000 + 100 * _num(p, 8):,}".replace(",", "."),
    "canna_buyer265": lambda p, c: _pick(p, _CANNA_BUYERS, 2),
    "canna_contract265": lambda p, c: f"{_num(p, 200):03d}/2026/HĐBT",
    "canna_witness265": lambda p, c: _other_vn(p, 7),
    # Phú Thọ: delegations at the Hùng Kings temple
    "dh_addr265": lambda p, c: _new(_place(p, _PHU_THO), tinh=int(p.bhxh) % 3 > 0),
    "dh_group265": lambda p, c: _pick(p, _DH_GROUPS, 3),
    "dh_members265": lambda p, c: 8 + _num(p, 60),
    "dh_plate265": lambda p, c: f"{_pick(p, _DH_SERIES, 4)}B-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}",
    "dh_slot265": lambda p, c: _pick(p, _DH_SLOTS, 5),
    "dh_offering265": lambda p, c: _pick(p, _DH_OFFERINGS, 6),
    "dh_deputy_phone265": lambda p, c: _other_phone(p),
    # Tuyên Quang (former Hà Giang): water for the plateau
    "dv_new265": lambda p, c: _new(_place(p, _HA_GIANG, 2)),
    "dv_old265": lambda p, c: _old(_place(p, _HA_GIANG, 2)),
    "dv_people265": lambda p, c: 2 + _num(p, 9),
    "dv_m3265": lambda p, c: f"{_num(p, 12) / 2:.1f}",
    "dv_source265": lambda p, c: _pick(p, _DV_SOURCE, 3),
    "dv_round265": lambda p, c: f"Đợt {_num(p, 5)}",
    "dv_status265": lambda p, c: _pick(p, _DV_STATUS, 4),
    "dv_receiver265": lambda p, c: _other_vn(p, 5),
    "dv_stamp265": lambda p, c: _stamp(p),
    # Thái Nguyên (former Bắc Kạn): latrines
    "wc_new265": lambda p, c: _new(_place(p, _BAC_KAN, 4), tinh=False),
    "wc_old265": lambda p, c: _old(_place(p, _BAC_KAN, 4)),
    "wc_kind265": lambda p, c: _pick(p, _WC_KIND, 2),
    "wc_size265": lambda p, c: 2 + _num(p, 8),
    "wc_support265": lambda p, c: f"{3_000_000 + 500_000 * _num(p, 4):,}".replace(",", "."),
    "wc_state265": lambda p, c: _pick(p, _WC_STATE, 3),
    "wc_officer265": lambda p, c: _other_vn(p, 8),
}

__all__ = ["WRITERS_BLIND265"]
