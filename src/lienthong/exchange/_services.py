"""The gateway's long-lived objects for one app, built once from settings and the store."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import anyio.to_thread

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.errors import RateLimitedError
from lienthong.exchange._catalog import ServiceCatalog
from lienthong.exchange._citizens import CitizenTokens
from lienthong.exchange._clients import ClientDirectory
from lienthong.exchange._gateway import AuditSink, Gateway
from lienthong.exchange._identity import Authenticator
from lienthong.exchange._metrics import GatewayMetrics
from lienthong.exchange._model import utcnow
from lienthong.exchange._tokens import TokenVerifier
from lienthong.ratelimit import TokenBuckets
from lienthong.store import Store


@dataclass
class ExchangeServices:
    """What the exchange routers need; kept on ``app.state.exchange``."""

    gateway: Gateway
    directory: ClientDirectory
    authenticator: Authenticator
    citizens: CitizenTokens
    audit_log: Any  # lienthong.audit.AuditLog, for the citizen view
    #: Requests a second per client system, checked once the caller is identified (off: 0).
    client_limits: TokenBuckets = field(default_factory=lambda: TokenBuckets(0, 1))

    async def expire_consents(self, subject: str | None = None) -> int:
        """Mark consents past their end EXPIRED and audit each (``CONSENT_EXPIRED``, naming
        the citizen when ``subject`` is given: the sweep of one citizen's consents before they
        are shown puts the entry in that citizen's access log). How many expired."""
        consents = self.gateway.consents
        expired = await anyio.to_thread.run_sync(lambda: consents.expire_due(subject=subject))
        for consent in expired:
            await self.gateway.audit.write(
                AuditEvent(
                    event=EventType.CONSENT_EXPIRED,
                    outcome=Outcome.ALLOWED,
                    client="platform",
                    provider=consent.service.provider,
                    service=consent.service.service,
                    version=consent.service.version,
                    purpose=consent.purpose,
                    subjects=(subject,) if subject else (),
                    fields=consent.fields,
                    time=utcnow(),
                    data={
                        "consent_id": consent.id,
                        "consumer": consent.consumer,
                        "valid_until": consent.valid_until.isoformat(),
                    },
                )
            )
        return len(expired)

    def admit(self, client: str) -> None:
        """Nothing, or :class:`RateLimitedError` (429) when ``client`` is over its rate."""
        wait = self.client_limits.take(client)
        if wait:
            raise RateLimitedError(
                f"{client} sends more requests than its limit allows.",
                retry_after_s=wait,
                hint=f"Retry after {math.ceil(wait)} seconds, or ask the operator for a "
                "higher LIENTHONG_RATE_LIMIT_PER_CLIENT.",
            )

    @classmethod
    def build(
        cls,
        store: Store,
        catalog: ServiceCatalog,
        audit: AuditSink,
        audit_log: Any,
        *,
        audience: str,
        max_token_lifetime_s: int,
        timeout_s: float,
        dev_mode: bool,
        metrics: GatewayMetrics | None,
        client_rate: float = 0.0,
        refusal_window_s: float = 60.0,
    ) -> ExchangeServices:
        directory = ClientDirectory(store)
        verifier = TokenVerifier(directory, audience=audience, max_lifetime_s=max_token_lifetime_s)
        return cls(
            gateway=Gateway(
                store,
                catalog,
                audit,
                subject_hash=audit_log.keys.subject_hash,
                timeout_s=timeout_s,
                metrics=metrics,
                refusal_window_s=refusal_window_s,
            ),
            directory=directory,
            authenticator=Authenticator(directory, verifier),
            citizens=CitizenTokens(enabled=dev_mode),
            audit_log=audit_log,
            client_limits=TokenBuckets(client_rate, 2 * client_rate),
        )
