"""Dossiers: a draft holding what prefill fetched, submitted by the citizen, decided by an officer.

Prefilled values live in the draft on the server, so what the citizen posts can only fill the
fields the state does not hold (and flag a prefilled value as wrong): a posted value never
replaces a register's. Drafts never submitted are purged after ``DRAFT_TTL_S``. Reuse figures
come straight from the stored components (the national portal's "share of dossiers reusing
digitised data").
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from lienthong.errors import ConflictError, InputError, NotFoundError
from lienthong.procedures._corrections import open_requests
from lienthong.procedures._model import FromCitizen, Procedure
from lienthong.procedures._prefill import Component
from lienthong.procedures._tables import procedure_dossier, procedure_rollup
from lienthong.store import Store

DRAFT_TTL_S = 24 * 3600


@dataclass(frozen=True)
class Dossier:
    id: str
    procedure: str
    agency: str
    subject: str
    status: str
    created_ts: float
    submitted_ts: float | None
    decided_ts: float | None
    decided_by: str | None
    reason: str | None
    components: list[dict[str, Any]]
    eligibility: list[dict[str, Any]] | None = None

    @property
    def reused(self) -> bool:
        return any(c["reused"] for c in self.components)


def _datasets(store: Store, components: list[dict[str, Any]]) -> dict[str, str | None]:
    """Each flagged value's service -> the registered dataset it reads (None if unknown)."""
    from lienthong.errors import LienthongError
    from lienthong.exchange import ServiceRef
    from lienthong.registry import Registry

    found: dict[str, str | None] = {}
    for component in components:
        source = component.get("source")
        if component.get("flagged_wrong") and source and source not in found:
            ref = ServiceRef.parse(source)
            try:
                found[source] = (
                    Registry(store).get_service(ref.provider, ref.service, ref.version).dataset
                )
            except LienthongError:  # a fixed catalogue (tests, benchmarks): nothing to watch
                found[source] = None
    return found


def _papers_avoided(procedure: Procedure, components: list[dict[str, Any]]) -> int:
    """Papers whose every replacing value came from a register (and was not flagged wrong)."""
    good = {c["name"] for c in components if c["reused"] and not c.get("flagged_wrong")}
    return sum(1 for paper in procedure.papers_avoided if set(paper.replaced_by) <= good)


COUNTERS = ("dossiers", "reusing", "prefilled", "flagged", "papers", "decided")


def _bump(conn: Connection, code: str, agency: str, **add: int) -> None:
    """Add to a procedure's stored figures, creating its row on first use (one upsert)."""
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(procedure_rollup).values(
        procedure=code, agency=agency, **(dict.fromkeys(COUNTERS, 0) | add)
    )
    r = procedure_rollup.c
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[r.procedure],
            set_={k: r[k] + stmt.excluded[k] for k in add},
        )
    )


def _row(row: Any) -> Dossier:
    return Dossier(**{k: row[k] for k in Dossier.__dataclass_fields__})


