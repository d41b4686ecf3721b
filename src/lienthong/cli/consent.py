"""`lienthong consent …`: citizens' consents (DEPA-style artefacts) for personal-data services."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from lienthong.cli._output import console, print_json, print_table

if TYPE_CHECKING:
    from lienthong.exchange import Consent, ConsentRegistry
    from lienthong.store import Store

app = typer.Typer(
    help=(
        "Consents for personal data: one citizen (CCCD), one consumer system, one service, one "
        "purpose, some fields, a validity window, bound to the SHA-256 of the agreement text. "
        "The gateway re-checks consent before every release.\n\n"
        "Example: `lienthong consent grant 079090000001 BHXH-HCM CA-HCM/cong-dan/v1 --purpose "
        "BHYT-CAP-THE --fields ho_ten,ngay_sinh --agreement 'Tôi đồng ý …'`."
    ),
    no_args_is_help=True,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


def view(consent: Consent) -> dict[str, Any]:
    from lienthong.exchange._model import utcnow

    return {
        "id": consent.id,
        "subject": consent.subject,
        "subject_key": consent.subject_key,
        "consumer": consent.consumer,
        "service": str(consent.service),
        "purpose": consent.purpose,
        "fields": list(consent.fields),
        "valid_from": consent.valid_from.isoformat(),
        "valid_until": consent.valid_until.isoformat(),
        "status": consent.effective_status(utcnow()).value,
        "agreement_sha256": consent.agreement_sha256,
    }


def _registry(store: Store) -> ConsentRegistry:
    """Consents keyed by the platform's audit subject key (the store holds no plain CCCD)."""
    from lienthong.audit import AuditKeys
    from lienthong.cli._context import settings
    from lienthong.exchange import ConsentRegistry

    return ConsentRegistry(store, AuditKeys.load_or_create(settings().home / "keys").subject_hash)


def _record(
    cccd: str,
    consumer: str,
    service: str,
    purpose: str,
    fields: str,
    agreement: str | None,
    agreement_file: Path | None,
    days: int,
    active: bool,
) -> Consent:
    from lienthong.cli._context import open_store
    from lienthong.errors import InputError
    from lienthong.exchange import ConsentStatus, ServiceRef

    if (agreement is None) == (agreement_file is None):
        raise InputError(
            "Give the agreement text with exactly one of --agreement or --agreement-file."
        )
    text = agreement if agreement is not None else agreement_file.read_text("utf-8")  # type: ignore[union-attr]
    store = open_store()
    consent = _registry(store).request(
        cccd,
        consumer,
        ServiceRef.parse(service),
        purpose,
        fields.split(","),
        text,
        days=days,
        status=ConsentStatus.ACTIVE if active else ConsentStatus.PENDING,
    )
    _audit(store, "CONSENT_GRANTED" if active else "CONSENT_REQUESTED", consent)
    return consent


_EVENTS = {
    "approve": "CONSENT_GRANTED",
    "reject": "CONSENT_REJECTED",
    "pause": "CONSENT_PAUSED",
    "resume": "CONSENT_RESUMED",
    "revoke": "CONSENT_REVOKED",
}


def _audit(store: Store, event: str, consent: Consent) -> None:
    from lienthong.audit import EventType
    from lienthong.cli._context import settings
    from lienthong.exchange import record_admin

    record_admin(
        store,
        settings().home,
        EventType(event),
        subjects=(consent.subject,) if consent.subject else (),
        provider=consent.service.provider,
        service=consent.service.service,
        version=consent.service.version,
        purpose=consent.purpose,
        fields=consent.fields,
        data={"consent_id": consent.id, "consumer": consent.consumer},
    )


