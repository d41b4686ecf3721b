"""Retention: archive the oldest sealed entries to a verifiable file, then remove them.

The audit tables refuse DELETE, so removing entries is a deliberate act with a fixed order:

1. seal the head, pick the newest signed checkpoint older than the cut-off date;
2. export the entries up to it as a ``lienthong-audit/1`` archive and *verify that file*
   against the log's key (nothing is removed unless it verifies);
3. append an ``AUDIT_ARCHIVED`` entry naming the checkpoint (seq, hash) and the file's
   SHA-256, and seal it with a signed checkpoint;
4. in one transaction, lift the DELETE guard, remove the entries (and their subject-index rows)
   up to that checkpoint, and put the guard back.

Checkpoints are kept, so the store's chain now starts from a signed checkpoint and
``verify_log`` accepts the gap only when a sealed ``AUDIT_ARCHIVED`` entry names exactly that
checkpoint: someone who deletes a prefix without the signing key cannot forge that entry, and
the removed entries live on in an archive that verifies on its own.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lienthong.audit._archive import ExportSummary, export_archive, verify_archive
from lienthong.audit._canonical import parse_time
from lienthong.audit._events import AuditEvent, EventType, Outcome
from lienthong.audit._log import AuditLog
from lienthong.audit._store_reader import store_errors
from lienthong.audit._tables import audit_entry, audit_subject, lifted_guard
from lienthong.errors import InputError, IntegrityError

__all__ = ["RetentionSummary", "archive_before"]


@dataclass(frozen=True)
class RetentionSummary:
    archive: ExportSummary
    first_seq: int  # the first entry archived
    through_seq: int  # the last entry archived (a signed checkpoint)
    removed: int  # entries removed from the store
    sha256: str  # of the archive file, as the AUDIT_ARCHIVED entry records it
    marker_seq: int  # the AUDIT_ARCHIVED entry


def archive_before(
    log: AuditLog, before: datetime, path: Path, *, operator: str
) -> RetentionSummary:
    """Archive to ``path`` and remove every entry sealed by a checkpoint signed before
    ``before`` (timezone-aware); see the module doc for the order and why."""
    if before.tzinfo is None:
        raise InputError("Give the cut-off date with a time zone (or as a UTC date).")
    log.checkpoint()
    first = log.reader.first_seq()
    due = [
        cp for cp in log.checkpoints() if cp.seq >= max(first, 1) and parse_time(cp.time) < before
    ]
    if first == 0 or not due:
        raise InputError(
            f"Nothing to archive: no entry still in the store was sealed before "
            f"{before.isoformat()}.",
            hint="Entries are archived up to a signed checkpoint; pick a later date.",
        )
    cut = max(due, key=lambda cp: cp.seq)
    summary = export_archive(log, path, through=cut)
    report = verify_archive(
        path, public_keys=[log.public_key], checkpoint_every=log.checkpoint_every
    )
    if not report.ok or report.last_seq != cut.seq:
        path.unlink(missing_ok=True)
        raise IntegrityError(
            f"The archive of entries {first}–{cut.seq} did not verify, so nothing was removed.",
            hint="Run `lienthong audit verify` on the store and preserve it as evidence.",
        )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    marker = log.append(
        AuditEvent(
            event=EventType.AUDIT_ARCHIVED,
            outcome=Outcome.ALLOWED,
            client="lienthong-cli",
            data={
                "operator": operator,
                "file": path.name,
                "sha256": digest,
                "first_seq": first,
                "through_seq": cut.seq,
                "through_hash": cut.hash,
                "entries": summary.entries,
            },
        )
    )
    log.checkpoint()  # the marker counts only once a signed checkpoint seals it
    removed = _remove_through(log, cut.seq)
    return RetentionSummary(summary, first, cut.seq, removed, digest, marker.seq)


def _remove_through(log: AuditLog, through: int) -> int:
    """Remove entries ≤ ``through`` and their index rows in one transaction (guard lifted);
    on a partitioned PostgreSQL store the partitions wholly covered are dropped instead."""
    store = log.store
    if store.dialect == "sqlite":
        return _remove_sqlite(log, through)
    with store_errors(), store.begin() as conn:
        before = conn.exec_driver_sql(f"SELECT min(seq) FROM {audit_entry.name}").scalar()
        if store.dialect == "postgresql":
            from lienthong.audit._partitions import drop_covered, is_partitioned

            if is_partitioned(conn):
                drop_covered(conn, through)
        for table in (audit_subject.name, audit_entry.name):
            lift, restore = lifted_guard(store.dialect, table)
            for sql in lift:
                conn.exec_driver_sql(sql)
            conn.exec_driver_sql(
                f"DELETE FROM {table} WHERE seq <= %(through)s", {"through": through}
            )
            for sql in restore:
                conn.exec_driver_sql(sql)
    # the rows were contiguous: the archive just written from them verified, seq by seq
    return through - int(before) + 1 if before is not None and before <= through else 0


def _remove_sqlite(log: AuditLog, through: int) -> int:
    """SQLite: the driver starts no transaction before DDL, so take the lock explicitly."""
    with store_errors(), log.store.engine.connect() as conn:
        driver = conn.connection.dbapi_connection
        assert driver is not None
        cursor = driver.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
            removed = 0
            for table in (audit_subject.name, audit_entry.name):
                lift, restore = lifted_guard("sqlite", table)
                for sql in lift:
                    cursor.execute(sql)
                cursor.execute(f"DELETE FROM {table} WHERE seq <= ?", (through,))
                removed = cursor.rowcount
                for sql in restore:
                    cursor.execute(sql)
            driver.commit()
        except BaseException:
            driver.rollback()
            raise
    return int(removed)
