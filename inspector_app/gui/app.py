"""Assembling the station application: settings, station, bridges, window, and shutdown.

`StationApp` starts and stops everything with a thread (the station worker, the scan stream,
the station's sync worker) in order on exit: scanning first (no new work), then sync, then
the station worker runs `station.close()` after every queued call (so an answer being saved
when the window closed is saved). Nothing here is global: tests build one per test.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from inspector_app import config
from inspector_app.gui.bridges import StationBridge
from inspector_app.gui.failures import shown
from inspector_app.gui.i18n import pick_language
from inspector_app.gui.scan_bridge import ScanBridge
from inspector_app.gui.settings_dialog import SettingsDialog
from inspector_app.gui.sounds import Feedback
from inspector_app.gui.sync_bridge import SyncBridge
from inspector_app.gui.wedge_filter import WedgeFilter
from inspector_app.scanning import CaptureSettings
from inspector_app.settings import Settings
from inspector_app.station import ServerProbe, Station, Training

log = logging.getLogger(__name__)


class StationApp(QObject):
    """The running bench: what the main window is built from (its `ctx`)."""

    def __init__(
        self,
        station: Station,
        settings: Settings,
        data_dir: Path,
        *,
        save_settings: bool = True,
        training: Training | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.settings = settings
        self.data_dir = data_dir
        self.save_settings = save_settings
        self.training = training
        """The practice session when this bench is a training sandbox, else None."""
        self.bridge = StationBridge(self)
        self.scans = ScanBridge(self)
        self.feedback = Feedback(settings["ui.sounds"], self)
        self.sync = SyncBridge(station, self)
        self.wedge = WedgeFilter(parent=self)
        self.messages: Any = None
        """The customer-message templates (MessageCatalog), loaded off the GUI thread."""
        self.lead_view: Any = None
        """Factory of the lead's review window, set by gui.lead.install; None hides the Lead
        button (the window does not import the lead view itself: gui.launch wires it in)."""
        self._unsubscribe = settings.subscribe(self._setting_changed)

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the camera and the sync worker; returns at once."""
        cast(QApplication, QApplication.instance()).installEventFilter(self.wedge)
        self.bridge.call(  # loading checks every template (~0.3 s): never on the GUI thread
            self.station.reload_messages,
            done=lambda catalog: setattr(self, "messages", catalog),
            failed=lambda exc: log.error("message templates: %s", exc),
        )
        # GDPR retention: cached returns and sent photos past `retention.days` go at every
        # start (benches restart daily); unsent work is never touched.
        self.bridge.call(self.station.purge, done=lambda report: log.info("purged: %s", report))
        # Holiday calendars and checklists load now, not while the first parcel waits.
        self.bridge.call(
            self.station.prepare, failed=lambda exc: log.error("preparing lookups: %s", exc)
        )
        self.start_camera()
        self.station.start_sync()
        self.sync.announce()

    def start_camera(self) -> None:
        s = self.settings
        self.scans.start(
            s["camera.source"],
            CaptureSettings.from_settings(s),
            s["scanning.formats"],
            s["scanning.debounce_s"],
        )

    def shutdown(self) -> None:
        """Stop every thread, in order; the station is closed after its queued calls ran."""
        self._unsubscribe()
        cast(QApplication, QApplication.instance()).removeEventFilter(self.wedge)
        self.scans.stop()
        self.station.stop_sync()
        self.sync.close()
        self.bridge.run_sync_for_shutdown(self.station.close)

    @property
    def labels_dir(self) -> Path:
        return self.data_dir / "labels"

    def print_intake_label(self, payload: bytes, ret: Any, report: Any) -> None:
        """Print the intake label of a finalized inspection when the bench prints labels;
        `report(ok, message)` on the GUI thread. The inspection is already stored."""
        if not self.settings["labels.enabled"]:
            return
        # Printing modules (Pillow, python-barcode, QtPrintSupport) load on first use only,
        # keeping them off the start-up path of benches that print no labels.
        from inspector_app.gui.label_preview import print_in_background
        from inspector_app.gui.printer_output import label_output
        from inspector_app.labels import LabelContent, LabelSize
        from inspector_app.labels.printing import PrinterTarget
        from inspector_app.wire import InspectionPayload

        target = PrinterTarget.parse(self.settings["labels.printer"])
        output = label_output(target, pdf_dir=self.labels_dir)
        content = LabelContent.for_inspection(InspectionPayload.model_validate_json(payload), ret)
        print_in_background(
            self.bridge.call,
            content,
            LabelSize(self.settings["labels.size"]),
            output,
            language=pick_language(self.settings["ui.language"]),
            done=lambda message: report(True, message),
            failed=lambda exc: report(False, shown(exc, "printing the intake label")),
        )

    # -- settings ---------------------------------------------------------------------------------

    def open_settings(self, parent: QWidget, *, may_change_all: bool = True) -> None:
        """The settings dialog; the camera is released while it is open (its preview may
        need the same device) and restarted with the saved values afterwards.
        `may_change_all` False leaves only the display preferences editable."""
        self.scans.stop()
        from inspector_app.gui.printer_settings import PrinterSettingsPage

        printer = PrinterSettingsPage(
            self.settings,
            call=self.bridge.call,
            pdf_dir=self.labels_dir,
            catalog=self.messages or self.station.messages,
        )
        extra_tabs: list[tuple[str, QWidget]] = [(self.tr("Labels and messages"), printer)]
        if self.station.standalone and self.training is None:  # a sandbox's one trainee
            from inspector_app.gui.handover_page import HandOverPage
            from inspector_app.gui.people_page import PeoplePage

            people = PeoplePage(call=self.bridge.call, station=self.station)
            handover = HandOverPage(call=self.bridge.call, station=self.station)
            extra_tabs += [(self.tr("People"), people), (self.tr("Hand-over"), handover)]
        dialog = SettingsDialog(
            self.settings,
            self.test_connection,
            extra_tabs=extra_tabs,
            parent=parent,
            may_change_all=may_change_all,
        )
        before = {option.key: value for option, value, _ in self.settings.items()}
        try:
            if dialog.exec():
                self.bridge.call(
                    self.station.record_settings_changes,
                    before,
                    failed=lambda exc: log.error("auditing settings changes: %s", exc),
                )
                if self.save_settings:
                    self.bridge.call(
                        config.save_user,
                        self.settings,
                        failed=lambda exc: log.error("saving settings: %s", exc),
                    )
        finally:
            self.start_camera()

    def test_connection(self, url: str, token: str, report: Any) -> None:
        """Check a server URL and token from the settings dialog, off the GUI thread."""

        def connected(found: ServerProbe) -> None:
            report(
                True,
                self.tr(
                    "Connected: server {version}, token accepted, {n} people can sign in."
                ).format(version=found.version, n=found.people),
            )

        self.bridge.call(
            self.station.probe_server,
            url,
            token,
            network=True,
            done=connected,
            failed=lambda exc: report(False, shown(exc, "connection test")),
        )

    def _setting_changed(self, key: str, value: Any) -> None:
        if key == "ui.sounds":
            self.feedback.set_enabled(bool(value))
