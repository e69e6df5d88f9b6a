"""What the sync is doing, for the status bar, the CLI and tests, and the report of one round.

`SyncState` holds the current `SyncStatus` and calls subscribers whenever it changes. It is
Qt-free: callbacks run on the thread that changed the state (usually the sync worker), so
the GUI wraps them in a queued signal; a callback must be quick and must not call back into
the sync engine.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum, auto
from typing import Any


class Connectivity(StrEnum):
    """The one word the status bar shows."""

    DISABLED = auto()
    """No server configured: the bench works standalone, everything stays queued."""
    ONLINE = auto()
    """The last exchange with the server succeeded."""
    OFFLINE = auto()
    """The server could not be reached or gave no usable answer; retrying with backoff."""
    SYNCING = auto()
    """A round is running right now."""
    TOKEN_REJECTED = auto()
    """The server refused the station's token (401/403): sync is paused until IT fixes it."""


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """A snapshot of the sync, immutable so it can cross threads as is.

    `pending` counts finalized inspections not yet acknowledged by the server (including
    those waiting for a retry); `needs_attention` those parked for a person. `last_error` is
    a plain-language sentence (never a token, never customer data), empty after a success.
    `retry_at` is when the worker will next try after a failure (None when not backing off).
    """

    state: Connectivity = Connectivity.DISABLED
    pending: int = 0
    needs_attention: int = 0
    last_success_at: dt.datetime | None = None
    last_error: str = ""
    retry_at: dt.datetime | None = None


Listener = Callable[[SyncStatus], object]
"""Called with the new SyncStatus after every change (on the changing thread)."""


class SyncState:
    """The current SyncStatus plus change notification."""

    def __init__(self, initial: SyncStatus | None = None) -> None:
        self._status = initial or SyncStatus()
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    @property
    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def update(self, **changes: Any) -> SyncStatus:
        """Replace some fields; listeners hear about it only if something changed."""
        with self._lock:
            new = replace(self._status, **changes)
            changed = new != self._status
            self._status = new
            listeners = list(self._listeners)
        if changed:
            for listener in listeners:
                listener(new)
        return new

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(status)` after each change; returns a function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe


@dataclass
class SyncReport:
    """What one round did. `errors` are plain-language sentences, one per distinct problem."""

    state: Connectivity = Connectivity.DISABLED
    sent: int = 0
    """Inspections the server stored for the first time."""
    replayed: int = 0
    """Inspections the server already had (an earlier attempt got through unacknowledged)."""
    photos_uploaded: int = 0
    photos_skipped: int = 0
    """Photos not sent because the server already had them."""
    retry_later: int = 0
    parked: int = 0
    messages_sent: int = 0
    """Customer message records the server took (stored or already there)."""
    receipts_sent: int = 0
    """Parcels received at this bench that the server now knows are on the shelf."""
    events_sent: int = 0
    """Events of the bench's audit log the server took (stored or already there)."""
    returns_pulled: int = 0
    checklists_pulled: int = 0
    inspectors_pulled: int = 0
    pending: int = 0
    needs_attention: int = 0
    skipped_backoff: bool = False
    """True when the round did nothing because the server asked (or failures advise) to wait."""
    errors: list[str] = field(default_factory=list)

    @property
    def delivered(self) -> int:
        return self.sent + self.replayed

    def add_error(self, message: str) -> None:
        if message not in self.errors:
            self.errors.append(message)

    def summary(self) -> str:
        """One line for the CLI and the log."""
        parts = [f"{self.state.value}: {self.delivered} delivered"]
        if self.replayed:
            parts.append(f"({self.replayed} already on the server)")
        parts.append(f"{self.photos_uploaded} photos uploaded")
        if self.messages_sent:
            parts.append(f"{self.messages_sent} customer messages")
        if self.receipts_sent:
            parts.append(f"{self.receipts_sent} parcels received")
        if self.events_sent:
            parts.append(f"{self.events_sent} audit events")
        if self.returns_pulled or self.checklists_pulled or self.inspectors_pulled:
            parts.append(
                f"pulled {self.returns_pulled} returns, {self.checklists_pulled} "
                f"checklists, {self.inspectors_pulled} inspectors"
            )
        parts.append(f"{self.pending} pending, {self.needs_attention} need attention")
        return ", ".join(parts)
