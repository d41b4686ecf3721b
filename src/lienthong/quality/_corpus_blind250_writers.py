"""How the people of the two-hundred-and-fiftieth part of the outside corpus (**blind 250**,
:mod:`lienthong.quality._corpus_blind250`) are written: the own columns of nine registers of the
provinces merged in 2025 along the South Central coast and the Central Highlands, the names of
the Ê Đê, Gia Rai, Ba Na, Chăm, Raglai, K'Ho and M'Nông people beside Kinh names, and homes in
the old three-level form (thôn, xã, huyện, tỉnh before the merger) and the new two-level one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind208_writers import (
    _JARAI_CLANS,
    _JARAI_F,
    _JARAI_M,
    _addr,
    _clan_first,
    _ede,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]
_Places = tuple[tuple[str, str, str, str, str, str], ...]

# -- names ---------------------------------------------------------------------------------------
_BANA_M = ("Đinh Văn Hyang", "Đinh Núp", "Đinh Văn Chon", "Đinh Hmưch", "Đinh Văn Sang")
_BANA_F = ("Đinh Thị Hơ", "Đinh Thị Hiền", "Đinh Thị Blưh", "Đinh Thị Rin", "Đinh Thị Hling")
_CHAM_CLANS = ("Đàng", "Thông", "Quảng", "Thuận", "Lộ", "Châu", "Báo", "Hán", "Nại", "Trượng")
_CHAM_M = ("Năng Thọ", "Văn Chiến", "Đại Tuyên", "Minh Sang", "Ngọc Tài", "Văn Kiên")
_CHAM_F = ("Thị Hồng", "Thị Hường", "Thị Bích Ngọc", "Thị Thu Sương", "Thị Kim Lan")
_RAGLAI_CLANS = ("Chamaléa", "Pinăng", "Katơr", "Mấu", "Pi Năng", "Cao")
_RAGLAI_M = ("Bốn", "Cẩm", "Thanh Ron", "Văn Nhứt", "Ha Đông", "Tư")
_RAGLAI_F = ("Thị Bốn", "Thị Thùy", "Thị Bích", "Thị Hạnh", "Thị Lợi", "Thị Mười")
_KHO_M = ("K' Brơi", "K' Điệp", "K' Tiếu", "Liêng Hót Ha Nin", "Kră Jăn K'Lem", "Cil Poh")
_KHO_F = ("Ka Hồng", "Ka Sô Liễng", "Ka Nhi", "Bon Niêng Ha Dũng", "Ka Bích", "Ka Thủy")
_MNONG_M = ("Điểu Chinh", "Điểu K'Ré", "Y Krông", "Y Thuột", "Điểu Đông", "K'Mai")
_MNONG_F = ("H'Nhàn", "Điểu Thị Lắk", "H'Bla", "Thị Hà Điểu", "H'Yen", "Điểu Thị Ngọc")


def _mix(p: Person, local: str, every: int = 3) -> str:
    """The local people's name on two rows in three, a Kinh name on the third."""
    return p.full if int(p.bhxh[-4:]) % every == 0 else local


def _jarai(p: Person) -> str:
    return _mix(p, _clan_first(p, _JARAI_CLANS, _JARAI_M, _JARAI_F, 3))


def _bana(p: Person) -> str:
    """A Ba Na weaver of Vĩnh Thạnh on one row in four, the Kinh of Phù Cát on the others."""
    return _by_sex(p, _BANA_M, _BANA_F, 2) if int(p.bhxh[-4:]) % 4 == 1 else p.full


def _kinh_or(p: Person, peoples: _T) -> str:
    """The people of the row's name: Kinh where :func:`_mix` wrote a Kinh name."""
    return "Kinh" if int(p.bhxh[-4:]) % 3 == 0 else _pick(p, peoples, 2)


def _cham_raglai(p: Person) -> str:
    if int(p.bhxh[-5:]) % 2:
        return _mix(p, _clan_first(p, _CHAM_CLANS, _CHAM_M, _CHAM_F, 2))
    return _mix(p, _clan_first(p, _RAGLAI_CLANS, _RAGLAI_M, _RAGLAI_F, 4))


