"""How the people of the hundred-and-seventy-sixth part of the outside corpus (**blind 176**,
:mod:`lienthong.quality._corpus_blind176`) are written: Khmer Krom names of the Mekong Delta and
Jrai, Bahnar, Xơ Đăng and M'Nông names of the Central Highlands, their addresses in the old
three-level form (hamlet, commune, district, province) and the new two-level one after 1 July
2025, and the own columns of nine registers (a monk's dharma name and pagoda, a pagoda board's
office and term, a Khmer class, a shrimp pond's loss, a tuberculosis patient's regimen, a border
field's permit, an inpatient's meal and travel support, a coffee farm's 4C plot, a rice ration)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_KH_FAMILY = ("Thạch", "Danh", "Sơn", "Kim", "Lâm", "Châu", "Trịnh", "Lý", "Huỳnh")
_KH_GIVEN_M = ("Sô Phal", "Sóc", "Sa Rươn", "Chanh Đa", "Ri Thy", "Pho", "Sà Mon", "Kha Ra")
_KH_GIVEN_F = ("Thị Sa Ry", "Thị Sóc Khía", "Thị Chanh Thu", "Thị Sô Phiếp", "Thị Mỹ Linh")
_HL_FAMILY = ("Ksor", "Siu", "Rơ Mah", "Rơ Châm", "Kpă", "Nay", "Đinh", "Điểu")
_HL_GIVEN_M = ("Phin", "Hyul", "Bleh", "Blếk", "Y Bhin", "A Thút", "K'Rưng", "Đoan")
_HL_GIVEN_F = ("H'Nhiên", "H'Ben", "H'Bun", "Y Nhơ", "Thị Hoa", "H'Linh", "Y Blưk")
#: (hamlet, old commune, old district, old province, new commune, new province)
_MEKONG = (
    (
        "Ấp Prey Chóp A",
        "xã Lai Hòa",
        "thị xã Vĩnh Châu",
        "tỉnh Sóc Trăng",
        "xã Lai Hòa",
        "TP. Cần Thơ",
    ),
    ("Ấp Tà Liêm", "xã Phú Tâm", "huyện Châu Thành", "tỉnh Sóc Trăng", "xã Phú Tâm", "TP. Cần Thơ"),
    (
        "Ấp Ô Chích A",
        "xã Lương Hòa",
        "huyện Châu Thành",
        "tỉnh Trà Vinh",
        "xã Lương Hòa",
        "tỉnh Vĩnh Long",
    ),
    (
        "Ấp Sóc Tro Trên",
        "xã Hàm Giang",
        "huyện Trà Cú",
        "tỉnh Trà Vinh",
        "xã Hàm Giang",
        "tỉnh Vĩnh Long",
    ),
    (
        "Ấp Phước Long",
        "xã Châu Lăng",
        "huyện Tri Tôn",
        "tỉnh An Giang",
        "xã Ba Chúc",
        "tỉnh An Giang",
    ),
    (
        "Ấp Tà Tung",
        "xã Thới Sơn",
        "thị xã Tịnh Biên",
        "tỉnh An Giang",
        "phường Tịnh Biên",
        "tỉnh An Giang",
    ),
    (
        "Ấp Kênh Xáng",
        "xã Tân Hưng Đông",
        "huyện Cái Nước",
        "tỉnh Cà Mau",
        "xã Hưng Mỹ",
        "tỉnh Cà Mau",
    ),
    ("Ấp Xóm Mới", "xã Tân Thuận", "huyện Đầm Dơi", "tỉnh Cà Mau", "xã Tân Thuận", "tỉnh Cà Mau"),
    ("Ấp Cái Nai", "xã Hàm Rồng", "huyện Năm Căn", "tỉnh Cà Mau", "xã Năm Căn", "tỉnh Cà Mau"),
    (
        "Ấp Vàm Răng",
        "xã Bình Sơn",
        "huyện Hòn Đất",
        "tỉnh Kiên Giang",
        "xã Bình Sơn",
        "tỉnh An Giang",
    ),
    (
        "Khu phố 2",
        "phường An Thới",
        "TP. Phú Quốc",
        "tỉnh Kiên Giang",
        "đặc khu Phú Quốc",
        "tỉnh An Giang",
    ),
    (
        "Ấp Rạch Giồng",
        "xã Thạnh Hưng",
        "huyện Giồng Riềng",
        "tỉnh Kiên Giang",
        "xã Thạnh Hưng",
        "tỉnh An Giang",
    ),
)
_HIGHLAND = (
    ("Làng Klă", "xã Ia Púch", "huyện Chư Prông", "tỉnh Gia Lai", "xã Ia Púch", "tỉnh Gia Lai"),
    ("Plei Ia Ring", "xã Ia O", "huyện Ia Grai", "tỉnh Gia Lai", "xã Ia O", "tỉnh Gia Lai"),
    (
        "Thôn Đăk Răng",
        "xã Đăk Dục",
        "huyện Ngọc Hồi",
        "tỉnh Kon Tum",
        "xã Đăk Dục",
        "tỉnh Quảng Ngãi",
    ),
    (
        "Làng Kon Klor",
        "xã Đăk Rơ Wa",
        "TP. Kon Tum",
        "tỉnh Kon Tum",
        "phường Đăk Cấm",
        "tỉnh Quảng Ngãi",
    ),
    (
        "Bon Bu Prâng",
        "xã Quảng Trực",
        "huyện Tuy Đức",
        "tỉnh Đắk Nông",
        "xã Quảng Trực",
        "tỉnh Lâm Đồng",
    ),
    (
        "Bon Sa Pa",
        "xã Thuận Hạnh",
        "huyện Đắk Song",
        "tỉnh Đắk Nông",
        "xã Thuận Hạnh",
        "tỉnh Lâm Đồng",
    ),
)
_PAGODAS = (
    ("Chùa Som Rông", "Phường 5, TP. Sóc Trăng, tỉnh Sóc Trăng"),
    ("Chùa Dơi (Mahatup)", "Phường 3, TP. Sóc Trăng, tỉnh Sóc Trăng"),
    ("Chùa Âng (Angkorajaborey)", "xã Nguyệt Hóa, huyện Châu Thành, tỉnh Trà Vinh"),
    ("Chùa Xvayton", "thị trấn Tri Tôn, huyện Tri Tôn, tỉnh An Giang"),
    ("Chùa Kh'Leang", "Phường 6, TP. Sóc Trăng, tỉnh Sóc Trăng"),
)
_BOARD_ROLES = ("Achar Lục cả (Trưởng ban)", "Phó ban", "Thủ quỹ", "Thư ký", "Ủy viên")
_TB_TYPES = ("AFB(+) mới", "AFB(-)", "Lao ngoài phổi", "Tái phát", "Lao kháng thuốc (MDR)")
_TB_REGIMEN = ("2RHZE/4RHE", "2RHZE/4RH", "6RHZE", "BPaLM")
_TB_RESULT = ("Đang điều trị", "Khỏi", "Hoàn thành ĐT", "Bỏ trị", "Chuyển đi")
_WARDS_KT = ("Khoa Nội tổng hợp", "Khoa Nhi", "Khoa Truyền nhiễm", "Khoa Ngoại", "Khoa Sản")
_ETHNIC_HL = ("Gia Rai", "Ba Na", "Xơ Đăng", "M'Nông", "Giẻ Triêng", "Kinh")


#: the rows of each province of the Mekong Delta and of the Highlands (before the 2025 merger)
_ST, _TV, _AG = _MEKONG[0:2], _MEKONG[2:4], _MEKONG[4:6]
_CM, _KG = _MEKONG[6:9], _MEKONG[9:12]
_GL, _KT, _DN = _HIGHLAND[0:2], _HIGHLAND[2:4], _HIGHLAND[4:6]


def _region(p: Person, table: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return table[int(p.bhxh[-3:]) % len(table)]


def _old_addr(p: Person, table: tuple[tuple[str, ...], ...]) -> str:
    r = _region(p, table)
    return f"{r[0]}, {r[1]}, {r[2]}, {r[3]}"


def _new_addr(p: Person, table: tuple[tuple[str, ...], ...]) -> str:
    r = _region(p, table)
    return f"{r[0]}, {r[4]}, {r[5]}"


def _after(p: Person, years: int, salt: int = 0) -> date:
    """A day some years after the person's birth (a dated event in their life)."""
    b = p.birth
    return _safe_day(b.year + years + _num(p, 5 + salt) % 4, 1 + (b.month + salt) % 12, b.day)


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


