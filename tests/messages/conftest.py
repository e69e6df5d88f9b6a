"""Fixtures for message tests: demo returns and one verdict per outcome."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from inspector_app.domain.demo import demo_returns
from inspector_app.domain.returns import Disposition, Grade, Outcome, Return
from inspector_app.messages import MessageCatalog
from inspector_app.wire import VerdictIn

TODAY = dt.date(2026, 11, 26)

DISPOSITIONS = {
    Outcome.ACCEPT_FULL_REFUND: Disposition.RESTOCK,
    Outcome.PARTIAL_REFUND: Disposition.REFURBISH,
    Outcome.REFUSE_SEND_BACK: Disposition.QUARANTINE,
    Outcome.REPAIR: Disposition.REPAIR,
    Outcome.REPLACE: Disposition.RETURN_TO_SUPPLIER,
}


def verdict(
    outcome: Outcome, grade: Grade | None = Grade.GOOD, refund: str | None = None
) -> VerdictIn:
    return VerdictIn(
        outcome=outcome,
        grade=grade,
        disposition=DISPOSITIONS[outcome],
        refund_amount=Decimal(refund) if refund else None,
    )


@pytest.fixture(scope="session")
def returns() -> list[Return]:
    return demo_returns(12, TODAY, seed=7)


@pytest.fixture(scope="session")
def catalog() -> MessageCatalog:
    return MessageCatalog.load()
