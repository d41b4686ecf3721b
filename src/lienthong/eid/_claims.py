"""From an e-ID provider's claims to a :class:`Citizen`, through one adapter.

Providers name their claims differently (the national VNeID, a sandbox, another country's
broker); the map from lienthong's attributes to claim names is one setting
(``LIENTHONG_EID_CLAIMS``), so connecting another provider changes no code. What arrives is
validated like any input: the CCCD must be 12 ASCII digits with a valid province code, the level
1 or 2 (Decree 69/2024/NĐ-CP).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from lienthong.errors import AuthenticationError, ConfigError, InputError

_CCCD = re.compile(r"[0-9]{12}")
ATTRIBUTES = ("cccd", "name", "birthdate", "level")


@dataclass(frozen=True)
class Citizen:
    """Who logged in: their CCCD, name and birth date as the provider asserts, and the level."""

    cccd: str
    name: str | None
    birthdate: str | None
    level: int


def claim_map(setting: str) -> dict[str, str]:
    """Parse ``LIENTHONG_EID_CLAIMS``; a clear :class:`ConfigError` when it is wrong."""
    try:
        parsed = json.loads(setting)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"LIENTHONG_EID_CLAIMS is not JSON ({exc.msg}).") from exc
    if not isinstance(parsed, dict) or not all(isinstance(v, str) for v in parsed.values()):
        raise ConfigError("LIENTHONG_EID_CLAIMS must map attribute names to claim names.")
    unknown = set(parsed) - set(ATTRIBUTES)
    if unknown or "cccd" not in parsed:
        raise ConfigError(
            "LIENTHONG_EID_CLAIMS must name the CCCD claim and only these attributes:"
            f" {', '.join(ATTRIBUTES)}."
        )
    return {str(k): str(v) for k, v in parsed.items()}


def citizen_from(claims: Mapping[str, object], names: Mapping[str, str]) -> Citizen:
    """The citizen the verified id_token's ``claims`` describe, or :class:`AuthenticationError`."""
    from lienthong.identifiers import parse_cccd

    cccd = claims.get(names["cccd"])
    if not isinstance(cccd, str) or not _CCCD.fullmatch(cccd):
        raise AuthenticationError("The e-ID provider did not assert a valid CCCD.")
    try:
        parse_cccd(cccd)
    except InputError as exc:
        raise AuthenticationError(f"The e-ID provider's CCCD is not valid: {exc}.") from exc
    # A provider that asserts no level at all (no "level" in the map) counts as level 1.
    asserted = claims.get(names["level"]) if "level" in names else "1"
    level = {"1": 1, "2": 2}.get(str(asserted), 0)
    if level == 0:
        raise AuthenticationError("The e-ID provider asserted no e-ID level (1 or 2).")

    def text(attribute: str) -> str | None:
        value = claims.get(names.get(attribute, ""))
        return value[:200] if isinstance(value, str) else None

    return Citizen(cccd, text("name"), text("birthdate"), level)
