"""A station token must not be a way to lead powers: the server never hands out lead or
admin PIN hashes, the inspector hashes it serves are keyed to the bench that asked (a copied
bench database alone checks no PIN), leads need six digits, and guessing is throttled per
badge and per (bench, badge), counted atomically."""

from __future__ import annotations

import pytest

from inspector_app.server import admin
from inspector_app.wire import InspectorOut, bench_pin_key, verify_pin

from .conftest import LEAD_BADGE, add_bench, give_lead_a_pin, open_lead_session


def _people(server, headers) -> dict[str, InspectorOut]:
    answer = server.client.get("/api/v1/inspectors", headers=headers)
    assert answer.status_code == 200, answer.text
    return {p.badge: p for p in map(InspectorOut.model_validate, answer.json())}


def test_stolen_station_token_learns_no_lead_pin(server):
    give_lead_a_pin(server)
    people = _people(server, server.auth("station"))
    assert people[LEAD_BADGE].role == "lead"
    assert people[LEAD_BADGE].pin_hash == "", "a lead's PIN hash left the server"
    inspector = people["badge-0042"].pin_hash
    assert inspector, "inspectors still sign in offline"
    # What a copied bench database holds checks no PIN without the bench's own token ...
    assert not verify_pin("1234", inspector)
    # ... and is keyed to that bench: another bench's token does not check it either.
    assert verify_pin("1234", inspector, key=bench_pin_key(server.tokens["station"]))
    other = add_bench(server, "bench-2")
    assert not verify_pin("1234", inspector, key=bench_pin_key(other["Authorization"][7:]))
    assert _people(server, other)["badge-0042"].pin_hash != inspector


def test_lead_and_admin_pins_have_six_digits_or_more(server):
    with server.db.write() as session, pytest.raises(admin.AdminError, match="6"):
        admin.add_person(session, "Luc", "lead", badge=LEAD_BADGE, pin="4321")
    with server.db.write() as session:
        # promoting someone to lead needs a new PIN: their inspector PIN may be short
        with pytest.raises(admin.AdminError, match="PIN"):
            admin.add_person(session, "Ines", "lead", badge="badge-0042")
        admin.add_person(session, "Ines", "inspector", badge="badge-0042", pin="1234")
    give_lead_a_pin(server)
    assert open_lead_session(server, server.auth("station")).status_code == 201


def test_guessing_is_throttled_per_bench_and_badge_then_per_badge(server):
    give_lead_a_pin(server)
    benches = [server.auth("station")] + [add_bench(server, f"bench-{n}") for n in range(2, 9)]
    answers = [
        [open_lead_session(server, bench, pin=f"{n:06d}").status_code for n in range(7)]
        for bench in benches
    ]
    # five wrong guesses at a bench, then that bench waits ...
    assert answers[:6] == [[403] * 5 + [429] * 2] * 6, answers
    # ... and after thirty across benches the badge waits everywhere
    assert answers[6:] == [[429] * 7] * 2, answers
    blocked = open_lead_session(server, add_bench(server, "bench-fresh"))
    assert blocked.status_code == 429, "even the right PIN waits once the badge is locked"
    assert int(blocked.headers["Retry-After"]) > 0
    # another lead at the first bench is not affected by these guesses
    with server.db.write() as session:
        admin.add_person(session, "Lea", "lead", badge="lead-0002", pin="975310")
    answer = server.client.post(
        "/api/v1/lead/sessions",
        json={"badge": "lead-0002", "pin": "975310"},
        headers=benches[0],
    )
    assert answer.status_code == 201, answer.text


def test_right_pin_from_another_bench_still_opens_a_session(server):
    give_lead_a_pin(server)
    for n in range(5):
        open_lead_session(server, server.auth("station"), pin=f"{n:06d}")
    assert open_lead_session(server, server.auth("station")).status_code == 429
    assert open_lead_session(server, add_bench(server, "bench-2")).status_code == 201
