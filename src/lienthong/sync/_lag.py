"""Lag and freshness per subscription: what `sync status` shows and the quality engine reads.

Everything comes from the platform store (capture state, subscription cursors, dead letters)
plus the dataset's change log for the head and the count of undelivered changes.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from sqlalchemy import select

from lienthong.store import Store
from lienthong.sync._log import ChangeLog, open_log
from lienthong.sync._model import LagRecord
from lienthong.sync._subscriptions import Subscriptions
from lienthong.sync._tables import sync_capture


def _when(ts: float | None) -> datetime | None:
    return datetime.fromtimestamp(ts, UTC) if ts is not None else None


def subscription_lag(store: Store, logs: dict[str, ChangeLog] | None = None) -> list[LagRecord]:
    """One :class:`LagRecord` per subscription, in name order."""
    with store.connect() as conn:
        captures = {r["dataset"]: dict(r) for r in conn.execute(select(sync_capture)).mappings()}
    subscriptions = Subscriptions(store)
    dead = subscriptions.dead_letter_counts()
    opened: dict[str, ChangeLog] = dict(logs or {})
    records: list[LagRecord] = []
    now = time.time()
    try:
        for sub in subscriptions.all():
            capture = captures.get(sub["dataset"], {})
            log_url = capture.get("log_url", "store")
            if log_url not in opened:
                opened[log_url] = open_log(store, log_url)
            log = opened[log_url]
            head = log.head(sub["dataset"])
            behind = log.count_after(sub["dataset"], sub["position"])
            lag_s = 0.0
            if behind:
                oldest = log.read(sub["dataset"], sub["position"], 1)
                if oldest:
                    lag_s = max(0.0, now - oldest[0].change.commit_time.timestamp())
            records.append(
                LagRecord(
                    subscription=sub["name"],
                    dataset=sub["dataset"],
                    client=sub["client"],
                    mode=sub["mode"],
                    position=int(sub["position"]),
                    head=head,
                    lag_changes=behind,
                    lag_seconds=round(lag_s, 3),
                    last_delivered_at=_when(sub["last_delivered_ts"]),
                    last_commit_time=_when(sub["last_commit_ts"]),
                    last_error=sub["last_error"],
                    dead_letters=dead.get(sub["name"], 0),
                    capture_status=str(capture.get("status", "unwatched")),
                    capture_error=capture.get("status_detail"),
                    active=bool(sub["active"]),
                )
            )
    finally:
        for url, log in opened.items():
            if logs is None or url not in logs:
                log.close()
    return records
