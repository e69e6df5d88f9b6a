"""Taking inspection photos: a live preview to aim, then one press per photo, or, when the
camera cannot (unplugged, broken, refusing stills), a picture imported from a file.

An item that needs several photos gets them in one visit: after each shot the preview stays
open for the next until the item has what it needs (one key per photo, not two).

The preview comes from the scan bridge (the same camera, or the photo camera when one is
configured); the shot is a still at the camera's best resolution, handed back as a BGR
frame for the station to encode and store off the GUI thread. An imported file is handed
back as its path: reading and re-encoding it is the worker's job too.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui.camera_view import CameraView
from inspector_app.gui.scan_bridge import ScanBridge

IMPORTABLE = ("*.jpg", "*.jpeg", "*.png", "*.webp", "*.heic", "*.bmp", "*.tif", "*.tiff")
"""What the chooser lists: the picture files a phone or a camera leaves (scanning.photo
reads what Pillow reads, and refuses the rest with a reason)."""


class PhotoCaptureDialog(QDialog):
    """Shows the camera; Space/Enter or the big button takes a photo, `shots` times (at least
    one) before the dialog closes by itself; Ctrl+O (Alt+I) imports a picture file instead;
    Esc closes it at any time."""

    captured = Signal(object)
    """A still (numpy BGR) that was taken."""
    imported = Signal(str)
    """The path of the image file chosen instead of a photo from the camera."""
    choosing = Signal(object)
    """The file chooser is open (for tests and screenshots)."""

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
        self.import_button = QPushButton(self.tr("&Import from file… (Ctrl+O)"))
        self.import_button.setToolTip(
            self.tr("When the camera cannot take it: a picture saved on this computer")
        )
        self.import_button.clicked.connect(self.choose_file)
        self.shoot = QPushButton(self.tr("Take photo"))
        self.shoot.setProperty("role", "primary")
        self.shoot.clicked.connect(self.take)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.shoot)
        layout.addLayout(buttons)
        self.chooser: QFileDialog | None = None
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

    def choose_file(self) -> None:
        """The file chooser for a picture (one at a time); choosing one ends the dialog."""
        if self.chooser is not None:
            self.chooser.raise_()
            return
        chooser = QFileDialog(self, self.tr("Import a photo"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog)  # the same keys everywhere
        chooser.setNameFilter(
            self.tr("Pictures ({patterns})").format(patterns=" ".join(IMPORTABLE))
        )
        chooser.fileSelected.connect(self._chosen)
        chooser.finished.connect(lambda _result: self._chooser_closed(chooser))
        self.chooser = chooser
        chooser.open()
        self.choosing.emit(chooser)

    def _chooser_closed(self, chooser: QFileDialog) -> None:
        if self.chooser is chooser:
            self.chooser = None  # a child: deleted with this dialog

    def _chosen(self, path: str) -> None:
        """A file was chosen: hand it on as one of the photos; once the last, close when the
        chooser has finished closing (closing this dialog, its parent, from inside the
        chooser's own signal would delete it under its feet)."""
        if not path or self._waiting:
            return
        self.imported.emit(path)
        self._taken += 1
        if self._taken >= self._shots:
            QTimer.singleShot(0, self.accept)
        else:
            self.message.setText(self._aim_text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Open):
            self.choose_file()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.import_button.hasFocus():
            self.choose_file()
            return
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
        """The camera gave no picture: say why, and offer the file instead (focused, so
        Enter imports)."""
        self._waiting = False
        self.shoot.setEnabled(True)
        self.message.setText(
            self.tr("No photo: {why} Try again, or import a picture from a file (Ctrl+O).").format(
                why=message
            )
        )
        self.import_button.setFocus()
