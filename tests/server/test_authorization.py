"""Every endpoint x every role, plus no token, a wrong token and a revoked token, and the
callers that must get less than their role: a bench claiming another bench, a bench
superseding another bench's verdict, a demoted lead, a deactivated person, and a lead
session opened by a bench whose token was then revoked.

ALLOWED is the authorization spec (docs/api.md shows the same table); the test also checks
that it names every operation the app publishes, so a new endpoint cannot skip it.
"""

from __future__ import annotations

import itertools
import uuid

import pytest

from inspector_app.server import admin
from inspector_app.wire import new_token_secret

from .builders import image_bytes, make_payload, make_return, raw, received_message, sha

ALL = {"station", "inspector", "lead", "admin"}
LEADS = {"lead", "admin"}
ALLOWED: dict[tuple[str, str], set[str] | None] = {
    ("GET", "/api/v1/health"): None,  # no token needed
    ("GET", "/api/v1/health/ready"): None,
    ("GET", "/api/v1/returns/lookup"): ALL,
    ("GET", "/api/v1/returns"): ALL,
    ("POST", "/api/v1/returns/{return_id}/received"): ALL,
    ("GET", "/api/v1/checklists"): ALL,
    ("GET", "/api/v1/inspectors"): {"station", "admin"},
    ("POST", "/api/v1/stations/heartbeat"): {"station"},
    ("POST", "/api/v1/stations/events"): {"station"},
    ("PUT", "/api/v1/photos/{sha256}"): {"station", "inspector"},
    ("HEAD", "/api/v1/photos/{sha256}"): ALL,
    ("GET", "/api/v1/photos/{sha256}"): LEADS,
    ("PUT", "/api/v1/inspections/{inspection_uuid}"): {"station", "inspector"},
    ("GET", "/api/v1/reports/daily-intake"): {"lead", "admin"},
    ("GET", "/api/v1/message-templates"): ALL,
    ("PUT", "/api/v1/message-templates/{language}/{kind}"): {"admin"},
    ("DELETE", "/api/v1/message-templates/{language}/{kind}"): {"admin"},
    ("PUT", "/api/v1/customer-messages/{message_id}"): {"station", "inspector"},
    ("GET", "/api/v1/returns/{return_id}/customer-messages"): LEADS,
    # lead review (tests/lead covers their semantics; here: who gets past authorization)
    ("GET", "/api/v1/lead/report"): LEADS,
    ("GET", "/api/v1/lead/waiting"): LEADS,
    ("GET", "/api/v1/lead/expected"): LEADS,
    ("GET", "/api/v1/lead/review"): LEADS,
    ("GET", "/api/v1/lead/recurring"): LEADS,
    ("GET", "/api/v1/lead/inspections/{inspection_uuid}"): LEADS,
    ("GET", "/api/v1/lead/inspections/{inspection_uuid}/photos/{sha256}"): LEADS,
    ("POST", "/api/v1/lead/sessions"): {"station"},
    ("DELETE", "/api/v1/lead/sessions/current"): LEADS,
    ("POST", "/api/v1/lead/corrections"): LEADS,
    ("GET", "/api/v1/lead/audit"): LEADS,
    ("GET", "/api/v1/lead/audit/export"): LEADS,
    # the marketplace's outbound queue (tests/marketplace covers their semantics)
    ("GET", "/api/v1/lead/marketplace/plans"): LEADS,
    ("GET", "/api/v1/lead/marketplace/plans/{plan_id}"): LEADS,
    ("POST", "/api/v1/lead/marketplace/plans/{plan_id}/approve"): LEADS,
    ("POST", "/api/v1/lead/marketplace/plans/{plan_id}/reject"): LEADS,
    ("POST", "/api/v1/lead/marketplace/actions/{action_id}/retry"): LEADS,
    ("POST", "/api/v1/lead/marketplace/actions/{action_id}/cancel"): LEADS,
}
PHOTO = image_bytes(9)
THEIRS = (  # other subsystems' routes, tested by their own suites
    "/api/v1/message-templates",
    "/api/v1/customer-messages",
    "/api/v1/returns/{return_id}/customer-messages",
    "/api/v1/lead/",
)
DAY = "2026-11-26"
LEAD_PIN = "432100"
_counter = itertools.count()


def request_for(server, method: str, path: str, headers: dict[str, str]):
    """A well-formed request for the operation (its outcome for an allowed role may still be
    a 404 or 422 about the data, never a 401/403)."""
    path = path.replace("{language}/{kind}", "en/refuse_send_back")
    if path.endswith("/customer-messages"):
        path = path.replace("{return_id}", "R-AUTH")
    if "{message_id}" in path:
        record = received_message(f"R-AUTH-{next(_counter)}")
        return server.client.put(
            path.replace("{message_id}", str(record.id)),
            content=record.model_dump_json(),
            headers={**headers, "Content-Type": "application/json"},
        )
    if path.startswith("/api/v1/lead/"):
        return lead_request(server, method, path, headers)
    if "{" in path:
        return submission_request(server, method, path, headers)
    params = {
        "/api/v1/returns/lookup": {"code": "RMA-00001"},
        "/api/v1/reports/daily-intake": {"date": DAY},
    }.get(path, {})
    if method == "POST":
        body = bench_events() if path == "/api/v1/stations/events" else HEARTBEAT
        return server.client.post(path, json=body, headers=headers, params=params)
    if method == "PUT":
        return server.client.put(path, json={"text": "Hello"}, headers=headers)
    return server.client.request(method, path, headers=headers, params=params)


