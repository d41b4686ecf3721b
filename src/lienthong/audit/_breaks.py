"""What a verification reports: the kinds of break, the first break, the report."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from lienthong.errors import IntegrityError


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
    MISSING_CHECKPOINT = "missing_checkpoint"  # a due / recorded / witnessed checkpoint is gone
    HEAD_MISMATCH = "head_mismatch"  # the head row disagrees with the entries or checkpoints
    WITNESS_DAMAGED = "witness_damaged"  # the witness holds lines that are not checkpoints
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
    checkpoint_every: int | None = None  # the cadence required (None: not checked)
    witness: str | None = None  # where the witness is (None: no witness checked)
    witnessed: int = 0  # checkpoints the witness holds
    first_seq: int = 1  # the first entry checked (after an archived prefix: its anchor + 1)

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
