"""Every built-in check kind on a hand-made pair of tables whose defects we placed by hand.

The population register (6 people) and a health-insurance-like table (9 rows, one defect
per row, see conftest.py) run through DuckDB over SQLite; each count below is worked out in
the fixture's comments.
"""

from __future__ import annotations

from datetime import date

import duckdb
import pytest
from quality_fixtures import POPULATION, EngineFactory, cards_info

from lienthong.quality import CheckSpec, Criterion, DatasetInfo, check_kinds, load_rules
from lienthong.quality._dialect import DIALECTS
from lienthong.quality._kinds import check_kind
from lienthong.quality._model import CheckContext, RowQuery

CARDS = cards_info().id

#: check id → (rows the check applies to, rows failing), for the cards table's defaults.
EXPECTED_CARDS = {
    "cccd_structure:so_cccd": (7, 2),  # wrong sex digit (C08), province 099 (second C08)
    "legacy_id:so_cccd": (8, 1),  # C07 holds a 9-digit CMND
    "mst_check_digit:ma_so_thue": (3, 1),  # 0100233489: wrong check digit
    "valid_date:ngay_sinh": (9, 1),  # 30/02/1990
    "valid_date:cap_nhat": (9, 0),
    "current_unit:dia_chi": (9, 1),  # "Phường 5, Quận 3": not a current ward
    "population_agreement:so_cccd": (4, 1),  # "Trần Thị Binh" vs "Trần Thị Bình"
    "not_null:ma_the": (9, 0),
    "not_null:so_cccd": (9, 1),
    "not_null:ma_so_thue": (9, 6),
    "not_null:ho_ten": (9, 0),
    "not_null:ngay_sinh": (9, 0),
    "not_null:gioi_tinh": (9, 0),
    "unique:ma_the": (9, 2),  # C08 twice: both copies fail
    "near_duplicates:ho_ten,ngay_sinh": (9, 1),  # "NGUYỄN  VĂN AN" repeats "Nguyễn Văn An"
    "nfc:ho_ten": (9, 0),
    "nfc:dia_chi": (9, 0),
    "whitespace:ho_ten": (9, 1),
    "whitespace:dia_chi": (9, 0),
    "name_case:ho_ten": (9, 1),
    "one_format:ngay_sinh": (9, 1),  # the one yyyy-mm-dd among dd/mm/yyyy
    "old_address:dia_chi": (9, 1),
    "deceased_active:so_cccd": (4, 1),  # Lê Văn Cường died 2025-06-01
    "freshness:cap_nhat": (1, 0),  # newest 2025-12-30, 2 days before as_of, P1M allowed
    "stale_records:cap_nhat": (9, 1),  # 2023-01-01 is older than one month
    "subscription_lag": (0, 0),  # no sync subscriptions: nothing to measure
}


def _run(engine_for: EngineFactory, dataset: str) -> dict[str, tuple[int, int]]:
    engine = engine_for()
    rules = load_rules(engine.datasets, only=[dataset])
    results = engine.run(rules.specs)
    errors = {r.check: r.error for r in results if r.error}
    assert not errors, errors
    return {r.check: (r.total, r.failed) for r in results}


def test_defaults_find_each_placed_defect(engine_for: EngineFactory) -> None:
    assert _run(engine_for, CARDS) == EXPECTED_CARDS


def test_the_population_register_is_clean_but_not_fresh(engine_for: EngineFactory) -> None:
    counts = _run(engine_for, POPULATION.id)
    failing = {check: failed for check, (_, failed) in counts.items() if failed}
    # only staleness: three people were last touched before 31 Dec 2025 (P1D declared)
    assert failing == {"stale_records:ngay_cap_nhat": 3}
    assert counts["cccd_structure:so_dinh_danh"] == (6, 0)


def test_coverage_counts_living_residents_missing_from_the_dataset(
    engine_for: EngineFactory,
) -> None:
    engine = engine_for()
    spec = CheckSpec(CARDS, "coverage", ("so_cccd",), {"alive": True, "min_age": 18})
    (result,) = engine.run([spec])
    # five living adults; 079080000005 (card without id) and 079185000006 (mistyped) missing
    assert (result.total, result.failed, result.score) == (5, 2, 60.0)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (CheckSpec(CARDS, "allowed_values", ("trang_thai",), {"values": ["A"]}), (9, 1)),
        (CheckSpec(CARDS, "regex", ("ma_the",), {"pattern": "^C0[1-7]$"}), (9, 2)),
        (CheckSpec(CARDS, "range", ("gioi_tinh",), {"min": 0, "max": 0}), (9, 6)),
        (
            CheckSpec(
                CARDS, "referential", ("so_cccd",), {"references": "pop.cong_dan.so_dinh_danh"}
            ),
            (8, 4),
        ),
        (CheckSpec(CARDS, "one_format", ("ngay_sinh",), {"expected": "yyyy-mm-dd"}), (9, 8)),
        (CheckSpec(CARDS, "stale_records", ("cap_nhat",), {"max_age": "P5Y"}), (9, 0)),
        (
            CheckSpec(
                CARDS,
                "deceased_active",
                ("so_cccd",),
                {"active": {"column": "trang_thai", "values": ["B"]}},
            ),
            (1, 0),
        ),
    ],
    ids=lambda v: v.kind if isinstance(v, CheckSpec) else None,
)
def test_declared_checks(
    engine_for: EngineFactory, spec: CheckSpec, expected: tuple[int, int]
) -> None:
    (result,) = engine_for().run([spec])
    assert result.error is None, result.error
    assert (result.total, result.failed) == expected


