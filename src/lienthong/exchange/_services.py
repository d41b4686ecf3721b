"""The gateway's long-lived objects for one app, built once from settings and the store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lienthong.exchange._catalog import ServiceCatalog
from lienthong.exchange._citizens import CitizenTokens
from lienthong.exchange._clients import ClientDirectory
from lienthong.exchange._gateway import AuditSink, Gateway
from lienthong.exchange._identity import Authenticator
from lienthong.exchange._metrics import GatewayMetrics
from lienthong.exchange._tokens import TokenVerifier
from lienthong.store import Store


@dataclass
class ExchangeServices:
    """What the exchange routers need; kept on ``app.state.exchange``."""

    gateway: Gateway
    directory: ClientDirectory
    authenticator: Authenticator
    citizens: CitizenTokens
    audit_log: Any  # lienthong.audit.AuditLog, for the citizen view

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
            ),
            directory=directory,
            authenticator=Authenticator(directory, verifier),
            citizens=CitizenTokens(enabled=dev_mode),
            audit_log=audit_log,
        )
