"""`lienthong ca …`: the platform's certificate authority and client-system credentials."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from lienthong.cli._output import console, print_json

if TYPE_CHECKING:
    from lienthong.store import Store

app = typer.Typer(
    help=(
        "The platform CA: every calling system gets a certificate (CN = its system code) and a "
        "key that also signs its bearer tokens.\n\n"
        "Typical start: `lienthong ca init`, then `lienthong ca issue BHXH-HCM --agency BHXH-HCM`"
        ", then `lienthong ca token BHXH-HCM` for a token to call the gateway with."
    ),
    no_args_is_help=True,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]
KeyTypeOption = Annotated[
    str, typer.Option("--key-type", help="ed25519 (default) or p256 for older TLS stacks.")
]
DirOption = Annotated[
    Path | None, typer.Option("--dir", help="CA folder (default: HOME/pki, HOME from settings).")
]


def _pki(directory: Path | None) -> Path:
    from lienthong.cli._context import settings

    return directory if directory is not None else settings().home / "pki"


def _key_type(value: str) -> Literal["ed25519", "p256"]:
    from lienthong.errors import InputError

    if value not in ("ed25519", "p256"):
        raise InputError(f"Unknown key type {value!r}.", hint="Use ed25519 or p256.")
    return "ed25519" if value == "ed25519" else "p256"


@app.command("init")
def init(
    directory: DirOption = None,
    name: Annotated[str, typer.Option(help="The CA's Common Name.")] = "lienthong platform CA",
    key_type: KeyTypeOption = "ed25519",
    days: Annotated[int, typer.Option(help="Validity in days.")] = 3650,
    json_output: JsonFlag = False,
) -> None:
    """Create the platform CA (ca.key, mode 0600, and ca.crt). Refuses to overwrite one."""
    from lienthong.exchange import PlatformCA

    ca = PlatformCA.init(_pki(directory), name=name, key_type=_key_type(key_type), days=days)
    result = {"directory": str(ca.directory), "certificate": str(ca.cert_path)}
    if json_output:
        print_json(result)
    else:
        console.print(f"Created the platform CA in [bold]{ca.directory}[/]")
        console.print(f"Give [bold]{ca.cert_path}[/] to every system: it is the trust anchor.")


@app.command("issue")
def issue(
    system: Annotated[str, typer.Argument(help="System code, e.g. BHXH-HCM (the cert's CN).")],
    name: Annotated[str | None, typer.Option(help="Human name of the system.")] = None,
    agency: Annotated[str | None, typer.Option(help="Agency that owns it, e.g. BHXH-HCM.")] = None,
    server: Annotated[
        bool, typer.Option("--server", help="Issue a TLS server certificate for the gateway.")
    ] = False,
    directory: DirOption = None,
    out: Annotated[Path | None, typer.Option(help="Where to write SYSTEM.crt/.key.")] = None,
    key_type: KeyTypeOption = "ed25519",
    days: Annotated[int, typer.Option(help="Validity in days.")] = 365,
    json_output: JsonFlag = False,
) -> None:
    """Issue a client certificate + key for SYSTEM and register both with the platform.

    With --server, SYSTEM is the gateway's host name (or IP) and nothing is registered.
    """
    from lienthong.cli._context import open_store
    from lienthong.exchange import ClientDirectory, PlatformCA

    pki = _pki(directory)
    ca = PlatformCA.load(pki)
    if server:
        issued = ca.issue_server([system], key_type=_key_type(key_type), days=days)
        cert, key = issued.write(out or pki / "server")
    else:
        issued = ca.issue_client(system, key_type=_key_type(key_type), days=days)
        store = open_store()
        clients = ClientDirectory(store)
        if clients.find(system) is None:
            clients.register(system, name or system, agency=agency)
            _record(store, "CLIENT_REGISTERED", system, agency)
        clients.add_key(system, certificate_pem=issued.certificate_pem)
        cert, key = issued.write(out or pki / "clients")
        _record(store, "CLIENT_CERTIFICATE_ISSUED", system, agency, issued.fingerprint)
    result = {
        "system": system,
        "certificate": str(cert),
        "key": str(key),
        "fingerprint": issued.fingerprint,
        "registered": not server,
    }
    if json_output:
        print_json(result)
    else:
        console.print(f"Issued [bold]{system}[/]: {cert} and {key} (keep the key secret)")
        console.print(f"Key fingerprint (token kid): {issued.fingerprint}")


def _record(
    store: Store, event: str, system: str, agency: str | None, fingerprint: str | None = None
) -> None:
    from lienthong.audit import EventType
    from lienthong.cli._context import settings
    from lienthong.exchange import record_admin

    data: dict[str, str | int | bool | None] = {"system": system}
    if fingerprint:
        data["fingerprint"] = fingerprint
    record_admin(store, settings().home, EventType(event), client_agency=agency, data=data)


@app.command("token")
def token(
    system: Annotated[str, typer.Argument(help="System code whose key signs the token.")],
    key: Annotated[
        Path | None, typer.Option(help="Private key (default: HOME/pki/clients).")
    ] = None,
    lifetime: Annotated[int, typer.Option(help="Seconds the token lives.")] = 300,
    directory: DirOption = None,
) -> None:
    """Print a short-lived bearer token for SYSTEM (for curl and scripts; stdout only).

    Refuses a key that is not registered to SYSTEM or has been revoked (the gateway would
    refuse the token anyway)."""
    from lienthong.cli._context import open_store, settings
    from lienthong.exchange import ClientDirectory, load_private_key, mint_registered_token

    path = key or _pki(directory) / "clients" / f"{system}.key"
    signed = mint_registered_token(
        ClientDirectory(open_store()),
        system,
        load_private_key(path),
        audience=settings().gateway_audience,
        lifetime_s=lifetime,
    )
    typer.echo(signed)


@app.command("revoke")
def revoke(
    fingerprint: Annotated[
        str, typer.Argument(help="Key fingerprint (printed by `ca issue`, the token kid).")
    ],
) -> None:
    """Revoke a client key or certificate: calls signed or presented with it get 401 (within
    10 s on running gateways)."""
    from lienthong.cli._context import open_store
    from lienthong.exchange import ClientDirectory

    store = open_store()
    directory = ClientDirectory(store)
    found = directory.credential(fingerprint)
    directory.revoke_key(fingerprint)
    system = found.client if found else "?"
    _record(store, "CLIENT_CERTIFICATE_REVOKED", system, None, fingerprint)
    console.print(f"Revoked key {fingerprint} of {system}.")


@app.command("list")
def list_clients(json_output: JsonFlag = False) -> None:
    """The registered client systems."""
    from lienthong.cli._context import open_store
    from lienthong.cli._output import print_table
    from lienthong.exchange import ClientDirectory

    found = ClientDirectory(open_store()).list()
    if json_output:
        print_json([c.__dict__ for c in found])
        return
    print_table(
        "Client systems",
        ["code", "name", "agency", "active"],
        [(c.code, c.name, c.agency, "yes" if c.active else "no") for c in found],
    )
