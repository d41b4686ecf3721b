"""`lienthong registry …` through the real entry point: one sentence and an exit code on bad
input, and a store left exactly as it was."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer

from lienthong import cli
from lienthong.cli import main
from lienthong.cli import registry as registry_cli
from lienthong.cli._context import settings
from lienthong.registry import Registry
from lienthong.store import Store

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run the CLI in-process against a store in ``tmp_path``; (exit code, stdout, stderr).

    ``main()`` is the real entry point (its error handling is what is tested), given an app
    holding only the registry group: building all ~90 commands of every group on each call
    would cost more than the commands themselves.
    """
    app = typer.Typer(pretty_exceptions_enable=False, add_completion=False)
    app.add_typer(registry_cli.app, name="registry")
    monkeypatch.setattr(cli, "app", app)
    monkeypatch.setattr(cli, "_register_commands", lambda: None)
    monkeypatch.setenv("LIENTHONG_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("LIENTHONG_STORE_URL", raising=False)
    monkeypatch.setenv("COLUMNS", "200")

    def invoke(*args: str) -> tuple[int, str, str]:
        settings.cache_clear()
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["lienthong", "registry", *args])
        try:
            main()
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def store_snapshot(tmp_path: Path) -> tuple[int, ...]:
    registry = Registry(Store.open(f"sqlite:///{tmp_path / 'home' / 'platform.db'}"))
    return (
        len(registry.list_agencies()),
        len(registry.list_sources()),
        len(registry.list_datasets()),
        len(registry.list_services()),
    )


def test_import_list_show_and_export(run: Run, city_manifest: Path, tmp_path: Path) -> None:
    code, out, _ = run("import", str(city_manifest), "--json")
    assert code == 0 and json.loads(out)["services"] == 2
    code, out, _ = run("list", "--json")
    listed = json.loads(out)
    assert [len(listed[k]) for k in ("agencies", "sources", "datasets", "services")] == [3, 3, 4, 2]
    code, out, _ = run("list", "datasets")
    assert code == 0 and "population.cong_dan" in out
    code, out, _ = run("show", "CA-HCM/cong-dan/v1", "--json")
    assert json.loads(out)["parameters"][0]["name"] == "cccd"
    code, out, _ = run("show", "population.cong_dan")
    assert code == 0 and "so_dinh_danh" in out and "personal, cccd" in out
    code, out, _ = run("show", "land", "--json")
    assert json.loads(out)["datasets"][0]["id"] == "land.land"
    target = tmp_path / "catalog.jsonld"
    code, _, err = run("export", "--format", "dcat", "-o", str(target))
    assert code == 2 and "no harvester can reach" in err and "LIENTHONG_PUBLIC_URL" in err
    assert "Traceback" not in err and not target.exists()
    code, _, err = run("export", "-o", str(target), "--base-uri", "https://data.example.vn")
    assert code == 0 and "IRIs under https://data.example.vn/" in err
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["@type"] == "dcat:Catalog" and len(document["dcat:dataset"]) == 4
    assert document["@id"] == "https://data.example.vn/catalog"


