"""What the server's outbound queue tells a lead, by stable codes the lead window translates.

The server writes why a marketplace action waits or failed, what a plan could not do and why
a lead must approve it; the lead window shows it on another computer, maybe in French. Each
sentence here is a Phrase known by a code: the server stores and sends `{code, params}`
(`as_data`) beside the English it always sent, and the reader rebuilds the Phrase
(`from_data`) and shows it through its catalogue. A code the reader does not know (a newer
server) or parameters that do not fit it give None, and the reader shows the English it was
sent: the codes only ever add a language, never lose a sentence. The audit log's details
travel the same way; their codes are in audit_texts.py.

Parameters are text (amounts, ids, names, the marketplace's own words: shown as written),
another coded phrase, or a tuple of them (shown separated by commas). The codes are part of
the API (docs/api/openapi.json shows them as `*_phrase` fields): rename one only with a
new code beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from inspector_app.domain.audit_texts import AUDIT_PHRASES, role_code
from inspector_app.domain.texts import Phrase

CONTEXT = "Outbound"

PhraseData = dict[str, Any]
"""`{"code": str, "params": {name: str | PhraseData | list[PhraseData]}}`."""

_OUTBOUND: Mapping[str, Callable[..., Phrase]] = {
    # why an action waits (its status is `planned` or `waiting`)
    "dry_run": lambda: Phrase(
        CONTEXT, "Dry run: sending to the marketplace is off, so this is shown, not sent."
    ),
    "waiting_for_lead": lambda reasons: Phrase(
        CONTEXT, "Waiting for a lead's approval: {reasons}", reasons=reasons
    ),
    "waiting_for": lambda missing: Phrase(CONTEXT, "Waiting for {missing}.", missing=missing),
    "needs_message_record": lambda: Phrase(
        CONTEXT, "the bench's copy of the message, which names the photos to attach"
    ),
    "needs_tracking": lambda: Phrase(CONTEXT, "the tracking number of the parcel going back"),
    "needs_carrier": lambda: Phrase(
        CONTEXT, "the carrier's name (send_back_carrier in marketplace.toml)"
    ),
    "both": lambda first, second: Phrase(
        CONTEXT, "{first} and {second}", first=first, second=second
    ),
    "waits_in_order": lambda what: Phrase(
        CONTEXT, "Waits for the customer's earlier message to go first: {what}", what=what
    ),
    "received_not_sent": lambda: Phrase(CONTEXT, "the parcel-received message, not sent yet."),
    "received_not_queued": lambda: Phrase(CONTEXT, "the parcel-received message (not queued yet)."),
    "decision_not_planned": lambda: Phrase(
        CONTEXT, "the decision, whose verdict is not planned yet."
    ),
    "decision_rejected": lambda plan: Phrase(
        CONTEXT,
        "the decision, whose plan {plan} was rejected: a corrected verdict's decision goes "
        "first (send this one, or cancel it, if the verdict stays rejected).",
        plan=plan,
    ),
    "decision_not_sent": lambda plan: Phrase(
        CONTEXT, "the decision of plan {plan}, not sent yet.", plan=plan
    ),
    # a lead's decisions and the queue's own moves
    "rejected_by": lambda who, why: Phrase(CONTEXT, "Rejected by {who}: {why}", who=who, why=why),
    "cancelled_by": lambda who, why: Phrase(CONTEXT, "Cancelled by {who}: {why}", who=who, why=why),
    "sent_again_by": lambda who: Phrase(CONTEXT, "Sent again by {who}.", who=who),
    "refund_changed": lambda before, after, who: Phrase(
        CONTEXT,
        "The refund was changed from {before} to {after} by {who}; this message quoted "
        "{before}, so it is not sent.",
        before=before,
        after=after,
        who=who,
    ),
    "sender_stopped": lambda: Phrase(
        CONTEXT, "The sender stopped before the answer was recorded; the folder is read back."
    ),
    "superseded": lambda inspection: Phrase(
        CONTEXT,
        "The verdict was corrected (inspection {inspection}); its own plan replaces this.",
        inspection=inspection,
    ),
    "taken_read_back": lambda: Phrase(
        CONTEXT, "The marketplace took it; its folder is read back to confirm."
    ),
    "taken": lambda: Phrase(CONTEXT, "The marketplace took it."),
    "with_left_out": lambda what, left_out: Phrase(
        CONTEXT, "{what} {left_out}", what=what, left_out=left_out
    ),
    "transfer_known": lambda: Phrase(
        CONTEXT, "The marketplace already has an item transfer with this tracking number."
    ),
    "already_refunded": lambda state: Phrase(
        CONTEXT,
        "The marketplace already shows the orderline refunded (state {state}).",
        state=state,
    ),
    "read_back_failed": lambda error: Phrase(
        CONTEXT, "Its folder could not be read back ({error}); tried again later.", error=error
    ),
    "unknown_unmarked": lambda: Phrase(
        CONTEXT,
        "Its outcome is unknown, and a problem report on a folder below 100,000,000 carries "
        "no text to recognise it by. Check the folder in the back office, then retry or "
        "cancel this action.",
    ),
    "attempts_unanswered": lambda attempts: Phrase(
        CONTEXT,
        "{attempts} attempts got no answer and the folder does not show it. Check the folder "
        "in the back office, then retry or cancel this action.",
        attempts=attempts,
    ),
    "transfer_sent_again": lambda: Phrase(
        CONTEXT,
        "Item transfers do not show on a folder: sent again (Back Market refuses a tracking "
        "number it already has, which confirms it).",
    ),
    "photo_store_unreadable": lambda error: Phrase(
        CONTEXT,
        "Not sent: the photo store could not be read ({error}); tried again later.",
        error=error,
    ),
    "outcome_unknown": lambda error: Phrase(
        CONTEXT,
        "Sent, but no answer settles whether it took effect ({error}); the folder is read back.",
        error=error,
    ),
    "not_sent": lambda error: Phrase(CONTEXT, "Not sent: {error}", error=error),
    "held_back": lambda until, error: Phrase(
        CONTEXT,
        "Held back by the marketplace's limits until {until} UTC: {error}",
        until=until,
        error=error,
    ),
    "no_orderline": lambda: Phrase(
        CONTEXT, "The Care folder names no orderline: nothing can be refunded."
    ),
    "state_not_refundable": lambda state: Phrase(
        CONTEXT,
        "The orderline is in state {state}, which takes no refund through the marketplace's "
        "API (it must be paid, accepted or shipped).",
        state=state,
    ),
    "refund_out_of_bounds": lambda amount, price: Phrase(
        CONTEXT,
        "The refund of {amount} is not more than zero and at most the price paid ({price}); "
        "nothing was sent.",
        amount=amount,
        price=price,
    ),
    "partial_needs_shipped": lambda state: Phrase(
        CONTEXT,
        "A partial refund needs the orderline shipped (state 3); it is in state {state}.",
        state=state,
    ),
    "refund_held_by": lambda action: Phrase(
        CONTEXT,
        "This orderline's refund belongs to action {action}; an orderline is refunded once, "
        "ever. Cancel this action (or retry that one).",
        action=action,
    ),
    "shows_it": lambda: Phrase(CONTEXT, "The marketplace shows it."),
    "not_shown_yet": lambda: Phrase(
        CONTEXT, "Sent; the folder did not show it yet when read back."
    ),
    "sent_again_not_shown": lambda: Phrase(
        CONTEXT, "The folder does not show it, so it did not take effect: sent again."
    ),
    "refused_by_marketplace": lambda: Phrase(
        CONTEXT,
        "The marketplace refused it. Read its message, fix what it names, then retry the "
        "action, or cancel it and act in the back office.",
    ),
    "refused_with_status": lambda status: Phrase(
        CONTEXT,
        "The marketplace refused it (HTTP {status}). Read its message, fix what it names, "
        "then retry the action, or cancel it and act in the back office.",
        status=status,
    ),
    # what a plan could not do, and why it waits for a lead
    "no_item_transfer": lambda: Phrase(
        CONTEXT,
        "No item transfer: Back Market takes none on Care folders from 100,000,000 on; the "
        "customer's message carries the tracking number.",
    ),
    "refund_above": lambda amount, limit: Phrase(
        CONTEXT, "refund of {amount} above {limit}", amount=amount, limit=limit
    ),
    "partial_refund": lambda: Phrase(CONTEXT, "partial refund"),
    "refusal": lambda: Phrase(CONTEXT, "refusal"),
    "overridden": lambda: Phrase(CONTEXT, "the inspector overrode the checklist's proposal"),
    "proposed": lambda what, proposed: Phrase(
        CONTEXT, "{what} (proposed: {proposed})", what=what, proposed=proposed
    ),
    "unestablished": lambda: Phrase(
        CONTEXT,
        "the server did not establish who made this verdict (it was stored before benches "
        "and inspectors were checked against their credentials)",
    ),
    # an action in a few words
    "refund_of": lambda amount: Phrase(CONTEXT, "Refund of {amount}", amount=amount),
    "problem_report": lambda problem_type: Phrase(
        CONTEXT, "Problem report {problem_type}", problem_type=problem_type
    ),
    "item_transfer": lambda action: Phrase(CONTEXT, "Item transfer {action}", action=action),
    "message_to_customer": lambda step: Phrase(
        CONTEXT, "Message to the customer: {step}", step=step
    ),
    "with_photos": lambda what, count: Phrase(
        CONTEXT, "{what}, {count} photos", what=what, count=count
    ),
    "with_photo": lambda what: Phrase(CONTEXT, "{what}, 1 photo", what=what),
    "with_detail": lambda what, detail: Phrase(
        CONTEXT, "{what}, {detail}", what=what, detail=detail
    ),
    "step_received": lambda: Phrase(CONTEXT, "parcel received"),
    "step_decision": lambda: Phrase(CONTEXT, "the decision"),
    "step_refund_sent": lambda: Phrase(CONTEXT, "refund sent"),
    "step_sent_back": lambda: Phrase(CONTEXT, "sent back"),
    # a Care folder's own standing, when no plan says more
    "folder_closed": lambda: Phrase(CONTEXT, "Care folder closed"),
    "folder_closed_on": lambda day: Phrase(CONTEXT, "Care folder closed on {day}", day=day),
    # a plan's standing, in one line
    "nothing_to_send": lambda: Phrase(CONTEXT, "Nothing to send"),
    "failed": lambda what, why: Phrase(CONTEXT, "{what} failed: {why}", what=what, why=why),
    "failed_said": lambda what, why, said: Phrase(
        CONTEXT,
        "{what} failed: {why} The marketplace said: {said}",
        what=what,
        why=why,
        said=said,
    ),
    "plan_waiting": lambda what, reasons: Phrase(
        CONTEXT, "{what}: waiting for approval ({reasons})", what=what, reasons=reasons
    ),
    "plan_planned": lambda what: Phrase(CONTEXT, "{what}: planned", what=what),
    "plan_held": lambda what, why: Phrase(
        CONTEXT, "{what}: planned (held back: {why})", what=what, why=why
    ),
    "plan_dry_run": lambda what: Phrase(CONTEXT, "{what}: planned (dry run)", what=what),
    "plan_sent": lambda what: Phrase(CONTEXT, "{what}: sent", what=what),
    "plan_confirmed": lambda what: Phrase(CONTEXT, "{what}: confirmed", what=what),
}

_PHRASES: Mapping[str, Callable[..., Phrase]] = {**_OUTBOUND, **AUDIT_PHRASES}
"""Every code a server sentence travels by: the outbound queue's and the audit log's."""


class _Coded(Phrase):
    """A Phrase that knows its code (what `said` makes and `from_data` rebuilds)."""

    code: str


def said(code: str, /, **params: object) -> Phrase:
    """The sentence of `code` filled with `params` (a KeyError or TypeError for a code or
    parameters not written above: a mistake of the caller's)."""
    made = _PHRASES[code](**params)
    phrase = _Coded(made.context, made.source, **made.params)
    phrase.code = code
    return phrase


def role_word(role: str) -> str:
    """A role as the audit log's details name it: its coded word, or the role as written
    when this build does not name it."""
    code = role_code(role)
    return said(code) if code else role


def as_data(value: object) -> PhraseData | None:
    """`value` as stored and sent beside its English, or None when it is no coded phrase
    (a lead's own words, an older row)."""
    if not isinstance(value, _Coded):
        return None
    return {"code": value.code, "params": {k: _param(v) for k, v in value.params.items()}}


def _param(value: object) -> Any:
    if isinstance(value, tuple | list):
        return [_param(part) for part in value]
    return as_data(value) or str(value)


def from_data(data: Mapping[str, Any] | None) -> Phrase | None:
    """The phrase `data` names, or None when this build does not know its code or the
    parameters do not fit it (the reader then shows the English it was sent)."""
    if not data or data.get("code") not in _PHRASES:
        return None
    params = {}
    for name, value in (data.get("params") or {}).items():
        rebuilt = _rebuilt(value)
        if rebuilt is None:
            return None
        params[name] = rebuilt
    try:
        return said(data["code"], **params)
    except (TypeError, KeyError, ValueError, IndexError):
        return None


def _rebuilt(value: object) -> object | None:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return from_data(value)
    if isinstance(value, list):
        parts = [_rebuilt(part) for part in value]
        return None if any(part is None for part in parts) else tuple(parts)
    return None
