"""Push: deliver queued inspections, photos first, then the frozen payload bytes.

For each due outbox entry, oldest first: every photo the payload references is made present
on the server (skipped when an earlier inspection already delivered it or the server says
it has it), then the payload is PUT exactly as stored at finalize. The server's receipt
(201 stored, 200 identical replay) marks the entry sent; a replay means an earlier attempt
got through but its answer was lost, which is how "exactly once" survives crashes and cut
connections.

Failures follow policy.py: transient ones reschedule the entry (and, when the server as a
whole is unwell, pause the round), a refused token stops the round untouched, and a refusal
about the entry parks it with a message written for the person who will read it.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import random
from collections.abc import Callable

from pydantic import ValidationError

from inspector_app import wire
from inspector_app.storage.errors import PhotoMissingError
from inspector_app.storage.outbox import OutboxEntry, OutboxRepo
from inspector_app.storage.photos import PhotoStore
from inspector_app.sync.backoff import ServerBackoff
from inspector_app.sync.client import ServerClient, ServerRefusedError, SyncError
from inspector_app.sync.needs_attention import park_message
from inspector_app.sync.policy import Action, backoff_delay, decide
from inspector_app.sync.state import SyncReport

log = logging.getLogger("inspector_app.sync.push")

BATCH = 50
"""Entries read from the outbox at a time (photos and payloads are loaded per batch)."""


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


class Pusher:
    """Sends due outbox entries through one client; one instance per round."""

    def __init__(self, client: ServerClient, outbox: OutboxRepo, photos: PhotoStore,
                 backoff: ServerBackoff, *, clock: Callable[[], dt.datetime],
                 should_stop: Callable[[], bool] = lambda: False,
                 on_progress: Callable[[], None] = lambda: None,
                 rng: random.Random | None = None) -> None:
        self._client = client
        self._outbox = outbox
        self._photos = photos
        self._backoff = backoff
        self._clock = clock
        self._should_stop = should_stop
        self._on_progress = on_progress
        self._rng = rng
        self._head_supported = True

    def push(self, report: SyncReport) -> PushEnd:
        """Send what is due until the queue is drained or something says stop."""
        failures_in_a_row = 0
        while True:
            entries = self._outbox.due(self._clock(), limit=BATCH)
            if not entries:
                return PushEnd.DRAINED
            for entry in entries:
                if self._should_stop():
                    return PushEnd.STOPPED
                outcome = self._attempt(entry, report, failures_in_a_row)
                self._on_progress()
                if isinstance(outcome, PushEnd):
                    return outcome
                failures_in_a_row = failures_in_a_row + 1 if outcome else 0

    def _attempt(self, entry: OutboxEntry, report: SyncReport,
                 failures_in_a_row: int) -> PushEnd | bool:
        """Try one entry. A PushEnd ends the round; True means it failed and waits alone."""
        try:
            self._deliver(entry, report)
        except _ParkedError as parked:
            self._park(entry, parked.message, parked.error, report)
        except SyncError as exc:
            return self._failed(entry, exc, report, failures_in_a_row)
        return False

    def _failed(self, entry: OutboxEntry, exc: SyncError, report: SyncReport,
                failures_in_a_row: int) -> PushEnd | bool:
        refused = exc if isinstance(exc, ServerRefusedError) else None
        decision = decide(refused.status if refused else None,
                          from_our_server=bool(refused and refused.from_api))
        if decision.action is Action.PARK:
            self._park(entry, park_message(refused), str(exc), report)
            self._backoff.succeeded()
            return False
        if decision.action is Action.PAUSE:
            report.add_error(str(exc))
            return PushEnd.TOKEN_REJECTED
        server_wide = decision.server_wide or failures_in_a_row >= 1
        self._retry_later(entry, exc, server_wide, report)
        return PushEnd.SERVER_UNWELL if server_wide else True

    def _park(self, entry: OutboxEntry, message: str, error: str, report: SyncReport) -> None:
        self._outbox.park(entry.inspection_uuid, message, error)
        report.parked += 1
        log.warning("inspection %s needs attention: %s", entry.inspection_uuid, error)

    def _retry_later(self, entry: OutboxEntry, exc: SyncError, server_wide: bool,
                     report: SyncReport) -> None:
        """Reschedule the entry; when the server as a whole is unwell, the station backs off.

        A lone failure may be this entry's doing (a 500 its payload provokes), so only the
        entry waits and the queue goes on; a second one in a row means it is the server.
        """
        now = self._clock()
        retry_after = exc.retry_after if isinstance(exc, ServerRefusedError) else None
        report.retry_later += 1
        report.add_error(str(exc))
        if server_wide:
            next_at = self._backoff.failed(now, retry_after)
            log.info("server unwell (%s); next try at %s", exc, next_at.isoformat())
        else:
            delay = backoff_delay(entry.attempts + 1, retry_after, self._rng)
            next_at = now + dt.timedelta(seconds=delay)
        self._outbox.schedule_retry(entry.inspection_uuid, next_at, str(exc))

    def _deliver(self, entry: OutboxEntry, report: SyncReport) -> None:
        """Photos, then the payload; raises SyncError or _ParkedError, marks the entry sent."""
        payload = _read_payload(entry)
        for attempt in range(2):
            self._upload_photos(payload, report)
            try:
                ack = self._client.put_inspection(entry.inspection_uuid, entry.payload)
            except ServerRefusedError as exc:
                missing = _missing_photos(exc)
                if missing and attempt == 0:
                    # Our record says they were delivered, the server disagrees: resend them.
                    self._outbox.forget_photo_uploads(missing)
                    continue
                raise
            self._outbox.mark_sent(entry.inspection_uuid, self._clock())
            self._backoff.succeeded()
            if ack.status == "replayed":
                report.replayed += 1
            else:
                report.sent += 1
            return

    def _upload_photos(self, payload: wire.InspectionPayload, report: SyncReport) -> None:
        wanted = {ref.sha256: ref for ref in payload.photos}
        delivered = self._outbox.uploaded_photos(set(wanted))
        for sha256, ref in wanted.items():
            if sha256 in delivered or self._server_has(sha256):
                report.photos_skipped += 1
                continue
            try:
                data = self._photos.read(sha256)
            except PhotoMissingError as exc:
                raise _ParkedError(
                    f"A photo of this inspection ({sha256[:12]}…) is missing or damaged on "
                    "this bench and the server does not have it. If the parcel is still here, "
                    "inspect it again (a correction); otherwise IT can export this entry "
                    "(inspector-app queue --export) to keep a record, then discard it.",
                    str(exc),
                ) from None
            self._client.put_photo(sha256, data, ref.content_type)
            report.photos_uploaded += 1

    def _server_has(self, sha256: str) -> bool:
        if not self._head_supported:
            return False
        try:
            return self._client.photo_exists(sha256)
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
            "This inspection was saved in a form this version of the app cannot send. "
            "IT: export it (inspector-app queue --export) and contact support; the parcel "
            "may need inspecting again.",
            f"stored payload does not validate: {exc.errors()[0]['msg']}",
        ) from None


def _missing_photos(exc: ServerRefusedError) -> set[str]:
    if exc.status != 422 or exc.problem is None:
        return set()
    return set(exc.problem.missing_photos or ())
