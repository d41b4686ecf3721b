"""Read the audit tables as stored, page by page, without needing any key.

Shared by :class:`AuditLog` and the verifier; store errors become one actionable sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select

from lienthong.audit._records import Checkpoint
from lienthong.audit._seal_check import HeadClaim
from lienthong.audit._tables import audit_checkpoint, audit_entry, audit_head, audit_subject
from lienthong.errors import SourceUnavailableError
from lienthong.store import DRIVER_ERRORS, Store

PAGE = 5000


@contextmanager
def store_errors() -> Iterator[None]:
    """Turn a store failure into an error a person can act on."""
    try:
        yield
    except DRIVER_ERRORS as exc:
        raise SourceUnavailableError(
            "The audit log could not be written or read; nothing was released.",
            hint=f"Check the platform store ({type(getattr(exc, 'orig', None) or exc).__name__}).",
        ) from exc


class StoreReader:
    """Read-only access to one store's audit chain."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def head_seq(self) -> int:
        query = select(audit_head.c.seq).where(audit_head.c.id == 1)
        with store_errors(), self.store.connect() as conn:
            value = conn.execute(query).scalar()
        return int(value or 0)

    def head(self) -> HeadClaim:
        """What the head row claims (seq 0 and no hash when the log was never opened)."""
        cols = (audit_head.c.seq, audit_head.c.hash, audit_head.c.checkpoint_seq)
        with store_errors(), self.store.connect() as conn:
            row = conn.execute(select(*cols).where(audit_head.c.id == 1)).first()
        if row is None:
            return HeadClaim(0)
        return HeadClaim(int(row[0]), str(row[1]), int(row[2]))

    def first_seq(self) -> int:
        """The lowest seq still stored (1, or the first after an archived prefix; 0: empty)."""
        from sqlalchemy import func

        with store_errors(), self.store.connect() as conn:
            return int(conn.execute(select(func.min(audit_entry.c.seq))).scalar() or 0)

    def checkpoints(self) -> list[Checkpoint]:
        query = select(audit_checkpoint).order_by(audit_checkpoint.c.seq)
        with store_errors(), self.store.connect() as conn:
            return [
                Checkpoint(r.seq, r.hash, r.time, r.key_id, r.signature)
                for r in conn.execute(query)
            ]

    def rows(
        self, *, after_seq: int = 0, up_to: int | None = None
    ) -> Iterator[tuple[int, str, str, str]]:
        """``(seq, entry JSON, prev_hash, hash)`` in seq order, as stored."""
        last = after_seq
        cols = (audit_entry.c.seq, audit_entry.c.entry, audit_entry.c.prev_hash, audit_entry.c.hash)
        while True:
            query = select(*cols).where(audit_entry.c.seq > last)
            if up_to is not None:
                query = query.where(audit_entry.c.seq <= up_to)
            query = query.order_by(audit_entry.c.seq).limit(PAGE)
            with store_errors(), self.store.connect() as conn:
                batch = [(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in conn.execute(query)]
            yield from batch
            if len(batch) < PAGE:
                return
            last = batch[-1][0]

    def index_rows(self, *, up_to: int | None = None) -> Iterator[tuple[int, str]]:
        """``(seq, subject_key)`` of the subject index up to ``up_to``, by seq then key."""
        low = 0
        top = up_to if up_to is not None else self._max_index_seq()
        while low < top:
            high = min(low + PAGE, top)
            query = (
                select(audit_subject.c.seq, audit_subject.c.subject_key)
                .where(audit_subject.c.seq > low, audit_subject.c.seq <= high)
                .order_by(audit_subject.c.seq, audit_subject.c.subject_key)
            )
            with store_errors(), self.store.connect() as conn:
                batch = [(int(r[0]), str(r[1])) for r in conn.execute(query)]
            yield from batch
            low = high

    def _max_index_seq(self) -> int:
        from sqlalchemy import func

        with store_errors(), self.store.connect() as conn:
            return int(conn.execute(select(func.max(audit_subject.c.seq))).scalar() or 0)
