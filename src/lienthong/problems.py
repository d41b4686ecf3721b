"""RFC 9457 problem+json: the shape every error takes, for any router to declare and answer.

A lower layer than :mod:`lienthong.web`: the capability packages' routers declare their error
responses with :func:`problem_responses` and the web app installs the handlers that answer with
:func:`problem`, so a router never imports the web package that mounts it (no cycle).
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from lienthong.bounds import MAX_NAME, MAX_SENTENCE, clip

__all__ = [
    "HTTP_TITLES",
    "PROBLEM_JSON",
    "Problem",
    "problem",
    "problem_responses",
]

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
    429: "Too many requests from this client or address; retry after Retry-After seconds.",
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
