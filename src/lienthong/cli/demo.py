"""`lienthong demo`: the main job on the embedded default."""

from __future__ import annotations


def demo() -> None:
    """Build a synthetic Ho Chi Minh City, register it and serve the API."""
