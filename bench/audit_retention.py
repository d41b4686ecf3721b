"""Audit retention on PostgreSQL: removing an archived prefix, partitions dropped vs rows deleted.

    .venv/bin/python bench/audit_retention.py [--entries N] [--width W] [--pg-admin URL]

Two throwaway PostgreSQL stores get the same N entries (sealed in "January"), then N/10 more
("June"): one created as today (``audit_entry`` and ``audit_subject`` partitioned by seq, width
W), one at revision 0009 (plain tables, as before 0010). ``lienthong audit archive --before
March`` (``archive_before``) then exports and verifies the January entries and removes them;
the removal step is timed on its own (the export and its verification cost the same on both)
and the ratio deleted/dropped printed. Both stores must still verify afterwards.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import lienthong.audit._log as log_module
import lienthong.audit._retention as retention
from lienthong.audit import (
    AuditKeys,
    AuditLog,
    _tables,
    archive_before,
)
from lienthong.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from pg_stores import part_and_plain

from audit import event  # the same service-call entry as the append benchmark

JANUARY = datetime(2026, 1, 10, tzinfo=UTC)
MARCH = datetime(2026, 3, 1, tzinfo=UTC)
JUNE = datetime(2026, 6, 10, tzinfo=UTC)


class Clock:
    now = JANUARY

    def __call__(self) -> datetime:
        return self.now


def run(url: str, entries: int, tmp: Path, removal: dict[str, float]) -> tuple[int, bool]:
    clock = Clock()
    log_module.utc_now = clock  # type: ignore[assignment]  # the checkpoints' signing time
    store = Store.open(url)
    log = AuditLog(store, AuditKeys.generate())
    for low in range(0, entries, 500):
        log.append_many([event(i) for i in range(low, min(low + 500, entries))])
    log.checkpoint()
    clock.now = JUNE
    for low in range(entries, entries + entries // 10, 500):
        log.append_many([event(i) for i in range(low, min(low + 500, entries + entries // 10))])
    timed = retention._remove_through

    def remove(log: AuditLog, through: int) -> int:
        start = time.perf_counter()
        try:
            return timed(log, through)
        finally:
            removal[url] = time.perf_counter() - start

    retention._remove_through = remove  # type: ignore[assignment]
    try:
        summary = archive_before(log, MARCH, tmp / f"{uuid.uuid4().hex}.jsonl", operator="bench")
    finally:
        retention._remove_through = timed  # type: ignore[assignment]
    ok = log.verify().ok
    log.close()
    store.close()
    return summary.removed, ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--width", type=int, default=20_000, help="entries per partition")
    parser.add_argument("--pg-admin", default="postgresql+psycopg://postgres@127.0.0.1:5432")
    args = parser.parse_args()

    removal: dict[str, float] = {}
    # plain tables, as a store before 0010
    with part_and_plain(args.pg_admin, "lt_bench_ret", "0009") as urls:
        _tables.PARTITION_SIZE = args.width
        results = {}
        with tempfile.TemporaryDirectory() as tmp:
            for kind, url in urls.items():
                results[kind] = run(url, args.entries, Path(tmp), removal)
        part_s, plain_s = removal[urls["part"]], removal[urls["plain"]]
        (removed, part_ok), (plain_removed, plain_ok) = results["part"], results["plain"]
        print(f"entries archived and removed: {removed:,} (plain: {plain_removed:,})")
        print(
            f"partitioned (width {args.width:,}): removal {part_s * 1000:.1f} ms, "
            f"verify ok: {part_ok}"
        )
        print(f"plain tables (DELETE): removal {plain_s * 1000:.1f} ms, verify ok: {plain_ok}")
        print(f"ratio delete/drop: {plain_s / part_s:.1f}x")


if __name__ == "__main__":
    main()
