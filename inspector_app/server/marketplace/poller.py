"""One poll of Back Market: changed Care folders become returns in the benches' feed.

    report = poll_once(db, client, config)        # what `marketplace pull --once` runs

A poll lists the Care folders modified since the persisted cursor (`GET /ws/sav`, paged by
`last_id`), adds the folders a previous poll could not read, fetches each changed folder,
its order and (for Backship sellers) its return shipment and delivery, maps them
(marketplace/backmarket/mapping.py) and upserts the returns and their folder rows in
batches, so memory stays flat however many folders changed. Returns are keyed by the
folder (BM-<id>), so a re-poll updates, never duplicates; a folder whose modification date
is the one stored is not fetched again.

The cursor moves to the poll's start (minus a safety overlap: Care dates have minute
resolution and clocks differ) only when the whole listing was read: a poll stopped by a
429 storm, a Cloudflare challenge or an outage starts over from the same cursor next time.

A folder whose answer is malformed or unmappable is logged with its id, kept with its
problem in `marketplace_folders`, and retried at the next poll; the others go on.

The poller holds no lock of its own: whoever runs it (the CLI, the serve loop, a job
runner) runs one poll at a time per database.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.domain.outbound_texts import said
from inspector_app.marketplace.backmarket.client import BackMarketClient, MarketplaceError
from inspector_app.marketplace.backmarket.config import BackMarketConfig
from inspector_app.marketplace.backmarket.mapping import (
    RETURN_ID_PREFIX,
    ArrivalState,
    MalformedAnswerError,
    MappedFolder,
    Shipment,
    UnmappedError,
    arrival_state,
    default_rules,
    expected_arrival,
    map_folder,
    read_int,
    read_time,
)
from inspector_app.server import audit
from inspector_app.server.audit import Actor, record_event
from inspector_app.server.db import Database
from inspector_app.server.marketplace.outbox import refresh_return
from inspector_app.server.models import MarketplaceFolder, MarketplaceState, ReturnRow
from inspector_app.server.returns_store import upsert_returns

log = logging.getLogger("inspector_app.server.marketplace")

CURSOR_KEY = "backmarket.cursor"
REPORT_KEY = "backmarket.last_poll"
POLLER = "backmarket poller"
"""The audit log's name for the poller: the returns it creates or changes are its acts."""
OVERLAP = dt.timedelta(minutes=5)
"""Folders modified this long before the previous poll began are listed again (harmless:
an unchanged folder is not fetched), covering minute resolution and clock skew."""
BATCH = 200
ORDERS_KEPT = 1_000
"""Orders a poll keeps for the next folders of the same order (a few MB at most)."""
"""Folders written per transaction."""
MAX_RETRIES_PER_POLL = 500
"""Problem folders retried per poll, oldest first, so a long outage cannot starve the rest."""


@dataclass
class PollReport:
    """What one poll did; printed by `marketplace pull --once`, kept for `status`."""

    started_at: str = ""
    finished_at: str = ""
    since: str = ""
    listed: int = 0
    fetched: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    closed: int = 0
    skipped: list[list[Any]] = field(default_factory=list)
    """[folder id, message] of folders that could not be read or mapped."""
    stopped: str = ""
    """Why the poll stopped early ('' when it completed); the cursor did not move then."""
    stopped_state: str = ""
    requests: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.stopped

    def lines(self) -> list[str]:
        """The report as a person reads it."""
        out = [
            f"Care folders listed since {self.since}: {self.listed}; fetched {self.fetched}",
            f"Returns: {self.created} new, {self.updated} updated, {self.unchanged} unchanged;"
            f" {self.closed} folders closed",
        ]
        out += [f"Skipped folder {fid}: {message}" for fid, message in self.skipped]
        if self.stopped:
            out.append(f"Stopped ({self.stopped_state}): {self.stopped}")
        out.append(f"{self.requests} requests in {self.seconds:.1f} s")
        return out


