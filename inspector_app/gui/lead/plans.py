"""The Lead view's Marketplace tab: what verdicts will do on the marketplace, and the lead's
decisions on it (approve, approve another amount, reject, send a failed action again,
cancel an action).

Money leaves on a lead's word here, so every decision is confirmed in a dialog that names
the return and, for a refund, the amount and currency; a decision is sent once: the buttons
are off from the moment it leaves until the server's answer is back, so a double press or
a second Enter cannot send it twice. The server is the judge of what may be done (a plan
another lead decided meanwhile answers 409); its refusal is shown in words, and the list is
read again after every decision, whatever its outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox

from inspector_app.gui.i18n import QT_TRANSLATE_NOOP, server_text, server_texts
from inspector_app.gui.lead import columns
from inspector_app.gui.lead.server_tabs import LeadWindow, ServerTab, refusal_text
from inspector_app.gui.lead.table import (
    RowsModel,
    fit_columns,
    money_text,
    show_rows_in,
)
from inspector_app.gui.theme import set_tone
from inspector_app.lead.client import LeadClient
from inspector_app.lead.snapshot import ServerList, load_plans
from inspector_app.wire import (
    CurrencyTotal,
    MarketplaceActionOut,
    MarketplacePlanOut,
    MessageStep,
)

RETRYABLE = ("parked", "planned", "held")
"""Action states the server sends again on a lead's word."""
CANCELLABLE = ("planned", "waiting", "ready", "held", "parked")
"""Action states nothing of which has left for the marketplace."""
MIN_REASON = 3
"""The server's shortest reason for a rejection or a cancellation."""
FILTERS = (
    ("attention", QT_TRANSLATE_NOOP("LeadWindow", "Needing a decision")),
    ("waiting", QT_TRANSLATE_NOOP("LeadWindow", "Waiting for approval")),
    ("failed", QT_TRANSLATE_NOOP("LeadWindow", "Failed on the marketplace")),
    ("all", QT_TRANSLATE_NOOP("LeadWindow", "All, newest first")),
)
"""The server's plan filters, in the order offered (the first is what a lead opens on)."""

Decision = Callable[[LeadClient], Any]
"""A worker-thread job: one call of the lead client that changes something on the server."""


