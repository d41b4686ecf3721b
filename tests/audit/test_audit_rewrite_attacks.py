"""Issue 11, item 2: rewrites and rewinds that hide behind deleted checkpoints are caught.

Each attack is run as issue 11 ran it, on a platform home, with write access to the store (the
append-only triggers dropped) but not to the signing key: `lienthong audit verify` used to
report every one of them "intact" with exit code 0.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from audit_helpers import disarm, make_event
from typer.testing import CliRunner

from lienthong.audit import AuditLog, canonical_json, chain_hash
from lienthong.cli import _register_commands, app
from lienthong.cli._context import settings
from lienthong.store import Store

runner = CliRunner()
ENTRIES = 100
EVERY = 25  # the cadence the platform runs with here (LIENTHONG_AUDIT_CHECKPOINT_EVERY)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A platform home whose log holds 100 entries, sealed every 25 (at 25, 50, 75, 100)."""
    monkeypatch.setenv("LIENTHONG_HOME", str(tmp_path))
    monkeypatch.setenv("LIENTHONG_AUDIT_CHECKPOINT_EVERY", str(EVERY))
    for name in ("LIENTHONG_STORE_URL", "LIENTHONG_AUDIT_WITNESS", "LIENTHONG_AUDIT_TRUSTED_KEYS"):
        monkeypatch.delenv(name, raising=False)
    settings.cache_clear()
    _register_commands()
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    log = AuditLog.open(store, tmp_path)
    for start in range(1, ENTRIES + 1, 10):  # batches, as the group-commit writer makes them
        log.append_many([make_event(i) for i in range(start, start + 10)])
    store.close()
    yield tmp_path
    settings.cache_clear()


def verify(*args: str) -> tuple[int, dict[str, object]]:
    result = runner.invoke(app, ["audit", "verify", "--json", *args])
    return result.exit_code, json.loads(result.stdout) if result.stdout else {}


def first_break(report: dict[str, object]) -> tuple[object, object]:
    brk = report["first_break"]
    assert isinstance(brk, dict), report
    return brk["seq"], brk["kind"]


def rewrite_from(raw: sqlite3.Connection, seq: int) -> None:
    """Edit entry ``seq``, re-chain every entry after it and move the head's hash along."""
    rows = raw.execute("SELECT seq, entry FROM audit_entry WHERE seq >= ? ORDER BY seq", (seq,))
    (prev,) = raw.execute("SELECT prev_hash FROM audit_entry WHERE seq = ?", (seq,)).fetchone()
    for n, text in rows.fetchall():
        entry = json.loads(text) | ({"purpose": "REWRITTEN"} if n == seq else {})
        digest = chain_hash(prev, canonical_json(entry))
        raw.execute(
            "UPDATE audit_entry SET entry = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (canonical_json(entry).decode(), prev, digest, n),
        )
        prev = digest
    raw.execute("UPDATE audit_head SET hash = ?", (prev,))


def tamper(home: Path, *statements: str, rewrite: int | None = None) -> None:
    with closing(sqlite3.connect(home / "platform.db")) as raw:
        disarm(raw)
        if rewrite is not None:
            rewrite_from(raw, rewrite)
        for sql in statements:
            raw.execute(sql)
        raw.commit()


def test_the_untouched_log_verifies_against_cadence_head_and_witness(home: Path) -> None:
    code, report = verify()
    assert code == 0, report
    assert report["checkpoints"] == report["witnessed"] == ENTRIES // EVERY
    assert report["checkpoint_every"] == EVERY
    assert str(report["witness"]).endswith("audit-witness.jsonl")


def test_a_rewrite_behind_deleted_checkpoints_is_caught(home: Path) -> None:
    """Issue 11: edit entry 60, re-chain, move the head, DELETE checkpoints >= 50."""
    tamper(home, "DELETE FROM audit_checkpoint WHERE seq >= 50", rewrite=60)
    code, report = verify()
    assert code == 8
    assert first_break(report) == (50, "missing_checkpoint")  # the witness still holds 50


