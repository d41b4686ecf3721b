"""`lienthong link show | export | explain --json` on the linked city (CLI stays thin)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from linked_city import LinkedCity
from typer.testing import CliRunner

from lienthong.cli import _register_commands, app


@pytest.fixture
def cli(linked_city: LinkedCity, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    from lienthong.cli import _context

    monkeypatch.setenv("LIENTHONG_STORE_URL", str(linked_city.store.engine.url))
    _context.settings.cache_clear()
    if not app.registered_groups:
        _register_commands()
    return CliRunner()


def _cccd(linked_city: LinkedCity) -> str:
    with (linked_city.city / "truth" / "people.csv").open(encoding="utf-8") as handle:
        return next(csv.DictReader(handle))["cccd"]


def test_show_json_lists_records_with_evidence(cli: CliRunner, linked_city: LinkedCity) -> None:
    result = cli.invoke(app, ["link", "show", _cccd(linked_city), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len({r["master_id"] for r in rows}) == 1
    assert {"source_dataset", "record_key", "evidence", "linked_at"} <= set(rows[0])


def test_show_unknown_exits_not_found(cli: CliRunner) -> None:
    result = cli.invoke(app, ["link", "show", "000000000000", "--json"])
    assert result.exit_code != 0


def test_export_and_explain(cli: CliRunner, linked_city: LinkedCity, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    result = cli.invoke(app, ["link", "export", str(out), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rows"] > 0
    rows = json.loads(cli.invoke(app, ["link", "show", _cccd(linked_city), "--json"]).stdout)
    first, second = (f"{r['source_dataset']}/{r['record_key']}" for r in rows[:2])
    html = tmp_path / "why.html"
    result = cli.invoke(app, ["link", "explain", first, second, "--out", str(html), "--json"])
    assert result.exit_code == 0, result.output
    assert html.exists() and json.loads(result.stdout)["match_probability"] > 0.5


def test_show_and_explain_are_audited_in_the_citizens_access_log(
    cli: CliRunner, linked_city: LinkedCity, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both print or write people's records: each is a release, audited before it is shown."""
    from lienthong.audit import AuditLog
    from lienthong.cli import _context

    monkeypatch.setenv("LIENTHONG_HOME", str(tmp_path / "home"))
    _context.settings.cache_clear()
    cccd = _cccd(linked_city)
    log = AuditLog.open(linked_city.store, tmp_path / "home")
    before = sum(1 for _ in log.records())  # the city is shared: earlier tests showed people too
    rows = json.loads(cli.invoke(app, ["link", "show", cccd, "--json"]).stdout)
    shown = [r for r in log.records() if r.seq > before]
    assert [r.event for r in shown] == ["LINK_PERSON_SHOWN"]
    assert shown[0].data["records"] == len(rows)
    assert [r.event for r in log.for_subject(cccd)][-1:] == ["LINK_PERSON_SHOWN"]

    first, second = (f"{r['source_dataset']}/{r['record_key']}" for r in rows[:2])
    out = tmp_path / "why.html"
    result = cli.invoke(app, ["link", "explain", first, second, "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    explained = [r for r in log.records() if r.seq > before + 1]
    assert [r.event for r in explained] == ["LINK_PAIR_EXPLAINED"]
    assert first in str(explained[0].data["records"])
    assert explained[0].subject_keys  # the pair's citizen is named
    assert sum(1 for _ in log.records()) == before + 2

    missing = cli.invoke(app, ["link", "show", "000000000000", "--json"])
    assert missing.exit_code != 0  # nothing found: nothing shown, nothing to audit
    assert sum(1 for _ in log.records()) == before + 2
    verified = cli.invoke(app, ["audit", "verify", "--json"])
    assert verified.exit_code == 0 and json.loads(verified.stdout)["ok"] is True
