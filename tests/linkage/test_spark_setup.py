"""The Spark backend's set-up, without starting Spark: dialect, saved model, session knobs."""

from __future__ import annotations

import copy
import json

import pytest

from lienthong.errors import ConfigError
from lienthong.linkage._settings import (
    LinkSettings,
    dialect,
    portable_model,
    splink_settings,
)
from lienthong.linkage._spark import _check_java, shuffle_partitions

PRESENT = {
    "name_key", "name_sorted", "birth_year", "birth_date", "sex", "ident", "ward_code",
    "ward_codes", "address_key", "email", "postcode", "other_id", "phone", "family_name",
    "given_name",
}  # fmt: skip


def _levels(settings: dict[str, object]) -> list[tuple[str, list[str]]]:
    return [
        (c["output_column_name"], [lv["label_for_charts"] for lv in c["comparison_levels"]])
        for c in settings["comparisons"]  # type: ignore[attr-defined]
    ]


def test_spark_settings_have_the_same_levels_in_spark_sql() -> None:
    duck = splink_settings(LinkSettings(), PRESENT)
    spark = splink_settings(LinkSettings(), PRESENT, None, "spark")
    assert _levels(duck) == _levels(spark)
    assert (
        duck["blocking_rules_to_generate_predictions"]
        == (spark["blocking_rules_to_generate_predictions"])
    )
    sql = json.dumps(spark["comparisons"])
    for duckdb_only in ("hamming(", "list_intersect", "len(", "strftime", "_similarity("):
        assert duckdb_only not in sql, duckdb_only
    assert "jaro_winkler(" in sql and "array_intersect" in sql and "date_format" in sql


def test_unknown_dialect_names_the_choices() -> None:
    with pytest.raises(ConfigError, match="duckdb, spark"):
        dialect("oracle")


def _trained(sql_dialect: str) -> dict[str, object]:
    """A model as Splink saves it: the settings plus trained m and u on every level."""
    model = splink_settings(LinkSettings(), PRESENT, None, sql_dialect)
    for i, comparison in enumerate(model["comparisons"]):
        for j, level in enumerate(comparison["comparison_levels"]):
            level["m_probability"] = 0.01 * (i + 1)
            level["u_probability"] = 0.001 * (j + 1)
    return model | {"sql_dialect": sql_dialect, "probability_two_random_records_match": 1e-4}


def test_a_spark_model_is_saved_in_duckdb_sql_with_its_parameters() -> None:
    spark = _trained("spark")
    saved = portable_model(copy.deepcopy(spark), LinkSettings(), PRESENT)
    duck = _trained("duckdb")
    assert saved == duck  # same parameters; each level spelled as DuckDB spells it
    assert saved["probability_two_random_records_match"] == 1e-4


def test_a_duckdb_model_is_saved_as_it_is() -> None:
    duck = _trained("duckdb")
    assert portable_model(duck, LinkSettings(), PRESENT) is duck


def test_a_model_that_does_not_fit_the_settings_is_refused() -> None:
    spark = _trained("spark")
    spark["comparisons"] = spark["comparisons"][1:]  # type: ignore[index]
    with pytest.raises(ConfigError):
        portable_model(spark, LinkSettings(), PRESENT)


@pytest.mark.parametrize(
    ("master", "cores", "partitions"),
    [
        ("local[*]", 2, 4),
        ("local[*]", 16, 32),
        ("local[3]", 16, 6),
        ("local", 16, 2),
        ("local[1]", 16, 2),
        ("local[4,2]", 16, 8),
        ("spark://10.0.0.1:7077", 2, 200),
        ("yarn", 2, 200),
    ],
)
def test_shuffle_partitions_follow_the_local_cores(
    master: str, cores: int, partitions: int
) -> None:
    assert shuffle_partitions(master, cores) == partitions


def test_no_java_is_a_config_error_with_the_debian_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ConfigError) as caught:
        _check_java()
    assert caught.value.hint is not None and "default-jre-headless" in caught.value.hint
