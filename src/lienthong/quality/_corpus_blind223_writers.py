"""How the people of the two-hundred-and-twenty-third part of the outside corpus (**blind 223**,
:mod:`lienthong.quality._corpus_blind223`) are written: Khmer and Cham names (Thạch, Sơn, Kim,
Danh, Lâm, Châu; Chế, Đàng, Quảng, Thành, Lưu), the phum, sóc and palei they live in, in the old
four-level form or the two-level form after July 2025, and the nine files' own columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from datetime import date

    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]
_KM_FAMILY = ("Thạch", "Sơn", "Kim", "Danh", "Lâm", "Châu", "Thạch", "Sơn", "Lý", "Trà")
_KM_GIVEN_M = ("Sa Ro Phon", "Rươne", "Sóc Kha", "Sô Phanh", "Chanh Thol", "Vi Sal", "Ra Sy")
_KM_GIVEN_F = ("Thị Sa Phol", "Thị Chanh Ry", "Thị Sô Kha", "Thị Ni", "Thị Mom", "Thị Pha Ly")
_CH_FAMILY = ("Chế", "Đàng", "Quảng", "Thành", "Lưu", "Từ", "Phú", "Báo", "Đàng")
_CH_GIVEN_M = ("Văn Phước", "Năng Thành", "Đại Hàm", "Văn Sỹ", "Minh Thịnh", "Ngọc Bá")
_CH_GIVEN_F = ("Thị Nga", "Thị Bích", "Thị Thu Hà", "Thị Hiền", "Thị Chi", "Thị Tâm")
_CHAM_AG_M = ("Mohamad", "Ismail", "Sa Lê", "Ha Rơn", "Yousof", "Musa")
_CHAM_AG_F = ("Sa Phi Na", "Ma Ri Dah", "Fatimah", "Sa Ly Ma", "Ha Lis")
# (village, old commune, old district, old province, new commune/ward, new province)
_KM_PLACES: tuple[_T, ...] = (
    (
        "Ấp Prey Chóp",
        "xã Lâm Kiết",
        "huyện Thạnh Trị",
        "tỉnh Sóc Trăng",
        "xã Lâm Tân",
        "TP. Cần Thơ",
    ),
    ("Ấp Sóc Vồ", "xã Đại Tâm", "huyện Mỹ Xuyên", "tỉnh Sóc Trăng", "xã Đại Tâm", "TP. Cần Thơ"),
    (
        "Ấp Tà Ân A1",
        "xã Lịch Hội Thượng",
        "thị xã Vĩnh Châu",
        "tỉnh Sóc Trăng",
        "xã Lịch Hội Thượng",
        "TP. Cần Thơ",
    ),
    (
        "Ấp Ba Se A",
        "xã Lương Hòa",
        "huyện Châu Thành",
        "tỉnh Trà Vinh",
        "xã Lương Hòa",
        "tỉnh Vĩnh Long",
    ),
    (
        "Ấp Ô Chích",
        "xã Nguyệt Hóa",
        "huyện Châu Thành",
        "tỉnh Trà Vinh",
        "phường Nguyệt Hóa",
        "tỉnh Vĩnh Long",
    ),
    (
        "Ấp Đa Hòa Bắc",
        "xã Hòa Lợi",
        "huyện Châu Thành",
        "tỉnh Trà Vinh",
        "xã Hòa Minh",
        "tỉnh Vĩnh Long",
    ),
    ("Ấp Tô Thuận", "xã Tri Tôn", "huyện Tri Tôn", "tỉnh An Giang", "xã Tri Tôn", "tỉnh An Giang"),
    ("Ấp Phước Lộc", "xã Núi Tô", "huyện Tri Tôn", "tỉnh An Giang", "xã Ba Chúc", "tỉnh An Giang"),
    (
        "Ấp Voi Bé",
        "xã Văn Giáo",
        "thị xã Tịnh Biên",
        "tỉnh An Giang",
        "xã Tịnh Biên",
        "tỉnh An Giang",
    ),
)
_CH_PLACES: tuple[_T, ...] = (
    (
        "Thôn Bàu Trúc",
        "thị trấn Phước Dân",
        "huyện Ninh Phước",
        "tỉnh Ninh Thuận",
        "xã Phước Dân",
        "tỉnh Khánh Hòa",
    ),
    (
        "Thôn Mỹ Nghiệp",
        "xã Phước Dân",
        "huyện Ninh Phước",
        "tỉnh Ninh Thuận",
        "xã Phước Dân",
        "tỉnh Khánh Hòa",
    ),
    (
        "Thôn Phước Nhơn",
        "xã Xuân Hải",
        "huyện Ninh Hải",
        "tỉnh Ninh Thuận",
        "xã Xuân Hải",
        "tỉnh Khánh Hòa",
    ),
    (
        "Thôn Chất Thường",
        "xã Hữu Đức",
        "huyện Ninh Phước",
        "tỉnh Ninh Thuận",
        "xã Phước Hữu",
        "tỉnh Khánh Hòa",
    ),
    (
        "Thôn Văn Lâm",
        "xã Phước Nam",
        "huyện Thuận Nam",
        "tỉnh Ninh Thuận",
        "xã Phước Nam",
        "tỉnh Khánh Hòa",
    ),
)
_AG_PLACES: tuple[_T, ...] = (
    (
        "Ấp Phũm Soài",
        "xã Châu Phong",
        "thị xã Tân Châu",
        "tỉnh An Giang",
        "phường Tân Châu",
        "tỉnh An Giang",
    ),
    ("Ấp Đa Phước", "xã Đa Phước", "huyện An Phú", "tỉnh An Giang", "xã An Phú", "tỉnh An Giang"),
    (
        "Ấp Châu Giang",
        "xã Châu Phong",
        "thị xã Tân Châu",
        "tỉnh An Giang",
        "phường Tân Châu",
        "tỉnh An Giang",
    ),
    (
        "Ấp Katambong",
        "xã Khánh Hòa",
        "huyện Châu Phú",
        "tỉnh An Giang",
        "xã Khánh Bình",
        "tỉnh An Giang",
    ),
)
_KM_PAGODAS: _T = (
    "Chùa Som Rông",
    "Chùa Âng",
    "Chùa Kh'Leang",
    "Chùa Xà Tón",
    "Chùa Dơi",
    "Chùa Ô Chum",
)
_KM_PAGODAS += ("Chùa Mahatup", "Chùa Kompông Chrây", "Chùa Sóc Xoài")
_PALI = ("Pali sơ cấp", "Pali trung cấp", "Pali cao cấp", "Pali trung cấp")
_VASSA = ("3 hạ", "7 hạ", "12 hạ", "Sa di", "1 hạ", "20 hạ")
_ART = ("Dù kê", "Rô băm", "Nhạc Ngũ âm", "Múa Rom vong", "Chằm Riêng Chà Pây", "Múa Apsara")
_TITLE = ("Nghệ nhân ưu tú", "Nghệ nhân nhân dân", "Nghệ nhân ưu tú")
_POTTERY = ("Gốm tượng", "Lu, vò", "Bình hoa", "Nồi, trách", "Gốm mỹ nghệ")
_WEAVE = ("Khăn choàng", "Túi xách", "Váy Chăm", "Khăn bàn", "Tấm thổ cẩm")
_CLERGY = ("Po Acar", "Po Gru", "Chamưnei", "Imâm", "Katip", "Mư-đôn")
_ASSOC = ("Đoàn thể", "Tổ hợp tác", "Hộ cá thể", "HTX Dệt Mỹ Nghiệp")
_MASJID: _T = ("Thánh đường Mubarak", "Thánh đường Jamiul Azhar", "Thánh đường Al Ehsan")
_MASJID += ("Thánh đường Nia'Mah",)
_TRIP = ("Hajj 2026", "Umrah tháng 3/2026", "Umrah tháng 10/2026", "Hajj 2026")
_CLASS = ("Tiếng Khmer giao tiếp K12", "Tiếng Khmer giao tiếp K13", "Tiếng Chăm K3")
_POSTS = (
    "Công chức Tư pháp - Hộ tịch",
    "Công an xã",
    "Giáo viên",
    "Y sĩ trạm y tế",
    "Công chức VH-XH",
)
_PROG = ("Đậu", "Đậu", "Không đạt viết", "Vắng thi", "Đậu")
_USE = ("Tu bổ chánh điện", "Xây sala", "Sơn sửa cổng", "Xây tháp cốt")


def _row_of(p: Person, table: tuple[_T, ...]) -> _T:
    return table[int(p.bhxh[-3:]) % len(table)]


def _old(p: Person, table: tuple[_T, ...]) -> str:
    r = _row_of(p, table)
    return f"{r[0]}, {r[1]}, {r[2]}, {r[3]}"


def _new(p: Person, table: tuple[_T, ...]) -> str:
    r = _row_of(p, table)
    return f"{r[0]}, {r[4]}, {r[5]}"


def _either(p: Person, table: tuple[_T, ...]) -> str:
    return _old(p, table) if _num(p, 9) % 3 == 0 else _new(p, table)


def _km(p: Person) -> str:
    return f"{_pick(p, _KM_FAMILY, 1)} {_by_sex(p, _KM_GIVEN_M, _KM_GIVEN_F, 2)}"


def _ch(p: Person) -> str:
    return f"{_pick(p, _CH_FAMILY, 1)} {_by_sex(p, _CH_GIVEN_M, _CH_GIVEN_F, 2)}"


def _ag(p: Person) -> str:
    return f"{_pick(p, _CH_FAMILY[:3], 4)} {_by_sex(p, _CHAM_AG_M, _CHAM_AG_F, 2)}"


def _later(p: Person, years: int) -> date:
    b = p.birth
    return _safe_day(b.year + years + _num(p, 7) % 5, b.month, b.day)


def _rank(p: Person) -> str:
    year = p.birth.year
    return "Hòa thượng" if year < 1960 else "Thượng tọa" if year < 1980 else "Đại đức"


def _money(v: int) -> str:
    return f"{v:,}".replace(",", ".")


WRITERS_BLIND223: dict[str, Callable[[Person, Col], object]] = {
    "km_name223": lambda p, c: _km(p),
    "km_name_caps223": lambda p, c: _km(p).upper(),
    "ch_name223": lambda p, c: _ch(p),
    "ag_name223": lambda p, c: _ag(p),
    "km_old223": lambda p, c: _old(p, _KM_PLACES),
    "km_new223": lambda p, c: _new(p, _KM_PLACES),
    "km_any223": lambda p, c: _either(p, _KM_PLACES),
    "ch_any223": lambda p, c: _either(p, _CH_PLACES),
    "ch_new223": lambda p, c: _new(p, _CH_PLACES),
    "ag_any223": lambda p, c: _either(p, _AG_PLACES),
    "km_village223": lambda p, c: _row_of(p, _KM_PLACES)[0],
    "km_commune223": lambda p, c: _row_of(p, _KM_PLACES)[4],
    "km_province223": lambda p, c: _row_of(p, _KM_PLACES)[5],
    "pagoda223": lambda p, c: _pick(p, _KM_PAGODAS, 3),
    "monk_name223": lambda p, c: f"{_rank(p)} {_km(p)}",
    "pali223": lambda p, c: _pick(p, _PALI, 4),
    "vassa223": lambda p, c: _pick(p, _VASSA, 6),
    "ordained223": lambda p, c: f"{_later(p, 12):%d/%m/%Y}",
    "mark223": lambda p, c: f"{4 + _num(p, 6) % 6},{_num(p, 10) % 10}",
    "pass223": lambda p, c: _pick(p, _PROG, 7),
    "members223": lambda p, c: str(1 + _num(p, 7) % 7),
    "ethnic223": lambda p, c: "Khmer",
    "art223": lambda p, c: _pick(p, _ART, 3),
    "title223": lambda p, c: _pick(p, _TITLE, 4),
    "years223": lambda p, c: f"{max(5, 2025 - p.birth.year - 12 - _num(p, 8) % 8)} năm",
    "pupils223": lambda p, c: str(3 + _num(p, 30)),
    "troupe223": lambda p, c: (
        f"Đoàn nghệ thuật Khmer {_pick(p, ('Ánh Bình Minh', 'Sóc Trăng', 'Trà Vinh'), 5)}"
    ),
    "pottery223": lambda p, c: _pick(p, _POTTERY, 3),
    "kiln223": lambda p, c: f"{1 + _num(p, 3)} lò nung",
    "output223": lambda p, c: f"{_money(200 + _num(p, 2000))} sp/tháng",
    "weave223": lambda p, c: _pick(p, _WEAVE, 4),
    "looms223": lambda p, c: str(1 + _num(p, 4)),
    "assoc223": lambda p, c: _pick(p, _ASSOC, 6),
    "clergy223": lambda p, c: _pick(p, _CLERGY, 3),
    "temple223": lambda p, c: _pick(
        p, ("Palei Hamu Tanran", "Palei Cwah Patih", "Palei Bal Caung"), 5
    ),
    "masjid223": lambda p, c: _pick(p, _MASJID, 3),
    "trip223": lambda p, c: _pick(p, _TRIP, 4),
    "passport223": lambda p, c: f"{_pick(p, ('C', 'P', 'E'), 5)}{p.bhxh[1:8]}",
    "amount223": lambda p, c: _money((90 + _num(p, 60)) * 1_000_000),
    "class223": lambda p, c: _pick(p, _CLASS, 3),
    "post223": lambda p, c: _pick(p, _POSTS, 4),
    "agency223": lambda p, c: f"UBND {_row_of(p, _KM_PLACES)[4]}",
    "donation223": lambda p, c: _money((1 + _num(p, 50)) * 500_000),
    "use223": lambda p, c: _pick(p, _USE, 5),
    "receipt223": lambda p, c: f"{p.bhxh[4:8]}/BL-{_pick(p, ('BQT', 'ACHAR'), 2)}",
    "other223": lambda p, c: _other_vn(p, 11),
    "other_phone223": lambda p, c: _other_phone(p),
    "achar223": lambda p, c: f"Achar {_km(p).split(' ', 1)[0]} {_pick(p, _KM_GIVEN_M, 8)}",
}
