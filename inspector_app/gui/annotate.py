"""Marking the defect on a photo: arrow, circle, rectangle, a short text; undo; saved as a new
photo beside the untouched original.

Marks live in the photo's own pixels, so the canvas on screen and the saved picture draw them
with the same function (`paint_marks`), each at its own scale. Saving hands the marks to the
station's worker: drawing them on the full-size image and encoding the JPEG (`render`) takes
tens of milliseconds on a 2048-pixel photo, which the GUI thread must not spend. The saved
JPEG names its original in a comment (`derived-from: <sha256>`): the link travels inside the
file, so neither the wire contract nor either database changes (docs/decisions.md).

Every tool has a key as well as the mouse: A, C, R and T put a mark of that kind at the cross
(the middle of the photo at first), the arrow keys move the newest mark and the cross with it,
Shift+arrows stretch it; a drag on the photo draws one of the chosen kind, a click with Text
puts the text there. Ctrl+Z takes the newest mark back, Ctrl+S saves, Esc leaves unsaved.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageWriter,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MARK_COLOUR = QColor(255, 40, 40)
"""Red shows on the greys and blacks of devices, and on most housings."""
TEXT_MAX = 40
"""A short label ("scratch", "dent 2 mm"), not a report: that is the checklist's job."""
DERIVED_FROM = "derived-from"
"""The JPEG comment's key naming the original photo's SHA-256."""


class Tool(Enum):
    ARROW = "arrow"
    CIRCLE = "circle"
    RECTANGLE = "rectangle"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Mark:
    """One mark in image pixels: a shape from `start` to `end` (an arrow points at `end`),
    or `text` written at `start`."""

    tool: Tool
    start: QPointF
    end: QPointF
    text: str = ""

    def moved(self, dx: float, dy: float) -> Mark:
        step = QPointF(dx, dy)
        return replace(self, start=self.start + step, end=self.end + step)

    def stretched(self, dx: float, dy: float) -> Mark:
        return replace(self, end=self.end + QPointF(dx, dy))


def _stroke(width: int, height: int) -> float:
    """The line width for an image of this size: the same share of it on screen and saved."""
    return max(3.0, max(width, height) / 250)


def paint_marks(painter: QPainter, marks: list[Mark], width: int, height: int) -> None:
    """Draw `marks` with `painter` set to the image's coordinates (width x height pixels)."""
    stroke = _stroke(width, height)
    pen = QPen(MARK_COLOUR, stroke)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPixelSize(round(stroke * 7))
    font.setBold(True)
    painter.setFont(font)
    for mark in marks:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(mark.start, mark.end).normalized()
        if mark.tool is Tool.CIRCLE:
            painter.drawEllipse(box)
        elif mark.tool is Tool.RECTANGLE:
            painter.drawRect(box)
        elif mark.tool is Tool.ARROW:
            painter.drawLine(mark.start, mark.end)
            angle = math.atan2(mark.start.y() - mark.end.y(), mark.start.x() - mark.end.x())
            for side in (-0.45, 0.45):
                tip = QPointF(math.cos(angle + side), math.sin(angle + side)) * stroke * 6
                painter.drawLine(mark.end, mark.end + tip)
        else:
            area = painter.fontMetrics().boundingRect(mark.text).toRectF()
            area.moveTopLeft(mark.start)
            area.adjust(-stroke, -stroke, stroke, stroke)
            painter.fillRect(area, QColor(0, 0, 0, 170))
            painter.setPen(QColor(255, 255, 255))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, mark.text)


def render(image: QImage, marks: list[Mark], original: str, quality: int) -> bytes:
    """The photo with its marks as JPEG bytes, naming `original` (SHA-256) in its comment.
    Runs on the worker (QImage and QPainter need no GUI thread)."""
    marked = image.convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(marked)
    paint_marks(painter, marks, marked.width(), marked.height())
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setQuality(quality)
    writer.setText(DERIVED_FROM, original)
    if not writer.write(marked):
        raise ValueError(writer.errorString())
    buffer.close()
    return bytes(data.data())


