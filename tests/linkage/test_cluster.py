"""Clustering: identifier links first, then Splink links strongest first, never two citizens."""

from __future__ import annotations

import duckdb

from lienthong.linkage._cluster import constrained_components


def _world(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "CREATE TABLE records (unique_id VARCHAR, entity_type VARCHAR, cccd VARCHAR, "
        "cccd_ok BOOLEAN, cccd_is_key BOOLEAN)"
    )
    con.executemany(
        "INSERT INTO records VALUES (?, 'person', ?, ?, ?)",
        [
            ("reg/1", "079090000001", True, True),  # register: anchors citizen 1
            ("reg/2", "079090000002", True, True),  # register: anchors citizen 2
            ("bhyt/a", "079090000001", True, False),  # same CCCD as reg/1
            ("bhyt/x", None, False, False),  # no ID: could be either
            ("bhyt/typo", "079090000009", True, False),  # mistyped, seen once: no anchor
        ],
    )
    con.execute("CREATE TABLE det (unique_id_l VARCHAR, unique_id_r VARCHAR, rule VARCHAR)")
    con.execute("INSERT INTO det VALUES ('bhyt/a', 'reg/1', 'cccd')")
    con.execute(
        "CREATE TABLE pred (unique_id_l VARCHAR, unique_id_r VARCHAR, match_weight DOUBLE, "
        "match_probability DOUBLE)"
    )
    con.executemany(
        "INSERT INTO pred VALUES (?, ?, ?, ?)",
        [
            ("bhyt/x", "reg/1", 12.0, 0.9998),  # strongest: x is citizen 1
            ("bhyt/x", "reg/2", 5.0, 0.97),  # weaker: would chain citizen 2 in
            ("bhyt/typo", "reg/2", 9.0, 0.998),  # the typo record belongs to citizen 2
            ("reg/1", "reg/2", -3.0, 0.1),  # below the threshold
        ],
    )


def _clusters(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("SELECT unique_id, cluster FROM clusters").fetchall())


def test_weak_link_cannot_chain_two_citizens() -> None:
    con = duckdb.connect()
    _world(con)
    refused = constrained_components(con, "records", "det", "pred", 0.7, "clusters")
    c = _clusters(con)
    assert c["bhyt/a"] == c["reg/1"] == c["bhyt/x"]
    assert c["reg/2"] != c["reg/1"]
    assert c["bhyt/typo"] == c["reg/2"]  # a mistyped CCCD does not block the right link
    assert refused == 1


def test_without_predictions_only_identifier_links_count() -> None:
    con = duckdb.connect()
    _world(con)
    assert constrained_components(con, "records", "det", None, 0.7, "clusters") == 0
    c = _clusters(con)
    assert c["bhyt/a"] == c["reg/1"]
    assert len(set(c.values())) == 4
