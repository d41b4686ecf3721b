"""How the people of the three-hundred-and-fifty-fifth part of the outside corpus (**blind 355**,
:mod:`lienthong.quality._corpus_blind355`) are written: names of the highland peoples of the
merged Tuyên Quang province as commune officials spell them (Hmong ``Sùng Mí Chứ``, Dao
``Triệu Tiến Lìn``, Lô Lô ``Lò Văn Pủa``, Pà Thẻn ``Phàn Văn Sính``, Tày and La Chí), their
villages on the Đồng Văn karst plateau and in Hoàng Su Phì, the new communes of the two-level
government beside the old ``huyện …, tỉnh Hà Giang`` addresses, tea trees, border market
dealings, water tanks, homestays, boarding rice, Nho Quế boats, mint honey and buffalo sales."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_people import _ascii, _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: family names, men's middle names, women's middle names, given names (men), given names (women)
_PEOPLES: dict[str, tuple[tuple[str, ...], ...]] = {
    "mong": (
        ("Sùng", "Giàng", "Vàng", "Lầu", "Ly", "Thào", "Mua", "Hầu", "Vừ"),
        ("Mí", "Seo", "A", "Chứ"),
        ("Thị", "Thị", "Mí"),
        ("Chứ", "Pó", "Dế", "Sính", "Páo", "Chá", "Lử", "Nhà"),
        ("Mỷ", "Dung", "Sua", "Pà", "Dợ", "Chở", "Mai", "Súa"),
    ),
    "dao": (
        ("Triệu", "Bàn", "Đặng", "Lý", "Chảo", "Phùn"),
        ("Tiến", "Văn", "Kim"),
        ("Thị", "Mùi", "Thị"),
        ("Lìn", "Sành", "Tòng", "Phấu", "Quẩy", "Vần"),
        ("Mẩy", "Phấy", "Sửu", "Liều", "Nải", "Chạn"),
    ),
    "lolo": (
        ("Lò", "Sình", "Vàng", "Lự", "Dinh"),
        ("Văn", "Dìn", "Chỉn"),
        ("Thị", "Thị"),
        ("Pủa", "Dín", "Sử", "Chỉn", "Dũng", "Thàng"),
        ("Mỷ", "Dấu", "Mai", "Vàng", "Pằng"),
    ),
    "pathen": (
        ("Phàn", "Chẩu", "Tẩn", "Sìn", "Lý"),
        ("Văn", "A"),
        ("Thị",),
        ("Sính", "Chàn", "Quang", "Tài", "Phin"),
        ("Nhất", "Phin", "Mai", "Xuân", "Sỉnh"),
    ),
    "tay": (
        ("Hoàng", "Nông", "Ma", "Lục", "Lù", "Vi", "Ngân"),
        ("Văn", "Đức", "Thanh"),
        ("Thị", "Thị"),
        ("Thắng", "Páo", "Vần", "Tuấn", "Khiêm", "Sinh"),
        ("Hạnh", "Chẩn", "Thơm", "Nhung", "Lả", "Hoa"),
    ),
}


def _eth(p: Person, people: str, salt: int = 0) -> str:
    """The person's own name, written the way the people's names are (sex kept)."""
    fam, mid_m, mid_f, giv_m, giv_f = _PEOPLES[people]
    mid = _pick(p, mid_m if p.male else mid_f, salt + 1)
    giv = _pick(p, giv_m if p.male else giv_f, salt + 2)
    return f"{_pick(p, fam, salt)} {mid} {giv}"


def _kin(p: Person, people: str, salt: int, male: bool) -> str:
    """Another person of that people (a husband, a father, a village head, a buyer)."""
    fam, mid_m, mid_f, giv_m, giv_f = _PEOPLES[people]
    n = int(p.bhxh[::-1]) // (salt + 3)
    mid = (mid_m if male else mid_f)[n % len(mid_m if male else mid_f)]
    giv = (giv_m if male else giv_f)[n // 7 % len(giv_m if male else giv_f)]
    return f"{fam[n // 13 % len(fam)]} {mid} {giv}"


def _day(p: Person, year: int, salt: int = 0) -> date:
    return date(year, 1, 1) + timedelta(days=(int(p.bhxh) // (salt + 7)) % 360)


#: (thôn, new commune after 1 July 2025, old commune, old district) on the karst plateau
_PLATEAU = (
    ("Lô Lô Chải", "Lũng Cú", "Lũng Cú", "Đồng Văn"),
    ("Sáng Ngài", "Lũng Cú", "Ma Lé", "Đồng Văn"),
    ("Séo Lủng", "Sà Phìn", "Sà Phìn", "Đồng Văn"),
    ("Sủng Là", "Sà Phìn", "Sủng Là", "Đồng Văn"),
    ("Pả Vi Hạ", "Mèo Vạc", "Pả Vi", "Mèo Vạc"),
    ("Xín Cái", "Sơn Vĩ", "Xín Cái", "Mèo Vạc"),
    ("Khâu Vai", "Khâu Vai", "Khâu Vai", "Mèo Vạc"),
    ("Lũng Phìn", "Lũng Phìn", "Lũng Phìn", "Đồng Văn"),
    ("Há Súng", "Phó Bảng", "Phố Là", "Đồng Văn"),
)
#: (thôn, new commune, old commune, old district) in Hoàng Su Phì and Vị Xuyên tea country
_TEA = (
    ("Nậm Hồng", "Thông Nguyên", "Nậm Hồng", "Hoàng Su Phì"),
    ("Phìn Hồ", "Thông Nguyên", "Thông Nguyên", "Hoàng Su Phì"),
    ("Tả Sử Choóng", "Hồ Thầu", "Tả Sử Choóng", "Hoàng Su Phì"),
    ("Nàng Đôn", "Hồ Thầu", "Nàng Đôn", "Hoàng Su Phì"),
    ("Lùng Tao", "Cao Bồ", "Cao Bồ", "Vị Xuyên"),
    ("Khâu Mười", "Thượng Sơn", "Thượng Sơn", "Vị Xuyên"),
    ("Bản Luốc", "Hoàng Su Phì", "Bản Luốc", "Hoàng Su Phì"),
)


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 3) -> tuple[str, ...]:
    return table[(int(p.bhxh) // (salt * 11 + 1)) % len(table)]


def _home_new(p: Person, table: tuple[tuple[str, ...], ...]) -> str:
    thon, xa, _, _ = _place(p, table)
    return f"Thôn {thon}, xã {xa}, tỉnh Tuyên Quang"


def _home_old(p: Person, table: tuple[tuple[str, ...], ...]) -> str:
    thon, _, xa, huyen = _place(p, table)
    return f"Thôn {thon}, xã {xa}, huyện {huyen}, tỉnh Hà Giang"


def _home_either(p: Person, table: tuple[tuple[str, ...], ...]) -> str:
    return _home_old(p, table) if int(p.bhxh) % 3 == 0 else _home_new(p, table)


def _pupil(p: Person) -> date:
    """A boarding pupil's birthday: the person's day and month, in 2012 to 2014."""
    return _safe_day(2012 + int(p.bhxh) % 3, p.birth.month, p.birth.day)


def _tree_code(p: Person) -> str:
    return f"HSP-{_ascii(_place(p, _TEA)[0])[:2].upper()}-{_num(p, 900):04d}"


def _border_card(p: Person) -> str:
    return f"{_num(p, 9000):05d}/GCMBG-BP"


def _vnd(n: int) -> str:
    return f"{n:,}".replace(",", ".")


WRITERS_BLIND355: dict[str, Callable[[Person, Col], object]] = {
    # tea of Shan tuyết (Dao and Tày growers)
    "tea_name355": lambda p, c: _eth(p, "dao" if int(p.bhxh) % 2 else "tay"),
    "tea_people355": lambda p, c: "Dao" if int(p.bhxh) % 2 else "Tày",
    "tea_thon355": lambda p, c: _place(p, _TEA)[0],
    "tea_xa355": lambda p, c: _place(p, _TEA)[1],
    "tea_old355": lambda p, c: _home_old(p, _TEA),
    "tea_trees355": lambda p, c: _num(p, 140) + 5,
    "tea_code355": lambda p, c: _tree_code(p),
    "tea_age355": lambda p, c: _pick(p, ("100-200", "200-300", "> 300", "50-100"), 4),
    "tea_area355": lambda p, c: f"{_num(p, 30) / 10:.1f}".replace(".", ","),
    "tea_kg355": lambda p, c: _num(p, 60) * 25,
    "tea_head355": lambda p, c: _kin(p, "dao", 5, True),
    # border residents trading at border markets (Hmong)
    "bd_name355": lambda p, c: _eth(p, "mong"),
    "bd_card355": lambda p, c: _border_card(p),
    "bd_thon355": lambda p, c: _place(p, _PLATEAU)[0],
    "bd_xa355": lambda p, c: _place(p, _PLATEAU)[1],
    "bd_market355": lambda p, c: _pick(
        p,
        (
            "Chợ biên giới Săm Pun",
            "Cặp chợ Phó Bảng – Đổng Cán",
            "Chợ cửa khẩu Thanh Thủy",
            "Lối mở Xín Cái",
        ),
        5,
    ),
    "bd_goods355": lambda p, c: _pick(
        p, ("Ngô hạt", "Thảo quả khô", "Phân bón NPK", "Gia vị, bánh kẹo", "Giống ngô lai"), 6
    ),
    "bd_value355": lambda p, c: _vnd(_num(p, 75) * 100_000 + 500_000),
    "bd_trip355": lambda p, c: _written(_day(p, 2026, 2), c.date_format),
    # heritage practitioners (Lô Lô, Pà Thẻn)
    "hr_name355": lambda p, c: _eth(p, "lolo" if int(p.bhxh) % 3 else "pathen"),
    "hr_people355": lambda p, c: "Lô Lô" if int(p.bhxh) % 3 else "Pà Thẻn",
    "hr_rite355": lambda p, c: (
        _pick(p, ("Lễ cúng tổ tiên", "Múa trống đồng", "Thêu hoa văn trang phục"), 7)
        if int(p.bhxh) % 3
        else _pick(p, ("Lễ nhảy lửa", "Dệt thổ cẩm", "Thầy cúng"), 7)
    ),
    "hr_home355": lambda p, c: (
        _home_either(p, _PLATEAU)
        if int(p.bhxh) % 3
        else _pick(
            p,
            (
                "Thôn Khuổi Củng, xã Tân Trịnh, tỉnh Tuyên Quang",
                "Thôn Nặm Khẳm, xã Liên Hiệp, huyện Bắc Quang, tỉnh Hà Giang",
                "Thôn Thượng Bình, xã Xuân Giang, tỉnh Tuyên Quang",
            ),
            8,
        )
    ),
    "hr_years355": lambda p, c: _num(p, 50) + 10,
    "hr_pupils355": lambda p, c: _num(p, 25),
    "hr_title355": lambda p, c: _pick(
        p, ("Nghệ nhân ưu tú", "Chưa có", "Nghệ nhân nhân dân", ""), 9
    ),
    # dry-season water tanks on the plateau
    "wt_name355": lambda p, c: _eth(p, _pick(p, ("mong", "mong", "lolo"), 10)),
    "wt_thon355": lambda p, c: _place(p, _PLATEAU)[0],
    "wt_xa355": lambda p, c: f"Xã {_place(p, _PLATEAU)[1]}",
    "wt_mouths355": lambda p, c: _num(p, 9) + 1,
    "wt_litres355": lambda p, c: _pick(p, ("1.000", "2.000", "1.500", "3.000"), 11),
    "wt_poor355": lambda p, c: _pick(p, ("Hộ nghèo", "Cận nghèo", "Hộ nghèo", "Không"), 12),
    "wt_head355": lambda p, c: _kin(p, "mong", 13, True),
    # homestay owners of Hoàng Su Phì
    "hs_name355": lambda p, c: _eth(p, _pick(p, ("dao", "tay", "dao"), 14)),
    "hs_house355": lambda p, c: _pick(
        p, ("Homestay Nậm Hồng", "Ruộng Bậc Thang Homestay", "Nhà Dao đỏ", "Chè Cổ Thụ Lodge"), 15
    ),
    "hs_rooms355": lambda p, c: _num(p, 8) + 1,
    "hs_beds355": lambda p, c: _num(p, 30) + 4,
    "hs_license355": lambda p, c: f"{_num(p, 300):03d}/GCN-VHTTDL",
    "hs_fb355": lambda p, c: (
        f"fb.com/homestay.{_ascii(_place(p, _TEA)[0]).lower().replace(' ', '')}"
    ),
    "hs_home355": lambda p, c: _home_either(p, _TEA),
    # boarding pupils receiving rice
    "br_name355": lambda p, c: _eth(p, _pick(p, ("mong", "dao", "lolo"), 16)),
    "br_birth355": lambda p, c: _written(_pupil(p), c.date_format),
    "br_id355": lambda p, c: _cccd_of(p, p.male, _pupil(p).year),
    "br_class355": lambda p, c: f"{6 + int(p.bhxh) % 4}{'ABC'[_num(p, 3) - 1]}",
    "br_father355": lambda p, c: _kin(p, "mong", 17, True),
    "br_km355": lambda p, c: f"{_num(p, 14) + 2},{_num(p, 9)}",
    "br_rice355": lambda p, c: 15,
    "br_thon355": lambda p, c: _place(p, _PLATEAU)[0],
    "br_xa355": lambda p, c: _place(p, _PLATEAU)[1],
    # boat operators on the Nho Quế
    "bt_name355": lambda p, c: _eth(p, _pick(p, ("mong", "tay", "mong"), 18)),
    "bt_boat355": lambda p, c: f"HG-{_num(p, 900):04d}-ĐT",
    "bt_seats355": lambda p, c: _pick(p, ("12", "20", "8", "30"), 19),
    "bt_wharf355": lambda p, c: _pick(p, ("Bến Tà Làng", "Bến Hẻm Tu Sản", "Bến Xín Cái"), 20),
    "bt_home355": lambda p, c: _home_either(p, _PLATEAU),
    "bt_cert355": lambda p, c: f"CCCM {_num(p, 5000):05d}",
    "bt_insure355": lambda p, c: _written(_day(p, 2026, 3), c.date_format),
    # mint-honey beekeepers
    "bk_name355": lambda p, c: _eth(p, _pick(p, ("mong", "lolo", "tay"), 21)),
    "bk_hives355": lambda p, c: _num(p, 80) + 10,
    "bk_kg355": lambda p, c: f"{_num(p, 40) * 12},5",
    "bk_code355": lambda p, c: f"MV-ONG-{_num(p, 700):04d}",
    "bk_old355": lambda p, c: _home_old(p, _PLATEAU),
    "bk_coop355": lambda p, c: _pick(
        p, ("HTX Mật ong bạc hà Mèo Vạc", "THT ong Pả Vi", "Tự do"), 22
    ),
    # buffalo and cattle sold at Mèo Vạc market
    "bf_name355": lambda p, c: _eth(p, _pick(p, ("mong", "pathen", "mong"), 23)),
    "bf_kind355": lambda p, c: _pick(p, ("Bò vàng", "Trâu đực", "Bò cái", "Trâu cái"), 24),
    "bf_age355": lambda p, c: f"{_num(p, 8) + 1} năm",
    "bf_price355": lambda p, c: _vnd((_num(p, 40) + 15) * 1_000_000),
    "bf_buyer355": lambda p, c: _pick(
        p, ("Nguyễn Văn Hùng", "Trần Đức Long", "Lục Văn Sơn", "Vũ Thị Hằng"), 25
    ),
    "bf_buyer_from355": lambda p, c: _pick(
        p, ("Phường Hà Giang 1, Tuyên Quang", "Xã Yên Minh, Tuyên Quang", "TP. Cao Bằng"), 26
    ),
    "bf_buyer_phone355": lambda p, c: _other_phone(p, "08"),
    "bf_cert355": lambda p, c: f"{_num(p, 999):03d}/KDĐV",
    "bf_xa355": lambda p, c: _place(p, _PLATEAU)[1],
}
