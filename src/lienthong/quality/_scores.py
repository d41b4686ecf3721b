"""Scores 0–100: per check, per criterion, overall; per dataset, per agency, for the city.

A check scores the share of its rows that pass. A criterion scores the mean of its checks
(each check counts once, however many rows it reads, so a small table's missing IDs matter
as much as a big one's). Overall is the mean of the criteria present. An agency's score is
the mean of its datasets'; the city's the mean of its agencies'. Checks that errored or
applied to no row are left out, never counted as 0 or 100.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from statistics import fmean

from lienthong.quality._model import CheckResult, Criterion

OVERALL = "overall"
CRITERIA: tuple[str, ...] = (*(c.value for c in Criterion), OVERALL)


@dataclass(frozen=True)
class Score:
    scope: str  # dataset | agency | city
    subject: str
    criterion: str  # a Criterion value or "overall"
    score: float | None
    checks: int


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(fmean(present), 1) if present else None


def dataset_scores(
    results: Iterable[CheckResult],
) -> dict[str, dict[str, tuple[float | None, int]]]:
    """dataset → criterion → (score, number of scored checks)."""
    grouped: dict[str, dict[str, list[float]]] = {}
    for r in results:
        bucket = grouped.setdefault(r.dataset, {c.value: [] for c in Criterion})
        if r.error is None and r.score is not None and r.criterion is not None:
            bucket[r.criterion.value].append(r.score)
    out: dict[str, dict[str, tuple[float | None, int]]] = {}
    for dataset, by_criterion in grouped.items():
        row = {c: (_mean(v), len(v)) for c, v in by_criterion.items()}
        row[OVERALL] = (_mean(s for s, _ in row.values()), sum(n for _, n in row.values()))
        out[dataset] = row
    return out


def all_scores(results: Iterable[CheckResult], agency_of: Mapping[str, str]) -> list[Score]:
    per_dataset = dataset_scores(results)
    scores = [
        Score("dataset", d, c, s, n) for d, row in per_dataset.items() for c, (s, n) in row.items()
    ]
    agencies: dict[str, list[dict[str, tuple[float | None, int]]]] = {}
    for dataset, row in per_dataset.items():
        agencies.setdefault(agency_of.get(dataset, "?"), []).append(row)
    agency_rows: dict[str, dict[str, float | None]] = {}
    for agency, rows in agencies.items():
        agency_rows[agency] = {}
        for c in CRITERIA:
            value = _mean(r[c][0] for r in rows)
            agency_rows[agency][c] = value
            scores.append(Score("agency", agency, c, value, sum(r[c][1] for r in rows)))
    for c in CRITERIA:
        scores.append(Score("city", "city", c, _mean(r[c] for r in agency_rows.values()), 0))
    return scores
