"""HTTP API for citizens: who read my data, and my consents (approve, reject, pause, revoke).

Citizens log in with e-ID at the portal (``/toi``). ``POST /v1/dev/citizen-login`` issues a
token for a CCCD without any proof, for demos: it lives on :data:`dev_router`, which the app
mounts only in sandbox (dev) mode, so outside it the path does not exist at all (404, and it is
absent from the OpenAPI document).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import APIRouter, Path, Query, Request
from pydantic import BaseModel, Field

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.errors import AuthenticationError, LienthongError
from lienthong.exchange._api import ConsentView, audit_refusal, exchange
from lienthong.exchange._identity import authorization_header
from lienthong.exchange._model import CCCD_SCHEMA_PATTERN, utcnow
from lienthong.problems import problem_responses
from lienthong.store import MAX_BIGINT

router = APIRouter(tags=["citizen"])
#: Mounted only when ``LIENTHONG_DEV_MODE=true`` (see :func:`lienthong.web.create_app`).
dev_router = APIRouter(tags=["citizen"])

#: The actor the audit log names for what a citizen does through the (dev) portal.
CITIZEN_PORTAL = "citizen-portal-dev"


class CitizenLogin(BaseModel):
    cccd: str = Field(pattern=CCCD_SCHEMA_PATTERN, description="The citizen's 12-digit CCCD.")


class CitizenToken(BaseModel):
    token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    dev_only: bool = Field(True, description="Always true: this login proves nothing.")


class AccessEntry(BaseModel):
    """One access to the citizen's data, as the audit log recorded it."""

    seq: int
    time: datetime
    event: str = Field(description="SERVICE_CALL, SERVICE_CALL_REFUSED, CONSENT_GRANTED, …")
    client: str
    client_agency: str | None
    provider: str | None
    service: str | None
    version: str | None
    purpose: str | None
    purpose_title: str | None = Field(description="The purpose in words, when registered.")
    fields: list[str]
    outcome: str
    reason: str | None
    intact: bool = Field(description="False if the stored entry no longer matches its hash.")


class AccessLog(BaseModel):
    entries: list[AccessEntry]
    next_before: int | None = Field(description="Pass as before= to read older entries.")


class ConsentDetail(ConsentView):
    agreement_text: str


@dev_router.post(
    "/v1/dev/citizen-login",
    response_model=CitizenToken,
    responses=problem_responses(400, 404, 422),
    summary="DEVELOPMENT ONLY: log in as any citizen",
)
async def dev_citizen_login(request: Request, body: CitizenLogin) -> CitizenToken:
    """Issue a citizen token for ``cccd`` **without any proof**. Exists only when the server
    runs with ``LIENTHONG_DEV_MODE=true`` (sandbox); citizens log in with e-ID otherwise."""
    citizens = exchange(request).citizens
    return CitizenToken(token=citizens.login(body.cccd), expires_in=citizens.lifetime_s)


def _citizen(request: Request) -> str:
    return exchange(request).citizens.verify(authorization_header(request.scope))


async def _audited_citizen(request: Request, refused: EventType, **details: Any) -> str:
    """The logged-in citizen's CCCD, or the 401 raised after auditing it as ``refused``
    (aggregated per source address: the caller is nobody we know)."""
    try:
        return _citizen(request)
    except AuthenticationError as exc:
        await audit_refusal(request, refused, exc, None, **details)
        raise


