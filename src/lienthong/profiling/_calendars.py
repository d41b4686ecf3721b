"""Birth dates written in a calendar other than the Gregorian one, read as Gregorian days.

Nepal writes its dates in Bikram Sambat (``2042/11/28``), Iran and Afghanistan in the Solar
Hijri calendar (``1364/05/21``), Saudi Arabia in the lunar Hijri one of Umm al-Qura
(``1405/06/21هـ``, beside Gregorian days marked ``م``), Taiwan in the Republic's years
(``074/03/12``), Thailand in the Buddhist era (``12/03/2528``), Japan in the eras of its
emperors (``昭和60年3月12日``, ``S60.3.12``). Read as Gregorian, such a birth date column fails the
births test: its years lie in the future (2042, 2528) or long ago (1364, 74), and the column
came out a ``date`` or nothing. A column whose name says birth, whose values are not Gregorian
births as written, and whose dates, shifted by one calendar's offset, are past days that
spread like a population's births (the bounds of
:func:`~lienthong.profiling._values.days_spread`) is that calendar's birth dates. ROC and
Buddhist dates keep their months and shift to the day; a Solar Hijri or Bikram Sambat date is
counted from its new year's day, within a few days of the truth, which is all the spread needs
(the quality checks leave such a column's dates unjudged).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from hijridate import Gregorian, Hijri

from lienthong.profiling._values import (
    BIRTH_MEDIAN_AGE_YEARS,
    BIRTH_SPREAD_YEARS,
    days_spread,
    is_birth_date,
)

#: What a profile says of a birth date column of another calendar; the calendar's name follows.
OTHER_CALENDAR_EVIDENCE = "values are birth dates of another calendar, shifted to Gregorian days"


def reads_other_calendar(evidence: Sequence[str]) -> bool:
    """Whether a column's profile read its values as dates of another calendar."""
    return any(e.startswith(OTHER_CALENDAR_EVIDENCE) for e in evidence)


#: Three numbers with one separator twice: the year first or last, as the calendar writes it.
_FIELDS = re.compile(r"([0-9]{1,4})([/.-])([0-9]{1,2})\2([0-9]{1,4})\.?")
#: No Gregorian birth lies before this day (as :func:`~lienthong.profiling._values.is_birth_date`).
_FIRST = date(1900, 1, 1)

_Fields = tuple[int, int, int, int]  # year, month, day, digits the year is written with


def _fields(text: str) -> _Fields | None:
    """(year, month, day, year's digits) of ``2042/11/28``, ``12/03/2528`` or ``074/03/12``:
    a field of three or four digits is the year (first or last), else the first one is (the
    ROC's ``74/03/12``); a year last reads day first unless only month first is a date."""
    found = _FIELDS.fullmatch(text.strip())
    if found is None:
        return None
    first, _, middle, last = found.groups()
    if len(last) <= 2:
        return int(first), int(middle), int(last), len(first)
    if len(first) <= 2 and len(last) >= 3:
        day, month = int(first), int(middle)
        if month > 12 >= day:
            day, month = month, day
        return int(last), month, day, len(last)
    return None


def _same_months(offset: int, digits: int = 4) -> Callable[[_Fields], date | None]:
    """A calendar whose months are the Gregorian ones, its years ``offset`` ahead, written with
    at most ``digits`` digits."""

    def day(fields: _Fields) -> date | None:
        year, month, day, written = fields
        try:
            return date(year - offset, month, day) if written <= digits else None
        except ValueError:
            return None

    return day


def _from_new_year(
    offset: int, new_year: tuple[int, int], starts: tuple[int, ...], longest: tuple[int, ...]
) -> Callable[[_Fields], date | None]:
    """A calendar whose year ``y`` starts on ``new_year`` (month, day) of Gregorian
    ``y - offset``, its ``m``-th month ``starts[m - 1]`` days later, at most ``longest[m - 1]``
    days long."""

    def day(fields: _Fields) -> date | None:
        year, month, day, _ = fields
        if not 1 <= month <= 12 or not 1 <= day <= longest[month - 1] or year <= offset:
            return None
        return date(year - offset, *new_year) + timedelta(days=starts[month - 1] + day - 1)

    return day


def _any(read: Sequence[_Fields | None]) -> bool:
    return True


def _roc_proof(read: Sequence[_Fields | None]) -> bool:
    """Whether some year written first is no day of a month (``074``, ``74``): else the
    column may be Gregorian ``dd/mm/yy`` with its fields read the wrong way round."""
    return any(f is not None and (f[3] == 3 or f[0] > 31) for f in read)


class Calendar(NamedTuple):
    name: str  # as the evidence says it
    example: str
    day: Callable[[_Fields], date | None]
    proof: Callable[[Sequence[_Fields | None]], bool] = _any
    #: the calendar's own reading of a value, when its fields are not the numbers alone
    fields: Callable[[str], _Fields | None] | None = None