def test_the_same_rewrite_is_caught_by_the_cadence_without_the_witness(home: Path) -> None:
    """The intruder also rewinds the head's checkpoint position; no witness to compare with:
    25 entries past the last checkpoint without one is proof enough."""
    tamper(
        home,
        "DELETE FROM audit_checkpoint WHERE seq >= 50",
        "UPDATE audit_head SET checkpoint_seq = 25",
        rewrite=60,
    )
    (home / "audit-witness.jsonl").unlink(missing_ok=True)
    code, report = verify()
    assert code == 8
    assert first_break(report) == (50, "missing_checkpoint")
    assert "every 25 entries" in str(report["first_break"])


def test_a_head_pointing_at_a_deleted_checkpoint_is_caught(home: Path) -> None:
    """With the platform's default cadence (1000) only the head row still says 100 was sealed."""
    tamper(home, "DELETE FROM audit_checkpoint WHERE seq >= 50", rewrite=60)
    (home / "audit-witness.jsonl").unlink(missing_ok=True)
    code, report = verify("--checkpoint-every", "1000")
    assert code == 8
    assert first_break(report) == (100, "missing_checkpoint")


def test_a_head_rewound_behind_the_checkpoint_table_is_caught(home: Path) -> None:
    tamper(home, "UPDATE audit_head SET checkpoint_seq = 75")
    code, report = verify()
    assert code == 8
    assert first_break(report) == (100, "head_mismatch")


def test_a_head_whose_hash_is_not_its_entrys_is_caught(home: Path) -> None:
    tamper(home, "UPDATE audit_head SET hash = '" + "ab" * 32 + "'")
    code, report = verify()
    assert code == 8
    assert first_break(report) == (ENTRIES, "head_mismatch")


def test_a_store_truncated_and_rewound_behind_the_witness_is_caught(home: Path) -> None:
    """Issue 11: truncate past checkpoint 50, delete the later checkpoints, rewind the head to
    a consistent earlier state. Inside the store nothing is left to contradict it."""
    with closing(sqlite3.connect(home / "platform.db")) as raw:
        (hash_60,) = raw.execute("SELECT hash FROM audit_entry WHERE seq = 60").fetchone()
    tamper(
        home,
        "DELETE FROM audit_entry WHERE seq > 60",
        "DELETE FROM audit_subject WHERE seq > 60",
        "DELETE FROM audit_checkpoint WHERE seq > 60",
        f"UPDATE audit_head SET seq = 60, hash = '{hash_60}', checkpoint_seq = 50",
    )
    code, report = verify()
    assert code == 8
    assert first_break(report) == (61, "truncated")
    assert "witness" in str(report["first_break"]) and "entry 100" in str(report["first_break"])


def test_a_store_rewritten_behind_the_witness_is_caught_even_when_re_sealed(home: Path) -> None:
    """Rewrite from 60, delete the later checkpoints, and let the platform seal the rewritten
    head with its own key (as the next append would): the witness still holds 75 and 100."""
    tamper(
        home,
        "DELETE FROM audit_checkpoint WHERE seq > 50",
        "UPDATE audit_head SET checkpoint_seq = 50",
        rewrite=60,
    )
    store = Store.open(f"sqlite:///{home / 'platform.db'}")
    try:
        assert AuditLog.open(store, home).checkpoint() is not None  # signs the rewritten 100
    finally:
        store.close()
    code, report = verify()
    assert code == 8
    assert first_break(report) == (51, "rewritten")
    assert "witness" in str(report["first_break"])


def test_a_damaged_witness_fails_verification(home: Path) -> None:
    with (home / "audit-witness.jsonl").open("a") as witness:
        witness.write("not a checkpoint\n")
    code, report = verify()
    assert code == 8
    assert first_break(report)[1] == "witness_damaged"


def test_a_forged_witness_line_fails_verification(home: Path) -> None:
    lines = (home / "audit-witness.jsonl").read_text().splitlines()
    forged = json.loads(lines[-1]) | {"seq": 140}
    (home / "audit-witness.jsonl").write_text("\n".join([*lines, json.dumps(forged)]) + "\n")
    code, report = verify()
    assert code == 8
    assert first_break(report) == (140, "bad_checkpoint")
