"""/readyz reflects the store, the audit writer and the sources; /healthz stays liveness.

Regression for the hardening issue, item 9: with the store locked, calls got 503 ("the audit log
cannot record this call") while /readyz answered 200, because ``SELECT 1`` never touched the
database file.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "exchange"))
from gateway_world import World, build_world, write_population

from lienthong.store import Store

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    built = build_world(tmp_path, store, str(write_population(tmp_path / "population.db")))
    built.app.state.readiness.ttl_s = 0  # every probe looks again
    yield built
    built.catalog.close()
    store.close()


@pytest.fixture
async def http(world: World) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=world.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        yield client
    await world.app.state.audit_writer.close()


async def test_ready_names_every_component_it_checked(http: httpx.AsyncClient) -> None:
    response = await http.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ready",
        "components": {"store": "ok", "audit": "ok", "source population": "ok"},
    }


async def test_a_locked_store_makes_the_platform_not_ready(
    world: World, http: httpx.AsyncClient, tmp_path: Path
) -> None:
    holder = sqlite3.connect(tmp_path / "platform.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        probed = await http.get("/readyz")  # before any call failed: the probe alone sees it
        assert probed.status_code == 503 and "locked" in probed.json()["detail"]
        call = await http.get(
            "/v1/services/CA-HCM/cong-dan/v1",
            params={"cccd": "079090000001"},
            headers=world.headers(),
        )
        assert call.status_code == 503  # the audit log cannot take the entry...
        ready = await http.get("/readyz")
        assert ready.status_code == 503  # ...and readiness says so
        assert ready.headers["content-type"] == "application/problem+json"
        problem = ready.json()
        assert [d["component"] for d in problem["down"]] == ["audit"]
        assert "audit" in problem["detail"] and problem["reason"] == "not-ready"
        assert (await http.get("/healthz")).status_code == 200  # liveness: still alive
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    world.app.state.audit_writer.failure = None  # as the next committed batch would
    assert (await http.get("/readyz")).status_code == 200


async def test_a_failed_audit_batch_is_not_ready_until_one_commits(
    world: World, http: httpx.AsyncClient
) -> None:
    world.app.state.audit_writer.failure = "disk I/O error"
    response = await http.get("/readyz")
    assert response.status_code == 503
    assert "disk I/O error" in response.json()["detail"]
    world.app.state.audit_writer.failure = None
    assert (await http.get("/readyz")).status_code == 200


async def test_a_source_that_is_gone_is_named(
    world: World, http: httpx.AsyncClient, tmp_path: Path
) -> None:
    world.catalog.close()  # drop the open connections: the file is read afresh
    (tmp_path / "population.db").rename(tmp_path / "moved.db")
    response = await http.get("/readyz")
    assert response.status_code == 503
    down = response.json()["down"]
    assert [d["component"] for d in down] == ["source population"]
    assert down[0]["detail"]


async def test_the_store_gone_is_named(world: World, http: httpx.AsyncClient) -> None:
    class Gone:
        dialect = "sqlite"

        def connect(self) -> None:
            raise RuntimeError("connection refused")

    world.app.state.readiness.store = Gone()
    response = await http.get("/readyz")
    assert response.status_code == 503
    assert {d["component"] for d in response.json()["down"]} == {"store", "audit"}
    assert "connection refused" in response.json()["detail"]


async def test_a_closed_writer_is_not_ready(world: World, http: httpx.AsyncClient) -> None:
    await world.app.state.audit_writer.close()
    response = await http.get("/readyz")
    assert response.status_code == 503
    assert "closed" in response.json()["detail"]


async def test_ready_on_each_store_kind(any_store: Store, tmp_path: Path) -> None:
    """The audit probe's lock wait is set per dialect (SQLite busy_timeout, PostgreSQL
    lock_timeout): both must answer ready on a healthy store and leave the connection usable."""
    from lienthong.config import Settings
    from lienthong.web import create_app

    app = create_app(Settings(home=tmp_path), any_store, json_logs=False)
    app.state.readiness.ttl_s = 0
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        for _ in range(3):  # the pooled connection comes back with the normal lock wait
            response = await client.get("/readyz")
            assert response.status_code == 200, response.text
            assert response.json()["components"] == {"store": "ok", "audit": "ok"}
    await app.state.audit_writer.close()


def test_sources_are_probed_at_once_not_one_after_another() -> None:
    """Readiness waits for the slowest source, not the sum: four sources that each take
    0.4 s to answer (or to time out) are all probed within about 0.4 s."""
    import time

    from lienthong.exchange._catalog import ping_sources

    class Slow:
        def __init__(self, name: str) -> None:
            self.name = name

        def fetch(self, sql: str, params: object, *, timeout_s: float) -> None:
            time.sleep(0.4)
            if self.name == "down":
                raise ConnectionError("connection refused\nsecond line")

    started = time.perf_counter()
    found = ping_sources(["a", "b", "down", "d"], Slow, timeout_s=1.0)
    elapsed = time.perf_counter() - started
    assert found == {"a": None, "b": None, "down": "connection refused", "d": None}
    assert list(found) == ["a", "b", "down", "d"]  # in the order asked
    assert elapsed < 1.2, elapsed  # one after another: 1.6 s
