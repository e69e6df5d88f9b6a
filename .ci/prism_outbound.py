"""The outbound half of the Prism smoke (run by .ci/prism-smoke after its pull): the four
seller calls sent to Prism, which judges each request against Back Market's file.

    .venv/bin/python .ci/prism_outbound.py DATA_DIR BASE_URL

The pull left Prism's example folder (id 123) as return BM-123 in DATA_DIR's server. A bench
sends a refusal with a send-back tracking number (a message, a problem report and an item
transfer: the folder is below 100,000,000) and, as a real bench does after it, its record of
the decision's message (a message waits for it: it names the photos to attach);
`marketplace send --once` sends them; then the bench corrects the verdict to a full refund,
and a second pass sends its message and the refund. Exit 1 if a pass fails or a call was
never made.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from inspector_app.server import admin, cli
from inspector_app.server.app import create_app
from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database
from inspector_app.server.marketplace.tables import Action
from inspector_app.wire import CustomerMessageRecord, MessageStep, message_id

RETURN_ID = "BM-123"


def _inspection(outcome: str, supersedes: str | None = None) -> dict[str, Any]:
    now = dt.datetime.now(dt.UTC)
    refused = outcome == "refuse_send_back"
    return {
        "uuid": str(uuid.uuid4()),
        "return_id": RETURN_ID,
        "station": "ci-bench",
        "inspector": "ci-0042",
        "template": {"id": "smartphone", "version": 1},
        "started_at": (now - dt.timedelta(minutes=4)).isoformat(),
        "finalized_at": now.isoformat(),
        "answers": [{"item": "screen_cracked", "value": False}],
        "photos": [],
        "verdict": {
            "outcome": outcome,
            "grade": None if refused else "good",
            "disposition": "quarantine" if refused else "restock",
            "currency": "EUR",
            "proposed": {"outcome": outcome, "rules": ["imei_mismatch"] if refused else []},
        },
        "flags": ["imei_mismatch"] if refused else [],
        "customer_message": {
            "language": "fr",
            "subject": "Votre retour",
            "body": "Bonjour,\nNous avons inspecté votre appareil.",
        },
        "sendback_tracking": "6A12345678901" if refused else None,
        "supersedes": supersedes,
    }


def _decision_record(inspection: dict[str, Any]) -> CustomerMessageRecord:
    """The bench's record of the inspection's decision message (no photos attached)."""
    text = inspection["customer_message"]
    return CustomerMessageRecord(
        id=message_id(MessageStep.DECISION, RETURN_ID, inspection["uuid"]),
        step=MessageStep.DECISION,
        trigger="finalize",
        return_id=RETURN_ID,
        inspection=uuid.UUID(inspection["uuid"]),
        fired_at=dt.datetime.fromisoformat(inspection["finalized_at"]),
        language=text["language"],
        subject=text["subject"],
        body=text["body"],
    )


def _bench_sends(client: TestClient, headers: dict[str, str], inspection: dict[str, Any]) -> None:
    """PUT the inspection, then its decision message's record, as a bench's sync does."""
    answer = client.put(
        f"/api/v1/inspections/{inspection['uuid']}", json=inspection, headers=headers
    )
    if answer.status_code != 201:
        sys.exit(
            f"prism smoke: the server refused {inspection['verdict']['outcome']}: {answer.text}"
        )
    record = _decision_record(inspection)
    answer = client.put(
        f"/api/v1/customer-messages/{record.id}",
        content=record.model_dump_json(),
        headers={**headers, "Content-Type": "application/json"},
    )
    if answer.status_code != 201:
        sys.exit(f"prism smoke: the server refused the decision's message: {answer.text}")


def _send(data_dir: Path, base_url: str) -> None:
    code = cli.main(
        ["--data-dir", str(data_dir), "marketplace", "send", "--once", "--base-url", base_url]
    )
    if code != 0:
        sys.exit(f"prism smoke: `marketplace send --once` failed ({code})")


def main(data_dir: Path, base_url: str) -> None:
    # No jobs in this process: the sends are the script's own passes, and the app's poller
    # would otherwise poll marketplace.toml's default address, Back Market itself.
    config = dataclasses.replace(ServerConfig.for_data_dir(data_dir), run_jobs=False)
    db = Database(config.db_url)
    app = create_app(config, db=db)
    with db.write() as session:
        bench = admin.add_station(session, "ci-bench").secret
        admin.add_person(session, "Ines", "inspector", badge="ci-0042", pin="1234")
    headers = {"Authorization": f"Bearer {bench}"}
    with TestClient(app) as client:
        refusal = _inspection("refuse_send_back")
        _bench_sends(client, headers, refusal)
        if cli.main(["--data-dir", str(data_dir), "marketplace", "sending", "on"]) != 0:
            sys.exit("prism smoke: could not turn sending on")
        _send(data_dir, base_url)
        refund = _inspection("accept_full_refund", supersedes=refusal["uuid"])
        _bench_sends(client, headers, refund)
        _send(data_dir, base_url)
    with db.read() as session:
        actions = list(session.scalars(select(Action)))
    db.close()
    done = Counter(a.kind for a in actions if a.status in ("sent", "confirmed"))
    print(f"prism smoke: outbound actions sent: {dict(done)}")
    missing = {"message", "problem", "item_transfer", "refund"} - set(done)
    if missing:
        states = [(a.kind, a.status, a.reason) for a in actions]
        sys.exit(f"prism smoke: never sent: {sorted(missing)}; actions: {states}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
