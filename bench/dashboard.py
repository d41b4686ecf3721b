"""Dashboard page time against scans of the raw audit table, measured in the same run.

    .venv/bin/python bench/dashboard.py [--entries 200000] [--views 200] [--json]

Builds a throwaway platform with ``--entries`` audited calls (SERVICE_CALL allowed/refused
between 6 agencies over 30 days; each append also keeps the hourly rollups), then measures:

  baseline_count  ``SELECT count(*) FROM audit_entry`` (the cheapest look at the raw log);
  baseline_scan   the figures counted from the raw log: one GROUP BY over every entry's JSON
                  (what the first view cost before the rollups were stored);
  cold            the first ``/dashboard`` view of a freshly started app (reads the stored
                  hourly rollups once), through the real app (httpx over ASGI);
  warm            ``--views`` further views, 50 new audit entries appended before every 10th
                  one (the view reads only the rollup rows that moved): p50 and p95 server time;
  restart         the first view of a second app started in the same process afterwards: the
                  cold view without Python's one-time imports and template compilation.

The goal of the web issue is p95 < 150 ms and no more than the baseline count; the ratios
printed are cold / baseline_scan, cold / baseline_count and warm p95 / baseline_count.
Absolute numbers depend on the shared, noisy machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, literal_column, select, text

from lienthong.audit import AuditEvent, AuditLog, EventType, Outcome
from lienthong.audit._tables import audit_entry
from lienthong.config import Settings
from lienthong.dashboard import Accounts
from lienthong.store import Store
from lienthong.web import create_app

AGENCIES = ("CA-HCM", "BHXH-HCM", "SYT-HCM", "SGDDT-HCM", "STC-HCM", "SNNMT-HCM")
PASSWORD = "bench-password-123"


def _event(i: int, start: datetime) -> AuditEvent:
    refused = i % 17 == 0
    outcome = Outcome.DENIED if refused else Outcome.ALLOWED
    return AuditEvent(
        event=EventType.SERVICE_CALL.twin(outcome),
        outcome=outcome,
        client=f"app-{i % 11}",
        client_agency=AGENCIES[i % 5 + 1],
        provider=AGENCIES[(i // 7) % 2],
        service="cong-dan",
        version="v1",
        purpose="KHAM-CHUA-BENH",
        subjects=(f"079{i % 1_000_000:09d}",),
        status=403 if refused else 200,
        reason="no-right" if refused else None,
        time=start + timedelta(seconds=i * 2_592_000 / 200_000),
    )


def _fill(audit: AuditLog, entries: int) -> None:
    start = datetime.now(UTC) - timedelta(days=30)
    for first in range(0, entries, 5_000):
        audit.append_many([_event(i, start) for i in range(first, min(entries, first + 5_000))])


async def _views(app: object, views: int, audit: AuditLog) -> dict[str, float]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://bench",  # type: ignore[arg-type]
    ) as http:
        await http.post(
            "/login",
            content=f"name=bench&password={PASSWORD}".encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        started = time.perf_counter()
        first = await http.get("/dashboard")
        cold = time.perf_counter() - started
        assert first.status_code == 200, first.status_code
        times = []
        for view in range(views):
            if view % 10 == 0:
                _fill_more(audit, 50)
            started = time.perf_counter()
            page = await http.get("/dashboard")
            times.append(time.perf_counter() - started)
            assert page.status_code == 200
    times.sort()
    if not times:
        return {"cold_ms": cold * 1000}
    return {
        "cold_ms": cold * 1000,
        "warm_p50_ms": statistics.median(times) * 1000,
        "warm_p95_ms": times[int(len(times) * 0.95) - 1] * 1000,
    }


def _fill_more(audit: AuditLog, count: int) -> None:
    now = datetime.now(UTC)
    audit.append_many([_event(i, now) for i in range(count)])


_SCANNED = ("time", "event", "outcome", "client_agency", "provider", "service", "version", "reason")


def _scan(store: Store) -> int:
    """The figures' groups counted from the raw log: every entry's JSON read once."""
    with store.connect() as conn:
        dialect = conn.dialect.name

        def value(key: str) -> object:
            if dialect == "postgresql":
                return literal_column(f"(entry::jsonb ->> '{key}')")
            return func.json_extract(audit_entry.c.entry, f"$.{key}")

        values = [value(key) for key in _SCANNED]
        groups = [func.substr(values[0], 1, 13), *values[1:]]
        rows = conn.execute(select(*groups, func.count()).group_by(*groups)).all()
    return sum(int(row[-1]) for row in rows)


def _median_ms(measure: object, times: int) -> float:
    found = []
    for _ in range(times):
        started = time.perf_counter()
        measure()  # type: ignore[operator]
        found.append(time.perf_counter() - started)
    return statistics.median(found) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--views", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        settings = Settings(home=home)
        store = Store.open(settings.resolved_store_url)
        audit = AuditLog.open(store, home)
        Accounts(home).add("bench", PASSWORD, "leader")
        built = time.perf_counter()
        _fill(audit, args.entries)
        built = time.perf_counter() - built

        def count() -> None:
            with store.connect() as conn:
                conn.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()

        baseline_ms = _median_ms(count, 5)
        assert _scan(store) == args.entries
        scan_ms = _median_ms(lambda: _scan(store), 3)
        app = create_app(settings, store, json_logs=False)
        figures = asyncio.run(_views(app, args.views, audit))
        again = asyncio.run(_views(create_app(settings, store, json_logs=False), 0, audit))
        figures["restart_ms"] = again["cold_ms"]
        with store.connect() as conn:
            rollup_rows = conn.execute(text("SELECT count(*) FROM audit_rollup")).scalar_one()
        store.close()
    result = {
        "entries": args.entries,
        "views": args.views,
        "build_s": round(built, 1),
        "rollup_rows": rollup_rows,
        "baseline_count_ms": round(baseline_ms, 2),
        "baseline_scan_ms": round(scan_ms, 2),
        **{k: round(v, 2) for k, v in figures.items()},
    }
    result["cold_over_scan"] = round(figures["cold_ms"] / scan_ms, 3)
    result["cold_over_count"] = round(figures["cold_ms"] / baseline_ms, 2)
    result["warm_p95_over_count"] = round(figures["warm_p95_ms"] / baseline_ms, 2)
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:>24}  {value}")


if __name__ == "__main__":
    main()