def _kho(p: Person) -> str:
    return _mix(p, _by_sex(p, _KHO_M, _KHO_F, 3), 2)


def _mnong(p: Person) -> str:
    return _mix(p, _by_sex(p, _MNONG_M, _MNONG_F, 5))


def _when(p: Person, months: int) -> str:
    d = p.other_date
    month = d.month - 1 + months
    return f"{_safe_day(d.year + month // 12, month % 12 + 1, d.day):%d/%m/%Y}"


def _dong(value: int) -> str:
    return f"{value:,}".replace(",", ".")


# -- homes: (thôn/buôn/làng, new xã/phường, old xã, old huyện, old tỉnh, new tỉnh) ----------------
_GL: _Places = (
    ("Làng Tơ Drăh", "xã Chư Sê", "xã Ia Blang", "huyện Chư Sê", "tỉnh Gia Lai", "tỉnh Gia Lai"),
    ("Làng Ia Bia", "xã Ia Pal", "xã Ia Pal", "huyện Chư Sê", "tỉnh Gia Lai", "tỉnh Gia Lai"),
    ("Thôn 3", "xã Chư Pưh", "xã Ia Hrú", "huyện Chư Pưh", "tỉnh Gia Lai", "tỉnh Gia Lai"),
    ("Plei Kênh", "xã Ia Băng", "xã Ia Băng", "huyện Đak Đoa", "tỉnh Gia Lai", "tỉnh Gia Lai"),
    ("Thôn Hòa Thuận", "xã Ia Grai", "thị trấn Ia Kha", "huyện Ia Grai", "tỉnh Gia Lai", "Gia Lai"),
)
_PY: _Places = (
    ("Thôn Tân Qui", "xã Ô Loan", "xã An Cư", "huyện Tuy An", "tỉnh Phú Yên", "tỉnh Đắk Lắk"),
    ("Thôn Phú Quý", "xã Ô Loan", "xã An Hòa Hải", "huyện Tuy An", "tỉnh Phú Yên", "Đắk Lắk"),
    ("Thôn Phú Tân", "xã Tuy An Nam", "xã An Ninh Đông", "huyện Tuy An", "tỉnh Phú Yên", "Đắk Lắk"),
    ("KP Long Bình", "xã Ô Loan", "xã An Hiệp", "huyện Tuy An", "tỉnh Phú Yên", "tỉnh Đắk Lắk"),
)
_BD: _Places = (
    (
        "Thôn Thuận Truyền",
        "xã Bình An",
        "xã Bình Thuận",
        "huyện Tây Sơn",
        "tỉnh Bình Định",
        "Gia Lai",
    ),
    (
        "KV Kiên Ngãi",
        "phường Bình Định",
        "phường Nhơn Hưng",
        "TX An Nhơn",
        "tỉnh Bình Định",
        "Gia Lai",
    ),
    (
        "Thôn Phú Lạc",
        "xã Tây Sơn",
        "TT Phú Phong",
        "huyện Tây Sơn",
        "tỉnh Bình Định",
        "tỉnh Gia Lai",
    ),
    (
        "KV 5",
        "phường Quy Nhơn Nam",
        "phường Ghềnh Ráng",
        "TP Quy Nhơn",
        "tỉnh Bình Định",
        "Gia Lai",
    ),
)
_NT: _Places = (
    (
        "Thôn Thái An",
        "xã Vĩnh Hải",
        "xã Vĩnh Hải",
        "huyện Ninh Hải",
        "tỉnh Ninh Thuận",
        "Khánh Hòa",
    ),
    ("Thôn Hữu Đức", "xã Phước Hữu", "xã Phước Hữu", "huyện Ninh Phước", "Ninh Thuận", "Khánh Hòa"),
    (
        "Thôn Phước Thiện",
        "xã Ninh Phước",
        "xã Phước Thuận",
        "huyện Ninh Phước",
        "Ninh Thuận",
        "Khánh Hòa",
    ),
    (
        "Thôn Mỹ Nghiệp",
        "xã Phước Dân",
        "TT Phước Dân",
        "huyện Ninh Phước",
        "Ninh Thuận",
        "Khánh Hòa",
    ),
    (
        "Thôn Ma Hoa",
        "xã Phước Hà",
        "xã Phước Hà",
        "huyện Thuận Nam",
        "tỉnh Ninh Thuận",
        "Khánh Hòa",
    ),
)
_BT: _Places = (
    (
        "Thôn Lâm Hòa",
        "xã Hàm Thuận",
        "xã Hàm Liêm",
        "huyện Hàm Thuận Bắc",
        "tỉnh Bình Thuận",
        "Lâm Đồng",
    ),
    (
        "Thôn Phú Điền",
        "xã Hàm Thạnh",
        "xã Hàm Thạnh",
        "huyện Hàm Thuận Nam",
        "Bình Thuận",
        "Lâm Đồng",
    ),
    (
        "Thôn 2",
        "xã Hàm Kiệm",
        "xã Hàm Mỹ",
        "huyện Hàm Thuận Nam",
        "tỉnh Bình Thuận",
        "tỉnh Lâm Đồng",
    ),
    (
        "Thôn Phú Sơn",
        "xã Hàm Liêm",
        "xã Hàm Chính",
        "huyện Hàm Thuận Bắc",
        "Bình Thuận",
        "Lâm Đồng",
    ),
)
_DN: _Places = (
    (
        "Bon Bu Prăng",
        "xã Quảng Trực",
        "xã Quảng Trực",
        "huyện Tuy Đức",
        "tỉnh Đắk Nông",
        "Lâm Đồng",
    ),
    ("Bon Pi Nao", "xã Nam Dong", "xã Nam Dong", "huyện Cư Jút", "tỉnh Đắk Nông", "tỉnh Lâm Đồng"),
    (
        "Tổ 3",
        "phường Bắc Gia Nghĩa",
        "phường Nghĩa Đức",
        "TP Gia Nghĩa",
        "tỉnh Đắk Nông",
        "Lâm Đồng",
    ),
    ("Bon Đắk R'Moan", "xã Đắk Song", "xã Đắk Môl", "huyện Đắk Song", "tỉnh Đắk Nông", "Lâm Đồng"),
)
_DL: _Places = (
    ("Buôn Tơng Jú", "xã Ea Kao", "xã Ea Kao", "TP Buôn Ma Thuột", "tỉnh Đắk Lắk", "tỉnh Đắk Lắk"),
    (
        "Buôn Akô Dhông",
        "phường Tân Lập",
        "phường Tân Lợi",
        "TP Buôn Ma Thuột",
        "Đắk Lắk",
        "Đắk Lắk",
    ),
    ("Buôn Trí", "xã Buôn Đôn", "xã Krông Na", "huyện Buôn Đôn", "tỉnh Đắk Lắk", "tỉnh Đắk Lắk"),
    (
        "Buôn Kô Siêr",
        "phường Thành Nhất",
        "xã Ea Tu",
        "TP Buôn Ma Thuột",
        "tỉnh Đắk Lắk",
        "Đắk Lắk",
    ),
    ("Buôn Lê", "xã Dray Bhăng", "xã Ea Bhốk", "huyện Cư Kuin", "tỉnh Đắk Lắk", "tỉnh Đắk Lắk"),
)
_DALAT_WARDS = (
    "Phường Xuân Hương - Đà Lạt",
    "Phường Lâm Viên - Đà Lạt",
    "Phường Lang Biang - Đà Lạt",
    "P. Cam Ly - Đà Lạt",
    "Phường Xuân Trường - Đà Lạt",
    "xã Hiệp Thạnh",
)
_DALAT_OLD = ("Phường 8", "Phường 12", "xã Tà Nung", "Phường 11", "xã Xuân Thọ", "TT Liên Nghĩa")