def poll_once(
    db: Database,
    client: BackMarketClient,
    config: BackMarketConfig,
    *,
    now: dt.datetime | None = None,
) -> PollReport:
    """One full poll (see the module docstring); never raises for marketplace failures."""
    started = now or dt.datetime.now(dt.UTC)
    clock = time.monotonic()
    requests_before = client.stats.requests
    report = PollReport(started_at=started.isoformat(timespec="seconds"))
    with db.read() as session:
        cursor = _state(session, CURSOR_KEY)
        retry = list(
            session.scalars(
                select(MarketplaceFolder.folder_id)
                .where(MarketplaceFolder.problem != "")
                .order_by(MarketplaceFolder.seen_at)
                .limit(MAX_RETRIES_PER_POLL)
            )
        )
    since = (
        dt.datetime.fromisoformat(cursor) - OVERLAP
        if cursor
        else started - dt.timedelta(days=config["first_poll_days"])
    )
    report.since = since.isoformat(timespec="minutes")
    poller = _Poller(db, client, config, started, report)
    try:
        poller.run(since, retry)
    except MarketplaceError as exc:
        report.stopped, report.stopped_state = str(exc), exc.state
        log.error("Back Market poll stopped (%s): %s", exc.state, exc)
    report.finished_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    report.requests = client.stats.requests - requests_before
    report.seconds = time.monotonic() - clock
    with db.write() as session:
        if report.ok:
            _set_state(session, CURSOR_KEY, started.isoformat())
        _set_state(session, REPORT_KEY, json.dumps(asdict(report)))
    log.info(
        "Back Market poll: %d listed, %d fetched, %d new, %d updated, %d skipped%s",
        report.listed,
        report.fetched,
        report.created,
        report.updated,
        len(report.skipped),
        f", stopped: {report.stopped_state}" if report.stopped else "",
    )
    return report


