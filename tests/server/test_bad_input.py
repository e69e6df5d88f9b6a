"""Hostile or broken requests get a 4xx problem+json, never a 500, and change nothing stored."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from inspector_app.server.config import MAX_JSON_BYTES
from inspector_app.server.models import (
    ApiToken,
    Checklist,
    FeedCounter,
    Inspection,
    Person,
    Photo,
    ReturnCode,
    ReturnRow,
    Station,
)

from .builders import image_bytes, make_payload, make_return, raw, sha

PAYLOAD = make_payload("RET-00001")
GOOD = raw(PAYLOAD)
INSPECTION_URL = f"/api/v1/inspections/{PAYLOAD.uuid}"
JSON = {"Content-Type": "application/json"}
TEN_KB = "7" * 10_240


def _with(field: str, value: str) -> bytes:
    return GOOD.replace(b'"return_id":"RET-00001"', f'"{field}":"{value}"'.encode())


# (label, method, url, kwargs, acceptable statuses)
BAD = [
    (
        "oversized inspection",
        "PUT",
        INSPECTION_URL,
        {"content": b"{" + b" " * (MAX_JSON_BYTES + 1) + b"}", "headers": JSON},
        {413},
    ),
    (
        "inspection as text/plain",
        "PUT",
        INSPECTION_URL,
        {"content": GOOD, "headers": {"Content-Type": "text/plain"}},
        {415},
    ),
    ("inspection as form", "PUT", INSPECTION_URL, {"data": {"uuid": str(PAYLOAD.uuid)}}, {415}),
    ("inspection without content type", "PUT", INSPECTION_URL, {"content": GOOD}, {415}),
    ("invalid json", "PUT", INSPECTION_URL, {"content": b'{"uuid": ', "headers": JSON}, {400}),
    ("json array", "PUT", INSPECTION_URL, {"content": b"[1,2]", "headers": JSON}, {422}),
    ("empty body", "PUT", INSPECTION_URL, {"content": b"", "headers": JSON}, {400}),
    (
        "unknown field",
        "PUT",
        INSPECTION_URL,
        {"content": GOOD[:-1] + b',"surprise":1}', "headers": JSON},
        {422},
    ),
    (
        "10 kB return id",
        "PUT",
        INSPECTION_URL,
        {"content": _with("return_id", TEN_KB), "headers": JSON},
        {422},
    ),
    (
        "non-UTF-8 body",
        "PUT",
        INSPECTION_URL,
        {"content": GOOD.replace(b"bench-1", b"bench-\xff\xfe"), "headers": JSON},
        {400},
    ),
    (
        "NUL in body",
        "PUT",
        INSPECTION_URL,
        {"content": GOOD.replace(b"bench-1", b"bench\\u0000"), "headers": JSON},
        {422},
    ),
    (
        "NUL in heartbeat",
        "POST",
        "/api/v1/stations/heartbeat",
        {"json": {"version": "1\x00", "pending": 1, "needs_attention": 0}},
        {422},
    ),
    (
        "uuid not a uuid",
        "PUT",
        "/api/v1/inspections/not-a-uuid",
        {"content": GOOD, "headers": JSON},
        {404, 422},
    ),
    (
        "dot-dot inspection id",
        "PUT",
        "/api/v1/inspections/..%2F..%2Fetc%2Fpasswd",
        {"content": GOOD, "headers": JSON},
        {404, 422},
    ),
    (
        "dot-dot photo id",
        "PUT",
        "/api/v1/photos/..%2F..%2F..%2Fserver.db",
        {"content": image_bytes(), "headers": {"Content-Type": "image/jpeg"}},
        {404, 422},
    ),
    ("photo path traversal", "GET", "/api/v1/photos/../../server.db", {}, {404}),
    (
        "upper-case sha",
        "PUT",
        f"/api/v1/photos/{sha(image_bytes()).upper()}",
        {"content": image_bytes(), "headers": {"Content-Type": "image/jpeg"}},
        {422},
    ),
    (
        "photo that is JSON",
        "PUT",
        f"/api/v1/photos/{sha(b'{}')}",
        {"content": b"{}", "headers": JSON},
        {415},
    ),
    ("10 kB lookup code", "GET", "/api/v1/returns/lookup", {"params": {"code": TEN_KB}}, {422}),
    ("non-UTF-8 lookup code", "GET", "/api/v1/returns/lookup?code=%FF%FE", {}, {422}),
    ("control char code", "GET", "/api/v1/returns/lookup", {"params": {"code": "A\x00B"}}, {422}),
    ("empty code", "GET", "/api/v1/returns/lookup", {"params": {"code": ""}}, {422}),
    ("limit zero", "GET", "/api/v1/returns", {"params": {"limit": "0"}}, {422}),
    ("limit huge", "GET", "/api/v1/returns", {"params": {"limit": "10" * 20}}, {422}),
    ("cursor junk", "GET", "/api/v1/returns", {"params": {"changed_since": "../x"}}, {400}),
    (
        "heartbeat invalid json",
        "POST",
        "/api/v1/stations/heartbeat",
        {"content": b"{nope", "headers": JSON},
        {400},
    ),
    (
        "heartbeat negative",
        "POST",
        "/api/v1/stations/heartbeat",
        {"json": {"version": "1", "pending": -1, "needs_attention": 0}},
        {422},
    ),
    (
        "heartbeat 10 kB version",
        "POST",
        "/api/v1/stations/heartbeat",
        {"json": {"version": TEN_KB, "pending": 1, "needs_attention": 0}},
        {422},
    ),
    (
        "report bad date",
        "GET",
        "/api/v1/reports/daily-intake",
        {"params": {"date": "26/11"}, "role": "lead"},
        {422},
    ),
    (
        "report far date",
        "GET",
        "/api/v1/reports/daily-intake",
        {"params": {"date": "9999-12-31"}, "role": "lead"},
        {422},
    ),
    ("unknown path", "GET", "/api/v1/nope", {}, {404}),
    ("unknown method", "DELETE", "/api/v1/returns", {}, {405}),
    ("outside the api", "GET", "/etc/passwd", {}, {404}),
]


def snapshot(server) -> dict:
    """Everything a bad request could have changed: row counts, the feed, stored files."""
    with server.db.read() as session:
        counts = {
            model.__tablename__: session.execute(
                select(func.count()).select_from(model)
            ).scalar_one()
            for model in (
                ApiToken,
                Checklist,
                Inspection,
                Person,
                Photo,
                ReturnCode,
                ReturnRow,
                Station,
            )
        }
        counts["feed"] = session.get(FeedCounter, 1).value
        counts["heartbeats"] = [s.seen_at for s in session.execute(select(Station)).scalars()]
    root = server.config.photo_dir
    counts["files"] = sorted(str(p) for p in root.rglob("*")) if root.exists() else []
    return counts


@pytest.fixture
def seeded(server):
    server.add_returns([make_return(1)])
    return server


@pytest.mark.parametrize("case", BAD, ids=[b[0] for b in BAD])
def test_bad_request_is_a_4xx_problem_and_changes_nothing(seeded, case):
    label, method, url, kwargs, statuses = case
    before = snapshot(seeded)
    kwargs = dict(kwargs)
    headers = {**seeded.auth(kwargs.pop("role", "station")), **kwargs.pop("headers", {})}
    answer = seeded.client.request(method, url, headers=headers, **kwargs)
    assert answer.status_code in statuses, (label, answer.status_code, answer.text)
    if answer.status_code >= 400:
        assert answer.headers["content-type"] == "application/problem+json", label
        problem = answer.json()
        assert problem["status"] == answer.status_code
        assert problem["code"]
        assert snapshot(seeded) == before, label
