"""Dates written with month names (``13 Oct 1978``, ``Oct 13, 1978``, ``1978-Oct-13``,
``13 octobre 1978``, ``13.Okt.1978``, ``13 de octubre de 1978``) and East Asian dates
(``1985年3月12日``, ``1985년 3월 12일``, Korean ``1985.03.12.``): one table and one list of
steps, read by profiling in Python (:func:`read_month_name`) and by the quality checks in SQL
(``Dialect.iso_date_month_names``), so both read every value alike.

The reading: lower case, any ``#`` dropped; each month name (longest first, so ``march`` goes
before ``mar``) becomes the marker ``/#mm/``; then :func:`month_name_steps`, regular
replacements every engine and Python's :mod:`re` spell the same way, drop fillers (``de``) and
ordinals (``13th``), collapse the separators and put the day, month and year in ``yyyy-mm-dd``
order. A value left in any other shape is no month-name date.
"""

from __future__ import annotations

import re
from functools import cache

#: Month names and their common abbreviations, English, French, Spanish, German, Italian,
#: Portuguese and Dutch (lower case; accented forms also without their accents), by month.
_BY_MONTH = (
    "january jan janvier janv enero ene januar jänner jän gennaio gen janeiro januari",
    "february feb febr février fevrier févr fevr fév fev febrero februar febbraio fevereiro "
    "februari",
    "march mar mars marzo märz marz mär maerz março marco maart mrt",
    "april apr avril avr abril abr aprile",
    "may mai mayo maggio mag maio mei",
    "june jun juin junio juni giugno giu junho",
    "july jul juillet juil julio juli luglio lug julho",
    "august aug août aout agosto ago augustus",
    "september sep sept septembre septiembre setiembre set settembre setembro",
    "october oct octobre octubre oktober okt ottobre ott outubro out",
    "november nov novembre noviembre novembro",
    "december dec décembre decembre déc diciembre dic dezember dez dicembre dezembro",
)

#: (name, month) pairs, longest name first: the order both readings replace them in.
MONTH_NAMES: tuple[tuple[str, int], ...] = tuple(
    sorted(
        {(name, month) for month, names in enumerate(_BY_MONTH, 1) for name in names.split()},
        key=lambda pair: (-len(pair[0]), pair[0]),
    )
)
assert len({name for name, _ in MONTH_NAMES}) == len(MONTH_NAMES), "a name names two months"


def month_marker(month: int) -> str:
    """What a month name becomes before the steps run: ``/#10/`` for October."""
    return f"/#{month:02d}/"


#: The steps' final shape: a ``yyyy-mm-dd`` text (whether that day exists is judged later).
MONTH_NAME_ISO = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


#: The markers of East Asian dates (Chinese and Japanese, Korean).
_YEAR, _MONTH, _DAY = "[年년]", "[月월]", "[日일]"


@cache
def month_name_steps(pivot: int) -> tuple[tuple[str, str], ...]:
    """(pattern, replacement) pairs applied in order, each to every match, after the names
    became markers. A two-digit year above ``pivot`` is 19yy, else 20yy (``13-Oct-78``)."""
    day_month = "([0-9]{1,2}/#[0-9]{2}|#[0-9]{2}/[0-9]{1,2})"
    late = "|".join(f"{yy:02d}" for yy in range(pivot + 1, 100))
    return (
        # East Asian dates: year, month and day markers (年月日, 년월일: 1985年3月12日,
        # 1985년 3월 12일) or the Korean dots with a trailing one (1985.03.12., 1985. 3. 12.)
        # give the month a marker like a name's; a one-digit month is padded
        (
            f"^([0-9]{{4}}) ?{_YEAR} ?([0-9]{{1,2}}) ?{_MONTH} ?([0-9]{{1,2}}) ?{_DAY}?$",
            "\\1/#\\2/\\3",
        ),
        ("^([0-9]{4})[.] ?([0-9]{1,2})[.] ?([0-9]{1,2})[.]$", "\\1/#\\2/\\3"),
        ("#([0-9])/", "#0\\1/"),
        ("[ ](de|del)[ ]", " "),  # 13 de octubre de 1978
        ("([0-9])(st|nd|rd|th|er)", "\\1"),  # 13th October, 1er octobre
        ("[ ,./-]+", "/"),
        ("^/|/$", ""),
        (f"^{day_month}/({late})$", "\\1/19\\2"),
        (f"^{day_month}/([0-9]{{2}})$", "\\1/20\\2"),
        ("^([0-9]{1,2})/#([0-9]{2})/([0-9]{4})$", "\\3-\\2-\\1"),  # 13 Oct 1978
        ("^#([0-9]{2})/([0-9]{1,2})/([0-9]{4})$", "\\3-\\1-\\2"),  # Oct 13, 1978
        ("^([0-9]{4})/#([0-9]{2})/([0-9]{1,2})$", "\\1-\\2-\\3"),  # 1978-Oct-13
        ("-([0-9])$", "-0\\1"),
    )


