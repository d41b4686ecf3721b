"""The audit writer's commit histogram, cell by cell (Prometheus' buckets are inclusive)."""

from __future__ import annotations

import pytest

from lienthong.audit._writer import COMMIT_BUCKETS, CommitStats


@pytest.mark.parametrize(
    ("seconds", "first_bucket"),
    [
        (0.0, 0),
        (0.0005, 0),  # on a bound: counted under it (le is "less than or equal")
        (0.00051, 1),
        (0.003, 3),
        (5.0, len(COMMIT_BUCKETS) - 1),
        (60.0, len(COMMIT_BUCKETS)),  # over every bound: only in +Inf
    ],
)
def test_a_commit_counts_in_its_bucket_and_every_larger_one(
    seconds: float, first_bucket: int
) -> None:
    stats = CommitStats()
    stats.observe(seconds, failed=False)
    cumulative = stats.cumulative()
    assert len(cumulative) == len(COMMIT_BUCKETS) + 1
    assert cumulative == [0] * first_bucket + [1] * (len(cumulative) - first_bucket)


def test_failures_are_counted_apart_and_timed_too() -> None:
    stats = CommitStats()
    stats.observe(0.002, failed=False)
    stats.observe(0.2, failed=True)
    assert (stats.committed, stats.failed, stats.count) == (1, 1, 2)
    assert stats.sum_s == pytest.approx(0.202)
    assert stats.last_failure_ts is not None
    assert stats.cumulative()[-1] == 2
