"""The engines' Prometheus collectors, registered on each app's metrics registry.

Each engine ships a collector that reads its figures from the platform store when ``/metrics``
is scraped (``sync/_metrics.py``, ``audit/_metrics.py``, ``quality/_metrics.py``,
``linkage/_metrics.py``); to add one, add its factory to :data:`COLLECTORS`. A collector
that fails (its store or change log down) does not fail the scrape: its figures are left out and
``lienthong_collector_up{engine=…}`` says 0, which is itself what an operator alerts on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry
from prometheus_client.core import GaugeMetricFamily

log = logging.getLogger("lienthong.metrics")


def sync_collector(state: Any) -> Any:
    from lienthong.sync._metrics import SyncCollector

    return SyncCollector(state.store)


def audit_collector(state: Any) -> Any:
    from lienthong.audit._metrics import AuditCollector

    return AuditCollector(state.audit_log, state.audit_writer)


def quality_collector(state: Any) -> Any:
    from lienthong.quality._metrics import QualityCollector

    return QualityCollector(state.store)


def linkage_collector(state: Any) -> Any:
    from lienthong.linkage._metrics import LinkageCollector

    return LinkageCollector(state.store)


#: engine → factory: takes the app's state, returns a collector (engines load when called).
COLLECTORS: dict[str, Callable[[Any], Any]] = {
    "sync": sync_collector,
    "audit": audit_collector,
    "quality": quality_collector,
    "linkage": linkage_collector,
}


class EngineCollectors:
    """Every engine's collector behind one guard that times it and keeps its failures apart."""

    def __init__(self, collectors: dict[str, Any]) -> None:
        self.collectors = collectors

    def describe(self) -> list[Any]:
        return []

    def collect(self) -> Iterator[Any]:
        up = GaugeMetricFamily(
            "lienthong_collector_up",
            "1 when the engine's figures could be read at this scrape, 0 when they could not.",
            labels=["engine"],
        )
        took = GaugeMetricFamily(
            "lienthong_collector_duration_seconds",
            "Time spent reading the engine's figures at this scrape.",
            labels=["engine"],
        )
        for engine, collector in self.collectors.items():
            started = time.perf_counter()
            try:
                families = list(collector.collect())
            except Exception as error:  # noqa: BLE001 — one engine down must not hide the others
                log.warning(
                    "metrics collector failed",
                    extra={"engine": engine, "error": type(error).__name__},
                )
                up.add_metric([engine], 0.0)
            else:
                yield from families
                up.add_metric([engine], 1.0)
            took.add_metric([engine], time.perf_counter() - started)
        yield up
        yield took

    def close(self) -> None:
        for collector in self.collectors.values():
            close: Callable[[], None] | None = getattr(collector, "close", None)
            if close is not None:
                close()


def install_collectors(state: Any, registry: CollectorRegistry) -> EngineCollectors:
    """Build every engine's collector over ``state`` and register them on ``registry``."""
    engines = EngineCollectors({engine: build(state) for engine, build in COLLECTORS.items()})
    registry.register(engines)
    return engines
