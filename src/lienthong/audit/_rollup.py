"""Hourly rollups of the audit log, kept in the append's own transaction.

The dashboard's exchange figures (calls allowed and refused, who uses whose data, the trend)
are counts over the audit log. Counting the raw log per view grows with the log (6.5 s for the
first view at 200,000 entries); counting on ingest, as X-Road Metrics' users asked for, costs
one upsert per group per batch and keeps the figures exact: ``audit_rollup`` holds one row per
hour, event, outcome, client agency, provider, service, version and refusal reason, with its
count, the first and last entry time and the ``seq`` of the last entry folded into it. A reader
that remembers the highest ``seq`` it saw reads only the rows that changed since.

Beside the counts, ``audit_latency`` keeps each service's latency histogram per hour: fixed
log-spaced buckets (:data:`LATENCY_BOUNDS_MS`, a factor √2 apart, 0.25 ms to 131 s), one row per
non-empty bucket, so histograms of any hours or services merge by adding counts and a p95 read
from them is off by at most one bucket (:func:`p95_ms`), whatever the number of calls.

Every label is bounded (no CCCD, no request id, reasons cut to their code), so the table grows
with hours x services, not with calls. It is not append-only: counts move as entries arrive; the
chain stays the evidence and the rollup can be rebuilt from it (:func:`rebuild`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, text

from lienthong.audit._tables import audit_latency as audit_latency
from lienthong.audit._tables import audit_rollup as audit_rollup
from lienthong.store import least_greatest

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


#: Upper bounds (ms) of the latency buckets: 2**(k/2) for k = -4..34; one more bucket past them.
LATENCY_BOUNDS_MS: tuple[float, ...] = tuple(2 ** (k / 2) for k in range(-4, 35))
LatencyKey = tuple[str, str, str, str, int]  # hour, provider, service, version, bucket
#: key -> [count, last seq]
LatencyGroups = dict[LatencyKey, list[int]]


def bucket_of(latency_ms: float) -> int:
    """The index of the first bucket whose upper bound is at least ``latency_ms``."""
    if latency_ms <= LATENCY_BOUNDS_MS[0]:
        return 0
    # 2 * log2 gives the exponent k; the tiny slack keeps exact bounds in their own bucket.
    index = math.ceil(2 * math.log2(latency_ms) - 1e-9) + 4
    return min(max(index, 0), len(LATENCY_BOUNDS_MS))


def p95_ms(buckets: Mapping[int, int], share: float = 0.95) -> float | None:
    """The ``share`` quantile (nearest rank) read from a histogram: its bucket's upper bound.

    ``None`` for an empty histogram; ``math.inf`` when it lies past the last bound.
    """
    total = sum(buckets.values())
    if total <= 0:
        return None
    rank, seen = math.ceil(share * total), 0
    for index in sorted(buckets):
        seen += buckets[index]
        if seen >= rank:
            return LATENCY_BOUNDS_MS[index] if index < len(LATENCY_BOUNDS_MS) else math.inf
    return math.inf  # pragma: no cover - the loop reaches the rank


def group_latency(
    entries: Iterable[Mapping[str, Any]], groups: LatencyGroups | None = None
) -> LatencyGroups:
    """Bucket the latencies of ``entries`` (in seq order) per hour and service."""
    found: LatencyGroups = {} if groups is None else groups
    for entry in entries:
        latency = entry.get("latency_us")
        if latency is None:
            continue
        key = (
            str(entry["time"])[:13],
            _text(entry.get("provider"), 128),
            _text(entry.get("service"), 200),
            _text(entry.get("version"), 32),
            bucket_of(int(latency) / 1000),
        )
        row = found.setdefault(key, [0, 0])
        row[0] += 1
        row[1] = int(entry["seq"])
    return found


def latency_upsert_sql(dialect: str, marks: Sequence[str]) -> str:
    """The upsert adding one bucket's count, with ``marks`` as its 7 placeholders in order."""
    greatest = least_greatest(dialect)[1]
    table = audit_latency.name
    keys = ("hour", "provider", "service", "version", "bucket")
    return (
        f"INSERT INTO {table} ({', '.join(keys)}, count, seq) VALUES ({', '.join(marks)})"
        f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET"
        f" count = {table}.count + excluded.count, seq = {greatest}({table}.seq, excluded.seq)"
    )


def latency_rows(groups: LatencyGroups) -> list[tuple[Any, ...]]:
    """The latency upsert's parameters, one tuple per bucket."""
    return [(*key, *values) for key, values in groups.items()]


def upsert_sql(dialect: str, marks: Sequence[str]) -> str:
    """The upsert adding one group's count, with ``marks`` as its 12 placeholders in order."""
    least, greatest = least_greatest(dialect)
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


def rebuild(
    conn: Connection, *, batch: int = 50_000, counts: bool = True, latency: bool = True
) -> int:
    """Fold the whole chain into empty rollup tables (the migrations' backfill).

    0009 fills ``audit_rollup`` only (``latency=False``: the table comes with 0012), 0012
    ``audit_latency`` only (``counts=False``: the counts are kept already).
    Reads ``batch`` entries at a time in seq order, so memory stays bounded by the number of
    groups; returns how many entries were folded.
    """
    names = [f"p{i}" for i in range(12)]
    upsert = text(upsert_sql(conn.dialect.name, [f":{name}" for name in names]))
    bucket_upsert = text(latency_upsert_sql(conn.dialect.name, [f":{name}" for name in names[:7]]))
    read = text("SELECT seq, entry FROM audit_entry WHERE seq > :after ORDER BY seq LIMIT :n")
    after, folded = 0, 0
    while True:
        rows = conn.execute(read, {"after": after, "n": batch}).all()
        if not rows:
            return folded
        entries = [json.loads(entry) for _seq, entry in rows]
        if counts:
            found = group_rows(group(entries))
            conn.execute(upsert, [dict(zip(names, row, strict=True)) for row in found])
        buckets = latency_rows(group_latency(entries)) if latency else []
        if buckets:
            conn.execute(bucket_upsert, [dict(zip(names, row, strict=False)) for row in buckets])
        after, folded = int(rows[-1][0]), folded + len(rows)
