"""sống (live): data kept up to date, and nobody the register knows is dead still active."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from lienthong.errors import InputError, SourceError
from lienthong.quality._kinds import CheckKind, register_check_kind
from lienthong.quality._model import (
    AggregateQuery,
    CheckContext,
    CheckSpec,
    CompiledCheck,
    Criterion,
    DatasetInfo,
    Outcome,
    RowQuery,
    StoreCheck,
)
from lienthong.quality._sqlparts import DAY_TYPES, id_text, nonblank, trimmed_in

_DURATION = re.compile(
    r"P(?:(?P<y>[0-9]+)Y)?(?:(?P<mo>[0-9]+)M)?(?:(?P<w>[0-9]+)W)?(?:(?P<d>[0-9]+)D)?"
    r"(?:T(?:(?P<h>[0-9]+)H)?(?:(?P<mi>[0-9]+)M)?(?:(?P<s>[0-9]+)S)?)?"
)


def parse_duration(value: str) -> timedelta:
    """An ISO 8601 duration (``P1D``, ``P1M``, ``PT6H``) as a timedelta; a month is 30 days."""
    match = _DURATION.fullmatch(value.strip().upper())
    if not match or value.strip().upper() in ("P", "PT"):
        raise InputError(
            f"{value!r} is not an ISO 8601 duration.", hint="Write e.g. P1D, P1W, P1M, P1Y, PT6H."
        )
    n = {k: int(v) if v else 0 for k, v in match.groupdict().items()}
    days = n["y"] * 365 + n["mo"] * 30 + n["w"] * 7 + n["d"]
    return timedelta(days=days, hours=n["h"], minutes=n["mi"], seconds=n["s"])


def _max_age(spec: CheckSpec, ctx: CheckContext) -> timedelta:
    declared = spec.params.get("max_age") or ctx.dataset.update_frequency
    if not declared:
        raise InputError(
            f"{ctx.dataset.id} declares no update frequency, so staleness cannot be judged.",
            hint="Set update_frequency in the registry or `max_age: P1M` on the rule.",
        )
    return parse_duration(str(declared))


def _cutoff(spec: CheckSpec, ctx: CheckContext) -> str:
    """The day before which a record counts as not touched within the allowed age."""
    age = _max_age(spec, ctx)
    return (ctx.as_of - timedelta(days=max(age.days, 1))).isoformat()


#: The age judged when a stranger's dataset declares no update frequency: a register nobody
#: has touched in a year is not live for any sector; declare a frequency to judge tighter.
UNDECLARED_MAX_AGE = "P1Y"


def _freshness_defaults(kind: str, dataset: DatasetInfo) -> list[CheckSpec]:
    """On the first last-updated column: by the declared frequency, or for a dataset whose
    checks come from profiled roles, by :data:`UNDECLARED_MAX_AGE`."""
    columns = dataset.flagged("updated_at")[:1]
    if dataset.update_frequency:
        return [CheckSpec(dataset.id, kind, (c,)) for c in columns]
    if dataset.from_roles:
        return [CheckSpec(dataset.id, kind, (c,), {"max_age": UNDECLARED_MAX_AGE}) for c in columns]
    return []


@register_check_kind
class SourceAge(CheckKind):
    """Age of the file the dataset is read from, for a dataset with no last-updated column.

    A stranger's CSV of people (FEBRL1) carries no column saying when a record changed, yet
    whether its holder still maintains it is the sống question. The file's modification time
    is when its holder last wrote it: judged against the declared update frequency (or
    ``max_age``, default :data:`UNDECLARED_MAX_AGE`), one pass or fail, with the age in days
    as the observed value. Only file sources (CSV, Excel, SQLite) have one; a database's age
    is not told by anything the platform can read, so it gets no such check.
    """

    name = "source_age"
    criterion = Criterion.LIVE
    summary = "the source file was written within the expected update interval"
    arity = (0, 0)

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        allowed = _max_age(spec, ctx)
        path = ctx.dataset.path
        if path is None:
            raise InputError(
                f"{ctx.dataset.id} is not read from a file, so its source has no age to judge.",
                hint="Flag a last-updated column (updated_at) to judge its freshness instead.",
            )

        def evaluate(context: CheckContext) -> Outcome:
            try:
                written = datetime.fromtimestamp(os.stat(path).st_mtime, UTC).date()
            except OSError as exc:
                raise SourceError(
                    f"The file of {context.dataset.id} cannot be read ({exc.strerror})."
                ) from exc
            age = max((context.as_of - written).days, 0)  # a file written after as_of is new
            late = age > max(allowed.days, 1)
            return Outcome(
                1, int(late), float(age),
                f"file last written {written.isoformat()}, {age} days before {context.as_of}; "
                f"expected every {allowed.days} days",
            )  # fmt: skip

        return StoreCheck(evaluate=evaluate)

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        if dataset.path is None or dataset.flagged("updated_at"):
            return []
        if dataset.update_frequency:
            return [CheckSpec(dataset.id, self.name)]
        return [CheckSpec(dataset.id, self.name, (), {"max_age": UNDECLARED_MAX_AGE})]


@register_check_kind
class Freshness(CheckKind):
    """Age of the newest update, against the declared update frequency (pass or fail)."""

    name = "freshness"
    criterion = Criterion.LIVE
    summary = "newest update is no older than the declared update frequency"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        allowed = _max_age(spec, ctx)
        select = f"MAX({ctx.iso_date(spec.columns[0])}) AS newest"

        def judge(row: Mapping[str, Any], context: CheckContext) -> Outcome:
            newest = row.get("newest")
            if not newest:
                return Outcome(1, 1, None, "no parseable update date at all")
            age = (context.as_of - date.fromisoformat(str(newest)[:10])).days
            late = age > max(allowed.days, 1)
            return Outcome(1, int(late), float(age), f"newest update {newest}, {age} days old")

        return AggregateQuery(select=select, judge=judge)

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        return _freshness_defaults(self.name, dataset)


@register_check_kind
class StaleRecords(CheckKind):
    """Records not touched within the declared update frequency (or ``max_age``)."""

    name = "stale_records"
    criterion = Criterion.LIVE
    summary = "record updated within the declared update frequency (or `max_age`)"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        column = spec.columns[0]
        cutoff = d.literal(_cutoff(spec, ctx))
        sql_type = ctx.type_of(column)
        if d.name == "duckdb" and sql_type in DAY_TYPES:
            # A DATE/TIMESTAMP column compared as a day, without deriving its text for every
            # row (~10x cheaper). Between years 1 and 9999 the day's yyyy-mm-dd text sorts as
            # the day does, so this is the text comparison's answer; NULLs, infinities, BC
            # and five-digit years keep the text comparison itself.
            col = ctx.col(column)
            day = col if sql_type == "DATE" else f"CAST({col} AS TIMESTAMP)"
            iso = ctx.iso_date(column)
            return RowQuery(
                fails=f"CASE WHEN {day} >= DATE '0001-01-01' AND {day} < DATE '10000-01-01' "
                f"THEN {day} < CAST({cutoff} AS DATE) "
                f"ELSE ({iso} IS NULL OR {iso} < {cutoff}) END"
            )
        iso, derivation = ctx.iso_of(column)
        return RowQuery(fails=f"({iso} IS NULL OR {iso} < {cutoff})", derived=(derivation,))

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        return _freshness_defaults(self.name, dataset)


@register_check_kind
class DeceasedActive(CheckKind):
    """People the population register records as dead whose record here is still active.

    ``active: {column: trang_thai, values: [Đang hưởng]}`` narrows to active records;
    without it every record counts as active. Judged over records whose CCCD the register knows.
    """

    name = "deceased_active"
    criterion = Criterion.LIVE
    summary = "no active record for a person the population register records as dead"

    def touches(self, spec: CheckSpec, ctx: CheckContext) -> set[str]:
        if ctx.reference is None:
            raise InputError("This check needs the population register, but none is registered.")
        return {spec.dataset, ctx.reference.id}

    def columns_needed(self, spec: CheckSpec, ctx: CheckContext) -> Sequence[str]:
        active = spec.params.get("active")
        extra = [str(active["column"])] if isinstance(active, Mapping) else []
        return [*spec.columns, *extra]

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        ref = ctx.reference
        assert ref is not None  # touches() raised otherwise
        ref_id, death = ref.first("cccd"), ref.first("death_date")
        if not (ref_id and death):
            raise InputError(f"The population register {ref.id} has no cccd or death_date column.")
        joined = (
            f"FROM {ctx.relation_of(spec.dataset)} t JOIN {ctx.relation_of(ref.id)} r "
            f"ON {id_text(d, ctx.col(spec.columns[0]))} = {id_text(d, ctx.col(ref_id, 'r'))}"
        )
        applies = "1 = 1"
        active = spec.params.get("active")
        if isinstance(active, Mapping):
            values = [str(v) for v in active.get("values", [])]
            applies = trimmed_in(d, ctx.col(str(active["column"])), values)
        dead = nonblank(d, ctx.col(death, "r"))
        counts = (
            f"SELECT SUM(CASE WHEN {applies} THEN 1 ELSE 0 END) AS a, "
            f"SUM(CASE WHEN ({applies}) AND {dead} THEN 1 ELSE 0 END) AS f {joined}"
        )
        return RowQuery(
            applies=applies,
            fails=nonblank(d, "t._death"),
            relation=f"(SELECT t.*, {ctx.col(death, 'r')} AS _death {joined}) t",
            counts=counts,
        )

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        if reference is None or reference.id == dataset.id or not reference.first("death_date"):
            return []
        cols = dataset.flagged("cccd") + dataset.flagged("cccd_or_cmnd")
        return [CheckSpec(dataset.id, self.name, (cols[0],))] if cols else []


@register_check_kind
class SubscriptionLag(CheckKind):
    """Subscriptions to this dataset whose lag exceeds ``max_lag_s`` (default 3600 s).

    Read from the sync package (``lienthong.sync.subscription_lag``) when it is installed and
    has subscriptions; otherwise the check reports that there is nothing to measure.
    """

    name = "subscription_lag"
    criterion = Criterion.LIVE
    summary = "subscribers receive this dataset's changes within `max_lag_s`"
    arity = (0, 0)

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        limit = float(spec.params.get("max_lag_s", 3600))

        def evaluate(context: CheckContext) -> Outcome:
            from lienthong.sync import subscription_lag  # only when the check runs: sync is large

            if context.store is None:
                return Outcome(0, 0, None, "no platform store: no lag to measure")
            every = context.cache.get("subscription_lag")
            if every is None:  # one read of the sync state per run, not one per dataset
                every = context.cache["subscription_lag"] = list(subscription_lag(context.store))
            records = [r for r in every if r.dataset == spec.dataset]
            if not records:
                return Outcome(0, 0, None, "no subscription to this dataset")
            late = sum(1 for r in records if float(r.lag_seconds) > limit)
            worst = max(float(r.lag_seconds) for r in records)
            return Outcome(len(records), late, worst, f"worst lag {worst:.0f} s")

        return StoreCheck(evaluate=evaluate)

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        return [CheckSpec(dataset.id, self.name)]
