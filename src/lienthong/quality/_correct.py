"""đúng (correct): values that are well formed and agree with the population register."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from lienthong.errors import InputError
from lienthong.identifiers import CCCD_PROVINCES
from lienthong.quality._kinds import CheckKind, register_check_kind
from lienthong.quality._model import (
    CheckContext,
    CheckSpec,
    CompiledCheck,
    Criterion,
    DatasetInfo,
    RowQuery,
)
from lienthong.quality._sqlparts import (
    birth_year,
    compact,
    id_text,
    in_list,
    nonblank,
    sex_code,
    trimmed,
    trimmed_in,
)
from lienthong.quality._vn import CITY_NAME, FEMALE_SPELLINGS, MALE_SPELLINGS, current_wards

LEGACY_CMND = "^[0-9]{9}$"
MST_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
#: How a sex column of a stranger's file may be written (the CCCD checks' spellings, plus
#: "other" and upper-case English).
SEX_SPELLINGS = (*MALE_SPELLINGS, "MALE", *FEMALE_SPELLINGS, "FEMALE", "Khác", "khác", "X", "x")


def _birth(dataset: DatasetInfo) -> tuple[str | None, bool]:
    """The dataset's birth column and whether it holds a year only."""
    date_col = dataset.first("birth_date")
    if date_col:
        return date_col, False
    return dataset.first("birth_year"), True


def _spec(dataset: DatasetInfo, kind: str, column: str) -> CheckSpec:
    return CheckSpec(dataset=dataset.id, kind=kind, columns=(column,))


@register_check_kind
class CccdStructure(CheckKind):
    """12 digits, a real province code, and sex/century digit + year digits matching the record.

    Legacy 9-digit CMNDs are left to ``legacy_id``; a CCCD has no check digit, so a mistyped
    digit in the random part is only caught by ``population_agreement``.
    """

    name = "cccd_structure"
    criterion = Criterion.CORRECT
    summary = "CCCD is 12 digits, valid province code, sex/century and birth-year digits agree"

    def columns_needed(self, spec: CheckSpec, ctx: CheckContext) -> Sequence[str]:
        birth, _ = _birth(ctx.dataset)
        extra = [c for c in (birth, ctx.dataset.first("sex")) if c]
        return [*spec.columns, *extra] if spec.params.get("cross_check", True) else spec.columns

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        col = ctx.col(spec.columns[0])
        v = compact(d, col)  # judged as typed in groups or not (identifiers.compact_id)
        digit4 = d.to_int(d.substr(v, 4, 1))
        structure = [d.regex(v, "^[0-9]{12}$"), in_list(d, d.substr(v, 1, 3), CCCD_PROVINCES)]
        derived: list[tuple[str, str]] = []
        if spec.params.get("cross_check", True):
            sex_col = ctx.dataset.first("sex")
            if sex_col:
                sex = sex_code(d, ctx.col(sex_col))
                structure.append(f"({sex} IS NULL OR {digit4} % 2 = {sex})")
            birth_col, year_only = _birth(ctx.dataset)
            if birth_col:
                if year_only:
                    year = birth_year(d, ctx.col(birth_col), year_only=True)
                else:
                    iso, derivation = ctx.iso_of(birth_col)
                    derived.append(derivation)
                    year = d.to_int(d.substr(iso, 1, 4))
                # 4th digit pairs: 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s, 6/7 → 2200s, 8/9 → 1800s
                pair = f"({digit4} - {digit4} % 2)"
                century = f"CASE WHEN {digit4} >= 8 THEN 1800 ELSE 1900 + 50 * {pair} END"
                encoded = f"{century} + {d.to_int(d.substr(v, 5, 2))}"
                structure.append(f"({year} IS NULL OR {encoded} = {year})")
        ok = " AND ".join(f"COALESCE({p}, FALSE)" for p in structure)
        return RowQuery(
            applies=f"{nonblank(d, col)} AND NOT COALESCE({d.regex(v, LEGACY_CMND)}, FALSE)",
            fails=f"NOT ({ok})",
            derived=tuple(derived),
        )

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        # Only the record's own identity number is cross-checked against its sex and birth
        # date; a spouse's or household head's CCCD in the same row is checked for structure.
        columns = _identity_columns(dataset)
        return [
            CheckSpec(dataset.id, self.name, (c,), {} if i == 0 else {"cross_check": False})
            for i, c in enumerate(columns)
        ]


