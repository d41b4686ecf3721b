"""How the people of the hundred-and-eighty-first part of the outside corpus (**blind 181**,
:mod:`lienthong.quality._corpus_blind181`) are written: nine Red River delta and Hanoi registers'
own columns (a Thanh Ha lychee cooperative, a regional court's criminal hearing list, a commune
health station's hypertension and diabetes patients, a Hanoi lower secondary school's incoming
transfers, Trang An's boat rowers, a Tay Ho ward's Tet peach and kumquat stalls, a ward police's
book of people who gave themselves up, a court's inheritance parties and a Thai Binh cooperative's
machine transplanting orders), with the units before and after the 2025 merger."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- addresses: (hamlet or street, old commune, old district, old province, new commune, new city)
_TH = (
    ("Thôn Thúy Lâm", "xã Thanh Xá", "huyện Thanh Hà", "tỉnh Hải Dương", "xã Hà Tây"),
    ("Thôn Đông Phan", "xã Thanh Sơn", "huyện Thanh Hà", "tỉnh Hải Dương", "xã Hà Bắc"),
    ("Thôn Thúy Lâm", "xã Thanh Thủy", "huyện Thanh Hà", "tỉnh Hải Dương", "xã Hà Tây"),
    ("Thôn Phương Khê", "xã Thanh Khê", "huyện Thanh Hà", "tỉnh Hải Dương", "xã Thanh Hà"),
    ("Thôn Tự Tân", "xã Tân Việt", "huyện Thanh Hà", "tỉnh Hải Dương", "xã Hà Nam"),
)
_HN = (
    ("Số 12 ngõ 165 Cầu Giấy", "phường Quan Hoa", "quận Cầu Giấy", "phường Cầu Giấy"),
    ("P.504 nhà B2 tập thể Thành Công", "phường Thành Công", "quận Ba Đình", "phường Giảng Võ"),
    ("Số 8 ngách 12/4 Khương Hạ", "phường Khương Đình", "quận Thanh Xuân", "phường Khương Đình"),
    ("Xóm Chùa, thôn Vân Trì", "xã Vân Nội", "huyện Đông Anh", "xã Thư Lâm"),
    ("Số 45 phố Bạch Mai", "phường Cầu Dền", "quận Hai Bà Trưng", "phường Bạch Mai"),
    ("Tổ dân phố 7", "phường Phúc Lợi", "quận Long Biên", "phường Phúc Lợi"),
    ("Thôn Thượng", "xã Thanh Liệt", "huyện Thanh Trì", "xã Thanh Liệt"),
)
_TB = (
    ("Thon Dong", "xa Vu Hoa", "huyen Kien Xuong", "tinh Thai Binh", "xa Binh Nguyen, Hung Yen"),
    ("Xom 3", "xa Quynh Hoa", "huyen Quynh Phu", "tinh Thai Binh", "xa Quynh Phu, Hung Yen"),
    ("Thon Nam", "xa Dong Son", "huyen Tien Hai", "tinh Thai Binh", "xa Tien Hai, Hung Yen"),
    ("To 5", "phuong Tien Phong", "TP Thai Binh", "tinh Thai Binh", "phuong Thai Binh, Hung Yen"),
    ("Thon Phu Loc", "xa Vu Phuc", "TP Thai Binh", "tinh Thai Binh", "phuong Vu Phuc, Hung Yen"),
)
_NB = (
    ("Thôn Văn Lâm", "xã Ninh Hải", "huyện Hoa Lư", "xã Ninh Hải (nay phường Tây Hoa Lư)"),
    ("Thôn Đam Khê", "xã Ninh Hải", "huyện Hoa Lư", "phường Tây Hoa Lư"),
    ("Thôn Tràng An", "xã Trường Yên", "huyện Hoa Lư", "phường Tây Hoa Lư"),
    ("Thôn Khê Đầu Hạ", "xã Ninh Xuân", "huyện Hoa Lư", "phường Nam Hoa Lư"),
    ("Xóm 4", "xã Gia Sinh", "huyện Gia Viễn", "xã Gia Hưng"),
)
_TAYHO = (
    ("Số 21 ngõ 487 Âu Cơ", "phường Nhật Tân", "quận Tây Hồ"),
    ("Số 15 ngõ 52 Phú Thượng", "phường Phú Thượng", "quận Tây Hồ"),
    ("Số 7 ngõ 310 Nghi Tàm", "phường Tứ Liên", "quận Tây Hồ"),
    ("Bãi Tầm Xá", "xã Tầm Xá", "huyện Đông Anh"),
)
_THAIBINH_HAMLETS = ("Đội 1", "Đội 2", "Đội 4", "Đội 6", "Xóm Đông", "Xóm Trại")

# -- the lychee cooperative
_VARIETY = ("Vải thiều Thanh Hà", "Vải u hồng", "Vải lai Thanh Hà", "Vải chín sớm Bình Khê")
_CERT = ("VietGAP", "GlobalGAP", "VietGAP (đang tái cấp)", "Chưa", "Hữu cơ TCVN 11041")

# -- the criminal hearing list
_CRIMES = (
    ("Trộm cắp tài sản", "khoản 1 Điều 173"),
    ("Đánh bạc", "khoản 1 Điều 321"),
    ("Tàng trữ trái phép chất ma túy", "điểm c khoản 1 Điều 249"),
    ("Cố ý gây thương tích", "khoản 2 Điều 134"),
    ("Lừa đảo chiếm đoạt tài sản", "khoản 2 Điều 174"),
    ("Vi phạm quy định về tham gia giao thông đường bộ", "khoản 1 Điều 260"),
)
_COURTS = (
    "TAND khu vực 1 - Hà Nội",
    "TAND khu vực 5 - Hà Nội",
    "TAND khu vực 3 - Hải Phòng",
    "TAND khu vực 7 - Hà Nội",
)
_ROOMS = ("Phòng xử số 1", "Phòng xử số 2", "Hội trường lớn", "Xét xử lưu động tại UBND xã")
_LAWYERS = ("Không", "LS. Nguyễn Văn Hòa - Đoàn LS TP Hà Nội", "TGV pháp lý Trung tâm TGPL")

# -- hypertension and diabetes at a commune health station
_DIAG = (
    ("Tang huyet ap", "I10"),
    ("Dai thao duong typ 2", "E11"),
    ("THA + DTD typ 2", "I10, E11"),
    ("Tang huyet ap do 2", "I10"),
)
_DRUGS = ("Amlodipin 5mg", "Metformin 850mg x2", "Losartan 50mg", "Gliclazid 30mg", "Nifedipin")

# -- a lower secondary school's incoming transfers
_GRADES = ("6A1", "6A3", "7A2", "7A5", "8A1", "8A4", "9A2", "9A6")
_FROM_SCHOOLS = (
    ("THCS Nguyễn Trãi", "Nam Định"),
    ("THCS Lê Quý Đôn", "Thái Bình"),
    ("THCS thị trấn Phùng", "Hà Nội"),
    ("THCS Chu Văn An", "Hải Phòng"),
    ("PTDTBT THCS Nậm Xé", "Lào Cai"),
    ("THCS Trần Đăng Ninh", "Hà Nam"),
)
_REASONS = ("Theo bố mẹ chuyển nơi làm việc", "Chuyển nơi cư trú", "Gia đình chuyển nhà")

# -- Trang An boat rowers
_WHARFS = ("Bến Tràng An", "Bến Tam Cốc", "Bến Thung Nham", "Bến Hang Múa")
_ROW_INSURE = ("Đã mua BH tai nạn", "Chưa", "Đã cấp áo phao", "BH tai nạn + áo phao")

# -- Tet stalls in Tay Ho
_STALLS = ("Vỉa hè Âu Cơ", "Bãi giữa Nhật Tân", "Chân cầu Nhật Tân", "Vườn hoa Lạc Long Quân")
_TREES = ("Đào thế", "Đào bích", "Quất cảnh", "Đào cành + quất", "Đào phai")

# -- people who gave themselves up
_DEEDS = (
    "Trộm cắp xe máy tại chợ Long Biên",
    "Gây thương tích trong đám cưới",
    "Cướp giật điện thoại",
    "Bị truy nã theo QĐ của CA tỉnh Thái Bình",
    "Tham gia đánh bạc qua mạng",
)
_HANDED = ("CSHS CA quận (cũ)", "Đội điều tra tổng hợp CA phường", "Cơ quan CSĐT CA TP Hà Nội")

# -- inheritance parties
_STANDING = ("Nguyên đơn", "Bị đơn", "Người có QLNVLQ", "Nguyên đơn", "Người có QLNVLQ")
_ESTATE = (
    "QSDĐ thửa 112, TBĐ số 5, xã Tứ Hiệp",
    "Nhà 3 tầng số 17 ngõ Văn Chương",
    "Sổ tiết kiệm 850.000.000đ",
    "QSDĐ 240m2 thôn Thượng Phúc",
)

# -- machine transplanting orders
_SEASONS = ("Vụ Xuân 2026", "Vụ Mùa 2025", "Vụ Xuân 2025")
_RICE = ("Bắc thơm 7", "BC15", "TBR225", "Đài thơm 8", "J02")


def _unit(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 1) -> tuple[str, ...]:
    return table[(int(p.bhxh) // (salt * 7 + 3)) % len(table)]


def _pair(p: Person, table: tuple[tuple[str, str], ...], salt: int) -> tuple[str, str]:
    return table[(int(p.bhxh) // (salt * 11 + 1)) % len(table)]


def _th_addr(p: Person) -> str:
    row = _unit(p, _TH)
    if _num(p, 3) == 1:
        return f"{row[0]}, {row[4]}, TP Hải Phòng"
    return ", ".join(row[:4])


def _hn_addr(p: Person) -> str:
    row = _unit(p, _HN, 2)
    if _num(p, 2) == 1:
        return f"{row[0]}, {row[3]}, TP Hà Nội"
    return f"{row[0]}, {row[1]}, {row[2]}, Hà Nội"


def _tb_addr(p: Person) -> str:
    row = _unit(p, _TB, 3)
    return f"{row[0]}, {row[1]}, {row[2]}, {row[3]}"


def _nb_addr(p: Person) -> str:
    row = _unit(p, _NB, 4)
    return f"{row[0]}, {row[1]}, {row[2]}, Ninh Bình"


def _tayho_addr(p: Person) -> str:
    row = _unit(p, _TAYHO, 5)
    return ", ".join(row) + ", HN"


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


WRITERS_BLIND181: dict[str, Callable[[Person, Col], object]] = {
    # a Thanh Ha lychee cooperative's growing-area register
    "addr_th181": lambda p, c: _th_addr(p),
    "puc181": lambda p, c: f"VN-HDOR-{p.bhxh[-4:]}-{_num(p, 9):02d}",
    "sao181": lambda p, c: f"{_num(p, 12)},{_num(p, 9)}",
    "trees181": lambda p, c: str(20 + _num(p, 180)),
    "yield181": lambda p, c: f"{_num(p, 15)},{_num(p, 9)}",
    "variety181": lambda p, c: _pick(p, _VARIETY, 2),
    "cert181": lambda p, c: _pick(p, _CERT, 3),
    # a regional court's criminal hearing list
    "case181": lambda p, c: f"{_num(p, 400)}/{p.other_date.year}/TLST-HS",
    "addr_hn181": lambda p, c: _hn_addr(p),
    "crime181": lambda p, c: _pair(p, _CRIMES, 2)[0],
    "article181": lambda p, c: _pair(p, _CRIMES, 2)[1],
    "victim181": lambda p, c: _other_vn(p, 4) if _num(p, 3) != 1 else "Không",
    "court181": lambda p, c: _pick(p, _COURTS, 3),
    "judge181": lambda p, c: f"TP. {_other_vn(p, 6)}",
    "prosecutor181": lambda p, c: _other_vn(p, 8),
    "lawyer181": lambda p, c: _pick(p, _LAWYERS, 4),
    "hour181": lambda p, c: _pick(p, ("08h00", "08h30", "13h30", "14h00"), 5),
    "room181": lambda p, c: _pick(p, _ROOMS, 6),
    # hypertension and diabetes at a commune health station (Thai Binh, no diacritics)
    "sex_ascii181": lambda p, c: "Nam" if p.male else "Nu",
    "ncd_code181": lambda p, c: f"KLN-{_num(p, 900):04d}",
    "addr_tb181": lambda p, c: _tb_addr(p),
    "diag181": lambda p, c: _pair(p, _DIAG, 2)[0],
    "icd181": lambda p, c: _pair(p, _DIAG, 2)[1],
    "bp181": lambda p, c: f"{130 + _num(p, 50)}/{80 + _num(p, 25)}",
    "glu181": lambda p, c: f"{6 + _num(p, 8)}.{_num(p, 9)}",
    "drug181": lambda p, c: _pick(p, _DRUGS, 3),
    "last_visit181": lambda p, c: f"{_shift_date(p.other_date, 1):%d-%m-%Y}",
    # a Hanoi lower secondary school's incoming transfers
    "grade181": lambda p, c: _pick(p, _GRADES, 2),
    "from_school181": lambda p, c: _pair(p, _FROM_SCHOOLS, 3)[0],
    "from_prov181": lambda p, c: _pair(p, _FROM_SCHOOLS, 3)[1],
    "reason181": lambda p, c: _pick(p, _REASONS, 4),
    "parent181": lambda p, c: _other_vn(p, 5, family=p.family),
    "parent_phone181": lambda p, c: _other_phone(p),
    "moet181": lambda p, c: f"01{p.bhxh}",
    # Trang An boat rowers
    "addr_nb181": lambda p, c: _nb_addr(p),
    "boat181": lambda p, c: f"NB-{_num(p, 999):03d}-ĐT",
    "wharf181": lambda p, c: _pick(p, _WHARFS, 2),
    "crew181": lambda p, c: f"Tổ {_num(p, 24)}",
    "row_badge181": lambda p, c: f"TA{p.bhxh[-5:]}",
    "trips181": lambda p, c: str(10 + _num(p, 50)),
    "insure181": lambda p, c: _pick(p, _ROW_INSURE, 3),
    # Tet stalls in Tay Ho
    "addr_tayho181": lambda p, c: _tayho_addr(p),
    "stall181": lambda p, c: f"{_pick(p, _STALLS, 2)} - ô số {_num(p, 80)}",
    "area181": lambda p, c: str(6 + _num(p, 30)),
    "tree181": lambda p, c: _pick(p, _TREES, 3),
    "fee181": lambda p, c: _money(_num(p, 10) * 150_000),
    # people who gave themselves up to a ward police
    "alias181": lambda p, c: _pick(p, ("", "Tý", "Hùng 'đen'", "Béo", "", "Cu Tèo"), 2),
    "deed181": lambda p, c: _pick(p, _DEEDS, 3),
    "companion181": lambda p, c: f"{_other_vn(p, 4)} ({_pick(p, ('bố', 'mẹ', 'vợ', 'anh'), 5)})",
    "officer181": lambda p, c: f"Thượng úy {_other_vn(p, 7, male=True)}",
    "handed181": lambda p, c: _pick(p, _HANDED, 6),
    # a court's inheritance parties
    "standing181": lambda p, c: _pick(p, _STANDING, 2),
    "deceased181": lambda p, c: f"Cụ {_other_vn(p, 3, family=p.family)}",
    "estate181": lambda p, c: _pick(p, _ESTATE, 4),
    "inh_case181": lambda p, c: f"{_num(p, 300)}/2025/TLST-DS",
    # a Thai Binh cooperative's machine transplanting orders
    "hamlet181": lambda p, c: _pick(p, _THAIBINH_HAMLETS, 2),
    "season181": lambda p, c: _pick(p, _SEASONS, 3),
    "rice181": lambda p, c: _pick(p, _RICE, 4),
    "trays181": lambda p, c: str(_num(p, 12) * 28),
    "plots181": lambda p, c: f"{_num(p, 8)} thửa / {_num(p, 14)} sào",
    "cost181": lambda p, c: _money(_num(p, 14) * 320_000),
}

__all__ = ["WRITERS_BLIND181"]
