"""Limits that keep one phone (or one prankster) from taking the session down.

`Limits` gathers every number in one place so the docs, the tests and the
benchmark talk about the same values. `RateLimiter` is a token bucket per
key (a device id or an address): a burst is allowed, then requests are
refused until the bucket refills.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    #: Largest request body in bytes; an answer is a few dozen.
    max_body: int = 4096
    #: Open connections over all clients; more are closed at once.
    max_connections: int = 1024
    #: Open connections from one address (a classroom behind one NAT shares it).
    max_connections_per_address: int = 400
    #: Seconds a connection may sit without a request in progress (covers slow headers).
    idle_timeout: float = 10.0
    #: Seconds a client may take to send a request body.
    body_timeout: float = 5.0
    #: Seconds a long poll waits for news before answering "nothing new".
    poll_timeout: float = 25.0
    #: Requests per second and burst, per device.
    device_rate: float = 5.0
    device_burst: int = 20
    #: Requests per second and burst, per address (every device behind it together).
    address_rate: float = 200.0
    address_burst: int = 400


class RateLimiter:
    """Token buckets keyed by string; not thread-safe (used on the server's loop only)."""

    def __init__(self, rate: float, burst: int, *, max_keys: int = 10_000) -> None:
        self._rate = rate
        self._burst = float(burst)
        self._max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}

    def allow(self, key: str, now: float | None = None) -> bool:
        """Take one token from `key`'s bucket; False when it is empty."""
        now = time.monotonic() if now is None else now
        level, stamp = self._buckets.get(key, (self._burst, now))
        level = min(self._burst, level + (now - stamp) * self._rate)
        if level < 1.0:
            self._buckets[key] = (level, now)
            return False
        if key not in self._buckets and len(self._buckets) >= self._max_keys:
            self._forget_full(now)
        self._buckets[key] = (level - 1.0, now)
        return True

    def _forget_full(self, now: float) -> None:
        """Drop buckets that have refilled (they carry no information), so memory stays bounded."""
        for key, (level, stamp) in list(self._buckets.items()):
            if level + (now - stamp) * self._rate >= self._burst:
                del self._buckets[key]
        if len(self._buckets) >= self._max_keys:
            self._buckets.clear()
