"""The intake label as it will print, for the verdict screen and the inspection's page.

API for the screens that embed it:

    preview = LabelPreview(parent)
    preview.show_label(content, LabelSize("62x29mm"), language="fr")   # LabelContent
    preview.print_requested.connect(...)      # the inspector pressed "Print label" (reprint)
    preview.set_status("Label sent to 10.0.0.20:9100.", ok=True)       # after printing
    preview.clear()

Rendering takes 1-2 ms for a 62x29 mm label and 15-30 ms for a 4x6 in one
(benchmarks/bench_labels.py). `show_label` draws on the GUI thread, which suits the settings
page; a busy screen renders on the station bridge instead and shows the result:

    bridge.call(preview_image, content, size, language, done=preview.show_image)

Printing may wait on a network printer and always goes through the bridge
(`print_in_background`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PIL import Image
from PySide6.QtCore import QMargins, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui.theme import set_tone
from inspector_app.labels import (
    LabelContent,
    LabelOutput,
    LabelSize,
    layout_label,
    print_intake_label,
    render_image,
)

LABEL_BACKING = "#d9dde3"
PREVIEW_DPI = 200
"""Enough to read the smallest text on screen; the printer gets its own resolution."""

BridgeCall = Callable[..., None]
"""`StationBridge.call`: call(fn, *args, done=callback, failed=callback)."""


def to_qimage(image: Image.Image) -> QImage:
    """A Pillow label image as a QImage (safe off the GUI thread; QPixmap is not)."""
    gray = image.convert("L")
    data = gray.tobytes()
    return QImage(data, gray.width, gray.height, gray.width, QImage.Format.Format_Grayscale8).copy()


def preview_image(content: LabelContent, size: LabelSize, language: str = "en") -> QImage:
    """The label drawn for the screen (any thread)."""
    return to_qimage(render_image(layout_label(content, size, PREVIEW_DPI, language)))


def print_in_background(
    call: BridgeCall,
    content: LabelContent,
    size: LabelSize,
    output: LabelOutput,
    *,
    language: str,
    done: Callable[[str], Any],
    failed: Callable[[BaseException], Any],
) -> None:
    """Print through the station bridge; `done(message)` or `failed(PrinterError)` on the GUI
    thread. A failure never touches the inspection, which is stored before any label prints."""
    call(print_intake_label, content, size, output, language, done=done, failed=failed)


class _LabelCanvas(QWidget):
    """Paints the label image as large as fits, centred, at its true proportions."""

    def __init__(self) -> None:
        super().__init__()
        self.image = QImage()
        self.setMinimumSize(240, 120)

    def paintEvent(self, event: Any) -> None:
        if self.image.isNull():
            return
        room = self.rect().marginsRemoved(QMargins(12, 12, 12, 12))
        size = self.image.size().scaled(room.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(QPoint(0, 0), size)
        target.moveCenter(room.center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.image)
        painter.end()


class LabelPreview(QWidget):
    """A label drawn at true proportions, with a Print button and a one-line print status."""

    print_requested = Signal()
    """The inspector asked to print (or reprint) the label shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = _LabelCanvas()
        frame = QFrame()
        frame.setObjectName("labelFrame")
        # A grey backing so the white label's edges show (a palette, not a per-widget
        # style sheet, which would give each preview its own style object).
        palette = frame.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(LABEL_BACKING))
        frame.setPalette(palette)
        frame.setAutoFillBackground(True)
        inner = QVBoxLayout(frame)
        inner.addWidget(self.picture)
        self.print_button = QPushButton(self.tr("Print label"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_requested)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.status, 1)
        column = QVBoxLayout(self)
        column.addWidget(frame, 1)
        column.addLayout(row)

    def show_label(self, content: LabelContent, size: LabelSize, language: str = "en") -> None:
        """Draw `content` on `size` as the printer will lay it out."""
        self.show_image(preview_image(content, size, language))

    def show_image(self, image: QImage) -> None:
        """Show an already rendered label (e.g. made on the bridge with `to_qimage`)."""
        self.picture.image = image
        self.print_button.setEnabled(not image.isNull())
        self.set_status("")
        self.picture.update()

    def clear(self) -> None:
        self.picture.image = QImage()
        self.picture.update()
        self.print_button.setEnabled(False)
        self.set_status("")

    def set_status(self, text: str, ok: bool = True) -> None:
        """One line under the label: where it was printed, or why it was not."""
        self.status.setText(text)
        set_tone(self.status, "none" if not text else "ok" if ok else "bad")
