"""Identity numbers that carry their holder's birth date: a national id whatever the header.

Many countries write the day of birth into the personal number: ``yymmdd`` first (Sweden,
Korea, Bulgaria, Belgium, South Africa, Kazakhstan, Malaysia), after a sex-and-century digit
(Lithuania, Estonia, Romania, Egypt's century digit), ``ddmmyy`` (Denmark, Norway, Finland,
Iceland, Latvia), some with the month or the day shifted for women or a century (Czech and
Slovak ``+50`` months, Polish ``+20``, Indonesian ``+40`` days) or after a region code
(Indonesia's NIK, six digits in). A column whose numbers hold, at one place and in one order, a
valid day for nearly every row, and whose days spread like a population's births (decades,
not the few recent years a dossier or invoice number would date), is such an id even under a
header no lexicon knows (``A. k.``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from lienthong.identifiers import compact_id
from lienthong.profiling._values import (
    BIRTH_MEDIAN_AGE_YEARS,
    BIRTH_SPREAD_YEARS,
    days_spread,
)

#: Lengths of the numbers read (once compacted): 9 to 16 digits (the NIK has 16).
_LENGTHS = range(9, 17)
#: Where the day may start, and how it is written.
_OFFSETS = range(7)
_ORDERS = ("yyyymmdd", "ddmmyyyy", "yymmdd", "ddmmyy")  # four-digit years first: more specific
#: Shifts a month or a day may carry (women, centuries).
_MONTH_SHIFTS = (0, 20, 50)
_DAY_SHIFTS = (0, 40)
#: Share of the numbers that must hold a day at the same place and order; share distinct.
DAY_SHARE = 0.95
DISTINCT_SHARE = 0.9
#: Numbers the place and order of the day are first looked for in.
_PROBE = 64
#: A month and a four-digit year standing apart (``10/1974``): a date, written in no number.
_PERIOD = re.compile(r"(?<![0-9])(?:0?[1-9]|1[0-2])[/.](?:19|20)[0-9]{2}(?![0-9])")


def dated_ids(values: Sequence[str], today: date | None = None) -> str | None:
    """Where and how the column's numbers hold a birth date (``"yymmdd at 1"``), when nearly
    all do and the days spread like births; else ``None``."""
    now = today or date.today()
    probe = values[:_PROBE]
    if sum(_PERIOD.search(v) is not None for v in probe) * 2 > len(probe):
        return None  # periods of months (``10/1974 - 06/1978``, service dates) are no numbers
    numbers = [compact_id(v) for v in values if v.strip()]
    if not numbers or not all(n.isascii() and n.isdigit() and len(n) in _LENGTHS for n in numbers):
        return None
    if len(set(numbers)) < DISTINCT_SHARE * len(numbers):
        return None
    best: tuple[int, str, int] | None = None
    for order in _ORDERS:
        for offset in _OFFSETS:
            found = sum(_day(n, offset, order, now) is not None for n in numbers[:_PROBE])
            if best is None or found > best[0]:
                best = (found, order, offset)
    if best is None or best[0] < DAY_SHARE * min(len(numbers), _PROBE):
        return None
    _, order, offset = best
    days: list[date] = []
    for number in numbers:
        day = _day(number, offset, order, now)
        if day is not None:
            days.append(day)
    if len(days) < DAY_SHARE * len(numbers) or not _like_births(days, now):
        return None
    if "yyyy" not in order and not _days_of_the_year(days):
        # a four-digit year spread over decades is a birth year (Honduras's DNI holds the year
        # alone after the municipality); two digits read as a year need days over the year
        return None
    return f"{order} at {offset + 1}"


def _day(number: str, offset: int, order: str, now: date) -> date | None:
    text = number[offset : offset + len(order)]
    if len(text) < len(order):
        return None
    year_digits = 4 if "yyyy" in order else 2
    year = int(text[order.index("yy") :][:year_digits])
    if year_digits == 2:
        year += 1900 if year > now.year % 100 else 2000
    month, day = int(text[order.index("mm") :][:2]), int(text[order.index("dd") :][:2])
    month = next((month - s for s in _MONTH_SHIFTS if 1 <= month - s <= 12), 0)
    day = next((day - s for s in _DAY_SHIFTS if 1 <= day - s <= 31), 0)
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if date(1880, 1, 1) <= found <= now else None


def _like_births(days: Sequence[date], now: date) -> bool:
    """Spread and age as a population's births (the test ``_infer`` puts birth dates to)."""
    spread, median_age = days_spread(days, now)
    return (
        spread >= BIRTH_SPREAD_YEARS and median_age >= BIRTH_MEDIAN_AGE_YEARS and _not_one_day(days)
    )


#: Share of the days of the year (or of the days read, if fewer) births fall on at least: 300
#: people are born on about 200 different days, a claim series ``2024-0xxxxx`` read as
#: ``ddmmyy`` (20/04/2000-2009) on one.
_DAYS_OF_THE_YEAR = 0.3


def _days_of_the_year(days: Sequence[date]) -> bool:
    """Whether the days fall on many days of the year, as births do: a number's fixed prefix
    (a year, a branch) read as a day and a month gives every row the same one."""
    return len({(d.month, d.day) for d in days}) >= _DAYS_OF_THE_YEAR * min(len(days), 366)


def _not_one_day(days: Sequence[date]) -> bool:
    """A column where one day covers most rows is a batch stamp, not births."""
    return Counter(days).most_common(1)[0][1] < 0.5 * len(days)
