"""From a catalog dataset id (``source.table``) to what capture needs: kind, URL, table, key."""

from __future__ import annotations

from pathlib import Path

from lienthong.errors import InputError
from lienthong.registry import Registry
from lienthong.store import Store
from lienthong.sync._capture import CaptureSpec


def capture_spec_for(store: Store, dataset: str, *, log_url: str = "store") -> CaptureSpec:
    """Look the dataset and its source up in the registry."""
    registry = Registry(store)
    found = registry.get_dataset(dataset)
    if not found.key:
        raise InputError(
            f"Dataset {dataset!r} has no key columns, so its changes cannot be told apart.",
            hint="Declare its key in the manifest (datasets[].key) and import it again.",
        )
    source = registry.get_source(found.source)
    url = source.url
    if source.kind in ("sqlite", "csv", "excel"):
        url = url.removeprefix("sqlite:///")
        url = str(Path(url).resolve())
    return CaptureSpec(
        dataset=dataset,
        kind=source.kind,
        url=url,
        table=found.table,
        key=tuple(found.key),
        log_url=log_url,
    )
