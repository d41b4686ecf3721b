"""Group commit: concurrent writers get durable, ordered, chained entries — or a clear failure."""

from __future__ import annotations

import asyncio
import random
import sqlite3
import tempfile
from pathlib import Path

import pytest
from audit_helpers import disarm, make_event
from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.audit import AuditKeys, AuditLog, AuditRecord, AuditWriter, Outcome
from lienthong.errors import ConflictError, SourceUnavailableError
from lienthong.store import Store


def test_many_concurrent_tasks_yield_one_valid_chain_with_nothing_lost(log: AuditLog) -> None:
    async def request(writer: AuditWriter, i: int) -> AuditRecord:
        await asyncio.sleep(random.random() / 100)  # requests arrive spread out
        outcome = Outcome.DENIED if i % 5 == 0 else Outcome.ALLOWED
        record = await writer.write(make_event(i, outcome))
        # Returned only after commit: another connection already sees it.
        assert any(r.seq == record.seq for r in log.records(after_seq=record.seq - 1))
        return record

    async def main() -> tuple[list[AuditRecord], int]:
        async with AuditWriter(log, max_batch=64) as writer:
            records = await asyncio.gather(*(request(writer, i) for i in range(400)))
        return list(records), writer.batches

    records, batches = asyncio.run(main())
    assert sorted(r.seq for r in records) == list(range(1, 401))
    assert sorted(r.request_id or "" for r in records) == sorted(f"req-{i}" for i in range(400))
    assert batches < 400  # events were grouped
    report = log.verify()
    assert report.ok and report.entries == 400


def test_a_failed_commit_fails_every_write_of_its_batch_and_the_writer_goes_on(
    log: AuditLog, tmp_path: Path
) -> None:
    log.append(make_event(0))
    with sqlite3.connect(tmp_path / "platform.db") as raw:  # seq 3 is taken by a squatter
        raw.execute("INSERT INTO audit_entry VALUES (3, '{}', 'x', 'y')")

    async def main() -> list[AuditRecord | BaseException]:
        async with AuditWriter(log) as writer:
            failed = await asyncio.gather(
                *(writer.write(make_event(i)) for i in range(1, 4)), return_exceptions=True
            )
            with sqlite3.connect(tmp_path / "platform.db") as raw:
                disarm(raw)
                raw.execute("DELETE FROM audit_entry WHERE seq = 3")
            return [*failed, await writer.write(make_event(9))]

    *failed, after = asyncio.run(main())
    assert all(isinstance(f, SourceUnavailableError) for f in failed)
    assert isinstance(after, AuditRecord) and after.seq == 2
    assert log.verify().ok


def test_a_closed_writer_refuses_new_events(log: AuditLog) -> None:
    async def main() -> None:
        writer = AuditWriter(log)
        await writer.write(make_event(1))
        await writer.close()
        with pytest.raises(ConflictError, match="closed"):
            await writer.write(make_event(2))

    asyncio.run(main())
    assert log.head().seq == 1


def test_an_idle_writer_seals_the_tail(store: Store, keys: AuditKeys) -> None:
    log = AuditLog(store, keys, checkpoint_every=1000, checkpoint_interval_s=3600)

    async def main() -> None:
        async with AuditWriter(log, idle_seal_s=0.1) as writer:
            await writer.write(make_event(1))
            await writer.write(make_event(2))
            await asyncio.sleep(0.5)

    asyncio.run(main())
    # Appends alone would not seal for an hour (or 1,000 entries): this seal is the idle one.
    assert log.checkpoints()[-1].seq == 2


@settings(max_examples=8, deadline=None)
@given(
    tasks=st.integers(1, 60),
    max_batch=st.integers(1, 16),
    delays=st.lists(st.floats(0, 0.005), min_size=1, max_size=8),
)
def test_any_mix_of_concurrency_and_batch_size_keeps_one_gapless_chain(
    tasks: int, max_batch: int, delays: list[float]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{tmp}/platform.db")
        log = AuditLog(store, AuditKeys.generate(), checkpoint_every=7, durable=False)

        async def request(writer: AuditWriter, i: int) -> int:
            await asyncio.sleep(delays[i % len(delays)])
            return (await writer.write(make_event(i))).seq

        async def main() -> list[int]:
            async with AuditWriter(log, max_batch=max_batch) as writer:
                return list(await asyncio.gather(*(request(writer, i) for i in range(tasks))))

        try:
            assert sorted(asyncio.run(main())) == list(range(1, tasks + 1))
            report = log.verify()
            assert report.ok and report.entries == tasks
        finally:
            store.close()


Committed = tuple[AuditRecord | None, BaseException | None]


def _submit_and_wait(writer: AuditWriter, i: int) -> Committed:
    """A worker thread's use of ``submit``, waiting here only to see the outcome."""
    import threading

    done = threading.Event()
    outcome: list[Committed] = []

    def committed(record: AuditRecord | None, error: BaseException | None) -> None:
        outcome.append((record, error))
        done.set()

    writer.submit(make_event(i), committed)
    assert done.wait(10)
    return outcome[0]


def test_worker_threads_and_async_callers_share_one_gapless_chain(log: AuditLog) -> None:
    """Threads submit (and lead when nobody commits) beside asyncio callers."""
    import threading

    from_threads: list[AuditRecord] = []
    lock = threading.Lock()

    async def main() -> int:
        async with AuditWriter(log, max_batch=16) as writer:

            def worker(first: int) -> None:
                for i in range(first, first + 25):
                    record, error = _submit_and_wait(writer, i)
                    assert error is None and record is not None
                    with lock:
                        from_threads.append(record)

            threads = [threading.Thread(target=worker, args=(1000 * t,)) for t in range(8)]
            for thread in threads:
                thread.start()
            from_loop = await asyncio.gather(*(writer.write(make_event(i)) for i in range(100)))
            await asyncio.to_thread(lambda: [thread.join() for thread in threads])
            assert len(from_loop) == 100
            return writer.batches

    batches = asyncio.run(main())
    assert len(from_threads) == 200
    assert log.head().seq == 300
    assert batches < 300  # callers were grouped into shared commits
    report = log.verify()
    assert report.ok and report.entries == 300


def test_a_failed_commit_reaches_every_submitter(log: AuditLog, tmp_path: Path) -> None:
    import threading

    log.append(make_event(0))
    with sqlite3.connect(tmp_path / "platform.db") as raw:  # seq 2 is taken by a squatter
        raw.execute("INSERT INTO audit_entry VALUES (2, '{}', 'x', 'y')")
    errors: list[BaseException] = []
    writer = AuditWriter(log)

    def worker(i: int) -> None:
        record, error = _submit_and_wait(writer, i)
        assert record is None
        if isinstance(error, SourceUnavailableError):
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(1, 5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    # Every batch starting at seq 2 collides, so every caller fails; nothing half-written.
    assert len(errors) == 4
    assert log.head().seq == 1
