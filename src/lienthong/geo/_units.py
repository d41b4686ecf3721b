"""Typed records for the administrative units lienthong works with.

Today's Hồ Chí Minh City (since 1 July 2025) has two levels: the city and 168 commune-level units
(113 phường, 54 xã, 1 đặc khu), coded with 5-digit NSO codes. Before the reform there were three
levels; the area of today's city was the former HCMC, Bình Dương and Bà Rịa–Vũng Tàu, with 441
old wards under their districts (Huyện Côn Đảo had no wards; it became Đặc khu Côn Đảo).
"""

from __future__ import annotations

from dataclasses import dataclass

HCMC_NAME = "Thành phố Hồ Chí Minh"
HCMC_CODE = "79"
#: NSO codes of the three pre-2025 provinces that make up today's Hồ Chí Minh City.
OLD_PROVINCE_CODES = ("79", "74", "77")


@dataclass(frozen=True, slots=True)
class Ward:
    """A current (post-2025) commune-level unit of Hồ Chí Minh City."""

    code: str  # 5-digit NSO code, e.g. "25747"
    name: str  # "Phường Thủ Dầu Một"
    short_name: str  # "Thủ Dầu Một"
    kind: str  # "Phường", "Xã" or "Đặc khu"
    key: str  # the dataset's ascii key, e.g. "phuongthudaumot"
    province: str = HCMC_NAME

    def address(self, street: str | None = None) -> str:
        """The address in today's two-level format: ``street, ward, Thành phố Hồ Chí Minh``."""
        parts = [street, self.name, self.province] if street else [self.name, self.province]
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class OldWard:
    """A pre-2025 ward of the former HCMC, Bình Dương or Bà Rịa–Vũng Tàu, with its district."""

    code: str  # 5-digit NSO code of the old ward, e.g. "25747"
    name: str  # "Phường Phú Cường"
    short_name: str  # "Phú Cường"
    kind: str  # "Phường", "Xã" or "Thị trấn"
    district: str  # "Thành phố Thủ Dầu Một"
    district_short: str  # "Thủ Dầu Một"
    district_code: str  # "718"
    district_kind: str  # "Quận", "Huyện", "Thành phố" or "Thị xã"
    province: str  # "Tỉnh Bình Dương"
    province_code: str  # "74"
    key: str  # "tinhbinhduong_thanhphothudaumot_phuongphucuong"

    def address(self, street: str | None = None) -> str:
        """The address in the old three-level format: ``street, ward, district, province``."""
        parts = [self.name, self.district, self.province]
        return ", ".join([street, *parts] if street else parts)


@dataclass(frozen=True, slots=True)
class WardCandidate:
    """One current ward an old ward's area went to; ``is_default`` marks the official main one."""

    ward: Ward
    is_default: bool
