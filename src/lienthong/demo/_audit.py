"""The audit step of ``lienthong demo``: seal, verify, export and re-verify the archive, and
show one resident's access log as the citizen view would."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from lienthong.audit import AuditLog, export_archive, verify_archive
from lienthong.audit._store_reader import store_errors
from lienthong.audit._tables import audit_subject
from lienthong.store import Store


def _a_citizen_in_the_log(log: AuditLog, city_dir: Path) -> str | None:
    """A resident of the demo city whose data was accessed. The log holds only keyed hashes,
    so finding one means hashing the population (which needs the platform's subject key)."""
    people = city_dir / "truth" / "people.csv"
    if not people.is_file():
        return None
    with store_errors(), log.store.connect() as conn:
        logged = set(conn.execute(select(audit_subject.c.subject_key).distinct()).scalars())
    if not logged:
        return None
    with people.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            cccd = row.get("cccd") or ""
            if cccd and log.keys.subject_hash(cccd) in logged:
                return cccd
    return None


def audit_step(store: Store, city_dir: Path) -> dict[str, object]:
    """Verify the chain the earlier demo steps wrote (keys in the demo home, ``city_dir``'s
    parent), export it as an archive beside the city and verify that too, as a third party would.
    """
    home = city_dir.parent
    log = AuditLog.open(store, home)
    log.checkpoint()
    report = log.verify()
    archive = export_archive(log, home / "audit" / "audit-archive.jsonl")
    from_archive = verify_archive(archive.path, public_keys=[log.public_key])
    summary: dict[str, object] = {
        "entries": report.entries,
        "checkpoints": report.checkpoints,
        "verified": report.ok,
        "first_break": None if report.first_break is None else report.first_break.seq,
        "public_key_id": log.public_key.key_id,
        "archive": str(archive.path),
        "archive_verified": from_archive.ok,
    }
    cccd = _a_citizen_in_the_log(log, city_dir)
    if cccd is not None:
        seen = log.for_subject(cccd, limit=5)
        summary["citizen_view"] = {
            "cccd": cccd,
            "command": f"lienthong audit show --subject {cccd}",
            "accesses": [
                f"{r.time:%H:%M:%S} {r.client} ({r.client_agency}) {r.event.value} "
                f"{r.provider}/{r.service} purpose={r.purpose} fields={','.join(r.fields)}"
                for r in seen
            ],
        }
    return summary
