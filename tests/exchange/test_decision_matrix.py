"""The decision matrix, cell by cell: identity × right × purpose × consent state × fields.

Each cell asserts the HTTP answer *and* the audit entry the call left, because "refused" is
only half the story: the citizen must be able to see that someone tried.
"""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from gateway_world import BY_SEX, CONSUMER, GRANTED, OTHER_PURPOSE, PURPOSE, World

from lienthong.audit import AuditRecord
from lienthong.exchange import ConsentStatus, key_fingerprint, mint_token
from lienthong.exchange._model import utcnow

pytestmark = pytest.mark.anyio

CCCD = "079090000001"
URL = "/v1/services/CA-HCM/cong-dan/v1"


def last_entry(world: World) -> AuditRecord:
    return list(world.audit().records())[-1]


async def call(
    client: httpx.AsyncClient, headers: dict[str, str], cccd: str = CCCD
) -> httpx.Response:
    return await client.get(URL, params={"cccd": cccd}, headers=headers)


# identity ------------------------------------------------------------------------------------


def _foreign_token(world: World) -> str:
    return mint_token(CONSUMER, Ed25519PrivateKey.generate(), audience="lienthong-gateway")


@pytest.mark.parametrize(
    ("case", "make_headers"),
    [
        ("no identity", lambda w: {"X-Purpose": PURPOSE}),
        ("not a JWT", lambda w: {"Authorization": "Bearer not-a-jwt", "X-Purpose": PURPOSE}),
        ("basic auth", lambda w: {"Authorization": "Basic dXNlcjpwdw==", "X-Purpose": PURPOSE}),
        ("expired", lambda w: w.headers(token=w.token(lifetime_s=-120))),
        ("too long-lived", lambda w: w.headers(token=w.token(lifetime_s=7200))),
        ("unregistered key", lambda w: w.headers(token=_foreign_token(w))),
        (
            "wrong audience",
            lambda w: w.headers(token=mint_token(CONSUMER, w.key, audience="another-gateway")),
        ),
    ],
)
async def test_no_valid_identity_is_401_before_any_source_is_touched(
    world: World, client: httpx.AsyncClient, case: str, make_headers: object
) -> None:
    world.consent(CCCD)
    world.catalog._urls["population"] = str(world.home / "gone.db")  # a source that fails
    response = await call(client, make_headers(world))  # type: ignore[operator]
    assert response.status_code == 401, (case, response.text)
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.json()["detail"]
    entry = last_entry(world)
    assert (entry.event, entry.outcome, entry.status) == ("SERVICE_CALL_REFUSED", "denied", 401)
    assert entry.subject_keys == ()  # parameters of an unknown caller are not even parsed
    assert entry.fields == ()


async def test_a_revoked_key_stops_working(world: World, client: httpx.AsyncClient) -> None:
    world.consent(CCCD)
    assert (await call(client, world.headers())).status_code == 200
    public = world.key.public_key()
    world.directory.revoke_key(key_fingerprint(public))
    response = await call(client, world.headers(token=world.token(lifetime_s=60)))
    assert response.status_code == 401
    assert "revoked" in response.json()["detail"]


# right and purpose ---------------------------------------------------------------------------


async def test_a_system_without_any_right_is_refused(
    world: World, client: httpx.AsyncClient
) -> None:
    world.directory.register("SYT-HCM", "Sở Y tế")
    key = Ed25519PrivateKey.generate()
    pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    world.directory.add_key("SYT-HCM", pem.decode())
    token = mint_token("SYT-HCM", key, audience=world.settings.gateway_audience)
    response = await call(client, world.headers(token=token))
    assert response.status_code == 403
    assert response.json()["reason"] == "no-right"
    entry = world.audit().for_subject(CCCD)[0]
    assert (entry.client, entry.event, entry.reason) == (
        "SYT-HCM",
        "SERVICE_CALL_REFUSED",
        "no-right",
    )


