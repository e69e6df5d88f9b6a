"""Assembling the station application: settings, station, bridges, window, and shutdown.

`StationApp` owns everything with a thread (the station worker, the scan stream, the sync
worker) and stops them in order on exit: scanning first (no new work), then sync, then the
station worker runs `station.close()` after every queued call (so an answer being saved when
the window closed is saved). Nothing here is global: tests build one per test.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from inspector_app import config
from inspector_app.gui.bridges import StationBridge
from inspector_app.gui.scan_bridge import ScanBridge
from inspector_app.gui.settings_dialog import SettingsDialog
from inspector_app.gui.sounds import Feedback
from inspector_app.gui.sync_bridge import SyncBridge
from inspector_app.gui.wedge_filter import WedgeFilter
from inspector_app.scanning import CaptureSettings
from inspector_app.settings import Settings
from inspector_app.station import Station
from inspector_app.sync.state import SyncState

log = logging.getLogger(__name__)


class StationApp(QObject):
    """The running bench: what the main window is built from (its `ctx`)."""

    def __init__(self, station: Station, settings: Settings, data_dir: Path,
                 sync: tuple[Any, Any] | None = None, *, save_settings: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.settings = settings
        self.data_dir = data_dir
        self.sync_engine, self.sync_worker = sync if sync is not None else (None, None)
        self.save_settings = save_settings
        self.bridge = StationBridge(self)
        self.scans = ScanBridge(self)
        self.feedback = Feedback(settings["ui.sounds"], self)
        if self.sync_engine is None:
            self.sync = SyncBridge(SyncState(), None, self)
        else:
            self.sync = SyncBridge(self.sync_engine.state, self.sync_worker.wake, self)
        self.wedge = WedgeFilter(parent=self)
        self.lead_view: Any = None
        """Factory of the lead's review window (issue 7 plugs it in); None hides the button."""
        self._unsubscribe = settings.subscribe(self._setting_changed)

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the camera and the sync worker; returns at once."""
        QApplication.instance().installEventFilter(self.wedge)
        self.start_camera()
        if self.sync_worker is not None:
            self.sync_worker.start()
        self.sync.announce()

    def start_camera(self) -> None:
        s = self.settings
        self.scans.start(s["camera.source"],
                         CaptureSettings(s["camera.width"], s["camera.height"], s["camera.fps"]),
                         s["scanning.formats"], s["scanning.debounce_s"])

    def shutdown(self) -> None:
        """Stop every thread, in order; the station is closed after its queued calls ran."""
        self._unsubscribe()
        QApplication.instance().removeEventFilter(self.wedge)
        self.scans.stop()
        if self.sync_worker is not None:
            self.sync_worker.stop()
            self.sync_engine.close()
        self.sync.close()
        self.bridge.run_sync_for_shutdown(self.station.close)

    # -- settings ---------------------------------------------------------------------------------

    def open_settings(self, parent: QWidget) -> None:
        """The settings dialog; the camera is released while it is open (its preview may
        need the same device) and restarted with the saved values afterwards."""
        self.scans.stop()
        dialog = SettingsDialog(self.settings, self.test_connection, parent=parent)
        try:
            if dialog.exec() and self.save_settings:
                self.bridge.call(config.save_user, self.settings,
                                 failed=lambda exc: log.error("saving settings: %s", exc))
        finally:
            self.start_camera()

    def test_connection(self, url: str, token: str, report: Any) -> None:
        """Check a server URL and token from the settings dialog, off the GUI thread."""
        values = {option.key: value for option, value, _ in self.settings.items()}
        values.update({"server.url": url, "server.token": token})
        self.bridge.call(_probe_server, Settings(values, "user"), network=True,
                         done=lambda found: report(True, self.tr(
                             "Connected: server {version}, token accepted, {n} people can "
                             "sign in.").format(version=found[0], n=found[1])),
                         failed=lambda exc: report(False, str(exc)))

    def _setting_changed(self, key: str, value: Any) -> None:
        if key == "ui.sounds":
            self.feedback.set_enabled(bool(value))


def _probe_server(settings: Settings) -> tuple[str, int]:
    """Health (no auth) then an authenticated call, so a wrong token is caught too:
    (server version, number of people who may sign in)."""
    from inspector_app.sync.client import ServerClient

    client = ServerClient.from_settings(settings)
    try:
        health = client.health()
        people = client.inspectors()
    finally:
        client.close()
    return health.version, len(people)
