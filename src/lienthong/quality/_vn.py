"""Vietnamese facts the checks encode as SQL: CCCD province codes, sex spellings, wards."""

from __future__ import annotations

import sqlite3
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from lienthong.errors import ConfigError

#: How sector databases spell sex; anything else counts as unknown (not as a mismatch).
MALE_SPELLINGS: tuple[str, ...] = ("Nam", "nam", "NAM", "M", "m", "1", "male", "Male")
FEMALE_SPELLINGS: tuple[str, ...] = (
    "Nữ",
    "nữ",
    "NỮ",
    "Nu",
    "nu",
    "F",
    "f",
    "0",
    "female",
    "Female",
)

CITY_NAME = "Thành phố Hồ Chí Minh"


@cache
def current_wards() -> dict[str, str]:
    """Today's 168 HCMC commune-level units: 5-digit NSO code → full name ("Phường Sài Gòn").

    Read from the official list bundled with ``vietnamadminunits`` (MIT), offline.
    """
    spec = find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(
            "The list of administrative units is missing.",
            hint="pip install vietnamadminunits==1.0.4",
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "dataset.db"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        rows = con.execute(
            "SELECT wardCode, ward FROM admin_units WHERE provinceCode = '79' ORDER BY wardCode"
        ).fetchall()
    return {str(code): str(name) for code, name in rows}
