"""An agency publishes a data service without writing SQL: `registry add-service`.

The agency names the dataset, the lookup columns and the fields; the query is generated here
and checked like any service query (LIMIT 0 on the real source). Everything is checked against
the dataset first — columns exist, types fit an equality lookup, the lookup is indexed (or the
operator is told it will scan) — so bad input stores nothing.

Personal is decided from the data, never from what the publisher says: a service over a
dataset with a personal column is personal, and a column counts as personal when its flag *or
its profile* says so, unless a person declared it non-personal (recorded and audited,
``Registry.mark_not_personal``). A manifest that left a flag out cannot make a register of
people non-personal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from lienthong.errors import InputError
from lienthong.profiling import IDENTIFIER_ROLES, DatasetProfile
from lienthong.registry._build import build_service, check_offer
from lienthong.registry._model import (
    Column,
    Dataset,
    Published,
    PublishSpec,
    ServiceParameter,
    ServiceSpec,
    Source,
    check_parameter_name,
)
from lienthong.sources import Connector

#: Purpose (legal-basis) codes, as the gateway reads them from ``X-Purpose``.
_PURPOSE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}", re.ASCII)
#: Column types an equality lookup cannot rely on (rounding, binary, structured values).
_NOT_LOOKUP = re.compile(
    r"float|double|real|numeric\(|decimal|blob|binary|bytea|json|\[\]|map|struct", re.I
)
_INTEGER = re.compile(r"\b(tiny|small|big|medium)?int(eger)?\d*\b|^hugeint$|^u?bigint$", re.I)
_DATE = re.compile(r"^date$", re.I)
#: Profile roles whose values the gateway checks by shape (exchange._params).
_ROLE_TYPES = {"cccd": "cccd", "cmnd": "cmnd", "mst": "mst"}
#: Flags that name a person's identifier (a subject column can be taken from them).
_SUBJECT_ROLES = ("cccd", "cccd_or_cmnd", "cmnd")
_FILE_KINDS = ("csv", "excel")
#: Profile roles a subject column may have (a person's identifier).
_IDENTIFIERS = IDENTIFIER_ROLES
_MAX_TEXT = 2000


def personal_columns(
    dataset: Dataset, profile: DatasetProfile | None, declared: Mapping[str, object]
) -> tuple[str, ...]:
    """Columns holding personal data: flagged, or profiled as personal, and not declared
    otherwise by a person (the only way out, and an audited one)."""
    found = []
    for column in dataset.columns:
        profiled = profile.column(column.name) if profile else None
        flagged = column.personal or (profiled is not None and profiled.personal)
        if flagged and column.name not in declared:
            found.append(column.name)
    return tuple(found)


def plan_service(
    spec: PublishSpec,
    dataset: Dataset,
    source: Source,
    connector: Connector,
    *,
    profile: DatasetProfile | None,
    declared: Mapping[str, object],
) -> Published:
    """The service to store, checked against the dataset and the source; nothing written."""
    name = check_offer(spec.provider, spec.code, spec.version, dataset, source)
    columns = {column.name: column for column in dataset.columns}
    known = ", ".join(columns)
    lookup = tuple(dict.fromkeys(spec.lookup))
    if not lookup:
        raise InputError(f"{name} needs at least one lookup column (--by COLUMN).")
    for by in lookup:
        if by not in columns:
            raise InputError(
                f"{name} looks up by {by!r}, which dataset {dataset.id} does not have;"
                f" its columns are: {known}."
            )
        check_parameter_name(by)
        _check_lookup_type(name, columns[by])
    fields = tuple(dict.fromkeys(spec.fields)) or tuple(columns)
    missing = [field for field in fields if field not in columns]
    if missing:
        raise InputError(
            f"{name} offers field(s) {', '.join(missing)} that dataset {dataset.id} does not"
            f" have; its columns are: {known}."
        )
    for purpose in spec.purposes:
        if not _PURPOSE.fullmatch(purpose):
            raise InputError(
                f"{name}: the purpose {purpose[:64]!r} is not a legal-basis code"
                " (letters, digits, . _ : / -, e.g. BHYT-CAP-THE)."
            )
    for label, text in (
        ("title", spec.title),
        ("English title", spec.title_en),
        ("description", spec.description),
        ("English description", spec.description_en),
        ("legal basis", spec.legal_basis),
    ):
        if text is not None and (not text.strip() or len(text) > _MAX_TEXT):
            raise InputError(f"{name}: the {label} must be 1 to {_MAX_TEXT} characters.")
    personal = personal_columns(dataset, profile, declared)
    notes: list[str] = []
    subject = spec.subject_column
    if subject is not None and subject not in columns:
        raise InputError(
            f"{name}: the subject column {subject!r} is not in dataset {dataset.id};"
            f" its columns are: {known}."
        )
    if subject is None and personal:
        subject = _guess_subject(dataset, profile)
        if subject is None:
            raise InputError(
                f"{name} is over personal data ({', '.join(personal)}): say which column"
                " identifies the person, so that consent and the citizen's access log key on it.",
                hint="Add --subject-column COLUMN (the column holding the citizen's CCCD).",
            )
        notes.append(f"The data subject is identified by {subject} (its values are CCCDs).")
    if subject is not None:
        _check_subject_type(name, columns[subject], profile)
    parameters = tuple(
        ServiceParameter(by, _parameter_type(columns[by], profile), subject=by == subject)
        for by in lookup
    )
    notes.extend(_scan_notes(lookup, dataset, source, connector, profile))
    quote = getattr(connector, "ident_quote", '"')
    selected = fields + ((subject,) if subject is not None and subject not in fields else ())
    where = " AND ".join(f"{_quote(by, quote)} = :{by}" for by in lookup)
    query = (
        f"SELECT {', '.join(_quote(c, quote) for c in selected)}"
        f" FROM {_quote(dataset.table, quote)} WHERE {where}"
    )
    built = build_service(
        ServiceSpec(
            provider=spec.provider,
            code=spec.code,
            version=spec.version,
            dataset=dataset.id,
            query=query,
            title=spec.title,
            parameters=parameters,
            fields=fields,
            personal=bool(personal),
        ),
        dataset,
        source,
        connector,
    )
    service = replace(
        built,
        personal=bool(personal),
        title_en=spec.title_en,
        description=spec.description,
        description_en=spec.description_en,
        legal_basis=spec.legal_basis,
        purposes=tuple(dict.fromkeys(spec.purposes)),
        subject_column=subject,
        published_by=spec.published_by,
    )
    return Published(service, tuple(notes))


def _quote(name: str, quote: str) -> str:
    return quote + name.replace(quote, quote * 2) + quote


def _check_lookup_type(name: str, column: Column) -> None:
    if _NOT_LOOKUP.search(column.type):
        raise InputError(
            f"{name} cannot look up by {column.name}: its type {column.type} does not compare"
            " exactly (use an identifier, code, integer, date or text column)."
        )


def _check_subject_type(name: str, column: Column, profile: DatasetProfile | None) -> None:
    """The subject column must hold identifiers: a name or a date names no one for consent."""
    profiled = profile.column(column.name) if profile else None
    role = profiled.role if profiled is not None else None
    wrong_role = role is not None and role not in _IDENTIFIERS
    if _NOT_LOOKUP.search(column.type) or _DATE.search(column.type) or wrong_role:
        what = f"its values look like {role}" if wrong_role else f"its type is {column.type}"
        raise InputError(
            f"{name}: the subject column {column.name} cannot identify a person ({what});"
            " name the column holding the citizen's CCCD."
        )


def _parameter_type(column: Column, profile: DatasetProfile | None) -> str:
    """How the gateway checks a lookup value before any query runs (see exchange._params)."""
    for flag in column.flags:
        if flag in ("cccd", "cmnd", "cccd_or_cmnd", "mst"):
            return flag
    profiled = profile.column(column.name) if profile else None
    if profiled is not None and profiled.role in _ROLE_TYPES and profiled.confidence >= 0.9:
        return _ROLE_TYPES[profiled.role]
    if _INTEGER.search(column.type):
        return "int"
    if _DATE.search(column.type):
        return "date"
    return "text"


def _guess_subject(dataset: Dataset, profile: DatasetProfile | None) -> str | None:
    """The one column that holds a person's identifier, if exactly one does."""
    found = [c.name for c in dataset.columns if any(f in c.flags for f in _SUBJECT_ROLES)]
    if not found and profile is not None:
        found = [c.name for c in profile.columns if c.role in _SUBJECT_ROLES]
    return found[0] if len(found) == 1 else None


def _scan_notes(
    lookup: tuple[str, ...],
    dataset: Dataset,
    source: Source,
    connector: Connector,
    profile: DatasetProfile | None,
) -> list[str]:
    """A sentence when no index starts with a lookup column: each call then reads the table."""
    if source.kind in _FILE_KINDS:  # the gateway indexes the dataset key of a file in memory
        indexes = [dataset.key] if dataset.key else []
    else:
        indexes = connector.indexes(dataset.table)
    if any(index[0] in lookup for index in indexes if index):
        return []
    rows = f" ({profile.rows:,} rows when profiled)" if profile is not None else ""
    fix = (
        "declare it as the dataset key in a manifest"
        if source.kind in _FILE_KINDS
        else f"create an index on {lookup[0]} in {source.code}"
    )
    return [
        f"No index on {', '.join(lookup)} in {dataset.id}: each call will scan the whole"
        f" table{rows}; {fix} to make lookups fast."
    ]
