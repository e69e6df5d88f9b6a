"""The possible-swap banner: a device code that is not the order's, across the whole page.

A scanned IMEI or serial that differs from the order is the bench's main fraud signal; a
small red line beside the field was easy to miss at arm's length. This banner spans the
checklist and verdict pages while the mismatch stands, shows both codes one above the other
(so a single wrong digit is visible), and offers the way to quarantine: the evidence photos
the checklist then asks for, after which the verdict proposes refusal and quarantine.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector_app.gui.checklist_state import CodeMismatch
from inspector_app.gui.theme import set_tone


class FraudBanner(QWidget):
    """Hidden until `show_mismatches` gets at least one mismatch."""

    evidence_requested = Signal(str)
    """The inspector follows the path to quarantine (the mismatching item's id)."""

    def __init__(self, with_button: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fraudBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-size: 16pt; font-weight: 700;")
        set_tone(self.text, "bad")
        column.addWidget(self.text)
        layout.addLayout(column, 1)
        self.button: QPushButton | None = None
        if with_button:
            self.button = QPushButton(self.tr("Photograph the evidence (E)"))
            self.button.setProperty("role", "danger")
            self.button.setMinimumHeight(56)
            self.button.clicked.connect(self._follow)
            layout.addWidget(self.button)
        self._item = ""
        self.hide()

    def show_mismatches(self, mismatches: tuple[CodeMismatch, ...]) -> None:
        if not mismatches:
            self._item = ""
            self.hide()
            return
        first = mismatches[0]
        self._item = first.item_id
        lines = [
            self.tr("⚠ {field} does not match the order: possible swap. Do not grade it.").format(
                field=self._field_name(first.field)
            ),
            self.tr("Order:   {code}").format(code=first.expected),
            self.tr("Scanned: {code}").format(code=first.scanned),
            self.tr("Set the device aside: photograph the evidence, then refuse and quarantine."),
        ]
        self.text.setText("\n".join(lines))
        self.show()

    def _field_name(self, field: str) -> str:
        names = {
            "imei": self.tr("The IMEI"),
            "serial": self.tr("The serial number"),
            "sku": self.tr("The SKU"),
            "order_id": self.tr("The order number"),
            "rma": self.tr("The RMA"),
        }
        return names.get(field, field)

    def mismatching_item(self) -> str:
        """The item whose code differs, or "" when the banner is hidden."""
        return self._item

    def _follow(self) -> None:
        if self._item:
            self.evidence_requested.emit(self._item)
