"""The live camera preview: the newest frame, with the codes just read outlined in green.

Frames arrive already converted and scaled to this widget's size by the scan bridge (off
the GUI thread), so painting is a plain blit; the outline fades after `OUTLINE_MS` so the
inspector sees which label was taken without a stale box lingering over the next parcel.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

OUTLINE_MS = 500
Outline = Sequence[tuple[float, float]]


class CameraView(QWidget):
    """Paints the last frame given to `show_frame`, letterboxed, with outlines on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._source_size = QSize()
        self._outlines: list[Outline] = []
        self._outlined_at = 0.0
        self._placeholder = self.tr("No camera picture yet")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_frame(self, image: QImage, source_size: QSize) -> None:
        """Show `image` (already scaled for display); `source_size` is the camera frame's size,
        the coordinate space of outlines."""
        self._image = image
        self._source_size = source_size
        self.update()

    def show_outlines(self, outlines: list[Outline]) -> None:
        """Outline codes (corner points in camera-frame pixels) for the next OUTLINE_MS."""
        self._outlines = list(outlines)
        self._outlined_at = time.monotonic()
        self.update()

    def show_placeholder(self, text: str) -> None:
        """Drop the picture and show `text` (camera missing, starting, failed)."""
        self._image = QImage()
        self._placeholder = text
        self.update()

    def has_picture(self) -> bool:
        """True once a frame is on screen (used by tests and the screenshot script)."""
        return not self._image.isNull()

    def _target(self) -> QRectF:
        """Where the picture goes: centred, aspect kept."""
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) / 2
        top = (self.height() - size.height()) / 2
        return QRectF(left, top, size.width(), size.height())

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#1b1e23"))
        if self._image.isNull():
            painter.setPen(QColor("#d7dbe2"))
            font = painter.font()
            font.setPointSize(15)
            painter.setFont(font)
            painter.drawText(
                self.rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._placeholder,
            )
            return
        target = self._target()
        painter.drawImage(target, self._image)
        if self._outlines and (time.monotonic() - self._outlined_at) * 1000 < OUTLINE_MS:
            self._paint_outlines(painter, target)

    def _paint_outlines(self, painter: QPainter, target: QRectF) -> None:
        if self._source_size.isEmpty():
            return
        sx = target.width() / self._source_size.width()
        sy = target.height() / self._source_size.height()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#2ee66b"), 4))
        for outline in self._outlines:
            polygon = QPolygonF(
                [QPointF(target.left() + x * sx, target.top() + y * sy) for x, y in outline]
            )
            painter.drawPolygon(polygon)
