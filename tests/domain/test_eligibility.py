"""Eligibility: each rule with its plain-words reason, and date rules as properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector_app.domain.eligibility import (
    HOLIDAY_SEASON,
    RULES,
    EligibilityPolicy,
    SeasonalRule,
    YearlyDay,
    add_business_days,
    add_months,
    is_business_day,
    next_business_day,
    supported_countries,
)
from inspector_app.domain.returns import ReturnReason

from .builders import make_return

POLICY = EligibilityPolicy()
TODAY = dt.date(2026, 11, 26)
COUNTRIES = ("FR", "DE", "GB", "US", "ES", "IT", "BE", "NL")
dates = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2035, 12, 31))


def evaluate(**changes: object):
    return POLICY.evaluate(make_return(**changes), TODAY)


def test_within_window_says_so_with_the_deadline() -> None:
    result = evaluate()
    assert (result.eligible, result.rule, result.deadline) == (
        True,
        "withdrawal_window",
        dt.date(2026, 12, 3),
    )
    assert result.reason == "Within the 30-day withdrawal window (deadline Thu 3 Dec 2026)."


def test_deadline_on_a_weekend_moves_to_monday_and_says_why() -> None:
    result = evaluate(delivered_at=dt.date(2026, 11, 5), requested_at=dt.date(2026, 12, 7))
    assert result.eligible and result.deadline == dt.date(2026, 12, 7)
    assert "moved from Sat 5 Dec 2026: a Saturday" in result.reason


def test_deadline_on_a_public_holiday_moves_past_it() -> None:
    # Delivered 12 Oct 2026: day 30 is Wed 11 Nov, Armistice Day in France, not in Germany.
    result = evaluate(
        ordered_at=dt.date(2026, 10, 8),
        delivered_at=dt.date(2026, 10, 12),
        requested_at=dt.date(2026, 11, 12),
    )
    assert result.deadline == dt.date(2026, 11, 12)
    assert "public holiday (Armistice" in result.reason
    german = POLICY.evaluate(
        make_return(
            ordered_at=dt.date(2026, 10, 8),
            delivered_at=dt.date(2026, 10, 12),
            requested_at=dt.date(2026, 11, 12),
            country="DE",
        ),
        TODAY,
    )
    assert german.deadline == dt.date(2026, 11, 11) and not german.eligible


def test_late_request_is_refused_with_the_closing_date() -> None:
    result = evaluate(requested_at=dt.date(2026, 12, 4))
    assert (result.eligible, result.rule) == (False, "window_closed")
    assert result.reason == (
        "Requested on Fri 4 Dec 2026, after the 30-day withdrawal window closed (Thu 3 Dec 2026)."
    )


def test_holiday_season_orders_are_returnable_until_31_january() -> None:
    result = evaluate(
        ordered_at=dt.date(2026, 11, 27),
        delivered_at=dt.date(2026, 11, 30),
        requested_at=dt.date(2027, 1, 29),
    )
    assert (result.eligible, result.rule) == (True, "seasonal_extension")
    assert result.deadline == dt.date(2027, 2, 1), "31 Jan 2027 is a Sunday"
    before = evaluate(
        ordered_at=dt.date(2026, 11, 26),
        delivered_at=dt.date(2026, 11, 30),
        requested_at=dt.date(2027, 1, 29),
    )
    assert (before.eligible, before.rule) == (False, "window_closed")
    assert before.deadline == dt.date(2026, 12, 30)


def test_black_friday_is_the_day_after_the_fourth_thursday() -> None:
    # 2024 started November on a Friday: the fourth Friday (22nd) was not Black Friday.
    starts = {y: HOLIDAY_SEASON.orders_from.on(y) for y in (2019, 2024, 2025, 2026)}
    assert starts == {
        2019: dt.date(2019, 11, 29),
        2024: dt.date(2024, 11, 29),
        2025: dt.date(2025, 11, 28),
        2026: dt.date(2026, 11, 27),
    }


def test_seasonal_rules_are_data() -> None:
    summer = SeasonalRule.from_text(
        "summer", "summer sale", "last wednesday of june", "07-15", "09-30"
    )
    policy = EligibilityPolicy(seasonal=(summer,))
    ret = make_return(
        ordered_at=dt.date(2026, 7, 1),
        delivered_at=dt.date(2026, 7, 3),
        requested_at=dt.date(2026, 9, 29),
    )
    result = policy.evaluate(ret, TODAY)
    assert (result.rule, result.deadline) == ("seasonal_extension", dt.date(2026, 9, 30))
    assert "in the summer sale" in result.reason
    assert EligibilityPolicy(seasonal=()).evaluate(ret, TODAY).rule == "window_closed"


@pytest.mark.parametrize(
    "text", ["13-01", "02-30", "5th blursday of june", "first monday of may", "", "12/31"]
)
def test_bad_yearly_days_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="MM-DD"):
        YearlyDay.parse(text)


def test_yearly_day_forms() -> None:
    assert YearlyDay.parse("last monday of may").on(2026) == dt.date(2026, 5, 25)
    assert YearlyDay.parse("1st sunday of march - 2 days").on(2026) == dt.date(2026, 2, 27)
    assert YearlyDay.parse("02-29").on(2027) == dt.date(2027, 2, 28)


def test_defects_past_the_window_fall_under_warranty() -> None:
    result = evaluate(reason=ReturnReason.FAILURE_AT_FIRST_USE, requested_at=dt.date(2027, 6, 1))
    assert (result.eligible, result.rule, result.deadline) == (
        True,
        "warranty",
        dt.date(2027, 11, 3),
    )
    assert "within the 12-month warranty (until Wed 3 Nov 2027)" in result.reason
    expired = evaluate(reason=ReturnReason.WARRANTY, requested_at=dt.date(2027, 11, 4))
    assert (expired.eligible, expired.rule) == (False, "warranty_expired")
    withdrawal = evaluate(reason=ReturnReason.WITHDRAWAL, requested_at=dt.date(2027, 6, 1))
    assert withdrawal.rule == "window_closed", "no warranty for a change of mind"


def test_transit_damage_within_three_business_days() -> None:
    # Delivered Thu 5 Nov 2026: Fri 6, Mon 9, Tue 10 (Wed 11 is Armistice Day).
    ok = evaluate(
        reason=ReturnReason.DELIVERY_PROBLEM,
        delivered_at=dt.date(2026, 11, 5),
        requested_at=dt.date(2026, 11, 10),
    )
    assert (ok.eligible, ok.rule, ok.deadline) == (True, "transit_damage", dt.date(2026, 11, 10))
    late = evaluate(
        reason=ReturnReason.DELIVERY_PROBLEM,
        delivered_at=dt.date(2026, 11, 5),
        requested_at=dt.date(2026, 11, 12),
    )
    assert (late.eligible, late.rule) == (True, "withdrawal_window")
    assert late.reason.startswith("Transit damage was reported after its deadline (Tue 10 Nov")
    refused = evaluate(
        reason=ReturnReason.DELIVERY_PROBLEM,
        delivered_at=dt.date(2026, 11, 5),
        requested_at=dt.date(2026, 12, 10),
    )
    assert (refused.eligible, refused.rule) == (False, "transit_report_late")


def test_overdue_parcels() -> None:
    assert not evaluate(requested_at=dt.date(2026, 11, 20)).overdue
    assert evaluate(requested_at=dt.date(2026, 11, 5)).overdue, "not received 21 days on"
    assert not evaluate(
        requested_at=dt.date(2026, 11, 5), received_at=dt.date(2026, 11, 12)
    ).overdue


def test_unknown_country_is_refused_and_unknown_customer_country_falls_back() -> None:
    with pytest.raises(ValueError, match="ZZ"):
        EligibilityPolicy(country="ZZ")
    assert POLICY.holiday_country(make_return(country="ZZ")) == "FR"


def test_dates_at_the_end_of_the_calendar_are_reported_not_raised() -> None:
    end = dt.date(9999, 12, 20)
    result = evaluate(ordered_at=end, delivered_at=end, requested_at=end)
    assert (result.eligible, result.rule, result.deadline) == (False, "dates_out_of_range", None)
    assert "Mon 20 Dec 9999" in result.reason


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 11, 30), 15) == dt.date(2028, 2, 29)


# -- properties -------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(delivered=dates, days=st.integers(1, 120), country=st.sampled_from(COUNTRIES))
def test_window_deadline_is_a_business_day_on_or_after_the_raw_deadline(
    delivered: dt.date, days: int, country: str
) -> None:
    policy = EligibilityPolicy(window_days=days, country=country)
    ret = make_return(delivered_at=delivered, country=country)
    deadline = policy.window_deadline(ret)
    raw = delivered + dt.timedelta(days=days)
    assert is_business_day(deadline, country)
    assert raw <= deadline <= raw + dt.timedelta(days=10)
    assert all(
        not is_business_day(raw + dt.timedelta(d), country) for d in range((deadline - raw).days)
    )


@settings(max_examples=300, deadline=None)
@given(first=dates, second=dates, country=st.sampled_from(COUNTRIES))
def test_deadlines_are_monotonic_in_the_delivery_date(
    first: dt.date, second: dt.date, country: str
) -> None:
    early, late = sorted((first, second))
    policy = EligibilityPolicy(country=country)
    for deadline in (
        policy.window_deadline,
        lambda r: add_business_days(r.delivered_at, 3, country),
        lambda r: next_business_day(add_months(r.delivered_at, 12), country),
    ):
        assert deadline(make_return(delivered_at=early, country=country)) <= deadline(
            make_return(delivered_at=late, country=country)
        )


@settings(max_examples=300, deadline=None)
@given(
    ordered=dates,
    transit=st.integers(0, 10),
    wait=st.integers(-5, 500),
    reason=st.sampled_from(ReturnReason),
    country=st.sampled_from(COUNTRIES),
)
def test_evaluation_is_consistent(
    ordered: dt.date, transit: int, wait: int, reason: ReturnReason, country: str
) -> None:
    delivered = ordered + dt.timedelta(days=transit)
    requested = delivered + dt.timedelta(days=wait)
    ret = make_return(
        ordered_at=ordered,
        delivered_at=delivered,
        requested_at=requested,
        reason=reason,
        country=country,
    )
    result = POLICY.evaluate(ret, TODAY)
    assert result.deadline is not None and is_business_day(result.deadline, country)
    assert result.eligible == (requested <= result.deadline)
    assert result.reason.endswith(".") and "None" not in result.reason
    assert result.rule in RULES
    if result.eligible:
        earlier = POLICY.evaluate(
            make_return(
                ordered_at=ordered,
                delivered_at=delivered,
                reason=reason,
                requested_at=requested - dt.timedelta(days=1),
                country=country,
            ),
            TODAY,
        )
        assert earlier.eligible, "asking sooner never loses eligibility"
    if HOLIDAY_SEASON.period(ordered) and wait <= 30:
        assert result.eligible


@settings(max_examples=200, deadline=None)
@given(day=dates, count=st.integers(0, 30), country=st.sampled_from(COUNTRIES))
def test_add_business_days_counts_business_days(day: dt.date, count: int, country: str) -> None:
    end = add_business_days(day, count, country)
    span = [day + dt.timedelta(d) for d in range(1, (end - day).days + 1)]
    assert sum(is_business_day(d, country) for d in span) == count
    assert count == 0 or is_business_day(end, country)


def test_the_countries_with_a_calendar_are_the_holidays_packages_own() -> None:
    """Read from the package's registry (no country module imported), the list is the one
    the package gives by importing them all, aliases included (GB and UK)."""
    import holidays

    assert supported_countries() == frozenset(holidays.list_supported_countries())
    assert {"FR", "DE", "GB", "UK"} <= supported_countries()
