"""Checklists, inspectors (with PIN hashes for offline sign-in) and station heartbeats."""

from __future__ import annotations

import hashlib

from inspector_app.server import admin
from inspector_app.server.demo import bundled_checklists
from inspector_app.server.models import Station
from inspector_app.wire import ChecklistOut, InspectorOut, bench_pin_key, verify_pin


def test_checklists_serve_the_newest_version_of_each_template(server):
    source = next(p for p in bundled_checklists() if p.stem == "smartphone").read_text("utf-8")
    newer = source.replace("version: 1\n", "version: 2\n", 1)
    with server.db.write() as session:
        admin.publish_checklist(session, source)
        admin.publish_checklist(session, newer)
    answer = server.client.get("/api/v1/checklists", headers=server.auth())
    served = [ChecklistOut.model_validate(c) for c in answer.json()]
    assert [(c.id, c.version) for c in served] == [("smartphone", 3)]
    assert served[0].body == newer
    assert served[0].sha256 == hashlib.sha256(newer.encode()).hexdigest()


def test_inspectors_carry_pin_hashes_a_bench_can_check_offline(server):
    with server.db.write() as session:
        admin.add_person(session, "Paul", "inspector", badge="badge-0077", pin="9753")
    answer = server.client.get("/api/v1/inspectors", headers=server.auth())
    people = {p.badge: p for p in map(InspectorOut.model_validate, answer.json())}
    assert set(people) == {"badge-0042", "badge-0077", "lead-0001"}
    key = bench_pin_key(server.tokens["station"])
    assert verify_pin("9753", people["badge-0077"].pin_hash, key=key)
    assert not verify_pin("9754", people["badge-0077"].pin_hash, key=key)
    assert people["lead-0001"].role == "lead"


def test_heartbeat_records_the_station_queue(server):
    beat = {
        "version": "0.1.0",
        "pending": 3,
        "needs_attention": 1,
        "last_success_at": "2026-11-26T10:00:00Z",
    }
    answer = server.client.post("/api/v1/stations/heartbeat", json=beat, headers=server.auth())
    assert answer.status_code == 204
    with server.db.read() as session:
        station = session.get(Station, "bench-1")
    assert (station.pending, station.needs_attention, station.version) == (3, 1, "0.1.0")
    assert station.seen_at is not None
    assert station.last_success_at.isoformat() == "2026-11-26T10:00:00+00:00"