def _identity_columns(dataset: DatasetInfo) -> list[str]:
    own = [c for c in dataset.key if c in dataset.flagged("cccd")]
    rest = dataset.flagged("cccd_or_cmnd") + dataset.flagged("cccd")
    return own + [c for c in rest if c not in own]


@register_check_kind
class LegacyId(CheckKind):
    """Share of identity numbers still in the legacy 9-digit CMND form (recognised, outdated)."""

    name = "legacy_id"
    criterion = Criterion.CORRECT
    summary = "identity number is a legacy 9-digit CMND rather than a 12-digit CCCD"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        col = ctx.col(spec.columns[0])
        return RowQuery(applies=nonblank(d, col), fails=d.regex(trimmed(d, col), LEGACY_CMND))

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        return [
            _spec(dataset, self.name, c)
            for c in dataset.flagged("cccd") + dataset.flagged("cccd_or_cmnd")
        ]


@register_check_kind
class MstCheckDigit(CheckKind):
    """Tax code: 10 digits (or 10 + 3-digit branch) whose 10th digit is the weighted check digit."""

    name = "mst_check_digit"
    criterion = Criterion.CORRECT
    summary = "tax code (MST) has 10 or 13 digits and a valid check digit"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        col = ctx.col(spec.columns[0])
        v = d.regex_replace_all(d.text(col), "[ .-]", "")  # 0100233488-001 → 0100233488001
        total = " + ".join(
            f"{w} * {d.to_int(d.substr(v, i + 1, 1))}" for i, w in enumerate(MST_WEIGHTS)
        )
        ok = (
            f"COALESCE({d.regex(v, '^[0-9]{10}([0-9]{3})?$')}, FALSE) "
            f"AND {d.substr(v, 11, 3)} <> '000' "
            f"AND 10 - (({total}) % 11) = {d.to_int(d.substr(v, 10, 1))}"
        )
        return RowQuery(applies=nonblank(d, col), fails=f"NOT ({ok})")

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        return [_spec(dataset, self.name, c) for c in dataset.flagged("mst")]


@register_check_kind
class ValidDate(CheckKind):
    """A real calendar day, written ISO (yyyy-mm-dd…) or dd/mm/yyyy, not after the run's date."""

    name = "valid_date"
    criterion = Criterion.CORRECT
    summary = "date parses (yyyy-mm-dd or dd/mm/yyyy), is a real day and not in the future"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        col = ctx.col(spec.columns[0])
        iso, derivation = ctx.iso_of(spec.columns[0])
        ok = f"COALESCE({d.valid_iso_date(iso)}, FALSE)"
        if spec.params.get("not_future", True):
            ok += f" AND {iso} <= {d.literal(ctx.as_of.isoformat())}"
        return RowQuery(applies=nonblank(d, col), fails=f"NOT ({ok})", derived=(derivation,))

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        cols = dataset.flagged("birth_date") + dataset.flagged("death_date")
        specs = [_spec(dataset, self.name, c) for c in cols + dataset.flagged("updated_at")]
        # Other dates (a card's expiry, an appointment) may lie in the future.
        specs += [
            CheckSpec(dataset.id, self.name, (c,), {"not_future": False})
            for c in dataset.flagged("date")
        ]
        # dates of another calendar (Solar Hijri 1364) would all read as invalid: not judged
        if not dataset.from_roles:
            return specs  # the city's manifests keep their own checks
        return [s for s in specs if s.columns[0] not in dataset.other_calendar]


