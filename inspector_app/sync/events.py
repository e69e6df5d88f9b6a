"""Upload the bench's audit log: every event once to the server, in order, in batches.

A lead must see what happened at the keyboards (sign-ins, refused PINs, discarded drafts,
settings changes) beside what the server saw, so the bench sends its events up after the
inspections and customer messages of each round (they matter less than those, and never
delay them). The discipline is the outbox's: the event's id is made at the bench when it is
recorded, the server stores each (bench, id) once, and the bench moves its cursor only after
the server's answer. A crash between the two sends the batch again and the server counts it
replayed; nothing is lost and nothing is stored twice.

The events cannot be marked one by one (the log is append-only), so the whole upload waits
after a failure: a transient one as policy.py says, and a refusal too (the server says why,
in the round's errors and the log) until a fix on either side lets it through. An event is
never dropped to get past one the server refuses.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid

from pydantic import ValidationError

from inspector_app import wire
from inspector_app.storage.bench_events import BenchEvent, BenchEventsRepo
from inspector_app.sync.client import SyncError
from inspector_app.sync.policy import Action, backoff_delay
from inspector_app.sync.queues import Failure, QueueEnd, QueuePusher
from inspector_app.sync.state import SyncReport

log = logging.getLogger("inspector_app.sync.events")

BATCH = wire.MAX_BENCH_EVENTS


def to_wire(event: BenchEvent) -> wire.BenchEventIn:
    """An event as the server takes it (ValidationError for one it could not store)."""
    return wire.BenchEventIn(
        id=uuid.UUID(event.event_id),
        at=event.at,
        kind=event.kind,
        actor=event.actor,
        subject=event.subject,
        detail=event.detail,
        detail_phrase=wire.PhraseOut.from_stored(event.detail_phrase),
    )


class EventPusher(QueuePusher[BenchEventsRepo]):
    """Sends the events the server has not acknowledged, oldest first; one per round."""

    def push(self, report: SyncReport) -> QueueEnd:
        """Upload batches until none is left, it is not yet time to retry, or something
        says stop."""
        state = self._repo.upload_state()
        if state.next_attempt_at is not None and state.next_attempt_at > self._clock():
            return QueueEnd.DRAINED
        while True:
            if self._should_stop():
                return QueueEnd.STOPPED
            batch = self._repo.unsent(BATCH)
            if not batch:
                return QueueEnd.DRAINED
            try:
                body = wire.BenchEventsIn(events=[to_wire(event) for event in batch])
            except ValidationError as exc:  # a bench bug: say so, keep the events, retry later
                log.error("bench events after %s cannot be uploaded: %s", batch[0].id, exc)
                self._wait(backoff_delay(state.attempts + 1, None, self._rng), str(exc), report)
                return QueueEnd.DRAINED
            try:
                ack = self._client.post_bench_events(body)
            except SyncError as exc:
                return self._failed(exc, state.attempts + 1, report)
            self._repo.mark_sent_through(batch[-1].id)
            report.events_sent += ack.stored + ack.replayed
            state = self._repo.upload_state()

    def _failed(self, exc: SyncError, failures: int, report: SyncReport) -> QueueEnd:
        failure = Failure.of(exc)
        if failure.route_missing:
            log.info("the server does not take bench events yet; they wait on this bench")
            return QueueEnd.NOT_SUPPORTED
        if failure.decision.action is Action.PAUSE:
            report.add_error(str(exc))
            return QueueEnd.TOKEN_REJECTED
        if failure.decision.action is Action.PARK:
            log.warning("the server refused the bench's audit events: %s", exc)
        self._wait(failure.delay(failures, self._rng), str(exc), report)
        return QueueEnd.SERVER_UNWELL if failure.decision.server_wide else QueueEnd.DRAINED

    def _wait(self, delay: float, error: str, report: SyncReport) -> None:
        report.add_error(error)
        self._repo.schedule_upload_retry(self._clock() + dt.timedelta(seconds=delay), error)
