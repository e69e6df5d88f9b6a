"""Push: deliver queued inspections, photos first, then the frozen payload bytes.

For each due outbox entry, oldest first: every photo the payload references is made present
on the server, then the payload is PUT exactly as stored at finalize. The server's receipt
(201 stored, 200 identical replay) marks the entry sent; a replay means an earlier attempt
got through but its answer was lost, which is how "exactly once" survives crashes and cut
connections.

Photos are skipped when an earlier inspection already delivered them; on a retry (or when
the local file is gone) the server is asked first (HEAD), since an interrupted attempt may
have delivered some. A first attempt does not ask: the server cannot have photos taken
minutes ago, and the question would cost a round trip per photo. Only our server's own
answer counts as "it has it" (client.photo_exists). When the server answers 422
`photos_missing`, the photos it lists are uploaded at once, without asking again: it has
just said it lacks them, and whatever said otherwise was wrong.

Several entries are in flight at once (PARALLEL), because a server's answer time, not the
bandwidth, bounds a sequential drain. A correction waits until the inspection it corrects
has been delivered, so the server always sees them in order.

Failures follow policy.py: transient ones reschedule the entry (and, when the server as a
whole is unwell, stop the round and back off once), a refused token stops the round with the
entry untouched, and a refusal about the entry parks it with a message for a person.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import random
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed

from pydantic import ValidationError

from inspector_app import wire
from inspector_app.storage.errors import PhotoMissingError
from inspector_app.storage.outbox import OutboxEntry, OutboxRepo, OutboxState
from inspector_app.storage.photos import PhotoStore
from inspector_app.sync.backoff import ServerBackoff
from inspector_app.sync.client import ServerClient, ServerRefusedError, SyncError
from inspector_app.sync.needs_attention import (
    CORRECTION_WAITS,
    MISSING_PHOTO,
    UNREADABLE,
    park_message,
)
from inspector_app.sync.policy import Action, backoff_delay, decide
from inspector_app.sync.state import SyncReport

log = logging.getLogger("inspector_app.sync.push")

BATCH = 50
"""Entries read from the outbox at a time (payloads are loaded per batch)."""

PARALLEL = 8
"""Entries in flight at once; each has one request in flight at a time."""

CORRECTION_RECHECK_S = 1.0
"""A correction whose original is still queued looks again this much later at the soonest."""

MARK_SENT_EVERY = 16
"""Acknowledged entries recorded as sent per database transaction. Each transaction is an
fsync that the bench's own writes (autosave, finalize) would queue behind; an entry acked
but not yet recorded is simply resent after a crash, and the server answers "replayed"."""


class PushEnd(enum.Enum):
    """Why a push round stopped."""

    DRAINED = enum.auto()
    """Nothing more is due."""
    SERVER_UNWELL = enum.auto()
    """A server-wide failure: the station backs off."""
    TOKEN_REJECTED = enum.auto()
    STOPPED = enum.auto()
    """The worker is shutting down."""


class _ParkedError(Exception):
    """This entry cannot be sent as it is; the message is for a person."""

    def __init__(self, message: str, error: str) -> None:
        super().__init__(message)
        self.message = message
        self.error = error


class _Round:
    """What the entries in flight share: the report, the halt flag, the failure streak."""

    def __init__(self, report: SyncReport) -> None:
        self.report = report
        self.lock = threading.Lock()
        self.halt: PushEnd | None = None
        self.failures_in_a_row = 0
        self.waiting: set[str] = set()
        """Entries not tried again in this round: corrections whose original is not
        delivered yet, and entries that failed. A failed entry's retry time can come while
        the round is still draining the rest (a slow server, a busy bench); trying it again
        then would make how often an entry is tried depend on the machine's speed."""
        self.acked: list[str] = []
        """Entries the server acknowledged, not yet recorded as sent."""
        self.delivered: set[str] = set()
        """Every entry acknowledged in this round."""

    def count(self, field: str, n: int = 1) -> None:
        with self.lock:
            setattr(self.report, field, getattr(self.report, field) + n)


