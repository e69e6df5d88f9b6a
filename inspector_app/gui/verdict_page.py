"""The verdict screen: the rules' proposal, an override with a reason, a summary, the
customer's message, Finalize.

The proposal pre-selects outcome, grade and disposition; changing any of them asks for an
override reason (the lead reviews overrides). The refund amount appears only for a partial
refund, prefilled with what the rules' deductions add up to and the reasoning under it, so
the inspector checks a figure instead of working one out; it follows the outcome and grade
until the inspector types an amount, which is then never overwritten. A refusal asks for
the tracking number of the parcel going back (scanned or typed), which the marketplace
needs to declare the transfer. The message shows exactly what the customer will receive,
photos included, and takes one sentence of the inspector's own (kept with the inspection).
Finalize is the one primary action; it is disabled while the station saves.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

from inspector_app.domain.returns import Disposition, Grade, Outcome
from inspector_app.domain.sendback import (
    SendbackError,
    sendback_required,
    validate_sendback_tracking,
)
from inspector_app.domain.texts import Money
from inspector_app.domain.verdict import RefundProposal
from inspector_app.gui import i18n, vocabulary
from inspector_app.gui.checklist_state import ChecklistSnapshot
from inspector_app.gui.failures import shown
from inspector_app.gui.fraud_banner import FraudBanner
from inspector_app.gui.generated.ui_verdict_page import Ui_VerdictPage
from inspector_app.gui.message_preview import MessagePreview, Thumbnail
from inspector_app.gui.theme import inset_spin_box, set_tone
from inspector_app.messages import RenderedMessage

SUMMARY_HEIGHT = 150
"""The summary's share of the right column at first (pixels; the splitter scales it)."""

MessageRenderer = Callable[["VerdictForm", "str | None"], RenderedMessage]
"""(verdict as chosen, language or None for the customer's) -> the customer message."""


@dataclass(frozen=True, slots=True)
class VerdictForm:
    """What the inspector chose on the verdict screen."""

    outcome: Outcome
    grade: Grade | None
    disposition: Disposition
    refund_amount: Decimal | None
    override_reason: str
    overridden: bool
    note: str = ""
    """The inspector's own sentence for the customer."""
    sendback_tracking: str | None = None
    """A refusal's outbound tracking number, normalised (None: none applies, or it is not
    valid yet; `VerdictPage.problem` says which)."""


