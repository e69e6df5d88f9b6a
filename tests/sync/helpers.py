"""Helpers for sync tests: benches with queued work, and a view of what the server really
stored (read from its own database, not through the API under test)."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from live_server import LiveServer
from sqlalchemy import func, select

from inspector_app.domain.returns import Product, ProductCategory, Return, ReturnReason
from inspector_app.domain.verdict import VerdictChoice
from inspector_app.server.db import Database as ServerDatabase
from inspector_app.server.models import CustomerMessageRow, Inspection, Photo
from inspector_app.server.models import Station as StationRow
from inspector_app.server.trust_models import AuditEvent
from inspector_app.settings import Settings
from inspector_app.station import Station
from inspector_app.sync import SyncStatus

CHECKLIST = """\
id: sync_check
version: 1
category: smartphone
title: Short checklist for sync tests
sections:
  - id: main
    title: Main
    items:
      - id: works
        kind: yes_no
        label: Does it work?
      - id: front
        kind: photo
        label: Photograph the front
        photos_min: 1
"""

VERDICT = VerdictChoice(outcome="accept_full_refund", grade="excellent", disposition="restock")
_serial = itertools.count()


def make_returns(n: int, prefix: str = "R") -> list[Return]:
    """`n` smartphone returns with distinct ids and codes."""
    today = dt.date(2026, 11, 20)
    return [
        Return(
            id=f"{prefix}{i:05d}",
            rma=f"RMA{prefix}{i:05d}",
            order_id=f"ORD{prefix}{i:05d}",
            product=Product(ProductCategory.SMARTPHONE, "Phone 12", imei=""),
            reason=ReturnReason.WITHDRAWAL,
            ordered_at=today - dt.timedelta(days=20),
            delivered_at=today - dt.timedelta(days=15),
            requested_at=today - dt.timedelta(days=5),
            tracking_numbers=(f"1Z{prefix}{i:08d}",),
            price=Decimal("199.00"),
        )
        for i in range(n)
    ]


def photo_bytes(size: int = 4096) -> bytes:
    """Distinct bytes with a JPEG signature (the stores check the signature, not pixels)."""
    tag = f"photo {next(_serial)} ".encode()
    return b"\xff\xd8\xff\xe0" + tag + bytes(max(0, size - len(tag) - 4))


def open_station(
    data_dir: Path, checklists_dir: Path, url: str = "", token: str = "", **settings: object
) -> Station:
    values = {
        "server.url": url,
        "server.token": token,
        "server.timeout_s": 5.0,
        "station.name": "bench-1",
        **settings,
    }
    return Station.open(data_dir, Settings(values), checklists_dir=checklists_dir)


def queue_inspections(
    station: Station,
    returns: Iterable[Return],
    photos: int = 1,
    photo_size: int = 4096,
    inspector: str = "badge-0042",
) -> list[str]:
    """Inspect and finalize each return (cached first); the UUIDs, in order."""
    returns = list(returns)
    station.returns.upsert(returns)
    uuids = []
    for ret in returns:
        draft = station.start_inspection(ret.id, inspector=inspector)
        draft.answer("works", True)
        for _ in range(photos):
            draft.add_photo("front", photo_bytes(photo_size))
        uuids.append(station.finalize(draft, VERDICT).uuid)
    return uuids


class ServerView:
    """What the server stored, read from its database (not through the API under test)."""

    def __init__(self, server: LiveServer) -> None:
        self._db = ServerDatabase(server.config.db_url)

    def inspections(self) -> list[str]:
        with self._db.read() as session:
            return list(session.scalars(select(Inspection.uuid)))

    def inspection_count(self) -> int:
        with self._db.read() as session:
            return session.scalar(select(func.count()).select_from(Inspection)) or 0

    def raw(self, uuid: str) -> bytes:
        with self._db.read() as session:
            return session.get(Inspection, uuid).raw

    def superseded(self) -> dict[str, str]:
        """inspection uuid -> the uuid of the correction that superseded it."""
        with self._db.read() as session:
            rows = session.execute(
                select(Inspection.uuid, Inspection.superseded_by).where(
                    Inspection.superseded_by.is_not(None)
                )
            )
            return dict(rows.all())

    def photos(self) -> set[str]:
        with self._db.read() as session:
            return set(session.scalars(select(Photo.sha256)))

    def customer_messages(self) -> list[tuple[str, str, str, bytes]]:
        """(id, step, return id, raw record) of every message the server stored."""
        with self._db.read() as session:
            rows = session.execute(
                select(
                    CustomerMessageRow.id,
                    CustomerMessageRow.step,
                    CustomerMessageRow.return_id,
                    CustomerMessageRow.raw,
                ).order_by(CustomerMessageRow.fired_at)
            )
            return [tuple(row) for row in rows.all()]

    def bench_events(self, station: str) -> list[tuple[str, str, str]]:
        """(bench event id, kind, actor) of every event `station` uploaded, in stored order."""
        with self._db.read() as session:
            rows = session.execute(
                select(AuditEvent.bench_event_id, AuditEvent.kind, AuditEvent.actor)
                .where(AuditEvent.source == "bench", AuditEvent.place == station)
                .order_by(AuditEvent.id)
            )
            return [tuple(row) for row in rows.all()]

    def received_earlier(self, uuid: str, by: dt.timedelta) -> None:
        """Move an inspection's receipt time back, as if it had arrived `by` earlier."""
        with self._db.write() as session:
            row = session.get(Inspection, uuid)
            row.received_at = row.received_at - by

    def server_events(self, kind: str) -> list[tuple[str, str]]:
        """(actor, detail) of every event of `kind` the server itself recorded, in order."""
        with self._db.read() as session:
            rows = session.execute(
                select(AuditEvent.actor, AuditEvent.detail)
                .where(AuditEvent.source == "server", AuditEvent.kind == kind)
                .order_by(AuditEvent.id)
            )
            return [tuple(row) for row in rows.all()]

    def heartbeat(self, station: str) -> tuple[str, int, int, bool]:
        """(version, pending, needs_attention, seen) as the station last reported them."""
        with self._db.read() as session:
            row = session.scalars(select(StationRow).where(StationRow.name == station)).one()
            return row.version, row.pending, row.needs_attention, row.seen_at is not None

    def close(self) -> None:
        self._db.close()


