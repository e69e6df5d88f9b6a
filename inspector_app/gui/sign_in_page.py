"""Sign-in: scan a badge (camera or handheld scanner), or choose a name and type the PIN.

The page only collects what the inspector gave; checking a badge or PIN against the
station's inspector list happens in the station, off the GUI thread (PIN hashes are
deliberately slow to compute).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from inspector_app.gui.generated.ui_sign_in import Ui_SignInPage
from inspector_app.gui.theme import set_tone


class SignInPage(QWidget):
    """Collects a badge scan or a (badge, PIN) pair."""

    pin_submitted = Signal(str, str)
    """(badge, pin) typed by the inspector."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInPage()
        self.ui.setupUi(self)
        self.ui.signInButton.clicked.connect(self._submit)
        self.ui.pin.returnPressed.connect(self._submit)
        # A wrapped label in a width-capped card under-reports its height; reserve 3 lines.
        hint = self.ui.hint
        hint.setMinimumHeight(hint.fontMetrics().lineSpacing() * 3 + 6)
        self._nobody = self.tr("No inspectors are known at this bench yet. Check the server "
                               "connection in Settings, then try again.")

    def set_people(self, people: Sequence[tuple[str, str]]) -> None:
        """(badge, display name) of everyone who may sign in at this bench."""
        current = self.ui.inspector.currentData()
        self.ui.inspector.clear()
        for badge, name in people:
            self.ui.inspector.addItem(name, badge)
        index = self.ui.inspector.findData(current)
        if index >= 0:
            self.ui.inspector.setCurrentIndex(index)
        self.ui.signInButton.setEnabled(bool(people))
        if people and self.ui.error.text() == self._nobody:
            self.show_error("")
        if not people:
            self.show_error(self._nobody)

    def show_error(self, text: str) -> None:
        self.ui.error.setText(text)
        set_tone(self.ui.error, "bad" if text else "none")

    def reset(self) -> None:
        """Clear the PIN and any message; focus the PIN field, ready for the next person."""
        self.ui.pin.clear()
        self.show_error("")
        self.ui.pin.setFocus()

    def _submit(self) -> None:
        badge = self.ui.inspector.currentData()
        if not badge:
            return
        if not self.ui.pin.text():
            self.show_error(self.tr("Type your PIN, or scan your badge."))
            return
        self.pin_submitted.emit(badge, self.ui.pin.text())
