"""The verdict: overrides need a reason, refunds add up, and the wire verdict is built from it."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from inspector_app import wire
from inspector_app.domain.checklist import Proposal, Rule
from inspector_app.domain.returns import Disposition, Grade, Outcome
from inspector_app.domain.verdict import (
    VerdictChoice,
    VerdictError,
    build_verdict,
    overridden,
    validate_verdict,
)

PRICE = Decimal("399.00")
ACCEPT = Proposal(
    outcome=Outcome.ACCEPT_FULL_REFUND,
    grade=Grade.VERY_GOOD,
    disposition=Disposition.REFURBISH,
    fired=(Rule("accept", "Accept", outcome=Outcome.ACCEPT_FULL_REFUND),),
)


def choice(**changes: object) -> VerdictChoice:
    fields = {"outcome": "accept_full_refund", "grade": "very_good", "disposition": "refurbish"}
    return VerdictChoice(**{**fields, **changes})


def test_following_the_proposal_needs_no_reason() -> None:
    assert validate_verdict(ACCEPT, choice(), PRICE) == []
    assert overridden(ACCEPT, choice()) == []


def test_overriding_any_field_needs_a_reason() -> None:
    graded_down = choice(grade="good")
    assert overridden(ACCEPT, graded_down) == ["grade"]
    assert validate_verdict(ACCEPT, graded_down, PRICE) == [
        "You changed the proposed grade; say why in the override reason."
    ]
    assert validate_verdict(ACCEPT, choice(grade="good", override_reason="  "), PRICE)
    assert validate_verdict(ACCEPT, choice(grade="good", override_reason="scuff"), PRICE) == []
    both = choice(outcome="repair", disposition="repair")
    assert "proposed outcome and disposition" in validate_verdict(ACCEPT, both, PRICE)[0]


def test_fields_the_rules_left_open_are_free() -> None:
    assert validate_verdict(Proposal(), choice(grade="fair"), PRICE) == []


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
    problems = validate_verdict(ACCEPT, partial, PRICE)
    assert len(problems) == 1 and problem in problems[0]


def test_partial_refund_within_the_price_is_fine() -> None:
    partial = choice(outcome="partial_refund", refund_amount="80,50", override_reason="dent")
    assert partial.refund_amount == Decimal("80.50")
    assert validate_verdict(ACCEPT, partial, PRICE) == []


def test_only_partial_refunds_carry_an_amount() -> None:
    assert validate_verdict(ACCEPT, choice(refund_amount="399"), PRICE) == [
        "A full refund repays the price paid; leave the amount empty."
    ]
    refuse = choice(
        outcome="refuse_send_back",
        disposition="quarantine",
        refund_amount="10",
        override_reason="locked",
    )
    assert validate_verdict(ACCEPT, refuse, PRICE) == [
        "“Refuse and send back” refunds nothing; leave the amount empty."
    ]


def test_dispositions_that_contradict_the_outcome() -> None:
    refused_to_stock = choice(
        outcome="refuse_send_back", disposition="restock", override_reason="x"
    )
    assert "held in quarantine" in validate_verdict(ACCEPT, refused_to_stock, PRICE)[0]
    refunded_fraud = choice(disposition="quarantine", override_reason="x")
    assert validate_verdict(ACCEPT, refunded_fraud, PRICE) == [
        "An item held in quarantine is not refunded until it is cleared."
    ]
    ungraded = choice(grade=None, disposition="restock", override_reason="x")
    assert validate_verdict(ACCEPT, ungraded, PRICE) == [
        "An item going back to stock needs a grade."
    ]


def test_bad_enum_values_and_amounts_are_refused_on_construction() -> None:
    with pytest.raises(ValueError, match="not a valid Outcome"):
        choice(outcome="keep_it")
    with pytest.raises(ValueError, match="not an amount"):
        choice(outcome="partial_refund", refund_amount="ten euros")


def test_build_verdict_produces_the_wire_model() -> None:
    partial = choice(outcome="partial_refund", refund_amount="80.50", override_reason=" dent ")
    verdict = build_verdict(ACCEPT, partial, PRICE, "EUR")
    assert isinstance(verdict, wire.VerdictIn)
    assert verdict.proposed.rules == ["accept"]
    assert verdict.proposed.outcome == "accept_full_refund"
    assert verdict.override_reason == "dent"
    data = json.loads(verdict.model_dump_json())
    assert data["refund_amount"] == "80.50" and data["outcome"] == "partial_refund"


def test_build_verdict_refuses_an_invalid_choice_listing_every_problem() -> None:
    with pytest.raises(VerdictError) as caught:
        build_verdict(ACCEPT, choice(outcome="partial_refund", grade="fair"), PRICE)
    assert caught.value.problems == [
        "You changed the proposed outcome and grade; say why in the override reason.",
        "A partial refund needs an amount.",
    ]
