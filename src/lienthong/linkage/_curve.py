"""Precision and recall at every threshold, from the last run's stored pairs.

A run keeps its scored pairs down to ``LinkSettings.pair_floor`` (``link_pairs``) and each
record's group after the identifier links (``group_root``, ``group_anchor`` in the index).
That is all the clustering needs: :func:`threshold_curve` replays it at each threshold of a
grid, strongest pair first with the same CCCD guard (:class:`~lienthong.linkage._cluster.Forest`),
and scores each clustering against the truth exactly as ``link evaluate`` scores the index.
Thresholds are taken from the highest down, so one pass over the pairs serves the whole grid:
the pairs above a threshold, strongest first, are a prefix of those above a lower one. At the
run's own threshold the replay is the run's clustering, so that row equals the index's scores.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import duckdb
from sqlalchemy import Connection, delete, func, insert, select

from lienthong.errors import NotFoundError
from lienthong.linkage._cluster import Forest
from lienthong.linkage._evaluate import Evaluation, align, evaluate
from lienthong.linkage._settings import LinkSettings
from lienthong.linkage._tables import link_master_index, link_pairs, link_runs
from lienthong.store import Store

#: thresholds of the curve (those under the run's stored floor are left out), plus the run's
GRID = (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999)

_BATCH = 20_000


def save_pairs(
    conn: Connection,
    con: duckdb.DuckDBPyConnection,
    predictions: str | None,
    settings: LinkSettings,
    run_id: int,
) -> int:
    """Replace the stored pairs with this run's (the most probable, at most the cap)."""
    conn.execute(delete(link_pairs))
    if not predictions:
        return 0
    cursor = con.execute(
        f"SELECT unique_id_l, unique_id_r, match_weight, match_probability FROM {predictions} "
        f"WHERE match_probability >= ? ORDER BY match_probability DESC LIMIT ?",
        [settings.pair_floor, settings.max_stored_pairs],
    )
    stored = 0
    names = ("record_l", "record_r", "match_weight", "match_probability")
    while batch := cursor.fetchmany(_BATCH):
        conn.execute(
            insert(link_pairs),
            [dict(zip(names, row, strict=True)) | {"run_id": run_id} for row in batch],
        )
        stored += len(batch)
    return stored


@dataclass(frozen=True)
class CurvePoint:
    """The index's scores had the run linked at ``threshold``."""

    threshold: float
    #: scored pairs at or above the threshold (before clustering)
    scored_pairs: int
    predicted_pairs: int
    true_positive_pairs: int
    true_pairs: int
    precision: float
    recall: float
    f1: float
    #: the threshold the run used / the grid's best F1 (the highest threshold among ties: as
    #: good, with fewer links to trust)
    run: bool = False
    best: bool = False


@dataclass(frozen=True)
class Curve:
    run_id: int
    run_threshold: float | None
    #: the lowest probability stored: the curve is exact from there up
    floor: float
    points: list[CurvePoint]

    @property
    def best(self) -> CurvePoint | None:
        return next((p for p in self.points if p.best), None)

    def as_dict(self) -> dict[str, Any]:
        best = self.best
        return {
            "run_id": self.run_id,
            "run_threshold": self.run_threshold,
            "best_threshold": best.threshold if best else None,
            "floor": self.floor,
            "points": [asdict(p) for p in self.points],
        }


def _last_run(conn: Connection) -> tuple[int, list[str], float | None]:
    row = conn.execute(
        select(link_runs.c.id, link_runs.c.datasets, link_runs.c.summary)
        .order_by(link_runs.c.id.desc())
        .limit(1)
    ).first()
    if row is None:
        raise NotFoundError("No linkage run is stored.", hint="Run `lienthong link run` first.")
    found = json.loads(row.summary).get("threshold")
    cut = float(found["probability"]) if isinstance(found, dict) else None
    return int(row.id), list(json.loads(row.datasets)), cut


def threshold_curve(
    store: Store, index: Mapping[str, str], truth: Mapping[str, str], settings: LinkSettings
) -> Curve:
    """Scores of the last run at each threshold; ``index`` is the master index's mapping."""
    t, p = link_master_index, link_pairs
    with store.connect() as conn:
        run_id, datasets, cut = _last_run(conn)
        rows = conn.execute(
            select(t.c.source_dataset, t.c.record_key, t.c.group_root, t.c.group_anchor)
            .where(t.c.source_dataset.in_(datasets), t.c.run_id == run_id)
            .order_by(t.c.source_dataset, t.c.record_key)
        ).all()
        pairs = conn.execute(
            select(p.c.record_l, p.c.record_r, p.c.match_probability)
            .where(p.c.run_id == run_id)
            .order_by(p.c.match_weight.desc())
        ).all()
        stored = conn.execute(select(func.count()).select_from(p)).scalar_one()
    if any(r.group_root is None for r in rows):
        raise NotFoundError(
            f"Run {run_id} was saved before the index kept what the curve needs.",
            hint="Run `lienthong link run` again, then evaluate.",
        )
    floor = settings.pair_floor
    if pairs and stored >= settings.max_stored_pairs:
        floor = max(floor, min(pr.match_probability for pr in pairs))
    ids = sorted(f"{r.source_dataset}/{r.record_key}" for r in rows)
    forest = Forest(ids, [None] * len(ids))
    for r in rows:
        n = forest.index[f"{r.source_dataset}/{r.record_key}"]
        forest.parent[n] = forest.index[r.group_root]
        if r.group_root == ids[n]:
            forest.anchors[n] = r.group_anchor
    grid = sorted({g for g in (*GRID, cut) if g is not None and g >= floor})
    points: list[CurvePoint] = []
    taken = 0
    for threshold in reversed(grid):
        while taken < len(pairs) and pairs[taken].match_probability >= threshold:
            forest.union(pairs[taken].record_l, pairs[taken].record_r, guarded=True)
            taken += 1
        mapping = dict(index) | dict(zip(ids, forest.roots(), strict=True))
        points.append(_point(threshold, taken, evaluate(align(mapping, truth), truth), cut))
    return Curve(run_id, cut, floor, _mark_best(points[::-1]))


def _point(threshold: float, scored: int, ev: Evaluation, cut: float | None) -> CurvePoint:
    return CurvePoint(
        threshold=threshold,
        scored_pairs=scored,
        predicted_pairs=ev.predicted_pairs,
        true_positive_pairs=ev.true_positive_pairs,
        true_pairs=ev.true_pairs,
        precision=ev.precision,
        recall=ev.recall,
        f1=ev.f1,
        run=threshold == cut,
    )


def _mark_best(points: Sequence[CurvePoint]) -> list[CurvePoint]:
    if not points:
        return []
    best = max(range(len(points)), key=lambda n: (points[n].f1, points[n].threshold))
    return [CurvePoint(**(asdict(p) | {"best": n == best})) for n, p in enumerate(points)]
