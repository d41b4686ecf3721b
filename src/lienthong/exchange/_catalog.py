"""Where the gateway finds a data service and runs its query: the registry and its connectors.

The gateway only needs two things from the rest of the platform — "what is this service?" and
"run its query with these bound parameters" — so it sees them through :class:`ServiceCatalog`.
:class:`RegistryCatalog` is the real one (registry + source connectors); the seam keeps the
gateway's decision logic testable on its own.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from lienthong.exchange._model import ServiceRef
from lienthong.store import Store


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    subject: bool


@dataclass(frozen=True)
class ServiceDefinition:
    """What the gateway needs to know about a data service."""

    ref: ServiceRef
    title: str
    source: str
    query: str
    parameters: tuple[Parameter, ...]
    fields: tuple[str, ...]
    personal: bool
    #: Result columns holding a CCCD: whose data a row is, when no parameter says so.
    subject_columns: tuple[str, ...] = ()
    #: Purposes the provider offers the service for (empty: any purpose a right names).
    purposes: tuple[str, ...] = ()
    #: A retired version: deprecated since ``deprecated_at``, answers until ``sunset``, then
    #: 410 Gone naming ``successor`` (``provider/service/version``).
    sunset: datetime | None = None
    deprecated_at: datetime | None = None
    successor: str | None = None


class ServiceCatalog(Protocol):
    def lookup(self, ref: ServiceRef) -> ServiceDefinition:
        """The service, or :class:`~lienthong.errors.NotFoundError`."""
        ...

    def fetch(
        self, service: ServiceDefinition, params: Mapping[str, object], *, timeout_s: float
    ) -> list[dict[str, Any]]:
        """Run the service's read-only query with bound ``params`` on the provider's database."""
        ...


class RegistryCatalog:
    """Services from :class:`lienthong.registry.Registry`, run through ``open_connector``.

    Service definitions are cached for ``ttl_s`` seconds and connectors (with their pools) are
    kept open per source: neither belongs on the per-call hot path.
    """

    def __init__(self, store: Store, *, ttl_s: float = 30.0) -> None:
        from lienthong.registry import Registry

        self._registry = Registry(store)
        self._ttl_s = ttl_s
        self._services: dict[ServiceRef, tuple[float, ServiceDefinition]] = {}
        self._connectors: dict[str, Any] = {}
        self._lock = threading.Lock()

    def lookup(self, ref: ServiceRef) -> ServiceDefinition:
        hit = self._services.get(ref)
        now = time.monotonic()
        if hit is not None and now - hit[0] < self._ttl_s:
            return hit[1]
        service = self._registry.get_service(ref.provider, ref.service, ref.version)
        dataset = self._registry.get_dataset(service.dataset)
        cccd_columns = {c.name for c in dataset.columns if "cccd" in c.flags}
        subject_columns = tuple(f for f in service.fields if f in cccd_columns)
        if service.subject_column and service.subject_column not in subject_columns:
            subject_columns += (service.subject_column,)
        retired = service.retirement
        definition = ServiceDefinition(
            ref=ref,
            title=service.title or str(ref),
            source=service.dataset.split(".", 1)[0],
            query=service.query,
            parameters=tuple(
                Parameter(p.name, p.type, bool(p.subject)) for p in service.parameters
            ),
            fields=tuple(service.fields),
            personal=bool(service.personal),
            subject_columns=subject_columns,
            purposes=tuple(service.purposes),
            sunset=retired.sunset if retired else None,
            deprecated_at=retired.retired_at if retired else None,
            successor=retired.replaced_by if retired else None,
        )
        self._services[ref] = (now, definition)
        return definition

    def forget(self, ref: ServiceRef) -> None:
        """Drop the cached definition of ``ref`` (a retirement made in this process applies at
        once; one made elsewhere, e.g. by the CLI, within ``ttl_s``)."""
        self._services.pop(ref, None)

    def fetch(
        self, service: ServiceDefinition, params: Mapping[str, object], *, timeout_s: float
    ) -> list[dict[str, Any]]:
        connector = self._connector(service.source)
        rows: list[dict[str, Any]] = connector.fetch(
            service.query, dict(params), timeout_s=timeout_s
        )
        return rows

    def check_sources(self, *, timeout_s: float) -> dict[str, str | None]:
        """Each source a registered service reads: None when it answers ``SELECT 1`` within
        ``timeout_s``, else why not (for readiness)."""
        sources = sorted({s.dataset.split(".", 1)[0] for s in self._registry.list_services()})
        return ping_sources(sources, self._connector, timeout_s)

    def _connector(self, source: str) -> Any:
        connector = self._connectors.get(source)
        if connector is not None:
            return connector
        from lienthong.sources import open_connector

        with self._lock:
            connector = self._connectors.get(source)
            if connector is None:
                connector = open_connector(self._registry.get_source(source))
                self._connectors[source] = connector
        return connector

    def close(self) -> None:
        with self._lock:
            for connector in self._connectors.values():
                connector.close()
            self._connectors.clear()


class StaticCatalog:
    """Fixed service definitions over source URLs, without the registry.

    For embedding the gateway where no registry runs (benchmarks, tests of the gateway on its
    own); queries still go through the real connectors of :mod:`lienthong.sources`.
    """

    def __init__(
        self,
        services: list[ServiceDefinition],
        source_urls: Mapping[str, str],
        *,
        base_dir: Path | None = None,
    ) -> None:
        self._services = {s.ref: s for s in services}
        self._urls = dict(source_urls)
        self._base_dir = base_dir
        self._connectors: dict[str, Any] = {}
        self._lock = threading.Lock()

    def lookup(self, ref: ServiceRef) -> ServiceDefinition:
        found = self._services.get(ref)
        if found is None:
            from lienthong.errors import NotFoundError

            raise NotFoundError(f"No data service {ref} is registered.")
        return found

    def check_sources(self, *, timeout_s: float) -> dict[str, str | None]:
        """As :meth:`RegistryCatalog.check_sources`, for the sources given."""
        return ping_sources(list(self._urls), self._connector, timeout_s)

    def _connector(self, source: str) -> Any:
        connector = self._connectors.get(source)
        if connector is None:
            from lienthong.sources import open_connector_url

            with self._lock:
                connector = self._connectors.get(source)
                if connector is None:
                    connector = open_connector_url(self._urls[source], base_dir=self._base_dir)
                    self._connectors[source] = connector
        return connector

    def fetch(
        self, service: ServiceDefinition, params: Mapping[str, object], *, timeout_s: float
    ) -> list[dict[str, Any]]:
        connector = self._connector(service.source)
        rows: list[dict[str, Any]] = connector.fetch(
            service.query, dict(params), timeout_s=timeout_s
        )
        return rows

    def close(self) -> None:
        with self._lock:
            for connector in self._connectors.values():
                connector.close()
            self._connectors.clear()


def ping_sources(
    sources: Sequence[str], connector: Callable[[str], Any], timeout_s: float
) -> dict[str, str | None]:
    """Each source's :func:`_ping`, all at once: readiness waits for the slowest source, not
    for the sum of them (ten sources down at a 1 s timeout kept ``/readyz`` ten seconds)."""
    if len(sources) <= 1:
        return {source: _ping(partial(connector, source), timeout_s) for source in sources}
    with ThreadPoolExecutor(max_workers=min(16, len(sources))) as pool:
        found = pool.map(lambda source: _ping(partial(connector, source), timeout_s), sources)
        return dict(zip(sources, found, strict=True))


def _ping(connector: Callable[[], Any], timeout_s: float) -> str | None:
    """None when the source answers ``SELECT 1``, else the first line of why not."""
    try:
        connector().fetch("SELECT 1 AS ok", {}, timeout_s=timeout_s)
    except Exception as exc:  # noqa: BLE001 — any failure means "down", named in readiness
        return (str(exc) or type(exc).__name__).splitlines()[0][:500]
    return None
