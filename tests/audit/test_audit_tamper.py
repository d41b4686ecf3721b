"""Property tests: any tampering with the stored log is caught, at the right entry.

Each example copies a pristine log (n entries, sealed every 4 and at the end), drops the
append-only triggers and applies one random tampering directly to the SQLite file, as an intruder
with write access would. ``verify_log`` must name the first broken entry and the kind of break.
An untouched copy must always verify.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from audit_helpers import disarm, make_event
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lienthong.audit import AuditKeys, AuditLog, BreakKind, canonical_json, chain_hash, verify_log
from lienthong.store import Store

KEYS = AuditKeys.generate()
MAX_ENTRIES = 14
Draw = Callable[[st.SearchStrategy[int]], int]
Expectation = tuple[int, set[BreakKind]]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Path]:
    """``pristine(n)`` → path of a log file with n entries (built once per n)."""
    root = tmp_path_factory.mktemp("pristine")
    built: dict[int, Path] = {}

    def get(n: int) -> Path:
        if n not in built:
            path = root / f"log-{n}.db"
            store = Store.open(f"sqlite:///{path}")
            log = AuditLog(store, KEYS, checkpoint_every=4)
            for i in range(1, n + 1):
                log.append(make_event(i))
            log.checkpoint()
            store.close()
            built[n] = path
        return built[n]

    return get


def edit_field(raw: sqlite3.Connection, n: int, draw: Draw) -> Expectation:
    k = draw(st.integers(1, n))
    field = draw(st.sampled_from(["client", "purpose", "outcome", "fields", "time", "reason"]))
    (text,) = raw.execute("SELECT entry FROM audit_entry WHERE seq=?", (k,)).fetchone()
    entry = json.loads(text)
    entry[field] = ["so_dinh_danh"] if field == "fields" else "tampered"
    raw.execute("UPDATE audit_entry SET entry=? WHERE seq=?", (json.dumps(entry), k))
    return k, {BreakKind.EDITED}


def edit_hash_columns(raw: sqlite3.Connection, n: int, draw: Draw) -> Expectation:
    k = draw(st.integers(1, n))
    column = draw(st.sampled_from(["hash", "prev_hash"]))
    raw.execute(f"UPDATE audit_entry SET {column}=? WHERE seq=?", ("ab" * 32, k))
    return k, {BreakKind.EDITED if column == "hash" else BreakKind.CHAIN_BROKEN}


def delete(raw: sqlite3.Connection, n: int, draw: Draw) -> Expectation:
    k = draw(st.integers(1, n))
    renumber = draw(st.booleans())
    raw.execute("DELETE FROM audit_entry WHERE seq=?", (k,))
    if renumber:  # close the gap, as a careful intruder would
        for seq in range(k + 1, n + 1):
            raw.execute("UPDATE audit_entry SET seq=? WHERE seq=?", (seq - 1, seq))
    return k, {BreakKind.TRUNCATED if k == n else BreakKind.DELETED}


def insert(raw: sqlite3.Connection, n: int, draw: Draw) -> Expectation:
    """A forged entry, correctly chained to its predecessor, with later rows (and their index
    rows) renumbered to make room."""
    k = draw(st.integers(1, n))
    for seq in range(n, k - 1, -1):
        raw.execute("UPDATE audit_entry SET seq=? WHERE seq=?", (seq + 1, seq))
        raw.execute("UPDATE audit_subject SET seq=? WHERE seq=?", (seq + 1, seq))
    prev = "0" * 64
    if k > 1:
        (prev,) = raw.execute("SELECT hash FROM audit_entry WHERE seq=?", (k - 1,)).fetchone()
    (text,) = raw.execute("SELECT entry FROM audit_entry WHERE seq=?", (k + 1,)).fetchone()
    forged = json.loads(text) | {"seq": k, "client": "forged", "subject_keys": []}
    digest = chain_hash(prev, canonical_json(forged))
    raw.execute(
        "INSERT INTO audit_entry VALUES (?, ?, ?, ?)", (k, json.dumps(forged), prev, digest)
    )
    return k, {BreakKind.INSERTED}


def swap(raw: sqlite3.Connection, n: int, draw: Draw) -> Expectation:
    i = draw(st.integers(1, n - 1))
    j = draw(st.integers(i + 1, n))
    a = raw.execute("SELECT entry, prev_hash, hash FROM audit_entry WHERE seq=?", (i,)).fetchone()
    b = raw.execute("SELECT entry, prev_hash, hash FROM audit_entry WHERE seq=?", (j,)).fetchone()
    update = "UPDATE audit_entry SET entry=?, prev_hash=?, hash=? WHERE seq=?"
    raw.execute(update, (*b, i))
    raw.execute(update, (*a, j))
    return i, {BreakKind.REORDERED}


def truncate(raw: sqlite3.Connection, n: int, draw: Draw) -> Expectation:
    t = draw(st.integers(0, n - 1))
    raw.execute("DELETE FROM audit_entry WHERE seq>?", (t,))
    raw.execute("DELETE FROM audit_subject WHERE seq>?", (t,))
    if draw(st.booleans()):  # also rewind the head: only the signed checkpoint remains
        (hash_,) = raw.execute("SELECT hash FROM audit_entry WHERE seq=?", (t,)).fetchone() or (
            "0" * 64,
        )
        raw.execute("UPDATE audit_head SET seq=?, hash=?", (t, hash_))
    return t + 1, {BreakKind.TRUNCATED}


def drop_index_row(raw: sqlite3.Connection, n: int, draw: Draw) -> Expectation:
    k = draw(st.integers(1, n))
    raw.execute(
        "DELETE FROM audit_subject WHERE rowid ="
        " (SELECT min(rowid) FROM audit_subject WHERE seq=?)",
        (k,),
    )
    return k, {BreakKind.INDEX_MISMATCH}


TAMPERINGS = [edit_field, edit_hash_columns, delete, insert, swap, truncate, drop_index_row]


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_tampering_is_caught_at_the_first_broken_entry(
    data: st.DataObject, pristine: Callable[[int], Path], tmp_path: Path
) -> None:
    n = data.draw(st.integers(2, MAX_ENTRIES), label="entries")
    tamper = data.draw(st.sampled_from(TAMPERINGS), label="tampering")
    path = tmp_path / "copy.db"
    path.unlink(missing_ok=True)
    with closing(sqlite3.connect(pristine(n))) as src, closing(sqlite3.connect(path)) as raw:
        src.backup(raw)
        disarm(raw)
        seq, kinds = tamper(raw, n, data.draw)
        raw.commit()
    store = Store.open(f"sqlite:///{path}")
    try:
        report = verify_log(store, public_keys=[KEYS.public])
    finally:
        store.close()
    assert report.first_break is not None, f"{tamper.__name__} went unnoticed"
    assert report.first_break.seq == seq, report.first_break
    assert report.first_break.kind in kinds, report.first_break
    assert not report.ok


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(n=st.integers(0, MAX_ENTRIES))
def test_an_untouched_log_always_verifies(n: int, pristine: Callable[[int], Path]) -> None:
    store = Store.open(f"sqlite:///{pristine(n)}")
    try:
        report = verify_log(store, public_keys=[KEYS.public])
    finally:
        store.close()
    assert report.ok, report.first_break
    assert report.entries == report.last_seq == n
    assert report.checkpoints == (n // 4 + (1 if n % 4 else 0))


def test_a_rewrite_that_recomputes_the_chain_is_caught_by_the_signed_checkpoint(
    pristine: Callable[[int], Path], tmp_path: Path
) -> None:
    """Edit entry 6 and re-hash everything after it: the chain is consistent again, but the
    checkpoint signed at 8 no longer matches — broken somewhere after the good seal at 4."""
    path = tmp_path / "rewritten.db"
    with closing(sqlite3.connect(pristine(10))) as src, closing(sqlite3.connect(path)) as raw:
        src.backup(raw)
        disarm(raw)
        rows = raw.execute("SELECT seq, entry, hash FROM audit_entry ORDER BY seq").fetchall()
        prev = rows[4][2]  # hash of entry 5, untouched
        for seq, text, _ in rows[5:]:
            entry = json.loads(text) | ({"purpose": "REWRITTEN"} if seq == 6 else {})
            digest = chain_hash(prev, canonical_json(entry))
            raw.execute(
                "UPDATE audit_entry SET entry=?, prev_hash=?, hash=? WHERE seq=?",
                (json.dumps(entry), prev, digest, seq),
            )
            prev = digest
        raw.execute("UPDATE audit_head SET hash=?", (prev,))
        raw.commit()
    store = Store.open(f"sqlite:///{path}")
    try:
        report = verify_log(store, public_keys=[KEYS.public])
    finally:
        store.close()
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.kind) == (5, BreakKind.REWRITTEN)
    assert "entries 5–8 were rewritten" in report.first_break.message
