"""How the people of the three hundred and twenty-sixth part of the outside corpus (**blind 326**,
:mod:`lienthong.quality._corpus_blind326`) are written: nine Vietnamese files' own columns from the
new Bắc Ninh (with the former Bắc Giang) and the new Phú Thọ beside Hà Nội after the 2025 merger
(quan họ villages, the industrial parks of Yên Phong and Quế Võ, the lychee orchards of Lục Ngạn,
addresses in the old three-level form beside the new two-level one)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (hamlet or street, old commune, old district, old province, new commune or ward)
_BN_PLACES = (
    ("thôn Đông Xuyên", "xã Đông Tiến", "huyện Yên Phong", "tỉnh Bắc Ninh", "xã Yên Phong"),
    ("thôn Ấp Đồn", "xã Yên Trung", "huyện Yên Phong", "tỉnh Bắc Ninh", "xã Yên Trung"),
    ("khu phố Mao Dộc", "phường Phượng Mao", "thị xã Quế Võ", "tỉnh Bắc Ninh", "phường Quế Võ"),
    ("thôn Bồng Lai", "xã Bồng Lai", "thị xã Quế Võ", "tỉnh Bắc Ninh", "phường Bồng Lai"),
    ("thôn Diềm", "xã Hòa Long", "thành phố Bắc Ninh", "tỉnh Bắc Ninh", "phường Kinh Bắc"),
    ("thôn Lũng Giang", "thị trấn Lim", "huyện Tiên Du", "tỉnh Bắc Ninh", "xã Liên Bão"),
    ("thôn Kim Sơn", "xã Hồng Giang", "thị xã Chũ", "tỉnh Bắc Giang", "phường Chũ"),
    ("thôn Khuôn Thần", "xã Kiên Lao", "huyện Lục Ngạn", "tỉnh Bắc Giang", "xã Kiên Lao"),
    ("thôn Thanh Văn", "xã Thanh Hải", "huyện Lục Ngạn", "tỉnh Bắc Giang", "xã Lục Ngạn"),
    (
        "tổ dân phố Hà Vị",
        "phường Lê Lợi",
        "thành phố Bắc Giang",
        "tỉnh Bắc Giang",
        "phường Bắc Giang",
    ),
    ("thôn Vân Cốc", "xã Vân Trung", "huyện Việt Yên", "tỉnh Bắc Giang", "phường Nếnh"),
)
#: the new Phú Thọ (with the former Vĩnh Phúc) along the Hà Nội boundary
_PT_PLACES = (
    (
        "thôn Đông",
        "xã Tiền Phong",
        "huyện Mê Linh",
        "thành phố Hà Nội",
        "xã Tiến Thắng, tỉnh Phú Thọ",
    ),
    (
        "thôn Phú Hậu",
        "xã Bá Hiến",
        "huyện Bình Xuyên",
        "tỉnh Vĩnh Phúc",
        "xã Bình Xuyên, tỉnh Phú Thọ",
    ),
    (
        "tổ dân phố Đồng Xuân",
        "phường Phúc Thắng",
        "thành phố Phúc Yên",
        "tỉnh Vĩnh Phúc",
        "phường Phúc Yên, tỉnh Phú Thọ",
    ),
    (
        "thôn Ngọc Bảo",
        "xã Tiền Phong",
        "huyện Yên Lạc",
        "tỉnh Vĩnh Phúc",
        "xã Yên Lạc, tỉnh Phú Thọ",
    ),
    (
        "khu 5",
        "xã Trung Giã",
        "huyện Sóc Sơn",
        "thành phố Hà Nội",
        "xã Trung Giã, thành phố Hà Nội",
    ),
    (
        "thôn Yên Phú",
        "xã Yên Bình",
        "huyện Thạch Thất",
        "thành phố Hà Nội",
        "xã Yên Xuân, thành phố Hà Nội",
    ),
)
_HOMES_ELSEWHERE = (
    "thôn Nà Pàn, xã Hữu Lũng, tỉnh Lạng Sơn",
    "bản Khuổi Mạ, xã Sơn Động, tỉnh Bắc Ninh",
    "xóm Đồng Tâm, xã Phú Bình, tỉnh Thái Nguyên",
    "thôn Nặm Búng, xã Văn Chấn, tỉnh Lào Cai",
    "tổ 3, phường Hà Giang 1, tỉnh Tuyên Quang",
)
_COMPANIES = (
    "Công ty TNHH Samsung Electronics Việt Nam (KCN Yên Phong)",
    "Công ty TNHH Canon Việt Nam - CN Quế Võ",
    "Công ty TNHH Goertek Vina (KCN Quế Võ)",
    "Cty TNHH Amkor Technology VN (KCN Yên Phong II-C)",
    "Công ty CP Hanaka - KCN Quế Võ III",
    "Công ty TNHH Foxconn (KCN Quang Châu)",
)
_QH_VILLAGES = ("Diềm", "Bò Sơn", "Lũng Giang", "Đông Mai", "Hoài Thị", "Tam Sơn", "Cổ Mễ")
_QH_TITLES = ("NNƯT", "NNND", "Liền anh", "Liền chị", "Hội viên CLB", "Liền chị")
_COSTUMES = (
    "Áo mớ ba mớ bảy, nón quai thao",
    "Áo the, khăn xếp, ô",
    "Nón quai thao",
    "Áo dài tứ thân",
)
_NURSERIES = ("Nhóm trẻ Hoa Sen", "Nhóm trẻ Thỏ Ngọc", "Nhóm trẻ Ánh Dương", "Nhóm MN Sao Mai")
_JOBS = (
    "Công nhân đứng máy dập",
    "Kỹ thuật viên SMT",
    "Vận hành xe nâng",
    "Thợ hàn",
    "Công nhân kho",
)
_INJURIES = ("Nhẹ", "Nặng", "Nhẹ", "Tử vong", "Nặng (gãy xương cẳng tay)")
_ACC_CAUSES = (
    "Kẹp tay vào khuôn dập",
    "Ngã từ giá kệ",
    "Xe nâng va chạm",
    "Điện giật khi sửa máy",
    "Bỏng hồ quang",
)
_STAY_REASONS = ("Hái vải thuê", "Làm thuê vụ vải", "Bốc xếp vải tại điểm cân", "Hái vải thuê")
_PAPERS = (
    "Giấy chứng nhận QSDĐ",
    "Giấy phép lái xe",
    "Đăng ký xe",
    "Hộ chiếu",
    "Thẻ BHYT",
    "Giấy phép kinh doanh hộ",
)
_RESULTS = ("Đã giải quyết", "Chuyển CA tỉnh", "Đang xử lý", "Hướng dẫn bổ sung", "Đã giải quyết")
_ROUTES = (
    "Tuyến 08 Vĩnh Yên - Mê Linh - Nam Thăng Long",
    "Tuyến 202 Phúc Yên - Mỹ Đình",
    "Tuyến 56B Sóc Sơn - Trung Giã",
    "Tuyến 107 Thạch Thất - Kim Mã",
)
_TICKETS = (
    "Vé tháng 1 tuyến",
    "Vé tháng liên tuyến",
    "Vé tháng ưu tiên (HSSV)",
    "Vé tháng 1 tuyến",
)
_WORK_HN = (
    "ĐH Công nghiệp Hà Nội",
    "KCN Thăng Long (Đông Anh)",
    "BV Bạch Mai",
    "Cty CP Vinamilk CN Hà Nội",
    "KCN Nội Bài",
)
_LAND = ("LUC", "ONT", "CLN", "BHK", "NTS")
_OPINIONS = ("Đồng ý", "Đồng ý", "Đề nghị đo lại", "Vắng mặt, ủy quyền", "Có ý kiến khác")
_CLASSES = ("C", "FC", "C1", "CE", "B")
_BUYERS = (
    "Điểm cân Phì Điền",
    "HTX Vải thiều Thanh Hà (Lục Ngạn)",
    "Cty CP XNK nông sản Kiên Lao",
    "Điểm cân Chũ",
)
_DESTS = ("Cửa khẩu Tân Thanh", "Cửa khẩu Hữu Nghị", "Chợ đầu mối Long Biên", "Cửa khẩu Kim Thành")
_VN_NOTE = ("", "", "Vắng 2 buổi", "Học khá", "Chuyển ca")


def _place(p: Person, table: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return table[int(p.bhxh[-4:]) % len(table)]


def _house(p: Person) -> str:
    return f"số {int(p.bhxh[:3]) % 120 + 1}"


def _bn_new(p: Person) -> str:
    hamlet, *_, new = _place(p, _BN_PLACES)
    return f"{_house(p)}, {hamlet}, {new}, tỉnh Bắc Ninh"


def _bn_old(p: Person) -> str:
    hamlet, commune, district, province, _ = _place(p, _BN_PLACES)
    return f"{_house(p)}, {hamlet}, {commune}, {district}, {province}"


def _pt_new(p: Person) -> str:
    hamlet, *_, new = _place(p, _PT_PLACES)
    return f"{hamlet}, {new}"


def _child_birth(p: Person) -> date:
    return _safe_day(2021 + int(p.bhxh) % 4, p.birth.month, p.birth.day)


def _plate(p: Person) -> str:
    series = f"{_pick(p, ('98', '99', '98', '12'), 3)}{_pick(p, ('C', 'H', 'LD'), 4)}"
    return f"{series}-{p.bhxh[2:5]}.{p.bhxh[5:7]}"


WRITERS_BLIND326: dict[str, Callable[[Person, Col], object]] = {
    # addresses of the new Bắc Ninh and Phú Thọ, old forms and new
    "bn_addr326": lambda p, c: _bn_new(p),
    "old_addr326": lambda p, c: _bn_old(p),
    "pt_addr326": lambda p, c: _pt_new(p),
    "home_addr326": lambda p, c: _pick(p, _HOMES_ELSEWHERE, 5),
    # quan họ classes and costumes
    "company326": lambda p, c: _pick(p, _COMPANIES, 2),
    "qh_village326": lambda p, c: f"Làng {_pick(p, _QH_VILLAGES, 3)}",
    "artisan326": lambda p, c: f"NNƯT {_other_vn(p, 4)}",
    "sessions326": lambda p, c: str(_num(p, 24)),
    "title326": lambda p, c: _pick(p, _QH_TITLES, 6),
    "costume326": lambda p, c: _pick(p, _COSTUMES, 7),
    "amount326": lambda p, c: f"{(int(p.bhxh[-2:]) % 4 + 2) * 1_500_000:,}".replace(",", "."),
    "sign326": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Ký thay (con)", "")),
    # childminding groups for workers' children
    "child326": lambda p, c: _other_vn(p, 2, family=p.family),
    "child_birth326": lambda p, c: f"{_child_birth(p):%d/%m/%Y}",
    "nursery326": lambda p, c: _pick(p, _NURSERIES, 8),
    "fee326": lambda p, c: f"{(int(p.bhxh[-1]) % 3 + 2) * 500_000}",
    # accidents at work reported to the industrial parks' board
    "job326": lambda p, c: _pick(p, _JOBS, 3),
    "injury326": lambda p, c: _pick(p, _INJURIES, 4),
    "accident_cause326": lambda p, c: _pick(p, _ACC_CAUSES, 5),
    "days_off326": lambda p, c: str(_num(p, 45)),
    "officer326": lambda p, c: _other_vn(p, 9),
    # seasonal lychee pickers' stay declared to the commune police
    "owner326": lambda p, c: f"Ông/bà {_other_vn(p, 6)}",
    "orchard326": lambda p, c: f"{_place(p, _BN_PLACES[6:9])[0]}, {_place(p, _BN_PLACES[6:9])[4]}",
    "stay_to326": lambda p, c: f"{p.other_date + timedelta(days=_num(p, 30) + 10):%d/%m/%Y}",
    "reason326": lambda p, c: _pick(p, _STAY_REASONS, 7),
    # addresses on papers corrected after the merger
    "new_addr326": lambda p, c: _bn_new(p),
    "paper326": lambda p, c: _pick(p, _PAPERS, 2),
    "result326": lambda p, c: _pick(p, _RESULTS, 3),
    # monthly bus passes across the Phú Thọ - Hà Nội boundary
    "workplace_hn326": lambda p, c: _pick(p, _WORK_HN, 4),
    "route326": lambda p, c: _pick(p, _ROUTES, 5),
    "ticket326": lambda p, c: _pick(p, _TICKETS, 6),
    "card326": lambda p, c: f"VT{p.bhxh[-6:]}",
    # land along the boundary surveyed for markers
    "sheet326": lambda p, c: str(_num(p, 60)),
    "parcel326": lambda p, c: str(int(p.bhxh[3:7]) % 900 + 1),
    "area326": lambda p, c: f"{int(p.bhxh[-5:]) % 2000 + 80},{p.bhxh[1]}",
    "landtype326": lambda p, c: _pick(p, _LAND, 7),
    "marker326": lambda p, c: f"Mốc số {int(p.bhxh[:2]) % 40 + 1} (PT-HN)",
    "opinion326": lambda p, c: _pick(p, _OPINIONS, 8),
    # lychee truck drivers' green-lane cards
    "licence326": lambda p, c: f"24{p.bhxh}",
    "class326": lambda p, c: _pick(p, _CLASSES, 2),
    "plate326": lambda p, c: _plate(p),
    "buyer326": lambda p, c: _pick(p, _BUYERS, 5),
    "dest326": lambda p, c: _pick(p, _DESTS, 6),
    "note326": lambda p, c: _pick(p, _VN_NOTE, 9),
}

__all__ = ["WRITERS_BLIND326"]
