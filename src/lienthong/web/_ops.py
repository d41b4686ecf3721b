"""Operations endpoints: liveness, readiness (the store answers) and Prometheus metrics.

``/metrics`` names client systems and why their calls were refused, so it is not public: a
scraper sends ``Authorization: Bearer <LIENTHONG_METRICS_TOKEN>``, or, where the operator sets
``LIENTHONG_METRICS_LOOPBACK=true``, reads it from the same host without a token.
"""

from __future__ import annotations

import hmac
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from pydantic import BaseModel
from sqlalchemy import text

from lienthong.config import Settings
from lienthong.errors import AuthenticationError, SourceUnavailableError
from lienthong.exchange._identity import authorization_header
from lienthong.store import Store
from lienthong.web._problems import problem_responses

router = APIRouter(tags=["operations"])


class Health(BaseModel):
    status: str


@router.get("/healthz", response_model=Health, summary="The process is up")
async def healthz() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    response_model=Health,
    responses=problem_responses(503),
    summary="The platform store answers",
)
async def readyz(request: Request) -> Health:
    store: Store = request.app.state.store

    def ping() -> None:
        try:
            with store.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:
            raise SourceUnavailableError(
                "The platform store does not answer.", hint="Check the store database."
            ) from exc

    await anyio.to_thread.run_sync(ping)
    return Health(status="ready")


_LOOPBACK = ("127.", "::1", "::ffff:127.")


def _may_read_metrics(request: Request) -> None:
    """Nothing, or :class:`AuthenticationError` (401) for a caller without the metrics token."""
    settings: Settings = request.app.state.settings
    expected = settings.metrics_token
    if expected is not None:
        scheme, _, given = (authorization_header(request.scope) or "").partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(
            given.strip().encode(), expected.get_secret_value().encode()
        ):
            return
    client = request.scope.get("client")
    host = client[0] if client else ""
    if settings.metrics_loopback and host.startswith(_LOOPBACK):
        return
    raise AuthenticationError(
        "Reading /metrics needs the metrics token.",
        hint="Send 'Authorization: Bearer <token>' with the token the operator set in "
        "LIENTHONG_METRICS_TOKEN (or set LIENTHONG_METRICS_LOOPBACK=true for a scraper on "
        "the same host).",
    )


@router.get(
    "/metrics",
    response_class=Response,
    responses={
        200: {"content": {"text/plain": {}}, "description": "Prometheus text format."},
        **problem_responses(401),
    },
    summary="Prometheus metrics (needs the metrics token)",
    openapi_extra={"security": [{"metricsToken": []}]},
)
async def metrics(request: Request) -> Response:
    _may_read_metrics(request)
    registry: CollectorRegistry = request.app.state.metrics_registry
    # the engines' collectors query the store: off the event loop
    data: Any = await anyio.to_thread.run_sync(generate_latest, registry)
    return Response(content=data, media_type=CONTENT_TYPE_LATEST)
