"""Vietnamese personal and business identifiers: CCCD, legacy CMND and MST.

Parse, validate and generate. A CCCD has no check digit, so "valid" means well-formed and, when
you know the person, consistent with their sex and birth year. An MST has a real check digit.
"""

from lienthong.identifiers._cccd import (
    CccdInfo,
    Sex,
    is_valid_cccd,
    make_cccd,
    parse_cccd,
    sex_century_digit,
)
from lienthong.identifiers._cmnd import is_cmnd, make_cmnd, random_cmnd
from lienthong.identifiers._compact import (
    LABEL_PREFIX,
    LABELS,
    SEPARATORS,
    compact_id,
    is_national_id,
    is_valid_dni,
)
from lienthong.identifiers._mst import (
    compact_mst,
    is_valid_mst,
    make_branch_mst,
    make_mst,
    mst_check_digit,
)
from lienthong.identifiers._provinces import CCCD_PROVINCES

__all__ = [
    "CCCD_PROVINCES",
    "LABELS",
    "LABEL_PREFIX",
    "SEPARATORS",
    "CccdInfo",
    "Sex",
    "compact_id",
    "compact_mst",
    "is_cmnd",
    "is_national_id",
    "is_valid_cccd",
    "is_valid_dni",
    "is_valid_mst",
    "make_branch_mst",
    "make_cccd",
    "make_cmnd",
    "make_mst",
    "mst_check_digit",
    "parse_cccd",
    "random_cmnd",
    "sex_century_digit",
]
