"""Businesses (enterprises, household businesses, branches) and land parcels, with their rows.

Businesses are entities of their own (``B0000001…``) owned by adults of the population; their
tax codes carry the real MST check digit and the prefix of the tax office of their old province.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from lienthong.city._addresses import Place, PlaceMaker, current_address, old_address
from lienthong.city._context import Context, RowStream, render
from lienthong.city._defects import Record
from lienthong.geo import current_wards, old_wards
from lienthong.identifiers import make_branch_mst, make_mst

_MST_PREFIX = {"79": "03", "74": "37", "77": "35"}
_FORMS = (
    ("Hộ kinh doanh", 0.55),
    ("Công ty TNHH", 0.30),
    ("Công ty cổ phần", 0.10),
    ("Doanh nghiệp tư nhân", 0.05),
)
_TRADES = (
    "Thương mại Dịch vụ",
    "Xây dựng",
    "Vận tải",
    "Công nghệ",
    "Thực phẩm",
    "May mặc",
    "Xuất nhập khẩu",
    "Du lịch",
    "Bất động sản",
    "Cơ khí",
    "Nội thất",
    "Dược phẩm",
    "Đầu tư",
    "Truyền thông",
    "Giáo dục",
    "Nông sản",
    "Điện tử",
    "In ấn",
)
_SHOPS = (
    "Tạp hóa",
    "Quán ăn",
    "Cà phê",
    "Tiệm vàng",
    "Sửa xe",
    "Tiệm tóc",
    "Nhà thuốc",
    "Văn phòng phẩm",
    "Điện thoại",
    "Vật liệu xây dựng",
)
_BRANDS = (
    "Phát",
    "Thịnh",
    "Hưng",
    "Long",
    "An",
    "Phúc",
    "Minh",
    "Thành",
    "Tân",
    "Đại",
    "Việt",
    "Nam",
    "Sài Gòn",
    "Gia",
    "Bảo",
    "Hoàng",
    "Kim",
    "Hòa",
    "Lộc",
    "Tiến",
)
_STATUSES = (("Đang hoạt động", 0.85), ("Tạm ngừng kinh doanh", 0.07), ("Đã giải thể", 0.08))


@dataclass(frozen=True, slots=True)
class Business:
    id: str
    mst: str
    name: str
    form: str
    owner: int  # person index
    place: Place
    status: str
    founded: date


def _pick(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([v for v, _ in table], [w for _, w in table])[0]


class _Mst:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def new(self, prefix: str) -> str:
        while True:
            mst = make_mst(prefix, self.rng.randrange(10_000_000))
            if mst is not None and mst not in self.used:
                self.used.add(mst)
                return mst


def build_businesses(ctx: Context) -> list[Business]:
    """About 6% of adults aged 22–70 own a business; some companies have branches."""
    pop = ctx.pop
    rng = ctx.rng("businesses")
    places = PlaceMaker(rng)
    msts = _Mst(rng)
    olds = old_wards()
    result: list[Business] = []
    for i in range(pop.size):
        if pop.death[i] is not None or not 22 <= pop.age(i) <= 70 or rng.random() >= 0.06:
            continue
        form = _pick(rng, _FORMS)
        household = form == "Hộ kinh doanh"
        place = pop.place(i) if rng.random() < (0.9 if household else 0.3) else places.place()
        brand = " ".join(rng.sample(_BRANDS, 2))
        if household:
            name = f"Hộ kinh doanh {rng.choice(_SHOPS)} {brand}"
        else:
            name = f"{form} {rng.choice(_TRADES)} {brand}"
        earliest = max(date(1995, 1, 1), date(pop.birth[i].year + 20, 1, 1)).toordinal()
        latest = ctx.config.as_of.toordinal() - 30
        founded = date.fromordinal(rng.randint(min(earliest, latest), latest))
        mst = msts.new(_MST_PREFIX[olds[place.old_ward].province_code])
        status = _pick(rng, _STATUSES)
        result.append(
            Business(f"B{len(result) + 1:07d}", mst, name, form, i, place, status, founded)
        )
        if not household and rng.random() < 0.05:
            for branch in range(1, rng.randint(1, 3) + 1):
                result.append(
                    Business(
                        f"B{len(result) + 1:07d}",
                        make_branch_mst(mst, branch),
                        f"Chi nhánh {branch} - {name}",
                        form,
                        i,
                        places.place(),
                        status,
                        founded,
                    )
                )
    return result


def business_rows(ctx: Context, businesses: list[Business]) -> RowStream:
    """``business.doanh_nghiep``: one row per business (+ duplicate registrations)."""
    pop = ctx.pop
    rng = ctx.rng("business")
    inj = ctx.injector("business")
    msts = _Mst(ctx.rng("business:duplicates"))
    msts.used.update(b.mst for b in businesses)
    wards = current_wards()
    dup = ctx.duplicate_chance()
    for b in businesses:
        copies = 2 if inj.chance(dup) else 1
        for copy in range(copies):
            rec = Record()
            mst = b.mst
            if copy:
                rec.add("duplicate")
                mst = msts.new(mst[:2])
            owner = inj.name(rec, pop.name(b.owner))
            ident = inj.identifier(rec, pop.cccd[b.owner], pop.cmnd[b.owner], accepts_cmnd=True)
            old = inj.chance(ctx.config.defects.old_address)
            if old:
                rec.add("old_address")
            script = inj.script_choice(rec)
            address = old_address(b.place) if old else current_address(b.place)
            yield (
                (
                    mst,
                    render(b.name, script),
                    b.form,
                    render(owner, script),
                    ident,
                    render(address, script),
                    None if old else wards[b.place.ward].code,
                    b.status,
                    f"{b.founded.day:02d}/{b.founded.month:02d}/{b.founded.year}",
                    ctx.timestamp(rng),
                ),
                "business",
                b.id,
                rec.text(),
            )


def _land_use(rng: random.Random, ward_kind: str) -> tuple[str, float]:
    if ward_kind == "Phường" or (ward_kind == "Thị trấn" and rng.random() < 0.7):
        return "ODT", round(rng.lognormvariate(4.3, 0.45), 1)
    code = rng.choices(("ONT", "CLN", "LUC", "BHK"), (0.6, 0.2, 0.12, 0.08))[0]
    area = rng.lognormvariate(5.0, 0.5) if code == "ONT" else rng.lognormvariate(7.3, 0.6)
    return code, round(area, 1)


def land_rows(ctx: Context) -> RowStream:
    """``land.land``: parcels of household heads (their home, sometimes one more elsewhere)."""
    pop = ctx.pop
    rng = ctx.rng("land")
    inj = ctx.injector("land")
    places = PlaceMaker(ctx.rng("land:places"))
    olds = old_wards()
    used: set[tuple[int, int, int]] = set()
    dup = ctx.duplicate_chance()
    for h in range(pop.households):
        owner = pop.head[h]
        if pop.death[owner] is not None or pop.age(owner) < 25:
            continue
        parcels = []
        if rng.random() < 0.55:
            parcels.append(pop.home[h])
        if rng.random() < 0.12:
            parcels.append(places.place())
        for place in parcels:
            while True:
                sheet, number = rng.randint(1, 60), rng.randint(1, 999)
                if (place.old_ward, sheet, number) not in used:
                    used.add((place.old_ward, sheet, number))
                    break
            ward = olds[place.old_ward]
            use, area = _land_use(rng, ward.kind)
            start = max(date(1994, 1, 1), date(pop.birth[owner].year + 18, 1, 1)).toordinal()
            end = date(2024, 12, 31).toordinal()
            issued = date.fromordinal(rng.randint(min(start, end), end))
            copies = 2 if inj.chance(dup) else 1
            for copy in range(copies):
                rec = Record()
                key = f"{ward.code}-{sheet:02d}-{number:03d}"
                if copy:
                    rec.add("duplicate")
                    key = f"{key}-{copy}"
                rec.add("old_address")
                name = inj.name(rec, pop.name(owner))
                ident = inj.identifier(rec, pop.cccd[owner], pop.cmnd[owner], accepts_cmnd=True)
                issued_text = inj.date(rec, issued)
                script = inj.script_choice(rec)
                yield (
                    (
                        key,
                        sheet,
                        number,
                        area,
                        render(old_address(place), script),
                        render(name, script),
                        ident,
                        use,
                        issued_text,
                        ctx.timestamp(rng),
                    ),
                    "person",
                    pop.person_id(owner),
                    rec.text(),
                )
