"""The embedded change log on both platform-store engines: same rows in, same changes out.

The SQLite store has its own driver-level append and read (the hot path of the embedded log);
the PostgreSQL store keeps the SQLAlchemy statements. Both must de-duplicate by change id,
keep the order, and give back exactly the captured changes (row images, key, times).
"""

from __future__ import annotations

from datetime import UTC, datetime

from lienthong.store import Store
from lienthong.sync import Change
from lienthong.sync._log import StoreChangeLog


def test_appended_changes_come_back_in_order_once(any_store: Store) -> None:
    when = datetime(2026, 11, 24, 9, 0, 0, 250000, tzinfo=UTC)
    changes = [
        Change("dan_cu.ho_so", "insert", "[1]", "pg:0/10:0", when, None, {"id": 1, "a": "Lê"}),
        Change(
            "dan_cu.ho_so",
            "update",
            "[1]",
            "pg:0/20:0",
            when,
            {"id": 1, "a": "Lê"},
            {
                "id": 1,
                "a": None,
                "b": 2.5,
            },
        ),
        Change("dan_cu.ho_so", "delete", "[1]", "pg:0/30:0", when, {"id": 1, "a": None}, None),
        Change("dan_cu.khac", "insert", '["x"]', "pg:0/40:0", when, None, {"k": "x"}),
    ]
    log = StoreChangeLog(any_store)
    assert log.append(changes) == 4
    assert log.append(changes[1:3]) == 0  # re-sent after a crash: recognised by change id
    read = log.read("dan_cu.ho_so", 0, 10)
    assert [item.change for item in read] == changes[:3]
    assert [item.seq for item in read] == sorted(item.seq for item in read)
    assert all(item.logged_at is not None for item in read)
    assert [item.change for item in log.read("dan_cu.ho_so", read[0].seq, 1)] == changes[1:2]
    assert log.head("dan_cu.khac") > read[-1].seq
    assert log.count_after("dan_cu.ho_so", read[0].seq) == 2
