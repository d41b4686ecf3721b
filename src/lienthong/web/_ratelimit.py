"""Per-address rate limits, answered 429 with ``Retry-After`` before any route runs.

Two token-bucket tables (:class:`lienthong.ratelimit.TokenBuckets`, bounded memory) keyed by
the connection's peer address:

* every request takes a token from the address's bucket (``rate_limit_per_address``);
* every 401 the app answers charges the address's failure bucket
  (``auth_failures_per_address``): once it is empty, the address is refused before the request
  reaches a route, so guessing tokens is slow and junk requests stop reaching the audit log.

Liveness and readiness probes are never limited. Per-client limits (after identification) are
the gateway's: ``ExchangeServices.admit``.
"""

from __future__ import annotations

import math

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lienthong.ratelimit import TokenBuckets
from lienthong.web._problems import problem

#: Paths never limited: an orchestrator must always be able to probe the process.
EXEMPT = frozenset({"/healthz", "/readyz"})


class RateLimitMiddleware:
    """Refuse an address over its request rate or its failed-identification budget (pure ASGI)."""

    def __init__(
        self, app: ASGIApp, *, per_address: TokenBuckets, auth_failures: TokenBuckets
    ) -> None:
        self.app = app
        self.per_address = per_address
        self.auth_failures = auth_failures

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in EXEMPT:
            await self.app(scope, receive, send)
            return
        peer = scope.get("client")
        address = str(peer[0]) if peer else "unknown"
        failing = self.auth_failures.wait(address)
        wait = failing or self.per_address.take(address)
        if wait:
            why = (
                "Too many requests without a valid identity came from your address"
                if failing
                else "Too many requests came from your address"
            )
            response = problem(
                429,
                "Too many requests",
                f"{why}; retry after {math.ceil(wait)} seconds.",
                headers={"Retry-After": str(max(1, math.ceil(wait)))},
                reason="rate-limited",
            )
            await response(scope, receive, send)
            return
        if not self.auth_failures.enabled:
            await self.app(scope, receive, send)
            return

        async def watched(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 401:
                self.auth_failures.take(address)
            await send(message)

        await self.app(scope, receive, watched)
