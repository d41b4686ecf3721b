"""The registry (catalog) of agencies, sources, datasets and data services.

``Registry(store)`` registers sector databases and files (their schema read from the source
itself), the read-only data services agencies offer over them, loads a city manifest in one
transaction and exports the whole catalog as DCAT-AP JSON-LD.
"""

from lienthong.registry._dcat import FREQUENCIES as FREQUENCIES
from lienthong.registry._manifest import MANIFEST_FORMAT as MANIFEST_FORMAT
from lienthong.registry._manifest import Manifest, read_manifest
from lienthong.registry._model import COLUMN_FLAGS as COLUMN_FLAGS
from lienthong.registry._model import (
    Agency,
    Column,
    ColumnSpec,
    DataService,
    Dataset,
    DatasetSpec,
    ImportSummary,
    Published,
    PublishSpec,
    Retirement,
    ServiceParameter,
    ServiceSpec,
    Source,
)
from lienthong.registry._registry import Registry

__all__ = [
    "Agency",
    "Column",
    "ColumnSpec",
    "DataService",
    "Dataset",
    "DatasetSpec",
    "ImportSummary",
    "Manifest",
    "PublishSpec",
    "Published",
    "Registry",
    "Retirement",
    "ServiceParameter",
    "ServiceSpec",
    "Source",
    "read_manifest",
]
