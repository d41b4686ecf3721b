"""The gateway's worker pool: results and errors come back; a slow call is given up on."""

from __future__ import annotations

import threading
import time

import pytest

from lienthong.exchange._workers import Done, Workers

pytestmark = pytest.mark.anyio


async def test_the_result_comes_back_from_the_worker_thread() -> None:
    workers = Workers(2)
    assert await workers.run(threading.get_ident, timeout_s=5) != threading.get_ident()
    workers.close()


async def test_an_error_in_the_worker_is_raised_to_the_caller() -> None:
    workers = Workers(2)

    def fail() -> None:
        raise LookupError("no such consent")

    with pytest.raises(LookupError, match="no such consent"):
        await workers.run(fail, timeout_s=5)
    workers.close()


async def test_a_call_past_its_deadline_raises_timeout_without_waiting_for_it() -> None:
    workers = Workers(2)
    release = threading.Event()
    started = time.perf_counter()
    with pytest.raises(TimeoutError):
        await workers.run(lambda: release.wait(5), timeout_s=0.05)
    assert time.perf_counter() - started < 1
    release.set()
    assert await workers.run(lambda: 42, timeout_s=5) == 42  # the pool keeps serving
    workers.close()


async def test_no_more_than_max_threads_calls_run_at_once() -> None:
    import asyncio

    workers = Workers(2)
    inside, peak, lock = 0, 0, threading.Lock()

    def work() -> None:
        nonlocal inside, peak
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.05)
        with lock:
            inside -= 1

    await asyncio.gather(*(workers.run(work, timeout_s=5) for _ in range(6)))
    assert peak == 2
    workers.close()


async def test_the_caller_keeps_waiting_past_the_deadline_while_may_expire_says_no() -> None:
    workers = Workers(2)
    asked: list[float] = []

    def not_yet() -> bool:  # the gateway says no while the thread writes its audit entry
        asked.append(time.perf_counter())
        return len(asked) > 2

    release = threading.Event()
    with pytest.raises(TimeoutError):
        await workers.run(lambda: release.wait(5), timeout_s=0.05, may_expire=not_yet)
    assert len(asked) == 3  # re-armed twice, then allowed to expire

    def finishes() -> str:
        time.sleep(0.15)
        return "done"

    assert await workers.run(finishes, timeout_s=0.05, may_expire=lambda: False) == "done"
    release.set()
    workers.close()


async def test_quick_calls_keep_to_the_core_threads_and_stuck_ones_add_threads() -> None:
    import asyncio

    workers = Workers(8, core_threads=2, stall_s=0.01)
    await asyncio.gather(*(workers.run(lambda: None, timeout_s=5) for _ in range(200)))
    assert workers._threads <= 3  # quick calls: the core (plus at most a racy spare)

    # Calls stuck on a slow database: the pool sees it stalled and adds threads (up to its
    # bound) even when no other call arrives, so a queued call does not wait for a stuck one.
    release = threading.Event()
    inside = threading.Semaphore(0)

    def stuck() -> None:
        inside.release()
        release.wait(5)

    calls = [asyncio.ensure_future(workers.run(stuck, timeout_s=5)) for _ in range(6)]
    for _ in range(6):
        assert await asyncio.to_thread(inside.acquire, True, 2)  # all six got a thread
    assert 6 <= workers._threads <= 8
    release.set()
    await asyncio.gather(*calls)
    workers.close()


async def test_deferred_work_answers_from_another_thread() -> None:
    workers = Workers(2)

    def later(done: Done) -> None:
        threading.Timer(0.05, done, args=(True, "answered")).start()

    assert await workers.run_deferred(later, timeout_s=5) == "answered"

    def fails(done: Done) -> None:
        done(False, LookupError("refused"))

    with pytest.raises(LookupError, match="refused"):
        await workers.run_deferred(fails, timeout_s=5)
    workers.close()
