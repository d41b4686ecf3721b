"""The audit event catalogue (``lienthong-audit/1``) and the event a caller hands to the log.

Modelled on X-Road's audit log: every event type is a name in a versioned catalogue, and every
action that can be refused or can fail has a twin (``SERVICE_CALL`` / ``SERVICE_CALL_REFUSED`` /
``SERVICE_CALL_FAILED``), so a reader never has to guess from a status code whether data left.
The outcome must agree with the twin: a ``…_REFUSED`` event is ``denied``, a ``…_FAILED`` event
is ``error``, any other event is ``allowed``. Adding a type is a backwards-compatible change to
the catalogue; renaming or removing one needs ``lienthong-audit/2``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    field_validator,
    model_validator,
)

from lienthong.bounds import MAX_DATA_TEXT, MAX_NAME, MAX_SENTENCE, clip

#: Version of the event catalogue and of the archive format (see ``docs/audit-format.md``).
FORMAT_VERSION = "lienthong-audit/1"

#: A value allowed in :attr:`AuditEvent.data`: JSON scalars without floats, so that every
#: verifier in every language serialises them identically.
DataValue = StrictStr | StrictInt | StrictBool | None


class Outcome(StrEnum):
    """What happened to the request, from the data subject's point of view."""

    ALLOWED = "allowed"
    DENIED = "denied"
    ERROR = "error"


class EventType(StrEnum):
    """Every event the platform records. Twins end in ``_REFUSED`` (denied) or ``_FAILED``."""

    SERVICE_CALL = "SERVICE_CALL"
    SERVICE_CALL_REFUSED = "SERVICE_CALL_REFUSED"
    SERVICE_CALL_FAILED = "SERVICE_CALL_FAILED"
    SYNC_DELIVERY = "SYNC_DELIVERY"
    SYNC_DELIVERY_REFUSED = "SYNC_DELIVERY_REFUSED"
    SYNC_DELIVERY_FAILED = "SYNC_DELIVERY_FAILED"
    CONSENT_REQUESTED = "CONSENT_REQUESTED"
    CONSENT_GRANTED = "CONSENT_GRANTED"
    CONSENT_REJECTED = "CONSENT_REJECTED"
    CONSENT_REVOKED = "CONSENT_REVOKED"
    CONSENT_PAUSED = "CONSENT_PAUSED"
    CONSENT_RESUMED = "CONSENT_RESUMED"
    CONSENT_EXPIRED = "CONSENT_EXPIRED"
    CONSENT_CHANGE_REFUSED = "CONSENT_CHANGE_REFUSED"
    RIGHT_GRANTED = "RIGHT_GRANTED"
    RIGHT_REVOKED = "RIGHT_REVOKED"
    CLIENT_REGISTERED = "CLIENT_REGISTERED"
    CLIENT_CERTIFICATE_ISSUED = "CLIENT_CERTIFICATE_ISSUED"
    CLIENT_CERTIFICATE_REVOKED = "CLIENT_CERTIFICATE_REVOKED"
    ACCESS_LOG_VIEWED = "ACCESS_LOG_VIEWED"
    ACCESS_LOG_VIEW_REFUSED = "ACCESS_LOG_VIEW_REFUSED"
    AUDIT_EXPORTED = "AUDIT_EXPORTED"
    AUDIT_ARCHIVED = "AUDIT_ARCHIVED"
    CITIZEN_LOGIN = "CITIZEN_LOGIN"
    CITIZEN_LOGIN_REFUSED = "CITIZEN_LOGIN_REFUSED"
    COLUMN_MARKED_NOT_PERSONAL = "COLUMN_MARKED_NOT_PERSONAL"
    SERVICE_PUBLISHED = "SERVICE_PUBLISHED"
    SERVICE_RETIRED = "SERVICE_RETIRED"
    LINK_PAIR_DECIDED = "LINK_PAIR_DECIDED"
    LINK_REVIEW_LISTED = "LINK_REVIEW_LISTED"
    LINK_PERSON_SHOWN = "LINK_PERSON_SHOWN"
    LINK_PAIR_EXPLAINED = "LINK_PAIR_EXPLAINED"
    REGISTER_WRITE = "REGISTER_WRITE"
    REGISTER_WRITE_FAILED = "REGISTER_WRITE_FAILED"
    CORRECTION_REQUESTED = "CORRECTION_REQUESTED"
    CORRECTION_ACCESS = "CORRECTION_ACCESS"
    CORRECTION_ACCESS_REFUSED = "CORRECTION_ACCESS_REFUSED"
    QUALITY_SAMPLE = "QUALITY_SAMPLE"
    QUALITY_SAMPLE_REFUSED = "QUALITY_SAMPLE_REFUSED"

    @property
    def description(self) -> str:
        """What this event records, from the catalogue."""
        return CATALOGUE[self]

    @property
    def base(self) -> EventType:
        """The success event of this twin family (``SERVICE_CALL_REFUSED`` → ``SERVICE_CALL``)."""
        for suffix in ("_REFUSED", "_FAILED"):
            if self.value.endswith(suffix):
                stem = self.value.removesuffix(suffix)
                if stem == "CONSENT_CHANGE":
                    return self
                if stem == "ACCESS_LOG_VIEW":
                    return EventType.ACCESS_LOG_VIEWED
                return EventType(stem)
        return self

    @property
    def outcome(self) -> Outcome:
        """The only outcome this event type may carry."""
        if self.value.endswith("_REFUSED"):
            return Outcome.DENIED
        if self.value.endswith("_FAILED"):
            return Outcome.ERROR
        return Outcome.ALLOWED

    def twin(self, outcome: Outcome | str) -> EventType:
        """The event of this family for ``outcome``: ``SERVICE_CALL.twin("denied")`` is
        ``SERVICE_CALL_REFUSED``. Lets a caller pick the type from the decision it made."""
        wanted = Outcome(outcome)
        if wanted is self.outcome:
            return self
        base = self.base
        if wanted is Outcome.ALLOWED:
            return base
        name = f"{base.value}_{'REFUSED' if wanted is Outcome.DENIED else 'FAILED'}"
        if base is EventType.ACCESS_LOG_VIEWED:
            name = f"ACCESS_LOG_VIEW_{'REFUSED' if wanted is Outcome.DENIED else 'FAILED'}"
        try:
            return EventType(name)
        except ValueError:
            raise ValueError(
                f"{base.value} has no {wanted.value} twin in {FORMAT_VERSION}"
            ) from None


