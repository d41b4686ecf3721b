"""The quality services the CLI, the web layer and the demo call.

``scan`` works on any datasets and connectors (tests, benchmarks); ``run_quality`` and
``find_failures`` take them from the registry and store every run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from lienthong.errors import NotFoundError
from lienthong.quality._engine import EngineOptions, ProgressFn, QualityEngine
from lienthong.quality._failures import FailurePage, failing_rows
from lienthong.quality._history import QualityRun, latest_runs, save_run
from lienthong.quality._links import column_facts
from lienthong.quality._model import DatasetInfo
from lienthong.quality._placement import Connector, ConnectorFactory
from lienthong.quality._profiled import profile_facts
from lienthong.quality._roles import (
    BIRTH_YEARS,
    DAY_NUMBERS,
    FOREIGN,
    MONTH_FIRST,
    MONTH_NAMES,
    RoleColumn,
    described,
    flags_from_roles,
)
from lienthong.quality._rules import RuleSet, _version, load_rules
from lienthong.quality._scores import all_scores
from lienthong.registry import Registry
from lienthong.sources import open_connector, resolve_url
from lienthong.store import Store

#: source kinds read from a file, whose age the file itself tells (``source_age``)
FILE_KINDS = frozenset({"csv", "excel", "sqlite"})


def scan(
    datasets: Mapping[str, DatasetInfo],
    connector_for: ConnectorFactory,
    *,
    only: Sequence[str] = (),
    rules: Path | None = None,
    as_of: date | None = None,
    options: EngineOptions | None = None,
    progress: ProgressFn | None = None,
) -> QualityRun:
    """Run every rule on ``only`` (default: all) of ``datasets``; nothing is stored."""
    for name in only:
        if name not in datasets:
            raise NotFoundError(
                f"There is no registered dataset {name!r}.",
                hint="List them with `lienthong registry datasets`.",
            )
    datasets = column_facts(datasets, connector_for)
    ruleset = load_rules(datasets, rules, only=only)
    opts = options or EngineOptions()
    if as_of is not None:
        opts.as_of = as_of
    started = datetime.now(UTC)
    engine = QualityEngine(datasets, connector_for, reference=ruleset.reference, options=opts)
    try:
        results = engine.run(ruleset.specs, problems=ruleset.problems, progress=progress)
    finally:
        engine.close()
    agency_of = {d.id: d.agency for d in datasets.values()}
    return QualityRun(
        id=0,
        started_at=started,
        finished_at=datetime.now(UTC),
        as_of=opts.as_of.isoformat(),
        rule_version=ruleset.version,
        results=results,
        scores=all_scores(results, agency_of),
        versions=_versions(ruleset),
        rules_path=str(rules) if rules else None,
    )


def _versions(ruleset: RuleSet) -> dict[str, str]:
    datasets = {s.dataset for s in ruleset.specs}
    return {d: _version(ruleset.for_dataset(d)) for d in datasets}


# -- the registry side -----------------------------------------------------------------------


def registered_datasets(store: Store) -> dict[str, DatasetInfo]:
    """Every registered dataset, as the checks see it (columns with their flags).

    A dataset no manifest described gets its flags from its stored profile's column roles
    (see :mod:`lienthong.quality._roles`), so a stranger's file gets checks too.
    """
    from lienthong.profiling import (
        THRESHOLD,
        reads_birth_years,
        reads_day_numbers,
        reads_foreign,
        reads_month_first,
        reads_month_names,
    )

    readers = (
        (DAY_NUMBERS, reads_day_numbers),
        (BIRTH_YEARS, reads_birth_years),
        (MONTH_FIRST, reads_month_first),
        (MONTH_NAMES, reads_month_names),
        (FOREIGN, reads_foreign),
    )

    registry = Registry(store)
    sources = {s.code: s for s in registry.list_sources()}
    out: dict[str, DatasetInfo] = {}
    for ds in registry.list_datasets():
        source = sources.get(ds.source)
        columns = {c.name: frozenset(c.flags) for c in ds.columns}
        profiled = None
        profile = registry.get_profile(ds.id)
        if profile is not None and not described(columns):
            profiled = [
                RoleColumn(
                    c.name,
                    c.role,
                    c.confidence,
                    frozenset(flag for flag, reads in readers if reads(c.evidence)),
                )
                for c in profile.columns
            ]
        flags, from_roles = flags_from_roles(columns, profiled, threshold=THRESHOLD)
        facts = profile_facts(profile, registry.get_previous_profile(ds.id) if profile else None)
        kind = source.kind if source else "sqlite"
        out[ds.id] = DatasetInfo(
            id=ds.id,
            agency=source.agency if source else "?",
            source=ds.source,
            source_kind=kind,
            table=str(ds.table),
            columns=flags,
            key=tuple(ds.key or ()),
            update_frequency=ds.update_frequency,
            title=ds.title,
            database=source.url if source and source.kind in ("postgresql", "mariadb") else None,
            from_roles=from_roles,
            path=resolve_url(source.url) if source and kind in FILE_KINDS else None,
            **facts,
        )
    return out


class RegistryConnectors:
    """Connectors opened on first use, one per source, from the registry; close them all after."""

    def __init__(self, store: Store) -> None:
        self.registry = Registry(store)
        self.opened: dict[str, Connector] = {}

    def __call__(self, dataset: DatasetInfo) -> Connector:
        if dataset.source not in self.opened:
            source = self.registry.get_source(dataset.source)
            self.opened[dataset.source] = open_connector(source, timeout_s=600.0)
        return self.opened[dataset.source]

    def close(self) -> None:
        for connector in self.opened.values():
            close = getattr(connector, "close", None)
            if close is not None:
                close()
        self.opened.clear()


def run_quality(
    store: Store,
    datasets: Sequence[str] = (),
    *,
    rules: Path | None = None,
    as_of: date | None = None,
    options: EngineOptions | None = None,
    progress: ProgressFn | None = None,
) -> QualityRun:
    """Scan registered datasets (all by default), store the run, return it with its id."""
    catalog = registered_datasets(store)
    if not catalog:
        raise NotFoundError(
            "No dataset is registered yet.",
            hint="Register sources first, e.g. `lienthong registry import DIR/manifest.json`.",
        )
    opts = options or EngineOptions()
    opts.store = store
    connectors = RegistryConnectors(store)
    try:
        run = scan(
            catalog,
            connectors,
            only=datasets,
            rules=rules,
            as_of=as_of,
            options=opts,
            progress=progress,
        )
    finally:
        connectors.close()
    run_id = save_run(store, run, {d.id: d.agency for d in catalog.values()})
    return QualityRun(
        run_id, run.started_at, run.finished_at, run.as_of, run.rule_version,
        run.results, run.scores, run.versions, run.rules_path,
    )  # fmt: skip


def find_failures(
    store: Store,
    dataset: str,
    check: str,
    *,
    rules: Path | None = None,
    limit: int = 20,
    page: int = 1,
    as_of: date | None = None,
) -> FailurePage:
    """The rows of ``dataset`` failing ``check`` (a name shown by ``quality run``), paged.

    Without ``rules``, the rule file of the latest stored run is used (if it still exists), so
    a check declared there can be listed right after ``quality run --rules FILE``.
    """
    if rules is None:
        latest = latest_runs(store, 1)
        path = latest[0].get("rules_path") if latest else None
        if path and Path(str(path)).is_file():
            rules = Path(str(path))
    catalog = registered_datasets(store)
    connectors = RegistryConnectors(store)
    try:
        return failures_in(catalog, connectors, dataset, check,
                           rules=rules, limit=limit, page=page, as_of=as_of)  # fmt: skip
    finally:
        connectors.close()


def failures_in(
    datasets: Mapping[str, DatasetInfo],
    connector_for: ConnectorFactory,
    dataset: str,
    check: str,
    *,
    rules: Path | None = None,
    limit: int = 20,
    page: int = 1,
    as_of: date | None = None,
) -> FailurePage:
    if dataset not in datasets:
        raise NotFoundError(f"There is no registered dataset {dataset!r}.")
    if check.startswith("referential:"):  # may be a reference found by value overlap
        datasets = column_facts(datasets, connector_for)
    elif check.startswith("unique:"):  # may be an identifier found near-unique by its values
        datasets = column_facts(datasets, connector_for, only=[dataset], links=False)
    ruleset = load_rules(datasets, rules, only=[dataset])
    spec = ruleset.find(dataset, check)
    if spec is None:
        names = ", ".join(s.id for s in ruleset.for_dataset(dataset))
        raise NotFoundError(
            f"{dataset} has no check named {check!r}.", hint=f"Its checks: {names}."
        )
    options = EngineOptions(materialize=False)
    if as_of is not None:
        options.as_of = as_of
    engine = QualityEngine(datasets, connector_for, reference=ruleset.reference, options=options)
    try:
        return failing_rows(engine, spec, limit=limit, page=page)
    finally:
        engine.close()
