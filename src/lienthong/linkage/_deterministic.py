"""Deterministic links: records sharing a trustworthy identifier are one entity.

A CCCD is trusted when it is well-formed and agrees with the record's own sex and birth year
(the CCCD encodes both), so a mistyped number that happens to look valid rarely links anyone.
Legacy 9-digit CMNDs link records that carry the same CMND; tax codes (MST) link businesses.
Each record is linked to the smallest id of its group (a star, not every pair), which keeps the
edge count linear.
"""

from __future__ import annotations

import duckdb

#: rule name → SQL condition selecting the records that rule may link, and its key column
RULES: dict[str, tuple[str, str]] = {
    "cccd": ("cccd_ok AND entity_type = 'person'", "cccd"),
    "cmnd": ("cmnd IS NOT NULL AND entity_type = 'person'", "cmnd"),
    "mst": ("mst IS NOT NULL AND entity_type = 'business'", "mst"),
}


def deterministic_edges(con: duckdb.DuckDBPyConnection, records: str, target: str) -> int:
    """Create ``target(unique_id_l, unique_id_r, rule)``; returns the number of edges."""
    parts = []
    for rule, (where, column) in RULES.items():
        parts.append(
            f"SELECT min(unique_id) OVER (PARTITION BY {column}) AS unique_id_l, "
            f"unique_id AS unique_id_r, '{rule}' AS rule FROM {records} WHERE {where}"
        )
    union = " UNION ALL ".join(parts)
    con.execute(
        f"CREATE OR REPLACE TABLE {target} AS SELECT DISTINCT * FROM ({union}) "
        "WHERE unique_id_l <> unique_id_r"
    )
    row = con.execute(f"SELECT count(*) FROM {target}").fetchone()
    return int(row[0]) if row else 0
