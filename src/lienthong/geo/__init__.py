"""Official administrative units of Hồ Chí Minh City, today's and before the 2025 reform.

Data: the ``vietnamadminunits`` package (MIT, NSO codes), read offline and cached. Use
:func:`current_wards` for the 168 units of today's city, :func:`old_wards` for the 441 wards of
the former HCMC, Bình Dương and Bà Rịa–Vũng Tàu, and :func:`new_wards_for_old` to convert an old
ward to its current candidates (several when the old ward was split)::

    >>> [c.ward.name for c in new_wards_for_old("25747")]   # Phường Phú Cường, Thủ Dầu Một
    ['Phường Thủ Dầu Một']
"""

from lienthong.geo._hcmc import (
    current_ward,
    current_wards,
    new_wards_for_old,
    old_ward,
    old_wards,
    old_wards_for_new,
)
from lienthong.geo._units import (
    HCMC_CODE,
    HCMC_NAME,
    OLD_PROVINCE_CODES,
    OldWard,
    Ward,
    WardCandidate,
)

__all__ = [
    "HCMC_CODE",
    "HCMC_NAME",
    "OLD_PROVINCE_CODES",
    "OldWard",
    "Ward",
    "WardCandidate",
    "current_ward",
    "current_wards",
    "new_wards_for_old",
    "old_ward",
    "old_wards",
    "old_wards_for_new",
]
