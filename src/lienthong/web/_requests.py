"""HTTP request metrics as a pure ASGI middleware (Starlette's BaseHTTPMiddleware costs more
than the whole gateway decision)."""

from __future__ import annotations

import time
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class RequestMetricsMiddleware:
    """Counts responses per method, route template and status; times them per route."""

    def __init__(self, app: ASGIApp, *, registry: CollectorRegistry) -> None:
        self.app = app
        self.requests = Counter(
            "lienthong_http_requests_total",
            "HTTP responses by method, route template and status.",
            ["method", "route", "status"],
            registry=registry,
        )
        self.latency = Histogram(
            "lienthong_http_request_seconds",
            "HTTP request latency by route template.",
            ["route"],
            registry=registry,
        )
        #: Label children by value (``labels()`` takes a lock and builds a key every call).
        self._counters: dict[tuple[str, str, str], Any] = {}
        self._timers: dict[str, Any] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = _route_template(scope)
            key = (scope["method"], route, str(status))
            counter = self._counters.get(key)
            if counter is None:
                counter = self._counters[key] = self.requests.labels(*key)
            counter.inc()
            timer = self._timers.get(route)
            if timer is None:
                timer = self._timers[route] = self.latency.labels(route)
            timer.observe(time.perf_counter() - started)


def _route_template(scope: Scope) -> str:
    """The matched route's path template (bounded label values), or ``unmatched``."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    if isinstance(path, str):
        return path
    return "unmatched"
