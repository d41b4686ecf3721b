"""The external witness: a file or another database that keeps every published checkpoint."""

from __future__ import annotations

import sqlite3
import stat
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from audit_helpers import disarm, make_event
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from lienthong.audit import (
    AuditKeys,
    AuditLog,
    BreakKind,
    Checkpoint,
    DatabaseWitness,
    FileWitness,
    Witness,
    Witnessed,
    open_witness,
    verify_log,
)
from lienthong.errors import SourceUnavailableError
from lienthong.store import Store


def _rewind(path: Path, to: int) -> None:
    """Truncate the store to entry ``to``, drop later checkpoints, rewind the head to match."""
    with closing(sqlite3.connect(path)) as raw:
        disarm(raw)
        (hash_,) = raw.execute("SELECT hash FROM audit_entry WHERE seq = ?", (to,)).fetchone()
        (sealed,) = raw.execute(
            "SELECT max(seq) FROM audit_checkpoint WHERE seq <= ?", (to,)
        ).fetchone()
        for table in ("audit_entry", "audit_subject", "audit_checkpoint"):
            raw.execute(f"DELETE FROM {table} WHERE seq > ?", (to,))
        raw.execute(
            "UPDATE audit_head SET seq = ?, hash = ?, checkpoint_seq = ?", (to, hash_, sealed)
        )
        raw.commit()


def _rewound_store_is_caught(witness: Witness, tmp_path: Path) -> None:
    path = tmp_path / "platform.db"
    store = Store.open(f"sqlite:///{path}")
    keys = AuditKeys.generate()
    try:
        log = AuditLog(store, keys, checkpoint_every=5, witness=witness)
        log.append_many([make_event(i) for i in range(1, 13)])
        assert log.checkpoint() is not None
        assert [cp.seq for cp in witness.read().checkpoints] == [5, 10, 12]
        assert log.verify().ok
        _rewind(path, 7)
        without = verify_log(store, public_keys=[keys.public], checkpoint_every=5)
        assert without.ok  # inside the store, nothing contradicts the rewound state
        report = log.verify()
        assert report.first_break is not None
        assert (report.first_break.seq, report.first_break.kind) == (8, BreakKind.TRUNCATED)
        assert witness.location in report.first_break.message
    finally:
        store.close()


def test_a_file_witness_catches_a_rewound_store(tmp_path: Path) -> None:
    witness = FileWitness(tmp_path / "w" / "witness.jsonl")
    _rewound_store_is_caught(witness, tmp_path)
    assert stat.S_IMODE((tmp_path / "w" / "witness.jsonl").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "w").stat().st_mode) == 0o700


def test_a_database_witness_catches_a_rewound_store(tmp_path: Path) -> None:
    witness = open_witness(f"sqlite:///{tmp_path / 'witness.db'}")
    assert isinstance(witness, DatabaseWitness)
    try:
        _rewound_store_is_caught(witness, tmp_path)
    finally:
        witness.close()


@pytest.mark.integration
def test_a_postgres_witness_is_append_only_and_catches_a_rewound_store(
    pg_url: str, tmp_path: Path
) -> None:
    witness = DatabaseWitness(pg_url)
    try:
        _rewound_store_is_caught(witness, tmp_path)
        engine = witness._engine
        for sql in ("DELETE FROM audit_witness", "UPDATE audit_witness SET hash = 'x'"):
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
                conn.execute(text(sql))
    finally:
        witness.close()


class _Flaky:
    """A witness that is down until ``up`` is set (a full disk, a database restarting)."""

    def __init__(self, inner: Witness) -> None:
        self.inner, self.up = inner, False

    @property
    def location(self) -> str:
        return self.inner.location

    def publish(self, checkpoints: list[Checkpoint]) -> None:
        if not self.up:
            raise SourceUnavailableError("witness down")
        self.inner.publish(checkpoints)

    def read(self) -> Witnessed:
        return self.inner.read()


def test_a_witness_that_was_down_gets_the_missed_checkpoints_at_the_next_seal(
    store: Store, keys: AuditKeys, tmp_path: Path
) -> None:
    """Appends never fail for the witness (the entries are committed); it catches up later."""
    flaky = _Flaky(FileWitness(tmp_path / "witness.jsonl"))
    log = AuditLog(store, keys, checkpoint_every=3, witness=flaky)
    log.append_many([make_event(i) for i in range(1, 7)])  # seals 3 and 6: not published
    assert flaky.read().checkpoints == ()
    flaky.up = True
    log.append_many([make_event(i) for i in range(7, 10)])  # seals 9: publishes 3, 6, 9
    assert [cp.seq for cp in flaky.read().checkpoints] == [3, 6, 9]
    assert log.verify().ok


def test_verifying_while_gateways_append_never_reports_a_false_break(
    store: Store, keys: AuditKeys, tmp_path: Path
) -> None:
    """The witness is read first, then checkpoints, head, rows: it never leads the store."""
    log = AuditLog(store, keys, checkpoint_every=3, witness=FileWitness(tmp_path / "witness.jsonl"))
    stop = threading.Event()

    def append() -> None:
        i = 0
        while not stop.is_set():
            log.append_many([make_event(i + k) for k in range(1 + i % 4)])
            i += 1

    writer = threading.Thread(target=append)
    writer.start()
    try:
        # Verify while the writer runs, from once it has sealed (and so witnessed) a checkpoint:
        # on a loaded machine the thread may not have written anything by the first verify.
        deadline = time.monotonic() + 30
        while log.head().seq < 2 * 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        reports = [log.verify() for _ in range(15)]
    finally:
        stop.set()
        writer.join()
    assert all(r.ok for r in reports), [r.first_break for r in reports if not r.ok]
    assert reports[-1].witnessed > 0
