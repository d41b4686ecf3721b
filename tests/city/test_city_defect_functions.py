"""The defect primitives always produce the defect they claim (property tests)."""

from __future__ import annotations

import random
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from lienthong.city._defects import mistype_digits, strip_diacritics, swap_name_order, typo
from lienthong.names import GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, family_name_distribution

families = st.sampled_from(family_name_distribution().values)
givens = st.sampled_from(GIVEN_NAMES_MALE + GIVEN_NAMES_FEMALE)
names = st.builds(lambda f, m, g: f"{f} {m} {g}", families, givens, givens)
seeds = st.integers(min_value=0, max_value=2**32)


@given(names, seeds)
def test_a_typo_always_changes_the_name_and_stays_nfc(name: str, seed: int) -> None:
    changed = typo(random.Random(seed), name)
    assert changed != name
    assert unicodedata.is_normalized("NFC", changed)


@given(names)
def test_stripping_diacritics_gives_plain_ascii_of_the_same_shape(name: str) -> None:
    plain = strip_diacritics(name)
    assert plain.isascii()
    assert len(plain.split(" ")) == len(name.split(" "))
    assert strip_diacritics(plain) == plain


@given(st.text(alphabet="0123456789", min_size=9, max_size=12), seeds)
def test_mistyped_ids_differ_but_keep_their_length(number: str, seed: int) -> None:
    changed = mistype_digits(random.Random(seed), number)
    assert changed != number and len(changed) == len(number) and changed.isdigit()


@given(names)
def test_swapped_order_puts_the_given_name_first(name: str) -> None:
    parts = name.split(" ")
    swapped = swap_name_order(name).split(" ")
    assert swapped[0] == parts[-1] and sorted(swapped) == sorted(parts)
