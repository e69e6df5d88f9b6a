"""The dialog an inspector sees after an unexpected error, instead of a silent exit.

`install_crash_dialog()` plugs a Qt notifier into `inspector_app.crash`: the report is written
by the Qt-free handler, then a signal carries the paths to the GUI thread (a crash in a worker
thread must not touch widgets), where a message box says what happened and where the log and
the report are, with a button that opens the folder for IT.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector_app import crash


class CrashNotifier(QObject):
    """Receives crash notifications from any thread and shows one dialog at a time."""

    # report path, log path ("" when there is no log file)
    crashed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._showing = False
        self.crashed.connect(self._show)

    def __call__(self, report: Path, log_path: Path | None) -> None:
        self.crashed.emit(str(report), str(log_path or ""))

    @Slot(str, str)
    def _show(self, report: str, log_path: str) -> None:
        if self._showing:  # a burst of errors: the first dialog already points to the logs
            return
        self._showing = True
        try:
            build_dialog(report, log_path, self._parent).exec()
        finally:
            self._showing = False


def build_dialog(report: str, log_path: str, parent: QWidget | None = None) -> QMessageBox:
    """The message box itself (separate so it can be shown and inspected in tests)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(box.tr("Return Inspector: unexpected error"))
    box.setText(
        box.tr(
            "Something went wrong inside Return Inspector. Finalized inspections are saved; "
            "the inspection you were working on was autosaved as a draft.\n\n"
            "Please send the crash report to IT."
        )
    )
    details = box.tr("Crash report: {report}").format(report=report)
    if log_path:
        details += "\n" + box.tr("Log file: {log}").format(log=log_path)
    box.setInformativeText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    folder = box.addButton(box.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(report).parent)))
    )
    return box


def install_crash_dialog(parent: QWidget | None = None) -> crash.CrashHandler:
    """Install the crash hooks with a dialog; call once after the QApplication exists."""
    return crash.install(notify=CrashNotifier(parent))
