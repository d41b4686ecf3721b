"""Bounds on text a caller controls, applied before it is logged, audited or echoed back.

An audit entry lives forever and every problem+json body goes back to whoever sent the request:
a 10 MB parameter name must not become a 10 MB audit entry or a 10 MB error response. Each
place that copies caller text keeps at most these many characters, marking the cut with ``…``.
"""

from __future__ import annotations

__all__ = ["MAX_DATA_TEXT", "MAX_LISTED", "MAX_NAME", "MAX_SENTENCE", "clip", "clip_names"]

#: A sentence: an audit ``reason``, a problem ``detail`` or ``hint``.
MAX_SENTENCE = 500
#: A code or name: system, agency, service, purpose, parameter, field, request id.
MAX_NAME = 128
#: A free-text value in an audit entry's ``data``.
MAX_DATA_TEXT = 2000
#: How many names one message lists (unknown parameters, invalid fields).
MAX_LISTED = 10


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, the cut marked with ``…``."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)] + "…"


def clip_names(names: list[str], *, limit: int = MAX_NAME, count: int = MAX_LISTED) -> str:
    """Up to ``count`` names, each clipped, comma-separated; ``(+N more)`` when cut."""
    shown = ", ".join(clip(name, limit) for name in names[:count])
    return shown + (f" (+{len(names) - count} more)" if len(names) > count else "")
