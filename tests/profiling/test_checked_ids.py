"""Personal numbers whose check digit passes are national ids under any header; numbers of the
same shapes without a check digit, a length-only validator, or repeated numbers are not."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._checked_ids import _checks_its_digit, checked_ids

_RNG = random.Random(11)


def _luhn(body: str) -> str:
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = int(char) * (2 if position % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return body + str(-total % 10)


def _idnp() -> str:  # Moldovan IDNP: 13 digits, weights 7-3-1 mod 10 on the last
    body = "2" + "".join(str(_RNG.randrange(10)) for _ in range(11))
    weights = (7, 3, 1) * 4
    return body + str(sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10)


def _sin() -> str:  # Canadian SIN: 9 digits, Luhn
    return _luhn(f"{_RNG.randrange(1, 8)}{_RNG.randrange(10**7):07d}")


def test_numbers_passing_a_countrys_check_digit_are_national_ids_whatever_the_header() -> None:
    for make, header in ((_idnp, "Cod"), (_sin, "Numéro")):
        values = [make() for _ in range(300)]
        found = infer_role(header, values)
        assert (found.role, found.confidence >= THRESHOLD) == ("national_id", True), header
        assert any("check digit" in line for line in found.evidence)


def test_a_few_typing_errors_do_not_hide_the_check_digit() -> None:
    values = [_idnp() for _ in range(100)]
    values[:5] = [v[:-1] + str((int(v[-1]) + 1) % 10) for v in values[:5]]
    assert checked_ids(values) is not None


def test_repeated_numbers_and_short_columns_say_nothing() -> None:
    assert checked_ids([_idnp() for _ in range(9)]) is None  # too few to judge
    employers = [_idnp() for _ in range(5)] * 20  # an employer's number, repeated
    assert checked_ids(employers) is None


def test_a_validator_that_checks_no_digit_does_not_count() -> None:
    import stdnum.dk.cpr as cpr  # a date and four digits: any last digit passes

    numbers = ["0101851234", "1203851235", "2807901236", "1511701237"]
    assert all(cpr.is_valid(n) for n in numbers)
    assert not _checks_its_digit(cpr, numbers)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=6, max_value=16).flatmap(
        lambda n: st.lists(
            st.integers(min_value=10 ** (n - 1), max_value=10**n - 1),
            min_size=40,
            max_size=120,
            unique=True,
        )
    )
)
def test_random_numbers_never_read_as_checked_ids(numbers: list[int]) -> None:
    assert checked_ids([str(n) for n in numbers]) is None
