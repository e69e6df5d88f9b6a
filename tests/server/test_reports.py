"""The daily-intake report counts the day's current final inspections."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from inspector_app.domain.returns import ProductCategory, ReturnReason
from inspector_app.server.config import ConfigError, ServerConfig
from inspector_app.wire import DailyIntake

from .builders import NOON, TODAY, make_payload, make_return, raw
from .conftest import build_server


def submit(server, payload, headers: dict[str, str] | None = None):
    answer = server.client.put(
        f"/api/v1/inspections/{payload.uuid}",
        content=raw(payload),
        headers={**(headers or server.auth()), "Content-Type": "application/json"},
    )
    assert answer.status_code == 201, answer.text
    return payload


def report(server, day=TODAY) -> DailyIntake:
    answer = server.client.get(
        "/api/v1/reports/daily-intake",
        params={"date": day.isoformat()},
        headers=server.auth("lead"),
    )
    assert answer.status_code == 200, answer.text
    return DailyIntake.model_validate(answer.json())


def rows(counts) -> dict[str, int]:
    return {row.key: row.count for row in counts}


def test_daily_intake_counts(server):
    server.add_returns(
        [
            make_return(1),
            make_return(2, reason=ReturnReason.WARRANTY),
            make_return(3),
            make_return(4, received_at=TODAY),
        ]
    )
    refused = {
        "outcome": "refuse_send_back",
        "disposition": "return_to_supplier",
        "override_reason": "customer damage",
    }
    first = submit(server, make_payload("RET-00001"))
    submit(
        server,
        make_payload(
            "RET-00002",
            station="bench-2",
            inspector="badge-0007",
            verdict=refused,
            flags=["imei_mismatch"],
            started_at=NOON - dt.timedelta(minutes=10),
        ),
        server.add_bench("bench-2", "badge-0007"),
    )
    submit(
        server,
        make_payload(
            "RET-00003",
            verdict={
                "outcome": "partial_refund",
                "grade": "fair",
                "disposition": "refurbish",
                "refund_amount": "50.00",
            },
        ),
    )
    # a correction replaces the first verdict; only the current one counts
    submit(
        server,
        make_payload(
            "RET-00001",
            supersedes=first.uuid,
            verdict={"outcome": "accept_full_refund", "grade": "good", "disposition": "restock"},
        ),
    )
    # another day's inspection is not counted
    submit(server, make_payload("LOCAL-1", finalized_at=NOON + dt.timedelta(days=1)))

    got = report(server)
    assert got.date == TODAY
    assert got.inspected == 3
    assert got.received == 4  # three first inspected today, one received today without one
    assert rows(got.by_outcome) == {
        "accept_full_refund": 1,
        "refuse_send_back": 1,
        "partial_refund": 1,
    }
    assert rows(got.by_grade) == {"good": 1, "fair": 1, "ungraded": 1}
    assert rows(got.by_reason) == {"withdrawal": 2, "warranty": 1}
    assert rows(got.by_category) == {ProductCategory.SMARTPHONE.value: 3}
    assert rows(got.by_station) == {"bench-1": 2, "bench-2": 1}
    assert rows(got.by_inspector) == {"badge-0042": 2, "badge-0007": 1}
    assert got.median_inspection_seconds == 240.0
    assert got.refunds_total == Decimal("449.00")  # full price 399 + partial 50
    assert rows(got.flags) == {
        "imei_mismatch": 1,
        "verdict_override": 1,
        "refused": 1,
        "correction": 1,
    }


def test_empty_day(server):
    got = report(server, dt.date(2026, 1, 1))
    assert (got.received, got.inspected, got.median_inspection_seconds) == (0, 0, None)
    assert got.by_outcome == []


def test_station_may_not_read_reports(server):
    answer = server.client.get(
        "/api/v1/reports/daily-intake", params={"date": "2026-11-26"}, headers=server.auth()
    )
    assert answer.status_code == 403


def test_a_site_counts_its_own_day(db_url, tmp_path):
    """A site in Tokyo (UTC+9): an inspection at 16:30 UTC is 01:30 the next morning there,
    so it counts on the next day, and a return first inspected then was received then."""
    server = build_server(db_url, tmp_path / "photos", time_zone="Asia/Tokyo")
    with server.client:
        server.add_returns([make_return(1), make_return(2)])
        late = dt.datetime.combine(TODAY, dt.time(16, 30), tzinfo=dt.UTC)
        submit(server, make_payload("RET-00001", finalized_at=late))
        submit(server, make_payload("RET-00002"))  # at noon UTC: 21:00 in Tokyo, same day
        today, tomorrow = report(server), report(server, TODAY + dt.timedelta(days=1))
    server.db.close()
    assert (today.inspected, today.received) == (1, 1)
    assert (tomorrow.inspected, tomorrow.received) == (1, 1)


def test_an_unknown_time_zone_stops_the_server_with_its_variable(tmp_path):
    config = ServerConfig.for_data_dir(tmp_path)
    assert config.with_environment({"RI_SERVER_TIME_ZONE": "Europe/Paris"}).time_zone == (
        "Europe/Paris"
    )
    with pytest.raises(ConfigError, match=r"RI_SERVER_TIME_ZONE='Mars/Olympus': expected an IANA"):
        config.with_environment({"RI_SERVER_TIME_ZONE": "Mars/Olympus"})
