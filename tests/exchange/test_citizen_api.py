"""The citizen's side: ask for consent, approve it, see who read my data, revoke it."""

from __future__ import annotations

import httpx
import pytest
from gateway_world import AGREEMENT, CONSUMER, GRANTED, PURPOSE, World

from lienthong.exchange import agreement_hash

pytestmark = pytest.mark.anyio

CCCD = "079090000001"
URL = "/v1/services/CA-HCM/cong-dan/v1"


async def login(client: httpx.AsyncClient, cccd: str = CCCD) -> dict[str, str]:
    response = await client.post("/v1/dev/citizen-login", json={"cccd": cccd})
    assert response.json()["dev_only"] is True
    return {"Authorization": f"Bearer {response.json()['token']}"}


def consent_request(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "subject": CCCD,
        "provider": "CA-HCM",
        "service": "cong-dan",
        "version": "v1",
        "purpose": PURPOSE,
        "fields": list(GRANTED),
        "agreement_text": AGREEMENT,
        "days": 30,
    }
    body.update(overrides)
    return body


async def test_request_approve_call_read_log_revoke(
    world: World, client: httpx.AsyncClient
) -> None:
    asked = await client.post("/v1/consents", json=consent_request(), headers=world.headers())
    assert asked.status_code == 201, asked.text
    consent = asked.json()
    assert consent["status"] == "PENDING"
    assert consent["agreement_sha256"] == agreement_hash(AGREEMENT)

    refused = await client.get(URL, params={"cccd": CCCD}, headers=world.headers())
    assert refused.json()["reason"] == "consent-pending"

    citizen = await login(client)
    detail = await client.get(f"/v1/me/consents/{consent['id']}", headers=citizen)
    assert detail.json()["agreement_text"] == AGREEMENT
    approved = await client.post(f"/v1/me/consents/{consent['id']}/approve", headers=citizen)
    assert approved.json()["status"] == "ACTIVE"

    served = await client.get(URL, params={"cccd": CCCD}, headers=world.headers())
    assert served.status_code == 200

    log = (await client.get("/v1/me/access-log", headers=citizen)).json()["entries"]
    assert [e["event"] for e in log] == [
        "SERVICE_CALL",
        "CONSENT_GRANTED",
        "SERVICE_CALL_REFUSED",
        "CONSENT_REQUESTED",
    ]
    calls = [e for e in log if e["event"].startswith("SERVICE_CALL")]
    assert [(e["client"], e["outcome"]) for e in calls] == [
        (CONSUMER, "allowed"),
        (CONSUMER, "denied"),
    ]
    assert calls[0]["purpose_title"] == "Cấp thẻ BHYT"
    assert calls[0]["fields"] == list(GRANTED)
    assert all(e["intact"] for e in log)

    revoked = await client.post(f"/v1/me/consents/{consent['id']}/revoke", headers=citizen)
    assert revoked.json()["status"] == "REVOKED"
    again = await client.post(f"/v1/me/consents/{consent['id']}/resume", headers=citizen)
    assert again.status_code == 409
    after = await client.get(URL, params={"cccd": CCCD}, headers=world.headers())
    assert after.json()["reason"] == "consent-revoked"


async def test_a_citizen_cannot_touch_someone_elses_consent(
    world: World, client: httpx.AsyncClient
) -> None:
    consent_id = world.consent(CCCD)
    other = await login(client, "079190000002")
    response = await client.post(f"/v1/me/consents/{consent_id}/revoke", headers=other)
    assert response.status_code == 404
    assert (await client.get("/v1/me/consents", headers=other)).json() == []


async def test_a_consumer_can_only_ask_within_its_right(
    world: World, client: httpx.AsyncClient
) -> None:
    wider = consent_request(fields=["ho_ten", "thuong_tru_dia_chi"])
    response = await client.post("/v1/consents", json=wider, headers=world.headers())
    assert response.status_code == 403
    assert response.json()["reason"] == "fields-not-granted"
    unauthenticated = await client.post("/v1/consents", json=consent_request())
    assert unauthenticated.status_code == 401


async def test_the_access_log_needs_a_citizen_login(
    world: World, client: httpx.AsyncClient
) -> None:
    assert (await client.get("/v1/me/access-log")).status_code == 401
    client_token = world.headers()  # a client system's token is not a citizen's
    assert (await client.get("/v1/me/access-log", headers=client_token)).status_code == 401


async def test_a_cursor_past_the_64_bit_range_is_refused_not_a_500(
    world: World, client: httpx.AsyncClient
) -> None:
    """Found by schemathesis: ``before=`` beyond a BIGINT overflowed the SQLite driver (500)."""
    citizen = await login(client)
    huge = 2**95
    response = await client.get(f"/v1/me/access-log?before={huge}", headers=citizen)
    assert response.status_code == 422, response.text
    last = await client.get(f"/v1/me/access-log?before={2**63 - 1}", headers=citizen)
    assert last.status_code == 200, last.text
