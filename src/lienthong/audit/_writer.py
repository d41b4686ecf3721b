"""Group commit: many concurrent requests, one transaction per batch, nobody answered early.

Two doors lead to the same batches. ``writer.append(event)`` (blocking, for worker threads)
and ``await writer.write(event)`` (asyncio) both return the entry's :class:`AuditRecord` only
after the transaction holding it has committed, so a caller can answer knowing the entry is
durable.

Batches form by *leader/follower*, as in database group commit: whoever arrives while no
commit runs becomes the leader and commits everything waiting; whoever arrives during a commit
waits and is carried by the next one. A gateway worker thread that is first in line therefore
commits its own entry in the thread it already runs in: no hand-off to a queue, a task and a
commit thread and back (at low load those wake-ups cost more CPU than the commit). Under load
a batch holds many entries and costs one lock, one fsync. Each waiting thread sleeps on its own
lock: a commit wakes exactly the threads it carried, and hands the lead to one waiting thread
(waking them all to race for it cost more than the commit). Async callers are carried by a
waiting thread's batch or, when no thread waits, by one commit thread the writer keeps.
A failed commit fails every caller of its batch with the same error: no entry was written.
When nothing is written for the log's checkpoint interval, the writer seals the tail, so the
last entries are never left unsigned for long.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType

from lienthong.audit._events import AuditEvent
from lienthong.audit._log import AuditLog
from lienthong.audit._records import AuditRecord
from lienthong.errors import ConflictError, LienthongError

#: Told, in the committing thread, how an entry submitted with ``submit`` ended.
Committed = Callable[[AuditRecord | None, BaseException | None], None]


class _Slot:
    """One event waiting for its batch: ``future`` is set for asyncio callers, ``callback`` for
    ``submit`` callers, ``wake`` (held until released by a leader) for a waiting thread."""

    __slots__ = ("callback", "error", "event", "future", "loop", "record", "settled", "wake")

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
        self.record: AuditRecord | None = None
        self.error: BaseException | None = None
        self.settled = False
        self.wake: threading.Lock | None = None
        if future is None and callback is None:
            self.wake = threading.Lock()
            self.wake.acquire()

    def settle(self, record: AuditRecord | None, error: BaseException | None) -> None:
        self.record, self.error, self.settled = record, error, True
        if self.wake is not None:
            self.wake.release()
        elif self.callback is not None:
            self.callback(record, error)
        elif self.future is not None and self.loop is not None:
            self.loop.call_soon_threadsafe(self._resolve)

    def _resolve(self) -> None:  # on the caller's event loop
        future = self.future
        if future is None or future.done():  # the caller stopped waiting
            return
        if self.error is not None:
            future.set_exception(self.error)
        else:
            future.set_result(self.record)  # type: ignore[arg-type]

    def outcome(self) -> AuditRecord:
        if self.error is not None:
            raise self.error
        assert self.record is not None
        return self.record


class AuditWriter:
    """A group-commit front for :class:`AuditLog`, shared by threads and one event loop.

    Invariant: while anything waits in ``_pending``, exactly one party holds the lead
    (``_leading``): a thread committing, a thread being handed the lead, or the commit thread.
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

    def append(self, event: AuditEvent) -> AuditRecord:
        """Append ``event`` from a worker thread; returns once its batch has committed.

        The calling thread commits the batch itself when no other commit is running.
        """
        slot = _Slot(event)
        assert slot.wake is not None
        with self._mutex:
            self._admit(slot)
            lead = not self._leading
            self._leading = True
        if not lead:
            slot.wake.acquire()  # carried by a commit, or handed the lead
            if slot.settled:
                return slot.outcome()
        while not slot.settled:
            self._commit_batch()
        self._pass_lead()
        return slot.outcome()

    def submit(self, event: AuditEvent, callback: Committed) -> None:
        """Queue ``event`` without waiting for a commit already running: ``callback(record,
        error)`` runs in the committing thread once its batch has committed (or failed). When
        no commit runs, the calling thread commits the batch itself (at low load that saves a
        hand-off); otherwise it returns at once and the running commit's thread carries the
        entry in its next batch. Raises :class:`ConflictError` at once if the writer is
        closed."""
        slot = _Slot(event, callback=callback)
        with self._mutex:
            self._admit(slot)
            lead = not self._leading
            self._leading = True
        if lead:  # nobody commits now (low load): commit here, no hand-off to another thread
            self._drain()

    async def write(self, event: AuditEvent) -> AuditRecord:
        """Append ``event`` from the event loop; returns once its batch has committed."""
        if self._sealer is None:
            await self.start()
        loop = asyncio.get_running_loop()
        slot = _Slot(event, loop.create_future(), loop)
        assert slot.future is not None
        with self._mutex:
            self._admit(slot)
            lead = not self._leading
            self._leading = True
        if lead:
            # The commit thread leads, from the next loop iteration: callers arriving together
            # (a gather) share one batch.
            loop.call_soon(self._committer.submit, self._drain)
        return await slot.future

    def _admit(self, slot: _Slot) -> None:
        if self._closing:
            raise ConflictError("The audit writer is closed; no entry was written.")
        self._pending.append(slot)

    # -- leading (only by the party holding the lead) -----------------------------------------

    def _commit_batch(self) -> None:
        """Commit one batch of what is waiting and settle its callers."""
        with self._mutex:
            count = min(len(self._pending), self.max_batch)
            batch = [self._pending.popleft() for _ in range(count)]
        if not batch:
            return
        try:
            records = self.log.append_many([slot.event for slot in batch])
        except Exception as exc:  # noqa: BLE001 — every caller of the batch gets the failure
            for slot in batch:
                slot.settle(None, exc)
        else:
            with self._mutex:
                self.batches += 1
                self.written += len(records)
            for slot, record in zip(batch, records, strict=True):
                slot.settle(record, None)
        self._last_write = time.monotonic()

    def _pass_lead(self) -> None:
        """Lay the lead down, or hand it to one waiting thread, or to the commit thread."""
        with self._mutex:
            if not self._pending:
                self._leading = False
                self._idle.notify_all()
                return
            heir = next((slot for slot in self._pending if slot.wake is not None), None)
        if heir is not None:
            assert heir.wake is not None
            heir.wake.release()  # it wakes unsettled: it leads next
        else:
            self._committer.submit(self._drain)  # only asyncio / submit callers are waiting

    def _drain(self) -> None:
        """In the commit thread, holding the lead: commit one batch, then pass the lead on."""
        self._commit_batch()
        self._pass_lead()

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
