"""Token buckets keyed by client system or source address, in bounded memory.

A bucket holds up to ``burst`` tokens and refills at ``rate`` tokens a second; a request takes
one. The table keeps at most ``max_keys`` buckets: an attacker who cycles through addresses
evicts the least recently used bucket (which then starts full again) instead of growing the
process without bound. That is lenient on purpose: the alternative, refusing everyone once the
table is full, would let the same attacker lock honest callers out.

Thread-safe: the gateway identifies callers in worker threads.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

__all__ = ["DEFAULT_MAX_KEYS", "TokenBuckets"]

#: Buckets kept per table; about 100 bytes each.
DEFAULT_MAX_KEYS = 10_000


class TokenBuckets:
    """One token bucket per key; ``rate <= 0`` turns the table off (everything is admitted)."""

    def __init__(
        self,
        rate: float,
        burst: float,
        *,
        max_keys: int = DEFAULT_MAX_KEYS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_keys < 1:
            raise ValueError("max_keys must be at least 1")
        self.rate = rate
        self.burst = max(burst, 1.0)
        self.max_keys = max_keys
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # tokens, at
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def __len__(self) -> int:
        return len(self._buckets)

    def take(self, key: str, cost: float = 1.0) -> float:
        """Take ``cost`` tokens from ``key``'s bucket: 0.0 when admitted, else the seconds until
        the bucket holds them again (nothing is taken then)."""
        if not self.enabled:
            return 0.0
        with self._lock:
            tokens = self._refilled(key)
            if tokens >= cost:
                self._store(key, tokens - cost)
                return 0.0
            self._store(key, tokens)
            return (cost - tokens) / self.rate

    def wait(self, key: str) -> float:
        """Seconds until ``key``'s bucket holds one token again (0.0 if it does now); takes
        nothing. For a bucket charged by failures: refuse while it is empty."""
        if not self.enabled:
            return 0.0
        with self._lock:
            if key not in self._buckets:
                return 0.0
            tokens = self._refilled(key)
            self._store(key, tokens)
            return 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.rate

    def _refilled(self, key: str) -> float:
        now = self._clock()
        found = self._buckets.get(key)
        if found is None:
            return self.burst
        tokens, at = found
        return min(self.burst, tokens + (now - at) * self.rate)

    def _store(self, key: str, tokens: float) -> None:
        self._buckets[key] = (tokens, self._clock())
        self._buckets.move_to_end(key)
        while len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)
