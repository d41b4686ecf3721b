"""Group commit: many concurrent requests, one transaction per batch, nobody answered early.

``await writer.write(event)`` queues the event and returns its :class:`AuditRecord` only after
the transaction holding it has committed, so the gateway can send its response knowing the
entry is durable. One background task runs the commits (in a worker thread, the event loop keeps
serving); while one commit runs, newly arriving events gather into the next batch. Under load a
batch holds many events and costs one lock, one fsync; at low load it holds one and adds nothing.
A failed commit fails every ``write`` of its batch with the same error — no entry was written.
When no event arrives for the log's checkpoint interval, the writer seals the tail, so the last
entries are never left unsigned for long.
"""

from __future__ import annotations

import asyncio
from types import TracebackType

from lienthong.audit._events import AuditEvent
from lienthong.audit._log import AuditLog
from lienthong.audit._records import AuditRecord
from lienthong.errors import ConflictError, LienthongError

_Pending = tuple[AuditEvent, "asyncio.Future[AuditRecord]"]


class AuditWriter:
    """An asyncio group-commit front for :class:`AuditLog` (one per process and event loop)."""

    def __init__(
        self, log: AuditLog, *, max_batch: int = 1000, idle_seal_s: float | None = None
    ) -> None:
        self.log = log
        self.max_batch = max_batch
        self.idle_seal_s = idle_seal_s or log.checkpoint_interval_s
        self._queue: asyncio.Queue[_Pending | None] | None = None
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self.batches = 0
        self.written = 0

    async def start(self) -> None:
        """Start the commit task on the running loop (``write`` does it on first use)."""
        if self._task is None and not self._closing:
            self._queue = asyncio.Queue()
            self._task = asyncio.create_task(self._run(), name="audit-group-commit")

    async def write(self, event: AuditEvent) -> AuditRecord:
        """Append ``event``; returns once its batch has committed (raises if that failed)."""
        if self._task is None:
            await self.start()
        if self._closing or self._task is None or self._task.done() or self._queue is None:
            raise ConflictError("The audit writer is closed; no entry was written.")
        future: asyncio.Future[AuditRecord] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((event, future))
        return await future

    async def close(self) -> None:
        """Commit what is queued, then stop; later ``write`` calls are refused."""
        self._closing = True
        if self._task is None or self._queue is None or self._task.done():
            return
        self._queue.put_nowait(None)
        await self._task
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

    async def _run(self) -> None:
        assert self._queue is not None
        queue = self._queue
        closing = False
        while not closing:
            try:
                item = await asyncio.wait_for(queue.get(), self.idle_seal_s)
            except TimeoutError:
                await self._seal()  # idle: seal the tail so "every T seconds" holds
                continue
            if item is None:
                break
            batch = [item]
            while len(batch) < self.max_batch and not queue.empty():
                nxt = queue.get_nowait()
                if nxt is None:
                    closing = True
                    break
                batch.append(nxt)
            await self._commit(batch)

    async def _seal(self) -> None:
        try:
            await asyncio.to_thread(self.log.checkpoint)
        except LienthongError:
            return  # store down: the next append (or idle tick) seals instead

    async def _commit(self, batch: list[_Pending]) -> None:
        try:
            records = await asyncio.to_thread(self.log.append_many, [e for e, _ in batch])
        except Exception as exc:  # noqa: BLE001 — every waiter gets the failure, loop goes on
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        self.batches += 1
        self.written += len(records)
        for (_, future), record in zip(batch, records, strict=True):
            if not future.done():
                future.set_result(record)
