"""POST /v1/link/resolve through the real app: authenticated like any gateway client."""

from __future__ import annotations

import csv

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from conftest import LinkedCity
from lienthong.config import Settings
from lienthong.exchange import ClientDirectory, mint_token
from lienthong.web import create_app

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def app_and_token(linked_city: LinkedCity) -> tuple[object, str]:
    settings = Settings(home=linked_city.city.parent)
    app = create_app(settings, linked_city.store, json_logs=False)
    directory = ClientDirectory(linked_city.store)
    client = "LINK-TEST"
    if client not in {c.code for c in directory.list()}:
        directory.register(client, "Linkage test client", agency="BHXH-HCM")
    key = Ed25519PrivateKey.generate()
    pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    directory.add_key(client, pem.decode())
    return app, mint_token(client, key, audience=settings.gateway_audience)


async def test_resolve_needs_an_identity(app_and_token: tuple[object, str]) -> None:
    app, _ = app_and_token
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
        response = await http.post("/v1/link/resolve", json={"record": {"full_name": "An"}})
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_resolve_returns_the_master_id(
    app_and_token: tuple[object, str], linked_city: LinkedCity
) -> None:
    app, token = app_and_token
    with (linked_city.city / "truth" / "people.csv").open(encoding="utf-8") as handle:
        person = next(csv.DictReader(handle))
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
        response = await http.post(
            "/v1/link/resolve",
            json={"record": {"full_name": person["full_name"], "cccd": person["cccd"]}},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["master_id"].startswith("P") and body["evidence"] == "cccd"
