"""Every error as RFC 9457 problem+json with a sentence a person can act on; never a traceback.

``LienthongError`` subclasses carry their HTTP status and title; validation errors become 422
with each wrong field named; anything unexpected becomes a plain 500 sentence (the traceback
goes to the server log, with the request id to find it).
"""

from __future__ import annotations

import logging
import math
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from lienthong.bounds import MAX_LISTED, MAX_NAME, MAX_SENTENCE, clip
from lienthong.errors import LienthongError, SourceError

log = logging.getLogger("lienthong.web")

PROBLEM_JSON = "application/problem+json"
_TYPE = "urn:lienthong:problem:"

HTTP_TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    413: "Request too large",
    414: "URL too long",
    415: "Unsupported media type",
    422: "Invalid input",
    429: "Too many requests",
    431: "Request headers too large",
}


class Problem(BaseModel):
    """RFC 9457 problem details, with lienthong's extension members."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(description="URI naming the kind of problem (urn:lienthong:problem:…).")
    title: str
    status: int
    detail: str = Field(description="What happened, in a sentence a person can act on.")
    instance: str | None = None
    hint: str | None = Field(default=None, description="What to do about it.")
    reason: str | None = Field(default=None, description="Machine-readable refusal reason.")
    errors: list[dict[str, str]] | None = Field(
        default=None, description="Each invalid field (validation errors only)."
    )
    successor_version: str | None = Field(
        default=None,
        description="For 410 on a retired data service: PROVIDER/SERVICE/VERSION replacing it.",
    )


_DEFAULT_TEXT = {
    400: "The request is malformed.",
    401: "No or bad identity.",
    403: "Identity known, but no right or no valid consent.",
    404: "Not found.",
    409: "The current state does not allow this.",
    410: "A retired service version, past its sunset date; successor_version names the new one.",
    422: "Missing or malformed input.",
    500: "Internal error.",
    502: "A provider database answered with an error.",
    503: "A database (provider or platform) is unavailable; retry after Retry-After seconds.",
    504: "A provider database did not answer in time; retry after Retry-After seconds.",
}


def problem_responses(*statuses: int, **texts: str) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries declaring problem+json bodies for ``statuses``.

    Declaring 422 here also replaces FastAPI's default (plain JSON) validation error schema.
    """
    schema = {"$ref": "#/components/schemas/Problem"}
    return {
        status: {
            "description": texts.get(f"s{status}", _DEFAULT_TEXT.get(status, "Error.")),
            "content": {PROBLEM_JSON: {"schema": schema}},
        }
        for status in statuses
    }


def _slug(text: str) -> str:
    return "-".join(text.lower().replace("/", " ").split())


def problem(
    status: int,
    title: str,
    detail: str,
    *,
    request: Request | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    """A problem+json response; ``detail`` and ``hint`` may quote the request, so they are clipped
    (the whole body stays small whatever the caller sent)."""
    body: dict[str, Any] = {
        "type": _TYPE + _slug(clip(extra.get("reason") or title, MAX_NAME)),
        "title": title,
        "status": status,
        "detail": clip(detail, MAX_SENTENCE),
    }
    if request is not None:
        body["instance"] = clip(request.url.path, MAX_SENTENCE)
    for key, value in extra.items():
        if value is not None:
            body[key] = clip(value, MAX_SENTENCE) if isinstance(value, str) else value
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


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
