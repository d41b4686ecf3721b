"""Delivery: move a subscription's cursor through its dataset's change log.

One step reads the next batch after the cursor, minimises it to the subscribed fields, hands it
to the subscriber (direct apply or signed webhook), audits the delivery, and only then advances
the cursor. A crash anywhere before the cursor moves means the batch is delivered again: that is
at-least-once delivery, made exactly-once in effect by the applier's change-id table (and by
``change_id`` for webhook receivers). Per-key order holds because batches go out in log order.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from lienthong.audit import AuditLog
from lienthong.errors import LienthongError, SourceUnavailableError
from lienthong.store import Store
from lienthong.sync._apply import Applier, ApplyTarget
from lienthong.sync._audit import audit_delivery
from lienthong.sync._log import ChangeLog
from lienthong.sync._model import LoggedChange, Row
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


@dataclass
class Deliverer:
    """Delivers one subscription; keeps its target connection open between steps."""

    store: Store
    log: ChangeLog
    name: str
    audit: AuditLog | None
    batch_size: int = 2000
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
        batch = self.log.read(sub["dataset"], sub["position"], self.batch_size)
        if not batch:
            return 0
        batch = minimised(batch, set(sub["fields"]))
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
        subs.advance(
            self.name, batch[-1].seq, delivered=len(batch), last_commit_ts=last_commit, error=error
        )
        return len(batch)

    def close(self) -> None:
        if self._applier is not None:
            self._applier.close()
            self._applier = None
