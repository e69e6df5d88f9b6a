"""The columns of every Lead view table: what a lead reads, and what the CSV holds.

Headers are marked for translation here (context LeadTables) and translated by RowsModel
when shown, so a French lead's CSV has French headers, like the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspector_app.domain.outbound_texts import role_word
from inspector_app.gui.i18n import QT_TRANSLATE_NOOP, server_text, server_texts, show
from inspector_app.gui.lead.table import CONTEXT, Column
from inspector_app.gui.vocabulary import name
from inspector_app.wire import (
    AuditEventOut,
    CurrencyTotal,
    ExpectedReturn,
    FlaggedInspection,
    InspectorFigures,
    MarketplaceActionOut,
    MarketplacePlanOut,
    WaitingReturn,
)

_NEVER = QT_TRANSLATE_NOOP("LeadTables", "never")


def _when(moment: object) -> object:
    """A moment (shown in local time by the table), or "never"."""
    return QCoreApplication.translate(CONTEXT, _NEVER) if moment is None else moment


def _word(words: dict[str, str], value: str) -> str:
    """A server's state name as a lead reads it; a name this build does not know yet (a
    newer server) as its own words rather than an error."""
    source = words.get(value)
    if source is None:
        return value.replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, source)


def _refund(row: FlaggedInspection) -> CurrencyTotal | None:
    if row.refund_amount is None:
        return None
    return CurrencyTotal(currency=row.currency, total=row.refund_amount)


def _inspector(row: FlaggedInspection) -> str:
    """The inspector's name; the badge only for someone the server does not know."""
    return row.inspector_name or row.inspector


def _rma(row: WaitingReturn | FlaggedInspection) -> str:
    """What a lead finds the parcel by; the return's id only when the RMA is unknown."""
    return row.rma or row.return_id


def _flags(row: FlaggedInspection) -> str:
    return "; ".join(name(f) for f in row.flags)


def _minutes(row: InspectorFigures) -> float | None:
    seconds = row.median_inspection_seconds
    return None if seconds is None else seconds / 60


def _proposed(row: FlaggedInspection) -> str:
    return name(row.proposed_outcome) if row.proposed_outcome else ""


INSPECTORS = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "Inspector"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Badge"), lambda r: r.badge),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Inspected"), lambda r: r.inspected, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Median time (min)"), _minutes, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Active hours"), lambda r: r.active_hours, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("LeadTables", "Per active hour"),
        lambda r: r.per_active_hour,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Overridden"), lambda r: r.overridden, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Refused"), lambda r: r.refused, numeric=True),
)

STATIONS = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "Station"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Inspected"), lambda r: r.inspected, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Last contact"), lambda r: _when(r.last_contact)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Queue"), lambda r: r.pending, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("LeadTables", "Needs attention"),
        lambda r: r.needs_attention,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Last sync"), lambda r: _when(r.last_success_at)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Version"), lambda r: r.version),
)

WAITING = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "RMA"), _rma),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Model"), lambda r: r.model),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Reason"), lambda r: name(r.reason)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Received"), lambda r: r.received_at),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Days waiting"), lambda r: r.waited_days, numeric=True),
)

REVIEW = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "Finalized"), lambda r: r.finalized_at),
    Column(QT_TRANSLATE_NOOP("LeadTables", "RMA"), _rma),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Model"), lambda r: r.model),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Station"), lambda r: r.station),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Inspector"), _inspector),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Outcome"), lambda r: name(r.outcome)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Refund"), _refund, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Proposed"), _proposed),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Disposition"), lambda r: name(r.disposition)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Flags"), _flags),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Override reason"), lambda r: r.override_reason),
)

REVIEW_PRINT = tuple(
    c for c in REVIEW if c.header not in ("Station", "Proposed", "Disposition", "Refund")
)
"""The review list on paper: the columns that fit a portrait page."""

RECURRING = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "Model"), lambda r: r.model),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Reason"), lambda r: name(r.reason)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Issue"), lambda r: name(r.issue)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Times"), lambda r: r.count, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Last seen"), lambda r: r.last_seen),
)

ANSWERS = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "Item"), lambda a: a.item),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Answer"), lambda a: a.value),
)

