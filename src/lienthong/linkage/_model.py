"""Training and prediction with Splink (Fellegi–Sunter).

u-probabilities come from random pairs (capped by ``max_pairs``); m-probabilities from EM
sessions on blocking rules that never block on a name alone, each capped by ``em_max_pairs``
(uncapped EM on name blocks underflowed in a 1.8M-record trial). The prior comes from the pairs
that share a trusted CCCD.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection
from typing import Any

import duckdb

from lienthong.errors import InputError
from lienthong.linkage._backends import Backend
from lienthong.linkage._blocking import count_pairs
from lienthong.linkage._settings import LinkSettings, splink_settings, training_rules
from lienthong.linkage._u import estimate_u


def present_columns(con: duckdb.DuckDBPyConnection, records: str) -> set[str]:
    """Columns of ``records`` with at least one non-empty value among person records."""
    columns = [row[0] for row in con.execute(f"DESCRIBE {records}").fetchall()]
    counts = ", ".join(f'count("{c}")' for c in columns)
    row = con.execute(f"SELECT {counts} FROM {records} WHERE entity_type = 'person'").fetchone()
    return {c for c, n in zip(columns, row or (), strict=False) if n}


def people_frame(backend: Backend, records: str) -> tuple[Any, Any]:
    """The Splink database API and the frame of the person records of ``records``."""
    backend.con.execute(
        f"CREATE OR REPLACE TABLE {records}_people AS "
        f"SELECT * FROM {records} WHERE entity_type = 'person'"
    )
    db_api = backend.db_api()
    return db_api, backend.register_records(db_api, f"{records}_people")


def build_linker(frame: Any, settings: dict[str, Any]) -> Any:
    """A Splink ``Linker`` over a frame from :func:`people_frame`."""
    from splink import Linker

    return Linker(frame, settings, log_level=logging.ERROR)


#: deterministic rules for the prior, strongest first: (SQL for Splink, columns that must agree)
_SURE_RULES: tuple[tuple[str, ...], ...] = (
    ("cccd",),
    ("ident",),
    ("other_id",),
    ("email",),
    ("phone",),
    ("name_key", "birth_date"),
    ("name_sorted", "address_key"),
    ("name_key", "ward_code", "birth_year"),
)


def _pairs(con: duckdb.DuckDBPyConnection, records: str, columns: tuple[str, ...]) -> int:
    keys = ", ".join(columns)
    not_null = " AND ".join(f"{c} IS NOT NULL" for c in columns)
    row = con.execute(
        f"SELECT coalesce(sum(n * (n - 1) // 2), 0) FROM (SELECT count(*) AS n FROM {records} "
        f"WHERE {not_null} GROUP BY {keys})"
    ).fetchone()
    return int(row[0]) if row else 0


def estimate_recall(
    con: duckdb.DuckDBPyConnection, records: str, present: Collection[str]
) -> tuple[list[tuple[str, ...]], float] | None:
    """Two sure rules and the share of true pairs they find together, by capture–recapture.

    With rules A and B, the true pairs number about |A|·|B| / |A∩B| (Lincoln–Petersen), so the
    union finds (|A| + |B| − |A∩B|) / that. Names in both rules make the errors dependent and
    the recall optimistic; an identifier rule first keeps them apart when the data has one.
    """
    usable = [r for r in _SURE_RULES if all(c in present for c in r)]
    if len(usable) < 2:
        return None
    first, second = usable[0], usable[1]
    if ("name_key", "birth_date") in usable[1:]:
        second = ("name_key", "birth_date")
    a, b = _pairs(con, records, first), _pairs(con, records, second)
    both = _pairs(con, records, tuple(dict.fromkeys(first + second)))
    if not (a and b and both):
        return None
    true_pairs = a * b / both
    return [first, second], max(0.05, min(1.0, (a + b - both) / true_pairs))


def _estimate_prior(linker: Any, con: duckdb.DuckDBPyConnection, records: str,
                    present: Collection[str], notes: list[str]) -> None:  # fmt: skip
    found = estimate_recall(con, records, present)
    if found is None:
        notes.append("prior: no two sure rules agree on any pair; left to EM")
        return
    rules, recall = found
    sql = [" AND ".join(f"l.{c} = r.{c}" for c in rule) for rule in rules]
    try:
        linker.training.estimate_probability_two_random_records_match(sql, recall=recall)
    except Exception as exc:  # noqa: BLE001 - Splink raises bare exceptions on no pairs
        notes.append(f"prior: not estimated ({exc}); left to EM")
        return
    notes.append(f"prior: from {' | '.join(sql)} at recall {recall:.2f} (capture-recapture)")


def train(
    linker: Any,
    settings: LinkSettings,
    present: Collection[str],
    con: duckdb.DuckDBPyConnection | None = None,
    records: str = "records_people",
    rebuild: Callable[[dict[str, Any]], Any] | None = None,
) -> tuple[Any, list[str]]:
    """Estimate the prior, u and m; returns the trained linker and notes on what fell back.

    Every EM session is tried; one that Splink cannot train (no pairs, no convergence) is
    skipped and said so. A failed session can leave the linker without the comparisons it
    blocked on, so the linker is rebuilt (``rebuild``) from the model saved before it. A
    comparison that no session trained keeps Splink's default m.
    """
    log = logging.getLogger(__name__)
    notes: list[str] = []
    if con is not None:
        _estimate_prior(linker, con, records, present, notes)
    started = time.perf_counter()
    try:
        if con is not None and linker._db_api.sql_dialect.sql_dialect_str == "duckdb":
            estimate_u(linker, con, records, settings.max_pairs, settings.seed)
        else:  # another engine: its own SQL dialect, Splink's estimate
            linker.training.estimate_u_using_random_sampling(
                max_pairs=settings.max_pairs, seed=settings.seed
            )
    except Exception as exc:  # noqa: BLE001 - Splink raises bare exceptions
        notes.append(f"u: random sampling failed ({exc}); default u kept")
    log.info("u estimated in %.1f s", time.perf_counter() - started)
    rules = training_rules(settings, present)
    if not rules:
        raise InputError(
            "These datasets share no columns to train a linkage model on.",
            hint="Give at least a name with a birth date or year (or an id) to both datasets.",
        )
    comparisons = {c["output_column_name"] for c in linker._settings_obj.as_dict()["comparisons"]}
    untrained = set(comparisons)
    sessions = 0
    # a failed EM session can leave its block's match rate in the model: keep the data's prior
    prior = linker._settings_obj._probability_two_random_records_match
    for rule in rules:
        if not untrained and sessions >= 2:
            break  # every comparison trained by at least one session, two sessions to agree
        if con is not None and count_pairs(con, records, rule) < 2:
            # Splink would build its pairs and fail: say so without the cost of trying
            notes.append(f"EM on {rule}: skipped (fewer than two pairs share it)")
            continue
        started = time.perf_counter()
        saved = linker.misc.save_model_to_json()
        try:
            linker.training.estimate_parameters_using_expectation_maximisation(
                rule, max_pairs=settings.em_max_pairs
            )
        except Exception as exc:  # noqa: BLE001 - EMTrainingException and friends
            notes.append(f"EM on {rule}: skipped ({type(exc).__name__})")
            if rebuild is not None:
                linker = rebuild(saved)
            continue
        finally:
            linker._settings_obj._probability_two_random_records_match = prior
        blocked = {c.split(".", 1)[1].split(" ")[0] for c in rule.split(" AND ")}
        untrained -= {c for c in comparisons if not _uses(c, blocked)}
        sessions += 1
        log.info("EM on %s in %.1f s", rule, time.perf_counter() - started)
    if untrained:
        notes.append(f"m not trained for {', '.join(sorted(untrained))}: Splink defaults used")
    return linker, notes


#: comparison → the record columns it reads (to know which EM sessions can train it)
_READS = {
    "name": {"name_key", "name_sorted"},
    "family": {"family_name", "name_key", "name_sorted"},
    "given": {"given_name", "name_key", "name_sorted"},
    "birth": {"birth_date", "birth_year"},
    "ident": {"ident", "cccd", "cmnd"},
    "ward": {"ward_code", "ward_codes"},
    "address": {"address_key"},
}


def _uses(comparison: str, blocked: set[str]) -> bool:
    return bool(_READS.get(comparison, {comparison}) & blocked)


def model_settings(settings: LinkSettings, present: Collection[str]) -> dict[str, Any]:
    """The Splink settings for these columns (re-exported for the resolver and reports)."""
    return splink_settings(settings, present)
