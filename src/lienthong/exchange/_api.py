"""HTTP API of the gateway for client systems: call a data service, ask a citizen for consent.

``GET /v1/services/{provider}/{service}/{version}?<params>`` (or ``POST`` with a JSON body)
with the purpose in ``X-Purpose``; identity from mutual TLS or ``Authorization: Bearer``.
"""

from __future__ import annotations

import itertools
import json
import re
import uuid
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Annotated, Any, NamedTuple

import anyio.to_thread
from fastapi import APIRouter, Path, Request, Response
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.bounds import MAX_NAME, clip, clip_names
from lienthong.errors import AuthenticationError, InputError, LienthongError, NotFoundError
from lienthong.exchange._decision import AccessDenied
from lienthong.exchange._gateway import CallRequest
from lienthong.exchange._identity import Identity, authorization_header
from lienthong.exchange._model import (
    CCCD_SCHEMA_PATTERN,
    PURPOSE_SCHEMA_PATTERN,
    Consent,
    Deprecation,
    ServiceRef,
)
from lienthong.exchange._params import MAX_TEXT
from lienthong.exchange._services import ExchangeServices
from lienthong.web._problems import problem_responses

router = APIRouter(tags=["exchange"])

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_CODE = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
#: Bounds on what a caller sends (names and values end up in error messages and the audit log).
MAX_PARAMS = 32
ParamName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
ParamValue = Annotated[str, StringConstraints(max_length=MAX_TEXT)] | int | float | bool | None


class ServiceCall(BaseModel):
    """Body of a POST call: the service parameters (the purpose goes in ``X-Purpose``)."""

    model_config = ConfigDict(extra="forbid")

    params: dict[ParamName, ParamValue] = Field(
        default_factory=dict,
        max_length=MAX_PARAMS,
        description="Parameter values, by the service's parameter names.",
        # pydantic states the name pattern as patternProperties only: other names are invalid.
        json_schema_extra={"additionalProperties": False},
    )


class ServiceResponse(BaseModel):
    request_id: str = Field(description="Quote it to the provider; it is in the audit log.")
    provider: str
    service: str
    version: str
    purpose: str
    fields: list[str] = Field(description="The fields released: the minimum granted.")
    rows: list[dict[str, Any]]


class ConsentRequest(BaseModel):
    """A consumer system asks a citizen for consent; it starts PENDING."""

    subject: str = Field(pattern=CCCD_SCHEMA_PATTERN, description="The citizen's CCCD.")
    provider: str = Field(pattern=_CODE)
    service: str = Field(pattern=_CODE)
    version: str = Field(pattern=_CODE)
    purpose: str = Field(pattern=PURPOSE_SCHEMA_PATTERN, description="Legal-basis code.")
    fields: list[Annotated[str, StringConstraints(min_length=1, max_length=MAX_NAME)]] = Field(
        min_length=1, max_length=100
    )
    agreement_text: str = Field(
        min_length=1, max_length=20_000, description="What the citizen is asked to accept."
    )
    days: int = Field(default=365, ge=1, le=3650, description="How long the consent lasts.")


class ConsentView(BaseModel):
    id: str
    #: The CCCD only when the caller named it: the platform keeps just its keyed hash.
    subject: str | None = Field(
        default=None,
        description="The citizen's CCCD when this request named it (the store keeps only a "
        "keyed hash of it, so a look-up by consent id cannot show it).",
    )
    consumer: str
    provider: str
    service: str
    version: str
    purpose: str
    fields: list[str]
    valid_from: datetime
    valid_until: datetime
    status: str
    agreement_sha256: str

    @classmethod
    def of(cls, consent: Consent, now: datetime) -> ConsentView:
        return cls(
            id=consent.id,
            subject=consent.subject,
            consumer=consent.consumer,
            provider=consent.service.provider,
            service=consent.service.service,
            version=consent.service.version,
            purpose=consent.purpose,
            fields=list(consent.fields),
            valid_from=consent.valid_from,
            valid_until=consent.valid_until,
            status=consent.effective_status(now).value,
            agreement_sha256=consent.agreement_sha256,
        )


def exchange(request: Request) -> ExchangeServices:
    services: ExchangeServices = request.app.state.exchange
    return services


#: Request ids: a random per-process prefix and a counter (unique across gateway instances,
#: and cheaper than a uuid4 per call).
_ID_PREFIX = uuid.uuid4().hex[:12]
_ID_COUNTER = itertools.count(1)


def request_id(given: str | None) -> str:
    """The caller's ``X-Request-Id`` when well-formed, else a fresh one."""
    if given and _REQUEST_ID.fullmatch(given):
        return given
    return f"{_ID_PREFIX}-{next(_ID_COUNTER):x}"


class CallHeaders(NamedTuple):
    """The headers a data-service call reads, each ``None`` when absent."""

    authorization: str | None
    purpose: str | None
    request_id: str | None


