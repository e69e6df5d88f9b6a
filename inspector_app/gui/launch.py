"""Start the station window: Qt application, look, language, crash dialog, station, window.

Kept apart from the CLI module so `inspector-app --version` never imports Qt, and shared by
`run_gui`, the tests, the screenshot script and the benchmark, which all start the real app.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inspector_app.settings import Settings

if TYPE_CHECKING:  # the station loads in build(), after the Qt application is up
    from inspector_app.station import Training

log = logging.getLogger(__name__)

GIL_SWITCH_S = 0.001


def make_qt_app() -> QApplication:
    """The QApplication (reused if one exists, as under pytest-qt), with our look."""
    from inspector_app.gui import theme

    # The camera, decoder, sync and station threads all run Python; with the default 5 ms
    # GIL switch interval the GUI thread can wait that long behind each of them before every
    # event. A shorter interval hands the GIL back sooner (the cost is a little throughput).
    sys.setswitchinterval(GIL_SWITCH_S)
    app = cast(QApplication, QApplication.instance() or QApplication([]))
    app.setApplicationName("Return Inspector")
    app.setOrganizationName("Return Inspector")
    app.setDesktopFileName("return-inspector")
    theme.apply(app)
    return app


def build(
    settings: Settings,
    data_dir: Path,
    *,
    save_settings: bool = True,
    training: Training | None = None,
) -> tuple[Any, Any]:
    """Open the station and build (StationApp, MainWindow), not yet started or shown;
    `training`: the station is a training sandbox (station/training.py)."""
    from inspector_app.gui.app import StationApp
    from inspector_app.gui.lead import install as install_lead_view
    from inspector_app.gui.main_window import MainWindow
    from inspector_app.station import Station

    data_dir.mkdir(parents=True, exist_ok=True)
    station = Station.open(data_dir, settings)
    app = StationApp(station, settings, data_dir, save_settings=save_settings, training=training)
    window = MainWindow(app)
    install_lead_view(app, window)
    return app, window


def leave(code: int) -> int:
    """End the process right after the station shut down cleanly.

    PySide6 6.12 can abort in the interpreter's final garbage collection after a long session
    ("bool_dealloc ... refcount error in a C extension"), turning a clean exit into a crash
    report. Everything that matters is already closed (station, threads, log handlers are
    flushed here), so the process ends without that last collection.
    """
    import os

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def launch(
    settings: Settings,
    data_dir: Path,
    *,
    save_settings: bool = True,
    training: Training | None = None,
) -> int:
    """Run the station until its window closes; returns the exit code."""
    from inspector_app.gui import i18n
    from inspector_app.gui.crash_dialog import install_crash_dialog

    started = time.monotonic()
    qt_app = make_qt_app()
    translators = i18n.install(qt_app, settings["ui.language"])
    handler = install_crash_dialog()
    app, window = build(settings, data_dir, save_settings=save_settings, training=training)
    app.start()
    window.present()
    QTimer.singleShot(
        0, lambda: log.info("window ready in %.0f ms", (time.monotonic() - started) * 1000)
    )
    try:
        return qt_app.exec()
    finally:
        app.shutdown()
        handler.uninstall()
        del translators
