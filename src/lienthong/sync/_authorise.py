"""Authorising a subscription like a data service call.

A subscription to dataset D for purpose P by client system C is allowed when C holds a right
(``lienthong rights grant``), for P, on a data service the registry publishes over D; the fields
it may receive are the requested fields that right grants (minimisation), and asking for more
is refused. When the registry has no data service over D, the subscription's own purpose and
field list are what is enforced: they are stored with it and every delivery is cut to them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lienthong.errors import PermissionDeniedError
from lienthong.exchange import ClientDirectory, RightsBook, ServiceRef
from lienthong.registry import Registry
from lienthong.store import Store
from lienthong.sync._subscriptions import SubscriptionSpec


@dataclass(frozen=True)
class Authorisation:
    fields: tuple[str, ...]
    agency: str
    by_right: bool  # False: no data service over the dataset, the subscription's own terms rule


def authorise(store: Store, spec: SubscriptionSpec) -> Authorisation:
    """Check ``spec`` against the rights book; :class:`PermissionDeniedError` when not granted."""
    client = ClientDirectory(store).find(spec.client)
    agency = client.agency if client is not None and client.agency else spec.client
    services = [s for s in Registry(store).list_services() if s.dataset == spec.dataset]
    if not services:
        return Authorisation(spec.fields, agency, by_right=False)
    book = RightsBook(store)
    granted: set[str] = set()
    for service in services:
        ref = ServiceRef(service.provider, service.code, service.version)
        granted.update(book.for_service(spec.client, ref).get(spec.purpose, ()))
    if not granted:
        raise PermissionDeniedError(
            f"{spec.client} holds no right for the purpose {spec.purpose} on any data service"
            f" over {spec.dataset}.",
            hint="Ask the data owner to grant one (`lienthong rights grant`), then subscribe.",
        )
    refused = [f for f in spec.fields if f not in granted]
    if refused:
        raise PermissionDeniedError(
            f"{spec.client}'s right for {spec.purpose} does not grant the field(s)"
            f" {', '.join(refused)} of {spec.dataset}.",
            hint=f"Granted: {', '.join(sorted(granted))}.",
        )
    return Authorisation(spec.fields, agency, by_right=True)