Cccd = Annotated[str, typer.Argument(help="The citizen's 12-digit CCCD.")]
Consumer = Annotated[str, typer.Argument(help="The system that will receive the data.")]
Service = Annotated[str, typer.Argument(help="PROVIDER/SERVICE/VERSION.")]
PurposeOpt = Annotated[str, typer.Option(help="Purpose code.")]
FieldsOpt = Annotated[str, typer.Option(help="Comma-separated fields the citizen agrees to.")]
AgreementOpt = Annotated[str | None, typer.Option(help="The agreement text accepted.")]
AgreementFileOpt = Annotated[Path | None, typer.Option(help="File with the agreement text.")]
DaysOpt = Annotated[int, typer.Option(help="Validity in days from now.")]


@app.command("grant")
def grant(
    cccd: Cccd,
    consumer: Consumer,
    service: Service,
    purpose: PurposeOpt,
    fields: FieldsOpt,
    agreement: AgreementOpt = None,
    agreement_file: AgreementFileOpt = None,
    days: DaysOpt = 365,
    json_output: JsonFlag = False,
) -> None:
    """Record a consent the citizen gave in person (ACTIVE at once)."""
    consent = _record(
        cccd, consumer, service, purpose, fields, agreement, agreement_file, days, True
    )
    _show(consent, json_output)


@app.command("request")
def request(
    cccd: Cccd,
    consumer: Consumer,
    service: Service,
    purpose: PurposeOpt,
    fields: FieldsOpt,
    agreement: AgreementOpt = None,
    agreement_file: AgreementFileOpt = None,
    days: DaysOpt = 365,
    json_output: JsonFlag = False,
) -> None:
    """Ask the citizen for consent (PENDING until they approve it)."""
    consent = _record(
        cccd, consumer, service, purpose, fields, agreement, agreement_file, days, False
    )
    _show(consent, json_output)


def _show(consent: Consent, json_output: bool) -> None:
    if json_output:
        print_json(view(consent))
    else:
        console.print(
            f"Consent [bold]{consent.id}[/] — {consent.status.value}: {consent.subject} → "
            f"{consent.consumer} for {consent.purpose} ({', '.join(consent.fields)}) until "
            f"{consent.valid_until:%Y-%m-%d}"
        )


def _change_command(action: str, doc: str) -> Callable[..., None]:
    def command(
        consent_id: Annotated[str, typer.Argument(help="The consent's id.")],
        cccd: Annotated[
            str,
            typer.Option(
                "--cccd",
                help=(
                    "The citizen's CCCD, checked against the consent: the store keeps only its "
                    "keyed hash, and the change is audited under the citizen."
                ),
            ),
        ],
        json_output: JsonFlag = False,
    ) -> None:
        from lienthong.cli._context import open_store

        store = open_store()
        changed = _registry(store).change(consent_id, action, subject=cccd)
        _audit(store, _EVENTS[action], changed)
        _show(changed, json_output)

    command.__doc__ = doc
    return command


for _action, _doc in (
    ("revoke", "Revoke a consent; the very next call is refused."),
    ("approve", "Approve a PENDING consent on the citizen's behalf (counter service)."),
    ("reject", "Reject a PENDING consent."),
    ("pause", "Pause an ACTIVE consent."),
    ("resume", "Resume a PAUSED consent."),
):
    app.command(_action)(_change_command(_action, _doc))


@app.command("list")
def list_consents(
    cccd: Annotated[str | None, typer.Option("--cccd", help="Only this citizen.")] = None,
    consumer: Annotated[str | None, typer.Option(help="Only this consumer system.")] = None,
    json_output: JsonFlag = False,
) -> None:
    """Consents, with their status as of now (ACTIVE past its end shows EXPIRED)."""
    from lienthong.cli._context import open_store

    found = _registry(open_store()).all(subject=cccd, consumer=consumer)
    if json_output:
        print_json([view(c) for c in found])
        return
    rows = [view(c) for c in found]
    print_table(
        "Consents",
        ["id", "citizen", "consumer", "service", "purpose", "fields", "until", "status"],
        [
            (
                r["id"],
                r["subject"] or r["subject_key"],
                r["consumer"],
                r["service"],
                r["purpose"],
                ", ".join(r["fields"]),
                r["valid_until"][:10],
                r["status"],
            )
            for r in rows
        ],
    )
