"""Refusals leave a trace, and junk cannot flood the log (hardening issue, item 5).

Before: POST /v1/consents refusals, /v1/me/access-log 401s and sync pull 404s were not audited;
``CONSENT_CHANGE_REFUSED``, ``ACCESS_LOG_VIEW_REFUSED`` and ``CONSENT_EXPIRED`` were never
emitted; 2,000 unauthenticated calls made 2,000 permanent entries, with no rate limit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from gateway_world import CONSUMER, PURPOSE, World, build_world, write_population

from lienthong.audit import AuditRecord
from lienthong.exchange import ConsentStatus
from lienthong.exchange._model import utcnow
from lienthong.store import Store

pytestmark = pytest.mark.anyio

CCCD = "079090000001"
URL = "/v1/services/CA-HCM/cong-dan/v1"
NO_LIMITS = {
    "rate_limit_per_client": 0,
    "rate_limit_per_address": 0,
    "auth_failures_per_address": 0,
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _world(tmp_path: Path, **options: object) -> Iterator[World]:
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    db = write_population(tmp_path / "population.db")
    built = build_world(tmp_path, store, str(db), **options)
    yield built
    built.catalog.close()
    store.close()


@pytest.fixture
def open_world(tmp_path: Path) -> Iterator[World]:
    """No rate limits: the audit side alone."""
    yield from _world(tmp_path, **NO_LIMITS)


@pytest.fixture
async def http(open_world: World) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=open_world.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        yield client
    await open_world.app.state.audit_writer.close()


def entries(world: World) -> list[AuditRecord]:
    return list(world.audit().records())


async def settle(world: World) -> None:
    """Write the refusal counts still open, as the app does at shutdown."""
    await world.app.state.exchange.gateway.refusals.close()


async def test_unauthenticated_calls_are_aggregated_not_one_entry_each(
    open_world: World, http: httpx.AsyncClient
) -> None:
    before = len(entries(open_world))
    junk = {"Authorization": "Bearer not-a-token", "X-Purpose": PURPOSE}
    for _ in range(300):
        response = await http.get(URL, params={"cccd": CCCD}, headers=junk)
        assert response.status_code == 401
    await settle(open_world)
    written = entries(open_world)[before:]
    assert [e.event for e in written] == ["SERVICE_CALL_REFUSED", "SERVICE_CALL_REFUSED"]
    first, repeats = written
    assert first.client == "anonymous" and first.data["source"] == "127.0.0.1"
    assert "aggregated" not in first.data
    assert repeats.data["aggregated"] == 299
    assert repeats.data["source"] == "127.0.0.1"
    assert str(repeats.data["since"]) <= str(repeats.data["until"])
    assert open_world.audit().verify().ok


async def test_consent_request_refusals_are_audited(
    open_world: World, http: httpx.AsyncClient
) -> None:
    body = {
        "subject": CCCD,
        "provider": "CA-HCM",
        "service": "cong-dan",
        "version": "v1",
        "purpose": "THONG-KE",  # no right for this purpose
        "fields": ["ho_ten"],
        "agreement_text": "Tôi đồng ý.",
    }
    refused = await http.post("/v1/consents", json=body, headers=open_world.headers())
    assert refused.status_code == 403
    anonymous = await http.post("/v1/consents", json=body)
    assert anonymous.status_code == 401
    await settle(open_world)
    found = [e for e in entries(open_world) if e.event == "CONSENT_CHANGE_REFUSED"]
    assert [(e.client, e.status, e.outcome) for e in found] == [
        (CONSUMER, 403, "denied"),
        ("anonymous", 401, "denied"),
    ]
    assert found[0].reason == "purpose-not-granted"
    assert found[0].data["action"] == "request" and found[0].purpose == "THONG-KE"
    assert found[1].subject_keys == ()  # an unidentified caller cannot write to a citizen's log
    # The citizen sees that a system asked for their data without the right to.
    token = (await http.post("/v1/dev/citizen-login", json={"cccd": CCCD})).json()["token"]
    log = await http.get("/v1/me/access-log", headers={"Authorization": f"Bearer {token}"})
    assert "CONSENT_CHANGE_REFUSED" in [e["event"] for e in log.json()["entries"]]


async def test_access_log_and_consent_change_refusals_are_audited(
    open_world: World, http: httpx.AsyncClient
) -> None:
    unknown = "00000000-0000-0000-0000-000000000000"
    assert (await http.get("/v1/me/access-log")).status_code == 401
    bad = {"Authorization": "Bearer forged"}
    assert (await http.get("/v1/me/access-log", headers=bad)).status_code == 401
    assert (await http.post(f"/v1/me/consents/{unknown}/approve")).status_code == 401
    token = (await http.post("/v1/dev/citizen-login", json={"cccd": CCCD})).json()["token"]
    citizen = {"Authorization": f"Bearer {token}"}
    revoked = open_world.consent(CCCD, status=ConsentStatus.ACTIVE)
    assert (await http.post(f"/v1/me/consents/{revoked}/revoke", headers=citizen)).is_success
    again = await http.post(f"/v1/me/consents/{revoked}/resume", headers=citizen)
    assert again.status_code == 409
    missing = await http.post(f"/v1/me/consents/{unknown}/pause", headers=citizen)
    assert missing.status_code == 404
    await settle(open_world)
    found = entries(open_world)
    views = [e for e in found if e.event == "ACCESS_LOG_VIEW_REFUSED"]
    # Two 401s from one address in one window: the first, then one entry counting the other.
    assert [(e.status, e.data.get("aggregated")) for e in views] == [(401, None), (401, 1)]
    changes = [e for e in found if e.event == "CONSENT_CHANGE_REFUSED"]
    assert [(e.client, e.status, e.data["action"]) for e in changes] == [
        ("anonymous", 401, "approve"),
        ("citizen-portal-dev", 409, "resume"),
        ("citizen-portal-dev", 404, "pause"),
    ]
    log = (await http.get("/v1/me/access-log", headers=citizen)).json()["entries"]
    assert [e["event"] for e in log][:3] == [
        "CONSENT_CHANGE_REFUSED",
        "CONSENT_CHANGE_REFUSED",
        "CONSENT_REVOKED",
    ]


async def test_a_consent_past_its_end_is_marked_expired_and_audited_once(
    open_world: World, http: httpx.AsyncClient
) -> None:
    now = utcnow()
    consent = open_world.consent(
        CCCD, valid_from=now - timedelta(days=2), valid_until=now - timedelta(days=1)
    )
    token = (await http.post("/v1/dev/citizen-login", json={"cccd": CCCD})).json()["token"]
    citizen = {"Authorization": f"Bearer {token}"}
    mine = (await http.get("/v1/me/consents", headers=citizen)).json()
    assert [(c["id"], c["status"]) for c in mine] == [(consent, "EXPIRED")]
    await http.get("/v1/me/consents", headers=citizen)
    assert await open_world.app.state.exchange.expire_consents() == 0  # the sweep: done already
    expired = [e for e in entries(open_world) if e.event == "CONSENT_EXPIRED"]
    assert len(expired) == 1 and expired[0].data["consent_id"] == consent
    assert open_world.consents.get(consent).status is ConsentStatus.EXPIRED  # stored, not read
    log = (await http.get("/v1/me/access-log", headers=citizen)).json()["entries"]
    assert "CONSENT_EXPIRED" in [e["event"] for e in log]


async def test_the_sweep_expires_consents_nobody_looked_at(open_world: World) -> None:
    now = utcnow()
    open_world.consent(
        CCCD, valid_from=now - timedelta(days=2), valid_until=now - timedelta(days=1)
    )
    open_world.consent("079090000002")  # still valid
    assert await open_world.app.state.exchange.expire_consents() == 1
    assert await open_world.app.state.exchange.expire_consents() == 0
    await open_world.app.state.audit_writer.close()


async def test_sync_pull_refusals_are_audited(open_world: World, http: httpx.AsyncClient) -> None:
    missing = await http.get("/v1/sync/nope/changes", headers=open_world.headers())
    assert missing.status_code == 404
    anonymous = await http.get("/v1/sync/nope/changes")
    assert anonymous.status_code == 401
    await settle(open_world)
    found = [e for e in entries(open_world) if e.event == "SYNC_DELIVERY_REFUSED"]
    assert [(e.client, e.status, e.data["subscription"]) for e in found] == [
        (CONSUMER, 404, "nope"),
        ("anonymous", 401, "nope"),
    ]


# --- rate limits --------------------------------------------------------------------------------


@pytest.fixture
def limited_world(tmp_path: Path) -> Iterator[World]:
    yield from _world(
        tmp_path,
        rate_limit_per_client=0.5,  # a burst of 1, then one every 2 s
        rate_limit_per_address=50,
        auth_failures_per_address=0.1,  # a burst of 20, then one every 10 s
    )


async def test_an_address_that_keeps_failing_to_identify_gets_429(limited_world: World) -> None:
    transport = httpx.ASGITransport(app=limited_world.app, client=("203.0.113.7", 4000))
    other = httpx.ASGITransport(app=limited_world.app, client=("198.51.100.1", 4000))
    junk = {"Authorization": "Bearer junk", "X-Purpose": PURPOSE}
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://gw") as attacker,
        httpx.AsyncClient(transport=other, base_url="http://gw") as honest,
    ):
        statuses = [(await attacker.get(URL, headers=junk)).status_code for _ in range(25)]
        assert statuses[:20] == [401] * 20  # the burst
        assert set(statuses[20:]) == {429}
        last = await attacker.get(URL, headers=junk)
        assert 1 <= int(last.headers["Retry-After"]) <= 10
        assert last.headers["content-type"] == "application/problem+json"
        # A valid caller elsewhere is not affected, nor are the probes.
        ok = await honest.get(URL, params={"cccd": CCCD}, headers=limited_world.headers())
        assert ok.status_code in (200, 403)
        assert (await attacker.get("/healthz")).status_code == 200
        await limited_world.app.state.audit_writer.close()


async def test_a_client_over_its_rate_gets_429_with_retry_after(limited_world: World) -> None:
    transport = httpx.ASGITransport(app=limited_world.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
        headers = limited_world.headers()
        statuses = [
            (await http.get(URL, params={"cccd": CCCD}, headers=headers)).status_code
            for _ in range(3)
        ]
        assert statuses[0] != 429 and statuses[1:] == [429, 429]
        refused = await http.get(URL, params={"cccd": CCCD}, headers=headers)
        assert 1 <= int(refused.headers["Retry-After"]) <= 2
        assert CONSUMER in refused.json()["detail"]
        await limited_world.app.state.audit_writer.close()


async def test_an_address_over_its_rate_gets_429(tmp_path: Path) -> None:
    for world in _world(tmp_path, rate_limit_per_address=0.5, auth_failures_per_address=0):
        transport = httpx.ASGITransport(app=world.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
            statuses = [(await http.get("/v1/me/consents")).status_code for _ in range(3)]
            assert statuses == [401, 429, 429]
            await world.app.state.audit_writer.close()
