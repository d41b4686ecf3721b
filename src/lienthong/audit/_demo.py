"""The audit step of ``lienthong demo``: seal, verify, export and re-verify the archive."""

from __future__ import annotations

from pathlib import Path

from lienthong.audit._archive import export_archive, verify_archive
from lienthong.audit._log import AuditLog
from lienthong.store import Store


def demo_step(store: Store, city_dir: Path) -> dict[str, object]:
    """Verify the chain the earlier demo steps wrote (keys in the demo home, ``city_dir``'s
    parent), export it as an archive beside the city and verify that too, as a third party would.
    """
    home = city_dir.parent
    log = AuditLog.open(store, home)
    log.checkpoint()
    report = log.verify()
    archive = export_archive(log, home / "audit" / "audit-archive.jsonl")
    from_archive = verify_archive(archive.path, public_keys=[log.public_key])
    return {
        "entries": report.entries,
        "checkpoints": report.checkpoints,
        "verified": report.ok,
        "first_break": None if report.first_break is None else report.first_break.seq,
        "public_key_id": log.public_key.key_id,
        "archive": str(archive.path),
        "archive_verified": from_archive.ok,
    }
