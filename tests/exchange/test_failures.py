"""When things break: a slow provider gives 504, a missing one 503 (both with Retry-After and an
audit entry), and when the audit log cannot take the entry, no data leaves at all."""

from __future__ import annotations

import dataclasses
import time

import httpx
import pytest
from gateway_world import PURPOSE, World, population_service

pytestmark = pytest.mark.anyio

CCCD = "079090000001"
URL = "/v1/services/CA-HCM/cong-dan/v1"

#: Counts to 10^9 inside SQLite: far longer than any timeout here.
SLOW_QUERY = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000)"
    " SELECT :cccd AS so_dinh_danh, count(*) AS ho_ten FROM n"
)


async def test_a_slow_provider_gives_504_within_the_timeout(
    world: World, client: httpx.AsyncClient
) -> None:
    world.consent(CCCD)
    slow = dataclasses.replace(population_service(), query=SLOW_QUERY)
    world.catalog._services[slow.ref] = slow
    world.app.state.exchange.gateway.timeout_s = 0.3
    started = time.perf_counter()
    response = await client.get(URL, params={"cccd": CCCD}, headers=world.headers())
    elapsed = time.perf_counter() - started
    assert response.status_code == 504, response.text
    assert elapsed < 5  # the timeout (plus a loaded machine), never a hang
    assert response.headers["retry-after"] == "2"
    assert "did not answer" in response.json()["detail"]
    entry = world.audit().for_subject(CCCD)[0]
    assert (entry.event, entry.status, entry.fields) == ("SERVICE_CALL_FAILED", 504, ())


async def test_a_call_past_the_gateways_own_deadline_is_audited_exactly_once(
    world: World, client: httpx.AsyncClient
) -> None:
    """The source ignores its timeout; the gateway gives up, answers 504 and audits that; the
    worker thread, finishing later, must not add a second (\"allowed\") entry for the call."""
    import asyncio

    from lienthong.exchange._gateway import GRACE_S

    world.consent(CCCD)
    gateway = world.app.state.exchange.gateway
    gateway.timeout_s = 0.1
    real_fetch = world.catalog.fetch

    def stuck_fetch(*args: object, **kwargs: object) -> object:
        time.sleep(GRACE_S + 0.5)
        return real_fetch(*args, **kwargs)  # type: ignore[arg-type]

    world.catalog.fetch = stuck_fetch  # type: ignore[method-assign]
    response = await client.get(URL, params={"cccd": CCCD}, headers=world.headers())
    assert response.status_code == 504, response.text
    await asyncio.sleep(1.0)  # the thread finishes its fetch meanwhile
    entries = world.audit().for_subject(CCCD)
    assert [(e.event, e.status) for e in entries] == [("SERVICE_CALL_FAILED", 504)]


async def test_a_missing_provider_database_gives_503(
    world: World, client: httpx.AsyncClient
) -> None:
    world.consent(CCCD)
    world.catalog._urls["population"] = str(world.home / "gone.db")
    response = await client.get(URL, params={"cccd": CCCD}, headers=world.headers())
    assert response.status_code == 503
    assert response.headers["retry-after"] == "2"
    assert world.audit().for_subject(CCCD)[0].event == "SERVICE_CALL_FAILED"


async def test_no_data_leaves_when_the_audit_log_cannot_record_the_call(
    world: World, client: httpx.AsyncClient
) -> None:
    world.consent(CCCD)
    writer = world.app.state.audit_writer
    await writer.start()
    await writer.close()  # a closed writer refuses every entry
    response = await client.get(URL, params={"cccd": CCCD}, headers=world.headers())
    assert response.status_code == 503
    assert "audit log" in response.json()["detail"]
    assert "Nguyễn" not in response.text
    assert PURPOSE not in response.text
