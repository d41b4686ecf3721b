"""``generate_city``: build the true population, let each silo write it down its own way.

Everything is written into a temporary folder beside ``out`` and renamed into place at the end,
so a failure (or Ctrl-C) never leaves a half-written city. Database targets are checked before
any work starts and their tables dropped again if something fails later.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy.engine import Engine

from lienthong.city._business import Business, build_businesses, business_rows, land_rows
from lienthong.city._config import CityConfig, CityResult, ProgressCallback
from lienthong.city._context import Context, RowStream
from lienthong.city._manifest import TRUTH, build_manifest
from lienthong.city._people_sources import (
    education,
    health_insurance,
    population_households,
    population_people,
    social_welfare,
)
from lienthong.city._population import Population, build_population
from lienthong.city._schema import SOURCES, SourceSpec, source_spec
from lienthong.city._writers import (
    CsvWriter,
    ExcelWriter,
    SourceWriter,
    SqliteWriter,
    UrlWriter,
    check_target,
)
from lienthong.errors import ConflictError, InputError
from lienthong.geo import OldWard, Ward, current_wards, old_wards

_BATCH = 20_000


def _check_out(out: Path, force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} exists and is not a folder; choose another --out.")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise ConflictError(
            f"{out} is not empty; a city is only written into a new or empty folder.",
            hint="Use --force to replace its contents, or choose another --out.",
        )


def _noop(step: str, done: int, total: int) -> None:
    return None


class _Run:
    """One generation run: the temp folder, the open writers, the truth file, the counters."""

    def __init__(self, config: CityConfig, tmp: Path, progress: ProgressCallback) -> None:
        self.config = config
        self.tmp = tmp
        self.progress = progress
        self.records: dict[str, int] = {}
        self.defects: Counter[str] = Counter()
        (tmp / "truth").mkdir()
        self._truth_file = (tmp / TRUTH["records"]).open("w", encoding="utf-8", newline="")
        self.truth = csv.writer(self._truth_file, lineterminator="\n")
        self.truth.writerow(
            ("source", "dataset", "record_key", "entity_type", "entity_id", "defects")
        )

    def close(self) -> None:
        self._truth_file.close()

    def write_dataset(
        self,
        writer: SourceWriter,
        source: SourceSpec,
        table: str,
        stream: RowStream,
        expected: int,
    ) -> None:
        dataset = next(d for d in source.datasets if d.table == table)
        key_at = dataset.column_names.index(dataset.key[0])
        target = writer.table(dataset)
        truth = self.truth
        step = f"{source.code}.{table}"
        count = 0
        defects = self.defects
        batch: list[tuple[object, ...]] = []
        for values, entity_type, entity_id, applied in stream:
            batch.append(values)
            truth.writerow((source.code, table, values[key_at], entity_type, entity_id, applied))
            if applied:
                defects.update(applied.split(";"))
            if len(batch) >= _BATCH:
                target.write(batch)
                count += len(batch)
                batch = []
                self.progress(step, count, max(expected, count))
        if batch:
            target.write(batch)
            count += len(batch)
        target.close()
        self.records[f"{source.code}.{table}"] = count
        self.progress(step, count, count)


def _open_writer(source: SourceSpec, tmp: Path, engines: dict[str, Engine]) -> SourceWriter:
    if source.code in engines:
        return UrlWriter(engines[source.code])
    path = tmp / source.file
    if source.file.endswith(".xlsx"):
        return ExcelWriter(path)
    if source.file.endswith(".csv"):
        return CsvWriter(path)
    return SqliteWriter(path)


def _streams(
    ctx: Context, businesses: list[Business]
) -> dict[str, list[tuple[str, Callable[[], RowStream], int]]]:
    n = ctx.pop.size
    return {
        "population": [
            ("cong_dan", lambda: population_people(ctx), n),
            ("ho_gia_dinh", lambda: population_households(ctx), ctx.pop.households),
        ],
        "business": [("doanh_nghiep", lambda: business_rows(ctx, businesses), len(businesses))],
        "health_insurance": [("TheBHYT", lambda: health_insurance(ctx), int(n * 0.9))],
        "education": [("HocSinh", lambda: education(ctx), int(n * 0.14))],
        "land": [("land", lambda: land_rows(ctx), int(ctx.pop.households * 0.6))],
        "social_welfare": [("doi_tuong_bao_tro", lambda: social_welfare(ctx), int(n * 0.05))],
    }


def _write_truth_entities(tmp: Path, pop: Population, businesses: list[Business]) -> None:
    wards, olds = current_wards(), old_wards()
    with (tmp / TRUTH["people"]).open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(
            (
                "person_id",
                "cccd",
                "cmnd",
                "full_name",
                "birth_date",
                "sex",
                "ward_code",
                "old_ward_code",
                "death_date",
            )
        )
        out.writerows(_people_rows(pop, wards, olds))
    with (tmp / TRUTH["businesses"]).open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(("business_id", "mst", "name", "owner_person_id", "ward_code"))
        out.writerows(
            (b.id, b.mst, b.name, pop.person_id(b.owner), wards[b.place.ward].code)
            for b in businesses
        )


def _people_rows(
    pop: Population, wards: tuple[Ward, ...], olds: tuple[OldWard, ...]
) -> Iterator[tuple[object, ...]]:
    for i in range(pop.size):
        place = pop.place(i)
        death = pop.death[i]
        yield (
            pop.person_id(i),
            pop.cccd[i],
            pop.cmnd[i] or "",
            pop.name(i),
            pop.birth[i].isoformat(),
            "Nữ" if pop.female[i] else "Nam",
            wards[place.ward].code,
            olds[place.old_ward].code,
            "" if death is None else death.isoformat(),
        )


def generate_city(config: CityConfig, progress: ProgressCallback | None = None) -> CityResult:
    """Generate a synthetic Hồ Chí Minh City as described in ``docs/architecture.md``.

    ``progress(step, done, total)`` is called as work advances (``total`` is an estimate until
    a step ends). Raises :class:`ConflictError` for a non-empty ``out`` (unless ``force``),
    :class:`SourceUnavailableError` for an unreachable ``--target`` database; in every failure
    nothing is left behind.
    """
    report = progress or _noop
    started = time.perf_counter()
    out = config.out.resolve()
    _check_out(out, config.force)
    engines: dict[str, Engine] = {}
    try:
        for code, url in sorted(config.targets.items()):
            engines[code] = check_target(url, source_spec(code), force=config.force)
    except BaseException:
        for engine in engines.values():
            engine.dispose()
        raise
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    writers: list[SourceWriter] = []
    try:
        report("people", 0, config.people)
        pop = build_population(
            config.people,
            config.seed,
            config.as_of,
            lambda done: report("people", done, config.people),
        )
        moved = sum(1 for i in range(pop.size) if pop.moved_from(i) is not None)
        ctx = Context(config=config, pop=pop, moved_share=moved / pop.size)
        report("businesses", 0, 1)
        businesses = build_businesses(ctx)
        report("businesses", 1, 1)
        run = _Run(config, tmp, report)
        streams = _streams(ctx, businesses)
        locations: dict[str, str] = {}
        try:
            for source in SOURCES:
                writer = _open_writer(source, tmp, engines)
                writers.append(writer)
                for table, make, expected in streams[source.code]:
                    run.write_dataset(writer, source, table, make(), expected)
                writer.close()
                locations[source.code] = config.targets.get(source.code, source.file)
        finally:
            run.close()
        report("truth", 0, 1)
        _write_truth_entities(tmp, pop, businesses)
        manifest = build_manifest(config, locations)
        (tmp / "manifest.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        report("truth", 1, 1)
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
        os.chmod(out, 0o755)
    except BaseException:
        for writer in writers:
            with contextlib.suppress(Exception):  # cleaning up after the real error
                writer.abort()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        for engine in engines.values():
            engine.dispose()
    return CityResult(
        out=out,
        manifest=out / "manifest.json",
        people=pop.size,
        households=pop.households,
        businesses=len(businesses),
        records=run.records,
        defects=dict(sorted(run.defects.items())),
        locations=locations,
        seconds=round(time.perf_counter() - started, 3),
    )
