"""POST /v1/link/resolve through the real app: authenticated, authorised and audited like any
gateway data service (a right to LIENTHONG/link-resolve/v1 for the declared purpose)."""

from __future__ import annotations

import csv

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from linked_city import LinkedCity
from sqlalchemy import delete

from lienthong.audit import AuditLog
from lienthong.config import Settings
from lienthong.exchange import ClientDirectory, RightsBook, mint_token
from lienthong.exchange._platform import LINK_INDEX as INDEX
from lienthong.exchange._platform import LINK_RESOLVE as RESOLVE
from lienthong.linkage._tables import link_master_index
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
    rights = RightsBook(linked_city.store)
    rights.define_purpose(PURPOSE, "Đối soát hồ sơ")
    rights.define_purpose(OTHER_PURPOSE, "Mục đích khác")
    rights.grant(client, RESOLVE, PURPOSE, ["master_id", "evidence"])
    return app, mint_token(client, key, audience=settings.gateway_audience)


PURPOSE, OTHER_PURPOSE = "DOI-SOAT-HO-SO", "KHAC"


def _person(linked_city: LinkedCity) -> dict[str, str]:
    with (linked_city.city / "truth" / "people.csv").open(encoding="utf-8") as handle:
        return next(csv.DictReader(handle))


def _entries_for(linked_city: LinkedCity, cccd: str) -> list[tuple[str, str, int]]:
    log = AuditLog.open(linked_city.store, linked_city.city.parent)
    return [(e.event, e.service, e.status) for e in log.for_subject(cccd) if e.service]


async def test_resolve_needs_an_identity(app_and_token: tuple[object, str]) -> None:
    app, _ = app_and_token
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
        response = await http.post("/v1/link/resolve", json={"record": {"full_name": "An"}})
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_resolve_returns_the_granted_fields_and_is_audited(
    app_and_token: tuple[object, str], linked_city: LinkedCity
) -> None:
    app, token = app_and_token
    person = _person(linked_city)
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
        response = await http.post(
            "/v1/link/resolve",
            json={"record": {"full_name": person["full_name"], "cccd": person["cccd"]}},
            headers={"Authorization": f"Bearer {token}", "X-Purpose": PURPOSE},
        )
        await app.state.audit_writer.close()  # type: ignore[attr-defined]
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["master_id"].startswith("P") and body["evidence"] == "cccd"
    assert body["match_probability"] is None and body["new"] is None  # not granted
    # The citizen sees who resolved their record, for what.
    assert ("SERVICE_CALL", "link-resolve", 200) in _entries_for(linked_city, person["cccd"])


@pytest.mark.parametrize(
    ("purpose", "save", "status", "reason"),
    [
        (None, False, 422, None),  # no purpose declared
        (OTHER_PURPOSE, False, 403, "purpose-not-granted"),  # a right, but not for this purpose
        (PURPOSE, True, 403, "no-right"),  # saving into the index needs LIENTHONG/link-index/v1
    ],
)
async def test_resolve_refusals_are_audited_and_release_nothing(
    app_and_token: tuple[object, str],
    linked_city: LinkedCity,
    purpose: str | None,
    save: bool,
    status: int,
    reason: str | None,
) -> None:
    app, token = app_and_token
    person = _person(linked_city)
    headers = {"Authorization": f"Bearer {token}"} | ({"X-Purpose": purpose} if purpose else {})
    before = len(_entries_for(linked_city, person["cccd"]))
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
        response = await http.post(
            "/v1/link/resolve",
            json={"record": {"cccd": person["cccd"]}, "save": save},
            headers=headers,
        )
        await app.state.audit_writer.close()  # type: ignore[attr-defined]
    assert response.status_code == status, response.text
    assert "master_id" not in response.json()
    if reason:
        assert response.json()["reason"] == reason
        entries = _entries_for(linked_city, person["cccd"])
        assert len(entries) == before + 1
        assert entries[0] == ("SERVICE_CALL_REFUSED", "link-resolve", status)


async def test_saving_into_the_master_index_needs_the_index_right(
    app_and_token: tuple[object, str], linked_city: LinkedCity
) -> None:
    app, token = app_and_token
    person = _person(linked_city)
    RightsBook(linked_city.store).grant("LINK-TEST", INDEX, PURPOSE, ["master_id"])
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
        response = await http.post(
            "/v1/link/resolve",
            json={
                "record": {"cccd": person["cccd"]},
                "save": True,
                "dataset": "test.api",
                "record_key": "k-1",
            },
            headers={"Authorization": f"Bearer {token}", "X-Purpose": PURPOSE},
        )
        await app.state.audit_writer.close()  # type: ignore[attr-defined]
    RightsBook(linked_city.store).revoke("LINK-TEST", INDEX, PURPOSE)
    with linked_city.store.begin() as conn:  # the session's city is shared: take it out again
        saved = conn.execute(
            delete(link_master_index).where(link_master_index.c.source_dataset == "test.api")
        ).rowcount
    assert response.status_code == 200, response.text
    assert response.json()["master_id"].startswith("P")
    assert saved == 1