class Dossiers:
    """``draft_ttl_s``: a draft never submitted is purged once it is older than this (what
    prefill fetched for it goes with it); ``LIENTHONG_PROCEDURE_DRAFT_TTL_S`` in the web app."""

    def __init__(self, store: Store, *, draft_ttl_s: float = DRAFT_TTL_S) -> None:
        self.store = store
        self.draft_ttl_s = draft_ttl_s

    def draft(self, procedure: Procedure, cccd: str, components: list[Component]) -> Dossier:
        now = time.time()
        dossier_id = str(uuid.uuid4())
        with self.store.begin() as conn:
            conn.execute(
                delete(procedure_dossier).where(
                    procedure_dossier.c.status == "draft",
                    procedure_dossier.c.created_ts < now - self.draft_ttl_s,
                )
            )
            conn.execute(
                insert(procedure_dossier).values(
                    id=dossier_id,
                    procedure=procedure.code,
                    agency=procedure.agency,
                    subject=cccd,
                    status="draft",
                    created_ts=now,
                    components=[c.as_dict() for c in components],
                )
            )
        return self.get(dossier_id)

    def get(self, dossier_id: str, *, subject: str | None = None) -> Dossier:
        query = select(procedure_dossier).where(procedure_dossier.c.id == dossier_id)
        if subject is not None:
            query = query.where(procedure_dossier.c.subject == subject)
        with self.store.connect() as conn:
            row = conn.execute(query).mappings().first()
        if row is None:
            raise NotFoundError("No such dossier.")
        return _row(row)

    def submit(
        self,
        procedure: Procedure,
        dossier_id: str,
        cccd: str,
        supplied: Mapping[str, str],
        flagged: set[str],
        *,
        today: dt.date | None = None,
        note: str | None = None,
    ) -> Dossier:
        """Fill the citizen's fields (validated), flag wrong prefilled values, check the
        eligibility rules, submit.

        A rule that is not met refuses the submission with its message (nothing is stored). A
        value the citizen flags as wrong is left out of the rules (they read it as unknown), so
        a wrong register value never bars anyone: the officer sees the rule as not checked.
        """
        dossier = self.get(dossier_id, subject=cccd)
        if dossier.status != "draft":
            raise ConflictError("This dossier was already submitted.")
        specs = {f.name: f for f in procedure.fields}
        components = []
        for component in dossier.components:
            spec = specs[component["name"]]
            if component["reused"]:
                component["flagged_wrong"] = component["name"] in flagged
            elif spec.lookup is not None:
                pass  # derived below, from the values the citizen confirmed or typed
            else:
                value = (supplied.get(component["name"]) or "").strip()
                bound = spec.citizen.max_length if spec.citizen is not None else 200
                required = (spec.citizen or spec.source or FromCitizen()).required
                if len(value) > bound:
                    raise InputError(f"{spec.label.vi}: at most {bound} characters.")
                if required and not value:
                    raise InputError(f"{spec.label.vi} / {spec.label.en}: required.")
                component["value"] = value or None
            components.append(component)
        derived = procedure.derive(
            {c["name"]: c["value"] for c in components if not c.get("flagged_wrong")}
        )
        for component in components:
            if component["name"] in derived:
                made = derived[component["name"]]
                component |= {"value": made.value, "derived": True, "source": made.note}
                component["unavailable"] = made.why
        datasets = _datasets(self.store, components)
        values = {c["name"]: c["value"] for c in components if not c.get("flagged_wrong")}
        verdicts = procedure.eligible(values, today)
        unmet = [v for v in verdicts if v.met is False]
        if unmet:
            raise InputError(
                "Chưa đủ điều kiện / Not eligible: "
                + " ".join(f"{v.message_vi} ({v.message_en})" for v in unmet)
            )
        with self.store.begin() as conn:
            conn.execute(
                update(procedure_dossier)
                .where(procedure_dossier.c.id == dossier_id)
                .values(
                    status="submitted",
                    submitted_ts=time.time(),
                    components=components,
                    eligibility=[
                        {"rule": v.rule, "met": v.met, "vi": v.message_vi, "en": v.message_en}
                        for v in verdicts
                    ],
                    reused_fields=sum(1 for c in components if c["reused"]),
                    flagged_fields=sum(1 for c in components if c.get("flagged_wrong")),
                    papers_avoided=_papers_avoided(procedure, components),
                )
            )
            reused = sum(1 for c in components if c["reused"])
            _bump(
                conn,
                procedure.code,
                procedure.agency,
                dossiers=1,
                reusing=int(reused > 0),
                prefilled=reused,
                flagged=sum(1 for c in components if c.get("flagged_wrong")),
                papers=_papers_avoided(procedure, components),
            )
            open_requests(  # "this is wrong" goes to the agency holding the value
                conn,
                dossier=dossier_id,
                procedure=procedure.code,
                subject=cccd,
                components=components,
                fields={f.name: f.source.field for f in procedure.prefilled if f.source},
                note=note,
                datasets=datasets,
            )
        return self.get(dossier_id)

    def for_subject(self, cccd: str) -> list[Dossier]:
        query = (
            select(procedure_dossier)
            .where(procedure_dossier.c.subject == cccd, procedure_dossier.c.status != "draft")
            .order_by(procedure_dossier.c.submitted_ts.desc())
        )
        with self.store.connect() as conn:
            return [_row(r) for r in conn.execute(query).mappings()]

    def queue(self, agency: str | None) -> list[Dossier]:
        """Submitted dossiers awaiting a decision (an agency's own, or all for ``None``)."""
        query = select(procedure_dossier).where(procedure_dossier.c.status == "submitted")
        if agency is not None:
            query = query.where(procedure_dossier.c.agency == agency)
        with self.store.connect() as conn:
            return [_row(r) for r in conn.execute(query.order_by("submitted_ts")).mappings()]

    def decidable(
        self, dossier_id: str, *, approve: bool, agency: str | None, reason: str
    ) -> Dossier:
        """The dossier, if this officer may decide it now; the error to show otherwise."""
        dossier = self.get(dossier_id)
        if agency is not None and dossier.agency != agency:
            raise NotFoundError("No such dossier in your agency's queue.")
        if dossier.status != "submitted":
            raise ConflictError(f"This dossier is {dossier.status}, not awaiting a decision.")
        if not approve and not reason.strip():
            raise InputError("A refusal needs its reason (the citizen reads it).")
        return dossier

    def decide(
        self, dossier_id: str, *, approve: bool, officer: str, agency: str | None, reason: str
    ) -> Dossier:
        dossier = self.decidable(dossier_id, approve=approve, agency=agency, reason=reason)
        now = time.time()
        with self.store.begin() as conn:
            done = conn.execute(
                update(procedure_dossier)
                .where(
                    procedure_dossier.c.id == dossier_id,
                    procedure_dossier.c.status == "submitted",  # two officers at once: one wins
                )
                .values(
                    status="approved" if approve else "refused",
                    decided_ts=now,
                    decision_s=now - (dossier.submitted_ts or now),
                    decided_by=officer,
                    reason=reason.strip()[:1000] or None,
                )
            )
            if done.rowcount != 1:
                raise ConflictError("This dossier was decided meanwhile.")
            _bump(conn, dossier.procedure, dossier.agency, decided=1)
        return self.get(dossier_id)

    def stats(self) -> list[dict[str, Any]]:
        """Per procedure: dossiers, the share reusing data (the national indicator: at least
        one component reused), fields prefilled, values flagged wrong, papers avoided and the
        median time from submission to decision. The counts are the stored rollup (kept in
        each submission's and decision's transaction); the median is one index seek each."""
        d = procedure_dossier.c
        out = []
        with self.store.connect() as conn:
            rows = conn.execute(
                select(procedure_rollup).order_by(procedure_rollup.c.procedure)
            ).mappings()
            for row in list(rows):
                median = None
                if row["decided"]:
                    median = conn.execute(
                        select(d.decision_s)
                        .where(d.procedure == row["procedure"], d.decision_s.is_not(None))
                        .order_by(d.decision_s)
                        .offset((row["decided"] - 1) // 2)
                        .limit(1)
                    ).scalar()
                out.append(
                    {
                        "procedure": row["procedure"],
                        "agency": row["agency"],
                        "dossiers": row["dossiers"],
                        "reusing_data": row["reusing"],
                        "reuse_share": round(row["reusing"] / row["dossiers"], 4)
                        if row["dossiers"]
                        else 0.0,
                        "fields_prefilled": row["prefilled"],
                        "flagged_wrong": row["flagged"],
                        "papers_avoided": row["papers"],
                        "decided": row["decided"],
                        "median_decision_s": None if median is None else round(float(median), 1),
                    }
                )
        return out