EXPECTED_GROUPS = {
    "today": QT_TRANSLATE_NOOP("LeadTables", "Today"),
    "in_transit": QT_TRANSLATE_NOOP("LeadTables", "In transit"),
    "overdue": QT_TRANSLATE_NOOP("LeadTables", "Overdue"),
    "label_issued": QT_TRANSLATE_NOOP("LeadTables", "Not picked up yet"),
}
"""The server's groups of parcels on their way, in the order the filter offers them."""

ARRIVAL = {
    "awaiting_label": QT_TRANSLATE_NOOP("LeadTables", "Awaiting a label"),
    "label_issued": QT_TRANSLATE_NOOP("LeadTables", "Label issued"),
    "picked_up": QT_TRANSLATE_NOOP("LeadTables", "Picked up"),
    "in_transit": QT_TRANSLATE_NOOP("LeadTables", "In transit"),
    "at_warehouse": QT_TRANSLATE_NOOP("LeadTables", "Delivered, not received"),
    "overdue": QT_TRANSLATE_NOOP("LeadTables", "Overdue"),
}


DATE_FROM = {
    "delivered": QT_TRANSLATE_NOOP("LeadTables", "Carrier delivery"),
    "pickup": QT_TRANSLATE_NOOP("LeadTables", "Pickup + usual transit (estimate)"),
    "scan": QT_TRANSLATE_NOOP("LeadTables", "Carrier scan + usual transit (estimate)"),
    "none": QT_TRANSLATE_NOOP("LeadTables", "Not handed over yet"),
}


def _expected_from(row: ExpectedReturn) -> str:
    """Where the expected day comes from: the carrier's delivery is a fact, a pickup plus
    the usual transit an estimate, and nothing before the customer hands the parcel over."""
    if row.carrier_delivered_at is not None:
        return _word(DATE_FROM, "delivered")
    if row.picked_up_at is not None:
        return _word(DATE_FROM, "pickup")
    if row.expected_on is not None:
        return _word(DATE_FROM, "scan")
    return _word(DATE_FROM, "none")


EXPECTED = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "RMA"), _rma),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Model"), lambda r: r.model),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Group"), lambda r: _word(EXPECTED_GROUPS, r.group)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Arrival"), lambda r: _word(ARRIVAL, r.arrival)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Tracking"), lambda r: "; ".join(r.tracking_numbers)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Carrier"), lambda r: r.carrier),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Expected"), lambda r: r.expected_on),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Date from"), _expected_from),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Age (days)"), lambda r: r.age_days, numeric=True),
)


