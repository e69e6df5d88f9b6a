"""The server keeps every customer message once, says whether the site sends it, fires
"refund sent" for the marketplace connector, and hands each record to one taker."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
import warnings
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette nudges towards httpx2; httpx still works
    from starlette.testclient import TestClient

from inspector_app.messages import MessageCatalog
from inspector_app.server import admin, customer_messages
from inspector_app.server.app import create_app
from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database
from inspector_app.wire import CustomerMessageRecord, MessageStep, message_id

from .builders import make_return, received_message

URL = "/api/v1/customer-messages"


@dataclasses.dataclass
class Site:
    client: TestClient
    db: Database
    config: ServerConfig
    tokens: dict[str, str]

    def put(self, record: CustomerMessageRecord, role: str = "station", path_id: str = ""):
        return self.client.put(
            f"{URL}/{path_id or record.id}",
            content=record.model_dump_json(),
            headers={
                "Authorization": f"Bearer {self.tokens[role]}",
                "Content-Type": "application/json",
            },
        )


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    """A site that tells customers only about decisions and refunds."""
    config = ServerConfig.for_data_dir(
        tmp_path / "server",
        message_steps=frozenset({MessageStep.DECISION, MessageStep.REFUND_SENT}),
    )
    db = Database(config.db_url)
    app = create_app(config, db=db)
    with db.write() as session:
        admin.import_returns(session, [make_return(1, customer_name="Camille", country="FR")])
        lead = admin.add_person(session, "Luc Lead", role="lead", pin="432198")
        tokens = {
            "station": admin.add_station(session, "bench-1").secret,
            "lead": lead.secret,
        }
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Site(client, db, config, tokens)
    db.close()


def decision(return_id: str, inspection: uuid.UUID) -> CustomerMessageRecord:
    received = received_message(return_id)
    return received.model_copy(
        update={
            "id": message_id(MessageStep.DECISION, return_id, inspection),
            "step": MessageStep.DECISION,
            "trigger": "finalize",
            "inspection": inspection,
            "subject": "Your return: we cannot accept it",
        }
    )


def test_each_message_is_stored_once_and_the_site_decides_what_is_sent(site: Site) -> None:
    return_id = make_return(1).id
    received = received_message(return_id)
    first = site.put(received)
    assert (first.status_code, first.json()["status"]) == (201, "stored")
    again = site.put(received.model_copy(update={"body": "A second scan, later.\n"}))
    assert (again.status_code, again.json()["status"]) == (200, "replayed")
    inspection = uuid.uuid4()
    assert site.put(decision(return_id, inspection)).status_code == 201
    with site.db.read() as session:
        stored = customer_messages.of_return(session, return_id)
        assert [(m.record.step, m.send, m.station) for m in stored] == [
            (MessageStep.RECEIVED, False, "bench-1"),  # stored, but this site does not send it
            (MessageStep.DECISION, True, "bench-1"),
        ]
        assert stored[0].record.body == received.body, "the first record of a trigger stays"
        to_send = stored[1]
    assert to_send.record.inspection == inspection and to_send.queued_at is None
    now = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)
    with site.db.write() as session:
        assert customer_messages.mark_queued(session, str(to_send.record.id), now)
    with site.db.write() as session:
        assert not customer_messages.mark_queued(session, str(to_send.record.id), now)
        assert customer_messages.of_return(session, return_id)[1].queued_at == now
    lead = site.client.get(
        f"/api/v1/returns/{return_id}/customer-messages",
        headers={"Authorization": f"Bearer {site.tokens['lead']}"},
    )
    assert [m["step"] for m in lead.json()] == ["received", "decision"]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"id": uuid.uuid4()}, "invalid_message_id"),
        ({"return_id": "SOMEONE-ELSE"}, "invalid_message_id"),
        ({"step": MessageStep.DECISION}, "invalid_message_id"),
    ],
)
def test_an_id_that_is_not_its_triggers_is_refused(site: Site, change: dict, code: str) -> None:
    record = received_message(make_return(1).id)
    tampered = record.model_copy(update=change)
    answer = site.put(tampered, path_id=str(tampered.id))
    assert answer.status_code == 422
    assert answer.json()["code"] == code


def test_the_body_must_be_the_message_in_the_url(site: Site) -> None:
    record = received_message(make_return(1).id)
    answer = site.put(record, path_id=str(uuid.uuid4()))
    assert (answer.status_code, answer.json()["code"]) == (422, "id_mismatch")
    broken = site.client.put(
        f"{URL}/{record.id}",
        content=b'{"id": ',
        headers={"Authorization": f"Bearer {site.tokens['station']}"},
    )
    assert broken.status_code == 400


def test_refund_sent_fires_once_in_the_customers_language(site: Site) -> None:
    ret = make_return(1)
    confirmed = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    catalog = MessageCatalog.load()
    with site.db.write() as session:
        record = customer_messages.fire_refund_sent(
            session,
            return_id=ret.id,
            amount=Decimal("316.75"),
            confirmed_at=confirmed,
            catalog=catalog,
            config=site.config,
        )
    assert record is not None and record.language == "fr"
    assert record.subject == (
        f"Votre retour {ret.rma} : votre remboursement de 316,75\u00a0€ a été effectué"
    )
    assert "le 1er décembre 2026" in record.body
    with site.db.write() as session:
        assert (
            customer_messages.fire_refund_sent(
                session,
                return_id=ret.id,
                amount=Decimal("316.75"),
                confirmed_at=confirmed,
                catalog=catalog,
                config=site.config,
            )
            is None
        )
        [stored] = customer_messages.of_return(session, ret.id)
    assert stored.record == record and stored.send and stored.queued_at is None
