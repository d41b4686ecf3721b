"""`lienthong accounts …`: local accounts for the web dashboard (until e-ID login lands)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from lienthong.cli._output import console, print_json, print_table

if TYPE_CHECKING:
    from lienthong.dashboard import Accounts

app = typer.Typer(
    help=(
        "Local dashboard accounts: a leader sees the city's figures, an agency account its "
        "agency's, an operator everything a leader does. Passwords are stored as scrypt hashes "
        "in dashboard-accounts.json (mode 0600) under the platform home.\n\n"
        "Example: `printf '%s' \"$PASSWORD\" | lienthong accounts add lanh-dao --role leader "
        "--password-stdin`, then log in at http://127.0.0.1:8000/login."
    ),
    no_args_is_help=True,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


def _accounts() -> Accounts:
    from lienthong.cli._context import settings
    from lienthong.dashboard import Accounts

    return Accounts(settings().home)


@app.command()
def add(
    name: Annotated[str, typer.Argument(help="Account name: lower-case ASCII, e.g. lanh-dao.")],
    role: Annotated[str, typer.Option(help="leader, agency or operator.")] = "leader",
    agency: Annotated[
        str | None, typer.Option(help="The agency code of an agency account (CA-HCM).")
    ] = None,
    password_stdin: Annotated[
        bool,
        typer.Option("--password-stdin", help="Read the password from standard input."),
    ] = False,
    json_out: JsonFlag = False,
) -> None:
    """Create or replace an account (the password is asked for, never taken from arguments)."""
    if password_stdin:
        password = sys.stdin.read().rstrip("\n")
    else:
        password = typer.prompt("Password (12+ characters)", hide_input=True)
    accounts = _accounts()
    account = accounts.add(name, password, role, agency)
    if json_out:
        print_json({"name": account.name, "role": account.role, "agency": account.agency})
    else:
        console.print(f"Account {account.name} ({account.role}) saved in {accounts.path}.")


@app.command("list")
def list_accounts(json_out: JsonFlag = False) -> None:
    """The dashboard accounts and their roles (never the password hashes)."""
    accounts = _accounts()
    found = accounts.list()
    if json_out:
        print_json([{"name": a.name, "role": a.role, "agency": a.agency} for a in found])
        return
    print_table(
        "Dashboard accounts",
        ["name", "role", "agency"],
        [(a.name, a.role, a.agency or "") for a in found],
    )


@app.command()
def remove(name: Annotated[str, typer.Argument(help="The account to remove.")]) -> None:
    """Remove an account; its open sessions stop working at the next page."""
    accounts = _accounts()
    accounts.remove(name)
    console.print(f"Account {name} removed.")
