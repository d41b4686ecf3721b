"""The linkage services the CLI, the API and the demo call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from lienthong.linkage._curve import Curve, threshold_curve
from lienthong.linkage._datasets import registry_inputs
from lienthong.linkage._evaluate import Evaluation, align, evaluate, read_truth
from lienthong.linkage._index import save_run
from lienthong.linkage._pipeline import link
from lienthong.linkage._review import decisions
from lienthong.linkage._settings import LinkSettings
from lienthong.linkage._tables import link_master_index
from lienthong.sources import duckdb_connect
from lienthong.store import Store


def run_linkage(
    store: Store,
    dataset_ids: Sequence[str] = (),
    *,
    settings: LinkSettings | None = None,
    backend: str = "duckdb",
    on_step: Callable[[str], None] | None = None,
    on_rows: Callable[[int], None] | None = None,
) -> dict[str, object]:
    """Link registered datasets (default: all about people or businesses), save the index."""
    started = datetime.now(UTC)
    con = duckdb_connect()
    try:
        with registry_inputs(store, con, dataset_ids) as inputs:
            result = link(
                inputs,
                settings,
                backend=backend,
                con=con,
                on_step=on_step,
                decisions=decisions(store),
            )
        if on_step:
            on_step("save")
        datasets = [inp.dataset for inp in inputs]
        run_id = save_run(store, result, datasets, started, on_rows)
        return {
            "run_id": run_id,
            "datasets": datasets,
            **result.summary(),
            "review_pending": result.review_pending,
        }
    finally:
        con.close()


def index_mapping(store: Store, entity_type: str | None = None) -> dict[str, str]:
    """``dataset/key → master id`` for every indexed record."""
    t = link_master_index
    query = select(t.c.source_dataset, t.c.record_key, t.c.master_id)
    if entity_type:
        query = query.where(t.c.entity_type == entity_type)
    with store.connect() as conn:
        return {f"{r.source_dataset}/{r.record_key}": r.master_id for r in conn.execute(query)}


def evaluate_index(store: Store, truth: Path, entity_type: str | None = "person") -> Evaluation:
    """Score the master index against a truth file (see :func:`read_truth`)."""
    truth_map = read_truth(truth, entity_type)
    return evaluate(align(index_mapping(store), truth_map), truth_map)


def evaluate_curve(
    store: Store,
    truth: Path,
    entity_type: str | None = "person",
    settings: LinkSettings | None = None,
) -> Curve:
    """Scores of the last run at a grid of thresholds (see :mod:`~lienthong.linkage._curve`)."""
    truth_map = read_truth(truth, entity_type)
    return threshold_curve(store, index_mapping(store), truth_map, settings or LinkSettings())
