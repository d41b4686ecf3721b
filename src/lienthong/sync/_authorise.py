"""Authorising a subscription like a data service call.

A subscription to dataset D for purpose P by client C is allowed when C holds a right, for P,
on a data service the catalog publishes over D; the fields it may receive are the requested
fields that right grants (minimisation). When the catalog has no data service over D, or the
gateway package is not installed, the subscription's own purpose and field list are what is
enforced (they are stored with it and every delivery is cut down to them).
"""

from __future__ import annotations

import importlib
from typing import Any

from lienthong.errors import PermissionDeniedError
from lienthong.store import Store
from lienthong.sync._subscriptions import SubscriptionSpec


def _services_over(store: Store, dataset: str) -> list[Any]:
    try:
        registry = importlib.import_module("lienthong.registry")
        services = registry.Registry(store).list_services()
    except Exception:  # noqa: BLE001 - a catalog that cannot answer grants nothing extra
        return []
    return [s for s in services if getattr(s, "dataset", None) == dataset]


def authorise(store: Store, spec: SubscriptionSpec) -> tuple[str, ...]:
    """The fields ``spec`` may receive; :class:`PermissionDeniedError` when none are granted."""
    services = _services_over(store, spec.dataset)
    if not services:
        return spec.fields
    try:
        exchange = importlib.import_module("lienthong.exchange")
        book, ServiceRef = exchange.RightsBook(store), exchange.ServiceRef
    except (ImportError, AttributeError):
        return spec.fields
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
    allowed = tuple(f for f in spec.fields if f in granted)
    refused = [f for f in spec.fields if f not in granted]
    if refused:
        raise PermissionDeniedError(
            f"{spec.client}'s right for {spec.purpose} does not grant the field(s)"
            f" {', '.join(refused)} of {spec.dataset}.",
            hint=f"Granted: {', '.join(sorted(granted))}.",
        )
    return allowed
