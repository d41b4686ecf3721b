"""The monthly report per agency, in the national portal's terms (QĐ 766/QĐ-TTg indicators).

For each deciding agency and calendar month (Vietnam time, UTC+7, no daylight saving):

* ``REUSED_DIGITIZED_DATA``: the share of dossiers received in the month with at least one
  component reused from digitised data; its score is ``min(1, share / 80 %)`` of the indicator's
  points (full points at 80 %, as the national portal scores it);
* ``CITIZEN_DATA_CONNECTED_DOSSIER``: dossiers that used the population database;
* ``CITIZEN_DATA_CONNECTED_FORMALITY``: the agency's procedures that read it;
* fields prefilled and papers no longer asked for (a paper counts as avoided in a dossier when
  every field that replaces it was reused);
* the agency's exchange in the month, from the audit log's hourly rollups: calls it made,
  calls it served and calls refused to it.

Dossiers are read once per report (received in the month: submitted, not drafts) and the
exchange figures come from ``audit_rollup``, never the raw log. Missing is not zero: an agency
without dossiers in the month has no share (``None``), and a month not yet over is marked
incomplete.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select

from lienthong.errors import InputError
from lienthong.store import Store

VIETNAM = timezone(timedelta(hours=7))
#: Full points for ``REUSED_DIGITIZED_DATA`` from this share of dossiers on.
REUSE_TARGET = 0.8
#: The registered source that holds the population database (the city manifest's
#: ``population.cong_dan``); a component fetched from a service over one of its datasets used it.
POPULATION_SOURCE = "population"


@dataclass(frozen=True)
class Month:
    """A calendar month in Vietnam time, as UTC bounds."""

    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """``YYYY-MM`` (bad input: :class:`InputError`)."""
        try:
            year, month = (int(part) for part in text.split("-"))
        except ValueError:
            raise InputError(f"{text!r} is not a month (YYYY-MM).") from None
        if not (2000 <= year <= 2100 and 1 <= month <= 12) or len(text) != 7:
            raise InputError(f"{text!r} is not a month (YYYY-MM).")
        return cls(year, month)

    @classmethod
    def of(cls, moment: datetime) -> Month:
        local = moment.astimezone(VIETNAM)
        return cls(local.year, local.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def start(self) -> datetime:
        return datetime(self.year, self.month, 1, tzinfo=VIETNAM).astimezone(UTC)

    @property
    def end(self) -> datetime:
        return self.next().start

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)


@dataclass
class AgencyMonth:
    """One agency's row of the report (``None``: no data, never zero)."""

    agency: str
    dossiers: int = 0
    reusing: int = 0
    population: int = 0
    fields_prefilled: int = 0
    papers_avoided: int = 0
    procedures: int = 0
    procedures_connected: int = 0
    calls_made: int | None = None
    calls_served: int | None = None
    calls_refused: int | None = None

    @property
    def reuse_share(self) -> float | None:
        return self.reusing / self.dossiers if self.dossiers else None

    @property
    def reuse_score(self) -> float | None:
        """The share of ``REUSED_DIGITIZED_DATA``'s points earned: ``min(1, share / 0.8)``."""
        share = self.reuse_share
        return None if share is None else min(1.0, share / REUSE_TARGET)

    @property
    def population_share(self) -> float | None:
        return self.population / self.dossiers if self.dossiers else None


@dataclass(frozen=True)
class ProcedureShape:
    """What the report needs of a procedure: its agency, its papers and the services it reads."""

    agency: str
    papers: tuple[tuple[str, ...], ...]  # per paper avoided: the fields that replace it
    sources: tuple[str, ...]  # service refs, "PROVIDER/code/version"


def tally(
    dossiers: Iterable[Mapping[str, Any]],
    procedures: Mapping[str, ProcedureShape],
    population_refs: set[str],
) -> dict[str, AgencyMonth]:
    """The report's dossier figures per agency (a pure function: tested cell by cell)."""
    rows: dict[str, AgencyMonth] = {}

    def row(agency: str) -> AgencyMonth:
        return rows.setdefault(agency, AgencyMonth(agency))

    for shape in procedures.values():
        found = row(shape.agency)
        found.procedures += 1
        found.procedures_connected += any(ref in population_refs for ref in shape.sources)
    for dossier in dossiers:
        found = row(str(dossier["agency"]))
        reused = {c["name"] for c in dossier["components"] if c.get("reused")}
        found.dossiers += 1
        found.reusing += bool(reused)
        found.fields_prefilled += len(reused)
        found.population += any(
            c.get("reused") and c.get("source") in population_refs for c in dossier["components"]
        )
        spec = procedures.get(str(dossier["procedure"]))
        if spec is not None:
            found.papers_avoided += sum(1 for paper in spec.papers if set(paper) <= reused)
    return rows


