"""Record builders for the person-centred sources: population register, health insurance,
education, social welfare. Each yields rows in its silo's own shape, with ground truth."""

from __future__ import annotations

from lienthong.city._addresses import current_address
from lienthong.city._context import Context, RowStream, render, unique_digits
from lienthong.city._defects import Record
from lienthong.geo import current_wards

_SEX = ("Nam", "Nữ")


def population_people(ctx: Context) -> RowStream:
    """``population.cong_dan``: the clean reference register, everyone including the dead."""
    pop = ctx.pop
    rng = ctx.rng("population")
    wards = current_wards()
    cccd = pop.cccd
    for i in range(pop.size):
        place = pop.place(i)
        temporary = pop.temporary[i]
        father, mother, spouse = pop.father[i], pop.mother[i], pop.spouse[i]
        death = pop.death[i]
        yield (
            (
                cccd[i],
                pop.cmnd[i],
                pop.name(i),
                pop.birth[i].isoformat(),
                _SEX[pop.female[i]],
                current_address(place),
                wards[place.ward].code,
                None if temporary is None else current_address(temporary),
                pop.household_id(pop.household[i]),
                cccd[father] if father >= 0 else None,
                cccd[mother] if mother >= 0 else None,
                cccd[spouse] if spouse >= 0 else None,
                None if death is None else death.isoformat(),
                ctx.timestamp(rng),
            ),
            "person",
            pop.person_id(i),
            "",
        )


def population_households(ctx: Context) -> RowStream:
    """``population.ho_gia_dinh``; truth points at the head of household."""
    pop = ctx.pop
    wards = current_wards()
    for h in range(pop.households):
        head = pop.head[h]
        place = pop.home[h]
        yield (
            (pop.household_id(h), pop.cccd[head], current_address(place), wards[place.ward].code),
            "person",
            pop.person_id(head),
            "",
        )


def _members(ctx: Context, purpose: str, coverage: float, eligible: list[int]) -> list[int]:
    rng = ctx.rng(f"members:{purpose}")
    return [i for i in eligible if rng.random() < coverage]


def _with_deceased(ctx: Context, purpose: str, live: list[int], pool: list[int]) -> list[int]:
    """Add deceased people still on the books so they are ``stale_deceased`` of all records."""
    rate = ctx.config.defects.stale_deceased
    if rate <= 0 or not pool:
        return live
    wanted = min(len(pool), round(rate * len(live) / (1.0 - rate)))
    rng = ctx.rng(f"deceased:{purpose}")
    return sorted(live + rng.sample(pool, wanted))


def _card_prefix(age: int, poor: bool, r: float) -> str:
    if age < 6:
        return "TE1"
    if age < 18:
        return "HS4"
    if poor:
        return "HN2"
    if age >= 60:
        return "HT2" if r < 0.5 else "GD4"
    return "DN4" if r < 0.6 else "GD4"


def health_insurance(ctx: Context) -> RowStream:
    """``health_insurance.TheBHYT``: ~90% of living residents, plus cards of the dead."""
    pop = ctx.pop
    rng = ctx.rng("health_insurance")
    inj = ctx.injector("health_insurance")
    alive = [i for i in range(pop.size) if pop.death[i] is None]
    dead = [i for i in range(pop.size) if pop.death[i] is not None]
    members = _with_deceased(ctx, "health_insurance", _members(ctx, "bhyt", 0.9, alive), dead)
    used: set[int] = set()
    dup = ctx.duplicate_chance()
    expiry_year = ctx.config.as_of.year
    for i in members:
        copies = 2 if inj.chance(dup) else 1
        for copy in range(copies):
            rec = Record()
            if copy:
                rec.add("duplicate")
            if pop.death[i] is not None:
                rec.add("stale_deceased")
            code = f"79{unique_digits(rng, 8, used):08d}"
            prefix = _card_prefix(pop.age(i), pop.poor[pop.household[i]], rng.random())
            name = inj.name(rec, pop.name(i))
            cccd = inj.identifier(rec, pop.cccd[i], None, accepts_cmnd=False)
            birth = inj.date(rec, pop.birth[i])
            address = ctx.person_address(rec, inj, i, old_format=False)
            script = inj.script_choice(rec)
            expiry = f"{rng.choice(('31/12', '30/06', '31/03', '30/09'))}/{expiry_year}"
            yield (
                (
                    f"{prefix[:2]}{prefix[2]}79{code}",
                    code,
                    render(name, script),
                    birth,
                    0 if pop.female[i] else 1,
                    render(address, script),
                    cccd,
                    expiry,
                    ctx.timestamp(rng),
                ),
                "person",
                pop.person_id(i),
                rec.text(),
            )


_SCHOOL_NAMES = (
    "Lê Quý Đôn",
    "Nguyễn Du",
    "Trần Đại Nghĩa",
    "Nguyễn Thị Minh Khai",
    "Lê Hồng Phong",
    "Võ Trường Toản",
    "Nguyễn Bỉnh Khiêm",
    "Chu Văn An",
    "Trần Phú",
    "Nguyễn Trãi",
    "Phan Bội Châu",
    "Lương Thế Vinh",
    "Hùng Vương",
    "Lê Lợi",
    "Kim Đồng",
    "Võ Thị Sáu",
    "Nguyễn Văn Trỗi",
    "Trưng Vương",
    "Đinh Tiên Hoàng",
    "Nguyễn Hiền",
    "Phan Chu Trinh",
    "Nguyễn An Ninh",
    "Huỳnh Thúc Kháng",
    "Trần Quốc Toản",
    "Lý Tự Trọng",
    "Hồ Thị Kỷ",
)


