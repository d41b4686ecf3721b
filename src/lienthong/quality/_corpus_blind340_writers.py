"""How the people of the three-hundred-and-fortieth part of the outside corpus (**blind 340**,
:mod:`lienthong.quality._corpus_blind340`) are written: registers of the merged city of Hải Phòng
(Hải Phòng and Hải Dương since July 2025, two levels of government), with home addresses in the
new form (a ward, a commune or a special zone and the city) beside the old form (quận, huyện,
thị xã, tỉnh Hải Dương) that some offices still type, and the plates, licences, rafts, kilns,
orchards and posts those registers keep."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: streets and the new ward each lies in (after the 2025 arrangement)
_HP_STREETS = (
    ("Lạch Tray", "phường Gia Viên"),
    ("Văn Cao", "phường Hải An"),
    ("Trần Nguyên Hãn", "phường Lê Chân"),
    ("Tô Hiệu", "phường An Biên"),
    ("Ngô Gia Tự", "phường Đông Hải"),
    ("Trần Thành Ngọ", "phường Kiến An"),
    ("Nguyễn Lương Bằng", "phường Lê Thanh Nghị"),
    ("Thanh Niên", "phường Hải Dương"),
    ("Trần Hưng Đạo", "phường Chu Văn An"),
    ("Đà Nẵng", "phường Ngô Quyền"),
)
#: streets as the old units wrote them, with the new ward each now lies in
_HP_OLD = (
    ("Lạch Tray", "phường Đằng Giang, quận Ngô Quyền, TP Hải Phòng", "phường Gia Viên"),
    ("Văn Cao", "phường Đằng Lâm, quận Hải An, TP. Hải Phòng", "phường Hải An"),
    ("Trần Nguyên Hãn", "P. Niệm Nghĩa, Q. Lê Chân, Hải Phòng", "phường Lê Chân"),
    ("Tô Hiệu", "phường Trại Cau, quận Lê Chân, thành phố Hải Phòng", "phường An Biên"),
    (
        "Nguyễn Lương Bằng",
        "phường Thanh Bình, TP Hải Dương, tỉnh Hải Dương",
        "phường Lê Thanh Nghị",
    ),
    ("Thanh Niên", "P. Quang Trung, TP. Hải Dương, T. Hải Dương", "phường Hải Dương"),
    ("Trần Hưng Đạo", "phường Sao Đỏ, TP Chí Linh, tỉnh Hải Dương", "phường Chu Văn An"),
    ("Đà Nẵng", "phường Máy Tơ, quận Ngô Quyền, TP Hải Phòng", "phường Ngô Quyền"),
)
#: villages with their new commune, then their old commune and district
_VILLAGES = (
    ("thôn Thúy Lâm", "xã Thanh Hà", "xã Thanh Lang, huyện Thanh Hà, tỉnh Hải Dương"),
    ("thôn Hạ Vĩnh", "xã Hà Tây", "xã Thanh Cường, huyện Thanh Hà, tỉnh Hải Dương"),
    ("thôn Xuân Phi", "xã Hà Bắc", "xã Thanh Xá, huyện Thanh Hà, tỉnh Hải Dương"),
    ("thôn Chu Đậu", "xã Thái Tân", "xã Thái Tân, huyện Nam Sách, tỉnh Hải Dương"),
    ("thôn Mỹ Xá", "xã Nam An Phụ", "xã Minh Tân, huyện Nam Sách, tỉnh Hải Dương"),
    ("thôn Cậy", "xã Đường An", "xã Long Xuyên, huyện Bình Giang, tỉnh Hải Dương"),
    ("thôn Phù Lưu", "xã Kiến Thụy", "xã Thụy Hương, huyện Kiến Thụy, TP Hải Phòng"),
    ("thôn Lý Hòa", "xã Tiên Lãng", "xã Quang Phục, huyện Tiên Lãng, TP Hải Phòng"),
)
#: homes of workers from other provinces (new form and old form mixed, as they were typed)
_FAR_HOMES = (
    "Thôn Đông Thịnh, xã Đông Hưng, tỉnh Hưng Yên",
    "Xóm 5, xã Giao Thủy, tỉnh Ninh Bình",
    "Thôn Hạ, xã Vũ Thư, huyện Vũ Thư, tỉnh Thái Bình",
    "Bản Nà Sang, xã Mường Chà, tỉnh Điện Biên",
    "Thôn 3, xã Yên Mô, tỉnh Ninh Bình",
    "Xóm Trại, xã Hải Hậu, huyện Hải Hậu, tỉnh Nam Định",
    "Thôn Phú Nhi, xã Quảng Yên, tỉnh Thanh Hóa",
    "Khu 4, xã Tiên Lãng, TP Hải Phòng",
)
#: places on Cát Bà island with the old commune or town each was in
_CATBA = (
    ("Tổ dân phố 1", "TT Cát Bà"),
    ("Tổ dân phố 4", "TT Cát Bà"),
    ("Thôn Liên Minh", "xã Trân Châu"),
    ("Thôn Hiền Hào", "xã Hiền Hào"),
    ("Thôn Việt Hải", "xã Việt Hải"),
    ("Thôn Gia Lộc", "xã Gia Luận"),
)
_FIRMS_PORT = (
    "Cảng Tân Vũ - Cty CP Cảng Hải Phòng",
    "Cty CP Cảng Nam Hải Đình Vũ",
    "Cty TNHH Cảng Container Quốc tế Tân Cảng Hải Phòng (TC-HICT)",
    "Cty CP Cảng Đình Vũ",
    "Chi nhánh Cảng Chùa Vẽ",
    "Cty CP Cảng Xanh VIP",
)
_FIRMS_LOG = (
    "Cty TNHH Vận tải Container Đình Vũ",
    "Cty CP Logistics Hải An",
    "Cty TNHH TM&VT Trường Phát HP",
    "Cty CP Giao nhận Vận tải Ngoại thương Hải Phòng",
)
_KCN = (
    ("Cty TNHH LG Display Việt Nam Hải Phòng", "KCN Tràng Duệ"),
    ("Cty TNHH Regina Miracle International Việt Nam", "KCN VSIP Hải Phòng"),
    ("Cty TNHH Fuji Xerox Hải Phòng", "KCN VSIP Hải Phòng"),
    ("Cty TNHH Ford Việt Nam", "KCN Tân Trường"),
    ("Cty TNHH Sumidenso Việt Nam", "KCN Phúc Điền"),
    ("Cty TNHH Pegatron Việt Nam", "KCN Deep C Hải Phòng"),
    ("Cty TNHH Brother Industries Hải Dương", "KCN Phúc Điền"),
)
_DORMS = ("Nhà A", "Nhà B", "Nhà C2", "Block D")
_RAFT_SITES = (
    "Vụng Tùng Gấu",
    "Áng Cát Dứa",
    "Vụng Bèo - Lan Hạ",
    "Tùng Sâu",
    "Cái Bèo",
    "Vụng Tùng Hang",
)
_SPECIES = ("Cá song", "Cá giò", "Cá vược", "Tu hài", "Hàu TBD", "Cá song + ngao")
_KILNS = (
    "Cty CP Gốm Chu Đậu",
    "Xưởng gốm Mỹ Xá",
    "HTX gốm Cậy Phát Đạt",
    "Cơ sở gốm Hưng Thịnh",
    "Hộ kinh doanh gốm Ngọc Lan",
)
_WARES = (
    "Bình tỳ bà men lam",
    "Đĩa vẽ cá chép hóa rồng",
    "Lọ hoa men rạn",
    "Ấm chén men trắng vẽ lam",
    "Tượng nghê men nâu",
)
_TITLES = ("Thợ giỏi cấp tỉnh (2019)", "Nghệ nhân Hải Dương (2021)", "Chưa có", "Thợ giỏi (2015)")
_BUYERS = (
    "HTX Nông nghiệp Thanh Hà",
    "Cty TNHH XNK Nông sản Hải Dương",
    "Thương lái Lạng Sơn (ông Hùng)",
    "Cty CP Vina T&T",
    "Saigon Co.op - Kho Hà Nội",
)
_DOCS = (
    "Điều chỉnh địa chỉ trên GCN QSDĐ",
    "Cập nhật địa chỉ trên Giấy ĐKKD hộ KD",
    "Điều chỉnh GPLX",
    "Xác nhận thông tin cư trú",
    "Điều chỉnh thẻ BHYT",
    "Cấp lại Giấy đăng ký xe",
)
_JOBS_PORT = (
    "Lái cẩu giàn (STS)",
    "Lái xe nâng Reach Stacker",
    "Công nhân buộc cởi dây",
    "Lái cẩu khung RTG",
    "Kiểm đếm",
    "Công nhân bốc xếp",
)
_BOATS = ("Lan Hạ 08", "Cát Bà Star", "Ngọc Bích 26", "Hoàng Long 15", "Sea Pearl 02", "Việt Hải 3")
_CERTS = ("Thuyền trưởng hạng ba", "Thuyền trưởng hạng nhì", "Chứng chỉ lái phương tiện")
_POSTS_OLD = (
    "Chủ tịch UBND xã",
    "Công chức Tư pháp - Hộ tịch",
    "Công chức Địa chính - Xây dựng",
    "Phó Chủ tịch UBND phường",
    "Công chức Văn hóa - Xã hội",
    "Công chức Tài chính - Kế toán",
)
_POSTS_NEW = (
    "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị",
    "Chuyên viên Phòng Văn hóa - Xã hội",
    "Phó Chánh Văn phòng HĐND và UBND",
    "Phó Giám đốc Trung tâm Phục vụ hành chính công",
    "Chuyên viên Văn phòng HĐND và UBND",
)
_OLD_UNITS = (
    "UBND xã Thanh Lang, huyện Thanh Hà",
    "UBND phường Đằng Giang, quận Ngô Quyền",
    "UBND xã Thái Tân, huyện Nam Sách",
    "UBND phường Sao Đỏ, TP Chí Linh",
    "UBND thị trấn Cát Bà, huyện Cát Hải",
    "UBND phường Quang Trung, TP Hải Dương",
)
_NEW_UNITS = (
    "UBND xã Thanh Hà",
    "UBND phường Gia Viên",
    "UBND xã Thái Tân",
    "UBND phường Chu Văn An",
    "UBND đặc khu Cát Hải",
    "UBND phường Hải Dương",
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _kin(p: Person) -> str:
    relation = _pick(p, ("Vợ", "Bố", "Mẹ", "Anh trai", "Chồng"), 4)
    return f"{relation}: {_other_vn(p, 4, relation in ('Bố', 'Anh trai', 'Chồng'))}"


def _street(p: Person) -> tuple[str, str]:
    return _HP_STREETS[int(p.bhxh) // 7 % len(_HP_STREETS)]


def _village(p: Person) -> tuple[str, str, str]:
    return _VILLAGES[int(p.bhxh) // 13 % len(_VILLAGES)]


def _hp_addr(p: Person) -> str:
    street, ward = _street(p)
    lane = f"ngõ {_num(p, 90)} " if int(p.bhxh[0]) % 2 else ""
    return f"Số {_num(p, 250)} {lane}{street}, {ward}, TP Hải Phòng"


def _hp_old(p: Person, new: bool = False) -> str:
    """A home as the old units wrote it, or (``new``) the same home in the new form."""
    if int(p.bhxh[1]) % 2:
        village, commune, old = _village(p)
        return f"{_cap(village)}, {commune if new else old}{', TP Hải Phòng' if new else ''}"
    street, rest, ward = _HP_OLD[int(p.bhxh) // 5 % len(_HP_OLD)]
    if new:
        return f"Số {_num(p, 250)} {street}, {ward}, TP Hải Phòng"
    return f"Số {_num(p, 250)} đường {street}, {rest}"


def _rural(p: Person, first: int = 0, last: int = len(_VILLAGES)) -> str:
    """A village home; ``first``/``last`` keep it to the lychee or the pottery villages."""
    options = _VILLAGES[first:last]
    village, commune, _old = options[int(p.bhxh) // 13 % len(options)]
    return f"{_cap(village)}, {commune}, TP. Hải Phòng"


def _catba(p: Person, old: bool = False) -> str:
    place, commune = _CATBA[int(p.bhxh) // 11 % len(_CATBA)]
    if old:
        return f"{place}, {commune}, huyện Cát Hải, TP Hải Phòng"
    return f"{place}, đặc khu Cát Hải, TP Hải Phòng"


def _plate(p: Person, kind: str) -> str:
    if kind == "R":
        return f"15R-{int(p.bhxh[2:5]):03d}.{int(p.bhxh[5:7]):02d}"
    return f"15{kind}-{_num(p, 899) + 100:03d}.{int(p.bhxh[-2:]):02d}"


def _later(p: Person, c: Col, days: int) -> str:
    return f"{p.other_date + timedelta(days=days):{c.date_format}}"


def _party(p: Person) -> date:
    """The day an official joined the Party: 24 to 31 years after birth, not after 2024."""
    return _shift_date(p.birth, min(23 + _num(p, 8), 2024 - p.birth.year))


WRITERS_BLIND340: dict[str, Callable[[Person, Col], object]] = {
    "hp_addr340": lambda p, c: _hp_addr(p),
    "hp_old340": lambda p, c: _hp_old(p),
    "hp_new340": lambda p, c: _hp_old(p, new=True),
    "hp_lychee340": lambda p, c: _rural(p, 0, 3),
    "hp_pottery340": lambda p, c: _rural(p, 3, 6),
    "hp_catba340": lambda p, c: _catba(p),
    "hp_far340": lambda p, c: _pick(p, _FAR_HOMES, 3),
    "hp_phone84_340": lambda p, c: f"+84 {p.phone[1:4]} {p.phone[4:7]} {p.phone[7:]}",
    # container truck drivers of a logistics firm
    "drv_gplx340": lambda p, c: f"31{p.bhxh}",
    "drv_class340": lambda p, c: _pick(p, ("FC", "CE", "FC", "C"), 2),
    "drv_expiry340": lambda p, c: f"{_shift_date(p.other_date, 3 + _num(p, 5)):{c.date_format}}",
    "drv_tractor340": lambda p, c: _plate(p, "C"),
    "drv_trailer340": lambda p, c: _plate(p, "R"),
    "drv_firm340": lambda p, c: _pick(p, _FIRMS_LOG, 3),
    "drv_kin340": lambda p, c: _kin(p),
    "drv_kinphone340": lambda p, c: _other_phone(p, "03"),
    # industrial-zone dormitory
    "ktx_room340": lambda p, c: f"{_pick(p, _DORMS, 5)} - P.{_num(p, 5) + 1}{_num(p, 30):02d}",
    "ktx_firm340": lambda p, c: _KCN[int(p.bhxh) // 3 % len(_KCN)][0],
    "ktx_kcn340": lambda p, c: _KCN[int(p.bhxh) // 3 % len(_KCN)][1],
    "ktx_origin340": lambda p, c: _pick(p, ("Thái Bình", "Nam Định", "Thanh Hóa", "Nghệ An"), 6),
    "ktx_until340": lambda p, c: _later(p, c, 180 + _num(p, 180)),
    "ktx_fee340": lambda p, c: f"{_pick(p, ('350.000', '400.000', '450.000'), 7)}",
    # Cát Bà fish-cage rafts
    "raft_site340": lambda p, c: _pick(p, _RAFT_SITES, 3),
    "raft_coord340": lambda p, c: (
        f"20°{45 + _num(p, 9)}'{_num(p, 59):02d}\"N 107°{2 + _num(p, 5):02d}'{_num(p, 58):02d}\"E"
    ),
    "raft_area340": lambda p, c: 200 + _num(p, 40) * 25,
    "raft_cages340": lambda p, c: 8 + _num(p, 40),
    "raft_species340": lambda p, c: _pick(p, _SPECIES, 4),
    "raft_decision340": lambda p, c: f"{_num(p, 900)}/QĐ-UBND",
    "raft_old340": lambda p, c: _catba(p, old=True),
    # ceramics villages
    "gom_kiln340": lambda p, c: _pick(p, _KILNS, 3),
    "gom_years340": lambda p, c: 5 + _num(p, 40),
    "gom_ware340": lambda p, c: _pick(p, _WARES, 4),
    "gom_title340": lambda p, c: _pick(p, _TITLES, 5),
    # Thanh Hà lychee growers
    "vai_code340": lambda p, c: f"TH-{_num(p, 30):02d}-{int(p.bhxh[-4:]):04d}",
    "vai_area340": lambda p, c: f"{_num(p, 12)},{_num(p, 9) % 10} sào",
    "vai_yield340": lambda p, c: f"{_num(p, 9)},{_num(p, 7) % 10}",
    "vai_price340": lambda p, c: _pick(p, ("35.000", "42.000", "28.000", "50.000"), 6),
    "vai_harvest340": lambda p, c: (
        f"{p.other_date.replace(month=6, day=1 + _num(p, 25)):{c.date_format}}"
    ),
    "vai_buyer340": lambda p, c: _pick(p, _BUYERS, 7),
    "vai_account340": lambda p, c: f"2304{p.bhxh[:9]}",
    # a ward's one-stop office
    "hc_receipt340": lambda p, c: (
        f"000.{_num(p, 90):02d}.26.H26-{p.other_date:%y%m%d}-{_num(p, 999):04d}"
    ),
    "hc_doc340": lambda p, c: _pick(p, _DOCS, 2),
    "hc_officer340": lambda p, c: _other_vn(p, 6),
    "hc_due340": lambda p, c: _later(p, c, 3 + _num(p, 12)),
    # port safety training
    "port_unit340": lambda p, c: _pick(p, _FIRMS_PORT, 3),
    "port_job340": lambda p, c: _pick(p, _JOBS_PORT, 4),
    "port_card340": lambda p, c: f"{_num(p, 999):04d}/{p.other_date:%Y}/ATLĐ-N3",
    "port_valid340": lambda p, c: f"{_shift_date(p.other_date, 2):{c.date_format}}",
    "port_score340": lambda p, c: f"{5 + _num(p, 5)},{_pick(p, ('0', '5'), 6)}",
    "port_origin340": lambda p, c: _village(p)[2],
    # tour boats on Lan Hạ bay
    "boat_cert340": lambda p, c: _pick(p, _CERTS, 3),
    "boat_certno340": lambda p, c: f"T3-{int(p.bhxh[-6:]):06d}-HP",
    "boat_name340": lambda p, c: _pick(p, _BOATS, 4),
    "boat_reg340": lambda p, c: f"HP-{1000 + _num(p, 8000)}",
    "boat_owner340": lambda p, c: _other_vn(p, 5),
    "boat_seats340": lambda p, c: _pick(p, ("12", "20", "36", "48"), 6),
    # officials rearranged into the new wards and communes
    "cb_oldpost340": lambda p, c: _pick(p, _POSTS_OLD, 3),
    "cb_oldunit340": lambda p, c: _pick(p, _OLD_UNITS, 4),
    "cb_newpost340": lambda p, c: _pick(p, _POSTS_NEW, 5),
    "cb_newunit340": lambda p, c: _pick(p, _NEW_UNITS, 4),
    "cb_degree340": lambda p, c: _pick(p, ("ĐH Luật", "ĐH Kinh tế", "ThS QLHC", "ĐH Xây dựng"), 6),
    "cb_coef340": lambda p, c: _pick(p, ("2,34", "2,67", "3,00", "3,33", "3,66", "4,32"), 7),
    "cb_party340": lambda p, c: f"{_party(p):{c.date_format}}",
}
