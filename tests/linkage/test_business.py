"""Businesses re-registered under another tax code are found by their own model (issue 13).

The generated city's business duplicates all carry a new MST (often with the pre-2025 address
and the representative's legacy CMND), so the MST rule alone finds none of them. The bar is
precision 1.0: a false merge gives one business another's tax history, and the city holds the
hard negatives (a company and its branches share name, representative and founding date).
"""

from __future__ import annotations

import csv
from collections import Counter

import duckdb
from linked_city import LinkedCity

from lienthong.linkage import evaluate_index
from lienthong.linkage._business import business_name_sql

#: people F1 of this city before business linkage existed (test_known_answer's city, 2,000
#: people); business links touch no person record, so it must not move
PEOPLE_F1 = 0.996


def test_legal_forms_fold_away() -> None:
    con = duckdb.connect()
    names = (
        "Công ty TNHH Giáo dục Hoàng Việt",
        "CÔNG TY TRÁCH NHIỆM HỮU HẠN GIAO DUC HOANG VIET",
        "Giáo dục Hoàng Việt, Cty TNHH MTV",
        "Giáo Dục Hoàng Việt (DNTN)",
    )
    keys = {
        con.execute(f"SELECT {business_name_sql('?')}", [name]).fetchone()[0]  # type: ignore[index]
        for name in names
    }
    assert keys == {"giao duc hoang viet"}
    branch = "Chi nhánh 1 - Công ty cổ phần Giáo dục Hoàng Việt"
    row = con.execute(f"SELECT {business_name_sql('?')}", [branch]).fetchone()
    assert row == ("chi nhanh 1 giao duc hoang viet",)
    shop = con.execute(f"SELECT {business_name_sql('?')}", ["Hộ kinh doanh Cà phê An Phúc"])
    assert shop.fetchone() == ("ca phe an phuc",)


def test_business_duplicates_under_another_mst_are_found(linked_city: LinkedCity) -> None:
    truth = linked_city.city / "truth" / "records.csv"
    with truth.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["entity_type"] == "business"]
    entities = Counter(r["entity_id"] for r in rows)
    duplicated = [e for e, n in entities.items() if n > 1]
    assert duplicated, "the city must hold a business registered twice for this test to bite"
    result = evaluate_index(linked_city.store, truth, "business")
    assert result.true_pairs == len(duplicated)
    assert result.precision == 1.0
    assert result.recall == 1.0


def test_people_f1_is_unchanged(linked_city: LinkedCity) -> None:
    result = evaluate_index(linked_city.store, linked_city.city / "truth" / "records.csv")
    assert result.f1 >= PEOPLE_F1
