"""Migration 0007 adds the review queue to a store that already holds a linkage run."""

from __future__ import annotations

from pathlib import Path

from older_store import store_with_one_linked_record
from sqlalchemy import text

from lienthong.linkage import index_mapping
from lienthong.linkage._review import review_queue
from lienthong.store import Store, _migrate


def test_a_store_at_0004_with_an_index_upgrades_keeping_it(tmp_path: Path) -> None:
    url = store_with_one_linked_record(tmp_path, "0004")
    store = Store.open(url, upgrade=True)
    assert _migrate.state(store.engine).current
    assert index_mapping(store) == {"a.b/1": "P1"}
    assert review_queue(store) == []
    with store.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO link_review (record_l, record_r, run_id, decision) "
                "VALUES ('a.b/1', 'a.b/2', 1, 'pending')"
            )
        )
    assert [p["record_r"] for p in review_queue(store)] == ["a.b/2"]
    store.close()