HEARTBEAT = {"version": "0.1.0", "pending": 2, "needs_attention": 0}


def bench_events() -> dict[str, object]:
    """One sign-in event of a bench's audit log, with a fresh id."""
    event = {"id": str(uuid.uuid4()), "at": f"{DAY}T10:00:00+01:00", "kind": "sign_in"}
    return {"events": [{**event, "actor": "badge-0042", "subject": "badge-0042"}]}


def submission_request(
    server, method: str, path: str, headers: dict[str, str], **payload_changes: object
):
    """Photos, inspections and receipts: a real image, a fresh inspection of an unseen
    return (`payload_changes` alter it, e.g. the station it claims or what it supersedes),
    the receipt of a seeded one."""
    if "{return_id}" in path:
        return server.client.post(path.replace("{return_id}", "RET-00001"), headers=headers)
    if "{sha256}" in path:
        url = path.replace("{sha256}", sha(PHOTO))
        if method == "PUT":
            headers = {**headers, "Content-Type": "image/jpeg"}
            return server.client.put(url, content=PHOTO, headers=headers)
        return server.client.request(method, url, headers=headers)
    return_id = payload_changes.pop("return_id", f"AUTH-{next(_counter)}")
    payload = make_payload(return_id, **payload_changes)
    url = path.replace("{inspection_uuid}", str(payload.uuid))
    headers = {**headers, "Content-Type": "application/json"}
    return server.client.put(url, content=raw(payload), headers=headers)


def lead_request(server, method: str, path: str, headers: dict[str, str]):
    path = path.replace("{inspection_uuid}", "00000000-0000-4000-8000-000000000000")
    path = path.replace("{sha256}", sha(PHOTO))
    path = path.replace("{plan_id}", "1").replace("{action_id}", "1")
    if method == "POST":
        body = {
            "/api/v1/lead/sessions": {"badge": "lead-0001", "pin": LEAD_PIN},
            "/api/v1/lead/corrections": {"return_id": "RET-00001", "station": "bench-1"},
            "/api/v1/lead/marketplace/plans/1/approve": {},
            "/api/v1/lead/marketplace/plans/1/reject": {"reason": "Not ours"},
            "/api/v1/lead/marketplace/actions/1/retry": {},
            "/api/v1/lead/marketplace/actions/1/cancel": {"reason": "Done by hand"},
        }[path]
        return server.client.post(path, json=body, headers=headers)
    params = {
        "/api/v1/lead/report": {"date_from": DAY, "date_to": DAY},
        "/api/v1/lead/waiting": {"as_of": DAY},
        "/api/v1/lead/expected": {"as_of": DAY},
        "/api/v1/lead/review": {"date_from": DAY, "date_to": DAY},
        "/api/v1/lead/recurring": {"date_to": DAY},
        "/api/v1/lead/audit": {"date_from": DAY, "date_to": DAY},
        "/api/v1/lead/audit/export": {"date_from": DAY, "date_to": DAY},
    }.get(path, {})
    return server.client.request(method, path, headers=headers, params=params)


@pytest.fixture
def seeded(server):
    server.add_returns([make_return(1)])
    with server.db.write() as session:
        admin.add_person(session, "Luc", "lead", badge="lead-0001", pin=LEAD_PIN)
    server.client.put(
        f"/api/v1/photos/{sha(PHOTO)}",
        content=PHOTO,
        headers={**server.auth(), "Content-Type": "image/jpeg"},
    )
    return server


def test_matrix_names_every_published_operation(server):
    spec = server.client.get("/api/v1/openapi.json").json()
    published = {(method.upper(), path) for path, ops in spec["paths"].items() for method in ops}
    assert published == set(ALLOWED), (
        "every operation needs its row in ALLOWED (and in docs/api.md's table)"
    )


@pytest.mark.parametrize(("method", "path"), list(ALLOWED))
def test_every_role_on_every_endpoint(seeded, method, path):
    allowed = ALLOWED[(method, path)]
    for role in sorted(ALL):
        answer = request_for(seeded, method, path, seeded.auth(role))
        if allowed is None or role in allowed:
            assert answer.status_code not in (401, 403), (role, answer.text)
            assert answer.status_code < 500, (role, answer.text)
            if not path.startswith(THEIRS):
                assert answer.status_code < 300, (role, answer.status_code, answer.text)
        else:
            assert answer.status_code == 403, (role, answer.status_code)
            assert answer.json()["code"] == "forbidden_role"


