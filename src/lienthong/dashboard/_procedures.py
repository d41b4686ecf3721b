"""The once-only procedure pages: pick, approve the fetch, check the prefilled form, submit;
and the officer's queue and decision.

Prefill goes through :func:`lienthong.procedures.prefill` (the gateway, as the platform's own
client, the procedure as purpose); the prefilled values stay in the server-side draft, so a
posted form can only fill what the state does not hold.
"""

from __future__ import annotations

import re
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.dashboard._pages import _signed_in, _to_login, render
from lienthong.eid import citizen_post, current_citizen, problem_page, small_form
from lienthong.errors import LienthongError
from lienthong.procedures import (
    PORTAL_CLIENT,
    SHIPPED,
    Catalogue,
    Corrections,
    Dossiers,
    load_catalogue,
    prefill,
    record_approval,
)
from lienthong.procedures import (
    decide as decide_dossier,
)

router = APIRouter(include_in_schema=False)
_ID = re.compile(r"[0-9a-f-]{36}")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9.-]{1,63}")


def catalogue(request: Request) -> Catalogue:
    state = request.app.state
    found: Catalogue | None = getattr(state, "procedures", None)
    if found is None:
        own = state.settings.home / "procedures"
        found = load_catalogue(SHIPPED, *([own] if own.is_dir() else []))
        state.procedures = found
    return found


def _dossiers(request: Request) -> Dossiers:
    settings = request.app.state.settings
    return Dossiers(request.app.state.store, draft_ttl_s=settings.procedure_draft_ttl_s)


@router.get("/thu-tuc")
def procedures(request: Request) -> Response:
    return render(request, "procedures.html", procedures=catalogue(request).procedures.values())


@router.get("/thu-tuc/{code}")
def procedure(request: Request, code: str) -> Response:
    session = current_citizen(request)
    if not _CODE.fullmatch(code) or code not in catalogue(request).procedures:
        return render(request, "message.html", status=404, message="not_found")
    if session is None:
        return RedirectResponse(f"/eid/login?next=/thu-tuc/{code}", status_code=303)
    found = catalogue(request).get(code)
    return render(
        request,
        "procedure.html",
        p=found,
        session=session,
        level_ok=session.level >= found.min_eid_level,
    )


@router.post("/thu-tuc/{code}/lay-du-lieu")
async def approve_fetch(request: Request, code: str) -> Response:
    """The citizen approved the fetch: record it as consent, prefill, keep a draft."""
    posted = await citizen_post(request, "/thu-tuc")
    if isinstance(posted, Response):
        return posted
    session, _form = posted
    if not _CODE.fullmatch(code) or code not in catalogue(request).procedures:
        return problem_page(404, "Không tìm thấy thủ tục.", "No such procedure.")
    found = catalogue(request).get(code)
    if session.level < found.min_eid_level:
        return problem_page(403, "Cần định danh điện tử mức 2.", "This needs e-ID level 2.")
    services = request.app.state.exchange
    await anyio.to_thread.run_sync(
        lambda: record_approval(services.gateway.consents, found, session.cccd)
    )
    components = await prefill(services.gateway, found, session.cccd)
    draft = await anyio.to_thread.run_sync(
        lambda: _dossiers(request).draft(found, session.cccd, components)
    )
    return RedirectResponse(f"/ho-so/{draft.id}", status_code=303)


@router.get("/ho-so/{dossier_id}")
def dossier(request: Request, dossier_id: str) -> Response:
    session = current_citizen(request)
    if session is None:
        return RedirectResponse(f"/eid/login?next=/ho-so/{dossier_id}", status_code=303)
    if not _ID.fullmatch(dossier_id):
        return render(request, "message.html", status=404, message="not_found")
    try:
        found = _dossiers(request).get(dossier_id, subject=session.cccd)
    except LienthongError:
        return render(request, "message.html", status=404, message="not_found")
    spec = catalogue(request).get(found.procedure)
    if found.eligibility is not None:  # decided at submission
        verdicts = found.eligibility
    else:  # a draft: the rules over what prefill found, so the citizen knows before typing
        values = {c["name"]: c["value"] for c in found.components}
        verdicts = [
            {"rule": v.rule, "met": v.met, "vi": v.message_vi, "en": v.message_en}
            for v in spec.eligible(values)
        ]
    return render(
        request,
        "dossier.html",
        d=found,
        p=spec,
        labels={f.name: f.label for f in spec.fields},
        session=session,
        verdicts=verdicts,
    )