async def test_a_purpose_outside_the_right_is_refused(
    world: World, client: httpx.AsyncClient
) -> None:
    world.consent(CCCD)
    response = await call(client, world.headers(purpose=OTHER_PURPOSE))
    assert response.status_code == 403
    assert response.json()["reason"] == "purpose-not-granted"
    assert PURPOSE in response.json()["hint"]  # tells the caller what it *may* use
    entry = world.audit().for_subject(CCCD)[0]
    assert (entry.purpose, entry.outcome, entry.fields) == (OTHER_PURPOSE, "denied", ())


async def test_a_call_without_purpose_is_rejected_and_audited(
    world: World, client: httpx.AsyncClient
) -> None:
    response = await call(client, world.headers(purpose=None))
    assert response.status_code == 422
    assert "purpose" in response.json()["detail"]
    entry = last_entry(world)
    assert (entry.client, entry.status, entry.purpose) == (CONSUMER, 422, None)


# consent states ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setup", "status", "reason"),
    [
        ("none", 403, "no-consent"),
        ("pending", 403, "consent-pending"),
        ("rejected", 403, "consent-rejected"),
        ("revoked", 403, "consent-revoked"),
        ("paused", 403, "consent-paused"),
        ("expired", 403, "consent-expired"),
        ("not yet valid", 403, "consent-not-yet-valid"),
        ("active", 200, None),
        ("resumed", 200, None),
    ],
)
async def test_consent_state_decides_release(
    world: World, client: httpx.AsyncClient, setup: str, status: int, reason: str | None
) -> None:
    now = utcnow()
    if setup in ("pending", "rejected"):
        consent = world.consent(CCCD, ConsentStatus.PENDING)
        if setup == "rejected":
            world.consents.change(consent, "reject", subject=CCCD)
    elif setup in ("revoked", "paused", "resumed"):
        consent = world.consent(CCCD)
        world.consents.change(consent, "pause" if setup != "revoked" else "revoke")
        if setup == "resumed":
            world.consents.change(consent, "resume")
    elif setup == "expired":
        world.consent(
            CCCD, valid_from=now - timedelta(days=10), valid_until=now - timedelta(seconds=1)
        )
    elif setup == "not yet valid":
        world.consent(CCCD, valid_from=now + timedelta(days=1))
    elif setup == "active":
        world.consent(CCCD)
    response = await call(client, world.headers())
    assert response.status_code == status, response.text
    entry = world.audit().for_subject(CCCD)[0]
    assert entry.status == status
    if reason is None:
        assert response.json()["fields"] == list(GRANTED)
        assert (entry.event, entry.outcome, entry.fields) == ("SERVICE_CALL", "allowed", GRANTED)
    else:
        problem = response.json()
        assert problem["reason"] == reason
        assert problem["type"] == f"urn:lienthong:problem:{reason}"
        assert (entry.event, entry.reason, entry.fields) == ("SERVICE_CALL_REFUSED", reason, ())


async def test_revocation_takes_effect_on_the_next_call(
    world: World, client: httpx.AsyncClient
) -> None:
    consent = world.consent(CCCD)
    assert (await call(client, world.headers())).status_code == 200
    world.consents.change(consent, "revoke", subject=CCCD)
    response = await call(client, world.headers())
    assert response.json()["reason"] == "consent-revoked"


async def test_one_citizens_consent_does_not_cover_another(
    world: World, client: httpx.AsyncClient
) -> None:
    world.consent(CCCD)
    response = await call(client, world.headers(), cccd="079190000002")
    assert response.json()["reason"] == "no-consent"
    assert world.audit().for_subject("079190000002")[0].outcome == "denied"
    assert world.audit().for_subject(CCCD) == []


# fields --------------------------------------------------------------------------------------


async def test_consent_narrower_than_the_right_narrows_the_response(
    world: World, client: httpx.AsyncClient
) -> None:
    world.consent(CCCD, fields=("ho_ten",))
    response = await call(client, world.headers())
    assert response.json()["rows"] == [{"ho_ten": "Nguyễn Văn An"}]
    assert world.audit().for_subject(CCCD)[0].fields == ("ho_ten",)


async def test_consent_outside_the_right_releases_nothing(
    world: World, client: httpx.AsyncClient
) -> None:
    world.consent(CCCD, fields=("thuong_tru_dia_chi",))
    response = await call(client, world.headers())
    assert response.status_code == 403
    assert response.json()["reason"] == "consent-fields"


