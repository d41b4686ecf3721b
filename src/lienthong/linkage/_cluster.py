"""Edges to clusters to master ids, with the evidence for each record.

Deterministic edges (rule names) and Splink edges at or above the threshold are joined by
connected components, computed in DuckDB by label propagation with pointer jumping (a handful
of passes even for a million records). A cluster's master id is derived from its most stable
member (a trusted CCCD or MST when it has one, else its smallest record id), so re-running the
linkage gives the same ids to the same people.
"""

from __future__ import annotations

import duckdb

#: evidence for a record linked by no edge at all
SINGLETON = "singleton"


def connected_components(
    con: duckdb.DuckDBPyConnection, records: str, edges: str, target: str, max_passes: int = 50
) -> int:
    """Create ``target(unique_id, cluster)``; returns the number of passes it took."""
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _nbr AS SELECT unique_id_l AS a, unique_id_r AS b "
        f"FROM {edges} UNION ALL SELECT unique_id_r, unique_id_l FROM {edges}"
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _lab AS SELECT unique_id AS node, unique_id AS c "
        f"FROM {records}"
    )
    passes = 0
    while passes < max_passes:
        passes += 1
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _next AS "
            "SELECT l.node, least(l.c, coalesce(min(n.c), l.c)) AS c FROM _lab l "
            "LEFT JOIN _nbr e ON e.a = l.node LEFT JOIN _lab n ON n.node = e.b "
            "GROUP BY l.node, l.c"
        )
        # pointer jumping: adopt the label of your label
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _next AS SELECT x.node, least(x.c, y.c) AS c "
            "FROM _next x JOIN _next y ON y.node = x.c"
        )
        row = con.execute(
            "SELECT count(*) FROM _next x JOIN _lab l USING (node) WHERE x.c <> l.c"
        ).fetchone()
        con.execute("CREATE OR REPLACE TEMP TABLE _lab AS SELECT * FROM _next")
        if not row or row[0] == 0:
            break
    con.execute(
        f"CREATE OR REPLACE TABLE {target} AS SELECT node AS unique_id, c AS cluster FROM _lab"
    )
    for table in ("_nbr", "_lab", "_next"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return passes


def assign_masters(
    con: duckdb.DuckDBPyConnection,
    records: str,
    clusters: str,
    det_edges: str,
    predictions: str | None,
    threshold: float,
    target: str,
) -> None:
    """Create ``target``: one row per record with master id, evidence, weight, probability."""
    pred = (
        f"SELECT unique_id_l AS a, unique_id_r AS b, match_weight, match_probability "
        f"FROM {predictions} WHERE match_probability >= {threshold}"
        if predictions
        else "SELECT NULL::VARCHAR AS a, NULL::VARCHAR AS b, NULL::DOUBLE AS match_weight, "
        "NULL::DOUBLE AS match_probability WHERE false"
    )
    con.execute(
        f"""
        CREATE OR REPLACE TABLE {target} AS
        WITH anchors AS (
            SELECT c.cluster,
                coalesce(min(CASE WHEN r.cccd_ok AND r.entity_type = 'person'
                                  THEN 'cccd:' || r.cccd END),
                         min(CASE WHEN r.mst IS NOT NULL AND r.entity_type = 'business'
                                  THEN 'mst:' || r.mst END),
                         'rec:' || min(r.unique_id)) AS anchor,
                max(r.entity_type) AS entity_type
            FROM {clusters} c JOIN {records} r USING (unique_id)
            GROUP BY c.cluster
        ),
        det AS (
            SELECT id, arg_min(rule, CASE rule WHEN 'cccd' THEN 0 WHEN 'mst' THEN 1 ELSE 2 END)
                AS rule
            FROM (SELECT unique_id_l AS id, rule FROM {det_edges}
                  UNION ALL SELECT unique_id_r, rule FROM {det_edges})
            GROUP BY id
        ),
        p AS (SELECT * FROM ({pred})),
        best AS (
            SELECT id, max(match_weight) AS match_weight, max(match_probability)
                AS match_probability
            FROM (SELECT a AS id, match_weight, match_probability FROM p
                  UNION ALL SELECT b, match_weight, match_probability FROM p)
            GROUP BY id
        )
        SELECT r.unique_id, r.source_dataset, r.record_key, a.entity_type,
            CASE a.entity_type WHEN 'business' THEN 'B' ELSE 'P' END
                || upper(substr(md5(a.anchor), 1, 11)) AS master_id,
            coalesce(det.rule, CASE WHEN best.id IS NOT NULL THEN 'splink' END, '{SINGLETON}')
                AS evidence,
            best.match_weight, best.match_probability
        FROM {records} r
        JOIN {clusters} c USING (unique_id)
        JOIN anchors a USING (cluster)
        LEFT JOIN det ON det.id = r.unique_id
        LEFT JOIN best ON best.id = r.unique_id
        """
    )
