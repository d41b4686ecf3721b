"""``targets``: a source written into real PostgreSQL and MariaDB, as a heterogeneous city."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from lienthong.city import CityConfig, generate_city
from lienthong.errors import ConflictError

pytestmark = pytest.mark.integration


def _count(url: str, table: str, quote: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            value = conn.execute(text(f"SELECT COUNT(*) FROM {quote}{table}{quote}")).scalar_one()
            return int(value)
    finally:
        engine.dispose()


def test_population_to_postgresql_and_business_to_mariadb(
    tmp_path: Path, pg_url: str, mariadb_url: str
) -> None:
    targets = {"population": pg_url, "business": mariadb_url, "health_insurance": pg_url}
    result = generate_city(CityConfig(people=400, seed=3, out=tmp_path / "c", targets=targets))
    assert not (result.out / "population.db").exists()
    assert not (result.out / "business.db").exists()
    assert (result.out / "social_welfare.db").exists()
    manifest = json.loads(result.manifest.read_text("utf-8"))
    urls = {s["code"]: s["url"] for s in manifest["sources"]}
    assert urls["population"] == pg_url and urls["business"] == mariadb_url
    assert _count(pg_url, "cong_dan", '"') == result.records["population.cong_dan"] == 400
    assert _count(pg_url, "TheBHYT", '"') == result.records["health_insurance.TheBHYT"]
    assert _count(mariadb_url, "doanh_nghiep", "`") == result.records["business.doanh_nghiep"]
    # the manifest's service queries run where the data lives
    for service in manifest["services"]:
        source = service["dataset"].split(".")[0]
        if source not in targets:
            continue
        engine = create_engine(urls[source])
        with engine.connect() as conn:
            params = {p["name"]: "x" for p in service["parameters"]}
            assert list(conn.execute(text(service["query"]), params).keys()) == service["fields"]
        engine.dispose()


def test_vietnamese_text_and_camelcase_tables_survive_mariadb(
    tmp_path: Path, mariadb_url: str
) -> None:
    targets = {"social_welfare": mariadb_url, "health_insurance": mariadb_url}
    result = generate_city(CityConfig(people=300, seed=5, out=tmp_path / "c", targets=targets))
    manifest = json.loads(result.manifest.read_text("utf-8"))
    card = next(s for s in manifest["services"] if s["code"] == "the-bhyt")
    engine = create_engine(mariadb_url)
    with engine.connect() as conn:
        names = [r[0] for r in conn.execute(text("SELECT ho_ten FROM doi_tuong_bao_tro"))]
        cccd = conn.execute(text("SELECT SoCCCD FROM TheBHYT WHERE SoCCCD IS NOT NULL")).first()
        assert cccd is not None
        found = conn.execute(text(card["query"]), {"cccd": cccd[0]}).all()
        assert found and all(len(row[0]) == 15 for row in found)
    engine.dispose()
    assert len(names) == result.records["social_welfare.doi_tuong_bao_tro"]
    assert any(ch in "".join(names) for ch in "ễốạằ")


def test_existing_tables_are_not_overwritten_without_force(tmp_path: Path, pg_url: str) -> None:
    generate_city(CityConfig(people=100, out=tmp_path / "a", targets={"population": pg_url}))
    with pytest.raises(ConflictError, match="already has table"):
        generate_city(CityConfig(people=100, out=tmp_path / "b", targets={"population": pg_url}))
    assert not (tmp_path / "b").exists()
    again = generate_city(
        CityConfig(people=120, out=tmp_path / "b", targets={"population": pg_url}, force=True)
    )
    assert _count(pg_url, "cong_dan", '"') == again.people == 120


def test_a_failure_after_a_target_was_written_drops_its_tables(tmp_path: Path, pg_url: str) -> None:
    def explode(step: str, done: int, total: int) -> None:
        if step == "land.land":
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        generate_city(
            CityConfig(people=200, out=tmp_path / "c", targets={"population": pg_url}),
            progress=explode,
        )
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        tables = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).all()
    engine.dispose()
    assert tables == []
    assert list(tmp_path.iterdir()) == []
