"""Ground truth is complete: every source record has exactly one truth row, and it is right."""

from __future__ import annotations

from collections import Counter, defaultdict

from city_helpers import DATASETS, City


def test_every_record_has_one_truth_row_and_nothing_else(city: City) -> None:
    truth: dict[str, list[str]] = defaultdict(list)
    for row in city.truth("records"):
        truth[f"{row['source']}.{row['dataset']}"].append(row["record_key"])
    assert set(truth) == set(DATASETS)
    for dataset in DATASETS:
        keys = [str(r[city.key_of(dataset)]) for r in city.rows(dataset)]
        assert len(keys) == len(set(keys)), f"{dataset} keys are not unique"
        assert sorted(keys) == sorted(truth[dataset]), dataset
        assert len(keys) == city.result.records[dataset]


def test_truth_points_at_real_entities(city: City) -> None:
    people = {p["person_id"] for p in city.truth("people")}
    businesses = {b["business_id"] for b in city.truth("businesses")}
    assert len(people) == city.result.people
    for row in city.truth("records"):
        assert row["entity_id"] in (people if row["entity_type"] == "person" else businesses)


def test_the_reference_register_is_the_truth(city: City) -> None:
    truth = {p["cccd"]: p for p in city.truth("people")}
    for row in city.rows("population.cong_dan"):
        person = truth[row["so_dinh_danh"]]
        assert (row["ho_ten"], row["ngay_sinh"], row["thuong_tru_ma_xa"]) == (
            person["full_name"],
            person["birth_date"],
            person["ward_code"],
        )
        assert (row["ngay_mat"] or "") == person["death_date"]


def test_duplicates_share_the_entity_but_not_the_key(city: City) -> None:
    by_dataset: dict[str, Counter[str]] = defaultdict(Counter)
    duplicated = []
    for row in city.truth("records"):
        dataset = f"{row['source']}.{row['dataset']}"
        by_dataset[dataset][row["entity_id"]] += 1
        if "duplicate" in row["defects"].split(";"):
            duplicated.append((dataset, row["entity_id"]))
    assert duplicated
    for dataset, entity in duplicated:
        assert by_dataset[dataset][entity] >= 2