_ISO = re.compile(MONTH_NAME_ISO)
_DIGIT = re.compile("[0-9]")
_LETTERS = re.compile(r"[^\W\d_]+")
_NAMES = frozenset(name for name, _ in MONTH_NAMES)
#: A shortcut for East Asian dates: a year marker, or a year-first date ending in a dot.
_EAST = re.compile(r"[年년]|^[0-9]{4}[.] ?[0-9]{1,2}[.] ?[0-9]{1,2}[.]$")


#: Thai month names, whole and in their dotted abbreviations (``มีนาคม``, ``มี.ค.``): a date
#: written with one counts its years in the Buddhist era (``28 ก.ค. 2495`` is 28 July 1952).
_THAI_MONTHS = tuple(
    re.compile(pattern)
    for pattern in (
        r"มกราคม|ม\.ค\.?", r"กุมภาพันธ์|ก\.พ\.?", r"มีนาคม|มี\.ค\.?", r"เมษายน|เม\.ย\.?",
        r"พฤษภาคม|พ\.ค\.?", r"มิถุนายน|มิ\.ย\.?", r"กรกฎาคม|ก\.ค\.?", r"สิงหาคม|ส\.ค\.?",
        r"กันยายน|ก\.ย\.?", r"ตุลาคม|ต\.ค\.?", r"พฤศจิกายน|พ\.ย\.?", r"ธันวาคม|ธ\.ค\.?",
    )
)  # fmt: skip
_THAI = re.compile("[\u0e00-\u0e7f]")
_BUDDHIST_ERA = 543
#: A day written out in Vietnamese, as forms and typed-up books write it (``ngày 14 tháng 7 năm
#: 1973``): its month is a number, not a name, but it reads no other way.
_VIETNAMESE_WORDS = re.compile(
    r"(?:ngày|ngay)\s+(\d{1,2})\s+(?:tháng|thang)\s+(\d{1,2})\s+(?:năm|nam)\s+(\d{4})"
)


def read_month_name(text: str, pivot: int) -> str | None:
    """``text`` as ``yyyy-mm-dd`` when it is a date with a month name, else ``None``.
    The day may not exist (``31 Feb 1985`` gives ``1985-02-31``): the checks judge it."""
    value = text.strip().lower()
    if len(value) > 40 or _DIGIT.search(value) is None:
        return None
    value = value.replace("#", "")  # the marker's sign stands for nothing in the text read
    if _THAI.search(value):
        return _read_thai(value, pivot)
    if (spelt := _VIETNAMESE_WORDS.fullmatch(value)) is not None:
        return f"{spelt[3]}-{int(spelt[2]):02d}-{int(spelt[1]):02d}"
    east = _EAST.search(value) is not None
    if not east and not any(run in _NAMES or run[2:] in _NAMES for run in _LETTERS.findall(value)):
        # a shortcut, not a rule: a run of letters that is neither a whole name nor an
        # ordinal's two letters and a name (``13thoct``) leaves letters or a second marker
        # behind, and no step then gives a day
        return None
    for name, month in MONTH_NAMES:
        value = value.replace(name, month_marker(month))
    if "#" not in value and not east:
        return None
    return _stepped(value, pivot)


def _stepped(value: str, pivot: int) -> str | None:
    """``value``, its month names made markers, through the steps: ``yyyy-mm-dd`` or ``None``."""
    for pattern, replacement in month_name_steps(pivot):
        value = re.sub(pattern, replacement, value)
    return value if _ISO.match(value) else None


def _read_thai(value: str, pivot: int) -> str | None:
    """A date with a Thai month name, its Buddhist-era year made Gregorian."""
    for month, name in enumerate(_THAI_MONTHS, 1):
        value = name.sub(f" {month_marker(month)} ", value)
    if "#" not in value or _THAI.search(value) or (day := _stepped(value, pivot)) is None:
        return None
    year = int(day[:4])
    return f"{year - _BUDDHIST_ERA if year > 2400 else year}{day[4:]}"
