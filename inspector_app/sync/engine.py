"""One sync round at a time: push the outbox, pull the cache, report, and keep the state.

The engine is the one object that owns the station's network use: the client
built from the settings (rebuilt when IT changes them), the station-wide backoff, the
"token rejected" pause and the observable SyncState. It runs a round when asked, by the
worker thread or by `Station.sync_once()`; a lock makes two rounds never overlap, so a CLI
`sync --once` next to a running worker cannot send an entry twice at the same moment.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from inspector_app import __version__, wire
from inspector_app.settings import Settings
from inspector_app.storage.bench_events import BenchEventsRepo
from inspector_app.storage.customer_messages import CustomerMessagesRepo
from inspector_app.storage.outbox import OutboxRepo
from inspector_app.storage.photos import PhotoStore
from inspector_app.storage.receipts import ReceiptsRepo
from inspector_app.storage.returns_cache import CachedReturn
from inspector_app.storage.types import utcnow
from inspector_app.sync.backoff import ServerBackoff
from inspector_app.sync.client import (
    ClientConfigError,
    ServerClient,
    ServerRefusedError,
    SyncError,
)
from inspector_app.sync.events import EventPusher
from inspector_app.sync.messages import MessagePusher
from inspector_app.sync.policy import Action, decide
from inspector_app.sync.pull import Puller, PullStores, to_cached
from inspector_app.sync.push import PushEnd, Pusher
from inspector_app.sync.queues import QueueEnd
from inspector_app.sync.receipts import ReceiptPusher
from inspector_app.sync.state import Connectivity, SyncReport, SyncState, SyncStatus

log = logging.getLogger("inspector_app.sync")

_LAST_SUCCESS = "last_success_at"
_CLIENT_KEYS = frozenset(
    {
        "server.url",
        "server.token",
        "server.verify_tls",
        "server.ca_bundle",
        "server.proxy",
        "server.timeout_s",
        "station.name",
    }
)

Waker = Callable[[], None]

LOOKUP_DEADLINE_S = 3.0
"""How long a scan may wait for the server's answer about a code the cache lacks: long
enough for a loaded server on the site's network, short enough that an inspector holding a
parcel is told "not found" (and why) before reaching for the keyboard."""

LOOKUP_MAX_CODES = 4
"""Codes of one label asked about at most (a label carries 2-4; the deadline is shared)."""


@dataclass(frozen=True, slots=True)
class RemoteLookup:
    """What the server said about codes the cache lacks.

    `found` is the return, already cached; `asked` says whether the server answered at all;
    `problem` says in plain words why it was not asked or gave no answer ("" otherwise).
    """

    found: CachedReturn | None = None
    asked: bool = False
    problem: str = ""


class SyncEngine:
    """Runs sync rounds for one station and publishes what happens in `state`."""

    def __init__(
        self,
        settings: Settings,
        *,
        outbox: OutboxRepo,
        photos: PhotoStore,
        pull: PullStores,
        messages: CustomerMessagesRepo | None = None,
        events: BenchEventsRepo | None = None,
        receipts: ReceiptsRepo | None = None,
        clock: Callable[[], dt.datetime] = utcnow,
        rng: random.Random | None = None,
    ) -> None:
        self._settings = settings
        self._outbox = outbox
        self._messages = messages
        self._events = events
        self._receipts = receipts
        self._photos = photos
        self._pull = pull
        self._clock = clock
        self._rng = rng
        self._backoff = ServerBackoff(pull.state, rng)
        self._round_lock = threading.Lock()
        self._client: ServerClient | None = None
        self._client_stale = True
        self._token_rejected = False
        self._heartbeat_supported = True
        self._wakers: list[Waker] = []
        self._lookup_lock = threading.Lock()
        self._lookup_client: ServerClient | None = None
        self._lookup_stale = False
        stored = pull.state.get(_LAST_SUCCESS, "")
        self.state = SyncState(
            SyncStatus(
                state=Connectivity.OFFLINE if settings["server.url"] else Connectivity.DISABLED,
                last_success_at=dt.datetime.fromisoformat(stored) if stored else None,
                retry_at=self._backoff.not_before,
            )
        )
        self._unsubscribe = settings.subscribe(self._setting_changed)
        self.refresh_counts()

    # -- for the station and the worker ------------------------------------------------------

    def add_waker(self, waker: Waker) -> Callable[[], None]:
        """`waker()` is called when there is new work (the worker wakes up); returns a remover."""
        self._wakers.append(waker)

        def remove() -> None:
            if waker in self._wakers:
                self._wakers.remove(waker)

        return remove

    def notify_finalized(self) -> None:
        """An inspection was just queued: update the counts and wake the worker."""
        self.refresh_counts()
        for waker in list(self._wakers):
            waker()

    def refresh_counts(self) -> SyncStatus:
        counts = self._outbox.counts()
        return self.state.update(pending=counts.pending, needs_attention=counts.needs_attention)

    def retry(self, inspection_uuid: str) -> None:
        """A person asks to send an entry again now (parked or waiting); OutboxError if it
        does not exist or was already sent."""
        self._outbox.retry(inspection_uuid, self._clock())
        self.notify_finalized()

    def seconds_until_next_round(self) -> float:
        """How long the worker may sleep: until an entry is due, the backoff ends, or the
        periodic interval passes, whichever comes first."""
        interval = float(self._settings["sync.interval_s"])
        if self._token_rejected or not self._settings["server.url"]:
            return interval
        now = self._clock()
        wake = now + dt.timedelta(seconds=interval)
        due = self._outbox.next_due_at()
        if due is not None:
            not_before = self._backoff.not_before
            wake = min(wake, max(due, not_before) if not_before else due)
        return max(0.0, (wake - now).total_seconds())

    def close(self) -> None:
        """Stop listening to the settings and drop the connections; closing twice is harmless."""
        self._unsubscribe()
        self._unsubscribe = lambda: None
        with self._round_lock:
            if self._client is not None:
                self._client.close()
                self._client = None
        self._drop_lookup_client()

    # -- a lookup a person is waiting for ----------------------------------------------------

    def lookup_remote(self, codes: Sequence[str]) -> RemoteLookup:
        """Ask the server about codes the cache does not know (a parcel that arrived after
        the feed, or whose return the retention purge forgot), within LOOKUP_DEADLINE_S in
        all; a return found is cached before this returns, so the next scan is instant.

        Not asked when no server is configured, the token was refused, or the server is
        known to be down (the backoff is running): a scan must not wait for a timeout the
        bench already expects. Runs beside a sync round (its own connection), never in it.
        """
        if not self._settings["server.url"]:
            return RemoteLookup()
        not_now = self._why_not_ask()
        if not_now:
            return RemoteLookup(problem=not_now)
        with self._lookup_lock:
            try:
                client = self._lookup_connection()
            except ClientConfigError as exc:
                return RemoteLookup(problem=str(exc))
            return self._ask(client, list(dict.fromkeys(codes))[:LOOKUP_MAX_CODES])

    def refresh_people(self) -> str:
        """Pull who may sign in now, outside the rounds (which fetch the list every few
        minutes): a badge this bench does not know was scanned, and IT may have just added
        its person on the server. "" once pulled, else why not, within LOOKUP_DEADLINE_S
        and under the same rules as lookup_remote (never while the server is known down)."""
        if not self._settings["server.url"]:
            return "no server is configured"
        not_now = self._why_not_ask()
        if not_now:
            return not_now
        with self._lookup_lock:
            try:
                client = self._lookup_connection()
                puller = Puller(client, self._pull, clock=self._clock)
                puller.pull_inspectors(SyncReport(), deadline_s=LOOKUP_DEADLINE_S)
            except (ClientConfigError, SyncError) as exc:
                log.info("people list from the server not refreshed: %s", exc)
                return str(exc)
        return ""

    def _why_not_ask(self) -> str:
        """Why the server is not worth asking right now, or ""."""
        if self._token_rejected:
            return "the server refused this bench's token"
        if self._backoff.waiting(self._clock()):
            return "the server is out of reach"
        return ""

    def _ask(self, client: ServerClient, codes: list[str]) -> RemoteLookup:
        ends = time.monotonic() + LOOKUP_DEADLINE_S
        for code in codes:
            left = ends - time.monotonic()
            if left <= 0:
                return RemoteLookup(problem="the server answered too slowly")
            try:
                item = client.lookup(code, deadline_s=left)
            except SyncError as exc:
                log.info("lookup on the server failed: %s", exc)
                return RemoteLookup(problem=str(exc))
            if item is not None:
                cached = to_cached(item)
                self._pull.returns.upsert([cached])
                return RemoteLookup(found=cached, asked=True)
        return RemoteLookup(asked=True)

    def _lookup_connection(self) -> ServerClient:
        """The lookups' client (under the lookup lock), rebuilt after a settings change."""
        if self._lookup_stale and self._lookup_client is not None:
            self._lookup_client.close()
            self._lookup_client = None
        self._lookup_stale = False
        if self._lookup_client is None:
            self._lookup_client = ServerClient.from_settings(self._settings)
        return self._lookup_client

    def _drop_lookup_client(self) -> None:
        with self._lookup_lock:
            if self._lookup_client is not None:
                self._lookup_client.close()
                self._lookup_client = None

    # -- a round -------------------------------------------------------------------------

    def run_round(
        self, *, force: bool = False, should_stop: Callable[[], bool] = lambda: False
    ) -> SyncReport:
        """Push what is due, then pull. `force` (an explicit request by a person) ignores the
        station-wide backoff and the token pause, not the entries' own retry times."""
        with self._round_lock:
            report = SyncReport()
            client = self._current_client(report)
            skip = self._reason_to_skip(client, force, report)
            if skip is not None:
                return self._finish(report, skip)
            assert client is not None
            before = self.state.status.state
            self.state.update(state=Connectivity.SYNCING)
            try:
                outcome = self._push_then_pull(client, report, force, should_stop, before)
            except Exception:
                # A bug or a local failure (disk, database): never leave "syncing" showing.
                self._finish(report, Connectivity.OFFLINE)
                raise
            return self._finish(report, outcome)

    def _reason_to_skip(
        self, client: ServerClient | None, force: bool, report: SyncReport
    ) -> Connectivity | None:
        """The state to report when this round must not talk to the server, else None."""
        if client is None:
            return Connectivity.OFFLINE if self._settings["server.url"] else Connectivity.DISABLED
        if force:
            return None
        if self._token_rejected:
            return Connectivity.TOKEN_REJECTED
        if self._backoff.waiting(self._clock()):
            report.skipped_backoff = True
            return Connectivity.OFFLINE
        return None

    def _push_then_pull(
        self,
        client: ServerClient,
        report: SyncReport,
        force: bool,
        should_stop: Callable[[], bool],
        before: Connectivity,
    ) -> Connectivity:
        if force:  # a person asked: entries waiting out a retry go now, the server is back
            self._outbox.make_waiting_due(self._clock())
        end = Pusher(
            client,
            self._outbox,
            self._photos,
            self._backoff,
            clock=self._clock,
            should_stop=should_stop,
            on_progress=self.refresh_counts,
            rng=self._rng,
        ).push(report)
        if end is PushEnd.TOKEN_REJECTED:
            self._token_rejected = True
            log.warning("sync paused: the server refused the station token")
            return Connectivity.TOKEN_REJECTED
        if end is PushEnd.SERVER_UNWELL:
            return Connectivity.OFFLINE
        if end is PushEnd.STOPPED:
            return before
        stopped_at = self._push_queues(client, report, should_stop, before)
        if stopped_at is not None:
            return stopped_at
        puller = Puller(client, self._pull, clock=self._clock, should_stop=should_stop)
        outcome = self._guarded(report, lambda: puller.pull(report, directory=force))
        if outcome is None and self._heartbeat_supported:
            outcome = self._guarded(report, lambda: self._heartbeat(client))
        if outcome is not None:
            return outcome
        self._succeeded()
        return Connectivity.ONLINE

    def _push_queues(
        self,
        client: ServerClient,
        report: SyncReport,
        should_stop: Callable[[], bool],
        before: Connectivity,
    ) -> Connectivity | None:
        """Send the receipts, the customer messages, then the bench's audit events, that
        are due; a state ends the round, None goes on."""
        pushes: list[Callable[[SyncReport], QueueEnd]] = []
        queues: list[tuple[type[Any], object | None]] = [
            (ReceiptPusher, self._receipts),
            (MessagePusher, self._messages),
            (EventPusher, self._events),
        ]
        for pusher, store in queues:
            if store is not None:
                made = pusher(
                    client, store, clock=self._clock, should_stop=should_stop, rng=self._rng
                )
                pushes.append(made.push)
        for push in pushes:
            end = push(report)
            if end is QueueEnd.TOKEN_REJECTED:
                self._token_rejected = True
                return Connectivity.TOKEN_REJECTED
            if end is QueueEnd.SERVER_UNWELL:
                self._backoff.failed(self._clock())
                return Connectivity.OFFLINE
            if end is QueueEnd.STOPPED:
                return before
        return None

    def _current_client(self, report: SyncReport) -> ServerClient | None:
        if not self._client_stale:
            return self._client
        if self._client is not None:
            self._client.close()
            self._client = None
        self._client_stale = False
        if not self._settings["server.url"]:
            return None
        try:
            self._client = ServerClient.from_settings(self._settings)
        except ClientConfigError as exc:
            report.add_error(str(exc))
            self._client_stale = True  # the setting may be fixed later; check again then
            self._backoff.failed(self._clock())  # and the worker must not spin meanwhile
        return self._client

    def _guarded(self, report: SyncReport, call: Callable[[], None]) -> Connectivity | None:
        """Run a pull or heartbeat call; a failure decides the round's state (None: fine)."""
        try:
            call()
        except SyncError as exc:
            report.add_error(str(exc))
            refused = exc if isinstance(exc, ServerRefusedError) else None
            decision = decide(
                refused.status if refused else None,
                from_our_server=bool(refused and refused.from_api),
            )
            if decision.action is Action.PAUSE:
                self._token_rejected = True
                return Connectivity.TOKEN_REJECTED
            if decision.action is Action.RETRY_LATER:
                self._backoff.failed(self._clock(), refused.retry_after if refused else None)
                return Connectivity.OFFLINE
            log.warning("sync: %s", exc)  # a refusal about pulled data; the push went fine
        return None

    def _heartbeat(self, client: ServerClient) -> None:
        status = self.refresh_counts()
        beat = wire.StationHeartbeat(
            version=__version__,
            pending=status.pending,
            needs_attention=status.needs_attention,
            last_success_at=status.last_success_at,
        )
        try:
            client.heartbeat(beat)
        except ServerRefusedError as exc:
            if exc.status in (404, 405):
                self._heartbeat_supported = False  # an older server; nothing to report to
                return
            raise

    def _succeeded(self) -> None:
        now = self._clock()
        self._token_rejected = False
        self._backoff.succeeded()
        self._pull.state.set(_LAST_SUCCESS, now.isoformat())
        self.state.update(last_success_at=now)

    def _finish(self, report: SyncReport, state: Connectivity) -> SyncReport:
        counts = self._outbox.counts()
        report.state = state
        report.pending = counts.pending
        report.needs_attention = counts.needs_attention
        if report.errors:
            error = report.errors[-1]
        else:  # a round that did nothing keeps the last explanation until a success
            error = "" if state is Connectivity.ONLINE else self.state.status.last_error
        self.state.update(
            state=state,
            pending=counts.pending,
            needs_attention=counts.needs_attention,
            last_error=error,
            retry_at=self._backoff.not_before,
        )
        if report.delivered or report.parked or report.errors:
            log.info("sync round: %s", report.summary())
        return report

    def _setting_changed(self, key: str, _value: object) -> None:
        if key in _CLIENT_KEYS:
            self._client_stale = True
            self._token_rejected = False
            self._lookup_stale = True
