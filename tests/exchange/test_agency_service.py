"""An agency publishes its own data service end to end: an outside CSV registered, a service
added with the CLI, a client granted a right, a call refused without consent and allowed with
it, seen in the citizen's access log; then the version retired (deprecated, then 410 Gone)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from gateway_world import CONSUMER, PURPOSE, World, build_world
from typer.testing import CliRunner

from lienthong.audit import EventType
from lienthong.cli import _context, app
from lienthong.errors import InputError
from lienthong.exchange import ConsentStatus, ServiceRef, mint_token
from lienthong.exchange._catalog import RegistryCatalog
from lienthong.store import Store

pytestmark = pytest.mark.anyio

VN_CSV = Path(__file__).parent.parent / "profiling" / "data" / "nguoi_dan.csv"
CITIZEN = "079085001234"  # Nguyễn Văn An, first row of the CSV
URL = "/v1/services/BYT/nguoi-dan/v1"
runner = CliRunner()


def lienthong(*args: str, code: int = 0) -> str:
    _context.settings.cache_clear()
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, (args, result.output, result.exception)
    return result.output


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("LIENTHONG_HOME", str(tmp_path))
    monkeypatch.delenv("LIENTHONG_STORE_URL", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    shutil.copy(VN_CSV, tmp_path / "nguoi_dan.csv")
    lienthong("registry", "add-agency", "BYT", "Bộ Y tế")
    lienthong("registry", "add-source", "BYT", "nd", str(tmp_path / "nguoi_dan.csv"))
    yield tmp_path
    _context.settings.cache_clear()


@pytest.fixture
def world(home: Path) -> Iterator[World]:
    store = Store.open(f"sqlite:///{home / 'platform.db'}")
    built = build_world(home, store)
    yield built
    built.catalog.close()
    store.close()


def publish(version: str = "v1", *extra: str) -> dict[str, object]:
    out = lienthong(
        "registry",
        "add-service",
        "BYT",
        "nguoi-dan",
        version,
        "nd.nguoi_dan",
        "--by",
        "ma_dinh_danh",
        "--field",
        "ho_ten",
        "--field",
        "ngay_sinh",
        "--title",
        "Tra cứu người dân",
        "--title-en",
        "Citizen lookup",
        "--legal-basis",
        "Luật Bảo hiểm y tế",
        "--purpose",
        PURPOSE,
        "--json",
        *extra,
    )
    found: dict[str, object] = json.loads(out[out.index("{") :])
    return found


async def test_a_published_service_needs_consent_and_shows_in_the_citizens_log(
    world: World, client: httpx.AsyncClient
) -> None:
    service = publish()
    assert service["personal"] is True and service["subject_column"] == "ma_dinh_danh"
    lienthong(
        "rights",
        "grant",
        CONSUMER,
        "BYT/nguoi-dan/v1",
        "--purpose",
        PURPOSE,
        "--fields",
        "ho_ten,ngay_sinh",
    )
    refused = await client.get(URL, params={"ma_dinh_danh": CITIZEN}, headers=world.headers())
    assert refused.status_code == 403, refused.text
    assert refused.json()["reason"] == "no-consent"

    asked = await client.post(
        "/v1/consents",
        json={
            "subject": CITIZEN,
            "provider": "BYT",
            "service": "nguoi-dan",
            "version": "v1",
            "purpose": PURPOSE,
            "fields": ["ho_ten", "ngay_sinh"],
            "agreement_text": "Tôi đồng ý cho BHXH-HCM tra cứu họ tên và ngày sinh.",
        },
        headers=world.headers(),
    )
    assert asked.status_code == 201, asked.text
    token = (await client.post("/v1/dev/citizen-login", json={"cccd": CITIZEN})).json()["token"]
    citizen = {"Authorization": f"Bearer {token}"}
    approved = await client.post(f"/v1/me/consents/{asked.json()['id']}/approve", headers=citizen)
    assert approved.json()["status"] == "ACTIVE"

    served = await client.get(URL, params={"ma_dinh_danh": CITIZEN}, headers=world.headers())
    assert served.status_code == 200, served.text
    assert served.json()["rows"] == [{"ho_ten": "Nguyễn Văn An", "ngay_sinh": "12/03/1985"}]
    assert "Deprecation" not in served.headers

    log = (await client.get("/v1/me/access-log", headers=citizen)).json()["entries"]
    calls = [
        (e["event"], e["client"], e["provider"], e["service"], e["outcome"])
        for e in log
        if e["event"].startswith("SERVICE_CALL")
    ]
    assert calls == [
        ("SERVICE_CALL", CONSUMER, "BYT", "nguoi-dan", "allowed"),
        ("SERVICE_CALL_REFUSED", CONSUMER, "BYT", "nguoi-dan", "denied"),
    ]
    events = [str(r.event) for r in world.audit().records()]
    assert str(EventType.SERVICE_PUBLISHED) in events


async def test_a_purpose_the_provider_did_not_offer_is_refused(
    world: World, client: httpx.AsyncClient
) -> None:
    publish()
    _context.settings.cache_clear()
    refused = runner.invoke(
        app,
        ["rights", "grant", CONSUMER, "BYT/nguoi-dan/v1", "--purpose", "THONG-KE",
         "--fields", "ho_ten"],
    )  # fmt: skip
    assert isinstance(refused.exception, InputError)
    assert "not offered for the purpose THONG-KE" in refused.exception.message
    world.rights.grant(CONSUMER, _ref("v1"), "THONG-KE", ("ho_ten",))  # granted in Python anyway
    response = await client.get(
        URL, params={"ma_dinh_danh": CITIZEN}, headers=world.headers(purpose="THONG-KE")
    )
    assert response.status_code == 403
    assert response.json()["reason"] == "purpose-not-offered"


def _ref(version: str) -> ServiceRef:
    return ServiceRef("BYT", "nguoi-dan", version)


async def test_a_retired_version_is_deprecated_until_its_sunset_then_gone(
    world: World, client: httpx.AsyncClient
) -> None:
    for version in ("v1", "v2", "v3"):
        publish(version)
        world.rights.grant(CONSUMER, _ref(version), PURPOSE, ("ho_ten",))
        world.consents.request(
            CITIZEN, CONSUMER, _ref(version), PURPOSE, ("ho_ten",), "Đồng ý.", status=_active()
        )
    lienthong(
        "registry", "retire-service", "BYT", "nguoi-dan", "v1",
        "--until", "2999-01-01", "--replaced-by", "v2",
    )  # fmt: skip
    shown = lienthong("registry", "show", "BYT/nguoi-dan/v1", "--json")
    assert json.loads(shown)["retirement"]["replaced_by"] == "BYT/nguoi-dan/v2"
    assert isinstance(world.catalog, RegistryCatalog)
    world.catalog.forget(_ref("v1"))  # in life the CLI is another process: applies within 30 s
    deprecated = await client.get(URL, params={"ma_dinh_danh": CITIZEN}, headers=world.headers())
    assert deprecated.status_code == 200, deprecated.text
    assert deprecated.headers["Deprecation"].startswith("@")
    assert deprecated.headers["Sunset"] == "Tue, 01 Jan 2999 00:00:00 GMT"
    assert 'BYT/nguoi-dan/v2>; rel="successor-version"' in deprecated.headers["Link"]

    lienthong(  # sunset today: gone from now on
        "registry", "retire-service", "BYT", "nguoi-dan", "v2",
        "--until", _today(), "--replaced-by", "v3",
    )  # fmt: skip
    world.catalog.forget(_ref("v2"))
    gone = await client.get(
        "/v1/services/BYT/nguoi-dan/v2",
        params={"ma_dinh_danh": CITIZEN},
        headers=world.headers(),
    )
    assert gone.status_code == 410, gone.text
    assert gone.headers["content-type"] == "application/problem+json"
    assert gone.json()["successor_version"] == "BYT/nguoi-dan/v3"
    assert "BYT/nguoi-dan/v3" in gone.json()["detail"]
    assert "successor-version" in gone.headers["Link"]
    current = await client.get(
        "/v1/services/BYT/nguoi-dan/v3", params={"ma_dinh_danh": CITIZEN}, headers=world.headers()
    )
    assert current.status_code == 200 and "Deprecation" not in current.headers
    retired = [r for r in world.audit().records() if r.event == EventType.SERVICE_RETIRED]
    assert [r.version for r in retired] == ["v1", "v2"]


async def test_an_agency_system_publishes_and_retires_over_http(
    world: World, client: httpx.AsyncClient
) -> None:
    key = Ed25519PrivateKey.generate()
    world.directory.register("BYT-APP", "Hệ thống Bộ Y tế", agency="BYT")
    world.directory.add_key(
        "BYT-APP",
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode(),
    )
    agency = {
        "Authorization": "Bearer "
        + mint_token("BYT-APP", key, audience=world.settings.gateway_audience)
    }
    body = {
        "code": "nguoi-dan",
        "version": "v1",
        "dataset": "nd.nguoi_dan",
        "by": ["ma_dinh_danh"],
        "fields": ["ho_ten"],
        "purposes": [PURPOSE],
    }
    published = await client.post("/v1/registry/services", json=body, headers=agency)
    assert published.status_code == 201, published.text
    assert published.json()["id"] == "BYT/nguoi-dan/v1" and published.json()["personal"]
    again = await client.post("/v1/registry/services", json=body, headers=agency)
    assert again.status_code == 409 and "never changed" in again.json()["hint"]
    missing = await client.post(
        "/v1/registry/services", json=body | {"version": "v2", "by": ["so_cccd"]}, headers=agency
    )
    assert missing.status_code == 422 and "so_cccd" in missing.json()["detail"]
    # a system of another agency publishes nothing over BYT's data
    from lienthong.registry import Registry

    Registry(world.store).add_agency(CONSUMER, "Bảo hiểm xã hội TP.HCM")
    other = await client.post(
        "/v1/registry/services", json=body | {"version": "v9"}, headers=world.headers()
    )
    assert other.status_code == 422 and "does not hold" in other.json()["detail"]
    anonymous = await client.post("/v1/registry/services", json=body | {"version": "v8"})
    assert anonymous.status_code == 401
    await client.post("/v1/registry/services", json=body | {"version": "v2"}, headers=agency)
    retire = await client.post(
        "/v1/registry/services/BYT/nguoi-dan/v1/retire",
        json={"until": "2999-01-01", "replaced_by": "v2"},
        headers=agency,
    )
    assert retire.status_code == 200, retire.text
    assert retire.json()["replaced_by"] == "BYT/nguoi-dan/v2"
    foreign = await client.post(
        "/v1/registry/services/BYT/nguoi-dan/v2/retire",
        json={"until": "2999-01-01", "replaced_by": "v1"},
        headers=world.headers(),
    )
    assert foreign.status_code == 403
    assert [s.version for s in Registry(world.store).list_services()] == ["v1", "v2"]
    published_by = {r.client for r in world.audit().records() if r.event.startswith("SERVICE_")}
    assert "BYT-APP" in published_by


def _active() -> ConsentStatus:
    return ConsentStatus.ACTIVE


def _today() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%d")


async def test_a_lookup_by_name_still_needs_the_consent_of_whoever_it_finds(
    world: World, client: httpx.AsyncClient
) -> None:
    """The subject is not a parameter here: the gateway reads it from the rows (the subject
    column, selected but not released) and refuses before anything leaves."""
    out = lienthong(
        "registry", "add-service", "BYT", "theo-ten", "v1", "nd.nguoi_dan",
        "--by", "ho_ten", "--field", "ngay_sinh", "--json",
    )  # fmt: skip
    assert json.loads(out[out.index("{") :])["subject_column"] == "ma_dinh_danh"
    world.rights.grant(CONSUMER, _by_name(), PURPOSE, ("ngay_sinh",))
    url = "/v1/services/BYT/theo-ten/v1"
    refused = await client.get(url, params={"ho_ten": "Nguyễn Văn An"}, headers=world.headers())
    assert refused.status_code == 403 and refused.json()["reason"] == "no-consent"
    world.consents.request(
        CITIZEN, CONSUMER, _by_name(), PURPOSE, ("ngay_sinh",), "Đồng ý.", status=_active()
    )
    served = await client.get(url, params={"ho_ten": "Nguyễn Văn An"}, headers=world.headers())
    assert served.status_code == 200 and served.json()["rows"] == [{"ngay_sinh": "12/03/1985"}]
    seen = world.audit().for_subject(CITIZEN, limit=10)
    assert [(r.service, str(r.outcome)) for r in seen if r.service == "theo-ten"] == [
        ("theo-ten", "allowed"),
        ("theo-ten", "denied"),
    ]


def _by_name() -> ServiceRef:
    return ServiceRef("BYT", "theo-ten", "v1")
