"""How the people of the hundred-and-eighty-fifth part of the outside corpus (**blind 185**,
:mod:`lienthong.quality._corpus_blind185`) are written: nine registers of the Central coast (Huế,
Đà Nẵng, Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên), their homes written with the units before
the 2025 reorganisation (tỉnh Thừa Thiên Huế, huyện, quận, thị xã) or after it (thành phố Huế,
Đà Nẵng with Quảng Nam, Quảng Ngãi, Gia Lai for Bình Định, Đắk Lắk for Phú Yên, no district),
and each register's own columns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn, _pupil_birth

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (place in the citadel, old ward, old city and province, new ward and city)
_HUE_CITADEL = (
    ("Kiệt 12 Đoàn Thị Điểm", "P. Thuận Thành", "TP Huế, tỉnh TT Huế", "phường Phú Xuân, TP Huế"),
    (
        "Thượng thành Mang Cá",
        "phường Thuận Lộc",
        "TP. Huế, Thừa Thiên Huế",
        "P. Phú Xuân, thành phố Huế",
    ),
    (
        "Hộ lấn chiếm cửa Chánh Tây",
        "P.Tây Lộc",
        "TP Huế, tỉnh Thừa Thiên Huế",
        "phường Phú Xuân, TP. Huế",
    ),
    (
        "48 Ngô Đức Kế",
        "phường Thuận Hòa",
        "thành phố Huế, TT-Huế",
        "phường Phú Xuân, thành phố Huế",
    ),
    ("Kiệt 3 Mai Thúc Loan", "P. Thuận Thành", "Q. Phú Xuân, TP Huế", "phường Phú Xuân, TP Huế"),
)
_HUE_SPOT = (
    "Trên Thượng thành",
    "Bờ hộ thành hào",
    "Trong vùng lõi Khu vực I",
    "Ven sông Ngự Hà",
    "Tại Eo Bầu",
)
_HUE_TDC = (
    "KTĐC Bàu Vá giai đoạn 4",
    "KĐT mới An Vân Dương (khu B)",
    "KTĐC Hương Sơ khu vực 5",
    "KTĐC Tái định cư Thủy Vân",
)
_HA_RELICS = (
    ("Nhà cổ Tấn Ký", "101 Nguyễn Thái Học"),
    ("Nhà thờ tộc Trần", "21 Lê Lợi"),
    ("Nhà cổ Quân Thắng", "77 Trần Phú"),
    ("Nhà cổ Phùng Hưng", "4 Nguyễn Thị Minh Khai"),
    ("Nhà thờ tộc Nguyễn Tường", "8 Nguyễn Thị Minh Khai"),
    ("Nhà cổ Đức An", "129 Trần Phú"),
)
_HA_HOME = (
    ("Khối An Hội 1", "P. Minh An", "TP. Hội An", "Quảng Nam"),
    ("Tổ 5, khối Sơn Phong", "phường Sơn Phong", "thành phố Hội An", "tỉnh Quảng Nam"),
    ("thôn Võng Nhi", "xã Cẩm Kim", "TP Hội An", "Quảng Nam"),
    ("Khối Trung Hòa", "phường Hội An", "thành phố Đà Nẵng", ""),
    ("thôn Trà Quế", "phường Hội An Tây", "TP Đà Nẵng", ""),
)
_GRADE = ("Loại đặc biệt", "Loại I", "Loại I", "Loại II", "Loại II (nhà ống)")
_REPAIR = (
    "Thay mái ngói âm dương",
    "Gia cố cột, kèo chống mối",
    "Tu bổ mặt tiền, cửa bàn khoa",
    "Nâng nền chống ngập",
    "Tu bổ toàn bộ",
)
_QNG = (
    ("thôn An Hải", "xã Bình Châu", "huyện Bình Sơn", "tỉnh Quảng Ngãi"),
    ("tổ dân phố Thạnh Đức", "phường Phổ Thạnh", "thị xã Đức Phổ", "Quảng Ngãi"),
    ("thôn Kỳ Xuyên", "xã Tịnh Kỳ", "TP Quảng Ngãi", "tỉnh Quảng Ngãi"),
    ("thôn Tân Mỹ", "xã Đông Sơn", "", "tỉnh Quảng Ngãi"),
    ("thôn Phước Thiện", "xã Nghĩa An", "", "Quảng Ngãi"),
    ("thôn Đông", "đặc khu Lý Sơn", "", "tỉnh Quảng Ngãi"),
)
_QNG_ROLE = ("Đội trưởng", "Đội phó", "Đội viên", "Đội viên", "Đội viên", "Đội viên (thuyền máy)")
_QNG_JOB = ("Ngư dân", "Làm nông", "Dân quân thường trực", "Y tế thôn", "Buôn bán", "Đoàn viên TN")
_QNG_KIT = (
    "Thuyền thúng",
    "Xe máy",
    "Áo phao, cưa máy",
    "Thuyền máy 15CV",
    "Không",
    "Dây thừng, loa",
)
#: (old address, new address) in Binh Dinh
_BD = (
    ("thôn Phong Thạnh, xã Cát Khánh, huyện Phù Cát, tỉnh Bình Định", "xã Đề Gi, tỉnh Gia Lai"),
    ("Khu vực 2, P. Ghềnh Ráng, TP. Quy Nhơn, Bình Định", "phường Quy Nhơn Nam, tỉnh Gia Lai"),
    ("thôn Vĩnh Hiệp, xã Vĩnh Thịnh, huyện Vĩnh Thạnh, tỉnh Bình Định", "xã Vĩnh Thịnh, Gia Lai"),
    ("thôn Đông Phú, xã Hoài Hải, TX Hoài Nhơn, Bình Định", "phường Hoài Nhơn Đông, tỉnh Gia Lai"),
    ("làng Kon Mon, xã An Toàn, huyện An Lão, Bình Định", "xã An Toàn, tỉnh Gia Lai"),
)
_LEP_TYPE = ("MB", "PB", "MB", "MB (u phong)", "PB")
_LEP_GRADE = ("0", "1", "2", "0", "1")
_LEP_KHOA = ("Khoa Phong", "Khu điều dưỡng", "Khoa Phục hồi chức năng", "Ngoại trú")
_GEAR = ("Lưới rê", "Câu tay", "Lưới vây", "Lặn (hookah)", "Lưới kéo đơn", "Mành chụp")
_HARBOUR = ("Cảng cá Sa Huỳnh", "Cảng cá Tịnh Kỳ", "Cửa Sa Kỳ", "Âu thuyền Lý Sơn", "Cửa Mỹ Á")
_THREE_NO = (
    "Không đăng ký, không đăng kiểm, không GPKT",
    "Chưa đăng ký",
    "Hết hạn đăng kiểm, không GPKT",
    "Không GPKT",
)
_PY = (
    ("thôn Phú Sen Đông", "xã Hòa Định Tây", "huyện Phú Hòa", "tỉnh Phú Yên"),
    ("buôn Đức Mỹ", "xã Ea Chà Rang", "huyện Sơn Hòa", "Phú Yên"),
    ("thôn Phú Lương", "xã Hòa An", "", "tỉnh Đắk Lắk"),
    ("khu phố Long Bình", "phường Đông Tác", "", "tỉnh Đắk Lắk"),
    ("thôn Đồng Hội", "xã Sơn Thành", "", "Đắk Lắk"),
)
_PY_CLASS = ("1A", "2B", "3A", "4C", "5A", "6/1", "7/3", "8/2", "9/1")
_CROSSING = (
    "Qua ngầm tràn Sông Cái",
    "Qua cầu treo Hòa Định",
    "Qua đò sông Ba",
    "Qua suối Bà Bầu",
    "Đường ngập sâu mùa mưa",
)
#: (old address, new address) in Da Nang and Quang Nam
_DN = (
    ("Tổ 32, P. Thọ Quang, Q. Sơn Trà, TP Đà Nẵng", "Tổ 32, phường Sơn Trà, TP Đà Nẵng"),
    ("K47/12 Nguyễn Văn Thoại, P. Mỹ An, Q. Ngũ Hành Sơn, Đà Nẵng", "phường Ngũ Hành Sơn, Đà Nẵng"),
    ("thôn Tân Lập, xã Tam Quang, huyện Núi Thành, tỉnh Quảng Nam", "xã Núi Thành, TP Đà Nẵng"),
    ("Tổ 7, P. Thanh Khê Tây, Q. Thanh Khê, Đà Nẵng", "phường Thanh Khê, thành phố Đà Nẵng"),
    ("thôn Bình Thạnh, xã Bình Minh, huyện Thăng Bình, Quảng Nam", "xã Thăng An, TP Đà Nẵng"),
)
_QNAM = (
    ("thôn Hà Nha", "xã Đại Đồng", "huyện Đại Lộc", "tỉnh Quảng Nam"),
    ("khối phố 6", "P. Điện Nam Trung", "TX Điện Bàn", "Quảng Nam"),
    ("thôn Phú Đa", "xã Duy Phước", "huyện Duy Xuyên", "tỉnh Quảng Nam"),
    ("thôn 4", "xã Đại Lộc", "", "thành phố Đà Nẵng"),
    ("khối phố Nhị Dinh", "phường Điện Bàn Đông", "", "TP Đà Nẵng"),
)
_CARD_REASON = (
    "Bị nước lũ cuốn trôi",
    "Thẻ hư hỏng do ngập nước",
    "Mất khi di dời tránh lũ",
    "Thẻ bong chip, mờ ảnh",
)
_HUE_RURAL = (
    ("thôn Phú Lễ", "xã Quảng Phú", "huyện Quảng Điền", "tỉnh Thừa Thiên Huế"),
    ("thôn Vân Trình", "xã Phong Chương", "huyện Phong Điền", "TT Huế"),
    ("thôn Phú Lễ", "xã Quảng Điền", "", "thành phố Huế"),
    ("thôn Thủy Diện", "xã Quảng Điền", "", "TP Huế"),
    ("thôn Lại Ân", "xã Phú Vinh", "", "thành phố Huế"),
    ("tổ dân phố 4", "phường Hương Văn", "TX Hương Trà", "Thừa Thiên Huế"),
)
_HOUSE_KIND = (
    "Nhà có gác lửng tránh lũ",
    "Xây mới nhà chống bão",
    "Nâng tầng chống lũ",
    "Sửa chữa, gia cố mái",
)
_HOUSE_CLASS = ("Hộ nghèo", "Hộ cận nghèo", "Hộ chính sách", "Hộ nghèo", "Hộ khó khăn về nhà ở")
_FUND = ("Ngân sách TP + MTTQ", "Dự án SCF (GCF-UNDP)", "Quỹ Vì người nghèo", "Nhà Chữ Thập đỏ")


def _later(p: Person, c: Col, days: int) -> str:
    """A day some weeks after the row's other event (a promised day, a day work was accepted)."""
    return f"{p.other_date + timedelta(days=days + _num(p, 20)):{c.date_format}}"


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 1) -> tuple[str, ...]:
    return table[(int(p.bhxh) // (salt * 7 + 3)) % len(table)]


def _units(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 1) -> str:
    return ", ".join(part for part in _place(p, table, salt) if part)


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _citadel(p: Person) -> str:
    spot, ward, city, new = _place(p, _HUE_CITADEL)
    return f"{spot}, {new}" if int(p.bhxh) % 3 == 0 else f"{spot}, {ward}, {city}"


def _old_new(p: Person, table: tuple[tuple[str, str], ...], salt: int = 1) -> str:
    old, new = table[(int(p.bhxh) // (salt * 7 + 3)) % len(table)]
    if int(p.bhxh) % 4 == 1:
        return f"{old} (nay là {new})"
    return new if int(p.bhxh) % 2 else old


WRITERS_BLIND185: dict[str, Callable[[Person, Col], object]] = {
    # households moved out of Hue citadel's zone I
    "hue_code185": lambda p, c: f"KV1-{_pick(p, ('TT', 'TL', 'TH', 'TLc'), 2)}-{p.bhxh[-4:]}",
    "hue_members185": lambda p, c: str(1 + _num(p, 7)),
    "hue_addr185": lambda p, c: _citadel(p),
    "hue_spot185": lambda p, c: _pick(p, _HUE_SPOT, 3),
    "hue_area185": lambda p, c: f"{35 + _num(p, 140)},{_num(p, 9)}",
    "hue_tdc185": lambda p, c: _pick(p, _HUE_TDC, 4),
    "hue_lot185": lambda p, c: (
        f"Lô {_pick(p, ('A', 'B', 'C', 'TĐC'), 5)}{_num(p, 40)}, thửa {_num(p, 300)}"
    ),
    "hue_money185": lambda p, c: _money(_num(p, 90) * 25_000_000 + 180_000_000),
    # owners of Hoi An's old houses restored with subsidy
    "ha_relic185": lambda p, c: _place(p, _HA_RELICS, 2)[0],
    "ha_relic_addr185": lambda p, c: f"{_place(p, _HA_RELICS, 2)[1]}, P. Minh An",
    "ha_home185": lambda p, c: _units(p, _HA_HOME, 3),
    "ha_grade185": lambda p, c: _pick(p, _GRADE, 3),
    "ha_repair185": lambda p, c: _pick(p, _REPAIR, 4),
    "ha_budget185": lambda p, c: f"{150 + _num(p, 60) * 15}",
    "ha_share185": lambda p, c: _pick(p, ("75%", "50%", "75%", "35%"), 5),
    "ha_permit185": lambda p, c: f"{_num(p, 200)}/GP-QLDS",
    # Quang Ngai's commune shock force for natural disasters
    "qng_addr185": lambda p, c: _units(p, _QNG, 2),
    "qng_team185": lambda p, c: f"Đội xung kích {_place(p, _QNG, 2)[0]}",
    "qng_role185": lambda p, c: _pick(p, _QNG_ROLE, 3),
    "qng_job185": lambda p, c: _pick(p, _QNG_JOB, 4),
    "qng_kit185": lambda p, c: _pick(p, _QNG_KIT, 5),
    "qng_swim185": lambda p, c: _pick(p, ("x", "x", "", "x"), 6),
    "qng_trained185": lambda p, c: _pick(p, ("Đã tập huấn 2024", "Chưa", "Đã tập huấn 2025"), 7),
    # leprosy patients on multidrug therapy at Quy Hoa
    "qh_code185": lambda p, c: f"QH{p.bhxh[-6:]}",
    "bd_addr185": lambda p, c: _old_new(p, _BD, 2),
    "lep_type185": lambda p, c: _pick(p, _LEP_TYPE, 3),
    "lep_grade185": lambda p, c: _pick(p, _LEP_GRADE, 4),
    "mdt185": lambda p, c: (
        "MDT-MB 12 tháng" if _pick(p, _LEP_TYPE, 3).startswith("MB") else "MDT-PB 6 tháng"
    ),
    "doses185": lambda p, c: (
        f"{_num(p, 12)}/12" if _pick(p, _LEP_TYPE, 3).startswith("MB") else f"{_num(p, 6)}/6"
    ),
    "lep_khoa185": lambda p, c: _pick(p, _LEP_KHOA, 5),
    "lep_kin185": lambda p, c: f"{_other_vn(p, 4)} ({_pick(p, ('con', 'vợ', 'chồng', 'em'), 6)})",
    "phone_rel185": lambda p, c: _other_phone(p),
    # unregistered fishing boats, Quang Ngai
    "lmax185": lambda p, c: f"{6 + _num(p, 9)},{_num(p, 9)}",
    "hp185": lambda p, c: str(_pick(p, ("12", "24", "45", "90", "120", "400"), 3)),
    "gear185": lambda p, c: _pick(p, _GEAR, 4),
    "hull185": lambda p, c: _pick(
        p, ("", f"QNg-9{p.bhxh[-4:]}-TS", "chưa có", f"QNg {p.bhxh[-5:]}"), 5
    ),
    "harbour185": lambda p, c: _pick(p, _HARBOUR, 6),
    "three_no185": lambda p, c: _pick(p, _THREE_NO, 7),
    # Phu Yen pupils given life jackets for the flood season
    "pupil_birth185": lambda p, c: f"{_pupil_birth(p).replace(year=2010 + _num(p, 8)):%d/%m/%Y}",
    "py_class185": lambda p, c: _pick(p, _PY_CLASS, 2),
    "py_addr185": lambda p, c: _units(p, _PY, 3),
    "py_parent185": lambda p, c: _other_vn(p, 5),
    "py_crossing185": lambda p, c: _pick(p, _CROSSING, 4),
    "py_jacket185": lambda p, c: _pick(p, ("Áo phao + mũ", "Áo phao", "Áo phao + áo mưa"), 6),
    # Da Nang fishing boats' registration fee
    "dn_addr185": lambda p, c: _old_new(p, _DN, 3),
    "dn_boat185": lambda p, c: (
        f"ĐNa-9{p.bhxh[-4:]}-TS" if int(p.bhxh) % 3 else f"QNa-9{p.bhxh[-4:]}-TS"
    ),
    "dn_seller185": lambda p, c: _other_vn(p, 6),
    "dn_value185": lambda p, c: _money(_num(p, 60) * 50_000_000),
    "dn_rate185": lambda p, c: _pick(p, ("1%", "1 %", "1%", "0,5%"), 5),
    "dn_fee185": lambda p, c: _money(_num(p, 60) * 500_000),
    "dn_notice185": lambda p, c: (
        f"{_num(p, 900)}/TB-TCS{_pick(p, ('SonTra', 'NHS', 'NuiThanh'), 4)}"
    ),
    # identity cards lost in the flood, Quang Nam commune police
    "qnam_addr185": lambda p, c: _units(p, _QNAM, 2),
    "card_reason185": lambda p, c: _pick(p, _CARD_REASON, 3),
    "card_kind185": lambda p, c: _pick(p, ("Cấp lại", "Cấp đổi", "Cấp lại"), 4),
    "card_return185": lambda p, c: _pick(p, ("Tại CA xã", "Qua bưu chính", "Tại CA xã"), 5),
    "card_due185": lambda p, c: _later(p, c, 6),
    "card_officer185": lambda p, c: f"Trung úy {_other_vn(p, 7)}",
    # Hue households helped to build flood-safe houses
    "hue_rural185": lambda p, c: _units(p, _HUE_RURAL, 2),
    "house_class185": lambda p, c: _pick(p, _HOUSE_CLASS, 3),
    "house_kind185": lambda p, c: _pick(p, _HOUSE_KIND, 4),
    "house_floor185": lambda p, c: f"{12 + _num(p, 30)}",
    "house_aid185": lambda p, c: str(_pick(p, ("40", "60", "30", "50"), 5)),
    "house_done185": lambda p, c: _later(p, c, 75),
    "house_fund185": lambda p, c: _pick(p, _FUND, 6),
}

__all__ = ["WRITERS_BLIND185"]
