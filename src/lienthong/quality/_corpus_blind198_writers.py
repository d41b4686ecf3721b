"""How the people of the hundred-and-ninety-eighth part of the outside corpus (**blind 198**,
:mod:`lienthong.quality._corpus_blind198`) are written: nine Vietnamese files' own columns from Hà
Nội and the Northern midland provinces (a craft village's workshops, a factory's interviews, a
medical university's nominated students, Xoan singers, newborn screening, online fraud reported to
the police, contract cars' badges, hospital carers' passes, laid-off workers' retraining) and the
homes in them written in the units before 1 July 2025 or in the merged ones after it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

#: (street line, old ward, old district, old province, new ward, new province)
_BN = (
    ("Thôn Đồng Kỵ", "P. Đồng Kỵ", "TP Từ Sơn", "Bắc Ninh", "phường Đồng Nguyên", "Bắc Ninh"),
    (
        "Khu phố Trang Liệt",
        "P. Trang Hạ",
        "TP Từ Sơn",
        "Bắc Ninh",
        "phường Đồng Nguyên",
        "Bắc Ninh",
    ),
    ("Thôn Phù Khê Thượng", "xã Phù Khê", "TP Từ Sơn", "Bắc Ninh", "phường Phù Khê", "Bắc Ninh"),
    ("Xóm Mới", "xã Hương Mạc", "TP Từ Sơn", "Bắc Ninh", "phường Phù Khê", "Bắc Ninh"),
)
_BG = (
    ("Thôn Vân Cốc", "xã Vân Trung", "TX Việt Yên", "Bắc Giang", "phường Vân Hà", "Bắc Ninh"),
    ("Tổ dân phố 3", "P. Nếnh", "TX Việt Yên", "Bắc Giang", "phường Nếnh", "Bắc Ninh"),
    ("Thôn Đông Long", "xã Tăng Tiến", "TX Việt Yên", "Bắc Giang", "phường Nếnh", "Bắc Ninh"),
    ("Thôn Chớp", "xã Tân Mỹ", "TP Bắc Giang", "Bắc Giang", "phường Bắc Giang", "Bắc Ninh"),
    ("Bản Hồ", "xã Sơn Hải", "H. Lục Ngạn", "Bắc Giang", "xã Biển Động", "Bắc Ninh"),
)
_TN = (
    ("Tổ 12, đường Lương Ngọc Quyến", "P. Quang Trung", "TP Thái Nguyên", "Thái Nguyên",
     "phường Phan Đình Phùng", "Thái Nguyên"),
    ("Xóm Yên Trung", "xã Yên Bình", "H. Phú Bình", "Thái Nguyên",
     "xã Điềm Thụy", "Thái Nguyên"),
    ("Tổ dân phố Tân Ấp", "P. Ba Hàng", "TP Phổ Yên", "Thái Nguyên",
     "phường Phổ Yên", "Thái Nguyên"),
    ("Xóm Soi", "xã Tân Cương", "TP Thái Nguyên", "Thái Nguyên", "xã Tân Cương", "Thái Nguyên"),
    ("Tổ 5", "P. Thịnh Đán", "TP Thái Nguyên", "Thái Nguyên", "phường Quyết Thắng", "Thái Nguyên"),
)  # fmt: skip
_PT = (
    ("Khu 3", "xã Kim Đức", "TP Việt Trì", "Phú Thọ", "phường Vân Phú", "Phú Thọ"),
    ("Khu 7", "xã Phượng Lâu", "TP Việt Trì", "Phú Thọ", "phường Nông Trang", "Phú Thọ"),
    ("Khu An Thái", "P. Phượng Lâu", "TP Việt Trì", "Phú Thọ", "phường Vân Phú", "Phú Thọ"),
    ("Khu 5", "xã Hy Cương", "TP Việt Trì", "Phú Thọ", "phường Thanh Miếu", "Phú Thọ"),
)
_VP = (
    ("Số 28 Lý Bôn", "P. Liên Bảo", "TP Vĩnh Yên", "Vĩnh Phúc", "phường Vĩnh Phúc", "Phú Thọ"),
    ("Thôn Đông", "xã Hợp Thịnh", "H. Tam Dương", "Vĩnh Phúc", "xã Hợp Lý", "Phú Thọ"),
    ("TDP Phú Cường", "P. Phúc Thắng", "TP Phúc Yên", "Vĩnh Phúc", "phường Phúc Yên", "Phú Thọ"),
    ("Thôn Yên Thần", "xã Vĩnh Thịnh", "H. Vĩnh Tường", "Vĩnh Phúc", "xã Vĩnh Thành", "Phú Thọ"),
)
_HN = (
    ("Số 12 ngõ 80 Chùa Láng", "P. Láng Thượng", "Q. Đống Đa", "Hà Nội", "phường Láng", "Hà Nội"),
    ("P.1204 tòa N2, Trần Đăng Ninh", "P. Dịch Vọng", "Q. Cầu Giấy", "Hà Nội",
     "phường Cầu Giấy", "Hà Nội"),
    ("Số 45 Quang Trung", "P. Quang Trung", "Q. Hà Đông", "Hà Nội", "phường Hà Đông", "Hà Nội"),
    ("Thôn 2", "xã Bát Tràng", "H. Gia Lâm", "Hà Nội", "xã Bát Tràng", "Hà Nội"),
    ("Ngõ 189 Nguyễn Văn Cừ", "P. Ngọc Lâm", "Q. Long Biên", "Hà Nội", "phường Bồ Đề", "Hà Nội"),
    ("Xóm Chợ", "xã Đông Anh", "H. Đông Anh", "Hà Nội", "xã Đông Anh", "Hà Nội"),
)  # fmt: skip
_MOUNTAIN = (
    ("Bản Khun", "xã Tủa Thàng", "H. Tủa Chùa", "Điện Biên", "xã Sín Chải", "Điện Biên"),
    ("Thôn Nà Lạn", "xã Đồng Hỷ", "H. Hà Quảng", "Cao Bằng", "xã Trường Hà", "Cao Bằng"),
    ("Thôn Bản Phố", "xã Bản Phố", "H. Bắc Hà", "Lào Cai", "xã Bắc Hà", "Lào Cai"),
    ("Bản Nà Tấu", "xã Nà Tấu", "TP Điện Biên Phủ", "Điện Biên", "xã Nà Tấu", "Điện Biên"),
    ("Thôn Khuổi Ải", "xã Hồng Thái", "H. Na Hang", "Tuyên Quang", "xã Côn Lôn", "Tuyên Quang"),
)
_ETHNIC = ("Thái", "Tày", "H'Mông", "Nùng", "Dao", "Mường", "Sán Chay", "Giáy")
_TRADES = ("Sản xuất đồ gỗ mỹ nghệ", "Phun sơn PU, đánh bóng", "Xẻ gỗ, sấy gỗ", "Chạm khắc, khảm")
_JOBS = ("CN sản xuất", "CN kiểm hàng (QC)", "Kỹ thuật viên SMT", "CN vận hành máy", "Tổ trưởng")
_EDU = ("12/12", "9/12", "TC nghề", "CĐ", "12/12", "ĐH")
_RESULTS = ("Đạt", "Đạt", "Không đạt - thị lực", "Đạt", "Vắng", "Chờ khám SK")
_MAJORS = ("Y khoa", "Y học dự phòng", "Điều dưỡng", "Dược học", "Răng Hàm Mặt", "Xét nghiệm")
_XOAN_GUILDS = (
    "Phường Xoan An Thái",
    "Phường Xoan Phù Đức",
    "Phường Xoan Thét",
    "Phường Xoan Kim Đới",
)
_XOAN_TITLES = ("NNND", "NNƯT", "Nghệ nhân", "NNƯT", "Nghệ nhân")
_SCAMS = (
    "Giả danh công an gọi điện",
    "Lừa đầu tư tiền ảo qua Telegram",
    "Việc nhẹ lương cao - làm nhiệm vụ",
    "Giả cán bộ điện lực, cài app",
    "Lừa mua vé máy bay giá rẻ",
    "Chiếm quyền Facebook người thân",
)
_BANKS = ("MB", "VCB", "Techcombank", "VPBank", "ACB", "Sacombank", "BIDV")
_CARS = (("Toyota Vios", "5"), ("Kia Morning", "5"), ("VinFast VF5", "5"), ("Hyundai Accent", "5"),
         ("Toyota Innova", "7"), ("Mitsubishi Xpander", "7"))  # fmt: skip
_CARRIERS = ("Cty CP Taxi Xanh SM", "HTX DV vận tải Thăng Long", "Cty TNHH Grab", "Cty CP Be Group")
_DEPTS = ("Trung tâm Thần kinh", "Khoa Cấp cứu A9", "Trung tâm Tim mạch", "TT Hô hấp",
          "Viện Sức khỏe Tâm thần", "TT Chống độc", "Khoa Thận - Tiết niệu")  # fmt: skip
_RELS = ("Con", "Vợ", "Chồng", "Con dâu", "Cháu", "Mẹ", "Em ruột")
_EMPLOYERS = ("Cty TNHH Samsung Electro-Mechanics VN", "Cty CP Cơ khí Phổ Yên",
              "Cty TNHH Trax Việt Nam", "Cty TNHH Yên Bình Stavian")  # fmt: skip
_COURSES = ("Điện công nghiệp", "Kỹ thuật chế biến món ăn", "Chăm sóc sắc đẹp", "Lái xe hạng B",
            "Tin học văn phòng", "Trồng và chế biến chè")  # fmt: skip
_SCHOOLS = ("CĐ Công nghiệp Thái Nguyên", "TT GDNN-GDTX Phú Bình", "CĐ Thương mại và Du lịch",
            "TT dạy nghề Hội LHPN tỉnh")  # fmt: skip

_NORTH = (_BN, _BG, _TN, _PT, _VP, _HN)


def _place(p: Person, places: tuple[_T, ...], salt: int = 7) -> _T:
    return places[int(p.bhxh) // salt % len(places)]


def _old(p: Person, places: tuple[_T, ...]) -> str:
    """A home as written before 1 July 2025: street line, ward, district, province."""
    return ", ".join(_place(p, places)[:4])


def _new(p: Person, places: tuple[_T, ...]) -> str:
    """The same home in the merged units: no district, the new ward and province."""
    row = _place(p, places)
    return f"{row[0]}, {row[4]}, tỉnh {row[5]}".replace("tỉnh Hà Nội", "TP Hà Nội")


def _either(p: Person, places: tuple[_T, ...]) -> str:
    return _new(p, places) if _num(p, 3) > 1 else _old(p, places)


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _later(p: Person, days: int) -> str:
    return f"{p.other_date + timedelta(days=days):%d/%m/%Y}"


def _plate(p: Person) -> str:
    area = _pick(p, ("30", "29", "30", "88", "99"), 3)
    series = _pick(p, ("A", "B", "E", "F", "G", "H", "K"), 4)
    return f"{area}{series}-{p.bhxh[2:5]}.{p.bhxh[5:7]}"


WRITERS_BLIND198: dict[str, Callable[[Person, Col], object]] = {
    "addr_bn198": lambda p, c: _old(p, _BN),
    "trade198": lambda p, c: _pick(p, _TRADES, 3),
    "shop_area198": lambda p, c: str(_num(p, 400) + 60),
    "lot198": lambda p, c: f"Lô {_pick(p, ('A', 'B', 'C', 'D'), 4)}{_num(p, 30) + 1}",
    "lot_area198": lambda p, c: _dotted((_num(p, 10) + 3) * 100),
    "workers198": lambda p, c: str(_num(p, 25) + 2),
    "addr_bg198": lambda p, c: _either(p, _BG),
    "cand198": lambda p, c: f"UV{p.other_date:%m%d}-{p.bhxh[-4:]}",
    "hometown198": lambda p, c: _pick(
        p, ("Lục Nam, BG", "Yên Thế, BG", "Lạng Giang", "Hiệp Hòa"), 5
    ),
    "edu198": lambda p, c: _pick(p, _EDU, 6),
    "job198": lambda p, c: _pick(p, _JOBS, 7),
    "shift198": lambda p, c: _pick(p, ("Sáng 8h00", "Chiều 13h30", "Sáng 9h30"), 8),
    "result198": lambda p, c: _pick(p, _RESULTS, 9),
    "referrer198": lambda p, c: _pick(p, ("", "TTDVVL Bắc Giang", "", "Cty CP Nhân lực Vina"), 10),
    "start198": lambda p, c: _later(p, 7 + _num(p, 10)),
    "sv198": lambda p, c: f"DTY{_pick(p, ('21', '22', '23', '24'), 3)}{p.bhxh[-6:]}",
    "ethnic198": lambda p, c: _pick(p, _ETHNIC, 4),
    "addr_mn198": lambda p, c: _old(p, _MOUNTAIN),
    "prov_mn198": lambda p, c: _place(p, _MOUNTAIN)[5],
    "class198": lambda p, c: (
        f"{_pick(p, ('YK', 'YHDP', 'DD', 'DH'), 5)}{_num(p, 6) + 50}{_pick(p, ('A', 'B', 'C'), 6)}"
    ),
    "major198": lambda p, c: _pick(p, _MAJORS, 5),
    "cohort198": lambda p, c: f"K{_num(p, 4) + 56}",
    "stipend198": lambda p, c: _pick(p, ("1.800.000", "2.340.000", "1.800.000", "960.000"), 7),
    "acct198": lambda p, c: f"8{p.bhxh[1:4]}205{p.bhxh[4:10]}",
    "fam_phone198": lambda p, c: _other_phone(p, "03"),
    "xtitle198": lambda p, c: _pick(p, _XOAN_TITLES, 3),
    "guild198": lambda p, c: _pick(p, _XOAN_GUILDS, 4),
    "addr_pt198": lambda p, c: _new(p, _PT),
    "ward_pt_old198": lambda p, c: _place(p, _PT)[1].replace("P. ", "phường "),
    "allow198": lambda p, c: _pick(p, ("2.340.000", "1.170.000", "1.800.000"), 5),
    "payway198": lambda p, c: _pick(p, ("Tiền mặt qua Bưu điện", "Chuyển khoản", "Tiền mặt"), 6),
    "pupils198": lambda p, c: str(_num(p, 12)),
    "card198": lambda p, c: f"SLSS-VP-{p.other_date:%y}{p.bhxh[-5:]}",
    "addr_vp198": lambda p, c: _either(p, _VP),
    "baby198": lambda p, c: f"Con bà {p.full}",
    "baby_sex198": lambda p, c: _pick(p, ("Trai", "Gái"), 3),
    "baby_born198": lambda p, c: (
        f"{p.other_date - timedelta(days=2):%d/%m/%Y} {_num(p, 24):02d}:{_num(p, 60):02d}"
    ),
    "weight198": lambda p, c: str(2500 + _num(p, 1600)),
    "g6pd198": lambda p, c: _pick(p, ("Bình thường", "Bình thường", "Nguy cơ cao - hẹn XN lại"), 4),
    "tsh198": lambda p, c: _pick(
        p, ("Bình thường", "Bình thường", "Bình thường", "Nghi ngờ SGTBS"), 5
    ),
    "nurse198": lambda p, c: f"NHS {_other_vn(p, 6, False)}",
    "addr_hn198": lambda p, c: _either(p, _HN),
    "scam198": lambda p, c: _pick(p, _SCAMS, 3),
    "lost198": lambda p, c: _dotted((_num(p, 300) + 5) * 1_000_000 // (_num(p, 3) + 1)),
    "scam_acct198": lambda p, c: f"{_pick(p, ('0', '19', '1'), 4)}{p.bhxh[::-1][:9]}",
    "bank198": lambda p, c: _pick(p, _BANKS, 5),
    "scam_phone198": lambda p, c: _other_phone(p, "08"),
    "officer198": lambda p, c: f"Tr.úy {_other_vn(p, 7, True)}",
    "outcome198": lambda p, c: _pick(
        p, ("Chuyển PC02", "Đang xác minh", "Chuyển CA quận cũ", "Đã phong tỏa TK"), 8
    ),
    "addr_hn_old198": lambda p, c: _old(p, _HN),
    "plate198": lambda p, c: _plate(p),
    "make198": lambda p, c: _place(p, _CARS, 3)[0],
    "seats198": lambda p, c: _place(p, _CARS, 3)[1],
    "carrier198": lambda p, c: _pick(p, _CARRIERS, 4),
    "gpkd198": lambda p, c: f"{_num(p, 9000) + 100}/GP-SXD",
    "badge198": lambda p, c: f"HN{_num(p, 90) + 10}-{p.bhxh[3:9]}",
    "badge_exp198": lambda p, c: f"{_shift_date(p.other_date, 7):%d/%m/%Y}",
    "lic_class198": lambda p, c: _pick(p, ("B", "B2", "C", "D", "B"), 5),
    "lic198": lambda p, c: f"01{p.bhxh[::-1]}",
    "addr_north198": lambda p, c: _either(p, _NORTH[int(p.bhxh) // 13 % len(_NORTH)]),
    "pass198": lambda p, c: f"NNB-{p.bhxh[-6:]}",
    "patient198": lambda p, c: _other_vn(p, 4),
    "pid198": lambda p, c: f"BM{p.other_date:%y}{p.bhxh[2:9]}",
    "dept198": lambda p, c: _pick(p, _DEPTS, 5),
    "bed198": lambda p, c: f"P{_num(p, 20) + 101}/G{_num(p, 8) + 1}",
    "rel198": lambda p, c: _pick(p, _RELS, 6),
    "pass_exp198": lambda p, c: _later(p, 30),
    "street_tn198": lambda p, c: _place(p, _TN)[0],
    "ward_tn198": lambda p, c: _place(p, _TN)[4],
    "prov_tn198": lambda p, c: f"Tỉnh {_place(p, _TN)[5]}",
    "employer198": lambda p, c: _pick(p, _EMPLOYERS, 3),
    "course198": lambda p, c: _by_sex(p, _COURSES[::2], _COURSES[1::2], 4),
    "school198": lambda p, c: _pick(p, _SCHOOLS, 5),
    "dur198": lambda p, c: str(_num(p, 4) + 3),
    "tuition198": lambda p, c: _pick(p, ("4.500.000", "3.000.000", "6.000.000", "2.700.000"), 6),
}
