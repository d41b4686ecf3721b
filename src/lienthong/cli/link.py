"""`lienthong link …`: record linkage across agencies and the master index of people."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from lienthong.cli._output import console, err_console, print_json, print_table, progress

if TYPE_CHECKING:
    from lienthong.store import Store

app = typer.Typer(
    help=(
        "Record linkage: find the records of the same person (or business) across agencies "
        "and give them one master id.\n\n"
        "Vietnamese normalisation (names, dates, CCCD/CMND, old → current wards) switches on "
        "from the registry's column flags; plain CSV files of people link too.\n\n"
        "Typical use: `lienthong link run`, then `lienthong link show 079203001234` or "
        "`lienthong link evaluate --truth city/truth/records.csv`."
    ),
    no_args_is_help=True,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


def _store() -> Store:
    from lienthong.cli._context import open_store

    return open_store()


@app.command("run")
def run(
    datasets: Annotated[
        list[str] | None,
        typer.Argument(help="Dataset ids (source.table); default: every person/business dataset."),
    ] = None,
    backend: Annotated[
        str,
        typer.Option(
            help="Where Splink runs: duckdb (default) or spark (local[*] by default; needs "
            "PySpark, the package's spark extra, and Java)."
        ),
    ] = "duckdb",
    threshold: Annotated[
        float | None,
        typer.Option(
            min=0.5,
            max=1.0,
            help="Match probability a link needs; default: 0.5 under the fitted model "
            "(its prior estimated from the data), printed with the model's expected "
            "precision and recall.",
        ),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Link the datasets and replace their rows in the master index (one transaction).

    Records are compared within each dataset as well as across: give one dataset to
    deduplicate it (a register with duplicates), several to link them.
    """
    from lienthong.linkage import LinkSettings, run_linkage

    steps = ["load", "normalise", "deterministic", "train", "predict", "cluster", "save"]
    with progress(enabled=not as_json) as bar:
        task = bar.add_task("linking", total=len(steps))

        def on_step(name: str) -> None:
            done = steps.index(name) if name in steps else 0
            bar.update(task, completed=done, description=name)

        summary = run_linkage(
            _store(),
            datasets or (),
            settings=LinkSettings(threshold=threshold),
            backend=backend,
            on_step=on_step,
        )
        bar.update(task, completed=len(steps), description="done")
    if as_json:
        print_json(summary)
        return
    console.print(
        f"Linked [bold]{summary['records']}[/] records from {len(summary['datasets'])} datasets "  # type: ignore[arg-type]
        f"into [bold]{summary['clusters']}[/] master ids "
        f"({summary['deterministic_edges']} identifier links, "
        f"{summary['predicted_links']} probabilistic links). Run {summary['run_id']}; "
        f"{summary.get('review_pending', 0)} pairs to review (`lienthong link review list`)."
    )
    _explain_run(summary)


def _explain_run(summary: dict[str, object]) -> None:
    """Which columns were used and how, which were not and why, and what training fell back."""
    columns = summary.get("columns") or {}
    assert isinstance(columns, dict)
    for dataset, use in columns.items():
        used = ", ".join(f"{c} → {r}" for c, r in use["used"].items()) or "none"
        console.print(f"  {dataset}: {used}")
        if use["ignored"]:
            ignored = ", ".join(f"{c} ({why})" for c, why in use["ignored"].items())
            console.print(f"    not used: {ignored}")
    blocking = summary.get("blocking") or []
    assert isinstance(blocking, list)
    taken = [c for c in blocking if c["taken"]]
    if blocking:
        console.print(
            f"  blocking: {len(taken)} of {len(blocking)} candidate rules, "
            f"{sum(int(c['comparisons']) for c in taken)} comparisons counted"
        )
    for note in summary.get("notes") or []:  # type: ignore[attr-defined]
        console.print(f"  {note}")


