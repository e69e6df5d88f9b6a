"""What the small queues pushed after the inspections share: how a push of customer
messages or of the bench's audit events ends, and how a failed call is classified.

The inspections' push (push.py) has its own, richer rules (photos, parking with a message
for a person, a failure count per round); these queues follow the same policy (policy.py)
with fewer moving parts, and the engine maps their ends onto the round's state in one place.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import random
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from inspector_app.sync.client import ServerClient, ServerRefusedError, SyncError
from inspector_app.sync.policy import Action, Decision, backoff_delay, decide
from inspector_app.sync.state import SyncReport

log = logging.getLogger("inspector_app.sync")

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


Item = TypeVar("Item")


class RecordStore(Protocol[Item]):
    """A queue of rows sent one by one (customer messages, receipts): storage/queued.py."""

    def due(self, now: dt.datetime | None = None, limit: int = 50) -> list[Item]: ...

    def mark_sent(self, key: str, at: dt.datetime | None = None) -> None: ...

    def schedule_retry(self, key: str, next_at: dt.datetime, error: str) -> None: ...

    def park(self, key: str, error: str) -> None: ...


class RecordPusher(QueuePusher[RecordStore[Item]], ABC):
    """Sends a queue's due rows one at a time: a transient failure makes that row wait
    (`backoff_delay`) and, when it is the server's or the network's, ends the push; a
    refusal parks the row with the server's reason; a server without the route (an older
    one) is left alone until it is upgraded. Subclasses say how a row is sent."""

    what = "records"
    """The rows' name in the log."""
    BATCH = 50

    def push(self, report: SyncReport) -> QueueEnd:
        """Send what is due until drained or something says stop."""
        while True:
            due = self._repo.due(self._clock(), self.BATCH)
            if not due:
                return QueueEnd.DRAINED
            for item in due:
                if self._should_stop():
                    return QueueEnd.STOPPED
                try:
                    self._deliver(item)
                except SyncError as exc:
                    end = self._failed(item, exc, report)
                    if end is not None:
                        return end
                    continue
                self._repo.mark_sent(self._key(item), self._clock())
                self._count(report)

    @abstractmethod
    def _key(self, item: Item) -> str:
        """The row's key in its store."""

    @abstractmethod
    def _attempts(self, item: Item) -> int:
        """How many attempts the row has failed so far."""

    @abstractmethod
    def _deliver(self, item: Item) -> None:
        """Send one row; SyncError when it did not reach the server or was refused."""

    @abstractmethod
    def _count(self, report: SyncReport) -> None:
        """Count one row the server took in the round's report."""

    def _failed(self, item: Item, exc: SyncError, report: SyncReport) -> QueueEnd | None:
        failure = Failure.of(exc)
        key = self._key(item)
        if failure.route_missing:
            log.info("the server does not take %s yet; they wait on this bench", self.what)
            return QueueEnd.NOT_SUPPORTED
        report.add_error(str(exc))
        if failure.decision.action is Action.PAUSE:
            return QueueEnd.TOKEN_REJECTED
        if failure.decision.action is Action.PARK:
            self._repo.park(key, str(exc))
            log.warning("%s %s refused by the server: %s", self.what, key, exc)
            return None
        delay = failure.delay(self._attempts(item) + 1, self._rng)
        self._repo.schedule_retry(key, self._clock() + dt.timedelta(seconds=delay), str(exc))
        return QueueEnd.SERVER_UNWELL if failure.decision.server_wide else None
