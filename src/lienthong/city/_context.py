"""What every record builder shares: the true population, the rates, per-source randomness."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from lienthong.city._addresses import Place, current_address, old_address
from lienthong.city._config import CityConfig
from lienthong.city._defects import Injector, Record, encode
from lienthong.city._population import Population

#: One output row with its ground truth: (values, entity_type, entity_id, defects).
Row = tuple[tuple[object, ...], str, str, str]
RowStream = Iterator[Row]


@dataclass(slots=True)
class Context:
    config: CityConfig
    pop: Population
    moved_share: float  # share of people whose household moved (for stale_moved)

    def rng(self, purpose: str) -> random.Random:
        """An independent, reproducible random stream per purpose (source), seeded by name."""
        return random.Random(f"{self.config.seed}:{purpose}")

    def injector(self, purpose: str) -> Injector:
        return Injector(self.config.defects, self.rng(f"defects:{purpose}"))

    def duplicate_chance(self) -> float:
        """Chance per record of a second copy, so that copies are ``duplicate`` of all records."""
        rate = self.config.defects.duplicate
        return rate / (1.0 - rate)

    def person_address(
        self, record: Record, injector: Injector, person: int, *, old_format: bool
    ) -> str:
        """A person's address as a silo holds it: maybe stale (moved), maybe pre-2025 format.

        ``old_format`` forces the pre-2025 format (sources that never converted); otherwise it
        comes at the ``old_address`` rate.
        """
        place: Place = self.pop.place(person)
        previous = self.pop.moved_from(person)
        rate = self.config.defects.stale_moved / self.moved_share if self.moved_share else 0.0
        if previous is not None and injector.chance(min(1.0, rate)):
            record.add("stale_moved")
            place = previous
        if old_format or injector.chance(self.config.defects.old_address):
            record.add("old_address")
            return old_address(place)
        return current_address(place)

    def timestamp(self, rng: random.Random) -> str:
        """A last-update time in the year before ``as_of`` (hot path: no date objects)."""
        seconds = int(rng.random() * 31_536_000)
        rest = seconds % 86400
        day = _days(self.config.as_of)[seconds // 86400]
        return f"{day}T{rest // 3600:02d}:{rest // 60 % 60:02d}:{rest % 60:02d}"


@cache
def _days(as_of: date) -> tuple[str, ...]:
    """ISO dates of the 365 days before ``as_of``, newest first."""
    start = as_of.toordinal() - 1
    return tuple(date.fromordinal(start - i).isoformat() for i in range(365))


def render(text: str | None, script: str) -> str | None:
    return encode(text, script)


def unique_digits(rng: random.Random, digits: int, used: set[int]) -> int:
    """A random number below 10**digits not in ``used`` (then added to it)."""
    limit = 10**digits
    while True:
        value = int(rng.random() * limit)
        if value not in used:
            used.add(value)
            return value
