"""sạch (clean): no duplicates, one encoding, tidy text, one format per column, new addresses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from lienthong.errors import InputError
from lienthong.quality._dialect import _ACCENTED, _BASE, COMBINING_MARKS, Dialect
from lienthong.quality._kinds import CheckKind, register_check_kind
from lienthong.quality._model import (
    CheckContext,
    CheckSpec,
    CompiledCheck,
    Criterion,
    DatasetInfo,
    Grouping,
    RowQuery,
)
from lienthong.quality._roles import IDENTIFIER_FLAGS, NAME_FLAGS
from lienthong.quality._sqlparts import JOINABLE_INTEGER_TYPES, nonblank, trimmed

_LOWER = "a-z" + _ACCENTED
_UPPER = "A-Z" + _ACCENTED.upper()
#: Particles names write in small letters: Portuguese, Spanish, Italian, French, Dutch, German,
#: Scandinavian, Malay and Arabic ones.
_PARTICLES = (
    "da|das|de|del|della|der|des|di|do|dos|du|e|el|la|le|van|von|den|ten|ter|y|zu|af|av|bin"
    "|binti|bint|al|ibn"
)


def _tolerant(phrase: str) -> str:
    """A regex for ``phrase`` that also matches it without diacritics, in NFD, in any case.

    Cheaper than folding every address first (Unicode lower-casing and accent stripping cost
    ~0.1–0.4 µs per character in DuckDB): each letter becomes a class of its variants.
    """
    out = []
    for char in phrase:
        if char == " ":
            out.append(" +")
            continue
        variants = {char, char.upper()}
        for accented, base in zip(_ACCENTED, _BASE, strict=True):
            if base == char:
                variants |= {accented, accented.upper()}
        out.append("[" + "".join(sorted(variants)) + "]" + COMBINING_MARKS + "*")
    return "".join(out)


_DISTRICT_LEVEL = ("quan", "huyen", "thi xa")
_OLD_CITIES = ("thu duc", "thu dau mot", "di an", "thuan an", "tan uyen", "ben cat", "vung tau",
               "ba ria", "phu my")  # fmt: skip
_OLD_PROVINCES = ("binh duong", "ba ria")
#: District-level (abolished 1 July 2025) or merged-province parts of an address, with or
#: without diacritics, composed or decomposed.
OLD_ADDRESS = (
    "(^|,) *("
    + "|".join(_tolerant(w) for w in _DISTRICT_LEVEL)
    + "|"
    + _tolerant("thanh pho")
    + " +("
    + "|".join(_tolerant(w) for w in _OLD_CITIES)
    + "))( [^,]*)?(,|$)|"
    + _tolerant("tinh")
    + " +("
    + "|".join(_tolerant(w) for w in _OLD_PROVINCES)
    + ")"
)

_DATE_FORMATS = (
    ("yyyy-mm-dd", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
    ("yyyy-mm-dd hh:mm", "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}"),
    ("dd/mm/yyyy", "^[0-9]{2}/[0-9]{2}/[0-9]{4}$"),
    ("d/m/yyyy", "^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}$"),
    ("dd-mm-yyyy", "^[0-9]{2}-[0-9]{2}-[0-9]{4}$"),
    ("dd.mm.yyyy", "^[0-9]{2}[.][0-9]{2}[.][0-9]{4}$"),
    ("d.m.yyyy", "^[0-9]{1,2}[.][0-9]{1,2}[.][0-9]{4}$"),
    ("yyyy/mm/dd", "^[0-9]{4}/[0-9]{2}/[0-9]{2}$"),
    ("yyyymmdd", "^[0-9]{8}$"),
)
_PHONE_FORMATS = (
    ("0xxxxxxxxx", "^0[0-9]{9}$"),
    ("+84xxxxxxxxx", "^[+]84[0-9]{9}$"),
    ("84xxxxxxxxx", "^84[0-9]{9}$"),
    ("grouped", "^[+0-9][0-9 .-]{8,15}[0-9]$"),
)
FORMAT_FAMILIES = {"date": _DATE_FORMATS, "phone": _PHONE_FORMATS}
#: A column written without leading zeros (``1/3/1985``, ``1.3.1985``) has two-digit days and
#: months too (``12/11/1990``): those are its own format, not a second one.
_UNPADDED = {"d/m/yyyy": "dd/mm/yyyy", "d.m.yyyy": "dd.mm.yyyy"}


def _own_format(dominant: str, row: str) -> str:
    """SQL: the row's format label is the dominant one, or its zero-padded form."""
    whens = " ".join(f"WHEN '{a}' THEN '{b}'" for a, b in _UNPADDED.items())
    return f"({row} = {dominant} OR {row} = CASE {dominant} {whens} ELSE {dominant} END)"


