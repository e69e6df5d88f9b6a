"""Money is bounded by the return's price, and the totals of many refunds never overflow."""

from __future__ import annotations

from decimal import Decimal

import pytest
from server.builders import make_payload, make_return

from .conftest import put_inspection

BIG = Decimal("9999999999.99")


@pytest.mark.parametrize(
    ("outcome", "amount", "code"),
    [
        ("partial_refund", "9999999999.99", "refund_exceeds_price"),
        ("partial_refund", "399.00", "refund_exceeds_price"),  # the whole price is not partial
        ("accept_full_refund", "9999999999.99", "refund_exceeds_price"),
        ("refuse_send_back", "10.00", "refund_not_allowed"),
    ],
)
def test_refunds_are_bounded_by_the_price(server, outcome, amount, code):
    server.add_returns([make_return(1)])  # price 399.00
    disposition = "quarantine" if outcome == "refuse_send_back" else "restock"
    payload = make_payload(
        "RET-00001",
        verdict={"outcome": outcome, "disposition": disposition, "refund_amount": amount},
    )
    answer = put_inspection(server, payload, server.auth())
    assert answer.status_code == 422, answer.text
    assert answer.json()["code"] == code


def test_a_refund_the_server_cannot_check_is_refused_and_a_fair_one_is_kept(server):
    server.add_returns([make_return(1)])
    unknown = make_payload(
        "RET-NOT-IMPORTED",
        verdict={"outcome": "partial_refund", "disposition": "restock", "refund_amount": "5"},
    )
    answer = put_inspection(server, unknown, server.auth())
    assert (answer.status_code, answer.json()["code"]) == (422, "refund_unverifiable")
    fair = make_payload(
        "RET-00001",
        verdict={
            "outcome": "partial_refund",
            "grade": "good",
            "disposition": "restock",
            "refund_amount": "398.99",
        },
    )
    assert put_inspection(server, fair, server.auth()).status_code == 201


def test_report_totals_of_the_largest_prices_do_not_overflow(server):
    server.add_returns([make_return(n, price=BIG) for n in (1, 2, 3)])
    for n in (1, 2, 3):
        assert (
            put_inspection(server, make_payload(f"RET-{n:05d}"), server.auth()).status_code == 201
        )
    daily = server.client.get(
        "/api/v1/reports/daily-intake", params={"date": "2026-11-26"}, headers=server.auth("lead")
    )
    assert daily.status_code == 200, daily.text
    assert Decimal(daily.json()["refunds_total"]) == 3 * BIG
    report = server.client.get(
        "/api/v1/lead/report",
        params={"date_from": "2026-11-20", "date_to": "2026-11-26"},
        headers=server.auth("lead"),
    )
    assert report.status_code == 200, report.text
    assert Decimal(report.json()["refunds_total"]) == 3 * BIG
