"""Qt face of the sync worker: its state changes become a queued `status_changed` signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from inspector_app.sync.state import SyncState, SyncStatus


class SyncBridge(QObject):
    """Relays SyncState changes (made on the sync thread) to the GUI thread."""

    status_changed = Signal(object)
    """The new SyncStatus."""

    def __init__(
        self, state: SyncState, wake: Callable[[], Any] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._wake = wake
        self._unsubscribe = state.subscribe(self.status_changed.emit)

    @property
    def status(self) -> SyncStatus:
        return self._state.status

    def announce(self) -> None:
        """Emit the current status (at start, so the status bar is right from the first paint)."""
        self.status_changed.emit(self._state.status)

    def wake(self) -> None:
        """Ask the worker for a round now (after a finalize or a retry)."""
        if self._wake is not None:
            self._wake()

    def close(self) -> None:
        self._unsubscribe()
