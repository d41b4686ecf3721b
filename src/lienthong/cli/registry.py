"""`lienthong registry …`: the catalog of agencies, sources, datasets and data services."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from lienthong.cli._output import console, err_console, print_json, print_table, progress
from lienthong.cli.registry_profile import (
    NotPersonalOption,
    ReasonOption,
    declare_not_personal,
    drift_view,
    print_profile,
    profile,
    profile_view,
)
from lienthong.cli.registry_service import add_service, retire_service
from lienthong.errors import InputError

if TYPE_CHECKING:
    from lienthong.registry import DataService, Dataset, Registry, Source

app = typer.Typer(
    help=(
        "The catalog: which agency holds which database, what its tables and columns are "
        "(read from the source itself), and which data services it offers.\n\n"
        "Typical start: `lienthong registry import lienthong-demo/city/manifest.json`, then "
        "`lienthong registry list`."
    ),
    no_args_is_help=True,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]
KINDS = ("agencies", "sources", "datasets", "services")


def _registry(*, create: bool = False) -> Registry:
    """The catalog; ``create``: the command registers something, so it may start a platform."""
    from lienthong.cli._context import open_store, settings
    from lienthong.registry import Registry

    return Registry(open_store(create=create), timeout_s=settings().source_timeout_s)


# ---- JSON views (passwords masked) ------------------------------------------------------------
def source_view(source: Source) -> dict[str, Any]:
    return {
        "code": source.code,
        "agency": source.agency,
        "kind": source.kind,
        "url": source.display_url,
        "title": source.title,
        "datasets": [dataset_view(d) for d in source.datasets],
    }


def dataset_view(dataset: Dataset) -> dict[str, Any]:
    view = asdict(dataset)
    view["personal"] = dataset.personal
    return view


def service_view(service: DataService) -> dict[str, Any]:
    view = asdict(service)
    view["id"] = service.id
    if service.retirement is not None:
        view["retirement"] = {
            "sunset": service.retirement.sunset.isoformat(),
            "replaced_by": service.retirement.replaced_by,
            "retired_at": service.retirement.retired_at.isoformat(),
            "actor": service.retirement.actor,
        }
    return view


# ---- commands ---------------------------------------------------------------------------------
@app.command("add-agency")
def add_agency(
    code: Annotated[str, typer.Argument(help="Short code, e.g. CA-HCM.")],
    name: Annotated[
        str, typer.Argument(help="Official name, e.g. 'Công an Thành phố Hồ Chí Minh'.")
    ],
    name_en: Annotated[str | None, typer.Option(help="English name.")] = None,
    kind: Annotated[str | None, typer.Option(help="police, department, social-security…")] = None,
    json_output: JsonFlag = False,
) -> None:
    """Register an agency (a data holder) before its sources.

    Example: lienthong registry add-agency CA-HCM "Công an Thành phố Hồ Chí Minh" --kind police
    """
    agency = _registry(create=True).add_agency(code, name, name_en=name_en, kind=kind)
    if json_output:
        print_json(asdict(agency))
    else:
        console.print(f"Registered agency [bold]{agency.code}[/] — {agency.name}")


@app.command("add-source")
def add_source(
    agency: Annotated[str, typer.Argument(help="Code of the agency that holds the data.")],
    code: Annotated[str, typer.Argument(help="Short code for the source, e.g. population.")],
    url: Annotated[
        str,
        typer.Argument(
            help="SQLAlchemy URL (postgresql+psycopg://…, mysql+pymysql://…) or a .db/.sqlite, "
            ".csv or .xlsx file."
        ),
    ],
    title: Annotated[str | None, typer.Option(help="Human title of the source.")] = None,
    not_personal: NotPersonalOption = None,
    reason: ReasonOption = None,
    json_output: JsonFlag = False,
) -> None:
    """Register a sector database or file: every table becomes a dataset.

    Columns, types, nullability and primary key are read from the source itself, and every
    column is profiled from its values (role, confidence, evidence; see docs/profiling.md).
    A column is personal unless profiling is sure it identifies no one; --not-personal COLUMN
    --reason … declares otherwise (single-table sources; recorded and audited).

    An unreachable database or a missing or unreadable file stores nothing.

    Examples:

      lienthong registry add-source CA-HCM population ./city/population.db

      lienthong registry add-source STC-HCM business postgresql+psycopg://reader:pw@db/business
    """
    registry = _registry(create=True)
    if not_personal and not reason:
        raise InputError("--not-personal needs --reason: say why no person can be told from it.")
    with err_console.status(f"Reading and profiling {code}…", spinner="dots"):
        source = registry.add_source(agency, code, url, title=title)
    if not_personal:
        if len(source.datasets) != 1:
            raise InputError(
                f"Source {code} has {len(source.datasets)} tables: say which one with"
                " `lienthong registry profile SOURCE.TABLE --not-personal COLUMN --reason …`."
            )
        declare_not_personal(registry, source.datasets[0].id, not_personal, reason)
        source = registry.get_source(code)
    if json_output:
        view = source_view(source)
        for dataset in view["datasets"]:
            dataset["profile"] = profile_view(registry.get_profile(dataset["id"]))
        print_json(view)
        return
    console.print(
        f"Registered source [bold]{source.code}[/] ({source.kind}, {source.display_url}) with "
        f"{len(source.datasets)} dataset(s): {', '.join(d.table for d in source.datasets)}"
    )
    for dataset in source.datasets:
        personal = [c.name for c in dataset.columns if c.personal]
        console.print(
            f"  {dataset.id}: personal: {'yes' if personal else 'no'}"
            + (f" ({', '.join(personal)})" if personal else "")
        )


@app.command("import")
def import_manifest(
    manifest: Annotated[Path, typer.Argument(help="A city manifest.json (lienthong-city/1).")],
    replace: Annotated[
        bool, typer.Option(help="Replace sources/services already registered under these codes.")
    ] = False,
    json_output: JsonFlag = False,
) -> None:
    """Load a city manifest (what `lienthong city generate` writes) in one step.

    Every source is opened and read, every service query run once with LIMIT 0.

    Then all is written in one transaction: on any error nothing is registered.

    Relative file URLs in the manifest are read from the manifest's folder.
    """
    registry = _registry(create=True)
    with progress(enabled=not json_output) as bar:
        task = bar.add_task("Importing", total=None)

        def say(message: str) -> None:
            bar.update(task, description=message)

        try:
            summary = registry.import_manifest(manifest, replace=replace, progress=say)
        except BaseException:
            bar.remove_task(task)  # the error sentence alone, no half-finished bar above it
            raise
        bar.update(task, description="Imported", total=1, completed=1)
    if json_output:
        print_json(summary.as_dict())
        return
    console.print(
        f"Imported {summary.agencies} agencies, {summary.sources} sources, "
        f"{summary.datasets} datasets ({summary.columns} columns) and {summary.services} "
        f"data services from {summary.manifest}"
    )


@app.command("list")
def list_(
    kind: Annotated[
        str | None,
        typer.Argument(help="agencies, sources, datasets or services (default: all four)."),
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Show what is registered: agencies, sources, datasets and data services.

    Example: lienthong registry list datasets --json
    """
    if kind is not None and kind not in KINDS:
        raise InputError(f"Cannot list {kind!r}: choose one of {', '.join(KINDS)}.")
    registry = _registry()
    wanted = [kind] if kind else list(KINDS)
    result: dict[str, list[dict[str, Any]]] = {}
    if "agencies" in wanted:
        result["agencies"] = [asdict(a) for a in registry.list_agencies()]
    if "sources" in wanted:
        result["sources"] = [
            {k: v for k, v in source_view(s).items() if k != "datasets"}
            | {"datasets": len(s.datasets)}
            for s in registry.list_sources()
        ]
    if "datasets" in wanted:
        result["datasets"] = [dataset_view(d) for d in registry.list_datasets()]
    if "services" in wanted:
        result["services"] = [service_view(s) for s in registry.list_services()]
    if json_output:
        print_json(result)
        return
    _print_lists(result)


