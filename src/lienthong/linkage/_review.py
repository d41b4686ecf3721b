"""Clerical review: the pairs a run was unsure of, and a clerk's decisions about them.

A run scores pairs down to ``review_floor`` (0.2); the pairs between it and ``review_ceiling``
(0.9), on either side of the threshold, are the ones where a person's look is worth most: they
go to ``link_review`` as *pending* (each run replaces its pending pairs). A clerk accepts or
rejects a pair (`lienthong link review accept|reject`); decided pairs stay decided across runs
and the next run obeys them: an accepted pair is a link as firm as a shared CCCD, a rejected
pair's Splink edge is dropped (the two records can still meet through a third one that links
to both).

Listing the queue shows a clerk two people's names, birth dates, identifiers and addresses: a
release of personal data, audited like any other (``LINK_REVIEW_LISTED``, the records'
citizens as subjects where their CCCD is known) before the pairs are returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
from sqlalchemy import Connection, and_, delete, insert, select, update

from lienthong.audit import EventType
from lienthong.errors import InputError, NotFoundError
from lienthong.exchange._admin_audit import record_admin
from lienthong.linkage._tables import link_master_index, link_review
from lienthong.store import Store

PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"


@dataclass(frozen=True)
class Decision:
    """A clerk's verdict on one pair of records (``DATASET/KEY``)."""

    left: str
    right: str
    accepted: bool


def _ordered(left: str, right: str) -> tuple[str, str]:
    return (left, right) if left <= right else (right, left)


def decisions(store: Store) -> list[Decision]:
    """Every decided pair, for the next run to obey."""
    t = link_review
    with store.connect() as conn:
        rows = conn.execute(
            select(t.c.record_l, t.c.record_r, t.c.decision).where(t.c.decision != PENDING)
        ).all()
    return [Decision(r.record_l, r.record_r, r.decision == ACCEPTED) for r in rows]


def apply_decisions(
    con: duckdb.DuckDBPyConnection,
    det_edges: str,
    predictions: str | None,
    records: str,
    found: Sequence[Decision],
) -> int:
    """Accepted pairs join ``det_edges`` (rule ``clerk``), rejected ones leave ``predictions``."""
    if not found:
        return 0
    con.execute("CREATE OR REPLACE TEMP TABLE _decisions (l VARCHAR, r VARCHAR, ok BOOLEAN)")
    con.executemany(
        "INSERT INTO _decisions VALUES (?, ?, ?)", [(d.left, d.right, d.accepted) for d in found]
    )
    con.execute(
        f"INSERT INTO {det_edges} SELECT d.l, d.r, 'clerk' FROM _decisions d "
        f"JOIN {records} a ON a.unique_id = d.l JOIN {records} b ON b.unique_id = d.r WHERE d.ok"
    )
    if predictions:
        con.execute(
            f"DELETE FROM {predictions} p USING _decisions d WHERE NOT d.ok AND "
            "least(p.unique_id_l, p.unique_id_r) = d.l AND greatest(p.unique_id_l, "
            "p.unique_id_r) = d.r"
        )
    return len(found)


def save_queue(
    conn: Connection,
    con: duckdb.DuckDBPyConnection,
    predictions: str | None,
    band: tuple[float, float],
    run_id: int,
) -> int:
    """Replace the pending pairs with this run's pairs in ``band``; returns how many queued."""
    conn.execute(delete(link_review).where(link_review.c.decision == PENDING))
    if not predictions:
        return 0
    decided = {
        (r.record_l, r.record_r)
        for r in conn.execute(select(link_review.c.record_l, link_review.c.record_r))
    }
    rows = con.execute(
        f"SELECT least(unique_id_l, unique_id_r), greatest(unique_id_l, unique_id_r), "
        f"match_weight, match_probability FROM {predictions} "
        f"WHERE match_probability >= ? AND match_probability < ?",
        list(band),
    ).fetchall()
    queued = [
        {"record_l": left, "record_r": right, "match_weight": weight,
         "match_probability": probability, "run_id": run_id, "decision": PENDING}
        for left, right, weight, probability in rows
        if (left, right) not in decided
    ]  # fmt: skip
    if queued:
        conn.execute(insert(link_review), queued)
    return len(queued)


_EVIDENCE = ("master_id", "full_name", "birth_date", "sex", "cccd", "ident", "address_key")


def _records(conn: Connection, ids: set[str]) -> dict[str, dict[str, Any]]:
    t = link_master_index
    found: dict[str, dict[str, Any]] = {}
    for uid in ids:
        dataset, _, key = uid.partition("/")
        row = conn.execute(
            select(*(t.c[c] for c in _EVIDENCE)).where(
                and_(t.c.source_dataset == dataset, t.c.record_key == key)
            )
        ).first()
        found[uid] = dict(row._mapping) if row else {}
    return found


def review_queue(store: Store, decision: str = PENDING, limit: int = 50) -> list[dict[str, Any]]:
    """Pairs with ``decision``, least certain first, each with both records' evidence."""
    if decision not in (PENDING, ACCEPTED, REJECTED):
        raise InputError(f"Unknown decision {decision!r}: pending, accepted or rejected.")
    t = link_review
    with store.connect() as conn:
        rows = conn.execute(
            select(t)
            .where(t.c.decision == decision)
            .order_by((t.c.match_probability - 0.5) * (t.c.match_probability - 0.5))
            .limit(limit)
        ).all()
        records = _records(conn, {r.record_l for r in rows} | {r.record_r for r in rows})
    return [
        dict(r._mapping) | {"left": records[r.record_l], "right": records[r.record_r]} for r in rows
    ]


def pair_subjects(pairs: Sequence[dict[str, Any]]) -> tuple[str, ...]:
    """The CCCDs of the records shown, so the release is in each citizen's access log."""
    found = {str(p[side].get("cccd") or "") for p in pairs for side in ("left", "right")}
    return tuple(sorted(s for s in found if s.isdigit() and len(s) == 12))


def list_for_review(
    store: Store, home: Path, decision: str = PENDING, limit: int = 50
) -> list[dict[str, Any]]:
    """:func:`review_queue`, audited: the entry is committed before a pair is returned."""
    pairs = review_queue(store, decision, limit)
    if pairs:
        # in the order shown (an entry's text is bounded: the first pairs are the ones kept)
        shown = dict.fromkeys(r for p in pairs for r in (p["record_l"], p["record_r"]))
        record_admin(
            store,
            home,
            EventType.LINK_REVIEW_LISTED,
            subjects=pair_subjects(pairs),
            purpose="LINK-REVIEW",
            fields=_EVIDENCE,
            data={"decision": decision, "pairs": len(pairs), "records": " ".join(shown)},
        )
    return pairs


def decide(
    store: Store, left: str, right: str, *, accept: bool, actor: str, reason: str | None = None
) -> dict[str, Any]:
    """Accept or reject a queued pair (a decided pair may be decided again)."""
    first, second = _ordered(left.strip(), right.strip())
    t = link_review
    key = and_(t.c.record_l == first, t.c.record_r == second)
    with store.begin() as conn:
        found = conn.execute(select(t.c.decision).where(key)).first()
        if found is None:
            raise NotFoundError(
                f"The pair {first} – {second} is not in the review queue.",
                hint="List it with `lienthong link review list`; give both as DATASET/KEY.",
            )
        decision = ACCEPTED if accept else REJECTED
        conn.execute(
            update(t)
            .where(key)
            .values(
                decision=decision, decided_by=actor, decided_at=datetime.now(UTC), reason=reason
            )
        )
    return {"record_l": first, "record_r": second, "decision": decision, "was": found.decision}
