"""The wire verdict is built from a valid choice and refused, with every reason, otherwise."""

from __future__ import annotations

import json

import pytest
from domain.builders import ACCEPT, VERDICT_PRICE, choice

from inspector_app import wire
from inspector_app.domain.verdict import VerdictError
from inspector_app.records.verdict_wire import build_verdict


def test_build_verdict_produces_the_wire_model() -> None:
    partial = choice(outcome="partial_refund", refund_amount="80.50", override_reason=" dent ")
    verdict = build_verdict(ACCEPT, partial, VERDICT_PRICE, "EUR")
    assert isinstance(verdict, wire.VerdictIn)
    assert verdict.proposed.rules == ["accept"]
    assert verdict.proposed.outcome == "accept_full_refund"
    assert verdict.override_reason == "dent"
    data = json.loads(verdict.model_dump_json())
    assert data["refund_amount"] == "80.50" and data["outcome"] == "partial_refund"


def test_build_verdict_refuses_an_invalid_choice_listing_every_problem() -> None:
    with pytest.raises(VerdictError) as caught:
        build_verdict(ACCEPT, choice(outcome="partial_refund", grade="fair"), VERDICT_PRICE)
    assert caught.value.problems == [
        "You changed the proposed outcome and grade; say why in the override reason.",
        "A partial refund needs an amount.",
    ]
