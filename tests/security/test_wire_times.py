"""Times on the wire carry their zone and a sane year: anything else is a 422 naming the
field, never a 500; and no log line of the server carries an SQL statement's parameters."""

from __future__ import annotations

import json

import pytest
from server.builders import make_payload, make_return, raw
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

MARK = "customer-Marie-D-0612345678"


@pytest.mark.parametrize(
    "value", ["2026-12-01T10:00:00", "9999-12-31T23:59:59+00:00", "1900-01-01T00:00:00Z"]
)
def test_heartbeat_times_must_be_aware_and_bounded(server, value):
    beat = {"version": "1", "pending": 0, "needs_attention": 0, "last_success_at": value}
    answer = server.client.post("/api/v1/stations/heartbeat", json=beat, headers=server.auth())
    assert answer.status_code == 422, answer.text
    assert "last_success_at" in answer.json()["detail"]


@pytest.mark.parametrize("field", ["started_at", "finalized_at"])
@pytest.mark.parametrize("value", ["2026-12-01T10:00:00", "9999-12-31T23:59:59-12:00"])
def test_inspection_times_must_be_aware_and_bounded(server, field, value):
    server.add_returns([make_return(1)])
    body = json.loads(raw(make_payload("RET-00001")))
    body[field] = value
    answer = server.client.put(
        f"/api/v1/inspections/{body['uuid']}",
        content=json.dumps(body).encode(),
        headers={**server.auth(), "Content-Type": "application/json"},
    )
    assert answer.status_code == 422, answer.text
    assert answer.json()["code"] == "invalid_inspection"
    assert field in answer.json()["detail"]


def test_database_errors_never_carry_their_parameters(server):
    with pytest.raises(DBAPIError) as caught, server.db.write() as session:
        session.execute(
            text(
                "INSERT INTO stations (name, created_at, version, pending, needs_attention) "
                "VALUES (:name, :at, :version, 0, 0)"
            ),
            {"name": "bench-1", "at": "2026-11-26T00:00:00+00:00", "version": MARK},
        )
    assert MARK not in str(caught.value)
