"""Expose the mutual-TLS peer certificate to the app, which plain uvicorn does not do.

uvicorn verifies the client certificate (``ssl_cert_reqs=CERT_REQUIRED``) but does not put it
in the ASGI scope. This protocol subclass adds the ASGI ``tls`` extension
(``scope["extensions"]["tls"]["client_cert_chain"]``, PEM strings, as the ASGI TLS spec names
it) on every request of the connection. Pass it to uvicorn as ``http=MutualTLSProtocol``.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class MutualTLSProtocol(HttpToolsProtocol):
    """httptools HTTP/1.1 with the peer certificate in ``scope["extensions"]["tls"]``."""

    _tls: dict[str, object] | None = None

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
        if self._tls is not None:
            scope: dict[str, Any] = self.scope  # type: ignore[assignment]
            scope["extensions"] = {"tls": self._tls}
