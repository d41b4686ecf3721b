"""Recompute the chain and the checkpoints; name the first entry where the log stops being true.

One streaming pass over the rows in order. At the first row that does not fit, the break is
classified (edited, chain broken, deleted, inserted, reordered, truncated, …) — classification
may read ahead in the rest of the rows, which is fine because verification stops there. The same
function checks a live store and an exported archive, so both give the same answer.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from typing import Any

from lienthong.audit._canonical import (
    GENESIS_HASH,
    chain_hash,
    fast_canonical_json,
    loads_without_floats,
)
from lienthong.audit._keys import PublicKey
from lienthong.audit._records import Checkpoint
from lienthong.errors import IntegrityError
from lienthong.store import Store

#: A stored row: ``(seq, entry JSON text, prev_hash, hash)``.
Row = tuple[int, str, str, str]


class BreakKind(StrEnum):
    """How the log was found broken (see ``docs/audit-format.md`` § Verification)."""

    EDITED = "edited"  # the entry no longer hashes to its recorded hash
    CHAIN_BROKEN = "chain_broken"  # prev_hash is not the previous entry's hash
    DELETED = "deleted"  # an entry is missing in the middle
    INSERTED = "inserted"  # an entry that was never appended by the log
    REORDERED = "reordered"  # the entry for this seq is found elsewhere
    TRUNCATED = "truncated"  # entries after this one are missing (checkpoint / head says so)
    BAD_CHECKPOINT = "bad_checkpoint"  # a checkpoint's signature does not verify
    REWRITTEN = "rewritten"  # chain consistent but differs from a signed checkpoint
    INDEX_MISMATCH = "index_mismatch"  # the subject index disagrees with the entries
    MALFORMED = "malformed"  # unreadable JSON / archive line


@dataclass(frozen=True)
class ChainBreak:
    """The first place the log stops being true; ``entry`` is the stored JSON found there."""

    seq: int
    kind: BreakKind
    message: str
    entry: str | None = None


@dataclass(frozen=True)
class VerifyReport:
    """Outcome of a verification. ``ok`` is true only if every entry and checkpoint checked."""

    entries: int
    checkpoints: int
    last_seq: int
    last_hash: str
    first_break: ChainBreak | None
    key_ids: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.first_break is None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ok"] = self.ok
        return data

    def raise_for_break(self) -> None:
        """Raise :class:`IntegrityError` naming the first broken entry, if any."""
        if self.first_break is not None:
            brk = self.first_break
            raise IntegrityError(
                f"The audit log is broken at entry {brk.seq} ({brk.kind.value}): {brk.message}",
                hint="Preserve the store and the archive as evidence; compare with a backup.",
            )


def _trusted_checkpoints(
    checkpoints: Sequence[Checkpoint], keys: Sequence[PublicKey]
) -> dict[int, tuple[Checkpoint, str | None]]:
    """Map seq → (checkpoint, problem or None). The worst checkpoint at a seq wins."""
    by_id = {key.key_id: key for key in keys}
    result: dict[int, tuple[Checkpoint, str | None]] = {}
    for cp in checkpoints:
        key = by_id.get(cp.key_id)
        problem: str | None = None
        if key is None:
            problem = f"its checkpoint is signed by key {cp.key_id}, which is not trusted"
        else:
            try:
                signature = base64.b64decode(cp.signature, validate=True)
            except (binascii.Error, ValueError):
                signature = b""
            if not key.verify(signature, cp.message()):
                problem = "its checkpoint signature does not verify"
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
    head_seq: int = 0,
    index: Iterable[tuple[int, str]] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> VerifyReport:
    """Verify ``rows`` (in stored order) against signed ``checkpoints`` and the recorded head.

    ``head_seq`` is where the log says the chain ends (store head row read before the rows, or
    an archive's trailer): fewer rows is truncation. Rows *beyond* the head are the caller's to
    judge with :func:`beyond_head` (a live store may have grown while it was read).
    ``index`` enables the subject-index check; ``on_progress(entries)`` is called every
    10,000 entries.
    """
    sealed = _trusted_checkpoints(checkpoints, public_keys)
    key_ids = tuple(sorted({key.key_id for key in public_keys}))
    index_check = _IndexCheck(index) if index is not None else None
    expected, running, before_prev, previous_text = 1, GENESIS_HASH, "", ""
    good_cp, verified_cps = 0, 0
    rest = iter(rows)

    def report(brk: ChainBreak | None, text: str | None = None) -> VerifyReport:
        if brk is not None and text:
            brk = replace(brk, entry=text)
        return VerifyReport(expected - 1, verified_cps, expected - 1, running, brk, key_ids)

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
            return VerifyReport(
                expected - 2,
                verified_cps,
                expected - 2,
                before_prev,
                ChainBreak(
                    seq - 1,
                    BreakKind.INSERTED,
                    f"entry {seq - 1} was not in the chain: entry {seq} follows {seq - 2}",
                    previous_text,
                ),
                key_ids,
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
        if index_check is not None:
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
        before_prev, running, previous_text = running, hash_, text
        expected += 1
        if on_progress is not None and seq % 10_000 == 0:
            on_progress(seq)
    last = expected - 1
    claimed = max([head_seq, *sealed])
    if claimed > last:
        return report(
            ChainBreak(
                last + 1,
                BreakKind.TRUNCATED,
                f"the log ends at entry {last} but was sealed or recorded up to entry {claimed}",
            )
        )
    return report(None)


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
    on_progress: Callable[[int], None] | None = None,
) -> VerifyReport:
    """Verify the audit chain, checkpoints and subject index kept in ``store``.

    ``public_keys`` are the checkpoint keys you trust (``AuditLog.public_key``, or loaded with
    ``PublicKey.from_file``); a checkpoint signed by any other key is a break. Safe while
    gateways keep appending: the head is read before and after the rows.
    """
    from lienthong.audit._store_reader import StoreReader

    reader = StoreReader(store)
    checkpoints = reader.checkpoints()  # before the head: every honest seal is ≤ the head
    low = reader.head_seq()
    report = verify_chain(
        reader.rows(),
        checkpoints,
        public_keys,
        head_seq=low,
        index=reader.index_rows(),
        on_progress=on_progress,
    )
    return beyond_head(report, reader.head_seq())
