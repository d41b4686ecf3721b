"""A birth date column of another calendar (Nepal's Bikram Sambat ``2042/11/28``, Taiwan's
``074/03/12``, Thailand's ``12/03/2528``) registered from a stranger's file: the profile reads
it as birth dates, and no date check raises a false alarm on its years (2042 is no future day,
74 no ancient one)."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from lienthong.quality import run_quality
from lienthong.quality._service import registered_datasets
from lienthong.registry import Registry
from lienthong.store import Store

AS_OF = date(2026, 1, 1)
CALENDARS = {
    "bs": ("जन्म मिति (वि.सं.)", lambda d: f"{(d - timedelta(days=103)).year + 57}/"
           f"{d - timedelta(days=103):%m/%d}"),
    "roc": ("出生日期", lambda d: f"{d.year - 1911:03d}/{d:%m/%d}"),
    "thai": ("วันเกิด", lambda d: f"{d:%d/%m}/{d.year + 543}"),
}  # fmt: skip


@pytest.mark.parametrize("calendar", list(CALENDARS))
def test_another_calendars_birth_dates_raise_no_date_alarm(tmp_path: Path, calendar: str) -> None:
    header, write = CALENDARS[calendar]
    rng = random.Random(5)
    given = ["Ram", "Sita", "Hari", "Gita", "Bishnu", "Kamala", "Krishna", "Laxmi", "Shyam"]
    family = ["Thapa", "Shrestha", "Adhikari", "Rai", "Gurung", "Tamang", "Karki", "Magar"]
    path = tmp_path / f"people_{calendar}.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Name", header])
        for i in range(150):
            born = date(1945, 1, 1) + timedelta(days=rng.randrange(75 * 365))
            # namesakes (one name, two births) are no duplicates
            writer.writerow([f"{given[i % 9]} {family[i % 8]}", write(born)])
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    registry = Registry(store)
    registry.add_agency("PX", "Ward office")
    registry.add_source("PX", "src", str(path))
    (dataset,) = registered_datasets(store).values()
    assert dataset.from_roles and header in dataset.flagged("birth_date")
    assert header in dataset.other_calendar
    run = run_quality(store, as_of=AS_OF)
    assert not run.errors, [(r.check, r.error) for r in run.errors]
    on_births = [r for r in run.results if header in r.check]
    assert not [r for r in on_births if r.failed], [(r.check, r.failed) for r in on_births]
    assert any(r.check.startswith("near_duplicates:") for r in on_births)
    assert not {"valid_date", "plausible_age"} & {r.check.split(":")[0] for r in on_births}
