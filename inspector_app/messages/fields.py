"""The fields a customer message template may use, and their values for one decision.

Declared once in FIELDS: the publish-time check refuses any other name, and docs/labels.md
lists them. The check renders templates with values built by `message_fields`, the same
function that fills a real message, so a template that passes it meets the same fields at
the bench (a test keeps FIELDS and `message_fields` in step). A field that does not apply to an
outcome (a refund amount on a refusal) is absent rather than empty, so using it where it
cannot be known fails the check instead of printing a blank to a customer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Protocol

from inspector_app.domain.returns import (
    Grade,
    Outcome,
    Product,
    ProductCategory,
    Return,
    ReturnReason,
)
from inspector_app.domain.texts import format_money
from inspector_app.domain.vocabulary import check_language, display_name

REFUND_OUTCOMES = frozenset({Outcome.ACCEPT_FULL_REFUND, Outcome.PARTIAL_REFUND})


@dataclass(frozen=True, slots=True)
class Field:
    """One template field: what it holds and when it is present."""

    name: str
    description: str
    outcomes: frozenset[Outcome] = frozenset(Outcome)
    optional: bool = False
    """Absent even for its outcomes in some cases: use it inside `{% if x is defined %}`."""


FIELDS: tuple[Field, ...] = (
    Field("customer_name", "The customer's first name or initials; may be empty."),
    Field("rma", "The return's RMA number."),
    Field("order_id", "The marketplace order number."),
    Field("product", "The product model."),
    Field("category", "The product family, in the message's language."),
    Field("reason", "Why the customer returned it, in the message's language."),
    Field("outcome", "The decision, in the message's language."),
    Field("grade", "The aesthetic grade found, when one was recorded.", optional=True),
    Field("decision_date", "The day of the inspection, written out."),
    Field("price", "What the customer paid, with its currency."),
    Field("refund_amount", "The amount refunded, with its currency.", outcomes=REFUND_OUTCOMES),
    Field(
        "sendback_tracking",
        "The carrier tracking number of the parcel going back.",
        outcomes=frozenset({Outcome.REFUSE_SEND_BACK}),
    ),
)

BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}


class VerdictLike(Protocol):
    """What a message needs from a verdict (wire.VerdictIn and the domain's choice both fit)."""

    @property
    def outcome(self) -> Outcome: ...

    @property
    def grade(self) -> Grade | None: ...

    @property
    def refund_amount(self) -> Decimal | None: ...


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
    """'26 November 2026' / '26 novembre 2026' (1er for the first of a month in French)."""
    month = _MONTHS[check_language(language)][day.month - 1]
    first = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{first} {month} {day.year}"


def message_fields(
    ret: Return,
    verdict: VerdictLike,
    language: str,
    decided_on: dt.date,
    sendback_tracking: str | None = None,
) -> dict[str, str]:
    """The template values for `ret` decided as `verdict`, written in `language`."""
    outcome = verdict.outcome
    values = {
        "customer_name": ret.customer_name,
        "rma": ret.rma,
        "order_id": ret.order_id,
        "product": ret.product.model,
        "category": display_name(ret.product.category, language),
        "reason": display_name(ret.reason, language),
        "outcome": display_name(outcome, language),
        "decision_date": format_date(decided_on, language),
        "price": format_money(ret.price, ret.currency, language),
    }
    if verdict.grade is not None:
        values["grade"] = display_name(verdict.grade, language)
    if outcome in REFUND_OUTCOMES:
        amount = verdict.refund_amount if verdict.refund_amount is not None else ret.price
        values["refund_amount"] = format_money(amount, ret.currency, language)
    if outcome is Outcome.REFUSE_SEND_BACK:
        values["sendback_tracking"] = sendback_tracking or ""
    return values


EXAMPLE_RETURN = Return(
    id="R-2026-004211",
    rma="RMA-2026-004211",
    order_id="BM-88412077",
    product=Product(ProductCategory.SMARTPHONE, "iPhone 13 128 GB Midnight"),
    reason=ReturnReason.FAULTY_ON_OPENING,
    ordered_at=dt.date(2026, 10, 2),
    delivered_at=dt.date(2026, 10, 5),
    requested_at=dt.date(2026, 10, 20),
    customer_name="Camille",
    price=Decimal("449.00"),
)
EXAMPLE_DAY = dt.date(2026, 11, 26)


@dataclass(frozen=True, slots=True)
class ExampleVerdict:
    outcome: Outcome
    grade: Grade | None
    refund_amount: Decimal | None


def example_fields(outcome: Outcome, language: str, *, with_optional: bool) -> dict[str, str]:
    """Values for the check and the settings preview, built like a real decision's: either
    every field filled in, or the optional ones absent and those that may be empty, empty."""
    partial = Decimal("120.00") if outcome is Outcome.PARTIAL_REFUND else None
    verdict = ExampleVerdict(outcome, Grade.VERY_GOOD if with_optional else None, partial)
    ret = EXAMPLE_RETURN if with_optional else replace(EXAMPLE_RETURN, customer_name="")
    return message_fields(ret, verdict, language, EXAMPLE_DAY, "1Z999AA10123456784")
