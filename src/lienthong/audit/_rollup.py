"""Hourly rollups of the audit log, kept in the append's own transaction.

The dashboard's exchange figures (calls allowed and refused, who uses whose data, the trend)
are counts over the audit log. Counting the raw log per view grows with the log (6.5 s for the
first view at 200,000 entries); counting on ingest, as X-Road Metrics' users asked for, costs
one upsert per group per batch and keeps the figures exact: ``audit_rollup`` holds one row per
hour, event, outcome, client agency, provider, service, version and refusal reason, with its
count, the first and last entry time and the ``seq`` of the last entry folded into it. A reader
that remembers the highest ``seq`` it saw reads only the rows that changed since.

Every label is bounded (no CCCD, no request id, reasons cut to their code), so the table grows
with hours x services, not with calls. It is not append-only: counts move as entries arrive; the
chain stays the evidence and the rollup can be rebuilt from it (:func:`rebuild`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, text

from lienthong.audit._tables import audit_rollup as audit_rollup

#: The grouping columns, in key order.
KEYS = ("hour", "event", "outcome", "client_agency", "provider", "service", "version", "reason")


Key = tuple[str, str, str, str, str, str, str, str]
#: key -> [count, first time, last time, last seq]
Groups = dict[Key, list[Any]]


def reason_code(reason: object) -> str:
    """A short, bounded label for a refusal reason (``no-right: …`` → ``no-right``)."""
    if not reason:
        return ""
    found = str(reason)
    head = found.split(":", 1)[0].strip() if ":" in found[:40] else found
    return head[:40]


def _text(value: object, size: int) -> str:
    return "" if value is None else str(value)[:size]


def entry_key(entry: Mapping[str, Any]) -> Key:
    """The rollup group of one audit entry (its canonical JSON fields)."""
    return (
        str(entry["time"])[:13],
        _text(entry.get("event"), 40),
        _text(entry.get("outcome"), 16),
        _text(entry.get("client_agency") or entry.get("client"), 128),
        _text(entry.get("provider"), 128),
        _text(entry.get("service"), 200),
        _text(entry.get("version"), 32),
        reason_code(entry.get("reason")),
    )


def group(entries: Iterable[Mapping[str, Any]], groups: Groups | None = None) -> Groups:
    """Count ``entries`` (in seq order) into groups; adds to ``groups`` when given."""
    found: Groups = {} if groups is None else groups
    for entry in entries:
        key = entry_key(entry)
        time, seq = str(entry["time"]), int(entry["seq"])
        row = found.get(key)
        if row is None:
            found[key] = [1, time, time, seq]
        else:
            row[0] += 1
            row[1] = min(row[1], time)
            row[2] = max(row[2], time)
            row[3] = seq
    return found


def upsert_sql(dialect: str, marks: Sequence[str]) -> str:
    """The upsert adding one group's count, with ``marks`` as its 12 placeholders in order."""
    least, greatest = ("LEAST", "GREATEST") if dialect == "postgresql" else ("min", "max")
    columns = (*KEYS, "count", "first_time", "last_time", "seq")
    table = audit_rollup.name
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(marks)})"
        f" ON CONFLICT ({', '.join(KEYS)}) DO UPDATE SET"
        f" count = {table}.count + excluded.count,"
        f" first_time = {least}({table}.first_time, excluded.first_time),"
        f" last_time = {greatest}({table}.last_time, excluded.last_time),"
        f" seq = {greatest}({table}.seq, excluded.seq)"
    )


def group_rows(groups: Groups) -> list[tuple[Any, ...]]:
    """The upsert's parameters, one tuple per group."""
    return [(*key, *values) for key, values in groups.items()]


def rebuild(conn: Connection, *, batch: int = 50_000) -> int:
    """Fold the whole chain into an empty ``audit_rollup`` (the 0005 migration's backfill).

    Reads ``batch`` entries at a time in seq order, so memory stays bounded by the number of
    groups; returns how many entries were folded.
    """
    names = [f"p{i}" for i in range(12)]
    upsert = text(upsert_sql(conn.dialect.name, [f":{name}" for name in names]))
    read = text("SELECT seq, entry FROM audit_entry WHERE seq > :after ORDER BY seq LIMIT :n")
    after, folded = 0, 0
    while True:
        rows = conn.execute(read, {"after": after, "n": batch}).all()
        if not rows:
            return folded
        groups = group(json.loads(entry) for _seq, entry in rows)
        conn.execute(upsert, [dict(zip(names, row, strict=True)) for row in group_rows(groups)])
        after, folded = int(rows[-1][0]), folded + len(rows)
