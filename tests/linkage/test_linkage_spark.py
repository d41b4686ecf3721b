"""`lienthong link run --backend spark` gives the master index DuckDB gives (issue 16).

The package's city (2,000 people, 5,321 source records, default defect rates; linked on DuckDB
by the ``linked_city`` fixture) is registered in a second store and linked again through the
CLI on a local Spark (``local[*]``, one JVM, Splink's similarity jar). The bar: the two master
indexes agree pairwise (F1 of one against the other >= 0.999) and score the same against the
city's truth (F1 within ±0.002). Smaller cities say little (a few hundred true pairs); Spark's
cost here is per query, not per record, so a larger one mostly buys minutes.

The dialect cells check, value by value, that each function a comparison level spells
differently on Spark (``_settings.DIALECTS``) answers what DuckDB's answers.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import LinkedCity
from lienthong.linkage import Resolver, evaluate, evaluate_index, index_mapping, latest_model
from lienthong.linkage._settings import DIALECTS, LinkSettings, splink_settings
from lienthong.linkage._spark import session
from lienthong.registry import Registry
from lienthong.sources import duckdb_connect
from lienthong.store import Store

#: One worker runs the module: its Spark link (~160 s on 2 cores) is a module fixture, and two
#: workers would each run it (and each hold a JVM).
pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.xdist_group("spark")]

AGREEMENT_BAR = 0.999
TRUTH_TOLERANCE = 0.002


@dataclass
class SparkRun:
    store: Store
    summary: dict[str, Any]
    seconds: float


@pytest.fixture(scope="module")
def spark_run(
    linked_city: LinkedCity, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SparkRun]:
    from lienthong.cli import _context, _register_commands, app

    root = tmp_path_factory.mktemp("spark-store")
    store = Store.open(f"sqlite:///{root / 'platform.db'}")
    Registry(store).import_manifest(linked_city.city / "manifest.json")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LIENTHONG_STORE_URL", str(store.engine.url))
        _context.settings.cache_clear()
        if not app.registered_groups:
            _register_commands()
        started = time.perf_counter()
        result = CliRunner().invoke(app, ["link", "run", "--backend", "spark", "--json"])
        seconds = time.perf_counter() - started
    _context.settings.cache_clear()
    assert result.exit_code == 0, result.output
    yield SparkRun(store, json.loads(result.stdout), seconds)
    store.close()


@pytest.fixture(scope="module", autouse=True)
def _stop_spark_after_module() -> Iterator[None]:
    """One JVM serves the module; it goes when the module is done (its ~1.5 GB with it)."""
    yield
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        active.stop()


def test_spark_master_index_matches_duckdb(linked_city: LinkedCity, spark_run: SparkRun) -> None:
    spark, duck = index_mapping(spark_run.store), index_mapping(linked_city.store)
    assert spark.keys() == duck.keys()
    agreement = evaluate(spark, duck)
    print(f"spark vs duckdb: {agreement.as_dict()}; spark run {spark_run.seconds:.1f} s")
    assert agreement.f1 >= AGREEMENT_BAR
    assert agreement.bcubed_f1 >= AGREEMENT_BAR


def test_spark_scores_as_duckdb_against_truth(linked_city: LinkedCity, spark_run: SparkRun) -> None:
    truth = linked_city.city / "truth" / "records.csv"
    spark, duck = evaluate_index(spark_run.store, truth), evaluate_index(linked_city.store, truth)
    assert abs(spark.f1 - duck.f1) <= TRUTH_TOLERANCE, (spark.f1, duck.f1)
    assert spark.precision >= 0.995 and spark.f1 >= 0.99


def test_spark_run_reports_its_engine_and_saves_a_duckdb_model(
    linked_city: LinkedCity, spark_run: SparkRun
) -> None:
    """The resolver and scorers run on DuckDB: a Spark-trained model is saved in its dialect."""
    timings = spark_run.summary["timings_s"]
    assert {"engine", "train", "predict"} <= set(timings)
    assert spark_run.summary["predicted_links"] > 0
    found = latest_model(spark_run.store)
    assert found is not None
    model = found[1]
    assert model["sql_dialect"] == "duckdb"
    conditions = json.dumps(model["comparisons"])
    assert "jaro_winkler_similarity" in conditions and "date_format" not in conditions
    # the resolver scores with it: a person found by name and date (no identifier)
    import csv

    from lienthong.normalize import fold

    with (linked_city.city / "truth" / "people.csv").open(encoding="utf-8") as handle:
        person = next(p for p in csv.DictReader(handle) if p["cccd"])
    day = person["birth_date"]
    found_by_name = Resolver(spark_run.store).resolve(
        {
            "full_name": fold(person["full_name"]).upper(),
            "birth_date": f"{day[8:10]}/{day[5:7]}/{day[:4]}",
            "sex": person["sex"],
            "ward_code": person["ward_code"],
        }
    )
    by_id = Resolver(spark_run.store).resolve({"cccd": person["cccd"]})
    assert found_by_name.evidence == "splink" and found_by_name.master_id == by_id.master_id


# ---- the dialect, cell by cell ------------------------------------------------------------
STRINGS = [
    ("nguyen van an", "nguyen van an"),
    ("nguyen van an", "nguyen van anh"),
    ("nguyen van an", "nguyen vna an"),
    ("tran thi bich", "tran thi bich ngoc"),
    ("le", "ly"),
    ("pham minh chau", "huynh chau"),
    ("079201000123", "079201000132"),
    ("079201000123", "079201999123"),
    ("079201000123", "179201000123"),
    ("012345678", "012345687"),
]
LISTS: list[tuple[list[str] | None, list[str] | None]] = [
    (["26734"], ["26734"]),
    (["26734", "26737"], ["26737"]),
    (["26734"], ["26737"]),
    ([], ["26737"]),
    (None, ["26737"]),
]
DATES = [date(1990, 3, 14), date(2001, 11, 2), date(1969, 12, 31)]


def _duck(sql: str, rows: list[tuple[Any, Any]], types: str) -> list[Any]:
    con = duckdb_connect()
    con.execute(f"CREATE TABLE t (k INTEGER, l {types}, r {types})")
    con.executemany("INSERT INTO t VALUES (?, ?, ?)", [(i, a, b) for i, (a, b) in enumerate(rows)])
    return [row[0] for row in con.execute(f"SELECT {sql} FROM t ORDER BY k").fetchall()]


def _spark(sql: str, rows: list[tuple[Any, Any]], schema: str) -> list[Any]:
    from splink.backends.spark import SparkAPI

    spark = session()
    SparkAPI(spark_session=spark)  # registers the jar's functions
    frame = spark.createDataFrame([(i, a, b) for i, (a, b) in enumerate(rows)], schema)
    frame.createOrReplaceTempView("cells")
    return [row[0] for row in spark.sql(f"SELECT {sql} FROM cells ORDER BY k").collect()]


@pytest.mark.parametrize("function", ["hamming", "damerau_levenshtein"])
def test_string_distances_agree(function: str) -> None:
    duck, spark = DIALECTS["duckdb"], DIALECTS["spark"]
    rows = (
        STRINGS
        if function == "damerau_levenshtein"
        else [(a, b) for a, b in STRINGS if len(a) == len(b)]
    )
    template = getattr(duck, function)
    expected = _duck(template.format(l="l", r="r"), rows, "VARCHAR")
    got = _spark(getattr(spark, function).format(l="l", r="r"), rows, "k int, l string, r string")
    assert [int(x) for x in got] == [int(x) for x in expected]


@pytest.mark.parametrize("threshold", [0.75, 0.8, 0.9, 0.92])
def test_jaro_winkler_agrees_at_every_threshold_the_model_uses(threshold: float) -> None:
    duck, spark = DIALECTS["duckdb"], DIALECTS["spark"]
    expected = _duck(f"{duck.jw('l', 'r')} >= {threshold}", STRINGS, "VARCHAR")
    got = _spark(f"{spark.jw('l', 'r')} >= {threshold}", STRINGS, "k int, l string, r string")
    assert got == expected


def test_list_size_and_overlap_agree() -> None:
    duck, spark = DIALECTS["duckdb"], DIALECTS["spark"]
    rows = [(a, b) for a, b in LISTS if a is not None]
    for kind in ("size", "overlap"):
        d_sql = duck.size.format(x="l") if kind == "size" else duck.overlap.format(l="l", r="r")
        s_sql = spark.size.format(x="l") if kind == "size" else spark.overlap.format(l="l", r="r")
        expected = _duck(d_sql, rows, "VARCHAR[]")
        assert _spark(s_sql, rows, "k int, l array<string>, r array<string>") == expected


def test_date_digits_agree() -> None:
    rows = [(d, d) for d in DATES]
    expected = _duck(DIALECTS["duckdb"].date_digits.format(x="l"), rows, "DATE")
    got = _spark(DIALECTS["spark"].date_digits.format(x="l"), rows, "k int, l date, r date")
    assert got == expected == ["19900314", "20011102", "19691231"]


def test_every_spark_level_parses_on_spark() -> None:
    """Each level's SQL, run on Spark against an empty pair table: no function is missing."""
    present = {"name_key", "name_sorted", "birth_year", "birth_date", "sex", "ident",
               "ward_code", "ward_codes", "address_key", "email", "postcode", "other_id",
               "phone", "family_name", "given_name"}  # fmt: skip
    spark = session()
    from splink.backends.spark import SparkAPI

    SparkAPI(spark_session=spark)
    types = {"birth_year": "int", "birth_date": "date", "ward_codes": "array<string>"}
    columns = ", ".join(
        f"{c}_{side} {types.get(c, 'string')}" for c in sorted(present) for side in "lr"
    )
    spark.createDataFrame([], columns).createOrReplaceTempView("pairs")
    settings = splink_settings(LinkSettings(), present, None, "spark")
    levels = [
        f"({level['sql_condition']}) AS c{i}_{j}"
        for i, comparison in enumerate(settings["comparisons"])
        for j, level in enumerate(comparison["comparison_levels"])
        if level["sql_condition"] != "ELSE"
    ]
    assert len(levels) > 30
    spark.sql(f"SELECT {', '.join(levels)} FROM pairs").collect()  # one query: all must resolve