# -- the registers' own columns ----------------------------------------------------------------
_CHECKERS = ("Rơ Mah Thuyết - CB KN", "Nguyễn Văn Hùng (TT DVNN)", "Ksor H'Loan - KN xã")
_OL_ROLES = ("Tổ trưởng", "Tổ phó", "Thành viên", "Thành viên", "Tổ viên tuần tra")
_OL_GEAR = ("Lưới rê", "Lờ dây", "Cào tay (nghêu, sò)", "Chà rạo", "Câu tay", "Nò sáo")
_VO_RANK = ("Võ sư", "Võ sư", "Võ sư trưởng", "Huấn luyện viên", "Chuẩn võ sư", "Võ sư cao đẳng")
_VO_STYLE = ("Tây Sơn Nhạn", "An Vinh", "Thái Dương", "Sa Long Cương", "Phi Long", "Hồ Gia")
_VO_SCHOOL = (
    "Võ đường Tây Sơn Nhạn",
    "Võ đường Hồ Sừng",
    "CLB Võ Thuận Truyền",
    "Võ đường Phi Long",
)
_VO_VENUE = ("Nhà văn hóa thôn", "Sân đình Phú Phong", "Trường TH số 1", "Sân nhà võ sư")
_NT_CROP = ("Nho đỏ NH01-48", "Táo Ninh Thuận", "Nho ăn tươi NH01-152", "Măng tây", "Nho rượu")
_BT_GARDEN = ("Thửa 112, TBĐ 18", "Thửa 45, TBĐ 7", "Thửa 301, TBĐ 22", "Thửa 9, TBĐ 3")
_DL_HOUSE = ("Nhà kính", "Nhà lưới", "Nhà kính mái vòm", "Nhà màng", "Nhà lưới có mái che")
_DL_PLANT = ("Hoa cúc", "Hoa hồng", "Rau cải bó xôi", "Dâu tây", "Hoa lan hồ điệp", "Cà chua")
_DL_PLAN = ("Tháo dỡ trước 2028", "Chuyển đổi công nghệ", "Giữ nguyên (ngoài vùng)", "Tháo dỡ 50%")
_GEO_SITE = (
    "Thác Đắk G'lun",
    "Hang C3-C4 Krông Nô",
    "Hồ Tà Đùng",
    "Thác Trinh Nữ",
    "Núi lửa Nâm Kar",
)
_GEO_LANG = ("Tiếng Anh (B1)", "Không", "Tiếng Anh cơ bản", "Tiếng M'Nông", "Tiếng Pháp")
_NHA_DAI = ("Nhà dài 7 gian", "Nhà dài 5 gian", "Nhà dài 9 gian (nhà cổ)", "Nhà dài 3 gian")
_NHA_WORK = ("Thay mái tranh", "Thay cột, sàn", "Sửa cầu thang (êng)", "Làm lại vách nứa")
_WEAVE = ("Nón ngựa Phú Gia", "Nón lá", "Nón chóp", "Nón ngựa + chầm vành")


