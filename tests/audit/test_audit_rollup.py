"""Hourly rollups: each append adds its entries in the same transaction, the counts equal a
fresh count of the chain, and an older store holding entries gets them folded by 0009."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from math import inf
from pathlib import Path

from sqlalchemy import text

from lienthong.audit import AuditEvent, AuditLog, EventType, Outcome
from lienthong.audit._rollup import LATENCY_BOUNDS_MS, bucket_of, entry_key, p95_ms, reason_code
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
        conn.execute(text("DROP TABLE audit_latency"))  # 0012's
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


def _latency(store: Store) -> dict[tuple[str, ...], int]:
    with store.connect() as conn:
        rows = conn.execute(text("SELECT * FROM audit_latency")).mappings().all()
    return {
        (r["hour"], r["provider"], r["service"], r["version"], str(r["bucket"])): r["count"]
        for r in rows
    }


def _timed(latencies: list[float]) -> list[AuditEvent]:
    return [
        event.model_copy(update={"latency_ms": latency})
        for event, latency in zip(_events(), latencies, strict=False)
    ]


def test_a_known_set_of_durations_gives_its_bucketed_p95(any_store: Store, tmp_path: Path) -> None:
    # 100 calls: 1 ms … 100 ms. The nearest-rank p95 is 95 ms, which lies in the bucket
    # (90.51, 128] ms; p95 is that bucket's upper bound, whichever hour or batch held each call.
    durations = [float(i) for i in range(1, 101)]
    log = AuditLog.open(any_store, tmp_path)
    events = [
        _events()[i % 60].model_copy(update={"latency_ms": ms, "time": START})
        for i, ms in enumerate(durations)
    ]
    log.append_many(events[:30])
    for event in events[30:]:
        log.append(event)
    merged: Counter[int] = Counter()
    for (_hour, _p, _s, _v, bucket), count in _latency(any_store).items():
        merged[int(bucket)] += count
    assert sum(merged.values()) == 100
    assert p95_ms(merged) == 128.0
    assert LATENCY_BOUNDS_MS[bucket_of(95.0) - 1] < 95.0 <= LATENCY_BOUNDS_MS[bucket_of(95.0)]
    # Exact bounds stay in their own bucket; the smallest and the largest are clamped.
    assert LATENCY_BOUNDS_MS[bucket_of(8.0)] == 8.0 and bucket_of(0.001) == 0
    assert bucket_of(10**9) == len(LATENCY_BOUNDS_MS) and p95_ms({bucket_of(10**9): 3}) == inf
    assert p95_ms({}) is None and p95_ms({bucket_of(3.0): 19, bucket_of(700.0): 1}) == 4.0


def test_an_older_store_gets_its_latencies_bucketed_on_upgrade(
    any_store: Store, tmp_path: Path
) -> None:
    log = AuditLog.open(any_store, tmp_path)
    log.append_many(_timed([0.2 * (i + 1) ** 2 for i in range(60)]))
    log.close()
    built_on_ingest = _latency(any_store)
    assert sum(built_on_ingest.values()) == 60  # the consent event has no latency
    url = any_store.engine.url.render_as_string(hide_password=False)
    with any_store.begin() as conn:  # the store as 0010 left it: no histogram table
        conn.execute(text("DROP TABLE audit_latency"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0010'"))
    any_store.close()
    upgraded = Store.open(url, upgrade=True)
    try:
        assert _latency(upgraded) == built_on_ingest
        with upgraded.connect() as conn:  # the counts were not folded a second time
            assert conn.execute(text("SELECT sum(count) FROM audit_rollup")).scalar_one() == 60
    finally:
        upgraded.close()
