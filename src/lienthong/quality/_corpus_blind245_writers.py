"""How the people of the two-hundred-and-forty-fifth part of the outside corpus (**blind 245**,
:mod:`lienthong.quality._corpus_blind245`) are written: nine Hà Nội registers' own columns (a
ward's temporary parking spots, a sitting tug-of-war team, a gratitude fund, land pooled for a
cooperative, a rice-cooking contest, mediation at a regional court, attested wills, old birth
registers keyed in, irrigation contracts) and Hà Nội addresses before and after the July 2025
reorganisation: ``phường … quận …`` or ``xã … huyện …`` (the former Hà Tây districts among them)
and the two-level ``xã …/phường …, TP Hà Nội``."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

#: (street or village line, old ward/commune, old district, new ward/commune)
_HN: tuple[_T, ...] = (
    ("Số 14 ngõ 68 Quang Trung", "phường Quang Trung", "quận Hà Đông", "phường Hà Đông"),
    ("Tổ 5 khu Vạn Phúc", "phường Vạn Phúc", "quận Hà Đông", "phường Hà Đông"),
    ("Số 3 phố Hàng Bạc", "phường Hàng Bạc", "quận Hoàn Kiếm", "phường Hoàn Kiếm"),
    ("Số 21 ngõ 120 Hàng Trống", "phường Hàng Trống", "quận Hoàn Kiếm", "phường Hoàn Kiếm"),
    ("Tổ 9 Thạch Cầu", "phường Thạch Bàn", "quận Long Biên", "phường Long Biên"),
    ("Số 7 ngõ 2 Cầu Bây", "phường Thạch Bàn", "quận Long Biên", "phường Phúc Lợi"),
    ("Thôn Thị Cấm", "phường Xuân Phương", "quận Nam Từ Liêm", "phường Xuân Phương"),
    ("Số 40 Phố Ngô Quyền", "phường Ngô Quyền", "thị xã Sơn Tây", "phường Sơn Tây"),
    ("Thôn Mỹ Giang", "xã Tam Hiệp", "huyện Phúc Thọ", "xã Phúc Thọ"),
    ("Thôn Yên Nội", "xã Đồng Quang", "huyện Quốc Oai", "xã Quốc Oai"),
    ("Xóm Bến, thôn Phú Vinh", "xã Phú Nghĩa", "huyện Chương Mỹ", "xã Phú Nghĩa"),
    ("Thôn Chàng Sơn", "xã Canh Nậu", "huyện Thạch Thất", "xã Thạch Thất"),
    ("Thôn Trạch Xá", "xã Hòa Lâm", "huyện Ứng Hòa", "xã Ứng Hòa"),
    ("Thôn Phú Mỹ", "xã Hồng Minh", "huyện Phú Xuyên", "xã Phú Xuyên"),
    ("Thôn Chuông", "xã Phương Trung", "huyện Thanh Oai", "xã Dân Hòa"),
    ("Thôn Yên Vĩ", "xã Hương Sơn", "huyện Mỹ Đức", "xã Hương Sơn"),
    ("Thôn Đông Cao", "xã Tráng Việt", "huyện Mê Linh", "xã Mê Linh"),
    ("Thôn Hát Giang", "xã Tòng Bạt", "huyện Ba Vì", "xã Bất Bạt"),
)


def _hn(p: Person) -> _T:
    return _HN[(int(p.bhxh) // 7) % len(_HN)]


def _hn_old(p: Person) -> str:
    line, ward, district, _ = _hn(p)
    return f"{line}, {ward}, {district}, Hà Nội"


def _hn_new(p: Person) -> str:
    line, _, _, ward = _hn(p)
    return f"{line}, {ward}, TP Hà Nội"


def _hn_mixed(p: Person) -> str:
    """The address as the row was first keyed (old form) or as it was corrected (new form)."""
    return _hn_old(p) if int(p.bhxh) % 3 == 0 else _hn_new(p)


def _ascii_vn(text: str) -> str:
    done = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in done if not unicodedata.combining(ch))


def _when(p: Person, months: int) -> str:
    d = p.other_date
    m = d.month - 1 + months
    return f"{_safe_day(d.year + m // 12, m % 12 + 1, d.day):%d/%m/%Y}"


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# -- the registers' own columns -----------------------------------------------------------------
_SPOT = ("Vỉa hè trước số 12 Hàng Bạc", "Lòng đường Đinh Tiên Hoàng", "Ngõ 31 Hàng Trống")
_VEH = ("Xe máy", "Xe máy, xe đạp", "Ô tô dưới 9 chỗ", "Xe máy điện")
_TEAM = ("Giáp Nhất", "Giáp Nhì", "Giáp Ba (Thạch Cầu)", "Đội dự bị")
_TUG_ROLE = ("Chạc trưởng", "Người kéo", "Người kéo", "Người kéo", "Cầm cờ", "Đánh trống")
_GIFT = ("Ủng hộ tiền mặt", "Chuyển khoản", "Trích lương 1 ngày", "Hiện vật quy tiền")
_FIELD = ("Xứ đồng Mả Mây", "Cánh đồng Lau Dưới", "Đồng Trũng", "Bãi Soi")
_CROP = ("Lúa - cá", "Lúa chất lượng cao", "Rau an toàn", "Dưa lưới nhà màng")
_COOK = ("Đội thôn Thị Cấm", "Đội giáp Đông", "Đội giáp Tây", "Đội giáp Nam")
_COOK_ROLE = ("Người thổi lửa", "Người vo gạo", "Người lấy nước", "Người giữ nồi", "Trưởng đội")
_CASE = ("Tranh chấp hợp đồng vay tài sản", "Ly hôn, nuôi con", "Tranh chấp ranh giới đất",
         "Chia thừa kế", "Đòi tài sản cho mượn")  # fmt: skip
_MED_OUT = ("Hòa giải thành", "Đối thoại thành", "Không thành, chuyển thụ lý", "Rút đơn")
_WILL = ("Di chúc", "Văn bản thỏa thuận phân chia di sản", "Văn bản từ chối nhận di sản",
         "Văn bản khai nhận di sản")  # fmt: skip
_IRR = ("Tưới tiêu chủ động", "Tiêu úng", "Tưới tạo nguồn", "Tưới bằng trọng lực")


def _gap(p: Person) -> timedelta:
    return timedelta(days=3 + _num(p, 55))


def _officer(p: Person) -> str:
    return _other_vn(p, 7)


WRITERS_BLIND245: dict[str, Callable[[Person, Col], object]] = {
    # addresses, old and two-level
    "hn_old245": lambda p, c: _hn_old(p),
    "hn_new245": lambda p, c: _hn_new(p),
    "hn_mixed245": lambda p, c: _hn_mixed(p),
    "hn_old_ascii245": lambda p, c: _ascii_vn(_hn_old(p)),
    "hn_line245": lambda p, c: _hn(p)[0],
    "hn_ward245": lambda p, c: _hn(p)[3],
    "hn_ward_ascii245": lambda p, c: _ascii_vn(_hn(p)[3]).title(),
    # parking spots
    "spot245": lambda p, c: _ascii_vn(_pick(p, _SPOT, 2)),
    "area245": lambda p, c: f"{20 + _num(p, 80)} m2",
    "veh245": lambda p, c: _ascii_vn(_pick(p, _VEH, 3)),
    "permit245": lambda p, c: f"{_num(p, 400)}/GP-UBND",
    "fee245": lambda p, c: _money((5 + _num(p, 40)) * 100_000),
    # sitting tug-of-war
    "team245": lambda p, c: _pick(p, _TEAM, 2),
    "tugrole245": lambda p, c: _pick(p, _TUG_ROLE, 3),
    "years245": lambda p, c: f"{1 + _num(p, 30)}",
    "weight245": lambda p, c: f"{48 + _num(p, 40)} kg",
    "kin245": lambda p, c: _other_vn(p, 4),
    "kin_phone245": lambda p, c: _other_phone(p, "03"),
    # gratitude fund
    "gift245": lambda p, c: _pick(p, _GIFT, 2),
    "sum245": lambda p, c: _money((1 + _num(p, 50)) * 50_000),
    "receipt245": lambda p, c: f"BL{p.bhxh[-5:]}/{p.other_date.year}",
    "tdp245": lambda p, c: f"TDP số {_num(p, 14)}",
    # pooled land
    "parcel245": lambda p, c: f"Tờ {_num(p, 40)}, thửa {_num(p, 900)}",
    "sqm245": lambda p, c: f"{360 * (1 + _num(p, 8))}",
    "field245": lambda p, c: _pick(p, _FIELD, 3),
    "crop245": lambda p, c: _pick(p, _CROP, 4),
    "rent245": lambda p, c: f"{60 + _num(p, 40)} kg thóc/sào/năm",
    "contract245": lambda p, c: f"HĐ {_num(p, 300)}/{p.other_date.year}/HTX-UH",
    # rice-cooking contest
    "cookteam245": lambda p, c: _pick(p, _COOK, 2),
    "cookrole245": lambda p, c: _pick(p, _COOK_ROLE, 3),
    "bib245": lambda p, c: f"{_num(p, 60):02d}",
    "prize245": lambda p, c: _pick(p, ("Giải Nhất", "Giải Nhì", "Giải Ba", "KK", ""), 4),
    # mediation at court
    "medcase245": lambda p, c: f"{_num(p, 500)}/{p.other_date.year}/TLHG",
    "medkind245": lambda p, c: _pick(p, _CASE, 2),
    "party245": lambda p, c: _other_vn(p, 5),
    "mediator245": lambda p, c: f"HGV {_officer(p)}",
    "medout245": lambda p, c: _pick(p, _MED_OUT, 3),
    # attested wills
    "willno245": lambda p, c: f"{_num(p, 300)}/{p.other_date.year}, quyển số 02-SCT/HĐ,GD",
    "willkind245": lambda p, c: _pick(p, _WILL, 2),
    "heir245": lambda p, c: f"{_other_vn(p, 3)}; {_other_vn(p, 6)}",
    "estate245": lambda p, c: f"QSDĐ thửa {_num(p, 900)}, tờ {_num(p, 40)}",
    "signer245": lambda p, c: f"PCT {_officer(p)}",
    "fee_will245": lambda p, c: _money(50_000 if int(p.bhxh) % 2 else 20_000),
    # old birth registers keyed in
    "book245": lambda p, c: f"{1 + _num(p, 3):02d}/{p.birth.year}",
    "entry245": lambda p, c: f"{_num(p, 250)}",
    "father245": lambda p, c: _other_vn(p, 2, True, p.family),
    "mother245": lambda p, c: _other_vn(p, 3, False),
    "fbirth245": lambda p, c: f"{p.birth.year - 22 - _num(p, 12)}",
    "reg_day245": lambda p, c: f"{_shift_date(p.birth, 0) + _gap(p):%d/%m/%Y}",
    "keyer245": lambda p, c: _officer(p),
    # irrigation contracts
    "irr245": lambda p, c: _pick(p, _IRR, 2),
    "sao245": lambda p, c: f"{1 + _num(p, 12)},{_num(p, 9)}",
    "irrfee245": lambda p, c: _money((1 + _num(p, 12)) * 63_000),
    "season245": lambda p, c: _pick(p, ("Vụ Xuân 2026", "Vụ Mùa 2025", "Cả năm 2026"), 3),
    "next245": lambda p, c: _when(p, 6),
}


__all__ = ["WRITERS_BLIND245"]
