"""`lienthong audit …` as an operator uses it: verify, export, show, and exit 8 on a break."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from audit_helpers import CITIZENS, disarm, make_event
from typer.testing import CliRunner

from lienthong.audit import AuditLog
from lienthong.cli import _register_commands, app
from lienthong.cli._context import settings
from lienthong.store import Store

runner = CliRunner()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A platform home whose store holds 9 audit entries."""
    monkeypatch.setenv("LIENTHONG_HOME", str(tmp_path))
    monkeypatch.delenv("LIENTHONG_STORE_URL", raising=False)
    settings.cache_clear()
    _register_commands()
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    AuditLog.open(store, tmp_path, checkpoint_every=4).append_many(
        [make_event(i) for i in range(1, 10)]
    )
    store.close()
    yield tmp_path
    settings.cache_clear()


def test_verify_says_intact_and_exits_0(home: Path) -> None:
    result = runner.invoke(app, ["audit", "verify", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["entries"] == 9 and report["checkpoints"] == 2
    assert report["checkpoint_every"] == 1000 and report["witnessed"] == 2


def test_verify_names_the_first_broken_entry_and_exits_8(home: Path) -> None:
    with sqlite3.connect(home / "platform.db") as raw:
        disarm(raw)
        raw.execute("UPDATE audit_entry SET entry = replace(entry, 'app-0', 'app-9') WHERE seq=6")
    result = runner.invoke(app, ["audit", "verify", "--json"])
    assert result.exit_code == 8
    broken = json.loads(result.stdout)["first_break"]
    assert (broken["seq"], broken["kind"]) == (6, "edited")
    assert '"client":"app-9"' in broken["entry"]
    # Through the real entry point: one sentence on stderr, exit code 8, no traceback.
    env = dict(os.environ, LIENTHONG_HOME=str(home))
    env.pop("LIENTHONG_STORE_URL", None)
    proc = subprocess.run(
        [sys.executable, "-c", "from lienthong.cli import main; main()", "audit", "verify"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 8
    assert "First broken entry: 6 (edited)" in proc.stdout
    assert "broken at entry 6" in proc.stderr and "Traceback" not in proc.stderr


def test_export_then_verify_the_archive_with_the_published_key(home: Path) -> None:
    out = home / "audit.jsonl"
    exported = runner.invoke(app, ["audit", "export", str(out), "--json"])
    assert exported.exit_code == 0, exported.output
    assert json.loads(exported.stdout)["entries"] == 10  # 9 + the export's own entry
    key = runner.invoke(app, ["audit", "public-key"])
    (home / "key.pem").write_text(key.stdout)
    result = runner.invoke(
        app, ["audit", "verify", "--archive", str(out), "--public-key", str(home / "key.pem")]
    )
    assert result.exit_code == 0, result.output
    assert "intact" in result.stdout


def test_show_lists_a_citizens_accesses_and_records_the_look(home: Path) -> None:
    result = runner.invoke(app, ["audit", "show", "--subject", CITIZENS[0], "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["seq"] for r in rows] == [
        i for i in range(9, 0, -1) if CITIZENS[0] in make_event(i).subjects
    ]
    assert {"client", "client_agency", "purpose", "fields", "outcome", "time"} <= set(rows[0])
    again = json.loads(
        runner.invoke(app, ["audit", "show", "--subject", CITIZENS[0], "--json"]).stdout
    )
    assert again[0]["event"] == "ACCESS_LOG_VIEWED" and again[0]["client"] == "lienthong-cli"


def test_catalogue_lists_every_event_with_its_outcome(home: Path) -> None:
    result = runner.invoke(app, ["audit", "catalogue", "--json"])
    events = {e["event"]: e["outcome"] for e in json.loads(result.stdout)}
    assert events["SERVICE_CALL_REFUSED"] == "denied" and events["CONSENT_REVOKED"] == "allowed"


def test_after_a_key_rotation_old_checkpoints_verify_with_the_retired_key(home: Path) -> None:
    old = runner.invoke(app, ["audit", "public-key"]).stdout
    (home / "old.pem").write_text(old)
    (home / "keys" / "audit-ed25519.pem").rename(home / "retired-private.pem")
    store = Store.open(f"sqlite:///{home / 'platform.db'}")
    AuditLog.open(store, home, checkpoint_every=4).append_many([make_event(i) for i in range(4)])
    store.close()
    without = runner.invoke(app, ["audit", "verify", "--json"])
    assert without.exit_code == 8
    assert json.loads(without.stdout)["first_break"]["kind"] == "bad_checkpoint"
    with_old = runner.invoke(
        app, ["audit", "verify", "--json", "--public-key", str(home / "old.pem")]
    )
    assert with_old.exit_code == 0, with_old.stdout
    assert json.loads(with_old.stdout)["checkpoints"] == 3


def test_list_shows_the_newest_entries_first(home: Path) -> None:
    result = runner.invoke(app, ["audit", "list", "--limit", "3", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["seq"] for r in rows] == [9, 8, 7]
    assert rows[0]["event"] == "SERVICE_CALL" and len(rows[0]["subject_keys"][0]) == 64
    older = json.loads(runner.invoke(app, ["audit", "list", "--before", "2", "--json"]).stdout)
    assert [r["seq"] for r in older] == [1]


def test_archive_before_a_date_moves_the_old_entries_out_and_verify_still_passes(
    home: Path,
) -> None:
    out = home / "audit-old.jsonl"
    result = runner.invoke(app, ["audit", "archive", str(out), "--before", "2999-01-01", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["first_seq"], summary["through_seq"], summary["removed"]) == (1, 9, 9)
    key = home / "key.pem"
    key.write_text(runner.invoke(app, ["audit", "public-key"]).stdout)
    archived = runner.invoke(
        app, ["audit", "verify", "--archive", str(out), "--public-key", str(key), "--json"]
    )
    assert archived.exit_code == 0, archived.output
    assert json.loads(archived.stdout)["last_seq"] == 9
    live = runner.invoke(app, ["audit", "verify"])
    assert live.exit_code == 0, live.output
    assert "Entries 1–9 were archived" in live.stdout
    again = runner.invoke(
        app, ["audit", "archive", str(home / "x.jsonl"), "--before", "2000-01-01"]
    )
    assert "Nothing to archive" in str(again.exception)
    bad = runner.invoke(app, ["audit", "archive", str(home / "y.jsonl"), "--before", "soon"])
    assert "is not a date" in str(bad.exception) and not (home / "y.jsonl").exists()
