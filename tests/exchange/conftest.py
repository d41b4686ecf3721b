"""Fixtures of the gateway tests (the world itself is built in ``gateway_world``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from gateway_world import World, build_world, write_population

from lienthong.store import Store


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    db = write_population(tmp_path / "population.db")
    built = build_world(tmp_path, store, str(db))
    yield built
    built.catalog.close()
    store.close()


@pytest.fixture
async def client(world: World) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=world.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as http:
        yield http
    await world.app.state.audit_writer.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
