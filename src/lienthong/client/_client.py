"""A small Python client for the gateway: mutual TLS or self-signed bearer tokens.

    with Client("https://gateway:8443", cert="BHXH-HCM.crt", key="BHXH-HCM.key", ca="ca.crt") as c:
        result = c.call("CA-HCM", "cong-dan", "v1", purpose="BHYT-CAP-THE", cccd="079090000001")

    # behind a TLS-terminating proxy: sign tokens with the system's registered key
    c = Client("https://proxy", system="BHXH-HCM", signing_key="BHXH-HCM.key")

Problems come back as the same :mod:`lienthong.errors` classes the server raised, carrying the
server's sentence (and, for refusals, the machine-readable ``reason``).
"""

from __future__ import annotations

import ssl
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from lienthong.errors import (
    AuthenticationError,
    ConflictError,
    InputError,
    LienthongError,
    NotFoundError,
    PermissionDeniedError,
    SourceError,
    SourceTimeoutError,
    SourceUnavailableError,
)

_ERRORS: dict[int, type[LienthongError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: InputError,
    502: SourceError,
    503: SourceUnavailableError,
    504: SourceTimeoutError,
}


@dataclass(frozen=True)
class ServiceResult:
    request_id: str
    purpose: str
    fields: list[str]
    rows: list[dict[str, Any]]


def raise_for_problem(response: httpx.Response) -> None:
    """Raise the :mod:`lienthong.errors` class matching a problem+json response."""
    if response.is_success:
        return
    try:
        problem = response.json()
    except ValueError:
        problem = {"detail": response.text[:200] or response.reason_phrase}
    error_class = _ERRORS.get(response.status_code, LienthongError)
    error = error_class(
        str(problem.get("detail") or response.reason_phrase), hint=problem.get("hint")
    )
    error.reason = problem.get("reason")  # type: ignore[attr-defined]
    error.retry_after = response.headers.get("retry-after")  # type: ignore[attr-defined]
    raise error


class Client:
    """Calls data services through a lienthong gateway (synchronous, thread-safe like httpx)."""

    def __init__(
        self,
        base_url: str,
        *,
        cert: str | Path | None = None,
        key: str | Path | None = None,
        ca: str | Path | None = None,
        system: str | None = None,
        signing_key: str | Path | None = None,
        audience: str = "lienthong-gateway",
        token_lifetime_s: int = 300,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        verify: ssl.SSLContext | bool = True
        if ca is not None or cert is not None:
            context = ssl.create_default_context(cafile=str(ca) if ca else None)
            if cert is not None:
                context.load_cert_chain(str(cert), str(key) if key else None)
            verify = context
        self._http = httpx.Client(
            base_url=base_url, verify=verify, timeout=timeout, transport=transport
        )
        self._system = system
        self._signing_key: Any = None
        if signing_key is not None:
            from lienthong.exchange import load_private_key

            if system is None:
                raise InputError("A signing key needs the system code it is registered to.")
            self._signing_key = load_private_key(Path(signing_key))
        self._audience = audience
        self._lifetime = token_lifetime_s
        self._token: tuple[str, float] | None = None

    def _headers(self, purpose: str | None) -> dict[str, str]:
        headers: dict[str, str] = {}
        if purpose is not None:
            headers["X-Purpose"] = purpose
        if self._signing_key is not None and self._system is not None:
            now = time.time()
            if self._token is None or self._token[1] - now < 30:
                from lienthong.exchange import mint_token

                token = mint_token(
                    self._system,
                    self._signing_key,
                    audience=self._audience,
                    lifetime_s=self._lifetime,
                )
                self._token = (token, now + self._lifetime)
            headers["Authorization"] = f"Bearer {self._token[0]}"
        return headers

    def call(
        self, provider: str, service: str, version: str, *, purpose: str, **params: Any
    ) -> ServiceResult:
        """Call a data service with ``params`` (sent in a POST body, so nothing lands in logs)."""
        response = self._http.post(
            f"/v1/services/{provider}/{service}/{version}",
            json={"params": params},
            headers=self._headers(purpose),
        )
        raise_for_problem(response)
        body = response.json()
        return ServiceResult(body["request_id"], body["purpose"], body["fields"], body["rows"])

    def request_consent(self, **body: Any) -> dict[str, Any]:
        """Ask a citizen for consent (see ``POST /v1/consents``); returns the PENDING consent."""
        response = self._http.post("/v1/consents", json=body, headers=self._headers(None))
        raise_for_problem(response)
        result: dict[str, Any] = response.json()
        return result

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
