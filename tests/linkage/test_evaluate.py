"""Evaluation metrics, checked against answers computed by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from lienthong.errors import InputError
from lienthong.linkage import evaluate, read_truth
from lienthong.linkage._evaluate import align


def test_perfect_clustering_scores_one() -> None:
    truth = {"a": "E1", "b": "E1", "c": "E2"}
    result = evaluate({"a": "M1", "b": "M1", "c": "M2"}, truth)
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)
    assert result.exact_clusters == 1.0


def test_hand_computed_example() -> None:
    # truth: {a,b,c} and {d,e}; predicted: {a,b} {c,d,e}
    truth = {"a": "E1", "b": "E1", "c": "E1", "d": "E2", "e": "E2"}
    predicted = {"a": "M1", "b": "M1", "c": "M2", "d": "M2", "e": "M2"}
    result = evaluate(predicted, truth)
    # true pairs: ab ac bc de = 4; predicted pairs: ab cd ce de = 4; both: ab de = 2
    assert (result.true_pairs, result.predicted_pairs, result.true_positive_pairs) == (4, 4, 2)
    assert result.precision == pytest.approx(0.5)
    assert result.recall == pytest.approx(0.5)
    assert result.f1 == pytest.approx(0.5)
    # B-cubed precision per record: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 → 11/15
    assert result.bcubed_precision == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    # B-cubed recall: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 → 11/15
    assert result.bcubed_recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    assert result.exact_clusters == 0.0
    assert (result.entities, result.clusters) == (2, 2)


def test_all_singletons_have_full_precision_and_zero_recall() -> None:
    truth = {"a": "E1", "b": "E1"}
    result = evaluate({"a": "M1", "b": "M2"}, truth)
    assert (result.precision, result.recall, result.f1) == (1.0, 0.0, 0.0)


def test_records_missing_from_the_index_are_ignored() -> None:
    result = evaluate({"a": "M1", "b": "M1"}, {"a": "E1", "b": "E1", "zzz": "E1"})
    assert result.records == 2 and result.f1 == 1.0


def test_no_common_records_is_an_input_error() -> None:
    with pytest.raises(InputError):
        evaluate({"x": "M1"}, {"a": "E1"})


def test_city_truth_and_generic_csv_are_read(tmp_path: Path) -> None:
    city = tmp_path / "records.csv"
    city.write_text(
        "source,dataset,record_key,entity_type,entity_id,defects\n"
        "population,cong_dan,0791,person,P1,\n"
        "business,doanh_nghiep,0300,business,B1,\n",
        encoding="utf-8",
    )
    assert read_truth(city) == {"population.cong_dan/0791": "P1"}
    assert len(read_truth(city, None)) == 2
    generic = tmp_path / "truth.csv"
    generic.write_text("record_id,entity_id\nr1,E1\nr2,E1\n", encoding="utf-8")
    assert read_truth(generic) == {"r1": "E1", "r2": "E1"}
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_truth(bad)


def test_bare_keys_in_truth_are_aligned() -> None:
    predicted = {"people_a.people_a/1": "M1", "people_b.people_b/7": "M1"}
    assert align(predicted, {"1": "E", "7": "E"}) == {"1": "M1", "7": "M1"}
    assert align(predicted, {"people_a.people_a/1": "E"}) == predicted
