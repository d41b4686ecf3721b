"""The gateway's worker threads: one hop per call, with a deadline, and cheap.

``anyio.fail_after`` around ``anyio.to_thread.run_sync`` (a cancel scope, a capacity limiter, a
context copy) cost more CPU per call than the whole release decision under py-spy; a plain
thread pool and one timer on the event loop give the same guarantees: at most ``max_threads``
calls in flight, and a caller that stops waiting after ``timeout_s`` (the thread finishes on
its own and its result is dropped, as anyio's ``abandon_on_cancel`` did).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class Workers:
    """A bounded thread pool the event loop awaits with a deadline."""

    def __init__(self, max_threads: int) -> None:
        self._pool = ThreadPoolExecutor(max_threads, thread_name_prefix="lienthong-gateway")

    async def run(
        self,
        fn: Callable[[], T],
        *,
        timeout_s: float,
        may_expire: Callable[[], bool] | None = None,
    ) -> T:
        """``fn()`` in a worker thread; :class:`TimeoutError` once ``timeout_s`` has passed.

        At the deadline ``may_expire()`` (on the loop) can keep the caller waiting another
        ``timeout_s``: the gateway does so while the thread is writing the call's audit entry.
        """
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[T] = loop.create_future()

        def settle(done: Future[T]) -> None:  # on the event loop
            if waiter.done():  # timed out or cancelled: nobody wants the result any more
                return
            error = done.exception()
            if error is not None:
                waiter.set_exception(error)
            else:
                waiter.set_result(done.result())

        timer: asyncio.TimerHandle | None = None

        def expire() -> None:
            nonlocal timer
            if waiter.done():
                return
            if may_expire is not None and not may_expire():
                timer = loop.call_later(timeout_s, expire)
                return
            waiter.set_exception(TimeoutError())

        self._pool.submit(fn).add_done_callback(lambda f: loop.call_soon_threadsafe(settle, f))
        timer = loop.call_later(timeout_s, expire)
        try:
            return await waiter
        finally:
            if timer is not None:
                timer.cancel()

    def close(self) -> None:
        """Stop taking work; threads still running finish on their own."""
        self._pool.shutdown(wait=False)
