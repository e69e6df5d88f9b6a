"""The inspector's verdict, checked against the checklist's proposal before it is finalized.

The rules propose; the inspector decides. Departing from a proposal is allowed but must be
explained (`override_reason`), because the lead reviews overrides and the customer may
dispute the outcome. Problems come back as a list of plain sentences so the verdict screen
can show all of them at once instead of one error per click.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from inspector_app.domain.checklist.engine import Finding, Findings, Proposal
from inspector_app.domain.returns import Disposition, Grade, Outcome
from inspector_app.domain.texts import Money, Phrase
from inspector_app.errors import UserError

_CONTEXT = "Verdict"

MAX_REASON_LENGTH = 4000
"""The wire's limit for the override reason."""

_NOTHING_REFUNDED = {
    Outcome.REFUSE_SEND_BACK: Phrase(
        _CONTEXT, "“Refuse and send back” refunds nothing; leave the amount empty."
    ),
    Outcome.REPAIR: Phrase(_CONTEXT, "“Repair” refunds nothing; leave the amount empty."),
    Outcome.REPLACE: Phrase(_CONTEXT, "“Replace” refunds nothing; leave the amount empty."),
}
_FIELD_NAMES = {
    "outcome": Phrase(_CONTEXT, "outcome"),
    "grade": Phrase(_CONTEXT, "grade"),
    "disposition": Phrase(_CONTEXT, "disposition"),
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
    deductions: tuple[tuple[str, Decimal], ...] = ()
    """For a partial refund: the amount kept back for each finding (rule id, amount) where
    the inspector set it; the others come from their rules (see `settle_deductions`)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "outcome", Outcome(self.outcome))
        object.__setattr__(self, "disposition", Disposition(self.disposition))
        if self.grade is not None:
            object.__setattr__(self, "grade", Grade(self.grade))
        if self.refund_amount is not None and not isinstance(self.refund_amount, Decimal):
            try:
                amount = Decimal(str(self.refund_amount).strip().replace(",", "."))
            except InvalidOperation:
                raise ValueError(
                    Phrase(
                        _CONTEXT,
                        "{amount} is not an amount of money.",
                        amount=repr(self.refund_amount),
                    )
                ) from None
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


def _changed_fields(changed: list[str]) -> Phrase:
    names = [_FIELD_NAMES[name] for name in changed]
    if len(names) == 1:
        return names[0]
    return Phrase(_CONTEXT, "{first} and {last}", first=tuple(names[:-1]), last=names[-1])


def validate_verdict(
    proposal: Proposal, choice: VerdictChoice, price: Decimal, currency: str = "EUR"
) -> list[str]:
    """Every problem with `choice`, in words for the inspector; empty when it may be finalized."""
    problems: list[str] = []
    changed = overridden(proposal, choice)
    if changed and not choice.override_reason:
        problems.append(
            Phrase(
                _CONTEXT,
                "You changed the proposed {fields}; say why in the override reason.",
                fields=_changed_fields(changed),
            )
        )
    if len(choice.override_reason) > MAX_REASON_LENGTH:
        problems.append(
            Phrase(
                _CONTEXT,
                "The override reason is longer than {limit} characters.",
                limit=MAX_REASON_LENGTH,
            )
        )
    problems += _refund_problems(choice, price, currency)
    if (
        choice.outcome is Outcome.REFUSE_SEND_BACK
        and choice.disposition is not Disposition.QUARANTINE
    ):
        problems.append(
            Phrase(
                _CONTEXT,
                "A refused item is held in quarantine until it is sent back to the customer; "
                "it cannot be restocked, refurbished, repaired or recycled.",
            )
        )
    if choice.disposition is Disposition.QUARANTINE and choice.outcome in (
        Outcome.ACCEPT_FULL_REFUND,
        Outcome.PARTIAL_REFUND,
    ):
        problems.append(
            Phrase(_CONTEXT, "An item held in quarantine is not refunded until it is cleared.")
        )
    if choice.disposition is Disposition.RESTOCK and choice.grade is None:
        problems.append(Phrase(_CONTEXT, "An item going back to stock needs a grade."))
    return problems


def _refund_problems(choice: VerdictChoice, price: Decimal, currency: str) -> list[str]:
    amount = choice.refund_amount
    if choice.outcome is not Outcome.PARTIAL_REFUND:
        if amount is None:
            return []
        if choice.outcome is Outcome.ACCEPT_FULL_REFUND:
            return [
                Phrase(_CONTEXT, "A full refund repays the price paid; leave the amount empty.")
            ]
        return [_NOTHING_REFUNDED[choice.outcome]]
    if amount is None:
        return [Phrase(_CONTEXT, "A partial refund needs an amount.")]
    if not amount.is_finite() or amount <= 0:
        return [Phrase(_CONTEXT, "The refund amount must be more than zero.")]
    problems: list[str] = []
    exponent = amount.as_tuple().exponent  # an int: the amount is finite
    if isinstance(exponent, int) and exponent < -2:
        problems.append(Phrase(_CONTEXT, "The refund amount has at most two decimals."))
    if amount > price:
        problems.append(
            Phrase(
                _CONTEXT,
                "The refund ({refund}) is more than the price paid ({price}).",
                refund=_money(amount, currency),
                price=_money(price, currency),
            )
        )
    elif amount == price:
        problems.append(
            Phrase(_CONTEXT, "That is the whole price: choose “accept with a full refund” instead.")
        )
    return problems


@dataclass(frozen=True, slots=True)
class Deduction:
    """One line of a partial refund as the customer reads it: what was found, what it cost."""

    finding: Finding
    amount: Decimal


def settle_deductions(
    findings: Findings, choice: VerdictChoice, price: Decimal, currency: str = "EUR"
) -> tuple[list[Deduction], list[str]]:
    """Each deduction of a partial refund with its amount, and the problems that stop it.

    The refund decides the total kept back (price - refund). Each finding's share is the one
    the inspector gave, else its rule's `deduct`; one finding without either takes what is
    left. The shares must add up to the total, so the message never states amounts that do
    not match the money.
    """
    if choice.outcome is not Outcome.PARTIAL_REFUND:
        return [], []
    if not findings.outcome:
        return [], [
            Phrase(
                _CONTEXT,
                "A partial refund must tell the customer what was deducted and why, and no "
                "finding of this checklist explains a deduction: answer the item that shows "
                "the damage or the missing part, or choose another outcome.",
            )
        ]
    if choice.refund_amount is None or not 0 < choice.refund_amount < price:
        return [], []  # the refund's own problems are reported by validate_verdict
    kept_back = price - choice.refund_amount
    given = dict(choice.deductions)
    shares = {
        f.rule: given.get(f.rule, f.deduct.of(price) if f.deduct is not None else None)
        for f in findings.outcome
    }
    open_shares = [rule for rule, share in shares.items() if share is None]
    known = sum((share for share in shares.values() if share is not None), Decimal(0))
    if len(open_shares) > 1:
        return [], [
            Phrase(
                _CONTEXT,
                "Say in the message how much of the {kept} kept back is for each finding.",
                kept=Money(kept_back, currency),
            )
        ]
    if open_shares:
        shares[open_shares[0]] = kept_back - known
    if any(share is not None and share <= 0 for share in shares.values()) or (
        not open_shares and known != kept_back
    ):
        return [], [
            Phrase(
                _CONTEXT,
                "The deductions add up to {total}, but the refund keeps back {kept} of the "
                "{price} paid: refund {suggested} instead, or change the deductions in the "
                "message.",
                total=Money(known, currency),
                kept=Money(kept_back, currency),
                price=Money(price, currency),
                suggested=Money(max(price - known, Decimal(0)), currency),
            )
        ]
    return [Deduction(f, shares[f.rule] or Decimal(0)) for f in findings.outcome], []


@dataclass(frozen=True, slots=True)
class RefundProposal:
    """A partial refund the rules propose, with its reasoning: the price paid less each
    finding's deduction. The verdict screen prefills `amount` and shows the lines, so the
    inspector sees where the figure comes from before accepting or changing it."""

    amount: Decimal
    price: Decimal
    deductions: tuple[Deduction, ...]


def propose_refund(findings: Findings, price: Decimal) -> RefundProposal | None:
    """The partial refund the findings' deductions add up to, when every one has a share and
    something is left to refund (a deduction of the whole price is a refusal, not a refund)."""
    if not findings.outcome or any(f.deduct is None for f in findings.outcome):
        return None
    lines = tuple(Deduction(f, f.deduct.of(price)) for f in findings.outcome if f.deduct)
    kept = sum((line.amount for line in lines), Decimal(0))
    if not Decimal(0) < kept < price:
        return None
    return RefundProposal(amount=price - kept, price=price, deductions=lines)


def proposed_refund(findings: Findings, price: Decimal) -> Decimal | None:
    """The amount of `propose_refund`, for callers that need only the figure."""
    proposal = propose_refund(findings, price)
    return proposal.amount if proposal is not None else None


def finding_problems(
    findings: Findings, choice: VerdictChoice, price: Decimal, currency: str = "EUR"
) -> list[str]:
    """What stops `choice` from being explained to the customer: a refusal without a
    finding, a partial refund whose deductions are missing or do not add up."""
    if choice.outcome is Outcome.REFUSE_SEND_BACK and not findings.outcome:
        return [
            Phrase(
                _CONTEXT,
                "A refusal must tell the customer why, and no finding of this checklist "
                "explains one: answer the item that shows the problem (its rule then proposes "
                "the refusal), or choose another outcome.",
            )
        ]
    return settle_deductions(findings, choice, price, currency)[1]