async def test_non_personal_service_needs_a_right_but_no_consent(
    world: World, client: httpx.AsyncClient
) -> None:
    response = await client.get(
        "/v1/services/STC-HCM/doanh-nghiep/v1",
        params={"mst": "0100233488"},
        headers=world.headers(),
    )
    assert response.status_code == 200, response.text
    assert response.json()["rows"] == [{"ma_so_thue": "0100233488", "ten": "Công ty TNHH Sao Mai"}]
    entry = last_entry(world)
    assert (entry.service, entry.fields, entry.subject_keys) == (
        "doanh-nghiep",
        ("ma_so_thue", "ten"),
        (),
    )


async def test_unknown_service_and_bad_parameters(world: World, client: httpx.AsyncClient) -> None:
    missing = await client.get("/v1/services/CA-HCM/nope/v1", headers=world.headers())
    assert missing.status_code == 404
    bad = await call(client, world.headers(), cccd="12345")
    assert bad.status_code == 422
    assert "12-digit" in bad.json()["detail"]
    extra = await client.get(URL, params={"cccd": CCCD, "x": "1"}, headers=world.headers())
    assert extra.status_code == 422
    assert [e.status for e in list(world.audit().records())[-3:]] == [404, 422, 422]


async def test_post_form_behaves_like_get(world: World, client: httpx.AsyncClient) -> None:
    world.consent(CCCD)
    response = await client.post(URL, json={"params": {"cccd": CCCD}}, headers=world.headers())
    assert response.status_code == 200
    assert response.json()["rows"][0]["ho_ten"] == "Nguyễn Văn An"


async def test_the_purpose_is_read_from_x_purpose_only(
    world: World, client: httpx.AsyncClient
) -> None:
    """What the OpenAPI document says: X-Purpose is required; no second place to put it."""
    world.consent(CCCD)
    in_body = await client.post(
        URL, json={"params": {"cccd": CCCD}, "purpose": PURPOSE}, headers=world.headers(None)
    )
    assert in_body.status_code == 422
    in_query = await client.get(
        URL, params={"cccd": CCCD, "purpose": PURPOSE}, headers=world.headers(None)
    )
    assert in_query.status_code == 422
    assert last_entry(world).status == 422  # refused by the gateway, so audited


# subjects found in the results ---------------------------------------------------------------


async def test_people_found_by_a_search_must_each_have_consented(
    world: World, client: httpx.AsyncClient
) -> None:
    men = ("079085000003", "079090000001")  # the two "Nam" in the register, in CCCD order
    for cccd in men:
        world.consents.request(
            cccd,
            CONSUMER,
            BY_SEX,
            PURPOSE,
            ("so_dinh_danh", "ho_ten"),
            "ok",
            status=ConsentStatus.PENDING if cccd == men[0] else ConsentStatus.ACTIVE,
        )
    url = "/v1/services/CA-HCM/cong-dan-theo-gioi/v1"
    refused = await client.get(url, params={"gioi_tinh": "Nam"}, headers=world.headers())
    assert refused.json()["reason"] == "consent-pending"
    for cccd in men:  # both appear in the audit log: their data was asked for
        assert world.audit().for_subject(cccd)[0].outcome == "denied"
    assert world.audit().for_subject("079190000002") == []  # she was not in the result

    [pending] = world.consents.all(subject=men[0])
    world.consents.change(pending.id, "approve")
    served = await client.get(url, params={"gioi_tinh": "Nam"}, headers=world.headers())
    assert [r["so_dinh_danh"] for r in served.json()["rows"]] == list(men)


async def test_a_revoked_right_stops_calls_within_the_rights_cache_time(
    world: World, client: httpx.AsyncClient
) -> None:
    import asyncio

    from gateway_world import POPULATION

    world.consent(CCCD)
    gateway = world.app.state.exchange.gateway
    gateway.rights_cache_s = 0.2
    assert (await call(client, world.headers())).status_code == 200
    world.rights.revoke(CONSUMER, POPULATION, PURPOSE)
    await asyncio.sleep(0.25)
    response = await call(client, world.headers())
    assert (response.status_code, response.json()["reason"]) == (403, "no-right")
