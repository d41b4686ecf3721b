"""Checks from profiled roles: a stranger's file registered with two commands gets the
đúng/đủ/sạch/sống set its columns call for, and the city's manifests keep their own."""

from __future__ import annotations

import csv
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from lienthong.city import CityConfig, generate_city
from lienthong.identifiers import make_cccd, make_mst
from lienthong.quality import run_quality
from lienthong.quality._roles import RoleColumn, described, flags_from_roles
from lienthong.quality._rules import load_rules
from lienthong.quality._service import registered_datasets
from lienthong.registry import Registry
from lienthong.store import Store

AS_OF = date(2026, 1, 1)
P = frozenset({"personal"})


# -- the decision, cell by cell ---------------------------------------------------------------


def test_a_described_dataset_keeps_its_manifest_flags() -> None:
    columns = {"so_cccd": frozenset({"personal", "cccd"}), "sdt": P}
    roles = [RoleColumn("sdt", "phone", 0.99)]
    assert described(columns)
    assert flags_from_roles(columns, roles, threshold=0.8) == (columns, False)


def test_an_unprofiled_dataset_is_left_as_it_is() -> None:
    columns = {"a": P, "b": frozenset()}
    assert flags_from_roles(columns, None, threshold=0.8) == (columns, False)


@pytest.mark.parametrize(
    ("role", "confidence", "flags"),
    [
        ("cccd", 0.99, {"personal", "cccd"}),
        ("timestamp", 0.9, {"personal", "updated_at"}),
        ("given_name", 0.8, {"personal", "given_name"}),  # at the threshold: acted on
        ("phone", 0.79, {"personal"}),  # below: not acted on
        (None, 0.0, {"personal"}),
    ],
)
def test_roles_at_or_above_the_threshold_become_flags(
    role: str | None, confidence: float, flags: set[str]
) -> None:
    columns = {"x": P, "key_col": frozenset({"key"})}
    found, from_roles = flags_from_roles(
        columns, [RoleColumn("x", role, confidence), RoleColumn("gone", "cccd", 1.0)], threshold=0.8
    )
    assert from_roles
    assert found == {"x": frozenset(flags), "key_col": frozenset({"key"})}


# -- a stranger's file, end to end --------------------------------------------------------------

HEADER = ["STT", "Họ và tên", "NS", "Giới tính", "Số CCCD", "MST", "SĐT", "Email", "Cập nhật"]


def _people() -> tuple[list[list[str]], dict[str, set[str]]]:
    """20 clean rows, then planted defects: check id -> the STT values that must fail."""
    given = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hùng", "Khánh", "Lan", "Minh"]
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"]
    taxes = [m for n in range(100, 200) if (m := make_mst("03", n))][:20]
    rows = []
    for i in range(20):
        male = i % 2 == 0
        year = 1960 + i
        rows.append(
            [
                str(i + 1),
                f"{family[i % 5]} {'Văn' if male else 'Thị'} {given[i % 10]}",
                f"{(i % 27) + 1:02d}/{(i % 12) + 1:02d}/{year}",
                "Nam" if male else "Nữ",
                make_cccd("079", "male" if male else "female", year, 1000 + i),
                taxes[i],
                f"09{i:08d}",
                f"nguoi{i}@example.vn",
                f"2025-12-{(i % 28) + 1:02d} 08:00:00",
            ]
        )
    c = {h: i for i, h in enumerate(HEADER)}
    rows[1][c["Số CCCD"]] = "999" + rows[1][c["Số CCCD"]][3:]  # no such province
    rows[2][c["Giới tính"]] = "Nữ"  # a man's CCCD: the sex digit disagrees
    rows[3][c["NS"]] = "31/02/1963"  # no such day
    rows[4][c["NS"]] = "15/06/1890"  # 135 years old, and not the CCCD's birth year
    rows[5][c["MST"]] = rows[5][c["MST"]][:9] + str((int(rows[5][c["MST"]][9]) + 1) % 10)
    rows[6][c["SĐT"]] = "0901234"  # too short
    rows[7][c["Email"]] = "nguoi7.example.vn"
    rows[8][c["Họ và tên"]] = ""
    rows[9][c["Họ và tên"]] = "Trần  Thị Lan"  # doubled space
    rows[10][c["Họ và tên"]] = unicodedata.normalize("NFD", rows[10][c["Họ và tên"]])
    rows[11][c["Giới tính"]] = "?"
    rows[12][c["Cập nhật"]] = "2023-01-05 08:00:00"  # untouched for three years
    rows[13][c["Số CCCD"]] = rows[14][c["Số CCCD"]]  # two people, one CCCD (sex, year differ)
    rows[15][c["Họ và tên"]] = rows[15][c["Họ và tên"]].upper()
    planted = {
        "cccd_structure:Số CCCD": {"2", "3", "5", "14"},
        "valid_date:NS": {"4"},
        "plausible_age:NS": {"5"},
        "mst_check_digit:MST": {"6"},
        "format:SĐT": {"7"},
        "one_format:SĐT": {"7"},  # a short number is in no phone format
        "format:Email": {"8"},
        "not_null:Họ và tên": {"9"},
        "whitespace:Họ và tên": {"10"},
        "nfc:Họ và tên": {"11"},
        "allowed_values:Giới tính": {"12"},
        "stale_records:Cập nhật": {"13"},
        "unique:Số CCCD": {"14", "15"},
        "name_case:Họ và tên": {"16"},
    }
    return rows, planted


