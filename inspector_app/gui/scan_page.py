"""The scan screen: live preview, a big manual-entry field, and the last scans with results."""

from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidgetItem, QWidget

from inspector_app.gui.generated.ui_scan_page import Ui_ScanPage
from inspector_app.gui.theme import set_tone

RECENT_LIMIT = 8
TYPING_PAUSE_S = 5.0
"""How long after the last key a half-typed code still holds off the camera."""
_MARKS = {"found": ("✔", "#0b5222"), "not_found": ("✖", "#8a1610"), "error": ("!", "#6b4a00")}


class ScanPage(QWidget):
    """Shows where scanning stands; typed codes leave through `code_entered`."""

    code_entered = Signal(str)
    resume_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ScanPage()
        self.ui.setupUi(self)
        self.ui.code.returnPressed.connect(self._submit)
        self._last_key = float("-inf")
        self.ui.code.textEdited.connect(self._edited)
        self.ui.lookupButton.clicked.connect(self._submit)
        self.ui.resumeButton.clicked.connect(self.resume_requested)
        self.ui.resumeButton.hide()
        set_tone(self.ui.message, "none")

    @property
    def preview(self):
        return self.ui.preview

    def ready(self) -> None:
        """Back on this screen for the next parcel: empty field with the focus."""
        self.ui.code.clear()
        self.ui.code.setFocus()

    def typing(self) -> bool:
        """Whether a code is being typed into the field (text in it, a key pressed in the last
        few seconds): the inspector's choice, which a label the camera sees must not replace."""
        recent = time.monotonic() - self._last_key < TYPING_PAUSE_S
        return recent and bool(self.ui.code.text().strip())

    def _edited(self, _text: str) -> None:
        self._last_key = time.monotonic()

    def show_message(self, text: str, tone: str = "info") -> None:
        self.ui.message.setText(text)
        set_tone(self.ui.message, tone if text else "none")

    def set_camera_status(self, text: str) -> None:
        self.ui.cameraStatus.setText(text)

    def set_resume(self, label: str) -> None:
        """Offer to resume an unfinished inspection (empty label hides the button)."""
        self.ui.resumeButton.setVisible(bool(label))
        self.ui.resumeButton.setText(label)

    def add_recent(self, code: str, result: str, kind: str) -> None:
        """Put a scan on top of the list: code, what it was, and a found/not-found mark."""
        mark, colour = _MARKS.get(kind, ("•", "#14171c"))
        item = QListWidgetItem(f"{mark}  {time.strftime('%H:%M')}  {code}  —  {result}")
        item.setForeground(QColor(colour))
        self.ui.recent.insertItem(0, item)
        while self.ui.recent.count() > RECENT_LIMIT:
            self.ui.recent.takeItem(self.ui.recent.count() - 1)

    def _submit(self) -> None:
        code = self.ui.code.text().strip()
        if code:
            self.code_entered.emit(code)
