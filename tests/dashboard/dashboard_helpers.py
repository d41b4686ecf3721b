"""A little history for the dashboard: audited calls and refusals between agencies."""

from __future__ import annotations

from lienthong.audit import AuditEvent, AuditLog, EventType, Outcome

PASSWORD = "mật-khẩu-đủ-dài-123"


def call(
    client_agency: str, provider: str, outcome: Outcome, reason: str | None = None
) -> AuditEvent:
    return AuditEvent(
        event=EventType.SERVICE_CALL.twin(outcome),
        outcome=outcome,
        client=f"{client_agency}-app",
        client_agency=client_agency,
        provider=provider,
        service="cong-dan",
        version="v1",
        purpose="BHYT-CAP-THE",
        subjects=("079090000001",),
        status=200 if outcome is Outcome.ALLOWED else 403,
        reason=reason,
        latency_ms=2.5,  # so the pages' p95 per service has something to show
    )


def history(audit: AuditLog) -> None:
    """12 calls: BHXH uses CA's data 9 times (1 refused), SYT twice, one refusal without a right."""
    events = [call("BHXH-HCM", "CA-HCM", Outcome.ALLOWED) for _ in range(8)]
    events.append(call("BHXH-HCM", "CA-HCM", Outcome.DENIED, "consent-revoked"))
    events += [call("SYT-HCM", "CA-HCM", Outcome.ALLOWED) for _ in range(2)]
    events.append(call("SYT-HCM", "CA-HCM", Outcome.DENIED, "no-right"))
    audit.append_many(events)
