"""0011: an older PostgreSQL store's quality history becomes range partitions of the run id,
rows, reads and keys unchanged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from history_helpers import save
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from lienthong.quality import report
from lienthong.quality._history import run_results
from lienthong.store import Store, _migrate
from lienthong.store._partitions import partitions

pytestmark = pytest.mark.integration

START = datetime(2025, 3, 1, tzinfo=UTC)


def test_an_older_postgres_store_keeps_its_quality_history_when_partitioned(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        command.upgrade(_migrate._config(conn), "0010")
    old = Store(engine)
    ids = [save(old, START + timedelta(days=i), failed=i) for i in range(3)]
    before = (report(old).as_dict(), report(old, ids[0]).as_dict(), run_results(old, ids[1]))
    with engine.connect() as conn:
        kinds = conn.execute(
            text("SELECT relkind FROM pg_class WHERE relname LIKE 'quality_%' AND relkind <> 'i'")
        ).scalars()
        assert set(kinds) == {"r", "S"}  # plain tables (and their id sequences) before 0011
    engine.dispose()

    store = Store.open(pg_url, upgrade=True)
    try:
        with store.connect() as conn:
            for table in ("quality_runs", "quality_results", "quality_scores"):
                assert [p[1:] for p in partitions(conn, table)] == [(1, 101), (101, 201)]
            context = MigrationContext.configure(conn, opts={"include_name": _migrate.include_name})
            assert compare_metadata(context, _migrate.target_metadata()) == []
        # the same reads give the same answers
        after = (
            report(store).as_dict(),
            report(store, ids[0]).as_dict(),
            run_results(store, ids[1]),
        )
        assert after == before
        # the id sequences carried over: the next run follows on, and its reads still work
        newest = save(store, START + timedelta(days=3), failed=5)
        assert newest == ids[-1] + 1 and report(store).previous_run_id == ids[-1]
        # keys still enforced through the partitions: a run's scores are unique, results and
        # scores need their run, and a run id cannot be taken twice
        refused = [
            "INSERT INTO quality_scores (run_id, scope, subject, criterion, score, checks) "
            "VALUES (1, 'city', 'city', 'overall', 1, 1)",
            "INSERT INTO quality_scores (run_id, scope, subject, criterion, score, checks) "
            "VALUES (99, 'city', 'city', 'overall', 1, 1)",
            "INSERT INTO quality_runs SELECT * FROM quality_runs WHERE id = 1",
        ]
        for sql in refused:
            with pytest.raises(IntegrityError), store.begin() as conn:
                conn.execute(text(sql))
        with store.connect() as conn:  # a read naming its run is pruned to one partition
            plan = "\n".join(
                conn.execute(
                    text("EXPLAIN SELECT * FROM quality_scores WHERE run_id = 2")
                ).scalars()
            )
        assert "quality_scores_p1 " in plan and "quality_scores_p101" not in plan
        assert _migrate.state(store.engine).current
    finally:
        store.close()