class _Poller:
    """The work of one poll; holds nothing between polls."""

    def __init__(
        self,
        db: Database,
        client: BackMarketClient,
        config: BackMarketConfig,
        now: dt.datetime,
        report: PollReport,
    ) -> None:
        self.db = db
        self.client = client
        self.config = config
        self.now = now
        self.report = report
        self.rules = (*config.category_rules, *default_rules())
        self.orders: OrderedDict[int, dict[str, Any] | None] = OrderedDict()

    def run(self, since: dt.datetime, retry: list[int]) -> None:
        batch: list[MappedFolder] = []
        for folder_id, listed_modified in self._changed(since, retry):
            mapped = self._one(folder_id, listed_modified)
            if mapped is not None:
                batch.append(mapped)
            if len(batch) >= BATCH:
                self._write(batch)
                batch = []
        self._write(batch)
        self._refresh_arrivals()

    def _changed(
        self, since: dt.datetime, retry: list[int]
    ) -> Iterator[tuple[int, dt.datetime | None]]:
        """Folder ids to look at: the listing, then the retries it did not already cover.
        Folders whose stored modification date equals the listed one are left out."""
        seen: set[int] = set()
        pending: list[tuple[int, dt.datetime | None]] = []
        for entry in self.client.care_folders(modified_since=since):
            self.report.listed += 1
            folder_id = entry["id"]
            seen.add(folder_id)
            try:
                modified = read_time(entry, "date_modification")
            except MalformedAnswerError:
                modified = None
            pending.append((folder_id, modified))
            if len(pending) >= BATCH:
                yield from self._unknown(pending)
                pending = []
        yield from self._unknown(pending)
        yield from ((fid, None) for fid in retry if fid not in seen)

    def _unknown(
        self, entries: list[tuple[int, dt.datetime | None]]
    ) -> Iterable[tuple[int, dt.datetime | None]]:
        if not entries:
            return []
        with self.db.read() as session:
            stored = dict(
                session.execute(
                    select(MarketplaceFolder.folder_id, MarketplaceFolder.modified_at).where(
                        MarketplaceFolder.folder_id.in_([fid for fid, _ in entries]),
                        MarketplaceFolder.problem == "",
                    )
                ).all()
            )
        fresh = []
        for folder_id, modified in entries:
            if modified is not None and stored.get(folder_id) == modified:
                self.report.unchanged += 1
            else:
                fresh.append((folder_id, modified))
        return fresh

    def _one(self, folder_id: int, listed_modified: dt.datetime | None) -> MappedFolder | None:
        """Fetch and map one folder; item-level failures are logged and recorded."""
        try:
            folder = self.client.care_folder(folder_id)
            self.report.fetched += 1
            order_id = read_int(folder, "orderline.order.order_id", required=True)
            assert order_id is not None
            order = self._order(order_id)
            backship_return, delivery = self._backship(folder, order_id, order)
            return map_folder(
                folder,
                order,
                backship_return=backship_return,
                backship_delivery=delivery,
                rules=self.rules,
                transit_days=self.config["transit_days"],
                window_days=self.config["window_days"],
                now=self.now,
            )
        except MarketplaceError as exc:
            if not exc.item_level:
                raise
            self._skip(folder_id, str(exc))
        except (MalformedAnswerError, UnmappedError, ValueError) as exc:
            self._skip(folder_id, f"{type(exc).__name__.removesuffix('Error')}: {exc}")
        return None

    def _order(self, order_id: int) -> dict[str, Any] | None:
        """The order, fetched once for the folders of it that come close together (the
        ORDERS_KEPT most recent orders are kept: keeping every order of a 10,000-folder poll
        held 90 MB); a missing order leaves the folder mappable without it."""
        if order_id in self.orders:
            self.orders.move_to_end(order_id)
            return self.orders[order_id]
        try:
            order = self.client.order(order_id)
        except MarketplaceError as exc:
            if not exc.item_level:
                raise
            log.warning("order %s unavailable (%s); mapped from the folder alone", order_id, exc)
            order = None
        self.orders[order_id] = order
        if len(self.orders) > ORDERS_KEPT:
            self.orders.popitem(last=False)
        return order

    def _backship(
        self, folder: dict[str, Any], order_id: int, order: dict[str, Any] | None
    ) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """The folder's Backship return shipment and its order's delivery, when used."""
        if not self.config["backship"]:
            return None, None
        orderline_id = read_int(folder, "orderline.id")
        shipment = next(
            (
                r
                for r in self.client.backship_returns(order_id=order_id)
                if r.get("orderlineId") == orderline_id
            ),
            None,
        )
        delivery = None
        if order and order.get("is_backship") is True:
            delivery = next(iter(self.client.backship_deliveries(order_id)), None)
        return shipment, delivery

    def _skip(self, folder_id: int, message: str) -> None:
        log.warning("Care folder %s skipped: %s", folder_id, message)
        self.report.skipped.append([folder_id, message])
        with self.db.write() as session:
            row = session.get(MarketplaceFolder, folder_id)
            if row is None:
                row = MarketplaceFolder(
                    folder_id=folder_id,
                    return_id=f"{RETURN_ID_PREFIX}{folder_id}",
                    state=0,
                    originals={},
                    label_state="",
                    tracking_number="",
                    carrier="",
                    hub_scanned=False,
                    arrival=ArrivalState.AWAITING_LABEL.value,
                )
                session.add(row)
            row.problem = message[:2000]
            row.seen_at = self.now

    def _write(self, batch: list[MappedFolder]) -> None:
        if not batch:
            return
        with self.db.write() as session:
            upserted = upsert_returns(session, [m.ret for m in batch])
            if upserted.created or upserted.updated:
                record_event(
                    session,
                    audit.RETURNS_IMPORTED,
                    Actor.system(POLLER),
                    detail=said(
                        "returns_pulled", created=upserted.created, updated=upserted.updated
                    ),
                )
            self.report.created += upserted.created
            self.report.updated += upserted.updated
            self.report.unchanged += upserted.unchanged
            received = _received(session, [m.ret.id for m in batch])
            for mapped in batch:
                row = session.get(MarketplaceFolder, mapped.folder_id)
                if row is None:
                    row = MarketplaceFolder(folder_id=mapped.folder_id)
                    session.add(row)
                if mapped.closed and row.state != 9:
                    self.report.closed += 1
                moved = mapped.closed != (row.state == 9)
                _fill(row, mapped, self.now)
                self._place(row, received=mapped.ret.id in received)
                if moved:
                    session.flush()
                    refresh_return(session, mapped.ret.id)

    def _refresh_arrivals(self) -> None:
        """Arrival states move with time (overdue) and with bench receipts: recompute them
        for every open folder whose parcel has not arrived, BATCH folders per transaction
        (all of them at once held every open folder's row in memory)."""
        after = -1
        while True:
            with self.db.write() as session:
                rows = session.scalars(
                    select(MarketplaceFolder)
                    .where(
                        MarketplaceFolder.folder_id > after,
                        MarketplaceFolder.state != 9,
                        MarketplaceFolder.arrival != ArrivalState.AT_WAREHOUSE.value,
                        MarketplaceFolder.problem == "",
                    )
                    .order_by(MarketplaceFolder.folder_id)
                    .limit(BATCH)
                ).all()
                received = _received(session, [r.return_id for r in rows])
                for row in rows:
                    self._place(row, received=row.return_id in received)
            if len(rows) < BATCH:
                return
            after = rows[-1].folder_id

    def _place(self, row: MarketplaceFolder, *, received: bool) -> None:
        """Set the row's arrival state and expected day from what it knows now."""
        shipment = shipment_of(row)
        row.arrival = arrival_state(
            shipment, received=received, now=self.now, overdue_days=self.config["overdue_days"]
        ).value
        if row.expected_on is None or row.arrival == ArrivalState.AT_WAREHOUSE.value:
            row.expected_on = expected_arrival(
                shipment, transit_days=self.config["transit_days"], now=self.now
            )