EVENT_KINDS = {
    # The server's (inspector_app/server/audit.py, its marketplace's).
    "lead_sign_in": QT_TRANSLATE_NOOP("LeadTables", "Lead signed in"),
    "lead_sign_in_failed": QT_TRANSLATE_NOOP("LeadTables", "Lead sign-in refused"),
    "lead_sign_in_throttled": QT_TRANSLATE_NOOP(
        "LeadTables", "Lead sign-in blocked (too many tries)"
    ),
    "lead_sign_out": QT_TRANSLATE_NOOP("LeadTables", "Lead signed out"),
    "lead_session_revoked": QT_TRANSLATE_NOOP("LeadTables", "Lead session ended"),
    "correction_authorised": QT_TRANSLATE_NOOP("LeadTables", "Correction authorised"),
    "correction_stored": QT_TRANSLATE_NOOP("LeadTables", "Correction stored"),
    "verdict_overridden": QT_TRANSLATE_NOOP("LeadTables", "Verdict overridden"),
    "submission_refused": QT_TRANSLATE_NOOP("LeadTables", "Inspection refused"),
    "token_issued": QT_TRANSLATE_NOOP("LeadTables", "API token issued"),
    "token_revoked": QT_TRANSLATE_NOOP("LeadTables", "API token revoked"),
    "station_added": QT_TRANSLATE_NOOP("LeadTables", "Bench added"),
    "person_added": QT_TRANSLATE_NOOP("LeadTables", "Person added"),
    "person_changed": QT_TRANSLATE_NOOP("LeadTables", "Person changed"),
    "person_deactivated": QT_TRANSLATE_NOOP("LeadTables", "Person deactivated"),
    "checklist_published": QT_TRANSLATE_NOOP("LeadTables", "Checklist published"),
    "message_template_published": QT_TRANSLATE_NOOP("LeadTables", "Message template published"),
    "message_template_withdrawn": QT_TRANSLATE_NOOP("LeadTables", "Message template withdrawn"),
    "returns_imported": QT_TRANSLATE_NOOP("LeadTables", "Returns imported"),
    "inspections_imported": QT_TRANSLATE_NOOP("LeadTables", "Inspections imported"),
    "return_received": QT_TRANSLATE_NOOP("LeadTables", "Return received"),
    "marketplace_action": QT_TRANSLATE_NOOP("LeadTables", "Marketplace action moved on"),
    "marketplace_plan": QT_TRANSLATE_NOOP("LeadTables", "Marketplace plan made"),
    "marketplace_plan_approved": QT_TRANSLATE_NOOP("LeadTables", "Marketplace plan approved"),
    "marketplace_plan_rejected": QT_TRANSLATE_NOOP("LeadTables", "Marketplace plan rejected"),
    "marketplace_request": QT_TRANSLATE_NOOP("LeadTables", "Marketplace request sent"),
    "marketplace_sending": QT_TRANSLATE_NOOP("LeadTables", "Marketplace sending switched"),
    # A bench's, uploaded (inspector_app/storage/bench_events.py).
    "sign_in": QT_TRANSLATE_NOOP("LeadTables", "Sign in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("LeadTables", "Sign-in refused"),
    "sign_in_throttled": QT_TRANSLATE_NOOP("LeadTables", "Sign-in blocked (too many tries)"),
    "sign_out": QT_TRANSLATE_NOOP("LeadTables", "Sign out"),
    "draft_discarded": QT_TRANSLATE_NOOP("LeadTables", "Draft discarded"),
    "setting_changed": QT_TRANSLATE_NOOP("LeadTables", "Setting changed"),
    "inspection_dismissed": QT_TRANSLATE_NOOP("LeadTables", "Inspection dismissed"),
    "dismissal_withdrawn": QT_TRANSLATE_NOOP("LeadTables", "Dismissal withdrawn"),
    "parcel_received": QT_TRANSLATE_NOOP("LeadTables", "Parcel received"),
    "inspection_replaced": QT_TRANSLATE_NOOP("LeadTables", "Inspection replaced"),
    "inspections_exported": QT_TRANSLATE_NOOP("LeadTables", "Inspections exported"),
    "pin_reset": QT_TRANSLATE_NOOP("LeadTables", "PIN reset"),
}
"""Each kind of event the server and the benches record, by its code (the wire's `kind`)."""


def _event(row: AuditEventOut) -> str:
    """The event's kind in words, in the interface's language when this build knows the
    code; any other kind still reads (the log grows new kinds as new acts are recorded)."""
    return _word(EVENT_KINDS, row.kind)


def _role(row: AuditEventOut) -> str:
    """The actor's role in the interface's language (a role this build does not name reads
    as the server wrote it)."""
    return show(role_word(row.role))


def _who(row: AuditEventOut) -> str:
    """Who acted: a badge, a bench, a token; the server's command line, which names no
    person, reads as its role."""
    return _role(row) if (row.actor, row.role) == ("admin", "admin") else row.actor


AUDIT = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "When"), lambda e: e.at),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Who"), _who),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Role"), _role),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Where"), lambda e: e.place),
    Column(QT_TRANSLATE_NOOP("LeadTables", "What"), _event),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Subject"), lambda e: e.subject),
    Column(
        QT_TRANSLATE_NOOP("LeadTables", "Detail"), lambda e: server_text(e.detail, e.detail_phrase)
    ),
)


