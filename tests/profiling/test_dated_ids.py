"""Personal numbers that carry their holder's birth date are national ids under any header;
numbers that carry a recent date (a dossier, an invoice), or none, are not."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._dated_ids import dated_ids

TODAY = date(2026, 12, 6)
_RNG = random.Random(7)


def _born() -> date:
    return date(1935, 1, 1) + timedelta(days=_RNG.randrange(365 * 75))


def _lithuanian() -> str:  # sex-and-century digit, yymmdd, 4 digits
    day = _born()
    return (
        f"{_RNG.choice('34' if day.year < 2000 else '56')}{day:%y%m%d}{_RNG.randrange(10**4):04d}"
    )


def _danish() -> str:  # ddmmyy-nnnn
    return f"{_born():%d%m%y}-{_RNG.randrange(10**4):04d}"


def _czech() -> str:  # yymmdd/nnnn, women's month + 50
    day = _born()
    month = day.month + _RNG.choice((0, 50))
    return f"{day:%y}{month:02d}{day:%d}/{_RNG.randrange(10**4):04d}"


def _indonesian() -> str:  # region code, ddmmyy (women's day + 40), serial
    day = _born()
    return f"3174{_RNG.randrange(100):02d}{day.day + _RNG.choice((0, 40)):02d}{day:%m%y}0001"


def test_numbers_holding_birth_dates_are_national_ids_whatever_the_header() -> None:
    for make, header in ((_lithuanian, "A. k."), (_danish, "Kode"), (_czech, "RČ")):
        values = [make() for _ in range(300)]
        found = infer_role(header, values)
        assert found.role == "national_id" and found.confidence >= THRESHOLD, header
    assert dated_ids([_indonesian() for _ in range(300)], TODAY) == "ddmmyy at 7"


def test_recent_dates_random_digits_and_batches_are_not() -> None:
    recent = [
        f"{date(2024, 1, 1) + timedelta(days=_RNG.randrange(700)):%y%m%d}{i:05d}"
        for i in range(300)
    ]
    assert dated_ids(recent, TODAY) is None
    one_day = [f"850312{i:05d}" for i in range(300)]
    assert dated_ids(one_day, TODAY) is None
    assert dated_ids(["abc123456789", *[_lithuanian() for _ in range(50)]], TODAY) is None
    duplicated = [_lithuanian() for _ in range(20)] * 5
    assert dated_ids(duplicated, TODAY) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=10**10, max_value=10**11 - 1), min_size=50, max_size=200))
def test_random_numbers_never_read_as_dated_ids(numbers: list[int]) -> None:
    assert dated_ids([str(n) for n in numbers], TODAY) is None
