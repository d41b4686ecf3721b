"""The true population: households, people, their identifiers, family links, deaths and moves.

This is ground truth, before any silo writes it down. Households are built first (single,
couple, nuclear family, three generations, single parent, shared flat) so that ages, family names
(children take their father's) and parent/spouse links come out consistent.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from lienthong.city._addresses import Place, PlaceMaker
from lienthong.geo import old_wards
from lienthong.identifiers import CCCD_PROVINCES, make_cccd
from lienthong.names import full_name, sample_family_names, sample_middle_given

_HOUSEHOLD_KINDS = (
    ("single", 0.17),
    ("couple", 0.14),
    ("nuclear", 0.42),
    ("three_generations", 0.17),
    ("single_parent", 0.07),
    ("shared", 0.03),
)
_CCCD_LOCAL = {"79": "079", "74": "074", "77": "077"}
_CMND_LOCAL = {"79": ("02", "02", "03"), "74": ("28",), "77": ("27",)}
_OTHER_CCCD = tuple(code for code in CCCD_PROVINCES if code not in _CCCD_LOCAL.values())
_DEATHS_SINCE = date(2020, 1, 1)


@dataclass(slots=True)
class Population:
    """Column-wise people and households (lists indexed by person / household number)."""

    as_of: date
    # people
    female: list[bool] = field(default_factory=list)
    birth: list[date] = field(default_factory=list)
    family: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # full names, Vietnamese order
    ages: list[int] = field(default_factory=list)  # completed years on ``as_of``
    cccd: list[str] = field(default_factory=list)
    cmnd: list[str | None] = field(default_factory=list)
    household: list[int] = field(default_factory=list)
    father: list[int] = field(default_factory=list)
    mother: list[int] = field(default_factory=list)
    spouse: list[int] = field(default_factory=list)
    death: list[date | None] = field(default_factory=list)
    disabled: list[bool] = field(default_factory=list)
    temporary: list[Place | None] = field(default_factory=list)
    # households
    home: list[Place] = field(default_factory=list)
    previous_home: list[Place | None] = field(default_factory=list)
    head: list[int] = field(default_factory=list)
    poor: list[bool] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.birth)

    @property
    def households(self) -> int:
        return len(self.home)

    def person_id(self, index: int) -> str:
        return f"P{index + 1:07d}"

    def household_id(self, index: int) -> str:
        return f"HO{index + 1:08d}"

    def name(self, index: int) -> str:
        return self.names[index]

    def age(self, index: int) -> int:
        return self.ages[index]

    def alive(self, index: int) -> bool:
        return self.death[index] is None

    def place(self, index: int) -> Place:
        return self.home[self.household[index]]

    def moved_from(self, index: int) -> Place | None:
        return self.previous_home[self.household[index]]


class _Builder:
    """Fills a :class:`Population` household by household."""

    def __init__(self, people: int, seed: int, as_of: date) -> None:
        self.target = people
        self.rng = random.Random(seed)
        self.np_rng = np.random.default_rng(seed)
        self.pop = Population(as_of=as_of)
        self.places = PlaceMaker(self.rng)
        # name pools drawn in bulk with numpy, consumed in order
        pool = people + 16
        self.families = sample_family_names(self.np_rng, pool).tolist()
        female = np.zeros(2 * pool, dtype=bool)
        female[pool:] = True
        middle, given = sample_middle_given(self.np_rng, female)
        self.male_names = list(zip(middle[:pool].tolist(), given[:pool].tolist(), strict=True))
        self.female_names = list(zip(middle[pool:].tolist(), given[pool:].tolist(), strict=True))
        self.next_family = 0
        self.next_male = 0
        self.next_female = 0
        self.cccds: set[str] = set()
        self.cmnds: set[str] = set()
        self.kinds = [kind for kind, _ in _HOUSEHOLD_KINDS]
        self.kind_weights = [weight for _, weight in _HOUSEHOLD_KINDS]
        self.old_province = [w.province_code for w in old_wards()]

    # -- people ------------------------------------------------------------------------------

    def new_family_name(self) -> str:
        name: str = self.families[self.next_family]
        self.next_family += 1
        return name

    def person(self, household: int, female: bool, age: int, family: str | None = None) -> int:
        pop, rng = self.pop, self.rng
        index = pop.size
        if female:
            middle, given = self.female_names[self.next_female]
            self.next_female += 1
        else:
            middle, given = self.male_names[self.next_male]
            self.next_male += 1
        birth = date.fromordinal(
            pop.as_of.toordinal() - int(age * 365.2425) - 1 - int(rng.random() * 364)
        )
        family = family if family is not None else self.new_family_name()
        as_of = pop.as_of
        pop.female.append(female)
        pop.birth.append(birth)
        pop.family.append(family)
        pop.names.append(full_name(family, middle, given))
        pop.ages.append(
            as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))
        )
        pop.household.append(household)
        pop.father.append(-1)
        pop.mother.append(-1)
        pop.spouse.append(-1)
        province = self.old_province[pop.home[household].old_ward]
        local = rng.random() < (0.9 if birth.year >= 2005 else 0.6)
        pop.cccd.append(self.new_cccd(_CCCD_LOCAL[province] if local else None, female, birth))
        # CMNDs were issued at 14 until CCCDs replaced them (HCMC from 2016)
        pop.cmnd.append(self.new_cmnd(province if local else None) if birth.year <= 2002 else None)
        pop.death.append(self.death(age, birth))
        pop.disabled.append(rng.random() < 0.025)
        pop.temporary.append(
            self.places.place() if 18 <= age <= 40 and rng.random() < 0.08 else None
        )
        return index

    def new_cccd(self, province: str | None, female: bool, birth: date) -> str:
        rng = self.rng
        code = province or _OTHER_CCCD[int(rng.random() * len(_OTHER_CCCD))]
        prefix = make_cccd(code, "female" if female else "male", birth.year, 0)[:6]
        while True:
            number = f"{prefix}{int(rng.random() * 1_000_000):06d}"
            if number not in self.cccds:
                self.cccds.add(number)
                return number

    def new_cmnd(self, province: str | None) -> str:
        rng = self.rng
        prefixes = _CMND_LOCAL[province] if province else (f"{rng.randint(4, 38):02d}",)
        while True:
            number = f"{rng.choice(prefixes)}{int(rng.random() * 10_000_000):07d}"
            if number not in self.cmnds:
                self.cmnds.add(number)
                return number

    def death(self, age: int, birth: date) -> date | None:
        rng = self.rng
        risk = 0.002 if age < 40 else 0.01 if age < 60 else 0.05 if age < 75 else 0.16
        if rng.random() >= risk:
            return None
        start = max(_DEATHS_SINCE, birth).toordinal()
        end = self.pop.as_of.toordinal() - 1
        return date.fromordinal(rng.randint(min(start, end), end))

    def couple(self, household: int, head_age: int) -> tuple[int, int]:
        """Husband and wife; returns (husband, wife)."""
        rng = self.rng
        husband_age = max(18, head_age + rng.randint(-1, 3))
        wife_age = max(18, husband_age - rng.randint(-2, 6))
        husband = self.person(household, False, husband_age)
        wife = self.person(household, True, wife_age)
        self.pop.spouse[husband] = wife
        self.pop.spouse[wife] = husband
        return husband, wife

    def children(self, household: int, father: int, mother: int, count: int) -> None:
        pop, rng = self.pop, self.rng
        parent = mother if mother >= 0 else father
        parent_age = pop.age(parent)
        family = pop.family[father] if father >= 0 else pop.family[mother]
        for _ in range(min(count, self.room())):
            age = parent_age - rng.randint(20, 40)
            if age < 0:
                continue
            child = self.person(household, rng.random() < 0.487, age, family)
            pop.father[child] = father
            pop.mother[child] = mother

    # -- households --------------------------------------------------------------------------

    def room(self) -> int:
        """How many more people the city may hold."""
        return self.target - self.pop.size

    def household(self) -> None:
        pop, rng = self.pop, self.rng
        index = pop.households
        home = self.places.place()
        pop.home.append(home)
        moved = rng.random() < 0.12
        pop.previous_home.append(self.places.place() if moved else None)
        pop.poor.append(rng.random() < 0.025)
        pop.head.append(-1)
        kind = rng.choices(self.kinds, self.kind_weights)[0]
        if self.room() < 2:
            kind = "single"
        count = rng.choices((1, 2, 3), (0.45, 0.45, 0.10))[0]
        if kind == "single":
            head = self.person(index, rng.random() < 0.5, int(rng.triangular(18, 92, 28)))
        elif kind == "shared":
            head = self.person(index, rng.random() < 0.5, rng.randint(18, 35))
            for _ in range(min(rng.randint(1, 3), self.room())):
                self.person(index, rng.random() < 0.5, rng.randint(18, 35))
        elif kind == "couple":
            husband, wife = self.couple(index, int(rng.triangular(22, 90, 62)))
            head = husband if rng.random() < 0.8 else wife
        elif kind == "single_parent":
            female = rng.random() < 0.8
            head = self.person(index, female, int(rng.triangular(22, 60, 38)))
            self.children(index, -1 if female else head, head if female else -1, count)
        else:
            husband, wife = self.couple(index, int(rng.triangular(22, 62, 36)))
            head = husband if rng.random() < 0.8 else wife
            if kind == "three_generations" and self.room() > 0:
                self.grandparents(index, husband)
            self.children(index, husband, wife, count)
        pop.head[index] = head

    def grandparents(self, household: int, son: int) -> None:
        pop, rng = self.pop, self.rng
        age = min(pop.age(son) + rng.randint(22, 35), 100)
        grandfather = -1
        if rng.random() < 0.55 and self.room() >= 2:
            grandfather = self.person(household, False, age, pop.family[son])
        son_age = pop.age(son)
        grandmother_age = min(max(son_age + 20, age - rng.randint(0, 5)), 100)
        grandmother = self.person(household, True, grandmother_age)
        if grandfather >= 0:
            pop.spouse[grandfather] = grandmother
            pop.spouse[grandmother] = grandfather
        pop.father[son] = grandfather
        pop.mother[son] = grandmother

    def build(self, progress: Callable[[int], None]) -> Population:
        pop = self.pop
        next_report = 25_000
        while pop.size < self.target:
            self.household()
            if pop.size >= next_report:
                progress(pop.size)
                next_report += 25_000
        progress(pop.size)
        return pop


def build_population(
    people: int, seed: int, as_of: date, progress: Callable[[int], None] | None = None
) -> Population:
    """The true population of a city of exactly ``people`` people (the last household is cut
    to fit). ``progress(done)`` is called every 25,000 people."""
    return _Builder(people, seed, as_of).build(progress or (lambda done: None))
