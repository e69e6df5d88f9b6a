"""The station-wide backoff after server-wide failures, kept in the database.

Per-entry retry times live in the outbox (`next_attempt_at`); this is the other half: when
the server or the path to it is unwell, the whole sync waits, so a queue of 200 entries does
not become 200 probes. Both are persisted, so a bench restarted in a loop (or by an
impatient inspector) still honours the server's Retry-After and the backoff.
"""

from __future__ import annotations

import datetime as dt
import random
import threading

from inspector_app.storage.sync_state import SyncStateRepo
from inspector_app.sync.policy import backoff_delay

_FAILURES = "server.failures"
_NOT_BEFORE = "server.not_before"


class ServerBackoff:
    """Consecutive server-wide failures and the time before which nothing is sent."""

    def __init__(self, repo: SyncStateRepo, rng: random.Random | None = None) -> None:
        self._repo = repo
        self._rng = rng
        self._lock = threading.Lock()
        self.failures = int(repo.get(_FAILURES, "0") or 0)
        stored = repo.get(_NOT_BEFORE, "")
        self.not_before = dt.datetime.fromisoformat(stored) if stored else None

    def waiting(self, now: dt.datetime) -> bool:
        """True while the sync should not talk to the server."""
        return self.not_before is not None and now < self.not_before

    def failed(self, now: dt.datetime, retry_after: float | None = None) -> dt.datetime:
        """Count a server-wide failure; returns (and persists) when to try again."""
        with self._lock:
            self.failures += 1
            delay = backoff_delay(self.failures, retry_after, self._rng)
            self.not_before = now + dt.timedelta(seconds=delay)
            self._repo.set(_FAILURES, str(self.failures))
            self._repo.set(_NOT_BEFORE, self.not_before.isoformat())
            return self.not_before

    def succeeded(self) -> None:
        """The server answered properly: forget past failures (a write only if there were)."""
        with self._lock:
            if self.failures == 0 and self.not_before is None:
                return
            self.failures = 0
            self.not_before = None
            self._repo.set(_FAILURES, "0")
            self._repo.set(_NOT_BEFORE, "")
