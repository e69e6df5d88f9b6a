"""PUT /inspections/{uuid}: stored once, identical replays accepted, conflicts refused."""

from __future__ import annotations

import uuid

from inspector_app.server.models import Inspection

from .builders import image_bytes, make_payload, make_return, raw, sha

PROBLEM = "application/problem+json"


def put(server, payload, body: bytes | None = None, headers: dict[str, str] | None = None):
    return server.client.put(
        f"/api/v1/inspections/{payload.uuid}",
        content=raw(payload) if body is None else body,
        headers={**(headers or server.auth()), "Content-Type": "application/json"},
    )


def upload(server, body: bytes):
    return server.client.put(
        f"/api/v1/photos/{sha(body)}",
        content=body,
        headers={**server.auth(), "Content-Type": "image/jpeg"},
    )


def feed(server, cursor: str = ""):
    return server.client.get(
        "/api/v1/returns", params={"changed_since": cursor}, headers=server.auth()
    ).json()


def test_first_put_stores_and_identical_replay_is_200(server):
    server.add_returns([make_return(1)])
    payload = make_payload("RET-00001")
    first = put(server, payload)
    assert first.status_code == 201, first.text
    assert first.json()["status"] == "stored"
    again = put(server, payload)
    assert again.status_code == 200
    assert again.json() == {**first.json(), "status": "replayed"}


def test_different_payload_under_same_uuid_is_409_and_keeps_the_first(server):
    server.add_returns([make_return(1)])
    payload = make_payload("RET-00001")
    assert put(server, payload).status_code == 201
    changed = payload.model_copy(update={"inspector": "badge-0099"})
    answer = put(server, changed)
    assert answer.status_code == 409
    assert answer.headers["content-type"] == PROBLEM
    assert answer.json()["code"] == "inspection_conflict"
    assert put(server, payload).status_code == 200  # the stored bytes are still the first


def test_reformatted_json_of_same_payload_is_a_conflict(server):
    """Replays are recognised by bytes: the station resends what it froze at finalize."""
    payload = make_payload("RET-00001")
    assert put(server, payload).status_code == 201
    pretty = payload.model_dump_json(indent=2).encode()
    assert put(server, payload, body=pretty).json()["code"] == "inspection_conflict"


def test_second_final_verdict_on_a_return_is_409_unless_it_supersedes(server):
    server.add_returns([make_return(1)])
    first = make_payload("RET-00001")
    assert put(server, first).status_code == 201
    bench_2 = server.add_bench("bench-2", "badge-0007")
    rival = make_payload("RET-00001", station="bench-2", inspector="badge-0007")
    answer = put(server, rival, headers=bench_2)
    assert answer.status_code == 409
    body = answer.json()
    assert body["code"] == "return_already_inspected"
    assert "current_inspection" not in body  # bench-2 may not correct bench-1's verdict
    # the bench that made it is told which inspection to supersede
    again = put(server, make_payload("RET-00001"))
    assert again.json()["current_inspection"] == str(first.uuid)

    correction = make_payload("RET-00001", supersedes=first.uuid)
    assert put(server, correction).status_code == 201
    # the old one is no longer current: superseding it again is refused
    stale = make_payload("RET-00001", supersedes=first.uuid)
    assert put(server, stale).json()["code"] == "return_already_inspected"


def test_supersedes_unknown_inspection_is_409(server):
    payload = make_payload("RET-00001", supersedes=uuid.uuid4())
    answer = put(server, payload)
    assert answer.status_code == 409
    assert answer.json()["code"] == "supersedes_unknown"


def test_missing_photos_are_listed_and_nothing_is_stored(server):
    server.add_returns([make_return(1)])
    photos = (image_bytes(1), image_bytes(2), image_bytes(3))
    payload = make_payload("RET-00001", photos=photos)
    assert upload(server, photos[1]).status_code == 201
    answer = put(server, payload)
    assert answer.status_code == 422
    problem = answer.json()
    assert problem["code"] == "photos_missing"
    assert problem["missing_photos"] == sorted([sha(photos[0]), sha(photos[2])])
    assert feed(server)["items"][0]["inspected"] is False
    for body in photos:
        upload(server, body)
    assert put(server, payload).status_code == 201


def test_stored_inspection_marks_return_inspected_and_moves_it_up_the_feed(server):
    server.add_returns([make_return(1), make_return(2)])
    page = feed(server)
    assert [r["id"] for r in page["items"]] == ["RET-00001", "RET-00002"]
    assert put(server, make_payload("RET-00001")).status_code == 201
    later = feed(server, page["next_cursor"])
    assert [r["id"] for r in later["items"]] == ["RET-00001"]
    item = later["items"][0]
    assert item["inspected"] is True
    assert item["received_at"] == "2026-11-26"


def test_inspection_of_a_return_the_server_never_imported_is_kept(server):
    """A bench may import returns locally; losing its verdict would be worse than not knowing."""
    assert put(server, make_payload("LOCAL-77")).status_code == 201


def test_a_return_imported_after_its_inspection_arrives_inspected(server):
    """The verdict came first (a bench's local import, a late marketplace poll): the row the
    import creates says inspected, received the day it was finalized, so no bench offers the
    parcel again. A re-import afterwards changes neither."""
    assert put(server, make_payload("RET-00003")).status_code == 201
    server.add_returns([make_return(3)])
    [item] = feed(server)["items"]
    assert (item["id"], item["inspected"], item["received_at"]) == (
        "RET-00003",
        True,
        "2026-11-26",
    )
    server.add_returns([make_return(3, customer_name="M. D.")])
    [item] = feed(server)["items"]
    assert (item["inspected"], item["received_at"]) == (True, "2026-11-26")


def test_uuid_in_url_must_match_payload(server):
    payload = make_payload("RET-00001")
    answer = server.client.put(
        f"/api/v1/inspections/{uuid.uuid4()}",
        content=raw(payload),
        headers={**server.auth(), "Content-Type": "application/json"},
    )
    assert answer.status_code == 422
    assert answer.json()["code"] == "uuid_mismatch"


def test_inspector_token_may_submit_lead_may_not(server):
    assert (
        put(server, make_payload("RET-00001"), headers=server.auth("inspector")).status_code == 201
    )
    answer = put(server, make_payload("RET-00002"), headers=server.auth("lead"))
    assert answer.status_code == 403
    assert answer.json()["code"] == "forbidden_role"


def test_refusal_keeps_its_sendback_tracking_for_the_marketplace(server):
    server.add_returns([make_return(1), make_return(2)])
    refused = make_payload(
        "RET-00001",
        verdict={"outcome": "refuse_send_back", "disposition": "quarantine"},
        sendback_tracking="1Z999AA10123456784",
    )
    assert put(server, refused).status_code == 201
    assert put(server, make_payload("RET-00002")).status_code == 201
    with server.db.read() as session:
        kept = {row.return_id: row.sendback_tracking for row in session.query(Inspection)}
    assert kept == {"RET-00001": "1Z999AA10123456784", "RET-00002": None}