def _print_lists(result: dict[str, list[dict[str, Any]]]) -> None:
    if "agencies" in result:
        print_table(
            "Agencies",
            ["code", "name", "kind"],
            [(a["code"], a["name"], a["kind"]) for a in result["agencies"]],
        )
    if "sources" in result:
        print_table(
            "Sources",
            ["code", "agency", "kind", "url", "datasets"],
            [
                (s["code"], s["agency"], s["kind"], s["url"], s["datasets"])
                for s in result["sources"]
            ],
        )
    if "datasets" in result:
        print_table(
            "Datasets",
            ["id", "title", "columns", "key", "personal", "updated"],
            [
                (
                    d["id"],
                    d["title"],
                    len(d["columns"]),
                    ", ".join(d["key"]),
                    "yes" if d["personal"] else "no",
                    d["update_frequency"],
                )
                for d in result["datasets"]
            ],
        )
    if "services" in result:
        print_table(
            "Data services",
            ["id", "dataset", "parameters", "personal", "title", "sunset"],
            [
                (
                    s["id"],
                    s["dataset"],
                    ", ".join(p["name"] for p in s["parameters"]),
                    "yes" if s["personal"] else "no",
                    s["title"],
                    s["retirement"]["sunset"][:10] if s.get("retirement") else None,
                )
                for s in result["services"]
            ],
        )


@app.command("show")
def show(
    name: Annotated[
        str,
        typer.Argument(
            help="An agency (CA-HCM), a source (population), a dataset (population.cong_dan) "
            "or a service (CA-HCM/cong-dan/v1)."
        ),
    ],
    json_output: JsonFlag = False,
) -> None:
    """Show one agency, source, dataset or service in detail.

    Datasets show their columns with flags; services their query, parameters and fields.

    Passwords in source URLs are masked.
    """
    registry = _registry()
    if name.count("/") == 2:
        provider, code, version = name.split("/")
        service = registry.get_service(provider, code, version)
        _show_service(service_view(service), json_output)
    elif "." in name:
        view = dataset_view(registry.get_dataset(name))
        view["profile"] = profile_view(registry.get_profile(name))
        view["drift"] = drift_view(registry, name)
        view["not_personal"] = registry.not_personal(name)
        _show_dataset(view, json_output)
    else:
        from lienthong.errors import NotFoundError

        try:
            source = registry.get_source(name)
        except NotFoundError:
            agency = registry.get_agency(name)
            if json_output:
                print_json(asdict(agency))
            else:
                print_table(f"Agency {agency.code}", ["field", "value"], asdict(agency).items())
            return
        view = source_view(source)
        if json_output:
            print_json(view)
            return
        print_table(
            f"Source {source.code}",
            ["field", "value"],
            [(k, v) for k, v in view.items() if k != "datasets"],
        )
        for dataset in view["datasets"]:
            _show_dataset(dataset, False)


