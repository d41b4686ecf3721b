"""Registering agencies, sources and data services, checked against the real sources."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from lienthong.errors import ConflictError, InputError, NotFoundError, SourceUnavailableError
from lienthong.registry import ColumnSpec, DatasetSpec, Registry, ServiceParameter, ServiceSpec
from lienthong.store import Store

LOOKUP = ServiceSpec(
    provider="CA-HCM",
    code="cong-dan",
    version="v1",
    dataset="population.cong_dan",
    query="SELECT so_dinh_danh, ho_ten FROM cong_dan WHERE so_dinh_danh = :cccd",
    parameters=(ServiceParameter("cccd", "cccd", subject=True),),
    personal=True,
)
PERSONAL = DatasetSpec(
    table="cong_dan",
    title="Công dân",
    update_frequency="P1D",
    columns={
        "so_dinh_danh": ColumnSpec(("key", "personal", "cccd")),
        "ho_ten": ColumnSpec(("personal", "full_name"), "Họ và tên"),
    },
)


@pytest.fixture
def population(registry: Registry, city_manifest: Path) -> Registry:
    registry.add_agency("CA-HCM", "Công an Thành phố Hồ Chí Minh", kind="police")
    registry.add_source(
        "CA-HCM", "population", "population.db", base_dir=city_manifest.parent, datasets=[PERSONAL]
    )
    return registry


def test_a_source_is_registered_with_the_schema_read_from_it(
    registry: Registry, city_manifest: Path
) -> None:
    registry.add_agency("CA-HCM", "Công an Thành phố Hồ Chí Minh")
    source = registry.add_source(
        "CA-HCM", "population", str(city_manifest.parent / "population.db")
    )
    assert (source.kind, [d.table for d in source.datasets]) == (
        "sqlite",
        ["cong_dan", "ho_gia_dinh"],
    )
    dataset = registry.get_dataset("population.cong_dan")
    assert dataset.key == ("so_dinh_danh",)  # the primary key, introspected
    assert dataset.column("ho_ten") is not None
    assert dataset.column("ho_ten").nullable is False  # type: ignore[union-attr]
    assert registry.get_source("population") == source


def test_manifest_style_descriptions_become_flags_and_descriptions(population: Registry) -> None:
    dataset = population.get_dataset("population.cong_dan")
    assert [c.name for c in dataset.columns_with("personal")] == ["so_dinh_danh", "ho_ten"]
    assert dataset.column("ho_ten").description == "Họ và tên"  # type: ignore[union-attr]
    assert dataset.update_frequency == "P1D" and dataset.personal
    with pytest.raises(NotFoundError):
        population.get_dataset("population.ho_gia_dinh")  # not listed, not registered


def test_registering_twice_is_a_conflict_and_changes_nothing(
    any_store: Store, city_manifest: Path
) -> None:
    population = Registry(any_store)
    population.add_agency("CA-HCM", "Công an Thành phố Hồ Chí Minh", kind="police")
    population.add_source(
        "CA-HCM", "population", "population.db", base_dir=city_manifest.parent, datasets=[PERSONAL]
    )
    population.add_service(LOOKUP)
    before = population.list_sources()
    with pytest.raises(ConflictError, match="already registered"):
        population.add_agency("CA-HCM", "Công an")
    with pytest.raises(ConflictError, match="already registered"):
        population.add_source("CA-HCM", "population", before[0].url)
    with pytest.raises(ConflictError, match="already registered"):
        population.add_service(LOOKUP)
    assert population.list_sources() == before
    assert len(population.list_services()) == 1


def test_unknown_agencies_and_unreachable_sources_register_nothing(
    registry: Registry, tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError, match="agency"):
        registry.add_source("NOPE", "x", str(tmp_path / "x.db"))
    registry.add_agency("CA-HCM", "Công an")
    with pytest.raises(SourceUnavailableError):
        registry.add_source("CA-HCM", "pg", "postgresql+psycopg://u:pw@127.0.0.1:1/x")
    with pytest.raises(SourceUnavailableError, match="does not exist"):
        registry.add_source("CA-HCM", "missing", str(tmp_path / "missing.db"))
    assert registry.list_sources() == []


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (DatasetSpec(table="khong_co"), "has no table 'khong_co'"),
        (DatasetSpec(table="cong_dan", key=("ma",)), "key column"),
        (DatasetSpec(table="cong_dan", update_frequency="daily"), "ISO 8601"),
        (DatasetSpec(table="cong_dan", columns={"x": ColumnSpec()}), "does not have"),
        (
            DatasetSpec(table="cong_dan", columns={"ho_ten": ColumnSpec(("secret",))}),
            "unknown column flag",
        ),
    ],
)
def test_dataset_descriptions_must_match_the_source(
    registry: Registry, city_manifest: Path, spec: DatasetSpec, message: str
) -> None:
    registry.add_agency("CA-HCM", "Công an")
    with pytest.raises(InputError, match=message):
        registry.add_source(
            "CA-HCM", "population", "population.db", base_dir=city_manifest.parent, datasets=[spec]
        )
    assert registry.list_sources() == []


def test_a_service_is_checked_by_running_it_and_then_stored(population: Registry) -> None:
    service = population.add_service(LOOKUP)
    assert service.fields == ("so_dinh_danh", "ho_ten")  # defaulted to what the query returns
    assert population.get_service("CA-HCM", "cong-dan", "v1") == service
    assert population.list_services() == [service]
    with pytest.raises(ConflictError, match="new version"):
        population.add_service(LOOKUP)
    assert population.add_service(replace(LOOKUP, version="v2")).version == "v2"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"query": "DELETE FROM cong_dan"}, "SELECT"),
        ({"query": "SELECT ho_ten FROM cong_dan; SELECT 1"}, "single statement"),
        ({"query": "SELECT ho_ten FROM cong_dan WHERE ma_ho = :ho"}, "undeclared"),
        ({"query": "SELECT ho_ten FROM cong_dan"}, "declared but not used"),
        ({"fields": ("ho_ten", "ngay_sinh")}, "does not return"),
        ({"personal": False}, "personal data"),
        ({"query": "SELECT khong_co FROM cong_dan WHERE so_dinh_danh = :cccd"}, "does not run"),
        ({"version": "v 1"}, "version"),
    ],
)
def test_bad_services_are_refused_with_a_reason(
    population: Registry, change: dict[str, object], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        population.add_service(replace(LOOKUP, **change))  # type: ignore[arg-type]
    assert population.list_services() == []


def test_only_the_agency_holding_a_dataset_can_offer_a_service_on_it(population: Registry) -> None:
    population.add_agency("STC-HCM", "Sở Tài chính TP.HCM")
    with pytest.raises(InputError, match="belongs to CA-HCM"):
        population.add_service(replace(LOOKUP, provider="STC-HCM"))
    with pytest.raises(NotFoundError):
        population.add_service(replace(LOOKUP, provider="NOPE"))
    with pytest.raises(NotFoundError):
        population.add_service(replace(LOOKUP, dataset="population.khong_co"))


@pytest.mark.integration
def test_postgres_and_mariadb_sources_register_like_files(
    registry: Registry, pg_url: str, mariadb_url: str
) -> None:
    for url in (pg_url, mariadb_url):
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "CREATE TABLE doanh_nghiep (ma_so_thue VARCHAR(13) PRIMARY KEY,"
                    " ten_doanh_nghiep TEXT NOT NULL)"
                )
            )
            conn.execute(
                text("INSERT INTO doanh_nghiep VALUES ('0100233488', 'Công ty Ánh Dương')")
            )
        engine.dispose()
    registry.add_agency("STC-HCM", "Sở Tài chính TP.HCM")
    for code, url in (("business_pg", pg_url), ("business_my", mariadb_url)):
        source = registry.add_source("STC-HCM", code, url)
        # (on the PostgreSQL store run, pg_url also holds the registry's own tables)
        dataset = next(d for d in source.datasets if d.table == "doanh_nghiep")
        assert dataset.key == ("ma_so_thue",)
        spec = ServiceSpec(
            provider="STC-HCM",
            code=f"dn-{code[-2:]}",
            version="v1",
            dataset=dataset.id,
            query="SELECT ma_so_thue, ten_doanh_nghiep FROM doanh_nghiep WHERE ma_so_thue = :mst",
            parameters=(ServiceParameter("mst", "mst"),),
        )
        # Personal by default: a tax code and a name may be a person's until someone says not.
        with pytest.raises(InputError, match="personal"):
            registry.add_service(spec)
        for column in ("ma_so_thue", "ten_doanh_nghiep"):
            registry.mark_not_personal(
                dataset.id, column, reason="enterprises only", actor="operator:test"
            )
        service = registry.add_service(spec)
        assert service.fields == ("ma_so_thue", "ten_doanh_nghiep")
    assert {s.kind for s in registry.list_sources()} == {"postgresql", "mariadb"}


def test_passwords_are_stored_but_never_shown(registry: Registry, tmp_path: Path) -> None:
    registry.add_agency("CA-HCM", "Công an")
    source_url = "postgresql+psycopg://reader:s3cret@127.0.0.1:1/population"
    with pytest.raises(SourceUnavailableError) as caught:
        registry.add_source("CA-HCM", "pg", source_url)
    assert "s3cret" not in str(caught.value)
