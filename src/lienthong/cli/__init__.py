"""The ``lienthong`` command line.

Each capability adds a command group here; commands are thin: they parse arguments, call the
same services the web layer calls, and print. Errors become one sentence and an exit code.
"""

from __future__ import annotations

import os
import sys

import typer

from lienthong.cli._output import err_console
from lienthong.errors import LienthongError

__all__ = ["app", "main"]

app = typer.Typer(
    name="lienthong",
    help=(
        "Liên thông dữ liệu — connect a city's sector databases: registry, secure exchange, "
        "sync, record linkage and data quality.\n\n"
        "Start with `lienthong demo`: it builds a synthetic Ho Chi Minh City, registers it and "
        "serves the API."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


_registered = False


def _register_commands() -> None:
    """Attach every command group once (imports stay lazy until the CLI actually runs)."""
    global _registered
    if _registered:
        return
    _registered = True
    from lienthong.cli import city, demo, registry

    app.add_typer(city.app, name="city")
    app.add_typer(registry.app, name="registry")
    app.command("demo")(demo.demo)
    from lienthong.cli import ca, consent, rights, serve

    app.add_typer(ca.app, name="ca")
    app.add_typer(rights.app, name="rights")
    app.add_typer(consent.app, name="consent")
    app.command("serve")(serve.serve)
    from lienthong.cli import sync

    app.add_typer(sync.app, name="sync")
    from lienthong.cli import quality

    app.add_typer(quality.app, name="quality")
    from lienthong.cli import audit

    app.add_typer(audit.app, name="audit")
    from lienthong.cli import link

    app.add_typer(link.app, name="link")
    from lienthong.cli import accounts

    app.add_typer(accounts.app, name="accounts")
    from lienthong.cli import eid

    app.add_typer(eid.app, name="eid")
    from lienthong.cli import procedures

    app.add_typer(procedures.app, name="procedures")
    from lienthong.cli import store

    app.add_typer(store.app, name="store")


def main() -> None:
    """Entry point: run the CLI, turning lienthong errors into a sentence and an exit code."""
    _register_commands()
    try:
        app()
    except LienthongError as exc:
        err_console.print(f"[bold red]Error:[/] {exc.message}")
        if exc.hint:
            err_console.print(f"[yellow]Hint:[/] {exc.hint}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err_console.print("[yellow]Interrupted.[/]")
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("LIENTHONG_DEBUG"):
            raise
        err_console.print(
            f"[bold red]Unexpected error:[/] {type(exc).__name__}: {exc}\n"
            "This is a bug in lienthong. Run again with LIENTHONG_DEBUG=1 to see the traceback "
            "and report it."
        )
        sys.exit(1)