@pytest.mark.parametrize(("method", "path"), list(ALLOWED))
def test_no_wrong_or_revoked_token_is_401(seeded, method, path):
    if ALLOWED[(method, path)] is None:
        assert request_for(seeded, method, path, {}).status_code == 200
        return
    with seeded.db.write() as session:
        for role in ALL:
            admin.revoke(session, seeded.token_ids[role])
    cases = {
        "none": {},
        "wrong": {"Authorization": "Bearer ri_" + "x" * 43},
        "not bearer": {"Authorization": f"Basic {seeded.tokens['admin']}"},
        **{f"revoked {role}": seeded.auth(role) for role in ALL},
    }
    for label, headers in cases.items():
        answer = request_for(seeded, method, path, headers)
        assert answer.status_code == 401, (label, answer.status_code)
        if method != "HEAD":
            assert answer.headers["content-type"] == "application/problem+json"
            assert answer.json()["code"] in ("missing_token", "invalid_token")
        assert answer.headers["www-authenticate"].startswith("Bearer")


PUT_INSPECTION = ("PUT", "/api/v1/inspections/{inspection_uuid}")


@pytest.fixture
def lesser(seeded):
    """Callers who must get less than their role: label -> (headers, payload changes)."""
    with seeded.db.write() as session:
        bench_2 = admin.add_station(session, "bench-2").secret
        demoted = admin.add_person(session, "Dee", "lead", badge="lead-0009", pin="135790")
        gone = admin.add_person(session, "Gus", "inspector", badge="badge-0099", pin="1357")
        spare = admin.add_station(session, "bench-1")
    session_token = seeded.client.post(
        "/api/v1/lead/sessions",
        json={"badge": "lead-0001", "pin": LEAD_PIN},
        headers={"Authorization": f"Bearer {spare.secret}"},
    ).json()["token"]
    earlier = make_payload("RET-00001")
    stored = seeded.client.put(
        f"/api/v1/inspections/{earlier.uuid}",
        content=raw(earlier),
        headers={**seeded.auth(), "Content-Type": "application/json"},
    )
    assert stored.status_code == 201, stored.text
    with seeded.db.write() as session:
        admin.add_person(session, "Dee", "inspector", badge="lead-0009")
        admin.deactivate(session, "badge-0099")
        admin.revoke(session, spare.id)

    def bearer(secret: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {secret}"}

    return seeded, {
        "claims another bench": (bearer(bench_2), {}),
        "supersedes another bench": (
            bearer(bench_2),
            {"return_id": "RET-00001", "station": "bench-2", "supersedes": earlier.uuid},
        ),
        "demoted": (bearer(demoted.secret), {}),
        "deactivated": (bearer(gone.secret), {"inspector": "badge-0099"}),
        "session of a revoked bench": (bearer(session_token), {}),
    }


def expected_for_lesser(label: str, method: str, path: str) -> tuple[int, str] | None:
    """(status, code) the lesser caller must get, or None: exactly what a bench gets."""
    if label in ("demoted", "deactivated", "session of a revoked bench"):
        return (401, "invalid_token") if ALLOWED[(method, path)] is not None else (200, "")
    if (method, path) == PUT_INSPECTION:
        code = "station_mismatch" if label == "claims another bench" else "correction_needs_lead"
        return 403, code
    return None


@pytest.mark.parametrize(("method", "path"), list(ALLOWED))
def test_lesser_callers_on_every_endpoint(lesser, method, path):
    server, callers = lesser
    for label, (headers, changes) in callers.items():
        if (method, path) == PUT_INSPECTION:
            answer = submission_request(server, method, path, headers, **changes)
        else:
            answer = request_for(server, method, path, headers)
        expected = expected_for_lesser(label, method, path)
        if expected is None:  # a bench: as the station column of ALLOWED says
            like = request_for(server, method, path, server.auth("station"))
            assert (answer.status_code < 400) == (like.status_code < 400), (label, answer.text)
            assert answer.status_code not in (401, 500), (label, answer.text)
            continue
        status, code = expected
        assert answer.status_code == status, (label, answer.status_code, answer.text)
        if code and method != "HEAD":
            assert answer.json()["code"] == code, (label, answer.text)


def test_a_token_made_before_the_server_started_acts_only_as_its_bench(seeded):
    """The demo's parent makes its bench's token before the child server exists; the server
    takes only a token of full strength, and it then acts as that bench and nothing more."""
    chosen = new_token_secret()
    with seeded.db.write() as session:
        with pytest.raises(ValueError, match="at least 40 random characters"):
            admin.add_station(session, "bench-7", secret="ri_guessable")
        admin.add_station(session, "bench-7", secret=chosen)
    headers = {"Authorization": f"Bearer {chosen}"}
    assert seeded.client.get("/api/v1/returns", headers=headers).status_code == 200
    assert seeded.client.get("/api/v1/lead/report", headers=headers).status_code == 403
