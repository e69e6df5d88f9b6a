"""What the small queues pushed after the inspections share: how a push of customer
messages or of the bench's audit events ends, and how a failed call is classified.

The inspections' push (push.py) has its own, richer rules (photos, parking with a message
for a person, a failure count per round); these queues follow the same policy (policy.py)
with fewer moving parts, and the engine maps their ends onto the round's state in one place.
"""

from __future__ import annotations

import datetime as dt
import enum
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from inspector_app.sync.client import ServerClient, ServerRefusedError, SyncError
from inspector_app.sync.policy import Decision, backoff_delay, decide

_ROUTE_MISSING = (404, 405)
_ROUTE_CODES = ("not_found", "method_not_allowed")
"""The codes the server gives a path or method it has no route for (server/problems.py);
a route that exists says what is missing instead (e.g. `return_not_found`)."""


class QueueEnd(enum.Enum):
    """Why a queue's push stopped."""

    DRAINED = enum.auto()
    """Nothing due is left (or what is left waits for its retry time)."""
    SERVER_UNWELL = enum.auto()
    """The server or the network failed: the round ends offline and backs off."""
    TOKEN_REJECTED = enum.auto()
    NOT_SUPPORTED = enum.auto()
    """The server has no route for this queue (an older one): it waits for an upgrade."""
    STOPPED = enum.auto()


@dataclass(frozen=True, slots=True)
class Failure:
    """A failed call, classified: what policy.decide says, and the server's Retry-After."""

    decision: Decision
    refused: ServerRefusedError | None

    @classmethod
    def of(cls, exc: SyncError) -> Failure:
        refused = exc if isinstance(exc, ServerRefusedError) else None
        decision = decide(
            refused.status if refused else None, from_our_server=bool(refused and refused.from_api)
        )
        return cls(decision, refused)

    @property
    def route_missing(self) -> bool:
        """A 404 or 405 without our problem body naming what is missing: the route itself is
        unknown, so the server predates this queue."""
        refused = self.refused
        if refused is None or refused.status not in _ROUTE_MISSING:
            return False
        return refused.problem is None or refused.problem.code in _ROUTE_CODES

    def delay(self, failures: int, rng: random.Random | None) -> float:
        """Seconds to wait before the next attempt after `failures` in a row."""
        return backoff_delay(failures, self.refused.retry_after if self.refused else None, rng)


Store = TypeVar("Store")


class QueuePusher(Generic[Store]):
    """What a small queue's pusher holds for one round: the client, the bench's store of
    the queue, the station's clock, the worker's stop flag and the backoff's randomness."""

    def __init__(
        self,
        client: ServerClient,
        repo: Store,
        *,
        clock: Callable[[], dt.datetime],
        should_stop: Callable[[], bool] = lambda: False,
        rng: random.Random | None = None,
    ) -> None:
        self._client = client
        self._repo = repo
        self._clock = clock
        self._should_stop = should_stop
        self._rng = rng
