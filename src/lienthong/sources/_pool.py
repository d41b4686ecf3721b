"""A tiny pool of DBAPI connections.

The gateway calls ``fetch`` hundreds of times a second; opening a connection each time would
cost more than the query. SQLAlchemy's pool does more than we need (events, pre-ping
round-trips, reset-on-return), so a connector keeps its own LIFO stack of idle connections:
checking one out is a ``deque.pop``.
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

    def __init__(self, factory: Callable[[], C], *, max_idle: int = 16) -> None:
        self._factory = factory
        self._max_idle = max_idle
        self._idle: deque[C] = deque()
        self._closed = False
        self._lock = threading.Lock()

    @contextmanager
    def connection(self) -> Iterator[C]:
        try:
            conn = self._idle.pop()
        except IndexError:
            conn = self._factory()
        try:
            yield conn
        except BaseException:
            with suppress(Exception):
                conn.close()
            raise
        if self._closed or len(self._idle) >= self._max_idle:
            with suppress(Exception):
                conn.close()
        else:
            self._idle.append(conn)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            while self._idle:
                with suppress(Exception):
                    self._idle.pop().close()
