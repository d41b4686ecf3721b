"""What the log stores and gives back: entries, records, checkpoints, the citizen's view.

An *entry* is the JSON object that is hashed (its keys are listed in ``ENTRY_KEYS`` and in
``docs/audit-format.md``). An :class:`AuditRecord` is an entry as read back with its place in
the chain; an :class:`AccessRecord` is the part of it a citizen is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from lienthong.audit._canonical import (
    canonical_json,
    format_time,
    loads_without_floats,
    parse_time,
)
from lienthong.audit._events import FORMAT_VERSION, AuditEvent, DataValue, EventType, Outcome

#: Every key of an entry, in canonical (sorted) order. All are always present (null if unset).
ENTRY_KEYS = (
    "client",
    "client_agency",
    "data",
    "event",
    "fields",
    "latency_us",
    "outcome",
    "provider",
    "purpose",
    "reason",
    "request_id",
    "seq",
    "service",
    "status",
    "subject_keys",
    "time",
    "version",
)


def event_entry(seq: int, event: AuditEvent, subject_hash: Callable[[str], str]) -> dict[str, Any]:
    """The hashed entry for ``event`` at ``seq``; subjects become their keyed hashes."""
    latency = None if event.latency_ms is None else round(event.latency_ms * 1000)
    return {
        "client": event.client,
        "client_agency": event.client_agency,
        "data": dict(event.data),
        "event": event.event.value,
        "fields": list(event.fields),
        "latency_us": latency,
        "outcome": event.outcome.value,
        "provider": event.provider,
        "purpose": event.purpose,
        "reason": event.reason,
        "request_id": event.request_id,
        "seq": seq,
        "service": event.service,
        "status": event.status,
        "subject_keys": sorted({subject_hash(s) for s in event.subjects}),
        "time": format_time(event.time),
        "version": event.version,
    }


class AccessRecord(BaseModel):
    """One line of a citizen's access log: who touched their data, when, why, what, outcome."""

    model_config = ConfigDict(frozen=True)

    seq: int
    time: datetime
    event: EventType
    outcome: Outcome
    client: str
    client_agency: str | None
    provider: str | None
    service: str | None
    version: str | None
    purpose: str | None
    fields: tuple[str, ...]
    status: int | None
    reason: str | None
    intact: bool
    """False when the stored entry no longer matches its hash: shown, but flagged."""


def _opt(value: Any, kind: type) -> Any:
    if value is not None and not isinstance(value, kind):
        raise ValueError(f"expected {kind.__name__} or null, got {type(value).__name__}")
    return value


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """An entry with its place in the chain, as committed. (A plain dataclass: the group
    commit builds one per request, so it must cost microseconds.)"""

    seq: int
    prev_hash: str
    hash: str
    time: datetime
    event: EventType
    outcome: Outcome
    client: str
    client_agency: str | None
    provider: str | None
    service: str | None
    version: str | None
    purpose: str | None
    subject_keys: tuple[str, ...]
    fields: tuple[str, ...]
    status: int | None
    reason: str | None
    latency_ms: float | None
    request_id: str | None
    data: Mapping[str, DataValue]

    @classmethod
    def from_entry(cls, entry: Mapping[str, Any], prev_hash: str, hash_: str) -> AuditRecord:
        """The record of a stored entry, type-checked (stored data may have been tampered
        with): ``ValueError``/``KeyError`` when it does not have the entry shape."""
        latency = _opt(entry.get("latency_us"), int)
        status = _opt(entry.get("status"), int)
        data = entry.get("data") or {}
        if not isinstance(data, dict):
            raise ValueError("data must be an object")
        return cls(
            seq=int(entry["seq"]),
            prev_hash=prev_hash,
            hash=hash_,
            time=parse_time(str(entry["time"])),
            event=EventType(entry["event"]),
            outcome=Outcome(entry["outcome"]),
            client=str(entry["client"]),
            client_agency=_opt(entry.get("client_agency"), str),
            provider=_opt(entry.get("provider"), str),
            service=_opt(entry.get("service"), str),
            version=_opt(entry.get("version"), str),
            purpose=_opt(entry.get("purpose"), str),
            subject_keys=tuple(str(k) for k in entry.get("subject_keys") or ()),
            fields=tuple(str(f) for f in entry.get("fields") or ()),
            status=status,
            reason=_opt(entry.get("reason"), str),
            latency_ms=None if latency is None else latency / 1000,
            request_id=_opt(entry.get("request_id"), str),
            data=data,
        )

    @classmethod
    def trusted(
        cls, entry: Mapping[str, Any], prev_hash: str, hash_: str, event: AuditEvent
    ) -> AuditRecord:
        """The record of an entry just built from a validated event (no re-validation)."""
        latency = entry["latency_us"]
        return cls(
            entry["seq"],
            prev_hash,
            hash_,
            event.time,
            event.event,
            event.outcome,
            event.client,
            event.client_agency,
            event.provider,
            event.service,
            event.version,
            event.purpose,
            tuple(entry["subject_keys"]),
            event.fields,
            event.status,
            event.reason,
            None if latency is None else latency / 1000,
            event.request_id,
            entry["data"],
        )

    def access(self, *, intact: bool = True) -> AccessRecord:
        return AccessRecord(
            seq=self.seq,
            time=self.time,
            event=self.event,
            outcome=self.outcome,
            client=self.client,
            client_agency=self.client_agency,
            provider=self.provider,
            service=self.service,
            version=self.version,
            purpose=self.purpose,
            fields=self.fields,
            status=self.status,
            reason=self.reason,
            intact=intact,
        )


@dataclass(frozen=True)
class Checkpoint:
    """A signed seal over the chain up to ``seq``: Ed25519 over :meth:`message`."""

    seq: int
    hash: str
    time: str
    key_id: str
    signature: str  # base64

    def message(self) -> bytes:
        return checkpoint_message(self.seq, self.hash, self.time)

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "hash": self.hash,
            "time": self.time,
            "key_id": self.key_id,
            "signature": self.signature,
        }


def checkpoint_message(seq: int, hash_: str, time: str) -> bytes:
    """The signed bytes: canonical JSON of ``{format, hash, seq, time}``."""
    return canonical_json({"format": FORMAT_VERSION, "hash": hash_, "seq": seq, "time": time})


def load_entry(text: str) -> dict[str, Any]:
    """Parse a stored entry; ``ValueError`` if it is not a float-free JSON object."""
    loaded = loads_without_floats(text)
    if not isinstance(loaded, dict):
        raise ValueError("an audit entry must be a JSON object")
    return loaded
