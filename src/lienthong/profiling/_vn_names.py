"""The words of Vietnamese names, folded: family names (the Kinh statistics' and those of the
peoples of the Mekong delta and the northern mountains), middle names, every name word, and the
titles a cleric's name is written after (the value detectors read names with them)."""

from __future__ import annotations

from lienthong.names import (
    FAMILY_NAME_SHARES,
    GIVEN_NAMES_FEMALE,
    GIVEN_NAMES_MALE,
    MIDDLE_NAMES_FEMALE,
    MIDDLE_NAMES_MALE,
    OTHER_FAMILY_NAMES,
)
from lienthong.profiling._text import fold

FAMILY_NAMES = frozenset(fold(n) for n, _ in FAMILY_NAME_SHARES) | frozenset(
    fold(n) for n in OTHER_FAMILY_NAMES
)
#: ... and the family names of the Khmer of the Mekong delta (``Sơn Thị Pha Ly``, ``Danh Sơn``)
#: and of the Tày, Nùng, Thái, H'Mông and Dao of the north (``Ma Văn Chuyên``, ``Nông Thị Hoa``,
#: ``Vì Văn Ơn``, ``Thào A Páo``, ``Chảo Láo Lở``) that no Kinh family bears often; those
#: spelling a place's first word as folded (Bản, Cầm of Cam Ranh, Quàng of Quảng Nam, Lộc, Bắc,
#: Tẩn of Tân) are left out
FAMILY_NAMES |= {"son", "danh", "ma", "nong", "be", "vi", "sam", "tong", "thao", "vang", "sung"}
FAMILY_NAMES |= {"mua", "lau", "chao"}
#: ... and of the Raglai and Chăm of the South Central coast (``Mấu Thị Ná``, ``Chamaléa Thị
#: Hà``, ``Pinăng Văn Lực``, ``Katơr Thị Mai``, ``Thiên Minh Đạo``)
FAMILY_NAMES |= {"mau", "chamalea", "pinang", "kator", "thien"}
#: ... and of the Bru–Vân Kiều and Pa Kô of Quảng Trị (``Pả Xoong``, ``Kray Thị Ka``)
FAMILY_NAMES |= {"pa", "kray"}
MIDDLE_NAMES = frozenset(fold(n) for n, _ in (*MIDDLE_NAMES_MALE, *MIDDLE_NAMES_FEMALE))
VN_NAME_PARTS = (
    FAMILY_NAMES
    | MIDDLE_NAMES
    | frozenset(fold(n) for n in (*GIVEN_NAMES_MALE, *GIVEN_NAMES_FEMALE))
)

#: A cleric's title before the name (``Hòa thượng Thích Trí Quảng``, ``Thượng tọa``, ``Đại
#: đức``, ``Ni sư``, ``Sư cô``, ``Linh mục``, ``Mục sư``), read past; and ``Thích``, the family
#: name every Buddhist monk and nun takes at ordination (``Thích Nữ`` for a nun).
CLERICS = frozenset({("hoa", "thuong"), ("thuong", "toa"), ("dai", "duc"), ("ni", "truong")})
CLERICS |= {("ni", "su"), ("su", "co"), ("ni", "co"), ("su", "thay"), ("linh", "muc")}
CLERICS |= {("muc", "su")}
MONASTIC = "thich"
