"""MST: the real check digit, the branch form, and what generation skips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienthong.errors import InputError
from lienthong.identifiers import (
    compact_mst,
    is_valid_mst,
    make_branch_mst,
    make_mst,
    mst_check_digit,
)

prefixes = st.sampled_from(["01", "03", "35", "37", "79"])
sequences = st.integers(min_value=0, max_value=9_999_999)


def test_published_example_is_valid() -> None:
    assert is_valid_mst("0100233488")
    assert is_valid_mst("0100233488-001")
    assert compact_mst("0100 233 488-001") == "0100233488001"
    assert not is_valid_mst("0100233489")


def test_check_digit_10_is_impossible_so_the_sequence_is_skipped() -> None:
    # find a body whose weighted sum is 0 mod 11: its "check digit" would be 10
    body = next(f"03{n:07d}" for n in range(10_000) if mst_check_digit(f"03{n:07d}") is None)
    assert make_mst("03", int(body[2:])) is None


@given(prefixes, sequences)
def test_generated_msts_are_valid_10_digit_codes(prefix: str, sequence: int) -> None:
    mst = make_mst(prefix, sequence)
    if mst is not None:
        assert len(mst) == 10 and mst.startswith(prefix) and is_valid_mst(mst)


@given(prefixes, sequences, st.integers(min_value=0, max_value=9), st.integers(1, 9))
def test_check_digit_rejects_every_single_digit_change(
    prefix: str, sequence: int, position: int, delta: int
) -> None:
    mst = make_mst(prefix, sequence)
    if mst is None:
        return
    changed = mst[:position] + str((int(mst[position]) + delta) % 10) + mst[position + 1 :]
    assert not is_valid_mst(changed)


@given(prefixes, sequences, st.integers(min_value=1, max_value=999))
def test_branch_codes_keep_the_parent_check_digit(prefix: str, sequence: int, branch: int) -> None:
    mst = make_mst(prefix, sequence)
    if mst is None:
        return
    branch_mst = make_branch_mst(mst, branch)
    assert len(branch_mst) == 13 and branch_mst.startswith(mst) and is_valid_mst(branch_mst)


def test_branch_000_and_bad_lengths_are_invalid() -> None:
    assert not is_valid_mst("0100233488000")
    assert not is_valid_mst("010023348")
    with pytest.raises(InputError):
        make_branch_mst("0100233489", 1)
