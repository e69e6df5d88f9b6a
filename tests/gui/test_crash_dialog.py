"""The crash dialog: shown on the GUI thread for a crash in any thread, naming both files."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from inspector_app.gui.crash_dialog import CrashNotifier, build_dialog, install_crash_dialog

pytestmark = pytest.mark.gui


def test_dialog_names_report_and_log(qtbot) -> None:
    box = build_dialog("/var/log/ri/crash-1.txt", "/var/log/ri/inspector-app.log")
    qtbot.addWidget(box)
    assert box.icon().name == "Critical"
    assert "/var/log/ri/crash-1.txt" in box.informativeText()
    assert "/var/log/ri/inspector-app.log" in box.informativeText()
    assert [b.text() for b in box.buttons()].count("Open folder") == 1


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's own remark
@pytest.mark.expect_log("inspector_app.crash", "^unhandled exception in sync-worker$")
def test_worker_thread_crash_opens_the_dialog_on_the_gui_thread(qtbot, tmp_path: Path) -> None:
    shown: list[tuple[str, bool]] = []

    def close_dialog() -> None:
        window = QGuiApplication.modalWindow()
        if window is None:  # the dialog is not up yet: look again on the next turn
            QTimer.singleShot(10, close_dialog)
            return
        shown.append((window.title(), threading.current_thread() is threading.main_thread()))
        window.close()

    log_path = tmp_path / "inspector-app.log"
    log_path.write_text("", encoding="utf-8")
    handler = install_crash_dialog()
    handler.log_path, handler.report_dir = log_path, tmp_path
    try:
        notifier = handler.notify
        assert isinstance(notifier, CrashNotifier)
        QTimer.singleShot(0, close_dialog)  # polls until the modal dialog is up
        with qtbot.waitSignal(notifier.crashed, timeout=10_000):
            worker = threading.Thread(target=lambda: 1 / 0, name="sync-worker")
            worker.start()
            worker.join()
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    finally:
        handler.uninstall()
    title, on_gui_thread = shown[0]
    assert title == "Return Inspector: unexpected error"
    assert on_gui_thread
    report = next(tmp_path.glob("crash-*.txt"))
    assert "ZeroDivisionError" in report.read_text(encoding="utf-8")
