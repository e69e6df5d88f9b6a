"""Migrations build exactly the models' schema; logs are JSON lines without secrets."""

from __future__ import annotations

import json
import logging

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from inspector_app.server.db import Database
from inspector_app.server.logs import JsonFormatter
from inspector_app.server.models import Base

from .builders import make_payload, raw


def test_migrations_match_the_models_and_rerun_cleanly(db_url):
    db = Database(db_url)
    db.migrate()
    db.migrate()  # every start runs it; at head it is a no-op
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    db.close()


def test_access_log_is_json_with_request_id_and_no_token_or_body(server, caplog):
    formatter = JsonFormatter()
    payload = make_payload("RET-00001", customer_message=None)
    with caplog.at_level(logging.INFO, logger="inspector_app.server.access"):
        answer = server.client.put(
            f"/api/v1/inspections/{payload.uuid}",
            content=raw(payload),
            headers={**server.auth(), "Content-Type": "application/json", "X-Request-ID": "req-42"},
        )
        server.client.get(
            "/api/v1/returns/lookup", params={"code": "SECRET-IMEI"}, headers=server.auth()
        )
    assert answer.headers["x-request-id"] == "req-42"
    lines = [formatter.format(record) for record in caplog.records]
    entries = [json.loads(line) for line in lines]
    requests = [e for e in entries if e["logger"] == "inspector_app.server.access"]
    put = next(e for e in requests if e["method"] == "PUT")
    assert put["request_id"] == "req-42"
    assert put["status"] == 201
    assert put["token_id"] == server.token_ids["station"]
    text = "\n".join(lines)
    for secret in server.tokens.values():
        assert secret not in text
    assert "badge-0042" not in text  # nothing from the body
    assert "SECRET-IMEI" not in text  # nor from query strings
