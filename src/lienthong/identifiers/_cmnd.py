"""The legacy 9-digit CMND (chứng minh nhân dân), still found in much legacy data.

A CMND has no check digit; its first two digits roughly name the issuing province (``02`` and
``03`` for Hồ Chí Minh City). Late issues had 12 digits, which look like a CCCD, so only the
9-digit form is recognised here as a CMND.
"""

from __future__ import annotations

import random

from lienthong.errors import InputError

#: CMND prefixes issued by the Hồ Chí Minh City police.
HCMC_CMND_PREFIXES = ("02", "03")


def is_cmnd(number: str) -> bool:
    """True when ``number`` looks like a legacy 9-digit CMND."""
    text = number.strip()
    return len(text) == 9 and text.isascii() and text.isdigit()


def make_cmnd(prefix: str, serial: int) -> str:
    """Build a 9-digit CMND from a 2-digit prefix and a 7-digit serial."""
    if len(prefix) != 2 or not prefix.isascii() or not prefix.isdigit():
        raise InputError(f"A CMND prefix is 2 digits, got {prefix!r}.")
    if not 0 <= serial <= 9_999_999:
        raise InputError(f"The CMND serial must be 0–9999999, got {serial}.")
    return f"{prefix}{serial:07d}"


def random_cmnd(rng: random.Random, prefix: str | None = None) -> str:
    """A random CMND, by default with a Hồ Chí Minh City prefix."""
    chosen = prefix if prefix is not None else rng.choice(HCMC_CMND_PREFIXES)
    return make_cmnd(chosen, rng.randrange(10_000_000))