@register_check_kind
class CurrentUnit(CheckKind):
    """The address sits on one of today's 168 HCMC wards (post-2025, no district level).

    A ward-code column must hold a current 5-digit code; an address must end
    ``…, <current ward>, Thành phố Hồ Chí Minh``.
    """

    name = "current_unit"
    criterion = Criterion.CORRECT
    summary = "ward code / address names a current HCMC administrative unit"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        column = spec.columns[0]
        col = ctx.col(column)
        wards = current_wards()
        if "ward_code" in ctx.dataset.columns.get(column, frozenset()) or spec.params.get("codes"):
            ok = trimmed_in(d, col, wards)
        else:
            v = trimmed(d, col)
            ends = d.regex(v, f", *{CITY_NAME}$")
            ok = f"COALESCE({ends}, FALSE) AND {in_list(d, d.ward_segment(v), wards.values())}"
        return RowQuery(applies=nonblank(d, col), fails=f"NOT ({ok})")

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        cols = dataset.flagged("ward_code") + [
            c
            for c in dataset.flagged_vietnamese("address")
            if "address_old" not in dataset.columns[c]
            # a stranger's addresses in another province name none of the city's wards
            and not (dataset.from_roles and c in dataset.outside_city)
        ]
        return [_spec(dataset, self.name, c) for c in cols]


@register_check_kind
class PopulationAgreement(CheckKind):
    """Same CCCD, same person: name, date of birth and sex agree with the population register.

    Compared exactly after trimming (an NFD-encoded name counts as a disagreement: the bytes
    another agency receives differ). Rows whose CCCD is not in the register are not judged here.
    """

    name = "population_agreement"
    criterion = Criterion.CORRECT
    summary = "name, date of birth and sex agree with the population register for the same CCCD"

    def touches(self, spec: CheckSpec, ctx: CheckContext) -> set[str]:
        return {spec.dataset, ctx.require_reference("This check compares with").id}

    def columns_needed(self, spec: CheckSpec, ctx: CheckContext) -> Sequence[str]:
        ds = ctx.dataset
        return [
            spec.columns[0],
            *(c for c in (ds.first("full_name"), _birth(ds)[0], ds.first("sex")) if c),
        ]

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        ref = ctx.require_reference("This check compares with")
        ds = ctx.dataset
        ref_id = ref.first("cccd")
        if ref_id is None:
            raise InputError(f"The population register {ref.id} has no column flagged cccd.")
        pairs: list[tuple[str, str]] = []  # (this dataset's expr, reference's expr)
        picks = [f"{id_text(d, ctx.col(ref_id, 'r'))} AS _ref_id"]
        name, ref_name = ds.first("full_name"), ref.first("full_name")
        if name and ref_name:
            picks.append(f"{ctx.col(ref_name, 'r')} AS _ref_name")
            pairs.append((trimmed(d, ctx.col(name)), "TRIM(t._ref_name)"))
        birth, year_only = _birth(ds)
        ref_birth = ref.first("birth_date")
        if birth and ref_birth:
            picks.append(f"{ctx.col(ref_birth, 'r')} AS _ref_birth")
            if year_only:
                pairs.append(
                    (birth_year(d, ctx.col(birth), year_only=True),
                     birth_year(d, "t._ref_birth", year_only=False))
                )  # fmt: skip
            else:
                pairs.append((d.iso_date(ctx.col(birth)), d.iso_date("t._ref_birth")))
        sex, ref_sex = ds.first("sex"), ref.first("sex")
        if sex and ref_sex:
            picks.append(f"{ctx.col(ref_sex, 'r')} AS _ref_sex")
            pairs.append((sex_code(d, ctx.col(sex)), sex_code(d, "t._ref_sex")))
        if not pairs:
            raise InputError(f"{ds.id} has no name, birth date or sex column to compare.")
        joined = (
            f"FROM {ctx.relation_of(ds.id)} t JOIN {ctx.relation_of(ref.id)} r "
            f"ON {id_text(d, ctx.col(spec.columns[0]))} = {id_text(d, ctx.col(ref_id, 'r'))}"
        )
        differs = " OR ".join(
            f"({a} IS NOT NULL AND {b} IS NOT NULL AND {a} <> {b})" for a, b in pairs
        )
        # Counting carries only the compared columns through the join, not the whole row.
        own = list(dict.fromkeys(self.columns_needed(spec, ctx)))
        slim = ", ".join([*(f"{ctx.col(c)} AS {d.quote(c)}" for c in own), *picks])
        counts = (
            f"SELECT COUNT(*) AS a, SUM(CASE WHEN {differs} THEN 1 ELSE 0 END) AS f "
            f"FROM (SELECT {slim} {joined}) t"
        )
        return RowQuery(
            fails=f"({differs})",
            relation=f"(SELECT t.*, {', '.join(picks)} {joined}) t",
            counts=counts,
        )

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        if reference is None or reference.id == dataset.id:
            return []
        if not any(dataset.first(f) for f in ("full_name", "birth_date", "birth_year", "sex")):
            return []  # nothing to compare (e.g. a household list)
        cols = _identity_columns(dataset)
        return [_spec(dataset, self.name, cols[0])] if cols else []


