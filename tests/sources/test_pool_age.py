"""Pooled connections are recycled once they reach their maximum age (hardening issue, item 10).

The SQLite connector already notices a replaced file; a server database that failed over or
moved gives no such sign, so every pooled connection is also bounded in age.
"""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from lienthong.sources._pool import Pool
from lienthong.sources._postgres import PostgresConnector
from lienthong.sources._sqlbase import MAX_CONNECTION_AGE_S


class Conn:
    opened = 0

    def __init__(self) -> None:
        Conn.opened += 1
        self.closed = False

    def close(self) -> None:
        self.closed = True


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def test_an_idle_connection_past_its_age_is_closed_and_replaced() -> None:
    clock = Clock()
    pool: Pool[Conn] = Pool(Conn, max_age_s=60, clock=clock)
    first = pool.acquire()
    pool.release(first)
    clock.now = 59.0
    assert pool.acquire() is first  # young enough: reused
    pool.release(first)
    clock.now = 60.0
    second = pool.acquire()
    assert second is not first and first.closed
    pool.release(second)
    clock.now = 100.0
    assert pool.acquire() is second  # its age counts from when it was opened


def test_without_a_maximum_age_connections_live_on() -> None:
    clock = Clock()
    pool: Pool[Conn] = Pool(Conn, clock=clock)
    conn = pool.acquire()
    pool.release(conn)
    clock.now = 1e9
    assert pool.acquire() is conn


def test_the_sql_connectors_bound_the_age() -> None:
    assert 0 < MAX_CONNECTION_AGE_S <= 3600


@pytest.mark.integration
def test_a_postgres_source_gets_a_new_backend_after_the_age(pg_url: str) -> None:
    connector = PostgresConnector(make_url(pg_url))
    try:
        pid = "SELECT pg_backend_pid() AS pid"
        first = connector.fetch(pid, {})
        assert connector.fetch(pid, {}) == first  # pooled: the same server process
        connector._pool.max_age_s = 0.0  # every connection is now too old
        assert connector.fetch(pid, {}) != first
    finally:
        connector.close()
