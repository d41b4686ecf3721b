"""Turning what a caller says plus what the real source shows into registry records.

Everything here is checked against the source itself: a dataset's table and columns must exist
in the introspected schema, a service's query must run (LIMIT 0) and return the fields it
promises. Nothing is written; the :class:`Registry` writes the result in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from lienthong.errors import InputError, LienthongError
from lienthong.registry._model import (
    Column,
    DataService,
    Dataset,
    DatasetSpec,
    ServiceSpec,
    Source,
    check_code,
    check_duration,
    check_flags,
    check_parameter_name,
    check_version,
)
from lienthong.sources import Connector, TableSchema, mask_url, parse_query


def build_source(
    *,
    agency: str,
    code: str,
    url: str,
    kind: str,
    title: str | None,
    schemas: Sequence[TableSchema],
    specs: Sequence[DatasetSpec] | None,
) -> Source:
    """The source with one dataset per spec (every table when ``specs`` is None)."""
    check_code(code, "Source code")
    by_name = {schema.name: schema for schema in schemas}
    if specs is None:
        specs = [DatasetSpec(table=name) for name in by_name]
    seen: set[str] = set()
    built = []
    for spec in specs:
        if spec.table in seen:
            raise InputError(f"Source {code!r} lists table {spec.table!r} twice.")
        seen.add(spec.table)
        schema = by_name.get(spec.table)
        if schema is None:
            known = ", ".join(sorted(by_name)) or "none"
            raise InputError(
                f"Source {code!r} ({mask_url(url)}) has no table {spec.table!r};"
                f" its tables are: {known}."
            )
        built.append(_build_dataset(code, schema, spec))
    return Source(code, agency, kind, url, title, tuple(built))


def _build_dataset(source: str, schema: TableSchema, spec: DatasetSpec) -> Dataset:
    dataset_id = f"{source}.{schema.name}"
    names = set(schema.column_names)
    unknown = sorted(set(spec.columns) - names)
    if unknown:
        raise InputError(
            f"Dataset {dataset_id} describes column(s) {', '.join(unknown)} that the table does"
            f" not have; its columns are: {', '.join(schema.column_names)}."
        )
    key = spec.key if spec.key is not None else schema.primary_key
    missing_key = [name for name in key if name not in names]
    if missing_key:
        raise InputError(
            f"Dataset {dataset_id}: key column(s) {', '.join(missing_key)} are not in the table."
        )
    columns = []
    for column in schema.columns:
        described = spec.columns.get(column.name)
        flags = check_flags(described.flags, f"{dataset_id}.{column.name}") if described else ()
        columns.append(
            Column(
                column.name,
                column.type,
                column.nullable,
                flags,
                described.description if described else None,
            )
        )
    return Dataset(
        id=dataset_id,
        source=source,
        table=schema.name,
        title=spec.title,
        key=tuple(key),
        columns=tuple(columns),
        owner=spec.owner,
        update_frequency=check_duration(spec.update_frequency),
        legal_basis=spec.legal_basis,
    )


def check_offer(provider: str, code: str, version: str, dataset: Dataset, source: Source) -> str:
    """Check a service's identity and that its provider holds the dataset; its display name.

    Written once for the two ways a service is made (a full query in a manifest, or the
    ``add-service`` plan), so both refuse the same offers with the same words.
    """
    check_code(provider, "Agency code")
    check_code(code, "Service code")
    check_version(version)
    if provider != source.agency:
        raise InputError(
            f"Agency {provider} does not hold dataset {dataset.id}: it belongs to"
            f" {source.agency}, so only {source.agency} can offer a service over it."
        )
    return f"Service {provider}/{code}/{version}"


def build_service(
    spec: ServiceSpec, dataset: Dataset, source: Source, connector: Connector
) -> DataService:
    """Check a service against its dataset and the real source; the record to store."""
    name = check_offer(spec.provider, spec.code, spec.version, dataset, source)
    declared = [check_parameter_name(parameter.name) for parameter in spec.parameters]
    if len(set(declared)) != len(declared):
        raise InputError(f"{name} declares a parameter twice.")
    query = parse_query(spec.query)
    undeclared = [p for p in query.parameters if p not in declared]
    unused = [p for p in declared if p not in query.parameters]
    if undeclared:
        raise InputError(f"{name}: the query uses undeclared parameter(s) {', '.join(undeclared)}.")
    if unused:
        raise InputError(f"{name}: parameter(s) {', '.join(unused)} are declared but not used.")
    try:
        returned = connector.result_columns(spec.query)
    except LienthongError as exc:
        raise type(exc)(f"{name}: the query does not run on {source.code}: {exc.message}") from exc
    fields = spec.fields or tuple(returned)
    missing = [field for field in fields if field not in returned]
    if missing:
        raise InputError(
            f"{name} promises field(s) {', '.join(missing)} that the query does not return"
            f" (it returns {', '.join(returned)})."
        )
    personal_fields = [
        field for field in fields if (column := dataset.column(field)) and column.personal
    ]
    if personal_fields and not spec.personal:
        raise InputError(
            f"{name} returns personal data ({', '.join(personal_fields)}) but is not marked"
            " personal.",
            hint='Set "personal": true so the gateway asks for consent or a legal basis.',
        )
    return DataService(
        provider=spec.provider,
        code=spec.code,
        version=spec.version,
        dataset=dataset.id,
        title=spec.title,
        query=spec.query,
        parameters=spec.parameters,
        fields=tuple(fields),
        personal=spec.personal or bool(personal_fields),
    )
