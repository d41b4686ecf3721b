"""Sex as sector databases write it: Nam/Nữ, 1/0, M/F, male/female, with or without diacritics."""

from __future__ import annotations

from typing import Literal

from lienthong.normalize._text import fold

Sex = Literal["M", "F"]

#: Folded spellings → sex. "1 = Nam, 0 = Nữ" is the health-insurance convention.
SEX_VALUES: dict[str, Sex] = {
    "nam": "M",
    "m": "M",
    "male": "M",
    "1": "M",
    "trai": "M",
    "nu": "F",
    "f": "F",
    "female": "F",
    "0": "F",
    "gai": "F",
}


def normalize_sex(value: str | int | bool | None) -> Sex | None:
    """``"M"``, ``"F"`` or ``None`` when the value says nothing usable."""
    if value is None:
        return None
    if isinstance(value, bool):
        value = int(value)
    return SEX_VALUES.get(fold(str(value)))
