"""The ``lienthong`` command line.

Each capability adds a command group here; commands are thin: they parse arguments, call the
same services the web layer calls, and print. Errors become one sentence and an exit code.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from lienthong.errors import LienthongError

__all__ = ["COMMANDS", "app", "main"]

#: Every top-level command: name → (module, attribute, the line ``lienthong --help`` shows).
#: A command's module is imported only when that command runs (or its own ``--help`` is
#: asked for): ``lienthong --help`` never loads the store, the city generator or the web app.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "demo": ("lienthong.cli.demo", "demo", "Build a synthetic city, register it, run every "
             "capability on it, serve the API."),
    "serve": ("lienthong.cli.serve", "serve", "Serve the lienthong API until Ctrl+C."),
    "city": ("lienthong.cli.city", "app", "The synthetic Hồ Chí Minh City: six sector databases "
             "with ground truth."),
    "registry": ("lienthong.cli.registry", "app", "The catalog: agencies, their databases, "
                 "datasets and data services."),
    "ca": ("lienthong.cli.ca", "app", "The platform CA: certificates, keys and bearer tokens "
           "of calling systems."),
    "rights": ("lienthong.cli.rights", "app", "Who may call which data service, for which "
               "purpose, receiving which fields."),
    "consent": ("lienthong.cli.consent", "app", "Citizens' consents for personal data."),
    "sync": ("lienthong.cli.sync", "app", "Synchronisation: capture changes at a source and "
             "deliver them to subscribing agencies."),
    "quality": ("lienthong.cli.quality", "app", "Data quality by Project 06's four words: "
                "đúng, đủ, sạch, sống."),
    "audit": ("lienthong.cli.audit", "app", "The tamper-evident audit log: verify, export, "
              "show who accessed a citizen's data."),
    "link": ("lienthong.cli.link", "app", "Record linkage: the same person or business across "
             "agencies, one master id."),
    "accounts": ("lienthong.cli.accounts", "app", "Local dashboard accounts: leaders, agencies, "
                 "operators."),
    "eid": ("lienthong.cli.eid", "app", "e-ID login for citizens (OpenID Connect)."),
    "procedures": ("lienthong.cli.procedures", "app", "Once-only procedures that citizens do "
                   "at /thu-tuc after an e-ID login."),
    "store": ("lienthong.cli.store", "app", "The platform store's schema: status and upgrade."),
}  # fmt: skip


def load_command(name: str) -> Any:
    """The click command behind ``name`` (importing its module now)."""
    module, attribute, _ = COMMANDS[name]
    target = getattr(importlib.import_module(module), attribute)
    if isinstance(target, typer.Typer):  # a command group, as `app.add_typer` would mount it
        command: Any = typer.main.get_group(target)
    else:  # a single command function
        single = typer.Typer(add_completion=False)
        single.command(name)(target)
        command = typer.main.get_command(single)
    command.name = name
    return command


class LazyGroup(TyperGroup):
    """The root command: subcommands are loaded on first use, listed from :data:`COMMANDS`."""

    _listing = False

    def list_commands(self, ctx: Any) -> list[str]:
        return [*COMMANDS, *(n for n in super().list_commands(ctx) if n not in COMMANDS)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None or cmd_name not in COMMANDS:
            return command
        if self._listing:  # `lienthong --help`: the summary line is all it needs
            summary = COMMANDS[cmd_name][2]
            return TyperCommand(cmd_name, help=summary, short_help=summary)
        command = load_command(cmd_name)
        self.add_command(command, cmd_name)
        return command

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False


app = typer.Typer(
    name="lienthong",
    cls=LazyGroup,
    help=(
        "Liên thông dữ liệu — connect a city's sector databases: registry, secure exchange, "
        "sync, record linkage and data quality.\n\n"
        "Start with `lienthong demo`: it builds a synthetic Ho Chi Minh City, registers it and "
        "serves the API.\n\n"
        "Commands work on a platform home: LIENTHONG_HOME when set, else the nearest "
        "lienthong-demo/ (or folder holding platform.db) in the current folder or a parent, "
        "as git finds its repository. LIENTHONG_STORE_URL names another platform store."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    # The root's help is click's plain text: Typer's rich help loads rich, Markdown and Pygments
    # (about half of `lienthong --help`'s start-up). Each command group keeps the rich help.
    rich_markup_mode=None,
)


@app.callback()
def _root() -> None:
    # Typer builds a group only around at least one callback or command; the commands come
    # from LazyGroup, so the root's callback does nothing.
    pass


def _register_commands() -> None:
    """Kept for callers that registered the groups eagerly: the root now loads them itself."""


def main() -> None:
    """Entry point: run the CLI, turning lienthong errors into a sentence and an exit code."""
    _register_commands()
    try:
        app()
    except KeyboardInterrupt:
        _say("[yellow]Interrupted.[/]")
        sys.exit(130)
    except LienthongError as exc:
        _say(f"[bold red]Error:[/] {exc.message}")
        if exc.hint:
            _say(f"[yellow]Hint:[/] {exc.hint}")
        sys.exit(exc.exit_code)
    except Exception as exc:
        if os.environ.get("LIENTHONG_DEBUG"):
            raise
        _say(
            f"[bold red]Unexpected error:[/] {type(exc).__name__}: {exc}\n"
            "This is a bug in lienthong. Run again with LIENTHONG_DEBUG=1 to see the traceback "
            "and report it."
        )
        sys.exit(1)


def _say(markup: str) -> None:
    """Print to stderr through rich, loaded only now: ``--help`` never needs it."""
    from lienthong.cli._output import err_console

    err_console.print(markup)
