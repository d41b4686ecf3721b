"""Store every run in the platform store and read it back as a report with trends."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select

from lienthong.errors import NotFoundError
from lienthong.quality._model import CheckResult
from lienthong.quality._retention import ensure_room
from lienthong.quality._scores import Score
from lienthong.quality._tables import quality_results, quality_runs, quality_scores
from lienthong.store import Store


@dataclass(frozen=True)
class QualityRun:
    """One scan: when, under which rules, every check's result and the scores."""

    id: int
    started_at: datetime
    finished_at: datetime
    as_of: str
    rule_version: str
    results: list[CheckResult]
    scores: list[Score]
    versions: dict[str, str] = field(default_factory=dict)  # dataset -> rule version
    rules_path: str | None = None

    @property
    def elapsed_s(self) -> float:
        return round((self.finished_at - self.started_at).total_seconds(), 3)

    @property
    def errors(self) -> list[CheckResult]:
        return [r for r in self.results if r.error]

    def score(self, scope: str, subject: str, criterion: str) -> float | None:
        for s in self.scores:
            if (s.scope, s.subject, s.criterion) == (scope, subject, criterion):
                return s.score
        return None


def save_run(store: Store, run: QualityRun, agency_of: dict[str, str]) -> int:
    """Write the run, its results and scores in one transaction; return the run id."""
    datasets = {r.dataset for r in run.results}
    with store.begin() as conn:
        inserted = conn.execute(
            insert(quality_runs).values(
                started_at=run.started_at,
                finished_at=run.finished_at,
                as_of=run.as_of,
                rule_version=run.rule_version,
                rules_path=run.rules_path,
                datasets=len(datasets),
                checks=len(run.results),
                errors=len(run.errors),
                elapsed_s=run.elapsed_s,
            )
        ).inserted_primary_key
        assert inserted is not None
        run_id = inserted[0]
        if run.results:
            conn.execute(
                insert(quality_results),
                [
                    {
                        "run_id": run_id,
                        "dataset": r.dataset,
                        "agency": agency_of.get(r.dataset, "?"),
                        "check_name": r.check,
                        "kind": r.kind,
                        "criterion": r.criterion.value if r.criterion else None,
                        "columns": ",".join(r.columns),
                        "engine": r.engine,
                        "rule_version": run.versions.get(r.dataset, run.rule_version),
                        "total": r.total,
                        "failed": r.failed,
                        "score": r.score,
                        "observed": r.observed,
                        "note": r.note,
                        "error": r.error,
                        "elapsed_ms": r.elapsed_ms,
                    }
                    for r in run.results
                ],
            )
        if run.scores:
            conn.execute(
                insert(quality_scores),
                [
                    {
                        "run_id": run_id,
                        "scope": s.scope,
                        "subject": s.subject,
                        "criterion": s.criterion,
                        "score": s.score,
                        "checks": s.checks,
                    }
                    for s in run.scores
                ],
            )
    ensure_room(store, int(run_id))
    return int(run_id)


@dataclass(frozen=True)
class ReportRow:
    scope: str
    subject: str
    scores: dict[str, float | None]  # criterion -> score
    change: dict[str, float | None]  # criterion -> change since the previous run that had it


@dataclass(frozen=True)
class Report:
    run_id: int
    started_at: datetime
    as_of: str
    previous_run_id: int | None
    rows: list[ReportRow]

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "started_at": self.started_at.isoformat(),
            "as_of": self.as_of,
            "previous_run_id": self.previous_run_id,
            "rows": [
                {"scope": r.scope, "subject": r.subject, "scores": r.scores, "change": r.change}
                for r in self.rows
            ],
        }


def report(store: Store, run_id: int | None = None, *, corrections: bool = True) -> Report:
    """Scores of a run (the latest by default) with the change since the one before; with
    ``corrections``, open correction requests counted against "đúng" as they stand now
    (:mod:`lienthong.quality._corrections`)."""
    with store.connect() as conn:
        query = select(quality_runs).order_by(quality_runs.c.id.desc()).limit(1)
        if run_id is not None:
            query = select(quality_runs).where(quality_runs.c.id == run_id)
        run = conn.execute(query).mappings().first()
        if run is None:
            raise NotFoundError(
                "No quality run is stored yet." if run_id is None else f"There is no run {run_id}.",
                hint="Run `lienthong quality run` first.",
            )
        current = (
            conn.execute(select(quality_scores).where(quality_scores.c.run_id == run["id"]))
            .mappings()
            .all()
        )
        earlier = (
            conn.execute(
                select(quality_scores)
                .where(quality_scores.c.run_id < run["id"])
                .order_by(quality_scores.c.run_id.desc())
            )
            .mappings()
            .all()
        )
    previous: dict[tuple[str, str, str], float | None] = {}
    previous_run: int | None = None
    for s in earlier:
        key = (s["scope"], s["subject"], s["criterion"])
        if key not in previous:
            previous[key] = s["score"]
            previous_run = previous_run or int(s["run_id"])
    rows: dict[tuple[str, str], ReportRow] = {}
    for s in current:
        row = rows.setdefault(
            (s["scope"], s["subject"]), ReportRow(s["scope"], s["subject"], {}, {})
        )
        row.scores[s["criterion"]] = s["score"]
        before = previous.get((s["scope"], s["subject"], s["criterion"]))
        row.change[s["criterion"]] = (
            None if before is None or s["score"] is None else round(s["score"] - before, 1)
        )
    order = {"city": 0, "agency": 1, "dataset": 2}
    ordered = sorted(rows.values(), key=lambda r: (order.get(r.scope, 9), r.subject))
    if corrections:  # values citizens flagged as wrong fail "đúng" while the request is open
        from lienthong.quality import _corrections

        failing = _corrections.open_failing(store)
        if failing:
            _corrections.fold(ordered, failing, _corrections.run_rows(store, int(run["id"])))
    return Report(int(run["id"]), run["started_at"], run["as_of"], previous_run, ordered)


def run_results(store: Store, run_id: int) -> list[dict[str, Any]]:
    with store.connect() as conn:
        rows = (
            conn.execute(select(quality_results).where(quality_results.c.run_id == run_id))
            .mappings()
            .all()
        )
    return [dict(r) for r in rows]


def latest_runs(store: Store, limit: int = 10) -> Sequence[dict[str, Any]]:
    with store.connect() as conn:
        rows = (
            conn.execute(select(quality_runs).order_by(quality_runs.c.id.desc()).limit(limit))
            .mappings()
            .all()
        )
    return [dict(r) for r in rows]
