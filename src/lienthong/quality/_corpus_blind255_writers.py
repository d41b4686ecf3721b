"""How the people of the two-hundred-and-fifty-fifth part of the outside corpus (**blind 255**,
:mod:`lienthong.quality._corpus_blind255`) are written: nine registers' own columns from the
industrial Southeast (a rubber tappers' contest, organic cashew growers, rooms in a trade union
housing block, offshore safety training, cassava mosaic clean seed, a trade union Tết market,
trucks through the Mộc Bài border gate, noise-induced hearing loss screening, a microcredit
fund for poor workers) and Southeast addresses before and after the July 2025 merger:
``phường … TP …, tỉnh Bình Dương`` or ``xã … huyện …, tỉnh Long An`` and the two-level
``phường …/xã …, TP Hồ Chí Minh`` (Đồng Nai, Tây Ninh)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind245_writers import _ascii_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

#: (street or hamlet line, old ward/commune, old district, old province, new ward/commune,
#: new province)
_SE: tuple[_T, ...] = (
    ("Số 12 đường ĐT743", "phường Bình Hòa", "TP Thuận An", "tỉnh Bình Dương",
     "phường Bình Hòa", "TP Hồ Chí Minh"),
    ("Khu phố 3", "phường Tân Định", "TP Bến Cát", "tỉnh Bình Dương",
     "phường Bến Cát", "TP Hồ Chí Minh"),
    ("Số 45/2 khu phố Tân Phước", "phường Tân Bình", "TP Dĩ An", "tỉnh Bình Dương",
     "phường Tân Đông Hiệp", "TP Hồ Chí Minh"),
    ("Tổ 4, ấp 2", "xã Phú Riềng", "huyện Phú Riềng", "tỉnh Bình Phước",
     "xã Phú Riềng", "tỉnh Đồng Nai"),
    ("Ấp Tân Lập", "xã Đồng Tâm", "huyện Đồng Phú", "tỉnh Bình Phước",
     "xã Đồng Tâm", "tỉnh Đồng Nai"),
    ("Thôn 3", "xã Đức Liễu", "huyện Bù Đăng", "tỉnh Bình Phước",
     "xã Nghĩa Trung", "tỉnh Đồng Nai"),
    ("Số 25 Phạm Văn Thuận", "phường Tân Mai", "TP Biên Hòa", "tỉnh Đồng Nai",
     "phường Tam Hiệp", "tỉnh Đồng Nai"),
    ("Ấp 5", "xã An Phước", "huyện Long Thành", "tỉnh Đồng Nai",
     "xã An Phước", "tỉnh Đồng Nai"),
    ("Khu phố Lộc Du", "phường Trảng Bàng", "thị xã Trảng Bàng", "tỉnh Tây Ninh",
     "phường Trảng Bàng", "tỉnh Tây Ninh"),
    ("Ấp Thạnh Hiệp", "xã Thạnh Tân", "TP Tây Ninh", "tỉnh Tây Ninh",
     "phường Bình Minh", "tỉnh Tây Ninh"),
    ("Ấp Bình Tiền 2", "xã Đức Hòa Hạ", "huyện Đức Hòa", "tỉnh Long An",
     "xã Đức Hòa", "tỉnh Tây Ninh"),
    ("Số 8 Nguyễn Trung Trực", "phường 2", "TP Tân An", "tỉnh Long An",
     "phường Long An", "tỉnh Tây Ninh"),
    ("Ấp 3", "xã Long Hậu", "huyện Cần Giuộc", "tỉnh Long An",
     "xã Phước Vĩnh Tây", "tỉnh Tây Ninh"),
    ("Số 56 Ba Cu", "phường 1", "TP Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu",
     "phường Vũng Tàu", "TP Hồ Chí Minh"),
    ("Tổ 7, khu phố Vạn Hạnh", "phường Phú Mỹ", "thị xã Phú Mỹ", "tỉnh Bà Rịa - Vũng Tàu",
     "phường Phú Mỹ", "TP Hồ Chí Minh"),
    ("Ấp Phước Lộc", "xã Phước Tỉnh", "huyện Long Điền", "tỉnh Bà Rịa - Vũng Tàu",
     "xã Long Hải", "TP Hồ Chí Minh"),
    ("Số 45 đường số 9", "phường Linh Trung", "TP Thủ Đức", "TP Hồ Chí Minh",
     "phường Linh Xuân", "TP Hồ Chí Minh"),
)  # fmt: skip


def _se(p: Person) -> _T:
    return _SE[(int(p.bhxh) // 11) % len(_SE)]


def _se_in(p: Person, province: str) -> _T:
    """A row of the province the register's agency serves (after the merger)."""
    rows = tuple(row for row in _SE if row[5] == province)
    return rows[(int(p.bhxh) // 13) % len(rows)]


def _old(row: _T) -> str:
    line, ward, district, province, _, _ = row
    return f"{line}, {ward}, {district}, {province}"


def _se_old(p: Person) -> str:
    return _old(_se(p))


def _se_new(p: Person) -> str:
    line, _, _, _, ward, province = _se(p)
    return f"{line}, {ward}, {province}"


def _se_mixed(p: Person) -> str:
    """Keyed in the old form before the merger, or in the new one after it."""
    return _se_old(p) if int(p.bhxh) % 3 == 0 else _se_new(p)


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _later(p: Person, months: int, fmt: str) -> str:
    d = p.other_date
    m = d.month - 1 + months
    return format(_safe_day(d.year + m // 12, m % 12 + 1, d.day), fmt)


# -- the registers' own columns -----------------------------------------------------------------
_FARM = ("NT Phú Riềng Đỏ", "NT Long Hà", "NT Bình Sơn", "NT Nghĩa Trung", "NT Thuận Phú")
_TAP_RANK = ("Giỏi", "Khá", "Khá", "Đạt", "Giỏi", "Không đạt")
_VARIETY = ("Điều cao sản PN1", "Điều ghép AB29", "Điều ghép AB05-08", "Điều địa phương")
_NOTE_CASHEW = ("Dat", "Dat", "Can bo sung nhat ky", "Chuyen doi nam 2", "Dat")
_HOMETOWN = ("Thanh Hóa", "Nghệ An", "Sóc Trăng", "Trà Vinh", "Quảng Ngãi", "Bạc Liêu")
_COMPANY = ("Cty TNHH Pouchen VN", "Cty TNHH Chutex", "Cty CP Dệt may Bình An",
            "Cty TNHH Kumho Tire VN", "Cty TNHH Changshin VN")  # fmt: skip
_OILCO = ("Vietsovpetro", "PTSC Offshore", "Biển Đông POC", "Hoàng Long JOC", "PVD Drilling")
_POSITION = ("Roustabout", "Thợ khoan", "Kỹ sư vận hành", "Crane operator", "Thợ điện", "Medic")
_COURSE = ("BOSIET + CA-EBS", "FOET", "HUET", "BOSIET", "Offshore Fire Team")
_CASSAVA = ("HN3", "KM568", "HLS11", "KM140", "Tai 8")
_SIGN = ("đã ký", "đã ký", "ủy quyền vợ ký", "chưa nhận")
_DEPT = ("Chuyền may 3", "Tổ đóng gói", "Kho nguyên liệu", "Bộ phận QC", "Xưởng cắt")
_UNION = ("CĐCS Cty Nissei", "CĐCS Cty Hoa Sen Long An", "CĐCS Cty Đồng Tâm",
          "CĐCS Cty Lotus KCN Long Hậu")  # fmt: skip
_HARDSHIP = ("Công nhân khó khăn", "Mẹ đơn thân", "Bệnh hiểm nghèo", "Không về quê ăn Tết",
             "Đoàn viên xuất sắc")  # fmt: skip
_GOODS = ("Khoai mì lát khô", "Mủ cao su SVR 3L", "Vải nguyên liệu", "Xi măng bao", "Hàng tạm nhập")
_DIR = ("Xuất cảnh", "Nhập cảnh", "Xuất - nhập trong ngày")
_OWNER = ("Cty TNHH VT Mộc Bài", "Cty CP Logistics Tây Ninh", "Hộ KD Trần Văn Nam",
          "Cty TNHH TM Gò Dầu")  # fmt: skip
_WORKPOS = ("Máy dệt", "Máy dập", "Xưởng cưa gỗ", "Nghiền đá", "Máy nén khí", "Văn phòng")
_HEARING = ("Bình thường", "Nghi điếc NN", "Giảm thính lực nhẹ", "Chuyển khám giám định BNN")
_GROUP = ("Tổ 1 - KP Bình Đức", "Tổ 3 - KP Đông Tư", "Cụm Tân Đông Hiệp", "Tổ 5 - Ấp Bình Thuận")
_PURPOSE = ("Bán tạp hóa tại phòng trọ", "Mua máy may gia công", "Nuôi heo", "Bán bánh mì",
            "Sửa xe gắn máy")  # fmt: skip
_TERM = ("12 tháng", "18 tháng", "24 tháng", "6 tháng")

WRITERS_BLIND255: dict[str, Callable[[Person, Col], object]] = {
    # addresses, old and two-level
    "se_old255": lambda p, c: _se_old(p),
    "se_new255": lambda p, c: _se_new(p),
    "se_mixed255": lambda p, c: _se_mixed(p),
    "dn_old255": lambda p, c: _old(_se_in(p, "tỉnh Đồng Nai")),
    "dn_old_ascii255": lambda p, c: _ascii_vn(_old(_se_in(p, "tỉnh Đồng Nai"))),
    "tn_line255": lambda p, c: _se_in(p, "tỉnh Tây Ninh")[0],
    "tn_ward255": lambda p, c: _se_in(p, "tỉnh Tây Ninh")[4],
    "tn_prov255": lambda p, c: _pick(p, ("Tây Ninh", "tỉnh Tây Ninh", "T. Tây Ninh"), 6),
    # rubber tappers' contest
    "farm255": lambda p, c: _pick(p, _FARM, 2),
    "team255": lambda p, c: f"Đội {1 + _num(p, 12)}",
    "tenure255": lambda p, c: str(2 + _num(p, 25)),
    "theory255": lambda p, c: f"{6 + _num(p, 4)},{_num(p, 9)}",
    "practice255": lambda p, c: f"{70 + _num(p, 29)},{_pick(p, ('0', '5'), 3)}",
    "rank255": lambda p, c: _pick(p, _TAP_RANK, 4),
    # organic cashew growers
    "parcel255": lambda p, c: f"To {10 + _num(p, 40)}, thua {100 + _num(p, 800)}",
    "ha255": lambda p, c: f"{1 + _num(p, 6)},{_num(p, 9)}",
    "variety255": lambda p, c: _ascii_vn(_pick(p, _VARIETY, 2)),
    "yield255": lambda p, c: f"{1 + _num(p, 4)},{_num(p, 9)}",
    "areacode255": lambda p, c: f"VN-BPDN-{1000 + _num(p, 900)}",
    "cashew_note255": lambda p, c: _pick(p, _NOTE_CASHEW, 5),
    # trade union housing
    "hometown255": lambda p, c: _pick(p, _HOMETOWN, 2),
    "company255": lambda p, c: _pick(p, _COMPANY, 3),
    "room255": lambda p, c: f"Khu {_pick(p, ('A', 'B', 'C'), 4)} - P.{101 + _num(p, 420)}",
    "occupants255": lambda p, c: str(1 + _num(p, 4)),
    "rent255": lambda p, c: _money(600_000 + 50_000 * _num(p, 10)),
    # offshore safety training
    "sex_en255": lambda p, c: "Male" if p.male else "Female",
    "oilco255": lambda p, c: _pick(p, _OILCO, 2),
    "position255": lambda p, c: _pick(p, _POSITION, 3),
    "course255": lambda p, c: _pick(p, _COURSE, 4),
    "cert255": lambda p, c: f"PVMTC-{p.other_date:%y}-{p.bhxh[-5:]}",
    "expiry255": lambda p, c: _later(p, 48, "%d-%m-%Y"),
    # cassava mosaic clean seed
    "sick_ha255": lambda p, c: f"{_num(p, 5)},{1 + _num(p, 8)}",
    "rate255": lambda p, c: f"{5 + _num(p, 90)}%",
    "cassava255": lambda p, c: _pick(p, _CASSAVA, 2),
    "cuttings255": lambda p, c: _money(2_000 * (1 + _num(p, 15))),
    "sign255": lambda p, c: _pick(p, _SIGN, 3),
    # trade union Tết market
    "dept255": lambda p, c: _pick(p, _DEPT, 2),
    "union255": lambda p, c: _pick(p, _UNION, 3),
    "hardship255": lambda p, c: _pick(p, _HARDSHIP, 4),
    "voucher255": lambda p, c: f"CT2026-{p.bhxh[-4:]}",
    "face255": lambda p, c: _pick(p, ("500.000", "500.000", "1.000.000", "300.000"), 5),
    # trucks through the Mộc Bài gate
    "licence255": lambda p, c: f"7{_num(p, 10)}{p.bhxh}",
    "class255": lambda p, c: _pick(p, ("FC", "C", "CE", "C1", "FC"), 2),
    "plate255": lambda p, c: f"70{_pick(p, ('C', 'H', 'R'), 3)}-{p.bhxh[:3]}.{p.bhxh[3:5]}",
    "trailer255": lambda p, c: f"70R-{p.bhxh[5:8]}.{p.bhxh[8:]}",
    "owner255": lambda p, c: _pick(p, _OWNER, 4),
    "goods255": lambda p, c: _pick(p, _GOODS, 5),
    "dir255": lambda p, c: _pick(p, _DIR, 6),
    "passport255": lambda p, c: f"GTH-TN {p.bhxh[2:8]}",
    # noise-induced hearing loss screening
    "workpos255": lambda p, c: _pick(p, _WORKPOS, 2),
    "dba255": lambda p, c: str(78 + _num(p, 25)),
    "ptr255": lambda p, c: f"{15 + _num(p, 40)} / {15 + _num(p, 45)}",
    "hearing255": lambda p, c: _pick(p, _HEARING, 3),
    # microcredit for poor workers
    "member255": lambda p, c: f"TDM-{p.bhxh[-6:]}",
    "group255": lambda p, c: _pick(p, _GROUP, 2),
    "purpose255": lambda p, c: _pick(p, _PURPOSE, 3),
    "loan255": lambda p, c: _money(5_000_000 * (1 + _num(p, 8))),
    "term255": lambda p, c: _pick(p, _TERM, 4),
    "kin255": lambda p, c: _other_vn(p, 5),
    "balance255": lambda p, c: _money(1_000_000 * _num(p, 30)),
}
