"""From a catalog dataset id (``source.table``) to what capture needs: kind, URL, table, key."""

from __future__ import annotations

import importlib
from pathlib import Path

from lienthong.errors import ConfigError, NotFoundError
from lienthong.store import Store
from lienthong.sync._capture import CaptureSpec


def capture_spec_for(store: Store, dataset: str, *, log_url: str = "store") -> CaptureSpec:
    """Look the dataset and its source up in the registry."""
    try:
        registry = importlib.import_module("lienthong.registry").Registry(store)
    except (ImportError, AttributeError) as exc:
        raise ConfigError("The registry package is not available in this build.") from exc
    found = registry.get_dataset(dataset)
    if found is None:
        raise NotFoundError(f"No dataset {dataset!r} in the registry.")
    source = registry.get_source(found.source)
    url = str(source.url)
    if source.kind in ("sqlite", "csv", "excel") and "://" not in url:
        url = str(Path(url).resolve())
    return CaptureSpec(
        dataset=dataset,
        kind=source.kind,
        url=url,
        table=found.table,
        key=tuple(found.key),
        log_url=log_url,
    )