@app.command("show")
def show(
    query: Annotated[str, typer.Argument(help="A CCCD, a CMND, a master id, or DATASET/KEY.")],
    as_json: JsonFlag = False,
) -> None:
    """Every record of that person across agencies, with the evidence that linked it.

    The records are personal data: each showing is audited (`LINK_PERSON_SHOWN`) and appears in
    the citizen's access log."""
    from lienthong.cli._context import settings
    from lienthong.linkage._released import show_person

    entries = show_person(_store(), settings().home, query)
    if as_json:
        print_json([e.__dict__ for e in entries])
        return
    masters = sorted({e.master_id for e in entries})
    print_table(
        f"Master id {', '.join(masters)}",
        ["dataset", "key", "name", "evidence", "weight", "probability", "linked at"],
        [
            (
                e.source_dataset,
                e.record_key,
                e.full_name,
                e.evidence,
                f"{e.match_weight:.1f}" if e.match_weight is not None else "",
                f"{e.match_probability:.4f}" if e.match_probability is not None else "",
                e.linked_at.isoformat(timespec="seconds"),
            )
            for e in entries
        ],
    )


@app.command("export")
def export(
    out: Annotated[Path, typer.Argument(help="CSV file to write: source,record_key,master_id.")],
    as_json: JsonFlag = False,
) -> None:
    """Write every linked record's master id (``source`` is the dataset id, source.table)."""
    from lienthong.linkage import export_csv

    rows = export_csv(_store(), out)
    if as_json:
        print_json({"file": str(out), "rows": rows})
    else:
        console.print(f"Wrote {rows} rows to {out}.")


@app.command("evaluate")
def evaluate(
    truth: Annotated[
        Path,
        typer.Option(help="The city's truth/records.csv, or any CSV with record_id,entity_id."),
    ],
    entity_type: Annotated[
        str, typer.Option(help="person, business or all (city truth files only).")
    ] = "person",
    as_json: JsonFlag = False,
) -> None:
    """Pairwise precision/recall/F1 and cluster-level scores of the index against truth.

    Then the same pairwise scores had the last run linked at each threshold of a grid (from
    the pairs it scored): `run` marks the threshold it used, `best` the highest F1, so a user
    can choose `link run --threshold`.
    """
    from lienthong.errors import NotFoundError
    from lienthong.linkage import evaluate_curve, evaluate_index

    store = _store()
    kind = None if entity_type == "all" else entity_type
    result = evaluate_index(store, truth, kind)
    try:
        curve: dict[str, Any] | None = evaluate_curve(store, truth, kind).as_dict()
    except NotFoundError as exc:  # a run saved before pairs were kept: the scores still stand
        curve = None
        err_console.print(f"No threshold curve: {exc.message} {exc.hint or ''}".strip())
    if as_json:
        print_json(result.as_dict() | {"curve": curve})
        return
    print_table(
        f"Linkage against {truth}",
        ["measure", "value"],
        [(k, f"{v:.4f}" if isinstance(v, float) else v) for k, v in result.as_dict().items()],
    )
    if curve:
        _print_curve(curve)


def _print_curve(curve: dict[str, Any]) -> None:
    rows = [
        (
            f"{p['threshold']:g}",
            f"{p['precision']:.4f}",
            f"{p['recall']:.4f}",
            f"{p['f1']:.4f}",
            p["scored_pairs"],
            p["predicted_pairs"],
            p["true_positive_pairs"],
            " ".join(m for m, on in (("run", p["run"]), ("best", p["best"])) if on),
        )
        for p in curve["points"]
    ]
    print_table(
        f"Run {curve['run_id']} at each threshold (pairs scored down to {curve['floor']:g})",
        ["threshold", "precision", "recall", "F1", "scored", "linked pairs", "true", ""],
        rows,
    )


@app.command("explain")
def explain(
    left: Annotated[str, typer.Argument(help="First record, DATASET/KEY.")],
    right: Annotated[str, typer.Argument(help="Second record, DATASET/KEY.")],
    out: Annotated[Path, typer.Option(help="HTML file to write.")] = Path("link-explain.html"),
    as_json: JsonFlag = False,
) -> None:
    """Save Splink's waterfall chart for a pair as an HTML file that works offline.

    The chart holds both records' values: writing it is audited (`LINK_PAIR_EXPLAINED`)."""
    from lienthong.cli._context import settings
    from lienthong.linkage._released import explain_audited

    result = explain_audited(_store(), settings().home, left, right, out)
    if as_json:
        print_json(result)
    else:
        console.print(
            f"Match weight {result['match_weight']:.2f} (probability "
            f"{result['match_probability']:.4f}); chart written to {out} (works offline)."
        )


