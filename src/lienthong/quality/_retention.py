"""Retention of the quality history: old runs to a JSON Lines file, then out of the store.

The order is fixed so that nothing leaves the store without being in a file that was read back:

1. pick the runs that started before the cut-off (ids rise with time: every run up to the last
   one whose successors all started later);
2. write them, their check results and their scores to ``lienthong-quality-archive/1`` (a
   header, one line per row, an ``end`` line with the counts; written to a temporary file,
   flushed to disk and renamed), then read the file back and compare its counts with the
   store's (nothing is removed unless they agree);
3. in one transaction, check the store still holds exactly those rows, drop the partitions
   that hold nothing else (PostgreSQL; free per row) and delete the rest.

Unlike the audit archive this file is not signed: the quality history is the platform's own
measurement, re-computable from the sources, not evidence. Its SHA-256 is returned so an
operator can record it beside the file.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from lienthong.errors import InputError, IntegrityError
from lienthong.quality._tables import (
    PARTITION_KEYS,
    RUNS_PER_PARTITION,
    quality_results,
    quality_runs,
    quality_scores,
)
from lienthong.store import Store
from lienthong.store import _partitions as partitions

FORMAT = "lienthong-quality-archive/1"
#: Line kinds, in the order a run's rows are written, and the table each comes from.
_KINDS = {"run": quality_runs, "result": quality_results, "score": quality_scores}

__all__ = ["FORMAT", "QualityArchive", "archive_before", "ensure_room", "remove_through"]


@dataclass(frozen=True)
class QualityArchive:
    path: Path
    first_run: int
    through_run: int
    counts: dict[str, int]  # line kind -> rows
    sha256: str
    dropped_partitions: int  # PostgreSQL partitions dropped whole


def ensure_room(store: Store, run_id: int) -> None:
    """After a run is saved: keep a whole empty partition ahead of it in each table (the
    maintenance the audit log does after its appends; see ``lienthong.store._partitions``)."""
    if store.dialect != "postgresql":
        return
    with store.begin() as conn:
        if partitions.is_partitioned(conn, quality_runs.name):
            for table in PARTITION_KEYS:
                partitions.make_room(conn, table, run_id, width=RUNS_PER_PARTITION)


def archive_before(store: Store, before: datetime | date, path: Path) -> QualityArchive:
    """Archive to ``path`` and remove every run that started before ``before`` (a date is
    midnight UTC), with its results and scores; see the module doc for the order."""
    if not isinstance(before, datetime):
        before = datetime(before.year, before.month, before.day, tzinfo=UTC)
    if before.tzinfo is None:
        raise InputError("Give the cut-off date with a time zone (or as a UTC date).")
    with store.connect() as conn:
        first, through = _span(conn, before)
    counts = _export(store, path, first, through, before)
    read = _read_back(path)
    if read != counts:
        path.unlink(missing_ok=True)
        raise IntegrityError(
            f"The quality archive {path} did not read back as written ({read} ≠ {counts}), "
            "so nothing was removed.",
            hint="Check the disk it was written to, then run the archive again.",
        )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    dropped = remove_through(store, through, expect=counts)
    return QualityArchive(path, first, through, counts, digest, dropped)


def _span(conn: Connection, before: datetime) -> tuple[int, int]:
    """The first run still stored and the last run of the prefix that started before
    ``before``; :class:`InputError` when there is none."""
    first = conn.execute(select(func.min(quality_runs.c.id))).scalar()
    later = conn.execute(
        select(func.min(quality_runs.c.id)).where(quality_runs.c.started_at >= before)
    ).scalar()
    last = conn.execute(select(func.max(quality_runs.c.id))).scalar()
    through = (int(later) - 1) if later is not None else last
    if first is None or through is None or through < first:
        raise InputError(
            f"Nothing to archive: no stored quality run started before {before.isoformat()}.",
            hint="`lienthong quality history` lists the runs kept; pick a later date.",
        )
    return int(first), int(through)


def _line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, default=_plain) + "\n"


def _plain(value: object) -> str:
    """Times as ISO 8601 with their zone (SQLite hands them back naive; they are UTC)."""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _export(store: Store, path: Path, first: int, through: int, before: datetime) -> dict[str, int]:
    """Write runs ``first``…``through`` with their rows (atomically: temp file, fsync, rename)."""
    counts = dict.fromkeys(_KINDS, 0)
    tmp = path.with_name(path.name + ".partial")
    header = {
        "kind": "header",
        "format": FORMAT,
        "exported_at": datetime.now(UTC).isoformat(),
        "before": before.isoformat(),
        "first_run": first,
        "through_run": through,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8") as out, store.connect() as conn:
            out.write(_line(header))
            for kind, table in _KINDS.items():
                key = table.c[PARTITION_KEYS[table.name]]
                query = select(table).where(key >= first, key <= through).order_by(key)
                rows = conn.execution_options(yield_per=5_000).execute(query).mappings()
                for row in rows:
                    out.write(_line({"kind": kind, "row": dict(row)}))
                    counts[kind] += 1
            out.write(_line({"kind": "end", "counts": counts}))
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"Cannot write the quality archive {path}: {exc.strerror}.") from exc
    return counts


def _read_back(path: Path) -> dict[str, int] | None:
    """The counts of rows the file holds, if they match its own end line; else None."""
    counts = dict.fromkeys(_KINDS, 0)
    end = None
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            obj = json.loads(line)
            if obj.get("kind") in counts:
                counts[obj["kind"]] += 1
            elif obj.get("kind") == "end":
                end = obj.get("counts")
    return counts if end == counts else None


def remove_through(store: Store, through: int, *, expect: dict[str, int] | None = None) -> int:
    """Remove runs ≤ ``through`` with their results and scores in one transaction; how many
    partitions went whole. ``expect``: the rows an archive holds; if the store holds other
    rows in that range, nothing is removed."""
    dropped = 0
    with store.begin() as conn:
        if expect is not None:
            held = {
                kind: int(
                    conn.execute(
                        select(func.count())
                        .select_from(table)
                        .where(table.c[PARTITION_KEYS[table.name]] <= through)
                    ).scalar_one()
                )
                for kind, table in _KINDS.items()
            }
            if held != expect:
                raise IntegrityError(
                    f"The store holds other quality rows up to run {through} than the archive "
                    f"({held} ≠ {expect}): a run was saved meanwhile; nothing was removed.",
                    hint="Run the archive again.",
                )
        # children first: a run's partition can go only once nothing refers to it
        tables = (quality_results, quality_scores, quality_runs)
        if store.dialect == "postgresql" and partitions.is_partitioned(conn, quality_runs.name):
            for table in tables:
                dropped += len(partitions.drop_through(conn, table.name, through))
        for table in tables:
            conn.execute(table.delete().where(table.c[PARTITION_KEYS[table.name]] <= through))
    return dropped
