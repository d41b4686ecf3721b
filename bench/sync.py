"""Sync benchmark: PostgreSQL source → change log → direct apply, end to end.

Four variants in one run: change log in the platform store (embedded, SQLite) or NATS
JetStream, applied into a PostgreSQL or a SQLite target. For each:

- sustained throughput: a writer commits N row changes as fast as it can (100 per transaction)
  while a capture process and a delivery process (separate, as `lienthong sync start --role`
  runs them) move them; changes/s = N / (last applied − first commit);
- latency at a steady rate: the writer commits R changes/s for a few seconds ("at /s" is the
  rate it actually kept, lower than R when the machine cannot commit that fast); per change,
  (applied at the subscriber, from `_lienthong_applied.applied_ts`) − (commit time at the
  source, from the WAL), p50 and p99.

Ratios are printed against the embedded-store → PostgreSQL variant measured in the same run
(the machine is shared and noisy: absolute figures drift, ratios less so).

    .venv/bin/python bench/sync.py [--small]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432"
NATS = "nats://127.0.0.1:4222"


def worker(role: str, store_url: str, home: str) -> None:
    from lienthong.audit import AuditLog
    from lienthong.store import Store
    from lienthong.sync import Sync

    store = Store.open(store_url)
    with Sync(store, AuditLog.open(store, Path(home))) as sync:
        sync.run(roles=(role,), batch_size=5000, idle_sleep_s=0.005)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (Linux /proc)."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Result:
    name: str
    changes: int
    seconds: float
    p50_ms: float
    p99_ms: float
    latency_n: int
    capture_cpu_s: float
    deliver_cpu_s: float
    offered: float = 0.0  # the rate the writer actually kept during the latency run

    @property
    def rate(self) -> float:
        return self.changes / self.seconds


def run_variant(
    name: str,
    log_url: str,
    target_kind: str,
    n: int,
    rate: int,
    seconds: float,
    home: Path,
    per_tx: int = 10,
) -> Result:
    from sqlalchemy import create_engine, text

    from lienthong.audit import AuditLog
    from lienthong.store import Store
    from lienthong.sync import APPLIED_TABLE, CaptureSpec, SubscriptionSpec, Sync, open_log

    db = f"lt_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(f"{PG_ADMIN}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{db}"'))
    source_url = f"{PG_ADMIN}/{db}"
    source = create_engine(source_url)
    ddl = "CREATE TABLE {t} (id integer PRIMARY KEY, version integer NOT NULL, dia_chi text)"
    with source.begin() as conn:
        conn.execute(text(ddl.format(t="ho_so")))
        conn.execute(text(ddl.format(t="ho_so_dich")))
    run_home = home / name
    run_home.mkdir(parents=True)
    if target_kind == "sqlite":
        target = str(run_home / "target.db")
        import sqlite3

        with sqlite3.connect(target) as conn:
            conn.execute(ddl.format(t="ho_so_dich"))
    else:
        target = source_url
    store_url = f"sqlite:///{run_home / 'platform.db'}"
    store = Store.open(store_url)
    dataset = f"b{uuid.uuid4().hex[:8]}.ho_so"
    with Sync(store, AuditLog.open(store, run_home)) as sync:
        sync.watch(
            CaptureSpec(dataset, "postgresql", source_url, "ho_so", ("id",), log_url),
            snapshot=False,
        )
        sync.subscribe(
            SubscriptionSpec(
                name="bench",
                dataset=dataset,
                client="BHXH-HCM",
                purpose="bench",
                fields=("id", "version", "dia_chi"),
                mode="apply",
                target=target,
                target_table="ho_so_dich",
                mapping={"id": "id", "version": "version", "dia_chi": "dia_chi"},
                target_key=("id",),
            )
        )
    procs = [
        subprocess.Popen([sys.executable, __file__, "--worker", role, store_url, str(run_home)])
        for role in ("capture", "deliver")
    ]
    target_engine = create_engine(target if "://" in target else f"sqlite:///{target}")

    def applied() -> int:
        try:
            with target_engine.connect() as conn:
                return int(conn.execute(text(f"SELECT count(*) FROM {APPLIED_TABLE}")).scalar_one())
        except Exception:  # noqa: BLE001 - the table appears with the first delivery
            return 0

    def wait_for(count: int, limit_s: float) -> None:
        # The end time is read from applied_ts, not from this loop, so polling slowly does not
        # move it; it only keeps the harness's count(*) off the CPU the measured processes share.
        deadline = time.monotonic() + limit_s
        while applied() < count and time.monotonic() < deadline:
            time.sleep(0.25)

    import psycopg

    writer = psycopg.connect(source_url.replace("postgresql+psycopg", "postgresql"))
    try:
        # warm up: both workers started, connected, and one change through end to end
        with writer.transaction(), writer.cursor() as cur:
            cur.execute("INSERT INTO ho_so VALUES (-1, 0, 'khởi động')")
        wait_for(1, 120)
        # throughput: n inserts, 100 per transaction, as fast as possible
        started = time.time()
        cpu_before = [cpu_seconds(p.pid) for p in procs]
        for start in range(0, n, 100):
            with writer.transaction(), writer.cursor() as cur:
                cur.executemany(
                    "INSERT INTO ho_so VALUES (%s, 0, %s)",
                    [(i, f"{i} Lê Lợi") for i in range(start, min(n, start + 100))],
                )
        wait_for(n + 1, 300)
        cpu = [cpu_seconds(p.pid) - b for p, b in zip(procs, cpu_before, strict=True)]
        with target_engine.connect() as conn:
            last = float(
                conn.execute(text(f"SELECT max(applied_ts) FROM {APPLIED_TABLE}")).scalar_one()
            )
        done = applied()
        # latency at a steady rate: updates, per_tx per transaction
        interval = per_tx / rate
        ticks = int(seconds * rate / per_tx)
        t0 = time.monotonic()
        for tick in range(ticks):
            version = tick + 1
            with writer.transaction(), writer.cursor() as cur:
                cur.executemany(
                    "UPDATE ho_so SET version = %s, dia_chi = %s WHERE id = %s",
                    [
                        (version, f"{version} Nguyễn Huệ", (tick * per_tx + j) % n)
                        for j in range(per_tx)
                    ],
                )
            pause = t0 + (tick + 1) * interval - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        offered = ticks * per_tx / (time.monotonic() - t0)
        wait_for(done + ticks * per_tx, 120)
    finally:
        writer.close()
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=10)
    latencies = _latencies(store, log_url, dataset, target_engine, skip=n + 1)
    log = open_log(store, log_url)
    if hasattr(log, "delete_stream"):
        log.delete_stream(dataset)
    log.close()
    target_engine.dispose()
    source.dispose()
    with admin.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"
                f" WHERE database = '{db}'"
            )
        )
        conn.execute(text(f'DROP DATABASE "{db}" WITH (FORCE)'))
    admin.dispose()
    store.close()
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    capture_cpu, deliver_cpu = cpu
    return Result(
        name,
        n,
        last - started,
        quantiles[49],
        quantiles[98],
        len(latencies),
        capture_cpu,
        deliver_cpu,
        offered,
    )


def _latencies(
    store: object, log_url: str, dataset: str, target_engine: object, skip: int
) -> list[float]:
    from sqlalchemy import text

    from lienthong.sync import APPLIED_TABLE, open_log

    with target_engine.connect() as conn:  # type: ignore[attr-defined]
        applied = dict(
            conn.execute(text(f"SELECT change_id, applied_ts FROM {APPLIED_TABLE}")).all()
        )
    log = open_log(store, log_url)  # type: ignore[arg-type]
    out: list[float] = []
    after = skip
    while True:
        batch = log.read(dataset, after, 5000)
        if not batch:
            break
        for item in batch:
            if item.change_id in applied:
                out.append((applied[item.change_id] - item.change.commit_time.timestamp()) * 1000)
        after = batch[-1].seq
    log.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="5,000 changes, 2 s latency runs")
    parser.add_argument("--changes", type=int, default=None)
    parser.add_argument("--rate", type=int, default=500, help="changes/s for the latency run")
    parser.add_argument(
        "--seconds", type=float, default=None, help="length of the latency run (default 5 s)"
    )
    parser.add_argument(
        "--per-tx", type=int, default=10, help="changes per transaction in the latency run"
    )
    parser.add_argument(
        "--only",
        default=None,
        help="comma-separated variant names to run (e.g. nats→postgresql); the first is the base",
    )
    parser.add_argument("--worker", nargs=3, metavar=("ROLE", "STORE", "HOME"))
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
        return
    n = args.changes or (5_000 if args.small else 50_000)
    seconds = args.seconds or (2.0 if args.small else 5.0)
    variants = [
        ("store→postgresql", "store", "postgresql"),
        ("store→sqlite", "store", "sqlite"),
        ("nats→postgresql", NATS, "postgresql"),
        ("nats→sqlite", NATS, "sqlite"),
    ]
    if args.only:
        wanted = args.only.split(",")
        unknown = [w for w in wanted if w not in {v[0] for v in variants}]
        if unknown:
            parser.error(
                f"unknown variant(s) {', '.join(unknown)}; known: "
                + ", ".join(v[0] for v in variants)
            )
        variants = [v for v in variants if v[0] in wanted]
    results = []
    with tempfile.TemporaryDirectory(prefix="lt-bench-sync-") as tmp:
        for name, log_url, target in variants:
            print(f"… {name}", file=sys.stderr, flush=True)
            results.append(
                run_variant(name, log_url, target, n, args.rate, seconds, Path(tmp), args.per_tx)
            )
    base = results[0]
    print(
        f"{'variant':<18} {'changes':>8} {'changes/s':>10} {'× base':>7} {'p50 ms':>8}"
        f" {'p99 ms':>8} {'× base p99':>10} {'at /s':>7} {'capture/CPU-s':>14}"
        f" {'deliver/CPU-s':>14}"
    )
    for r in results:
        print(
            f"{r.name:<18} {r.changes:>8,} {r.rate:>10,.0f} {r.rate / base.rate:>7.2f}"
            f" {r.p50_ms:>8.1f} {r.p99_ms:>8.1f} {r.p99_ms / base.p99_ms:>10.2f}"
            f" {r.offered:>7,.0f} {r.changes / max(r.capture_cpu_s, 1e-9):>14,.0f}"
            f" {r.changes / max(r.deliver_cpu_s, 1e-9):>14,.0f}"
        )
    print(json.dumps([{**r.__dict__, "rate": r.rate} for r in results]), file=sys.stderr)


if __name__ == "__main__":
    main()
