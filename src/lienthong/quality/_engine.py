"""Run compiled checks: one scan per dataset for simple checks, errors isolated per check.

The engine compiles every rule for the place it will run (pushdown or DuckDB), folds the
checks that read only the dataset's own rows into a single ``SELECT SUM(CASE …)…`` (one pass
over the data whatever the number of checks), and runs the rest (joins, windows) one by one.
A failure (missing column, bad rule, unreachable source, SQL error) becomes that check's error
sentence; every other check still runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb

from lienthong.errors import InputError, LienthongError, SourceError
from lienthong.quality._kinds import CheckKind, check_kind
from lienthong.quality._model import (
    AggregateQuery,
    CheckContext,
    CheckResult,
    CheckSpec,
    CompiledCheck,
    DatasetInfo,
    Outcome,
    RowQuery,
    RuleProblem,
    StoreCheck,
)
from lienthong.quality._placement import (
    PUSHDOWN_KINDS,
    ConnectorFactory,
    DuckDBPlace,
    Place,
    PushdownPlace,
)

ProgressFn = Callable[[int, int, str], None]


@dataclass
class _Planned:
    spec: CheckSpec
    kind: CheckKind
    place: Place
    compiled: CompiledCheck


@dataclass
class _Task:
    """Checks run by one call: a shared scan of several, or one check alone."""

    label: str
    checks: list[_Planned]
    runner: Callable[[list[_Planned]], list[CheckResult]]

    @property
    def concurrent(self) -> int:
        """How many tasks may run beside this one (its place's say; store checks: none)."""
        if any(isinstance(p.compiled, StoreCheck) for p in self.checks):
            return 1
        return self.checks[0].place.concurrent

    def run(self) -> list[CheckResult]:
        return self.runner(self.checks)


@dataclass
class EngineOptions:
    as_of: date = field(default_factory=date.today)
    pushdown: bool = True
    materialize: bool = True
    threads: int | None = None
    timeout_s: float = 600.0
    store: Any = None


def _sentence(exc: BaseException) -> str:
    if isinstance(exc, LienthongError):
        return str(exc)
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"The database rejected the check's SQL: {first}"


class QualityEngine:
    """Compiles and runs checks over registered datasets."""

    def __init__(
        self,
        datasets: Mapping[str, DatasetInfo],
        connector_for: ConnectorFactory,
        *,
        reference: str | None = None,
        options: EngineOptions | None = None,
    ) -> None:
        self.datasets = dict(datasets)
        self.connector_for = connector_for
        self.options = options or EngineOptions()
        self.reference = self.datasets.get(reference) if reference else None
        self._duck: DuckDBPlace | None = None
        self._pushdown: dict[str, PushdownPlace] = {}
        self._cache: dict[str, Any] = {}

    # -- places -------------------------------------------------------------------------------

    def duckdb(self) -> DuckDBPlace:
        if self._duck is None:
            self._duck = DuckDBPlace(
                self.datasets,
                self.connector_for,
                materialize=self.options.materialize,
                threads=self.options.threads,
            )
        return self._duck

    def _place_for(self, touched: set[str]) -> Place:
        locations = {self.datasets[d].location for d in touched}
        first = self.datasets[sorted(touched)[0]]
        if self.options.pushdown and len(locations) == 1 and first.source_kind in PUSHDOWN_KINDS:
            if first.location not in self._pushdown:
                self._pushdown[first.location] = PushdownPlace(
                    self.connector_for(first),
                    self.datasets,
                    first.source_kind,
                    self.options.timeout_s,
                )
            return self._pushdown[first.location]
        return self.duckdb()

    def context(self, dataset: DatasetInfo, place: Place | None) -> CheckContext:
        return CheckContext(
            dataset=dataset,
            dialect=place.dialect if place else self.duckdb().dialect,
            relation_of=place.relation_of if place else self.duckdb().relation_of,
            datasets=self.datasets,
            reference=self.reference,
            as_of=self.options.as_of,
            store=self.options.store,
            cache=self._cache,
            column_type=place.column_type if place else self.duckdb().column_type,
        )

    def plan(self, spec: CheckSpec) -> _Planned:
        """Kind, place and compiled SQL for one rule; raises with a sentence on any problem."""
        if spec.dataset not in self.datasets:
            raise InputError(f"There is no registered dataset {spec.dataset!r}.")
        dataset = self.datasets[spec.dataset]
        kind = check_kind(spec.kind)
        low, high = kind.arity
        if len(spec.columns) < low or (high is not None and len(spec.columns) > high):
            wanted = f"{low}" if low == high else f"{low} to {high or 'any number of'}"
            raise InputError(
                f"The check {spec.id} needs {wanted} column(s); it names {len(spec.columns)}."
            )
        missing = [p for p in kind.required_params if p not in spec.params]
        if missing:
            raise InputError(f"The check {spec.id} needs the parameter(s) {', '.join(missing)}.")
        ctx_any = CheckContext(
            dataset=dataset,
            dialect=None,
            relation_of=lambda _d: "",
            datasets=self.datasets,
            reference=self.reference,
            as_of=self.options.as_of,
            store=self.options.store,
        )
        absent = [c for c in kind.columns_needed(spec, ctx_any) if c not in dataset.columns]
        if absent:
            have = ", ".join(dataset.columns) or "none"
            raise InputError(
                f"The check {spec.id} needs the column {', '.join(absent)}, which {dataset.id} "
                f"does not have (it has: {have})."
            )
        touched = kind.touches(spec, ctx_any)
        unknown = touched - set(self.datasets)
        if unknown:
            raise InputError(
                f"The check {spec.id} reads {', '.join(sorted(unknown))}, not registered."
            )
        place = self._place_for(touched)
        compiled = kind.compile(spec, self.context(dataset, place))
        return _Planned(spec, kind, place, compiled)

    # -- running ------------------------------------------------------------------------------

    def run(
        self,
        specs: Sequence[CheckSpec],
        *,
        problems: Iterable[RuleProblem] = (),
        progress: ProgressFn | None = None,
    ) -> list[CheckResult]:
        results: list[CheckResult] = [
            CheckResult(p.dataset, p.check, p.kind, _criterion(p.kind), (), "-", error=p.message)
            for p in problems
        ]
        total = len(specs)
        done = 0
        by_dataset: dict[str, list[CheckSpec]] = {}
        for spec in specs:
            by_dataset.setdefault(spec.dataset, []).append(spec)
        for dataset_id, dataset_specs in by_dataset.items():
            planned: list[_Planned] = []
            for spec in dataset_specs:
                try:
                    planned.append(self.plan(spec))
                except (LienthongError, duckdb.Error) as exc:
                    results.append(_error(spec, "-", exc))
                    done += 1
            batch = [
                p
                for p in planned
                if isinstance(p.compiled, RowQuery) and p.compiled.relation is None
            ]
            groups: dict[int, list[_Planned]] = {}
            for p in batch:
                groups.setdefault(id(p.place), []).append(p)
            tasks = [
                _Task(f"{dataset_id}: {len(g)} checks in one scan", g, self._run_batch)
                for g in groups.values()
            ] + [_Task(f"{dataset_id}: {p.spec.id}", [p], self._run_alone) for p in planned
                 if p not in batch]  # fmt: skip
            finished: dict[int, list[CheckResult]] = {}
            for index, task_results in self._execute(tasks):
                finished[index] = task_results
                done += len(task_results)
                if progress:
                    progress(done, total, tasks[index].label)
            results += [r for i in sorted(finished) for r in finished[i]]
        if progress:
            progress(total, total, "done")
        return results

    def _execute(self, tasks: list[_Task]) -> Iterator[tuple[int, list[CheckResult]]]:
        """Each task's index and results as it ends, running at once those whose place allows.

        A DuckDB place runs as many queries at once as it has threads: a query's serial
        stretches (a scan's tail, numpy's sort of hashes, a single-threaded count) leave a
        core idle that another check's query then uses. Checks pushed down to a source
        database run one after another, as a polite client of someone's production system;
        checks against the platform store, too.
        """
        together = [i for i, t in enumerate(tasks) if t.concurrent > 1]
        workers = min(max((tasks[i].concurrent for i in together), default=1), len(together))
        if workers <= 1:
            together = []
        alone = [i for i in range(len(tasks)) if i not in together]
        with ThreadPoolExecutor(max(workers, 1), thread_name_prefix="quality") as pool:
            running = {pool.submit(tasks[i].run): i for i in together}
            for i in alone:
                yield i, tasks[i].run()
            for future in as_completed(running):
                yield running[future], future.result()

    def _run_alone(self, group: list[_Planned]) -> list[CheckResult]:
        return [self._run_one(p) for p in group]

    def _run_batch(self, group: list[_Planned]) -> list[CheckResult]:
        place = group[0].place
        dataset = group[0].spec.dataset
        # One scan, two conditional sums per check straight over the rows. (A per-row state
        # column summed in an outer query cost DuckDB a projection of every row: about 2x.)
        sums = []
        for i, p in enumerate(group):
            q = p.compiled
            assert isinstance(q, RowQuery)
            sums.append(f"SUM(CASE WHEN ({q.applies}) THEN 1 ELSE 0 END) AS a{i}")
            sums.append(f"SUM(CASE WHEN ({q.applies}) AND ({q.fails}) THEN 1 ELSE 0 END) AS f{i}")
        started = time.perf_counter()
        derived: dict[str, str] = {}
        for p in group:
            assert isinstance(p.compiled, RowQuery)
            derived.update(p.compiled.derived)
        try:
            relation = with_derived(place.relation_of(dataset), tuple(derived.items()))
            sql = f"SELECT {', '.join(sums)} FROM {relation}"
            row = place.query(sql)[0]
        except SourceError as exc:
            return [_error(p.spec, place.engine, exc) for p in group]
        except (LienthongError, duckdb.Error, Exception) as exc:  # noqa: BLE001
            if len(group) == 1:
                return [_error(group[0].spec, place.engine, exc)]
            return [self._run_one(p) for p in group]  # isolate the check that broke the batch
        share = (time.perf_counter() - started) * 1000 / len(group)
        return [
            _result(p, Outcome(int(row[f"a{i}"] or 0), int(row[f"f{i}"] or 0)), share)
            for i, p in enumerate(group)
        ]

    def _run_one(self, p: _Planned) -> CheckResult:
        started = time.perf_counter()
        try:
            outcome = self.measure(p)
        except (LienthongError, duckdb.Error, Exception) as exc:  # noqa: BLE001
            return _error(p.spec, p.place.engine, exc)
        return _result(p, outcome, (time.perf_counter() - started) * 1000)

    def measure(self, p: _Planned) -> Outcome:
        q = p.compiled
        ctx = self.context(self.datasets[p.spec.dataset], p.place)
        if isinstance(q, StoreCheck):
            return q.evaluate(ctx)
        if isinstance(q, RowQuery):
            if q.counts and q.grouping:
                return p.place.count_copies(p.spec.dataset, q.grouping, q.counts)
            relation = row_relation(q, p.place.relation_of(p.spec.dataset))
            sql = q.counts or (
                f"SELECT SUM(CASE WHEN ({q.applies}) THEN 1 ELSE 0 END) AS a, "
                f"SUM(CASE WHEN ({q.applies}) AND ({q.fails}) THEN 1 ELSE 0 END) AS f "
                f"FROM {relation}"
            )
            row = p.place.query(sql)[0]
            return Outcome(int(row["a"] or 0), int(row["f"] or 0))
        relation = q.relation or p.place.relation_of(p.spec.dataset)
        if isinstance(q, AggregateQuery):
            return q.judge(
                p.place.query(f"SELECT {q.select} FROM {relation}" + ("" if q.relation else " t"))[
                    0
                ],
                ctx,
            )
        raise TypeError(f"unknown compiled check {type(q).__name__}")

    def close(self) -> None:
        if self._duck is not None:
            self._duck.close()
            self._duck = None


def with_derived(base: str, derived: tuple[tuple[str, str], ...]) -> str:
    """``base`` aliased ``t``, with the derived columns computed once per row when any."""
    if not derived:
        return f"{base} t"
    columns = ", ".join(f"{expr} AS {alias}" for alias, expr in derived)
    return f"(SELECT t.*, {columns} FROM {base} t) t"


def row_relation(q: RowQuery, dataset_relation: str) -> str:
    """The FROM item a row check's predicates read."""
    if q.relation is not None:
        return q.relation
    return with_derived(dataset_relation, q.derived)


def _criterion(kind: str) -> Any:
    try:
        return check_kind(kind).criterion
    except LienthongError:
        return None


def _error(spec: CheckSpec, engine: str, exc: BaseException) -> CheckResult:
    return CheckResult(
        dataset=spec.dataset,
        check=spec.id,
        kind=spec.kind,
        criterion=_criterion(spec.kind),
        columns=spec.columns,
        engine=engine,
        error=_sentence(exc),
        origin=spec.origin,
    )


def _result(p: _Planned, outcome: Outcome, elapsed_ms: float) -> CheckResult:
    return CheckResult(
        dataset=p.spec.dataset,
        check=p.spec.id,
        kind=p.spec.kind,
        criterion=p.kind.criterion,
        columns=p.spec.columns,
        engine=p.place.engine,
        total=outcome.total,
        failed=outcome.failed,
        score=outcome.score,
        observed=outcome.observed,
        note=outcome.note,
        elapsed_ms=round(elapsed_ms, 2),
        origin=p.spec.origin,
    )
