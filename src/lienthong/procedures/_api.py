"""HTTP API for the holding agency's client system: the correction requests addressed to it.

``GET /v1/corrections`` lists the requests citizens left about values the caller's agency holds,
``POST /v1/corrections/{id}/resolve`` closes one, as ``lienthong procedures corrections`` and
``resolve`` do for its officers. A request carries a citizen's CCCD, the value held and their
note, so it is released like any personal data: the caller is identified (mutual TLS or bearer
token, as for service calls), declares the purpose in ``X-Purpose`` (only
``CORRECTION_PURPOSE`` releases it), gets only its own agency's requests, only the fields
needed to check and fix the value (:data:`RELEASED`), and every release or refusal is audited
(``CORRECTION_ACCESS`` / ``CORRECTION_ACCESS_REFUSED``) with the citizens as subjects, so each
sees it in their access log. Consent is the citizen's own: flagging the value was their request
to that agency. The decision is :func:`release_refusal`, pure and tested cell by cell.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.errors import LienthongError, NotFoundError, PermissionDeniedError
from lienthong.exchange._api import audit_refusal, call_headers, exchange, identify
from lienthong.exchange._model import utcnow
from lienthong.problems import problem_responses
from lienthong.procedures._corrections import Correction, Corrections

router = APIRouter(tags=["procedures"])

#: The one purpose correction requests are released for (rectification by the data holder).
CORRECTION_PURPOSE = "DINH-CHINH-DU-LIEU"
#: What the holding agency needs to check and fix a value; the dossier, the deciding
#: procedure's audit request id and the change-log position stay on the platform.
RELEASED = (
    "id",
    "procedure",
    "service",
    "field",
    "subject",
    "value",
    "note",
    "status",
    "created_ts",
    "closed_ts",
    "closed_by",
    "resolution",
)


def release_refusal(caller_agency: str | None, holder: str, purpose: str | None) -> str | None:
    """Why correction requests held by ``holder`` may not go to the caller (None: they may)."""
    if not caller_agency:
        return "The client system belongs to no agency; corrections go to the holding agency."
    if caller_agency != holder:
        return f"These correction requests are addressed to {holder}, not {caller_agency}."
    if purpose != CORRECTION_PURPOSE:
        return f"Correction requests are released only for the purpose {CORRECTION_PURPOSE}."
    return None


class CorrectionView(BaseModel):
    id: str
    procedure: str
    service: str = Field(description="The data service the value came from.")
    field: str = Field(description="The column holding the value.")
    subject: str = Field(description="The citizen's CCCD.")
    value: str | None = Field(description="The value held when the citizen flagged it.")
    note: str | None = Field(description="What the citizen wrote.")
    status: str
    created: dt.datetime
    closed: dt.datetime | None
    closed_by: str | None
    resolution: str | None


class CorrectionList(BaseModel):
    agency: str
    corrections: list[CorrectionView]


class CorrectionResolution(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resolution: Literal["corrected", "confirmed"] = Field(  # _corrections.RESOLUTIONS
        description="corrected: the register was fixed; confirmed: the value is right."
    )
    officer: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    note: Annotated[str, StringConstraints(max_length=1000)] = ""


def _view(found: Correction) -> CorrectionView:
    row = found.as_dict()

    def when(ts: float | None) -> dt.datetime | None:
        return None if ts is None else dt.datetime.fromtimestamp(ts, dt.UTC)

    return CorrectionView(
        **{k: row[k] for k in RELEASED if not k.endswith("_ts")},
        created=when(found.created_ts) or utcnow(),
        closed=when(found.closed_ts),
    )


async def _caller(request: Request) -> tuple[str, str | None, str | None]:
    """(client, its agency, declared purpose); 401 (audited) when the caller is unknown."""
    headers = call_headers(request)
    try:
        identity = await identify(request, headers.authorization)
    except LienthongError as exc:
        await audit_refusal(request, EventType.CORRECTION_ACCESS_REFUSED, exc, None)
        raise
    found = await anyio.to_thread.run_sync(exchange(request).directory.find, identity.client)
    return identity.client, found.agency if found else None, headers.purpose


async def _audit(
    request: Request,
    client: str,
    agency: str | None,
    purpose: str | None,
    shown: list[Correction],
    **data: Any,
) -> None:
    await exchange(request).gateway.audit.write(
        AuditEvent(
            event=EventType.CORRECTION_ACCESS,
            outcome=Outcome.ALLOWED,
            client=client,
            client_agency=agency,
            purpose=purpose,
            subjects=tuple(sorted({c.subject for c in shown})),
            fields=RELEASED,
            status=200,
            time=utcnow(),
            data=data,
        )
    )


async def _refuse(
    request: Request,
    error: LienthongError,
    client: str,
    agency: str | None,
    purpose: str | None,
    subjects: tuple[str, ...] = (),
    **data: Any,
) -> LienthongError:
    await audit_refusal(
        request,
        EventType.CORRECTION_ACCESS_REFUSED,
        error,
        client,
        client_agency=agency,
        purpose=(purpose or "")[:64] or None,
        subjects=subjects,
        data=data,
    )
    return error


@router.get(
    "/v1/corrections",
    response_model=CorrectionList,
    responses=problem_responses(401, 403, 503),
    summary="Correction requests addressed to the caller's agency",
)
async def list_corrections(
    request: Request,
    status: Annotated[Literal["open", "all"], Query(description="open (default) or all.")] = "open",
) -> CorrectionList:
    """Values citizens flagged as wrong in the caller's agency's registers. Send
    ``X-Purpose: DINH-CHINH-DU-LIEU``. Requests whose value sync saw change are closed first."""
    client, agency, purpose = await _caller(request)
    why = release_refusal(agency, agency or "", purpose)
    if why is not None:
        raise await _refuse(request, PermissionDeniedError(why), client, agency, purpose)
    assert agency is not None
    book = Corrections(request.app.state.store)

    def read() -> list[Correction]:
        book.recheck()
        return book.find(agency, status="open" if status == "open" else None)

    found = await anyio.to_thread.run_sync(read)
    await _audit(request, client, agency, purpose, found, action="list", count=len(found))
    return CorrectionList(agency=agency, corrections=[_view(c) for c in found])


@router.post(
    "/v1/corrections/{correction_id}/resolve",
    response_model=CorrectionView,
    responses=problem_responses(401, 403, 404, 409, 422, 503),
    summary="Close a correction request as corrected or confirmed",
)
async def resolve_correction(
    request: Request,
    correction_id: Annotated[str, StringConstraints(max_length=64)],
    body: CorrectionResolution,
) -> CorrectionView:
    """Close one request of the caller's agency (``X-Purpose: DINH-CHINH-DU-LIEU``); the
    officer's name is kept with it. Another agency's request is not found, and audited."""
    client, agency, purpose = await _caller(request)
    book = Corrections(request.app.state.store)
    held = await anyio.to_thread.run_sync(lambda: book.get(correction_id))
    if held is None:
        raise await _refuse(
            request, NotFoundError("No such correction request."), client, agency, purpose
        )
    why = release_refusal(agency, held.agency, purpose)
    if why is not None:
        # another agency learns nothing, not even that the request exists
        error: LienthongError = (
            NotFoundError("No such correction request.")
            if agency != held.agency
            else PermissionDeniedError(why)
        )
        raise await _refuse(
            request, error, client, agency, purpose, (held.subject,), action="resolve", why=why
        )

    def close() -> Correction:
        return book.resolve(
            correction_id,
            agency=agency,
            officer=f"{client}:{body.officer}",
            resolution=body.resolution,
            note=body.note,
        )

    done = await anyio.to_thread.run_sync(close)
    await _audit(
        request, client, agency, purpose, [done], action="resolve", resolution=body.resolution
    )
    return _view(done)