WRITERS_BLIND176: dict[str, Callable[[Person, Col], object]] = {
    "kh_name176": lambda p, c: (
        f"{_pick(p, _KH_FAMILY, 1)} {_by_sex(p, _KH_GIVEN_M, _KH_GIVEN_F, 2)}"
    ),
    "kh_upper176": lambda p, c: (
        f"{_pick(p, _KH_FAMILY, 1)} {_by_sex(p, _KH_GIVEN_M, _KH_GIVEN_F, 2)}".upper()
    ),
    "hl_name176": lambda p, c: (
        f"{_pick(p, _HL_FAMILY, 1)} {_by_sex(p, _HL_GIVEN_M, _HL_GIVEN_F, 2)}"
    ),
    "monk176": lambda p, c: f"{_pick(p, _KH_FAMILY, 1)} {_pick(p, _KH_GIVEN_M, 2)}",
    "mk_old176": lambda p, c: _old_addr(p, _MEKONG),
    "tv_new176": lambda p, c: _new_addr(p, _TV),
    "ag_new176": lambda p, c: _new_addr(p, _AG + _KG),
    "st_new176": lambda p, c: _new_addr(p, _ST),
    "cm_old176": lambda p, c: _old_addr(p, _CM),
    "cm_newward176": lambda p, c: _region(p, _CM)[4],
    "kg_old176": lambda p, c: _old_addr(p, _KG),
    "gl_new176": lambda p, c: _new_addr(p, _GL),
    "hl_old176": lambda p, c: _old_addr(p, _HIGHLAND),
    "dn_hamlet176": lambda p, c: _region(p, _DN)[0],
    "dn_ward176": lambda p, c: _region(p, _DN)[4],
    "dn_prov176": lambda p, c: _region(p, _DN)[5],
    "dharma176": lambda p, c: _pick(
        p, ("Sumano", "Dhammapalo", "Sovanno", "Ratanapanno", "Vicitto", "Khemako"), 3
    ),
    "hometown176": lambda p, c: _new_addr(p, _MEKONG).split(", ", 1)[1],
    "pagoda176": lambda p, c: _pick(p, tuple(x[0] for x in _PAGODAS), 4),
    "pagoda_addr176": lambda p, c: _pick(p, tuple(x[1] for x in _PAGODAS), 4),
    "ordained176": lambda p, c: _after(p, 12).strftime("%d/%m/%Y"),
    "vassa176": lambda p, c: str(_num(p, 30) + 1),
    "abbot176": lambda p, c: f"Đại đức {_pick(p, _KH_FAMILY, 6)} {_pick(p, _KH_GIVEN_M, 7)}",
    "until176": lambda p, c: f"{_num(p, 28)}/{_num(p, 12)}/2026",
    "board_role176": lambda p, c: _pick(p, _BOARD_ROLES, 2),
    "term176": lambda p, c: _pick(p, ("2022 - 2027", "2020 - 2025", "2024 - 2029"), 3),
    "level176": lambda p, c: _pick(p, ("Lớp 1 (vỡ lòng)", "Lớp 2", "Lớp 3", "Lớp nâng cao"), 2),
    "teacher176": lambda p, c: f"Sư {_pick(p, _KH_FAMILY, 5)} {_pick(p, _KH_GIVEN_M, 4)}",
    "parent176": lambda p, c: f"{_pick(p, _KH_FAMILY, 1)} {_pick(p, _KH_GIVEN_M, 8)}",
    "parent_phone176": lambda p, c: _other_phone(p, "039"),
    "result176": lambda p, c: _pick(p, ("Hoàn thành", "Giỏi", "Khá", "Chưa hoàn thành"), 3),
    "pond_ha176": lambda p, c: f"{_num(p, 40) / 10:.1f}".replace(".", ","),
    "species176": lambda p, c: _pick(p, ("Tôm sú QCCT", "Tôm thẻ chân trắng", "Tôm - lúa"), 2),
    "loss176": lambda p, c: _pick(p, ("Trên 70%", "Từ 30% - 70%", "Trên 70%"), 3),
    "support176": lambda p, c: _money((_num(p, 40) + 5) * 500_000),
    "officer176": lambda p, c: _other_vn(p, 5),
    "tb_no176": lambda p, c: f"{_num(p, 300)}/{p.other_date.year}",
    "tb_type176": lambda p, c: _pick(p, _TB_TYPES, 2),
    "regimen176": lambda p, c: _pick(p, _TB_REGIMEN, 3),
    "dots176": lambda p, c: _other_vn(p, 6),
    "dots_phone176": lambda p, c: _other_phone(p, "091"),
    "tb_result176": lambda p, c: _pick(p, _TB_RESULT, 4),
    "ethnic176": lambda p, c: _pick(p, _ETHNIC_HL, 3),
    "field176": lambda p, c: f"Khu rẫy mốc {_num(p, 60) + 20} - tiểu khu {_num(p, 900)}",
    "field_ha176": lambda p, c: f"{_num(p, 30) / 10:.1f}",
    "permit176": lambda p, c: f"{_num(p, 500)}/GP-ĐBP",
    "bp_officer176": lambda p, c: f"Đại úy {_other_vn(p, 7, True)}",
    "patient176": lambda p, c: f"BN{p.bhxh[:8]}",
    "ward_kt176": lambda p, c: _pick(p, _WARDS_KT, 2),
    "days176": lambda p, c: str(_num(p, 20) + 2),
    "meals176": lambda p, c: _money((_num(p, 20) + 2) * 40_000),
    "travel176": lambda p, c: _money((_num(p, 9) + 1) * 50_000),
    "escort176": lambda p, c: f"{_pick(p, _HL_FAMILY, 5)} {_pick(p, _HL_GIVEN_F, 6)} (vợ/mẹ)",
    "farm176": lambda p, c: f"DN-4C-{p.bhxh[-5:]}",
    "coffee_ha176": lambda p, c: f"{_num(p, 35) / 10:.2f}",
    "tonnes176": lambda p, c: f"{_num(p, 80) / 10:.1f}",
    "audit176": lambda p, c: _pick(p, ("Đạt", "Đạt", "Không đạt - thuốc BVTV", "Đạt có ĐK"), 3),
    "ticket176": lambda p, c: f"{_num(p, 999):04d}",
    "rice176": lambda p, c: str((_num(p, 4) + 1) * 10),
    "gift176": lambda p, c: _pick(p, ("1 thùng mì, 1 lít dầu ăn", "Tiền mặt 200.000đ", ""), 2),
    "proxy176": lambda p, c: "" if _num(p, 4) > 1 else _other_vn(p, 9),
}
