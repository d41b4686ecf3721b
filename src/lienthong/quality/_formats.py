"""Checks a stranger's file needs that the city's manifest never asked for.

``format`` (đúng): a phone number, e-mail address, BHXH or BHYT number, CMND written as such.
``plausible_age`` (đúng): a birth date no more than ``max_years`` (120) before the run's day.
``one_shape`` (sạch): an identifier or code written in one shape (``9{7}``, ``A9{5}``) as
most of its column is. Their defaults fire on the flags :mod:`lienthong.quality._roles` derives
from profiled roles (``phone``, ``email``, ``national_id``…), which no manifest writes, so the
city's checks are unchanged.
"""

from __future__ import annotations

from datetime import date

from lienthong.errors import InputError
from lienthong.quality._dialect import Dialect
from lienthong.quality._kinds import CheckKind, register_check_kind
from lienthong.quality._model import (
    CheckContext,
    CheckSpec,
    CompiledCheck,
    Criterion,
    DatasetInfo,
    RowQuery,
)
from lienthong.quality._sqlparts import compact, nonblank, trimmed

#: format -> (characters stripped first, the pattern the rest must match, what it means)
FORMATS: dict[str, tuple[str | None, str, str]] = {
    "phone": (
        "[ .()-]",
        "^([+]?84|0)([35789][0-9]{8}|2[0-9]{9})$",
        "a Vietnamese mobile (0 + 9 digits) or landline (02 + 9 digits), +84 allowed",
    ),
    "email": (
        None,
        "^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+([.][A-Za-z0-9-]+)+$",
        "local@domain.tld",
    ),
    "bhxh": (None, "^[0-9]{10}$", "a 10-digit social insurance number"),
    "bhyt": (
        None,
        "^[A-Za-z]{2}[1-5][0-9]{12}$",
        "a 15-character health insurance card: 2 letters, benefit level 1-5, 12 digits",
    ),
    "cmnd": (None, "^[0-9]{9}([0-9]{3})?$", "a 9-digit CMND (or the 12-digit CCCD replacing it)"),
    "any_phone": (
        "[ .()/-]",
        "^([+]|00)?[0-9]{7,15}$",
        "a phone number of any country: 7 to 15 digits, a + or 00 before the country code",
    ),
}

#: formats of ids, judged without the separators they are typed with (identifiers.compact_id)
_IDS = ("bhxh", "bhyt", "cmnd")

#: A birth date further back than this many years is a typo or a placeholder (1900-01-01).
MAX_AGE_YEARS = 120

#: a shape on at least this share of a stranger's id column is one it is written in
COMMON_SHAPE = 0.05
#: flags whose columns should be written in one shape
_SHAPED = ("national_id", "postcode")


def _spec(dataset: DatasetInfo, kind: str, column: str, **params: object) -> CheckSpec:
    return CheckSpec(dataset=dataset.id, kind=kind, columns=(column,), params=params)


@register_check_kind
class Format(CheckKind):
    """The value is written as its ``format`` says (see :data:`FORMATS`)."""

    name = "format"
    criterion = Criterion.CORRECT
    summary = "phone, email, BHXH, BHYT or CMND written in its format (`format:`)"
    required_params = ("format",)

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        name = str(spec.params["format"])
        if name not in FORMATS:
            raise InputError(
                f"There is no format {name!r}.", hint=f"Use one of {', '.join(sorted(FORMATS))}."
            )
        strip, pattern, _ = FORMATS[name]
        col = ctx.digits_read(spec.columns[0])
        value = compact(d, col) if name in _IDS else trimmed(d, col)
        if strip:
            value = d.regex_replace_all(d.text(col), strip, "")
        return RowQuery(
            applies=nonblank(d, col, ctx.type_of(spec.columns[0])),
            fails=f"NOT COALESCE({d.regex(value, pattern)}, FALSE)",
        )

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        if not dataset.from_roles:
            return []  # a manifest's cmnd column is judged by legacy_id, as before
        specs = [
            CheckSpec(dataset.id, self.name, (c,), {"format": name})
            for name in FORMATS
            for c in dataset.flagged(name)
            if name != "phone" or c in dataset.flagged_vietnamese("phone")
        ]
        # a phone number of another country is judged as one (no Vietnamese prefix asked)
        foreign = set(dataset.flagged("phone")) - set(dataset.flagged_vietnamese("phone"))
        return specs + [
            CheckSpec(dataset.id, self.name, (c,), {"format": "any_phone"}) for c in sorted(foreign)
        ]


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


