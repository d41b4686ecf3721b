"""The legacy 9-digit CMND: recognised and generated, never confused with a CCCD."""

from __future__ import annotations

import random

from lienthong.identifiers import is_cmnd, is_valid_cccd, random_cmnd


def test_cmnd_is_nine_digits() -> None:
    assert is_cmnd("025123456")
    assert not is_cmnd("0251234567")
    assert not is_cmnd("02512345a")
    assert not is_cmnd("079203123456")


def test_random_cmnds_are_hcmc_cmnds_and_not_cccds() -> None:
    rng = random.Random(1)
    for _ in range(200):
        number = random_cmnd(rng)
        assert is_cmnd(number) and number[:2] in ("02", "03")
        assert not is_valid_cccd(number)
