"""The verdict: overrides need a reason and refunds add up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from inspector_app.domain.checklist import Proposal
from inspector_app.domain.verdict import (
    overridden,
    validate_verdict,
)

from .builders import ACCEPT, VERDICT_PRICE, choice


def test_following_the_proposal_needs_no_reason() -> None:
    assert validate_verdict(ACCEPT, choice(), VERDICT_PRICE) == []
    assert overridden(ACCEPT, choice()) == []


def test_overriding_any_field_needs_a_reason() -> None:
    graded_down = choice(grade="good")
    assert overridden(ACCEPT, graded_down) == ["grade"]
    assert validate_verdict(ACCEPT, graded_down, VERDICT_PRICE) == [
        "You changed the proposed grade; say why in the override reason."
    ]
    assert validate_verdict(ACCEPT, choice(grade="good", override_reason="  "), VERDICT_PRICE)
    assert (
        validate_verdict(ACCEPT, choice(grade="good", override_reason="scuff"), VERDICT_PRICE) == []
    )
    both = choice(outcome="repair", disposition="repair")
    assert "proposed outcome and disposition" in validate_verdict(ACCEPT, both, VERDICT_PRICE)[0]


def test_fields_the_rules_left_open_are_free() -> None:
    assert validate_verdict(Proposal(), choice(grade="fair"), VERDICT_PRICE) == []


@pytest.mark.parametrize(
    ("amount", "problem"),
    [
        (None, "A partial refund needs an amount."),
        ("0", "must be more than zero"),
        ("-5", "must be more than zero"),
        ("NaN", "must be more than zero"),
        ("400.00", "The refund (400.00 EUR) is more than the price paid (399.00 EUR)."),
        ("399.00", "choose “accept with a full refund”"),
        ("12.345", "at most two decimals"),
    ],
)
def test_partial_refund_amount(amount: str | None, problem: str) -> None:
    partial = choice(outcome="partial_refund", refund_amount=amount, override_reason="dent")
    problems = validate_verdict(ACCEPT, partial, VERDICT_PRICE)
    assert len(problems) == 1 and problem in problems[0]


def test_partial_refund_within_the_price_is_fine() -> None:
    partial = choice(outcome="partial_refund", refund_amount="80,50", override_reason="dent")
    assert partial.refund_amount == Decimal("80.50")
    assert validate_verdict(ACCEPT, partial, VERDICT_PRICE) == []


def test_only_partial_refunds_carry_an_amount() -> None:
    assert validate_verdict(ACCEPT, choice(refund_amount="399"), VERDICT_PRICE) == [
        "A full refund repays the price paid; leave the amount empty."
    ]
    refuse = choice(
        outcome="refuse_send_back",
        disposition="quarantine",
        refund_amount="10",
        override_reason="locked",
    )
    assert validate_verdict(ACCEPT, refuse, VERDICT_PRICE) == [
        "“Refuse and send back” refunds nothing; leave the amount empty."
    ]


def test_dispositions_that_contradict_the_outcome() -> None:
    refused_to_stock = choice(
        outcome="refuse_send_back", disposition="restock", override_reason="x"
    )
    assert "held in quarantine" in validate_verdict(ACCEPT, refused_to_stock, VERDICT_PRICE)[0]
    refunded_fraud = choice(disposition="quarantine", override_reason="x")
    assert validate_verdict(ACCEPT, refunded_fraud, VERDICT_PRICE) == [
        "An item held in quarantine is not refunded until it is cleared."
    ]
    ungraded = choice(grade=None, disposition="restock", override_reason="x")
    assert validate_verdict(ACCEPT, ungraded, VERDICT_PRICE) == [
        "An item going back to stock needs a grade."
    ]


def test_bad_enum_values_and_amounts_are_refused_on_construction() -> None:
    with pytest.raises(ValueError, match="not a valid Outcome"):
        choice(outcome="keep_it")
    with pytest.raises(ValueError, match="not an amount"):
        choice(outcome="partial_refund", refund_amount="ten euros")
