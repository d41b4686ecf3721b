"""The log itself: ordered appends, seals, the citizen view, keys and all-or-nothing writes."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from audit_helpers import CITIZENS, disarm, make_event

from lienthong.audit import AuditKeys, AuditLog, Outcome, verify_log
from lienthong.errors import ConfigError, InputError, SourceUnavailableError
from lienthong.store import Store


def test_appends_are_numbered_in_order_and_chained(log: AuditLog) -> None:
    first = log.append(make_event(1))
    rest = log.append_many([make_event(i) for i in range(2, 6)])
    assert [first.seq, *(r.seq for r in rest)] == [1, 2, 3, 4, 5]
    assert first.prev_hash == "0" * 64
    assert [r.prev_hash for r in rest] == [first.hash, *(r.hash for r in rest[:-1])]
    assert log.head().seq == 5
    assert log.verify().ok


def test_records_read_back_what_was_written(log: AuditLog) -> None:
    written = log.append(make_event(3, Outcome.DENIED))
    (read,) = log.records()
    assert read == written
    assert read.latency_ms == 4.5
    assert read.reason == "Không có sự đồng ý của công dân"
    assert read.event == "SERVICE_CALL_REFUSED"


def test_a_checkpoint_seals_the_chain_every_n_entries(log: AuditLog) -> None:
    log.append_many([make_event(i) for i in range(1, 10)])  # one batch crosses 4 and 8
    for i in range(10, 13):
        log.append(make_event(i))
    seals = log.checkpoints()
    assert [cp.seq for cp in seals] == [4, 8, 12]  # exactly every 4, even inside a batch
    assert seals[-1].hash == log.head().hash
    assert log.checkpoint() is None  # head already sealed
    log.append(make_event(13))
    forced = log.checkpoint()
    assert forced is not None and forced.seq == 13
    report = log.verify()
    assert report.ok and report.checkpoints == 4


def test_a_checkpoint_is_due_after_the_interval_even_with_few_entries(
    store: Store, keys: AuditKeys
) -> None:
    log = AuditLog(store, keys, checkpoint_every=1000, checkpoint_interval_s=1e-6)
    log.append(make_event(1))
    log.append(make_event(2))
    assert [cp.seq for cp in log.checkpoints()] == [1, 2]


def test_citizen_view_lists_who_accessed_their_data_newest_first(log: AuditLog) -> None:
    log.append_many([make_event(i) for i in range(1, 13)])
    log.append(make_event(13, Outcome.DENIED))
    mine = log.for_subject(CITIZENS[1], limit=100)
    expected = [i for i in range(13, 0, -1) if CITIZENS[1] in make_event(i).subjects]
    assert [r.seq for r in mine] == expected
    assert mine[0].outcome == "denied" and mine[0].fields == ()
    assert mine[1].client_agency in ("SYT-HCM", "BHXH-HCM")
    assert mine[1].fields == ("ho_ten", "ngay_sinh") and mine[1].purpose == "KHAM-CHUA-BENH"
    assert all(r.intact for r in mine)
    page = log.for_subject(CITIZENS[1], limit=2, before_seq=mine[1].seq)
    assert [r.seq for r in page] == expected[2:4]
    assert log.for_subject("079999999999") == []
    with pytest.raises(InputError, match="limit"):
        log.for_subject(CITIZENS[0], limit=0)


def test_citizen_view_flags_an_entry_edited_in_the_store(log: AuditLog, tmp_path: Path) -> None:
    log.append_many([make_event(i) for i in range(1, 4)])
    with sqlite3.connect(tmp_path / "platform.db") as raw:
        disarm(raw)
        raw.execute("UPDATE audit_entry SET entry = replace(entry, 'app-1', 'app-X') WHERE seq=1")
    flagged = {r.seq: r.intact for r in log.for_subject(CITIZENS[1])}
    assert flagged[1] is False


def test_the_store_holds_no_cccd_only_keyed_hashes(log: AuditLog, tmp_path: Path) -> None:
    log.append_many([make_event(i) for i in range(1, 8)])
    log.checkpoint()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("platform.db*"))
    for cccd in CITIZENS:
        assert cccd.encode() not in raw
    assert log.keys.subject_hash(CITIZENS[0]).encode() in raw


def test_a_failed_batch_writes_nothing(log: AuditLog, tmp_path: Path) -> None:
    log.append(make_event(1))
    with sqlite3.connect(tmp_path / "platform.db") as raw:  # a squatter on seq 3
        raw.execute("INSERT INTO audit_entry VALUES (3, '{}', 'x', 'y')")
    with pytest.raises(SourceUnavailableError, match="nothing was released"):
        log.append_many([make_event(2), make_event(3), make_event(4)])
    assert log.head().seq == 1
    assert [r.seq for r in log.for_subject(CITIZENS[2], limit=10)] == []
    with sqlite3.connect(tmp_path / "platform.db") as raw:
        assert raw.execute("SELECT count(*) FROM audit_entry").fetchone() == (2,)


def test_keys_are_created_once_with_owner_only_permissions(store: Store, tmp_path: Path) -> None:
    first = AuditLog.open(store, tmp_path)
    again = AuditLog.open(store, tmp_path)
    assert first.public_key.key_id == again.public_key.key_id
    for name in ("audit-ed25519.pem", "subject/audit-subject-hmac.key"):
        mode = stat.S_IMODE((tmp_path / "keys" / name).stat().st_mode)
        assert mode == 0o600
    for folder in ("keys", "keys/subject"):  # the two keys apart, each folder owner-only
        assert stat.S_IMODE((tmp_path / folder).stat().st_mode) == 0o700
    assert first.keys.subject_hash(" 079123456789") == again.keys.subject_hash("079123456789")


def test_verifying_needs_existing_keys(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no audit keys"):
        AuditKeys.load(tmp_path / "nowhere")


def test_an_untrusted_key_breaks_verification(log: AuditLog, store: Store) -> None:
    log.append_many([make_event(i) for i in range(1, 6)])
    stranger = AuditKeys.generate().public
    report = verify_log(store, public_keys=[stranger])
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.kind) == (4, "bad_checkpoint")
    assert "not trusted" in report.first_break.message


def test_the_store_itself_refuses_to_change_or_delete_entries(
    log: AuditLog, tmp_path: Path
) -> None:
    log.append_many([make_event(i) for i in range(1, 3)])
    log.checkpoint()
    with sqlite3.connect(tmp_path / "platform.db") as raw:
        for sql in (
            "UPDATE audit_entry SET hash = 'x'",
            "DELETE FROM audit_entry",
            "DELETE FROM audit_subject",
            "UPDATE audit_checkpoint SET signature = 'x'",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                raw.execute(sql)
    assert log.verify().ok


def test_appends_keep_one_connection_and_resume_after_close(log: AuditLog) -> None:
    log.append(make_event(1))
    kept = log._conn
    log.append(make_event(2))
    assert log._conn is kept  # no pool checkout per batch
    log.close()
    assert log._conn is None
    log.append(make_event(3))  # a closed log opens a fresh connection on the next append
    assert log.head().seq == 3
    assert log.verify().ok
