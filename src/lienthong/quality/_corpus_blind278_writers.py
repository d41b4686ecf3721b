"""How the people of the two-hundred-and-seventy-eighth part of the outside corpus (**blind 278**,
:mod:`lienthong.quality._corpus_blind278`) are written: nine Vietnamese files of the new Cần Thơ
city formed in 2025 from the former Cần Thơ, Sóc Trăng and Hậu Giang (Khmer names such as Thạch,
Sơn, Lâm, Kim and Danh, Khmer pagodas, addresses in the old four-level form ``ấp, xã, huyện,
tỉnh`` beside the new two-level form ``ấp, xã/phường, thành phố Cần Thơ``) and their own columns
(Chôl Chnăm Thmây gifts, bánh pía kitchens, Cầu Đúc pineapple growers, a rural bridge's
contributions, an Achar course, xe lôi drivers, the eight precepts, brown planthopper damage and
household businesses moving to new addresses)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind223_writers import _KM_FAMILY, _money, _new, _old

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]
_KM_M = ("Sa Rươne", "Chanh Đa", "Sóc Phanh", "Pho", "Sa Vết", "Thươl", "Ênh", "Sa Rin", "Kha")
_KM_F = ("Thị Sa Ri", "Thị Kim Hên", "Thị Sóc Pha", "Thị Thu Sa", "Thị Mơ Ly", "Thị Sà Phon")
# (hamlet, old commune, old district, old province, new commune or ward, new city)
_CT_PLACES: tuple[_T, ...] = (
    ("Ấp Prey Chóp A", "xã Lạc Hòa", "thị xã Vĩnh Châu", "tỉnh Sóc Trăng", "phường Vĩnh Phước"),
    ("Ấp Tà Ân A1", "xã Tài Văn", "huyện Trần Đề", "tỉnh Sóc Trăng", "xã Tài Văn"),
    ("Ấp Bưng Cốc", "xã Thạnh Phú", "huyện Mỹ Xuyên", "tỉnh Sóc Trăng", "xã Thạnh Phú"),
    ("Ấp Sóc Xoài", "xã Thuận Hòa", "huyện Châu Thành", "tỉnh Sóc Trăng", "xã An Ninh"),
    ("Ấp Kinh Xáng", "xã Kế An", "huyện Kế Sách", "tỉnh Sóc Trăng", "xã Kế Sách"),
    ("Khóm 5", "Phường 2", "thành phố Sóc Trăng", "tỉnh Sóc Trăng", "phường Phú Lợi"),
    ("Ấp Cầu Đúc", "xã Hỏa Tiến", "thành phố Vị Thanh", "tỉnh Hậu Giang", "phường Vị Tân"),
    ("Ấp 7", "xã Vị Thắng", "huyện Vị Thủy", "tỉnh Hậu Giang", "xã Vị Thủy"),
    ("Ấp Mỹ Phú", "xã Đại Thành", "thành phố Ngã Bảy", "tỉnh Hậu Giang", "phường Ngã Bảy"),
    ("KV Thới Thạnh", "phường Thới Long", "quận Ô Môn", "thành phố Cần Thơ", "phường Thới Long"),
    ("KV 3", "phường An Khánh", "quận Ninh Kiều", "thành phố Cần Thơ", "phường Tân An"),
    ("Ấp Nhơn Lộc 1", "xã Nhơn Ái", "huyện Phong Điền", "thành phố Cần Thơ", "xã Nhơn Ái"),
)
_CT_PLACES = tuple((*r, "thành phố Cần Thơ") for r in _CT_PLACES)
_PAGODAS = (
    "Chùa Dơi (Mahatup)",
    "Chùa Kh'Leang",
    "Chùa Chén Kiểu",
    "Chùa Bốn Mặt",
    "Chùa Pôthi Sômrôngsi",
    "Chùa Pitu Khôsa Răngsây",
    "Chùa Som Rông",
)
_ASCII = str.maketrans(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ",
    "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydD"
    "AAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYY",
)
# -- Chôl Chnăm Thmây gifts ------------------------------------------------------------------------
_GIFT_KIND = ("Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo", "Hộ chính sách", "Hộ khó khăn đột xuất")
# -- bánh pía kitchens -----------------------------------------------------------------------------
_PIA_SHOPS = ("Cơ sở bánh pía Tân Huê Viên", "Lò bánh pía Quảng Trân", "Bánh pía Vĩnh Xuân",
              "Cơ sở Thạch Sa Rươne", "Lò bánh pía Mỹ Ngọc", "Cơ sở pía Sóc Trăng")  # fmt: skip
_PIA_PRODS = ("Bánh pía sầu riêng trứng muối", "Bánh pía đậu xanh", "Bánh pía khoai môn",
              "Bánh in, bánh pía", "Lạp xưởng, bánh pía")  # fmt: skip
# -- Cầu Đúc pineapple -----------------------------------------------------------------------------
_KHOM_KIND = ("Khóm Queen (Cầu Đúc)", "Khóm Cayenne", "Khóm Queen (Cầu Đúc)", "MD2")
_KHOM_GROUP = ("THT khóm ấp Cầu Đúc", "HTX khóm Hỏa Tiến", "THT khóm ấp Thạnh Lợi", "Hộ riêng lẻ")
# -- rural bridge ----------------------------------------------------------------------------------
_BRIDGES = ("Cau kenh Xang Xa No", "Cau ap Prey Chop", "Cau kenh 13", "Cau rach Mieu Ong")
# -- Achar course ----------------------------------------------------------------------------------
_ACHAR_ROLE = ("Acha cả", "Acha phó", "Acha", "Acha", "Thành viên BQT")
_ACHAR_ROLE_F = ("Thành viên BQT", "Thủ quỹ BQT", "Thư ký BQT")
_ACHAR_RESULT = ("Hoàn thành", "Hoàn thành", "Hoàn thành xuất sắc", "Không hoàn thành")
# -- xe lôi drivers --------------------------------------------------------------------------------
_LOI_KIND = ("Xe lôi máy", "Xe lôi đạp", "Xe ba gác máy", "Xe lôi máy")
_LOI_PLAN = ("Học lái xe hạng B", "Bán hàng ăn uống", "Sửa xe máy", "Chạy xe công nghệ",
             "Xin vào làm KCN Trà Nóc", "Chưa xác định")  # fmt: skip
_LOI_STAND = ("Chợ Sóc Trăng", "Bến xe Vị Thanh", "Chợ Ngã Bảy", "Chợ Cái Răng", "Bến phà cũ")
# -- eight precepts in the rains retreat -----------------------------------------------------------
_PRECEPT_LEN = ("Cả mùa an cư", "Ngày rằm, mùng 8", "7 ngày", "15 ngày", "1 ngày (Sel)")
# -- brown planthopper -----------------------------------------------------------------------------
_RAY_CROP = ("Lúa ST25", "Lúa OM5451", "Lúa Đài Thơm 8", "Lúa OM18", "Lúa ST24")
_RAY_LEVEL = ("30-70%", "Trên 70%", "30-70%", "Trên 70%", "Dưới 30%")
_RAY_PEST = ("Rầy nâu", "Vàng lùn - lùn xoắn lá", "Rầy nâu", "Cháy bìa lá", "Đạo ôn")
# -- household business new address ----------------------------------------------------------------
_HKD_TRADE = ("Tạp hóa", "Quán cơm", "Sửa xe", "Bán lẻ vật tư nông nghiệp", "Cắt tóc",
              "Mua bán nông sản", "Karaoke gia đình")  # fmt: skip


def _ct_row(p: Person) -> _T:
    return _CT_PLACES[int(p.bhxh[-3:]) % len(_CT_PLACES)]


def _km(p: Person) -> str:
    return f"{_pick(p, _KM_FAMILY, 3)} {_by_sex(p, _KM_M, _KM_F, 5)}"


def _house(p: Person) -> str:
    return f"Số {_num(p, 180)}" if _num(p, 7) % 2 else "Tổ 4"


def _old_house(p: Person) -> str:
    return f"{_house(p)}, {_old(p, _CT_PLACES)}"


def _new_house(p: Person) -> str:
    return f"{_house(p)}, {_new(p, _CT_PLACES)}"


def _after(p: Person, days: int) -> date:
    d = p.other_date
    return _safe_day(d.year + 3 + _num(p, 5) % 2, d.month, d.day) if days < 0 else d


WRITERS_BLIND278: dict[str, Callable[[Person, Col], object]] = {
    "km_name278": lambda p, c: _km(p),
    "km_caps278": lambda p, c: _km(p).upper(),
    "ct_old278": lambda p, c: _old_house(p),
    "ct_new278": lambda p, c: _new_house(p),
    "ct_ascii278": lambda p, c: _old_house(p).translate(_ASCII),
    "ct_ward278": lambda p, c: _ct_row(p)[4],
    "ct_hamlet278": lambda p, c: _ct_row(p)[0],
    "ct_old_commune278": lambda p, c: f"{_ct_row(p)[1]}, {_ct_row(p)[2]}",
    "pagoda278": lambda p, c: _pick(p, _PAGODAS, 4),
    # Chôl Chnăm Thmây gifts
    "gift_kind278": lambda p, c: _pick(p, _GIFT_KIND, 2),
    "gift_members278": lambda p, c: _num(p, 8),
    "gift_value278": lambda p, c: _money(500_000 + 100_000 * (_num(p, 4) - 1)),
    "gift_proxy278": lambda p, c: "" if _num(p, 5) % 4 else f"{_km(p).split()[0]} Thị Sa Vy",
    # bánh pía
    "pia_shop278": lambda p, c: _pick(p, _PIA_SHOPS, 2),
    "pia_addr278": lambda p, c: f"{_num(p, 90)} Trần Hưng Đạo, phường Sóc Trăng",
    "pia_prod278": lambda p, c: _pick(p, _PIA_PRODS, 3),
    "pia_cap278": lambda p, c: 50 * _num(p, 12),
    "pia_no278": lambda p, c: f"{_num(p, 400):03d}/{2025 + _num(p, 3) % 2}/ATTP-CNĐK",
    "pia_until278": lambda p, c: f"{_after(p, -1):%d/%m/%Y}",
    # Cầu Đúc pineapple
    "khom_area278": lambda p, c: f"{_num(p, 40) / 10:.1f}".replace(".", ","),
    "khom_kind278": lambda p, c: _pick(p, _KHOM_KIND, 2),
    "khom_code278": lambda p, c: f"CĐ-HG-{p.bhxh[-4:]}",
    "khom_group278": lambda p, c: _pick(p, _KHOM_GROUP, 3),
    # rural bridge
    "bridge278": lambda p, c: _pick(p, _BRIDGES, 2),
    "bridge_money278": lambda p, c: 100_000 * _num(p, 30),
    "bridge_days278": lambda p, c: _num(p, 10) - 1,
    "bridge_land278": lambda p, c: "" if _num(p, 6) % 3 else _num(p, 60),
    "bridge_officer278": lambda p, c: _other_vn(p, 7).translate(_ASCII),
    # Achar course
    "achar_role278": lambda p, c: _by_sex(p, _ACHAR_ROLE, _ACHAR_ROLE_F, 2),
    "achar_years278": lambda p, c: _num(p, 25),
    "achar_monk278": lambda p, c: f"{_pick(p, _KM_FAMILY, 6)} {_pick(p, _KM_M, 6)}",
    "achar_result278": lambda p, c: _pick(p, _ACHAR_RESULT, 3),
    "achar_cert278": lambda p, c: f"{_num(p, 150):03d}/CN-BDTTG",
    # xe lôi
    "loi_kind278": lambda p, c: _pick(p, _LOI_KIND, 2),
    "loi_years278": lambda p, c: _num(p, 30),
    "loi_stand278": lambda p, c: _pick(p, _LOI_STAND, 3),
    "loi_plan278": lambda p, c: _pick(p, _LOI_PLAN, 4),
    "loi_support278": lambda p, c: _money(3_000_000 if _num(p, 3) % 2 else 4_500_000),
    # temporary ordination
    "ord_len278": lambda p, c: _pick(p, _PRECEPT_LEN, 3),
    "ord_relative278": lambda p, c: f"{_pick(p, _KM_FAMILY, 3)} {_pick(p, _KM_F, 8)}",
    "ord_relative_phone278": lambda p, c: _other_phone(p, "03"),
    "ord_abbot278": lambda p, c: f"Đại đức {_pick(p, _KM_FAMILY, 9)} {_pick(p, _KM_M, 9)}",
    # brown planthopper
    "ray_crop278": lambda p, c: _pick(p, _RAY_CROP, 2),
    "ray_pest278": lambda p, c: _pick(p, _RAY_PEST, 3),
    "ray_area278": lambda p, c: _num(p, 300) * 100,
    "ray_level278": lambda p, c: _pick(p, _RAY_LEVEL, 4),
    "ray_support278": lambda p, c: _money(_num(p, 300) * 100 * 300),
    # household business
    "hkd_no278": lambda p, c: f"59{'ABCD'[_num(p, 4) - 1]}8{p.bhxh[-6:]}",
    "hkd_name278": lambda p, c: f"{_pick(p, _HKD_TRADE, 2)} {p.given.split()[-1]}",
    "hkd_trade278": lambda p, c: _pick(p, _HKD_TRADE, 2),
    "hkd_capital278": lambda p, c: _money(10_000_000 * _num(p, 20)),
}

__all__ = ["WRITERS_BLIND278"]