WRITERS_BLIND250: dict[str, Callable[[Person, Col], object]] = {
    # Gia Lai: pepper vines dying of rot
    "jarai250": lambda p, c: _jarai(p),
    "home_gl250": lambda p, c: _addr(p, _GL),
    "ethnic_gl250": lambda p, c: _kinh_or(p, ("Gia Rai", "Jrai", "Gia-rai")),
    "pepper_m2_250": lambda p, c: f"{500 + _num(p, 40) * 100}",
    "posts250": lambda p, c: f"{_num(p, 400)} trụ",
    "loss250": lambda p, c: f"{30 + _num(p, 70)}%",
    "checker250": lambda p, c: _pick(p, _CHECKERS, 3),
    # Đắk Lắk (former Phú Yên): Ô Loan lagoon co-management group
    "home_py250": lambda p, c: _addr(p, _PY),
    "ol_role250": lambda p, c: _pick(p, _OL_ROLES, 2),
    "ol_boat250": lambda p, c: f"PY-{_num(p, 9000):05d}-TS" if _num(p, 3) > 1 else "Không",
    "ol_gear250": lambda p, c: _pick(p, _OL_GEAR, 3),
    # Gia Lai (former Bình Định): martial arts schools
    "home_bd250": lambda p, c: _addr(p, _BD),
    "vo_rank250": lambda p, c: _pick(p, _VO_RANK, 2),
    "vo_style250": lambda p, c: _pick(p, _VO_STYLE, 3),
    "vo_school250": lambda p, c: _pick(p, _VO_SCHOOL, 4),
    "vo_venue250": lambda p, c: _pick(p, _VO_VENUE, 5),
    "vo_pupils250": lambda p, c: _num(p, 80),
    "vo_permit250": lambda p, c: f"{_num(p, 300)}/GCN-LĐVCT",
    # Khánh Hòa (former Ninh Thuận): crops changed on dry land
    "cham250": lambda p, c: _cham_raglai(p),
    "home_nt250": lambda p, c: _addr(p, _NT),
    "crop250": lambda p, c: _pick(p, _NT_CROP, 2),
    "ha250": lambda p, c: f"{_num(p, 30) / 10:.1f}".replace(".", ","),
    "aid250": lambda p, c: _dong(_num(p, 30) * 1_500_000),
    # Lâm Đồng (former Bình Thuận): lamps for dragon fruit
    "home_bt250": lambda p, c: _addr(p, _BT),
    "kh_code250": lambda p, c: f"PB{_num(p, 99):02d}0{p.bhxh[:8]}",
    "garden250": lambda p, c: _pick(p, _BT_GARDEN, 2),
    "bulbs250": lambda p, c: f"{_num(p, 90) * 10}",
    "kva250": lambda p, c: _pick(p, ("25", "37,5", "50", "75", "100"), 3),
    "meter250": lambda p, c: f"{p.bhxh[2:10]}",
    # Lâm Đồng: greenhouses of Đà Lạt
    "kho250": lambda p, c: _kho(p),
    "dl_ward250": lambda p, c: _pick(p, _DALAT_WARDS, 2),
    "dl_plot250": lambda p, c: f"Thửa {_num(p, 400)}, tờ {_num(p, 60)}, {_pick(p, _DALAT_OLD, 3)}",
    "dl_house250": lambda p, c: _pick(p, _DL_HOUSE, 4),
    "dl_m2_250": lambda p, c: f"{_num(p, 50) * 100}",
    "dl_plant250": lambda p, c: _pick(p, _DL_PLANT, 5),
    "dl_plan250": lambda p, c: _pick(p, _DL_PLAN, 6),
    # Lâm Đồng (former Đắk Nông): geopark community guides
    "mnong250": lambda p, c: _mnong(p),
    "home_dn250": lambda p, c: _addr(p, _DN),
    "ethnic_dn250": lambda p, c: _kinh_or(p, ("M'Nông", "M'nông", "Mnông")),
    "geo_site250": lambda p, c: _pick(p, _GEO_SITE, 3),
    "geo_lang250": lambda p, c: _pick(p, _GEO_LANG, 4),
    "geo_cert250": lambda p, c: f"{_num(p, 200):03d}/CN-BQLCVĐC",
    # Đắk Lắk: Ê Đê longhouses
    "ede250": lambda p, c: _mix(p, _ede(p), 4),
    "home_dl250": lambda p, c: _addr(p, _DL),
    "nha_dai250": lambda p, c: _pick(p, _NHA_DAI, 2),
    "nha_work250": lambda p, c: _pick(p, _NHA_WORK, 3),
    "nha_money250": lambda p, c: _dong(20_000_000 + _num(p, 40) * 1_000_000),
    "nha_age250": lambda p, c: f"{20 + _num(p, 60)} năm",
    # Gia Lai (former Bình Định): conical hat weavers
    "bana250": lambda p, c: _bana(p),
    "bd_ward250": lambda p, c: (
        "xã Vĩnh Thạnh"
        if int(p.bhxh[-4:]) % 4 == 1
        else _pick(p, ("xã Phù Cát", "Cát Hiệp", "xã Đề Gi", "Xã Hòa Hội"), 2)
    ),
    "bd_prov250": lambda p, c: _pick(p, ("Gia Lai", "tỉnh Gia Lai", "Bình Định (cũ)"), 3),
    "weave250": lambda p, c: _pick(p, _WEAVE, 4),
    "weave_years250": lambda p, c: f"{_num(p, 45)}",
    "weave_income250": lambda p, c: _dong(1_500_000 + _num(p, 30) * 100_000),
    # shared
    "kin250": lambda p, c: _other_vn(p, 6),
    "kin_phone250": lambda p, c: _other_phone(p, "03"),
    "next250": lambda p, c: _when(p, 6),
}

__all__ = ["WRITERS_BLIND250"]
