"""Services the platform answers itself, granted and audited like any provider's data service.

Their provider is ``LIENTHONG``; they are not in the registry (no agency database behind
them), so they are declared here, with the fields a right may grant, for the gateway
(:meth:`Gateway.call_platform`) and for ``lienthong rights grant``.
"""

from __future__ import annotations

from lienthong.exchange._model import ServiceRef

PLATFORM_PROVIDER = "LIENTHONG"

#: ``POST /v1/link/resolve``: which citizen (master id) a record belongs to.
LINK_RESOLVE = ServiceRef(PLATFORM_PROVIDER, "link-resolve", "v1")
#: ``POST /v1/link/resolve`` with ``save``: add the record to the master index (on top of resolve).
LINK_INDEX = ServiceRef(PLATFORM_PROVIDER, "link-index", "v1")

LINK_RESOLVE_FIELDS = (
    "master_id",
    "new",
    "evidence",
    "match_weight",
    "match_probability",
    "matched_record",
)

#: Every platform service and the fields a right to it may grant.
PLATFORM_SERVICES: dict[ServiceRef, tuple[str, ...]] = {
    LINK_RESOLVE: LINK_RESOLVE_FIELDS,
    LINK_INDEX: LINK_RESOLVE_FIELDS,
}
