"""Every error as RFC 9457 problem+json with a sentence a person can act on; never a traceback.

The problem shape itself is :mod:`lienthong.problems` (a lower layer, for routers to declare);
this module installs the app's handlers.

``LienthongError`` subclasses carry their HTTP status and title; validation errors become 422
with each wrong field named; anything unexpected becomes a plain 500 sentence (the traceback
goes to the server log, with the request id to find it).
"""

from __future__ import annotations

import logging
import math

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from lienthong.bounds import MAX_LISTED, MAX_NAME, clip
from lienthong.errors import LienthongError, RateLimitedError, SourceError
from lienthong.problems import HTTP_TITLES, PROBLEM_JSON, Problem, problem, problem_responses

__all__ = [
    "HTTP_TITLES",
    "PROBLEM_JSON",
    "Problem",
    "install_problem_handlers",
    "problem",
    "problem_responses",
]

log = logging.getLogger("lienthong.web")


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route accepts at this request's path."""
    allowed: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches({**request.scope, "method": "\x00"})
        methods = getattr(route, "methods", None)
        if match is not Match.NONE and methods:
            allowed.update(methods)
    return sorted(allowed)


def install_problem_handlers(app: FastAPI, *, retry_after_s: float) -> None:
    retry_after = str(max(1, math.ceil(retry_after_s)))

    async def lienthong_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, LienthongError)
        headers: dict[str, str] = {}
        if isinstance(exc, SourceError) and exc.http_status in (503, 504):
            headers["Retry-After"] = retry_after
        if isinstance(exc, RateLimitedError):
            headers["Retry-After"] = str(max(1, math.ceil(exc.retry_after_s)))
        if exc.http_status == 401:
            headers["WWW-Authenticate"] = 'Bearer realm="lienthong"'
        successor = getattr(exc, "successor", None)
        if successor:  # a retired version (410) names its replacement
            headers["Link"] = f'</v1/services/{successor}>; rel="successor-version"'
        if exc.http_status >= 500 and not isinstance(exc, SourceError):
            log.error("internal error: %s", exc.message)
        return problem(
            exc.http_status,
            exc.title,
            exc.message,
            request=request,
            headers=headers,
            hint=exc.hint,
            reason=getattr(exc, "reason", None),
            successor_version=successor,
        )

    async def validation_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        # Locations name what the caller sent (a JSON key can be megabytes): clipped, and a
        # handful of errors is enough to act on.
        found = exc.errors()
        errors = [
            {
                "location": clip(".".join(str(part) for part in error.get("loc", ())), MAX_NAME),
                "message": clip(str(error.get("msg", "invalid")), MAX_NAME),
            }
            for error in found[:MAX_LISTED]
        ]
        where = ", ".join(e["location"] for e in errors[:5]) or "the request"
        if len(found) > MAX_LISTED:
            where += f" (+{len(found) - MAX_LISTED} more errors)"
        return problem(
            422,
            "Invalid input",
            f"The request is not valid: check {where}.",
            request=request,
            errors=errors,
        )

    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        title = HTTP_TITLES.get(exc.status_code, "Error")
        detail = exc.detail if isinstance(exc.detail, str) else title
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"There is nothing at {request.url.path}; see /docs for the API."
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            # Starlette names only the first route on this path; GET and POST of a data
            # service are two routes, and Allow must list both.
            headers["Allow"] = ", ".join(_allowed_methods(request))
            detail = f"{request.method} is not allowed here; use {headers['Allow']}."
        return problem(exc.status_code, title, detail, request=request, headers=headers)

    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return problem(
            500,
            "Internal error",
            "Something went wrong inside lienthong; the operators can find it in the server log.",
            request=request,
        )

    app.add_exception_handler(LienthongError, lienthong_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected)
