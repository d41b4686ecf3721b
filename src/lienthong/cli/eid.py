"""`lienthong eid …`: the e-ID (OpenID Connect) login's keys and the sandbox provider."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Annotated

import typer

from lienthong.cli._output import console, err_console, print_json

app = typer.Typer(
    help=(
        "e-ID login for citizens (OpenID Connect). lienthong is the relying party: register "
        "its public key (`lienthong eid jwks`) and callback URL (/eid/callback) at the "
        "provider, then set LIENTHONG_EID_ISSUER. For the synthetic city, `lienthong eid "
        "sandbox` runs a SANDBOX provider (node oidc-provider) whose citizens log in with their "
        "CCCD; see docs/e-id.md."
    ),
    no_args_is_help=True,
)


@app.command()
def jwks() -> None:
    """Print lienthong's public JWKS (EC P-256, for private_key_jwt) to register at the provider."""
    from lienthong.cli._context import settings
    from lienthong.eid import public_jwks

    print_json(public_jwks(settings().home))


def _citizens(population: Path, count: int) -> dict[str, dict[str, object]]:
    """The first ``count`` citizens of the synthetic population register, as sandbox accounts."""
    from lienthong.errors import NotFoundError

    if not population.exists():
        raise NotFoundError(
            f"No population register at {population}.",
            hint="Build the demo city first (`lienthong demo --no-serve`) or pass --population.",
        )
    with sqlite3.connect(f"file:{population}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT so_dinh_danh, ho_ten, ngay_sinh FROM cong_dan ORDER BY so_dinh_danh LIMIT ?",
            (count,),
        ).fetchall()
    return {
        str(cccd): {"name": name, "birthdate": born, "level": 2 if i % 2 == 0 else 1}
        for i, (cccd, name, born) in enumerate(rows)
    }


@app.command()
def sandbox(
    port: Annotated[int, typer.Option(help="Port of the sandbox provider on 127.0.0.1.")] = 9090,
    app_url: Annotated[
        str, typer.Option(help="Where lienthong serves (its /eid/callback is registered).")
    ] = "http://127.0.0.1:8000",
    population: Annotated[
        Path | None,
        typer.Option(help="The population register (default HOME/city/population.db)."),
    ] = None,
    citizens: Annotated[int, typer.Option(help="How many sandbox accounts.")] = 20,
) -> None:
    """Run the SANDBOX e-ID provider for the synthetic city until Ctrl+C (demos and tests only).

    Its accounts are the first citizens of the population register: log in with a CCCD (any
    password; even rows are e-ID level 2, odd rows level 1), or CCCD:1 / CCCD:2 to choose the
    level of that login. Start lienthong with
    LIENTHONG_EID_ISSUER=http://127.0.0.1:PORT.
    """
    from lienthong.cli._context import settings
    from lienthong.eid._sandbox import sandbox_command

    home = settings().home
    accounts = _citizens(population or home / "city" / "population.db", citizens)
    argv, env = sandbox_command(
        home, port=port, app_url=app_url, client_id=settings().eid_client_id, accounts=accounts
    )
    err_console.print(
        "[bold yellow]SANDBOX e-ID provider — synthetic citizens only, never for real people.[/]"
    )
    first = next(iter(accounts))
    console.print(
        f"Issuer http://127.0.0.1:{port}; log in with a CCCD such as {first} (any password;\n"
        f"{first}:1 or {first}:2 chooses the e-ID level).\n"
        f"Serve lienthong with LIENTHONG_EID_ISSUER=http://127.0.0.1:{port} and open "
        f"{app_url.rstrip('/')}/toi"
    )
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(argv[0], argv, env)  # the provider replaces this process: Ctrl+C stops it
