"""Hourly rollups: each append adds its entries in the same transaction, the counts equal a
fresh count of the chain, and an older store holding entries gets them folded by 0009."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from lienthong.audit import AuditEvent, AuditLog, EventType, Outcome
from lienthong.audit._rollup import entry_key, reason_code
from lienthong.store import Store

START = datetime(2026, 11, 30, 22, 15, tzinfo=UTC)


def _events() -> list[AuditEvent]:
    """Calls over five hours: allowed, refused with long reasons, failed, and a consent event."""
    found = []
    for i in range(60):
        outcome = (Outcome.ALLOWED, Outcome.DENIED, Outcome.ERROR)[i % 3]
        found.append(
            AuditEvent(
                event=EventType.SERVICE_CALL.twin(outcome),
                outcome=outcome,
                client=f"app-{i % 4}",
                client_agency=None if i % 5 == 0 else ("BHXH-HCM", "SYT-HCM")[i % 2],
                provider="CA-HCM",
                service="cong-dan",
                version="v1",
                subjects=(f"0790900000{i % 10:02d}",),
                status=200,
                reason=None if outcome is Outcome.ALLOWED else f"no-right: request {i} refused",
                time=START + timedelta(minutes=4 * i),
            )
        )
    found.append(
        AuditEvent(
            event=EventType.CONSENT_GRANTED,
            outcome=Outcome.ALLOWED,
            client="citizen",
            subjects=("079090000001",),
            time=START,
        )
    )
    return found


def _rollup(store: Store) -> dict[tuple[str, ...], tuple[int, str, str]]:
    with store.connect() as conn:
        rows = conn.execute(text("SELECT * FROM audit_rollup")).mappings().all()
    return {
        tuple(
            r[k]
            for k in (
                "hour",
                "event",
                "outcome",
                "client_agency",
                "provider",
                "service",
                "version",
                "reason",
            )
        ): (r["count"], r["first_time"], r["last_time"])
        for r in rows
    }


def _counted(store: Store) -> Counter[tuple[str, ...]]:
    with store.connect() as conn:
        entries = conn.execute(text("SELECT entry FROM audit_entry")).scalars().all()
    return Counter(entry_key(json.loads(e)) for e in entries)


def test_appends_keep_the_rollup_equal_to_a_count_of_the_chain(
    any_store: Store, tmp_path: Path
) -> None:
    log = AuditLog.open(any_store, tmp_path)
    events = _events()
    log.append_many(events[:25])  # one batch spanning several groups
    for event in events[25:]:  # then one entry per transaction
        log.append(event)
    rolled = _rollup(any_store)
    assert {key: count for key, (count, _, _) in rolled.items()} == _counted(any_store)
    assert sum(count for count, _, _ in rolled.values()) == len(events)
    # Hours are UTC, reasons are cut to their code, a missing agency falls back to the client.
    assert {key[0] for key in rolled} == {
        "2026-11-30T22",
        "2026-11-30T23",
        "2026-12-01T00",
        "2026-12-01T01",
        "2026-12-01T02",
    }
    assert {key[7] for key in rolled} == {"", "no-right"}
    assert (
        "2026-11-30T22",
        "SERVICE_CALL",
        "allowed",
        "app-0",
        "CA-HCM",
        "cong-dan",
        "v1",
        "",
    ) in rolled
    first, last = rolled[
        ("2026-11-30T22", "SERVICE_CALL", "allowed", "SYT-HCM", "CA-HCM", "cong-dan", "v1", "")
    ][1:]
    assert first < last and first.startswith("2026-11-30T22:")


def test_an_older_store_holding_entries_gets_them_folded_on_upgrade(
    any_store: Store, tmp_path: Path
) -> None:
    log = AuditLog.open(any_store, tmp_path)
    log.append_many(_events())
    log.close()
    built_on_ingest = _rollup(any_store)
    url = any_store.engine.url.render_as_string(hide_password=False)
    with any_store.begin() as conn:  # the store as 0008 left it: no rollup table
        conn.execute(text("DROP TABLE audit_rollup"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0008'"))
    any_store.close()
    upgraded = Store.open(url, upgrade=True)
    try:
        assert _rollup(upgraded) == built_on_ingest
        AuditLog.open(upgraded, tmp_path).append(_events()[0])  # and keeps counting after
        assert sum(c for c, _, _ in _rollup(upgraded).values()) == len(_events()) + 1
    finally:
        upgraded.close()


def test_reason_codes_are_short_and_bounded() -> None:
    assert reason_code(None) == ""
    assert reason_code("consent-revoked") == "consent-revoked"
    assert reason_code("no-right: client BHXH-HCM-app has no right") == "no-right"
    assert len(reason_code("x" * 500)) == 40
