"""`lienthong quality …`: measure đúng / đủ / sạch / sống on every registered dataset."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from lienthong.cli._output import console, err_console, print_json, print_table, progress
from lienthong.errors import InputError

if TYPE_CHECKING:
    from lienthong.quality import QualityRun, Report

app = typer.Typer(
    help=(
        "Data quality measured for real, by Project 06's four words: đúng (correct), đủ "
        "(complete), sạch (clean), sống (live). Checks come from the registry's column flags "
        "(a column flagged cccd gets the CCCD checks…) plus an optional YAML rule file "
        "(docs/quality-rules.md); they run as SQL where the data lives.\n\n"
        "Typical use: `lienthong quality run`, then `lienthong quality report`, then "
        "`lienthong quality failures DATASET CHECK` for the rows to fix."
    ),
    no_args_is_help=True,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]
RulesOption = Annotated[
    Path | None,
    typer.Option(
        "--rules",
        help="YAML rule file adding to / overriding the defaults (see docs/quality-rules.md).",
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Judge freshness as of this day (yyyy-mm-dd); default today.",
    ),
]
CRITERIA = ("đúng", "đủ", "sạch", "sống", "overall")


def _as_of(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--as-of {value!r} is not a date; write yyyy-mm-dd.") from None


def _fmt(score: float | None) -> str:
    return "—" if score is None else f"{score:.1f}"


def _change(delta: float | None) -> str:
    if delta is None:
        return ""
    if delta == 0:
        return " (=)"
    return f" ({'+' if delta > 0 else ''}{delta:.1f})"


def run_view(run: QualityRun) -> dict[str, Any]:
    return {
        "run_id": run.id,
        "as_of": run.as_of,
        "rule_version": run.rule_version,
        "seconds": run.elapsed_s,
        "checks": len(run.results),
        "errors": len(run.errors),
        "results": [
            {**asdict(r), "criterion": r.criterion.value if r.criterion else None}
            for r in run.results
        ],
        "scores": [asdict(s) for s in run.scores],
    }


@app.command("run")
def run(
    datasets: Annotated[
        list[str] | None,
        typer.Argument(help="Dataset ids (source.table) to scan; default: every one."),
    ] = None,
    rules: RulesOption = None,
    as_of: AsOfOption = None,
    no_pushdown: Annotated[
        bool,
        typer.Option(
            "--no-pushdown", help="Run everything in DuckDB, even for PostgreSQL/MariaDB sources."
        ),
    ] = False,
    json_output: JsonFlag = False,
) -> None:
    """Scan datasets, store the run (scores, counts, rule version) and print the scores.

    Each check's failing count and score are shown; a check that cannot run (missing column,
    bad rule, unreachable source) shows its error and the others still run.
    """
    from lienthong.cli._context import open_store
    from lienthong.quality import EngineOptions, run_quality

    store = open_store()
    options = EngineOptions(pushdown=not no_pushdown)
    with progress(enabled=not json_output) as bar:
        task = bar.add_task("Quality scan", total=None)

        def report_progress(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=label[:60])

        result = run_quality(
            store,
            datasets or (),
            rules=rules,
            as_of=_as_of(as_of),
            options=options,
            progress=report_progress,
        )
    if json_output:
        print_json(run_view(result))
        return
    print_table(
        f"Quality run {result.id} — {len(result.results)} checks in {result.elapsed_s:.1f} s",
        ["dataset", "check", "criterion", "engine", "rows", "failing", "score", "note"],
        (
            [
                r.dataset,
                r.check,
                r.criterion.value if r.criterion else "",
                r.engine,
                r.total,
                r.failed,
                _fmt(r.score),
                r.error or r.note or "",
            ]
            for r in result.results
        ),
    )
    _print_origins(result)
    _print_scores(result)
    if result.errors:
        err_console.print(
            f"[yellow]{len(result.errors)} check(s) could not run; see the note column.[/]"
        )


def _print_origins(result: QualityRun) -> None:
    """Say which datasets' checks were derived from profiled column roles (no manifest)."""
    counts: dict[str, int] = {}
    for r in result.results:
        if r.origin == "roles":
            counts[r.dataset] = counts.get(r.dataset, 0) + 1
    for dataset, n in sorted(counts.items()):
        console.print(
            f"{dataset}: {n} checks derived from its column roles "
            f"(`lienthong registry profile {dataset}` shows them; a --rules file adds or skips)."
        )


def _print_scores(result: QualityRun) -> None:
    agencies = sorted({s.subject for s in result.scores if s.scope == "agency"})
    print_table(
        "Scores per agency (0–100)",
        ["agency", *CRITERIA],
        ([a, *(_fmt(result.score("agency", a, c)) for c in CRITERIA)] for a in agencies),
    )
    console.print(
        "City: " + ", ".join(f"{c} {_fmt(result.score('city', 'city', c))}" for c in CRITERIA)
    )


