"""Birth dates of another calendar (Bikram Sambat, Solar Hijri, ROC, Buddhist era) under a
birth header are birth dates, told by the calendar; the same values under another header are
not, and Gregorian births are never read as another calendar's."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.profiling import infer_role, reads_birth_years, reads_other_calendar
from lienthong.profiling._calendars import other_calendar_births

TODAY = date(2026, 12, 6)


def _births(n: int = 200, seed: int = 7) -> list[date]:
    rng = random.Random(seed)
    return [date(1940, 1, 1) + timedelta(days=rng.randrange(80 * 365)) for _ in range(n)]


def _sambat(day: date) -> str:
    """Bikram Sambat, near enough: its year starts in mid-April, 56 years and 8 months ahead."""
    since = day - timedelta(days=103)  # 14 April as 1 January
    return f"{since.year + 57}/{since:%m/%d}"


def _hijri(day: date) -> str:
    """Solar Hijri, near enough: its year starts on 21 March, 621 years behind."""
    start = date(day.year if day >= date(day.year, 3, 21) else day.year - 1, 3, 21)
    into = (day - start).days
    month, rest = divmod(into, 31) if into < 186 else (6 + (into - 186) // 30, (into - 186) % 30)
    return f"{start.year - 621}/{month + 1:02d}/{rest + 1:02d}"


WRITERS = {
    "जन्म मिति (वि.सं.)": ("Bikram Sambat", _sambat),
    "تاریخ تولد": ("Solar Hijri", _hijri),
    "出生日期": ("Republic of China", lambda d: f"{d.year - 1911:03d}/{d:%m/%d}"),
    "出生年月日": ("Republic of China", lambda d: f"{d.year - 1911}/{d:%m/%d}"),
    "วันเกิด": ("Thai Buddhist era", lambda d: f"{d:%d/%m}/{d.year + 543}"),
    "Date of birth (B.E.)": ("Thai Buddhist era", lambda d: f"{d.year + 543}-{d:%m-%d}"),
}


@pytest.mark.parametrize("header", list(WRITERS))
def test_another_calendars_births_are_birth_dates_told_by_the_calendar(header: str) -> None:
    calendar, write = WRITERS[header]
    values = [write(d) for d in _births()]
    found = infer_role(header, values)
    assert found.role == "birth_date" and found.confidence >= 0.8, found
    assert reads_other_calendar(found.evidence)
    assert any(calendar in e for e in found.evidence), found.evidence


@pytest.mark.parametrize("header", list(WRITERS))
def test_the_same_values_under_another_header_are_no_birth_dates(header: str) -> None:
    values = [WRITERS[header][1](d) for d in _births()]
    for other in ("Ngày cấp", "Date", "Mã hồ sơ"):
        found = infer_role(other, values)
        assert found.role != "birth_date" and not reads_other_calendar(found.evidence)


def _off(read: list[str], days: list[date]) -> int:
    """The most days a value was read away from its Gregorian day."""
    return max(abs((date.fromisoformat(s) - d).days) for s, d in zip(read, days, strict=True))


def test_the_days_are_shifted_to_the_gregorian_ones() -> None:
    days = _births(100)
    found = other_calendar_births([f"{d:%d/%m}/{d.year + 543}" for d in days], 0.85, TODAY)
    assert found is not None and found[1] == [d.isoformat() for d in days]
    found = other_calendar_births([_hijri(d) for d in days], 0.85, TODAY)
    assert found is not None
    assert _off(found[1], days) <= 2
    found = other_calendar_births([_sambat(d) for d in days], 0.85, TODAY)
    assert found is not None
    assert _off(found[1], days) <= 7


def test_event_dates_of_another_calendar_are_not_births() -> None:
    # registrations of the last three years, Buddhist era: spread too short, too recent
    days = [TODAY - timedelta(days=3 * i) for i in range(300)]
    assert other_calendar_births([f"{d:%d/%m}/{d.year + 543}" for d in days], 0.85, TODAY) is None


@pytest.mark.parametrize(
    "write", [lambda d: f"{d:%d/%m/%Y}", lambda d: f"{d:%Y-%m-%d}", lambda d: f"{d:%d.%m.%Y}"]
)
def test_gregorian_births_are_read_as_before(write: object) -> None:
    values = [write(d) for d in _births()]  # type: ignore[operator]
    found = infer_role("Ngày sinh", values)
    assert found.role == "birth_date" and not reads_other_calendar(found.evidence)
    years = [str(d.year) for d in _births()]
    found = infer_role("Năm sinh", years)
    assert reads_birth_years(found.evidence) and not reads_other_calendar(found.evidence)
    serials = [str((d - date(1899, 12, 30)).days) for d in _births()]
    assert not reads_other_calendar(infer_role("Ngày sinh", serials).evidence)


_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%Y/%m/%d", "%d-%m-%Y", "%m/%d/%Y", "%d/%m/%y")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.dates(date(1900, 1, 1), TODAY), min_size=1, max_size=60),
    st.sampled_from(_FORMATS),
)
def test_gregorian_birth_dates_are_never_read_as_another_calendar(
    days: list[date], form: str
) -> None:
    assert other_calendar_births([d.strftime(form) for d in days], 0.85, TODAY) is None
