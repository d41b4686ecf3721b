"""The secure exchange gateway: identity (mTLS / EdDSA JWT), rights, consent, minimisation.

Agency systems call each other's data services through :class:`Gateway`; every call is
authenticated, authorised per client × service × purpose, checked against the citizen's consent
for personal data, minimised to the granted fields and written to the audit log before the
response leaves.
"""

from typing import TYPE_CHECKING

from lienthong._lazy import lazy_facade

if TYPE_CHECKING:  # the modules load on first use: see lienthong._lazy
    from lienthong.exchange._admin_audit import record_admin
    from lienthong.exchange._ca import Issued, PlatformCA, load_private_key
    from lienthong.exchange._catalog import (
        Parameter,
        RegistryCatalog,
        ServiceCatalog,
        ServiceDefinition,
    )
    from lienthong.exchange._citizens import CitizenTokens
    from lienthong.exchange._clients import ClientDirectory, key_fingerprint
    from lienthong.exchange._consents import ConsentRegistry, agreement_hash
    from lienthong.exchange._decision import (
        AccessDenied,
        consented_fields,
        granted_fields,
        minimise,
    )
    from lienthong.exchange._gateway import CallRequest, CallResult, Gateway
    from lienthong.exchange._identity import Authenticator, Identity
    from lienthong.exchange._metrics import GatewayMetrics
    from lienthong.exchange._model import (
        ClientSystem,
        Consent,
        ConsentStatus,
        Credential,
        Purpose,
        Right,
        ServiceRef,
    )
    from lienthong.exchange._rights import RightsBook
    from lienthong.exchange._services import ExchangeServices
    from lienthong.exchange._tokens import TokenVerifier, mint_registered_token, mint_token

__all__ = [
    "AccessDenied",
    "Authenticator",
    "CallRequest",
    "CallResult",
    "CitizenTokens",
    "ClientDirectory",
    "ClientSystem",
    "Consent",
    "ConsentRegistry",
    "ConsentStatus",
    "Credential",
    "ExchangeServices",
    "Gateway",
    "GatewayMetrics",
    "Identity",
    "Issued",
    "Parameter",
    "PlatformCA",
    "Purpose",
    "RegistryCatalog",
    "Right",
    "RightsBook",
    "ServiceCatalog",
    "ServiceDefinition",
    "ServiceRef",
    "TokenVerifier",
    "agreement_hash",
    "consented_fields",
    "granted_fields",
    "key_fingerprint",
    "load_private_key",
    "minimise",
    "mint_registered_token",
    "mint_token",
    "record_admin",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_facade(__name__, __file__)