def _fill(combo: QComboBox, values: list[Any], empty: str | None = None) -> None:
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(vocabulary.name(value), value)


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class VerdictPage(QWidget):
    """Collects the verdict; `finalize_requested` carries a VerdictForm."""

    finalize_requested = Signal(object)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VerdictPage()
        self.ui.setupUi(self)
        inset_spin_box(self.ui.refund)
        _fill(self.ui.outcome, list(Outcome))
        _fill(self.ui.grade, list(Grade), empty=self.tr("— no grade —"))
        _fill(self.ui.disposition, list(Disposition))
        self._proposal: tuple[Any, Any, Any] = (None, None, None)
        self._ret: Any = None
        self._snapshot: ChecklistSnapshot | None = None
        self._refund_proposal: RefundProposal | None = None
        self._refund_typed = False
        self._prefilling = False
        for combo in (self.ui.outcome, self.ui.grade):
            combo.currentIndexChanged.connect(self._prefill_refund)
        for combo in (self.ui.outcome, self.ui.grade, self.ui.disposition):
            combo.currentIndexChanged.connect(self._changed)
        self.ui.overrideReason.textChanged.connect(self._changed)
        self.ui.refund.valueChanged.connect(self._refund_edited)
        self.ui.refund.valueChanged.connect(self._changed)
        self.ui.refundOrigin.setObjectName("hint")
        self.ui.sendback.textChanged.connect(self._changed)
        self.ui.finalizeButton.clicked.connect(self._finalize)
        self.ui.backButton.clicked.connect(self.back_requested)
        self._summary_head = ""
        self.message = MessagePreview(self, with_note=True)
        self.message.language_changed.connect(self._message_language)
        self.message.note_changed.connect(self._note_changed)
        # Summary above, message below, the handle between them dragged by whoever needs
        # more of one: at 1366x768 both cannot be read in full at once, and the message (what
        # the customer will read, the inspector's sentence in it) needs the more lines.
        splitter = self.ui.summarySplitter
        splitter.addWidget(self.message)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([SUMMARY_HEIGHT, 3 * SUMMARY_HEIGHT])
        self.ui.summary.setMinimumHeight(72)  # a few lines always show what is confirmed
        # The two columns share the width evenly and keep it: a splitter, unlike a box
        # layout, does not move its handle when a longer text or the photo strip appears, so
        # nothing jumps under the inspector's eyes between verdicts.
        columns = self.ui.columns
        columns.setStretchFactor(0, 1)
        columns.setStretchFactor(1, 1)
        columns.setSizes([1, 1])
        self._render_message: MessageRenderer | None = None
        self._language: str | None = None
        self._customer_message: RenderedMessage | None = None
        self._thumbnail: Thumbnail | None = None
        self.fraud = FraudBanner(with_button=False)
        self.ui.outer.insertWidget(0, self.fraud)

    def set_message_renderer(
        self, render: MessageRenderer | None, thumbnail: Thumbnail | None = None
    ) -> None:
        """How to write the customer message for a verdict (None: no templates loaded), and
        where the thumbnails of the photos it carries come from."""
        self._render_message = render
        self._thumbnail = thumbnail

    def customer_message(self) -> RenderedMessage | None:
        """The message previewed now, which travels with the inspection."""
        return self._customer_message

    def start(self, snapshot: ChecklistSnapshot, ret: Any, summary_head: str) -> None:
        """Pre-select the proposal and show the summary of what will be finalized."""
        self._language = None
        self._snapshot = snapshot
        self.fraud.show_mismatches(snapshot.mismatches)
        self.message.reset_note()
        proposal = snapshot.proposal
        self._proposal = (proposal.outcome, proposal.grade, proposal.disposition)
        self._ret = ret
        self._price = Decimal(str(getattr(ret, "price", 0) or 0))
        self._currency = getattr(ret, "currency", "EUR")
        self._refund_proposal = snapshot.refund_proposal
        self.ui.refund.setSuffix(f" {self._currency}")
        # The spin box cannot go above the price paid (the station and server refuse it too).
        self.ui.refund.setMaximum(float(self._price) if self._price else 100000.0)
        self._refund_typed = False  # after setMaximum, whose clamping is no one's typing
        self.ui.sendback.clear()
        _select(self.ui.outcome, proposal.outcome or Outcome.ACCEPT_FULL_REFUND)
        _select(self.ui.grade, proposal.grade)
        _select(self.ui.disposition, proposal.disposition or Disposition.RESTOCK)
        self.ui.overrideReason.clear()
        if proposal.fired:
            rules = "".join(
                f"<li>{html.escape(i18n.show(rule.label))}</li>" for rule in proposal.fired
            )
            self.ui.proposal.setText(
                self.tr("<b>Proposed by the checklist rules:</b>")
                + f"<ul style='margin:4px 0'>{rules}</ul>"
            )
        else:
            self.ui.proposal.setText(self.tr("No rule made a proposal: choose the verdict."))
        set_tone(self.ui.proposal, "info")
        self._summary_head = summary_head
        self._prefill_refund()
        self._changed()
        self.ui.finalizeButton.setEnabled(True)
        self.ui.finalizeButton.setFocus()

    def form(self) -> VerdictForm:
        """The current choice (also used by tests). Qt hands combo data back as plain
        strings; they become the enums again here, since the domain compares by identity.
        The outcome list is filled at construction, so there is always one."""
        outcome = Outcome(self.ui.outcome.currentData())
        chosen = (outcome, self.ui.grade.currentData(), self.ui.disposition.currentData())
        overridden = any(
            p is not None and c != p for c, p in zip(chosen, self._proposal, strict=True)
        )
        refund = (
            Decimal(f"{self.ui.refund.value():.2f}") if outcome == Outcome.PARTIAL_REFUND else None
        )
        try:
            tracking = self._sendback(outcome)
        except SendbackError:
            tracking = None
        return VerdictForm(
            outcome=outcome,
            grade=chosen[1],
            disposition=chosen[2],
            refund_amount=refund,
            override_reason=self.ui.overrideReason.toPlainText().strip(),
            overridden=overridden,
            note=self.message.note.text().strip(),
            sendback_tracking=tracking,
        )

    def _sendback(self, outcome: Outcome) -> str | None:
        """The send-back tracking as the domain normalises it; SendbackError when it is
        missing or is not an outbound tracking number (the return's own codes are refused)."""
        if self._ret is None or not sendback_required(outcome):
            return None
        return validate_sendback_tracking(self.ui.sendback.text(), outcome, self._ret)

    def problem(self, form: VerdictForm) -> str:
        """Why the form cannot be finalized yet, or ""."""
        if form.overridden and not form.override_reason:
            return self.tr("You changed the proposal: say why in “Override reason”.")
        if form.outcome == Outcome.PARTIAL_REFUND and not form.refund_amount:
            return self.tr("Enter the refund amount for a partial refund.")
        try:
            self._sendback(form.outcome)
        except SendbackError as exc:
            return i18n.error_text(exc)
        return ""

    def _field_at_fault(self, form: VerdictForm) -> QWidget:
        """Where the keyboard goes after a refused Finalize: the field that needs fixing."""
        if form.overridden and not form.override_reason:
            return self.ui.overrideReason
        if form.outcome == Outcome.PARTIAL_REFUND and not form.refund_amount:
            return self.ui.refund
        if sendback_required(form.outcome) and form.sendback_tracking is None:
            return self.ui.sendback
        return self.ui.finalizeButton

    def take_scan(self, code: str) -> bool:
        """A handheld scan while the send-back field is asked for: it is the outbound label
        (True). Otherwise the page has no use for a code (False)."""
        if not self.ui.sendback.isVisible():
            return False
        self.ui.sendback.setText(code)
        self.ui.sendback.setFocus()
        return True

    def show_error(self, text: str) -> None:
        self.ui.error.setText(text)
        set_tone(self.ui.error, "bad" if text else "none")
        self.ui.finalizeButton.setEnabled(True)

    def _changed(self) -> None:
        form = self.form()
        partial = form.outcome == Outcome.PARTIAL_REFUND
        self.ui.refund.setVisible(partial)
        self.ui.refundLabel.setVisible(partial)
        self.ui.refundOrigin.setVisible(partial)
        self.ui.refundOrigin.setText(self._refund_reasoning(form) if partial else "")
        sendback = sendback_required(form.outcome)
        self.ui.sendback.setVisible(sendback)
        self.ui.sendbackLabel.setVisible(sendback)
        self.ui.reasonLabel.setText(
            self.tr("Override r&eason *") if form.overridden else self.tr("Override r&eason")
        )
        self.ui.error.setText("")
        set_tone(self.ui.error, "none")
        self._render_summary(form)
        self._update_message(form)

    def _refund_edited(self, _value: float) -> None:
        """An amount the inspector set (typed or stepped) is theirs from now on."""
        if not self._prefilling:
            self._refund_typed = True

    def _prefill_refund(self) -> None:
        """Put the rules' proposed amount in the refund field for a partial refund, unless the
        inspector set one: the figure follows outcome and grade, never their own."""
        if self._refund_typed or self.ui.outcome.currentData() != Outcome.PARTIAL_REFUND:
            return
        proposal = self._refund_proposal
        self._prefilling = True
        try:
            self.ui.refund.setValue(float(proposal.amount) if proposal is not None else 0.0)
        finally:
            self._prefilling = False

    def _refund_reasoning(self, form: VerdictForm) -> str:
        """Where the refund figure comes from, in one line under it."""
        proposal = self._refund_proposal
        if proposal is None:
            return self.tr("No rule proposes an amount: type what to refund.")
        proposed = i18n.show(Money(proposal.amount, self._currency))
        if self._refund_typed and form.refund_amount != proposal.amount:
            return self.tr("Your amount; the rules proposed {amount}.").format(amount=proposed)
        rules = self._snapshot.template.rules if self._snapshot is not None else ()
        labels = {rule.id: rule.label for rule in rules}
        lines = [
            self.tr("less {amount} for “{finding}”").format(
                amount=i18n.show(Money(line.amount, self._currency)),
                finding=i18n.show(labels.get(line.finding.rule, line.finding.text)),
            )
            for line in proposal.deductions
        ]
        return self.tr("Proposed: {price} paid, {deductions} = {amount}").format(
            price=i18n.show(Money(proposal.price, self._currency)),
            deductions=", ".join(lines),
            amount=proposed,
        )

    def _note_changed(self, _note: str) -> None:
        self._update_message(self.form())

    def _message_language(self, language: str) -> None:
        self._language = language
        self._update_message(self.form())

    def _update_message(self, form: VerdictForm) -> None:
        """Re-write the customer message for the verdict as it stands (templates render in
        well under a millisecond, so this stays on the GUI thread)."""
        self._customer_message = None
        if self._render_message is None:
            self.message.clear()
            return
        if form.outcome == Outcome.PARTIAL_REFUND and not form.refund_amount:
            self.message.show_problem(self.tr("Enter the refund amount to see the message."))
            return
        try:
            self._customer_message = self._render_message(form, self._language)
        except Exception as exc:  # a template problem is shown, never blocks the verdict
            self.message.show_problem(shown(exc, "rendering the customer message"))
            return
        self.message.show_message(self._customer_message, self._thumbnail)

    def _render_summary(self, form: VerdictForm) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        # The verdict line comes first: it is what Finalize confirms, and the box is short on
        # a 768-pixel screen (below the return's name it was cut in half).
        rows = ["<p style='font-size:16pt; font-weight:700'>"]
        rows.append(html.escape(vocabulary.name(form.outcome)))
        if form.refund_amount:
            rows.append(" · " + html.escape(i18n.show(Money(form.refund_amount, self._currency))))
        if form.grade:
            rows.append(" · " + html.escape(vocabulary.name(form.grade)))
        rows.append(" · " + html.escape(vocabulary.name(form.disposition)) + "</p>")
        if snapshot.flags:
            flags = ", ".join(html.escape(vocabulary.name(f)) for f in snapshot.flags)
            rows.append(f"<p style='color:#8a1610'>⚠ {flags}</p>")
        rows.append(self._summary_head)
        photos = sum(len(v) for v in snapshot.photos.values())
        rows.append("<h3>" + self.tr("Checklist") + "</h3><table cellspacing='2'>")
        for item in snapshot.template.items:
            if item.id in snapshot.answers_in_force:
                rows.append(
                    f"<tr><td>{html.escape(i18n.show(item.label))}</td><td><b>"
                    f"{html.escape(self._answer_text(item, snapshot))}</b></td></tr>"
                )
        rows.append("</table><p>" + self.tr("{n} photo(s)").format(n=photos) + "</p>")
        self.ui.summary.setHtml("".join(rows))

    def _answer_text(self, item: Any, snapshot: ChecklistSnapshot) -> str:
        value = snapshot.answers_in_force[item.id]
        if value is True:
            return self.tr("Yes")
        if value is False:
            return self.tr("No")
        for choice in item.choices:
            if choice.value == value:
                return i18n.show(choice.label)
        return f"{value} {item.unit}".strip() if item.unit else str(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter finalizes, except in the reason box, in the customer sentence and the send-back
        tracking (Enter there goes to Finalize first, so neither is sent half-typed) and on the
        Back button (which Enter presses, as it would any focused button); Escape goes back to
        the checklist."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.ui.backButton.hasFocus():
                self.back_requested.emit()
            elif self.message.note.hasFocus() or self.ui.sendback.hasFocus():
                self.ui.finalizeButton.setFocus()
            elif not self.ui.overrideReason.hasFocus():
                self._finalize()
        elif event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)

    def _finalize(self) -> None:
        form = self.form()
        problem = self.problem(form)
        if problem:
            self.show_error(problem)
            self._field_at_fault(form).setFocus()
            return
        self.ui.finalizeButton.setEnabled(False)
        self.finalize_requested.emit(form)
