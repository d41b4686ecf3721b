"""Signed webhooks: POST a batch of changes; the receiver checks the HMAC before trusting it.

The signature covers the timestamp and the exact body (``t=<unix>,v1=<hex HMAC-SHA256>`` in
``X-Lienthong-Signature``, the Stripe scheme), so a captured request cannot be replayed later
or altered. Delivery is at-least-once: receivers de-duplicate on each change's ``change_id``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Sequence
from typing import Any

import httpx

from lienthong.errors import AuthenticationError, SourceUnavailableError

SIGNATURE_HEADER = "X-Lienthong-Signature"


def sign(secret: str, body: bytes, timestamp: int) -> str:
    mac = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify(
    secret: str, body: bytes, header: str, *, tolerance_s: int = 300, now: float | None = None
) -> None:
    """Raise :class:`AuthenticationError` unless ``header`` signs ``body`` recently."""
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        timestamp = int(parts["t"])
        given = parts["v1"]
    except (KeyError, ValueError) as exc:
        raise AuthenticationError("The webhook signature header is malformed.") from exc
    if abs((now if now is not None else time.time()) - timestamp) > tolerance_s:
        raise AuthenticationError("The webhook signature is too old (possible replay).")
    expected = sign(secret, body, timestamp).split("v1=", 1)[1]
    if not hmac.compare_digest(expected, given):
        raise AuthenticationError("The webhook signature does not match the body.")


def post_changes(
    url: str,
    secret: str,
    subscription: str,
    changes: Sequence[dict[str, Any]],
    *,
    timeout_s: float = 10.0,
) -> None:
    """POST one batch; anything but a 2xx answer is an error and the batch is sent again."""
    body = json.dumps(
        {"subscription": subscription, "changes": list(changes)},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: sign(secret, body, int(time.time())),
    }
    try:
        response = httpx.post(url, content=body, headers=headers, timeout=timeout_s)
    except httpx.HTTPError as exc:
        raise SourceUnavailableError(
            f"The webhook {url} cannot be reached: {exc}.",
            hint="Delivery retries the same batch.",
        ) from exc
    if response.status_code // 100 != 2:
        raise SourceUnavailableError(
            f"The webhook {url} answered {response.status_code}.",
            hint="Delivery retries the same batch until the receiver accepts it.",
        )
