"""Known answers from the synthetic city: the defect rates its generator injected (ground truth
in truth/records.csv) are recovered by the corresponding checks.

Tolerance is stated per row in percentage points of the dataset's records. Defects a check
sees directly (an empty ID, an NFD string, a pre-2025 address) must come out within 0.1 pp;
those that need the population register to be matched by CCCD (a dead person still insured,
a second record of the same person) within 1 pp, since a missing or mistyped CCCD hides them.
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from lienthong.city import CityConfig, generate_city
from lienthong.quality import CheckResult, scan
from lienthong.quality._service import RegistryConnectors, registered_datasets
from lienthong.registry import Registry
from lienthong.store import Store

PEOPLE = 3000
AS_OF = date(2026, 1, 1)

#: (injected defect, dataset, check that should find it, tolerance in percentage points)
KNOWN_ANSWERS = [
    ("missing_id", "health_insurance.TheBHYT", "not_null:SoCCCD", 0.1),
    ("missing_id", "business.doanh_nghiep", "not_null:giay_to_dai_dien", 0.1),
    ("missing_id", "land.land", "not_null:so_giay_to", 0.1),
    ("missing_id", "education.HocSinh", "not_null:Mã định danh", 0.1),
    ("legacy_cmnd", "land.land", "legacy_id:so_giay_to", 0.1),
    ("legacy_cmnd", "business.doanh_nghiep", "legacy_id:giay_to_dai_dien", 0.1),
    ("legacy_cmnd", "social_welfare.doi_tuong_bao_tro", "legacy_id:so_cccd", 0.1),
    ("nfd", "health_insurance.TheBHYT", "nfc:DiaChi", 0.1),
    ("nfd", "land.land", "nfc:dia_chi_thua_dat", 0.1),
    ("mixed_date_format", "health_insurance.TheBHYT", "one_format:NgaySinh", 0.1),
    ("mixed_date_format", "education.HocSinh", "one_format:Ngày sinh", 0.1),
    ("old_address", "health_insurance.TheBHYT", "old_address:DiaChi", 0.1),
    ("old_address", "business.doanh_nghiep", "old_address:dia_chi_tru_so", 0.1),
    ("old_address", "social_welfare.doi_tuong_bao_tro", "old_address:dia_chi", 0.1),
    ("old_address", "land.land", "old_address:dia_chi_thua_dat", 0.1),
    ("stale_deceased", "health_insurance.TheBHYT", "deceased_active:SoCCCD", 1.0),
    ("duplicate", "health_insurance.TheBHYT", "near_duplicates:HoTen,NgaySinh", 1.0),
    ("duplicate", "education.HocSinh", "near_duplicates:Họ và tên,Ngày sinh", 1.0),
]


@pytest.fixture(scope="module")
def city_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, CheckResult]]:
    out = tmp_path_factory.mktemp("city") / "city"
    generate_city(CityConfig(people=PEOPLE, seed=57, out=out, as_of=AS_OF))
    store = Store.open(f"sqlite:///{out.parent / 'platform.db'}")
    Registry(store).import_manifest(out / "manifest.json")
    connectors = RegistryConnectors(store)
    try:
        run = scan(registered_datasets(store), connectors, as_of=AS_OF)
    finally:
        connectors.close()
        store.close()
    return out, {f"{r.dataset} {r.check}": r for r in run.results}


def _truth(city: Path) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    records: Counter[str] = Counter()
    defects: Counter[tuple[str, str]] = Counter()
    with (city / "truth" / "records.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            dataset = f"{row['source']}.{row['dataset']}"
            records[dataset] += 1
            for defect in filter(None, row["defects"].split(";")):
                defects[dataset, defect] += 1
    return records, defects


@pytest.mark.slow
@pytest.mark.parametrize(("defect", "dataset", "check", "tolerance_pp"), KNOWN_ANSWERS)
def test_injected_defect_rate_is_recovered(
    city_run: tuple[Path, dict[str, CheckResult]],
    defect: str,
    dataset: str,
    check: str,
    tolerance_pp: float,
) -> None:
    city, results = city_run
    records, defects = _truth(city)
    result = results[f"{dataset} {check}"]
    assert result.error is None, result.error
    injected = 100 * defects[dataset, defect] / records[dataset]
    measured = 100 * result.failed / records[dataset]
    assert injected > 0, f"the generator injected no {defect} into {dataset}"
    assert measured == pytest.approx(injected, abs=tolerance_pp), (
        f"{check} found {result.failed} rows, truth has {defects[dataset, defect]} {defect}"
    )


@pytest.mark.slow
def test_the_population_register_scores_full_marks_for_correctness_and_cleanliness(
    city_run: tuple[Path, dict[str, CheckResult]],
) -> None:
    _, results = city_run
    register = [r for r in results.values() if r.dataset == "population.cong_dan"]
    failing = {
        r.check: r.failed
        for r in register
        if r.failed and r.criterion and r.criterion.value in ("đúng", "sạch")
    }
    assert failing == {}
    assert not [r.error for r in results.values() if r.error]
