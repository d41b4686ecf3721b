"""A tiny pool of DBAPI connections.

The gateway calls ``fetch`` hundreds of times a second; opening a connection each time would
cost more than the query. SQLAlchemy's pool does more than we need (events, pre-ping
round-trips, reset-on-return), so a connector keeps its own LIFO stack of idle connections:
checking one out is a ``deque.pop``. A connector whose source can be replaced under it (a
SQLite file swapped for a new one) passes ``stale`` so idle connections to the old source are
dropped at checkout instead of serving it forever. Every connection is also recycled once it is
``max_age_s`` old: a server database that failed over, moved behind a new address or changed a
setting is reached afresh within that bound, whatever ``stale`` can or cannot see.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Generic, Protocol, TypeVar


class _Closeable(Protocol):
    def close(self) -> None: ...


C = TypeVar("C", bound=_Closeable)


class Pool(Generic[C]):
    """Idle connections kept for reuse; a connection that saw an error is thrown away."""

    def __init__(
        self,
        factory: Callable[[], C],
        *,
        max_idle: int = 16,
        stale: Callable[[C], bool] | None = None,
        max_age_s: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._factory = factory
        self._stale = stale
        #: Seconds a connection may live before it is recycled at checkout (None: forever).
        self.max_age_s = max_age_s
        self._clock = clock
        self._born: dict[int, float] = {}  # id(connection) -> when it was opened
        self._max_idle = max_idle
        self._idle: deque[C] = deque()
        self._closed = False
        self._lock = threading.Lock()

    def acquire(self) -> C:
        """An idle connection, or a new one; give it back with release() or discard()."""
        while True:
            try:
                conn = self._idle.pop()
            except IndexError:
                conn = self._factory()
                self._born[id(conn)] = self._clock()
                return conn
            if not self._too_old(conn) and (self._stale is None or not self._stale(conn)):
                return conn
            self.discard(conn)

    def _too_old(self, conn: C) -> bool:
        if self.max_age_s is None:
            return False
        born = self._born.get(id(conn))
        return born is not None and self._clock() - born >= self.max_age_s

    def release(self, conn: C) -> None:
        if self._closed or len(self._idle) >= self._max_idle:
            self.discard(conn)
        else:
            self._idle.append(conn)

    def discard(self, conn: C) -> None:
        self._born.pop(id(conn), None)
        with suppress(Exception):
            conn.close()

    @contextmanager
    def connection(self) -> Iterator[C]:
        """acquire/release as a ``with`` block (off the hot path)."""
        conn = self.acquire()
        try:
            yield conn
        except BaseException:
            self.discard(conn)
            raise
        self.release(conn)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            while self._idle:
                self.discard(self._idle.pop())
