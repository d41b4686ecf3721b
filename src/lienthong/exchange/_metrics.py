"""Prometheus metrics of the gateway: calls, refusals and latency per service and client.

Each app gets its own :class:`~prometheus_client.CollectorRegistry`, so several apps (tests,
benchmarks) in one process never collide. Label values come from registered names only (unknown
services are counted as ``unknown``), so an attacker cannot blow up the series count.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram

#: Latency buckets in seconds: sub-millisecond gateway work up to the source timeout.
BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class GatewayMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self.calls = Counter(
            "lienthong_gateway_calls_total",
            "Data-service calls by service, client and outcome.",
            ["service", "client", "outcome"],
            registry=registry,
        )
        self.refusals = Counter(
            "lienthong_gateway_refusals_total",
            "Calls not served (refused or failed), by service, client and reason.",
            ["service", "client", "reason"],
            registry=registry,
        )
        self.latency = Histogram(
            "lienthong_gateway_call_seconds",
            "Gateway latency per call, audit write included.",
            ["service", "client"],
            buckets=BUCKETS,
            registry=registry,
        )

        # Label children by value: ``labels()`` takes a lock and builds a key on every call.
        self._children: dict[tuple[str, ...], Any] = {}

    def _child(self, metric: Any, *values: str) -> Any:
        key = (str(id(metric)), *values)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*values)
        return child

    def observe(
        self, *, service: str, client: str, outcome: str, reason: str | None, seconds: float
    ) -> None:
        self._child(self.calls, service, client, outcome).inc()
        if reason is not None:
            self._child(self.refusals, service, client, reason).inc()
        self._child(self.latency, service, client).observe(seconds)
