"""Importing a city manifest: everything checked first, then one transaction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lienthong.errors import ConflictError, InputError, NotFoundError, SourceUnavailableError
from lienthong.registry import Registry, read_manifest
from lienthong.store import Store


def edited(manifest: Path, folder: Path, change: Any) -> Path:
    """A copy of the manifest, edited by ``change``, beside the same data files."""
    data = json.loads(manifest.read_text(encoding="utf-8"))
    change(data)
    target = folder / "edited.json"
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def counts(registry: Registry) -> tuple[int, int, int, int]:
    return (
        len(registry.list_agencies()),
        len(registry.list_sources()),
        len(registry.list_datasets()),
        len(registry.list_services()),
    )


def test_the_mini_city_imports_in_one_step(any_store: Store, city_manifest: Path) -> None:
    registry = Registry(any_store)
    steps: list[str] = []
    summary = registry.import_manifest(city_manifest, progress=steps.append)
    assert (summary.agencies, summary.sources, summary.datasets, summary.services) == (3, 3, 4, 2)
    assert counts(registry) == (3, 3, 4, 2)
    assert steps[-1] == "Writing the registry"
    # relative file URLs were resolved against the manifest's folder
    land = registry.get_source("land")
    assert (land.kind, land.url) == ("csv", str(city_manifest.parent / "land.csv"))
    pupils = registry.get_dataset("education.HocSinh")
    assert pupils.key == ("Mã học sinh",)
    assert [c.name for c in pupils.columns_with("cccd")] == ["Mã định danh"]
    service = registry.get_service("CA-HCM", "cong-dan", "v1")
    assert service.parameters[0].subject and service.personal


def test_reimporting_is_a_conflict_unless_replacing(store: Store, city_manifest: Path) -> None:
    registry = Registry(store)
    registry.import_manifest(city_manifest)
    with pytest.raises(ConflictError, match="--replace"):
        registry.import_manifest(city_manifest)
    assert registry.import_manifest(city_manifest, replace=True).replaced
    assert counts(registry) == (3, 3, 4, 2)


def _break_last_service(data: dict[str, Any]) -> None:
    data["services"][-1]["fields"] = ["khong_co"]


def _unknown_agency(data: dict[str, Any]) -> None:
    data["sources"][-1]["agency"] = "NOPE"


def _missing_file(data: dict[str, Any]) -> None:
    data["sources"][-1]["url"] = "missing.xlsx"


def _bad_frequency(data: dict[str, Any]) -> None:
    data["sources"][0]["datasets"][0]["update_frequency"] = "hằng ngày"


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (_break_last_service, InputError),
        (_unknown_agency, NotFoundError),
        (_missing_file, SourceUnavailableError),
        (_bad_frequency, InputError),
    ],
)
def test_a_bad_manifest_registers_nothing(
    store: Store, city_manifest: Path, tmp_path: Path, change: Any, error: type[Exception]
) -> None:
    registry = Registry(store)
    bad = edited(city_manifest, city_manifest.parent, change)
    try:
        with pytest.raises(error):
            registry.import_manifest(bad)
    finally:
        bad.unlink()
    assert counts(registry) == (0, 0, 0, 0)


def test_a_conflict_found_while_writing_rolls_everything_back(
    store: Store, city_manifest: Path
) -> None:
    registry = Registry(store)
    registry.add_agency("SGDDT-HCM", "Sở Giáo dục và Đào tạo TP.HCM")  # the manifest's last agency
    with pytest.raises(ConflictError):
        registry.import_manifest(city_manifest)
    assert counts(registry) == (1, 0, 0, 0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": "other/2"}', "format"),
        ('{"format": "lienthong-city/1", "agencies": [{"code": "X"}]}', "agencies.0.name"),
    ],
)
def test_malformed_manifests_say_where(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "manifest.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_manifest(path)


def test_a_missing_manifest_says_so(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_manifest(tmp_path / "nothing.json")


@pytest.mark.slow
def test_a_generated_city_imports_completely(store: Store, tmp_path: Path) -> None:
    city = pytest.importorskip("lienthong.city")
    city.generate_city(city.CityConfig(people=500, seed=7, out=tmp_path / "city"))
    manifest = read_manifest(tmp_path / "city" / "manifest.json")
    registry = Registry(store)
    summary = registry.import_manifest(manifest.path)
    assert summary.agencies == len(manifest.agencies) == 6
    assert summary.sources == len(manifest.sources) == 6
    assert summary.services == len(manifest.services) > 0
    kinds = {source.kind for source in registry.list_sources()}
    assert {"sqlite", "csv", "excel"} <= kinds
    population = registry.get_dataset("population.cong_dan")
    assert population.columns_with("cccd")[0].name == "so_dinh_danh"
    # every service answers through its connector
    from lienthong.sources import open_connector

    service = registry.get_service("CA-HCM", "cong-dan", "v1")
    with open_connector(registry.get_source("population")) as connector:
        (row,) = connector.fetch("SELECT so_dinh_danh FROM cong_dan LIMIT 1")
        found = connector.fetch(service.query, {"cccd": row["so_dinh_danh"]})
    assert found and set(found[0]) == set(service.fields)
    # the generator's inline-string workbook reads the same through our streaming reader
    # as through openpyxl
    import openpyxl

    from lienthong.sources._xlsx import Workbook

    xlsx = tmp_path / "city" / "education.xlsx"
    oracle = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
    expected = [r for r in oracle.worksheets[0].iter_rows(values_only=True) if any(r)]
    oracle.close()
    workbook = Workbook(xlsx)
    assert [r for r in workbook.rows(workbook.sheets[0]) if any(r)] == expected
    workbook.close()


@pytest.mark.slow
@pytest.mark.integration
def test_a_heterogeneous_city_imports_and_every_service_answers(
    store: Store, tmp_path: Path, pg_url: str, mariadb_url: str
) -> None:
    """Population in PostgreSQL, business in MariaDB, the rest SQLite, Excel and CSV."""
    city = pytest.importorskip("lienthong.city")
    config = city.CityConfig(
        people=300,
        seed=11,
        out=tmp_path / "city",
        targets={"population": pg_url, "business": mariadb_url},
    )
    city.generate_city(config)
    registry = Registry(store)
    registry.import_manifest(tmp_path / "city" / "manifest.json")
    kinds = {source.code: source.kind for source in registry.list_sources()}
    assert kinds["population"] == "postgresql" and kinds["business"] == "mariadb"
    assert {"sqlite", "csv", "excel"} <= set(kinds.values())
    from lienthong.sources import open_connector

    for service in registry.list_services():
        dataset = registry.get_dataset(service.dataset)
        (parameter,) = service.parameters
        with open_connector(registry.get_source(dataset.source)) as connector:
            # a real value for the parameter: the column it is compared with in the query
            column = service.query.split(f"= :{parameter.name}")[0].split()[-1]
            sample = connector.fetch(
                f"SELECT {column} AS v FROM {dataset.table} WHERE {column} IS NOT NULL LIMIT 1"
            )
            rows = connector.fetch(service.query, {parameter.name: sample[0]["v"]})
        assert rows, service.id
        assert set(rows[0]) == set(service.fields), service.id