def test_every_kind_has_a_criterion_and_a_summary() -> None:
    kinds = check_kinds()
    assert {k.criterion for k in kinds} == set(Criterion)
    assert all(k.summary for k in kinds)
    assert len({k.name for k in kinds}) == len(kinds)


def _failing(
    kind: str, flag: str, values: list[str], digits: str = "", **params: object
) -> list[str]:
    """The values ``kind`` lists as failing in a one-column DuckDB table ``t(v)`` (its
    numbers written in ``digits`` if given)."""
    info = DatasetInfo("x.t", "A", "x", "duckdb", "t", {"v": frozenset({flag})},
                       digits={"v": digits} if digits else {})  # fmt: skip
    ctx = CheckContext(info, DIALECTS["duckdb"], lambda _d: "t", {info.id: info}, None,
                       date(2026, 1, 1))  # fmt: skip
    query = check_kind(kind).compile(CheckSpec(info.id, kind, ("v",), params), ctx)
    assert isinstance(query, RowQuery)
    con = duckdb.connect()
    con.execute("CREATE TABLE t (v VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?)", [[v] for v in values])
    derived = "".join(f", {expr} AS {alias}" for alias, expr in query.derived)
    relation = f"(SELECT t.*{derived} FROM {query.relation or 't'})"
    sql = f"SELECT v FROM {relation} t WHERE ({query.applies}) AND ({query.fails})"
    return [str(row[0]) for row in con.execute(sql).fetchall()]


def _name_case_fails(value: str) -> bool:
    return bool(_failing("name_case", "full_name", [value]))


def test_a_family_name_in_capitals_is_a_convention_not_a_defect() -> None:
    assert not _name_case_fails("NOVAK Janez")  # Slovenian roll: surname first, in capitals
    assert not _name_case_fails("Nguyễn Văn An")
    assert _name_case_fails("NOVAK JANEZ")  # capitals throughout
    assert _name_case_fails("NGUYỄN VĂN AN")
    assert _name_case_fails("nguyễn Văn An")
    assert _name_case_fails("NNguyễn Văn An")  # a doubled capital: a word of mixed case
    assert _name_case_fails("NguyỄn Văn An")


def test_particles_names_write_in_small_letters_pass_name_case() -> None:
    for name in (
        "Ana Paula dos Santos",
        "Ludwig van Beethoven",
        "José Ortega y Gasset",
        "María de la Cruz",
        "Ahmad bin Ali",
        "Omar al-Bashir",
        "Maria da Silva e Costa",
    ):
        assert not _name_case_fails(name), name
    assert _name_case_fails("ANA PAULA DOS SANTOS")
    assert _name_case_fails("ana Paula dos Santos")
    assert _name_case_fails("Ana Paula dos santos")  # the family name itself in small letters
    assert _name_case_fails("Nguyễn văn An")  # no Vietnamese particle


def test_dates_written_without_leading_zeros_are_one_format_with_dots_too() -> None:
    german = ["1.3.1985", "12.3.1985", "12.11.1990", "4.7.2001", "1985-03-01"]
    assert _failing("one_format", "birth_date", german) == ["1985-03-01"]
    phones = ["0903123456", "0912345678", "0987654321", "0903123"]
    assert _failing("one_format", "phone", phones, family="phone") == ["0903123"]


def test_one_scheme_in_several_shapes_is_one_shape_for_a_strangers_ids() -> None:
    dni = [f"{12345670 + i}Z" for i in range(30)] + [f"X{1234560 + i}L" for i in range(8)]
    rut = [f"{12345670 + i}-{i}" for i in range(9)] * 4 + [f"{7654320 + i}-1" for i in range(8)]
    rut += ["7654329-K"]  # a shape of its own, yet a seven-digit RUT as common ones are
    for column in ([*dni, "1234567Z"], [*rut, "12345678-"]):  # a character lost: another length
        assert len(_failing("one_shape", "national_id", column)) > 1  # the dominant shape only
        assert _failing("one_shape", "national_id", column, common=0.05) == [column[-1]]


def test_dates_and_phones_in_another_script_s_digits_are_read_as_digits() -> None:
    burmese, bengali = "၀၁၂၃၄၅၆၇၈၉", "০১২৩৪৫৬৭৮৯"
    mm = str.maketrans("0123456789", burmese)
    dates = [v.translate(mm) for v in ("12-03-1985", "01-11-1990", "31-02-1985")]
    assert _failing("valid_date", "birth_date", dates) == dates  # 0-9 only: none read
    assert _failing("valid_date", "birth_date", dates, digits=burmese) == [dates[2]]
    bd = str.maketrans("0123456789", bengali)
    phones = [v.translate(bd) for v in ("01711-234567", "01819-876543", "01711-2")]
    assert _failing("format", "phone", phones, format="any_phone") == phones
    assert _failing("format", "phone", phones, digits=bengali, format="any_phone") == [phones[2]]