APPROVAL = {
    "not_needed": QT_TRANSLATE_NOOP("LeadTables", "Not needed"),
    "waiting": QT_TRANSLATE_NOOP("LeadTables", "Waiting for you"),
    "approved": QT_TRANSLATE_NOOP("LeadTables", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("LeadTables", "Rejected"),
}

PLAN_STATES = {
    "none": QT_TRANSLATE_NOOP("LeadTables", "Nothing to do"),
    "planned": QT_TRANSLATE_NOOP("LeadTables", "Planned"),
    "waiting_for_approval": QT_TRANSLATE_NOOP("LeadTables", "Waiting for approval"),
    "sent": QT_TRANSLATE_NOOP("LeadTables", "Sent"),
    "confirmed": QT_TRANSLATE_NOOP("LeadTables", "Confirmed"),
    "failed": QT_TRANSLATE_NOOP("LeadTables", "Failed"),
    "rejected": QT_TRANSLATE_NOOP("LeadTables", "Rejected"),
}
"""Where a plan stands on the marketplace (the server's sentence is in the detail line)."""

ACTION_STATES = {
    "planned": QT_TRANSLATE_NOOP("LeadTables", "Planned"),
    "waiting": QT_TRANSLATE_NOOP("LeadTables", "Waiting for approval"),
    "ready": QT_TRANSLATE_NOOP("LeadTables", "Ready to send"),
    "held": QT_TRANSLATE_NOOP("LeadTables", "Held back"),
    "sending": QT_TRANSLATE_NOOP("LeadTables", "Sending"),
    "unknown": QT_TRANSLATE_NOOP("LeadTables", "Sent (checking)"),
    "sent": QT_TRANSLATE_NOOP("LeadTables", "Sent"),
    "confirmed": QT_TRANSLATE_NOOP("LeadTables", "Confirmed"),
    "parked": QT_TRANSLATE_NOOP("LeadTables", "Failed"),
    "rejected": QT_TRANSLATE_NOOP("LeadTables", "Rejected"),
    "cancelled": QT_TRANSLATE_NOOP("LeadTables", "Cancelled"),
}

ACTION_KINDS = {
    "refund": QT_TRANSLATE_NOOP("LeadTables", "Refund"),
    "message": QT_TRANSLATE_NOOP("LeadTables", "Customer message"),
    "problem": QT_TRANSLATE_NOOP("LeadTables", "Problem report"),
    "item_transfer": QT_TRANSLATE_NOOP("LeadTables", "Item transfer"),
}


def plan_refund(plan: MarketplacePlanOut) -> CurrencyTotal | None:
    """The refund a plan makes, in its currency (none for a plan that refunds nothing)."""
    if plan.amount is None:
        return None
    return CurrencyTotal(currency=plan.currency, total=plan.amount)


def plan_price(plan: MarketplacePlanOut) -> CurrencyTotal:
    return CurrencyTotal(currency=plan.currency, total=plan.price)


PLANS = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "Planned on"), lambda p: p.created_at),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Return"), lambda p: p.return_id),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Outcome"), lambda p: name(p.outcome)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Refund"), plan_refund, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Price"), plan_price, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Approval"), lambda p: _word(APPROVAL, p.approval)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Status"), lambda p: _word(PLAN_STATES, p.status)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Inspector"), lambda p: p.inspector),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Decided by"), lambda p: p.decided_by),
    Column(
        QT_TRANSLATE_NOOP("LeadTables", "Why a lead decides"),
        lambda p: "; ".join(server_texts(p.approval_reasons, p.approval_phrases)),
    ),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Decision note"), lambda p: p.decision_note),
)
"""Short facts first, the server's sentences last (elided on screen, whole in the tooltip
and the CSV); the server's account of the plan is the detail line under the tables."""


def _action_amount(row: tuple[MarketplaceActionOut, str]) -> CurrencyTotal | None:
    action, currency = row
    return None if action.amount is None else CurrencyTotal(currency=currency, total=action.amount)


MESSAGE_STEPS = {
    "received": QT_TRANSLATE_NOOP("LeadTables", "Message: parcel received"),
    "decision": QT_TRANSLATE_NOOP("LeadTables", "Message: the decision"),
    "refund_sent": QT_TRANSLATE_NOOP("LeadTables", "Message: refund sent"),
    "sent_back": QT_TRANSLATE_NOOP("LeadTables", "Message: sent back"),
}
"""A customer message's step, in the Action column (which message it is)."""


def summary(action: MarketplaceActionOut) -> str:
    """The action in a few words ('Refund of 120.50 EUR'), in the reader's language."""
    return server_text(action.summary, action.summary_phrase)


def _action_word(action: MarketplaceActionOut) -> str:
    if action.step is not None:
        return _word(MESSAGE_STEPS, action.step.value)
    return _word(ACTION_KINDS, action.kind)


ACTIONS = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "Action"), lambda r: _action_word(r[0])),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Status"), lambda r: _word(ACTION_STATES, r[0].status)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Amount"), _action_amount, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "What"), lambda r: summary(r[0])),
    Column(
        QT_TRANSLATE_NOOP("LeadTables", "Why"),
        lambda r: server_text(r[0].reason, r[0].reason_phrase),
    ),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Marketplace said"), lambda r: r[0].marketplace_said),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Tries"), lambda r: r[0].attempts, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Updated"), lambda r: r[0].updated_at),
)
"""The actions of the selected plan and its return's customer messages, each row an (action,
its plan's currency) pair: an action's amount carries no currency of its own."""
