"""Dates, unit numbers, durations, identifiers and names are read from ASCII digits only, as the
SQL twins (RE2's ``\\d``) read them: a fullwidth or Arabic-Indic digit is not a digit here."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienthong.errors import InputError
from lienthong.identifiers import make_cmnd, make_mst
from lienthong.normalize import parse_date
from lienthong.normalize._gazetteer import WARD_PREFIX, bare
from lienthong.quality import parse_duration
from lienthong.sync._subscriptions import SubscriptionSpec, _check


def arabic(text: str) -> str:
    return text.translate({ord(d): 0x0660 + int(d) for d in "0123456789"})


def fullwidth(text: str) -> str:
    return text.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})


@pytest.mark.parametrize("text", ["2020-03-04", "04/03/2020", "20200304", "03/2020", "2020"])
def test_dates_need_ascii_digits(text: str) -> None:
    assert parse_date(text) is not None
    assert parse_date(arabic(text)) is None
    assert parse_date(fullwidth(text)) is None


@given(st.text(alphabet=st.characters(categories=["Nd"]), min_size=4, max_size=8))
def test_a_parsed_date_came_from_ascii_digits(text: str) -> None:
    if parse_date(text) is not None:
        assert text.isascii()


def test_a_ward_number_is_ascii() -> None:
    assert bare("phuong 05", WARD_PREFIX) == ("phuong", "5")
    assert bare("05", WARD_PREFIX)[1] == "5"
    assert bare(arabic("05"), WARD_PREFIX)[1] == arabic("05")  # not read as a number


def test_durations_need_ascii_digits() -> None:
    assert parse_duration("P1D").days == 1
    for text in (arabic("P1D"), fullwidth("PT6H")):
        with pytest.raises(InputError):
            parse_duration(text)


def test_identifier_prefixes_need_ascii_digits() -> None:
    assert make_cmnd("02", 1) == "020000001"
    with pytest.raises(InputError):
        make_cmnd(arabic("02"), 1)
    with pytest.raises(InputError):
        make_mst(fullwidth("03"), 1)


def test_subscription_names_are_ascii() -> None:
    spec = SubscriptionSpec("sub-1", "ds", "c", "p", ("f",), "pull")
    _check(spec)
    for name in ("sub-١", "đăng-ký", "sub-1\n"):
        with pytest.raises(InputError):
            _check(SubscriptionSpec(name, "ds", "c", "p", ("f",), "pull"))
