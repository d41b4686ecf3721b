"""What an approval writes: the procedure's output row in the deciding agency's own register.

The procedure file names a registered source and table and builds each column from the
dossier's values (the rules' language), for example a health-insurance card row in BHXH's
database. The row is written in one transaction, before the decision is recorded: when the
register refuses or is down, nothing is written, the dossier stays in the queue and the officer
reads why. Success and failure both go to the audit log (``REGISTER_WRITE`` and its ``_FAILED``
twin) under the procedure as purpose, the officer as actor and the people the row is about as
subjects, in the same hash chain as every gateway call; change capture (sync) then carries the
new row to the register's subscribers like any other change.

Only SQL registers take writes: a CSV or spreadsheet source is refused with a sentence.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio.to_thread

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.errors import ConfigError, InputError, LienthongError, SourceError
from lienthong.procedures._dossiers import Dossier, Dossiers
from lienthong.procedures._model import Procedure
from lienthong.procedures._prefill import PORTAL_CLIENT
from lienthong.store import Store

_DRIVERS = {"postgresql": "postgresql+psycopg", "mariadb": "mysql+pymysql"}


def output_row(
    procedure: Procedure, dossier: Dossier, today: dt.date | None = None
) -> dict[str, Any]:
    """The row to write, every column known; :class:`InputError` names the unknown ones."""
    assert procedure.output is not None
    values = {c["name"]: c["value"] for c in dossier.components}
    row = procedure.output_row(values, today)
    unknown = sorted(column for column, value in row.items() if value is None)
    if unknown:
        raise InputError(
            f"The output for {procedure.output.table} cannot be built: no value for "
            + ", ".join(unknown)
            + ".",
            hint="A prefilled value it needs is missing; refuse with a reason or ask the citizen.",
        )
    if procedure.output.updated_at is not None:
        row[procedure.output.updated_at] = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return row


def _engine_url(kind: str, url: str) -> str:
    if kind == "sqlite":
        return f"sqlite:///{url}"
    if kind in _DRIVERS:
        from sqlalchemy.engine import make_url

        return make_url(url).set(drivername=_DRIVERS[kind]).render_as_string(hide_password=False)
    raise ConfigError(
        f"The register {kind} source cannot take a procedure's output: only SQL databases can.",
        hint="Point the procedure's output at a SQLite, PostgreSQL or MariaDB source.",
    )


def insert_row(store: Store, source_code: str, table: str, row: dict[str, Any]) -> None:
    """One INSERT in its own transaction on the registered source (quoted, bound values)."""
    from sqlalchemy import column, create_engine, insert
    from sqlalchemy import table as table_clause
    from sqlalchemy.exc import SQLAlchemyError

    from lienthong.registry import Registry

    source = Registry(store).get_source(source_code)
    engine = create_engine(_engine_url(source.kind, source.url))
    target = table_clause(table, *(column(name) for name in row))
    try:
        with engine.begin() as conn:
            conn.execute(insert(target).values(row))
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", exc)).splitlines()[0][:200]
        raise SourceError(
            f"The register {source_code} refused the new {table} row: {detail}."
        ) from exc
    finally:
        engine.dispose()


def write_output(
    store: Store,
    procedure: Procedure,
    dossier: Dossier,
    officer: str,
    today: dt.date | None = None,
) -> tuple[AuditEvent, LienthongError | None]:
    """Write the output row; returns the audit entry to record and the error, if any."""
    assert procedure.output is not None
    output = procedure.output
    values = {c["name"]: c["value"] for c in dossier.components}
    subjects = tuple(
        dict.fromkeys(
            [dossier.subject] + [str(values[n]) for n in output.subjects if values.get(n)]
        )
    )
    started = time.perf_counter()
    error: LienthongError | None = None
    columns: tuple[str, ...] = ()
    try:
        row = output_row(procedure, dossier, today)
        columns = tuple(row)
        insert_row(store, output.source, output.table, row)
    except LienthongError as exc:
        error = exc
    event = AuditEvent(
        event=EventType.REGISTER_WRITE if error is None else EventType.REGISTER_WRITE_FAILED,
        outcome=Outcome.ALLOWED if error is None else Outcome.ERROR,
        client=PORTAL_CLIENT,
        client_agency=procedure.agency,
        provider=procedure.agency,
        service=f"{output.source}.{output.table}",
        purpose=procedure.code,
        subjects=subjects,
        fields=columns,
        reason=None if error is None else error.message[:300],
        latency_ms=(time.perf_counter() - started) * 1000,
        request_id=f"output-{dossier.id}",
        data={"officer": officer, "dossier": dossier.id},
    )
    return event, error


async def decide(
    dossiers: Dossiers,
    procedure: Procedure,
    dossier_id: str,
    *,
    approve: bool,
    officer: str,
    agency: str | None,
    reason: str,
    audit: Callable[[AuditEvent], Awaitable[Any]],
    today: dt.date | None = None,
) -> Dossier:
    """An officer's decision: on approval, the procedure's output is written to the register
    (and audited, written or not) before the decision is recorded; a failed write leaves the
    dossier in the queue and raises the reason."""
    dossier = await anyio.to_thread.run_sync(
        lambda: dossiers.decidable(dossier_id, approve=approve, agency=agency, reason=reason)
    )
    if approve and procedure.output is not None:
        event, error = await anyio.to_thread.run_sync(
            lambda: write_output(dossiers.store, procedure, dossier, officer, today)
        )
        await audit(event)
        if error is not None:
            raise error
    return await anyio.to_thread.run_sync(
        lambda: dossiers.decide(
            dossier_id, approve=approve, officer=officer, agency=agency, reason=reason
        )
    )
