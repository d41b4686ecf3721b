"""Every dashboard page's server time against a count(*) of the raw audit table, same run.

    .venv/bin/python bench/dashboard.py [--entries 10000000] [--views 10000] [--runs 365]
                                        [--people 1000] [--scan] [--warm] [--json]

Builds a throwaway platform (SQLite store):

* a generated city of ``--people`` registered and measured once, then ``--runs`` daily quality
  runs (the first run's results and scores copied under new run ids: a year of history);
* ``--entries`` audited calls between 6 agencies over the year before now, with latencies,
  bulk-loaded: rows written straight into ``audit_entry`` (canonical JSON, not chained: no
  page verifies), 100,000 per transaction, each batch folded into the hourly rollups by the
  append's own functions (``group``/``group_latency`` and their upserts), as the writer does.

Then it measures, through the real app (httpx over ASGI, one process):

  count(*)   ``SELECT count(*) FROM audit_entry``, median of 5 before and 5 after the views;
  cold       the first view of each page in the fresh app (the overview sums the closed hours
             once; with ``--warm``, the server's start-up ``warm`` has done it, timed apart);
  p50/p95    each page's time over ``--views`` views in turn (overview, sharing matrix, agency
             drill-down, dataset drill-down, call monitoring, monthly report), 50 new entries
             appended through ``AuditLog.append_many`` before every 100th view;
  RSS        the process's resident memory after the first round of pages and after all views.

The web issue's goal: every page's p95 < 150 ms and no more than count(*), memory flat.
``--scan`` adds the raw scan (one GROUP BY over every entry's JSON: what a view cost before the
rollups). Absolute numbers depend on the shared, noisy machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, literal_column, select, text

from lienthong.audit import AuditEvent, AuditLog, EventType, Outcome
from lienthong.audit._canonical import format_time
from lienthong.audit._rollup import (
    group,
    group_latency,
    group_rows,
    latency_rows,
    latency_upsert_sql,
    upsert_sql,
)
from lienthong.audit._tables import audit_entry
from lienthong.config import Settings
from lienthong.dashboard import Accounts, warm
from lienthong.store import Store
from lienthong.web import create_app

AGENCIES = ("CA-HCM", "BHXH-HCM", "SYT-HCM", "SGDDT-HCM", "STC-HCM", "SNNMT-HCM")
PASSWORD = "bench-password-123"
YEAR_S = 365 * 86400
BATCH = 100_000
ZERO = "0" * 64


def _entry(i: int, seq: int, start: datetime, span_s: float) -> dict[str, Any]:
    """Entry ``i`` as ``event_entry`` writes it (the same keys), without pydantic per row."""
    refused = i % 17 == 0
    return {
        "client": f"app-{i % 11}",
        "client_agency": AGENCIES[i % 5 + 1],
        "data": {},
        "event": "SERVICE_CALL_REFUSED" if refused else "SERVICE_CALL",
        "fields": [],
        "latency_us": 800 + (i * 7919) % 24_000 + (400_000 if i % 211 == 0 else 0),
        "outcome": "denied" if refused else "allowed",
        "provider": AGENCIES[(i // 7) % 2],
        "purpose": "KHAM-CHUA-BENH",
        "reason": "no-right: client has no right" if refused else None,
        "request_id": None,
        "seq": seq,
        "service": "cong-dan",
        "status": 403 if refused else 200,
        "subject_keys": [],
        "time": format_time(start + timedelta(seconds=i * span_s)),
        "version": "v1",
    }


def _bulk_fill(store: Store, entries: int) -> None:
    """``entries`` rows into the chain table and their counts into the rollups, by batch."""
    dialect = store.dialect
    mark = "?" if dialect == "sqlite" else "%s"
    insert = (
        f"INSERT INTO audit_entry (seq, entry, prev_hash, hash) VALUES ({', '.join([mark] * 4)})"
    )
    fold, fold_latency = upsert_sql(dialect, [mark] * 12), latency_upsert_sql(dialect, [mark] * 7)
    start = datetime.now(UTC) - timedelta(seconds=YEAR_S)
    span_s = (YEAR_S - 7200) / max(entries, 1)  # up to two hours ago: the rest is "now"
    for first in range(0, entries, BATCH):
        batch = [_entry(i, i + 1, start, span_s) for i in range(first, min(entries, first + BATCH))]
        rows = [(e["seq"], json.dumps(e, separators=(",", ":")), ZERO, ZERO) for e in batch]
        with store.begin() as conn:
            conn.exec_driver_sql(insert, rows)
            conn.exec_driver_sql(fold, group_rows(group(batch)))
            conn.exec_driver_sql(fold_latency, latency_rows(group_latency(batch)))
    with store.begin() as conn:  # the head, so the writer's appends go on from the last row
        conn.execute(
            text("UPDATE audit_head SET seq = :seq, hash = :hash"), {"seq": entries, "hash": ZERO}
        )


def _year_of_quality(home: Path, store: Store, people: int, runs: int) -> str:
    """A generated city registered and measured once, its run copied to ``runs`` daily runs."""
    from lienthong.city import CityConfig, generate_city
    from lienthong.quality import run_quality
    from lienthong.registry import Registry

    generate_city(CityConfig(people=people, seed=7, out=home / "city", as_of=date(2026, 1, 1)))
    Registry(store).import_manifest(home / "city" / "manifest.json")
    first = run_quality(store)
    first_id = int(getattr(first, "run_id", 0) or 1)
    with store.begin() as conn:
        columns = {
            table: list(conn.execute(text(f"SELECT * FROM {table} LIMIT 1")).keys())
            for table in ("quality_runs", "quality_results", "quality_scores")
        }
        for run in range(first_id + 1, first_id + runs):
            keep = [c for c in columns["quality_runs"] if c != "id"]
            conn.execute(
                text(
                    f"INSERT INTO quality_runs (id, {', '.join(keep)})"
                    f" SELECT {run}, {', '.join(keep)} FROM quality_runs WHERE id = {first_id}"
                )
            )
            keep = [c for c in columns["quality_results"] if c not in ("id", "run_id")]
            conn.execute(
                text(
                    f"INSERT INTO quality_results (run_id, {', '.join(keep)})"
                    f" SELECT {run}, {', '.join(keep)} FROM quality_results"
                    f" WHERE run_id = {first_id}"
                )
            )
            keep = [c for c in columns["quality_scores"] if c not in ("run_id", "score")]
            conn.execute(
                text(
                    f"INSERT INTO quality_scores (run_id, score, {', '.join(keep)})"
                    f" SELECT {run}, score - {(first_id + runs - run) % 3}, {', '.join(keep)}"
                    f" FROM quality_scores WHERE run_id = {first_id}"
                )
            )
        dataset = conn.execute(text("SELECT dataset FROM quality_results LIMIT 1")).scalar_one()
    return str(dataset)


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _event(i: int) -> AuditEvent:
    outcome = Outcome.DENIED if i % 17 == 0 else Outcome.ALLOWED
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
        status=200 if outcome is Outcome.ALLOWED else 403,
        reason="no-right" if outcome is Outcome.DENIED else None,
        latency_ms=2.0 + i % 40,
    )


async def _views(app: Any, pages: dict[str, str], views: int, audit: AuditLog) -> dict[str, Any]:
    times: dict[str, list[float]] = {name: [] for name in pages}
    cold: dict[str, float] = {}
    rss: dict[str, float] = {"before": _rss_mib()}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://b"
    ) as http:
        await http.post(
            "/login",
            content=f"name=bench&password={PASSWORD}".encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        names = list(pages)
        for view in range(views + len(names)):
            name = names[view % len(names)]
            if view >= len(names) and view % 100 == 0:
                audit.append_many([_event(i) for i in range(50)])
            started = time.perf_counter()
            page = await http.get(pages[name])
            took = (time.perf_counter() - started) * 1000
            assert page.status_code == 200, (name, page.status_code)
            if view < len(names):
                cold[name] = took
                if view == len(names) - 1:
                    rss["after_first_round"] = _rss_mib()
            else:
                times[name].append(took)
                if view == len(names) + 999:
                    rss["after_1000"] = _rss_mib()
    rss["after_all"] = _rss_mib()
    found: dict[str, Any] = {"rss_mib": {k: round(v, 1) for k, v in rss.items()}, "pages": {}}
    for name, values in times.items():
        values.sort()
        found["pages"][name] = {
            "views": len(values),
            "cold_ms": round(cold[name], 2),
            "p50_ms": round(statistics.median(values), 2),
            "p95_ms": round(values[max(0, int(len(values) * 0.95) - 1)], 2),
        }
    return found


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


def _times_ms(measure: Any, times: int) -> list[float]:
    found = []
    for _ in range(times):
        started = time.perf_counter()
        measure()
        found.append((time.perf_counter() - started) * 1000)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--views", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=365)
    parser.add_argument("--people", type=int, default=1_000)
    parser.add_argument("--scan", action="store_true")
    parser.add_argument(
        "--warm", action="store_true", help="time the server's start-up warm-up before the views"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        home = Path(folder)
        settings = Settings(home=home, dev_mode=False)
        store = Store.open(settings.resolved_store_url)
        audit = AuditLog.open(store, home)
        Accounts(home).add("bench", PASSWORD, "leader")
        started = time.perf_counter()
        dataset = _year_of_quality(home, store, args.people, args.runs)
        quality_s = time.perf_counter() - started
        started = time.perf_counter()
        _bulk_fill(store, args.entries)
        fill_s = time.perf_counter() - started
        audit = AuditLog.open(store, home)  # reads the head the fill moved

        def count() -> None:
            with store.connect() as conn:
                conn.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()

        count()  # once to warm the page cache, as the pages' own tables are warm
        counts = _times_ms(count, 5)
        scan_ms = statistics.median(_times_ms(lambda: _scan(store), 1)) if args.scan else None
        month = datetime.now(UTC).astimezone().strftime("%Y-%m")
        pages = {
            "overview": "/dashboard",
            "sharing": "/dashboard/sharing",
            "agency": "/dashboard/agency/CA-HCM",
            "dataset": f"/dashboard/dataset/{dataset}",
            "calls": "/dashboard/calls",
            "report": f"/dashboard/report?month={month}",
        }
        app = create_app(settings, store, json_logs=False)
        warm_ms = None
        if args.warm:  # what `lienthong serve` runs at start (httpx over ASGI runs no lifespan)
            started = time.perf_counter()
            warm(app.state)
            warm_ms = round((time.perf_counter() - started) * 1000, 2)
        found = asyncio.run(_views(app, pages, args.views, audit))
        counts += _times_ms(count, 5)
        with store.connect() as conn:
            sizes = {
                table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in ("audit_rollup", "audit_latency", "quality_runs", "quality_scores")
            }
        store.close()
    baseline = statistics.median(counts)
    result: dict[str, Any] = {
        "entries": args.entries,
        "views": args.views,
        "quality_runs": sizes["quality_runs"],
        "build_quality_s": round(quality_s, 1),
        "build_entries_s": round(fill_s, 1),
        "rollup_rows": sizes["audit_rollup"],
        "latency_rows": sizes["audit_latency"],
        "count_ms": round(baseline, 2),
        "count_ms_range": [round(min(counts), 2), round(max(counts), 2)],
        "scan_ms": None if scan_ms is None else round(scan_ms, 2),
        "warm_ms": warm_ms,
        **found,
    }
    for page in result["pages"].values():
        page["p95_over_count"] = round(page["p95_ms"] / baseline, 3)
        page["met"] = page["p95_ms"] < 150 and page["p95_ms"] <= baseline
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        if key != "pages":
            print(f"{key:>18}  {value}")
    print(f"{'page':>10} {'cold ms':>9} {'p50 ms':>8} {'p95 ms':>8} {'p95/count':>10}  met")
    for name, page in result["pages"].items():
        print(
            f"{name:>10} {page['cold_ms']:>9} {page['p50_ms']:>8} {page['p95_ms']:>8}"
            f" {page['p95_over_count']:>10}  {page['met']}"
        )


if __name__ == "__main__":
    main()
