"""Retention: archive the oldest sealed entries, remove them, and both sides still verify."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from audit_helpers import CITIZENS, make_event
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

import lienthong.audit._log as log_module
from lienthong.audit import (
    AuditEvent,
    AuditKeys,
    AuditLog,
    BreakKind,
    EventType,
    Outcome,
    archive_before,
    export_archive,
    verify_archive,
)
from lienthong.audit._retention import _remove_through
from lienthong.errors import InputError
from lienthong.store import Store

JANUARY = datetime(2026, 1, 10, tzinfo=UTC)
MARCH = datetime(2026, 3, 1, tzinfo=UTC)
JUNE = datetime(2026, 6, 10, tzinfo=UTC)


class _Clock:
    def __init__(self) -> None:
        self.now = JANUARY

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    """The time checkpoints are signed at (the log's clock), set by each test."""
    fixed = _Clock()
    monkeypatch.setattr(log_module, "utc_now", fixed)
    return fixed


def _fill(log: AuditLog, clock: _Clock) -> None:
    """Ten entries sealed in January (checkpoints at 4, 8, 10), five in June."""
    clock.now = JANUARY
    log.append_many([make_event(i) for i in range(1, 11)])
    log.checkpoint()
    clock.now = JUNE
    log.append_many([make_event(i) for i in range(11, 16)])


def _archive_then_verify(log: AuditLog, clock: _Clock, tmp_path: Path) -> None:
    _fill(log, clock)
    out = tmp_path / "audit-2026-q1.jsonl"
    summary = archive_before(log, MARCH, out, operator="tester")
    assert (summary.first_seq, summary.through_seq, summary.removed) == (1, 10, 10)
    assert summary.marker_seq == 16  # after the five June entries
    archived = verify_archive(out, public_keys=[log.public_key], checkpoint_every=4)
    assert archived.ok and archived.entries == 10 and archived.last_seq == 10
    assert log.reader.first_seq() == 11
    rows = list(log.reader.rows())
    assert rows[0][2] == archived.last_hash  # the live chain continues from the archive's end
    report = log.verify()
    assert report.ok, report.first_break
    assert (report.first_seq, report.entries, report.last_seq) == (11, 6, 16)
    marker = json.loads(rows[-1][1])
    assert marker["event"] == "AUDIT_ARCHIVED"
    assert marker["data"]["through_seq"] == 10
    assert marker["data"]["through_hash"] == archived.last_hash
    # the citizen view shows only what the store still holds
    assert all(r.seq > 10 for r in log.for_subject(CITIZENS[1]))

    # a second round archives 11–16 as a segment anchored on checkpoint 10
    clock.now = datetime(2026, 7, 1, tzinfo=UTC)
    log.append(make_event(17))
    second = archive_before(
        log, datetime(2026, 8, 1, tzinfo=UTC), tmp_path / "b.jsonl", operator="tester"
    )
    assert (second.first_seq, second.through_seq) == (11, 17)
    segment = verify_archive(tmp_path / "b.jsonl", public_keys=[log.public_key])
    assert segment.ok and (segment.first_seq, segment.last_seq) == (11, 17)
    assert log.verify().ok
    # a full export of the pruned store is itself a verifiable segment
    full = export_archive(log, tmp_path / "rest.jsonl")
    rest = verify_archive(full.path, public_keys=[log.public_key])
    assert rest.ok and rest.first_seq == 18


def test_archive_before_a_date_then_both_archive_and_store_verify(
    log: AuditLog, clock: _Clock, tmp_path: Path
) -> None:
    _archive_then_verify(log, clock, tmp_path)


def test_postgres_archive_before_a_date_then_both_verify(
    pg_url: str, clock: _Clock, tmp_path: Path
) -> None:
    store = Store.open(pg_url)
    try:
        log = AuditLog(store, AuditKeys.generate(), checkpoint_every=4)
        _archive_then_verify(log, clock, tmp_path)
        _delete_is_still_refused(store)
        log.close()
    finally:
        store.close()


def _delete_is_still_refused(store: Store) -> None:
    for table in ("audit_entry", "audit_subject"):
        with pytest.raises(DBAPIError, match="append-only"), store.begin() as conn:
            conn.execute(text(f"DELETE FROM {table}"))


def test_the_delete_guard_is_back_after_retention(
    log: AuditLog, store: Store, clock: _Clock, tmp_path: Path
) -> None:
    _fill(log, clock)
    archive_before(log, MARCH, tmp_path / "a.jsonl", operator="tester")
    _delete_is_still_refused(store)
    assert log.reader.first_seq() == 11


def test_removing_a_prefix_without_a_sealed_record_is_a_deletion(
    log: AuditLog, clock: _Clock
) -> None:
    _fill(log, clock)
    _remove_through(log, 8)  # an intruder who lifted the guard, through a real checkpoint
    report = log.verify()
    assert report.first_break is not None and report.first_break.kind == BreakKind.DELETED
    assert "AUDIT_ARCHIVED" in report.first_break.message


def test_an_unsealed_archived_record_does_not_excuse_the_gap(
    store: Store, keys: AuditKeys, clock: _Clock
) -> None:
    log = AuditLog(store, keys, checkpoint_every=100)
    clock.now = JANUARY
    log.append_many([make_event(i) for i in range(1, 9)])
    sealed = log.checkpoint()
    assert sealed is not None
    # anyone who may append (but not sign) adds a record naming the checkpoint …
    log.append(
        AuditEvent(
            event=EventType.AUDIT_ARCHIVED,
            outcome=Outcome.ALLOWED,
            client="intruder",
            data={"through_seq": sealed.seq, "through_hash": sealed.hash},
        )
    )
    assert log.head().checkpoint_seq == 8  # not sealed: same clock, cadence not reached
    _remove_through(log, 8)
    report = log.verify()
    assert report.first_break is not None and report.first_break.kind == BreakKind.DELETED


def test_nothing_sealed_before_the_date_archives_nothing(
    log: AuditLog, clock: _Clock, tmp_path: Path
) -> None:
    _fill(log, clock)
    out = tmp_path / "none.jsonl"
    with pytest.raises(InputError, match="Nothing to archive"):
        archive_before(log, datetime(2025, 12, 31, tzinfo=UTC), out, operator="tester")
    assert not out.exists() and log.reader.first_seq() == 1 and log.head().seq == 15


def test_an_edited_archived_segment_fails_verification(
    log: AuditLog, clock: _Clock, tmp_path: Path
) -> None:
    _fill(log, clock)
    archive_before(log, MARCH, tmp_path / "a.jsonl", operator="tester")
    clock.now = datetime(2026, 7, 1, tzinfo=UTC)
    archive_before(log, datetime(2026, 8, 1, tzinfo=UTC), tmp_path / "b.jsonl", operator="t")
    lines = (tmp_path / "b.jsonl").read_text("utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if '"seq":12' in line and '"entry"' in line)
    lines[at] = lines[at].replace('"req-12"', '"req-99"')
    (tmp_path / "b.jsonl").write_text("".join(lines), "utf-8")
    report = verify_archive(tmp_path / "b.jsonl", public_keys=[log.public_key])
    assert report.first_break is not None and report.first_break.kind == BreakKind.EDITED
    assert report.first_break.seq == 12


def test_a_naive_cut_off_is_refused(log: AuditLog, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="time zone"):
        archive_before(log, datetime(2026, 3, 1), tmp_path / "x.jsonl", operator="t")


def _partitions(store: Store, table: str) -> list[tuple[str, int, int]]:
    from lienthong.audit._partitions import partitions

    with store.connect() as conn:
        return partitions(conn, table)


def test_postgres_partitions_grow_ahead_and_retention_drops_the_covered_ones(
    pg_url: str, clock: _Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lienthong.audit._tables as tables

    monkeypatch.setattr(tables, "PARTITION_SIZE", 4)
    store = Store.open(pg_url)
    try:
        assert [p[1:] for p in _partitions(store, "audit_entry")] == [(1, 5)]
        log = AuditLog(store, AuditKeys.generate(), checkpoint_every=4)
        clock.now = JANUARY  # 1–10 sealed at 4, 8, 10; 11–15 in June; batches ≤ the width
        for low, high in ((1, 4), (4, 7), (7, 10), (10, 11)):
            log.append_many([make_event(i) for i in range(low, high)])
        log.checkpoint()
        clock.now = JUNE
        for low, high in ((11, 14), (14, 16)):
            log.append_many([make_event(i) for i in range(low, high)])
        # a whole empty partition always lies beyond the head
        for table in ("audit_entry", "audit_subject"):
            assert _partitions(store, table)[-1][1:] == (17, 21)
        summary = archive_before(log, MARCH, tmp_path / "a.jsonl", operator="tester")
        assert (summary.through_seq, summary.removed) == (10, 10)
        # [1,5) and [5,9) were dropped whole; 9–10 were deleted from [9,13)
        for table in ("audit_entry", "audit_subject"):
            assert [p[1] for p in _partitions(store, table)][:2] == [9, 13]
        assert log.reader.first_seq() == 11
        assert log.verify().ok
        assert verify_archive(tmp_path / "a.jsonl", public_keys=[log.public_key]).ok
        # each partition keeps its own guard (a DELETE aimed at it skips the parent's)
        with pytest.raises(DBAPIError, match="append-only"), store.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry_p9"))
        _delete_is_still_refused(store)
        log.close()
    finally:
        store.close()


def test_the_witness_still_holds_the_archived_prefix_to_its_checkpoints(
    store: Store, keys: AuditKeys, clock: _Clock, tmp_path: Path
) -> None:
    from lienthong.audit import FileWitness

    log = AuditLog(store, keys, checkpoint_every=4, witness=FileWitness(tmp_path / "w.jsonl"))
    _fill(log, clock)
    archive_before(log, MARCH, tmp_path / "a.jsonl", operator="tester")
    assert log.verify().ok  # the store kept every checkpoint the witness holds
    with store.engine.connect() as conn:  # an intruder removes an archived entry's checkpoint
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("DROP TRIGGER audit_checkpoint_no_delete")
        raw.execute("DELETE FROM audit_checkpoint WHERE seq = 4")
        raw.commit()
    report = log.verify()
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.kind) == (4, BreakKind.MISSING_CHECKPOINT)
