"""The correction loop: "this value is wrong" reaches the agency that holds it.

When a citizen submits a dossier with a prefilled value flagged as wrong, one correction request
per flagged value is stored in the same transaction as the submission, addressed to the agency
that owns the data service the value came from (not the agency deciding the procedure): the
population register hears about a wrong address even when the procedure is a health-insurance
card. Its officers list the open requests (``lienthong procedures corrections --agency``, and
at ``/dashboard/ho-so``) and close each one as corrected in the register or confirmed as right.

A request also closes by itself when sync sees the value change at the source: it remembers the
register's dataset and the change log's position when it was made, and :meth:`Corrections.
recheck` (run before each listing) reads the dataset's changes since then; a change whose row
names the citizen and holds another value in that column closes it as ``corrected`` by
``sync``. This reads the embedded change log (the platform store), and only columns a service
returns under their own name (an aliased column is left to the officers).
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from lienthong.errors import ConflictError, InputError, NotFoundError
from lienthong.exchange import ServiceRef
from lienthong.procedures._tables import procedure_correction
from lienthong.store import Store

RESOLUTIONS = ("corrected", "confirmed")


@dataclass(frozen=True)
class Correction:
    id: str
    dossier: str
    procedure: str
    agency: str
    service: str
    field: str
    subject: str
    value: str | None
    note: str | None
    request_id: str | None
    dataset: str | None
    since_seq: int | None
    status: str
    created_ts: float
    closed_ts: float | None
    closed_by: str | None
    resolution: str | None

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def open_requests(
    conn: Connection,
    *,
    dossier: str,
    procedure: str,
    subject: str,
    components: list[dict[str, Any]],
    fields: dict[str, str],
    note: str | None,
    datasets: dict[str, str | None],
) -> list[str]:
    """Store one request per flagged component (inside the caller's transaction).
    ``datasets``: service -> the register's dataset, for watching its changes."""
    from lienthong.sync._tables import sync_change

    made = []
    for component in components:
        if not component.get("flagged_wrong") or not component.get("source"):
            continue
        ref = ServiceRef.parse(component["source"])
        dataset = datasets.get(str(ref))
        since = None
        if dataset is not None:
            since = conn.execute(
                select(func.max(sync_change.c.seq)).where(sync_change.c.dataset == dataset)
            ).scalar()
        correction_id = str(uuid.uuid4())
        conn.execute(
            insert(procedure_correction).values(
                id=correction_id,
                dossier=dossier,
                procedure=procedure,
                agency=ref.provider,
                service=str(ref),
                field=fields.get(component["name"], component["name"]),
                subject=subject,
                value=component.get("value"),
                note=(note or "").strip()[:500] or None,
                request_id=component.get("request_id"),
                dataset=dataset,
                since_seq=since or 0,
                status="open",
                created_ts=time.time(),
            )
        )
        made.append(correction_id)
    return made


def _changes(correction: Correction, row: Any) -> bool:
    """A captured row that names the citizen and holds another value in the flagged column."""
    import json

    found = json.loads(row) if isinstance(row, str) else row
    if not isinstance(found, dict) or correction.field not in found:
        return False
    if correction.subject not in {str(v) for v in found.values() if v is not None}:
        return False
    now = found[correction.field]
    return (None if now is None else str(now)) != correction.value


class Corrections:
    def __init__(self, store: Store) -> None:
        self.store = store

    def find(self, agency: str | None = None, *, status: str | None = "open") -> list[Correction]:
        query = select(procedure_correction).order_by(procedure_correction.c.created_ts)
        if agency is not None:
            query = query.where(procedure_correction.c.agency == agency)
        if status is not None:
            query = query.where(procedure_correction.c.status == status)
        with self.store.connect() as conn:
            return [
                Correction(**{k: r[k] for k in Correction.__dataclass_fields__})
                for r in conn.execute(query).mappings()
            ]

    def recheck(self, *, batch: int = 1000, most: int = 100_000) -> list[Correction]:
        """Close the open requests whose value sync has since seen change at the source (at
        most ``most`` changes read per request and call); the ones it closed."""
        from lienthong.sync._tables import sync_change

        closed = []
        pending = self.find(None)
        watched = {c.dataset for c in pending if c.dataset is not None}
        latest: dict[str, int] = {}
        if watched:  # one indexed probe per dataset: the quality report calls this on each view
            with self.store.connect() as conn:
                for dataset in watched:
                    top = conn.execute(
                        select(func.max(sync_change.c.seq)).where(sync_change.c.dataset == dataset)
                    ).scalar()
                    latest[dataset] = int(top or 0)
        for correction in pending:
            if correction.dataset is None or correction.since_seq is None:
                continue
            if correction.since_seq >= latest.get(correction.dataset, 0):
                continue  # nothing logged since it was last read
            after, read, changed_at = correction.since_seq, 0, None
            with self.store.connect() as conn:
                while read < most and changed_at is None:
                    rows = conn.execute(
                        select(sync_change.c.seq, sync_change.c.after_row)
                        .where(
                            sync_change.c.dataset == correction.dataset,
                            sync_change.c.seq > after,
                        )
                        .order_by(sync_change.c.seq)
                        .limit(batch)
                    ).all()
                    if not rows:
                        break
                    for seq, row in rows:
                        after, read = seq, read + 1
                        if _changes(correction, row):
                            changed_at = seq
                            break
            with self.store.begin() as conn:
                still_open = (procedure_correction.c.id == correction.id) & (
                    procedure_correction.c.status == "open"
                )
                values: dict[str, Any] = {"since_seq": after}
                if changed_at is not None:
                    values |= {
                        "status": "corrected",
                        "closed_ts": time.time(),
                        "closed_by": "sync",
                        "resolution": f"Changed in the register (change log seq {changed_at}).",
                    }
                conn.execute(update(procedure_correction).where(still_open).values(values))
            if changed_at is not None:
                closed.append(correction.id)
        return [c for c in self.find(None, status="corrected") if c.id in closed]

    def open_counts(self) -> dict[str, dict[str, int]]:
        """Open requests per holding ``dataset`` (source.table, as quality names it) and per
        ``agency``, shown beside the "đúng" (correct) score in ``quality report`` and the
        dataset drill-down; the score itself counts them through :meth:`failing`. Call
        :meth:`recheck` first so changes seen are closed."""
        counts: dict[str, dict[str, int]] = {"dataset": {}, "agency": {}}
        with self.store.connect() as conn:
            for key in counts:
                column = procedure_correction.c[key]
                rows = conn.execute(
                    select(column, func.count())
                    .where(procedure_correction.c.status == "open", column.is_not(None))
                    .group_by(column)
                ).all()
                counts[key] = {str(name): int(n) for name, n in rows}
        return counts

    def failing(self) -> dict[str, int]:
        """Per holding ``dataset``: the distinct (citizen, field) values under an open request.
        Each fails the "đúng" check ``corrections_open`` until the request closes (the quality
        report folds it into the dataset's score: docs/quality-rules.md); a value flagged in two
        dossiers counts once."""
        pairs = (
            select(
                procedure_correction.c.dataset,
                procedure_correction.c.subject,
                procedure_correction.c.field,
            )
            .where(
                procedure_correction.c.status == "open",
                procedure_correction.c.dataset.is_not(None),
            )
            .distinct()
            .subquery()
        )
        with self.store.connect() as conn:
            rows = conn.execute(
                select(pairs.c.dataset, func.count()).group_by(pairs.c.dataset)
            ).all()
        return {str(dataset): int(n) for dataset, n in rows}

    def get(self, correction_id: str) -> Correction | None:
        query = select(procedure_correction).where(procedure_correction.c.id == correction_id)
        with self.store.connect() as conn:
            row = conn.execute(query).mappings().first()
        if row is None:
            return None
        return Correction(**{k: row[k] for k in Correction.__dataclass_fields__})

    def for_dossier(self, dossier: str) -> list[Correction]:
        query = select(procedure_correction).where(procedure_correction.c.dossier == dossier)
        with self.store.connect() as conn:
            return [
                Correction(**{k: r[k] for k in Correction.__dataclass_fields__})
                for r in conn.execute(query).mappings()
            ]

    def resolve(
        self,
        correction_id: str,
        *,
        agency: str | None,
        officer: str,
        resolution: str,
        note: str = "",
    ) -> Correction:
        """Close a request as ``corrected`` (the register was fixed) or ``confirmed`` (the
        value is right); only the holding agency's officers (``agency``) or an operator."""
        if resolution not in RESOLUTIONS:
            raise InputError(f"A correction is closed as one of: {', '.join(RESOLUTIONS)}.")
        query = select(procedure_correction).where(procedure_correction.c.id == correction_id)
        with self.store.begin() as conn:
            row = conn.execute(query).mappings().first()
            if row is None or (agency is not None and row["agency"] != agency):
                raise NotFoundError("No such correction request for your agency.")
            if row["status"] != "open":
                raise ConflictError(f"This correction request is already {row['status']}.")
            conn.execute(
                update(procedure_correction)
                .where(procedure_correction.c.id == correction_id)
                .values(
                    status=resolution,
                    closed_ts=time.time(),
                    closed_by=officer[:64],
                    resolution=note.strip()[:1000] or None,
                )
            )
        [found] = [c for c in self.for_dossier(row["dossier"]) if c.id == correction_id]
        return found
