"""What the chain alone cannot prove: that the checkpoints are all there and the head is true.

The hash chain proves the entries fit together and a signed checkpoint proves the chain up to
it; but an intruder who may write to the store can *delete* the checkpoints after the entries
they rewrite (or after the point they truncate to) and rewind the head row. This module holds
the chain against three things the intruder cannot re-sign:

* the **cadence**: the log signs a checkpoint at least every N entries, so a run of N entries
  without a trusted checkpoint means some were deleted (``missing_checkpoint``);
* the **head row**: its hash must be the hash of the entry it names, and its last-checkpoint
  position must be the newest checkpoint in the table (``head_mismatch`` /
  ``missing_checkpoint``);
* the **witness** (see :mod:`lienthong.audit._witness`): every checkpoint published outside the
  store must still be in the store, over the same hash (``rewritten`` / ``missing_checkpoint`` /
  ``truncated`` when the store was rewound behind it).

:class:`SealCheck` is fed each verified entry by :func:`verify_chain` and asked at the end.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lienthong.audit._breaks import BreakKind, ChainBreak
from lienthong.audit._keys import PublicKey
from lienthong.audit._records import Checkpoint
from lienthong.audit._witness import Witnessed


@dataclass(frozen=True)
class HeadClaim:
    """Where the store (head row) or archive (end line) says the chain ends."""

    seq: int
    hash: str | None = None  # the hash of entry ``seq``, when recorded
    checkpoint_seq: int | None = None  # the last checkpoint, when recorded (store only)


def signature_problem(cp: Checkpoint, by_id: Mapping[str, PublicKey]) -> str | None:
    """Why ``cp`` cannot be trusted (untrusted key, bad signature), or None."""
    key = by_id.get(cp.key_id)
    if key is None:
        return f"its checkpoint is signed by key {cp.key_id}, which is not trusted"
    try:
        signature = base64.b64decode(cp.signature, validate=True)
    except (binascii.Error, ValueError):
        signature = b""
    if not key.verify(signature, cp.message()):
        return "its checkpoint signature does not verify"
    return None


class SealCheck:
    """Cadence, head and witness checks over one verification pass (see the module doc)."""

    def __init__(
        self,
        store_sealed: Sequence[int],
        keys: Sequence[PublicKey],
        *,
        head: HeadClaim,
        every: int | None,
        witnessed: Witnessed | None = None,
        witness_name: str = "the witness",
    ) -> None:
        self.store_sealed = set(store_sealed)
        self.head = head
        self.every = every
        self.witness_name = witness_name
        self.unreadable = () if witnessed is None else witnessed.unreadable
        by_id = {key.key_id: key for key in keys}
        self.witness: dict[int, list[tuple[Checkpoint, str | None]]] = {}
        for cp in () if witnessed is None else witnessed.checkpoints:
            self.witness.setdefault(cp.seq, []).append((cp, signature_problem(cp, by_id)))
        self.head_hash_found: str | None = None

    @property
    def witnessed(self) -> int:
        return sum(len(cps) for cps in self.witness.values())

    def at(self, seq: int, hash_: str, good_cp: int) -> ChainBreak | None:
        """Check entry ``seq`` (whose chain and own checkpoint verified); ``good_cp`` is the
        last trusted checkpoint at or before it (0 for none)."""
        if seq == self.head.seq:
            self.head_hash_found = hash_
        for cp, problem in self.witness.get(seq, ()):
            if problem is not None:
                return ChainBreak(
                    seq,
                    BreakKind.BAD_CHECKPOINT,
                    f"{self.witness_name} holds a checkpoint at entry {seq} that cannot be "
                    f"trusted ({problem})",
                )
            if cp.hash != hash_:
                return ChainBreak(
                    good_cp + 1,
                    BreakKind.REWRITTEN,
                    f"entries {good_cp + 1}–{seq} were rewritten: entry {seq} differs from the "
                    f"checkpoint {self.witness_name} holds",
                )
            if seq not in self.store_sealed:
                return ChainBreak(
                    seq,
                    BreakKind.MISSING_CHECKPOINT,
                    f"the store no longer holds the checkpoint at entry {seq} that "
                    f"{self.witness_name} holds: checkpoints were deleted",
                )
        if self.every is not None and seq <= self.head.seq and seq - good_cp >= self.every:
            return ChainBreak(
                seq,
                BreakKind.MISSING_CHECKPOINT,
                f"no trusted checkpoint seals entries {good_cp + 1}–{seq}, but the log signs one "
                f"at least every {self.every} entries: checkpoints were deleted",
            )
        return None

    def archived(self, start_seq: int, store_hashes: Mapping[int, str]) -> ChainBreak | None:
        """The witness's checkpoints over an archived prefix (entries ≤ ``start_seq`` are
        gone from the store, but their checkpoints are kept): each must still be in the
        store, over the same hash, or the prefix was rewritten before it was archived."""
        for seq in sorted(s for s in self.witness if s <= start_seq):
            for cp, problem in self.witness[seq]:
                if problem is not None:
                    return ChainBreak(
                        seq,
                        BreakKind.BAD_CHECKPOINT,
                        f"{self.witness_name} holds a checkpoint at entry {seq} that cannot be "
                        f"trusted ({problem})",
                    )
                if store_hashes.get(seq) != cp.hash:
                    return ChainBreak(
                        seq,
                        BreakKind.MISSING_CHECKPOINT,
                        f"the store no longer holds, over the same hash, the checkpoint at "
                        f"archived entry {seq} that {self.witness_name} holds",
                    )
        return None

    def finish(self, last: int, trusted_sealed: Sequence[int]) -> ChainBreak | None:
        """After the last entry: the witness beyond the store, the head row's claims."""
        beyond = [
            (seq, problem)
            for seq, cps in self.witness.items()
            for _cp, problem in cps
            if seq > last
        ]
        bad = [seq for seq, problem in beyond if problem is not None]
        if bad:
            return ChainBreak(
                min(bad),
                BreakKind.BAD_CHECKPOINT,
                f"{self.witness_name} holds a checkpoint at entry {min(bad)} that does not "
                "verify with a trusted key",
            )
        if beyond:
            top = max(seq for seq, _ in beyond)
            return ChainBreak(
                last + 1,
                BreakKind.TRUNCATED,
                f"{self.witness_name} holds a signed checkpoint at entry {top}, but the store "
                f"ends at entry {last}: it was truncated or rewound",
            )
        if self.unreadable:
            return ChainBreak(
                0,
                BreakKind.WITNESS_DAMAGED,
                f"{self.witness_name} is damaged ({', '.join(self.unreadable[:5])} "
                "is not a checkpoint)",
            )
        return self._head(trusted_sealed)

    def _head(self, trusted_sealed: Sequence[int]) -> ChainBreak | None:
        head = self.head
        if head.hash is not None and head.seq > 0 and self.head_hash_found != head.hash:
            return ChainBreak(
                head.seq,
                BreakKind.HEAD_MISMATCH,
                f"the recorded end of the log names a hash for entry {head.seq} that is not "
                "that entry's hash",
            )
        if head.checkpoint_seq is None:
            return None
        if head.checkpoint_seq > 0 and head.checkpoint_seq not in self.store_sealed:
            return ChainBreak(
                head.checkpoint_seq,
                BreakKind.MISSING_CHECKPOINT,
                f"the head records a checkpoint at entry {head.checkpoint_seq} that the "
                "checkpoint table does not hold: checkpoints were deleted",
            )
        newest = max((s for s in trusted_sealed if s <= head.seq), default=0)
        if newest > head.checkpoint_seq:
            return ChainBreak(
                newest,
                BreakKind.HEAD_MISMATCH,
                f"the head records its last checkpoint at entry {head.checkpoint_seq}, but the "
                f"table holds one at entry {newest}: the head was rewound",
            )
        return None
