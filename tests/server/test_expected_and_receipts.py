"""Marketplace parcels on their way (the lead's Expected view) and receipts scanned at a
bench, through the real app on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from inspector_app.server.lead_expected import group_of

from .builders import make_folder, make_return

AS_OF = dt.date(2026, 12, 2)
NOON = dt.datetime(2026, 12, 2, 12, tzinfo=dt.UTC)


def _seed(server) -> None:
    server.add_returns(make_return(n) for n in range(1, 10))
    with server.db.write() as session:
        session.add_all(
            [
                make_folder(
                    1, "at_warehouse", NOON, carrier_delivered_at=NOON - dt.timedelta(hours=3)
                ),
                make_folder(2, "in_transit", NOON, expected_on=AS_OF),
                make_folder(3, "in_transit", NOON, expected_on=AS_OF + dt.timedelta(days=2)),
                make_folder(4, "picked_up", NOON, expected_on=AS_OF - dt.timedelta(days=2)),
                make_folder(5, "overdue", NOON, label_issued_at=NOON - dt.timedelta(days=12)),
                make_folder(6, "label_issued", NOON),
                make_folder(7, "awaiting_label", NOON, label_issued_at=None),
                # closed: not expected
                make_folder(8, "in_transit", NOON, expected_on=AS_OF, state=9),
                # unreadable: not listed
                make_folder(9, "label_issued", NOON, problem="Malformed: id"),
            ]
        )


def _expected(server, group="all", role="lead"):
    return server.client.get(
        "/api/v1/lead/expected",
        params={"as_of": AS_OF.isoformat(), "group": group},
        headers=server.auth(role),
    )


def test_groups_are_disjoint_and_counted(server):
    _seed(server)
    answer = _expected(server)
    assert answer.status_code == 200, answer.text
    page = answer.json()
    assert {c["key"]: c["count"] for c in page["counts"]} == {
        "today": 2,
        "in_transit": 1,
        "overdue": 2,
        "label_issued": 1,
    }
    by_id = {item["return_id"]: item for item in page["items"]}
    assert set(by_id) == {f"RET-{n:05d}" for n in range(1, 7)}
    assert by_id["RET-00005"]["age_days"] == 12
    assert by_id["RET-00001"]["tracking_numbers"] == ["1Z999AA10000000001"]
    overdue = _expected(server, "overdue").json()
    assert [i["return_id"] for i in overdue["items"]] == ["RET-00004", "RET-00005"]
    assert overdue["total"] == 2


def test_expected_is_for_leads_only(server):
    _seed(server)
    assert _expected(server, role="station").status_code == 403
    assert _expected(server, group="tomorrow").status_code == 422


def test_a_receipt_is_recorded_once_and_leaves_the_expected_view(server):
    _seed(server)
    first = server.client.post("/api/v1/returns/RET-00002/received", headers=server.auth())
    assert first.status_code == 200, first.text
    assert first.json()["status"] == "received"
    day = first.json()["received_at"]
    again = server.client.post(
        "/api/v1/returns/RET-00002/received", headers=server.auth("inspector")
    )
    assert again.json() == {
        "return_id": "RET-00002",
        "received_at": day,
        "status": "already_received",
    }
    feed = server.client.get("/api/v1/returns", headers=server.auth()).json()["items"]
    assert {i["id"]: i["received_at"] for i in feed}["RET-00002"] == day
    assert "RET-00002" not in {i["return_id"] for i in _expected(server).json()["items"]}
    missing = server.client.post("/api/v1/returns/NOPE/received", headers=server.auth())
    assert missing.status_code == 404
    assert missing.json()["code"] == "return_not_found"


def test_group_rules():
    assert group_of("in_transit", None, AS_OF) == "in_transit"
    assert group_of("picked_up", AS_OF, AS_OF) == "today"
    assert group_of("picked_up", AS_OF - dt.timedelta(days=1), AS_OF) == "overdue"
    assert group_of("awaiting_label", None, AS_OF) is None


def test_a_receipt_is_dated_to_its_scan_within_bounds(server):
    """A bench's queue may deliver a receipt days after the scan: the scan's day counts; a
    time ahead of the server's clock counts as today; one months back, or garbage, is a
    422 and records nothing."""
    server.add_returns([make_return(n) for n in (11, 12, 13)])
    today = dt.datetime.now(dt.UTC).date()

    def post(n: int, body: object):
        return server.client.post(
            f"/api/v1/returns/RET-{n:05d}/received", json=body, headers=server.auth()
        )

    three_days_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    answer = post(11, {"received_at": three_days_ago.isoformat()})
    assert answer.status_code == 200, answer.text
    assert answer.json()["received_at"] == three_days_ago.date().isoformat()
    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    assert post(12, {"received_at": ahead.isoformat()}).json()["received_at"] == str(today)
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=90)
    refused = post(13, {"received_at": old.isoformat()})
    assert (refused.status_code, refused.json()["code"]) == (422, "receipt_too_old")
    for garbage in ({"received_at": "2026-12-01T10:00:00"}, {"when": "today"}, [1]):
        assert post(13, garbage).status_code == 422, garbage
    feed = server.client.get("/api/v1/returns", headers=server.auth()).json()["items"]
    assert {i["id"]: i["received_at"] for i in feed}["RET-00013"] is None