def call_headers(request: Request) -> CallHeaders:
    """``Authorization``, ``X-Purpose`` and ``X-Request-Id`` in one pass over the raw headers
    (ASGI names are lower-case; three ``Headers`` look-ups scanned the list three times).

    A repeated ``X-Purpose`` or ``X-Request-Id`` is combined as HTTP combines repeated fields
    (``a, b``), which no purpose code or request id matches: the caller must send one. A
    repeated ``Authorization`` is refused by the :class:`Authenticator`, which sees the scope.
    """
    authorization = purpose = rid = None
    for name, value in request.scope["headers"]:
        if name == b"authorization":
            authorization = value.decode("latin-1")
        elif name == b"x-purpose":
            text = value.decode("latin-1")
            purpose = text if purpose is None else f"{purpose}, {text}"
        elif name == b"x-request-id":
            text = value.decode("latin-1")
            rid = text if rid is None else f"{rid}, {text}"
    return CallHeaders(authorization, purpose, rid)


async def identify(request: Request, authorization: str | None = None) -> Identity:
    """The calling system, or :class:`AuthenticationError` (401) — nothing is touched before.

    ``authorization``: the header when the route has already read it; otherwise it is read here.
    """
    authenticator = exchange(request).authenticator
    if authorization is None:
        authorization = authorization_header(request.scope)
    known = authenticator.cached(request.scope, authorization)
    if known is not None:
        return known
    return await anyio.to_thread.run_sync(authenticator.identify, request.scope, authorization)


Provider = Annotated[str, Path(pattern=_CODE, description="Provider agency, e.g. CA-HCM.")]
Service = Annotated[str, Path(pattern=_CODE, description="Service code, e.g. cong-dan.")]
Version = Annotated[str, Path(pattern=_CODE, description="Service version, e.g. v1.")]
#: ``X-Purpose`` as the OpenAPI document states it: required, a legal-basis code. The routes read
#: it themselves rather than through FastAPI, so that a call without it is refused by the
#: gateway, which audits the refusal, instead of by FastAPI's validation, which would not.
X_PURPOSE: dict[str, Any] = {
    "name": "X-Purpose",
    "in": "header",
    "required": True,
    "description": "Legal-basis code of this call (a registered purpose), e.g. BHYT-CAP-THE.",
    "schema": {"type": "string", "pattern": PURPOSE_SCHEMA_PATTERN, "maxLength": 64},
}

_CALL_ERRORS = problem_responses(400, 401, 403, 404, 410, 422, 503, 504)


async def call_request(
    request: Request,
    ref: ServiceRef,
    purpose: str | None,
    params: dict[str, object],
    *,
    authorization: str | None = None,
    given_id: str | None = None,
) -> CallRequest:
    """The gateway's view of an HTTP call: the caller identified, or why it could not be
    (the gateway refuses and audits it then, rather than the route answering 401 unaudited)."""
    client: str | None = None
    auth_error: LienthongError | None = None
    try:
        client = (await identify(request, authorization)).client
    except AuthenticationError as exc:
        auth_error = exc
    return CallRequest(ref, client, purpose, params, request_id(given_id), auth_error=auth_error)


async def _call(
    request: Request,
    ref: ServiceRef,
    purpose: str | None,
    params: dict[str, object],
    headers: CallHeaders,
) -> Response:
    """``headers``: the request's :func:`call_headers`, read once by the route."""
    services = exchange(request)
    call = await call_request(
        request,
        ref,
        purpose,
        params,
        authorization=headers.authorization,
        given_id=headers.request_id,
    )
    rid = call.request_id
    result = await services.gateway.call(call)
    # Serialised directly (the shape is ServiceResponse, documented via response_model):
    # re-validating rows we just built costs more than the whole release decision.
    body = {
        "request_id": rid,
        "provider": ref.provider,
        "service": ref.service,
        "version": ref.version,
        "purpose": result.purpose,
        "fields": list(result.fields),
        "rows": result.rows,
    }
    headers_out = {"X-Request-Id": rid, "Cache-Control": "no-store"}
    if result.deprecation is not None:
        headers_out.update(deprecation_headers(result.deprecation))
    return Response(
        json.dumps(body, ensure_ascii=False, default=str, separators=(",", ":")),
        media_type="application/json",
        headers=headers_out,
    )


def deprecation_headers(deprecation: Deprecation) -> dict[str, str]:
    """RFC 9745 ``Deprecation`` (since when), RFC 8594 ``Sunset`` (when it stops answering)
    and a ``Link`` to the version that replaces it."""
    return {
        "Deprecation": f"@{int(deprecation.since.timestamp())}",
        "Sunset": format_datetime(deprecation.sunset.astimezone(UTC), usegmt=True),
        "Link": f'</v1/services/{deprecation.successor}>; rel="successor-version"',
    }


