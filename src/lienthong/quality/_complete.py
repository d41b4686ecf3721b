"""đủ (complete): required values present, the people who should be here are, keys resolve."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from lienthong.errors import InputError
from lienthong.quality._kinds import CheckKind, register_check_kind
from lienthong.quality._model import (
    CheckContext,
    CheckSpec,
    CompiledCheck,
    Criterion,
    DatasetInfo,
    RowQuery,
)
from lienthong.quality._sqlparts import JOINABLE_INTEGER_TYPES, blank, id_text, nonblank


@register_check_kind
class NotNull(CheckKind):
    """A required field is present (not NULL, not blank)."""

    name = "not_null"
    criterion = Criterion.COMPLETE
    summary = "required field is present (not NULL or blank)"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        column = spec.columns[0]
        return RowQuery(fails=blank(ctx.dialect, ctx.col(column), ctx.type_of(column)))

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        if dataset.from_roles:
            # A stranger's file: how complete every column with a role is (nobody has said
            # which are required, so each is measured).
            neutral = {"personal", "key"}
            roled = [c for c, flags in dataset.columns.items() if flags - neutral]
            measured = [*dataset.key, *(c for c in roled if c not in dataset.key)]
            return [CheckSpec(dataset.id, self.name, (c,)) for c in measured]
        # The key and the record's own identity fields; a spouse's CCCD or a father's name may
        # legitimately be empty.
        required: list[str] = list(dataset.key)
        for flag in ("cccd", "cccd_or_cmnd", "mst", "full_name", "birth_date", "birth_year", "sex"):
            first = [c for c in dataset.key if flag in dataset.columns[c]] or dataset.flagged(flag)
            required += [c for c in first[:1] if c not in required]
        return [CheckSpec(dataset.id, self.name, (c,)) for c in required]


def _age_bound(as_of: date, years: int) -> str:
    """The birth date on which someone turns ``years`` old on ``as_of``."""
    try:
        return as_of.replace(year=as_of.year - years).isoformat()
    except ValueError:  # 29 February
        return as_of.replace(year=as_of.year - years, day=28).isoformat()


@register_check_kind
class Coverage(CheckKind):
    """Share of the residents this dataset should hold (from the population register) it does.

    Rows are the register's people selected by ``alive`` (default true), ``min_age`` and
    ``max_age``; a person fails when no record here carries their CCCD in ``columns[0]``.
    """

    name = "coverage"
    criterion = Criterion.COMPLETE
    summary = "residents who should be in the dataset (per the population register) are"

    def touches(self, spec: CheckSpec, ctx: CheckContext) -> set[str]:
        return {spec.dataset, ctx.require_reference("Coverage is measured against").id}

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        ref = ctx.require_reference("Coverage is measured against")
        ref_id = ref.first("cccd")
        if ref_id is None:
            raise InputError(f"The population register {ref.id} has no column flagged cccd.")
        conditions = [nonblank(d, ctx.col(ref_id))]
        death = ref.first("death_date")
        if spec.params.get("alive", True) and death:
            conditions.append(blank(d, ctx.col(death)))
        birth = ref.first("birth_date")
        if birth and ("min_age" in spec.params or "max_age" in spec.params):
            iso = d.iso_date(ctx.col(birth))
            if "min_age" in spec.params:
                bound = _age_bound(ctx.as_of, int(spec.params["min_age"]))
                conditions.append(f"{iso} <= {d.literal(bound)}")
            if "max_age" in spec.params:
                bound = _age_bound(ctx.as_of, int(spec.params["max_age"]) + 1)
                conditions.append(f"{iso} > {d.literal(bound)}")
        held = (
            f"(SELECT DISTINCT {id_text(d, ctx.col(spec.columns[0]))} AS _held "
            f"FROM {ctx.relation_of(spec.dataset)} t)"
        )
        relation = (
            f"(SELECT t.*, h._held AS _held FROM {ctx.relation_of(ref.id)} t "
            f"LEFT JOIN {held} h ON {id_text(d, ctx.col(ref_id))} = h._held) t"
        )
        return RowQuery(
            applies=" AND ".join(conditions), fails="t._held IS NULL", relation=relation
        )


@register_check_kind
class Referential(CheckKind):
    """Every foreign key resolves: a non-blank value is found in ``references: dataset.column``."""

    name = "referential"
    criterion = Criterion.COMPLETE
    summary = "foreign key resolves to a row of the referenced dataset"
    required_params = ("references",)
    arity: ClassVar[tuple[int, int | None]] = (1, 1)

    def _target(self, spec: CheckSpec, ctx: CheckContext) -> tuple[DatasetInfo, str]:
        target = str(spec.params["references"])
        dataset_id, _, column = target.rpartition(".")
        if dataset_id not in ctx.datasets:
            raise InputError(
                f"The referenced dataset {dataset_id!r} (from {target!r}) is not registered.",
                hint="Write `references: source.table.column`.",
            )
        found = ctx.datasets[dataset_id]
        if column not in found.columns:
            raise InputError(f"The referenced dataset {dataset_id} has no column {column!r}.")
        return found, column

    def touches(self, spec: CheckSpec, ctx: CheckContext) -> set[str]:
        return {spec.dataset, self._target(spec, ctx)[0].id}

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        target, column = self._target(spec, ctx)
        col = ctx.col(spec.columns[0])
        keys = (
            f"(SELECT DISTINCT {id_text(d, ctx.col(column, 'k'))} AS _key "
            f"FROM {ctx.relation_of(target.id)} k)"
        )
        relation = (
            f"(SELECT t.*, r._key AS _key FROM {ctx.relation_of(spec.dataset)} t "
            f"LEFT JOIN {keys} r ON {id_text(d, col)} = r._key) t"
        )
        types = (ctx.type_of(spec.columns[0]), ctx.type_of(column, target.id))
        if types[0] in JOINABLE_INTEGER_TYPES and types[1] in JOINABLE_INTEGER_TYPES:
            # Integer keys: an anti-join on the numbers, with no text cast or trim of 10M
            # values (~5x cheaper); integers' text is canonical, so the answer is the same.
            value, present = col, f"{col} IS NOT NULL"
            counted_keys = (
                f"(SELECT DISTINCT {ctx.col(column, 'k')} AS _key "
                f"FROM {ctx.relation_of(target.id)} k)"
            )
        else:
            value, present, counted_keys = id_text(d, col), nonblank(d, col), keys
        counts = (  # the same numbers, carrying one column instead of the whole row
            "SELECT COUNT(*) AS a, COUNT(*) - COUNT(r._key) AS f FROM "
            f"(SELECT {value} AS _value FROM {ctx.relation_of(spec.dataset)} t "
            f"WHERE {present}) v LEFT JOIN {counted_keys} r ON v._value = r._key"
        )
        return RowQuery(
            applies=nonblank(d, col),
            fails="t._key IS NULL",
            relation=relation,
            counts=counts,
        )

    def columns_needed(self, spec: CheckSpec, ctx: CheckContext) -> Sequence[str]:
        return spec.columns

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        # Columns found by value overlap to hold another dataset's ids (quality/_links.py):
        # named with the referenced column, so the result says what it was checked against.
        specs: list[CheckSpec] = [
            CheckSpec(dataset.id, self.name, (column,), {"references": target},
                      name=f"{self.name}:{column}@{target}")
            for column, target, _share in dataset.links
        ]  # fmt: skip
        if reference is not None:
            ref_id = reference.first("cccd")
            for column in dataset.flagged("parent_cccd"):
                if ref_id:
                    specs.append(
                        CheckSpec(
                            dataset.id,
                            self.name,
                            (column,),
                            {"references": f"{reference.id}.{ref_id}"},
                        )
                    )
        return specs
