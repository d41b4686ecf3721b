"""Operations endpoints: liveness, readiness (the store answers) and Prometheus metrics."""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from pydantic import BaseModel
from sqlalchemy import text

from lienthong.errors import SourceUnavailableError
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


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {}}, "description": "Prometheus text format."}},
    summary="Prometheus metrics",
)
async def metrics(request: Request) -> Response:
    registry: CollectorRegistry = request.app.state.metrics_registry
    data: Any = generate_latest(registry)
    return Response(content=data, media_type=CONTENT_TYPE_LATEST)
