"""Check a call's parameters against the service's declared parameters before any query runs.

Values only ever reach the database as bound parameters; this is about telling the caller
clearly what is wrong (and about knowing whose data is asked for: the *subject* parameters).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from lienthong.bounds import clip_names
from lienthong.errors import InputError
from lienthong.exchange._catalog import ServiceDefinition

#: Matched with ``fullmatch`` and ASCII digits only: ``\d`` takes fullwidth and Arabic-Indic
#: digits and ``$`` matches before a trailing newline, so a look-alike CCCD would be audited
#: under a subject key the real citizen never sees.
_PATTERNS: dict[str, tuple[re.Pattern[str], str]] = {
    "cccd": (re.compile(r"[0-9]{12}"), "a 12-digit CCCD"),
    "cmnd": (re.compile(r"[0-9]{9}|[0-9]{12}"), "a 9- or 12-digit CMND"),
    "cccd_or_cmnd": (re.compile(r"[0-9]{9}|[0-9]{12}"), "a 12-digit CCCD or 9-digit CMND"),
    "mst": (re.compile(r"[0-9]{10}(?:-?[0-9]{3})?"), "a 10- or 13-digit tax code (MST)"),
    "ward_code": (re.compile(r"[0-9]{5}"), "a 5-digit ward code"),
}
MAX_TEXT = 256


def _coerce(name: str, kind: str, value: object) -> object:
    text = str(value).strip() if not isinstance(value, bool) else None
    if text is None:
        raise InputError(f"The parameter {name!r} must not be a boolean.")
    if len(text) > MAX_TEXT:  # no declared kind is longer; kept out of error messages
        raise InputError(f"The parameter {name!r} must be 1–{MAX_TEXT} characters.")
    if kind in _PATTERNS:
        pattern, what = _PATTERNS[kind]
        if not pattern.fullmatch(text):
            raise InputError(f"The parameter {name!r} must be {what}.")
        return text.replace("-", "") if kind == "mst" else text
    if kind in ("int", "integer"):
        try:
            return int(text)
        except ValueError:
            raise InputError(f"The parameter {name!r} must be a whole number.") from None
    if kind == "date":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise InputError(f"The parameter {name!r} must be a date (yyyy-mm-dd).") from None
    if len(text) > MAX_TEXT or not text:
        raise InputError(f"The parameter {name!r} must be 1–{MAX_TEXT} characters.")
    return text


def bind_parameters(
    service: ServiceDefinition, raw: Mapping[str, object]
) -> tuple[dict[str, object], tuple[str, ...]]:
    """``(bound values, data subjects)``; :class:`InputError` for missing/unknown/bad values."""
    declared = {p.name: p for p in service.parameters}
    unknown = sorted(set(raw) - set(declared))
    if unknown:  # names as the caller sent them: clipped, they go into the audit log
        raise InputError(
            f"{service.ref} takes no parameter {clip_names(unknown)}.",
            hint=f"It takes: {', '.join(declared) or 'no parameters'}.",
        )
    missing = [name for name in declared if raw.get(name) in (None, "")]
    if missing:
        raise InputError(f"{service.ref} needs the parameter(s) {', '.join(missing)}.")
    bound = {p.name: _coerce(p.name, p.type, raw[p.name]) for p in service.parameters}
    subjects = tuple(str(bound[p.name]) for p in service.parameters if p.subject)
    return bound, subjects
