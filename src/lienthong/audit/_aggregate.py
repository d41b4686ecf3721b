"""Refusals of unidentified callers, audited as one entry per source and window.

Every refusal is audited, but an entry is kept forever: 2,000 junk requests without a valid
identity must not become 2,000 permanent entries (an attacker could grow the log at will). The
first refusal of a kind (event type, HTTP status, source address) in a window is written at
once, with its reason, so an operator sees the attempt immediately; the repeats in that window
are counted and written as one entry when the window closes (``data.aggregated`` = how many,
``since`` / ``until``). The reason is not part of the kind: it may quote what the caller sent
(a key id, a claim), and varying it must not open a window per request.

Memory is bounded: past ``max_keys`` open windows, further refusals share one overflow key per
event type (``source`` = ``*``), so the count stays exact while the per-address detail is lost.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lienthong.audit._events import AuditEvent, EventType

__all__ = ["OVERFLOW_SOURCE", "RefusalAggregator"]

#: The ``source`` of refusals counted once the table of open windows is full.
OVERFLOW_SOURCE = "*"

_Key = tuple[EventType, int, str]


@dataclass
class _Window:
    opened: float
    first: AuditEvent
    source: str
    repeats: int = 0
    since: datetime | None = None
    until: datetime | None = None


class RefusalAggregator:
    """Write unidentified callers' refusals through ``write``, aggregated per window."""

    def __init__(
        self,
        write: Callable[[AuditEvent], Awaitable[Any]],
        *,
        window_s: float = 60.0,
        max_keys: int = 256,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._write = write
        self.window_s = window_s
        self.max_keys = max_keys
        self._clock = clock
        self._open: dict[_Key, _Window] = {}

    def __len__(self) -> int:
        return len(self._open)

    async def refused(self, event: AuditEvent, *, source: str | None) -> None:
        """Audit ``event`` (a refusal of a caller with no valid identity) from ``source``."""
        now = self._clock()
        address = source or "unknown"
        key: _Key = (event.event, event.status or 0, address)
        if key not in self._open and len(self._open) >= self.max_keys:
            address = OVERFLOW_SOURCE  # one more key per event type and status at most
            key = (event.event, event.status or 0, address)
        window = self._open.get(key)
        if window is not None and now - window.opened < self.window_s:
            window.repeats += 1
            window.since = window.since or event.time
            window.until = event.time
            return
        if window is not None:  # its window is over: write its count, open a new one
            del self._open[key]
            await self._flush(window)
        self._open[key] = _Window(opened=now, first=event, source=address)
        await self._write(_with(event, source=address))

    async def flush_due(self) -> int:
        """Write the count of every window that is over; how many entries were written."""
        now = self._clock()
        due = [k for k, w in self._open.items() if now - w.opened >= self.window_s]
        return await self._flush_keys(due)

    async def close(self) -> int:
        """Write every pending count (at shutdown)."""
        return await self._flush_keys(list(self._open))

    async def run(self) -> None:
        """Flush due windows forever (a background task of the app)."""
        while True:
            await asyncio.sleep(max(self.window_s / 2, 0.05))
            await self.flush_due()

    async def _flush_keys(self, keys: list[_Key]) -> int:
        written = 0
        for key in keys:
            window = self._open.pop(key, None)
            if window is not None and await self._flush(window):
                written += 1
        return written

    async def _flush(self, window: _Window) -> bool:
        if not window.repeats:
            return False
        assert window.since is not None and window.until is not None
        repeats = window.first.model_copy(
            update={"request_id": None, "latency_ms": None, "time": window.until}
        )
        await self._write(
            _with(
                repeats,
                source=window.source,
                aggregated=window.repeats,
                since=window.since.isoformat(),
                until=window.until.isoformat(),
                window_s=int(self.window_s),
            )
        )
        return True


def _with(event: AuditEvent, **data: Any) -> AuditEvent:
    """``event`` with ``data`` merged in (validated again: the values are bounded there)."""
    merged = {**event.data, **{k: v for k, v in data.items() if v is not None}}
    return AuditEvent.model_validate({**event.model_dump(), "data": merged})
