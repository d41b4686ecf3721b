"""A tiny pool of DBAPI connections.

The gateway calls ``fetch`` hundreds of times a second; opening a connection each time would
cost more than the query. SQLAlchemy's pool does more than we need (events, pre-ping
round-trips, reset-on-return), so a connector keeps its own LIFO stack of idle connections:
checking one out is a ``deque.pop``. A connector whose source can be replaced under it (a
SQLite file swapped for a new one) passes ``stale`` so idle connections to the old source are
dropped at checkout instead of serving it forever.
"""

from __future__ import annotations

import threading
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
    ) -> None:
        self._factory = factory
        self._stale = stale
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
                return self._factory()
            if self._stale is None or not self._stale(conn):
                return conn
            self.discard(conn)

    def release(self, conn: C) -> None:
        if self._closed or len(self._idle) >= self._max_idle:
            self.discard(conn)
        else:
            self._idle.append(conn)

    @staticmethod
    def discard(conn: C) -> None:
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
