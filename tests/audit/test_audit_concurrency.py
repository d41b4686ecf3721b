"""Several gateway processes append to one chain (SQLite file or PostgreSQL) and it stays valid."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from itertools import pairwise
from pathlib import Path

import pytest
from audit_helpers import CITIZENS, append_from_process, make_event

from lienthong.audit import AuditKeys, AuditLog, open_witness
from lienthong.store import Store


def _two_processes_append(url: str, tmp_path: Path, count: int) -> None:
    keys = AuditKeys.load_or_create(tmp_path / "keys")
    witness = str(tmp_path / "witness.jsonl")
    Store.open(url).close()
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        futures = [
            pool.submit(append_from_process, url, str(tmp_path / "keys"), w, count, witness)
            for w in (1, 2)
        ]
        seqs = [f.result(timeout=120) for f in futures]
    store = Store.open(url)
    try:
        log = AuditLog(store, keys, checkpoint_every=25, witness=open_witness(witness))
        report = log.verify()  # the cadence of 25 and the witness both processes published to
        assert report.ok, report.first_break
        assert report.witnessed == report.checkpoints
        assert report.entries == 2 * count
        assert sorted(seqs[0] + seqs[1]) == list(range(1, 2 * count + 1))
        request_ids = {r.request_id for r in log.records()}
        assert len(request_ids) == 2 * count  # nothing lost, nothing doubled
        seals = [0, *(cp.seq for cp in log.checkpoints())]
        assert max(b - a for a, b in pairwise(seals)) <= 25  # exact, whatever the batches
    finally:
        store.close()


def test_two_processes_share_one_sqlite_chain(tmp_path: Path) -> None:
    _two_processes_append(f"sqlite:///{tmp_path / 'platform.db'}", tmp_path, 60)


@pytest.mark.integration
def test_two_processes_share_one_postgres_chain(pg_url: str, tmp_path: Path) -> None:
    _two_processes_append(pg_url, tmp_path, 120)


@pytest.mark.integration
def test_postgres_store_appends_seals_serves_the_citizen_and_verifies(pg_url: str) -> None:
    store = Store.open(pg_url)
    try:
        log = AuditLog(store, AuditKeys.generate(), checkpoint_every=5)
        log.append_many([make_event(i) for i in range(1, 12)])
        log.append(make_event(12))
        log.checkpoint()
        assert [cp.seq for cp in log.checkpoints()] == [5, 10, 12]
        mine = log.for_subject(CITIZENS[0], limit=3)
        assert len(mine) == 3 and all(r.intact for r in mine)
        assert mine[0].seq > mine[1].seq > mine[2].seq
        report = log.verify()
        assert report.ok and report.entries == 12
    finally:
        store.close()


@pytest.mark.integration
def test_postgres_refuses_to_change_or_delete_entries(pg_url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    store = Store.open(pg_url)
    try:
        AuditLog(store, AuditKeys.generate()).append(make_event(1))
        for sql in (
            "UPDATE audit_entry SET hash = 'x'",
            "DELETE FROM audit_subject",
            "TRUNCATE audit_entry",
        ):
            with pytest.raises(DBAPIError, match="append-only"), store.begin() as conn:
                conn.execute(text(sql))
    finally:
        store.close()


@pytest.mark.integration
def test_tampering_with_a_postgres_store_is_caught(pg_url: str) -> None:
    from sqlalchemy import text

    from lienthong.audit import verify_log

    store = Store.open(pg_url)
    try:
        log = AuditLog(store, AuditKeys.generate(), checkpoint_every=4)
        log.append_many([make_event(i) for i in range(1, 10)])
        with store.begin() as conn:  # an intruder with the owner's rights
            conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))
            conn.execute(
                text(
                    "UPDATE audit_entry SET entry = replace(entry, 'app-0', 'app-7') WHERE seq = 6"
                )
            )
            conn.execute(text("DELETE FROM audit_entry WHERE seq > 8"))
        report = verify_log(store, public_keys=[log.public_key])
        assert report.first_break is not None
        assert (report.first_break.seq, report.first_break.kind) == (6, "edited")
    finally:
        store.close()
