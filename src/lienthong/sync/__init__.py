"""Synchronisation: changes at the source reach every subscriber, in order, nothing lost.

Capture (PostgreSQL logical decoding, MariaDB binlog, SQLite triggers, CSV/Excel snapshot
diff) → a durable change log (the platform store, or NATS JetStream at scale) → subscriptions
(direct apply with an idempotent upsert, signed webhook, or cursor-based pull), every delivery
audited. `subscription_lag` gives the lag and freshness figures the quality engine reads.
"""

from typing import TYPE_CHECKING

from lienthong._lazy import lazy_facade

if TYPE_CHECKING:  # the modules load on first use: see lienthong._lazy
    from lienthong.sync._apply import APPLIED_TABLE, Applier, ApplyTarget
    from lienthong.sync._capture import Capture, CaptureSpec, open_capture
    from lienthong.sync._lag import subscription_lag
    from lienthong.sync._log import ChangeLog, StoreChangeLog, open_log
    from lienthong.sync._model import Change, LagRecord, LoggedChange, change_id, record_key
    from lienthong.sync._service import Sync
    from lienthong.sync._subscriptions import DeadLetter, Subscriptions, SubscriptionSpec
    from lienthong.sync._webhook import SIGNATURE_HEADER, sign, verify

__all__ = [
    "APPLIED_TABLE",
    "SIGNATURE_HEADER",
    "Applier",
    "ApplyTarget",
    "Capture",
    "CaptureSpec",
    "Change",
    "ChangeLog",
    "DeadLetter",
    "LagRecord",
    "LoggedChange",
    "StoreChangeLog",
    "SubscriptionSpec",
    "Subscriptions",
    "Sync",
    "change_id",
    "open_capture",
    "open_log",
    "record_key",
    "sign",
    "subscription_lag",
    "verify",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_facade(__name__, __file__)
