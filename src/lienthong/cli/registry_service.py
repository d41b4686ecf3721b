"""`lienthong registry add-service` and `retire-service`: an agency publishes its own data
service in one command, and retires an old version with a sunset date and a successor.

Both are operator acts, recorded in the audit log (``SERVICE_PUBLISHED``, ``SERVICE_RETIRED``)
with who did it; the HTTP API (``POST /v1/registry/services``) does the same for a client system.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from lienthong.cli._output import console, err_console, print_json


def add_service(
    agency: Annotated[str, typer.Argument(help="The agency that holds the dataset, e.g. BYT.")],
    code: Annotated[str, typer.Argument(help="Service code, e.g. nguoi-dan.")],
    version: Annotated[str, typer.Argument(help="A new version, e.g. v1 (never changed later).")],
    dataset: Annotated[str, typer.Argument(help="Dataset id, source.table, e.g. nd.nguoi_dan.")],
    by: Annotated[
        list[str] | None,
        typer.Option("--by", help="Lookup COLUMN (several allowed): a parameter of that name."),
    ] = None,
    field: Annotated[
        list[str] | None,
        typer.Option("--field", help="A field offered (several allowed; default: every column)."),
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title in Vietnamese.")] = None,
    title_en: Annotated[str | None, typer.Option(help="Title in English.")] = None,
    description: Annotated[str | None, typer.Option(help="Description in Vietnamese.")] = None,
    description_en: Annotated[str | None, typer.Option(help="Description in English.")] = None,
    legal_basis: Annotated[
        str | None, typer.Option(help="The law that allows sharing, e.g. 'Nghị định 13/2023'.")
    ] = None,
    purpose: Annotated[
        list[str] | None,
        typer.Option("--purpose", help="Purpose code it may be used for (several allowed)."),
    ] = None,
    subject_column: Annotated[
        str | None,
        typer.Option(help="Column identifying the person (CCCD): consent and access log key on it"),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
) -> None:
    """Publish a data service over a dataset the agency holds, without writing SQL.

    Checked against the dataset: the lookup and field columns exist, their types fit, the
    agency holds the dataset and the version is new; a lookup no index serves is reported (each
    call then scans). A dataset with a personal column makes the service personal: calls need
    the citizen's consent and show in the citizen's access log. Bad input stores nothing.

    Example:

      lienthong registry add-service BYT nguoi-dan v1 nd.nguoi_dan --by ma_dinh_danh
      --field ho_ten --field ngay_sinh --title "Tra cứu người dân" --purpose BHYT-CAP-THE
    """
    from lienthong.audit import EventType
    from lienthong.cli._context import settings
    from lienthong.cli.registry import _registry, service_view
    from lienthong.exchange._admin_audit import operator, record_admin
    from lienthong.registry import PublishSpec

    registry = _registry()
    spec = PublishSpec(
        provider=agency,
        code=code,
        version=version,
        dataset=dataset,
        lookup=tuple(by or ()),
        fields=tuple(field or ()),
        title=title,
        title_en=title_en,
        description=description,
        description_en=description_en,
        legal_basis=legal_basis,
        purposes=tuple(purpose or ()),
        subject_column=subject_column,
        published_by=operator(),
    )
    with err_console.status(f"Checking {agency}/{code}/{version} on its source…", spinner="dots"):
        published = registry.publish_service(spec)
    service = published.service
    record_admin(
        registry.store,
        settings().home,
        EventType.SERVICE_PUBLISHED,
        provider=service.provider,
        service=service.code,
        version=service.version,
        fields=service.fields,
        data={"dataset": service.dataset, "personal": service.personal},
    )
    if json_output:
        print_json(service_view(service) | {"notes": list(published.notes)})
        return
    console.print(
        f"Published [bold]{service.id}[/] over {service.dataset}: "
        f"{', '.join(p.name for p in service.parameters)} → {', '.join(service.fields)}"
    )
    console.print(
        f"  personal data: {'yes' if service.personal else 'no'}"
        + (f" (subject: {service.subject_column}; calls need consent)" if service.personal else "")
    )
    for note in published.notes:
        console.print(f"  [yellow]Note:[/] {note}", highlight=False)
    console.print(
        f"  Call it: GET /v1/services/{service.id}?"
        + "&".join(f"{p.name}=…" for p in service.parameters)
    )


def retire_service(
    agency: Annotated[str, typer.Argument(help="The agency offering the service.")],
    code: Annotated[str, typer.Argument(help="Service code.")],
    version: Annotated[str, typer.Argument(help="The version to retire.")],
    until: Annotated[
        datetime,
        typer.Option(
            "--until",
            formats=["%Y-%m-%d"],
            help="Sunset date (yyyy-mm-dd): it answers until then (00:00 UTC), then 410 Gone.",
        ),
    ],
    replaced_by: Annotated[
        str, typer.Option("--replaced-by", help="The published version that replaces it.")
    ],
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
) -> None:
    """Retire a service version: deprecated now, gone after a date, with its successor named.

    Until the date, calls are answered with Deprecation, Sunset and Link (successor-version)
    headers; from then on with 410 Gone and a problem+json naming the new version.

    Example: lienthong registry retire-service BYT nguoi-dan v1 --until 2027-01-01 --replaced-by v2
    """
    from lienthong.audit import EventType
    from lienthong.cli._context import settings
    from lienthong.cli.registry import _registry
    from lienthong.exchange._admin_audit import operator, record_admin

    registry = _registry()
    sunset = until.replace(tzinfo=UTC)
    retirement = registry.retire_service(
        agency, code, version, sunset=sunset, replaced_by=replaced_by, actor=operator()
    )
    record_admin(
        registry.store,
        settings().home,
        EventType.SERVICE_RETIRED,
        provider=agency,
        service=code,
        version=version,
        data={"sunset": retirement.sunset.isoformat(), "replaced_by": retirement.replaced_by},
    )
    if json_output:
        print_json(
            {
                "id": f"{agency}/{code}/{version}",
                "sunset": retirement.sunset.isoformat(),
                "replaced_by": retirement.replaced_by,
                "actor": retirement.actor,
            }
        )
        return
    console.print(
        f"Retired {agency}/{code}/{version}: it answers with a deprecation notice until "
        f"{retirement.sunset:%Y-%m-%d} (00:00 UTC), then 410 Gone naming {retirement.replaced_by}."
    )
