"""Push customer messages: each record the bench fired, PUT once to the server.

Messages are small and few (a handful per parcel), so they go one at a time after the
inspections of the round, and only once the inspection they belong to has been delivered
(the server then has the photos they attach). The server stores the first record of each
id and answers "replayed" for the same id again, so a message whose answer was lost is
simply sent again. Failures follow policy.py like the inspections' (queues.RecordPusher):
a transient one waits, a refusal parks the message with the server's reason, and a server
that does not know messages (an older one, 404/405 on the route) is left alone until it is
upgraded: the messages wait, nothing is lost.
"""

from __future__ import annotations

from inspector_app.storage.customer_messages import StoredMessage
from inspector_app.sync.queues import RecordPusher
from inspector_app.sync.state import SyncReport


class MessagePusher(RecordPusher[StoredMessage]):
    """Sends due message records through one client; one instance per round."""

    what = "customer messages"

    def _key(self, item: StoredMessage) -> str:
        return item.id

    def _attempts(self, item: StoredMessage) -> int:
        return item.attempts

    def _deliver(self, item: StoredMessage) -> None:
        self._client.put_customer_message(item.id, item.record)

    def _count(self, report: SyncReport) -> None:
        report.messages_sent += 1
