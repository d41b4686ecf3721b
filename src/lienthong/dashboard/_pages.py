"""The web pages: the front door, the login, the leaders' overview and the sharing matrix.

Server-rendered with Jinja2 from templates shipped in the package, one stylesheet, charts as
inline SVG drawn on the server: no script and nothing from a CDN, so every page works on a
closed network and at phone width. Pages call the same services as the CLI and the API.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from lienthong.audit._rollup import LATENCY_BOUNDS_MS
from lienthong.dashboard._accounts import SESSION_S, Account, Accounts
from lienthong.dashboard._i18n import BOTTLENECKS, WORDS, lang_of, number, when, words_in
from lienthong.dashboard._overview import CRITERIA, build_agency, build_overview, latest_report
from lienthong.dashboard._rollup import AuditRollup
from lienthong.errors import NotFoundError

router = APIRouter(include_in_schema=False)
log = logging.getLogger(__name__)
_HERE = Path(__file__).parent
_ENV = Environment(
    loader=FileSystemLoader(_HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    auto_reload=False,
)
COOKIE = "lt_session"
_AGENCY_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,63}")
#: A login form is two short fields; anything bigger is refused before it is parsed.
MAX_FORM_BYTES = 4096
_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def _lang(request: Request) -> str:
    return lang_of(request.query_params.get("lang") or request.cookies.get("lt_lang"))


def _accounts(request: Request) -> Accounts:
    return Accounts(request.app.state.settings.home)


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang = _lang(request)
    other = "en" if lang == "vi" else "vi"
    account = _accounts(request).from_session(request.cookies.get(COOKIE))
    html = _ENV.get_template(template).render(
        t=words_in(WORDS, lang),
        lang=lang,
        other_lang=other,
        path=request.url.path,
        account=account,
        number=lambda v, d=0: number(v, lang, d),
        when=lambda v: when(v, lang),
        latency=lambda v: latency_text(v, lang),
        **context,
    )
    response = HTMLResponse(html, status_code=status, headers=_HEADERS)
    if request.query_params.get("lang") in ("vi", "en"):
        response.set_cookie("lt_lang", lang, max_age=365 * 86400, samesite="lax")
    return response


def latency_text(value: float | None, lang: str) -> str:
    """A p95 read from buckets: "≤ 128" ms (its bucket's bound), "> 131072" past the last."""
    if value is None:
        return number(None, lang)
    if value == float("inf"):
        return f"> {number(LATENCY_BOUNDS_MS[-1], lang)}"
    return f"≤ {number(value, lang, 0 if value >= 10 else 2)}"


def _signed_in(request: Request) -> Account | None:
    return _accounts(request).from_session(request.cookies.get(COOKIE))


def _to_login(request: Request) -> RedirectResponse:
    return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)


def rollup_of(state: Any) -> AuditRollup:
    """The app's one :class:`AuditRollup` (its cache is shared by every page and request)."""
    if getattr(state, "audit_rollup", None) is None:
        state.audit_rollup = AuditRollup(state.store)
    rollup: AuditRollup = state.audit_rollup
    return rollup


def _rollup(request: Request) -> AuditRollup:
    return rollup_of(request.app.state)


def warm(state: Any) -> None:
    """Sum the closed hours and read the latest quality report before the first view asks
    (the server runs it once at start, in a thread).

    A view arriving meanwhile waits for it on the rollup's lock rather than summing again.
    """
    try:
        rollup_of(state).figures()
        latest_report(state.store)
    except NotFoundError:
        pass  # no quality run yet: nothing to keep
    except Exception:  # a store not reachable yet: the first view will say so
        log.warning("could not warm the dashboard's exchange figures", exc_info=True)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    return render(request, "home.html")


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> Response:
    return render(request, "login.html", next=_safe_next(request.query_params.get("next")))


def _safe_next(value: str | None) -> str:
    """Only a local path (no scheme, no ``//host``): a login never redirects off-site."""
    if value and value.startswith("/") and not value.startswith("//") and value.isascii():
        return value[:200]
    return "/dashboard"


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return render(request, "login.html", status=413, next="/dashboard", error=True)
    form = parse_qs(body.decode("utf-8", "replace"), max_num_fields=5)
    name = (form.get("name") or [""])[0].strip()
    password = (form.get("password") or [""])[0]
    target = _safe_next((form.get("next") or [""])[0])
    account = _accounts(request).check(name, password) if name and password else None
    if account is None:
        return render(request, "login.html", status=401, next=target, error=True)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        COOKIE,
        _accounts(request).session(account),
        max_age=SESSION_S,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/logout")
def logout() -> Response:
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(COOKIE)
    return response


def _bottleneck_text(kind: str, values: dict[str, Any], lang: str) -> str:
    shown = {
        k: number(v, lang, 1 if isinstance(v, float) else 0) if isinstance(v, (int, float)) else v
        for k, v in values.items()
    }
    return BOTTLENECKS[kind][lang].format(**shown)


@router.get("/dashboard", response_class=HTMLResponse)
def overview(request: Request) -> Response:
    account = _signed_in(request)
    if account is None:
        return _to_login(request)
    found = build_overview(request.app.state.store, _rollup(request))
    lang = _lang(request)
    days = found.exchange.days()[-30:]
    peak = max((count for _, count in days), default=0)
    return render(
        request,
        "overview.html",
        o=found,
        criteria=CRITERIA,
        days=days,
        peak=peak,
        bottlenecks=[_bottleneck_text(b.kind, b.values, lang) for b in found.bottlenecks[:20]],
    )


@router.get("/dashboard/sharing", response_class=HTMLResponse)
def sharing(request: Request) -> Response:
    account = _signed_in(request)
    if account is None:
        return _to_login(request)
    found = build_overview(request.app.state.store, _rollup(request))
    return render(request, "sharing.html", o=found)


@router.get("/dashboard/agency/{code}", response_class=HTMLResponse)
def agency(request: Request, code: str) -> Response:
    """One agency in detail: a leader or operator sees any, an agency account its own only."""
    account = _signed_in(request)
    if account is None:
        return _to_login(request)
    if not _AGENCY_CODE.fullmatch(code):
        return render(request, "message.html", status=404, message="not_found")
    if account.role == "agency" and account.agency != code:
        return render(request, "message.html", status=403, message="forbidden")
    try:
        view = build_agency(request.app.state.store, _rollup(request), code)
    except NotFoundError:
        return render(request, "message.html", status=404, message="not_found")
    return render(request, "agency.html", a=view, criteria=CRITERIA)


@router.get("/static/dashboard/app.css")
def stylesheet() -> Response:
    return Response(
        (_HERE / "static" / "app.css").read_bytes(),
        media_type="text/css",
        headers={"Cache-Control": "max-age=3600"},
    )
