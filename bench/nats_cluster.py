"""NATS change log: a three-node JetStream cluster (R=3) against one server, in the same run.

Both are real ``nats-server`` processes started on loopback ports for this run (the cluster
helper of the tests, ``tests/sync/nats_cluster.py``), with file storage. For each, the change
log appends N changes in batches (each batch acknowledged by the stream: with R=3 that means
stored on two of three nodes) and then reads them all back in order; changes/s for both, and
the cluster's ratio to the single server (goal: >= 0.7x).

    .venv/bin/python bench/nats_cluster.py [--changes 20000] [--batch 500] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "sync"))
from nats_cluster import NatsCluster

from lienthong.sync._model import Change
from lienthong.sync._nats import NatsChangeLog


def measure(url: str, changes: int, batch: int) -> dict[str, float]:
    dataset = f"b{uuid.uuid4().hex[:8]}.cong_dan"
    when = datetime(2026, 1, 1, tzinfo=UTC)
    rows = [
        Change(
            dataset,
            "update",
            f"[{n % 1000}]",
            f"pg:0/{n:X}:0",
            when,
            None,
            {"id": n % 1000, "ho_ten": "Nguyễn Văn An", "v": n},
        )
        for n in range(changes)
    ]
    log = NatsChangeLog(url)
    try:
        log.append(rows[:1])  # the stream exists (and, in a cluster, has elected its leader)
        started = time.perf_counter()
        for first in range(1, changes, batch):
            log.append(rows[first : first + batch])
        append_s = time.perf_counter() - started
        started, after, read = time.perf_counter(), 0, 0
        while True:
            got = log.read(dataset, after, batch)
            if not got:
                break
            read += len(got)
            after = got[-1].seq
        read_s = time.perf_counter() - started
        if read != changes:
            raise SystemExit(f"read {read} of {changes} changes from {url}")
        log.delete_stream(dataset)
    finally:
        log.close()
    return {
        "append_per_s": (changes - 1) / append_s,
        "read_per_s": changes / read_s,
        "append_s": append_s,
        "read_s": read_s,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--changes", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, nodes in (("single", 1), ("cluster-r3", 3)):
            cluster = NatsCluster(Path(tmp) / name, nodes=nodes).start()
            try:
                results[name] = measure(cluster.url, args.changes, args.batch)
            finally:
                cluster.stop()
    base, r3 = results["single"], results["cluster-r3"]
    ratios = {
        "append_ratio": r3["append_per_s"] / base["append_per_s"],
        "read_ratio": r3["read_per_s"] / base["read_per_s"],
    }
    if args.json:
        print(json.dumps({"changes": args.changes, **results, **ratios}, indent=2))
        return
    print(f"{args.changes:,} changes, batches of {args.batch}")
    print(f"{'':12} {'append/s':>10} {'read/s':>10}")
    for name, figures in results.items():
        print(f"{name:12} {figures['append_per_s']:>10,.0f} {figures['read_per_s']:>10,.0f}")
    print(
        f"cluster (R=3) / single: append {ratios['append_ratio']:.2f}x,"
        f" read {ratios['read_ratio']:.2f}x (goal >= 0.7x)"
    )


if __name__ == "__main__":
    main()
