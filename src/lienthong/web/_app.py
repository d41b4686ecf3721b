"""The FastAPI app factory: one app per settings + store, routers listed in :data:`ROUTERS`.

Each capability ships an ``APIRouter``; to add one, append ``"package.module:router"`` to
:data:`ROUTERS`. Routers reach shared objects through ``request.app.state`` (``settings``,
``store``, ``exchange``, ``audit_writer``, ``metrics_registry``).
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, FastAPI
from prometheus_client import CollectorRegistry

import lienthong
from lienthong.config import Settings
from lienthong.store import Store
from lienthong.web._docs import install_docs
from lienthong.web._limits import RequestLimitsMiddleware
from lienthong.web._logging import configure_json_logging
from lienthong.web._openapi_doc import install_openapi
from lienthong.web._problems import install_problem_handlers
from lienthong.web._requests import RequestMetricsMiddleware

if TYPE_CHECKING:
    from lienthong.exchange import ServiceCatalog

#: ``module:attribute`` of every router the app mounts, in order. Requests are matched against
#: them in this order, so the gateway's data-service calls (the hot path) come first.
ROUTERS: list[str] = [
    "lienthong.exchange._api:router",
    "lienthong.web._ops:router",
    "lienthong.exchange._citizen_api:router",
    "lienthong.linkage._api:router",
    "lienthong.sync._api:router",
    "lienthong.dashboard:router",
    "lienthong.dashboard:portal_router",
    "lienthong.dashboard:calls_router",
    "lienthong.dashboard:procedures_router",
    "lienthong.dashboard:report_router",
    "lienthong.dashboard:dataset_router",
    "lienthong.eid:router",
]

DESCRIPTION = """\
The lienthong API: agency systems call each other's data services through one gateway.

Every data-service call is **authenticated** (mutual TLS with a platform-CA client certificate,
or an EdDSA/ES256 bearer token signed with the system's registered key), **authorised** per
client system × service × purpose (send the legal-basis code in `X-Purpose`), checked against
the citizen's **consent** for personal data, **minimised** to the granted fields and written to
the hash-chained **audit log** before the response leaves. Errors are RFC 9457
`application/problem+json`.
"""


def _load_router(path: str) -> APIRouter:
    module_name, _, attribute = path.partition(":")
    router = getattr(importlib.import_module(module_name), attribute or "router")
    if not isinstance(router, APIRouter):
        raise TypeError(f"{path} is not a FastAPI APIRouter")
    return router


def create_app(
    settings: Settings,
    store: Store | None = None,
    *,
    catalog: ServiceCatalog | None = None,
    audit_writer: Any = None,
    json_logs: bool = True,
) -> FastAPI:
    """The lienthong web app over ``store`` (opened from ``settings`` when not given).

    ``catalog`` and ``audit_writer`` default to the registry's services and the platform's
    audit log (``lienthong.audit``); benchmarks and tests may pass their own.
    """
    from lienthong.audit import AuditLog, AuditWriter
    from lienthong.exchange import ExchangeServices, GatewayMetrics, RegistryCatalog

    if json_logs:
        configure_json_logging()
    store = store or Store.open(settings.resolved_store_url)
    audit_log = AuditLog.open(store, settings.home)
    writer = audit_writer if audit_writer is not None else AuditWriter(audit_log)
    registry = CollectorRegistry()
    own_catalog = RegistryCatalog(store) if catalog is None else None
    services = ExchangeServices.build(
        store,
        catalog or own_catalog or RegistryCatalog(store),
        writer,
        audit_log,
        audience=settings.gateway_audience,
        max_token_lifetime_s=settings.token_max_lifetime_s,
        timeout_s=settings.source_timeout_s,
        dev_mode=settings.dev_mode,
        metrics=GatewayMetrics(registry),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        start = getattr(writer, "start", None)
        if start is not None:
            await start()
        # Everything loaded so far (FastAPI, SQLAlchemy, pydantic schemas, the app) lives as
        # long as the server: keep it out of the collector's full passes, which otherwise
        # stall a request now and then for as long as it takes to walk that heap.
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            close = getattr(writer, "close", None)
            if close is not None:
                await close()
            services.gateway.lookups.close()
            services.gateway.workers.close()
            if own_catalog is not None:  # the connector pools this app opened
                own_catalog.close()

    app = FastAPI(
        title="lienthong",
        version=lienthong.__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served from the package by install_docs: no CDN
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.exchange = services
    app.state.audit_writer = writer
    app.state.metrics_registry = registry
    install_problem_handlers(app, retry_after_s=settings.source_timeout_s)
    app.add_middleware(  # inside the metrics middleware, so that refusals are counted
        RequestLimitsMiddleware,
        max_head_bytes=settings.max_request_head_bytes,
        max_body_bytes=settings.max_request_body_bytes,
    )
    app.add_middleware(RequestMetricsMiddleware, registry=registry)
    for path in ROUTERS:
        app.include_router(_load_router(path))
    install_openapi(app)
    install_docs(app)
    return app