def population_refs(store: Store) -> set[str]:
    """The data services over a dataset of :data:`POPULATION_SOURCE`."""
    from lienthong.registry import Registry

    return {
        f"{s.provider}/{s.code}/{s.version}"
        for s in Registry(store).list_services()
        if s.dataset.split(".", 1)[0] == POPULATION_SOURCE
    }


def _dossiers(store: Store, month: Month) -> list[Mapping[str, Any]]:
    from lienthong.procedures._tables import procedure_dossier as table

    query = select(table.c.agency, table.c.procedure, table.c.components).where(
        table.c.status != "draft",
        table.c.submitted_ts >= month.start.timestamp(),
        table.c.submitted_ts < month.end.timestamp(),
    )
    with store.connect() as conn:
        return [dict(row) for row in conn.execute(query).mappings()]


def _exchange(store: Store, month: Month) -> dict[str, tuple[int, int, int]]:
    """Per agency: calls made (allowed), calls served (allowed), calls refused to it."""
    from lienthong.audit._rollup import audit_rollup as table

    # Hours are UTC "YYYY-MM-DDTHH" and sort as text, so the month is a range of them.
    low, high = (moment.strftime("%Y-%m-%dT%H") for moment in (month.start, month.end))
    query = (
        select(table.c.client_agency, table.c.provider, table.c.outcome, table.c.count)
        .where(table.c.hour >= low, table.c.hour < high)
        .where(table.c.event.in_(("SERVICE_CALL", "SERVICE_CALL_REFUSED", "SERVICE_CALL_FAILED")))
    )
    made: dict[str, list[int]] = {}
    with store.connect() as conn:
        for client, provider, outcome, count in conn.execute(query):
            if outcome == "allowed":
                made.setdefault(client, [0, 0, 0])[0] += count
                made.setdefault(provider, [0, 0, 0])[1] += count
            elif outcome == "denied":
                made.setdefault(client, [0, 0, 0])[2] += count
    return {agency: (a, b, c) for agency, (a, b, c) in made.items()}


@dataclass
class MonthlyReport:
    month: Month
    complete: bool  # the month is over: every dossier and call of it has arrived
    rows: list[AgencyMonth]


def monthly_report(
    store: Store,
    procedures: Mapping[str, ProcedureShape],
    month: Month,
    *,
    now: datetime | None = None,
    agencies: Sequence[str] = (),
) -> MonthlyReport:
    """The report for ``month``; every agency with procedures, dossiers or calls gets a row."""
    rows = tally(_dossiers(store, month), procedures, population_refs(store))
    for agency in agencies:
        rows.setdefault(agency, AgencyMonth(agency))
    exchange = _exchange(store, month)
    for agency, (made, served, refused) in exchange.items():
        row = rows.setdefault(agency, AgencyMonth(agency))
        row.calls_made, row.calls_served, row.calls_refused = made, served, refused
    if exchange:  # the log has calls in the month: an agency without any made or served none
        for row in rows.values():
            row.calls_made = row.calls_made or 0
            row.calls_served = row.calls_served or 0
            row.calls_refused = row.calls_refused or 0
    complete = (now or datetime.now(UTC)) >= month.end
    return MonthlyReport(month, complete, [rows[key] for key in sorted(rows)])


CSV_COLUMNS = (
    *(f.name for f in fields(AgencyMonth)),
    "reuse_share",
    "reuse_score",
    "population_share",
)


def as_csv(report: MonthlyReport) -> str:
    """The report as CSV (UTF-8, one row per agency; an empty cell is "no data", not zero)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("month", "complete", *CSV_COLUMNS))
    for row in report.rows:
        values = [getattr(row, name) for name in CSV_COLUMNS]
        writer.writerow(
            (
                str(report.month),
                str(report.complete).lower(),
                *("" if v is None else round(v, 4) if isinstance(v, float) else v for v in values),
            )
        )
    return out.getvalue()