def _show_dataset(view: dict[str, Any], json_output: bool) -> None:
    if json_output:
        print_json(view)
        return
    console.print(
        f"[bold]{view['id']}[/] {view['title'] or ''}\n"
        f"  key: {', '.join(view['key']) or '—'}   owner: {view['owner'] or '—'}   "
        f"updated: {view['update_frequency'] or '—'}   legal basis: {view['legal_basis'] or '—'}"
    )
    print_table(
        None,
        ["column", "type", "null", "flags", "description"],
        [
            (
                c["name"],
                c["type"],
                "yes" if c["nullable"] else "no",
                ", ".join(c["flags"]),
                c["description"],
            )
            for c in view["columns"]
        ],
    )
    if view.get("profile"):
        print_profile(view["profile"])
    if view.get("drift") is not None:
        moved = [d for d in view["drift"] if d["changes"]]
        console.print(
            f"  drift since the profile before: {len(moved)} of {len(view['drift'])} columns moved",
            highlight=False,
        )
        for d in moved:
            console.print(f"    {d['column']}: {', '.join(d['changes'])}", highlight=False)
    for column, declared in (view.get("not_personal") or {}).items():
        console.print(
            f"  {column}: declared non-personal by {declared['actor']}: {declared['reason']}"
        )


def _show_service(view: dict[str, Any], json_output: bool) -> None:
    if json_output:
        print_json(view)
        return
    console.print(f"[bold]{view['id']}[/] {view['title'] or ''}  (dataset {view['dataset']})")
    console.print(f"  query: {view['query']}", highlight=False, markup=False)
    console.print(
        "  parameters: "
        + (
            ", ".join(
                f"{p['name']} ({p['type']}{', subject' if p['subject'] else ''})"
                for p in view["parameters"]
            )
            or "—"
        )
    )
    console.print(f"  fields: {', '.join(view['fields'])}")
    console.print(f"  personal data: {'yes' if view['personal'] else 'no'}")
    described = (
        ("title (en)", view.get("title_en")),
        ("description", view.get("description")),
        ("description (en)", view.get("description_en")),
        ("legal basis", view.get("legal_basis")),
        ("purposes", ", ".join(view.get("purposes") or ()) or None),
        ("data subject column", view.get("subject_column")),
        ("published by", view.get("published_by")),
    )
    for label, value in described:
        if value:
            console.print(f"  {label}: {value}", highlight=False, markup=False)
    retired = view.get("retirement")
    if retired:
        console.print(
            f"  retired by {retired['actor']}: answers until {retired['sunset'][:10]} (00:00"
            f" UTC), then 410 Gone; replaced by {retired['replaced_by']}",
            highlight=False,
            markup=False,
        )


@app.command("export")
def export(
    format_: Annotated[
        str,
        typer.Option(
            "--format",
            help="dcat or jsonld (DCAT-AP JSON-LD), turtle, rdfxml.",
        ),
    ] = "dcat",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file (default: stdout).")
    ] = None,
    base_uri: Annotated[
        str | None,
        typer.Option(help="Public base URL of this lienthong (default: LIENTHONG_PUBLIC_URL)."),
    ] = None,
    allow_local: Annotated[
        bool,
        typer.Option(
            "--allow-local", help="Allow a loopback / localhost base URL (local tests only)."
        ),
    ] = False,
) -> None:
    """Export the catalog as DCAT-AP 3.0 for open-data portals.

    Every IRI is minted under the platform's public URL (LIENTHONG_PUBLIC_URL or --base-uri);
    a loopback one is refused unless --allow-local. The running server serves the same
    catalog at /catalog. Connection URLs are never included.

    Example: lienthong registry export --format turtle --base-uri https://data.example.gov.vn
    """
    from lienthong.cli._context import settings
    from lienthong.registry._catalog import catalog_format, public_base_uri

    fmt = catalog_format(format_)
    current = settings()
    base = public_base_uri(
        base_uri or current.public_url,
        f"http://{current.host}:{current.port}",
        allow_local=allow_local,
    )
    text = _registry().export_catalog(base_uri=base, format=fmt.name)
    if output is None:
        typer.echo(text, nl=False)
        return
    output.write_text(text, encoding="utf-8")
    err_console.print(f"Wrote {output} ({fmt.media_type}, IRIs under {base}/)")


app.command("profile")(profile)
app.command("add-service")(add_service)
app.command("retire-service")(retire_service)