@app.command("resolve")
def resolve(
    name: Annotated[str | None, typer.Option(help="Full name.")] = None,
    birth: Annotated[str | None, typer.Option(help="Birth date (any format) or year.")] = None,
    sex: Annotated[str | None, typer.Option(help="Nam/Nữ, M/F, 1/0.")] = None,
    cccd: Annotated[str | None, typer.Option(help="CCCD or legacy CMND.")] = None,
    address: Annotated[str | None, typer.Option(help="Address, old or current format.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Resolve one record to a master id against the index, without relinking."""
    from lienthong.linkage import Resolver

    values = {
        "full_name": name,
        "birth_date": birth,
        "sex": sex,
        "cccd_or_cmnd": cccd,
        "address": address,
    }
    result = Resolver(_store()).resolve(values)
    if as_json:
        print_json(result.as_dict())
    else:
        label = "new master id" if result.new else f"matched {result.matched_record}"
        err_console.print(f"{result.master_id} ({result.evidence}; {label})")


review_app = typer.Typer(
    help=(
        "Clerical review: the pairs the last run was unsure of (match probability 0.2–0.9), "
        "with both records' evidence. Accept or reject a pair; the next `link run` obeys: "
        "an accepted pair is linked, a rejected pair's probabilistic link is dropped."
    ),
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")


@review_app.command("list")
def review_list(
    decision: Annotated[
        str, typer.Option(help="pending (default), accepted or rejected.")
    ] = "pending",
    limit: Annotated[int, typer.Option(min=1, help="How many pairs, least certain first.")] = 20,
    as_json: JsonFlag = False,
) -> None:
    """The pairs waiting for a decision (or those decided), least certain first.

    Both records' personal data are shown: each listing is audited (`LINK_REVIEW_LISTED`).
    """
    from lienthong.cli._context import settings
    from lienthong.linkage._review import list_for_review

    pairs = list_for_review(_store(), settings().home, decision, limit)
    if as_json:
        print_json(pairs)
        return
    if not pairs:
        console.print(f"No {decision} pairs.")
        return
    rows = []
    for pair in pairs:
        left, right = pair["left"], pair["right"]
        rows.append(
            (
                f"{pair['match_probability']:.3f}",
                pair["record_l"],
                f"{left.get('full_name') or ''} {left.get('birth_date') or ''}".strip(),
                pair["record_r"],
                f"{right.get('full_name') or ''} {right.get('birth_date') or ''}".strip(),
            )
        )
    print_table(
        f"{decision.capitalize()} pairs",
        ["probability", "left", "name, birth", "right", "name, birth"],
        rows,
    )
    err_console.print("Decide with `lienthong link review accept|reject LEFT RIGHT`.")


def _decide(left: str, right: str, accept: bool, reason: str | None, as_json: bool) -> None:
    from lienthong.audit import EventType
    from lienthong.cli._context import settings
    from lienthong.exchange._admin_audit import operator, record_admin
    from lienthong.linkage._review import decide

    store = _store()
    result = decide(store, left, right, accept=accept, actor=operator(), reason=reason)
    # who said two records are (not) one person, and why: asked first when a merge is disputed
    record_admin(store, settings().home, EventType.LINK_PAIR_DECIDED, reason=reason, data=result)
    if as_json:
        print_json(result)
    else:
        console.print(
            f"{result['record_l']} – {result['record_r']}: {result['decision']} "
            "(the next `lienthong link run` obeys it)."
        )


PairLeft = Annotated[str, typer.Argument(help="First record, DATASET/KEY.")]
PairRight = Annotated[str, typer.Argument(help="Second record, DATASET/KEY.")]
ReasonOpt = Annotated[str | None, typer.Option(help="Why, kept with the decision.")]


@review_app.command("accept")
def review_accept(
    left: PairLeft, right: PairRight, reason: ReasonOpt = None, as_json: JsonFlag = False
) -> None:
    """The two records are the same person: the next run links them."""
    _decide(left, right, True, reason, as_json)


@review_app.command("reject")
def review_reject(
    left: PairLeft, right: PairRight, reason: ReasonOpt = None, as_json: JsonFlag = False
) -> None:
    """The two records are different people: the next run drops their probabilistic link."""
    _decide(left, right, False, reason, as_json)
