"""HTTP API: resolve one record to a master id (``POST /v1/link/resolve``).

Resolving tells the caller which citizen a record belongs to, so it is held to the rules of a
data service of the platform itself (:data:`LINK_RESOLVE`, provider ``LIENTHONG``): the caller is
authenticated like every gateway client, needs a right to ``LIENTHONG/link-resolve/v1`` for the
purpose it declares in ``X-Purpose`` (and a right to ``LIENTHONG/link-index/v1`` to ``save`` a
record into the master index), gets only the granted fields, and every call — allowed or
refused — is in the audit log, with the record's CCCD as data subject when it carries one.
The resolver (trained model, warm scorer) is kept on ``app.state`` and rebuilt when a newer
linkage run exists.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from lienthong.errors import AuthenticationError
from lienthong.exchange import AccessDenied
from lienthong.exchange._api import X_PURPOSE, call_headers, call_request
from lienthong.exchange._platform import LINK_INDEX, LINK_RESOLVE, LINK_RESOLVE_FIELDS
from lienthong.linkage._features import ROLES
from lienthong.linkage._index import latest_model
from lienthong.linkage._resolve import Resolver
from lienthong.problems import problem_responses
from lienthong.store import Store

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
    """The granted fields of the answer; a field the caller's right does not grant is null."""

    master_id: str | None = Field(description="The person's master id.")
    new: bool | None = Field(default=None, description="True when no indexed person matched.")
    evidence: str | None = Field(default=None, description="cccd, cmnd, splink or singleton.")
    match_weight: float | None = None
    match_probability: float | None = None
    matched_record: str | None = Field(default=None, description="DATASET/KEY of the best match.")


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
    responses=problem_responses(
        400, 401, 403, 404, 422, 503, s404="No linkage run has trained a model yet."
    ),
    openapi_extra={"parameters": [X_PURPOSE]},
)
async def resolve(request: Request, body: ResolveRequest) -> dict[str, Any]:
    """Resolve one record to a master id without relinking everything.

    Needs a right to ``LIENTHONG/link-resolve/v1`` for the purpose in ``X-Purpose`` (and to
    ``LIENTHONG/link-index/v1`` when ``save`` is true); every call is in the audit log.
    """
    exchange = getattr(request.app.state, "exchange", None)
    if exchange is None:
        raise AuthenticationError("This server has no gateway authenticator configured.")
    headers = call_headers(request)  # X-Purpose is read (and refused if missing) by the gateway
    call = await call_request(
        request,
        LINK_RESOLVE,
        headers.purpose,
        {},
        authorization=headers.authorization,
        given_id=headers.request_id,
    )

    def work(granted: tuple[str, ...]) -> dict[str, object]:
        if "master_id" not in granted:
            raise AccessDenied(
                "fields-not-granted",
                f"The right to {LINK_RESOLVE} must grant master_id.",
                hint="Grant it with `lienthong rights grant … --fields master_id,…`.",
            )
        resolution = _resolver(request).resolve(
            body.record,
            vietnamese=body.vietnamese,
            dataset=body.dataset,
            record_key=body.record_key,
            save=body.save,
        )
        return resolution.as_dict()

    cccd = body.record.get("cccd")
    result = await exchange.gateway.call_platform(
        call,
        work,
        fields=LINK_RESOLVE_FIELDS,
        subjects=(str(cccd),) if cccd else (),
        also=(LINK_INDEX,) if body.save else (),
    )
    answer: dict[str, Any] = result.rows[0]
    return answer
