"""What a final verdict does on Back Market, and how its effects show on a Care folder.

A verdict becomes a few calls on the return's Care folder (docs/marketplace.md has the
table): a full refund a refund of the price, a partial refund a refund of its amount, a
refusal a problem report with the inspection's photos plus, where the marketplace takes
one, an item transfer with the send-back tracking number, a repair or a replacement an item
transfer with that action. The customer's message goes through the same queue.

Back Market's file sets two limits by folder id: from 100,000,000 on, a problem report may
carry a type, a text and files, but item transfers are refused (an internal migration); below
it, a problem report is `OTHER` alone, while item transfers work. The plan follows the file.

Nothing here talks to the network or the database: the server's outbound queue
(server/marketplace/) stores these plans, sends them and reads their effects back with
`shows_effect`, which is what lets an attempt of unknown outcome be settled by reading, not by
resending: a refunded orderline is in state 5 or 6, and our messages and problem reports
carry a marker (`Ref. RI-...`) that the folder's conversation shows.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from inspector_app.domain.outbound_texts import said
from inspector_app.domain.returns import Outcome

NEW_FOLDER_IDS = 100_000_000
"""Care folder ids from which problem reports take a type, text and files, and below which
item transfers are accepted (Back Market's file, both endpoints)."""

MAX_ATTACHMENTS = 10
MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024
"""Back Market's limits on the files of one message or problem report."""

REFUNDED_STATES = frozenset({5, 6})
"""Orderline states that say a refund was made (before or after shipping)."""

REFUND_TYPES: Mapping[int, int] = {1: 4, 2: 5, 3: 6}
"""Orderline state → the refund type Back Market takes for it (6 only may be partial)."""

PROBLEM_TYPES = (
    "ACCOUNT_LOCKED", "CODE_LOCKED", "DAMAGED_PACKAGE", "ITEM_NOT_RECEIVED", "MISSING_PART",
    "OOW_ITEM", "PROBLEM_NOT_IDENTIFIED", "WRONG_ITEM", "OTHER",
)  # fmt: skip
PROBLEM_TYPES_WITH_PROOF = frozenset({"DAMAGED_PACKAGE", "ITEM_NOT_RECEIVED", "OOW_ITEM"})
"""Problem types the marketplace refuses without at least one file."""

FINDING_PROBLEM_TYPES: tuple[tuple[str, str], ...] = (
    ("imei_mismatch", "WRONG_ITEM"),
    ("serial_mismatch", "WRONG_ITEM"),
    ("counterfeit", "WRONG_ITEM"),
    ("wrong_item", "WRONG_ITEM"),
    ("activation_locked", "ACCOUNT_LOCKED"),
    ("account_linked", "ACCOUNT_LOCKED"),
    ("locked", "ACCOUNT_LOCKED"),
    ("code_locked", "CODE_LOCKED"),
    ("passcode_locked", "CODE_LOCKED"),
    ("transit_damage", "DAMAGED_PACKAGE"),
    ("damaged_package", "DAMAGED_PACKAGE"),
    ("missing_parts", "MISSING_PART"),
    ("missing_accessories", "MISSING_PART"),
    ("missing_charger", "MISSING_PART"),
    ("liquid_voids_warranty", "OOW_ITEM"),
    ("liquid_damage", "OOW_ITEM"),
    ("tampered", "OOW_ITEM"),
    ("not_eligible", "OOW_ITEM"),
    ("no_fault_found", "PROBLEM_NOT_IDENTIFIED"),
)
"""Our findings (the ids of the checklist rules that decided a refusal, and the flags the
inspection raised) → Back Market's problem type, first match in this order after the
seller's own `problem_types`; a refusal none of them explains is `OTHER`."""

TRANSFER_ACTIONS: Mapping[Outcome, str] = {
    Outcome.REFUSE_SEND_BACK: "NOTHING",
    Outcome.REPAIR: "REPAIR",
    Outcome.REPLACE: "REPLACE",
}
"""Outcome → the item transfer's `action`."""


class ActionKind(StrEnum):
    REFUND = "refund"
    MESSAGE = "message"
    PROBLEM = "problem"
    ITEM_TRANSFER = "item_transfer"


@dataclass(frozen=True, slots=True)
class VerdictFacts:
    """What the plan of one final inspection needs to know."""

    outcome: Outcome
    folder_id: int
    price: Decimal
    currency: str
    refund_amount: Decimal | None = None
    findings: tuple[str, ...] = ()
    """Ids of the rules that decided, then the inspection's flags."""
    photos: tuple[str, ...] = ()
    """SHA-256 of the inspection's photos, in the order taken."""
    sendback_tracking: str = ""


@dataclass(frozen=True, slots=True)
class PlannedAction:
    """One call of a plan (see `still_missing` for what may keep it from going)."""

    kind: ActionKind
    params: dict[str, Any] = field(default_factory=dict)
    amount: Decimal | None = None


def problem_type_for(findings: Iterable[str], seller_rules: Mapping[str, str] = {}) -> str:
    """Back Market's problem type for our findings: the seller's rules, then ours."""
    found = list(findings)
    for table in (tuple(seller_rules.items()), FINDING_PROBLEM_TYPES):
        for finding, problem_type in table:
            if finding in found:
                return problem_type
    return "OTHER"


def refund_amount(facts: VerdictFacts) -> Decimal | None:
    """What the verdict refunds: the price, the partial amount, or nothing."""
    if facts.outcome is Outcome.ACCEPT_FULL_REFUND:
        return facts.price
    if facts.outcome is Outcome.PARTIAL_REFUND:
        return facts.refund_amount
    return None


@dataclass(frozen=True, slots=True)
class Plan:
    """The calls of one verdict, in order, and what the plan could not do (in words)."""

    actions: list[PlannedAction]
    notes: list[str] = field(default_factory=list)


NO_TRANSFER_NOTE = said("no_item_transfer")


def plan_for(
    facts: VerdictFacts,
    *,
    shipper: str,
    seller_problem_types: Mapping[str, str] = {},
) -> Plan:
    """The calls a verdict makes, in the order they go (the customer's message is added by
    the caller, since it comes from the bench)."""
    amount = refund_amount(facts)
    if amount is not None:
        return Plan([PlannedAction(ActionKind.REFUND, {"full": amount == facts.price}, amount)])
    plan = Plan([])
    legacy = facts.folder_id < NEW_FOLDER_IDS
    if facts.outcome is Outcome.REFUSE_SEND_BACK:
        if legacy:
            plan.actions.append(PlannedAction(ActionKind.PROBLEM, {"problem_type": "OTHER"}))
        else:
            plan.actions.append(_problem_report(facts, shipper, seller_problem_types))
    if facts.outcome in TRANSFER_ACTIONS:
        if legacy:
            plan.actions.append(_item_transfer(facts, shipper))
        else:
            plan.notes.append(NO_TRANSFER_NOTE)
    return plan


def _problem_report(
    facts: VerdictFacts, shipper: str, seller_problem_types: Mapping[str, str]
) -> PlannedAction:
    problem_type = problem_type_for(facts.findings, seller_problem_types)
    photos = list(facts.photos[:MAX_ATTACHMENTS])
    if problem_type in PROBLEM_TYPES_WITH_PROOF and not photos:
        problem_type = "OTHER"  # the marketplace refuses these without a file
    lines = ["Return refused after inspection."]
    if facts.findings:
        lines.append("Findings: " + ", ".join(f.replace("_", " ") for f in facts.findings) + ".")
    if facts.sendback_tracking:
        carrier = f" with {shipper}" if shipper else ""
        lines.append(f"Sent back to the customer{carrier}, tracking {facts.sendback_tracking}.")
    if photos:
        lines.append(f"{len(photos)} photo(s) from the inspection attached.")
    return PlannedAction(
        ActionKind.PROBLEM,
        {"problem_type": problem_type, "message": " ".join(lines), "photos": photos},
    )


def _item_transfer(facts: VerdictFacts, shipper: str) -> PlannedAction:
    params = {
        "action": TRANSFER_ACTIONS[facts.outcome],
        "shipper": shipper,
        "tracking": facts.sendback_tracking,
    }
    return PlannedAction(ActionKind.ITEM_TRANSFER, params)


AWAITING_RECORD = "awaiting_record"
"""A decision message's parameter while the bench's record of it, which names the photos
to attach, has not reached the server (the inspection travels first)."""


def still_missing(kind: ActionKind, params: Mapping[str, Any]) -> str:
    """What an action needs before it can be sent, in words ('' when nothing): an item
    transfer needs the send-back tracking number (a repaired or replacement item has none
    until it ships) and the carrier's name; a decision message, the bench's record of it
    (its photos)."""
    if kind is ActionKind.MESSAGE and params.get(AWAITING_RECORD):
        return said("needs_message_record")
    if kind is not ActionKind.ITEM_TRANSFER:
        return ""
    tracking = said("needs_tracking") if not params.get("tracking") else ""
    carrier = said("needs_carrier") if not params.get("shipper") else ""
    if tracking and carrier:
        return said("both", first=tracking, second=carrier)
    return tracking or carrier


# -- markers and reading effects back --------------------------------------------------------


def new_marker() -> str:
    """A marker for one message or problem report: `RI-` and 12 random hex digits."""
    return f"RI-{secrets.token_hex(6)}"


def marked(text: str, marker: str) -> str:
    """`text` with the marker as its last line, where a person reading the conversation
    takes it for a reference (and a resend can be recognised by it)."""
    return f"{text.rstrip()}\n\nRef. {marker}"


def refund_type_for(orderline_state: int | None) -> int | None:
    """The refund type for an orderline in `orderline_state` (None: not refundable)."""
    return REFUND_TYPES.get(orderline_state) if orderline_state is not None else None


def orderline_state(folder: Mapping[str, Any]) -> int | None:
    """The orderline's state as a Care folder (`GET /ws/sav/{id}`) shows it."""
    line = folder.get("orderline")
    state = line.get("state") if isinstance(line, Mapping) else None
    return state if isinstance(state, int) and not isinstance(state, bool) else None


def conversation(folder: Mapping[str, Any]) -> Sequence[str]:
    """The texts of the folder's messages."""
    messages = folder.get("messages")
    if not isinstance(messages, list):
        return ()
    return [
        m["message"] for m in messages if isinstance(m, dict) and isinstance(m.get("message"), str)
    ]


def shows_effect(kind: ActionKind, marker: str | None, folder: Mapping[str, Any]) -> bool:
    """Whether the folder shows that an action of `kind` (with `marker`) took effect. Item
    transfers do not show on a folder: False (their resend is refused as a duplicate)."""
    if kind is ActionKind.REFUND:
        return orderline_state(folder) in REFUNDED_STATES
    if kind in (ActionKind.MESSAGE, ActionKind.PROBLEM) and marker:
        return any(marker in text for text in conversation(folder))
    return False
