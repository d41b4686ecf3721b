"""Procedure files: the shipped ones load; a wrong one is named with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from lienthong.errors import ConfigError
from lienthong.procedures import SHIPPED, load_catalogue, load_procedure

GOOD = (SHIPPED / "xac-nhan-cu-tru.yaml").read_text("utf-8")


def test_the_shipped_catalogue_loads() -> None:
    found = load_catalogue(SHIPPED)
    procedure = found.get("SANDBOX-CT-01")
    assert procedure.sandbox and procedure.agency == "CA-HCM"
    assert [f.name for f in procedure.prefilled] == ["ho_ten", "ngay_sinh", "thuong_tru_dia_chi"]
    assert {str(r) for r in procedure.services} == {"CA-HCM/cong-dan/v1"}


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("time_limit_days: 3", "time_limit_days: 0"), 9, "time_limit_days"),
        (("min_eid_level: 1", "min_eid_level: 3"), 10, "min_eid_level"),
        (("field: ngay_sinh}", "field: Ngay Sinh}"), 17, "fields.1.from.field"),
        (
            (
                "service: CA-HCM/cong-dan/v1, field: ho_ten",
                "service: 'CA-HCM/cong-dan/v1\\n', field: ho_ten",
            ),
            14,
            "service",
        ),
        (
            (
                "    citizen: {type: text, max_length: 200}",
                "    citizen: {type: text, max_length: 200}\n    from: {service: A/b/v1, field: x}",
            ),
            21,
            "exactly one",
        ),
        (("replaced_by: [thuong_tru_dia_chi]", "replaced_by: [so_ho_khau]"), 2, "unknown field"),
        (("code: SANDBOX-CT-01", "code: sandbox ct 01"), 2, "code"),
        (("agency: CA-HCM", "agency: CA-HCM\nextra: 1"), 9, "extra"),
    ],
)
def test_a_wrong_file_is_named_with_its_line(
    tmp_path: Path, change: tuple[str, str], line: int, words: str
) -> None:
    assert change[0] in GOOD
    path = tmp_path / "bad.yaml"
    path.write_text(GOOD.replace(change[0], change[1]), "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_procedure(path)
    assert f"bad.yaml line {line}" in caught.value.message
    assert words in caught.value.message


def test_broken_yaml_and_duplicate_codes(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("code: [unclosed\n", "utf-8")
    with pytest.raises(ConfigError, match=r"a\.yaml line 2: not valid YAML"):
        load_catalogue(tmp_path)
    (tmp_path / "a.yaml").write_text(GOOD, "utf-8")
    with pytest.raises(ConfigError, match="defined twice"):
        load_catalogue(SHIPPED, tmp_path)


@pytest.mark.parametrize(
    ("rule", "line", "words"),
    [
        (
            "age(ngay_sinh) <",
            30,
            "eligibility.0.rule: Value error, rule 'age(ngay_sinh) <': column 17",
        ),
        ("eval(ho_ten)", 30, "no function 'eval'"),
        ("age(ngay_sinh_con) < 6", 2, "reads unknown field(s): ngay_sinh_con"),
    ],
)
def test_a_wrong_rule_is_named_with_its_line_and_column(
    tmp_path: Path, rule: str, line: int, words: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        GOOD + "eligibility:\n  - rule: " + rule + "\n    message: {vi: Sai, en: Wrong}\n", "utf-8"
    )
    with pytest.raises(ConfigError) as caught:
        load_procedure(path)
    assert f"bad.yaml line {line}" in caught.value.message
    assert words in caught.value.message


def test_an_output_reading_an_unknown_field_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        GOOD + "output:\n  source: population\n  table: t\n  values: {a: 'ho_ten + khong_co'}\n",
        "utf-8",
    )
    with pytest.raises(ConfigError, match="output reads unknown field"):
        load_procedure(path)


@pytest.mark.parametrize(
    ("lookup", "words"),
    [
        ("{table: tuyen-sinh-lop-1, key: ho_ten, column: khong_co}", "has no column khong_co"),
        (
            "{table: khong-co, key: ho_ten, column: ma_tuyen}",
            r"bad.yaml line \d+: .*No reference table .khong-co.",
        ),
        ("{table: tuyen-sinh-lop-1, key: khong_co, column: ma_tuyen}", "lookup key khong_co"),
    ],
)
def test_a_lookup_field_names_a_table_column_and_field_that_exist(
    tmp_path: Path, lookup: str, words: str
) -> None:
    path = tmp_path / "bad.yaml"
    field = f"  - name: tuyen\n    label: {{vi: Tuyến, en: Zone}}\n    lookup: {lookup}\n"
    path.write_text(GOOD.replace("papers_avoided:", field + "papers_avoided:", 1), "utf-8")
    with pytest.raises(ConfigError, match=words):
        load_procedure(path)
