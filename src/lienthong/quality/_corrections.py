"""Open correction requests count against a dataset's "đúng" (correct) score.

A citizen who flags a prefilled value as wrong opens a correction request to the agency holding
it (:mod:`lienthong.procedures`). Until it closes, that record's field fails an accuracy check
named ``corrections_open``, over the dataset's rows (the largest row count any of the run's
checks read for it). The check is folded into the score as a share of failing rows, not as one
more check in the mean: a check at 99.9 % would *raise* a criterion whose mean is lower, and a
value a citizen says is wrong must never make a register look better. So

    đúng' = đúng × (1 − values under open requests / rows)

and the dataset's overall score, its agency's and the city's are recomputed from the adjusted
dataset scores exactly as a run computes them (means; :mod:`lienthong.quality._scores`). The
request closes, and the score comes back, when sync sees the source value change
(``Corrections.recheck``) or the holding agency's officer resolves it. Stored run scores are
never rewritten: the report applies the open requests of the moment it is read.
"""

from __future__ import annotations

from statistics import fmean
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from lienthong.quality._model import Criterion
from lienthong.quality._scores import CRITERIA, OVERALL
from lienthong.quality._tables import quality_results

if TYPE_CHECKING:
    from lienthong.quality._history import ReportRow
    from lienthong.store import Store

CHECK = "corrections_open"
CORRECT = Criterion.CORRECT.value


def _mean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(fmean(present), 1) if present else None


def run_rows(store: Store, run_id: int) -> dict[str, tuple[str, int]]:
    """dataset -> (agency, rows read) for one run."""
    query = (
        select(
            quality_results.c.dataset, quality_results.c.agency, func.max(quality_results.c.total)
        )
        .where(quality_results.c.run_id == run_id)
        .group_by(quality_results.c.dataset, quality_results.c.agency)
    )
    with store.connect() as conn:
        return {str(d): (str(a), int(n or 0)) for d, a, n in conn.execute(query).all()}


def open_failing(store: Store) -> dict[str, int]:
    """Per dataset, the values under an open correction request (after closing those sync has
    seen change at the source)."""
    from lienthong.procedures import Corrections

    corrections = Corrections(store)
    corrections.recheck()
    return corrections.failing()


def fold(
    rows: list[ReportRow], failing: dict[str, int], datasets: dict[str, tuple[str, int]]
) -> None:
    """Apply ``failing`` to the dataset rows' đúng, then recompute overall, agencies and city
    (in place; ``change`` follows the adjusted score)."""
    hit = {d: n for d, n in failing.items() if n and datasets.get(d, ("", 0))[1] > 0}
    if not hit:
        return
    by_key = {(r.scope, r.subject): r for r in rows}
    for dataset, n in hit.items():
        row = by_key.get(("dataset", dataset))
        if row is None or row.scores.get(CORRECT) is None:
            continue
        before = row.scores[CORRECT]
        assert before is not None
        share = max(0.0, 1 - n / datasets[dataset][1])
        _set(row, CORRECT, round(before * share, 1))
        _set(row, OVERALL, _mean([row.scores.get(c.value) for c in Criterion]))
    agencies: dict[str, list[ReportRow]] = {}
    for dataset, (agency, _) in datasets.items():
        if ("dataset", dataset) in by_key:
            agencies.setdefault(agency, []).append(by_key[("dataset", dataset)])
    touched = {datasets[d][0] for d in hit}
    for agency in touched:
        row = by_key.get(("agency", agency))
        if row is not None:
            for c in CRITERIA:
                _set(row, c, _mean([r.scores.get(c) for r in agencies[agency]]))
    city = by_key.get(("city", "city"))
    if city is not None:
        for c in CRITERIA:
            _set(city, c, _mean([r.scores.get(c) for r in rows if r.scope == "agency"]))


def _set(row: ReportRow, criterion: str, value: float | None) -> None:
    old, change = row.scores.get(criterion), row.change.get(criterion)
    row.scores[criterion] = value
    if change is not None and old is not None and value is not None:
        row.change[criterion] = round(change + value - old, 1)
