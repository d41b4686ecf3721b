"""Linkage views that show people's data to an operator, each audited before it is shown.

``link show`` prints a person's records across agencies (keys, names, the evidence) and ``link
explain`` writes both records' values into a chart file: releases of personal data like a
gateway call or the review queue (``LINK_REVIEW_LISTED``), so each is in the audit log and in
the access log of every citizen whose CCCD the index holds for the records released. The entry
is committed before anything is returned: when the audit log cannot take it, nothing is shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lienthong.audit import EventType
from lienthong.exchange._admin_audit import record_admin
from lienthong.linkage._explain import explain_to_file
from lienthong.linkage._index import IndexEntry, person_records
from lienthong.linkage._tables import link_master_index
from lienthong.store import Store

__all__ = ["explain_audited", "show_person"]

_SHOWN_FIELDS = ("record_key", "full_name", "evidence", "match_weight", "match_probability")


def show_person(store: Store, home: Path, query: str) -> list[IndexEntry]:
    """:func:`person_records`, audited (``LINK_PERSON_SHOWN``) before it is returned."""
    entries = person_records(store, query)
    masters = sorted({e.master_id for e in entries})
    record_admin(
        store,
        home,
        EventType.LINK_PERSON_SHOWN,
        subjects=_subjects(store, masters=masters),
        purpose="LINK-SHOW",
        fields=_SHOWN_FIELDS,
        data={"masters": " ".join(masters), "records": len(entries)},
    )
    return entries


def explain_audited(store: Store, home: Path, left: str, right: str, out: Path) -> dict[str, Any]:
    """:func:`explain_to_file`, audited (``LINK_PAIR_EXPLAINED``) before the file is written."""
    pairs = [tuple(r.split("/", 1)) for r in (left, right) if "/" in r]
    record_admin(
        store,
        home,
        EventType.LINK_PAIR_EXPLAINED,
        subjects=_subjects(store, records=pairs),
        purpose="LINK-EXPLAIN",
        data={"records": f"{left} {right}", "file": str(out)[:200]},
    )
    return explain_to_file(store, left, right, out)


def _subjects(
    store: Store,
    *,
    masters: Iterable[str] = (),
    records: Iterable[tuple[str, ...]] = (),
) -> tuple[str, ...]:
    """The CCCDs the index holds for those master ids or DATASET/KEY records."""
    t = link_master_index
    found: set[str] = set()
    with store.connect() as conn:
        wanted = list(masters)
        if wanted:
            found.update(
                str(c)
                for (c,) in conn.execute(select(t.c.cccd).where(t.c.master_id.in_(wanted)))
                if c
            )
        for dataset, key in records:
            found.update(
                str(c)
                for (c,) in conn.execute(
                    select(t.c.cccd).where(t.c.source_dataset == dataset, t.c.record_key == key)
                )
                if c
            )
    return tuple(sorted(s for s in found if s.isdigit() and len(s) == 12))