@pytest.fixture
def stranger(tmp_path: Path) -> tuple[Store, dict[str, set[str]]]:
    rows, planted = _people()
    path = tmp_path / "nguoi_dan.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    registry = Registry(store)
    registry.add_agency("PX", "UBND phường")
    registry.add_source("PX", "nd", str(path))
    return store, planted


def test_a_strangers_file_gets_checks_on_all_four_criteria(
    stranger: tuple[Store, dict[str, set[str]]],
) -> None:
    store, planted = stranger
    run = run_quality(store, as_of=AS_OF)
    results = {r.check: r for r in run.results}
    assert not run.errors, [(r.check, r.error) for r in run.errors]
    assert len(results) >= 15
    assert all(r.origin == "roles" for r in run.results)
    for criterion in ("đúng", "đủ", "sạch", "sống"):
        assert run.score("dataset", "nd.nguoi_dan", criterion) is not None, criterion
    for check, rows in planted.items():
        assert check in results, (check, sorted(results))
        assert results[check].failed == len(rows), (check, results[check])
    # Every other check passes on every row: no false alarm on clean data.
    for check, result in results.items():
        if check not in planted and result.total:
            assert result.failed == 0, (check, result)
    assert {"freshness:Cập nhật", "one_format:NS", "near_duplicates:Họ và tên,NS"} <= set(results)
    assert results["not_null:Số CCCD"].total == 20


def test_the_failing_rows_are_the_planted_ones(
    stranger: tuple[Store, dict[str, set[str]]],
) -> None:
    from lienthong.quality import find_failures

    store, planted = stranger
    for check in ("cccd_structure:Số CCCD", "valid_date:NS", "format:SĐT", "unique:Số CCCD"):
        page = find_failures(store, "nd.nguoi_dan", check, as_of=AS_OF)
        assert {str(row["STT"]) for row in page.rows} == planted[check], check


def test_the_citys_manifest_datasets_keep_their_checks(tmp_path: Path) -> None:
    city = tmp_path / "city"
    generate_city(CityConfig(people=200, seed=3, out=city, as_of=AS_OF))
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    Registry(store).import_manifest(city / "manifest.json")
    catalog = registered_datasets(store)
    assert catalog and not any(d.from_roles for d in catalog.values())
    specs = load_rules(catalog).specs
    assert {s.origin for s in specs} == {"default"}
    assert not {"format", "plausible_age", "one_shape"} & {s.kind for s in specs}
