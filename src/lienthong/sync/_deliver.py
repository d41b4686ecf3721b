"""Delivery: move a subscription's cursor through its dataset's change log.

One step reads the next batch after the cursor, minimises it to the subscribed fields, hands it
to the subscriber (direct apply or signed webhook), audits the delivery, and only then advances
the cursor. A crash anywhere before the cursor moves means the batch is delivered again: that is
at-least-once delivery, made exactly-once in effect by the applier's change-id table (and by
``change_id`` for webhook receivers). Per-key order holds because batches go out in log order.

Several workers can share one subscription (``partition=(K, N)``): worker K delivers only the
changes whose record key hashes to K, with its own cursor. A key always hashes to the same
worker and each worker goes through the log in order, so per-key order still holds; changes to
different keys, which never had an order between them at the subscriber, go out in parallel.
"""

from __future__ import annotations

import time
import zlib
from dataclasses import dataclass
from typing import Any

from lienthong.audit import AuditEvent, AuditLog
from lienthong.errors import LienthongError, SourceUnavailableError
from lienthong.exchange import AccessDenied, ConsentRegistry
from lienthong.store import Store
from lienthong.sync._apply import Applier, ApplyTarget
from lienthong.sync._audit import audit_delivery
from lienthong.sync._log import ChangeLog
from lienthong.sync._model import LoggedChange, Row
from lienthong.sync._release import (
    Release,
    Screened,
    authorise_release,
    refusal_event,
    screen,
)
from lienthong.sync._subscriptions import Subscriptions
from lienthong.sync._webhook import post_changes


def minimise(row: Row | None, fields: set[str]) -> Row | None:
    """Only the subscribed (granted) fields leave the platform."""
    if row is None:
        return None
    return {k: v for k, v in row.items() if k in fields}


def minimised(batch: list[LoggedChange], fields: set[str]) -> list[LoggedChange]:
    """The batch with every row cut to ``fields`` (rows already within them are kept as is)."""
    from dataclasses import replace

    out: list[LoggedChange] = []
    for item in batch:
        change = item.change
        if all(row is None or row.keys() <= fields for row in (change.before, change.after)):
            out.append(item)
            continue
        cut = replace(
            change, before=minimise(change.before, fields), after=minimise(change.after, fields)
        )
        out.append(replace(item, change=cut))
    return out


def wire(item: LoggedChange) -> dict[str, Any]:
    """A change as subscribers see it (webhook body, pull API)."""
    body = item.change.to_json()
    body["seq"] = item.seq
    return body


def partition_of(record_key: str, partitions: int) -> int:
    """The worker (0 … N-1) that delivers changes to this record key: stable across runs."""
    return zlib.crc32(record_key.encode("utf-8")) % partitions


