"""How the people of the three-hundred-and-thirteenth part of the outside corpus (**blind 313**,
:mod:`lienthong.quality._corpus_blind313`) are written: nine files of the new An Giang province
after the 2025 merger (the former An Giang and the former Kiên Giang), their home addresses as
the old three-level form (ấp or street, xã or phường, huyện or thành phố, tỉnh) and the new
two-level one (xã, phường or đặc khu, then tỉnh An Giang), and each file's own columns (a palm
sugar climber's accident cover, a Phú Quốc household whose land the APEC 2027 works take, a
motorbike taken across the Hà Tiên border gate, a volunteer at the Bà Chúa Xứ festival, a pupil
of a Chăm mosque's class, a dossier handed in anywhere in the province, a Núi Cấm tourist
driver, an island resident's ferry card and a trader living on a boat at the Long Xuyên floating
market)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# (street or hamlet, old ward/commune, old district/city, old province, new unit)
_PLACES = (
    ("đường Trần Hưng Đạo", "P. Mỹ Bình", "TP. Long Xuyên", "An Giang", "phường Long Xuyên"),
    ("đường Hà Hoàng Hổ", "P. Mỹ Xuyên", "TP. Long Xuyên", "An Giang", "phường Mỹ Thới"),
    ("đường Tân Lộ Kiều Lương", "P. Núi Sam", "TP. Châu Đốc", "An Giang", "phường Vĩnh Tế"),
    ("khóm Châu Long 8", "P. Châu Phú B", "TP. Châu Đốc", "An Giang", "phường Châu Đốc"),
    ("ấp Châu Giang", "xã Châu Phong", "TX. Tân Châu", "An Giang", "phường Châu Phong"),
    ("ấp Hậu Giang 1", "xã Đa Phước", "huyện An Phú", "An Giang", "xã Đa Phước"),
    ("ấp Phước Lộc", "xã Ô Lâm", "huyện Tri Tôn", "An Giang", "xã Ô Lâm"),
    ("ấp Tô Thuận", "xã Lê Trì", "huyện Tri Tôn", "An Giang", "xã Ba Chúc"),
    ("khóm Sơn Đông", "P. Nhà Bàng", "TX. Tịnh Biên", "An Giang", "phường Tịnh Biên"),
    ("ấp Vồ Đầu", "xã An Hảo", "TX. Tịnh Biên", "An Giang", "xã An Cư"),
    (
        "đường Nguyễn Trung Trực",
        "P. Vĩnh Thanh Vân",
        "TP. Rạch Giá",
        "Kiên Giang",
        "phường Rạch Giá",
    ),
    ("đường Mạc Thiên Tích", "P. Bình San", "TP. Hà Tiên", "Kiên Giang", "phường Hà Tiên"),
    ("ấp Xà Xía", "P. Mỹ Đức", "TP. Hà Tiên", "Kiên Giang", "phường Tô Châu"),
    ("khu phố 7", "P. Dương Đông", "TP. Phú Quốc", "Kiên Giang", "đặc khu Phú Quốc"),
    ("ấp Suối Lớn", "xã Dương Tơ", "TP. Phú Quốc", "Kiên Giang", "đặc khu Phú Quốc"),
    ("ấp Bãi Nhà A", "xã Lại Sơn", "huyện Kiên Hải", "Kiên Giang", "đặc khu Kiên Hải"),
)
_TRI_TON = (6, 7, 8, 9)  # palm country: Tri Tôn, Tịnh Biên
_PHU_QUOC = (13, 14)
_HA_TIEN = (11, 12)
_CHAM = (4, 5)
_ISLAND = (
    ("ấp Bãi Nhà A", "xã Lại Sơn"),
    ("ấp Bãi Bấc", "xã Hòn Tre"),
    ("ấp Hòn Ngang", "xã An Sơn"),
    ("ấp Bãi Nhà", "xã Nam Du"),
)
_FLOAT = (0, 1, 4, 5)
_KHMER_NAMES_M = ("Chau Sóc", "Chau Sang", "Néang Sà Rương", "Chau Phi Rum", "Chau Kim Ly")
_ETHNIC = ("Khmer", "Khmer", "Kinh", "Khmer", "Chăm")
_MUSLIM_M = ("Abdul Rahman", "Ismael", "Mohamad Sal", "Harun", "Yusof", "Abu Bakar")
_MUSLIM_F = ("Fatimah", "Maryam", "Aishah", "Sofiah", "Halimah", "Zainab")
_MASJID = (
    "Thánh đường Mubarak (Châu Giang)",
    "Thánh đường Jamiul Azhar (Đa Phước)",
    "Thánh đường Masjid Jamiul Muslimin",
    "Thánh đường Ehsan (Châu Phong)",
)


def _place(p: Person, subset: tuple[int, ...] | None = None, salt: int = 0) -> tuple[str, ...]:
    pool = subset if subset is not None else tuple(range(len(_PLACES)))
    return _PLACES[pool[(_num(p, 97) + salt) % len(pool)]]


def _house(p: Person, street: str) -> str:
    if street.startswith(("ấp", "khóm", "khu")):
        return f"Tổ {_num(p, 18)}, {street[0].upper()}{street[1:]}"
    return f"Số {_num(p, 240)} {street.removeprefix('đường ')}"


def _old(p: Person, subset: tuple[int, ...] | None = None) -> str:
    st, ward, dist, prov, _new = _place(p, subset)
    return f"{_house(p, st)}, {ward}, {dist}, {prov}"


def _new(p: Person, subset: tuple[int, ...] | None = None) -> str:
    st, _ward, _dist, _prov, new = _place(p, subset)
    return f"{_house(p, st)}, {new}, tỉnh An Giang"


def _isle(p: Person) -> tuple[str, str]:
    return _ISLAND[_num(p, 89) % len(_ISLAND)]


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in plain if not unicodedata.combining(c))


def _day313(p: Person, start: date, span: int, salt: int = 0) -> date:
    return start + timedelta(days=(int(p.bhxh[-6:]) + salt) % span)


def _plate(p: Person, series: str) -> str:
    return f"{series}-{p.bhxh[2:5]}.{p.bhxh[5:7]}"


def _vnd(n: int) -> str:
    return f"{n:,}".replace(",", ".")


WRITERS_BLIND313: dict[str, Callable[[Person, Col], object]] = {
    # Tri Tôn / Tịnh Biên: palm sugar climbers' accident insurance
    "tn_ethnic313": lambda p, c: _pick(p, _ETHNIC, 2),
    "tn_addr313": lambda p, c: _new(p, _TRI_TON),
    "tn_trees313": lambda p, c: str(8 + _num(p, 60)),
    "tn_years313": lambda p, c: str(2 + _num(p, 35)),
    "tn_kitchen313": lambda p, c: _pick(
        p,
        ("Tự nấu tại nhà", "Bán nước thốt nốt cho lò", "Lò đường Ô Lâm", "HTX Thốt nốt Tri Tôn"),
        3,
    ),
    "tn_policy313": lambda p, c: f"BV-AG/TNCN/{p.bhxh[-6:]}",
    "tn_fee313": lambda p, c: _pick(p, ("120.000", "150.000", "200.000"), 4),
    "tn_benef313": lambda p, c: (
        f"{_other_vn(p, 5, male=not p.male)} ({_pick(p, ('vợ', 'chồng', 'con'), 6)})"
        if _num(p, 5) != 1
        else f"{_pick(p, _KHMER_NAMES_M, 6)} (con)"
    ),
    # Phú Quốc: land taken for the APEC 2027 works
    "pq_old313": lambda p, c: _old(p, _PHU_QUOC),
    "pq_new313": lambda p, c: _new(p, _PHU_QUOC),
    "pq_plot313": lambda p, c: str(_num(p, 480)),
    "pq_sheet313": lambda p, c: str(_num(p, 73)),
    "pq_area313": lambda p, c: f"{_num(p, 2400) + 35},{_num(p, 9)}",
    "pq_landuse313": lambda p, c: _pick(p, ("ONT", "CLN", "ONT+CLN", "RSX", "BHK", "NTS"), 2),
    "pq_money313": lambda p, c: _vnd(_num(p, 900) * 9_750_000),
    "pq_resettle313": lambda p, c: _pick(
        p, ("Lô TĐC Bãi Thơm", "Không", "Nhận tiền tự lo chỗ ở", "Lô TĐC Dương Tơ", "Không"), 5
    ),
    # Hà Tiên: motorbikes across the Hà Tiên - Prek Chak gate
    "ht_addr_ascii313": lambda p, c: _ascii(_new(p, _HA_TIEN)),
    "ht_plate313": lambda p, c: _plate(p, _pick(p, ("68K1", "68L1", "68H1", "67B1"), 3)),
    "ht_brand313": lambda p, c: _pick(p, ("Honda Wave", "Yamaha Sirius", "Honda Vision", "Suzuki")),
    "ht_decl313": lambda p, c: f"{_num(p, 900):03d}/TXTN-BPCK",
    "ht_due313": lambda p, c: f"{_day313(p, date(2025, 7, 5), 400, 30):%d/%m/%Y}",
    "ht_back313": lambda p, c: _pick(p, ("Da tai nhap", "Da tai nhap", "Chua", "Qua han"), 4),
    "ht_purpose313": lambda p, c: _pick(
        p, ("Tham than", "Mua ban hang hoa", "Du lich Kep", "Cho hang Prek Chak"), 5
    ),
    # Châu Đốc: Bà Chúa Xứ festival volunteers
    "ag_new313": lambda p, c: _new(p),
    "ag_old313": lambda p, c: _old(p),
    "vb_school313": lambda p, c: _pick(
        p,
        ("Trường ĐH An Giang", "THPT Thủ Khoa Nghĩa", "Đoàn phường Vĩnh Tế", "CĐ Y tế An Giang"),
        3,
    ),
    "vb_post313": lambda p, c: _pick(
        p, ("Cổng Miếu Bà", "Lăng Thoại Ngọc Hầu", "Bãi giữ xe Núi Sam", "Điểm sơ cấp cứu"), 4
    ),
    "vb_shift313": lambda p, c: _pick(p, ("Ca 1 (6h-14h)", "Ca 2 (14h-22h)", "Ca đêm rước Bà"), 5),
    "vb_size313": lambda p, c: _pick(p, ("S", "M", "L", "XL"), 6),
    "vb_contact313": lambda p, c: _other_vn(p, 7),
    "vb_contact_phone313": lambda p, c: _other_phone(p, "0918"),
    # An Phú / Tân Châu: Chăm mosque classes
    "cham_muslim313": lambda p, c: _pick(p, _MUSLIM_M if p.male else _MUSLIM_F, 3),
    "cham_addr313": lambda p, c: _new(p, _CHAM),
    "cham_parent313": lambda p, c: _other_vn(p, 4, male=True),
    "cham_class313": lambda p, c: _pick(
        p, ("Tiếng Chăm (Akhar Srak)", "Tiếng Mã Lai", "Kinh Qur'an sơ cấp", "Kinh Qur'an nâng cao")
    ),
    "cham_masjid313": lambda p, c: _pick(p, _MASJID, 5),
    "cham_teacher313": lambda p, c: _pick(p, ("Hakim Sa Ly", "Tuan Ismael", "Imam Mohamad"), 6),
    # Whole province: dossiers handed in outside the home commune
    "pd_receipt313": lambda p, c: f"000.{_num(p, 90):02d}.35.H01-{p.bhxh[-6:]}",
    "pd_proc313": lambda p, c: _pick(
        p,
        (
            "Chứng thực bản sao",
            "Đăng ký khai sinh",
            "Cấp đổi GCN QSDĐ",
            "Xác nhận tình trạng hôn nhân",
            "Đăng ký thường trú",
        ),
        3,
    ),
    "pd_center313": lambda p, c: "TTPVHCC " + _place(p, None, 3)[4],
    "pd_agency313": lambda p, c: _pick(
        p, ("UBND xã nơi cư trú", "VP ĐKĐĐ - CN Rạch Giá", "Sở Tư pháp", "Công an xã"), 4
    ),
    "pd_due313": lambda p, c: f"{_day313(p, date(2025, 8, 1), 300, 5):%d/%m/%Y}",
    "pd_status313": lambda p, c: _pick(
        p, ("Đã trả KQ", "Đang xử lý", "Chuyển liên thông", "Quá hạn", "Đã trả KQ"), 5
    ),
    # Tịnh Biên: Núi Cấm tourist drivers
    "nc_home313": lambda p, c: _old(p, tuple(range(10))),
    "nc_vehicle313": lambda p, c: _pick(p, ("Xe ôm", "Xe lam", "Xe 16 chỗ", "Xe điện 8 chỗ"), 2),
    "nc_plate313": lambda p, c: _plate(p, _pick(p, ("67B1", "67F1", "67B-", "67H1"), 3)),
    "nc_licence313": lambda p, c: _pick(p, ("A1", "A1", "B2", "D", "B"), 4),
    "nc_lic_no313": lambda p, c: f"890{p.bhxh[:9]}",
    "nc_coop313": lambda p, c: _pick(
        p, ("HTX Vận tải Núi Cấm", "Đội xe ôm An Hảo", "Tự do", "HTX DV Du lịch Tịnh Biên"), 5
    ),
    "nc_badge313": lambda p, c: f"NC-{_num(p, 700):04d}",
    "nc_expiry313": lambda p, c: f"{_safe_day(2027, p.birth.month, p.birth.day):%d/%m/%Y}",
    # Kiên Hải / Nam Du: island residents' ferry cards
    "is_old313": lambda p, c: (
        f"{_isle(p)[0][0].upper()}{_isle(p)[0][1:]}, {_isle(p)[1]}, H. Kiên Hải, T. Kiên Giang"
    ),
    "is_new313": lambda p, c: f"{_isle(p)[0]}, đặc khu Kiên Hải, tỉnh An Giang",
    "is_card313": lambda p, c: f"KH-{p.bhxh[-5:]}",
    "is_route313": lambda p, c: _pick(
        p, ("Rạch Giá - Hòn Sơn", "Rạch Giá - Nam Du", "Rạch Giá - Hòn Tre", "Hòn Sơn - Nam Du"), 3
    ),
    "is_kind313": lambda p, c: _pick(p, ("Cư dân đảo", "HSSV", "Người cao tuổi", "Cư dân đảo"), 4),
    "is_discount313": lambda p, c: _pick(p, ("50%", "50%", "30%", "Miễn phí"), 5),
    # Long Xuyên floating market: traders living on their boats
    "fl_home_old313": lambda p, c: _old(p, _FLOAT),
    "fl_boat313": lambda p, c: f"AG-{p.bhxh[-5:]}",
    "fl_boat_kind313": lambda p, c: _pick(
        p, ("Ghe gỗ 12 tấn", "Ghe sắt 20T", "Xuồng máy", "Ghe 8 tấn"), 2
    ),
    "fl_goods313": lambda p, c: _pick(
        p, ("Khoai lang", "Bắp cải Đà Lạt", "Dưa hấu", "Khóm", "Bí đỏ", "Hàng tạp hóa"), 3
    ),
    "fl_from313": lambda p, c: _pick(
        p, ("Vĩnh Long", "Cần Thơ", "Đồng Tháp", "Hậu Giang cũ", "Trà Vinh cũ"), 4
    ),
    "fl_people313": lambda p, c: str(1 + _num(p, 5)),
    "fl_until313": lambda p, c: f"{_day313(p, date(2025, 9, 1), 300, 11):%d/%m/%Y}",
}

__all__ = ["WRITERS_BLIND313"]
