"""The fields a customer message template may use, and their values for one message.

A template is written for one kind of message (`MessageKind`): one per decision outcome, and
one per other step the customer hears about (parcel received, refund sent, sent back).
Fields are declared once in FIELDS: the publish-time check refuses any other name, and
docs/messages.md lists them. The check renders templates with values built by
`message_fields`, the same function that fills a real message, so a template that passes it
meets the same fields at the bench (a test keeps FIELDS and `message_fields` in step). A field
that does not apply to a kind (a refund amount on a refusal) is absent rather than empty, so
using it where it cannot be known fails the check instead of printing a blank to a customer.

Findings come from the checklist (docs/checklists.md, "Findings"): each is the sentence its
rule gives in the message's language, with the photos that show it named `photo 1`,
`photo 2`... in the order they are attached (at most MAX_ATTACHMENTS, the marketplace's limit).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from inspector_app.domain.checklist import Finding
from inspector_app.domain.returns import Grade, Outcome, Return
from inspector_app.domain.texts import format_money
from inspector_app.domain.vocabulary import check_language, display_name
from inspector_app.wire import MessageStep

MAX_ATTACHMENTS = 10
"""Files one marketplace message may carry (Back Market: 10 files of 3 MB at most)."""
MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024


class MessageKind(StrEnum):
    """What a template is written for: a decision's outcome, or another step."""

    ACCEPT_FULL_REFUND = Outcome.ACCEPT_FULL_REFUND.value
    PARTIAL_REFUND = Outcome.PARTIAL_REFUND.value
    REFUSE_SEND_BACK = Outcome.REFUSE_SEND_BACK.value
    REPAIR = Outcome.REPAIR.value
    REPLACE = Outcome.REPLACE.value
    RECEIVED = MessageStep.RECEIVED.value
    REFUND_SENT = MessageStep.REFUND_SENT.value
    SENT_BACK = MessageStep.SENT_BACK.value

    @classmethod
    def for_step(cls, step: MessageStep, outcome: Outcome | None = None) -> MessageKind:
        """The template a step uses; a decision's depends on its outcome."""
        if step is MessageStep.DECISION:
            if outcome is None:
                raise ValueError("a decision message needs its outcome")
            return cls(Outcome(outcome).value)
        return cls(step.value)

    @property
    def step(self) -> MessageStep:
        return MessageStep.DECISION if self.outcome is not None else MessageStep(self.value)

    @property
    def outcome(self) -> Outcome | None:
        """The decision this kind announces, or None for the other steps."""
        return Outcome(self.value) if self.value in Outcome.__members__.values() else None


DECISIONS = frozenset(k for k in MessageKind if k.outcome is not None)
REFUNDS = frozenset({MessageKind.ACCEPT_FULL_REFUND, MessageKind.PARTIAL_REFUND})
EVERY_KIND = frozenset(MessageKind)


@dataclass(frozen=True, slots=True)
class Field:
    """One template field: what it holds and for which kinds of message it is present."""

    name: str
    description: str
    kinds: frozenset[MessageKind] = EVERY_KIND
    optional: bool = False
    """Absent even for its kinds in some cases: use it inside `{% if x is defined %}`."""


FIELDS: tuple[Field, ...] = (
    Field("customer_name", "The customer's first name or initials; may be empty."),
    Field("rma", "The return's RMA number."),
    Field("order_id", "The marketplace order number."),
    Field("product", "The product model."),
    Field("category", "The product family, in the message's language."),
    Field("reason", "Why the customer returned it, in the message's language."),
    Field("price", "What the customer paid, with its currency."),
    Field(
        "received_date",
        "The day the parcel was scanned in, written out.",
        frozenset({MessageKind.RECEIVED}),
    ),
    Field("outcome", "The decision, in the message's language.", DECISIONS),
    Field("grade", "The aesthetic grade found, when one was recorded.", DECISIONS, optional=True),
    Field("decision_date", "The day of the inspection, written out.", DECISIONS),
    Field(
        "findings",
        "What the inspection found that decided the outcome: a list of findings, each with "
        "`text` (one or two sentences) and `photos` (the names of the photos that show it, "
        "e.g. `photo 1`). A refusal and a partial refund always have at least one.",
        DECISIONS,
    ),
    Field(
        "grade_finding",
        "Why the device got its grade (`text`, `photos`), when the checklist says.",
        DECISIONS,
        optional=True,
    ),
    Field(
        "photos",
        "The names of every photo attached to the message, in order (may be an empty list).",
        DECISIONS,
    ),
    Field(
        "note",
        "The inspector's own sentence for this customer; may be empty.",
        DECISIONS,
    ),
    Field(
        "refund_amount",
        "The amount refunded, with its currency.",
        REFUNDS | {MessageKind.REFUND_SENT},
    ),
    Field(
        "deductions",
        "Each amount kept back: a list with `text`, `amount` and `photos`.",
        frozenset({MessageKind.PARTIAL_REFUND}),
    ),
    Field(
        "deducted_total",
        "The total kept back (the price minus the refund), with its currency.",
        frozenset({MessageKind.PARTIAL_REFUND}),
    ),
    Field(
        "refund_date",
        "The day the marketplace confirmed the refund, written out.",
        frozenset({MessageKind.REFUND_SENT}),
    ),
    Field(
        "sendback_tracking",
        "The carrier tracking number of the parcel going back (may be empty at the decision, "
        "when it is not known yet).",
        frozenset({MessageKind.REFUSE_SEND_BACK, MessageKind.SENT_BACK}),
    ),
    Field(
        "shipped_date",
        "The day the parcel went back, written out.",
        frozenset({MessageKind.SENT_BACK}),
    ),
)

BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}


@dataclass(frozen=True, slots=True)
class Attachment:
    """A photo sent with a message: its content hash and the name the customer sees."""

    sha256: str
    number: int

    @property
    def file_name(self) -> str:
        return f"photo-{self.number}.jpg"


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """Everything a message may say at one step; the kind decides which parts are used.

    `day` is the step's day: received, decided, refund confirmed or shipped. For a decision,
    `findings` explain the outcome, `deductions` pair each partial-refund finding with its
    amount, and `note` is the inspector's sentence.
    """

    ret: Return
    kind: MessageKind
    day: dt.date
    grade: Grade | None = None
    refund_amount: Decimal | None = None
    findings: tuple[Finding, ...] = ()
    grade_finding: Finding | None = None
    deductions: tuple[tuple[Finding, Decimal], ...] = ()
    note: str = ""
    sendback_tracking: str = ""

    def attachments(self) -> list[Attachment]:
        """The photos to send, in the order the findings name them, at most MAX_ATTACHMENTS."""
        shas: list[str] = []
        for finding in self._all_findings():
            for sha in finding.photos:
                if sha not in shas and len(shas) < MAX_ATTACHMENTS:
                    shas.append(sha)
        return [Attachment(sha, number) for number, sha in enumerate(shas, 1)]

    def _all_findings(self) -> list[Finding]:
        if self.kind.step is not MessageStep.DECISION:
            return []
        extra = [self.grade_finding] if self.grade_finding is not None else []
        return [*self.findings, *extra]


_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}


def format_date(day: dt.date, language: str) -> str:
    """'26 November 2026' / '26 novembre 2026' (1er for the first of a month in French):
    a letter's date, written out."""
    month = _MONTHS[check_language(language)][day.month - 1]
    first = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{first} {month} {day.year}"


def message_fields(facts: MessageFacts, language: str) -> dict[str, Any]:
    """The template values for `facts`, written in `language`."""
    ret, kind = facts.ret, facts.kind
    money = _Money(ret.currency, language)
    values: dict[str, Any] = {
        "customer_name": ret.customer_name,
        "rma": ret.rma,
        "order_id": ret.order_id,
        "product": ret.product.model,
        "category": display_name(ret.product.category, language),
        "reason": display_name(ret.reason, language),
        "price": money(ret.price),
    }
    day = format_date(facts.day, language)
    if kind is MessageKind.RECEIVED:
        values["received_date"] = day
    if kind in DECISIONS:
        values |= _decision_fields(facts, language, day)
    if kind in REFUNDS or kind is MessageKind.REFUND_SENT:
        amount = facts.refund_amount if facts.refund_amount is not None else ret.price
        values["refund_amount"] = money(amount)
    if kind is MessageKind.PARTIAL_REFUND:
        names = _photo_names(facts)
        values["deductions"] = [
            {**_finding(finding, language, names), "amount": money(amount)}
            for finding, amount in facts.deductions
        ]
        kept = sum((amount for _, amount in facts.deductions), Decimal(0))
        values["deducted_total"] = money(kept)
    if kind is MessageKind.REFUND_SENT:
        values["refund_date"] = day
    if kind in (MessageKind.REFUSE_SEND_BACK, MessageKind.SENT_BACK):
        values["sendback_tracking"] = facts.sendback_tracking
    if kind is MessageKind.SENT_BACK:
        values["shipped_date"] = day
    return values


def _decision_fields(facts: MessageFacts, language: str, day: str) -> dict[str, Any]:
    outcome = facts.kind.outcome
    assert outcome is not None
    names = _photo_names(facts)
    values: dict[str, Any] = {
        "outcome": display_name(outcome, language),
        "decision_date": day,
        "findings": [_finding(f, language, names) for f in facts.findings],
        "photos": list(names.values()),
        "note": facts.note,
    }
    if facts.grade is not None:
        values["grade"] = display_name(facts.grade, language)
    if facts.grade_finding is not None:
        values["grade_finding"] = _finding(facts.grade_finding, language, names)
    return values


def _photo_names(facts: MessageFacts) -> dict[str, str]:
    return {a.sha256: f"photo {a.number}" for a in facts.attachments()}


def _finding(finding: Finding, language: str, names: dict[str, str]) -> dict[str, Any]:
    return {
        "text": finding.text.get(language),
        "photos": [names[sha] for sha in finding.photos if sha in names],
    }


class _Money:
    """Amounts in the return's currency, written the way of the message's language."""

    def __init__(self, currency: str, language: str) -> None:
        self.currency = currency
        self.language = language

    def __call__(self, amount: Decimal) -> str:
        return format_money(amount, self.currency, self.language)
