"""Defects are injected at the configured rates, recorded in truth, and visible in the data."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from city_helpers import City

from lienthong.city import CityConfig, DefectRates, generate_city
from lienthong.errors import InputError
from lienthong.identifiers import is_cmnd


def _eligible(city: City, defect: str) -> list[dict[str, str]]:
    scope = set(DefectRates.scope(defect))
    rows = [r for r in city.truth("records") if f"{r['source']}.{r['dataset']}" in scope]
    if defect == "legacy_cmnd":  # only people who had a CMND can show one
        owners = {b["business_id"]: b["owner_person_id"] for b in city.truth("businesses")}
        had = {p["person_id"] for p in city.truth("people") if p["cmnd"]}
        rows = [r for r in rows if owners.get(r["entity_id"], r["entity_id"]) in had]
    return rows


@pytest.mark.parametrize("defect", DefectRates.names())
def test_rate_is_within_tolerance_of_the_configured_rate(city: City, defect: str) -> None:
    rate = getattr(DefectRates(), defect)
    rows = _eligible(city, defect)
    hits = sum(defect in r["defects"].split(";") for r in rows)
    observed = hits / len(rows)
    sigma = math.sqrt(rate * (1 - rate) / len(rows))
    tolerance = 4 * sigma + 0.1 * rate  # 4 σ sampling noise + 10% modelling slack
    assert abs(observed - rate) <= tolerance, f"{defect}: {observed:.4f} vs {rate}"


def test_every_defect_name_is_from_the_contract(city: City) -> None:
    names = set(DefectRates.names())
    for row in city.truth("records"):
        assert set(filter(None, row["defects"].split(";"))) <= names


def test_defects_are_visible_in_the_records(city: City) -> None:
    truth: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for r in city.truth("records"):
        truth[r["dataset"]][r["record_key"]] = set(filter(None, r["defects"].split(";")))
    cccd = {p["person_id"]: p for p in city.truth("people")}
    seen: dict[str, int] = defaultdict(int)
    rows = city.rows("social_welfare.doi_tuong_bao_tro")
    keys = {
        r["record_key"]: r["entity_id"]
        for r in city.truth("records")
        if r["dataset"] == "doi_tuong_bao_tro"
    }
    for row in rows:
        defects = truth["doi_tuong_bao_tro"][row["ma_doi_tuong"]]
        person = cccd[keys[row["ma_doi_tuong"]]]
        if "missing_id" in defects:
            assert row["so_cccd"] is None
        elif "legacy_cmnd" in defects:
            assert is_cmnd(row["so_cccd"]) and row["so_cccd"] == person["cmnd"]
        elif "mistyped_id" in defects:
            assert row["so_cccd"] != person["cccd"] and len(row["so_cccd"]) == 12
        else:
            assert row["so_cccd"] == person["cccd"]
        if "no_diacritics" in defects:
            assert row["ho_ten"].isascii() and row["dia_chi"].isascii()
        elif "nfd" in defects:
            assert not unicodedata.is_normalized("NFC", row["ho_ten"] + row["dia_chi"])
        else:
            assert unicodedata.is_normalized("NFC", row["ho_ten"])
        if not defects & {"typo_name", "swapped_name_order", "no_diacritics", "nfd"}:
            assert row["ho_ten"] == person["full_name"]
        if "stale_deceased" in defects:
            assert person["death_date"] and row["trang_thai"] == "Đang hưởng"
        else:
            assert not person["death_date"]
        for name in defects:
            seen[name] += 1
    assert seen["stale_deceased"] and seen["missing_id"] and seen["legacy_cmnd"]


def test_mixed_dates_leave_the_usual_format(city: City) -> None:
    records = {
        r["record_key"]: r["defects"] for r in city.truth("records") if r["dataset"] == "TheBHYT"
    }
    usual = re.compile(r"^\d{2}/\d{2}/\d{4}$")
    for row in city.rows("health_insurance.TheBHYT"):
        mixed = "mixed_date_format" in records[row["MaThe"]].split(";")
        assert bool(usual.match(row["NgaySinh"])) != mixed, row["NgaySinh"]


def test_a_clean_city_has_no_defects_but_the_old_format_of_old_silos(tmp_path: Path) -> None:
    result = generate_city(
        CityConfig(people=300, seed=1, out=tmp_path / "c", defects=DefectRates.clean())
    )
    # education and land hold pre-2025 addresses by shape; truth still says so
    old = result.records["education.HocSinh"] + result.records["land.land"]
    assert result.defects == {"old_address": old}


def test_rates_are_validated_with_a_sentence() -> None:
    with pytest.raises(InputError, match=r"0 to 0\.5"):
        DefectRates(typo_name=0.9)
    with pytest.raises(InputError, match="only one"):
        DefectRates(missing_id=0.5, mistyped_id=0.3, legacy_cmnd=0.5)
    with pytest.raises(InputError, match="Unknown defect typo"):
        DefectRates().with_overrides({"typo": 0.1})


def test_stale_moved_records_show_the_previous_home(city: City) -> None:
    homes = {r["so_dinh_danh"]: r["thuong_tru_dia_chi"] for r in city.rows("population.cong_dan")}
    people = {p["person_id"]: p["cccd"] for p in city.truth("people")}
    truth = {r["record_key"]: r for r in city.truth("records") if r["dataset"] == "TheBHYT"}
    moved = same = 0
    for row in city.rows("health_insurance.TheBHYT"):
        record = truth[row["MaThe"]]
        defects = set(record["defects"].split(";"))
        if defects & {"old_address", "no_diacritics", "nfd"}:
            continue
        home = homes[people[record["entity_id"]]]
        if "stale_moved" in defects:
            moved += 1
            assert row["DiaChi"] != home
        else:
            same += 1
            assert row["DiaChi"] == home
    assert moved > 20 and same > 1_000
