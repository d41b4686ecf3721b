"""Expose the mutual-TLS peer certificate to the app, which plain uvicorn does not do.

uvicorn verifies the client certificate (``ssl_cert_reqs=CERT_REQUIRED``) but does not put it
in the ASGI scope. This protocol subclass adds the ASGI ``tls`` extension
(``scope["extensions"]["tls"]["client_cert_chain"]``, PEM strings, as the ASGI TLS spec names
it) on every request of the connection. Pass it to uvicorn as ``http=MutualTLSProtocol``.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from lienthong.web._limits import MAX_HEAD_BYTES, too_large
from lienthong.web._problems import HTTP_TITLES, PROBLEM_JSON


class _HeadTooLarge(Exception):
    """Raised from a parser callback; httptools turns it into a parse error (then a 4xx)."""


class MutualTLSProtocol(HttpToolsProtocol):
    """httptools HTTP/1.1 with the peer certificate in ``scope["extensions"]["tls"]``."""

    _tls: dict[str, object] | None = None
    #: Longest request line + headers read before refusing the request.
    max_head_bytes: int = MAX_HEAD_BYTES
    _url_bytes = 0
    _head_bytes = 0
    _refusal: int | None = None

    @classmethod
    def limited(cls, max_head_bytes: int) -> type[MutualTLSProtocol]:
        """This protocol with another head limit (uvicorn takes a class, not an instance)."""
        return type("LimitedMutualTLSProtocol", (cls,), {"max_head_bytes": max_head_bytes})

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        ssl_object = transport.get_extra_info("ssl_object")
        if ssl_object is None:
            self._tls = None
            return
        der = ssl_object.getpeercert(binary_form=True)
        chain = [ssl.DER_cert_to_PEM_cert(der)] if der else []
        self._tls = {
            "server_cert": None,
            "client_cert_chain": chain,
            "client_cert_name": None,
            "client_cert_error": None,
            "tls_version": None,
            "cipher_suite": None,
        }

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._url_bytes = self._head_bytes = 0
        if self._tls is not None:
            scope: dict[str, Any] = self.scope  # type: ignore[assignment]
            scope["extensions"] = {"tls": self._tls}

    def on_url(self, url: bytes) -> None:
        self._url_bytes += len(url)
        self._count(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + 4)
        super().on_header(name, value)

    def _count(self, size: int) -> None:
        self._head_bytes += size
        if self._head_bytes > self.max_head_bytes:
            self._refusal = 414 if self._url_bytes > self.max_head_bytes else 431
            raise _HeadTooLarge

    def send_400_response(self, msg: str) -> None:
        if self._refusal is None:
            super().send_400_response(msg)
            return
        status, self._refusal = self._refusal, None
        what = "URL" if status == 414 else "headers"
        body = json.dumps(
            {
                "type": "urn:lienthong:problem:" + "-".join(HTTP_TITLES[status].lower().split()),
                "title": HTTP_TITLES[status],
                "status": status,
                "detail": too_large(what, self.max_head_bytes),
            }
        ).encode()
        head = (
            f"HTTP/1.1 {status} {HTTP_TITLES[status]}\r\n"
            f"content-type: {PROBLEM_JSON}\r\ncontent-length: {len(body)}\r\n"
            "connection: close\r\n\r\n"
        )
        self.transport.write(head.encode() + body)
        self.transport.close()
