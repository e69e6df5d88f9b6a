"""Push parcel receipts: each parcel scanned in at the receiving mode, POSTed once.

Each receipt carries the time of its scan, so a bench that was offline dates its parcels
to the day they arrived. The server keeps the first receipt of a return and answers a
repeat "already received" without changing anything, so a receipt whose answer was lost
(or whose bench was killed before it noted the answer) is simply sent again. A return the
server does not know (404 `return_not_found`) is parked with the server's words; other
failures follow policy.py through queues.RecordPusher, like customer messages.
"""

from __future__ import annotations

from inspector_app.storage.receipts import Receipt
from inspector_app.sync.queues import RecordPusher
from inspector_app.sync.state import SyncReport


class ReceiptPusher(RecordPusher[Receipt]):
    """Sends due receipts through one client; one instance per round."""

    what = "receipts"

    def _key(self, item: Receipt) -> str:
        return item.return_id

    def _attempts(self, item: Receipt) -> int:
        return item.attempts

    def _deliver(self, item: Receipt) -> None:
        self._client.receive(item.return_id, item.received_at)

    def _count(self, report: SyncReport) -> None:
        report.receipts_sent += 1
