"""Property tests of the checkpoint rules: the cadence always holds, and no deletion of
checkpoints or rewind of the store gets past the witness.

Each example writes a log with a random cadence N, random batch sizes (as the group-commit
writer makes them) and random manual seals, then tampers with it as an intruder with write
access to the store (not to the key, not to the witness) would.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from audit_helpers import disarm, make_event
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lienthong.audit import AuditKeys, AuditLog, BreakKind, FileWitness, verify_log
from lienthong.store import Store

KEYS = AuditKeys.generate()
PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@dataclass
class Written:
    path: Path
    log: AuditLog
    every: int
    seals: list[int]


# A log's history: the cadence, then batches (size, whether a manual seal follows).
histories = st.tuples(
    st.integers(1, 6),
    st.lists(st.tuples(st.integers(1, 9), st.booleans()), min_size=1, max_size=8),
)


@contextmanager
def written(history: tuple[int, list[tuple[int, bool]]]) -> Iterator[Written]:
    every, batches = history
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "platform.db"
        store = Store.open(f"sqlite:///{path}")
        log = AuditLog(store, KEYS, checkpoint_every=every, witness=FileWitness(Path(tmp) / "w"))
        try:
            i = 0
            for size, seal in batches:
                log.append_many([make_event(i + k) for k in range(size)])
                i += size
                if seal:
                    log.checkpoint()
            yield Written(path, log, every, [cp.seq for cp in log.checkpoints()])
        finally:
            store.close()


def tamper(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    with closing(sqlite3.connect(path)) as raw:
        disarm(raw)
        for sql, args in statements:
            raw.execute(sql, args)
        raw.commit()


@PROPERTY
@given(history=histories)
def test_an_honest_log_keeps_the_cadence_and_verifies(
    history: tuple[int, list[tuple[int, bool]]],
) -> None:
    with written(history) as w:
        head = w.log.head().seq
        gaps = [b - a for a, b in pairwise([0, *w.seals])]
        assert max(gaps, default=0) <= w.every
        assert head - (w.seals[-1] if w.seals else 0) < w.every
        report = w.log.verify()
        assert report.ok, report.first_break
        assert report.witnessed == report.checkpoints == len(w.seals)


@PROPERTY
@given(history=histories, data=st.data())
def test_deleting_any_checkpoints_is_caught_at_the_first_one_deleted(
    history: tuple[int, list[tuple[int, bool]]], data: st.DataObject
) -> None:
    with written(history) as w:
        w.log.checkpoint()  # seal the tail so there is always one to delete
        seals = [cp.seq for cp in w.log.checkpoints()]
        gone = data.draw(st.sets(st.sampled_from(seals), min_size=1), label="deleted")
        kept = max((s for s in seals if s not in gone), default=0)
        rewind_head = data.draw(st.booleans(), label="rewind head")
        statements = [("DELETE FROM audit_checkpoint WHERE seq = ?", (s,)) for s in gone]
        if rewind_head:
            statements.append(("UPDATE audit_head SET checkpoint_seq = ?", (kept,)))
        tamper(w.path, *statements)
        report = w.log.verify()
        assert report.first_break is not None
        assert (report.first_break.seq, report.first_break.kind) == (
            min(gone),
            BreakKind.MISSING_CHECKPOINT,
        ), report.first_break
        # Without the witness, the cadence still catches any deleted cadence point, and the head
        # row a deleted last checkpoint it was not rewound behind. An extra checkpoint deleted
        # between two kept ones hides no entry (the chain and the later checkpoint still cover
        # every entry): only the witness sees it, which the assertion above checks.
        due = [s for s in gone if s - max((k for k in seals if k < s), default=0) == w.every]
        alone = verify_log(w.log.store, public_keys=[KEYS.public], checkpoint_every=w.every)
        if due or (seals[-1] in gone and not rewind_head):
            assert not alone.ok


@PROPERTY
@given(history=histories, data=st.data())
def test_rewinding_the_store_to_any_earlier_state_is_caught_by_the_witness(
    history: tuple[int, list[tuple[int, bool]]], data: st.DataObject
) -> None:
    with written(history) as w:
        w.log.checkpoint()
        head = w.log.head().seq
        to = data.draw(st.integers(0, head - 1), label="rewind to")
        with closing(sqlite3.connect(w.path)) as raw:
            row = raw.execute("SELECT hash FROM audit_entry WHERE seq = ?", (to,)).fetchone()
        hash_ = row[0] if row else "0" * 64
        sealed = max((s for s in w.seals if s <= to), default=0)
        tamper(
            w.path,
            ("DELETE FROM audit_entry WHERE seq > ?", (to,)),
            ("DELETE FROM audit_subject WHERE seq > ?", (to,)),
            ("DELETE FROM audit_checkpoint WHERE seq > ?", (to,)),
            ("UPDATE audit_head SET seq = ?, hash = ?, checkpoint_seq = ?", (to, hash_, sealed)),
        )
        report = w.log.verify()
        assert report.first_break is not None
        assert (report.first_break.seq, report.first_break.kind) == (to + 1, BreakKind.TRUNCATED)
