"""Fixtures for message tests: demo returns, and the facts of a message about one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from inspector_app.domain.demo import demo_returns
from inspector_app.domain.returns import Grade, Return
from inspector_app.messages import MessageCatalog, MessageFacts, MessageKind

TODAY = dt.date(2026, 11, 26)


def facts(
    ret: Return,
    kind: MessageKind,
    grade: Grade | None = Grade.GOOD,
    refund: str | None = None,
    tracking: str = "",
) -> MessageFacts:
    """A message about `ret` without findings (the findings' tests build real ones)."""
    return MessageFacts(
        ret=ret,
        kind=kind,
        day=TODAY,
        grade=grade,
        refund_amount=Decimal(refund) if refund else None,
        sendback_tracking=tracking,
    )


@pytest.fixture(scope="session")
def returns() -> list[Return]:
    return demo_returns(12, TODAY, seed=7)


@pytest.fixture(scope="session")
def catalog() -> MessageCatalog:
    return MessageCatalog.load()