#: An identifier column whose distinct values are at least this share of its non-empty ones
#: (per the profile's approximate count) is meant to be unique; 0.9 leaves room for the
#: count's error and for the duplicates the check is there to find.
MEANT_UNIQUE = 0.9


def _spec(dataset: DatasetInfo, kind: str, column: str) -> CheckSpec:
    return CheckSpec(dataset=dataset.id, kind=kind, columns=(column,))


def _text_columns(dataset: DatasetInfo) -> list[str]:
    cols: list[str] = []
    # family_name, given_name and street come only from profiled roles (never a manifest).
    for flag in ("full_name", "family_name", "given_name", "address", "address_old", "street"):
        cols += [c for c in dataset.flagged(flag) if c not in cols]
    return cols


def _window_duplicates(ctx: CheckContext, keys: Sequence[str]) -> str:
    partition = ", ".join(keys)
    return (
        f"(SELECT t.*, COUNT(*) OVER (PARTITION BY {partition}) AS _copies "
        f"FROM {ctx.relation_of(ctx.dataset.id)} t) t"
    )


@register_check_kind
class Unique(CheckKind):
    """Exact duplicates: rows whose value (or combination of values) occurs more than once.

    Every row of a duplicated group fails, as in Great Expectations' uniqueness expectations.
    """

    name = "unique"
    criterion = Criterion.CLEAN
    summary = "value (combination) occurs once; every copy of a repeated one fails"
    arity: ClassVar[tuple[int, int | None]] = (1, None)

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        cols = [ctx.col(c) for c in spec.columns]
        present = " AND ".join(f"{c} IS NOT NULL" for c in cols)
        keys = ", ".join(d.exact(c) for c in cols)
        counts = (
            "SELECT SUM(_n) AS a, SUM(CASE WHEN _n > 1 THEN _n ELSE 0 END) AS f FROM "
            f"(SELECT COUNT(*) AS _n FROM {ctx.relation_of(ctx.dataset.id)} t "
            f"WHERE {present} GROUP BY {keys}) g"
        )
        return RowQuery(
            applies=present,
            fails="t._copies > 1",
            relation=_window_duplicates(ctx, [d.exact(c) for c in cols]),
            order_by=tuple(trimmed(d, c) for c in cols),
            counts=counts,
            grouping=Grouping(
                tuple(d.exact(c) for c in cols),
                present,
                integer_key=len(cols) == 1
                and ctx.type_of(spec.columns[0]) in JOINABLE_INTEGER_TYPES,
            ),
        )

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        specs = [CheckSpec(dataset.id, self.name, tuple(dataset.key))] if dataset.key else []
        if dataset.from_roles:
            # A stranger's file: its record's own identity number should name one record, as
            # a key would; files list it before the ids of others (an owner's CCCD after the
            # business's tax code), so the leftmost identifier column is taken. Every other
            # identifier column whose profile says it is near-unique is meant to name one
            # record too (a card number and the holder's CCCD): a few repeats there are the
            # defect, where an owner's or a parent's id repeats by design.
            ids = [c for c, flags in dataset.columns.items() if flags & set(IDENTIFIER_FLAGS)]
            chosen = ids[:1] + [
                c for c in ids[1:] if dataset.distinct_share.get(c, 0.0) >= MEANT_UNIQUE
            ]
            specs += [
                CheckSpec(dataset.id, self.name, (c,)) for c in chosen if (c,) != tuple(dataset.key)
            ]
        return specs


