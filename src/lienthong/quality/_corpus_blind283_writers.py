"""How the people of the two-hundred-and-eighty-third part of the outside corpus (**blind 283**,
:mod:`lienthong.quality._corpus_blind283`) are written: nine Vietnamese registers of the new
Khánh Hòa province formed on 1 July 2025 from the former Khánh Hòa (Nha Trang, Cam Ranh, the
Raglai uplands of Khánh Sơn and Khánh Vĩnh) and the former Ninh Thuận (Phan Rang, the Chăm
villages, the Raglai of Bác Ái). Kinh, Chăm (Đàng, Thành, Quảng, Bá…) and Raglai (Mấu,
Chamaléa, Pinăng…) names side by side; the home address in its old three-level form
(xã/phường, huyện/thành phố, tỉnh Ninh Thuận or Khánh Hòa) or its new two-level form
(xã/phường, tỉnh Khánh Hòa); lobster cages moved out of the bays, land counted for the
Ninh Thuận nuclear plant, dive guides of Hòn Mun, land leased to wind farms, artisans'
allowances, swiftlet-nest harvest crews, goat and sheep cooperatives, delegations to Trường Sa
and the families of the Gạc Ma dead."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]
_CH_FAMILY: _T = ("Đàng", "Thành", "Quảng", "Bá", "Châu", "Lưu", "Thiên", "Trượng", "Hán")
_CH_GIVEN_M: _T = ("Năng Hiếu", "Văn Sanh", "Minh Đạo", "Ngọc Thành", "Văn Tài", "Đình Sơn")
_CH_GIVEN_F: _T = ("Thị Hồng", "Thị Kim Thoa", "Thị Ngọc Lành", "Thị Thu", "Thị Hạnh")
_RG_FAMILY: _T = ("Mấu", "Chamaléa", "Pinăng", "Katơr", "Bo Bo", "Cao", "Mấu", "Pi Năng")
_RG_GIVEN_M: _T = ("Văn Tấn", "Thanh Trung", "Bảy", "Xuân Đàng", "Ngọc Tư", "Văn Lùn")
_RG_GIVEN_F: _T = ("Thị Lan", "Thị Hiền", "Thị Bia", "Thị Ná", "Thị Kiều", "Thị Mai")
_ETHNIC: _T = ("Kinh", "Chăm", "Raglai")

#: (ethnic group living there, hamlets, old commune or ward, old district, old province,
#: new commune or ward after 1 July 2025)
_PLACES: tuple[tuple[int, _T, str, str, str, str], ...] = (
    (
        0,
        ("Tổ 5", "Tổ 12", "Tổ dân phố 3"),
        "Phường Lộc Thọ",
        "TP. Nha Trang",
        "Khánh Hòa",
        "Phường Nha Trang",
    ),
    (
        0,
        ("Tổ 8", "Tổ dân phố Hòn Xện"),
        "Phường Vĩnh Hải",
        "TP. Nha Trang",
        "Khánh Hòa",
        "Phường Bắc Nha Trang",
    ),
    (
        0,
        ("Tổ 2", "Tổ dân phố Cửu Long"),
        "Phường Phước Long",
        "TP. Nha Trang",
        "Khánh Hòa",
        "Phường Nam Nha Trang",
    ),
    (
        0,
        ("Tổ dân phố Mỹ Ca", "Tổ 7"),
        "Phường Cam Nghĩa",
        "TP. Cam Ranh",
        "Khánh Hòa",
        "Phường Bắc Cam Ranh",
    ),
    (
        0,
        ("Tổ dân phố Phú Thịnh", "Tổ 4"),
        "Phường Cam Lộc",
        "TP. Cam Ranh",
        "Khánh Hòa",
        "Phường Cam Ranh",
    ),
    (
        0,
        ("Thôn Bãi Giếng", "Thôn Văn Thủy"),
        "Xã Cam Hải Tây",
        "Huyện Cam Lâm",
        "Khánh Hòa",
        "Xã Cam Lâm",
    ),
    (
        0,
        ("Khu phố 3", "Khu phố 6"),
        "Phường Thanh Sơn",
        "TP. Phan Rang - Tháp Chàm",
        "Ninh Thuận",
        "Phường Phan Rang",
    ),
    (
        0,
        ("Thôn Khánh Hội", "Thôn Mỹ Tân"),
        "Xã Vĩnh Hải",
        "Huyện Ninh Hải",
        "Ninh Thuận",
        "Xã Vĩnh Hải",
    ),
    (
        0,
        ("Thôn Sơn Hải 1", "Thôn Lạc Sơn 2"),
        "Xã Phước Dinh",
        "Huyện Thuận Nam",
        "Ninh Thuận",
        "Xã Phước Dinh",
    ),
    (
        1,
        ("Thôn Hữu Đức", "Thôn Phước Đồng"),
        "Xã Phước Hữu",
        "Huyện Ninh Phước",
        "Ninh Thuận",
        "Xã Phước Hữu",
    ),
    (
        1,
        ("Khu phố Vạn Phước", "Khu phố Mỹ Nghiệp"),
        "Thị trấn Phước Dân",
        "Huyện Ninh Phước",
        "Ninh Thuận",
        "Xã Ninh Phước",
    ),
    (
        1,
        ("Thôn Văn Lâm 1", "Thôn Văn Lâm 4"),
        "Xã Phước Nam",
        "Huyện Thuận Nam",
        "Ninh Thuận",
        "Xã Phước Hà",
    ),
    (
        1,
        ("Khu phố 6", "Khu phố Phước Đồng"),
        "Phường Đô Vinh",
        "TP. Phan Rang - Tháp Chàm",
        "Ninh Thuận",
        "Phường Đô Vinh",
    ),
    (
        2,
        ("Thôn Tà Lương", "Thôn Liên Hòa"),
        "Xã Sơn Hiệp",
        "Huyện Khánh Sơn",
        "Khánh Hòa",
        "Xã Tây Khánh Sơn",
    ),
    (
        2,
        ("Thôn Suối Lách", "Thôn Đá Trắng"),
        "Xã Khánh Thượng",
        "Huyện Khánh Vĩnh",
        "Khánh Hòa",
        "Xã Tây Khánh Vĩnh",
    ),
    (
        2,
        ("Thôn Ma Oai", "Thôn Rã Giữa"),
        "Xã Phước Đại",
        "Huyện Bác Ái",
        "Ninh Thuận",
        "Xã Bác Ái Tây",
    ),
    (
        2,
        ("Thôn Suối Rua", "Thôn Gia É"),
        "Xã Ma Nới",
        "Huyện Ninh Sơn",
        "Ninh Thuận",
        "Xã Anh Dũng",
    ),
)


def _ethnic(p: Person, force: bool = False) -> int:
    """0 Kinh, 1 Chăm, 2 Raglai; ``force`` keeps only the Chăm and the Raglai."""
    k = int(p.bhxh[-5:]) % 5
    group = (0, 0, 1, 2, 0)[k]
    return (1 + int(p.bhxh[-3:]) % 2) if force and group == 0 else group


def _name(p: Person, force: bool = False) -> str:
    group = _ethnic(p, force)
    if group == 0:
        return p.full
    family, male, female = (
        (_CH_FAMILY, _CH_GIVEN_M, _CH_GIVEN_F)
        if group == 1
        else (_RG_FAMILY, _RG_GIVEN_M, _RG_GIVEN_F)
    )
    return f"{_pick(p, family, 3)} {_pick(p, male if p.male else female, 5)}"


def _place(p: Person, force: bool = False) -> tuple[int, _T, str, str, str, str]:
    group = _ethnic(p, force)
    rows = [row for row in _PLACES if row[0] == group]
    return rows[int(p.bhxh[:6]) % len(rows)]


def _house(p: Person, force: bool = False) -> str:
    """The house line: a street number in town, a hamlet in the countryside."""
    row = _place(p, force)
    hamlet = _pick(p, row[1], 2)
    if row[2].startswith(("Phường", "Thị trấn")):
        return f"{p.street}, {hamlet}"
    return f"Số {_num(p, 90)}, {hamlet}" if _num(p, 3) == 1 else hamlet


def _old_addr(p: Person, force: bool = False) -> str:
    row = _place(p, force)
    return f"{_house(p, force)}, {row[2]}, {row[3]}, tỉnh {row[4]}"


def _new_addr(p: Person, force: bool = False) -> str:
    row = _place(p, force)
    return f"{_house(p, force)}, {row[5]}, tỉnh Khánh Hòa"


def _later(d: date, days: int) -> date:
    return date.fromordinal(d.toordinal() + days)


def _money(v: int) -> str:
    return f"{v:,}".replace(",", ".")


_BAYS: _T = (
    "Vịnh Cam Ranh - khu Mỹ Ca",
    "Đầm Thủy Triều - Cam Hải Đông",
    "Vịnh Nha Trang - Bích Đầm",
)
_BAYS += ("Vịnh Vân Phong - Xuân Tự", "Vịnh Vĩnh Hy")
_ZONES: _T = ("Vùng NTTS tập trung Bắc Vân Phong (lô VP-03)", "Vùng biển Cam Lập (lô CL-12)")
_ZONES += ("Vùng biển hở Hòn Tre - phía Đông (lô HT-05)", "Vùng nuôi Mũi Dinh (lô MD-02)")
_SPECIES: _T = ("Tôm hùm bông", "Tôm hùm xanh", "Tôm hùm bông + cá mú", "Ốc hương", "Tôm hùm đá")
_MOVE: _T = ("Đã ký cam kết", "Đã di dời xong", "Chưa di dời", "Đang tháo dỡ", "Đã ký cam kết")
_LANDTYPE: _T = ("Đất trồng cây hàng năm (BHK)", "Đất ở nông thôn (ONT)", "Đất nuôi trồng TS (NTS)")
_LANDTYPE += ("Đất làm muối (LMU)", "Đất rừng phòng hộ (RPH)")
_ASSETS: _T = ("Nhà cấp 4 65m², giếng khoan, 12 cây xoài", "Chuồng dê 40m², hàng rào lưới B40")
_ASSETS += ("Ao nuôi tôm 2.400m², máy sục khí", "Không có tài sản", "Nhà tạm, 30 trụ thanh long")
_TEAMS: _T = ("Tổ KĐ số 1 - Trung tâm PTQĐ tỉnh", "Tổ KĐ số 2 - UBND xã Phước Dinh")
_TEAMS += ("Tổ KĐ số 3 - UBND xã Vĩnh Hải",)
_DIVE: _T = ("PADI Divemaster", "SSI Dive Guide", "PADI Open Water Scuba Instructor")
_DIVE += ("CMAS 2 sao", "SSI Advanced Adventurer")
_SHOPS: tuple[tuple[str, str], ...] = (
    ("Rainbow Divers Nha Trang", "90A Hùng Vương, phường Nha Trang, tỉnh Khánh Hòa"),
    ("Trung tâm lặn Hòn Mun - Cty CP DL Biển", "Cảng Cầu Đá, phường Nam Nha Trang, Khánh Hòa"),
    ("Sailing Club Divers", "72-74 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa"),
    ("Angel Dive Ninh Chữ", "Khu du lịch Ninh Chữ, phường Ninh Chử, tỉnh Khánh Hòa"),
)
_TURBINES: _T = ("WTG-07 Điện gió Đầm Nại", "WTG-15 Điện gió Trung Nam", "T03 Điện gió Phước Hữu")
_TURBINES += ("WTG-21 Điện gió Lợi Hải 2", "T11 Điện gió Công Hải 1")
_LESSEES: _T = ("Cty CP Điện gió Đầm Nại", "Cty TNHH Điện gió Trung Nam Ninh Thuận")
_LESSEES += ("Cty CP Phong điện Thuận Bình", "Cty TNHH Năng lượng tái tạo Phước Hữu")
_BANKS: _T = (
    "Agribank CN Ninh Thuận",
    "Vietcombank Phan Rang",
    "BIDV Ninh Thuận",
    "Agribank Ninh Hải",
)
_HERITAGE: tuple[_T, ...] = (
    ("Múa Chăm", "Trống Ginăng, kèn Saranai", "Dân ca Chăm", "Lễ hội Katê"),
    ("Sử thi Akhàt Jucar", "Đàn đá Khánh Sơn", "Mã la Raglai", "Đàn chapi", "Hát ru Raglai"),
)
_TITLES: _T = ("Nghệ nhân ưu tú", "Nghệ nhân ưu tú", "Nghệ nhân nhân dân")
_PAY: _T = ("Qua tài khoản", "Bưu điện chi trả tại nhà", "Tiền mặt tại UBND xã")
_ISLANDS: _T = ("Hòn Nội", "Hòn Ngoại", "Đảo Yến Hòn Mun", "Hòn Đụn", "Hòn Chà Là", "Hòn Trống Mái")
_HARVEST: _T = (
    "Khai thác tổ lần 1 (tháng 4)",
    "Khai thác tổ lần 2 (tháng 8)",
    "Khai thác tổ lần 3",
)
_HARVEST += ("Canh đảo (trực luân phiên)",)
_BOATS: _T = ("KH-91234-TS", "KH-90522-TS", "Xuồng YS-03", "KH-96018-TS")
_BLOOD: _T = ("O+", "A+", "B+", "AB+", "O+", "B+", "O-")
_ORIGIN: _T = ("Ninh Hòa, Khánh Hòa", "Diên Khánh, Khánh Hòa", "Tuy Phước, Bình Định")
_ORIGIN += ("Đức Phổ, Quảng Ngãi", "Ninh Phước, Ninh Thuận", "Khánh Sơn, Khánh Hòa")
_AGENCIES: _T = ("Sở Nội vụ tỉnh Khánh Hòa", "Trường ĐH Nha Trang", "Bệnh viện ĐK tỉnh Khánh Hòa")
_AGENCIES += ("UBND phường Phan Rang", "Báo và Phát thanh, Truyền hình Khánh Hòa")
_AGENCIES += ("Hội LHPN tỉnh", "Cty CP Yến sào Khánh Hòa", "Đoàn TNCS HCM tỉnh Khánh Hòa")
_POSTS: _T = ("Chuyên viên", "Phó Giám đốc", "Giảng viên", "Phóng viên", "Bác sĩ", "Chủ tịch")
_SHIRTS: _T = ("S", "M", "L", "XL", "M", "L")
_SHIPS: _T = ("KN-290 (Đợt 1/2026)", "KN-491 (Đợt 2/2026)", "Trường Sa 571 (Đợt 3/2026)")
_RELATION: _T = ("Vợ liệt sĩ", "Con liệt sĩ", "Em ruột", "Anh ruột", "Cháu (người thờ cúng)")
_RELATION += ("Con liệt sĩ",)
_MARTYRS: tuple[tuple[str, str, str], ...] = (
    ("Trần Văn Phương", "Quảng Bình", "Tàu HQ-604, Lữ đoàn 146"),
    ("Nguyễn Văn Lanh", "Hà Tĩnh", "Tàu HQ-604, Lữ đoàn 146"),
    ("Vũ Phi Trừ", "Hải Phòng", "Tàu HQ-604, Lữ đoàn 146"),
    ("Phan Hữu Tấn", "Nghệ An", "Tàu HQ-505, Lữ đoàn 125"),
    ("Hồ Công Đệ", "Quảng Ngãi", "Tàu HQ-605, Lữ đoàn 125"),
    ("Võ Văn Tứ", "Khánh Hòa", "Tàu HQ-604, Lữ đoàn 146"),
)
_GIFT: _T = ("2.000.000", "3.000.000", "2.000.000", "5.000.000")


def _coords(p: Person) -> str:
    n = int(p.bhxh)
    return f"{11 + n % 2}°{40 + n % 19:02d}'{n % 60:02d}\"N - 109°{10 + n % 9:02d}'{n % 59:02d}\"E"


def _member_date(p: Person) -> str:
    return f"{_later(p.other_date, -400 - _num(p, 900)):%d/%m/%Y}"


WRITERS_BLIND283: dict[str, Callable[[Person, Col], object]] = {
    "name283": lambda p, c: _name(p),
    "name_caps283": lambda p, c: _name(p).upper(),
    "artisan283": lambda p, c: _name(p, force=True),
    "ethnic283": lambda p, c: _ETHNIC[_ethnic(p)],
    "ethnic_art283": lambda p, c: _ETHNIC[_ethnic(p, force=True)],
    "old_addr283": lambda p, c: _old_addr(p),
    "new_addr283": lambda p, c: _new_addr(p),
    "art_addr283": lambda p, c: _new_addr(p, force=True),
    "art_ward283": lambda p, c: _place(p, force=True)[5],
    "new_ward283": lambda p, c: _place(p)[5],
    "province283": lambda p, c: _pick(p, ("Khánh Hòa", "tỉnh Khánh Hòa", "T. Khánh Hòa"), 4),
    # lobster cages moved to the planned zone
    "bay_spot283": lambda p, c: _pick(p, _BAYS, 2),
    "cages283": lambda p, c: f"{4 + _num(p, 40)} ô",
    "species283": lambda p, c: _pick(p, _SPECIES, 6),
    "zone283": lambda p, c: _pick(p, _ZONES, 7),
    "coords283": lambda p, c: _coords(p),
    "status_move283": lambda p, c: _pick(p, _MOVE, 8),
    # the nuclear plant's land count
    "household283": lambda p, c: (
        f"PD-{int(p.bhxh[:4]):04d}" if _num(p, 2) == 1 else f"VH-{p.bhxh[-4:]}"
    ),
    "parcel283": lambda p, c: str(10 + _num(p, 480)),
    "mapsheet283": lambda p, c: str(1 + _num(p, 46)),
    "area283": lambda p, c: f"{_num(p, 9000) + 150},{_num(p, 10) - 1}",
    "landtype283": lambda p, c: _pick(p, _LANDTYPE, 3),
    "assets283": lambda p, c: _pick(p, _ASSETS, 5),
    "team283": lambda p, c: _pick(p, _TEAMS, 9),
    "signer283": lambda p, c: _other_vn(p, 13),
    # Hòn Mun dive guides
    "dive_cert283": lambda p, c: _pick(p, _DIVE, 4),
    "cert_no283": lambda p, c: f"{p.bhxh[2:9]}",
    "dive_shop283": lambda p, c: _pick(p, tuple(s[0] for s in _SHOPS), 6),
    "shop_addr283": lambda p, c: _pick(p, tuple(s[1] for s in _SHOPS), 6),
    "mpa_card283": lambda p, c: f"KBTB-HM/{_num(p, 400):03d}/2026",
    "expiry283": lambda p, c: f"{_later(p.other_date, 730):%Y-%m-%d}",
    # land leased under wind turbines
    "red_book283": lambda p, c: (
        f"C{p.bhxh[:2]}{p.bhxh[-6:]}" if _num(p, 2) else f"BK {p.bhxh[3:9]}"
    ),
    "turbine283": lambda p, c: _pick(p, _TURBINES, 2),
    "lease_area283": lambda p, c: _money(800 + _num(p, 3000)),
    "price283": lambda p, c: _money(12_000 + 500 * _num(p, 20)),
    "term283": lambda p, c: _pick(p, ("20 năm", "25 năm", "30 năm", "Đến 31/12/2050"), 3),
    "lessee283": lambda p, c: _pick(p, _LESSEES, 5),
    "account283": lambda p, c: f"{p.bhxh[::-1]}{p.bhxh[1:4]}",
    "bank283": lambda p, c: _pick(p, _BANKS, 7),
    # artisans' monthly allowance
    "title283": lambda p, c: _pick(p, _TITLES, 2),
    "title_year283": lambda p, c: str(2015 + 3 * (_num(p, 4) % 4)),
    "heritage283": lambda p, c: _pick(p, _HERITAGE[_ethnic(p, force=True) - 1], 3),
    "allowance283": lambda p, c: _pick(p, ("1.120.000", "1.680.000", "840.000"), 6),
    "pay_mode283": lambda p, c: _pick(p, _PAY, 8),
    # swiftlet-nest harvest crews on the islands
    "staff283": lambda p, c: f"YS{p.bhxh[-5:]}",
    "origin283": lambda p, c: _pick(p, _ORIGIN, 6),
    "island283": lambda p, c: _pick(p, _ISLANDS, 4),
    "harvest283": lambda p, c: _pick(p, _HARVEST, 7),
    "boat283": lambda p, c: _pick(p, _BOATS, 9),
    "kin283": lambda p, c: _other_vn(p, 17),
    "kin_phone283": lambda p, c: _other_phone(p),
    "blood283": lambda p, c: _pick(p, _BLOOD, 5),
    # goat and sheep cooperative
    "goats283": lambda p, c: str(_num(p, 60)),
    "sheep283": lambda p, c: str(_num(p, 120) // 2),
    "capital283": lambda p, c: _money(1_000_000 * (1 + _num(p, 20))),
    "member_no283": lambda p, c: f"XV-{_num(p, 300):03d}",
    "joined283": lambda p, c: _member_date(p),
    # delegation to Trường Sa
    "party283": lambda p, c: "x" if _num(p, 3) == 2 else "",
    "agency283": lambda p, c: _pick(p, _AGENCIES, 3),
    "post283": lambda p, c: _pick(p, _POSTS, 6),
    "shirt283": lambda p, c: _pick(p, _SHIRTS, 8),
    "ship283": lambda p, c: _pick(p, _SHIPS, 2),
    # families of the Gạc Ma dead (14 March 1988)
    "relation283": lambda p, c: _pick(p, _RELATION, 4),
    "martyr283": lambda p, c: _pick(p, tuple(m[0] for m in _MARTYRS), 5),
    "martyr_home283": lambda p, c: _pick(p, tuple(m[1] for m in _MARTYRS), 5),
    "martyr_unit283": lambda p, c: _pick(p, tuple(m[2] for m in _MARTYRS), 5),
    "gift283": lambda p, c: _pick(p, _GIFT, 7),
    "signed283": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Nhận thay", "Chưa nhận"), 9),
}

__all__ = ["WRITERS_BLIND283"]
