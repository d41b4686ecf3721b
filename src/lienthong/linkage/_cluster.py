"""Edges to clusters to master ids, with the evidence for each record.

Deterministic edges (rule names) and Splink edges at or above the threshold are joined by
union-find, strongest Splink edge first, refusing any edge that would merge two different
trusted CCCDs (a cannot-link constraint). A cluster's master id is derived from its most stable
member (a trusted CCCD or MST when it has one, else its smallest record id), so re-running the
linkage gives the same ids to the same people.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa  # type: ignore[import-untyped]

#: evidence for a record linked by no edge at all
SINGLETON = "singleton"


def _load_ids(con: duckdb.DuckDBPyConnection, records: str) -> tuple[list[str], list[str | None]]:
    # a CCCD is an anchor when a register is keyed by it or two records agree on it (a
    # mistyped number is seen once, and must not stop its record joining the right person)
    rows = con.execute(
        f"SELECT unique_id, CASE WHEN cccd_ok AND entity_type = 'person' AND (cccd_is_key OR "
        f"count(*) OVER (PARTITION BY cccd) >= 2) THEN cccd END FROM {records} ORDER BY unique_id"
    ).fetchall()
    return [r[0] for r in rows], [r[1] for r in rows]


class Forest:
    """Union-find over records, each set carrying the trusted CCCD (anchor) it holds.

    A set's root is always its smallest record (by ``unique_id`` order), so the same edges give
    the same roots in any process; ``_curve`` rebuilds a run's forest from the stored groups.
    """

    def __init__(self, ids: list[str], anchors: list[str | None]) -> None:
        self.ids = ids
        self.index = {uid: n for n, uid in enumerate(ids)}
        self.parent = list(range(len(ids)))
        self.anchors = anchors

    def find(self, n: int) -> int:
        parent = self.parent
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def union(self, left: str, right: str, guarded: bool) -> bool:
        """Join two records' sets; ``guarded``: refuse when they hold two different CCCDs."""
        ra, rb = self.find(self.index[left]), self.find(self.index[right])
        if ra == rb:
            return True
        aa, ab = self.anchors[ra], self.anchors[rb]
        if guarded and aa is not None and ab is not None and aa != ab:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.anchors[ra] = aa if aa is not None else ab
        return True

    def roots(self) -> list[str]:
        return [self.ids[self.find(n)] for n in range(len(self.ids))]


def constrained_components(
    con: duckdb.DuckDBPyConnection,
    records: str,
    det_edges: str,
    predictions: str | None,
    threshold: float,
    target: str,
) -> int:
    """Create ``target(unique_id, cluster, group_root, group_anchor)``; returns refusals.

    Identifier links join first. Splink links are then taken strongest first and refused when
    they would put two different trusted CCCDs in one cluster (two registered citizens are
    never one person), so one weak link through a record without ID cannot chain two people.
    ``group_root`` and ``group_anchor`` are each record's set and its CCCD after the identifier
    links alone: with the scored pairs they let ``_curve`` cluster the run at any threshold.
    """
    ids, anchors = _load_ids(con, records)
    forest = Forest(ids, anchors)
    for left, right in con.execute(f"SELECT unique_id_l, unique_id_r FROM {det_edges}").fetchall():
        forest.union(left, right, guarded=False)
    groups = forest.roots()
    group_anchors = [forest.anchors[forest.index[root]] for root in groups]
    refused = 0
    if predictions:
        edges = con.execute(
            f"SELECT unique_id_l, unique_id_r FROM {predictions} "
            f"WHERE match_probability >= {threshold} ORDER BY match_weight DESC"
        ).fetchall()
        for left, right in edges:
            if not forest.union(left, right, guarded=True):
                refused += 1
    table = pa.table(
        {
            "unique_id": ids,
            "cluster": forest.roots(),
            "group_root": groups,
            "group_anchor": group_anchors,
        },
        schema=pa.schema(
            [
                ("unique_id", pa.string()),
                ("cluster", pa.string()),
                ("group_root", pa.string()),
                ("group_anchor", pa.string()),
            ]
        ),
    )
    con.register(f"{target}_arrow", table)
    con.execute(f"CREATE OR REPLACE TABLE {target} AS SELECT * FROM {target}_arrow")
    con.unregister(f"{target}_arrow")
    return refused


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