_CODE_PATTERN = re.compile(_CODE)
#: The GET form reads its inputs from the request itself (FastAPI's per-parameter machinery cost
#: more than the whole release decision); this documents them exactly as FastAPI would.
_GET_PARAMETERS: list[dict[str, Any]] = [
    {
        "name": name,
        "in": "path",
        "required": True,
        "description": text,
        "schema": {"type": "string", "pattern": _CODE, "title": name.title()},
    }
    for name, text in (
        ("provider", "Provider agency, e.g. CA-HCM."),
        ("service", "Service code, e.g. cong-dan."),
        ("version", "Service version, e.g. v1."),
    )
] + [X_PURPOSE]


def _path_ref(request: Request) -> ServiceRef:
    path = request.path_params
    parts = (path.get("provider", ""), path.get("service", ""), path.get("version", ""))
    for name, value in zip(("provider", "service", "version"), parts, strict=True):
        if not _CODE_PATTERN.fullmatch(value):
            raise InputError(
                f"The {name} {clip(value, MAX_NAME)!r} in the path is not a valid code."
            )
    return ServiceRef(*parts)


@router.get(
    "/v1/services/{provider}/{service}/{version}",
    response_model=ServiceResponse,
    responses=_CALL_ERRORS,
    summary="Call a data service",
    openapi_extra={"parameters": _GET_PARAMETERS},
)
async def call_service_get(request: Request) -> Response:
    """Run the provider's registered query with the query-string parameters.

    The purpose (a legal-basis code) goes in ``X-Purpose``; the query string holds only the
    service's own parameters. The response holds only the fields granted to the caller for that
    purpose (and, for personal data, consented to by the citizen). Every call, allowed or not, is
    in the audit log.
    """
    params: dict[str, object] = dict(request.query_params)
    headers = call_headers(request)
    return await _call(request, _path_ref(request), headers.purpose, params, headers)


@router.post(
    "/v1/services/{provider}/{service}/{version}",
    response_model=ServiceResponse,
    responses=_CALL_ERRORS,
    summary="Call a data service (parameters in the body)",
    openapi_extra={"parameters": [X_PURPOSE]},
)
async def call_service_post(
    request: Request,
    provider: Provider,
    service: Service,
    version: Version,
    body: ServiceCall,
) -> Response:
    """As the GET form, with parameters in a JSON body (for long or many parameters)."""
    headers = call_headers(request)
    return await _call(
        request, ServiceRef(provider, service, version), headers.purpose, dict(body.params), headers
    )


@router.post(
    "/v1/consents",
    response_model=ConsentView,
    status_code=201,
    responses=problem_responses(400, 401, 403, 422, 503),
    summary="Ask a citizen for consent",
)
async def request_consent(request: Request, body: ConsentRequest) -> ConsentView:
    """Record a PENDING consent request; data flows only after the citizen approves it.

    The caller must hold a right to the service for this purpose; the consent can only narrow it.
    """
    identity = await identify(request)
    services = exchange(request)
    ref = ServiceRef(body.provider, body.service, body.version)

    def create() -> Consent:
        granted = services.gateway.rights.for_service(identity.client, ref).get(body.purpose)
        if granted is None:
            raise AccessDenied(
                "purpose-not-granted",
                f"{identity.client} holds no right to {ref} for the purpose {body.purpose}.",
            )
        outside = [f for f in body.fields if f not in granted]
        if outside:
            raise AccessDenied(
                "fields-not-granted",
                f"The right does not cover the field(s) {clip_names(outside)}.",
            )
        return services.gateway.consents.request(
            body.subject,
            identity.client,
            ref,
            body.purpose,
            body.fields,
            body.agreement_text,
            days=body.days,
        )

    consent = await anyio.to_thread.run_sync(create)
    await services.gateway.audit.write(
        AuditEvent(
            event=EventType.CONSENT_REQUESTED,
            outcome=Outcome.ALLOWED,
            client=identity.client,
            provider=ref.provider,
            service=ref.service,
            version=ref.version,
            purpose=consent.purpose,
            subjects=(consent.subject,),
            fields=consent.fields,
            status=201,
            time=consent.created_at,
            data={"consent_id": consent.id},
        )
    )
    return ConsentView.of(consent, consent.created_at)


@router.get(
    "/v1/consents/{consent_id}",
    response_model=ConsentView,
    responses=problem_responses(401, 404, 422),
    summary="Status of a consent this system asked for",
)
async def get_consent(
    request: Request, consent_id: Annotated[str, Path(max_length=36)]
) -> ConsentView:
    identity = await identify(request)
    services = exchange(request)
    consent = await anyio.to_thread.run_sync(services.gateway.consents.get, consent_id)
    if consent.consumer != identity.client:
        raise NotFoundError(f"No consent {consent_id} exists.")
    from lienthong.exchange._model import utcnow

    return ConsentView.of(consent, utcnow())
