"""One linkage run: normalise → deterministic pass → train → predict → cluster → master ids.

Everything happens inside one DuckDB connection, except Splink's training and prediction on a
backend other than DuckDB (Spark); the caller gets the ``masters`` table (one row per source
record) and the trained model, and decides where to store them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb

from lienthong.errors import InputError
from lienthong.linkage._backends import get_backend
from lienthong.linkage._blocking import budget_for, choose_blocking
from lienthong.linkage._business import business_links
from lienthong.linkage._cluster import assign_masters, constrained_components
from lienthong.linkage._deterministic import deterministic_edges
from lienthong.linkage._inputs import LinkInput
from lienthong.linkage._model import build_linker, people_frame, present_columns, train
from lienthong.linkage._prepare import RECORDS, load_sources, name_parts, prepare
from lienthong.linkage._review import Decision, apply_decisions
from lienthong.linkage._settings import LinkSettings, portable_model, splink_settings
from lienthong.linkage._threshold import Threshold, choose_threshold
from lienthong.sources import duckdb_connect

STEPS = ("load", "normalise", "deterministic", "train", "predict", "cluster")


@dataclass
class LinkResult:
    """What a run produced; ``con`` holds the ``records`` and ``masters`` tables."""

    con: duckdb.DuckDBPyConnection
    records: int
    deterministic_edges: int
    predicted_links: int
    clusters: int
    refused_links: int
    model: dict[str, Any] | None
    present: list[str]
    settings: LinkSettings
    timings: dict[str, float] = field(default_factory=dict)
    linker: Any = None
    #: what the run decided from the data: columns used and ignored, blocking, training
    notes: list[str] = field(default_factory=list)
    columns: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    blocking: list[dict[str, object]] = field(default_factory=list)
    threshold: Threshold | None = None
    #: pairs put in the clerical review queue when the run was saved
    review_pending: int = 0

    def summary(self) -> dict[str, object]:
        return {
            "columns": self.columns,
            "blocking": self.blocking,
            "notes": self.notes,
            "records": self.records,
            "deterministic_edges": self.deterministic_edges,
            "predicted_links": self.predicted_links,
            "clusters": self.clusters,
            "refused_links": self.refused_links,
            "threshold": self.threshold.as_dict() if self.threshold else None,
            "timings_s": {k: round(v, 3) for k, v in self.timings.items()},
        }


def _count(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0]) if row else 0


def link(
    inputs: Sequence[LinkInput],
    settings: LinkSettings | None = None,
    *,
    backend: str = "duckdb",
    con: duckdb.DuckDBPyConnection | None = None,
    on_step: Callable[[str], None] | None = None,
    decisions: Sequence[Decision] = (),
) -> LinkResult:
    """Link ``inputs``; see the module docstring for the steps."""
    if not inputs:
        raise InputError(
            "There is nothing to link.", hint="Register datasets with people in them first."
        )
    settings = settings or LinkSettings()
    con = con or duckdb_connect()
    timings: dict[str, float] = {}
    started = time.perf_counter()

    def step(name: str) -> None:
        nonlocal started
        if on_step:
            on_step(name)
        started = time.perf_counter()

    def done(name: str) -> None:
        timings[name] = time.perf_counter() - started

    step("load")
    inputs = load_sources(con, inputs)
    done("load")

    step("normalise")
    total = prepare(con, inputs)
    done("normalise")

    step("deterministic")
    det = deterministic_edges(con, RECORDS, "det_edges")
    done("deterministic")

    step("business")  # businesses re-registered under another MST (their own model)
    det += business_links(con, inputs, RECORDS, "det_edges")
    done("business")

    present = present_columns(con, RECORDS)
    people = _count(con, f"SELECT count(*) FROM {RECORDS} WHERE entity_type = 'person'")
    model: dict[str, Any] | None = None
    linker: Any = None
    predictions: str | None = None
    notes: list[str] = []
    chosen: list[dict[str, object]] = []
    if people >= 2 and "name_key" not in present:
        notes.append(
            "No column looks like a name: only identifier links were made. Name the columns "
            "(e.g. ho_ten, ngay_sinh) or flag them in the registry."
        )
    if people >= 2 and "name_key" in present:
        step("blocking")
        # blocking is counted in DuckDB, where the records are, whatever engine links them:
        # counting ~20 candidate rules is many tiny queries, cheap there and slow on Spark
        _, frame = people_frame(get_backend("duckdb", con), RECORDS)
        rules: list[str] | None = None
        if settings.choose_blocking:
            budget = budget_for(people, settings.comparisons_per_record, settings.comparison_floor)
            choices = choose_blocking(con, f"{RECORDS}_people", present, budget)
            rules = [c.rule for c in choices if c.taken]
            chosen = [c.__dict__ for c in choices]
        done("blocking")
        engine = get_backend(backend, con)
        if engine.name != "duckdb":
            step("engine")  # start the engine (a JVM for Spark) and hand it the records
            frame = engine.register_records(engine.db_api(), f"{RECORDS}_people")
            done("engine")
        step("train")
        parts = any(name_parts(i) for i in inputs)
        splink = splink_settings(settings, present, rules, engine.dialect, name_parts=parts)
        linker = build_linker(frame, splink)
        linker, trained = train(
            linker, settings, present, con, f"{RECORDS}_people", lambda m: build_linker(frame, m)
        )
        notes += trained
        model = portable_model(
            linker.misc.save_model_to_json(), settings, present, rules, name_parts=parts
        )
        done("train")

        step("predict")
        floor = min(settings.pair_floor, settings.review_floor, settings.threshold or 1.0)
        frame = linker.inference.predict(threshold_match_probability=floor)
        columns = ("unique_id_l", "unique_id_r", "match_weight", "match_probability")
        engine.bring_home(frame, columns, "predictions")
        predictions = "predictions"
        done("predict")

    if decisions:
        apply_decisions(con, "det_edges", predictions, RECORDS, decisions)
        notes.append(f"review: {len(decisions)} clerk decisions obeyed")
    threshold = choose_threshold(settings.threshold, model, con, predictions)
    if predictions:
        notes.append(threshold.note())
    step("cluster")
    cut = threshold.probability
    refused = constrained_components(con, RECORDS, "det_edges", predictions, cut, "clusters")
    assign_masters(con, RECORDS, "clusters", "det_edges", predictions, cut, "masters")
    done("cluster")
    links = (
        _count(con, f"SELECT count(*) FROM {predictions} WHERE match_probability >= {cut}")
        if predictions
        else 0
    )
    clusters = _count(con, "SELECT count(DISTINCT master_id) FROM masters")
    return LinkResult(
        con=con,
        records=total,
        deterministic_edges=det,
        predicted_links=links,
        clusters=clusters,
        refused_links=refused,
        model=model,
        present=sorted(present),
        settings=settings,
        timings=timings,
        linker=linker,
        notes=notes,
        columns={i.dataset: {"used": dict(i.used), "ignored": dict(i.ignored)} for i in inputs},
        blocking=chosen,
        threshold=threshold,
    )
