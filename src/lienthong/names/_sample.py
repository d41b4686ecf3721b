"""Draw realistic Vietnamese full names, vectorised with numpy for million-person cities."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from lienthong.names._data import (
    FAMILY_NAME_SHARES,
    GIVEN_NAMES_FEMALE,
    GIVEN_NAMES_MALE,
    MIDDLE_NAMES_FEMALE,
    MIDDLE_NAMES_MALE,
    OTHER_FAMILY_NAMES,
)

StrArray = npt.NDArray[np.str_]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class WeightedNames:
    """Values and their probabilities (summing to 1)."""

    values: tuple[str, ...]
    probabilities: tuple[float, ...]

    def share(self, value: str) -> float:
        """The probability of ``value`` (0 when absent)."""
        return sum(p for v, p in zip(self.values, self.probabilities, strict=True) if v == value)


def _normalise(pairs: list[tuple[str, float]]) -> WeightedNames:
    total = sum(weight for _, weight in pairs)
    return WeightedNames(
        tuple(unicodedata.normalize("NFC", v) for v, _ in pairs),
        tuple(weight / total for _, weight in pairs),
    )


@cache
def family_name_distribution() -> WeightedNames:
    """Family names with their population shares (the 16 listed + the rest spread evenly)."""
    listed = list(FAMILY_NAME_SHARES)
    rest = max(100.0 - sum(share for _, share in listed), 0.0)
    per_other = rest / len(OTHER_FAMILY_NAMES)
    return _normalise(listed + [(name, per_other) for name in OTHER_FAMILY_NAMES])


@cache
def middle_name_distribution(female: bool) -> WeightedNames:
    """Middle names for one sex, with weights."""
    return _normalise(list(MIDDLE_NAMES_FEMALE if female else MIDDLE_NAMES_MALE))


@cache
def given_name_distribution(female: bool) -> WeightedNames:
    """Given names for one sex; earlier names in the list are a little more common."""
    names = GIVEN_NAMES_FEMALE if female else GIVEN_NAMES_MALE
    return _normalise([(name, 1.0 / (1.0 + i / 40)) for i, name in enumerate(names)])


def _draw(rng: np.random.Generator, dist: WeightedNames, size: int) -> StrArray:
    values = np.array(dist.values)
    index = rng.choice(len(values), size=size, p=np.array(dist.probabilities))
    result: StrArray = values[index]
    return result


def sample_family_names(rng: np.random.Generator, size: int) -> StrArray:
    """``size`` family names drawn from the real distribution."""
    return _draw(rng, family_name_distribution(), size)


def sample_middle_given(rng: np.random.Generator, female: BoolArray) -> tuple[StrArray, StrArray]:
    """Middle and given names for people of the given sexes (``True`` = female)."""
    size = len(female)
    middle = np.empty(size, dtype=object)
    given = np.empty(size, dtype=object)
    for sex in (False, True):
        mask = female == sex
        count = int(mask.sum())
        middle[mask] = _draw(rng, middle_name_distribution(sex), count)
        given[mask] = _draw(rng, given_name_distribution(sex), count)
    return middle.astype(str), given.astype(str)


def full_name(family: str, middle: str, given: str) -> str:
    """Vietnamese order: family, middle, given (``Nguyễn Văn An``)."""
    return " ".join(part for part in (family, middle, given) if part)
