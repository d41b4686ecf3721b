"""Street addresses on real wards, in today's format and in the pre-2025 format.

A place is (street, old ward, current ward): the old ward is where it was before 1 July 2025, the
current ward where it is now. The current ward is always one of the old ward's official
successors (:func:`lienthong.geo.new_wards_for_old`), so both formats describe the same place.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from lienthong.geo import OldWard, Ward, current_wards, new_wards_for_old, old_wards

STREETS: tuple[str, ...] = (
    "Lê Lợi",
    "Nguyễn Huệ",
    "Trần Hưng Đạo",
    "Hai Bà Trưng",
    "Lý Thường Kiệt",
    "Nguyễn Trãi",
    "Lê Duẩn",
    "Điện Biên Phủ",
    "Cách Mạng Tháng Tám",
    "Võ Văn Tần",
    "Nam Kỳ Khởi Nghĩa",
    "Pasteur",
    "Nguyễn Thị Minh Khai",
    "Lê Văn Sỹ",
    "Phan Đình Phùng",
    "Nguyễn Văn Trỗi",
    "Hoàng Văn Thụ",
    "Cộng Hòa",
    "Trường Chinh",
    "Âu Cơ",
    "Lạc Long Quân",
    "Lũy Bán Bích",
    "Tân Kỳ Tân Quý",
    "Quang Trung",
    "Nguyễn Oanh",
    "Phan Văn Trị",
    "Lê Quang Định",
    "Bạch Đằng",
    "Xô Viết Nghệ Tĩnh",
    "Đinh Tiên Hoàng",
    "Nguyễn Xí",
    "Phạm Văn Đồng",
    "Kha Vạn Cân",
    "Võ Văn Ngân",
    "Lê Văn Việt",
    "Đỗ Xuân Hợp",
    "Nguyễn Duy Trinh",
    "Huỳnh Tấn Phát",
    "Nguyễn Văn Linh",
    "Nguyễn Thị Thập",
    "Lê Văn Lương",
    "Phạm Thế Hiển",
    "Hậu Giang",
    "Kinh Dương Vương",
    "Hồng Bàng",
    "Ba Tháng Hai",
    "Lý Thái Tổ",
    "Sư Vạn Hạnh",
    "An Dương Vương",
    "Tỉnh Lộ 10",
    "Quốc lộ 22",
    "Nguyễn Ảnh Thủ",
    "Lê Thị Riêng",
    "Hà Huy Giáp",
    "Yersin",
    "Đại lộ Bình Dương",
    "Cách Mạng Tháng Tám",
    "Nguyễn Văn Tiết",
    "Phú Lợi",
    "Huỳnh Văn Lũy",
    "Mỹ Phước Tân Vạn",
    "Hùng Vương",
    "Trần Phú",
    "Lê Hồng Phong",
    "Thùy Vân",
    "Ba Cu",
    "Nguyễn An Ninh",
    "Võ Thị Sáu",
    "Đường 30 Tháng 4",
    "Nguyễn Hữu Cảnh",
    "Hoàng Hoa Thám",
    "Trần Quang Khải",
    "Nguyễn Đình Chiểu",
    "Bùi Thị Xuân",
    "Tôn Đức Thắng",
)

# Rough population per old ward by former province (people per ward, for weighting).
_PROVINCE_WEIGHT = {"79": 35.0, "74": 30.0, "77": 15.0}


@dataclass(frozen=True, slots=True)
class Place:
    """A street address with the old ward it was in and the current ward it is in."""

    street: str
    old_ward: int  # index into lienthong.geo.old_wards()
    ward: int  # index into lienthong.geo.current_wards()


@cache
def _ward_index() -> dict[str, int]:
    return {w.code: i for i, w in enumerate(current_wards())}


@cache
def successors() -> tuple[tuple[tuple[int, ...], int], ...]:
    """For each old ward index: (current ward indexes, index of the default among them)."""
    index = _ward_index()
    result = []
    for ward in old_wards():
        candidates = new_wards_for_old(ward.code)
        result.append((tuple(index[c.ward.code] for c in candidates), 0))
    return tuple(result)


@cache
def old_ward_weights() -> tuple[float, ...]:
    return tuple(_PROVINCE_WEIGHT[w.province_code] for w in old_wards())


class PlaceMaker:
    """Draws places: an old ward by population weight, a successor ward, a street."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._olds = old_wards()
        self._successors = successors()
        weights = old_ward_weights()
        total = sum(weights)
        self._cumulative = []
        running = 0.0
        for weight in weights:
            running += weight / total
            self._cumulative.append(running)

    def old_ward_index(self) -> int:
        from bisect import bisect_left

        return min(bisect_left(self._cumulative, self._rng.random()), len(self._olds) - 1)

    def successor(self, old_index: int) -> int:
        """The current ward a place in this old ward is in (the default one 60% of the time)."""
        candidates, default = self._successors[old_index]
        if len(candidates) == 1 or self._rng.random() < 0.6:
            return candidates[default]
        return self._rng.choice(candidates[1:])

    def street(self, old_index: int) -> str:
        rng = self._rng
        if self._olds[old_index].kind == "Xã" and rng.random() < 0.5:
            return f"Tổ {rng.randint(1, 12)}, Ấp {rng.randint(1, 9)}"
        number = str(1 + int(rng.random() * 999))
        if rng.random() < 0.35:
            number = f"{number}/{1 + int(rng.random() * 99)}"
        return f"{number} {STREETS[int(rng.random() * len(STREETS))]}"

    def place(self, old_index: int | None = None) -> Place:
        old = self.old_ward_index() if old_index is None else old_index
        return Place(self.street(old), old, self.successor(old))


def current_address(place: Place) -> str:
    """``street, Phường X, Thành phố Hồ Chí Minh``."""
    ward: Ward = current_wards()[place.ward]
    return ward.address(place.street)


def old_address(place: Place) -> str:
    """``street, Phường Y, Quận Z, Thành phố Hồ Chí Minh`` (before 1 July 2025)."""
    ward: OldWard = old_wards()[place.old_ward]
    return ward.address(place.street)
