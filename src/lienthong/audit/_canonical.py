"""Canonical JSON and the chain hash: the two functions a third-party verifier must reproduce.

The rules are a strict subset of RFC 8785 (JCS) chosen so that every language's standard JSON
library gets them right without a JCS implementation: values are objects, arrays, strings,
integers, ``true``, ``false`` and ``null`` only (no floats, so no number-formatting question);
object keys are ASCII and sorted; strings are NFC-normalised; no insignificant whitespace; the
bytes are UTF-8 with non-ASCII characters written as themselves. For such values the output is
byte-identical to JCS.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from lienthong.errors import InputError

#: ``prev_hash`` of the first entry: 32 zero bytes, written as 64 hex zeros.
GENESIS_HASH = "0" * 64

# One encoder for every call: ``json.dumps`` with options builds a new one each time.
_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def _normalise(value: Any, path: str) -> Any:
    kind = type(value)
    if kind is str:
        return value if value.isascii() else unicodedata.normalize("NFC", value)
    if value is None or kind is bool or kind is int:
        return value
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, bool | int):
        return value
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str) or not key.isascii():
                raise InputError(f"Audit entry key {key!r} at {path} must be an ASCII string.")
            out[key] = _normalise(item, f"{path}.{key}")
        return out
    if isinstance(value, list | tuple):
        return [_normalise(item, f"{path}[]") for item in value]
    raise InputError(
        f"Audit entry value at {path} is a {type(value).__name__}; only strings, integers, "
        "booleans, null, lists and objects can be hashed canonically."
    )


def canonical_json(value: Mapping[str, Any]) -> bytes:
    """The canonical UTF-8 bytes of a JSON object (see module docstring); checks every value."""
    return fast_canonical_json(_normalise(value, "$"))


def fast_canonical_json(value: Mapping[str, Any]) -> bytes:
    """:func:`canonical_json` for values already known to hold no floats (entries built from
    validated events, JSON parsed with :func:`loads_without_floats`): the hot path.

    NFC-normalising the whole text equals normalising each string, because the JSON syntax
    characters between strings are ASCII punctuation, which never composes with a mark.
    """
    text = _ENCODER.encode(value)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.encode("utf-8")


def _no_float(text: str) -> Any:
    raise ValueError(f"the number {text} is not an integer; lienthong-audit/1 has no floats")


def loads_without_floats(text: str | bytes) -> Any:
    """``json.loads`` that refuses non-integer numbers (raises ``ValueError``)."""
    return json.loads(text, parse_float=_no_float, parse_constant=_no_float)


def chain_hash(prev_hash: str, canonical: bytes) -> str:
    """``hex(SHA-256(bytes.fromhex(prev_hash) ‖ canonical))`` — one link of the chain."""
    return hashlib.sha256(bytes.fromhex(prev_hash) + canonical).hexdigest()


def format_time(value: datetime) -> str:
    """UTC with exactly six fractional digits and a ``Z``: ``2026-11-24T06:21:59.123456Z``."""
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat(timespec="microseconds")[:-6] + "Z"  # drop "+00:00"


def parse_time(text: str) -> datetime:
    """Inverse of :func:`format_time` (raises ``ValueError`` on anything else)."""
    if len(text) != 27 or not text.endswith("Z"):
        raise ValueError(f"{text!r} is not a lienthong-audit/1 time")
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
