"""The retry policy: which failures wait, pause or park, and how long the waits are."""

from __future__ import annotations

import datetime as dt
import random
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_app.net.answers import parse_retry_after
from inspector_app.sync.policy import (
    MAX_DELAY_S,
    MAX_RETRY_AFTER_S,
    Action,
    backoff_delay,
    decide,
)

NOW = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("status", "ours", "action", "server_wide"),
    [
        (None, False, Action.RETRY_LATER, True),
        (408, True, Action.RETRY_LATER, True),
        (429, True, Action.RETRY_LATER, True),
        (500, True, Action.RETRY_LATER, False),
        (502, False, Action.RETRY_LATER, True),
        (503, True, Action.RETRY_LATER, True),
        (504, False, Action.RETRY_LATER, True),
        (401, True, Action.PAUSE, False),
        (403, True, Action.PAUSE, False),
        (409, True, Action.PARK, False),
        (422, True, Action.PARK, False),
        (413, True, Action.PARK, False),
        (400, True, Action.PARK, False),
        # Not our server's problem+json: a proxy or a wrong URL says nothing about the entry.
        (404, False, Action.RETRY_LATER, True),
        (401, False, Action.RETRY_LATER, True),
        (407, False, Action.RETRY_LATER, True),
    ],
)
def test_decide(status, ours, action, server_wide):
    decision = decide(status, from_our_server=ours)
    assert decision.action is action
    assert decision.server_wide is server_wide


def test_a_403_about_the_entry_parks_it_and_leaves_the_token_alone():
    assert decide(403, from_our_server=True, code="correction_needs_lead").action is Action.PARK
    assert decide(403, from_our_server=True, code="token_revoked").action is Action.PAUSE
    assert decide(403, from_our_server=False, code="correction_needs_lead").action is not (
        Action.PARK
    )


@given(failures=st.integers(1, 60), seed=st.integers(0, 2**32))
def test_backoff_grows_with_jitter_and_a_cap(failures, seed):
    step = min(MAX_DELAY_S, 2 ** (failures - 1))
    delay = backoff_delay(failures, rng=random.Random(seed))
    assert step / 2 <= delay <= step


@given(failures=st.integers(1, 10), retry_after=st.floats(0, 10 * MAX_RETRY_AFTER_S))
def test_backoff_never_sooner_than_retry_after_up_to_its_cap(failures, retry_after):
    delay = backoff_delay(failures, retry_after, random.Random(1))
    assert delay >= min(retry_after, MAX_RETRY_AFTER_S)
    assert delay <= max(MAX_DELAY_S, MAX_RETRY_AFTER_S)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("7", 7.0),
        (" 120 ", 120.0),
        ("99999999", MAX_RETRY_AFTER_S),
        (format_datetime(NOW + dt.timedelta(seconds=90), usegmt=True), 90.0),
        (format_datetime(NOW - dt.timedelta(seconds=90), usegmt=True), 0.0),
        ("soon", None),
        ("-5", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(header, seconds):
    assert parse_retry_after(header, NOW, MAX_RETRY_AFTER_S) == seconds