def _school(old_ward: int, age: int, rng_value: float) -> tuple[str, str]:
    grade = min(max(age - 5, 1), 12)
    level = "Tiểu học" if grade <= 5 else "THCS" if grade <= 9 else "THPT"
    name = _SCHOOL_NAMES[(old_ward * 7 + grade // 5 * 3) % len(_SCHOOL_NAMES)]
    section = 1 + int(rng_value * 8)
    klass = f"{grade}/{section}" if grade <= 5 else f"{grade}A{section}"
    return f"Trường {level} {name}", klass


def education(ctx: Context) -> RowStream:
    """``education.HocSinh``: living children aged 6–17 (97% enrolled); addresses pre-2025."""
    pop = ctx.pop
    rng = ctx.rng("education")
    inj = ctx.injector("education")
    pupils = _members(
        ctx,
        "education",
        0.97,
        [i for i in range(pop.size) if pop.death[i] is None and 6 <= pop.age(i) <= 17],
    )
    used: set[int] = set()
    dup = ctx.duplicate_chance()
    for i in pupils:
        copies = 2 if inj.chance(dup) else 1
        for copy in range(copies):
            rec = Record()
            if copy:
                rec.add("duplicate")
            school, klass = _school(pop.place(i).old_ward, pop.age(i), rng.random())
            name = inj.name(rec, pop.name(i))
            birth = inj.date(rec, pop.birth[i])
            cccd = inj.identifier(rec, pop.cccd[i], None, accepts_cmnd=False)
            address = ctx.person_address(rec, inj, i, old_format=True)
            script = inj.script_choice(rec)
            father, mother = pop.father[i], pop.mother[i]
            yield (
                (
                    f"79{unique_digits(rng, 8, used):08d}",
                    render(name, script),
                    birth,
                    _SEX[pop.female[i]],
                    school,
                    klass,
                    render(pop.name(father), script) if father >= 0 else None,
                    render(pop.name(mother), script) if mother >= 0 else None,
                    render(address, script),
                    cccd,
                    ctx.timestamp(rng),
                ),
                "person",
                pop.person_id(i),
                rec.text(),
            )


_BASE_VND = 500_000  # mức chuẩn trợ giúp xã hội from 1 July 2024 (Nghị định 76/2024)


def _benefit(ctx: Context, person: int, r: float) -> tuple[str, int] | None:
    pop = ctx.pop
    age = pop.age(person)
    if age >= 75 and r < 0.5:
        return "Trợ cấp xã hội hằng tháng người cao tuổi", int(
            _BASE_VND * (1.5 if age >= 80 else 1.0)
        )
    if pop.disabled[person] and r < 0.8:
        return "Trợ cấp người khuyết tật", _BASE_VND * (2 if r < 0.25 else 1) * 3 // 2
    if pop.poor[pop.household[person]] and pop.head[pop.household[person]] == person:
        return "Hỗ trợ hộ nghèo", _BASE_VND
    return None


def social_welfare(ctx: Context) -> RowStream:
    """``social_welfare.doi_tuong_bao_tro``: elderly, disabled, poor; some dead still paid."""
    pop = ctx.pop
    rng = ctx.rng("social_welfare")
    inj = ctx.injector("social_welfare")
    choose = ctx.rng("members:social_welfare")
    benefit: dict[int, tuple[str, int]] = {}
    for i in range(pop.size):
        found = _benefit(ctx, i, choose.random())
        if found is not None:
            benefit[i] = found
    live = [i for i in benefit if pop.death[i] is None]
    dead = [i for i in benefit if pop.death[i] is not None]
    members = _with_deceased(ctx, "social_welfare", live, dead)
    dup = ctx.duplicate_chance()
    number = 0
    for i in members:
        copies = 2 if inj.chance(dup) else 1
        kind, amount = benefit[i]
        for copy in range(copies):
            rec = Record()
            if copy:
                rec.add("duplicate")
            status = "Đang hưởng"
            if pop.death[i] is not None:
                rec.add("stale_deceased")
            elif rng.random() < 0.05:
                status = "Dừng hưởng"
            name = inj.name(rec, pop.name(i))
            ident = inj.identifier(rec, pop.cccd[i], pop.cmnd[i], accepts_cmnd=True)
            address = ctx.person_address(rec, inj, i, old_format=False)
            script = inj.script_choice(rec)
            number += 1
            yield (
                (
                    f"BTXH{number:08d}",
                    render(name, script),
                    pop.birth[i].year,
                    _SEX[pop.female[i]],
                    ident,
                    render(address, script),
                    kind,
                    amount,
                    status,
                    ctx.timestamp(rng),
                ),
                "person",
                pop.person_id(i),
                rec.text(),
            )
