"""``/eid/login``, ``/eid/callback``, ``/eid/logout``: the citizen's e-ID login over OpenID Connect.

A refused login (wrong state, tampered or expired id_token, wrong audience or nonce, unknown
issuer, provider down) shows a clear page in Vietnamese and English and is audited as
``CITIZEN_LOGIN_REFUSED``; a login is audited as ``CITIZEN_LOGIN`` under the citizen, so it
appears in their own access log.
"""

from __future__ import annotations

from html import escape
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.eid import _session
from lienthong.eid._claims import claim_map
from lienthong.eid._relying_party import Pending, RelyingParty, client_key
from lienthong.errors import AuthenticationError, LienthongError

router = APIRouter(include_in_schema=False)
ACTOR = "citizen-portal"
PENDING_TTL_S = 600


def _party(request: Request) -> RelyingParty | None:
    settings = request.app.state.settings
    if not settings.eid_issuer:
        return None
    state = request.app.state
    party: RelyingParty | None = getattr(state, "eid_party", None)
    if party is None:
        party = RelyingParty(
            settings.eid_issuer,
            settings.eid_client_id,
            client_key(settings.home),
            claim_map(settings.eid_claims),
        )
        state.eid_party = party
    return party


def _redirect_uri(request: Request) -> str:
    configured: str | None = request.app.state.settings.eid_redirect_url
    return configured or str(request.url_for("eid_callback"))


def safe_next(value: str | None, default: str = "/toi") -> str:
    """Only a local path: a login never redirects off-site."""
    if value and value.startswith("/") and not value.startswith("//") and value.isascii():
        return value[:200]
    return default


def problem_page(status: int, vi: str, en: str) -> HTMLResponse:
    """A plain, self-contained error page in both languages (no stack trace, no detail leak)."""
    html = (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,"><link rel="stylesheet" href="/static/dashboard/app.css">'
        "<title>lienthong</title></head><body><main>"
        f'<h1>{escape(vi)}</h1><p lang="en">{escape(en)}</p>'
        '<p><a href="/">Trang chủ / Home</a></p>'
        "</main></body></html>"
    )
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})


async def _audit(request: Request, event: EventType, **fields: Any) -> None:
    await request.app.state.audit_writer.write(AuditEvent(event=event, client=ACTOR, **fields))


@router.get("/eid/login")
async def eid_login(request: Request) -> Response:
    party = _party(request)
    if party is None:
        return problem_page(
            503,
            "Đăng nhập bằng định danh điện tử chưa được cấu hình.",
            "e-ID login is not configured (set LIENTHONG_EID_ISSUER).",
        )
    try:
        url, pending = await party.begin(_redirect_uri(request))
    except LienthongError:
        return problem_page(
            503,
            "Không kết nối được hệ thống định danh điện tử. Vui lòng thử lại sau.",
            "The e-ID provider cannot be reached. Please try again later.",
        )
    target = safe_next(request.query_params.get("next"))
    token = _session.signer(request.app.state.settings.home).sign(
        [pending.state, pending.nonce, pending.verifier, target], PENDING_TTL_S
    )
    response = RedirectResponse(url, status_code=303)
    response.set_cookie(
        _session.PENDING_COOKIE,
        token,
        max_age=PENDING_TTL_S,
        path="/eid",
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
    return response


@router.get("/eid/callback", name="eid_callback")
async def eid_callback(request: Request) -> Response:
    party = _party(request)
    if party is None:
        return problem_page(503, "Chưa cấu hình định danh điện tử.", "e-ID is not configured.")
    params = request.query_params
    fields = _session.signer(request.app.state.settings.home).check(
        request.cookies.get(_session.PENDING_COOKIE), 4
    )
    try:
        if fields is None:
            raise AuthenticationError("No login is in progress in this browser (or it expired).")
        if params.get("error"):
            raise AuthenticationError(f"The provider ended the login: {params['error']}"[:120])
        state, code = params.get("state") or "", params.get("code") or ""
        if not (state.isascii() and code.isascii() and len(code) <= 2048 and code):
            raise AuthenticationError("The login came back without a usable code.")
        citizen, id_token = await party.finish(
            _redirect_uri(request), Pending(*fields[:3]), state=state[:200], code=code
        )
    except LienthongError as exc:
        await _audit(
            request,
            EventType.CITIZEN_LOGIN_REFUSED,
            outcome=Outcome.DENIED,
            status=exc.http_status,
            reason=exc.message[:300],
        )
        return problem_page(
            exc.http_status if exc.http_status in (401, 503) else 401,
            "Đăng nhập không thành công. Vui lòng đăng nhập lại.",
            f"The login did not succeed: {exc.message[:200]}",
        )
    await _audit(
        request,
        EventType.CITIZEN_LOGIN,
        outcome=Outcome.ALLOWED,
        subjects=(citizen.cccd,),
        status=303,
        data={"level": citizen.level, "issuer": party.issuer[:200]},
    )
    response = RedirectResponse(safe_next(fields[3]), status_code=303)
    response.delete_cookie(_session.PENDING_COOKIE, path="/eid")
    ttl_s = request.app.state.settings.eid_session_s
    _session.start(response, request, citizen.cccd, citizen.level, ttl_s)
    if len(id_token) <= 3000:  # a cookie holds ~4 KB; without the hint logout still works
        response.set_cookie(
            _session.HINT_COOKIE,
            id_token,
            max_age=ttl_s,
            path="/eid",
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
        )
    return response


@router.post("/eid/logout")
async def eid_logout(request: Request) -> Response:
    """End the portal's session, then the provider's (RP-initiated logout) when it offers one:
    the browser goes to its ``end_session_endpoint`` and comes back to the home page."""
    session = _session.current(request)
    form = await small_form(request)
    if session is None or not session.csrf_ok(form.get("csrf")):
        return RedirectResponse("/", status_code=303)
    target = "/"
    party = _party(request)
    if party is not None:
        try:
            found = await party.end_session_url(
                request.cookies.get(_session.HINT_COOKIE), str(request.base_url)
            )
        except LienthongError:  # provider down: our session still ends
            found = None
        target = found or target
    response = RedirectResponse(target, status_code=303)
    response.delete_cookie(_session.COOKIE)
    response.delete_cookie(_session.HINT_COOKIE, path="/eid")
    return response


async def small_form(request: Request) -> dict[str, str]:
    """A posted form of a few short fields (bounded before it is parsed)."""
    from urllib.parse import parse_qs

    body = await request.body()
    if len(body) > 4096:
        return {}
    parsed = parse_qs(body.decode("utf-8", "replace"), max_num_fields=10)
    return {key: values[0] for key, values in parsed.items() if values}


async def citizen_post(
    request: Request, back_to: str
) -> tuple[_session.CitizenSession, dict[str, str]] | Response:
    """A citizen's form post: their session and the (bounded) form, or the response to send
    instead (log in first; a missing or wrong CSRF token is refused)."""
    session = _session.current(request)
    if session is None:
        return RedirectResponse(f"/eid/login?next={back_to}", status_code=303)
    form = await small_form(request)
    if not session.csrf_ok(form.get("csrf")):
        return problem_page(403, "Yêu cầu không hợp lệ.", "The form is stale or forged.")
    return session, form
