"""Audit log write throughput: one transaction per entry vs the group-commit writer.

    .venv/bin/python bench/audit.py [--small] [--no-postgres] [--pg-admin URL]

For SQLite (durable commits, synchronous=FULL) and PostgreSQL (a throwaway database) it measures,
in one run on this machine:

  (1) baseline: ``AuditLog.append`` one entry per transaction, back to back;
  (2) group commit: ``AuditWriter`` with C concurrent "requests", each awaiting its entry before
      sending the next (as a gateway connection does), one process;
  (3) the same with two processes appending to the one chain (several gateways, one store);
  (4) verification speed of the resulting chain;
  (5) CPU time per entry inside ``append_many`` (batches of 100): the audit's share of a core.

It prints appends/s, the ratio (2)/(1) and (3)/(1), the mean batch size and the p50/p99 latency of
``await writer.write``. Absolute numbers depend on the (shared, noisy) machine; the ratios are
the result.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from lienthong.audit import AuditEvent, AuditKeys, AuditLog, AuditWriter, EventType, Outcome
from lienthong.store import Store


def event(i: int) -> AuditEvent:
    return AuditEvent(
        event=EventType.SERVICE_CALL,
        outcome=Outcome.ALLOWED,
        client=f"app-{i % 7}",
        client_agency="SYT-HCM",
        provider="CA-HCM",
        service="cong-dan",
        version="v1",
        purpose="KHAM-CHUA-BENH",
        subjects=(f"079{i % 1_000_000:09d}",),
        fields=("so_dinh_danh", "ho_ten", "ngay_sinh", "gioi_tinh"),
        status=200,
        latency_ms=1.25,
        request_id=uuid.uuid4().hex,
    )


def cpu_per_entry(log: AuditLog, n: int, batch: int = 100) -> float:
    """CPU microseconds one entry costs inside ``append_many`` (batches of ``batch``): what the
    audit takes from a gateway's cores, less sensitive to a noisy machine than wall time."""
    events = [event(i) for i in range(n)]
    start = time.process_time()
    for i in range(0, n, batch):
        log.append_many(events[i : i + batch])
    return (time.process_time() - start) / n * 1e6


def one_by_one(log: AuditLog, n: int) -> float:
    start = time.perf_counter()
    for i in range(n):
        log.append(event(i))
    return n / (time.perf_counter() - start)


async def _group(log: AuditLog, n: int, concurrency: int) -> tuple[float, float, float, float]:
    latencies: list[float] = []
    per_task = n // concurrency

    async def connection(writer: AuditWriter, offset: int) -> None:
        for i in range(per_task):
            t0 = time.perf_counter()
            await writer.write(event(offset + i))
            latencies.append(time.perf_counter() - t0)

    async with AuditWriter(log) as writer:
        start = time.perf_counter()
        await asyncio.gather(*(connection(writer, c * per_task) for c in range(concurrency)))
        elapsed = time.perf_counter() - start
        batches = writer.batches
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    written = per_task * concurrency
    return written / elapsed, written / batches, statistics.median(latencies) * 1e3, p99 * 1e3


def group_commit(log: AuditLog, n: int, concurrency: int) -> tuple[float, float, float, float]:
    return asyncio.run(_group(log, n, concurrency))


def _worker(url: str, keys_dir: str, n: int, concurrency: int) -> tuple[float, float]:
    """One 'gateway process': returns (start, end) wall-clock times of its group-commit run."""
    store = Store.open(url)
    log = AuditLog(store, AuditKeys.load(Path(keys_dir)))
    asyncio.run(_group(log, 10, 2))  # warm up (imports, connections)
    start = time.time()
    group_commit(log, n, concurrency)
    end = time.time()
    store.close()
    return start, end


def two_processes(url: str, keys_dir: Path, n: int, concurrency: int) -> float:
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        futures = [pool.submit(_worker, url, str(keys_dir), n // 2, concurrency) for _ in (1, 2)]
        spans = [f.result() for f in futures]
    per = (n // 2 // concurrency) * concurrency
    return 2 * per / (max(e for _, e in spans) - min(s for s, _ in spans))


def run_backend(
    name: str, url: str, keys_dir: Path, n_single: int, n_group: int, conc: int
) -> dict[str, object]:
    store = Store.open(url)
    log = AuditLog(store, AuditKeys.load(keys_dir))
    log.append(event(0))  # warm the pool
    single = one_by_one(log, n_single)
    cpu_us = cpu_per_entry(log, n_single * 2)
    rate, batch, p50, p99 = group_commit(log, n_group, conc)
    multi = two_processes(url, keys_dir, n_group, conc)
    start = time.perf_counter()
    report = log.verify()
    verify_rate = report.entries / (time.perf_counter() - start)
    store.close()
    assert report.ok, report.first_break
    return {
        "backend": name,
        "one_by_one_per_s": round(single),
        "group_commit_per_s": round(rate),
        "ratio_group_vs_single": round(rate / single, 1),
        "two_processes_per_s": round(multi),
        "ratio_two_processes_vs_single": round(multi / single, 1),
        "mean_batch": round(batch, 1),
        "append_cpu_us_per_entry": round(cpu_us),
        "write_p50_ms": round(p50, 2),
        "write_p99_ms": round(p99, 2),
        "concurrency": conc,
        "verified_entries": report.entries,
        "verify_per_s": round(verify_rate),
    }


def _pg_database(admin: str) -> tuple[str, object]:
    from sqlalchemy import create_engine, text

    name = f"lt_bench_audit_{uuid.uuid4().hex[:8]}"
    engine = create_engine(f"{admin}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    return f"{admin}/{name}", drop


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--small", action="store_true", help="a quick run (smaller counts)")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument("--pg-admin", default="postgresql+psycopg://postgres@127.0.0.1:5432")
    parser.add_argument("--concurrency", type=int, default=100, help="concurrent requests")
    args = parser.parse_args()
    n_single, n_group = (200, 2_000) if args.small else (1_000, 20_000)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        keys_dir = Path(tmp) / "keys"
        AuditKeys.load_or_create(keys_dir)
        results.append(
            run_backend(
                "sqlite",
                f"sqlite:///{tmp}/platform.db",
                keys_dir,
                n_single,
                n_group,
                args.concurrency,
            )
        )
        if not args.no_postgres:
            url, drop = _pg_database(args.pg_admin)
            try:
                results.append(
                    run_backend("postgresql", url, keys_dir, n_single, n_group, args.concurrency)
                )
            finally:
                drop()  # type: ignore[operator]
    cols = list(results[0])
    print(" | ".join(cols))
    for row in results:
        print(" | ".join(str(row[c]) for c in cols))
    print(json.dumps(results), file=sys.stderr)


if __name__ == "__main__":
    main()
