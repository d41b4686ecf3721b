"""Every sync delivery is a release of data, decided as a gateway call is.

A subscription was authorised when it was created (``_authorise``), but rights are revoked and
consents withdrawn afterwards. So before each batch leaves, delivery asks again, with the same
pure decisions the gateway uses (:func:`lienthong.exchange.granted_fields`,
:func:`lienthong.exchange.consented_fields`):

1. **Right and purpose** (per batch). The subscribing client must still hold a right for the
   subscription's purpose on a data service over the dataset, granting every subscribed field.
   If not, nothing leaves: the refusal is audited (``SYNC_DELIVERY_REFUSED``) and the
   subscription is paused with the reason (``sync status`` shows it; ``sync resume`` re-checks).
2. **Consent** (per change, for personal data). Each change's data subjects (the CCCD columns of
   the dataset, read from the full row before minimisation) must each have a live consent for
   this client, purpose and one of those services covering every subscribed field. A change
   that fails is withheld: kept in the dead-letter list with its reason (``sync replay`` sends it
   once consent is given) and audited as refused under the subject, so the citizen sees it.
3. **Minimisation**: only the subscribed, granted fields leave (``_deliver.minimised``).

When the registry publishes no data service over the dataset there is no right to check; the
subscription's own purpose and fields, fixed at creation, are what is enforced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.errors import NotFoundError
from lienthong.exchange import (
    AccessDenied,
    ConsentRegistry,
    RightsBook,
    ServiceRef,
    consented_fields,
    granted_fields,
)
from lienthong.exchange._model import utcnow
from lienthong.registry import Registry
from lienthong.store import Store
from lienthong.sync._audit import subjects_of
from lienthong.sync._model import LoggedChange


@dataclass(frozen=True)
class Release:
    """What one subscription may receive now."""

    fields: tuple[str, ...]
    #: Data services over the dataset whose right grants the purpose (consents name one of them).
    services: tuple[ServiceRef, ...] = ()
    #: Columns holding a data subject's CCCD; empty when the data is not personal.
    subject_columns: tuple[str, ...] = ()

    @property
    def needs_consent(self) -> bool:
        return bool(self.services and self.subject_columns)


@dataclass
class Screened:
    """A batch split by consent: what may leave, and what is withheld with each reason."""

    released: list[LoggedChange] = field(default_factory=list)
    withheld: list[tuple[LoggedChange, AccessDenied]] = field(default_factory=list)


def authorise_release(store: Store, sub: dict[str, object]) -> Release:
    """Re-check ``sub``'s right now; :class:`AccessDenied` (with a reason code) when it is gone."""
    dataset = str(sub["dataset"])
    client = str(sub["client"])
    purpose = str(sub["purpose"])
    wanted = tuple(str(f) for f in sub["fields"])  # type: ignore[attr-defined]
    registry = Registry(store)
    services = [s for s in registry.list_services() if s.dataset == dataset]
    if not services:
        return Release(wanted)
    book = RightsBook(store)
    granted: set[str] = set()
    refs: list[ServiceRef] = []
    refusal: AccessDenied | None = None
    for service in services:
        ref = ServiceRef(service.provider, service.code, service.version)
        try:
            fields = granted_fields(
                client=client,
                service=str(ref),
                purpose=purpose,
                rights=book.for_service(client, ref),
                service_fields=tuple(service.fields),
            )
        except AccessDenied as exc:
            if refusal is None or exc.reason == "purpose-not-granted":
                refusal = exc
            continue
        granted.update(fields)
        refs.append(ref)
    if not refs:
        assert refusal is not None
        raise refusal
    missing = [f for f in wanted if f not in granted]
    if missing:
        raise AccessDenied(
            "field-not-granted",
            f"{client}'s right for {purpose} does not grant the field(s) {', '.join(missing)}"
            f" of {dataset}.",
            hint="Ask the data owner to grant them again, or subscribe anew with fewer fields.",
        )
    return Release(wanted, tuple(refs), _subject_columns(registry, dataset, services, wanted))


def _subject_columns(
    registry: Registry, dataset: str, services: Sequence[object], fields: Sequence[str]
) -> tuple[str, ...]:
    """The CCCD columns among the released ``fields`` when the data is personal (as the gateway
    takes a service's subjects from its result columns); none when it is not personal."""
    try:
        found = registry.get_dataset(dataset)
    except NotFoundError:
        return ()
    personal = found.personal or any(getattr(s, "personal", False) for s in services)
    if not personal:
        return ()
    return tuple(c.name for c in found.columns if "cccd" in c.flags and c.name in fields)


def screen(
    consents: ConsentRegistry,
    sub: dict[str, object],
    release: Release,
    batch: Sequence[LoggedChange],
) -> Screened:
    """Split ``batch`` by each change's data subjects' consent (no consent needed: all released).

    ``consents`` hashes each CCCD with the audit key before the look-up, as the gateway does."""
    out = Screened()
    if not release.needs_consent:
        out.released.extend(batch)
        return out
    client, purpose = str(sub["client"]), str(sub["purpose"])
    now = utcnow()
    subjects_by_change = [subjects_of(item, release.subject_columns) for item in batch]
    everyone = list(dict.fromkeys(s for found in subjects_by_change for s in found))
    known = consents.for_subjects(everyone, client, release.services, purpose)
    for item, subjects in zip(batch, subjects_by_change, strict=True):
        try:
            fields = consented_fields(
                fields=release.fields, consents={s: known[s] for s in subjects}, now=now
            )
        except AccessDenied as exc:
            out.withheld.append((item, exc))
            continue
        if len(fields) < len(release.fields):
            missing = [f for f in release.fields if f not in fields]
            out.withheld.append(
                (
                    item,
                    AccessDenied(
                        "consent-fields",
                        f"The citizen's consent does not cover {', '.join(missing)}.",
                    ),
                )
            )
            continue
        out.released.append(item)
    return out


def refusal_event(
    sub: dict[str, object],
    denied: AccessDenied,
    *,
    batch: Sequence[LoggedChange] = (),
    subject_columns: Sequence[str] = (),
    paused: bool = False,
) -> AuditEvent:
    """The ``SYNC_DELIVERY_REFUSED`` entry for a refused batch or withheld changes."""
    subjects: tuple[str, ...] = ()
    for item in batch:
        subjects += subjects_of(item, subject_columns)
    data: dict[str, object] = {"subscription": sub["name"], "mode": sub["mode"], "paused": paused}
    if batch:
        data.update(first_seq=batch[0].seq, last_seq=batch[-1].seq, changes=len(batch))
    return AuditEvent(
        event=EventType.SYNC_DELIVERY_REFUSED,
        outcome=Outcome.DENIED,
        client=str(sub["client"]),
        client_agency=str(sub["client_agency"]),
        service=str(sub["dataset"]),
        purpose=str(sub["purpose"]),
        subjects=tuple(dict.fromkeys(subjects)),
        fields=tuple(str(f) for f in sub["fields"]),  # type: ignore[attr-defined]
        reason=f"{denied.reason}: {denied}",
        data=data,
    )
