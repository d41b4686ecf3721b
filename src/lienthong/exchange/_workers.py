"""The gateway's worker threads: one hop per call, with a deadline, and cheap.

``anyio.fail_after`` around ``anyio.to_thread.run_sync`` (a cancel scope, a capacity limiter, a
context copy) cost more CPU per call than the whole release decision under py-spy, and so did
``ThreadPoolExecutor`` (a ``concurrent.futures.Future`` with its condition variable, a work
item, a done-callback and two result reads per call). Here a call is one tuple on a
``SimpleQueue``; the thread settles the caller's asyncio future through
``call_soon_threadsafe``, and one timer on the loop keeps the deadline. The guarantees are the
same: at most ``max_threads`` calls in flight (threads start on demand up to that bound), and a
caller that stops waiting after ``timeout_s`` (the thread finishes on its own and its result is
dropped, as anyio's ``abandon_on_cancel`` did).
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_Job = tuple[Callable[[], Any], asyncio.AbstractEventLoop, "asyncio.Future[Any]"]


def _settle(waiter: asyncio.Future[Any], ok: bool, value: Any) -> None:  # on the loop
    if waiter.done():  # timed out or cancelled: nobody wants the result any more
        return
    if ok:
        waiter.set_result(value)
    else:
        waiter.set_exception(value)


class Workers:
    """A bounded pool of threads the event loop awaits with a deadline."""

    def __init__(self, max_threads: int) -> None:
        self.max_threads = max(1, max_threads)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads = 0
        self._idle = 0  # threads waiting for a job (read racily; a spare start is harmless)
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
        ``timeout_s``: the gateway does so while the thread is writing the call's audit entry.
        """
        if self._closed:
            raise RuntimeError("the worker pool is closed")
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[T] = loop.create_future()
        timer: asyncio.TimerHandle | None = None

        def expire() -> None:
            nonlocal timer
            if waiter.done():
                return
            if may_expire is not None and not may_expire():
                timer = loop.call_later(timeout_s, expire)
                return
            waiter.set_exception(TimeoutError())

        self._jobs.put((fn, loop, waiter))
        if self._threads < self.max_threads and self._idle < self._jobs.qsize():
            self._start_thread()  # more jobs waiting than idle threads to take them
        timer = loop.call_later(timeout_s, expire)
        try:
            return await waiter
        finally:
            timer.cancel()

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
            if job is None:
                return
            fn, loop, waiter = job
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001 — handed to the caller
                ok, value = False, exc
            else:
                ok, value = True, result
            with contextlib.suppress(RuntimeError):  # a closed loop: nobody is waiting
                loop.call_soon_threadsafe(_settle, waiter, ok, value)
            del job, fn, waiter, value

    def close(self) -> None:
        """Stop taking work; threads still running finish their call, then exit."""
        self._closed = True
        for _ in range(self._threads):
            self._jobs.put(None)
