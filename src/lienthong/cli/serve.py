"""`lienthong serve`: run the API (gateway, citizen view, operations endpoints) with uvicorn."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Annotated, Any

import typer

from lienthong.cli._output import err_console


def serve(
    host: Annotated[
        str | None, typer.Option(help="Address to bind (default from settings).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default from settings).")] = None,
    mtls: Annotated[
        str,
        typer.Option(
            help="Mutual TLS: 'off' (plain HTTP, bearer tokens; behind a TLS proxy), 'optional' "
            "(TLS; client certificate or token), 'required' (TLS; client certificate only)."
        ),
    ] = "off",
    pki: Annotated[Path | None, typer.Option(help="CA folder (default HOME/pki).")] = None,
    dev: Annotated[
        bool, typer.Option("--dev", help="DEV ONLY: enable the proof-less citizen login.")
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Worker processes (each a full gateway) over the one store and audit chain; "
            "use a PostgreSQL store (LIENTHONG_STORE_URL) beyond one.",
        ),
    ] = 1,
) -> None:
    """Serve the lienthong API until Ctrl+C.

    With --mtls optional|required the server presents HOME/pki/server/HOST.crt (issued from the
    platform CA on first use) and verifies client certificates against HOME/pki/ca.crt.
    """
    import uvicorn

    from lienthong.cli._context import open_store, settings
    from lienthong.errors import InputError
    from lienthong.web import MutualTLSProtocol, create_app

    if mtls not in ("off", "optional", "required"):
        raise InputError(f"--mtls must be off, optional or required, not {mtls!r}.")
    base = settings()
    current = base.model_copy(
        update={
            "host": host or base.host,
            "port": port or base.port,
            "dev_mode": dev or base.dev_mode,
        }
    )
    options: dict[str, Any] = {}
    scheme = "http"
    if mtls != "off":
        options = _tls_options(pki or current.home / "pki", current.host, mtls == "required")
        scheme = "https"
    if workers > 1:
        _serve_workers(current, workers, options, scheme, mtls)
        return
    app = create_app(current, open_store(current))
    err_console.print(
        f"[bold green]Serving lienthong on {scheme}://{current.host}:{current.port}[/] "
        f"(mTLS {mtls}{', DEV citizen login ON' if current.dev_mode else ''}) — Ctrl+C to stop"
    )
    uvicorn.run(
        app,
        host=current.host,
        port=current.port,
        http=MutualTLSProtocol.limited(current.max_request_head_bytes),
        log_level="warning",
        **options,
    )


def _serve_workers(
    current: Any, workers: int, options: dict[str, Any], scheme: str, mtls: str
) -> None:
    """Several processes, each building the app from the environment (``web._factory``)."""
    import os

    import uvicorn

    if current.resolved_store_url.startswith("sqlite"):
        err_console.print(
            "[yellow]Several workers on a SQLite store take turns writing; use PostgreSQL"
            " (LIENTHONG_STORE_URL) to scale out.[/]"
        )
    os.environ["LIENTHONG_HOME"] = str(current.home.resolve())
    os.environ["LIENTHONG_DEV_MODE"] = "true" if current.dev_mode else "false"
    err_console.print(
        f"[bold green]Serving lienthong on {scheme}://{current.host}:{current.port}[/] with"
        f" {workers} workers (mTLS {mtls}) — Ctrl+C to stop"
    )
    uvicorn.run(
        "lienthong.web._factory:app_from_environment",
        factory=True,
        workers=workers,
        host=current.host,
        port=current.port,
        http="lienthong.web._factory:WorkerProtocol",
        log_level="warning",
        **options,
    )


def _tls_options(pki: Path, host: str, required: bool) -> dict[str, Any]:
    from lienthong.exchange import PlatformCA

    ca = PlatformCA.load(pki)
    cert = pki / "server" / f"{host}.crt"
    key = pki / "server" / f"{host}.key"
    if not cert.exists():  # files are named after the first host name
        names = list(dict.fromkeys([host, "localhost", "127.0.0.1"]))
        ca.issue_server(names).write(pki / "server")
    return {
        "ssl_certfile": str(cert),
        "ssl_keyfile": str(key),
        "ssl_ca_certs": str(ca.cert_path),
        "ssl_cert_reqs": ssl.CERT_REQUIRED if required else ssl.CERT_OPTIONAL,
    }
