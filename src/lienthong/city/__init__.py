"""The synthetic Hồ Chí Minh City: six sector databases in their own shapes, with ground truth.

``generate_city(CityConfig(people=10_000, seed=57, out=Path("city")))`` writes the folder laid out
in ``docs/architecture.md``: SQLite databases (or PostgreSQL / MariaDB through ``targets``), an
Excel and a CSV export, ``truth/`` and ``manifest.json`` for ``lienthong registry import``.
"""

from lienthong.city._config import (
    CityConfig,
    CityResult,
    DefectRates,
    ProgressCallback,
)
from lienthong.city._generate import generate_city

__all__ = [
    "CityConfig",
    "CityResult",
    "DefectRates",
    "ProgressCallback",
    "generate_city",
]
