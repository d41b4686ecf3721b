"""The detectors' shares on a big sample: read through a slice first, exact where it matters."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.profiling._shares import shares
from lienthong.profiling._values import DETECTORS

_VALUES = [
    "Nguyễn Văn An", "Trần Thị Bích", "079203001234", "0903123456", "an@example.vn",
    "12/03/1985", "12 Lê Lợi, Phường Bến Thành", "Nam", "ul. Długa 5", "XK-1234",
]  # fmt: skip


def _exact(values: list[str]) -> dict[str, float]:
    counted = Counter(v for v in values if v.strip())
    total = sum(counted.values())
    return {
        role: sum(n for v, n in counted.items() if test(v)) / total
        for role, test in DETECTORS.items()
    }


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_VALUES), min_size=300, max_size=600), st.integers(0, 10**6))
def test_every_share_a_decision_reads_is_exact(picked: list[str], salt: int) -> None:
    # distinct values (a suffix) so the slice is used: over 256 values, over 128 distinct
    values = [f"{v} {i % 200 + salt}" if i % 2 else v for i, v in enumerate(picked)]
    got, exact = shares(values), _exact(values)
    for role, share in exact.items():
        if share >= 0.5:  # the lowest share any decision reads
            assert got[role] == share, role
        elif got[role] != share:  # an estimate from the slice: only below the floor
            assert got[role] < 0.25, role


def test_a_small_sample_is_tested_whole() -> None:
    values = _VALUES * 20
    assert shares(values) == _exact(values)