#: Japanese eras (wareki) by their kanji and their initial, with the Gregorian year before
#: each one's first: ``昭和60年3月12日``, ``S60.3.12``, ``平成元年`` (its first year).
_ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
_ERAS |= {"M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018}
_WAREKI = re.compile(
    r"(明治|大正|昭和|平成|令和|[MTSHR])\s*(元|[0-9]{1,2})\s*[年./-]\s*([0-9]{1,2})\s*[月./-]"
    r"\s*([0-9]{1,2})\s*日?",
    re.IGNORECASE,
)


def _wareki(text: str) -> _Fields | None:
    """(Gregorian year, month, day, 4) of a date written in a Japanese era."""
    found = _WAREKI.fullmatch(text.strip())
    if found is None:
        return None
    era, year, month, day = found.groups()
    return _ERAS[era.upper()] + (1 if year == "元" else int(year)), int(month), int(day), 4


#: The marks after a lunar Hijri day (``هـ``, for hijriyya) and after a Gregorian one (``م``,
#: for miladiyya): a Saudi register writes its citizens' births in the first, residents' in the
#: second, in one column.
_HIJRI_MARK = re.compile(r"\s*(?:هـ|ه|ھ)\.?\s*$")
_GREGORIAN_MARK = re.compile(r"\s*م\.?\s*$")


def _wareki_or_figures(text: str) -> _Fields | None:
    """A register's birth dates in an era or in figures, mixed (``平成10年12月5日`` beside
    ``1940/01/03``): the era's read as Gregorian, the figures as written."""
    return _wareki(text) or _fields(text)


#: The Republic of China's years written out (``民國73年10月30日``, or without the era's name:
#: ``73年10月30日``, no Gregorian year of births), beside ``073/10/30``.
_MINGUO = re.compile(r"(?:民國|民国)?\s*([0-9]{1,3})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日?")


def _minguo(text: str) -> _Fields | None:
    """(ROC year, month, day, 3) of ``民國73年10月30日`` or ``73年10月30日``, else the figures'
    fields."""
    found = _MINGUO.fullmatch(text.strip())
    if found is None:
        return _fields(text)
    year, month, day = (int(group) for group in found.groups())
    return year, month, day, 3


def _marked_hijri(text: str) -> _Fields | None:
    """(lunar Hijri year, month, day, 4) of a day marked ``هـ`` or of a year 1343-1500, or of a
    Gregorian day (marked ``م``, or a year from 1900) turned into the Hijri one (hijridate, Umm
    al-Qura, 1343-1500 AH). A column of Hijri years alone is read as Iran's Solar Hijri first:
    Gregorian days among them tell the Saudi column."""
    value = text.strip()
    if (mark := _HIJRI_MARK.search(value)) is not None:
        return _fields(value[: mark.start()])
    marked = _GREGORIAN_MARK.search(value)
    if (read := _fields(value[: marked.start()] if marked else value)) is None:
        return None
    if marked is None and 1343 <= read[0] <= 1500:
        return read
    if read[0] < 1900:
        return None
    try:
        hijri = Gregorian(read[0], read[1], read[2]).to_hijri()
    except (ValueError, OverflowError):
        return None
    return hijri.year, hijri.month, hijri.day, 4


def _lunar_hijri(fields: _Fields) -> date | None:
    year, month, day, _ = fields
    try:
        gregorian = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(gregorian.year, gregorian.month, gregorian.day)


#: Solar Hijri months: six of 31 days, five of 30, Esfand of 29 or 30 (days before each).
_HIJRI = (0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336), (31,) * 6 + (30,) * 6
#: Bikram Sambat months change length from year to year (29 to 32 days): a common year's
#: starts, and any day up to the 32nd.
_SAMBAT = (0, 31, 62, 94, 126, 157, 187, 217, 246, 276, 305, 335), (32,) * 12
CALENDARS = (
    Calendar("Bikram Sambat", "2042/11/28", _from_new_year(57, (4, 14), *_SAMBAT)),
    Calendar("Solar Hijri", "1364/05/21", _from_new_year(-621, (3, 21), *_HIJRI)),
    Calendar("lunar Hijri (Umm al-Qura)", "1405/06/21هـ", _lunar_hijri, fields=_marked_hijri),
    Calendar(
        "Republic of China (Minguo)", "074/03/12", _same_months(-1911, 3), _roc_proof, _minguo
    ),
    Calendar("Thai Buddhist era", "12/03/2528", _same_months(543)),
    Calendar(
        "Japanese era (wareki)", "昭和60年3月12日", _same_months(0), fields=_wareki_or_figures
    ),
)


def other_calendar_births(
    values: Sequence[str], share: float, today: date | None = None
) -> tuple[str, list[str]] | None:
    """(evidence, the values as ``yyyy-mm-dd``) when ``values`` are birth dates of one of
    :data:`CALENDARS`: fewer than ``share`` of them are Gregorian births as written (in any
    order of their fields), at least ``share`` are past days since 1900 in that calendar, and
    those spread like a population's births. Values not read keep their text; else ``None``.
    Only for a column whose name says birth."""
    now = today or date.today()
    filled = [v for v in values if v.strip()]
    read = [_fields(v) for v in filled]
    gregorian = sum(
        is_birth_date(v, now) or (f is not None and _is_birth(_same_months(0)(f), now))
        for v, f in zip(filled, read, strict=True)
    )
    if not filled or gregorian >= share * len(filled):
        return None
    for calendar in CALENDARS:
        own = read if calendar.fields is None else [calendar.fields(v) for v in filled]
        days = [calendar.day(f) if f is not None else None for f in own]
        born = [d for d in days if d is not None and _is_birth(d, now)]
        if len(born) < share * len(filled) or not calendar.proof(own):
            continue
        spread, median_age = days_spread(born, now)
        if spread >= BIRTH_SPREAD_YEARS and median_age >= BIRTH_MEDIAN_AGE_YEARS:
            shifted = [d.isoformat() if d else v for d, v in zip(days, filled, strict=True)]
            return f"{OTHER_CALENDAR_EVIDENCE}: {calendar.name} ({calendar.example})", shifted
    return None


def _is_birth(day: date | None, now: date) -> bool:
    return day is not None and _FIRST <= day <= now
