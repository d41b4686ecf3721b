"""HTTP API: resolve one record to a master id (``POST /v1/link/resolve``).

The caller is authenticated like every gateway client (mutual TLS or bearer token, through the
gateway's authenticator on ``app.state.exchange``). The resolver (trained model, warm scorer)
is kept on ``app.state`` and rebuilt when a newer linkage run exists.
"""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from lienthong.errors import AuthenticationError
from lienthong.linkage._features import ROLES
from lienthong.linkage._index import latest_model
from lienthong.linkage._resolve import Resolver
from lienthong.store import Store
from lienthong.web._problems import problem_responses

router = APIRouter(tags=["linkage"])


class ResolveRequest(BaseModel):
    """A record given by role; any subset of the roles works, more gives better answers."""

    record: dict[str, str | int | None] = Field(
        description="Values by role: " + ", ".join(ROLES) + ".",
        examples=[{"full_name": "Nguyen Van An", "birth_date": "05/03/1987", "sex": "Nam"}],
    )
    dataset: str | None = Field(default=None, max_length=200, description="Its dataset id.")
    record_key: str | None = Field(default=None, max_length=200, description="Its key there.")
    save: bool = Field(default=False, description="Add the record to the master index.")
    vietnamese: bool = Field(default=True, description="Apply Vietnamese normalisation.")


class ResolveResponse(BaseModel):
    master_id: str
    new: bool = Field(description="True when no indexed person matched.")
    evidence: str = Field(description="cccd, cmnd, splink or singleton.")
    match_weight: float | None
    match_probability: float | None
    matched_record: str | None = Field(description="DATASET/KEY of the best match.")


def _authenticate(request: Request) -> None:
    exchange = getattr(request.app.state, "exchange", None)
    if exchange is None:
        raise AuthenticationError("This server has no gateway authenticator configured.")
    exchange.authenticator.identify(request.scope, request.headers.get("authorization"))


def _resolver(request: Request) -> Resolver:
    store: Store = request.app.state.store
    current: Resolver | None = getattr(request.app.state, "link_resolver", None)
    latest = latest_model(store)
    if current is None or (latest is not None and latest[0] != current.run_id):
        current = Resolver(store)
        request.app.state.link_resolver = current
    return current


@router.post(
    "/v1/link/resolve",
    response_model=ResolveResponse,
    responses=problem_responses(401, 404, 422, s404="No linkage run has trained a model yet."),
)
async def resolve(request: Request, body: ResolveRequest) -> dict[str, Any]:
    """Resolve one record to a master id without relinking everything."""

    def work() -> dict[str, Any]:
        _authenticate(request)
        resolution = _resolver(request).resolve(
            body.record,
            vietnamese=body.vietnamese,
            dataset=body.dataset,
            record_key=body.record_key,
            save=body.save,
        )
        return resolution.as_dict()

    result: dict[str, Any] = await anyio.to_thread.run_sync(work)
    return result
