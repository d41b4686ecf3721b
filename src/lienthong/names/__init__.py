"""Vietnamese names that look like a real city: real family-name shares, names by sex.

Names are in Vietnamese order (family, middle, given) and NFC. Faker's ``vi_VN`` locale is not
used: it puts names in Western order and spreads ten surnames evenly.
"""

from typing import TYPE_CHECKING

from lienthong._lazy import lazy_facade

if TYPE_CHECKING:  # the modules load on first use (the sampler needs numpy): lienthong._lazy
    from lienthong.names._data import (
        FAMILY_NAME_SHARES,
        GIVEN_NAMES_FEMALE,
        GIVEN_NAMES_MALE,
        MIDDLE_NAMES_FEMALE,
        MIDDLE_NAMES_MALE,
        OTHER_FAMILY_NAMES,
    )
    from lienthong.names._sample import (
        WeightedNames,
        family_name_distribution,
        full_name,
        given_name_distribution,
        middle_name_distribution,
        sample_family_names,
        sample_middle_given,
    )

__all__ = [
    "FAMILY_NAME_SHARES",
    "GIVEN_NAMES_FEMALE",
    "GIVEN_NAMES_MALE",
    "MIDDLE_NAMES_FEMALE",
    "MIDDLE_NAMES_MALE",
    "OTHER_FAMILY_NAMES",
    "WeightedNames",
    "family_name_distribution",
    "full_name",
    "given_name_distribution",
    "middle_name_distribution",
    "sample_family_names",
    "sample_middle_given",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_facade(__name__, __file__)
