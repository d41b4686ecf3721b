"""Dates as sector databases write them: dd/mm/yyyy, d/m/yy, yyyy-mm-dd, yyyymmdd, a bare year.

A birth date is only as good as its precision: the social-welfare list keeps the year alone, an
old card may say "03/1985". :class:`ParsedDate` keeps what was known so a comparison can use
exact date, month or year as the data allows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

Precision = Literal["day", "month", "year"]

#: A two-digit year above this is read as 19yy, at or below it as 20yy (birth dates).
TWO_DIGIT_PIVOT = 30

# ASCII digits only, matched whole: the SQL twin (RE2's \d) reads no other digits either.
_DMY = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{2}|[0-9]{4})")
_YMD = re.compile(r"([0-9]{4})[/.\-]([0-9]{1,2})[/.\-]([0-9]{1,2})(?:[T ].*)?")
_COMPACT = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_MONTH_YEAR = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{4})")
_YEAR = re.compile(r"([0-9]{4})")


@dataclass(frozen=True)
class ParsedDate:
    """A date with the precision it was given in; ``value`` is set for day precision only."""

    year: int
    month: int | None
    day: int | None
    precision: Precision

    @property
    def value(self) -> date | None:
        if self.precision != "day" or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def isoformat(self) -> str:
        """``yyyy-mm-dd``, ``yyyy-mm`` or ``yyyy``: parsing it again gives the same date."""
        if self.precision == "day":
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision == "month":
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 1900 if year > TWO_DIGIT_PIVOT else 2000
    return year


def _day(year: int, month: int, day: int) -> ParsedDate | None:
    try:
        date(year, month, day)
    except ValueError:
        return None
    return ParsedDate(year, month, day, "day")


def parse_date(text: str | date | None) -> ParsedDate | None:
    """Read a date in any of the formats above; ``None`` when it is not a plausible date."""
    if text is None:
        return None
    if isinstance(text, date):
        return ParsedDate(text.year, text.month, text.day, "day")
    value = text.strip()
    if match := _YMD.fullmatch(value):
        return _day(int(match[1]), int(match[2]), int(match[3]))
    if match := _DMY.fullmatch(value):
        return _day(_year(match[3]), int(match[2]), int(match[1]))
    if match := _COMPACT.fullmatch(value):
        return _day(int(match[1]), int(match[2]), int(match[3]))
    if match := _MONTH_YEAR.fullmatch(value):
        month = int(match[1])
        return ParsedDate(int(match[2]), month, None, "month") if 1 <= month <= 12 else None
    if match := _YEAR.fullmatch(value):
        year = int(match[1])
        return ParsedDate(year, None, None, "year") if 1800 <= year <= 2200 else None
    return None
