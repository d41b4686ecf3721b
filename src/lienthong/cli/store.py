"""`lienthong store …`: the platform store's schema version and its upgrade."""

from __future__ import annotations

from typing import Annotated

import typer

from lienthong.cli._output import console, print_json

app = typer.Typer(
    help=(
        "The platform store's schema. Each lienthong version knows the schema revision it "
        "needs; a store made by an earlier version is refused until it is upgraded. Back the "
        "store up, then run `lienthong store upgrade` (SQLite or PostgreSQL, LIENTHONG_STORE_URL)."
    ),
    no_args_is_help=True,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


def _engine() -> object:
    from sqlalchemy import create_engine

    from lienthong.cli._context import settings

    return create_engine(settings().resolved_store_url)


@app.command()
def status(json_out: JsonFlag = False) -> None:
    """The store's schema revision and the one this lienthong needs."""
    from sqlalchemy import Engine

    from lienthong.store._migrate import state

    engine = _engine()
    assert isinstance(engine, Engine)
    found = state(engine)
    engine.dispose()
    view = {
        "revision": found.revision,
        "needed": found.head,
        "up_to_date": found.current or found.fresh,
        "made_before_migrations": found.own_tables and found.revision is None,
    }
    if json_out:
        print_json(view)
        return
    if view["up_to_date"]:
        console.print(f"The store is at schema revision {found.head} (current).")
    else:
        console.print(
            f"The store is at {found.revision or 'a schema from before migrations'}; this"
            f" lienthong needs {found.head}. Run `lienthong store upgrade`."
        )


@app.command()
def upgrade(json_out: JsonFlag = False) -> None:
    """Apply the missing schema migrations (each in a transaction; nothing is deleted)."""
    from lienthong.audit import AuditKeys
    from lienthong.cli._context import settings
    from lienthong.store import Store
    from lienthong.store._migrate import state

    keys = AuditKeys.load_or_create(settings().home / "keys")  # consents keyed as the audit
    store = Store.open(settings().resolved_store_url, upgrade=True, subject_hash=keys.subject_hash)
    found = state(store.engine)
    store.close()
    if json_out:
        print_json({"revision": found.revision})
    else:
        console.print(f"The store is at schema revision {found.revision}.")
