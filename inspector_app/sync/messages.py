"""Push customer messages: each record the bench fired, PUT once to the server.

Messages are small and few (a handful per parcel), so they go one at a time after the
inspections of the round, and only once the inspection they belong to has been delivered
(the server then has the photos they attach). The server stores the first record of each
id and answers "replayed" for the same id again, so a message whose answer was lost is
simply sent again. Failures follow policy.py like the inspections': a transient one waits
(`backoff_delay`), a refusal parks the message with the server's reason, and a server
that does not know messages (an older one, 404/405 on the route) is left alone until it is
upgraded: the messages wait, nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import logging

from inspector_app.storage.customer_messages import CustomerMessagesRepo, StoredMessage
from inspector_app.sync.client import SyncError
from inspector_app.sync.policy import Action
from inspector_app.sync.queues import Failure, QueueEnd, QueuePusher
from inspector_app.sync.state import SyncReport

log = logging.getLogger("inspector_app.sync.messages")

BATCH = 50


class MessagePusher(QueuePusher[CustomerMessagesRepo]):
    """Sends due message records through one client; one instance per round."""

    def push(self, report: SyncReport) -> QueueEnd:
        """Send what is due until drained or something says stop."""
        while True:
            due = self._repo.due(self._clock(), BATCH)
            if not due:
                return QueueEnd.DRAINED
            for message in due:
                if self._should_stop():
                    return QueueEnd.STOPPED
                end = self._send(message, report)
                if end is not None:
                    return end

    def _send(self, message: StoredMessage, report: SyncReport) -> QueueEnd | None:
        try:
            self._client.put_customer_message(message.id, message.record)
        except SyncError as exc:
            return self._failed(message, exc, report)
        self._repo.mark_sent(message.id, self._clock())
        report.messages_sent += 1
        return None

    def _failed(
        self, message: StoredMessage, exc: SyncError, report: SyncReport
    ) -> QueueEnd | None:
        failure = Failure.of(exc)
        if failure.route_missing:
            log.info("the server does not take customer messages yet; they wait on this bench")
            return QueueEnd.NOT_SUPPORTED
        report.add_error(str(exc))
        if failure.decision.action is Action.PAUSE:
            return QueueEnd.TOKEN_REJECTED
        if failure.decision.action is Action.PARK:
            self._repo.park(message.id, str(exc))
            log.warning("customer message %s refused by the server: %s", message.id, exc)
            return None
        delay = failure.delay(message.attempts + 1, self._rng)
        self._repo.schedule_retry(message.id, self._clock() + dt.timedelta(seconds=delay), str(exc))
        return QueueEnd.SERVER_UNWELL if failure.decision.server_wide else None
