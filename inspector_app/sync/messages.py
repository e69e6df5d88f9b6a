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
import enum
import logging
import random
from collections.abc import Callable

from inspector_app.storage.customer_messages import CustomerMessagesRepo, StoredMessage
from inspector_app.sync.client import ServerClient, ServerRefusedError, SyncError
from inspector_app.sync.policy import Action, backoff_delay, decide
from inspector_app.sync.state import SyncReport

log = logging.getLogger("inspector_app.sync.messages")

BATCH = 50
_NOT_SUPPORTED = (404, 405)


class MessagesEnd(enum.Enum):
    DRAINED = enum.auto()
    SERVER_UNWELL = enum.auto()
    TOKEN_REJECTED = enum.auto()
    NOT_SUPPORTED = enum.auto()
    """The server has no message route (an older version): try again after an upgrade."""
    STOPPED = enum.auto()


class MessagePusher:
    """Sends due message records through one client; one instance per round."""

    def __init__(
        self,
        client: ServerClient,
        repo: CustomerMessagesRepo,
        *,
        clock: Callable[[], dt.datetime],
        should_stop: Callable[[], bool] = lambda: False,
        rng: random.Random | None = None,
    ) -> None:
        self._client = client
        self._repo = repo
        self._clock = clock
        self._should_stop = should_stop
        self._rng = rng

    def push(self, report: SyncReport) -> MessagesEnd:
        """Send what is due until drained or something says stop."""
        while True:
            due = self._repo.due(self._clock(), BATCH)
            if not due:
                return MessagesEnd.DRAINED
            for message in due:
                if self._should_stop():
                    return MessagesEnd.STOPPED
                end = self._send(message, report)
                if end is not None:
                    return end

    def _send(self, message: StoredMessage, report: SyncReport) -> MessagesEnd | None:
        try:
            self._client.put_customer_message(message.id, message.record)
        except SyncError as exc:
            return self._failed(message, exc, report)
        self._repo.mark_sent(message.id, self._clock())
        report.messages_sent += 1
        return None

    def _failed(
        self, message: StoredMessage, exc: SyncError, report: SyncReport
    ) -> MessagesEnd | None:
        refused = exc if isinstance(exc, ServerRefusedError) else None
        if refused is not None and refused.status in _NOT_SUPPORTED:  # the route never says 404
            log.info("the server does not take customer messages yet; they wait on this bench")
            return MessagesEnd.NOT_SUPPORTED
        decision = decide(
            refused.status if refused else None, from_our_server=bool(refused and refused.from_api)
        )
        report.add_error(str(exc))
        if decision.action is Action.PAUSE:
            return MessagesEnd.TOKEN_REJECTED
        if decision.action is Action.PARK:
            self._repo.park(message.id, str(exc))
            log.warning("customer message %s refused by the server: %s", message.id, exc)
            return None
        delay = backoff_delay(
            message.attempts + 1, refused.retry_after if refused else None, self._rng
        )
        self._repo.schedule_retry(message.id, self._clock() + dt.timedelta(seconds=delay), str(exc))
        return MessagesEnd.SERVER_UNWELL if decision.server_wide else None
