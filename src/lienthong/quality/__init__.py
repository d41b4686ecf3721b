"""Data quality measured for real: đúng (correct), đủ (complete), sạch (clean), sống (live).

Rules come from the registry's column flags (a column flagged ``cccd`` gets the CCCD checks…)
and an optional YAML file (docs/quality-rules.md). Each rule compiles to SQL for the engine
where the data is cheapest to read: pushed down into PostgreSQL/MariaDB, or DuckDB over
SQLite/CSV/Excel/Parquet. Every run is stored with its scores so trends are queryable.

    run = run_quality(store)                 # all registered datasets, stored
    report(store)                            # scores per dataset / agency, change since last run
    find_failures(store, "land.land", "cccd_structure:so_giay_to", limit=20, page=1)
"""

from typing import TYPE_CHECKING

from lienthong._lazy import lazy_facade

if TYPE_CHECKING:  # the modules load on first use: see lienthong._lazy
    from lienthong.quality._dialect import Dialect, DuckDBDialect, MySQLDialect, PostgresDialect
    from lienthong.quality._engine import EngineOptions, QualityEngine
    from lienthong.quality._failures import FailurePage, failing_rows
    from lienthong.quality._history import QualityRun, Report, ReportRow, latest_runs, report
    from lienthong.quality._kinds import CheckKind, check_kind, check_kinds, register_check_kind
    from lienthong.quality._live import parse_duration
    from lienthong.quality._model import (
        AggregateQuery,
        CheckContext,
        CheckResult,
        CheckSpec,
        Criterion,
        DatasetInfo,
        Outcome,
        RowQuery,
        RuleProblem,
        StoreCheck,
    )
    from lienthong.quality._retention import QualityArchive
    from lienthong.quality._retention import archive_before as archive_quality
    from lienthong.quality._rules import RuleSet, load_rules
    from lienthong.quality._scores import Score
    from lienthong.quality._service import (
        failures_in,
        find_failures,
        registered_datasets,
        run_quality,
        scan,
    )

__all__ = [
    "AggregateQuery",
    "CheckContext",
    "CheckKind",
    "CheckResult",
    "CheckSpec",
    "Criterion",
    "DatasetInfo",
    "Dialect",
    "DuckDBDialect",
    "EngineOptions",
    "FailurePage",
    "MySQLDialect",
    "Outcome",
    "PostgresDialect",
    "QualityArchive",
    "QualityEngine",
    "QualityRun",
    "Report",
    "ReportRow",
    "RowQuery",
    "RuleProblem",
    "RuleSet",
    "Score",
    "StoreCheck",
    "archive_quality",
    "check_kind",
    "check_kinds",
    "failing_rows",
    "failures_in",
    "find_failures",
    "latest_runs",
    "load_rules",
    "parse_duration",
    "register_check_kind",
    "registered_datasets",
    "report",
    "run_quality",
    "scan",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_facade(__name__, __file__)
