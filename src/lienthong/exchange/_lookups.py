"""A few store connections kept open for the release decision's right and consent look-ups.

Checking a connection out of SQLAlchemy's pool for every call costs a ping, a reset and, once
more worker threads run than the pool keeps (64 against 5), a new connection (SQLite pragmas,
PostgreSQL handshake) that is closed again on return: profiling put that churn at a tenth of
the gateway's CPU. The gateway instead keeps at most ``size`` connections of its own and ends
each use with a rollback, so every decision still starts a fresh transaction and sees a consent
revoked a moment before (SQLite WAL reads a snapshot only inside a transaction).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from lienthong.store import Store


class LookupConnections:
    """At most ``size`` long-lived store connections, shared by the gateway's worker threads."""

    def __init__(self, store: Store, size: int) -> None:
        self._store = store
        self._slots = threading.BoundedSemaphore(max(1, size))
        self._idle: queue.LifoQueue[Connection] = queue.LifoQueue()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for one decision; blocks while ``size`` decisions hold one."""
        with self._slots:
            try:
                conn = self._idle.get_nowait()
            except queue.Empty:
                conn = self._store.engine.connect()
            try:
                yield conn
                # End the read transaction, SQLAlchemy's and the driver's (the consent look-up
                # runs on the driver's cursor): the next decision reads afresh.
                conn.rollback()
                conn.connection.dbapi_connection.rollback()  # type: ignore[union-attr]
            except BaseException as exc:
                # A broken connection (server restart) is dropped, not reused: the next
                # decision opens a new one through the pool, which pings it.
                if isinstance(exc, DBAPIError) and exc.connection_invalidated:
                    conn.invalidate()
                conn.close()
                raise
            self._idle.put(conn)

    def close(self) -> None:
        """Give every kept connection back to the store's pool."""
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
