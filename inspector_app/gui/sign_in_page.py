"""Sign-in: scan a badge (camera or handheld scanner), or choose a name and type the PIN.

The page only collects what the inspector gave; checking a badge or PIN against the
station's inspector list happens in the station, off the GUI thread (PIN hashes are
deliberately slow to compute).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

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
        self._nobody = self.tr(
            "No inspectors are known at this bench yet. Check the server "
            "connection in Settings, then try again."
        )
        self._fetching = self.tr("Getting the list of people from the server…")

    def set_people(self, people: Sequence[tuple[str, str]], *, fetching: bool = False) -> None:
        """(badge, display name) of everyone who may sign in at this bench. `fetching`: the
        bench is asking the server for its first list right now (a new bench, `make run`):
        nobody listed is then news to wait for, not a fault to fix.

        The list is refreshed whenever the sync status changes, at moments nobody chose, so
        it only ever replaces its own notices: the answer to a badge or PIN the person just
        gave ("not known", "closed for the night") stays until they act again."""
        current = self.ui.inspector.currentData()
        self.ui.inspector.clear()
        for badge, name in people:
            self.ui.inspector.addItem(name, badge)
        index = self.ui.inspector.findData(current)
        if index >= 0:
            self.ui.inspector.setCurrentIndex(index)
        self.ui.signInButton.setEnabled(bool(people))
        if self.ui.error.text() not in ("", self._nobody, self._fetching):
            return  # an answer to the person's own scan or PIN
        if people:
            self.show_error("")
        elif fetching:
            self._say(self._fetching, "none")
        else:
            self.show_error(self._nobody)

    def show_error(self, text: str) -> None:
        self._say(text, "bad" if text else "none")

    def _say(self, text: str, tone: str) -> None:
        """The line under the PIN field, in `tone` (see theme.set_tone)."""
        self.ui.error.setText(text)
        set_tone(self.ui.error, tone)
        QTimer.singleShot(0, self, self._fit_wrapped_labels)

    def showEvent(self, event: QShowEvent) -> None:
        """On screen: the PIN field has the keyboard, so a typed PIN is never lost."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_wrapped_labels)
        QTimer.singleShot(0, self.ui.pin, self.ui.pin.setFocus)

    def _fit_wrapped_labels(self) -> None:
        """Wrapped labels in the width-capped card under-report their height (French texts
        are longer and were cut): give each the height its text needs at its width. Queued
        with the page as context, so it is dropped if the page is gone by then."""
        for label in (self.ui.title, self.ui.hint, self.ui.error):
            needed = label.heightForWidth(label.width()) if label.text() else 0
            label.setMinimumHeight(max(needed, 0))

    def ask_pin(self, badge: str) -> None:
        """A badge that needs its PIN was scanned: choose its person, wait for the PIN."""
        index = self.ui.inspector.findData(badge)
        if index >= 0:
            self.ui.inspector.setCurrentIndex(index)
        self.ui.pin.clear()
        self._say(self.tr("Badge recognised: type your PIN to sign in."), "none")
        self.ui.pin.setFocus()

    def reset(self) -> None:
        """Clear the PIN and any message; focus the PIN field, ready for the next person."""
        self.ui.pin.clear()
        self.show_error("")
        self.ui.pin.setFocus()

    def add_pin_pad(self) -> None:
        """An on-screen PIN pad under the PIN field, for a touch screen (kiosk mode)."""
        from inspector_app.gui.kiosk import PinPad

        self.pad = PinPad(self.ui.pin, self)
        self.pad.submitted.connect(self._submit)
        # Beside the card, not under it: a 768-pixel screen has no room for both in a column.
        outer = self.ui.outer
        index = outer.indexOf(self.ui.card)
        outer.removeWidget(self.ui.card)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addStretch(1)
        row.addWidget(self.ui.card)
        row.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        outer.insertLayout(index, row)
        self.ui.signInButton.hide()  # the pad's OK signs in

    def add_training_button(self) -> QPushButton:
        """Training (Alt+T) under Sign in, where the site allows it (`ui.training_allowed`)."""
        button = QPushButton(self.tr("&Training"))
        button.setObjectName("trainingButton")
        button.setToolTip(
            self.tr("Practise on demo parcels in a window of its own: nothing is sent or printed")
        )
        button.setAutoDefault(False)
        self.ui.cardLayout.addWidget(button)
        return button

    def _submit(self) -> None:
        badge = self.ui.inspector.currentData()
        if not badge:
            return
        if not self.ui.pin.text():
            self.show_error(self.tr("Type your PIN, or scan your badge."))
            return
        self.pin_submitted.emit(badge, self.ui.pin.text())
