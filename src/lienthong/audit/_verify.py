"""Recompute the chain and the checkpoints; name the first entry where the log stops being true.

One streaming pass over the rows in order. At the first row that does not fit, the break is
classified (edited, chain broken, deleted, inserted, reordered, truncated, …) — classification
may read ahead in the rest of the rows, which is fine because verification stops there. The same
function checks a live store and an exported archive, so both give the same answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace

from lienthong.audit._breaks import BreakKind, ChainBreak, VerifyReport
from lienthong.audit._canonical import (
    GENESIS_HASH,
    chain_hash,
    fast_canonical_json,
    loads_without_floats,
)
from lienthong.audit._keys import PublicKey
from lienthong.audit._log import CHECKPOINT_EVERY
from lienthong.audit._records import Checkpoint
from lienthong.audit._seal_check import HeadClaim, SealCheck, signature_problem
from lienthong.audit._witness import Witness, Witnessed
from lienthong.store import Store

__all__ = [
    "BreakKind",
    "ChainBreak",
    "HeadClaim",
    "VerifyReport",
    "beyond_head",
    "verify_chain",
    "verify_log",
]

#: A stored row: ``(seq, entry JSON text, prev_hash, hash)``.
Row = tuple[int, str, str, str]


def _trusted_checkpoints(
    checkpoints: Sequence[Checkpoint], keys: Sequence[PublicKey]
) -> dict[int, tuple[Checkpoint, str | None]]:
    """Map seq → (checkpoint, problem or None). The worst checkpoint at a seq wins."""
    by_id = {key.key_id: key for key in keys}
    result: dict[int, tuple[Checkpoint, str | None]] = {}
    for cp in checkpoints:
        problem = signature_problem(cp, by_id)
        if cp.seq not in result or result[cp.seq][1] is None:
            result[cp.seq] = (cp, problem)
    return result


def _entry_seq(text: str) -> int | None:
    try:
        value = json.loads(text).get("seq")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, int) else None


def _classify_displacement(expected: int, found: int, rest: Iterator[Row]) -> ChainBreak:
    """An entry for ``found`` sits where ``expected`` belongs: moved, deleted or inserted?"""
    if found < expected:
        return ChainBreak(
            expected,
            BreakKind.INSERTED,
            f"a copy of entry {found} appears where entry {expected} belongs",
        )
    for seq, text, _prev, _hash in rest:
        if seq == expected or _entry_seq(text) == expected:
            return ChainBreak(
                expected,
                BreakKind.REORDERED,
                f"entry {found} appears where entry {expected} belongs; {expected} comes later",
            )
    missing = f"{expected}" if found == expected + 1 else f"{expected}–{found - 1}"
    return ChainBreak(expected, BreakKind.DELETED, f"entry {missing} is missing")


class _IndexCheck:
    """Merge-compares the subject index ``(seq, key)`` rows, in order, with the entries."""

    def __init__(self, index: Iterable[tuple[int, str]]) -> None:
        self._rows = iter(index)
        self._next: tuple[int, str] | None = next(self._rows, None)

    def check(self, seq: int, keys: Sequence[str]) -> ChainBreak | None:
        if self._next is not None and self._next[0] < seq:
            return ChainBreak(
                self._next[0],
                BreakKind.INDEX_MISMATCH,
                "the subject index lists a data subject this entry does not name",
            )
        found = []
        while self._next is not None and self._next[0] == seq:
            found.append(self._next[1])
            self._next = next(self._rows, None)
        if sorted(found) != sorted(keys):
            return ChainBreak(
                seq,
                BreakKind.INDEX_MISMATCH,
                "the subject index does not match the entry's data subjects, so a citizen's "
                "access log would be wrong",
            )
        return None


def verify_chain(
    rows: Iterable[Row],
    checkpoints: Sequence[Checkpoint],
    public_keys: Sequence[PublicKey],
    *,
    head: HeadClaim | None = None,
    checkpoint_every: int | None = None,
    witnessed: Witnessed | None = None,
    witness_name: str = "the witness",
    index: Iterable[tuple[int, str]] | None = None,
    on_progress: Callable[[int], None] | None = None,
    start: Checkpoint | None = None,
) -> VerifyReport:
    """Verify ``rows`` (in stored order) against signed ``checkpoints`` and the recorded head.

    ``head`` is where the log says the chain ends (store head row read before the rows, or an
    archive's trailer): fewer rows is truncation, and its hash and last checkpoint must match.
    Rows *beyond* the head are the caller's to judge with :func:`beyond_head` (a live store may
    have grown while it was read). ``checkpoint_every`` requires a trusted checkpoint at least
    every that many entries up to the head; ``witnessed`` are the checkpoints an external
    witness holds, each of which the rows and ``checkpoints`` must still match.
    ``index`` enables the subject-index check; ``on_progress(entries)`` is called every
    10,000 entries. ``start`` is the signed checkpoint the rows continue from when the entries
    up to it were archived and removed (retention): the first row must follow its hash, and
    it must verify with a trusted key like any other.
    """
    head = head or HeadClaim(0)
    sealed = _trusted_checkpoints(checkpoints, public_keys)
    seals = SealCheck(
        list(sealed),
        public_keys,
        head=head,
        every=checkpoint_every,
        witnessed=witnessed,
        witness_name=witness_name,
    )
    key_ids = tuple(sorted({key.key_id for key in public_keys}))
    index_check = _IndexCheck(index) if index is not None else None
    offset = 0 if start is None else start.seq
    expected, running, before_prev, previous_text = offset + 1, GENESIS_HASH, "", ""
    good_cp, verified_cps = offset, 0
    if start is not None:
        running = start.hash
    rest = iter(rows)

    def report(brk: ChainBreak | None, text: str | None = None) -> VerifyReport:
        if brk is not None and text:
            brk = replace(brk, entry=text)
        return VerifyReport(
            expected - 1 - offset,
            verified_cps,
            expected - 1,
            running,
            brk,
            key_ids,
            checkpoint_every,
            None if witnessed is None else witness_name,
            seals.witnessed,
            offset + 1,
        )

    if start is not None:
        problem = signature_problem(start, {key.key_id: key for key in public_keys})
        if problem is not None:
            return report(
                ChainBreak(
                    start.seq,
                    BreakKind.BAD_CHECKPOINT,
                    f"the log continues from an archived part sealed at entry {start.seq}, but "
                    f"{problem}",
                )
            )
        brk = seals.archived(start.seq, {seq: cp.hash for seq, (cp, _) in sealed.items()})
        if brk is not None:
            return report(brk)

    for seq, text, prev_hash, hash_ in rest:
        if seq != expected:
            return report(_classify_displacement(expected, seq, rest), text)
        try:
            entry = loads_without_floats(text)
            canonical = fast_canonical_json(entry)
        except (ValueError, TypeError):
            return report(ChainBreak(seq, BreakKind.MALFORMED, "the entry is not valid JSON"), text)
        if not isinstance(entry, dict):
            return report(ChainBreak(seq, BreakKind.MALFORMED, "the entry is not an object"), text)
        if prev_hash != running and before_prev and prev_hash == before_prev:
            return replace(
                report(None),
                entries=expected - 2 - offset,
                last_seq=expected - 2,
                last_hash=before_prev,
                first_break=ChainBreak(
                    seq - 1,
                    BreakKind.INSERTED,
                    f"entry {seq - 1} was not in the chain: entry {seq} follows {seq - 2}",
                    previous_text,
                ),
            )
        entry_seq = entry.get("seq")
        if entry_seq != seq:
            found = entry_seq if isinstance(entry_seq, int) else seq + 1
            return report(_classify_displacement(expected, found, rest), text)
        if prev_hash != running:
            return report(
                ChainBreak(
                    seq,
                    BreakKind.CHAIN_BROKEN,
                    "its prev_hash is not the hash of the entry before it",
                ),
                text,
            )
        if chain_hash(prev_hash, canonical) != hash_:
            return report(
                ChainBreak(
                    seq, BreakKind.EDITED, "its content no longer matches its recorded hash"
                ),
                text,
            )
        if index_check is not None and seq <= head.seq:  # later rows: appended meanwhile
            keys = entry.get("subject_keys") or []
            brk = index_check.check(seq, keys if isinstance(keys, list) else [])
            if brk is not None:
                return report(brk, text)
        if seq in sealed:
            cp, problem = sealed[seq]
            if problem is not None:
                return report(ChainBreak(seq, BreakKind.BAD_CHECKPOINT, problem), text)
            if cp.hash != hash_:
                following = next(rest, None)
                if following is not None and following[2] == running:
                    return report(
                        ChainBreak(
                            seq,
                            BreakKind.INSERTED,
                            f"entry {seq} was not in the chain: the next entry follows {seq - 1}",
                        ),
                        text,
                    )
                return report(
                    ChainBreak(
                        good_cp + 1,
                        BreakKind.REWRITTEN,
                        f"entries {good_cp + 1}–{seq} were rewritten and re-chained: entry {seq} "
                        "differs from its signed checkpoint",
                    ),
                    text,
                )
            good_cp, verified_cps = seq, verified_cps + 1
        brk = seals.at(seq, hash_, good_cp)
        if brk is not None:
            return report(brk, text)
        before_prev, running, previous_text = running, hash_, text
        expected += 1
        if on_progress is not None and seq % 10_000 == 0:
            on_progress(seq)
    last = expected - 1
    claimed = max([head.seq, *sealed])
    if claimed > last:
        return report(
            ChainBreak(
                last + 1,
                BreakKind.TRUNCATED,
                f"the log ends at entry {last} but was sealed or recorded up to entry {claimed}",
            )
        )
    trusted = [seq for seq, (_cp, problem) in sealed.items() if problem is None]
    return report(seals.finish(last, trusted))


def beyond_head(report: VerifyReport, head_seq: int) -> VerifyReport:
    """Flag entries past ``head_seq`` (read after the rows): the log never appended them."""
    if report.ok and report.last_seq > head_seq:
        brk = ChainBreak(
            head_seq + 1,
            BreakKind.INSERTED,
            f"entries {head_seq + 1}–{report.last_seq} lie beyond the log's recorded end",
        )
        return replace(report, first_break=brk)
    return report


def verify_log(
    store: Store,
    *,
    public_keys: Sequence[PublicKey],
    checkpoint_every: int | None = CHECKPOINT_EVERY,
    witness: Witness | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> VerifyReport:
    """Verify the audit chain, checkpoints, head and subject index kept in ``store``.

    ``public_keys`` are the checkpoint keys you trust (``AuditLog.public_key``, or loaded with
    ``PublicKey.from_file``); a checkpoint signed by any other key is a break.
    ``checkpoint_every`` is the cadence the log was written with (None: not required);
    ``witness`` is where its checkpoints were published outside the store. Safe while
    gateways keep appending: the witness is read first (it never leads the store), then the
    checkpoints, the head, the rows, and the head again.
    """
    from lienthong.audit._store_reader import StoreReader

    witnessed = None if witness is None else witness.read()
    reader = StoreReader(store)
    first = reader.first_seq()
    checkpoints = reader.checkpoints()  # before the head: every honest seal is ≤ the head
    low = reader.head()
    known = {cp.seq for cp in checkpoints}
    if low.checkpoint_seq not in known:
        # Sealed between the two reads (the head moved with it), or deleted: read again, up to
        # the head we hold the chain to.
        newest = max(known, default=0)
        checkpoints += [cp for cp in reader.checkpoints() if newest < cp.seq <= low.seq]
    start = next((cp for cp in checkpoints if cp.seq == first - 1), None) if first > 1 else None
    markers = _ArchivedMarkers(reader.rows())
    report = verify_chain(
        markers,
        checkpoints,
        public_keys,
        head=low,
        checkpoint_every=checkpoint_every,
        witnessed=witnessed,
        witness_name="the witness" if witness is None else f"the witness {witness.location}",
        index=reader.index_rows(up_to=low.seq),
        on_progress=on_progress,
        start=start,
    )
    if start is not None and report.ok:
        sealed_up_to = max((cp.seq for cp in checkpoints if cp.seq <= report.last_seq), default=0)
        marker = markers.found.get((start.seq, start.hash))
        if marker is None or marker > sealed_up_to:
            brk = ChainBreak(
                first,
                BreakKind.DELETED,
                f"entries 1–{start.seq} are missing and no sealed AUDIT_ARCHIVED entry records "
                f"that they were archived up to the checkpoint at entry {start.seq}",
            )
            return replace(report, first_break=brk)
    return beyond_head(report, reader.head_seq())


class _ArchivedMarkers:
    """Passes rows through, noting each ``AUDIT_ARCHIVED`` entry's ``(through_seq, hash)``.

    Removing an archived prefix is legitimate only when the chain itself records it — an entry
    that a later signed checkpoint seals, so whoever lacks the signing key cannot forge one.
    """

    def __init__(self, rows: Iterable[Row]) -> None:
        self._rows = iter(rows)
        self.found: dict[tuple[int, str], int] = {}

    def __iter__(self) -> Iterator[Row]:
        for row in self._rows:
            if '"AUDIT_ARCHIVED"' in row[1]:
                self._note(row[0], row[1])
            yield row

    def _note(self, seq: int, text: str) -> None:
        try:
            entry = json.loads(text)
            data = entry["data"]
            key = (int(data["through_seq"]), str(data["through_hash"]))
        except (ValueError, KeyError, TypeError):
            return
        if entry.get("event") == "AUDIT_ARCHIVED" and entry.get("seq") == seq:
            self.found.setdefault(key, seq)
