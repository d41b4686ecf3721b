"""Counting repeated keys in a big DuckDB table without a hash table of every key.

``unique`` asks how many rows share their key with another row. SQL's answer, ``GROUP BY key
HAVING COUNT(*) > 1``, builds a hash table with one entry per distinct key: over ten million
keys that is DuckDB's slowest operation in a quality run (2.3-2.7 CPU-s for (name, birth_date)
at 10M rows, more than every other check of the benchmark together). Two cheaper exact ways:

- **one integer key** whose values span not much more than the row count (a row id, a code):
  an array of counts indexed by value (``numpy.bincount``), the same idea as DuckDB's perfect
  hash table at half its cost; a wide integer key is sorted instead, and equal neighbours are
  the copies.
- **any other key**: DuckDB hashes each row's key to 32 bits (64 over 50M rows); numpy sorts
  the hashes, in one partition per thread, and the hashes seen twice are candidates. Equal
  keys always share a hash, so every copy is a candidate; the candidate rows (~1 % at 10M
  rows) are then grouped exactly in SQL on the real key, which drops hash collisions. The result is
  GROUP BY's, to the row (tests/quality/test_quality_copies.py compares the two on random
  tables).

The caller (``DuckDBPlace.count_copies``) asks ``pays_outside_sql`` first: below a few
hundred thousand rows a hashed key groups faster in plain SQL than through numpy.
"""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import numpy.typing as npt
import pyarrow as pa  # type: ignore[import-untyped]

#: rows from which counting outside SQL beats GROUP BY on 2 cores, best of 5
#: (``bench/quality.py --copies-crossover``): an integer key at every size tried (1.6 vs 2.8 ms
#: at 50k rows, 13 vs 54 ms at 1M), a hashed key between 500k (37-38 vs 33-37 ms) and 750k
#: rows (53 vs 61-65 ms)
INTEGER_MIN_ROWS, HASHED_MIN_ROWS = 50_000, 600_000
#: a count array may take up to this many slots per row, and at most this much memory
_ARRAY_SLOTS_PER_ROW, _ARRAY_MAX_BYTES = 2, 1 << 30
#: 32-bit hashes are enough below this many rows (expected false pairs n^2 / 2^33: 12k at 10M)
_NARROW_HASH_MAX_ROWS = 50_000_000
#: rows per Arrow batch when a column is fetched into numpy
_BATCH_ROWS = 1 << 20
_candidate_names = (f"_lienthong_copies_{i}" for i in itertools.count())


def pays_outside_sql(rows: int, *, integer_key: bool) -> bool:
    """Whether counting outside SQL is worth it for a table of ``rows`` rows."""
    return rows >= (INTEGER_MIN_ROWS if integer_key else HASHED_MIN_ROWS)


@dataclass(frozen=True)
class Copies:
    """Rows whose key is present, and rows whose key occurs more than once."""

    total: int
    repeated: int


def rows_in_repeated_runs(ordered: npt.NDArray[np.generic]) -> int:
    """Rows of a sorted array that equal a neighbour: the members of groups of two or more."""
    if len(ordered) < 2:
        return 0
    same = ordered[1:] == ordered[:-1]
    member = np.zeros(len(ordered), dtype=bool)
    member[1:] |= same
    member[:-1] |= same
    return int(np.count_nonzero(member))


def repeated_values(ordered: npt.NDArray[np.generic]) -> npt.NDArray[np.generic]:
    """Each value that occurs more than once in a sorted array, once."""
    if len(ordered) < 2:
        return ordered[:0]
    repeats: npt.NDArray[np.generic] = ordered[1:][ordered[1:] == ordered[:-1]]
    if len(repeats) < 2:
        return repeats
    first: npt.NDArray[np.generic] = repeats[np.concatenate(([True], repeats[1:] != repeats[:-1]))]
    return first


def fits_count_array(span: int, rows: int) -> bool:
    """Whether an array of ``span`` int64 counts is cheap enough for ``rows`` rows."""
    return span <= _ARRAY_SLOTS_PER_ROW * max(rows, 1) and span * 8 <= _ARRAY_MAX_BYTES


def repeated_in_counts(offsets: npt.NDArray[np.int64], span: int) -> int:
    """Rows whose offset (value minus the lowest value, in [0, span)) occurs more than once."""
    counts = np.bincount(offsets, minlength=span)
    return int(counts[counts > 1].sum())


