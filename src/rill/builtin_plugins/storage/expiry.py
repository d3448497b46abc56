"""The time rules both cache storages follow: when an entry expires, and whether it has."""

from __future__ import annotations

import math


def deadline(ttl: float | None, now: float) -> float:
    """When an entry written at `now` with `ttl` seconds to live expires (never: infinity)."""
    return math.inf if ttl is None else now + ttl


def expired(entry_deadline: float, now: float) -> bool:
    """Whether an entry with `entry_deadline` is gone at `now` (a zero ttl is gone at once)."""
    return entry_deadline <= now
