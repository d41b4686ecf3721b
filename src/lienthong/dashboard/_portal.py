"""The citizen's portal, "Dữ liệu của tôi": who accessed my data, and my consents.

After an e-ID login (:mod:`lienthong.eid`) the citizen reads their access log (each view is
itself audited, as through the API) and pauses, resumes or revokes their consents; the
gateway re-reads consent before every release, so a revoke refuses the very next call.
Every form carries the session's CSRF token.
"""

from __future__ import annotations

import re
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.dashboard._pages import render
from lienthong.eid import citizen_post, current_citizen, problem_page
from lienthong.errors import LienthongError

router = APIRouter(include_in_schema=False)
ACTOR = "citizen-portal"
_CONSENT_ID = re.compile(r"[0-9a-f-]{36}")
_ACTIONS = {
    "approve": EventType.CONSENT_GRANTED,
    "reject": EventType.CONSENT_REJECTED,
    "pause": EventType.CONSENT_PAUSED,
    "resume": EventType.CONSENT_RESUMED,
    "revoke": EventType.CONSENT_REVOKED,
}
#: Which buttons each consent state offers.
OFFERED = {
    "PENDING": ("approve", "reject"),
    "ACTIVE": ("pause", "revoke"),
    "PAUSED": ("resume", "revoke"),
}


def _masked(cccd: str) -> str:
    return f"{cccd[:3]}******{cccd[-3:]}"


@router.get("/toi")
async def my_data(request: Request) -> Response:
    session = current_citizen(request)
    if session is None:
        return RedirectResponse("/eid/login?next=/toi", status_code=303)
    services = request.app.state.exchange

    def read() -> tuple[list[Any], list[tuple[Any, str]], dict[str, str]]:
        from lienthong.exchange._model import utcnow

        records = services.audit_log.for_subject(session.cccd, limit=100)
        titles = {code: p.title for code, p in services.gateway.rights.purposes().items()}
        now = utcnow()
        consents = [
            (c, str(c.effective_status(now).value))
            for c in services.gateway.consents.all(subject=session.cccd)
        ]
        return records, consents, titles

    records, consents, titles = await anyio.to_thread.run_sync(read)
    from lienthong.procedures import Dossiers

    dossiers = await anyio.to_thread.run_sync(
        lambda: Dossiers(
            request.app.state.store,
            draft_ttl_s=request.app.state.settings.procedure_draft_ttl_s,
        ).for_subject(session.cccd)
    )
    await request.app.state.audit_writer.write(
        AuditEvent(
            event=EventType.ACCESS_LOG_VIEWED,
            outcome=Outcome.ALLOWED,
            client=ACTOR,
            subjects=(session.cccd,),
            status=200,
        )
    )
    return render(
        request,
        "portal.html",
        session=session,
        masked=_masked(session.cccd),
        records=records,
        consents=consents,
        titles=titles,
        offered=OFFERED,
        changed=request.query_params.get("changed") == "1",
        dossiers=dossiers,
    )


@router.post("/toi/consents/{consent_id}/{action}")
async def change_consent(request: Request, consent_id: str, action: str) -> Response:
    posted = await citizen_post(request, "/toi")
    if isinstance(posted, Response):
        return posted
    session, _form = posted
    if action not in _ACTIONS or not _CONSENT_ID.fullmatch(consent_id):
        return problem_page(404, "Không tìm thấy.", "Not found.")
    consents = request.app.state.exchange.gateway.consents
    try:
        changed = await anyio.to_thread.run_sync(
            lambda: consents.change(consent_id, action, subject=session.cccd)
        )
    except LienthongError as exc:
        await request.app.state.audit_writer.write(
            AuditEvent(
                event=EventType.CONSENT_CHANGE_REFUSED,
                outcome=Outcome.DENIED,
                client=ACTOR,
                subjects=(session.cccd,),
                status=exc.http_status,
                reason=exc.message[:300],
                data={"consent_id": consent_id, "action": action},
            )
        )
        return problem_page(exc.http_status, "Không thay đổi được đồng ý này.", exc.message)
    await request.app.state.audit_writer.write(
        AuditEvent(
            event=_ACTIONS[action],
            outcome=Outcome.ALLOWED,
            client=ACTOR,
            provider=changed.service.provider,
            service=changed.service.service,
            version=changed.service.version,
            purpose=changed.purpose,
            subjects=(session.cccd,),
            fields=changed.fields,
            status=303,
            data={"consent_id": changed.id, "consumer": changed.consumer},
        )
    )
    return RedirectResponse("/toi?changed=1", status_code=303)