@register_check_kind
class AllowedValues(CheckKind):
    """The value is one of a declared list (``values:``)."""

    name = "allowed_values"
    criterion = Criterion.CORRECT
    summary = "value is one of the declared `values`"
    required_params = ("values",)

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        if not dataset.from_roles:
            return []  # the city's manifests keep their own checks
        # the usual spellings, and the words the column itself is mostly written in (a foreign
        # file's Kyn holds Karl/Kona): a stray value on a row or two is still not among them
        specs = []
        for column in dataset.flagged("sex"):
            values = dict.fromkeys([*SEX_SPELLINGS, *dataset.common_values.get(column, ())])
            specs.append(CheckSpec(dataset.id, self.name, (column,), {"values": list(values)}))
        return specs

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        col = ctx.col(spec.columns[0])
        values = [str(v) for v in spec.params["values"]]
        present = nonblank(d, col, ctx.type_of(spec.columns[0]))
        return RowQuery(applies=present, fails=f"NOT ({trimmed_in(d, col, values)})")


@register_check_kind
class Range(CheckKind):
    """A number between ``min`` and ``max`` (either may be left out); non-numbers fail."""

    name = "range"
    criterion = Criterion.CORRECT
    summary = "number lies within [`min`, `max`]"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        col = ctx.col(spec.columns[0])
        v = trimmed(d, col)
        number = (
            f"CASE WHEN {d.regex(v, '^-?[0-9]+([.][0-9]+)?$')} THEN CAST({v} AS DECIMAL(38, 6)) END"
        )
        bounds = [f"{number} IS NOT NULL"]
        if "min" in spec.params:
            bounds.append(f"{number} >= {float(spec.params['min'])!r}")
        if "max" in spec.params:
            bounds.append(f"{number} <= {float(spec.params['max'])!r}")
        return RowQuery(applies=nonblank(d, col), fails=f"NOT ({' AND '.join(bounds)})")

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        return [
            CheckSpec(dataset.id, self.name, (c,), {"min": 1900, "max": 2100})
            for c in dataset.flagged("birth_year")
        ]


@register_check_kind
class Regex(CheckKind):
    """The value matches ``pattern`` (POSIX-style classes work on every engine)."""

    name = "regex"
    criterion = Criterion.CORRECT
    summary = "value matches the declared `pattern`"
    required_params = ("pattern",)
    arity: ClassVar[tuple[int, int | None]] = (1, 1)

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        col = ctx.col(spec.columns[0])
        pattern = str(spec.params["pattern"])
        return RowQuery(
            applies=nonblank(d, col, ctx.type_of(spec.columns[0])),
            fails=f"NOT COALESCE({d.regex(trimmed(d, col), pattern)}, FALSE)",
        )
