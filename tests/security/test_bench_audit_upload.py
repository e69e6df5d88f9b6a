"""A bench's audit log reaches the server's: POST /stations/events stores each event once,
at the bench the token names (never one the body names), with the actor's role on the
server, marked as the bench's; it refuses garbage whole (422, nothing stored), and leads
read and export the events beside the server's own."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid

import pytest

from inspector_app.wire import AuditPage

from .conftest import LEAD_BADGE, add_bench, give_lead_a_pin

PATH = "/api/v1/stations/events"
NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
TODAY = NOW.date().isoformat()


def event(kind: str = "sign_in", actor: str = "badge-0042", **changes: object) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "at": NOW.astimezone(dt.timezone(dt.timedelta(hours=1))).isoformat(),
        "kind": kind,
        "actor": actor,
        "subject": actor,
        "detail": "",
        **changes,
    }


def bench_rows(server) -> list:
    answer = server.client.get(
        "/api/v1/lead/audit",
        params={"date_from": TODAY, "date_to": TODAY, "limit": 500},
        headers=server.auth("lead"),
    )
    assert answer.status_code == 200, answer.text
    return [e for e in AuditPage.model_validate(answer.json()).items if e.source == "bench"]


def test_events_are_stored_once_at_the_tokens_bench(server):
    give_lead_a_pin(server)
    events = [
        event(),
        event("sign_in_failed", actor=LEAD_BADGE),
        event("setting_changed", actor="", subject="server.url", detail="'a' -> 'b'"),
    ]
    answer = server.client.post(PATH, json={"events": events}, headers=server.auth())
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"stored": 3, "replayed": 0}
    # The answer was lost: the bench sends the batch again, with one new event.
    again = server.client.post(PATH, json={"events": [*events, event()]}, headers=server.auth())
    assert again.json() == {"stored": 1, "replayed": 3}

    rows = bench_rows(server)
    assert len(rows) == 4
    assert {(e.place, e.source) for e in rows} == {("bench-1", "bench")}
    by_kind = {e.kind: e for e in rows}
    assert (by_kind["sign_in"].actor, by_kind["sign_in"].role) == ("badge-0042", "inspector")
    assert (by_kind["sign_in_failed"].actor, by_kind["sign_in_failed"].role) == (
        LEAD_BADGE,
        "lead",
    )
    changed = by_kind["setting_changed"]
    assert (changed.actor, changed.role, changed.subject) == ("", "", "server.url")
    assert changed.at == NOW, "the bench's time, kept as the instant it was"


def test_another_bench_cannot_place_or_shadow_events(server):
    """The body cannot name a bench, and the same id from another bench is that bench's
    own event (the uniqueness is per bench, so a copied id cannot hide a bench's record)."""
    one = event()
    claimed = server.client.post(
        PATH, json={"events": [{**one, "place": "bench-9"}]}, headers=server.auth()
    )
    assert claimed.status_code == 422
    bench_2 = add_bench(server, "bench-2")
    assert server.client.post(PATH, json={"events": [one]}, headers=bench_2).json()["stored"] == 1
    assert server.client.post(PATH, json={"events": [one]}, headers=server.auth()).json() == {
        "stored": 1,
        "replayed": 0,
    }
    assert sorted(e.place for e in bench_rows(server)) == ["bench-1", "bench-2"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"events": [event(at="2026-12-01T10:00:00")]}, 422),  # naive time
        ({"events": [event(at="0001-01-01T00:00:00+00:00")]}, 422),
        ({"events": []}, 422),
        ({"events": [event() for _ in range(201)]}, 422),
        ({"events": [event(detail="x" * 4001)]}, 422),
        ({"events": [event(actor="b" * 201)]}, 422),
        ({"events": [event(kind="Sign In; DROP")]}, 422),
        ({"events": [event(id="not-a-uuid")]}, 422),
        ({"events": [event(subject="nul\u0000")]}, 422),
        ({"events": [event(), {"id": str(uuid.uuid4())}]}, 422),  # one bad: none stored
        ({"events": "all of them"}, 422),
        ([1, 2, 3], 422),
    ],
)
def test_garbage_is_refused_whole(server, body, status):
    answer = server.client.post(PATH, json=body, headers=server.auth())
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert bench_rows(server) == []


def test_not_json_and_too_large_bodies(server):
    headers = {**server.auth(), "Content-Type": "application/json"}
    assert server.client.post(PATH, content=b"{not json", headers=headers).status_code == 400
    huge = b'{"events": [' + b" " * (2 * 1024 * 1024) + b"]}"
    assert server.client.post(PATH, content=huge, headers=headers).status_code == 413
    assert bench_rows(server) == []


@pytest.mark.parametrize("role", ["inspector", "lead", "admin"])
def test_only_a_bench_uploads(server, role):
    answer = server.client.post(PATH, json={"events": [event()]}, headers=server.auth(role))
    assert answer.status_code == 403


def test_the_export_shows_bench_events_beside_the_servers(server):
    events = [event("draft_discarded", subject="RET-00001", detail="=cmd|' /C calc'!A0")]
    server.client.post(PATH, json={"events": events}, headers=server.auth())
    add_bench(server, "bench-2")  # a server event of the same day
    answer = server.client.get(
        "/api/v1/lead/audit/export",
        params={"date_from": TODAY, "date_to": TODAY},
        headers=server.auth("lead"),
    )
    assert answer.status_code == 200
    rows = list(csv.DictReader(io.StringIO(answer.text.lstrip("\ufeff"))))
    sources = {row["kind"]: row["source"] for row in rows}
    assert sources["draft_discarded"] == "bench"
    assert sources["station_added"] == "server"
    discarded = next(row for row in rows if row["kind"] == "draft_discarded")
    assert discarded["place"] == "bench-1"
    assert discarded["detail"].startswith("'="), "a formula is neutralised"


def test_a_coded_detail_reaches_leads_by_its_code(server):
    """A bench writes its sign-in details as coded phrases; the server keeps the code beside
    the English, so a lead window in French reads them in French. A code this server does
    not know still stores (a newer bench): the reader falls back to the English."""
    coded = {
        "code": "signed_in_with",
        "params": {
            "role": {"code": "role_inspector", "params": {}},
            "method": {"code": "by_pin", "params": {}},
        },
    }
    newer = {"code": "from_a_newer_bench", "params": {}}
    events = [
        event(detail="inspector, PIN", detail_phrase=coded),
        event("sign_out", detail="left", detail_phrase=newer),
        event("sign_in_failed", detail="an old bench's words"),
    ]
    answer = server.client.post(PATH, json={"events": events}, headers=server.auth())
    assert answer.status_code == 200, answer.text
    by_kind = {e.kind: e for e in bench_rows(server)}
    signed_in = by_kind["sign_in"]
    assert signed_in.detail == "inspector, PIN"
    assert signed_in.detail_phrase is not None and signed_in.detail_phrase.phrase() == (
        "inspector, PIN"
    )
    assert by_kind["sign_out"].detail_phrase.phrase() is None  # unknown here: English shown
    assert by_kind["sign_in_failed"].detail_phrase is None
