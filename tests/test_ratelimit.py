"""Token buckets and the refusal aggregator: pure, clocked by the test."""

from __future__ import annotations

import pytest

from lienthong.audit import AuditEvent, EventType, Outcome, RefusalAggregator
from lienthong.ratelimit import TokenBuckets


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_admits_its_burst_then_refills_at_its_rate() -> None:
    clock = Clock()
    buckets = TokenBuckets(2.0, 4.0, clock=clock)
    assert [buckets.take("a") for _ in range(4)] == [0.0] * 4
    assert buckets.take("a") == pytest.approx(0.5)  # one token at 2/s
    assert buckets.take("b") == 0.0  # keys are independent
    clock.now += 0.5
    assert buckets.take("a") == 0.0
    assert buckets.take("a") == pytest.approx(0.5)
    clock.now += 100
    assert [buckets.take("a") for _ in range(5)].count(0.0) == 4  # capped at the burst


def test_wait_takes_nothing_and_an_unseen_key_is_free() -> None:
    clock = Clock()
    failures = TokenBuckets(1.0, 2.0, clock=clock)
    assert failures.wait("x") == 0.0 and len(failures) == 0
    failures.take("x")
    failures.take("x")
    assert failures.wait("x") == pytest.approx(1.0)
    assert failures.wait("x") == pytest.approx(1.0)
    clock.now += 1.0
    assert failures.wait("x") == 0.0


def test_memory_is_bounded_by_evicting_the_least_recently_used() -> None:
    clock = Clock()
    buckets = TokenBuckets(1.0, 1.0, max_keys=3, clock=clock)
    for address in ("a", "b", "c"):
        buckets.take(address)
    buckets.take("a")  # refused, and now the most recently used
    for n in range(1000):
        buckets.take(f"junk-{n}")
    assert len(buckets) == 3
    assert buckets.take("a") == 0.0  # evicted: starts full again (lenient, never locks out)


def test_rate_zero_turns_the_table_off() -> None:
    buckets = TokenBuckets(0, 1)
    assert not buckets.enabled
    assert all(buckets.take("a") == 0.0 for _ in range(100)) and len(buckets) == 0


def _refused(reason: str = "no token") -> AuditEvent:
    return AuditEvent(
        event=EventType.SERVICE_CALL_REFUSED,
        outcome=Outcome.DENIED,
        client="anonymous",
        status=401,
        reason=reason,
    )


@pytest.mark.anyio
async def test_refusals_are_written_first_then_counted_per_window() -> None:
    clock = Clock()
    written: list[AuditEvent] = []

    async def write(event: AuditEvent) -> None:
        written.append(event)

    aggregator = RefusalAggregator(write, window_s=60, clock=clock)
    for n in range(500):  # the reason may quote the request: it does not open a new window
        await aggregator.refused(_refused(f"unknown key id {n}"), source="203.0.113.7")
    await aggregator.refused(_refused(), source="198.51.100.1")
    assert len(written) == 2 and all("aggregated" not in e.data for e in written)
    assert written[0].reason == "unknown key id 0"
    assert await aggregator.flush_due() == 0  # the windows are still open
    clock.now += 61
    await aggregator.refused(_refused(), source="203.0.113.7")  # a new window for this key
    assert written[2].data["aggregated"] == 499 and written[2].data["source"] == "203.0.113.7"
    assert "aggregated" not in written[3].data
    assert await aggregator.flush_due() == 0  # the other key had no repeats
    assert len(aggregator) == 1
    await aggregator.refused(_refused(), source="203.0.113.7")
    assert await aggregator.close() == 1 and written[-1].data["aggregated"] == 1


@pytest.mark.anyio
async def test_past_max_keys_new_sources_share_one_overflow_window() -> None:
    written: list[AuditEvent] = []

    async def write(event: AuditEvent) -> None:
        written.append(event)

    aggregator = RefusalAggregator(write, window_s=60, max_keys=10, clock=Clock())
    for n in range(5000):  # each with its own reason too (a reason may quote the request)
        await aggregator.refused(_refused(f"no client {n}"), source=f"10.0.{n // 256}.{n % 256}")
    assert len(aggregator) == 11  # ten sources and the overflow
    assert len(written) == 11
    await aggregator.close()
    overflow = [e for e in written if e.data["source"] == "*"]
    assert sum(int(e.data.get("aggregated", 1)) for e in overflow) == 4990


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