def candidate_hashes(
    hashes: npt.NDArray[np.unsignedinteger], workers: int
) -> npt.NDArray[np.generic]:
    """The hash values that occur more than once, sorting one partition per worker.

    With one worker ``hashes`` itself is sorted in place. Otherwise worker j takes the hashes
    in the j-th of equal ranges (equal hashes always land in the same one), copies them out
    and sorts them: numpy releases the GIL for both, so the partitions are cut and sorted in
    parallel.
    """
    parts = 1 << max(0, min(workers, 8).bit_length() - 1)
    if parts == 1 or len(hashes) < 2:
        return _sorted_repeats(hashes)
    width = 1 << (hashes.dtype.itemsize * 8 - parts.bit_length() + 1)
    kind = hashes.dtype.type

    def repeats_in(part: int) -> npt.NDArray[np.generic]:
        if part == 0:
            inside = hashes < kind(width)
        elif part == parts - 1:  # (part + 1) * width would overflow the hash type
            inside = hashes >= kind(part * width)
        else:
            inside = (hashes >= kind(part * width)) & (hashes < kind((part + 1) * width))
        return _sorted_repeats(hashes[inside])

    with ThreadPoolExecutor(parts) as pool:
        return np.concatenate(list(pool.map(repeats_in, range(parts))))


def _sorted_repeats(part: npt.NDArray[np.generic]) -> npt.NDArray[np.generic]:
    part.sort()  # in place: a partition is a copy already (fresh memory costs page faults)
    return repeated_values(part)


def count_copies(
    con: duckdb.DuckDBPyConnection,
    relation: str,
    keys: tuple[str, ...],
    present: str,
    *,
    integer_key: bool,
    rows: int,
    workers: int,
) -> Copies:
    """Exact ``unique`` counts of ``relation`` (aliased ``t``) grouped on the ``keys`` SQL."""
    where = f"FROM {relation} t WHERE ({present})"
    if integer_key:
        return _integer_copies(con, keys[0], where, rows)
    hashed = _hash_sql(keys, narrow=rows <= _NARROW_HASH_MAX_ROWS)
    hashes = _column(con, f"SELECT {hashed} AS h {where}", rows)
    total = len(hashes)
    candidates = candidate_hashes(hashes, workers)  # sorts ``hashes`` in place
    del hashes
    if len(candidates) == 0:
        return Copies(total, 0)
    name = next(_candidate_names)
    con.register(name, pa.table({"h": candidates}))
    try:
        row = con.execute(
            "SELECT COALESCE(SUM(CASE WHEN _n > 1 THEN _n ELSE 0 END), 0) FROM "
            f"(SELECT COUNT(*) AS _n {where} AND {hashed} IN (SELECT h FROM {name}) "
            f"GROUP BY {', '.join(keys)}) g"
        ).fetchone()
    finally:
        con.unregister(name)
    return Copies(total, int(row[0]) if row else 0)


def _integer_copies(con: duckdb.DuckDBPyConnection, key: str, where: str, rows: int) -> Copies:
    """One integer key: counted in an array indexed by value, or sorted when too sparse."""
    bounds = con.execute(f"SELECT MIN({key}), MAX({key}) {where}").fetchone()
    if bounds is None or bounds[0] is None:
        return Copies(0, 0)
    low, high = int(bounds[0]), int(bounds[1])
    span = high - low + 1
    if fits_count_array(span, rows):
        # BIGINT arithmetic when every value and the difference fit in it; else HUGEINT
        # (the difference of any two 64-bit integers fits there), 2-3x dearer per row
        wide = "BIGINT" if low >= -(2**62) and high < 2**62 else "HUGEINT"
        sql = f"SELECT CAST(CAST({key} AS {wide}) - ({low}) AS BIGINT) {where}"
        offsets = _column(con, sql, rows)
        return Copies(len(offsets), repeated_in_counts(offsets, span))
    values = _column(con, f"SELECT {key} {where}", rows)
    values.sort()
    return Copies(len(values), rows_in_repeated_runs(values))


def _column(con: duckdb.DuckDBPyConnection, sql: str, rows: int) -> npt.NDArray[Any]:
    """The one column of ``sql`` (no NULLs, at most about ``rows`` rows) as a numpy array.

    Streamed through Arrow batches into one array rather than ``fetchnumpy``, which first
    materialises the whole result in DuckDB and then copies it: half the page faults at 10M
    rows, and the peak memory of one copy.
    """
    reader = con.execute(sql).to_arrow_reader(_BATCH_ROWS)
    chunks: list[npt.NDArray[Any]] = []
    out: npt.NDArray[Any] | None = None
    filled = 0
    for batch in reader:
        values = batch.column(0).to_numpy()
        if out is None:
            out = np.empty(max(rows, len(values)), dtype=values.dtype)
        if filled + len(values) > len(out):  # more rows than counted: the source grew
            chunks.append(out[:filled])
            out, filled = np.empty(max(rows, len(values)), dtype=values.dtype), 0
        out[filled : filled + len(values)] = values
        filled += len(values)
    if out is None:
        return np.empty(0, dtype=np.int64)
    return np.concatenate([*chunks, out[:filled]]) if chunks else out[:filled]


def _hash_sql(keys: tuple[str, ...], *, narrow: bool) -> str:
    """DuckDB's hash of the key (equal keys, -0.0 and 0.0, NaNs: equal hashes), maybe 32 bits."""
    hashed = f"hash({', '.join(keys)})"
    return f"CAST({hashed} >> 32 AS UINTEGER)" if narrow else hashed