def shipment_of(row: MarketplaceFolder) -> Shipment:
    """What a stored folder row knows of the customer's parcel."""
    return Shipment(
        label_issued_at=row.label_issued_at,
        label_state=row.label_state,
        tracking_number=row.tracking_number,
        carrier=row.carrier,
        picked_up_at=row.picked_up_at,
        delivered_at=row.carrier_delivered_at,
        hub_scanned=row.hub_scanned,
    )


def _fill(row: MarketplaceFolder, mapped: MappedFolder, now: dt.datetime) -> None:
    shipment = mapped.shipment
    moved = (row.picked_up_at, row.carrier_delivered_at, row.hub_scanned, row.label_state) != (
        shipment.picked_up_at,
        shipment.delivered_at,
        shipment.hub_scanned,
        shipment.label_state,
    )
    if moved:
        row.expected_on = None  # estimated again from the new facts
    row.return_id = mapped.ret.id
    row.order_id = mapped.order_id
    row.orderline_id = mapped.orderline_id
    row.state = mapped.state
    row.modified_at = mapped.modified_at
    row.closed_at = mapped.closed_at
    row.originals = mapped.originals
    row.label_issued_at = shipment.label_issued_at
    row.label_state = shipment.label_state[:16]
    row.tracking_number = shipment.tracking_number[:64]
    row.carrier = shipment.carrier[:64]
    row.picked_up_at = shipment.picked_up_at
    row.carrier_delivered_at = shipment.delivered_at
    row.hub_scanned = shipment.hub_scanned
    row.problem = ""
    row.seen_at = now


def _received(session: Session, return_ids: list[str]) -> set[str]:
    if not return_ids:
        return set()
    return set(
        session.scalars(
            select(ReturnRow.id).where(
                ReturnRow.id.in_(return_ids), ReturnRow.received_at.is_not(None)
            )
        )
    )


def _state(session: Session, key: str) -> str:
    row = session.get(MarketplaceState, key)
    return row.value if row is not None else ""


def _set_state(session: Session, key: str, value: str) -> None:
    row = session.get(MarketplaceState, key)
    if row is None:
        session.add(MarketplaceState(key=key, value=value))
    else:
        row.value = value


def last_report(db: Database) -> PollReport | None:
    """The last poll's report (for `status`), or None before the first poll."""
    with db.read() as session:
        text = _state(session, REPORT_KEY)
    if not text:
        return None
    return PollReport(**json.loads(text))


def cursor(db: Database) -> str:
    with db.read() as session:
        return _state(session, CURSOR_KEY)