@register_check_kind
class NearDuplicates(CheckKind):
    """The same person twice: equal name once folded (case, accents, spaces) and birth date.

    Counts the redundant copies: in a group of n look-alike records, n - 1 fail (the first
    by key stays), so the failing count estimates how many records are duplicates.
    """

    name = "near_duplicates"
    criterion = Criterion.CLEAN
    summary = "no two records share folded name + birth date (+ sex when present)"
    arity: ClassVar[tuple[int, int | None]] = (2, None)

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        name, *rest = spec.columns
        keys = [d.fold(ctx.col(name))]
        for column in rest:
            flags = ctx.dataset.columns.get(column, frozenset())
            value = ctx.col(column)
            if "birth_date" in flags and column not in ctx.dataset.other_calendar:
                keys.append(ctx.iso_date(column))  # another calendar's: compared as written
            elif flags & set(NAME_FLAGS):  # a given name after the family name
                keys.append(d.fold(value))
            else:
                keys.append(trimmed(d, value))
        order = ", ".join(ctx.col(k) for k in ctx.dataset.key) or keys[0]
        partition = ", ".join(keys)
        present = " AND ".join(nonblank(d, ctx.col(c)) for c in spec.columns)
        source = ctx.relation_of(ctx.dataset.id)
        relation = (
            f"(SELECT t.*, ROW_NUMBER() OVER (PARTITION BY {partition} ORDER BY {order}) AS _copy "
            f"FROM {source} t WHERE {present}) t"
        )
        counts = (
            "SELECT SUM(_n) AS a, SUM(_n - 1) AS f FROM "
            f"(SELECT COUNT(*) AS _n FROM {source} t WHERE {present} GROUP BY {partition}) g"
        )
        return RowQuery(applies="1 = 1", fails="t._copy > 1", relation=relation, counts=counts)

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        name = dataset.first("full_name")
        birth = dataset.first("birth_date", "birth_year")
        if not birth:
            return []
        if name:
            return [CheckSpec(dataset.id, self.name, (name, birth))]
        family, given = dataset.first("family_name"), dataset.first("given_name")
        if family and given:  # a foreign file's surname + given name
            return [CheckSpec(dataset.id, self.name, (family, given, birth))]
        return []


@register_check_kind
class Nfc(CheckKind):
    """Text is in Unicode NFC: decomposed (NFD) Vietnamese breaks equality and search."""

    name = "nfc"
    criterion = Criterion.CLEAN
    summary = "text is Unicode NFC (no decomposed combining marks)"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        col = ctx.col(spec.columns[0])
        return RowQuery(applies=nonblank(d, col), fails=d.regex(d.text(col), COMBINING_MARKS))

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        return [_spec(dataset, self.name, c) for c in _text_columns(dataset)]


@register_check_kind
class Whitespace(CheckKind):
    """No leading, trailing or doubled spaces."""

    name = "whitespace"
    criterion = Criterion.CLEAN
    summary = "no leading, trailing or repeated spaces"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        col = ctx.col(spec.columns[0])
        v = d.text(col)
        bad = f"{d.regex(v, '^[[:space:]]|[[:space:]]$|[[:space:]]{2}')}"
        return RowQuery(applies=nonblank(d, col), fails=bad)

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        return [_spec(dataset, self.name, c) for c in _text_columns(dataset)]


@register_check_kind
class NameCase(CheckKind):
    """Names in title case: every word starts upper case and continues lower case.

    A word wholly in capitals among title-case words is the family name written as many
    countries write it (``NOVAK Janez``, ``DUPONT Marie``): accepted, and so are the particles
    names write in small letters (``Ana Paula dos Santos``, ``Ludwig van Beethoven``, ``Ortega
    y Gasset``, ``Ahmad bin Ali``, ``Omar al-Bashir``). A name in capitals throughout, another
    word starting lower case or a word of mixed case (``NNguyễn``) fails.
    """

    name = "name_case"
    criterion = Criterion.CLEAN
    summary = "name is in title case (Nguyễn Văn An, not NGUYỄN VĂN AN or nguyễn văn an)"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        col = ctx.col(spec.columns[0])
        v = d.text(col)
        lower, upper = f"[{_LOWER}]", f"[{_UPPER}]"
        # particles out first (twice: "de la Cruz" holds two in a row), then the words checked
        particle = f"(^|[[:space:]])({_PARTICLES})([[:space:]]|-|$)"
        words = d.regex_replace_all(d.regex_replace_all(v, particle, " "), particle, " ")
        mixed_word = f"(^|[[:space:]]){lower}|{lower}{upper}|{upper}{upper}{lower}"
        all_capitals = f"NOT {d.regex(v, lower)} AND {d.regex(v, upper + upper)}"
        return RowQuery(
            applies=nonblank(d, col), fails=f"({d.regex(words, mixed_word)} OR ({all_capitals}))"
        )

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        return [_spec(dataset, self.name, c) for c in dataset.flagged("full_name")]


