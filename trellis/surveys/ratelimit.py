"""A per-address limit on public survey posts, held in this process's memory
and never stored. Addresses are hashed with a key made fresh each time the
process starts, and forgotten once their window has passed.

    >>> limiter = RateLimiter()
    >>> limiter.allow("198.51.100.7", limit=2, window=60, now=0.0)
    True
"""

import hashlib
import secrets
import threading
import time
from collections import deque

MAX_TRACKED = 50_000


class RateLimiter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: dict[bytes, deque[float]] = {}
        self._salt = secrets.token_bytes(16)

    def _key(self, address: str) -> bytes:
        return hashlib.blake2b(address.encode(), key=self._salt, digest_size=16).digest()

    def allow(self, address: str, *, limit: int, window: float,
              now: float | None = None) -> bool:
        """Record one request from `address` and say whether it is within
        `limit` requests in the last `window` seconds."""
        now = time.monotonic() if now is None else now
        key = self._key(address)
        with self._lock:
            if len(self._seen) >= MAX_TRACKED:
                self._forget_before(now - window)
            times = self._seen.setdefault(key, deque())
            while times and times[0] <= now - window:
                times.popleft()
            if len(times) >= limit:
                return False
            times.append(now)
            return True

    def _forget_before(self, cutoff: float) -> None:
        for key in [k for k, times in self._seen.items() if not times or times[-1] <= cutoff]:
            del self._seen[key]
        if len(self._seen) >= MAX_TRACKED:  # still full: start afresh rather than grow
            self._seen.clear()

    def reset(self) -> None:
        with self._lock:
            self._seen.clear()


# One for every post to a survey, one for sending a response.
posts = RateLimiter()
sends = RateLimiter()
