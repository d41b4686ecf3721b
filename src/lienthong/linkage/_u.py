"""u-probabilities from one pass over random pairs, every comparison at once.

Splink 5 estimates u one comparison at a time, each in up to ten chunks until every level has
been seen 100 times. Levels that random pairs almost never reach (an identical CCCD, the same
words of a name in another order) never get there, so each such comparison costs all ten
chunks, and the sample's pairs are built again for every comparison: on the Vietnamese bench
set this was 13 s of a 20 s run. Here the sample's pairs are built once and every comparison
vector is computed in the same scan (~1 s per million pairs for the model's comparisons).
The estimate is the one Splink makes: the share of each level among the sampled pairs where
the comparison is not null; a level no random pair reached is "not observed", as in Splink.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import duckdb

SAMPLE = "__lienthong_u_sample"


def _sample_size(max_pairs: float) -> int:
    """Records whose pairs number about ``max_pairs`` (n(n−1)/2 = max_pairs)."""
    return math.ceil((1 + math.sqrt(1 + 8 * max_pairs)) / 2)


def _gamma(comparison: Any, index: int) -> str:
    whens = " ".join(
        f"WHEN {level.sql_condition} THEN {level.comparison_vector_value}"
        for level in comparison.comparison_levels
        if not level._is_else_level
    )
    return f"CASE {whens} ELSE 0 END AS g{index}"


def estimate_u(
    linker: Any, con: duckdb.DuckDBPyConnection, table: str, max_pairs: float, seed: int
) -> int:
    """Set the linker's u-probabilities from random pairs of ``table``; returns pairs used."""
    from splink.internals.constants import LEVEL_NOT_OBSERVED_TEXT

    comparisons = linker._settings_obj.comparisons
    size = _sample_size(max_pairs)
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {SAMPLE} AS SELECT * FROM {table} "
        f"USING SAMPLE reservoir({size} ROWS) REPEATABLE ({seed})"
    )
    columns = [row[0] for row in con.execute(f"DESCRIBE {SAMPLE}").fetchall()]
    both = ", ".join(f'l."{c}" AS "{c}_l", r."{c}" AS "{c}_r"' for c in columns)
    gammas = ", ".join(_gamma(c, i) for i, c in enumerate(comparisons))
    rows = con.execute(
        f"SELECT {gammas}, count(*) FROM (SELECT {both} FROM {SAMPLE} l JOIN {SAMPLE} r "
        f"ON l.unique_id < r.unique_id) GROUP BY ALL"
    ).fetchall()
    con.execute(f"DROP TABLE {SAMPLE}")
    pairs = sum(int(row[-1]) for row in rows)
    for i, comparison in enumerate(comparisons):
        counts: Counter[int] = Counter()
        for row in rows:
            counts[int(row[i])] += int(row[-1])
        seen = sum(n for cvv, n in counts.items() if cvv != -1)
        if not seen:
            continue  # the comparison is null on every sampled pair: u stays as it was
        for level in comparison._comparison_levels_excluding_null:
            count = counts.get(level.comparison_vector_value, 0)
            level._add_trained_u_probability(
                count / seen if count else LEVEL_NOT_OBSERVED_TEXT,
                "estimate u by random sampling (one pass)",
            )
    linker._populate_m_u_from_trained_values()
    return pairs
