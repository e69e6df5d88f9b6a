"""Back Market's published request limits, obeyed before the marketplace has to say 429.

Cloudflare blocks a seller for 10 s once it sends more than 200 requests in 10 s across
all endpoints; Care endpoints also count per minute and per day (listing folders: 520 a
minute, 4,000 a day; a folder's details: 600 a minute, 40,000 a day; refunds: 500 a day...).
The limiter keeps a sliding log of request starts per window and makes a caller wait until
every window that applies to its endpoint has room, at a safety margin below the published
figure (our clock and theirs never count exactly alike).

Windows are sliding, never calendar-aligned: a sliding count never exceeds the budget in any
span of the window's length, so it is safe whichever way the marketplace counts its day.

A per-day window cannot be waited out inside a poll: `acquire` raises DailyLimitReached with
the time the next slot frees.

Two implementations share the arithmetic (`Budgets`): `RateLimiter` keeps its counts in
memory, for one process (`marketplace check`, the client's own tests); the server keeps them
in its database (server/marketplace/shared_limits.py), so the poller and the sender, in any
number of processes, share one budget, and daily counts survive restarts.

`scale` shrinks every window (and the 429 block) by that factor: the benchmark runs the
connector and the fake marketplace with the same scale, so 10,000 folders pull in minutes
while every published ratio still holds.
"""

from __future__ import annotations

import math
import threading
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

DAY_S = 86_400.0
BLOCK_S = 10.0
"""How long Cloudflare blocks a client that went over 200 requests in 10 s."""

SAFETY = 0.9
"""Fraction of each published budget we allow ourselves."""


@dataclass(frozen=True, slots=True)
class Window:
    """At most `limit` requests in any `seconds`-long span."""

    limit: int
    seconds: float


GLOBAL = "global"

PUBLISHED: Mapping[str, tuple[Window, ...]] = {
    GLOBAL: (Window(200, 10.0),),
    "care_list": (Window(520, 60.0), Window(4_000, DAY_S)),
    "care_folder": (Window(600, 60.0), Window(40_000, DAY_S)),
    "care_problem": (Window(750, 60.0), Window(1_000, DAY_S)),
    "care_refund": (Window(500, DAY_S),),
    "care_message": (Window(560, 60.0), Window(40_000, DAY_S)),
    "care_item_transfer": (Window(292, 60.0), Window(500, DAY_S)),
}
"""The published limits by endpoint name (Care endpoints' own, plus the global one every
request also counts against). Endpoints without an entry count only globally."""


class DailyLimitReachedError(Exception):
    """A per-day budget is spent; `free_at` (monotonic clock) is when a slot frees."""

    def __init__(self, endpoint: str, limit: int, wait_s: float) -> None:
        hours = wait_s / 3600
        super().__init__(
            f"The marketplace allows {limit} {endpoint} requests a day and this connector has "
            f"used its share; the next one is possible in {hours:.1f} h."
        )
        self.endpoint = endpoint
        self.wait_s = wait_s


def is_daily(window: Window, scale: float) -> bool:
    """Whether `window` (already divided by `scale`) is one that cannot be waited out."""
    return window.seconds * scale > 3600


class Budgets(ABC):
    """The published limits at a safety margin and a time scale, and the waiting loop;
    subclasses say where requests are counted (`_take`) and how a 429 block is kept."""

    def __init__(
        self,
        limits: Mapping[str, tuple[Window, ...]] = PUBLISHED,
        *,
        safety: float = SAFETY,
        scale: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if scale <= 0:
            raise ValueError("scale must be positive")
        self.scale = scale
        self._sleep = sleep
        self._windows: dict[str, tuple[Window, ...]] = {
            name: tuple(
                Window(max(1, math.floor(w.limit * safety)), w.seconds / scale) for w in windows
            )
            for name, windows in limits.items()
        }
        self.waited_s = 0.0
        """Total time callers spent waiting for room (figures for the status and benchmark)."""

    @property
    def block_s(self) -> float:
        """The 429 block length at this limiter's scale."""
        return BLOCK_S / self.scale

    def windows(self, endpoint: str) -> tuple[tuple[str, Window], ...]:
        """The windows a request to `endpoint` counts against (its own and the global one)."""
        names = (GLOBAL, endpoint) if endpoint != GLOBAL else (GLOBAL,)
        return tuple((n, w) for n in names for w in self._windows.get(n, ()))

    def acquire(self, endpoint: str, *, max_wait_s: float) -> None:
        """Wait until a request to `endpoint` fits every window, then count it.

        Raises DailyLimitReachedError when a window longer than an hour is full, and
        TimeoutError when room would take longer than `max_wait_s`.
        """
        while True:
            wait = self._take(endpoint)
            if wait <= 0:
                return
            if wait > max_wait_s:
                raise TimeoutError(f"no room for a {endpoint} request within {max_wait_s:.0f} s")
            self.waited_s += wait
            self._sleep(wait)

    @abstractmethod
    def _take(self, endpoint: str) -> float:
        """Count a request to `endpoint` and return 0 if every window has room; otherwise
        count nothing and return how long until there may be room (DailyLimitReachedError
        for a full daily window)."""

    @abstractmethod
    def block(self, seconds: float | None = None) -> float:
        """The marketplace said 429: send nothing for `seconds` (default: the published
        block). Returns the length of the block."""

    def daily_full(self, endpoint: str, name: str, window: Window, wait_s: float) -> Exception:
        return DailyLimitReachedError(endpoint if name != GLOBAL else "", window.limit, wait_s)


class RateLimiter(Budgets):
    """Sliding-window budgets per endpoint plus the global one, in this process; thread-safe.

    `clock` and `sleep` are injectable so tests can drive time; `scale` divides every window
    length (see the module docstring).
    """

    def __init__(
        self,
        limits: Mapping[str, tuple[Window, ...]] = PUBLISHED,
        *,
        safety: float = SAFETY,
        scale: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(limits, safety=safety, scale=scale, sleep=sleep)
        self._clock = clock
        self._lock = threading.Lock()
        self._logs: dict[tuple[str, float], deque[float]] = {
            (name, w.seconds): deque() for name, windows in self._windows.items() for w in windows
        }
        self._blocked_until = 0.0

    def _take(self, endpoint: str) -> float:
        with self._lock:
            now = self._clock()
            wait = max(0.0, self._blocked_until - now)
            for name, window in self.windows(endpoint):
                log = self._trimmed(name, window, now)
                if len(log) >= window.limit:
                    room_at = log[0] + window.seconds
                    if is_daily(window, self.scale):
                        raise self.daily_full(endpoint, name, window, room_at - now)
                    wait = max(wait, room_at - now)
            if wait <= 0:
                for name, window in self.windows(endpoint):
                    self._logs[(name, window.seconds)].append(now)
            return wait

    def _trimmed(self, name: str, window: Window, now: float) -> deque[float]:
        log = self._logs[(name, window.seconds)]
        while log and log[0] <= now - window.seconds:
            log.popleft()
        return log

    def block(self, seconds: float | None = None) -> float:
        length = self.block_s if seconds is None else max(seconds, 0.0)
        with self._lock:
            self._blocked_until = max(self._blocked_until, self._clock() + length)
        return length
