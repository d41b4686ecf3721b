"""Read and write the master index in the platform store (SQLite or PostgreSQL).

A run replaces the index rows of the datasets it linked in one transaction: readers see the
old index or the new one, never half of each.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select

from lienthong.errors import NotFoundError
from lienthong.linkage._curve import save_pairs
from lienthong.linkage._pipeline import LinkResult
from lienthong.linkage._review import save_queue
from lienthong.linkage._tables import link_master_index, link_runs
from lienthong.store import Store

#: feature columns copied from the DuckDB ``records`` table into the index
FEATURES = (
    "full_name", "name_key", "name_sorted", "family_name", "given_name", "birth_date",
    "birth_year", "sex", "cccd", "cccd_ok", "cmnd", "ident", "mst", "ward_code", "ward_codes",
    "address_key", "email", "tf_name_key",
)  # fmt: skip

_BATCH = 20_000


@dataclass(frozen=True)
class IndexEntry:
    """One source record in the master index."""

    source_dataset: str
    record_key: str
    master_id: str
    entity_type: str
    evidence: str
    match_weight: float | None
    match_probability: float | None
    linked_at: datetime
    full_name: str | None

    @property
    def source(self) -> str:
        return self.source_dataset.split(".", 1)[0]


def _rows(result: LinkResult, linked_at: datetime, run_id: int) -> Iterator[list[dict[str, Any]]]:
    con = result.con
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _tf AS SELECT name_key, count(*) / "
        "sum(count(*)) OVER () AS tf FROM records WHERE name_key IS NOT NULL GROUP BY name_key"
    )
    cursor = con.execute(
        """
        SELECT m.source_dataset, m.record_key, m.master_id, m.entity_type, m.evidence,
            m.match_weight, m.match_probability, r.full_name, r.name_key, r.name_sorted,
            r.family_name, r.given_name, CAST(r.birth_date AS VARCHAR), r.birth_year, r.sex,
            r.cccd, CAST(r.cccd_ok AS INTEGER), r.cmnd, r.ident, r.mst, r.ward_code,
            array_to_string(r.ward_codes, ' '), r.address_key, r.email, tf.tf, c.group_root,
            c.group_anchor
        FROM masters m JOIN records r USING (unique_id)
        LEFT JOIN clusters c USING (unique_id)
        LEFT JOIN _tf tf ON tf.name_key = r.name_key
        """
    )
    names = (
        "source_dataset", "record_key", "master_id", "entity_type", "evidence", "match_weight",
        "match_probability", *FEATURES, "group_root", "group_anchor",
    )  # fmt: skip
    while batch := cursor.fetchmany(_BATCH):
        yield [
            dict(zip(names, row, strict=True)) | {"linked_at": linked_at, "run_id": run_id}
            for row in batch
        ]


def coverage(result: LinkResult) -> dict[str, dict[str, int]]:
    """Per dataset: its records, and how many share a master id with another dataset's record.

    Kept in the run's summary, so ``/metrics`` reads it without scanning the index: a dataset
    whose linked share drops is one whose records stopped matching the others (a changed
    export, a broken normaliser).
    """
    rows = result.con.execute(
        """
        WITH spread AS (
            SELECT master_id, count(DISTINCT source_dataset) AS datasets
            FROM masters GROUP BY master_id
        )
        SELECT m.source_dataset, count(*), count(*) FILTER (WHERE s.datasets > 1)
        FROM masters m JOIN spread s USING (master_id)
        GROUP BY m.source_dataset ORDER BY m.source_dataset
        """
    ).fetchall()
    return {str(name): {"records": int(n), "linked": int(k)} for name, n, k in rows}


def save_run(
    store: Store,
    result: LinkResult,
    datasets: Sequence[str],
    started_at: datetime,
    on_rows: Callable[[int], None] | None = None,
) -> int:
    """Replace the index rows of ``datasets`` with this run's; returns the run id."""
    finished = datetime.now(UTC)
    with store.begin() as conn:
        inserted = conn.execute(
            insert(link_runs).values(
                started_at=started_at,
                finished_at=finished,
                datasets=json.dumps(list(datasets)),
                summary=json.dumps(result.summary() | {"coverage": coverage(result)}),
                model=json.dumps(result.model) if result.model else None,
            )
        ).inserted_primary_key
        run_id = int(inserted[0]) if inserted else 0
        conn.execute(
            delete(link_master_index).where(link_master_index.c.source_dataset.in_(datasets))
        )
        for batch in _rows(result, finished, int(run_id)):
            conn.execute(insert(link_master_index), batch)
            if on_rows:
                on_rows(len(batch))
        band = (result.settings.review_floor, result.settings.review_ceiling)
        predictions = "predictions" if result.model else None
        save_pairs(conn, result.con, predictions, result.settings, int(run_id))
        result.review_pending = save_queue(conn, result.con, predictions, band, int(run_id))
    return int(run_id)


