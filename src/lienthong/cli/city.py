"""`lienthong city …`: generate the synthetic Hồ Chí Minh City."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lienthong.cli._output import err_console, print_json, print_table, progress
from lienthong.errors import InputError

if TYPE_CHECKING:
    from rich.progress import TaskID

app = typer.Typer(
    help="The synthetic Hồ Chí Minh City: six sector databases with ground truth.",
    no_args_is_help=True,
)


def _pairs(values: list[str], option: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep or not name or not rest:
            raise InputError(f"{option} expects NAME=VALUE, got {value!r}.")
        result[name.strip()] = rest.strip()
    return result


@app.command("generate")
def generate(
    people: Annotated[int, typer.Option(help="How many people live in the city.")] = 10_000,
    seed: Annotated[int, typer.Option(help="Same seed, same city (byte-identical SQLite).")] = 57,
    out: Annotated[Path, typer.Option(help="Folder to write (must be new or empty).")] = Path(
        "lienthong-city"
    ),
    target: Annotated[
        list[str] | None,
        typer.Option(
            help="SOURCE=URL: write that source into PostgreSQL/MariaDB instead of SQLite, e.g. "
            "--target business=mysql+pymysql://root@127.0.0.1/business. Repeatable.",
        ),
    ] = None,
    defect_rate: Annotated[
        list[str] | None,
        typer.Option(help="NAME=RATE: override one defect rate, e.g. typo_name=0.1. Repeatable."),
    ] = None,
    clean: Annotated[bool, typer.Option(help="Inject no defects at all.")] = False,
    force: Annotated[
        bool, typer.Option(help="Replace a non-empty --out / existing tables.")
    ] = False,
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
) -> None:
    """Generate a reproducible city: population register, business registration, health
    insurance, education (Excel), land (CSV) and social welfare, plus truth/ and manifest.json.

    Load it into the catalog with `lienthong registry import OUT/manifest.json`.
    """
    from lienthong.city import CityConfig, DefectRates, generate_city

    rates = DefectRates.clean() if clean else DefectRates()
    overrides = _pairs(defect_rate or [], "--defect-rate")
    try:
        parsed = {name: float(value) for name, value in overrides.items()}
    except ValueError:
        raise InputError(f"--defect-rate values must be numbers, got {overrides}.") from None
    config = CityConfig(
        people=people,
        seed=seed,
        out=out,
        defects=rates.with_overrides(parsed),
        targets=_pairs(target or [], "--target"),
        force=force,
    )
    with progress(enabled=not json_output) as bar:
        tasks: dict[str, TaskID] = {}

        def report(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(step, total=max(total, 1))
            bar.update(tasks[step], completed=done, total=max(total, done, 1))

        result = generate_city(config, progress=report)
    if json_output:
        print_json(result)
        return
    print_table(
        f"City of {result.people:,} people in {result.out} ({result.seconds:.1f} s)",
        ["dataset", "records", "where"],
        [
            (name, f"{count:,}", result.locations[name.split(".")[0]])
            for name, count in result.records.items()
        ],
    )
    err_console.print(
        f"Defects injected: {', '.join(f'{k} {v:,}' for k, v in result.defects.items()) or 'none'}"
    )
    err_console.print(f"Next: lienthong registry import {result.manifest}")
