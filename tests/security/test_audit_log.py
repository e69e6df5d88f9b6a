"""Every act that matters leaves an audit record saying who, when and where: sign-ins and
their failures, lead sessions, corrections, overrides, token and person changes, template
publishing. Leads read it; nobody, not even the server's own code, can rewrite it."""

from __future__ import annotations

import datetime as dt

import pytest
from server.builders import make_payload, make_return
from sqlalchemy import delete, text, update
from sqlalchemy.exc import DBAPIError

from inspector_app.server import admin
from inspector_app.server.audit import Actor, record_event
from inspector_app.server.demo import bundled_checklists
from inspector_app.server.trust_models import AuditEvent
from inspector_app.wire import AuditPage

from .conftest import LEAD_BADGE, add_bench, give_lead_a_pin, open_lead_session, put_inspection

TODAY = dt.datetime.now(dt.UTC).date().isoformat()


def _events(server, role: str = "lead", **params) -> list:
    answer = server.client.get(
        "/api/v1/lead/audit",
        params={"date_from": TODAY, "date_to": TODAY, "limit": 500, **params},
        headers=server.auth(role),
    )
    assert answer.status_code == 200, answer.text
    return AuditPage.model_validate(answer.json()).items


def test_acts_leave_who_when_where(server):
    server.add_returns([make_return(1)])
    give_lead_a_pin(server)
    open_lead_session(server, server.auth(), pin="000000")
    token = open_lead_session(server, server.auth()).json()["token"]
    as_lead = {"Authorization": f"Bearer {token}"}
    overridden = make_payload(
        "RET-00001",
        verdict={
            "outcome": "accept_full_refund",
            "grade": "good",
            "disposition": "restock",
            "proposed": {"outcome": "accept_full_refund", "grade": "very_good"},
            "override_reason": "scratch on the back",
        },
    )
    assert put_inspection(server, overridden, server.auth()).status_code == 201
    bench_2 = add_bench(server, "bench-2")
    forged = make_payload("RET-00001", station="bench-1")
    assert put_inspection(server, forged, bench_2).status_code == 403
    grant = server.client.post(
        "/api/v1/lead/corrections", json={"return_id": "RET-00001"}, headers=as_lead
    )
    assert grant.status_code == 201
    fix = make_payload("RET-00001", supersedes=overridden.uuid)
    assert put_inspection(server, fix, server.auth()).status_code == 201
    with server.db.write() as session:
        admin.deactivate(session, "badge-0042")
        admin.publish_checklist(session, bundled_checklists()[0].read_text("utf-8"))
    server.client.delete("/api/v1/lead/sessions/current", headers=as_lead)

    events = _events(server)
    kinds = [e.kind for e in events]
    for kind in (
        "lead_sign_in_failed",
        "lead_sign_in",
        "verdict_overridden",
        "submission_refused",
        "correction_authorised",
        "correction_stored",
        "person_deactivated",
        "token_revoked",
        "station_added",
        "token_issued",
        "checklist_published",
        "lead_sign_out",
    ):
        assert kind in kinds, kind
    by_kind = {e.kind: e for e in reversed(events)}
    sign_in = by_kind["lead_sign_in"]
    assert (sign_in.actor, sign_in.role, sign_in.place) == (LEAD_BADGE, "lead", "bench-1")
    refused = by_kind["submission_refused"]
    assert (refused.actor, refused.place) == ("bench-2", "bench-2")
    assert "station_mismatch" in refused.detail
    assert "scratch on the back" in by_kind["verdict_overridden"].detail
    assert by_kind["correction_authorised"].actor == LEAD_BADGE
    assert by_kind["person_deactivated"].place.startswith("cli on ")
    assert all(e.at.date().isoformat() == TODAY for e in events)
    only = _events(server, kind="lead_sign_in_failed")
    assert [e.kind for e in only] == ["lead_sign_in_failed"]


@pytest.mark.parametrize("role", ["station", "inspector"])
def test_only_leads_read_the_log(server, role):
    answer = server.client.get(
        "/api/v1/lead/audit",
        params={"date_from": TODAY, "date_to": TODAY},
        headers=server.auth(role),
    )
    assert answer.status_code == 403


def test_the_log_cannot_be_rewritten(server):
    with server.db.write() as session:
        record_event(session, "marketplace_refund_sent", Actor.system("marketplace"), subject="x")
    for statement in (
        update(AuditEvent).values(detail="nothing happened"),
        delete(AuditEvent),
        text("DELETE FROM audit_events"),
    ):
        with pytest.raises(DBAPIError, match="append-only"), server.db.write() as session:
            session.execute(statement)
    assert [e.subject for e in _events(server, kind="marketplace_refund_sent")] == ["x"]


def test_a_receipt_is_the_calling_benchs_act_recorded_once(server):
    server.add_returns([make_return(2)])
    bench_2 = add_bench(server, "bench-2")
    path = "/api/v1/returns/RET-00002/received"
    assert server.client.post(path, headers=bench_2).json()["status"] == "received"
    assert server.client.post(path, headers=server.auth()).json()["status"] == "already_received"
    receipts = _events(server, kind="return_received")
    assert [(e.actor, e.role, e.place, e.subject) for e in receipts] == [
        ("bench-2", "station", "bench-2", "RET-00002")
    ]
    assert receipts[0].detail == TODAY
