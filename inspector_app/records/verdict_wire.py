"""The inspector's checked verdict as the wire contract's `VerdictIn`.

Kept out of `domain.verdict` so the verdict rules stay free of the wire models: the domain
decides whether a choice may be finalized, this module only spells the result for the server.
"""

from __future__ import annotations

from decimal import Decimal

from inspector_app import wire
from inspector_app.domain.checklist.engine import Findings, Proposal
from inspector_app.domain.verdict import (
    VerdictChoice,
    VerdictError,
    finding_problems,
    validate_verdict,
)


def build_verdict(
    proposal: Proposal,
    choice: VerdictChoice,
    price: Decimal,
    currency: str = "EUR",
    findings: Findings | None = None,
) -> wire.VerdictIn:
    """The wire verdict for a valid choice; VerdictError listing the problems otherwise.

    With `findings` (at finalize), a verdict the customer could not be told the reasons for
    is refused too (`finding_problems`)."""
    problems = validate_verdict(proposal, choice, price, currency)
    if findings is not None:
        problems += finding_problems(findings, choice, price, currency)
    if problems:
        raise VerdictError(problems)
    return wire.VerdictIn(
        outcome=choice.outcome,
        grade=choice.grade,
        disposition=choice.disposition,
        refund_amount=choice.refund_amount,
        currency=currency,
        proposed=wire.Proposal(
            outcome=proposal.outcome,
            grade=proposal.grade,
            disposition=proposal.disposition,
            rules=list(proposal.rules),
        ),
        override_reason=choice.override_reason,
    )
