"""The web layer: one FastAPI app whose routers call the same services as the CLI."""

from lienthong.web._app import create_app, routers
from lienthong.web._tls import MutualTLSProtocol

__all__ = ["MutualTLSProtocol", "create_app", "routers"]
