"""Retention of the quality history: old runs to a file read back, then out of the store;
on PostgreSQL by dropping whole partitions (SQLite and PostgreSQL stores)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from history_helpers import save
from sqlalchemy import func, select

from lienthong.errors import InputError
from lienthong.quality import archive_quality, latest_runs, report
from lienthong.quality._tables import quality_results, quality_runs, quality_scores
from lienthong.store import Store
from lienthong.store._partitions import partitions

OLD = datetime(2025, 1, 1, tzinfo=UTC)
NEW = datetime(2026, 6, 1, tzinfo=UTC)


def _counts(store: Store) -> tuple[int, int, int]:
    with store.connect() as conn:
        return tuple(  # type: ignore[return-value]
            int(conn.execute(select(func.count()).select_from(t)).scalar_one())
            for t in (quality_runs, quality_results, quality_scores)
        )


def test_old_runs_go_to_a_file_and_out_of_the_store(any_store: Store, tmp_path: Path) -> None:
    # 120 runs an hour apart in 2025, then 3 in 2026: the first 100 fill a partition whole
    old = [save(any_store, OLD + timedelta(hours=i)) for i in range(120)]
    new = [save(any_store, NEW + timedelta(days=i), failed=i + 1) for i in range(3)]
    kept_report = report(any_store).as_dict()
    per_run = [n // 123 for n in _counts(any_store)]  # rows each run wrote, per table
    out = tmp_path / "archive" / "quality-2025.jsonl"

    done = archive_quality(any_store, date(2026, 1, 1), out)

    assert (done.first_run, done.through_run) == (old[0], old[-1])
    assert done.counts == {"run": 120, "result": 120 * per_run[1], "score": 120 * per_run[2]}
    assert done.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["format"] == "lienthong-quality-archive/1"
    assert lines[-1] == {"kind": "end", "counts": done.counts}
    assert [x["row"]["id"] for x in lines if x["kind"] == "run"] == old
    assert lines[1]["row"]["started_at"] == OLD.isoformat()
    # the store keeps only the 2026 runs, and their reads are as before
    assert _counts(any_store) == (3, 3 * per_run[1], 3 * per_run[2])
    assert [r["id"] for r in latest_runs(any_store)] == new[::-1]
    assert report(any_store).as_dict() == kept_report
    if any_store.dialect == "postgresql":  # the full partition went whole, in every table
        assert done.dropped_partitions == 3
        with any_store.connect() as conn:
            assert [p[1:] for p in partitions(conn, "quality_results")] == [(101, 201), (201, 301)]
    else:
        assert done.dropped_partitions == 0
    # runs keep being saved after a retention, into the partitions ahead
    assert save(any_store, NEW + timedelta(days=9)) == new[-1] + 1


def test_nothing_older_than_the_cut_off_is_refused_and_nothing_written(
    any_store: Store, tmp_path: Path
) -> None:
    save(any_store, NEW)
    out = tmp_path / "q.jsonl"
    with pytest.raises(InputError, match="no stored quality run started before 2026-01-01"):
        archive_quality(any_store, date(2026, 1, 1), out)
    assert not out.exists() and _counts(any_store)[0] == 1


def test_only_runs_whose_successors_all_started_later_are_archived(
    any_store: Store, tmp_path: Path
) -> None:
    """Ids rise with time; a run saved late with an early start does not pull newer runs out."""
    first = save(any_store, OLD)
    save(any_store, NEW)
    save(any_store, OLD + timedelta(days=1))  # saved last, started early: kept with its peers
    done = archive_quality(any_store, date(2026, 1, 1), tmp_path / "q.jsonl")
    assert (done.first_run, done.through_run, done.counts["run"]) == (first, first, 1)
    assert _counts(any_store)[0] == 2


def test_the_archive_command_reports_what_it_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from lienthong.cli import _context, _register_commands, app

    url = f"sqlite:///{tmp_path / 'platform.db'}"
    store = Store.open(url)
    save(store, OLD)
    save(store, NEW)
    store.close()
    monkeypatch.setenv("LIENTHONG_STORE_URL", url)
    monkeypatch.setenv("LIENTHONG_HOME", str(tmp_path))
    _register_commands()
    _context.settings.cache_clear()
    runner = CliRunner()
    out = tmp_path / "q.jsonl"
    done = runner.invoke(app, ["quality", "archive", str(out), "--before", "2026-01-01", "--json"])
    assert done.exit_code == 0, done.output
    shown = json.loads(done.stdout)
    assert (shown["first_run"], shown["through_run"], shown["counts"]["run"]) == (1, 1, 1)
    bad = runner.invoke(app, ["quality", "archive", str(out), "--before", "last year"])
    assert isinstance(bad.exception, InputError) and "is not a date" in str(bad.exception)
    _context.settings.cache_clear()


def test_removal_refuses_when_the_store_holds_rows_the_archive_does_not(
    any_store: Store,
) -> None:
    """A run saved between the export and the removal is not lost: nothing is removed."""
    from lienthong.errors import IntegrityError
    from lienthong.quality._retention import remove_through

    first = save(any_store, OLD)
    save(any_store, OLD + timedelta(hours=1))
    before = _counts(any_store)
    archived = {"run": 1, "result": before[1] // 2, "score": before[2] // 2}
    with pytest.raises(IntegrityError, match="nothing was removed"):
        remove_through(any_store, first + 1, expect=archived)
    assert _counts(any_store) == before
