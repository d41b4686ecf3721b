"""Every delivery is a release decided now: a revoked right or consent stops it, audited.

Regression tests for the hardening issue's first hole: a right revoked after the subscription was
created did not stop deliveries (``RIGHT_REVOKED``, then ``SYNC_DELIVERY`` "allowed" to the same
client and the address written into the social-welfare database).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from lienthong.audit import AuditLog
from lienthong.city import CityConfig, generate_city
from lienthong.config import Settings
from lienthong.demo import sync_step as demo_step
from lienthong.errors import PermissionDeniedError
from lienthong.exchange import (
    ClientDirectory,
    ConsentRegistry,
    ConsentStatus,
    RightsBook,
    ServiceRef,
    mint_token,
)
from lienthong.registry import Registry
from lienthong.store import Store
from lienthong.sync import SubscriptionSpec, Sync
from lienthong.web import create_app

DATASET = "population.cong_dan"
PURPOSE = "CAP-NHAT-DIA-CHI"
FIELDS = ("so_dinh_danh", "thuong_tru_dia_chi")


@pytest.fixture
def city(tmp_path: Path) -> tuple[Store, Path, str]:
    """A demo city after one demo sync step: both subscriptions live, one citizen consenting."""
    out = tmp_path / "city"
    generate_city(CityConfig(people=200, seed=7, out=out))
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    Registry(store).import_manifest(out / "manifest.json")
    summary = demo_step(store, out)
    assert summary["all_arrived"] is True
    return store, out, str(summary["citizen"])


def _services(store: Store) -> list[ServiceRef]:
    return [
        ServiceRef(s.provider, s.code, s.version)
        for s in Registry(store).list_services()
        if s.dataset == DATASET
    ]


def _move(city_dir: Path, citizen: str, address: str) -> None:
    with sqlite3.connect(city_dir / "population.db") as db:
        db.execute(
            "UPDATE cong_dan SET thuong_tru_dia_chi = ? WHERE so_dinh_danh = ?", (address, citizen)
        )


def _welfare_address(city_dir: Path, citizen: str) -> str:
    with sqlite3.connect(city_dir / "social_welfare.db") as db:
        row = db.execute(
            "SELECT dia_chi FROM doi_tuong_bao_tro WHERE so_cccd = ?", (citizen,)
        ).fetchone()
    return str(row[0])


def _bhyt_address(city_dir: Path, citizen: str) -> str:
    with sqlite3.connect(city_dir / "health_insurance.db") as db:
        row = db.execute('SELECT "DiaChi" FROM "TheBHYT" WHERE "SoCCCD" = ?', (citizen,)).fetchone()
    return str(row[0])


def _events(audit: AuditLog, client: str) -> list[str]:
    return [str(r.event) for r in audit.records() if r.client == client]


def test_a_revoked_right_stops_delivery_audits_the_refusal_and_pauses(
    city: tuple[Store, Path, str],
) -> None:
    store, city_dir, citizen = city
    audit = AuditLog.open(store, city_dir.parent)
    book = RightsBook(store)
    for ref in _services(store):
        book.revoke("SYT-HCM-sync", ref, PURPOSE)
    before = _welfare_address(city_dir, citizen)
    delivered_before = _events(audit, "SYT-HCM-sync").count("SYNC_DELIVERY")
    _move(city_dir, citizen, "9 Nguyễn Huệ, Phường Sài Gòn, Thành phố Hồ Chí Minh")

    with Sync(store, audit) as sync:
        sync.run(until_idle=True)
        paused = sync.subscriptions.get("bao-tro-dia-chi")
        status = {r.subscription: r for r in sync.status()}

    assert _welfare_address(city_dir, citizen) == before  # nothing left the platform
    assert _bhyt_address(city_dir, citizen).startswith("9 Nguyễn Huệ")  # the other still gets it
    events = _events(audit, "SYT-HCM-sync")
    assert events.count("SYNC_DELIVERY") == delivered_before
    assert events[-1] == "SYNC_DELIVERY_REFUSED"
    refusal = [r for r in audit.records() if str(r.event) == "SYNC_DELIVERY_REFUSED"][-1]
    assert refusal.reason is not None and refusal.reason.startswith("no-right")
    assert paused["active"] is False and "Paused" in paused["last_error"]
    assert status["bao-tro-dia-chi"].active is False
    assert status["bao-tro-dia-chi"].lag_changes == 1  # held, not skipped

    with Sync(store, audit) as sync, pytest.raises(PermissionDeniedError):
        sync.resume("bao-tro-dia-chi")  # resuming re-checks the right
    for ref in _services(store):
        book.grant("SYT-HCM-sync", ref, PURPOSE, FIELDS)
    with Sync(store, audit) as sync:
        sync.resume("bao-tro-dia-chi")
        sync.run(until_idle=True)
    assert _welfare_address(city_dir, citizen).startswith("9 Nguyễn Huệ")  # nothing lost
    assert _events(audit, "SYT-HCM-sync")[-1] == "SYNC_DELIVERY"
    assert audit.verify().ok


def test_a_field_no_longer_granted_pauses_the_subscription(
    city: tuple[Store, Path, str],
) -> None:
    store, city_dir, citizen = city
    audit = AuditLog.open(store, city_dir.parent)
    book = RightsBook(store)
    for ref in _services(store):
        book.revoke("BHXH-HCM-sync", ref, PURPOSE)
        book.grant("BHXH-HCM-sync", ref, PURPOSE, ("so_dinh_danh",))
    before = _bhyt_address(city_dir, citizen)
    _move(city_dir, citizen, "10 Lê Duẩn, Phường Sài Gòn, Thành phố Hồ Chí Minh")
    with Sync(store, audit) as sync:
        sync.run(until_idle=True)
        sub = sync.subscriptions.get("bhxh-dia-chi")
    assert _bhyt_address(city_dir, citizen) == before
    assert sub["active"] is False and "thuong_tru_dia_chi" in sub["last_error"]


def test_a_revoked_consent_withholds_that_citizen_only_and_replay_recovers_it(
    city: tuple[Store, Path, str],
) -> None:
    store, city_dir, citizen = city
    audit = AuditLog.open(store, city_dir.parent)
    consents = ConsentRegistry(store, audit.keys.subject_hash)
    mine = [c for c in consents.all(subject=citizen) if c.consumer == "BHXH-HCM-sync"]
    assert mine
    for consent in mine:
        consents.change(consent.id, "revoke", subject=citizen)
    before = _bhyt_address(city_dir, citizen)
    _move(city_dir, citizen, "11 Pasteur, Phường Sài Gòn, Thành phố Hồ Chí Minh")
    with Sync(store, audit) as sync:
        sync.run(until_idle=True)
        sub = sync.subscriptions.get("bhxh-dia-chi")
        letters = sync.subscriptions.dead_letters("bhxh-dia-chi")

    assert _bhyt_address(city_dir, citizen) == before  # withheld
    assert _welfare_address(city_dir, citizen).startswith("11 Pasteur")  # SYT's consent holds
    assert sub["active"] is True  # one citizen's choice does not stop the others' data
    assert [d.reason.split(":")[0] for d in letters] == ["consent-revoked"]
    seen = [str(r.event) for r in audit.for_subject(citizen, limit=20)]
    assert "SYNC_DELIVERY_REFUSED" in seen  # the citizen sees the refused release

    consents.request(
        citizen,
        "BHXH-HCM-sync",
        _services(store)[0],
        PURPOSE,
        FIELDS,
        "Tôi đồng ý lại.",
        status=ConsentStatus.ACTIVE,
    )
    with Sync(store, audit) as sync:
        sync.replay("bhxh-dia-chi", letters[0].seq - 1)
        sync.run(until_idle=True)
    assert _bhyt_address(city_dir, citizen).startswith("11 Pasteur")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_a_pull_after_the_right_is_revoked_is_refused_audited_and_paused(
    city: tuple[Store, Path, str], tmp_path: Path
) -> None:
    store, city_dir, citizen = city
    audit = AuditLog.open(store, city_dir.parent)
    key = Ed25519PrivateKey.generate()
    directory = ClientDirectory(store)
    directory.register("BHXH-HCM-app", "BHXH", agency="BHXH-HCM")
    directory.add_key(
        "BHXH-HCM-app",
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode(),
    )
    book = RightsBook(store)
    for ref in _services(store):
        book.grant("BHXH-HCM-app", ref, PURPOSE, FIELDS)
    with Sync(store, audit) as sync:
        sync.subscribe(SubscriptionSpec("pull", DATASET, "BHXH-HCM-app", PURPOSE, FIELDS, "pull"))
    for ref in _services(store):
        book.revoke("BHXH-HCM-app", ref, PURPOSE)
    settings = Settings(home=city_dir.parent, dev_mode=True)
    app = create_app(settings, store, json_logs=False)
    token = mint_token("BHXH-HCM-app", key, audience=settings.gateway_audience)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://gw"
    ) as http:
        refused = await http.get("/v1/sync/pull/changes", headers=headers)
        again = await http.get("/v1/sync/pull/changes", headers=headers)
        await app.state.audit_writer.close()
    assert refused.status_code == 403
    assert again.status_code == 403 and "paused" in again.json()["detail"]
    assert "SYNC_DELIVERY" not in _events(audit, "BHXH-HCM-app")
    assert "SYNC_DELIVERY_REFUSED" in _events(audit, "BHXH-HCM-app")
    del citizen