def station_photo_hashes(station: Station, uuids: Iterable[str]) -> set[str]:
    hashes = set()
    for uuid in uuids:
        record = station.inspection(uuid)
        hashes.update(p.sha256 for p in record.photos)
    return hashes


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def wait_for(station, predicate, timeout: float = 30.0) -> SyncStatus:
    """Block until the station's sync status satisfies `predicate` (signalled, no polling)."""
    reached = threading.Event()

    def check(status: SyncStatus) -> None:
        if predicate(status):
            reached.set()

    unsubscribe = station.sync.state.subscribe(check)
    try:
        check(station.sync.state.status)
        assert reached.wait(timeout), f"state not reached; now {station.sync.state.status}"
    finally:
        unsubscribe()
    return station.sync.state.status


def drain(station, rounds: int = 200) -> None:
    """Call sync_once until nothing is pending (entries may wait out their own backoff)."""
    for _ in range(rounds):
        report = station.sync_once()
        if report.pending == 0:
            return
        threading.Event().wait(0.1)  # the next entry becomes due shortly
    raise AssertionError(f"queue not drained: {station.pending()}")


def assert_delivered_exactly(station, view: ServerView, uuids: list[str]) -> None:
    stored = view.inspections()
    assert len(stored) == len(set(stored)) == len(uuids)
    assert set(stored) == set(uuids)
    for uuid in uuids:
        assert view.raw(uuid) == station.inspection(uuid).payload
    assert station_photo_hashes(station, uuids) <= view.photos()
    assert station.pending().pending == 0
    assert station.pending().needs_attention == 0


def drain_through(station, rounds: int = 400) -> list:
    """sync_once until nothing is pending, sleeping only until the next entry is due."""
    reports = []
    pause = threading.Event()
    for _ in range(rounds):
        report = station.sync_once()
        reports.append(report)
        if report.pending == 0:
            return reports
        due = station.outbox.next_due_at()
        wait = (due - dt.datetime.now(dt.UTC)).total_seconds() if due else 0.05
        pause.wait(min(max(wait, 0.02), 5.0))
    raise AssertionError(f"not drained: {station.pending()}")


def die_after_the_answer(repo: type, mark: str, bench: tuple) -> None:
    """A forked bench life that syncs once and is SIGKILLed as it would note the server's
    answer (`repo.mark`, patched in this child only): the server has what it sent, the
    bench never learnt it. `bench` is open_station's (data_dir, checklists_dir, url, token)."""

    def die(*_args: object, **_kwargs: object) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    setattr(repo, mark, die)
    station = open_station(*bench)
    station.sync_once()
    os._exit(3)  # not reached: the kill comes first


def kill_after_the_answer(repo: type, mark: str, bench: tuple) -> None:
    """Run die_after_the_answer in a forked child and check it died by SIGKILL."""
    child = multiprocessing.get_context("fork").Process(
        target=die_after_the_answer, args=(repo, mark, bench)
    )
    child.start()
    child.join(60)
    assert child.exitcode == -signal.SIGKILL
