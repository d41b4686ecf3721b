"""The match threshold from the fitted model, and what the model expects of it (cell by cell)."""

from __future__ import annotations

import duckdb
import pytest

from lienthong.linkage._threshold import POSTERIOR, choose_threshold, expected_quality


def _scored(*probabilities: float) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE p (match_probability DOUBLE)")
    for p in probabilities:
        con.execute("INSERT INTO p VALUES (?)", [p])
    return con


def test_without_a_given_threshold_the_posterior_half_is_used() -> None:
    found = choose_threshold(None, {"probability_two_random_records_match": 0.001})
    assert (found.probability, found.source) == (POSTERIOR, "model")
    # posterior 0.5 at prior λ = a Bayes factor of (1 − λ) / λ
    assert found.bayes_factor == pytest.approx(999.0)


def test_the_cut_follows_the_prior_in_bayes_factor() -> None:
    rare = choose_threshold(None, {"probability_two_random_records_match": 1e-6})
    common = choose_threshold(None, {"probability_two_random_records_match": 1e-3})
    assert rare.bayes_factor is not None and common.bayes_factor is not None
    assert rare.bayes_factor > 900 * common.bayes_factor


def test_a_given_threshold_wins_and_is_said_so() -> None:
    found = choose_threshold(0.9, {"probability_two_random_records_match": 0.01})
    assert (found.probability, found.source) == (0.9, "given")
    assert found.bayes_factor == pytest.approx(9 * 99)
    assert "as given" in found.note()


def test_no_model_no_prior() -> None:
    found = choose_threshold(None, None)
    assert found.prior is None and found.bayes_factor is None
    assert "Bayes" not in found.note()


def test_expected_precision_and_recall_come_from_the_posteriors() -> None:
    con = _scored(0.9, 0.6, 0.3)
    precision, recall = expected_quality(con, "p", 0.5)
    assert precision == pytest.approx(1.5 / 2)
    assert recall == pytest.approx(1.5 / 1.8)
    found = choose_threshold(None, {"probability_two_random_records_match": 0.01}, con, "p")
    assert found.expected_precision == pytest.approx(0.75)
    assert "expects precision 0.750, recall 0.833" in found.note()


def test_nothing_above_the_cut_expects_nothing() -> None:
    assert expected_quality(_scored(0.3, 0.2), "p", 0.5) == (None, None)
    assert expected_quality(_scored(), "p", 0.5) == (None, None)