@register_check_kind
class PlausibleAge(CheckKind):
    """A real birth date no more than ``max_years`` (default 120) before the run's day.

    Dates that do not parse are ``valid_date``'s to count; this one judges the rest.
    """

    name = "plausible_age"
    criterion = Criterion.CORRECT
    summary = f"birth date is at most `max_years` ({MAX_AGE_YEARS}) before the run's day"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        iso, derivation = ctx.iso_of(spec.columns[0])
        years = int(spec.params.get("max_years", MAX_AGE_YEARS))
        bound = d.literal(years_before(ctx.as_of, years).isoformat())
        return RowQuery(
            applies=f"COALESCE({d.valid_iso_date(iso)}, FALSE)",
            fails=f"{iso} < {bound}",
            derived=(derivation,),
        )

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        if not dataset.from_roles:
            return []  # the city's manifests keep their own checks
        return [
            _spec(dataset, self.name, c)
            for c in dataset.flagged("birth_date")
            if c not in dataset.other_calendar
        ]


def shape_of(d: Dialect, expr: str) -> str:
    """``expr`` with every digit as ``9`` and every ASCII letter as ``A``."""
    digits = d.regex_replace_all(expr, "[0-9]", "9")
    return d.regex_replace_all(digits, "[A-Za-z]", "A")


@register_check_kind
class OneShape(CheckKind):
    """One shape per column: values whose digit/letter shape is not the column's dominant one.

    ``7364009`` and ``736400`` differ in shape (``9999999`` vs ``999999``): a digit lost or
    added, a code from another scheme. ``expected`` pins the shape instead (``99999``).

    ``common`` (a share, set on a stranger's file) also accepts every shape that, reading
    letters and digits alike, is written on at least that share of the column's rows: one
    scheme may be written in several shapes (a Spanish DNI ``12345678Z`` beside a NIE
    ``X1234567L``, a Chilean RUT ending ``K``, a Chinese id ending ``X``, a Finnish
    henkilötunnus's century sign), while a lost or added character changes the length.
    """

    name = "one_shape"
    criterion = Criterion.CLEAN
    summary = "identifier or code written in the column's dominant (or `expected`) shape"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        col = ctx.col(spec.columns[0])
        shape = shape_of(d, trimmed(d, col))
        present = nonblank(d, col, ctx.type_of(spec.columns[0]))
        if "expected" in spec.params:
            target = d.literal(str(spec.params["expected"]))
        else:
            target = (
                f"(SELECT _shape FROM (SELECT {shape} AS _shape, COUNT(*) AS _n "
                f"FROM {ctx.relation_of(ctx.dataset.id)} t WHERE {present} "
                f"GROUP BY {shape} ORDER BY COUNT(*) DESC, 1 LIMIT 1) s)"
            )
        source = ctx.relation_of(ctx.dataset.id)
        if "common" not in spec.params:
            relation = f"(SELECT t.*, {shape} AS _shape FROM {source} t) t"
            return RowQuery(applies=present, fails=f"t._shape <> {target}", relation=relation)
        share = float(spec.params["common"])
        scheme = _characters(d, shape)
        relation = (
            f"(SELECT t.*, {shape} AS _shape, COUNT(*) OVER (PARTITION BY {scheme}) AS _alike, "
            f"SUM(CASE WHEN {present} THEN 1 ELSE 0 END) OVER () AS _filled FROM {source} t) t"
        )
        common = f"(t._alike >= 2 AND t._alike >= {share!r} * t._filled)"
        return RowQuery(
            applies=present, fails=f"t._shape <> {target} AND NOT {common}", relation=relation
        )

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        if not dataset.from_roles:
            return []
        return [
            _spec(dataset, self.name, c, common=COMMON_SHAPE)
            for flag in _SHAPED
            for c in dataset.flagged(flag)
        ]


def _characters(d: Dialect, shape: str) -> str:
    """``shape`` with letters and digits alike (``9999999A`` and ``A999999A`` read ``xxxxxxxx``):
    its length and its separators."""
    return d.regex_replace_all(shape, "[9A]", "x")