@router.get(
    "/v1/me/access-log",
    response_model=AccessLog,
    responses=problem_responses(401, 422, 503),
    summary="Who accessed my data",
)
async def access_log(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    before: Annotated[int | None, Query(ge=1, le=MAX_BIGINT)] = None,
) -> AccessLog:
    """Every recorded access to the logged-in citizen's data, newest first: which system, when,
    for what purpose, which fields, and whether it was allowed."""
    cccd = await _audited_citizen(request, EventType.ACCESS_LOG_VIEW_REFUSED)
    services = exchange(request)
    await services.expire_consents(cccd)  # an expiry shows in this very log

    def read() -> AccessLog:
        records = services.audit_log.for_subject(cccd, limit=limit, before_seq=before)
        titles = {code: p.title for code, p in services.gateway.rights.purposes().items()}
        entries = [
            AccessEntry(
                seq=r.seq,
                time=r.time,
                event=str(r.event),
                client=r.client,
                client_agency=r.client_agency,
                provider=r.provider,
                service=r.service,
                version=r.version,
                purpose=r.purpose,
                purpose_title=titles.get(r.purpose or ""),
                fields=list(r.fields),
                outcome=str(r.outcome),
                reason=r.reason,
                intact=r.intact,
            )
            for r in records
        ]
        more = len(entries) == limit
        return AccessLog(entries=entries, next_before=entries[-1].seq if more else None)

    result = await anyio.to_thread.run_sync(read)
    await services.gateway.audit.write(
        AuditEvent(
            event=EventType.ACCESS_LOG_VIEWED,
            outcome=Outcome.ALLOWED,
            client=CITIZEN_PORTAL,
            subjects=(cccd,),
            status=200,
            time=utcnow(),
        )
    )
    return result


@router.get(
    "/v1/me/consents",
    response_model=list[ConsentView],
    responses=problem_responses(401),
    summary="My consents",
)
async def my_consents(request: Request) -> list[ConsentView]:
    cccd = _citizen(request)
    services = exchange(request)
    await services.expire_consents(cccd)
    consents = services.gateway.consents
    found = await anyio.to_thread.run_sync(lambda: consents.all(subject=cccd))
    now = utcnow()
    return [ConsentView.of(c, now) for c in found]


@router.get(
    "/v1/me/consents/{consent_id}",
    response_model=ConsentDetail,
    responses=problem_responses(401, 404, 422),
    summary="One of my consents, with the agreement text",
)
async def my_consent(
    request: Request, consent_id: Annotated[str, Path(max_length=36)]
) -> ConsentDetail:
    cccd = _citizen(request)
    consents = exchange(request).gateway.consents

    def read() -> ConsentDetail:
        consent = consents.get(consent_id, subject=cccd)
        view = ConsentView.of(consent, utcnow())
        return ConsentDetail(
            **view.model_dump(), agreement_text=consents.agreement(consent.agreement_sha256)
        )

    return await anyio.to_thread.run_sync(read)


_EVENTS = {
    "approve": EventType.CONSENT_GRANTED,
    "reject": EventType.CONSENT_REJECTED,
    "pause": EventType.CONSENT_PAUSED,
    "resume": EventType.CONSENT_RESUMED,
    "revoke": EventType.CONSENT_REVOKED,
}


@router.post(
    "/v1/me/consents/{consent_id}/{action}",
    response_model=ConsentView,
    responses=problem_responses(401, 404, 409, 422, 503),
    summary="Approve, reject, pause, resume or revoke one of my consents",
)
async def change_my_consent(
    request: Request,
    consent_id: Annotated[str, Path(max_length=36)],
    action: Literal["approve", "reject", "pause", "resume", "revoke"],
) -> ConsentView:
    """Takes effect on the very next call: the gateway re-reads consent before every release.
    A refused change (no login, no such consent, a state that does not allow it) is audited."""
    asked = {"data": {"consent_id": consent_id, "action": action}}
    cccd = await _audited_citizen(request, EventType.CONSENT_CHANGE_REFUSED, **asked)
    services = exchange(request)
    consents = services.gateway.consents
    try:
        changed = await anyio.to_thread.run_sync(
            lambda: consents.change(consent_id, action, subject=cccd)
        )
    except LienthongError as exc:
        await audit_refusal(
            request,
            EventType.CONSENT_CHANGE_REFUSED,
            exc,
            CITIZEN_PORTAL,
            subjects=(cccd,),
            **asked,
        )
        raise
    await services.gateway.audit.write(
        AuditEvent(
            event=_EVENTS[action],
            outcome=Outcome.ALLOWED,
            client=CITIZEN_PORTAL,
            provider=changed.service.provider,
            service=changed.service.service,
            version=changed.service.version,
            purpose=changed.purpose,
            subjects=(cccd,),
            fields=changed.fields,
            status=200,
            time=utcnow(),
            data={"consent_id": changed.id, "consumer": changed.consumer},
        )
    )
    return ConsentView.of(changed, utcnow())
