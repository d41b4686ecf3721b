"""Quality runs to store in history and retention tests: small, with a chosen start time."""

from __future__ import annotations

from datetime import datetime

from lienthong.quality import CheckResult, Criterion, QualityRun
from lienthong.quality._history import save_run
from lienthong.quality._scores import all_scores
from lienthong.store import Store

AGENCY_OF = {"a.one": "AG-1", "b.two": "AG-2"}


def small_run(started: datetime, failed: int = 0) -> QualityRun:
    results = [
        CheckResult("a.one", "nfc:c", "nfc", Criterion.CLEAN, ("c",), "duckdb", 100, failed,
                    100.0 - failed),
        CheckResult("b.two", "not_null:c", "not_null", Criterion.COMPLETE, ("c",), "duckdb",
                    10, 0, 100.0),
    ]  # fmt: skip
    return QualityRun(0, started, started, started.date().isoformat(), "v1", results,
                      all_scores(results, AGENCY_OF))  # fmt: skip


def save(store: Store, started: datetime, failed: int = 0) -> int:
    return save_run(store, small_run(started, failed), AGENCY_OF)
