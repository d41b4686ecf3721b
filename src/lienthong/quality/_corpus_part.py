"""A never-tuned part of the outside corpus: what its module brings (see :mod:`._corpus_parts`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType

from lienthong.quality._corpus_people import Person
from lienthong.quality._corpus_shapes import Col, Shape


@dataclass(frozen=True)
class Part:
    """One blind part: its number, shapes, writers and what its writers hold."""

    number: int
    shapes: tuple[Shape, ...]
    writers: Mapping[str, Callable[[Person, Col], object]]
    invalid_day: Mapping[str, str]
    address_holds: tuple[str, ...]
    phone_holds: tuple[str, ...]
    name_holds: frozenset[str]
    sex_holds: tuple[str, ...]
    national_holds: tuple[str, ...]

    @property
    def name(self) -> str:
        """The part's name in reports and labels: ``blind 8``."""
        return f"blind {self.number}"


def part_of(number: int, module: ModuleType) -> Part:
    """The part a ``_corpus_blind<number>`` module defines (``BLIND<number>``,
    ``WRITERS_BLIND<number>`` and the holdings every part names alike)."""
    return Part(
        number=number,
        shapes=getattr(module, f"BLIND{number}"),
        writers=getattr(module, f"WRITERS_BLIND{number}"),
        invalid_day=module.INVALID_DAY,
        address_holds=tuple(module.ADDRESS_HOLDS),
        phone_holds=tuple(module.PHONE_HOLDS),
        name_holds=frozenset(module.NAME_HOLDS),
        sex_holds=tuple(module.SEX_HOLDS),
        national_holds=tuple(module.NATIONAL_HOLDS),
    )
