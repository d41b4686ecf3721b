"""The app built from the environment, for servers that start their own worker processes.

``lienthong serve --workers N`` hands uvicorn this factory: each worker process builds its own
app from the same ``LIENTHONG_*`` settings, over the one platform store. Every worker appends
to the one audit chain (the append takes the chain head under the store's lock), so the chain
stays single and verifiable however many workers write; rights are re-read at most a second
after they change, consents before every release.
"""

from __future__ import annotations

from fastapi import FastAPI


def app_from_environment() -> FastAPI:
    from lienthong.config import load_settings
    from lienthong.web._app import create_app

    return create_app(load_settings())


def _protocol() -> type:
    from lienthong.config import load_settings
    from lienthong.web._tls import MutualTLSProtocol

    return MutualTLSProtocol.limited(load_settings().max_request_head_bytes)


#: The worker's HTTP protocol (mTLS identity, head limit from the settings), importable by name:
#: uvicorn passes the server's configuration to worker processes it spawns.
WorkerProtocol = _protocol()
