"""The demo step: a citizen's new address reaches health insurance and social protection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lienthong.city import CityConfig, generate_city
from lienthong.registry import Registry
from lienthong.store import Store
from lienthong.sync import demo_step


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
