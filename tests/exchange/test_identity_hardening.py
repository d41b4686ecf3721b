"""Ambiguous or incomplete identity is no identity: two Authorization headers (servers and
proxies disagree on which one counts) and tokens without a ``sub`` claim are refused."""

from __future__ import annotations

import time
import uuid

import httpx
import jwt
import pytest
from gateway_world import CONSUMER, PURPOSE, World

from lienthong.exchange import key_fingerprint

pytestmark = pytest.mark.anyio

CCCD = "079090000001"
URL = "/v1/services/CA-HCM/cong-dan/v1"


def twice(first: str, second: str) -> list[tuple[str, str]]:
    return [("Authorization", first), ("Authorization", second), ("X-Purpose", PURPOSE)]


@pytest.mark.parametrize("order", ["good first", "good last", "both good"])
async def test_two_authorization_headers_are_refused_and_audited(
    world: World, client: httpx.AsyncClient, order: str
) -> None:
    world.consent(CCCD)
    good = f"Bearer {world.token()}"
    assert (await client.get(URL, params={"cccd": CCCD}, headers=world.headers())).status_code == (
        200  # the good token is now in the verifier's cache: the cache must not let it through
    )
    other = {"good first": "Bearer junk", "good last": "Bearer junk", "both good": good}[order]
    pair = (other, good) if order == "good last" else (good, other)
    for method in ("GET", "POST"):
        response = await client.request(
            method,
            URL,
            params={"cccd": CCCD},
            json={"params": {"cccd": CCCD}},
            headers=twice(*pair),
        )
        assert response.status_code == 401, (method, response.text)
        assert "more than one Authorization" in response.json()["detail"]
        entry = list(world.audit().records())[-1]
        assert (entry.event, entry.client, entry.status) == (
            "SERVICE_CALL_REFUSED",
            "anonymous",
            401,
        )
        assert entry.fields == ()


async def test_two_authorization_headers_are_refused_on_every_route(
    world: World, client: httpx.AsyncClient
) -> None:
    good = f"Bearer {world.token()}"
    consent = {
        "subject": CCCD,
        "provider": "CA-HCM",
        "service": "cong-dan",
        "version": "v1",
        "purpose": PURPOSE,
        "fields": ["ho_ten"],
        "agreement_text": "Tôi đồng ý.",
    }
    asked = await client.post("/v1/consents", json=consent, headers=twice(good, good))
    assert asked.status_code == 401
    login = await client.post("/v1/dev/citizen-login", json={"cccd": CCCD})
    citizen = f"Bearer {login.json()['token']}"
    log = await client.get("/v1/me/access-log", headers=twice(citizen, citizen))
    assert log.status_code == 401
    assert (await client.get("/v1/me/access-log", headers={"Authorization": citizen})).is_success


def _token(world: World, **claims: object) -> str:
    now = int(time.time())
    body = {"iss": CONSUMER, "aud": "lienthong-gateway", "iat": now, "exp": now + 60}
    body |= {"jti": uuid.uuid4().hex, **claims}
    kid = key_fingerprint(world.key.public_key())
    return jwt.encode(
        {k: v for k, v in body.items() if v is not None},
        world.key,
        algorithm="EdDSA",
        headers={"kid": kid},
    )


@pytest.mark.parametrize(
    ("case", "claims"),
    [("no sub", {}), ("another sub", {"sub": "SYT-HCM"}), ("empty sub", {"sub": ""})],
)
async def test_a_token_must_name_its_system_as_subject(
    world: World, client: httpx.AsyncClient, case: str, claims: dict[str, object]
) -> None:
    world.consent(CCCD)
    response = await client.get(
        URL, params={"cccd": CCCD}, headers=world.headers(token=_token(world, **claims))
    )
    assert response.status_code == 401, case
    good = _token(world, sub=CONSUMER)
    ok = await client.get(URL, params={"cccd": CCCD}, headers=world.headers(token=good))
    assert ok.status_code == 200


async def test_two_purposes_are_no_purpose(world: World, client: httpx.AsyncClient) -> None:
    world.consent(CCCD)
    token = f"Bearer {world.token()}"
    headers = [("Authorization", token), ("X-Purpose", "THONG-KE"), ("X-Purpose", PURPOSE)]
    response = await client.get(URL, params={"cccd": CCCD}, headers=headers)
    assert response.status_code == 422  # the last one no longer wins
    assert list(world.audit().records())[-1].status == 422
