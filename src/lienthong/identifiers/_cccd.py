"""CCCD, the 12-digit citizen identity number (số định danh cá nhân).

Structure (no check digit, so validation is structural and about consistency with the person)::

    079 2 03 123456
    │   │ │  └─ 6 serial digits
    │   │ └──── last two digits of the birth year
    │   └────── sex and century: 0/1 = male/female born 1900–1999, 2/3 = 2000–2099,
    │           4/5 = 2100s, 6/7 = 2200s, 8/9 = 1800s
    └────────── pre-2025 province of registration (one of 63 codes)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lienthong.errors import InputError
from lienthong.identifiers._provinces import CCCD_PROVINCES

Sex = Literal["male", "female"]

# first year of the century each even (male) sex/century digit stands for
_CENTURY_OF_DIGIT = {0: 1900, 2: 2000, 4: 2100, 6: 2200, 8: 1800}
_DIGIT_OF_CENTURY = {century: digit for digit, century in _CENTURY_OF_DIGIT.items()}


@dataclass(frozen=True, slots=True)
class CccdInfo:
    """What a CCCD number says about its holder."""

    number: str
    province_code: str
    province: str
    sex: Sex
    birth_year: int
    serial: str


def sex_century_digit(sex: Sex, birth_year: int) -> int:
    """The 4th digit of a CCCD for a person of this sex born in this year."""
    century = birth_year // 100 * 100
    if century not in _DIGIT_OF_CENTURY:
        raise InputError(f"A CCCD cannot encode the birth year {birth_year} (1800–2299 only).")
    return _DIGIT_OF_CENTURY[century] + (1 if sex == "female" else 0)


def make_cccd(province_code: str, sex: Sex, birth_year: int, serial: int) -> str:
    """Build the CCCD for a person; ``serial`` is the 6-digit tail (0–999999)."""
    if province_code not in CCCD_PROVINCES:
        raise InputError(
            f"{province_code!r} is not a CCCD province code; use one of the 63 codes "
            "such as '079' (Hồ Chí Minh)."
        )
    if not 0 <= serial <= 999_999:
        raise InputError(f"The CCCD serial must be 0–999999, got {serial}.")
    digit = sex_century_digit(sex, birth_year)
    return f"{province_code}{digit}{birth_year % 100:02d}{serial:06d}"


def parse_cccd(number: str) -> CccdInfo:
    """Read a CCCD; raises :class:`InputError` when it is not structurally valid."""
    text = number.strip()
    if len(text) != 12 or not text.isascii() or not text.isdigit():
        raise InputError(f"{number!r} is not a CCCD: a CCCD is exactly 12 digits.")
    province_code = text[:3]
    if province_code not in CCCD_PROVINCES:
        raise InputError(
            f"{number!r} is not a CCCD: {province_code} is not one of the 63 province codes."
        )
    digit = int(text[3])
    century = _CENTURY_OF_DIGIT[digit - digit % 2]
    return CccdInfo(
        number=text,
        province_code=province_code,
        province=CCCD_PROVINCES[province_code],
        sex="female" if digit % 2 else "male",
        birth_year=century + int(text[4:6]),
        serial=text[6:],
    )


def is_valid_cccd(number: str, *, sex: Sex | None = None, birth_year: int | None = None) -> bool:
    """True for a well-formed CCCD, consistent with ``sex`` and ``birth_year`` when given."""
    try:
        info = parse_cccd(number)
    except InputError:
        return False
    if sex is not None and info.sex != sex:
        return False
    return birth_year is None or info.birth_year == birth_year
