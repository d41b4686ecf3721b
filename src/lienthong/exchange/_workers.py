"""The gateway's worker threads: one hop per call, with a deadline, and cheap.

``anyio.fail_after`` around ``anyio.to_thread.run_sync`` (a cancel scope, a capacity limiter, a
context copy) cost more CPU per call than the whole release decision under py-spy, and so did
``ThreadPoolExecutor`` (a ``concurrent.futures.Future`` with its condition variable, a work
item, a done-callback and two result reads per call). Here a call is one tuple on a
``SimpleQueue``; the thread settles the caller's asyncio future through
``call_soon_threadsafe``, and one timer on the loop keeps the deadline. The guarantees are the
same: at most ``max_threads`` calls in flight, and a caller that stops waiting after
``timeout_s`` (the thread finishes on its own and its result is dropped, as anyio's
``abandon_on_cancel`` did). Threads start on demand: a few at once, more only when the running
ones are stuck on slow calls (every runnable thread contends for the GIL, so a pool of dozens
serving quick calls spends more CPU switching than working).
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

T = TypeVar("T")

_Job = tuple[Callable[..., Any], asyncio.AbstractEventLoop, "asyncio.Future[Any]", bool]
#: How deferred work reports its outcome, from any thread: ``done(ok, value_or_exception)``.
Done = Callable[[bool, Any], None]


def _settle(waiter: asyncio.Future[Any], ok: bool, value: Any) -> None:  # on the loop
    if waiter.done():  # timed out or cancelled: nobody wants the result any more
        return
    if ok:
        waiter.set_result(value)
    else:
        waiter.set_exception(value)


def _report(
    loop: asyncio.AbstractEventLoop, waiter: asyncio.Future[Any], ok: bool, value: Any
) -> None:  # any thread
    with contextlib.suppress(RuntimeError):  # a closed loop: nobody is waiting
        loop.call_soon_threadsafe(_settle, waiter, ok, value)


class Workers:
    """A bounded pool of threads the event loop awaits with a deadline."""

    def __init__(self, max_threads: int, *, core_threads: int = 4, stall_s: float = 0.05) -> None:
        self.max_threads = max(1, max_threads)
        self.core_threads = max(1, min(core_threads, self.max_threads))
        self.stall_s = stall_s
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads = 0
        self._idle = 0  # threads waiting for a job (read racily; a spare start is harmless)
        self._last_take = time.monotonic()  # when a thread last took a job
        self._watching = False  # a stall check is scheduled on the loop
        self._closed = False

    async def run(
        self,
        fn: Callable[[], T],
        *,
        timeout_s: float,
        may_expire: Callable[[], bool] | None = None,
    ) -> T:
        """``fn()`` in a worker thread; :class:`TimeoutError` once ``timeout_s`` has passed.

        At the deadline ``may_expire()`` (on the loop) can keep the caller waiting another
        ``timeout_s``: the gateway does so while the call's audit entry is being written.
        """
        return await self._run(fn, False, timeout_s, may_expire)  # type: ignore[no-any-return]

    async def run_deferred(
        self,
        fn: Callable[[Done], None],
        *,
        timeout_s: float,
        may_expire: Callable[[], bool] | None = None,
    ) -> Any:
        """As :meth:`run`, but ``fn(done)`` may finish after it returns: the caller gets what
        ``done(ok, value)`` reports, from whichever thread calls it. The worker thread is free
        as soon as ``fn`` returns (the gateway hands the rest of a call to the audit writer)."""
        return await self._run(fn, True, timeout_s, may_expire)

    async def _run(
        self,
        fn: Callable[..., Any],
        deferred: bool,
        timeout_s: float,
        may_expire: Callable[[], bool] | None,
    ) -> Any:
        if self._closed:
            raise RuntimeError("the worker pool is closed")
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[Any] = loop.create_future()
        timer: asyncio.TimerHandle | None = None

        def expire() -> None:
            nonlocal timer
            if waiter.done():
                return
            if may_expire is not None and not may_expire():
                timer = loop.call_later(timeout_s, expire)
                return
            waiter.set_exception(TimeoutError())

        self._jobs.put((fn, loop, waiter, deferred))
        if self._threads < self.max_threads and self._idle < self._jobs.qsize():
            # More jobs waiting than idle threads. Up to ``core_threads`` a thread starts at
            # once; beyond, only when no thread has taken a job for ``stall_s`` (they are all
            # stuck on slow databases): quick calls are served best by a few threads, as every
            # extra runnable thread contends for the GIL. ``stall_s`` is well above the GIL's
            # 5 ms switch interval, which alone can keep busy threads from taking a job.
            stalled = time.monotonic() - self._last_take > self.stall_s
            if self._threads < self.core_threads or stalled:
                self._start_thread()
            elif not self._watching:  # look again in stall_s, even if no call comes meanwhile
                self._watching = True
                loop.call_later(self.stall_s, self._watch)
        timer = loop.call_later(timeout_s, expire)
        try:
            return await waiter
        finally:
            timer.cancel()

    def _watch(self) -> None:  # on the loop
        """Jobs still wait and no thread took one for ``stall_s``: add a thread, look again."""
        self._watching = False
        if self._closed or self._jobs.qsize() <= self._idle or self._threads >= self.max_threads:
            return
        if time.monotonic() - self._last_take > self.stall_s:
            self._start_thread()
        self._watching = True
        asyncio.get_running_loop().call_later(self.stall_s, self._watch)

    def _start_thread(self) -> None:
        with self._lock:
            if self._threads >= self.max_threads:
                return
            self._threads += 1
            name = f"lienthong-gateway_{self._threads}"
        threading.Thread(target=self._work, name=name, daemon=True).start()

    def _work(self) -> None:
        jobs = self._jobs
        while True:
            with self._lock:
                self._idle += 1
            job = jobs.get()
            with self._lock:
                self._idle -= 1
            self._last_take = time.monotonic()
            if job is None:
                return
            fn, loop, waiter, deferred = job
            done = partial(_report, loop, waiter)
            try:
                result = fn(done) if deferred else fn()
            except BaseException as exc:  # noqa: BLE001 — handed to the caller
                done(False, exc)
            else:
                if not deferred:
                    done(True, result)
            del job, fn, waiter, done

    def close(self) -> None:
        """Stop taking work; threads still running finish their call, then exit."""
        self._closed = True
        for _ in range(self._threads):
            self._jobs.put(None)
