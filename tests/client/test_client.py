"""The client turns problem+json back into the lienthong error the server raised."""

from __future__ import annotations

import httpx
import pytest

from lienthong.client import raise_for_problem
from lienthong.errors import (
    AuthenticationError,
    InputError,
    LienthongError,
    PermissionDeniedError,
    SourceTimeoutError,
    SourceUnavailableError,
)


def problem(status: int, headers: dict[str, str] | None = None, **body: object) -> httpx.Response:
    return httpx.Response(
        status,
        json={"title": "t", "status": status, "detail": f"detail {status}", **body},
        headers=headers,
    )


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (422, InputError),
        (503, SourceUnavailableError),
        (504, SourceTimeoutError),
        (418, LienthongError),
    ],
)
def test_status_maps_to_the_error_class(status: int, error: type[LienthongError]) -> None:
    with pytest.raises(error, match=f"detail {status}"):
        raise_for_problem(problem(status))


def test_refusal_reason_hint_and_retry_after_survive() -> None:
    with pytest.raises(PermissionDeniedError) as refused:
        raise_for_problem(problem(403, reason="consent-revoked", hint="Ask again."))
    assert refused.value.reason == "consent-revoked"  # type: ignore[attr-defined]
    assert refused.value.hint == "Ask again."
    with pytest.raises(SourceUnavailableError) as down:
        raise_for_problem(problem(503, headers={"Retry-After": "5"}))
    assert down.value.retry_after == "5"  # type: ignore[attr-defined]


def test_success_and_non_json_errors() -> None:
    raise_for_problem(httpx.Response(200, json={}))
    with pytest.raises(LienthongError, match="upstream broke"):
        raise_for_problem(httpx.Response(502, text="upstream broke"))
