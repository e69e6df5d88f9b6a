"""The fields a customer message template may use, and their values for one decision.

Declared once: the publish-time check, the template documentation (docs/labels.md) and the
values built from a Return and a verdict all come from FIELDS, so a template that passes the
check can only meet the fields it was checked against. A field that does not apply to an
outcome (a refund amount on a refusal) is absent rather than empty, so using it where it
cannot be known fails the check instead of printing a blank to a customer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from inspector_app.domain.returns import Grade, Outcome, Return
from inspector_app.messages.vocabulary import check_language, display_name

REFUND_OUTCOMES = frozenset({Outcome.ACCEPT_FULL_REFUND, Outcome.PARTIAL_REFUND})


@dataclass(frozen=True, slots=True)
class Field:
    """One template field: what it holds, an example, and when it is present."""

    name: str
    description: str
    example: str
    outcomes: frozenset[Outcome] = frozenset(Outcome)
    optional: bool = False
    """Absent even for its outcomes in some cases: use it inside `{% if x is defined %}`."""
    may_be_empty: bool = False
    """Present but possibly empty text, e.g. a customer who gave no name."""


FIELDS: tuple[Field, ...] = (
    Field("customer_name", "The customer's first name or initials; may be empty.", "Camille",
          may_be_empty=True),
    Field("rma", "The return's RMA number.", "RMA-2026-004211"),
    Field("order_id", "The marketplace order number.", "BM-88412077"),
    Field("product", "The product model.", "iPhone 13 128 GB Midnight"),
    Field("category", "The product family, in the message's language.", "smartphone"),
    Field("reason", "Why the customer returned it, in the message's language.",
          "faulty on opening"),
    Field("outcome", "The decision, in the message's language.", "Accepted, full refund"),
    Field("grade", "The aesthetic grade found, when one was recorded.", "Very good",
          optional=True),
    Field("decision_date", "The day of the inspection, written out.", "26 November 2026"),
    Field("price", "What the customer paid, with its currency.", "€449.00"),
    Field("refund_amount", "The amount refunded, with its currency.", "€449.00",
          outcomes=REFUND_OUTCOMES),
    Field("sendback_tracking", "The carrier tracking number of the parcel going back.",
          "1Z999AA10123456784", outcomes=frozenset({Outcome.REFUSE_SEND_BACK})),
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
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}
_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}


def format_date(day: dt.date, language: str) -> str:
    """'26 November 2026' / '26 novembre 2026' (1er for the first of a month in French)."""
    month = _MONTHS[check_language(language)][day.month - 1]
    first = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{first} {month} {day.year}"


def format_money(amount: Decimal, currency: str, language: str) -> str:
    """'€1,249.00' in English, '1 249,00 €' in French; unknown currencies keep their code."""
    check_language(language)
    digits = f"{amount.quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"
    symbol = _SYMBOLS.get(currency, currency)
    if language == "fr":
        digits = digits.replace(",", "\u202f").replace(".", ",")
        return f"{digits}\u00a0{symbol}"
    return f"{symbol}{digits}" if currency in _SYMBOLS else f"{digits} {symbol}"


def message_fields(ret: Return, verdict: VerdictLike, language: str, decided_on: dt.date,
                   sendback_tracking: str | None = None) -> dict[str, str]:
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


def example_fields(outcome: Outcome, *, with_optional: bool) -> Mapping[str, str]:
    """Example values for `outcome` (for the check): all present and filled in, or the
    optional ones absent and those that may be empty, empty."""
    return {
        f.name: "" if f.may_be_empty and not with_optional else f.example for f in FIELDS
        if outcome in f.outcomes and (with_optional or not f.optional)
    }