@app.command("report")
def report_command(
    run_id: Annotated[
        int | None, typer.Option("--run", help="A stored run id; default the latest.")
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Scores per criterion and overall, per agency and per dataset, with the change since
    the previous run (in brackets), and the correction requests citizens left open against
    each dataset's values (`lienthong procedures corrections`)."""
    from lienthong.cli._context import open_store
    from lienthong.procedures import Corrections
    from lienthong.quality import report

    store = open_store()
    result = report(store, run_id)
    corrections = Corrections(store)
    corrections.recheck()  # those sync has seen change at the source are closed first
    flagged = corrections.open_counts()
    if json_output:
        shown = result.as_dict()
        for row in shown["rows"]:
            if row["scope"] in flagged:
                row["open_corrections"] = flagged[row["scope"]].get(row["subject"], 0)
        print_json(shown)
        return
    _print_report(result, flagged)


def _print_report(result: Report, flagged: dict[str, dict[str, int]]) -> None:
    """``flagged``: open correction requests per dataset and agency, shown beside "đúng"."""
    title = f"Quality run {result.run_id} (as of {result.as_of})"
    if result.previous_run_id:
        title += f", change since run {result.previous_run_id} in brackets"
    for scope in ("city", "agency", "dataset"):
        rows = [r for r in result.rows if r.scope == scope]
        if not rows:
            continue
        extra = ["corrections open"] if scope in flagged else []
        print_table(
            f"{title} — per {scope}" if scope != "city" else title,
            [scope, *CRITERIA, *extra],
            (
                [
                    r.subject,
                    *(_fmt(r.scores.get(c)) + _change(r.change.get(c)) for c in CRITERIA),
                    *([flagged[scope].get(r.subject, 0)] if extra else []),
                ]
                for r in rows
            ),
        )


@app.command("archive")
def archive(
    out: Annotated[Path, typer.Argument(help="Archive file to write (JSON Lines).")],
    before: Annotated[
        str,
        typer.Option(
            "--before",
            help="Archive the runs that started before this date (YYYY-MM-DD or ISO "
            "date-time, UTC unless a zone is given).",
        ),
    ],
    json_output: JsonFlag = False,
) -> None:
    """Retention: move old runs (with their check results and scores) to a file, then out of
    the store.

    Writes the runs that started before --before as `lienthong-quality-archive/1` JSON Lines,
    reads the file back, and only then removes them: on PostgreSQL by dropping the partitions
    that hold nothing newer (docs/deploy.md, "Partitioning and retention"). Keep the file: it
    is the only copy. Trends and `quality report` start from the oldest run kept.

    Example: lienthong quality archive quality-2025.jsonl --before 2026-01-01
    """
    from lienthong.cli._context import cut_off, open_store
    from lienthong.quality import archive_quality

    done = archive_quality(open_store(), cut_off(before), out)
    if json_output:
        print_json(done)
        return
    rows = ", ".join(f"{n} {kind}s" for kind, n in done.counts.items())
    console.print(
        f"[green]✓[/] runs {done.first_run}–{done.through_run} ({rows}) → {done.path} "
        f"(SHA-256 {done.sha256}), removed from the store "
        f"({done.dropped_partitions} partitions dropped whole)."
    )


@app.command("failures")
def failures(
    dataset: Annotated[str, typer.Argument(help="Dataset id, e.g. health_insurance.TheBHYT.")],
    check: Annotated[
        str, typer.Argument(help="Check name as `quality run` shows it, e.g. nfc:HoTen.")
    ],
    limit: Annotated[int, typer.Option(help="Rows per page (1–1000).")] = 20,
    page: Annotated[int, typer.Option(help="Page number, from 1.")] = 1,
    rules: RulesOption = None,
    as_of: AsOfOption = None,
    json_output: JsonFlag = False,
) -> None:
    """The rows failing one check, read live from the source, capped and paged."""
    from lienthong.cli._context import open_store
    from lienthong.quality import find_failures

    found = find_failures(
        open_store(), dataset, check, rules=rules, limit=limit, page=page, as_of=_as_of(as_of)
    )
    if json_output:
        print_json({**asdict(found), "pages": found.pages})
        return
    columns = list(found.rows[0]) if found.rows else []
    print_table(
        f"{found.dataset} — {found.check}: {found.failing} failing rows "
        f"(page {found.page} of {found.pages})",
        columns,
        ([row[c] for c in columns] for row in found.rows),
    )


@app.command("checks")
def checks(json_output: JsonFlag = False) -> None:
    """The check kinds available to rule files, each with its criterion."""
    from lienthong.quality import check_kinds

    kinds = [
        {
            "kind": k.name,
            "criterion": k.criterion.value,
            "summary": k.summary,
            "required_params": list(k.required_params),
        }
        for k in check_kinds()
    ]
    if json_output:
        print_json(kinds)
        return
    print_table(
        "Check kinds",
        ["kind", "criterion", "what it checks", "needs"],
        ([k["kind"], k["criterion"], k["summary"], ", ".join(k["required_params"])] for k in kinds),
    )
