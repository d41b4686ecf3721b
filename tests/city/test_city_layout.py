"""The city folder is exactly the contract in docs/architecture.md."""

from __future__ import annotations

import sqlite3

from city_helpers import DATASETS, City

from lienthong.city import CityConfig


def test_files_are_where_the_contract_says(city: City) -> None:
    names = sorted(p.relative_to(city.out).as_posix() for p in city.out.rglob("*") if p.is_file())
    assert names == [
        "business.db",
        "education.xlsx",
        "health_insurance.db",
        "land.csv",
        "manifest.json",
        "population.db",
        "social_welfare.db",
        "truth/businesses.csv",
        "truth/people.csv",
        "truth/records.csv",
    ]


def test_manifest_describes_every_source_agency_and_service(city: City) -> None:
    m = city.manifest
    assert m["format"] == "lienthong-city/1"
    assert m["generator"]["people"] == city.result.people
    assert [s["code"] for s in m["sources"]] == list(CityConfig.SOURCES)
    agencies = {a["code"] for a in m["agencies"]}
    assert agencies == {"CA-HCM", "STC-HCM", "BHXH-HCM", "SGDDT-HCM", "SNNMT-HCM", "SYT-HCM"}
    assert all(s["agency"] in agencies for s in m["sources"])
    datasets = {f"{s['code']}.{d['table']}" for s in m["sources"] for d in s["datasets"]}
    assert datasets == set(DATASETS)
    assert all(svc["dataset"] in datasets and svc["provider"] in agencies for svc in m["services"])
    assert m["truth"] == {
        "records": "truth/records.csv",
        "people": "truth/people.csv",
        "businesses": "truth/businesses.csv",
    }


def test_manifest_columns_are_the_real_columns_in_order(city: City) -> None:
    for source in city.manifest["sources"]:
        for dataset in source["datasets"]:
            rows = city.rows(f"{source['code']}.{dataset['table']}")
            assert list(rows[0]) == list(dataset["columns"]), dataset["table"]
            for column, meta in dataset["columns"].items():
                assert meta["description"], column
                if column in dataset["key"]:
                    assert "key" in meta["flags"]


def test_sqlite_keys_are_primary_keys(city: City) -> None:
    conn = sqlite3.connect(city.out / "population.db")
    info = conn.execute("PRAGMA table_info(cong_dan)").fetchall()
    conn.close()
    assert [row[1] for row in info if row[5]] == ["so_dinh_danh"]


def test_every_service_query_runs_on_the_generated_sqlite(city: City) -> None:
    for service in city.manifest["services"]:
        source, _ = service["dataset"].split(".")
        url = next(s["url"] for s in city.manifest["sources"] if s["code"] == source)
        conn = sqlite3.connect(city.out / url)
        params = {p["name"]: "x" for p in service["parameters"]}
        cursor = conn.execute(service["query"], params)
        assert [d[0] for d in cursor.description] == service["fields"]
        conn.close()
