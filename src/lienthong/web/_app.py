"""The FastAPI app factory: one app per settings + store, routers listed in :func:`routers`.

Each capability ships an ``APIRouter``; to add one, import it in :func:`routers`. Routers reach
shared objects through ``request.app.state`` (``settings``, ``store``, ``exchange``,
``audit_writer``, ``audit_log``, ``metrics_registry``, ``readiness``). The engines'
figures for Prometheus are collected at scrape time (``web/_collectors.py``).
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, FastAPI
from prometheus_client import CollectorRegistry

import lienthong
from lienthong.config import Settings
from lienthong.ratelimit import TokenBuckets
from lienthong.store import Store
from lienthong.web._collectors import install_collectors
from lienthong.web._docs import install_docs
from lienthong.web._limits import RequestLimitsMiddleware
from lienthong.web._logging import configure_json_logging
from lienthong.web._openapi_doc import install_openapi
from lienthong.web._problems import install_problem_handlers
from lienthong.web._ratelimit import RateLimitMiddleware
from lienthong.web._ready import Readiness
from lienthong.web._requests import RequestMetricsMiddleware

if TYPE_CHECKING:
    from lienthong.exchange import ExchangeServices, ServiceCatalog

log = logging.getLogger("lienthong.web")


def routers() -> list[APIRouter]:
    """Every router the app mounts, in order, imported here by name (mypy sees each, and the
    web layer's dependencies on the capabilities are ordinary imports, tested by
    ``tests/test_layering.py``). Requests are matched in this order, so the gateway's
    data-service calls (the hot path) come first. To add a router, import and list it here."""
    from lienthong.dashboard import (
        calls_router,
        dataset_router,
        portal_router,
        procedures_router,
        report_router,
    )
    from lienthong.dashboard import router as dashboard_router
    from lienthong.eid import router as eid_router
    from lienthong.exchange._api import router as exchange_router
    from lienthong.exchange._citizen_api import router as citizen_router
    from lienthong.exchange._publish_api import router as publish_router
    from lienthong.linkage._api import router as linkage_router
    from lienthong.procedures._api import router as corrections_router
    from lienthong.registry._api import router as registry_router
    from lienthong.sync._api import router as sync_router
    from lienthong.web._ops import router as ops_router

    return [
        exchange_router,
        ops_router,
        citizen_router,
        publish_router,
        corrections_router,
        linkage_router,
        sync_router,
        dashboard_router,
        portal_router,
        calls_router,
        procedures_router,
        report_router,
        dataset_router,
        eid_router,
        registry_router,
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


async def _sweep_consents(services: ExchangeServices, every_s: float) -> None:
    """Mark consents past their end EXPIRED (and audit each) now and every ``every_s``."""
    while True:
        try:
            await services.expire_consents()
        except Exception:  # the store may be down for a while; the next sweep catches up
            log.warning("consent expiry sweep failed", exc_info=True)
        await asyncio.sleep(every_s)


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
        client_rate=settings.rate_limit_per_client,
        refusal_window_s=settings.refusal_window_s,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        start = getattr(writer, "start", None)
        if start is not None:
            await start()
        from lienthong.dashboard import warm

        chores = [
            asyncio.create_task(services.gateway.refusals.run()),
            asyncio.create_task(_sweep_consents(services, settings.refusal_window_s)),
            asyncio.create_task(asyncio.to_thread(warm, _app.state)),  # the dashboard's cache
        ]
        # Everything loaded so far (FastAPI, SQLAlchemy, pydantic schemas, the app) lives as
        # long as the server: keep it out of the collector's full passes, which otherwise
        # stall a request now and then for as long as it takes to walk that heap.
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            for chore in chores:
                chore.cancel()
            await asyncio.gather(*chores, return_exceptions=True)
            try:
                await services.gateway.refusals.close()  # the counts of open windows
            except Exception:
                log.exception("could not write the pending refusal counts")
            close = getattr(writer, "close", None)
            if close is not None:
                await close()
            services.gateway.lookups.close()
            services.gateway.workers.close()
            if own_catalog is not None:  # the connector pools this app opened
                own_catalog.close()
            collectors.close()

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
    app.state.audit_log = audit_log
    collectors = install_collectors(app.state, registry)
    app.state.readiness = Readiness(
        store, writer, services.gateway.catalog, timeout_s=min(1.0, settings.source_timeout_s)
    )
    install_problem_handlers(app, retry_after_s=settings.source_timeout_s)
    app.add_middleware(  # inside the metrics middleware, so that refusals are counted
        RequestLimitsMiddleware,
        max_head_bytes=settings.max_request_head_bytes,
        max_body_bytes=settings.max_request_body_bytes,
    )
    app.add_middleware(  # outside the size limits: a flood is refused before anything is read
        RateLimitMiddleware,
        per_address=TokenBuckets(
            settings.rate_limit_per_address, 2 * settings.rate_limit_per_address
        ),
        auth_failures=TokenBuckets(settings.auth_failures_per_address, 20),
    )
    app.add_middleware(RequestMetricsMiddleware, registry=registry)
    for router in routers():
        app.include_router(router)
    if settings.dev_mode:  # the proof-less citizen login exists only in sandbox mode
        from lienthong.exchange._citizen_api import dev_router

        app.include_router(dev_router)
    install_openapi(app)
    install_docs(app)
    return app