@router.post("/ho-so/{dossier_id}/nop")
async def submit(request: Request, dossier_id: str) -> Response:
    posted = await citizen_post(request, "/toi")
    if isinstance(posted, Response):
        return posted
    session, form = posted
    if not _ID.fullmatch(dossier_id):
        return problem_page(404, "Không tìm thấy hồ sơ.", "No such dossier.")
    flagged = {key.removeprefix("wrong:") for key in form if key.startswith("wrong:")}
    try:
        found = _dossiers(request).get(dossier_id, subject=session.cccd)
        spec = catalogue(request).get(found.procedure)
        done = await anyio.to_thread.run_sync(
            lambda: _dossiers(request).submit(
                spec, dossier_id, session.cccd, form, flagged, note=form.get("wrong_note")
            )
        )
    except LienthongError as exc:
        return problem_page(exc.http_status, "Chưa nộp được hồ sơ.", exc.message)
    for correction in await anyio.to_thread.run_sync(
        lambda: Corrections(request.app.state.store).for_dossier(done.id)
    ):
        await request.app.state.audit_writer.write(
            AuditEvent(
                event=EventType.CORRECTION_REQUESTED,
                outcome=Outcome.ALLOWED,
                client=PORTAL_CLIENT,
                provider=correction.agency,
                service=correction.service,
                purpose=done.procedure,
                subjects=(session.cccd,),
                fields=(correction.field,),
                request_id=f"correction-{correction.id}",
                data={"dossier": done.id},
            )
        )
    return RedirectResponse("/toi", status_code=303)


@router.get("/dashboard/ho-so")
def queue(request: Request) -> Response:
    account = _signed_in(request)
    if account is None:
        return _to_login(request)
    agency = account.agency if account.role == "agency" else None
    corrections = Corrections(request.app.state.store)
    corrections.recheck()  # closes those whose value sync has seen change at the source
    return render(
        request,
        "queue.html",
        dossiers=_dossiers(request).queue(agency),
        corrections=corrections.find(agency),
    )


@router.post("/dashboard/ho-so/{dossier_id}/quyet-dinh")
async def decide(request: Request, dossier_id: str) -> Response:
    account = _signed_in(request)
    if account is None:
        return _to_login(request)
    form: dict[str, Any] = await small_form(request)
    if not _ID.fullmatch(dossier_id) or form.get("decision") not in ("approve", "refuse"):
        return problem_page(400, "Quyết định không hợp lệ.", "Not a valid decision.")
    agency = account.agency if account.role == "agency" else None
    try:
        found = _dossiers(request).get(dossier_id)
        await decide_dossier(
            _dossiers(request),
            catalogue(request).get(found.procedure),
            dossier_id,
            approve=form["decision"] == "approve",
            officer=account.name,
            agency=agency,
            reason=str(form.get("reason") or "")[:1000],
            audit=request.app.state.audit_writer.write,
        )
    except LienthongError as exc:
        return problem_page(exc.http_status, "Không ghi được quyết định.", exc.message)
    return RedirectResponse("/dashboard/ho-so", status_code=303)


@router.post("/dashboard/dinh-chinh/{correction_id}")
async def resolve_correction(request: Request, correction_id: str) -> Response:
    """The holding agency closes a correction request: corrected, or confirmed as right."""
    account = _signed_in(request)
    if account is None:
        return _to_login(request)
    form: dict[str, Any] = await small_form(request)
    if not _ID.fullmatch(correction_id):
        return problem_page(404, "Không tìm thấy yêu cầu.", "No such correction request.")
    agency = account.agency if account.role == "agency" else None
    try:
        Corrections(request.app.state.store).resolve(
            correction_id,
            agency=agency,
            officer=account.name,
            resolution=str(form.get("resolution") or ""),
            note=str(form.get("note") or ""),
        )
    except LienthongError as exc:
        return problem_page(exc.http_status, "Không đóng được yêu cầu.", exc.message)
    return RedirectResponse("/dashboard/ho-so", status_code=303)
