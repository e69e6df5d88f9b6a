"""Qt face of the station's sync: its status changes become a queued `status_changed` signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from inspector_app.station import Station, SyncStatus


class SyncBridge(QObject):
    """Relays the station's sync status (changed on the sync thread) to the GUI thread."""

    status_changed = Signal(object)
    """The new SyncStatus."""

    def __init__(self, station: Station, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._station = station
        self._unsubscribe = station.subscribe_sync(self.status_changed.emit)

    @property
    def status(self) -> SyncStatus:
        return self._station.sync_status

    def announce(self) -> None:
        """Emit the current status (at start, so the status bar is right from the first paint)."""
        self.status_changed.emit(self._station.sync_status)

    def wake(self) -> None:
        """Ask the station's sync worker for a round now."""
        self._station.wake_sync()

    def close(self) -> None:
        self._unsubscribe()
