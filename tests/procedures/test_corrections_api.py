"""`/v1/corrections`: the holding agency's client system lists and closes the correction requests
about values it holds; anyone else is refused and learns nothing, and every release or refusal
is in the audit log (the citizen sees theirs in their access log)."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

sys.path.insert(0, str(Path(__file__).parents[1] / "exchange"))
from gateway_world import CONSUMER, World, build_world

from lienthong.audit import EventType
from lienthong.exchange import mint_token
from lienthong.procedures import SHIPPED, Component, Corrections, Dossiers, load_catalogue
from lienthong.procedures._api import CORRECTION_PURPOSE, RELEASED, release_refusal
from lienthong.store import Store

CCCD = "079090000001"
HOLDER = "CA-HCM-HT"  # a client system of CA-HCM, which holds the population register
LOOSE = "KHONG-CO-QUAN"  # a client system of no agency
KEYS: dict[str, Ed25519PrivateKey] = {}


def test_release_refusal_cell_by_cell() -> None:
    ok = CORRECTION_PURPOSE
    assert release_refusal("CA-HCM", "CA-HCM", ok) is None
    assert "no agency" in str(release_refusal(None, "CA-HCM", ok))
    assert "no agency" in str(release_refusal("", "CA-HCM", ok))
    assert "addressed to CA-HCM, not BHXH-HCM" in str(release_refusal("BHXH-HCM", "CA-HCM", ok))
    assert "only for the purpose" in str(release_refusal("CA-HCM", "CA-HCM", None))
    assert "only for the purpose" in str(release_refusal("CA-HCM", "CA-HCM", "BHYT-CAP-THE"))
    # the agency is decided before the purpose: a stranger is told nothing about purposes
    assert "addressed to" in str(release_refusal("BHXH-HCM", "CA-HCM", None))


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def world(tmp_path: Path) -> World:
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    found = build_world(tmp_path, store, dev_mode=False)
    found.directory.register(HOLDER, "Hệ thống dân cư", agency="CA-HCM")
    found.directory.register(LOOSE, "Không thuộc cơ quan nào")
    for client in (HOLDER, LOOSE):
        KEYS[client] = Ed25519PrivateKey.generate()
        public = KEYS[client].public_key()
        pem = public.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
        found.directory.add_key(client, pem.decode())
    procedure = load_catalogue(SHIPPED).get("SANDBOX-CT-01")
    source = "CA-HCM/cong-dan/v1"
    components = [
        Component("ho_ten", "Lê Văn A", reused=True, source=source, request_id="r-1"),
        Component("ngay_sinh", "1990-01-01", reused=True, source=source, request_id="r-1"),
        Component("thuong_tru_dia_chi", "1 Lê Lợi", reused=True, source=source, request_id="r-1"),
        Component("ly_do", None, reused=False),
    ]
    dossiers = Dossiers(store)
    draft = dossiers.draft(procedure, CCCD, components)
    dossiers.submit(procedure, draft.id, CCCD, {"ly_do": "Vay vốn"}, {"ho_ten"}, note="Sai dấu")
    return found


@pytest.fixture
async def http(world: World) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=world.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        yield client
    await world.app.state.audit_writer.close()
    world.store.close()


def _as(world: World, client: str, purpose: str | None = CORRECTION_PURPOSE) -> dict[str, str]:
    key = KEYS.get(client, world.key)
    token = mint_token(client, key, audience=world.settings.gateway_audience)
    headers = {"Authorization": f"Bearer {token}"}
    if purpose is not None:
        headers["X-Purpose"] = purpose
    return headers


def _events(world: World, event: EventType) -> list[tuple[str, str | None]]:
    return [(r.client, r.purpose) for r in world.audit().records() if r.event == event]


@pytest.mark.anyio
async def test_the_holding_agency_lists_and_resolves_its_requests(
    world: World, http: httpx.AsyncClient
) -> None:
    listed = await http.get("/v1/corrections", headers=_as(world, HOLDER))
    assert listed.status_code == 200, listed.text
    body = listed.json()
    assert body["agency"] == "CA-HCM"
    [request] = body["corrections"]
    assert (request["subject"], request["field"], request["value"]) == (CCCD, "ho_ten", "Lê Văn A")
    assert request["note"] == "Sai dấu" and request["status"] == "open"
    assert "dossier" not in request and "request_id" not in request  # minimised
    released = {k for k in RELEASED if not k.endswith("_ts")} | {"created", "closed"}
    assert set(request) == released
    [seen] = [r for r in world.audit().for_subject(CCCD) if r.event == EventType.CORRECTION_ACCESS]
    assert (seen.client, seen.purpose) == (HOLDER, CORRECTION_PURPOSE)

    # BHXH-HCM's system sees its own (none), never CA-HCM's, and cannot close CA-HCM's
    other = await http.get("/v1/corrections", headers=_as(world, CONSUMER))
    assert other.status_code == 200 and other.json()["corrections"] == []
    path = f"/v1/corrections/{request['id']}/resolve"
    answer = {"resolution": "confirmed", "officer": "can-bo-1"}
    stolen = await http.post(path, json=answer, headers=_as(world, CONSUMER))
    assert stolen.status_code == 404 and "No such correction request" in stolen.text
    refusals = [
        r for r in world.audit().for_subject(CCCD) if r.event == EventType.CORRECTION_ACCESS_REFUSED
    ]
    assert [r.client for r in refusals] == [CONSUMER]

    bad = await http.post(path, json={**answer, "resolution": "done"}, headers=_as(world, HOLDER))
    assert bad.status_code == 422
    closed = await http.post(path, json=answer, headers=_as(world, HOLDER))
    assert closed.status_code == 200, closed.text
    assert closed.json()["status"] == "confirmed"
    assert closed.json()["closed_by"] == f"{HOLDER}:can-bo-1"
    assert Corrections(world.store).find("CA-HCM") == []
    again = await http.post(path, json=answer, headers=_as(world, HOLDER))
    assert again.status_code == 409
    listed = await http.get("/v1/corrections?status=all", headers=_as(world, HOLDER))
    assert [c["status"] for c in listed.json()["corrections"]] == ["confirmed"]


@pytest.mark.anyio
async def test_no_agency_no_purpose_or_no_identity_is_refused_and_audited(
    world: World, http: httpx.AsyncClient
) -> None:
    loose = await http.get("/v1/corrections", headers=_as(world, LOOSE))
    assert loose.status_code == 403 and "belongs to no agency" in loose.text
    no_purpose = await http.get("/v1/corrections", headers=_as(world, HOLDER, purpose=None))
    assert no_purpose.status_code == 403 and CORRECTION_PURPOSE in no_purpose.text
    wrong = await http.get("/v1/corrections", headers=_as(world, HOLDER, purpose="BHYT-CAP-THE"))
    assert wrong.status_code == 403
    assert _events(world, EventType.CORRECTION_ACCESS_REFUSED) == [
        (LOOSE, CORRECTION_PURPOSE),
        (HOLDER, None),
        (HOLDER, "BHYT-CAP-THE"),
    ]
    anonymous = await http.get("/v1/corrections")
    assert anonymous.status_code == 401
    forged = await http.get("/v1/corrections", headers={"Authorization": "Bearer x.y.z"})
    assert forged.status_code == 401
    assert _events(world, EventType.CORRECTION_ACCESS) == []  # nothing was released
    assert "Traceback" not in loose.text + anonymous.text
