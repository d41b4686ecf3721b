"""HTTP API for an agency to publish and retire its own data services.

``POST /v1/registry/services`` is ``lienthong registry add-service`` over HTTP: the caller is a
client system (mutual TLS or bearer token, as for service calls) and publishes for the agency
that owns it, never for another. The same checks run (the registry's ``publish_service``), and
the act is audited with the calling system as actor, like an operator's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.errors import PermissionDeniedError
from lienthong.exchange._api import Provider, Service, Version, exchange, identify
from lienthong.exchange._model import PURPOSE_SCHEMA_PATTERN, ServiceRef, utcnow
from lienthong.web._problems import problem_responses

router = APIRouter(tags=["registry"])

_CODE = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
_VERSION = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"
ColumnName = Annotated[str, StringConstraints(min_length=1, max_length=128)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=2000)]


class PublishRequest(BaseModel):
    """A data service over a dataset the caller's agency holds; the query is generated."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(pattern=_CODE, description="Service code, e.g. nguoi-dan.")
    version: str = Field(pattern=_VERSION, description="A new version, e.g. v1.")
    dataset: str = Field(max_length=200, description="Dataset id, source.table.")
    by: list[ColumnName] = Field(min_length=1, max_length=8, description="Lookup columns.")
    fields: list[ColumnName] = Field(
        default_factory=list, max_length=200, description="Fields offered (empty: all)."
    )
    title: Text | None = None
    title_en: Text | None = None
    description: Text | None = None
    description_en: Text | None = None
    legal_basis: Text | None = None
    purposes: list[Annotated[str, StringConstraints(pattern=PURPOSE_SCHEMA_PATTERN)]] = Field(
        default_factory=list, max_length=50
    )
    subject_column: ColumnName | None = Field(
        default=None, description="Column identifying the person (consent keys on it)."
    )


class RetireRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    until: date = Field(description="Sunset date: the version answers until then (00:00 UTC).")
    replaced_by: str = Field(pattern=_VERSION, description="The version that replaces it.")


class PublishedView(BaseModel):
    id: str
    personal: bool
    parameters: list[dict[str, Any]]
    fields: list[str]
    subject_column: str | None
    query: str
    notes: list[str] = Field(description="What the operator should know (e.g. lookups scan).")


class RetiredView(BaseModel):
    id: str
    sunset: datetime
    replaced_by: str


async def _agency(request: Request) -> tuple[str, str]:
    """(client, agency) of the caller; 403 when the system belongs to no agency."""
    identity = await identify(request)
    found = await anyio.to_thread.run_sync(exchange(request).directory.find, identity.client)
    if found is None or not found.agency:
        raise PermissionDeniedError(
            f"{identity.client} belongs to no agency, so it cannot publish data services.",
            hint="Register the client system with --agency.",
        )
    return identity.client, found.agency


@router.post(
    "/v1/registry/services",
    response_model=PublishedView,
    status_code=201,
    responses=problem_responses(401, 403, 404, 409, 422, 503),
    summary="Publish a data service of the caller's agency",
)
async def publish(request: Request, body: PublishRequest) -> PublishedView:
    """Publish a new service version over a dataset the caller's agency holds.

    Checked like ``lienthong registry add-service``: columns exist and fit, the version is new,
    the agency holds the dataset. A service over personal data is personal (consent required).
    """
    from lienthong.registry import PublishSpec, Registry

    client, agency = await _agency(request)
    registry = Registry(request.app.state.store)
    spec = PublishSpec(
        provider=agency,
        code=body.code,
        version=body.version,
        dataset=body.dataset,
        lookup=tuple(body.by),
        fields=tuple(body.fields),
        title=body.title,
        title_en=body.title_en,
        description=body.description,
        description_en=body.description_en,
        legal_basis=body.legal_basis,
        purposes=tuple(body.purposes),
        subject_column=body.subject_column,
        published_by=client,
    )
    published = await anyio.to_thread.run_sync(registry.publish_service, spec)
    service = published.service
    await exchange(request).gateway.audit.write(
        AuditEvent(
            event=EventType.SERVICE_PUBLISHED,
            outcome=Outcome.ALLOWED,
            client=client,
            client_agency=agency,
            provider=service.provider,
            service=service.code,
            version=service.version,
            fields=service.fields,
            status=201,
            time=utcnow(),
            data={"dataset": service.dataset, "personal": service.personal},
        )
    )
    return PublishedView(
        id=service.id,
        personal=service.personal,
        parameters=[
            {"name": p.name, "type": p.type, "subject": p.subject} for p in service.parameters
        ],
        fields=list(service.fields),
        subject_column=service.subject_column,
        query=service.query,
        notes=list(published.notes),
    )


@router.post(
    "/v1/registry/services/{provider}/{service}/{version}/retire",
    response_model=RetiredView,
    responses=problem_responses(401, 403, 404, 409, 422, 503),
    summary="Retire a data service version of the caller's agency",
)
async def retire(
    request: Request, provider: Provider, service: Service, version: Version, body: RetireRequest
) -> RetiredView:
    """The version answers with Deprecation and Sunset headers until ``until``, then 410."""
    from lienthong.registry import Registry

    client, agency = await _agency(request)
    if provider != agency:
        raise PermissionDeniedError(f"{client} belongs to {agency}, not {provider}.")
    registry = Registry(request.app.state.store)
    sunset = datetime(body.until.year, body.until.month, body.until.day, tzinfo=UTC)

    def act() -> Any:
        return registry.retire_service(
            provider, service, version, sunset=sunset, replaced_by=body.replaced_by, actor=client
        )

    retirement = await anyio.to_thread.run_sync(act)
    forget = getattr(exchange(request).gateway.catalog, "forget", None)
    if forget is not None:  # this process answers deprecated from the next call on
        forget(ServiceRef(provider, service, version))
    await exchange(request).gateway.audit.write(
        AuditEvent(
            event=EventType.SERVICE_RETIRED,
            outcome=Outcome.ALLOWED,
            client=client,
            client_agency=agency,
            provider=provider,
            service=service,
            version=version,
            status=200,
            time=utcnow(),
            data={"sunset": sunset.isoformat(), "replaced_by": retirement.replaced_by},
        )
    )
    return RetiredView(
        id=f"{provider}/{service}/{version}",
        sunset=retirement.sunset,
        replaced_by=retirement.replaced_by,
    )