def latest_model(store: Store) -> tuple[int, dict[str, Any]] | None:
    """The id and Splink model of the most recent run that trained one."""
    with store.connect() as conn:
        row = conn.execute(
            select(link_runs.c.id, link_runs.c.model)
            .where(link_runs.c.model.is_not(None))
            .order_by(link_runs.c.id.desc())
            .limit(1)
        ).first()
    return (int(row.id), json.loads(row.model)) if row else None


def run_threshold(store: Store, run_id: int) -> float | None:
    """The match probability run ``run_id`` linked at (None: a run from before it was saved)."""
    with store.connect() as conn:
        summary = conn.execute(
            select(link_runs.c.summary).where(link_runs.c.id == run_id)
        ).scalar_one_or_none()
    found = json.loads(summary).get("threshold") if summary else None
    return float(found["probability"]) if isinstance(found, dict) else None


def _entry(row: Any) -> IndexEntry:
    return IndexEntry(
        row.source_dataset, row.record_key, row.master_id, row.entity_type, row.evidence,
        row.match_weight, row.match_probability, row.linked_at, row.full_name,
    )  # fmt: skip


def person_records(store: Store, query: str) -> list[IndexEntry]:
    """Every record of the entity behind ``query``: a master id, a CCCD, or dataset/key."""
    t = link_master_index
    value = query.strip()
    with store.connect() as conn:
        by_id = and_(t.c.entity_type == "person", or_(t.c.cccd == value, t.c.cmnd == value))
        match = or_(t.c.master_id == value, by_id)
        if "/" in value:
            dataset, key = value.split("/", 1)
            match = or_(match, and_(t.c.source_dataset == dataset, t.c.record_key == key))
        masters = select(t.c.master_id).where(match)
        rows = conn.execute(
            select(t).where(t.c.master_id.in_(masters)).order_by(t.c.source_dataset, t.c.record_key)
        ).all()
    if not rows:
        raise NotFoundError(
            f"No linked record matches {query!r}.",
            hint="Give a master id (P…/B…), a CCCD or DATASET/KEY; run `lienthong link run` first.",
        )
    return [_entry(row) for row in rows]


def index_counts(store: Store) -> dict[str, int]:
    """Records and master ids in the index."""
    t = link_master_index
    with store.connect() as conn:
        records = conn.execute(select(func.count()).select_from(t)).scalar_one()
        masters = conn.execute(select(func.count(func.distinct(t.c.master_id)))).scalar_one()
    return {"records": int(records), "masters": int(masters)}


def export_csv(store: Store, path: Path) -> int:
    """Write ``source,record_key,master_id`` for every linked record; returns the row count."""
    t = link_master_index
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with store.connect() as conn, path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "record_key", "master_id"])
        result = conn.execution_options(stream_results=True).execute(
            select(t.c.source_dataset, t.c.record_key, t.c.master_id).order_by(
                t.c.source_dataset, t.c.record_key
            )
        )
        for row in result:
            writer.writerow([row.source_dataset, row.record_key, row.master_id])
            count += 1
    return count
