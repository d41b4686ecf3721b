"""Authorising a subscription like a data service call.

A subscription to dataset D for purpose P by client system C is allowed when C holds a right
(``lienthong rights grant``), for P, on a data service the registry publishes over D; the fields
it may receive are the requested fields that right grants (minimisation), and asking for more
is refused. When the registry has no data service over D, the subscription's own purpose and
field list are what is enforced: they are stored with it and every delivery is cut to them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lienthong.exchange import ClientDirectory
from lienthong.store import Store
from lienthong.sync._subscriptions import SubscriptionSpec


@dataclass(frozen=True)
class Authorisation:
    fields: tuple[str, ...]
    agency: str
    by_right: bool  # False: no data service over the dataset, the subscription's own terms rule


def authorise(store: Store, spec: SubscriptionSpec) -> Authorisation:
    """Check ``spec`` as its first delivery will be checked (``_release``).

    :class:`~lienthong.errors.PermissionDeniedError` when its client holds no right for its
    purpose on a data service over the dataset, or the right does not grant every field.
    """
    from lienthong.sync._release import authorise_release

    client = ClientDirectory(store).find(spec.client)
    agency = client.agency if client is not None and client.agency else spec.client
    release = authorise_release(
        store,
        {
            "dataset": spec.dataset,
            "client": spec.client,
            "purpose": spec.purpose,
            "fields": list(spec.fields),
        },
    )
    return Authorisation(spec.fields, agency, by_right=bool(release.services))
