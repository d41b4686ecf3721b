"""e-ID login: lienthong as an OpenID Connect relying party (Authlib + joserfc).

A citizen logs in at ``/eid/login`` with the configured provider (``LIENTHONG_EID_ISSUER``);
the callback verifies the id_token, maps its claims through one adapter
(``LIENTHONG_EID_CLAIMS``) and starts a signed session read by :func:`current_citizen`.
"""

from lienthong.eid._claims import Citizen, citizen_from, claim_map
from lienthong.eid._relying_party import RelyingParty, client_key, public_jwks
from lienthong.eid._routes import citizen_post, problem_page, router, safe_next, small_form
from lienthong.eid._session import CitizenSession
from lienthong.eid._session import current as current_citizen

__all__ = [
    "Citizen",
    "CitizenSession",
    "RelyingParty",
    "citizen_from",
    "citizen_post",
    "claim_map",
    "client_key",
    "current_citizen",
    "problem_page",
    "public_jwks",
    "router",
    "safe_next",
    "small_form",
]
