"""The web layer: one FastAPI app whose routers call the same services as the CLI."""

from lienthong.web._app import ROUTERS, create_app
from lienthong.web._tls import MutualTLSProtocol

__all__ = ["ROUTERS", "MutualTLSProtocol", "create_app"]
