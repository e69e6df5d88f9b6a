"""Look at an item's photos full size; retake or delete the one shown, or mark the defect on
it (M: gui/annotate.py, saved as a new photo beside it).

The viewer gets the images already decoded (loaded off the GUI thread by the caller) and
reports the inspector's decision through signals; deleting happens in the station. A photo
whose bytes decode to no picture (None) is shown as a sentence saying so, with Delete and
Retake to replace it; it cannot be marked (there is nothing to draw on).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QWidget

from inspector_app.gui.generated.ui_photo_viewer import Ui_PhotoViewer


class PhotoViewer(QDialog):
    """Browses (sha256, image) pairs of one item."""

    delete_requested = Signal(str)
    retake_requested = Signal(str)
    mark_requested = Signal(str, QImage)
    """(sha256, its decoded image): draw on this photo."""

    def __init__(
        self,
        title: str,
        photos: list[tuple[str, QImage | None]],
        index: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PhotoViewer()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.image.setWordWrap(True)  # the sentence that stands for a photo it cannot show
        self._photos = photos
        self._index = max(0, min(index, len(photos) - 1))
        self.ui.previousButton.clicked.connect(lambda: self._step(-1))
        self.ui.nextButton.clicked.connect(lambda: self._step(1))
        self.ui.deleteButton.clicked.connect(self._delete)
        self.ui.retakeButton.clicked.connect(self._retake)
        self.ui.markButton.clicked.connect(self._mark)
        self._show()

    def current_sha(self) -> str:
        return self._photos[self._index][0]

    def _step(self, step: int) -> None:
        self._index = (self._index + step) % len(self._photos)
        self._show()

    def _show(self) -> None:
        _, image = self._photos[self._index]
        n, total = self._index + 1, len(self._photos)
        self.ui.markButton.setEnabled(image is not None)
        if image is None:
            self.ui.image.setText(
                self.tr(
                    "This photo cannot be shown: its file holds no picture. Delete it, or "
                    "retake it."
                )
            )
            self.ui.caption.setText(self.tr("Photo {n} of {total}").format(n=n, total=total))
        else:
            pixmap = QPixmap.fromImage(image).scaled(
                self.ui.image.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.ui.image.setPixmap(pixmap)
            self.ui.caption.setText(
                self.tr("Photo {n} of {total} · {w}×{h}").format(
                    n=n, total=total, w=image.width(), h=image.height()
                )
            )
        many = len(self._photos) > 1
        self.ui.previousButton.setEnabled(many)
        self.ui.nextButton.setEnabled(many)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step(-1 if key == Qt.Key.Key_Left else 1)
        elif key == Qt.Key.Key_Delete:
            self._delete()
        elif key == Qt.Key.Key_M:
            self._mark()
        else:
            super().keyPressEvent(event)

    def _delete(self) -> None:
        self.delete_requested.emit(self.current_sha())
        self.accept()

    def _retake(self) -> None:
        self.retake_requested.emit(self.current_sha())
        self.accept()

    def _mark(self) -> None:
        sha, image = self._photos[self._index]
        if image is None:
            return
        self.mark_requested.emit(sha, image)
        self.accept()
