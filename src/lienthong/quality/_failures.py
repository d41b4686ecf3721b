"""The failing rows of one check, capped and paged: what a data steward fixes next."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lienthong.errors import InputError
from lienthong.quality._engine import QualityEngine, row_relation
from lienthong.quality._model import CheckSpec, RowQuery

MAX_LIMIT = 1000


@dataclass(frozen=True)
class FailurePage:
    dataset: str
    check: str
    engine: str
    failing: int  # rows failing in total
    page: int
    limit: int
    rows: list[dict[str, Any]]

    @property
    def pages(self) -> int:
        return max(1, -(-self.failing // self.limit))


def failing_rows(
    engine: QualityEngine, spec: CheckSpec, *, limit: int = 20, page: int = 1
) -> FailurePage:
    """Page ``page`` (1-based) of the rows failing ``spec``, ``limit`` per page (≤ 1000)."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"--limit must be between 1 and {MAX_LIMIT}; got {limit}.")
    if page < 1:
        raise InputError(f"--page starts at 1; got {page}.")
    planned = engine.plan(spec)
    query = planned.compiled
    if not isinstance(query, RowQuery):
        raise InputError(
            f"The check {spec.id} measures {spec.dataset} as a whole (e.g. the newest update), "
            "so it has no failing rows to list."
        )
    place = planned.place
    relation = row_relation(query, place.relation_of(spec.dataset))
    where = f"({query.applies}) AND ({query.fails})"
    count = place.query(f"SELECT COUNT(*) AS n FROM {relation} WHERE {where}")[0]["n"]
    dataset = engine.datasets[spec.dataset]
    order = list(query.order_by) or [place.dialect.column(k) for k in dataset.key]
    order_sql = f" ORDER BY {', '.join(order)}" if order else ""
    offset = (page - 1) * limit
    rows = place.query(
        f"SELECT * FROM {relation} WHERE {where}{order_sql} LIMIT {limit} OFFSET {offset}"
    )
    shown = [{k: v for k, v in row.items() if not k.startswith("_iso_")} for row in rows]
    return FailurePage(spec.dataset, spec.id, place.engine, int(count or 0), page, limit, shown)
