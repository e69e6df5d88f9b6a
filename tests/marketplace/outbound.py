"""A server fed by the fake marketplace, for the outbound tests: Care folders polled into
returns, final inspections PUT by a bench through the real API (with their photos), and the
sender's passes run against the fake.

    world = World(server, fake, tmp_path)
    world.add(1001)                                  # a folder on the fake, polled in
    inspection = world.inspect(1001, "partial_refund", amount="120.00")
    world.sending(True)
    report = world.send()                            # one pass of the sender
    world.actions("BM-1001")                         # its actions, as stored
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from backmarket_fake import FakeBackMarket
from server.builders import image_bytes, make_payload, raw, received_message, sha
from server.conftest import ServerUnderTest
from sqlalchemy import select

from inspector_app.marketplace.backmarket.client import BackMarketClient
from inspector_app.server.audit import Actor
from inspector_app.server.marketplace import outbox
from inspector_app.server.marketplace.planner import plan_new
from inspector_app.server.marketplace.poller import poll_once
from inspector_app.server.marketplace.runner import connect
from inspector_app.server.marketplace.sender import SendReport, send_once
from inspector_app.server.marketplace.tables import Action, Plan
from inspector_app.server.photo_store import open_photo_store
from inspector_app.wire import CustomerMessageRecord, MessageAttachment, MessageStep, message_id
from marketplace.conftest import connector_config

NEW = 100_000_000
"""Folder ids from here take typed problem reports (and no item transfers)."""


class World:
    def __init__(
        self, server: ServerUnderTest, fake: FakeBackMarket, tmp_path: Path, **settings: Any
    ) -> None:
        self.server = server
        self.fake = fake
        self.db = server.db
        defaults = {
            "send_back_carrier": "Colissimo",
            "settle_s": 5.0,
            "approve_refunds_above": 1000.0,
        }
        self.config = connector_config(tmp_path, fake, **{**defaults, **settings})
        self.photos = open_photo_store(server.config)
        self._client: BackMarketClient | None = None

    @property
    def client(self) -> BackMarketClient:
        if self._client is None:
            self._client = connect(self.config, self.db)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    # -- the marketplace side ----------------------------------------------------------------

    def add(self, *folder_ids: int, **changes: Any) -> None:
        """Folders on the fake, polled into the server's returns."""
        for folder_id in folder_ids:
            self.fake.add_return(folder_id, **changes)
        report = poll_once(self.db, self.client, self.config)
        assert report.ok, report.stopped

    def line(self, folder_id: int) -> dict[str, Any]:
        return self.fake.folders[folder_id]["orderline"]

    # -- the bench side -------------------------------------------------------------------

    def inspect(
        self,
        folder_id: int,
        outcome: str = "accept_full_refund",
        *,
        amount: str | None = None,
        photos: int = 0,
        bodies: Sequence[bytes] = (),
        proposed: str | None = None,
        rules: Sequence[str] = (),
        flags: Sequence[str] = (),
        tracking: str | None = None,
        message: bool = True,
        record: bool = True,
        supersedes: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """A final inspection of the folder's return PUT by bench-1 (its photos first: `photos`
        small ones, then `bodies`), then, as a bench does, the record of its decision message
        (attaching no photo), unless `record` is False."""
        seeds = range(folder_id % 97, folder_id % 97 + photos)
        bodies = (*(image_bytes(seed) for seed in seeds), *bodies)
        for body in bodies:
            answer = self.server.client.put(
                f"/api/v1/photos/{sha(body)}",
                content=body,
                headers={**self.server.auth(), "Content-Type": "image/jpeg"},
            )
            assert answer.status_code in (200, 201), answer.text
        refuse = outcome == "refuse_send_back"
        verdict: dict[str, Any] = {
            "outcome": outcome,
            "grade": None if refuse else "good",
            "disposition": "quarantine" if refuse else "restock",
            "refund_amount": amount,
            "currency": "EUR",
            "proposed": {"outcome": proposed or outcome, "rules": list(rules)},
            "override_reason": "Seen in person" if proposed and proposed != outcome else "",
        }
        changes: dict[str, Any] = {"verdict": verdict, "flags": list(flags)}
        if message:
            changes["customer_message"] = {
                "language": "fr",
                "subject": f"Votre retour {folder_id}",
                "body": "Bonjour Camille,\nNous avons inspecté votre appareil.",
            }
        if tracking:
            changes["sendback_tracking"] = tracking
        if supersedes:
            changes["supersedes"] = supersedes
        payload = make_payload(
            f"BM-{folder_id}",
            photos=bodies,
            finalized_at=dt.datetime.now(dt.UTC),
            started_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5),
            **changes,
        )
        answer = self.server.client.put(
            f"/api/v1/inspections/{payload.uuid}",
            content=raw(payload),
            headers={**self.server.auth(), "Content-Type": "application/json"},
        )
        assert answer.status_code == 201, answer.text
        if message and record:
            self.message(MessageStep.DECISION, f"BM-{folder_id}", payload.uuid)
        return payload.uuid

    def message(
        self,
        step: MessageStep,
        return_id: str,
        inspection: uuid.UUID | None = None,
        photos: Sequence[str] = (),
    ) -> CustomerMessageRecord:
        """The bench's record of `step` PUT to the server (its subject names the step, to
        find it on the fake), attaching the stored photos `photos` (SHA-256) in that order."""
        record = received_message(return_id).model_copy(
            update={
                "id": message_id(step, return_id, inspection),
                "step": step,
                "trigger": "finalize",
                "inspection": inspection,
                "subject": f"Your return {return_id}: {step.value}",
                "attachments": [
                    MessageAttachment(sha256=photo, name=f"photo-{n}.jpg")
                    for n, photo in enumerate(photos, start=1)
                ],
            }
        )
        answer = self.server.client.put(
            f"/api/v1/customer-messages/{record.id}",
            content=record.model_dump_json(),
            headers={**self.server.auth(), "Content-Type": "application/json"},
        )
        assert answer.status_code in (200, 201), answer.text
        return record

    def said_on(self, folder_id: int) -> list[str]:
        """The first line of each of our messages on the folder's conversation, in order."""
        return [
            entry["message"].split("\n", 1)[0]
            for entry in self.fake.folders[folder_id]["messages"]
            if entry.get("kind") == "MERCHANT_TO_CUSTOMER"
        ]

    def posted(self) -> list[str]:
        """The first line of each message posted on the fake, in order."""
        return [m["message"].split("\n", 1)[0] for m in self.fake.posted_messages]

    # -- the server side --------------------------------------------------------------------

    def sending(self, on: bool = True) -> None:
        with self.db.write() as session:
            outbox.set_sending(session, on, Actor.cli())

    def send(self) -> SendReport:
        return send_once(self.db, self.client, self.config, self.photos, self.server.config)

    def drain(self, passes: int = 20) -> list[SendReport]:
        """Passes until nothing is left to send or read back (waiting out settle times)."""
        reports = []
        for _ in range(passes):
            reports.append(self.send())
            with self.db.read() as session:
                pending = (Action.status == "sent") & Action.next_try_at.is_not(None)
                busy = Action.status.in_(("ready", "held", "unknown", "sending")) | pending
                rows = session.execute(
                    select(Action.status, Action.next_try_at, Action.attempt_until).where(busy)
                ).all()
            # A claim a killed sender left is reaped once its attempt time is up: wait for
            # that, not for its next try (passes on a fast machine end before it otherwise).
            times = [until if status == "sending" else due for status, due, until in rows]
            if not times:
                return reports
            known = [t for t in times if t is not None]
            if known and len(known) == len(times):
                time.sleep(max(0.0, (min(known) - dt.datetime.now(dt.UTC)).total_seconds()) + 0.05)
        return reports

    def actions(self, return_id: str | None = None) -> list[Action]:
        with self.db.read() as session:
            query = select(Action).order_by(Action.id)
            if return_id is not None:
                query = query.where(Action.return_id == return_id)
            return list(session.scalars(query))

    def kinds(self, return_id: str) -> list[tuple[str, str]]:
        return [(a.kind, a.status) for a in self.actions(return_id)]

    def plan(self, return_id: str) -> Plan:
        """The return's newest plan (a planning pass runs first, as the sender's would)."""
        with self.db.write() as session:
            plan_new(session, self.config, dt.datetime.now(dt.UTC))
        with self.db.read() as session:
            found = session.scalars(
                select(Plan).where(Plan.return_id == return_id).order_by(Plan.id.desc())
            ).first()
        assert found is not None, f"no plan for {return_id}"
        return found

    def lead(self, method: str, path: str, **kwargs: Any) -> Any:
        return self.server.client.request(
            method, f"/api/v1/lead/marketplace{path}", headers=self.server.auth("lead"), **kwargs
        )

    def posts(self, kind: str) -> list[Any]:
        """The fake's requests of one of the four calls."""
        tails = {"refund": "/refund", "message": "/msg", "problem": "/problem"}
        tail = tails.get(kind, "/item-transfer")
        return [r for r in self.fake.requests if r.method == "POST" and r.path.endswith(tail)]
