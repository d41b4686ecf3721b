"""`lienthong procedures …`: the procedure catalogue, checking procedure files, reuse figures."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from lienthong.cli._output import console, print_json, print_table

app = typer.Typer(
    help=(
        "Once-only procedures: each is a YAML file (docs/procedures.md) naming the deciding "
        "agency, the e-ID level and, per form field, the data service that already holds it or "
        "the citizen's input. Citizens do them at /thu-tuc after an e-ID login.\n\n"
        "Example: `lienthong procedures check ./my-procedures` then copy the files into "
        "HOME/procedures; `lienthong procedures stats --json` for the reuse figures."
    ),
    no_args_is_help=True,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


def _catalogue() -> object:
    from lienthong.cli._context import settings
    from lienthong.procedures import SHIPPED, load_catalogue

    own = settings().home / "procedures"
    return load_catalogue(SHIPPED, *([own] if own.is_dir() else []))


@app.command("list")
def list_procedures(json_out: JsonFlag = False) -> None:
    """The procedures citizens can do: code, name, deciding agency, fields prefilled."""
    from lienthong.procedures import Catalogue

    found = _catalogue()
    assert isinstance(found, Catalogue)
    rows: list[dict[str, Any]] = [
        {
            "code": p.code,
            "sandbox": p.sandbox,
            "name": p.name.vi,
            "agency": p.agency,
            "min_eid_level": p.min_eid_level,
            "prefilled": [f.name for f in p.prefilled],
            "citizen": [f.name for f in p.fields if f.citizen is not None],
        }
        for p in found.procedures.values()
    ]
    if json_out:
        print_json(rows)
        return
    print_table(
        "Procedures",
        ["code", "name", "agency", "level", "prefilled", "by the citizen"],
        [
            (
                r["code"],
                r["name"],
                r["agency"],
                r["min_eid_level"],
                len(r["prefilled"]),
                len(r["citizen"]),
            )
            for r in rows
        ],
    )


@app.command()
def check(
    folder: Annotated[Path, typer.Argument(help="A folder of procedure files (*.yaml).")],
) -> None:
    """Validate procedure files; a wrong one is named with its line."""
    from lienthong.procedures import load_catalogue

    found = load_catalogue(folder)
    console.print(f"{len(found.procedures)} procedure file(s) in {folder} are valid.")


@app.command()
def stats(json_out: JsonFlag = False) -> None:
    """Per procedure: dossiers, share reusing data (the national indicator), fields prefilled,
    values flagged wrong, papers avoided, median time to decision (from stored figures)."""
    from lienthong.cli._context import open_store
    from lienthong.procedures import Dossiers

    store = open_store()
    try:
        figures = Dossiers(store).stats()
    finally:
        store.close()
    if json_out:
        print_json(figures)
        return
    print_table(
        "Procedures: data reuse",
        [
            "procedure",
            "agency",
            "dossiers",
            "reusing",
            "share",
            "prefilled",
            "wrong",
            "papers avoided",
            "median s",
        ],
        [
            (
                f["procedure"],
                f["agency"],
                f["dossiers"],
                f["reusing_data"],
                f["reuse_share"],
                f["fields_prefilled"],
                f["flagged_wrong"],
                f["papers_avoided"],
                f["median_decision_s"] or "—",
            )
            for f in figures
        ],
    )


@app.command()
def corrections(
    agency: Annotated[
        str | None, typer.Option("--agency", help="Only requests to this agency (e.g. CA-HCM).")
    ] = None,
    closed: Annotated[bool, typer.Option("--all", help="Closed requests too.")] = False,
    json_out: JsonFlag = False,
) -> None:
    """Values citizens flagged as wrong, addressed to the agency holding each one: service,
    field, the value held, the citizen's note. A request whose value sync has seen change at
    the source closes by itself; close the others with `procedures resolve`."""
    from lienthong.cli._context import open_store
    from lienthong.procedures import Corrections

    store = open_store()
    try:
        book = Corrections(store)
        book.recheck()  # those sync has seen change at the source close first
        found = book.find(agency, status=None if closed else "open")
    finally:
        store.close()
    if json_out:
        print_json([c.as_dict() for c in found])
        return
    print_table(
        "Correction requests",
        ["id", "agency", "service", "field", "value held", "note", "status"],
        [
            (c.id[:8], c.agency, c.service, c.field, c.value or "", c.note or "", c.status)
            for c in found
        ],
    )


@app.command()
def resolve(
    correction: Annotated[str, typer.Argument(help="The request id (from `corrections`).")],
    resolution: Annotated[
        str, typer.Argument(help="corrected (the register was fixed) or confirmed (it is right).")
    ],
    by: Annotated[str, typer.Option("--by", help="Who closes it (kept with the request).")],
    note: Annotated[str, typer.Option("--note", help="What was done.")] = "",
) -> None:
    """Close a correction request as corrected or confirmed."""
    from lienthong.cli._context import open_store
    from lienthong.procedures import Corrections

    store = open_store()
    try:
        done = Corrections(store).resolve(
            correction, agency=None, officer=by, resolution=resolution, note=note
        )
    finally:
        store.close()
    console.print(f"Correction {done.id} is {done.status}.")


@app.command()
def enable(
    codes: Annotated[
        list[str] | None,
        typer.Argument(help="Procedure codes (default: every procedure in the catalogue)."),
    ] = None,
    json_out: JsonFlag = False,
) -> None:
    """Let the portal prefill these procedures: registers the platform's client
    LIENTHONG-PORTAL, defines each procedure code as a purpose (with its legal basis) and grants
    the portal, for that purpose only, the fields the procedure reads from each data service.
    Each grant is the data owners' decision, audited as RIGHT_GRANTED like `rights grant`."""
    from lienthong.cli._context import open_store, settings
    from lienthong.procedures import Catalogue, enable

    found = _catalogue()
    assert isinstance(found, Catalogue)
    store = open_store()
    try:
        granted = enable(store, settings().home, found, codes or ())
    finally:
        store.close()
    if json_out:
        print_json(granted)
        return
    for row in granted:
        console.print(f"{row['procedure']}: {row['service']} ({', '.join(row['fields'])})")