#: One line per event type: what it records. Printed by ``lienthong audit catalogue``.
CATALOGUE: Mapping[EventType, str] = {
    EventType.SERVICE_CALL: "A client system received data from a data service.",
    EventType.SERVICE_CALL_REFUSED: "A service call was refused (identity, right, purpose or "
    "consent missing); no data left the provider.",
    EventType.SERVICE_CALL_FAILED: "A service call failed (provider down, slow or erroring); "
    "no data left the provider.",
    EventType.SYNC_DELIVERY: "Changed records were delivered to a subscriber.",
    EventType.SYNC_DELIVERY_REFUSED: "A change delivery was refused (the right, a field or the "
    "citizen's consent missing); nothing left the platform.",
    EventType.SYNC_DELIVERY_FAILED: "A change delivery failed.",
    EventType.CONSENT_REQUESTED: "A consumer asked a citizen for consent (status PENDING).",
    EventType.CONSENT_GRANTED: "A citizen granted consent (status ACTIVE).",
    EventType.CONSENT_REJECTED: "A citizen rejected a consent request.",
    EventType.CONSENT_REVOKED: "A citizen revoked a consent.",
    EventType.CONSENT_PAUSED: "A citizen paused a consent.",
    EventType.CONSENT_RESUMED: "A citizen resumed a paused consent.",
    EventType.CONSENT_EXPIRED: "A consent reached the end of its validity.",
    EventType.CONSENT_CHANGE_REFUSED: "A consent change was refused (wrong state or identity).",
    EventType.RIGHT_GRANTED: "An operator granted a client an access right.",
    EventType.RIGHT_REVOKED: "An operator revoked an access right.",
    EventType.CLIENT_REGISTERED: "A client system was registered.",
    EventType.CLIENT_CERTIFICATE_ISSUED: "The platform CA issued a client certificate.",
    EventType.CLIENT_CERTIFICATE_REVOKED: "A client certificate was revoked.",
    EventType.ACCESS_LOG_VIEWED: "A citizen read the log of accesses to their data.",
    EventType.ACCESS_LOG_VIEW_REFUSED: "A request to read a citizen's access log was refused.",
    EventType.AUDIT_EXPORTED: "An operator exported the audit log as an archive.",
    EventType.AUDIT_ARCHIVED: "An operator archived the oldest sealed entries to a verifiable "
    "file and removed them from the store (retention).",
    EventType.CITIZEN_LOGIN: "A citizen logged in with e-ID (OpenID Connect), at a given level.",
    EventType.CITIZEN_LOGIN_REFUSED: "An e-ID login was refused (bad state, token or claims).",
    EventType.COLUMN_MARKED_NOT_PERSONAL: "A person declared a registered column non-personal.",
    EventType.SERVICE_PUBLISHED: "An agency published a new version of a data service.",
    EventType.SERVICE_RETIRED: "An agency retired a data service version (sunset date, successor).",
    EventType.LINK_PAIR_DECIDED: "A clerk decided whether two records are the same person.",
    EventType.LINK_REVIEW_LISTED: "A clerk was shown pairs of the linkage review queue (both "
    "records' names, birth dates, identifiers and addresses).",
    EventType.LINK_PERSON_SHOWN: "A person's records across agencies (keys, names, the evidence "
    "that linked them) were shown from the master index.",
    EventType.LINK_PAIR_EXPLAINED: "The comparison of two records (both records' values) was "
    "written to a chart file.",
    EventType.REGISTER_WRITE: "An approved procedure wrote its output row to an agency's register.",
    EventType.REGISTER_WRITE_FAILED: "Writing an approved procedure's output to a register "
    "failed; nothing was written and the dossier stays undecided.",
    EventType.CORRECTION_REQUESTED: "A citizen flagged a value a register holds as wrong; the "
    "holding agency was asked to check it.",
    EventType.CORRECTION_ACCESS: "The holding agency's client system was shown (or closed) "
    "correction requests about values it holds.",
    EventType.CORRECTION_ACCESS_REFUSED: "A client system was refused correction requests "
    "(unknown caller, another agency's requests or the wrong purpose).",
    EventType.QUALITY_SAMPLE: "A data team was shown sample rows failing a quality check "
    "(personal columns masked).",
    EventType.QUALITY_SAMPLE_REFUSED: "A request for sample failing rows was refused (the "
    "account's role or agency has no right to the dataset's rows).",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


class AuditEvent(BaseModel):
    """One thing that happened, as the gateway (or CLI) reports it to the log.

    ``subjects`` are the identifiers (CCCD) of the people the data is about, in clear: the log
    stores only their keyed hashes (see ``docs/audit-format.md``), so the archive and the chain
    carry no national ID numbers. ``fields`` are the column names actually returned, after
    minimisation. ``latency_ms`` is stored with microsecond precision.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    event: EventType
    outcome: Outcome
    client: str = Field(min_length=1, description="Calling client system id (the actor).")
    client_agency: str | None = Field(default=None, description="Agency owning the client.")
    provider: str | None = None
    service: str | None = None
    version: str | None = None
    purpose: str | None = Field(default=None, description="Declared legal-basis / purpose code.")
    subjects: tuple[str, ...] = Field(default=(), description="Data subjects' CCCD, in clear.")
    fields: tuple[str, ...] = Field(default=(), description="Fields released to the client.")
    status: int | None = Field(default=None, ge=100, le=599, description="HTTP status sent.")
    reason: str | None = Field(default=None, description="Why refused / failed, for a person.")
    latency_ms: Annotated[float, Field(ge=0)] | None = None
    request_id: str | None = None
    time: datetime = Field(default_factory=utc_now, description="When it happened (UTC).")
    data: Mapping[str, DataValue] = Field(default_factory=dict, description="Event extras.")

    @field_validator("time")
    @classmethod
    def _aware_utc(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("time must be timezone-aware (use datetime.now(UTC))")
        return value.astimezone(UTC)

    @field_validator(
        "client",
        "client_agency",
        "provider",
        "service",
        "version",
        "purpose",
        "request_id",
        mode="before",
    )
    @classmethod
    def _bound_name(cls, value: object) -> object:
        # Callers may put what a request said here: an entry is kept forever, so keep it short.
        return clip(value, MAX_NAME) if isinstance(value, str) else value

    @field_validator("reason", mode="before")
    @classmethod
    def _bound_reason(cls, value: object) -> object:
        return clip(value, MAX_SENTENCE) if isinstance(value, str) else value

    @field_validator("subjects")
    @classmethod
    def _clean_subjects(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(dict.fromkeys(s.strip() for s in value))
        if any(not s for s in cleaned):
            raise ValueError("a data subject identifier is empty")
        return cleaned

    @field_validator("data")
    @classmethod
    def _ascii_keys(cls, value: Mapping[str, DataValue]) -> Mapping[str, DataValue]:
        for key in value:
            if not key.isascii() or not key or len(key) > MAX_NAME:
                raise ValueError(f"data key {clip(key, MAX_NAME)!r} must be 1–128 ASCII characters")
        return {k: clip(v, MAX_DATA_TEXT) if isinstance(v, str) else v for k, v in value.items()}

    @model_validator(mode="after")
    def _outcome_matches_type(self) -> AuditEvent:
        if self.event.outcome is not self.outcome:
            raise ValueError(
                f"{self.event.value} records outcome {self.event.outcome.value!r}, not "
                f"{self.outcome.value!r}; use EventType.{self.event.base.value}.twin"
                f"({self.outcome.value!r}) = {self._twin_name()}"
            )
        return self

    def _twin_name(self) -> str:
        try:
            return self.event.twin(self.outcome).value
        except ValueError:
            return "none"
