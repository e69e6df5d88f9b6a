"""The return card shows where an already-inspected marketplace return stands there, in the
server's words, under its flags."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from inspector_app.domain.demo import demo_batch
from inspector_app.domain.eligibility import Eligibility
from inspector_app.domain.texts import format_date
from inspector_app.gui.return_card_page import ReturnCardPage

pytestmark = pytest.mark.gui


def _card(qtbot: Any) -> ReturnCardPage:
    card = ReturnCardPage()
    qtbot.addWidget(card)
    return card


def test_an_inspected_marketplace_return_shows_its_standing(qtbot: Any) -> None:
    today = dt.datetime.now(dt.UTC).date()
    ret = demo_batch(1, today, seed=3).returns[0]
    eligible = Eligibility(True, "window", "Within the 30-day window.", today)
    card = _card(qtbot)
    card.show_result(ret, eligible, ["already_inspected"], "Refund of 389.00 EUR: confirmed")
    assert card.ui.flags.isVisibleTo(card)
    assert card.ui.flags.text().splitlines() == [
        "⚠ Already inspected",
        "Back Market: Refund of 389.00 EUR: confirmed",
    ]
    card.show_result(ret, eligible, [])
    assert not card.ui.flags.isVisibleTo(card) and card.ui.flags.text() == ""


def test_the_card_writes_its_dates_as_every_screen_does(qtbot: Any) -> None:
    """One date format per language: the card's dates as the eligibility line writes the
    deadline (`Mon 14 Dec 2026`), not Qt's long form (`Monday, December 14, 2026`)."""
    deadline = dt.date(2026, 12, 14)
    ret = demo_batch(1, deadline, seed=3).returns[0]
    card = _card(qtbot)
    card.show_result(ret, Eligibility(True, "window", "Within the 30-day window.", deadline), [])
    assert card.ui.deadlineValue.text() == format_date(deadline) == "Mon 14 Dec 2026"
    assert card.ui.requestedValue.text() == format_date(ret.requested_at)