@dataclass
class Deliverer:
    """Delivers one subscription; keeps its target connection open between steps."""

    store: Store
    log: ChangeLog
    name: str
    audit: AuditLog | None
    #: Consent look-ups keyed by the audit's subject hash (the store holds no plain CCCD).
    consents: ConsentRegistry
    batch_size: int = 2000
    #: (K, N): deliver only worker K of N's share of the keys, with its own cursor.
    partition: tuple[int, int] | None = None
    _applier: Applier | None = None

    def _target(self, sub: dict[str, Any]) -> Applier:
        if self._applier is None:
            self._applier = Applier(
                sub["name"],
                ApplyTarget(
                    url=sub["target"],
                    table=sub["target_table"],
                    mapping=dict(sub["mapping"]),
                    key=tuple(sub["target_key"]),
                    on_missing=sub["on_missing"],
                    apply_deletes=bool(sub["apply_deletes"]),
                ),
            )
        return self._applier

    def step(self, sub: dict[str, Any] | None = None) -> int:
        """Deliver one batch; return how many changes were delivered (0 when caught up).

        ``sub`` is the subscription's row when the caller has just read it (the runner reads
        them all once per round), which saves a query per step while delivery is idle.
        """
        subs = Subscriptions(self.store)
        if sub is None:
            sub = subs.get(self.name)
        if not sub["active"] or sub["mode"] == "pull":
            return 0
        position = sub["position"]
        if self.partition is not None:
            position = subs.partition_position(self.name, *self.partition)
        logged = self.log.read(sub["dataset"], position, self.batch_size)
        if not logged:
            return 0
        end, read = logged[-1].seq, len(logged)
        if self.partition is not None:
            mine, partitions = self.partition
            logged = [i for i in logged if partition_of(i.change.key, partitions) == mine]
            if not logged:  # every change of the batch is another worker's: move past them
                self._advance(subs, end, delivered=0, last_commit_ts=None)
                return read
        try:
            release = authorise_release(self.store, sub)
        except AccessDenied as denied:  # the right is gone: nothing leaves, the operator is told
            pause_refused(self.store, self.audit, sub, denied, logged)
            return 0
        screened = screen(self.consents, sub, release, logged)
        withhold(self.store, self.audit, sub, release, screened)
        batch = minimised(screened.released, set(release.fields))
        if not batch:  # every change withheld (and dead-lettered): move past them
            self._advance(subs, end, delivered=0, last_commit_ts=None)
            return len(logged)
        applied, failed = len(batch), 0
        started = time.perf_counter()
        try:
            if sub["mode"] == "apply":
                result = self._target(sub).apply(batch)
                applied, failed = result.applied, len(result.failed)
                subs.dead_letter(
                    self.name,
                    [
                        (item.seq, item.change_id, item.change.key, item.change.op, reason)
                        for item, reason in result.failed
                    ],
                )
            else:
                post_changes(sub["target"], sub["secret"], self.name, [wire(i) for i in batch])
        except SourceUnavailableError as exc:
            subs.fail(self.name, str(exc))
            if self._applier is not None:
                self._applier.close()
                self._applier = None
            return 0
        except LienthongError as exc:
            subs.fail(self.name, str(exc))
            raise
        if self.audit is not None and (applied or failed):
            latency_ms = (time.perf_counter() - started) * 1000
            audit_delivery(
                self.audit, sub, batch, applied=applied, failed=failed, latency_ms=latency_ms
            )
        last_commit = max(item.change.commit_time.timestamp() for item in batch)
        error = f"{failed} change(s) dead-lettered" if failed else None
        self._advance(subs, end, delivered=len(batch), last_commit_ts=last_commit, error=error)
        return len(logged)

    def _advance(
        self,
        subs: Subscriptions,
        position: int,
        *,
        delivered: int,
        last_commit_ts: float | None,
        error: str | None = None,
    ) -> None:
        if self.partition is None:
            subs.advance(
                self.name,
                position,
                delivered=delivered,
                last_commit_ts=last_commit_ts,
                error=error,
            )
        else:
            subs.advance_partition(
                self.name,
                *self.partition,
                position,
                delivered=delivered,
                last_commit_ts=last_commit_ts,
                error=error,
            )

    def close(self) -> None:
        if self._applier is not None:
            self._applier.close()
            self._applier = None


def pause_refused(
    store: Store,
    audit: AuditLog | None,
    sub: dict[str, Any],
    denied: AccessDenied,
    batch: list[LoggedChange],
) -> None:
    """A batch refused outright: audit it, then pause the subscription with the reason.

    The cursor does not move, so once the right is granted again and the operator resumes the
    subscription (`lienthong sync resume`), the same changes are delivered: nothing is lost.
    """
    if audit is not None:
        audit.append(refusal_event(sub, denied, batch=batch, paused=True))
    Subscriptions(store).pause(sub["name"], f"Paused: {denied} ({denied.reason})")


def withhold(
    store: Store,
    audit: AuditLog | None,
    sub: dict[str, Any],
    release: Release,
    screened: Screened,
) -> None:
    """Dead-letter and audit the changes whose data subjects' consent does not release them."""
    if not screened.withheld:
        return
    if audit is not None:
        for event in withheld_events(sub, release, screened):
            audit.append(event)
    Subscriptions(store).dead_letter(
        sub["name"],
        [
            (item.seq, item.change_id, item.change.key, item.change.op, f"{d.reason}: {d}")
            for item, d in screened.withheld
        ],
    )


def withheld_events(sub: dict[str, Any], release: Release, screened: Screened) -> list[AuditEvent]:
    """One ``SYNC_DELIVERY_REFUSED`` entry per refusal reason, naming the subjects concerned."""
    by_reason: dict[str, list[LoggedChange]] = {}
    denials: dict[str, AccessDenied] = {}
    for item, denied in screened.withheld:
        by_reason.setdefault(denied.reason, []).append(item)
        denials.setdefault(denied.reason, denied)
    return [
        refusal_event(sub, denials[reason], batch=items, subject_columns=release.subject_columns)
        for reason, items in by_reason.items()
    ]
