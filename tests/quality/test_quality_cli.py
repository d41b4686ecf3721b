"""`lienthong quality …` end to end on a small registered city: run, report, failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from lienthong.city import CityConfig, generate_city
from lienthong.registry import Registry
from lienthong.store import Store


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("home")
    city = home / "city"
    generate_city(CityConfig(people=300, seed=7, out=city, as_of=date(2026, 1, 1)))
    url = f"sqlite:///{home / 'platform.db'}"
    store = Store.open(url)
    Registry(store).import_manifest(city / "manifest.json")
    store.close()
    return dict(os.environ, LIENTHONG_STORE_URL=url, LIENTHONG_HOME=str(home))


def lienthong(env: dict[str, str], *args: str) -> Result:
    """Run in process (fast); the store and settings come from ``env``."""
    from lienthong.cli import _context, _register_commands, app

    _register_commands()
    _context.settings.cache_clear()
    with pytest.MonkeyPatch.context() as patch:
        for name in ("LIENTHONG_STORE_URL", "LIENTHONG_HOME"):
            patch.setenv(name, env[name])
        result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    _context.settings.cache_clear()
    return result


def lienthong_process(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run as a user does, to see exit codes and messages on stderr."""
    return subprocess.run(
        [sys.executable, "-c", "from lienthong.cli import main; main()", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_run_report_and_failures(env: dict[str, str]) -> None:
    first = lienthong(env, "quality", "run", "--as-of", "2026-01-01", "--json")
    assert first.exit_code == 0, first.output
    run = json.loads(first.stdout)
    assert run["errors"] == 0
    assert {s["subject"] for s in run["scores"] if s["scope"] == "agency"} >= {"CA-HCM", "BHXH-HCM"}
    failing = next(
        r
        for r in run["results"]
        if r["dataset"] == "health_insurance.TheBHYT" and r["check"] == "nfc:HoTen"
    )

    second = lienthong(
        env, "quality", "run", "health_insurance.TheBHYT", "--as-of", "2026-01-01", "--json"
    )
    assert second.exit_code == 0, second.output

    shown = lienthong(env, "quality", "report", "--json")
    assert shown.exit_code == 0, shown.output
    report = json.loads(shown.stdout)
    assert report["run_id"] == run["run_id"] + 1
    assert report["previous_run_id"] == run["run_id"]
    (row,) = [r for r in report["rows"] if r["subject"] == "health_insurance.TheBHYT"]
    assert row["change"]["overall"] == 0.0  # same data, same rules

    page = lienthong(
        env,
        "quality",
        "failures",
        "health_insurance.TheBHYT",
        "nfc:HoTen",
        "--limit",
        "2",
        "--json",
    )
    assert page.exit_code == 0, page.output
    found = json.loads(page.stdout)
    assert found["failing"] == failing["failed"]
    assert len(found["rows"]) == min(2, failing["failed"])
    assert found["pages"] == max(1, -(-failing["failed"] // 2))


def test_failures_reuse_the_rule_file_of_the_last_run(env: dict[str, str], tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "datasets:\n  business.doanh_nghiep:\n    checks:\n"
        "      - {name: no-sole-traders, kind: allowed_values, column: loai_hinh,"
        " values: [Công ty TNHH]}\n",
        encoding="utf-8",
    )
    ran = lienthong(env, "quality", "run", "business.doanh_nghiep", "--rules", str(rules), "--json")
    assert ran.exit_code == 0, ran.output
    (declared,) = [r for r in json.loads(ran.stdout)["results"] if r["check"] == "no-sole-traders"]
    page = lienthong(
        env, "quality", "failures", "business.doanh_nghiep", "no-sole-traders", "--json"
    )
    assert page.exit_code == 0, page.output
    found = json.loads(page.stdout)
    assert found["failing"] == declared["failed"] > 0
    assert all(row["loai_hinh"] != "Công ty TNHH" for row in found["rows"])


def test_human_output_has_tables_and_a_sentence_for_errors(env: dict[str, str]) -> None:
    # Self-contained: under xdist this test may run in a worker where no other test ran first.
    ran = lienthong(env, "quality", "run", "business.doanh_nghiep", "--json")
    assert ran.exit_code == 0, ran.output
    shown = lienthong(env, "quality", "report")
    assert shown.exit_code == 0 and "đúng" in shown.stdout
    unknown = lienthong_process(env, "quality", "failures", "health_insurance.TheBHYT", "nfc:Nope")
    assert unknown.returncode == 4
    assert "has no check named 'nfc:Nope'" in unknown.stderr
    assert "Traceback" not in unknown.stderr
    kinds = lienthong(env, "quality", "checks", "--json")
    assert {k["criterion"] for k in json.loads(kinds.stdout)} == {"đúng", "đủ", "sạch", "sống"}


def test_demo_step_returns_scores_per_agency(env: dict[str, str], tmp_path: Path) -> None:
    from lienthong.demo import quality_step as demo_step

    store = Store.open(env["LIENTHONG_STORE_URL"])
    try:
        summary = demo_step(store, Path(env["LIENTHONG_HOME"]) / "city")
    finally:
        store.close()
    assert summary["errors"] == 0
    agencies = summary["agencies"]
    assert isinstance(agencies, dict)
    assert set(agencies) == {"CA-HCM", "STC-HCM", "BHXH-HCM", "SGDDT-HCM", "SNNMT-HCM", "SYT-HCM"}
    for scores in agencies.values():
        assert set(scores) == {"đúng", "đủ", "sạch", "sống", "overall"}
        assert all(s is None or 0 <= s <= 100 for s in scores.values())
    json.dumps(summary)  # JSON-able