class MarkCanvas(QWidget):
    """The photo scaled to fit, its marks, the cross where a key puts the next mark, and the
    mark being dragged out. Says what the mouse drew through `drawn`."""

    drawn = Signal(object)
    """A Mark the mouse made (a TEXT mark's text is still empty: the dialog asks for it)."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.marks: list[Mark] = []
        self.tool = Tool.CIRCLE
        self.cross = QPointF(image.width() / 2, image.height() / 2)
        self._dragging: Mark | None = None
        self.setMinimumSize(640, 420)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _to_screen(self) -> QTransform:
        """Image pixels -> widget pixels (scaled to fit, centred)."""
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        dx = (self.width() - self.image.width() * scale) / 2
        dy = (self.height() - self.image.height() * scale) / 2
        return QTransform(scale, 0, 0, scale, dx, dy)

    def _to_image(self, event: QMouseEvent) -> QPointF:
        inverse, _ = self._to_screen().inverted()
        point = inverse.map(event.position())
        return QPointF(
            min(max(point.x(), 0.0), float(self.image.width())),
            min(max(point.y(), 0.0), float(self.image.height())),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(30, 30, 30))
        painter.setTransform(self._to_screen())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(0, 0, self.image)
        shown = self.marks + ([self._dragging] if self._dragging is not None else [])
        paint_marks(painter, shown, self.image.width(), self.image.height())
        arm = _stroke(self.image.width(), self.image.height()) * 4
        painter.setPen(QPen(QColor(255, 220, 0), arm / 6))
        painter.drawLine(self.cross - QPointF(arm, 0), self.cross + QPointF(arm, 0))
        painter.drawLine(self.cross - QPointF(0, arm), self.cross + QPointF(0, arm))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self._to_image(event)
        self.cross = point
        self._dragging = Mark(self.tool, point, point)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is not None:
            self._dragging = replace(self._dragging, end=self._to_image(event))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        mark, self._dragging = self._dragging, None
        if mark is None:
            return
        mark = replace(mark, end=self._to_image(event))
        self.update()
        if mark.tool is Tool.TEXT or mark.start != mark.end:  # a click draws no shape
            self.drawn.emit(mark)


class MarkDialog(QDialog):
    """Draw marks on one photo; `saved(marks)` when the inspector saves at least one."""

    saved = Signal(list)

    def __init__(self, title: str, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(900, 640)
        layout = QVBoxLayout(self)
        self.canvas = MarkCanvas(image, self)
        self.canvas.drawn.connect(self._drawn)
        layout.addWidget(self.canvas, 1)
        self.hint = QLabel(
            self.tr(
                "Drag on the photo to draw the chosen mark, or press A, C, R or T to put one "
                "at the yellow cross; the arrow keys move it, Shift+arrow keys stretch it."
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.text = QLineEdit(self)
        self.text.setMaxLength(TEXT_MAX)
        self.text.setPlaceholderText(self.tr("Short text, then Enter (Esc: no text)"))
        self.text.returnPressed.connect(self._place_text)
        self.text.hide()
        layout.addWidget(self.text)
        self._text_at: QPointF | None = None
        tools = QHBoxLayout()
        self.tool_buttons: dict[Tool, QPushButton] = {}
        for tool, label in (
            (Tool.ARROW, self.tr("Arrow (A)")),
            (Tool.CIRCLE, self.tr("Circle (C)")),
            (Tool.RECTANGLE, self.tr("Rectangle (R)")),
            (Tool.TEXT, self.tr("Text (T)")),
        ):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, t=tool: self.choose(t))
            tools.addWidget(button)
            self.tool_buttons[tool] = button
        tools.addStretch(1)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo)
        tools.addWidget(self.undo_button)
        layout.addLayout(tools)
        actions = QHBoxLayout()
        cancel = QPushButton(self.tr("Cancel (Esc)"))
        cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save as a new photo (Ctrl+S)"))
        self.save_button.setToolTip(self.tr("The original photo is kept as it is"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self.save)
        actions.addWidget(cancel)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)
        self.choose(Tool.CIRCLE)
        self._refresh()

    @property
    def marks(self) -> list[Mark]:
        return list(self.canvas.marks)

    def choose(self, tool: Tool) -> None:
        """The kind of mark the mouse draws next."""
        self.canvas.tool = tool
        for each, button in self.tool_buttons.items():
            button.setChecked(each is tool)

    def place(self, tool: Tool) -> None:
        """A, C, R, T: a mark of `tool` at the cross, sized to a tenth of the photo."""
        self.choose(tool)
        if tool is Tool.TEXT:
            self._ask_text(self.canvas.cross)
            return
        image = self.canvas.image
        half = max(image.width(), image.height()) / 20
        cross = self.canvas.cross
        if tool is Tool.ARROW:  # pointing up and right at the cross, from below left
            start, end = cross + QPointF(-2 * half, 2 * half), cross
        else:
            start, end = cross - QPointF(half, half), cross + QPointF(half, half)
        self._add(Mark(tool, start, end))

    def _drawn(self, mark: Mark) -> None:
        if mark.tool is Tool.TEXT:
            self._ask_text(mark.start)
        else:
            self._add(mark)

    def _ask_text(self, where: QPointF) -> None:
        self._text_at = where
        self.text.clear()
        self.text.show()
        self.text.setFocus()

    def _place_text(self) -> None:
        words = self.text.text().strip()
        self._close_text()
        if words and self._text_at is not None:
            self._add(Mark(Tool.TEXT, self._text_at, self._text_at, words))

    def _close_text(self) -> None:
        self.text.hide()
        self.setFocus()

    def _add(self, mark: Mark) -> None:
        self.canvas.marks.append(mark)
        self._refresh()

    def _change_last(self, mark: Mark) -> None:
        self.canvas.marks[-1] = mark
        self.canvas.cross = mark.end if mark.tool is not Tool.TEXT else mark.start
        self._refresh()

    def undo(self) -> None:
        """Ctrl+Z: the newest mark goes."""
        if self.canvas.marks:
            self.canvas.marks.pop()
            self._refresh()

    def save(self) -> None:
        """Ctrl+S: hand the marks on (nothing to save without one)."""
        if self.canvas.marks:
            self.saved.emit(self.marks)
            self.accept()

    def _refresh(self) -> None:
        self.undo_button.setEnabled(bool(self.canvas.marks))
        self.save_button.setEnabled(bool(self.canvas.marks))
        self.canvas.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        places = {
            Qt.Key.Key_A: Tool.ARROW,
            Qt.Key.Key_C: Tool.CIRCLE,
            Qt.Key.Key_R: Tool.RECTANGLE,
            Qt.Key.Key_T: Tool.TEXT,
        }
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if self.text.isVisible():
            if key == Qt.Key.Key_Escape:
                self._close_text()
            else:
                super().keyPressEvent(event)
        elif control and key == Qt.Key.Key_Z:
            self.undo()
        elif control and key == Qt.Key.Key_S:
            self.save()
        elif key in places and not control:
            self.place(places[Qt.Key(key)])
        elif key in steps and self.canvas.marks:
            image = self.canvas.image
            size = max(image.width(), image.height()) / 100
            dx, dy = (size * s for s in steps[Qt.Key(key)])
            last = self.canvas.marks[-1]
            stretch = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            self._change_last(last.stretched(dx, dy) if stretch else last.moved(dx, dy))
        else:
            super().keyPressEvent(event)
