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
from lienthong.linkage._inputs import LinkInput
from lienthong.linkage._pipeline import link

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


def _register(rows: list[tuple[str | None, ...]]) -> tuple[duckdb.DuckDBPyConnection, LinkInput]:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE doanh_nghiep (ma_so_thue VARCHAR, ten_doanh_nghiep VARCHAR, "
        "nguoi_dai_dien VARCHAR, giay_to_dai_dien VARCHAR, dia_chi_tru_so VARCHAR, "
        "ma_xa VARCHAR, ngay_thanh_lap VARCHAR)"
    )
    con.executemany("INSERT INTO doanh_nghiep VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    roles = {"mst": "ma_so_thue", "full_name": "nguoi_dai_dien",
             "cccd_or_cmnd": "giay_to_dai_dien", "address": "dia_chi_tru_so",
             "ward_code": "ma_xa"}  # fmt: skip
    inp = LinkInput("business.doanh_nghiep", "doanh_nghiep", ("ma_so_thue",), roles,
                    entity_type="business")  # fmt: skip
    return con, inp


def test_a_re_registration_joins_and_branches_do_not() -> None:
    """The hard negatives side by side: a company, its two branches (same representative and
    founding date, another office), a namesake elsewhere; and the company registered again
    under a new MST at its pre-2025 address with the representative's legacy CMND."""
    new = "759 Võ Thị Sáu, Phường Xóm Chiếu, Thành phố Hồ Chí Minh"
    old = "759 Võ Thị Sáu, Phường 16, Quận 4, Thành phố Hồ Chí Minh"
    other = "12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh"
    name = "Công ty TNHH Giáo dục Hoàng Việt"
    rows: list[tuple[str | None, ...]] = [
        ("0312345673", name, "Phan Thu Ý", "079170001234", new, "27259", "28/07/1996"),
        ("0376543215", "GIAO DUC HOANG VIET, CTY TNHH", "PHAN THU Y", "280670157", old, None,
         "28/07/1996"),
        ("0312345673001", f"Chi nhánh 1 - {name}", "Phan Thu Ý", "079170001234", other, None,
         "28/07/1996"),
        ("0312345673002", f"Chi nhánh 2 - {name}", "Phan Thu Ý", "079170001234", other, None,
         "28/07/1996"),
        ("0311111129", name, "Nguyễn Văn An", "079080005678", other, None, "03/02/2010"),
    ]  # fmt: skip
    con, inp = _register(rows)
    result = link([inp], con=con)
    masters = dict(result.con.execute("SELECT record_key, master_id FROM masters").fetchall())
    evidence = dict(result.con.execute("SELECT record_key, evidence FROM masters").fetchall())
    assert masters["0312345673"] == masters["0376543215"]
    assert evidence["0376543215"] == "business"
    assert len({masters[k] for k in masters if k not in ("0312345673", "0376543215")}) == 3
    assert masters["0312345673"] not in {masters["0312345673001"], masters["0311111129"]}
