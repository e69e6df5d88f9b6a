"""A bench acts only as itself: the server takes the bench from the token, accepts only known,
active people as inspectors, and lets a correction replace another bench's verdict (or one
older than a day) only when a lead has authorised it, without giving the verdict's id away."""

from __future__ import annotations

import datetime as dt

from server.builders import make_payload, make_return
from sqlalchemy import update

from inspector_app.server import admin
from inspector_app.server.models import Inspection

from .conftest import add_bench, give_lead_a_pin, open_lead_session, put_inspection


def test_a_bench_cannot_sign_as_another_bench_or_an_unknown_person(server):
    server.add_returns([make_return(1), make_return(2)])
    bench_2 = add_bench(server, "bench-2")
    forged = make_payload("RET-00001", station="bench-1", inspector="lead-0001")
    answer = put_inspection(server, forged, bench_2)
    assert answer.status_code == 403, answer.text
    assert answer.json()["code"] == "station_mismatch"
    nobody = make_payload("RET-00001", station="bench-2", inspector="badge-9999")
    answer = put_inspection(server, nobody, bench_2)
    assert (answer.status_code, answer.json()["code"]) == (422, "unknown_inspector")
    with server.db.write() as session:
        admin.deactivate(session, "badge-0042")
    gone = make_payload("RET-00001", station="bench-2", inspector="badge-0042")
    answer = put_inspection(server, gone, bench_2)
    assert (answer.status_code, answer.json()["code"]) == (422, "inspector_inactive")
    # a person's own token submits as that person only
    with server.db.write() as session:
        person = admin.add_person(session, "Paul", "inspector", badge="badge-0077", pin="9753")
    as_paul = {"Authorization": f"Bearer {person.secret}"}
    other = make_payload("RET-00002", station="bench-1", inspector="lead-0001")
    answer = put_inspection(server, other, as_paul)
    assert (answer.status_code, answer.json()["code"]) == (403, "inspector_mismatch")
    own = make_payload("RET-00002", station="bench-1", inspector="badge-0077")
    assert put_inspection(server, own, as_paul).status_code == 201
    with server.db.read() as session:
        assert session.get(Inspection, str(own.uuid)).station == "bench-1"


def test_another_bench_cannot_replace_a_verdict_without_a_lead(server):
    server.add_returns([make_return(1)])
    refusal = make_payload(
        "RET-00001",
        verdict={"outcome": "refuse_send_back", "disposition": "quarantine"},
    )
    assert put_inspection(server, refusal, server.auth("station")).status_code == 201
    bench_2 = add_bench(server, "bench-2")
    mine = make_payload("RET-00001", station="bench-2")
    answer = put_inspection(server, mine, bench_2)
    assert answer.status_code == 409
    assert str(refusal.uuid) not in answer.text, "the 409 gave the verdict's id away"
    # knowing the id anyway (from a lead's screen, say) is not enough
    correction = make_payload("RET-00001", station="bench-2", supersedes=refusal.uuid)
    answer = put_inspection(server, correction, bench_2)
    assert (answer.status_code, answer.json()["code"]) == (403, "correction_needs_lead")
    # a lead signed in at bench-2 authorises correcting that return there
    give_lead_a_pin(server)
    lead = open_lead_session(server, bench_2).json()["token"]
    grant = server.client.post(
        "/api/v1/lead/corrections",
        json={"return_id": "RET-00001"},
        headers={"Authorization": f"Bearer {lead}"},
    )
    assert grant.status_code == 201, grant.text
    assert grant.json()["supersedes"] == str(refusal.uuid)
    assert grant.json()["station"] == "bench-2"
    assert put_inspection(server, correction, bench_2).status_code == 201
    # and bench-1, in turn, may not replace bench-2's correction without a lead
    again = make_payload("RET-00001", supersedes=correction.uuid)
    answer = put_inspection(server, again, server.auth("station"))
    assert (answer.status_code, answer.json()["code"]) == (403, "correction_needs_lead")


def test_own_corrections_within_a_day_need_no_lead_older_ones_do(server):
    server.add_returns([make_return(1)])
    first = make_payload("RET-00001")
    assert put_inspection(server, first, server.auth()).status_code == 201
    other = put_inspection(server, make_payload("RET-00001"), server.auth())
    assert other.json()["current_inspection"] == str(first.uuid)  # its own bench may know
    fix = make_payload("RET-00001", supersedes=first.uuid)
    assert put_inspection(server, fix, server.auth()).status_code == 201
    with server.db.write() as session:
        session.execute(
            update(Inspection)
            .where(Inspection.uuid == str(fix.uuid))
            .values(received_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=25))
        )
    late = make_payload("RET-00001", supersedes=fix.uuid)
    answer = put_inspection(server, late, server.auth())
    assert (answer.status_code, answer.json()["code"]) == (403, "correction_needs_lead")
    other = put_inspection(server, make_payload("RET-00001"), server.auth())
    assert "current_inspection" not in other.json()
