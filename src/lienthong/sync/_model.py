"""The shapes that flow through sync: a captured change, a logged change, a lag figure.

A change carries full row images (``before`` / ``after``) rather than diffs, so a subscriber
can apply it without reading anything else, and applying the same change twice, or the last
of several changes to a key, gives the same row: that is what makes at-least-once delivery
safe. Its ``change_id`` is derived from where the change came from (source, table, key and the
position in the source's own log), so a change that capture sends again after a crash gets the
same id and the change log recognises it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any, Literal

Op = Literal["insert", "update", "delete", "snapshot"]
Row = dict[str, Any]


_KEY_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)


def record_key(row: Row, key: Sequence[str]) -> str:
    """The record key as a stable JSON text (one element per key column, in key order).

    The text is part of the change id, so it must never change for the same key; the single
    integer or text key (the common case, one per captured change) is written directly, to the
    same text ``json.dumps`` gives, without building an encoder each time.
    """
    if len(key) == 1:
        value = row.get(key[0])
        if type(value) is int:
            return f"[{value}]"
        if type(value) is str:
            return f"[{_KEY_ENCODER.encode(value)}]"
    return _KEY_ENCODER.encode([row.get(column) for column in key])


def change_id(source: str, table: str, key: str, position: str) -> str:
    """A 32-hex-digit id made from source/table/key/position: equal for a re-sent change."""
    text = "\x1f".join((source, table, key, position))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Change:
    """One row change as captured at a source, before it has a place in the change log."""

    dataset: str
    op: Op
    key: str
    position: str
    commit_time: datetime
    before: Row | None = None
    after: Row | None = None

    @property
    def source(self) -> str:
        return self.dataset.split(".", 1)[0]

    @property
    def table(self) -> str:
        return self.dataset.split(".", 1)[1] if "." in self.dataset else self.dataset

    @cached_property
    def change_id(self) -> str:
        """Computed once per change (a hash: capture, log and apply each ask for it)."""
        return change_id(self.source, self.table, self.key, self.position)

    @cached_property
    def key_values(self) -> list[Any]:
        """The key columns' values, parsed once (apply and the delivery audit both need them)."""
        values: list[Any] = json.loads(self.key)
        return values

    def to_json(self) -> dict[str, Any]:
        return {
            "change_id": self.change_id,
            "dataset": self.dataset,
            "op": self.op,
            "key": self.key,
            "position": self.position,
            "commit_time": self.commit_time.isoformat(),
            "before": self.before,
            "after": self.after,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        return cls(
            dataset=data["dataset"],
            op=data["op"],
            key=data["key"],
            position=data["position"],
            commit_time=datetime.fromisoformat(data["commit_time"]),
            before=data.get("before"),
            after=data.get("after"),
        )


@dataclass(frozen=True)
class LoggedChange:
    """A change with its place (``seq``) in the dataset's change log: the subscribers' cursor."""

    seq: int
    change: Change
    logged_at: datetime | None = None

    @property
    def change_id(self) -> str:
        return self.change.change_id


@dataclass(frozen=True)
class LagRecord:
    """How far a subscription is behind its dataset's change log (feeds the quality "sống" score).

    ``lag_changes`` counts logged changes not yet delivered; ``lag_seconds`` is the age of the
    oldest of them (0 when caught up); ``freshness_seconds`` is how long ago the subscriber last
    received a change that had been committed at the source.
    """

    subscription: str
    dataset: str
    client: str
    mode: str
    position: int
    head: int
    lag_changes: int
    lag_seconds: float
    last_delivered_at: datetime | None
    last_commit_time: datetime | None
    last_error: str | None
    dead_letters: int
    capture_status: str
    capture_error: str | None = None
    #: False when delivery paused the subscription (its ``last_error`` says why).
    active: bool = True
    extra: dict[str, Any] = field(default_factory=dict)
