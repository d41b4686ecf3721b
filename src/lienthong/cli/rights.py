"""`lienthong rights …`: purposes (legal-basis codes) and access rights of client systems."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from lienthong.exchange import ServiceRef
    from lienthong.store import Store

from lienthong.cli._output import console, print_json, print_table

app = typer.Typer(
    help=(
        "Who may call which data service, for which purpose, receiving which fields. Nothing is "
        "allowed unless a right says so.\n\n"
        "Typical start: `lienthong rights purpose BHYT-CAP-THE --title 'Cấp thẻ BHYT'`, then "
        "`lienthong rights grant BHXH-HCM CA-HCM/cong-dan/v1 --purpose BHYT-CAP-THE "
        "--fields so_dinh_danh,ho_ten,ngay_sinh`."
    ),
    no_args_is_help=True,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


@app.command("purpose")
def purpose(
    code: Annotated[str, typer.Argument(help="Legal-basis code, e.g. BHYT-CAP-THE.")],
    title: Annotated[str, typer.Option(help="What citizens read in their access log.")],
    legal_basis: Annotated[str | None, typer.Option(help="The law / decree article.")] = None,
    json_output: JsonFlag = False,
) -> None:
    """Define (or update) a purpose that calls may declare."""
    from lienthong.cli._context import open_store
    from lienthong.exchange import RightsBook

    defined = RightsBook(open_store()).define_purpose(code, title, legal_basis=legal_basis)
    if json_output:
        print_json(defined.__dict__)
    else:
        console.print(f"Purpose [bold]{defined.code}[/]: {defined.title}")


@app.command("grant")
def grant(
    client: Annotated[str, typer.Argument(help="Calling system, e.g. BHXH-HCM.")],
    service: Annotated[
        str, typer.Argument(help="PROVIDER/SERVICE/VERSION, e.g. CA-HCM/cong-dan/v1.")
    ],
    purpose: Annotated[str, typer.Option(help="Purpose code the right is for.")],
    fields: Annotated[str, typer.Option(help="Comma-separated fields it may receive.")],
    json_output: JsonFlag = False,
) -> None:
    """Grant CLIENT the right to call SERVICE for PURPOSE, receiving only FIELDS."""
    from lienthong.cli._context import open_store
    from lienthong.exchange import ClientDirectory, RightsBook, ServiceRef

    store = open_store()
    ref = ServiceRef.parse(service)
    ClientDirectory(store).get(client)
    service_fields = _service_fields(store, ref)
    _check_offered(store, ref, purpose)
    right = RightsBook(store).grant(
        client, ref, purpose, fields.split(","), service_fields=service_fields
    )
    _record(store, "RIGHT_GRANTED", client, ref, purpose, right.fields)
    view = {
        "client": right.client,
        "service": str(right.service),
        "purpose": right.purpose,
        "fields": list(right.fields),
    }
    if json_output:
        print_json(view)
    else:
        console.print(
            f"{right.client} may call {right.service} for {right.purpose}: "
            f"{', '.join(right.fields)}"
        )


def _service_fields(store: Store, ref: ServiceRef) -> list[str]:
    """The service's fields from the registry, or the platform's own services (unknown service
    or field names fail early)."""
    from lienthong.errors import NotFoundError
    from lienthong.exchange._platform import PLATFORM_PROVIDER, PLATFORM_SERVICES
    from lienthong.registry import Registry

    if ref.provider == PLATFORM_PROVIDER:
        if ref not in PLATFORM_SERVICES:
            known = ", ".join(str(r) for r in PLATFORM_SERVICES)
            raise NotFoundError(f"The platform has no service {ref}.", hint=f"It has: {known}.")
        return list(PLATFORM_SERVICES[ref])
    service = Registry(store).get_service(ref.provider, ref.service, ref.version)
    return list(service.fields)


def _check_offered(store: Store, ref: ServiceRef, purpose: str) -> None:
    """A right for a purpose the provider did not publish the service for would never work."""
    from lienthong.errors import InputError
    from lienthong.exchange._platform import PLATFORM_PROVIDER
    from lienthong.registry import Registry

    if ref.provider == PLATFORM_PROVIDER:
        return
    offered = Registry(store).get_service(ref.provider, ref.service, ref.version).purposes
    if offered and purpose not in offered:
        raise InputError(
            f"{ref} is not offered for the purpose {purpose}; its provider offers it for:"
            f" {', '.join(offered)}."
        )


def _record(
    store: Store, event: str, client: str, ref: ServiceRef, purpose: str, fields: tuple[str, ...]
) -> None:
    from lienthong.audit import EventType
    from lienthong.cli._context import settings
    from lienthong.exchange import record_admin

    record_admin(
        store,
        settings().home,
        EventType(event),
        provider=ref.provider,
        service=ref.service,
        version=ref.version,
        purpose=purpose,
        fields=fields,
        data={"grantee": client},
    )


@app.command("revoke")
def revoke(
    client: Annotated[str, typer.Argument(help="Calling system.")],
    service: Annotated[str, typer.Argument(help="PROVIDER/SERVICE/VERSION.")],
    purpose: Annotated[str, typer.Option(help="Purpose code of the right.")],
) -> None:
    """Withdraw a right; the next call is refused."""
    from lienthong.cli._context import open_store
    from lienthong.exchange import RightsBook, ServiceRef

    store = open_store()
    ref = ServiceRef.parse(service)
    RightsBook(store).revoke(client, ref, purpose)
    _record(store, "RIGHT_REVOKED", client, ref, purpose, ())
    console.print(f"Revoked {client}'s right to {service} for {purpose}.")


@app.command("list")
def list_rights(
    client: Annotated[str | None, typer.Option(help="Only this client system.")] = None,
    json_output: JsonFlag = False,
) -> None:
    """Every right (and the purposes they use)."""
    from lienthong.cli._context import open_store
    from lienthong.exchange import RightsBook

    book = RightsBook(open_store())
    rights = book.all(client)
    if json_output:
        print_json(
            {
                "purposes": [p.__dict__ for p in book.purposes().values()],
                "rights": [
                    {
                        "client": r.client,
                        "service": str(r.service),
                        "purpose": r.purpose,
                        "fields": list(r.fields),
                    }
                    for r in rights
                ],
            }
        )
        return
    print_table(
        "Access rights",
        ["client", "service", "purpose", "fields"],
        [(r.client, str(r.service), r.purpose, ", ".join(r.fields)) for r in rights],
    )
