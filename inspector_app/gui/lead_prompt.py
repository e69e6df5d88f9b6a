"""A shift lead authorises a correction at the bench: their name (or badge scan) and PIN.

The inspector stays signed in; the lead's PIN opens a lead session on the server only for
the authorisation (Station.authorise_correction), which closes at once. The dialog only
collects; a refusal (wrong PIN, server out of reach) comes back through `show_problem`
and the lead tries again or cancels.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui.theme import set_tone


class LeadPrompt(QDialog):
    """Asks for a lead's badge and PIN; emits `submitted(badge, pin)`."""

    submitted = Signal(str, str)

    def __init__(
        self, leads: Sequence[tuple[str, str]], rma: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LeadPrompt")
        self.setWindowTitle(self.tr("A shift lead authorises this correction"))
        self.setMinimumWidth(680)
        outer = QVBoxLayout(self)
        why = QLabel(
            self.tr(
                "The verdict on {rma} was made at another bench, more than a day ago, or the "
                "server refused this bench's, so correcting it needs a shift lead. The lead "
                "chooses their name (or scans their badge) and types their PIN; you stay "
                "signed in."
            ).format(rma=rma)
        )
        why.setWordWrap(True)
        outer.addWidget(why)
        form = QFormLayout()
        self.lead = QComboBox()
        self.lead.setObjectName("lead")
        for badge, name in leads:
            self.lead.addItem(name, badge)
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        lead_label = QLabel(self.tr("&Lead"))
        lead_label.setBuddy(self.lead)
        pin_label = QLabel(self.tr("&PIN"))
        pin_label.setBuddy(self.pin)
        form.addRow(lead_label, self.lead)
        form.addRow(pin_label, self.pin)
        outer.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        outer.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.authorise = QPushButton(self.tr("&Authorise"))
        self.authorise.setObjectName("authorise")
        self.authorise.setDefault(True)
        buttons.addButton(self.authorise, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        outer.addWidget(buttons)
        self.authorise.clicked.connect(self._submit)
        cancel.clicked.connect(self.reject)
        if not leads:
            self.show_problem(
                self.tr(
                    "No shift lead is known at this bench yet: the list of people comes from "
                    "the server."
                )
            )
            self.authorise.setEnabled(False)
        self.pin.setFocus()

    def take_badge(self, code: str) -> None:
        """A badge scanned while the dialog is open: pick that lead, then the PIN."""
        index = self.lead.findData(code.strip())
        if index < 0:
            self.show_problem(self.tr("Badge {code} is not a shift lead's.").format(code=code))
            return
        self.lead.setCurrentIndex(index)
        self.show_problem("")
        self.pin.setFocus()

    def show_problem(self, text: str) -> None:
        """Why the authorisation was refused ("" clears it); the PIN is typed again."""
        self.problem.setText(text)
        set_tone(self.problem, "bad" if text else "none")
        self.adjustSize()  # the wrapped sentence needs its height, whatever the language
        self.authorise.setEnabled(self.lead.count() > 0)
        if text:
            self.pin.clear()
            self.pin.setFocus()

    def _submit(self) -> None:
        badge = self.lead.currentData()
        if not badge:
            return
        if not self.pin.text():
            self.show_problem(self.tr("Type the lead's PIN."))
            return
        self.problem.setText(self.tr("Asking the server…"))
        set_tone(self.problem, "info")
        self.authorise.setEnabled(False)
        self.submitted.emit(str(badge), self.pin.text())
