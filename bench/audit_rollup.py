"""What the hourly rollups cost the audit append, measured against the append without them.

    .venv/bin/python bench/audit_rollup.py [--single 3000] [--batched 20000] [--repeats 3]

CPU time per appended entry (``time.process_time``) in ``AuditLog.append_many``, SQLite store,
``durable=False`` so the disk's fsync does not hide the CPU, for one entry per transaction (the
gateway at low load) and batches of 100 (the group-commit writer under load). The baseline is the
same append with the rollup upsert given no rows (``group_rows`` patched to return nothing), in
the same run; the median of ``--repeats`` runs each. Prints the ratio rollup / baseline.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from unittest import mock

from lienthong.audit import AuditEvent, AuditKeys, AuditLog, EventType, Outcome
from lienthong.store import Store


def _event(i: int) -> AuditEvent:
    return AuditEvent(
        event=EventType.SERVICE_CALL,
        outcome=Outcome.ALLOWED,
        client="BHXH-HCM-app",
        client_agency="BHXH-HCM",
        provider="CA-HCM",
        service="cong-dan",
        version="v1",
        purpose="BHYT-CAP-THE",
        subjects=(f"079{i:09d}",),
        status=200,
    )


def _cpu_per_entry(entries: int, batch: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{Path(folder) / 'platform.db'}")
        log = AuditLog(store, AuditKeys.generate(), durable=False)
        events = [_event(i) for i in range(entries)]
        started = time.process_time()
        for first in range(0, entries, batch):
            log.append_many(events[first : first + batch])
        spent = time.process_time() - started
        log.close()
        store.close()
    return spent / entries * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--single", type=int, default=3000)
    parser.add_argument("--batched", type=int, default=20000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    result: dict[str, float] = {}
    for label, entries, batch in (("one", args.single, 1), ("batch100", args.batched, 100)):
        with_rollup, without = [], []
        for _ in range(args.repeats):  # interleaved, so load changes hit both alike
            with_rollup.append(_cpu_per_entry(entries, batch))
            with mock.patch("lienthong.audit._log.group_rows", lambda _groups: []):
                without.append(_cpu_per_entry(entries, batch))
        result[f"{label}_baseline_us"] = round(statistics.median(without), 1)
        result[f"{label}_rollup_us"] = round(statistics.median(with_rollup), 1)
        result[f"{label}_ratio"] = round(
            statistics.median(with_rollup) / statistics.median(without), 2
        )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
