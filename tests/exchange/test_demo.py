"""The gateway's demo step on a small generated city, and its curl command against a real server."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from gateway_world import serving

from lienthong.city import CityConfig, generate_city
from lienthong.config import Settings
from lienthong.demo import exchange_step as demo_step
from lienthong.registry import Registry
from lienthong.store import Store
from lienthong.web import create_app


@pytest.fixture
def demo_city(tmp_path: Path) -> tuple[Store, Path]:
    city = tmp_path / "city"
    result = generate_city(CityConfig(people=200, seed=11, out=city))
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    Registry(store).import_manifest(result.manifest)
    return store, city


def test_demo_step_serves_one_call_and_refuses_one(demo_city: tuple[Store, Path]) -> None:
    store, city = demo_city
    summary = demo_step(store, city)
    assert summary["allowed_call"] == {
        "status": 200,
        "fields": ["so_dinh_danh", "ho_ten", "ngay_sinh", "gioi_tinh"],
        "rows": 1,
    }
    assert summary["refused_call"] == {"status": 403, "reason": "no-consent"}
    assert summary["fields_offered"] == 5
    json.dumps(summary)  # JSON-able
    again = demo_step(store, city)  # idempotent: a second run reuses keys, rights, clients
    assert again["allowed_call"] == summary["allowed_call"]


def test_demo_step_reuses_its_key_with_a_fresh_store(
    demo_city: tuple[Store, Path], tmp_path: Path
) -> None:
    """`lienthong demo` replaces the store on every run but keeps HOME/pki."""
    store, city = demo_city
    demo_step(store, city)
    fresh = Store.open(f"sqlite:///{tmp_path / 'fresh.db'}")
    Registry(fresh).import_manifest(city / "manifest.json")
    assert demo_step(fresh, city)["allowed_call"]["status"] == 200


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_the_printed_curl_command_works_against_a_real_server(
    demo_city: tuple[Store, Path],
) -> None:
    store, city = demo_city
    summary = demo_step(store, city)
    app = create_app(Settings(home=city.parent), store, json_logs=False)
    with serving(app) as port:
        command = str(summary["curl"]).replace("127.0.0.1:8000", f"127.0.0.1:{port}")
        output = subprocess.run(
            ["bash", "-c", command], capture_output=True, text=True, timeout=30, check=True
        ).stdout
    body = json.loads(output)
    assert body["fields"] == ["so_dinh_danh", "ho_ten", "ngay_sinh", "gioi_tinh"]
    assert len(body["rows"]) == 1
