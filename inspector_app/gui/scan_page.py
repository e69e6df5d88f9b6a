"""The scan screen: live preview, a big manual-entry field, and the last scans with results.

It has two modes. Normally a scan opens the parcel's card. In the receiving mode (F7 or the
Receiving button; Esc, F7 or the button again to stop) a scan only records that the parcel
arrived and goes on the shelf: the page says so with a coloured banner, its title and its
button, so nobody inspects or receives by mistake.
"""

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
    receiving_toggled = Signal(bool)
    """The inspector turned the receiving mode on or off with the button."""

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
        self.ui.receivingButton.toggled.connect(self._receiving_button)
        set_tone(self.ui.message, "none")
        self.set_receiving(False)

    @property
    def receiving(self) -> bool:
        """Whether a scan here receives the parcel (True) or opens its card (False)."""
        return self.ui.receivingButton.isChecked()

    def set_receiving(self, on: bool) -> None:
        """Show the mode: banner, title, hint and the entry button's word all change."""
        ui = self.ui
        ui.receivingButton.blockSignals(True)
        ui.receivingButton.setChecked(on)
        ui.receivingButton.blockSignals(False)
        ui.receivingBanner.setVisible(on)
        set_tone(ui.receivingBanner, "warn" if on else "none")
        if on:
            texts = (
                self.tr("Stop receiving (Esc)"),
                self.tr("Receive parcels"),
                self.tr(
                    "Each parcel scanned is recorded as received and goes on the shelf, "
                    "waiting for its inspection. No checklist opens."
                ),
                self.tr("Receive"),
            )
        else:
            texts = (
                self.tr("Receiving (F7)"),
                self.tr("Scan a parcel"),
                self.tr(
                    "Show the label to the camera, use the handheld scanner, or type any code "
                    "from the parcel: tracking number, RMA, order number, IMEI or serial."
                ),
                self.tr("Look up"),
            )
        for widget, text in zip(
            (ui.receivingButton, ui.title, ui.hint, ui.lookupButton), texts, strict=True
        ):
            widget.setText(text)
        self.show_message("")

    def _receiving_button(self, on: bool) -> None:
        self.set_receiving(on)
        self.receiving_toggled.emit(on)
        self.ui.code.setFocus()

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
