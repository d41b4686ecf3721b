"""Request size limits, answered as problem+json before any route reads the request.

uvicorn bounds neither the request head nor the body, and whatever a route cannot refuse early
ends up in memory, in error messages and (for the gateway) in the audit log. The app refuses:

* a request line + headers over ``max_head_bytes``: 414 when the URL alone is too long, else 431;
* a body over ``max_body_bytes``: 413, from ``Content-Length`` before reading, or as soon as a
  streamed (chunked) body passes the limit.

:class:`lienthong.web.MutualTLSProtocol` also stops reading a head that grows past the limit,
so the server never buffers one in full.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lienthong.web._problems import HTTP_TITLES, problem

#: Defaults (settings ``max_request_head_bytes`` and ``max_request_body_bytes``).
MAX_HEAD_BYTES = 16 * 1024
MAX_BODY_BYTES = 1024 * 1024


class RequestLimitsMiddleware:
    """Refuse requests whose head or body exceeds the configured sizes (pure ASGI)."""

    def __init__(self, app: ASGIApp, *, max_head_bytes: int, max_body_bytes: int) -> None:
        self.app = app
        self.max_head_bytes = max_head_bytes
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        target = len(scope.get("raw_path") or scope["path"].encode()) + len(scope["query_string"])
        head = target
        declared: bytes | None = None
        chunked = False
        for name, value in scope["headers"]:
            head += len(name) + len(value) + 4  # ": " and CRLF, as on the wire
            if name == b"content-length":
                declared = value
            elif name == b"transfer-encoding":
                chunked = True
        if head > self.max_head_bytes:
            status, what = (414, "URL") if target > self.max_head_bytes else (431, "headers")
            await self._refuse(scope, receive, send, status, what, self.max_head_bytes)
            return
        if declared is not None and declared.isdigit():
            if int(declared) > self.max_body_bytes:
                await self._refuse(scope, receive, send, 413, "body", self.max_body_bytes)
                return
        elif declared is not None:
            chunked = True  # the server judges the header; we count what arrives
        # The server holds a body to its Content-Length; only a chunked one must be counted.
        await self.app(scope, self._counting(receive) if chunked else receive, send)

    def _counting(self, receive: Receive) -> Receive:
        received = 0
        limit = self.max_body_bytes

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:  # raised inside the route: the problem handler answers
                    raise HTTPException(413, too_large("body", limit))
            return message

        return counted

    @staticmethod
    async def _refuse(
        scope: Scope, receive: Receive, send: Send, status: int, what: str, limit: int
    ) -> None:
        response = problem(
            status,
            HTTP_TITLES[status],
            too_large(what, limit),
            headers={"Connection": "close"},
        )
        await response(scope, receive, send)


def too_large(what: str, limit: int) -> str:
    return f"The request's {what} is over the server's limit of {limit} bytes."
