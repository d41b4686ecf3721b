"""Subscriptions: who receives which dataset's changes, for what, which fields, and how.

A subscription is authorised like a data service call (see ``_authorise``): its purpose must be
granted to the subscribing agency and only the granted fields ever leave. It carries its own
delivery cursor (the last change-log ``seq`` delivered) and its last error; changes it could not
apply are kept, with the reason, in the dead-letter list.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from lienthong.errors import ConflictError, InputError, NotFoundError
from lienthong.store import Store, least_greatest
from lienthong.sync._tables import (
    sync_capture,
    sync_dead_letter,
    sync_partition,
    sync_subscription,
)

Mode = Literal["apply", "webhook", "pull"]


@dataclass(frozen=True)
class SubscriptionSpec:
    """What an agency asks for. ``mapping`` (apply) maps source columns to target columns."""

    name: str
    dataset: str
    client: str
    purpose: str
    fields: tuple[str, ...]
    mode: Mode
    target: str | None = None
    target_table: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    target_key: tuple[str, ...] = ()
    on_missing: str = "insert"
    apply_deletes: bool = True
    secret: str | None = None
    from_start: bool = True  # False: only changes logged from now on


@dataclass(frozen=True)
class DeadLetter:
    subscription: str
    seq: int
    change_id: str
    record_key: str
    op: str
    reason: str
    ts: float


def _check(spec: SubscriptionSpec) -> None:
    bare = spec.name.replace("-", "").replace("_", "")
    if not bare or not bare.isascii() or not bare.isalnum():
        raise InputError(
            f"Subscription name {spec.name!r} is not usable.",
            hint="Use letters, digits, '-' and '_' only.",
        )
    if spec.mode not in ("apply", "webhook", "pull"):
        raise InputError(
            f"Unknown delivery mode {spec.mode!r}.", hint="Use apply, webhook or pull."
        )
    if not spec.fields:
        raise InputError("A subscription must name the fields it needs (minimisation).")
    if spec.mode == "apply":
        if not (spec.target and spec.target_table and spec.mapping and spec.target_key):
            raise InputError(
                "Direct apply needs a target database, table, column mapping and target key.",
                hint="Pass --target URL --target-table T --map src=dst … --target-key col.",
            )
        unmapped = [c for c in spec.mapping if c not in spec.fields]
        if unmapped:
            raise InputError(
                f"The mapping uses field(s) outside the subscription: {', '.join(unmapped)}.",
                hint="Only granted, subscribed fields can be applied.",
            )
    if spec.mode == "webhook" and not (spec.target and spec.secret):
        raise InputError("A webhook subscription needs a URL and a signing secret.")
    if spec.on_missing not in ("insert", "ignore"):
        raise InputError("on_missing must be 'insert' or 'ignore'.")


class Subscriptions:
    """Create, read and move subscriptions in the platform store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def create(
        self, spec: SubscriptionSpec, *, head: int = 0, agency: str | None = None
    ) -> dict[str, Any]:
        """Store an authorised subscription; ``head`` is the log position to start after."""
        _check(spec)
        with self.store.begin() as conn:
            if (
                conn.execute(
                    select(sync_capture.c.dataset).where(sync_capture.c.dataset == spec.dataset)
                ).first()
                is None
            ):
                raise NotFoundError(
                    f"Dataset {spec.dataset!r} is not watched by sync.",
                    hint="Watch it first (`lienthong sync watch DATASET`).",
                )
            if (
                conn.execute(
                    select(sync_subscription.c.name).where(sync_subscription.c.name == spec.name)
                ).first()
                is not None
            ):
                raise ConflictError(f"A subscription named {spec.name!r} already exists.")
            secret = spec.secret if spec.mode == "webhook" else None
            conn.execute(
                insert(sync_subscription).values(
                    name=spec.name,
                    dataset=spec.dataset,
                    client=spec.client,
                    client_agency=agency or spec.client,
                    purpose=spec.purpose,
                    fields=list(spec.fields),
                    mode=spec.mode,
                    target=spec.target,
                    target_table=spec.target_table,
                    mapping=dict(spec.mapping),
                    target_key=list(spec.target_key),
                    on_missing=spec.on_missing,
                    apply_deletes=spec.apply_deletes,
                    secret=secret,
                    active=True,
                    created_ts=time.time(),
                    position=0 if spec.from_start else head,
                    delivered=0,
                )
            )
        return self.get(spec.name)

    def get(self, name: str) -> dict[str, Any]:
        with self.store.connect() as conn:
            row = (
                conn.execute(select(sync_subscription).where(sync_subscription.c.name == name))
                .mappings()
                .first()
            )
        if row is None:
            raise NotFoundError(
                f"No subscription named {name!r}.",
                hint="List them with `lienthong sync status`.",
            )
        return dict(row)

    def all(self) -> list[dict[str, Any]]:
        with self.store.connect() as conn:
            rows = conn.execute(select(sync_subscription).order_by(sync_subscription.c.name))
            return [dict(r) for r in rows.mappings()]

    def advance(
        self,
        name: str,
        position: int,
        *,
        delivered: int,
        last_commit_ts: float | None,
        error: str | None = None,
    ) -> None:
        """Move the cursor after a successful delivery (and clear the last error)."""
        values: dict[str, Any] = {
            "position": position,
            "delivered": sync_subscription.c.delivered + delivered,
            "last_delivered_ts": time.time(),
            "last_error": error,
        }
        if last_commit_ts is not None:
            values["last_commit_ts"] = last_commit_ts
        with self.store.begin() as conn:
            conn.execute(
                update(sync_subscription).where(sync_subscription.c.name == name).values(**values)
            )

    def partition_position(self, name: str, partition: int, partitions: int) -> int:
        """Worker ``partition`` of ``partitions``'s cursor, created for all N on first use.

        Every worker of a new split starts from the subscription's own cursor (the lowest of any
        earlier split's): changes some worker had already passed come again and direct apply
        skips them by change id, so changing N never skips a change.
        """
        key = (sync_partition.c.subscription == name) & (sync_partition.c.partitions == partitions)
        query = select(sync_partition.c.partition, sync_partition.c.position).where(key)
        with self.store.connect() as conn:
            rows = dict(conn.execute(query).all())
        if partition not in rows:
            try:
                with self.store.begin() as conn:
                    start = conn.execute(
                        select(sync_subscription.c.position).where(sync_subscription.c.name == name)
                    ).scalar_one()
                    conn.execute(
                        insert(sync_partition),
                        [
                            {
                                "subscription": name,
                                "partitions": partitions,
                                "partition": k,
                                "position": start,
                            }
                            for k in range(partitions)
                            if k not in rows
                        ],
                    )
            except IntegrityError:
                pass  # another worker of the split created them at the same moment: read theirs
            with self.store.connect() as conn:
                rows = dict(conn.execute(query).all())
        return int(rows[partition])

    def advance_partition(
        self,
        name: str,
        partition: int,
        partitions: int,
        position: int,
        *,
        delivered: int,
        last_commit_ts: float | None,
        error: str | None = None,
    ) -> None:
        """Move one worker's cursor; the subscription's cursor becomes the lowest of the N.

        Both in one transaction, the minimum computed by the database, so workers advancing at
        once never move the shared cursor past a change another worker has yet to deliver.
        """
        key = (sync_partition.c.subscription == name) & (sync_partition.c.partitions == partitions)
        values: dict[str, Any] = {
            "position": (select(func.min(sync_partition.c.position)).where(key).scalar_subquery()),
            "delivered": sync_subscription.c.delivered + delivered,
            "last_delivered_ts": time.time(),
            "last_error": error,
        }
        if last_commit_ts is not None:
            greatest = getattr(func, least_greatest(self.store.engine.dialect.name)[1])
            values["last_commit_ts"] = func.coalesce(
                greatest(sync_subscription.c.last_commit_ts, last_commit_ts), last_commit_ts
            )
        with self.store.begin() as conn:
            conn.execute(
                update(sync_partition)
                .where(key & (sync_partition.c.partition == partition))
                .values(position=position)
            )
            conn.execute(
                update(sync_subscription).where(sync_subscription.c.name == name).values(**values)
            )

    def fail(self, name: str, error: str) -> None:
        """Record why delivery is stuck; the cursor stays, so nothing is skipped."""
        with self.store.begin() as conn:
            conn.execute(
                update(sync_subscription)
                .where(sync_subscription.c.name == name)
                .values(last_error=error, last_error_ts=time.time())
            )

    def pause(self, name: str, reason: str) -> None:
        """Stop delivery with a reason the operator sees (`sync status`); the cursor stays."""
        with self.store.begin() as conn:
            conn.execute(
                update(sync_subscription)
                .where(sync_subscription.c.name == name)
                .values(active=False, last_error=reason[:2000], last_error_ts=time.time())
            )

    def resume(self, name: str) -> None:
        """Deliver again from the cursor (the caller re-checks the right first)."""
        self.get(name)
        with self.store.begin() as conn:
            conn.execute(
                update(sync_subscription)
                .where(sync_subscription.c.name == name)
                .values(active=True, last_error=None)
            )

    def replay(self, name: str, position: int) -> None:
        """Re-deliver everything after ``position`` (direct apply skips what it already has)."""
        if position < 0:
            raise InputError("A replay position is a change-log seq, 0 or more.")
        self.get(name)
        with self.store.begin() as conn:
            conn.execute(
                update(sync_subscription)
                .where(sync_subscription.c.name == name)
                .values(position=position, last_error=None)
            )
            conn.execute(
                delete(sync_dead_letter).where(
                    sync_dead_letter.c.subscription == name, sync_dead_letter.c.seq > position
                )
            )
            # workers sharing the subscription start again from the replayed position
            conn.execute(delete(sync_partition).where(sync_partition.c.subscription == name))

    def dead_letter(self, name: str, letters: Sequence[tuple[int, str, str, str, str]]) -> None:
        """Keep changes that could not be applied: (seq, change_id, key, op, reason)."""
        if not letters:
            return
        with self.store.begin() as conn:
            known = set(
                conn.execute(
                    select(sync_dead_letter.c.change_id).where(
                        sync_dead_letter.c.subscription == name,
                        sync_dead_letter.c.change_id.in_([item[1] for item in letters]),
                    )
                ).scalars()
            )
            rows = [
                {
                    "subscription": name,
                    "seq": seq,
                    "change_id": cid,
                    "record_key": key,
                    "op": op,
                    "reason": reason[:2000],
                    "ts": time.time(),
                }
                for seq, cid, key, op, reason in letters
                if cid not in known
            ]
            if rows:
                conn.execute(insert(sync_dead_letter), rows)

    def dead_letters(self, name: str | None = None, limit: int = 100) -> list[DeadLetter]:
        query = select(sync_dead_letter).order_by(sync_dead_letter.c.id).limit(limit)
        if name is not None:
            query = query.where(sync_dead_letter.c.subscription == name)
        with self.store.connect() as conn:
            return [
                DeadLetter(r.subscription, r.seq, r.change_id, r.record_key, r.op, r.reason, r.ts)
                for r in conn.execute(query)
            ]

    def dead_letter_counts(self) -> dict[str, int]:
        query = select(sync_dead_letter.c.subscription, func.count()).group_by(
            sync_dead_letter.c.subscription
        )
        with self.store.connect() as conn:
            return {r[0]: int(r[1]) for r in conn.execute(query)}
