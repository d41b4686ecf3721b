"""Group commit: many concurrent requests, one transaction per batch, nobody answered early.

Two doors lead to the same batches. ``await writer.write(event)`` (asyncio) returns the
entry's :class:`AuditRecord` only after the transaction holding it has committed;
``writer.submit(event, callback)`` (for worker threads) returns at once and calls
``callback(record, error)`` once that transaction has committed or failed. Either way a caller
can answer knowing the entry is durable.

Batches form by *leader/follower*, as in database group commit: whoever arrives while no
commit runs leads and commits everything waiting; whoever arrives during a commit is carried by
the next one, which the writer's commit thread runs. A gateway worker thread that is first in
line therefore commits in the thread it already runs in (at low load a hand-off to another
thread costs more than the commit); under load it just queues its entry and takes its next
call, and a batch holds many entries for one lock and one fsync. A failed commit fails every
caller of its batch with the same error: no entry was written. When nothing is written for the
log's checkpoint interval, the writer seals the tail, so the last entries are never left
unsigned for long.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from bisect import bisect_left
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from itertools import accumulate
from types import TracebackType

from lienthong.audit._events import AuditEvent
from lienthong.audit._log import AuditLog
from lienthong.audit._records import AuditRecord
from lienthong.errors import ConflictError, LienthongError

#: Told, in the committing thread, how an entry submitted with ``submit`` ended.
Committed = Callable[[AuditRecord | None, BaseException | None], None]


#: Upper bounds (seconds) of the commit-latency histogram: one fsync'd batch, up to a stalled store.
COMMIT_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class CommitStats:
    """Batch commits so far: a latency histogram and the failures.

    Updated under the writer's mutex by whoever commits (one increment per batch); plain
    integers, so the hot path does not depend on a metrics library. :meth:`cumulative` gives
    the buckets in Prometheus' shape at scrape time.
    """

    __slots__ = ("committed", "failed", "last_failure_ts", "per_bucket", "sum_s")

    def __init__(self) -> None:
        self.per_bucket = [0] * (len(COMMIT_BUCKETS) + 1)  # the last one: over every bound
        self.committed = 0
        self.failed = 0
        self.sum_s = 0.0
        self.last_failure_ts: float | None = None

    def observe(self, seconds: float, *, failed: bool) -> None:
        if failed:
            self.failed += 1
            self.last_failure_ts = time.time()
        else:
            self.committed += 1
        self.sum_s += seconds
        self.per_bucket[bisect_left(COMMIT_BUCKETS, seconds)] += 1

    @property
    def count(self) -> int:
        return self.committed + self.failed

    def cumulative(self) -> list[int]:
        """Commits at or under each bound of :data:`COMMIT_BUCKETS`, then all of them."""
        return list(accumulate(self.per_bucket))


class _Slot:
    """One event waiting for its batch: ``future`` is set for asyncio callers, ``callback`` for
    ``submit`` callers."""

    __slots__ = ("callback", "event", "future", "loop")

    def __init__(
        self,
        event: AuditEvent,
        future: asyncio.Future[AuditRecord] | None = None,
        loop: asyncio.AbstractEventLoop | None = None,
        callback: Committed | None = None,
    ) -> None:
        self.event = event
        self.future = future
        self.loop = loop
        self.callback = callback

    def settle(self, record: AuditRecord | None, error: BaseException | None) -> None:
        if self.callback is not None:
            self.callback(record, error)
        elif self.future is not None and self.loop is not None:
            self.loop.call_soon_threadsafe(_resolve, self.future, record, error)


def _resolve(
    future: asyncio.Future[AuditRecord], record: AuditRecord | None, error: BaseException | None
) -> None:  # on the caller's event loop
    if future.done():  # the caller stopped waiting
        return
    if error is not None:
        future.set_exception(error)
    else:
        assert record is not None
        future.set_result(record)


class AuditWriter:
    """A group-commit front for :class:`AuditLog`, shared by threads and one event loop.

    Invariant: while anything waits in ``_pending``, exactly one party holds the lead
    (``_leading``): the submitting thread committing its own batch, or the commit thread.
    """

    def __init__(
        self, log: AuditLog, *, max_batch: int = 1000, idle_seal_s: float | None = None
    ) -> None:
        self.log = log
        self.max_batch = max(1, max_batch)
        self.idle_seal_s = idle_seal_s or log.checkpoint_interval_s
        self._mutex = threading.Lock()
        self._idle = threading.Condition(self._mutex)  # notified when the lead is laid down
        self._pending: deque[_Slot] = deque()
        self._leading = False
        self._closing = False
        self._committer = ThreadPoolExecutor(1, thread_name_prefix="audit-commit")
        self._sealer: asyncio.Task[None] | None = None
        self._last_write = time.monotonic()
        self.batches = 0
        self.written = 0
        #: what operators watch (``audit/_metrics.py`` reads it at scrape time)
        self.commits = CommitStats()

    # -- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the idle sealer on the running loop (``write`` does it on first use)."""
        if self._sealer is None and not self._closing:
            self._sealer = asyncio.create_task(self._seal_when_idle(), name="audit-idle-seal")

    async def close(self) -> None:
        """Commit what is waiting, then stop; later calls are refused."""
        with self._mutex:
            if self._closing:
                return
            self._closing = True
        if self._sealer is not None:
            self._sealer.cancel()
        await asyncio.to_thread(self._wait_idle)
        self._committer.shutdown(wait=True)
        self.log.close()

    async def __aenter__(self) -> AuditWriter:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- writing --------------------------------------------------------------------------------

    def submit(self, event: AuditEvent, callback: Committed) -> None:
        """Queue ``event`` without waiting for a commit already running: ``callback(record,
        error)`` runs in the committing thread once its batch has committed (or failed). When
        no commit runs, the calling thread commits the batch itself (at low load that saves a
        hand-off); otherwise it returns at once and the running commit's thread carries the
        entry in its next batch. Raises :class:`ConflictError` at once if the writer is
        closed."""
        if self._admit(_Slot(event, callback=callback)):
            self._drain()

    async def write(self, event: AuditEvent) -> AuditRecord:
        """Append ``event`` from the event loop; returns once its batch has committed."""
        if self._sealer is None:
            await self.start()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[AuditRecord] = loop.create_future()
        if self._admit(_Slot(event, future, loop)):
            # The commit thread leads, from the next loop iteration: callers arriving together
            # (a gather) share one batch.
            loop.call_soon(self._committer.submit, self._drain)
        return await future

    def _admit(self, slot: _Slot) -> bool:
        """Queue ``slot``; True when the caller now holds the lead (nobody was committing)."""
        with self._mutex:
            if self._closing:
                raise ConflictError("The audit writer is closed; no entry was written.")
            self._pending.append(slot)
            lead = not self._leading
            self._leading = True
        return lead

    # -- leading (only by the party holding the lead) -----------------------------------------

    def _commit_batch(self) -> None:
        """Commit one batch of what is waiting and settle its callers."""
        with self._mutex:
            count = min(len(self._pending), self.max_batch)
            batch = [self._pending.popleft() for _ in range(count)]
        if not batch:
            return
        started = time.perf_counter()
        try:
            records = self.log.append_many([slot.event for slot in batch])
        except Exception as exc:  # noqa: BLE001 — every caller of the batch gets the failure
            with self._mutex:
                self.commits.observe(time.perf_counter() - started, failed=True)
            for slot in batch:
                slot.settle(None, exc)
        else:
            with self._mutex:
                self.batches += 1
                self.written += len(records)
                self.commits.observe(time.perf_counter() - started, failed=False)
            for slot, record in zip(batch, records, strict=True):
                slot.settle(record, None)
        self._last_write = time.monotonic()

    def _pass_lead(self) -> None:
        """Lay the lead down, or hand it to the commit thread when entries still wait."""
        with self._mutex:
            if not self._pending:
                self._leading = False
                self._idle.notify_all()
                return
        self._committer.submit(self._drain)

    def _drain(self) -> None:
        """Holding the lead (a submitter, or the commit thread): commit one batch, pass on."""
        self._commit_batch()
        self._pass_lead()

    @property
    def queue_depth(self) -> int:
        """Entries waiting for a commit now (their callers have not been answered yet)."""
        return len(self._pending)

    def _wait_idle(self) -> None:
        with self._mutex:
            while self._leading:
                self._idle.wait()

    # -- sealing --------------------------------------------------------------------------------

    async def _seal_when_idle(self) -> None:
        while True:
            idle_for = time.monotonic() - self._last_write
            if idle_for < self.idle_seal_s:
                await asyncio.sleep(self.idle_seal_s - idle_for)
                continue
            # Store down: the next append (or idle tick) seals instead.
            with contextlib.suppress(LienthongError):
                await asyncio.to_thread(self.log.checkpoint)
            self._last_write = time.monotonic()
