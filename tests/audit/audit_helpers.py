"""Helpers shared by the audit tests (a module name no other test package uses)."""

from __future__ import annotations

import sqlite3

from lienthong.audit import AuditEvent, EventType, Outcome

#: Three citizens; events cycle through them so every citizen view has several entries.
CITIZENS = ("079123456789", "001203000042", "079300111222")


def make_event(i: int, outcome: Outcome = Outcome.ALLOWED) -> AuditEvent:
    """A realistic service call: event ``i`` is about one or two of :data:`CITIZENS`."""
    subjects = (CITIZENS[i % 3],) if i % 4 else (CITIZENS[i % 3], CITIZENS[(i + 1) % 3])
    return AuditEvent(
        event=EventType.SERVICE_CALL.twin(outcome),
        outcome=outcome,
        client=f"app-{i % 2}",
        client_agency="SYT-HCM" if i % 2 else "BHXH-HCM",
        provider="CA-HCM",
        service="cong-dan",
        version="v1",
        purpose="KHAM-CHUA-BENH",
        subjects=subjects,
        fields=("ho_ten", "ngay_sinh") if outcome is Outcome.ALLOWED else (),
        status={"allowed": 200, "denied": 403, "error": 503}[outcome.value],
        reason=None if outcome is Outcome.ALLOWED else "Không có sự đồng ý của công dân",
        latency_ms=1.5 + i,
        request_id=f"req-{i}",
    )


def append_from_process(
    url: str, keys_dir: str, worker: int, count: int, witness: str
) -> list[int]:
    """Run in a separate process: append ``count`` events through a group-commit writer,
    publishing its checkpoints to the shared ``witness``."""
    import asyncio
    from pathlib import Path

    from lienthong.audit import AuditKeys, AuditLog, AuditWriter, open_witness
    from lienthong.store import Store

    store = Store.open(url)
    log = AuditLog(
        store, AuditKeys.load(Path(keys_dir)), checkpoint_every=25, witness=open_witness(witness)
    )

    async def main() -> list[int]:
        async with AuditWriter(log, max_batch=32) as writer:
            records = await asyncio.gather(
                *(writer.write(make_event(worker * 100_000 + i)) for i in range(count))
            )
        return [r.seq for r in records]

    try:
        return asyncio.run(main())
    finally:
        store.close()


def disarm(raw: sqlite3.Connection) -> None:
    """Drop the append-only triggers, as an intruder with write access to the file would."""
    names = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    for name in names:
        if name.startswith("audit_"):
            raw.execute(f"DROP TRIGGER {name}")
