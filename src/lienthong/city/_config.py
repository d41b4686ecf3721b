"""What to generate (:class:`CityConfig`, :class:`DefectRates`) and what came out.

:class:`CityResult` says what was written and where.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import ClassVar

from lienthong.errors import InputError

#: ``progress(step, done, total)``: called as generation advances (for a progress bar).
ProgressCallback = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class DefectRates:
    """How often each defect is injected, as a probability per eligible record.

    Each rate is the share of *eligible* records that get the defect; :meth:`scope` says which
    datasets a defect is injected into. The population register is the clean reference and
    gets none. Defaults are chosen to look like real silos, not to be kind to linkage.

    Two rates are bounded by the population itself: ``stale_moved`` can reach at most the share
    of people whose household moved (~12%), ``stale_deceased`` at most what the dead people
    eligible for a source allow.
    """

    missing_id: float = 0.10  #: the CCCD/ID column is empty (old records)
    mistyped_id: float = 0.01  #: one digit changed or two adjacent digits swapped
    legacy_cmnd: float = 0.30  #: the old 9-digit CMND instead of the CCCD (people who had one)
    typo_name: float = 0.03  #: one letter dropped, doubled, swapped or its tone mark changed
    nfd: float = 0.05  #: name and address in decomposed Unicode (NFD) instead of NFC
    no_diacritics: float = 0.05  #: name and address typed without Vietnamese diacritics
    swapped_name_order: float = 0.02  #: given name first ("An Nguyễn Văn")
    mixed_date_format: float = 0.10  #: a date in another format than the column's usual one
    old_address: float = 0.25  #: a pre-2025 address (old ward, district, province)
    stale_moved: float = 0.04  #: the address the person lived at before they moved
    stale_deceased: float = 0.02  #: an active record about a person who has died
    duplicate: float = 0.02  #: a second record, own key, about the same person/business

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if not 0.0 <= value <= 0.5:
                raise InputError(
                    f"Defect rate {item.name}={value} is out of range; use a value from 0 to 0.5."
                )
        if self.missing_id + self.mistyped_id + self.legacy_cmnd > 1.0:
            raise InputError(
                "missing_id + mistyped_id + legacy_cmnd exceed 1: an ID column can show only one "
                "of them; lower one of the three."
            )

    @classmethod
    def clean(cls) -> DefectRates:
        """No defects at all (a perfectly clean city)."""
        return cls(**{item.name: 0.0 for item in fields(cls)})

    def with_overrides(self, overrides: Mapping[str, float]) -> DefectRates:
        """A copy with some rates replaced; unknown names raise :class:`InputError`."""
        known = {item.name for item in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise InputError(
                f"Unknown defect {', '.join(unknown)}; known defects: {', '.join(sorted(known))}."
            )
        values = {item.name: getattr(self, item.name) for item in fields(self)}
        values.update(overrides)
        return DefectRates(**values)

    def as_dict(self) -> dict[str, float]:
        return {item.name: getattr(self, item.name) for item in fields(self)}

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """Every defect name, in the order of the fields."""
        return tuple(item.name for item in fields(cls))

    @staticmethod
    def scope(defect: str) -> tuple[str, ...]:
        """The datasets (``source.table``) a defect is injected into."""
        return DEFECT_SCOPE[defect]


DEFECT_NAMES: tuple[str, ...] = tuple(item.name for item in fields(DefectRates))

#: Datasets each defect is injected into at its configured rate. ``education.HocSinh`` and
#: ``land.land`` always carry pre-2025 addresses (that is their shape); their truth rows still
#: list ``old_address``. ``legacy_cmnd`` only applies to people who had a CMND and to columns
#: that accept one.
DEFECT_SCOPE: Mapping[str, tuple[str, ...]] = {
    "missing_id": (
        "business.doanh_nghiep",
        "health_insurance.TheBHYT",
        "education.HocSinh",
        "land.land",
        "social_welfare.doi_tuong_bao_tro",
    ),
    "mistyped_id": (
        "business.doanh_nghiep",
        "health_insurance.TheBHYT",
        "education.HocSinh",
        "land.land",
        "social_welfare.doi_tuong_bao_tro",
    ),
    "legacy_cmnd": ("business.doanh_nghiep", "land.land", "social_welfare.doi_tuong_bao_tro"),
    "typo_name": (
        "business.doanh_nghiep",
        "health_insurance.TheBHYT",
        "education.HocSinh",
        "land.land",
        "social_welfare.doi_tuong_bao_tro",
    ),
    "nfd": (
        "business.doanh_nghiep",
        "health_insurance.TheBHYT",
        "education.HocSinh",
        "land.land",
        "social_welfare.doi_tuong_bao_tro",
    ),
    "no_diacritics": (
        "business.doanh_nghiep",
        "health_insurance.TheBHYT",
        "education.HocSinh",
        "land.land",
        "social_welfare.doi_tuong_bao_tro",
    ),
    "swapped_name_order": (
        "business.doanh_nghiep",
        "health_insurance.TheBHYT",
        "education.HocSinh",
        "land.land",
        "social_welfare.doi_tuong_bao_tro",
    ),
    "mixed_date_format": ("health_insurance.TheBHYT", "education.HocSinh", "land.land"),
    "old_address": (
        "business.doanh_nghiep",
        "health_insurance.TheBHYT",
        "social_welfare.doi_tuong_bao_tro",
    ),
    "stale_moved": (
        "health_insurance.TheBHYT",
        "education.HocSinh",
        "social_welfare.doi_tuong_bao_tro",
    ),
    "stale_deceased": ("health_insurance.TheBHYT", "social_welfare.doi_tuong_bao_tro"),
    "duplicate": (
        "business.doanh_nghiep",
        "health_insurance.TheBHYT",
        "education.HocSinh",
        "land.land",
        "social_welfare.doi_tuong_bao_tro",
    ),
}

SOURCE_CODES: tuple[str, ...] = (
    "population",
    "business",
    "health_insurance",
    "education",
    "land",
    "social_welfare",
)
#: Sources that can be written to a database URL with ``--target`` (the others are exports).
DATABASE_SOURCES: tuple[str, ...] = ("population", "business", "health_insurance", "social_welfare")


@dataclass(frozen=True, slots=True)
class CityConfig:
    """Everything that decides a city. The same config gives the same city, byte for byte."""

    #: the six sources, in the order they are written
    SOURCES: ClassVar[tuple[str, ...]] = SOURCE_CODES
    #: sources that ``targets`` may send to PostgreSQL / MariaDB (the others are file exports)
    DATABASE_SOURCES: ClassVar[tuple[str, ...]] = DATABASE_SOURCES

    people: int = 10_000
    seed: int = 57
    out: Path = Path("lienthong-city")
    defects: DefectRates = field(default_factory=DefectRates)
    #: ``{source: SQLAlchemy URL}``: write these sources to PostgreSQL/MariaDB instead of SQLite.
    targets: Mapping[str, str] = field(default_factory=dict)
    #: replace a non-empty ``out`` folder / existing target tables
    force: bool = False
    #: the day the city is observed; ages and "stale" are relative to it
    as_of: date = date(2026, 1, 1)

    def __post_init__(self) -> None:
        if self.people < 10:
            raise InputError(f"A city needs at least 10 people, got {self.people}.")
        if self.people > 9_999_999:
            raise InputError("At most 9,999,999 people: person ids are P + 7 digits.")
        for source in self.targets:
            if source not in DATABASE_SOURCES:
                raise InputError(
                    f"--target {source}=… is not possible; database sources are "
                    f"{', '.join(DATABASE_SOURCES)} (education and land are file exports)."
                )


@dataclass(frozen=True, slots=True)
class CityResult:
    """What :func:`generate_city` built."""

    out: Path
    manifest: Path
    people: int
    households: int
    businesses: int
    #: dataset id (``source.table``) → number of records written
    records: dict[str, int]
    #: defect name → number of records carrying it
    defects: dict[str, int]
    #: source code → where it went (file name relative to ``out`` or a URL)
    locations: dict[str, str]
    seconds: float