class PlansTab(ServerTab):
    """The plans of the chosen filter, the selected plan's actions, and the decisions."""

    decided = Signal(object)
    """The server accepted a decision (its answer: the plan or the action)."""
    asking = Signal(object)
    """A confirmation or input dialog is open (for tests and screenshots)."""

    def __init__(self, window: LeadWindow) -> None:
        ui = window.ui
        self.buttons = (
            ui.approveButton,
            ui.amountButton,
            ui.rejectButton,
            ui.retryButton,
            ui.cancelActionButton,
        )
        super().__init__(
            window,
            ui.plansNote,
            ui.plansTable,
            RowsModel(columns.PLANS, window.ui.tabs),
            fetch=load_plans,
            query=lambda: (self.filter(),),
            needs_server=QCoreApplication.translate(
                "LeadWindow", "refunds, messages and reports to the marketplace are decided there."
            ),
            export=ui.plansExport,
            csv_name=lambda: f"marketplace-{self.filter()}.csv",
            controls=(ui.plansFilter,),
        )
        self.actions = RowsModel(columns.ACTIONS, window.ui.tabs)
        show_rows_in(ui.actionsTable, self.actions)
        ui.plansSplitter.setStretchFactor(0, 3)  # the plans first; a plan has few actions
        ui.plansSplitter.setStretchFactor(1, 2)
        self.dialog: QDialog | None = None
        self.busy = False
        self._keep: int | None = None
        self._refusal = ""
        for key, label in FILTERS:
            ui.plansFilter.addItem(QCoreApplication.translate("LeadWindow", label), key)
        ui.plansFilter.currentIndexChanged.connect(lambda _i: self.reload())
        ui.plansTable.selectionModel().selectionChanged.connect(lambda *_: self._plan_chosen())
        ui.actionsTable.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        ui.plansTable.activated.connect(lambda _index: self.open_inspection())
        ui.approveButton.clicked.connect(self.approve)
        ui.amountButton.clicked.connect(self.approve_other_amount)
        ui.rejectButton.clicked.connect(self.reject)
        ui.retryButton.clicked.connect(self.retry)
        ui.cancelActionButton.clicked.connect(self.cancel_action)
        self.loaded.connect(self._listed)
        self._enable()

    def filter(self) -> str:
        return str(self.window.ui.plansFilter.currentData() or "attention")

    # -- what is shown -----------------------------------------------------------------------

    def plan(self) -> MarketplacePlanOut | None:
        rows = self.window.ui.plansTable.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def action(self) -> MarketplaceActionOut | None:
        rows = self.window.ui.actionsTable.selectionModel().selectedRows()
        return self.actions.rows[rows[0].row()][0] if rows else None

    def select(self, plan_id: int) -> bool:
        """Select the plan with that id, if listed."""
        ids = [p.id for p in self.model.rows]
        if plan_id not in ids:
            return False
        self.window.ui.plansTable.selectRow(ids.index(plan_id))
        return True

    def open_inspection(self) -> None:
        """The selected plan's inspection (answers, photos) in the review's own dialog (Enter
        or a double-click on the plan): a lead decides on money with what the inspector saw."""
        plan = self.plan()
        if plan is not None:
            self.window.open_inspection(plan.inspection)

    def show_offline(self, why: str = "") -> None:
        super().show_offline(why)
        self.actions.set_rows([])
        self.window.ui.planDetail.setText("")
        self._enable()

    def _listed(self, found: ServerList) -> None:
        waiting, failed = found.counts.get("waiting", 0), found.counts.get("failed", 0)
        text = QCoreApplication.translate(
            "LeadWindow", "{waiting} waiting for approval, {failed} failed on the marketplace."
        ).format(waiting=waiting, failed=failed)
        if found.sending is False:
            text += " " + QCoreApplication.translate(
                "LeadWindow",
                "Dry run: the server plans and shows actions but sends nothing until an "
                "administrator turns sending on.",
            )
        refusal, self._refusal = self._refusal, ""
        self.note.setText(refusal or text)
        set_tone(self.note, "bad" if refusal else "warn" if found.sending is False else "none")
        ui = self.window.ui
        ui.tabs.setTabText(
            ui.tabs.indexOf(ui.plansTab),
            QCoreApplication.translate("LeadWindow", "Marketplace ({n})").format(
                n=waiting + failed
            ),
        )
        keep, self._keep = self._keep, None
        if not (keep is not None and self.select(keep)) and self.model.rows:
            ui.plansTable.selectRow(0)
        self._plan_chosen()

    def _plan_chosen(self) -> None:
        plan = self.plan()
        ui = self.window.ui
        rows = in_reading_order(plan) if plan else []
        self.actions.set_rows([(a, plan.currency) for a in rows] if plan else [])
        fit_columns(ui.actionsTable)
        ui.planDetail.setText(_detail(plan) if plan else "")
        actionable = [i for i, a in enumerate(rows) if a.status in (*RETRYABLE, *CANCELLABLE)]
        if actionable:
            ui.actionsTable.selectRow(actionable[0])
        self._enable()

    def _sendable(
        self, plan: MarketplacePlanOut | None, action: MarketplaceActionOut | None
    ) -> bool:
        """Whether a lead may send `action` again: one the marketplace failed, a planned or
        a held one, of an approved plan; a customer message of no plan (a step's: it needs
        no approval) whatever its return's plan."""
        if plan is None or action is None or action.status not in RETRYABLE or self.busy:
            return False
        return action not in plan.actions or plan.approval not in ("waiting", "rejected")

    def _enable(self) -> None:
        plan, action = self.plan(), self.action()
        waiting = plan is not None and plan.approval == "waiting" and not self.busy
        ui = self.window.ui
        ui.approveButton.setEnabled(waiting)
        ui.rejectButton.setEnabled(waiting)
        ui.amountButton.setEnabled(waiting and plan is not None and plan.amount is not None)
        ui.retryButton.setEnabled(self._sendable(plan, action))
        ui.cancelActionButton.setEnabled(
            not self.busy and action is not None and action.status in CANCELLABLE
        )

    # -- decisions ---------------------------------------------------------------------------

    def approve(self) -> None:
        """Ask to confirm the approval of the selected plan as planned."""
        self._approve(None)

    def _approve(self, amount: Decimal | None) -> None:
        """Ask to confirm the approval of the selected plan, with `amount` as its refund
        when the lead changed it."""
        plan = self.plan()
        if plan is None or plan.approval != "waiting" or self.busy:
            return
        refund = amount if amount is not None else plan.amount
        if refund is not None:
            question = QCoreApplication.translate(
                "LeadWindow",
                "Approve plan {plan} for return {rma}?\n\nThe customer is refunded {amount} "
                "(price paid {price}) on the marketplace.",
            ).format(
                plan=plan.id,
                rma=plan.return_id,
                amount=money_text(CurrencyTotal(currency=plan.currency, total=refund)),
                price=money_text(columns.plan_price(plan)),
            )
        else:
            question = QCoreApplication.translate(
                "LeadWindow",
                "Approve plan {plan} for return {rma}?\n\nIts actions are sent to the "
                "marketplace: {what}.",
            ).format(plan=plan.id, rma=plan.return_id, what=_summaries(plan))
        self._confirm(
            QCoreApplication.translate("LeadWindow", "Approve"),
            question,
            lambda: self._decide(lambda client: client.approve_plan(plan.id, amount), plan.id),
        )

    def approve_other_amount(self) -> None:
        """Ask for another refund (more than zero, at most the price), then confirm it."""
        plan = self.plan()
        if plan is None or plan.amount is None or plan.approval != "waiting" or self.busy:
            return
        dialog = QInputDialog(self.host)
        dialog.setWindowTitle(QCoreApplication.translate("LeadWindow", "Approve another amount"))
        dialog.setLabelText(
            QCoreApplication.translate(
                "LeadWindow",
                "Refund for return {rma}, in {currency} (at most the price paid, {price}):",
            ).format(
                rma=plan.return_id,
                currency=plan.currency,
                price=money_text(columns.plan_price(plan)),
            )
        )
        dialog.setInputMode(QInputDialog.InputMode.DoubleInput)
        dialog.setDoubleDecimals(2)
        dialog.setDoubleRange(0.01, float(plan.price))
        dialog.setDoubleValue(float(plan.amount))
        dialog.doubleValueSelected.connect(
            lambda value: self._approve(Decimal(f"{value:.2f}")) if self.plan() == plan else None
        )
        self._ask(dialog)

    def reject(self) -> None:
        plan = self.plan()
        if plan is None or plan.approval != "waiting" or self.busy:
            return
        self._reason(
            QCoreApplication.translate("LeadWindow", "Reject plan {plan}").format(plan=plan.id),
            QCoreApplication.translate(
                "LeadWindow",
                "Why is plan {plan} for return {rma} rejected? Nothing of it is sent; the "
                "reason is kept and shown.",
            ).format(plan=plan.id, rma=plan.return_id),
            lambda reason: self._decide(
                lambda client: client.reject_plan(plan.id, reason), plan.id
            ),
        )

    def retry(self) -> None:
        plan, action = self.plan(), self.action()
        if plan is None or action is None or not self._sendable(plan, action):
            return
        question = QCoreApplication.translate(
            "LeadWindow", "Send action {action} again ({what})?"
        ).format(action=action.id, what=columns.summary(action))
        if action.amount is not None:
            question += "\n\n" + QCoreApplication.translate(
                "LeadWindow", "The customer is refunded {amount}."
            ).format(amount=money_text(CurrencyTotal(currency=plan.currency, total=action.amount)))
        self._confirm(
            QCoreApplication.translate("LeadWindow", "Send again"),
            question,
            lambda: self._decide(lambda client: client.retry_action(action.id), plan.id),
        )

    def cancel_action(self) -> None:
        plan, action = self.plan(), self.action()
        if plan is None or action is None or action.status not in CANCELLABLE or self.busy:
            return
        self._reason(
            QCoreApplication.translate("LeadWindow", "Cancel action {action}").format(
                action=action.id
            ),
            QCoreApplication.translate(
                "LeadWindow", "Why is action {action} ({what}) given up? It is never sent."
            ).format(action=action.id, what=columns.summary(action)),
            lambda reason: self._decide(
                lambda client: client.cancel_action(action.id, reason), plan.id
            ),
        )

    def _confirm(self, title: str, question: str, then: Callable[[], None]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.host,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)  # money: Enter alone never sends
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(then)
        self._ask(box)

    def _reason(self, title: str, label: str, then: Callable[[str], None]) -> None:
        dialog = QInputDialog(self.host)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)

        def given(text: str) -> None:
            reason = text.strip()
            if len(reason) < MIN_REASON:
                self.note.setText(
                    QCoreApplication.translate(
                        "LeadWindow",
                        "Nothing was sent: a reason of at least {n} characters is needed.",
                    ).format(n=MIN_REASON)
                )
                set_tone(self.note, "bad")
                return
            then(reason)

        dialog.textValueSelected.connect(given)
        self._ask(dialog)

    def _ask(self, dialog: QDialog) -> None:
        """Open a dialog without blocking the event loop (the window keeps repainting and
        loading); one at a time."""
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._asked(dialog))
        dialog.open()
        self.asking.emit(dialog)

    def _asked(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _decide(self, decision: Decision, plan_id: int) -> None:
        """Send one decision, once: nothing else is sent until its answer is back; then
        the list is read again with the plan still selected."""
        client = self.window.lead_client()
        if self.busy or client is None:
            return
        self.busy = True
        self._keep = plan_id
        self._enable()
        self.note.setText(
            QCoreApplication.translate("LeadWindow", "Sending your decision to the server…")
        )
        set_tone(self.note, "info")
        self.window.bridge.call(
            decision, client, network=True, done=self._accepted, failed=self._refused
        )

    def _accepted(self, answer: Any) -> None:
        self.busy = False
        self.decided.emit(answer)
        self.reload()
        self.window.audit.reload()

    def _refused(self, exc: BaseException) -> None:
        """Show the refusal once the list is read again (what changed is on screen too)."""
        self.busy = False
        self._refusal = QCoreApplication.translate(
            "LeadWindow", "The server did not take the decision. {why}"
        ).format(
            why=refusal_text(exc, QCoreApplication.translate("LeadWindow", "Sending the decision"))
        )
        self.reload()


def in_reading_order(plan: MarketplacePlanOut) -> list[MarketplaceActionOut]:
    """The plan's actions among its return's customer messages, as the customer reads them:
    the parcel received, then the plan (its decision first), then what follows it."""
    before = [m for m in plan.messages if m.step is MessageStep.RECEIVED]
    after = [m for m in plan.messages if m.step is not MessageStep.RECEIVED]
    return [*before, *plan.actions, *after]


def _summaries(plan: MarketplacePlanOut) -> str:
    return "; ".join(columns.summary(a) for a in plan.actions) or QCoreApplication.translate(
        "LeadWindow", "nothing"
    )


def _detail(plan: MarketplacePlanOut) -> str:
    """What a lead reads before deciding: why it waits, what the plan could not do, and how
    each action stands."""
    lines = [
        QCoreApplication.translate("LeadWindow", "Plan {plan} for return {rma}: {status}").format(
            plan=plan.id,
            rma=plan.return_id,
            status=server_text(plan.status_text, plan.status_phrase),
        )
    ]
    if plan.approval_reasons:
        lines.append(
            QCoreApplication.translate("LeadWindow", "Needs a lead because: {why}").format(
                why="; ".join(server_texts(plan.approval_reasons, plan.approval_phrases))
            )
        )
    lines += server_texts(plan.notes, plan.note_phrases)
    if plan.decided_by:
        lines.append(
            QCoreApplication.translate("LeadWindow", "Decided by {who}. {note}").format(
                who=plan.decided_by, note=plan.decision_note
            )
        )
    return "\n".join(line.strip() for line in lines if line.strip())
