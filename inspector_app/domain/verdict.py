"""The inspector's verdict, checked against the checklist's proposal before it is finalized.

The rules propose; the inspector decides. Departing from a proposal is allowed but must be
explained (`override_reason`), because the lead reviews overrides and the customer may
dispute the outcome. Problems come back as a list of plain sentences so the verdict screen
can show all of them at once instead of one error per click.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from inspector_app.domain.checklist.engine import Proposal
from inspector_app.domain.returns import Disposition, Grade, Outcome
from inspector_app.errors import UserError

MAX_REASON_LENGTH = 4000
"""The wire's limit for the override reason."""

_LABELS = {
    Outcome.ACCEPT_FULL_REFUND: "accept with a full refund",
    Outcome.PARTIAL_REFUND: "partial refund",
    Outcome.REFUSE_SEND_BACK: "refuse and send back",
    Outcome.REPAIR: "repair",
    Outcome.REPLACE: "replace",
}


class VerdictError(UserError, ValueError):
    """A verdict that cannot be finalized; `problems` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(" ".join(problems))


@dataclass(frozen=True, slots=True)
class VerdictChoice:
    """What the inspector chose. Plain strings are accepted and turned into the enums."""

    outcome: Outcome
    grade: Grade | None
    disposition: Disposition
    refund_amount: Decimal | None = None
    override_reason: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "outcome", Outcome(self.outcome))
        object.__setattr__(self, "disposition", Disposition(self.disposition))
        if self.grade is not None:
            object.__setattr__(self, "grade", Grade(self.grade))
        if self.refund_amount is not None and not isinstance(self.refund_amount, Decimal):
            try:
                amount = Decimal(str(self.refund_amount).strip().replace(",", "."))
            except InvalidOperation:
                raise ValueError(f"{self.refund_amount!r} is not an amount of money.") from None
            object.__setattr__(self, "refund_amount", amount)
        object.__setattr__(self, "override_reason", (self.override_reason or "").strip())


def overridden(proposal: Proposal, choice: VerdictChoice) -> list[str]:
    """Names of the proposed fields the inspector changed (outcome, grade, disposition)."""
    return [
        name
        for name in ("outcome", "grade", "disposition")
        if getattr(proposal, name) is not None and getattr(proposal, name) != getattr(choice, name)
    ]


def _money(amount: Decimal, currency: str) -> str:
    return f"{amount:.2f} {currency}"


def validate_verdict(
    proposal: Proposal, choice: VerdictChoice, price: Decimal, currency: str = "EUR"
) -> list[str]:
    """Every problem with `choice`, in words for the inspector; empty when it may be finalized."""
    problems: list[str] = []
    changed = overridden(proposal, choice)
    if changed and not choice.override_reason:
        problems.append(
            f"You changed the proposed {' and '.join(changed)}; say why in the override reason."
        )
    if len(choice.override_reason) > MAX_REASON_LENGTH:
        problems.append(f"The override reason is longer than {MAX_REASON_LENGTH} characters.")
    problems += _refund_problems(choice, price, currency)
    if (
        choice.outcome is Outcome.REFUSE_SEND_BACK
        and choice.disposition is not Disposition.QUARANTINE
    ):
        problems.append(
            "A refused item is held in quarantine until it is sent back to the customer; "
            "it cannot be restocked, refurbished, repaired or recycled."
        )
    if choice.disposition is Disposition.QUARANTINE and choice.outcome in (
        Outcome.ACCEPT_FULL_REFUND,
        Outcome.PARTIAL_REFUND,
    ):
        problems.append("An item held in quarantine is not refunded until it is cleared.")
    if choice.disposition is Disposition.RESTOCK and choice.grade is None:
        problems.append("An item going back to stock needs a grade.")
    return problems


def _refund_problems(choice: VerdictChoice, price: Decimal, currency: str) -> list[str]:
    amount = choice.refund_amount
    if choice.outcome is not Outcome.PARTIAL_REFUND:
        if amount is None:
            return []
        if choice.outcome is Outcome.ACCEPT_FULL_REFUND:
            return ["A full refund repays the price paid; leave the amount empty."]
        return [
            f"“{_LABELS[choice.outcome].capitalize()}” refunds nothing; leave the amount empty."
        ]
    if amount is None:
        return ["A partial refund needs an amount."]
    if not amount.is_finite() or amount <= 0:
        return ["The refund amount must be more than zero."]
    problems = []
    if amount.as_tuple().exponent < -2:
        problems.append("The refund amount has at most two decimals.")
    if amount > price:
        problems.append(
            f"The refund ({_money(amount, currency)}) is more than the price paid "
            f"({_money(price, currency)})."
        )
    elif amount == price:
        problems.append("That is the whole price: choose “accept with a full refund” instead.")
    return problems
