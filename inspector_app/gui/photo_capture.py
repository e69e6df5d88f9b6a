"""Taking inspection photos: a live preview to aim, then one press per photo.

An item that needs several photos gets them in one visit: after each shot the preview stays
open for the next until the item has what it needs (one key per photo, not two).

The preview comes from the scan bridge (the same camera, or the photo camera when one is
configured); the shot is a still at the camera's best resolution, handed back as a BGR
frame for the station to encode and store off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector_app.gui.camera_view import CameraView
from inspector_app.gui.scan_bridge import ScanBridge


class PhotoCaptureDialog(QDialog):
    """Shows the camera; Space/Enter or the big button takes a photo, `shots` times (at least
    one) before the dialog closes by itself; Esc closes it at any time."""

    captured = Signal(object)
    """A still (numpy BGR) that was taken."""

    def __init__(
        self, title: str, scans: ScanBridge, parent: QWidget | None = None, shots: int = 1
    ) -> None:
        super().__init__(parent)
        self._shots = max(1, shots)
        self._taken = 0
        self.setWindowTitle(title)
        self.setMinimumSize(900, 620)
        self._scans = scans
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("title")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.view = CameraView(self)
        layout.addWidget(self.view, 1)
        self.message = QLabel(self._aim_text())
        self.message.setObjectName("hint")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.shoot = QPushButton(self.tr("Take photo"))
        self.shoot.setProperty("role", "primary")
        self.shoot.clicked.connect(self.take)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.shoot)
        layout.addLayout(buttons)
        scans.frame.connect(self._frame)
        scans.still.connect(self._still)
        scans.still_failed.connect(self._failed)
        self._waiting = False
        self.shoot.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._scans.set_preview_size(self.view.size())

    def done(self, result: int) -> None:
        for signal, slot in (
            (self._scans.frame, self._frame),
            (self._scans.still, self._still),
            (self._scans.still_failed, self._failed),
        ):
            signal.disconnect(slot)
        super().done(result)

    def _aim_text(self) -> str:
        if self._shots == 1:
            return self.tr("Frame the item, then press Space or “Take photo”.")
        return self.tr(
            "Photo {n} of {total}: frame the item, then press Space or “Take photo”."
        ).format(n=self._taken + 1, total=self._shots)

    def ready(self) -> bool:
        """The camera shows a picture and no shot is under way: Space takes one now."""
        return self.view.has_picture() and not self._waiting

    def take(self) -> None:
        if self._waiting:
            return
        self._waiting = True
        self.shoot.setEnabled(False)
        self.message.setText(self.tr("Taking the photo…"))
        self._scans.request_still()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.take()
            return
        super().keyPressEvent(event)

    def _frame(self, image: QImage, size: QSize, outlines: list) -> None:
        self.view.show_frame(image, size)

    def _still(self, frame: object) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self._taken += 1
        self.captured.emit(frame)
        if self._taken >= self._shots:
            self.accept()
            return
        self.shoot.setEnabled(True)
        self.message.setText(self._aim_text())

    def _failed(self, message: str) -> None:
        self._waiting = False
        self.shoot.setEnabled(True)
        self.message.setText(self.tr("No photo: {why}").format(why=message))
