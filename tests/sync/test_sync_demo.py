"""The demo step: a citizen's new address reaches health insurance and social protection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lienthong.city import CityConfig, generate_city
from lienthong.demo import sync_step as demo_step
from lienthong.registry import Registry
from lienthong.store import Store


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "city"
    generate_city(CityConfig(people=200, seed=7, out=out))
    return out


def test_the_new_address_arrives_audited_in_both_sectors(city: Path) -> None:
    store = Store.open(f"sqlite:///{city.parent / 'platform.db'}")
    Registry(store).import_manifest(city / "manifest.json")

    summary = demo_step(store, city)

    assert summary["all_arrived"] is True
    citizen, new = summary["citizen"], summary["new_address"]
    with sqlite3.connect(city / "health_insurance.db") as conn:
        assert (new,) in conn.execute(
            'SELECT "DiaChi" FROM "TheBHYT" WHERE "SoCCCD" = ?', (citizen,)
        ).fetchall()
    with sqlite3.connect(city / "social_welfare.db") as conn:
        assert (new,) in conn.execute(
            "SELECT dia_chi FROM doi_tuong_bao_tro WHERE so_cccd = ?", (citizen,)
        ).fetchall()
    deliveries = summary["audit_deliveries"]
    assert isinstance(deliveries, list) and len(deliveries) == 2
    assert {d["agency"] for d in deliveries} == {"BHXH-HCM", "SYT-HCM"}
    assert all(d["fields"] == ["so_dinh_danh", "thuong_tru_dia_chi"] for d in deliveries)

    again = demo_step(store, city)  # the demo can be run twice
    assert again["all_arrived"] is True and again["new_address"] != new
    store.close()


def test_a_subscription_needs_a_right_and_gets_no_more_than_it_grants(
    city: Path, tmp_path: Path
) -> None:
    from lienthong.audit import AuditKeys, AuditLog
    from lienthong.errors import PermissionDeniedError
    from lienthong.exchange import ClientDirectory, RightsBook, ServiceRef
    from lienthong.sync import SubscriptionSpec, Sync

    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    Registry(store).import_manifest(city / "manifest.json")
    ClientDirectory(store).register("BHXH-HCM-sync", "BHXH", agency="BHXH-HCM")
    spec = SubscriptionSpec(
        name="bhxh",
        dataset="population.cong_dan",
        client="BHXH-HCM-sync",
        purpose="CAP-NHAT-DIA-CHI",
        fields=("so_dinh_danh", "thuong_tru_dia_chi"),
        mode="pull",
    )
    with Sync(store, AuditLog(store, AuditKeys.generate())) as sync:
        sync.watch_dataset("population.cong_dan", snapshot=False)
        with pytest.raises(PermissionDeniedError, match="no right"):
            sync.subscribe(spec)
        book = RightsBook(store)
        book.define_purpose("CAP-NHAT-DIA-CHI", "Cập nhật địa chỉ")
        service = next(
            s for s in Registry(store).list_services() if s.dataset == "population.cong_dan"
        )
        book.grant(
            "BHXH-HCM-sync",
            ServiceRef(service.provider, service.code, service.version),
            "CAP-NHAT-DIA-CHI",
            ("so_dinh_danh",),
        )
        with pytest.raises(PermissionDeniedError, match="thuong_tru_dia_chi"):
            sync.subscribe(spec)
        book.grant(
            "BHXH-HCM-sync",
            ServiceRef(service.provider, service.code, service.version),
            "CAP-NHAT-DIA-CHI",
            ("so_dinh_danh", "thuong_tru_dia_chi"),
        )
        created = sync.subscribe(spec)
        assert created["client_agency"] == "BHXH-HCM"
        assert created["fields"] == ["so_dinh_danh", "thuong_tru_dia_chi"]
    store.close()
