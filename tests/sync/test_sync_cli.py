"""`lienthong sync …`: start, status and replay, as a script would use them (--json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_helpers import FIELDS, MAPPING, embedded_sync
from typer.testing import CliRunner

from lienthong.audit import AuditLog
from lienthong.cli import _register_commands, app
from lienthong.cli._context import settings
from lienthong.store import Store
from lienthong.sync import SubscriptionSpec, Sync


@pytest.fixture
def cli_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source_db: Path, target_db: Path
) -> Path:
    monkeypatch.setenv("LIENTHONG_HOME", str(tmp_path))
    monkeypatch.delenv("LIENTHONG_STORE_URL", raising=False)
    settings.cache_clear()
    store = Store.open(settings().resolved_store_url)
    with embedded_sync(store, AuditLog.open(store, tmp_path), source_db, target_db) as sync:
        sync.subscribe(
            SubscriptionSpec(
                name="broken",
                dataset="population.cong_dan",
                client="SYT-HCM",
                purpose="p",
                fields=FIELDS,
                mode="apply",
                target=str(target_db),
                target_table="no_such_table",
                mapping=MAPPING,
                target_key=("cccd",),
            )
        )
    store.close()
    _register_commands()
    yield tmp_path
    settings.cache_clear()


def invoke(*args: str) -> dict[str, object]:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    parsed: dict[str, object] = json.loads(result.stdout)
    return parsed


def test_start_status_replay(cli_home: Path) -> None:
    assert invoke("sync", "start", "--until-idle", "--json")["delivered"] == 50
    status = invoke("sync", "status", "--json")
    subs = {s["subscription"]: s for s in status["subscriptions"]}  # type: ignore[union-attr,index]
    assert subs["bhxh"]["lag_changes"] == 0 and subs["bhxh"]["position"] == 50
    # a misconfigured subscriber is reported and does not hold the others back
    assert subs["broken"]["lag_changes"] == 50
    assert "no_such_table" in subs["broken"]["last_error"]

    invoke("sync", "replay", "bhxh", "--from", "40", "--json")
    status = invoke("sync", "status", "--json")
    subs = {s["subscription"]: s for s in status["subscriptions"]}  # type: ignore[union-attr,index]
    assert subs["bhxh"]["lag_changes"] == 10


def test_resume_a_paused_subscription(cli_home: Path) -> None:
    store = Store.open(settings().resolved_store_url)
    Sync(store).subscriptions.pause("bhxh", "Paused: a right was revoked (no-right)")
    store.close()
    status = invoke("sync", "status", "--json")
    subs = {s["subscription"]: s for s in status["subscriptions"]}  # type: ignore[union-attr,index]
    assert subs["bhxh"]["active"] is False and "no-right" in subs["bhxh"]["last_error"]
    assert invoke("sync", "start", "--until-idle", "--json")["delivered"] == 0  # paused: held
    assert invoke("sync", "resume", "bhxh", "--json")["active"] is True
    assert invoke("sync", "start", "--until-idle", "--json")["delivered"] == 50  # nothing lost
    missing = CliRunner().invoke(app, ["sync", "resume", "nope"])
    assert missing.exit_code != 0 and "No subscription named" in str(missing.exception)
