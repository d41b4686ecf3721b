"""Settle a small table's roles as registration does: each column on its own, then the table."""

from __future__ import annotations

from lienthong.profiling import infer_role
from lienthong.profiling._context import in_context

#: Forty Vietnamese whole names, for a table's name columns.
VIETNAMESE_NAMES = [
    f"{family} Văn {given}"
    for family in ("Nguyễn", "Trần", "Lê", "Phạm")
    for given in ("An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Minh", "Ngọc", "Phúc", "Trang")
]


def settled(columns: dict[str, list[str]]) -> dict[str, tuple[str | None, float]]:
    """Each column's (role, confidence) once the whole table has had its say."""
    names = list(columns)
    found = [infer_role(name, values) for name, values in columns.items()]
    out = in_context(names, found, list(columns.values()))
    return {name: (i.role, i.confidence) for name, i in zip(names, out, strict=True)}