def format_class(d: Dialect, expr: str, family: str) -> str:
    """A label naming which format of ``family`` the value is written in ('other' if none)."""
    try:
        formats = FORMAT_FAMILIES[family]
    except KeyError:
        known = ", ".join(FORMAT_FAMILIES)
        raise InputError(f"There is no format family {family!r}; use one of {known}.") from None
    v = trimmed(d, expr)
    whens = " ".join(f"WHEN {d.regex(v, p)} THEN {d.literal(label)}" for label, p in formats)
    return f"CASE {whens} ELSE 'other' END"


@register_check_kind
class OneFormat(CheckKind):
    """One format per column: rows not in the column's dominant (or declared) format fail.

    ``family`` is ``date`` (default) or ``phone``; ``expected`` pins the format instead of
    taking the most common one.
    """

    name = "one_format"
    criterion = Criterion.CLEAN
    summary = "column uses one format (dates, phone numbers): the dominant or declared one"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        col = ctx.col(spec.columns[0])
        label = format_class(
            d, ctx.digits_read(spec.columns[0]), str(spec.params.get("family", "date"))
        )
        if "expected" in spec.params:
            target = d.literal(str(spec.params["expected"]))
        else:
            target = (
                f"(SELECT _fmt FROM (SELECT {label} AS _fmt, COUNT(*) AS _n "
                f"FROM {ctx.relation_of(ctx.dataset.id)} t WHERE {nonblank(d, col)} "
                f"GROUP BY {label} ORDER BY COUNT(*) DESC, 1 LIMIT 1) f)"
            )
        relation = f"(SELECT t.*, {label} AS _fmt FROM {ctx.relation_of(ctx.dataset.id)} t) t"
        # Counting needs one pass: the formats' counts, then the dominant one among them
        # (the same order as ``target``: most rows, then the label).
        dominant = (
            d.literal(str(spec.params["expected"]))
            if "expected" in spec.params
            else "FIRST_VALUE(_fmt) OVER (ORDER BY _n DESC, _fmt)"
        )
        counts = (
            f"SELECT SUM(_n) AS a, SUM(CASE WHEN {_own_format('_dom', '_fmt')} "
            "THEN 0 ELSE _n END) AS f FROM "
            f"(SELECT _fmt, _n, {dominant} AS _dom FROM "
            f"(SELECT {label} AS _fmt, COUNT(*) AS _n FROM {ctx.relation_of(ctx.dataset.id)} t "
            f"WHERE {nonblank(d, col)} GROUP BY {label}) g) c"
        )
        return RowQuery(
            applies=nonblank(d, col),
            fails=f"NOT {_own_format(target, 't._fmt')}",
            relation=relation,
            counts=counts,
        )

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        cols = dataset.flagged("birth_date") + dataset.flagged("death_date")
        cols += dataset.flagged("date")  # from profiled roles only
        specs = [_spec(dataset, self.name, c) for c in cols]
        return specs + [
            CheckSpec(dataset.id, self.name, (c,), {"family": "phone"})
            for c in dataset.flagged("phone")
        ]


@register_check_kind
class OldAddress(CheckKind):
    """Addresses still written with the district level (or old province) abolished in 2025."""

    name = "old_address"
    criterion = Criterion.CLEAN
    summary = "address no longer uses the pre-2025 district / province form"

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        d = ctx.dialect
        col = ctx.col(spec.columns[0])
        return RowQuery(applies=nonblank(d, col), fails=d.regex(d.text(col), OLD_ADDRESS))

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        cols = dataset.flagged_vietnamese("address") + [
            c for c in dataset.flagged("address_old") if c not in dataset.flagged("address")
        ]
        return [_spec(dataset, self.name, c) for c in cols]
