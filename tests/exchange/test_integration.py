"""The gateway over real servers: PostgreSQL and MariaDB provider databases registered in the
registry, a PostgreSQL platform store, and a provider database that goes away mid-load."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
from gateway_world import CONSUMER, GRANTED, World, build_world, register_population
from sqlalchemy import create_engine, text

from lienthong.store import Store

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

CCCD = "079090000001"
URL = "/v1/services/CA-HCM/cong-dan/v1"
PG_ADMIN = os.environ.get("LIENTHONG_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")


@asynccontextmanager
async def _serve(world: World) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=world.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as http:
        yield http
    await world.app.state.audit_writer.close()
    world.catalog.close()


@pytest.fixture(params=["postgresql", "mariadb"])
def source_url(request: pytest.FixtureRequest) -> str:
    fixture = "pg_url" if request.param == "postgresql" else "mariadb_url"
    url: str = request.getfixturevalue(fixture)
    return url


@pytest.fixture
def pg_world(tmp_path: Path, pg_url: str, source_url: str) -> Iterator[World]:
    """Platform store on PostgreSQL; the population register on PostgreSQL or MariaDB."""
    store = Store.open(pg_url)
    if source_url == pg_url:  # give the PostgreSQL source its own database
        source_url = pg_url.rsplit("/", 1)[0] + "/" + _create_pg_database()
    register_population(store, source_url)
    world = build_world(tmp_path, store)
    yield world
    store.close()


async def test_gateway_over_real_databases_and_a_postgres_store(pg_world: World) -> None:
    pg_world.consent(CCCD)
    async with _serve(pg_world) as http:
        response = await http.get(URL, params={"cccd": CCCD}, headers=pg_world.headers())
        assert response.status_code == 200, response.text
        assert response.json()["rows"] == [
            {"so_dinh_danh": CCCD, "ho_ten": "Nguyễn Văn An", "ngay_sinh": "1990-01-02"}
        ]
        refused = await http.get(URL, params={"cccd": "079190000002"}, headers=pg_world.headers())
        assert refused.json()["reason"] == "no-consent"
    assert pg_world.store.dialect == "postgresql"
    [entry] = pg_world.audit().for_subject(CCCD)
    assert (entry.client, entry.fields) == (CONSUMER, GRANTED)
    assert pg_world.audit().verify().ok


# the provider database goes away under load ---------------------------------------------------


def _create_pg_database() -> str:
    name = f"lt_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{PG_ADMIN}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return name


def _set_connections(name: str, *, allowed: bool) -> None:
    """Refuse (and cut) or allow again every connection to the database ``name``."""
    admin = create_engine(f"{PG_ADMIN}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(allowed).lower()}'))
        if not allowed:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
    admin.dispose()


@pytest.fixture
def fragile_world(tmp_path: Path, pg_url: str) -> Iterator[tuple[World, str]]:
    store = Store.open(pg_url)
    name = _create_pg_database()
    register_population(store, pg_url.rsplit("/", 1)[0] + "/" + name)
    world = build_world(tmp_path, store, timeout_s=2.0)
    yield world, name
    _set_connections(name, allowed=True)
    admin = create_engine(f"{PG_ADMIN}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
    store.close()


async def test_provider_killed_mid_load_gives_503_and_loses_no_audit_entry(
    fragile_world: tuple[World, str],
) -> None:
    world, database = fragile_world
    world.consent(CCCD)
    total, concurrency, kill_after = 240, 12, 80
    statuses: dict[str, tuple[int, str | None]] = {}
    done = 0
    killed = asyncio.Event()

    async with _serve(world) as http:

        async def worker(ids: list[str]) -> None:
            nonlocal done
            for rid in ids:
                headers = {**world.headers(), "X-Request-Id": rid}
                response = await http.get(URL, params={"cccd": CCCD}, headers=headers)
                statuses[rid] = (response.status_code, response.headers.get("retry-after"))
                done += 1
                if done == kill_after:
                    await asyncio.to_thread(_set_connections, database, allowed=False)
                    killed.set()

        ids = [f"load-{i:04d}" for i in range(total)]
        await asyncio.gather(*(worker(ids[i::concurrency]) for i in range(concurrency)))
        assert killed.is_set()
        codes = [code for code, _ in statuses.values()]
        assert set(codes) <= {200, 503}, sorted(set(codes))
        assert codes.count(200) >= kill_after - concurrency
        assert codes.count(503) >= (total - kill_after) // 2  # cutting takes a moment
        assert all(retry == "2" for code, retry in statuses.values() if code == 503)

        await asyncio.to_thread(_set_connections, database, allowed=True)
        recovered = await http.get(URL, params={"cccd": CCCD}, headers=world.headers())
        assert recovered.status_code == 200

    entries = {r.request_id: r for r in world.audit().records() if r.request_id in statuses}
    assert len(entries) == total  # every call, served or failed, is in the log
    for rid, (code, _) in statuses.items():
        expected = "SERVICE_CALL" if code == 200 else "SERVICE_CALL_FAILED"
        assert (entries[rid].event, entries[rid].status) == (expected, code)
    assert world.audit().verify().ok
