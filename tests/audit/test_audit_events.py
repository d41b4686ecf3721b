"""The event model: twins, outcomes and the values that can be hashed."""

from __future__ import annotations

from datetime import datetime

import pytest
from pydantic import ValidationError

from lienthong.audit import AuditEvent, EventType, Outcome


def test_every_action_has_refused_or_failed_twin_with_matching_outcome() -> None:
    assert EventType.SERVICE_CALL.twin(Outcome.DENIED) is EventType.SERVICE_CALL_REFUSED
    assert EventType.SERVICE_CALL.twin("error") is EventType.SERVICE_CALL_FAILED
    assert EventType.SERVICE_CALL_FAILED.twin("allowed") is EventType.SERVICE_CALL
    assert EventType.SYNC_DELIVERY.twin("denied") is EventType.SYNC_DELIVERY_REFUSED
    assert EventType.ACCESS_LOG_VIEWED.twin("denied") is EventType.ACCESS_LOG_VIEW_REFUSED
    for event in EventType:
        assert event.description
        assert event.twin(event.outcome) is event


def test_an_event_without_a_twin_for_an_outcome_says_so() -> None:
    with pytest.raises(ValueError, match="no error twin"):
        EventType.CONSENT_GRANTED.twin("error")


def test_outcome_must_agree_with_the_event_type() -> None:
    with pytest.raises(ValidationError, match="SERVICE_CALL_REFUSED"):
        AuditEvent(event=EventType.SERVICE_CALL, outcome=Outcome.DENIED, client="app")


def test_time_must_be_timezone_aware_and_is_kept_in_utc() -> None:
    with pytest.raises(ValidationError, match="timezone-aware"):
        AuditEvent(
            event=EventType.SERVICE_CALL, outcome="allowed", client="a", time=datetime(2026, 1, 1)
        )
    event = AuditEvent(
        event=EventType.SERVICE_CALL,
        outcome="allowed",
        client="a",
        time=datetime.fromisoformat("2026-11-24T13:00:00+07:00"),
    )
    assert event.time.isoformat() == "2026-11-24T06:00:00+00:00"


def test_subjects_are_stripped_and_deduplicated_and_never_empty() -> None:
    event = AuditEvent(
        event="SERVICE_CALL",
        outcome="allowed",
        client="a",
        subjects=(" 079123456789", "079123456789"),
    )
    assert event.subjects == ("079123456789",)
    with pytest.raises(ValidationError, match="empty"):
        AuditEvent(event="SERVICE_CALL", outcome="allowed", client="a", subjects=(" ",))


def test_extra_data_is_flat_json_without_floats_and_with_ascii_keys() -> None:
    with pytest.raises(ValidationError):
        AuditEvent(event="SERVICE_CALL", outcome="allowed", client="a", data={"ratio": 0.5})
    with pytest.raises(ValidationError, match="ASCII"):
        AuditEvent(event="SERVICE_CALL", outcome="allowed", client="a", data={"lý_do": "x"})
    event = AuditEvent(
        event="CONSENT_GRANTED", outcome="allowed", client="a", data={"consent_id": "c1", "n": 2}
    )
    assert dict(event.data) == {"consent_id": "c1", "n": 2}
