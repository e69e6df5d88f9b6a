"""The lead endpoints over a seeded week: every figure equals the independent count."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from inspector_app.wire import (
    FlaggedPage,
    InspectionDetail,
    LeadReport,
    LeadSession,
    RecurringPage,
    WaitingPage,
)

from .seed import (
    DAY,
    INSPECTORS,
    LEAD,
    WEEK,
    day_of,
    expected,
    expected_recurring,
    expected_trend,
    refund,
    waiting,
)

LEAD_GETS = [
    "/api/v1/lead/report?date_from=2026-11-20&date_to=2026-11-26",
    "/api/v1/lead/waiting?as_of=2026-11-26",
    "/api/v1/lead/review?date_from=2026-11-20&date_to=2026-11-26",
    "/api/v1/lead/recurring?date_to=2026-11-26",
    "/api/v1/lead/inspections/00000000-0000-4000-8000-000000000000",
    "/api/v1/lead/inspections/00000000-0000-4000-8000-000000000000/photos/" + "a" * 64,
]


def get(srv, path, role="lead", **params):
    answer = srv.client.get(path, params=params, headers=srv.auth(role))
    assert answer.status_code == 200, answer.text
    return answer.json()


def counts(rows):
    return {r.key: r.count for r in rows}


@pytest.mark.parametrize(("first", "last"), [(WEEK[0], DAY), (DAY, DAY), (WEEK[2], WEEK[4])])
def test_report_figures_equal_the_independent_count(week, first, last):
    srv, week = week
    got = LeadReport.model_validate(get(srv, "/api/v1/lead/report", date_from=first, date_to=last))
    want = expected(week, first, last)
    assert got.inspected > 0
    for name in (
        "received",
        "inspected",
        "waiting",
        "oldest_waiting_days",
        "accepted",
        "partial",
        "refused",
        "overridden",
        "flagged",
        "refunds_total",
    ):
        assert getattr(got, name) == want[name], name
    assert {r.currency: r.total for r in got.refunds} == want["refunds"]
    assert got.median_inspection_seconds == want["median"]
    assert counts(got.by_outcome) == want["by_outcome"]
    assert counts(got.by_reason) == want["by_reason"]
    assert counts(got.by_category) == want["by_category"]
    assert {h.hour: h.count for h in got.per_hour if h.count} == dict(want["per_hour"])
    assert {s.name: s.inspected for s in got.stations if s.inspected} == want["by_station"]
    for row in got.inspectors:
        mine = want["inspectors"][row.badge]
        assert row.name == INSPECTORS[row.badge]
        assert (
            row.inspected,
            row.median_inspection_seconds,
            row.active_hours,
            row.per_active_hour,
            row.overridden,
            row.refused,
        ) == (
            mine["inspected"],
            mine["median"],
            mine["active_hours"],
            mine["per_active_hour"],
            mine["overridden"],
            mine["refused"],
        )
    assert {r.badge for r in got.inspectors} == set(want["inspectors"])


def test_stations_show_their_last_heartbeat(week):
    srv, week = week
    got = LeadReport.model_validate(get(srv, "/api/v1/lead/report", date_from=DAY, date_to=DAY))
    by_name = {s.name: s for s in got.stations}
    assert set(by_name) == {"bench-1", "bench-2", "bench-3"}
    for name, beat in week.heartbeats.items():
        row = by_name[name]
        assert (row.version, row.pending, row.needs_attention, row.last_success_at) == (
            beat.version,
            beat.pending,
            beat.needs_attention,
            beat.last_success_at,
        )
        assert row.last_contact is not None
    assert by_name["bench-3"].last_contact is None  # never sent a heartbeat


def test_trend_covers_thirty_days(week):
    srv, week = week
    got = LeadReport.model_validate(get(srv, "/api/v1/lead/report", date_from=DAY, date_to=DAY))
    rows = [(t.date, t.received, t.inspected, t.accepted, t.partial, t.refused) for t in got.trend]
    assert rows == expected_trend(week, DAY)
    assert sum(r[2] for r in rows) > len(WEEK)  # older inspections are in the trend


def test_waiting_list_is_oldest_first_and_paginated(week):
    srv, week = week
    want = waiting(week, DAY)
    assert len(want) >= 5
    pages = [
        WaitingPage.model_validate(
            get(srv, "/api/v1/lead/waiting", as_of=DAY, offset=offset, limit=2)
        )
        for offset in range(0, len(want), 2)
    ]
    assert {p.total for p in pages} == {len(want)}
    assert [(i.return_id, i.waited_days) for p in pages for i in p.items] == want
    earlier = WaitingPage.model_validate(get(srv, "/api/v1/lead/waiting", as_of=WEEK[0]))
    assert [(i.return_id, i.waited_days) for i in earlier.items] == waiting(week, WEEK[0])


def test_review_list_holds_overrides_refusals_and_fraud(week):
    srv, week = week
    want = expected(week, WEEK[0], DAY)["review"]
    got = []
    offset = 0
    while True:
        page = FlaggedPage.model_validate(
            get(srv, "/api/v1/lead/review", date_from=WEEK[0], date_to=DAY, offset=offset, limit=7)
        )
        assert page.total == len(want)
        got += page.items
        offset += 7
        if offset >= page.total:
            break
    assert [g.uuid for g in got] == [s.p.uuid for s in want]
    for g, s in zip(got, want, strict=True):
        assert g.override_reason == s.p.verdict.override_reason
        assert g.flags == s.p.flags
        assert g.outcome == s.p.verdict.outcome
        assert g.model == s.model
        # what a lead reads: the RMA and the name, not the internal id and the badge
        known = week.returns.get(s.return_id)
        assert g.rma == (known.rma if known else "")
        assert g.inspector_name == INSPECTORS[s.p.inspector]
        assert g.currency == s.currency
        # the money paid back, a full refund's too (its verdict carries no amount: the price)
        refunded = s.p.verdict.outcome.value in ("accept_full_refund", "partial_refund")
        known_price = s.p.verdict.refund_amount is not None or s.price is not None
        assert g.refund_amount == (refund(s) if refunded and known_price else None)
    assert any(g.outcome == "accept_full_refund" and g.refund_amount for g in got), (
        "the week has no full refund to review"
    )
    overridden = FlaggedPage.model_validate(
        get(srv, "/api/v1/lead/review", date_from=WEEK[0], date_to=DAY, kind="overridden")
    )
    assert overridden.total == sum(bool(s.p.verdict.override_reason) for s in want)
    assert all(i.override_reason.startswith("Lead agreed") for i in overridden.items)
    fraud = FlaggedPage.model_validate(
        get(srv, "/api/v1/lead/review", date_from=WEEK[0], date_to=DAY, kind="fraud")
    )
    assert fraud.total == sum("imei_mismatch" in s.p.flags or "tampered" in s.p.flags for s in want)
    assert fraud.total > 0


def test_recurring_issues_by_model_and_reason(week):
    srv, week = week
    page = RecurringPage.model_validate(get(srv, "/api/v1/lead/recurring", date_to=DAY))
    got = {(i.model, i.reason, i.issue): i.count for i in page.items}
    assert got == expected_recurring(week, DAY)
    assert [i.count for i in page.items] == sorted((i.count for i in page.items), reverse=True)
    assert page.date_from == DAY - dt.timedelta(days=29)


def test_drill_down_shows_answers_and_photos(week):
    srv, week = week
    sent = next(s for s in week.sent if s.p.uuid == week.photo_inspection)
    detail = InspectionDetail.model_validate(get(srv, f"/api/v1/lead/inspections/{sent.p.uuid}"))
    assert detail.inspection == sent.p
    assert detail.model == sent.model
    assert detail.inspector_name == INSPECTORS[sent.p.inspector]
    sha = detail.inspection.photos[0].sha256
    photo = srv.client.get(
        f"/api/v1/lead/inspections/{sent.p.uuid}/photos/{sha}", headers=srv.auth("lead")
    )
    assert photo.status_code == 200
    assert photo.content == week.photo
    assert photo.headers["content-type"] == "image/jpeg"
    other = week.sent[0].p.uuid  # a stored photo, but not one of this inspection's
    refused = srv.client.get(
        f"/api/v1/lead/inspections/{other}/photos/{sha}", headers=srv.auth("lead")
    )
    assert refused.status_code == 404
    superseded = next(s for s in week.sent if s.superseded)
    old = InspectionDetail.model_validate(get(srv, f"/api/v1/lead/inspections/{superseded.p.uuid}"))
    assert old.superseded_by is not None


@pytest.mark.parametrize("role", ["station", "inspector"])
@pytest.mark.parametrize("path", LEAD_GETS)
def test_station_and_inspector_tokens_are_refused(server, role, path):
    answer = server.client.get(path, headers=server.auth(role))
    assert answer.status_code == 403
    assert answer.json()["code"] == "forbidden_role"


def test_admin_may_read_and_no_token_is_401(server):
    assert server.client.get(LEAD_GETS[0], headers=server.auth("admin")).status_code == 200
    assert server.client.get(LEAD_GETS[0]).status_code == 401


def test_inspector_may_not_open_a_lead_session(server):
    answer = server.client.post(
        "/api/v1/lead/sessions",
        json={"badge": "lead-0001", "pin": "1234"},
        headers=server.auth("inspector"),
    )
    assert answer.status_code == 403


def test_bad_ranges_are_422(server):
    for params in (
        {"date_from": "2026-11-27", "date_to": "2026-11-26"},
        {"date_from": "2026-01-01", "date_to": "2026-12-31"},
        {"date_from": "1000-01-01", "date_to": "1000-01-02"},
        {"date_from": "2026-11-26"},
    ):
        answer = server.client.get(
            "/api/v1/lead/report", params=params, headers=server.auth("lead")
        )
        assert answer.status_code == 422, params
        assert answer.headers["content-type"] == "application/problem+json"


def test_lead_session_from_a_bench(seeded):
    srv, _ = seeded
    badge, name, pin = LEAD
    opened = srv.client.post(
        "/api/v1/lead/sessions", json={"badge": badge, "pin": pin}, headers=srv.auth("station")
    )
    assert opened.status_code == 201, opened.text
    session = LeadSession.model_validate(opened.json())
    assert (session.badge, session.name, session.role) == (badge, name, "lead")
    bearer = {"Authorization": f"Bearer {session.token}"}
    assert srv.client.get(LEAD_GETS[0], headers=bearer).status_code == 200
    # a lead session opens the lead endpoints only
    assert srv.client.get("/api/v1/checklists", headers=bearer).status_code == 401
    assert srv.client.delete("/api/v1/lead/sessions/current", headers=bearer).status_code == 204
    assert srv.client.get(LEAD_GETS[0], headers=bearer).status_code == 401


def test_wrong_pins_are_refused_then_throttled(seeded):
    srv, _ = seeded
    badge, _, pin = LEAD
    for guess in ("000000", "111111", "222222", "333333", "444444"):
        answer = srv.client.post(
            "/api/v1/lead/sessions",
            json={"badge": badge, "pin": guess},
            headers=srv.auth("station"),
        )
        assert answer.status_code == 403
        assert answer.json()["code"] == "lead_sign_in_refused"
    blocked = srv.client.post(
        "/api/v1/lead/sessions", json={"badge": badge, "pin": pin}, headers=srv.auth("station")
    )
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) > 0
    inspector = srv.client.post(
        "/api/v1/lead/sessions",
        json={"badge": "badge-0101", "pin": "111111"},
        headers=srv.auth("station"),
    )
    assert inspector.status_code == 403  # not a lead: refused like a wrong PIN


def test_days_and_hours_are_the_sites_own(zoned_week):
    """A site in Tokyo or Honolulu: the lead's days end at the site's midnight, and the hours
    of the day are its clocks', for every list that takes a day."""
    srv, week = zoned_week
    zone = ZoneInfo(srv.config.time_zone)
    moved = [s for s in week.sent if day_of(s, zone) != day_of(s)]
    assert moved, "the week must have inspections on another UTC day than the site's"
    for first, last in [(WEEK[0], DAY), (DAY, DAY), (WEEK[2], WEEK[4])]:
        got = LeadReport.model_validate(
            get(srv, "/api/v1/lead/report", date_from=first, date_to=last)
        )
        want = expected(week, first, last, zone)
        assert got.time_zone == srv.config.time_zone
        assert (got.received, got.inspected, got.waiting, got.refused, got.refunds_total) == (
            want["received"],
            want["inspected"],
            want["waiting"],
            want["refused"],
            want["refunds_total"],
        )
        assert {h.hour: h.count for h in got.per_hour if h.count} == dict(want["per_hour"])
        review = FlaggedPage.model_validate(
            get(srv, "/api/v1/lead/review", date_from=first, date_to=last, limit=500)
        )
        assert [str(i.uuid) for i in review.items] == [str(s.p.uuid) for s in want["review"]]
    trend = LeadReport.model_validate(
        get(srv, "/api/v1/lead/report", date_from=DAY, date_to=DAY)
    ).trend
    assert [
        (t.date, t.received, t.inspected, t.accepted, t.partial, t.refused) for t in trend
    ] == expected_trend(week, DAY, zone)
    waiting_page = WaitingPage.model_validate(get(srv, "/api/v1/lead/waiting", as_of=WEEK[3]))
    assert [(i.return_id, i.waited_days) for i in waiting_page.items] == waiting(
        week, WEEK[3], zone
    )
    recurring = RecurringPage.model_validate(get(srv, "/api/v1/lead/recurring", date_to=DAY))
    assert {(i.model, i.reason, i.issue): i.count for i in recurring.items} == expected_recurring(
        week, DAY, zone
    )
