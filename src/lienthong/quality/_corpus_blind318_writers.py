"""How the people of the three-hundred-and-eighteenth part of the outside corpus (**blind 318**,
:mod:`lienthong.quality._corpus_blind318`) are written: nine Vietnamese files of the new Hưng Yên
province (the former Hưng Yên with Phố Hiến and its longan gardens, the former Thái Bình with its
rice fields and seaside communes), their addresses written both the old three-level way (xã,
huyện, tỉnh Thái Bình or Hưng Yên) and the new two-level way (xã or phường, tỉnh Hưng Yên)."""

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

# (hamlet, old commune, old district, old province, new commune or ward)
_PLACES = (
    ("Thôn An Chiểu", "xã Liên Phương", "TP Hưng Yên", "Hưng Yên", "phường Phố Hiến"),
    ("Thôn Đông", "xã Hồng Nam", "TP Hưng Yên", "Hưng Yên", "phường Hồng Châu"),
    ("Thôn Nội Châu", "xã Tân Hưng", "TP Hưng Yên", "Hưng Yên", "phường Sơn Nam"),
    ("Thôn Lôi Cầu", "xã Việt Hòa", "huyện Khoái Châu", "Hưng Yên", "xã Khoái Châu"),
    ("Thôn Xuân Đình", "xã Tân Lập", "huyện Vũ Thư", "Thái Bình", "xã Vũ Thư"),
    ("Thôn Đông Hồ", "xã Đông Hoàng", "huyện Đông Hưng", "Thái Bình", "xã Đông Hưng"),
    ("Thôn Tân Bồi", "xã Nam Thịnh", "huyện Tiền Hải", "Thái Bình", "xã Nam Cường"),
    ("Thôn Tân Sơn", "xã Thụy Trường", "huyện Thái Thụy", "Thái Bình", "xã Thái Thụy"),
    ("Thôn Thượng Phúc", "xã Đông Minh", "huyện Tiền Hải", "Thái Bình", "xã Đồng Châu"),
    ("Tổ 3", "phường Kỳ Bá", "TP Thái Bình", "Thái Bình", "phường Trần Lãm"),
)
_SEA = _PLACES[6:9]


