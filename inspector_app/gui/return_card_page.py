"""The return card: what the parcel is, whether the return is eligible and why, and flags.

Only what the inspection needs of the customer's data is shown (first name or initials,
as cached); addresses and contact details never reach the bench.

An inspected return says by whom and when (or that the server holds another bench's
verdict), and its primary action is "Correct this inspection" (Alt+C, Enter): a new
inspection of an inspected return is always a correction. The card also says where the
answer came from: this bench's list of returns, or the server asked at the scan because the
list lacked the code (a late parcel).

The card stays what the inspector is looking at: when the camera sees another parcel's
label, a banner says so ("New parcel seen: Enter to switch") and the card does not change
until the inspector asks for the switch.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget

from inspector_app.domain.returns import DateSource
from inspector_app.gui import i18n, vocabulary
from inspector_app.gui.generated.ui_return_card import Ui_ReturnCard
from inspector_app.gui.theme import set_tone


def format_date(value: Any) -> str:
    """A date in the interface's one date format (`Mon 14 Dec 2026`, as the eligibility line
    above it writes the deadline), or a dash."""
    return "—" if value is None else i18n.show(value)


class ReturnCardPage(QWidget):
    """Shows one lookup result; the inspector starts the inspection or goes back."""

    start_requested = Signal()
    correct_requested = Signal()
    """Alt+C, or Enter/S on an inspected return: correct its verdict."""
    back_requested = Signal()
    switch_requested = Signal()
    """Enter while the new-parcel banner shows: open that parcel's card instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReturnCard()
        self.ui.setupUi(self)
        self.new_parcel = QLabel()
        self.new_parcel.setObjectName("newParcel")
        self.new_parcel.setWordWrap(True)
        self.new_parcel.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.new_parcel.hide()
        self.ui.outer.insertWidget(0, self.new_parcel)
        for label in self.ui.details.findChildren(QLabel):
            if label.objectName().endswith("Label"):
                label.setProperty("field", "label")
        self.ui.startButton.clicked.connect(self.start_requested)
        self.ui.correctButton.clicked.connect(self.correct_requested)
        self._inspected = False
        self.ui.backButton.clicked.connect(self.back_requested)

    def show_new_parcel(self, parcel: str) -> None:
        """The camera sees another parcel (`parcel` names it): say so; Enter switches."""
        self.new_parcel.setText(
            self.tr(
                "New parcel seen: {parcel}. Enter: switch to it. S: start inspecting this one."
            ).format(parcel=parcel)
        )
        set_tone(self.new_parcel, "info")
        self.new_parcel.show()

    def offers_new_parcel(self) -> bool:
        return not self.new_parcel.isHidden()

    def clear_new_parcel(self) -> None:
        self.new_parcel.hide()

    def show_result(
        self,
        ret: Any,
        eligibility: Any,
        flags: list[str],
        marketplace: str = "",
        *,
        from_server: bool = False,
    ) -> None:
        """Fill the card from a domain Return, its Eligibility, the flags to show and, for a
        marketplace return, where it stands there (the server's words, under the flags).
        `from_server`: the answer came from the server, not this bench's list. The verdict's
        author comes later (show_earlier), from the station."""
        self.clear_new_parcel()
        ui = self.ui
        ui.sourceValue.setText(
            self.tr("the server (this bench's list did not have it)")
            if from_server
            else self.tr("this bench's list of returns")
        )
        self._inspected = "already_inspected" in flags
        ui.inspectedLabel.setVisible(self._inspected)
        ui.inspectedValue.setVisible(self._inspected)
        ui.inspectedValue.setText("…")
        ui.correctButton.setVisible(self._inspected)
        ui.startButton.setVisible(not self._inspected)
        product = ret.product
        ui.title.setText(f"{product.model} · {vocabulary.name(product.category)}")
        ui.rmaValue.setText(ret.rma)
        ui.orderValue.setText(ret.order_id)
        ui.productValue.setText(" · ".join(p for p in (product.model, product.sku) if p))
        codes = [c for c in (product.imei, product.serial) if c]
        ui.imeiValue.setText(" / ".join(codes) or self.tr("not on the order"))
        reason = vocabulary.name(ret.reason)
        if ret.reason_detail:
            reason += f" — “{ret.reason_detail}”"
        ui.reasonValue.setText(reason)
        ui.customerValue.setText(ret.customer_name or "—")
        delivered = format_date(ret.delivered_at)
        if ret.delivered_at_source != DateSource.GIVEN:
            delivered += f" ({vocabulary.name(ret.delivered_at_source)})"
        ui.deliveredValue.setText(delivered)
        ui.requestedValue.setText(format_date(ret.requested_at))
        ui.deadlineValue.setText(format_date(getattr(eligibility, "deadline", None)))
        if eligibility.eligible:
            ui.eligibility.setText(
                self.tr("Eligible: {reason}").format(reason=i18n.show(eligibility.reason))
            )
            set_tone(ui.eligibility, "ok")
        else:
            ui.eligibility.setText(
                self.tr("Not eligible: {reason}").format(reason=i18n.show(eligibility.reason))
            )
            set_tone(ui.eligibility, "bad")
        lines = ["⚠ " + " · ".join(vocabulary.name(f) for f in flags)] if flags else []
        if marketplace:
            lines.append(self.tr("Back Market: {status}").format(status=marketplace))
        ui.flags.setText("\n".join(lines))
        set_tone(ui.flags, "warn" if lines else "none")
        ui.flags.setVisible(bool(lines))
        ui.startButton.setText(
            self.tr("Start inspection") if eligibility.eligible else self.tr("Inspect anyway")
        )
        (ui.correctButton if self._inspected else ui.startButton).setFocus()

    def show_earlier(self, earlier: Any) -> None:
        """Who made the verdict the shown return has, and when (a station EarlierVerdict;
        None: the station knows of none), and whether correcting it needs a lead."""
        if earlier is None:
            self.ui.inspectedValue.setText("—")
            return
        if earlier.inspection is None:
            text = self.tr("at another bench: the server holds the verdict")
        else:
            who = (
                f"{earlier.inspector_name} ({earlier.inspector})"
                if earlier.inspector_name
                else earlier.inspector
            )
            text = self.tr("by {who} on {when}").format(
                who=who, when=i18n.show(earlier.finalized_at) if earlier.finalized_at else "—"
            )
            if earlier.started_by:
                starter = earlier.started_by_name or earlier.started_by
                text += " " + self.tr("(started by {who})").format(who=starter)
        if earlier.needs_lead:
            text += " — " + self.tr("correcting it needs a shift lead")
        self.ui.inspectedValue.setText(text)

    def shows_inspected(self) -> bool:
        return self._inspected

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter starts the inspection, or the correction of an inspected return (or, with
        the new-parcel banner up, switches to that parcel's card); S does the same without
        the switch; Escape or Backspace goes back to scanning."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.offers_new_parcel():
            self.switch_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_S):
            (self.correct_requested if self._inspected else self.start_requested).emit()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace):
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)
