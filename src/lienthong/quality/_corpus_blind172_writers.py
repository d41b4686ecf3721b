"""How the people of the hundred-and-seventy-second part of the outside corpus (**blind 172**,
:mod:`lienthong.quality._corpus_blind172`) are written: nine Vietnamese registers' own columns
(a Hai Phong court's spent convictions, a Ha Giang boarding school's drop-outs, an Agribank
branch's overdue borrowers in Dien Bien, a Can Tho floating-market boat cooperative, a Lao Cai
district hospital's ethnic-minority mothers, a Hanoi district police's returned stolen property,
a Hanoi old-apartment rebuilding board's tenants in temporary housing, a Da Nang ward's pavement
fines and a Hai Phong tuberculosis programme's patients); H'Mong, Dao, Thai and Tay names, and
addresses both in the three-level form used until 30 June 2025 (hamlet, commune, district,
province) and in the two-level form since 1 July 2025 (commune or ward, province)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_HIGHLAND_FAMILY = (
    "Giàng", "Sùng", "Thào", "Vàng", "Lò", "Lù", "Ly", "Hầu", "Mùa", "Tráng",
    "Triệu", "Bàn", "Tẩn", "Phàn", "Quàng", "Lường", "Cà", "Điêu",
)  # fmt: skip
_HIGHLAND_MIDDLE_M = ("A", "Văn", "Seo", "Mí", "A", "Văn")
_HIGHLAND_MIDDLE_F = ("Thị", "Thị", "Thị", "Thị")
_HIGHLAND_GIVEN_M = (
    "Páo", "Chứ", "Dình", "Sính", "Lử", "Chơ", "Phừ", "Sếnh", "Pả", "Chải", "Pánh", "Tỏa",
)  # fmt: skip
_HIGHLAND_GIVEN_F = ("Mỷ", "Dế", "Xía", "Chá", "Sua", "Mai", "Sinh", "Vư", "Dua", "Pàng")
_ETHNIC = ("H'Mông", "H'Mông", "Dao", "Tày", "Giáy", "Thái", "Hà Nhì", "Nùng", "Kinh")

# (hamlet or street, old commune/ward, old district, province, new commune/ward, new province)
_HP = (
    ("Số 45 Lạch Tray", "P. Lạch Tray", "Q. Ngô Quyền", "TP. Hải Phòng", "phường Gia Viên"),
    ("Số 12/87 Tô Hiệu", "P. Trại Cau", "Q. Lê Chân", "TP. Hải Phòng", "phường Lê Chân"),
    ("Tổ dân phố 3", "P. Đông Hải 1", "Q. Hải An", "TP. Hải Phòng", "phường Hải An"),
    ("Thôn Liên Khê", "Xã Lưu Kiếm", "H. Thủy Nguyên", "TP. Hải Phòng", "phường Thủy Nguyên"),
    ("Tổ 4, khu 1", "TT. Cát Bà", "H. Cát Hải", "TP. Hải Phòng", "đặc khu Cát Hải"),
    ("Số 201 Trần Nguyên Hãn", "P. Niệm Nghĩa", "Q. Lê Chân", "TP. Hải Phòng", "phường An Biên"),
)
_HN = (
    (
        "Số 14 ngõ 128 Khâm Thiên",
        "P. Khâm Thiên",
        "Q. Đống Đa",
        "TP. Hà Nội",
        "phường Văn Miếu - Quốc Tử Giám",
    ),
    ("P305 B4 Kim Liên", "P. Kim Liên", "Q. Đống Đa", "TP. Hà Nội", "phường Kim Liên"),
    ("Số 6 ngách 1/20 Thái Thịnh", "P. Thịnh Quang", "Q. Đống Đa", "TP. Hà Nội", "phường Láng"),
    ("Số 2 Giảng Võ", "P. Cát Linh", "Q. Đống Đa", "TP. Hà Nội", "phường Ô Chợ Dừa"),
    ("Số 88 Nguyễn Thái Học", "P. Điện Biên", "Q. Ba Đình", "TP. Hà Nội", "phường Ba Đình"),
    ("Tổ 9", "Xã Đông Anh", "H. Đông Anh", "TP. Hà Nội", "xã Đông Anh"),
)
_DN = (
    ("K82/15 Hà Huy Tập", "P. Hòa Khê", "Q. Thanh Khê", "TP. Đà Nẵng", "phường Thanh Khê"),
    ("Tổ 21", "P. Phước Mỹ", "Q. Sơn Trà", "TP. Đà Nẵng", "phường An Hải"),
    ("Số 7 Lê Hồng Phong", "P. Phước Ninh", "Q. Hải Châu", "TP. Đà Nẵng", "phường Hải Châu"),
    ("Tổ 12", "P. Mỹ An", "Q. Ngũ Hành Sơn", "TP. Đà Nẵng", "phường Ngũ Hành Sơn"),
    ("Số 110 Phan Đăng Lưu", "P. Hòa Cường Nam", "Q. Hải Châu", "TP. Đà Nẵng", "phường Hòa Cường"),
)
_CT = (
    ("Số 12 đường Lê Bình", "P. Lê Bình", "Q. Cái Răng", "TP. Cần Thơ", "phường Cái Răng"),
    ("KV Yên Hạ", "P. Lê Bình", "Q. Cái Răng", "TP. Cần Thơ", "phường Cái Răng"),
    ("Tổ 5, KV Phú Thắng", "P. Tân Phú", "Q. Cái Răng", "TP. Cần Thơ", "phường Cái Răng"),
    ("Số 48 Hai Bà Trưng", "P. Tân An", "Q. Ninh Kiều", "TP. Cần Thơ", "phường Ninh Kiều"),
    ("Ấp Phú Hưng", "Xã Phú An", "H. Châu Thành", "tỉnh Hậu Giang", "xã Phú Hữu, TP. Cần Thơ"),
)
_LC = (
    ("Thôn Sín Chải", "xã Y Tý", "huyện Bát Xát", "tỉnh Lào Cai", "xã Y Tý"),
    ("Thôn Tả Van Giáy 1", "xã Tả Van", "thị xã Sa Pa", "tỉnh Lào Cai", "xã Tả Van"),
    ("Thôn Nậm Pẻn", "xã Mường Hum", "huyện Bát Xát", "tỉnh Lào Cai", "xã Mường Hum"),
    ("Thôn Ngải Thầu", "xã A Lù", "huyện Bát Xát", "tỉnh Lào Cai", "xã Y Tý"),
    ("Thôn Lao Chải", "xã Trịnh Tường", "huyện Bát Xát", "tỉnh Lào Cai", "xã Trịnh Tường"),
)
_HG = (
    ("Thôn Lô Lô Chải", "xã Lũng Cú", "huyện Đồng Văn", "tỉnh Hà Giang", "xã Lũng Cú"),
    ("Thôn Sủng Lì", "xã Sủng Là", "huyện Đồng Văn", "tỉnh Hà Giang", "xã Sà Phìn"),
    ("Thôn Pải Lủng", "xã Pải Lủng", "huyện Mèo Vạc", "tỉnh Hà Giang", "xã Mèo Vạc"),
    ("Thôn Séo Lủng", "xã Sủng Trà", "huyện Mèo Vạc", "tỉnh Hà Giang", "xã Sơn Vĩ"),
    ("Thôn Má Pắng", "xã Phố Cáo", "huyện Đồng Văn", "tỉnh Hà Giang", "xã Phố Bảng"),
)
_DB = (
    ("Bản Huổi Lèng", "xã Huổi Lèng", "huyện Mường Chà", "tỉnh Điện Biên", "xã Na Sang"),
    ("Bản Na Sang 1", "xã Na Sang", "huyện Mường Chà", "tỉnh Điện Biên", "xã Na Sang"),
    ("Bản Sa Lông 2", "xã Sa Lông", "huyện Mường Chà", "tỉnh Điện Biên", "xã Sa Lông"),
    ("Bản Nậm Chim 1", "xã Ma Thì Hồ", "huyện Mường Chà", "tỉnh Điện Biên", "xã Mường Tùng"),
    ("Tổ dân phố 7", "TT. Mường Chà", "huyện Mường Chà", "tỉnh Điện Biên", "xã Mường Chà"),
)
_NEW_PROVINCE = {"tỉnh Hà Giang": "tỉnh Tuyên Quang"}


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 1) -> tuple[str, ...]:
    return table[(int(p.bhxh) // (salt * 7 + 3)) % len(table)]


def _old(p: Person, table: tuple[tuple[str, ...], ...]) -> str:
    """The three-level address of before 1 July 2025."""
    return ", ".join(_place(p, table)[:4])


def _new(p: Person, table: tuple[tuple[str, ...], ...]) -> str:
    """The two-level address since 1 July 2025 (a merged province takes its new name)."""
    head, _, _, province, unit = _place(p, table)
    if ", " in unit:
        return f"{head}, {unit}"
    province = _NEW_PROVINCE.get(province, province)
    return f"{head}, {unit}, {province.replace('TP. ', 'thành phố ')}"


def _mixed(p: Person, table: tuple[tuple[str, ...], ...]) -> str:
    """A list kept across the reform: older rows in the old form, newer ones in the new."""
    return _old(p, table) if int(p.bhxh[-2:]) % 3 == 0 else _new(p, table)


def _highland(p: Person, male: bool) -> str:
    family = _pick(p, _HIGHLAND_FAMILY, 1)
    middle = _pick(p, _HIGHLAND_MIDDLE_M if male else _HIGHLAND_MIDDLE_F, 2)
    given = _pick(p, _HIGHLAND_GIVEN_M if male else _HIGHLAND_GIVEN_F, 3)
    return f"{family} {middle} {given}"


def _bank_text(text: str) -> str:
    """How a core banking system prints Vietnamese: capitals without diacritics."""
    text = text.replace("Đ", "D").replace("đ", "d")
    bare = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in bare if not unicodedata.combining(ch)).upper()


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


WRITERS_BLIND172: dict[str, Callable[[Person, Col], object]] = {
    # Hai Phong court: spent convictions
    "addr_hp172": lambda p, c: _mixed(p, _HP),
    "judgment172": lambda p, c: (
        f"{_num(p, 180):02d}/{_pick(p, ('2019', '2020', '2021', '2018'), 1)}"
        f"/{_pick(p, ('HS-ST', 'HSST', 'HS-PT'), 2)}"
    ),
    "court172": lambda p, c: _pick(
        p,
        (
            "TAND quận Lê Chân",
            "TAND quận Ngô Quyền",
            "TAND TP Hải Phòng",
            "TAND huyện Thủy Nguyên",
            "TAND khu vực 1 - Hải Phòng",
        ),
        3,
    ),
    "crime172": lambda p, c: _pick(
        p,
        (
            "Trộm cắp tài sản (Điều 173 BLHS)",
            "Đánh bạc (Điều 321)",
            "Cố ý gây thương tích (Đ.134)",
            "Vi phạm quy định về tham gia GTĐB",
            "Tàng trữ trái phép chất ma túy",
        ),
        4,
    ),
    "penalty172": lambda p, c: _pick(
        p,
        (
            "12 tháng tù",
            "Cải tạo không giam giữ 18 tháng",
            "24 tháng tù cho hưởng án treo",
            "Phạt tiền 20.000.000đ",
            "9 tháng tù",
        ),
        5,
    ),
    "served172": lambda p, c: format(
        _shift_date(p.other_date, -_num(p, 4) - 3) - timedelta(days=_num(p, 200)), c.date_format
    ),
    "fine172": lambda p, c: _money(_num(p, 40) * 500_000 + 200_000),
    # Ha Giang boarding school: drop-outs
    "highland_name172": lambda p, c: _highland(p, p.male),
    "female_x172": lambda p, c: "" if p.male else "x",
    "class172": lambda p, c: f"{_pick(p, ('6', '7', '8', '9'), 1)}{_pick(p, ('A', 'B', 'C'), 2)}",
    "ethnic172": lambda p, c: _pick(p, _ETHNIC, 4),
    "addr_hg172": lambda p, c: _mixed(p, _HG),
    "parent172": lambda p, c: f"{_pick(p, _HIGHLAND_FAMILY, 1)} A {_pick(p, _HIGHLAND_GIVEN_M, 5)}",
    "phone_parent172": lambda p, c: _other_phone(p, "03"),
    "reason172": lambda p, c: _pick(
        p,
        (
            "Đi làm thuê bên Trung Quốc",
            "Lấy vợ/lấy chồng sớm",
            "Ở nhà phụ giúp gia đình",
            "Học lực yếu, chán học",
            "Nhà xa, đường khó đi",
        ),
        6,
    ),
    "status172": lambda p, c: _pick(
        p, ("Đã trở lại lớp", "Chưa ra lớp", "Đang vận động lần 2", "Chuyển trường"), 7
    ),
    "teacher172": lambda p, c: _other_vn(p, 8),
    # Agribank Dien Bien: overdue borrowers
    "cust172": lambda p, c: f"7{p.bhxh[:3]}{p.bhxh[-6:]}",
    "bank_name172": lambda p, c: _bank_text(_highland(p, p.male)),
    "addr_db172": lambda p, c: _bank_text(_mixed(p, _DB)),
    "contract172": lambda p, c: f"7903LAV{_pick(p, ('2021', '2022', '2023'), 2)}{p.bhxh[-5:]}",
    "loan172": lambda p, c: _money(_num(p, 20) * 10_000_000),
    "overdue172": lambda p, c: _money(_num(p, 90) * 1_150_000),
    "debt_group172": lambda p, c: _pick(p, ("Nhom 2", "Nhom 3", "Nhom 2", "Nhom 4", "Nhom 5"), 3),
    "loan_officer172": lambda p, c: _bank_text(_other_vn(p, 6)),
    # Can Tho floating-market boat cooperative
    "addr_ct172": lambda p, c: _mixed(p, _CT),
    "boat_kind172": lambda p, c: _pick(
        p, ("Ghe chở khách", "Xuồng ba lá", "Tàu du lịch vỏ gỗ", "Ghe bán hàng"), 1
    ),
    "boat_reg172": lambda p, c: f"CT-{_num(p, 9000):04d}",
    "seats172": lambda p, c: str(_num(p, 20) + 4),
    "capital172": lambda p, c: str(_pick(p, ("5", "10", "10", "20", "3"), 2)),
    "status_htx172": lambda p, c: _pick(
        p, ("Đang hoạt động", "Tạm ngưng", "Đang hoạt động", "Xin ra khỏi HTX"), 3
    ),
    # Lao Cai hospital: ethnic-minority mothers supported at birth
    "highland_woman172": lambda p, c: _highland(p, False),
    "addr_lc172": lambda p, c: _mixed(p, _LC),
    "husband172": lambda p, c: _highland(p, True).replace(
        _pick(p, _HIGHLAND_GIVEN_M, 3), _pick(p, _HIGHLAND_GIVEN_M, 9)
    ),
    "parity172": lambda p, c: str(_num(p, 3)),
    "weight172": lambda p, c: str(2400 + _num(p, 30) * 50),
    "birthplace172": lambda p, c: _pick(
        p, ("Khoa Sản BVĐK huyện Bát Xát", "TYT xã Y Tý", "PKĐKKV Mường Hum", "Tại nhà"), 2
    ),
    "support_lc172": lambda p, c: _pick(p, ("2.000.000", "2.000.000", "0"), 4),
    # Hanoi district police: stolen property returned to victims
    "addr_hn172": lambda p, c: _new(p, _HN),
    "case172": lambda p, c: f"{_num(p, 400)}/QĐ-CSHS-ĐTTH ({_pick(p, ('2024', '2025'), 1)})",
    "property172": lambda p, c: _pick(
        p,
        (
            "Xe máy Honda Vision BKS 29X3-{n}",
            "Điện thoại iPhone 13 Pro",
            "Xe đạp điện Yadea",
            "Dây chuyền vàng 2 chỉ",
            "Xe máy Yamaha Sirius BKS 29H1-{n}",
        ),
        2,
    ).format(n=p.bhxh[-5:-2] + "." + p.bhxh[-2:]),
    "value172": lambda p, c: _money(_num(p, 60) * 500_000),
    "suspect172": lambda p, c: _other_vn(p, 3, male=True),
    "investigator172": lambda p, c: f"Đại úy {_other_vn(p, 4)}",
    # Hanoi old apartments: tenants in temporary housing
    "old_flat172": lambda p, c: (
        f"Nhà {_pick(p, ('A', 'B', 'C', 'E'), 1)}{_num(p, 9)}, tầng {_num(p, 5)},"
        f" P.{_num(p, 5)}0{_num(p, 8)}, TT Kim Liên"
    ),
    "area172": lambda p, c: f"{18 + _num(p, 30)},{_num(p, 9)}",
    "members172": lambda p, c: str(_num(p, 7)),
    "temp_addr172": lambda p, c: _pick(
        p,
        (
            "Khu tái định cư Đông Ngạc, phường Đông Ngạc",
            "Chung cư CT2 Kiến Hưng, phường Kiến Hưng",
            "Tự thuê, nhận tiền hỗ trợ",
            "Nhà tạm cư 21 Lò Đúc",
        ),
        2,
    ),
    "rent172": lambda p, c: _money(3_000_000 + _num(p, 8) * 500_000),
    # Da Nang ward: pavement encroachment fines
    "addr_dn172": lambda p, c: _mixed(p, _DN),
    "spot172": lambda p, c: _pick(
        p,
        (
            "Vỉa hè đường Bạch Đằng",
            "Trước số 102 Nguyễn Văn Linh",
            "Chợ Hàn, cổng số 2",
            "Vỉa hè Võ Nguyên Giáp (đoạn Sơn Trà)",
            "Trước nhà số 15 Lê Duẩn",
        ),
        3,
    ),
    "offence172": lambda p, c: _pick(
        p,
        (
            "Bày bán hàng hóa trên vỉa hè",
            "Để xe trái phép trên hè phố",
            "Dựng mái che lấn chiếm",
            "Kinh doanh ăn uống dưới lòng đường",
        ),
        4,
    ),
    "record172": lambda p, c: f"{_num(p, 300):03d}/BB-VPHC",
    "decision172": lambda p, c: f"{_num(p, 250)}/QĐ-XPHC",
    "fine_dn172": lambda p, c: _pick(p, ("300.000", "500.000", "1.000.000", "2.500.000"), 5),
    "paid172": lambda p, c: _pick(p, ("Đã nộp", "Chưa nộp", "Đã nộp", "Quá hạn"), 6),
    "officer_dn172": lambda p, c: f"{_other_vn(p, 7)} - Đội TTĐT",
    # Hai Phong tuberculosis programme
    "tb_reg172": lambda p, c: f"HP-{_pick(p, ('LC', 'NQ', 'HA', 'TN'), 1)}-{_num(p, 999):03d}/25",
    "tb_kind172": lambda p, c: _pick(
        p,
        ("Lao phổi AFB(+)", "Lao phổi AFB(-)", "Lao màng phổi", "Lao hạch", "Lao phổi tái phát"),
        2,
    ),
    "regimen172": lambda p, c: _pick(p, ("2RHZE/4RHE", "2RHZE/4RH", "6RHZE", "BPaLM"), 3),
    "dot_carer172": lambda p, c: f"{_other_vn(p, 5)} ({_pick(p, ('vợ', 'con', 'YTTB', 'mẹ'), 4)})",
    "tb_result172": lambda p, c: _pick(
        p, ("Đang điều trị", "Khỏi", "Hoàn thành điều trị", "Bỏ trị", "Chuyển đi"), 5
    ),
}
