"""Every run is stored, so scores can be compared run to run (SQLite and PostgreSQL stores)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lienthong.errors import NotFoundError
from lienthong.quality import CheckResult, Criterion, QualityRun, report
from lienthong.quality._history import save_run
from lienthong.quality._scores import all_scores
from lienthong.quality._tables import quality_results, quality_scores
from lienthong.store import Store

AGENCY_OF = {"a.one": "AG-1", "a.two": "AG-1", "b.three": "AG-2"}


def _run(failed_in_one: int) -> QualityRun:
    def result(
        dataset: str, check: str, criterion: Criterion, total: int, failed: int
    ) -> CheckResult:
        score = round(100 * (1 - failed / total), 2)
        return CheckResult(dataset, check, check.split(":")[0], criterion, ("c",), "duckdb",
                           total, failed, score)  # fmt: skip

    results = [
        result("a.one", "nfc:c", Criterion.CLEAN, 100, failed_in_one),
        result("a.one", "not_null:c", Criterion.COMPLETE, 100, 0),
        result("a.two", "valid_date:c", Criterion.CORRECT, 50, 5),
        result("b.three", "stale_records:c", Criterion.LIVE, 10, 10),
        CheckResult("b.three", "regex:c", "regex", Criterion.CORRECT, ("c",), "duckdb",
                    error="The check regex:c needs the column c, which b.three does not have."),
    ]  # fmt: skip
    now = datetime.now(UTC)
    return QualityRun(0, now, now, "2026-01-01", "v1", results, all_scores(results, AGENCY_OF))


def _check_history(store: Store) -> None:
    with pytest.raises(NotFoundError):
        report(store)
    first = save_run(store, _run(failed_in_one=20), AGENCY_OF)
    second = save_run(store, _run(failed_in_one=10), AGENCY_OF)
    shown = report(store)
    assert (shown.run_id, shown.previous_run_id) == (second, first)
    rows = {(r.scope, r.subject): r for r in shown.rows}
    one = rows["dataset", "a.one"]
    assert one.scores["sạch"] == 90.0 and one.change["sạch"] == 10.0
    assert one.scores["overall"] == 95.0  # mean of sạch 90 and đủ 100
    assert rows["agency", "AG-1"].scores["đúng"] == 90.0  # only a.two has a đúng check
    # the errored check is stored but scores nothing: b.three's đúng stays empty
    assert rows["dataset", "b.three"].scores["đúng"] is None
    assert rows["dataset", "b.three"].scores["sống"] == 0.0
    assert report(store, first).previous_run_id is None
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(quality_results)).scalar() == 10
        errors = (
            conn.execute(
                select(quality_results.c.error).where(quality_results.c.error.is_not(None))
            )
            .scalars()
            .all()
        )
        assert errors and all("does not have" in e for e in errors)
        city = conn.execute(
            select(quality_scores.c.score).where(
                quality_scores.c.scope == "city", quality_scores.c.criterion == "overall",
                quality_scores.c.run_id == second,
            )
        ).scalar()  # fmt: skip
    assert city is not None and 0 <= city <= 100


def test_history_on_sqlite(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/platform.db")
    try:
        _check_history(store)
    finally:
        store.close()


@pytest.mark.integration
def test_history_on_postgresql(pg_url: str) -> None:
    store = Store.open(pg_url)
    try:
        _check_history(store)
    finally:
        store.close()


def test_a_score_last_seen_many_runs_ago_is_still_its_previous(tmp_path: Path) -> None:
    # a.two is measured in the first run only, then 19 runs without it (more than one read of
    # earlier runs); a.one in every run. Each change is against the latest run that had it.
    store = Store.open(f"sqlite:///{tmp_path}/platform.db")
    try:
        first = save_run(store, _run(failed_in_one=30), AGENCY_OF)
        without_two = _run(failed_in_one=20)
        without_two.results[:] = [r for r in without_two.results if r.dataset != "a.two"]
        without_two.scores[:] = all_scores(without_two.results, AGENCY_OF)
        for _ in range(19):
            save_run(store, without_two, AGENCY_OF)
        latest = save_run(store, _run(failed_in_one=10), AGENCY_OF)
        shown = report(store)
    finally:
        store.close()
    rows = {(r.scope, r.subject): r for r in shown.rows}
    assert shown.run_id == latest and shown.previous_run_id == latest - 1 != first
    assert rows["dataset", "a.one"].change["sạch"] == 10.0  # 90 against the run before: 80
    assert rows["dataset", "a.two"].change["đúng"] == 0.0  # 90 against the first run's 90