def test_export_takes_the_public_url_from_settings_and_writes_turtle(
    run: Run, city_manifest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rdflib import Graph, URIRef
    from rdflib.namespace import DCAT, RDF

    assert run("import", str(city_manifest))[0] == 0
    monkeypatch.setenv("LIENTHONG_PUBLIC_URL", "https://data.hcmc.example.vn/lienthong/")
    code, out, _ = run("export", "--format", "turtle")
    assert code == 0
    graph = Graph().parse(data=out, format="turtle")
    catalog = URIRef("https://data.hcmc.example.vn/lienthong/catalog")
    assert (catalog, RDF.type, DCAT.Catalog) in graph
    assert len(set(graph.objects(catalog, DCAT.dataset))) == 4
    monkeypatch.setenv("LIENTHONG_PUBLIC_URL", "http://localhost:8000")
    code, _, err = run("export", "--format", "turtle")
    assert code == 2 and "http://localhost:8000" in err
    code, out, _ = run("export", "--format", "rdfxml", "--allow-local")
    assert code == 0 and "http://localhost:8000/catalog" in out
    code, _, err = run("export", "--format", "csv", "--allow-local")
    assert code == 2 and "Unknown catalog format 'csv'" in err


def _broken_excel(folder: Path) -> str:
    (folder / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    return str(folder / "broken.xlsx")


def _undecodable_csv(folder: Path) -> str:
    (folder / "land.csv").write_bytes(b"ma_thua,ten\nT1,\x81\x8d\x90\n")
    return str(folder / "land.csv")


@pytest.mark.parametrize(
    ("url", "exit_code", "sentence"),
    [
        ("postgresql+psycopg://u:s3cret@127.0.0.1:1/population", 3, "cannot be reached"),
        ("mysql+pymysql://root@127.0.0.1:1/population", 3, "cannot be reached"),
        (lambda folder: str(folder / "missing.db"), 3, "does not exist"),
        (_broken_excel, 2, "cannot be read"),
        (_undecodable_csv, 2, "not in a text encoding"),
        ("education.xls", 2, "old .xls workbook"),
    ],
    ids=["postgres-down", "mariadb-down", "missing-file", "bad-excel", "bad-encoding", "xls"],
)
def test_bad_sources_get_one_sentence_an_exit_code_and_register_nothing(
    run: Run, tmp_path: Path, url: object, exit_code: int, sentence: str
) -> None:
    assert run("add-agency", "CA-HCM", "Công an Thành phố Hồ Chí Minh")[0] == 0
    target = url(tmp_path) if callable(url) else str(url)
    code, out, err = run("add-source", "CA-HCM", "population", target)
    assert code == exit_code
    assert sentence in err and "Error:" in err
    assert "Traceback" not in err + out and "s3cret" not in err + out
    assert store_snapshot(tmp_path) == (1, 0, 0, 0)


def test_duplicates_exit_5_and_change_nothing(
    run: Run, city_manifest: Path, tmp_path: Path
) -> None:
    assert run("import", str(city_manifest))[0] == 0
    before = store_snapshot(tmp_path)
    code, _, err = run("import", str(city_manifest))
    assert code == 5 and "already registered" in err and "--replace" in err
    code, _, err = run("add-agency", "CA-HCM", "Công an")
    assert code == 5 and "Agency CA-HCM is already registered." in err
    assert store_snapshot(tmp_path) == before


def test_a_missing_manifest_and_an_unknown_list_kind_are_input_errors(
    run: Run, tmp_path: Path
) -> None:
    code, _, err = run("import", str(tmp_path / "nowhere.json"))
    assert code == 2 and "does not exist" in err
    code, _, err = run("list", "tables")
    assert code == 2 and "agencies, sources, datasets, services" in err
    code, _, err = run("show", "population.khong_co")
    assert code == 4 and "No dataset" in err


@pytest.mark.integration
def test_passwords_are_stored_but_masked_in_every_display(
    run: Run, tmp_path: Path, pg_url: str
) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE doanh_nghiep (ma_so_thue text PRIMARY KEY, ten text)"))
    engine.dispose()
    secret_url = pg_url.replace("postgres@", "postgres:s3cret@")  # trust auth ignores it
    assert run("add-agency", "STC-HCM", "Sở Tài chính TP.HCM")[0] == 0
    code, out, err = run("add-source", "STC-HCM", "business", secret_url)
    assert code == 0, err
    outputs = [out]
    for args in (
        ("list", "--json"),
        ("list",),
        ("show", "business"),
        ("show", "business", "--json"),
    ):
        code, out, err = run(*args)
        assert code == 0
        outputs.append(out + err)
    code, out, _ = run("export", "--allow-local")
    outputs.append(out)
    assert all("s3cret" not in text for text in outputs)
    assert any("***" in text for text in outputs)
    registry = Registry(Store.open(f"sqlite:///{tmp_path / 'home' / 'platform.db'}"))
    source = registry.get_source("business")
    assert "s3cret" in source.url and "s3cret" not in repr(source)
