"""Record linkage across silos and the master index of people and businesses.

Splink-style layers: :mod:`settings <lienthong.linkage._settings>` (comparisons, blocking that
never uses a name alone), :mod:`backends <lienthong.linkage._backends>` (DuckDB, Spark),
training and prediction (:mod:`_model`), clustering (:mod:`_cluster`), the master index in the
platform store (:mod:`_index`), evaluation, explanations and incremental resolution.

    run_linkage(store)                       # link every registered person/business dataset
    Resolver(store).resolve({"full_name": …, "birth_date": …})   # one new record
"""

from typing import TYPE_CHECKING

from lienthong._lazy import lazy_facade

if TYPE_CHECKING:  # the modules load on first use: see lienthong._lazy
    from lienthong.linkage._backends import (
        BACKENDS,
        Backend,
        DuckDBBackend,
        SparkBackend,
        get_backend,
    )
    from lienthong.linkage._evaluate import Evaluation, evaluate, read_truth
    from lienthong.linkage._explain import check_offline, explain_pair, explain_to_file
    from lienthong.linkage._features import record_features
    from lienthong.linkage._index import (
        IndexEntry,
        export_csv,
        index_counts,
        latest_model,
        person_records,
    )
    from lienthong.linkage._inputs import LinkInput, roles_from_flags, roles_from_names
    from lienthong.linkage._pipeline import LinkResult, link
    from lienthong.linkage._resolve import Resolution, Resolver
    from lienthong.linkage._service import (
        evaluate_curve,
        evaluate_index,
        index_mapping,
        run_linkage,
    )
    from lienthong.linkage._settings import LinkSettings

__all__ = [
    "BACKENDS",
    "Backend",
    "DuckDBBackend",
    "Evaluation",
    "IndexEntry",
    "LinkInput",
    "LinkResult",
    "LinkSettings",
    "Resolution",
    "Resolver",
    "SparkBackend",
    "check_offline",
    "evaluate",
    "evaluate_curve",
    "evaluate_index",
    "explain_pair",
    "explain_to_file",
    "export_csv",
    "get_backend",
    "index_counts",
    "index_mapping",
    "latest_model",
    "link",
    "person_records",
    "read_truth",
    "record_features",
    "roles_from_flags",
    "roles_from_names",
    "run_linkage",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_facade(__name__, __file__)
