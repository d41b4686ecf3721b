"""Training and prediction with Splink (Fellegi–Sunter).

u-probabilities come from random pairs (capped by ``max_pairs``); m-probabilities from EM
sessions on blocking rules that never block on a name alone, each capped by ``em_max_pairs``
(uncapped EM on name blocks underflowed in a 1.8M-record trial). The prior comes from the pairs
that share a trusted CCCD.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Collection
from typing import Any

import duckdb

from lienthong.errors import InputError
from lienthong.linkage._backends import Backend
from lienthong.linkage._settings import LinkSettings, splink_settings, training_rules


def present_columns(con: duckdb.DuckDBPyConnection, records: str) -> set[str]:
    """Columns of ``records`` with at least one non-empty value among person records."""
    columns = [row[0] for row in con.execute(f"DESCRIBE {records}").fetchall()]
    counts = ", ".join(f'count("{c}")' for c in columns)
    row = con.execute(f"SELECT {counts} FROM {records} WHERE entity_type = 'person'").fetchone()
    return {c for c, n in zip(columns, row or (), strict=False) if n}


def build_linker(backend: Backend, records: str, settings: dict[str, Any]) -> Any:
    """A Splink ``Linker`` over the person records of ``records``."""
    from splink import Linker

    backend.con.execute(
        f"CREATE OR REPLACE TABLE {records}_people AS "
        f"SELECT * FROM {records} WHERE entity_type = 'person'"
    )
    db_api = backend.db_api()
    frame = backend.register_records(db_api, f"{records}_people")
    return Linker(frame, settings, log_level=logging.ERROR)


def train(linker: Any, settings: LinkSettings, present: Collection[str]) -> None:
    """Estimate the prior, u and m; the linker holds the trained model afterwards."""
    if "cccd" in present:
        try:
            linker.training.estimate_probability_two_random_records_match(
                ["l.cccd = r.cccd AND l.cccd_ok AND r.cccd_ok"], recall=0.6
            )
        except Exception as exc:  # noqa: BLE001 - Splink raises bare exceptions on no pairs
            logging.getLogger(__name__).info("prior left at default: %s", exc)
    log = logging.getLogger(__name__)
    started = time.perf_counter()
    linker.training.estimate_u_using_random_sampling(
        max_pairs=settings.max_pairs, seed=settings.seed
    )
    log.info("u estimated in %.1f s", time.perf_counter() - started)
    rules = training_rules(settings, present)
    if not rules:
        raise InputError(
            "These datasets share no columns to train a linkage model on.",
            hint="Flag at least a name with a birth date or year (or an e-mail) in the registry.",
        )
    for rule in rules:
        started = time.perf_counter()
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, max_pairs=settings.em_max_pairs
        )
        log.info("EM on %s in %.1f s", rule, time.perf_counter() - started)


def model_settings(settings: LinkSettings, present: Collection[str]) -> dict[str, Any]:
    """The Splink settings for these columns (re-exported for the resolver and reports)."""
    return splink_settings(settings, present)