class Pusher:
    """Sends due outbox entries through one client; one instance per round."""

    def __init__(
        self,
        client: ServerClient,
        outbox: OutboxRepo,
        photos: PhotoStore,
        backoff: ServerBackoff,
        *,
        clock: Callable[[], dt.datetime],
        should_stop: Callable[[], bool] = lambda: False,
        on_progress: Callable[[], object] = lambda: None,
        rng: random.Random | None = None,
        parallel: int = PARALLEL,
    ) -> None:
        self._client = client
        self._outbox = outbox
        self._photos = photos
        self._backoff = backoff
        self._clock = clock
        self._should_stop = should_stop
        self._on_progress = on_progress
        self._rng = rng
        self._parallel = parallel
        self._head_supported = True

    def push(self, report: SyncReport) -> PushEnd:
        """Send what is due until the queue is drained or something says stop."""
        state = _Round(report)
        try:
            with ThreadPoolExecutor(self._parallel, thread_name_prefix="sync-push") as pool:
                while state.halt is None:
                    entries = [
                        e
                        for e in self._outbox.due(self._clock(), limit=BATCH + len(state.waiting))
                        if e.inspection_uuid not in state.waiting
                    ]
                    if not entries:
                        return PushEnd.DRAINED
                    futures = [pool.submit(self._attempt, entry, state) for entry in entries]
                    for future in as_completed(futures):
                        future.result()  # re-raises a bug (not a network failure) in a thread
                        self._record_sent(state, MARK_SENT_EVERY)
                    self._record_sent(state, 1)
        finally:
            self._record_sent(state, 1)
        return state.halt

    def _record_sent(self, state: _Round, at_least: int) -> None:
        """Mark acknowledged entries sent once `at_least` of them are waiting."""
        with state.lock:
            if len(state.acked) < at_least:
                return
            uuids, state.acked = state.acked, []
        self._outbox.mark_sent_many(uuids, self._clock())
        self._on_progress()

    def _attempt(self, entry: OutboxEntry, state: _Round) -> None:
        """Try one entry and record the outcome; does nothing once the round is halted."""
        if state.halt is not None:
            return
        if self._should_stop():
            state.halt = PushEnd.STOPPED
            return
        try:
            self._deliver(entry, state)
        except _ParkedError as parked:
            self._park(entry, parked.message, parked.error, state)
        except SyncError as exc:
            self._failed(entry, exc, state)
            return
        with state.lock:
            state.failures_in_a_row = 0

    def _failed(self, entry: OutboxEntry, exc: SyncError, state: _Round) -> None:
        refused = exc if isinstance(exc, ServerRefusedError) else None
        decision = decide(
            refused.status if refused else None,
            from_our_server=bool(refused and refused.from_api),
            code=refused.problem.code if refused and refused.problem else "",
        )
        state.report.add_error(str(exc))
        if decision.action is Action.PARK:
            self._park(entry, park_message(refused), str(exc), state)
            self._backoff.succeeded()
            return
        if decision.action is Action.PAUSE:
            state.halt = PushEnd.TOKEN_REJECTED
            return
        retry_after = refused.retry_after if refused else None
        now = self._clock()
        state.count("retry_later")
        with state.lock:
            # A lone failure may be this entry's doing (a 500 its payload provokes), so only
            # it waits; a second in a row means the server is the problem after all.
            state.failures_in_a_row += 1
            server_wide = decision.server_wide or state.failures_in_a_row >= 2
            if server_wide:
                if state.halt is None:
                    next_at = self._backoff.failed(now, retry_after)
                    state.halt = PushEnd.SERVER_UNWELL
                    log.info("server unwell (%s); next try at %s", exc, next_at.isoformat())
                else:  # others in flight failed too: one failure of the server, one backoff
                    next_at = self._backoff.not_before or now
        if not server_wide:
            delay = backoff_delay(entry.attempts + 1, retry_after, self._rng)
            next_at = now + dt.timedelta(seconds=delay)
            with state.lock:
                state.waiting.add(entry.inspection_uuid)
        self._outbox.schedule_retry(entry.inspection_uuid, next_at, str(exc))

    def _park(self, entry: OutboxEntry, message: str, error: str, state: _Round) -> None:
        self._outbox.park(entry.inspection_uuid, message, error)
        state.count("parked")
        log.warning("inspection %s needs attention: %s", entry.inspection_uuid, error)

    def _deliver(self, entry: OutboxEntry, state: _Round) -> None:
        """Photos, then the payload; raises SyncError or _ParkedError, marks the entry sent."""
        payload = _read_payload(entry)
        if payload.supersedes is not None and self._correction_waits(entry, payload, state):
            return
        missing: set[str] = set()
        for attempt in range(2):
            self._upload_photos(entry, payload, state, resend=missing)
            try:
                ack = self._client.put_inspection(entry.inspection_uuid, entry.payload)
            except ServerRefusedError as exc:
                missing = _missing_photos(exc)
                if missing and attempt == 0:
                    # Our record (or a HEAD) said they were there; the server says not.
                    self._outbox.forget_photo_uploads(missing)
                    continue
                raise
            with state.lock:
                state.acked.append(entry.inspection_uuid)
                state.delivered.add(entry.inspection_uuid)
            self._backoff.succeeded()
            state.count("replayed" if ack.status == "replayed" else "sent")
            return

    def _correction_waits(
        self, entry: OutboxEntry, payload: wire.InspectionPayload, state: _Round
    ) -> bool:
        """True if the corrected inspection is still queued here (send this one later)."""
        original = self._outbox.get(str(payload.supersedes))
        if original is None or original.state is OutboxState.SENT:
            return False
        with state.lock:
            if original.inspection_uuid in state.delivered:
                return False
        if original.state is OutboxState.NEEDS_ATTENTION:
            raise _ParkedError(CORRECTION_WAITS, f"waits for {original.inspection_uuid}")
        # Not before the original's own next try, so the worker does not spin on it.
        soon = self._clock() + dt.timedelta(seconds=CORRECTION_RECHECK_S)
        self._outbox.defer(entry.inspection_uuid, max(soon, original.next_attempt_at))
        with state.lock:
            state.waiting.add(entry.inspection_uuid)
        return True

    def _upload_photos(
        self,
        entry: OutboxEntry,
        payload: wire.InspectionPayload,
        state: _Round,
        resend: set[str],
    ) -> None:
        """Make every photo present on the server; those in `resend` are uploaded whatever
        our records or a HEAD say (the server has just listed them as missing)."""
        wanted = {ref.sha256: ref for ref in payload.photos}
        delivered = self._outbox.uploaded_photos(set(wanted) - resend)
        retrying = entry.attempts > 0
        for sha256, ref in wanted.items():
            ask = sha256 not in resend
            if sha256 in delivered or (ask and retrying and self._server_has(ref)):
                state.count("photos_skipped")
                continue
            try:
                data = self._photos.read(sha256)
            except PhotoMissingError as exc:
                if ask and not retrying and self._server_has(ref):
                    state.count("photos_skipped")
                    continue
                raise _ParkedError(MISSING_PHOTO, str(exc)) from None
            self._client.put_photo(sha256, data, ref.content_type)
            state.count("photos_uploaded")

    def _server_has(self, ref: wire.PhotoRef) -> bool:
        if not self._head_supported:
            return False
        try:
            return self._client.photo_exists(ref.sha256, ref.size)
        except ServerRefusedError as exc:
            if exc.status in (405, 501):
                self._head_supported = False  # an older server: just upload
                return False
            raise


def _read_payload(entry: OutboxEntry) -> wire.InspectionPayload:
    try:
        return wire.InspectionPayload.model_validate_json(entry.payload)
    except ValidationError as exc:
        raise _ParkedError(
            UNREADABLE, f"stored payload does not validate: {exc.errors()[0]['msg']}"
        ) from None


def _missing_photos(exc: ServerRefusedError) -> set[str]:
    if exc.status != 422 or exc.problem is None:
        return set()
    return set(exc.problem.missing_photos or ())