def _place(p: Person, salt: int = 0) -> tuple[str, str, str, str, str]:
    return _PLACES[int(p.bhxh) // (salt * 7 + 1) % len(_PLACES)]


def _sea(p: Person) -> tuple[str, str, str, str, str]:
    return _SEA[int(p.bhxh) // 5 % len(_SEA)]


def _old(where: tuple[str, str, str, str, str]) -> str:
    return f"{where[0]}, {where[1]}, {where[2]}, tỉnh {where[3]}"


def _new(where: tuple[str, str, str, str, str]) -> str:
    return f"{where[0]}, {where[4]}, tỉnh Hưng Yên"


def _ascii_vn(text: str) -> str:
    flat = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in flat if not unicodedata.combining(ch))


def _initials(unit: str) -> str:
    """``xã Thái Thụy`` → ``TT``."""
    return "".join(w[0] for w in _ascii_vn(unit).split()[1:]).upper()


def _later(p: Person, years: int, days: int, fmt: str) -> str:
    """A day after the row's event day (a card's or a contract's end, a day due)."""
    return f"{_shift_date(p.other_date, years) + timedelta(days=days):{fmt}}"


# -- longan orchards opened to visitors -----------------------------------------------------------
_LONGAN = ("Nhãn lồng", "Nhãn lồng, Hương chi", "Đường phèn", "Hương chi", "Nhãn lồng Phố Hiến")
_TOUR = ("Hái nhãn, ăn tại vườn", "Hái nhãn + chụp ảnh", "Thăm cây nhãn tổ", "Ăn nhãn, mua về")
# -- longan-drying kilns turned from coal to electricity ------------------------------------------
_KILN = ("Lò sấy điện 300kg/mẻ", "Lò sấy bơm nhiệt", "Lò sấy điện 500kg/mẻ", "Tủ sấy inox")
# -- high-quality rice sown in a concentrated area ------------------------------------------------
_RICE = ("BC15", "TBR225", "ST25", "Bac thom 7", "J02", "Thien uu 8", "DS1")
_FIELDS = (
    "Xu dong Cua Dinh",
    "Xu dong Dong Trong",
    "Canh dong lon so 2",
    "Xu Ma Ong",
    "Dong Ngoai",
)
# -- hand gatherers in the biosphere reserve's buffer zone -----------------------------------------
_GATHER = ("Cào ngao", "Bắt cáy, còng", "Đánh dậm", "Mò vạng", "Soi ốc đêm", "Đặt đó, lờ")
_FLATS = ("Bãi Cồn Vành", "Cồn Thủ", "Cồn Đen", "Bãi bồi cửa Ba Lạt", "Bãi ngoài đê Đông Long")
# -- top pupils honoured at the Xích Đằng temple of literature -----------------------------------
_SCHOOLS = (
    "THPT Chuyên Hưng Yên",
    "THPT Chuyên Thái Bình",
    "THPT Phù Cừ",
    "THPT Bắc Duyên Hà",
    "THPT Tiền Hải",
    "THPT Nguyễn Đức Cảnh",
)
_BLOCKS = ("A00", "A01", "B00", "C00", "D01")
# -- papers handed in at the old commune offices after the merger ---------------------------------
_PROCS = (
    "Chứng thực bản sao",
    "Đăng ký khai sinh",
    "Xác nhận tình trạng hôn nhân",
    "Đăng ký kết hôn",
    "Chứng thực chữ ký",
    "Trích lục khai tử",
)
_STATE = ("Đã trả KQ", "Đã trả KQ", "Đang xử lý", "Bổ sung hồ sơ", "Đã trả KQ")
# -- farmers proposed as outstanding Vietnamese farmers ------------------------------------------
_TRADE = ("Trồng lúa 12 ha", "Trồng nhãn, vải", "Nuôi ngao 3 ha", "Chăn nuôi lợn", "Trồng nghệ")
_ETHNIC = ("Kinh", "Kinh", "Kinh", "Kinh", "Mường")
# -- inshore fishers leaving the beam trawl ------------------------------------------------------
_OLD_GEAR = ("Lưới kéo te", "Kéo te máy", "Lưới kéo đôi ven bờ", "Cào lươn")
_NEW_GEAR = ("Lưới rê 3 lớp", "Nuôi ngao", "Dịch vụ hậu cần nghề cá", "Lồng bẫy ghẹ", "Câu tay")
# -- fish dealers at the Diêm Điền fishing port ---------------------------------------------------
_STALL = ("hải sản", "cá tươi", "ngao", "tôm cá", "mực")
_GOODS = ("Cá tạp, cá chỉ vàng", "Tôm, mực", "Ngao, sò", "Ghẹ, cua", "Cá đông lạnh")


def _flat_note(p: Person) -> str:
    return "" if int(p.bhxh) % 3 else _pick(p, ("Thẻ cấp lại", "Chuyển thôn", "Hết hạn, gia hạn"))


WRITERS_BLIND318: dict[str, Callable[[Person, Col], object]] = {
    # longan orchards opened to visitors (Phố Hiến)
    "lg_old318": lambda p, c: _old(_place(p, 1)),
    "lg_new318": lambda p, c: _new(_place(p, 1)),
    "lg_area318": lambda p, c: 360 * _num(p, 12),
    "lg_trees318": lambda p, c: 8 + _num(p, 90),
    "lg_kind318": lambda p, c: _pick(p, _LONGAN, 2),
    "lg_tour318": lambda p, c: _pick(p, _TOUR, 3),
    "lg_seats318": lambda p, c: f"{10 * _num(p, 6)} khách/lượt",
    # longan-drying kilns (Khoái Châu, Phố Hiến)
    "kl_old318": lambda p, c: _old(_place(p, 2)),
    "kl_new318": lambda p, c: _new(_place(p, 2)),
    "kl_count318": lambda p, c: 1 + _num(p, 3),
    "kl_load318": lambda p, c: f"{200 * _num(p, 5)} kg tươi/mẻ",
    "kl_kind318": lambda p, c: _pick(p, _KILN, 4),
    "kl_aid318": lambda p, c: f"{15 * _num(p, 8)}.000.000",
    # high-quality rice (former Thái Bình)
    "rc_old318": lambda p, c: _ascii_vn(_old(_place(p, 3))),
    "rc_new318": lambda p, c: _ascii_vn(_new(_place(p, 3))),
    "rc_hamlet318": lambda p, c: _ascii_vn(_place(p, 3)[0]),
    "rc_seed318": lambda p, c: _pick(p, _RICE, 4),
    "rc_area318": lambda p, c: f"{_num(p, 30)},{_num(p, 9)} sao",
    "rc_field318": lambda p, c: _pick(p, _FIELDS, 5),
    "rc_officer318": lambda p, c: _ascii_vn(_other_vn(p, 6)),
    # hand gatherers in the buffer zone of the Red River delta biosphere reserve
    "bz_home318": lambda p, c: _new(_sea(p)),
    "bz_kind318": lambda p, c: _pick(p, _GATHER, 3),
    "bz_flat318": lambda p, c: _pick(p, _FLATS, 4),
    "bz_card318": lambda p, c: f"KDTSQ-{_num(p, 900):04d}/{_initials(_sea(p)[4])}",
    "bz_until318": lambda p, c: _later(p, 3, -1, "%d.%m.%Y"),
    "bz_head318": lambda p, c: f"Trưởng thôn {_other_vn(p, 5)}",
    "bz_note318": lambda p, c: _flat_note(p),
    # top pupils honoured at Văn Miếu Xích Đằng
    "vm_birth318": lambda p, c: f"{_safe_day(2007, p.birth.month, p.birth.day):%d/%m/%Y}",
    "vm_school318": lambda p, c: _pick(p, _SCHOOLS, 2),
    "vm_block318": lambda p, c: _pick(p, _BLOCKS, 3),
    "vm_score318": lambda p, c: f"{27 + _num(p, 3) * 0.25 + 0.25:.2f}".replace(".", ","),
    "vm_ward318": lambda p, c: _place(p, 4)[4],
    "vm_parent318": lambda p, c: _other_vn(p, 5, family=p.family),
    "vm_pphone318": lambda p, c: _other_phone(p, "09"),
    # papers handed in at the old commune office
    "rp_receipt318": lambda p, c: (
        f"000.00.{_num(p, 60):02d}.H31-250{_num(p, 900):03d}-{_num(p, 99)}"
    ),
    "rp_old318": lambda p, c: _old(_place(p, 5)),
    "rp_new318": lambda p, c: _new(_place(p, 5)),
    "rp_proc318": lambda p, c: _pick(p, _PROCS, 6),
    "rp_point318": lambda p, c: f"Điểm tiếp nhận trụ sở {_place(p, 5)[1]} (cũ)",
    "rp_due318": lambda p, c: _later(p, 0, 3 + _num(p, 12), "%d/%m/%Y"),
    "rp_clerk318": lambda p, c: _other_vn(p, 8),
    "rp_state318": lambda p, c: _pick(p, _STATE, 9),
    # farmers proposed as outstanding Vietnamese farmers
    "nd_ethnic318": lambda p, c: _pick(p, _ETHNIC, 2),
    "nd_home318": lambda p, c: _new(_place(p, 6)),
    "nd_trade318": lambda p, c: _pick(p, _TRADE, 3),
    "nd_income318": lambda p, c: 300 + 50 * _num(p, 40),
    "nd_jobs318": lambda p, c: 2 + _num(p, 25),
    "nd_branch318": lambda p, c: f"Chi hội {_place(p, 6)[0]}",
    # inshore fishers leaving the beam trawl (Tiền Hải, Thái Thụy)
    "tw_old318": lambda p, c: _old(_sea(p)),
    "tw_new318": lambda p, c: _new(_sea(p)),
    "tw_boat318": lambda p, c: f"TB-{9000 + _num(p, 900)}-TS",
    "tw_oldgear318": lambda p, c: _pick(p, _OLD_GEAR, 3),
    "tw_newgear318": lambda p, c: _pick(p, _NEW_GEAR, 4),
    "tw_aid318": lambda p, c: f"{20 + 5 * _num(p, 7)}.000.000 đ",
    "tw_decision318": lambda p, c: f"{_num(p, 400)}/QĐ-UBND",
    # fish dealers renting stalls at the Diêm Điền fishing port
    "fp_stall318": lambda p, c: f"Vựa {_pick(p, _STALL, 2)} {p.given.split()[-1]}",
    "fp_goods318": lambda p, c: _pick(p, _GOODS, 3),
    "fp_tonnes318": lambda p, c: f"{_num(p, 40) / 2:.1f}".replace(".", ","),
    "fp_lot318": lambda p, c: f"Ô {_num(p, 60):02d} - dãy {_pick(p, ('A', 'B', 'C'), 4)}",
    "fp_fee318": lambda p, c: f"{_num(p, 12) * 250_000:,}".replace(",", "."),
    "fp_end318": lambda p, c: _later(p, 2, -1, "%Y-%m-%d"),
}

__all__ = ["WRITERS_BLIND318"]
